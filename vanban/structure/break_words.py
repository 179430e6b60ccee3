"""Word patterns of :mod:`.paragraphs`: what closes a line, what keeps a paragraph going over a line break,
what opens prose, in a flat text (folded views unless a pattern says otherwise).

Why apart: the rules of :func:`.paragraphs.break_kind` read as prose, the patterns here as data.
"""

from __future__ import annotations

import re

from vanban.text import CAPITAL

# a line closed: a sentence, a clause, a heading's colon, a bracket or a quote
CLOSED = re.compile(r"[.;:!?…]\s*[)\]\"”’*]*\s*$|\(b/c\)\s*$")
PLACE_DATE_OPEN = re.compile(r",\s*ngay\s*$")  # "Đồng Tháp, ngày" / "27 tháng 11 năm 2025"
# a line opening with a place and a date ("Hà Nội, ngày 19 tháng 11", folded)
PLACE_DATE_START = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,4},\s*ngay\b")
# a word that waits for its number on the next line ("Thông tư số" / "02/2024/TT-BKHĐT …"; not folded:
# "Sở" folds like "số")
# a bound waits for its amount ("Vòng hoa tối đa" / "1.500.000 đồng", a norm table's cell)
WAITS_NUMBER = re.compile(r"(?:^|\s)(?:số|ngày|tháng|năm|khoản|[Đđ]iều|điểm|[Qq]uý|[Mm]ục|[Pp]hụ lục"
                          r"|tối đa|tối thiểu|không quá|không vượt quá|ít nhất)$", re.IGNORECASE)
# a word a name follows: an office's head word, a title, an administrative unit (folded)
NAME_HEAD = re.compile(r"(?:^|\s)(?:so|bo|cuc|ban|vu|vien|uy ban|phong|tong cuc|chi cuc|trung tam|chu tich|giam doc"
                        r"|thu truong|bo truong|truong|tong)$")
# an administrative unit ending a line, its proper name (two capitalised words) opening the next
# ("… Sở Giáo dục và Đào tạo tỉnh" / "Cao Bằng tại Tờ trình …"; "Bộ Chỉ huy Quân sự tỉnh" / "Quản lý …" is a heading)
PLACE_HEAD = re.compile(r"(?:^|\s)(?:tinh|thanh pho|xa|phuong|huyen|quan|dac khu)$")
PROPER_NAME = re.compile(rf"^[{CAPITAL}]\w*\s+[{CAPITAL}]")
# a line that opens prose, never a trích yếu's next line: a clause of time or basis, an addressee, a cited
# document by its number ("Thông tư số 05/2024/TT-BXD ngày …"), the document speaking of itself (folded)
PROSE_OPEN = re.compile(r"^(?:trong thoi han|can cu|kinh gui|thuc hien|theo de nghi|tren co so|de\s"
                         r"|(?:thong tu|nghi dinh|quyet dinh|nghi quyet|luat|chi thi|ke hoach)\s+(?:so\s+\d|nay\b))")
# a sentence of assignment or basis opening a line, a label before it or none (folded)
CLAUSE_OPEN = re.compile(r"^(?:[\dIVX]{1,4}[.)]\s*|[a-z]\)\s*|[-+]\s*)?(?:giao|de nghi|yeu cau|can cu|theo de nghi|thuc hien|chi dao)\s")
# a clerk's mark under the "Lưu:" line ("HP_VP11_QĐ", "Manhpn/11/25"): one token, no paragraph
CLERK_MARK = re.compile(r"^\S*[_/]\S*$")
# a document's number and symbol opening a line ("02600/PA-UBND ngày 18/8/2025 …")
SYMBOL_START = re.compile(r"^\d{2,6}/(?:\d{4}/)?[A-ZĐ]")
# a label alone on its line, its text on the next ("I." / "NÂNG CAO NHẬN THỨC …", "1." / "Sở Công Thương")
BARE_LABEL = re.compile(r"^(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]|[-–+•])$")
# an abbreviation closing a line inside a name ("TP." / "Hồ Chí Minh);", "Q." / "Hoàn Kiếm")
ABBREV_END = re.compile(r"(?:^|[\s(])(?:TP|Tp|Q|P|TX|TT|H|X)\.$")
# connectors the shared WRAPPED_END_RE (vocab) leaves out: "… được sửa đổi, bổ sung bởi" / "Luật số 87/2025/QH15;"
OPEN_END = re.compile(r"(?:^|\s)boi$")
# a line that is one table cell holding a figure ("250", "16,8", "1.500.000", "70%", "01"): a row's number or a
# value of a table copied cell after cell, never the rest of a sentence (a word that waits for its number, "năm" /
# "2025", is read before)
FIGURE_CELL = re.compile(r"^[-–]?\d[\d.,]*\s*%?$"
                         # an amount with its unit ("4.000.000 đồng/người", "1,5 triệu đồng")
                         r"|^\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?đồng(?:\s*/\s*[^\W\d_]+(?:\s[^\W\d_]+)?)*$"
                         # a row's letter alone ("b", "c": the row of a group of a table copied cell after cell)
                         r"|^[a-zđ]$")
# words whose folded form is a head word of NAME_HEAD but which head no name: "Loại văn bản" / "Tổng mức chi" (a
# table's column names), "… chuyển đổi số" / "Hỗ trợ …" (not "Ban", "Sở")
NOT_NAME_HEAD = frozenset(("bản", "số"))
# a dash item's opening: the dash and a word ("- Lập dự toán …", "+ Phối hợp …")
DASH_ITEM = re.compile(r"^\s*[-–+•]\s*[^\W\d_]")
# a trích yếu's line ending with a connector goes on below, whatever the next line opens with ("… HIỆP ĐỊNH THƯƠNG
# MẠI GIỮA" / "CHÍNH PHỦ NƯỚC …", folded)
TITLE_GOES_ON = re.compile(r"(?:\b(?:cua|va|cho|voi|tai|thuoc|giua|doi voi|den|tu|trong)|[,\-–])$")
# a stacked-cell table's row label: a number ("3", "1.2", "2.1.4", its top number in ``n``, the rest in ``sub``), a group's
# roman numeral or letter ("II.", "A")
ROW_LABEL = re.compile(r"^(?:(?P<n>\d{1,3})(?P<sub>(?:\.\d{1,2}){1,2})?|[IVXL]{1,5}|[A-ZĐ])\.?$")
