"""A text file whose lines are partly UTF-8 and partly a legacy charset.

Why: a plan typed in Windows-1258/TCVN3/VNI with a Unicode note appended,
or two exports joined with ``cat``, decodes in no single table. vanban
refused such a file as "no Vietnamese charset gives Vietnamese text" (a
Vietnamese file!), or — when the legacy lines were the great majority —
read it in the legacy table and stored the UTF-8 lines as mojibake with no
word said. The legacy bytes come from encoders independent of vanban's
tables (glibc iconv, the cases' legacy.py), the text from 50 real corpus
lines (tests/fixtures/charsets/corpus_lines.txt).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fixtures.legacy_docx import cases_encoder
from test_charsets import LINES, cp1258_decomposed, iconv_encode
from vanban import charsets
from vanban.ingest import load

pytestmark = pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv missing")

ENCODERS = {
    "cp1258": cp1258_decomposed,
    "tcvn3": lambda text: iconv_encode(text, "TCVN5712-1"),
    "viscii": lambda text: iconv_encode(text, "VISCII"),
    "vni": lambda text: cases_encoder().vni_encode(text),
}


def _joined(key: str, utf8_lines: list[str], legacy_lines: list[str], legacy_first: bool = False) -> bytes:
    utf8 = "\n".join(utf8_lines).encode("utf-8")
    legacy = ENCODERS[key]("\n".join(legacy_lines))
    return legacy + b"\n" + utf8 if legacy_first else utf8 + b"\n" + legacy


@pytest.mark.parametrize("key", sorted(ENCODERS))
@pytest.mark.parametrize("legacy_first", [False, True])
def test_half_utf8_half_legacy_is_read_line_by_line(key: str, legacy_first: bool) -> None:
    first, second = LINES[:25], LINES[25:]
    data = _joined(key, first, second, legacy_first)
    text, found, _scores = charsets.detect(data)
    assert found == f"utf-8+{key}"
    expected = second + first if legacy_first else first + second
    assert text.splitlines() == expected


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
def test_a_few_utf8_lines_in_a_legacy_file_are_not_turned_to_mojibake(key: str) -> None:
    """45 legacy lines and a 5-line Unicode note: the legacy table alone
    scores over the threshold, but garbles the note."""
    data = _joined(key, LINES[:5], LINES[5:])
    text, found, _ = charsets.detect(data)
    assert found == f"utf-8+{key}" and text.splitlines() == LINES


@pytest.mark.parametrize("key", sorted(ENCODERS))
def test_a_whole_legacy_file_is_still_read_in_its_one_charset(key: str) -> None:
    text, found, _ = charsets.detect(ENCODERS[key]("\n".join(LINES)))
    assert found == key and text.splitlines() == LINES


def test_a_mixed_file_is_archived_with_both_charsets_named_and_a_note(tmp_path: Path) -> None:
    from vanban.conveyor import ingest

    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(_joined("cp1258", LINES[:20], LINES[20:]))
    src = load(path)
    assert src.encoding == "utf-8+cp1258"
    assert src.note == "lines in two charsets: read line by line as UTF-8 + Windows-1258"
    db = tmp_path / "a.db"
    report = ingest([path], db, jobs=1, progress=False)
    assert report.stored == 1 and report.failed == 0, report.errors
    with sqlite3.connect(db) as conn:
        row = conn.execute("select encoding, source_encoding, raw_text from documents").fetchone()
    assert row[:2] == ("utf-8+cp1258", "UTF-8 + Windows-1258")
    assert row[2].splitlines() == LINES
