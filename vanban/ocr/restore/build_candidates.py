"""Build the candidate table (:mod:`.candidate_table`) for the packaged model — a tool, not run time.

Which tokens: every form a page writes most — each valid syllable of the model
and each mark-free key — plus the garbles the OCR channel makes of the
commonest keys: the confusion rules (:func:`.confusions.rules`, "OCR substring
← source substring, cost") run backwards from the key, up to two rewrites
costing at most ``GARBLE_MAX_COST`` together ("tiep" → "tiép", "mot" → "m6t"),
and the whole tokens of the learned token statistics. Each token is ranked by
the generator's own search (:meth:`.candidates.CandidateGenerator._rank`), so a
lookup gives what computing would. The choice never looks at evaluation text.

Measured (bench/restore.py's 2 seeds and 10 legacy documents, tokens the table
did not choose from): see ``GARBLE_MAX_COST``.

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
from .candidates import MAX_TOKEN_LEN, CandidateGenerator
from .lm import DEFAULT_PATH as LM_PATH
from .lm import LanguageModel

#: garbles of the commonest keys: rewrites of at most this total cost (log10) …
GARBLE_MAX_COST = 1.0
#: … of this many keys, commonest first
GARBLE_KEYS = 800


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


def table_tokens(gen: CandidateGenerator, n_keys: int = GARBLE_KEYS, max_cost: float = GARBLE_MAX_COST) -> list[str]:
    """The lower-cased tokens the table ranks (see the module docstring)."""
    inv = gen.inv
    toks = set(inv.valid_forms) | set(inv.by_key) | set(confusions.token_counts())
    for key in sorted(inv.by_key, key=lambda k: (-inv.key_logp[k], k))[:n_keys]:
        toks |= set(garbles(key, max_cost))
    return sorted(t for t in toks if t and t == t.lower() and len(t) <= MAX_TOKEN_LEN and "\n" not in t)


def build(out: Path | str = candidate_table.DEFAULT_PATH, lm_path: Path | str = LM_PATH) -> dict:
    """Rank the table's tokens with the model at ``lm_path`` and write the table; returns a summary."""
    t0 = time.time()
    lm = LanguageModel(lm_path)
    gen = CandidateGenerator(lm, precomputed=False)
    rankings = {}
    for low in table_tokens(gen):
        rankings[low] = list(zip(*gen._rank(low, low, "restore")))
    size = candidate_table.save(out, candidate_table.fingerprint(gen.inv), rankings)
    n = sum(len(v) for v in rankings.values())
    return {"tokens": len(rankings), "candidates": n, "bytes": size, "seconds": round(time.time() - t0, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=candidate_table.DEFAULT_PATH)
    ap.add_argument("--lm", type=Path, default=LM_PATH)
    args = ap.parse_args(argv)
    print(build(args.out, args.lm), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
