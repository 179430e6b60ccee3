"""The syllable trigram language model: compact file format and O(1)-ish scoring.

Why this layout: the conveyor loads the model in every worker process, so
the file must open in well under a second. ``lm.bin`` holds only flat
little-endian arrays (no pickle), listed in its JSON header: the vocabulary,
unigram log-probabilities, backoff weights and raw frequencies, bigram
keys ``a*V+b`` (uint32; in the order of their slots in the bigram hash, header
``bigram_order`` "hash", or sorted in older files) with their quantised
log-probabilities and backoff weights, and for each bigram the sorted ids of
its trigram continuations (uint16) with theirs. The first look-up hashes the
bigrams (no sort: they come in slot order) and the trigrams stay
as stored (a trigram is found through its history bigram, then a binary
search of that history's continuations; values stay quantised until read);
every query is vectorised over all candidate paths of a text at once.

Scoring is interpolated modified Kneser–Ney in backoff form (estimated by
``kneser_ney.py`` at build time): the kept trigram's log-probability, else
``bow(a b) + log10 P(c | b)``, else ``bow(a b) + bow(b) + log10 P(c)``. An
optional adaptation layer (stupid-backoff counts learnt from the user's own
archive, see :func:`update_from_texts`) is interpolated in.

This module imports neither the build tool nor the decoder (counting lives in
``counts.py``).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Iterable

import numpy as np

from vanban.atomic import atomic_write

from .counts import count_with_vocab
from .tokens import BOS, EOS, NUM, UNK

MAGIC = b"VBLM0002"
ALPHA = -0.4  # log10 backoff penalty of the stupid-backoff adaptation layer (Brants' 0.4)
QMAX = 10.0  # quantisation range of log10 probabilities: [-QMAX, 0]
BOW_RANGE = (-6.0, 1.0)  # quantisation range of log10 backoff weights
LOAD_FACTOR = 0.5  # of the bigram hash index
LONG_HISTORY = 64  # histories with more continuations get a bucket index (see LanguageModel._build_buckets)
BUCKET_SHIFT = 7  # … of continuations ``c >> BUCKET_SHIFT``
#: pending hash queries (not at their home slot) from which :meth:`IntHash.find` probes step by step
PROBE_STEPS_FROM = 1024
USER_WEIGHT = 0.3  # interpolation weight of the archive adaptation layer
DEFAULT_PATH = Path(__file__).with_name("data") / "lm.bin"


def _quantise(x: np.ndarray, lo: float = -QMAX, hi: float = 0.0, bits: int = 8) -> np.ndarray:
    top = (1 << bits) - 1
    q = np.clip(np.rint((np.asarray(x, np.float64) - lo) / (hi - lo) * top), 0, top)
    return q.astype(np.uint8 if bits == 8 else np.uint16)


def _dequantise(q: np.ndarray, lo: float = -QMAX, hi: float = 0.0, bits: int = 8) -> np.ndarray:
    """float32 values of quantised codes: one gather from the 2**bits code table
    (the same values as computing each in float64, several times faster at load)."""
    top = (1 << bits) - 1
    table = (np.arange(top + 1, dtype=np.float64) * ((hi - lo) / top) + lo).astype(np.float32)
    return table[q]


def _sb_tables(V, uni, bi, tri, min_bigram=1, min_trigram=1):
    """Stupid-backoff log10 tables from raw counts (the archive adaptation layer)."""
    uni = np.asarray(uni, dtype=np.float64)
    total = max(uni.sum(), 1.0)
    uni_logp = np.log10(np.maximum(uni, 0.5) / total).astype(np.float32)
    bi_keys, bi_counts = bi
    hist1 = np.bincount((bi_keys // V).astype(np.int64), weights=bi_counts, minlength=V)
    bi_logp = np.log10(bi_counts / np.maximum(hist1[bi_keys // V], 1))
    tri_keys, tri_counts = tri
    tri_hist = tri_keys // V  # the (a,b) bigram key of each trigram
    # c(ab) as a history = sum of its trigram continuations
    uh, inv = np.unique(tri_hist, return_inverse=True)
    hist2 = np.bincount(inv, weights=tri_counts)[inv]
    tri_logp = np.log10(tri_counts / np.maximum(hist2, 1))
    keep_bi = bi_counts >= min_bigram
    keep_tri = tri_counts >= min_trigram
    return uni_logp, (bi_keys[keep_bi], bi_logp[keep_bi]), (tri_keys[keep_tri], tri_logp[keep_tri])


_LAYOUT = ("uni_logp", "uni_bow", "uni_freq", "bi_keys", "bi_q", "bow_q", "ntri", "tri_c", "tri_q", "valid")


def _bigrams_in_home_order(arrays: list[np.ndarray]) -> tuple[list[np.ndarray], str]:
    """The ``_LAYOUT`` arrays with the bigrams (and each bigram's trigram continuations with
    them) in the order of their home slots in the bigram hash (:meth:`IntHash.home_order`),
    and that order's header name ("hash"); as given ("sorted") when the keys cannot be so.

    Why: a process builds its bigram hash from the keys in that order without sorting them,
    at its first look-up (~20 ms instead of ~40 ms plus 400 k binary-search look-ups first,
    :class:`LazyIntHash`). A permutation: the same values, the same file size."""
    out = list(arrays)
    bk, bq, bowq, ntri, tri_c, tri_q = (arrays[_LAYOUT.index(k)] for k in ("bi_keys", "bi_q", "bow_q", "ntri", "tri_c", "tri_q"))
    perm = IntHash.home_order(bk.astype(np.int64))
    if perm is None:
        return out, "sorted"
    n = ntri.astype(np.int64)
    start = np.concatenate(([0], n.cumsum()[:-1]))
    n_new = n[perm]
    # each moved bigram's continuations, in its new place: runs of its old range
    take = np.arange(int(n.sum()), dtype=np.int64) + (start[perm] - np.concatenate(([0], n_new.cumsum()[:-1]))).repeat(n_new)
    for k, a in (("bi_keys", bk[perm]), ("bi_q", bq[perm]), ("bow_q", bowq[perm]), ("ntri", ntri[perm]),
                 ("tri_c", tri_c[take]), ("tri_q", tri_q[take])):
        out[_LAYOUT.index(k)] = a
    return out, "hash"


def write_model(path: Path, vocab: dict[str, int], tables: dict, *, valid: np.ndarray | None = None,
                bits: int = 8, meta: dict | None = None, hash_order: bool = True) -> int:
    """Write the compact model file from :func:`kneser_ney.estimate` tables; returns its size in bytes.

    Layout: magic, JSON header (vocabulary, sizes, quantisation), then flat
    little-endian arrays in ``_LAYOUT`` order, each prefixed by its byte length.
    Trigrams are stored per history bigram (``ntri``) as their last id (uint16).
    Bigrams are stored in the order of the hash index the loader builds
    (``hash_order``, header ``bigram_order``: "hash"; see :func:`_bigrams_in_home_order`),
    else sorted by key ("sorted", what files written before were).
    """
    V = len(vocab)
    assert V <= 65535
    bk, tk = tables["bi_keys"], tables["tri_keys"]
    tri_hist = tk // V
    pos = np.minimum(np.searchsorted(bk, tri_hist), len(bk) - 1)
    ok = bk[pos] == tri_hist
    assert ok.all(), "every trigram history must be in the bigram table"
    ntri = np.bincount(pos, minlength=len(bk)).astype(np.uint32)
    words = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    qd = "<u1" if bits == 8 else "<u2"
    arrays = [
        np.asarray(tables["uni_logp"]).astype("<f4"),
        np.asarray(tables["uni_bow"]).astype("<f4"),
        np.asarray(tables["uni_freq"]).astype("<f4"),
        bk.astype("<u4"),
        _quantise(tables["bi_logp"], bits=bits).astype(qd),
        _quantise(tables["bi_bow"], *BOW_RANGE, bits=bits).astype(qd),
        ntri.astype("<u4"),
        (tk % V).astype("<u2"),
        _quantise(tables["tri_logp"], bits=bits).astype(qd),
        (np.zeros(V, np.uint8) if valid is None else np.asarray(valid, np.uint8)),
    ]
    order = "sorted"
    if hash_order:
        arrays, order = _bigrams_in_home_order(arrays)
    header = {"V": V, "n_bigrams": int(len(bk)), "n_trigrams": int(len(tk)), "bits": bits, "qmax": QMAX,
              "bow_range": list(BOW_RANGE), "layout": list(_LAYOUT), "bigram_order": order,
              "smoothing": "interpolated modified Kneser-Ney, backoff form", **(meta or {}), "vocab": words}
    hb = json.dumps(header, ensure_ascii=False).encode("utf-8")
    with atomic_write(path) as fh:
        fh.write(MAGIC)
        fh.write(struct.pack("<Q", len(hb)))
        fh.write(hb)
        for a in arrays:
            fh.write(struct.pack("<Q", a.nbytes))
            fh.write(a.tobytes())
    return Path(path).stat().st_size


class IntHash:
    """Open-addressing hash index over unique keys < 2**32, built and probed with numpy.

    Why: the decoder looks up every (previous candidate, candidate) pair of a
    text at once — millions of keys per benchmark — and a random-access
    binary search costs ~20 dependent cache misses per key, a hash probe
    ~1.5. Built at load (linear probing, load factor ≤ 0.5), so the file format does not change.

    The slots hold the keys themselves (uint32; a bigram key ``a*V+b`` < 2**32)
    beside their index: a probe compares against the slot, not against
    ``keys[slot]`` (a second random read of an 8-byte array), and a miss
    ends at an empty slot. Measured per call: 300 / 2 k / 30 k / 300 k queries
    52 / 111 / 1,250 / 17,900 µs → 40 / 85 / 530 / 9,400 µs (a window of 8
    slots compared at once was slower from 2 k queries on).
    """

    _MULT = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing
    EMPTY = np.uint32(0xFFFFFFFF)

    def __init__(self, keys: np.ndarray):
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        n = len(keys)
        if n and int(keys.max()) >= int(self.EMPTY):
            raise ValueError("IntHash keys must be < 2**32 - 1")
        self.bits = self.bits_for(n)
        self.mask = (1 << self.bits) - 1
        self.keys = keys
        size = 1 << self.bits
        home = self._hash(keys)
        # Keys taken in the order of their home slots, each into the first free slot from
        # its home on: slot[i] = max(home[i], slot[i-1] + 1), a running maximum. Any order
        # gives a valid linear-probing table (the same occupied slots); this one is one sort
        # (against 120 ms for slot-claiming rounds) and keeps the longest displacement short
        # (7 against 21), which bounds :meth:`find`'s probes. The sort is of ``home`` and the
        # key's index packed into one int64 (home in the high bits): a plain sort of numbers,
        # which numpy vectorises, not an argsort (measured on the 1.55 M bigrams: 13-25 ms
        # against 26-48 ms; keys of one home then sit in index order, argsort left them in any)
        # (In place where it can be: each 12 MB temporary is fresh memory the system maps page
        # by page, and a process builds this once.)
        if n and bool((home[1:] >= home[:-1]).all()):
            # keys stored in the order of their home slots (a model file written by
            # :func:`write_model`): that order as it stands, no sort (~20 of the build's ~40 ms)
            order = np.arange(n, dtype=np.int64)
            hs = home
        else:
            ib = max(1, n.bit_length())
            packed = home
            packed <<= ib
            packed |= np.arange(n, dtype=np.int64)
            packed.sort()
            order = packed & ((1 << ib) - 1)
            hs = packed
            hs >>= ib
        ar = np.arange(n, dtype=np.int64)
        slot = hs - ar
        np.maximum.accumulate(slot, out=slot)
        slot += ar
        # each slot's key and index side by side (one 8-byte row): a probe's key and, when it
        # matches, its index are one cache line, not one in each of two 16 MB arrays — what a
        # look-up costs once other work has pushed the table out of the cache
        table = np.full((size, 2), self.EMPTY, np.uint32)
        slots = table[:, 1].view(np.int32)  # int32 slots (-1: empty)
        self.slot_keys = table[:, 0]
        if n and int(slot[-1]) >= size:  # the last cluster runs past the end: wrap it round
            hs = self._hash(keys)
            slot, order = self._claim_rounds(hs.copy(), slots)
        else:
            slots[slot] = order.astype(np.int32)
        np.subtract(slot, hs, out=ar)
        ar &= self.mask
        self.max_disp = int(ar.max()) if n else 0
        self._steps = np.arange(1, self.max_disp + 1, dtype=np.int64)
        self.slots = slots
        self.slot_keys[slot] = keys[order].astype(np.uint32)

    @staticmethod
    def bits_for(n: int) -> int:
        """Bits of the slot number of a table for ``n`` keys (load factor ≤ ``LOAD_FACTOR``)."""
        return max(4, int(np.ceil(np.log2(max(n, 1) / LOAD_FACTOR))))

    @classmethod
    def home_order(cls, keys: np.ndarray) -> np.ndarray | None:
        """The permutation that puts unique ``keys`` in the order of their home slots (ties in
        the given order), or None when the last cluster would run past the table's end (a
        table built from keys in that order then wraps round and needs its slower build)."""
        keys = np.asarray(keys, dtype=np.int64)
        n = len(keys)
        bits = cls.bits_for(n)
        home = (keys.astype(np.uint64) * cls._MULT) >> np.uint64(64 - bits)
        order = np.argsort(home, kind="stable")
        if n and int(np.max(home[order].astype(np.int64) - np.arange(n)) + n - 1) >= (1 << bits):
            return None
        return order

    def _claim_rounds(self, home: np.ndarray, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Fill ``slots`` in rounds (every pending key tries the next slot; the last write
        wins), wrapping round the end; returns (slot of each key, key indices)."""
        n = len(home)
        pos = home.copy()
        pending = np.arange(n, dtype=np.int64)
        while pending.size:
            p = pos[pending]
            free = slots[p] == -1
            cand, cp = pending[free], p[free]
            slots[cp] = cand.astype(np.int32)  # several may claim one slot: the last write wins
            won = np.zeros(len(pending), bool)
            won[np.flatnonzero(free)[slots[cp] == cand]] = True
            pending = pending[~won]
            pos[pending] = (pos[pending] + 1) & self.mask
        return pos, np.arange(n, dtype=np.int64)

    def _hash(self, q: np.ndarray) -> np.ndarray:
        """Home slot of each key (int64, a new array: callers may change it in place)."""
        h = q.astype(np.uint64)
        h *= self._MULT
        h >>= np.uint64(64 - self.bits)
        return h.view(np.int64)

    def find(self, q: np.ndarray) -> np.ndarray:
        """Index of each query in ``keys``, -1 when absent.

        (Measured and not kept, session 13: presence bits in front of the table — one bit per
        quarter slot, 2 MB, 9% set; only queries whose bit is set probed. 85% of a news line's
        candidate pairs are no bigram, and on the pairs of 1,000 held-out news lines replayed
        alone a call went 277 → 218 µs, but restoring the lines went 1.00x cold and 0.98x
        warm: inside a restoration the table's probes are not what a line waits for. Session 14,
        on the same lines' look-ups, ~1,220 a call: the whole window of every query at once,
        105 → 219 µs a call; the pending ones stepped as a page's are, 105 → 149 µs.)"""
        q = np.asarray(q, dtype=np.int64)
        q32 = q.astype(np.uint32)  # keys ≥ 2**32 are not allowed, so no false match
        out = np.full(len(q), -1, np.int64)
        pos = self._hash(q)
        sk, si = self.slot_keys, self.slots
        k = sk[pos]
        m = k == q32
        out[m] = si[pos[m]]
        pending = (~m & (k != self.EMPTY)).nonzero()[0]
        if pending.size >= PROBE_STEPS_FROM and self.max_disp:
            # many pending (a page's look-ups): the next slot of each query still pending, step
            # by step, until its key or an empty slot (no key lies further than ``max_disp``
            # from its home); most end one or two slots on, and each step reads only those
            # still pending. (The whole window at once, below, was slower there: the 10 legacy
            # documents of bench/restore.py, 223 k queries in 10 calls, 27% pending after the
            # home slot, 9.6 → 6.6 ms.)
            step = 0
            while pending.size and step < self.max_disp:
                step += 1
                p = (pos[pending] + step) & self.mask
                k = sk[p]
                m = k == q32[pending]
                if m.any():
                    out[pending[m]] = si[p[m]]
                pending = pending[~m & (k != self.EMPTY)]
        elif pending.size and self.max_disp:
            # few pending (a short line's look-ups: fewer numpy calls than stepping, measured on
            # 500 held-out news lines, ~1.1 k queries a call, 44 against 50 ms): each one's
            # whole window read at once; a slot equal to the query is its key wherever it lies
            # in the window (each key is in one slot only)
            win = (pos[pending, None] + self._steps) & self.mask
            rows, cols = np.nonzero(sk[win] == q32[pending, None])
            out[pending[rows]] = si[win[rows, cols]]
        return out


#: (files with sorted bigrams, written before the "hash" order) bigram look-ups answered
#: by binary search before :class:`LazyIntHash` builds
#: its hash: about as many as cost one build (300 k queries: 87 ms searched,
#: 9.5 ms hashed; building the index of the 1.55 M bigrams ~80-120 ms)
HASH_AFTER = 400_000


class LazyIntHash:
    """:class:`IntHash` over sorted unique ``keys``, built when look-ups make it pay.

    Why: building the hash costs about as much as 400 k binary-search
    look-ups, and a short command never makes that many — ``vanban text
    scan.pdf --jobs 1`` corrects 4 pages of accented OCR with 66 k (the
    build was ~0.1 s of its ~0.7 s CPU over bare Tesseract, bench/ocr.py),
    one legacy-OCR plan restored makes ~200 k; a batch passes the mark
    within its first documents. So look-ups go to a binary search of
    ``keys`` until ``build_after`` of them were made, then to the hash
    (the "ski rental" rule: at most twice the cheaper of the two).
    Same answers either way: the index of each query in ``keys``, -1
    when absent.
    """

    def __init__(self, keys: np.ndarray, build_after: int = HASH_AFTER):
        self.keys = np.ascontiguousarray(keys, dtype=np.int64)
        self._hash: IntHash | None = None
        self._left = build_after

    @property
    def built(self) -> IntHash:
        """The hash itself (built now if it was not yet)."""
        if self._hash is None:
            self._hash = IntHash(self.keys)
        return self._hash

    def __getattr__(self, name: str):
        """Anything else is the built hash's (``bits``, ``slots`` …): asking builds it."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.built, name)

    def find(self, q: np.ndarray) -> np.ndarray:
        """Index of each query in ``keys``, -1 when absent."""
        if self._hash is not None:
            return self._hash.find(q)
        q = np.asarray(q, dtype=np.int64)
        self._left -= len(q)
        if self._left <= 0:
            return self.built.find(q)
        if not len(self.keys):
            return np.full(len(q), -1, np.int64)
        pos = np.minimum(np.searchsorted(self.keys, q), len(self.keys) - 1)
        return np.where(self.keys[pos] == q, pos, -1)


def _map_file(path: Path | str):
    """The file's bytes, memory-mapped read-only (a bytes object for an empty file).

    Why not ``read_bytes``: that copies all 36 MB into fresh memory, every page of it
    faulted in and zeroed by the system first, while the trigram arrays are left as stored
    and read sparsely (a page's look-ups touch a small part of them): mapped, only the pages
    read are brought in, from the page cache (measured: ~9 k fewer page faults per process)."""
    import mmap  # noqa: PLC0415

    with open(path, "rb") as fh:
        try:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):  # empty, or a file that cannot be mapped: read it
            fh.seek(0)
            return fh.read()


class LanguageModel:
    """A loaded model: vocabulary ids and vectorised Kneser–Ney backoff scoring.

    ``log10 P(c | a b)`` = the kept trigram's value, else ``bow(a b) + log10 P(c | b)``;
    ``log10 P(c | b)`` = the bigram's value, else ``bow(b) + log10 P(c)``.
    """

    def __init__(self, path: Path | str = DEFAULT_PATH, user_path: Path | str | None = None):
        raw = _map_file(path)
        if raw[:8] != MAGIC:
            raise ValueError(f"{path}: not a vanban LM file")
        off = 8
        (hl,) = struct.unpack_from("<Q", raw, off)
        off += 8
        header = json.loads(raw[off : off + hl].decode("utf-8"))
        off += hl
        bits = header.get("bits", 8)
        qd = "u1" if bits == 8 else "<u2"
        dtypes = dict(zip(_LAYOUT, ("<f4", "<f4", "<f4", "<u4", qd, qd, "<u4", "<u2", qd, "u1")))
        arr = {}
        for name in header.get("layout", [n for n in _LAYOUT if n != "uni_freq"]):
            (n,) = struct.unpack_from("<Q", raw, off)
            off += 8
            dt = np.dtype(dtypes[name])
            arr[name] = np.frombuffer(raw, dtype=dt, count=n // dt.itemsize, offset=off)
            off += n
        self.path = Path(path)
        self.header = {k: v for k, v in header.items() if k != "vocab"}
        self.V = V = header["V"]
        self.words: list[str] = header["vocab"]
        self.ids: dict[str, int] = dict(zip(self.words, range(len(self.words))))  # (a third of a comprehension's time)
        self.bos, self.eos, self.num, self.unk = (self.ids[t] for t in (BOS, EOS, NUM, UNK))
        self.valid = arr["valid"].astype(bool)  # ids restoration may output (Vietnamese syllables)
        self.uni_logp = arr["uni_logp"].astype(np.float32)
        self.uni_bow = arr["uni_bow"].astype(np.float32)
        # log10 relative frequency (raw counts): how common a form is, to rank a key's forms
        # (KN's unigram is a continuation probability: "cứ" follows few words but is common)
        self.uni_freq = arr.get("uni_freq", arr["uni_logp"]).astype(np.float32)
        self.bi_keys = arr["bi_keys"].astype(np.int64)
        # log-probability and backoff weight of each bigram side by side (views of one (n, 2)
        # array): a pair's score reads both, one cache line instead of two
        bi_vals = np.empty((len(arr["bi_q"]), 2), np.float32)
        bi_vals[:, 0] = _dequantise(arr["bi_q"], bits=bits)
        bi_vals[:, 1] = _dequantise(arr["bow_q"], *BOW_RANGE, bits=bits)
        self.bi_logp, self.bi_bow = bi_vals[:, 0], bi_vals[:, 1]
        # trigrams stay grouped per history bigram (found through the bigram hash, then a
        # binary search of the sorted last ids): no 8-byte key per trigram to build at load
        self._ntri = arr["ntri"]
        self.tri_start = np.empty(len(self._ntri) + 1, np.int64)  # [0, cumsum…] in one array
        self.tri_start[0] = 0
        np.cumsum(self._ntri, dtype=np.int64, out=self.tri_start[1:])
        # the continuations as an aligned array: the file's sit at an odd offset, and numpy's
        # gathers from unaligned uint16 (every binary-search step) are slower — copied once
        # (~13 MB, a few ms) restoration runs 3-5% faster (measured on the seeds, warm)
        tri_c = arr["tri_c"]
        self.tri_c = tri_c if tri_c.flags.aligned else tri_c.copy()
        # trigram values stay quantised (one code table gather per look-up, not 6 M at load)
        self._tri_q = arr["tri_q"]
        self._tri_table = _dequantise(np.arange(1 << bits), bits=bits)
        #: bigram keys in file order: sorted (older files), or in the hash's home-slot order,
        #: whose hash is built at the first look-up (cheap) instead of binary searches first
        self.bigram_order = header.get("bigram_order", "sorted")
        self.bi_hash = LazyIntHash(self.bi_keys, build_after=0 if self.bigram_order == "hash" else HASH_AFTER)
        self._build_buckets()
        self.size_bytes = len(raw)
        self.user = None
        if user_path is not None and Path(user_path).exists():
            self.user = UserLayer.load(user_path, self)

    @property
    def tri_keys(self) -> np.ndarray:
        """Sorted trigram keys ``(a*V+b)*V+c`` (int64), built on demand (tools and tests)."""
        keys = self.__dict__.get("_tri_keys")
        if keys is None:
            ntri = np.diff(self.tri_start)
            keys = np.repeat(self.bi_keys, ntri) * self.V + self.tri_c.astype(np.int64)
            # (file order is by history bigram, which a "hash" file does not keep sorted)
            self._tri_order = None if self.bigram_order == "sorted" else np.argsort(keys, kind="stable")
            keys = self._tri_keys = keys if self._tri_order is None else keys[self._tri_order]
        return keys

    @property
    def tri_logp(self) -> np.ndarray:
        """log10 P of every kept trigram (float32, in ``tri_keys`` order), built on demand."""
        vals = self.__dict__.get("_tri_logp")
        if vals is None:
            self.tri_keys  # noqa: B018  (its order)
            q = self._tri_q if self._tri_order is None else self._tri_q[self._tri_order]
            vals = self._tri_logp = self._tri_table[q]
        return vals

    def _build_buckets(self) -> None:
        """Offsets of sub-ranges of each long history's continuations, by ``c >> BUCKET_SHIFT``.

        Why: the binary search halves as many times as the longest queried
        history has continuations, and ``(<s>, <s>)`` (35,611 of them) is in
        every call: 16 passes over the queries. With the sub-range of ``c``'s
        bucket the search starts at most ``2**BUCKET_SHIFT`` wide (7 passes).
        Kept for the histories of more than ``LONG_HISTORY`` continuations
        (12.5 k of 1.5 M; 11 MB of uint16) and filled in on a history's first
        look-up (:meth:`_fill_buckets`), not at load: filling all of them took
        40 ms of the model's 0.23 s load, and a document queries a few hundred.
        The table is allocated zeroed (pages the system maps only when written).
        """
        long = self._ntri > LONG_HISTORY
        rank = np.cumsum(long, dtype=np.int32)  # (int32 throughout: no 12 MB temporaries at load)
        rank -= 1
        rank[~long] = -1
        self.long_rank = rank
        nb = (self.V >> BUCKET_SHIFT) + 1
        self._nb = nb
        self._long_hist = np.flatnonzero(long)
        self.bucket_off = np.zeros((len(self._long_hist), nb + 1), np.uint16)
        self._bucket_ready = np.zeros(len(self._long_hist), bool)

    def _fill_buckets(self, rows: np.ndarray) -> None:
        """Fill the bucket offsets of the long histories of rank ``rows`` (unique ints)."""
        nb, lh = self._nb, self._long_hist[rows]
        counts = self.tri_start[lh + 1] - self.tri_start[lh]
        ri = np.repeat(np.arange(len(lh)), counts)
        starts = np.repeat(self.tri_start[lh], counts)
        pos = starts + (np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts))
        b = self.tri_c[pos].astype(np.int64) >> BUCKET_SHIFT
        cnt = np.bincount(ri * nb + b, minlength=len(lh) * nb).reshape(len(lh), nb)
        off = np.zeros((len(lh), nb + 1), np.uint16)
        np.cumsum(cnt, axis=1, out=off[:, 1:], dtype=np.uint16)
        self.bucket_off[rows] = off
        self._bucket_ready[rows] = True  # after the offsets: a reader that sees it sees them

    def tri_lookup(self, a: np.ndarray, b: np.ndarray, c: np.ndarray, default: float = np.nan,
                   hist_idx: np.ndarray | None = None):
        """(log10 P(c | a b) of the kept trigram else ``default``, kept?) for aligned id arrays.

        The history (a, b) is found in the bigram hash (or given: ``hist_idx``,
        its bigram index or -1, when the caller looked the pair up already), then
        ``c`` by a binary search (vectorised, halvings up to the longest queried
        sub-range) among that history's sorted continuations — for a long
        history only those in ``c``'s bucket (:meth:`_build_buckets`). Why not
        one search over flat trigram keys: building them costs 0.1 s and 50 MB
        at load, and on a page's 6-66 k look-ups the flat search (cache misses
        over 50 MB) is 3-5x slower (measured 4.0 vs 0.8 ms and 51 vs 17 ms).
        """
        c = np.asarray(c, dtype=np.int64)
        if not len(self.tri_c):  # a model without trigrams
            return np.full(len(c), default, np.float32), np.zeros(len(c), bool)
        if hist_idx is None:
            a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
            hist_idx = self.bi_hash.find(a * self.V + b)
        # (Every look-up as it comes, repeats included. Reading each distinct (history, c) once,
        # sorted — ``np.unique`` and its inverse first — was slower on every workload measured:
        # the 10 legacy documents of bench/restore.py 26.6 → 17.0 ms, the seeds 24.8 → 16.3 ms,
        # both three times over as one text 125 → 71 ms; a page's look-ups are 75-80% distinct.
        # Nor did a window scan pay instead of the halvings below — each query's whole
        # sub-range gathered and compared at once, a dozen calls instead of four a halving:
        # on the 1,000 held-out news lines' look-ups, 142 → 244 µs a line; the ranges are wide.)
        idx = np.maximum(hist_idx, 0)
        has = hist_idx >= 0
        lo = np.where(has, self.tri_start[idx], 0)
        end = np.where(has, self.tri_start[idx + 1], 0)
        r = self.long_rank[idx]
        lr = (has & (r >= 0)).nonzero()[0]
        if lr.size:
            rr = r[lr]
            ready = self._bucket_ready[rr]
            if not ready.all():
                self._fill_buckets(np.unique(rr[~ready]))
            bo, bk = self.bucket_off, c[lr] >> BUCKET_SHIFT
            base = lo[lr]
            lo[lr] = base + bo[rr, bk]
            end[lr] = base + bo[rr, bk + 1]
        tc, last = self.tri_c, len(self.tri_c) - 1
        # only a ``c`` between its range's first and last continuation can be there: about
        # half of a page's look-ups are not (measured on the seeds: 48.6 k distinct, 25.6 k
        # in range, 5.5 k kept), and the search below runs on the rest only
        out = np.full(len(c), default, self._tri_table.dtype)
        found = np.zeros(len(c), bool)
        sel = ((end > lo) & (tc[np.minimum(lo, last)] <= c) & (tc[np.maximum(end - 1, 0)] >= c)).nonzero()[0]
        if not sel.size:
            return out, found
        lo, end, c = lo[sel], end[sel], c[sel]
        # branchless lower bound: ``pos`` is the last continuation known < c; halving
        # steps from the longest queried sub-range's length down to 1. A probe past the
        # range tests its last continuation instead: if even that is < c, so is every
        # one, and the bound is the range's end (pos = end - 1) as it should be; an empty
        # range tests lo - 1 = pos itself and stays. Written into preallocated arrays:
        # four numpy calls a halving.
        pos = lo - 1
        longest = int((end - lo).max(initial=0))
        step = 1 << max(0, longest.bit_length() - 1)
        if longest:
            endm1 = end - 1
            probe = np.empty_like(pos)
            ok = np.empty(len(pos), bool)
            while step:
                np.minimum(pos + step, endm1, out=probe)
                # (indexing, not ``tc.take``: the file's uint16 array is unaligned and take copies it whole)
                np.less(tc[probe], c, out=ok)
                np.copyto(pos, probe, where=ok)
                step >>= 1
        lo = np.minimum(pos + 1, last)
        hit = (lo < end) & (tc[lo] == c)
        found[sel] = hit
        out[sel[hit]] = self._tri_table[self._tri_q[lo[hit]]]
        return out, found

    # -- vocabulary ------------------------------------------------------------
    def id_of(self, token: str) -> int:
        return self.ids.get(token, self.unk)

    # -- scoring ---------------------------------------------------------------
    @staticmethod
    def _lookup(keys: np.ndarray, table: np.ndarray, vals: np.ndarray, default: float):
        pos = np.searchsorted(table, keys)
        pos = np.minimum(pos, len(table) - 1)
        hit = table[pos] == keys
        return np.where(hit, vals[pos], default), hit

    def hist_bow(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """log10 backoff weight of the two-word history (a, b); 0 when it has none."""
        idx = self.bi_hash.find(a * self.V + b)
        return np.where(idx >= 0, self.bi_bow[idx], 0.0).astype(np.float32)

    def base_logp(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        """log10 P_KN(c | a b) for aligned int arrays of ids."""
        V = self.V
        t, thit = self.tri_lookup(a, b, c)
        idx = self.bi_hash.find(b * V + c)
        pair = np.where(idx >= 0, self.bi_logp[idx], self.uni_bow[b] + self.uni_logp[c])
        return np.where(thit, t, self.hist_bow(a, b) + pair).astype(np.float32)

    def pair_logp(self, b: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """log10 P(c | b) — what (a, b, c) scores, plus :meth:`hist_bow` (a, b), when
        the trigram is NOT kept — and whether (b, c) is a known bigram (a kept
        trigram needs both of its bigrams).

        The decoder scores the dense part of its lattice with this (one value
        per candidate pair, whatever came before) and only looks trigrams up
        for the few triples whose two bigrams are both known.
        """
        out, hit, _ = self.pair_scores(b, c)
        return out, hit

    def pair_scores(self, b: np.ndarray, c: np.ndarray, idx: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`pair_logp` plus :meth:`hist_bow` of the same (b, c), from one hash look-up
        (``idx``: the pairs' bigram indices when the caller has them, from :meth:`bigram_index`)."""
        if idx is None:
            idx = self.bigram_index(b, c)
        hit = idx >= 0
        out = np.where(hit, self.bi_logp[idx], self.uni_bow[b] + self.uni_logp[c]).astype(np.float32)
        bow = np.where(hit, self.bi_bow[idx], 0.0).astype(np.float32)
        if self.user is not None:
            out, uhit = self.user.mix_pair(out, b, c)
            hit |= uhit
        return out, hit, bow

    def has_continuations(self, idx: np.ndarray) -> np.ndarray:
        """Whether each bigram (index from :meth:`bigram_index`; -1: none) keeps trigram
        continuations in the base model — the histories a kept trigram can have."""
        return (idx >= 0) & (self.tri_start[idx + 1] > self.tri_start[np.maximum(idx, 0)])

    def bigram_index(self, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        """Index of each pair (b, c) in the bigram table, -1 when it has none."""
        return self.bi_hash.find(np.asarray(b, np.int64) * self.V + c)

    def trigram_delta(self, a, b, c, pair: np.ndarray, bow: np.ndarray | None = None,
                      hist_idx: np.ndarray | None = None) -> np.ndarray:
        """``logp(a, b, c) - pair - hist_bow(a, b)`` where ``pair`` is :meth:`pair_logp`
        of (b, c) and ``bow`` (when known) :meth:`hist_bow` of (a, b): non-zero only
        where a kept trigram (base or user layer) changes the score."""
        if bow is None:
            bow = self.hist_bow(a, b)
        if self.user is not None:
            return (self.logp(a, b, c) - pair - bow).astype(np.float32)
        t, thit = self.tri_lookup(a, b, c, hist_idx=hist_idx)
        return np.where(thit, t - pair - bow, 0.0).astype(np.float32)

    def logp(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        base = self.base_logp(a, b, c)
        if self.user is None:
            return base
        return self.user.mix(base, a, b, c)

    def sentence_logp(self, tokens: list[str]) -> float:
        ids = [self.bos, self.bos] + [self.id_of(t) for t in tokens] + [self.eos]
        arr = np.asarray(ids, dtype=np.int64)
        return float(self.logp(arr[:-2], arr[1:-1], arr[2:]).sum())


class UserLayer:
    """Counts learnt from the user's own accented documents (the archive).

    Small by nature (one archive), stored as ``.npz`` of sorted keys and
    counts next to the base model. Interpolated with the base model so the
    archive's own names and phrasing win ties without drowning general text.
    """

    def __init__(self, lm: LanguageModel, uni, bi, tri):
        self.lm = lm
        V = lm.V
        uni_logp, (bk, bl), (tk, tl) = _sb_tables(V, uni, bi, tri)
        self.uni_logp = uni_logp
        self.bi_keys, self.bi_logp = bk.astype(np.int64), bl.astype(np.float32)
        self.tri_keys, self.tri_logp = tk.astype(np.int64), tl.astype(np.float32)
        self.n_tokens = int(np.asarray(uni).sum())
        #: ids the archive's own pages write (restoration never prunes them away as rare)
        self.seen = np.asarray(uni) > 0

    @classmethod
    def load(cls, path, lm: LanguageModel) -> "UserLayer":
        z = np.load(path)
        if int(z["V"]) != lm.V:
            raise ValueError(f"{path}: adaptation layer was built for another base model")
        return cls(lm, z["uni"], (z["bi_keys"], z["bi_counts"]), (z["tri_keys"], z["tri_counts"]))

    def mix_pair(self, base, b, c):
        """:meth:`mix` when no trigram is kept: the user bigram or nothing."""
        if not len(self.bi_keys):
            return np.log10((1 - USER_WEIGHT) * np.power(10.0, base.astype(np.float64))).astype(np.float32), \
                np.zeros(len(b), bool)
        bs, bhit = LanguageModel._lookup(b * self.lm.V + c, self.bi_keys, self.bi_logp, np.nan)
        user = np.where(bhit, bs + ALPHA, -np.inf)
        lin = (1 - USER_WEIGHT) * np.power(10.0, base.astype(np.float64)) + USER_WEIGHT * np.power(10.0, user)
        return np.log10(lin).astype(np.float32), bhit

    def mix(self, base, a, b, c):
        V = self.lm.V
        t, thit = LanguageModel._lookup((a * V + b) * V + c, self.tri_keys, self.tri_logp, np.nan) if len(self.tri_keys) else (None, np.zeros(len(a), bool))
        bs, bhit = LanguageModel._lookup(b * V + c, self.bi_keys, self.bi_logp, np.nan) if len(self.bi_keys) else (None, np.zeros(len(a), bool))
        user = np.full(len(a), -np.inf, dtype=np.float64)
        if bhit.any():
            user = np.where(bhit, bs + ALPHA, user)
        if thit.any():
            user = np.where(thit, t, user)
        lin = (1 - USER_WEIGHT) * np.power(10.0, base.astype(np.float64)) + USER_WEIGHT * np.power(10.0, user)
        return np.log10(lin).astype(np.float32)


def update_from_texts(texts: Iterable[str], out_path: Path | str, lm: LanguageModel | None = None) -> dict:
    """Learn an adaptation layer from well-accented document texts.

    ``texts``: accented texts (e.g. the archive's restored/born-digital
    pages). Counts are ADDED to an existing layer at ``out_path`` so the
    archive can be learnt incrementally. Returns a small summary dict.
    """
    if lm is None:
        raise TypeError("update_from_texts needs the loaded base model (vanban.ocr.restore passes it)")
    vocab = {w: i for i, w in enumerate(lm.words)}
    uni, (bk, bc), (tk, tc) = count_with_vocab(((t, 1) for t in texts), vocab)
    out_path = Path(out_path)
    if out_path.exists():
        z = np.load(out_path)
        if int(z["V"]) == lm.V:
            uni = uni + z["uni"]
            bk, bc = _merge(bk, bc, z["bi_keys"], z["bi_counts"])
            tk, tc = _merge(tk, tc, z["tri_keys"], z["tri_counts"])
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(out_path) as fh:  # np.savez would append .npz to a bare name
        np.savez_compressed(fh, V=np.int64(lm.V), uni=uni, bi_keys=bk, bi_counts=bc, tri_keys=tk, tri_counts=tc)
    return {"path": str(out_path), "tokens": int(uni.sum()), "bigrams": int(len(bk)), "trigrams": int(len(tk))}


def _merge(k1, c1, k2, c2):
    keys = np.concatenate([k1, k2])
    counts = np.concatenate([c1, c2])
    u, inv = np.unique(keys, return_inverse=True)
    return u, np.bincount(inv, weights=counts).astype(np.int64)
