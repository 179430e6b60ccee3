"""Text without geometry mended before it is read: blank lines and capitals that legacy OCR
and copied pages put inside sentences.

Why: Tesseract reads an indented first line as a paragraph of its own and puts blank lines
inside paragraphs; the restoration (ocr/restore) writes "Bộ"/"Sở" as "BỘ"/"SỞ"; a page may end
inside a sentence. Read as they are, a task block loses its "Đơn vị chủ trì" value, a body
its name ("Ban Tổ chức Trung" / "" / "ương tiếp tục …"). :func:`mend_breaks` returns a text
of the same length (offsets into it stay those of the stored text) with those blank lines
made line breaks and those capitals in title case; :func:`page_continues` says whether a
page ends inside a sentence that the next page goes on with.
"""

from __future__ import annotations

import re

from vanban.structure.vocab import wrapped_end
from vanban.text import fold

__all__ = ["date_goes_on", "mend_breaks", "page_continues", "part_word_joins", "upper_ratio"]

# a blank run (one or two empty lines) between two non-blank lines
_BLANK_RUN = re.compile(r"(?<=\S)([ \t]*\n)([ \t]*\n){1,2}(?=[ \t]*(\S+))")
# a page break right after a line's end
_PAGE_RUN = re.compile(r"(?<=\S)[ \t]*\n\f[ \t]*(?=(\S+))")
# a line that closes a sentence, a clause, a heading or a cell: what follows may open a paragraph
_CLOSED_END = re.compile(r"[.;:!?)\]*|…\"”]\s*$")
# a lower-case word that opens a list item ("a) …", "đ. …"), not the rest of a sentence
_LOWER_LABEL = re.compile(r"^[a-zđ]\s?[.)]$")
# a label alone on its line ("1.", "II.", "a)", "2.1.")
_BARE_LABEL = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]$")
# a line that ends in a preposition or conjunction has its sentence still open: vocab.wrapped_end (folded, spelled as
# the connector when the line carries marks: "Điều 10. Báo cáo đột xuất, chuyên đề" / "" / "Khi có yêu cầu …, các đơn
# vị có trách nhiệm báo cáo …", a Quy chế làm việc, tune20, ends in the noun "đề", no "để"; "4. Hậu cần tại chỗ" / "" /
# "Các thôn vận động …", t46-01, in "chỗ", no "cho": a title over its paragraph, no sentence going on). Read on OCR
# text too, though a connector whose mark OCR lost ("phối hợp voi") then no longer joins: the marks-blind join was
# measured in session 48 on the legacy and scan forms of tune44–46, authored44–46 and the labelled realdocs — it moved
# no figure, and every line it read otherwise (19) was a noun title ("2. Nguồn vốn đầu tư", "3. Vật tư, phương tiện tại
# chỗ", "Điều 4. Sinh hoạt chuyên đề", "7. Các hộ chăn nuôi, hộ nuôi chó", "I. SỰ CẦN THIẾT ĐẦU TU" with the hook of
# "TƯ" lost) or a scrap ("Í o"), none a connector that lost its mark; so the spelled reading stays
# a part's word alone on its line, its number on the next ("Điều" / "16. Trách nhiệm của Sở …",
# as published pages of Quy chế print it): one heading
_PART_WORD_ALONE = re.compile(r"(?m)^[ \t*]*(?:Điều|Chương|Mục|Phần)[ \t*]*(\n)(?:[ \t]*\n)?(?=[ \t*]*(?:\d{1,3}|[IVXL]{1,5})[.:]?(?:\s|$))")


#: (scan50t) a day range wrapped before its dash, the dash opening the next line as a list item's would: "… Vụ Xuân
#: (gieo trồng từ 25/01" / "- 20/02/2037) | | 2 | …" (t49-07's planting windows in a flowed table, the scan): read
#: as an item of its own, the range lost its end and the window was lost. "từ" (or "từ ngày") and a day/month close
#: the line, a dash and a day/month open the next: no list item opens on the end of a range
_RANGE_DASH_WRAP = re.compile(r"(?<![^\W\d_])(?i:từ)[ \t]+(?:(?i:ngày)[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{4})?[ \t]*(\n)"
                              r"(?=[ \t]*[-–][ \t]*\d{1,2}/\d{1,2}(?!\d))")


def range_dash_joins(text: str) -> list[int]:
    """Offsets of the line breaks inside a day range wrapped before its dash (:data:`_RANGE_DASH_WRAP`)."""
    return [m.start(1) for m in _RANGE_DASH_WRAP.finditer(text)]


def part_word_joins(text: str) -> list[int]:
    """Offsets of the line breaks that split a part's word from its number ("Điều" / "2. Sở …", ``_PART_WORD_ALONE``):
    one heading on two lines. Pages with line geometry (a Markdown page's bold "**Điều" / "2. **", Word) are not
    mended as plain text is (:func:`mend_breaks`), yet print the same split: read apart, the "Điều" closed the
    article above as its last word ("… của đơn vị; Điều") and the next article lost its word."""
    return [k for m in _PART_WORD_ALONE.finditer(text) for k in range(m.start(1), m.end()) if text[k] == "\n"]


def upper_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0



def _name_goes_on(prev: str, nxt: str) -> bool:
    """A proper name broken over the blank line of a wrapped paragraph: "… các tỉnh: Ninh" /
    "" / "Bình, Bắc Ninh, …" (a long line ending in a capitalised word; the next line opens
    with a capitalised word that a comma or another capitalised word follows)."""
    last = prev.split()[-1] if prev.split() else ""
    words = nxt.split()
    return (len(prev) >= 40 and last[:1].isupper() and not last.isupper() and len(words) >= 2
            and words[0][:1].isupper() and not words[0].isupper()
            and (words[0].endswith(",") or words[1][:1].isupper()))


# a short word in capitals with a tone or vowel mark ("BỘ", "SỞ", "NỘI", "TỔ") inside lower-case
# text: OCR restoration's capitals inside a sentence (abbreviations carry no such marks)
_CAPS_WORD = re.compile(r"^[A-ZĐ]*[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][A-ZĐ]*$")
_WORD = re.compile(r"[^\W\d_]+")


def _mend_case(text: str) -> str:
    """"BỘ trưởng", "SỞ NỘI vụ", "các BỘ: Quốc phòng": such capitals (see _CAPS_WORD) before a
    lower-case word, or before another of them that one follows, in title case. Lines mostly
    in capitals (headers, titles, signature levels) and columns apart are left as they are."""
    out = list(text)
    for seg in re.finditer(r"[^\n\t]+", text):
        chunk = seg.group()
        for part in re.finditer(r"(?:(?! {3}).)+", chunk):
            caps = [w for w in _WORD.findall(part.group()) if len(w) > 1 and w.isupper()]
            has_lower = any(w[:1].islower() or not w.isupper() for w in _WORD.findall(part.group()) if len(w) > 1)
            if len(caps) >= 3 or not has_lower:
                continue  # a line in capitals (header, title, signature level): as it is
            words = [w for w in _WORD.finditer(part.group())]
            texts = [w.group() for w in words]

            def lower_or_title(t: str) -> bool:
                return t[:1].islower() or len(t) == 1 or not t[1:].isupper()

            for k, w in enumerate(texts):
                if not (2 <= len(w) <= 4 and _CAPS_WORD.match(w)) or k + 1 >= len(texts):
                    continue
                if k > 0 and texts[k - 1].isupper() and len(texts[k - 1]) > 1 and not _CAPS_WORD.match(texts[k - 1]):
                    continue  # inside a name in capitals ("ỦY BAN NHÂN DÂN tỉnh")
                nxt = texts[k + 1]
                if not (lower_or_title(nxt) or (_CAPS_WORD.match(nxt) and k + 2 < len(texts)
                                                and texts[k + 2][:1].islower())):
                    continue
                base = seg.start() + part.start() + words[k].start()
                for i, ch in enumerate(w[1:], 1):
                    out[base + i] = ch.lower()
    return "".join(out)



# a line ending in the head word of a body's name, its name on the next line ("+ Sở" / "" / "Văn hóa, Thể thao …"),
# or inside "cơ quan ngang Bộ" before its Bộ ("Các Bộ, cơ quan ngang" / "" / "Bộ, cơ quan thuộc Chính phủ nghiên cứu …",
# 11298/VPCP-KTTH as eng OCR reads it: the bodies given the task lost their head)
_HEAD_END = re.compile(r"(?:^|[\s+•-])(?:Sở|Bộ|Cục|Ban|Vụ|Viện|Ủy ban|Phòng|Tổng cục|Chi cục|[Cc]ơ quan ngang)$")
# ... but a unit of the Bộ or Sở itself ends its own name with that word ("4. Thanh tra Bộ" / "" / "Phối hợp với Cục
# An toàn thực phẩm tổ chức …", "7. Văn phòng Bộ" / "" / "Phối hợp …", a Bộ's Kế hoạch, tune20): the line names the
# body, the paragraph after it is its task
_OWN_UNIT_END = re.compile(r"(?:^|[\s.)])(?:Văn phòng|Thanh tra|Lãnh đạo|Giám đốc|Đảng ủy|Công đoàn|Chánh Văn phòng)"
                           r" (?:Sở|Bộ)$")


# a proper name's first word after a preposition ending a line, the name going on after the blank line: "Căn cứ chỉ
# đạo của Tổng" / "" / "Bí thư Tô Lâm, …" (234/CĐ-TTg), "hoạt động của Ban" / "" / "Chỉ đạo, Tổ giúp việc …"
# (78/2025/NQ-HĐND) as eng OCR reads them — the basis paragraph lost its "Căn cứ" and the documents it cites their
# relation. No paragraph of the tuning documents' clean text ends so before a capitalised line
_NAME_OPENS_END = re.compile(r"(?:^|\s)(?:của|với|cho|tại|theo|và|các)\s+[A-ZĐ][^\W\d_A-ZĐ]*$")


# an office's title ending a line ("… Chủ" / "tịch" / "" / "Ủy ban nhân dân tỉnh …", 2623/QĐ-TTg as eng OCR
# reads it), the body it heads opening the line after the blank one: one name
_TITLE_END = re.compile(r"(?:^|[\s,;(])(?:Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng|Bộ\s+trưởng|Chánh\s+Văn\s+phòng|Trưởng)$")
_BODY_START = re.compile(r"(?:Ủy|Uỷ|UBND|HĐND|Sở|Bộ|Ban|Cục|Hội|Phòng|Tổng|Chi|Viện|Vụ|Văn|Đài|Tập|Trung\s+tâm|Công\s+an)\b")


# a date's word ending a line, the date itself opening the line after the blank one: "… kiện toàn đội dân phòng của
# tổ dân phố trước ngày" / "" / "31/12/2026." (a15-06-KH-UBND as eng OCR reads it: the task lost its deadline);
# folded. The next token must have the date's shape ("2." after "… năm" is a list's label, not a year; a month or a
# quarter with its year), the line three words at least (a table's cell "Năm" / "" / "2026" is two cells)
_DATE_WORD_END = re.compile(r"(?:^|\s)(ngay|thang|nam|quy)$")
_DATE_AFTER = {"ngay": re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[.,;]?$"),
               "thang": re.compile(r"\d{1,2}[/.-](?:19|20)\d\d[.,;]?$"),
               "nam": re.compile(r"(?:19|20)\d\d[.,;]?$"),
               "quy": re.compile(r"(?:[IV]{1,3}|[1-4])/(?:19|20)\d\d[.,;]?$")}


def date_goes_on(prev: str, nxt: str) -> bool:
    """The blank run falls between a date's word and its number (see ``_DATE_WORD_END``): after a line of three words
    or more, or after the date's word alone in small letters, a wrapped line's last word ("… kết quả kiểm điểm, xếp
    loại" / "năm" / "" / "2026 của Đảng bộ tỉnh trước ngày 15 tháng 3 năm 2027.", a22-08 as eng OCR reads it: the
    sentence parted there lost its deadline) — a table's "Năm" column opens with its capital. (Only "năm" alone: a
    cited document's "ngày" / "" / "18/12/2026" joined runs a "Thực hiện …" basis paragraph into the purpose clause
    after it, t23-10 legacy, whose deadline the preamble then hides.)"""
    m = _DATE_WORD_END.search(fold(prev))
    return bool(m) and (len(prev.split()) >= 3 or (prev[:1].islower() and m.group(1) == "nam")) \
        and bool(_DATE_AFTER[m.group(1)].match(nxt))


# a time label inside a sentence, after its clause's comma or semicolon ("…, thăm các hộ tại thôn …; thời gian:"), and
# the date it gives opening the line after the blank one ("ngày 12/8/2031.", "từ ngày …", "trước ngày …"); folded
_TIME_LABEL_END = re.compile(r"[,;]\s+thoi\s+(?:gian|han)\s*:$")
_DATE_OPENS = re.compile(r"(?:(?:tu|truoc|trong|vao)\s+)?(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")


# a due day opening a line in small letters, folded: "trước ngày 05/12/2037", "chậm nhất ngày 15/6", "trước 30/9"
_DUE_OPENS = re.compile(r"(?:truoc|cham\s+nhat)\s+(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}\b")


def time_label_goes_on(before: str, nxt: str) -> bool:
    """The blank run falls between a time label inside a sentence and the date it gives (see ``_TIME_LABEL_END``):
    "… thăm các gia đình tại thôn …; thời" / "gian:" / "" / "ngày 12/8/2031." (a team's visit as eng OCR reads a
    wrapped line, ocr37: the team's task lost its day). ``before``: the text before the run (its last 60 characters
    do); ``nxt``: the line after it. A heading "3. Thời gian:" over its paragraph has no clause before it."""
    return bool(_TIME_LABEL_END.search(" ".join(fold(before[-60:]).split()))) and bool(_DATE_OPENS.match(fold(nxt)))


def _title_goes_on(text: str, pos: int, nxt_pos: int) -> bool:
    """The blank run at ``pos`` falls between an office's title and the body it heads (see ``_TITLE_END``)."""
    return bool(_TITLE_END.search(text[max(0, pos - 30):pos]) and _BODY_START.match(text, nxt_pos))


# a list's label opening a line ("1.", "2.1.", "II.", "a)", "-", "+")
_ITEM_OPENS = re.compile(r"^(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]|[-–+•])(?=\s)")
# a line of a page's full width (characters) that a word in small letters ends: the sentence runs on past it
_FULL_LINE = 60


def _body_goes_on(text: str, prev: str, prev_pos: int, nxt_pos: int) -> bool:
    """The blank run falls inside a sentence, before a body's name: a full line ending in a word in small letters,
    no stop, under another full line (OCR puts blank lines between a paragraph's lines) ("… đối với tổ chức đảng và cán bộ thuộc diện" / "" / "Ban
    Thường vụ Tỉnh ủy quản lý, gửi … trước ngày 10/01/2027.", a16-06 as eng OCR reads it: the body opened a task of
    its own, the one asked lost its date). Not a one-line trích yếu under its type line ("CHỈ THỊ" / "Về tăng cường
    … dịp Tết Nguyên đán" / "" / "Sở Nội vụ tiếp nhận …": the title took the body's first sentence)."""
    last = prev.split()[-1] if prev.split() else ""
    above = next((ln.strip() for ln in reversed(text[max(0, prev_pos - 400):prev_pos].split("\n")) if ln.strip()), "")
    if not (last.isalpha() and last.islower() and _BODY_START.match(text, nxt_pos)):
        return False
    if len(above) < _FULL_LINE:
        # (ocr37) the first line of an item's paragraph, under the item's numbered heading in sentence case ("3. Tổ
        # công tác" / "Tổ công tác lập danh sách các hộ cần hỗ trợ trong tháng đầu năm, trình" / "" / "UBND xã phê
        # duyệt trước ngày …", t35-05 legacy read so: the body's task lost its addressee and its date); a type line
        # in capitals over a trích yếu is no such heading
        return len(prev) >= _FULL_LINE and bool(_NUMBERED_OPENS.match(above)) and upper_ratio(above) < 0.5
    if len(prev) >= _FULL_LINE:
        return True
    # a paragraph's wrapped line shorter than the page's measure, right under a full line that no stop ends: the
    # sentence is still open ("2. Giao Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các" /
    # "Tổ đại biểu và đại biểu" / "" / "Hội đồng nhân dân xã giám sát …", t26-06 as eng OCR reads it: the bodies'
    # name was cut and their task lost)
    line_above = text[text.rfind("\n", 0, max(0, prev_pos - 1)) + 1:max(0, prev_pos - 1)].strip()
    # (not an item's own line under a heading in capitals: "IV. TỔ CHỨC THỰC HIỆN …" / "1. Trách nhiệm của các sở")
    return (line_above == above and not _CLOSED_END.search(above) and upper_ratio(above) < 0.5
            and not _ITEM_OPENS.match(prev))


# (leg53) a body's acronym and its level opening a line: "LĐLĐ huyện", "UBND tỉnh", "HĐND xã" (the rest of a name)
_ACRONYM_LEVEL_OPENS = re.compile(r"(?:[A-ZĐ]{2,6})[ \t]+(?:huyện|tỉnh|xã|phường|thị trấn|thành phố|quận)\b")


def _name_acronym_goes_on(prev: str, text: str, nxt_pos: int) -> bool:
    """The blank run falls inside a body's name whose acronym and level open the next line: "Ban Chính sách - Pháp
    luật tổng hợp, tham mưu Ban Thường vụ" / "" / "LĐLĐ huyện báo cáo LĐLĐ tỉnh trước ngày 10/6/2038." (a51-01 as
    eng OCR reads it: the report to the province was cut from the office that makes it, and the office lost its due
    day). The line above is a paragraph's line of prose (40 characters at least, no list label, not in capitals) that
    no stop ends, a word in small letters last and a capitalised word among its last three (the name begun: "Ban
    Thường vụ", "Ban Chấp hành"); the next line opens with the acronym in capitals and a level of government."""
    words = prev.split()
    if len(prev) < 40 or not words or not (words[-1].isalpha() and words[-1].islower()) \
            or _ITEM_OPENS.match(prev) or upper_ratio(prev) >= 0.5:
        return False
    return any(w[:1].isupper() for w in words[-3:-1]) and bool(_ACRONYM_LEVEL_OPENS.match(text, nxt_pos))


# a compound's hyphen wrapped to a line's start, a blank line put before it: "… và các tổ chức chính trị" / "" / "- xã
# hội vận động Quỹ …" (t20-01 as eng OCR and the scan read it: the Front's task was cut and lost), "kinh tế" / "" / "- xã
# hội"; the dash, then a word in small letters (a list item opens with a capital)
_HYPHEN_WRAP = re.compile(r"[-–]\s+([^\W\d_])")


def _hyphen_goes_on(prev: str, text: str, nxt_pos: int) -> bool:
    """The blank run falls inside a compound whose hyphen opens the next line (see ``_HYPHEN_WRAP``): the line above
    ends with a word in small letters (no stop, no colon: a list's lead-in ends with one)."""
    last = prev.split()[-1] if prev.split() else ""
    m = _HYPHEN_WRAP.match(text, nxt_pos)
    return last.isalpha() and last.islower() and m is not None and m.group(1).islower()


# a line opening with a figure that runs on in words ("92,7%. Trong mùa khô …", "6,2% dự toán; …"), not a list label
# ("2. …") nor a table's figure cell alone on its line, nor a number of a symbol ("56 318/2026/NĐ-CP", OCR's "56" for
# "số"); a line opening with a bracket is left as it stands ("(qua Dự án …)": an aside a body's name wraps into)
_FIGURE_GOES_ON = re.compile(r"(?!\d{1,2}(?:\.\d{1,2})*[.)]\s)\d[\d.,]*\s*%?[.,;:]?[ \t]+[^\W\d_]{2}")


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` from ``pos`` to its end."""
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


# the least length of the prose line a figure opens under a blank run (:func:`_figure_goes_on`)
_FIGURE_LINE = 40


def _figure_goes_on(text: str, prev: str, prev_pos: int, nxt_pos: int) -> bool:
    """The blank run falls inside a sentence, before a figure that goes on with it in words (``_FIGURE_GOES_ON``):
    the line above ends in a word in small letters, no stop, and is the end of a wrapped line — a full line itself
    ("… thu ngân sách nhà nước trên địa bàn ước đạt 20.150 tỷ đồng, vượt" / "" / "6,2% dự toán; …") or a word or two
    under a full line that no stop ends ("… tỷ lệ che phủ rừng năm 2026" / "đạt" / "" / "92,7%. Trong mùa khô …",
    a22-02 as eng OCR reads it): Tesseract put a blank line between a paragraph's lines, and the figure
    lost the sentence that says it was reached (past results read as targets).

    Kind (legacy OCR, tg25b). Not a table's cells: a figure alone on its line does not go on in words, and the line
    under the blank run is a printed line of prose (``_FIGURE_LINE`` characters at least), not a cell's "01 thôn" under
    a long row label ("Có thêm ít nhất 02 thôn được công nhận đạt chuẩn nông thôn mới" / "" / "01 thôn", a24-09)."""
    last = prev.split()[-1] if prev.split() else ""
    if not (last.isalpha() and last.islower()) or not _FIGURE_GOES_ON.match(text, nxt_pos):
        return False
    if len(_line_at(text, nxt_pos).strip()) < _FIGURE_LINE:
        return False
    if len(prev) >= _FULL_LINE:
        return True
    above_end = prev_pos - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)].strip() if above_end > 0 else ""
    return len(prev.split()) <= 2 and len(above) >= _FULL_LINE and not _CLOSED_END.search(above)


# a line of prose a capitalised word opens and small words go on ("Đông trong tháng 3/2030. Yêu cầu …"): no label,
# no heading in capitals, no body's name (:func:`_body_goes_on` reads those)
_PROSE_GOES_ON = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+[^\W_]")
# ... but a paragraph's own opening words ("Căn cứ …", "Thực hiện …", "Để …"), and a trích yếu's "Về …" above
_PARAGRAPH_OPENS = re.compile(r"(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Trên cơ sở|Về|Kính gửi|Nơi nhận)\b")
# a numbered item's heading ("6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã" / "" / "Phối hợp …": a body named, its
# task under it, a33/t35 legacy), not a dash's item ("- Chi bộ … tổ chức quán triệt" / "" / "Kế hoạch đến …")
_NUMBERED_OPENS = re.compile(r"(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]\s")
# the least length of the line under the blank run that :func:`_capital_goes_on` reads as the sentence's rest
_PROSE_LINE = 40


def _capital_goes_on(text: str, prev: str, prev_pos: int, nxt_pos: int) -> bool:
    """The blank run falls inside a sentence whose next word is written with a capital: a full line ending in a word
    in small letters, no stop, under no line, a closed one or a full one (not a heading's short line), then a line of prose
    opened by a capitalised word in a sentence's run ("… Phòng Kinh tế tham mưu UBND xã tổ chức tổng kết" / "" / "Đông
    trong tháng 3/2030. Yêu cầu …", a34-04 as eng OCR reads it, its "vụ" lost: the task's month went to another
    paragraph and the office lost its date). Kind (legacy OCR, ocr36b). Not a numbered item's heading line ("6. Đề nghị
    Ủy ban Mặt trận Tổ quốc Việt Nam xã" / "" / "Phối hợp …": the body's task opens under it),
    nor a line in capitals, nor a short line (a table's cell, a signature's name)."""
    last = prev.split()[-1] if prev.split() else ""
    if not (last.isalpha() and last.islower() and len(prev) >= _FULL_LINE and upper_ratio(prev) < 0.5) \
            or _NUMBERED_OPENS.match(prev):
        return False
    nxt = _line_at(text, nxt_pos).strip()
    words = _PROSE_GOES_ON.match(nxt)
    if len(nxt) < _PROSE_LINE or not words or not words.group(1).istitle() or not words.group(2).islower() \
            or _ITEM_OPENS.match(nxt) \
            or _BODY_START.match(nxt) or _PARAGRAPH_OPENS.match(nxt) or _PARAGRAPH_OPENS.match(prev):
        return False
    above_end = prev_pos - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)].strip() if above_end > 0 else ""
    if not above and _type_line_above(text, prev_pos):
        return False  # a trích yếu under its type line ("THÔNG TƯ" / "" / "Quy định …" / "" / "Thông tư số …"): a title
    return not above or _CLOSED_END.search(above) is not None or len(above) >= _FULL_LINE


def _type_line_above(text: str, pos: int) -> bool:
    """The nearest line with words above ``pos`` (blank lines passed) is a short line in capitals: a document's type
    line or a heading, whose next line is a title, not a sentence's first half."""
    lines = text[:pos].rstrip("\n").split("\n")
    above = next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
    return bool(above) and len(above) < _FULL_LINE and upper_ratio(above) >= 0.5


# a quotation mark that opens a quote (after a blank or a bracket, before a letter or digit) and one that closes it
# (after a letter, digit or stop, before a blank, a stop or the line's end)
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(]))[\"“](?=[^\W_])")
_QUOTE_CLOSES = re.compile(r"(?<=[^\s\"“])[\"”](?=[\s.,;:)!?]|$)")


def _open_quote(prev: str, nxt_line: str) -> bool:
    """A quote opened on the line above the blank run and not closed there, closed on the line under it: 'đạt tiêu chí
    "5' / '' / 'không 3 sạch".' (a24-06 as eng OCR reads it: Tesseract put a blank line inside the quoted name of a
    criterion, and the name's "3 sạch" was read as a target of 3). Kind (legacy OCR, tg25b)."""
    opens = list(_QUOTE_OPENS.finditer(prev))
    if not opens or _QUOTE_CLOSES.search(prev, opens[-1].end()):
        return False
    close = _QUOTE_CLOSES.search(nxt_line)
    return close is not None and not _QUOTE_OPENS.search(nxt_line, 0, close.start())


def _open_bracket(text: str, pos: int) -> bool:
    """A bracket opened in the paragraph before ``pos`` is not closed yet: "Nhà đầu tư (Tập đoàn" /
    "Đèo" / "" / "Cả) rà soát …" (a blank line OCR put inside a name in brackets)."""
    seg = text[max(0, pos - 200):pos]
    seg = seg[seg.rfind("\n\n") + 1:]
    return seg.rfind("(") > seg.rfind(")")


# a list item's dash read by eng OCR as an underscore or a dash with a quote mark stuck to it, the item's capital
# right after ("_'Tổ chức chi trả tiền bồi thường …", a26-03 as eng OCR reads its "- Tổ chức …"): no mark the body's
# labels know, so the item ran into the heading above it and its body lost the task. Only at a line's start before a
# capital: "__Nơi nhận:" (underlining read as underscores) has no quote mark
_DASH_READ_AS = re.compile(r"(?m)^([ \t]*)([_–—-]['’‘`])(?=[^\W\d_])")


def _mend_marks(text: str) -> str:
    """``text`` with each dash read as ``_DASH_READ_AS`` before a capital written "- " (same length)."""
    return _DASH_READ_AS.sub(lambda m: m.group(1) + "- " if text[m.end()].isupper() else m.group(), text)


def mend_breaks(text: str) -> str:
    """``text`` with the blank lines that only break a sentence in two made line breaks.

    Why: legacy OCR (Tesseract reads an indented first line as a paragraph of its
    own) and text copied from a page put an empty line inside a paragraph
    ("Đơn vị chủ trì tham mưu thực" / "" / "hiện: Sở Nội vụ.", "5. Giao Ban Tổ chức
    Trung" / "" / "ương tiếp tục …"). A blank run after a line that does not close
    its sentence, before a lower-case word that is not a label ("a)"), or after a
    line ending in a preposition ("… thống nhất với" / "" / "Báo cáo …"), is no
    paragraph break. A list item's dash read "_'" is written "- " (``_DASH_READ_AS``).
    A short capitalised word with a vowel mark before a lower-case
    word ("BỘ trưởng", "SỞ Nội vụ": restoration's capitals) is written in title case.
    Same length as ``text`` (the blank line's newline becomes a space), so offsets
    into it stay those of the stored text.
    """
    text = _mend_marks(text)
    out = list(text)
    for k in part_word_joins(text) + range_dash_joins(text):
        out[k] = " "
    for m in _PAGE_RUN.finditer(text):  # "… tham mưu thực⏎\fhiện: Sở Tư pháp." across a page break
        prev = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        nxt = m.group(1)
        if prev and not _CLOSED_END.search(prev) and nxt[:1].islower() and not _LOWER_LABEL.match(nxt):
            out[m.start()] = " "
    for m in _BLANK_RUN.finditer(text):
        prev = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        nxt = m.group(3)
        if not prev or "\f" in m.group():
            continue
        bare = bool(_BARE_LABEL.match(prev) and nxt[:1].isalpha())  # "1." / "" / "Sở Công Thương:"
        lower = nxt[:1].islower() and not _LOWER_LABEL.match(nxt)
        # (a clause after a semicolon in small letters goes on its item: "… cho các dự án còn vướng mắc;" / "" /
        # "thời gian thẩm định … không quá 07 ngày làm việc …", a15-07 as eng OCR reads it: the clause's limit was
        # given to a body of another paragraph)
        # (nor a quoted rating before its consequence: '… xếp loại "Không hoàn thành' / 'nhiệm vụ"' / "" / "thì không
        # xếp loại …", a18-08 as eng OCR reads it: the condition became a body with a task)
        # (nor an aside's bracket before the sentence's due day: "… báo cáo kết quả … về UBND tỉnh (qua Sở" / "Nông
        # nghiệp và Môi trường)" / "" / "trước ngày 05/12/2037. …", t48-10 as eng OCR reads it: the report lost its
        # due day; a paragraph never opens on "trước ngày <day>" in small letters)
        if _CLOSED_END.search(prev) and not bare and not (lower and prev.endswith((";", '"', "”"))) \
                and not (lower and prev.endswith(")") and _DUE_OPENS.match(fold(_line_at(text, m.start(3))))) \
                and not time_label_goes_on(text[:m.start()], _line_at(text, m.start(3))):
            continue
        comma = prev.endswith(",") and nxt[:1].isalpha() and not _LOWER_LABEL.match(nxt)
        if bare or lower or comma or _name_goes_on(prev, nxt) or (wrapped_end(prev) and nxt[:1].isalpha()) \
                or (_open_bracket(text, m.start()) and nxt[:1].isalnum()) \
                or (((_HEAD_END.search(prev) and not _OWN_UNIT_END.search(prev)) or _NAME_OPENS_END.search(prev))
                    and nxt[:1].isupper()) \
                or _title_goes_on(text, m.start(), m.start(3)) or date_goes_on(prev, nxt) \
                or time_label_goes_on(text[:m.start()], _line_at(text, m.start(3))) \
                or _hyphen_goes_on(prev, text, m.start(3)) \
                or _name_acronym_goes_on(prev, text, m.start(3)) \
                or _figure_goes_on(text, prev, text.rfind("\n", 0, m.start()) + 1, m.start(3)) \
                or (nxt[:1].isalnum() and _open_quote(prev, _line_at(text, m.start(3)))) \
                or _body_goes_on(text, prev, text.rfind("\n", 0, m.start()) + 1, m.start(3)) \
                or _capital_goes_on(text, prev, text.rfind("\n", 0, m.start()) + 1, m.start(3)):
            last = m.end() - 1  # the run's last newline stays
            for k in range(m.start(), last):
                if text[k] == "\n":
                    out[k] = " "
    return _mend_case("".join(out))


def page_continues(text: str, nxt: str) -> bool:
    """The page ``text`` ends inside a sentence that the page ``nxt`` goes on with."""
    prev = text.rstrip().rsplit("\n", 1)[-1].strip()
    first = nxt.lstrip()
    word = first.split()[0] if first.split() else ""
    return (text.endswith("\n") and bool(prev) and not _CLOSED_END.search(prev)
            and first[:1].islower() and not _LOWER_LABEL.match(word))


