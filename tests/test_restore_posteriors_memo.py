"""A text whose second pass changes nothing asks for its posteriors twice (the document
cache's summary, then the records): the second time they are the first's, not computed again;
restyling the lattice (a second pass's new costs) forgets them."""

from __future__ import annotations

import numpy as np

from vanban.ocr.restore.decode import Restorer, get_restorer
from vanban.ocr.restore.tokens import scan

# a line of legacy OCR in the style of the seeds (marks half lost, "ñ" for "đ"): not clean text
LINE = "Uy ban nhan dan tinh ñã ban hành kê hoach thuc hien nghi quyét"


def _first_pass(text: str):
    r = get_restorer()
    toks = list(scan(text))
    clean, state = r._run(text, toks, "restore")
    assert not clean and state.lat is not None
    return state.lat, state.path


def test_posteriors_of_one_path_are_computed_once(monkeypatch):
    lat, path = _first_pass(LINE)
    calls = []
    real = Restorer._posteriors_of

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(Restorer, "_posteriors_of", staticmethod(counted))
    first = Restorer._posteriors(lat, path)
    again = Restorer._posteriors(lat, list(path))
    assert again == first and len(calls) == 1
    assert Restorer._posteriors(lat, path, want_scores=True)[2] is not None and len(calls) == 2


def test_restyled_lattice_computes_its_posteriors_again():
    lat, path = _first_pass(LINE)
    before = Restorer._posteriors(lat, path)
    costs = lat.costs.copy()
    t = lat._post_layout[2][0]  # the first word with a choice: its chosen reading dearer
    costs[lat.off[t] + path[t]] += np.float32(20.0)
    lat.restyle(costs)
    after = Restorer._posteriors(lat, path)
    # as computed afresh under the new costs, and not the old answer
    assert after == Restorer._posteriors_of(lat, path, False, lat._post_layout)
    assert after[3] != before[3]


def test_restore_output_unchanged_by_the_memo():
    r = get_restorer()
    r.clear_caches()
    once = r.restore(LINE)
    r.clear_caches()
    assert r.restore(LINE) == once
