"""A dated task of a dash item that directs another body stays with the body addressed (issue #10, session 53).

Công văn 11414/VPCP-CN (real text, ``tests/fixtures/realdocs53``): under "1. Ủy ban nhân dân tỉnh Đồng Nai:" the
item "- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung nguồn lực tài chính, … trong năm 2025" is the
province's task; its row was given to "Ban Quản lý dự án, các nhà thầu tập trung nguồn lực tài chính" (the body
directed, with a verb phrase in it). The real labels give "chỉ đạo …" to the body addressed (230-CD-TTg, 09-CT-UBND).
"""

from pathlib import Path

from vanban.extract import extract
from vanban.extract.report import extraction_to_json

TEXT = (Path(__file__).parent / "fixtures" / "realdocs53" / "11414-VPCP-CN.txt").read_text(encoding="utf-8")


def _rows():
    return extraction_to_json(extract(TEXT))["obligations"]


def test_row_of_the_directing_item_is_the_provinces():
    dated = [o for o in _rows() if "Dự án thành phần 1" in (o["what"] or "")]
    assert dated, "the 'Về thi công' task has its row"
    assert {o["who"] for o in dated} == {"Ủy ban nhân dân tỉnh Đồng Nai"}
    assert dated[0]["deadline"]["latest"] == "2025-12-31"


def test_no_row_charges_the_directed_body():
    whos = {o["who"] for o in _rows()}
    assert not any(w.startswith("Ban Quản lý dự án") for w in whos)
    assert {"Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Bộ Xây dựng"} <= whos
