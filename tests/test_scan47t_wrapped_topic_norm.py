"""A norm per unit after a topic's label, in a paragraph a scan wrapped (scan47t, issue #10 on scans).

The kind: "1. Thời gian: … . Mỗi khu dân cư tổ chức … không quá 01 ngày." — a topic's label, then a norm each unit
keeps, no task of the units' own (:func:`prose_sentences.topic_norm`). The clean text keeps the item on one line; a
scanned page wraps it, and the norm's sentence then opened on a line without the label: it was read as the units'
assignment ("Các khu dân cư | tổ chức Ngày hội"). The label is looked for on the paragraph's first line, back over the
wrapped lines (:func:`prose_sentences._paragraph_start`). Pages written here in the documents' style.
"""

from vanban.extract import extract
from vanban.extract.prose_sentences import _paragraph_start

HEAD = "KẾ HOẠCH\nTổ chức Hội thi tuyên truyền năm 2031\n\nII. THỜI GIAN, ĐỊA ĐIỂM\n\n"


def _whos(body: str) -> list[str]:
    return [o.who for o in extract(HEAD + body).obligations]


def test_a_wrapped_topic_paragraph_keeps_its_norm_no_task():
    one = ("1. Thời gian: Hội thi ở các chi hội tổ chức từ ngày 05/3/2031 đến ngày 20/3/2031. Mỗi chi hội tổ chức"
           " Hội thi không quá 01 buổi.\n")
    wrapped = ("1. Thời gian: Hội thi ở các chi hội tổ chức từ ngày 05/3/2031\nđến ngày 20/3/2031. Mỗi chi hội tổ"
               " chức Hội thi không\nquá 01 buổi.\n")
    assert not any("chi hội" in (w or "").lower() for w in _whos(one))
    assert not any("chi hội" in (w or "").lower() for w in _whos(wrapped))


def test_a_norm_in_a_paragraph_of_its_own_is_still_a_task():
    text = ("1. Thời gian: từ ngày 05/3/2031 đến ngày 20/3/2031.\n\nMỗi thôn bố trí ít nhất 02 người tham gia\n"
            "đội tuyên truyền của xã.\n")
    assert _paragraph_start(text, text.index("Mỗi")) == text.index("Mỗi")


def test_the_paragraph_start_stops_at_an_item_opening_a_line():
    text = "1. Thời gian: từ ngày 05/3/2031\nđến ngày 20/3/2031.\n2. Mỗi thôn bố trí\nít nhất 02 người."
    at = text.index("người")
    assert _paragraph_start(text, at) == text.index("2. Mỗi")
    assert _paragraph_start(text, text.index("20/3")) == 0
