"""Vietnamese family names, as written (data only; a leaf module every stage may import).

Why one list: two readers need the family name that opens a person's name, and each kept a list of its own that
drifted apart (the review of session 45): restoration (:mod:`vanban.ocr.restore.person_names`) snaps the family name
legacy OCR stripped of its marks after "Đồng chí" ("Dang Van Lam" → Đặng Văn Lâm); the structure stage
(:mod:`vanban.structure.person_cells`) tells a table column of persons ("Người phụ trách" over "Nguyễn Văn Hùng")
from one of bodies. One knew Giáp and Âu, the other Đào, Phùng, Kim, Khổng and a dozen more. Each reader takes the
form it needs: the folded spellings (:data:`FOLDED`), or the names whose folded spelling no other name here shares
(:func:`by_spelling`, where a spelling must give back one name: "doan" is Đoàn and Doãn, "la" La and Lã — neither
is snapped).

The common family names of Vietnam, the commonest first; no list is complete, and a reader must not take a name
missing here for no name.
"""

from __future__ import annotations

from vanban.text import fold

__all__ = ["FAMILY_NAMES", "FOLDED", "by_spelling"]

#: the family names, lower case, with their marks
FAMILY_NAMES: tuple[str, ...] = tuple((
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trịnh trương lưu lương "
    "mai cao tô tạ thái kiều quách vương tống nông hứa lại giáp lò lục chu hà lâm triệu doãn khúc âu thân "
    "đào châu la lã tăng phùng mạc từ kim giang khổng hầu quan nghiêm văn").split())

#: the family names' folded spellings (:func:`vanban.text.fold`: no marks, đ → d)
FOLDED: frozenset[str] = frozenset(fold(n) for n in FAMILY_NAMES)


def by_spelling() -> dict[str, str]:
    """Folded spelling → the one family name spelt so, for the spellings only one name here has ("dang" → đặng;
    "doan", Đoàn or Doãn, is left out)."""
    names: dict[str, set[str]] = {}
    for n in FAMILY_NAMES:
        names.setdefault(fold(n), set()).add(n)
    return {k: v.pop() for k, v in names.items() if len(v) == 1}
