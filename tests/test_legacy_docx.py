"""DOCX runs in legacy fonts (.VnTime/.VnTimeH TCVN3, VNI-Times) read as Unicode.

The expected text is the same plan rendered in Unicode fonts and read by
the same DOCX reader: conversion must change nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.legacy_docx import render_legacy_docx
from fixtures.render import plan_text, render_docx
from vanban.ingest import load
from vanban.ingest.legacy_fonts import convert_text, font_charset

PLANS = ["nq_chi_bo_thon_dong_tam_2026.txt", "cv_dang_uy_xa_bao_cao_dan_van_kheo.txt"]


@pytest.mark.parametrize("plan", PLANS)
def test_mixed_font_docx_reads_as_the_unicode_document(plan: str, tmp_path: Path) -> None:
    text = plan_text(plan)
    legacy = load(render_legacy_docx(text, tmp_path / "legacy.docx"))
    unicode = load(render_docx(text, tmp_path / "unicode.docx"))
    assert legacy.pages[0].text == unicode.pages[0].text
    assert legacy.encoding == "tcvn3+vni fonts" and unicode.encoding is None


def test_the_fixture_really_holds_legacy_runs(tmp_path: Path) -> None:
    """Read naively (python-docx's text), the legacy file is mojibake."""
    import docx

    path = render_legacy_docx(plan_text(PLANS[0]), tmp_path / "legacy.docx")
    naive = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "®" in naive or "¶" in naive  # TCVN3 codes (đ, ả)
    assert "ñ" in naive.lower() or "ø" in naive  # VNI codes
    fonts = {r.font.name for p in docx.Document(str(path)).paragraphs for r in p.runs}
    assert {".VnTimeH", ".VnTime", "VNI-Times", None} <= fonts


def test_font_names_and_runs() -> None:
    assert font_charset(".VnTime") == ("tcvn3", False)
    assert font_charset(".VnArialH") == ("tcvn3", True)
    assert font_charset("VNI-Helve") == ("vni", False)
    assert font_charset("Times New Roman") is None
    assert convert_text("§¶ng ñy", "tcvn3") == "Đảng ủy"  # A7 = Đ
    assert convert_text("®¶NG ñY", "tcvn3", caps=True) == "ĐẢNG ỦY"
    assert convert_text("Ñaûng uûy", "vni") == "Đảng ủy"
    assert convert_text("Đảng", "tcvn3") == "Đảng"  # Unicode text in a legacy-named font
