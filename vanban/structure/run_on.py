"""A document run on one line: the line breaks it needs, read from its words.

Why: pasting a document from some web pages or PDF viewers gives it as ONE line, its parts one space apart:
"ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
--------------- Số: 153/KH-UBND Cần Thơ, ngày 17 tháng 11 năm 2025 KẾ HOẠCH TRIỂN KHAI … THÀNH PHỐ Thực hiện
Quyết định số … như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích a) Triển khai … ./. Nơi nhận: - Văn phòng Chính phủ
(để báo cáo); … - Lưu: VT, M. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Xuân". Read as one line, the header, the
type line, the trích yếu, the signature and the Nơi nhận are no lines of their own and are lost.
:func:`run_on_breaks` finds such a line (long, holding two parts of a document that never share a line: the
motto, the number line, the place-date, "Nơi nhận:", a signing level) and gives the offsets where a line break
falls: around the header's cells (the issuing bodies, the motto, the rules, "Số: …", "V/v …", the place-date),
the type line and its trích yếu, before the basis and the addressees, the body's labels ("I.", "1.", "1.1.",
"a)", "-", "+", "Điều 1."), "QUYẾT ĐỊNH:", "Nơi nhận:" and its items, the signing levels, the signer's title and
name. The text with those breaks is a flat text (one paragraph a line), which :mod:`.paragraphs` spreads as it
spreads any; the structure stage writes both into ``Structure.breaks`` (:func:`vanban.structure.build_structure`).
"""

from __future__ import annotations

import re

from vanban.structure import run_on_words as R
from vanban.structure import vocab as V
from vanban.text import ROMAN_NUMERALS, fold

__all__ = ["run_on_breaks", "run_on_paragraphs"]

_LONG = 120  # a run-on line is at least this long
_HEADER_SPAN = 1500  # the header's cells stand within the line's first characters
_TITLE_SPAN = 900  # a trích yếu and its enacting authority stand within this many characters after the type line
_ROMAN = ROMAN_NUMERALS
_UNIT_WORDS = frozenset(("phố", "tỉnh", "xã", "phường", "huyện", "quận"))
_TYPE_SPAN = 200  # a type's name (the longest: tens of characters) stands within this many characters of its start
_TYPE_START = re.compile(r"^(?:" + "|".join(V.kw(fold(t)) for t in sorted(V.DOC_TYPES, key=len, reverse=True)) + ")")


def run_on_breaks(text: str) -> tuple[int, ...]:
    """Offsets (ascending, each once) into ``text`` before which a line break is written: the parts of every
    run-on line (see the module). () when no line of the text runs a document on."""
    return tuple(sorted({k for k, _ in _breaks(text)}))


def run_on_paragraphs(text: str) -> tuple[int, ...]:
    """The offsets of :func:`run_on_breaks` where a paragraph surely ends, whatever the lines around them look like:
    the trích yếu's end where the first prose of the body opens ("… TỈNH ĐẮK LẮK Do hậu quả …")."""
    return tuple(sorted({k for k, sure in _breaks(text) if sure}))


def _breaks(text: str) -> list[tuple[int, bool]]:
    out: list[tuple[int, bool]] = []
    pos = 0
    for line in re.split(r"(?<=[\n\f])", text):
        body = line.rstrip("\n\f")
        if _run_on(body):
            ks = _line_breaks(body)
            start = _word_start(body, _header_breaks(body)[1])
            out += [(pos + k, k == start) for k in ks]
        pos += len(line)
    return out


def _run_on(line: str) -> bool:
    """The line holds two parts of a document that never share a line of a document laid out."""
    if len(line) < _LONG:
        return False
    head = line[:_HEADER_SPAN]
    kinds = (bool(R.MOTTO.search(head)), bool(R.NUMBER.search(head)), _place_date(head, 0) is not None,
             bool(R.NOI_NHAN.search(line)), bool(R.SIGN_LEVEL.search(line)), bool(R.ISSUER_OPENING.match(head)))
    return sum(kinds) >= 2


def _place_date(line: str, lo: int) -> tuple[int, int] | None:
    """(start, end) of the first place-date cell at or after ``lo``: "Cần Thơ, ngày 17 tháng 11 năm 2025", its place
    one to five capitalised words (a unit word inside: "Thành phố Hồ Chí Minh"), none in capitals (the issuer's)."""
    for m in re.finditer(r",\s*ngày\s*(?:\d{1,2}|[_.…\s]*?)\s*tháng\s*(?:\d{1,2}|[_.…\s]*?)\s*năm\s*\d{4}", line[lo:]):
        words = list(re.finditer(r"\S+", line[lo:lo + m.start()]))[-5:]
        start = None
        for w in reversed(words):
            s = w.group()
            if s in _UNIT_WORDS or s in ("TP.", "Tp.") or (s[:1].isupper() and not s.isupper() and s.isalpha()):
                start = lo + w.start()
                continue
            break
        if start is not None and line[start:].split()[0] not in R.NOT_PLACE:
            return start, lo + m.end()
    return None


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 1 and all(c.isupper() for c in letters)


def _words(line: str, lo: int, hi: int):
    return [(m.start() + lo, m.group()) for m in re.finditer(r"\S+", line[lo:hi])]


def _issuer_breaks(line: str, hi: int) -> list[int]:
    """Breaks inside the issuing bodies' cell (``line[:hi]``): before a body's head word that opens a new body
    ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI SỞ CÔNG THƯƠNG", "ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"): the body
    above it names more than its head, and the head word does not stand inside the head above ("ỦY BAN")."""
    out, head_end, body_start, body_head_end = [], 0, 0, 0
    for at, word in _words(line, 0, hi):
        if not _caps(word):
            return out  # the issuer's cell is in capitals
        m = V.ORG_HEAD_RE.match(fold(line[at:hi]))
        if not m or at < head_end:
            continue
        head_end = at + m.end()
        above = line[body_start:at].strip()
        named = line[body_head_end:at].split() if body_head_end > body_start else above.split()
        if at > body_start and at > body_head_end and not V.CONNECTOR_END_RE.search(fold(above)) \
                and fold(above) not in V.BARE_HEADS and len(above.split()) > 1 and len(named) >= 2:
            out.append(at)
            body_start = at
        if at == body_start:
            body_head_end = head_end
    return out


def _title_breaks(line: str, lo: int, hi: int) -> list[int]:
    """Breaks in the title block ``line[lo:hi]`` after the type line: before the enacting authority in capitals
    under a trích yếu ("… năm 2025 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "… TỈNH ĐỒNG NAI CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
    ĐỒNG NAI", "BỘ TRƯỞNG BỘ Y TẾ"): an authority's words up to the prose, none of a trích yếu's connectors in them,
    and none before them ("… CỦA GIÁM ĐỐC SỞ …" is the trích yếu's)."""
    words = _words(line, lo, hi)
    for k, (at, word) in enumerate(words):
        if not k or not _caps(word):
            continue
        v = fold(line[at:hi])
        if _caps(words[k - 1][1]) and (R.TITLE_CONNECTOR.fullmatch(words[k - 1][1]) or R.TITLE_CONNECTOR.search(line[at:hi])):
            continue
        if V.AUTHORITY_LINE_RE.match(v) or V.ENACTING_RE.match(v):
            return [at]
    return []


def sender_at(line: str, lo: int, hi: int) -> int | None:
    """Where a Công điện's sender opens its addressees after the trích yếu ("… TẠI KHU VỰC TRUNG BỘ THỦ TƯỚNG CHÍNH
    PHỦ điện: …", "BỘ XÂY DỰNG điện:"): the fewest words in capitals before "điện:" that open with a sender's head,
    with the title before it ("BỘ TRƯỞNG BỘ Y TẾ"). None without "điện:"."""
    m = R.SENDS.search(line, lo, hi)
    if not m:
        return None
    words = _words(line, lo, m.start())
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        if not _caps(words[k][1]):
            return None
        if R.SENDER_HEAD.match(line, words[k][0]):
            j = k
            while j >= 2 and R.SENDER_TITLE.fullmatch(words[j - 2][1] + " " + words[j - 1][1]):
                j -= 2
            return words[j][0]
    return None


def _header_breaks(line: str) -> tuple[list[int], int]:
    """Breaks of the header and the title block, and where the body opens (the first prose after them)."""
    head = line[:_HEADER_SPAN]
    out: list[int] = []
    marks = []  # (start, end) of every header cell found
    for rx in (R.MOTTO, R.RULE, R.NUMBER):
        marks += [(m.start(), m.end()) for m in rx.finditer(head)]
    pd = _place_date(head, 0)
    if pd:
        marks.append(pd)
    if not marks:
        return [], 0
    # the header ends with its number and place-date cells (one near the other): marks after the prose that
    # follows them (a rule "* *" under the text, a second header in an appendix) are not the header's
    cells = sorted(b for b in ((pd[1] if pd else None), *(m.end() for m in [R.NUMBER.search(head)] if m)) if b)
    anchor = max((b for b in cells if b - cells[0] <= 400), default=min(b for _, b in marks))
    stop = R.PROSE_OPEN.search(line, anchor)
    motto_at = {m.start() for m in R.MOTTO.finditer(head)}
    # … nor a motto's words inside the trích yếu ("QUY ĐỊNH VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM")
    marks = sorted(m for m in marks if m[0] < (stop.start() if stop else len(line)) and not (m[0] in motto_at and m[0] > anchor))
    first_cell = marks[0][0]
    out += _issuer_breaks(line, first_cell)
    for a, b in marks:
        out += [a, b]
    vv = R.VV.search(head)
    if vv:
        out.append(vv.start())
    last = max(b for _, b in marks)
    # the type line: its word in capitals after the header's number and place-date (rules and stars passed over)
    type_end = None
    for at, word in _words(line, anchor, min(len(line), last + 200)):
        if not any(c.isalpha() for c in word):
            continue
        m = _TYPE_START.match(fold(line[at:at + _TYPE_SPAN]))  # a window, not the rest of a long line (_tail)
        if m and _caps(line[at:at + m.end()]) and (at + m.end() >= len(line) or not line[at + m.end()].isalnum()):
            end = at + m.end()
            short = _TYPE_START.match(fold(line[at:end]).rsplit(" ", 1)[0])
            tail = fold(line[at + short.end():end]).strip() if short else ""
            nxt = line[end:end + 40].split()[:1]
            if short and (R.TITLE_OF.match(line, end) or (_TYPE_START.fullmatch(tail) and nxt and _caps(nxt[0]))):
                end = at + short.end()  # "THÔNG BÁO KẾT LUẬN CỦA …", "THÔNG BÁO KẾT LUẬN PHIÊN HỌP …": the type is
                # the shorter, its trích yếu opens with the rest ("KẾT LUẬN …", a type's name itself)
            out += [at, end]
            type_end = end
            break
        if not _caps(word):
            break
    after = type_end if type_end is not None else (vv.end() if vv else last)
    prose = R.PROSE_OPEN.search(line, after)
    near = prose is not None and prose.start() - after <= _TITLE_SPAN
    body = prose.start() if near else after
    limit = body if near else min(len(line), after + _TITLE_SPAN)
    dash = R.DASH_BEFORE.search(line, 0, body) if near else None
    if dash:  # "- Căn cứ Điều lệ Đảng;": the basis opens with its dash
        body = dash.start()
    sender = sender_at(line, after, body if body > after else after + _TITLE_SPAN)
    if sender is not None:
        body = sender
    elif type_end is not None:
        words = [(at, w) for at, w in _words(line, type_end, limit) if any(c.isalpha() for c in w)]
        if len(words) >= 2 and _caps(words[0][1]) and _caps(words[1][1]):  # a trích yếu in capitals ends where
            plain = next((at for at, w in words if not _caps(w)), None)  # they end ("… TỈNH ĐẮK LẮK Do hậu quả …")
            if plain is not None:
                body = plain
    if type_end is not None:
        out += _title_breaks(line, type_end, body)
    out.append(body)
    return out, body


#: how far before a place the patterns anchored at the text's end (``R.CITING_WORD``, ``R.CLOSED_END``,
#: ``R.LABEL_END``, ``R.COMMA_END``: a word, a label or a mark, then spaces) need to look
_TAIL = 60


def _tail(line: str, at: int) -> str:
    """What stands just before ``at`` in ``line``, for a pattern anchored at its end (``…\\s*$``): the spaces before
    ``at`` and :data:`_TAIL` characters before them. Kind: a run-on line searched by label — each label looked back
    over the whole line before it (``line[:at]``), so a long one-line text cost the square of its length (found by a
    newcomer: a 1.4 MB one-line text took 170 s to extract); the end-anchored patterns read only its last words."""
    j = at
    while j > 0 and line[j - 1].isspace():
        j -= 1
    return line[max(0, j - _TAIL):at]


def _label_ok(line: str, m: re.Match, state: dict) -> bool:
    """A label ``m`` of the body opens an item: after a sentence's end (not a cited part: "khoản 1."), or in
    sequence with the labels before it ("I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích a) Triển khai …")."""
    before = _tail(line, m.start())
    if R.CITING_WORD.search(before):
        return False
    tok = m.group().strip().rstrip(".)").strip()
    tok = tok.rstrip("-– ") if len(tok) > 1 else tok  # "I-", "III -"
    closed = bool(R.CLOSED_END.search(before)) or before.rstrip().endswith(",") and tok in "-+•"
    if tok in ("-", "+", "•"):
        return closed
    if tok in _ROMAN:
        kind, n = "roman", _ROMAN.index(tok) + 1
    elif tok.isdigit() or re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", tok):
        kind, n = f"num{tok.count('.')}", int(tok.split(".")[-1])
    elif len(tok) == 1 and tok.isalpha():
        kind, n = "letter", "abcdđeghiklmnopqrstuvxy".find(tok) + 1
    else:
        return closed
    last = state.get(kind, 0)
    ok = closed or n == 1 or n == last + 1
    if ok:
        state[kind] = n
        if kind == "roman":
            state.pop("num0", None)
        if kind.startswith("num"):
            state.pop("letter", None)
    return ok


def _signature_breaks(line: str, lo: int) -> list[int]:
    """Breaks of a signature from ``lo``: before its levels (matched by the caller), the signer's own title (the
    last title of the run in capitals: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH") and the signer's name after it."""
    words = _words(line, lo, min(len(line), lo + 300))
    out, k = [], 0
    while k < len(words) and _caps(words[k][1]):
        k += 1
    run_end = words[k][0] if k < len(words) else None
    motto = R.MOTTO.search(line, lo, run_end or lo + 300)
    if motto:  # "T/M BAN THƯỜNG VỤ ĐƠN VỊ... ĐẢNG CỘNG SẢN VIỆT NAM": an appendix's header under the signature
        out += _annex_header(line, lo, motto.start())
        run_end, k = motto.start(), 0  # no name follows the level: the appendix does
    titles = [m for m in R.SIGNER_TITLE.finditer(line, lo, run_end or lo + 300)
              if not _tail(line, m.start()).rstrip().endswith(" BAN")]  # "T/M BAN BÍ THƯ": the body's name, no title
    if titles:
        acting = re.search(r"(?<!\S)(?:Q\.|QUYỀN)\s*$", line[lo:titles[-1].start()])  # "Q. CHỦ TỊCH": one title
        at = lo + acting.start() if acting else titles[-1].start()
        if at > lo:
            out.append(at)
    if run_end is not None and k and words[k][1] in ("-", "–", "+", "•"):
        out.append(run_end)  # a Nơi nhận item beside the level or title ("T/M BAN THƯỜNG VỤ - Ban TG …")
    elif run_end is not None and k and words[k][1][:1].isupper():
        out.append(run_end)  # the signer's name, in lower case but its initials
        j = k
        while j < len(words) and j - k < 5 and _name_word(words[j][1]):
            j += 1
        if 2 <= j - k and j < len(words):
            out.append(words[j][0])  # what follows the name: a footnote, an appendix, a copy's mark
    return out


def _annex_header(line: str, lo: int, motto: int) -> list[int]:
    """Where an appendix's header, run on after a signing level (``line[lo:motto]``, the motto at ``motto``), opens:
    at its issuer cell — a form's blank for the unit that fills it in ("ĐƠN VỊ...", "CƠ QUAN …") or a body's head
    (:func:`_issuer_breaks`) — else at the motto."""
    blank = re.search(r"(?<!\S)(?:TÊN\s+)?(?:ĐƠN\s+VỊ|CƠ\s+QUAN)\s*[.…_]{2,}", line[lo:motto])
    if blank:
        return [lo + blank.start()]  # the cell and the motto beside it stay one line, as a header's row
    return [lo + k for k in _issuer_breaks(line[lo:motto], motto - lo)] or [motto]


def _addressees_end(line: str, lo: int) -> list[int]:
    """The break after the addressees ("Kính gửi: …", a Công điện's "… điện: - Bộ …; - Sở …") where the body's
    first sentence opens: after the first full stop that a capital follows (not a dash item's)."""
    m = R.ADDRESSEES.search(line, max(0, lo - 40), lo + 400)
    if not m:
        return []
    end = R.SENTENCE_END.search(line, m.end(), m.end() + 3000)
    return [end.end()] if end else []


def _name_word(word: str) -> bool:
    """A word of a person's name: a capital then lower case letters ("Trần", "Xuân"), nothing else."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _line_breaks(line: str) -> list[int]:
    """The breaks of one run-on line (offsets into it)."""
    out, body = _header_breaks(line)
    state: dict = {}
    for m in R.LABEL.finditer(line, body):
        if _label_ok(line, m, state):
            out.append(m.start())
            heading = R.HEADING_RUN_ON.match(fold(line[m.end():m.end() + 120])) \
                if m.group().strip() not in ("-", "+", "•") and not _caps(line[m.end():].split(" ", 1)[0]) else None
            opens = R.HEADING_DASH if heading and R.VERBAL_HEADING.match(heading.group()) else R.HEADING_TEXT
            if heading and opens.match(line, m.end() + heading.end()):  # "1. Chỉ tiêu Các chi bộ …": the heading is a line of its own, its text the next
                out.append(m.end() + heading.end())
            if m.group().strip().rstrip(".-– ") in _ROMAN:  # a heading in capitals: the prose under it
                words = _words(line, m.end(), min(len(line), m.end() + 300))
                k = 0
                while k < len(words) and _caps(words[k][1]):
                    k += 1
                if k >= 2 and k < len(words) and not R.LABEL.match(line, words[k][0]):
                    out.append(words[k][0])
    for rx in (R.BASIS_OPEN, R.ARTICLE):
        out += [m.start() for m in rx.finditer(line, body)
                if R.CLOSED_END.search(_tail(line, m.start())) and not R.LABEL_END.search(_tail(line, m.start()))]
    for m in R.ENACT.finditer(line, body):
        out += [m.start(), m.end()]
    for m in R.CLOSING.finditer(line, body):
        out.append(m.end())
    for m in R.NOI_NHAN.finditer(line, body):
        out += [m.start(), m.end()]
        # its items, one a dash, up to the signing levels (or the next Nơi nhận / the line's end)
        level = R.SIGN_LEVEL.search(line, m.end())
        stop = level.start() if level else len(line)
        if level and not line[m.end():level.start()].strip():
            # "Nơi nhận: T/M BAN THƯỜNG VỤ - Ban TG và DV Tỉnh ủy (báo cáo), PHÓ BÍ THƯ - Thường trực …" (a legacy
            # page's two columns read line by line, then run on): the items go on past the levels beside them
            after = R.NOI_NHAN.search(line, m.end())
            stop = after.start() if after else len(line)
        item = m.end()
        for d in R.LIST_DASH.finditer(line, m.end(), stop):
            # an item's dash after a closing mark; with none, not inside a unit's name with its parent ("- Cục
            # Kiểm tra văn bản & QLXLVPHC - Bộ Tư pháp;", "- Ban Thi đua - Khen thưởng Trung ương")
            if R.CLOSED_END.search(_tail(line, d.start())) or R.COMMA_END.search(_tail(line, d.start())) \
                    or not R.SUB_UNIT.match(line[item:d.start()].split(";")[-1].lstrip(" -–+•")):
                out.append(d.start())
                item = d.start()
    tail = min((m.start() for rx in (R.NOI_NHAN, R.CLOSING) for m in [rx.search(line, body)] if m), default=None)
    if tail is not None:  # a signature without a level ("- Lưu: VT. CHỦ TỊCH Đinh Thị Quế", "… (2) THỦ TƯỚNG Phan …")
        for m in R.SIGNER_TITLE.finditer(line, tail):
            before = line[max(tail, m.start() - 12):m.start()].split()
            last = before[-1] if before else ""
            if R.SIGN_LEVEL.match(last + " X") or (_caps(last) and not R.CLOSED_END.search(last)):
                continue  # a level's body or a title in a run of capitals: the level's own breaks
            out += [m.start()] + _signature_breaks(line, m.start())
    signed = tail
    for m in R.SIGN_LEVEL.finditer(line, body):
        out.append(m.start())
        out += _signature_breaks(line, m.start())
        signed = m.end() if signed is None else min(signed, m.end())
    if signed is not None:
        out += [m.start() for rx in (R.FOOTNOTE, R.NOTE) for m in rx.finditer(line, signed)]
    out += _addressees_end(line, body)
    return sorted({w for w in (_word_start(line, k) for k in out) if 0 < w < len(line)})


def _word_start(line: str, k: int) -> int:
    """``k`` moved past the spaces at it: a line break falls before a word, the space left at the line's end."""
    while k < len(line) and line[k] == " ":
        k += 1
    return k
