"""Count syllable n-grams of accented text in one pass, in flat numpy arrays.

Why a module of its own: the model build (a tool) and the archive's learned
layer (run time, :func:`vanban.ocr.restore.lm.update_from_texts`) both count
n-grams; keeping the counting here lets ``lm`` import it without importing
the build script or the decoder (no import circle).

Memory: tokens are appended as int32 ids to ``array('i')`` (4 bytes each,
17 M news syllables ≈ 70 MB) instead of Python lists of ints; the counts are
``np.unique`` over packed int64 keys ``a*V+b`` and ``(a*V+b)*V+c`` (V < 2^16,
so a trigram key fits in 48 bits).
"""

from __future__ import annotations

from array import array
from typing import Iterable

import numpy as np

from .tokens import BOS, EOS, SPECIALS, UNK, clean_segments


class TokenStream:
    """Id-encoded, ``<s> <s> … </s>``-padded contexts of weighted texts.

    ``ids`` are provisional (first-seen order over every type) unless a
    fixed ``vocab`` is given, in which case unknown syllables become ``<unk>``.
    """

    def __init__(self, vocab: dict[str, int] | None = None):
        self.fixed = vocab is not None
        self.types: dict[str, int] = dict(vocab) if vocab is not None else {t: i for i, t in enumerate(SPECIALS)}
        self.ids = array("i")
        self.weights = array("H")
        self._unk = self.types[UNK]
        self._bos, self._eos = self.types[BOS], self.types[EOS]

    def add(self, text: str, weight: int = 1) -> None:
        types, ids, fixed = self.types, self.ids, self.fixed
        for seg in clean_segments(text):
            row = [self._bos, self._bos]
            for t in seg:
                i = types.get(t)
                if i is None:
                    if fixed:
                        i = self._unk
                    else:
                        i = types[t] = len(types)
                row.append(i)
            row.append(self._eos)
            ids.extend(row)
            self.weights.extend([weight] * len(row))

    def add_all(self, texts: Iterable[tuple[str, int]]) -> "TokenStream":
        for text, w in texts:
            self.add(text, w)
        return self


def ngram_counts(arr: np.ndarray, wts: np.ndarray, V: int, bos: int, eos: int):
    """(uni, (bi_keys, bi_counts), (tri_keys, tri_counts)) of a padded id stream.

    No n-gram spans two contexts: a bigram never ends in ``<s>``, a trigram
    never ends in ``<s>`` nor has ``</s>`` in its middle.
    """
    arr = np.asarray(arr, dtype=np.int64)
    wts = np.asarray(wts, dtype=np.int64)
    uni = np.bincount(arr, weights=wts, minlength=V).astype(np.int64)
    uni[bos] = 0
    a, b = arr[:-1], arr[1:]
    m = b != bos
    bi_keys, inv = np.unique(a[m] * V + b[m], return_inverse=True)
    bi_counts = np.bincount(inv, weights=wts[1:][m]).astype(np.int64)
    del inv
    a, b, c = arr[:-2], arr[1:-1], arr[2:]
    m = (c != bos) & (b != eos)
    tri_keys, inv = np.unique((a[m] * V + b[m]) * V + c[m], return_inverse=True)
    tri_counts = np.bincount(inv, weights=wts[2:][m]).astype(np.int64)
    return uni, (bi_keys, bi_counts), (tri_keys, tri_counts)


def count_with_vocab(texts: Iterable[tuple[str, int]], vocab: dict[str, int]):
    """Counts of ``texts`` under a fixed ``vocab`` (what the learned layer needs)."""
    ts = TokenStream(vocab).add_all(texts)
    V = len(vocab)
    return ngram_counts(np.frombuffer(ts.ids, np.int32), np.frombuffer(ts.weights, np.uint16), V,
                        vocab[BOS], vocab[EOS])
