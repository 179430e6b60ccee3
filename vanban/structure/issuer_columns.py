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

__all__ = ["column_order"]


def column_order(runs: list[tuple[int, int, str]]) -> list[str]:
    """The issuer texts of ``runs`` read column by column (see the module's doc)."""
    by_line: dict[int, list[int]] = {}
    for idx, x, _ in runs:
        by_line.setdefault(idx, []).append(x)
    wide = [sorted(xs) for xs in by_line.values() if len(xs) >= 2]
    if not wide:
        return [t for _, _, t in runs]
    starts = max(wide, key=len)  # the line with the most cells names the columns
    def column(x: int) -> int:
        return min(range(len(starts)), key=lambda k: abs(starts[k] - x))
    return [t for _, _, t in sorted(runs, key=lambda r: column(r[1]))]  # stable: lines keep their order
