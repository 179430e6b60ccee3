"""A checklist row the obligation reader joined from several bullets of one item, as one row per bullet.

Why: "1. Yêu cầu các chi, đảng bộ trực thuộc, Mặt trận, …⏎- Tổ chức quán triệt xây dựng kế hoạch …⏎- Mỗi cơ quan,
đơn vị, địa phương mỗi năm xây dựng ít nhất từ 01 đến 02 mô hình …" is one obligation of one body whose task joins
the bullets with "; " (what the bench scores); a clerk ticks each bullet, and the checklist gave them one row (the
seed plan 000's III.1, session 29). Read from the outline's parts (:class:`vanban.export.plan_places.PlanPlaces`):
a row is split only where two or more bullets of the outline lie inside its place and its task text holds each
bullet's opening words; a dated row is split only when its date is written in exactly one of its bullets, whose row
alone keeps it (:func:`_dated_bullet`), else left as it is.

Shapes: :func:`bullet_rows` takes and gives ``ChecklistItem`` rows (each new row: the bullet's offsets, its own
text as source, the row's body, partners; the targets whose figures it holds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vanban.export.plan_places import PlanPlaces
from vanban.text import fold_flat

__all__ = ["BULLET_LABEL_RE", "OPENING_WORDS", "bullet_rows"]

#: the label of a bullet or a lettered sub-item: "-", "+", "•", "a)", "đ)"
BULLET_LABEL_RE = re.compile(r"^\s*(?:[-–—+•*▪◦]|[a-zđ]\))\s*$")
#: the label of a numbered item ("2.", "3)"): the items a lead-in charges one body with, read by the obligation
#: reader as one row of that body (the labels README: one entry per body per assignment block)
NUMBERED_LABEL_RE = re.compile(r"^\s*\d{1,2}[.)]\s*$")
#: a bullet's first words looked for in the row's task text (fewer: the bullet is too short to be told apart)
OPENING_WORDS = 4
#: a piece of the task text shorter than this many words is no task of its own (left with the piece before it)
MIN_WORDS = 4
_LABEL = re.compile(r"[ \t]*(?:[-–—+•*▪◦]|[a-zđ]\)|\d{1,2}[.)])[ \t]+")


def _bullets(parts: Sequence[dict], label: re.Pattern = BULLET_LABEL_RE) -> list[dict]:
    out: list[dict] = []
    for p in parts:
        if label.match(p.get("label") or "") and p.get("end", 0) > p.get("start", 0):
            out.append(p)
        out += _bullets(p.get("children") or [], label)
    return out


def _own_text(text: str, b: dict) -> str:
    raw = text[b["start"]:b["end"]]
    if m := _LABEL.match(raw):
        raw = raw[m.end():]
    return " ".join(raw.split())


def _outer(bullets: list[dict]) -> list[dict]:
    """``bullets`` less those lying inside another of them (a "- 2030, …" line break read as a bullet of item e)."""
    return [b for b in bullets
            if not any(o is not b and o["start"] <= b["start"] and b["end"] <= o["end"] for o in bullets)]


def _piece_partners(it, piece: str) -> str | None:
    """A piece's đơn vị phối hợp. The row's partners read from its text ("Chủ trì, phối hợp với Sở Giáo dục …") are
    the partners of the bullet naming them, not of its neighbours ("- Phối hợp Sở Khoa học và Công nghệ phát động …"
    had Sở Giáo dục: the newcomer of session 29, 179-KH-UBND VI.11): a piece takes the partners it names at its opening
    (:func:`vanban.extract.partners.partners_in`), else the row's if it names them, else none. Partners the task text
    does not name (a table's column) stay on every piece."""
    from vanban.extract.partners import partners_in

    if not it.partners:
        return partners_in(piece)
    if fold_flat(it.partners) not in fold_flat(it.what or ""):
        return it.partners
    return partners_in(piece) or (it.partners if fold_flat(it.partners) in fold_flat(piece) else None)


#: a bullet's report cycle in brackets, its last words: "… báo cáo UBND tỉnh tình hình thực hiện Kế hoạch (định kỳ hằng
#: năm)" (what is in them is a cycle only if :func:`vanban.extract.recurrence.cycle_rule` reads it so)
_BRACKETED = re.compile(r"\(([^()]{3,40})\)[\s.;,]*$")


def _own_cycle(it, source: str, today):
    """``it`` given the report cycle its bullet closes on in brackets, when it has no time of its own: its Hạn is the
    cycle as written, next due at the end of the period it is next reported for (as the checklist dates a cycle named
    without its day). Why: 179-KH-UBND VI.1.a "(định kỳ hằng năm)" gave its row no Hạn (the newcomer of session 29);
    the obligation reader had joined the bullets, whose text lost the brackets."""
    import datetime as dt

    from vanban.extract.recurrence import cycle_rule, first_on_or_after

    m = _BRACKETED.search(source)
    if it.deadline or it.date or it.latest or not m or not (rule := cycle_rule(m.group(1))):
        return it
    day = today or dt.date.today()
    nxt = first_on_or_after(rule, day, day)
    said = " ".join(m.group(1).split())
    return replace(it, deadline=said[0].upper() + said[1:], next_due=nxt.isoformat() if nxt else None)


def _closed_lead(it, first: dict, text: str) -> tuple[int, str] | None:
    """The item's own text before its first bullet when it is a task sentence closed by its stop ("1. Các cơ quan, đơn
    vị … xây dựng kế hoạch triển khai … năm 2025." / "- Giới thiệu điển hình …" / "- Khen thưởng …", 0124-KH-UBND IV.1):
    its end and text. A lead-in that opens the bullets with a colon ("Sở Y tế thực hiện các nhiệm vụ sau:") is no task
    of its own: None."""
    raw = " ".join(text[it.start:first["start"]].split()).rstrip(" *")
    return (first["start"], raw) if raw.endswith(".") and ":" not in raw[-3:] else None


def _title_only(it, first: dict, text: str, head: str) -> bool:
    """The row's text before its first bullet is only the item's title, its line with no stop ("**2. Tiêm phòng vắc
    xin**" over "- Tổ chức tiêm phòng …" / "- Lập sổ theo dõi …" and the block's "Đơn vị thực hiện:" line)."""
    raw = " ".join(text[it.start:first["start"]].split()).strip(" *")
    raw = _ITEM_LABEL.sub("", raw).strip(" *:")
    return bool(head) and not raw.endswith(".") and fold_flat(raw) == fold_flat(head)


_ITEM_LABEL = re.compile(r"^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*")


def _time_beside(it, bullets: list[dict], text: str) -> bool:
    """The row's undated time ("Thường xuyên", "Hằng năm") is written beside its bullets, in none of them: the block's
    "Thời gian thực hiện: Thường xuyên." line under its unit lines (141-KH-UBND III.3), the time of every bullet —
    each bullet's row keeps it. A time written in one bullet ("…, gửi Sở Tư pháp trong thời hạn 07 ngày …") is that
    bullet's alone: the row stays as read."""
    if it.start is None or it.end is None or not it.deadline:
        return False
    said = fold_flat(it.deadline)
    inside = [b for b in bullets if it.start <= b["start"] < it.end]
    return bool(inside) and not any(said in fold_flat(_own_text(text, b)) for b in inside)


def _dated_bullet(it, bullets: list[dict], text: str) -> dict | None:
    """The one bullet of the row's place its deadline is written in, when the row is dated and its date is written in
    exactly one bullet: "2. Các bộ, ngành, địa phương có trách nhiệm:" over eight bullets, the second "Xây dựng, ban
    hành Kế hoạch hành động … trước ngày 31 tháng 12 năm 2025" (2629/QĐ-TTg, the newcomer of session 53). Why: the
    obligation reader joins the block's bullets into one task (one obligation per body per block, as the labels count)
    dated by that bullet; the checklist gave the eight tasks one row of 2,387 characters, every one of them "due"
    31/12/2025. Each bullet is a row, the date the row of the bullet it is written in."""
    if it.start is None or it.end is None or not it.deadline or not (it.date or it.latest):
        return None
    said = fold_flat(" ".join(it.deadline.split()))
    holding = [b for b in _outer([b for b in bullets if it.start <= b["start"] < it.end])
               if said in fold_flat(_own_text(text, b))]
    return holding[0] if len(holding) == 1 else None


#: the fields of a checklist row that say when it is due: a bullet its row's date is not written in has none
_UNDATED = {"deadline": None, "date": None, "earliest": None, "latest": None, "recurrence": None, "next_due": None,
            "past": False, "time": None}


def _wrapped_range(b: dict, bullets: list[dict], text: str) -> bool:
    """``b`` holds a "bullet" that is the line break of a number range ("2026⏎- 2030, …"): its text opens with a
    figure."""
    return any(o is not b and b["start"] < o["start"] < b["end"] and re.match(r"\d", _own_text(text, o))
               for o in bullets)


#: a target's figure as its Chỉ tiêu writes it first ("> 8%", "1,5%", "≥ 2 đợt")
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _holds_figure(piece: str, target: str) -> bool:
    """``piece`` writes ``target``'s figure as a number of its own (leading zeros aside: "02 đợt" for "≥ 2 đợt"), not
    as the digits of another one: item 1 of 229/CĐ-TTg cites "Nghị quyết số 380/NQ-CP", whose "8" took item 2's "trên
    8%" (the newcomer of session 53)."""
    m = _FIGURE_RE.search(target)
    if not m:
        return False
    own = re.compile(r"(?<![\d.,/])0*" + re.escape(re.sub(r"^0+(?=\d)", "", m.group(0))) + r"(?!\d|[.,]\d)")
    return own.search(piece) is not None


def _split_one(it, bullets: list[dict], text: str, today=None, dated: dict | None = None) -> list:
    """``it`` as one row per bullet of its place its task text holds (the module's doc); ``dated``: the bullet the
    row's date is written in (:func:`_dated_bullet`), whose row alone keeps it — the row is kept whole when that
    bullet is none of the pieces."""
    what = " ".join((it.what or "").split())
    view = fold_flat(what)  # fold keeps the length: offsets in ``view`` are offsets in ``what``
    cuts: list[tuple[int, dict]] = []
    since = 0
    inside = sorted((b for b in bullets if it.start <= b["start"] < it.end), key=lambda b: b["start"])
    for b in inside:
        words = fold_flat(_own_text(text, b)).split()[:OPENING_WORDS]
        if len(words) < OPENING_WORDS:
            continue
        # the bullet's words where a task of the row starts (its head, or after a "; " / ". "), after the last cut
        m = re.compile(r"(?:^|(?<=[;.] ))" + re.escape(" ".join(words))).search(view, since)
        if m and any(c["start"] <= b["start"] and b["end"] <= c["end"] for _, c in cuts):
            # "- Nghị định quy định chi tiết một số điều Luật …" over its "+ Nội dung: …", "+ Cơ quan chủ trì: …", "+
            # Thời hạn ban hành: …" (2623/QĐ-TTg II.5): a bullet inside a bullet already cut is a field of that task,
            # no task of its own — cut there, the title row kept the date and was struck as a heading, its content
            # row left undated
            continue
        if m:
            cuts.append((m.start(), b))
            since = m.end()
    # a task text the reader cut short ("… theo từng ngành, lĩnh vực …"): the bullets of the row's place after the
    # last one found are rows of their own text (179-KH-UBND VI.1.đ–g had none: the newcomer of session 29)
    cut_short = what.endswith("…") and bool(cuts)
    after = [b for b in _outer(inside) if b["start"] >= cuts[-1][1]["end"]] if cut_short else []
    if len(cuts) + len(after) < 2:
        return [it]
    bounds = [c for c, _ in cuts[1:]] + [len(what)]
    pieces = [(what[c:e].strip(" ;,."), b) for (c, b), e in zip(cuts, bounds)]
    if cut_short:  # the piece the cut fell in, and the bullets after it: as the outline reads them
        pieces[-1] = (_own_text(text, pieces[-1][1]).strip(" ;,."), pieces[-1][1])
        pieces += [(_own_text(text, b).strip(" ;,."), b) for b in after]
    # a bullet holding a wrapped number range's second half read as a bullet ("… giai đoạn 2026⏎- 2030, tập trung
    # vào …", 179-KH-UBND VI.1.e): the reader dropped that line, the outline's own text keeps it
    pieces = [(_own_text(text, b).strip(" ;,.") if _wrapped_range(b, inside, text) else p, b) for p, b in pieces]
    head = what[:cuts[0][0]].strip(" ;,.")
    if _title_only(it, cuts[0][1], text, head):
        head = ""  # "2. Tiêm phòng vắc xin" over its bullets: the item's title, no task of its own
    lead = _closed_lead(it, cuts[0][1], text) if len(head.split()) >= MIN_WORDS else None
    if (len(head.split()) >= MIN_WORDS and lead is None) or any(len(p.split()) < MIN_WORDS for p, _ in pieces):
        return [it]  # the task holds more than its bullets, or a bullet's piece is no task: as read
    def within(b: dict) -> bool:
        return dated is not None and b["start"] <= dated["start"] and dated["end"] <= b["end"]

    if dated is not None and not any(within(b) for _, b in pieces):
        return [it]  # the bullet the date is written in is not told apart: as read
    undated = _UNDATED if dated is not None else {}
    targets = [t for t in (it.targets or "").split("; ") if t]
    out = []
    if lead is not None:  # the item's own task sentence before its bullets: a row of its own, first
        out.append(replace(it, what=head, end=lead[0], source=lead[1], targets=None,
                           partners=_piece_partners(it, head), **undated))
    for k, (piece, b) in enumerate(pieces):
        own = [t for t in targets if _holds_figure(piece, t)]
        if k == 0:
            own += [t for t in targets if not any(_holds_figure(p, t) for p, _ in pieces)]
        row = replace(it, what=piece, start=b["start"], end=b["end"], source=_own_text(text, b),
                      targets="; ".join(own) or None, partners=_piece_partners(it, piece),
                      **({} if within(b) else undated))
        out.append(_own_cycle(row, row.source, today))
    return out


def bullet_rows(items: Sequence, places: PlanPlaces | None, today=None) -> list:
    """``items`` with each undated row whose task text holds the openings of two or more bullets inside its place
    given as one row per bullet, in the bullets' order (see the module's doc), each with the report cycle its bullet
    closes on in brackets (``today``: the day the next period is counted from, None: the clock's); every other row
    as it is."""
    if places is None or not places.text or not places.parts:
        return list(items)
    # the numbered items first (a lead-in's body given items 2–8 as one row: a row per item), then their bullets
    out = _per_part(items, _bullets(places.parts, NUMBERED_LABEL_RE), places, today)
    return _per_part(out, _bullets(places.parts), places, today)


def _per_part(items: Sequence, bullets: list[dict], places: PlanPlaces, today=None) -> list:
    """``items`` with each undated row holding two or more of ``bullets`` split (:func:`_split_one`), and each dated
    one whose date is written in one of them (:func:`_dated_bullet`)."""
    if not bullets:
        return list(items)
    out: list = []
    for it in items:
        undated = it.date is None and it.latest is None and (it.deadline is None or _time_beside(it, bullets, places.text))
        dated = None if undated else _dated_bullet(it, bullets, places.text)
        if (undated or dated is not None) and it.start is not None and it.end is not None and it.what:
            out += _split_one(it, bullets, places.text, today, dated)
        else:
            out.append(it)
    return out
