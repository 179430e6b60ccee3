"""A lone glyph that legacy OCR made of a short word: a digit "6" for "ở", a consonant "x" for "xã".

Why: an engine without Vietnamese marks reads the hooked, horned o of "ở" as the glyph
it most resembles, a "6" (the same reading that makes "s6" of "số" and "h6" of "hộ"),
and when the word is that letter alone the token is a bare digit: "nhà 6 cho hộ nghèo",
"làm việc 6 nước ngoài", "nơi 6 tạm". The scanner calls it a number, so the decoder
kept it as ``<num>`` and the text lost the word. Here such a digit, standing between
words, gets the word as a second candidate at a channel price; the language model
decides (``định kỳ 6 tháng``, ``Điều 6``, ``khoản 6,`` keep their number: a count
before a measure word or after an article's head outscores the preposition there).

The same engine drops a marked vowel whole and leaves its consonant alone: "các x, phường",
"kinh tế x hội" (xã). The candidate generator offers a lone letter its marks only (a list's
"a)", "b)" must stay letters), so :func:`lone_consonant` names such a letter between words,
where the decoder offers the syllables one vowel gives back.

Shapes: :data:`LONE_DIGIT_WORDS` maps the digit token to (word, log10 cost);
:func:`reads_as_word` says whether token ``i`` of a scanned text is such a digit;
:func:`lone_consonant` whether it is a lone small consonant letter between words.
"""

from __future__ import annotations

import re

from vanban.text import fold

#: digit → (the one-letter word legacy OCR reads it for, log10 channel cost). The cost
#: (one in ten: a bare "6" between two words is more often a count) was set once, not fitted:
#: on 30 spent legacy documents it gave back 26 of 37 lost "ở" and took no number.
LONE_DIGIT_WORDS: dict[str, tuple[str, float]] = {"6": ("ở", 1.0)}
#: … and digits legacy OCR made of a whole syllable: its "l" (or "r") read as a 1 and its hatted or hooked o as the 6
#: ("h6" for hộ, "s6" for số): "theo 16 trinh" is "theo lộ trình", "nguồn gốc 16 rang" "rõ ràng", "bệnh 16 mồm long
#: móng" "lở mồm" (spent legacy forms: the scanner called the token a number, which stayed, and "16 rằng", "16 mồm
#: long móng" became targets). Each reading at the lone "6"'s price; the context decides ("ngày 16 của", "16 thôn")
#: (ocr40) and "14" for "lá" or "là", its á / à drawn as a 4 as the ă of "4n" (ăn): "thuéc 14 dién tu" is "thuốc lá
#: điện tử" — a plan against tobacco prints the word in every paragraph, and its legacy form read "14 nung nóng", "14
#: nơi công cộng" as counts (a38-08, t38-08); a real "14" before a counted noun ("14 thôn") the model keeps
DIGIT_SYLLABLES: dict[str, tuple[tuple[str, float], ...]] = {"16": (("lộ", 1.0), ("rõ", 1.0), ("lở", 1.0)),
                                                             "14": (("lá", 1.0), ("là", 1.0))}
#: … and the lone "6"'s other word, "ô" (the hat alone: "xe 6 t6" is "xe ô tô", "6 nhiém" "ô nhiễm"; t32-05's legacy
#: "15 xe mô tả, 02 xe 6 tổ" lost the cars), read beside "ở" at its price
MORE_LONE_DIGIT_WORDS: dict[str, tuple[tuple[str, float], ...]] = {"6": (("ô", 1.0), ("ổ", 1.0))}

#: time units a bare digit counts (folded as OCR prints them): "6 tháng", "6 tuần", "6 giờ" are counts, never "ở" —
#: the preposition before a month's word is "vào tháng", "trong tháng". The language model alone let "ở" through where
#: a table's period cell stood under a line ending in a noun ("… chữa cháy rừng" / "6 thang", a report calendar's row
#: whose cells legacy OCR printed without the blank line between them: "rừng ở tháng")
COUNTED_UNITS = frozenset({"thang", "tuan", "gio", "phut"})

#: separators after which the digit may still be a word ("nhà 6, nước sinh hoạt")
_AFTER_OK = frozenset({",", ";", ":", ")", "."})


_VOWEL_LETTERS = frozenset("aeiouy")


def list_label(text: str, toks, i: int) -> bool:
    """Token ``i`` is a list's letter: one ASCII letter that opens its line and a ")" right after it ("a) Các chi bộ
    …"). Known names never run into it: after "… gửi về Đảng ủy" at a paragraph's end, "a)" of the next one was read as
    the last syllable of "Đảng ủy xã" (a34-01's legacy form: "xã) Các chi bộ …", the item lost its label and its
    body's obligation went to the item before)."""
    tok = toks[i]
    if len(tok.text) != 1 or not tok.text.isascii() or not tok.text.isalpha() or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    if after.text != ")" or after.start != tok.end:
        return False
    line_start = text.rfind("\n", 0, tok.start) + 1
    return not text[line_start:tok.start].strip(" \t*")


def lone_consonant(text: str, toks, i: int) -> bool:
    """Token ``i`` is one small consonant letter after a word and before a word or a comma/semicolon
    in the same paragraph ("các x, phường"), not a list's letter ("b)", "c.") nor a sign ("3 x 4")."""
    tok = toks[i]
    t = tok.text
    if len(t) != 1 or not t.isascii() or not t.islower() or t in _VOWEL_LETTERS or tok.kind != "word":
        return False
    return _between_words(text, toks, i, frozenset({",", ";"}))


#: (rst39) a word legacy OCR spelt with a glyph digit for a marked vowel ("d6ng" động, "nu6c" nước, "m6i" mới): still a
#: word before a lone "6" ("người lao d6ng 6 khu nhà trọ" lost its "ở" as the word before it was not all letters)
_GLYPH_WORD_RE = re.compile(r"[^\W\d_]+[068][^\W\d_]*|[^\W\d_]*[068][^\W\d_]+")


def _spelt(word: str) -> bool:
    """A word of letters, or of letters with one glyph digit inside (:data:`_GLYPH_WORD_RE`)."""
    return word.isalpha() or (len(word) > 2 and _GLYPH_WORD_RE.fullmatch(word) is not None)


def _between_words(text: str, toks, i: int, after_ok: frozenset[str]) -> bool:
    tok = toks[i]
    if i == 0:
        return False
    before = toks[i - 1]
    if before.kind != "word" or not _spelt(before.text) or before.end == tok.start or (
            "\n\n" in text[before.end:tok.start]):
        return False
    if i + 1 < len(toks):
        after = toks[i + 1]
        if (after.start == tok.end and after.kind != "sep") or "\n\n" in text[tok.end:after.start]:
            return False
        if after.kind != "word" and not (after.kind == "sep" and after.text in after_ok):
            return False
    return True


#: (ocr42) the marks after a word a syllable of :data:`DIGIT_SYLLABLES` may follow in a clause: a list's comma or
#: semicolon ("phân công rõ người, 16 thời gian": rõ), an assignment's colon ("Phòng Tư pháp: 14 đầu mối": là)
_MARKS_BEFORE = frozenset({",", ";", ":"})


def _after_mark(text: str, toks, i: int) -> bool:
    """(ocr42) Token ``i`` stands after a word's comma, semicolon or colon and before a small word, one space apart on
    one line: the syllable opens the clause as it may after a word (:func:`_between_words` asks a word right
    before), and the language model decides between it and the count ("Thành phần: 14 cơ quan" stays a figure
    where the model reads a count there). Legacy OCR's "xã: 14 cơ quan thường trực" made a target of "là"."""
    if i < 2 or i + 1 >= len(toks):
        return False
    word, mark, after = toks[i - 2], toks[i - 1], toks[i + 1]
    if word.kind != "word" or not _spelt(word.text) or mark.kind != "sep" or mark.text not in _MARKS_BEFORE:
        return False
    if mark.start != word.end or after.kind != "word" or not after.text[:1].islower():
        return False
    gaps = (text[mark.end:toks[i].start], text[toks[i].end:after.start])
    return all(g and not g.strip(" \t") for g in gaps)


def _before_figure(text: str, toks, i: int) -> bool:
    """(ocr39) Token ``i`` stands after a word and before a figure, the three on one line a space apart: the syllable
    :data:`DIGIT_SYLLABLES` reads it as may name what the figure numbers or counts ("Quốc 16 3" is "Quốc lộ 3", "nêu
    16 02 - 03 việc" "nêu rõ 02 - 03 việc", t36-08 / t36-01 legacy: the road and the count's cue lost); the number
    stays a reading and the language model decides."""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    if before.kind != "word" or not before.text.isalpha() or after.kind != "number":
        return False
    gaps = (text[before.end:toks[i].start], text[toks[i].end:after.start])
    return all(g and not g.strip(" \t") for g in gaps)


def word_readings(text: str, toks, i: int) -> tuple[tuple[str, float], ...]:
    """The (word, cost) readings of token ``i`` when it is a bare digit of :data:`LONE_DIGIT_WORDS` or digits of
    :data:`DIGIT_SYLLABLES` standing as :func:`reads_as_word` asks, else ()."""
    tok = toks[i]
    if tok.text in DIGIT_SYLLABLES:
        if tok.kind != "number" or (i + 1 < len(toks) and fold(toks[i + 1].text) in COUNTED_UNITS):
            return ()
        if _between_words(text, toks, i, _AFTER_OK) or _after_mark(text, toks, i):
            return DIGIT_SYLLABLES[tok.text]
        if _before_figure(text, toks, i):
            # (rst39) two bare figures in a row after a word are no prose: the syllable costs no more than the
            # figure there (at the lone "6"'s price, "nêu 16 02 - 03 việc" stayed "nếu 16 02": the model's gain for
            # "nêu rõ" was smaller than the price)
            return tuple((w, 0.0) for w, _ in DIGIT_SYLLABLES[tok.text])
        return ()
    hit = reads_as_word(text, toks, i)
    if hit is None and _after_count(text, toks, i):
        return COUNTED_DIGIT_WORDS[tok.text]
    return (hit,) + MORE_LONE_DIGIT_WORDS.get(tok.text, ()) if hit is not None else ()


#: (ocr36) … and the lone "6" right after a count, before the noun it counts: the hooked, hatted "ổ" (or "ô") the count
#: is of — "ít nhất 03 6 nhém" is "03 ổ nhóm", "xử lý 09 6 dịch" "09 ổ dịch" (a34-05, t34-05 legacy: "Triệt phá ít nhất
#: 03 ổ nhóm" lost its unit); two bare numbers in a row are no prose, the language model decides between the words
COUNTED_DIGIT_WORDS: dict[str, tuple[tuple[str, float], ...]] = {"6": (("ổ", 1.0), ("ô", 1.0))}
_COUNT_RE = re.compile(r"\d{1,3}")


def _after_count(text: str, toks, i: int) -> bool:
    """Token ``i`` is a bare digit of :data:`COUNTED_DIGIT_WORDS` after a count of three digits at most that follows a
    word (prose, not a row of a table's figures), and before a small word that is no time unit, all on one line."""
    tok = toks[i]
    if tok.text not in COUNTED_DIGIT_WORDS or tok.kind != "number" or i < 2 or i + 1 >= len(toks):
        return False
    word, count, after = toks[i - 2], toks[i - 1], toks[i + 1]
    if count.kind != "number" or not _COUNT_RE.fullmatch(count.text) or word.kind != "word" or not word.text.isalpha():
        return False
    if after.kind != "word" or not after.text[:1].islower() or fold(after.text) in COUNTED_UNITS:
        return False
    gaps = (text[word.end:count.start], text[count.end:tok.start], text[tok.end:after.start])
    return all(g and not g.strip(" \t") for g in gaps)


#: (rst39) words after which a bare figure reads as a count: verbs of having, making and reaching ("có", "gồm",
#: "thành lập", "đạt"), quantifiers ("ít nhất", "tối thiểu", "khoảng", "hơn") and the prepositions and conjunctions a
#: count follows ("của", "cho", "với", "và", "tại", "trong"). After any other word a lone "6" between words is no count
#: unless the language model reads a label there (:data:`LABEL_LOGP`): legacy OCR's "mô hình 6 chi bộ", "tin cậy 6
#: cộng đồng", "quản lý nhà nước 6 cơ sở" are "ở" (the model alone kept the figure: "<num> chi bộ", "<num> cơ sở" are
#: frequent counts, and the figure then made a target's count out of a preposition)
#: (the syllable right before the figure: "lập" of "thành lập", "chức" of "tổ chức", "dựng" of "xây dựng")
COUNT_LEADS = frozenset(
    "có gồm đạt lập mới thêm còn được nhất thiểu đa khoảng gần trên dưới hơn đủ của cho với và hoặc tại trong từ đến "
    "cả tổng giảm tăng chọn giao cấp mở chức dựng trợ".split())
#: log10 P(<num> | the two words before) from which the words before read as a label's head or a count's cue the
#: model knows ("Điều 6", "khoản 6", "tháng 6 năm", "Quốc lộ 6", "ít nhất 6"); after ordinary nouns the figure's
#: probability is about one in a hundred ("mô hình", "tin cậy", "nhà nước": −2.0 to −2.3), after heads above one in ten
LABEL_LOGP = -1.6


def reads_as_count(lm, before2: tuple, before1: tuple) -> bool:
    """Whether a bare figure after words read as one of ``before1`` (the word right before, candidate forms), after
    one of ``before2`` (the word before that, or ``("<s>",)``) reads as a count or a label: a form of ``before1``
    in :data:`COUNT_LEADS`, or the model's probability of a number there at least :data:`LABEL_LOGP` for some pair
    the model has seen (the two words together, the last before a number).
    Why: the lone "6" legacy OCR prints for "ở" was kept a figure wherever a countable noun followed, though the
    words before read as no count."""
    if any(f.lower() in COUNT_LEADS for f in before1):
        return True
    import numpy as np  # noqa: PLC0415
    num = lm.num
    a = np.array([lm.id_of(f.lower()) for f in before2 for _ in before1], np.int64)
    b = np.array([lm.id_of(f.lower()) for _ in before2 for f in before1], np.int64)
    c = np.full(len(a), num, np.int64)
    # a rare reading's score is no label: "mô hĩnh" (an odd reading of "mo hinh") backs off to P(<num>) alone
    seen = (lm.bigram_index(a, b) >= 0) & (lm.bigram_index(b, c) >= 0)
    return bool(seen.any()) and float(lm.logp(a[seen], b[seen], c[seen]).max()) >= LABEL_LOGP


def reads_as_word(text: str, toks, i: int) -> tuple[str, float] | None:
    """(word, cost) when token ``i`` is a bare digit of :data:`LONE_DIGIT_WORDS` right
    after a word and before a word or a clause's punctuation, in the same paragraph, else None.

    ``toks``: :func:`.tokens.scan` tokens of ``text``. A digit after a number, a sign or a
    line's item mark ("6. Trưởng thôn", "> 1,6", "15/6") is never read so, nor a digit alone
    between blank lines (a table's number cell: "điện tử⏎⏎6⏎⏎Lập hồ sơ")."""
    tok = toks[i]
    hit = LONE_DIGIT_WORDS.get(tok.text)
    if hit is None or tok.kind != "number" or not _between_words(text, toks, i, _AFTER_OK):
        return None
    if i + 1 < len(toks) and fold(toks[i + 1].text) in COUNTED_UNITS:
        return None  # a count of a time unit (:data:`COUNTED_UNITS`)
    return hit
