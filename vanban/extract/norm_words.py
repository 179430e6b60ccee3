"""Grammar (as data) of the norms a normative document sets: spending norms, benefit amounts and
coefficients, and relative time limits of a Quy chế / Quy định. Used by :mod:`.norm_targets`.

Patterns run on the folded view (``Folded.view``: lower case, no diacritics, đ→d) and are widened
to OCR look-alikes by :func:`kw`. Each names the real wording it was written for.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.numbers import NUMBER

# A document that sets norms: its trích yếu names them ("QUY ĐỊNH NỘI DUNG CHI, MỨC CHI … PHỤC VỤ BẦU CỬ",
# 82/2025/NQ-HĐND; "QUY ĐỊNH MỨC CHUẨN TRỢ GIÚP XÃ HỘI …", 63/2025/NQ-HĐND; "… MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI",
# 22/2025/NQ-HĐND). A fee or tuition tariff ("mức thu học phí") is a price list, not a norm (20/2025/NQ-HĐND).
NORM_TITLE_RE = re.compile(
    rf"{kw('muc chi')}|{kw('noi dung chi')}|{kw('dinh muc chi')}|{kw('che do chi')}|{kw('muc ho tro')}"
    rf"|{kw('muc tro cap')}|{kw('muc chuan')}|{kw('muc boi duong')}|{kw('tro giup xa hoi')}"
    # "QUY ĐỊNH MỨC PHỤ CẤP, TRỢ CẤP NGÀY CÔNG LAO ĐỘNG ĐỐI VỚI LỰC LƯỢNG DÂN QUÂN" (75/2025/NQ-HĐND)
    rf"|{kw('muc phu cap')}|{kw('tro cap ngay cong')}"
    # "VỀ ĐỊNH MỨC PHÂN BỔ NGÂN SÁCH …" (48/2025/NQ-HĐND Hà Nội): allocation norms are spending norms per head
    rf"|{kw('dinh muc phan bo')}"
)
# the kinds of document that set norms (a Kế hoạch, Công điện or Thông báo never does here)
NORM_TYPES = ("nghi quyet", "quyet dinh", "thong tu", "nghi dinh")

_DONG = r"(?:d[a-z0-9]{1,3}ng|d)(?![a-z])"  # "đồng"; legacy OCR: "dong", "d6eng", "deng" (82/2025/NQ-HĐND read by Tesseract -l eng)
# A table cell that is a spending norm and nothing else: "100.000 đồng/người /buổi", "500.000 đồng/hòm phiếu",
# "300.000 đồng/người /lần; tối đa 1.000.000 đồng/người /văn bản" (82/2025/NQ-HĐND, columns "Mức chi");
# with a bound or a short label first, or a short addition after: "Tối đa 2.000.000 đồng/người/lần",
# "Vòng hoa tối đa ⏎ 1.500.000 đồng", "Hỗ trợ thêm ⏎ 1.500.000 đồng/người", "2.500.000 đồng/người ⏎ và 01 vòng hoa"
# (55/2025/NQ-HĐND). ``bound``: "toi da"/"khong qua" a maximum, "toi thieu" a minimum, none an exact norm.
_PER = r"[a-z0-9¢@ ]+?(?:\s*/\s*[a-z0-9¢@ ]+?)*"  # legacy OCR: "ngu¢i /budi"
NORM_CELL_RE = re.compile(
    rf"^[\s*_]*(?:(?P<lab>[a-z]+(?:\s[a-z]+){{0,3}}?)\s+)??(?:(?P<bound>{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')})\s+)?"
    rf"(?P<a>{NUMBER})\s*{_DONG}(?:\s*/\s*(?P<per>{_PER}))?(?:\s+{kw('va')}\s+[^;]{{1,30}}?)?"
    rf"(?:\s*;\s*{kw('toi da')}\s+(?P<b>{NUMBER})\s*{_DONG}\s*/\s*(?P<per2>{_PER}))?[\s*_.]*$"
)
# An amount a rule of the text sets: "Mức chuẩn … là 650.000 đồng/tháng", "được hỗ trợ thêm hằng tháng
# 150.000 đồng" (63/2025/NQ-HĐND), "Mức phụ cấp … bằng 2.340.000 đồng".
# A level item of a "MỨC HỖ TRỢ" / "Mức chi" list: "a) Mức 160.000 đồng/người/buổi áp dụng đối với …", and a
# role's level after its label: "Mức hỗ trợ: 60.000.000 đồng/người.", "Dẫn chương trình (không quá 02 người): 1.000.000 đồng/người/buổi" (64/2025/NQ-HĐND Hà Nội).
SET_AMOUNT_RE = re.compile(
    rf"(?:(?<![a-z])(?:{kw('la')}|{kw('bang')}|{kw('muc')}(?:\s+{kw('ho tro')}\s*:)?)|\):|{kw('ho tro')}(?:\s+{kw('them')})?(?:\s+(?:{kw('hang thang')}|{kw('moi thang')}))?)"
    rf"\s+(?P<a>{NUMBER})\s*{_DONG}(?:\s*/\s*(?P<per>{kw('thang')}|{kw('nam')}|{kw('ngay')}|{kw('nguoi')}(?:\s*/\s*[a-z]+)?))?"
)
# A level set as a multiple of another: "… được tính bằng 1,5 lần so với mức chi Ban Giám khảo cùng cấp", "thì mức
# thưởng gấp 02 lần quy định tại khoản 1" (64/2025/NQ-HĐND Hà Nội): "mức" names the level before or after the figure
MULTIPLE_RE = re.compile(rf"(?<![a-z])(?:{kw('bang')}|{kw('gap')})\s+(?P<a>{NUMBER})\s+{kw('lan')}(?![a-z])")
MULTIPLE_LEVEL_RE = re.compile(rf"(?<![a-z]){kw('muc')}(?![a-z])")
MULTIPLE_WINDOW = 60  # "mức" this far before or after the figure
MULTIPLE_UNIT = "lần"
# "hằng tháng" / "mỗi tháng" before the amount: its period
MONTHLY_BEFORE_RE = re.compile(rf"(?:{kw('hang thang')}|{kw('moi thang')})\s*$")

# Benefit coefficients: a line "a) Trẻ em dưới 4 tuổi: 2.5" under "2. Hệ số trợ cấp xã hội hằng tháng:",
# "Hệ số trợ cấp xã hội hằng tháng: 1.5." and "a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi." (63/2025/NQ-HĐND).
COEF_HEAD_RE = re.compile(rf"{kw('he so')}")
COEF_LINE_END_RE = re.compile(r":\s*(?P<a>\d{1,2}(?:[.,]\d{1,2})?)\s*\.?\s*$")
COEF_INLINE_RE = re.compile(rf"{kw('he so')}\s+(?P<a>\d{{1,2}}[.,]\d{{1,2}})(?=\s+(?:{kw('doi voi')}|{kw('cho')}|{kw('ap dung')}))")
COEF_UNIT = "hệ số"

# Relative time limits a Quy chế sets without "trong thời hạn":
# "Thời gian trả lời … quy định như sau: Năm (05) ngày làm việc đối với các ý kiến …; Bảy (07) ngày làm việc …"
# (80/2025/QĐ-UBND Bắc Ninh), "trong thời gian 10 (mười) ngày làm việc kể từ ngày tiếp nhận" (163/2025/QĐ-CTUBND),
# "thông báo cho các bên liên quan tối thiểu trước 05 ngày làm việc" (163/2025/QĐ-CTUBND).
_TIME_UNIT = rf"(?P<u>{kw('ngay lam viec')}|{kw('gio')}|{kw('ngay')})(?![a-z])"
_SPELLED = r"(?:[a-z]+\s+){0,2}\((?P<d1>\d{1,3})\)|(?P<d2>\d{1,3})(?:\s*\([a-z ]+\))?"
TIME_LIMIT_RES = (
    # a list item after "Thời gian trả lời / xử lý / giải quyết …:": "Năm (05) ngày làm việc đối với …"
    ("max", re.compile(rf"(?:^|[:;]\s*|\n\s*[-+]?\s*)(?P<q>{_SPELLED})\s+{_TIME_UNIT}\s+{kw('doi voi')}")),
    # "trong thời gian 10 (mười) ngày làm việc kể từ …"
    ("max", re.compile(rf"{kw('trong thoi gian')}\s+(?P<q>{_SPELLED})\s+{_TIME_UNIT}\s+{kw('ke tu')}")),
    # "tối thiểu trước 05 ngày làm việc", "ít nhất trước 03 ngày"
    ("min", re.compile(rf"(?:{kw('toi thieu')}|{kw('it nhat')})\s+{kw('truoc')}\s+(?P<q>{_SPELLED})\s+{_TIME_UNIT}")),
)
# A time limit per case in a "Thời hạn giải quyết" cell or after that lead-in: "- Trường hợp công nhận kết quả
# thăm dò đối với khoáng sản nhóm III: 32 ngày làm việc." (2916/QĐ-UBND Hà Tĩnh, column "Thời hạn giải quyết")
CASE_LIMIT_RE = re.compile(
    rf"(?:^|\n)[ \t]*[-+][ \t]*{kw('truong hop')}(?:[^\n:]|\n(?![ \t]*(?:[-+]|\n))){{1,240}}?:[ \t]*"
    rf"(?P<q>{_SPELLED})\s+{_TIME_UNIT}[ \t]*[.;]?[ \t]*(?=\n|$)")
LIMIT_LEAD_RE = re.compile(rf"{kw('thoi han giai quyet')}|{kw('thoi gian giai quyet')}")
LIMIT_LEAD_WINDOW = 3000  # the lead-in or column header this far before the case at most
# the sentence must say it is a time allowed: "Thời gian trả lời", "thời hạn", "kể từ", "trước … thông báo"
TIME_LIMIT_CONTEXT_RE = re.compile(
    rf"{kw('thoi gian')}\s+(?:{kw('tra loi')}|{kw('xu ly')}|{kw('giai quyet')}|{kw('phan hoi')})|{kw('thoi han')}|{kw('ke tu')}|{kw('thong bao')}"
)

# Tables whose amount column is in thousands: "Mức chi/ Tiền công (1.000đ)" (22/2025/NQ-HĐND); a cell that is
# a bare number there is a norm in thousands of đồng.
THOUSANDS_HEADER_RE = re.compile(
    rf"{kw('muc chi')}[^\n]{{0,80}}\(\s*(?:1\.000\s*(?:d|dong)|{kw('nghin dong')}|{kw('ngan dong')})\s*\)")
BARE_AMOUNT_RE = re.compile(r"^[\s*_]*(?P<a>\d{1,3}(?:\.\d{3})*)[\s*_]*$")
# the cell after an amount in such a table: another amount, or the unit column ("người/ngày", "Tiết", "Câu",
# "Giải", "Đề theo phân môn", "Người/buổi")
UNIT_CELL_RE = re.compile(r"^[\s*_]*(?P<u>[a-z]+(?:\s[a-z]+){0,3}(?:\s*/\s*[a-z]+)?)[\s*_]*$")
UNIT_CELL_WORDS = ("nguoi", "tiet", "cau", "giai", "de", "bai", "lan", "buoi", "ngay", "thang", "dem", "hoc sinh")

# The points of a scoring scale a normative document sets: "Đến 44.000 người được 10 điểm", "cứ tăng thêm 8.800
# người được thêm 2 điểm", "Đến 10% tính là 0,5 điểm", "riêng Minh Châu cộng thêm 3 điểm", and points per unit
# "Số trường công lập chưa đạt chuẩn 0,1 điểm/trường", "05 điểm/xã" (48/2025/NQ-HĐND Hà Nội, allocation of the
# communes' investment capital). ``lead`` the verb that awards the points; ``per`` the unit counted ("/trường",
# "/đơn vị tính", "/di ⏎ tích" wrapped).
POINTS_RE = re.compile(
    rf"(?:(?P<lead>(?<![a-z])(?:{kw('duoc')}(?:\s+{kw('tinh')})?(?:\s+{kw('them')})?|{kw('tinh')}\s+(?:{kw('la')}|{kw('them')})"
    rf"|{kw('cong them')}|{kw('them')}))\s+)?(?P<a>{NUMBER})\s+{kw('diem')}(?P<per>(?:[ \t]*/[ \t]*(?:{kw('don vi tinh')}|{kw('don vi')}|[^\s,;.()/]+(?:\n(?=[a-z]{{2,}}[.;,]))?[^\s,;.()/]*))+)?"
)
# what may follow the points when no "/unit" does: the end of the clause, a bracket, "so với …"; not a noun
# ("03 điểm giao dịch" counts places)
POINTS_END_RE = re.compile(rf"[ \t]*(?:[,;.:()\n*]|$|-\s|{kw('so voi')}|{kw('doi voi')})")  # "- Trên …": a scan's next bullet
POINTS_MIN = 3  # points read only where the document holds a scale (this many awards at least)
# the band or criterion a point award belongs to starts at the clause's bullet, sentence or ";"
POINTS_CLAUSE_START_RE = re.compile(r"\n[ \t]*[-+*•]|\n\s*\n|\.\s|;|:\s|\s-\s")
POINTS_UNIT = "điểm"

# (rt39) A term a normative method sets in years: the economic life, the mean loan repayment time, a depreciation time
# ("Đời sống kinh tế … được xác định là 25 (năm)", "nD: Thời gian trả nợ vay bình quân là 10 năm", "Đối với loại hình
# nhà máy điện gió ngoài khơi, n là 25 (năm)"): a rule with a number, min = max. The unit in brackets is the formula's
# notation of a variable's unit, "(năm)": after any "là" it marks a set value (the variable may be a letter, "n là");
# a bare "năm" only after one of these term nouns, so "thực hiện trong 05 năm" or a plan's "giai đoạn … là 5 năm" is
# not read. "là 05 (năm) năm kể từ ngày cấp" is the figure spelled out ("năm", five) before its unit: a time limit the
# prose grammar reads, not this. Folded view; the term noun within a clause (no ".", ";", ":") before "là".
_TERM_NOUN = (r"(?:doi\s+song\s+kinh\s+te|thoi\s+gian\s+tra\s+no(?:\s+vay)?|thoi\s+gian\s+khau\s+hao"
              r"|tuoi\s+tho(?:\s+kinh\s+te)?|nien\s+han\s+su\s+dung)")
SET_TERM_RE = re.compile(
    rf"(?:(?<![a-z]){_TERM_NOUN}[^.;:]{{0,80}}?\s(?:duoc\s+xac\s+dinh\s+)?la\s+(?P<a>\d{{1,3}})\s*(?:\(\s*(?P<u1>nam)\s*\)(?!\s*nam(?![a-z]))|(?P<u2>nam)(?![a-z]))"
    rf"|(?<![a-z])la\s+(?P<b>\d{{1,3}})\s*\(\s*(?P<u3>nam)\s*\)(?!\s*nam(?![a-z])))")

