"""The candidate table (``data/candidates.npz``): restore-mode rankings precomputed with the model.

What it must never do is change a candidate: looked up, a token's candidates are the
ones the generator computes — checked on real legacy OCR (the seeds and the
held-out documents read by ``tesseract -l eng``, in the case they were written) and
on a sample of the table's own tokens. A table built for another model or other
candidate code is ignored, and the packaged one is fresh (else: rebuild it with
``python -m vanban.ocr.restore.build_candidates``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.ocr.restore import candidate_table
from vanban.ocr.restore.build_candidates import garbles
from vanban.ocr.restore.candidates import CandidateGenerator, fold
from vanban.ocr.restore.decode import get_restorer
from vanban.text import WORD_RE, normalize_tones

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def gens():
    lm = get_restorer().lm
    return CandidateGenerator(lm), CandidateGenerator(lm, precomputed=False)


def test_packaged_table_is_fresh():
    inv = get_restorer().gen.inv
    table = candidate_table.load(inv)
    assert table is not None, "data/candidates.npz is stale: python -m vanban.ocr.restore.build_candidates"
    assert len(table) > 20_000
    for form in ("được", "duoc", "tiép", "m6t", "phuong"):
        assert form in table


def _real_ocr_tokens() -> list[str]:
    toks: list[str] = []
    for p in sorted((FIXTURES / "seeds").glob("*.ocr.txt")) + sorted((FIXTURES / "legacy_ocr").glob("*.ocr.txt")):
        toks += WORD_RE.findall(normalize_tones(p.read_text(encoding="utf-8")))
    return list(dict.fromkeys(toks))


def test_table_gives_the_computed_candidates_on_real_ocr(gens):
    table_gen, plain = gens
    toks = _real_ocr_tokens()
    assert len(toks) > 1000
    looked_up = 0
    for tok in toks:
        for variant in (tok, tok.upper(), tok.capitalize()):
            table_gen._cache.clear()
            plain._cache.clear()
            looked_up += table_gen._precomputed(variant.lower(), variant) is not None
            assert table_gen(variant, "restore") == plain(variant, "restore"), variant
    # most real OCR tokens are in the table (else it would not pay)
    assert looked_up > 0.6 * 3 * len(toks)


def test_table_gives_the_computed_candidates_on_its_own_tokens(gens):
    table_gen, plain = gens
    table = candidate_table.load(table_gen.inv)
    sample = table.tokens()[::37]
    assert len(sample) > 500
    for low in sample:
        assert table_gen(low, "restore") == plain(low, "restore"), low


def test_stale_or_missing_table_is_ignored(tmp_path, gens, capsys):
    inv = gens[0].inv
    assert candidate_table.load(inv, tmp_path / "none.npz") is None
    path = tmp_path / "stale.npz"
    candidate_table.save(path, "0" * 40, {"mot": [(inv.lm.ids["một"], 0.0)]})
    assert candidate_table.load(inv, path) is None
    fresh = tmp_path / "fresh.npz"
    ranking = [(inv.lm.ids["một"], 0.1), (inv.lm.ids["mốt"], 0.30000000000000004)]
    candidate_table.save(fresh, candidate_table.fingerprint(inv), {"m6t": ranking})
    table = candidate_table.load(inv, fresh)
    assert table.get("m6t") == ([i for i, _ in ranking], [c for _, c in ranking])  # costs bit for bit
    assert table.get("mot") is None


def test_garbles_run_the_confusion_rules_backwards():
    g = garbles("mot")
    assert g["mot"] == 0.0 and "m6t" in g and g["m6t"] < 0.5
    assert "tiép" in garbles("tiep")
    assert all(c <= 1.0 for c in garbles("nguoi").values())


def test_run_time_modules_do_not_import_the_build_tool():
    import ast

    here = Path(__file__).resolve().parents[1] / "vanban" / "ocr" / "restore"
    for name in ("candidates.py", "candidate_table.py", "decode.py", "lm.py"):
        tree = ast.parse((here / name).read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not imported & {"build_candidates", "build_lm"}, (name, imported)


def test_a_word_restored_after_its_capitals_form_gets_its_own_ranking():
    """The candidate cache was keyed by the lower-cased token while the ranking depends on
    a short word in capitals being an abbreviation: "Dak Nong" came out one way or another
    depending on whether the process had restored "DAK NONG" first (found by rspeed4)."""
    from vanban.ocr.restore import restore

    restorer = get_restorer()
    restorer.clear_caches()
    alone = restore("Dak Nong", "restore").text
    restorer.clear_caches()
    restore("DAK", "restore")
    after_caps = restore("Dak Nong", "restore").text
    restorer.clear_caches()
    assert after_caps == alone


def test_short_capital_tokens_are_served_where_their_ranking_is_the_same(gens):
    """"S6", "T6", "B6" (real legacy OCR of "SỐ", "TÔ", "BỘ" in a heading) spell no key and are
    short capitals, which the generator ranks as possible abbreviations (no fuzzy
    neighbours): the table serves them when ranking them so gives the same, and a token
    whose capitals ranking differs is still ranked, never looked up."""
    table_gen, plain = gens
    table = candidate_table.load(table_gen.inv)
    for tok in ("S6", "T6", "B6"):
        table_gen._cache.clear()
        plain._cache.clear()
        assert table_gen._precomputed(tok.lower(), tok) is not None, tok
        assert table_gen(tok, "restore") == plain(tok, "restore"), tok
    by_key = table_gen.inv.by_key
    differ = [t for t in table.tokens() if len(t) <= 5 and t.upper().isupper() and len(t.upper()) <= 5
              and t.isalpha() and fold(t) not in by_key and table.get(t, caps=True) is None]
    assert differ, "some short token ranks otherwise in capitals (fuzzy neighbours)"
    for low in differ[:: max(1, len(differ) // 40)]:
        table_gen._cache.clear()
        plain._cache.clear()
        assert table_gen._precomputed(low, low.upper()) is None
        assert table_gen(low.upper(), "restore") == plain(low.upper(), "restore"), low


def test_table_without_capitals_flags_still_serves_lower_case(tmp_path, gens):
    """A table written before the ``caps`` flags loads; it serves lower-case look-ups only."""
    import numpy as np

    inv = gens[0].inv
    ranking = [(inv.lm.ids["một"], 0.1), (inv.lm.ids["mốt"], 0.3)]
    path = tmp_path / "old.npz"
    candidate_table.save(path, candidate_table.fingerprint(inv), {"m6t": ranking}, caps={"m6t"})
    z = dict(np.load(path))
    del z["caps"]
    np.savez(path, **z)
    table = candidate_table.load(inv, path)
    assert table.get("m6t") == ([i for i, _ in ranking], [c for _, c in ranking])
    assert table.get("m6t", caps=True) is None


def test_key_priors_are_the_summed_probabilities_of_their_forms():
    """Key priors are computed on first look-up, each as it was when all were computed at load."""
    import numpy as np

    inv = get_restorer().gen.inv
    lm = inv.lm
    eager: dict[str, list[int]] = {}
    for i in np.flatnonzero(lm.valid):
        eager.setdefault(fold(lm.words[i]), []).append(int(i))
    assert set(eager) == set(inv.by_key)
    for k, ids in eager.items():
        assert inv.key_logp[k] == float(np.log10(np.sum(np.power(10.0, [float(lm.uni_freq[i]) for i in ids])))), k
    assert "zzq" not in inv.key_logp and inv.key_logp.get("zzq") is None


def test_dropped_flags_match_the_frequency_floor_computed_on_real_ocr(gens):
    """The table marks each reading restore mode drops below its frequency floor
    (``candidate_table.DROPPED``), so a page's first sight of a token builds only the kept
    ones: on every real OCR token of the fixtures the table holds, what it keeps is what
    the floor keeps when computed on the fly, and the generator's (candidates, ids, costs)
    are the computed ones."""
    table_gen, plain = gens
    table = candidate_table.load(table_gen.inv)
    checked = dropped = 0
    for tok in _real_ocr_tokens():
        low = tok.lower()
        if low not in table:
            continue
        ids, costs = plain._rank(low, low, "restore")
        assert table.get(low) == (ids, costs), low
        kept = plain._kept(ids, costs)
        assert table.get_kept(low) == kept, low
        dropped += len(kept[0]) < len(ids)
        table_gen._cache.clear()
        plain._cache.clear()
        cands = plain._select(low, "restore", ids, costs)
        assert table_gen.entry(low, "restore") == (cands, [c.id for c in cands], [c.cost for c in cands]), low
        checked += 1
    assert checked > 1000 and dropped > 100


def test_an_archive_layer_keeps_its_own_rare_forms_past_the_table(tmp_path):
    """With an archive layer (``vanban lm learn``) a form its pages write stays a candidate
    even below the frequency floor the table's flags stand for: the generator then selects
    from the table's whole ranking, as computing does."""
    from vanban.ocr.restore.lm import DEFAULT_PATH, LanguageModel, update_from_texts

    base = get_restorer().lm
    plain = CandidateGenerator(base, precomputed=False)
    table = candidate_table.load(plain.inv)
    # a token whose table ranking drops a reading; the archive writes that reading
    low = next(t for t in table.tokens()[::7] if len(table.get_kept(t)[0]) < len(table.get(t)[0]))
    ids, _ = table.get(low)
    kept_ids = set(table.get_kept(low)[0])
    rare = base.words[next(i for i in ids if i not in kept_ids)]
    layer = tmp_path / "archive.lm-user.npz"
    update_from_texts([f"{rare} {rare} {rare}."], layer, base)
    adapted = LanguageModel(DEFAULT_PATH, layer)
    with_table, computed = CandidateGenerator(adapted), CandidateGenerator(adapted, precomputed=False)
    forms = [c.form for c in with_table(low, "restore")]
    assert rare in forms and with_table(low, "restore") == computed(low, "restore")
    assert rare not in [c.form for c in CandidateGenerator(base)(low, "restore")]
