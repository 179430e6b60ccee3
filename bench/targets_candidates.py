"""Real documents free to label for targets: in ``realdocs/docs`` but in no gold set.

Refuses every document already labelled (``realdocs/labeled``, every folder of ``bench/gold``,
whose file *names* only are read, never their contents) and the held-out five, so a new review
batch never touches what the lead measures once at the end. Lists each free document with its
type (from its sidecar), its size and a rough count of figures a target may hold ("%", bounds,
"phấn đấu"), the kinds first that matter most to users (Kế hoạch, Công điện, Thông báo, Quyết
định of the Prime Minister, Chỉ thị, Nghị quyết of the Government).

    python bench/targets_candidates.py [--shared DIR] [--check STEM ...]

``--check`` exits non-zero when one of the named documents is not free (use it before labelling).
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from realdocs_eval import HELD_OUT  # noqa: E402
from realdocs_ocr import shared_dir  # noqa: E402

KIND_ORDER = ("KH-", "CD-TTg", "TB-VPCP", "VPCP-", "QD-TTg", "CT-UBND", "NQ-CP", "KL-", "QD-TW")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*%|tối thiểu|tối đa|ít nhất|không quá|không dưới|phấn đấu")


def taken(sh: pathlib.Path) -> set[str]:
    """Stems of every labelled or held-out document (names only)."""
    out = set(HELD_OUT)
    for folder in [sh / "realdocs" / "labeled", *(p for p in (ROOT / "bench" / "gold").iterdir() if p.is_dir())]:
        out |= {p.name.removesuffix(".labels.json") for p in folder.glob("*.labels.json")}
    return out


def free(sh: pathlib.Path) -> list[tuple[str, str, int, int]]:
    """(stem, type, characters, figures) of each document no gold set holds."""
    busy = taken(sh)
    rows = []
    for md in sorted((sh / "realdocs" / "docs").glob("*.md")):
        if md.stem in busy:
            continue
        side = md.with_suffix(".json")
        kind = json.loads(side.read_text(encoding="utf-8")).get("type", "?") if side.exists() else "?"
        text = md.read_text(encoding="utf-8")
        rows.append((md.stem, kind, len(text), len(_FIGURE.findall(text))))
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    return sorted(rows, key=lambda r: (next((rank[k] for k in KIND_ORDER if k in r[0]), 99), -r[3]))


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--check", nargs="*", default=[])
    a = ap.parse_args()
    sh = shared_dir(a.shared)
    if a.check:
        bad = sorted(set(a.check) & taken(sh))
        for s in bad:
            print(f"{s}: refused (labelled, in a gold set or held out)")
        sys.exit(1 if bad else 0)
    for stem, kind, n, figs in free(sh):
        print(f"{stem:<28}{kind:<14}{n:>8}{figs:>5}")
