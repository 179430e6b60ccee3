"""The candidate table: restore-mode candidate rankings computed when the model is built.

Why: the OCR-channel search (:meth:`.candidates.CandidateGenerator._rank`: up to two
confusion rewrites, then edit-distance neighbours) costs 50-170 µs per distinct
token, and a legacy-OCR page brings a few hundred distinct tokens the process
has not seen yet: the bulk of what its first page costs over a later one. Most
of them are the same few thousand forms on every page — valid syllables,
their mark-free keys and the garbles OCR makes of common syllables ("tiép",
"m6t") — so ``build_candidates.py`` ranks those once and stores the result here;
a lookup then costs a dict hit.

File ``data/candidates.npz`` (``numpy.savez``, uncompressed):

* ``fingerprint`` — sha1 (hex) of everything a ranking depends on
  (:func:`fingerprint`: the model's vocabulary, validity flags and unigram
  frequencies; ``candidates.py``; the confusion rules and token statistics;
  what folding and syllable splitting make of every letter). A table whose fingerprint differs
  from the running code's is ignored (rankings are computed as without it):
  the table can make restoration slower when stale, never different;
* ``tokens`` — UTF-8 bytes of the lower-cased tokens, ``\\n``-separated;
* ``offsets`` (uint32, one more than tokens) into ``ids`` (uint16, LM ids of the
  ranked forms, in rank order) and ``cost_codes`` (uint16) into ``cost_values``
  (float64, the channel costs exactly as computed); a code's top bit
  (:data:`DROPPED`) marks a reading restore mode leaves out below its frequency floor
  (:meth:`.candidates.CandidateGenerator.keep_flags`; files of format 1, without
  ``format``, have no such bit and are not loaded);
* ``format`` — :data:`FORMAT`; ``static_range`` — the ``candidates.STATIC_RANGE`` the
  DROPPED bits stand for (a generator running with another one selects from the whole
  ranking, :meth:`.candidates.CandidateGenerator.entry`);
* ``caps`` (uint8, one per token; optional, absent: all 0) — 1 where the ranking
  is also that of the token written in capitals. A short word in capitals that
  spells no key ("S6", "T6", "DAK") may be an abbreviation, which gets no fuzzy
  neighbours (:meth:`.candidates.CandidateGenerator._rank`); for most such tokens
  no neighbour was searched anyway, and the table serves them too.
"""

from __future__ import annotations

import hashlib
import sys
from bisect import bisect_left
from pathlib import Path

import numpy as np

from vanban import text as _text

from . import candidates, confusions

DEFAULT_PATH = Path(__file__).with_name("data") / "candidates.npz"
FORMAT = 2  # 2: cost codes carry the DROPPED bit
#: top bit of a cost code: the reading is below the token's restore-mode frequency floor
DROPPED = 0x8000


#: every letter Vietnamese writes, in both cases, with each tone (and what OCR adds): folding
#: and syllable splitting are fingerprinted by what they make of these
_PROBE_LETTERS = "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐbcdghklmnpqrstvxBCDGHKLMNPQRSTVX&@€¢éöóòøüİ"
_PROBE_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_PROBE_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def fingerprint(inv: "candidates.Inventory") -> str:
    """sha1 (hex) of what a restore-mode ranking depends on, for the model of ``inv``.

    The model's vocabulary, validity flags and unigram frequencies; ``candidates.py``
    (the search, its constants); the confusion rules, token statistics and letter
    rules; what :func:`vanban.text.fold` and :func:`vanban.text.split_syllable` make
    of every letter with every tone (their behaviour, not their source, so an
    unrelated edit of ``vanban/text.py`` keeps the table); rapidfuzz's version
    (its order of ties). Sets are hashed sorted (their iteration order changes
    from one process to the next). About 5 ms, once per load."""
    lm = inv.lm
    h = hashlib.sha1()
    h.update("\n".join(lm.words).encode("utf-8"))
    h.update(np.ascontiguousarray(lm.valid, np.uint8).tobytes())
    h.update(np.ascontiguousarray(lm.uni_freq, np.float32).tobytes())
    h.update(Path(candidates.__file__).read_bytes())
    rules = sorted((sub, tuple((rep, cost, anchored, "".join(sorted(need)) if need else None)
                               for rep, cost, anchored, need in rs))
                   for sub, rs in confusions.rules().items())
    h.update(repr(rules).encode("utf-8"))
    h.update(repr(sorted(confusions.token_counts().items())).encode("utf-8"))
    h.update(repr((confusions.VIE_LETTER_RULES, confusions.HAT_MISS, confusions.TOKEN_PAIRS,
                   sorted(tuple(sorted(v)) for v in confusions.SPELLING_VARIANTS))).encode("utf-8"))
    probe = [ch + tone for ch in _PROBE_LETTERS for tone in _PROBE_TONES]
    h.update(_text.fold(" ".join(probe)).encode("utf-8"))
    h.update(repr([_text.split_syllable(x) for x in probe if x[0] in _PROBE_VOWELS]).encode("utf-8"))
    import rapidfuzz  # noqa: PLC0415  (neighbour search: its order of ties)

    h.update(rapidfuzz.__version__.encode())
    h.update(f"format {FORMAT}".encode())
    return h.hexdigest()


class CandidateTable:
    """Lower-cased token → (LM ids, channel costs) of its restore-mode ranking.

    The arrays stay as loaded (numpy); a lookup is a binary search of the sorted
    tokens and two slices — no dict or Python lists of 400 k entries built at load
    (that was 70 ms of a 110 ms load, paid by every process that restores a page)."""

    def __init__(self, tokens: list[str], offsets: np.ndarray, ids: np.ndarray, cost_codes: np.ndarray,
                 cost_values: np.ndarray, caps: np.ndarray | None = None, static_range: float | None = None):
        #: the frequency floor's range the DROPPED bits stand for (None: unknown)
        self.static_range = static_range
        self._tokens, self._n = tokens, len(tokens)
        self._off, self._ids, self._codes, self._values = offsets, ids, cost_codes, cost_values
        self._caps = np.zeros(len(tokens), np.uint8) if caps is None else caps
        # the look-up of a page's first sight of a token reads these (memoryviews: a slice and
        # its ``tolist`` cost a fraction of numpy's per-call overhead on ten values)
        self._mv_off, self._mv_ids = memoryview(np.ascontiguousarray(offsets)), memoryview(np.ascontiguousarray(ids))
        self._mv_codes, self._mv_caps = memoryview(np.ascontiguousarray(cost_codes)), memoryview(self._caps)
        self._value_list = cost_values.tolist()

    def __len__(self) -> int:
        return self._n

    def __contains__(self, low: str) -> bool:
        r = bisect_left(self._tokens, low)
        return r < self._n and self._tokens[r] == low

    def tokens(self) -> list[str]:
        return list(self._tokens)

    def get(self, low: str, caps: bool = False) -> tuple[list[int], list[float]] | None:
        """The ranking of ``low`` (LM ids, costs), or None when the table lacks it.
        ``caps``: the token is a short word in capitals spelling no key (a possible
        abbreviation): only a ranking marked as holding for it too is given."""
        r = bisect_left(self._tokens, low)
        if r >= self._n or self._tokens[r] != low or (caps and not self._caps[r]):
            return None
        a, b = int(self._off[r]), int(self._off[r + 1])
        return self._ids[a:b].tolist(), self._values[self._codes[a:b] & (DROPPED - 1)].tolist()

    def get_kept(self, low: str, caps: bool = False) -> tuple[list[int], list[float]] | None:
        """:meth:`get` without the readings marked :data:`DROPPED` (what restore mode keeps
        when no archive layer is loaded), as fresh lists."""
        tokens = self._tokens
        r = bisect_left(tokens, low)
        if r >= self._n or tokens[r] != low or (caps and not self._mv_caps[r]):
            return None
        off = self._mv_off
        a, b = off[r], off[r + 1]
        codes = self._mv_codes[a:b].tolist()
        ids = self._mv_ids[a:b].tolist()
        values = self._value_list
        if not codes or max(codes) < DROPPED:
            return ids, [values[c] for c in codes]
        return [i for i, c in zip(ids, codes) if c < DROPPED], [values[c] for c in codes if c < DROPPED]


def load(inv: "candidates.Inventory", path: Path | str | None = None) -> CandidateTable | None:
    """The table at ``path`` (default ``data/candidates.npz``) if it was built for this model
    and code, else None (missing: silently; stale: one line on stderr, once per load)."""
    path = Path(path) if path is not None else DEFAULT_PATH
    if not path.exists():
        return None
    try:
        z = np.load(path, allow_pickle=False)
        stored = str(z["fingerprint"])
    except (OSError, ValueError, KeyError) as e:
        print(f"vanban: candidate table {path}: unreadable ({e}); candidates are computed", file=sys.stderr)
        return None
    fresh = "format" in z.files and int(z["format"]) == FORMAT and stored == fingerprint(inv)
    if not fresh:
        if Path(getattr(inv.lm, "path", "")).resolve() == Path(_default_lm()).resolve():
            print(f"vanban: candidate table {path} was built for another model or candidate code; "
                  "candidates are computed (rebuild: python -m vanban.ocr.restore.build_candidates)", file=sys.stderr)
        return None
    tokens = bytes(z["tokens"]).decode("utf-8").split("\n")
    caps = z["caps"] if "caps" in z.files else None
    static_range = float(z["static_range"]) if "static_range" in z.files else None
    return CandidateTable(tokens, z["offsets"], z["ids"], z["cost_codes"], z["cost_values"], caps, static_range)


def _default_lm() -> Path:
    from .lm import DEFAULT_PATH as lm_default  # noqa: PLC0415

    return lm_default


def save(path: Path | str, fp: str, rankings: dict[str, list[tuple[int, float]]],
         caps: set[str] | frozenset[str] = frozenset(), dropped: dict[str, list[bool]] | None = None,
         static_range: float | None = None) -> int:
    """Write ``rankings`` (token → [(LM id, cost), …] in rank order); returns the file's size.
    ``caps``: the tokens whose ranking is also that of the token in capitals. ``dropped``:
    token → per reading, whether restore mode leaves it out (default: none) with the
    frequency floor's range ``static_range`` (default: ``candidates.STATIC_RANGE``)."""
    if static_range is None:
        static_range = candidates.STATIC_RANGE
    tokens = sorted(rankings)
    offsets = np.zeros(len(tokens) + 1, np.uint32)
    offsets[1:] = np.cumsum([len(rankings[t]) for t in tokens])
    ids = np.asarray([i for t in tokens for i, _ in rankings[t]], np.int64)
    if ids.max(initial=0) >= 1 << 16:
        raise ValueError("LM ids past 65535: the table's uint16 ids do not hold them")
    costs = np.asarray([c for t in tokens for _, c in rankings[t]], np.float64)
    values, codes = np.unique(costs, return_inverse=True)
    if len(values) >= DROPPED:
        raise ValueError(f"{len(values)} distinct costs: more than the cost codes hold")
    codes = codes.astype(np.uint16)
    if dropped:
        flags = np.asarray([bool(d) for t in tokens for d in dropped.get(t, [False] * len(rankings[t]))], bool)
        codes[flags] |= DROPPED
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        # uncompressed: 2 MB, read in 2 ms (compressed: 0.5 MB, inflated in 20 ms by every process)
        np.savez(fh, fingerprint=np.asarray(fp), tokens=np.frombuffer("\n".join(tokens).encode("utf-8"), np.uint8),
                 offsets=offsets, ids=ids.astype(np.uint16), cost_codes=codes, cost_values=values,
                 caps=np.asarray([t in caps for t in tokens], np.uint8), format=np.asarray(FORMAT),
                 static_range=np.asarray(float(static_range)))
    return path.stat().st_size
