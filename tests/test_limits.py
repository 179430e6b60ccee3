"""Every limit, hit through the ``vanban ingest`` options, is one clear error.

test_ingest.py checks ``load`` raises LimitExceeded and test_ocr.py the OCR
timeout; this runs the real command once with all four limits set, over a
batch where each of four files breaks exactly one limit and one good file
breaks none: each limit gives one stderr line and one ``ingest_errors`` row,
the good file is stored, nothing crashes or hangs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import plan_text, render_scan  # noqa: E402
from cli_helpers import VIETNAMESE_PLAN, run_cli, table  # noqa: E402


def test_each_limit_is_one_line_and_one_error_row(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    # 3 pages (form feeds) > --max-pages 2
    (folder / "pages.txt").write_text("\f".join([VIETNAMESE_PLAN] * 3), encoding="utf-8")
    # 3 MB > --max-file-mb 2
    (folder / "big.txt").write_text(VIETNAMESE_PLAN * (3 * 2**20 // len(VIETNAMESE_PLAN.encode())),
                                    encoding="utf-8")
    # 4000 x 3000 = 12 MP > --max-pixels 9,000,000 (an A4 scan at 300 dpi is 8.7 MP)
    Image.new("L", (4000, 3000), 255).save(folder / "pixels.png", dpi=(300, 300))
    # a full A4 page of text: Tesseract needs seconds, > --ocr-timeout 0.5
    render_scan(plan_text("kh_dang_uy_xa_chuyen_doi_so_2026.txt"), folder / "slow.jpg", seed=1)
    # files of other types in a folder are no inputs (no line, no row) but are counted
    for name in ("notes.html", "sub/table.csv", "sub/more.HTML", "README", ".hidden.csv"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    expected = {
        "pages.txt": "too many pages: 3 > limit 2",
        "big.txt": "file too large",
        "pixels.png": "too large",
        "slow.jpg": "took longer than 0.5s",
    }
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "2", "--no-progress",
                     "--max-pages", "2", "--max-file-mb", "2", "--max-pixels", "9000000",
                     "--ocr-timeout", "0.5")
    print(result.stderr)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("vanban: ")]
    assert len(lines) == len(expected), lines
    for name, cause in expected.items():
        matching = [line for line in lines if name in line]
        assert len(matching) == 1 and cause in matching[0], (name, lines)
    errors = table(db, "select path, error from ingest_errors")
    assert sorted(Path(p).name for p, _ in errors) == sorted(expected)
    for path, error in errors:
        assert expected[Path(path).name] in error and "\n" not in error
    assert [Path(p).name for (p,) in table(db, "select path from documents")] == ["good.txt"]
    assert "1 stored, 0 skipped as already stored, 4 failed" in result.stderr
    assert "; 4 files of other types left out (.csv, .html ×2, no suffix)" in result.stderr
