"""The date boxes of the deadline pages (``tu_ngay``, ``den_ngay``): a day the page cannot read is said, not hidden,
and a range typed back to front is read the right way round, with a note.

Why: the pages read a box with the SQL function ``vn_date`` (:func:`vanban.typed_day.typed_day`, as ``vanban search
--from`` reads its day) and fall back to their default range on a day it cannot read — "32/12/2026" or "ngày mai"
gave the next 90 days with no word, and the clerk took them for the range typed (the session-35 newcomer). The page
keeps its default range and says above it which box held what and why it is no day, in the words the command line
uses (:func:`vanban.typed_day.day_fault`: the forms to write, or "tháng 2/2027 chỉ có 28 ngày" for a day the
calendar lacks, which the form is right for).

A range whose Từ ngày falls after its Đến ngày (the session-36 newcomer: no word, and an empty page) is swapped, and
the page says so: both days were typed, so the range the clerk means is not in doubt, only the boxes were; an empty
page would read as "no deadlines in that time"; and the calendar feed (``lich_han.ics``) can carry no message, so an
empty feed would silently empty a subscribed calendar. The SQL reads the ends through ``vn_range_from`` /
``vn_range_to`` (:func:`range_from`, :func:`range_to`). The command line, where a script gives the days, refuses such
a range instead (``vanban search``: "--from … is later than --to …").
"""

from __future__ import annotations

from vanban.typed_day import day_fault, typed_day

__all__ = ["DAY_BOXES", "bad_day_note", "bad_day_refusal", "range_from", "range_to", "swapped_range_note"]

#: the date boxes of the canned queries (metadata.yml) and what the page calls them
DAY_BOXES = {"tu_ngay": "Từ ngày (tu_ngay)", "den_ngay": "Đến ngày (den_ngay)"}


def _bad_boxes(args) -> list[str]:
    """"<box> “<value>”: <why>" for each box of ``args`` (a request's query string) that holds no day."""
    return [f"{label} “{value.strip()}”: {fault.vi}" for box, label in DAY_BOXES.items()
            if (value := args.get(box)) and value.strip() and (fault := day_fault(value)) is not None]


def bad_day_note(args) -> str | None:
    """One message naming each box of ``args`` (a request's query string) that holds no day, its value and why
    (the forms to write, or the day the calendar lacks); None when every box is empty or readable."""
    bad = _bad_boxes(args)
    if not bad:
        return None
    return f"Không đọc được ngày ở {'; '.join(bad)}. Trang đang hiện khoảng ngày mặc định."


def bad_day_refusal(args) -> str | None:
    """The calendar feed's refusal of a day it cannot read (``lich_han.ics?tu_ngay=xx``, the session-49 newcomer):
    a feed carries no message, and its default range would pass for the range typed, so the feed is refused (400)
    with the page's words; None when every box is empty or readable."""
    bad = _bad_boxes(args)
    if not bad:
        return None
    return f"Không đọc được ngày ở {'; '.join(bad)}. Không tạo lịch: hãy sửa ngày rồi tải lại.\n"


def _ends(tu: object, den: object) -> tuple[str | None, str | None]:
    """The range's two ISO ends as read from the boxes (None for an empty or unreadable box), in calendar order
    when both are read."""
    start, end = typed_day(tu), typed_day(den)
    return (end, start) if start and end and start > end else (start, end)


def range_from(tu: object, den: object) -> str | None:
    """The range's first day: the earlier of the two boxes when both hold a day, else the Từ ngày box's day."""
    return _ends(tu, den)[0]


def range_to(tu: object, den: object) -> str | None:
    """The range's last day: the later of the two boxes when both hold a day, else the Đến ngày box's day."""
    return _ends(tu, den)[1]


def _vn(iso: str) -> str:
    return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"


def swapped_range_note(args) -> str | None:
    """"Từ ngày … sau Đến ngày …: trang hiện …" when ``args``' two boxes hold days back to front; else None."""
    start, end = typed_day(args.get("tu_ngay")), typed_day(args.get("den_ngay"))
    if not (start and end and start > end):
        return None
    return (f"Từ ngày “{args['tu_ngay'].strip()}” sau Đến ngày “{args['den_ngay'].strip()}”: trang hiện khoảng từ "
            f"{_vn(end)} đến {_vn(start)} (đã đổi chỗ hai ngày).")
