"""Name matching memoises what it asks of a page's tokens (skeletons, the names a token's keys
or skeleton may begin): the same answers as computed afresh, and a restorer's ``clear_caches``
forgets them (the cold speed benchmarks start from nothing)."""

from __future__ import annotations

from pathlib import Path

from vanban.ocr.restore import lexicon, names
from vanban.ocr.restore.decode import get_restorer

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _skeleton_begins_name_afresh(folded: str) -> bool:
    skeleton = folded.translate(names._LEGACY_VOWEL).translate(names._NO_VOWELS)
    return bool(folded) and skeleton in names._names_by_skeleton() and not lexicon.is_vietnamese_syllable(folded)


def test_memoised_skeletons_answer_as_computed_afresh():
    # tokens of the seeds' legacy OCR: "Mt tran T quéc", "S&é", "chitc", "x3 hoi"
    tokens = ["mt", "mat", "mit", "t", "to", "s&", "s&e", "sd", "b6", "chitc", "x3", "hoi", "dng", "", "qc"]
    names.clear_caches()
    for _ in range(2):  # the first time computed, the second memoised
        for tok in tokens:
            assert names.skeleton_begins_name(tok) == _skeleton_begins_name_afresh(tok), tok


def test_key_entries_follow_the_set_object():
    keys = frozenset({"mat", "mit", "uy"})
    index = names._names_by_key()
    assert names._entries_of_keys(keys) == [e for k in keys for e in index.get(k, ())]
    other = frozenset({"so"})
    assert names._entries_of_keys(other) == list(index["so"])
    assert names._entries_of_keys(keys) == [e for k in keys for e in index.get(k, ())]


def test_clear_caches_forgets_the_name_memos():
    r = get_restorer()
    r.restore((SEEDS / "13-KH-DU.ocr.txt").read_text(encoding="utf-8")[:3000])
    assert names._SKELETONS and names._SKELETON_START and names._KEY_ENTRIES
    r.clear_caches()
    assert not names._SKELETONS and not names._SKELETON_START and not names._KEY_ENTRIES
