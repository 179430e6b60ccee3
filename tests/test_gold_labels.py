"""The hand-written gold of ``bench/gold/*/`` keeps the labels' schema.

Why: an author's slip that shifts fields (a body in ``recurrence``, the task in
``who``) makes a right answer a miss and no one sees it in the aggregate;
authored18 held seven such rows until session 19. The vocabulary is the labels
README's (``../shared/realdocs/labeled/README.md``)."""

import datetime
import json
import pathlib

import pytest

GOLD = pathlib.Path(__file__).resolve().parents[1] / "bench" / "gold"
RECURRENCES = {None, "yearly", "monthly", "quarterly", "6-monthly", "weekly", "daily"}
FILES = sorted(GOLD.glob("*/*.labels.json"))
FOLDERS = sorted({p.parent for p in FILES})


def _iso(value):
    return value is None or bool(datetime.date.fromisoformat(value))


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_deadline_fields_hold_their_kind(folder):
    for path in sorted(folder.glob("*.labels.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        for row in labels.get("deadlines", []):
            assert row.get("recurrence") in RECURRENCES, (path.name, row.get("text"), row.get("recurrence"))
            for key in ("date", "earliest", "latest"):
                assert _iso(row.get(key)), (path.name, row.get("text"), key, row.get(key))


def test_there_is_gold_to_check():
    assert len(FILES) > 100
