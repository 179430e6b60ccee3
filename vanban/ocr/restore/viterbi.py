"""Exact trigram Viterbi over a whole lattice in waves: every context's k-th position at once.

Why: :meth:`.decode._Lattice.viterbi` steps through a page position by position, a
handful of numpy calls each on blocks of a few hundred values, so the number of calls
(~10 a position, ~5 k a page) and not their size is what it costs. Contexts are
independent, so the k-th positions of all of them (a *wave*) can be stepped at once:
a page of ~500 positions and ~40 contexts is ~45 waves of ~10 calls. Same scores,
same path — bit for bit, ties included (``tests/test_restore_viterbi.py`` compares
the two on real pages).

Why the same: the state of pair (i1, i0) at position t is
``max over i2 of (S[i2, i1] + BW[i1, i0]) (+ delta[i2, i1, i0] where a trigram is kept)``,
float32 as the stepwise decoder adds. Rounding is monotonic, so where no trigram of the
pair is kept that is ``max(S[:, i1]) + BW[i1, i0]`` exactly: one segmented maximum
per (t, i1), one addition per pair. The pairs with a kept trigram (the *fixups*, a few
per position) are scored in full as the stepwise decoder scores them,
``(S + BW) + delta`` (0 added where none is kept: the same float). The back-pointers are
taken on the best path only, from the same sums, first maximum first (numpy's argmax),
as the stepwise decoder takes them.
"""

from __future__ import annotations

import numpy as np

#: contexts from which a text is decoded in waves. Measured (first pass, caches warm, one
#: core): 135 held-out news/legal lines of 5-7 contexts 16.1 ms stepwise against 19.4 ms in
#: waves, of 8-11 10.8 against 10.5, of 12 or more 6.0 against 5.4; the 10 legacy documents
#: of bench/restore.py (24-76 contexts) 19.3 against 15.7 ms
MIN_CONTEXTS = 12


def _runs(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For runs of ``counts`` laid end to end: (run of each element, its index in the run,
    start of each run)."""
    starts = np.zeros(len(counts), np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    owner = np.arange(len(counts)).repeat(counts)
    return owner, np.arange(len(owner)) - starts[owner], starts


def decode(lat, segments: list[int] | None = None, best: list[int] | None = None) -> list[int]:
    """Best candidate index of every position of ``lat`` (a :class:`.decode._Lattice`): what
    ``lat.viterbi(segments, best)`` returns — the contexts ``segments`` (indices into
    ``lat.seg_bounds``; default all) decoded, every other position as in ``best``."""
    state, fixups = forward(lat, segments)
    return backtrack(lat, state, fixups, segments, best, fixup_pointers(state, fixups))


def forward(lat, segments: list[int] | None = None) -> tuple[np.ndarray, tuple | None]:
    """(state of every candidate pair (float32, indexed as ``lat.BW``; those of contexts
    not in ``segments`` left as they are), the fixup layout that :func:`backtrack` reads:
    (slot of each pair's first fixup value or -1, the values, and what :func:`fixup_pointers`
    reads: the fixup pairs, each one's first member, the members' i2, state and pair score))."""
    n, k, pair_off, BW = lat.n, lat.k, lat.pair_off, lat.BW
    V = BW.copy()  # the pairs (<s>, <s>): their block is their state
    W = (k >= 2).nonzero()[0]
    tri_t, tri_flat, tri_delta = lat.tri_t, lat.tri_flat, lat.tri_delta
    if segments is not None:
        inside = np.zeros(len(n), bool)
        for i in segments:
            a, b = lat.seg_bounds[i]
            inside[a:b] = True
        W = W[inside[W]]
        keep = inside[tri_t]
        tri_t, tri_flat, tri_delta = tri_t[keep], tri_flat[keep], tri_delta[keep]
    if not len(W):
        return V, None
    W = W[k[W].argsort(kind="stable")]  # positions by (k, t): wave K holds the positions with k == K
    kw = k[W]
    waves = np.arange(2, int(kw[-1]) + 2)
    n0, n1, n2 = n[W], n[W - 1], n[W - 2]
    # groups (t, i1) in wave order; their members: the pairs (i2, i1) of t-1
    g_owner, g_i1, g_start = _runs(n1)
    m_owner, m_i2, m_start = _runs(n2[g_owner])
    col = (pair_off[W - 1][g_owner] + g_i1)[m_owner] + m_i2 * n1[g_owner][m_owner]
    # pairs (t, i1, i0) in wave order: row-major per position, so a group's pairs are a run
    p_owner, p_j, p_start = _runs(n1 * n0)
    dst = pair_off[W][p_owner] + p_j
    bw = BW[dst]
    gi = np.arange(len(g_owner)).repeat(n0[g_owner])
    wb = kw.searchsorted(waves)  # position bounds of the waves
    gb = np.append(g_start, len(g_owner))[wb]
    mb = np.append(m_start, len(m_owner))[gb]
    pb = np.append(p_start, len(dst))[wb]
    m_local = m_start - mb[:-1].repeat(np.diff(gb))  # reduceat starts within a wave's members
    g_local = gi - gb[:-1].repeat(np.diff(pb))  # a pair's group within its wave
    fixups = None
    fw = None
    if len(tri_t):
        t = tri_t
        nn = n[t - 1] * n[t]
        pidx = pair_off[t] + tri_flat % nn  # the pair of each kept trigram
        mask = np.zeros(len(BW), bool)
        mask[pidx] = True
        up = mask.nonzero()[0]
        ft = pair_off.searchsorted(up, side="right") - 1  # position of each fixup pair
        order = k[ft].argsort(kind="stable")
        up, ft = up[order], ft[order]
        fn1 = n[ft - 1]
        f_owner, f_i2, f_start = _runs(n[ft - 2])
        fi1 = (up - pair_off[ft]) // n[ft]
        fsrc = (pair_off[ft - 1] + fi1)[f_owner] + f_i2 * fn1[f_owner]
        slot = np.full(len(BW), -1, np.int64)
        slot[up] = f_start
        fD = np.zeros(len(f_owner), np.float32)
        fD[slot[pidx] + tri_flat // nn] = tri_delta
        fbw = BW[up[f_owner]]
        fwb = k[ft].searchsorted(waves)
        ftb = np.append(f_start, len(f_owner))[fwb]
        f_local = f_start - ftb[:-1].repeat(np.diff(fwb))
        fixups = (slot, fD, (up, f_start, f_i2, fsrc, fbw))
        if segments is None:
            # every kept trigram by pair: what the lattice's local scores read too (_Lattice._lp_at)
            lat._slots = (lat.tri_delta, slot, fD)
        fw = (fwb.tolist(), ftb.tolist())
    gb, mb, pb = gb.tolist(), mb.tolist(), pb.tolist()
    mred = np.maximum.reduceat
    for K in range(len(waves) - 1):
        ga, gz = gb[K], gb[K + 1]
        if ga == gz:
            continue
        pa, pz = pb[K], pb[K + 1]
        mx = mred(V[col[mb[K] : mb[K + 1]]], m_local[ga:gz])
        V[dst[pa:pz]] = mx[g_local[pa:pz]] + bw[pa:pz]
        if fw is not None:
            a, z = fw[0][K], fw[0][K + 1]
            if a < z:
                ta, tz = fw[1][K], fw[1][K + 1]
                val = V[fsrc[ta:tz]] + fbw[ta:tz]
                val += fD[ta:tz]
                V[up[a:z]] = mred(val, f_local[a:z])
    return V, fixups


def fixup_pointers(V: np.ndarray, fixups: tuple | None) -> dict[int, int] | None:
    """Back-pointer of every pair with a kept trigram: pair index → the first i2 of largest
    ``(V[i2, i1] + BW[i1, i0]) + delta[i2, i1, i0]`` — the backtrack's sum at that pair, the
    same float32 additions in the same order, summed for all of them at once.

    Why: ~95% of the best path's pairs have a kept trigram (the path favours known
    phrases), and the backtrack summed each on its own, ~5 numpy calls on a few values at
    every position of a page; this is a handful of calls for the page."""
    if fixups is None:
        return None
    _, fD, (up, f_start, f_i2, fsrc, fbw) = fixups
    val = V[fsrc] + fbw
    val += fD
    mx = np.maximum.reduceat(val, f_start)
    eq = val == mx.repeat(np.diff(np.append(f_start, len(val))))
    first = np.minimum.reduceat(np.where(eq, f_i2, len(val)), f_start)  # numpy's argmax: the first maximum
    return dict(zip(up.tolist(), first.tolist()))


def backtrack(lat, V: np.ndarray, fixups: tuple | None, segments: list[int] | None = None,
              best: list[int] | None = None, pointers: dict[int, int] | None = None) -> list[int]:
    """The best path from :func:`forward`'s states: per context (of ``segments``, default all;
    other positions as in ``best``), the best state ending in ``</s>``, then at each position
    the first i2 whose sum is largest on the best pair (``pointers``: those of pairs with a
    kept trigram, from :func:`fixup_pointers`; the others summed here)."""
    n = lat.n.tolist()
    pair_off = lat.pair_off.tolist()
    BW = lat.BW
    slot, fD = fixups[:2] if fixups is not None else (None, None)
    ptr = pointers.get if pointers else None
    best = [0] * len(n) if best is None else list(best)
    for t0, t1 in lat.seg_bounds if segments is None else [lat.seg_bounds[i] for i in segments]:
        a = pair_off[t1 - 1]
        cur, prev = 0, int(V[a : a + n[t1 - 2]].argmax())  # indices at t and t-1
        for t in range(t1 - 1, t0 + 1, -1):
            best[t] = cur
            n2 = n[t - 2]
            if n2 == 1:
                cur, prev = prev, 0
                continue
            p = pair_off[t] + prev * n[t] + cur
            if ptr is not None:
                q = ptr(p)
                if q is not None:
                    cur, prev = prev, q
                    continue
            n1 = n[t - 1]
            b = pair_off[t - 1] + prev
            tot = V[b : b + n2 * n1 : n1] + BW[p]
            if slot is not None:
                f = int(slot[p])
                if f >= 0:
                    tot += fD[f : f + n2]
            cur, prev = prev, int(tot.argmax())
    return best
