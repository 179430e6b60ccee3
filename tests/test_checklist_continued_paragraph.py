"""An item's later paragraph, typed without its number, is that item's on the phiếu giao việc (``outline._continued``).

Found by the session-21 newcomer on seed 13-KH/ĐU (a real legacy-OCR plan, ``fixtures/seeds``): under "II - NỘI
DUNG TRỌNG TÂM", item "2. Triển khai rà soát …" goes on after a blank line with "Dự kiến đầu tháng 10/2025: Đảng ủy
tổ chức Hội nghị …", then "3. Phát động …" follows. The checklist gave its tasks the TT "II"; a reader cites them as
"II.2" (the numbering goes on at 3, so the paragraph is inside item 2). The expected TT is that reading. A second
plan, written for this test, checks the limits: a paragraph before the first item or after the last is the part's
own. Read end to end: ``vanban checklist --format docx`` and python-docx reading the Word table."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from docx import Document

from vanban.cli import cli

SEEDS = Path(__file__).parent / "fixtures" / "seeds"

PLAN = """ĐẢNG BỘ XÃ TÂN HƯNG
ĐẢNG ỦY XÃ
Số 07-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hưng, ngày 05 tháng 02 năm 2026

KẾ HOẠCH
thực hiện công tác dân vận năm 2026

I - NHIỆM VỤ TRỌNG TÂM

Các chi bộ tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau.

1. Ban Xây dựng Đảng tham mưu Đảng ủy tổ chức sơ kết công tác dân vận trước ngày 30/6/2026.

Dự kiến tháng 7/2026: Ủy ban nhân dân xã tổ chức Hội nghị đối thoại với Nhân dân trước ngày 31/7/2026.

2. Mặt trận Tổ quốc xã tổng hợp ý kiến, kiến nghị của Nhân dân, báo cáo Đảng ủy trước ngày 15/8/2026.

Văn phòng Đảng ủy tổng hợp báo cáo kết quả thực hiện trước ngày 15/12/2026.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn An
"""


def _rows(path: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    out = tmp_path / (path.stem + ".docx")
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "docx", "-o", str(out), "-j", "1"])
    assert got.exit_code == 0, got.output
    table = Document(str(out)).tables[0]
    head = [c.text for c in table.rows[0].cells]
    tt, what, when = head.index("TT"), head.index("Nội dung công việc"), head.index("Thời hạn")
    return [(r.cells[tt].text, r.cells[what].text, r.cells[when].text) for r in table.rows[1:]]


def test_seed13_the_paragraph_after_item_2_is_item_II_2(tmp_path):
    rows = _rows(SEEDS / "13-KH-DU.ocr.txt", tmp_path)
    planned = [r for r in rows if "10/2025" in r[2]]
    assert planned and all(tt.split(" (")[0] == "II.2" for tt, _, _ in planned), rows  # "II.2 (1)" … when several


def test_a_paragraph_between_numbered_items_is_the_item_before_it(tmp_path):
    (tmp_path / "07-KH-DU.txt").write_text(PLAN, encoding="utf-8")
    rows = _rows(tmp_path / "07-KH-DU.txt", tmp_path)
    tt = {when.split(" (")[0]: t.split(" (")[0] for t, _, when in rows}  # the item, "I.1 (2)" told apart in its rows
    assert tt.get("trước ngày 30/6/2026") == "I.1"
    assert tt.get("trước ngày 31/7/2026") == "I.1"  # "Dự kiến tháng 7/2026: …" between 1. and 2.
    assert tt.get("trước ngày 15/8/2026") == "I.2"
    assert tt.get("trước ngày 15/12/2026") == "I"  # after the last item: the part's own closing words
