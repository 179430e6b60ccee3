"""Benchmark diacritic restoration: vanban vs pyvi vs a plain Kneser–Ney trigram, one run.

Prints, side by side (syllable accuracy, whole file / all sentences):

(1) seeds: the two real legacy-OCR plans of ``tests/fixtures/seeds/*.ocr.txt``
    against the hand transcriptions ``*.gold.txt`` (made by reading the OCR
    lines against the document's wording; see tests/fixtures/seeds/README.md);
(2) legacy forms of real documents: held-out realdocs (never counted by the
    LM build, :func:`build_lm.realdocs_split`) rendered as old-looking scans
    (tests/fixtures/render: skew, blur, noise) and OCR'd by REAL Tesseract
    with ``-l eng`` (which loses every mark, as legacy engines did), compared
    with the rendered source text. OCR output is cached in ``$VANBAN_BENCH_CACHE``
    (default ``.cache/bench-restore``, git-ignored);
(3) news held-out: lines of news_vi.txt.gz never counted (every 50th), marks stripped;
(4) legal held-out: the same for legal_vi.txt.gz;
(5) speed on one core, vanban against pyvi INTERLEAVED: for each workload
    (the inputs of (1)-(4)), ``--repeats`` rounds, each timing pyvi and vanban
    (process time) back to back in alternating order, chunk by chunk (a seed or
    a document, or 50 lines; ``--interleave block``: whole passes, as before;
    both systems' loaded objects frozen out of the garbage collector's full passes,
    ``--no-freeze``: not, as before; see :func:`speed`), vanban with every
    cache emptied first ("cold": no candidate or case cache carried over
    from an earlier round or section) and again at once ("warm"); medians
    of syllables/s and of the per-round ratio vanban/pyvi, with the ratio's
    min–max over the rounds as the noise of the shared machine. Also the
    model's size and load time. "after others": vanban once the caches hold
    what the OTHER workloads' inputs left there (caches emptied, the other
    three restored untimed, then this one timed) — what a worker that has
    already restored other documents pays, since its candidate cache lives as
    long as the process; "cold" is the first document a worker ever sees.
    Row "news,batch": the news lines through ``restore_many`` (independent texts, each
    restored exactly as alone), one call per chunk, against pyvi per line (pyvi has
    no batch mode). Row "news,records": one ``restore`` per line as in "news", each
    result's per-token records read too (restore mode makes them only when read,
    :class:`vanban.models.DeferredRestoration`; ingest and ``vanban restore`` read the
    text alone, ``--json`` the records);
(6) speed per file, load included: each input file (a seed, a document; the
    1,000 news or legal lines as one file) restored by a FRESH process that
    imports the system, loads its model and restores the file — vanban and
    pyvi alternately, CPU time of the child processes (user + system),
    medians over ``--process-repeats`` rounds. Both import compiled bytecode (written
    to the cache by an untimed first run), as installed packages do. What one ``vanban restore``
    (or ingest worker) per file costs, load and imports included.

The anchor "KN trigram" is a PLAIN syllable trigram decoder: candidates are
every vocabulary form with the same letters once marks are dropped, exact
Viterbi, no OCR channel, no document cache, no lexicon snapping — over an
unpruned, 16-bit Kneser–Ney model counted on exactly the same text as
vanban's (built once into the cache by :func:`build_lm.build`, or
``--anchor PATH``).

Syllable accuracy: case-insensitive, canonical tones on both sides,
reference and output word tokens aligned by Levenshtein opcodes; share of
reference tokens matched.

Run: ``python bench/restore.py [--sentences 1000] [--shared ../shared] [--quick]``
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
sys.path.insert(0, str(ROOT / "tests"))

import numpy as np  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from vanban.text import WORD_RE, fold, fold_char, normalize_tones  # noqa: E402

CACHE = Path(os.environ.get("VANBAN_BENCH_CACHE", ROOT / ".cache" / "bench-restore"))
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
N_REALDOCS = 10
REALDOC_LINES = 40  # first lines of each document rendered (≈ 2 pages)


def default_shared() -> Path:
    env = os.environ.get("VANBAN_SHARED")
    if env:
        return Path(env)
    here = ROOT.parent / "shared"
    return here if here.exists() else Path("/work/shared")


def strip_marks(text: str) -> str:
    """Remove every diacritic and đ→d but keep case (what legacy OCR loses)."""
    return "".join((fold_char(c).upper() if c.isupper() else fold_char(c)) if not c.isascii() else c for c in text)


def words(text: str) -> list[str]:
    return WORD_RE.findall(normalize_tones(text).lower())


def syllable_hits(ref: str, hyp: str) -> tuple[int, int]:
    r, h = words(ref), words(hyp)
    ok = sum(i2 - i1 for op, i1, i2, _, _ in Levenshtein.opcodes(r, h) if op == "equal")
    return ok, len(r)


def accuracy(refs: list[str], outs: list[str]) -> float:
    ok = tot = 0
    for r, o in zip(refs, outs):
        a, b = syllable_hits(r, o)
        ok, tot = ok + a, tot + b
    return ok / max(1, tot)


def pyvi_restore():
    try:
        from pyvi import ViUtils  # noqa: PLC0415
    except ImportError:
        return None

    def add_accents(text: str) -> str:
        # pyvi's CRF sometimes emits a label its mapping lacks (KeyError): that line stays as input
        out = []
        for ln in text.split("\n"):
            try:
                out.append(ViUtils.add_accents(ln) if ln.strip() else ln)
            except Exception:  # noqa: BLE001
                out.append(ln)
        return "\n".join(out)

    return add_accents


class PlainKN:
    """The anchor: a plain KN syllable trigram decoder (no channel, cache or lexicon)."""

    def __init__(self, path: Path):
        from vanban.ocr.restore.lm import LanguageModel  # noqa: PLC0415

        self.lm = LanguageModel(path)
        self.by_fold: dict[str, list[int]] = {}
        for i, w in enumerate(self.lm.words):
            if self.lm.valid[i] or w.isascii():
                self.by_fold.setdefault(fold(w), []).append(i)

    def __call__(self, text: str) -> str:
        from vanban.ocr.restore.candidates import Candidate  # noqa: PLC0415
        from vanban.ocr.restore.decode import _Lattice, apply_case  # noqa: PLC0415
        from vanban.ocr.restore.tokens import lm_id_token, scan  # noqa: PLC0415

        lm = self.lm
        toks = list(scan(text))
        segs, seg = [], []
        for i, tok in enumerate(toks):
            t = lm_id_token(tok)
            if t is None:
                if seg:
                    segs.append(seg)
                seg = []
                continue
            if tok.kind == "word" and tok.text.isalpha():
                ids = self.by_fold.get(fold(tok.text.lower())) or [lm.id_of(tok.text.lower())]
                seg.append((i, tuple(Candidate(lm.words[j], j, 0.0) for j in ids), ids, [0.0] * len(ids)))
            else:
                tid = lm.id_of(t)
                seg.append((-1, (Candidate(t, tid, 0.0),), [tid], [0.0]))
        if seg:
            segs.append(seg)
        if not segs:
            return text
        lat = _Lattice(lm, segs)
        path = lat.viterbi()
        forms = {}
        for t, ti in enumerate(lat.tok_index):
            if ti >= 0:
                form = lat.cands[t][path[t]].form
                if form not in ("<unk>", "<num>"):
                    forms[ti] = apply_case(toks[ti].text, form)
        pieces, last = [], 0
        for ti in sorted(forms):
            pieces += [text[last : toks[ti].start], forms[ti]]
            last = toks[ti].end
        pieces.append(text[last:])
        return "".join(pieces)


def systems(anchor: PlainKN | None):
    from vanban.ocr.restore import restore  # noqa: PLC0415

    # the public function: the restorer plus its post-pass (table-cell units), as ingest runs it
    out = [("vanban", lambda s: restore(s).text)]
    if anchor is not None:
        out.append(("plain KN trigram", anchor))
    pv = pyvi_restore()
    if pv is not None:
        out.append(("pyvi add_accents", pv))
    return out


def table(title: str, inputs: list[str], refs: list[str], syss, *, raw_label: str) -> dict[str, float]:
    n_syl = sum(len(words(r)) for r in refs)
    print(f"{title}: {len(refs)} texts, {n_syl:,} syllables")
    print(f"    {'system':<22}{'syllable acc':>14}{'syll/s, one pass':>18}")
    print(f"    {raw_label:<22}{accuracy(refs, inputs):>14.2%}")
    res = {}
    for name, fn in syss:
        t0 = time.process_time()
        outs = [fn(x) for x in inputs]
        dt = time.process_time() - t0
        res[name] = acc = accuracy(refs, outs)
        print(f"    {name:<22}{acc:>14.2%}{n_syl / max(dt, 1e-9):>18,.0f}")
    return res


# -- (1) seeds -------------------------------------------------------------------
def seed_pairs() -> list[tuple[str, str, str]]:
    return [(p.name.split(".")[0], p.read_text(encoding="utf-8"), p.with_name(p.name.replace(".ocr.", ".gold.")).read_text(encoding="utf-8"))
            for p in sorted(SEEDS.glob("*.ocr.txt"))]


# -- (2) legacy forms of real documents --------------------------------------------
def realdoc_render_text(md: str) -> str:
    """A held-out realdoc as a plan text the renderer lays out (header, title, lines)."""
    from vanban.ocr.restore.build_lm import realdoc_text  # noqa: PLC0415

    lines = []
    for ln in realdoc_text(md).split("\n"):
        ln = " ".join(ln.split())
        if not ln or "|" in ln or set(ln) <= set("-_=*. "):
            continue
        lines.append(ln)
    lines = lines[:REALDOC_LINES]
    if len(lines) < 3:
        return ""
    return lines[0] + "\t\n\n" + lines[1] + "\n\n" + "\n".join(lines[2:]) + "\n"


def ocr_eng(name: str, text: str) -> str:
    """Render ``text`` as an old-looking scan and OCR it with ``tesseract -l eng`` (cached)."""
    from fixtures.render import render_scan  # noqa: PLC0415

    h = hashlib.sha1(text.encode()).hexdigest()[:10]
    d = CACHE / f"{name}-{h}"
    out = d / "ocr.eng.txt"
    if out.exists():
        return out.read_text(encoding="utf-8")
    d.mkdir(parents=True, exist_ok=True)
    pages = render_scan(text, d / "page.png", seed=11, noise=0.05, blur=0.9, gray_levels=16)
    texts = []
    for p in pages:
        r = subprocess.run(["tesseract", str(p), "-", "-l", "eng", "--psm", "4"], capture_output=True, text=True,
                           env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=True)
        texts.append(r.stdout)
    txt = "\n".join(texts)
    out.write_text(txt, encoding="utf-8")
    (d / "ref.txt").write_text(text, encoding="utf-8")
    return txt


def legacy_realdocs(shared: Path, n: int) -> list[tuple[str, str, str]]:
    """(name, eng OCR, reference) of ``n`` held-out real documents."""
    from vanban.ocr.restore.build_lm import realdocs_split  # noqa: PLC0415

    held = realdocs_split(shared / "realdocs", heldout=True)
    step = max(1, len(held) // n)
    out = []
    for p in held[::step]:
        text = realdoc_render_text(p.read_text(encoding="utf-8"))
        if text:
            out.append((p.stem, ocr_eng(p.stem, text), text.replace("\t", " ")))
        if len(out) == n:
            break
    return out


# -- (3)/(4) held-out corpus lines --------------------------------------------------
def heldout_sample(shared: Path, name: str, n: int) -> list[str]:
    from vanban.ocr.restore.build_lm import heldout_lines  # noqa: PLC0415

    lines = [ln for ln in heldout_lines(shared / "corpora", name) if len(ln.split()) >= 5]
    step = max(1, len(lines) // n)
    return lines[::step][:n]


def anchor_model(shared: Path, path: Path | None) -> Path:
    if path is not None:
        return path
    p = CACHE / "anchor-kn3-unpruned.bin"
    if not p.exists():
        from vanban.ocr.restore.build_lm import build  # noqa: PLC0415

        CACHE.mkdir(parents=True, exist_ok=True)
        print("building the anchor (unpruned 16-bit KN trigram over the same text)…", file=sys.stderr)
        build(shared / "corpora", shared / "realdocs", p, min_trigram=1, bits=16)
    return p


#: (5) interleaves vanban and pyvi by chunks of this many inputs (a seed or a document is
#: one input; news and legal lines are short): a pair of timings minutes apart on a shared
#: machine measures the machine's load as much as the systems (whole-workload blocks gave
#: round ratios of 0.94-1.75 for the same code at a load average of 12)
CHUNK_LINES = 50


#: (5)'s row of the news lines restored by ``restore_many`` a chunk at a time
BATCH_LABEL = "news,batch"
#: (5)'s row of the news lines restored one per call with their token records read
RECORDS_LABEL = "news,records"


def _chunks(inputs: list[str]) -> list[list[str]]:
    k = 1 if len(inputs) <= 20 else CHUNK_LINES
    return [inputs[i : i + k] for i in range(0, len(inputs), k)]


def speed(workloads: list[tuple[str, list[str]]], syss, repeats: int, interleave: str = "chunk",
          freeze: bool = True) -> None:
    """(5): interleaved timing of vanban (cold and warm caches) and pyvi, medians over rounds.

    ``interleave`` "chunk": each condition's pass is timed chunk by chunk (:data:`CHUNK_LINES`),
    vanban and pyvi back to back on each chunk, alternating which goes first; a round's ratio is
    that of the two sums (the caches carry over from chunk to chunk exactly as in one pass).
    "block": each system's whole pass timed at once, as earlier runs of this bench did.

    ``freeze``: the objects both systems hold once loaded (modules, models: ~90 k, two thirds
    of them pyvi's scikit-learn stack, which no vanban process imports) are frozen
    (``gc.freeze``) before timing, caches emptied first. Why: a full garbage collection
    traverses every tracked object of the process — 40-60 ms here — and its turn comes every
    few passes, in whichever system's pass allocated last; it landed in one vanban pass of
    four and was the main source of the round-to-round spread. What each system's own
    passes allocate (vanban's candidate caches, pyvi's features) is still collected, and
    timed, as before. ``--no-freeze``: as earlier runs of this bench."""
    import statistics  # noqa: PLC0415

    from vanban.ocr.restore import restore_many  # noqa: PLC0415
    from vanban.ocr.restore.decode import get_restorer  # noqa: PLC0415

    fns = dict(syss)
    pv = fns.get("pyvi add_accents")
    r = get_restorer()
    frozen = ""
    if freeze:
        import gc  # noqa: PLC0415

        r.clear_caches()
        if pv is not None:
            pv("khoi dong")
        gc.collect()
        frozen = f", {len(gc.get_objects()):,} loaded objects frozen"
        gc.freeze()
    print(f"(5) speed on one core, interleaved with pyvi by {interleave}, {repeats} rounds "
          f"(process time; median, ratio min-max{frozen})")
    print(f"    {'workload':<10}{'syllables':>10}{'vanban cold':>13}{'warm':>9}{'pyvi':>9}"
          f"{'cold/pyvi':>11}{'noise':>13}{'warm/pyvi':>11}{'after others/pyvi':>19}")
    med = statistics.median
    # the batch row: the news lines through ``restore_many``, a call per chunk (pyvi has none: per line)
    rows = [(name, inputs, name, "") for name, inputs in workloads]
    rows += [(label, inputs, name, how) for name, inputs in workloads if name == "news"
             for label, how in ((BATCH_LABEL, "batch"), (RECORDS_LABEL, "records"))]
    for name, inputs, base, batch in rows:
        n_syl = sum(len(words(x)) for x in inputs)
        others = [x for other, xs in workloads if other != base for x in xs]
        times: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": [], "after": []}

        def vanban_pass(xs, batch=batch):
            t0 = time.process_time()
            if batch == "batch":
                restore_many(xs)  # (the package's: in chunks, table units kept — a little more work)
            elif batch == "records":
                for x in xs:
                    r.restore(x).tokens  # noqa: B018  (made when read)
            else:
                for x in xs:
                    r.restore(x)
            return time.process_time() - t0

        def pyvi_pass(xs):
            t0 = time.process_time()
            for x in xs:
                pv(x)
            return time.process_time() - t0

        for rnd in range(repeats):
            if interleave == "chunk" and pv is not None:
                def paired(cond):
                    van = pyv = 0.0
                    for j, xs in enumerate(_chunks(inputs)):
                        if (rnd + j) % 2 == 0:
                            van += vanban_pass(xs)
                            pyv += pyvi_pass(xs)
                        else:
                            pyv += pyvi_pass(xs)
                            van += vanban_pass(xs)
                    times[cond].append((van, pyv))

                r.clear_caches()
                paired("cold")
                paired("warm")
                r.clear_caches()
                for x in others:
                    r.restore(x)
                paired("after")
                continue
            got = {}

            def run_vanban():
                r.clear_caches()
                got["cold"] = vanban_pass(inputs)
                got["warm"] = vanban_pass(inputs)
                r.clear_caches()
                for x in others:
                    r.restore(x)
                got["after"] = vanban_pass(inputs)

            def run_pyvi():
                got["pyvi"] = pyvi_pass(inputs) if pv is not None else float("nan")

            for fn in ((run_vanban, run_pyvi) if rnd % 2 == 0 else (run_pyvi, run_vanban)):
                fn()
            for cond in times:
                times[cond].append((got[cond], got["pyvi"]))
        cold, warm = [v for v, _ in times["cold"]], [v for v, _ in times["warm"]]
        if pv is None:
            print(f"    {name:<10}{n_syl:>10,}{n_syl / med(cold):>13,.0f}{n_syl / med(warm):>9,.0f}  (pyvi missing)")
            continue
        pyv = [p for _, p in times["cold"]]
        ratios = [p / v for v, p in times["cold"]]
        wratios = [p / v for v, p in times["warm"]]
        aratios = [p / v for v, p in times["after"]]
        print(f"    {name:<10}{n_syl:>10,}{n_syl / med(cold):>13,.0f}{n_syl / med(warm):>9,.0f}{n_syl / med(pyv):>9,.0f}"
              f"{med(ratios):>10.2f}x{min(ratios):>7.2f}-{max(ratios):.2f}{med(wratios):>10.2f}x{med(aratios):>18.2f}x")
    if any(batch for *_, batch in rows):
        print(f"    {BATCH_LABEL}: vanban's restore_many, one call per chunk of {CHUNK_LINES} news lines (each line "
              f"restored as alone, the same output); pyvi per line as above — pyvi has no batch mode")
        print(f"    {RECORDS_LABEL}: one restore per news line as in 'news', its per-token records (posteriors, "
              "alternatives) read too")


# The child of (6): only what the system itself imports (not this bench's numpy/rapidfuzz).
# pyvi's lines as in :func:`pyvi_restore` (a line its CRF cannot map stays as it is).
WORKER = """
import json, sys
system, path = sys.argv[1], sys.argv[2]
texts = json.loads(open(path, encoding="utf-8").read())
if system == "vanban":
    from vanban.ocr.restore import restore
    for x in texts:
        restore(x)
else:
    from pyvi import ViUtils
    for x in texts:
        for ln in x.split("\\n"):
            try:
                ViUtils.add_accents(ln) if ln.strip() else ln
            except Exception:
                pass
"""


def per_file_speed(workloads: list[tuple[str, list[list[str]]]], repeats: int) -> None:
    """(6): per file, a fresh process per system; child CPU time, medians over rounds."""
    import json  # noqa: PLC0415
    import resource  # noqa: PLC0415
    import statistics  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    if pyvi_restore() is None:
        print("(6) per-file processes: pyvi missing")
        return
    # Both systems import compiled bytecode, as installed packages do: with
    # PYTHONDONTWRITEBYTECODE (set in the sessions' environment) every vanban child compiled
    # its modules from source (~30 ms a process) while pyvi's came compiled from
    # site-packages. The bytecode goes to the cache (PYTHONPYCACHEPREFIX: no __pycache__ in
    # the repository), written by one untimed run of each system first.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
                "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PYTHONPYCACHEPREFIX": str(CACHE / "pycache")})

    def child_cpu(system: str, path: Path) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", WORKER, system, str(path)], env=env, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    print(f"(6) speed per file, a fresh process each (imports + model load + restoration), {repeats} rounds "
          "(child CPU time; median, ratio min-max)")
    print(f"    {'workload':<10}{'files':>6}{'syllables':>10}{'vanban s':>10}{'pyvi s':>9}{'speed/pyvi':>12}{'noise':>13}")
    with tempfile.TemporaryDirectory() as td:
        warm = Path(td) / "warm.json"
        warm.write_text(json.dumps(["khoi dong"]), encoding="utf-8")
        for system in ("vanban", "pyvi"):
            child_cpu(system, warm)
        for name, files in workloads:
            paths = []
            for i, texts in enumerate(files):
                fp = Path(td) / f"{name}-{i}.json"
                fp.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
                paths.append(fp)
            n_syl = sum(len(words(x)) for texts in files for x in texts)
            van, pyv = [], []
            for rnd in range(repeats):
                order = ("vanban", "pyvi") if rnd % 2 == 0 else ("pyvi", "vanban")
                for system in order:
                    t = sum(child_cpu(system, fp) for fp in paths)
                    (van if system == "vanban" else pyv).append(t)
            ratios = [p / v for p, v in zip(pyv, van)]
            med = statistics.median
            print(f"    {name:<10}{len(files):>6}{n_syl:>10,}{med(van):>10.2f}{med(pyv):>9.2f}"
                  f"{med(ratios):>11.2f}x{min(ratios):>7.2f}-{max(ratios):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description="vanban restoration benchmark")
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--sentences", type=int, default=1000, help="held-out lines per corpus")
    ap.add_argument("--realdocs", type=int, default=N_REALDOCS)
    ap.add_argument("--anchor", type=Path, default=None, help="anchor model file (default: built into the cache)")
    ap.add_argument("--no-anchor", action="store_true")
    ap.add_argument("--quick", action="store_true", help="300 lines per corpus, 4 documents")
    ap.add_argument("--repeats", type=int, default=5, help="rounds of the interleaved speed timing (0: skip)")
    ap.add_argument("--speed-only", action="store_true", help="only (5) and (6), the speed timings")
    ap.add_argument("--interleave", choices=("chunk", "block"), default="chunk",
                    help="(5): vanban and pyvi timed chunk by chunk (default) or each whole pass at once")
    ap.add_argument("--no-freeze", action="store_true",
                    help="(5): leave both systems' loaded objects to the garbage collector's full passes")
    ap.add_argument("--process-repeats", type=int, default=3, help="rounds of (6), per-file processes (0: skip)")
    args = ap.parse_args()
    if args.quick:
        args.sentences, args.realdocs = 300, 4
    from vanban.ocr.restore.decode import get_restorer, model_path  # noqa: PLC0415

    t0, c0 = time.perf_counter(), time.process_time()
    r = get_restorer()
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    mp = model_path()
    print(f"model {mp.name}: {mp.stat().st_size / 1e6:.1f} MB, loaded in {load:.2f} s wall, {load_cpu:.2f} s CPU "
          f"({getattr(r.lm, 'header', {}).get('smoothing', 'stupid backoff')})")
    r.restore("khởi động")
    anchor = None if args.no_anchor or args.speed_only else PlainKN(anchor_model(args.shared, args.anchor))
    syss = systems(anchor)
    seeds = seed_pairs()
    docs = legacy_realdocs(args.shared, args.realdocs)
    held = {c: heldout_sample(args.shared, c, args.sentences) for c in ("news_vi.txt.gz", "legal_vi.txt.gz")}
    workloads = [("seeds", [s[1] for s in seeds]), ("documents", [d[1] for d in docs]),
                 ("news", [strip_marks(x) for x in held["news_vi.txt.gz"]]),
                 ("legal", [strip_marks(x) for x in held["legal_vi.txt.gz"]])]
    per_file = [("seeds", [[s[1]] for s in seeds]), ("documents", [[d[1]] for d in docs]),
                ("news", [workloads[2][1]]), ("legal", [workloads[3][1]])]
    if args.speed_only:
        if args.repeats:
            speed(workloads, syss, args.repeats, args.interleave, not args.no_freeze)
        if args.process_repeats:
            per_file_speed(per_file, args.process_repeats)
        return 0
    if seeds:
        table("(1) seeds, real legacy OCR vs hand transcription", [s[1] for s in seeds], [s[2] for s in seeds],
              syss, raw_label="raw OCR")
        for name, ocr, gold in seeds:
            print(f"      {name}: vanban {accuracy([gold], [syss[0][1](ocr)]):.2%}")
    table("(2) held-out real documents, rendered scans OCR'd with tesseract -l eng", [d[1] for d in docs],
          [d[2] for d in docs], syss, raw_label="raw eng OCR")
    for corpus, label in (("news_vi.txt.gz", "(3) news held-out"), ("legal_vi.txt.gz", "(4) legal held-out")):
        refs = held[corpus]
        table(f"{label}, marks stripped", [strip_marks(x) for x in refs], refs, syss, raw_label="stripped input")
    if args.repeats:
        speed(workloads, syss, args.repeats, args.interleave, not args.no_freeze)
    if args.process_repeats:
        per_file_speed(per_file, args.process_repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
