"""A page scanned sideways or upside down is read upright.

Found by a newcomer: ``vanban extract upside_down.png`` refused the page ("not
Vietnamese text (only 46% of the words are Vietnamese syllables)") although
Tesseract's orientation detection (``--psm 0``) reports ``Rotate: 180``. The
material is the real sample scan (samples/126-CV-DU…png) turned as a scanner
would have fed it; the expected number and wording are the printed ones.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vanban.conveyor import ingest
from vanban.ocr.orientation import looks_unread

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "samples" / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def test_turned_scans_are_read_upright(tmp_path: Path) -> None:
    from PIL import Image

    src = tmp_path / "in"
    src.mkdir()
    with Image.open(SCAN) as im:
        dpi = im.info.get("dpi", (300, 300))
        # fed upside down, and turned a quarter counter-clockwise (needs 90° clockwise to stand up)
        im.transpose(Image.Transpose.ROTATE_180).save(src / "upside_down.png", dpi=dpi)
        im.transpose(Image.Transpose.ROTATE_90).save(src / "sideways.png", dpi=dpi)
        # turned a quarter clockwise: Tesseract reads each word right and each line backwards, so the
        # syllables look fine (a newcomer's third run: stored as word salad with no number)
        im.transpose(Image.Transpose.ROTATE_270).save(src / "sideways_cw.png", dpi=dpi)
    db = tmp_path / "a.db"
    errors = []
    report = ingest([src], db, jobs=2, progress=False, on_error=lambda path, why: errors.append((path, why)))
    assert errors == [] and report.stored == 3, (errors, report)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select d.path, d.number, p.rotation, p.text from documents d"
                            " join pages p on p.document_id = d.id order by d.path").fetchall()
    assert [(Path(p).name, n, r) for p, n, r, _ in rows] == [("sideways.png", "126-CV/ĐU", 90),
                                                            ("sideways_cw.png", "126-CV/ĐU", 270),
                                                            ("upside_down.png", "126-CV/ĐU", 180)]
    for *_, text in rows:
        assert "ĐẢNG ỦY XÃ HÒA BÌNH" in text and "Dân vận khéo" in text


@pytest.mark.parametrize("name", ["13-KH-DU.ocr.txt", "24-KH-DU.ocr.txt"])
def test_real_legacy_ocr_does_not_look_unread(name: str) -> None:
    """Real OCR output that lost its marks is Vietnamese read the right way up: no orientation pass."""
    assert not looks_unread((SEEDS / name).read_text(encoding="utf-8"))
