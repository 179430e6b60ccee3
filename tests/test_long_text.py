"""Very long pages: a whole legacy .txt file is one page, and may be one line.

Restoration's memory grows with the text decoded at once (1 MB of unaccented
text took 2 GB), so ``vanban.ocr.correct`` restores a page longer than
``PIECE_CHARS`` in pieces. Material: the real legacy-OCR seeds and their hand
transcriptions (tests/fixtures/seeds). Speed figures live in ``bench/speed.py``.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

import vanban.ocr.correct as correct
from vanban.conveyor import ingest
from vanban.text import normalize

from test_restore import SEEDS_FLOOR, syllable_accuracy

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def one_line(kind: str) -> str:
    """Both seeds' ``kind`` ("ocr" or "gold") text as a single line."""
    return " ".join((SEEDS / f"13-KH-DU.{kind}.txt").read_text(encoding="utf-8").split()
                    + (SEEDS / f"24-KH-DU.{kind}.txt").read_text(encoding="utf-8").split())


def strip_marks(text: str) -> str:
    """``text`` as a legacy engine without Vietnamese wrote it: no marks, đ → d."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def test_pieces_join_back_and_end_at_break_points():
    text = one_line("ocr")
    parts = list(correct.pieces(text, 3000))
    assert len(parts) > 3
    assert "".join(p for _, p in parts) == text
    for (offset, piece), (next_offset, _) in zip(parts, parts[1:]):
        assert next_offset == offset + len(piece)
        assert len(piece) <= 3000
        assert piece[-1].isspace()  # never inside a token
    # a line break is the first choice, however short the piece gets past half the window
    lines = "\n".join(["Dang uy phuong " * 10] * 40)
    assert all(p.endswith("\n") for _, p in list(correct.pieces(lines, 1000))[:-1])
    # a text without any space stays whole rather than be cut inside a token
    assert list(correct.pieces("x" * 5000, 1000)) == [(0, "x" * 5000)]


def test_long_one_line_page_restored_in_pieces(monkeypatch):
    """The seeds' real legacy OCR as one line, restored in ~3,000-character pieces:
    as accurate as whole (measured 97.04% in pieces, 97.01% whole), offsets intact."""
    raw = one_line("ocr")
    monkeypatch.setattr(correct, "PIECE_CHARS", 3000)
    restored = correct.correct_text(raw, "txt")
    assert syllable_accuracy(one_line("gold"), restored.text) >= SEEDS_FLOOR
    text = normalize(raw)
    assert restored.tokens and all(text[t.start:t.end] == t.source for t in restored.tokens)
    assert restored.tokens[-1].start > 15000  # the last piece's tokens, shifted to the page


def test_short_page_restored_whole_as_before(monkeypatch):
    raw = (SEEDS / "24-KH-DU.ocr.txt").read_text(encoding="utf-8")
    page, mode = correct.prepared(raw, "txt")  # the one-for-one passes ingest runs first
    assert mode == "restore"
    before = correct.restore(correct.legacy_glyphs(page), "restore")  # the glyph rules first, as ingest does
    before = correct._tokens_on(before, normalize(correct.legacy_glyphs(page)), normalize(page))
    assert correct.correct_text(raw, "txt") == before


def test_one_line_legacy_file_ingests(tmp_path):
    """A one-line unaccented text file past PIECE_CHARS goes through the real conveyor."""
    gold = " ".join([one_line("gold")] * 7)  # ~113,000 characters
    assert len(gold) > correct.PIECE_CHARS and "\n" not in gold
    path = tmp_path / "mot_dong.txt"
    path.write_text(strip_marks(gold), encoding="utf-8")
    db = tmp_path / "archive.db"
    report = ingest([str(path)], str(db), jobs=1)
    assert (report.stored, report.failed) == (1, 0)
    with sqlite3.connect(db) as conn:
        (text,), = conn.execute("select text from pages").fetchall()
    assert syllable_accuracy(gold, text) >= SEEDS_FLOOR  # measured 98.9% on 6 copies


def test_vanban_restore_command_restores_long_input_in_pieces(monkeypatch, tmp_path):
    """Found by a newcomer: `vanban restore` of a 2 MB one-line file took 2.9 GB,
    because the command restored the whole text at once."""
    from click.testing import CliRunner

    from vanban.cli import cli

    seen: list[int] = []
    real = correct._restore
    monkeypatch.setattr(correct, "PIECE_CHARS", 3000)
    monkeypatch.setattr(correct, "_restore", lambda raw, mode: seen.append(len(raw)) or real(raw, mode))
    line = one_line("ocr")[:9000]
    src = tmp_path / "one-line.txt"
    src.write_text(line, encoding="utf-8")
    done = CliRunner().invoke(cli, ["restore", str(src)])
    assert done.exit_code == 0, done.output
    assert len(seen) >= 3 and max(seen) <= 3000
    assert "Dân vận khéo" in done.output and "\n" not in done.output.strip()
