"""One test fixture folder's plain texts and labels, each text extracted once per test process.

Why: the target and table tests of sessions 55–56 (tgt55, tgt56t, qc55, tbl56t) each carried the same three or four
helpers — extract ``<stem>.txt`` once and cache it, its JSON form, the ``<stem>.labels.json`` gold, the one label of a
given text — differing only in the folder name.
"""

from __future__ import annotations

import functools
import json
import pathlib

from vanban.extract import extract
from vanban.extract.report import extraction_to_json


class FixtureTexts:
    """``tests/fixtures/<folder>/<stem>.txt`` (the document's plain text) and ``<stem>.labels.json`` (its gold)."""

    def __init__(self, folder: str) -> None:
        self.dir = pathlib.Path(__file__).parent / "fixtures" / folder

    @functools.lru_cache(maxsize=None)
    def extraction(self, stem: str):
        """The :class:`vanban.models.Extraction` of the stem's text (cached per instance and stem)."""
        return extract((self.dir / f"{stem}.txt").read_text(encoding="utf-8"))

    @functools.lru_cache(maxsize=None)
    def as_json(self, stem: str) -> dict:
        """The extraction as ``vanban extract --format json`` gives it."""
        return extraction_to_json(self.extraction(stem))

    def gold(self, stem: str) -> dict:
        return json.loads((self.dir / f"{stem}.labels.json").read_text(encoding="utf-8"))

    def labelled(self, stem: str, field: str, text: str) -> dict:
        """The one gold entry of ``field`` whose text is ``text`` (fails when there is none or several)."""
        (label,) = [t for t in self.gold(stem)[field] if t["text"] == text]
        return label

    def targets(self, stem: str) -> list[tuple]:
        """(text, min, max, unit) of each target extracted."""
        return [(t.text, t.min, t.max, t.unit) for t in self.extraction(stem).targets]
