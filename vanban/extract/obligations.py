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

This module keeps the entry point (:func:`find_obligations`) and the orchestration of parts; each concern is a module
of its own: the passes of the reader (``task_table_rows``, ``prose_sentences``, ``unit_lines``, ``trailing_lines``,
``block_bodies``, ``heading_wraps``, ``obligation_add``, ``part_kinds``), the judgements they share (``task_bodies``,
``item_headings``, ``clause_breaks``, ``task_table_cells``, ``not_tasks``, ``issuer_self``, ``obligation_dues``) and
the merging after the read (``intro_merge``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import recurrence as R
from vanban.extract import subjects as S
from vanban.extract.asked_topics import asked_topic
from vanban.extract.article_line import CODE, article_line, article_title_end, title_only
from vanban.extract.block_bodies import BlockBodies
from vanban.extract.dated_heads import step_time, time_heading
from vanban.extract.dates import DateHit, find_dates
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.heading_wraps import HeadingWraps
from vanban.extract.intro_merge import intro_body_once
from vanban.extract.issuer_self import issuer_future
from vanban.extract.item_headings import ALONE_LINE, section_name, sentence_before_label, task_title, unnumbered
from vanban.extract.lead_partners import join_lead_and_partners
from vanban.extract.not_tasks import no_task_appendix, describes_procedures, recipients_left
from vanban.extract.obligation_add import ObligationAdd
from vanban.extract.obligation_dues import passed_reference, recalled, routine_end, years_before
from vanban.extract.part_kinds import PartKinds
from vanban.extract.progress_refs import dated_by_step
from vanban.extract.restated_cycles import dated_by_item_cycle
from vanban.extract.prose_sentences import ProseSentences
from vanban.extract.section_refs import (
    dated_by_event,
    dated_by_following_table,
    dated_by_reference,
    dated_by_row_number,
    dated_by_schedule,
    dated_by_team_row,
)
from vanban.extract.sections import Layout, SpanSet
from vanban.extract.step_bodies import once_per_step
from vanban.extract.steps import step_parts
from vanban.extract.task_bodies import (
    duty_body,
    named_once,
    joint_names,
    names_no_other,
    narrowed_group,
    names_persons,
    same_addressee,
    short_names,
)
from vanban.extract.task_table_cells import header_lines_only
from vanban.extract.task_table_rows import TaskTableRows
from vanban.extract.timed_steps import time_only
from vanban.extract.trailing_lines import TrailingLines
from vanban.extract.unit_lines import UnitLines
from vanban.models import Deadline, Obligation, Part, Structure, Target
from vanban.structure import vocab as V
from vanban.text import CAPITAL, colon_outside_brackets, fold

__all__ = ["find_obligations"]

#: the members or units a body's heading lists after its name, in brackets: "6. Các chủ rừng (Khu bảo tồn thiên nhiên
#: …, Ban quản lý rừng phòng hộ …, Công ty …)", "3. Các tổ chức chính trị - xã hội xã (Hội Liên hiệp Phụ nữ, Hội Nông
#: dân, Hội Cựu chiến binh, Đoàn Thanh niên)" — the heading still names that one body (S.body_name drops them too)
_NAMED_MEMBERS = re.compile(r"\s*\([^()]*\)\s*$")


def _level_item(view: str) -> bool:
    """A folded item that is a spending level (:data:`assignment_words.LEVEL_ITEM`), its words before the colon a
    role's with its headcount ("thu ky (khong qua 02 nguoi): muc 400.000 dong") or holding no verb ("truong ban:
    400.000 dong") — a task priced at its end ("to chuc tap huan …, kinh phi du kien: 20.000.000 dong") is none."""
    m = W.LEVEL_ITEM.match(view)
    if not m:
        return False
    pre = m.group("pre")
    return not pre or bool(W.LEVEL_ROLE.match(pre)) or first_verb(pre) is None



def _example_case(p: Part, rule_level: int | None) -> bool:
    """A bulleted case under "Ví dụ:" ("+ Đồng chí Nguyễn Văn X, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức
    Tỉnh ủy A … được giới thiệu quy hoạch tối đa 03 chức danh …", 45-HD-BTCTW 6.2): a bullet ("+", "-", "•") deeper
    than the item whose rule the example illustrates (the "- Một cán bộ quy hoạch không quá 03 chức danh …" above it),
    an illustration, no assignment — the labels README: figures and persons inside "Ví dụ" are neither targets nor
    obligations. A bullet at the rule's own level is the next rule."""
    return p.kind == "item" and (p.label or "").strip() in ("+", "-", "•", "*") \
        and (rule_level is None or p.level > rule_level)

class _Reader(TaskTableRows, ProseSentences, UnitLines, TrailingLines, BlockBodies, HeadingWraps, ObligationAdd,
              PartKinds):
    """The reader of one document's obligations: its state (the folded text, structure, deadlines and targets, the
    obligations read so far) and the orchestration of parts (``parts`` / ``part``); each pass it hands work to is a
    mixin of its own module (tables, prose sentences, unit lines, trailing lines, bodies inside a block, wrapped
    headings, adding one obligation, kinds of parts)."""

    def __init__(self, f: Folded, st: Structure, lay: Layout, deadlines: list[Deadline],
                 targets: list[Target], ref: dt.date | None) -> None:
        self.f, self.st, self.deadlines, self.targets, self.ref = f, st, deadlines, targets, ref
        asked = {s for s, _ in lay.requests}  # a report's requests are read: the labels count what it asks of whom
        # (a letter's "2. Về tình hình cấp Giấy chứng nhận" over "a) UBND cấp xã rà soát, … gửi về Sở chậm nhất ngày
        # 10/01/2027": a topic of the request, no report, asked_topics)
        self.skip = SpanSet([r for r in lay.results if r[0] not in asked
                             and not asked_topic(f.original, r[0], r[1], deadlines)]
                            + [(s, e) for head, s, e in lay.sections  # "III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU": the guests
                               if W.ATTENDEES_HEAD.match(section_name(head))])
        # the roman sections that list criteria ("III. TIÊU CHÍ VÀ THANG ĐIỂM"): their topic headings assign nothing
        self.criteria = [(s, e) for head, s, e in lay.sections
                         if W.CRITERIA_HEAD.match(Folded.of(re.sub(r"^[\s*_]*[IVXL]{1,4}\.\s*", "", head)).view.strip(" *"))]
        self.steps = {p.start for p in step_parts(st.body)}  # a step's heading names its act: no SKIP_HEAD section
        self.out: list[Obligation] = []
        self.siblings_of: dict[int, tuple[Part, ...]] = {}  # id(part) → the parts read beside it (``parts``)
        self.named_in_full: list[str] = []  # bodies charged under the short name the text gave them (W.ALIAS)
        self.in_procedure = 0  # depth of parts titled as a procedure's steps ("Trình tự, thủ tục …")
        self.in_duties = 0  # depth of parts titled as the assignment of tasks ("Tổ chức thực hiện", "Trách nhiệm …")
        self.filed: set[int] = set()  # where a filing read as the task of the body charged just before starts (filed_by)
        self.asked: str | None = None  # the body an intro above the part being read asks (parts' ``inherited``)
        self.short_names = short_names(f.original)  # {folded short name: the bodies it stands for}
        self.dl_sorted = sorted((d.span.start, i) for i, d in enumerate(deadlines) if d.span)
        self.dl_starts = [s for s, _ in self.dl_sorted]
        self.tg_sorted = sorted((t.span.start, i) for i, t in enumerate(targets) if t.span)
        self.tg_starts = [s for s, _ in self.tg_sorted]

    # --- helpers ---------------------------------------------------------------
    def text(self, a: int, b: int) -> str:
        return self.f.original[a:b]

    def own(self, p: Part) -> tuple[int, int]:
        """Offsets of the item's own text (after its label, before its first child). A plan's closing line glued to
        the last item's text ("- Tổng hợp kết quả …⏎Trên đây là Kế hoạch … Đề nghị …") ends it: the whole plan's
        formula, not that item's task (:data:`~vanban.extract.assignment_words.PLAN_CLOSING_LINE`)."""
        s = p.start
        if p.label:  # a label Word generated is not in the text
            i = self.f.original.find(p.label, p.start, min(p.end, p.start + len(p.label) + 4))
            s = i + len(p.label) if i >= 0 and not self.f.original[p.start:i].strip(" *\t") else p.start
        e = p.children[0].start if p.children else p.end
        closing = W.PLAN_CLOSING_LINE.search(self.f.view, s, e)
        if closing is not None and self.f.view[s:closing.start()].strip(" \t\n*"):
            e = closing.start()
        return s, e

    def table_between(self, a: int, b: int, lead_in: bool = False) -> bool:
        """A task table (data rows under a header) starts between offsets ``a`` and ``b`` — with ``lead_in``, right
        after ``a`` (only spaces, line breaks and the table's own header lines between): the part ending at ``a``
        introduces it."""
        for t in self.st.tables:
            if t.role != "data" or not t.header:
                continue
            if lead_in and a <= t.start and header_lines_only(self.f.original[a:t.start]):
                # only a table naming each row's body ("Đơn vị chủ trì"): under "Giao Sở Tài chính thực hiện các
                # nhiệm vụ tại bảng sau:" over a table of tasks alone, the lead-in's body is the rows' and stays
                # (not a count's unit of measure: "Phương tiện | Đơn vị tính | Số lượng" under "…, UBND xã bảo đảm …
                # như sau:", a plan's table of means, names no unit of the state; the lead-in's body is charged)
                return any(V.TASK_BODY_COL.search(h) and not V.TASK_WITH_COL.search(h) and not V.TASK_UNIT_COL.search(h)
                           for h in map(fold, t.header))
            if not lead_in and a <= t.start < b:
                return True
        return False

    def unit_after_table(self, p: Part, u: Part, inherited: str | None) -> bool:
        """A "Đơn vị chủ trì: X" line printed under the table that closes a numbered task ("2. Chiến dịch … ⏎ Lịch cụ
        thể như sau: ⏎ | Đợt | … | Thời gian | ⏎ Đơn vị chủ trì: X ⏎ Đơn vị phối hợp: … ⏎ X tổng hợp … trước ngày …"):
        the structure ends the item at its table, so the label lands among the parent's paragraphs; it is still that
        item's unit, as it would be right under the item's text. The item, its table and the paragraphs down to the
        next numbered sibling are X's block (dated by them); the siblings before it are read on their own, not handed
        to X (a unit line under a table names the lead unit of the task the table belongs to). True when read."""
        k = p.children.index(u)
        prev = p.children[k - 1] if k > 0 else None
        if prev is None or prev.kind != "item" or not self.table_between(prev.end, u.start):
            return False
        who = self.unit_value(W.UNIT_LINE.match(self.f.view, u.start).end(), u.end)
        if not who:
            return False
        nxt = next((j for j in range(k + 1, len(p.children)) if p.children[j].kind == "item"), len(p.children))
        end = p.children[nxt - 1].end
        intro = self.intro(p) or inherited
        self.parts(p.children[:k - 1], intro)
        tasks = [x for x in (self.titled_task(prev) if prev.heading else clean_quote(self.text(*self.own(prev))),
                             self.tasks_below(prev)) if x]
        self.add(who, "; ".join(tasks), prev.start, end, partners=self.partner_line(u.end, end))
        self.parts(p.children[nxt:], intro)
        return True

    def dated_in_scope(self, p: Part) -> None:
        """The dated assignments inside a part that states who pays or benefits ("2. Đối tượng, mức đóng" / "c) Các đối
        tượng được miễn, giảm … thực hiện theo quy định; Ban Tài chính xã rà soát, lập danh sách trình Chủ tịch UBND xã
        trước ngày 31/3/…"): the part itself charges no one, but a named body given a task with its own due date in
        it is an assignment (the labels README: obligations are taken outside "Tổ chức thực hiện" too). Only the
        entries with a named body and a date are kept; the rest of the part stays unread, as before."""
        n = len(self.out)
        for c in (p.children or (p,)):
            s, e = self.own(c) if c is p else (c.start, c.end)
            self.sentences(s, e)
        self.out[n:] = [o for o in self.out[n:] if o.deadline is not None and o.who and o.who[:1].isupper()]

    def members_table_after(self, a: int) -> bool:
        """A table of a team's members starts right after offset ``a`` (only spaces, line breaks and its header
        between): no column names a body, a task nor a due time ("TT | Thành phần | Chức danh trong Tổ" under "Giao
        Văn phòng … tham mưu ban hành quyết định thành lập Tổ kiểm tra trước ngày …, với thành phần như sau:"). Its
        rows are persons, no items the lead-in hands its body to: the lead-in's own clause is the task."""
        for t in self.st.tables:
            if t.header and a <= t.start and header_lines_only(self.f.original[a:t.start]):
                return not any(V.TASK_BODY_COL.search(h) or V.TASK_WITH_COL.search(h) or V.TASK_DUE_COL.search(h)
                               or V.TASK_THING_COL.search(h) for h in map(fold, t.header))
        return False

    def deadline_in(self, a: int, b: int, who: str | None, skip: tuple[tuple[int, int], ...] = ()) -> Deadline | None:
        """The earliest deadline starting in ``[a, b)``, none of ``skip`` (the clauses of other bodies in the block)."""
        lo, hi = bisect.bisect_left(self.dl_starts, a), bisect.bisect_left(self.dl_starts, b)
        ds = [self.deadlines[i] for at, i in self.dl_sorted[lo:hi] if not any(x <= at < y for x, y in skip)]
        if not ds:
            return None
        # a date already past on the document's date that the block recalls as done or asked before ("Tại Công văn số
        # 4710/VPUBND-KT …, Chủ tịch UBND tỉnh đã yêu cầu … báo cáo trước ngày 20/11/2026; … Đề nghị Chủ tịch UBND các
        # xã, phường: a) … chậm nhất ngày 12/12/2026", a17-04) is not its due date while it sets one of its own; nor is
        # a past reference date beside a date still to come ("rà soát các văn bản … ban hành trước ngày 01/7/2025 …;
        # hoàn thành trước ngày 30/6/2027", t18-09; "báo cáo quý trước ngày 18 của tháng cuối quý; …; báo cáo năm trước
        # ngày 15/11" in a Quy chế of 03/12/2026, t18-02: passed_reference); a plan's own task due before the plan was
        # issued ("Thời gian hoàn thành: Trước ngày 15/11/2025", 1627-QD-UBND) still is (the labels: as printed)
        ds = [d for d in ds if not (recalled(d) or (d.past and passed_reference(d)))] or ds
        if all(d.past and passed_reference(d) and years_before(d, self.ref) for d in ds):
            return None  # "hướng dẫn … các thửa đất có nguồn gốc giao trái thẩm quyền trước ngày 01/7/2014" in a report of
            # 2027: the date the things handled date from, years before the document, no due date of the request
        # a weekly or daily report time beside a dated task ("… giải ngân 100% …, chậm nhất ngày 31/01/2027. b) Gửi báo
        # cáo … trước 16 giờ 00 ngày thứ Sáu hằng tuần", a20-04): the block's deadline is the task's, not the first
        # Friday (the labels leave weekly and daily times out, authored17, a20-04, t21-03, t21-10)
        ds = [d for d in ds if R.rule_kind(d.recurrence) not in ("weekly", "daily")] or ds
        ds = [d for d in ds if not routine_end(d)]  # "02 lần/tuần đến hết ngày …": a routine's running period
        if not ds:
            return None
        best = min(ds, key=lambda d: d.latest or d.date or d.earliest or "9999")
        return replace(best, who=best.who or who)

    def timed_step(self, s: int, e: int) -> bool:
        """An item written "Step: time" (:mod:`vanban.extract.timed_steps`) read as its task and due: the obligations
        of the body the step names ("Công an xã lập danh sách cử tri: chậm nhất 40 ngày trước ngày bầu cử"), due at the
        time after the colon. False (nothing read) when the item is no such step or its step names no body."""
        colon = self.f.original.find(":", s, e)
        if colon < 0 or colon - s > 240 or "\n" in self.text(s, colon).strip():
            return False
        dl = self.deadline_in(colon + 1, e, None)
        when = time_only(self.text(colon + 1, e), dl.text if dl else None)
        label = clean_quote(self.text(s, colon)).strip(" *\t")
        if when is None or len(label.split()) < 2 or W.CUE.match(Folded.of(label).view):
            return False
        n = len(self.out)
        self.sentences(s, colon)
        if len(self.out) == n:
            # a step that names no body ("- Khởi công: trước ngày 30/9/2028." under "Tiến độ thực hiện", t32-04; "b)
            # Báo cáo 6 tháng: trước ngày 15 tháng 6;" of a body's duties, t22-09): read as before, a deadline of its
            # own or its part's body's (the labels give such a step no obligation of no body)
            return False
        self.out[n:] = [replace(o, deadline=o.deadline or (replace(dl, who=o.who) if dl else None),
                                due_text=o.due_text if o.deadline or dl else when) for o in self.out[n:]]
        return True

    def targets_from(self, a: int, b: int) -> tuple[Target, ...]:
        """The targets starting in ``[a, b)``, in their list order (a bisect: a scan of all targets per
        obligation made long text files quadratic)."""
        lo, hi = bisect.bisect_left(self.tg_starts, a), bisect.bisect_left(self.tg_starts, b)
        return tuple(self.targets[i] for i in sorted(i for _, i in self.tg_sorted[lo:hi]))

    def in_appendix(self, a: int) -> bool:
        """``a`` lies in one of the document's appendices (after the signature)."""
        return any(app.start <= a < app.end for app in self.st.appendices)

    def quoted(self, a: int) -> bool:
        """``a`` lies inside a quoted provision: a “ that opens a line in the 3,000 characters before it ("“4. Sở
        Tư pháp …", the text an amending document writes into another), not closed by ” since."""
        before = self.f.original[max(0, a - 3000):a]
        k = before.rfind("“")
        line_at = before.rfind("\n", 0, k) + 1
        # … unless the line before goes on into it ("… của Ban Chấp hành Đảng bộ tỉnh và" / "“Thông báo kết luận số
        # 245-TB/TU …": a photo's OCR read a speck as a quote inside a wrapped sentence, never closed)
        prev_line = before[:line_at - 1].split("\n")[-1] if line_at else ""
        wrapped = re.search(r"[\w,][ \t]*$", prev_line) is not None and not re.search(r"như sau[ \t]*$", prev_line)
        # … nor a “ alone on its line: a scan's row number misread as a quote in a task table's TT column at a page's
        # foot ("Trước ngày 28/02/2027 ⏎ “ ⏎ (next page) Thẩm định, …", the "2" of row 2, a19-04): a quotation opens
        # on words, never on an empty line, nor on a letter of debris ("“u" between a task table's header and its rows:
        # its rule line |---| read by legacy OCR, a44-03)
        line = re.split(r"[\n\f]", self.f.original[max(0, a - 3000) + k + 1:], maxsplit=1)[0]
        alone = k >= 0 and (not re.split(r"[\n\f]", before[k + 1:], maxsplit=1)[0].strip() or not re.search(r"\w\w", line))
        return k > before.rfind("”") and not before[line_at:k].strip(" *\t") and not wrapped and not alone

    # --- parts -----------------------------------------------------------------
    def parts(self, siblings: tuple[Part, ...], inherited: str | None = None) -> None:
        """Sibling parts; items without a body of their own after an intro naming one
        are that body's tasks: one obligation for the block."""
        block: list[Part] = []
        lone: list[Part] = []  # a numbered clause that introduced items and has no children
        # the entry each intro's body got from its untitled items: "… yêu cầu các cấp ủy, … thực hiện tốt các nội dung
        # sau:" over "1. …" "2. … Các cơ quan, đơn vị, doanh nghiệp thanh toán … trước ngày 25/01/2027." "3. …" (a16-03):
        # the items around the one that charges a body of its own are one assignment of the intro's body, not two
        # (titled items, "1. Về cập nhật cơ sở dữ liệu" / "3. Về đào tạo, bồi dưỡng" of a16-10, are a block each)
        given: dict[str, int] = {}
        self.siblings_of.update((id(p), siblings) for p in siblings)

        def flush() -> None:
            if inherited and block:
                tasks = "; ".join(clean_quote(self.text(*self.own(b))) for b in block)
                n = len(self.out)
                self.add(inherited, tasks, block[0].start, block[-1].end)
                k = given.get(inherited)
                untitled = not any(b.heading for b in block)
                if len(self.out) > n and untitled and k is not None and k < n and self.out[k].who == self.out[n].who:
                    self.merge_into(k, n)
                elif len(self.out) > n and untitled:
                    given[inherited] = n
            elif inherited and lone and (said := self.intro_duty(lone[0])):
                # "1. Cơ quan, tổ chức, đơn vị phải thực hiện việc thanh toán không dùng tiền mặt đối với các khoản
                # sau đây:" with no item of its own before "2. …": the clause states its duty itself
                self.add(said[0] or inherited, said[1], lone[0].start, lone[0].end)
            block.clear()
            lone.clear()

        example = False
        titled = False  # the blocks follow "Trách nhiệm của X" titles
        prev_item: int | None = None  # where the obligations of the item just read start
        prev_part: Part | None = None
        answerable: tuple[str, str] | None = None  # (heads, formula) of the item just read, when it only answers
        trail: list = []  # [index of the last item's obligation, paragraphs after it naming no body …]
        timed_from = len(self.out)  # the first obligation of the list a time line ("- Thời gian: …") dates
        time_lines: list[tuple[int, Part]] = []  # (obligations read before it, the time line) of this list
        rule_level: int | None = None  # the level of the item the last "Ví dụ:" illustrates
        for p in siblings:
            if p.kind == "paragraph" and W.EXAMPLE.match(Folded.of(clean_quote(self.text(*self.own(p)))).view):
                example = True  # "Ví dụ:" and the paragraphs after it illustrate a rule: no assignment
                continue
            if example and (p.kind == "paragraph" or _example_case(p, rule_level)):
                continue
            example = False
            if p.kind == "item":
                rule_level = p.level
            if p.kind == "paragraph" and not p.children \
                    and W.NOTICE_CLOSING_PARAGRAPH.match(Folded.of(clean_quote(self.text(*self.own(p)))).view.strip()):
                flush()  # "Văn phòng Chính phủ xin trân trọng thông báo./.": the Thông báo's closing formula ends the
                inherited = None  # intro's block of tasks; no task of its own (W.NOTICE_CLOSING_PARAGRAPH)
                continue
            if p.kind == "paragraph" and not p.children and W.SOURCE_NOTE.match(clean_quote(self.text(p.start, p.end))):
                flush()  # "(Điều 30 Luật số 36/2018/QH14, …)": the source note closes the article, no task of its body
                inherited = None
                continue
            if prev_part is not None and self.table_between(prev_part.end, p.start):
                # the part after a task table opens a new block: the table's rows are its own obligations, and
                # neither the tasks before it nor the lead-in's body go on over it
                flush()
                self.trail_into(trail)
                trail, prev_item, answerable = [], None, None
            if not p.children and self.table_between(p.end, p.end + 1, lead_in=True) \
                    and not re.search(rf"\w[.!?]\s+[{CAPITAL}]", clean_quote(self.text(*self.own(p))).strip()):
                # "2. Các nhiệm vụ cụ thể được giao như bảng sau:" announces the table: each row is an obligation,
                # the lead-in none (the intro above it still gives its body to the parts after the table); a paragraph
                # that sets a task in a sentence of its own before the announcement keeps it ("Ban Thường trực … chủ
                # trì tổ chức 03 cuộc giám sát …. Chương trình cụ thể theo bảng dưới đây:")
                prev_part = p
                continue
            title = self.duty_title(p)
            if title is not None:  # "14. Trách nhiệm của Sở …" over sibling items: a new block, its own body
                flush()
                inherited, titled = title or None, True
                if title:
                    continue
            inh = self.intro(p)
            if inh and not p.children and self.members_table_after(p.end):
                inh = None  # the team's members below in a table: the lead-in's clause is its own task
            if inh and (p.kind == "paragraph" or not p.children):
                flush()
                inherited = inh
                if p.kind == "item" and p.label and re.fullmatch(r"\d{1,2}[.)]", p.label.strip()):
                    lone.append(p)
                continue
            if inherited and p.kind == "item" and p.heading and (group := narrowed_group(p.heading, inherited)):
                # "1. Đối với các cơ quan, đơn vị chưa gửi báo cáo (có danh sách kèm theo)" / "a) Khẩn trương hoàn thiện
                # …", "2. Đối với các cơ quan, đơn vị đã gửi báo cáo nhưng chưa đạt yêu cầu" / "Rà soát, bổ sung …" under
                # "… đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:" (a Công văn đôn đốc, tune20): each topic
                # narrows the intro's bodies to a group of them, the group's own assignment
                flush()
                self.trail_into(trail)
                trail, answerable = [], None
                s0, e0 = self.own(p)
                own = clean_quote(self.text(s0, e0))
                rest = own[len(p.heading):].strip(" :.\n") if own.startswith(p.heading) else ""
                n = len(self.out)
                self.add(group, "; ".join(x for x in (rest, self.tasks_below(p)) if x), p.start, p.end)
                prev_item = n if len(self.out) > n else None
                prev_part = p
                continue
            n = len(self.out)
            if p.kind == "item":
                self.trail_into(trail)
            steps = bool(p.heading and W.PROCEDURE_TITLE.match(Folded.of(p.heading).view)
                         and not W.OVERSIGHT_PROCEDURE.search(Folded.of(p.heading).view))
            duties = bool(p.heading and W.DUTY_SECTION_HEAD.match(Folded.of(unnumbered(p.heading)).view))
            self.in_procedure += steps
            self.in_duties += duties
            # "6. Về quản lý hồ sơ công chức" / "Tiếp nhận đầy đủ hồ sơ gốc …, hoàn thành trong quý I/2027. Sở Nội vụ sẽ
            # tổ chức kiểm tra …" under "… đề nghị UBND cấp xã … thực hiện một số nội dung sau:" (a16-10): a topic's
            # item whose first tasks name no body gives them to the intro's body, whatever its later sentences name
            topic = p.kind == "item" and bool(p.heading) and (bool(W.TOPIC_ITEM.match(Folded.of(p.heading).view))
                                                              or (bool(p.children) and task_title(p.heading)))
            outer, self.asked = self.asked, inherited or self.asked
            self.part(p, inherited if topic else None)
            self.asked = outer
            self.in_procedure -= steps
            self.in_duties -= duties
            if p.kind == "paragraph" and answerable and len(self.out) == n:
                self.answered(answerable, p)
            if len(self.out) == n and not p.children and W.GROUP_TIME_LINE.match(self.f.view, p.start):
                self.date_group(timed_from, p)
                timed_from = len(self.out)
                if p.kind == "item":  # a list's line ("- Thời gian: …"); a Giấy mời's "Thời gian:" is the meeting's
                    time_lines.append((len(self.out), p))
            if len(self.out) == n and inherited and not self.skip.covers(p.start) and not self.answers_only(p) \
                    and not W.CLOSING_SENTENCE.match(Folded.of(clean_quote(self.text(*self.own(p)))).view) \
                    and not issuer_future(clean_quote(self.text(*self.own(p))), self.st.header.issuer) \
                    and not issuer_future(self.below_title(p), self.st.header.issuer) \
                    and not self.committee_speaks(p) \
                    and not self.goals_heading(p) \
                    and not (p.heading and W.RECEIPT_ITEM.match(Folded.of(p.heading.strip(" :.*")).view)) \
                    and not (p.kind == "paragraph" and W.RESULTS_RECALLED.match(self.f.view, self.own(p)[0])) \
                    and not self.goal_among_named(p, siblings) \
                    and not (p.kind == "item" and p.heading and self.charged_by_name(siblings, inherited)) \
                    and not (p.kind == "paragraph" and not p.children and self.charges_other(p, inherited)):
                # (not "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị … phản ánh về …", nor a paragraph
                # with a body of its own that no task was read for: "Phòng Quản lý ngân sách (Sở Tài chính) sẽ tổng hợp,
                # báo cáo UBND tỉnh …", the issuer's own unit on what it will do, a17-10)
                block.append(p)
            elif len(self.out) == n + 1 and inherited and block and block[-1] is prev_part and not p.children \
                    and re.fullmatch(r"[a-zđ][.)]", (p.label or "").strip()) \
                    and same_addressee(self.out[n].who or "", inherited):
                # "b) Rà soát toàn bộ đảng viên …; gửi chậm nhất ngày 10/12/2026." / "c) Chi bộ tự đánh giá, dự kiến xếp
                # loại đảng viên …" under "1. Rà soát, báo cáo …" and "… đề nghị các chi bộ thực hiện một số nội dung
                # sau:" (a18-04): the lettered point that names the intro's body goes on with the block of the points
                # before it that name none, one assignment ("2. Các cơ quan, đơn vị …" after "1. Quán triệt …" under
                # a Công điện's intro to the same bodies stays an item of its own: 96-CD-BXD's labels)
                del self.out[n:]
                block.append(p)
            elif len(self.out) > n:
                flush()
                if titled and p.kind == "item":
                    inherited = None  # "19. Điều khoản thi hành⏎Sở … có trách nhiệm …" ends the titled blocks
                if p.kind == "paragraph" and n > 0 and prev_item is not None and prev_item < n:
                    self.merge_into(n - 1, n)
                elif p.kind == "item" and prev_item == n - 1 and (pt := W.POINT_LABEL.match(self.text(p.start, p.end))) \
                        and W.RULE_CASE_OPENING.match(self.text(p.start, p.end), pt.end()):
                    # "c) Trong thời hạn 05 ngày làm việc, …, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thu hồi …" /
                    # "d) Trong trường hợp thiết bị … bị thất lạc, cơ quan, tổ chức quản lý trực tiếp phải lập biên bản …"
                    # (165/2025/QĐ-UBND, Quy chế Điều 10.6): a point that opens with a time limit or a case and charges
                    # the body of the point before goes on with that rule, one assignment
                    self.merge_into(n - 1, n)
                elif p.kind == "item" and prev_item == n - 1 and len(self.out) == n + 1 and self.out[n].span \
                        and self.out[n].span.start in self.filed:
                    self.merge_into(n - 1, n)  # the filing goes on with the point before (filed_by): one block
                elif p.kind == "item" and prev_item == n - 1 and self.titled_clauses(prev_part, p):
                    # "1. Cấp mới Chứng thư chữ ký số cho cá nhân⏎Cơ quan, tổ chức quản lý trực tiếp có văn bản ký số
                    # đề nghị …" / "2. Cấp mới … cho cơ quan, tổ chức⏎Cơ quan, tổ chức quản lý trực tiếp có văn bản …"
                    # (165/2025/QĐ-UBND, Quy chế Điều 10): a rule's clauses, each titled by its case, that charge the
                    # same body are one assignment of that body
                    self.merge_into(n - 1, n, loose=True)
            elif p.kind == "paragraph" and trail and not self.skip.covers(p.start):
                trail.append(p)
            prev_item = n if p.kind == "item" and len(self.out) > n else None
            if p.kind == "item" and len(self.out) == n and prev_part is not None and prev_part.kind == "item" and n > 0 \
                    and self.out[n - 1].span and self.out[n - 1].span.end >= p.end:
                prev_item = n - 1  # the item's obligation was merged into the one before: that one goes on
            prev_part = p
            answerable = self.answerable(p) if p.kind == "item" and len(self.out) == n else None
            if p.kind == "item":
                trail = [len(self.out) - 1] if len(self.out) == n + 1 else []
        self.trail_into(trail)
        flush()
        for i, (k0, line) in enumerate(time_lines):
            self.date_after(k0, time_lines[i + 1][0] if i + 1 < len(time_lines) else len(self.out), line)

    def duty_parts(self, parts: tuple[Part, ...]) -> None:
        """The "Trách nhiệm …" / "Tổ chức thực hiện" parts among ``parts`` and their descendants, read as usual; so is a
        part that opens by naming the holder of its duties ("Trưởng ban có nhiệm vụ: …", W.DUTY_STATED)."""
        for c in parts:
            if c.heading and W.DUTY_CHILD_HEAD.match(Folded.of(c.heading).view):
                self.part(c)
            elif any((stated := W.DUTY_STATED.match(Folded.of(par).view)) and S.named_body(stated.group("who"))
                     for par in [clean_quote(x).strip(" *") for x in re.split(r"\n\s*\n", self.text(*self.own(c)).strip())[:2]]):
                self.part(c)  # (its first paragraph, or the one under an article's title: "Điều 2. Trưởng ban")
            elif c.level <= 4:
                self.duty_parts(c.children)

    def handed_on(self, heading: str, c: Part) -> bool:
        """``c`` hands a task on ("- Giao Văn phòng HĐND và UBND xã tuyên truyền …") under a heading that requests a
        body outside the issuer's line ("5. Đề nghị Ủy ban nhân dân xã"): the body asked is to give that task to its own
        office, part of the request (the labels: one entry of the body asked), not the issuer's assignment of it."""
        return bool(W.REQUEST_HEAD.match(Folded.of(clean_quote(heading)).view.lstrip("-–+•* "))) \
            and bool(W.HAND_ON.match(Folded.of(clean_quote(self.text(*self.own(c)))).view.lstrip("-–+•* ")))

    @staticmethod
    def asks_other(rest: str) -> bool:
        """The paragraph under a body's line opens with a request cue naming a body ("Đề nghị Sở Y tế …", "Giao Phòng
        Kinh tế …"): a request of its own, not the task of the body the line names. A cue that goes straight on to the
        act ("6. Các chủ rừng (…)" / "Đề nghị xây dựng phương án PCCCR …, gửi về UBND xã trước ngày 30/11/2030") asks the
        body of the line, whose task it is."""
        v = Folded.of(rest).view
        cue = W.CUE.match(v)
        if not cue:
            return False
        verb = first_verb(v[cue.end():])
        return not (verb is not None and verb.start() == 0)

    def part(self, p: Part, inherited: str | None = None) -> None:
        if p.heading and (code := CODE.match(p.heading)):
            p = replace(p, heading=p.heading[code.end():])  # "Điều 20.4.TT.9.21. Trách nhiệm của …": the Pháp điển code
        if p.kind == "item" and (p.label or "").startswith("Điều") and not p.children and title_only(self.text(*self.own(p))):
            return  # "Điều 18.5.NĐ.4.5. Người đứng đầu … giải quyết vụ việc …": an article's title alone names no duty
        if p.kind == "item" and (p.label or "").startswith("Điều") and (one := article_line(self.text(*self.own(p)))):
            # "Điều 20.1.TT.7.11. Trách nhiệm của Sở Y tế 1. Chỉ đạo … 2. …" (the Pháp điển's one-line
            # articles): the title charges its body with the clauses on its line and those below it
            # (its sentence may open with a time limit: "Thủ tục thu hồi Thẻ … | Trong thời hạn 03 ngày làm việc, …, Sở Tư
            # pháp … quyết định thu hồi …" is a decision due, not a power)
            timed = bool(W.TIME_LIMIT_OPENING.search(self.text(*self.own(p)).split("\n", 1)[0][:300]))
            self.add(one[0], "; ".join(x for x in (one[1], self.tasks_below(p)) if x), p.start, p.end, headed=True,
                     timed=timed)
            return
        if not p.heading and p.kind == "item":
            first = clean_quote(re.split(r"\n\s*\n", self.text(*self.own(p)).strip(), maxsplit=1)[0])
            if W.DUTY_HEADING.match(first):  # "Điều 6. Nội⏎dung Công an tỉnh có trách nhiệm chủ trì⏎⏎Nắm tình hình …"
                p = replace(p, heading=first)
        if W.PROCEDURE_FIELD.match(self.f.view, self.own(p)[0]):
            return  # "- Nơi tiếp nhận và trả kết quả: + Trung tâm …": a procedure's field, no assignment
        if p.kind == "paragraph" and not p.children and W.PLAN_CLOSING_LINE.match(self.f.view, self.own(p)[0]) \
                and self.deadline_in(*self.own(p), None) is None:
            return  # "Trên đây là Kế hoạch … Đề nghị Ủy ban MTTQ xã … phối hợp triển khai thực hiện./.": the formula
        if not p.children and W.PROGRAMME_DAY.match(self.f.view, self.own(p)[0]):
            return  # "- Ngày thứ nhất: Đảng ủy họp …; UBND xã triển khai …": a day of a drill's scenario, no assignment
        if p.kind == "item" and p.heading and W.OBJECT_FIELD.match(fold(p.heading)) \
                and re.match(r"[\s*]*" + re.escape(p.heading) + r"[\s*]*:", self.text(*self.own(p))):
            return  # "- Đối tượng: Chi bộ …" (a check's plan): the body checked, no assignment
        if p.kind == "item" and p.heading and not p.children and W.MANNER_FIELD.match(fold(p.heading)) \
                and re.match(r"[\s*]*" + re.escape(p.heading) + r"[\s*]*:", self.text(*self.own(p))):
            return  # "4. Phương thức: tổ tiêm phòng gồm … tiêm tập trung …": how the work is done, no assignment
        if p.kind == "item" and p.heading and not p.children and W.PROJECT_ROLE_FIELD.match(fold(p.heading)) \
                and (field := re.match(r"[\s*]*" + re.escape(p.heading) + r"[\s*]*:", self.text(*self.own(p)))) \
                and first_verb(Folded.of(S.guard(self.text(self.own(p)[0] + field.end(), self.own(p)[1]))).view) is None:
            return  # "3. Chủ đầu tư: Ủy ban nhân dân xã Yên Hòa.": the project's investor named, no task (a45-07, t45-07)
        if p.kind == "item" and p.heading and not p.children \
                and W.ATTENDEES_HEAD.match(Folded.of(clean_quote(p.heading)).view.strip(" :.*")):
            return  # "- Thành phần: …; Thường trực Hội đồng nhân dân, lãnh đạo Ủy ban nhân dân xã; …" under a conference's
            # item (a33-01): the guests invited, as under a roman "THÀNH PHẦN" section, no body charged
        if self.skip.covers(p.start):
            # an assessment that goes on to the tasks ahead: its items past the results are read,
            # with the body the paragraph before them charges ("…, thành phố X cần thực hiện … sau đây:")
            keep = tuple(c for c in p.children if not self.skip.covers(c.start))
            k = p.children.index(keep[0]) if keep else 0
            if k > 0:
                intro = self.intro(p.children[k - 1])
            else:  # the heading's own text ends with that paragraph
                own = self.text(*self.own(p)).rstrip()
                intro = self.intro_text(re.split(r"\n\s*\n", own)[-1])
                if intro is None:
                    # (ncfix47a) a DOCX's or a PDF's paragraphs one newline apart, no blank line between: the last
                    # paragraph starts after the line that closed a sentence (641/TB-VPCP as DOCX and PDF: "… ủy
                    # quyền." ⏎ "Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện … sau đây:", read whole
                    # with the assessment above it, named no body and lost the items' assignment)
                    intro = self.intro_text(re.split(r"\n\s*\n|(?<=[.;])\s*\n", own)[-1])
            self.parts(keep, intro)
            return
        s, e = self.own(p)
        if p.kind == "item" and not p.children and self.timed_step(s, e):
            return  # "1. Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử.": the step's task and time
        own = clean_quote(self.text(s, e))
        units = [c for c in p.children if (c.kind == "paragraph" or not c.children)
                 and W.UNIT_LINE.match(self.f.view, c.start)]
        if p.kind == "item" and len(units) >= 2:  # several tasks, each with its own "Đơn vị chủ trì"
            self.unit_blocks(p)
            return
        if p.kind == "item" and len(units) == 1 and self.unit_after_table(p, units[0], inherited):
            return
        unit = self.unit_line(p) if p.kind == "item" else None
        if unit and self.procedure_item(p):
            return  # "- Cơ quan thực hiện: Sở Tư pháp" beside "- Trình tự thực hiện: …": a procedure, no assignment
        if unit and (said := self.unit_sentence(unit)):
            # "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các bộ, … rà soát …" / "- Thời gian thực
            # hiện:" / "+ Các bộ, … gửi kết quả … trước ngày 15/12/2025" / "+ Bộ Công an tổng hợp … trước ngày
            # 31/12/2025" (2623-QD-TTg): the line assigns in sentences, each body its own entry for the block
            self.sentences(said, p.end)
            return
        if unit:  # a task block with its own "Đơn vị chủ trì" line counts like a table row
            if not p.heading and s < unit[1] < e:  # "… ban hành. Đơn vị chủ trì: Sở Tư pháp.": the label is no task
                own = clean_quote(self.text(s, unit[1])).rstrip(" (;")
            tasks = [x for x in (own if not p.heading else self.titled_task(p), self.tasks_below(p)) if x]
            pm = W.PARTNERS_LABEL.search(self.f.view, unit[1], e)  # "…; đơn vị phối hợp: UBND các xã, phường."
            partners = clean_quote(self.text(pm.start("who"), pm.end("who"))) if pm else \
                self.partner_line(unit[1], p.end)  # "Đơn vị phối hợp: Sở Tư pháp." on a line of its own
            self.add(unit[0], "; ".join(tasks), p.start, p.end, partners=partners)
            return
        if p.kind == "paragraph":
            self.sentences(s, e, inherited)
            self.parts(p.children, inherited)
            return
        if p.heading and p.level <= 4 and W.COMPETENCE_HEAD.match(Folded.of(p.heading).view):
            # "Điều 2. Nội dung phân cấp", "Điều 2. Nhiệm vụ và quyền hạn": powers and functions, not tasks;
            # a "Trách nhiệm …" part inside (at any depth: Chương > Mục > Điều) still assigns
            self.duty_parts(p.children)
            return
        if p.heading and p.start not in self.steps \
                and (W.PARTICIPANTS_HEAD.match(Folded.of(clean_quote(p.heading)).view.strip(" :.*"))
                     # (obl51) run in: "3.2. Thành phần:** Khoảng 250 đại biểu, gồm" over its bullets of guests (a49-06)
                     or W.PARTICIPANTS_HEAD.match(Folded.of(clean_quote(p.heading)).view.split(":")[0].strip(" .*"))):
            self.dated_in_scope(p)  # "3.2. Thành phần" / "- Đại biểu cấp tỉnh: …": the guests (W.PARTICIPANTS_HEAD)
            return
        if p.heading and W.SKIP_HEAD.match(Folded.of(p.heading).view) and not W.KEEP_HEAD.search(
                Folded.of(p.heading).view) and p.level <= 4 and p.start not in self.steps:
            if W.SCOPE_HEAD.match(Folded.of(clean_quote(p.heading)).view.strip(" :.*")):
                self.dated_in_scope(p)
            elif W.PERSONNEL_HEAD.match(Folded.of(clean_quote(p.heading)).view.strip(" :.*")):
                # the personnel part of a congress plan: its rules on who may be elected charge no body; a named
                # body's dated task in it, at any depth ("1. Số lượng" / "b) Văn phòng … chuẩn bị hồ sơ nhân sự trước
                # ngày …"), is read as anywhere else and kept
                n = len(self.out)
                self.parts(p.children, None)
                self.out[n:] = [o for o in self.out[n:] if o.deadline is not None and o.who and o.who[:1].isupper()]
            return
        if p.heading and W.GENERAL_REQUIREMENTS.match(Folded.of(clean_quote(p.heading)).view.strip(" :.*")) \
                and self.deadline_in(p.start, p.end, None) is None:
            # "I. YÊU CẦU CHUNG" of a Hướng dẫn: "3. Các cơ quan, đơn vị, địa phương đã sắp xếp … thực hiện bình xét
            # trên cơ sở …" — the standards the work keeps, undated, no body's task (t28-08, a24-07, t27-10's labels);
            # a dated aim there is one ("2. Yêu cầu chung ⏎ Các sở, ngành, UBND các xã … Phấn đấu bàn giao 100% mặt
            # bằng … trước ngày 31/3/2027", a Thông báo kết luận, a26-03)
            return
        if p.kind == "item" and (member := S.member_heading(self.text(s, e))):
            # "1. Đồng chí Vũ Thị Hạnh - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường" over "- Trực tiếp phụ trách …"
            # (a Thông báo phân công nhiệm vụ, t21-05): the named member's duties, on the heading's line or below, are
            # one assignment of the member as the heading names them
            self.add(member[0], "; ".join(x for x in (member[1], self.tasks_below(p)) if x), p.start, p.end,
                     headed=True)
            return
        # the body's name may wrap ("4. Sở Tài" / "chính" / "" / "Chủ trì, phối hợp …")
        alone = ALONE_LINE.match(self.text(s, e)) if p.kind == "item" else None
        rest = clean_quote(self.text(s + alone.end(), e)) if alone else ""
        line = clean_quote(alone.group(1)) if alone else ""
        # "3. Đề nghị các sở, ngành: Khoa học và Công nghệ, Tài chính, …" / "" / "Theo chức năng, nhiệm vụ, phối hợp …"
        # (t19-09: the colon inside kept the line from being read as the item's heading): the body the request names
        asked = W.CUE.match(Folded.of(line).view) if alone else None
        name = line[asked.end():] if asked and asked.end() < len(line) else line
        if alone and not asked and (topic := W.TOPIC_BODY.match(name)) and self.topic_assigns(name):
            # "2. Đối với chi bộ, đảng ủy bộ phận" / "" / "Báo cáo kết quả kiểm tra, giám sát …" under a part that assigns
            # (a21-05's "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"): the topic's body standing alone over its task
            name = name[topic.end():]
        if alone and line != p.heading \
                and (not p.children or (p.heading and self.text(s, e).rstrip(" *\t\n").endswith(":") and rest[:1].isupper())) \
                and not alone.group(1).rstrip().endswith(":") \
                and S.body_name(line) == _NAMED_MEMBERS.sub("", name).rstrip(" :.") \
                and rest[:1].isupper() and names_no_other(S.actor(rest)[0], name) \
                and not self.asks_other(rest) \
                and not fold(name).startswith("dong chi") \
                and S.named_body(Folded.of(name).view) and not self.among_topics(p):
            # "3. Sở Nông nghiệp và Môi trường" / "" / "Chủ trì triển khai các nhiệm vụ: …": the line
            # standing alone names the body, the paragraph after it (naming no body, or only the bodies of
            # the heading: "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường" / "" / "Trên cơ sở Kế
            # hoạch này, các sở, ban, ngành Tỉnh tổ chức …; Ủy ban nhân dân các xã, phường … xây dựng …",
            # 617-KH-UBND) is its task: one obligation for the block; so is an intro under it that announces
            # points ("2. Ban cán sự đảng Ủy ban nhân dân tỉnh" / "" / "Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:" / "a) …",
            # the structure's heading running over both), the points its tasks too
            # (a joint heading's paragraph may charge one of its bodies alone after a ";": "2.5. Ban Chỉ huy Quân sự xã,
            # Công an xã" / "" / "Giữ vững quốc phòng, an ninh …; Ban Chỉ huy Quân sự xã hoàn thành sơ tuyển … trong tháng
            # 11/2027." — that body's own entry, with its date, as in a heading over points, member_clauses; an undated
            # clause goes on with the block: "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường" / "" / "Trên cơ
            # sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức …; Ủy ban nhân dân các xã, phường … xây dựng kế hoạch …",
            # 617-KH-UBND's labels: one entry)
            # (… and one member of a plural heading's group named by its own name is charged alone, dated or not:
            # "3. Các trường … trên địa bàn" / "…; Trường Trung học cơ sở X bố trí bể bơi …", BlockBodies.class_member)
            # (… and one of the mass organisations a heading names as a class, leading a task of its own: "3. Các tổ chức
            # chính trị - xã hội xã (Hội Nông dân, …, Đoàn Thanh niên)" / "Vận động hội viên …; Hội Nông dân chủ trì
            # …", member_clauses: the README's "bodies addressed separately, each its own entry"; its share of the group's
            # work, "…; Đoàn Thanh niên huy động tối thiểu 100 ngày công", stays the group's, t36-03's labels)
            mass = bool(W.MASS_ORG_CLASS.search(fold(line)))
            members = [x for x in self.member_clauses(s + alone.end(), e, S.body_name(line))
                       if self.deadline_in(x[2], x[3], None) or self.class_member(x[0], x[1], S.body_name(line))
                       or (mass and W.MASS_ORG.match(fold(x[0])) and fold(x[1]).lstrip().startswith("chu tri"))]
            self.add(self.role_asked(rest, S.body_name(line)),
                     "; ".join(x for x in (rest, self.tasks_below(p)) if x), p.start, p.end,
                     skip=tuple((x[2], x[3]) for x in members))
            for w2, what2, c0, c1 in members:
                self.add(w2, what2, c0, c1)
            return
        if p.heading and not self.wrapped_head(p.heading, own, self.text(s, e)):
            who = S.body_name(p.heading) if (self.topic_assigns(p.heading) or self.named_topic_head(p)) \
                and not self.among_topics(p) and not W.CLAUSE_IN_LINE.search(p.heading) else None
            duty = None
            if p.children and (duty := W.DUTY_TITLE.match(p.heading.strip())):
                # "Điều 17. Trách nhiệm của Văn thư cơ quan" over its duties: the title's X as printed,
                # none for persons ("… của các cá nhân có liên quan")
                titled = duty_body(duty)
                who = titled or (None if names_persons(duty.group("body")) else who)
            if who is None and (overseer := self.oversight_body(p)):
                who = overseer  # "IV. CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT CỦA ỦY BAN KIỂM TRA ĐẢNG ỦY" over its items
            generic = bool(who and re.match(r"(?:cac |nhung )?(?:co quan|don vi|to chuc|dia phuong|so, ban|bo, nganh)",
                                            fold(who)))  # "Trách nhiệm của cơ quan, đơn vị và cá nhân"
            if who and p.children and W.BODY_AND_MEMBERS.search(fold(who)) and sum(
                    bool(c.heading and W.DUTY_TITLE.match(c.heading.strip())) for c in p.children if c.kind == "item") >= 2:
                # "Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo và các thành viên" over "1. Nhiệm vụ của Ban Chỉ đạo" / "a) …"
                # and "2. Nhiệm vụ của thành viên Ban Chỉ đạo" / "b) Phó Trưởng Ban Thường trực giúp …" (a Quyết định thành
                # lập Ban Chỉ đạo, a21-04): the board's block and each role's, item by item, not one joint block
                self.parts(p.children, None)
                return
            if who and p.children and (self.board_setup(p, who) or self.helper_units(p)):
                # "IV. BAN TỔ CHỨC LỄ HỘI" over its make-up and "2. Các tiểu ban giúp việc" (a45-02): each sub-board and
                # each body a line gives a task ("Giao Phòng Văn hóa - Xã hội tham mưu … trước ngày 05/3/…") its own entry
                self.parts(p.children, None)
                return
            if who and self.bodies_below(p, who, generic) >= (1 if generic else 2):
                # "Điều 2. Trách nhiệm của các cơ quan, đơn vị" over "1. Sở Tài chính", "2. Sở Khoa học và
                # Công nghệ chủ trì …": a heading over the bodies' own items, not a body with tasks
                self.parts(p.children, None)
                return
            items = [c for c in p.children if c.kind == "item" and c.level < 8]
            if who and items and W.MEMBERS_CLASS.match(fold(who).strip()) and all(self.role_item(c, who) for c in items):
                # "Điều 5. Các thành viên" over "1. Thư ký Tổ công tác tổng hợp …", "2. Các thành viên khác thực hiện …"
                # (a Quy chế of a Tổ công tác, a47-07): the members as a class, every item a role of its own, each its
                # own entry; an item with no subject ("1. Thực hiện nhiệm vụ do Trưởng ban phân công") keeps the block
                self.parts(p.children, None)
                return
            if who and self.role_bullets(p, who) \
                    and not (own.startswith(p.heading) and own[len(p.heading):].strip(" :.*")):
                # "1. Ban Giám hiệu" over "- Hiệu trưởng chịu trách nhiệm chung …", "- Phó Hiệu trưởng giúp Hiệu trưởng
                # …" (t52-06): the board's posts, each addressed separately, each its own entry
                self.parts(p.children, None)
                return
            if who and duty and items and self.bodies_below(p, who, generic, members_from=1) >= len(items):
                # "Điều 3. Trách nhiệm của Văn phòng" over its one item "1. Công chức Văn phòng - Thống kê tổng hợp …"
                # (the final newcomer of session 17): every item of a duty article names its own body, one item too
                self.parts(p.children, None)
                return
            if who:  # "2. Sở Khoa học và Công nghệ" with its tasks below
                who = named_once(who)  # (the title run into its sentence, as a scan's heading reads it, 161/2025/QĐ-UBND)
                rest = own[len(p.heading):].strip(" :.") if own.startswith(p.heading) else ""
                w2, what2 = S.actor(own)
                if w2 and len(w2) > len(who) and fold(w2).startswith(fold(who)) and len(w2.split()) <= len(who.split()) + 12 \
                        and not re.search(r"[:(;]", w2[len(who):]) and not fold(w2[len(who):]).strip(" *").startswith(fold(who)) \
                        and not self.task_after_gap(s, e, w2[len(who):]):
                    # "(i) Tập đoàn … quốc gia Việt⏎Nam báo cáo …": the name goes on past the first line ("Điều 11.
                    # Trách nhiệm của Bộ Công Thương⏎⏎Bộ Công Thương có trách nhiệm: …" names it again, not on; also
                    # after the bold title's closing "**": "**Điều 21.⏎Trách nhiệm của Sở Khoa học và Công nghệ**⏎⏎Sở
                    # Khoa học và Công nghệ là cơ quan quản lý, …, có trách nhiệm:", 161/2025/QĐ-UBND)
                    who, rest = S.clean_who(w2), what2
                who = self.role_asked(rest, who)
                if not p.children and (members := self.members_in_text(s, e, p.heading, who)):
                    for w2, what2, c0, c1 in members:  # "5. Các phòng chức năng thuộc Sở Y tế" / "Phòng Nghiệp vụ Y …;
                        self.add(w2, what2, c0, c1)     # Phòng Kế hoạch - Tài chính …": each member its own entry
                    return
                # "b) Giao Thanh tra thành phố …" under it is another body's own assignment
                own_cue = [c for c in p.children if W.CUE.match(Folded.of(clean_quote(self.text(*self.own(c)))).view)
                           and not W.MANAGED_PARTY.match(Folded.of(clean_quote(self.text(*self.own(c))).lstrip("-–+• ")).view)
                           and (not c.children or (c.heading and S.cue_body(c.heading)))
                           and not self.handed_on(p.heading, c)]
                # a paragraph after the block's lettered tasks that charges bodies of its own ("7. Đề nghị Ủy ban Mặt
                # trận …" / "a) …" "b) …" / "Các phòng chuyên môn, đơn vị và các tổ dân phố báo cáo … trước ngày 20 …
                # Giao Công an phường tổng hợp …", a15-06): the section's closing words, not this body's task
                # "1. Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các xã, phường" over "c) Ủy ban nhân dân các xã,
                # phường rà soát …" (a15-02): the item charges one of the heading's bodies alone, an entry of its own
                own_cue += [c for c in p.children if c.kind == "item" and c not in own_cue and self.one_of(c, who)]
                # "Điều 6. Phòng Quản lý môi trường và Trung tâm Quan trắc tài nguyên và môi trường" over "1. Phòng Quản
                # lý môi trường chủ trì …" / "2. Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu, phân tích …"
                # (a17-05): each clause opens with one of the title's bodies by name, whatever its verb
                listed = {id(c): name for c in p.children if c.kind == "item" and c not in own_cue
                          and (name := self.listed_body(c, who))}
                # "1. Các ban, Văn phòng Hội LHPN tỉnh" over "- Ban Tuyên giáo - Gia đình chủ trì …", "- Ban Phong trào -
                # Kinh tế chủ trì …": a heading naming a group by its plural head, each item one of its members by name
                listed |= {id(c): name for c in p.children if c.kind == "item" and c not in own_cue
                           and id(c) not in listed and (name := self.group_member(c, who))}
                own_cue += [c for c in p.children if id(c) in listed]
                own_cue += [c for c in p.children if c not in own_cue and self.singled_out(c, who)]
                if W.TOPIC_BODY.match(clean_quote(p.heading).strip()):
                    own_cue += [c for c in p.children if c not in own_cue and self.topic_other(c, who)]
                own_cue += [c for i, c in enumerate(p.children) if c.kind == "paragraph" and c not in own_cue
                            and any(x.kind == "item" for x in p.children[:i]) and self.charges_other(c, who)]
                own_cue = [c for c in own_cue if not self.tier_organ(p, S.actor(clean_quote(self.text(*self.own(c))))[0] or "", who)]
                if W.DUTY_TITLE.match(p.heading.strip()):
                    # "Điều 17. Trách nhiệm của Cơ quan quản lý trực tiếp" over "2. Các cơ quan, đơn vị nhận văn bản
                    # điện tử được ký số phải thực hiện đầy đủ …" (165/2025/QĐ-UBND): an item whose own subject is
                    # other bodies, charged by "phải" / "có trách nhiệm", is their assignment
                    own_cue += [c for c in p.children if c not in own_cue and c.kind == "item"
                                and self.other_duty(clean_quote(self.text(*self.own(c))), p.heading)]
                # the document's closing paragraph ("Trên đây là Chỉ thị … thực hiện nghiêm túc
                # Chỉ thị này") after the last item is not that body's task
                kept = [c for c in p.children if c not in own_cue
                        and not (c.kind == "paragraph" and W.CLOSING.search(fold(self.text(c.start, c.end))))]
                if kept and all(_level_item(fold(clean_quote(self.text(*self.own(c))))) for c in kept):
                    return  # "1. Ban Tổ chức (không quá 06 người)" over "a) Mức 400.000 đồng/người/buổi …": levels
                if kept and not rest.strip(" *") and all(
                        W.MEMBER_ONLY.match(t) and not W.MEMBER_COMMA_HEAD.match(t)
                        for t in (clean_quote(self.text(*self.own(c))) for c in kept)):
                    return  # "4. Các Ủy viên:" over "- Ông Trần Văn An, Trưởng phòng Nội vụ;": a Ban's members, no task
                tasks = "; ".join(clean_quote(self.text(*self.own(c))) for c in kept
                                  if not W.META_LINE.match(self.f.view, c.start))
                what = "; ".join(x for x in (rest, tasks) if x)
                # its span (where its deadline is read) ends with its own tasks, not with a closing
                # paragraph or another body's item under it
                end = max([e] + [c.end for c in kept])
                others = self.other_clauses([(s, e)] + [(c.start, c.end) for c in kept if c.kind == "paragraph"], who)
                # (in the heading's own text, or in a point below it: "8. UBND các xã: Mường Lát, Trung Lý, …" over "-
                # Chủ động phối hợp …; UBND xã Trung Lý hoàn thành di dời 14 hộ dân … chậm nhất ngày 31/01/2027", a20-05)
                for x0, x1 in [(s, e)] + [(c.start, c.end) for c in kept]:
                    others += [x for x in self.member_clauses(x0, x1, who) if all(x[2] != o[2] for o in others)]
                # (a body the joint heading names itself doing its undated share: the block's own work, joint_names)
                others = [x for x in others if self.deadline_in(x[2], x[3], None) or not joint_names(who, x[0])]
                skip = tuple((x[2], x[3]) for x in others) + tuple((c.start, c.end) for c in own_cue)
                # "Điều 3. Trách nhiệm của Giám đốc Sở" over "1. … chịu trách nhiệm trước …", "2. … quyết định những vấn
                # đề thuộc thẩm quyền; …": the post's accountability and powers, no task
                stated = bool(kept) and not rest and self.powers_only(kept, who)
                if kept and listed and not rest.strip(" *") and all(id(c) in listed for c in p.children if c.kind == "item") \
                        and all(c.kind == "paragraph" and W.MEMBERS_NOTE.match(Folded.of(clean_quote(self.text(*self.own(c))))
                                                                              .view.lstrip("-–+•* ")) for c in kept):
                    # "c) Các đoàn thăm hỏi của xã" over "- Đoàn số 1 …", "- Đoàn số 2 …" (each its own entry), then "Quà
                    # của các đoàn trích từ suất quà tại điểm a; Phòng Văn hóa - Xã hội lập danh sách …": a note on the
                    # teams' gifts (another body's clause its own entry), no task of the group
                    kept, rest = [], ""
                if len(others) == 1 and not own_cue and what.startswith(others[0][0]) \
                        and W.OWN_DEPARTMENT.match(fold(others[0][0])) and not re.match(r"(?:cac|nhung)\s", fold(who)):
                    # "6. Ban Tuyên giáo Tỉnh ủy" over "Phòng Tuyên truyền chủ trì theo dõi …; tổng hợp, báo cáo …":
                    # the body's whole block is done by its own department, one assignment of the two named together
                    # (a group's heading, "3. Đối với các phòng nghiệp vụ của Ủy ban Kiểm tra" over "Phòng Tổng hợp chủ
                    # trì …", charges its member by name: a21-05's labels, the member's entry alone)
                    self.add(f"{who} ({others[0][0]})", others[0][1], p.start, end, headed=True)
                    return
                # ("**" closing a bold heading is no task left: "**2. Ủy ban Mặt trận … và các đoàn thể …**" over bullets
                # that each name their own body keeps no entry of its own)
                if (kept or not (listed or own_cue) or rest.strip(" *")) and not stated:
                    # (a title whose clauses all went to its bodies has no task left: "2.4. Đối với Ban Công tác Mặt trận
                    # và các đoàn thể thôn" over "- Ban Công tác Mặt trận thôn chủ trì …", "- Chi hội Phụ nữ duy trì …")
                    self.add(who, what or own, p.start, end, headed=True, skip=skip)
                for w2, what2, c0, c1 in others:
                    self.add(w2, what2, c0, c1)
                for c in own_cue:
                    n = len(self.out)
                    self.part(c, None)
                    if id(c) in listed and len(self.out) == n:  # its verb unknown to the verb lists ("lấy mẫu")
                        a, b = self.own(c)
                        task = clean_quote(self.text(a, b)).strip()[len(listed[id(c)]):].strip(" ,")
                        self.add(listed[id(c)], task, c.start, c.end)
                for c in p.children:
                    # a closing paragraph with a due date asks its own bodies ("Trên đây là Kế hoạch … Đề nghị các
                    # cơ quan, đơn vị … Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …"); without one it is a formula
                    if c not in kept and c not in own_cue and self.deadline_in(c.start, c.end, None):
                        self.part(c, None)
                return
            if own.startswith(p.heading) and len(own) > len(p.heading) + 5:
                # "2. Nhiệm vụ thời gian tới" over prose: the prose's sentences
                off = self.f.original.find(p.heading[-10:], s, e)
                n = len(self.out)
                if off >= 0:
                    at = off + len(p.heading[-10:])
                    self.sentences(s if self.wrapped_line(p.heading, at) else at, e, inherited)
                    head_dl = self.deadline_in(s, at, None)
                    if not time_heading(p.heading, head_dl):
                        # "1. Rà soát bảng kê …: từ ngày 12/02 đến ngày 10/3/2029. Trưởng khu phố phối hợp …": the
                        # step's name, then its time alone as the first sentence (step_time)
                        head_dl = step_time(self.f.original, at, e, self.deadline_in)
                    if head_dl is not None:
                        # "1. Trước ngày 05/9/2028: Văn phòng Đảng ủy gửi …": a timetable's step, its time the
                        # due date of the bodies its sentences charge (dated_heads)
                        self.out[n:] = [o if o.deadline else replace(o, deadline=replace(head_dl, who=o.who))
                                        for o in self.out[n:]]
                if len(self.out) > n or p.children:
                    k = len(self.out)
                    self.parts(p.children, self.intro(p) or inherited)
                    items = sum(c.kind == "item" for c in p.children)
                    if k - n == 1 and items and W.ANNOUNCES_BELOW.search(fold(own).rstrip(" .:*")) \
                            and len(self.out) - k >= items and (self.out[n].deadline is None or self.out[n].deadline.past) \
                            and all(fold(o.who or "") != fold(self.out[n].who or "") for o in self.out[k:]):
                        # "2. Nhiệm vụ trong thời gian tới" / "…; yêu cầu các cơ quan, đơn vị, địa phương tập trung cao
                        # độ, quyết liệt thực hiện, bảo đảm đúng quy định …. Cụ thể:" over "2.1. Ban Quản lý dự án …",
                        # "2.2. …" each naming its body (t19-08): the prose announces their tasks, it assigns none itself
                        del self.out[n]
                    elif k - n == 1 and len(self.out) == k + 1 and items and self.out[k].who \
                            and fold(self.out[k].who) == fold(self.out[n].who or "") \
                            and not any(c.heading for c in p.children if c.kind == "item") \
                            and self.text(s, e).rstrip(" *\t\n").endswith(":"):
                        # "2. Mục tiêu, nhiệm vụ …" / "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, … tiếp tục quán triệt …;
                        # phấn đấu thực hiện các mục tiêu sau:" over "- Năm 2027 thành lập mới …" (a19-01): the points
                        # that name no body of their own go on with the prose's assignment, one block of its body
                        self.merge_into(n, k)
                    return
        # (the colon no bracket holds: "a) Tiểu ban Hậu cần (Trưởng tiểu ban: Chánh Văn phòng): trang trí …" names the
        # sub-board, its leader in the bracket; text.colon_outside_brackets)
        colon = colon_outside_brackets(own[:160])
        if colon >= 0 and not W.CUE.match(Folded.of(own).view) \
                and not any(own.find(":", m.start()) == colon for m in V.NAME_LIST_RE.finditer(own[:colon + 3])) \
                and not sentence_before_label(own[:colon]):
            head = own[:colon]
            if level := W.LEVEL_BODIES.match(clean_quote(head).strip()):
                head = level.group(1)[:1].upper() + level.group(1)[1:]  # "Cấp chi bộ (chi bộ trực thuộc …)": the bodies
            # "1.3. Đối với UBND các xã, phường: hướng dẫn các thôn, làng, tổ dân phố tổ chức bình xét …, hoàn thành trước
            # ngày 31/12/2026" (a Sở's Công văn hướng dẫn, a21-07): a topic and its task on one line assign in a letter or
            # plan (no rule-making type) outside a list of criteria, not only under a part titled as the assignment
            inline = bool(W.TOPIC_BODY.match(clean_quote(head).strip())) and not S.rule_document(self.st.type) \
                and not self.under_criteria(s)
            name = S.body_name(head) if inline or self.topic_assigns(head) else None
            if name and not _level_item(fold(own[colon + 1:]).strip()):  # "Ủy ban nhân dân phường: Xây dựng …"
                what = "; ".join(x for x in (own[colon + 1:].strip(), self.tasks_below(p)) if x)
                self.add(name, what, p.start, p.end)
                return
        n = len(self.out)
        if W.REQUEST_TOPIC.match(Folded.of(own).view) and self.f.original.find(":", s, e) > 0:
            s = self.f.original.find(":", s, e) + 1  # the answer to a request, not the request
        elif p.kind == "item" and (p.label or "").startswith("Điều") and (title := article_title_end(self.text(s, e))):
            s += title  # "Điều 1.4.TT.4.7. Dây chuyền kiểm soát tại cửa khẩu … | 1. Khi có dịch bệnh, Sở Y tế …": the title
            # names what the article rules on; its clauses charge
        self.sentences(s, e, inherited if not p.children else None, tasks_below=p)
        if len(self.out) > n:
            return
        if inherited and own and not p.children and not own.endswith(":"):
            self.add(inherited, own, p.start, p.end)
            return
        self.parts(p.children, self.intro(p) or inherited)


def find_obligations(f: Folded, st: Structure, lay: Layout, deadlines: list[Deadline], targets: list[Target],
                     ref: dt.date | None = None, dated: list[DateHit] | None = None) -> list[Obligation]:
    """Obligations of one document, in text order (see the module docstring). ``dated``: the whole text's dates as
    the deadline readers took them (:func:`vanban.extract.extract`'s one pass of ``dates.find_dates``), read again
    here only for a caller that has none."""
    r = _Reader(f, st, lay, deadlines, targets, ref)
    # "… đề nghị Thủ trưởng các đơn vị thực hiện một số nội dung sau:" closing the preamble
    intro = r.intro(st.preamble[-1]) if st.preamble else None
    if intro is None and st.body:
        # the paragraph right above the first numbered part, when the preamble holds no basis
        # lines ("…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện một số nhiệm vụ sau:")
        before = f.original[max(0, st.body[0].start - 1500):st.body[0].start]
        intro = r.intro_text(re.split(r"\n\s*\n|(?<=[.;])\s*\n", before.rstrip())[-1])
    r.parts(st.body, intro)
    r.prose_before_body()
    procedures = []
    for app in st.appendices:
        if recipients_left(f.original[app.start:app.end]):
            continue  # the rest of a Nơi nhận list the signature block did not take in, not an appendix
        if describes_procedures(f.view[app.start:app.end]) or no_task_appendix(f.view[app.start:app.start + 300]):
            procedures.append((app.start, app.end))
            continue  # the administrative procedures a Quyết định công bố TTHC describes: no assignment
        r.parts(app.children)
    led: set[int] = set()  # the tables read already (a quota table printed a cell a line is both data and quota)
    for t in st.tables:
        n = len(r.out)
        if t.role == "data" and t.header and not any(a <= t.start < b for a, b in procedures):
            r.table(t)
        if len(r.out) > n:
            led.add(t.start)  # a task table: its rows named their bodies
        elif t.role in ("data", "quota") and t.start not in led and not any(a <= t.start < b for a, b in procedures) \
                and r.quota_table(t):
            led.add(t.start)
    # a Nơi nhận list that the reader left inside the body (legacy OCR reads the two columns of the
    # closing one after the other) names recipients, not bodies charged with tasks: the structure's answer
    # (Structure.recipient_labels; "Nơi nhận" as a report calendar's column name is none: "STT | Đơn vị lập | Nội dung
    # báo cáo | Nơi nhận | Thời hạn", a23-09)
    nn = next((p.start for p in st.recipient_labels if st.body_start <= p.start < st.body_end), None)
    if nn is not None:
        r.out = [o for o in r.out if not (o.span and nn <= o.span.start < st.body_end)]
    r.out = [o for o in r.out if not r.repeated_closing(o)]
    seen = set()
    out = []
    for ob in sorted(r.out, key=lambda o: o.span.start if o.span else 0):
        k = (fold(ob.who or ""), ob.span.start if ob.span else 0)
        if k not in seen:
            seen.add(k)
            out.append(ob)
    if intro is not None and st.preamble:
        out = intro_body_once(out, intro, deadlines, st.preamble[-1].end, f.original, st.body)
    out = dated_by_reference(out, f.original, st.body, deadlines, st.tables)  # "… được phân công tại mục III": its rows' dates
    out = dated_by_row_number(out, f.original, st.tables)  # "… chủ trì các chỉ tiêu số 6, 7": those rows' dates
    out = dated_by_team_row(out, f.original, st.tables)  # "… Chủ trì Đoàn kiểm tra số 1": that team's row's time
    out = dated_by_schedule(out, f.original, st.tables, deadlines, st.title or "")  # "… kiểm tra theo lịch": the calendar's first
    out = dated_by_step(out, f.original, st.body, deadlines)  # "… đấu giá … theo tiến độ tại Mục III": that step's
    out = dated_by_event(out, f.view, deadlines, find_dates(f.view, ref) if dated is None else dated)  # "… tham gia Lễ ra quân ngày 04/10/…": its day
    out = dated_by_following_table(out, f.original, st.tables, deadlines)  # "… theo lịch sau:" over a dated table
    out = once_per_step(out, st.body, f.original)  # "Bước 1" charging one body in two bullets: one assignment
    out = dated_by_item_cycle(out, st.body, deadlines)  # "Lưu ý: … các cấp ủy … định kỳ hằng năm": its item's yearly date
    out = [o for o in out if not W.NO_BODY_WHO.fullmatch(fold(o.who or "").strip(" :.*"))]  # "đồng chí", "Bế mạc"
    return join_lead_and_partners(out, f.original)


