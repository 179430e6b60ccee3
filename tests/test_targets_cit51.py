"""A sum per item wrapped at the line's end between its figure and "đồng" (cit51, session 51; tune49's t49-07 on its
legacy and scanned forms: "… sang cây hằng năm: 5.000.000⏎đồng/ha."). The page's width, not the author, breaks such
a line, so the sum is the one the unwrapped line prints. Texts written here in the style of a xã's plans; the values
follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; tối đa → max only)."""

from __future__ import annotations

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


def test_a_wrapped_sum_reads_as_the_unwrapped_line():
    for line in ("- Hỗ trợ giống cây ăn quả cho hộ chuyển đổi đất lúa kém hiệu quả sang trồng bưởi: 6.000.000 đồng/ha.",
                 "- Hỗ trợ tiền ăn cho học viên các lớp tập huấn kỹ thuật canh tác lúa chất lượng cao: 100.000 đồng/người.",
                 "- Hỗ trợ mua phân bón hữu cơ cho diện tích cánh đồng liên kết sản xuất lúa hữu cơ: 2 triệu đồng/ha."):
        wrapped = line.replace(" đồng/", "\nđồng/").replace(" triệu\n", "\ntriệu ")
        assert _t("IV. CHÍNH SÁCH HỖ TRỢ\n\n" + wrapped + "\n") == _t("IV. CHÍNH SÁCH HỖ TRỢ\n\n" + line + "\n")
