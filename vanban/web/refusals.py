"""Why a file was refused, in Vietnamese, for the upload pages (a newcomer saw
"unsupported file type '.exe'" on the Vietnamese page).

The reasons stay English where they are made (``vanban.ingest``, the conveyor,
the CLI and ``ingest_errors``); the upload form and its progress page say them
through the table ``refusal_words.tsv`` (English pattern → Vietnamese), data
apart from code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["in_vietnamese"]

_TABLE = Path(__file__).with_name("refusal_words.tsv")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[re.Pattern, str], ...], dict[str, str]]:
    rules, names = [], {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "name":
            names[cells[1]] = cells[2]
        else:
            rules.append((re.compile(cells[0]), cells[1]))
    return tuple(rules), names


def _rules() -> tuple[tuple[re.Pattern, str], ...]:
    return _table()[0]


def in_vietnamese(reason: str | None) -> str | None:
    """The refusal ``reason`` as the Vietnamese page says it; a "name: reason" keeps its name."""
    if not reason:
        return reason
    name, sep, rest = reason.partition(": ")
    if sep and name and not any(r.fullmatch(reason) for r, _ in _rules()) and any(r.fullmatch(rest) for r, _ in _rules()):
        return f"{name}: {in_vietnamese(rest)}"
    for pattern, words in _rules():
        m = pattern.fullmatch(reason)
        if m:
            names = _table()[1]
            return re.sub(r"\{(\d)\}", lambda g: names.get(m.group(int(g.group(1))), m.group(int(g.group(1)))), words)
    return f"không đọc được tệp ({reason})"
