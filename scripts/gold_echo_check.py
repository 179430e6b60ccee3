"""Find test inputs that echo gold sentences.

Why: a test's input must be the kind's wording written for the test, not a
sentence lifted from a gold set — otherwise the gold stops being independent
of the code tuned by the tests.  This repeats the session-35 reviewer's check:
for every string literal of the given test files, the longest run of
characters it shares with any gold document's ``.md`` is reported when it is at
least ``--min`` characters long (45 by default).  Letterhead lines every
document carries ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do -
Hạnh phúc", "Nơi nhận: …") are dropped from the gold first.

Usage::

    python scripts/gold_echo_check.py --since 2a1150ea \
        --gold bench/gold/authored33 --gold bench/gold/tune34
    python scripts/gold_echo_check.py tests/test_x.py --gold bench/gold/tune34

Whitespace runs are collapsed on both sides (a shared run split only by a
different line wrap still counts); text is compared in NFC.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

LETTERHEAD_RE = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|Nơi\s+nhận|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def gold_texts(dirs: list[str]) -> dict[str, str]:
    """Each gold document's text, letterhead lines dropped, normalised."""
    out = {}
    for d in dirs:
        for md in sorted(Path(d).glob("*.md")):
            if md.name == "README.md" or md.name.endswith("NOTES.md"):
                continue
            lines = [ln for ln in md.read_text(encoding="utf-8").splitlines()
                     if not LETTERHEAD_RE.search(ln)]
            out[f"{Path(d).name}/{md.name}"] = _norm("\n".join(lines))
    return out


def literals(path: Path) -> list[tuple[range, str]]:
    """(lines, text) of every string literal (implicit concatenations joined)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        lines = range(getattr(node, "lineno", 0), getattr(node, "end_lineno", 0) + 1)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((lines, node.value))
        elif isinstance(node, ast.JoinedStr):
            parts = [v.value for v in node.values
                     if isinstance(v, ast.Constant) and isinstance(v.value, str)]
            found.extend((lines, p) for p in parts)
    return found


def added_lines(path: Path, since: str) -> set[int] | None:
    """The line numbers of ``path`` added or changed since ``since`` (None: the whole file is new)."""
    out = subprocess.run(["git", "diff", "-U0", since, "--", str(path)],
                         capture_output=True, text=True, check=True).stdout
    if not out or "\nnew file mode" in out or out.startswith("new file"):
        return None if not out or "new file mode" in out else set()
    lines: set[int] = set()
    for m in re.finditer(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", out, re.MULTILINE):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def longest_shared(s: str, gold: str, minimum: int) -> tuple[int, str]:
    """Longest substring of ``s`` (≥ minimum chars) that occurs in ``gold``."""
    best = (0, "")
    i = 0
    while i + minimum <= len(s):
        if s[i:i + minimum] in gold:
            j = i + minimum
            while j < len(s) and s[i:j + 1] in gold:
                j += 1
            if j - i > best[0]:
                best = (j - i, s[i:j])
            i = j - minimum + 1
        else:
            i += 1
    return best


def changed_tests(since: str) -> list[Path]:
    names = subprocess.run(
        ["git", "diff", "--name-only", "--diff-filter=AM", since, "--", "tests/"],
        capture_output=True, text=True, check=True).stdout.split()
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "tests/"],
        capture_output=True, text=True, check=True).stdout.split()
    return [Path(n) for n in sorted(set(names) | set(untracked)) if n.endswith(".py")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--since", help="check test files added/changed since this commit")
    ap.add_argument("--gold", action="append", required=True, help="a gold set directory")
    ap.add_argument("--min", type=int, default=45)
    ap.add_argument("--new-only", action="store_true",
                    help="with --since: only literals on lines added or changed since that commit")
    args = ap.parse_args(argv)
    files = [Path(f) for f in args.files]
    if args.since:
        files += changed_tests(args.since)
    gold = gold_texts(args.gold)
    hits = 0
    for path in files:
        fresh = added_lines(path, args.since) if args.new_only and args.since else None
        for lines, text in literals(path):
            if fresh is not None and not fresh.intersection(lines):
                continue
            line = lines.start
            s = _norm(text)
            if len(s) < args.min:
                continue
            for name, g in gold.items():
                n, run = longest_shared(s, g, args.min)
                if n >= args.min:
                    hits += 1
                    print(f"{path}:{line}: {n} chars of {name}: {run!r}")
    print(f"{len(files)} files checked, {hits} echoes of ≥{args.min} chars")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
