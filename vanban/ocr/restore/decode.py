"""Decode the candidate lattice with the LM: exact Viterbi over trigram states.

For each context (text between punctuation), every word token offers a few
candidates (:mod:`.candidates`); protected tokens (numbers, dates, symbols,
URLs) sit in the context as fixed ``<num>``/``<unk>``. Why it is fast: all
LM look-ups of one call are made up front in a handful of vectorised calls
(:class:`_Lattice`): stupid backoff scores a triple (a, b, c) by its pair
(b, c) unless the trigram was kept, and a kept trigram needs both of its
bigrams, so only a few triples per position need a trigram look-up. The
Viterbi step per position is then three small numpy operations. Per-token
confidence is a local posterior: each candidate rescored against the
chosen neighbours, softmaxed.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import operator
import os
import re
import threading
import unicodedata
from functools import lru_cache, partial
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

import numpy as np

from vanban.models import DeferredRestoration, Restoration, TokenChoice
from vanban.symbols import symbol_form
from vanban.text import normalize, tone_fits_final

from . import confusions, names, protected, viterbi
from .body_acts import act_context, act_spots
from .bracket_acronyms import acronym_snaps
from .cell_heads import head_case, head_snaps
from .comma_pairs import comma_pair_snaps
from .doc_acts import doc_act_snaps
from .form_numbers import form_snaps
from .bound_words import bound_snaps
from .forbid_words import forbid_snaps
from .limit_words import limit_snaps
from .period_words import period_snaps
from .dose_words import dose_snaps, shot_snaps
from .total_rows import total_snaps
from .build_words import build_snaps
from .role_words import role_snaps
from .table_refs import table_ref_snaps
from .budget_lines import budget_snaps
from .lone_glyphs import LONE_DIGIT_WORDS, list_label, lone_consonant, reads_as_count, word_readings
from .modal_spots import modal_spots
from .office_heads import office_snaps
from .office_titles import title_snaps
from .page_counts import page_snaps
from .person_names import name_snaps
from .recipient_notes import note_snaps
from .specks import blank_speck_lines
from .candidates import KEEP_COST, VOWEL_LOST_COST, Candidate, CandidateGenerator, fold
from .joined import JoinedForms
from .lm import DEFAULT_PATH, LanguageModel
from .tokens import WordIndex, lm_id_token, scan

LM_WEIGHT = 1.0
N_ALTERNATIVES = 3
#: forms of each key a lone consonant letter is offered (:meth:`Restorer._vowel_lost`): a key's commonest few
KEY_FLOOR_VOWEL = 3
SO_FORM = "số"  # "Số 24-KH/ĐU": the word that heads a document symbol
# share of words that spell no valid key below which text only lost its marks
# (words the model knows count as clean; measured: real legacy-OCR pages 0.16-0.34,
# held-out news lines 95% ≤ 0.024, 99% ≤ 0.072)
CLEAN_MAX_NOISE = 0.1
LONE_AMP_O, LONE_AMP_KEEP = 0.3, 1.0  # channel costs of a lone "&" read as "ở" / kept
SECOND_PASS = True  # legacy OCR: decode twice, the second time with the first pass's sure forms raised
SURE_CONFIDENCE = 0.95  # local posterior above which a first-pass reading counts as sure
SURE_MIN_COUNT = 1  # … read so at least this often in the document
SURE_BONUS = 0.3  # log10 cost taken off such a form elsewhere in the document
SURE_PAIR_BONUS = 0.3  # log10 bonus of a pair of neighbours the first pass read with confidence
# a form read with confidence at least this often on the page is the reading of a token kept as no word there
# (:meth:`Restorer._garbled_spots`)
GARBLE_MIN_COUNT = 1
HEADER_LINES = 6  # the header block: issuing body, place and date
HEADER_BONUS = 0.8  # … a form read there with confidence
CLEAN_MIN_WORDS = 6  # shorter texts ("Pang uy phuong") say too little: read them as OCR
# (Clean text once also offered another key's reading, at +1.5 log10: "tim" in "quan tim"
# as tâm. Measured on 1,000 held-out news and 1,000 legal lines it changed no syllable
# (24,300/24,748 and 30,525/30,906 either way) and cost 17% of cold speed on clean text,
# since it ran the whole OCR channel for every word: removed.)
# forms rarer than the key's commonest by more than this (log10) are left out. (4.0 until session 16:
# 3.5 offers 19% fewer candidate pairs on held-out news lines — the lattice's look-ups and the Viterbi
# scale with them — for 1-2 syllables in 4,000 news and 2,000 legal lines outside bench/restore.py's
# sample; 3.0 lost 0.04 point on news)
CLEAN_FREQ_RANGE = 3.5
CLEAN_PER_KEY = 16  # forms of one key a clean token offers (the commonest first)
CORRECT_MIN_MARGIN = 1.0  # correct mode: log10 margin a change must win by
# a syllable whose only vowel eng OCR printed "g" — the round o with a dot below or a horn, as in "hgp" (hợp), "dugc"
# (được): "chg" (chợ, 18 on the tuning documents' eng OCR, restored "chủ", "chỗ", "cho": "tại ít nhất 02 chợ" lost its
# unit, a15-02), "trg" (trợ), "hgc" (học), "dgt" (đợt), "Lgi" (lợi). No vowel is left for the channel, which offered
# every vowel alike; read as the o it stands for, its forms with a dot below first (the g's tail: ọ, ộ, ợ — every one
# of those words has it). Not after "n" ("ng" is an onset)
_G_FOR_O_RE = re.compile(r"(ch|tr|th|kh|ph|nh|gi|[bcdhklmrstvx])g(c|t|p|m|i|u|n)?")
G_FOR_O_COST = 0.4  # channel cost of such a token read as its o
G_PLAIN_O_COST = 0.5  # … further, for a form whose o has no dot below (cho, chờ, chỗ)
_DOTTED_O = frozenset("ọộợ")
# a vowel group eng OCR printed short, the word still a key or none: "Buc 2." (Bước), "3.000 lot nông dân" (lượt),
# "chữa chy" (cháy) — the channel offered no form with the vowels lost ("Đức 2.", "lọt nông dân", "chưa chú"):
# (written vowel, the group it may stand for), the group's forms offered at DROPPED_VOWELS_COST beside the channel's
_DROPPED_VOWELS_RE = re.compile(r"(ngh|ch|tr|th|kh|ph|nh|ng|gi|[bcdghklmnqrstvx])(u|o|y)(c|t|p|n|ng|m|i)?")
DROPPED_VOWELS = {"u": ("uo",), "o": ("uo",), "y": ("ay",)}  # (folded keys: "uo" holds ươ, "ay" ây)
DROPPED_VOWELS_COST = 1.0
_ROMAN_RE = re.compile(r"[IVXLC]{1,5}")
# a Roman numeral whose I eng OCR read as l ("Ill" → "III", "Vl" → "VI"): no Vietnamese word looks so
_GARBLED_ROMAN_RE = re.compile(r"[IVX][IVXl]{1,4}")
# capitals then digits ("B6", "A1", "TT10"): a step or item code on an accented OCR page. Legacy OCR
# writes "B6" for "Bộ" (its 6 is an ô), an engine that writes marks does not: correction read the
# step "B6" of 2904/QĐ-UBND's procedure table (B1 … B7) as "BỘ"
_CAPS_DIGITS_RE = re.compile(r"[A-ZĐ]{1,3}\d{1,3}")
_SYMBOL_SPLIT_RE = re.compile(r"([-/\s]+)")
# Latin-1 marks and look-alikes an English-trained engine writes for Vietnamese letters
_LEGACY_GLYPH_RE = re.compile(r"[à-öø-ÿ¢€&@]|[a-z]\d|\d[a-z]")
# … but a measure or a code mixes digits and letters too, in any text: a number with its unit
# ("8h", "10h15", "12kg", "50ha", "200m2", "3x2"), a squared or cubed unit ("m2", "km2"), a
# code in capitals ("U23", "A320", "MP7", "5G", "3D", "M1A2"). Not when the digit is legacy OCR's
# letter: "s6", "d6ng", "1a" (là), "4n" (ăn), and capitals with a lone 6/0/1/4 ("B6", "D6NG" = ĐỒNG)
_MEASURE_OR_CODE_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:h\d{1,2}|h|g|kg|mg|ha|m|km|cm|mm|ml|cc|x\d+|X\d+)[23²³]?"
    r"|(?:m|km|cm|mm|dm)[23²³]"
    r"|[A-Z]{1,4}(?:\d{2,4}|[235789])(?:[A-Z]\d)?"
    r"|\d{1,4}[A-HJKM-SU-Z][A-Z]{0,3}")  # (not "1T", "1I": legacy OCR's II, protected.py)

#: decode many contexts at once in waves (:mod:`.viterbi`); False: always stepwise, as before (tests compare)
WAVES = True

_lock = threading.Lock()
_MODEL: "Restorer | None" = None


def model_path() -> Path:
    """Base model path: ``$VANBAN_LM`` or the packaged ``data/lm.bin``."""
    return Path(os.environ.get("VANBAN_LM", DEFAULT_PATH))


def user_layer_path() -> Path | None:
    p = os.environ.get("VANBAN_LM_USER")
    return Path(p) if p else None


def get_model() -> LanguageModel:
    return get_restorer().lm


def get_restorer() -> "Restorer":
    """The process-wide restorer, loaded on first use (workers load their own)."""
    global _MODEL
    if _MODEL is None:
        with _lock:
            if _MODEL is None:
                _MODEL = Restorer(LanguageModel(model_path(), user_layer_path()))
    return _MODEL


_warming: threading.Thread | None = None


def warm_restorer() -> None:
    """Start loading the process-wide restorer in a background thread (once per process).

    Why: a page that needs OCR goes on to correction/restoration, and while
    Tesseract reads it the Python process only waits; loading the model then
    (imports, LM, candidate inventory: about 0.2 s) overlaps the OCR instead of
    following it. Same CPU time, less wall time. :func:`get_restorer` waits
    for it under its lock.
    """
    global _warming
    if _warming is None and _MODEL is None:
        _warming = threading.Thread(target=get_restorer, name="vanban-restorer-load", daemon=True)
        _warming.start()


def set_user_layer(path: Path | str | None) -> None:
    """Reload the process model with (or without) an archive adaptation layer."""
    global _MODEL
    with _lock:
        _MODEL = Restorer(LanguageModel(model_path(), path))


def gc_paused(fn, *args):
    """``fn(*args)`` with the cyclic garbage collector paused (a collector the application
    turned off stays off; one turned on is on again after, whatever ``fn`` raised).

    Why: restoring a page allocates tens of thousands of containers (candidate lists,
    lattice rows, token records), and every 700 that stay alive set off a young-generation
    pass over all that is alive at that moment — on a page of new words, the new cache
    entries and the records built so far too: 30-50 passes per legacy-OCR page, measured
    with ``gc.callbacks`` at 7-10% of its time (seeds, caches emptied: 15 ms of GC in 175 ms).
    Restoration makes no reference cycles that need the collector (reference counting
    frees its temporaries); what the call keeps is looked at once, by the first collection
    after it. Not thread-safe in the strict sense: a thread restoring while another one's
    call ends runs with the collector on, which changes its speed, never its result."""
    if not gc.isenabled():
        return fn(*args)
    gc.disable()
    try:
        return fn(*args)
    finally:
        gc.enable()


#: a name with capitals of its own inside: letters only (an apostrophe allowed), four or more, a small letter
#: or an apostrophe before a capital ("iOffice", "MobiFone", "VNeID", "H'Hen"); digits ("0H00") and short tokens ("mK") are OCR's
_OWN_CAPITALS_RE = re.compile(r"(?=(?:[A-Za-z]'?){4,}$)[A-Za-z']*(?:[a-z]'?|')[A-Z][A-Za-z']*")


@lru_cache(maxsize=1 << 16)
def apply_case(raw: str, form: str) -> str:
    """Carry the case pattern of the input token over to the chosen form
    (a form spelt with its own capitals, "TTg", is already the token: kept)."""
    if raw.islower() or form == raw:
        return form
    if raw.isascii() and raw.isalpha():
        # (what the rules below make of plain capitals and of a capital then small letters,
        # without counting letters: a page's first sight of its words asks thousands of times;
        # neither can spell a code's own small letter)
        if raw.isupper():
            return form.upper() if len(raw) >= 2 else form[:1].upper() + form[1:]
        if raw[0].isupper() and raw[1:].islower():
            return form[:1].upper() + form[1:]
    if form.lower() == raw.lower() and (confusions.MIXED_CASE_CODE_RE.fullmatch(raw) or _OWN_CAPITALS_RE.fullmatch(raw)):
        # "TTg", "PTTgCP": a code's own small letter, not a capital OCR read small; a name restoration left
        # letter for letter keeps its own capitals ("iOffice", "eCabinet", "VNeID", "H'Hen": a final newcomer
        # saw "ioffice", "VNEID"); a capital OCR read small inside a Vietnamese word ("THUoNG") gains a mark
        return raw
    letters = [c for c in raw if c.isalpha()]
    lower = sum(1 for c in letters if not c.isupper())
    if len(letters) >= 2 and lower == 0:
        return form.upper()
    if lower == 1 and letters[0].isupper() and (
        len(letters) >= 4 or (len(letters) == 3 and letters[1].isupper())
    ):
        # a capital OCR read as small ("MUC PiCH", "THUoNG"): still a heading word
        return form.upper()
    if letters and letters[0].isupper():
        return form[:1].upper() + form[1:]
    return form


def fix_symbol(sym: str) -> str:
    """Repair the codes of a document symbol ("13-KH/BU" → "13-KH/ĐU")."""
    parts = _SYMBOL_SPLIT_RE.split(sym)
    form = symbol_form(sym)  # the one grammar of vanban.symbols: a state symbol's "-BU" stays
    return "".join(confusions.fix_symbol_code(p, form) if p.isalpha() and p.isupper() else p for p in parts)



def _has_vowel(word: str) -> bool:
    """True when ``word`` holds a vowel, marked ones included: an ALL-CAPS token
    without one (VT, TT, MTTQ, HĐND) is never a syllable and stays as written,
    while "NẮM" is a word written in capitals (a list of unmarked vowels once
    missed "Ắ" and made it an abbreviation)."""
    return bool(_VOWEL_LETTERS.intersection(fold(word)))


_VOWEL_LETTERS = frozenset("aeiouy")

_MASKS: dict[int, tuple] = {}


def _id_masks(keys: np.ndarray, V: int) -> tuple[np.ndarray, np.ndarray]:
    """(ids that begin a pair of ``keys``, ids that end one) as boolean arrays of length ``V``,
    kept for the last few key arrays: the house style's are the same on every call (two
    55 k-entry arrays zeroed and filled per call were ~2% of a short line's time)."""
    hit = _MASKS.get(id(keys))
    if hit is None or hit[0] is not keys or len(hit[1]) != V:
        first = np.zeros(V, bool)
        first[keys // V] = True
        second = np.zeros(V, bool)
        second[keys % V] = True
        if len(_MASKS) > 8:
            _MASKS.clear()
        hit = _MASKS[id(keys)] = (keys, first, second)
    return hit[1], hit[2]


#: the stepwise Viterbi lays a text's trigram corrections out densely (one float32 per
#: triple of its blocks up to the last kept one) below this many: a short line's few
#: thousand; a long single context of OCR readings would need megabytes (sparse there)
DENSE_DELTAS_MAX = 1 << 16


class _Lattice:
    """Every context of one ``restore`` call laid out as flat arrays.

    Each context is padded ``<s> <s> w1 … wn </s>``; position ``t`` owns the
    candidates ``ids[off[t] : off[t] + n[t]]``. All LM look-ups of the call
    are made here in a few vectorised calls: one score per candidate PAIR
    (what a triple scores when its trigram was not kept), and exact trigram
    scores only for the sparse triples whose two bigrams are both known,
    stored as corrections (``delta``) to the pair score.

    (Measured and not kept, session 13, on bench/restore.py's 1,000 held-out news and legal
    lines, A/B in one process, caches emptied first: a cross-text cache of the LM's answers
    per candidate pair BLOCK — two neighbouring tokens' candidate lists, keyed by their id
    tuples, answers in a flat arena gathered once per lattice. 35% of news pairs and 67% of
    legal pairs stand in a block met earlier, yet cold news ran 0.98-1.02x and cold legal
    0.94x (warm 1.12-1.24x): the look-ups on the rest cost nearly as many numpy calls as on
    all, and the keys, dict and gathers add their own. Trigram blocks recur less (6% news,
    38% legal). Nor did fewer calls here pay: exclusive running sums as ``cumsum - x``,
    ``np.append``/``np.full``/``astype`` copies dropped (~15 calls a line): 0.98x cold, noise.)
    """

    def __init__(self, lm: LanguageModel, segs: list[list[tuple[int, tuple, list, list]]], style=None,
                 costs: np.ndarray | None = None):
        """``costs``: the candidates' channel costs in lattice order when the caller has them
        (:meth:`flat_costs`), else read from ``segs``."""
        bos, eos = lm.bos, lm.eos
        # every context padded <s> <s> … </s> as entries of its own, then each field read off
        # the one list (a list comprehension per field, not five per context)
        head, tail = (-1, (), [bos]), (-1, (), [eos])
        blocks: list = []
        self.seg_bounds: list[tuple[int, int]] = []
        for seg in segs:
            t0 = len(blocks)
            blocks += [head, head, *seg, tail]
            self.seg_bounds.append((t0, len(blocks)))
        n = [len(e[2]) for e in blocks]
        ids = list(itertools.chain.from_iterable([e[2] for e in blocks]))
        self.tok_index: list[int] = [e[0] for e in blocks]
        self.cands: list[tuple] = [e[1] for e in blocks]
        self.n = n_arr = np.asarray(n, np.int64)
        starts = [a for a, _ in self.seg_bounds]
        # position of each block within its context (0, 1 for the two <s>)
        self.k = k_arr = np.arange(len(n)) - np.asarray(starts).repeat([b - a for a, b in self.seg_bounds])
        self.off = off = np.concatenate(([0], n_arr.cumsum()[:-1]))
        self.ids = ids_arr = np.asarray(ids, np.int64)
        self.costs = cost_arr = (self.flat_costs(segs) if costs is None else np.asarray(costs, np.float32))
        T = len(n_arr)
        # -- pairs (t-1, t) for every position with k >= 1, row-major (prev, cur)
        n_1 = np.concatenate(([1], n_arr[:-1]))  # n[t-1]
        n_2 = np.concatenate(([1, 1], n_arr[:-2]))[:T]  # n[t-2]
        psize = np.where(k_arr >= 1, n_1 * n_arr, 0)
        self.pair_off = np.concatenate(([0], psize.cumsum()[:-1]))
        tp = np.arange(T).repeat(psize)
        # L, R: the flat candidate indices of each pair. Row-major blocks list every candidate
        # of block t-1 in turn (that is, flat order), each with a run of the n[t] candidates
        # of block t: repeats, not a division and a modulo of every pair (3x the time)
        nflat = len(ids_arr)
        nxt = np.append(np.where(k_arr[1:] >= 1, n_arr[1:], 0), 0)  # per block t-1: n[t] if pairs (t-1, t) exist
        run = nxt.repeat(n_arr)  # per flat candidate: its run's length
        L = np.arange(nflat).repeat(run)
        run_start = np.concatenate(([0], run.cumsum()[:-1]))
        next_off = np.append(off[1:], nflat).repeat(n_arr)  # per flat candidate: where block t begins
        R = np.arange(len(L)) + (next_off - run_start).repeat(run)
        a_ids, b_ids = ids_arr[L], ids_arr[R]
        # backoff weight W of each pair as a trigram history: added once per Viterbi state
        pidx = lm.bigram_index(a_ids, b_ids)
        B, hit, self.W = lm.pair_scores(a_ids, b_ids, pidx)
        hit |= (a_ids == bos) & (b_ids == bos)  # (<s>, <s>) heads every trigram (<s>, <s>, w1)
        self.B = B
        # -- triples: a known pair into candidate m (block t-1) × a known pair out of m (block t)
        self.tri_base = np.concatenate(([0], (n_2 * n_1 * n_arr).cumsum()[:-1]))
        # (``x.nonzero()[0]``, not ``np.flatnonzero(x)``: on a line's small 1-D arrays its ravel and
        # dispatch cost more than the search; ~11 calls a line)
        H = hit.nonzero()[0]
        # the pairs into m: only a history with kept continuations can begin a kept trigram
        # (without an archive layer, whose trigrams are kept apart): ~8% fewer look-ups
        Hin = H if lm.user is not None else H[lm.has_continuations(pidx[H])]
        cin = np.bincount(R[Hin], minlength=nflat)
        cout = np.bincount(L[H], minlength=nflat)
        tcount = cin * cout
        mids = tcount.nonzero()[0]
        self.tri_key = np.zeros(0, np.int64)
        self.tri_t = np.zeros(0, np.int64)
        self.tri_flat = np.zeros(0, np.int64)
        self.tri_delta = np.zeros(0, np.float32)
        if len(mids):
            inc = Hin[R[Hin].argsort(kind="stable")]
            out = H  # (pairs in row-major order: L[H] already ascends, so its stable sort is H itself)
            in_start = np.concatenate(([0], cin.cumsum()[:-1]))
            out_start = np.concatenate(([0], cout.cumsum()[:-1]))
            tc = tcount[mids]
            m = mids.repeat(tc)
            loc = np.arange(len(m)) - np.concatenate(([0], tc.cumsum()[:-1])).repeat(tc)
            co = cout[m]
            ip = inc[in_start[m] + loc // co]
            op = out[out_start[m] + loc % co]
            delta = lm.trigram_delta(ids_arr[L[ip]], ids_arr[m], ids_arr[R[op]], B[op], self.W[ip], pidx[ip])
            keep = delta != 0
            ip, op, m, delta = ip[keep], op[keep], m[keep], delta[keep]
            t = tp[op]
            flat = ((L[ip] - off[t - 2]) * n_arr[t - 1] + (m - off[t - 1])) * n_arr[t] + (R[op] - off[t])
            key = self.tri_base[t] + flat
            order = key.argsort(kind="stable")
            self.tri_key, self.tri_t = key[order], t[order]
            self.tri_flat, self.tri_delta = flat[order], delta[order].astype(np.float32)
        self._lm_B, self._pk, self._L, self._R, self._V = B, a_ids * lm.V + b_ids, L, R, lm.V
        self._Wz = np.where(b_ids == eos, np.float32(0), self.W).astype(np.float32)
        self.restyle(cost_arr, style)
        bounds = self.tri_t.searchsorted(np.arange(T + 1))
        self.tri_lo, self.tri_hi = bounds[:-1].tolist(), bounds[1:].tolist()

    def split(self, counts: list[int]) -> list["_Lattice | None"]:
        """The lattice cut into consecutive runs of ``counts[i]`` contexts (None for 0), each
        the lattice those contexts alone would have built, before :meth:`restyle`: the same
        candidates, LM scores and kept trigram corrections (array slices, rebased), so its
        Viterbi and posteriors are those of the text alone. The caller restyles each.

        Why: :meth:`Restorer._restore_many` builds one lattice for many short texts (one set
        of look-ups instead of one per text) and decodes each text on its own part. A context
        never reaches into its neighbour (pairs and triples stay inside one), so only the
        offsets move — and the trigram key base, recomputed: at a part's first block it
        counts the previous part's last blocks."""
        nflat = len(self.ids)
        off_end = np.append(self.off, nflat).tolist()
        pair_end = np.append(self.pair_off, len(self._lm_B)).tolist()
        parts: list = []
        c0 = 0
        for cnt in counts:
            if not cnt:
                parts.append(None)
                continue
            T0, T1 = self.seg_bounds[c0][0], self.seg_bounds[c0 + cnt - 1][1]
            f0, f1, p0, p1 = off_end[T0], off_end[T1], pair_end[T0], pair_end[T1]
            v = _Lattice.__new__(_Lattice)
            v.seg_bounds = [(a - T0, b - T0) for a, b in self.seg_bounds[c0 : c0 + cnt]]
            v.tok_index, v.cands = self.tok_index[T0:T1], self.cands[T0:T1]
            v.n = n = self.n[T0:T1]
            v.k = self.k[T0:T1]
            v.off, v.ids = self.off[T0:T1] - f0, self.ids[f0:f1]
            v.pair_off = self.pair_off[T0:T1] - p0
            v.W, v._lm_B, v._pk, v._Wz = self.W[p0:p1], self._lm_B[p0:p1], self._pk[p0:p1], self._Wz[p0:p1]
            v.B = v._lm_B
            v._L, v._R, v._V = self._L[p0:p1] - f0, self._R[p0:p1] - f0, self._V
            n_1 = np.concatenate(([1], n[:-1]))
            n_2 = np.concatenate(([1, 1], n[:-2]))[: len(n)]
            v.tri_base = np.concatenate(([0], (n_2 * n_1 * n).cumsum()[:-1]))
            q0, q1 = self.tri_t.searchsorted([T0, T1]).tolist()
            v.tri_t, v.tri_flat, v.tri_delta = self.tri_t[q0:q1] - T0, self.tri_flat[q0:q1], self.tri_delta[q0:q1]
            v.tri_key = v.tri_base[v.tri_t] + v.tri_flat
            bounds = v.tri_t.searchsorted(np.arange(len(n) + 1))
            v.tri_lo, v.tri_hi = bounds[:-1].tolist(), bounds[1:].tolist()
            v.costs, v._post_memo = self.costs[f0:f1], None
            parts.append(v)
            c0 += cnt
        return parts

    def restyle(self, costs: np.ndarray, style=None, segments: list[int] | None = None) -> None:
        """New channel costs (same candidates) and pair bonuses: the LM look-ups stay.

        Why: the document cache's second pass changes only costs and bonuses,
        so it re-decodes this lattice instead of building another. ``segments``:
        the contexts the Viterbi will decode again (the others keep their old
        Viterbi blocks, which nothing reads any more); default all.
        """
        self._post_memo = None  # (posteriors of a path under the old costs: stale now)
        B = self._lm_B
        if style is not None and len(style[0]):
            # house-style bonus on top of whatever the LM said (trigram deltas stay relative to B)
            idx = self.pairs_in(style[0])
            if len(idx):
                B = B.copy()
                B[idx] += style[1][style[0].searchsorted(self._pk[idx])]
        self.B = B
        self.costs = costs
        # pair score minus the candidate's channel cost, plus the pair's backoff weight as the
        # next trigram's history (0 before </s>, where no trigram follows): the Viterbi step
        # then adds one block instead of two
        if segments is None:
            self.BW = (B - costs[self._R]) + self._Wz
            return
        ends = np.append(self.pair_off, len(B))
        lo = ends[[self.seg_bounds[i][0] for i in segments]]
        hi = ends[[self.seg_bounds[i][1] for i in segments]]
        size = hi - lo
        idx = np.arange(int(size.sum())) + (lo - np.concatenate(([0], size.cumsum()[:-1]))).repeat(size)
        self.BW[idx] = (B[idx] - costs[self._R[idx]]) + self._Wz[idx]

    def pairs_in(self, keys: np.ndarray) -> np.ndarray:
        """Indices (ascending) of the candidate pairs whose key ``a*V+b`` is in ``keys`` (sorted
        int64). Why not a binary search of every pair (what this replaces): a page has
        ~40 k pairs and the keys (house style, the document's pairs) a few hundred; only
        pairs whose two candidates both hold an id of the keys' (first, second) are searched."""
        first, second = _id_masks(keys, self._V)
        cand = (first[self.ids][self._L] & second[self.ids][self._R]).nonzero()[0]
        if not len(cand):
            return cand
        pk = self._pk[cand]
        pos = np.minimum(keys.searchsorted(pk), len(keys) - 1)
        return cand[keys[pos] == pk]

    @staticmethod
    def flat_costs(segs) -> np.ndarray:
        """The candidates' costs in lattice order (<s> <s> … </s> per context)."""
        out: list[float] = []
        for seg in segs:
            out += [0.0, 0.0]
            for _, _, _, cco in seg:
                out += cco
            out.append(0.0)
        return np.asarray(out, np.float32)

    def viterbi(self, segments: list[int] | None = None, best: list[int] | None = None) -> list[int]:
        """Best candidate index of every position (exact trigram Viterbi).

        ``segments``: indices (into ``seg_bounds``) of the contexts to decode,
        the others keep their entry of ``best`` (default: all, from zeros).
        Why few numpy calls per step: a step is a handful of operations on
        arrays of a few hundred values, so their number, not their size, is
        what a step costs. The pair's backoff weight is folded into the pair
        block (:attr:`BW`), trigram corrections are added where kept. A step keeps
        its score block, not its argmax over the history: the backtrack takes the
        argmax of the one column on the best path (the same first maximum), one
        call per step on a few values instead of one on the whole block.

        Many contexts at once (a page's first pass, a second pass that redoes many) go to
        :func:`.viterbi.decode`, which steps all their k-th positions together (same path,
        a fraction of the calls); this stepwise loop decodes short texts and the few
        contexts a second pass mostly redoes.

        (Measured and not kept, session 14: this loop as one numba kernel — the same float32
        sums, the first maximum — gave the same path on all 2,012 first-pass lattices of
        bench/restore.py's inputs and ran 6.5x faster on its news lines (227 → 35 µs a line),
        7.8x on its legal lines (331 → 42), 3.3x and 5.5x faster than the waves on the seeds
        and documents. But importing numba and loading the cached kernel cost 0.85 s CPU per
        process, against a model that loads in 0.1 s CPU and a process per file in the bench's
        per-file figures, while the Viterbi is 14% of a news line's time
        (bench/restore_split.py): no compiled dependency for that.)
        """
        if WAVES and len(self.seg_bounds if segments is None else segments) >= viterbi.MIN_CONTEXTS:
            return viterbi.decode(self, segments, best)  # many contexts: stepped in waves, the same path
        n = self.n.tolist()
        pair_off = self.pair_off.tolist()
        BW, flat, delta = self.BW, self.tri_flat, self.tri_delta
        lo, hi = self.tri_lo, self.tri_hi
        # a short text's trigram corrections laid out densely (zero where none is kept): a
        # step adds its block of them, one call, instead of a scatter of three (adding zeros
        # leaves every other score as it was, so the path is the same)
        dense = None
        if len(self.tri_key):
            last = int(self.tri_t[-1])  # (the block of the last correction ends the layout)
            size = int(self.tri_base[last]) + n[last - 2] * n[last - 1] * n[last]
            if size <= DENSE_DELTAS_MAX:
                dense = np.zeros(size, np.float32)
                dense[self.tri_key] = delta
                base = self.tri_base.tolist()
        best = [0] * len(n) if best is None else list(best)
        bounds = self.seg_bounds if segments is None else [self.seg_bounds[i] for i in segments]
        amax = np.maximum.reduce
        for t0, t1 in bounds:
            # state (i[t-2], i[t-1]) after the two <s>: the backoff weight of (<s>, <s>)
            p = pair_off[t0 + 1]
            S = BW[p : p + 1]
            backs: list = [None] * (t1 - t0)
            for t in range(t0 + 2, t1):
                n1, n0 = n[t - 1], n[t]
                p = pair_off[t]
                bc = BW[p : p + n1 * n0].reshape(n1, n0)
                if n[t - 2] == 1:
                    # one history state per i[t-1]: S is a vector, no choice to remember
                    tot = S.reshape(n1, 1) + bc
                    if hi[t] > lo[t]:
                        if dense is not None:
                            tot += dense[base[t] : base[t] + n1 * n0].reshape(n1, n0)
                        else:
                            tot.reshape(-1)[flat[lo[t] : hi[t]]] += delta[lo[t] : hi[t]]
                    S = tot
                else:
                    tot = S[:, :, None] + bc
                    if hi[t] > lo[t]:
                        if dense is not None:
                            tot += dense[base[t] : base[t] + tot.size].reshape(tot.shape)
                        else:
                            tot.reshape(-1)[flat[lo[t] : hi[t]]] += delta[lo[t] : hi[t]]
                    backs[t - t0] = tot  # its argmax is taken along the best path only
                    S = amax(tot, 0)
            # S is (n[last word], 1): the state ending in </s>
            cur, prev = 0, int(S.reshape(-1).argmax())  # indices at t and t-1
            for t in range(t1 - 1, t0 + 1, -1):
                best[t] = cur
                bp = backs[t - t0]
                cur, prev = prev, (0 if bp is None else int(bp[:, prev, cur].argmax()))
        return best

    def local_scores(self, path: list[int], positions: list[int]) -> np.ndarray:
        """For every candidate ``c`` of ``positions`` (concatenated): the LM score
        of the three trigrams that contain it, neighbours fixed to ``path``.

        What depends on ``positions`` alone is kept for the same list object (both
        passes of a page ask for the same positions)."""
        cached = self.__dict__.get("_local_layout")
        if cached is None or cached[0] is not positions:
            cached = self._local_layout = (positions, *self._local_plan(positions))
        _, t, c, t2, third, static = cached
        pth = np.asarray(path, np.int64)
        im2, im1, ip1 = pth[t - 2], pth[t - 1], pth[t + 1]
        # the three trigrams in one look-up (three arrays' worth of numpy calls, not three times as many)
        m = len(t)
        v = self._lp_at(static, np.concatenate((im2, im1, c)), np.concatenate((im1, c, ip1)),
                        np.concatenate((c, ip1, pth[t2])))
        s = v[:m] + v[m : 2 * m]
        if third is not None:
            s += np.where(third, v[2 * m :], 0.0)
        return s

    def _local_plan(self, positions: list[int]) -> tuple:
        """(block of each candidate, its index in the block, the block two on, whether that block
        is a word of the same context (None: never), the look-up plan of the three trigrams)."""
        n, k = self.n, self.k
        P = np.asarray(positions, np.int64)
        cnt = n[P]
        t = P.repeat(cnt)
        c = np.arange(int(cnt.sum())) - np.concatenate(([0], cnt.cumsum()[:-1])).repeat(cnt)
        # (c, i[t+1], i[t+2]) when t+1 is a word of the same context (not </s>)
        t2 = np.minimum(t + 2, len(n) - 1)
        third = (t + 2 < len(n)) & (k[t2] == k[t] + 2)
        return t, c, t2, (third if third.any() else None), self._lp_plan(np.concatenate((t, t + 1, t2)))

    def _lp_plan(self, t) -> tuple:
        """What :meth:`_lp_at` reads of blocks ``t`` (their pair offsets, sizes, trigram base)."""
        return self.pair_off[t], self.n[t], self.pair_off[t - 1], self.n[t - 1], self.tri_base[t]

    def _lp_at(self, plan, a, b, c) -> np.ndarray:
        """log10 P(c | a b) of candidate indices (a, b, c) at the blocks of ``plan`` (:meth:`_lp_plan`).

        A kept trigram's correction is read by pair (b, c) and ``a`` where the first pass's
        waves laid the corrections out so (:func:`.viterbi.forward` keeps them on the lattice
        as ``_slots``: per candidate pair the slot of its first correction or -1, and the
        corrections, ``n[t-2]`` per such pair, 0 where no trigram is kept) — two reads instead
        of a binary search of the sorted trigram keys for each of three trigrams per candidate,
        twice a page. Other lattices (short texts, decoded stepwise) search as before: laying
        the corrections out costs a line more than it saves."""
        off_t, n_t, off_t1, n_t1, tri_base = plan
        last = len(self.B) - 1  # rows the caller masks out may point past the end: clip them
        v = self.B[np.minimum(off_t + b * n_t + c, last)].astype(np.float64)
        v += self.W[np.minimum(off_t1 + a * n_t1 + b, last)]
        if len(self.tri_key):
            slots = self.__dict__.get("_slots")
            if slots is not None and slots[0] is self.tri_delta:  # (laid out for these corrections)
                _, slot, deltas = slots
                s = slot[np.minimum(off_t + b * n_t + c, last)]
                v += np.where(s >= 0, deltas[np.minimum(np.maximum(s, 0) + a, len(deltas) - 1)], 0.0)
            else:
                key = tri_base + (a * n_t1 + b) * n_t + c
                pos = np.minimum(self.tri_key.searchsorted(key), len(self.tri_key) - 1)
                v += np.where(self.tri_key[pos] == key, self.tri_delta[pos], 0.0)
        return v


class _Pass(NamedTuple):
    """What the first pass leaves for the second: its lattice and path, each lattice
    candidate's channel cost (float64) and, where a sure-form bonus may apply, its
    form; the house-style pair bonuses; the symbols it repaired."""

    lat: _Lattice | None  # None: the text has no word, number or symbol to decode
    path: list[int]
    costs: np.ndarray | None
    flat_forms: list
    style: tuple | None
    out_forms: dict
    choices: list
    #: clean text (marks lost, not OCR) that names a body of its own unit or a body's act: a second pass may
    #: change something there (:func:`.names.unit_body_context`, :func:`.body_acts.act_context`, asked once)
    context: bool = False


class Restorer:
    def __init__(self, lm: LanguageModel):
        self.lm = lm
        self.gen = CandidateGenerator(lm)
        self.joined = JoinedForms(lm)
        self._wc: dict[tuple[str, str], tuple[tuple[Candidate, ...], list[int], list[float]]] = {}
        self._wk: dict[int, tuple] = {}  # id of a _wc entry → (entry, folded, forms, keys)
        style = sorted((lm.ids[a] * lm.V + lm.ids[b], bonus) for (a, b), bonus in confusions.HOUSE_STYLE_PAIRS.items()
                       if a in lm.ids and b in lm.ids)
        self._style = (np.asarray([k for k, _ in style], np.int64), np.asarray([v for _, v in style], np.float32))

    # -- public --------------------------------------------------------------
    def restore(self, text: str, mode: str = "restore") -> Restoration:
        """Restore ``text``. ``mode``: "restore" (diacritics lost / legacy OCR)
        or "correct" (accented OCR: change a valid syllable only on a large margin).
        The cyclic garbage collector is paused for the call (:func:`gc_paused`)."""
        if mode not in ("restore", "correct"):
            raise ValueError(f"unknown restoration mode {mode!r}")
        return gc_paused(self._restore, text, mode)

    def restore_many(self, texts, mode: str = "restore") -> list[Restoration]:
        """``[self.restore(t, mode) for t in texts]``, the same results, the first passes'
        lattices built as one (:meth:`_restore_many`); the collector paused for the call."""
        if mode not in ("restore", "correct"):
            raise ValueError(f"unknown restoration mode {mode!r}")
        return gc_paused(self._restore_many, list(texts), mode)

    def _restore(self, text: str, mode: str) -> Restoration:
        # NFC + canonical tones first: same length as the NFC input, so token
        # offsets stay valid for it, and "uỷ" is seen as the valid "ủy"
        # (ASCII text — what lost its marks — is NFC and has no tone to move: left as it is, which
        # spares a regex callback per word, ~4% of a short line's time)
        if not text.isascii():
            text = normalize(text)
        if mode == "restore":
            text = blank_speck_lines(text)  # a line of scanner specks ("9 2 & . . . . ."): blanked, one for one
        toks = list(scan(text))
        clean, state = self._run(text, toks, mode)
        return self._after_first_pass(text, toks, mode, clean, state)

    def _restore_many(self, texts, mode: str) -> list[Restoration]:
        """Each text restored exactly as :meth:`_restore` alone would, the first passes'
        lattices built as one (:meth:`_Lattice.split` gives each text its own back).

        Why: a short line's restoration is mostly fixed cost — the lattice's few dozen
        numpy calls and LM look-ups, the same number for 5 words as for 500 — so many
        independent lines share those calls; everything that couples a text's words (the
        document cache, house style, the second pass) stays per text."""
        prepared = []
        for text in texts:
            if not text.isascii():
                text = normalize(text)
            if mode == "restore":
                text = blank_speck_lines(text)  # as :meth:`_restore` does
            toks = list(scan(text))
            prepared.append((text, toks, *self._prepare(text, toks, mode)))
        segs = [seg for p in prepared for seg in p[3]]
        lats: list = [None] * len(prepared)
        paths: list = [None] * len(prepared)
        costs64 = [np.asarray(p[4], np.float64) if p[3] else None for p in prepared]
        if segs:
            whole = _Lattice(self.lm, segs, None, np.concatenate([c for c in costs64 if c is not None]).astype(np.float32))
            lats = whole.split([len(p[3]) for p in prepared])
            for p, lat, c in zip(prepared, lats, costs64):
                if lat is not None:
                    lat.restyle(c.astype(np.float32), p[6])  # each text's own pair bonuses
            if WAVES and len(segs) >= viterbi.MIN_CONTEXTS:
                # every text's first pass decoded in one set of waves (bit for bit the path of
                # each text decoded alone: :mod:`.viterbi`), over the parts' own scores
                whole.BW = np.concatenate([lat.BW for lat in lats if lat is not None])
                path, t0 = whole.viterbi(), 0
                for i, lat in enumerate(lats):
                    if lat is not None:
                        paths[i], t0 = path[t0 : t0 + len(lat.n)], t0 + len(lat.n)
            else:
                paths = [None if lat is None else lat.viterbi() for lat in lats]
        out = []
        for (text, toks, clean, segs_i, _, flat_forms, style, out_forms, choices, context), lat, path, c in zip(
                prepared, lats, paths, costs64):
            state = _Pass(None, [], None, flat_forms, None, out_forms, choices, context)
            if segs_i:
                state = _Pass(lat, path, c, flat_forms, style, out_forms, choices, context)
            out.append(self._after_first_pass(text, toks, mode, clean, state))
        return out

    def _after_first_pass(self, text: str, toks, mode: str, clean: bool, state: "_Pass") -> Restoration:
        """The document cache's second pass where it may change something, then the text written."""
        if mode != "restore" or not SECOND_PASS or state.lat is None or (
                clean and not state.context):
            return self._finish(text, toks, mode, state)
        first, alternatives = self._summary(state.lat, state.path, toks)
        if clean:  # text that only lost its marks: only a body of the document's own unit ("xã hội phuong")
            own = names.own_units(first, text, SURE_CONFIDENCE)
            # (a spot may keep the pass's own reading: the word settling a body's act, "điện tử | mẫu", body_acts)
            chosen = {t: low for _, _, low, _, t in first if t is not None}
            found = _spots(first, text, own)
            moving = any(f != chosen.get(t) and f in alternatives(t) for t, f in found.items())
            spots = {t: f for t, f in found.items() if f in alternatives(t) or (moving and f == chosen.get(t))}
            return self._second_pass(text, toks, state, {}, [], spots) if spots else self._finish(text, toks, mode, state)
        # the document cache, second half: forms the first pass read with confidence
        # ("Đảng ủy phường" → phường) raise those forms wherever the document is unsure
        # and the header (issuing body, place) names the document's own unit: "PHƯỜNG" there
        # makes "phuong" in the body the ward, not "phương"
        header_end = _nth_line_end(text, HEADER_LINES)
        counts: dict[str, int] = {}
        sure: dict[str, float] = {}
        # a unit a list of units calls for ("các xã, phuong") is the list's reading, no evidence of its key's form:
        # read "phương" there in a continuation page's first lines, it raised "phương" over the page (a17-10)
        listed = names.pair_spots(first, text, settled=True)
        for start, _, low, conf, t in first:
            if t is not None and conf >= SURE_CONFIDENCE and t not in listed:
                counts[low] = counts.get(low, 0) + 1
                if start < header_end:
                    sure[low] = HEADER_BONUS
        # … and so does the body where it names the document's own unit ("Đảng ủy phường")
        own = names.own_units(first, text, SURE_CONFIDENCE)
        for f in own:
            sure[f] = HEADER_BONUS
        own |= {f for f in sure if f in names.UNIT_FORMS}
        # where a body's name ends with the key of the own unit, the unit wins ("xã hội phuong"), and so does the unit
        # a list calls for and a body's act after it; a spot read so already keeps it, whatever bonus its key's other
        # forms get below
        chosen = {t: low for _, _, low, _, t in first if t is not None}
        spots = {t: f for t, f in {**listed, **act_spots(first, text), **modal_spots(first, text)}.items()
                 if f == chosen[t] or f in alternatives(t)}
        # the own unit after a body's words: any candidate of the spot, not only the pass's runner-ups ("Hồ Chí Minh
        # xa": the LM ranked "xã" fifth of the key's forms after a name, below "xả", "xà" and "xá")
        cands = state.lat.cands
        units = {**names.org_unit_spots(first, text), **names.unit_spots(first, text, own, settled=True)}
        spots.update({t: f for t, f in units.items()
                      if t not in spots and (f == chosen[t] or any(c.form == f for c in cands[t]))})
        spots.update({t: f for t, f in self._garbled_spots(first, state, alternatives, counts).items() if t not in spots})
        header_keys = {fold(f) for f in sure}
        for f, n in counts.items():
            # a form the header settled is the document's reading of its key: rivals get nothing
            if n >= SURE_MIN_COUNT and f not in sure and fold(f) not in header_keys:
                sure[f] = SURE_BONUS
        # phrases too: two neighbours both read with confidence ("Dân vận" of "Dân vận khéo")
        ids = self.lm.ids
        pairs = {ids[a[2]] * self.lm.V + ids[b[2]]
                 for a, b in zip(first, first[1:])
                 if b[0] - a[1] == 1 and text[a[1]] == " " and a[3] >= SURE_CONFIDENCE
                 and b[3] >= SURE_CONFIDENCE and (a[4] is not None or b[4] is not None) and a[2] in ids and b[2] in ids}
        if not sure and not pairs and not spots:
            return self._finish(text, toks, mode, state)
        # only a rival the bonus could lift can change anything (the pairs favour pass-one choices)
        get = sure.get
        if all(chosen[t] == f for t, f in spots.items()) and not any(
                get(f, 0.0) > get(low, 0.0) for _, _, low, _, t in first if t is not None for f in alternatives(t)):
            return self._finish(text, toks, mode, state)
        return self._second_pass(text, toks, state, sure, sorted(pairs), spots)

    def _garbled_spots(self, first, state: "_Pass", alternatives, counts: dict[str, int]) -> dict[int, str]:
        """Positions the first pass kept as no word at all (the OCR garble itself, "vudn", "vu'dn": the model's
        unknown token, cheap in any context) where one of the token's readings is a form the document reads
        with confidence at least :data:`GARBLE_MIN_COUNT` times elsewhere → that form.

        Why: the sure forms' bonus (:data:`SURE_BONUS`) is sized to tip a choice between two words; against the
        unknown token it cannot, since the model gives the unknown word a far higher probability than a rare
        word of the domain ("vườn" of a plan on gardens: a garble kept beside 24 "vườn" read right, and the
        count's noun lost with it). A garble is no reading of its own; the document's word for its letters is."""
        unk, cands, path = self.lm.unk, state.lat.cands, state.path
        out: dict[int, str] = {}
        for _, _, _, _, t in first:
            if t is None or cands[t][path[t]].id != unk:
                continue
            for f in alternatives(t):
                if counts.get(f, 0) >= GARBLE_MIN_COUNT:
                    out[t] = f
                    break
        return out

    def _run(self, text: str, toks, mode: str) -> tuple[bool, "_Pass"]:
        """The first decoding pass. Returns (clean text?, the pass: its lattice and path, what a second pass reuses)."""
        clean, segs, flat_costs, flat_forms, style, out_forms, choices, context = self._prepare(text, toks, mode)
        state = _Pass(None, [], None, flat_forms, None, out_forms, choices, context)
        if segs:
            costs64 = np.asarray(flat_costs, np.float64)
            lat = _Lattice(self.lm, segs, style, costs64.astype(np.float32))
            path = lat.viterbi()
            state = _Pass(lat, path, costs64, flat_forms, style, out_forms, choices, context)
        return clean, state

    def _prepare(self, text: str, toks, mode: str) -> tuple:
        """What the first pass decodes: (clean text?, its contexts, each lattice candidate's
        channel cost and bonus form, the pair bonuses, the symbols' repairs and records; whether clean text
        names a body of its own unit or a body's act, :attr:`_Pass.context`)."""
        out_forms: dict[int, str] = {}
        choices: list[TokenChoice] = []
        segs: list[list] = []
        segment: list = []
        lm = self.lm
        word_cands: dict[int, tuple] = {}
        clean = mode == "restore" and self._is_clean(toks)
        for i, tok in enumerate(toks):
            if tok.kind == "word":
                word_cands[i] = self._word_candidates(tok.text, "clean" if clean else mode)
                if mode == "restore" and not clean and lone_consonant(text, toks, i):
                    word_cands[i] = self._vowel_lost(tok.text, word_cands[i])
        snapped, doc_forms, doc_pairs = self._document_evidence(text, toks, word_cands) if mode == "restore" \
            else ({}, {}, [])
        # the run-time rules look their trigger words up in one index of the text's words (:class:`.tokens.WordIndex`)
        words = WordIndex(toks) if mode == "restore" else None
        if mode == "restore":
            snapped.update(head_snaps(text, toks))  # a stacked table's header cells ("N6i dung" → Nội dung)
            snapped.update(limit_snaps(text, toks, words))  # a target's limit word that lost its vowels ("ti thiéu" → tối thiểu)
            snapped.update(bound_snaps(text, toks, words))  # a figure's bound ("95% tré én" → trở lên, "du6i 2%" → dưới)
            snapped.update(forbid_snaps(text, toks, words))  # a plan's prohibition ("- Khong dé co sé …" → Không để)
            snapped.update(doc_act_snaps(text, toks, words))  # an act on a document ("dang tai Nghi quyet" → đăng tải)
            snapped.update(comma_pair_snaps(text, toks, words))  # a stock pair across a comma ("02 tin, bai" → tin, bài)
            snapped.update(page_snaps(text, toks, words))  # a count's noun written whole ("05 trang" → trang, not tầng)
            snapped.update(dose_snaps(text, toks, words))  # a vaccine's dose ("liéu vac xin", "déng/lieu" → liều)
            snapped.update(total_snaps(text, toks, words))  # a table's total row ("| | Cong | 4.326 |" → Cộng)
            snapped.update(build_snaps(text, toks, words))  # a verb whose â left no glyph ("xy méi" → xây mới)
            snapped.update(period_snaps(text, toks, words))  # a recurrence's adverb ("dinh ky 6 thang" → định kỳ)
            snapped.update(role_snaps(text, toks, words))  # a trade's role ("thu y vién" → thú y viên, not viện)
            snapped.update(table_ref_snaps(text, toks, words))  # the text's own table ("tai bang tren" → bảng)
            snapped.update(budget_snaps(text, toks, words))  # a budget's spending head ("- Chi dau tu …: 24.180" → Chi)
            snapped.update(acronym_snaps(text, toks))  # an acronym in brackets after its words ("Breteau (BI)")
            snapped.update(note_snaps(text, toks, word_cands))  # a recipient's note ("- Ban TG (bdo cdo)" → báo cáo)
            snapped.update(name_snaps(text, toks, word_cands))  # a member's family and middle name ("Đồng chí Dang Van Lam" → Đặng Văn)
            snapped.update(office_snaps(text, toks, word_cands, words))  # a department's office ("Van phong S&" → Sở)
            snapped.update(title_snaps(text, toks, word_cands))  # an office's title ("Trudng cac thon" → Trưởng các thôn)
        # a report form before its sheet number ("Biéu 01" → Biểu, not the article "Điều"): that form alone
        sheets = form_snaps(text, toks, words) if mode == "restore" else {}
        if mode == "restore":
            sheets.update(shot_snaps(text, toks, words))  # a vaccine's count of doses ("tiêm đủ 02 mii" → mũi)
        n_words = len(word_cands)
        accented_doc = mode == "restore" and n_words and sum(doc_forms.values()) >= max(3, names.ACCENTED_DOC_SHARE * n_words)
        # per lattice candidate (<s> <s> … </s> per context): its channel cost (float64, as summed)
        # and its form where a second pass's bonus for sure forms may apply, else None
        flat_costs: list[float] = []
        flat_forms: list[str | None] = []
        # only a second pass reads the forms (on clean text, only a body of the own unit has one)
        context = clean and (names.unit_body_context(toks, words) or act_context(toks, words))
        second = mode == "restore" and SECOND_PASS and (not clean or context)
        for i, tok in enumerate(toks):
            lm_tok = lm_id_token(tok)
            if tok.kind == "symbol" and not accented_doc:
                fixed = fix_symbol(tok.text)
                if fixed != tok.text:
                    out_forms[i] = fixed
                    choices.append(_choice(tok.text, fixed, 1.0, (), tok.start, tok.end, True))
            if lm_tok is None or (segment and tok.kind == "word" and _after_caps_line(text, toks[i - 1], tok)):
                if segment:
                    segs.append(segment)
                    flat_costs.append(0.0)
                    flat_forms.append(None)
                segment = []
                if lm_tok is None:
                    continue
            if not segment:
                flat_costs += [0.0, 0.0]
                flat_forms += [None, None]
            if tok.kind == "word":
                cands, ids, costs = word_cands[i]
                bonus_ok = False
                if accented_doc and (
                        (lm.valid[lm.ids.get(tok.text.lower(), lm.unk)] and tone_fits_final(tok.text))
                        or fold(tok.text.lower()) not in self.gen.inv.by_key):
                    # a document written accented keeps what it wrote: valid words (thu, Chính),
                    # foreign and technical ones (file, Brôm, Iốt), whose letters spell no
                    # Vietnamese word; a bare key ("cac", "duoc") and a misread mark that
                    # spells none ("cẩp", "kểt": OCR of cấp, kết) are restored
                    low = tok.text.lower()
                    lid = lm.ids.get(low, lm.unk)
                    cands, ids, costs = (Candidate(tok.text, lid, 0.0),), [lid], [0.0]
                    # … unless it reads as a letter misread of an engine that writes marks
                    # ("Nghị lịnh", "Tập ưung"): that reading, at the price correction charges
                    for f, c in self.gen.inv.vie_misreads(low):
                        cands += (Candidate(f, lm.ids[f], c + KEEP_COST["correct"]),)
                        ids, costs = ids + [lm.ids[f]], costs + [c + KEEP_COST["correct"]]
                elif snapped.get(i) is not None and snapped[i] in self.lm.ids:
                    form = snapped[i]
                    # a known name: its spelling wins unless the LM is sure of another (alternatives stay)
                    if all(c.form != form for c in cands):
                        cands, ids, costs = cands + (Candidate(form, lm.ids[form], 0.0),), ids + [lm.ids[form]], costs + [0.0]
                    costs = [c - names.SNAP_BONUS if cd.form == form else c for cd, c in zip(cands, costs)]
                elif len(cands) > 1:
                    bonus_ok = True
                    if doc_forms:
                        costs = [c - (names.DOC_FORM_BONUS if cd.form in doc_forms else 0.0) for cd, c in zip(cands, costs)]
                if mode == "restore" and _heads_symbol(toks, i):
                    # symbol grammar: the word right before a document symbol is
                    # "Số" whenever OCR left that reading open ("S6 24-KH/ĐU", "S6: 4127/STC-QLNS")
                    so = [j for j, c in enumerate(cands) if c.form == SO_FORM]
                    if so:
                        cands, ids, costs = (cands[so[0]],), [ids[so[0]]], [0.0]
                        bonus_ok = False
                if i in sheets and sheets[i] in lm.ids:
                    cands, ids, costs = (Candidate(sheets[i], lm.ids[sheets[i]], 0.0),), [lm.ids[sheets[i]]], [0.0]
                    bonus_ok = False
                head = protected.BODY_HEADS_BEFORE_CODE.get(tok.text) if mode == "restore" else None
                if head is not None and i + 1 < len(toks) and toks[i + 1].kind == "word" and (
                        protected.is_code_word(toks[i + 1].text)):
                    # a body's head before its abbreviated field ("Ban TG", "Phòng QLCN"): that head
                    own = [j for j, c in enumerate(cands) if c.form == head]
                    if own:
                        cands, ids, costs = (cands[own[0]],), [ids[own[0]]], [0.0]
                        bonus_ok = False
                segment.append((i, cands, ids, costs))
                flat_costs += costs
                if bonus_ok and second:
                    # (the candidates' forms: listed once per candidate list, by _word_keys)
                    wk = self._wk.get(id(word_cands[i]))
                    flat_forms += wk[2] if wk is not None and wk[0] is word_cands[i] else [c.form for c in cands]
                else:
                    flat_forms += [None] * len(cands)
            else:
                tid = lm.id_of(lm_tok)
                words = word_readings(text, toks, i) if mode == "restore" and not clean and not accented_doc else ()
                words = [(w, c) for w, c in words if w in lm.ids]
                if words:
                    # a bare digit legacy OCR made of a one-letter word ("nhà 6 cho" → ở), or digits of a
                    # syllable ("theo 16 trinh" → lộ): the number or a word, the context decides (:mod:`.lone_glyphs`);
                    # the lone "6"'s figure only where the words before read as a count or a label
                    # (:func:`.lone_glyphs.reads_as_count`: "mô hình 6 chi bộ" is "ở", "ít nhất 6 chi bộ" a count)
                    figure = not (tok.text in LONE_DIGIT_WORDS and segment and any(
                        w == LONE_DIGIT_WORDS[tok.text][0] for w, _ in words) and not reads_as_count(
                        lm, tuple(c.form for c in segment[-2][1][:8]) if len(segment) > 1 else ("<s>",),
                        tuple(c.form for c in segment[-1][1][:8])))
                    read = ([(tok.text, tid, 0.0)] if figure else []) + [(w, lm.ids[w], c) for w, c in words]
                    cands = tuple(Candidate(*r) for r in read)
                    segment.append((i, cands, [r[1] for r in read], [r[2] for r in read]))
                    flat_costs += [r[2] for r in read]
                    flat_forms += [None] * len(cands)
                    continue
                segment.append((-1, (Candidate(lm_tok, tid, 0.0),), [tid], [0.0]))
                flat_costs.append(0.0)
                flat_forms.append(None)
        if segment:
            segs.append(segment)
            flat_costs.append(0.0)
            flat_forms.append(None)
        style = None
        if segs:
            style = self._style if mode == "restore" else None
            if doc_pairs:
                style = _merge_style(style, doc_pairs, names.DOC_PAIR_BONUS)
        return clean, segs, flat_costs, flat_forms, style, out_forms, choices, context

    def _second_pass(self, text: str, toks, state: "_Pass", sure: dict[str, float], sure_pairs: list[int],
                     spots: dict[int, str] | None = None) -> Restoration:
        """Re-decode with the first pass's sure forms (``sure``: form → log10 bonus) and sure
        pairs (keys ``a*V+b``) raised, and at the positions of ``spots`` (position → form) that form
        raised by :data:`names.UNIT_BODY_BONUS`; same candidates, so the first pass's lattice is restyled.

        Only contexts where a bonus could change the best path are decoded again:
        if at every position the chosen candidate (and the chosen pair) gets the
        largest bonus of its position, no other path gains more than the chosen one,
        which stays best — the same result as decoding everything, for a fraction.
        """
        lat = state.lat
        bonus = np.asarray(list(map(sure.get, state.flat_forms, repeat(0.0, len(state.flat_forms)))), np.float64)
        for t, form in (spots or {}).items():
            start = int(lat.off[t])
            for j in range(start, start + int(lat.n[t])):
                # the spot's unit alone gets a bonus there (a sure rival's would undo the rule)
                bonus[j] = bonus[j] + names.UNIT_BODY_BONUS if state.flat_forms[j] == form else 0.0
        style = _merge_style(state.style, sure_pairs, SURE_PAIR_BONUS) if sure_pairs else state.style
        P = np.asarray(state.path, np.int64)
        off, n = lat.off, lat.n
        gain = bonus.astype(np.float32)
        affected = np.maximum.reduceat(gain, off) > gain[off + P]
        if sure_pairs:
            pg = np.zeros(len(lat._pk), bool)
            pg[lat.pairs_in(np.asarray(sure_pairs, np.int64))] = True
            has = (np.diff(np.append(lat.pair_off, len(pg))) > 0).nonzero()[0]
            if pg.any() and len(has):
                best_pair = lat.pair_off[has] + P[has - 1] * n[has] + P[has]
                affected[has] |= np.logical_or.reduceat(pg, lat.pair_off[has]) & ~pg[best_pair]
        seg_of = np.arange(len(lat.seg_bounds)).repeat([b - a for a, b in lat.seg_bounds])
        redo = np.unique(seg_of[affected]).tolist()
        lat.restyle((state.costs - bonus).astype(np.float32), style, redo)
        path = lat.viterbi(redo, state.path) if redo else state.path
        return self._finish(text, toks, "restore", state._replace(path=path))

    def _finish(self, text: str, toks, mode: str, state: "_Pass") -> Restoration:
        """Annotate the pass's decoded path and write the restored text.

        In restore mode the text needs only the chosen forms (:meth:`_chosen_forms`): the
        per-token records — local posteriors, alternatives — are made when the result's
        ``tokens`` are first read (:class:`DeferredRestoration`), the same records. Correct
        mode keeps a change only on a posterior margin, so its text needs them now."""
        lat, path = state.lat, state.path
        out_forms, choices = dict(state.out_forms), list(state.choices)
        if lat is not None and mode == "restore":
            self._chosen_forms(lat, path, toks, out_forms)
            head_case(text, toks, out_forms)  # a header cell in sentence case ("NOi dung" → Nội dung, not "NỘI dung")
            return DeferredRestoration(_written(text, toks, out_forms),
                                       make=partial(self._records, lat, path, toks, mode, choices))
        if lat is not None:
            if choices:
                # the symbols' records (text order) among the words' (text order too): one merge
                words: list[TokenChoice] = []
                self._annotate(lat, path, toks, mode, out_forms, words)
                choices = sorted(choices + words, key=_START)
            else:
                # only the words' records, made in text order (lattice positions follow the
                # tokens): no sort, which was a key call per record
                self._annotate(lat, path, toks, mode, out_forms, choices)
        return Restoration(text=_written(text, toks, out_forms), tokens=tuple(choices))

    def _records(self, lat: _Lattice, path: list[int], toks, mode: str, choices: list) -> tuple:
        """The :class:`TokenChoice` records of a decoded pass, ``choices`` (the symbols'
        repairs) among them in text order: what :meth:`_finish` makes eagerly."""
        words: list[TokenChoice] = []
        self._annotate(lat, path, toks, mode, {}, words)  # (the chosen forms: written already)
        return tuple(sorted(choices + words, key=_START)) if choices else tuple(words)

    @staticmethod
    def _chosen_forms(lat: _Lattice, path: list[int], toks, out_forms: dict[int, str]) -> None:
        """Restore mode: each word token's chosen form, cased as its input, into ``out_forms``
        where it differs from the input — what :meth:`_annotate` writes there, without the
        posteriors (restore mode keeps the path's choice whatever its margin)."""
        cands_of = lat.cands
        for t, ti in enumerate(lat.tok_index):
            if ti < 0:
                continue
            raw = toks[ti].text
            # (only a marked word in capitals can be OCR's capital among small letters)
            case = raw.lower() if raw.isupper() and not raw.isascii() and _capital_among_small(toks, ti) else raw
            out = apply_case(case, cands_of[t][path[t]].form)
            if out != raw:
                out_forms[ti] = out

    def _vowel_lost(self, letter: str, own: tuple) -> tuple:
        """A lone consonant letter's candidates (``own``: the letter's, from :meth:`_word_candidates`) with the
        syllables one vowel letter gives back, the commonest forms of each key at the price of a lost vowel
        (``candidates.VOWEL_LOST_COST``): "các x, phường" → xã (:func:`.lone_glyphs.lone_consonant`)."""
        inv = self.gen.inv
        cands = list(own[0])
        seen = {c.form for c in cands}
        for k in inv.vowel_insertions(letter):
            for form, i in inv.by_key[k][:KEY_FLOOR_VOWEL]:
                if form not in seen:
                    seen.add(form)
                    cands.append(Candidate(form, i, VOWEL_LOST_COST))
        cands = tuple(cands)
        return cands, [c.id for c in cands], [c.cost for c in cands]

    def clear_caches(self) -> None:
        """Forget cached candidates, folds, case forms and name-matching memos (tests and
        benchmarks measure cold speed)."""
        self.gen._cache.clear()
        self._wc.clear()
        self._wk.clear()
        fold.cache_clear()
        apply_case.cache_clear()
        names.clear_caches()

    # -- internals -----------------------------------------------------------
    def _is_clean(self, toks) -> bool:
        """Text that only lost its marks (no OCR garble): nearly every word spells a valid key.

        Why: legacy OCR garbles a fifth to a third of its words ("tiép", "thire",
        "s6"); text typed or converted without marks garbles none. For clean text
        the channel is the identity on letters, and every form of the word's own
        key is a candidate (what a plain trigram decoder does, and does well);
        the OCR confusion channel would only add wrong readings.
        """
        by_key, ids = self.gen.inv.by_key, self.lm.ids
        n = bad = 0
        for t in toks:
            if t.kind != "word":
                continue
            n += 1
            low = t.text.lower()
            plain = low.isascii() and low.isalpha()  # (no legacy glyph: spares the search)
            if not plain and _LEGACY_GLYPH_RE.search(low) and not names.is_confident(low):
                if _MEASURE_OR_CODE_RE.fullmatch(t.text):
                    n -= 1  # a measure or code: no word to restore, no fingerprint either
                    continue
                return False  # "tiép", "s6", "¢t": a legacy engine's fingerprint, never in text that only lost marks
            if not (plain and (low in by_key or low in ids)) and not (
                    t.text.isupper() and low.isalpha()):
                bad += 1
        return n >= CLEAN_MIN_WORDS and bad <= CLEAN_MAX_NOISE * n

    def _word_candidates(self, word: str, mode: str) -> tuple[tuple[Candidate, ...], list[int], list[float]]:
        """Candidates of one word token with their ids and costs (cached per raw token).

        ``mode`` "clean" (restore mode on text that only lost its marks): a
        lower-case ASCII token that spells a valid key offers every form of that
        key at no channel cost; any other token is read as in "restore".
        """
        hit = self._wc.get((word, mode))
        if hit is not None:
            return hit
        low = word.lower()
        if low in protected.VOWELLESS_UNITS and word.islower():
            # a metric unit spelt without a vowel ("100 kg thức ăn"; its g no legacy o: "ko"): no syllable, as written
            hit = ((Candidate(word, self.lm.id_of(low), 0.0),), [self.lm.id_of(low)], [0.0])
            self._wc[(word, mode)] = hit
            return hit
        if mode == "clean":
            forms = self.gen.inv.by_key.get(low) if low.isascii() and low.isalpha() and not (
                word.isupper() and len(word) > 1 and not _has_vowel(word)) else None
            if word in confusions.ABBREVIATIONS or word in confusions.ABBREVIATION_FIX or (
                    confusions.MIXED_CASE_CODE_RE.fullmatch(word)) or protected.kept_as_written(word):
                hit = self._word_candidates(word, "restore")
            elif not forms and low.isalpha() and (low in self.lm.ids or self.joined(low)):
                # a word the corpora write without marks (taxi, Islam, a name): clean text means it —
                # or means a form the corpora write with marks that is no single syllable ("oto" for
                # ôtô, "DH" for ĐH, "Quynh" for Quỳnh): those too, the commonest within CLEAN_FREQ_RANGE
                hit = self._clean_joined(low)
            elif not forms:
                hit = self._word_candidates(word, "restore")
            else:
                floor = float(self.lm.uni_freq[forms[0][1]]) - CLEAN_FREQ_RANGE
                cands = tuple(Candidate(f, i, 0.0) for f, i in forms[:CLEAN_PER_KEY] if self.lm.uni_freq[i] >= floor)
                hit = (cands, [c.id for c in cands], [c.cost for c in cands])
            self._wc[(word, mode)] = hit
            return hit
        if "uw" in low and mode == "restore":
            # a legacy font's "ư" read as "uw" (its horn as a w: "truwée", "truwdc" = trước): read as the
            # "u" it stands for, at the price of the w-for-ư rule; the letters after it stay the channel's
            base = self._word_candidates(word.replace("uw", "u").replace("UW", "U").replace("Uw", "U"), mode)
            cands = tuple(c._replace(cost=c.cost + confusions.UW_HORN_COST) for c in base[0])
            hit = (cands, list(base[1]), [c.cost for c in cands])
            self._wc[(word, mode)] = hit
            return hit
        g_for_o = _G_FOR_O_RE.fullmatch(low) if mode == "restore" and not word.isupper() else None
        if g_for_o is not None:
            reading = g_for_o.group(1) + "o" + (g_for_o.group(2) or "")
            base = self._word_candidates(reading.capitalize() if word[0].isupper() else reading, mode)
            cands = tuple(c._replace(cost=G_FOR_O_COST + (0.0 if _DOTTED_O & set(c.form.lower()) else G_PLAIN_O_COST))
                          for c in base[0] if "o" in fold(c.form.lower()))
            if cands:
                hit = (cands, [c.id for c in cands], [c.cost for c in cands])
                self._wc[(word, mode)] = hit
                return hit
        dropped = _DROPPED_VOWELS_RE.fullmatch(low) if mode == "restore" and not word.isupper() else None
        if dropped is not None and (dropped.group(2) != "y" or not dropped.group(3)):
            hit = self._with_dropped_vowels(word, low, dropped, mode)
            if hit is not None:
                self._wc[(word, mode)] = hit
                return hit
        if word.islower():
            # (no capital: no abbreviation, code or Roman numeral below can be this word)
            hit = self.gen.entry(word, mode)
            if len(self._wc) > 200_000:
                self._wc.clear()
            self._wc[(word, mode)] = hit
            return hit
        fixed = confusions.ABBREVIATION_FIX.get(word)
        if word == "&" and mode == "restore":
            # a lone "&" is how legacy OCR writes the word "ở" ("& cơ sở"); an ampersand stays possible
            cands = (Candidate("ở", self.lm.id_of("ở"), LONE_AMP_O), Candidate("&", self.lm.unk, LONE_AMP_KEEP))
        elif fixed is not None:
            cands = (Candidate(fixed, self.lm.unk, 0.0),)
        elif protected.kept_as_written(word) or (mode == "correct" and (
                _CAPS_DIGITS_RE.fullmatch(word) or protected.mixed_case_code(word))):
            # a code, unit or acronym ("1A", "IIa", "kV", "ISO"): as written, the LM token its training saw
            cands = (Candidate(word, self.lm.id_of(low) if low.isalpha() else self.lm.unk, 0.0),)
        elif mode == "restore" and "l" in word and _GARBLED_ROMAN_RE.fullmatch(word):
            cands = (Candidate(word.replace("l", "I"), self.lm.num, 0.0),)
        elif word in confusions.ABBREVIATIONS or (_ROMAN_RE.fullmatch(word) and mode == "restore") or (
                len(word) >= 2 and word.isupper() and word.isalpha() and not _has_vowel(word)):
            cands = (Candidate(word if word in confusions.ABBREVIATIONS else low, self.lm.id_of(low), 0.0),)
        elif confusions.MIXED_CASE_CODE_RE.fullmatch(word):
            cands = (Candidate(word, self.lm.id_of(low), 0.0),)
        else:
            cands = None
            hit = self.gen.entry(word, mode)
        if cands is not None:
            hit = (cands, [c.id for c in cands], [c.cost for c in cands])
        if len(self._wc) > 200_000:
            self._wc.clear()
        self._wc[(word, mode)] = hit
        return hit

    def _with_dropped_vowels(self, word: str, low: str, m: re.Match, mode: str):
        """The channel's candidates of ``word`` and the forms of the keys its vowel may have stood for
        (:data:`DROPPED_VOWELS`) at :data:`DROPPED_VOWELS_COST`; None when no such key exists or the channel offers
        one of its forms already. An onset and "y" only where that spells no syllable ("chy"; "ty", "my" are)."""
        onset, vowel, final = m.group(1), m.group(2), m.group(3) or ""
        if vowel == "y" and self.gen.inv.by_key.get(low):
            return None
        by_key = self.gen.inv.by_key
        extra = [(f, i) for group in DROPPED_VOWELS[vowel] for f, i in by_key.get(onset + group + final, ())]
        if not extra:
            return None
        base = self.gen.entry(low, mode)
        have = {c.form for c in base[0]}
        if any(f in have for f, _ in extra):
            return None
        cands = base[0] + tuple(Candidate(f, i, DROPPED_VOWELS_COST) for f, i in extra)
        return cands, [c.id for c in cands], [c.cost for c in cands]

    def _clean_joined(self, low: str) -> tuple[tuple[Candidate, ...], list[int], list[float]]:
        """Clean-text candidates of a word ``low`` that spells no valid key: itself as written
        when the model knows it, and the marked forms of the model's non-syllable tokens
        (:class:`.joined.JoinedForms`; ``CLEAN_PER_KEY`` at most, within ``CLEAN_FREQ_RANGE`` of the commonest), at no cost."""
        uni = self.lm.uni_freq
        forms = self.joined(low)[:CLEAN_PER_KEY]
        mine = self.lm.ids.get(low)
        if forms:
            top = float(uni[forms[0][1]]) if mine is None else max(float(uni[forms[0][1]]), float(uni[mine]))
            forms = [(f, i) for f, i in forms if uni[i] >= top - CLEAN_FREQ_RANGE]
        if mine is not None:
            forms = [(low, mine), *forms]
        cands = tuple(Candidate(f, i, 0.0) for f, i in forms)
        return cands, [c.id for c in cands], [0.0] * len(cands)

    def _document_evidence(self, text: str, toks, word_cands):
        """Known names to snap, and the forms (and pairs) the document writes with confident marks. A list's letter
        ("a)" opening a line, :func:`.lone_glyphs.list_label`) belongs to no name's run."""
        lm = self.lm
        name_keys = names.first_keys()
        runs: list[list[tuple[int, str, frozenset[str]]]] = [[]]
        # runs where some word may begin a known name: snap_names matches nowhere else
        named: list[bool] = [False]
        doc_forms: dict[str, int] = {}
        pairs: set[int] = set()
        prev_conf = None
        gap_ok = True
        for i, tok in enumerate(toks):
            if tok.kind == "word" and list_label(text, toks, i):
                gap_ok = False  # (the ")" after it ends the run too)
                continue
            if tok.kind == "word":
                if not gap_ok:
                    runs.append([])
                    named.append(False)
                folded, forms, keys = self._word_keys(tok.text, word_cands[i])
                if not named[-1] and (not name_keys.isdisjoint(keys) or names.skeleton_begins_name(folded)):
                    named[-1] = True
                runs[-1].append((i, folded, forms, keys))
                if not tok.text.isascii():
                    low = tok.text.lower()
                    j = lm.ids.get(low, -1)
                    if j >= 0 and lm.valid[j] and names.is_confident(low):
                        doc_forms[low] = doc_forms.get(low, 0) + 1
                        if prev_conf == i - 1:
                            pairs.add(lm.ids[toks[i - 1].text.lower()] * lm.V + j)
                        prev_conf = i
                gap_ok = True
            else:
                # a dash or hyphen keeps a name's run open ("Độc lập - Tự do - Hạnh phúc")
                gap_ok = tok.text in ("-", "–", "—", "−")  # hyphen, en dash, em dash, minus: as typed
        snapped: dict[int, str] = {}
        for run, has_name in zip(runs, named):
            if has_name:
                snapped.update(names.snap_names(run))
        return snapped, doc_forms, sorted(pairs)

    def _word_keys(self, word: str, entry) -> tuple[str, frozenset[str], frozenset[str]]:
        """(folded token, candidate forms, every diacritic-free key it may be read as), cached
        per candidate list (one word has one list per reading mode; its lower-cased forms are
        all that is read of ``word``). The cache entry also holds the forms as a list, in
        candidate order (what :meth:`_run` lists for the second pass)."""
        hit = self._wk.get(id(entry))
        if hit is None or hit[0] is not entry:
            low = word.lower()
            folded = low if low.isascii() else fold(low)  # (ASCII lower case folds to itself)
            form_list = [c.form for c in entry[0]]
            forms = frozenset(form_list)
            key_of = self.gen.inv.key_of  # valid forms' keys: a dict hit, fold() for the others
            keys = [key_of.get(f) or (folded if f == low else fold(f)) for f in forms]
            keys.append(folded)
            hit = (entry, (folded, forms, frozenset(keys)), form_list)
            if len(self._wk) > 200_000:
                self._wk.clear()
            self._wk[id(entry)] = hit
        return hit[1]

    @staticmethod
    def _posteriors(lat: _Lattice, path: list[int], want_scores: bool = False):
        """(n, word positions, scores (only with ``want_scores``, else None), posteriors rounded
        to 4 places, candidates by falling posterior — the first ``N_ALTERNATIVES + 1`` of each
        token only —, word position → offset in those lists) for the word tokens with a choice.
        What depends on the lattice alone (positions, offsets) is kept with it: both passes ask."""
        layout = lat.__dict__.get("_post_layout")
        if layout is None:
            layout = lat._post_layout = _posterior_layout(lat)
        n, word_pos, multi = layout[:3]
        if not multi:
            return n, word_pos, None, [], [], {}
        # a text the second pass leaves alone asks twice for the same path (its summary, then
        # its records): the second answer is the first one's (:meth:`_Lattice.restyle` forgets it)
        key = (tuple(path), want_scores)
        memo = lat.__dict__.get("_post_memo")
        if memo is not None and memo[0] == key:
            return memo[1]
        res = Restorer._posteriors_of(lat, path, want_scores, layout)
        lat._post_memo = (key, res)
        return res

    @staticmethod
    def _posteriors_of(lat: _Lattice, path: list[int], want_scores: bool, layout: tuple):
        """:meth:`_posteriors` computed (``layout``: :func:`_posterior_layout` of ``lat``)."""
        n, word_pos, multi, cnt, starts, rep_starts, idx, g, width, rows_of, local, offsets, keep, dest = layout
        loc = lat.local_scores(path, multi)
        sc = loc - lat.costs[idx]
        e = np.power(10.0, sc - np.maximum.reduceat(sc, starts).repeat(cnt))
        pr = e / np.add.reduceat(e, starts).repeat(cnt)
        # each token's first N_ALTERNATIVES + 1 candidates by falling posterior (ties: the
        # earlier candidate first), at the token's offset: the rows of a padded table sorted
        # each on its own (a third of the time of one lexsort of every candidate)
        table = np.full((g, width), np.inf)
        table[rows_of, local] = -pr
        rows = np.argsort(table, axis=1, kind="stable")
        top = np.zeros(len(pr), np.int64)
        top[dest] = rows[:, : keep.shape[1]][keep]  # (one write, not one per rank: a short line's time)
        ranked = top.tolist()
        return n, word_pos, sc.tolist() if want_scores else None, pr.round(4).tolist(), ranked, offsets

    def _summary(self, lat: _Lattice, path: list[int], toks):
        """What the document cache needs of a pass: per word token in text order (start, end,
        chosen form lower-cased, confidence, lattice position when the token had a choice
        else None) — the fields of the :class:`TokenChoice` records :meth:`_annotate` would
        build, without building them —, and a function giving a position's alternatives
        lower-cased (those of its record), built only for the positions asked."""
        n, word_pos, _, prob, ranked, scores = self._posteriors(lat, path)
        tok_index, cands_of = lat.tok_index, lat.cands
        top = N_ALTERNATIVES + 1
        out = []
        append, get = out.append, scores.get
        for t in word_pos:
            tok = toks[tok_index[t]]
            k = path[t]
            j0 = get(t)
            if j0 is None:
                append((tok.start, tok.end, cands_of[t][k].form.lower(), 1.0, None))
            else:
                append((tok.start, tok.end, cands_of[t][k].form.lower(), prob[j0 + k], t))

        def alternatives(t: int) -> list[str]:
            j0, k, cands = scores[t], path[t], cands_of[t]
            return [cands[j].form.lower() for j in ranked[j0 : j0 + min(n[t], top)] if j != k][:N_ALTERNATIVES]

        return out, alternatives

    def _annotate(self, lat: _Lattice, path: list[int], toks, mode, out_forms, choices) -> None:
        """Local posteriors of each word token's candidates around the best path.

        The scores and their softmax per token are computed for all tokens at
        once (numpy); the loop only builds the :class:`TokenChoice` records.
        """
        tok_index, cands_of = lat.tok_index, lat.cands
        correct = mode == "correct"
        n, word_pos, flat, prob, ranked, scores = self._posteriors(lat, path, want_scores=correct)
        top = N_ALTERNATIVES + 1
        get, append = scores.get, choices.append
        for t in word_pos:
            ti = tok_index[t]
            tok = toks[ti]
            raw = tok.text
            # (only a marked word in capitals can be OCR's capital among small letters)
            case = raw.lower() if raw.isupper() and not raw.isascii() and _capital_among_small(toks, ti) else raw
            cands = cands_of[t]
            k = path[t]
            j0 = get(t)
            if j0 is None:  # one candidate: nothing to choose
                out = apply_case(case, cands[k].form)
                changed = out != raw
                if changed:
                    out_forms[ti] = out
                append(_choice(raw, out, 1.0, (), tok.start, tok.end, changed))
                continue
            if correct and cands[k].form != raw.lower():
                raw_low = raw.lower()
                orig = [j for j, c in enumerate(cands) if c.form == raw_low]
                # a capitalised word may be a name (Đỗ, Biên): demand more
                margin = CORRECT_MIN_MARGIN * (2 if raw[:1].isupper() and not raw.isupper() else 1)
                if orig and (flat[j0 + k] - flat[j0 + orig[0]] < margin or _in_name(toks, ti)):
                    k = orig[0]
            out = apply_case(case, cands[k].form)
            changed = out != raw
            if changed:
                out_forms[ti] = out
            # the token's first N_ALTERNATIVES candidates by falling posterior, the chosen one left out
            m = n[t]
            top_j = ranked[j0 : j0 + (m if m < top else top)]
            # (ranked holds each candidate once: without the chosen one if it is there, else the first few)
            if k in top_j:
                top_j.remove(k)
            else:
                del top_j[N_ALTERNATIVES:]
            if case.islower():
                alt = tuple([(cands[j].form, prob[j0 + j]) for j in top_j])
            else:
                alt = tuple([(apply_case(case, cands[j].form), prob[j0 + j]) for j in top_j])
            append(_choice(raw, out, prob[j0 + k], alt, tok.start, tok.end, changed))


def _posterior_layout(lat: _Lattice) -> tuple:
    """What :meth:`Restorer._posteriors` needs of a lattice besides the path: (n as a list,
    word positions, those with a choice, their candidate counts, offsets of their first
    candidate in the concatenation and repeated per candidate, lattice index of each
    candidate, token count, widest choice, table row and column of each candidate,
    word position → offset, the ranks kept of each row of the sorted table, where they go)."""
    n = lat.n.tolist()
    word_pos = [t for t, ti in enumerate(lat.tok_index) if ti >= 0]
    multi = [t for t in word_pos if n[t] > 1]
    if not multi:
        return n, word_pos, multi, None, None, None, None, 0, 0, None, None, {}, None, None
    P = np.asarray(multi, np.int64)
    cnt = lat.n[P]
    starts = np.concatenate(([0], cnt.cumsum()[:-1]))
    rep_starts = starts.repeat(cnt)
    local = np.arange(int(cnt.sum())) - rep_starts
    idx = lat.off[P].repeat(cnt) + local
    g = len(multi)
    rows_of = np.arange(g).repeat(cnt)
    width = int(cnt.max())
    # the ranks kept of each token's sorted row (its first N_ALTERNATIVES + 1, as many as it has)
    # and where they go in the concatenation: the token's offset plus the rank
    ranks = np.arange(min(width, N_ALTERNATIVES + 1))
    keep = ranks < cnt[:, None]
    dest = (starts[:, None] + ranks)[keep]
    return (n, word_pos, multi, cnt, starts, rep_starts, idx, g, width, rows_of, local,
            dict(zip(multi, starts.tolist())), keep, dest)


_new_object, _set_attr = object.__new__, object.__setattr__
_START = operator.attrgetter("start")


def _choice(source: str, chosen: str, confidence: float, alternatives: tuple, start: int, end: int,
            changed: bool) -> TokenChoice:
    """``TokenChoice(...)`` without the frozen dataclass's seven guarded attribute writes
    (one per field): the same record, built in half the time — a page makes thousands."""
    c = _new_object(TokenChoice)
    _set_attr(c, "__dict__", {"source": source, "chosen": chosen, "confidence": confidence,
                              "alternatives": alternatives, "start": start, "end": end, "changed": changed})
    return c


if tuple(f.name for f in dataclasses.fields(TokenChoice)) != (
        "source", "chosen", "confidence", "alternatives", "start", "end", "changed"):
    _choice = TokenChoice  # the record changed shape: its own constructor  # noqa: F811


def _after_caps_line(text: str, prev, tok) -> bool:
    """True when ``tok`` opens a line in sentence case under a line in capitals: a signer's name under
    the title ("CHANH VAN PHONG" ⏎ "Pham Thi Thu Ha"), a trích yếu under the type line. The two are
    no one sentence, so the context stops there (else "văn phòng phẩm", stationery, read the name
    "Phẩm"). Line breaks elsewhere stay inside the context: OCR lines wrap mid-sentence."""
    nl = text.rfind("\n", prev.end, tok.start)
    if nl < 0 or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    line = text[text.rfind("\n", 0, prev.start) + 1:nl]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _written(text: str, toks, out_forms: dict[int, str]) -> str:
    """``text`` with the tokens of ``out_forms`` (token index → form) replaced."""
    if not out_forms:
        return text
    pieces = []
    last = 0
    for i in sorted(out_forms):
        t = toks[i]
        pieces.append(text[last : t.start])
        pieces.append(out_forms[i])
        last = t.end
    pieces.append(text[last:])
    out = "".join(pieces)  # pieces and chosen forms are NFC with canonical tones already
    if not unicodedata.is_normalized("NFC", out):
        out = normalize(out)
    return out


def _spots(first, text: str, own: set[str]) -> dict[int, str]:
    """The second pass's spots: the own unit in a body's name, the unit a list calls for, a body's act after it
    ("được Huyện ủy công nhận", :mod:`.body_acts`)."""
    return {**names.unit_spots(first, text, own), **names.pair_spots(first, text), **act_spots(first, text)}


def _nth_line_end(text: str, n: int) -> int:
    """Offset just past the ``n``-th line of ``text`` (its length when shorter)."""
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def _merge_style(style, pair_keys: list[int], bonus: float):
    """House-style pair bonuses plus the document's own pairs (sorted keys, bonuses)."""
    keys = np.concatenate([style[0], np.asarray(pair_keys, np.int64)])
    vals = np.concatenate([style[1], np.full(len(pair_keys), bonus, np.float32)])
    u, inv = np.unique(keys, return_inverse=True)
    return u, np.bincount(inv, weights=vals).astype(np.float32)


def _heads_symbol(toks, i: int) -> bool:
    """The word at ``i`` stands right before a document symbol, or before a colon and one ("Số: 4127/STC-QLNS"):
    a header's "S6:" was read "Sở:" (a17-10, t18-04), the department its header names raising "sở"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "sep" and nxt.text == ":" and i + 2 < len(toks):
        nxt = toks[i + 2]
    return nxt is not None and nxt.kind == "symbol"


def _capital_among_small(toks, i: int) -> bool:
    """An ALL-CAPS syllable with Vietnamese marks right after a lower-case word and not followed
    by another capital word: OCR's capitals inside running text ("đơn\nVỊ;" in a nơi nhận list),
    which the restored form must not carry over. Acronyms (WTO, ASEAN) carry no marks; a heading
    word follows a heading word or a number, not a lower-case word."""
    word = toks[i].text
    if not (word.isupper() and word.isalpha() and len(word) <= 4) or word.isascii() or i == 0:
        return False
    before = toks[i - 1]
    if before.kind != "word" or not before.text.islower():
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is None or after.kind != "word" or not after.text.isupper()


def _in_name(toks, i: int) -> bool:
    """A Title-case word next to another one ("Bà Đỗ Thị Hạnh"): likely a name,
    which accented-OCR correction must not "fix" into a common word."""
    def title(j: int) -> bool:
        return 0 <= j < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper() and not toks[j].text.isupper()

    return title(i) and (title(i - 1) or title(i + 1))


def restore(text: str, mode: str = "restore") -> Restoration:
    """Restore diacritics / correct OCR in ``text`` with the process-wide model."""
    return get_restorer().restore(text, mode)
