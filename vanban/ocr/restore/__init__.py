"""Diacritic restoration and post-OCR correction of Vietnamese text.

Public API::

    restore(text, mode="restore") -> Restoration   # diacritics lost (legacy OCR, eng OCR)
    restore(text, mode="correct") -> Restoration   # accented OCR, conservative
    restore_many(texts, mode=...) -> list[Restoration]  # many independent texts, one pass
    update_from_texts(texts, out_path) -> dict     # archive adaptation layer
    set_user_layer(path)                           # use that layer in this process
    warm_restorer()                                # start loading the model in a thread

The model (``data/lm.bin``, built by ``build_lm.py``) is loaded once per
process on first use. ``$VANBAN_LM`` overrides the base model path and
``$VANBAN_LM_USER`` names an adaptation layer to load with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from vanban.models import Restoration

from .decode import gc_paused, get_restorer, model_path, set_user_layer, warm_restorer
from .lm import update_from_texts as _update
from .units import keep_units

#: texts, and characters, whose first passes :func:`restore_many` builds as one lattice: the
#: shared calls' gain levels off past ~64 news lines (1,000 held-out lines in chunks of 8:
#: 1.5 s, 32: 1.4 s, 64-128: 1.2 s, one per call 2.2-2.4 s) and a chunk's arrays stay small
BATCH_TEXTS = 128
BATCH_CHARS = 50_000

__all__ = ["restore", "restore_many", "update_from_texts", "set_user_layer", "model_path", "user_layer_default_path", "warm_restorer"]


def restore(text: str, mode: str = "restore") -> Restoration:
    """Restored text plus per-token choices (see :class:`vanban.models.TokenChoice`);
    units of measure in table cells keep their unit reading (:mod:`.units`). The cyclic
    garbage collector is paused for the call, the unit pass included (:func:`.decode.gc_paused`:
    else the first collection after the restorer's part falls in it, over every record of
    the restoration it is reading)."""
    if mode not in ("restore", "correct"):
        raise ValueError(f"unknown restoration mode {mode!r}")
    return gc_paused(_restore_with_units, text, mode)


def _restore_with_units(text: str, mode: str) -> Restoration:
    return keep_units(text, get_restorer()._restore(text, mode))


def user_layer_default_path(db_path: str | Path) -> Path:
    """Where ``vanban lm learn --db X`` keeps the layer: next to the archive."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".lm-user.npz")


def update_from_texts(texts: Iterable[str], out_path: str | Path) -> dict:
    """Add n-gram counts of well-accented ``texts`` to the layer at ``out_path``."""
    return _update(texts, out_path, get_restorer().lm)


def restore_many(texts: Sequence[str], mode: str = "restore") -> list[Restoration]:
    """``[restore(t, mode) for t in texts]``, the same output text for text, in less time
    for many short texts: their first-pass lattices are built as one
    (:meth:`.decode.Restorer._restore_many`: one set of LM look-ups instead of one per
    text); each text's document cache and second pass stay its own. For independent texts
    (lines of a list, headlines, table cells) — a document is ONE text."""
    if mode not in ("restore", "correct"):
        raise ValueError(f"unknown restoration mode {mode!r}")
    texts = list(texts)
    return gc_paused(_restore_many_with_units, texts, mode)


def _restore_many_with_units(texts: list[str], mode: str) -> list[Restoration]:
    restorer = get_restorer()
    out: list[Restoration] = []
    for chunk in _chunks(texts):
        out += [keep_units(t, r) for t, r in zip(chunk, restorer._restore_many(chunk, mode))]
    return out


def _chunks(texts: list[str]) -> Iterable[list[str]]:
    """``texts`` in order, cut every :data:`BATCH_TEXTS` texts or past :data:`BATCH_CHARS` characters."""
    chunk: list[str] = []
    size = 0
    for t in texts:
        chunk.append(t)
        size += len(t)
        if len(chunk) >= BATCH_TEXTS or size >= BATCH_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
