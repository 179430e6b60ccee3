"""Structure, deadline and target kinds the end-of-session newcomer found (session 17, helper fixB17).

Each test reads a short text written for it (the newcomer's documents are in ``/work/wt/newcomer17e_in``, not copied):
the expected values are read from the text, not from vanban's output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from vanban.export import PlanPlaces, checklist_csv
from vanban.export.plan_places import item_number
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.outline import outline

#: a commune Party committee's conclusion whose tasks are numbered "2.1."–"2.3." under "2."
DECIMAL_ITEMS = """\
ĐẢNG BỘ HUYỆN HÀM YÊN                     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THÁI SƠN
        *                                  Thái Sơn, ngày 03 tháng 3 năm 2027
Số 12-KL/ĐU

KẾT LUẬN
của Ban Thường vụ Đảng ủy xã về công tác quý I năm 2027

Ngày 01/3/2027, Ban Thường vụ Đảng ủy xã họp, kết luận như sau:

1. Đánh giá chung
Các chi bộ cơ bản hoàn thành nhiệm vụ quý I.

2. Nhiệm vụ thời gian tới
2.1. Giao Ủy ban nhân dân xã hoàn thành kế hoạch trồng rừng trước ngày 30/4/2027.
2.2. Giao Đoàn Thanh niên xã tổ chức ra quân làm đường giao thông nông thôn xong trước ngày 26/3/2027.
2.3. Các chi bộ thôn tổ chức sinh hoạt chuyên đề quý II xong trước 30/6/2027.

                                        T/M BAN THƯỜNG VỤ
Nơi nhận:                                  BÍ THƯ
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.                    Hoàng Văn Sinh
"""


def _rows(text: str, today: dt.date) -> list[list[str]]:
    ext = extract(text)
    items = build_checklist(ext, today=today)
    places = PlanPlaces(outline(ext.structure), text)
    return list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]


def test_a_decimal_items_tt_is_its_own_printed_number():
    """"2.1." under "2." is item 2.1 on the phiếu (TT and căn cứ "Mục 2.1"), never "2.2.1"."""
    rows = _rows(DECIMAL_ITEMS, dt.date(2027, 3, 5))
    by_lead = {r[2]: r for r in rows}
    assert by_lead["Ủy ban nhân dân xã"][0] == "2.1"
    assert by_lead["Đoàn Thanh niên xã"][0] == "2.2"
    assert by_lead["Các chi bộ thôn"][0] == "2.3"
    assert by_lead["Đoàn Thanh niên xã"][-1].startswith("Mục 2.2 (Nhiệm vụ thời gian tới)")


@pytest.mark.parametrize("labels, number", [
    (["2.", "2.1."], "2.1"),
    (["II.", "2.", "2.1."], "II.2.1"),
    (["1.", "1.2.", "1.2.3."], "1.2.3"),
    (["2.", "a)"], "2.a"),
    (["I.", "1.1."], "I.1.1"),  # "1.1" repeats no "1" above it: appended as before
    (["3.", "2.1."], "3.2.1"),
])
def test_decimal_labels_repeating_their_parent(labels, number):
    assert item_number(labels) == number

