"""Wording of tiered rules and of the amounts they grant, as data (issue 10, session 13; read by :mod:`.target_tiers`).

Normative texts (Quyết định of the Thủ tướng, Thông tư, their consolidated texts) set a value for each tier of a
case: "thời gian tăng thêm dưới 02 (hai) giờ thì tính thêm 0,25 ngày công" (35/2025/TT-BXD, 38/2025/TT-BXD), "đủ 15
năm được trợ cấp 600.000 đồng/người/tháng", "Có đủ 2 năm công tác … trở xuống, mức trợ cấp bằng 2.000.000 đồng"
(92/VBHN-BQP). The tier's bound is the row key of the rule (as the labels of 48/2025/NQ-HĐND call its "Trên 44.000
đến 88.000" bands); the value the tier gets is the target. They grant amounts with a benefit's name before the
figure ("được trợ cấp 600.000 đồng", "mỗi năm được tính hưởng trợ cấp bằng 600.000 đồng", "trợ cấp một lần bằng 03
tháng trợ cấp hiện hưởng"), and bound a service term on both sides ("có từ đủ 15 năm đến dưới 20 năm công tác": one
range, 15 to 20 năm, where "từ 02 năm đến dưới 05 năm" without "đủ" names a class, :data:`target_words.BAND_END_AFTER_RE`).
A figure in a "Căn cứ …" sentence that says what a cited paper rules ("Căn cứ Điều 17 Nghị định số 181/2025/NĐ-CP …
quy định … mức thuế suất 0%, mức thuế suất 5%", 5333/CT-CS) is that paper's, not this document's; a figure in a
sentence about "Ông A", "Bà C" is a worked example's.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.numbers import NUMBER

# --- tiers: a bound, then "thì" / "được" / ", mức … bằng" and the tier's own figure, in one clause -----------------
#: from the end of the tier's counted noun to the first digit of the tier's value: "dưới 02 (hai) giờ thì tính thêm 0,25
#: ngày công", "Trường có dưới 20 học sinh khuyết tật … thì được bố trí 01 người" (a few words, then "thì": the caller
#: checks the printed word is "thì", not "thi" an exam), "đủ 15 năm được trợ cấp 600.000 đồng", "(đủ 12 tháng) được
#: tính thêm 5%", "từ trên 50 người trở lên được hỗ trợ tối đa 02 xe", "có đủ 10 năm công tác được trợ cấp …" ("được"
#: at most three words after the noun, none of them "và", "không", "sau khi", "nhận": "không quá 05 ngày làm việc và không
#: được gia hạn quá 2 lần" is two rules, "chậm nhất 10 ngày sau khi được cấp …" a limit), "… trở xuống, mức trợ cấp bằng 2.000.000 đồng" (a comma
#: only before "mức"); never across , ; : . A value in words ("được tính tròn một năm") is no figure: the bound then
#: stays a rule of its own (labelled "đủ 6 tháng trở lên", min 6).
#: (tgt30b) Never past a table cell's "|": "| Ít nhất 1.500 lượt cán bộ được bồi dưỡng |" ⏎ "| 7 | Diễn tập …" (a28-01's
#: task table) has no tier's value in the next row's number.
#: (tgt30b) The ", mức" branch (``level``) is no tier after a floor a task must reach: "cắt giảm thời gian giải quyết tối
#: thiểu 30 thủ tục hành chính thuộc thẩm quyền của tỉnh, mức cắt giảm từ 20% đến 30%" (a28-07) is two targets, the
#: count of procedures and the size of each cut; a tier's bound is a case ("… trở xuống, mức …"), never "tối thiểu".
FLOOR_BEFORE_RE = re.compile(rf"(?:{kw('toi thieu')}|{kw('it nhat')})(?:\s+{kw('la')})?\s*$")
TIER_VALUE_AFTER_RE = re.compile(
    rf"(?:(?P<level>[^,;:.\d|]{{0,70}}?,\s*{kw('muc')})|(?P<then>[^,;:.\d|]{{0,40}}?(?<![a-z]){kw('thi')})"
    rf"|[\s)]*(?:\s*(?!(?:va|hoac|khong|chua|nhan|sau|khi|neu)\s)[a-z]+){{0,3}}?\s+{kw('duoc')})(?![a-z])[^,;:.\d|]{{0,40}}?(?=\d)"
)

#: a grade given to the tier's members right after its bound, then "thì": "chi bộ có dưới 05 đảng viên được xếp loại
#: "Hoàn thành tốt nhiệm vụ" thì được xem xét tối đa 01 đảng viên …" (a Ban Tổ chức's Hướng dẫn, a28-08) — a grading
#: rule's threshold, which the labels count as a target beside the cap after it, no tier of a grant
GRADED_CASE_AFTER_RE = re.compile(rf"\s+(?:{kw('duoc')}\s+)?{kw('xep loai')}(?![a-z])[^,;:.\d]{{0,60}}?(?<![a-z]){kw('thi')}(?![a-z])")
#: a grade where a tier's value would stand: "toàn xã có ít nhất 02 sản phẩm được công nhận OCOP 3 sao trở lên" (t18-07)
#: — the stars say which products, "được" no tier's grant; the 02 stays the target
GRADE_VALUE_RE = re.compile(rf"\d{{1,2}}\s+{kw('sao')}(?![a-z])")

# --- amounts granted by a benefit's name -------------------------------------------------------------------------------
#: the benefit granted right before an amount: "được trợ cấp", "được hưởng chế độ trợ cấp một lần bằng", "mỗi năm được
#: tính hưởng trợ cấp bằng", "được hưởng phụ cấp hằng tháng bằng", "được trợ cấp thêm 02 tháng phụ cấp quân hàm"; the
#: caller reads it only before money or months of pay (a count after "được hỗ trợ" is no amount set: "được hỗ trợ 02 lớp");
#: also "được trợ cấp mức 500.000 đồng/thân nhân/lần", "được đại diện nhận chế độ một lần bằng 3.600.000 đồng".
BENEFIT_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('duoc')}|{kw('huong')}|{kw('nhan')})(?:\s+{kw('tinh')})?(?:\s+{kw('huong')})?"
    rf"(?:(?:\s+{kw('che do')})?\s+(?:{kw('tro cap')}|{kw('phu cap')}|{kw('ho tro')}|{kw('boi duong')})|\s+{kw('che do')})"
    rf"(?:\s+(?:{kw('mot lan')}|{kw('hang thang')}|{kw('hang nam')}|{kw('hang quy')}))?(?:\s+{kw('them')})?"
    rf"(?:\s+(?:{kw('muc')}|{kw('bang')}))?\s*$"
)
#: an eligibility cut-off in a benefit rule: a past day or year that bounds who qualifies, not when a result was reached
#: (folded, around a :data:`target_words.PAST_TIME_RE` hit): "nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về trước" (the
#: words after the time) …
CUTOFF_AFTER_RE = re.compile(rf"\s*,?\s*(?:{kw('tro ve truoc')}|{kw('tro ve sau')})(?![a-z])")
#: … or "đã từ trần trước ngày 01 tháng 01 năm 2009" (the words before it) in a sentence whose figure a benefit grants
CUTOFF_DAY_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('truoc')}|{kw('sau')}|{kw('tu')})\s+{kw('ngay')}\s+(?:\d{{1,2}}\s+{kw('thang')}\s+\d{{1,2}}\s+)?$")
#: months of a benefit as an amount: "bằng 03 tháng trợ cấp hiện hưởng" (as "24 tháng tiền lương",
#: :data:`target_words.MONTHS_OF_PAY_AFTER_RE`)
MONTHS_OF_BENEFIT_AFTER_RE = re.compile(rf"\s+(?:{kw('tro cap')}|{kw('phu cap')})(?![a-z])")

# --- a service term bounded on both sides ------------------------------------------------------------------------------
#: "từ đủ" before the first figure ("có từ đủ 15 năm …")
SERVICE_FROM_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tu')}\s+{kw('du')}\s*$")
#: "… đến dưới 20" after the first figure's unit: the upper end (the same unit follows, checked by the caller)
SERVICE_TO_AFTER_RE = re.compile(rf"\s+{kw('den duoi')}\s+(?P<b>{NUMBER})\s+")

# --- a "Căn cứ" sentence ---------------------------------------------------------------------------------------------
#: a sentence (or list line) that opens with "Căn cứ": the legal basis the document rests on
BASIS_OPENING_RE = re.compile(rf"[\s*_]*(?:[-+•]\s*)?{kw('can cu')}(?![a-z])")

# --- a repealed or amended paper's name (ncfix50a) ------------------------------------------------------------------
#: the verb that acts on a cited paper right before it (folded): "Thông tư này bãi bỏ | Thông tư số 56/2015/TT-BCT …"
#: (61/2025/TT-BCT), "Sửa đổi, bổ sung | Quyết định số 67/2005/QĐ-UBND …" (2830/QĐ-UBND), "thay thế", "hết hiệu lực"
#: — searched in the few words before the cited span (a lone "bổ sung" is left out: "bổ sung kinh phí theo …")
PAPER_ACT_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('bai bo')}|{kw('thay the')}|{kw('sua doi')}|{kw('het hieu luc')})(?![a-z])")
#: the words that open the acted-on paper's name (trích yếu) after its symbol, date and issuer: "… của Bộ trưởng Bộ
#: Công Thương | quy định việc nhập khẩu … thuế suất 0% …", "… | về việc ban hành quy định … dưới 6 tuổi"
PAPER_TITLE_OPENING_RE = re.compile(
    rf"(?<![a-z])(?:{kw('quy dinh')}|{kw('huong dan')}|{kw('ve viec')}|{kw('ban hanh')}|{kw('phe duyet')})(?![a-z])")
#: the same in one pattern, for the readers that keep no cited spans (``per_item_sums``): the verb, the paper's type
#: words and number, its date and issuer, then the words that open its name, all before the figure in its sentence
ACTED_PAPER_NAME_RE = re.compile(
    rf"(?<![a-z])(?:{kw('bai bo')}|{kw('thay the')}|{kw('sua doi')}|{kw('het hieu luc')})(?![a-z])[^.;:\n]{{0,60}}?"
    rf"(?<![a-z]){kw('so')}\s+\d+[/-][^\s,;]+[^.;:\n]{{0,140}}?(?<![a-z])(?:{kw('quy dinh')}|{kw('huong dan')}|"
    rf"{kw('ve viec')}|{kw('ban hanh')}|{kw('phe duyet')})(?![a-z])")

# --- the rule's consequence ------------------------------------------------------------------------------------------
#: "thì" (folded; the caller checks the printed word is "thì", not "thi" an exam)
THEN_RE = re.compile(rf"(?<![a-z]){kw('thi')}(?![a-z])")
#: "thì" a few words after a figure, in its clause: the figure is the case's ("ra đấu giá quyền sử dụng đất 02 lần không
#: thành thì tiếp tục thực hiện theo …": a condition, as "nếu …" would open it)
THEN_AFTER_RE = re.compile(rf"[^,;:.\d]{{0,40}}?(?<![a-z])(?P<then>{kw('thi')})(?![a-z])")
#: the words of a value right before a figure: "bằng", "mức", "là"
VALUE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('bang')}|{kw('muc')}|{kw('la')})\s*$")

# --- quotas of offices ------------------------------------------------------------------------------------------------
#: a quota's firm bound right before the figure: "không quá 03 Phó Trưởng ban", "tối đa 04 Phó Cục trưởng", "ít nhất
#: 02 Thẩm phán" (a capitalised noun is otherwise a name: "03 Chương trình")
QUOTA_BOUND_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('khong qua')}|{kw('toi da')}|{kw('it nhat')}|{kw('toi thieu')}|{kw('khong duoi')})\s*$")
#: an office or member after it: "Phó Trưởng ban", "Phó Tổng cục trưởng", "Phó Giám đốc", "Thẩm phán", "Kiểm soát
#: viên", "Ủy viên", "Thành viên", "Hội thẩm"
OFFICE_AFTER_RE = re.compile(
    rf"\s+(?:{kw('pho')}\s|{kw('tham phan')}|{kw('kiem soat vien')}|{kw('uy vien')}|{kw('thanh vien')}|{kw('hoi tham')}"
    rf"|{kw('kiem sat vien')}|{kw('thu ky')}|{kw('can bo')}|{kw('cong chuc')})"
)

# --- a worked example's persons --------------------------------------------------------------------------------------
#: a person named by one capital letter, as guidance writes its worked examples without a "Ví dụ" label: "Ông A lựa
#: chọn Hoàn Kiếm thì số thuế phải nộp là …", "Bà C có 3 thửa đất ở …", "thời gian … của anh A là 96 tháng", "Ông
#: Nguyễn Văn A" (read on the printed text: the letter must be a capital standing alone)
EXAMPLE_PERSON_RE = re.compile(r"(?<!\w)(?:Ông|ông|Bà|bà|Anh|anh|Chị|chị)"
                               r"\s+(?:Nguyễn\s+Văn\s+|Nguyễn\s+Thị\s+|Trần\s+Văn\s+|Lê\s+Văn\s+)?[A-ZĐ](?![\w.])")

#: (tgt33d) A fee set per band, the band after "nếu": "500.000 đồng/thí sinh nếu dưới 100 thí sinh; 400.000 đồng/thí
#: sinh nếu từ 100 đến dưới 500 thí sinh" (a Thông báo tuyển dụng's exam fees) — the fee is the rule's value, the band
#: its condition. ``BAND_AFTER_VALUE_RE``: right after the fee's unit ("đồng", then "/thí sinh"), "nếu" and a figure
#: (a bound word may stand before it); ``BAND_BEFORE_RE``: the same words right before the band's figure.
_PER_WHAT = r"(?:\s*/\s*[a-z]+(?:\s+[a-z]+){0,2})?"
_BAND_BOUND = rf"(?:(?:{kw('tu')}|{kw('duoi')}|{kw('tren')}|{kw('khong qua')}|{kw('toi da')}|{kw('it nhat')}|{kw('toi thieu')})\s+)?"
# ("nếu" read "nữ" by legacy OCR: "400.000 đồng/thí sinh nữ từ 100 đến dưới 500 thí sinh" — a band still follows)
_IF = rf"(?:{kw('neu')}|nu)"
BAND_AFTER_VALUE_RE = re.compile(rf"{_PER_WHAT}\s+{_IF}\s+{_BAND_BOUND}(?:{NUMBER})")
BAND_BEFORE_RE = re.compile(rf"(?:dong|%){_PER_WHAT}\s+{_IF}\s+{_BAND_BOUND}$")
