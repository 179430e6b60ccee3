"""The date boxes of the deadline pages (``tu_ngay``, ``den_ngay``): a day the page cannot read is said, not hidden.

Why: the pages read a box with the SQL function ``vn_date`` (:func:`vanban.typed_day.typed_day`, as ``vanban search
--from`` reads its day) and fall back to their default range on a day it cannot read — "32/12/2026" or "ngày mai"
gave the next 90 days with no word, and the clerk took them for the range typed (the session-35 newcomer). The page
keeps its default range and says above it which box held what, and the forms a day is written in. The command line
refuses such a day already (:class:`vanban.cli.TypedDay`).
"""

from __future__ import annotations

from vanban.typed_day import typed_day

__all__ = ["DAY_BOXES", "bad_day_note"]

#: the date boxes of the canned queries (metadata.yml) and what the page calls them
DAY_BOXES = {"tu_ngay": "Từ ngày (tu_ngay)", "den_ngay": "Đến ngày (den_ngay)"}
#: the forms a box reads, as the page says them
DAY_FORMS_VI = "20/11/2026 hoặc 2026-11-20 (cũng được 20-11-2026, 20.11.2026)"


def bad_day_note(args) -> str | None:
    """One message naming each box of ``args`` (a request's query string) whose day cannot be read, its value and
    the forms to write; None when every box is empty or readable."""
    bad = [f"{label} “{value.strip()}”" for box, label in DAY_BOXES.items()
           if (value := args.get(box)) and value.strip() and typed_day(value) is None]
    if not bad:
        return None
    return (f"Không đọc được ngày ở {' và '.join(bad)}: viết ngày theo dạng {DAY_FORMS_VI}. "
            "Trang đang hiện khoảng ngày mặc định.")
