"""A plan's closing paragraph "Trên đây là Kế hoạch … Đề nghị <bodies> … triển khai thực hiện./." is the whole
document's formula: no obligation of the bodies it names, and no task of the last item above it when no blank line
parts them (vanban.extract.obligations; the labels' notes call it a formula in plans that name the bodies too). A
closing with a due date still asks its bodies.

The plan is written for this test in a commune's wording (a tree-planting festival); the expected rows are the two
bodies of its numbered items, with their own tasks and dates.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 14/KH-UBND
Tân Phú, ngày 10 tháng 01 năm 2031

KẾ HOẠCH
Tổ chức Tết trồng cây năm 2031

I. MỤC ĐÍCH, YÊU CẦU
Phát động phong trào trồng cây trong toàn xã.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
- Chủ trì chuẩn bị cây giống, hoàn thành trước ngày 05/02/2031.
"""

_CLOSING = ("Trên đây là Kế hoạch tổ chức Tết trồng cây năm 2031 của UBND xã Tân Phú. Đề nghị Ủy ban MTTQ Việt Nam "
            "xã, các đoàn thể chính trị - xã hội xã phối hợp triển khai thực hiện./.")

_TAIL = """
Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def _rows(items: str, gap: str = "\n") -> dict[str, tuple[str | None, str]]:
    ext = extract(_HEAD + items + gap + _CLOSING + "\n" + _TAIL)
    return {o.who: (o.deadline.date if o.deadline else None, o.what) for o in ext.obligations}


def test_closing_after_a_bullet_is_not_the_last_item_s_task():
    got = _rows("2. Đoàn Thanh niên xã\n- Huy động đoàn viên tham gia trồng cây.\n"
                "- Tổng hợp kết quả, báo cáo UBND xã trước ngày 28/02/2031.\n", gap="")
    assert set(got) == {"Phòng Kinh tế", "Đoàn Thanh niên xã"}
    date, what = got["Đoàn Thanh niên xã"]
    assert date == "2031-02-28" and "Trên đây" not in what and "MTTQ" not in what


def test_closing_naming_bodies_is_no_obligation():
    got = _rows("2. Đoàn Thanh niên xã huy động đoàn viên tham gia trồng cây, báo cáo UBND xã trước ngày 28/02/2031.\n")
    assert set(got) == {"Phòng Kinh tế", "Đoàn Thanh niên xã"}


def test_a_dated_closing_still_asks_its_bodies():
    dated = _CLOSING.replace("phối hợp triển khai thực hiện./.",
                             "phối hợp triển khai thực hiện, báo cáo kết quả về UBND xã trước ngày 15/3/2031./.")
    ext = extract(_HEAD + "2. Đoàn Thanh niên xã huy động đoàn viên tham gia trồng cây.\n\n" + dated + "\n" + _TAIL)
    assert any("MTTQ" in (o.who or "") and o.deadline and o.deadline.date == "2031-03-15" for o in ext.obligations)
