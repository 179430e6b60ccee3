"""Issuer lines of a header whose issuers stand side by side, put in column order.

Why: a joint document (văn bản liên tịch) may print its bodies in cells side by side above or beside the motto;
pasted as plain text each line holds a line of every cell, apart by spaces or a tab:

    ỦY BAN MTTQ VIỆT NAM          SỞ Y TẾ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH AN BÌNH                  TỈNH AN BÌNH               Độc lập - Tự do - Hạnh phúc

Read line by line the bodies interleave ("ỦY BAN MTTQ VIỆT NAM" / "SỞ Y TẾ" / "TỈNH AN BÌNH" / "TỈNH AN BÌNH": the
issuer "ỦY BAN MTTQ VIỆT NAM; SỞ Y TẾ TỈNH AN BÌNH TỈNH AN BÌNH", session 29's end newcomer). Here, when a line holds
two issuer runs or more, every issuer run is given the column whose start it sits nearest to (the runs' starts on
such lines) and the lines are read column by column, left first — each column's lines one body's name.

Input: ``runs``, one (line index, x, text) per issuer run in reading order, x its start in characters from its line's
start. Output: the texts in column order (unchanged when no line holds two issuer runs).
"""

from __future__ import annotations

__all__ = ["column_groups", "column_order"]


def _columns(runs: list[tuple[int, int, str]]) -> list[int] | None:
    """Each run's column (0 the leftmost), None when no line holds two issuer runs."""
    by_line: dict[int, list[int]] = {}
    for idx, x, _ in runs:
        by_line.setdefault(idx, []).append(x)
    wide = [sorted(xs) for xs in by_line.values() if len(xs) >= 2]
    if not wide:
        return None
    starts = max(wide, key=len)  # the line with the most cells names the columns
    return [min(range(len(starts)), key=lambda k: abs(starts[k] - x)) for _, x, _ in runs]


def column_order(runs: list[tuple[int, int, str]]) -> list[str]:
    """The issuer texts of ``runs`` read column by column (see the module's doc)."""
    cols = _columns(runs)
    if cols is None:
        return [t for _, _, t in runs]
    return [t for _, (_, _, t) in sorted(zip(cols, runs), key=lambda p: p[0])]  # stable: lines keep their order


def column_groups(runs: list[tuple[int, int, str]]) -> list[list[str]]:
    """The issuer texts of ``runs`` per column, left first — one body's cell each ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" /
    "PHÒNG GIAO DỊCH HUYỆN X" in the right column is one body, not two); [] when no line holds two issuer runs."""
    cols = _columns(runs)
    if cols is None:
        return []
    out: list[list[str]] = [[] for _ in range(max(cols) + 1)]
    for c, (_, _, t) in zip(cols, runs):
        out[c].append(t)
    return [g for g in out if g]
