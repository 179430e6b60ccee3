"""An indicator table printed one cell a line by legacy OCR (eng), its blank lines lost or added: rows by their cells'
kinds (:func:`vanban.structure.stacked._rows_indicator`). Inputs: the eng OCR of tune21's t21-02 (a Đảng ủy's
Chương trình, "STT | Chỉ tiêu | Đơn vị tính | Năm 2027 … Năm 2030") and t21-04 (a UBND xã's Quyết định, "… | Ước
thực hiện năm 2026 | Kế hoạch năm 2027 | Đơn vị chủ trì"), copied from the bench's cache; the expected figures are
those of the published tables (tune21's labels, written by hand)."""

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.correct import correct_text

FIX = Path(__file__).parent / "fixtures" / "excerpts"


def _targets(name: str, kind: str) -> list[tuple]:
    raw = (FIX / name).read_text(encoding="utf-8")
    text = correct_text(raw, "image-ocr").text
    return [(t.text.split(" | ")[0], t.min, t.max, t.unit) for t in extract(kind + "\n\n" + text).targets]


def test_yearly_indicator_rows_with_figures_one_a_line():
    got = _targets("t21_02_indicators.eng.txt", "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết Đại hội")
    assert [(m, x) for s, m, x, u in got if s.startswith("Tốc độ tăng") and u == "%/năm"] == [
        (10, 10), (10.5, 10.5), (11, 11), (11, 11)]
    # (the unit cell "triéu dong" alone on its line is restoration's: without the document around it, it may miss)
    assert [m for s, m, x, u in got if s.startswith("Thu nhập bình quân")] == [68, 74, 81, 90]
    # the row whose number OCR lost opens at its indicator after the row before lost its last figures
    assert [m for s, m, x, u in got if s.startswith("Tỷ lệ lao động qua đào tạo") and u == "%"] == [75, 77, 79, 80]
    assert [m for s, m, x, u in got if s.startswith("Số đảng viên mới kết nạp")] == [20, 20, 22, 22]


def test_indicator_rows_with_a_result_column_and_a_body_column():
    got = _targets("t21_04_indicators.eng.txt", "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch năm 2027")
    plan = {s: (m, x, u) for s, m, x, u in got}
    assert plan["Sản lượng lúa"] == (59000, 59000, "tấn")  # the plan's figure, not the year's result (58.200)
    assert plan["Doanh nghiệp thành lập mới"] == (10, 10, "doanh nghiệp")
    assert plan["Tỷ lệ hộ nghèo"] == (None, 1, "%")
    assert plan["Số công dân nhập ngũ"] == (30, 30, "người")
    assert not any(m == 58200 or m == 28 for s, m, x, u in got)
