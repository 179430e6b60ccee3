"""Real-word errors of Tesseract ``vie`` on scans, before and after vanban's correction.

Why: on a real scan ``vie`` often writes a fully marked syllable that is itself a
word but wrong in its place ("năm" read "nắm"); post-OCR correction must find
those without touching right words. The OCR is real: the scanned forms of the
hand-labelled tune documents (``bench/gold/tune``), rendered and read by
vanban's own OCR (Tesseract ``vie``), cached as raw page text by
``bench/realdocs_scan.py`` under ``bench/.cache/realdocs-scan/`` (this bench
only reads that cache). The ground truth is each document's published text
(``realdocs/docs/*.md`` via ``md2plain.py``), independent of vanban's rules.

Words are aligned on their folded keys (marks and đ removed); a pair whose keys
match but whose marks differ, or a 1:1 pair inside a replaced run, is a
substitution; it is a *real-word* one when the OCR form is a valid syllable.
Documents are split in two: ``tune`` (``bench/gold/tune``; the thresholds were
chosen there) and ``check`` (the other labelled real documents less the issue's
held-out five; looked at only to validate). Syllable error rate = word-level
Levenshtein distance / source words, raw OCR beside corrected OCR.

Figures (2026-12-01, 24 documents, 57 k words): 142 real-word substitutions in raw
``vie`` output (0.25% of words; sắc for hỏi 67 — thấm, đối, tố, bố, tống —, hỏi or
huyền added 36 — chỉ, tỉnh, dần, nình —, nặng added 9 — thị); 51 left by
correction before the real-word rule, 40 after. SER tune 0.76% raw → 0.57% → 0.55%,
check 0.62% → 0.44% → 0.43%; false changes on the clean source: 26 → 27 (a typo
of the source fixed), 16 → 16.

Run: ``nice python bench/rword.py [--part tune|check|all] [--top N] [-v]``.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SCANS = pathlib.Path(os.environ.get("VANBAN_SCAN_CACHE", ROOT / "bench" / ".cache" / "realdocs-scan"))

from rapidfuzz.distance import Levenshtein  # noqa: E402
from realdocs_ocr import plain_text, shared_dir  # noqa: E402

from vanban.ocr.correct import correct_text  # noqa: E402
from vanban.text import WORD_RE, fold, normalize  # noqa: E402


def words(text: str) -> list[str]:
    """Lower-case NFC words (canonical tone placement) of ``text``."""
    return [w.lower() for w in WORD_RE.findall(normalize(text))]


def substitutions(src: list[str], ocr: list[str]) -> list[tuple[str, str, int]]:
    """(source word, OCR word, index in ``ocr``) for every aligned pair that differs."""
    return [(s, o, j) for s, o, _, j in _aligned(src, ocr) if s != o]


#: the issue's held-out documents: never read here
HELD_OUT = frozenset({"987-KH-UBND", "230-CD-TTg", "648-TB-VPCP", "09-CT-UBND", "11554-VPCP-V.I"})


def _stems(folder: pathlib.Path) -> list[str]:
    return sorted(s for s in (p.name.split(".")[0] for p in folder.glob("*.labels.json"))
                  if s not in HELD_OUT and (SCANS / f"{s}.pages.json").exists())


def parts(shared: pathlib.Path) -> dict[str, list[str]]:
    """``tune``: the hand-labelled tune documents; ``check``: the other labelled real
    documents (``realdocs/labeled`` less the held-out five and the tune set)."""
    tune = _stems(ROOT / "bench" / "gold" / "tune")
    return {"tune": tune, "check": [s for s in _stems(shared / "realdocs" / "labeled") if s not in tune]}


def load(shared: pathlib.Path, stem: str) -> tuple[str, list[str]]:
    """(source text, raw OCR page texts)."""
    pages = [d["text"] for d in json.loads((SCANS / f"{stem}.pages.json").read_text(encoding="utf-8"))]
    return plain_text(shared, stem), pages


def false_changes(text: str) -> tuple[int, int]:
    """Words correction would change in already right text (the source read as if OCR):
    (without the real-word rule, with it) — every one is a false change."""
    from vanban.ocr.realword import fix_real_words  # noqa: PLC0415
    from vanban.ocr.restore import restore  # noqa: PLC0415
    res = restore(text, "correct")
    return res.changed_count, fix_real_words(res).changed_count


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared")
    ap.add_argument("--part", choices=("tune", "check", "all"), default="all")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("-v", "--verbose", action="store_true", help="contexts of the errors left (tune part only)")
    ap.add_argument("--min-posterior", type=float, help="override realword.MIN_POSTERIOR (sweeps)")
    ap.add_argument("--year-posterior", type=float, help="override realword.YEAR_POSTERIOR (sweeps)")
    args = ap.parse_args(argv)
    from vanban.ocr import realword  # noqa: PLC0415
    if args.min_posterior is not None:
        realword.MIN_POSTERIOR = args.min_posterior
    if args.year_posterior is not None:
        realword.YEAR_POSTERIOR = args.year_posterior
    shared = shared_dir(args.shared)
    from vanban.ocr.restore.decode import get_model  # noqa: PLC0415
    lm = get_model()

    def valid(w: str) -> bool:
        i = lm.ids.get(w)
        return i is not None and bool(lm.valid[i])

    split = parts(shared)
    names = split["tune"] + split["check"] if args.part == "all" else split[args.part]
    from vanban.ocr.realword import mark_change  # noqa: PLC0415
    channel: collections.Counter = collections.Counter()
    raw_tab: collections.Counter = collections.Counter()
    left_tab: collections.Counter = collections.Counter()
    left0_tab: collections.Counter = collections.Counter()
    fixed_tab: collections.Counter = collections.Counter()
    broke_tab: collections.Counter = collections.Counter()
    # source words, raw errors, corrected errors; words correction changes in the source
    # text itself (all false) without and with the real-word rule
    totals = {p: [0, 0, 0, 0, 0, 0] for p in ("tune", "check")}
    for stem in names:
        part = "tune" if stem in split["tune"] else "check"
        t = totals[part]
        src_text, pages = load(shared, stem)
        src = words(src_text)
        f0, f1 = false_changes(src_text)
        t[3] += f0
        t[4] += f1
        raw = words("\n".join(pages))
        cor0 = words("\n".join(_corrected(p, rule=False) for p in pages))
        cor = words("\n".join(_corrected(p, rule=True) for p in pages))
        t[0] += len(src)
        t[1] += Levenshtein.distance(src, raw)
        t[2] += Levenshtein.distance(src, cor0)
        t[5] += Levenshtein.distance(src, cor)
        for s, o, _ in substitutions(src, raw):
            if valid(o):
                raw_tab[(s, o)] += 1
                channel[mark_change(o, s)] += 1
        for s, o, _ in substitutions(src, cor0):
            if valid(o):
                left0_tab[(s, o)] += 1
        for s, o, i in substitutions(src, cor):
            if valid(o):
                left_tab[(s, o)] += 1
                if args.verbose and part == "tune":
                    print(f"  left {stem}: {s} → {o}: …{' '.join(cor[max(0, i - 4):i + 4])}…")
        # what correction changed: raw and corrected words aligned 1:1 where both align to the source
        for (s, o, _), (s2, c, _) in zip(*(_pairs(src, raw, cor))):
            if o != c:
                (fixed_tab if c == s else broke_tab)[(s, o, c)] += 1
    print(f"documents: {len(names)} ({args.part}); real-word substitutions of raw Tesseract vie (source → OCR):")
    n_rw = sum(raw_tab.values())
    print(f"  {n_rw} real-word substitutions in raw OCR; left after correction: "
          f"{sum(left0_tab.values())} before → {sum(left_tab.values())} after the real-word rule")
    for (s, o), n in raw_tab.most_common(args.top):
        print(f"  {n:4d}  {s} → {o}   (left after correction: {left0_tab[(s, o)]} → {left_tab[(s, o)]})")
    print("the same by mark change (observed → source):",
          ", ".join(f"{k or 'other'} {n}" for k, n in channel.most_common()))
    print("correction changed (source: OCR → corrected): right", sum(fixed_tab.values()), "wrong", sum(broke_tab.values()))
    for (s, o, c), n in broke_tab.most_common(10):
        print(f"  wrong {n:3d}  {s}: {o} → {c}")
    for (s, o, c), n in fixed_tab.most_common(args.top if args.verbose else 0):
        print(f"  right {n:3d}  {s}: {o} → {c}")
    print("syllable error rate against the source; false changes = words correction changes in the source text itself")
    print(f"{'part':6} {'words':>7} {'raw vie':>8} {'corrected, before → after':>26} {'false changes, before → after':>30}")
    for p, (n, r, c0, f0, f1, c1) in totals.items():
        if n:
            print(f"{p:6} {n:7d} {100 * r / n:7.2f}% {100 * c0 / n:16.2f}% → {100 * c1 / n:.2f}% {f0:>21d} → {f1}")


def _corrected(page: str, rule: bool) -> str:
    """The text ingest stores for an OCR page, with or without the real-word rule."""
    if rule:
        return correct_text(page, "pdf-ocr").text
    from vanban.ocr import correct  # noqa: PLC0415
    keep = correct.fix_real_words
    correct.fix_real_words = lambda res: res
    try:
        return correct_text(page, "pdf-ocr").text
    finally:
        correct.fix_real_words = keep


def _pairs(src, raw, cor):
    """Triples aligned on the source: (s, raw form) and (s, corrected form) lists of equal length."""
    a = {i: (s, o) for s, o, i, _ in _aligned(src, raw)}
    b = {i: (s, o) for s, o, i, _ in _aligned(src, cor)}
    common = sorted(a.keys() & b.keys())
    return [(a[i][0], a[i][1], i) for i in common], [(b[i][0], b[i][1], i) for i in common]


def _aligned(src, ocr):
    """(source word, OCR word, source index, OCR index) for every 1:1 pair of an alignment on
    folded keys (equal keys, or a replaced run of the same length), equal or not."""
    sm = difflib.SequenceMatcher(None, [fold(w) for w in src], [fold(w) for w in ocr], autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and a1 - a0 == b1 - b0):
            for k in range(a1 - a0):
                yield src[a0 + k], ocr[b0 + k], a0 + k, b0 + k


if __name__ == "__main__":
    main()
