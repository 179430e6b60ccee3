"""Grammar of a directive's layout as data: mottos, type lines, labels, signature marks.

Every pattern runs on the folded view (``vanban.text.fold``: lower case,
no diacritics, đ→d) and tolerates the look-alikes legacy OCR writes (Đ as P/B,
ô as 6/0, ư as w). Canonical spellings are the accented forms of Nghị định
30/2020/NĐ-CP (state) and Hướng dẫn 36-HD/VPTW (Party).
"""

from __future__ import annotations

import re

from vanban import cellgrid
from vanban.place_nouns import ADMIN_LEVEL_RE
from vanban.symbol_codes import TYPE_CODES
from vanban.symbols import SLASH_LOOKALIKES
from vanban.text import CAPITAL, fold, has_diacritics, nfc

#: Years a document of the archive can bear, for the header's date and every date extraction
#: reads (vanban.extract.dates.MIN_YEAR, MAX_YEAR); outside them a year is an OCR misreading.
DOCUMENT_YEARS = range(1930, 2101)

_CLASS = {"d": "[dpb]", "o": "[o06]", "u": "[uw]", "e": "[e¢]", "i": "[il1]", "a": "[a4]"}


def kw(phrase: str) -> str:
    """A regex for a folded phrase, OCR look-alikes allowed, words split by spaces."""
    words = ["".join(_CLASS.get(c, re.escape(c)) for c in w) for w in phrase.split()]
    return r"(?<![a-z0-9])" + r"\s+".join(words) + r"(?![a-z0-9])"


# --- header -------------------------------------------------------------------
MOTTO_RE = re.compile("|".join(kw(p) for p in (
    "cong hoa xa hoi", "chu nghia viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap", "tu do",
    "hanh phuc", "dang cong san viet nam")))
# The Đoàn's organisation line, printed in its documents' right column where a Party document prints "ĐẢNG CỘNG SẢN
# VIỆT NAM": a motto when a body's name stands above or beside it ("HUYỆN ĐOÀN X" / "BCH ĐOÀN XÃ Y" | "ĐOÀN TNCS HỒ CHÍ
# MINH"), never the issuer; only as a line of its own, since "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH X" is a body's full name
ORGANISATION_LINE_RE = re.compile(r"\s*(?:" + "|".join(kw(p) for p in (
    "doan tncs ho chi minh", "doan thanh nien cong san ho chi minh")) + r")\s*")
# The motto's lines as printed (folded): a scan's misreading of one ("cộng hòa xã hột") is snapped to them
# (:mod:`vanban.structure.motto_snap`) before the header is split
MOTTO_LINES = ("cong hoa xa hoi chu nghia viet nam", "cong hoa xa hoi", "chu nghia viet nam",
               "doc lap - tu do - hanh phuc", "dang cong san viet nam")
SEPARATOR_RE = re.compile(r"^[\s\-_=*~.–—]*$")
NUMBER_LINE_RE = re.compile(r"^s[o06]{1,2}(?:\s*(?:va\s+)?ky\s+hieu)?\s*(?::|\.(?=\s*\d)|(?=\s*[\d/_.…])|$)")
# "Số:   /KH-SCT" (blank) or "Số: 1026/KH-UBND", "Số 104 -CTr/TU", "Số: 32/2025/TT-BKHCN";
# Tesseract eng reads "Số:" as "S6:", "S06:" or "S60:" (the ố as two glyphs)
SYMBOL_RE = re.compile(
    r"(?P<sym>\d{1,6}[A-Za-zĐđ]?(?:\s?/\s?\d{4})?\s?[-/]\s?[A-Za-zĐđ][\wĐđ.&]*(?:\s?[-/]\s?[\wĐđ.&]+)*)")
#: (ncfix53a) a place opening its "…, ngày" on a số ký hiệu's line after a spaced dash: a scan reading the header's two
#: cells as one line ("Số: 65/2025/NQ-HĐND - Hà Nội, ngày 27", the right cell's place-date behind the left cell's
#: number, Nghị quyết 65/2025/NQ-HĐND scanned by session 53's newcomer) — the symbol ends before it, not at "Hà"
SYMBOL_PLACE_TAIL_RE = re.compile(
    r"\s[-–—]\s*(?=[^\W\d_][^\W_]*(?:[ ]{1,2}[^\W\d_][^\W_]*){0,4}\s*,\s*ng(?:[aàáạ4]|u(?=y))y(?:\W|$))", re.I)
BLANK_SYMBOL_RE = re.compile(r"^[\s_.…]*(?P<code>[-/]\s?[A-Za-zĐđ][\wĐđ.&]*(?:\s?[-/]\s?[\wĐđ.&]+)*)")
# The place never opens inside a số ký hiệu sharing its line ("Số: 77/KH-UBND Tuyên Quang, ngày …": the code's
# "UBND" after its "-" is no place's first word); day and month may both be left blank for the clerk
# ("Tuyên Quang, ngày   tháng   năm 2026": the place is printed all the same); (obl48) the italic "ngày" of a scanned
# date line read as "ngụy" and restored so ("Hưng Lộc, ngụy 14 tháng 8 năm 2035", a46-06's scan form: date and place
# lost) is "ngày" before a day, a month and a year
PLACE_DATE_RE = re.compile(  # starts at a word start: a long run of letters is tried once, not per letter
    r"(?<![^\W\d_])(?<![-/])(?P<place>[^\W\d_][^\W_]*(?:[ ]{1,2}[^\W\d_][^\W_]*){0,4})\s*,?\s*ng(?:[a4]|u(?=y\s*\d))y\s*(?P<d>\d{1,2}|[_.…\s]*?)[\s_]*"
    r"th[a4e]ng\s*(?P<m>\d{1,2}|[_.…\s]*?)[\s_]*n[a4e]m\s*(?P<y>\d{4}|20\d(?!\d))")  # eng OCR + restoration: "tháng 12 ném 2025"
#: … (scan49) a year of three digits "năm 202": a scan's last digit lost at the column's edge (17986/BTC-CT scanned by
#: session 48's newcomer); header.repaired_year completes it from the document's other dates or leaves the date unknown
#: a slash of the "V/v" label as a scan may read it: a look-alike ("V⁄w Phổ biến Cẩm nang …", U+2044, 17986/BTC-CT
#: scanned by session 48's newcomer: the trích yếu was lost), as in a số ký hiệu (vanban.symbols)
VV_SLASH = f"[/{SLASH_LOOKALIKES}]"
VV_RE = re.compile(rf"^(?:v\s?{VV_SLASH}\s?v(?:[\s:.]|$)|ve viec\s)")

# Heads of a body's name: a header line starting with one of these starts a new body
# ("BỘ TÀI CHÍNH" / "CỤC THUẾ"); other lines continue the line above ("ỦY BAN NHÂN DÂN" / "TỈNH X").
ORG_HEADS = (
    "uy ban", "ubnd", "hdnd", "hoi dong", "bo", "so", "cuc", "chi cuc", "tong cuc", "thue", "ban", "van phong",
    "dang bo", "dang uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "chi bo", "trung tam",
    "thu tuong", "chinh phu", "quoc hoi", "vu", "phong", "vien", "truong", "benh vien", "hoi", "kho bac",
    "bao hiem", "ngan hang", "cong an", "bo chi huy", "toa an", "vien kiem sat", "kiem toan", "thanh tra",
    "doan", "mat tran", "lien doan", "tap doan", "tong cong ty", "cong ty", "hai quan", "chi nhanh",
    "bo chinh tri", "ban bi thu", "ban chap hanh",
    "bch",  # "HỘI LHPN VIỆT NAM" / "BCH HỘI LHPN TỈNH THANH HÓA" (t26-07): the committee's line is a body of its own
)
ORG_HEAD_RE = re.compile(r"^(?:" + "|".join(kw(h) for h in sorted(ORG_HEADS, key=len, reverse=True)) + ")")
# a first line that is only a head word needs the next line to name the body ("VĂN PHÒNG" / "CHÍNH PHỦ")
# ("BAN CHẤP HÀNH" / "HỘI LHPN TỈNH ĐỒNG THÁP" under "HỘI LHPN VIỆT NAM", a mass organisation's committee wrapped in its
# cell, t22-04: the issuer "Ban Chấp hành Hội LHPN tỉnh Đồng Tháp", its parent the line above)
# a Party unit's name over its committee ("ĐẢNG BỘ TỈNH ĐỒNG THÁP" / "ĐẢNG ỦY XÃ TÂN HƯNG"): a Đảng bộ issues nothing by
# itself, its committee does, so a body's line after it is the issuer under that parent, also across the blank line
# a legacy OCR puts between the two (t23-06 legacy: the issuer read "ĐẢNG BỘ TỈNH ĐỒNG THÁP", the committee lost)
PARTY_UNIT_PARENT_RE = re.compile(kw("dang bo") + r"\s+\S")
# (ocr41b) a local People's Committee named in full above a blank line, nothing after its place ("ỦY BAN NHÂN DÂN
# TỈNH PHÚ" / "THỌ" / blank / "ỦY BAN NHÂN DÂN XÃ MINH HÒA", legacy OCR of a two-level header): the parent of the body
# whose head opens the next line, as on one line (:data:`SUB_BODY_ON_PARENT_RE`) — without it the issuer read was the
# province's committee and the xã's lost (folded: its head, a level that heads other bodies, a place of one to four words)
# (ocr43) … also a xã's or phường's committee: its Ban Chỉ đạo, Hội đồng or Tổ công tác signs under it ("ỦY BAN NHÂN
# DÂN XÃ X" / blank / "BAN CHỈ ĐẠO THỰC HIỆN …", a scan that ran the first line into the motto beside it) — only a
# body's head opens that line (:func:`vanban.structure.header._continues`), the motto, number and date never
STATE_PARENT_RE = re.compile(
    r"^(?:uy ban nhan dan|ubnd)\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu)(?:\s+[^\W\d_]+){1,4}$")
# a local authority's full name and a body it heads read onto one line (a scan's two header lines run together: "ỦY BAN
# NHÂN DÂN TỈNH QUẢNG" / "NGÃI SỞ Y TẾ", t23-09; "UBND TỈNH QUẢNG TRỊ SỞ NỘI VỤ", a22-03): the parent's head, its level and
# a place of one to four words, then the body's head with its name (as printed: "BẢN", a place word, is no "BAN")
# … and the Party's forms ("ĐẢNG BỘ TỈNH BẮC NINH ĐẢNG ỦY XÃ TÂN AN", "HUYỆN ỦY GIA LÂM BAN TUYÊN GIÁO": session 24's
# newcomer scanned such headers): a Đảng bộ or a local committee, its place, then the committee or the ban it heads
# (ocr48t) … and where a scan wrapped the header's cell inside the second line's head, so that the two lines read as one
# body ("ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN" / "ỦY HÒA VÂN", "ĐẢNG ỦY XÃ PHÚ THỊNH ỦY BAN" / "KIỂM TRA", t47-06 and t47-08
# scanned; printed "ĐẢNG BỘ TỈNH X" / "HUYỆN ỦY Y" and "ĐẢNG ỦY XÃ X" / "ỦY BAN KIỂM TRA" or "BAN XÂY DỰNG ĐẢNG", as
# t43-08, a26-08, a20-10 print them): a district's or province's committee under its Đảng bộ, and a xã's or phường's
# Đảng ủy over its own ban
_LEVEL = r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)"
SUB_BODY_ON_PARENT_RE = re.compile(
    r"^(?P<parent>(?:(?:ỦY BAN NHÂN DÂN|UBND|ĐẢNG BỘ)\s+" + _LEVEL + r"|ĐẢNG ỦY\s+(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)"
    r"|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY)(?:\s+\S+){1,4}?)"
    r"\s+(?P<body>ỦY BAN KIỂM TRA(?:\s+\S.*)?"  # whole by itself (a bare "BAN" took the "ỦY" into the parent's place)
    r"|(?:SỞ|BAN|CỤC|CHI CỤC|VĂN PHÒNG|THANH TRA|ĐẢNG ỦY)\s+\S.*)$")
# … a local committee under its Đảng bộ: only there, and with a place after its head ("THÀNH ỦY BAN" would read a
# place's last word — "YÊN THÀNH", "HẠC THÀNH" — as a committee's head)
COMMITTEE_ON_DANG_BO_RE = re.compile(
    r"^(?P<parent>ĐẢNG BỘ\s+" + _LEVEL + r"(?:\s+\S+){1,4}?)"
    r"\s+(?P<body>(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY\s+(?!BAN\b|ỦY\b|ĐẢNG\b)\S.*)$")
BARE_HEADS = ("van phong", "uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd", "bo", "so", "cuc", "uy ban",
              "ban", "tong cuc", "chi cuc", "thu tuong", "ban chap hanh")
#: an office-holder's title printed alone on the header's first line, the body it heads on the lines below ("CHỦ TỊCH" /
#: "ỦY BAN NHÂN DÂN" / "TỈNH PHÚ THỌ": a Chủ tịch's Quyết định, its symbol "…/QĐ-CTUBND"): the officer of that body is
#: the one issuer, the title no parent body of its own (folded; a title run on with its body, "CHỦ TỊCH ỦY BAN NHÂN
#: DÂN", is read by the head words)
OFFICE_TITLES = ("chu tich", "giam doc", "tong giam doc", "bo truong", "cuc truong", "tong cuc truong", "chi cuc truong",
                 "vien truong", "truong ban", "chanh van phong", "chanh an", "chu nhiem", "thong doc")
CONNECTOR_END_RE = re.compile(r"(?:\s(?:va|cua)|[,&-])\s*$")
# Party central bodies name themselves after the Central Committee: "BAN TỔ CHỨC" → "BAN TỔ CHỨC TRUNG ƯƠNG"
CENTRAL_COMMITTEE_RE = re.compile(kw("ban chap hanh trung uong"))
CENTRAL_OFFICE = ("VĂN PHÒNG", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG")
# a province's or district's Party committee ("TỈNH ỦY QUẢNG NINH", "THÀNH ỦY HÀ NỘI", "HUYỆN ỦY …") and the
# departments it heads named bare under it ("BAN TỔ CHỨC", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ỦY BAN KIỂM TRA"): the text
# names each after its committee ("Ban Tổ chức Tỉnh ủy", Hướng dẫn số …-HD/BTCTU), as "VĂN PHÒNG" is named
LOCAL_COMMITTEE_RE = re.compile(r"^(?:tinh|thanh|huyen|quan|thi) uy(?![a-z])")
# a Party unit ("ĐẢNG BỘ TỈNH QUẢNG NGÃI") over a department named bare ("ỦY BAN KIỂM TRA", t26-08): the department is
# its level's committee's, named as its text names it ("Ủy ban Kiểm tra Tỉnh ủy"); folded level → the committee's name
PARTY_UNIT_LEVEL_RE = re.compile(r"^dang bo\s+(?P<level>tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\s")
PARTY_UNIT_COMMITTEES = {"tinh": "TỈNH ỦY", "thanh pho": "THÀNH ỦY", "huyen": "HUYỆN ỦY", "quan": "QUẬN ỦY",
                         "thi xa": "THỊ ỦY", "xa": "ĐẢNG ỦY XÃ", "phuong": "ĐẢNG ỦY PHƯỜNG"}
PARTY_DEPARTMENT_RE = re.compile(
    r"^(?:ban (?:to chuc|tuyen giao(?: va dan van)?|dan van|noi chinh|kinh te|chinh sach,? chien luoc|bao ve suc khoe can bo"
    r"|thuong vu)"  # the committee's standing board: "THÀNH ỦY ĐÀ NẴNG" / "BAN THƯỜNG VỤ" = "Ban Thường vụ Thành ủy" (t20-01)
    r"|uy ban kiem tra)$")
# a Front committee's standing board named bare under it ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH QUẢNG TRỊ" / "BAN THƯỜNG TRỰC",
# a19-10): the text names it after its committee, the Front's name spelt out ("Ban Thường trực Ủy ban Mặt trận Tổ quốc
# Việt Nam tỉnh …"); the parent's abbreviations a header prints for its width → their words
# a standing board printed bare under its organisation (the Front's "BAN THƯỜNG TRỰC"; a mass organisation's "BAN
# THƯỜNG VỤ": "HỘI LHPN TỈNH LÀO CAI" / "BAN THƯỜNG VỤ", t28-10): the issuer, named in full after the organisation
# printed above it; a Party committee's own board keeps the committee's rule (PARTY_DEPARTMENT_RE); folded
STANDING_BOARD_RE = re.compile(r"^ban thuong (?:truc|vu)$")
STANDING_BOARD_PARENT_RE = re.compile(
    r"^(?:uy ban (?:mttq|mat tran to quoc)|ubmttq"
    r"|hoi (?!dong\s)\w+"  # Hội LHPN, Hội Nông dân, Hội Cựu chiến binh … (never a Hội đồng: its standing body is "Thường trực")
    r"|(?:tinh|thanh) doan|bch doan|ban chap hanh doan|doan tncs|lien doan lao dong|ldld)(?![a-z])")
# a branch printed under the body it belongs to ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH ĐỒNG THÁP"): in a
# joint document's cell of issuers the two lines name one issuer, not two (t28-04); a bank's transaction office
# ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH HUYỆN X") is its branch at the district level; folded
BRANCH_RE = re.compile(r"^(?:chi nhanh|phong giao dich)(?![a-z])")
HEADER_ABBREVIATIONS = {"MTTQ": "MẶT TRẬN TỔ QUỐC", "UBMTTQ": "ỦY BAN MẶT TRẬN TỔ QUỐC"}
# a People's Council's standing committee named bare under its council ("HỘI ĐỒNG NHÂN DÂN" / "TỈNH LÀO CAI" /
# "THƯỜNG TRỰC", "HĐND TỈNH X" / "THƯỜNG TRỰC HĐND", a25-07): a body of its own (no head word opens it), the issuer, named
# as the text names it ("Thường trực Hội đồng nhân dân tỉnh …"), the council its parent (labels README, "Issuer of a
# Party body"); folded, the line alone or run on after the council's place (a scan's one line)
COUNCIL_STANDING_RE = re.compile(r"^thuong truc(?:\s+(?:hdnd|hoi dong nhan dan))?$")
COUNCIL_STANDING_END_RE = re.compile(r"\s(thuong truc(?:\s+(?:hdnd|hoi dong nhan dan))?)$")
COUNCIL_RE = re.compile(r"^(?:hoi dong nhan dan|hdnd)\s+\S")
COUNCIL_ABBREVIATIONS = {"HĐND": "HỘI ĐỒNG NHÂN DÂN"}
# the level words of a body's name before its place ("UBND TỈNH | QUẢNG NINH", "ĐẢNG ỦY XÃ | HƯNG ĐẠO") are
# vanban.place_nouns.ADMIN_LEVELS (every stage reads them); a Party committee named by its level ("TỈNH ỦY", "THÀNH
# ỦY") ends with "ủy" instead
COMMITTEE_LEVELS = ("tinh", "thanh", "huyen", "quan", "thi")

# Title lines (upper case, alone on their line): longest first so that
# "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
DOC_TYPES = (
    "Chương trình hành động", "Thông báo kết luận", "Kế hoạch hành động", "Nghị quyết chuyên đề",
    "Văn bản hợp nhất", "Quyết định", "Quy định", "Quy chế", "Nghị quyết", "Nghị định", "Kết luận", "Kế hoạch",
    "Chỉ thị", "Hướng dẫn", "Công văn", "Công điện", "Thông báo", "Thông tri", "Thông tư", "Thông tư liên tịch",
    "Báo cáo", "Chương trình", "Tờ trình", "Đề án", "Quy trình", "Điều lệ", "Lệnh", "Nghị quyết liên tịch",
    "Hướng dẫn liên tịch", "Kế hoạch liên tịch", "Hướng dẫn liên ngành", "Kế hoạch liên ngành", "Chương trình phối hợp", "Phương án", "Dự án", "Giấy mời", "Quy chế phối hợp",
    # a Party office's weekly schedule (Hướng dẫn 36-HD/VPTW: Lịch công tác, LCT), the minutes of a meeting
    "Lịch công tác tuần", "Lịch công tác", "Lịch làm việc", "Biên bản",
)
_TYPE_ALTS = sorted(DOC_TYPES, key=len, reverse=True)
TYPE_LINE_RE = re.compile(r"^(?:" + "|".join(f"(?P<t{i}>{kw(fold(t))})" for i, t in enumerate(_TYPE_ALTS))
                          + r")\s*(?:[:.]|\(\w+\))?\s*$")
# a type line whose words after the type only qualify it, read as the type alone: "NGHỊ QUYẾT CHUYÊN ĐỀ" / "VỀ …" is a
# Nghị quyết titled "Về …" (t23-06's labels; as "CHƯƠNG TRÌNH CÔNG TÁC" is a Chương trình in those of a20-07 and
# t23-08), the line still whole a type line so that the trích yếu starts under it. Not "CHƯƠNG TRÌNH HÀNH ĐỘNG",
# "KẾ HOẠCH LIÊN TỊCH": kinds of their own in the labels (a17-01, t19-02, t21-02; a20-06, t20-06)
TYPE_ALIASES = {"Nghị quyết chuyên đề": "Nghị quyết"}
TYPE_BY_GROUP = {f"t{i}": TYPE_ALIASES.get(t, t) for i, t in enumerate(_TYPE_ALTS)}
# "QUY CHẾ LÀM VIỆC" / "của Ban Chấp hành …", "KẾ HOẠCH KIỂM TRA, GIÁM SÁT" / "năm 2027": a type line whose type
# word runs on into the trích yếu's first words (folded view; at most six more words, read only when no line holds
# the type alone)
TYPE_RUN_ON_RE = re.compile(r"^(?:" + "|".join(f"(?P<t{i}>{kw(fold(t))})" for i, t in enumerate(_TYPE_ALTS))
                            + r")\s+(?P<rest>[a-z][^\d:;]*)$")
TYPE_RUN_ON_WORDS = 6
# … and the title line right under the header (its số ký hiệu and place-date above it, no type line alone), which
# may hold the whole trích yếu, in capitals or not, its years too: "QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ
# QUỲNH LƯU KHÓA I, NHIỆM KỲ 2025 - 2030", "Quy chế làm việc của Ban Chấp hành Đảng bộ …" (folded; no sentence)
TYPE_TITLE_RE = re.compile(r"^(?:" + "|".join(f"(?P<t{i}>{kw(fold(t))})" for i, t in enumerate(_TYPE_ALTS))
                           + r")\s+(?P<rest>[a-z][^:;]*?)\s*$")
TYPE_TITLE_WORDS = 40
# "THÔNG BÁO KẾT LUẬN CỦA BỘ CHÍNH TRỊ" / "về …": a Party central type line naming its issuing body on the
# same line (folded view); the body's words open the trích yếu as they do on a line of their own under the type
# ("KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" / "VỀ …", 221-KL/TW)
_CENTRAL_BODY = r"(?:bo chinh tri|ban bi thu|ban chap hanh trung uong(?: dang)?)"
TYPE_OF_BODY_RE = re.compile(rf"^[\s*]*(?P<type>\S.*?)\s+(?P<of>cua\s+{_CENTRAL_BODY}(?:\s*,\s*{_CENTRAL_BODY})*)[\s*]*$")
# the code of a symbol's type part → type, used when no title line exists (Công văn has none)
SYMBOL_TYPE_CODES = {**TYPE_CODES, "CĐ": "Công điện", "VBHN": "Văn bản hợp nhất"}  # vanban.symbol_codes

# --- preamble, addressees -------------------------------------------------------
# "Kính gửi:", and a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" / "BỘ XÂY DỰNG điện:" (folded) before its addressees
# (eng OCR: "THỦ TƯỚNG CHÍNH PHỦ 4dién:", a speck before the word)
# ("Kinh gw:" as eng OCR reads "Kính gửi:", "Kinh cụ:" as restoration then spells it, 5649/CT-CS: a g-word or
# "cụ" of at most three letters right before the colon; "Kinh phí:", "Kinh tế:" are no label)
# a Markdown page bolds the label ("**Kính gửi:** Bộ trưởng, …", 11298/VPCP-KTTH as converted): its marks come first
KINH_GUI_RE = re.compile(r"^[*_]{0,3}k[il1]nh\s+g[uw][il1]\s*(?:[*_]{1,3}\s*)?:?|^[*_]{0,3}k[il1]nh\s+(?:g\S{1,2}|c[uw])\s*:|^\W*[a-z][a-z ,\-]{2,80}\s\d?di[e¢]n\s*:")
# a Giấy mời's invitees' label (folded), the addressees of an invitation: "Ủy ban nhân dân xã Bát Tràng trân trọng
# kính mời:", "Kính mời:", "Thành phần:", "Thành phần mời:", "Thành phần tham dự:" (a newcomer's Giấy mời, session 15)
INVITEES_RE = re.compile(r"^(?:[^:.;]{0,120}\s)?kinh moi\s*:|^thanh phan(?: (?:moi|tham du|du hop|du hoi nghi))?\s*:")
# the body's first sentence that a scan's OCR read onto the "Kính gửi: …" line ("Kính gửi: Ông Đinh Văn Phúc Cục
# Thuế nhận được đơn …", 5664/CT-CS; "… trực thuộc trung ương Triển khai việc phân bổ …", 11208/BNV-KHTC):
# its opening words (original text, capitals kept) end the addressee; (ocr44) also "Xét" before what is considered
# ("… cơ quan thuộc" / "Chính phủ Xét báo cáo của Bộ Tài chính tại văn bản số …", 11298/VPCP-KTTH scanned: the
# addressee, wrapped, ran on into the body's first sentence on its second line)
BODY_OPENER_RE = re.compile(
    r"\s(?=(?:Triển khai|Trả lời|Thực hiện|Phúc đáp|Căn cứ|Theo đề nghị|Tiếp theo|Tiếp nhận"
    r"|Xét (?:đề nghị|báo cáo|kiến nghị|[Tt]ờ trình|văn bản|[Cc]ông văn))\s"
    r"|(?:Cục|Bộ|Sở|Tổng cục|Chi cục|Văn phòng|Ủy ban|UBND|Ban|Kho bạc|Thuế)\s(?:\S+\s){0,4}nhận được\s)")
BASIS_RE = re.compile(
    r"^(?:[-+•]\s*)?(?:c[a4i]n\s+c(?:[uw]|\S{2})|th[uw]c\s+h[il1][e¢]n|theo\s+(?:de\s+nghi|[dpb]e\s+ngh[il1]|y\s+ki[e¢]n)"
    r"|xet\s+(?:de\s+nghi|[dpb]e\s+ngh[il1]|to\s+trinh)|tiep\s+theo|sau\s+khi)\s")
# The authority that enacts a Quyết định / Nghị quyết, on its own line under the trích yếu ("CHỦ TỊCH ỦY BAN
# NHÂN DÂN TỈNH CAO BẰNG", "BỘ TRƯỞNG BỘ Y TẾ", "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ
# HÀ NỘI"): legacy OCR loses the blank line between them, the title must still end there (folded)
ENACTING_RE = re.compile(
    r"^(?:(?:chu tich|pho chu tich|bo truong|thu tuong|giam doc|tong giam doc|cuc truong|tong cuc truong|chanh an"
    r"|vien truong|truong ban|chu nhiem)\s+)?(?P<body>uy ban nhan dan|hoi dong nhan dan|chinh phu|bo [a-z]|ban thuong vu"
    r"|ban chap hanh)(?!.*\b(?:ve|cua|tai|trong|doi voi|cho|nham)\b)(?!.*(?:\bso\s+\d|\d/))")
# (nor a line citing a numbered document: "… CỦA THỦ TƯỚNG" / "CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC …" goes on a
# trích yếu, 2820/QĐ-UBND scanned)
# The enacting authority printed under the trích yếu, before the Căn cứ lines ("CỤC TRƯỞNG CỤC HẢI QUAN",
# "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "GIÁM ĐỐC SỞ …", "THỦ TƯỚNG CHÍNH PHỦ")
AUTHORITY_LINE_RE = re.compile(r"^(?:bo truong|(?:tong )?cuc truong|chi cuc truong|chu tich|(?:tong )?giam doc|thu tuong"
                               r"|vu truong|chanh van phong|truong ban|chanh thanh tra|tong kiem toan|thong doc)\s")
# "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "KẾT LUẬN:", "CHỈ THỊ:" — the enacting line that ends the preamble
ENACT_RE = re.compile(r"^(?:quyet [dpb]inh|quyet ngh[il1]|ket lu[a4]n|ch[il1] th[il1]|ban hanh|th[o06]ng b[a4]o|ngh[il1] quyet)\s*:\s*$")

# --- body labels: (regex on the stripped original line, rank) -------------------
LABELS = (
    (re.compile(r"^(?:PHẦN|Phần)\s+(?:THỨ\s+\S+|[IVXLC]+|\d+)\b[.:]?"), 0),
    # (a numeral OCR damaged, alone on its line: a scanned "Chương III" read "Chương IHII", a17-05)
    (re.compile(r"^(?:CHƯƠNG|Chương)\s+(?:[IVXLC\d]+\b|[IVXL][IVXL1lH]{1,5}(?=\s*$))[.:]?"), 0),
    (re.compile(r"^(?:MỤC|Mục)\s+\d+\b[.:]?"), 1),
    # OCR damage inside the numeral: "II1.", "Il."; Tesseract vie reads a scanned "II." as "H.",
    # "III." as "IH." or "HI." (body.label_of takes a numeral with H only before an upper-case heading); a numeral
    # with a slash and a year is a quarter wrapped to the line's start ("… trong quý" / "III/2028 và tổng kết …",
    # t17-06 scanned), no label
    (re.compile(r"^(?:[IVXL][IVXL1lH]{0,4}|H[IVXL1l]{0,4})\s?(?:[.)-]|/(?!\d))(?=\s|\S|$)"), 2),
    (re.compile(r"^(?:Điều|ĐIỀU|[ĐDPBđ][iI1][eEêÊềỀéÉ][uU])\s+\d+[a-z]?\s?[.:]?"), 3),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?=\s|$)"), 6),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.?(?=\s|$)"), 5),
    (re.compile(r"^\d{1,2}\s?[.)](?=\s|[^\d\s]|$)"), 4),  # "1." alone: its text on the next line
    # a Hướng dẫn's steps "Bước 1. Chuẩn bị", "Bước 2: Tổ chức kiểm điểm": numbered parts like "1.", the step's
    # name their heading (a step number without its dot or colon, "Bước 2 thực hiện …", is a sentence); a step's time
    # in brackets may stand before its colon, "Bước 4 (tháng 12/2026): Ủy ban kiểm tra …" (the session-18 end
    # newcomer's last step, read as no step and cited "I"): the label is "Bước 4", its time its text's
    # … or its name after a dash, "Bước 2 - Khảo sát: Trung tâm … khảo sát …" (a plan's steps of a connection, t43-09)
    (re.compile(r"^(?:Bước|BƯỚC)\s+\d{1,2}(?:\s?[.:](?=\s|$)|(?=\s*\([^()\n]{1,40}\)\s*[.:](?:\s|$))"
                r"|(?=\s*[-–]\s*[^:\n\d]{2,40}:(?:\s|$)))"), 4),
    # "5, Sở Văn hóa, Thể thao và Du lịch": Tesseract vie reads the label's dot as a comma (153/KH-UBND scanned);
    # only before a capitalised word, alone on its line after a blank one (a list "4,⏎5, 6" is no label)
    (re.compile(r"^\d{1,2},(?=\s+[A-ZĐ])"), 4),
    (re.compile(r"^[a-zđ]\s?\)(?=\s)"), 7),
    # "á) Tổ chức tiếp nhận hồ sơ …": legacy OCR's restoration put a tone on the label "a)" (3771/3851-QD-UBND);
    # body.label_of takes it only before a capital, as a label's text opens
    (TONED_LABEL_RE := re.compile(r"^[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]\s?\)(?=\s)"), 7),
    # "(1)", "(a)", "(ii)", "(iv)"; legacy OCR reads "(5)" as "(S)", "(1)" as "(l)"
    (re.compile(r"^\((?:\d{1,2}|[a-zđ]|[ivx]{2,5}|[SlIO])\)(?=\s)"), 7),
    (re.compile(r"^[-–—−](?=\s|\S)"), 8),
    (re.compile(r"^[+•·*](?=\s|\S)"), 9),
    # "1- Ủy ban Kiểm tra Đảng ủy phường": the item numbering of Party documents (their format guide numbers parts
    # "I-" and items "1-"); ranked like "1.". Only before a capital ("1- 2 ngày", "1-2 tuần" are ranges), and
    # body.label_of wants the line above blank or closed, as a range wrapped to the line's start is not
    (PARTY_ITEM_RE := re.compile(rf"^\d{{1,2}}\s?-(?=[ \t]+[{CAPITAL}])"), 4),
    # a part's numeral whose stop the scan lost before its heading in capitals: "II QUY TRÌNH TỔ CHỨC TIÊM CHỦNG"
    # (Tesseract vie, t23-09 scanned; the part's steps and their bodies were read as the chỉ tiêu above). Only a
    # numeral that is no syllable ("VI PHẠM …" is a word), and body.label_of wants a blank line above and capitals
    # after. (Last in the list: header.py reads the labels above by their index.)
    (BARE_NUMERAL_RE := re.compile(rf"^(?:I{{1,3}}|IV|VII{{0,2}}|IX|XI{{0,3}}|V)(?=[ \t]+[{CAPITAL}]{{2}})(?<!^VI)"), 2),
)

#: the syllables "BỘ" completes into a word of a trích yếu (folded): a line opening "BỘ …" under one ending with them is
#: the word wrapped ("… SINH HOẠT CHI" / "BỘ VÀ PHÁT TRIỂN ĐẢNG VIÊN", t18-10 as a legacy OCR reads it), no ministry
BO_COMPLETES = ("chi", "dang", "can", "toan", "tien", "noi")
#: the connectors a wrapped line ends in, as printed (lower case, NFC): prepositions and conjunctions waiting for their
#: object ("1.1. Chịu trách nhiệm trước" / "Bộ Chính trị, Ban Bí thư …"), and those of basis or aim ("3. Các cơ quan,
#: đơn vị, địa phương căn cứ nội dung" / "Quyết định để triển khai thực hiện nghiêm túc, …", 3851/QĐ-UBND). One list,
#: read two ways: :data:`WRAPPED_END_RE` folded, :data:`WRAPPED_END_SPELLED` as spelled
WRAPPED_CONNECTORS = ("trước", "của", "về", "với", "cho", "và", "các", "những", "tại", "trong", "theo", "để", "là",
                      "được", "có", "hoặc", "từ", "đến", "như", "đối với", "trên", "dưới", "ở", "căn cứ", "căn cứ vào",
                      "căn cứ nội dung", "trên cơ sở", "nhằm", "thông qua")
#: … but not after these words, where the connector is a noun's part: "cấp trên" / "cấp dưới", the level above or
#: below ("Bước 5. Thông báo kết quả, báo cáo cấp trên" / "Văn phòng … thông báo …" is a step's heading and its text)
WRAPPED_CONNECTOR_NOUNS = {"trên": "cấp", "dưới": "cấp"}


def _connector_end(forms, noun_words, start: str) -> re.Pattern:
    """A line's end in one of ``forms`` (escaped), each but after its word in ``noun_words``, after ``start``."""
    alts = [(rf"(?<!{re.escape(noun_words[f])} )" if f in noun_words else "") + re.escape(f) for f in forms]
    return re.compile(rf"{start}(?:{'|'.join(alts)})$")


#: a line ending in a connector, folded (:data:`WRAPPED_CONNECTORS`): the line is wrapped, not a heading
WRAPPED_END_RE = _connector_end([fold(c) for c in WRAPPED_CONNECTORS],
                                {fold(k): fold(v) for k, v in WRAPPED_CONNECTOR_NOUNS.items()}, r"(?<![a-z])")
#: (obl47t) … the same connectors as printed with their marks (lower case, NFC): a line that carries marks ends in one
#: only when its last word is spelled as the connector is. Folded, a noun that closes a title reads as a connector:
#: "4. Hậu cần tại chỗ", "Quản lý chợ" ("chỗ", "chợ" → "cho"), "3. Giám sát, xử lý sự cố" ("cố" → "có"), "Phòng,
#: chống thiên tai" ("tai" → "tại"), "Cây trồng" ("trồng" → "trong"), "Đầu tư" ("tư" → "từ"), "chuyên đề" ("đề" →
#: "để"): read as wrapped, the title line stayed in its item's text, and the sentence under it ("Các thôn vận động hộ
#: gia đình dự trữ …", t46-01; "Trạm Y tế phường lấy mẫu …", t46-02) opened with the title's words, its body lost.
#: A line with no mark at all (legacy OCR before restoration) is read folded, as before (:func:`wrapped_end`)
WRAPPED_END_SPELLED = _connector_end(WRAPPED_CONNECTORS, WRAPPED_CONNECTOR_NOUNS, r"(?<!\w)")


def wrapped_end(line: str) -> bool:
    """``line`` (as printed) ends in a preposition or conjunction that waits for what follows (:data:`WRAPPED_END_RE`
    on its folded form), spelled as that word when the line carries marks (:data:`WRAPPED_END_SPELLED`): "Chịu trách
    nhiệm trước" is wrapped, "Hậu cần tại chỗ" is a title."""
    if not WRAPPED_END_RE.search(fold(line)):
        return False
    return not has_diacritics(line) or WRAPPED_END_SPELLED.search(nfc(line).lower()) is not None


#: a title's last words that name a span of time waiting for its years (folded): "… giai đoạn" / "2026 - 2030",
#: "… đến năm" / "2030" — a heading wrapped there goes on on the next line
PERIOD_WORD_END_RE = re.compile(r"(?<![a-z])(?:giai doan|thoi ky|nam|nam hoc|nhiem ky|den nam|tu nam)$")

# A trích yếu's next line is never a sentence of the body (a plain text with no blank line between them,
# "KẾ HOẠCH" / "triển khai công tác dân vận năm 2024" / "Các chi bộ trực thuộc có trách nhiệm báo cáo …"):
# a line that opens, capitalised, with a word that opens a sentence and never a name (folded; the caller
# checks the capital) …
SENTENCE_OPEN_RE = re.compile(
    r"^(?:cac|nham|de|trong|qua|nhung|moi|tat ca|viec|thoi gian|hien nay|vua qua|tiep tuc|sau khi|tu nay|nay"
    r"|(?:(?:sang|chieu|toi|trua)\s+)?ngay\s+\d{1,2}(?:[/.\-]\d{1,2}[/.\-]\d{4}\s*,?)?|nam\s+\d{4}\s*,|(?:hang|moi)\s+(?:nam|quy|thang|tuan)|dinh ky|yeu cau|de nghi|giao|thuc hien"
    r"|can cu|theo|tren co so|nhan dip|ve viec nay|do do|vi vay|tuy nhien)\s")
# … or that states a duty or a time limit (the words of a sentence that charges someone; folded)
SENTENCE_DUTY_RE = re.compile(
    r"\b(?:co trach nhiem|chiu trach nhiem|de nghi|yeu cau|phai|khan truong|nghiem tuc)\b"
    r"|\b(?:truoc|cham nhat(?: la)?|han chot)\s+(?:ngay\s+)?\d{1,2}\s*(?:/|thang)")

# the verbs a duty opens with (folded): a line under an item's first line that opens with one is a sentence of its own
# ("4. Sở Nội vụ" / "Chủ trì, phối hợp …"), never a name the line above began; an item's first line that opens with one
# is a sentence begun, no heading ("- Tham mưu trình Chủ tịch" / "UBND xã …", body._name_runs_over)
TASK_OPENING_RE = re.compile(
    r"^(?:chu tri|phoi hop|tham muu|to chuc|xay dung|huong dan|theo doi|tuyen truyen|bao cao|kiem tra|trien khai"
    r"|ra soat|tong hop|bo tri|dam bao|bao dam|tang cuong|day manh|chi dao|thuc hien|tiep nhan|cap nhat|nghien cuu"
    r"|quan ly|lam|la co quan|co trach nhiem|chiu trach nhiem)(?![a-z])")

# a bullet's first words that open a task (folded): "- Chủ động phối hợp triển khai …", "- Ứng dụng mô hình BIM …",
# "- Đề xuất sáng kiến …" — a list item under a body's name, never the second half of a name "A - B" wrapped ("… cao tốc
# Ninh Bình" / "- Hải Phòng, đoạn qua …"): body.label_of (597/KH-UBND as a text PDF: "7. Các doanh nghiệp … giao
# thông," / "vận tải, … trên địa bàn Tỉnh" / "- Chủ động phối hợp …")
BULLET_TASK_RE = re.compile(TASK_OPENING_RE.pattern + r"|^(?:chu dong|tich cuc|ung dung|de xuat|nang cao|phat huy"
                            r"|khan truong|tiep tuc)(?![a-z])")

# a paragraph that charges a body of its own (folded): the body's head or an office's title opening the line — not a
# head word that opens a common noun ("Trường hợp …", "Hội nghị …", "Bổ sung …", "Sơ kết …") — and, within its first
# lines, a verb a duty opens with or a word of duty ("Văn phòng Chính phủ theo dõi, đôn đốc …", "Ủy ban nhân dân các
# tỉnh … khẩn trương gửi báo cáo …"): body._addressed_paragraph
ADDRESSED_HEAD_RE = re.compile(
    r"^(?:" + "|".join(kw(h) for h in sorted(ORG_HEADS + OFFICE_TITLES, key=len, reverse=True)) + ")"
    r"(?!\s+(?:hop|nghi|sung|ket|hanh|chong|viec|lieu|tri|ngu|dau|sanh|phan)(?![a-z]))")
DUTY_VERB_RE = re.compile(r"(?<![a-z])" + TASK_OPENING_RE.pattern[1:] + r"|(?<![a-z])(?:theo doi|don doc|gui)(?![a-z])"
                          r"|" + SENTENCE_DUTY_RE.pattern)

# an item's first line that ends on a verb still awaiting its object (folded): "a) Tổ chức triển khai thực hiện" /
# "Thông tư này.", "a) Thực hiện quản trị, vận hành" / "Hệ thống thư điện tử …" — the line the page wrapped, no heading
# (body._name_runs_over); "Tổ chức thực hiện" alone is the heading every plan prints, kept
OBJECT_AWAITED_RE = re.compile(r"(?<![a-z])(?:thuc hien|trien khai|van hanh|quan ly|quan tri|xay dung|su dung|ap dung"
                               r"|quan triet|huong dan|theo doi|kiem tra|cap nhat|ban hanh|sua doi|bo sung)$")
HEADING_PHRASE_RE = re.compile(r"^(?:to chuc|trien khai) thuc hien$")
#: (scan49) an item's first line that is only the verb of an assignment, its object on the next line: "Điều 2. Giao" /
#: "Văn phòng Ủy ban nhân dân tỉnh; Sở Dân tộc và Tôn giáo thực hiện …" (1630/QĐ-UBND), "Điều 2. Giao" / "Văn phòng
#: Ủy ban nhân dân tỉnh chủ trì …" (a Quyết định's page wrapped after its article's first word, seven of the realdocs
#: Quyết định): no title, the sentence's opening (folded). Only "Giao": "2. Yêu cầu" (nine realdocs) and "3. Đề nghị" are
#: titles of their own over the paragraphs below
CUE_ALONE_RE = re.compile(r"^giao$")

# The main clause a "Thực hiện …"/"Căn cứ …" paragraph goes on with after its citation's comma ("Thực hiện Công văn
# số 456/BNV-CCVC … của Bộ Nội vụ, Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo … trước ngày 20/02/2026."): its
# subject (a few words, no comma) and a verb of request or duty, or "các …" and a verb of reporting (folded;
# body.main_clause checks the subject's capital). The citation is the căn cứ, the clause is body text.
MAIN_CLAUSE_RE = re.compile(
    r",\s+(?P<clause>(?:[^\s,;:.]+\s+){0,8}?(?:de nghi|yeu cau|giao|chi dao|don doc|nhac nho|co trach nhiem"
    r"|khan truong)\s|cac\s+(?:[^\s,;:.]+\s+){1,6}?(?:bao cao|gui|hoan thanh|to chuc|trien khai|ra soat)\s)")

# an article's heading with its title ("Điều 3. Nhiệm vụ, giải pháp chủ yếu"): the text of a resolution goes on after
# the table above it (an indicator table of an NQ HĐND's "Điều 2"), it is no cell of that table
ARTICLE_HEADING_RE = re.compile(rf"^(?:Điều|ĐIỀU)\s+\d{{1,3}}[a-z]?\s?[.:]\s+[{CAPITAL}]")
# a line ending where an article's citation goes on ("khoản 2, khoản 3" / "Điều 6; …"): the next line's "Điều N"
# is the cited article, not a heading (folded)
# ("… trừ tài sản quy định tại khoản 1, 2, 3" / "Điều 47 Nghị định số 77/2025/NĐ-CP", 123/2025/QĐ-CTUBND: a list of clauses)
CITING_END_RE = re.compile(r"(?<![a-z])(?:khoan|diem|tai|theo|cua|va|cac|quy dinh)(?:\s+[0-9a-zđ]{1,3}(?:\s*,\s*[0-9a-zđ]{1,3})*"
                           r"(?:\s+va\s+[0-9a-zđ]{1,3})?)?[,;]?$")
# what follows the number of an article cited by its document, not an article of this one (folded):
# "Điều 47 Nghị định số 77/2025/NĐ-CP", "Điều 10 của Luật …" (no full stop after the number)
# a scan's stray mark read before an article's heading ("- Điều 8. Hiệu lực thi hành": a speck of the page, 65/2025/
# NQ-HĐND scanned, the newcomer of session 53): the dash and its space, the heading after them still the article's
STRAY_DASH_ARTICLE_RE = re.compile(rf"^[-–][ \t]+(?=(?:Điều|ĐIỀU)\s+\d{{1,3}}[a-z]?\s?[.:]\s+[{CAPITAL}])")
CITED_ARTICLE_RE = re.compile(r"^(?:cua\s+)?(?:nghi dinh|nghi quyet|luat|bo luat|thong tu|quyet dinh|phap lenh)\b")

# "các tỉnh: Khánh Hòa, Gia Lai", "Các Bộ: Quốc phòng, Tài chính": a colon inside a name list, not a label
# (the words in any case: legacy OCR restores "Bộ" as "BỘ")
NAME_LIST_RE = re.compile(rf"(?i:tỉnh|thành phố|bộ|cơ quan|đơn vị|xã|phường|huyện|sở|ngành|địa phương|ban):\s*[{CAPITAL}]")

# --- signature --------------------------------------------------------------------
# a scan reads the label's underline as dashes around it: "—Nơi nhận: —_"; legacy OCR may drop the space between its
# words ("__Noinhan: __", t20-08: the Nơi nhận was read as the body's last paragraph, its recipients lost)
# … and a text pasted from Markdown keeps its emphasis marks around the label in any nesting ("**Nơi nhận:**",
# "*Nơi nhận**:*", "***Nơi nhận***:", "**_Nơi nhận_**:"): the marks are part of the label, never the first recipient
# (ncfix46b) … and a scan's speck before it, a letter or a mark apart from the label ("ị Nơi nhận:", 39305/TB-CHQ
# scanned), its i read as a t ("Nơtnhận", 228/CĐ-TTg scanned: session 46's newcomer, the recipients lost)
# (matched on the folded view: a lone letter other than "o", the word "ở" of a sentence "Ở nơi nhận hồ sơ …")
NOI_NHAN_RE = re.compile(r"^(?:[a-np-z]\s+|[|!¡;'`‘’.,]\s*)?"
                         r"[*_]*(?:[—–_~]+\s*)?[*_]*n[o06d][il1t][*_\s]*nh[a-z]{1,2}n[*_\s]*:?[*_]*"
                         r"(?:\s*[—–_~]+(?=\s|$))?")
# State "TM.", "KT.", "TL.", "TUQ.", "Q."; Party "T/M", "K/T", "T/L", "T/U"
# … and the Party's "T/M" with its slash lost on a scan before the body it signs for: "TM BAN BÍ THƯ" (383-QĐ/TW scanned)
SIGN_LEVEL_RE = re.compile(r"^(?:(?:[tk]\s?/\s?[mtlu]\.?|tm\.|kt\.|tl\.|tuq\.|q\.)\s*(?=[a-z])"
                           r"|tm\s+(?=(?:ban|ban thuong vu|ban chap hanh|dang uy|chi uy|chi bo|uy ban|hoi dong"
                           r"|(?:tinh|thanh|huyen|quan|thi) uy)\b)"  # a scan's "TM TỈNH ỦY" (a21-02): the stop lost
                           r"|(?:[tk]\s?/\s?[mtl]|tm|kt|tl|tuq)\.\s*$)")  # or the marker alone, its body on the next line
#: a level's marker a scan glued to its body or post, no stop, no space (folded): "TMBAN THƯỜNG VỤ" (the session-17
#: newcomer's scanned Kế hoạch), "KTCHỦ TỊCH", "TLBỘ TRƯỞNG": ``marker`` and what it signs for; (ncfix48a) or its stop
#: lost and its space kept, before a post: "KT THỦ TƯỚNG" under "TM. CHÍNH PHỦ" (375/NQ-CP scanned by session 48's
#: newcomer: the two levels read as one authority, the delegation empty), "KT CHỦ TỊCH", "TL BỘ TRƯỞNG" — only a
#: delegation's KT / TL: a slashed Party marker with its space ("T/M ỦY BAN KIỂM TRA") is printed so, and a "TM" that
#: lost its slash opens the authority line as read ("TM BAN BÍ THƯ", 383-QĐ/TW scanned)
GLUED_LEVEL_RE = re.compile(r"^(?P<marker>t/?m|k/?t|t/?l)(?:(?<=kt|tl)\s)?(?=(?:ban|uy ban|dang uy|dang bo|chi uy|chi bo|hoi dong"
                            r"|(?:tinh|thanh|huyen|quan|thi) uy"
                            r"|thuong truc|ubnd|chu tich|bi thu|giam doc|bo truong|thu truong|thu tuong|truong|chanh|pho)\b)")
#: the bodies a Party level signs for ("T/M BAN THƯỜNG VỤ", "T/M ĐẢNG ỦY"), folded: a glued "TM" before them is the Party's "T/M"
PARTY_LEVEL_BODY_RE = re.compile(r"^(?:ban thuong vu|ban chap hanh|dang uy|dang bo|chi uy|chi bo"
                                 r"|(?:tinh|thanh|huyen|quan|thi) uy)\b")
#: an acting head's title ("Q. GIÁM ĐỐC", "QUYỀN CHỦ TỊCH"): the signer's own post, not a level
ACTING_RE = re.compile(r"^(?:q\.\s*|quyen\s+)(?=[a-z])")
#: a level line that is only its marker ("TL." / "CỤC TRƯỞNG"): the next line is its body, never the signer's title
BARE_LEVEL_RE = re.compile(r"^(?:[tk]\s?/\s?[mtl]|tm|kt|tl|tuq)\.\s*$")
SIGNER_TITLE_RE = re.compile(r"^(?:" + "|".join(kw(t) for t in (
    "pho", "quyen", "chu tich", "bi thu", "giam doc", "truong", "thu truong", "bo truong", "thu tuong", "chanh",
    "tong", "cuc truong", "vu truong", "chanh van phong", "uy vien", "tong bi thu", "chu nhiem", "vien truong",
    "tong giam doc", "tong cuc truong", "chi cuc truong", "tong kiem toan", "chanh an", "thu ky",
)) + ")")
#: a signer's title a scan read onto its level's line (folded): "T/M ỦY BAN KIỂM TRA CHỦ NHIỆM" (t18-03 scanned), "T/L
#: BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG" (t18-06): the level ends where the title starts; the level keeps two words at least
#: after its marker ("KT. CHỦ TỊCH" is a level alone, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" a level and a title) and a post
#: after a comma is the level's ("KT. BỘ TRƯỞNG, CHỦ NHIỆM": the Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ signed for);
#: a ministry's deputy minister signing for the minister ("KT. BỘ TRƯỞNG THỨ TRƯỞNG", t23-10 scanned)
LEVEL_TITLE_TAIL_RE = re.compile(
    r"^(?P<level>\S+\s+\S+\s+\S+.*?)(?<!,)\s+(?P<title>(?:pho\s+)?(?:chu nhiem|chanh van phong|chu tich|bi thu|giam doc"
    r"|truong ban)|thu truong)$")
#: the heading a consolidated text (Văn bản hợp nhất) prints above its signing levels ("XÁC THỰC VĂN BẢN
#: HỢP NHẤT" / "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG"): it authenticates the text, it is no level and no title
AUTHENTICATE_RE = re.compile(kw("xac thuc"))
SIGNED_MARK_RE = re.compile(r"^\(?\s*(?:da ky|ky ten|ky,? dong dau|ky va dong dau|da ky va dong dau)\b")
APPENDIX_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|PHU LUC|Phu luc)\b")
# … but a cited appendix that a wrapped sentence put at a line's start is no heading: "Sửa đổi Điều 109 của Nghị định
# số 65/2023/NĐ-CP …, Mục I và các khoản 1, 2, 3 Mục III ⏎ Phụ lục III.1 Nghị định 133/2025/NĐ-CP" (2842/QĐ-UBND
# TP.HCM, legacy OCR): the label, then the cited document (matched on the folded line; a heading in capitals never is)
CITED_APPENDIX_RE = re.compile(r"^phu luc\s+(?:so\s+)?[ivxlc\d][ivxlc\d.]*\s+(?:cua\s+)?(?:nghi dinh|thong tu|quyet dinh|nghi quyet|luat)\b")
# a task table's columns
# (the wordings offices use: "Đơn vị chủ trì", "Cơ quan thực hiện", "Đối tượng thực hiện", "Đơn vị báo cáo", "Cơ quan
# tham mưu", "Cơ quan chuẩn bị", "Người thực hiện", "Người phụ trách", "Bộ phận thực hiện", "Bộ phận tham mưu", "Trách
# nhiệm", "Người chịu trách nhiệm"); a column of a thing done ("Nội dung thực hiện", "Kinh phí thực hiện") is none:
# TASK_THING_COL
# (also "Chủ thể" of a product list, "STT | Chủ thể | Sản phẩm | … | Thời gian hoàn thiện hồ sơ" of an OCOP plan: the
# cooperative, firm or household named in the row is the one that must finish its product and dossier, by the row's
# time — the row's actor as an Đơn vị chủ trì is, so one obligation per row; t38-01)
# (also "Tổ công tác" of a campaign's rounds table, "Đợt | Thôn | Địa điểm thu nhận | Thời gian | Tổ công tác" / "1 | … |
# Từ 17/8 đến 23/8/2037 | Tổ công tác số 1": the team named in the row does that round, one obligation per row due by
# its end, a50-05's labels)
TASK_BODY_COL = re.compile(r"chu tri|thuc hien|don vi|co quan|phu trach|trach nhiem|(?<![a-z])bo phan(?![a-z])"
                           r"|(?<![a-z])chu the(?![a-z])|^to cong tac$")
#: a column headed by a thing of the row's task, though its name ends in "thực hiện" ("Nội dung thực hiện", "Kết quả
#: thực hiện", "Kinh phí thực hiện", "Hình thức thực hiện", "Địa điểm thực hiện", "Thời điểm thực hiện"): no body
#: column (folded header cell)
#: (also "Lĩnh vực phụ trách", "Lĩnh vực / địa bàn phụ trách" of a Ban's phân công table: the field or area a member
#: oversees, no body — the member is named in the "Thành viên" column, :data:`TASK_MEMBER_COL`)
TASK_THING_COL = re.compile(r"^(?:noi dung|ket qua|san pham|kinh phi|nguon (?:kinh phi|von)|hinh thuc|cach thuc"
                            r"|phuong (?:thuc|an|phap)|dia (?:diem|ban)|thoi diem|giai phap|bien phap|muc tieu"
                            r"|yeu cau|tien do|ten|linh vuc)(?![a-z])")
#: the member column of a Ban's (Ban Chỉ đạo, Ban Chỉ huy, Tổ công tác) table of phân công ("TT | Thành viên | Lĩnh
#: vực / địa bàn phụ trách | Nhiệm vụ" over "2 | Phó Trưởng ban thường trực (Phó Chủ tịch UBND xã) | …"; "Chức danh |
#: Nhiệm vụ được phân công"): each row charges the member's role with its tasks, the row's body when no column names a
#: unit in charge (folded, the whole header cell)
TASK_MEMBER_COL = re.compile(r"(?:cac\s+)?(?:thanh vien|chuc danh)(?:\s+(?:ban|to|hoi dong|doan)(?:\s+[a-z]+){0,4})?")
# (a scan may read a speck between the header's two printed lines: "Đơn vị phối ⏎ : hợp _")
TASK_WITH_COL = re.compile(r"phoi[\s:;,._—–-]*hop")
# (also "Hạn nộp", "Hạn gửi báo cáo", "Hạn chót": the due word without "Thời")
# (and a schedule's period column named by its unit alone, with its year or its kind of time, the whole cell: "Tháng |
# Nội dung | Người phụ trách" of a Kế hoạch năm học, "Quý | Nội dung | …", "Tháng/năm | …", "Quý thực hiện | …": each
# row's month or quarter is when its tasks are due, :mod:`vanban.extract.schedule_rows`, :mod:`vanban.extract.unit_cells`)
# (and a crop plan's season column, "Thời vụ", whose cell dates each thôn's sowing or planting: "Xuống giống tháng
# 3/2037", "Vụ Xuân (gieo trồng từ 25/01 - 20/02/2037)" — t49-07's and a49-07's labels date every such cell)
TASK_DUE_COL = re.compile(r"thoi (?:gian|han|vu)|tien do|hoan thanh|(?<![a-z])han (?:nop|gui|chot)(?![a-z])"
                          r"|^\W*(?:thang|quy)(?:\s*[/,-]\s*nam|\s+(?:thuc hien|to chuc|du kien|trien khai))?\W*$")
#: a due column that recalls the time set before ("Thời hạn đã giao | Thời hạn hoàn thành mới", a Công văn đôn đốc's
#: table of overdue tasks, a20-04): past, no row's due date while the row has another due column; one that names the
#: earlier document that set it ("Thời hạn theo Công văn số 1247-CV/VPTU | Thời hạn gửi mới") is that time too
PREVIOUS_DUE_COL = re.compile(r"da giao|da yeu cau|(?<![a-z])cu(?![a-z])|ban dau|truoc day|(?<![a-z])goc(?![a-z])"
                              r"|(?<![a-z])theo (?:cong van|van ban|thong bao|ke hoach|chi thi)(?![a-z])")
#: a column head naming a due time by "hạn" alone ("Hạn đã yêu cầu" beside "Thời hạn gửi mới"): with
#: :data:`PREVIOUS_DUE_COL`, the time set before (folded)
DUE_WORD_COL = re.compile(r"(?<![a-z])han(?![a-z])")
#: a due column that says by when the row is to be done ("Thời gian hoàn thành", "Thời hạn"), not while when it runs
#: ("Thời gian thực hiện", "Thời gian triển khai": "2026 - 2030" there is the task's running period, no due date);
#: a span of years under it ("2027 - 2028") is done within those years. Read by the deadlines and the obligations.
#: a column of a project list's funds ("Tổng mức đầu tư (triệu đồng)", "Kế hoạch vốn năm 2027"): the table lists
#: investment projects, its "Thời gian thực hiện" the years each is built in ("2026 - 2027", "2027"), no task's due
#: time (an HĐND's Nghị quyết on đầu tư công, a29-02's labels: project horizons) (folded)
PROJECT_FUNDS_COL = re.compile(r"tong muc dau tu|ke hoach von|von dau tu")
#: a schedule's column headed by the day alone ("Ngày", "Ngày, tháng", "Ngày thực hiện"; folded, fullmatched): beside
#: a "Thời gian" column of hours ("Ngày | Thời gian | Nội dung công việc | Đơn vị chủ trì" / "20/5/2027 | 14 giờ 00 |
#: …", an exam's or a conference's timetable), it holds each row's day — the row's due day, though no due word stands
#: before it (:func:`vanban.extract.due_cells.due_cells`)
DAY_COL = re.compile(r"ngay(?:\s*,?\s*thang(?:\s*,?\s*nam)?|\s+thuc\s+hien)?")
#: the first column of a schedule of rounds ("Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu" / "Đợt 2 – … | Thứ Hai, ngày
#: 07/4/2031 | …"; "Lần | Thời gian | Địa điểm"): a drive the plan's issuer holds on set days, a blood-donation or a
#: vaccination plan's rounds, with no task or body column to name it a task table (folded cell, fullmatched) …
ROUND_COL = re.compile(r"(?:dot|lan)(?:\s+(?:thu|to\s+chuc))?")
#: … or, looser, a rounds column named by what each round holds ("Đợt", "Đợt hiến máu", "Lần tiêm"; folded cell, up to
#: three words after "Đợt" / "Lần", fullmatched): a quota table's row label (:mod:`.figure_tables`, tgt51)
ROUND_NAMED_COL = re.compile(r"(?:dot|lan)(?:\s+[a-z]+){0,3}")
#: … and its day or time column ("Ngày tổ chức", "Ngày", "Thời gian", "Thời gian tổ chức"; folded cell, fullmatched)
ROUND_DAY_COL = re.compile(r"(?:ngay|thoi gian)(?:\s+(?:to\s+chuc|thuc\s+hien|du\s+kien))?")
#: a session calendar's day column ("Ngày tiếp", "Ngày họp", "Ngày tổ chức", "Ngày làm việc"; folded header cell,
#: fullmatched): the day each row's session is held (:mod:`.session_heads`, :mod:`vanban.extract.session_rows`)
SESSION_DAY_COL = re.compile(r"ngay(?:\s+(?:tiep(?:\s+cong\s+dan)?|hop|to\s+chuc|lam\s+viec|doi\s+thoai|tiep\s+dan))?")
#: … and the column of who holds it ("Người chủ trì tiếp", "Chủ trì", "Người tiếp", "Lãnh đạo tiếp"; folded, searched)
SESSION_LEAD_COL = re.compile(r"(?<![a-z])(?:chu tri|nguoi tiep|lanh dao tiep|phu trach)(?![a-z])")
TASK_COMPLETION_COL = re.compile(r"hoan thanh|thoi han|(?<![a-z])han(?![a-z])|xong")
TASK_WHAT_COL = re.compile(r"noi dung|nhiem vu|ten|loai bao cao")  # (a report calendar: "Loại báo cáo")
#: the step column of a timetable with one time column per group ("Công việc | Khối 5 | Khối 9", "Nội dung | Lớp 1 |
#: Lớp 6"; folded): the work a task table names, or the step or activity a schedule names
TIMETABLE_STEP_COL = re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|(?<![a-z])buoc(?![a-z])|(?<![a-z])ten(?![a-z])")
#: a day of a month in a timetable's cell ("Trước ngày 08/7/2031", "Từ ngày 10/7 đến ngày 20/7/2031", "Ngày 26/7")
DAY_IN_CELL = re.compile(r"(?<!\d)\d{1,2}\s?/\s?\d{1,2}(?!\d)")
#: (tgt50t) a roster of the forces and means a plan musters: its item column naming them ("Lực lượng, phương tiện",
#: "Lực lượng tham gia", "Phương tiện, trang bị"; folded header cell, fullmatched) … (:mod:`.columns`, whose
#: :func:`_means_roster` opens the table; :mod:`vanban.extract.roster_rows` reads its counts)
MEANS_ROSTER_COL = re.compile(r"(?:luc luong|phuong tien|trang thiet bi|trang bi)(?:\s*(?:,|va)\s*(?:luc luong|phuong tien"
                              r"|trang thiet bi|trang bi|vat tu))?(?:\s+(?:tham gia|huy dong|dien tap))?")
#: … and its count column, each cell a figure with its noun ("32 đồng chí", "03 xe"): "Số lượng", "Quân số" (folded,
#: fullmatched; not "Số lượng dự kiến" / "hiện có": an estimate or a stock, no muster)
MEANS_COUNT_COL = re.compile(r"so luong|quan so")
#: a table's bare quantity column, "Số lượng" (folded, fullmatched; :mod:`vanban.extract.supply_rows`)
QUANTITY_COL = re.compile(r"so luong")
#: a table's order column, "TT", "STT", "Số TT", "Số thứ tự" (folded, fullmatched; :mod:`.columns`,
#: :mod:`vanban.extract.supply_rows`)
ORDER_COL = re.compile(r"s?tt|so tt|so thu tu")
#: a remarks column printed last and empty in most rows ("Ghi chú")
NOTES_COL = re.compile(r"^(?:ghi chu|luu y)$")
# a target table's task column ("TT | Chỉ tiêu | Chủ trì"): the body that leads it is charged with the target
TASK_TARGET_COL = re.compile(r"chi tieu")
#: the topic column of a schedule of meetings, dialogues or talks held by turns ("Thời gian | Chủ đề | Địa điểm |
#: Người chủ trì", "Tháng | Chuyên đề | Báo cáo viên"): with no column of tasks, the row's task is to hold the meeting
#: on that topic — the body or role who chairs or presents it is charged with it (folded header cell, the whole cell)
TASK_TOPIC_COL = re.compile(r"(?:chu de|chuyen de|de tai)(?:\s+(?:doi thoai|hoi nghi|sinh hoat|tiep xuc|bao cao))?")
#: (obl50t) the measures column of a remedy table ("STT | Hạn chế, khuyết điểm | Biện pháp khắc phục | Thời gian hoàn
#: thành | Người chịu trách nhiệm" closing a Báo cáo kiểm điểm, t49-10; "Giải pháp thực hiện", "Biện pháp"): with no column
#: named Nội dung / Nhiệm vụ, each row's measures are the task its body in charge answers for by the row's time (the
#: whole folded cell; TASK_THING_COL keeps it from being read as a body column)
TASK_MEASURE_COL = re.compile(r"(?:bien phap|giai phap)(?:\s+(?:khac phuc|thuc hien|chu yeu|cu the|trien khai))?")
# a unit of measure ("Đơn vị tính", "ĐVT"), not a body, though it starts with "Đơn vị"
TASK_UNIT_COL = re.compile(r"don vi tinh|(?<![a-z])dvt(?![a-z])")
#: (obl51) … and the unit of a count column named in brackets after the column's name ("Chỉ tiêu (đơn vị máu)", "Chỉ
#: tiêu năm 2034 (đơn vị máu)" of the blood-donation plans, t37-09, t43-07, t50-07): the figure's unit, no body — a
#: rounds table "STT | Đợt hiến máu | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động" names its body
#: last. Read by the task-table rows only (vanban.extract.task_table_rows): the column readers of structure still
#: count the bracket as a column word, as they did (folded header cell, searched)
MEASURE_BRACKET_COL = re.compile(r"\(\s*don vi\s+(?!chu tri|thuc hien|phoi hop)[a-z]+(?:\s+[a-z]+)?\s*\)")
# the unit or place a recruitment quota fills ("Cơ quan, địa bàn tuyển dụng", "Đơn vị tuyển dụng", "Cơ quan cần tuyển"
# beside "Vị trí việc làm | Số chỉ tiêu" of a Thông báo tuyển dụng): where the posts are, not a body charged with a task
# (the Thông báo's "Tổ chức thực hiện" charges the bodies; folded header cell)
HIRING_COL = re.compile(r"(?<![a-z])(?:tuyen dung|can tuyen|xet tuyen|thi tuyen)(?![a-z])")
# a list of administrative procedures ("Tên thủ tục hành chính | … | Cơ quan thực hiện", "Trình tự |
# Trách nhiệm thực hiện"): which office handles each step, no task assigned by the document
PROCEDURE_COL = re.compile(r"thu tuc|(?<![a-z])tthc(?![a-z])|trinh tu")
# the steps column of a table ("Bước" / "Các bước" / "Bước thực hiện" | Nội dung | Đơn vị thực hiện | Thời gian):
# in a Quyết định on administrative procedures (quy trình nội bộ giải quyết TTHC) its rows say which office handles
# each step of a procedure (no task assigned, as PROCEDURE_COL); in a Hướng dẫn of how an inspection is carried
# out (a17-08) each row charges the body of its "thực hiện" column with that step
STEP_COL = re.compile(r"(?<![a-z])buoc(?![a-z])")
# the body an inspection plan checks ("TT | Đối tượng | Nội dung | Thời gian | Thành phần", "Đơn vị được kiểm tra"):
# what the row's task is about, never the body that carries it out (folded header cell); but "Đối tượng thực hiện",
# "Đối tượng báo cáo" (a Sở's report calendar: "Biểu mẫu | Nội dung | Đối tượng thực hiện | Thời hạn gửi về Sở Nội vụ",
# a22-03) name the body that does the row's task: a body column (TASK_BODY_COL)
TASK_OBJECT_COL = re.compile(r"doi tuong(?!\s+(?:thuc hien|trien khai|bao cao|gui bao cao|chiu trach nhiem))"
                             r"|duoc (?:kiem tra|giam sat|thanh tra)")
# … and the team that carries the check out ("Thành phần", "Thành phần đoàn", "Đoàn kiểm tra"): the row's body
# when no column names a unit in charge (folded header cell)
TASK_TEAM_COL = re.compile(r"^thanh phan(?:\s+(?:doan|tham gia|doan kiem tra|doan giam sat))?$"
                           r"|(?<![a-z])(?:doan|to) (?:kiem tra|giam sat|thanh tra)(?![a-z])")
# … and a column headed by the kind of body each row names ("Chi bộ", "Đảng bộ, chi bộ", "Tổ chức đảng", "Địa phương",
# "Xã, phường"): the row's body when no column names a unit in charge, in a table whose other columns say the row's
# task or chỉ tiêu ("STT | Chi bộ | Mô hình định hướng | Chỉ tiêu", the models per chi bộ of a Đảng ủy xã's dân vận
# plan, t22-07: each row an obligation of the chi bộ it names); folded, the whole header cell
# … and the first column of an inspection plan's teams, named by the team alone ("Đoàn | Đơn vị chủ trì | Đơn vị phối
# hợp | Địa bàn, đối tượng | Thời gian kiểm tra" over "Đoàn số 01 | Sở Y tế | …", a Ban Chỉ đạo's Tết food-safety plan):
# a column name of a stacked header (vanban.structure.stacked), no body column (folded, the whole header cell)
TEAM_NAME_COL = re.compile(r"^(?:doan|to)(?:\s+(?:kiem tra|giam sat|thanh tra|cong tac|lien nganh))*(?:\s+so)?$")
# a due column of an inspection team's window ("Thời gian kiểm tra", "Thời gian thanh tra"): the days the team has for its
# check, by whose end it is done, even in a plan for a festival season (vanban.extract.task_table_rows; folded)
CHECK_WINDOW_COL = re.compile(r"thoi (?:gian|han) (?:kiem tra|thanh tra|giam sat)")
TASK_BODY_KIND_COL = re.compile(r"^(?:(?:cac\s+)?(?:chi bo|dang bo|to chuc (?:co so )?dang|dia phuong|co so)"
                                r"(?:\s*(?:,|va)\s*(?:chi bo|dang bo|to chuc (?:co so )?dang|dia phuong|co so))?"
                                r"|(?:cac\s+)?(?:xa|phuong)(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran))+)(?:\s+truc thuoc)?$")
# … and a column naming the investor of each row's capital ("Chủ đầu tư", "Đơn vị chủ đầu tư"): the row's body in a
# table that also says by when the row is to be done (TASK_COMPLETION_COL: "TT | Chủ đầu tư | Kế hoạch vốn năm 2027 (tỷ
# đồng) | Tỷ lệ giải ngân đến 30/6/2027 | Thời gian hoàn thành giải ngân", the Phụ lục of a UBND's Công văn on
# disbursement, a25-09); a list of projects with their investors and running time is no such table (folded, whole cell)
INVESTOR_COL = re.compile(r"^(?:don vi\s+|cac\s+)?chu dau tu$")
# a column of a figure each row holds, named with the year or the date it is for and its unit ("Kế hoạch vốn năm 2027
# (tỷ đồng)", "Tỷ lệ giải ngân đến 30/6/2027", "Tổng mức đầu tư (triệu đồng)"): a column name though it holds digits
# (folded, whole cell; vanban.structure.stacked)
FIGURE_COL = re.compile(r"^(?:ke hoach von|von (?:dau tu|giao|ngan sach)|tong muc dau tu|du toan|ty le(?: [a-z]+){1,3})"
                        r"(?:\s+(?:nam\s+20\d\d|(?:den|tinh den|den het)\s+(?:ngay\s+)?\d{1,2}/\d{1,2}/20\d\d))?"
                        r"(?:\s*\((?:ty|trieu|nghin)? ?dong\)|\s*\(%\))?$")
# a report calendar's cycle column ("Kỳ báo cáo", "Tần suất báo cáo", "Chu kỳ"): how often the row's report falls
# due, its day in the due column (folded, the whole header cell; vanban.extract.cycle_cells)
CYCLE_COL = re.compile(r"^(?:ky bao cao|tan suat(?: bao cao)?|chu ky(?: bao cao)?|dinh ky(?: bao cao)?)$")
# the period a row's figures cover ("Kỳ số liệu", "Thời kỳ báo cáo", "Số liệu tính đến"): no time the row falls due,
# its due column says that (folded, the whole header cell; vanban.extract.row_periods)
DATA_PERIOD_COL = re.compile(r"^(?:ky|thoi ky|giai doan|pham vi)\s+(?:so lieu|bao cao|thong ke)|^so lieu(?:\s+tinh den)?$")
# a body column whose name says the task each row's unit takes on ("Đơn vị nhận tự quản", "Chi hội nhận đỡ đầu", "Tổ
# chức đảm nhận", "Đơn vị được giao"): the header itself assigns, the row's other cells (a road, a household, a
# school) say what is taken on, so the table is a task table though no column is named Nội dung or Thời gian; a unit
# that receives a thing ("Đơn vị nhận quà", "Đơn vị nhận hỗ trợ") takes on no task (folded header cell)
TASK_TAKEN_COL = re.compile(r"(?<![a-z])(?:(?:nhan|dam nhan|dam nhiem)\s+(?:tu quan|do dau|giup do|quan ly|phu trach"
                            r"|nhiem vu|kem cap)|duoc giao(?:\s+nhiem vu)?)(?![a-z])")
#: a body column named by the service its units render under contract ("Đơn vị thu gom", "Đơn vị vận chuyển", "Đơn vị
#: cung cấp dịch vụ", "Đơn vị cung ứng", "Đơn vị thi công", "Nhà thầu"): in a table with no column saying a task (Nội
#: dung, Nhiệm vụ) the rows are a schedule of that service — route, place, frequency, hours — whose providers the plan
#: charges in its own words (a Kế hoạch thu gom chất thải rắn sinh hoạt: "STT | Thôn | Điểm tập kết / tuyến thu gom |
#: Tần suất | Đơn vị thu gom | Thời gian thu gom", a48-05, t48-05: both authors, "the contractors of a schedule, not a
#: chủ trì of tasks", the collectors' duties one joint heading below). Folded, the whole header cell.
SERVICE_COL = re.compile(r"^(?:(?:cac\s+)?don vi|nha)\s+(?:thu gom|van chuyen|thu gom,? van chuyen|xu ly|cung (?:cap|ung)"
                         r"(?:\s+dich vu)?|thi cong|thau)(?:\s+[a-z]+){0,3}$")
# the lead body's column when several name bodies ("Đơn vị" (a unit) | … | "Cơ quan chủ trì theo dõi")
TASK_LEAD_COL = re.compile(r"chu tri")
#: … else the column naming who acts on the row ("Đoàn thực hiện", "Bộ phận thực hiện") over one that names the units
#: looked at (:data:`TASK_LOOKED_AT_COL`): in an inspection schedule "TT | Tổ chức đảng, đơn vị | Hình thức | Đoàn thực
#: hiện | Thời gian" the first names the unit checked, the second the team that does the check — the row's body, as
#: "Đơn vị được kiểm tra | … | Bộ phận thực hiện" reads (folded). Not "phụ trách", "trách nhiệm": "Đơn vị | Người phụ
#: trách" names the unit that does the work and the leader who oversees it, the unit still the row's body (fixrev42)
TASK_ACTOR_COL = re.compile(r"(?<![a-z])thuc hien(?![a-z])")
#: the head of a column naming the units a row looks at, not those that act (folded): "Đơn vị được kiểm tra, giám
#: sát", "Tổ chức đảng, đơn vị", "Cơ quan, đơn vị" (kinds of unit listed, no act of theirs) — only such a column gives
#: way to a :data:`TASK_ACTOR_COL` one; a plain "Đơn vị" beside it stays the row's body
TASK_LOOKED_AT_COL = re.compile(r"(?<![a-z])(?:duoc [a-z]+|to chuc dang|(?:co quan|don vi|chi bo|truong hoc)\s*,\s*"
                                r"(?:co quan|don vi|chi bo|truong hoc|to chuc)(?:\s*,\s*[a-z ]+)?\s*$)")

# --- stacked tables (plain text: each cell its own paragraph) ------------------------
# a header cell of a table whose cells stand one after the other (folded; the whole cell):
# the row number column, or a short name holding one of the column words of task, target
# and procedure tables (Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm …)
# (a table of a procedure's steps numbers its rows under "Bước" / "Các bước" / "Bước thực hiện": "1" or "Bước 1")
STACKED_NUMBER_COL = re.compile(rf"^(?:{cellgrid.NUMBER_COL}|(?:cac )?buoc(?: thuc hien)?)\.?$")
# a column of the year each row is for, printed first ("Năm | Tên mô hình | Đơn vị chủ trì | Chỉ tiêu | Thời gian hoàn
# thành", the Phụ lục of a Đảng ủy xã's "Dân vận khéo" plan, tune19): a column name like "STT", the whole cell
STACKED_YEAR_COL = re.compile(r"^nam(?: thuc hien| trien khai)?\.?$")
# … of the month or quarter each row is for, printed first ("Tháng | Nội dung | Người phụ trách", a Kế hoạch năm học's
# month-by-month table): a column name alone, its rows' periods their due times (:data:`TASK_DUE_COL`)
STACKED_PERIOD_COL = cellgrid.PERIOD_COL_RE  # shared with the Markdown reader (vanban/cellgrid.py)
# … and any head naming that unit, alone or as the kind of time ("Quý", "Tháng/năm", "Thời gian (quý)", "Quý thực
# hiện"): its cells may give the period without the unit's word ("IV/2033", "9/2033"), the head saying it once for
# the column (:mod:`vanban.extract.unit_cells`; folded, fullmatched, ``unit`` the word)
PERIOD_UNIT_COL = re.compile(r"(?:(?:thoi gian|thoi diem|ky|lich)\s*[(:]?\s*)?(?P<unit>thang|quy)(?:\s*[/,-]\s*nam)?"
                             r"(?:\s+(?:thuc hien|to chuc|du kien|trien khai))?\s*\)?\.?")
# … a cell of that column (folded, stripped, fullmatched): the period with or without its unit's word ("IV/2033",
# "Quý I/2034", "9/2033", "Tháng 10 - 11/2033"; a legacy OCR's numerals "1V/2033", "11/2034"); ``n`` the numerals (a
# second after a dash or "và"), ``sep`` what stands before the year ("IV/2033", "IV.2033"), none when the year is left out
PERIOD_UNIT_CELL = re.compile(r"(?:(?:thang|quy)\s+)?(?P<n>[0-9ivxlh\[|'’]{1,4}(?:\s*(?:[-–,]|va)\s*[0-9ivxlh\[|'’]{1,4})?)"
                              r"(?:\s*(?P<sep>[/.\-–])\s*(?:19|20)\d\d)?")
# … a row's cell in that column, alone on its line when the cells stand one after the other (legacy OCR): "2027"
YEAR_ROW_KEY = re.compile(r"^(?:19|20)\d{2}\.?$")
# … and a month's or quarter's cell under STACKED_PERIOD_COL, alone on its line: "Tháng 10/2027", "Quý I/2028", or
# bare, "Tháng 01", its year the title's (folded, so legacy OCR's "Thắng 10/2027", "Thẳng 12/2027" read as the month they are)
PERIOD_ROW_KEY = cellgrid.PERIOD_KEY_RE  # shared with the Markdown reader (vanban/cellgrid.py)
# … and the first column of a table grouping its rows by a place or a group ("Xã | Đơn vị phụ trách | …"), its cell
# merged down over the group's rows as a month's is (the whole cell, folded)
STACKED_GROUP_COL = cellgrid.GROUP_COL_RE  # shared with the Markdown reader (vanban/cellgrid.py)
# a table's key column printed first where no "STT" numbers the rows: a form's code ("Mẫu" / "Mẫu 01", "Mẫu số" /
# "02-KĐ", "Ký hiệu", "Mã số"), the whole cell folded; a clean-text table opened by it or by STACKED_NUMBER_COL is read
# whatever its other columns are named (stacked._grid_header)
GRID_KEY_COL = re.compile(r"^(?:mau(?: so| bieu)?|bieu mau(?: so)?|ky hieu|ma so)\.?$")
# a column of a list of forms ("Mẫu số | Tên biểu mẫu | Đơn vị sử dụng | Thời điểm sử dụng"): who uses each form, no
# task charged to it (folded, searched)
FORMS_LIST_COL = re.compile(r"(?<![a-z])ten (?:bieu )?mau(?![a-z])")  # (a report calendar's "Biểu mẫu" column charges)
# … or its key column, the form's code alone ("STT | Biểu mẫu | Nội dung | Đơn vị lập": "Biểu số 01/DT | Dự toán thu …
# | Thuế tỉnh, UBND các xã, phường", a Sở Tài chính's Hướng dẫn on lập dự toán, t27-10): who fills each form, no task
# charged where no column dates it (the whole cell folded)
FORMS_KEY_COL = re.compile(r"^(?:mau(?: so| bieu)?|bieu mau(?: so)?)\.?$")
# a column naming what a body has not done yet ("Báo cáo chưa gửi", "Nội dung chậm thực hiện", "Số ngày quá hạn"): a
# reminder's list of late bodies, each row's date the due date an earlier document set (folded, searched)
OVERDUE_COL = re.compile(r"(?<![a-z])(?:chua (?:gui|nop|bao cao|hoan thanh|thuc hien)|cham (?:gui|nop|bao cao|thuc hien)"
                         r"|qua han)(?![a-z])")
# a row's form code under such a key column (folded): "Mẫu 01", "Mẫu số 02-KĐ", "01-GS", "03/BC"
FORM_CODE_ROW = re.compile(r"^(?:mau(?: so)?\s+)?\d{1,2}[a-z]?(?:\s?[-/]\s?[a-z]{1,6})?\.?$")
# a table's total row, its first cell (folded): "Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh", "Toàn xã"
TOTAL_ROW_RE = re.compile(r"^(?:tong cong|tong so|tong|cong|toan (?:tinh|thanh pho|huyen|xa|phuong|nganh))\.?:?$")
# a step's number in such a table's first column ("Bước 1", "Bước 12"), folded
STEP_ROW_RE = re.compile(r"^buoc\s+\d{1,2}\s?[.:]?$")
STACKED_COL_WORDS = re.compile(r"(?<![a-z])(?:" + "|".join((
    "noi dung", "nhiem vu", "chi tieu", "chu tri", "phoi hop", "thoi gian", "thoi han", "tien do", "hoan thanh",
    "san pham", "ket qua", "ghi chu", "don vi", "co quan", "van ban", "kinh phi", "trach nhiem", "linh vuc",
    "giai phap", "hoat dong", "cong viec", "du kien", "ten", "muc tieu", "hinh thuc", "lo trinh", "thuc hien",
    "phu trach", "can cu", "dia diem", "quy mo", "nguon von", "dinh muc", "so luong", "trinh tu", "buoc",
    "nhom co so",  # (tbl55b) an inspection plan's groups of cơ sở ("TT | Nhóm cơ sở kiểm tra | Đơn vị chủ trì | …", t54-01)
    "doi tuong",  # an inspection plan's checked body ("TT | Đối tượng | Nội dung | Thời gian | Lực lượng thực hiện")
    "loai bao cao", "ky bao cao", "tan suat",  # a report calendar ("Loại báo cáo | Kỳ báo cáo | Đơn vị báo cáo | …")
    # … its cut-off and recipient columns ("Ngày chốt số liệu", "Nơi nhận báo cáo"): legacy OCR loses the blank lines
    # between the header's names, so only the column words carry the header past them (a Sở's report calendar)
    "chot so lieu", "noi nhan bao cao",
    "dvt",  # an indicator table's unit column ("Chỉ tiêu | ĐVT | Kế hoạch 2027")
    "mo hinh",  # a model column ("STT | Chi bộ | Mô hình định hướng | Chỉ tiêu", t22-07; "Tên mô hình" has "ten")
    "chu dau tu",  # the investor a disbursement milestone table charges (INVESTOR_COL)
    # a report calendar's form column ("STT | Biểu mẫu | Nội dung | Đối tượng thực hiện | Thời hạn gửi về Sở Nội vụ",
    # a Sở's call for statistics, a22-03; "Mẫu biểu", "Biểu số", "Ký hiệu biểu")
    "bieu mau", "mau bieu", "bieu so", "ky hieu bieu",
    "bo phan", "tham muu", "han nop", "han gui",  # "Bộ phận tham mưu", "Hạn nộp" (TASK_BODY_COL, TASK_DUE_COL)
    # a property list's address and handling columns ("STT | Tên cơ sở | Địa chỉ | Phương án xử lý | Đơn vị thực hiện |
    # Thời hạn", a plan for surplus premises): legacy OCR reads the names on consecutive lines, so only their words hold
    # the header (clean text's blank rhythm reads it as a grid without them)
    "dia chi", "phuong an",
    # (ocr36) a gift table's count column ("TT | Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)"): legacy
    # OCR reads the names on consecutive lines, so its word holds the header (the money columns are UNIT_COL's)
    "so suat", "so phan qua",
    # a sports games' schedule ("TT | Môn thi | Thời gian | Địa điểm | Đơn vị chủ trì", "Môn thi đấu"): a scan may lose
    # or garble its "TT", so the event column's word starts the header
    "mon thi",
)) + r")(?![a-z])")
#: (ocr36) a figure column named with its unit in parentheses: "Thành tiền (đồng)", "Mức quà (đồng/suất)", "Tài liệu
#: tồn đọng (mét giá)", "Hồ sơ năm 2028 nộp lưu (hồ sơ)" (folded, the whole header cell; a year may stand in the name,
#: no other figure; a unit of words: "So sánh (%)" is a budget table's ratio, the task reader's). Legacy OCR reads a
#: table's names on consecutive lines, so no blank-line rhythm shows the header:
#: two such columns under a number column make it a table of figures by row, as column words make a task table
UNIT_COL = re.compile(r"^[^()\d:;.]{2,60}?(?:\s(?:nam\s)?20\d\d(?:\s[^()\d:;.]{1,30})?)?\s*\((?=[^()]*[a-z])[^()\d:;]{1,24}\)$")
#: … but brackets holding an acronym in capitals after a name that is not in capitals name no unit: they spell out the
#: name before them ("Tốc độ tăng trưởng kinh tế (GRDP)", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"), an indicator
#: table's row, not its column; a currency's code is a unit all the same ("Thành tiền (VNĐ)", "Giá trị (USD)"; folded)
UNIT_CURRENCY_CODE = re.compile(r"^(?:vnd|usd|eur)$")
# a due column naming where the report goes ("Thời hạn gửi Sở Tài chính", "Thời gian nộp báo cáo về UBND tỉnh"): the
# body's capitals after it are no proper name of a group row (folded; the words before the body)
DUE_COL_RECIPIENT = re.compile(r"^thoi (?:gian|han)\s+(?:gui|nop)(?:\s+bao cao)?(?:\s+(?:ve|cho|den|toi))?\s+(?=\S)")
STACKED_MAX_COL_WORDS = 10  # a header cell is a short name, never a sentence
#: an indicator table's column of the figures set for (or reached in) a year or a span of years, its name holding the
#: year: "Kế hoạch năm 2027", "Kế hoạch 2027", "Mục tiêu đến năm 2030", "Ước thực hiện năm 2026", "Năm 2027",
#: "Giai đoạn 2026 - 2030" (folded, the whole header cell; a column name otherwise holds no two digits)
PERIOD_COL = re.compile(r"^(?:(?:ke hoach|muc tieu|chi tieu|phan dau|du kien|(?:uoc\s+)?thuc hien|uoc(?: th)?)\s+)?"
                        r"(?:nam|den nam|giai doan|ca nam)\s*20\d\d(?:\s*[-–]\s*20\d\d)?$"
                        r"|^(?:ke hoach|muc tieu|chi tieu|phan dau|du kien|(?:uoc\s+)?thuc hien)\s+20\d\d(?:\s*[-–]\s*20\d\d)?$")
#: … the same inside a header row's words ("STT  Chỉ tiêu  Đơn vị tính  Kế hoạch năm 2027", a pipe or tab row): with an
#: indicator column (TASK_TARGET_COL) and a unit column (TASK_UNIT_COL), the header of an indicator table
PERIOD_COL_WORDS = re.compile(r"(?<![a-z])(?:ke hoach|muc tieu|chi tieu|nam|giai doan)\s+(?:nam\s+)?20\d\d(?!\d)")
# a row number alone in its cell: "1", "1.", "12", "I", "II.", "I.1", "2.3", "III.1.2"
ROW_NUMBER_RE = cellgrid.ROW_NUMBER_RE  # shared with the Markdown reader (vanban/cellgrid.py)
# the head word of a body's name, capitalised, ending a wrapped cell's line ("Bộ Công an, Bộ" /
# "Khoa học …"); folded ("số", a number, folds like "Sở": the capital tells them apart)
HEAD_WORDS = ("bo", "so", "cuc", "ban", "vu", "vien", "phong")
# a group row's label with its text in the same cell ("I. Kinh tế số", "II. Xã hội số", "A. Nhiệm vụ chung")
GROUP_ROW_RE = re.compile(r"^(?:[IVXL]{1,5}|[A-Z])\s?[.)]\s+\S")

#: a task table's column headers (folded, whole cell): words like these are no
#: issuing body, though they stand upper-case in a header's place when a
#: document opens with its table ("STT | Nội dung | Đơn vị chủ trì | Thời hạn")
COLUMN_HEADER_RE = re.compile(
    r"(?:so\s+)?t\.?t\.?|stt|noi dung(?:\s+cong viec|\s+nhiem vu)?|nhiem vu|(?:co quan|don vi)(?:\s+(?:chu tri|thuc hien|phoi hop))?"
    r"|chu tri|phoi hop|thoi (?:gian|han)(?:\s+hoan thanh)?|ghi chu|ket qua|san pham|tien do|kinh phi"
)

# a paragraph that states the time limit of the item above it ("Thời hạn chậm nhất 05 ngày làm việc …",
# "Thời gian hoàn thành: Quý I/2026"): it stays in that item, blank line or not (folded)
#: a due cell without a year (folded): "Trước ngày 25 hằng tháng", "Chậm nhất ngày 05 hằng quý", "Thường xuyên",
#: "Hằng tháng", "Định kỳ 6 tháng" — what a task table's last column holds where no date is written (a row short of
#: cells ends with it: :func:`vanban.structure.stacked._fill`)
YEARLESS_DUE_CELL_RE = re.compile(r"^(?:truoc ngay|cham nhat|thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)|dinh ky)\b")
#: a task table's group row naming the period of the rows under it, alone in its merged cell (folded): "Tháng 3/2027",
#: "Quý II/2027", "Năm 2027", "6 tháng đầu năm 2027" — a work programme by month (t23-08's "Nội dung công tác theo từng
#: tháng"); legacy OCR prints it on a line of its own between a row's due cell and the next row's number, where it reads
#: like that row's due cell (:func:`vanban.structure.stacked._rows_loose`). A Roman quarter as OCR reads it ("1", "11",
#: "1V" for I, II, IV) is one too. The year may be left to the document's ("THÁNG 01", "QUÝ II", "6 THÁNG ĐẦU NĂM": a
#: UBND xã's Chương trình công tác năm 2027 heads each month's rows so, a23-08), never after "Năm" alone
PERIOD_GROUP_ROW_RE = re.compile(r"^(?:(?:thang \d{1,2}|quy [ivxl1]{1,4}|\d thang (?:dau|cuoi) nam)"
                                 r"(?:\s*[/\s]\s*(?:nam\s+)?(?:19|20)\d{2})?|nam\s*(?:19|20)\d{2})$")
#: a header cell naming the leader who attends and directs each row's meeting, in a schedule of congresses or
#: conferences ("Chi bộ | Thời gian đại hội | Đồng chí Ủy viên Ban Thường vụ dự, chỉ đạo", a Đảng ủy xã's Công văn,
#: a22-10; "Lãnh đạo dự", "Thành phần dự", "Đại biểu dự"): a column name though it holds the capitals of a title
#: (folded, the whole cell). Its rows are events set on a day (their deadlines), no task charged to the unit each
#: row names (vanban.extract.obligations: the labels of a22-10 date each row, charge none)
ATTEND_COL = re.compile(r"^(?:(?:dong chi|lanh dao|nguoi|thanh phan|dai dien|dai bieu|can bo)(?:\s+\S+){0,8}\s+)?"
                        r"(?:du|chi dao|du\s*(?:,|va)\s*chi dao)$")
#: (fixrev45) a column that names persons, not bodies (folded, the whole cell): "Người phụ trách", "Họ và tên", "Cán
#: bộ phụ trách", "Đồng chí phụ trách", "Cá nhân thực hiện" — its cells' names are persons' whatever they look like
PERSON_COL = re.compile(r"^(?:nguoi|ho\s+(?:va\s+)?ten|can bo|dong chi|d\s*/\s*c|ca nhan)(?![a-z])")
#: (fixrev52a) a column naming who speaks or leads each item of one session's agenda: a person's column
#: (:data:`PERSON_COL`: "Người thực hiện", "Người trình bày", "Người điều hành") or the role's verb ("Trình bày",
#: "Điều hành", "Phát biểu"); a unit's column ("Đơn vị thực hiện") heads a preparation timetable's tasks instead
SPEAKER_COL = re.compile(r"^(?:nguoi|ho\s+(?:va\s+)?ten|can bo|dong chi|d\s*/\s*c|ca nhan|trinh bay|dieu hanh|phat bieu)"
                         r"(?![a-z])")
#: a column naming each person's place in the body a Quyết định thành lập sets up ("Nhiệm vụ trong Tổ", "Chức danh trong
#: Ban", "Chức vụ trong Hội đồng", "Vai trò"; folded, the whole cell): beside a column of persons, the body's roster
MEMBER_ROLE_COL = re.compile(r"^(?:(?:nhiem vu|chuc danh|chuc vu|vi tri)\s+trong\s+(?:to|ban|hoi dong|doan|tieu ban)"
                             r"(?:\s+[a-z]+){0,4}|vai tro(?:\s+trong(?:\s+[a-z]+){1,5})?)$")
#: one place in such a body (folded, one part of a cell "Thành viên, Thư ký"): Tổ trưởng, Tổ phó (thường trực), Trưởng
#: ban, Phó Trưởng ban, Chủ tịch Hội đồng, Trưởng đoàn, Ủy viên (thường trực), Thành viên, Thư ký …
MEMBER_ROLE_CELL = re.compile(
    r"(?:pho\s+)?(?:to truong|truong (?:ban|doan|tieu ban|nhom)|doan truong|chu tich(?:\s+hoi dong)?|chu nhiem|to pho|"
    r"pho ban)(?:\s+thuong truc)?|(?:uy vien|thanh vien)(?:\s+thuong truc)?|thu ky(?:\s+(?:to|ban|hoi dong|doan))?"
    r"|to vien|can bo giup viec")
# A document's closing paragraph, restating its type ("Trên đây là Kế hoạch Chuyển đổi số … Đề nghị các cơ quan, đơn
# vị … Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …", 597/KH-UBND; "Trên đây là Báo cáo …", "Trên đây là Chỉ thị
# …"; folded): the whole document's words, never the wrap of the last list item above it — a page copied as text puts
# a blank line before it, a Word file or a text PDF none (one paragraph a line)
CLOSING_LINE_RE = re.compile(r"^[-+•*_\s]*tren day la\s")
DUE_PARAGRAPH_RE = re.compile(r"^[-+•*\s]*(?:thoi han|thoi gian hoan thanh|thoi gian thuc hien|hoan thanh truoc|han hoan thanh)\b")

# a paragraph that goes on with the task of the item above it, its subject left out: a word of recurrence,
# then the verb ("3. Giao Ban Xây dựng Đảng tham mưu … trong thời gian tới." / "Định kỳ tham mưu việc đánh giá
# …", 13-KH/ĐU; "Hằng quý, báo cáo …"); "Định kỳ hằng năm, các cơ quan …" names its own subject, so does "Định kỳ
# hằng tháng, trước ngày 25, các chủ đầu tư báo cáo …" (a Thông báo kết luận, a22-06: the day of the month, then the
# body) (folded; the word in group "word" must be lower-case in the text)
RECURRING_DUTY_RE = re.compile(
    r"^[-+•*\s]*(?:dinh ky|thuong xuyen|hang (?:nam|quy|thang|tuan|ngay))"
    r"(?:[\s,]+(?:hang (?:nam|quy|thang|tuan|ngay)|\d{1,2} thang|hoac dot xuat|va dot xuat))*[\s,]+"
    r"(?!(?:cac|moi|nhung|tung|toan|tat ca|hang|hoac|va)\b)"
    r"(?!(?:truoc|cham nhat(?: la)?|vao|tu) ngay \d{1,2}[^,]{0,30},\s*(?:cac|moi|nhung|tung|toan|tat ca)\b)"
    r"(?P<word>[^\W\d_])")

# a labelled line naming a body, the heading of its duties in a plan's "Tổ chức thực hiện" ("1. Phòng Kinh tế, Hạ tầng
# và Đô thị", "2. Công an phường"): as short as a cell, but a legacy row's number stands alone on its line
BODY_ITEM_RE = re.compile(r"^\d{1,2}\.\s+(?:Phòng|Công an|Văn phòng|Sở|Ban|Ủy ban|Trung tâm|Các|Đề nghị|UBND|Đoàn"
                          # (a commune's units and associations, t24-08's kind: "1. Trạm Khuyến nông", "3. Hội Nông dân xã")
                          r"|Trạm|Chi cục|Cục|Hội|Quân sự|Bộ Chỉ huy|Trưởng|Chủ tịch|Thủ trưởng|Giám đốc)\b")

# --- tables of figures printed a cell a line (vanban/structure/figure_tables.py) -----------------------------------
#: A number as written ("96,5", "1.000", "1.000.000,5"), for use inside larger regexes (no groups); the number grammar's
#: own (vanban.extract.numbers.NUMBER is this)
FIGURE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
#: the words that bound a figure written before it in a table's cell ("Ít nhất 03", "Tối thiểu 31", "Không quá 5",
#: "Mỗi đơn vị không dưới 20", "từ 01 đến 02"; "dưới" as legacy OCR prints it, "dui 130", "dudi 110"), folded: a cell
#: whose words before its figure end with none of these
#: names something ("Chi bộ 5", "Tổ 3"), no figure. (The targets grammar reads the bound itself, with its OCR slips.)
FIGURE_BOUND = (r"(?:[>≥<≤]=?|(?<![a-z])(?:it nhat|[uy]t?\s+nh[a4]t|toi thieu|toi da(?:\s+den)?|khong duoi|khong it hon"
                r"|khong qua|khong\s+(?:duoc\s+)?vuot qua|tren|hon|vuot|(?<!chung )(?<!dau )(?<!trat )(?<!dien )t[uw]"
                r"|d[uwy]{1,2}[o06bdeq]?i|chua den|it hon|thap hon|nho hon|xuong con|giam con|xuong duoi)(?:\s+(?:la|tren|tu|sau|cho))?)")
_FIGURE_RANGE = rf"(?:{FIGURE})(?:\s*(?:-|–|den)\s*(?:{FIGURE}))?"
#: a cell of figures (folded, its spaces single): the figure or a range, its bound words before it, "%", "trở lên" /
#: "trở xuống" after it ("120", "Ít nhất 40", "8,5 trở lên", "0,8 - 1", "75%")
FIGURE_CELL_RE = re.compile(rf"^(?:[^\d]*?{FIGURE_BOUND})?\s*{_FIGURE_RANGE}\s*%?(?:\s*(?:tro len|tro xuong))?\s*[.;]?$")
# A quota table by unit ("Phụ lục giao chỉ tiêu", t21-10-KH-DTN): its header's column of the units charged
# ("Đơn vị", "Tên đơn vị", "Địa phương", "Đơn vị, địa phương"), or named by the units' kind ("Ấp", "Thôn", "Tổ dân phố",
# "Xã, phường", "Chi bộ": a21-06's "STT | Ấp | Thuộc xã cũ | Tỷ lệ … (%)"; or the areas a plan sets apart: "Khu vực",
# "Vùng", "Địa bàn", a25-08's "TT | Khu vực | Số xã, phường | Tỷ lệ mắc tối đa (ca/100.000 dân) | …"; or a mass
# organisation's units a Liên đoàn Lao động, Đoàn or Hội charges: "Công đoàn cấp trên cơ sở", "Công đoàn cơ sở", "Chi
# đoàn", "Hội cơ sở", a29-06's "TT | Công đoàn cấp trên cơ sở | Phát triển đoàn viên mới (người) | …"), folded, the
# whole cell …
# … or (tgt32d) the schools a phường's plan of enrolment hands its quotas to: "Trường", "Trường học", "Cơ sở giáo dục"
# ("TT | Trường | Lớp 1: Số lớp | Lớp 1: Số học sinh | …", t31-04) …
# (tgt42a) … the villages of the highland and delta peoples are thôn by other names: "Buôn" (Tây Nguyên), "Bon", "Plei",
# "Làng", "Sóc" (Nam Bộ), "Khóm" ("STT | Thôn, buôn | … | Vôi bột (kg) | …", a xã's Phụ lục of supplies per village) …
QUOTA_BODY = (r"(?:don vi|dia phuong|co so|ap|thon|xom|ban|buon|bon|plei|lang|soc|khom|to dan pho|khu pho|khu dan cu|xa|phuong|chi bo|chi hoi|khu vuc"
               r"|thi tran|vung|dia ban|cong doan(?: cap tren co so| co so| nganh)?|chi doan|doan co so|co so (?:doan|hoi)|hoi co so"
               r"|truong(?: hoc)?|co so giao duc"
               r"|vi tri(?: viec lam| tuyen dung| can tuyen)?"
               r"|cay trong"  # (tgt37b) the crops a season's plan sows, "STT | Cây trồng | Diện tích (ha) | …"
               r"|khoi(?: lop)?)")  # (tgt40b) the grades a school's plan hands its quotas to, "Khối | Số lớp | … (tối thiểu)"
# (tbl56t) … and the towns beside the xã: "Xã, thị trấn" ("TT | Xã, thị trấn | Vắc xin LMLM (liều) | … | Tỷ lệ tiêm phòng
# tối thiểu (%)" under "Chỉ tiêu tiêm phòng giao cho các xã, thị trấn", a huyện's plan against animal epidemics, t55-02:
# every dose cell labelled; "Thị trấn" alone, a huyện's one town, no head)
# (tgt40b) … the units' head may gloss the units' kind in parentheses with another: "Chi hội (thôn)" (a Hội's chi hội,
# one a thôn), "Chi bộ (thôn, tổ dân phố)", "Đơn vị (xã, phường)"
# (tgt56) … its kind's group or sort before it: "Nhóm cơ sở", "Loại cơ sở" (a huyện's food-safety plan, a54-01: "STT |
# Nhóm cơ sở | Tuyến kiểm tra | Đợt 1 (cơ sở) | Đợt 2 (cơ sở)", each row a group of the premises to inspect)
QUOTA_BODY_HEAD_RE = re.compile(rf"^(?:ten\s+)?(?:(?:nhom|loai)\s+)?{QUOTA_BODY}(?:\s*,\s*{QUOTA_BODY})?"
                                rf"(?:\s*\(\s*{QUOTA_BODY}(?:\s*,\s*{QUOTA_BODY})*\s*\))?$")
# … or (tgt33c) the posts a Thông báo tuyển dụng hands its quota to: "Vị trí việc làm", "Vị trí tuyển dụng" ("TT | Vị
# trí việc làm | Số chỉ tiêu | Trình độ, chuyên ngành | Nơi làm việc", t32-07) …
# … its row-number column ("TT", "STT"; (tbl55) a scan's "SIT" / "SLT", restored "SỊT": OCR read the middle T as I or L,
# as in a53-03, t52-09 and t53-07 scanned) …
QUOTA_NUMBER_HEAD_RE = re.compile(r"^s?tt$|^s[il]t$")
# … a column of one kind of target with its unit in parentheses: "Đơn vị máu (đơn vị)", "Kết nạp đoàn viên mới
# (đoàn viên)", "Hộ gia đình đăng ký “5 không, 3 sạch” (hộ)" (the unit: 1-3 words, no figure but a rate's population:
# "ca/100.000 dân") …
# … (tgt33c) its parentheses may stand before the words that split the column ("Mức hỗ trợ (triệu đồng/nhà) xây mới /
# sửa chữa", t32-04: group "tail") …
QUOTA_KIND_HEAD_RE = re.compile(r"^(?P<lead>[^()]{2,80}?)\s*\((?P<unit>[^()\d]{1,30}(?:/\s*[\d.]+\s*[^()\d]{1,20})?)\)"
                                r"(?P<tail>\s+[^()\d]{2,40})?$")
# … (tgt41a) a share whose parentheses name, after the "%", the base it is taken of: "Tài khoản định danh điện tử mức 2
# (% dân số từ 14 tuổi)", "Tỷ lệ bao phủ (% số hộ)": a rate in %, its base part of the column's name (the base may hold a
# figure, an age, which the unit's parentheses above do not take) …
QUOTA_SHARE_OF_HEAD_RE = re.compile(r"^(?P<lead>[^()]{2,80}?)\s*\(\s*%\s+(?P<base>[^\W\d][^()]{1,40})\)$")
# … a head whose lead names the column's bound ("Tỷ lệ mắc tối đa (ca/100.000 dân)", "Số đợt chiến dịch tối thiểu":
# its bare figures are maximums, minimums), folded …
QUOTA_LEAD_BOUND_RE = re.compile(r"(?<![a-z])(?:toi thieu|it nhat|toi da|khong qua)$")
# … (tg22b) or with the column's bound in its parentheses, not a unit: "Mô hình sinh kế thành lập mới (ít nhất)" (its
# bare figures are minimums, t22-04-KH-HPN's Phụ lục) (folded) …
QUOTA_HEAD_BOUND_RE = re.compile(r"it nhat|toi thieu|toi da|khong qua|khong duoi|tro len")
QUOTA_HEAD_MAX_RE = re.compile(r"toi da|khong qua")  # … "(tối đa)", "(không quá)": its bare figures are maximums
# (tbl55) a quota table's caption or note that sets the bound of all its figures (folded): "Chỉ tiêu dưới đây là chỉ
# tiêu tối thiểu" (a53-03), "mức tối đa": every bare figure of the table is a minimum (a maximum)
QUOTA_CAPTION_BOUND_RE = re.compile(r"(?:chi tieu|muc)\s+(?:toi thieu|toi da)(?![a-z])")
# … a kind column without parentheses ("Hội viên kết nạp mới"), its cells printing their unit ("150 hội viên"): a short
# line of words, no figure …
# (tgt37a) a small number inside the words is part of the name, no figure: "Công dân từ đủ 14 tuổi", "Chưa kích hoạt
# định danh mức 2" (a Công an xã's table of each thôn's present counts beside its "Chỉ tiêu kích hoạt mới (tài khoản)",
# a35-10) — a year or a count of three digits or more is none ("Năm 2027")
QUOTA_BARE_HEAD_RE = re.compile(r"^(?!.*\d{3})(?=\D)[^()]{3,60}$")
# (tgt41c) … a bare head that names its column the quota and the year it is set for: "Chỉ tiêu hồ sơ hoàn thành năm
# 2032" (a xã's Phụ lục of the certificates each thôn is to complete, t40-08) — the year is the quota's period, not a
# count in the name, as "Chỉ tiêu năm 2031 (đơn vị máu)" with parentheses already read (folded, the whole head)
QUOTA_NAMED_YEAR_HEAD_RE = re.compile(r"^chi tieu(?:\s+[^\d()\s]+){0,8}\s+(?:nam\s+)?20\d\d$")
# (tgt34b) … a bare head of words about the unit, its place or body, before the quota's bare head: "STT | Vị trí việc
# làm | Cơ quan, địa bàn tuyển dụng | Số chỉ tiêu | Trình độ, chuyên ngành" (a Thông báo tuyển dụng, a32-07): each post's
# body ("Sở Tài chính", "UBND các xã, phường"), no kind of target (folded, the whole head's start)
# … (tbl54) or the post's grade: "STT | Vị trí việc làm | Hạng chức danh nghề nghiệp | Số lượng | Trình độ chuyên môn"
# (a huyện's Thông báo tuyển dụng, t52-08: "Hạng III" for each post, then its quota)
QUOTA_PLACE_HEAD_RE = re.compile(r"^(?:co quan|dia ban|noi (?:lam viec|cong tac)|dia diem|don vi (?:tuyen dung|su dung)"
                                 r"|hang chuc danh|ngach)(?![a-z])")
# … the share a last row's cell opens with ("Mỗi đơn vị từ 01 đến 02 mô hình", "mỗi xã không dưới 20 hội viên") …
QUOTA_SHARE_RE = re.compile(r"^\s*moi\s+(?:don vi|co so|xa|phuong|dia phuong|chi hoi|chi bo|to chuc)(?:\s*,\s*(?:xa|phuong))?\s*")
#: … such a cell printing its own unit after its figure ("06 mô hình", "Mỗi đơn vị từ 01 đến 02 mô hình", "Mỗi đơn vị
#: không dưới 20 hội viên"; folded, its spaces single): only a share and bound words before the figure …
#: … its unit may be per unit charged ("Ít nhất 01 mô hình/đơn vị", "02 đội hình/xã": :data:`QUOTA_PER_UNIT`; a22-04's
#: last row, whose cell, read as the next unit's name, shifted the trees' figure into the works' column) …
QUOTA_PER_UNIT = rf"(?:\s*/\s*{QUOTA_BODY})?"
UNIT_FIGURE_CELL_RE = re.compile(
    rf"^(?:{QUOTA_SHARE_RE.pattern[1:]})?(?:[^\d]*?{FIGURE_BOUND})?\s*{_FIGURE_RANGE}"
    rf"\s+[a-z\u0111]+(?:\s+[a-z\u0111]+){{0,2}}{QUOTA_PER_UNIT}\s*(?:tro len|tro xuong)?\s*[.;]?$")
#: a figure's cell OCR damaged: a figure's length, no space, a digit and a letter it misread ("1B" for 15, "2O", "l5",
#: t21-10 scanned): in a table of figures, where a figure is due, it holds its column (its value left unread), so the
#: cells after it stay in theirs
# … (tbl54) or a figure grouped by thousands whose leading digits OCR misread, its groups intact ("o6.000" for 56.000, a
# huyện's tree quotas per xã, a52-09 scanned): longer than five characters, but no word is grouped so; (tbl54) a decimal
# comma read ";" and a digit read as an eth ("2;Ð" for 2,5 and "2ð" for 35,5, t52-09 scanned: an area per xã)
DAMAGED_FIGURE_RE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[a-zA-ZÐðĐđ])"
                               r"(?:[0-9A-Za-zÐðĐđ.,;]{2,5}|[0-9A-Za-z]{1,3}(?:\.\d{3})+(?:,\d+)?)$")
# … and the caption above the table naming quotas set ("CHỈ TIÊU … GIAO CÁC ĐƠN VỊ", "Phân bổ chỉ tiêu …"), not results
# (tgt37b: or the plan's own figures, "1. Kế hoạch diện tích gieo cấy vụ Mùa năm 2030 ⏎ Tổng diện tích gieo trồng …, cụ
# thể:" — the areas to sow per crop, set by the plan; not a table of the present state, "Diện tích rừng hiện có")
# (tgt41c: or a lead that hands the table's figures out to the units, "Dự kiến số lượng vôi bột, hóa chất cấp cho các
# thôn (cả 02 đợt) như sau:", t40-07 — what each unit is to get, set by the plan: "cấp (phát) / phân phối / hỗ trợ cho
# các <units>")
QUOTA_CAPTION_RE = re.compile(r"chi tieu|phan bo|giao (?:cac )?(?:don vi|dia phuong)|ke hoach (?:dien tich|gieo|san xuat)"
                              rf"|(?:cap(?: phat)?|phan phoi|ho tro) cho (?:cac |tung |moi )?{QUOTA_BODY}(?![a-z])")
# … or (tgt33b) a caption that breaks a figure of the text down by unit: "dự kiến sơ tán 312 hộ …; chi tiết từng thôn
# như sau:" (a xã's plan of phòng, chống thiên tai, a31-08): the table is the figure's parts; the extractor reads only
# the columns whose sums are figures the text sets (:func:`vanban.extract.indicator_cells.quota_cells`)
QUOTA_BREAKDOWN_CAPTION_RE = re.compile(rf"chi tiet (?:cho |o |theo )?(?:tung|cac|moi) {QUOTA_BODY}(?![a-z])")
# (tgt32a) "Trên cơ sở kết quả thực hiện đến hết tháng 8/2027, BHXH tỉnh đề xuất chỉ tiêu … như sau" (a BHXH tỉnh's
# Công văn, a30-08): results named as the basis the quotas are drawn from ("trên cơ sở", "căn cứ", "dựa trên") do not
# make the table one of results
QUOTA_RESULT_RE = re.compile(r"(?<!co so )(?<!can cu )(?<!can cu vao )(?<!dua tren )(?<!dua vao )"
                             r"(?:ket qua|thuc hien nam|uoc thuc hien|da dat)")
# … and its total row's name ("Tổng cộng", "Tổng số", "Cộng"; folded, the whole cell): the sum of the rows above it
QUOTA_TOTAL_ROW_WORDS = r"tong\s+cong|tong\s+so|tong|cong"
QUOTA_TOTAL_ROW_RE = re.compile(rf"^(?:{QUOTA_TOTAL_ROW_WORDS})$")
# (tgt38b) … or the whole area's row, named for it ("Toàn xã", "Toàn phường", "Cả huyện"): the sum (or, for a rate, the
# whole's own rate) of the units' rows above, as a "Tổng cộng" row is — read by the quota readers only (the structure
# stage keeps its total-row words as they were)
QUOTA_WHOLE_ROW_RE = re.compile(
    rf"^(?:(?:toan|ca)\s+{ADMIN_LEVEL_RE}|{QUOTA_TOTAL_ROW_WORDS})$")
# (tgt42a) a head naming one unit, its kind and its name: "Thôn Trung Hòa", "Xã Tân An", "Tổ dân phố 3" (folded, the
# cell's start; the caller asks a capital or a figure after it): the column of that unit in a table of figures whose
# rows are the kinds (units as columns)
QUOTA_UNIT_NAME_RE = re.compile(rf"^{QUOTA_BODY}\s+(?:so\s+)?")
# … and the words of a lead line that plan the figures below it: "Tổng kinh phí dự kiến …, trong đó:", "Phấn đấu huy
# động …", "vận động Nhân dân đóng góp …" (folded)
QUOTA_PLANNED_LEAD_RE = re.compile(r"(?<![a-z])(?:du kien|phan dau|huy dong|van dong)(?![a-z])")
# (tgt42a) … or a part's subtotal row, its total word before the part it sums: "Cộng lớp 1", "Cộng khối THCS", "Tổng
# cộng cụm 2" (a xã's enrolment quotas per school, the primary schools' rows summed before the lower secondary's) —
# not "Tổng công ty …" nor "Cộng đồng …", names (folded, the whole cell)
QUOTA_SUBTOTAL_ROW_RE = re.compile(r"^(?:tong\s+cong|cong)\s+(?!(?:ty|dong)(?![a-z]))\S.{0,40}$")
#: the printed total word and the word after it that makes it no total: "Cộng đồng", "Cộng tác viên dân số", "Cộng sản",
#: "Cộng hòa", "Cộng hưởng" (words that open with the syllable)
_SUBTOTAL_PRINTED_RE = re.compile(r"(?i)^(?:tổng\s+)?cộng\s+(?P<next>[^\W\d_]+|\S)")
_NOT_SUBTOTAL_NEXT = frozenset({"đồng", "tác", "sản", "hòa", "hoà", "hưởng", "ty"})


# --- a table head's words for figures held or planned (folded; extract.base_heads, extract.indicator_cells) ----------
# Why data: the quota reader (indicator_cells) and the plan reader (plan_cells, through base_heads) tell the base
# column from the planned one by the same words; each list is named for what its words say of a column's figures.
#: a head naming its column's figures as set by the plan: "Kế hoạch …", "Chỉ tiêu …", "Dự kiến …", "Phấn đấu …",
#: "Mục tiêu …", "… phải …", "… được giao", "phân bổ"
HEAD_SET_WORDS = ("ke hoach", "chi tieu", "du kien", "phan dau", "muc tieu", "phai", "duoc giao", "giao", "phan bo")
#: (tbl56t) … but not inside a name the set word is part of, after these words: "Lồng ghép chương trình mục tiêu quốc
#: gia" (a column of a funding table, the money one source gives, t55-09), "Chương trình mục tiêu" a programme's name
HEAD_SET_NAME_LEADS = ("chuong trinh",)
#: (tgt48) the set words naming a figure handed down from above: "Dự toán tỉnh giao", "Số được giao", "Phân bổ"
HEAD_GIVEN_WORDS = ("giao", "phan bo")
#: … and those naming the figure a plan strives for past the given one: "Dự toán xã phấn đấu", "Xã đăng ký", "Quyết tâm"
HEAD_STRIVEN_WORDS = ("phan dau", "dang ky", "quyet tam")
#: a head of figures reached or held, the base beside the plan's: "hiện có", "hiện trạng", "ước", "kết quả", "lũy kế",
#: "năm trước", "cùng kỳ" (and "thực hiện", which extract.base_heads reads with or without a time after it)
HEAD_HELD_FIGURE_WORDS = ("hien co", "hien trang", "hien nay", "uoc", "ket qua", "luy ke", "nam truoc", "cung ky")
#: the words a base head of the present closes with after its noun: "Camera hiện có", "Số camera đã có", "Trụ đèn
#: hiện nay"
HEAD_PRESENT_TAIL_WORDS = ("hien co", "hien nay", "hien trang", "da co")
#: a head naming what the row gets new or more: "lắp mới", "trang bị thêm", "bổ sung"
HEAD_ADDED_WORDS = ("moi", "them", "bo sung")
#: … or what it needs: "Bình cần trang bị thêm", "Số phải mở mới"
HEAD_NEEDED_WORDS = ("can", "phai")
#: a head counting persons the unit holds in a state now, not what is to be done to them: "được quản lý", "có hồ sơ
#: quản lý", "đang (được) quản lý / theo dõi / sinh hoạt", "hiện có", "hiện nay", "còn lại" ("được" alone is what the
#: plan does to them, "được hỗ trợ", "được tập huấn": :data:`QUOTA_DONE_IN_HEAD_RE`); "đang" in
#: :data:`HEAD_HELD_NOW_RE`
HEAD_HELD_PERSON_WORDS = ("duoc quan ly", "co ho so quan ly", "hien", "hien co", "hien nay", "con lai")
#: "đang" before its verb ("đang chấp hành án treo", "đang được quản lý", "đang sinh hoạt"), as a regex alternative
#: (folded): a bare "dang" is "đảng" too — "Người được kết nạp đảng (người)", "Người là đảng viên mới" (fixrev48)
HEAD_HELD_NOW_RE = r"dang(?= [a-z])(?! (?:vien|uy|bo|doan|cong san)(?![a-z]))"


def head_words_re(*lists: tuple[str, ...], more: str = "") -> re.Pattern:
    """A whole-word search for any of the folded words of ``lists`` (a head's lead, :func:`head_lead`), and ``more``
    (regex alternatives of the caller's own)."""
    alts = [re.escape(w).replace("\\ ", " ") for ws in lists for w in ws] + ([more] if more else [])
    return re.compile(r"(?<![a-z])(?:" + "|".join(alts) + r")(?![a-z])")


def head_lead(head: str) -> str:
    """The folded words of a table head before its parentheses ("Diện tích (ha)" → "dien tich"): what the head names,
    its unit aside (read by the quota, turned and plan table readers and the plan cells' reader)."""
    return fold(" ".join(head.split())).split("(")[0].strip(" *.:")


def name_col(header: list[str] | tuple[str, ...]) -> int:
    """The column of a table's row names: the first, or the second after a number head ("TT", "STT")."""
    return 1 if header and QUOTA_NUMBER_HEAD_RE.match(fold(header[0]).strip(" *.:")) else 0


def subtotal_row(printed: str) -> bool:
    """The first cell ``printed`` (as printed, marks kept) opens a part's subtotal row: "Cộng lớp 1", "Cộng THCS",
    "Tổng cộng cụm 2". Why one test: the structure stage (rows parted at a total, :mod:`.pipe_flow`) and the quota
    reader (:mod:`vanban.extract.indicator_cells`) told these rows apart each its own way and disagreed on "Cộng tác
    viên dân số", "Cộng sản", "Cộng hưởng". Read with its marks: folded, "Công an …", "Công ty …" are "cộng" too; the
    word after "Cộng" neither one that opens with the syllable (:data:`_NOT_SUBTOTAL_NEXT`) nor a proper name's
    ("Cộng Hòa", capitalised then small letters), and the cell short (the part's name only)."""
    cell = " ".join(printed.strip(" *:").split())
    m = _SUBTOTAL_PRINTED_RE.match(cell)
    if m is None or len(cell) > m.end("next") + 40 or not QUOTA_SUBTOTAL_ROW_RE.match(fold(cell)):
        return False
    after = m.group("next")
    return after.lower() not in _NOT_SUBTOTAL_NEXT and not (after[:1].isupper() and after[1:].islower() and len(after) > 1)
# … and a column about the unit that counts what it holds ("Số xã, phường", "Số hộ", "Dân số"; folded, the whole
# head): its cells are figures of the present, no target
# (tgt33c) its parentheses may name the day it was counted: "Số hộ đã phân loại (đến 30/6/2028)" (t32-09) …
QUOTA_COUNT_HEAD_RE = re.compile(r"^(?:so\s+[a-z ,]{2,30}(?:\s*\((?:tinh\s+)?(?:den|nam|ngay)\s+[\d/.]{4,10}\))?"
                                 r"|dan so(?:\s+\([^()]*\))?)$")
#: … (tgt33c) a count whose head names the day it was taken in parentheses, "(đến 30/6/2028)", "(tính đến 31/12/2027)":
#: a column of what a unit has reached by then, beside the quota set for later ("Tỷ lệ hộ phân loại đến 31/12/2028
#: (%)"); no unit in the parentheses (folded, the parentheses' words)
DATED_COUNT_PAREN_RE = re.compile(r"^(?:tinh\s+)?(?:den|nam|ngay)\s+[\d/.]{4,10}$")
#: … (tgt33c) but a count of what the plan is to make or do: "Số nhà xây mới", "Số nhà sửa chữa" (a xã's plan of xóa nhà
#: tạm, t32-04, under "Phân bổ theo thôn"), "Số hộ được hỗ trợ": the noun counted, then a verb of making; each cell is
#: the unit's quota, counted in that noun (folded, the whole head)
QUOTA_PLANNED_COUNT_HEAD_RE = re.compile(
    r"^(?:so|so luong|tong so)\s+(?:[a-z]+\s+){1,3}?(?:(?:duoc\s+)?(?:xay moi|xay dung|sua chua|thanh lap|ket nap|trong moi"
    r"|lap dat|nang cap|cai tao|ho tro|tuyen dung|tuyen moi"
    # (tbl55b) … or to inspect, the plan's checks: "Số cơ sở kiểm tra" (a huyện's food-safety plan per group of cơ sở,
    # t54-01, beside the body that leads each group's checks and its due day)
    r"|kiem tra)(?:\s+moi)?"
    # (tgt49) … or what the unit is to bring down or lift out of poverty: "Số hộ giảm", "Số hộ nghèo giảm năm 2036",
    # "Số hộ thoát nghèo" (a poverty plan's quotas per tổ dân phố beside "Số hộ nghèo đầu năm", the base)
    r"|giam(?:\s+them)?|thoat\s+ngheo"
    # (tgt42a) … or handed to the unit, "được" and the verb of handing out: "Số đại biểu được bầu", "Số đại biểu được
    # phân bổ", "Số suất được giao" (a Hội's Phụ lục of the delegates each chi hội elects, beside "Số hội viên", the
    # base the share is drawn from; "được" asked, as "Số hộ cũ" is no "cử")
    r"|duoc\s+(?:bau(?: cu)?|phan bo|giao|cu(?: di)?|chon)"
    # … or what the unit must bring about, "phải" and its verb: "Số công dân phải kích hoạt" under a caption "Bảng 1.
    # Chỉ tiêu … theo thôn" (the session-36 newcomer's plan): a duty's count, the unit's quota
    r"|phai\s+[a-z]+(?:\s+[a-z]+)?"
    # (tgt45a) … or what the unit strives for, "phấn đấu (đạt)" and the title or level it names: "Số hộ phấn đấu đạt
    # "Gia đình học tập"", "Số dòng họ phấn đấu đạt …" (a Hội Khuyến học's chỉ tiêu per chi hội, a43-04): the plan's
    # goal word in the head, each cell the unit's quota in the noun counted
    r"|phan dau(?:\s+dat)?(?:\s+\S.*)?"
    # (tgt45t) … or what the unit needs, "cần" and its verb: "Số bình chữa cháy cần trang bị thêm", "Số thang dây cần
    # mua thêm" (a PCCC plan per thôn beside what each has, "… hiện có"): what the plan sets out to supply there
    r"|can\s+[a-z]+(?:\s+[a-z]+){0,2})"
    # (tgt44) … the verbs of one count may be listed, joined by a comma, "và" or "hoặc": "Số mộ phải di dời, cải táng",
    # "Số nhà xây mới và sửa chữa" — one count of what the plan does, in either way
    r"(?:\s*(?:,|\s(?:va|hoac))\s+[a-z]+(?:\s+[a-z]+)?){0,2}$")
#: … (tgt45t) or the people each unit is to send on, the noun then a verb of sending: "Quần chúng ưu tú đưa đi bồi
#: dưỡng", "Số cán bộ cử đi đào tạo", "Đoàn viên giới thiệu đi học lớp cảm tình Đảng" (a Đảng ủy's quotas per chi bộ,
#: beside "Số đảng viên hiện có", the base): no one is sent before the plan says so, so the count is set, with or
#: without "Số" (folded, the whole head)
QUOTA_SENT_COUNT_HEAD_RE = re.compile(r"^(?:(?:so|so luong|tong so)\s+)?(?:[a-z]+\s+){1,4}?(?:duoc\s+)?(?:dua|cu|gui|gioi thieu)\s+di\b")
#: … (tgt43c) a count of what the plan hands out, each row's share: "Số giải", "Số lượng giải thưởng", "Số suất quà", "Số
#: phần quà", "Số bằng khen" (a festival's prize table per event or prize, a gift table per thôn): nothing of it exists
#: before the plan awards it, so the count is set, not the base a "Số thiếu nhi" beside it is (folded, the lead)
QUOTA_GIVEN_COUNT_HEAD_RE = re.compile(r"^(?:so|so luong|tong so)\s+(?:giai(?:\s+thuong)?|(?P<gift>suat(?:\s+qua)?|phan\s+qua)"
                                       r"|bang\s+khen|giay\s+khen)$")
#: (the group "gift": goods handed out, whose level per item the plan cells leave to the gift reader, which reads it
#: where the text does not state it: :mod:`vanban.extract.gift_quotas`, tgt44b; a prize's or a support's level per
#: item is money handed out)
#: … (tgt43c) and what each such item or row is worth, the money it awards: "Mức thưởng", "Giá trị mỗi giải", "Tổng giá
#: trị", "Tiền thưởng" (folded, the lead) — not "Thành tiền", "Kinh phí", the cost the count times the level comes to
QUOTA_GIVEN_WORTH_HEAD_RE = re.compile(r"^(?:tong\s+)?(?:muc\s+thuong|gia\s+tri|tri\s+gia|tien\s+thuong)(?![a-z])")
#: … (tgt33c) money a quota table spends on each unit ("Kinh phí hỗ trợ (triệu đồng)", "Dự toán (triệu đồng)", "Nguồn
#: vốn"): the cost of its quotas (counts times the norms the prose sets), an allocation, no target (t32-04's author)
QUOTA_SPENDING_HEAD_RE = re.compile(r"^(?:tong\s+)?(?:kinh phi|du toan|nguon von|von)(?![a-z])")
# (tgt44b) a head of figures foreseen, the harm a forecast expects per row, not what the plan sets (folded, the head's
# words before its parentheses): "Diện tích dự báo nhiễm (ha)", "Diện tích lúa có nguy cơ (ha)" (a42-05's author: the
# at-risk area a forecast, not a target). (tgt45a) "Dự kiến" names the plan's own figure (tgt42c) where it opens what
# the plan does ("Dự kiến hỗ trợ", "Số lớp dự kiến mở"), but beside a harm the rows suffer ("Diện tích dự kiến nhiễm",
# "… dự kiến bị ngập", "Thiệt hại dự kiến") it is the forecast again: no plan sets how much is infected or flooded.
# Both authors of session 43's pest plans say so (a43-01, t43-01: "a forecast, not a target"), as a42-05's did.
_FORECAST_HARM = r"(?:bi\s+)?(?:nhiem|thiet hai|ngap|hu hai|hu hong|mat trang|sat lo|anh huong)"
QUOTA_FORECAST_HEAD_RE = re.compile(rf"(?<![a-z])(?:du bao|(?:co\s+)?nguy co|du kien\s+{_FORECAST_HARM}|{_FORECAST_HARM}\s+(?:\(\s*)?du kien)(?![a-z])")
# (shared by the plan cells' reader and the quota readers: a table named "Phân bổ …" prints the same column)
# … or (tgt32a) the base the quotas are drawn from, a count estimated: "Số trẻ dưới 1 tuổi (dự kiến)" before "Chỉ
# tiêu tiêm chủng đầy đủ (trẻ)" (a Sở Y tế's Phụ lục, a30-04); folded, the whole head. (tbl53) Or the pool the
# quota is drawn from, its parentheses naming it the source: "Số quần chúng ưu tú (nguồn)" before "Chỉ tiêu kết nạp"
# (a Đảng ủy xã's plan, a51-07: the persons the chi bộ keep in view now, whose labels count the quota column alone)
QUOTA_BASE_HEAD_RE = re.compile(
    r"^(?:tong so|so|dan so)\s[^()]*\((?:du kien|uoc tinh|uoc|hien co|hien nay|(?:tao\s+)?nguon)\)$")
# … (tgt36b) or the unit's present, a count of those not yet reached beside the column that names the quota: "Công dân
# từ 14 tuổi chưa có thẻ căn cước (người)" before "Chỉ tiêu kích hoạt tài khoản mức 2 (tối thiểu, tài khoản)" (a Công an
# xã's plan, t35-10): who is still to be served, no target (folded, anywhere in the head's lead) …
QUOTA_PRESENT_HEAD_RE = re.compile(r"(?<![a-z])(?:chua co|chua duoc|hien co|hien con|da co|da duoc)(?![a-z])")
# … (tgt41c) or a plain count of what the unit holds beside it, its unit in parentheses: "Số chó (con)", "Tổng đàn
# (con)", "Tổng số hộ (hộ)" before "Chỉ tiêu tiêm phòng (con)" (t40-02): the base the quota is drawn from (folded, the
# head's lead before the parentheses)
QUOTA_HELD_COUNT_HEAD_RE = re.compile(r"^(?:so|tong so|tong dan|tong)\s+[a-z ,]{1,40}$")
# … (fixrev41) but only a stock count is that base: its unit is the quota column's ("Số chó (con)" beside "Chỉ tiêu
# tiêm phòng (con)"), or it counts one of the stocks a unit holds (these nouns, folded, the count's first words); "Số
# lớp bồi dưỡng (lớp)", "Số buổi sinh hoạt (buổi)" beside "Chỉ tiêu kết nạp đảng viên (người)" are quotas of their own
QUOTA_STOCK_NOUNS = ("dan", "dan so", "nhan khau", "ho", "ho dan", "ho gia dinh", "cho", "meo", "trau", "bo", "lon",
                     "de", "gia cam", "gia suc", "vat nuoi", "dien tich")
# … of which the whole of what the unit holds, "Tổng đàn lợn (con)", "Tổng đàn (con)", "Tổng số hộ (hộ)", is the present
# with or without such a head: the size of the herd or the households the row's quotas are worked out from, beside
# "Vôi bột (kg) | Hóa chất (lít)" allotted per thôn (t40-07), no quota of its own (folded, the lead)
QUOTA_WHOLE_HELD_HEAD_RE = re.compile(r"^(?:tong dan(?:\s+[a-z ,]{1,30})?|tong so\s+[a-z ,]{1,40})$")
# … not a count of what is to become of the noun, "Số người khuyết tật được tiêm (chỉ tiêu)", "Số hộ phải di dời (hộ)",
# "Số hội viên mới (người)": what the plan sets (folded, the lead)
QUOTA_DONE_IN_HEAD_RE = head_words_re(("duoc", "moi"), HEAD_NEEDED_WORDS)
# … the head that names its column the quota, beside it ("Chỉ tiêu …", folded, the head's start)
QUOTA_NAMED_HEAD_RE = re.compile(r"^chi tieu(?![a-z])")
# … (tbl38) a head that names its column what the plan sets for each row, its unit in parentheses: the quota ("Chỉ
# tiêu (đơn vị máu)", "Chỉ tiêu năm 2031 (…)") or the level each row is given ("Mức quà của xã (đồng/người)", "Định mức
# hỗ trợ (…)"); folded, the lead before the parentheses
QUOTA_SET_HEAD_RE = re.compile(r"^(?:chi tieu|muc|dinh muc)(?![a-z])")
# (tgt33c) a rate head that is a share of the unit's own ("Tỷ lệ hộ phân loại …", "Tỷ lệ …"): no cell exceeds 100%
# ((tgt41c) a bare "Tỷ lệ (%)" after a count quota, the share that quota is of the base, is read as a quota of its own:
# QUOTA_BARE_RATE_HEAD_RE, which left it out as a30-04's labels did, is gone; see indicator_cells._quota_rows)
QUOTA_SHARE_HEAD_RE = re.compile(r"^ty le(?![a-z])")
# … a head whose parentheses name its role, not its unit: "Số phụ nữ có thai được tiêm UV2+ (chỉ tiêu)": the unit is
# the noun its lead counts ("phụ nữ có thai"); folded, the parentheses' words
QUOTA_ROLE_PAREN_RE = re.compile(r"^(?:chi tieu|ke hoach|chi tieu giao|phan dau)$")
# (tgt32d) a header of two rows printed as one, each head "group: sub-head" ("Lớp 1: Số lớp", "Trong đó: Nữ"), as a
# table copied from a Word grid with a merged top row gives it: the group (original text, without its colon) and the
# sub-head that names the column's own kind
GROUPED_HEAD_RE = re.compile(r"^(?P<group>[^:()|]{2,40}?)\s*:\s+(?P<sub>[^:|]{1,80})$")
# … a group "Trong đó" ("of which"): its columns split the count of the kind column before them ("Chỉ tiêu kết nạp" |
# "Trong đó: Đoàn viên" | "Trong đó: Nữ"), counted in that column's unit (folded, the whole group)
QUOTA_SUBSET_GROUP_RE = re.compile(r"^(?:trong do|bao gom|gom)$")
# A table of indicators by year ("STT | Chỉ tiêu | Năm 2027 | Năm 2028 | …", a Đảng ủy xã's plan, a20-10): its head of
# the indicators ("Chỉ tiêu", "Tên chỉ tiêu", "Nội dung chỉ tiêu") and its heads of the years ("Năm 2027", "2028"),
# folded, the whole cell
YEAR_ROWS_LABEL_HEAD_RE = re.compile(r"^(?:ten\s+|noi dung\s+)?chi tieu(?:\s+chu yeu)?$")
YEAR_ROWS_YEAR_HEAD_RE = re.compile(r"^(?:nam\s+)?(?P<y>20\d\d)$")
#: a column of figures already reached ("Ước thực hiện 2026", "Thực hiện năm 2026", "Kết quả …"; folded, the header
#: cell's start): an indicator table's results, no figures set
RESULT_COL = re.compile(r"^(?:uoc|thuc hien|ket qua|uoc th|th\s|hien trang)")  # "Hiện trạng đầu năm 2028" (tgt32c)
#: … the same inside a header row's words, a year named ("TT | Chỉ tiêu | Chỉ tiêu năm 2027 | Kết quả năm 2026", a
#: pipe or tab row): with an indicator column and a goals' column of a year, the header of an indicator table printed
#: without a unit column, each figure writing its own ("Tối thiểu 98%", "85 - 90 điểm"; a28-07, tgt30b)
RESULT_COL_WORDS = re.compile(r"(?<![a-z])(?:uoc\s+)?(?:thuc hien|ket qua|uoc th|uoc dat|dat duoc|hien trang(?:\s+(?:dau|cuoi))?)\s+(?:nam\s+)?20\d\d(?!\d)")


# --- flowed pipe tables (vanban.structure.pipe_flow) ----------------------------------------------------------------
# a pipe table's row as OCR gives it back: "| 1 | …", "|I3 | …" (the pipe read as "I" or "l"); on the raw line
PIPE_ROW_START_RE = re.compile(r"^\|\s*[Il\[\]!]?\s?\d{1,3}\s?[.)]?\s*\|")
# a delimiter row's cell ("---", ":---:"), dashes OCR may read as long dashes or underscores
PIPE_DELIMITER_RE = re.compile(r"^[:\s]*[-—–_]{2,}[:\s]*$")
# a line that opens with a delimiter row, a glyph OCR put beside its first dashes ("|l---|---|…", "|---[| 1 | …"): the
# header ends before it (its rows may run on after it on the same line, a scan's flowed table)
PIPE_DELIMITER_LINE_RE = re.compile(r"^\|?\s*[Il\[\]!:]?\s*[-—–_]{3,}\s*[Il\[\]!:]?\s*\|")
# a header line whose pipe after the number column's name OCR read as a letter glued to it ("| TTỊ Thời gian | Giờ/buổi
# |", Tesseract vie on a scanned "| TT | Thời gian |"), on the folded line: group "lost" is that letter, a pipe there
PIPE_HEAD_LOST_PIPE_RE = re.compile(rf"^\|?\s*{cellgrid.NUMBER_COL}(?P<lost>[il1!\[\]])\s+[a-z]")
# … or the header's opening pipe read as a bracket ("[ TT | Nhóm tiêu chí | Điểm tối đa |", t29-08 scanned): group
# "lost" is that bracket
PIPE_HEAD_LOST_OPENING_RE = re.compile(rf"^\s*(?P<lost>[\[{{(])\s?{cellgrid.NUMBER_COL}\s*\|")
# (tgt35b) a header's last name with the delimiter row glued to it, the pipe between read as letters: "Thời gian hoàn
# thành LI---I---" (t34-10's scan: "… | Thời gian hoàn thành LI---I---|---|---|---| | 1 Thôn Làng Bát | 32 | …"): group
# "name" the column's name, the rest the delimiter row's first cells
PIPE_HEAD_GLUED_DELIMITER_RE = re.compile(r"^(?P<name>.*?[^\W\d_]{2}.*?)\s+[IlL1\[\]!:]{0,3}[-—–_]{3,}[IlL1\[\]!:\-—–_\s]*$")
# (tgt35b) a row's number glued to its first words, the pipe between lost: "| | 1 Thôn Làng Bát | 32 |" (the same scan):
# group "n" the number, the words from the end of the match
# (ocr42) … or the pipe between read as a bracket or a stroke standing apart: "| 1 ] Chi bộ cơ quan … |" (a scan's
# flowed schedule, the row's first pipe after its number read "]"; no row 1 was found and the table was lost)
PIPE_NUMBER_GLUED_NAME_RE = re.compile(r"^(?P<n>\d{1,3})\s+(?:[\[\]{}!|]\s+)?(?=[^\W\d_]{2})")
# a row's number cell between two pipes: "1", "12.", "IV"; "I3", "l3", "[3": a pipe before the number read as a letter;
# (ocr42) "I[3": two pipes before it read as two glyphs (the row above's closing pipe and its own, a scan's flowed table);
# (tbl53b) "J2": the pipe read as a hooked stroke (a51-10's scan, "| 131 |" after "|J2 | Tiểu học Đông Phú |": row 2
# was not found, its cells ran into row 1's and the school table was lost)
PIPE_ROW_NUMBER_RE = re.compile(r"(?P<lost>[IlJ\[\]!]{1,2}(?=\s?\d))?\s?(?:(?P<n>\d{1,3})|[IVX]{1,4})\s?[.)]?")
# (scan47) a group row's Roman numeral whose strokes a scan read as look-alikes: "HI" (III, two strokes read as an H),
# "1V" / "lV" (IV), "V1" (VI), "1I" / "I1" (II), "IH" (III) — a stroke read as the digit 1 or an l, two strokes as an H
# (t45-04's scan of an indicator table grouped by I–IV: "| 111,4 | Dưới 110 | | HI | Chất lượng dân số | | | |",
# "| 62 | 70 || 1V |"); two to four characters, at least one a letter of a numeral and one a look-alike, the H spelt
# out before the numeral is checked (:func:`vanban.structure.pipe_flow._misread_roman`); "11" stays eleven
PIPE_ROMAN_MISREAD_RE = re.compile(r"(?=[IVXHl1]*[IVXHl])(?=[IVXHl1]*[Hl1])[IVXHl1]{2,4}")
# a quota table's column of results, not quotas ("Thu NSNN ước thực hiện năm 2026 (triệu đồng)", "Kết quả năm 2026"
# beside "Thu NSNN năm 2027"): the present or an estimate of it, given for reference; folded, searched in the head
QUOTA_RESULT_COL_RE = re.compile(r"(?<![a-z])(?:uoc (?:thuc hien|dat|tinh)|ket qua|da dat|thuc hien nam \d{4})(?![a-z])")
