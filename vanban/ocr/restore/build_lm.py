"""Build ``data/lm.bin``: the syllable trigram model restoration decodes with.

A tool, not a run-time dependency (nothing under ``vanban/`` imports it
except the ``vanban lm build`` command). Reproducible: same inputs → same
file. Inputs, all local:

* ``--corpora DIR``: ``legal_vi.txt.gz``, ``viwiki_vi.txt.gz`` and
  ``news_vi.txt.gz`` (see SOURCES.md and the corpora README). Every line
  whose 0-based index is a multiple of ``HOLDOUT_EVERY`` (50) is HELD OUT —
  never counted — so benchmarks measure on unseen text (:func:`heldout_lines`);
* ``--realdocs DIR``: real administrative documents (``docs/*.md``); every
  ``REALDOCS_HOLDOUT_EVERY``-th document in name order is held out
  (:func:`realdocs_split`), the bench's legacy-OCR test set comes from those;
* underthesea's packaged dictionaries and its shipped POS test sentences;
* vanban's domain lexicon ``lexicon/*.txt`` (weighted up: it is the domain).

Counting is one pass over the text into an int32 id stream
(:mod:`.counts`), n-gram counts by ``np.unique`` over packed keys, then
interpolated modified Kneser–Ney (:mod:`.kneser_ney`), trigram pruning by
count and 8-bit quantisation.

Run: ``vanban lm build --corpora ../shared/corpora --realdocs ../shared/realdocs``
(writing the packaged model also rebuilds its candidate table, :mod:`.build_candidates`).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from . import kneser_ney, lexicon
from .counts import TokenStream, ngram_counts
from .lm import write_model
from .tokens import BOS, EOS, SPECIALS, UNK

HOLDOUT_EVERY = 50
REALDOCS_HOLDOUT_EVERY = 4
CORPUS_FILES = ("legal_vi.txt.gz", "viwiki_vi.txt.gz", "news_vi.txt.gz")
MAX_VOCAB = 65000
MIN_UNIGRAM = 2  # rarer tokens become <unk>
MIN_TRIGRAM = 1  # no count pruning: dropping singletons (23 MB) cost 0.2 pt on held-out news
DOMAIN_WEIGHT = 20  # each domain-lexicon line counts as this many lines
REALDOCS_WEIGHT = 2  # real administrative documents: the domain, in its own words
DICT_WEIGHT = 1
MIN_VALID_COUNT = 30  # a corpus-only syllable must be this frequent to be output


def read_lines(path: Path, heldout: bool) -> Iterator[str]:
    """Training lines (``heldout=False``) or the held-out split of a corpus."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if (i % HOLDOUT_EVERY == 0) == heldout:
                yield line.rstrip("\n")


def heldout_lines(corpora: Path, name: str = "legal_vi.txt.gz") -> Iterator[str]:
    """The held-out split benchmarks evaluate on (never used for training)."""
    return read_lines(Path(corpora) / name, heldout=True)


def underthesea_sentences() -> Iterator[str]:
    """Sentences underthesea ships (VLSP 2013 POS test output), rebuilt from tokens."""
    import underthesea  # noqa: PLC0415

    base = Path(underthesea.__file__).parent / "pipeline" / "pos_tag"
    for path in sorted(base.rglob("test_output.txt")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(line.split("\t", 1)[0])
        if words:
            yield " ".join(words)


def realdoc_text(md: str) -> str:
    """Plain text of a realdocs Markdown file (emphasis and table separators dropped)."""
    t = md.replace("**", "")
    t = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", t)
    return "\n".join("" if ln.strip() == "|" else ln for ln in t.split("\n"))


def realdocs_split(realdocs: Path, heldout: bool) -> list[Path]:
    """Training (``heldout=False``) or held-out documents of ``realdocs/docs``, name order."""
    docs = sorted((Path(realdocs) / "docs").glob("*.md"))
    return [p for i, p in enumerate(docs) if (i % REALDOCS_HOLDOUT_EVERY == 0) == heldout]


def weighted_texts(corpora: Path | None, realdocs: Path | None = None,
                   extra: Iterable[str] = ()) -> Iterator[tuple[str, int]]:
    """(text line, weight) for every training source."""
    if corpora is not None:
        for name in CORPUS_FILES:
            path = Path(corpora) / name
            if path.exists():
                for line in read_lines(path, heldout=False):
                    yield line, 1
            else:
                print(f"warning: {path} missing", file=sys.stderr)
    if realdocs is not None:
        for p in realdocs_split(realdocs, heldout=False):
            for line in realdoc_text(p.read_text(encoding="utf-8")).split("\n"):
                if line.strip():
                    yield line, REALDOCS_WEIGHT
    for s in underthesea_sentences():
        yield s, 1
    for w in lexicon.dictionary_words():
        yield w, DICT_WEIGHT
    for p in lexicon.domain_phrases():
        yield p, DOMAIN_WEIGHT
    for t in extra:
        yield t, 1


def choose_vocab(types: dict[str, int], uni: np.ndarray) -> tuple[dict[str, int], np.ndarray]:
    """Final vocabulary (specials, then by falling count) and the provisional→final id map.

    Kept: the MAX_VOCAB most frequent types seen MIN_UNIGRAM times, plus every
    dictionary syllable seen at all; the rest map to ``<unk>``.
    """
    words = list(types)
    order = np.lexsort((np.arange(len(words)), -uni))
    dict_syls = lexicon.dictionary_syllables()
    keep: list[str] = []
    extra: list[str] = []
    for i in order.tolist():
        w = words[i]
        if w in SPECIALS or uni[i] <= 0:
            continue
        if uni[i] >= MIN_UNIGRAM and len(keep) < MAX_VOCAB - len(SPECIALS):
            keep.append(w)
        elif w in dict_syls:
            extra.append(w)
    ordered = list(SPECIALS) + keep + extra
    ordered = ordered[:65535]
    vocab = {t: i for i, t in enumerate(ordered)}
    unk = vocab[UNK]
    remap = np.full(len(words), unk, np.int32)
    for i, w in enumerate(words):
        j = vocab.get(w)
        if j is not None:
            remap[i] = j
    return vocab, remap


def build(corpora: Path | None, realdocs: Path | None, out: Path, *, min_trigram: int = MIN_TRIGRAM,
          bits: int = 8, limit_lines: int | None = None) -> dict:
    """Count, estimate, prune, quantise and write the model; returns a summary."""
    t0 = time.time()
    ts = TokenStream()
    for n, (text, w) in enumerate(weighted_texts(corpora, realdocs)):
        if limit_lines is not None and n >= limit_lines:
            break
        ts.add(text, w)
    ids = np.frombuffer(ts.ids, np.int32)
    wts = np.frombuffer(ts.weights, np.uint16).astype(np.int64)
    prov_uni = np.bincount(ids, weights=wts, minlength=len(ts.types))
    print(f"tokenised {len(ids):,} tokens, {len(ts.types):,} types in {time.time()-t0:.0f}s", file=sys.stderr)
    vocab, remap = choose_vocab(ts.types, prov_uni)
    del ts
    arr = remap[ids]
    V = len(vocab)
    uni, bi, tri = ngram_counts(arr, wts, V, vocab[BOS], vocab[EOS])
    del arr, wts, ids
    print(f"counted: V={V} bigrams={len(bi[0]):,} trigrams={len(tri[0]):,} in {time.time()-t0:.0f}s", file=sys.stderr)
    tables = kneser_ney.estimate(V, vocab[BOS], uni, bi, tri, min_trigram=min_trigram)
    dict_syls = lexicon.dictionary_syllables()
    valid = np.zeros(V, np.uint8)
    for w, i in vocab.items():
        if lexicon.is_vietnamese_syllable(w) and (w in dict_syls or uni[i] >= MIN_VALID_COUNT):
            valid[i] = 1
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"min_trigram": min_trigram, "discounts": tables["discounts"],
            "sources": [*CORPUS_FILES, "realdocs/docs (3 of 4)"] if corpora else ["lexicon only"],
            "unpruned_trigrams": int(len(tri[0]))}
    size = write_model(out, vocab, tables, valid=valid, bits=bits, meta=meta)
    summary = {"V": V, "bigrams": int(len(tables["bi_keys"])), "trigrams": int(len(tables["tri_keys"])),
               "unpruned_trigrams": int(len(tri[0])), "valid": int(valid.sum()), "bytes": size,
               "seconds": round(time.time() - t0, 1)}
    print(f"wrote {out}: {summary}", file=sys.stderr)
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=None, help="folder with the *_vi.txt.gz corpora")
    ap.add_argument("--realdocs", type=Path, default=None, help="realdocs folder (with docs/*.md)")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("data") / "lm.bin")
    ap.add_argument("--min-trigram", type=int, default=MIN_TRIGRAM)
    ap.add_argument("--bits", type=int, choices=(8, 16), default=8, help="quantisation of log-probabilities")
    ap.add_argument("--limit-lines", type=int, default=None, help="count only the first N lines (a quick try)")
    args = ap.parse_args(argv)
    build(args.corpora, args.realdocs, args.out, min_trigram=args.min_trigram, bits=args.bits,
          limit_lines=args.limit_lines)
    if args.out.resolve() == (Path(__file__).with_name("data") / "lm.bin").resolve():
        # the packaged model's candidate table is ranked with it: a new model needs a new table
        from . import build_candidates  # noqa: PLC0415

        print(f"candidate table: {build_candidates.build()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
