"""Check that a change to restoration leaves its output identical: dump, then compare.

A speed change must not move a syllable. This restores the inputs of
``bench/restore.py`` — the 2 seeds, the legacy forms of the 10 held-out documents,
1,000 held-out news and 1,000 held-out legal lines (marks stripped) — in restore
mode, and the seeds and documents again in correct mode, and writes every result
(restored text and every TokenChoice: source, chosen, confidence, alternatives,
offsets) as one JSON line per text. ``--cold`` empties the restorer's caches before
each text (what a first page sees; the candidate cache is keyed by the lower-cased
token, so which case of a word came first can change a later reading).

Run before the change (``--out before.jsonl``), after it (``--out after.jsonl
--against before.jsonl``): prints the number of texts and tokens that differ
(exit status 1 when any does). ``--text-only``: the texts alone, the token records never
read — restore mode makes them only when read (:class:`vanban.models.DeferredRestoration`),
so this checks the text written without them (against a full dump's texts too).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import restore as rb  # noqa: E402  (bench/restore.py: the same inputs)


def dump(shared: Path, sentences: int, cold: bool, text_only: bool = False) -> list[str]:
    from vanban.ocr.restore.decode import get_restorer  # noqa: PLC0415

    seeds = rb.seed_pairs()
    docs = rb.legacy_realdocs(shared, rb.N_REALDOCS)
    held = {c: rb.heldout_sample(shared, c, sentences) for c in ("news_vi.txt.gz", "legal_vi.txt.gz")}
    work = [("seeds", [s[1] for s in seeds], "restore"), ("documents", [d[1] for d in docs], "restore"),
            ("news", [rb.strip_marks(x) for x in held["news_vi.txt.gz"]], "restore"),
            ("legal", [rb.strip_marks(x) for x in held["legal_vi.txt.gz"]], "restore"),
            ("seeds", [s[1] for s in seeds], "correct"), ("documents", [d[1] for d in docs], "correct")]
    r = get_restorer()
    out = []
    for name, texts, mode in work:
        for i, x in enumerate(texts):
            if cold:
                r.clear_caches()
            res = r.restore(x, mode)
            if text_only:  # (the records left unread, as ingest leaves them: made only if read)
                out.append(json.dumps([name, mode, i, res.text], ensure_ascii=False))
                continue
            toks = [[c.source, c.chosen, c.confidence, c.alternatives, c.start, c.end, c.changed] for c in res.tokens]
            out.append(json.dumps([name, mode, i, res.text, toks], ensure_ascii=False))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=rb.default_shared())
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--cold", action="store_true", help="empty the caches before each text")
    ap.add_argument("--text-only", action="store_true",
                    help="write and compare the restored texts only, never reading the token records")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--against", type=Path, help="an earlier dump to compare with")
    args = ap.parse_args()
    lines = dump(args.shared, args.sentences, args.cold, args.text_only)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} texts written to {args.out}")
    if args.against is None:
        return 0
    old = args.against.read_text(encoding="utf-8").splitlines()
    if args.text_only:  # (an earlier full dump: its texts)
        old = [json.dumps(json.loads(ln)[:4], ensure_ascii=False) for ln in old]
    if len(old) != len(lines):
        print(f"different inputs: {len(old)} texts against {len(lines)}")
        return 1
    texts = tokens = 0
    for a, b in zip(old, lines):
        if a != b:
            ja, jb = json.loads(a), json.loads(b)
            texts += ja[3] != jb[3]
            if len(ja) > 4 and len(jb) > 4:
                tokens += sum(x != y for x, y in zip(ja[4], jb[4])) + abs(len(ja[4]) - len(jb[4]))
    print(f"against {args.against}: {texts} texts and {tokens} token records differ")
    return 1 if texts or tokens else 0


if __name__ == "__main__":
    raise SystemExit(main())
