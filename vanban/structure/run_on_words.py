"""Word patterns of :mod:`.run_on`: where the parts of a document run on one line begin and end (original text,
capitals kept: in a run-on line the case of a word is what tells a heading, a type line or a name from prose).

Why apart: :mod:`.run_on` reads as the rules, the patterns here as data.
"""

from __future__ import annotations

import re

from vanban.text import CAPITAL

_UP = CAPITAL  # a capital letter (vanban.text.CAPITAL: "À-Ỹ" holds lower-case letters too)
_CAP = rf"[{_UP}]"
# a word in capitals ("ỦY", "TRIỂN", "CT-XH"): letters only, no lowercase
CAPS_WORD = re.compile(rf"^[{_UP}][{_UP}\-/&.,]*$")

# the national motto and the Party's line: a cell of its own, before and after
MOTTO = re.compile(r"CỘNG\s+H[OÒ]À\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc"
                   r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
# a header's rule: a run of dashes, stars or underscores standing apart ("--------", "*", "_____")
RULE = re.compile(r"(?<!\S)(?:[-–—_=~.]{3,}|\*{1,3}|%)(?!\S)")  # "%": a legacy OCR of the Party star
# the number line: "Số: 153/KH-UBND", "Số 2449 -CV/ĐU", "Số: /KH-SCT" (blank for the clerk), "Số: 32/2025/TT-BKHCN"
NUMBER = re.compile(r"(?<!\S)Số(?:\s+và\s+ký\s+hiệu)?\s*:?\s*(?:\d[\w.]*\s?)?(?:[\s_.…]*)[-/]\s?[\wĐđ.&]+(?:\s?[-/]\s?[\wĐđ.&]+)*")
# "V/v …" (a Công văn's trích yếu) after the number
VV = re.compile(r"(?<!\S)V/[vV](?=[\s:.])")
# the place-and-date cell: a place of one to five words, each capitalised (or a unit word: "Thành phố Hồ Chí Minh",
# "TP. Hồ Chí Minh"), then ", ngày … tháng … năm yyyy" (the day may be blank: "ngày    tháng 4 năm 2026")
PLACE_DATE = re.compile(rf"(?<!\S)(?:{_CAP}[\w.]*|phố|tỉnh|xã|phường|huyện|quận)(?:\s+(?:{_CAP}[\w.]*|phố|tỉnh|xã|phường"
                        rf"|huyện|quận)){{0,4}}\s*,\s*ngày\s*(?:\d{{1,2}}|[_.…\s]*?)\s*tháng\s*\d{{1,2}}\s*năm\s*\d{{4}}")
# a first word of a place that is no place: a sentence's word before a date ("Kế hoạch, ngày …" never opens a
# header's cell; "Hà Nội" does)
NOT_PLACE = frozenset(("Số", "Kính", "Căn", "Thực", "Theo", "Ngày", "Trước", "Sau", "Từ", "Đến", "Trong", "Vào"))
# the prose that ends a header zone and its trích yếu: the basis, the addressees, a sentence of purpose
PROSE_OPEN = re.compile(r"(?<!\S)(?:Căn\s+cứ|Thực\s+hiện|Kính\s+gửi\s*:|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Trên\s+cơ\s+sở"
                        r"|Tiếp\s+theo|Triển\s+khai|Phúc\s+đáp|Trả\s+lời|Ngày\s+\d{1,2}[/ ]|Sáng\s+ngày|Chiều\s+ngày"
                        r"|Trong\s+(?:những\s+)?(?:năm|thời\s+gian)|Nhằm|Để\s)")
# a basis or a recital opening a paragraph in the body (after a sentence's end)
BASIS_OPEN = re.compile(r"(?<!\S)(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)\s")
# the enacting line of a Quyết định / Nghị quyết and its kin, in capitals with its colon
ENACT = re.compile(r"(?<!\S)(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|KẾT\s+LUẬN|CHỈ\s+THỊ|BAN\s+HÀNH|CÔNG\s+ĐIỆN)\s*:")
# "Điều 1." opening an article
ARTICLE = re.compile(r"(?<!\S)Điều\s+\d{1,3}\s*\.\s")
# a list label after the end of a sentence or a heading: "I. ", "I- ", "1. ", "1.1. ", "a) ", "- ", "+ ", "•"
LABEL = re.compile(rf"(?<!\S)(?:(?:[IVXL]{{1,5}}|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})\.\s+(?=[{_UP}\"“(])|[a-zđ]\)\s+(?=\S)"
                   rf"|[IVXL]{{1,5}}\s?[-–]\s+(?=[{_UP}]{{2}})"  # a Party plan's "I- MỤC ĐÍCH, YÊU CẦU", "III - TỔ CHỨC …"
                   rf"|[-+•]\s+(?=[\w\"“(]))")
# words a number or a letter follows as a cited part, never as a label: "khoản 1. …", "điểm a) …", "năm 2."
CITING_WORD = re.compile(r"(?:^|\s)(?:khoản|điểm|tiết|Điều|điều|mục|Mục|số|tại|năm|ngày|tháng|lần|thứ|phần|Phần"
                         r"|chương|Chương|giai\s+đoạn|Phụ\s+lục|phụ\s+lục|hạng|loại|nhóm|cấp|lớp)\s*$")
# a label just before ("a) Căn cứ …": the basis is the item's text, no line of its own)
LABEL_END = re.compile(r"(?<!\S)(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s*$")
# a note under the signature ("Ghi chú: …")
NOTE = re.compile(r"(?<!\S)Ghi\s+chú\s*:")
# a footnote's mark opening its note under the signature ("Trần Văn Xuân [1] Nghị quyết số …")
FOOTNOTE = re.compile(r"(?<!\S)\[\d{1,2}\]\s")
# the end of a sentence, a clause or a heading's colon before a label
CLOSED_END = re.compile(r"[.;:!?…)\"”]\s*$")
# "Nơi nhận:" (the recipients' list)
NOI_NHAN = re.compile(r"(?<!\S)[_—–~]*Nơi\s+nhận\s*:(?:\s*[_—–~]+(?!\S))?")  # "__Nơi nhận: __" as a page underlines it
# an item of the Nơi nhận list ("- Văn phòng Chính phủ - Bộ Công an (qua Cục A03);": the dash and a capital)
LIST_DASH = re.compile(rf"(?<!\S)[-–+•]\s+(?={_CAP})")
# a unit named with its parent after a dash (no item of its own there): "Cục …", "Vụ …", "Ban …", "Viện …"
SUB_UNIT = re.compile(r"(?:Cục|Vụ|Ban|Viện|Phòng|Chi\s+cục|Trung\s+tâm|Tổng\s+cục)\s")
COMMA_END = re.compile(r",\s*$")
# a signing level: "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG", "TL.", "TUQ.", "Q.", the Party's "T/M", "K/T", "T/L"
SIGN_LEVEL = re.compile(rf"(?<!\S)(?:TM|KT|TL|TUQ|Q)\.\s*(?={_CAP})|(?<!\S)[TK]\s?/\s?[MTL]\.?\s+(?={_CAP})")
# the text's closing mark
CLOSING = re.compile(r"\./\.")
# a signer's title in capitals (the last one of a run is the signer's own: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH")
SIGNER_TITLE = re.compile(r"(?<!\S)(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC|THỨ\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG"
                          r"|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TỔNG\s+GIÁM\s+ĐỐC|CHI\s+CỤC\s+TRƯỞNG"
                          r"|TỔNG\s+CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|TRƯỞNG\s+PHÒNG|CHÁNH\s+THANH\s+TRA|CHỦ\s+NHIỆM"
                          r"|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|CHÁNH\s+ÁN|THỐNG\s+ĐỐC|TỔNG\s+KIỂM\s+TOÁN|ỦY\s+VIÊN)(?!\S)")
# a multi-word type whose tail opens the trích yếu ("THÔNG BÁO" / "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …")
TITLE_OF = re.compile(r"\s+CỦA\s")
# a Công điện's sender before its addressees ("THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ XÂY DỰNG điện:", "UBND TỈNH … điện:")
# the issuing body in capitals opening the line, as a header's first cell does ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP Số:
# 12/KH-UBND …": the final newcomer of session 17's 2.4 MB one-line file, no motto, no place-date)
ISSUER_OPENING = re.compile(rf"^\s*(?:ỦY\s+BAN|UBND|HỘI\s+ĐỒNG|ĐẢNG\s+(?:ỦY|BỘ)|(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s+ỦY"
                            rf"|BỘ|SỞ|BAN|VĂN\s+PHÒNG|CHI\s+BỘ)(?:\s+[{_UP}][{_UP}\-]*){{1,8}}\s+(?=Số\b)")
SENDS = re.compile(r"(?<=\s)điện\s*:")
SENDER_HEAD = re.compile(r"THỦ\s+TƯỚNG|BỘ\s|ỦY\s+BAN|UBND\s|CHỦ\s+TỊCH|BAN\s+CHỈ\s+ĐẠO|SỞ\s")
SENDER_TITLE = re.compile(r"BỘ\s+TRƯỞNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN")
# the addressees' label: "Kính gửi:", a Công điện's "… điện:"
ADDRESSEES = re.compile(r"(?<!\S)Kính\s+gửi\s*:|(?<=\s)điện\s*:")
# where the addressees end and the body's first sentence opens: a full stop or the last item's ";" a capital word
# follows (no dash item, no cited part: "TP.", "Q."; "… Tài chính; Lũ trên các sông …"), or an opening word of the
# body with no mark before it ("… cơ quan thuộc Chính phủ Xét báo cáo của Bộ Tài chính …")
SENTENCE_END = re.compile(rf"(?<![A-ZĐ])[.;]\s+(?=[{_UP}][a-zđà-ỹ])"
                          r"|\s(?=(?:Xét|Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Triển\s+khai|Trả\s+lời|Phúc\s+đáp"
                          r"|Tiếp\s+theo|Tiếp\s+nhận)\s)")
# a trích yếu's connectors (with their marks: folded, "tại" would be "tài"): an authority named after one of them is
# the trích yếu's, not the enacting one
TITLE_CONNECTOR = re.compile(r"(?<!\w)(?:về|của|tại|trong|đối với|cho|nhằm|thuộc|và|với)(?!\w)", re.IGNORECASE)
# a dash item's mark right before a basis that opens the body ("… ----- - Căn cứ Điều lệ Đảng;")
DASH_BEFORE = re.compile(r"(?<!\S)[-–+•]\s*$")
# a numbered part's heading in sentence case, run on into its text: "1. Chỉ tiêu Các chi bộ, cơ quan …", "1. Mục đích
# - Nâng cao nhận thức …", "2. Mục tiêu, hiệu quả - Mục tiêu: …" (a plan's stock headings, joined by "," / "và"; matched
# on the folded line, so a restored "Chi tiêu" reads too; the caller checks that a capital or an item's dash follows)
_HEADING_WORD = (r"(?:muc (?:dich|tieu(?: (?:chung|cu the|tong quat))?)|yeu cau|chi tieu(?: cu the)?"
                 r"|noi dung(?: (?:chu yeu|trong tam))?|nhiem vu(?: (?:trong tam|cu the|chu yeu))?"
                 r"|giai phap(?: (?:chu yeu|thuc hien))?|hieu qua|quan diem|pham vi|doi tuong"
                 r"|kinh phi(?: thuc hien)?|to chuc thuc hien|phan cong nhiem vu"
                 r"|che do (?:thong tin )?bao cao|thoi gian(?: thuc hien)?|hinh thuc|phuong (?:cham|phap|thuc)|quy trinh)")
HEADING_RUN_ON = re.compile(rf"{_HEADING_WORD}(?:\s*(?:,|va)\s*{_HEADING_WORD}){{0,3}}(?=\s+(?:[-–+•]\s+)?\S)")
# what opens the text after such a heading: a capital, or an item's dash and a capital
HEADING_TEXT = re.compile(rf"\s+(?:[-–+•]\s+)?[{_UP}]")
# … a heading that is also a verb's phrase ("4. Yêu cầu Đảng uỷ Chính phủ chỉ đạo …", "Tổ chức thực hiện Kế hoạch …")
# is one only when an item's dash follows it ("2. Yêu cầu - Phong trào …")
VERBAL_HEADING = re.compile(r"^(?:yeu cau|to chuc thuc hien|phan cong nhiem vu)$")
HEADING_DASH = re.compile(r"\s+[-–+•]\s+")
