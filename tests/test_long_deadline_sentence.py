"""One very long sentence of dated tasks costs linear work and bounded output.

Found by a newcomer (session 17): a plan on one line without a full stop ("Các thôn báo cáo kết quả trước ngày
15/12/2027, Các thôn báo cáo …", 120 KB) took 43 s and 1.4 GB in ``vanban ingest`` and printed 240 MB of JSON, a
2.4 MB one >10 min and 4.5 GB: each of its deadlines quoted the whole sentence (``clean_quote(f.original[s0:s1])``),
looked for the sentence's end from its date to the end of the line, and copied the whole line to ask whether it was
a heading. Work and sizes are counted, not timed (speed: ``bench/long_text.py --form oneline``).
"""

from __future__ import annotations

import json

import vanban.extract.deadlines as deadlines
import vanban.extract.folded as folded
from vanban.extract import extract
from vanban.extract.folded import QUOTE_MARGIN, QUOTE_PIECE, QUOTE_WHOLE, sentence_quote
from vanban.extract.report import extraction_to_json

DATED = "Các thôn báo cáo kết quả trước ngày 15/12/2027, "
YEARLY = "các chi bộ gửi báo cáo trước ngày 20 tháng 11 hằng năm, "


def one_line(size: int) -> str:
    unit = DATED + YEARLY
    return "ỦY BAN NHÂN DÂN XÃ TÂN LẬP Số: 12/KH-UBND " + unit * (size // len(unit.encode()))


def test_a_200_kb_sentence_of_deadlines_costs_linear_work_and_bounded_output(monkeypatch):
    text = one_line(200_000)
    pairs = text.count(DATED)
    cleaned = [0]
    clean = folded.clean_quote

    def counted_clean(s):
        cleaned[0] += len(s)
        return clean(s)

    monkeypatch.setattr(folded, "clean_quote", counted_clean)
    monkeypatch.setattr(deadlines, "clean_quote", counted_clean)
    ex = extract(text)
    dated = [d for d in ex.deadlines if d.date == "2027-12-15"]
    yearly = [d for d in ex.deadlines if d.recurrence and "BYMONTH=11" in d.recurrence]
    assert len(dated) == pairs and len(yearly) == pairs  # every date read, as in a short sentence
    assert all(d.text == "trước ngày 15/12/2027" for d in dated)
    assert all(d.what == "báo cáo kết quả" and d.who == "Các thôn" for d in dated[1:])
    # each quote reaches a bounded way around its match: before, every one held all 200 KB
    longest = max(len(d.span.sentence) for d in ex.deadlines)
    assert longest <= QUOTE_PIECE + 2 * QUOTE_MARGIN + 60, longest
    assert max(len(d.what or "") for d in ex.deadlines) <= 420
    out = extraction_to_json(ex)
    size = len(json.dumps(out, ensure_ascii=False).encode())
    # each record bounded: a deadline, and an obligation row (one per task with its own date since session 18, its
    # deadline inside it) at most twice that
    records = len(ex.deadlines) + 2 * len(out["obligations"])
    assert size < 1_500 * records + 5 * len(text.encode()), size  # 240 MB for 120 KB before
    # characters cleaned for quotes and tasks: bounded a deadline (before: ~5,000 × 160 KB, the whole line each)
    assert cleaned[0] < 1_000 * len(ex.deadlines), cleaned


def test_a_short_sentence_is_quoted_whole_and_a_long_one_by_its_piece():
    text = "Ủy ban nhân dân xã báo cáo trước ngày 15/12/2027."
    at = text.index("trước")
    assert sentence_quote(text, 0, len(text), at, at + 21) == text
    long = "lời " * 300 + "báo cáo trước ngày 15/12/2027 và trước ngày 20/12/2027 " + "thêm " * 300
    assert len(long) > QUOTE_WHOLE
    a, b = long.index("trước ngày 15"), long.index("trước ngày 20")
    quote = sentence_quote(long, 0, len(long), a, a + 21)
    assert quote.startswith("… lời") and quote.endswith("thêm …") and "báo cáo trước ngày 15/12/2027" in quote
    assert len(quote) <= QUOTE_PIECE + 2 * QUOTE_MARGIN + 4
    assert sentence_quote(long, 0, len(long), b, b + 21) == quote  # two dates of one piece: one sentence
