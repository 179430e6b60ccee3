"""Clean-text F1 of every gold set, and the families' means: one row per set, the README's family table.

Why: a change tuned on one set must not move another down; every session compares this table before and after
its merges (the blind set's row is an aggregate only, as ``bench/realdocs_eval.py`` prints it).

Usage: ``python scripts/allclean.py [TREE] [OUT]`` — TREE the checkout to measure (default: this one; a detached
worktree of a merge, so merging can go on), OUT a file for the table; two processes, one set per task (8 minutes on
an idle 2-core machine, 30–40 at load 30). Families: realdocs (tuned, held-out, tune, spent), fresh, authored, tuneNN.
"""
import os, pathlib, re, sys
from multiprocessing import Pool
T = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[1]).resolve()
OUT = sys.argv[2] if len(sys.argv) > 2 else None
sys.path[:0] = [str(T), str(T / "bench")]
os.chdir(T)

def dirs():
    g = T / "bench" / "gold"
    names = ["tune", "spent"] + sorted(p.name for p in g.iterdir() if re.fullmatch(r"(fresh\d*|authored\d+|tune\d+)", p.name))
    return [str(g / n) for n in names if (g / n).is_dir()]

def job(d):
    import realdocs_eval as R
    if d == "REAL":
        stems = [p.name[:-12] for p in (R.shared_dir(None) / "realdocs" / "labeled").glob("*.labels.json")]
        tot, _ = R.run(None, ("clean",), False, stems, ())
    else:
        stems = [p.name[:-12] for p in pathlib.Path(d).glob("*.labels.json")]
        tot, _ = R.run(None, ("clean",), False, stems, (d,))
    return {k[0]: {f: R.f1(*v) for f, v in fs.items()} for k, fs in tot.items()}, R.ALL_FIELDS

if __name__ == "__main__":
    os.nice(5)
    res = {}
    with Pool(2) as p:
        for r, fields in p.imap_unordered(job, ["REAL"] + dirs()):
            res.update(r)
    def key(s):
        m = re.match(r"([a-z-]+)(\d*)", s); return (m.group(1), int(m.group(2) or 0))
    lines = [f"{'set':<14}" + "".join(f"{f[:11]:>12}" for f in fields)]
    for s in sorted(res, key=key):
        lines.append(f"{s:<14}" + "".join(f"{res[s][f]:>12.3f}" for f in fields))
    fam = {"realdocs": [s for s in res if s in ("tuned", "held-out", "tune", "spent")],
           "fresh": [s for s in res if s.startswith("fresh")],
           "authored": [s for s in res if s.startswith("authored")],
           "tuneNN": [s for s in res if re.fullmatch(r"tune\d+", s)]}
    lines.append("")
    for n, ss in fam.items():
        if ss:
            lines.append(f"FAMILY {n:<10}({len(ss)})" + "".join(f"{sum(res[s][f] for s in ss)/len(ss):>8.3f} ({min(res[s][f] for s in ss):.3f})" for f in fields))
    txt = "\n".join(lines)
    print(txt)
    if OUT:
        pathlib.Path(OUT).write_text(txt + "\n")
