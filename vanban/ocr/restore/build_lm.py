"""Build ``data/lm.bin``: the syllable trigram model restoration decodes with.

Reproducible: same inputs → same file. Inputs, all local:

* ``--corpora DIR``: ``legal_vi.txt.gz`` and ``viwiki_vi.txt.gz`` (see
  SOURCES.md). Every line whose 0-based index is a multiple of
  ``HOLDOUT_EVERY`` (50) is HELD OUT — never counted — so benchmarks can
  measure on text the model has not seen (:func:`heldout_lines`).
* underthesea's packaged dictionaries and its shipped POS test sentences;
* vanban's domain lexicon ``lexicon/*.txt`` (weighted up: it is the domain).

Run: ``python -m vanban.ocr.restore.build_lm --corpora ../shared/corpora
--out vanban/ocr/restore/data/lm.bin``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from . import lexicon
from .lm import write_model
from .tokens import BOS, EOS, SPECIALS, UNK, clean_segments

HOLDOUT_EVERY = 50
CORPUS_FILES = ("legal_vi.txt.gz", "viwiki_vi.txt.gz")
MAX_VOCAB = 65000
MIN_UNIGRAM = 2  # rarer tokens become <unk>
MIN_BIGRAM = 1
MIN_TRIGRAM = 2  # pruning: singleton trigrams are dropped
DOMAIN_WEIGHT = 20  # each domain-lexicon line counts as this many lines
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


def weighted_texts(corpora: Path | None, extra: Iterable[str] = ()) -> Iterator[tuple[str, int]]:
    """(text line, weight) for every training source."""
    if corpora is not None:
        for name in CORPUS_FILES:
            path = Path(corpora) / name
            if path.exists():
                for line in read_lines(path, heldout=False):
                    yield line, 1
            else:
                print(f"warning: {path} missing", file=sys.stderr)
    for s in underthesea_sentences():
        yield s, 1
    for w in lexicon.dictionary_words():
        yield w, DICT_WEIGHT
    for p in lexicon.domain_phrases():
        yield p, DOMAIN_WEIGHT
    for t in extra:
        yield t, 1


def count_ngrams(texts: Iterable[tuple[str, int]], vocab: dict[str, int] | None = None):
    """Unigram/bigram/trigram counts over id-encoded, BOS/EOS padded contexts.

    Returns (vocab, uni, (bi_keys, bi_counts), (tri_keys, tri_counts)) where
    keys pack ids base ``V`` (``a*V+b``, ``(a*V+b)*V+c``).
    """
    segs: list[tuple[list[str], int]] = []
    uni_counter: Counter[str] = Counter()
    for text, w in texts:
        for seg in clean_segments(text):
            segs.append((seg, w))
            for t in seg:
                uni_counter[t] += w
    if vocab is None:
        keep = [t for t, c in uni_counter.most_common() if c >= MIN_UNIGRAM and t not in SPECIALS]
        dict_syls = lexicon.dictionary_syllables()
        keep_set = set(keep[: MAX_VOCAB - len(SPECIALS)])
        keep_set |= {s for s in dict_syls if s in uni_counter}
        ordered = list(SPECIALS) + sorted(keep_set, key=lambda t: (-uni_counter[t], t))
        vocab = {t: i for i, t in enumerate(ordered[:65535])}
    V = len(vocab)
    unk = vocab[UNK]
    ids: list[int] = []
    weights: list[int] = []
    bos, eos = vocab[BOS], vocab[EOS]
    for seg, w in segs:
        row = [bos, bos] + [vocab.get(t, unk) for t in seg] + [eos]
        ids.extend(row)
        weights.extend([w] * len(row))
    arr = np.asarray(ids, dtype=np.int64)
    wts = np.asarray(weights, dtype=np.int64)
    uni = np.bincount(arr, weights=wts, minlength=V).astype(np.int64)
    uni[bos] = 0
    # bigrams: (x, y) with y != BOS (no pair spans two contexts)
    a, b = arr[:-1], arr[1:]
    m = b != bos
    bi_keys, inv = np.unique(a[m] * V + b[m], return_inverse=True)
    bi_counts = np.bincount(inv, weights=wts[1:][m]).astype(np.int64)
    a, b, c = arr[:-2], arr[1:-1], arr[2:]
    m = (c != bos) & (b != eos)
    tri_keys, inv = np.unique((a[m] * V + b[m]) * V + c[m], return_inverse=True)
    tri_counts = np.bincount(inv, weights=wts[2:][m]).astype(np.int64)
    return vocab, uni, (bi_keys, bi_counts), (tri_keys, tri_counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=None, help="folder with legal_vi.txt.gz, viwiki_vi.txt.gz")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("data") / "lm.bin")
    ap.add_argument("--min-trigram", type=int, default=MIN_TRIGRAM)
    args = ap.parse_args(argv)
    t0 = time.time()
    vocab, uni, bi, tri = count_ngrams(weighted_texts(args.corpora))
    print(f"counted: V={len(vocab)} bigrams={len(bi[0])} trigrams={len(tri[0])} in {time.time()-t0:.1f}s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    dict_syls = lexicon.dictionary_syllables()
    valid = np.zeros(len(vocab), np.uint8)
    for w, i in vocab.items():
        if lexicon.is_vietnamese_syllable(w) and (w in dict_syls or uni[i] >= MIN_VALID_COUNT):
            valid[i] = 1
    print(f"valid syllables: {int(valid.sum())}")
    size = write_model(args.out, vocab, uni, bi, tri, min_bigram=MIN_BIGRAM, min_trigram=args.min_trigram,
                       valid=valid)
    print(f"wrote {args.out} ({size/1e6:.1f} MB) in {time.time()-t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
