"""The spans extractors scope and mask by, taken from the document's Structure.

Why: the same words mean different things by place — a document cited in the
preamble ("Căn cứ …") is a legal basis, elsewhere a mention; assignments live
in the implementation section ("Tổ chức thực hiện"); the "Nơi nhận" list and
any attached form (a "Danh sách" to fill in) must not yield deadlines or
obligations. Offsets are into the NFC original / folded view (same length).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from vanban.extract import patterns as P
from vanban.extract.folded import Folded
from vanban.extract.steps import step_parts
from vanban.models import Structure

__all__ = ["Layout", "SpanSet", "layout_from", "lines_of", "near_figure", "printed_heading", "sentence_bounds",
           "upper_ratio"]


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of ``text[start:end]``."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def upper_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


class SpanSet:
    """Half-open intervals with an O(log n) "does any cover pos?" — a linear
    ``any(...)`` per match made 1 MB inputs quadratic."""

    def __init__(self, spans=()) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def add(self, a: int, b: int) -> None:
        """Add ``[a, b)`` (merged with the intervals it touches), for a set that grows while it is read."""
        if a >= b:
            return  # an empty interval covers nothing
        i = bisect.bisect_left(self.ends, a)  # the first interval ending at or after a: it may touch [a, b)
        j = bisect.bisect_right(self.starts, b)  # the intervals starting at or before b touch it too
        if i < j:
            a, b = min(a, self.starts[i]), max(b, self.ends[j - 1])
        self.starts[i:j], self.ends[i:j] = [a], [b]


@dataclass
class Layout:
    """Where each part of the document lies (half-open offsets)."""

    head_end: int = 0  # end of the header block (number, place/date lines)
    title_start: int | None = None
    title_end: int | None = None
    body_start: int = 0
    # where the targets' reading starts: ``body_start``, or the first line after the title when the structure found no
    # preamble (:func:`_gap_start`); the deadlines keep ``body_start`` (a Công điện's opening narrative holds past dates)
    opening: int = 0
    preamble: tuple[int, int] | None = None
    basis_clauses: list[tuple[int, int]] = field(default_factory=list)
    sections: list[tuple[str, int, int]] = field(default_factory=list)  # roman headings
    # headed parts nested below the top level ("Điều 1. …" ⏵ "2. Các chỉ tiêu chủ yếu"): a resolution's targets list;
    # and every headed part of an appendix (an attached plan's "II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2027")
    subsections: list[tuple[str, int, int]] = field(default_factory=list)
    # the parts above the roman level ("Phần II ⏎ PHƯƠNG HƯỚNG, NHIỆM VỤ, CHỈ TIÊU NĂM 2027"): no sections, but the period
    # their heading names is their targets' (:func:`targets._heading_period`)
    groups: list[tuple[str, int, int]] = field(default_factory=list)
    implementation: tuple[int, int] | None = None
    body_end: int = 0  # start of the signature / recipients block
    noi_nhan: int | None = None  # offset of the "Nơi nhận" line
    recipients: list[tuple[int, int]] = field(default_factory=list)
    signature: tuple[int, int] | None = None
    results: list[tuple[int, int]] = field(default_factory=list)  # parts reporting the past
    # a Báo cáo's requests to the bodies above or beside it ("IV. ĐỀ XUẤT, KIẾN NGHỊ"), among ``results``: no targets,
    # but its requests are the labels' obligations ("(kiến nghị)" entries: t18-10, a18-10)
    requests: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of each cell of the data tables that has more than one (a task table's "Nội dung" cell): the words
    # a figure's scope is read from end with its cell, not in the next cells and rows (its text joins them by spaces)
    cells: tuple[tuple[int, int], ...] = ()
    # (real46) the rows of the data tables whose first row names the columns, each cell as (its column's name, start,
    # end): the figure of a "Thời hạn giải quyết" cell is about the procedure its row names (target_scope)
    headed_rows: tuple[tuple[tuple[str, int, int], ...], ...] = ()


def _nested(parts):
    """Every part below ``parts``' own level, depth first."""
    for p in parts:
        yield from p.children
        yield from _nested(p.children)


def _division_as_section(p) -> bool:
    """Whether the top division ``p`` ("Phần II. CHỈ TIÊU", level 0) holds its numbered items ("1.", "2.", "a)") right
    below it, with no roman part, Mục or Điều between: such a plan divides itself by "Phần" where another office writes
    "II. CHỈ TIÊU", and its division is the section those items belong to (a Kế hoạch of a xã laid out "Phần I. YÊU CẦU
    … Phần IV. PHÂN CÔNG NHIỆM VỤ" read as no section: its chỉ tiêu part's figures as no targets). A division above
    roman parts (a Báo cáo's "Phần thứ nhất" ⏵ "I. …") or a Chương above its Điều stays a group (:func:`_top_parts`)."""
    return bool(p.label and p.level == 0 and p.heading and p.children
                and all(c.level > 3 for c in p.children if c.label))


def _top_parts(parts):
    """The body's top parts, a part above the roman level ("Phần II ⏎ PHƯƠNG HƯỚNG, NHIỆM VỤ, CHỈ TIÊU NĂM 2027" of a
    Báo cáo, level 0) standing aside for its own parts: its "I. CÁC CHỈ TIÊU CHỦ YẾU", "II. NHIỆM VỤ, GIẢI PHÁP" are
    the document's sections as they are where no "Phần" groups them (a29-01: its targets list was read as no section)."""
    for p in parts:
        yield p
        if p.level < 2:
            yield from _top_parts(p.children)


def layout_from(f: Folded, st: Structure) -> Layout:
    """The Layout (spans the extractors mask and scope by) of a Structure."""
    v = f.view
    tend = max((p.end for p in st.title_parts), default=0)
    hend = max((p.end for p in st.header.parts), default=0)
    lay = Layout(head_end=hend, title_end=max(tend, hend))
    lay.body_start = min(st.body_start, st.preamble[0].start) if st.preamble else st.body_start
    lay.opening = lay.body_start
    if not st.preamble and st.title_parts:
        lay.opening = _gap_start(v, max([tend, hend] + [p.end for p in st.addressees]), lay.body_start)
    lay.body_end = st.body_end
    lay.cells = tuple(sorted((c.start, c.end) for t in st.tables if t.role == "data" for row in t.rows
                             if len(row) > 1 for c in row if c.end > c.start))
    lay.headed_rows = tuple(tuple((head, c.start, c.end) for head, c in zip(t.header, row))
                            for t in st.tables if t.role == "data" and len(t.header) > 1 for row in t.rows[1:])
    if st.preamble:
        lay.preamble = (st.preamble[0].start, st.body_start)
    else:
        lay.preamble = (lay.body_start, lay.body_start)
    for p in st.preamble:
        if p.kind == "basis":
            _basis(v, p.start, p.end, lay.basis_clauses)
    if st.type not in _NOT_CARRYING_OUT:
        for p in st.title_parts:  # "CHƯƠNG TRÌNH HÀNH ĐỘNG ⏎ thực hiện Kết luận số 75-KL/TW …": the plan's căn cứ
            m = _CARRIED_OUT.search(v, p.start, p.end)
            if m:
                lay.basis_clauses.append((m.start(), p.end))
    lay.groups = [(p.heading, p.start, p.end) for p in _top_parts(st.body) if p.level < 2 and p.heading]
    for p in _top_parts(st.body):
        if p.label and p.level == 2 and p.heading is not None:
            lay.sections.append((p.heading, p.start, p.end))
            if P.IMPL_HEADING_RE.search(Folded.of(p.heading).view):
                lay.implementation = (p.start, p.end)
        elif p.label and p.level == 2:
            head = f.original[p.start:f.original.find("\n", p.start, p.end) if "\n" in f.original[p.start:p.end] else p.end]
            lay.sections.append((head.strip(), p.start, p.end))
        elif _division_as_section(p):
            lay.sections.append((p.heading, p.start, p.end))
            if P.IMPL_HEADING_RE.search(Folded.of(p.heading).view):
                lay.implementation = (p.start, p.end)
    lay.subsections = [(p.heading, p.start, p.end) for p in (*st.body, *_nested(st.body)) if p.heading and p.level > 2]
    # the headed parts of a plan attached after the signature (a Quyết định giao chỉ tiêu issuing its Kế hoạch: "II.
    # MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2027" ⏵ "2. Các chỉ tiêu chủ yếu" ⏵ "- Giải quyết việc làm mới cho 350 lao
    # động", t21-04): its list of targets is one as the body's is (tests/test_targets_session21.py)
    lay.subsections += [(p.heading, p.start, p.end) for a in st.appendices for p in _nested([a])
                        if p.heading and p.level >= 2]
    lay.recipients = [(p.start, p.end) for p in st.recipients]
    if st.signature:
        lay.signature = (st.body_end, len(v))
        lay.noi_nhan = st.recipients[0].start if st.recipients else None
    lay.results = _results_parts(f, lay, st.type == "Báo cáo", {p.start for p in step_parts(st.body)},
                                 tuple((a.start, a.end) for a in st.appendices))
    lay.results += _review_articles((*st.body, *_nested(st.body)))
    if st.type == "Báo cáo":
        lay.requests = [(s, e) for head, s, e in lay.sections
                        if _REPORT_REQUEST_HEAD.match(Folded.of(printed_heading(head)).view.strip())]
    return lay


# A document the plan carries out, named in its title ("Kế hoạch thực hiện Nghị quyết số 25-NQ/TW", "Chương trình hành
# động thực hiện Kết luận số 75-KL/TW"): a căn cứ, as it is when the opening line says "Thực hiện Nghị quyết số …"
# (folded); a Báo cáo "kết quả thực hiện Chỉ thị …" reports on it and carries out nothing
_CARRIED_OUT = re.compile(r"(?<![a-z])(?:trien khai\s+)?thuc hien\s+(?=(?:" + P.TYPE_RE.replace("(?P<t", "(?P<c") + r")\s)")
_NOT_CARRYING_OUT = frozenset({"Báo cáo"})


def _gap_start(v: str, lo: int, body_start: int) -> int:
    """Where the targets' reading starts when the structure found no preamble: the first line after the title (and the
    Kính gửi lines) rather than the first numbered part. Text that opens a document in the middle of an article — an
    excerpt, a page run on from an earlier one, a legal-corpus window whose "Điều …" heading comes on its 5th line — is
    the body's too (its limits and quotas were dropped with the preamble the structure looked for there)."""
    at = lo + len(v[lo:body_start]) - len(v[lo:body_start].lstrip())
    return min(at, body_start)


def _basis(v: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    """One Căn cứ paragraph as clauses; a document named right after a ";" is one more basis."""
    semi = v.find(";", s, e)
    out.append((s, semi + 1 if semi >= 0 else e))
    while semi >= 0:
        nxt = v.find(";", semi + 1, e)
        seg_end = nxt + 1 if nxt >= 0 else e
        if _BASIS_CONT.match(v, semi + 1, seg_end):
            out.append((semi + 1, seg_end))
        semi = nxt


# Headings of the parts that report the past ("Kết quả", "Đánh giá", "Tình
# hình"): a number there is an achievement, a body acting there acted already. So do the parts that describe where
# things stand ("1. Hiện trạng", "Thực trạng"): "Trong đó, có 28 trạm 5G … (Chiếm 32,2 %)" is a share counted, no aim
# (a newcomer's 987/KH-UBND, session 22).
# ("Đánh giá, công nhận mô hình" heads tasks: P.ASSESS_AS_ACT)
_RESULTS_HEAD = re.compile(r"k[e¢]t qu[a4]|[dpb][a4]nh gi[a4]" + P.ASSESS_AS_ACT + r"|t[il1]nh h[il1]nh|(?:th[uw]c|hi[e¢]n) tr[a4]ng"
                           r"|s[uw] c[a4]n thi[e¢]t(?![a-z])")
# (tgt47) … "I. SỰ CẦN THIẾT ĐẦU TƯ" of a Tờ trình (a45-07, t45-07; "I. SỰ CẦN THIẾT" of 2109/QĐ-BXD's form) states why:
# the works as they stand ("hư hỏng mặt đường trên 60% chiều dài", "mặt đường hẹp (2,5 m)"), no figure set
# A heading that opens with the rating to be done ("II. ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG", "2. Đánh giá và xếp loại
# đảng viên", "Chấm điểm, xếp loại"; folded) heads the rules of a Hướng dẫn or Quy định — score caps, the score band of
# each rank, the share a rank may not pass ("đạt từ 90 điểm trở lên", "không vượt quá 20% số …", a28-08): rules to
# apply, no results reached; a Báo cáo's such part reports its ratings (its ``report`` reading is kept)
_RATING_RULES_HEAD = re.compile(r"(?:[dpb][a4]nh gi[a4]|ch[a4]m [dđ]i[e¢]m)\s*(?:,|v[a4])\s*x[e¢]p lo[a4]i(?![a-z])")
# A report's shortfalls ("II. TỒN TẠI, HẠN CHẾ": "… mới đạt 42%, chưa đạt chỉ tiêu 60% đề ra") assess the past too; a
# Báo cáo's requests to the superior it reports to ("III. KIẾN NGHỊ": "… kính đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ
# trợ kinh phí …") are no task of the sender's nor targets (a newcomer's 305/BC-UBND, session 16)
# (tgt35c) A heading that opens with what follows from a result ("IV. XỬ LÝ KẾT QUẢ LẤY PHIẾU TÍN NHIỆM", "3. Sử dụng kết
# quả đánh giá"; folded) heads the rules a Kế hoạch or a Quy định sets for a result still to come — the thresholds of
# a vote ("có từ 2/3 tổng số đại biểu … trở lên đánh giá "tín nhiệm thấp" thì …", t34-06): no results reached; a Báo
# cáo's such part reports what was handled (its ``report`` reading is kept)
_RESULT_USE_HEAD = re.compile(r"^(?:xu ly|su dung)\s+k[e¢]t qu[a4](?![a-z])")
# (tgt47t) A heading that opens with the duty to report a result still to come ("IV. BÁO CÁO KẾT QUẢ BẦU CỬ" of a
# xã's plan for electing its Trưởng thôn, t46-05; "V. CHẾ ĐỘ BÁO CÁO KẾT QUẢ THỰC HIỆN", "VI. TỔNG HỢP, BÁO CÁO KẾT
# QUẢ"; folded) heads what to report and by when — the time allowed to hold a vote again ("không quá 15 ngày kể từ
# ngày bầu cử lần đầu"), the report's due day: no results reached, as the "CHẾ ĐỘ BÁO CÁO" parts of the earlier sets
# are none (their headings carry no "kết quả"); a Báo cáo's such part reports (its ``report`` reading is kept). (A
# roman label's last letter may be left on the heading, "V. BÁO CÁO …" for "**IV. BÁO CÁO …**": skipped.)
_RESULT_REPORT_HEAD = re.compile(r"^(?:[ivxl]{1,4}\.\s*)?(?:(?:che do|thoi gian|thoi han|tong hop|thong tin|kiem tra)\s*(?:,|va)?\s*)*"
                                 r"bao cao\s+(?:tong hop\s+)?k[e¢]t qu[a4](?![a-z])")
# (tgt50t) … and so do its strengths, "II. ƯU ĐIỂM" of a Báo cáo kiểm điểm (t49-10: "chỉ đạo giải quyết dứt điểm 11/12 vụ
# việc khiếu nại …", what the body did in the year reviewed; its labels count no figure of it), as "1. Ưu điểm" under
# "I. KẾT QUẢ …" of the earlier sets' reports is (t29-01, a30-02, t45-06: none labelled)
# (obl50t) … and the rest of a self-assessment, when a Báo cáo kiểm điểm prints each as a roman section of its own
# rather than under "ĐÁNH GIÁ CHUNG" ("II. ƯU ĐIỂM" / "- Lãnh đạo hoàn thành và vượt 15/18 chỉ tiêu …", "IV. NGUYÊN
# NHÂN" / "Ban Thường vụ có lúc chưa quyết liệt trong kiểm tra …", t49-10; "Bài học kinh nghiệm", "Khuyết điểm"): the
# past year judged, no task set and no figure aimed at (the same parts nested under a results heading — t29-01, t45-06,
# a23-06, a25-01 — are skipped with it and label none)
# (a roman label's last letter may be left on the heading, "V. NGUYÊN NHÂN" for "**IV. NGUYÊN NHÂN**", as with
# _RESULT_REPORT_HEAD below)
_SELF_REVIEW_HEAD = re.compile(r"^(?:[ivxl]{1,4}\.\s*)?(?:nhung |mot so )?(?:ton tai|han che|kho khan|yeu kem|uu diem|khuyet diem|nguyen nhan"
                             r"|bai hoc(?: kinh nghiem)?)(?![a-z])")
# (t51tgt) A heading that opens with the body's own review still to do ("IV. TỰ ĐÁNH GIÁ, CHẤM ĐIỂM VÀ HỒ SƠ ĐỀ NGHỊ CÔNG
# NHẬN" of a xã's plan to reach the standard of access to law, t51-06: "Kết quả tự đánh giá được niêm yết công khai …
# trong thời gian 05 ngày làm việc", labelled; "Tự chấm điểm", "Tự kiểm tra"; folded) heads the steps of a review to
# come, as "tự đánh giá" is a body's act in a Hướng dẫn's steps (patterns.ACTION_VERBS): no results reached; a Báo
# cáo's such part reports its review (its ``report`` reading is kept)
_SELF_CHECK_HEAD = re.compile(r"^(?:[ivxl]{1,4}\.\s*)?tu\s+(?:[dpb][a4]nh gi[a4]|ch[a4]m [dđ]i[e¢]m|ki[e¢]m tra)(?![a-z])")
_REPORT_REQUEST_HEAD = re.compile(r"^(?:de xuat|kien nghi)(?:,? (?:va )?(?:de xuat|kien nghi))?\W*$")
_HEADING_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]*([^\n]{3,80})$")
# "1. Về tình hình thực hiện nhiệm vụ năm 2026" (a Thông báo kết luận's points open with "Về …"): the topic word first
_RESULTS_TOPIC = re.compile(r"^(?:ve|doi voi)\s+")
# (tgt45b) A numbered item's first line that runs on to the next line in lower case is a hard-wrapped sentence, no
# heading: "5. Kết quả xếp loại của chi bộ được công nhận khi có trên 50% số" ⏎ "đảng viên … tán thành." (a Party
# guidance's rule, wrapped as a scan or a pasted text wraps it) opens with "Kết quả" as a results heading does, but
# its rule is still to apply — a heading stands alone on its line (printed; the next line's first letter)


def _wrapped_on(o: str, end: int) -> bool:
    """Whether the line ending at ``end`` of the printed text ``o`` runs on to the next line, in lower case."""
    m = _NEXT_LINE_START.match(o, end)
    return bool(m and o[m.end():m.end() + 1].islower())


_NEXT_LINE_START = re.compile(r"\n[ \t]*")
# a roman heading line of an appendix, bold or not ("**I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2026**"): an attached plan's
# parts are no sections of the structure, so its review part is found by its heading line (folded)
_ROMAN_HEADING_LINE = re.compile(r"(?m)^[ \t*_]*([ivxl]{1,4})\.[ \t]*([^\n]{3,100}?)[ \t*_]*$")
_NEXT_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]|[ivxl]{1,4}\.[ \t])")
def _results_parts(f: Folded, lay: Layout, report: bool = False, steps: set[int] = frozenset(),
                   appendices: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """Roman sections and numbered heading lines ("1. Đánh giá chung") that
    report results, each to the next heading; with ``report`` (a Báo cáo) its
    requests to the superior too. A procedure's step (its start in ``steps``: "3. Đánh giá, xếp loại" under "I. CÁC
    BƯỚC THỰC HIỆN") names an act to do, no results. The numbered heading lines of the ``appendices`` too: a plan a
    Quyết định issues reports its year before its aims ("II. KẾT QUẢ NĂM 2026 VÀ MỤC TIÊU NĂM 2027 ⏎ 1. Kết quả năm
    2026 ⏎ Năm 2026, tỷ lệ … đạt 78,4%; … ⏎ 2. Mục tiêu năm 2027", a19-05)."""
    v, o = f.view, f.original

    def reporting(head: str) -> bool:
        h = _head_view(head)
        if not report and _RATING_RULES_HEAD.match(h):
            return False  # "II. ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG" of a Hướng dẫn: the rules of the rating to do
        if not report and _RESULT_USE_HEAD.match(h):
            return False  # "IV. XỬ LÝ KẾT QUẢ LẤY PHIẾU TÍN NHIỆM": the rules for a result to come
        if not report and _RESULT_REPORT_HEAD.match(h):
            return False  # (tgt47t) "IV. BÁO CÁO KẾT QUẢ BẦU CỬ": the duty to report a result to come
        if not report and _SELF_CHECK_HEAD.match(h):
            return False  # (t51tgt) "IV. TỰ ĐÁNH GIÁ, CHẤM ĐIỂM …": the body's review still to do
        return bool(_RESULTS_HEAD.search(h) or _SELF_REVIEW_HEAD.match(h) or (report and _REPORT_REQUEST_HEAD.match(h)))
    parts = [(s, e) for head, s, e in lay.sections if reporting(head)]
    joint = [s for head, s, e in lay.sections if reporting(head) and _AIMS_IN_HEAD.search(_head_view(head))]
    for lo, hi in ((lay.body_start, lay.body_end), *appendices):
        for m in _HEADING_LINE.finditer(v, lo, hi):
            head = _RESULTS_TOPIC.sub("", m.group(2))
            if not _RESULTS_HEAD.match(head) or o[m.end() - 1] in ".;:," or m.start() in steps \
                    or (not report and (_RATING_RULES_HEAD.match(head) or _RESULT_USE_HEAD.match(head)
                                        or _SELF_CHECK_HEAD.match(head))) \
                    or _wrapped_on(o, m.end()):
                continue
            nxt = _NEXT_HEADING.search(v, m.end(), hi)
            parts.append((m.start(), nxt.start() if nxt else hi))
            if _AIMS_IN_HEAD.search(head):  # (tgt40) "2. Tình hình và chỉ tiêu" over "2.1. Kết quả năm 2030", "2.2.
                joint.append(m.start())     # Chỉ tiêu năm 2031": as for a roman part, the aims end the results
    parts += _results_divisions(v, min(lay.opening, lay.body_start), lay.body_end)
    for lo, hi in appendices:  # a roman part of an attached plan: "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2026" (t21-04)
        for m in _ROMAN_HEADING_LINE.finditer(v, lo, hi):
            head = _RESULTS_TOPIC.sub("", m.group(2))
            if not _RESULTS_HEAD.match(head) or m.start() in steps:
                continue
            nxt = _ROMAN_HEADING_LINE.search(v, m.end(), hi)
            parts.append((m.start(), nxt.start() if nxt else hi))
            if _AIMS_IN_HEAD.search(head):
                joint.append(m.start())
    out = []
    for s, e in parts:  # "Để tiếp tục …, thành phố cần tập trung thực hiện một số nhiệm vụ, giải pháp sau đây:"
        m = _TASKS_INTRO.search(v, s, e)
        if not report and (r := _REQUEST_PARAGRAPH.search(v, s, e)) and (not m or r.start() < m.start()):
            m = r  # "5. Về tình hình thực hiện các nhiệm vụ được giao ⏎ Qua theo dõi, … còn 23 nhiệm vụ quá hạn … ⏎⏎ Yêu
            # cầu Thủ trưởng các sở, ngành, … rà soát, … báo cáo … trước ngày 05 tháng 02 năm 2027" (t21-09): the request
        if not report and (pl := _PLAN_HEAD_LINE.search(v, s + 1, e)) and (not m or pl.start() < m.start()):
            m = pl  # (tgt37b) "II. TÌNH HÌNH SẢN XUẤT VÀ DỰ BÁO DỊCH HẠI ⏎ 1. Kế hoạch diện tích gieo cấy vụ Mùa năm 2030":
            # from the plan's own figures on, the part sets what is to be done
        if s in joint:  # "II. KẾT QUẢ BƯỚC ĐẦU VÀ MỤC TIÊU" … "2. Mục tiêu đến năm 2030": the aims are no results
            heading = v[s:v.find("\n", s) if "\n" in v[s:e] else e]
            a = next((a for a in _AIMS_HEAD_LINE.finditer(v, s + 1, e)
                      if a.group("later") is None or _names_later_period(a.group("later"), heading)), None)
            m = a if a and (not m or a.start() < m.start()) else m
            p = _AIMS_PARAGRAPH.search(v, s + 1, e)
            m = p if p and (not m or p.start() < m.start()) else m
        out.append((s, m.start()) if m else (s, e))
    return out


# A division of a report above its roman parts ("Phần thứ nhất", "PHẦN I.", "Phần 1"), its title on the same line or the
# next one ("Phần thứ nhất ⏎ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2026"), folded: the division's parts "I. CÔNG TÁC
# XÂY DỰNG ĐẢNG", "II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ" carry no results word of their own
_DIVISION_LINE = re.compile(r"(?m)^[ \t*_]*phan\s+(?:thu\s+(?:nhat|hai|ba|tu|nam)|[ivx]{1,4}|\d)(?![a-z\d])[ \t.:\-–]*"
                            r"(?P<title>[^\n]*?)[ \t*_]*$")


def _results_divisions(v: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The divisions ("Phần thứ nhất", :data:`_DIVISION_LINE`) of ``v[lo:hi]`` whose title reports the past ("KẾT QUẢ
    …", "TÌNH HÌNH …", "ĐÁNH GIÁ …"), each to the next division: a Báo cáo of a Đảng ủy reviews its year in Phần thứ
    nhất (its parts "I. CÔNG TÁC XÂY DỰNG ĐẢNG", "II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI" print the figures reached:
    "Tổng thu ngân sách … đạt 215,6 tỷ đồng") and sets the next year's aims in Phần thứ hai. A title that names the
    aims too ("KẾT QUẢ … VÀ PHƯƠNG HƯỚNG …") leaves its parts to their own headings. The division ends where the
    next one's roman parts start again at "I." too, should its heading be lost (a legacy OCR's restoration read
    "Phần thứ hai" as a name, "Phan thị hải", t29-01 legacy)."""
    heads = list(_DIVISION_LINE.finditer(v, lo, hi))
    out = []
    for n, m in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else hi
        firsts = [r.start() for r in _ROMAN_HEADING_LINE.finditer(v, m.end(), end) if r.group(1) == "i"]
        end = firsts[1] if len(firsts) > 1 else end
        title = m.group("title").strip()
        if not title:  # the title on the next line that holds words
            nl = v.find("\n", m.end(), hi)
            rest = v[nl + 1:hi] if nl >= 0 else ""
            title = next((x.strip(" \t*_") for x in rest.split("\n") if x.strip(" \t*_")), "")
        title = _RESULTS_TOPIC.sub("", title)
        if not _RESULTS_HEAD.match(title) or _AIMS_IN_HEAD.search(title):
            continue
        out.append((m.start(), end))
    return out


# (tg22b) an article of a Nghị quyết that reviews a past year: "Điều 1. Đánh giá tình hình năm 2026", "Điều 1. Kết quả
# thực hiện nhiệm vụ năm 2026" — a results head with the year it reports on; not "Điều 5. Đánh giá, xếp loại" (a rule
# of a Quy định, no year) nor "Kết quả cần đạt năm 2027" (aims)
# (not "Điều 1. Đánh giá tình hình năm 2026 và mục tiêu, chỉ tiêu chủ yếu năm 2027": the aims follow in the article, a20-02)
_AIMS_NAMED = re.compile(r"(?:\bva|,)\s+(?:cac\s+)?(?:muc tieu|chi tieu|phuong huong|nhiem vu|giai phap|ke hoach)(?![a-z])")
# ("Điều 1. Tán thành đánh giá tình hình …", "Điều 1. Thông qua Báo cáo … tình hình thực hiện … năm 2026": the same)
_REVIEW_ARTICLE_HEAD = re.compile(r"^(?:(?:tan thanh|thong nhat|thong qua)(?:\s+[^\s\d]+){0,8}?\s+)?(?:ve\s+)?"
                                  r"(?:danh gia|ket qua(?!\s+can dat)|tinh hinh)(?![a-z])[^\n]*?\b20\d\d\b")


def _review_articles(parts) -> list[tuple[int, int]]:
    """The spans of the articles ("Điều 1.") whose heading reviews a past year (``_REVIEW_ARTICLE_HEAD``): a
    Nghị quyết of an HĐND on the year's plan opens "Điều 1. Đánh giá tình hình năm 2026" with the figures reached
    ("tổng giá trị sản xuất tăng 8,1%; … ước đạt 71,2 triệu đồng/người/năm"), its Điều 2 sets the targets (t22-05)."""
    return [(p.start, p.end) for p in parts if p.label and Folded.of(p.label).view.startswith("dieu") and p.heading
            and _REVIEW_ARTICLE_HEAD.match(_head_view(p.heading)) and not _AIMS_NAMED.search(_head_view(p.heading))]


def _head_view(head: str) -> str:
    return Folded.of(printed_heading(head)).view.strip()


def printed_heading(head: str) -> str:
    """An upper-case roman heading without the lead-in paragraph the structure read into it when a list follows:
    "II. CHỈ TIÊU ⏎⏎ Năm 2026, … xảy ra 07 vụ cháy … Để kiềm chế tình hình cháy, nổ, … đạt các chỉ tiêu sau:"
    (a phường's Kế hoạch, authored15) is headed "CHỈ TIÊU"; the "tình hình" of its lead-in does not make the list
    of targets a report of results. The heading ends at the first word in lower case (two small letters or more:
    a legacy OCR's "HìNH" stays in the heading). A heading printed in sentence case is kept whole."""
    words = head.split()
    if not words or _in_lower_case(words[0]):
        return head
    n = next((i for i, w in enumerate(words) if _in_lower_case(w)), len(words))
    return " ".join(words[:n])


def _in_lower_case(word: str) -> bool:
    return sum(c.islower() for c in word) >= 2


# A results heading that names the aims too ("II. KẾT QUẢ BƯỚC ĐẦU VÀ MỤC TIÊU", "I. TÌNH HÌNH VÀ CHỈ TIÊU", a Đảng
# ủy phường's Chương trình hành động, tune19): its results end at the numbered line that opens the aims ("2. Mục tiêu
# đến năm 2030"), whose list is the plan's targets (folded); (session 28) so does one naming the tasks ahead ("III. KẾT
# QUẢ THỰC HIỆN NĂM 2026 VÀ NHIỆM VỤ TRỌNG TÂM" over "1. Kết quả bước đầu", "2. Chỉ tiêu chủ yếu đến năm 2027", "3.
# Nhiệm vụ, giải pháp trọng tâm", a Đảng ủy xã's Kế hoạch, t26-01)
_AIMS_IN_HEAD = re.compile(r"(?:\bva|,)\s+(?:cac\s+)?(?:muc tieu|chi tieu|phuong huong|nhiem vu)(?![a-z])")
# … or (tgt30b) at an unnumbered line that leads in the aims' list or table ("Chỉ tiêu năm 2027:", "Các chỉ tiêu chủ
# yếu năm 2027 như sau:" under "II. KẾT QUẢ NĂM 2026 VÀ CHỈ TIÊU NĂM 2027", after a paragraph of the year's results; the
# Kế hoạch a Quyết định issues, a28-07)
# (tgt40) … or at a paragraph that opens with that label and goes on after its colon ("Mục tiêu năm 2031: xã tiếp tục
# đạt chuẩn …, tăng ít nhất 05 điểm; mỗi tiêu chí đạt ít nhất 60% …" under "II. THỰC TRẠNG VÀ MỤC TIÊU"): the label
# heads the aims however the line runs on
# (fixrev40) … but a run-on "Chỉ tiêu …:" is a result's label as often ("Chỉ tiêu về giảm nghèo: tỷ lệ hộ nghèo giảm
# còn 2,1%" in the year's results): it heads the aims only when it names a later period than the part's heading
# (:func:`_names_later_period`, group ``later``); a "Mục tiêu …:" always does
_AIMS_HEAD_LINE = re.compile(r"(?m)^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)][ \t]*(?:cac\s+)?(?:muc tieu|chi tieu|phuong huong)(?![a-z])"
                             r"|[*_]*(?:cac\s+)?(?:muc tieu|chi tieu)(?![a-z])[^\n.;:]{0,60}:[ \t*_]*$"
                             r"|[*_]*(?:cac\s+)?muc tieu(?![a-z])[^\n.;:]{0,60}:"
                             r"|[*_]*(?:cac\s+)?chi tieu(?![a-z])(?P<later>[^\n.;:]{0,60}):)")
# (tgt42b) … or at a paragraph whose opening clause strives, the aims set in a sentence and no label: "II. THỰC TRẠNG VÀ
# CHỈ TIÊU ⏎ Đến ngày 31/7, … còn 1.284 thửa … ⏎⏎ Năm 2032, phấn đấu tiếp nhận … ít nhất 620 hồ sơ; cấp … cho tối
# thiểu 85% …; 100% hồ sơ …" — every clause of that paragraph on is an aim, not the status the part opened with (a few
# words may lead in: the period, the body that strives, "Trong năm 2032, UBND xã phấn đấu …"; not "… đã phấn đấu …",
# a result told)
_AIMS_PARAGRAPH = re.compile(r"(?<=\n)[ \t]*\n[ \t]*[*_]*(?=(?:[^\n.;:]{0,50}?[\s,])?(?<!\bda )phan dau(?![a-z]))")
#: a period a label names (folded): "năm 2031", "đến năm 2030", "giai đoạn 2026 - 2030", "… sắp tới", "… tiếp theo"
_LABEL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LABEL_AHEAD = re.compile(r"(?<![a-z])(?:sap toi|tiep theo|ke hoach|den nam)(?![a-z])")


def _names_later_period(label: str, heading: str) -> bool:
    """A run-on "Chỉ tiêu …:" label (folded) names a period after the results its part's heading (folded) reports:
    "Chỉ tiêu năm 2031:" under "KẾT QUẢ NĂM 2030 VÀ …", "Chỉ tiêu đến năm 2030:", "Chỉ tiêu giai đoạn tới:"; a
    "Chỉ tiêu về giảm nghèo:" names none — it labels a result."""
    if _LABEL_AHEAD.search(label):
        return True
    years = [int(y) for y in _LABEL_YEAR.findall(label)]
    done = [int(y) for y in _LABEL_YEAR.findall(heading)]
    return bool(years) and (not done or max(years) > min(done))
# (tgt37b) … and (in a plan, not a Báo cáo) at a numbered line that heads the plan's own figures ("1. Kế hoạch diện tích
# gieo cấy vụ Mùa năm 2030", "2. Dự kiến kết quả …" under "II. TÌNH HÌNH SẢN XUẤT …": the areas to sow, not sown; the
# part's forecasts and spraying thresholds after it are no results either). Folded.
_PLAN_HEAD_LINE = re.compile(r"(?m)^[ \t*_]*\d{1,2}(?:\.\d{1,2})*[.)][ \t]*(?:ke hoach|du kien)(?![a-z])")
# a paragraph of a results part that opens with a request to bodies (folded): the report ends there, the request
# assigns (a Thông báo kết luận's "Về tình hình thực hiện các nhiệm vụ được giao" over "Qua theo dõi, … quá hạn chưa hoàn
# thành." then "Yêu cầu Thủ trưởng các sở, ngành, … hoàn thành dứt điểm …", t21-09); a Báo cáo's own requests to the
# bodies above it stay in its report (``report``)
_REQUEST_PARAGRAPH = re.compile(r"(?<=\n)[ \t]*\n[ \t]*(?=(?:yeu cau|de nghi)\s+(?!cua\s|nay\s|tren\s|dat\s|dat ra\s))")
# an assessment section ("I. ĐÁNH GIÁ CHUNG") that goes on to the tasks ahead: they are not results
_TASKS_INTRO = re.compile(r"(?:nhiem vu|giai phap|noi dung)[^.:;\n]{0,60}\bsau(?: day)?\s*:")


# a clause after a ";" that names a document, or opens with "căn cứ" ("Thực hiện Công điện số 112/CĐ-TTg …;
# căn cứ Luật Phòng, chống thiên tai …": the laws are the legal basis too); or one more item of a list that shares
# its lead's type word, the bare number of the next document: "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP
# … về kiểm soát thủ tục hành chính; số 48/2013/NĐ-CP … và số 92/2017/NĐ-CP …; số 118/2025/NĐ-CP …" (1490/QĐ-UBND,
# 1512/QĐ-UBND), "Căn cứ các Quyết định của Bộ trưởng Bộ Tư pháp: Số 524/QĐ-BTP …; số 853/QĐ-BTP …" (1628/QĐ-UBND),
# "Căn cứ các Thông tư của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ: số 02/2017/TT-VPCP …; số 03/2025/TT-VPCP …"
# (3854/QĐ-UBND): each is a basis as the first is (folded; a number with its code's "/" or "-")
_BASIS_CONT = re.compile(r"\s*(?:(?:can cu\s+)?(?:" + P.TYPE_RE.replace("(?P<t", "(?P<b") + r")\s|(?:va\s+)?so\s+\d+[/-])")


# Candidate sentence ends: ". X" / "; X" (kept only when X is upper case),
# a blank line, a line break before a list item, a ";" or ":" at a line end.
_SENT_CAND = re.compile(
    r"[.!?;](?=\s+[\"“(]?\S)|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•]|\d+(?:\.\d+)*[.)][ \t]))|[;:](?=[ \t]*\n)"
    r"|\n(?=[ \t]*[^\W\d_])"  # kept only after an upper-case heading line
)


# a topic heading on its own line, in sentence case, no stop at its end: "1. Về công tác xây dựng Đảng" over "Giao Ban
# Tổ chức Đảng ủy hướng dẫn …" (a Thông báo kết luận, the session-17 newcomer's): the heading is no part of the task
_TOPIC_HEAD_LINE = re.compile(r"[ \t]*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]+(?:Về|VỀ)[ \t][^\n.;:!?]{3,90}")


def _in_open_bracket(text: str, at: int) -> bool:
    """A ";" or ":" at a line's end lies inside a bracket opened before it in its paragraph and closed after it: the
    line wrapped inside a breakdown, "… 58 trạm (Trong đó: VNPT:" / "25 trạm, Viettel: 33 trạm);" (a hard-wrapped plan,
    987/KH-UBND) — no sentence ends there."""
    para = text.rfind("\n\n", max(0, at - 300), at)
    before = text[para + 1 if para >= 0 else max(0, at - 300):at]
    if before.count("(") <= before.count(")"):
        return False
    stop = text.find("\n\n", at, at + 300)
    after = text[at:stop if stop >= 0 else at + 300]
    return ")" in after and after.find(")") < (after.find("(") if "(" in after else len(after))


#: the longest line in capitals read as a heading whose line break ends a sentence: a title on one DOCX paragraph (or one
#: line of a copy-paste) runs to 300 characters and more ("VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ … TẠI NGHỊ QUYẾT SỐ
#: 16/2023/NQ-HĐND … CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", 66/2025/NQ-HĐND: 236), where a printed page wraps it
#: under 100; the first Căn cứ on the next line is a sentence of its own
_HEAD_LINE_MAX = 480


def _boundaries(text: str, lo: int, hi: int):
    for m in _SENT_CAND.finditer(text, lo, hi):
        ch = text[m.start()]
        if ch in ";:" and m.end() == m.start() + 1 and _in_open_bracket(text, m.start()):
            continue
        if ch == "\n" and m.end() == m.start() + 1 and text[m.end():m.end() + 1].strip():
            ls = text.rfind("\n", max(0, m.start() - 160), m.start()) + 1
            line = text[ls:m.start()]
            if _TOPIC_HEAD_LINE.fullmatch(line) and text[m.end():m.end() + 80].lstrip(" \t")[:1].isupper():
                yield m
                continue
            if not (ls > 0 or m.start() < 160) or len(line) >= _HEAD_LINE_MAX or upper_ratio(line) <= 0.8 \
                    or sum(c.isalpha() for c in line) < 4:
                continue
            yield m
            continue
        if ch in ".!?;" and m.end() == m.start() + 1:
            j = m.end()
            while j < hi and text[j] in " \t\n\"“(":
                j += 1
            if j >= hi:
                yield m
                continue
            if ch == "." and text[m.start() - 1:m.start()].isdigit() and text[j:j + 1].isdigit() \
                    and "\n" not in text[m.end():j]:
                continue  # "3.1. Trong …"; but "… năm 2026.⏎2. Ban …" ends at the year
            if not (text[j].isupper() or (ch in ";." and text[m.end():j].count("\n"))):
                continue
        yield m


#: how far from a figure its sentence is read (characters): a text on one line without stops is one "sentence" of
#: all its length, and each figure's checks over it made reading a 150 KB line quadratic (the session-18 newcomer's
#: one-line text: 61 s for 150 KB, 1.4 MB unfinished in 15 minutes); a real sentence is far shorter
FIGURE_REACH = 1500


def near_figure(text: str, s0: int, s1: int, a: int, b: int, reach: int = FIGURE_REACH) -> tuple[int, int]:
    """The part of the sentence ``[s0, s1)`` within ``reach`` of the figure at ``[a, b)``, cut at spaces."""
    if a - s0 > reach:
        sp = text.find(" ", a - reach, a)
        s0 = sp + 1 if sp >= 0 else a - reach
    if s1 - b > reach:
        sp = text.rfind(" ", b, b + reach)
        s1 = sp if sp >= 0 else b + reach
    return s0, s1


def sentence_bounds(f: Folded, pos: int, lo: int = 0, hi: int | None = None,
                    ends: dict | None = None) -> tuple[int, int]:
    """Start and end of the sentence (or list item) holding ``pos``.

    ``ends``, a dict the caller keeps for one text, remembers the last sentence end found before each
    ``hi``: a later ``pos`` up to that end has the same end (the candidates between were refused one
    character each), so many citations of one long sentence do not each scan it to its end (a 200 KB
    line of "Căn cứ Luật …" was quadratic)."""
    hi = len(f.original) if hi is None else hi
    text = f.original
    start = lo
    for window in (400, 3000):  # most sentences start close by: look near first
        found = False
        for m in _boundaries(text, max(lo, pos - window), min(len(text), pos + 1)):
            if m.end() <= pos and m.start() >= max(lo, pos - window) + 2:
                start, found = m.end(), True
        if found or pos - window <= lo:
            break
    end, seen = hi, (ends or {}).get(hi)
    if seen and seen[0] <= pos <= seen[1]:
        end = seen[2]
    else:
        first = hi  # where the first boundary from pos starts (hi: none)
        for m in _boundaries(text, pos, hi):
            end, first = m.start() + (1 if text[m.start()] in ".;!?:" else 0), m.start()
            break
        if ends is not None:
            ends[hi] = (pos, first, end)
    while start < end and text[start].isspace():
        start += 1
    return start, end
