"""Extraction stage: structured facts and obligations from a directive's text.

``extract(text)`` is a pure function of the document text (pages joined
with "\\f", accented or legacy diacritic-less OCR): it matches patterns on a
folded, OCR-tolerant view (:mod:`.folded`) and quotes the original text.
Order of work: header → layout → citations (masking their dates) →
deadlines → targets → obligations (linking deadlines and targets).
"""

from __future__ import annotations

import dataclasses
import re

from vanban.extract.baselines import with_baselines
from vanban.extract.citations import find_citations
from vanban.extract.issuer_words import garbled_issuer_note
from vanban.extract.code_issuer import code_issuer_note
from vanban.extract.data_periods import cutoff_lines, data_period_cells
from vanban.extract.standing_meetings import standing_meetings, without_meeting_tasks
from vanban.extract.deadlines import find_deadlines, request_paragraphs, timing_parts
from vanban.extract.dates import find_dates
from vanban.extract.plan_periods import meetings_in_plan, within_period, without_plan_periods
from vanban.extract.due_cells import aim_head_cells, campaign_cells, campaign_plan_runs, campaign_table_runs, due_cells, previous_due_cells, year_cells
from vanban.extract import assignment_words as W
from vanban.extract.folded import Folded, clean_quote, loose_key
from vanban.extract.done_acts import without_done_acts, without_narrated_events
from vanban.extract.daily_days import within_duty_days
from vanban.extract.duty_rosters import without_duty_periods
from vanban.extract.invitation import with_invitation_meeting
from vanban.extract.heading_periods import heading_spans, without_heading_periods
from vanban.extract.household_rhythms import without_household_rhythms
from vanban.extract.impossible_dates import header_year_note, impossible_dates, year_mended
from vanban.extract.bound_columns import bound_column_cells
from vanban.extract.indicator_cells import indicator_cells, quota_cells, quota_total_cells, result_cells, year_row_cells
from vanban.extract.quota_totals import without_stated_totals
from vanban.extract.plan_cells import plan_cells
from vanban.extract.metadata import metadata_of
from vanban.extract.metadata import reference_date as reference_date_of
from vanban.extract.obligations import find_obligations
from vanban.extract.occasion_days import without_occasion_days
from vanban.extract.excepted_days import without_excepted_days
from vanban.extract.tenure_terms import without_tenure_terms
from vanban.extract.recalled import recalled_requests
from vanban.extract.requested_sums import without_requested_sums
from vanban.extract.recurrence import one_series
from vanban.extract.task_text import without_own_dates
from vanban.extract.undated_dues import block_time_lines, undated_dues
from vanban.extract.unit_cells import with_unit_cells
from vanban.extract.patterns import LEAD_DAYS_BEFORE_EVENT_RE, PERIOD_RE, RELATIVE_DAYS_RE
from vanban.extract.cycle_cells import cycle_cells
from vanban.extract.recurring_cells import recurring_cells
from vanban.extract.row_sentences import body_rows, row_sentences
from vanban.extract.row_tasks import row_tasks
from vanban.extract.schedule_rows import schedule_rows
from vanban.extract.holder_rows import holder_duties, holder_rows
from vanban.extract.session_rows import session_rows
from vanban.extract.sections import layout_from
from vanban.extract.target_scope import procedure_rows_read
from vanban.extract.campaign_calendars import calendar_cells, without_calendar_days
from vanban.extract.schedule_items import without_programme_days
from vanban.extract.series_start import from_campaign_start, from_start_month
from vanban.extract.campaign_repeats import without_campaign_repeats
from vanban.extract.strive_columns import aimed_level_cells, strive_column_cells, strive_total_cells
from vanban.extract.supply_rows import supply_row_cells
from vanban.extract.roster_rows import roster_row_cells
from vanban.extract.supply_totals import supply_total_cells
from vanban.extract.shared_dues import with_shared_dues
from vanban.extract.span_index import SpanIndex
from vanban.extract.steps import step_parts, titled_articles
from vanban.extract.schedule_lines import with_schedule_lines
from vanban.extract.time_lines import with_time_lines
from vanban.extract.titled_month import within_titled_month
from vanban.extract.title_year import in_title_year
from vanban.extract.period_cells import with_period_cells
from vanban.extract.symbols import normalize_symbol, symbol_key
from vanban.extract.target_words import GOODS_NOTICE_TITLE_RE
from vanban.extract.restated_goals import without_restated_goals
from vanban.extract.restated_rows import charged_tables, without_restated_rows
from vanban.extract.aside_columns import aside_cells
from vanban.extract.targets import find_targets, target_parts, requirement_parts, with_printed_codes
from vanban.extract.target_restatements import (once_per_row, restated, restated_goal_cells, restated_in_tables,
                                                result_column_cells, stated_goal_results)
from vanban.extract.target_appendices import (plan_appendices, procedure_appendices, table_note_spans, task_list_appendices,
                                              task_table_appendix)
from vanban.extract.norm_targets import norm_targets
from vanban.extract.breach_cases import without_breach_cases
from vanban.extract.applied_quotes import without_applied_quotes
from vanban.extract.restated_limits import without_restated_limits
from vanban.extract.restated_dues import without_appendix_restated_dues, without_restated_dues, without_run_windows
from vanban.extract.share_wholes import without_share_wholes
from vanban.extract.described_counts import without_described_counts
from vanban.extract.count_columns import count_column_cells
from vanban.extract.opening_hours import opening_hour_windows
from vanban.extract.gift_quotas import gift_quota_cells, gift_worth_cells
from vanban.extract.vote_shares import vote_share_bands
from vanban.extract.index_bounds import index_bounds
from vanban.extract.no_incidents import no_incident_caps
from vanban.extract.no_breaches import no_breach_caps
from vanban.extract.per_item_sums import per_item_sums
from vanban.extract.blank_places import blank_place_caps
from vanban.extract.result_asides import without_result_asides
from vanban.extract.campaign_parts import campaign_parts, campaign_tables, without_campaign_runs
from vanban.extract.round_refs import with_round_windows
from vanban.extract.aim_days import goal_parts, without_aim_days
from vanban.extract.row_periods import without_row_periods
from vanban.models import Extraction, Structure
from vanban.structure.mend import mend_breaks
from vanban.structure.spread import Spread
from vanban.structure.vocab import DOCUMENT_YEARS
from vanban.text import fold

__all__ = ["extract", "normalize_symbol", "symbol_key"]


def extract(text: str, *, reference_date: str | None = None, structure: Structure | None = None,  # noqa: F811
            ocr: bool = False) -> Extraction:
    """Metadata, citations, deadlines, targets and obligations of one document.

    ``structure`` is the document's Structure (``vanban.structure.build_structure``
    of its pages, which reads their geometry); without it the structure is
    built from the text alone. ``reference_date`` (ISO) dates year-less
    deadlines when the document's own date cannot be read. ``ocr``: the text was read
    by OCR (a scan, a legacy OCR text file), so a year misread by a look-alike digit is
    mended (:func:`.impossible_dates.year_mended`); a typed text's years stay as printed.
    """
    if not text or not text.strip():
        return Extraction()
    if structure is None:
        from vanban.structure import structure_of_text

        structure = structure_of_text(text)
    # the paragraph breaks the structure stage read where the text shows none (a flat text: pasted
    # from Word or a web page) are written in for the extractors; their offsets move back to ``text``
    reading = Spread.at(text, structure.breaks)
    ext = _extract(reading.text, reference_date, reading.forward(structure), ocr)
    return dataclasses.replace(reading.remap(ext), structure=structure)


def _extract(text: str, reference_date: str | None, st: Structure, ocr: bool = False) -> Extraction:
    unmended = text  # a table's stacked cells, one blank line apart, before mending joins them (offsets kept)
    text = mend_breaks(text)  # a blank line inside a sentence is no paragraph break (offsets kept)
    f = Folded.of(text)
    lay = layout_from(f, st)
    meta = metadata_of(text, st)
    ref = reference_date_of(meta, reference_date)

    cites, cite_spans = find_citations(f, lay, lay.head_end, lay.body_end, meta.number,
                                       tuple((a.start, a.end) for a in st.appendices))
    masks = list(cite_spans) + list(lay.basis_clauses)  # "Căn cứ … đến năm 2030" is not this plan's due date
    masks += [(p.start, p.end) for p in st.header.parts if p.kind == "place_date"]
    body = (lay.body_start, lay.body_end)
    walls = tuple((t.start, t.end) for t in st.tables if t.role == "data")  # a sentence outside ends at a table
    # … and at a procedure step's heading line: "Bước 2. Tổ chức kiểm điểm" / "Các chi bộ tổ chức hội nghị …, hoàn
    # thành trước ngày 15/12/2027" is the step's task, not "Tổ chức kiểm điểm Các chi bộ …" (a heading has no full
    # stop); an article's title line alike ("Điều 2. Tổ chức tiếp công dân" / "Công chức Tư pháp - Hộ tịch bố trí …").
    # (Every part's heading as a wall cut a plan's targets from their dated task's sentence: steps and articles only.)
    walls += tuple(heading_spans(step_parts(st.body) + titled_articles(st.body + st.appendices), text))
    rows = body_rows(st.tables)  # a date in a table's row reads its sentence there, not over the header and caption
    dues = due_cells(st.tables)
    cells = tuple((c[2], c[3]) for c in dues)  # "Tháng 3/2027" under "Thời gian giám sát"
    spans = tuple((c[2], c[3]) for c in due_cells(st.tables, completion_only=True))  # "2027 - 2028" by when, not while
    due_masks = masks + year_cells(st.tables)  # "Năm | … | Thời gian hoàn thành": the row's year, not its due time
    due_masks += previous_due_cells(st.tables)  # "Hạn đã yêu cầu | … | Thời hạn gửi mới": the missed time, not the due one
    due_masks += aim_head_cells(st.tables)  # "… | Chỉ tiêu đạt … đến 31/12/2032": the targets' period, no due day
    calendars = calendar_cells(st.title, st.tables)  # a campaign's calendar by place, naming no one: its run
    due_masks += calendars
    due_masks += data_period_cells(st.tables)  # "Kỳ báo cáo, ngày chốt số liệu | Thời hạn gửi": the data's days, not the due one
    due_masks += cutoff_lines(f.view)  # the same column's cells a line each, its grid lost (an OCR)
    due_masks += recalled_requests(f.view, *body)  # a reply letter's quoted request: the voters' days, not the letter's
    aims = target_parts(lay)  # "III. CHỈ TIÊU": a figure "trong năm 2027" there is a target's year, no due year
    timings = timing_parts((*lay.sections, *lay.subsections))  # "4. Thời gian" / "4.1. Hội nghị cấp xã: ngày 24/12/2026"
    runs = tuple(campaign_cells(dues, f.view))  # a campaign row's "Từ ngày 15/4 đến 15/5/2027": no due date
    runs += tuple(campaign_plan_runs(st.title, dues, f.view, st.tables))  # a campaign plan's schedule and "Thời gian:" line
    runs += tuple(campaign_table_runs(st.tables, f.view))  # "3. Các đợt ra quân cao điểm" / "Đợt 1 | Từ ngày … đến …"
    # the whole text's dates, read once: each part below takes those inside it; a year a scan misread ("15/5/2927")
    # mended as the header's and the citations' are
    dated = find_dates(year_mended(f.view, meta.number, meta.date, ocr), ref)
    dated = in_title_year(dated, st.title, f.view, ref)  # "(quý IV)" in a "Chương trình công tác năm 2028" of 12/2027
    dated = with_unit_cells(dated, st.tables, f.view, ref)  # "Quý | Chủ đề | …" / "IV/2033 | …": the head's unit
    dated = with_period_cells(dated, st.tables, f.view)  # "Tháng | Nội dung | …" / "Tháng 01 | …": the row's month
    deadlines = []
    for a, b in request_paragraphs(f.view, lay.opening, body[0]):  # a letter's request before its numbered points
        deadlines += find_deadlines(f, a, b, ref, due_masks, walls, cells, spans, aims, timings, dated, runs, rows=rows)
    deadlines += find_deadlines(f, body[0], body[1], ref, due_masks, walls, cells, spans, aims, timings, dated, runs, rows=rows)
    for app in st.appendices:  # task lists after the signature carry their own deadlines
        deadlines += find_deadlines(f, app.start, app.end, ref, due_masks, walls, cells, spans, aims, timings, dated, runs, rows=rows)
    # "2. Nhiệm vụ trọng tâm tháng 12 năm 2026": the period a heading names is no task's deadline
    deadlines = without_heading_periods(deadlines, heading_spans(st.body + st.appendices, text), f.view)
    # "| | Tháng 3/2027 | | |" over rows dated in their own cells, "Hội nghị … quý I/2027 | … | Tháng 3/2027": the row's cell dates it
    deadlines = without_row_periods(deadlines, st.tables, f.view)
    # "III. CÁC ĐỢT CAO ĐIỂM" / "2. Tuần lễ hồng …: từ ngày 01/4 đến ngày 07/4/2029": a listed campaign's run
    # (and "3. Các đợt ra quân cao điểm" over a table of rounds, a part the layout does not read: campaign_tables)
    campaigns = campaign_parts((*lay.sections, *lay.subsections)) + campaign_tables(st.tables, f.view)
    deadlines = without_campaign_runs(deadlines, campaigns)
    deadlines = without_calendar_days(deadlines, f.view, st.tables, calendars)  # "Ngày 01/4 và 02/4/2039 tiêm tại …"
    deadlines = without_aim_days(deadlines, f.view, aims, goal_parts((*lay.sections, *lay.subsections)))  # "nợ đọng thuế đến ngày 31/12/2029 giảm xuống dưới 5%"
    deadlines = without_occasion_days(deadlines, f.view)  # "(kết nạp dịp 19/5)": the holiday, no due day
    deadlines = without_duty_periods(deadlines, f)  # "Trực ban … từ ngày 01/9 đến ngày 15/12", a roster's months
    deadlines = without_excepted_days(deadlines, f)  # "Thứ Năm hằng tuần (trừ tuần có ngày 10, 25)": days skipped
    deadlines = without_tenure_terms(deadlines, f.view)  # "Thời hạn cho thuê: Từ ngày 01/9/2033 đến hết ngày 31/12/2037"
    deadlines = without_done_acts(deadlines, lay.results, lay.requests)  # "Trước ngày 15/11/2026, các chi bộ đã hoàn thành kiểm điểm."
    deadlines = without_narrated_events(deadlines, ref)  # "Trong tháng 11 năm 2025, do mưa, lũ … đã xảy ra …"
    deadlines = with_invitation_meeting(deadlines, text, st, meta.type, ref)  # a Giấy mời's meeting: its day, "dự …", the invitees
    deadlines = with_shared_dues(deadlines, f, body[0], body[1], ref)  # "… cùng thời hạn với các chi bộ trực thuộc"
    deadlines = within_titled_month(deadlines, st.title)  # "Chủ nhật tuần thứ hai của tháng" in a month's Nghị quyết
    deadlines = without_plan_periods(deadlines, st.title, f.view, cells)  # "… nhiệm vụ quý II năm 2027" in that quarter's Nghị quyết
    deadlines = within_duty_days(deadlines, f)  # "trực ban … từ ngày 01/6 đến ngày 30/11/2027; … trước 16 giờ hằng ngày"
    # "trước 19h00' hằng ngày" in a 2027 plan: daily until 31/12/2027 (its weekly and monthly rules, and its series'
    # first day in 2027, are the readers': plan_periods.as_planned, read by the conveyor and the checklist)
    deadlines = [within_period(d, st.title, ("DAILY",)) for d in deadlines]
    deadlines, meetings = standing_meetings(deadlines, f)  # "giao ban vào sáng thứ Hai hằng tuần": a meeting, no deadline
    meetings = meetings_in_plan(meetings, st.title, ref)  # "… hằng tuần" in a 2027 plan of 12/2026: from 2027
    deadlines = without_household_rhythms(deadlines, f)  # "hộ gia đình … chuyển cho tổ thu gom vào sáng thứ Tư hằng tuần"
    deadlines = with_round_windows(deadlines, f, dated, body[0], body[1], ref, aims)  # "phát tờ rơi … trong đợt 1": that round's window
    # "… làm việc theo lịch sau:" / "- Thứ Bảy, ngày 13/4/2030: tại Nhà văn hóa ấp …": each line's day a session held
    deadlines = with_schedule_lines(deadlines, f.view, text, dated)
    title_period = None
    if st.title:
        tf = Folded.of(st.title)
        # "Xây dựng nông thôn mới năm 2027": "mới năm" (new, then the year) folds like "mỗi năm" (each year)
        pm = PERIOD_RE.search(tf.view)
        while pm and st.title[pm.start():pm.end()].lower().startswith("mới "):
            pm = PERIOD_RE.search(tf.view, pm.start() + 1)
        if pm:
            title_period = clean_quote(st.title[pm.start():pm.end()])
    # a time limit from the issue date ("chậm nhất 05 ngày làm việc kể từ ngày ban hành", "trong thời hạn 30 ngày kể từ
    # ngày ban hành Nghị quyết") is a deadline and stays a target (a maximum of days, tests/test_targets_kinds.py) too:
    # the labels' README reads relative time limits as targets (a21-04, a26-05, a29-02: "≤ 15 ngày", "≤ 30 ngày")
    date_spans = [(d.span.start, d.span.end) for d in deadlines if d.span and not _relative_limit(f.view, d.span)]
    targets = find_targets(f, lay, min(lay.opening, body[0]), body[1], masks + date_spans, title_period, doc_date=meta.date)
    for app in plan_appendices(st.appendices, f.view):  # the plan a Quyết định issues states its targets there
        targets += find_targets(f, lay, app.start, app.end, masks + date_spans, title_period, doc_date=meta.date)
    for app in task_list_appendices(st.appendices, st.tables):  # a plan's task list after the signature (case 19)
        targets += [t for t in find_targets(f, lay, app.start, app.end, masks + date_spans, title_period, doc_date=meta.date)
                    if not restated(t, targets)]
    for a, b in table_note_spans(st.appendices, st.tables, f.view):  # "Ghi chú: … không quá 05 đại biểu chỉ định" under a table
        targets += [t for t in find_targets(f, lay, a, b, masks + date_spans, title_period, doc_date=meta.date)
                    if not restated(t, targets)]
    for app in procedure_appendices(st.appendices):  # a procedure's time limit, a task table's new bound
        targets += [t for t in find_targets(f, lay, app.start, app.end, masks + date_spans, title_period, firm_only=True, doc_date=meta.date,
                                            task_table=task_table_appendix(app))
                    if not restated(t, targets)]
    shares, read = vote_share_bands(f, body[0], body[1], list(lay.results))  # "có từ 2/3 tổng số đại biểu … trở lên"
    if shares:
        targets = _read_over(targets, shares, read)
    indexes, read = index_bounds(f, body[0], body[1], list(lay.results))  # "Chỉ số … (BI) … dưới 20"
    if indexes:
        targets = _read_over(targets, indexes, read)
    incidents, read = no_incident_caps(f, body[0], body[1], list(lay.results) + list(requirement_parts(lay)),
                                       list(target_parts(lay)))  # "Không để
    # xảy ra trường hợp tử vong do …" (not in "I. MỤC ĐÍCH, YÊU CẦU": what the plan is for)
    if incidents:
        targets = _read_over(targets, incidents, read)
    hours, read = opening_hour_windows(f, body[0], body[1], list(lay.results))  # "chỉ được hoạt động từ 08 giờ đến 22 giờ"
    if hours:
        targets = _read_over(targets, hours, read)
    breaches, read = no_breach_caps(f, body[0], body[1], list(lay.results), list(target_parts(lay)))  # "…; không có
    # CBCCVC-NLĐ vi phạm kỷ luật" among a plan's chỉ tiêu: a cap of 0
    if breaches:
        targets = _read_over(targets, breaches, read)
    blanks, read = blank_place_caps(f, body[0], body[1], list(lay.results))  # (tgt46p) "không còn thôn "trắng" đảng viên"
    if blanks:
        targets = _read_over(targets, blanks, read)
    targets = sorted(targets + per_item_sums(f, body[0], body[1], list(lay.results), targets),  # (tgt46p) "tặng
                     key=lambda t: t.span.start if t.span else 0)  # 500.000 đồng/người", "nộp 3.000 đồng/liều"
    targets = without_result_asides(targets, f.view, ref.year if ref else None, _goal_parts(lay))  # (tgt46p) "Trên cơ sở kết quả … năm 2034 (…, đạt 85% chỉ tiêu; …)"
    targets = without_share_wholes(targets, f.view)  # "100% khu dân cư (18 thôn)", "ít nhất 01 nhà … hoặc 01 công trình"
    targets = without_described_counts(targets, f.view)  # (tgt47t) "Phạm vi: 12 thôn và 05 tổ dân phố", "Thành lập 03 đoàn
    # kiểm tra …, tổ chức kiểm tra theo lịch sau:": the plan's scope and means, no aims
    targets = without_breach_cases(targets, f.view)  # "chỉ được … 01 vị trí; trường hợp … từ 02 vị trí trở lên sẽ bị …"
    apart = tuple((t.start, t.end) for t in st.tables) + tuple((a.start, a.end) for a in procedure_appendices(st.appendices))
    targets = without_restated_limits(targets, f.view, apart)  # "Chậm nhất 05 ngày làm việc sau đại hội" in a row and the prose
    targets = without_applied_quotes(targets, text)  # a reply's rule quoted (“… ít nhất 10% …”), then applied to the case
    targets = without_restated_goals(targets, target_parts(lay) + requirement_parts(lay))  # a task naming again, in its
    # own words, a goal of the "Chỉ tiêu" part or of the "Mục đích, yêu cầu" part
    targets = stated_goal_results(targets, text)  # "Chỉ tiêu kế hoạch năm 2027" / "Ước thực hiện năm 2026" a cell a line
    targets = result_column_cells(targets, st.tables)  # "Hiện trạng năm 2039 | Chỉ tiêu phấn đấu năm 2040": the state reached
    targets = restated_in_tables(targets, st.tables)  # a body's task table restating the Chỉ tiêu part's goals (the
    # prose grammar's reading; an indicator table's rows, read below, are the goals themselves)
    targets = restated_goal_cells(targets, st.tables, text, [(a.start, a.end) for a in st.appendices])  # (tgt48t)
    # a criteria table's goal cell saying again a goal of the prose before it ("| Thu nhập | … | Đạt từ 95 triệu …|")
    norms, read = norm_targets(f, unmended, meta.type, meta.title or st.title, body[0], len(text))  # a norm document's cells, coefficients, time limits
    if norms:  # the prose grammar's reading of the same figures gives way
        targets = _read_over(targets, norms, read)
    indicators, read = indicator_cells(st.tables)  # "Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027" rows
    targets = _read_over(targets, [], result_cells(st.tables))  # "| Kết quả năm 2026 |" beside them: reached, no goal
    targets = _read_over(targets, [], aside_cells(st.tables))  # (tgt48t) "| Đối tượng |", "| Nguồn vốn |": whom a task deals
    # with, how a cost is shared — no goal
    indicators = without_restated_rows(indicators, targets, read, [(a.start, a.end) for a in st.appendices]
                                       + charged_tables(st.tables))  # a row saying again the prose's goal: counted once
    # (but a table's rows each with the body in charge, or an appended table's, are counted row by row)
    if indicators:  # the prose grammar's reading of the same cells gives way
        targets = _read_over(targets, indicators, read)
    section_spans = [(s, e) for _, s, e in lay.sections]
    quotas, read = quota_cells(st.tables, targets, text, list(lay.results), section_spans)  # a Phụ lục giao chỉ tiêu: "Đơn vị | Đơn vị máu (đơn vị) | …", a row per unit
    if quotas or read:  # (tgt42a) a column restating the text's rate is read (its cells no one's) though it gives nothing
        targets = _read_over(targets, quotas, read)
    totals, read = quota_total_cells(st.tables, targets, text, list(lay.results), section_spans)  # its "Tổng cộng" row: the whole area's, unless the prose said it
    if totals:
        targets = _read_over(targets, without_stated_totals(totals, targets, st.tables), read)
    capped, read = bound_column_cells(st.tables)  # "Nhóm tiêu chí | Điểm tối đa": each cell "20 điểm" a cap
    if capped:
        targets = _read_over(targets, capped, read)
    counts, read = count_column_cells(st.tables)  # "Nội dung | … | Số lượng học viên | Thời gian | Đơn vị chủ trì"
    if counts:
        targets = _read_over(targets, counts, read)
    gifts, read = gift_quota_cells(st.tables, text)  # "Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)"
    if gifts:
        targets = _read_over(targets, gifts, read)
    worths, read = gift_worth_cells(st.tables)  # "Độ tuổi | Hình thức, mức quà": "Giấy mừng thọ + quà trị giá 300.000 đồng"
    if worths:
        targets = _read_over(targets, worths, read)
    supplies, read = supply_total_cells(st.tables, text)  # "… | Vắc xin dại (liều)" closed by "Tổng cộng | … | 930"
    if supplies:
        targets = _read_over(targets, supplies, read)
    supplied, read = supply_row_cells(st.tables, list(lay.results), section_spans, text)  # "Phương tiện, dụng cụ | Đơn vị tính | Số lượng": "Bàn dập lửa | cái | 180"
    if supplied:
        targets = _read_over(targets, supplied, read)
    mustered, read = roster_row_cells(st.tables, list(lay.results), section_spans)  # (tgt50t) "Lực lượng, phương tiện | Số lượng":
    # "Dân quân cơ động | 32 đồng chí", what the plan musters
    if mustered:
        targets = _read_over(targets, mustered, read)
    strived, read = strive_column_cells(st.tables, text)  # "Nguồn thu | Dự toán giao | Ước thực hiện | Phấn đấu cả năm"
    if strived:
        targets = _read_over(targets, strived, read)
    strived, read = strive_total_cells(st.tables, text)  # its "Tổng cộng" row: the whole area's, unless the prose said it
    if strived:
        targets = _read_over(targets, without_stated_totals(strived, targets, st.tables), read)
    aimed, read = aimed_level_cells(st.tables)  # "Chủ thể | Sản phẩm | Số sao phấn đấu": "3 sao", each row's aim
    if aimed:
        targets = _read_over(targets, aimed, read)
    by_year, read = year_row_cells(st.tables)  # "STT | Chỉ tiêu | Năm 2027 | …", a row's unit in its indicator: "(hộ)"
    if by_year:
        targets = _read_over(targets, by_year, read)
    planned, read = plan_cells(st.tables, text, targets, list(lay.results))  # (tgt42c) "… | Kế hoạch doanh thu năm
    # 2033 (triệu đồng)", "Giá khởi điểm (đồng/m²/năm)", a column whose rows add up to a figure the text states
    if planned:
        targets = _read_over(targets, planned, read)
    targets = once_per_row(targets, unmended, [(a.start, a.end) for a in procedure_appendices(st.appendices)])
    targets = without_requested_sums(targets, meta.type)  # a Tờ trình's works and sources of money: what it requests
    targets = with_baselines(targets, f)  # "tăng 10% so với năm 2025": measured from 2025
    targets = procedure_rows_read(targets, text, lay.headed_rows)  # a procedure list: "Ghi chú" no target, a limit's procedure
    targets = with_printed_codes(targets)  # "tỷ USD" as printed, whichever reader lowered it
    goods_notice = bool(st.title and GOODS_NOTICE_TITLE_RE.search(Folded.of(st.title).view))
    if goods_notice:
        targets = []  # a customs notice classifying goods describes a product: its figures are no goals
    obligations = find_obligations(f, st, lay, deadlines, targets, ref, dated)
    if goods_notice:
        obligations = []  # … and its "Dây hàn: 97,8%", "Các Ăng-ten: …" lines are parts of it, not bodies charged
    deadlines, obligations = cycle_cells(deadlines, obligations, st.tables, ref)  # "Năm" | "Chậm nhất ngày 31/01 năm sau"
    deadlines, obligations = recurring_cells(deadlines, obligations, st.tables)
    deadlines = row_tasks(_owned_deadlines(deadlines, obligations), st.tables, obligations)
    # "3. Các đợt ra quân cao điểm" / "| Đợt 1 | Từ ngày 01/3 đến ngày 31/3/2031 | … | Công an phường |": the row's
    # window its obligation brought back is a campaign's run too
    deadlines = without_campaign_runs(deadlines, campaigns)
    # "Tháng 9/2027 | Tổ chức Lễ khai giảng năm học ngày 05/9/2027; … | Hiệu trưởng": the event's day, the row's first day
    deadlines, obligations = schedule_rows(deadlines, obligations, st.tables, f.view, text, dated)
    # "Tháng | Ngày tiếp | Người chủ trì tiếp": each session's day, its leader's; the monthly rule it carries out gives way
    deadlines, obligations = session_rows(deadlines, obligations, st.tables, text, dated)
    # "TT | Người tiếp | Thời gian tiếp": a row's monthly days and weekly session its holder's, named by the calendar
    deadlines, meetings = holder_rows(deadlines, list(meetings), st.tables, text)
    # … and each holder's sessions its obligation, due on the first dated one (a weekly session gives no date)
    obligations = holder_duties(obligations, deadlines, st.tables, text, list(lay.sections), dated)
    deadlines = with_time_lines(deadlines, f.view, text, dated)  # "06 giờ 30 - 07 giờ 30 ngày 29/4/2028" alone: a lost grid's cell
    deadlines = without_programme_days(deadlines, f.view)  # "Lễ khai mạc: 07 giờ 30 phút, …" inside the games' run
    obligations = undated_dues(obligations, st.tables)  # "trong thời hạn 07 ngày kể từ …", "Thường xuyên": as written
    obligations = without_meeting_tasks(obligations, meetings)  # "…: hằng tuần, … họp giao ban": a meeting, no task
    # "trước ngày 25 hằng tháng, từ tháng 3 đến tháng 10 năm 2028": first due in March
    deadlines, obligations = from_start_month(deadlines, obligations, f.view)
    # "báo cáo … trước 15 giờ 30 hằng ngày" in a Kế hoạch cao điểm whose window starts 15/12: first due on 15/12
    deadlines, obligations = from_campaign_start(deadlines, obligations, f.view, st.title)
    # "Từ 15/11 đến 15/12/2040" in the table of a Tháng hành động "Thời gian: Từ ngày 15/11/2040 đến ngày 15/12/2040"
    deadlines, obligations = without_campaign_repeats(deadlines, obligations, f.view, st.title)
    obligations, deadlines = without_own_dates(obligations, deadlines)  # the task without its date phrase
    obligations = block_time_lines(obligations, f)  # "Thời gian thực hiện: Thường xuyên." under a task block
    deadlines = one_series(deadlines)  # "định kỳ 6 tháng (trước ngày 15/6 và 15/12)": one half-yearly deadline
    # "| Thôn … | … | Trước 25/11/2030 |" under "Ban công tác Mặt trận các thôn … chậm nhất ngày 25/11/2030": once
    deadlines = without_restated_dues(deadlines, st.tables)
    # "Đợt bổ sung: từ ngày 01/10 đến ngày 10/10/…; hoàn thành chậm nhất ngày 10/10/…", "từ … đến …, theo lịch của từng
    # thôn:" over dated rows: the round's running window, dated otherwise
    deadlines = without_run_windows(deadlines, st.tables, f.view)
    # a form's note in the Phụ lục restating the body's due date: one deadline
    deadlines = without_appendix_restated_dues(deadlines, tuple((a.start, a.end) for a in st.appendices), st.tables)
    # a fact in a table's cell quoted by its row, not by the grammar's sentence over the flattened grid
    deadlines, targets, obligations, cites = row_sentences(st.tables, deadlines, targets, obligations, cites)
    return Extraction(
        metadata=meta,
        citations=tuple(cites),
        deadlines=tuple(deadlines),
        meetings=tuple(meetings),
        targets=tuple(targets),
        obligations=tuple(obligations),
        structure=st,
        notes=tuple(impossible_dates(text, meta.number, lay.body_start)) + _missing_header(st, text) + _header_year(st, text)
        + _inferred_issuer(st.header) + code_issuer_note(st.header.issuer, meta.issuer, meta.number)
        + garbled_issuer_note(st.header.printed_issuer),
    )


def _inferred_issuer(header) -> tuple[str, ...]:
    """The note that the issuer was not printed in the header but inferred (its cell lost to OCR or never printed):
    from the enacting line or the sentence closing the preamble, its name perhaps from the place-date's place (the
    seed 13-KH/ĐU: "Đảng ủy phường xây dựng Kế hoạch" under "Bình Định, ngày …"). A reader takes a header's issuer
    as printed; one the text only implies must say so, so the clerk checks it against the paper (session-37
    newcomer: a place named as a province read as the phường's name, with nothing telling it was a guess)."""
    if not header.issuer or header.printed_issuer:
        return ()
    note = f"issuer not printed in the header: '{header.issuer}' inferred from the text under the title"
    if header.place and fold(header.place) in fold(header.issuer):
        note += f", its name that of the place-date ('{header.place}'), which may name a wider area"
    return (note + " — check it against the original",)


def _header_year(st: Structure, text: str) -> tuple[str, ...]:
    """The note on a header date printed with a year no document bears (repaired or left out by the structure)."""
    return tuple(note for p in st.header.parts if p.kind == "place_date"
                 for note in header_year_note(text, p.start, p.end, st.header.date, DOCUMENT_YEARS))


def _goal_parts(lay) -> tuple[tuple[int, int], ...]:
    """The extents of the parts headed as aims or goals ("II. MỤC TIÊU", "2. Chỉ tiêu cụ thể"), the tasks' parts too:
    a bracket after "kết quả … <year>" there states goals, no results (review of session 46)."""
    return tuple((s, e) for head, s, e in (*lay.sections, *lay.subsections)
                 if re.search(r"(?<![a-z])(?:muc tieu|chi tieu)(?![a-z])", Folded.of(head).view))


def _read_over(targets, found, read):
    """``targets`` without those overlapping the spans ``read`` by a reader of tables or norms, plus what that reader
    ``found``, in text order."""
    return sorted([t for t in targets if not (t.span and any(t.span.start < e and s < t.span.end for s, e in read))] + found,
                  key=lambda t: t.span.start if t.span else 0)


MISSING_HEADER = ("no document header (issuer, số ký hiệu, date, type): read as a page or an excerpt of a "
                  "document, its whole text as body")


def _missing_header(st: Structure, text: str) -> tuple[str, ...]:
    """The note that the text has no header at all — no issuer, motto, số ký hiệu, place-date, type
    or trích yếu (a plan's second page, its "II. CHỈ TIÊU" pasted alone): its metadata are blank
    for that reason, not because they were missed."""
    if not text.strip() or st.header.parts or st.type or st.title_parts:
        return ()
    return (MISSING_HEADER,)


def _owned_deadlines(deadlines, obligations):
    """Deadlines carrying the responsible body and task of the obligation they belong to.

    An obligation's deadline may span more than the deadline found in the text (a
    task table's cell "Xong trong Quý II/2026" around "Quý II/2026"): a deadline
    inside an obligation's deadline span is that obligation's deadline, and an
    obligation's deadline the grammar did not find on its own is listed too (the
    archive's deadlines table and ``vanban extract`` then agree)."""
    # the obligation's body is the deadline's: the deadline grammar's own guess at
    # the subject may run into the verb ("Các Sở, ban, ngành tổ chức", case 19)
    owned = [dataclasses.replace(ob.deadline, who=ob.who, what=ob.deadline.what or ob.what)
             for ob in obligations if ob.deadline and ob.deadline.span]
    # offset indexes, not scans: deadlines × obligations made a long text file quadratic (a newcomer's 13 MB)
    owned_at = SpanIndex((od.span.start, od.span.end, od) for od in owned)
    body_at = SpanIndex((ob.span.start, ob.span.end, ob) for ob in obligations if ob.who and ob.span)
    out, seen, kept_at = [], set(), SpanIndex()
    for d in deadlines:
        if d.span:
            od = owned_at.holding(d.span.start, d.span.end)
            if od is not None and _when(od) != _when(d) and od.span != d.span:
                # a second date of the row's cell ("Tháng 4/2027 và tháng 9/2027"): its own deadline, the row's body
                d = dataclasses.replace(d, who=od.who, what=d.what or od.what)
            else:
                d = od or d
        if d.span and not d.who:  # a later date of an obligation's tasks ("…; báo cáo năm trước ngày 25/11")
            ob = body_at.holding(d.span.start, d.span.end)
            if ob is not None:
                d = dataclasses.replace(d, who=ob.who)
        elif d.span and (ob := body_at.holding(d.span.start, d.span.end)) is not None and (directed := _directed(d, ob)):
            d = directed  # "2. Ban cán sự đảng …" / "- Chỉ đạo Sở Tư pháp rà soát … trước ngày 15 tháng 12 hằng năm"
        if d not in seen:
            seen.add(d)
            out.append(d)
            if d.span:
                kept_at.add(d.span.start, d.span.end, d)
    for od in owned:  # a task table's date cell the deadline grammar left to the obligation
        if not kept_at.meets(od.span.start, od.span.end):
            out.append(od)
            kept_at.add(od.span.start, od.span.end, od)
    return sorted(out, key=lambda d: d.span.start if d.span else -1)


def _directed(d, ob):
    """``d`` as the deadline of ``ob``'s body when its clause opens with that body's direction of the unit the
    deadline grammar took for its subject (:data:`assignment_words.DIRECTING_OPENING`: "Chỉ đạo | Sở Tư pháp | rà
    soát …" in the Ban cán sự đảng's block): the body directs, its task names the unit; None otherwise."""
    if not d.who or not d.span.sentence or loose_key(d.who) == loose_key(ob.who):
        return None
    f = Folded.of(d.span.sentence)
    m = W.DIRECTING_OPENING.match(f.view)
    if not m or not f.view[m.end():].startswith(fold(d.who)):
        return None
    what = f.original[:m.end()].lstrip(" *-–+•") + d.who + (" " + d.what if d.what else "")
    return dataclasses.replace(d, who=ob.who, what=what)


def _when(d):
    return d.date, d.earliest, d.latest, d.recurrence


def _relative_limit(view: str, span) -> bool:
    """The deadline at ``span`` counts its days, so its span is not masked from the targets (the caller): the labels'
    README reads a relative time limit as a target too ("≤ 15 ngày", "≥ 35 ngày") beside its deadline.

    True when the span holds a count of days from this document's own signing or issue (``RELATIVE_DAYS_RE``: "15
    ngày kể từ ngày ký", "03 ngày làm việc kể từ ngày ban hành Kế hoạch này"; not another paper's, "kể từ ngày ký hợp
    đồng"), or opens with a lead time in calendar days before a named event whose day was read for the deadline
    (``LEAD_DAYS_BEFORE_EVENT_RE``: "chậm nhất 35 ngày trước ngày bầu cử (ngày 08/02/2027)", :mod:`.event_leads`)."""
    return RELATIVE_DAYS_RE.search(view, span.start, span.end) is not None \
        or LEAD_DAYS_BEFORE_EVENT_RE.match(view, span.start) is not None
