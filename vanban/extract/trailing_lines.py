"""Lines after an item that date it or go on with it: a time line ("- Thời gian: hoàn thành trước ngày 20/12/2026.")
closing a list of tasks or dating the bodies named after it, unlabelled paragraphs with a "Thời hạn hoàn thành:" line,
a paragraph that goes on with the item's body (merged into its obligation), and the paragraph after an item that only
makes its body answer for the document, which sets out the tasks of the bodies its heads lead.

Why: these attach a deadline or more tasks to an obligation already read rather than adding one; this mixin of the
obligation reader (``obligations._Reader``) keeps that merging apart from the orchestration of parts.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote, clipped_quote
from vanban.extract.obligation_dues import ends_earlier
from vanban.extract.task_bodies import joint_member, plain_words
from vanban.models import Part, Span
from vanban.text import fold


class TrailingLines:
    """The trailing-lines pass of the obligation reader (a mixin of ``obligations._Reader``)."""

    def date_after(self, first: int, end: int, line: Part) -> None:
        """The time line ``line`` of a list dates the tasks of its bodies named after it in the list (``first`` to
        ``end``) that name no date of their own: "1. Cấp tỉnh" / "- Hình thức: hội nghị …" / "- Thời gian: hoàn thành
        trong tháng 01/2027 …" / "- Văn phòng Tỉnh ủy chuẩn bị điều kiện tổ chức hội nghị …" (a20-08's labels: the
        office's preparation is due with the conference, 2027-01-31), as :meth:`date_group` dates those before it. A task
        dated later than the line's period still ends that period first: "2. Sơ tuyển sức khỏe" / "- Thời gian: từ ngày
        26/10/2027 đến ngày 04/11/2027 …" / "- Trạm Y tế xã chủ trì sơ tuyển …; gửi kết quả … chậm nhất ngày 06/11/2027"
        (the labels: the earliest date attached to the assignment, 04/11)."""
        for k in range(first, end):
            ob = self.out[k]
            if ob.span and ob.span.start >= line.end \
                    and (dl := self.deadline_in(line.start, line.end, ob.who)) is not None \
                    and (ob.deadline is None or ends_earlier(dl, ob.deadline)):
                self.out[k] = replace(ob, deadline=replace(dl, who=ob.who))

    def date_group(self, first: int, line: Part) -> None:
        """The time line ``line`` ("- Thời gian: hoàn thành trước ngày 20/12/2026.") closing a list of tasks: its
        deadline is that of the list's obligations from ``first`` on that name none of their own ("Bước 2. Kiểm
        điểm tại chi bộ⏎- Chi bộ tổ chức hội nghị kiểm điểm …⏎- Thời gian: …")."""
        for k in range(first, len(self.out)):
            ob = self.out[k]
            if ob.deadline is None and ob.span and ob.span.end <= line.start \
                    and (dl := self.deadline_in(line.start, line.end, ob.who)) is not None:
                self.out[k] = replace(ob, deadline=replace(dl, who=ob.who))

    def trail_into(self, trail: list) -> None:
        """Unlabelled paragraphs after an item, naming no body, with a "Thời gian/Thời hạn hoàn thành:"
        line among them, are more tasks of that item's body (a task list whose bullets OCR lost):
        its obligation takes their text and its deadline is read over them too."""
        if len(trail) < 2 or not any(W.META_LINE.match(self.f.view, c.start) for c in trail[1:]):
            trail.clear()
            return
        k, paras = trail[0], trail[1:]
        ob = self.out[k]
        if not ob.span or k != len(self.out) - 1:
            trail.clear()
            return
        tasks = [clean_quote(self.text(c.start, c.end)) for c in paras if not W.META_LINE.match(self.f.view, c.start)]
        end = paras[-1].end
        dl = self.deadline_in(ob.span.start, end, ob.who) or ob.deadline
        self.out[k] = replace(ob, what=S.clip_tasks("; ".join([ob.what] + tasks)), deadline=dl,
                              span=Span(ob.span.start, end, clipped_quote(self.text(ob.span.start, end), 1000)))
        trail.clear()

    def answerable(self, p: Part) -> tuple[str, str] | None:
        """(body, formula) of an item that only makes its body answer for carrying out the document ("2. Bộ
        trưởng, Thủ trưởng cơ quan ngang bộ, …, Chủ tịch Ủy ban nhân dân các tỉnh, … chịu trách nhiệm thực hiện
        Kế hoạch này.", 2623-QD-TTg), else None."""
        own = clean_quote(self.text(*self.own(p)))
        if p.children or not own:
            return None
        who, what = S.actor(own)
        resp = W.RESPONSIBLE.search(own)
        if who is None and resp and len(own[:resp.start()].split()) <= 40 \
                and (P.ORG_HEAD_RE.match(Folded.of(own).view) or W.MORE_HEADS.match(Folded.of(own).view)):
            who, what = own[:resp.start()].strip(" ,"), own[resp.start():].strip()  # a long list of heads (27 words)
        closing = W.CLOSING.search(fold(what or ""))
        return (S.clean_who(who), what.strip()) if who and closing and closing.start() == 0 else None

    def answered(self, answerable: tuple[str, str], p: Part) -> None:
        """The paragraph right after such an item sets out the tasks of the bodies its heads lead ("Căn cứ nội dung
        Kế hoạch này và tình hình thực tiễn, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân
        các tỉnh, … xây dựng kế hoạch chi tiết …"): one block, the item's body its assignee."""
        who, formula = answerable
        text = clean_quote(self.text(p.start, p.end))
        lead = W.LEAD_OPENING.match(text)
        rest = text[text.find(",", lead.end()) + 1:].strip() if lead and "," in text[lead.end():lead.end() + 200] else text
        heads = set(plain_words(W.HEAD_TITLES.sub(" ", fold(who)))) | {"cac", "va"}
        named = 0
        for word in plain_words(fold(rest)):
            if word not in heads:
                break
            named += 1
        if named >= 4 and first_verb(Folded.of(S.guard(" ".join(rest.split()[named:]))).view) is not None:
            self.add(who, formula.rstrip(" .") + "; " + " ".join(rest.split()[named:]), p.start, p.end)

    def merge_into(self, k: int, n: int, loose: bool = False) -> None:
        """An unlabelled paragraph right after an item that goes on with the item's body ("1. Giao Bộ
        Tài chính …" / "Sau khi …, Bộ Tài chính khẩn trương báo cáo …") is that item's duty, not a new one.
        ``loose``: the two names may differ by an OCR misreading ("… quản lý trực típ", legacy OCR)."""
        prev, new = self.out[k], self.out[n]
        same = prev.who and new.who and (fold(prev.who) == fold(new.who)
                                         or (loose and fuzz.ratio(fold(prev.who), fold(new.who)) >= 92)
                                         or (new.deadline is None and joint_member(prev.who, new.who)))
        if not same or len(self.out) != n + 1:
            return
        dl = prev.deadline or new.deadline
        span = Span(prev.span.start, new.span.end, clipped_quote(self.text(prev.span.start, new.span.end), 1000)) \
            if prev.span and new.span else prev.span
        self.out[k] = replace(prev, what=S.clip_tasks(prev.what + "; " + new.what), deadline=dl,
                              targets=prev.targets + new.targets, span=span)
        del self.out[n]
