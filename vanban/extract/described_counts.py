"""Counts that describe a plan, not aim: the places of its "Phạm vi:" line, the teams its schedule lays out.

Why (tgt47t): a plan states where it runs and what it works with in figures that no one is to reach.
- Its scope line: "1. Phạm vi: 12 thôn và 05 tổ dân phố trên địa bàn xã" (a xã's plan for electing its Trưởng thôn,
  t46-05: "the scope, not a target"), "- Phạm vi: 130 xã, phường trên địa bàn tỉnh" (t29-03), "3. Phạm vi: toàn bộ 28
  khu phố thuộc phường" (t33-03), "1. Phạm vi: toàn bộ 12 tổ dân phố của phường, khoảng 6.850 hộ" (a33-03) — none
  labelled in the earlier sets. Only the label's first clause (to its first ";" or full stop) is the scope: after it
  the line may go on to the plan's own acts, "2. Phạm vi: xã Liên Hiệp hiện có 21 thôn; thực hiện sáp nhập 07 thôn để
  thành lập 03 thôn mới" (t36-09 labels the 07 and the 03). A share or a bound there ("kết quả … từ 100% đơn vị", "ít
  nhất …") stays: it sets a level.
- The teams a schedule lays out: "Thành lập 03 đoàn kiểm tra liên ngành ATTP của phường, tổ chức kiểm tra theo lịch
  sau:" with a row per đoàn below (t46-02), "Công an xã thành lập 02 tổ công tác lưu động, làm việc theo lịch sau:",
  "bố trí 02 tổ công tác lưu động theo lịch tại mục III.2" (t35-10: "a resource count, not a target"). The count is
  how many rows the schedule has. A team count with no schedule of its own ("thành lập 02 đoàn kiểm tra việc thu gom,
  xử lý rác thải tại các xã", a44-08; "Tổ chức 04 đoàn công tác kiểm tra", t31-01; "thành lập 02 tổ công tác hỗ trợ
  người dân lập hồ sơ", a40-08) or with a bound ("ít nhất 03 đoàn kiểm tra", a18-01, t20-01) is a target in those sets.
  (tgt48) The schedule may be a table or a list the sentence points at: "… tổ chức kiểm tra theo bảng sau:" (a46-02).
- (ncfix48b) The set a document is about, named by its count all through it: a Thông báo kết luận on two hospital
  projects says "02 công trình dự án" eleven times — "vướng mắc tại 02 công trình dự án", "kết quả thực tế tại 02 công
  trình dự án đã có những chuyển biến", "tiến độ hoàn thành 02 công trình dự án", "tổ chức khánh thành 02 công
  trình" (637/TB-VPCP; the spent set's labels: "'02 công trình' counts the projects", no target). A count the text
  repeats that often is the name of the things it has, no figure to reach; no labelled target of the earlier sets
  (fresh–fresh4, spent, tune, authored15–46, tune17–46) is a count of two or more printed four times or more, and "01
  mô hình" of a commune's plan (t29-09, each model of its own line a target) is a single thing, which this leaves.
  (tgt55) A printing with a bound word right before it ("ít nhất 02 đảng viên") is a floor, not the set's name, and does
  not count: a Đảng ủy's Chương trình kiểm tra, giám sát plans "04 đảng viên (trong đó có 02 đảng viên là cấp ủy
  viên)", asks each chi bộ to check "ít nhất 02 đảng viên" and supervise "ít nhất 02 đảng viên", and its schedule
  names "02 đảng viên Chi bộ thôn …" (a53-06: the sub-count labelled, "a separate target").
  (qc55) The list may follow the count's line itself, each team an item by its number ("Thành lập 03 Đoàn kiểm tra …:" /
  "- Đoàn số 1: …", t54-01).
Tests: tests/test_targets_tgt47t.py, tests/test_targets_tgt48.py, tests/test_targets_named_set48.py, tests/test_qc55.py,
tests/test_tbl56t.py.
"""

from __future__ import annotations

import re

from vanban.extract import target_words as W
from vanban.models import Target
from vanban.text import fold

__all__ = ["without_described_counts"]

#: a "Phạm vi" label opening its line, up to its colon: "1. Phạm vi:", "- Phạm vi thực hiện:", "**2. Phạm vi:**"
#: (folded; an item's mark may open it)
_SCOPE_LABEL = re.compile(r"[ \t*_]*(?:(?:[-+•]|\d{1,2}[.)]|[a-z][.)])[ \t]*)?[*_]*pham vi[^:\n]{0,40}:")
#: the end of the label's first clause: a ";" or a full stop (not the "." inside "6.850")
_CLAUSE_END = re.compile(r";|\.(?!\d)")
#: the teams a schedule can lay out, heading the counted noun (folded)
_TEAM_HEADS = ("doan", "to", "nhom", "doi", "kip")
#: "theo lịch" after the team's count, in its sentence, pointing at a schedule of the plan's own: "theo lịch sau:",
#: "theo lịch dưới đây", "theo lịch kèm theo", "theo lịch tại mục III.2", "theo lịch tại Phụ lục" (folded; up to 100
#: characters, no sentence end between). A bare "theo lịch" ("theo lịch của Ban Chỉ đạo", "tiếp dân theo lịch") lists
#: no team: the count stays a target (fixrev47)
#: (tgt48) or at the table or list that lays them out: "Thành lập 03 đoàn kiểm tra liên ngành và 01 tổ giám sát của
#: phường, tổ chức kiểm tra theo bảng sau:" over a row per đoàn (a46-02), "… theo danh sách sau:"; the sentence may wrap
#: onto the next line (a scan's or legacy OCR's lines: "tổ chức kiểm ⏎ tra theo bảng sau:"), not past a blank line.
#: Not :data:`.no_incidents._CLAUSE`'s run, which stops at a ":" too: this one looks for the pointer anywhere in the
#: team's sentence, and a colon inside it ("02 tổ công tác (Tổ trưởng: …), làm việc theo lịch sau:") ends no sentence
_SCHEDULED_AFTER = re.compile(r"(?:[^.;\n]|\.(?=\d)|\n(?![ \t]*\n)){0,100}?(?<![a-z])theo\s+(?:lich|bang|danh sach)\s+"
                              r"(?:sau(?![a-z])|duoi day|kem theo|tai\s+(?:muc|phu luc))")

#: (qc55) … or the list right under the count's line, one team an item by its number: "Thành lập 03 Đoàn kiểm tra liên
#: ngành về an toàn thực phẩm của huyện:" over "- Đoàn số 1: Phòng Y tế chủ trì, …", "- Đoàn số 2: …" (a UBND huyện's
#: food-safety plan, t54-01: "organisational counts … not targets"); the count's line ends with its colon (folded)
_LISTED_TEAMS_AFTER = re.compile(r"[^.;:\n]{0,160}:[ \t*_]*\n(?:[ \t]*\n)?[ \t]*(?:[-+•][ \t]*)?[*_]*(?:doan|to|nhom|doi|kip)\s+so\s*0?1(?!\d)")


#: how often a count and its noun must be printed for the count to name the document's set (:func:`_named_set`)
_NAMED_SET_TIMES = 4


#: (tbl56t) a list item's label up to its colon, right before the count on its line: "- Đảng bộ xã Phong Lạc: " (folded;
#: the item's mark, a short label with no sentence's end in it)
_ALLOTTED_LABEL = re.compile(r"[ \t*_]*(?:[-+•][ \t]*)?[^\s:;.\n][^:;.\n]{1,80}:[ \t*_]*")


def _allotted(v: str, t: Target) -> bool:
    """Whether the count ``t`` stands right after its list item's label ("- Đảng bộ xã Phong Lạc: 02 mô hình;"): the
    share one unit of a list is allotted, each line its own target however often the same count recurs.

    Why (tbl56t): a Ban Dân vận's plan lists "c) Chỉ tiêu đăng ký mô hình cấp huyện năm 2040 của các đảng bộ:" then
    "- Đảng bộ thị trấn Thạch Phong: 03 mô hình;", "- Đảng bộ xã Phong Lạc: 02 mô hình;" and four more "02 mô hình"
    (t55-07, whose labels count each line; the label-and-count lines of the earlier sets, "Dân quân: 126 người", "Công an
    xã: 18 người", are labelled alike): printed five times, the count read as the name of the document's set
    (:func:`_named_set`) and all five were dropped."""
    if t.span is None:
        return False
    line_start = v.rfind("\n", 0, t.span.start) + 1
    return bool(_ALLOTTED_LABEL.fullmatch(v, line_start, t.span.start)) and _item_opens(v, line_start)


#: a line that closes what stands before it (folded): blank, or ending a sentence, a clause or a lead ("…:" / "…;")
_CLOSED_LINE = re.compile(r"(?:^|[.;:])[ \t*_]*$")


def _item_opens(v: str, line_start: int) -> bool:
    """The line at ``line_start`` opens an item: a list mark ("- ", "+ ", "• "), the text's first line, or a line
    under one that is blank or closed (:data:`_CLOSED_LINE`). Not a wrapped sentence's next line, whose words up to a
    colon only look like a label: "… Coliform; tần suất quan ⏎ trắc: 02 đợt/tháng (18 đợt/năm)." (0134/KH-UBND, a
    monitoring plan: the frequency of one zone's sampling, no list of units' allotments)."""
    if re.match(r"[ \t*_]*[-+•]", v[line_start:line_start + 8]) or line_start == 0:
        return True
    prev_start = v.rfind("\n", 0, line_start - 1) + 1
    return bool(_CLOSED_LINE.search(v, prev_start, line_start - 1))


def _named_set(v: str, t: Target) -> bool:
    """Whether the exact count ``t`` (two or more) names the set the document is about: its figure and the noun's first
    two words after it printed :data:`_NAMED_SET_TIMES` times or more in the folded ``v`` (a line break between them a
    space)."""
    before = re.split(r"[,;.:\n]", v[max(0, t.span.start - 60):t.span.start])[-1] if t.span else ""
    if re.search(r"(?<![a-z])moi\s", fold(t.text or "") + " " + before):
        return False  # "mỗi trường tham gia 02 tiết mục", "mỗi khối …" (t42-04): a count per unit, each its own target
    if _allotted(v, t):
        return False  # (tbl56t) "- Đảng bộ xã Phong Lạc: 02 mô hình": one unit's allotment in a list
    m = re.match(r"(\d{1,3})\s+(\S+(?:\s+\S+)?)", fold(t.text or ""))
    if m is None or int(m.group(1)) < 2:
        return False
    words = r"\s+".join(re.escape(w) for w in m.group(2).split())
    named = [p for p in re.finditer(rf"(?<![\d.,/]){m.group(1)}\s+{words}(?![a-z])", v)
             if not W.NAMED_SET_BOUND_BEFORE_RE.search(v, max(0, p.start() - 30), p.start())]
    return len(named) >= _NAMED_SET_TIMES


def _in_scope_line(v: str, pos: int) -> bool:
    """Whether ``pos`` of the folded ``v`` lies in the first clause after a "Phạm vi …:" label that opens its line."""
    line_start = v.rfind("\n", 0, pos) + 1
    m = _SCOPE_LABEL.match(v, line_start, pos)
    return bool(m) and not _CLAUSE_END.search(v, m.end(), pos)


def _scheduled_team(v: str, t: Target) -> bool:
    """Whether ``t`` counts teams (:data:`_TEAM_HEADS`, not a place such as "tổ dân phố") that a schedule after it
    lays out, "theo lịch sau:" in its sentence."""
    unit = fold(t.unit or "").strip()
    head = unit.split(" ")[0]
    if head not in _TEAM_HEADS or W.place_unit(unit) or unit.startswith("to dan pho"):
        return False
    return bool(_SCHEDULED_AFTER.match(v, t.span.end) or _LISTED_TEAMS_AFTER.match(v, t.span.end))


def without_described_counts(targets: list[Target], v: str) -> list[Target]:
    """``targets`` without the exact counts (no bound, no share) that describe the plan — its scope line's places, the
    teams its schedule lays out (see the module); ``v`` the document's folded view."""
    out = []
    for t in targets:
        exact = t.span is not None and t.unit not in (None, "%") and t.min is not None and t.min == t.max
        if exact and (_in_scope_line(v, t.span.start) or _scheduled_team(v, t) or _named_set(v, t)):
            continue
        out.append(t)
    return out
