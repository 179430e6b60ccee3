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

__all__ = ["in_vietnamese", "said_in", "warning_in_vietnamese", "word_table"]

_TABLE = Path(__file__).with_name("refusal_words.tsv")


@lru_cache(maxsize=4)
def word_table(path: Path) -> tuple[tuple[tuple[re.Pattern, str], ...], dict[str, str]]:
    """A table of English patterns and their Vietnamese (``refusal_words.tsv``, ``warning_words.tsv``): its rules in
    order and its names (lines "name TAB English TAB Vietnamese")."""
    rules, names = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "name":
            names[cells[1]] = cells[2]
        else:
            rules.append((re.compile(cells[0]), cells[1]))
    return tuple(rules), names


def _table() -> tuple[tuple[tuple[re.Pattern, str], ...], dict[str, str]]:
    return word_table(_TABLE)


def said_in(table: Path, text: str) -> str | None:
    """``text`` as the first rule of ``table`` that matches it whole says it ({1}, {2}… its groups, a group the
    table names said by its name); None when no rule matches."""
    rules, names = word_table(table)
    for pattern, words in rules:
        m = pattern.fullmatch(text)
        if m:
            return re.sub(r"\{(\d)\}", lambda g: names.get(m.group(int(g.group(1))), m.group(int(g.group(1)))), words)
    return None


_WARNINGS = Path(__file__).with_name("warning_words.tsv")


def warning_in_vietnamese(note: str) -> str:
    """A document's note (``documents.warnings``, one line) as the Vietnamese document page says it: the English the
    extraction and ingest write (their JSON and warning lines keep it) had the page's "Cần kiểm tra" in English (a
    newcomer, session 44). A note the table does not know is shown as written."""
    return said_in(_WARNINGS, note) or note


def _rules() -> tuple[tuple[re.Pattern, str], ...]:
    return _table()[0]


def in_vietnamese(reason: str | None) -> str | None:
    """The refusal ``reason`` as the Vietnamese page says it; a "name: reason" keeps its name."""
    if not reason:
        return reason
    name, sep, rest = reason.partition(": ")
    if sep and name and not any(r.fullmatch(reason) for r, _ in _rules()) and any(r.fullmatch(rest) for r, _ in _rules()):
        return f"{name}: {in_vietnamese(rest)}"
    return said_in(_TABLE, reason) or f"không đọc được tệp ({reason})"
