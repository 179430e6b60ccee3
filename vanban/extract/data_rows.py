"""Rows of the extraction stage's data files (``*.tsv`` beside its modules).

Why: the words and known documents the grammars read are data apart from the code (``duty_words.tsv``,
``known_documents.tsv``, ``known_law_names.tsv``); each is read the same way — one row per line, columns separated
by a tab, blank lines and "#" comments skipped — so one reader serves them all.
"""

from __future__ import annotations

import pathlib

__all__ = ["tsv_rows"]


def tsv_rows(name: str, missing_ok: bool = False) -> list[tuple[str, str]]:
    """The first two tab-separated columns of every data row of ``vanban/extract/<name>``, as printed (not stripped).

    Raises OSError when the file is missing, unless ``missing_ok`` (then no rows)."""
    path = pathlib.Path(__file__).with_name(name)
    if missing_ok and not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        first, second = line.split("\t")[:2]
        rows.append((first, second))
    return rows
