"""Restore mode writes the text from the decoded path alone; the per-token records (local
posteriors, alternatives) are made when ``tokens`` is first read, and are the records the
eager annotation makes (:class:`vanban.models.DeferredRestoration`)."""

from __future__ import annotations

import pickle

import pytest

from vanban.models import DeferredRestoration, Restoration, TokenChoice
from vanban.ocr.restore import restore
from vanban.ocr.restore.decode import Restorer, get_restorer
from vanban.ocr.restore.tokens import scan

# a news sentence that lost its marks (clean text: one pass), written for this test
NEWS = "Chieu nay, So Y te thanh pho da cong bo ket qua kiem tra an toan thuc pham tai cac truong hoc"
# legacy OCR in the seeds' style: capitals, a symbol to repair, marks half lost (two passes)
LEGACY = ("DANG BO PHUONG BO ÐE\nDANG UY PHUONG\nS6 24-KH/BU\tLong Biên, ngay 12 thang 3 nam 2024\n"
          "KE HOACH\nThuc hien nghi quyét cua Dang uy phuong vé công tác dân vân nam 2024\n"
          "Cac chi bo, đơn VỊ; MTTQ và các doan thê chính tri - xã hôi phuong")
TEXTS = [NEWS, LEGACY, "Uy ban nhan dan tinh ñã ban hành kê hoach thuc hien nghi quyét", "VT, TT, UBND, HĐND"]


def _counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = Restorer._posteriors_of

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(Restorer, "_posteriors_of", staticmethod(counted))
    return calls


def test_clean_line_restored_without_its_records(monkeypatch):
    r = get_restorer()
    r.clear_caches()
    calls = _counting(monkeypatch)
    res = r.restore(NEWS)
    assert res.text.startswith("Chiều nay, Sở Y tế thành phố đã công bố kết quả")
    assert calls == []  # the text needed no posterior
    toks = res.tokens
    assert len(calls) == 1 and res.tokens is toks  # made once, on first reading
    assert [t.source for t in toks] == [w.text for w in scan(NEWS) if w.kind == "word"]
    assert any(t.alternatives for t in toks)


@pytest.mark.parametrize("text", TEXTS)
def test_written_text_is_the_annotated_one(text):
    """The chosen forms written without the records are those the annotation writes."""
    r = get_restorer()
    toks = list(scan(text))
    _, state = r._run(text, toks, "restore")
    quick: dict[int, str] = dict(state.out_forms)
    r._chosen_forms(state.lat, state.path, toks, quick)
    annotated: dict[int, str] = dict(state.out_forms)
    records: list[TokenChoice] = []
    r._annotate(state.lat, state.path, toks, "restore", annotated, records)
    assert quick == annotated
    res = r.restore(text)
    assert all(isinstance(t, TokenChoice) for t in res.tokens)
    # the records read later are those of the same restoration made afresh
    r.clear_caches()
    again = r.restore(text)
    assert again.text == res.text and again.tokens == res.tokens


def test_deferred_equals_plain():
    rec = (TokenChoice("tinh", "tỉnh", 0.9, (("tính", 0.1),), 0, 4, True),)
    made: list[int] = []

    def make():
        made.append(1)
        return rec

    d = DeferredRestoration("tỉnh", make=make)
    plain = Restoration("tỉnh", rec)
    assert d == plain and plain == d and hash(d) == hash(plain)
    assert made == [1]
    assert d.tokens == rec and made == [1]
    assert pickle.loads(pickle.dumps(d)) == plain
    assert type(pickle.loads(pickle.dumps(d))) is Restoration
    assert d.changed_count == 1
    assert DeferredRestoration("x", rec).tokens == rec


def test_units_pass_leaves_records_unmade(monkeypatch):
    """The public ``restore`` (units of table cells) reads records only of texts with a cell line."""
    get_restorer().clear_caches()
    calls = _counting(monkeypatch)
    res = restore(NEWS)
    assert calls == [] and res.tokens and len(calls) == 1
