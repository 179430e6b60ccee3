"""The structure stage owns the flat case: ``build_structure`` / ``structure_of_text`` of a flat text
(paragraphs one newline apart) read it with a blank line at each paragraph break and hand back a
Structure whose every span (header parts, title, addressees, căn cứ, body items, tables and their
cells, signature, Nơi nhận, appendices) points into the text AS GIVEN, plus the breaks read
(``Structure.breaks``). extract() and the conveyor decide nothing about flatness: the text is
judged flat once, by the structure stage.

Texts: the plain text of tuning-set documents in tests/fixtures (collapsed to flat form, as
bench/flat_diff.py does) and the stacked task table written for tests/test_flat_text.py.
"""

from __future__ import annotations

import dataclasses
import pathlib
import re

import pytest

import vanban.structure as S
import vanban.structure.paragraphs as P
from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text
from vanban.structure.lines import pages_of_text
from vanban.structure.paragraphs import spread
from vanban.structure.spread import Spread

FIX = pathlib.Path(__file__).parent / "fixtures"
DOCS = [FIX / "realdocs" / "141-KH-UBND.txt", FIX / "realdocs" / "223-CD-TTg.txt",
        FIX / "realdocs" / "guidance" / "45-HD-BTCTW.txt"]


def flat(text: str) -> str:
    return re.sub(r"\n\s*\n+", "\n", text)


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _spans(obj, path="st"):
    """(path, start, end) of every offset-carrying dataclass inside ``obj``."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end"} <= names:
            yield path, obj.start, obj.end
        for f in dataclasses.fields(obj):
            yield from _spans(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, (tuple, list)):
        for i, x in enumerate(obj):
            yield from _spans(x, f"{path}[{i}]")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_flat_structure_spans_point_into_the_given_text(path):
    text = flat(path.read_text(encoding="utf-8"))
    st = structure_of_text(text)
    wide = spread(text)
    assert st.breaks == wide.breaks and st.breaks  # the breaks read, as offsets into the given text
    assert Spread.at(text, st.breaks).text == wide.text  # … write the same spread text back
    inner = S._text_structure(wide.text)  # the same structure, offsets into the spread text
    got, want = list(_spans(st)), list(_spans(inner))
    assert [p for p, *_ in got] == [p for p, *_ in want] and len(got) > 20
    for (where, a, b), (_, wa, wb) in zip(got, want):
        assert 0 <= a <= b <= len(text), where
        assert _ws(text[a:b]) == _ws(wide.text[wa:wb]), where  # the same words, blank lines aside
    assert (st.title, st.type, st.header.number, st.header.issuer) == (inner.title, inner.type, inner.header.number, inner.header.issuer)
    assert text[st.body_start:st.body_end].strip() and st.body_end <= len(text)


def test_build_structure_of_pages_reads_flat_text_as_structure_of_text():
    text = flat(DOCS[0].read_text(encoding="utf-8"))
    assert build_structure(pages_of_text(text)) == structure_of_text(text)


def test_text_with_blank_lines_and_geometry_keep_no_breaks():
    text = DOCS[0].read_text(encoding="utf-8")
    assert structure_of_text(text).breaks == ()
    # a flat text with geometry (DOCX, PDF, OCR lines) is read as it is
    from vanban.models import LineGeometry
    ftext = flat(text)
    page = Page(number=1, method="docx", raw_text=ftext, text=ftext,
                lines=tuple(LineGeometry() for _ in ftext.split("\n")))
    assert build_structure([page]).breaks == ()


def test_extract_reads_the_structures_breaks_and_keeps_its_offsets():
    """extract() of a flat text given its Structure: the same facts as without one, the Structure
    handed back as given (offsets into the given text)."""
    text = flat(DOCS[1].read_text(encoding="utf-8"))
    st = structure_of_text(text)
    a, b = extract(text, structure=st), extract(text)
    assert a == b and a.structure == st
    assert a.obligations and all(0 <= o.span.start < o.span.end <= len(text) for o in a.obligations if o.span)


def test_flat_text_is_judged_once_through_the_conveyor(tmp_path, monkeypatch):
    calls = []
    real = S.is_flat
    counted = lambda t: calls.append(len(t)) or real(t)  # noqa: E731
    monkeypatch.setattr(S, "is_flat", counted)
    monkeypatch.setattr(P, "is_flat", counted)
    path = tmp_path / "45-HD-BTCTW.txt"
    path.write_text(flat(DOCS[2].read_text(encoding="utf-8")), encoding="utf-8")
    ext = process_file(path, jobs=1).extraction
    assert len(calls) == 1 and ext.structure.breaks and len(ext.obligations) >= 5


def test_spread_at_inverts_breaks_and_ahead_keeps_line_starts():
    given = "MỘT\nHAI\nBA\n\fBỐN"
    wide = Spread.at(given, (4, 4, 8))
    assert wide.text == "MỘT\n\n\nHAI\n\nBA\n\fBỐN" and wide.breaks == (4, 4, 8)
    assert all(wide.back(wide.ahead(j)) == j for j in range(len(given) + 1))
    assert wide.text[wide.ahead(4):].startswith("HAI") and wide.text[wide.ahead(8):].startswith("BA")
    assert Spread.at(given, ()).remap(given) == given and Spread.at(given, ()).text == given
