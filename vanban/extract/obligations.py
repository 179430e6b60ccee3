"""Obligations: who must do what, by when — read from the Structure's parts.

One obligation per body per assignment block (the labelled real documents'
convention, ``realdocs/labeled/README.md``):

* an item whose heading names a body ("2. Sở Khoa học và Công nghệ") with its
  tasks in the text or sub-items below: one obligation, the tasks its what;
* an item that opens with "Giao …" / "Đề nghị …" / "Yêu cầu …" or with a body
  that acts ("Công an tỉnh chủ trì …"): one obligation; a heading that ends
  in ":" hands its bodies to the bullets below as their tasks;
* a task table (body or appendix) with a column Đơn vị chủ trì / thực hiện:
  one obligation per row, deadline from its Thời gian / Thời hạn cell;
* prose paragraphs: sentences opening with an assignment cue or an acting body.

The topic before an item's colon ("1. Giảm tối đa số trẻ bị bỏ rơi mới:") is
not a body; parts that report results or state aims are skipped; closing
formulas ("… tổ chức thực hiện nghiêm túc Kế hoạch này") are not obligations;
the issuer speaking of itself ("Sở sẽ …") is named by its full name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.deadlines import find_deadlines, first_verb, split_actor, split_subject
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.sections import Layout, SpanSet
from vanban.models import Deadline, Obligation, Part, Span, Structure, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["find_obligations"]

_CUE = re.compile(r"^(?:giao|[dpb]e ngh[il1]|y[e¢]u c[a4]u|ph[a4]n c[o06]ng)\s+")
_SKIP_HEAD = re.compile(r"m[uw]c [dpb]ich|m[uw]c ti[e¢]u|y[e¢]u c[a4]u$|k[e¢]t qu[a4]|[dpb][a4]nh gi[a4]|t[il1]nh h[il1]nh"
                        r"|quan [dpb]i[e¢]m|ch[il1] ti[e¢]u|ph[a4]m vi|[dpb][o06]i t[uw][o06]?ng|gi[a4]i th[il1]ch")
_CLOSING = re.compile(r"(?:thuc hien|trien khai) (?:nghiem tuc|nghiem|tot|co hieu qua)[^.;]{0,40}(?:ke hoach|chi thi|quyet dinh|"
                      r"cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet) nay|chiu trach nhiem thi hanh"
                      r"|(?:ke hoach|chi thi|quyet dinh|thong bao) nay co hieu luc")
_FUTURE = re.compile(r"^(?:se|sẽ)\s")
_MAX_WHAT = 400


def _body_name(text: str) -> str | None:
    """The body a heading names, or None ("Sở Nội vụ" yes, "Giảm tối đa …" no)."""
    t = clean_quote(re.sub(r"\s*\([^()]*\)\s*$", "", text)).rstrip(" :.")
    t = re.sub(r"^(?:Giao|Đề nghị|Yêu cầu|Phân công)\s+", "", t)
    if not t or len(t.split()) > 30 or re.search(r"\d{3,}", t):
        return None
    v = Folded.of(t).view
    if not P.ORG_HEAD_RE.match(v) or P.NOT_ORG_RE.match(v) or first_verb(v) is not None:
        return None
    if v.startswith("so ") and not t.split()[1][:1].isupper():
        return None
    return t


def _self(who: str, issuer: str | None) -> str:
    """'Sở', 'Văn phòng' for the issuer speaking of itself → its full name."""
    if issuer and fold(who) in ("so", "van phong", "cuc", "bo", "uy ban", "ban", "ubnd tinh", "uy ban nhan dan tinh"):
        if fold(issuer).startswith(fold(who).split()[0]):
            return issuer
    return who


def _task(text: str) -> str:
    """A task as its verb phrase: parentheses, dates and the closing full stop dropped."""
    t = re.sub(r"\([^()]*\)", " ", text)
    t = re.sub(r"[,;]?\s*(?:trước|chậm nhất|hoàn thành|xong)\s+(?:trong\s+)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?", "", t)
    t = clean_quote(t).rstrip(".")
    return t[:_MAX_WHAT]


class _Reader:
    def __init__(self, f: Folded, st: Structure, lay: Layout, deadlines: list[Deadline],
                 targets: list[Target], ref: dt.date | None) -> None:
        self.f, self.st, self.deadlines, self.targets, self.ref = f, st, deadlines, targets, ref
        self.skip = SpanSet(lay.results)
        self.out: list[Obligation] = []

    # --- helpers ---------------------------------------------------------------
    def text(self, a: int, b: int) -> str:
        return self.f.original[a:b]

    def own(self, p: Part) -> tuple[int, int]:
        """Offsets of the item's own text (after its label, before its first child)."""
        s = p.start
        if p.label:
            i = self.f.original.find(p.label, p.start, p.end)
            s = i + len(p.label) if i >= 0 else p.start
        e = p.children[0].start if p.children else p.end
        return s, e

    def deadline_in(self, a: int, b: int, who: str | None) -> Deadline | None:
        ds = [d for d in self.deadlines if d.span and a <= d.span.start < b]
        if not ds:
            return None
        best = min(ds, key=lambda d: d.latest or d.date or d.earliest or "9999")
        return replace(best, who=best.who or who)

    def add(self, who: str | None, what: str, a: int, b: int, deadline: Deadline | None = None) -> None:
        if not who or not what.strip():
            return
        if _CLOSING.search(fold(what)) or _FUTURE.match(fold(what)):
            return
        who = _self(clean_quote(who), self.st.header.issuer)
        dl = deadline or self.deadline_in(a, b, who)
        tgs = tuple(t for t in self.targets if t.span and a <= t.span.start < b)
        self.out.append(Obligation(who=who, what=_task(what), deadline=dl, targets=tgs,
                                   span=Span(a, b, clean_quote(self.text(a, b))[:1000])))

    def tasks_below(self, p: Part) -> str:
        parts = [clean_quote(self.text(*self.own(c))) for c in p.children]
        return "; ".join(x for x in parts if x)

    # --- parts -----------------------------------------------------------------
    def part(self, p: Part, inherited: str | None = None) -> None:
        if self.skip.covers(p.start):
            return
        if p.kind == "paragraph":
            self.sentences(p.start, p.end)
            return
        s, e = self.own(p)
        own = clean_quote(self.text(s, e))
        if p.heading and _SKIP_HEAD.search(Folded.of(p.heading).view) and p.level <= 4:
            return
        # a heading naming a body, its tasks below
        if p.heading:
            who = _body_name(p.heading)
            if who:
                rest = own[len(p.heading):].strip(" :.") if own.startswith(p.heading) else ""
                what = "; ".join(x for x in (rest, self.tasks_below(p)) if x)
                if not what and not p.children:
                    rest_all = clean_quote(self.text(s, p.end))
                    what = rest_all[len(p.heading):].strip(" :.")
                self.add(who, what or own, p.start, p.end)
                return
        v = Folded.of(own).view
        cue = _CUE.match(v)
        if cue:
            who, what = split_subject(own[cue.end():])
            if who is None:
                # "Đề nghị các bộ, ngành …:" heading over bullets
                name = _body_name(own[cue.end():])
                if name and p.children:
                    self.add(name, self.tasks_below(p), p.start, p.end)
                    return
            elif what:
                tasks = "; ".join(x for x in (what, self.tasks_below(p)) if x)
                self.add(who, tasks, p.start, p.end)
                return
        who, what = split_actor(own)
        if who and what:
            self.add(who, "; ".join(x for x in (what, self.tasks_below(p)) if x), p.start, p.end)
            return
        if ":" in own[:160]:
            head = own[:own.index(":")]
            name = _body_name(head)
            if name:
                self.add(name, own[own.index(":") + 1:], p.start, p.end)
                return
        if inherited and own and not p.children:
            self.add(inherited, own, p.start, p.end)
            return
        for c in p.children:
            self.part(c, inherited)

    def sentences(self, a: int, b: int) -> None:
        text = self.text(a, b)
        pos = 0
        for m in list(re.finditer(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ])|\n\s*\n", text)) + [None]:
            end = m.start() if m else len(text)
            sent = text[pos:end]
            lead = len(sent) - len(sent.lstrip())
            s0 = a + pos + lead
            sent = clean_quote(sent)
            v = Folded.of(sent).view
            cue = _CUE.match(v)
            if cue:
                who, what = split_subject(sent[cue.end():])
                if who and what:
                    self.add(who, what, s0, a + end)
            else:
                who, what = split_actor(sent)
                if who and what and len(who.split()) <= 15:
                    self.add(who, what, s0, a + end)
            pos = m.end() if m else len(text)

    def table(self, t: Table) -> None:
        head = [fold(h) for h in t.header]
        body_col = next((i for i, h in enumerate(head) if V.TASK_BODY_COL.search(h) and not V.TASK_WITH_COL.search(h)
                         and not V.TASK_DUE_COL.search(h)), None)
        due_col = next((i for i, h in enumerate(head) if V.TASK_DUE_COL.search(h)), None)
        what_col = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h)), None)
        if body_col is None:
            return
        for row in t.rows[1:]:
            if body_col >= len(row) or len(row) < len(head) - 1:
                continue
            cell = row[body_col]
            if not cell.text.strip():
                continue
            what = row[what_col].text if what_col is not None and what_col < len(row) else ""
            dl = None
            if due_col is not None and due_col < len(row):
                dc = row[due_col]
                found = find_deadlines(self.f, dc.start, dc.end, self.ref, [])
                if found:
                    dl = replace(min(found, key=lambda d: d.latest or d.date or "9999"), who=cell.text)
            self.add(cell.text, what or cell.text, row[0].start, row[-1].end, dl or None)


def find_obligations(f: Folded, st: Structure, lay: Layout, deadlines: list[Deadline], targets: list[Target],
                     ref: dt.date | None = None) -> list[Obligation]:
    """Obligations of one document, in text order (see the module docstring)."""
    r = _Reader(f, st, lay, deadlines, targets, ref)
    for p in st.body:
        r.part(p)
    for app in st.appendices:
        for p in app.children:
            r.part(p)
    for t in st.tables:
        if t.role == "data" and t.header:
            r.table(t)
    seen = set()
    out = []
    for ob in sorted(r.out, key=lambda o: o.span.start if o.span else 0):
        k = (fold(ob.who or ""), ob.span.start if ob.span else 0)
        if k not in seen:
            seen.add(k)
            out.append(ob)
    return out
