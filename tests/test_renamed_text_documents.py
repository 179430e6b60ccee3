"""A Word or RTF document saved under a text name (.txt, .md) is read by its content, with one note line.

Found by a newcomer: "docx_named.txt: binary content in a .txt file (a ZIP archive)" and "rtf_named.txt: binary
content in a .txt file (an RTF document)" — the first names the container, not the document, and both refused
a file ingest can read safely: the content is checked (a ZIP must hold ``word/document.xml``, an RTF starts with
``{\\rtf``) and read as the DOCX and RTF behind ``.docx``/``.doc`` names already are. A ZIP of anything else, an
image or random bytes under a text name stay refused.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cli_helpers import run_cli
from vanban.ingest import load
from vanban.models import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCX = ROOT / "samples" / "02-NQ-CB_chi_bo_dong_tam_2026.docx"
PLAN_LINES = ["ĐẢNG ỦY XÃ AN PHÚ", "Số 07-KH/ĐU", "KẾ HOẠCH",
              "Các chi bộ báo cáo trước ngày 25 tháng 11 năm 2026."]


def _rtf(lines: list[str]) -> str:
    """An RTF file as Word writes Vietnamese: every letter beyond ASCII a \\uN? escape."""
    def esc(s: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in s)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n" + "\\par\n".join(map(esc, lines)) + "\\par\n}"


def test_a_docx_named_txt_is_read_as_the_docx_it_is(tmp_path):
    named = tmp_path / "docx_named.txt"
    named.write_bytes(SAMPLE_DOCX.read_bytes())
    doc = load(named)
    assert doc.kind == "docx"
    assert doc.note.startswith("holds a Word DOCX document, not plain text: read as such (rename it .docx)")
    assert doc.pages[0].text == load(SAMPLE_DOCX).pages[0].text


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_rtf_named_as_text_is_read_as_rtf(tmp_path, suffix):
    named = tmp_path / f"rtf_named{suffix}"
    named.write_text(_rtf(PLAN_LINES), encoding="ascii")
    doc = load(named)
    assert doc.kind == "rtf"
    assert doc.note == "holds an RTF document, not plain text: read as such (rename it .rtf)"
    assert [ln.strip() for ln in doc.pages[0].text.splitlines() if ln.strip()] == PLAN_LINES


def test_a_zip_of_something_else_named_txt_is_still_binary_content(tmp_path):
    named = tmp_path / "zip_named.txt"
    with zipfile.ZipFile(named, "w") as zf:
        zf.writestr("notes.csv", "a,b\n")
    with pytest.raises(InputError, match=r"binary content in a \.txt file \(a ZIP archive\)"):
        load(named)


def test_ingest_says_once_what_a_renamed_docx_holds(tmp_path):
    named = tmp_path / "docx_named.txt"
    named.write_bytes(SAMPLE_DOCX.read_bytes())
    done = run_cli("ingest", str(named), "--db", str(tmp_path / "a.db"))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("holds a Word DOCX document, not plain text") == 1
    assert "1 stored" in done.stderr + done.stdout
