"""A sum per item wrapped at the line's end between its figure and "đồng" (cit51, session 51; tune49's t49-07 on its
legacy and scanned forms: "… sang cây hằng năm: 5.000.000⏎đồng/ha."). The page's width, not the author, breaks such
a line, so the sum is the one the unwrapped line prints. Texts written here in the style of a xã's plans; the values
follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; tối đa → max only)."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nỦY BAN NHÂN DÂN XÃ TÙNG LỘC\nSố: 41/KH-UBND\n"
         "Tùng Lộc, ngày 05 tháng 3 năm 2037\n\nKẾ HOẠCH\nChuyển đổi cơ cấu cây trồng năm 2037\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n"


def _t(body: str, ocr: bool = False):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL, ocr=ocr).targets]


def test_a_sum_per_hectare_wrapped_before_dong():
    body = ("IV. CHÍNH SÁCH HỖ TRỢ\n\n- Hỗ trợ chi phí giống cho diện tích chuyển đổi sang trồng ngô sinh khối: 4.500.000\n"
            "đồng/ha.\n")
    assert (4500000.0, 4500000.0, "đồng/ha") in _t(body)
    assert (4500000.0, 4500000.0, "đồng/ha") in _t(body, ocr=True)


# (fixrev51) the unit as printed, its "/ha", "/người" kept (the gold sets' labels: "đồng/người", "triệu đồng/ha"); the
# extractor read these three lines' unit as "đồng" / "triệu đồng", wrapped or not (strict xfails until tgt52, session
# 52: a sum a label's colon marks keeps the "/item" printed after it, targets._marked_as_level)
_LINES = [
    ("- Hỗ trợ giống cây ăn quả cho hộ chuyển đổi đất lúa kém hiệu quả sang trồng bưởi: 6.000.000 đồng/ha.",
     (6000000.0, 6000000.0, "đồng/ha")),
    ("- Hỗ trợ tiền ăn cho học viên các lớp tập huấn kỹ thuật canh tác lúa chất lượng cao: 100.000 đồng/người.",
     (100000.0, 100000.0, "đồng/người")),
    ("- Hỗ trợ mua phân bón hữu cơ cho diện tích cánh đồng liên kết sản xuất lúa hữu cơ: 2 triệu đồng/ha.",
     (2.0, 2.0, "triệu đồng/ha")),
]


def _readings(line: str) -> list[list]:
    """The targets of ``line`` as printed and wrapped before "đồng" (or "triệu")."""
    wrapped = line.replace(" đồng/", "\nđồng/").replace(" triệu\n", "\ntriệu ")
    return [_t("IV. CHÍNH SÁCH HỖ TRỢ\n\n" + text + "\n") for text in (line, wrapped)]


@pytest.mark.parametrize("line, value", _LINES)
def test_a_wrapped_sum_reads_its_figure(line, value):
    # (fixrev51) the figure the line prints, wrapped or not: comparing the two readings passed when both missed it
    for got in _readings(line):
        assert value[:2] in [t[:2] for t in got]


@pytest.mark.parametrize("line, value", _LINES)
def test_a_wrapped_sum_reads_its_unit(line, value):
    for got in _readings(line):
        assert value in got
