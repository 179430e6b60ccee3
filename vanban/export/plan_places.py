"""Where in the plan a task was read: its own item number (TT) and a short citation.

Why: an office passes a plan's tasks on citing "mục IV.4, tr. 2", never by
copying the sentence (a newcomer's phiếu repeated whole sentences and
run-together table rows in "Căn cứ / nguồn"). Read from the outline of the
document's parts (:func:`vanban.outline.outline`, also stored as
``documents.structure``) and the document text (pages joined by form feeds),
so the CLI and the archive's downloads cite alike. A leaf: it reads plain
dicts, no stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vanban.text import fold, fold_flat

__all__ = ["HEADING_WORDS", "ITEM_LABEL_RE", "PlanPlaces", "heading_end", "item_number"]

#: labels that number nothing (bullets): left out of an item's number
_BULLETS = {"-", "+", "•", "*", "–", "—", "o", "▪", "◦"}
#: a label that is a word and a number ("Điều 3.", "Phần I", "Mục 2") is cited as printed
_WORD_LABEL = re.compile(r"^[^\W\d_]{3,}\s", re.UNICODE)
#: a Roman numeral as OCR reads it, "I" as "1" or "l"
_OCR_ROMAN = re.compile(r"[IVX1l]{2,6}")
#: heading words cut to this many characters in a citation
HEADING_CHARS = 40
#: the label of a task table's group row: "I", "II.", "A" before its title ("I. Công tác tuyên truyền" spanning all the
#: columns, then the task rows 1, 2 under it)
_GROUP_LABEL = re.compile(r"^(?:[IVX]{1,5}|[A-Z])\.?(?:\s+|$)")
#: a task table row's own number in its first cell: "3", "1.1", "II", "a"
_ROW_NUMBER = re.compile(r"[0-9IVXivx]{1,5}(?:\.[0-9]{1,3})*|[a-zđ]")
#: a task table's part letter ("A PHÁT TRIỂN NỀN MÓNG …" over groups I, II): a capital that is no Roman numeral
_PART_LETTER = re.compile(r"[A-HJ-UWYZ]")
#: a group row's Roman numeral
_ROMAN_VALUE = re.compile(r"[IVX]{1,5}")
#: an appendix's own number in its heading: "PHỤ LỤC II", "Phụ lục 01", "PHỤ LỤC SỐ 2" (folded, lower case)
_APPENDIX_NUMBER = re.compile(r"^phu luc\s+(?:so\s+)?([ivx]{1,5}|\d{1,2})(?![a-z\d])")
#: a schedule table's first cell naming the row's period instead of a number (folded): "Tháng 9/2027", "Quý I",
#: "Tuần 1", "Học kỳ II", "Đợt 2"
_PERIOD_CELL = re.compile(r"(?:thang|quy|tuan|hoc ky|dot|nam)\s+[0-9ivx]", re.IGNORECASE)
#: the cells of a row as the document text holds them: a DOCX or OCR grid's lines and tabs, a pipe table's "|"
_CELL_BREAK = re.compile(r"\s*(?:[\t\n]|(?<!\S)\|(?!\S))\s*")


#: an item's heading of this many words or fewer heads it even when its text goes on in the next line ("Thể chế",
#: "Bảo quản dữ liệu", "Tổ chức, bộ máy"); a longer one heads it only when a blank line or a colon ends it
HEADING_WORDS = 6
#: a line longer than this many characters is a paragraph of its own, not a page's wrapped line (a page wraps at 60–90)
WRAP_WIDTH = 110
#: an item's label before its words: "1. ", "a) ", "- "
ITEM_LABEL_RE = re.compile(r"[ \t]*(?:[0-9IVX]{1,4}(?:\.[0-9]{1,2})*[.)]|[a-zđ]\)|[-–•+])[ \t]+")


def heading_end(text: str, a: int, b: int, heading: str) -> int | None:
    """Where the task text of the item at ``a`` starts when its heading (the outline's, ``heading``) heads it on its
    own: a blank line or the item's end follows the heading ("a) Thể chế⏎⏎Triển khai …"), a colon closes it, it is a
    few words (:data:`HEADING_WORDS`: "2. Bảo quản dữ liệu⏎Kho lưu trữ …", "4.3. Khảo sát, kiểm tra, đánh giá: Kiểm
    tra hiệu quả …"), or the text's lines are its paragraphs (:data:`WRAP_WIDTH`: a typed plan's "1. Tăng cường sự
    lãnh đạo của cấp ủy, …⏎Tổ chức học tập, quán triệt …"). None: the heading is the first line of a task sentence
    the page wrapped ("- Kiện toàn … hoạt động của Ban⏎Chỉ đạo về Chuyển đổi số tỉnh.", "d) Thiết lập cổng thông tin
    kinh tế số và xã hội số⏎Đồng Nai để cung cấp …"): dropping that line left the sentence's tail as a row of its own
    and lost its opening (179-KH-UBND, session 29)."""
    start = a + (len(m.group(0)) if (m := ITEM_LABEL_RE.match(text, a, b)) else 0)
    n = len(heading.split())
    tokens = [t for _, t in zip(range(n), re.finditer(r"\S+", text[start:b]))]
    if len(tokens) < n:
        return b
    end = start + tokens[-1].end()
    if gap := re.search(r"\n[ \t]*\n\s*", text[start:end]):
        return start + gap.end()  # "4. Nghiên⏎cứu, phát triển⏎⏎Đẩy mạnh …": the outline ran the heading into its text
    after = text[end:b]
    rest = after.lstrip(" \t*:")
    colon = after.lstrip(" \t*").startswith(":") or heading.rstrip().endswith(":")
    blank = not rest.strip() or re.match(r"[ \t]*\n[ \t]*\n", rest) is not None
    # a text whose paragraphs are lines of their own (a DOCX's, a typed plan's): a heading's line ends the heading
    unwrapped = rest.startswith("\n") and max(map(len, text[a:b].splitlines()), default=0) > WRAP_WIDTH
    if blank or unwrapped or colon and rest.startswith("\n") or n <= HEADING_WORDS:
        return end + len(after) - len(rest)
    return None


def _own_number(out: str, bare: str) -> str | None:
    """The number a decimal label prints whole: "2.1" under "2" is item "2.1" (not "2.2.1"), "2.1" under "II.2" is
    "II.2.1" — its leading parts repeat the parts above it, so they are not a level of their own. None: the label does
    not repeat them ("4" under "IV", "1.1" under "I")."""
    head, _, _ = bare.rpartition(".")
    if not head:
        return None
    outer, own = out.split("."), head.split(".")
    if len(own) <= len(outer) and outer[len(outer) - len(own):] == own:
        return ".".join(outer[:len(outer) - len(own)] + bare.split("."))
    return None


def item_number(labels: list[str]) -> str | None:
    """"IV.4", "III.2.a", "Điều 3.1" from the labels of the parts around a place, outermost first; a decimal label
    that repeats its parent's number ("2.1." under "2.") is printed whole, not appended ("2.1", never "2.2.1"); a
    dash after a numeral ("II- NỘI DUNG", a seed's headings) is its stop, as a dot is ("II.3", never "II -.3"); a
    bracketed label keeps its brackets ("1.(3)": sub-item (3) of item 1, the session-43 newcomer's phiếu read "1.(3")."""
    out = ""
    for label in labels:
        bare = label.strip().rstrip(".):-–—").strip()  # "II-" / "II -": a legacy plan's dash after its numeral
        if bare.startswith("(") and ")" not in bare:
            bare += ")"  # "(3)": a bracketed sub-item keeps both brackets ("1.(3)", never "1.(3")
        if not bare or bare in _BULLETS:
            continue
        if _OCR_ROMAN.fullmatch(bare) and re.search(r"[IVX]", bare):
            bare = bare.replace("1", "I").replace("l", "I")  # "I1I." of a legacy OCR is "III."
        if not out:
            out = bare
        elif _WORD_LABEL.match(bare):
            out += f", {bare}"
        elif (whole := _own_number(out, bare)) is not None:
            out = whole
        else:
            out += f".{bare}"
    return out or None


def _roman(numeral: str) -> int:
    """The value of a Roman numeral of :data:`_ROMAN_VALUE` ("IV" → 4)."""
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _short(text: str, limit: int = HEADING_CHARS) -> str:
    text = " ".join(text.split()).rstrip(" .:;,")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _heading_case(text: str) -> str:
    """An all-capitals heading ("TỔ CHỨC THỰC HIỆN") in sentence case, as a citation quotes it."""
    return text[:1] + text[1:].lower() if text.isupper() else text


@dataclass(frozen=True)
class Place:
    number: str | None  # the item's own number as printed, joined: "IV.4"
    heading: str | None  # the nearest heading around it: "Tổ chức thực hiện"
    table_row: str | None  # a task table's row: its TT cell ("3") or its row number
    page: int
    appendix: str | None = None  # a Phụ lục's table row: "PL" or its numbered appendix's "PL.II"
    part: str | None = None  # a task table's part and group its row number does not carry: "A", "B.II"

    @property
    def tt(self) -> str | None:
        """The row's TT on the phiếu: the item number, or the table row's — prefixed with its Phụ lục ("PL.1",
        "PL.II.3"), since an appendix's table numbers its rows 1, 2, 3 as the body's task table does and a TT must
        name one row (the session-18 end newcomer's phiếu listed two rows "1") — and with the table's part letter and
        group its number does not carry ("PL.A.1.1", "PL.B.1.1", "PL.A.II.1"): a Phụ lục in parts A, B, C numbers
        each part's rows 1.1, 1.2 anew (179-KH-UBND's phiếu listed "PL.1.1" three times, session 29)."""
        if self.table_row:
            return ".".join(x for x in (self.appendix, self.part, self.table_row) if x)
        return self.number

    def cite(self) -> str:
        """"Mục IV.4 (Tổ chức thực hiện), tr. 2"; "Bảng, dòng 3, tr. 4"; "tr. 1"."""
        bits = []
        if self.number:
            bits.append(f"Mục {self.number}" if not _WORD_LABEL.match(self.number) else self.number)
        if self.table_row:
            bits.append(f"bảng, dòng {self.table_row}" if bits else f"Bảng, dòng {self.table_row}")
        where = ", ".join(bits)
        if self.heading:
            where = f"{where} ({self.heading})" if where else self.heading
        return f"{where}, tr. {self.page}" if where else f"tr. {self.page}"


class PlanPlaces:
    """The places of one document: ``outline`` (vanban.outline form) and its ``text``."""

    def __init__(self, outline: dict | None, text: str | None):
        self.outline = outline or {}
        self.text = text or ""
        body = self.outline.get("body") or {}
        from vanban.outline import continued  # a leaf too: an item's unnumbered later paragraph is the item's

        self.parts = continued(list(body.get("parts") or [])) + list(self.outline.get("appendices") or [])
        self.tables = [t for t in self.outline.get("tables") or [] if t.get("role", "data") == "data"]

    @classmethod
    def of_document(cls, doc) -> "PlanPlaces":
        """The places of a processed :class:`vanban.models.Document` (what ``vanban checklist`` reads)."""
        from vanban.outline import outline

        structure = doc.extraction.structure if doc.extraction else None
        return cls(outline(structure) if structure else None, doc.text)

    def chain(self, offset: int) -> list[dict]:
        """The parts holding ``offset``, outermost first. A body table that no part's span holds (the outline ends "IV.
        KẾ HOẠCH THỰC HIỆN THEO THÁNG" at its heading line, the month table after it) is the part's whose heading comes
        last before it: its rows are cited "Mục IV, bảng, dòng 3", not "tr. 1" alone (session 31, a school's month
        table and a Chương trình công tác's "III. LỊCH CÔNG TÁC CỤ THỂ")."""
        chain = self._parts_at(offset)
        at = self._row_at(offset) if not chain else None
        if at is not None and not at[0].get("in_appendix") and at[0]["start"] > 0:
            chain = self._parts_at(self._before(at[0]["start"]))
            if at[0].get("caption") and len(chain) > 1 and not chain[-1].get("heading"):
                # a captioned table after a part's last item ("3. Công an xã …" / "Bảng 2. Phân công thực hiện"): the
                # part's table, not that item's (its rows cited "Mục IV.3, bảng", the session-35 newcomer's plan)
                chain = chain[:-1]
        return chain

    def item_numbers(self) -> set[str]:
        """The numbers of every part of the plan as :func:`item_number` prints them ("III", "III.2", "III.2.a"): a
        table row's TT must not read as one of them."""
        out: set[str] = set()

        def walk(parts: list[dict], labels: list[str]) -> None:
            for p in parts:
                chain = [*labels, p.get("label") or ""]
                if number := item_number(chain):
                    out.add(number)
                walk(p.get("children") or [], chain)

        walk(self.parts, [])
        return out

    def _parts_at(self, offset: int) -> list[dict]:
        chain, level = [], self.parts
        while True:
            inside = [p for p in level if p.get("start", 0) <= offset < p.get("end", 0)]
            if not inside:
                return chain
            chain.append(inside[0])
            level = inside[0].get("children") or []

    def _before(self, start: int) -> int:
        """The last offset of the part that ends last before ``start`` (a table's header row may lie between them,
        outside the table's span), or ``start`` when no part ends before it."""
        def ends(parts):
            for p in parts:
                yield p.get("end", 0)
                yield from ends(p.get("children") or [])
        return max((e for e in ends(self.parts) if 0 < e <= start), default=start + 1) - 1

    def _cells(self, t: dict, k: int) -> list[str]:
        """The non-empty cells of row ``k`` of table ``t``, as the text holds them."""
        starts, ends = t.get("row_starts") or [], t.get("row_ends") or []
        end = ends[k] if len(ends) == len(starts) else starts[k + 1] if k + 1 < len(starts) else t["end"]
        return [c for c in _CELL_BREAK.split(self.text[starts[k]:end].strip(" |\n")) if c.strip(" |")]

    def _row_at(self, offset: int) -> tuple[dict, int] | None:
        for t in self.tables:
            if not t["start"] <= offset < t["end"]:
                continue
            starts = t.get("row_starts") or []
            k = max((i for i, s in enumerate(starts) if s <= offset), default=None)
            return None if k is None else (t, k)
        return None

    def table_row_text(self, offset: int | None) -> str | None:
        """The cells of the data table row holding ``offset``, joined by spaces: the row as a reader reads it, whole
        (a row's source is cut at a body named with a dash, "Văn phòng - Thống kê"); None outside the data tables."""
        at = self._row_at(offset) if offset is not None else None
        return " ".join(c.strip(" |") for c in self._cells(*at)) if at else None

    def part_number_at(self, offset: int | None) -> str | None:
        """The number of the top-level part holding ``offset`` ("III" for "III. CHỈ TIÊU PHÂN BỔ CHO CÁC THÔN" and
        the table under its heading), None when it has none."""
        chain = self.chain(offset) if offset is not None else []
        return item_number([chain[0].get("label") or ""]) if chain else None

    def title_at(self, offset: int | None) -> str | None:
        """The title of the innermost part at ``offset``: its heading, else its first line without its label ("3. Chỉ
        tiêu giao cho các công đoàn cấp trên cơ sở" is an item of one line, over its table)."""
        chain = self.chain(offset) if offset is not None else []
        if not chain:
            return None
        p = chain[-1]
        if p.get("heading"):
            return p["heading"]
        line = self.text[p.get("start", 0):p.get("end", 0)].strip().split("\n")[0]
        return ITEM_LABEL_RE.sub("", line, count=1).strip(" *") or None

    def table_row_at(self, offset: int | None) -> tuple[int, int] | None:
        """(the table's start, the row's index) of the data table row holding ``offset``: rows read from one row
        are told by it (:mod:`vanban.export.cell_rows`); None outside the data tables."""
        at = self._row_at(offset) if offset is not None else None
        return (at[0]["start"], at[1]) if at else None

    def _appendix(self, offset: int) -> str | None:
        """"PL" for a place in a Phụ lục's table, "PL.II" when the document has numbered appendices ("PHỤ LỤC II"),
        "PL.2" for the second of unnumbered ones; None in the body."""
        at = self._row_at(offset)
        if at is None or not at[0].get("in_appendix"):
            return None
        appendices = list(self.outline.get("appendices") or [])
        k, app = next(((i, a) for i, a in enumerate(appendices, 1) if a.get("start", 0) <= offset < a.get("end", 0)),
                      (None, None))
        own = _APPENDIX_NUMBER.match(fold_flat(app.get("heading") or "")) if app else None
        if own:
            return f"PL.{own.group(1).upper()}"
        return f"PL.{k}" if k and len(appendices) > 1 else "PL"

    def _row(self, offset: int) -> str | None:
        at = self._row_at(offset)
        if at is None:
            return None
        cells = self._cells(*at)
        first = cells[0].strip(" .") if cells else ""
        if _ROW_NUMBER.fullmatch(first):
            return first
        # a row named by its period, not numbered ("Tháng 9/2027", "Quý I/2028" in a plan's month or quarter table):
        # its row number under the heading row, as the clerk counts it (the session-31 phiếu counted its rows on
        # from the tasks above it, "5", "6", … for a table's first row)
        return str(at[1]) if at[1] > 0 and _PERIOD_CELL.match(fold_flat(first)) else None

    def _group_rows_above(self, offset: int) -> Iterator[str]:
        """The labels of the group rows above the task table row at ``offset``, nearest first ("II", then "A"): rows
        that hold a Roman numeral or a capital letter and a title alone, in its table and the tables before it in the
        same Phụ lục (a part's table runs on after a page break or starts a table of its own, 179-KH-UBND)."""
        at = self._row_at(offset)
        if at is None:
            return
        t, k = at
        same = [u for u in self._region(t) if u["start"] <= t["start"]]
        for u in reversed(same):
            filled = u.get("row_cells") or []
            starts = u.get("row_starts") or []
            for i in range((k if u is t else len(starts)) - 1, 0, -1):
                cells = self._cells(u, i)
                n = filled[i] if len(filled) == len(starts) else len(cells)
                if cells and n <= 2 and (m := _GROUP_LABEL.match(cells[0])) and cells[0][m.end():].strip() + "".join(cells[1:]):
                    yield m.group(0).strip(" .")

    def _region(self, t: dict) -> list[dict]:
        """The tables numbered as one with table ``t``: the tables of its Phụ lục (a part's table runs on after a page
        break or starts a table of its own), or ``t`` alone in the body."""
        if not t.get("in_appendix"):
            return [t]
        return [u for u in self.tables if u.get("in_appendix") and self._appendix_span(u["start"]) == self._appendix_span(t["start"])]

    def _numbers_repeat(self, t: dict) -> bool:
        """Whether a row number repeats in the tables numbered as one with ``t`` (:meth:`_region`): parts or groups
        that number their rows anew ("1.1" under A, again under B). Rows numbered on through the groups (1, 2 under I,
        3 under II) are told apart by their own numbers, and their TT stays as printed."""
        seen: set[str] = set()
        for u in self._region(t):
            starts, filled = u.get("row_starts") or [], u.get("row_cells") or []
            for i in range(len(starts)):
                cells = self._cells(u, i)
                first = cells[0].strip(" .") if cells else ""
                n = filled[i] if len(filled) == len(starts) else len(cells)  # a group row's wrapped title is one cell
                if _ROW_NUMBER.fullmatch(first) and not (n <= 2 and _GROUP_LABEL.match(cells[0])):
                    if first in seen:
                        return True
                    seen.add(first)
        return False

    def _appendix_span(self, offset: int) -> tuple[int, int] | None:
        return next(((a.get("start", 0), a.get("end", 0)) for a in self.outline.get("appendices") or []
                     if a.get("start", 0) <= offset < a.get("end", 0)), None)

    def _part(self, offset: int, row: str | None) -> str | None:
        """The part letter and group of a task table's row that its own number ``row`` does not carry: "A" for row
        "1.1" under "A" and "I" (a decimal number carries its group), "A" for row "3" alone under "III" among rows 1.1,
        2.1, "A.II" for row "1" under "A" and "II", "A.I" for row "1" under "A" and "I" among bare numbers; None when no row
        number repeats in the table (:meth:`_numbers_repeat`), when it has no part letter and the row's number carries
        its group, or when the row has no number."""
        at = self._row_at(offset)
        if not row or at is None or not self._numbers_repeat(at[0]):
            return None
        group = letter = None
        for label in self._group_rows_above(offset):
            if _PART_LETTER.fullmatch(label):
                letter = label
                break
            if group is None and _ROMAN_VALUE.fullmatch(label):
                group = label
        # a decimal number ("1.1", "5.1.1") carries its group, even where the document misprints it ("IV" over 5.1);
        # so does a bare one that repeats its group's numeral in a table of decimal numbers ("3" alone under "III")
        carried = "." in row or row.isdigit() and int(row) == _roman(group or "") and self._decimal_rows(offset)
        if group is not None and not carried:
            return f"{letter}.{group}" if letter else group
        return letter

    def _decimal_rows(self, offset: int) -> bool:
        """Whether the task table at ``offset`` numbers its rows under their group ("1.1", "2.3")."""
        at = self._row_at(offset)
        t = at[0] if at else None
        return t is not None and any(re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?", (self._cells(t, i) or [""])[0])
                                     for i in range(len(t.get("row_starts") or [])))

    def _group(self, offset: int) -> str | None:
        """The title of the group row a task table's row sits under ("I. Công tác tuyên truyền" over rows 1 and 2):
        the nearest row above it that holds a Roman numeral or a capital letter and its title alone."""
        at = self._row_at(offset)
        if at is None:
            return None
        t, k = at
        filled = t.get("row_cells") or []  # a group row's name wrapped over lines is one cell (outline's count)
        for i in range(k - 1, 0, -1):
            cells = self._cells(t, i)
            n = filled[i] if len(filled) == len(t.get("row_starts") or []) else len(cells)
            if not cells or n > 2 or not _GROUP_LABEL.match(cells[0]):
                continue
            title = " ".join(cells)[_GROUP_LABEL.match(cells[0]).end():].strip(" .:")
            if title and not re.search(r"\d{1,2}/\d{4}", title):
                return title
        return None

    def place(self, offset: int | None, end: int | None = None, words: str | None = None) -> Place | None:
        """The place of a fact read at ``offset`` (None: no offsets, no place). A fact read from ``offset`` to ``end``
        that opens on an item's heading line and runs into its lettered sub-items ("1. Sở Nông nghiệp và Môi
        trường⏎a) Chủ trì … trước ngày 31/3/2026."; the body on the heading, its task ``words`` in "a)") is that
        sub-item's: "1.a", as its sibling "b)" is "1.b" (the session-18 newcomer's checklist: TT "1", then "1.b")."""
        if offset is None or not self.outline:
            return None
        offset = self._into_child(offset, end, words)
        chain = self.chain(offset)
        number = item_number([p.get("label") or "" for p in chain])
        # a task table's row under a group row ("I. Công tác tuyên truyền") is cited under that group
        heading = self._group(offset) or next((p["heading"] for p in reversed(chain) if p.get("heading")), None)
        page = self.text.count("\f", 0, offset) + 1
        row = self._row(offset)
        return Place(number, _short(_heading_case(heading)) if heading else None, row, page,
                     self._appendix(offset), self._part(offset, row))

    def _into_child(self, offset: int, end: int | None, words: str | None) -> int:
        """``offset``, or the start of the sub-item of the innermost part at ``offset`` whose text holds the fact's
        ``words`` (its task), when the fact runs from its parent's own words (``end`` past the first sub-item's start)
        and its task opens and closes in that one sub-item (a task of two sub-items is the whole item's)."""
        chain = self.chain(offset)
        kids = sorted(((k.get("start", 0), k.get("end", 0)) for k in ((chain[-1].get("children") or []) if chain else [])))
        if end is None or not words or not kids or not offset < kids[0][0] < end:
            return offset
        key = [w for w in fold(words).lower().split() if w]
        head, tail = " ".join(key[:5]), " ".join(key[-4:])
        for a, b in kids:
            own = fold_flat(self.text[a:b])
            if head and head in own and tail in own:
                return a
        return offset

    def heading_at(self, offset: int | None) -> str | None:
        """The own heading of the innermost part at ``offset`` (whole, as printed), if it has one."""
        if offset is None:
            return None
        chain = self.chain(offset)
        return chain[-1].get("heading") if chain else None

    def own_heading_at(self, offset: int | None) -> str | None:
        """:meth:`heading_at` when it heads its part on its own (:func:`heading_end`), else None: "Chỉ đạo tiếp tục
        triển khai … của Ban⏎Chấp hành Trung ương …" is the first line of the task, not a heading to cut off it (the
        phiếu's task read "Chấp hành Trung ương Đảng …", session 29)."""
        if offset is None:
            return None
        chain = self.chain(offset)
        if not chain or not chain[-1].get("heading"):
            return None
        p = chain[-1]
        return p["heading"] if heading_end(self.text, p.get("start", 0), p.get("end", 0), p["heading"]) is not None else None

    def target_sections(self) -> Iterator[tuple[int, int]]:
        """(start, end) of the parts headed as the plan's targets: "CHỈ TIÊU CHỦ YẾU NĂM 2026", "Mục tiêu cụ thể", and
        "MỤC ĐÍCH, YÊU CẦU", where a Party plan states its goals ("Phấn đấu 100% đảng viên tham gia …": a newcomer's
        plan, session 21, whose targets the phiếu left out)."""
        def walk(parts):
            for p in parts:
                head = fold(p.get("heading") or "").lower()
                if head.startswith(("chi tieu", "muc tieu", "cac chi tieu", "muc dich")) or " chi tieu" in head[:30] \
                        or " muc tieu" in head[:30]:
                    yield p["start"], p["end"]
                    # its table after its heading, that no part's span holds ("III. CHỈ TIÊU PHÂN BỔ CHO CÁC THÔN" and
                    # the thôn's quota rows: :meth:`chain`)
                    yield from ((t["start"], t["end"]) for t in self.tables
                                if not self._parts_at(t["start"]) and p in self.chain(t["start"]))
                else:
                    yield from walk(p.get("children") or [])
        yield from walk(self.parts)
