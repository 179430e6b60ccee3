"""A body's name read twice at a title (the title run into its first sentence) is kept once — unless the sentence hands
the task on to another body (``task_bodies.named_once``).

- 161/2025/QĐ-UBND: "Trách nhiệm của Sở Khoa học và Công nghệ | Sở Khoa học và Công nghệ là cơ quan …" → the Sở.
- a30-08-CV-BHXH (spent authored30): "3. Nhiệm vụ của BHXH tỉnh" / "BHXH tỉnh giao các Bảo hiểm xã hội cơ sở trực
  thuộc:" — the labels charge "Các Bảo hiểm xã hội cơ sở trực thuộc" (due 2027-10-10), not BHXH tỉnh; session 55's
  first named_once cut the sentence to "BHXH tỉnh" (allclean: authored30 obligations 0.957 → 0.949), caught at the end.

The fixture is the document as ``realdocs/md2plain.py`` writes it; the expected values are the labels'.
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.extract.task_bodies import named_once
from vanban.text import fold

_DIR = pathlib.Path(__file__).parent / "fixtures" / "named_once55"


def test_title_run_into_its_sentence_keeps_the_body_once():
    body = "Sở Khoa học và Công nghệ Sở Khoa học và Công nghệ là cơ quan quản lý, vận hành Hệ thống QLVB&ĐH của tỉnh"
    assert named_once(body) == "Sở Khoa học và Công nghệ"


def test_a_sentence_that_hands_the_task_on_stays_whole():
    body = "BHXH tỉnh BHXH tỉnh giao các Bảo hiểm xã hội cơ sở trực thuộc"
    assert named_once(body) == body


def test_a30_08_delegated_bodies_are_charged():
    obs = extract((_DIR / "a30-08-CV-BHXH.txt").read_text(encoding="utf-8")).obligations
    dated = {(fold(o.who), (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in obs}
    assert any("bao hiem xa hoi co so truc thuoc" in w and d == "2027-10-10" for w, d in dated), dated
    assert not any(w == "bhxh tinh" and d == "2027-10-10" for w, d in dated), dated
