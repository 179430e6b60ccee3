"""Build the candidate table (:mod:`.candidate_table`) for the packaged model — a tool, not run time.

Which tokens: every form a page writes most — each valid syllable of the model
and each mark-free key — plus the garbles the OCR channel makes of the
commonest keys: the confusion rules (:func:`.confusions.rules`, "OCR substring
← source substring, cost") run backwards from the key, up to two rewrites
costing at most ``GARBLE_MAX_COST`` together ("tiep" → "tiép", "mot" → "m6t"),
and the whole tokens of the learned token statistics; then the likeliest further
garbles (``LIKELY_GARBLES`` of them, by the key's log10 prior minus the rewrites'
cost) of the commonest ``LIKELY_KEYS`` keys, up to ``LIKELY_MAX_COST``
("s6" is a garble of "so", "phic" of "phac"). Each token is ranked by
the generator's own search (:meth:`.candidates.CandidateGenerator._rank`), so a
lookup gives what computing would. The choice never looks at evaluation text.

Measured (bench/restore.py's 2 seeds and 10 legacy documents, tokens the table
did not choose from): see ``GARBLE_MAX_COST`` and ``LIKELY_GARBLES``.

A token's ranking is also stored as holding for the token in capitals where
ranking it so gives the same (:mod:`.candidate_table`, ``caps``), and with each
reading whether restore mode's frequency floor drops it (``DROPPED``: the run time
then builds only the readings it keeps).

Run: ``python -m vanban.ocr.restore.build_candidates [--out PATH]`` after the model
(``build_lm.py``), the confusion data or ``candidates.py`` changed; a test fails
while the table is stale.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import candidate_table, confusions
from .candidates import MAX_TOKEN_LEN, CandidateGenerator, fold
from .lm import DEFAULT_PATH as LM_PATH
from .lm import LanguageModel

#: garbles of the commonest keys: rewrites of at most this total cost (log10) …
GARBLE_MAX_COST = 1.0
#: … of this many keys, commonest first
GARBLE_KEYS = 800
#: and the likeliest further garbles: this many, by the key's log10 prior minus the rewrites'
#: cost, among those of the commonest LIKELY_KEYS keys costing at most LIKELY_MAX_COST.
#: Measured on the 2 seeds and 10 legacy documents, caches emptied before each: the old table
#: left 208 tokens to the rewrite search (141 distinct; 34 of them short capitals it held but
#: could not serve); 20,000 likeliest garbles cover 47 of the 141 (10,000: 37; 30,000: 53),
#: and with the capitals flags 116 are left. Table 2.1 → 3.3 MB (model files 39.4 MB of 40).
LIKELY_GARBLES = 20_000
LIKELY_KEYS = 3000
LIKELY_MAX_COST = 1.5


def garbles(key: str, max_cost: float = GARBLE_MAX_COST, depth: int = 2) -> dict[str, float]:
    """OCR forms of ``key`` the confusion rules make in up to ``depth`` rewrites: form → cost."""
    backwards: dict[str, list[tuple[str, float, bool]]] = {}
    for ocr, rules in confusions.rules().items():
        for rep, cost, anchored, _ in rules:
            backwards.setdefault(rep, []).append((ocr, cost, anchored))
    lengths = sorted({len(s) for s in backwards if s})
    out = {key: 0.0}
    frontier = {key: 0.0}
    for _ in range(depth):
        nxt: dict[str, float] = {}
        for s, c0 in frontier.items():
            for i in range(len(s)):
                for ln in lengths:
                    sub = s[i : i + ln]
                    if len(sub) < ln:
                        break
                    for ocr, cost, anchored in backwards.get(sub, ()):
                        c = c0 + cost
                        if c > max_cost or (anchored and i > 0):
                            continue
                        v = s[:i] + ocr + s[i + ln :]
                        if v and c < out.get(v, 9.0):
                            out[v] = nxt[v] = c
        frontier = nxt
    return out


def table_tokens(gen: CandidateGenerator, n_keys: int = GARBLE_KEYS, max_cost: float = GARBLE_MAX_COST,
                 n_likely: int = LIKELY_GARBLES) -> list[str]:
    """The lower-cased tokens the table ranks (see the module docstring)."""
    inv = gen.inv

    def fits(t: str) -> bool:
        return bool(t) and t == t.lower() and len(t) <= MAX_TOKEN_LEN and "\n" not in t

    toks = set(inv.valid_forms) | set(inv.by_key) | set(confusions.token_counts())
    commonest = sorted(inv.by_key, key=lambda k: (-inv.key_logp[k], k))
    for key in commonest[:n_keys]:
        toks |= set(garbles(key, max_cost))
    toks = {t for t in toks if fits(t)}
    likely: dict[str, float] = {}
    for key in commonest[:LIKELY_KEYS] if n_likely else ():
        prior = inv.key_logp[key]
        for g, c in garbles(key, LIKELY_MAX_COST).items():
            if g not in toks and prior - c > likely.get(g, -99.0) and fits(g):
                likely[g] = prior - c
    toks |= set(sorted(likely, key=lambda g: (-likely[g], g))[:n_likely])
    return sorted(toks)


def same_in_capitals(gen: CandidateGenerator, low: str, ranking: tuple) -> bool:
    """Whether ``low`` written in capitals gets ``ranking`` too (a short word in capitals
    spelling no key is ranked as a possible abbreviation: no fuzzy neighbours)."""
    caps = low.upper()
    if not (caps.isupper() and len(caps) <= 5) or fold(low) in gen.inv.by_key:
        return False  # not the case the run time asks about (or not one this probe can stand for)
    return tuple(gen._rank(low, caps, "restore")) == ranking


def build(out: Path | str = candidate_table.DEFAULT_PATH, lm_path: Path | str = LM_PATH) -> dict:
    """Rank the table's tokens with the model at ``lm_path`` and write the table; returns a summary."""
    t0 = time.time()
    lm = LanguageModel(lm_path)
    gen = CandidateGenerator(lm, precomputed=False)
    rankings = {}
    caps = set()
    dropped = {}
    for low in table_tokens(gen):
        ranking = tuple(gen._rank(low, low, "restore"))
        rankings[low] = list(zip(*ranking))
        dropped[low] = [not k for k in gen.keep_flags(*ranking)]
        if len(low) <= 5 and same_in_capitals(gen, low, ranking):
            caps.add(low)
    size = candidate_table.save(out, candidate_table.fingerprint(gen.inv), rankings, caps, dropped)
    n = sum(len(v) for v in rankings.values())
    return {"tokens": len(rankings), "candidates": n, "caps": len(caps), "bytes": size,
            "seconds": round(time.time() - t0, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=candidate_table.DEFAULT_PATH)
    ap.add_argument("--lm", type=Path, default=LM_PATH)
    args = ap.parse_args(argv)
    print(build(args.out, args.lm), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
