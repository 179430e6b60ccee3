"""``restore_many``: many independent texts restored in one pass over shared work (one lattice,
one set of LM look-ups, one set of Viterbi waves) give, text for text, exactly what restoring
each alone gives — output text and every token record, both modes.

The lines are written for this test in the style of news and of administrative documents,
marks stripped as a legacy engine loses them; the seeds (whole legacy-OCR documents, which
take the document cache's second pass) go in among them, so texts of one batch differ in
house-style pairs, document forms and second passes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import vanban.ocr.restore as restoration
from vanban.ocr.restore import restore, restore_many
from vanban.ocr.restore.decode import _Lattice, get_restorer
from vanban.ocr.restore.tokens import scan

FIXTURES = Path(__file__).parent / "fixtures"

LINES = [
    "Thu tuong Chinh phu yeu cau cac bo nganh khan truong trien khai ke hoach phong chong lu bao",
    "UBND tinh Quang Nam vua ban hanh Quyet dinh so 1234/QD-UBND ve viec phe duyet de an phat trien du lich",
    "Gia xang dau trong nuoc tiep tuc giam tu 15 gio chieu nay",
    "",
    "Cac dia phuong bao cao ket qua thuc hien ve Van phong Uy ban nhan dan tinh truoc ngay 30/6/2024.",
    "Noi nhan:",
    "- Nhu Dieu 3;",
    "- Luu: VT, KT.",
    "Ha Noi, ngay 15 thang 8 nam 2024",
    "Dien tich san xay dung 250 m2, tuyen duong dai 3,5 km",
    "Dang uy phuong Tan Dinh to chuc hoi nghi so ket cong tac dan van nam 2024",
    "Doi tuyen bong da Viet Nam gianh chien thang 2-0 truoc doi tuyen Lao",
    "   ",
    "So giao duc va dao tao huong dan cac truong chuan bi ky thi tot nghiep trung hoc pho thong",
]

#: accented OCR with misread marks, for "correct" mode
ACCENTED = [
    "Ủy ban nhân dân tỉnh đã chỉ đạo cảc sở, ngành triển khai thực hiện.",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Giao Sở Tài chính chủ trì, phối hơp với các đơn vị liên quan.",
]


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.ocr.txt"))]


def _same(alone, batch) -> None:
    assert len(alone) == len(batch)
    for i, (a, b) in enumerate(zip(alone, batch)):
        assert a.text == b.text, i
        assert a.tokens == b.tokens, i


@pytest.mark.parametrize("mode", ["restore", "correct"])
def test_restore_many_equals_each_alone(mode):
    texts = LINES + ACCENTED
    _same([restore(t, mode) for t in texts], restore_many(texts, mode))


def test_documents_among_lines_keep_their_own_second_pass():
    seeds = _seeds()
    assert seeds
    texts = LINES[:3] + seeds[:1] + LINES[3:] + seeds[1:]
    _same([restore(t) for t in texts], restore_many(texts))


def test_chunked_batches_equal_too(monkeypatch):
    monkeypatch.setattr(restoration, "BATCH_TEXTS", 3)
    _same([restore(t) for t in LINES], restore_many(LINES))


def test_empty_and_bad_mode():
    assert restore_many([]) == []
    with pytest.raises(ValueError):
        restore_many(LINES[:1], mode="guess")


def test_split_lattice_parts_are_the_lattices_built_alone():
    """Each part of one lattice over several texts holds the arrays the text's own lattice
    holds (the trigram keys' base recomputed: it would count the previous text's blocks)."""
    r = get_restorer()
    texts = [t for t in LINES if t.strip()][:6]
    prepared = [r._prepare(t, list(scan(t)), "restore") for t in texts]
    segs = [seg for p in prepared for seg in p[1]]
    costs = np.concatenate([np.asarray(p[2], np.float64) for p in prepared]).astype(np.float32)
    parts = _Lattice(r.lm, segs, None, costs).split([len(p[1]) for p in prepared])
    for p, part in zip(prepared, parts):
        alone = _Lattice(r.lm, p[1], None, np.asarray(p[2], np.float64).astype(np.float32))
        assert part.seg_bounds == alone.seg_bounds and part.tok_index == alone.tok_index
        for name in ("n", "k", "off", "ids", "costs", "pair_off", "B", "W", "_pk", "_L", "_R", "_Wz",
                     "BW", "tri_base", "tri_key", "tri_t", "tri_flat", "tri_delta"):
            if name == "BW":
                part.restyle(part.costs)
            assert np.array_equal(getattr(part, name), getattr(alone, name)), name
        assert (part.tri_lo, part.tri_hi) == (alone.tri_lo, alone.tri_hi)
