"""The meeting a Giấy mời invites to, as a dated item: when, what, who is invited.

Why: a Giấy mời states no deadline with a due word; its one dated fact is the meeting: "Họp giao ban công tác tháng
12 năm 2026 / Ủy ban nhân dân xã … trân trọng kính mời: - Đồng chí Trưởng Công an xã; … / Thời gian: 08 giờ 00
phút, thứ Hai, ngày 07 tháng 12 năm 2026. / Địa điểm: Hội trường tầng 2, …" (a newcomer's Giấy mời, session 15).
vanban read no date there (nothing on the calendar, nothing in han_sap_toi) and took "Trưởng các thôn. Thời gian"
for a body. The meeting becomes a deadline-like event: its day from the "Thời gian:" line, its task "dự" the
meeting the trích yếu names (and where, from "Địa điểm:"), its who the invitees (the structure's addressees, read
after "kính mời:" / "Thành phần:").
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract.dates import find_dates
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.hours import hour_after, hour_before
from vanban.models import Deadline, Span, Structure

# the meeting's time and place lines (folded): "Thời gian: …", "Địa điểm: …"
_TIME_LINE = re.compile(r"(?m)^[ \t*\-+•]*thoi gian(?: hop| to chuc)?\s*:")
_PLACE_LINE = re.compile(r"(?m)^[ \t*\-+•]*dia diem(?: hop| to chuc)?\s*:")
# a trích yếu that already opens with the verb of attending ("Dự hội nghị …") or names a meeting ("Họp …", "Hội nghị …")
_ATTEND = re.compile(r"^(?:du|tham du)\s")


def with_invitation_meeting(deadlines: list[Deadline], text: str, st: Structure, doc_type: str | None,
                            ref: dt.date | None) -> list[Deadline]:
    """``deadlines`` with a Giấy mời's meeting (:func:`invitation_meeting`) in place of the bare date the deadline
    reader may have taken from its "Thời gian:" line (no task, no body)."""
    meeting = invitation_meeting(text, st, doc_type, ref)
    if not meeting:
        return deadlines
    line = meeting[0].span
    line_start = text.rfind("\n", 0, line.start) + 1
    line_end = text.find("\n", line.end)
    line_end = len(text) if line_end < 0 else line_end
    return [d for d in deadlines if not (d.span and line_start <= d.span.start < line_end)] + meeting


def invitation_meeting(text: str, st: Structure, doc_type: str | None, ref: dt.date | None) -> list[Deadline]:
    """The meeting of a Giấy mời as one deadline (its day, "dự <trích yếu>", the invitees); [] for other documents
    or when no "Thời gian:" line gives a day."""
    if (doc_type or "") != "Giấy mời":
        return []
    f = Folded.of(text)
    tm = _TIME_LINE.search(f.view)
    if not tm:
        return []
    line_end = f.view.find("\n", tm.end())
    line_end = len(f.view) if line_end < 0 else line_end
    hits = [h for h in find_dates(f.view[:line_end], ref) if h.start >= tm.end() and (h.date or h.latest)]
    if not hits:
        return []
    h = hits[0]
    when = clean_quote(text[tm.end():line_end]).strip(" .;")
    title = (st.title or "").strip()
    what = title[:1].lower() + title[1:] if title else "họp"
    what = what if _ATTEND.match(Folded.of(what).view) else "dự " + what
    pm = _PLACE_LINE.search(f.view, line_end)
    if pm:
        pend = f.view.find("\n", pm.end())
        place = clean_quote(text[pm.end():len(text) if pend < 0 else pend]).strip(" .;")
        if place:
            what += f" tại {place}"
    time_of_day = re.match(r"\s*(\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?)", text[tm.end():line_end])
    if time_of_day:
        what += f", lúc {time_of_day.group(1).strip()}"
    invitees = [clean_quote(text[p.start:p.end]).strip().lstrip("-–+•* ").rstrip(" ;.,") for p in st.addressees]
    who = "; ".join(x for x in invitees if x) or None
    due = h.date or h.latest
    return [Deadline(text=when, date=h.date, earliest=h.earliest, latest=h.latest,
                     what=what, who=who, span=Span(h.start, h.end, clean_quote(text[tm.start():line_end]).strip()),
                     past=bool(ref and due and due < ref.isoformat()),
                     time=(hour_before(f.view, h.start, tm.end()) or hour_after(f.view, h.end, line_end)) if h.date else None)]
