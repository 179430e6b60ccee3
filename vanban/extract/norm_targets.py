"""Targets a normative document sets as norms: spending norms in the cells of a "Mức chi" table,
benefit amounts and coefficients of a Nghị quyết, relative time limits of a Quy chế.

Why: the prose grammar of :mod:`.targets` reads a figure as a target when the text marks it as an
aim or a bound ("phấn đấu", "tối thiểu"). A Nghị quyết that sets spending norms prints them in table
cells with no such word ("100.000 đồng/người /buổi" under "Mức chi | Cấp Thành phố", 82/2025/NQ-HĐND;
"692" under "Mức chi/ Tiền công (1.000đ)", 22/2025/NQ-HĐND), and a benefit Nghị quyết gives its
coefficients as "a) Trẻ em dưới 4 tuổi: 2.5" (63/2025/NQ-HĐND). The labelled set's conventions
(``realdocs/labeled/README.md``, "Further conventions") count these rules with numbers as targets, and
relative time limits in giờ / ngày / ngày làm việc too ("Năm (05) ngày làm việc đối với các ý kiến …").

Only documents of a normative kind (:data:`norm_words.NORM_TYPES`) are read here, money norms and
coefficients only when the trích yếu says the document sets them (:data:`norm_words.NORM_TITLE_RE`):
a Kế hoạch, Công điện or Thông báo gains nothing from this module.

:func:`norm_targets` returns the targets and the spans it read, so that the prose grammar's reading
of the same figures (a cell "80.000 đồng" taken as "dưới" a bound) is dropped.
"""

from __future__ import annotations

import re

from vanban.extract import norm_table_words as W
from vanban.extract import norm_words as N
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.norm_tables import sentence_start, table_norms
from vanban.extract.numbers import parse_number
from vanban.extract.score_points import scale_points
from vanban.extract.stacked_cells import cells
from vanban.models import Span, Target
from vanban.text import fold, fold_flat

__all__ = ["norm_targets", "is_norm_document"]

_SCOPE_WORDS = 20
_ITEM_MARK_RE = re.compile(r"[-+•]?\s*(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]?\s*", re.IGNORECASE)  # "a)", "2.1.", "-"


def is_norm_document(doc_type: str | None, title: str | None) -> tuple[bool, bool]:
    """(normative kind, sets money norms or coefficients): from the metadata's type and trích yếu."""
    kind = fold(doc_type or "").strip()
    normative = any(kind.startswith(t) for t in N.NORM_TYPES)
    return normative, normative and bool(N.NORM_TITLE_RE.search(Folded.of(title or "").view))


def _blocks(v: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, flat folded text) of each paragraph / stacked cell in ``[start, end)``; in OCR text too,
    whose cells are not one blank line apart (:func:`stacked_cells.cells`)."""
    return cells(v, start, end)


def _per(s: str | None) -> str | None:
    """"mỗi buổi" from a per-unit "người /buổi" (the last part after "/")."""
    if not s:
        return None
    last = s.split("/")[-1].strip()
    return f"mỗi {last}" if last else None


_SUB_ITEM_RE = re.compile(r"[+]\s*\S")  # "+ Giải nhất (vàng)": a row under a group row
_GROUP_ROW_RE = re.compile(r"[-*•]\s*\S")  # "- Đơn:", "- Đồng đội (3-4 người)", "* Các môn/nội dung có từ 10 người …"
_GROUP_BACK = 40  # blocks looked back for a sub-item's group row at most


def _scope_before(f: Folded, start: int, at: int) -> str | None:
    """The scope of a figure read at ``at``: the last :data:`_SCOPE_WORDS` words of its sentence before it (from
    :func:`norm_tables.sentence_start`, never before ``start``), None for none."""
    return " ".join(clean_quote(f.original[sentence_start(f.view, start, at):at]).split()[-_SCOPE_WORDS:]) or None


def _scope(o: str, blocks, i: int) -> str | None:
    """The row's content cell: the nearest block before ``i`` that is no amount. A sub-item row ("+ Giải nhất (vàng)")
    gets the group row above it in front ("Đơn: + Giải nhất (vàng)"): the prize tables of 22/2025/NQ-HĐND list the same
    "+ Giải nhất / nhì / ba" under "- Đơn:", "- Đôi:", "- Đồng đội (3-4 người)", whose amounts differ by that group."""
    for k in range(i - 1, max(-1, i - 4), -1):
        bs, be, flat = blocks[k]
        if not (N.NORM_CELL_RE.match(flat) or N.BARE_AMOUNT_RE.match(flat)):
            label = clean_quote(o[bs:be])
            words = label.split()
            scope = " ".join(words[-_SCOPE_WORDS:]) or None
            if scope and _SUB_ITEM_RE.match(label):
                group = _group_row(o, blocks, k)
                scope = f"{group}: {scope}" if group else scope
            return scope
    return None


def _group_row(o: str, blocks, k: int) -> str | None:
    """The group row ("- Đơn:") above the sub-item row ``k``, past its sibling sub-items and their cells."""
    for j in range(k - 1, max(-1, k - _GROUP_BACK), -1):
        text = " ".join(o[blocks[j][0]:blocks[j][1]].split())
        if _GROUP_ROW_RE.match(text.lstrip("*_ ") if text.startswith("**") else text):
            return " ".join(clean_quote(text).lstrip("-*• ").rstrip(" :").split()[:_SCOPE_WORDS]) or None
        if len(text) > 120:
            return None  # prose: no group row in this table
    return None


def _target(o: str, a: float | None, b: float | None, unit: str, s: int, e: int, scope, period, sentence=None) -> Target:
    return Target(text=clean_quote(o[s:e]), min=a, max=b, unit=unit, scope=scope, period=period,
                  span=Span(s, e, sentence if sentence is not None else clean_quote(o[s:e])))


def _money_cells(f: Folded, blocks) -> tuple[list[Target], list[tuple[int, int]]]:
    o = f.original
    out, spans = [], []
    for i, (bs, be, flat) in enumerate(blocks):
        m = N.NORM_CELL_RE.match(flat)
        if not m:
            _cell_lines(f, bs, be, out, spans)
            continue
        a = parse_number(m.group("a"))
        if not a:
            continue
        scope = _scope(o, blocks, i)
        pers = [_per(p.split("/", 1)[1]) if "/" in p else None for p in clean_quote(o[bs:be]).strip("*_ .").split(";")]
        bound = fold(m.group("bound") or "")
        lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound else (a, a)
        out.append(_target(o, lo, hi, "đồng", bs, be, scope, pers[0]))
        if m.group("b"):
            bmax = parse_number(m.group("b"))
            if bmax:
                out.append(_target(o, None, bmax, "đồng", bs, be, scope, pers[-1]))
        spans.append((bs, be))
    return out, spans


def _cell_lines(f: Folded, bs: int, be: int, out: list[Target], spans: list[tuple[int, int]]) -> None:
    """Amount cells of a table whose blank lines legacy OCR lost: each line of the block that is a norm
    cell by itself ("Chu tri cudc hop ⏎ 500.000 dong/ngu¢i /budi ⏎ 400.000 d6éng/ngudi/ budi")."""
    v, o = f.view, f.original
    prev = None
    for lm in re.finditer(r"[^\n]+", v[bs:be]):
        ls, le = bs + lm.start(), bs + lm.end()
        m = N.NORM_CELL_RE.match(lm.group(0))
        if not m or not m.group("per"):  # a line alone needs its per-unit ("đồng/người/buổi") to be a cell
            if not m:
                prev = (ls, le)
            continue
        a = parse_number(m.group("a"))
        if not a:
            continue
        bound = fold(m.group("bound") or "")
        lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound else (a, a)
        scope = clean_quote(o[prev[0]:prev[1]]) if prev else None
        out.append(_target(o, lo, hi, "đồng", ls, le, scope, _per(clean_quote(o[ls:le]).split("/", 1)[1].split(";")[0])))
        if m.group("b") and parse_number(m.group("b")):
            out.append(_target(o, None, parse_number(m.group("b")), "đồng", ls, le, scope, None))
        spans.append((ls, le))


def _unit_cell(u: str) -> bool:
    """A cell of the "Đơn vị tính" column: a per-unit ("người/ngày"; legacy OCR "ngudi/ngay") or a counted noun."""
    return bool(re.fullmatch(r"[a-z0-9¢]+\s*/\s*[a-z0-9¢]+", u)) or u.split()[0] in N.UNIT_CELL_WORDS


def _thousand_tables(f: Folded, blocks, start: int, end: int) -> tuple[list[Target], list[tuple[int, int]]]:
    """Bare amounts in the cells of a table whose header gives the amounts in thousands of đồng."""
    v, o = f.view, f.original
    heads = [m.start() for m in N.THOUSANDS_HEADER_RE.finditer(v, start, end)]
    if not heads:
        return [], []
    out, spans = [], []
    for i, (bs, be, flat) in enumerate(blocks):
        if bs < heads[0] or i + 1 >= len(blocks):
            continue
        if not N.BARE_AMOUNT_RE.match(flat):
            last = v.rfind("\n", bs, be) + 1  # legacy OCR: "- Truong ban ⏎ 692" in one block, its unit cell next
            if last <= bs or not N.BARE_AMOUNT_RE.match(v[last:be]):
                continue
            bs, flat = last, " ".join(v[last:be].split())
        nxt = blocks[i + 1][2]
        um = N.UNIT_CELL_RE.match(nxt)
        if not (N.BARE_AMOUNT_RE.match(nxt) or (um and _unit_cell(um.group("u")))):
            continue  # a row number ("1" before "Ban chỉ đạo thi/xét"), not an amount
        a = parse_number(flat.strip(" *_"))
        if not a:
            continue
        uk = next((k for k in range(i + 1, min(len(blocks), i + 4)) if not N.BARE_AMOUNT_RE.match(blocks[k][2])), None)
        um = N.UNIT_CELL_RE.match(blocks[uk][2]) if uk is not None else None
        period = _per(clean_quote(o[blocks[uk][0]:blocks[uk][1]]).lower()) \
            if um and _unit_cell(um.group("u")) else None
        k = i
        while k > 0 and N.BARE_AMOUNT_RE.match(blocks[k - 1][2]):
            k -= 1  # the second amount of a row ("442 | 398 | người/ngày"): the row's content is before the first
        out.append(_target(o, a * 1000, a * 1000, "đồng", bs, be, _scope(o, blocks, k), period))
        spans.append((bs, be))
    return out, spans


def _set_amounts(f: Folded, start: int, end: int, taken) -> tuple[list[Target], list[tuple[int, int]]]:
    """"Mức chuẩn … là 650.000 đồng/tháng", "được hỗ trợ thêm hằng tháng 150.000 đồng"."""
    v, o = f.view, f.original
    out, spans = [], []
    for m in N.SET_AMOUNT_RE.finditer(v, start, end):
        if any(s <= m.start("a") < e for s, e in taken):
            continue
        a = parse_number(m.group("a"))
        if not a:
            continue
        per = m.group("per")
        period = _per(o[m.start("per"):m.end("per")]) if per else (
            "mỗi tháng" if N.MONTHLY_BEFORE_RE.search(v, max(start, m.start("a") - 20), m.start("a")) else None)
        scope = _scope_before(f, start, m.start())
        if not scope or _ITEM_MARK_RE.fullmatch(scope):  # "a) Mức 160.000 đồng/người/buổi áp dụng đối với X": X
            s1 = min(i for i in (v.find("\n\n", m.end(), end), v.find(". ", m.end(), end), end) if i >= 0)
            scope = " ".join(clean_quote(o[m.end():s1]).strip(" .;:").split()[:_SCOPE_WORDS]) or scope
        out.append(_target(o, a, a, "đồng", m.start("a"), m.end(), scope, period))
        spans.append((m.start("a"), m.end()))
    return out, spans


def _set_terms(f: Folded, start: int, end: int, taken) -> tuple[list[Target], list[tuple[int, int]]]:
    """(rt39) A term a normative method sets in years (:data:`norm_words.SET_TERM_RE`): "đời sống kinh tế … là 25
    (năm)", "thời gian trả nợ vay bình quân là 10 năm" — exact, unit "năm", the words before it its scope."""
    v, o = f.view, f.original
    out, spans = [], []
    for m in N.SET_TERM_RE.finditer(v, start, end):
        g = "a" if m.group("a") else "b"
        if any(s <= m.start(g) < e for s, e in taken):
            continue
        a = parse_number(m.group(g))
        if not a:
            continue
        scope = _scope_before(f, start, m.start(g))
        out.append(_target(o, a, a, "năm", m.start(g), m.end(), scope, None))
        spans.append((m.start(g), m.end()))
    return out, spans


def _multiples(f: Folded, start: int, end: int, taken) -> tuple[list[Target], list[tuple[int, int]]]:
    """"bằng 1,5 lần so với mức chi …", "mức thưởng gấp 02 lần …": a level as a multiple (exact, unit "lần")."""
    v, o = f.view, f.original
    out, spans = [], []
    for m in N.MULTIPLE_RE.finditer(v, start, end):
        if any(s <= m.start("a") < e for s, e in taken) or not (
                N.MULTIPLE_LEVEL_RE.search(v, max(start, m.start() - N.MULTIPLE_WINDOW), m.start())
                or N.MULTIPLE_LEVEL_RE.search(v, m.end(), min(end, m.end() + N.MULTIPLE_WINDOW))):
            continue
        a = parse_number(m.group("a"))
        if not a:
            continue
        scope = _scope_before(f, start, m.start())
        out.append(_target(o, a, a, N.MULTIPLE_UNIT, m.start("a"), m.end(), scope, None))
        spans.append((m.start("a"), m.end()))
    return out, spans


def _coefficients(f: Folded, blocks) -> tuple[list[Target], list[tuple[int, int]]]:
    """"a) Trẻ em dưới 4 tuổi: 2.5" under a "Hệ số …:" lead-in; "Hệ số 5,0 đối với …"."""
    o = f.original
    out, spans = [], []
    for i, (bs, be, flat) in enumerate(blocks):
        inline = list(N.COEF_INLINE_RE.finditer(flat))
        end_m = N.COEF_LINE_END_RE.search(flat)
        lead = N.COEF_HEAD_RE.search(flat) or any(
            N.COEF_HEAD_RE.search(blocks[k][2]) and blocks[k][2].rstrip().endswith(":") for k in range(max(0, i - 4), i))
        values = [m.group("a") for m in inline]
        if end_m and lead and not inline:
            values.append(end_m.group("a"))
        for val in values:
            a = parse_number(val.replace(",", ".")) if "." in val and len(val.split(".")[1]) < 3 else parse_number(val)
            if a is None or not 0 < a <= 20:
                continue
            label = clean_quote(o[bs:be])
            scope = " ".join(label.split(":")[0].split()[-_SCOPE_WORDS:]) or None
            out.append(_target(o, a, a, N.COEF_UNIT, bs, be, scope, None))
        if values:
            spans.append((bs, be))
    return out, spans


def _time_limits(f: Folded, start: int, end: int) -> tuple[list[Target], list[tuple[int, int]]]:
    v, o = f.view, f.original
    out, spans = [], []
    for side, rx in N.TIME_LIMIT_RES:
        for m in rx.finditer(v, start, end):
            digits = m.group("d1") or m.group("d2")
            if not digits:
                continue
            s0 = sentence_start(v, start, m.start())
            s1 = v.find(". ", m.end(), end)
            s1 = end if s1 < 0 else s1
            if not N.TIME_LIMIT_CONTEXT_RE.search(v, max(start, m.start() - 300), min(s1, m.end() + 80)):
                continue
            n = float(int(digits))
            unit = clean_quote(o[m.start("u"):m.end("u")]).lower()
            qs = m.start("q")
            out.append(_target(o, n if side == "min" else None, n if side == "max" else None, unit, qs, m.end("u"),
                               " ".join(clean_quote(o[m.end("u"):min(s1, m.end("u") + 120)]).split()[:_SCOPE_WORDS]) or None,
                               None, clean_quote(o[s0:s1])))
            spans.append((qs, m.end("u")))
    cases: set[tuple[str, str]] = set()  # (case, limit): the procedure's detail restating its table row is one target
    for m in N.CASE_LIMIT_RE.finditer(v, start, end):
        digits = m.group("d1") or m.group("d2")
        if not digits or not N.LIMIT_LEAD_RE.search(v, max(start, m.start() - N.LIMIT_LEAD_WINDOW), m.start()):
            continue
        if any(s < m.end("u") and m.start("q") < e for s, e in spans):
            continue
        qs, ue = m.start("q"), m.end("u")
        case = clean_quote(o[m.start():qs]).lstrip("-+ ").rstrip(": ")
        key = (fold_flat(case), " ".join(v[qs:ue].split()))
        if key in cases:
            continue
        cases.add(key)
        out.append(_target(o, None, float(int(digits)), clean_quote(o[m.start("u"):ue]).lower(), qs, ue,
                           " ".join(case.split()[-_SCOPE_WORDS:]) or None, None, clean_quote(o[m.start():ue])))
        spans.append((qs, ue))
    out.sort(key=lambda t: t.span.start)
    return out, spans


def norm_targets(f: Folded, raw: Folded | str, doc_type: str | None, title: str | None, start: int, end: int
                 ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the norms in ``[start, end)`` (body and appendices) of a normative
    document; empty for any other kind. ``f``: the mended text; ``raw``: the same text (or its Folded) before
    :func:`~vanban.structure.mend.mend_breaks` (same offsets), whose blank lines still part a table's
    stacked cells ("- Trưởng ban ⏎⏎ 692 ⏎⏎ người/ngày"). The spans read include, for each run of
    table cells read, the run from its first cell to its last: the prose grammar's figures there are
    the rows' labels ("có từ 07 đến dưới 10 người tham gia"), conditions of a norm. Units: "đồng" (amounts; a "(1.000đ)" table multiplied out),
    "hệ số", "ngày làm việc" / "giờ" / "ngày"; the per-unit of an amount ("người /buổi") is its period."""
    normative, sets_norms = is_norm_document(doc_type, title)
    if not normative:
        return [], []
    if isinstance(raw, str):
        raw = Folded.of(raw)  # folded only for a normative document
    out, spans = [], []
    blocks = _blocks(raw.view, start, end)
    # a norm table's head in the body ("Mức hỗ trợ (đồng)") says it too (norm_table_words.NORM_HEAD_CELL_RE)
    sets_norms = sets_norms or any(W.NORM_HEAD_CELL_RE.match(flat) and not W.QTY_HEAD_NOT_RE.search(flat)
                                   for _, _, flat in blocks)
    if sets_norms:
        for part in (_money_cells(raw, blocks), _thousand_tables(raw, blocks, start, end), _coefficients(raw, blocks)):
            out += part[0]
            spans += part[1]
            if len(part[1]) >= 3:  # a table of norms: its row labels hold conditions, not targets
                spans.append((part[1][0][0], part[1][-1][1]))
        for part in (_set_amounts(f, start, end, spans), _multiples(f, start, end, spans)):
            out += part[0]
            spans += part[1]
    points, s = scale_points(f, start, end)  # a scoring scale's awards; its bands are conditions
    out += points
    spans += s
    limits, s = _time_limits(f, start, end)
    out += limits
    spans += s
    terms, s = _set_terms(f, start, end, spans)  # "đời sống kinh tế … là 25 (năm)": a term the method sets
    out += terms
    spans += s
    # tables and lead times whatever the trích yếu says (norm_tables); a figure already read above stays one target
    more, s = table_norms(f, raw, blocks, start, end, N.NORM_CELL_RE.match)
    out += [t for t in more if not any(t.span.start < e and a < t.span.end for a, e in spans)]
    spans += s
    out.sort(key=lambda t: t.span.start)
    return out, spans
