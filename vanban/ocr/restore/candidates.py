"""Candidate generation: which valid syllables an OCR token may stand for.

find → score: for a token we collect diacritic-free *keys* (``fold``) it may
stand for — its own fold, rewrites under the OCR confusion model
(:mod:`.confusions`, up to two rewrites) and, for tokens no rule explains,
rapidfuzz Levenshtein neighbours — then expand each key into the accented
syllables that fold to it. Each candidate carries a channel cost (log10
units, lower = more plausible) that the decoder adds to the LM score.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache, partial
from typing import NamedTuple

import math

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from vanban.text import fold as _fold, split_syllable

from . import confusions

#: ``vanban.text.fold`` memoised: decoding folds the same few thousand syllables over and over
fold = lru_cache(maxsize=1 << 17)(_fold)

MAX_CANDIDATES = 16  # measured on real legacy OCR: 12 → 16 seeds 94.7 → 96.0%, documents 96.8 → 97.4% ("dé" → đề was cut)
PER_KEY = 8
#: a mark-free token that spells a key as written offers this many of that key's forms, the ones past
#: PER_KEY on top of the ranking (not in its place): see :meth:`CandidateGenerator._rank`
OWN_KEY_FORMS = 16
KEY_FLOOR = 2  # forms of each key kept even past MAX_CANDIDATES …
MAX_KEYS = 3  # … for this many cheapest keys …
KEY_WINDOW = 0.6  # … that cost at most this much more than the cheapest
MAX_RULE_COST = 2.0
#: Unit symbols a page prints in Latin letters after a figure ("50 ha", "12 km", "200 m2"): an engine that loses
#: Vietnamese marks still reads these letters as printed, so a token that needs a rewrite to spell one stands for a
#: syllable with marks, never for the unit. t43-09's "năm 2034 là 560 hộ" came out "560 ha" from eng OCR's "560 hd"
#: (its ộ read as d; the rule d ← a, 27 times in 1,734, let the language model's "‹number› ha" win over "hộ"). Only
#: a symbol spelt with a vowel letter is reachable so (ha); the others are listed for the kind.
UNIT_SYMBOLS_AS_PRINTED = frozenset({"ha", "km", "kg", "cm", "mm", "ml", "m2", "m3", "km2", "kw", "kwh", "mw"})
#: restore mode: a candidate whose log10 frequency minus channel cost falls more than this
#: below the token's best is left out (the context would have to favour it by 10^STATIC_RANGE).
#: Measured (bench/restore.py, 2 seeds, 10 documents): lattice pairs -36% at 4.0 and -44% at
#: 3.5 with every syllable the same on seeds, documents, news and legal; at 3.0 documents
#: 97.86 → 97.83%, at 2.0 seeds 97.04 → 96.98%; 25 other held-out documents 97.61% at 3.0-4.0 as
#: without. The same idea as clean text's CLEAN_FREQ_RANGE (decode.py).
STATIC_RANGE = 3.5
VALID_RULE_MAX = 1.0  # a valid syllable is re-read only by cheap rules (+ VALID_CROSS; measured: 0.6→1.0 +0.6 pt on OCR, ±0 on clean)
FUZZY_EDIT_COST = 1.1  # per edit, for neighbours no confusion rule explains
#: a token spelling no vowel letter ("xc", "cc", "gc"): each key with one vowel letter put back, dearer
#: than the rules' readings of a consonant glyph as the vowel ("dn" is "án" as often: d ← a, at 1.5).
#: Measured (bench/restore.py, 10 held-out legacy documents): at 1.3, one fuzzy edit's price, such keys
#: crowded "án" out of "dy dn" (dự án → "dự đến") and documents fell 97.97 → 97.89%
VOWEL_LOST_COST = 1.6
_VOWELS = frozenset("aeiouy")  # the vowel letters of mark-free keys (ă, â, ê, ô, ơ, ư fold to these)
ORIGINAL_COST = 1.6  # keeping an unexplained token the LM knows (foreign word, name…)
UNKNOWN_COST = 3.0  # keeping an unexplained token the LM has never seen
# cost of changing an already valid accented syllable, per differing letter
KEEP_COST = {"restore": 0.25, "correct": 2.2}
SIX_NOT_O_HAT = 0.3  # "6" is what OCR makes of ô/ố/ồ… (the hat), rarely of o or ơ
_O_HAT = frozenset("ôốồổỗộ")
#: … and never of a vowel other than an o, nor of an o without a mark drawn above it: a form with no o, ô or ơ pays
#: SIX_NOT_O, one whose o's are all of :data:`_SIX_NEVER` SIX_NEVER. Measured (ocr44): eng OCR's "6" inside a word,
#: aligned with the clean text of 60 documents of six authored sets (a40-t42), stood for an o vowel every one of 2,388
#: times; of each o vowel the clean text wrote, the share printed "6": ố .66, ổ .69, ỗ .70, ộ .44, ô .19, ồ .19, ó .30,
#: õ .43, ở .26, ớ .17, ờ .02 — o 0 of 3,780, ơ 0 of 943, ợ 0 of 341, ọ 0 of 365, ò .004, ỏ 0 of 27. Without it,
#: "m6" (mộ) and "S6" (Số) were read "mà", "mẹ", "Sợ" where the context favoured those ("2.000.000 đồng/mà nếu …",
#: "Sợ mà phải di dời": the rate's unit and the count column's head lost).
SIX_NOT_O = 5.0
SIX_NEVER = 2.0
_O_ANY = frozenset("oòóỏõọôồốổỗộơờớởỡợ")
_SIX_NEVER = frozenset("oòỏọơợ")
VISUAL_DISCOUNT = 0.55  # hook/acute, breve/circumflex… look alike on a scan
# Channel model P(observed token | intended syllable), log10 costs. Substring
# rule costs say how often an OCR substring stood for a source substring
# among MISREAD tokens; a token that already spells a valid key was most
# likely read right, so rewriting it into another key also pays the odds
# that the engine misread it at all (about one valid-looking token in ten).
VALID_CROSS = 1.0
# Whole-token statistics are turned from P(key | token) into the likelihood
# P(token | key) = n(token, key) / (pairs · P(key)) (Bayes: the LM supplies
# the prior, it must not be counted twice), clamped to this range.
TOKEN_LIK_MAX = 2.0
CROSS_KEYS = 2  # other keys a clean valid token always offers (KEY_FLOOR commonest forms)
#: Longer tokens keep their form untouched: a syllable has at most 7 letters
#: and two rewrites plus two edits shrink a token by at most 8, while the
#: rule search is quadratic in the token's length (a hostile 1 MB "word" hung).
MAX_TOKEN_LEN = 24

# tone pairs OCR confuses on a scan (hỏi ↔ sắc most of all)
_VISUAL_TONES = {frozenset((3, 1)), frozenset((4, 1)), frozenset((4, 3)), frozenset((2, 4)), frozenset((5, 0))}


class Candidate(NamedTuple):
    """One reading of a token (a named tuple: a page's first sight of its words builds
    thousands, and a frozen dataclass's guarded writes cost three times as much)."""

    form: str  # lower-case syllable (or the original token)
    id: int  # LM id
    cost: float  # channel cost, log10 units


#: ``Candidate((form, id, cost))`` without the named tuple's Python-level ``__new__`` (half the time;
#: every distinct token of a page builds about ten)
_candidate = partial(tuple.__new__, Candidate)


class Inventory:
    """Valid syllables grouped by diacritic-free key, from the LM vocabulary."""

    def __init__(self, lm):
        self.lm = lm
        self.freq = lm.uni_freq.astype(np.float64).tolist()  # Python floats: sort keys without numpy scalars
        by_key: dict[str, list[tuple[float, str, int]]] = {}
        words, freq = lm.words, self.freq
        for i in np.flatnonzero(lm.valid).tolist():
            w = words[i]
            by_key.setdefault(fold(w), []).append((-freq[i], w, i))
        self.by_key = {k: [(w, i) for _, w, i in sorted(v)] for k, v in by_key.items()}
        self.keys = list(self.by_key)
        self._near: dict[tuple[int, int], list[str]] = {}  # (length, cutoff) → keys (:meth:`_keys_near`)
        # log10 prior of each key: the summed unigram probability of its forms
        self.key_logp = _KeyPrior(self.by_key, freq)
        self.valid_forms = {w for v in self.by_key.values() for w, _ in v}
        #: every valid form → its key (a dict hit instead of :func:`fold` per candidate form)
        self.key_of = {w: k for k, v in self.by_key.items() for w, _ in v}

    def key(self, form: str) -> str:
        """``fold(form)``, looked up for valid forms."""
        k = self.key_of.get(form)
        return fold(form) if k is None else k

    def is_valid(self, low: str) -> bool:
        return low in self.valid_forms

    # -- keys --------------------------------------------------------------
    def vie_misreads(self, low: str) -> list[tuple[str, float]]:
        """Valid syllables an accented token may be a ``vie`` letter misread of, with rule costs
        (``confusions.VIE_LETTER_RULES``: "ưung" → trung, "lịnh" → định)."""
        if low.isascii():
            return []
        return [(v, cost) for ocr, src, cost in confusions.VIE_LETTER_RULES
                if low.startswith(ocr) and (v := src + low[len(ocr):]) in self.valid_forms]

    def cross_cost(self, low: str) -> float:
        """What reading ``low`` as ANOTHER key costs on top of the rewrite rules.

        Only a clean spelling of a valid key is evidence of a right reading:
        a token with a stray mark or look-alike glyph ("sé", "v€") was
        garbled anyway, so its rewrites pay the rules alone."""
        return VALID_CROSS if low.isascii() and fold(low) in self.by_key else 0.0

    def rule_keys(self, low: str, depth: int = 2) -> dict[str, float]:
        """Keys reachable from ``low`` by confusion rewrites, with min channel cost."""
        return {k: c for k, (c, _) in self.rule_keys_needs(low, depth).items()}

    def rule_keys_needs(self, low: str, depth: int = 2, max_cost: float = MAX_RULE_COST
                        ) -> dict[str, tuple[float, frozenset[str] | None]]:
        """Keys reachable from ``low`` with (channel cost, letters the cheapest
        path's hat-reading rules stand for, or None). ``max_cost``: rewrite paths
        dearer than this are not followed (a valid token's rewrites are kept only
        up to ``VALID_RULE_MAX``: searching further finds nothing that is kept)."""
        lengths, by_sub = _rule_index()
        by_key = self.by_key
        found: dict[str, tuple[float, frozenset[str] | None]] = {}
        k = fold(low)
        if k in by_key:
            found[k] = (0.0, None)
        cross = self.cross_cost(low)
        frontier: dict[str, tuple[float, frozenset[str] | None]] = {low: (0.0, None)}
        seen = {low: 0.0}
        seen_get = seen.get
        for level in range(depth):
            nxt: dict[str, tuple[float, frozenset[str] | None]] = {}
            last = level == depth - 1  # no further step: only the keys reached matter
            for s, (c0, need0) in frontier.items():
                n_s = len(s)
                for i, ch in enumerate(s):
                    for ln in lengths.get(ch, ()):
                        j = i + ln
                        if j > n_s:
                            break  # lengths ascend: no longer substring fits either
                        rules = by_sub.get(s[i:j])
                        if rules is None:
                            continue
                        for rep, cost, anchored, need in rules:
                            c = c0 + cost
                            if c > max_cost:
                                break  # rules are sorted by cost
                            if anchored and i > 0:
                                continue
                            v = s[:i] + rep + s[j:]
                            if last:
                                # what a recorded path would add: a cheaper reading of a key
                                kv = v if v.isascii() else fold(v)  # rewrites are lower case
                                if kv in by_key and kv != k and c + cross < found.get(kv, (9.0,))[0] and v:
                                    found[kv] = (c + cross, need if need0 is None else (need0 if need is None else need0 | need))
                                continue
                            if v and c < seen_get(v, 9.0):
                                seen[v] = c
                                nd = need if need0 is None else (need0 if need is None else need0 | need)
                                nxt[v] = (c, nd)
                                kv = v if v.isascii() else fold(v)  # rewrites are lower case
                                if kv in by_key and kv != k and c + cross < found.get(kv, (9.0,))[0]:
                                    found[kv] = (c + cross, nd)
            frontier = nxt
        # whole-token statistics are more specific than substring rules: they
        # set the identity's cost (a valid-looking token OCR often makes out of
        # another syllable pays for keeping itself) and may lower a rewrite's,
        # as likelihoods P(token | key) — the LM supplies P(key)
        counts = confusions.token_counts().get(low, ())
        for k2, n, _tot in counts:
            if k2 in self.by_key:
                lik = math.log10(n / confusions.TOKEN_PAIRS) - self.key_logp[k2]
                c = round(min(TOKEN_LIK_MAX, max(0.0, -lik)), 2)
                if k2 == k or c < found.get(k2, (9.0,))[0]:
                    found[k2] = (c, None)
        return found

    def fuzzy_keys(self, key: str) -> dict[str, float]:
        cutoff = 1 if len(key) <= 4 else 2
        out = {}
        for k, dist, _ in process.extract(key, self._keys_near(len(key), cutoff), scorer=Levenshtein.distance,
                                          score_cutoff=cutoff, limit=12):
            out[k] = FUZZY_EDIT_COST * dist + 0.2
        return out


    def attested(self, low: str) -> bool:
        """Whether the whole-token statistics saw ``low`` (lower case) stand for a key of the model.
        Why: such a token is explained — the keys it stood for are its readings, priced by
        :meth:`rule_keys_needs` — and guessed neighbours priced at an edit's cost crowded them
        out ("dug" stood for "duoc" 16 times in 16, yet 16 never-seen neighbours at 1.3
        left "được" (1.41) no place: "cơ quan dug giao" read "dự giao").

        Measured with the vowel insertions (session 28, against main): bench/restore.py seeds
        97.61 → 97.64%, 10 held-out legacy documents 97.97 → 98.02%, news and legal unchanged;
        legacy realdocs: tune27 targets 0.965 → 0.969, tune25 obligations 0.937 → 0.941,
        tune26 citations 0.949 → 0.958, authored26 obligations 0.863 → 0.868, no set lower.
        Its cost: a token seen standing for a key at a clamped price ("dng" → dong, 3 in 4,
        at 2.0) no longer gets that key as a 1-edit neighbour at 1.3 ("hoạt dng" read "hoạt
        ông" once in the 10 documents). Keeping the attested keys among the neighbours instead
        (their commonest forms always ranked) lost the tune27, tune25 and t27-07 gains."""
        return any(k in self.by_key for k, _, _ in confusions.token_counts().get(low, ()))

    def vowel_insertions(self, key: str) -> list[str]:
        """The keys that ``key`` (mark-free) spells once one vowel letter is put back anywhere in it."""
        by_key = self.by_key
        return [k for k in dict.fromkeys(key[:j] + v + key[j:] for j in range(len(key) + 1) for v in sorted(_VOWELS))
                if k in by_key]

    def _keys_near(self, length: int, cutoff: int) -> list[str]:
        """The keys whose length differs from ``length`` by at most ``cutoff``, in
        :attr:`keys` order. Why: no other key is within ``cutoff`` edits, and rapidfuzz
        then scores a few thousand keys instead of all of them (same neighbours, same
        order of ties). Built on a length's first use: a few ms, kept with the model."""
        hit = self._near.get((length, cutoff))
        if hit is None:
            hit = self._near[(length, cutoff)] = [k for k in self.keys if abs(len(k) - length) <= cutoff]
        return hit


class _KeyPrior(dict):
    """key → log10 of the summed unigram probability of its forms, computed on a key's first
    look-up. Why lazily: a numpy sum per key for the ~1.7 k keys was ~15 ms of every
    process's model load, and restoration asks for a handful (the whole-token statistics);
    the build tool asks for all. The forms are summed in LM-id order, as when all were
    computed at load (the same float, bit for bit)."""

    def __init__(self, by_key: dict[str, list[tuple[str, int]]], freq: list[float]):
        super().__init__()
        self._by_key, self._freq = by_key, freq

    def __missing__(self, key: str) -> float:
        ids = sorted(i for _, i in self._by_key[key])  # raises KeyError for a key no form spells
        v = self[key] = float(np.log10(np.sum(np.power(10.0, [self._freq[i] for i in ids]))))
        return v

    def get(self, key, default=None):
        return self[key] if key in self._by_key else default

    def __contains__(self, key) -> bool:
        return key in self._by_key


@lru_cache(maxsize=1)
def _rule_index() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple]]:
    """``confusions.rules()`` for the rewrite search: (letter → the lengths, ascending, of the
    OCR substrings of one to three letters that begin with it and have rules; substring →
    its rules). Why: at each position of a token the search looks up the one substring of
    each such length (a slice and a dict hit) instead of trying every substring that
    begins with the letter; it visits them in the same order, shortest first."""
    lengths: dict[str, set[int]] = {}
    by_sub = {}
    for sub, rules in confusions.rules().items():
        if len(sub) <= 3:  # the search rewrites substrings of one to three letters
            lengths.setdefault(sub[0], set()).add(len(sub))
            by_sub[sub] = rules
    return {ch: tuple(sorted(v)) for ch, v in lengths.items()}, by_sub


def _marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.combining(c))


def _six_misfit(form: str) -> float:
    """What a form without ô pays beyond :data:`SIX_NOT_O_HAT` for a token's "6": :data:`SIX_NOT_O` with no o vowel at
    all, :data:`SIX_NEVER` when its o vowels are all ones eng OCR never printed "6" (:data:`_SIX_NEVER`), else 0."""
    vowels = _O_ANY.intersection(form)
    if not vowels:
        return SIX_NOT_O
    return SIX_NEVER if vowels <= _SIX_NEVER else 0.0


def keep_cost(raw_low: str, form: str, mode: str) -> float:
    """Cost of writing ``form`` where the input had an accented ``raw_low``."""
    if raw_low == form:
        return 0.0
    w = KEEP_COST[mode]
    if len(raw_low) != len(form):
        return 2 * w
    base_raw, tone_raw = split_syllable(raw_low)
    base_f, tone_f = split_syllable(form)
    cost = 0.0
    if tone_raw != tone_f:
        cost += w * (VISUAL_DISCOUNT if frozenset((tone_raw, tone_f)) in _VISUAL_TONES else 1.0)
    for a, b in zip(base_raw, base_f):
        if a != b:
            cost += w * (VISUAL_DISCOUNT if fold(a) == fold(b) and a not in "đ" and b not in "đ" else 1.0)
    return cost


_NOT_LOADED = object()


class CandidateGenerator:
    """Candidates of OCR tokens for one model, cached per lower-cased token and mode.

    ``precomputed``: take restore-mode rankings from the model's candidate table
    (:mod:`.candidate_table`) when it was built for this model and this code (the
    same candidates as computing them; False: always compute, what the table's
    build and its tests compare against).
    """

    def __init__(self, lm, precomputed: bool = True):
        self.lm = lm
        self.inv = Inventory(lm)
        # forms the archive's adaptation layer (`vanban lm learn`) has seen: its own names
        # ("Kẻ Sặt") are rare in the base model's counts but must stay candidates
        user = getattr(lm, "user", None)
        self._archive_ids = frozenset(np.flatnonzero(user.seen).tolist()) if user is not None else frozenset()
        self._cache: dict[tuple[str, str, bool], tuple[Candidate, ...]] = {}
        #: restore-mode rankings precomputed with the model (:mod:`.candidate_table`), loaded on
        #: first use; None: none (``precomputed=False``, or the table is missing or stale)
        self._table = _NOT_LOADED if precomputed else None

    def __call__(self, token: str, mode: str = "restore") -> tuple[Candidate, ...]:
        return self.entry(token, mode)[0]

    def entry(self, token: str, mode: str = "restore") -> tuple[tuple[Candidate, ...], list[int], list[float]]:
        """(candidates, their LM ids, their channel costs) of ``token``: what the decoder
        lays out (the two lists built once per token here, not again by every caller)."""
        low = token.lower()
        # the ranking's one input besides ``low``: a short word in capitals spelling no key
        # ("DAK") is an abbreviation and gets no fuzzy neighbours. It is part of the cache
        # key, or "Dak" restored after "DAK" in one process took its ranking (found by rspeed4)
        slot = (low, mode, token.isupper() and len(token) <= 5)
        hit = self._cache.get(slot)
        if hit is None:
            kept = self._precomputed_kept(low, token) if mode == "restore" else None
            if kept is not None:
                hit = self._entry_of_kept(low, *kept)
            else:
                cands = self._generate(low, token, mode)
                hit = (cands, [c.id for c in cands], [c.cost for c in cands])
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[slot] = hit
        return hit

    def _precomputed_kept(self, low: str, token: str) -> tuple[list[int], list[float]] | None:
        """What :meth:`_select` keeps of the table's ranking of ``low`` (restore mode, before the
        token itself is added), or None when the table lacks it. The table's DROPPED bits
        serve when they stand for this selection; with an archive layer (whose forms stay
        below the frequency floor) or another ``STATIC_RANGE`` than the table's, its whole
        ranking is selected as when computed."""
        table = self._table
        if table is None or self._archive_ids or (table is not _NOT_LOADED and table.static_range != STATIC_RANGE):
            ranked = self._precomputed(low, token)
            return None if ranked is None else self._kept(*ranked)
        if table is _NOT_LOADED:
            self._precomputed(low, token)  # loads it
            return self._precomputed_kept(low, token)
        return table.get_kept(low, token.isupper() and len(token) <= 5 and fold(low) not in self.inv.by_key)

    def _entry_of_kept(self, low: str, ids: list[int], costs: list[float]) -> tuple:
        """:meth:`entry` of a restore-mode ranking once :meth:`_kept` (the tail of :meth:`_select`)."""
        lm = self.lm
        words = lm.words
        cands = list(map(_candidate, zip(map(words.__getitem__, ids), ids, costs)))
        if low not in self.inv.valid_forms:
            oid = lm.ids.get(low, lm.unk) if low.isalpha() else lm.unk
            cost = (ORIGINAL_COST if oid != lm.unk else UNKNOWN_COST) if ids else 0.0
            cands.append(Candidate(low, oid, cost))
            return tuple(cands), ids + [oid], costs + [cost]
        oid = lm.ids[low]
        if oid not in ids:
            cands.append(Candidate(low, oid, 0.0))
            return tuple(cands), ids + [oid], costs + [0.0]
        return tuple(cands), ids, costs

    def keep_flags(self, ids: list[int], costs: list[float]) -> list[bool]:
        """Which readings of a restore-mode ranking :meth:`_select` keeps without an archive
        layer: all but those whose log10 frequency minus channel cost falls more than
        ``STATIC_RANGE`` below the token's best (stored with the candidate table)."""
        if len(ids) <= 1:
            return [True] * len(ids)
        freq = self.inv.freq
        floor = max([freq[i] - c for i, c in zip(ids, costs)]) - STATIC_RANGE
        return [freq[i] - c >= floor for i, c in zip(ids, costs)]

    def _kept(self, ids: list[int], costs: list[float]) -> tuple[list[int], list[float]]:
        """(ids, costs) of the readings :meth:`_select` keeps in restore mode (the archive's forms too)."""
        archive = self._archive_ids
        keep = [k or i in archive for k, i in zip(self.keep_flags(ids, costs), ids)]
        return [i for i, k in zip(ids, keep) if k], [c for c, k in zip(costs, keep) if k]

    def _precomputed(self, low: str, token: str) -> tuple[list[int], list[float]] | None:
        """The restore-mode ranking of ``low`` from the model's candidate table
        (:mod:`.candidate_table`), or None when the table lacks it or does not fit.

        Why: the rewrite search is most of what a page's first sight of its words
        costs; the table holds its result for the forms a page mostly writes,
        computed by :meth:`_rank` itself when the model was built. The one input
        of the ranking besides ``low`` is whether ``token`` is a short word in
        capitals spelling no key (an abbreviation gets no fuzzy neighbours): such
        a token is looked up only where the table marks its ranking as the same
        in capitals (most are: no neighbour was searched), else ranked here.
        """
        table = self._table
        if table is None:
            return None
        if table is _NOT_LOADED:
            from . import candidate_table  # noqa: PLC0415  (loaded on the first restore-mode miss)

            table = self._table = candidate_table.load(self.inv)
            if table is None:
                return None
        return table.get(low, token.isupper() and len(token) <= 5 and fold(low) not in self.inv.by_key)

    def _generate(self, low: str, token: str, mode: str) -> tuple[Candidate, ...]:
        lm = self.lm
        if len(low) > MAX_TOKEN_LEN:  # no rule or edit reaches a syllable from here
            return (Candidate(low, lm.ids.get(low, lm.unk) if low.isalpha() else lm.unk, 0.0),)
        return self._select(low, mode, *self._rank(low, token, mode))

    def _rank(self, low: str, token: str, mode: str) -> tuple[list[int], list[float]]:
        """Every reading of ``low`` worth scoring as (LM ids, channel costs), cheapest first
        (ties: the commoner first) — before the restore-mode frequency floor and the token
        itself (:meth:`_select`). The forms are the LM's words of those ids. ``token``:
        the token as written (case)."""
        inv, lm = self.inv, self.lm
        key = fold(low)
        accented = key != low and key.isalpha()  # carries Vietnamese marks
        valid_as_is = inv.is_valid(low)
        needs: dict[str, frozenset[str]] = {}
        if mode == "correct":
            # accented OCR: only the same key's syllables (tone/mark errors)
            if not valid_as_is:
                keys = {key: 0.0} if key in inv.by_key else {}
                if not keys:
                    keys = {k: c for k, c in inv.rule_keys(low, depth=1).items()}
            else:
                keys = {key: 0.0}
        else:
            is_caps_abbrev = token.isupper() and len(token) <= 5 and key not in inv.by_key
            if len(low) == 1:  # a lone letter (T/M, a), b)): marks at most, never another letter
                keys = {key: 0.0} if key in inv.by_key else {}
            else:
                # a valid syllable keeps only rewrites up to VALID_RULE_MAX (below): search no further
                kn = inv.rule_keys_needs(low, depth=2, max_cost=VALID_RULE_MAX + 1e-9 if valid_as_is else MAX_RULE_COST)
                keys = {k: c for k, (c, _) in kn.items()}
                needs = {k: nd for k, (_, nd) in kn.items() if nd}
            if valid_as_is:  # a valid syllable: other keys only by cheap rules
                # … and always its own key: the whole-token statistics may price the token's own
                # key above the limit ("tét" stood for "tốt" 5 times in 6, for "tết" once), and
                # dropping it left the word's other tones no candidate ("Tét Nguyên đán" → "Tốt")
                limit = VALID_RULE_MAX + inv.cross_cost(low)
                keys = {k: c for k, c in keys.items() if c <= limit or k == key}
            elif (not keys or min(keys.values()) > 0.8) and key.isalpha() and len(key) >= 3 and not is_caps_abbrev \
                    and not inv.attested(low):
                for k, c in inv.fuzzy_keys(key).items():
                    if c < keys.get(k, 9.0):
                        keys[k] = c
            if (mode == "restore" and len(key) >= 2 and not valid_as_is and not is_caps_abbrev and key.isalpha()
                    and not _VOWELS.intersection(key) and not inv.attested(low)):
                # a token spelling no vowel lost it ("xc dinh" for "xác định", "cc" for "các"): the
                # keys one vowel letter gives back, at one edit's price (a 2-letter token gets no
                # neighbours above, and the rules' substitutions read "xc" as "xe")
                for k in inv.vowel_insertions(key):
                    if VOWEL_LOST_COST < keys.get(k, 9.0):
                        keys[k] = VOWEL_LOST_COST
        # candidates as plain tuples (cost, -frequency, first-seen order, form, id) until the
        # ranking is done: tuple order is the stable sort by (cost, -frequency) the ranking
        # needs, and only the kept few become Candidate objects (a token's keys offer up to
        # ~100 forms; building and sorting objects for all of them was 5% of a cold page)
        freq = inv.freq
        best: dict[str, list] = {}
        circumflex_o = mode == "restore" and "6" in low
        plain = not (accented or mode == "correct")
        keep_w = KEEP_COST[mode]
        by_key = inv.by_key
        for k, kc in sorted(keys.items(), key=lambda kv: kv[1]):
            nd = needs.get(k)
            for form, i in by_key[k][:PER_KEY]:
                if mode == "correct" and frozenset((form, low)) in confusions.SPELLING_VARIANTS:
                    continue
                cost = kc
                if not plain:
                    cost += keep_cost(low, form, mode) if key == k else keep_w
                if circumflex_o and not _O_HAT.intersection(form):
                    cost += SIX_NOT_O_HAT + _six_misfit(form)
                if nd and not nd.intersection(form):
                    cost += confusions.HAT_MISS
                old = best.get(form)
                if old is None:
                    best[form] = [cost, -freq[i], len(best), form, i]
                elif cost < old[0]:
                    old[0] = cost
        everything = sorted(map(tuple, best.values()))
        key_of = inv.key_of
        # every plausible key keeps its commonest forms: one key with many tone
        # variants ("tu": từ tư tự tử tù tu tứ) must not crowd out another
        # ("uy" → ủy) that the LM would pick
        sure: set[str] = set()
        ranked: list[tuple] = []
        per_key: dict[str, int] = {}
        window = everything[0][0] + KEY_WINDOW if everything else 0.0
        for c in everything:
            if c[0] > window:
                break
            k = key_of[c[3]]
            if per_key.get(k, 0) < KEY_FLOOR and (k in per_key or len(per_key) < MAX_KEYS):
                per_key[k] = per_key.get(k, 0) + 1
                sure.add(c[3])
                ranked.append(c)
        for c in everything:
            if len(ranked) >= MAX_CANDIDATES:
                break
            if c[3] not in sure:
                ranked.append(c)
        if mode == "restore" and inv.cross_cost(low):
            # a clean valid token's many own forms (bang: bằng bảng băng…) must not
            # crowd out every other key: the commonest forms of the cheapest
            # few stay, for the LM to pick when context demands ("cấp ủy Đảng")
            have = {key_of[c[3]] for c in ranked}
            for k, _ in sorted(keys.items(), key=lambda kv: kv[1])[: CROSS_KEYS + 1]:
                if k not in have:
                    ranked.extend([c for c in everything if key_of[c[3]] == k][:KEY_FLOOR])
        if mode == "restore" and not valid_as_is and inv.attested(low):
            # a garble the whole-token statistics saw stand for a key ("dng" → dong, 3 in 4, at 2.0)
            # keeps that key's commonest forms: the rules' cheaper readings, each with its many
            # tones (ông ống ong…, ăng áng…), filled MAX_CANDIDATES and "420 ty dng đến" had no đồng
            have = {key_of[c[3]] for c in ranked}
            for k, n, total in confusions.token_counts()[low]:
                if 2 * n >= total and k in keys and k not in have:  # the key it mostly stood for
                    ranked.extend([c for c in everything if key_of[c[3]] == k][:KEY_FLOOR])
        if plain and key in keys and len(by_key.get(key, ())) > PER_KEY:
            # a mark-free token's own key keeps its rarer forms too, past the ones ranked: "tham do" is
            # "thăm dò" (dò is the ninth form of "do"), never "thảm đỏ"; the context picks among them
            have = {c[3] for c in ranked}
            kc = keys[key]
            ranked.extend((kc, -freq[i], 0, f, i) for f, i in by_key[key][PER_KEY:OWN_KEY_FORMS] if f not in have)
        have = {c[3] for c in ranked}
        for f, c in inv.vie_misreads(low):
            if f not in have:
                i = lm.ids[f]
                ranked.append((c + keep_w, -freq[i], 0, f, i))
        ranked.sort(key=lambda c: (c[0], c[1]))
        # a unit symbol is read only where its letters were printed ("560 hd" is no "560 ha")
        ranked = [c for c in ranked if c[3] not in UNIT_SYMBOLS_AS_PRINTED or c[3] == low]
        return [c[4] for c in ranked], [c[0] for c in ranked]

    def _select(self, low: str, mode: str, ids: list[int], costs: list[float]) -> tuple[Candidate, ...]:
        """The candidates of ``low`` from its ranking (:meth:`_rank`): in restore mode without
        the readings far rarer than its best (``STATIC_RANGE``), then the token itself."""
        lm = self.lm
        words = lm.words
        valid_as_is = self.inv.is_valid(low)
        if mode == "restore":
            # a reading far less likely on its own (log10 frequency minus channel cost) than
            # the token's best is one no context chooses: left out, unless the archive's own
            # pages write it
            ids, costs = self._kept(ids, costs)
        ranked = [_candidate((words[i], i, c)) for i, c in zip(ids, costs)]
        if not valid_as_is:
            oid = lm.ids.get(low, lm.unk) if low.isalpha() else lm.unk
            orig = Candidate(low, oid, (ORIGINAL_COST if oid != lm.unk else UNKNOWN_COST) if ranked else 0.0)
            ranked.append(orig)
        elif all(c.form != low for c in ranked):
            ranked.append(Candidate(low, lm.ids[low], 0.0))
        return tuple(ranked)
