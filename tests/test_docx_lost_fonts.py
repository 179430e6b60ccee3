"""A DOCX whose TCVN3 or VNI text lost its legacy font name.

Why (found by a newcomer): a plan typed in .VnTime or VNI-Times whose font
was later reset ("select all → Times New Roman", pasted into a new
template, a converter dropping ``w:rFonts``) keeps the legacy bytes with no
font name to tell: vanban refused it as "not Vietnamese text (only 40% …)"
— case 01 says a refusal that blames the language is not acceptable. The
legacy bytes are the shared cases' own inputs (cases 01 and 02, made by the
cases' legacy.py), shown as Word shows them: one Windows-1252 character per
byte, in python-docx's default (Unicode) font.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.ingest import load

CASES = Path(__file__).parent / "fixtures" / "cases"


def _docx(path: Path, paragraphs: list[str]) -> Path:
    from fixtures.docx_layouts import paragraphs_docx

    return paragraphs_docx(path, paragraphs)


def _as_word_shows(data: bytes) -> list[str]:
    return data.decode("cp1252").splitlines()


@pytest.mark.parametrize("case, key", [("01-tcvn3-txt", "tcvn3"), ("02-vni-txt", "vni")])
def test_legacy_bytes_under_a_unicode_font_are_converted(tmp_path: Path, case: str, key: str) -> None:
    from vanban.conveyor import process_file

    path = _docx(tmp_path / "ke_hoach.docx", _as_word_shows((CASES / case / "input.txt").read_bytes()))
    src = load(path)
    assert src.encoding == f"{key} fonts" and "under a Unicode font name: converted" in src.note
    source = (CASES / case / "source_unicode.txt").read_text(encoding="utf-8")
    assert [ln.strip() for ln in src.pages[0].text.splitlines()] == [ln.strip() for ln in source.strip().splitlines()]
    md = process_file(path, jobs=1).extraction.metadata
    assert (md.number, md.type, md.issuer, md.date) == ("12-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ SƠN TÂN", "2004-03-15")


def test_unicode_paragraphs_stay_beside_converted_ones(tmp_path: Path) -> None:
    """A Unicode template (header typed anew) with the old body pasted in; a
    name of Latin-1 letters only ("Hà Tâm") is Unicode and stays."""
    legacy = _as_word_shows((CASES / "01-tcvn3-txt" / "input.txt").read_bytes())
    unicode = ["ĐẢNG BỘ HUYỆN SƠN HÀ", "Hà Tâm"]
    src = load(_docx(tmp_path / "mixed.docx", unicode + legacy[2:]))
    lines = src.pages[0].text.splitlines()
    assert lines[:2] == unicode and "Số 12-KH/ĐU" in lines


def test_a_unicode_docx_is_left_as_it_is(tmp_path: Path) -> None:
    paragraphs = ["Hà Tâm", "Café Ô Môn", "Kế hoạch số 12-KH/ĐU của Đảng ủy xã"]
    src = load(_docx(tmp_path / "plain.docx", paragraphs))
    assert src.pages[0].text.splitlines() == paragraphs and src.encoding is None and src.note is None


def test_a_word97_file_with_lost_fonts_is_converted_too(tmp_path: Path) -> None:
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice missing (make deps)")
    from test_office import save_as

    made = _docx(tmp_path / "ke_hoach.docx", _as_word_shows((CASES / "01-tcvn3-txt" / "input.txt").read_bytes()))
    src = load(save_as(made, "doc", tmp_path / "out"))
    assert src.kind == "doc" and src.encoding == "tcvn3 fonts"
    assert "Số 12-KH/ĐU" in src.pages[0].text.splitlines()


@pytest.mark.parametrize("case, key", [("01-tcvn3-txt", "tcvn3"), ("02-vni-txt", "vni")])
def test_a_pdf_text_layer_in_legacy_codes_is_converted(tmp_path: Path, case: str, key: str) -> None:
    """A PDF printed from a .VnTime/VNI document: its text layer holds the legacy
    codes as Windows-1252 characters (fixtures/render.py lays the text out)."""
    from fixtures.render import render_text_pdf

    from vanban.conveyor import process_file

    text = "\n".join(_as_word_shows((CASES / case / "input.txt").read_bytes()))
    path = render_text_pdf(text, tmp_path / "ke_hoach.pdf")
    src = load(path)
    assert [p.method for p in src.pages] == ["pdf-text"] and src.encoding == f"{key} fonts"
    md = process_file(path, jobs=1).extraction.metadata
    assert (md.number, md.type, md.issuer, md.date) == ("12-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ SƠN TÂN", "2004-03-15")


ELLIPSIS = Path(__file__).parent / "fixtures" / "ellipsis_lines"


@pytest.mark.parametrize("name", sorted(p.name for p in ELLIPSIS.glob("*.md")))
def test_a_unicode_docx_with_lines_of_an_ellipsis_alone_is_no_tcvn3(tmp_path: Path, name: str) -> None:
    """Real quotations that skip a passage with a paragraph holding "…" alone (a tax
    office's reply 1539-VLO-QLDN3, the Cục Thuế's 5615/5680-CT-CS, a Thông tư's form
    58/2025/TT-BCT): vanban read the Unicode DOCX as TCVN3 and each "…" became "Ặ"
    (found by a newcomer). A line with no letter carries no evidence of a charset."""
    paragraphs = [ln for ln in (ELLIPSIS / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
    src = load(_docx(tmp_path / "reply.docx", paragraphs))
    assert src.encoding is None and src.note is None
    assert src.pages[0].text.splitlines() == paragraphs


def test_lines_of_punctuation_alone_are_left_in_a_text_layer() -> None:
    from vanban.ingest.legacy_fonts import lost_font_text

    text = "“Điều 1. Phạm vi điều chỉnh\n…\n2. Các giao dịch liên kết\n–\n…”\n…………………"
    assert lost_font_text(text) == (text, None)
