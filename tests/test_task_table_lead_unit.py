"""A table of figures per item with a column of the unit in charge: one obligation per row, of that unit.

A xã's revenue plan prints each source of revenue with the province's estimate, the xã's own goal and the unit that
leads its collection ("STT | Nguồn thu | Dự toán tỉnh giao | Dự toán xã phấn đấu | Tỷ lệ (%) | Đơn vị chủ trì thu",
tune46's t46-04); a works plan prints each work with its funds and the unit in charge ("Tên công trình | Kinh phí
(triệu đồng) | Đơn vị chủ trì"). No column says a task (Nội dung, Nhiệm vụ, Chỉ tiêu) or a time, so the table was read
as figures and no row charged its unit, though the labels' rule is "a table row with its Đơn vị chủ trì is one
obligation" (realdocs/labeled/README.md; the indicator tables of 144-KH-UBND "TT | Chỉ tiêu | Chủ trì" and a26-04
"… | Kế hoạch năm 2027 | Đơn vị chủ trì" are read so already). A person who chairs ("Người chủ trì") is no unit, and a
table whose rows name no item in words (a unit's figures alone) charges no one.

The tables are written here in the style of a UBND xã's plans, as a Markdown page copy gives them (pipe rows).
"""

from __future__ import annotations

from conftest import carry_out, make_doc
from vanban.extract import extract
from vanban.extract.task_table_cells import lead_unit_act

#: the parts before the table, in a xã's revenue plan
_OPENING = ("I. MỤC ĐÍCH, YÊU CẦU\n\nThu đúng, thu đủ, thu kịp thời các khoản thu vào ngân sách nhà nước.\n\n"
            "II. DỰ TOÁN THU\n\n")


def _doc(body: str) -> str:
    return make_doc(_OPENING + body, tail=carry_out("III"), issuer="XÃ YÊN LẠC", number=212, date=(20, 12, 2030),
                    title="Thu ngân sách nhà nước trên địa bàn xã năm 2031", signer="Nguyễn Văn Hải",
                    recipients=("UBND tỉnh", "Lưu: VT"))


REVENUE = """| STT | Khoản thu | Dự toán tỉnh giao | Dự toán xã phấn đấu | Đơn vị chủ trì thu |
|---|---|---|---|---|
| 1 | Thuế giá trị gia tăng hộ kinh doanh | 4.100 | 4.500 | Thuế cơ sở 5 Vĩnh Phúc |
| 2 | Tiền sử dụng đất | 21.000 | 23.000 | Phòng Kinh tế xã |
| 3 | Phí chợ | 600 | 700 | Ban Quản lý chợ xã |
| | **Tổng cộng** | **25.700** | **28.200** | |
"""

WORKS = """| TT | Tên công trình | Kinh phí (triệu đồng) | Đơn vị chủ trì |
|---|---|---|---|
| 1 | Nhà văn hóa thôn Đông | 1.200 | Ban Quản lý dự án xã |
| 2 | Đường giao thông thôn Tây | 2.400 | Phòng Kinh tế xã |
"""

CHAIRS = """| TT | Tên công trình | Kinh phí (triệu đồng) | Người chủ trì |
|---|---|---|---|
| 1 | Nhà văn hóa thôn Đông | 1.200 | Nguyễn Văn An |
| 2 | Đường giao thông thôn Tây | 2.400 | Trần Văn Bình |
"""


def _table_bodies(table: str) -> list[str]:
    ext = extract(_doc("Dự toán cụ thể như sau:\n\n" + table))
    return [o.who for o in ext.obligations if o.who != "Văn phòng HĐND và UBND xã"]


def test_revenue_rows_charge_their_collecting_units():
    assert _table_bodies(REVENUE) == ["Thuế cơ sở 5 Vĩnh Phúc", "Phòng Kinh tế xã", "Ban Quản lý chợ xã"]


def test_revenue_row_task_is_the_head_act_and_the_item():
    ext = extract(_doc("Dự toán cụ thể như sau:\n\n" + REVENUE))
    first = next(o for o in ext.obligations if o.who == "Thuế cơ sở 5 Vĩnh Phúc")
    assert "Thuế giá trị gia tăng hộ kinh doanh" in first.what
    assert first.what.startswith("chủ trì thu")
    assert first.deadline is None


def test_works_rows_charge_the_unit_in_charge():
    assert _table_bodies(WORKS) == ["Ban Quản lý dự án xã", "Phòng Kinh tế xã"]


def test_person_who_chairs_is_no_unit_in_charge():
    assert _table_bodies(CHAIRS) == []


def test_lead_head_needs_an_item_column_in_words():
    head = ["stt", "khoan thu", "du toan", "don vi chu tri thu"]
    rows = [["1", "Phí chợ", "600", "Ban Quản lý chợ xã"], ["2", "Thu khác", "400", "Văn phòng xã"]]
    assert lead_unit_act(head, 3, rows) is not None
    figures = [["1", "600", "700", "Ban Quản lý chợ xã"], ["2", "400", "450", "Văn phòng xã"]]
    assert lead_unit_act(["stt", "du toan", "phan dau", "don vi chu tri"], 3, figures) is None
    assert lead_unit_act(["stt", "khoan thu", "du toan", "nguoi chu tri"], 3, rows) is None
