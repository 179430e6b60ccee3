"""Cited documents: "Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư".

Find → resolve → annotate, eyecite style. Every số ký hiệu in the body is a
citation (the document's own number excepted): its type is the type phrase
written before it ("Chương trình hành động số", "NQ", "các Công điện số"),
or, when that word is missing or damaged by OCR ("Nghị lịnh số
30/2020/NĐ-CP"), the type its code says (NĐ → Nghị định; a state symbol whose
first code is an issuer, 574/UBND-NC, is a Công văn). A list sharing one code
("các Công điện số 217, 218, 219 và 222/CĐ-TTg") gives one citation per
number; symbols of one list inherit its type. The date and issuer that
follow are attached when written (or a date opening the sentence, "Ngày 28
tháng 10 năm 2025, UBND … ban hành Công văn số …"); its place decides the
relation — in a "Căn cứ …"/"Thực hiện …" clause of the preamble, before the
clause's "về …" topic, it is the legal basis (``can_cu``), anywhere else a
mention. Laws and named documents without number ("Luật Cán bộ, công chức
ngày 13 tháng 11 năm 2008", "Nghị quyết Đại hội lần thứ XIII của Đảng") keep
their full name and date. One row per cited document.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from vanban.extract import patterns as P
from vanban.extract.applied_rules import applied_rules
from vanban.extract.cited_years import repaired_cited_dates
from vanban.extract.dates import iso
from vanban.extract.folded import Folded, clean_quote, loose_key
from vanban.extract.issuer_initials import mended_issuer_code
from vanban.extract.law_initials import has_initials, spelled_out
from vanban.extract.law_names import (CODE_ABBREVIATION_RE, CODE_ABBREVIATIONS, LAW_TITLE_RE, LAW_TITLES, known_law_name,
                                      near_title_words)
from vanban.extract.sections import Layout, SpanSet, sentence_bounds
from vanban.models import Citation, Span
from vanban.structure.vocab import OFFICE_TITLES
from vanban.symbol_codes import ALL_CODES, ASSEMBLY_ISSUER_BY_CODE, ISSUER_BY_CODE
from vanban.extract.data_rows import tsv_rows
from vanban.symbols import normalize_symbol, symbol_key
from vanban.text import fold, fold_flat

__all__ = ["find_citations", "issuer_of_symbol", "type_of_symbol"]

#: symbol key → ISO date of documents the real corpus cites with their date (``known_documents.tsv``,
#: built by ``bench/known_documents.py``); loaded on first use
KNOWN_DOCUMENTS: dict[str, tuple[str, ...]] = {}


def known_date(number: str) -> str | None:
    """The date of a cited document known from ``known_documents.tsv`` ("30/2020/NĐ-CP" →
    "2020-03-05"), or None. Only symbols holding their year are listed (they name one document)."""
    if not KNOWN_DOCUMENTS:
        for num, date in tsv_rows("known_documents.tsv", missing_ok=True):
            KNOWN_DOCUMENTS[symbol_key(num) or num] = (date,)
        KNOWN_DOCUMENTS.setdefault("__built__", ("",))
    hit = KNOWN_DOCUMENTS.get(symbol_key(number) or "")
    return hit[0] if hit else None

_TYPE_BEFORE_RE = re.compile(rf"(?:^|(?<=[^a-z]))(?P<type>{P.CITE_TYPE_RE})\s{{1,3}}(?:{P.SO}\s{{0,2}})?$")
_ABBR_BEFORE_RE = re.compile(r"(?<![\w/])(?P<abbr>" + "|".join(sorted(P.CITE_TYPE_ABBR, key=len, reverse=True)) + r")\s{1,2}$")
_LIST_TYPE_RE = re.compile(rf"(?P<type>{P.CITE_TYPE_RE})\s{{1,3}}(?:{P.SO}\s{{0,2}})?$")
_TOPIC_RE = re.compile(r"\s(?:v[e¢6]|ve)\s|\"")


def type_of_symbol(number: str) -> str | None:
    """The document type a symbol's code says ("30/2020/NĐ-CP" → Nghị định), or None."""
    parts = [p for p in re.split(r"[-/]", number) if p]
    if len(parts) < 2:
        return None
    party = re.match(r"^\d+[a-z]?-", number) is not None
    code = parts[1] if not re.fullmatch(r"(?:19|20)\d\d", parts[1]) else (parts[2] if len(parts) > 2 else "")
    if party:
        if code in P.PARTY_CODE_TYPES:
            return P.PARTY_CODE_TYPES[code]
        return P.CODE_TYPES.get(code)
    if code in P.CODE_TYPES:
        return P.CODE_TYPES[code]
    if re.fullmatch(r"QH\d+", code):
        return None  # a Luật or a Nghị quyết of the Quốc hội: the code does not say which
    # 574/UBND-NC, 11298/VPCP-KTTH: an issuer's code first — a Công văn
    return "Công văn" if len(parts) >= 3 or code.isalpha() else None


def issuer_of_symbol(number: str) -> str | None:
    """The issuer a symbol's code names ("30/2020/NĐ-CP" → "Chính phủ", "749/QĐ-TTg" →
    "Thủ tướng Chính phủ", "11298/VPCP-KTTH" → "Văn phòng Chính phủ"), or None when the
    code does not say (a Party "/TW" symbol, a province's UBND): see ``symbol_codes.ISSUER_BY_CODE``."""
    codes = [re.sub(r"\d+$", "", p) for p in re.split(r"[-/]", number) if p and not p[0].isdigit()]  # "QH15" → QH
    typed = bool(codes) and (codes[0] in P.CODE_TYPES or codes[0] in P.PARTY_CODE_TYPES)
    issuers = codes[1:] if typed else codes[:1]  # a Công văn's first code is its issuer's
    names = [ISSUER_BY_CODE.get(c) for c in issuers]
    if typed and codes[0] not in P.JOINT_TYPE_CODES and len(names) > 1 and names[0] and not any(names[1:]):
        # a ministry's code, then its department's ("4255/QĐ-BNN-KHCN": the Vụ Khoa học, công nghệ of the Bộ
        # Nông nghiệp và PTNT, 235-KH-UBND) — the ministry issued it, as a Công văn's "375/BNN-TC" reads
        return names[0]
    return ", ".join(names) if names and all(names) else None  # a joint one names them all


#: the verbs that describe a cited document inside its Căn cứ item (folded, written in small letters): "Căn cứ Nghị
#: định số 141/2024/NĐ-CP … của Chính phủ | quy định chi tiết một số điều của Luật Phòng, chống …" — a document named
#: after them is the one the basis details, amends or carries out, not a basis of the issuer's (only the documents the
#: Căn cứ line names are: the labels' căn cứ)
#: (… not in the passive, the basis's own amendment: "Luật … số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số …", "Nghị
#: định số … (đã được sửa đổi, bổ sung tại Nghị định số …)": the basis as amended, both căn cứ)
_DESCRIBES_RE = re.compile(r"\s(?:quy dinh|huong dan|sua doi|bo sung|bai bo|thay the|phe duyet|ban hanh|trien khai)\s")
_TYPE_WORD_RE = re.compile(rf"(?<![a-z])(?:{P.CITE_TYPE_RE})(?![a-z])")
_AMENDED_RE = re.compile(r"duoc\s+(?:sua doi|bo sung)(?:\s*,?\s*(?:sua doi|bo sung))*")
#: where a Căn cứ clause's next item opens: "; Nghị định số 187/…", "và Nghị định số 79/…" (a document's type word)
_BASIS_ITEM_RE = re.compile(rf"(?:;|,|\sva)\s+(?=(?:{P.CITE_TYPE_RE})\s)")


def _relation(lay: Layout, f: Folded, start: int, topics: dict[int, list[tuple[int, str]]] | None = None) -> str:
    """``can_cu`` for a citation at ``start`` inside a Căn cứ clause before its item's "về …" topic or the verb that
    describes its item's document (``_DESCRIBES_RE``), else ``mentions``. ``topics`` (clause start → the offsets where
    an item opens and where a topic or description starts, kept by the caller for one text) spares a search of the
    clause for each citation of a long clause."""
    for s, e in lay.basis_clauses:
        if s <= start < e:
            marks = topics.get(s) if topics is not None else None
            if marks is None:
                marks = _basis_marks(f, s, e)
                if topics is not None:
                    topics[s] = marks
            last = "item"  # the clause opens its first item
            for at, kind in marks:
                if at > start:
                    break
                last = kind  # a new item is a basis again; a topic or description ends its item's basis
            return "mentions" if last == "mark" else "can_cu"
    return "mentions"


def _basis_marks(f: Folded, s: int, e: int) -> list[tuple[int, str]]:
    """The items ("item") and the topics or descriptions ("mark") of the Căn cứ clause ``[s, e)``, by offset."""
    items = [m.end() for m in _BASIS_ITEM_RE.finditer(f.view, s, e)]
    amended = [m.span() for m in _AMENDED_RE.finditer(f.view, s, e)]
    out = [(at, "item") for at in items] + [(b, "item") for _, b in amended]  # the amending document: a basis too
    out += [(m.end(), "mark") for m in _TOPIC_RE.finditer(f.view, s, e)]
    for m in _DESCRIBES_RE.finditer(f.view, s, e):
        opened = max([s] + [at for at in items if at <= m.start()])
        # (a verb of the item's document, written after its type: not "Sau khi Thủ tướng | ban hành | Chỉ thị số …")
        if f.original[m.start() + 1].islower() and not any(a <= m.start() + 1 < b for a, b in amended) \
                and _TYPE_WORD_RE.search(f.view, opened, m.start()):
            out.append((m.end(), "mark"))
    return sorted(out, key=lambda t: (t[0], t[1] == "item"))


#: an office-holder's bare title, a comma, then his second title with the body it heads: "của Bộ trưởng, Chủ nhiệm Văn
#: phòng Chính phủ", "của Bộ trưởng, Trưởng ban Ban Cơ yếu Chính phủ" (folded). The first title names no body of its
#: own; cut at the comma the issuer is a rank ("Bộ trưởng"), not who signed the document, so the two titles are one
#: issuer as printed (the labels write "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
_TWO_TITLES_RE = re.compile(r"(?:pho\s+)?(?:" + "|".join(sorted(OFFICE_TITLES + ("thu truong",), key=len, reverse=True))
                            + r")\s*,\s*(?:pho\s+)?(?:" + "|".join(sorted(OFFICE_TITLES, key=len, reverse=True))
                            + r")\s+(?=(?:bo|ban|van phong|uy ban|so|cuc|tong cuc|vien|ngan hang|thanh tra|hoi dong)\s)")


def _issuer_after(f: Folded, pos: int) -> tuple[str | None, int]:
    m = P.CITE_OF_RE.match(f.view[pos:pos + 12])
    if not m:
        return None, pos
    start = pos + m.end()
    window = f.view[start:start + 120]
    # a single line break inside the issuer is a space; a blank line or a line in
    # capitals (a heading, the next header block) ends it
    joined = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)",
                    lambda m: m.group(0) if _caps_line_at(f.original, start + m.end()) or P.LIST_LABEL_AT_RE.match(window, m.end())
                    else " " * len(m.group(0)), window)
    stop = P.CITE_ISSUER_STOP_RE.search(joined)
    if stop and (two := _TWO_TITLES_RE.match(joined)) and two.end() > stop.start():
        stop = P.CITE_ISSUER_STOP_RE.search(joined, two.end())  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one holder
    stop = _stop_past_names(f.original, start, joined, stop)
    cut = stop.start() if stop else len(window)
    if (fall := _caps_fall(f.original, start, window)) is not None:
        cut = min(cut, fall)
    # "… của Chủ tịch Ủy ban nhân dân tỉnh | vẫn giữ nguyên giá trị pháp lý": the clause goes on, the cited document its
    # subject (original text: "vẫn" is not "Văn")
    if said := P.CITE_ISSUER_PREDICATE_RE.search(f.original, start, start + cut):
        cut = said.start() - start
    end = start + cut
    end = _central_name_end(f, joined, start, end)
    # at most ten words (a runaway issuer is the cited document's subject), or a central body's whole name and its
    # holder's title ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội": eleven)
    central = P.CENTRAL_ISSUER_IN_RE.search(joined, 0, end - start)
    words = f.original[start:end].split()[:max(10, len(joined[:central.end()].split()) if central else 0)]
    # a Markdown emphasis mark opening the bracket after the name ("của Chính phủ *(không thuộc …)*") is no part of it
    issuer = clean_quote(" ".join(words)).rstrip(" *")
    return (issuer or None), start + len(f.original[start:end].rstrip())


def _stop_past_names(original: str, start: int, joined: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """The stop that ends an issuer (``patterns.CITE_ISSUER_STOP_RE`` in ``joined``, the folded window from ``start``),
    moved past the words that belong to a body's name: a central body's whole name that holds a comma or "về" ("Bộ
    Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, …": one issuer), and a
    stop word written with a capital (then small letters) right after a body's head word ("Ban Chỉ đạo", "Cục Thi hành
    án"), which names the body where a small "chỉ đạo" opens the cited document's subject."""
    while stop is not None:
        at = stop.start()
        central = next((m for m in P.CENTRAL_ISSUER_IN_RE.finditer(joined, 0, at + 120) if m.start() <= at < m.end()),
                       None)
        word = at + (len(stop.group()) - len(stop.group().lstrip()))
        if central is not None:
            stop = P.CITE_ISSUER_STOP_RE.search(joined, central.end())
        elif stop.group().strip()[:1].isalpha() and original[start + word:start + word + 1].isupper() \
                and original[start + word + 1:start + word + 2].islower() \
                and P.CITE_ISSUER_HEAD_BEFORE_RE.search(joined, 0, at):
            # (a word in capitals is a heading's, not a name's: "… CỦA BỘ TRƯỞNG BỘ QUỐC PHÒNG BAN HÀNH ĐIỀU LỆ …")
            stop = P.CITE_ISSUER_STOP_RE.search(joined, stop.end())
        else:
            return stop
    return None


def _central_name_end(f: Folded, joined: str, start: int, end: int) -> int:
    """Where an issuer that opens with a central body's whole name ends: after the name when two running lower-case
    words follow it (the cited document's subject: "Chính phủ trừ đi …", "Bộ Chính trị một số …", see
    :data:`patterns.CENTRAL_ISSUER_RE`), else at ``end``."""
    m = P.CENTRAL_ISSUER_RE.match(joined)
    if not m or start + m.end() >= end:
        return end
    after = f.original[start + m.end():start + m.end() + 40].split()[:2]
    if len(after) == 2 and all(w.isalpha() and w[:1].islower() for w in after):
        return start + m.end()
    return end


def _caps_fall(original: str, start: int, window: str) -> int | None:
    """Offset in ``window`` (from ``start``) of the first line break where a line in capitals gives way to one in
    sentence case: an issuer named at the end of an all-caps title ends with the title, and the next paragraph is the
    preamble ("… TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND … CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI⏎Căn cứ Luật Tổ chức chính
    quyền địa phương …", 66/2025/NQ-HĐND as DOCX or text PDF, where no blank line parts the title from the first Căn
    cứ; a title on one DOCX paragraph or wrapped in a PDF alike), None when there is none."""
    for m in re.finditer(r"[ \t]*\n", window):
        if m.start() == 0:
            continue
        ls = original.rfind("\n", 0, start + m.start()) + 1
        if _caps_line_at(original, ls) and not _caps_line_at(original, start + m.end()) \
                and original[start + m.end():start + m.end() + 1].isupper():
            return m.start()
    return None


def _caps_line_at(original: str, pos: int) -> bool:
    """True when the line starting at ``pos`` is written in capitals (a heading)."""
    line = original[pos:original.find("\n", pos) if "\n" in original[pos:pos + 200] else pos + 200]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _date_at(m: re.Match[str] | None) -> str | None:
    """ISO date of a CITE_DATE_* match (groups d/m/y or d2|d/m2/y2)."""
    if not m:
        return None
    g = m.groupdict()
    if g.get("m") and g.get("y"):
        return iso(int(g["y"]), int(g["m"]), int(g["d"]))
    if g.get("y2"):
        return iso(int(g["y2"]), int(g["m2"]), int(g.get("d2") or g["d"]))
    return None


def _date_after(f: Folded, pos: int) -> tuple[str | None, int]:
    m = P.CITE_DATE_AFTER_RE.match(f.view[pos:pos + 40])
    if not m:
        return None, pos
    return _date_at(m), pos + m.end()


#: after an issuer, "tại" and a cited number: the "của X" introduces the next document, whose author X is ("…, của Ban
#: Thường vụ tại văn bản số …": :data:`patterns.ISSUER_BEFORE_BRACKET_RE` reads it from that side), not the one before
_NEXT_DOC_AUTHOR_RE = re.compile(r"\stai\s+(?:[a-z\u0111]+\s+){0,4}so\s*\d")


def _date_issuer_after(f: Folded, pos: int) -> tuple[str | None, str | None, int]:
    """(date, issuer, end) written after a cited symbol ending at ``pos``: ", ngày …, của …" or "của … ngày …"."""
    date, stop = _date_after(f, pos)
    issuer, stop2 = _issuer_after(f, stop)
    if issuer and _NEXT_DOC_AUTHOR_RE.search(re.split(r"[,;.]", f.view[stop:stop2 + 40].lstrip(" ,"), maxsplit=1)[0]):
        issuer, stop2 = None, stop  # a list of directions each by its author: "X tại A, của Y tại B" — Y is B's
    if date is None and issuer:
        date, stop3 = _date_after(f, stop2)
        stop2 = max(stop2, stop3)
    return date, issuer, max(stop, stop2)


def _type_before(f: Folded, pos: int) -> tuple[str | None, int]:
    """(type, start of the type phrase) written right before ``pos``."""
    window_start = max(0, pos - 45)
    m = _TYPE_BEFORE_RE.search(f.view, window_start, pos)
    if m and m.end() == pos:
        group = next(g for g, val in m.groupdict().items() if val is not None and g != "type")
        return P.CITE_TYPE_BY_GROUP[group], m.start()
    a = _ABBR_BEFORE_RE.search(f.original, max(0, pos - 8), pos)
    if a:
        return P.CITE_TYPE_ABBR[a.group("abbr")], a.start()
    return None, pos


def _glued_tail_end(o: str, s: int, e: int) -> int:
    """The end of the symbol ``o[s:e]`` without a lower-case word joined to its last code ("26/2014/TT-BTNMTbao" →
    "…/TT-BTNMT", "15/2020/QĐ-TTgngày" → "…/QĐ-TTg"): the last part's upper-case run (two letters at least), and its
    one lower-case letter when that makes a code of :data:`patterns.LOWER_END_CODES`."""
    last = max(o.rfind("-", s, e), o.rfind("/", s, e)) + 1
    seg = o[last:e]
    up = len(seg) - len(seg.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ&"))
    if up < 2 or len(seg) - up < 2 or not seg[up:].isalpha() or not seg[up:].islower() \
            or any(ch in P.CODE_SPECKS for ch in seg[up:]):
        return e  # a speck among small letters ("TTøg") is the code's own damage, no word joined to it
    if seg[:up + 1] in P.LOWER_END_CODES and len(seg) - up - 1 >= 2:
        up += 1
    return last + up


#: the last capitals of a code that a scan parted from it by a space ("Hướng dẫn số 09-HD/BTGDV TU ngày 25/12/2026" for
#: 09-HD/BTGDVTU, a19-04 scanned): read back into the code when the two make a code vanban knows
_PARTED_TAIL_RE = re.compile(r" ([A-ZĐ]{1,4})(?![^\W\d_])")
#: … or by a speck read as an apostrophe or a quote inside it ("Công điện số 02/CĐ-T'Tg" for 02/CĐ-TTg, a23-04
#: scanned): its letters after the speck, a small one among them, read back in on the same terms
_SPECKED_TAIL_RE = re.compile(r"['’‘`´]([A-ZĐ][A-Za-zĐđ]{0,3})(?![^\W\d_])")

#: … or a code whose first capital a scan parted from the rest ("Công văn số 1186/V SDTTU-TCQG ngày 20/02/2027" for
#: 1186/VSDTTƯ-TCQG, tune29 scanned): after "/" a lone capital is no code of its own, and the capitals after the space,
#: joined by hyphens as an issuer's code is, are its rest (read back in even when the code is not one vanban knows)
_LONE_LETTER_REST_RE = re.compile(r" ([A-ZĐƯƠ]{2,10}(?:-[A-ZĐƯƠ]{1,10})+)(?![^\W_]|-)")


def _lone_letter_rest_end(o: str, s: int, e: int) -> int:
    """The end of the short symbol ``o[s:e]`` ("1186/V") with the rest of its code that a scan parted from its first
    capital (:data:`_LONE_LETTER_REST_RE`); ``e`` when the symbol does not end in a lone capital after "/" or no such
    rest follows."""
    if e - s < 3 or o[e - 2] != "/" or not o[e - 1].isupper():
        return e
    rest = _LONE_LETTER_REST_RE.match(o, e)
    return rest.end() if rest else e


def _parted_tail_end(o: str, s: int, e: int) -> int:
    """The end of the symbol ``o[s:e]`` with its last code's capitals that OCR parted by a space taken back in (the
    code and they make a known code: "BTGDV" + "TU" = BTGDVTU); ``e`` when none follow it."""
    m = _PARTED_TAIL_RE.match(o, e) or _SPECKED_TAIL_RE.match(o, e)
    if not m:
        return e
    last = max(o.rfind("-", s, e), o.rfind("/", s, e)) + 1
    code, tail = o[last:e], m.group(1)
    # … its first letter doubled at the break ("Quyết định số 2760/QĐ-BY TT ngày 04 tháng 7 năm 2023", a25-08 scanned:
    # BY + T, the T read twice): the code with it once is known
    doubled = len(tail) >= 2 and tail[0] in (tail[1], code[-1:]) and code + tail[1:] in ALL_CODES
    return m.end() if last > s and (code + tail in ALL_CODES or doubled) else e


#: a Thông tư's code without the year every Thông tư's number holds ("415/TT-SKHCN"): after the words "Tờ trình số"
#: it is the Tờ trình's TTr with its small r lost (Tesseract vie on a15-08-QD-UBND's scan: "Tờ trình số 415/TT-SKHCN
#: ngày 10/11/2026"); two signs agree, the type written and a number no Thông tư has. Its small r read as a capital
#: I or T between the two T's, or after them, is the same code misread ("Tờ trình số 87/TIT-PKT ngày 24 tháng 12 năm
#: 2026", t21-04 scanned): no code of a Tờ trình's number is spelled so
_TT_WITHOUT_YEAR_RE = re.compile(r"^(\d{1,5}/)(?:TT|T[IlT1]T|TT[Il1])-(?=[A-ZĐ])")


#: a symbol read across a line break whose part on the next line opens with a word in small letters (original text): a
#: table cell too narrow for "146/2025/NĐ-CP" wraps it after the slash, and the grammar would take the next line's
#: first word, a word of the row's other cells, for the code ("146/2025/⏎nhận lưu đúng theo …" → "146/2025/NHẬN",
#: the session-49 newcomer's scan of 2969/QĐ-UBND). A code is written in capitals ("TTg", "CTr" open with one)
_WORD_AFTER_BREAK_RE = re.compile(r"[-/‐‑–][ \t]*\n\s*[^\W\d_][^\W\d_A-ZĐ]")


def _numbered(f: Folded, start: int, end: int, own: str | None) -> list[tuple[Citation, int, int]]:
    """(citation without relation/span, start, end) for each số ký hiệu in [start, end)."""
    v, o = f.view, f.original
    ends: dict = {}  # sentence ends already found (``sentence_bounds``)
    out: list[tuple[Citation, int, int]] = []
    prev_end, prev_type = -10, None
    glued = tuple(s + 2 for s, e, k in f.tokens if k == "word" and P.GLUED_SO_RE.fullmatch(v, s, e))  # "số26/2014/…"
    found = sorted([*f.matches_at(P.SYMBOL_RE, f.number_starts, start, end),
                    *f.matches_at(P.GLUED_SYMBOL_RE, glued, start, end)], key=lambda x: x.start())
    for sm in found:  # a symbol starts at a number token
        if _WORD_AFTER_BREAK_RE.search(o, sm.start(), sm.end()):
            continue  # "146/2025/⏎nhận lưu …": the next line's word is no code (a narrow cell's wrap, 2969/QĐ-UBND scanned)
        ms, me = sm.start(), _glued_tail_end(o, sm.start(), sm.end())
        parted = _parted_tail_end(o, ms, me)
        number = normalize_symbol(o[ms:me] + re.sub(r"^[ '’‘`´]", "", o[me:parted]))  # repaired as everywhere (vanban.symbols)
        me = parted
        code_type = type_of_symbol(number)
        written, t_start = _type_before(f, ms)
        gap = v[prev_end:ms] if prev_end >= 0 else ""
        if written is None and prev_type and 0 <= ms - prev_end < 40 and P.CITE_LIST_GAP_RE.match(gap):
            written = prev_type  # "Nghị quyết số 01/NQ-CP và 02/NQ-CP"
        list_nums: list[tuple[str, int, int]] = []  # (number with the code it shares, where its digits start and end)
        if written is None:
            lm = P.CITE_NUMBER_LIST_RE.search(v, max(start, ms - 60), ms)
            if lm and lm.end() == ms:
                lt = _LIST_TYPE_RE.search(v, max(start, lm.start() - 45), lm.start())
                if lt and lt.end() == lm.start():
                    group = next(g for g, val in lt.groupdict().items() if val is not None and g != "type")
                    written, t_start = P.CITE_TYPE_BY_GROUP[group], lt.start()
                    tail = re.match(r"\d+[a-z]?", number)
                    suffix = number[tail.end():] if tail else ""
                    for nm in re.finditer(r"\d{1,5}", lm.group("nums")):
                        list_nums.append((nm.group(0) + suffix, lm.start() + nm.start(), lm.start() + nm.end()))
        if written == "Công văn" and code_type and code_type != "Công văn" and not P.CONG_VAN_RE.match(v, t_start):
            written = code_type  # "văn bản số 621/BC-BTC" is the Báo cáo; "công văn số 5106/CT-CS" (Cục Thuế) stays one
        if written is None and P.FORM_CODE_BEFORE_RE.search(v, max(start, ms - 12), ms):
            continue  # "Mẫu số 01/TK-SDDPNN": a form of a cited document, not a document
        if written == "Tờ trình" and _TT_WITHOUT_YEAR_RE.match(number):
            number = _TT_WITHOUT_YEAR_RE.sub(r"\1TTr-", number)  # the Tờ trình's TTr read without its r, or misread
        ctype = written or code_type
        date, issuer, stop = _date_issuer_after(f, me)
        if date is None:
            s0, _ = sentence_bounds(f, ms, start, end, ends)
            opening = P.CITE_DATE_OPENING_RE.match(v, s0, ms)
            # the date a sentence opens with is its first document's: "Ngày 15/12/2026, Ban Thường vụ tổ chức Hội nghị
            # sơ kết thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 … và Kế hoạch số 45-KH/ĐU … về thực hiện Nghị
            # quyết số 57-NQ/TW" (t21-01): the meeting's day, never a later-named document's
            date = _date_at(opening) if opening and not P.SYMBOL_RE.search(v, opening.end(), ms) else None
        prev_end, prev_type = me, written or prev_type
        for num, ns, ne in list_nums:  # "các Công văn số 217, 218 và 222-CV/TU của Tỉnh ủy": the closing "của X" is each
            # one's; the reference as written is its number alone ("217", never "217, 218" cut at the symbol's length)
            out.append((Citation(text=clean_quote(o[ns:ne]), number=normalize_symbol(num), type=ctype,
                                 issuer=issuer), ns, ne))
        t0 = min(t_start, ms)
        if own and symbol_key(number) == own:
            continue
        if not issuer:  # "… của Ủy ban nhân dân tỉnh Hưng Yên (văn bản số 84/BC-UBND …)"
            ib = P.ISSUER_BEFORE_BRACKET_RE.search(v, max(start, t0 - 90), t0)
            iss = " ".join(o[ib.start("iss"):ib.end("iss")].split()) if ib else ""
            issuer = clean_quote(iss) if iss[:1].isupper() and len(iss.split()) <= 12 else None  # a body's name
            if issuer and ctype == "Thông báo" and P.LEADER_AUTHOR_RE.match(issuer):
                issuer = None  # the leader whose conclusion the Thông báo conveys: its office issued it
        out.append((Citation(text=clean_quote(o[t0:stop]), number=number, type=ctype, date=date,
                             issuer=issuer or issuer_of_symbol(number)), t0, stop))
    return _share_along_lists(v, out)


_AND_GAP_RE = re.compile(r"\s*(?:va|v[a4])\s*(?:s[o06]\s*)?")


def _share_along_lists(v: str, out: list[tuple[Citation, int, int]]) -> list[tuple[Citation, int, int]]:
    """What a list of one type's documents ("…, số 008/CĐ-UBND …", no type word written again) shares:
    a trailing "của X" closing the list gives X to each member that names no issuer; in a list dated item by
    item, a "và" pair's date is both's ("số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày
    19/11/2025; số 010/CĐ-UBND … của UBND tỉnh", 0129/KH-UBND). A list whose only date closes it ("217/CĐ-TTg,
    218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025", 223/CĐ-TTg) gives it to the last one only."""
    out = list(out)
    runs, run = [], [0]
    for i in range(1, len(out) + 1):
        if i < len(out) and out[i][0].type == out[i - 1][0].type and out[i][0].text[:1].isdigit() \
                and P.CITE_LIST_GAP_RE.match(v[out[i - 1][2]:out[i][1]]):
            run.append(i)
        else:
            runs.append(run)
            run = [i]
    for run in (r for r in runs if len(r) > 1):
        for k in range(len(run) - 2, 0, -1):  # right to left ("A và B và C ngày …"); never the list's first
            (c, s, e), (n, ns, _) = out[run[k]], out[run[k + 1]]
            if c.date is None and n.date and _AND_GAP_RE.fullmatch(v, e, ns) and any(out[j][0].date for j in run[:k]):
                out[run[k]] = (dataclasses.replace(c, date=n.date), s, e)
        last = out[run[-1]][0]
        if last.issuer and last.issuer != issuer_of_symbol(last.number or ""):
            for j in run[:-1]:
                if out[j][0].issuer is None:
                    out[j] = (dataclasses.replace(out[j][0], issuer=last.issuer), out[j][1], out[j][2])
    return out


def _law_name_end(f: Folded, name_start: int, limit: int) -> int:
    """End of a law's name starting at ``name_start`` (see ``LAW_NAME_END_RE``)."""
    v = f.view
    window = " " + v[name_start:min(limit, name_start + 220)]
    name_start -= 1  # offsets in ``window`` count its leading space
    amending = P.AMENDING_LAW_RE.match(window) is not None
    pos = 1
    while True:
        m = P.LAW_NAME_END_RE.search(window, pos)
        if m is None:
            return name_start + len(window)
        token = m.group(0)
        word = token.strip().split()[0] if token.strip() else ""
        accented = any(ord(c) > 127 for c in f.original[name_start + 1:name_start + m.start()])
        if word in _ACCENTED_STOPS and not _is_stop_word(f.original, name_start + m.start() + 1, word, accented):
            pos = m.start() + 1
            continue  # "Phòng, chống thiên tai": "tai" is no "tại"; "Bảo vệ" is no "về"
        if amending and _OTHER_DOC_AFTER_RE.match(window, m.start()):
            return name_start + m.start()  # "… của Luật Di sản văn hóa và Nghị định số 61/2016/NĐ-CP"
        if amending and not re.match(rf"\s(?:s[o06]\s+(?=\d)|s[o06]\s*:|{P.NGAY}\s+\d|{P.NAM}\s+\d)|[;.()]|\n\s*\n|$",
                                     window[m.start():m.start() + 20]):
            pos = m.start() + 1
            continue  # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …"
        return name_start + m.start()


# Another document named after an amending law's name: "và Nghị định …", ", Thông tư …".
_OTHER_DOC_AFTER_RE = re.compile(r"\s*(?:,|;)?\s*(?:va\s+)?(?:cac\s+)?(?!l[uw]at\s)(?:" + P.CITE_TYPE_RE.replace("(?P<c", "(?P<o") + r")\s")


# First words after "luật" that make it no law's name ("luật pháp", "Luật này", "luật sư"); a
# capitalised name ("Luật Thi đua", "Luật Sở hữu trí tuệ") is always one.
# "Luật" alone also points back to the law a plan implements: "triển khai thi hành Luật trên phạm vi cả nước",
# "liên quan đến Luật thuộc thẩm quyền quản lý" (2623/QĐ-TTg) — a preposition or verb, never a name's first word.
_NOT_LAW_NAME = {"hoac", "hoc", "phap", "nay", "su", "le", "so", "dinh", "hien", "cac", "va", "nhu", "de", "thi", "cua",
                 "ve", "trong", "chuyen", "nganh", "quy", "tai", "theo", "tren", "thuoc", "se", "voi",
                 "den", "cho", "nhung", "sau", "truoc"}  # not "duoc"/"da"/"khi"/"tu": "luật dược", "luật đa dạng …"
# Stop words of a law's name whose folded form is also a name's word ("tai" of "thiên tai", "vệ" of "Bảo vệ").
_ACCENTED_STOPS = {"ve": "về", "tai": "tại", "de": "để", "da": "đã", "cua": "của", "thi": "thì", "duoc": "được", "nhu": "như"}


# A bare "Luật" pointing back to the law the document just named ("Luật Cấp, thoát nước (sau đây gọi tắt là
# Luật), bảo đảm Luật được thi hành …", "trước ngày Luật có hiệu lực", "văn bản trái với Luật phải được sửa đổi",
# "Đưa nội dung tuyên truyền Luật vào chương trình phổ biến"): a verb or preposition after it, in its accented
# spelling ("Luật Dược", "Luật Khí tượng thủy văn" are names: capitalised, or "dược", "khí" not these words)
_BACK_REFERENCE_WORDS = frozenset({"được", "có", "phải", "vào", "đã", "là", "từ", "khi", "mà", "nhằm", "bị",
                                   "không", "cần", "chưa", "vẫn", "đang", "đi", "ra"})


def _back_reference(original: str, name_start: int) -> bool:
    """The word after a bare "Luật" at ``name_start`` is a verb or preposition (``_BACK_REFERENCE_WORDS``, lower
    case and accented as printed): the "Luật" is the law just named, no citation of its own."""
    word = re.match(r"\s*(\w+)", original[name_start:name_start + 12])
    return bool(word) and word.group(1) in _BACK_REFERENCE_WORDS


def _is_stop_word(original: str, pos: int, folded: str, accented: bool) -> bool:
    """The word at ``pos`` is the stop word itself: its accented spelling, or,
    in an unaccented text (legacy OCR) where the two cannot be told apart, its
    folded one."""
    word = re.match(r"\w+", original[pos:pos + 8])
    w = word.group(0).lower() if word else ""
    return w == _ACCENTED_STOPS[folded] or (not accented and w == folded)


def _split_at_comma(f: Folded, s: int, e: int) -> int:
    """A comma ends a law's name unless the name's own words hold it
    ("Phòng, chống", "Cán bộ, công chức"), a number/date closes the name, or it
    separates the laws an amending law's name lists after its "của" ("Luật sửa đổi,
    bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, … và Luật Đấu thầu ngày
    29 tháng 11 năm 2024": the date is the amending law's, not Luật Đấu thầu's)."""
    v = f.view
    amended = P.AMENDED_LAWS_START_RE.search(v, s, e) if P.AMENDING_LAW_RE.match(v, s - 1) else None
    for cm in re.finditer(",", v[s:e]):
        c = s + cm.start()
        after = f.original[c + 1:e].lstrip()
        if amended and c > amended.start() and P.AMENDED_LAW_NEXT_RE.match(v, c) and after[:6] == "Luật " + after[5:6]:
            continue
        if P.LAW_COMMA_PAIRS_RE.search(v[s:c]) and after[:1].islower():
            continue
        if after[:1].islower() and P.LAW_DATE_OR_NUMBER_RE.match(v[e:e + 20]) and (e - c) < 40:
            continue
        return c
    return e


# "Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13" (37563/CHQ-GSQL): a law's number printed right after
# its name without "số" — only a National Assembly code (QH) says it is the law's own number
_LAW_BARE_NUMBER_RE = re.compile(r"\s(?P<sym>\d{1,3}/(?:19|20)\d\d/qh\d{1,2})(?![\w/-])")


def _named(f: Folded, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[Citation, int, int]]:
    """Laws and other named documents without a number."""
    v, o = f.view, f.original
    out: list[tuple[Citation, int, int]] = []
    busy = SpanSet(taken)  # ``taken`` as it grows, for an O(log n) look-up per match

    def free(a: int) -> bool:
        return not busy.covers(a)

    for m in P.LAW_HEAD_RE.finditer(v, start, end):
        a = m.start()
        code = P.CODE_HEAD_BEFORE_RE.search(o, max(start, a - 6), a) if v[a] == "l" else None
        if code:  # "Bộ luật Tố tụng dân sự": a code, named with its "Bộ"
            a = code.start()
        if not o[a].isupper() or P.NOT_LAW_BEFORE_RE.search(v, max(0, a - 12), a) or not free(a):
            continue  # "pháp luật", "kỷ luật", "dự thảo Luật"
        name_start = m.end()
        if P.LAW_NAME_IS_DATE_RE.match(v, name_start):
            continue
        first = v[name_start:name_start + 12].split()[0] if v[name_start:name_start + 12].split() else ""
        if not first[:1].isalpha() or (first in _NOT_LAW_NAME and not o[name_start].isupper()):
            continue  # "luật pháp", "Luật này", "Luật sư"
        if _back_reference(o, name_start):
            continue  # "bảo đảm Luật được thi hành", "kể từ ngày Luật có hiệu lực": the law just named
        title = None if P.AMENDING_LAW_RE.match(v, name_start) else LAW_TITLE_RE.match(v, name_start, end)
        near = 0 if title or P.AMENDING_LAW_RE.match(v, name_start) else near_title_words(
            v[name_start:min(end, name_start + 200)].replace(",", " ").split())
        if title:
            ne = title.end()  # a known title: "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"
        elif near:  # a known title read by OCR with damaged letters ("Luật Bảo vệ đi liều cá nhân")
            ne = name_start + [w.end() for w in re.finditer(r"[^\s,]+", v[name_start:end])][near - 1]
        else:
            ne = _split_at_comma(f, name_start, _law_name_end(f, name_start, end))
        name = clean_quote(o[a:ne])
        words, k = name.split(), (2 if code else 1)  # the name's first word after "Luật" / "Bộ luật"
        if len(words) <= k or len(words) > 30 or (fold(words[k]) in ("nay", "so") and not title):
            continue  # "Luật này", "Luật số …" (a known title's own first word may fold alike: "Luật Sở hữu trí tuệ")
        ctype = "Bộ luật" if code else "Luật" if v[a] == "l" else "Pháp lệnh"
        num = None
        stop = ne
        # "Luật Công nghiệp công nghệ số 71/2025/QH15": a title ending in "số" may share it with the number
        so = f"(?:{P.SO}\\s*)?" if title and v[:ne].endswith(" so") else f"{P.SO}\\s*"
        nm = re.match(rf"\s*{so}(?P<sym>{P.SYMBOL})", v[ne:ne + 40]) or _LAW_BARE_NUMBER_RE.match(v[ne:ne + 40])
        if nm:
            num = normalize_symbol(o[ne + nm.start("sym"):ne + nm.end("sym")])
            stop = ne + nm.end()
        date, stop2 = _date_after(f, stop)
        if num is None and date is None and P.GENERIC_AMENDING_LAW_RE.match(fold(name)):
            continue  # "Xây dựng Luật sửa đổi, bổ sung 07 Luật (…)": laws to be drafted, none named
        inner = re.search(r"(?<![a-z])cua\s+(?=l[uw]at\s)", fold(name))
        numbers_inner = bool(num and inner and re.match(r"\s*(?:,|va)\s*l[uw]at\s", v[stop:stop + 12]))
        if numbers_inner:
            # "Luật sửa đổi, bổ sung … của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số …": each number is
            # the amended law's own; the amending law is named without one
            out.append((Citation(text=clean_quote(o[a:ne]), number=None, type=ctype, date=None, name=name), a, ne))
            a, name = a + inner.end(), clean_quote(name[inner.end():])
        out.append((Citation(text=clean_quote(o[a:max(stop, stop2)]), number=num, type=ctype, date=date, name=name),
                    a, max(stop, stop2)))
        if P.AMENDING_LAW_RE.match(v, m.end()) and not numbers_inner:
            out += _inner_laws(f, m.end(), ne)  # the laws it amends, named inside its name: cited documents too
        taken.append((a, max(stop, stop2)))  # "… của Luật A và Luật B" inside an amending law's name
        busy.add(a, max(stop, stop2))
    for m in CODE_ABBREVIATION_RE.finditer(o, start, end):  # "Điều 364 BLTTDS": the code by its abbreviation
        if free(m.start()):
            full = CODE_ABBREVIATIONS[m.group("abbr")]
            out.append((Citation(text=m.group("abbr"), number=None, type="Bộ luật", date=None, name=full),
                        m.start(), m.end()))
    out += _named_plans(f, start, end, free)
    read_as: dict[int, tuple[str, int]] = {}  # where a named document of this list starts: its type, its row in out
    for ctype, rx in P.NAMED_DOC_RES:
        for m in rx.finditer(v, start, end):
            if not free(m.start()):
                continue
            seen = read_as.get(m.start())
            if seen and seen[0] == ctype and out[seen[1]][2] >= m.end():
                continue  # … two patterns reading one name ("Quy chế làm việc của …" and "… khóa XIX"): one, the longer
            name = clean_quote(o[m.start():m.end()])
            if ctype == "Thông báo" and (name.isupper() or "\n" in o[m.start():m.start() + 12]):
                continue  # "THÔNG BÁO ⏎ KẾT LUẬN CỦA PHÓ THỦ TƯỚNG": the notice's own type and title
            if _own_type_line(o, m.start(), ctype):
                continue  # "NGHỊ QUYẾT ⏎ CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG ⏎ về …" (a17-06): the document's own title
            if rx in P.CAPITAL_CONGRESS_RES and not o[m.start()].isupper():
                continue  # (tgt48t) "nghị quyết đại hội chi bộ nhiệm kỳ …": each cell's, in general (t35-01)
            if ctype in P.CAPITALISED_NAMED_TYPES and not (o[m.start()].isupper() and o[m.start() + 1].islower()):
                continue  # "theo kế hoạch … năm 2025 của Sở": a plan in general; a heading in capitals
            if (ctype == "Chương trình" or ctype in P.CAPITALISED_NAMED_TYPES) and v[max(0, m.start() - 3):m.start()] in ("va ", "va\n") \
                    and not _in_cited_list(v, m.start()) and not _joined_to_cited_item(v, m.start()):
                continue  # "xây dựng Kế hoạch và Chương trình công tác năm 2027 của …": one to be drafted
            if ctype == "Chương trình" and _ITEM_BREAK_BEFORE_RE.search(v, max(0, m.start() - 4), m.start()) \
                    and not _in_cited_list(v, m.start(), items=True):
                continue  # an item of a list that cites nothing ("…; Chương trình công tác năm 2027 của … được xây dựng")
            if P.DRAFTED_BEFORE_RE.search(v, max(start, m.start() - 120), m.start()):
                continue  # "dự thảo Quy chế chi tiêu nội bộ năm 2038": a draft to be written, no cited document
            if ctype == "Bộ tiêu chí" and (P.CRITERIA_ISSUED_AFTER_RE.match(v, m.end()) or P.CRITERIA_ISSUED_RE.search(v)):
                continue  # (qc55) a set of criteria a cited Quyết định issued: the decision is the citation (P.CRITERIA_ISSUED_RE)
            if P.NUMBER_SIGN_IN_NAME_RE.search(v, m.start(), m.end()):
                continue  # "Báo cáo thẩm định số 09/BC-HĐTĐ ngày … năm 2035 của …": the numbered document, cited by its symbol
            end_at = m.end()
            if ctype in P.TITLED_TYPES:  # "Quy tắc phòng ngừa … trên biển | và quy định …": cut on the accented words
                end_at = m.start() + _titled_name_length(o[m.start():m.end()])
                name = clean_quote(o[m.start():end_at])
            named_issuer = m.groupdict().get("issuer")  # "Quy định của Bộ Chính trị về …": its issuer as printed
            date, stop = _date_after(f, _signed_end(v, end_at))
            issuer = clean_quote(o[m.start("issuer"):m.end("issuer")]) if named_issuer else None
            row = (Citation(text=clean_quote(o[m.start():stop]), number=None, type=ctype, date=date, name=name,
                            issuer=issuer), m.start(), max(end_at, stop))
            if seen and seen[0] == ctype:
                out[seen[1]] = row  # the longer reading of the same name replaces the shorter
            else:
                read_as[m.start()] = (ctype, len(out))
                out.append(row)
    return _instruments(f, start, end, free, out)


#: "ký" / "ký kết" between a treaty's name and its date ("… Chính phủ nước CHDCND Lào | ký ngày 08 tháng 4 năm 2024",
#: 61/2025/TT-BCT): the day it was signed is its date (folded; ``patterns.TITLE_NAME_STOP_RE`` ends the name there)
_SIGNED_BEFORE_DATE_RE = re.compile(r"\s+ky(?:\s+ket)?(?=\s+ngay\s)")


def _signed_end(v: str, pos: int) -> int:
    """``pos``, or past the "ký (kết)" that opens the signing date there."""
    m = _SIGNED_BEFORE_DATE_RE.match(v, pos)
    return m.end() if m else pos


def _named_of_numbered(c: Citation, numbered_after: list[tuple[Citation, str]]) -> bool:
    """``c``, a document named by issuer and topic (:func:`patterns._named_by_issuer`: "Quy định của Bộ Chính trị về
    chuẩn mực đạo đức …"), is a numbered one of the same type and issuer whose words after it (``numbered_after``: the
    folded view after each numbered citation) say "về" and the same topic ("Quy định số 144-QĐ/TW ngày … của Bộ Chính
    trị về chuẩn mực đạo đức …"): one document, the labels count it once (as a plenum's resolution named beside its
    number, :func:`_numbered_plenum`)."""
    if c.number or not c.issuer or not c.name or " về " not in c.name:
        return False
    topic = " ".join(fold(c.name.split(" về ", 1)[1]).lower().split())
    return any(n.number and n.type == c.type and n.issuer and fold(n.issuer).lower() == fold(c.issuer).lower()
               and after.startswith("ve " + topic) for n, after in numbered_after)


def _instruments(f: Folded, start: int, end: int, free, out: list[tuple[Citation, int, int]]) -> list[tuple[Citation, int, int]]:
    """``out`` with the international instruments named by their organisation and subject (:data:`patterns.
    INSTRUMENT_BY_ORG_RE`: "Công ước của Liên hợp quốc về Luật Biển năm 1982"): one document of its type word, and
    the "Luật Biển" read inside its name dropped — it is the convention's subject, no law of the State (t39-06's
    labels: type Công ước). The type word and the organisation must be capitalised ("công ước của các bên" is none)."""
    v, o = f.view, f.original
    for m in P.INSTRUMENT_BY_ORG_RE.finditer(v, start, end):
        a = m.start()
        if not free(a) or not (o[a].isupper() and o[m.start("org")].isupper()) \
                or any(r[1] <= a < r[2] and r[0].type != "Luật" for r in out):
            continue
        topic = m.start("topic")
        end_at = topic + _titled_name_length(o[topic:m.end()])
        ctype = next(t for t in P.INSTRUMENT_TYPES if fold(t).lower() == v[a:a + len(t)])
        date, stop = _date_after(f, _signed_end(v, end_at))
        out = [r for r in out if not (r[0].type == "Luật" and not r[0].number and a <= r[1] and r[2] <= max(end_at, stop))]
        out.append((Citation(text=clean_quote(o[a:stop]), number=None, type=ctype, date=date,
                             name=clean_quote(o[a:end_at])), a, max(end_at, stop)))
    return out



def _own_type_line(o: str, at: int, ctype: str) -> bool:
    """The type word at ``at`` is written in capitals alone on its line: a type line, the document's own ("NGHỊ QUYẾT"
    ⏎ "CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG" ⏎ "về phát triển …" reads, folded, as a resolution named by its author and
    topic)."""
    word = o[at:at + len(ctype)]
    return word.isupper() and re.match(r"[ \t*]*\n", o[at + len(ctype):at + len(ctype) + 6]) is not None


def _joined_to_cited_item(v: str, at: int) -> bool:
    """The name at ``at`` is joined by "và" to a ";"-item that names a document, in a list the sentence opens with
    "Thực hiện" / "Căn cứ" ("Thực hiện Chỉ thị số …; Nghị quyết …; Hướng dẫn số 32/HD-ĐCT … về tổ chức phong trào thi
    đua năm 2027 và Chương trình công tác năm 2027 của Ban Chấp hành Hội LHPN tỉnh, …", t26-07): the last one cited.
    An item that names no document ("…; xây dựng Kế hoạch và Chương trình …") is none."""
    item = v.rfind(";", 0, at) + 1
    return item > 0 and bool(P.CITED_ITEM_OPENING_RE.match(v, item, at)) and _in_cited_list(v, at, items=True)


def _in_cited_list(v: str, at: int, items: bool = False) -> bool:
    """The clause ``at`` stands in opens a list of documents carried out or rested on ("Thực hiện Nghị quyết số
    42/NQ-HĐND … và Chương trình công tác năm 2027 của …": :data:`patterns.CITED_LIST_OPENING_RE`); with ``items`` the
    sentence's first ";"-item opens it ("Thực hiện Luật …; Nghị quyết số …; Chương trình giám sát năm 2026 của Thường
    trực Hội đồng nhân dân tỉnh …", a25-07)."""
    para = v.rfind("\n\n", 0, at)
    while items and para > 0 and _ITEM_BREAK_BEFORE_RE.search(v, max(0, para - 3), para + 2):
        para = v.rfind("\n\n", 0, para)  # a blank line after a ";" parts the items of one sentence (OCR's line gaps)
    lo = max(-1 if items else v.rfind(";", 0, at), v.rfind(".", 0, at), para, v.rfind(":", 0, at)) + 1
    return bool(P.CITED_LIST_OPENING_RE.match(v, lo))


#: a ";" closing the item before, then a space, a line break or a blank line: a ";"-item opens here
_ITEM_BREAK_BEFORE_RE = re.compile(r";[ \t]*(?:\n[ \t]*){0,2}$")


def _titled_name_length(text: str) -> int:
    """Length of a titled document's name at the start of ``text`` ("Công ước năm 1988 | của Liên hợp quốc …"):
    up to the first stop word of ``patterns.TITLE_NAME_STOP_RE``, compared on the accented text, and no trailing
    space.

    A treaty names its parties after "giữa" ("Hiệp định … giữa Chính phủ của các nước thành viên … và Chính phủ nước
    …"): there "của" and "và" join the parties' names and end nothing; the name runs to the next other stop."""
    m = P.TITLE_NAME_STOP_RE.search(text, len(text.split()[0]) + 1 if text.split() else 0)
    while m and _PARTIES_OPEN_RE.search(text, 0, m.start()) and m.group(0).split()[0] in ("của", "và"):
        m = P.TITLE_NAME_STOP_RE.search(text, m.end())
    return len(text[:m.start()].rstrip()) if m else len(text.rstrip())


#: a treaty's parties named after "giữa" (:func:`_titled_name_length`)
_PARTIES_OPEN_RE = re.compile(r"\sgiữa\s")


#: the relation of a law named inside an amending law's name until its place is read: always a mention (see below)
INSIDE_TITLE = "inside_title"


def _inner_laws(f: Folded, start: int, end: int) -> list[tuple[Citation, int, int]]:
    """The laws named inside an amending law's name ``[start, end)`` ("Luật sửa đổi, bổ sung một số điều của Luật Cán
    bộ, công chức và Luật Viên chức" → "Luật Cán bộ, công chức", "Luật Viên chức"), without number or date: a law
    the text cites elsewhere with its number is the same document (``_dedupe`` joins them by name).

    Each is a mention, never a legal basis by itself, even in a "Căn cứ" clause: the basis is the amending law ("Căn
    cứ … Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày
    22 tháng 11 năm 2019" cites no "Luật Tổ chức Chính phủ" as its basis: case 13 of the shared cases, the
    newcomer run of session 21). The labels still count it among the cited documents (labels README: "also one
    named only inside the title of another cited document"); a law the clause cites by itself as well stays
    ``can_cu`` (``_dedupe``)."""
    v, o = f.view, f.original
    head = P.AMENDED_LAWS_START_RE.search(v, start, end)
    out: list[tuple[Citation, int, int]] = []
    pos = head.end() if head else end
    while pos < end and o[pos] in "Ll":
        title = LAW_TITLE_RE.match(v, pos + 5, end)  # "Luật " is five characters
        nxt = P.AMENDED_LAW_NEXT_RE.search(v, title.end() if title else pos + 5, end)
        stop = title.end() if title and (nxt is None or nxt.start() >= title.end()) else (nxt.start() if nxt else end)
        name = clean_quote(o[pos:stop]).rstrip(" ,;")
        if o[pos] == "L" and len(name.split()) >= 2:
            out.append((Citation(text=name, number=None, type="Luật", date=None, relation=INSIDE_TITLE, name=name),
                        pos, stop))
        if nxt is None or nxt.start() > stop + 1:
            break
        pos = nxt.end()
    return out


def _typed_short(f: Folded, start: int, end: int, own: str | None, taken: list[tuple[int, int]]
                 ) -> list[tuple[Citation, int, int]]:
    """Short symbols after a type word and "số" ("Nghị định số 74/CP ngày 25/10/1993", "Quyết định số 769/TTg")."""
    v, o = f.view, f.original
    out: list[tuple[Citation, int, int]] = []
    for m in P.TYPED_SHORT_SYMBOL_RE.finditer(v, start, end):
        a, b = m.start(), m.end("sym")
        if any(s < b and a < e for s, e in taken):
            continue
        rest = _lone_letter_rest_end(o, m.start("sym"), b)  # "Công văn số 1186/V SDTTU-TCQG": one code, parted
        number = normalize_symbol(o[m.start("sym"):b] + o[b + 1:rest])
        b = max(b, rest)
        if own and symbol_key(number) == own:
            continue
        group = next(g for g, val in m.groupdict().items() if val is not None and g != "sym")
        date, issuer, stop = _date_issuer_after(f, b)
        out.append((Citation(text=clean_quote(o[a:stop]), number=number, type=P.CITE_TYPE_BY_GROUP[group],
                             date=date, issuer=issuer or issuer_of_symbol(number)), a, stop))
    return out


_FILE_TYPE_ABBR = {"tt": "Thông tư", "ttlt": "Thông tư liên tịch", "nd": "Nghị định", "qd": "Quyết định", "nq": "Nghị quyết"}


def _typed_loose(f: Folded, start: int, end: int, own: str | None, taken: list[tuple[int, int]]
                 ) -> list[tuple[Citation, int, int]]:
    """Symbols printed with other separators or without code: a space for the first separator after a type word and
    "số" ("Thông tư số 89 TC/TCT" → 89-TC/TCT, ``patterns.TYPED_SPACED_SYMBOL_RE``), a number and year alone there
    ("công văn số 107/2025 ngày …", ``patterns.TYPED_YEAR_NUMBER_RE``), or dots and underscores as in a file's name
    ("Thong tu so 20.2015.TT-BYT.doc" → 20/2015/TT-BYT, ``patterns.DOTTED_SYMBOL_RE``), the latter after a type
    word or with a type code first."""
    v, o = f.view, f.original
    found: list[tuple[str, str, int, int, int]] = []  # (number, type, start of the mention, end of the symbol, …)
    for m in P.TYPED_SPACED_SYMBOL_RE.finditer(v, start, end):
        codes = o[m.start("codes"):m.end("codes")]
        if not all(part[:1].isupper() for part in re.split(r"[-/]", codes)):
            continue  # "Thông tư số 12 về …/…": words, not codes
        group = next(g for g, val in m.groupdict().items() if val is not None and g not in ("num", "codes"))
        found.append((f"{m.group('num')}-{codes}", P.CITE_TYPE_BY_GROUP[group], m.start(), m.end(), m.end()))
    for m in P.TYPED_YEAR_NUMBER_RE.finditer(v, start, end):
        group = next(g for g, val in m.groupdict().items() if val is not None and g != "sym")
        found.append((m.group("sym"), P.CITE_TYPE_BY_GROUP[group], m.start(), m.end(), m.end()))
    for m in P.DOTTED_SYMBOL_RE.finditer(v, start, end):
        codes = re.split(r"[._-]", o[m.start("codes"):m.end("codes")])
        if not all(c[:2].isupper() for c in codes):
            continue  # "Thong tu_13.2019_Nam goc": a word, not a code
        number = normalize_symbol(f"{m.group('num')}/{m.group('year')}/" + "-".join(c.upper() for c in codes))
        before = P.TYPE_BEFORE_FILE_SYMBOL_RE.search(v, max(start, m.start() - 30), m.start())
        if before and before.group("abbr"):
            ctype, a = _FILE_TYPE_ABBR[before.group("abbr")], before.start()
        elif before:
            group = next(g for g, val in before.groupdict().items() if val is not None and g.startswith("f"))
            ctype, a = P.CITE_TYPE_BY_GROUP["c" + group[1:]], before.start()
        else:
            ctype, a = type_of_symbol(number), m.start()
            if ctype in (None, "Công văn"):
                continue  # no type word and no type code: a file's name, not a cited document
        found.append((number, ctype, a, m.start(), m.end()))
    out: list[tuple[Citation, int, int]] = []
    for number, ctype, a, _, b in found:
        if any(s < b and a < e for s, e in taken) or (own and symbol_key(number) == own):
            continue
        date, issuer, stop = _date_issuer_after(f, b)
        out.append((Citation(text=clean_quote(o[a:stop]), number=normalize_symbol(number), type=ctype,
                             date=date, issuer=issuer or issuer_of_symbol(number)), a, stop))
    return out


def _standards(f: Folded, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[Citation, int, int]]:
    """National standards and technical regulations cited by code and number ("tiêu chuẩn quốc gia TCVN 11041",
    "QCVN 01:2022/BQP"; :data:`patterns.STANDARD_RE`): number as printed ("TCVN 11041"), typed by its code
    (Tiêu chuẩn quốc gia / Quy chuẩn kỹ thuật quốc gia), no date or issuer (the year after the colon is the
    standard's edition, part of its number); the kind words written before it open the reference."""
    o = f.original
    out: list[tuple[Citation, int, int]] = []
    for m in P.STANDARD_RE.finditer(o, start, end):
        a, b = m.start(), m.end()
        if any(s < b and a < e for s, e in taken):
            continue
        kind = P.STANDARD_KIND_BEFORE_RE.search(o, max(start, a - 40), a)
        t0 = kind.start() if kind else a
        number = m.group("code") + " " + " ".join(m.group("num").split()).replace(" :", ":").replace(": ", ":")
        out.append((Citation(text=clean_quote(o[t0:b]), number=number, type=P.STANDARD_TYPES[m.group("code")]), t0, b))
    return out


_ROMAN_WORD = re.compile(r"[IVXL]{1,5}")
_PLAN_STOP_FOLDED = {fold(w) for w in P.PLAN_NAME_STOP}


_BASIS_CONT_RE = re.compile(r"[\s;*_]*(?:(?:c[a-z]{1,2}n\s+c[a-z]{0,2}|x[e¢]t)\s+)?(?:cac\s+)?(?:" + P.TYPE_RE.replace("(?P<t", "(?P<k") + r")\s")
# The last item of a Căn cứ list closes with "," (or ".") at its line's end, the issuing sentence on the next line
# ("Căn cứ Kế hoạch … thông qua ngày 05/3/2030,⏎ Ủy ban nhân dân xã ban hành Kế hoạch …"): with no ";" after it the
# item runs to that mark, not to a ";" far in the body (the structure reads the issuing sentence into the paragraph)
_BASIS_LAST_ITEM_RE = re.compile(r"[,.][ \t]*\n\s*(?=[A-ZĐÀ-Ỹ])")
# … an item that opens the clause: "Căn cứ"/"Xét" and a type word, so a wrapped line in the middle of an item is none
_BASIS_ITEM_ONLY_RE = re.compile(r"[\s;*_]*(?:can cu|xet)\s")
_BASIS_ITEM_TAIL_RE = re.compile(r"\s+va\s+(?:y\s+kien|de\s+nghi|ket\s+qua)(?![a-z])")


def _basis_items(f: Folded, lay: Layout, start: int, end: int, taken: list[tuple[int, int]]
                 ) -> list[tuple[Citation, int, int]]:
    """Documents named without number as items of the Căn cứ list (``patterns.BASIS_ITEM_RE``):
    the item, up to its ";", holds no numbered citation and opens with a capitalised type word
    ("Báo cáo nhanh tình hình thiệt hại …"); a plural ("Các Công điện: số 007/CĐ-UBND …") holds numbers."""
    v, o = f.view, f.original
    out: list[tuple[Citation, int, int]] = []
    items: set[tuple[int, int]] = set()
    for pos, _ in lay.basis_clauses:  # each Căn cứ list, item by item while its items end with ";"
        while pos < end:  # (OCR puts blank lines inside a paragraph: the ";" carries the list on)
            semi = v.find(";", pos, min(end, pos + 600))
            lead = len(v[pos:pos + 20]) - len(v[pos:pos + 20].lstrip(" \n;*_"))
            clause_end = max((b for a, b in lay.basis_clauses if a <= pos + lead < b), default=pos)
            close = _BASIS_LAST_ITEM_RE.search(o, pos, min(end, clause_end, semi if semi >= 0 else end))
            if close and _BASIS_ITEM_ONLY_RE.match(v, pos):
                items.add((pos, close.start() + 1))  # the list's last item, closed by "," or "." at its line's end
                break
            if semi < 0:
                break
            if not (P.BASIS_ITEM_RE.match(v, pos, semi) or _BASIS_CONT_RE.match(v, pos, semi)
                    or any(a < semi and pos < b for a, b in taken)):
                break  # past the list: an item opens with a type word or holds a cited number
            items.add((pos, semi + 1))
            pos = semi + 1
    for s, e in sorted(items):
        if not (start <= s < end) or any(a < e and s < b for a, b in taken) or any(a < s < b for a, b in items):
            continue
        m = P.BASIS_ITEM_RE.match(v, s, e)
        if not m or not o[m.start("t")].isupper():
            continue
        stop = e - 1 if v[e - 1:e] == ";" else e
        tail = _BASIS_ITEM_TAIL_RE.search(v, m.end(), stop)
        stop = tail.start() if tail else stop  # "Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại biểu …"
        name = clean_quote(o[m.start("t"):stop]).rstrip(" .;")
        words = name.split()
        if len(words) < 3 or len(words) > 40:
            continue  # a bare type ("Báo cáo của …") or a paragraph run on past the list
        ctype = next((t for t in P.BASIS_ITEM_TYPES if loose_key(t) == loose_key(" ".join(words[:2]))), None)
        if ctype is None:
            continue
        out.append((Citation(text=name, number=None, type=ctype, name=name), m.start("t"), m.start("t") + len(name)))
    return out


def _named_plans(f: Folded, start: int, end: int, free) -> list[tuple[Citation, int, int]]:
    """Named plans without number ("Quy hoạch chung Thủ đô", "Quy hoạch điện VIII", "Quy hoạch mạng lưới
    đường bộ thời kỳ 2021 - 2030"): see ``patterns.PLAN_HEAD_RE``. A plan named by no proper name nor
    period ("Quy hoạch tỉnh", "Quy hoạch phân khu") is a kind of plan, not a cited one."""
    v, o = f.view, f.original
    out: list[tuple[Citation, int, int]] = []
    for m in P.PLAN_HEAD_RE.finditer(v, start, end):
        a = m.start()
        if not (o[a].isupper() and o[a + 1].islower()) or not free(a) or P.PLAN_AGENCY_BEFORE_RE.search(v, max(0, a - 12), a):
            continue  # a heading in capitals, "Sở Quy hoạch - Kiến trúc"
        name_end, named, plain_run = None, False, 0
        for k, w in enumerate(re.finditer(r"[^\s.;:,()\[\]“”\"*|]+", o[m.end():min(end, m.end() + 160)])):
            ws, we = m.end() + w.start(), m.end() + w.end()
            between = o[name_end if name_end else m.end():ws]
            if k >= 12 or re.search(r"[.;:,()\[\]“”\"|]|\n\s*\n", between):
                break
            period = P.PLAN_PERIOD_RE.match(v, ws - 1) if fold(w.group(0)) in ("thoi",) else None
            if period:
                name_end, named = period.end(), True
                break
            word = w.group(0)
            # a proper name ("Thủ đô", "Bà Rịa", "Hồ Chí Minh") or a Roman number ("VIII"); an acronym ("TOD") is none
            proper = (word[:1].isupper() and not word[1:].isupper()) or _ROMAN_WORD.fullmatch(word)
            if word == "-" and named:
                continue  # "Quy hoạch tỉnh Bà Rịa - Vũng Tàu": a hyphen inside a proper name
            if word.lower() in P.PLAN_NAME_STOP or (word.isascii() and word.lower() in _PLAN_STOP_FOLDED):
                break  # "Quy hoạch chung Thủ đô | đã được …", "Quy hoạch tỉnh | và …"
            plain_run = 0 if proper else plain_run + 1
            if named and plain_run > 1:
                break  # the proper name ended two words ago ("Thủ đô" keeps one lower-case word)
            named = named or bool(proper)
            if proper or not named or plain_run <= 1:
                name_end = we
        if not named or name_end is None:
            continue
        name = clean_quote(o[a:name_end])
        out.append((Citation(text=name, number=None, type="Quy hoạch", name=name), a, name_end))
    return out


def find_citations(
    f: Folded, lay: Layout, start: int, end: int, own_number: str | None,
    after_signature: tuple[tuple[int, int], ...] = (),
) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Citations in ``[start, end)`` and in the ``after_signature`` ranges
    (appendices, footnotes printed after the signature: "[1] Các công điện: số
    217/CĐ-TTg ngày 16/11/2025; …"), one per cited document, text order, and
    the spans every mention covers (for masking their dates)."""
    own = symbol_key(own_number) if own_number else None
    if own and not any(symbol_key(f.original[m.start():m.end()]) == own
                       for m in f.matches_at(P.SYMBOL_RE, f.number_starts, 0, start)):
        own = None  # the header's number was not read (OCR): a body symbol is a citation, not our number
    ranges = [(start, end)] + [(a, b) for a, b in after_signature if a >= end]
    found, named, spans = [], [], []
    for lo, hi in ranges:
        here = _numbered(f, lo, hi, own)
        here += _typed_short(f, lo, hi, own, [(s, e) for _, s, e in here])
        here += _typed_loose(f, lo, hi, own, [(s, e) for _, s, e in here])
        here += _standards(f, lo, hi, [(s, e) for _, s, e in here])
        if lo >= end:  # "(Ban hành kèm theo Quyết định số …)": the appendix's host, not a citation
            host = [(s, e) for c, s, e in here if P.ATTACHED_TO_RE.search(f.view, max(lo, s - 60), s)]
            spans += host
            here = [t for t in here if (t[1], t[2]) not in host]
        spans += [(s, e) for _, s, e in here]
        found += [(c, s, e, lo, hi) for c, s, e in here]
    for lo, hi in ranges:
        here = _named(f, lo, hi, spans)
        here += _basis_items(f, lay, lo, hi, spans + [(s, e) for _, s, e in here])
        spans += [(s, e) for _, s, e in here]
        named += [(c, s, e, lo, hi) for c, s, e in here]
    # each numbered citation with the words after it up to its clause's end (";", a line's end): a plenum named there
    numbered_after = [(c, " ".join(f.view[e:e + 160].split(";")[0].split("\n")[0].split())) for c, s, e, *_ in found]
    found_cites = [c for c, *_ in found]  # once, not once a named citation: a text of thousands was quadratic (ux56)
    named = [t for t in named if not _numbered_programme(f, t[0], t[2], found_cites)
             and not _numbered_plenum(t[0], numbered_after) and not _named_of_numbered(t[0], numbered_after)]
    numbered_ends = {e for _, _, e, *_ in found}
    named = [t for t in named if not _issued_by_numbered(f, t[0], t[1], t[2], numbered_ends)]
    if own_number and _OWN_PROGRAMME_RE.search(own_number):
        named = [t for t in named if not _own_programme(f, t[0], t[2])]
    for c, s, e in applied_rules(f, [e for _, _, e, *_ in found], spans):  # a Quy chế the text applies (a29-03)
        spans.append((s, e))
        named.append((c, s, e, start, end))
    cites = []
    # one long sentence citing many documents is scanned and cleaned once, not once per citation
    ends: dict = {}
    topics: dict[int, list[tuple[int, str]]] = {}
    quotes: dict[tuple[int, int], str] = {}
    for c, s, e, lo, hi in sorted(found + named, key=lambda t: t[1]):
        s0, s1 = sentence_bounds(f, s, lo, hi, ends)
        if (s0, s1) not in quotes:
            quotes[(s0, s1)] = clean_quote(f.original[s0:s1])
        relation = "mentions" if c.relation == INSIDE_TITLE else _relation(lay, f, s, topics)
        cites.append(Citation(c.text, c.number, c.type, c.date, c.issuer, relation, c.name,
                              Span(s, e, quotes[(s0, s1)])))
    # the own number's own mention in the body is masked too
    if own:
        for lo, hi in ranges:
            for m in f.matches_at(P.SYMBOL_RE, f.number_starts, lo, hi):
                if symbol_key(f.original[m.start():m.end()]) == own:
                    spans.append((m.start(), m.end()))
    # a date the text does not write: the known one of a symbol holding its year ("30/2020/NĐ-CP")
    # a date whose year a scan misread ("ngày 24/4/2925"): repaired from the number's or the text's years
    if own_number:
        cites = [_own_code_mended(c, own_number) for c in cites]
    # (the Assembly's issuer once the mentions of one document are one: a law's numbered mention is typed by its name)
    cites = repaired_cited_dates([_assembly_issuer(c) for c in _dedupe([mended_issuer_code(_code_from_issuer(c)) for c in cites])], f.view)
    cites = [c if c.date or not c.number else dataclasses.replace(c, date=known_date(c.number)) for c in cites]
    # a law cited by its number alone ("… được sửa đổi, bổ sung bởi Luật số 87/2025/QH15"): its known name
    cites = [dataclasses.replace(c, name=known_law_name(c.number, c.name)) if c.type == "Luật" and c.number else c
             for c in cites]
    return cites, spans


# a council's or committee's Ban named as a citation's issuer, the body it belongs to after it (original text): "Ban Kinh
# tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Văn hóa - Xã hội HĐND xã"
_BAN_ISSUER_RE = re.compile(r"^Ban\s+(?P<name>.+?)(?:\s+(?:Hội đồng nhân dân|HĐND|Tỉnh ủy|Thành ủy|Đảng ủy|Quốc hội|Trung ương)\b.*)?$")


#: a Chương trình's own number ("12/CTr-UBND", "05-CTr/TU"): its text names itself "Chương trình công tác năm 2027"
_OWN_PROGRAMME_RE = re.compile(r"(?:^|[/-])CTr(?:[/-]|$)")


def _own_programme(f: Folded, c: Citation, end: int) -> bool:
    """A programme of a year named without its author in a Chương trình's own text ("Lấy kết quả thực hiện Chương
    trình công tác năm 2027 làm …", a20-07): the document itself, no citation."""
    return c.type == "Chương trình" and not c.number and not re.match(r"\s+cua\b", f.view[end:end + 8])


#: the types of a document a numbered decision or resolution issues or approves
_ISSUED_TYPES = frozenset({"Quy chế", "Quy hoạch", "Kế hoạch", "Đề án", "Chương trình", "Chiến lược", "Quy định"})
#: between a numbered citation's end and the named document it issues: "… của Thủ tướng Chính phủ phê duyệt "
_ISSUES_BETWEEN_RE = re.compile(r"\s*,?\s*(?:(?:cua|do)\s+[^;.\n]{0,80}?\s+)?(?:ban hanh|phe duyet)\s+$")


def _issued_by_numbered(f: Folded, c: Citation, s: int, e: int, numbered_ends: set[int]) -> bool:
    """An unnumbered named document (``_ISSUED_TYPES``) that a numbered one cited beside it issues: "Quyết định
    số 509/QĐ-TTg … của Thủ tướng Chính phủ phê duyệt Quy hoạch hệ thống du lịch …" (a23-06):
    one document, the numbered one (the majority of the tuning labels: a21-06, a21-07, t18-09, t20-09, t20-10, t21-06,
    t21-07, t22-07, a20-01; a16-04, t23-09 count it apart). A document printed first and then "ban hành kèm theo
    Quyết định số …" stays a citation of its own (session 22's majority, tests/test_citations_session22.py)."""
    if c.number or c.type not in _ISSUED_TYPES:
        return False
    v = f.view
    return any(0 <= s - n <= 120 and _ISSUES_BETWEEN_RE.fullmatch(v, n, s) for n in numbered_ends)


def _own_code_mended(c: Citation, own_number: str) -> Citation:
    """``c`` with its last code read back to the document's own when a scan doubled one of its letters: the
    header's "Số: 86/UBND-KT" and the body's "Công văn số 4895/UBND-KTT" (a23-04 scanned) — an office citing its
    own earlier letter. Only a doubled letter of a code no list knows, in a symbol whose other codes are the
    header's own; a code valid as read, or one never seen in the header, is kept."""
    if not c.number or "/" not in c.number or "/" not in own_number:
        return c
    head, _, codes = c.number.rpartition("/")
    mine = own_number.rpartition("/")[2].split("-")
    parts = codes.split("-")
    if len(parts) != len(mine) or len(parts) < 2:
        return c
    diff = [i for i, (a, b) in enumerate(zip(parts, mine)) if a != b]
    if len(diff) != 1:
        return c
    a, b = parts[diff[0]], mine[diff[0]]
    doubled = len(a) == len(b) + 1 and any(a[j] == a[j - 1] and a[:j] + a[j + 1:] == b for j in range(1, len(a)))
    if not doubled or a in ALL_CODES or not b.isalpha():
        return c
    parts[diff[0]] = b
    return dataclasses.replace(c, number=f"{head}/{'-'.join(parts)}")


#: the types whose labels name no issuer for an Assembly's symbol: a law, a code of laws, an ordinance
_UNSIGNED_ASSEMBLY_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})


def _assembly_issuer(c: Citation) -> Citation:
    """The National Assembly's body a citation's own code names when the text names none: "Nghị quyết số
    174/2024/QH15 ngày 30/11/2024, Nghị quyết số 204/2025/QH15 … của Quốc hội" (0204/KH-UBND: the first names its
    issuer by the code only) → Quốc hội; "…/UBTVQH15" → Ủy ban Thường vụ Quốc hội; "Văn bản số 1691/UBDNGS15" → Ủy
    ban Dân nguyện và Giám sát (``symbol_codes.ASSEMBLY_ISSUER_BY_CODE``). A law's, a code's or an ordinance's
    issuer stays unnamed, as the labels leave it."""
    if c.issuer or not c.number or c.type in _UNSIGNED_ASSEMBLY_TYPES or (c.type is None and "/QH" in c.number):
        return c
    code = re.fullmatch(r"\d+[a-z]?/(?:(?:19|20)\d\d/)?(?P<c>[A-Z]+)\d{1,2}", c.number)
    name = ASSEMBLY_ISSUER_BY_CODE.get(code.group("c")) if code else None
    return dataclasses.replace(c, issuer=name) if name else c


def _code_from_issuer(c: Citation) -> Citation:
    """A scan's last letter lost from a Ban's code, restored from the Ban the citation names: "Báo cáo thẩm tra số
    245/BC-KTN ngày 05 tháng 12 năm 2026 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh" → 245/BC-KTNS (a22-05,
    t22-05 scanned: Tesseract drops the S before the space). Evidence: the code is the initials of the named Ban but
    its last one ("Kinh tế - Ngân sách" → KTNS); grammar: a Ban's code is its initials. A code equal to the initials,
    or any other, stays as read (:mod:`vanban.symbols`' contract: no valid code rewritten into another)."""
    if not c.number or not c.issuer:
        return c
    m = _BAN_ISSUER_RE.match(" ".join(c.issuer.split()))
    code = re.search(r"-([A-ZĐ]{2,8})$", c.number)
    if m is None or code is None:
        return c
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", m.group("name")) if w != "và").upper()
    read = code.group(1)
    if len(initials) != len(read) + 1 or fold(initials[:-1]).upper() != fold(read).upper():
        return c
    number = c.number + initials[-1]
    text = c.text.replace(c.number, number, 1) if c.number in c.text else c.text
    return dataclasses.replace(c, number=number, text=text)


_AUTHOR_AFTER_RE = re.compile(r"\s+cua\s+(?P<a>[^.;:,()\n]{3,80}?)(?=\s*(?:[.;:,()\n]|$|\s(?:va|de|nham|theo|tai|trong|da|duoc)\s))")


def _numbered_programme(f: Folded, c: Citation, end: int, numbered: list[Citation]) -> bool:
    """A work programme named by its year and author (:data:`patterns.NAMED_DOC_RES`, "thực hiện Chương trình kiểm
    tra, giám sát năm 2027 của Ủy ban Kiểm tra Tỉnh ủy") that the document cites by its number too: a numbered
    Chương trình of the same author ("Chương trình số 18-CTr/UBKTTU … của Ủy ban Kiểm tra Tỉnh ủy", a17-08's labels:
    one entry)."""
    if c.number or c.type != "Chương trình":
        return False
    m = _AUTHOR_AFTER_RE.match(f.view, end)
    if m is None:
        return False
    author = loose_key(f.original[m.start("a"):m.end("a")])
    return any(n.type == "Chương trình" and n.issuer and loose_key(n.issuer) == author for n in numbered)


# a Central Committee plenum by number or by its spelled ordinal, then its term (folded): "Trung ương 7 khóa XI",
# "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV", "Hội nghị Trung ương 5 (khóa XIV)"
_PLENUM_TERM_RE = re.compile(r"\b(?:trung uong\s+\d{1,2}|hoi nghi\s+(?:lan thu\s+)?[a-z0-9]+\s+(?:ban chap hanh trung uong|bch\s*tw)"
                             r"(?:\s+dang)?)\s*,?\s+\(?\s*khoa\s+([ivxlc]+)\b")
_TERM_RE = re.compile(r"\bkhoa\s+([ivxlc]+)\b")


def _numbered_plenum(c: Citation, numbered: list[tuple[Citation, str]]) -> bool:
    """A Central Committee plenum's resolution named by plenum and term ("Nghị quyết Trung ương 7 khóa XI", "Nghị quyết
    Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV") where the document cites a numbered Nghị quyết of the
    Ban Chấp hành Trung ương of that term too ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng
    khóa XI …; Kết luận số 43-KL/TW … về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI": a19-04's labels, one
    entry; "Căn cứ Nghị quyết số 12-NQ/TW, ngày 20/11/2026 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa
    XIV …" and the plan's title naming it by the plenum: one document). ``numbered``: each numbered citation with the
    folded words after it in its clause, where the plenum stands when no issuer was read."""
    if c.number or c.type != "Nghị quyết":
        return False
    m = _PLENUM_TERM_RE.search(fold_flat(c.name or ""))
    if m is None:
        return False
    unterm = []
    for n, after in numbered:
        t = _TERM_RE.search(fold(n.issuer or "")) or _PLENUM_TERM_RE.search(after)
        if n.type == "Nghị quyết" and n.number and t and t.group(1) == m.group(1):
            return True
        if n.type == "Nghị quyết" and n.number and not t and _central_resolution(n) and _in_term(n.date, m.group(1)):
            unterm.append(n.number)
    # the Central Committee's resolution cited by number with no term, dated within the plenum's term ("Nghị quyết số
    # 09-NQ/TW ngày 14/11/2026 của Ban Chấp hành Trung ương Đảng" in a plan to study "Nghị quyết Hội nghị lần thứ năm
    # Ban Chấp hành Trung ương Đảng khóa XIV": a22-01's labels, one entry) — when it is the only one
    return len(set(unterm)) == 1


def _central_resolution(n: Citation) -> bool:
    """A numbered resolution of the Party Central Committee ("…-NQ/TW" of the Ban Chấp hành Trung ương)."""
    return bool(re.search(r"-NQ/TW$", n.number or "")) and "ban chap hanh trung uong" in fold_flat(n.issuer or "")


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(term: str) -> int:
    """The value of a Roman number written in small letters ("xiv" → 14); its letters are :data:`_ROMAN`'s."""
    vals = [_ROMAN[ch] for ch in term]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _ordinal(word: str) -> str:
    """A congress's ordinal as its number, written in digits or in Roman letters alike: a scan reads the Roman I as a
    1 ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 1" beside "… lần thứ I", a24-02 scanned: one resolution)."""
    if word.isdigit():
        return str(int(word))
    return str(_roman_value(word)) if word and all(ch in _ROMAN for ch in word) else word


def _in_term(date: str | None, term: str) -> bool:
    """True when an ISO date falls in the years of the Party Central Committee of term ``term`` (Roman, folded): the
    Đại hội that elects it meets every five years since the VI (1986), so khóa XIV sits 2026 – 2030."""
    if not date or not term or any(ch not in _ROMAN for ch in term):
        return False
    n = _roman_value(term)
    if n < 6:
        return False
    start = 1986 + 5 * (n - 6)
    return start <= int(date[:4]) <= start + 4


#: a bracketed abbreviation inside a name ("Cộng hòa Xã hội Chủ nghĩa (CHXHCN)")
_ABBR_IN_NAME_RE = re.compile(r"\s*\((?P<abbr>[A-ZĐ]{2,10})\)")


def _abbreviated(name: str | None) -> str | None:
    """``name`` with each run of words that a bracketed abbreviation after it spells by their initials replaced by
    the abbreviation: a treaty named in full once ("… Chính phủ nước Cộng hòa Xã hội Chủ nghĩa (CHXHCN) Việt Nam và
    Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào (CHDCND) …") and by the initials it gave later ("… nước CHXHCN Việt
    Nam và Chính phủ nước CHDCND Lào", 61/2025/TT-BCT) is one document. Brackets whose letters no words before spell
    are dropped from the key alone."""
    if not name or "(" not in name:
        return name
    out, last = [], 0
    for m in _ABBR_IN_NAME_RE.finditer(name):
        abbr = m.group("abbr")
        words = name[last:m.start()].split()
        n = len(abbr)
        if len(words) >= n and "".join(fold(w)[:1].upper() for w in words[-n:]) == fold(abbr).upper():
            words = words[:-n] + [abbr]
        out.extend(words)
        last = m.end()
    out.extend(name[last:].split())
    return " ".join(out)


def _name_key(c: Citation, seen: dict) -> str:
    """Loose key of a named document; an OCR or wording variant of a name
    already seen ("Luat Can cudc" / "Luật Căn cước", "Nghị quyết Đại hội lần
    thứ XIII" / "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII") reuses it."""
    words = loose_key(_abbreviated(c.name)).split()
    ordinal = re.search(r"\blan \w+ ([ivxlc]+|\d+)\b", " ".join(words))
    # a local congress by its Đảng bộ and level: the provincial and the commune congresses both "lần thứ I" are two
    # resolutions (a19-07); a mention without the ordinal is the one with it cited before
    # (… its level after the ordinal too: "Nghị quyết Đại hội lần thứ I của Đảng bộ phường")
    local = re.search(r"\bdai hoi (?:dai bieu )?(?:lan \w+ \w+ cua )?dang bo (tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu)\b",
                      fold_flat(c.name or "")) if c.type == "Nghị quyết" else None
    if local and not ordinal:
        return next((k for k in seen if k.startswith("named:nq dai hoi ") and k.endswith(" dang bo " + local.group(1))),
                    "named:nq dai hoi - dang bo " + local.group(1))
    if local:
        return ("named:nq dai hoi - dang bo " + local.group(1)) if "named:nq dai hoi - dang bo " + local.group(1) in seen \
            else f"named:nq dai hoi {_ordinal(ordinal.group(1))} dang bo {local.group(1)}"
    org = re.search(r"\bdai hoi (?:dai bieu )?(doan|hoi|cong doan|mat tran)\b", fold_flat(c.name or "")) \
        if c.type == "Nghị quyết" else None
    if org and ordinal:  # a mass organisation's congress: the Đoàn's "lần thứ XIX" is no Party congress of that ordinal
        return f"named:nq dai hoi {_ordinal(ordinal.group(1))} {org.group(1)}"
    if c.type == "Nghị quyết" and ordinal:  # "lần thứ XIII", OCR "lần thì XIII"
        return "named:nq dai hoi " + _ordinal(ordinal.group(1))
    roman = P.CONGRESS_ROMAN_RE.search(fold_flat(c.name or "")) if c.type == "Nghị quyết" else None
    if roman:  # "Nghị quyết Đại hội XIV của Đảng": the congress by its Roman number alone
        return "named:nq dai hoi " + _ordinal(roman.group(1))
    key = "named:" + " ".join(words[:14])
    if c.type in P.TITLED_TYPES and len(words) >= 3:
        # a charter named in full, then by its short name ("Căn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam; …" then "theo
        # quy định của Điều lệ Hội": t19-10's labels, one entry): a later name whose words open an earlier one's
        full = next((k for k in seen if k.startswith(key + " ")), None)
        if full:
            return full
    for k in seen:
        if k.startswith("named:") and re.findall(r"\d+", k) == re.findall(r"\d+", key) and fuzz.ratio(k, key) >= 88 \
                and not (k in _KNOWN_LAW_KEYS and key in _KNOWN_LAW_KEYS) \
                and _LEVEL_NAMED_RE.findall(k) == _LEVEL_NAMED_RE.findall(key):
            return k  # an OCR variant; two known titles a letter apart ("Luật Đầu tư", "Luật Đấu thầu") are two laws
    return key


#: the level a named document is of (loose key): "Quy chế thi chọn học sinh giỏi cấp quốc gia" and "… cấp tỉnh" are two
#: rules, never one's OCR variant (t26-10)
_LEVEL_NAMED_RE = re.compile(r"\bcap (tinh|huyen|xa|quoc gia|trung uong|co so)\b")


#: the name keys of the known laws (``law_names.LAW_TITLES``): each is its own law, never another's variant
_KNOWN_LAW_KEYS = frozenset("named:" + " ".join(loose_key("Luật " + t).split()[:14]) for t in LAW_TITLES)


_SPECIFIC_FIRST = ("Công văn",)


def _known_code(code: str, position: int) -> bool:
    """A symbol's code is known for its place: a type code first (QĐ, TT), an issuer's code after (TTg, BYT)."""
    if position == 0:
        return code in P.SYMBOL_TYPE_CODES
    return code in ISSUER_BY_CODE or code in P.JOINED_CODE_ISSUERS


def _ocr_variant_of(damaged: str, good: str) -> bool:
    """True when ``damaged`` is an OCR-damaged copy of ``good``, cited in the same document: the same number
    and year, one code cut short ("15/2025/QĐ-TT" of 15/2025/QĐ-TTg) or one letter misread ("21/2025/TI-BYT"
    of 21/2025/TT-BYT), the damaged code unknown for its place and the good one known. Two valid codes
    (NQ/NĐ) are two documents."""
    dh, _, dc = damaged.rpartition("/")
    gh, _, gc = good.rpartition("/")
    dcodes, gcodes = dc.split("-"), gc.split("-")
    if dh != gh or not dh or len(dcodes) != len(gcodes) or dcodes == gcodes:
        return False
    diff = [i for i, (a, b) in enumerate(zip(dcodes, gcodes)) if a != b]
    if len(diff) != 1:
        return False
    i = diff[0]
    a, b = dcodes[i], gcodes[i]
    cut = len(a) >= 2 and b.startswith(a)
    misread = len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    # one letter put in ("148/2018/TT-BQBP" of 148/2018/TT-BQP cited before it, a23-05 scanned)
    inserted = len(a) == len(b) + 1 and len(b) >= 2 and any(a[:j] + a[j + 1:] == b for j in range(len(a)))
    return (cut or misread or inserted) and not _known_code(a, i) and _known_code(b, i)


def _stray_glyphs_of(damaged: str, good: str) -> bool:
    """True when ``damaged`` is ``good`` as OCR printed it with at most two stray glyphs
    (``patterns.SYMBOL_STRAY_GLYPHS``), each put in or read for one character of ``good``:
    "1314/NQ-UBTVQHI5", "1314/NQ-UBTVQHI15", "1314/NÑQ-UBTVQH15" of 1314/NQ-UBTVQH15,
    "66g-NQ/TVW" of 66-NQ/TW, "6g/NQ-CP" of 66/NQ-CP, "798/TTIr-SNV" of 798/TTr-SNV (Tesseract
    on rendered real documents, bench/realdocs_eval.py). A character lost, or a real one
    changed into another ("01/NQ-CP" / "02/NQ-CP", "12a" / "12"), is another document."""
    if damaged == good or len(damaged) < len(good) or re.sub(r"[^-/]", "", damaged) != re.sub(r"[^-/]", "", good):
        return False
    ops = Levenshtein.editops(good, damaged)
    return 0 < len(ops) <= 2 and all(
        op in ("insert", "replace") and damaged[j] in P.SYMBOL_STRAY_GLYPHS for op, _, j in ops)


def _ocr_variants(cites: list[Citation]) -> dict[str, str]:
    """symbol key of an OCR-damaged mention → key of the document it repeats (see ``_ocr_variant_of``
    and ``_stray_glyphs_of``): the good spelling is one holding the fewest stray glyphs.

    Near-linear: a symbol is compared only with the symbols that may be its good copy, found by index
    (``_variant_index``) rather than by comparing every pair (1,000 distinct symbols took ~4.5 s);
    the answer is the one the pairwise comparison gives."""
    nums = {c.number for c in cites if c.number}
    order = list(nums)  # one iteration order of the set for every lookup: the pairwise loops' order
    by_head, by_shape = _variant_index(order)
    out: dict[str, str] = {}
    # the good copies of a cut or misread code ("15/2025/QĐ-TTg" of "…-TT") are never themselves damaged
    kept = {g for d in order for g in by_head.get(d.rpartition("/")[0], ()) if _ocr_variant_of(d, g)}
    for d in order:
        good = next((g for g in by_head.get(d.rpartition("/")[0], ()) if _ocr_variant_of(d, g)), None)
        if good is None and d not in kept:
            good = min((g for g in _stray_candidates(d, by_shape) if _stray_glyphs_of(d, g)),
                       key=lambda g: (sum(ch in P.SYMBOL_STRAY_GLYPHS for ch in g), g), default=None)
        if good:
            out["sym:" + (symbol_key(d) or "")] = "sym:" + (symbol_key(good) or "")
    return out


def _variant_index(order: list[str]) -> tuple[dict[str, list[str]], dict[tuple, set[str]]]:
    """(symbols by their part before the last slash — a cut or misread code keeps it, ``_ocr_variant_of`` —,
    symbols by their parts with at most two of them masked, ``_masked``).

    A symbol ``d`` that is ``g`` with at most two stray glyphs put in or read for a character
    (``_stray_glyphs_of``) has ``g``'s separators in ``g``'s order (no stray glyph is one), so the two
    have the same parts but for at most two, and each part that differs holds a stray glyph in ``d``:
    masking those parts of ``d`` finds every such ``g``. A symbol of more than ``_MASKED_PARTS`` parts (a
    hostile "1-A-A-A-…" line) is found by its separators alone, as the pairs of its masks would grow."""
    by_head: dict[str, list[str]] = {}
    by_shape: dict[tuple, set[str]] = {}
    for n in order:
        by_head.setdefault(n.rpartition("/")[0], []).append(n)
        parts = _SEP_SPLIT_RE.split(n)
        for key in _masked(parts, range(0, len(parts), 2)) if len(parts) <= 2 * _MASKED_PARTS else [parts[1::2]]:
            by_shape.setdefault(tuple(key), set()).add(n)
    return by_head, by_shape


_SEP_SPLIT_RE = re.compile(r"([-/])")
#: the most parts a symbol is indexed by with masks (real ones have three to six: "01/2012/TTLT-BQP-BLĐTBXH-BTC")
_MASKED_PARTS = 8


def _masked(parts: list[str], at) -> list[tuple]:
    """``parts`` (a symbol split at its separators, separators kept) with at most two of the parts at ``at`` masked."""
    at = list(at)
    out = [tuple(parts)]
    for i, a in enumerate(at):
        one = list(parts)
        one[a] = None
        out.append(tuple(one))
        for b in at[i + 1:]:
            two = list(one)
            two[b] = None
            out.append(tuple(two))
    return out


def _stray_candidates(d: str, by_shape: dict[tuple, set[str]]) -> set[str]:
    """The symbols ``d`` may be an OCR copy of with stray glyphs (``_stray_glyphs_of``): a superset."""
    parts = _SEP_SPLIT_RE.split(d)
    if len(parts) > 2 * _MASKED_PARTS:
        return by_shape.get(tuple(parts[1::2]), set())
    stray = [i for i in range(0, len(parts), 2) if any(ch in P.SYMBOL_STRAY_GLYPHS for ch in parts[i])]
    found: set[str] = set()
    for key in _masked(parts, stray) if stray else ():
        found |= by_shape.get(key, set())
    return found


def _comma_cut_law(c: Citation, named_full: list[tuple[str, str]], key: str) -> str:
    """The key of the numbered law whose name a mention of ``c`` printed cut at its name's comma: a title in
    capitals ("TRIỂN KHAI THI HÀNH LUẬT CẤP, THOÁT NƯỚC", where no lower-case word tells the name's comma from a
    list's) names "LUẬT CẤP" of "Luật Cấp, thoát nước số 21/2026/QH16" (a23-03); ``key`` when no numbered law's
    name opens with the cut name and its comma ("Luật Đầu tư" is no cut "Luật Đầu tư công")."""
    cut = fold_flat(c.name or "")
    return next((k for full, k in named_full if full.startswith(cut + ",")), key) if cut else key


#: a year written inside a symbol ("15/2025/QĐ-UBND", "66.19/2026/NQ-CP")
_SYMBOL_YEAR = re.compile(r"/\s*(?:19|20)\d\d\s*/")


def _yearless(number: str) -> bool:
    """True for a symbol without its year ("45/NQ-HĐND", "18-KL/TW"): the issuing body numbers its documents anew each
    year (the văn thư rules of Nghị định 30/2020/NĐ-CP: numbers start at 01 each 1 January), so one such symbol dated
    in two different years names two documents (t27-09: Nghị quyết 45/NQ-HĐND of 10/12/2025 and of 10/12/2026); a
    symbol with its year is one document however its mentions are dated."""
    return _SYMBOL_YEAR.search(number) is None


_LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")


def _spelled_laws(cites: list[Citation]) -> dict[str, str]:
    """Each law's short name written with initials ("Luật Thuế GTGT") → the full name of a law the same document
    cites that it spells (:func:`law_initials.spelled_out`): the two are keyed as one cited document."""
    full = [c.name for c in cites if c.type in _LAW_TYPES and c.name and not has_initials(c.name)]
    out = {}
    for c in cites:
        if c.type in _LAW_TYPES and c.name and c.name not in out and has_initials(c.name):
            name = spelled_out(c.name, full)
            if name:
                out[c.name] = name
    return out


def _keyed(c: Citation, spelled: dict[str, str]) -> Citation:
    """``c`` named, for its key alone, by the full name its initials spell (the row keeps its name as printed)."""
    return dataclasses.replace(c, name=spelled[c.name]) if c.name in spelled else c


def _dedupe(cites: list[Citation]) -> list[Citation]:
    """One citation per cited document: later mentions fill a missing date,
    issuer or type; a legal-basis mention makes it ``can_cu``."""
    seen: dict[str, int] = {}
    out: list[Citation] = []
    named_numbers: dict[str, str] = {}  # "Luật Ban hành … số 64/2025/QH15": its name points to its number
    spelled = _spelled_laws(cites)  # "Luật Thuế GTGT" → "Luật Thuế giá trị gia tăng", printed in full in the document
    for c in cites:
        if c.number and c.name:
            named_numbers.setdefault(_name_key(_keyed(c, spelled), {}), "sym:" + (symbol_key(c.number) or ""))
    named_full = [(fold_flat(c.name), "sym:" + (symbol_key(c.number) or ""))
                  for c in cites if c.number and c.name and c.type in ("Luật", "Bộ luật", "Pháp lệnh")]
    damaged = _ocr_variants(cites)  # "15/2025/QĐ-TT" beside 15/2025/QĐ-TTg: one document
    first_good = {}
    for c in cites:
        k = "sym:" + (symbol_key(c.number) or "") if c.number else None
        if k and k not in damaged:
            first_good.setdefault(k, c)
    cites = [first_good.get(damaged.get("sym:" + (symbol_key(c.number) or ""), ""), c)
             if c.number and "sym:" + (symbol_key(c.number) or "") in damaged else c for c in cites]
    for c in cites:
        key = ("sym:" + (symbol_key(c.number) or "")) if c.number else _name_key(_keyed(c, spelled), seen)
        key = named_numbers.get(key, key)
        if not c.number and not c.date and c.name:
            key = _comma_cut_law(c, named_full, key)
        if key in seen and not (c.number and out[seen[key]].number) and c.date and out[seen[key]].date \
                and c.date != out[seen[key]].date:
            key = f"{key}@{c.date}"  # one name, two dates: two laws ("Luật Ban hành … ngày 19 tháng 2 năm 2015" / số 64/2025/QH15)
        if key in seen and c.number and _yearless(c.number) and c.date and out[seen[key]].date \
                and c.date[:4] != out[seen[key]].date[:4]:
            key = f"{key}@{c.date[:4]}"  # "45/NQ-HĐND ngày 10/12/2025" / "45/NQ-HĐND ngày 10/12/2026": a body numbers anew each year
        if key in seen:
            i = seen[key]
            p = out[i]
            ctype = p.type if p.type and p.type not in _SPECIFIC_FIRST else (c.type or p.type)
            # a law named first without its number ("… của Luật Di sản văn hóa", then "Luật Di sản văn hóa số
            # 45/2024/QH15"): the later mention gives the number
            out[i] = Citation(p.text, p.number or c.number, ctype, p.date or c.date, p.issuer or c.issuer,
                              "can_cu" if "can_cu" in (p.relation, c.relation) else p.relation,
                              p.name or c.name, p.span)
            continue
        seen[key] = len(out)
        out.append(c)
    return out
