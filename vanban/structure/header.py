"""The header block and the title block, read from lines and their cells.

A header is two columns — issuing body | national motto (or Party name), then
số ký hiệu | place-date — that inputs give as a table (DOCX, Markdown), as
two runs on one line (legacy OCR, pdftotext) or as cells stacked one after
the other (text copied from a web page). Each line (or run) is classified by
what it says, never by where a column is expected, so the motto is never the
issuer and a number sharing its line with the date is not part of the issuer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.models import DocHeader, Part
from vanban.place_nouns import ADMIN_LEVEL_RE, ADMIN_LEVELS
from vanban.structure import vocab as V
from vanban.structure.issuer_columns import column_groups, column_order
from vanban.structure.lines import Line, upper_ratio
from vanban.structure.issuer_heads import snap_heads
from vanban.structure.motto_snap import snap_mottos
from vanban.structure.place_reading import agree_place
from vanban.structure.preamble_issuer import preamble_issuer
from vanban.structure.run_on import sender_at
from vanban.symbol_codes import CODE_TYPES, JOINT_TYPE_CODES, TYPE_CODES
from vanban.symbols import SEPARATOR_LOOKALIKES
from vanban.text import CAPITAL, fold, tone_fits_final, tone_of, without_markup

_HEAD_LINES = 45  # a header never runs longer than this many lines
_TITLE_LINES = 12  # a trích yếu runs at most this many lines (legacy OCR wraps it short: 659-TB-VPCP, 9 lines)


@dataclass
class TitleInfo:
    type: str | None
    title: str | None
    parts: tuple[Part, ...]
    end_index: int  # index of the first line after header and title


#: (ncfix46b) a scan's specks around a type line, a mark or two apart from its word: "CÔNG ĐIỆN -" (228/CĐ-TTg
#: scanned, session 46's newcomer: the type line was none and the Công điện a Công văn), "_ CHỈ THỊ", "' QUYẾT ĐỊNH ."
_SPECKS_OFF_RE = re.compile(r"^[-–_'`‘’.,~|]{1,2}\s+|\s+[-–_'`‘’.,~|]{1,2}$")


def _is_type_line(line: Line) -> str | None:
    if not line.text or upper_ratio(line.text) < 0.6 or len(line.segs) > 1:
        return None
    m = V.TYPE_LINE_RE.match(_SPECKS_OFF_RE.sub("", line.view.strip(" *")))
    of = None if m else V.TYPE_OF_BODY_RE.match(line.view)
    m = m or (of and V.TYPE_LINE_RE.match(of["type"]))
    return V.TYPE_BY_GROUP[m.lastgroup] if m else None


def _run_on_type(line: Line, whole: bool = False) -> re.Match[str] | None:
    """"QUY CHẾ LÀM VIỆC": a line in capitals that opens with a type and goes on with a few words of the trích yếu
    (:data:`vocab.TYPE_RUN_ON_RE`); None for any other line. ``whole``: the line stands right under the header
    (:func:`_under_header`), where it may hold the whole trích yếu, in capitals or in sentence case ("Quy chế làm
    việc của Ban Chấp hành Đảng bộ xã … nhiệm kỳ 2025 - 2030", :data:`vocab.TYPE_TITLE_RE`), never a sentence."""
    if not line.text or len(line.segs) > 1:
        return None
    if whole:
        t = line.text.strip(" *_")
        m = V.TYPE_TITLE_RE.match(line.view.strip(" *_"))
        return m if (m and t[:1].isupper() and not t.endswith(".")
                     and len(m["rest"].split()) <= V.TYPE_TITLE_WORDS
                     and not re.match(r"so\s*\d", m["rest"])  # "Quyết định số 12/QĐ-UBND …": a cited document
                     and not V.SENTENCE_DUTY_RE.search(m["rest"])) else None
    if upper_ratio(line.text) < 0.9:
        return None
    m = V.TYPE_RUN_ON_RE.match(line.view.strip(" *"))
    return m if m and len(m["rest"].split()) <= V.TYPE_RUN_ON_WORDS else None


def _closes_a_sentence(lines: list[Line], i: int) -> bool:
    """The line ``i``, not in capitals, opens a paragraph of prose: it or the lines that go on with it (opening in
    small letters, no blank between) end with a full stop ("Kế hoạch tổ chức Tết … được triển khai" / "đến các
    thôn."). A trích yếu never ends so."""
    if upper_ratio(lines[i].text) > 0.9:
        return False
    j = i + 1
    while j < len(lines) and not lines[j].blank and lines[j].text.lstrip(" *_")[:1].islower():
        j += 1
    return lines[j - 1].text.rstrip(" *_").endswith(".")


def _under_header(lines: list[Line], limit: int) -> int | None:
    """Index of the first line under the header (the title's place): the first non-blank line after a số ký hiệu
    or a place-date line that is no header part itself (motto, separator, "*", number, place-date); None when the
    first ``limit`` lines hold neither a number nor a place-date."""
    seen = False
    for i in range(limit):
        ln = lines[i]
        v = ln.view.strip(" *_")
        if ln.blank or not v.strip("-=~. "):
            continue
        if _opens_with_place_date(ln) or V.NUMBER_LINE_RE.match(v):
            seen = True
        elif V.MOTTO_RE.search(ln.view) or V.SEPARATOR_RE.match(ln.text) or re.fullmatch(r"doc lap.*", v):
            continue
        elif seen:
            return i
    return None


def _type_line_body(line: Line, whole: bool = False) -> str | None:
    """The issuing body a type line names after its type ("CỦA BỘ CHÍNH TRỊ" of "THÔNG BÁO KẾT LUẬN CỦA BỘ
    CHÍNH TRỊ"), or the trích yếu's words a type line runs on into ("LÀM VIỆC" of "QUY CHẾ LÀM VIỆC"), as printed:
    the trích yếu's first words, None when the line holds the type alone."""
    of = V.TYPE_OF_BODY_RE.match(line.view)
    if of and V.TYPE_LINE_RE.match(of["type"]):
        return line.text[of.start("of"):of.end("of")]
    run = None if _is_type_line(line) else _run_on_type(line, whole)
    return line.text[len(line.text) - len(line.text.lstrip(" *")) + run.start("rest"):].strip(" *") if run else None


def _continues(lines: list[Line], i: int, stop: int, above: str = "", body: str = "") -> bool:
    """The next non-blank line continues the issuer's name ("ỦY BAN NHÂN DÂN" / blank / "TỈNH X"), also when
    it opens with the second word of a head the line ``above`` ends with ("CHỦ TỊCH ỦY" / blank / "BAN NHÂN DÂN"),
    or names the committee of the Party unit ``above`` names ("ĐẢNG BỘ TỈNH X" / blank / "ĐẢNG ỦY XÃ Y":
    :data:`vocab.PARTY_UNIT_PARENT_RE`), or a body under the local People's Committee the issuer's lines so far
    (``body``) name in full ("ỦY BAN NHÂN DÂN TỈNH X" / blank / "ỦY BAN NHÂN DÂN XÃ Y": :data:`vocab.STATE_PARENT_RE`)."""
    while i < stop and lines[i].blank:
        i += 1
    if i >= stop:
        return False
    ln = lines[i]
    v = ln.view.strip(" *")
    return (upper_ratio(ln.text) > 0.6 and not V.MOTTO_RE.search(v)
            and (not V.ORG_HEAD_RE.match(v) or _head_cut(above, ln.text) or V.PARTY_UNIT_PARENT_RE.match(fold(above).strip(" *"))
                 or V.STATE_PARENT_RE.match(re.sub(r"\s+", " ", fold(body)).strip(" *")) or _lower_branch(body, v))
            and not V.NUMBER_LINE_RE.match(v) and not V.SEPARATOR_RE.match(ln.text))


#: (ocr45) a body named with its level and place, folded: the words before the level, the level ("HỘI KHUYẾN HỌC TỈNH
#: THANH HÓA": "hoi khuyen hoc", "tinh")
_LEVELLED_BODY_RE = re.compile(r"^(?P<head>[a-z].{2,60}?)\s+(?P<level>tinh|thanh pho|huyen|quan|thi xa)\s+\S")
#: the levels under each level a body may have a branch at
_LOWER_LEVELS = {"tinh": ("thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "dac khu", "thi tran"),
                 "thanh pho": ("huyen", "quan", "thi xa", "xa", "phuong", "thi tran"),
                 "huyen": ("xa", "thi tran"), "quan": ("phuong",), "thi xa": ("xa", "phuong")}


def _lower_branch(body: str, v: str) -> bool:
    """``v`` (a line's folded view) names the branch one level down of the body the issuer's lines so far (``body``)
    name: "HỘI KHUYẾN HỌC TỈNH THANH HÓA" / blank / "HỘI KHUYẾN HỌC XÃ QUẢNG NHÂN", "HỘI NÔNG DÂN HUYỆN X" / "HỘI NÔNG
    DÂN XÃ Y" — a mass organisation's branch signs under its parent as a xã's Ban under its UBND does
    (:data:`vocab.STATE_PARENT_RE`); without it a scan's blank line between the two closed the header on the parent and
    the branch, the issuer, was lost (a43-04 scanned). The same words, then a lower level."""
    m = _LEVELLED_BODY_RE.match(re.sub(r"\s+", " ", fold(body)).strip(" *"))
    if m is None:
        return False
    rest = re.sub(r"\s+", " ", v).strip(" *")
    head = m.group("head") + " "
    return rest.startswith(head) and any(re.match(rf"{lv}\s+\S", rest[len(head):]) for lv in _LOWER_LEVELS[m.group("level")])


def _joined(a: Line, b: Line) -> Line:
    text = a.text + " " + b.text
    seg = a.segs[0] if a.segs else None
    segs = [type(seg)(a.start, b.end, text, fold(text), -1)] if seg else []
    return Line(a.index, a.start, b.end, text, fold(text), a.indent, a.geo, segs)


def _clean_issuer(s: str) -> str:
    s = re.sub(r"[\s\-_=*~.–—]+$", "", s)
    s = _SPECK_END_RE.sub("", s)  # "KIỂM TOÁN NHÀ NƯỚC ˆ" (1760/QĐ-KTNN scanned): a speck beside the motto
    s = _ORNAMENT_RE.sub("", s)  # (ocr45) "\\WW\\": the "***" under a body's name as a scan read it (a43-04 scanned)
    s = re.sub(r"(?<=SỐ)(?=\d)", " ", _unglued(s))  # "KHU DÂN CƯ SỐ5": the number after "SỐ" stands apart
    return re.sub(r"\s+", " ", s.strip(" -_*")).strip()


# a speck a scan reads at a line's end: a lone token of marks ("ˆ", "'", "`", "~", "°"), no letter or digit of a name
_SPECK_END_RE = re.compile(r"(?:\s+[\u02b0-\u02ff\u00b4\u00a8\u00b0'`~^‘’“”\"|,;:]{1,3})+\s*$")
# (ocr45) a token with a backslash: no body's name holds one; a scan reads the ornament under the name so ("\\WW\\")
_ORNAMENT_RE = re.compile(r"(?:^|\s+)\S*\\\S*")
# a run of capitals long enough to be two syllables
_CAPS_RUN_RE = re.compile(r"[^\W\d_]{4,}")


def _unglued(s: str) -> str:
    """An issuer line with the words a scan's OCR ran together parted again ("THÀNH PHỐHÀ", "HỘI ĐỒNG NHÂNDÂN",
    1594/QĐ-TTPVHCC and 70/2025/NQ-HĐND scanned): a run of capitals that is no Vietnamese syllable but parts in
    exactly one place into two that are, each with at most one tone mark, the second opening with a consonant. Codes ("UBND", "TTPVHCC") part nowhere."""
    return _CAPS_RUN_RE.sub(lambda m: _parted(m.group()), s)


def _parted(word: str) -> str:
    from vanban.ocr.restore.lexicon import is_vietnamese_syllable  # noqa: PLC0415 - only for a capitals run

    if not word.isupper() or is_vietnamese_syllable(word):
        return word

    def ok(syl: str) -> bool:
        return is_vietnamese_syllable(syl) and sum(tone_of(c) > 0 for c in syl) <= 1 and tone_fits_final(syl)

    # the second word opens with a consonant: two toned vowels side by side ("THẨẦM") are one garbled syllable
    cuts = [k for k in range(1, len(word)) if fold(word[k]) not in "aeiouy" and ok(word[:k]) and ok(word[k:])]
    if len(cuts) == 1:
        return f"{word[:cuts[0]]} {word[cuts[0]:]}"
    return _respaced(word, ok) or word


#: the most syllables a run of capitals is parted into (a header line's name: "KHUDÂNCƯSỐ" is four)
_MOST_SYLLABLES = 8


def _respaced(word: str, ok) -> str | None:
    """A run of capitals with all its spaces lost ("KHUDÂNCƯSỐ", "UBNDTỈNHQUẢNGTRỊ": a scan's header, a newcomer of
    session 22) parted by the dictionary: into syllables (``ok``) or abbreviations of
    :data:`vanban.abbreviations.ABBREVIATIONS` ("UBND"), each syllable after the first opening with a consonant
    unless the dictionary joins it to the one before, the parting whose neighbours make the most words of
    underthesea's dictionary and the restoration's vocabulary ("khu dân cư", "dân cư") — one best, else None."""
    from vanban.abbreviations import ABBREVIATIONS  # noqa: PLC0415

    if fold(word).lower() in ABBREVIATIONS or not _partable(word, ok, ABBREVIATIONS):
        return None  # "UBND", "TTPVHCC": a code; the dictionary (seconds to read) only for a run that parts at all
    from vanban.ocr.restore.lexicon import dictionary_words, domain_phrases  # noqa: PLC0415

    words = _known_words(dictionary_words, domain_phrases)
    low = word.lower()
    n = len(word)
    # best[i]: (score, pieces) of the best parting of word[:i]
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, ())
    for i in range(n):
        if best[i] is None:
            continue
        score, pieces = best[i]
        if len(pieces) >= _MOST_SYLLABLES:
            continue
        for j in range(i + 1, min(n, i + 7) + 1):
            piece = word[i:j]
            code = fold(piece).lower() in ABBREVIATIONS and piece.isupper()
            if not (code or ok(piece)):
                continue
            gain = 0
            if pieces:
                pair = f"{pieces[-1].lower()} {low[i:j]}"
                triple = f"{pieces[-2].lower()} {pair}" if len(pieces) > 1 else ""
                gain = 2 * (pair in words) + (triple in words)
                if not gain and fold(piece[0]).lower() in "aeiouy" and not code:
                    continue  # a syllable opening with a vowel only where the dictionary joins it to the one before
            cand = (score + gain - 1, pieces + (piece,))
            if best[j] is None or cand[0] > best[j][0]:
                best[j] = cand
    done = best[n]
    if done is None or len(done[1]) < 2:
        return None
    return " ".join(done[1])


def _partable(word: str, ok, codes) -> bool:
    """``word`` parts wholly into syllables and codes (no dictionary: whether to read it at all)."""
    reach = {0}
    for i in range(len(word)):
        if i in reach:
            reach.update(j for j in range(i + 1, min(len(word), i + 7) + 1)
                         if ok(word[i:j]) or fold(word[i:j]).lower() in codes)
    return len(word) in reach


_KNOWN: set[str] = set()


def _known_words(dictionary_words, domain_phrases) -> set[str]:
    """The dictionary's words of two or three syllables, lower case (read once)."""
    if not _KNOWN:
        _KNOWN.update(w for w in dictionary_words() if 1 <= w.count(" ") <= 2)
        _KNOWN.update(p.lower() for p in domain_phrases() if 1 <= p.count(" ") <= 2)
        _KNOWN.add("")
    return _KNOWN


def _bodies(lines: list[str]) -> list[str]:
    """Issuer lines grouped into bodies: a line opening with a body's head word
    starts a new body unless the line above ends with a connector, is a bare head word
    or is one word alone (a cell wrapped by the page: "VĂN" / "PHÒNG CHÍNH PHỦ")."""
    bodies: list[str] = []
    lines = _committee_head_down(_office_apart(lines))
    for k, ln in enumerate(lines):
        v = fold(ln)
        if bodies and _wrapped_word(lines, k):
            bodies[-1] += " " + ln
        elif bodies and _council_standing(bodies[-1], ln):
            bodies.append(ln)  # "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI" / "THƯỜNG TRỰC": no head word, a body of its own
        elif bodies and (not V.ORG_HEAD_RE.match(v) or V.CONNECTOR_END_RE.search(fold(bodies[-1]))
                       or fold(bodies[-1]) in V.BARE_HEADS or len(bodies[-1].split()) == 1
                       or (len(bodies) == 1 and fold(bodies[-1]).strip() in V.OFFICE_TITLES)
                       or _head_spans(bodies[-1], ln) or _head_cut(bodies[-1], ln) or _head_before_and(v)):
            bodies[-1] += " " + ln
        else:
            bodies.append(ln)
    if len(bodies) > 1 and len(bodies[-1].split()) == 1:
        # one word alone under a body is that body's name wrapped, no body of its own ("SỞ NÔNG NGHIỆP VÀ MÔI" /
        # "TRƯỜNG", a17-05 legacy and scanned: "TRƯỜNG" opens a school's name, and the issuer read "TRƯỜNG")
        bodies[-2:] = [bodies[-2] + " " + bodies[-1]]
    return [part for b in bodies for part in _sub_body_apart(b)]


def _wrapped_word(lines: list[str], k: int) -> bool:
    """``lines[k]`` is one word alone that ends the body above, the next line opening a body of its own: the parent's
    name wrapped by the page ("BỘ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG" / "CỤC QUẢN LÝ ĐẤT ĐAI", t21-07 scanned: the issuer read
    "TRƯỜNG CỤC QUẢN LÝ ĐẤT ĐAI"). A bare head ("BỘ" / "CÔNG AN") or a head cut by the break ("VĂN" / "PHÒNG …") is
    the next body's start, not a wrapped word."""
    ln = lines[k]
    if k == 0 or k + 1 >= len(lines) or len(ln.split()) != 1 or fold(ln).strip() in V.BARE_HEADS:
        return False
    nxt = lines[k + 1]
    return (bool(V.ORG_HEAD_RE.match(fold(nxt))) and len(nxt.split()) > 1
            and not _head_spans(ln, nxt) and not _head_cut(ln, nxt))


def _sub_body_apart(body: str) -> list[str]:
    """A local authority's full name with a body it heads run on after it, as two bodies: the parent, then the issuer
    (:data:`vocab.SUB_BODY_ON_PARENT_RE`, :data:`vocab.COMMITTEE_ON_DANG_BO_RE`: a scan read the two header lines as
    one, or wrapped them inside the second line's head)."""
    m = V.SUB_BODY_ON_PARENT_RE.match(body) or V.COMMITTEE_ON_DANG_BO_RE.match(body)
    if m:
        return [m.group("parent"), m.group("body")]
    m = V.COUNCIL_STANDING_END_RE.search(fold(body))
    if m and V.COUNCIL_RE.match(fold(body)) and len(fold(body)) == len(body):  # "HĐND TỈNH X THƯỜNG TRỰC" on one line
        return [body[:m.start()], body[m.start(1):]]
    return [body]


def _council_standing(above: str, line: str) -> bool:
    """``line`` names a People's Council's standing committee under its council ``above`` (:data:`vocab.COUNCIL_STANDING_RE`)."""
    return bool(V.COUNCIL_STANDING_RE.match(fold(line).strip()) and V.COUNCIL_RE.match(fold(above)))


#: a Đảng bộ's name with its committee's head word run on at its end ("ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG ỦY"), folded
_COMMITTEE_HEAD_END_RE = re.compile(r"^dang bo\s.+\s(dang uy)$")


def _committee_head_down(lines: list[str]) -> list[str]:
    """Issuer lines with a committee's head word a scan read onto the Đảng bộ's line above put back before its body
    ("ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG ỦY" / "ỦY BAN NHÂN DÂN TỈNH", t27-01 scanned, printed "ĐẢNG BỘ TỈNH LÀO CAI" / "ĐẢNG ỦY
    ỦY BAN NHÂN DÂN TỈNH"): a Đảng bộ's name never ends with "Đảng ủy", the committee's name goes on below."""
    out = list(lines)
    for k in range(len(out) - 1):
        m = _COMMITTEE_HEAD_END_RE.match(fold(out[k]).strip())
        if m and len(fold(out[k])) == len(out[k]):
            out[k], out[k + 1] = out[k][:m.start(1)].rstrip(), out[k][m.start(1):] + " " + out[k + 1]
    return out


def _office_apart(lines: list[str]) -> list[str]:
    """Issuer lines with a bare "VĂN PHÒNG" that ends a line under the first one put on a line of its own: a scan read
    the office's line onto its parent's place ("ỦY BAN NHÂN DÂN THÀNH PHỐ" / "HẢI PHÒNG VĂN PHÒNG", t20-05 scanned:
    the parent and its office were read as one issuer)."""
    out: list[str] = []
    for k, ln in enumerate(lines):
        words = ln.split()
        if k and len(words) > 2 and fold(" ".join(words[-2:])) == fold(V.CENTRAL_OFFICE[0]):
            out += [" ".join(words[:-2]), " ".join(words[-2:])]
        else:
            out.append(ln)
    return out


def _head_spans(above: str, line: str) -> bool:
    """A body's head word cut by the line break ("VĂN" / "PHÒNG CHÍNH PHỦ"): the head read
    across the two lines runs past the line above, so the line is no body of its own."""
    m = V.ORG_HEAD_RE.match(fold(above + " " + line))
    return bool(m) and m.end() > len(fold(above).rstrip())


def _head_before_and(folded: str) -> bool:
    """``folded`` (a folded issuer line) opens with a head word and "và" right after it: no body's name, which goes
    on from its head ("PHÒNG GIÁO DỤC"), but the second syllable of a word of the line above wrapped by the page
    ("HỘI ĐỒNG GIÁO DỤC QUỐC" / "PHÒNG VÀ AN NINH": "quốc phòng và an ninh"; a41-08 scanned read the issuer
    "PHÒNG VÀ AN NINH" and the council the parent)."""
    m = V.ORG_HEAD_RE.match(folded)
    return bool(m) and folded[m.end():].lstrip().startswith("va ")


def _head_cut(above: str, line: str) -> bool:
    """A two-word head cut by the line break after its first word: "CHỦ TỊCH ỦY" / "BAN NHÂN DÂN" (144/2025/QĐ-CTUBND,
    legacy OCR) reads "ỦY BAN" across the break. A line ending with a whole head ("TỈNH ỦY" / "BAN TUYÊN GIÁO")
    or with a head word alone ("BỘ" / "CÔNG AN") is no cut head: those are bodies of their own or a bare head."""
    words = fold(above).split()
    if not words:
        return False
    m = V.ORG_HEAD_RE.match(words[-1] + " " + fold(line).strip(" *"))
    if not m or m.end() <= len(words[-1]) + 1:
        return False
    return not any((h := V.ORG_HEAD_RE.match(" ".join(words[-k:]))) and h.end() == len(" ".join(words[-k:]))
                   for k in (1, 2, 3))


def _issuer_name(bodies: list[str]) -> tuple[str | None, str | None]:
    if not bodies:
        return None, None
    issuer = bodies[-1]
    parent = " – ".join(bodies[:-1]) or None
    if parent and V.CENTRAL_COMMITTEE_RE.search(fold(bodies[-2])):
        if fold(issuer) == fold(V.CENTRAL_OFFICE[0]):
            issuer = V.CENTRAL_OFFICE[1]
        elif fold(issuer).startswith("ban ") and "trung uong" not in fold(issuer):
            issuer = issuer + " TRUNG ƯƠNG"
    elif parent and fold(issuer) == fold(V.CENTRAL_OFFICE[0]):
        issuer = f"{issuer} {_body_without_place(bodies[-2])}"
    elif parent and V.PARTY_DEPARTMENT_RE.match(fold(issuer).strip()) and V.LOCAL_COMMITTEE_RE.match(fold(bodies[-2]).strip()):
        issuer = f"{issuer} {_body_without_place(bodies[-2])}"  # "TỈNH ỦY QUẢNG NINH" / "BAN TỔ CHỨC": Ban Tổ chức Tỉnh ủy
    elif parent and V.PARTY_DEPARTMENT_RE.match(fold(issuer).strip()) and (
            unit := V.PARTY_UNIT_LEVEL_RE.match(fold(bodies[-2]).strip())):
        committee = V.PARTY_UNIT_COMMITTEES[unit.group("level")]  # "ĐẢNG BỘ TỈNH X" / "ỦY BAN KIỂM TRA": of the Tỉnh ủy
        issuer = f"{issuer} {committee if issuer.isupper() else committee.capitalize()}"
    elif parent and V.STANDING_BOARD_RE.match(fold(issuer).strip()) and V.STANDING_BOARD_PARENT_RE.match(fold(bodies[-2]).strip()):
        # "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ" / "BAN THƯỜNG TRỰC": the Front committee's standing board, named in full
        issuer = f"{issuer} {_spelt_out(bodies[-2], V.HEADER_ABBREVIATIONS)}"
    elif parent and _council_standing(bodies[-2], issuer):
        # "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI" / "THƯỜNG TRỰC": the council's standing committee, named after its council
        issuer = f"{issuer.split()[0]} {issuer.split()[1]} {_spelt_out(bodies[-2], V.COUNCIL_ABBREVIATIONS)}"
    return issuer, parent


def _spelt_out(name: str, abbreviations: dict[str, str]) -> str:
    """``name`` with each abbreviation of ``abbreviations`` written as a whole word ("MTTQ", "HĐND") spelt out."""
    return re.sub(r"(?<!\w)(?:%s)(?!\w)" % "|".join(abbreviations), lambda m: abbreviations[m.group()], name)


#: the level words of a body's name before its place ("UBND TỈNH | QUẢNG NINH", "ĐẢNG ỦY XÃ | HƯNG ĐẠO"), folded, each
#: as its words, longest first (:data:`vanban.place_nouns.ADMIN_LEVELS`)
_LEVEL_WORDS = tuple(w.split() for w in ADMIN_LEVELS)


def _body_without_place(body: str) -> str:
    """The office a bare "VĂN PHÒNG" serves, named as its text names it: its parent body up to the level of
    that body, the place left to the parent ("UBND TỈNH QUẢNG NINH" → "UBND TỈNH", a15-07's "Văn phòng UBND tỉnh";
    "ĐẢNG ỦY XÃ HƯNG ĐẠO" → "ĐẢNG ỦY XÃ", "TỈNH ỦY X" → "TỈNH ỦY"); a body with no level word ("BỘ TÀI CHÍNH") whole.
    "VĂN PHÒNG" alone names no body (issue 9: under "BAN CHẤP HÀNH TRUNG ƯƠNG" it is Văn phòng Trung ương Đảng)."""
    words = body.split()
    folded = [fold(w).lower() for w in words]
    for i, w in enumerate(folded):
        if i + 1 < len(folded) and folded[i + 1] == "uy" and w in V.COMMITTEE_LEVELS:
            return " ".join(words[:i + 2])  # "TỈNH ỦY", "HUYỆN ỦY": the Party committee of that level
        for level in _LEVEL_WORDS:
            if folded[i:i + len(level)] == level and i > 0:
                return " ".join(words[:i + len(level)])
    return body


def _number(text: str) -> str | None:
    """The symbol after "Số:"; None when the clerk's blank is still there."""
    # "Sở: 5095/SGDĐT-…": restoration's spelling of eng OCR's "S6:" (5095/SGDĐT-CTTTHSSV); a body "Sở …" has no colon
    # a second look-alike ("S06:", "S60:") only before no digit: "Số07/CT-UBND" (a scan lost the space) keeps its 0
    rest = re.sub(r"^(?:[Ss][ốôoO6ỐÔ0](?:[ốôoO6ỐÔ0](?!\d))?\s*[:.]?|[Ss][ởỞơƠ]\s*:)\s*", "", text.strip()).strip().translate(SEPARATOR_LOOKALIKES)
    rest = rest.lstrip("'\"`‘’“”_,.:; ")  # a scan's specks before the number ("'138/2025/QĐ- UBND. :")
    if V.BLANK_SYMBOL_RE.match(rest) and not rest[:1].isdigit():
        return None
    if tail := V.SYMBOL_PLACE_TAIL_RE.search(rest):
        rest = rest[:tail.start()]  # "65/2025/NQ-HĐND - Hà Nội, ngày 27": the place-date of the right cell is no code
    m = V.SYMBOL_RE.match(rest) or V.SYMBOL_RE.match(_SLASH_LOST_RE.sub(r"\g<n>/", rest))
    if not m:
        return None
    return re.sub(r"\s+", "", m.group("sym")).rstrip(".,;")


#: (ncfix47a) the rest of a symbol its narrow cell wrapped after a hyphen or a slash: one run of capitals, digits and
#: the symbol's own marks ("UBND", "VPCP", "BNN-TC", "2025/QĐ-UBND"), nothing else on its line
_SYMBOL_REST_RE = re.compile(r"[A-ZĐ0-9][A-ZĐ0-9.&]*(?:\s?[-/]\s?[A-ZĐ0-9][A-ZĐ0-9.&]*)*")


def _wrapped_symbol_rest(lines: list[Line], at: int, end: int, run: str) -> tuple[str, Line] | None:
    """(ncfix47a) (rest, the rest's line) of a số ký hiệu its cell wrapped after a hyphen or a slash — ``run`` the
    number's text on line ``at`` ("Số: 2568/QĐ-") — else None.

    Why: a header cell narrower than the symbol (a PDF or a scan of a Word table whose columns collapsed, a copy of the
    cell's lines) prints "Số: 2568/QĐ-" ⏎ "UBND" or "Số:" ⏎ "624/KH-" ⏎ "UBND"; the symbol's pattern stops at the line's
    end and "2568/QĐ" was kept (session 47's newcomer, 2568/QĐ-UBND, 624/KH-UBND, 641/TB-VPCP as PDFs). A line whose
    symbol ends with its separator goes on in the next filled line of its column when that line is the rest alone
    (:data:`_SYMBOL_REST_RE`): with geometry, in the same cell or column and under the symbol (x ranges overlap);
    without, the first run of the line."""
    ln = lines[at]
    if not re.search(r"[\wĐđ]\s?[-/]$", run.rstrip(" *")):
        return None
    nxt = next((x for x in lines[at + 1:min(at + 3, end)] if not x.blank), None)
    if nxt is None or not nxt.segs:
        return None
    if ln.geo is not None and nxt.geo is not None:
        if (ln.geo.table, ln.geo.col, ln.geo.column) != (nxt.geo.table, nxt.geo.col, nxt.geo.column):
            return None
        if None not in (ln.geo.x0, ln.geo.x1, nxt.geo.x0, nxt.geo.x1) and (
                nxt.geo.x0 >= ln.geo.x1 or nxt.geo.x1 <= ln.geo.x0):
            return None
    rest = nxt.segs[0].text.strip(" *").rstrip(".,;")
    if not _SYMBOL_REST_RE.fullmatch(rest) or not re.search(r"[A-ZĐ]", rest):
        return None
    return re.sub(r"\s+", "", rest), nxt


# a state number whose "/" a scan lost between the number and the type code: "Số: 15CT-UBND" (15/CT-UBND), "15 KH-UBND",
# or read as a dot: "Số: 45.NQ-HĐND" (45/NQ-HĐND); the letters are a type code vanban knows (its Đ maybe read as D), a
# hyphen and an issuer's code after them. (ncfix54b) The same after a year ("56/2025.NQ-HĐND") and a slash kept with a
# speck after it ("Số: 56/2025⁄.NQ-HĐND", a fraction slash and a dot: Nghị quyết 56/2025/NQ-HĐND scanned at 200 dpi);
# the codes are every type code a symbol names, a Công điện's CĐ too ("Số:226CĐ-TTg", Công điện 226/CĐ-TTg scanned:
# the number was left empty, so the scan dropped out of number search and was never grouped with its copies)
_SLASH_LOST_CODES = {c for c in CODE_TYPES if "-" not in c}
_SLASH_LOST_RE = re.compile(r"^(?P<n>\d{1,6}(?:\s?/\s?\d{4})?)(?:\s?/)?(?:\s?\.)?\s?(?=(?:%s)\s?-\s?[A-ZĐ])" % "|".join(
    sorted({*_SLASH_LOST_CODES, *(c.replace("Đ", "D") for c in _SLASH_LOST_CODES)}, key=len, reverse=True)))


#: what a scan prints before a header's "Số": specks ("_ SỐ:") and the Party header's star, which the OCR of a Party
#: document joins to the number line under it ("* Số 38-KH/ĐU")
_NUMBER_SPECKS = "_'`‘’.,-* "


def read_header(lines: list[Line], view: str, text: str) -> tuple[DocHeader, TitleInfo]:
    """Header fields and title block of a document from its first lines (the motto's misread lines snapped first:
    :mod:`.motto_snap`)."""
    limit = min(len(lines), _HEAD_LINES)
    snap_mottos(lines, limit)
    type_idx = None
    run_whole = False  # the type line holds the whole trích yếu (:func:`_run_on_type`)
    for i in range(limit):
        t = _is_type_line(lines[i])
        if t is None and i + 1 < len(lines) and not lines[i].blank and not lines[i + 1].blank \
                and len(lines[i].text) < 20:
            t = _is_type_line(_joined(lines[i], lines[i + 1]))  # "QUYẾT" / "ĐỊNH" in a narrow cell
            if t:
                lines[i] = _joined(lines[i], lines[i + 1])
                lines[i + 1] = Line(i + 1, lines[i + 1].end, lines[i + 1].end, "", "", 0, lines[i + 1].geo)
        if t:
            type_idx = i
            break
    if type_idx is None and not any(V.VV_RE.match(ln.view) for ln in lines[:limit]):
        type_idx = next((i for i in range(limit) if _run_on_type(lines[i])), None)  # "QUY CHẾ LÀM VIỆC"
        under = _under_header(lines, limit)
        if type_idx is None and under is not None and _run_on_type(lines[under], whole=True) \
                and not _closes_a_sentence(lines, under):
            type_idx, run_whole = under, True  # "QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ …" on one line
    zone_end = type_idx if type_idx is not None else limit
    title_from = type_idx + 1 if type_idx is not None else None
    if type_idx is not None and _in_region(lines[type_idx]):
        # a flush-left type line with no blank paragraph above it is read into the header's
        # left column (PDF export of a DOCX): the header goes on to the end of the region,
        # the trích yếu starts after it
        k = type_idx + 1
        while k < len(lines) and _in_region(lines[k]) and lines[k].geo.table == lines[type_idx].geo.table:
            k += 1
        zone_end, title_from = k, k
    parts: list[Part] = []
    issuer_lines: list[str] = []
    issuer_runs: list[tuple[int, int, str]] = []  # (line, x, text): issuers side by side read by column
    issuer_closed = False
    rule_groups: list[list[tuple[int, int, str]]] = []
    rule_parts: list[Part] = []  # issuer runs under the rule that closed a body's cell
    after_rule = False  # past a rule under the issuer, before the motto, number or date: another body may follow
    issuer_cell = None
    number = None
    vv_idx = None
    number_seen = False
    number_line = None  # index of the line holding the số ký hiệu
    skip_next = False
    motto_apart: set[int] = set()  # the second half of a motto read two lines below its first (see below)
    motto_rest: list[str] = []  # (scan48) the motto's words a line above left for a line below ("… CHỦ NGHĨA VIỆT" / "NAM")
    rest_lines = 0  # filled lines the motto's rest is still looked for on
    for i in range(zone_end):
        ln = lines[i]
        if i == type_idx:
            continue
        if skip_next:
            skip_next = False
            continue
        if i in motto_apart:
            continue
        rest_here = motto_rest if not ln.blank and rest_lines > 0 else []
        rest_lines -= 0 if ln.blank else 1
        if i + 1 < zone_end and len(ln.segs) == 1 and not V.MOTTO_RE.search(ln.view) and lines[i + 1].segs:
            both = ln.view.strip(" *") + " " + lines[i + 1].segs[0].view.strip(" *")
            mm = V.MOTTO_RE.match(both)
            if mm and mm.end() > len(ln.view.strip(" *")) + 2:  # "ĐẢNG" / "CỘNG SẢN VIỆT NAM"
                parts.append(Part("motto", ln.start, lines[i + 1].segs[0].end))
                skip_next = True
                continue
            if (i + 2 < zone_end and not lines[i + 1].blank and not V.MOTTO_RE.search(lines[i + 1].view)
                    and len(lines[i + 2].segs) == 1):
                # (ncfix52a) "ĐẢNG" / "BAN" / "CỘNG SẢN VIỆT NAM" / "CHẤP HÀNH TRUNG ƯƠNG": a borderless two-column
                # header read line by line across both cells (221-KL/TW as a text PDF, session 52's newcomer: the
                # issuer read "ĐẢNG BAN CỘNG SẢN VIỆT NAM CHẤP HÀNH TRUNG ƯƠNG"): the motto's halves two lines apart
                apart = ln.view.strip(" *") + " " + lines[i + 2].view.strip(" *")
                mm = V.MOTTO_RE.match(apart)
                if mm and mm.end() == len(apart):
                    parts.append(Part("motto", ln.start, ln.end))
                    parts.append(Part("motto", lines[i + 2].start, lines[i + 2].end))
                    motto_apart.add(i + 2)
                    continue
        if ln.blank:
            if issuer_lines and ln.geo is None and not issuer_closed:
                issuer_closed = not _continues(lines, i + 1, zone_end, issuer_lines[-1], " ".join(issuer_lines))
            continue
        other_col = False
        if issuer_cell is not None and ln.cell is not None and ln.cell != issuer_cell:
            # a header table read row by row: the issuer's column goes on below
            # ("UBND TỈNH X" / "SỞ CÔNG THƯƠNG" in rows 0 and 1 of column 0) past
            # the motto cells of the other column; another table ends it
            if ln.cell[0] != issuer_cell[0]:
                issuer_closed, after_rule = True, False
            other_col = ln.cell[0] == issuer_cell[0] and ln.cell[2] != issuer_cell[2]
        if type_idx is None and (
                (not parts and not issuer_lines and (_opens_prose(ln) or _opens_body_part(ln))) or
                # … or, past the số ký hiệu, a sentence of the body ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP" / "Số: 12/KH-UBND" /
                # "Các thôn báo cáo kết quả trước ngày 15/12/2027, …": the final newcomer of session 17's one-line file)
                (number_seen and vv_idx is None and not _VV_MISREAD_RE.match(ln.view.strip(" *")) and _opens_prose(ln)) or
                V.KINH_GUI_RE.match(ln.view) or _wrapped_kinh_gui(lines, i) or (
                    V.BASIS_RE.match(ln.view) and (number_seen or vv_idx is not None or ln.text.lstrip("-+• ")[:1].isupper()))):
            # no type line: a Kính gửi or a Căn cứ paragraph is past the header (a pasted
            # excerpt may start with it)
            zone_end = i
            break
        for k, sg in enumerate(ln.segs):
            if rest_here and (tail := _motto_tail(ln, k, rest_here)) is not None:
                rest_here = motto_rest = []
                parts.append(Part("motto", sg.start + tail, sg.end))
                head = sg.text[:tail].rstrip()
                if not head.strip(" *-–—_.,"):
                    continue
                sg = type(sg)(sg.start, sg.start + len(head), head, sg.view[:len(head)], sg.col)
            v = sg.view.strip(" *")
            if issuer_lines and V.ORGANISATION_LINE_RE.fullmatch(v):
                parts.append(Part("motto", sg.start, sg.end))  # the Đoàn's line beside or under its body's name
                continue
            mm = V.MOTTO_RE.search(sg.view)
            if mm:
                at = mm.start()
                lead = _MOTTO_LEAD_RE.search(sg.view, 0, at)
                at = lead.start() if lead else at  # "… XÃ ĐỒN(ĐỘNG HÒA XÃ HỘI CHỦ NGHĨA …": its CỘNG misread
                parts.append(Part("motto", sg.start + at, sg.end))
                motto_rest, rest_lines = _motto_left(sg.view[at:]), _MOTTO_REST_LINES
                after_rule = False
                if at < 4 or issuer_closed:
                    continue
                # "ĐẢNG BỘ TỈNH X ĐẢNG CỘNG SẢN VIỆT NAM": the columns joined by one space
                head = sg.text[:at].rstrip(" (")
                sg = type(sg)(sg.start, sg.start + len(head), head, sg.view[:len(head)], sg.col)
                v = sg.view.strip(" *")
            if V.SEPARATOR_RE.match(sg.text):
                if issuer_lines and (not issuer_closed or after_rule) and not (rule_groups and not rule_groups[-1]):
                    after_rule = True  # a rule under a body's name: a joint document's next body may follow (a29-05)
                    rule_groups.append([])
                if issuer_lines:
                    issuer_closed = True
                continue
            sv = v.lstrip(_NUMBER_SPECKS)  # a scan's specks before "Số:" ("_ SỐ:")
            so_text = sg.text.lstrip(_NUMBER_SPECKS)
            if V.NUMBER_LINE_RE.match(sv) and (number_seen is False) and not _SO_BODY_RE.match(so_text):
                number_seen = issuer_closed = True
                after_rule = False
                number_line = i
                number = _number(so_text)
                if number is None and re.fullmatch(r"[\W_]*s\S{0,2}\s*[:.]?[\W_]*", v):
                    # "Số:" / "02200/QĐ-UBND", or with a blank line between (legacy OCR)
                    nxt = next((x for x in lines[i + 1:min(i + 3, zone_end)] if not x.blank), None)
                    number = _number("Số: " + nxt.text) if nxt is not None else None
                    if number:  # the number line runs on to the symbol's line: no citation of itself
                        sg = type(sg)(sg.start, nxt.end, sg.text, sg.view, sg.col)
                        number_line = nxt.index
                    else:  # a bare "Số" with no symbol near (a legacy OCR's stray copy of the label above the motto,
                        number_seen = False  # a28-02): the header's own "Số 05-NQ/ĐU" further down is the number
                run = so_text if number_line == i else "Số: " + lines[number_line].text
                if (rest := _wrapped_symbol_rest(lines, number_line, zone_end, run)) is not None \
                        and (joined := _number(run.rstrip(" *") + rest[0])):
                    number = joined  # "Số: 2568/QĐ-" / "UBND", "Số: 12/2025/" / "QĐ-UBND" in a narrow cell
                    sg = type(sg)(sg.start, rest[1].end, sg.text, sg.view, sg.col)
                    number_line = rest[1].index
                if vv_idx is None and number and _VV_AFTER_NUMBER_RE.search(sv):
                    vv_idx = i  # "Số: 1186/SNNMT-CNTY V/v hướng dẫn …": the trích yếu opens on the number's line
                parts.append(Part("number", sg.start, sg.end))
                continue
            lone = None if number_seen else _LONE_SYMBOL_RE.fullmatch(sg.text.strip().translate(SEPARATOR_LOOKALIKES))
            if lone:  # the symbol alone, its "Số:" lost or misread ("B8:", 44/2025/QĐ-UBND scanned): never the issuer
                number_seen = issuer_closed = True
                after_rule = False
                number = lone.group("sym")
                parts.append(Part("number", sg.start, sg.end))
                continue
            if vv_idx is None and (V.VV_RE.match(v) or (
                    type_idx is None and number_line is not None and 0 < i - number_line <= 2 and _VV_MISREAD_RE.match(v))):
                vv_idx = i
                issuer_closed, after_rule = True, False
                continue
            if V.PLACE_DATE_RE.search(v) or re.search(r"ng[a4]y\s.{0,40}?th[a4]ng|th[a4]ng\s+\d+\s+n[a4]m", v):
                issuer_closed, after_rule = True, False
                continue
            if ((not issuer_closed or after_rule) and not other_col and upper_ratio(sg.text) > 0.6
                    and sum(c.isalpha() for c in sg.text) >= 2
                    and not V.KINH_GUI_RE.match(v) and not V.COLUMN_HEADER_RE.fullmatch(fold(v).strip(" .:"))):
                cleaned = _clean_issuer(sg.text)
                if cleaned and issuer_closed:
                    rule_groups[-1].append((i, sg.start - (ln.start - ln.indent), cleaned))
                    rule_parts.append(Part("issuer", sg.start, sg.end))
                elif cleaned:
                    issuer_lines.append(cleaned)
                    issuer_runs.append((i, sg.start - (ln.start - ln.indent), cleaned))
                    issuer_cell = ln.cell
                    parts.append(Part("issuer", sg.start, sg.end))
            elif after_rule:
                after_rule = False  # the motto, the number, the date or a line of another kind: no body follows
    if not number_seen:
        lone = _lone_symbol(lines, zone_end)
        if lone is not None:
            number, part = lone
            parts.append(part)
    zone_start = lines[0].start if lines else 0
    zone_stop = lines[zone_end - 1].end if zone_end else 0
    place = date = None
    m = _place_date(view, text, zone_start, max(zone_stop, zone_start)) or _place_date_beside(lines, zone_end, view)
    year_apart = None if m else _place_date_year_apart(lines, view, zone_end)
    split = None if m or year_apart else _place_date_split(lines, view, zone_end)
    if year_apart:
        m, year_line = year_apart
        parts.append(Part("place_date", year_line.start, year_line.end))
    if split:
        m, rest_line = split
        parts.append(Part("place_date", rest_line.start, rest_line.end))
    if m:
        place = re.sub(r"\s+", " ", text[_place_start(view, text, m.start("place"), zone_start):m.end("place")]).strip()
        y = year_line.view.strip(" *_.") if year_apart else m.group("y")
        end = view.find("\n", m.start("d")) if split else m.end()  # a split date's first half ends its line
        end = len(view) if end < 0 else end
        year = repaired_year(y, number, view[:m.start()] + " " * (end - m.start()) + view[end:])
        date = _header_date(m.group("d").strip(), m.group("m").strip(), year or y)
        parts.append(Part("place_date", m.start(), end))
    if type_idx is not None and (k := _displaced_place_line(lines, issuer_lines, title_from or type_idx + 1)) is not None:
        issuer_lines.append(lines[k].text.strip(" *"))  # "ỦY BAN NHÂN DÂN" … "QUYẾT ĐỊNH" / "TỈNH PHÚ THỌ" / "VỀ VIỆC …"
        issuer_runs.append((k, 0, issuer_lines[-1]))
        parts.append(Part("issuer", lines[k].start, lines[k].end))
        title_from = k + 1
    bodies = _bodies(column_order(issuer_runs) if len(issuer_runs) == len(issuer_lines) else issuer_lines)
    bodies = [snap_heads(b) for b in bodies]  # (scan47) "ỦY BAN NHÂN ĐẪN” TỈNH …" (scanned): the head as printed
    issuer, parent = _issuer_name(bodies)
    if issuer and _MOTTO_WORDS_RE.search(re.sub(r"[^\w\s]", "", fold(issuer))):
        issuer, parent = None, None  # a noisy scan's motto fragment ("HỘI CHỦ NGHĨA VIỆT. NAM"): no issuer beats it
    issuer, place = agree_place(issuer, place, text)  # "PHƯỜNG HỒNG HÁT" over "Hồng Hải, ngày …": one place
    if parent and " – " not in parent:
        parent, place = agree_place(parent, place, text)  # "ỦY BAN NHÂN DÂN TỈNH QUẢN NGÃI" over "Quảng Ngãi, ngày …"
    title = _title(lines, type_idx, vv_idx, zone_end, number, title_from, issuer, run_whole)
    if issuer is None and type_idx is not None:
        issuer = (_enacting_body(lines, title.end_index) or _enacting_sentence_body(lines, title.end_index)
                  or preamble_issuer(lines, title.end_index, number, place))  # "…, Đảng ủy phường xây dựng Kế hoạch"
    groups = _body_cells(issuer_lines, issuer_runs, rule_groups) if joint_document(title.type, number) else []
    if len(groups) >= 2:
        # văn bản liên tịch whose bodies each have a cell of their own (a rule under each, or columns side by side):
        # each cell names one issuer, a body printed above it in its cell that issuer's parent (a29-05)
        named = [_issuer_name(_joint_bodies(_bodies(g))) for g in groups]
        issuer = "; ".join(x for x, _ in named if x) or issuer
        parent = "; ".join(p for _, p in named if p) or None
        bodies = [b for g in groups for b in _bodies(g)]
        parts += rule_parts
    elif joint_document(title.type, number) and (len(bodies) >= 2 or len(_joint_bodies(bodies)) >= 2):
        issuer, parent = "; ".join(_joint_bodies(bodies)), None  # văn bản liên tịch: each body of the cell an issuer
    header = DocHeader(issuer=issuer, parent_issuer=parent, printed_issuer=" – ".join(bodies) or None,
                       number=number, place=place, date=date, parts=tuple(sorted(parts, key=lambda p: p.start)))
    return header, title


#: a local authority's name cut before its level and place ("ỦY BAN NHÂN DÂN" alone above the motto), folded
_AUTHORITY_WITHOUT_PLACE = ("uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd")
#: a level and its place on a line of their own ("TỈNH PHÚ THỌ", "XÃ TAM NÔNG"), folded
_LEVEL_PLACE_RE = re.compile(rf"{ADMIN_LEVEL_RE}(?:\s+[^\W\d_]+){{1,4}}")


#: the motto's first line as printed (folded words), which a narrow cell wraps before its last word or words
_MOTTO_WORDS = "cong hoa xa hoi chu nghia viet nam".split()
#: the least of the motto a scan's line may hold before the rest wraps: "CỘNG HÒA XÃ HỘI CHỦ" (a shorter head's rest,
#: "CHỦ NGHĨA VIỆT NAM", is a motto line :data:`vocab.MOTTO_RE` finds by itself)
_MOTTO_HEAD_WORDS = 5


def _motto_left(view: str) -> list[str]:
    """(scan48) The motto's words that ``view`` (from the motto's start to its run's end) leaves for the line below:
    ["nam"] for "cộng hòa xã hội chủ nghĩa việt", ["viet", "nam"] after "… chủ nghĩa"; [] when the run holds the
    whole motto, less than :data:`_MOTTO_HEAD_WORDS` of it, or words of another line after it."""
    words = re.sub(r"[^\w\s]|_", " ", view).split()
    k = len(words)
    if _MOTTO_HEAD_WORDS <= k < len(_MOTTO_WORDS) and words == _MOTTO_WORDS[:k]:
        return _MOTTO_WORDS[k:]
    return []


#: filled lines below the cut motto its wrapped words are looked for on (the issuer's next line, then the words alone)
_MOTTO_REST_LINES = 2
#: a line's right part starts past this share of the page's width (the motto's column)
_RIGHT_HALF = 0.5


def _motto_tail(ln: Line, k: int, rest: list[str]) -> int | None:
    """(scan48) Where in run ``k`` of ``ln`` the motto's wrapped last words ``rest`` (:func:`_motto_left` of the line
    above) stand, at the run's end; None when they do not end it.

    Why: a scan's narrow right cell wrapped "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM", and Tesseract read the word "NAM"
    on one line with what stood left of it under the issuer — the rule under "THỦ TƯỚNG CHÍNH PHỦ" read as letters:
    "KUE yêu NAM" (217/CĐ-TTg scanned by session 47's newcomer); the issuer read "THỦ TƯỚNG CHÍNH PHỦ KUE yêu NAM". The
    words are the motto's, not the issuer's: in the right column when the line's geometry is known (the line reaches
    past the page's middle), else a run of their own (a column gap before them) or the line's only words — "TỈNH
    QUẢNG NAM" alone under a cut motto keeps its "NAM"."""
    sg = ln.segs[k]
    m = re.search(r"(?:^|\s)(" + r"\s+".join(rest) + r")[\s*.,\-–—_]*$", sg.view)
    if m is None:
        return None
    at = m.start(1)
    if at == 0 or not sg.text[:at].strip(" *-–—_.,"):
        return at
    x1 = getattr(ln.geo, "x1", None)
    return at if x1 is not None and x1 > _RIGHT_HALF and len(ln.segs) == 1 else None


def _displaced_place_line(lines: list[Line], issuer_lines: list[str], at: int) -> int | None:
    """Index of the issuer's level-and-place line a legacy OCR read under the type line ("ỦY BAN NHÂN DÂN" above the
    motto … "QUYẾT ĐỊNH" / "TỈNH PHÚ THỌ" / "VỀ VIỆC GIAO CHỈ TIÊU …", t27-07 legacy: the issuer read "ỦY BAN NHÂN
    DÂN", the place opened the trích yếu): the issuer is a local authority's name without its level and place, and
    the first line under the type line is that level and place alone, in capitals; else None."""
    if fold(" ".join(issuer_lines)).strip() not in _AUTHORITY_WITHOUT_PLACE:
        return None
    k = next((j for j in range(at, min(len(lines), at + 3)) if not lines[j].blank), None)
    if k is None or len(lines[k].segs) != 1 or upper_ratio(lines[k].text) < 0.9:
        return None
    return k if _LEVEL_PLACE_RE.fullmatch(fold(lines[k].text).strip(" *")) else None


def _body_cells(issuer_lines: list[str], runs: list[tuple[int, int, str]],
                rule_groups: list[list[tuple[int, int, str]]]) -> list[list[str]]:
    """A joint document's header cells, one per body, each its lines: the issuer's lines and each body's under the rule
    that closed the cell above ("BỘ CÔNG AN" / "CÔNG AN TỈNH X" / "-------" / "BAN CHẤP HÀNH ĐOÀN …" / "TỈNH X" /
    "-------"), or the columns of bodies side by side (:func:`.issuer_columns.column_groups`); [] when the header
    shows no such cells (the bodies stacked in one cell: each an issuer, :func:`_joint_bodies`)."""
    more = [[t for _, _, t in g] for g in rule_groups if g]
    if more and issuer_lines:
        return [issuer_lines, *more]
    if len(runs) == len(issuer_lines):
        return column_groups(runs)
    return []


def _joint_bodies(bodies: list[str]) -> list[str]:
    """A joint document's issuers, each body of the header's cell one — a branch line under a body ("NGÂN HÀNG CHÍNH
    SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH ĐỒNG THÁP", t28-04) goes on that body's name: the branch is the issuer, named after
    the body it belongs to, not a body of its own."""
    out: list[str] = []
    for b in (p for body in bodies for p in _dash_joined(body)):
        if out and V.BRANCH_RE.match(fold(b).strip()):
            out[-1] += " " + b
        else:
            out.append(b)
    return out


def _dash_joined(body: str) -> list[str]:
    """A joint document's bodies printed on one line apart by a dash ("BỘ TÀI CHÍNH - BỘ NỘI VỤ", "ỦY BAN MTTQ VIỆT NAM
    TỈNH AN BÌNH - SỞ Y TẾ TỈNH AN BÌNH"), each a body: cut where a dash between spaces opens a body's head word."""
    pieces = re.split(r"\s+[-–]\s+", body)
    out = [pieces[0]]
    for p in pieces[1:]:
        if V.ORG_HEAD_RE.match(fold(p)):
            out.append(p)
        else:
            out[-1] += " - " + p
    return out


# the type code of a symbol: "KHLT" of "18/KHLT-TĐTN-SGDĐT" (state), of "12-KHLT/HND-SNN" (Party)
_SYMBOL_TYPE_CODE_RE = re.compile(r"^\d[\d.]*(?:/\d{4})?/(?P<s>[A-Za-zĐđ]+)-|^\d+-(?P<p>[A-Za-zĐđ]+)/")


def joint_document(doc_type: str | None, number: str | None) -> bool:
    """True for a văn bản liên tịch — one document of two or more bodies, their names stacked in the header's
    left cell ("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LÂM ĐỒNG" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG"), each of them an
    issuer, not the upper one a parent: its type says so ("KẾ HOẠCH LIÊN TỊCH"; "HƯỚNG DẪN LIÊN NGÀNH" of the Ủy ban
    MTTQ and the UBND of one xã, their names stacked without a rule, t46-09) or its symbol's type code does
    (``JOINT_TYPE_CODES``: KHLT, NQLT, TTLT, QCPH, HDLN …)."""
    if doc_type and re.search(r"\blien (?:tich|nganh)\b", fold(doc_type)):
        return True
    m = _SYMBOL_TYPE_CODE_RE.match(number or "")
    return bool(m) and (m.group("s") or m.group("p")) in JOINT_TYPE_CODES


# a header line that is a document symbol and nothing else: "122/2025/QĐ-UBND" (legacy OCR lost its "Số:")
_LONE_SYMBOL_RE = re.compile(r"[\W_]{0,3}(?P<sym>\d{1,6}(?:/\d{4})?/[A-ZĐ][\wĐ.&]*(?:-[\wĐ.&]+)+|\d{1,6}-[A-ZĐ][\wĐ&]*/[\wĐ.&-]+)[\W_]{0,3}")


def _lone_symbol(lines: list[Line], zone_end: int) -> tuple[str, Part] | None:
    """(number, part) from a header line holding a symbol alone, for a header whose "Số:" label OCR lost:
    "ỦY BAN NHÂN DÂN" / … / "122/2025/QĐ-UBND" / "Huế, ngày 24 …" (122/2025/QĐ-UBND, legacy OCR). The line
    must be one run of the header zone (a date or a cited symbol sits inside a sentence, never alone), the
    symbol in capitals with a code after "/" (state, "122/2025/QĐ-UBND") or "-" (Party, "45-HD/BTCTW")."""
    for ln in lines[:zone_end]:
        if ln.blank or len(ln.segs) != 1:
            continue
        sg = ln.segs[0]
        m = _LONE_SYMBOL_RE.fullmatch(sg.text.strip().translate(SEPARATOR_LOOKALIKES))
        if m:
            return m.group("sym"), Part("number", sg.start, sg.end)
    return None


def _enacting_body(lines: list[Line], k: int) -> str | None:
    """The issuing body named by the enacting authority's line under the title ("CHÍNH PHỦ", "BỘ TRƯỞNG BỘ
    Y TẾ" → "BỘ Y TẾ", "THỦ TƯỚNG CHÍNH PHỦ"), for a header whose issuer cell OCR lost; else None."""
    ln = next((x for x in lines[k:k + 3] if not x.blank), None)
    if ln is None or upper_ratio(ln.text) < 0.8 or len(ln.view.split()) > 12:
        return None
    m = V.ENACTING_RE.match(ln.view)
    if not m:
        return None
    start = 0 if ln.view.startswith("thu tuong") else m.start("body")
    return _clean_issuer(ln.text[start:]) or None


def _enacting_sentence_body(lines: list[Line], k: int) -> str | None:
    """The issuing body named by the enacting sentence that closes the preamble ("Chính phủ ban hành Nghị quyết về
    việc …", 08/2025/NQ-CP, whose header lines eng OCR lost), in capitals as a header prints it; else None. Only a
    body ENACTING_RE knows opens the sentence ("Bộ trưởng Bộ Xây dựng ban hành …" → "BỘ XÂY DỰNG")."""
    for ln in lines[k:k + 60]:
        m = _ENACTED_RE.search(ln.view)
        if not m:
            continue
        head = ln.view[:m.start()].rstrip()
        b = V.ENACTING_RE.match(head)
        if b and len(head.split()) <= 12:
            start = 0 if head.startswith("thu tuong") else b.start("body")
            return _clean_issuer(ln.text[start:len(head)].upper()) or None
        return None
    return None


# the word before "ngày" that makes it a time in a sentence, never the end of a place name ("… về Văn phòng
# Đảng ủy trước ngày 30 tháng 4 năm 2024", folded)
_TIME_WORD_RE = re.compile(r"(?:^|\s)(?:truoc|sau|tu|den|toi|vao|trong|het|ke tu|cham nhat|muon nhat)$")


def _place_date(view: str, text: str, lo: int, hi: int):
    """The first place-date of the header zone ``view[lo:hi]`` (:data:`vocab.PLACE_DATE_RE`), skipping a body
    sentence's date: "trước ngày …" / "từ ngày …" (the word before "ngày" a time word, not a place), or a date
    with no comma before "ngày" in the middle of a sentence (four words or more in lower case before it on its
    line: "Các chi bộ trực thuộc báo cáo … về Văn phòng Đảng ủy trước ngày 30 …"). A place-date line is short
    and opens with its place, "ngày … tháng … năm" right after the comma. None when there is none."""
    for m in V.PLACE_DATE_RE.finditer(view, lo, hi):
        place = view[m.start("place"):m.end("place")]
        if _TIME_WORD_RE.search(place):
            continue
        if "," not in view[m.end("place"):m.start("d")]:
            before = text[view.rfind("\n", lo, m.start()) + 1:m.start()]
            if sum(w[:1].islower() for w in before.split()) >= 4:
                continue
        return m
    return None


# a place-date line whose year the page set apart: "Tân Lập, ngày 16 tháng 3 năm" ending its line (folded view)
_YEARLESS_PLACE_DATE_RE = re.compile(V.PLACE_DATE_RE.pattern.replace(r"\s*(?P<y>\d{4}|20\d(?!\d))", r"[ \t*_.]*$"), re.M)
_LONE_YEAR_RE = re.compile(r"[ *_.]*(?:19|20)\d\d[ *_.]*")
#: how many lines a header block's cell may set the year apart from its place-date line
_YEAR_APART_LINES = 4


def _place_date_year_apart(lines: list[Line], view: str, zone_end: int):
    """``(match, year line)`` for a place-date line of the header ending "… ngày 16 tháng 3 năm" whose year stands
    alone on a neighbouring line of the header block, or None. The right header cell wraps the year when the date is
    long ("… Tân Lập, ngày 16 tháng 3 năm" / "2026"), and pdfplumber or Tesseract, reading the cells of the header
    table apart, put the lone year above or below the date line, lines away when the left cell's lines come between
    (the .txt form of the same page read the date; the PDF lost date and place). The nearest lone year of the zone
    within :data:`_YEAR_APART_LINES` lines is the date's: the header block holds no other bare year."""
    for k in range(min(zone_end, len(lines))):
        m = _YEARLESS_PLACE_DATE_RE.search(view, lines[k].start, lines[k].end)
        if m is None or _TIME_WORD_RE.search(view[m.start("place"):m.end("place")]):
            continue
        near = sorted((abs(j - k), j) for j in range(max(0, k - _YEAR_APART_LINES), min(zone_end, len(lines),
                                                                                       k + _YEAR_APART_LINES + 1))
                      if j != k and _LONE_YEAR_RE.fullmatch(lines[j].view))
        if near:
            return m, lines[near[0][1]]
        return None
    return None


# the rest of a place-date the right header cell wrapped: "tháng 11 năm 2025" (or "năm 2025"), alone on its line
# (folded view; a scan's rule fill "_" and stray dots kept)
_DATE_REST_RE = re.compile(r"[ *_.`'|]*(?:th[a4e]ng\s*\d{1,2}[\s_.]*)?n[a4e]m\s*(?:\d{4}|20\d)[ *_.]*")
#: how many lines a header's other cell may set between a place-date's two halves
_DATE_APART_LINES = 3


def _place_date_split(lines: list[Line], view: str, zone_end: int):
    """``(match, rest line)`` for a place-date the right header cell wrapped after its day ("Hà Nội, ngày 28" /
    "tháng 11 năm 2025") with a line of the left cell read between the halves, or None. Why (found by session 52's
    newcomer): a borderless two-column header printed to a text PDF, or scanned, is read line by line across both
    columns, so the left cell's "Số 221-KL/TW" falls between "Hà Nội, ngày 28" and "tháng 11 năm 2025" (221-KL/TW
    and 2597/QĐ-TTg as text PDF, 2597/QĐ-TTg scanned: date and place lost). ``match`` is
    :data:`vocab.PLACE_DATE_RE`'s over the first half with the rest appended; its place and day offsets are the
    view's, its month and year those of the rest line."""
    stop = min(zone_end, len(lines))
    for k in range(stop):
        ln = lines[k]
        if ln.blank or ("ng" not in ln.view):
            continue
        rest = None
        seen = 0
        for j in range(k + 1, min(stop, k + 1 + 2 * _DATE_APART_LINES)):
            if lines[j].blank:
                continue
            if _DATE_REST_RE.fullmatch(lines[j].view):
                rest = lines[j]
                break
            seen += 1
            if seen >= _DATE_APART_LINES:
                break
        if rest is None:
            continue
        joined = view[:ln.end] + " " + rest.view
        m = V.PLACE_DATE_RE.search(joined, ln.start)
        if (m is None or m.start("place") >= ln.end or m.end("d") > ln.end or m.start("y") <= ln.end
                or "," not in joined[m.end("place"):m.start("d")]
                or _TIME_WORD_RE.search(joined[m.start("place"):m.end("place")])):
            continue
        return m, rest
    return None


def _opens_prose(ln: Line) -> bool:
    """The line opens a paragraph of prose, no header part: a text with no header (a body sentence pasted alone,
    "Các chi bộ trực thuộc báo cáo kết quả về Văn phòng Đảng ủy trước ngày 30 tháng 4 năm 2024."): one run, ten
    words or more in lower case mostly, not a place-date, a số ký hiệu, a V/v or the motto."""
    v = ln.view.strip(" *")
    return (len(ln.segs) == 1 and len(v.split()) >= 10 and upper_ratio(ln.text) < 0.3 and ln.text[:1].isupper()
            and not _opens_with_place_date(ln) and not V.NUMBER_LINE_RE.match(v) and not V.VV_RE.match(v)
            and not V.MOTTO_RE.search(v))


# a body part's label and its first words: "IV. TỔ CHỨC THỰC HIỆN", "1. Mỗi tổ dân phố …", "Điều 2. …"
_BODY_PART_RE = re.compile(r"(?:[IVX]{1,5}\s?\.|\d{1,2}\s?[.)]|(?:PHẦN|Phần|CHƯƠNG|Chương|ĐIỀU|Điều)\s+(?:[IVX]{1,5}|\d{1,3})\s?[.:]?)"
                           r"\s+[^\W\d_]\w*\s+\w")


def _opens_body_part(ln: Line) -> bool:
    """The text's first line opens a part of a body — a section, an item, an article with its first
    words ("IV. TỔ CHỨC THỰC HIỆN", "1. Mỗi tổ dân phố xây dựng …"): a page or an excerpt without the
    document's header (a plan's second page read alone took "IV. TỔ CHỨC THỰC HIỆN" as its issuer and
    gave no facts). No header part opens so: the issuer, motto, số ký hiệu and place-date never do."""
    return len(ln.segs) == 1 and bool(_BODY_PART_RE.match(ln.text.strip(" *")))


def _place_date_beside(lines: list[Line], k: int, view: str):
    """The place-date line of a header table read after the "Kính gửi:" that ended the header
    (a scan's left column "Số … / V/v … / Kính gửi:" comes before the right one "Hà Nội, ngày …")."""
    if k >= len(lines) or lines[k].cell is None:
        return None
    table = lines[k].cell[0]
    for ln in lines[k + 1:k + 8]:
        if ln.cell is None or ln.cell[0] != table:
            break
        if _opens_with_place_date(ln):
            return V.PLACE_DATE_RE.search(view, ln.start, ln.end)
    return None


_PLACE_HEAD_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")
# the first half of a place named by a hyphen, from the start of its line to the hyphen right before the matched
# place ("*Lâm Viên - " before "Đà Lạt, ngày …"): capitalised words only (used with .search(text, bol, at))
_JOINED_PLACE_RE = re.compile(r"^[ *_]*((?:[A-ZĐÀ-Ỹ][^\W\d_]*)(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,2}) - $", re.M)


def _place_start(view: str, text: str, at: int, lo: int) -> int:
    """Start of a place name the page wrapped ("*Thành phố Hồ Chí" / "Minh, ngày 19 tháng 11 …",
    "*Hà" / "Nội, ngày …"): when the match opens its line, a short run of plain words ending the line
    above (in the same cell: no "|" line between) is the place's head."""
    bol = view.rfind("\n", lo, at) + 1
    if (joined := _JOINED_PLACE_RE.search(text, bol, at)) and joined.group(1)[:1].isupper():
        # "Lâm Viên - Đà Lạt, ngày 18 tháng 8 năm 2028": a ward named after the two it joined (the 2025 mergers' names,
        # "phường Lâm Viên - Đà Lạt"), the words before the hyphen opening the line are the place's too
        return joined.start(1)
    if bol <= lo or view[bol:at].strip(" *_"):
        return at
    pbol = view.rfind("\n", lo, bol - 1) + 1
    prev = text[pbol:bol - 1]
    if not prev.strip() and pbol > lo and len(view[at:at + 40].split(",")[0].split()) == 1:
        # "Hà" / "" / "Nội, ngày …" (legacy OCR: a blank line between): a lone syllable before the date's comma
        bol = pbol
        pbol = view.rfind("\n", lo, bol - 1) + 1
        prev = text[pbol:bol - 1]
    head = prev.strip(" *_")
    if head and _PLACE_HEAD_RE.fullmatch(head) and head[:1].isupper() and not head.isupper() and len(head.split()) + len(view[at:at + 40].split(",")[0].split()) <= 6:
        return pbol + prev.index(head)
    return at


# "SỞ" alone on a line (a wrapped "SỞ / TÀI CHÍNH") folds like "Số" but is a body's head word; with a colon
# it is the number's label that restoration spelt "Sở" (eng OCR "SO:" → "SỞ:", 218/2025/QĐ-UBND)
_SO_BODY_RE = re.compile(r"^[^\w:]*s[ởơ][^\w:]*$", re.IGNORECASE)


def _wrapped_kinh_gui(lines: list[Line], i: int) -> bool:
    """"Kính" alone with "gửi: …" on the next line (a Cục Hải quan letter as published)."""
    return (lines[i].view.strip(" *") in ("kinh", "k1nh") and i + 1 < len(lines)
            and re.match(r"^\W*g[uw][il1]\s*:", lines[i + 1].view) is not None)


# the motto's first words with their "CỘNG" misread ("ĐỘNG HÒA XÃ HỘI", "(ÔNG HÒA XÃ HỘI"), right before the rest of
# the motto that MOTTO_RE found, on a scan's line where the issuer's cell and the motto's ran together
# ("HỘI ĐỒNG NHÂN DÂN XÃ ĐỒN(ĐỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", a16-09 scanned: the issuer took "ĐỘNG HÒA XÃ HỘI")
# (ocr43) … its C lost outright, the name's last letter right before it: "ỦY BAN NHÂN DÂN XÃ TỊNH SƠNỘNG HÒA XÃ HỘI"
# (a41-03 scanned): a letter that closes a syllable (n, m, t, p, h) is the name's, not a misread C ("…SƠ" lost its N)
_MOTTO_LEAD_RE = re.compile(r"(?:(?![nmtph])[a-z])?ong\s+hoa\s+xa\s+hoi\s*$")


# the "V/v" label misread, on the line right under the số ký hiệu of a letter with no type line (folded view): "V/ kê khai
# trị giá hải quan" (the second v lost, 37413/CHQ-NVTHQ scanned), eng OCR's "VIN:" restored as "VẪN:" (5331/CT-CS), eng
# OCR's "VW"/"V/w"/"Viv" for the "V/v" before the subject's first word in small letters ("VW triển khai chế độ báo
# cáo …", a16-10 legacy: the letter had no trích yếu)
_VV_MISREAD_RE = re.compile(rf"^v(?:\s?{V.VV_SLASH}(?!\s?v)\s?(?=[a-z])|[a-z]{{1,2}}\s?:|(?:w|{V.VV_SLASH}\s?w|iv)\s+(?=[a-z]))")


def _in_region(ln: Line) -> bool:
    """The line sits in a two-column region (header or signature read column after column)."""
    return ln.geo is not None and ln.geo.table >= 0 and ln.geo.column >= 0


def _title(lines: list[Line], type_idx: int | None, vv_idx: int | None, zone_end: int,
           number: str | None, title_from: int | None = None, issuer: str | None = None,
           run_whole: bool = False) -> TitleInfo:
    parts: list[Part] = []
    if type_idx is not None:
        run = _run_on_type(lines[type_idx], run_whole)
        doc_type = _is_type_line(lines[type_idx]) or (
            next(V.TYPE_BY_GROUP[k] for k, v in run.groupdict().items() if v and k != "rest") if run else None)
        parts.append(Part("type", lines[type_idx].start, lines[type_idx].end))
        got, end = _title_lines(lines, title_from or type_idx + 1, skip_blank=2)
        if not got and vv_idx is not None:
            got, _ = _title_lines(lines, vv_idx, skip_blank=0, vv=True)
        of_body = _type_line_body(lines[type_idx], run_whole)
    elif vv_idx is not None:
        doc_type = "Công văn"
        # "VẪN:" alone (eng OCR's "VIN:"), its subject on the next line: the subject, never the capitals' rule
        vv_from = vv_idx + 1 if _VV_MISREAD_RE.match(lines[vv_idx].view) and re.fullmatch(
            r"v[a-z]{1,2}\s?:", lines[vv_idx].view.strip(" *")) else vv_idx
        got, end = _title_lines(lines, vv_from, skip_blank=0, vv=True)
        end = max(end, zone_end)
    else:
        doc_type = _type_from_symbol(number, issuer)
        got, end = [], zone_end
    title, of_body = None, of_body if type_idx is not None else None
    if got and vv_idx is not None and got[0].index == vv_idx and (vv := _VV_AFTER_NUMBER_RE.search(got[0].view)):
        ln = got[0]  # the number's line ran on to the V/v: the trích yếu is the line from its "V/v" on
        got[0] = Line(ln.index, ln.start + vv.start(1), ln.end, ln.text[vv.start(1):], ln.view[vv.start(1):], ln.indent, ln.geo)
    if not got and type_idx is not None:
        got = _enacted_title(lines, type_idx + 1)
    if got:
        parts += [Part("title", ln.start, ln.end) for ln in got]
        # a copy pasted from Markdown keeps its marks ("*V/v: …*", the cell's "|"): the trích yếu is the words alone
        title = without_markup(re.sub(r"\s+", " ", " ".join(
            _without_right_place_date(ln, ln.segs[0].text if ln.segs else ln.text) for ln in got)).strip())
        title = re.sub(rf"^[Vv]\s?{V.VV_SLASH}\s?[Vv]\s*[:.]?\s*", "", title).strip()
        if vv_idx is not None and got[0].index == vv_idx and _VV_MISREAD_RE.match(fold(title)):  # "VẪN: …", "VW …", "V⁄w …"
            title = re.sub(rf"^[Vv](?:\s?{V.VV_SLASH}\s?(?:[Ww]\s)?|[^\W\d_]{{1,2}}\s?:|[Ww]\s|iv\s)\s*", "", title).strip()
        title = re.sub(r"(?<=\w{2})\s*[.;,]$", "", title) or None  # "V/v khoản tiền … nộp bổ" / "sung." (5317/CT-CS)
        if of_body and title and title[:1].islower() and upper_ratio(of_body) > 0.8 and _run_on_type(
                lines[type_idx], run_whole) and not _is_type_line(lines[type_idx]) and not fold(of_body).startswith("cua "):
            # "QUY CHẾ LÀM VIỆC" / "của Ban Chấp hành …": one trích yếu in sentence case; a body's name after "CỦA"
            # ("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY" / "về …") keeps its capitals, as on a line of its own
            of_body = of_body.lower()
        title = f"{of_body} {title}" if of_body and title else title
    elif of_body and run_whole:
        title = of_body  # the trích yếu stood whole on the type's line ("Quy chế làm việc của Ban Chấp hành …")
    if number and "/VBHN-" in number:
        doc_type = "Văn bản hợp nhất"  # a consolidated text prints the title line of the text it consolidates
    return TitleInfo(doc_type, title, tuple(parts), end)


# (ocr43) a Công văn's "V/v" read onto its number's line, a scan joining the two lines of the header's left cell
# ("Số: 1186/SNNMT-CNTY V/v hướng dẫn rà soát …", a41-07 scanned: no line opened with "V/v", the trích yếu was lost);
# folded, after the symbol: a space, "v/v" and a space, colon or stop. The view and the text keep one offset per
# character (fold keeps lengths), so the cut holds in both
_VV_AFTER_NUMBER_RE = re.compile(rf"\d\S*\s+(v\s?{V.VV_SLASH}\s?v)[\s:.]")


# The national motto's words, however a scan spaces and specks them: never an issuing body
_MOTTO_WORDS_RE = re.compile(r"chu\s+nghia\s+viet|cong\s+hoa\s+xa\s+hoi|doc\s+lap\s+tu\s+do")
# A trích yếu never opens with "Căn cứ" (the preamble does: a published page that prints no trích yếu
# under "THÔNG TƯ" goes straight on to "Căn cứ Luật Đường bộ …", 39/2025/TT-BXD)
_CAN_CU_RE = re.compile(r"c[a4i]n\s+c(?:[uw]|\S{2})\s")
# "Bộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi, bổ sung … ." : the enacting sentence names the trích yếu
_ENACTED_RE = re.compile(r"ban\s+hanh\s+(?:thong\s+tu|nghi\s+dinh|quyet\s+dinh|nghi\s+quyet|chi\s+thi)\s+(?=\S)")


def _enacted_title(lines: list[Line], i: int) -> list[Line]:
    """The trích yếu as the enacting sentence of the preamble words it ("… ban hành Thông tư sửa đổi,
    bổ sung một số định mức tại Thông tư số 44/2021/TT-BGTVT …"), for a page that prints none under
    its type line: the sentence's lines from the one holding "ban hành <type>", the first cut at the
    type's words, the last at the sentence's end. [] when the preamble has no such sentence."""
    for k in range(i, min(len(lines), i + 60)):
        m = _ENACTED_RE.search(lines[k].view)
        if not m:
            continue
        got: list[Line] = []
        j, start = k, m.end()
        while j < len(lines) and not lines[j].blank and len(got) < _TITLE_LINES:
            ln = lines[j]
            text = ln.text[start:]
            stop = re.search(r"[.;:](?:\s*\*?\s*$)", text)
            piece = text[: stop.start()] if stop else text
            piece_start = ln.start + start
            got.append(Line(ln.index, piece_start, piece_start + len(piece), piece, ln.view[start:start + len(piece)],
                            ln.indent, ln.geo, []))
            if stop:
                break
            j, start = j + 1, 0
        return [g for g in got if g.text.strip(" *_")]
    return []


#: the list labels (``vocab.LABELS`` indexes) that open a body line, never a trích yếu's next line: Roman numerals,
#: "Điều N", "1.1.1.", "1.1.", "1.", and (since session 10) "a)", its toned OCR form "á)", "(1)"/"(a)"
_BODY_LABELS = (1, 3, 4, 5, 6, 7, 9, 10, 11)
#: … and a line that only a body opens with: a sub-item's label with a number ("a4)", "d.1.", "b.2)"), the source
#: note of a consolidated text "(Điều 7 Thông tư số 65/2019/TT-BCA, …)", an example "Ví dụ 2:"
_BODY_START_RE = re.compile(r"[*_\s]*(?:[a-zđ]\d{1,2}\)|[a-zđ]\.\d{1,2}[.)]|\(Điều\s+\d|Ví\s+dụ\b)")


#: a Kính gửi list's item: a dash, then a name ("- Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh;")
_DASH_ITEM_RE = re.compile(r"[ \t*_]*[-–+•]\s*\S")


def kinh_gui_item_above(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a Kính gửi list's item printed above its "Kính gửi:" label: a dash item with only dash items
    (and blanks) between it and the label, at most three lines down. The kind: a header table whose label cell sits
    beside a list cell; the label is centred in its cell's height, so a text PDF read line by line (pdftotext,
    pdfplumber) puts the list's first item(s) before the label ("V/v … Quốc hội Khóa XV" / "- Đoàn đại biểu Quốc
    hội tỉnh Hà Tĩnh;" / "Kính gửi:" / "- Ủy ban Dân nguyện …", 9476/BNNMT-CNTY; 11414/VPCP-CN, 5487/CT-CS print
    the same table). A trích yếu's wrapped line never opens with a list's dash."""
    if not _DASH_ITEM_RE.match(lines[i].text):
        return False
    for k in range(i + 1, min(len(lines), i + 4)):
        ln = lines[k]
        if ln.blank:
            continue
        v = ln.segs[0].view if ln.segs else ln.view
        if V.KINH_GUI_RE.match(v):
            return True
        if not _DASH_ITEM_RE.match(ln.text):
            return False
    return False


def _sender_opens(ln: Line, nxt: Line) -> int | None:
    """Where in ``ln`` a Công điện's sender opens when its "… điện:" ends the next line (a sender wrapped over the
    line break: "THỦ" / "TƯỚNG CHÍNH PHỦ điện:"); None when the sender starts on the next line or there is none."""
    if nxt.blank or not re.search(r"\sdi[e¢]n\s*:\s*$", nxt.view):
        return None
    joined = f"{ln.text} {nxt.text}"
    at = sender_at(joined, 0, len(joined))
    return at if at is not None and at < len(ln.text) else None


def _bracket_goes_on(prev: Line, ln: Line) -> bool:
    """``ln`` opens with the rest of a bracket ``prev`` left open: "… TRUNG ƯƠNG ĐẢNG (KHÓA" / "XIII) VỀ TIẾP TỤC …" (a
    trích yếu wrapped inside the term's bracket; a scan's page, t32-02), not a body item "XII) …" under the title."""
    return prev.text.count("(") > prev.text.count(")") and re.match(r"[ \t*_]*[^()\n]{1,12}\)", ln.text) is not None


def _title_lines(lines: list[Line], i: int, skip_blank: int, vv: bool = False) -> tuple[list[Line], int]:
    got: list[Line] = []
    n = len(lines)
    past_right = False
    while i < n and lines[i].blank and skip_blank > 0:
        i += 1
        skip_blank -= 1
    while i < n and len(got) < _TITLE_LINES:
        ln = lines[i]
        if ln.blank:
            if vv and 0 < len(got) <= 2 and not got[-1].text.rstrip(" *").endswith((".", ";", ":")) \
                    and i + 1 < n and not lines[i + 1].blank and lines[i + 1].cell == got[-1].cell:
                i += 1  # "V/v đẩy nhanh tiến độ Dự án đường cao tốc" / "" / "Bến Lức - Long Thành …" (legacy OCR)
                continue
            if not vv and got and (_capitals_after_blank(got[-1], lines, i + 1)
                                   or (i + 1 < n and _centred_capitals_go_on(got[-1], lines[i + 1]))):
                i += 1  # a scan's paragraph gap inside a trích yếu in capitals ("… THỜI GIAN HỖ" / "" / "TRỢ KINH PHÍ …")
                continue
            if not vv and got and i + 1 < n and _wrapped_across_blank(got[-1], lines[i + 1]):
                i += 1  # "… của Thủ tướng" / "" / "Chính phủ về …" (legacy OCR); the next line's own breaks still apply
                continue
            break
        v = ln.view
        if vv and got and (on := _vv_past_right_column(lines, i, got[-1])) is not None:
            i = on  # "V/v báo cáo kết quả thực hiện chính" / motto / date / "sách, chế độ …" (a scan's reading order)
            past_right = True  # the rest of the subject below the header's cells
            continue
        first = ln.segs[0] if ln.segs else None
        fv = first.view if first else v
        if (V.KINH_GUI_RE.match(fv) or (not got and _CAN_CU_RE.match(fv.lstrip(" *_")))
                or (got and V.BASIS_RE.match(fv) and upper_ratio(ln.text) < 0.8
                                         and not _capitals_go_on(got[-1], ln))
                or (got and _authority_before_basis(lines, i) and not _TITLE_GOES_ON_RE.search(fold(got[-1].text).rstrip(" *")))
                or V.SEPARATOR_RE.match(ln.text)
                or V.ENACT_RE.match(v) or V.APPENDIX_RE.match(ln.text) or (_motto_line(v) and not _country_name_goes_on(got, v))
                or _opens_with_place_date(ln) or (got and _place_wrapped_before_date(lines, i)) or (got and not _bracket_goes_on(got[-1], ln) and not _span_closes(got[-1], ln) and (any(V.LABELS[k][0].match(ln.text) for k in _BODY_LABELS) or _BODY_START_RE.match(ln.text)))):
            break  # the body's first item right under the trích yếu, no blank line between ("Điều 1.", "1.", "a)", "(1)")
        if re.search(r"\s\d?di[e¢]n\s*:\s*$", ln.view) and got:
            break  # "THỦ TƯỚNG CHÍNH PHỦ điện:" under a Công điện's trích yếu
        if got and kinh_gui_item_above(lines, i):
            break  # "- Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh;" / "Kính gửi:": the list's first item read above its label
        if got and i + 1 < n and (cut := _sender_opens(ln, lines[i + 1])) is not None:
            if cut:  # "… TẠI KHU VỰC TRUNG BỘ THỦ" / "TƯỚNG CHÍNH PHỦ điện:": the title ends inside the line
                text = ln.text[:cut].rstrip()
                got.append(Line(ln.index, ln.start, ln.start + len(text), text, fold(text), ln.indent, ln.geo))
            break  # "THỦ" / "TƯỚNG CHÍNH PHỦ điện:": the sender wrapped over two lines under the trích yếu
        if got and upper_ratio(got[-1].text) > 0.8 and upper_ratio(ln.text) < 0.5 and not _subject_after_body(got[-1], ln) \
                and not _years_wrapped(got[-1], ln) and not _span_opens(ln) and not _span_closes(got[-1], ln):
            break  # the body starts right under a title in capitals
        if got and upper_ratio(ln.text) > 0.8 and upper_ratio(got[-1].text) < 0.8 and len(ln.text) > 6 \
                and not (_span_opens(got[-1]) and len(got) > 1 and upper_ratio(got[-2].text) > 0.8):
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …" under the trích yếu of a Quyết định
        if got and not _TERM_OR_YEAR_RE.search(v) and ((V.ENACTING_RE.match(v) and len(v.split()) <= 12 and not _bo_not_bo(ln, V.ENACTING_RE.match(v))
                     and not _bo_completes(got[-1], ln)
                     and not (vv and upper_ratio(ln.text) < 0.5)
                     and not V.WRAPPED_END_RE.search(got[-1].view.rstrip(" ,"))
                     and not _TITLE_GOES_ON_RE.search(fold(got[-1].text).rstrip(" *")))
                    or (_ENACTOR_RE.match(v) and not _TITLE_GOES_ON_RE.search(fold(got[-1].text).rstrip(" *")))):
            break  # the enacting authority under a title in capitals, no blank line between (legacy OCR; "… TỈNH
            # BẮC NINH" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH"); a Công văn's "về việc …" has no enacting line
            # under it: "… nội dung Hội nghị" / "Ban Chấp hành Đảng bộ tỉnh cuối năm 2026" is its trích yếu going on
        if vv and got and got[-1].cell is not None and ln.cell != got[-1].cell and not (past_right and ln.cell is None):
            break
        if got and _body_sentence(got[-1], ln):
            break  # "… năm 2024" / "Các chi bộ trực thuộc có trách nhiệm báo cáo …": the body's first sentence
        if got and _other_paragraph_style(got[-1], ln):
            break  # DOCX paragraphs with no blank between: the body is set apart by its indents
        if vv and len(ln.segs) > 1 and first is not None:
            got.append(Line(ln.index, first.start, first.end, first.text, first.view, ln.indent, ln.geo, [first]))
        else:
            got.append(ln)
        i += 1
    return got, i


# for the attached document after a signature (:mod:`.attached`), whose title is read as the document's own
is_type_line, title_lines, run_on_type = _is_type_line, _title_lines, _run_on_type


def _wrapped_across_blank(prev: Line, ln: Line) -> bool:
    """A legacy OCR's blank line inside a trích yếu in sentence case: the line above ends with a word that waits for
    its object ("… của Thủ tướng" / "" / "Chính phủ về …", "… Đinh Mùi và" / "" / "mùa Lễ hội Xuân năm 2027", t20-03
    legacy: the title was cut at its first line), the line below is no blank and stands in the same cell. Capitals
    are :func:`_capitals_after_blank`'s; the break tests of :func:`_title_lines` still run on ``ln``."""
    if ln.blank or ln.cell != prev.cell or upper_ratio(prev.text) > 0.8:
        return False
    pv = fold(prev.text).rstrip(" *_")
    return bool(_TITLE_GOES_ON_RE.search(pv) or V.WRAPPED_END_RE.search(pv))


def _subject_after_body(prev: Line, ln: Line) -> bool:
    """``ln`` is the subject ("về đột phá phát triển khoa học, …") under the issuing body the title in capitals
    is of ("NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" / "về …", 57-NQ/TW; "THÔNG BÁO" / "KẾT LUẬN CỦA BỘ CHÍNH TRỊ" /
    "về …"): the trích yếu goes on in small letters."""
    return bool(re.search(r"(?:^|\s)cua\s", fold(prev.text).strip(" *_"))) and ln.view.strip(" *_").startswith("ve ")


def _body_sentence(prev: Line, ln: Line) -> bool:
    """``ln`` is the body's first sentence, not the next line of the trích yếu above it (a plain text with no
    blank line and no "Thực hiện"/"Căn cứ"/number between them): it opens with a capital, the line above
    closes its phrase (no connector at its end, no title in capitals) and ``ln`` opens with a word that
    opens sentences ("Các …", "Nhằm …", "Năm 2025, …", :data:`V.SENTENCE_OPEN_RE`) or charges someone or
    sets a time limit ("… có trách nhiệm báo cáo … trước ngày 30 tháng 4 …", :data:`V.SENTENCE_DUTY_RE`).
    A trích yếu wraps before a name ("… thực hiện" / "Nghị quyết số 57-NQ/TW …"), never before a new sentence."""
    t = ln.text.strip(" *_")
    if not t[:1].isupper() or upper_ratio(t) > 0.5 or upper_ratio(prev.text) > 0.8:
        return False
    pv = fold(prev.text).rstrip(" *_")
    if _TITLE_GOES_ON_RE.search(pv) or V.WRAPPED_END_RE.search(pv):
        return False
    v = ln.view.strip(" *_")
    return bool(V.SENTENCE_OPEN_RE.match(v) or V.SENTENCE_DUTY_RE.search(v))


def _bo_completes(prev: Line, ln: Line) -> bool:
    """``ln`` opens with "BỘ" that finishes the word ``prev`` ends with ("… SINH HOẠT CHI" / "BỘ VÀ PHÁT TRIỂN"):
    the trích yếu's "chi bộ" wrapped, no ministry enacting under it."""
    last = fold(prev.text).rstrip(" *_").rsplit(None, 1)[-1:]
    return bool(last) and last[0] in V.BO_COMPLETES and ln.view.lstrip(" *_").startswith("bo ")


def _bo_not_bo(ln: Line, m: re.Match) -> bool:
    """The enacting body matched on "bo …" is no "BỘ …": "BỔ VỐN ĐẦU TƯ …" (the trích yếu's "PHÂN" / "BỔ" wrapped,
    34/2025/NQ-HĐND scanned) folds like a ministry's name."""
    return m.group("body").startswith("bo") and ln.text[m.start("body"):m.start("body") + 2].upper() != "BỘ"


def _capitals_after_blank(last: Line, lines: list[Line], j: int) -> bool:
    """The line after a blank one goes on a trích yếu in capitals: both in capitals, the one above not closed
    by a full stop, and the one below neither the enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO
    BẰNG", "HỘI ĐỒNG NHÂN DÂN …", "CỤC TRƯỞNG …"), nor a heading, a type line or the enacting "QUYẾT ĐỊNH:"
    (82/2025/NQ-HĐND, 1948/QĐ-UBND as scanned)."""
    if j >= len(lines) or lines[j].blank:
        return False
    ln = lines[j]
    v = ln.view.strip(" *")
    return (upper_ratio(last.text) > 0.8 and upper_ratio(ln.text) > 0.8 and not last.text.rstrip(" *").endswith(".")
            and sum(c.isalpha() for c in ln.text) >= 4 and not (
                (V.ENACTING_RE.match(v) and not _bo_not_bo(ln, V.ENACTING_RE.match(v))) or _ENACTOR_RE.match(v)
                or V.AUTHORITY_LINE_RE.match(v) or V.ENACT_RE.match(v)
                or _is_type_line(ln) or V.SEPARATOR_RE.match(ln.text) or _motto_line(v) or V.APPENDIX_RE.match(ln.text)
                or any(lab[0].match(ln.text) for lab in V.LABELS[:8]) or V.KINH_GUI_RE.match(v)))


#: a line that is only a year or a span of years ("2026 - 2030"), and the words a title's period opens with before it
#: a bracketed span of days or years opened alone on its line, no letter in it: "(09/7/1968 -" under "… CHIẾN THẮNG
#: ĐƯỜNG 9 - KHE SANH", the anniversary's span a legacy OCR wrapped out of a title in capitals (a31-07: the title was cut
#: there, its "VÀ NGÀY HỘI VĂN HÓA, THỂ THAO …" lost)
_SPAN_OPENS_RE = re.compile(r"^[\s*_]*\(\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:19|20)\d\d\s*[-–]"
                            r"(?:\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:19|20)\d\d\s*\)?)?[\s*_]*$")


def _span_opens(ln: Line) -> bool:
    """``ln`` is a title's bracketed span alone on its line (:data:`_SPAN_OPENS_RE`): the title goes on past it."""
    return bool(_SPAN_OPENS_RE.match(ln.text))


_YEARS_LINE_RE = re.compile(r"^[\s*_]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[\s*_]*$")
_PERIOD_OPENS_RE = re.compile(r"(?:^|\s)(?:giai doan|nam|nam hoc|den nam|den|tu nam|nhiem ky|ky)$")  # "NĂM HỌC" / "2025-2026": a school year


def _years_wrapped(prev: Line, ln: Line) -> bool:
    """``ln`` is a title's period wrapped onto its own line: the years alone after the words that open it ("… TỈNH BẮC
    NINH GIAI ĐOẠN" / "2026 - 2030", 144-KH-UBND: the line has no letters, so no capitals, and the title lost its
    period and the targets their "giai đoạn 2026 - 2030")."""
    return bool(_YEARS_LINE_RE.match(ln.text)) and bool(_PERIOD_OPENS_RE.search(fold(prev.text).strip(" *_,")))


#: the closing year of a period wrapped after its opening year: "- 2030" / "– 2030, TẦM NHÌN ĐẾN NĂM 2045" under
#: "… GIAI ĐOẠN 2026"; a dash then a year, no letters before the year
_SPAN_CLOSES_RE = re.compile(r"^[\s*_]*[-–]\s*(?:19|20)\d\d\b(?P<rest>.*)$")
_YEAR_ENDS_RE = re.compile(r"(?:^|\s)(?:19|20)\d\d$")


def _span_closes(prev: Line, ln: Line) -> bool:
    """``ln`` closes a period the title line above opened with its year ("… TỈNH BẮC NINH GIAI ĐOẠN 2026" / "- 2030",
    144-KH-UBND as a browser's PDF and its scan: the dash read as a list bullet cut the trích yếu at "giai đoạn 2026").
    A real bullet under a title opens with words ("- Căn cứ …", "- Các cơ quan …"), never with a year; whatever
    follows the year stays in the title's case (capitals under capitals)."""
    m = _SPAN_CLOSES_RE.match(ln.text)
    if not m or not _YEAR_ENDS_RE.search(fold(prev.text).strip(" *_,")):
        return False
    rest = m.group("rest")
    return not any(c.isalpha() for c in rest) or upper_ratio(rest) > 0.8 or upper_ratio(prev.text) < 0.5


_RIGHT_COLUMN_LINES = 6  # the motto's two lines, its rule, the place-date, the blanks between


def _vv_past_right_column(lines: list[Line], i: int, last: Line) -> int | None:
    """Where a Công văn's "V/v" subject goes on when a scan read the right column's lines into it: ``lines[i]`` opens
    the motto or the place-date, the subject's line above is left open (no closing stop, ends on a word), and past
    those lines and blanks a line goes on in lower case ("V/v báo cáo kết quả thực hiện chính" / "CỘNG HÒA XÃ HỘI …" /
    "Độc lập - Tự do - Hạnh phúc" / "Hà Nội, ngày 07 tháng 01 năm 2027" / "" / "sách, chế độ đối với …", t23-10
    scanned: the subject read "báo cáo kết quả thực hiện chính"); None otherwise."""
    if not (_motto_line(lines[i].view) or _opens_with_place_date(lines[i])) or last.text.rstrip(" *").endswith(
            (".", ";", ":")) or not last.text.rstrip(" *")[-1:].isalpha():
        return None
    if (on := _vv_under_its_cell(lines, i, last)) is not None:
        return on
    j, motto = i, False
    while j < len(lines) and j - i <= _RIGHT_COLUMN_LINES:
        ln = lines[j]
        if ln.blank or _motto_line(ln.view) or _opens_with_place_date(ln) or V.SEPARATOR_RE.match(ln.text):
            motto = motto or _motto_line(ln.view)
            j += 1
            continue
        # the motto among the lines read in (the right column's top), and the line no place-date's broken tail ("Hà
        # Nội, ngày 19 tháng 11" / "năm 2025", 5331/CT-CS legacy)
        return j if motto and ln.text.lstrip(" *_")[:1].islower() and not _DATE_TAIL_RE.match(ln.view.lstrip(" *_")) \
            else None
    return None


_DATE_TAIL_RE = re.compile(r"(?:ng[a4]y|th[a4]ng|n[a4]m)\s+\d")


#: a place-date closing a line, the place in capitalised words ("… chống buôn Hà Nội, ngày 25 tháng 11 năm 2025")
_CLOSING_PLACE_DATE_RE = re.compile(
    rf"\s+[{CAPITAL}][^\W\d_]*(?:\s[{CAPITAL}][^\W\d_]*){{0,3}},\s*ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}[\s*_]*$")


def _without_right_place_date(ln: Line, text: str) -> str:
    """``text`` (``ln``'s, or its first column's) less the right column's place-date a text PDF wrote on the same line with one space between: a
    header table without rules printed by LibreOffice puts the subject's first line and the place-date at one height,
    "V/v nâng cao hiệu quả công tác chống buôn Hà Nội, ngày 25 tháng 11 năm 2025" / "lậu, gian lận thương mại …"
    (11554/VPCP-V.I; 11414/VPCP-CN the same), and the trích yếu held the place-date in its middle (the newcomer of
    session 53). Only a line whose positions cross the page's middle (both columns on it) is cut; a subject that names
    a document by its date in words holds no place before it, and text without positions is never cut."""
    g = ln.geo
    if g is None or g.x0 is None or g.x1 is None or not (g.x0 < 0.5 < g.x1):
        return text
    m = _CLOSING_PLACE_DATE_RE.search(text)
    return text[:m.start()] if m and m.start() > 0 else text


def _vv_under_its_cell(lines: list[Line], i: int, last: Line) -> int | None:
    """Where the "V/v" subject goes on past the right column's place-date (or motto) read between its lines, told by
    where the lines lie on the page: a text PDF an office printed from a header table without rules (LibreOffice,
    11654/VPCP-CN) writes its lines in the order of their heights, "V/v cung ứng vật liệu xây dựng phục vụ" (x
    0.16–0.51) / "Hà Nội, ngày 27 tháng 11 năm 2025" (0.57–0.89) / "Dự án tuyến đường bộ cao tốc CT.08, đoạn"
    (0.15–0.53), and the subject read "cung ứng vật liệu xây dựng phục vụ" (the newcomer of session 53). The lines
    read in lie right of the subject's line, the line after them under it (their spans overlap); text without
    positions (a .txt, a .md) is never read so."""
    left = last.geo
    if left is None or left.x0 is None or left.x1 is None:
        return None
    j = i
    while j < len(lines) and j - i <= _RIGHT_COLUMN_LINES:
        ln, g = lines[j], lines[j].geo
        if ln.blank:
            j += 1
            continue
        if g is None or g.x0 is None or g.x1 is None:
            return None
        if _motto_line(ln.view) or _opens_with_place_date(ln) or V.SEPARATOR_RE.match(ln.text):
            if g.x0 < left.x1:
                return None  # a line across the subject's column: no right cell read in
            j += 1
            continue
        return j if j > i and g.x0 < left.x1 and g.x1 > left.x0 and g.x1 <= (left.x1 + (1 - left.x1) / 2) else None
    return None


def _motto_line(view: str) -> bool:
    """The line is the national motto or the Party's name, nothing else ("ĐỘC LẬP TRÊN ĐỊA BÀN
    THÀNH PHỐ HÀ NỘI", a trích yếu's line that opens with the words "độc lập", is not). The motto wrapped before its
    last word counts too ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM", a scan read the right cell narrower: session 47's
    newcomer, 9476/BNNMT-CNTY scanned, whose V/v subject ran on into the motto)."""
    return (bool(V.MOTTO_RE.match(view)) and not V.MOTTO_RE.sub("", view).strip(" -–—,.*_")) \
        or _MOTTO_CUT_RE.fullmatch(view.strip(" -–—,.*_")) is not None


def _country_name_goes_on(got: list[Line], view: str) -> bool:
    """(leg54) The trích yếu wrapped inside the country's name it holds: "TỔ CHỨC HƯỞNG ỨNG NGÀY PHÁP LUẬT NƯỚC CỘNG
    HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM" / "(09/11) NĂM 2038 …" (t52-03 read by legacy OCR: the title ended at the motto's
    second half). The line above is a title line that ends the name's first half after words of its own — a motto's
    first line alone never got into the title — so the second half goes on with it."""
    if not got:
        return False
    above = re.sub(r"[^\w\s]", " ", fold(got[-1].text)).split()
    return (len(above) > 4 and above[-4:] == ["cong", "hoa", "xa", "hoi"]
            and _COUNTRY_REST_RE.match(view.strip(" *_")) is not None)


#: the second half of the country's name, opening a line (folded view, OCR look-alikes allowed)
_COUNTRY_REST_RE = re.compile(V.kw("chu nghia viet nam"))


#: the motto's first line cut before its last word or words by a wrap (folded view)
_MOTTO_CUT_RE = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu(?:\s+nghia(?:\s+viet)?)?")


# "Hà Nội, ngày 27" / "tháng 11 năm 2025", "Hà Nội, ngày 19 tháng 11" / "năm 2025": a place-date broken
# over two lines (folded view)
_BROKEN_PLACE_DATE_RE = re.compile(
    r"^[\s*]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4},\s*ng[a4]y(?:\s+\d{1,2}(?:\s+th[a4]ng\s+\d{1,2})?)?[\s_]*$")


# "Hà" / "Nội, ngày 03 tháng 12 năm 2025" (40088/CHQ-GSQL): a place name's last syllable, capitalised,
# then the date's comma (original text)
_PLACE_TAIL_DATE_RE = re.compile(rf"^[\s*]*[{CAPITAL}][^\W\d_]*,\s*ngày\b")


def _place_wrapped_before_date(lines: list[Line], i: int) -> bool:
    """Line ``i`` is the first part of a place name whose last syllable opens the next line with the
    date ("Hà" / "Nội, ngày 03 tháng 12 năm 2025"): the place-date, never the trích yếu's last words
    (a trích yếu's wrapped word, "V/v nhập khẩu hàng" / "hóa", is in small letters)."""
    ln = lines[i]
    t = ln.text.strip(" *")
    nxt = next((x for x in lines[i + 1:i + 3] if not x.blank), None)
    if nxt is None or not t[:1].isupper() or len(t.split()) > 4 or t.endswith((".", ",", ";", ":")):
        return False
    return bool(_PLACE_TAIL_DATE_RE.match(nxt.text)) and bool(V.PLACE_DATE_RE.match(ln.view.strip(" *") + " " + nxt.view.strip(" *")))


def _authority_before_basis(lines: list[Line], i: int) -> bool:
    """Line ``i`` opens with the enacting authority ("CỤC TRƯỞNG CỤC HẢI QUAN") and a Căn cứ line follows
    within three lines: the authority closes the trích yếu, even when both are in capitals."""
    if not V.AUTHORITY_LINE_RE.match(lines[i].view.strip(" *")):
        return False
    nxt = [ln.view.strip(" *") for ln in lines[i + 1:i + 6] if not ln.blank][:4]
    return any(V.BASIS_RE.match(" ".join(nxt[k:k + 2])) for k in range(len(nxt)))  # "Căn" / "cứ Luật …": one word wrapped


# the enacting authority printed under the trích yếu of a Quyết định, Nghị quyết or Thông báo
_ENACTOR_RE = re.compile(r"^\W*(?:chu tich|cuc truong|tong cuc truong|bo truong|thu tuong|giam doc|truong ban"
                         r"|uy ban nhan dan|hoi dong nhan dan)\s+(?:uy ban|cuc|tong cuc|bo|so|chinh phu|tinh|thanh pho"
                         r"|ban|hoi dong|xa|phuong|dac khu)\b")
#: (leg54) a term or a year on a line that opens with a body's name: the trích yếu going on ("… các Phó Chủ tịch và Ủy
#: viên" / "Ủy ban nhân dân xã nhiệm kỳ 2036 - 2041", a50-09 and t50-09 scanned: the title was cut at "Ủy viên"); the
#: enacting authority's line ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ QUẢNG TIẾN") names the body alone (folded view)
_TERM_OR_YEAR_RE = re.compile(r"\bnhiem ky\b|(?<!\d)(?:19|20)\d\d(?!\d)")
# a title line ending with a connector goes on below, whatever the next line opens with
# ("… GIỮA" / "CHÍNH PHỦ CÁC QUỐC GIA …", 385/NQ-CP scanned; "… CỦA BỘ TRƯỞNG" / "BỘ QUỐC PHÒNG QUY ĐỊNH …",
# 130/2025/TT-BQP scanned: an authority's title after "của" waits for the body it heads)
_TITLE_GOES_ON_RE = re.compile(r"(?:\b(?:cua|va|cho|voi|tai|thuoc|giua|doi voi|den|tu|trong)"
                               r"|\bcua (?:bo truong|chu tich|thu tuong|giam doc|cuc truong|truong ban)|[,\-–])$")


def _centred_capitals_go_on(prev: Line, ln: Line) -> bool:
    """On a scan, the line after a blank one goes on with a trích yếu in capitals: both in capitals, centred
    alike (word boxes), the title line not closed and the next no enacting line ("VỀ VIỆC QUY ĐỊNH … HỖ" / "" /
    "TRỢ KINH PHÍ …", 82/2025/NQ-HĐND scanned: Tesseract leaves a blank line between the spaced lines)."""
    if prev.geo is None or ln.geo is None or None in (prev.geo.x0, prev.geo.x1, ln.geo.x0, ln.geo.x1) or ln.blank:
        return False
    v = ln.view.strip(" *")
    return (upper_ratio(prev.text) > 0.8 and upper_ratio(ln.text) > 0.8
            and not prev.text.rstrip(" *").endswith((".", ":"))  # a ";" joins two subjects of one title
            and abs((prev.geo.x0 + prev.geo.x1) - (ln.geo.x0 + ln.geo.x1)) / 2 < 0.03
            and not (V.ENACT_RE.match(v) or _ENACTOR_RE.match(v) or V.AUTHORITY_LINE_RE.match(v)
                     or V.APPENDIX_RE.match(ln.text) or _motto_line(v) or V.BASIS_RE.match(v)))


_YEAR_IN_TEXT_RE = re.compile(r"(?:(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]|\bnam\s+|(?<=\d)/|(?<=\d)/\d{1,2}/)"
                              r"(?P<y>(?:19|20)\d\d)(?!\d)")


def repaired_year(y: str, number: str | None, view: str) -> str | None:
    """The year of the header's date when the scan misread one digit of it: "năm 2625" (2025, the 0 read as 6), "năm
    2925" — a year no document bears (:data:`vocab.DOCUMENT_YEARS`). Repaired only from evidence: the year of the
    số ký hiệu ("Số: 45/2025/QĐ-UBND"), else the commonest year of the text's other dates ("ngày 15/11/2025", "năm
    2025", folded ``view`` with the place-date blanked), one digit apart from the printed one; else None (no date
    beats a wrong one; :func:`vanban.extract` notes it). A year in range is returned as printed. (scan49) A year of
    three digits ("năm 202", its last digit lost at a scan's edge) is completed from the same evidence, any year of
    its decade: the số ký hiệu's, else the commonest of the text's dates ("Căn cứ … ngày 11/6/2025", "trước ngày
    15/12/2025"), never one earlier than the latest date the text cites (a document cites what came before it);
    else None."""
    if len(y) == 4 and int(y) in V.DOCUMENT_YEARS:
        return y

    def near(c: str) -> bool:
        if len(y) == 3:  # (scan49) "năm 202": the last digit lost, any year of that decade (never a three-digit year)
            return int(c) in V.DOCUMENT_YEARS and c.startswith(y)
        return int(c) in V.DOCUMENT_YEARS and len(c) == len(y) and sum(a != b for a, b in zip(c, y)) == 1
    own = [c for c in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", number or "") if near(c)]
    if own:
        return own[0]
    seen: dict[str, int] = {}
    for m in _YEAR_IN_TEXT_RE.finditer(view):
        if near(m.group("y")):
            seen[m.group("y")] = seen.get(m.group("y"), 0) + 1
    if len(y) == 3:  # the issue year is no earlier than a year a "Căn cứ" / "Thực hiện" clause dates
        cited = [m.group("y") for line in view.splitlines() if _CITING_LINE_RE.search(line)
                 for m in _YEAR_IN_TEXT_RE.finditer(line) if near(m.group("y"))]
        seen = {c: k for c, k in seen.items() if c >= max(cited, default="")}
    return max(seen, key=lambda c: (seen[c], c)) if seen else None


#: a line of the preamble that cites what the document rests on (folded): its dates came before the document's
_CITING_LINE_RE = re.compile(r"(?:can cu|thuc hien|theo de nghi)")


def _header_date(d: str, mo: str, y: str) -> str | None:
    """The document's date from the place-date line's day, month and year as printed: ISO "2026-04-15"; when the
    clerk's blanks are still there, the parts known and no more — "2026-04" (ngày … tháng 4 năm 2026), "2026"
    (ngày … tháng … năm 2026, or a day with its month blank: a day alone dates nothing). None for a year no
    document has ("năm 2925": a scan's 0 read as 9, 77/2025/NQ-HĐND; no date beats a wrong one)."""
    import datetime as dt  # noqa: PLC0415

    if int(y) not in V.DOCUMENT_YEARS:
        return None
    if not mo.isdigit():
        return y
    if not 1 <= int(mo) <= 12:
        return None
    if not d.isdigit():
        return f"{y}-{int(mo):02d}"
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _capitals_go_on(prev: Line, ln: Line) -> bool:
    """A trích yếu in capitals wrapped before "THỰC HIỆN …" (33/2025/NQ-HĐND): the preamble's
    "Thực hiện …" / "Căn cứ …" is printed in normal case."""
    return upper_ratio(prev.text) > 0.8 and upper_ratio(ln.text) > 0.8


def _opens_with_place_date(ln: Line) -> bool:
    """The line (or one of its column segments) opens with "Hà Nội, ngày … tháng … năm …".

    A trích yếu that names a document by its date ("… thực hiện Nghị quyết số
    57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị …") holds the same words
    in its middle: only a place-date at the start of a line or column ends the title."""
    for seg in ln.segs or [ln]:
        view = seg.view
        if _BROKEN_PLACE_DATE_RE.match(view):
            return True
        m = V.PLACE_DATE_RE.search(view)
        if m and not view[:m.start()].strip(" \t*") and (
                "," in view[m.end("place"):m.start("d")] or upper_ratio(seg.text) < 0.8):
            # in a trích yếu in capitals, "… TRƯỚC THỜI" / "ĐIỂM NGÀY 01 THÁNG 7 NĂM 2025 …" goes on
            return True
    return False


def _other_paragraph_style(prev: Line, ln: Line) -> bool:
    """A centred paragraph (the trích yếu) next to a left-aligned or justified one
    (the body): DOCX paragraph geometry gives no ``x0`` to a centred paragraph.
    PDF and OCR lines always carry their measured edges, so they never part here."""
    a, b = prev.geo, ln.geo
    if a is None or b is None or a.table >= 0 or b.table >= 0:
        return False
    return (a.x0 is None) != (b.x0 is None)


def _type_from_symbol(number: str | None, issuer: str | None = None) -> str | None:
    """The type a symbol's code names when no title line or V/v was read; a code that is the issuer's own
    initials ("5331/CT-CS" of the Cục Thuế, its V/v line lost to OCR) names the issuer: a công văn."""
    if not number:
        return None
    initials = "".join(w[0] for w in fold(issuer).split()).upper() if issuer else ""
    if "-" in number and "/" in number and number.index("-") < number.index("/"):
        code = number.split("-")[1].split("/")[0]  # Party: NUM-TYPE/ISSUER
        return V.SYMBOL_TYPE_CODES.get(code)
    parts = number.split("/")[-1].split("-")
    if len(parts) > 1 and parts[0] in V.SYMBOL_TYPE_CODES and fold(parts[0]).upper() != initials:
        return V.SYMBOL_TYPE_CODES[parts[0]]
    return "Công văn"  # "5348/CT-CS", "11298/VPCP-KTTH": state công văn symbols name the unit only
