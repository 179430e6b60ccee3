"""An indicator table's row that says again a goal the prose set before it: the goal is counted once, from the prose.

Why: a Kế hoạch lists its goals for the year in a "Chỉ tiêu cụ thể" part ("- Phấn đấu có ít nhất 180 hộ thoát nghèo
trong năm.") and then prints them once more in a table "STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2026 | Kế hoạch
năm 2027" ("3 | Số hộ thoát nghèo | Hộ | 214 | ≥ 180"). The labels count each goal once, from the body's sentence
(the table's plan column "repeats the targets"); the row read by :func:`indicator_cells.indicator_cells` is a second
target of the same goal. Legacy OCR and scans print such a table a cell a line; once the stacked reader holds its
rows ('> 85' read as a value, session 28) the restated rows came out as extra targets on the OCR forms (authored27's
targets fell 0.863 → 0.850 legacy, 0.878 → 0.857 scan).

A row restates a prose goal when that goal, read outside the tables and before the row, has the same bounds (min,
max) and unit (folded; the prose may name the counted noun after the cell's counter: "cây xanh", "Cây"), and most of the row's indicator words (:data:`_SHARE` of its distinct folded words) stand in
the goal's sentence: "Tỷ lệ hộ nghèo | % | Dưới 9,5" and "Giảm tỷ lệ hộ nghèo xuống dưới 9,5%". A row whose goal the
prose never stated (or stated with another figure) stays: it is the goal itself. So does every row of an indicator
table in a Phụ lục after the signature ("PHỤ LỤC I / CHỈ TIÊU CHUYỂN ĐỔI SỐ … NĂM 2027 / (Kèm theo Kế hoạch số …)"):
an appended table of indicators, each row with its Đơn vị chủ trì, is labelled row by row though the body named some
of its goals (authored26's a26-04; its authors' notes) — the two sets' labels agree only where the table stands.
So does every row of a table whose rows each name the body in charge of the goal ("Tiêu chí / chỉ tiêu | Hiện trạng
đầu năm 2028 | Chỉ tiêu năm 2028 | Bộ phận phụ trách tiêu chí | Thời gian hoàn thành", a xã's nông thôn mới plan,
t31-10): each row is its own assignment, labelled row by row beside the goal the prose named (tgt32c; its authors'
notes: "a reader could merge them"), as the appended tables are (:func:`charged_tables`).
On the OCR forms the cell's sign may be read as a digit: "≥ 45" as "245" (:func:`_sign_read_as_two`).
Tests: tests/test_restated_indicator_rows.py.
"""

from __future__ import annotations

import re

from vanban.models import Target
from vanban.text import fold

#: a header cell naming the body in charge of each row ("Bộ phận phụ trách tiêu chí", "Đơn vị chủ trì", "Cơ quan thực
#: hiện"; folded) — not "Thực hiện năm 2026" (results) nor "Đơn vị tính" (the unit)
_CHARGE_COL = re.compile(r"(?<![a-z])(?:chu tri|phu trach)(?![a-z])|^(?:bo phan|don vi|co quan)\s+(?:thuc hien|chu tri|phu trach)")


def charged_tables(tables) -> list[tuple[int, int]]:
    """(start, end) of the data tables among ``tables`` whose header names the body in charge of each row
    (:data:`_CHARGE_COL`): their indicator rows stay though the prose named the goal (see the module)."""
    return [(t.start, t.end) for t in tables
            if t.header and any(_CHARGE_COL.search(fold(h).lower().strip(" *.:")) for h in t.header)]


#: share of the row's indicator words (distinct, folded) that the prose goal's sentence must hold: "Số hộ thoát
#: nghèo" against "… ít nhất 180 hộ thoát nghèo …" holds 3 of 4; "Người thuộc hộ nghèo, cận nghèo có thẻ BHYT" against
#: "100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế" 6 of 8
_SHARE = 0.75
_MIN_WORDS = 2  # a one-word indicator ("Dân số") says too little to call a row a restatement


def folded_words(s: str) -> set[str]:
    """The distinct folded words of ``s``, numbers left out."""
    return {w for w in re.findall(r"\w+", fold(s).lower()) if not w.isdigit()}


def _same_unit(prose: str | None, cell: str | None) -> bool:
    """The prose's unit is the unit cell's, or the cell's counter with the noun after it ("cây xanh" for "Cây")."""
    a, b = fold(prose or "").lower().strip(), fold(cell or "").lower().strip()
    return bool(b) and (a == b or a.startswith(b + " "))


def _sign_read_as_two(row: Target, goal: Target) -> bool:
    """The row's exact figure is the goal's floor with a "2" before it: OCR read the cell's "≥ 45" as "245" (a legacy
    page of authored27's a27-04), so the row is the goal's "ít nhất 45 nhà ở" with its sign lost."""
    if row.min is None or row.min != row.max or goal.min is None or goal.max is not None:
        return False
    digits = f"{goal.min:g}".replace(".", ",")
    return f"{row.min:g}".replace(".", ",") == "2" + digits and f"2{digits}" in (row.text or "").replace(" ", "")


def without_restated_rows(rows: list[Target], targets: list[Target], read: list[tuple[int, int]],
                           appendices: list[tuple[int, int]] = ()) -> list[Target]:
    """``rows`` (an indicator table's targets, their spans in ``read``) without those of a table in the body restating
    a goal of ``targets`` that the prose set before them (see the module). ``targets``: the prose grammar's targets,
    those inside ``read`` (its reading of the same cells) not counted as prose. ``appendices``: (start, end) of the
    Phụ lục parts after the signature; their rows all stay."""
    prose = [t for t in targets if t.span and not any(a <= t.span.start < b for a, b in read)]
    out = []
    for r in rows:
        words = folded_words(r.scope or "")
        if r.span and len(words) >= _MIN_WORDS and not any(a <= r.span.start < b for a, b in appendices) and any(
                e.span.start < r.span.start and ((e.min, e.max) == (r.min, r.max) or _sign_read_as_two(r, e))
                and _same_unit(e.unit, r.unit)
                and len(words & folded_words(e.span.sentence or "")) >= _SHARE * len(words)
                for e in prose):
            continue
        out.append(r)
    return out
