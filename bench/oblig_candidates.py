"""List realdocs documents free for a new obligations review batch, by kind of document.

Refuses every document already labelled anywhere (``realdocs/labeled/``, every
``bench/gold/*/`` folder, including the held-out ``fresh`` whose names are only
compared, never printed) and the held-out five of the brief.
"""

from __future__ import annotations

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from realdocs_ocr import shared_dir  # noqa: E402

HELD_OUT = {"987-KH-UBND", "230-CD-TTg", "648-TB-VPCP", "09-CT-UBND", "11554-VPCP-V.I"}


def taken(sh: pathlib.Path) -> set[str]:
    """Stems of every labelled document (any gold folder, realdocs/labeled, held-out)."""
    out = set(HELD_OUT)
    folders = [sh / "realdocs" / "labeled", *(p for p in (ROOT / "bench" / "gold").iterdir() if p.is_dir())]
    for f in folders:
        out |= {p.name.split(".labels.json")[0] for p in f.glob("*.labels.json")}
    return out


def candidates(sh: pathlib.Path, pattern: str = "") -> list[str]:
    busy = taken(sh)
    stems = sorted(p.stem for p in (sh / "realdocs" / "docs").glob("*.md"))
    return [s for s in stems if s not in busy and re.search(pattern, s)]


def refuse(stem: str, sh=None) -> None:
    """Raise SystemExit if ``stem`` is labelled elsewhere or held out."""
    if stem in taken(shared_dir(sh)):
        raise SystemExit(f"{stem}: labelled elsewhere or held out; not a review candidate")


if __name__ == "__main__":
    pat = sys.argv[1] if len(sys.argv) > 1 else ""
    for s in candidates(shared_dir(None), pat):
        print(s)
