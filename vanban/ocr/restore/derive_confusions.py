"""Derive the OCR confusion table from real OCR errors (reproducible).

Renders held-in corpus lines (never the held-out split) as 300 dpi scans in
several fonts and blur levels, OCRs them with ``tesseract -l eng`` (which
drops Vietnamese marks the way legacy OCR did) and aligns every OCR token
with its source syllable. Each aligned difference becomes a rewrite rule
"OCR substring → diacritic-free substring" with its observed probability;
``data/confusions_learned.tsv`` keeps the rules seen at least twice.

Whole-token statistics go to ``data/confusions_tokens.tsv``: for an OCR
token seen often enough, which source keys it stood for and how often
("ty" was "ty" 22 times, "tu" 12 and "uy" 7; "cia" was always "cua").
Substring rules cannot express that a VALID-looking token is often a
misread one, nor insertions like "thu" → "thuc"; the token table can.

``python -m vanban.ocr.restore.derive_confusions --corpora ../shared/corpora
--work /tmp/vb_conf --pages 107 --rule-pages 18`` (reproduces the shipped tables byte for byte)
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import textwrap
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from vanban.text import fold

OUT = Path(__file__).with_name("data") / "confusions_learned.tsv"
OUT_TOKENS = Path(__file__).with_name("data") / "confusions_tokens.tsv"
TOKEN_MIN_SEEN = 3  # an OCR token needs this many sightings to get its own row
TOKEN_MIN_PAIR = 2  # and a (token, key) pair this many
FONTS = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
)


def render_pages(corpora: Path, work: Path, pages: int) -> list[tuple[Path, Path]]:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: PLC0415

    lines = []
    with gzip.open(corpora / "legal_vi.txt.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 50 == 13 and 20 < len(line) < 400:
                lines.append(line.strip())
            if len(lines) > 60 * pages:
                break
    wrapped = [w for line in lines for w in textwrap.wrap(line, 80)]
    work.mkdir(parents=True, exist_ok=True)
    out = []
    for p in range(pages):
        font, size, blur = FONTS[p % 3], (38, 42, 46)[p % 3], (0, 0.8, 1.2)[(p // 3) % 3]
        chunk = wrapped[p * 45 : (p + 1) * 45]
        gt, png, base = work / f"q{p}.gt.txt", work / f"q{p}.png", work / f"q{p}.eng"
        gt.write_text("\n".join(chunk) + "\n", encoding="utf-8")
        if not Path(str(base) + ".txt").exists():
            img = Image.new("L", (2480, 3508), 255)
            d, f = ImageDraw.Draw(img), ImageFont.truetype(font, size)
            for k, ln in enumerate(chunk):
                d.text((200, 200 + int(k * size * 1.5)), ln, font=f, fill=0)
            if blur:
                img = img.filter(ImageFilter.GaussianBlur(blur))
            img.save(png, dpi=(300, 300))
            subprocess.run(["tesseract", str(png), str(base), "-l", "eng", "--psm", "4"], check=True,
                           capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        out.append((gt, Path(str(base) + ".txt")))
    return out


def token_pairs(gt_text: str, ocr_text: str):
    """(OCR token, source syllable) pairs aligned by token edit distance."""
    gt = [t.strip(".,;:()“”\"'") for t in gt_text.split()]
    oc = [t.strip(".,;:()“”\"") for t in ocr_text.split()]
    for op, i1, i2, j1, j2 in Levenshtein.opcodes(gt, oc):
        if op in ("equal", "replace") and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                yield oc[j1 + k], gt[i1 + k]


def rules_of(ocr: str, key: str):
    """Blocks of consecutive edits turning ``ocr`` (lower) into ``key``."""
    ops = Levenshtein.opcodes(ocr, key)
    for tag, i1, i2, j1, j2 in ops:
        if tag != "equal":
            yield ocr[i1:i2], key[j1:j2]


def derive(pairs) -> list[tuple[str, str, int, int]]:
    rule_n: Counter[tuple[str, str]] = Counter()
    ocr_tokens: list[str] = []
    for ocr, src in pairs:
        low = ocr.lower()
        key = fold(src)
        if not key.isalpha() or len(low) > 12:
            continue
        ocr_tokens.append(low)
        if fold(low) == key:
            continue
        for a, b in rules_of(low, key):
            if a and len(a) <= 3 and len(b) <= 3:
                rule_n[(a, b)] += 1
    sub_n: Counter[str] = Counter()
    subs = {a for a, _ in rule_n}
    for tok in ocr_tokens:
        for s in subs:
            sub_n[s] += tok.count(s)
    return [(a, b, n, sub_n[a]) for (a, b), n in rule_n.most_common() if n >= 2]


def derive_tokens(pairs) -> list[tuple[str, str, int, int]]:
    """(ocr token, source key, seen, ocr token total) for tokens OCR often misreads."""
    by_tok: dict[str, Counter[str]] = {}
    for ocr, src in pairs:
        low, key = ocr.lower(), fold(src.lower())
        if not key.isalpha() or not low or len(low) > 12:
            continue
        by_tok.setdefault(low, Counter())[key] += 1
    rows = []
    for low, c in sorted(by_tok.items()):
        total = sum(c.values())
        if total < TOKEN_MIN_SEEN:
            continue
        misread = [(k, n) for k, n in c.items() if k != fold(low) and n >= TOKEN_MIN_PAIR]
        if not misread:
            continue
        for k, n in c.most_common():
            if n >= TOKEN_MIN_PAIR or k == fold(low):
                rows.append((low, k, n, total))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/vb_conf"))
    ap.add_argument("--pages", type=int, default=107, help="pages for the token table")
    ap.add_argument("--rule-pages", type=int, default=18, help="the first N pages give the substring rules")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    pairs, rule_pairs = [], []
    for p, (gt, ocr) in enumerate(render_pages(args.corpora, args.work, args.pages)):
        got = list(token_pairs(gt.read_text(encoding="utf-8"), ocr.read_text(encoding="utf-8")))
        pairs.extend(got)
        if p < args.rule_pages:
            rule_pairs.extend(got)
    rows = derive(rule_pairs)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# ocr\tsource(folded)\tseen\tocr_substring_total — derived by derive_confusions.py\n")
        for a, b, n, tot in rows:
            fh.write(f"{a}\t{b}\t{n}\t{tot}\n")
    print(f"{len(pairs)} token pairs → {len(rows)} rules → {args.out}")
    trows = derive_tokens(pairs)
    out_tokens = args.out.with_name(OUT_TOKENS.name)
    with open(out_tokens, "w", encoding="utf-8") as fh:
        fh.write("# ocr token\tsource(folded)\tseen\tocr_token_total — derived by derive_confusions.py\n")
        for a, b, n, tot in trows:
            fh.write(f"{a}\t{b}\t{n}\t{tot}\n")
    print(f"{len(trows)} token rows → {out_tokens}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
