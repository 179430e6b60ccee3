"""Structure defects a newcomer found (session 16, issue 9): an inspection plan's schedule table (TT | Đối tượng |
Nội dung | Thời gian | Thành phần), task tables typed in a .txt with "|" or tabs and no delimiter row, and a type line
that runs on into the trích yếu ("QUY CHẾ LÀM VIỆC").

Expected values are read from the newcomer's documents as a reader would (tests/fixtures/newcomer16/, copied from
the newcomer's inputs), and from sentences written in the same style.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract import extract

DIR = ROOT / "tests/fixtures/newcomer16"


def _ex(name: str):
    return extract((DIR / name).read_text(encoding="utf-8"))


# --- Kế hoạch kiểm tra, giám sát: one obligation per checked body, carried out by its Thành phần -------------------

@pytest.fixture(scope="module", params=["21-KH-DU_kiemtra.txt", "21-KH-DU_kiemtra.docx"])
def kiemtra(request):
    return process_file(DIR / request.param, jobs=1).extraction


def test_inspection_rows_are_the_teams_tasks_with_their_checked_body(kiemtra):
    rows = [(o.who, o.what, o.deadline.earliest if o.deadline else None) for o in kiemtra.obligations
            if "Đối tượng" in o.what]
    assert rows == [
        ("Đồng chí Phó Bí thư Thường trực Đảng ủy làm trưởng đoàn; Ủy ban Kiểm tra Đảng ủy",
         "Kiểm tra việc thực hiện nghị quyết đại hội chi bộ – Đối tượng: Chi bộ thôn Đông Tiến", "2027-03-01"),
        ("Đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy; Ban Xây dựng Đảng",
         "Giám sát việc thực hiện chức trách, nhiệm vụ của đảng viên – Đối tượng: Chi bộ Trường Tiểu học Hoằng Tiến",
         "2027-04-01"),
        ("Ủy ban Kiểm tra Đảng ủy", "Kiểm tra công tác thu, nộp đảng phí – Đối tượng: Đảng ủy Công an xã",
         "2027-08-05"),
    ]


def test_inspection_plan_keeps_both_items_of_its_closing_part(kiemtra):
    whos = [o.who for o in kiemtra.obligations]
    # II.1 "Ủy ban Kiểm tra Đảng ủy giúp Ban Thường vụ triển khai Kế hoạch; báo cáo … trước ngày 15/12/2027": the unit
    # that helps is charged, "giúp Ban Thường vụ" opens its task (the labels' convention, session 17)
    assert [o.what for o in kiemtra.obligations if o.who == "Ủy ban Kiểm tra Đảng ủy"
            and o.deadline and o.deadline.date == "2027-12-15"][0].startswith("giúp Ban Thường vụ triển khai")
    assert "Các chi bộ được kiểm tra" in whos  # II.2 "Các chi bộ được kiểm tra chuẩn bị báo cáo …"
    assert not any("Đảng ủy 2" in w or "Đảng 3" in w for w in whos)  # no unit glued across rows
    assert len(kiemtra.obligations) == 5


def test_a_checked_units_column_names_no_body_in_charge():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 40/KH-UBND\nAn Bình, ngày 05 tháng 12 năm 2026\nKẾ HOẠCH\n"
            "kiểm tra công tác cải cách hành chính năm 2027\nI. NỘI DUNG KIỂM TRA\n"
            "TT | Đơn vị được kiểm tra | Nội dung | Thời gian | Đoàn kiểm tra\n"
            "1 | Trường Mầm non An Bình | Kiểm tra việc niêm yết thủ tục hành chính | Tháng 4/2027 | Văn phòng HĐND và UBND xã\n"
            "II. TỔ CHỨC THỰC HIỆN\nVăn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã.\n")
    obs = extract(text).obligations
    assert [(o.who, o.what) for o in obs if "Đơn vị được kiểm tra" in o.what] == [
        ("Văn phòng HĐND và UBND xã",
         "Kiểm tra việc niêm yết thủ tục hành chính – Đơn vị được kiểm tra: Trường Mầm non An Bình")]
    assert not any(o.who == "Trường Mầm non An Bình" for o in obs)


# --- task tables typed in plain text: "|" without a delimiter row, tabs with an empty cell -----------------------

@pytest.mark.parametrize("name", ["218-KH-UBND_cds.txt", "218-KH-UBND_tabs.txt"])
def test_plain_text_task_table_gives_its_six_rows_and_the_text_after_it(name):
    ex = _ex(name)
    rows = [(o.who, o.deadline.text if o.deadline else o.due_text) for o in ex.obligations[:6]]
    assert rows == [
        ("Công an phường", "Trước ngày 20/12/2026"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "Quý I năm 2027"),  # row 2: its phối hợp cell is empty
        ("Văn phòng HĐND và UBND phường", "Trước ngày 20 hằng tháng"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "tháng 01/2027"),
        ("Phòng Văn hóa - Xã hội", "Định kỳ 6 tháng và năm"),  # a cycle without days: no date, its time as written
        ("Văn phòng HĐND và UBND phường", "Chậm nhất 15/12/2027"),
    ]
    assert [p.label for p in ex.structure.body] == ["I.", "II.", "III.", "IV."]  # group rows are no parts
    assert any(d.text == "trước 17 giờ ngày 5/12/2026" for d in ex.deadlines)
    assert any(o.who.startswith("Ủy ban Mặt trận Tổ quốc") for o in ex.obligations)  # IV.3


def test_pipes_in_a_sentence_make_no_table():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 41/TB-UBND\nAn Bình, ngày 05 tháng 12 năm 2026\nTHÔNG BÁO\n"
            "lịch tiếp công dân\nLịch: thứ Hai | thứ Tư | thứ Sáu hằng tuần, tại trụ sở UBND xã.\n"
            "Công chức Tư pháp - Hộ tịch chuẩn bị hồ sơ trước ngày 10/12/2026.\n")
    assert extract(text).structure.tables == ()


# --- a type line that runs on into the trích yếu ----------------------------------------------------------------

def test_run_on_type_line_keeps_header_title_signature_and_body():
    ex = _ex("02-QC-DU.txt")
    m = ex.metadata
    assert (m.type, m.number, m.signer_authority, m.signer_name) == (
        "Quy chế", "02-QC/ĐU", "T/M BAN CHẤP HÀNH", "Hoàng Thị Mai")
    assert m.title == "làm việc của Ban Chấp hành Đảng bộ xã Bảo Thắng nhiệm kỳ 2025 - 2030"  # "Chương I" is the body's
    assert list(m.recipients[:2]) == ["Ban Thường vụ Tỉnh ủy", "Các đồng chí Đảng ủy viên"]
    assert any(o.who == "Các chi bộ trực thuộc" for o in ex.obligations)


def test_run_on_type_line_of_a_plan():
    text = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ HOẰNG TIẾN\nSố 22-KH/ĐU\nHoằng Tiến, ngày 05 tháng 12 năm 2026\n"
            "KẾ HOẠCH TỔ CHỨC HỘI NGHỊ\nsơ kết 6 tháng đầu năm 2027\nI. MỤC ĐÍCH\n"
            "Văn phòng Đảng ủy chuẩn bị tài liệu trước ngày 10/7/2027.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Thành\n")
    m = extract(text).metadata
    assert (m.type, m.title, m.signer_name) == ("Kế hoạch", "tổ chức hội nghị sơ kết 6 tháng đầu năm 2027",
                                                "Lê Văn Thành")


# --- a Word 97 .doc whose Nơi nhận | signature table LibreOffice read as paragraphs -------------------------------

def test_signing_level_glued_to_the_last_recipient_starts_its_own_line(tmp_path):
    import docx

    d = docx.Document()
    for t in ("TỈNH ỦY NGHỆ AN", "VĂN PHÒNG", "Số 1588-CV/VPTU", "Nghệ An, ngày 02 tháng 12 năm 2026",
              "V/v gửi báo cáo năm 2026", "Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.",
              "Văn phòng Tỉnh ủy đề nghị các đảng ủy gửi báo cáo trước ngày 10/12/2026.", "Nơi nhận:", "- Như trên,"):
        d.add_paragraph(t)
    p = d.add_paragraph()
    p.add_run("- Lưu Văn phòng Tỉnh ủy.")
    p.add_run("K/T CHÁNH VĂN PHÒNG")  # the cell mark between the two runs was lost
    for t in ("PHÓ CHÁNH VĂN PHÒNG", "", "Trần Quốc Bảo"):
        d.add_paragraph(t)
    d.save(tmp_path / "cv.docx")
    m = process_file(tmp_path / "cv.docx", jobs=1).extraction.metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                                                                  "Trần Quốc Bảo")
    assert list(m.recipients)[-1] == "Lưu Văn phòng Tỉnh ủy"


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice missing (make deps)")
def test_word97_letter_keeps_its_signature():
    m = process_file(DIR / "1587-CV-VPTU.doc", jobs=1).extraction.metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                                                                  "Trần Quốc Bảo")
    assert "Lưu Văn phòng Tỉnh ủy" in m.recipients


# --- small ones: "Như điểm 2, 3, 4, 5" points back to the addressees; a heading over "(Chi tiết theo bảng sau)" ---

def test_as_the_points_above_is_no_recipient():
    m = _ex("36-KL-DU_gpmb.txt").metadata
    assert list(m.recipients) == ["Ban Thường vụ Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy"]


def test_heading_in_capitals_over_a_note_line_is_the_parts_heading():
    ex = _ex("218-KH-UBND_cds.txt")
    assert [p.heading for p in ex.structure.body] == ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "NHIỆM VỤ CỤ THỂ",
                                                       "TỔ CHỨC THỰC HIỆN"]


# --- a phone photo's OCR: a speck read as “ inside a wrapped sentence, "~" for the items' dash ---------------------

def test_photo_stray_quote_in_a_wrapped_sentence_quotes_nothing():
    ex = _ex("1587-CV-VPTU_photo_ocr.txt")
    whos = [o.who for o in ex.obligations]
    assert "Ban Tổ chức Tỉnh ủy" in whos and "Đảng ủy Ủy ban nhân dân tỉnh" in whos  # tasks 2 and 3


def test_photo_tilde_marks_items_of_both_lists():
    m = _ex("1587-CV-VPTU_photo_ocr.txt").metadata
    assert list(m.recipients) == ["Các đảng ủy trực thuộc Tỉnh ủy", "Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy",
                                  "Đảng ủy Ủy ban nhân dân tỉnh", "Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]


def test_quoted_provision_after_its_lead_in_stays_quoted():
    text = ("BỘ TƯ PHÁP\nSố: 30/2026/TT-BTP\nHà Nội, ngày 01 tháng 12 năm 2026\nTHÔNG TƯ\nsửa đổi Thông tư số 24/2025/TT-BTP\n"
            "Điều 1. Sửa đổi Thông tư số 24/2025/TT-BTP\nKhoản 4 Điều 5 được sửa đổi như sau\n"
            "“4. Sở Tư pháp thông báo cho chính quyền cấp xã trước ngày 15 hằng tháng.”\n"
            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 15/01/2027.\n")
    assert not any(o.who == "Sở Tư pháp" for o in extract(text).obligations)
