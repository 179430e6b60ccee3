"""Obligations legacy OCR lost to three kinds of its reading (session 53, leg53), each with its real form: the eng OCR
of the spent set authored51 (bench/.cache/realdocs-ocr), the raw reading or the text restored as ingest restores it
(``bench/realdocs_ocr.legacy_form``), copied to ``fixtures/legacy53``.

1. A clock time's minutes read as letters ("8h50 - 9hOS5", "9hOS - 9h20", a51-09's chương trình hội nghị):
   :mod:`vanban.ocr.clock_digits`. The time column no longer held the hours alone, and each speaker under "Người thực
   hiện" was read as a body charged with a task.
2. A numbered body's heading over a paragraph whose list dash OCR lost ("1. Công chức Văn hóa - Xã hội" / "" / "Là
   đầu mối …", a51-08): :func:`vanban.structure.body._title_over_paragraph`. The heading ran into the sentence and
   the body lost its tasks.
3. A blank line OCR put inside a body's name before its acronym and level ("… tham mưu Ban Thường vụ" / "" / "LĐLĐ
   huyện báo cáo LĐLĐ tỉnh trước ngày 10/6/2038.", a51-01): :func:`vanban.structure.mend._name_acronym_goes_on`.

Expected values are the documents' own (the printed page, authored51's hand labels), not vanban's output.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.clock_digits import clock_digits
from vanban.ocr.correct import correct_text
from vanban.structure import structure_of_text
from vanban.structure.mend import mend_breaks

FIX = Path(__file__).parent / "fixtures" / "legacy53"


def _items(parts):
    for p in parts:
        yield p
        yield from _items(p.children)


# --- 1. a clock time's minutes read as letters ---------------------------------------------------------------------

def test_clock_minutes_read_as_letters_are_the_printed_digits():
    raw = (FIX / "a51-09-agenda.eng.txt").read_text(encoding="utf-8")
    fixed = clock_digits(raw)
    # the page prints "| 4 | 8h50 - 9h05 |" and "| 5 | 9h05 - 9h20 |"
    assert "| 4 | 8h50 - 9h05 |" in fixed and "| 5 | 9h05 - 9h20 |" in fixed
    # the intact times are left as read
    assert "| 7 | 10h30 - 11h00 |" in fixed and "| 1 | 7h30 - 7h45 |" in fixed


def test_clock_hour_read_with_a_letter_is_the_printed_hour():
    raw = (FIX / "t51-09-agenda.eng.txt").read_text(encoding="utf-8")
    # t51-09's page prints "| 08h00 - 08h45 | Báo cáo kết quả …"; eng OCR read its zero "O"
    assert "| O8h00 - 08h45 |" in raw
    assert "| 08h00 - 08h45 |" in clock_digits(raw)


def test_agenda_with_a_misread_hour_charges_no_speaker():
    raw = (FIX / "t51-09-agenda.eng.txt").read_text(encoding="utf-8")
    text = "KẾ HOẠCH\nTổ chức Hội nghị cán bộ, công chức năm 2038\n\n" + correct_text(raw, "image-ocr").text
    who = {o.who for o in extract(text, ocr=True).obligations}
    # tune51's labels give the session's speakers no obligation
    for speaker in ("Văn phòng - Thống kê", "Đại biểu dự Hội nghị", "Phó Chủ tịch Công đoàn cơ sở"):
        assert not any(w.startswith(speaker) for w in who), (speaker, who)


def test_clock_letters_need_an_intact_time_on_their_line():
    # a word that only looks like a time is no time without a clock time printed beside it
    assert clock_digits("Phòng 2hOS tầng 3") == "Phòng 2hOS tầng 3"
    assert clock_digits("từ 9hOS - 9h20") == "từ 9h05 - 9h20"
    assert clock_digits("từ 9h7O - 9h20") == "từ 9h7O - 9h20"  # no minute 70
    assert clock_digits("từ 3Oh00 - 9h20") == "từ 3Oh00 - 9h20"  # no hour 30


def test_agenda_with_misread_minutes_charges_no_speaker():
    raw = (FIX / "a51-09-agenda.eng.txt").read_text(encoding="utf-8")
    text = "KẾ HOẠCH\nTổ chức Hội nghị cán bộ, công chức năm 2038\n\n" + correct_text(raw, "image-ocr").text
    assert "9h05 - 9h20" in text
    who = {o.who for o in extract(text, ocr=True).obligations}
    # authored51's labels give the session's speakers no obligation (the agenda of one meeting)
    for speaker in ("Thư ký", "Chủ tịch Công đoàn cơ sở", "Chủ tịch UBND xã", "Công chức Tài chính - Kế toán"):
        assert not any(w.startswith(speaker) for w in who), (speaker, who)


# --- 2. a numbered body's heading over a paragraph that lost its dash -----------------------------------------------

def test_body_heading_stands_alone_over_its_dashless_paragraph():
    text = "KẾ HOẠCH\nXây dựng tuyến phố văn minh đô thị năm 2038\n\n" \
        + (FIX / "a51-08-section4.legacy.txt").read_text(encoding="utf-8")
    st = structure_of_text(text)
    item = next(p for p in _items(st.body) if p.label == "1.")
    assert item.heading == "Công chức Văn hóa - Xã hội"
    got = extract(text, ocr=True).obligations
    # authored51's label: the officer's tasks, the campaign "trong tháng 3/2038"
    assert any(o.who == "Công chức Văn hóa - Xã hội" for o in got), [o.who for o in got]
    assert not any(o.who.startswith("Công chức Văn hóa - Xã hội Là") for o in got)


def test_heading_over_a_lead_in_keeps_the_lead_in():
    # the text under the blank line ends in ":" (a lead-in over the dashes): the heading is the item's own text
    text = ("KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2038\n\nII. NHIỆM VỤ\n\n1. Trạm Y tế xã\n\n"
            "Thực hiện các nhiệm vụ sau:\n\n- Giám sát dịch bệnh tại cộng đồng.\n\n- Báo cáo kết quả hằng tháng.\n")
    item = next(p for p in _items(structure_of_text(text).body) if p.label == "1.")
    assert item.heading == "Trạm Y tế xã Thực hiện các nhiệm vụ sau"


# --- 3. a blank line inside a body's name before its acronym ------------------------------------------------------

def test_blank_line_before_a_names_acronym_and_level_is_no_paragraph_break():
    section = (FIX / "a51-01-reports.legacy.txt").read_text(encoding="utf-8")
    mended = mend_breaks(section)
    assert "tham mưu Ban Thường vụ \nLĐLĐ huyện báo cáo" in mended and len(mended) == len(section)
    text = "KẾ HOẠCH\nTổ chức Tháng Công nhân năm 2038\n\nV. TỔ CHỨC THỰC HIỆN\n\n" + section
    got = {(o.who, str(o.deadline.date) if o.deadline else None) for o in extract(text, ocr=True).obligations}
    # authored51's label (V.4): "Ban Chính sách - Pháp luật" reports to the province by 10/6/2038
    assert ("Ban Chính sách - Pháp luật", "2038-06-10") in got, got


def test_a_paragraph_opening_with_a_body_after_a_numbered_heading_stays_apart():
    # a numbered heading (no sentence) over a paragraph that opens with "UBND huyện": a break, not a name going on
    text = "3. Trách nhiệm của các phòng, ban chuyên môn thuộc huyện\n\nUBND huyện giao Phòng Nội vụ …\n"
    assert mend_breaks(text) == text
