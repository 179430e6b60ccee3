"""A figure after "hỗ trợ" (support): whether the plan sets it or asks for it.

Why: "hỗ trợ" heads both a plan's own support ("hỗ trợ mỗi khu dân cư 1.500.000 đồng", "Hỗ trợ ít nhất 300 sản phẩm",
"- Hỗ trợ xây mới 03 nhà Đại đoàn kết …") and a request to a higher body ("Đề nghị tỉnh hỗ trợ 20 xe"); the targets'
reader (:mod:`.targets`) asks these four questions of one figure: a norm granted per item (:func:`support_per_item`),
the support aimed at (:func:`support_aimed`), a task of the plan's own (:func:`support_task`), the support a list line
opens (:func:`support_line`). Their patterns are data in :mod:`.target_words`. (Session 39: moved out of
:mod:`.targets` unchanged, one concern of that large module.)
"""

from __future__ import annotations

from vanban.extract import target_words as W
from vanban.extract.sections import SpanSet
from vanban.text import fold

__all__ = ["support_aimed", "support_line", "support_per_item", "support_task"]


def support_per_item(v: str, o: str, c0: int, pos: int, unit_end: int, unit: str | None) -> bool:
    """Whether the sum at ``pos`` is a support level each one of a kind is granted: "hỗ trợ mỗi khu dân cư 1.500.000
    đồng" ("mỗi" as printed: "mới", "mời" fold alike), or "hỗ trợ" right before a sum per item ("… hỗ trợ 3.000.000
    đồng/khu", or "Hỗ trợ <thing>" opening the clause before it, "Hỗ trợ phân bón … 1.200.000 đồng/ha") — a norm the plan
    sets (:data:`target_words.SUPPORT_EACH_BEFORE_RE`, ``SUPPORT_THING_OPENING_RE``), no request. (tgt37a) Also a sum per
    item named a level right before it ("kinh phí hỗ trợ đại hội mức 1.500.000 đồng/chi bộ"), and goods granted per
    item right after "hỗ trợ" ("dày 0,16 m hỗ trợ 145 tấn/km"): the norm, as a sum per item is, unless asked for."""
    if not unit:
        return False
    if not W.MONEY_UNIT_RE.match(fold(unit)):  # goods per item, "hỗ trợ 145 tấn/km" (not "đề nghị hỗ trợ …")
        return bool(W.SUPPORT_RIGHT_BEFORE_RE.search(v, max(c0, pos - 20), pos)
                    and ("/" in unit or W.PER_ITEM_AFTER_RE.match(v, unit_end)) and not W.ASKED_BEFORE_RE.search(v, c0, pos))
    if W.LEVEL_PER_ITEM_BEFORE_RE.search(v, max(c0, pos - 60), pos) and W.PER_ITEM_AFTER_RE.match(v, unit_end):
        return True
    # (tgt47t) from before the clause's start too: the comma of two kinds granted as one ("hỗ trợ mỗi thôn, tổ dân phố
    # 2.000.000 đồng") opens a clause, but the pattern holds words and commas only, right up to the sum
    each = W.SUPPORT_EACH_BEFORE_RE.search(v, max(0, pos - 60), pos)
    if each and o[each.start("each"):each.start("each") + 3].lower() == "mỗi":
        return True
    return bool((W.SUPPORT_RIGHT_BEFORE_RE.search(v, max(c0, pos - 20), pos) or W.SUPPORT_THING_OPENING_RE.fullmatch(v, c0, pos))
                and W.PER_ITEM_AFTER_RE.match(v, unit_end))  # (tgt36a) "2. Hỗ trợ phân bón … 1.200.000 đồng/ha"


def support_aimed(v: str, c0: int, pos: int, ranged: bool) -> bool:
    """Whether the "hỗ trợ …" before the figure at ``pos`` is the support the plan aims to give: a bound or a range
    right before the figure ("Hỗ trợ ít nhất 300 sản phẩm", "hỗ trợ chuyển đổi từ 15 đến 20 hộ kinh doanh") or the
    support granted ("mỗi chi hội xuất sắc được hỗ trợ 500.000 đồng", :data:`target_words.SUPPORT_GRANTED_BEFORE_RE`) and no
    asking word in the clause ("đề nghị hỗ trợ 20 xe" stays a request; :data:`target_words.SUPPORT_AIM_RE`)."""
    sm = W.SUPPORT_AIM_RE.search(v, max(c0, pos - 60), pos)
    if not sm:
        return False
    bm = W.SUPPORT_BOUND_RE.search(v, max(sm.start(), pos - 14), pos) or W.SUPPORT_GRANTED_BEFORE_RE.search(v, max(c0, pos - 24), pos)
    if not bm or (fold(bm.group(0)).strip() == "tu" and not ranged):
        return False
    return not W.ASKED_BEFORE_RE.search(v, max(c0, sm.start() - 40), sm.start())


def support_task(v: str, s0: int, c0: int, pos: int, asked: SpanSet, tasks: SpanSet) -> bool:
    """Whether the "hỗ trợ" before the figure at ``pos`` is a task of the plan's own: the verb opens the clause
    (:data:`target_words.CLAUSE_WORKS_OPENING_RE`: "…; hỗ trợ 02 hợp tác xã hoàn thiện hồ sơ", "hỗ trợ xây mới, sửa chữa
    08 nhà ở") in a part that sets the tasks (``tasks``), outside a Báo cáo's requests and with no asking word in its
    sentence ("Đề nghị tỉnh hỗ trợ 20 xe")."""
    return bool(W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, c0, pos)) and not asked.covers(pos) and tasks.covers(pos) \
        and not W.ASKED_BEFORE_RE.search(v, s0, pos)


def support_line(v: str, s0: int, line_start: int, pos: int, asked: SpanSet) -> bool:
    """(tgt37b) Whether the "hỗ trợ" before the figure at ``pos`` opens its list line (:data:`target_words.SUPPORT_LINE_OPENING_RE`:
    "- Hỗ trợ xây mới 03 nhà Đại đoàn kết …"): the plan's own support, counted, outside a Báo cáo's requests and with no
    asking word in its sentence."""
    return bool(W.SUPPORT_LINE_OPENING_RE.fullmatch(v, line_start, pos)) and not asked.covers(pos) \
        and not W.ASKED_BEFORE_RE.search(v, s0, pos)
