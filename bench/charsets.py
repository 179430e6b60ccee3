"""Legacy-charset detection on the real documents, re-encoded by independent encoders.

Why: the tests round-trip 50 corpus lines; here every real document of
``../shared/realdocs`` (307 Vietnamese administrative texts) is written in
TCVN3 (glibc iconv TCVN5712-1), VISCII (iconv), Windows-1258 (iconv, tones
decomposed as Windows writes them) and VNI-Windows (the shared cases'
``legacy.py``), and vanban's detector must name the charset and give the
text back. Printed: per charset, documents detected right / total, and how
many decode back to exactly the original text.

Run: .venv/bin/python bench/charsets.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.legacy_docx import cases_encoder  # noqa: E402

from vanban import charsets  # noqa: E402


def shared_dir(arg: str | None) -> Path:
    for d in ([Path(arg)] if arg else []) + [ROOT.parent / "shared", Path("/work/shared")]:
        if (d / "realdocs").is_dir():
            return d
    sys.exit("bench/charsets.py: ../shared/realdocs not found (use --shared DIR)")


def iconv(text: str, charset: str) -> bytes:
    """``text`` in ``charset``; characters it lacks (“ ” – …) are dropped."""
    return subprocess.run(["iconv", "-c", "-f", "UTF-8", "-t", charset], input=text.encode(),
                          capture_output=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=None, help="folder holding realdocs/ [default: ../shared]")
    args = ap.parse_args()
    docs = sorted((shared_dir(args.shared) / "realdocs" / "docs").glob("*.md"))
    legacy = cases_encoder()
    vni_table = legacy.vni_table()

    def vni(text: str) -> bytes:
        return "".join(vni_table.get(c, c) for c in text).encode("cp1252", errors="ignore")

    encoders = {
        "tcvn3": lambda t: iconv(t, "TCVN5712-1"),
        "viscii": lambda t: iconv(t, "VISCII"),
        "cp1258": lambda t: iconv(t, "CP1258"),
        "vni": vni,
    }
    def spelled(text: str, key: str) -> str:
        """The original as far as ``key`` can spell it (what a perfect decoder gives back)."""
        if key == "vni":
            return "".join(c for c in text if vni_table.get(c, c).encode("cp1252", "ignore"))
        name = {"tcvn3": "TCVN5712-1", "viscii": "VISCII", "cp1258": "CP1258"}[key]
        back = subprocess.run(["iconv", "-f", name, "-t", "UTF-8"], input=iconv(text, name),
                              capture_output=True).stdout.decode()
        return unicodedata.normalize("NFC", back)

    right, exact, total = collections.Counter(), collections.Counter(), collections.Counter()
    confused: collections.Counter = collections.Counter()
    start = time.perf_counter()
    for path in docs:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for key, encode in encoders.items():
            data = encode(text)
            total[key] += 1
            try:
                decoded, found, _ = charsets.detect(data)
            except charsets.UnknownCharset:
                confused[(key, "refused")] += 1
                continue
            if found == key:
                right[key] += 1
                exact[key] += decoded == spelled(text, key)
            else:
                confused[(key, found)] += 1
    secs = time.perf_counter() - start
    print(f"{len(docs)} real documents (../shared/realdocs/docs), {secs:.1f} s in all")
    for key in encoders:
        print(f"  {charsets.CHARSET_NAMES[key]:22} detected {right[key]}/{total[key]}   "
              f"text back exactly {exact[key]}/{total[key]}")
    if confused:
        print("  confusions:", ", ".join(f"{a}->{b}: {n}" for (a, b), n in confused.most_common()))


if __name__ == "__main__":
    main()
