"""A whole document on one line with the layout spaces a PDF viewer's copy keeps (issue 9).

Inputs (tests/fixtures/oneline/):
- case11_party_cv_spaced.txt: case 11 of /work/shared/cases (a Party Công văn, pdftotext of the signed PDF) with its
  lines joined by one space, each line's indentation and column gaps kept — as pasting text copied from a PDF gives
  it. Before, the body was read as a data table (body empty): 75-KL/TW, 31-CTr/TW and both obligations were lost.
- cv_spaced_own.txt: a Công văn of a district UBND written for this test in the same form: its body paragraphs wrapped
  every seventy characters, each wrap a run of five spaces, the signature beside the Nơi nhận list.
Expected values are the case's expected.txt and, for the own text, what its words say.
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.layout_runs import layout_breaks
from vanban.structure.run_on import run_on_breaks

FIX = pathlib.Path(__file__).parent / "fixtures" / "oneline"


def _read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def test_case11_spaced_reads_its_body_citations_and_obligations():
    text = _read("case11_party_cv_spaced.txt")
    assert "\n" not in text and "của    Tỉnh ủy" in text  # one line, the layout kept
    st = structure_of_text(text)
    assert st.body_end > st.body_start and not st.tables
    ext = extract(text)
    m = ext.metadata
    assert (m.number, m.type, m.issuer, m.place, m.date) == (
        "2449-CV/ĐU", "Công văn", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Lào Cai", "2026-09-07")
    assert {c.number for c in ext.citations} == {"104-CTr/TU", "75-KL/TW", "31-CTr/TW"}
    assert [o.who for o in ext.obligations] == ["Ủy ban nhân dân tỉnh", "Các chi bộ, đảng bộ cơ sở"]
    assert st.signature is not None
    assert (st.signature.title, st.signature.name) == ("PHÓ BÍ THƯ", "Lê Quang Vinh")


def test_own_cv_spaced_body_is_prose_not_a_table():
    text = _read("cv_spaced_own.txt")
    st = structure_of_text(text)
    assert not st.tables
    body = text[st.body_start:st.body_end]
    assert "Phòng Nông nghiệp" in body and "Hạt Kiểm lâm" in body
    ext = extract(text)
    assert {c.number for c in ext.citations} == {"08/CT-UBND", "41/KH-UBND"}
    assert sorted(d.date for d in ext.deadlines) == ["2026-03-31", "2026-04-30"]
    assert ext.obligations and ext.obligations[0].who == "Phòng Nông nghiệp và Phát triển nông thôn"
    assert (st.signature.title, st.signature.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Thị Hà")


def test_layout_runs_are_no_breaks_with_table_evidence_or_few_runs():
    """Three pipes in a piece of the line are a table's own marks: that piece's runs stay column gaps; a line with fewer than
    three runs has stray double spaces, not a viewer's layout; a text no run-on reading breaks gets none."""
    text = _read("cv_spaced_own.txt")
    ons = run_on_breaks(text)
    assert layout_breaks(text, ons)
    row = "| 1 | Rà soát phương án     phòng cháy | Phòng Nông nghiệp |"
    piped = text.replace("  Nơi nhận:", "   " + row + "  Nơi nhận:")
    at = piped.index(row)
    got = layout_breaks(piped, run_on_breaks(piped))
    assert got and not any(at < k < at + len(row) for k in got)  # the row's run stays a column gap
    assert layout_breaks("Ủy ban nhân dân huyện  đề nghị  các đơn vị thực hiện.", ()) == ()
    squeezed = " ".join(text.split())
    assert layout_breaks(squeezed, run_on_breaks(squeezed)) == ()


def test_case11_squeezed_keeps_its_signer_and_nơi_nhận_items():
    """Case 11 with every run of spaces squeezed to one: the run-on reading stacks the two columns a line each
    ("Nơi nhận:" / "T/M BAN THƯỜNG VỤ" / "- Như trên (t/h);" / "PHÓ BÍ THƯ" / "- Thường trực …"): the signer's title
    between two items does not close the list, so the later items and the name after the archive note are read."""
    text = " ".join(_read("case11_party_cv_spaced.txt").split())
    st = structure_of_text(text)
    sig = st.signature
    assert sig is not None and (sig.levels, sig.title, sig.name) == (("T/M BAN THƯỜNG VỤ",), "PHÓ BÍ THƯ", "Lê Quang Vinh")
    items = [text[r.start:r.end] for r in st.recipients]
    assert items[:2] == ["- Như trên (t/h);", "- Thường trực Tỉnh ủy (để b/c);"] and len(items) == 3
    ext = extract(text)
    assert {c.number for c in ext.citations} == {"104-CTr/TU", "75-KL/TW", "31-CTr/TW"}
