"""Scanned task tables whose number column's name ("TT") the OCR lost or garbled, and a scanned programme item wrapped
over lines (session 36, obl36d; the kinds of authored33's scanned timetables and authored34's visiting teams).

A page printing a table one cell a line, scanned: the cells come one blank line apart, the page's breaks inside a
wrapped cell kept. Over a page break, or as a bold short "TT" alone on its line, Tesseract ``vie`` may drop the
number column's name or read it as a garble above the header; the header then opens with the task column and every
row still opens with its number. Expected: the table read with its number column, one row per number, each row's
body and due date in their columns (``realdocs/labeled/README.md``: a task table's row charges its body by its date).
The texts are written for this test in the wording of such plans (a timetable of a road's land clearing, a sports
day's schedule, a visit programme).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 21/KH-UBND\nTân Hòa, ngày 02 tháng 3 năm 2029"

CLEARING = """III. TIẾN ĐỘ THỰC HIỆN\fNội dung công việc

Đơn vị chủ trì

Đơn vị phối hợp

Thời gian hoàn thành

1

Thành lập Tổ công tác bồi thường, giải phóng mặt bằng tuyến đường liên xã Tân
Hòa - Phú Thịnh

Phòng Kinh tế

Văn phòng HĐND và UBND xã

Trước ngày 20/3/2029

2

Đo đạc, kiểm đếm đất đai, cây trồng, vật kiến trúc của các hộ có đất bị thu hồi

Tổ công tác bồi thường

Trưởng các thôn

Từ ngày 25/3 đến ngày 30/4/2029

3

Lập, niêm yết phương án bồi thường, hỗ trợ

Hội đồng bồi thường xã

Ủy ban MTTQ Việt Nam xã

Trước ngày 31/5/2029

IV. TỔ CHỨC THỰC HIỆN

Các phòng, ban, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện Kế hoạch.
"""

GAMES = """II. LỊCH THI ĐẤU

8E:

Môn thi

Thời gian

Địa điểm

Đơn vị chủ trì

1

Bóng chuyền nam

Ngày 10 - 11/4/2029

Sân vận động xã

Đoàn Thanh niên xã

2

Cờ vua

Ngày 12/4/2029

Hội trường UBND xã

Hội Cựu chiến binh xã

ã

Kéo co nữ

Ngày 13/4/2029

Sân Trường Tiểu học Tân Hòa

Hội Liên hiệp Phụ nữ xã

III. KINH PHÍ

Kinh phí tổ chức do ngân sách xã bảo đảm.
"""


def _rows(text: str) -> list[list[str]]:
    tables = [t for t in structure_of_text(text).tables if t.role == "data"]
    assert len(tables) == 1, [t.rows[0] for t in tables]
    return [[" ".join(c.text.split()) for c in r] for r in tables[0].rows]


def test_a_timetable_whose_number_name_was_lost_over_the_page_break_keeps_its_rows():
    rows = _rows(CLEARING)
    assert rows[0][1:] == ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert [r[2] for r in rows[1:]] == ["Phòng Kinh tế", "Tổ công tác bồi thường", "Hội đồng bồi thường xã"]
    assert [r[4] for r in rows[1:]] == ["Trước ngày 20/3/2029", "Từ ngày 25/3 đến ngày 30/4/2029",
                                        "Trước ngày 31/5/2029"]


def test_each_row_of_the_timetable_charges_its_body_by_its_date():
    doc = f"{HEAD}\n\nKẾ HOẠCH\nBồi thường, giải phóng mặt bằng tuyến đường liên xã\n\n{CLEARING}"
    duties = {(o.who, o.deadline.date if o.deadline and o.deadline.date else o.deadline and o.deadline.latest)
              for o in extract(doc).obligations}
    assert {("Phòng Kinh tế", "2029-03-20"), ("Tổ công tác bồi thường", "2029-04-30"),
            ("Hội đồng bồi thường xã", "2029-05-31")} <= duties, duties


def test_a_games_schedule_whose_number_name_was_garbled_reads_by_its_event_column():
    rows = _rows(GAMES)
    assert rows[0][1:] == ["Môn thi", "Thời gian", "Địa điểm", "Đơn vị chủ trì"]
    assert [r[1] for r in rows[1:]] == ["Bóng chuyền nam", "Cờ vua", "Kéo co nữ"]  # the third's "3" read as "ã"
    assert [r[4] for r in rows[1:]] == ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "Hội Liên hiệp Phụ nữ xã"]


def test_a_table_without_a_number_column_gets_none():
    text = ("II. NHIỆM VỤ\n\nNội dung\n\nĐơn vị chủ trì\n\nThời gian\n\nRà soát hộ nghèo\n\nPhòng Văn hóa - Xã hội\n\n"
            "Quý II/2029\n\nKiểm tra nhà tạm\n\nPhòng Kinh tế\n\nQuý III/2029\n")
    tables = [t for t in structure_of_text(text).tables if t.role == "data"]
    assert all(len(t.rows[0]) == 3 for t in tables)


def test_a_visit_item_wrapped_over_lines_keeps_its_day():
    body = ("II. NỘI DUNG\n\nb) Các tổ thăm hỏi của xã\n\n"
            "- Tổ thứ nhất do đồng chí Phó Bí thư Đảng ủy xã làm tổ trưởng: thăm, tặng quà 05\n"
            "gia đình chính sách tại ấp Đông, ấp Bắc; ngày 20/7/2029.\n\n"
            "- Tổ thứ hai do đồng chí Phó Chủ tịch UBND xã làm tổ trưởng: thăm, tặng quà 04 gia\n"
            "đình tại ấp Tây; ngày 21/7/2029.\n")
    doc = f"{HEAD}\n\nKẾ HOẠCH\nKỷ niệm Ngày Thương binh - Liệt sĩ năm 2029\n\n{body}"
    assert [d.date for d in extract(doc).deadlines if not d.past] == ["2029-07-20", "2029-07-21"]


def test_a_wrapped_line_opening_with_a_dash_is_the_next_item_not_the_same():
    body = ("II. NỘI DUNG\n\n"
            "- Họp Ban Chỉ đạo triển khai kế hoạch\n"
            "- Tổ thứ hai thăm 04 gia đình tại ấp Tây; ngày 21/7/2029.\n")
    doc = f"{HEAD}\n\nKẾ HOẠCH\nKỷ niệm Ngày Thương binh - Liệt sĩ năm 2029\n\n{body}"
    days = [d for d in extract(doc).deadlines if not d.past]
    assert [d.date for d in days] == ["2029-07-21"]
    assert "Họp Ban Chỉ đạo" not in days[0].text
