"""An attached document after the signature that repeats its own header before its title.

Why: a Quyết định that issues a plan (or a Quy chế, Quy định, Chương trình) often attaches it after
its signature as a document of its own, printed with the issuer and the national motto again:

    ỦY BAN NHÂN DÂN / PHƯỜNG HỒNG GAI / ------- / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do
    - Hạnh phúc / KẾ HOẠCH / Cải cách hành chính năm 2027 … / (Ban hành kèm theo Quyết định số …) / I. MỤC TIÊU

Read as an appendix from its first line, its heading was the issuer and motto ("ỦY BAN NHÂN DÂN PHƯỜNG
HỒNG GAI CỘNG HÒA …") and the extractors, which choose the appendices they read by their heading (a
plan's targets, a task list), passed it by. Its heading is its title (type line and trích yếu), its
parts start under the title; the repeated header lines are neither. (tgt49t) The type line may run on into the
trích yếu's first words ("ĐẢNG CỘNG SẢN VIỆT NAM / QUY CHẾ LÀM VIỆC / CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ …", a Đảng ủy xã's
Quyết định, t48-07: its Quy chế's meeting rhythms and time limits were passed by), as it does under a document's own
header (:func:`header.run_on_type`).
"""

from __future__ import annotations

from vanban.structure import vocab as V
from vanban.structure.header import is_type_line, run_on_type, title_lines
from vanban.structure.lines import Line, upper_ratio
from vanban.text import fold

_HEADER_LINES = 12
_RULE_CHARS = 2  # a header's rule or star read as letters: this many characters at most ("ok", "*")
_RULE_MARKS = 4  # … or read as marks with letters among them: this many characters at most ("x.%")
#: two-letter words a line may hold alone (a wrapped line's last word): never a rule read as letters
_SHORT_WORDS = frozenset({"va", "ve", "co", "la", "do", "so", "de", "cu", "ta", "tu", "xa", "o", "a"})  # the repeated header (issuer, motto, số ký hiệu, place-date) runs at most this many lines


def attached_title(lines: list[Line], lo: int, hi: int) -> tuple[list[Line], int] | None:
    """(title lines, index of the first line under them) of an attached document opening at ``lo``:
    the lines before its type line ("KẾ HOẠCH", "QUY CHẾ") all belong to a document header (issuer in
    capitals, the motto, separators, "Số: …", the place-date) and hold the motto or an issuer; None
    when ``lines[lo:hi]`` opens otherwise (a "PHỤ LỤC" heading, a plan's title with no header above)."""
    seen, headed = 0, False
    for i in range(lo, hi):
        ln = lines[i]
        if ln.blank:
            continue
        if seen and (is_type_line(ln) or run_on_type(ln)):
            if not headed:
                return None
            got, end = title_lines(lines, i + 1, skip_blank=2)
            return [ln] + got, end
        seen += 1
        if seen > _HEADER_LINES or not _header_line(ln):
            return None
        headed = headed or bool(V.MOTTO_RE.search(ln.view) or V.ORG_HEAD_RE.match(ln.view.strip(" *")))
    return None


def _header_line(ln: Line) -> bool:
    """A line a document header holds: separator, motto, issuer in capitals, số ký hiệu, place-date."""
    v = ln.view.strip(" *")
    return bool(V.SEPARATOR_RE.match(ln.text) or V.MOTTO_RE.search(v) or upper_ratio(ln.text) > 0.6
                or V.NUMBER_LINE_RE.match(v) or V.PLACE_DATE_RE.search(v) or _rule_read_as_letters(ln))


def _rule_read_as_letters(ln: Line) -> bool:
    """A line of a mark or two that legacy OCR printed for the header's rule or the Party's star ("ok", "oK", "*":
    a16-07's attached plan opened with "ok" above "ỦY BAN NHÂN DÂN", so it was no attached document and its targets
    were passed by): no word, no number."""
    t = ln.text.strip()
    if any(c.isdigit() for c in t):
        return False
    if 0 < len(t) <= _RULE_CHARS:
        return fold(t) not in _SHORT_WORDS
    # … or a few marks with a letter or two among them ("x.%", Tesseract vie's reading of the rule above a16-07's
    # attached plan, scanned: its targets were passed by again)
    return len(t) <= _RULE_MARKS and sum(c.isalpha() for c in t) <= _RULE_CHARS and not t.isalpha() and " " not in t
