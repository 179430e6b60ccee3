"""One very long sentence citing many documents costs linear work, and the same answers.

Found by a reviewer: a 200 KB line that is one sentence of repeated citations ("Căn cứ Luật Đầu tư
Căn cứ Luật Đầu tư …") took 103 s in ``extract()`` (50 KB: 5.8 s): for each citation
``find_citations`` cleaned the whole sentence for its span, ``sentence_bounds`` scanned it to its end,
``_relation`` searched the Căn cứ clause from its start and ``_named`` checked every span taken so far.
Work is counted (characters cleaned and scanned for sentence ends), not timed; the memos are compared
with the scans they spare.
"""

from __future__ import annotations

import random

import vanban.extract.citations as citations
import vanban.extract.sections as sections
from vanban.extract import extract
from vanban.extract.folded import Folded
from vanban.extract.sections import SpanSet, sentence_bounds

CLAUSE = "Căn cứ Luật Đầu tư "


def test_a_200_kb_sentence_of_citations_costs_linear_work(monkeypatch):
    text = CLAUSE * (200_000 // len(CLAUSE))
    work = [0, 0]  # characters cleaned, characters scanned for sentence ends
    clean, boundaries = citations.clean_quote, sections._boundaries

    def counted_clean(s):
        work[0] += len(s)
        return clean(s)

    def counted_boundaries(t, lo, hi):
        work[1] += hi - lo
        return boundaries(t, lo, hi)

    monkeypatch.setattr(citations, "clean_quote", counted_clean)
    monkeypatch.setattr(sections, "_boundaries", counted_boundaries)
    cites = extract(text).citations
    assert [(c.type, c.name, c.relation) for c in cites] == [("Luật", "Luật Đầu tư", "can_cu")]
    assert cites[0].span.sentence == text.strip()  # the whole sentence, as for a short one
    # before the memos: ~10,500 citations × 200 KB each (2·10⁹ characters, ~10,500 per character of the text);
    # now the sentence is cleaned once, and a sentence's start is looked for within 3,400 characters of a citation
    assert work[0] < 5 * len(text), work
    assert work[1] < 250 * len(text), work


def test_many_numbered_citations_in_one_sentence_each_found():
    text = "".join(f"Căn cứ Nghị định số {i}/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, " for i in range(1, 201))
    cites = extract(text).citations
    assert [c.number for c in cites] == [f"{i}/2020/NĐ-CP" for i in range(1, 201)]
    assert {c.date for c in cites} == {"2020-03-05"} and {c.relation for c in cites} == {"can_cu"}


def test_sentence_ends_remembered_answer_like_the_scan():
    rng = random.Random(7)
    pieces = ["Căn cứ Luật Đầu tư", "; ", ". ", ".\n", "\n\n", "\n- ", ", ", " số 12/2020/NĐ-CP", " về việc",
              "\nI. NHIỆM VỤ\n", ";\n", "3.1. Trong ", " năm 2026.\n2. Ban ", " (x). Y"]
    text = "".join(rng.choice(pieces) for _ in range(400))
    f = Folded.of(text)
    for order in (range(len(text)), rng.sample(range(len(text)), len(text))):
        ends: dict = {}
        for pos in order:
            for lo, hi in ((0, len(text)), (0, len(text) // 2 + 1)):
                if pos < hi:
                    assert sentence_bounds(f, pos, lo, hi, ends) == sentence_bounds(f, pos, lo, hi), pos


def test_a_growing_span_set_covers_like_the_scan():
    rng = random.Random(3)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 6)) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        busy = SpanSet(spans[:3])
        for a, b in spans[3:]:
            busy.add(a, b)
        for pos in range(-2, 70):
            assert busy.covers(pos) == any(a <= pos < b for a, b in spans), (spans, pos)


def test_topic_marks_remembered_answer_like_the_search():
    text = 'Căn cứ Luật Đầu tư; Nghị định số 1/2020/NĐ-CP về đầu tư; Quyết định "X" số 2/QĐ-TTg; Luật Đất đai ' * 3
    f = Folded.of(text)
    lay = sections.Layout(basis_clauses=[(0, 60), (60, 180), (200, len(text))])
    topics: dict = {}
    answers = [citations._relation(lay, f, pos, topics) for pos in range(len(text))]
    assert answers == [citations._relation(lay, f, pos) for pos in range(len(text))]
    assert {"can_cu", "mentions"} <= set(answers)
