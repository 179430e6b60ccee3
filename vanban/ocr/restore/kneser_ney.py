"""Interpolated modified Kneser–Ney estimates of a syllable trigram, in backoff form.

Why Kneser–Ney: restoration picks among accent variants of one syllable,
often rare ones; stupid backoff scores a rare word by its raw frequency,
KN by how many different contexts it follows (Chen & Goodman 1998), which
backs off better for the rare words of a new domain (news, names).

Shapes: ids are < V (V ≤ 65535); keys pack ids base V (``a*V+b``,
``(a*V+b)*V+c``), sorted. Everything is vectorised numpy over the sorted
key arrays (no per-n-gram Python), so 6.5 M trigrams take seconds.

Pruning (``min_trigram``): trigrams seen fewer times are dropped after
estimation and the backoff weight of their history is renormalised
(SRILM-style), so every history still sums to one.
"""

from __future__ import annotations

import numpy as np


def discounts(counts: np.ndarray) -> np.ndarray:
    """Modified KN discounts D1, D2, D3+ from count-of-counts (Chen & Goodman eq. 26)."""
    n = [max(int(np.count_nonzero(counts == k)), 1) for k in (1, 2, 3, 4)]
    y = n[0] / (n[0] + 2 * n[1])
    d = np.array([1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]])
    return np.clip(d, 0.05, None)


def _discount_of(counts: np.ndarray, d: np.ndarray) -> np.ndarray:
    return d[np.minimum(counts, 3) - 1]


def _level(hist: np.ndarray, counts: np.ndarray, lower: np.ndarray, d: np.ndarray):
    """One interpolated level: p(w|h) for every listed n-gram and gamma(h) per n-gram.

    ``hist``: history key of each n-gram (sorted with the n-grams);
    ``counts``: its (raw or continuation) count; ``lower``: p_lower(w|h') of
    the same n-grams. Returns (p, gamma_of_row).
    """
    uh, start = np.unique(hist, return_index=True)
    idx = np.repeat(np.arange(len(uh)), np.diff(np.append(start, len(hist))))
    tot = np.bincount(idx, weights=counts).astype(np.float64)
    disc = _discount_of(counts, d)
    mass = np.bincount(idx, weights=disc)
    gamma = mass / tot
    p = (counts - disc) / tot[idx] + gamma[idx] * lower
    return p, gamma[idx], idx


def estimate(V: int, bos: int, uni: np.ndarray, bi, tri, *, min_trigram: int = 2):
    """KN tables in backoff form.

    Returns dict with ``uni_logp`` (V,), ``uni_bow`` (V,) — log10 backoff of a
    one-word history —, ``bi_keys``/``bi_logp``/``bi_bow`` (per kept bigram;
    ``bi_bow`` is the log10 backoff of the bigram as a trigram history) and
    ``tri_keys``/``tri_logp`` (kept trigrams).
    """
    bi_keys, bi_counts = bi
    tri_keys, tri_counts = tri
    # -- continuation counts: N1+(• b c) for bigrams, N1+(• c) for unigrams
    suffix = tri_keys % (V * V)  # (b, c) of each trigram, as a bigram key
    su, sc = np.unique(suffix, return_counts=True)
    pos = np.searchsorted(su, bi_keys)
    pos = np.minimum(pos, len(su) - 1)
    cc2 = np.where(su[pos] == bi_keys, sc[pos], 0)
    # bigrams after <s> have no left context: their raw counts stand in (as SRILM does)
    starts = (bi_keys // V) == bos
    cc2 = np.where(starts | (cc2 == 0), bi_counts, cc2).astype(np.int64)
    cc1 = np.bincount((bi_keys % V).astype(np.int64), minlength=V).astype(np.float64)
    cc1[bos] = 0
    # -- unigram: continuation distribution, a little uniform mass for the unseen
    p1 = 0.999 * cc1 / max(cc1.sum(), 1.0) + 0.001 / V
    # -- bigram level
    b_hist = bi_keys // V
    b_word = bi_keys % V
    d2 = discounts(cc2)
    p2, g2, _ = _level(b_hist, cc2, p1[b_word], d2)
    # -- trigram level
    t_hist = tri_keys // V  # (a, b) as bigram key
    t_b = t_hist % V
    t_c = tri_keys % V
    pos2 = np.searchsorted(bi_keys, t_b * V + t_c)  # (b, c) always a bigram
    p2_of_tri = p2[pos2]
    d3 = discounts(tri_counts)
    p3, g3, _ = _level(t_hist, tri_counts, p2_of_tri, d3)
    # -- prune trigrams, renormalise the backoff weights of their histories
    keep = tri_counts >= min_trigram
    hk = t_hist[keep]
    # bow(ab) = (1 - Σ_kept p3) / (1 - Σ_kept p2(c|b)) over the kept continuations
    uh, inv = np.unique(hk, return_inverse=True)
    s3 = np.bincount(inv, weights=p3[keep])
    s2 = np.bincount(inv, weights=p2_of_tri[keep])
    bow_h = np.log10(np.maximum(1 - s3, 1e-9) / np.maximum(1 - s2, 1e-9))
    bi_bow = np.zeros(len(bi_keys), np.float64)  # a history without kept trigrams backs off fully (bow 1)
    hp = np.searchsorted(bi_keys, uh)
    ok = (hp < len(bi_keys))
    ok[ok] = bi_keys[hp[ok]] == uh[ok]
    bi_bow[hp[ok]] = bow_h[ok]
    # histories whose every continuation was pruned keep gamma·p2 exactly: bow = gamma(ab)
    # (only the kept-history case needs renormalising; the rest back off with weight 1 - 0)
    # -- unigram histories: every bigram kept, bow(b) = gamma(b)
    uni_bow = np.zeros(V, np.float64)
    hist_u, first = np.unique(b_hist, return_index=True)
    uni_bow[hist_u] = np.log10(np.maximum(g2[first], 1e-12))
    # histories that are no bigram ((<s>, <s>) heads every context): add them to the table
    missing = uh[~ok]
    bi_logp = np.log10(p2)
    if len(missing):
        at = np.searchsorted(bi_keys, missing)
        bi_keys = np.insert(bi_keys, at, missing)
        bi_logp = np.insert(bi_logp, at, 0.0)  # never read as a bigram score
        bi_bow = np.insert(bi_bow, at, bow_h[~ok])
    return {
        "uni_logp": np.log10(p1).astype(np.float32),
        "uni_bow": uni_bow.astype(np.float32),
        "uni_freq": np.log10(np.maximum(uni, 0.5) / max(float(uni.sum()), 1.0)).astype(np.float32),
        "bi_keys": bi_keys,
        "bi_logp": bi_logp.astype(np.float32),
        "bi_bow": bi_bow.astype(np.float32),
        "tri_keys": tri_keys[keep],
        "tri_logp": np.log10(p3[keep]).astype(np.float32),
        "discounts": {"bigram": d2.round(3).tolist(), "trigram": d3.round(3).tolist()},
    }
