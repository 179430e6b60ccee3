"""A UTF-8 text file with a few bytes that are no UTF-8 is read, not refused.

Found by a newcomer: a stray Windows-1252 quote (0x93/0x94), a Latin-1
no-break space (0xA0) or a file cut inside a character (``head -c 500000``)
made vanban refuse the whole file ("no Vietnamese charset gives Vietnamese
text … best TCVN3: 13%"). The inputs are a real sample and real corpus
lines with those bytes put in; legacy files with few non-ASCII bytes (which
are no UTF-8 either) must still be read in their charset.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cli_helpers import ROOT, run_cli, table
from fixtures.legacy_docx import cases_encoder
from vanban import charsets
from vanban.ingest import load
from vanban.models import InputError

SAMPLE = ROOT / "samples" / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"
LINES = (Path(__file__).parent / "fixtures" / "charsets" / "corpus_lines.txt").read_bytes()


def _with_bytes_at_a_line_end(data: bytes, bad: bytes) -> tuple[bytes, int]:
    at = data.index(b"\n", len(data) // 3)
    return data[:at] + bad + data[at:], at


@pytest.mark.parametrize("bad", [
    b" \x93tr\xc3\xaan\x94",  # Windows-1252 quotes around a UTF-8 word
    b"\xa0",  # a Latin-1 no-break space
])
def test_stray_bytes_are_replaced_and_named(tmp_path: Path, bad: bytes) -> None:
    clean = SAMPLE.read_bytes()
    data, at = _with_bytes_at_a_line_end(clean, bad)
    offsets = [i for i in range(at, at + len(bad)) if data[i] in (0x93, 0x94, 0xA0)]
    f = tmp_path / "one_bad_byte.txt"
    f.write_bytes(data)
    db = tmp_path / "a.db"
    r = run_cli("ingest", str(f), "--db", str(db))
    assert r.returncode == 0, r.stderr
    warned = [ln for ln in r.stderr.splitlines() if "one_bad_byte.txt" in ln]
    assert len(warned) == 1 and "read as UTF-8" in warned[0], r.stderr
    assert all(f"{o} = 0x{data[o]:02x}" in warned[0] for o in offsets), (warned, offsets)
    [(encoding, text, number)] = table(db, "select encoding, raw_text, number from documents")
    assert encoding == "utf-8"
    assert text == data.decode("utf-8", "replace")  # Python's own replacement is the oracle
    assert number == "13-KH/ĐU"  # the sample's số ký hiệu, as from the clean file
    assert table(db, "select count(*) from ingest_errors") == [(0,)]


def test_a_utf8_file_with_a_byte_order_mark_and_a_stray_byte_is_read(tmp_path: Path) -> None:
    """Notepad writes "UTF-8" with a BOM: a stray quote in such a file was refused outright
    ("invalid utf-8-sig text after a byte-order mark"; a newcomer's third run)."""
    data, at = _with_bytes_at_a_line_end(SAMPLE.read_bytes(), b" \x93tr\xc3\xaan\x94")
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + data)
    db = tmp_path / "a.db"
    r = run_cli("ingest", str(f), "--db", str(db))
    assert r.returncode == 0, r.stderr
    warned = [ln for ln in r.stderr.splitlines() if "bom.txt" in ln]
    assert len(warned) == 1 and "read as UTF-8" in warned[0], r.stderr
    [(encoding, number)] = table(db, "select encoding, number from documents")
    assert (encoding, number) == ("utf-8", "13-KH/ĐU")


def test_a_file_cut_inside_a_character_drops_it(tmp_path: Path) -> None:
    whole = LINES * 80  # > charsets.SAMPLE_BYTES: scored on a spread sample
    assert len(whole) > charsets.SAMPLE_BYTES
    n = 500000
    while whole[n] & 0xC0 != 0x80:  # `head -c N` ending inside a multi-byte character
        n += 1
    f = tmp_path / "cut.txt"
    f.write_bytes(whole[:n])
    doc = load(f)
    start = n - 1
    while whole[start] & 0xC0 == 0x80:
        start -= 1
    assert doc.encoding == "utf-8"
    assert "".join(p.text for p in doc.pages) == whole[:start].decode("utf-8")
    assert doc.note == f"read as UTF-8: a character cut by the end of the file (offset {start}) dropped"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv missing")
def test_many_bad_bytes_are_not_nearly_utf8(tmp_path: Path) -> None:
    """More than 1 in 1000 bad bytes is not 'nearly UTF-8': a UTF-8 file with a
    Windows-1258 file appended gets no U+FFFD; it was refused ("no Vietnamese
    charset gives Vietnamese text", of a Vietnamese file) and is now read line
    by line in its two charsets (tests/test_charsets_mixed.py)."""
    cp1258 = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=LINES,
                            capture_output=True, check=True).stdout
    data = LINES + cp1258
    assert charsets.decode_utf8_lenient(data) is None
    f = tmp_path / "mixed.txt"
    f.write_bytes(data)
    doc = load(f)
    assert doc.encoding == "utf-8+cp1258" and "\ufffd" not in doc.pages[0].text
    assert doc.pages[0].text.splitlines() == (LINES + LINES).decode("utf-8").splitlines()


def _legacy_short(charset: str) -> bytes:
    text = "(Thông tư số 22/2010/TT-BTC)"  # a real corpus phrase: 3–4 non-ASCII bytes in legacy charsets
    if charset == "tcvn3":
        return cases_encoder().tcvn3_encode(text)
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=text.encode(),
                          capture_output=True, check=True).stdout


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv missing")
@pytest.mark.parametrize("charset", ["tcvn3", "cp1258"])
def test_legacy_text_with_few_high_bytes_stays_legacy(charset: str) -> None:
    data = _legacy_short(charset)
    assert charsets.decode_utf8_lenient(data) is not None  # few enough bad bytes to be 'nearly UTF-8'
    text, key, _ = charsets.detect(data)
    assert key == charset and text == "(Thông tư số 22/2010/TT-BTC)"


def test_replaced_bytes_stay_in_the_text_not_in_the_header_fields(tmp_path: Path) -> None:
    """Stray Windows quotes around the issuer's line were stored as "\ufffdĐẢNG\ufffd ỦY …" (newcomer)."""
    f = tmp_path / "quoted.txt"
    f.write_bytes(b"\x93" + "ĐẢNG ỦY PHƯỜNG KIM MÃ".encode() + b"\x94\n" + "Số: 12-KH/ĐU\nHà Nội, ngày 05 tháng 01 "
                  "năm 2026\nKẾ HOẠCH\nvề việc học tập nghị quyết\n".encode())
    doc = load(f)
    assert doc.pages[0].text.startswith("\ufffd")
    from vanban.extract import extract

    meta = extract(doc.pages[0].text).metadata
    assert meta.issuer == "ĐẢNG ỦY PHƯỜNG KIM MÃ" and meta.number == "12-KH/ĐU"
