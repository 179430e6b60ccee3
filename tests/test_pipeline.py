"""The conveyor end to end: samples → archive.db, re-ingest, bad input, CLI.

Real Tesseract, real SQLite, the real `vanban` command in a subprocess.
"""

from __future__ import annotations


import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from vanban.conveyor import ingest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import VIETNAMESE_PLAN, archive_content, run_cli, table  # noqa: E402


# --- the samples archive -------------------------------------------------------


def test_samples_archive_holds_every_sample(samples_archive, samples_dir):
    files = [p for p in samples_dir.rglob("*") if p.is_file() and p.suffix != ".py"]
    count = table(samples_archive, "select count(*) from documents")[0][0]
    assert count == len([f for f in files if not f.name.startswith(".")])
    kinds = {k for (k,) in table(samples_archive, "select distinct kind from documents")}
    assert {"txt", "pdf"} <= kinds
    # every page keeps its text; OCR'd pages keep Tesseract's confidence
    for method, text, confidence in table(
        samples_archive, "select method, text, confidence from pages"
    ):
        assert text.strip()
        if method.endswith("ocr"):
            assert confidence is not None and 0 < confidence <= 100


def test_legacy_seed_text_is_restored_for_search(samples_archive):
    rows = table(
        samples_archive,
        "select raw_text, text from documents where kind = 'txt' and raw_text like '%Pang uy%'",
    )
    assert rows, "a seed with 'Pang uy' is stored"
    raw, text = rows[0]
    assert "Đảng ủy" in text and "Đảng ủy" not in raw


def test_reingest_is_idempotent(samples_archive, samples_dir):
    before = archive_content(samples_archive)
    report = ingest([samples_dir], samples_archive, jobs=2, progress=False)
    assert report.stored == 0 and report.failed == 0
    assert report.skipped == len(before and table(samples_archive, "select id from documents"))
    assert archive_content(samples_archive) == before


def test_parallel_ingest_equals_serial(samples_archive, samples_dir, tmp_path):
    serial = tmp_path / "serial.db"
    report = ingest([samples_dir], serial, jobs=1, progress=False)
    assert report.failed == 0
    assert archive_content(serial) == archive_content(samples_archive)


def test_changed_file_becomes_a_new_version(tmp_path):
    doc = tmp_path / "ke-hoach.txt"
    db = tmp_path / "a.db"
    doc.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    assert ingest([doc], db, jobs=1, progress=False).stored == 1
    doc.write_text(VIETNAMESE_PLAN + "\nCác chi bộ thực hiện nghiêm túc kế hoạch này.\n",
                   encoding="utf-8")
    assert ingest([doc], db, jobs=1, progress=False).stored == 1
    rows = table(db, "select path, sha256 from documents")
    assert len(rows) == 2 and rows[0][0] == rows[1][0] and rows[0][1] != rows[1][1]


def test_same_bytes_twice_in_one_batch_are_stored_once(tmp_path):
    for name in ("a.txt", "copy-of-a.txt"):
        (tmp_path / name).write_text(VIETNAMESE_PLAN, encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "x.db", jobs=2, progress=False)
    assert (report.stored, report.skipped) == (1, 1)


# --- bad input never stops the batch ---------------------------------------------


def _huge_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny file that declares a 10-gigapixel image (decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as fh:
        writer.write(fh)


@pytest.fixture()
def bad_batch(tmp_path) -> tuple[Path, dict[str, str]]:
    """A folder of broken files beside one good plan; name → expected cause."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    _encrypted_pdf(folder / "encrypted.pdf")
    (folder / "zero.png").write_bytes(b"")
    Image.new("L", (2480, 3508), 255).save(folder / "blank.png")
    (folder / "bomb.png").write_bytes(_huge_png())
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "english.txt").write_text(
        "The committee approved the annual report. Members must submit their reports "
        "before the end of November every year, and the office will publish them.\n" * 5,
        encoding="utf-8",
    )
    expected = {
        "empty.txt": "empty",
        "corrupt.pdf": "pdf",
        "encrypted.pdf": "encrypt",
        "zero.png": "empty",
        "blank.png": "no text",
        "bomb.png": "too large",
        "binary.txt": "binary",
        "english.txt": "not vietnamese",
    }
    return folder, expected


def test_bad_input_is_reported_and_the_batch_goes_on(bad_batch, tmp_path):
    folder, expected = bad_batch
    db = tmp_path / "bad.db"
    result = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "2", "--no-progress")
    print(result.stderr)
    assert result.returncode == 1, "exit status tells that files failed"
    lines = [l for l in result.stderr.splitlines() if l.startswith("vanban: ")]
    for name, cause in expected.items():
        matching = [l for l in lines if name in l]
        assert len(matching) == 1, f"one line for {name}: {lines}"
        assert cause in matching[0].lower(), matching[0]
    errors = {Path(p).name: e for p, e in table(db, "select path, error from ingest_errors")}
    assert set(errors) == set(expected)
    stored = table(db, "select path from documents")
    assert [Path(p).name for (p,) in stored] == ["good.txt"]
    # the archive is intact and searchable afterwards
    assert table(db, "pragma integrity_check") == [("ok",)]


def test_missing_tesseract_says_how_to_install(tmp_path):
    image = tmp_path / "page.png"
    Image.new("L", (200, 100), 255).save(image)
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))
    result = run_cli("text", str(image), env=env)
    assert result.returncode != 0
    assert "apt-get install" in result.stderr and "tesseract-ocr-vie" in result.stderr
    assert "Traceback" not in result.stderr


# --- the other commands over one file ------------------------------------------------


def test_text_command_prints_pages_with_form_feeds(samples_dir):
    scan = samples_dir / "18-KH-DU_chuyen_doi_so_2026_scan.pdf"  # two scanned pages
    result = run_cli("text", str(scan), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    pages = result.stdout.split("\f")
    assert len(pages) == 2, "one form feed between the two pages"
    assert "18-KH/ĐU" in pages[0] and "KẾ HOẠCH" in pages[0]
    assert pages[1].strip() and pages[1].strip() not in pages[0]


def test_text_raw_keeps_legacy_text_and_default_restores_it(samples_dir):
    seed = next(p for p in samples_dir.glob("*.txt") if "Pang" in p.read_text(encoding="utf-8"))
    raw = run_cli("text", str(seed), "--raw")
    restored = run_cli("text", str(seed))
    assert raw.returncode == restored.returncode == 0
    assert "Pang uy" in raw.stdout and "Đảng ủy" in restored.stdout


def test_restore_reads_stdin_and_keeps_line_breaks():
    result = run_cli("restore", input="Dang uy phuong\nxay dung ke hoach\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Đảng ủy phường", "xây dựng kế hoạch"]
