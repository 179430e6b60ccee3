"""The paragraphs under the last item of a part when that item is a heading are its body (session-42 newcomer).

A plan numbered "1. … ⏎ 2. … ⏎ 3. Tổ chức thực hiện" with one task a line under the last heading (a legacy TCVN3
text: no blank lines, no dashes) gave the checklist "3 (1)", "2", "3 (2)" and "tr. 1": the second and third lines
stood as paragraphs of their own after item 3. A sentence item's closing words stay the part's own
(tests/test_checklist_continued_paragraph.py)."""

from __future__ import annotations

from vanban.outline import continued


def test_closing_words_after_a_sentence_item_stay_the_parts():
    parts = [{"kind": "item", "label": "1.", "start": 0, "end": 10},
             {"kind": "item", "label": "2.", "start": 11, "end": 20},
             {"kind": "paragraph", "start": 21, "end": 30}]
    assert continued(parts) == parts
    headed = [parts[0], {**parts[1], "heading": "Tổ chức thực hiện"}, parts[2]]
    assert [(d.get("label"), d["end"]) for d in continued(headed)] == [("1.", 10), ("2.", 30)]


def test_every_line_under_the_heading_to_the_end():
    parts = [{"kind": "item", "label": "3.", "heading": "Tổ chức thực hiện", "start": 0, "end": 90},
             {"kind": "paragraph", "start": 91, "end": 180}, {"kind": "paragraph", "start": 181, "end": 250}]
    (item,) = continued(parts)
    assert item["end"] == 250 and len(item["children"]) == 2
    assert continued(continued(parts)) == continued(parts)  # idempotent: a stored outline read again
