"""Dates and figures in a search query: what they must match, never a số ký hiệu's number.

Why (a newcomer, session 17): "15/12/2027" was three loose numbers, so documents holding a 15, a 12 and a 2027 apart
matched it as well as the one due on that day; "92%" was the number 92, and the fields level (the số ký hiệu) put
92-TB/ĐU first though it holds no 92%. The index drops "/" and "%" (``unicode61``), so a typed date is one phrase —
its day, month and year side by side, as "15/12/2027" or "ngày 15 tháng 12 năm 2027" write it, with or without a
leading zero — and a figure with "%" is a number in the text, never in the fields (the số ký hiệu, the trích yếu).
"""

from __future__ import annotations

import re

__all__ = ["TYPED_DATE_RE", "FIGURE_RE", "has_figure", "figures_written", "typed_terms", "copy_key"]

#: a date typed in digits: "15/12/2027", "15-12-2027", "15.12.2027"
TYPED_DATE_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)(?![\d/.\-])")
#: a figure with its per cent sign: "92%", "92,5 %"
FIGURE_RE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%")


def has_figure(query: str | None) -> bool:
    """The query types a figure with "%" ("92%", "tỷ lệ 92% hồ sơ")."""
    return bool(FIGURE_RE.search(query or ""))


def figures_written(text: str | None, query: str | None) -> bool:
    """Every figure the query types with "%" stands in ``text`` with its "%" ("đạt trên 92%", "92 %", "92,5%"): the
    index matched the number alone, which a số ký hiệu's "Số 92-TB/ĐU" in the text holds too (the final newcomer of
    session 17: 92-TB/ĐU ranked first for "92%"). True for a query with no figure."""
    for m in FIGURE_RE.finditer(query or ""):
        parts = re.split(r"[.,]", m.group(1))
        number = r"[.,]".join(re.escape(p) for p in parts)
        if not re.search(rf"(?<![\d.,]){number}\s*%", text or ""):
            return False
    return True


def copy_key(number: str | None, date: str | None, type_key: str | None) -> str | None:
    """What makes two archived files one document for the search's list: the same số ký hiệu, date and type (a
    Thông báo stored as its .txt and as its .pdf: the newcomer's "92%" listed it twice above the plans holding 92%);
    None (never a copy) for a document without a number or a date."""
    if not number or not date:
        return None
    return "|".join((re.sub(r"\W+", "", number).casefold(), date, type_key or ""))


def _date_phrases(d: str, m: str, y: str) -> list[str]:
    days = dict.fromkeys((str(int(d)), d.zfill(2)))
    months = dict.fromkeys((str(int(m)), m.zfill(2)))
    out = []
    for dd in days:
        for mm in months:
            out += [f'"{dd} {mm} {y}"', f'"{dd} thang {mm} nam {y}"']
    return out


def typed_terms(query: str) -> tuple[str, list[str]]:
    """(the query without its typed dates and figures, their FTS5 terms): a date is its phrases ORed; a figure is its
    number in the text column ``search_text`` (a figure names no document: its number is no số ký hiệu's)."""
    terms: list[str] = []

    def date(m: re.Match[str]) -> str:
        terms.append("(" + " OR ".join(_date_phrases(m.group(1), m.group(3), m.group(4))) + ")")
        return " "

    def figure(m: re.Match[str]) -> str:
        number = " ".join(re.split(r"[.,]", m.group(1)))
        terms.append(f'search_text : "{number}"')
        return " "

    rest = FIGURE_RE.sub(figure, TYPED_DATE_RE.sub(date, query))
    return rest, terms
