"""A task a plan assigns twice to one body — in its "Tổ chức thực hiện" items and again in its task table — is one
row of the checklist (newcomer run, session 23: 617/KH-UBND's "3. Sở Công Thương: Hỗ trợ cho các doanh nghiệp …" and
its Phụ lục row 5, the same task, were two rows; the table's row carries the deadline "Quí IV-2025").

Material: the plans below are written for this test in that style (a UBND tỉnh's Kế hoạch with a Phụ lục "Danh mục
nhiệm vụ"); the expected rows are read from them: the same body with the same task is one row keeping the table's
deadline; two bodies, or two different due dates, stay two rows.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist, group_key

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 415/KH-UBND\nLạng Sơn, ngày 05 tháng 02 năm 2027\n\n"
        "KẾ HOẠCH\nPhát triển thương mại điện tử năm 2027\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Khoa học và Công nghệ\n\nChủ trì tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh.\n\n"
        "2. Sở Công Thương\n\n{item}\n\n"
        "3. Sở Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.\n\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
        "| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng sàn giao dịch nông sản trực tuyến của tỉnh | Sở KH&CN | Các sở, ngành | Quý III-2027 |\n"
        "| 2 | {row} | {row_body} | UBND các xã, phường | {row_due} |\n")

TASK = "Hỗ trợ hợp tác xã, hộ kinh doanh đưa sản phẩm lên các sàn thương mại điện tử"


def _rows(item, row=TASK, row_body="Sở Công Thương", row_due="Quý IV-2027"):
    text = HEAD.format(item=item, row=row, row_body=row_body, row_due=row_due)
    items = build_checklist(extract(text), today=dt.date(2027, 2, 10))
    return [it for it in items if "san thuong mai dien tu" in group_key(it.what)]


def test_the_same_task_of_the_same_body_is_one_row_with_the_tables_deadline():
    rows = _rows(TASK + ".")
    assert len(rows) == 1, [(r.who, r.what, r.deadline) for r in rows]
    assert rows[0].deadline == "Quý IV-2027"
    assert rows[0].latest == "2027-12-31"


def test_near_identical_wording_is_the_same_task():
    rows = _rows("Hỗ trợ các hợp tác xã, hộ kinh doanh đưa sản phẩm lên các sàn thương mại điện tử.")
    assert len(rows) == 1, [(r.who, r.what, r.deadline) for r in rows]
    assert rows[0].deadline == "Quý IV-2027"


def test_two_bodies_stay_two_rows():
    rows = _rows(TASK + ".", row_body="Sở Nông nghiệp và Môi trường")
    assert len(rows) == 2, [(r.who, r.what, r.deadline) for r in rows]


def test_two_due_dates_stay_two_rows():
    rows = _rows(TASK + ", hoàn thành trước ngày 30/6/2027.")
    assert len(rows) == 2, [(r.who, r.what, r.deadline) for r in rows]
    assert {r.latest or r.date for r in rows} == {"2027-06-30", "2027-12-31"}
