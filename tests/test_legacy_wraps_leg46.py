"""Obligations legacy OCR lost to two kinds of its layout (session 46, leg46), with the real forms of each kind.

1. An item's first line wraps inside a bracket it opened (:func:`vanban.structure.body._bracket_left_open`): the
   capital opening the next line is a name's inside the bracket, not a sentence's under a heading. Read as a heading
   standing alone, the lettered item c) of a44-08's section "1. Ủy ban nhân dân các xã, thị trấn" was headed
   "Các xã … (Đình Hải, Định Tường, Yên" and the section lost every task. Forms: a44-08's legacy OCR (the cache of
   the spent set authored44, restored as ingest does, copied to ``fixtures/legacy_wraps``), and the hard-wrapped
   lines of three real documents of ``../shared/realdocs/docs`` (83/2025/QĐ-UBND, 3005/QĐ-UBND, 22/2025/NQ-HĐND).
2. A quote mark that OCR read from a table's rule line ("“u" between a task table's header and its rows, a44-03's
   legacy OCR) opens no quotation: the closing paragraphs after it still assign (``_Reader.quoted``).

Expected values are the documents' own (authored44's hand labels, the printed text), not vanban's output.
"""

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.structure import structure_of_text

FIX = Path(__file__).parent / "fixtures" / "legacy_wraps"


def _items(parts):
    for p in parts:
        yield p
        yield from _items(p.children)


def _heading_of(text: str, opening: str):
    st = structure_of_text(text)
    found = [p for p in _items(st.body) if text[p.start:p.end].lstrip(" *-+").startswith(opening)]
    assert found, opening
    return found[0].heading


# --- 1. a first line wrapped inside its bracket ---------------------------------------------------------------------

def test_lettered_item_wrapped_in_its_place_list_keeps_the_section_body():
    text = "CÔNG VĂN\nV/v đôn đốc thu gom, xử lý rác thải sinh hoạt\n\n" \
        + (FIX / "a44-08-section1.legacy.txt").read_text(encoding="utf-8")
    assert _heading_of(text, "c) Các xã chưa có tổ thu gom") is None
    got = extract(text).obligations
    communes = [o for o in got if o.who == "Ủy ban nhân dân các xã, thị trấn"]
    # authored44's label: the section's body, its tasks a) to g) one assignment, due 30/11/2034 (its first date)
    assert len(communes) == 1
    assert communes[0].what.startswith("Xây dựng phương án ra quân tổng vệ sinh môi trường")
    assert "Xóa bỏ dứt điểm 100% điểm tập kết rác tự phát" in communes[0].what
    assert communes[0].deadline is not None and str(communes[0].deadline.date) == "2034-11-30"


def test_clause_wrapped_inside_its_bracket_has_no_cut_heading():
    # 83/2025/QĐ-UBND (Bắc Ninh), Điều 2, as printed: the clause opens a bracket on its first line
    text = ("QUYẾT ĐỊNH\nBan hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị\n\n"
            "Điều 2. Đối tượng áp dụng\n\n"
            "1. Cơ quan nhà nước (bao gồm\n"
            "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh), Ủy ban Mặt trận Tổ\n"
            "quốc Việt Nam tỉnh (bao gồm các tổ chức chính trị - xã hội), đơn vị sự nghiệp\n"
            "công lập (trừ đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu\n"
            "tư), tổ chức, cá nhân có liên quan đến việc xác định, quyết định, áp dụng tiêu\n"
            "chuẩn, định mức sử dụng máy móc, thiết bị thuộc phạm vi quản lý của tỉnh Bắc\n"
            "Ninh.\n\n"
            "2. Các tổ chức tài chính nhà\n"
            "nước ngoài ngân sách được áp dụng theo cơ chế tài chính, cơ chế quản lý tài sản\n"
            "của đơn vị sự nghiệp công lập thuộc phạm vi quản lý của tỉnh Bắc Ninh.\n")
    assert _heading_of(text, "1. Cơ quan nhà nước") is None


@pytest.mark.parametrize("text, opening", [
    # 3005/QĐ-UBND (Hà Tĩnh), a procedure's place of filing: the address in brackets wraps after "đường Nguyễn"
    ("QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\n"
     "1. Địa điểm tiếp nhận hồ sơ và trả kết quả giải quyết TTHC:\n\n"
     "- Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh (số 02A, đường Nguyễn\n"
     "Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh);\n"
     "- Hệ thống thông tin giải quyết TTHC của tỉnh:\nhttps://motcua.hatinh.gov.vn.\n",
     "Trung tâm Phục vụ hành chính công"),
    # 22/2025/NQ-HĐND, a board's roles: "+ Chủ trì (Trưởng ban/Phó" / "Trưởng ban)"
    ("NGHỊ QUYẾT\nQuy định mức chi\n\n1. Chi xây dựng đề thi\n\n"
     "- Xây dựng và phê duyệt ma trận đề thi và bản đặc tả đề thi:\n"
     "+ Chủ trì (Trưởng ban/Phó\nTrưởng ban)\n+ Thành viên\n",
     "Chủ trì (Trưởng ban"),
])
def test_bullet_wrapped_inside_its_bracket_has_no_cut_heading(text, opening):
    heading = _heading_of(text, opening)
    assert heading is None or heading.count("(") == heading.count(")")


def test_a_heading_that_closes_its_bracket_still_heads():
    # the kind's other side: a body's heading holding a whole bracket stands alone over its tasks
    text = ("KẾ HOẠCH\nTổ chức Hội thi\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
            "2. Tiểu ban Chuyên môn (Trưởng tiểu ban là Trưởng phòng Văn hóa - Xã hội)\n"
            "Xây dựng đề thi, đáp án; tổ chức chấm thi, tổng hợp kết quả trước ngày 20/5/2027.\n")
    assert _heading_of(text, "2. Tiểu ban Chuyên môn") == \
        "Tiểu ban Chuyên môn (Trưởng tiểu ban là Trưởng phòng Văn hóa - Xã hội)"


# --- 2. a quote mark of OCR debris ----------------------------------------------------------------------------------

def test_debris_quote_between_a_table_header_and_its_rows_opens_no_quotation():
    text = "KẾ HOẠCH\nTuyển chọn và gọi công dân nhập ngũ năm 2035\n\n" \
        + (FIX / "a44-03-table-close.legacy.txt").read_text(encoding="utf-8")
    whos = [o.who for o in extract(text).obligations]
    assert "Các thành viên Hội đồng" in whos  # authored44's label for the closing paragraph
    assert "Ban Chỉ huy Quân sự xã" in whos  # the table's rows, as before


def test_debris_quote_of_a_sign_alone_opens_no_quotation():
    # the same debris as a dash or a dot after the mark ("“ -", "“."), under a plan's task table
    for debris in ("“ -", "“.", "“'"):
        text = ("KẾ HOẠCH\nTổ chức Tết Trồng cây năm 2027\n\n3. Phân công\n\n"
                "| TT | Nội dung | Đơn vị thực hiện |\n" + debris + "\n"
                "| 1 | Chuẩn bị cây giống | Phòng Kinh tế |\n\n"
                "Các thôn báo cáo kết quả trồng cây về UBND xã trước ngày 15/3/2027.\n")
        assert "Các thôn" in [o.who for o in extract(text).obligations], debris


def test_a_quotation_opening_a_line_on_words_is_still_quoted():
    # the rule the debris must not weaken: an amending text quoted from a line's start assigns nothing of its own
    text = ("QUYẾT ĐỊNH\nSửa đổi Quy chế\n\nĐiều 1. Sửa đổi khoản 4 Điều 5 như sau:\n\n"
            "“4. Sở Tư pháp chủ trì thẩm định dự thảo trước ngày 30/6/2027.\n\n"
            "Các cơ quan gửi hồ sơ về Sở Tư pháp trước ngày 15/6/2027.”\n")
    assert "Sở Tư pháp" not in [o.who for o in extract(text).obligations]


# --- 3. a part's heading wrapped onto a second line still names its period --------------------------------------------

_HEAD = "KẾ HOẠCH\nTổ chức Tháng hành động vì người cao tuổi năm 2034\n\nThuận Hóa, ngày 19 tháng 9 năm 2034\n\n"


def _windows(text: str) -> list[tuple[str, str]]:
    return [(str(d.earliest), str(d.latest)) for d in extract(text).deadlines if d.earliest != d.latest]


def test_heading_period_wrapped_over_two_lines_is_no_deadline():
    # a44-10's legacy OCR: "1. Hưởng ứng Tháng hành động … (từ ngày 01/10 đến" / "ngày 31/10/2034)" over its items —
    # the month of action is the part's period (authored44's labels: no deadline), on two lines as on one
    text = _HEAD + (FIX / "a44-10-heading-period.legacy.txt").read_text(encoding="utf-8")
    assert ("2034-10-01", "2034-10-31") not in _windows(text)
    # the items' own dates stay: the check-ups on 12 and 13/10
    assert any(str(d.latest) == "2034-10-13" for d in extract(text).deadlines)


def test_heading_period_wrapped_as_a_text_pdf_breaks_it():
    # the same kind written in a Kế hoạch's style, the heading wrapped inside its period (a hard-wrapped text PDF)
    text = (_HEAD + "II. NỘI DUNG\n\n2. Tháng cao điểm phòng, chống ma túy (từ ngày 01/6 đến ngày\n30/6/2034)\n\n"
            "- Tổ chức mít tinh hưởng ứng Ngày Quốc tế phòng, chống ma túy vào ngày 26/6/2034.\n\n"
            "- Công an xã rà soát người nghiện trên địa bàn.\n")
    assert ("2034-06-01", "2034-06-30") not in _windows(text)


def test_a_wrapped_heading_with_a_due_word_keeps_its_deadline():
    text = (_HEAD + "II. NỘI DUNG\n\n1. Rà soát, lập danh sách người cao tuổi, hoàn thành trong thời gian từ ngày\n"
            "01/10 đến ngày 15/10/2034\n\n- Các thôn rà soát.\n\n- Công chức Văn hóa - Xã hội tổng hợp.\n")
    assert "2034-10-15" in [str(d.latest) for d in extract(text).deadlines]  # "hoàn thành trong thời gian …": due


# --- 4. a window handed to the calendar under it, its "theo lịch …:" wrapped ------------------------------------------

def test_window_handed_to_a_wrapped_calendar_is_no_deadline():
    # t44-05's legacy OCR (tune44): "1. Đợt tiêm chính: từ ngày 05/9/2034 đến hết ngày 17/9/2034, theo lịch của từng" /
    # "thôn:" over the villages' rows dated "05 - 06/9/2034" …: the rows are the deadlines (tune44's labels), the window
    # only spans them
    text = "KẾ HOẠCH\nTiêm phòng cho gia súc, gia cầm đợt 2 năm 2034\n\nNgày 20 tháng 8 năm 2034\n\n" \
        + (FIX / "t44-05-window-calendar.legacy.txt").read_text(encoding="utf-8")
    wins = _windows(text)
    assert ("2034-09-05", "2034-09-17") not in wins
    assert ("2034-09-05", "2034-09-06") in wins and ("2034-09-16", "2034-09-17") in wins


def test_window_handed_to_a_calendar_wrapped_after_theo():
    # written in the same style: the wrap falls between "theo" and "lịch"
    text = ("KẾ HOẠCH\nKhám sức khỏe cho người cao tuổi năm 2034\n\nNgày 20 tháng 8 năm 2034\n\n"
            "1. Khám sức khỏe: từ ngày 10/9/2034 đến ngày 14/9/2034, theo\nlịch sau:\n\n"
            "| TT | Thôn | Thời gian khám | Người phụ trách |\n|---|---|---|---|\n"
            "| 1 | Thôn Đông | 10 - 11/9/2034 | Trạm Y tế xã |\n| 2 | Thôn Tây | 12/9/2034 | Trạm Y tế xã |\n"
            "| 3 | Thôn Nam | 13 - 14/9/2034 | Trạm Y tế xã |\n")
    assert ("2034-09-10", "2034-09-14") not in _windows(text)
