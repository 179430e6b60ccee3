"""Benchmark diacritic restoration and post-OCR correction, vanban vs pyvi.

Prints, side by side in one run:

(a) held-out legal sentences (never seen by the LM build: every 50th line of
    legal_vi) with diacritics stripped (case kept) → syllable accuracy and
    syllables/second on one core, vanban vs ``pyvi.ViUtils.add_accents``;
(b) plan texts (tests/fixtures/plans) rendered as scans and OCR'd with
    ``tesseract -l eng`` (drops marks like legacy OCR) → syllable accuracy of
    the raw OCR, vanban and pyvi;
(c) the same scans OCR'd with ``-l vie``: CER before/after vanban's
    conservative post-OCR correction (and syllable accuracy);
(d) legacy-style degraded text: held-out legal sentences (a slice other than
    (a)'s) and the plan texts, degraded by ``tests/fixtures/degrade.degrade_legacy``
    (seeded: marks lost, ă/â→i, ê→é/€, ô/ơ→6/é/d/b, ư→w/ir/tr, Đ→P/B, m→rn…, the
    classes of legacy engines) → syllable accuracy of the raw text, vanban, pyvi.
    ``--dev`` evaluates (d) on yet another slice and noise seed (for tuning, so
    the printed (d) figure stays a test figure).

Syllable accuracy: case-insensitive, canonical tones, reference and output
word tokens aligned by Levenshtein opcodes over token lists; share of
reference tokens matched. OCR output is cached in ``$VANBAN_BENCH_CACHE``
(default /tmp/vanban-bench-restore) so reruns are fast.

Run: ``.venv/bin/python bench/restore.py [--sentences 2000] [--corpora ../shared/corpora]``
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from vanban.ocr.restore.build_lm import heldout_lines  # noqa: E402
from vanban.ocr.restore.decode import get_restorer  # noqa: E402
from vanban.text import WORD_RE, fold_char, normalize_tones  # noqa: E402

CACHE = Path(os.environ.get("VANBAN_BENCH_CACHE", "/tmp/vanban-bench-restore"))


def strip_marks(text: str) -> str:
    """Remove every diacritic and đ→d but keep case (what legacy OCR loses)."""
    return "".join((fold_char(c).upper() if c.isupper() else fold_char(c)) if not c.isascii() else c for c in text)


def words(text: str) -> list[str]:
    return WORD_RE.findall(normalize_tones(text).lower())


def syllable_hits(ref: str, hyp: str) -> tuple[int, int]:
    r, h = words(ref), words(hyp)
    ok = sum(i2 - i1 for op, i1, i2, _, _ in Levenshtein.opcodes(r, h) if op == "equal")
    return ok, len(r)


def cer(ref: str, hyp: str) -> float:
    r, h = " ".join(ref.split()), " ".join(hyp.split())
    return Levenshtein.distance(r, h) / max(1, len(r))


def pyvi_restore():
    try:
        from pyvi import ViUtils  # noqa: PLC0415
    except ImportError:
        return None
    failures = []

    def add_accents(text: str) -> str:
        # pyvi's CRF sometimes emits a label its mapping lacks (KeyError):
        # such a line counts as unrestored, it must not stop the benchmark
        try:
            return ViUtils.add_accents(text)
        except Exception:  # noqa: BLE001
            failures.append(text)
            return text

    add_accents.failures = failures
    return add_accents


def run(name: str, fn, inputs: list[str], refs: list[str]) -> tuple[float, float, list[str]]:
    t0 = time.process_time()
    outs = [fn(x) for x in inputs]
    dt = time.process_time() - t0
    ok = tot = 0
    for r, o in zip(refs, outs):
        a, b = syllable_hits(r, o)
        ok, tot = ok + a, tot + b
    return ok / max(1, tot), tot / max(dt, 1e-9), outs


def bench_stripped(corpora: Path, n: int) -> None:
    lines = [ln for ln in heldout_lines(corpora) if len(ln.split()) >= 5]
    step = max(1, len(lines) // n)
    refs = lines[::step][:n]
    inputs = [strip_marks(x) for x in refs]
    restorer = get_restorer()
    restorer.restore("khởi động")  # load outside the timing
    print(f"(a) stripped held-out legal text: {len(refs)} sentences, {sum(len(words(r)) for r in refs)} syllables")
    print(f"    {'system':<22}{'syllable acc':>14}{'syll/s (1 core)':>18}")
    acc0, _, _ = run("input", lambda s: s, inputs, refs)
    print(f"    {'stripped input':<22}{acc0:>14.2%}{'':>18}")
    acc, sps, _ = run("vanban", lambda s: restorer.restore(s).text, inputs, refs)
    print(f"    {'vanban':<22}{acc:>14.2%}{sps:>18,.0f}")
    pv = pyvi_restore()
    if pv:
        acc, sps, _ = run("pyvi", pv, inputs, refs)
        print(f"    {'pyvi add_accents':<22}{acc:>14.2%}{sps:>18,.0f}   ({len(pv.failures)} lines raised, kept as input)")


def plan_texts() -> list[tuple[str, str]]:
    plans = sorted((ROOT / "tests" / "fixtures" / "plans").glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in plans]


def ocr_plan(name: str, text: str, lang: str) -> str:
    """OCR of the plan's rendered scan (cached by text hash)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.render import render_scan  # noqa: PLC0415

    h = hashlib.sha1(text.encode()).hexdigest()[:10]
    d = CACHE / f"{name}-{h}"
    d.mkdir(parents=True, exist_ok=True)
    out = d / f"ocr.{lang}.txt"
    if out.exists():
        return out.read_text(encoding="utf-8")
    pages = sorted(d.glob("page*.png"), key=lambda p: int(p.stem.partition("-")[2] or 1))
    if not pages:
        pages = render_scan(text, d / "page.png", seed=7)
    texts = []
    for p in pages:
        r = subprocess.run(["tesseract", str(p), "-", "-l", lang, "--psm", "4"], capture_output=True, text=True,
                           env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=True)
        texts.append(r.stdout)
    txt = "\n".join(texts)
    out.write_text(txt, encoding="utf-8")
    return txt


def bench_ocr() -> None:
    plans = plan_texts()
    if not plans:
        print("(b)/(c) skipped: no tests/fixtures/plans/*.txt")
        return
    restorer = get_restorer()
    refs = [t for _, t in plans]
    eng = [ocr_plan(n, t, "eng") for n, t in plans]
    print(f"(b) plan scans OCR'd with tesseract -l eng: {len(plans)} documents, {sum(len(words(r)) for r in refs)} syllables")
    print(f"    {'system':<22}{'syllable acc':>14}{'syll/s (1 core)':>18}")
    acc0, _, _ = run("raw", lambda s: s, eng, refs)
    print(f"    {'raw eng OCR':<22}{acc0:>14.2%}")
    acc, sps, _ = run("vanban", lambda s: restorer.restore(s).text, eng, refs)
    print(f"    {'vanban':<22}{acc:>14.2%}{sps:>18,.0f}")
    pv = pyvi_restore()
    if pv:
        acc, sps, _ = run("pyvi", lambda doc: "\n".join(pv(ln) for ln in doc.split("\n")), eng, refs)
        print(f"    {'pyvi add_accents':<22}{acc:>14.2%}{sps:>18,.0f}")
    vie = [ocr_plan(n, t, "vie") for n, t in plans]
    print("(c) same scans OCR'd with tesseract -l vie, conservative post-OCR correction")
    print(f"    {'document':<44}{'CER before':>12}{'CER after':>12}{'syll before':>13}{'syll after':>12}")
    tb = ta = 0.0
    for (name, ref), raw in zip(plans, vie):
        fixed = restorer.restore(raw, mode="correct").text
        cb, ca = cer(ref, raw), cer(ref, fixed)
        sb, _ = syllable_hits(ref, raw)
        sa, n = syllable_hits(ref, fixed)
        tb, ta = tb + cb * len(ref), ta + ca * len(ref)
        print(f"    {name[:43]:<44}{cb:>12.3%}{ca:>12.3%}{sb / n:>13.2%}{sa / n:>12.2%}")
    total = sum(len(r) for r in refs)
    print(f"    {'ALL (char-weighted)':<44}{tb / total:>12.3%}{ta / total:>12.3%}")


def bench_legacy(corpora: Path, n: int, dev: bool = False) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.degrade import degrade_legacy  # noqa: PLC0415

    lines = [ln for ln in heldout_lines(corpora) if len(ln.split()) >= 5]
    step = max(1, len(lines) // (2 * n))
    # (a) takes lines[::len//2000]; these are the odd slots of a finer grid
    start = step // 2 + (step // 4 if dev else 0)
    sents = lines[start::step][:n]
    docs = [t for _, t in plan_texts()]
    seed0 = 1000 if dev else 0
    refs = sents + docs
    inputs = [degrade_legacy(r, seed=seed0 + i) for i, r in enumerate(refs)]
    restorer = get_restorer()
    tag = "(d-dev)" if dev else "(d)"
    print(f"{tag} legacy-style degraded text: {len(sents)} held-out sentences + {len(docs)} plans, "
          f"{sum(len(words(r)) for r in refs)} syllables")
    print(f"    {'system':<22}{'all':>10}{'sentences':>12}{'plans':>10}{'syll/s (1 core)':>18}")

    def show(name, fn):
        acc, sps, outs = run(name, fn, inputs, refs)
        part = []
        for lo, hi in ((0, len(sents)), (len(sents), len(refs))):
            ok = tot = 0
            for r, o in zip(refs[lo:hi], outs[lo:hi]):
                a, b = syllable_hits(r, o)
                ok, tot = ok + a, tot + b
            part.append(ok / max(1, tot))
        print(f"    {name:<22}{acc:>10.2%}{part[0]:>12.2%}{part[1]:>10.2%}{sps:>18,.0f}")

    show("degraded input", lambda s: s)
    show("vanban", lambda s: restorer.restore(s).text)
    pv = pyvi_restore()
    if pv:
        show("pyvi add_accents", lambda doc: "\n".join(pv(ln) for ln in doc.split("\n")))


def main() -> int:
    ap = argparse.ArgumentParser(description="vanban restoration benchmark")
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--skip-a", action="store_true")
    ap.add_argument("--skip-ocr", action="store_true")
    ap.add_argument("--skip-d", action="store_true")
    ap.add_argument("--legacy-sentences", type=int, default=1000)
    ap.add_argument("--dev", action="store_true", help="(d) on the tuning slice/seed instead")
    args = ap.parse_args()
    if not args.skip_a:
        bench_stripped(args.corpora, args.sentences)
    if not args.skip_ocr:
        bench_ocr()
    if not args.skip_d:
        bench_legacy(args.corpora, args.legacy_sentences, args.dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
