"""Task tables read row by row: one obligation per row of a table with a column Đơn vị chủ trì / thực hiện, its
deadline from the Thời gian / Thời hạn cell; a quota table the line above hands to units; the step tables of an
administrative procedure, which assign no task.

Why: a table's layout (header, cells, pipe rows of a .txt copy) is read apart from the prose; this mixin of the
obligation reader (``obligations._Reader``) holds that pass, so the reader's own module keeps the orchestration.
It uses the reader's state (``self.f``, ``self.st``, ``self.out``, ``self.add``, ``self.deadline_in``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.deadlines import year_span_named_outside
from vanban.extract.due_cells import action_campaign, campaign_period, campaign_table, due_column, restates, round_before
from vanban.extract.dates import find_dates
from vanban.extract.figure_rows import figures_only, quota_appendix_rows
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.section_refs import cell_section
from vanban.extract.quota_lead import quota_caption, quota_units, shares_goals, unit_column, unit_name
from vanban.extract.timetable_words import agenda_of_one_session
from vanban.extract.task_table_cells import body_at_end, cell_bodies, date_only, due_in_cell, lead_unit_act, \
    member_roster, months_of_holding, persons_column, row_start, task_header, taken_task
from vanban.models import Span, Table
from vanban.structure import vocab as V
from vanban.text import fold

#: a span of two days joined by a dash ("14/4 - 05/5/2029", "20/4–28/4/2029"): a "từ … đến …" without its words
_DASHED_SPAN = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?\s*[-–]\s*\d{1,2}/\d{1,2}")


class TaskTableRows:
    """The table pass of the obligation reader (a mixin of ``obligations._Reader``)."""

    def span_named_outside(self, cell: str, due_cells: list) -> bool:
        """A due cell holding only a span of years ("2027 - 2030") that the document also names outside the due
        column ("Xây dựng Đề án … giai đoạn 2027 - 2030" in a task cell, "Kế hoạch … giai đoạn 2026 - 2030"): the period
        the plan or a task runs over, not a completion time (the rule ``deadlines._year_span_cells`` keeps for the
        cells it reads; a19-02's "2027 - 2030" row of the Ủy ban MTTQ, its authors: "a period", no deadline)."""
        years = P.YEAR_SPAN_CELL_RE.fullmatch(Folded.of(cell).view)
        return years is not None and year_span_named_outside(self.f.view, years, [(c.start, c.end) for c in due_cells])

    def printed_days(self, cell: str) -> frozenset[str]:
        """The ISO days the whole document writes, for a due cell with a lead time before an event ("Chậm nhất 35
        ngày trước ngày bầu cử (ngày 08/02/2027)", :mod:`.event_leads`: its bracket checked against the election's
        day printed elsewhere); read once, and only for such a cell."""
        if not P.LEAD_BEFORE_EVENT_RE.search(Folded.of(cell[:cell.rfind("(") + 1] or cell).view):
            return frozenset()
        days = getattr(self, "_printed_days", None)
        if days is None:
            days = self._printed_days = frozenset(h.date for h in find_dates(self.f.view, self.ref) if h.date)
        return days

    def quota_table(self, t: Table) -> bool:
        """A table of quotas the line above it hands to units ("Giao chỉ tiêu cụ thể cho 12 thôn như sau:",
        :mod:`.quota_lead`): one obligation of those units, its rows' items the task, dated by the earliest of its
        dated cells (a table whose rows named their bodies was read by :meth:`table` first). True when added."""
        before = self.f.original[max(0, t.start - 600):t.start]
        who = quota_units(before)
        if not who and quota_caption(t.caption):
            return self.dated_unit_rows(t)  # "Bảng 1. Chỉ tiêu … theo thôn" over rows each dated: each unit's own task
        if not who or (shares_goals(before) and figures_only(t, 1)):
            return False  # "3. Chỉ tiêu giao cho từng chi bộ:" over a row of figures per chi bộ: goals, no task
        if self.dated_unit_rows(t):
            return True
        header = [h.strip(" *") for h in t.header]
        items = [clean_quote(row[1].text) for row in t.rows if len(row) > 1 and row[1].text.strip()
                 and [c.text.strip(" *") for c in row] != header]
        what = "thực hiện chỉ tiêu được giao" + (": " + "; ".join(items[:8]) if items else "")
        n = len(self.out)
        self.add(who, what, t.start, t.end, headed=True)
        return len(self.out) > n

    def dated_unit_rows(self, t: Table) -> bool:
        """A quota table whose every row names its unit and that unit's own completion date ("1 | Thôn Làng Bát | 32 |
        4.500 | Trước ngày 30/9/2029", :mod:`.quota_lead`): one obligation per row, of the row's unit, its figures
        the task and its cell's date the deadline. True when added; False (nothing added) when a column is missing
        or a row has no unit or no date, the table then the lead line's one obligation."""
        head = [fold(h) for h in t.header]
        unit_col, due_col = unit_column(head), due_column(head)
        if unit_col is None or due_col is None or due_col == unit_col:
            return False
        rows = []
        for row in t.rows[1:]:
            if len(row) != len(head) or [fold(c.text).strip(" *") for c in row] == head:
                continue  # a header printed again, a row of another grid
            unit, due = row[unit_col], row[due_col]
            if V.TOTAL_ROW_RE.match(fold(unit.text).strip(" *")) and not due.text.strip(" *-–"):
                continue  # "| Cộng | 185 | 32.000 | |": the table's total, no unit's row
            found = due_in_cell(t.header[due_col], due.text, self.ref) if re.search(r"[^\W\d_]{2}", unit.text) else []
            if not found:
                return False
            rows.append((row, unit_name(t.header[unit_col], unit.text), min(found, key=lambda d: d.latest or d.date or "9999")))
        if len(rows) < 2:
            return False
        if not V.TASK_COMPLETION_COL.search(head[due_col]) and all(
                b.date is None and b.earliest and b.latest and b.earliest < b.latest for _, _, b in rows):
            # (tbl53) each row a window of days under any head that is not a completion's ("Thời gian huấn luyện dân
            # quân tại chỗ" | "Từ 02/5 đến 08/5/2039", a xã's militia quotas per thôn, t52-07; a plain "Thời gian thực
            # hiện" alike — no set labels per-unit windows there either way): a schedule of the body running it; the
            # thôn owes no task by those days (the labels date the windows as the body's, not the thôn's). A completion
            # head ("Thời gian hoàn thành", "Trước ngày …" cells) keeps one obligation per row
            return False
        n = len(self.out)
        for row, who, best in rows:
            what = "; ".join(f"{t.header[i].strip(' *')}: {c.text.strip()}" for i, c in enumerate(row)
                             if i not in (0, unit_col, due_col) and c.text.strip())
            self.add(who, what or "thực hiện chỉ tiêu được giao", row[0].start, row[-1].end,
                     replace(best, who=who, what=S.task_phrase(what) if what else best.what,
                             span=Span(row[due_col].start, row[due_col].end, row[due_col].text)), headed=True)
        return len(self.out) > n

    def procedure_steps(self, t: Table) -> bool:
        """The step table ``t`` sets out how an administrative procedure is handled: the document's trích yếu or the
        heading right above the table speaks of thủ tục hành chính / quy trình nội bộ (W.PROCEDURE_TOPIC)."""
        above = self.f.view[max(0, t.start - 300):t.start]
        return bool(W.PROCEDURE_TOPIC.search(fold(self.st.title or "")) or W.PROCEDURE_FLOW_HEADING.search(
            " ".join(above.split())))

    def table(self, t: Table) -> None:
        head = [fold(h) for h in t.header]
        if member_roster(head, [[c.text for c in row] for row in t.rows[1:]]):
            return  # "STT | Họ và tên | Chức vụ, đơn vị công tác | Nhiệm vụ trong Tổ": a body's members, no task
        objects = [i for i, h in enumerate(head) if V.TASK_OBJECT_COL.search(h)]
        bodies = [i for i, h in enumerate(head) if V.TASK_BODY_COL.search(h) and not V.TASK_WITH_COL.search(h)
                  and not V.TASK_DUE_COL.search(h) and not V.TASK_UNIT_COL.search(h) and i not in objects
                  and not V.MEASURE_BRACKET_COL.search(h)  # "Chỉ tiêu (đơn vị máu)": the count's unit (obl51)
                  and not V.HIRING_COL.search(h)
                  and not V.TASK_THING_COL.match(h.strip(" *"))
                  # "Ước thực hiện năm 2026" (an indicator table's figures of a year, a24-09): no body "thực hiện"
                  and not V.PERIOD_COL.match(h.strip(" *.:"))] or [
            # an inspection plan's team, when a column says the row's task ("Đối tượng | Nội dung | Thời gian | Thành
            # phần"); a visit calendar with no such column ("Chi bộ được kiểm tra | Số đảng viên | Thời gian kiểm tra |
            # Tổ kiểm tra") only dates each team's visits, whose duties its Tổ chức thực hiện block sets (t38-06)
            i for i, h in enumerate(head) if V.TASK_TEAM_COL.search(h) and i not in objects
            and any(V.TASK_WHAT_COL.search(x) for j, x in enumerate(head) if j != i)] or [
            i for i, h in enumerate(head) if V.TASK_BODY_KIND_COL.match(h.strip(" *.:")) and i not in objects] or [  # "Chi bộ"
            # "Thành viên" of a Ban's phân công table: the member's role is charged with the row's tasks
            i for i, h in enumerate(head) if V.TASK_MEMBER_COL.fullmatch(h.strip(" *.:")) and i not in objects] or [
            # "Chủ đầu tư" beside "Thời gian hoàn thành giải ngân": each investor's milestone (V.INVESTOR_COL)
            i for i, h in enumerate(head) if V.INVESTOR_COL.match(h.strip(" *.:"))
            and any(V.TASK_COMPLETION_COL.search(x) for j, x in enumerate(head) if j != i)]
        looked_at = bool(bodies) and V.TASK_LOOKED_AT_COL.search(head[bodies[0]].strip(" *.:")) is not None \
            and not V.TASK_ACTOR_COL.search(head[bodies[0]]) and not V.TASK_LEAD_COL.search(head[bodies[0]])
        body_col = next((i for i in bodies if V.TASK_LEAD_COL.search(head[i])),
                        next((i for i in bodies if looked_at and V.TASK_ACTOR_COL.search(head[i])),
                             bodies[0] if bodies else None))
        if body_col is not None and looked_at and bodies[0] != body_col:
            objects = [*objects, bodies[0]]  # "Tổ chức đảng, đơn vị" beside "Đoàn thực hiện": the unit the row is about
        due_col = due_column(head)
        with_col = next((i for i, h in enumerate(head) if V.TASK_WITH_COL.search(h)), None)
        what_col = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h)),
                        next((i for i, h in enumerate(head) if V.TASK_TARGET_COL.search(h)),
                             next((i for i, h in enumerate(head) if V.TASK_TOPIC_COL.fullmatch(h.strip(" *.:"))),
                                  next((i for i, h in enumerate(head) if V.TASK_MEASURE_COL.fullmatch(h.strip(" *.:"))),
                                       None))))
        if what_col is None and body_col is not None and self.ref is not None:
            # "Đơn vị | Báo cáo chưa gửi | Thời hạn gửi mới" (a Công văn đôn đốc): the report each late body owes is its task
            what_col = next((i for i, h in enumerate(head) if V.OVERDUE_COL.search(h) and i != body_col), None)
        if what_col is None and body_col is not None and V.SERVICE_COL.match(head[body_col].strip(" *.:")):
            return  # "Thôn | Điểm tập kết | Tần suất | Đơn vị thu gom | Thời gian thu gom": a service's schedule, no task
        # "… | Nguồn thu | Dự toán | … | Đơn vị chủ trì thu" over each revenue source's figures: the unit in charge of
        # each row's item, though no column says a task or a time (:func:`.task_table_cells.lead_unit_act`)
        lead = None if body_col is None or what_col is not None else lead_unit_act(
            head, body_col, [[c.text for c in row] for row in t.rows[1:]])
        if body_col is None or not (task_header(head, body_col) or lead) or any(
                W.PROCEDURE_COL.search(h) or V.PROCEDURE_COL.search(h) for h in head):
            return  # "STT | Mã số TTHC | Tên TTHC | … | Cơ quan thực hiện": a list of procedures, not of tasks
        if due_col is None and any(V.FORMS_LIST_COL.search(h.strip(" *")) or V.FORMS_KEY_COL.match(h.strip(" *:"))
                                   for h in head):
            return  # "Mẫu số | Tên biểu mẫu | Đơn vị sử dụng | Thời điểm sử dụng": a list of forms, who uses each (a
            # report calendar "STT | Tên biểu mẫu | Đơn vị báo cáo | Thời hạn gửi" charges each row's body its date)
        if due_col is not None and V.SPEAKER_COL.match(head[body_col].strip(" *.:")) and agenda_of_one_session(
                [fold(row[due_col].text) for row in t.rows[1:] if due_col < len(row)],
                [c.text for row in t.rows[1:] for k, c in enumerate(row) if k != due_col]):
            return  # "07h30 - 07h45 | Đón tiếp đại biểu | Văn phòng - Thống kê": one session's agenda, its speakers' roles
            # (under "Người thực hiện"; fixrev52a: not under "Đơn vị thực hiện", an hours-only preparation timetable
            # whose units each do a task)
        overdue = self.ref is not None and any(V.OVERDUE_COL.search(h) for h in head)
        if body_col not in [i for i, h in enumerate(head) if V.TASK_BODY_COL.search(h) or V.TASK_TEAM_COL.search(h)] \
                and any(V.ATTEND_COL.match(h.strip(" *.:")) for h in head):
            return  # "Chi bộ | Thời gian đại hội | Đồng chí Ủy viên Ban Thường vụ dự, chỉ đạo": a schedule of the units'
            # congresses, the leader who attends each; its rows are dated events, no task charged to the unit named
        if any(V.STEP_COL.search(h) for h in head) and self.procedure_steps(t):
            return  # "Bước 1 | Tiếp nhận hồ sơ | Bộ phận một cửa | 0,25 ngày": who handles a procedure's step
        if figures_only(t, body_col):
            return  # "TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Nữ" over "1 | Chi bộ thôn Na Pên | 3 | 1": each unit's
            # figures, targets; no row says a task in words (:mod:`.figure_rows`)
        if quota_appendix_rows(t, body_col, due_col, next((a.heading for a in self.st.appendices
                                                           if a.start <= t.start < a.end), None)):
            return  # "PHỤ LỤC CHỈ TIÊU …" / "Đơn vị | Số hộ | Chỉ tiêu (đồng) | Thời gian nộp": the quotas' breakdown
        if persons_column(head[body_col], [row[body_col].text for row in t.rows[1:] if body_col < len(row)
                           and not V.TOTAL_ROW_RE.match(fold(row[body_col].text).strip(" *"))]):
            return  # "… | Thời gian tiêm | Người phụ trách" over "… | 05 - 06/9/2034 | Nguyễn Văn Hùng": persons, no body
        # the task a "Đơn vị nhận tự quản" column names (V.TASK_TAKEN_COL), the row's task when no column says it
        # (printed as the header prints it: folding keeps an NFC header's length)
        m = (taken_task(head[body_col]) or lead) if what_col is None and body_col is not None else None
        taken = "" if m is None else t.header[body_col][m[0]:m[1]] if len(head[body_col]) == len(
            t.header[body_col]) else head[body_col][m[0]:m[1]]
        for above, row in zip(t.rows, t.rows[1:]):
            if body_col >= len(row) or abs(len(row) - len(head)) > 1:
                continue  # a row of another grid (a table cut by the reader, a report's rows)
            cell = row[body_col]
            if not cell.text.strip() or not re.search(r"[^\W\d_]{2}", cell.text) or fold(cell.text).strip() == "stt":
                continue
            if V.TOTAL_ROW_RE.match(fold(cell.text).strip(" *")):
                continue  # "| **Tổng cộng** | **46,0** | **3.280** |" under the units' rows: their sums, no body
            what = row[what_col].text if what_col is not None and what_col < len(row) else ""
            if not what and taken:  # "Đơn vị nhận tự quản" over "Đông Hoa | ĐT.376 đoạn …": what the unit takes on
                what = taken + ": " + "; ".join(c.text.strip() for i, c in enumerate(row)
                                               if i not in (0, body_col) and re.search(r"[^\W\d_]{2}", c.text))
            if not what and what_col is None and head[body_col].strip(" *.:") == "to cong tac":
                # (fixrev52a) "Đợt | Thôn | Địa điểm thu nhận | Thời gian | Tổ công tác" (a campaign's rounds, a50-05):
                # no task column, the team's task is its round — the row's other cells but the time, each under its
                # header ("Đợt 1; Thôn: Thôn Trung, thôn Hạ; Địa điểm thu nhận: Nhà văn hóa thôn Trung")
                what = "; ".join(_round_part(t.header[i].strip(" *"), c.text.strip()) for i, c in enumerate(row)
                                 if i not in (body_col, due_col) and i < len(t.header) and c.text.strip())
            if date_only(cell.text):
                # "4 | Ban hành Kế hoạch tạo nguồn … năm 2027 Ban Xây dựng Đảng Đảng ủy | Trước ngày 28/02/2027 |
                # Tháng 3/2027" (a scan, t23-08): the reader moved the cells left, the body to the task's end and the
                # row's date into the body's column; the body and its date are read back from where they went
                moved = body_at_end(what)
                if moved is None:
                    continue
                body, what = moved
                found = due_in_cell(t.header[due_col] if due_col is not None else "Thời gian", cell.text, self.ref,
                                    self.printed_days(cell.text))
                best = min(found, key=lambda d: d.latest or d.date or "9999") if found else None
                dl = replace(best, who=body, what=S.task_phrase(what), span=Span(cell.start, cell.end, cell.text)) \
                    if best else None
                self.add(body, what, row[0].start, cell.end, dl)  # (the cells after it: the next row's, moved up)
                continue
            if what_col is not None and not what.strip() and not P.ORG_HEAD_RE.match(Folded.of(cell.text).view):
                continue  # "5.1 | | Thương mại": a sub-group row whose name slid into the body's column
            if objects and objects[0] < len(row) and row[objects[0]].text.strip() and what.strip():
                # "Kiểm tra việc thực hiện nghị quyết … – Đối tượng: Chi bộ thôn Đông Tiến": the body checked
                what = f"{what.strip().rstrip('.;')} – {t.header[objects[0]].strip()}: {row[objects[0]].text.strip()}"
            dl = None
            if due_col is not None and due_col < len(row):
                dc = row[due_col]
                found = due_in_cell(t.header[due_col], dc.text, self.ref, self.printed_days(dc.text))
                named = bool(re.search(P.CAMPAIGN_WORDS, fold(what)) or campaign_table(t, self.f.view))
                if found and not V.CHECK_WINDOW_COL.search(fold(t.header[due_col])) \
                        and (named or re.search(P.CAMPAIGN_WORDS, fold(self.st.title or ""))):
                    # "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2027 | … | Từ ngày 15/4 đến 15/5/2027": the
                    # campaign's running period, no due date of the row (t27-04's labels), as the grammar reads it;
                    # a row's span in a plan whose title names the campaign when it restates the campaign's period
                    # (t29-03's, :func:`.due_cells.campaign_plan_runs`; an activity's own window in it stays due)
                    # ("14/4 - 05/5/2029" under "Thời gian", an event's days in a sports games' schedule, alike)
                    period = None if named or not action_campaign(self.st.title) or round_before(self.f.view, dc.start) \
                        else campaign_period(self.f.view, self.st.tables)
                    found = [d for d in found if not (d.date is None and (
                        _DASHED_SPAN.search(d.text) or (fold(d.text).lstrip().startswith("tu ") and (
                            period is None or not (d.earliest and d.latest)
                            or restates((d.earliest[5:], d.latest[5:]), *period)))))]
                if found and self.span_named_outside(dc.text, [r[due_col] for r in t.rows[1:] if due_col < len(r)]):
                    found = []  # "2027 - 2030" in the row, "giai đoạn 2027 - 2030" in a task: the plan's period
                column = [r[due_col].text for r in t.rows[1:] if due_col < len(r)]
                if found and months_of_holding(t.header[due_col], dc.text, column):
                    found = []  # "Tháng 3, 7, 11" under "Thời gian tổ chức": the months the unit's events are held
                if found:
                    best = min(found, key=lambda d: d.latest or d.date or "9999")
                    dl = replace(best, who=cell.text, span=Span(dc.start, dc.end, dc.text))
                else:  # the text's deadline in the cell ("Năm 2026" under "Thời gian"), read over the whole grid
                    dl = self.deadline_in(dc.start, dc.end, None)
                    if dl is None and (sec := cell_section(dc.text, self.st.body)) is not None \
                            and not sec[0] <= dc.start < sec[1]:
                        # "Theo Mục IV" in the row's time cell: the earliest date of that section ("IV. THỜI GIAN, ĐỊA
                        # ĐIỂM" / "- Đăng ký tham gia: gửi về … trước ngày …") is when the row falls due
                        dl = self.deadline_in(sec[0], sec[1], None)
                if dl is not None and what.strip():
                    # the row's task is what falls due, not the grid's words before the date cell
                    dl = replace(dl, who=cell.text, what=S.task_phrase(what))
            if overdue and dl is not None and (dl.latest or dl.date or "9999") < self.ref.isoformat():
                continue  # "Cơ quan | Báo cáo chưa gửi | Thời hạn theo văn bản đề nghị" in a reminder: a late body's
                # missed date, recalled (its new due date is the reminder's text); a date still to come is charged
            if dl is None and what.strip() and (found := self.deadline_in(row[0].start, row[-1].end, None)):
                # a date in another cell of the row ("Báo cáo kết quả trong quý IV/2026" in the task cell) is the
                # row's too: its task is the row's task cell, not the cells run together before the date
                dl = replace(found, what=S.task_phrase(what))
            partners = row[with_col].text.strip(" .;") if with_col is not None and with_col < len(row) else ""
            who = cell_bodies(cell.text)
            if (asked := W.REQUEST_LEAD.match(who.strip())) is not None:
                # "Đề nghị Chi nhánh Văn phòng Đăng ký đất đai khu vực …" in the Cơ quan chủ trì column: the row's step is
                # asked of a body outside the issuer's line, a request the labels count as an obligation of that body
                who = who.strip()[asked.end():]
            if dl is not None and dl.who == cell.text:
                dl = replace(dl, who=who)
            self.add(who, what or cell.text, row_start(row, above), row[-1].end, dl or None,
                     partners=partners or None)


def _round_part(header: str, text: str) -> str:
    """One cell of a team's round, named by its header: a bare number after it ("Đợt 1"), words after a colon ("Thôn:
    Thôn Trung, thôn Hạ")."""
    return f"{header} {text}" if re.fullmatch(r"[\dIVXivx]{1,4}\.?", text) else f"{header}: {text}"
