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

import bisect
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
_CUE_ANY = re.compile(r"(?<![a-z])(?:giao|[dpb]e ngh[il1]|y[e¢]u c[a4]u)\s+")
_SENT_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ])|\n\s*\n|(?<=[;,])\s+(?=(?:giao|đề nghị|yêu cầu)\s+[A-ZĐÀ-Ỹ])")
_KEEP_HEAD = re.compile(r"n[o06]i dung|nh[il1]e?m v[uw]|gi[a4]i ph[a4]p|th[uw]c h[il1][e¢]n|ph[a4]n c[o06]ng")
# task verbs the shared verb list lacks; a body name never contains them
_MORE_VERBS = re.compile(r"(?<![a-z])(?:xu ly|cu the hoa|ra soat|sua doi|bo sung|de xuat|kiem soat|dieu tra|cung cap|"
                         r"bao dam|dam bao|phoi hop|thuc hien|trien khai|kien toan|nang cao|ra mat|ung dung|tap trung|"
                         r"thuc thi|xem xet|quyet dinh|phe duyet|trao doi|hiep y|tong hop)(?![a-z])")
# heads of a body's or role's name the shared list lacks; "các tổ chức, cá nhân" is a body, not a verb
_MORE_HEADS = re.compile(r"(?:giam doc|thu truong|nguoi dung dau|lanh dao|chanh van phong|tong giam doc|cac to chuc)\b")
_ORG_NOUNS = re.compile(r"(?<=cac )to chuc(?=,| va| ca nhan)")
_NOT_BODY = re.compile(r"(?:bo nhiem|ban giao|ban hanh|so sanh|so lieu|cac buoc|buoc|(?:cac )?(?:chuong trinh|du an|de an"
                       r"|chinh sach|hoat dong|van de|ket qua|bao cao|ke hoach|van ban|to trinh|de xuat))\b")
_CUE_STOP = re.compile(r"(?<=\s)(?:to chuc(?! dang| chinh| co so| doan| hoi| thanh|,)|kip thoi|thuong xuyen|khan truong|chu dong|tiep tuc|phat hien|xu ly|"
                       r"chi dao|chu tri|phoi hop|thuc hien|trien khai|xay dung|tham muu|huong dan|kiem tra|"
                       r"theo doi|bao cao|ra soat|nghien cuu|tang cuong|day manh|quan triet|tuyen truyen|xuat cap|bo tri)(?![a-z])")
_PARTY_BOARDS = re.compile(r"Ban Xây dựng Đảng|Ban Tuyên giáo và Dân vận|Ban Tổ chức|Ban Nội chính|Ban Dân vận")
_BASIS_OPENING = re.compile(r"^(?:Căn cứ|Trên cơ sở)\s[^,]{0,80}(?:này|trên|đó),\s*")
_BY_FUNCTION = re.compile(r"\s*,?\s*theo chức năng,? nhiệm vụ(?:,? (?:quyền hạn|thẩm quyền))?(?: được giao)?,?")
# openings that can only be a body's name (capitalised), used when no listed verb follows
_STRONG_HEAD = re.compile(r"(?:Các Bộ|Bộ [A-ZĐ]|Sở [A-ZĐ]|Ủy ban|UBND|Đồng chí|Chủ tịch|Công an|Văn phòng|Thanh tra|"
                          r"Các tỉnh|Các Sở|Cục|Tổng cục|Ban Chỉ đạo)")
_MUST = re.compile(r"(?:^|,\s*thì\s+)(?P<who>(?:[Cc]ác|[Cc]ấp|Ban|Bộ|Sở|Ủy ban|UBND|Người đứng đầu|Thủ trưởng)"
                   r"[^.;:()]{2,150}?)\s+(?:phải|có trách nhiệm|chịu trách nhiệm)\s")
_RESPONSIBLE = re.compile(r"\s(?:có|chịu) trách nhiệm\s")
_TRAILING_VERB = re.compile(r"\s(?:tổ chức|to chuc)$")
_WHO_TAIL = re.compile(r"\s+(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|co nhiem vu|co trach nhiem)$")
_UNIT_LINE = re.compile(r"(?m)^[ \t*]*(?:[dđ]on vi|co quan)\s+(?:chu tri|thuc hien)[^:\n]{0,30}:[ \t*]*")
_META_LINE = re.compile(r"[ \t*]*(?:[dđ]on vi|co quan|thoi gian|thoi han)\s[^:\n]{0,40}:")
_SKIP_HEAD = re.compile(r"m[uw]c [dpb]ich|m[uw]c ti[e¢]u|y[e¢]u c[a4]u$|k[e¢]t qu[a4]|[dpb][a4]nh gi[a4]|t[il1]nh h[il1]nh"
                        r"|quan [dpb]i[e¢]m|ch[il1] ti[e¢]u|ph[a4]m vi|[dpb][o06]i t[uw][o06]?ng|gi[a4]i th[il1]ch")
_CLOSING = re.compile(r"^(?:nghiem tuc |to chuc |trien khai )*(?:thuc hien|trien khai)[\s./]*$|(?:thuc hien|trien khai) (?:nghiem tuc|nghiem|tot|co hieu qua)[^.;]{0,40}(?:ke hoach|chi thi|quyet dinh|"
                      r"cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet) nay|chiu trach nhiem thi hanh"
                      r"|(?:ke hoach|chi thi|quyet dinh|thong bao) nay co hieu luc")
_FUTURE = re.compile(r"^(?:se|sẽ)\s")
_MAX_WHAT = 400


def _body_name(text: str) -> str | None:
    """The body a heading names, or None ("Sở Nội vụ" yes, "Giảm tối đa …" no)."""
    t = _clean_who(re.sub(r"\s*\([^()]*\)\s*$", "", text)).rstrip(" :.")
    cue = _CUE.match(Folded.of(t).view)
    if cue:
        t = t[cue.end():]
    if not t or len(t.split()) > 30 or re.search(r"\d{3,}", t) or not (t[:1].isupper() or cue):
        return None  # a body's name starts with a capital ("bổ nhiệm, giới thiệu …" is a topic)
    v = Folded.of(t).view
    if (first_verb(_ORG_NOUNS.sub(lambda m: m.group().replace(" ", "_"), Folded.of(_guard(t)).view)) is not None
            or P.NOT_ORG_RE.match(v)
            or _NOT_BODY.match(v)):
        return None
    plural_after_cue = (cue and not cue.group().startswith("ph") and len(t.split()) <= 25
                        and re.match(r"c\w{1,2}c\s|nhung\s|toan the\s", v))
    if not P.ORG_HEAD_RE.match(v) and not _MORE_HEADS.match(v) and not plural_after_cue:
        return None  # after "Yêu cầu"/"Giao"/"Đề nghị" a verbless phrase names bodies
    if v.startswith("so ") and not t.split()[1][:1].isupper():
        return None
    return t


# fields in the names of ministries and departments that read like verbs ("Bộ Xây dựng")
_FIELD_NAMES = re.compile(r"(?<=Bộ |Sở |bộ |sở )(?:Xây dựng|Tư pháp|Công Thương|Tài chính|Nội vụ|Y tế|Giáo dục và Đào tạo|"
                          r"Khoa học và Công nghệ|Nông nghiệp và Môi trường|Ngoại giao|Quốc phòng|Công an|Dân tộc và Tôn giáo|"
                          r"Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch|Tài nguyên và Môi trường|"
                          r"Kế hoạch và Đầu tư|Giao thông vận tải|Thông tin và Truyền thông|Lao động - Thương binh và Xã hội)")


def _guard(text: str) -> str:
    """Names that read like verbs or labels made single tokens ("Bộ Xây dựng", "các tỉnh: …")."""
    guarded = _FIELD_NAMES.sub(lambda m: m.group().replace(" ", "_").replace(",", "\u201a"), text)
    guarded = _PARTY_BOARDS.sub(lambda m: m.group().replace(" ", "_"), guarded)
    return V.NAME_LIST_RE.sub(lambda m: m.group().replace(":", "\ua789"), guarded)


def _unguard(x: str | None) -> str | None:
    return x.replace("_", " ").replace("\u201a", ",").replace("\ua789", ":") if x else x


def _subject(text: str) -> tuple[str | None, str]:
    """split_subject on guarded names."""
    who, what = split_subject(_guard(text))
    return _unguard(who), _unguard(what)


def _actor(sent: str) -> tuple[str | None, str]:
    """split_actor, with ministry names kept whole ("Bộ Xây dựng, Bộ Công an | chỉ đạo …"),
    a trailing "tổ chức" given back to the task, and a few more task verbs ("xử lý")."""
    sent = _BASIS_OPENING.sub("", sent)  # "Căn cứ Kế hoạch này, Giám đốc các Sở … xây dựng …"
    sent = _BY_FUNCTION.sub(" ", sent)  # "… theo chức năng, nhiệm vụ, thẩm quyền": an adverbial inside the subject
    if re.match(r"(?:Căn cứ|Trên cơ sở)\s", sent):  # "Trên cơ sở đề nghị của các Bộ, cơ quan, Bộ Tài chính …"
        for m in re.finditer(r",\s*", sent[:160]):
            rest = sent[m.end():]
            if P.ORG_HEAD_RE.match(Folded.of(rest).view) and split_actor(_guard(rest))[0]:
                sent = rest
                break
    guarded = _guard(sent)
    resp = _RESPONSIBLE.search(guarded)
    if resp and len(guarded[:resp.start()].split()) <= 25 and P.ORG_HEAD_RE.match(Folded.of(guarded).view):
        who, what = guarded[:resp.start()].strip(" ,"), guarded[resp.start():].strip()
    else:
        who, what = split_actor(guarded)
    if who is None and (_MORE_HEADS.match(Folded.of(guarded).view) or _STRONG_HEAD.match(guarded)):
        who, what = _cue_subject(guarded)  # "Giám đốc các Sở, Thủ trưởng … | xây dựng …"
    if who is None:
        m = _MORE_VERBS.search(Folded.of(guarded).view)
        if m and m.start() > 0:
            head, rest = guarded[:m.start()], guarded[m.start():]
            w2, _ = split_actor(head + "thực hiện " + rest)
            if w2 and clean_quote(w2) == clean_quote(head):
                who, what = clean_quote(head), rest
    who, what = _unguard(who), _unguard(what)
    if who and _TRAILING_VERB.search(who):
        m = _TRAILING_VERB.search(who)
        who, what = who[:m.start()].rstrip(" ,"), who[m.start():].strip() + " " + (what or "")
    return who, what


def _cue_subject(rest: str) -> tuple[str | None, str]:
    """After "Giao"/"Đề nghị", the body runs to its first verb or adverb, "tổ chức" counted as a
    verb ("Giao Thanh tra thành phố | tổ chức thanh tra …", "Giao Công an thành phố | kịp thời …")."""
    v = Folded.of(rest).view
    for m in _CUE_STOP.finditer(v):
        head = rest[:m.start()].strip(" ,")
        hv = Folded.of(head).view
        if head and (P.ORG_HEAD_RE.match(hv) or _MORE_HEADS.match(hv)) and len(head.split()) <= 30:
            return head, rest[m.start():].strip()
    return None, rest


def _duty_inside(sent: str) -> tuple[str | None, str]:
    """A duty stated after a condition: "Đối với …, thì các cấp ủy, tổ chức đảng | phải kịp thời …"."""
    for m in _MUST.finditer(sent):
        who = m.group("who").strip(" ,")
        v = Folded.of(who).view
        if (P.ORG_HEAD_RE.match(v) or _MORE_HEADS.match(v)) and not _NOT_BODY.match(v) and len(who.split()) <= 20:
            return who, sent[m.end("who"):].strip()
    return None, sent


def _clean_who(who: str) -> str:
    who = re.split(r"\s(?:có nhiệm vụ|có trách nhiệm|cần|căn cứ|phải|cụ thể hóa|cụ thể hoá|tập trung|thống nhất)(?:\s|$)", clean_quote(who))[0]
    return re.sub(r"\s+(?:sẽ|se)$", "", _WHO_TAIL.sub("", who))


def _is_self(who: str, issuer: str | None) -> bool:
    return bool(issuer) and _self(who, issuer) == issuer


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
        self.dl_sorted = sorted((d.span.start, i) for i, d in enumerate(deadlines) if d.span)
        self.dl_starts = [s for s, _ in self.dl_sorted]

    # --- helpers ---------------------------------------------------------------
    def text(self, a: int, b: int) -> str:
        return self.f.original[a:b]

    def own(self, p: Part) -> tuple[int, int]:
        """Offsets of the item's own text (after its label, before its first child)."""
        s = p.start
        if p.label:  # a label Word generated is not in the text
            i = self.f.original.find(p.label, p.start, min(p.end, p.start + len(p.label) + 4))
            s = i + len(p.label) if i >= 0 and not self.f.original[p.start:i].strip(" *\t") else p.start
        e = p.children[0].start if p.children else p.end
        return s, e

    def deadline_in(self, a: int, b: int, who: str | None) -> Deadline | None:
        lo, hi = bisect.bisect_left(self.dl_starts, a), bisect.bisect_left(self.dl_starts, b)
        ds = [self.deadlines[i] for _, i in self.dl_sorted[lo:hi]]
        if not ds:
            return None
        best = min(ds, key=lambda d: d.latest or d.date or d.earliest or "9999")
        return replace(best, who=best.who or who)

    def add(self, who: str | None, what: str, a: int, b: int, deadline: Deadline | None = None) -> None:
        if who:
            fw = fold(who)
            cut = re.search(r"\s(?:tr[a-z]{1,4}c|chậm nhất|cham nhat)\s+ng[a-z]{1,2}\s+\d", fw)
            if cut:  # "Ban Xây dựng Đảng trước ngày 25 tháng 11 để tổng hợp …"
                who, what = who[:cut.start()], who[cut.start():] + " " + what
            if re.search(r"\s(?:khi|neu|de|sau khi)$", fold(who)):
                return  # "các đơn vị khi | đăng ký …": a condition, not an assignment
        if not who or not what.strip():
            return
        if _CLOSING.search(fold(what)) or re.search(r"\snghiem tuc$", fold(who)):
            return
        if _FUTURE.match(fold(what)) and not _is_self(who, self.st.header.issuer):
            return  # "Chính phủ sẽ phân công …" is a statement; "Sở sẽ tổng hợp …" the issuer's own task
        who = _self(clean_quote(who), self.st.header.issuer)
        dl = deadline or self.deadline_in(a, b, who)
        tgs = tuple(t for t in self.targets if t.span and a <= t.span.start < b)
        self.out.append(Obligation(who=who, what=_task(what), deadline=dl, targets=tgs,
                                   span=Span(a, b, clean_quote(self.text(a, b))[:1000])))

    def tasks_below(self, p: Part) -> str:
        parts = [clean_quote(self.text(*self.own(c))) for c in p.children
                 if not _META_LINE.match(self.f.view, c.start)]
        return "; ".join(x for x in parts if x)

    # --- parts -----------------------------------------------------------------
    def intro(self, p: Part) -> str | None:
        """The bodies an intro names for the items after it ("… đề nghị Thủ trưởng
        các đơn vị thực hiện một số nội dung sau:")."""
        s, e = self.own(p)
        own = clean_quote(self.text(s, e))
        if not self.text(s, e).rstrip(" *\n").endswith(":") or len(own) > 1200:
            return None
        v = Folded.of(own).view
        m = None
        for m in _CUE_ANY.finditer(v):
            pass
        if m is None:
            return None
        if re.search(r"(?:dap ung|theo|cac|nhung|moi|dung)\s+$", v[:m.start()]):
            return None  # "đáp ứng yêu cầu …": a noun, not a request
        who, _ = _subject(own[m.end():])
        if who and (not P.ORG_HEAD_RE.match(Folded.of(who).view) or _NOT_BODY.match(Folded.of(who).view)):
            return None
        return _clean_who(who) if who else _body_name(own[m.end():])

    def parts(self, siblings: tuple[Part, ...], inherited: str | None = None) -> None:
        """Sibling parts; items without a body of their own after an intro naming one
        are that body's tasks: one obligation for the block."""
        block: list[Part] = []

        def flush() -> None:
            if inherited and block:
                tasks = "; ".join(clean_quote(self.text(*self.own(b))) for b in block)
                self.add(inherited, tasks, block[0].start, block[-1].end)
            block.clear()

        for p in siblings:
            inh = self.intro(p)
            if inh and (p.kind == "paragraph" or not p.children):
                flush()
                inherited = inh
                continue
            n = len(self.out)
            self.part(p, None)
            if len(self.out) == n and inherited and not self.skip.covers(p.start):
                block.append(p)
            elif len(self.out) > n:
                flush()
        flush()

    def unit_line(self, p: Part) -> tuple[str, int] | None:
        """(body, offset) of a "Đơn vị chủ trì (thực hiện): X" line in the item's own
        text or its unlabelled paragraphs: the task block's responsible body."""
        spans = [self.own(p)] + [(c.start, c.end) for c in p.children if c.kind == "paragraph"]
        for a, b in spans:
            m = _UNIT_LINE.search(self.f.view, a, b)
            if m:
                end = self.f.view.find("\n\n", m.end(), b)
                end = b if end < 0 else end
                who = clean_quote(self.text(m.end(), end)).rstrip(".")
                if who:
                    return who, m.start()
        return None

    def unit_blocks(self, p: Part) -> None:
        """One obligation per "Đơn vị chủ trì: X" paragraph, for the tasks printed above it."""
        pending: list[Part] = []
        for c in p.children:
            m = _UNIT_LINE.match(self.f.view, c.start) if c.kind == "paragraph" else None
            if m:
                who = clean_quote(self.text(m.end(), c.end)).rstrip(".")
                tasks = "; ".join(clean_quote(self.text(*self.own(t))) for t in pending) or p.heading or ""
                start = pending[0].start if pending else c.start
                end = c.end
                nxt = p.children.index(c) + 1
                while nxt < len(p.children) and _META_LINE.match(self.f.view, p.children[nxt].start):
                    end = p.children[nxt].end  # its Đơn vị phối hợp / Thời gian lines
                    nxt += 1
                self.add(who, tasks, start, end)
                pending = []
            elif not _META_LINE.match(self.f.view, c.start):
                pending.append(c)

    def part(self, p: Part, inherited: str | None = None) -> None:
        if self.skip.covers(p.start):
            return
        s, e = self.own(p)
        own = clean_quote(self.text(s, e))
        units = [c for c in p.children if c.kind == "paragraph" and _UNIT_LINE.match(self.f.view, c.start)]
        if p.kind == "item" and len(units) >= 2:  # several tasks, each with its own "Đơn vị chủ trì"
            self.unit_blocks(p)
            return
        unit = self.unit_line(p) if p.kind == "item" else None
        if unit:  # a task block with its own "Đơn vị chủ trì" line counts like a table row
            tasks = [x for x in (own if not p.heading else p.heading, self.tasks_below(p)) if x]
            self.add(unit[0], "; ".join(tasks), p.start, p.end)
            return
        if p.kind == "paragraph":
            self.sentences(s, e, inherited)
            self.parts(p.children, inherited)
            return
        if p.heading and _SKIP_HEAD.match(Folded.of(p.heading).view) and not _KEEP_HEAD.search(
                Folded.of(p.heading).view) and p.level <= 4:
            return
        if p.heading:
            who = _body_name(p.heading)
            if who:  # "2. Sở Khoa học và Công nghệ" with its tasks below
                rest = own[len(p.heading):].strip(" :.") if own.startswith(p.heading) else ""
                # "b) Giao Thanh tra thành phố …" under it is another body's own assignment
                own_cue = [c for c in p.children if _CUE.match(Folded.of(clean_quote(self.text(*self.own(c)))).view)
                           and not c.children]
                kept = [c for c in p.children if c not in own_cue]
                tasks = "; ".join(clean_quote(self.text(*self.own(c))) for c in kept
                                  if not _META_LINE.match(self.f.view, c.start))
                what = "; ".join(x for x in (rest, tasks) if x)
                self.add(who, what or own, p.start, p.end)
                for c in own_cue:
                    self.part(c, None)
                return
            if own.startswith(p.heading) and len(own) > len(p.heading) + 5:
                # "2. Nhiệm vụ thời gian tới" over prose: the prose's sentences
                off = self.f.original.find(p.heading[-10:], s, e)
                n = len(self.out)
                if off >= 0:
                    self.sentences(off + len(p.heading[-10:]), e, inherited)
                if len(self.out) > n or p.children:
                    self.parts(p.children, self.intro(p) or inherited)
                    return
        if ":" in own[:160] and not _CUE.match(Folded.of(own).view) and not V.NAME_LIST_RE.search(own[:own.index(":") + 3]):
            name = _body_name(own[:own.index(":")])
            if name:  # "Ủy ban nhân dân phường: Xây dựng …"
                what = "; ".join(x for x in (own[own.index(":") + 1:].strip(), self.tasks_below(p)) if x)
                self.add(name, what, p.start, p.end)
                return
        n = len(self.out)
        self.sentences(s, e, inherited if not p.children else None, tasks_below=p)
        if len(self.out) > n:
            return
        if inherited and own and not p.children and not own.endswith(":"):
            self.add(inherited, own, p.start, p.end)
            return
        self.parts(p.children, self.intro(p) or inherited)

    def sentences(self, a: int, b: int, inherited: str | None = None, tasks_below: Part | None = None) -> None:
        """Assignment sentences of ``[a, b)``: one obligation per body; sentences
        without a new body are further tasks of the body before them."""
        text = self.text(a, b)
        cur: list = []  # [who, [tasks], start, end]
        found: list[list] = []
        pos = 0
        for m in list(_SENT_SPLIT.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            raw = text[pos:end]
            s0 = a + pos + len(raw) - len(raw.lstrip())
            sent = clean_quote(raw)
            colon = raw.rstrip(" *\n").endswith(":")
            pos = m.end() if m else len(text)
            if not sent:
                continue
            v = Folded.of(sent).view
            cue = _CUE.match(v)
            who = what = None
            if cue:
                who, what = _subject(sent[cue.end():])
                if who is None:
                    who, what = _cue_subject(sent[cue.end():])
                if who is None:  # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" / its tasks below
                    who, what = _body_name(sent[cue.end():]), ""
            else:
                who, what = _actor(sent)
                if who is None and not cur:
                    who, what = _duty_inside(sent)
                if who and (len(who.split()) > 30 or (cur and fold(who) == fold(cur[0]))):
                    who = None
                if who and cur and not _is_self(who, self.st.header.issuer) and (
                        len(who.split()) > 12 or not who[:1].isupper() or _NOT_BODY.match(Folded.of(who).view)):
                    who = None  # a later sentence opens a new assignment only with a short, named body
            if who and _NOT_BODY.match(Folded.of(who).view):
                who = None
            if who and re.search(r"\s(?:sẽ|se)$", who) and not _is_self(_clean_who(who), self.st.header.issuer):
                who = None  # "Văn phòng sẽ theo dõi": a statement about the future, not an assignment
            if who:
                cur = [_clean_who(who), [what] if what else [], s0, a + end]
                found.append(cur)
            elif cur and not _CLOSING.search(v):
                cur[1].append(sent)
                cur[3] = a + end
        for f_ in found:
            m = _TRAILING_VERB.search(f_[0])
            if m:
                f_[1].insert(0, f_[0][m.start():].strip() + " " + (f_[1].pop(0) if f_[1] else ""))
                f_[0] = f_[0][:m.start()].rstrip(" ,")
        if found and tasks_below is not None and tasks_below.children:
            found[-1][1].append(self.tasks_below(tasks_below))
            found[-1][3] = tasks_below.end
        if not found and inherited and text.strip() and not text.rstrip().endswith(":"):
            found.append([inherited, [clean_quote(text)], a, b])
        for who, tasks, s0, s1 in found:
            self.add(who, "; ".join(t for t in tasks if t), s0, s1)

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
                # the cell read alone: a text table's cell is spread over lines shared with other columns
                found = find_deadlines(Folded.of(dc.text), 0, len(dc.text), self.ref, [])
                if found:
                    best = min(found, key=lambda d: d.latest or d.date or "9999")
                    dl = replace(best, who=cell.text, span=Span(dc.start, dc.end, dc.text))
            self.add(cell.text, what or cell.text, row[0].start, row[-1].end, dl or None)


def find_obligations(f: Folded, st: Structure, lay: Layout, deadlines: list[Deadline], targets: list[Target],
                     ref: dt.date | None = None) -> list[Obligation]:
    """Obligations of one document, in text order (see the module docstring)."""
    r = _Reader(f, st, lay, deadlines, targets, ref)
    # "… đề nghị Thủ trưởng các đơn vị thực hiện một số nội dung sau:" closing the preamble
    r.parts(st.body, r.intro(st.preamble[-1]) if st.preamble else None)
    for app in st.appendices:
        r.parts(app.children)
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
