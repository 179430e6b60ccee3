"""The plan's task sentences no checklist row covers (:func:`vanban.export.plan_tasks.plan_task_rows`) cost work in
proportion to the sentences plus the rows, not their product.

Found in session 45 on a long plan's document page (136 KB, 344 rows, 229 task sentences): each sentence folded every
row's task and source again (78,000 foldings, most of the page's seconds; the site's other requests waited behind
it). Each row is now folded once per plan. Counted here (not timed), with real parts: an outline's tasks part and
checklist rows."""

from __future__ import annotations

import vanban.export.plan_tasks as plan_tasks
from vanban.export.plan_places import PlanPlaces
from vanban.extract.checklist import ChecklistItem

SENTENCES, ROWS = 12, 30


def _row(what):
    return ChecklistItem(who="Phòng Nội vụ", what=what, deadline=None, date=None, earliest=None, latest=None,
                         recurrence=None, targets=None, source=what, start=None, end=None)


def test_each_row_is_folded_once_not_once_per_sentence(monkeypatch):
    head = "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    text = head + "".join(f"Xây dựng quy chế phối hợp số {k} giữa các phòng chuyên môn của huyện. "
                          for k in range(SENTENCES)) + "\n"
    places = PlanPlaces({"body": {"parts": [{"label": "II", "heading": "NHIỆM VỤ VÀ GIẢI PHÁP", "start": 0,
                                             "end": len(text)}]}}, text)
    rows = [_row(f"Kiểm tra hồ sơ đất đai tại thôn {k} trước mùa mưa bão") for k in range(ROWS)]
    calls = {"key": 0}
    key = plan_tasks._key

    def counted(s):
        calls["key"] += 1
        return key(s)

    monkeypatch.setattr(plan_tasks, "_key", counted)
    new = plan_tasks.plan_task_rows(rows, places, [])
    assert len(new) == SENTENCES  # no row covers them: each sentence a row of its own
    assert calls["key"] <= 2 * ROWS + 3 * SENTENCES  # was about 2 × ROWS × SENTENCES
