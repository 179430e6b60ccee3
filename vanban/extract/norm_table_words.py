"""Grammar (as data) of the norms a normative document prints in tables or as lead times, whatever its
trích yếu says: consumption norms per unit of work, amounts under a "Mức hỗ trợ (đồng)" column, time limits
in a "Thời gian giải quyết" column, lead times ("trước khi trình … 20 ngày"). Used by :mod:`.norm_tables`.

Patterns run on the folded view (``Folded.view``) and are widened to OCR look-alikes by :func:`kw`.
Each names the real wording it was written for.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.numbers import NUMBER

# --- consumption norms (định mức hao phí) -------------------------------------------------------------
# The header of a norm table: "Mã hiệu | Công tác bảo dưỡng | Thành phần hao phí | Đơn vị | Định mức"
# (39/2025/TT-BXD, định mức bảo dưỡng thường xuyên đường bộ); its rows are "Bậc thợ 3/7 | công | 0,50",
# "Máy đào 0,4 m3 | ca | 0,108", "Lưỡi cắt | lưỡi | 0,2 | 0,15 | 0,2" (one figure per column).
CONSUMPTION_HEADER_RE = re.compile(rf"{kw('thanh phan hao phi')}")
CONSUMPTION_WINDOW = 4000  # a header governs the rows this far after it at most (the next table has its own)
# the row's unit cell: a short word ("công", "ca", "kg", "m3", "lít", "tấn", "lưỡi", "%", "viên", "bộ")
UNIT_CELL_RE = re.compile(r"^(?:%|[a-z]{1,6}[23]?(?:\s[a-z]{1,5})?(?:\s*/\s*[a-z0-9]{1,8}(?:\s[a-z]{1,6})?)?)$")  # "ca máy", "công/người"
# not units: the group rows and column heads of such a table
NOT_UNIT = frozenset({"vat lieu", "nhan cong", "may thi cong", "don vi", "dinh muc", "so luong", "ma hieu"})
FIGURE_CELL_RE = re.compile(r"^\d+(?:,\d+)?$")  # "0,108", "13,80", "1", "136"
# the unit of work each figure is for: "Đơn vị: 10m3", "Đơn vị tính: lần/phòng máy chủ"
WORK_UNIT_RE = re.compile(rf"{kw('don vi')}(?:\s+{kw('tinh')})?\s*:\s*(?P<u>[^\n]{{1,60}})")

# --- amounts of a support / compensation table --------------------------------------------------------
# A lead-in or column head naming the amount a rule sets: "1. Số tiền hỗ trợ: | Khu vực hành chính | Mức hỗ trợ
# (đồng)", "a) Mức hỗ trợ 01 tháng cho 01 hộ chính chủ là: | … | 3.000.000 đ" (97/2025/QĐ-UBND Quảng Ninh, a
# decision amending a compensation Quy định whose trích yếu names no amount). A fee ("mức thu") is a tariff.
AMOUNT_LEAD_RE = re.compile(
    rf"{kw('muc ho tro')}|{kw('so tien ho tro')}|{kw('muc boi thuong')}|{kw('muc chi')}|{kw('muc tro cap')}"
    rf"|{kw('muc phu cap')}|{kw('muc thuong')}")
AMOUNT_LEAD_WINDOW = 1500  # the cells this far after the lead-in at most
# a column head giving the amounts' unit: "Mức hỗ trợ (đồng)", "(triệu đồng)", "(nghìn đồng)"
AMOUNT_HEAD_UNIT_RE = re.compile(
    rf"(?:{AMOUNT_LEAD_RE.pattern})[^\n]{{0,40}}?\(\s*(?P<u>{kw('trieu dong')}|{kw('nghin dong')}|{kw('ngan dong')}|{kw('dong')})\s*\)")
AMOUNT_HEAD_SCALE = {"trieu": 1e6, "nghin": 1e3, "ngan": 1e3}
# a bare amount with thousands groups ("400.000.000"): a row number or year never has them
GROUPED_AMOUNT_RE = re.compile(r"^[\s*_]*(?P<a>\d{1,3}(?:\.\d{3})+)[\s*_]*$")

# --- time limits in a procedure table ------------------------------------------------------------------
# A cell that is a time limit alone, under the column "Thời gian giải quyết" / "Thời hạn giải quyết":
# "01 ngày", "09 ngày làm việc", "10 ngày hoặc 30 ngày (đối với trường hợp chưa đủ căn cứ xác nhận) kể từ ngày
# nhận được đơn đề nghị" (2929/QĐ-UBND Sơn La, Phụ lục I). The step allotments of an internal procedure
# ("0,5 ngày", "03 ngày") sit under a bare "Thời gian" column and are not counted (01779/QĐ-UBND's gold).
_TU = rf"(?:{kw('ngay lam viec')}|{kw('gio lam viec')}|{kw('ngay')}|{kw('gio')})(?![a-z])"
LIMIT_CELL_RE = re.compile(
    rf"^[\s*_]*(?P<q>\d{{1,3}})\s+(?P<u>{_TU})(?:\s+{kw('hoac')}\s+(?P<q2>\d{{1,3}})\s+(?P<u2>{_TU}))?"
    rf"(?:\s*\([^)]{{0,80}}\))?[\s*_]*(?:{kw('ke tu')}[^\n]{{0,160}})?[\s*_.]*$")
LIMIT_HEAD_RE = re.compile(rf"^[\s*_]*(?:{kw('thoi gian')}|{kw('thoi han')})(?P<rest>[^\n]{{0,20}}?)[\s*_]*$")
LIMIT_HEAD_OK_RE = re.compile(rf"{kw('giai quyet')}")

# --- lead times and durations --------------------------------------------------------------------------
# "gửi về Liên hiệp … trước khi trình Uỷ ban nhân dân tỉnh 20 ngày" (81/2025/QĐ-UBND Bắc Ninh): at least
# that long before; "trong thời gian chậm nhất 01 ngày trước ngày hết hạn xử lý, … ban hành phiếu xin lỗi"
# (2916/QĐ-UBND Hà Tĩnh): at the latest one day before the due date, so at least one day ahead.
_N = r"(?P<q>\d{1,3})(?:\s*\([a-z ]+\))?"
LEAD_TIME_RES = (
    re.compile(rf"{kw('truoc khi')}\s+(?:[^.;:\n]|\n(?!\s*\n)){{1,60}}?\s+{_N}\s+(?P<u>{_TU})(?!\s*{kw('ke tu')})"),
    re.compile(rf"{kw('cham nhat')}\s+{_N}\s+(?P<u>{_TU})\s+{kw('truoc')}"),
)
# A duration a rule grants, in years with its months in parentheses: "được ngân sách cấp kinh phí trong 04 năm
# (48 tháng) kể từ khi được công nhận" (59/2025/NQ-HĐND Hà Nội); the months are used (labels README).
DURATION_RE = re.compile(
    rf"{kw('trong')}\s+(?:{kw('vong')}\s+)?(?P<q>\d{{1,2}})\s+{kw('nam')}\s*\(\s*(?P<m>\d{{1,3}})\s+{kw('thang')}\s*\)"
    rf"\s+{kw('ke tu')}")
# the retention of a procedure's file: "Hồ sơ được lưu tại phòng Khoáng sản, thời gian lưu 05 năm" (2916/QĐ-UBND)
RETENTION_RE = re.compile(rf"{kw('thoi gian luu')}(?:\s+{kw('tru')})?(?:\s+{kw('la')})?\s+(?P<q>{NUMBER})\s+(?P<u>{kw('nam')}|{kw('thang')})(?![a-z])")

# A rule's frequency, "N <time unit> một lần": "Mật khẩu ở mức quản trị hệ thống phải được thay đổi 03 tháng một lần"
# (79/2025/QĐ-UBND Bắc Ninh), "thực hiện đổi mật khẩu tối thiểu 06 tháng một lần" (82/2025/QĐ-UBND, review6 labels min 6):
# the interval, min = max unless a bound word says otherwise. After "định kỳ" it is a schedule ("Hội đồng họp định kỳ 06
# tháng một lần", 86/2025/QĐ-UBND, whose targets gold leaves it out; "sao lưu định kỳ 03 năm một lần"), a deadline's kind
FREQUENCY_RE = re.compile(
    rf"(?:(?P<bound>{kw('toi thieu')}|{kw('it nhat')}|{kw('toi da')}|{kw('khong qua')})\s+)?(?P<q>\d{{1,2}})\s+"
    rf"(?P<u>{kw('nam')}|{kw('thang')}|{kw('tuan')}|{kw('ngay')}|{kw('gio')})\s+(?:{kw('mot')}|0?1)\s+{kw('lan')}(?![a-z])")
SCHEDULE_BEFORE_RE = re.compile(rf"{kw('dinh ky')}\s*$")
FREQUENCY_UNITS = {"nam": "năm", "thang": "tháng", "tuan": "tuần", "ngay": "ngày", "gio": "giờ"}

# --- a column head naming a quantity with its unit -----------------------------------------------------
# "Mức hỗ trợ (đồng)", "Mức chi (nghìn đồng)", "Mức hỗ trợ tối đa (triệu đồng)", "Tỷ lệ hỗ trợ (%)",
# "Định mức (đồng/người/tháng)": the bare figures of that table's rows (not a row's first cell, its STT) are
# norms in that unit (the "Mức hỗ trợ (đồng)" column of 97/2025/QĐ-UBND Quảng Ninh; the "(1.000đ)" column of
# 22/2025/NQ-HĐND, review-rules7).
QTY_HEAD_RE = re.compile(
    rf"^[\s*_]*(?:{kw('muc')}|{kw('dinh muc')}|{kw('ty le')}|{kw('so tien')}|{kw('don gia')}|{kw('tieu chuan')})(?![a-z])[^()\n]{{0,50}}?"
    rf"\(\s*(?P<u>%|1\.000\s*(?:d|dong)|{kw('nghin dong')}|{kw('ngan dong')}|{kw('trieu dong')}|{kw('ty dong')}|{kw('dong')}|d"
    # a norm per unit: "Định mức (m2/người)", "Tiêu chuẩn tối đa (xe/đơn vị)", "(lít/100 km)"
    rf"|(?P<other>[a-z0-9]{{1,8}}(?:\s[a-z]{{1,6}})?))"
    rf"(?P<per>\s*/\s*[a-z0-9 ]+(?:/[a-z0-9 ]+)*)?\s*\)[\s*_:]*$")
# unit of the head (folded first word) → (unit written, factor)
QTY_HEAD_UNITS = {"%": ("%", 1), "1.000": ("đồng", 1000), "nghin": ("đồng", 1000), "ngan": ("đồng", 1000),
                  "trieu": ("triệu đồng", 1), "ty": ("tỷ đồng", 1), "dong": ("đồng", 1), "d": ("đồng", 1)}
# not a norm: a share of an allocation ("Tỷ lệ vốn đối ứng ngân sách địa phương (%)", 33/2025/NQ-HĐND of review6,
# whose gold leaves the 80/20 and 35/65 ratios out) or a fee ("Mức thu (đồng)": a tariff)
QTY_HEAD_NOT_RE = re.compile(rf"{kw('von')}|{kw('ngan sach')}|{kw('phan bo')}|{kw('doi ung')}|{kw('muc thu')}|{kw('phi')}")
QTY_WINDOW = 5000  # the rows this far after the head at most
QTY_CELL_RE = re.compile(
    rf"^[\s*_]*(?:(?P<bound>{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')})\s+)?(?P<a>{NUMBER})\s*%?[\s*_]*$")
# a cell with its own unit under such a head: "25 m2/người", "tối đa 01 xe" (the unit as written)
QTY_UNIT_CELL_RE = re.compile(
    rf"^[\s*_]*(?:(?P<bound>{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')})\s+)?(?P<a>{NUMBER})\s+(?P<cu>[a-z][a-z0-9]{{0,7}}(?:\s[a-z]{{1,6}})?(?:\s*/\s*[a-z0-9]+(?:\s[a-z]{{1,6}})?)*)[\s*_.]*$")
# a share of a named base under a bare norm head: "Tối đa 10% tổng mức chi soạn thảo", "Tối đa 50% tổng mức chi thẩm định"
# under "Hoạt động | Sản phẩm | Mức chi" (78/2025/NQ-HĐND Hà Nội, Phụ lục II): a bound on the row's activity, unit "%"
# (the labels' unit for "x% <base>": "hỗ trợ 70% chi phí thuê …", "bằng 80% mức chi tương ứng"), the base is kept
QTY_SHARE_CELL_RE = re.compile(
    rf"^[\s*_]*(?:(?P<bound>{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')}|{kw('it nhat')}|{kw('bang')})\s+)?"
    rf"(?P<a>\d{{1,3}}(?:,\d{{1,2}})?)\s*%\s+(?P<base>[a-z][^\n%]{{2,120}}?)[\s*_.;]*$")
PROSE_CELL_LEN = 300  # a block this long is prose: the table has ended

# --- an amount a support rule states ----------------------------------------------------------------------
# "Mức hỗ trợ tối đa không quá 50 triệu đồng/dự án", "Hỗ trợ 50% chi phí, tối đa 100 triệu đồng/cơ sở",
# "được hỗ trợ 2.000.000 đồng/người/tháng", "Hỗ trợ một lần 30 triệu đồng/ha": the wording of the support
# policies a Nghị quyết HĐND or a Quyết định sets (whatever its trích yếu). Not a budget line ("kinh phí hỗ trợ
# … 1.500.000.000 đồng", "dự toán"), nor a fee ("mức thu").
_MONEY = rf"{kw('trieu dong')}|{kw('nghin dong')}|{kw('ty dong')}|{kw('dong')}"
SUPPORT_AMOUNT_RE = re.compile(
    rf"(?:{kw('ho tro')}|{kw('muc chi')}|{kw('muc tro cap')}|{kw('muc phu cap')}|{kw('muc thuong')}|{kw('muc boi thuong')})"
    rf"(?P<mid>[^.;:\n\d]{{0,40}}?(?:\d+(?:,\d+)?\s*%[^.;:\n\d]{{0,30}}?)?)"
    rf"(?:(?P<bound>{kw('toi da')}(?:\s+{kw('khong qua')})?|{kw('khong qua')}|{kw('toi thieu')}|{kw('it nhat')}|{kw('tu')})\s+)?"
    rf"(?P<a>{NUMBER})\s*(?P<u>{_MONEY})(?![a-z])"
    # "mức chi từ 100.000 đồng đến 300.000 đồng/người/lần": a range, its unit after both figures
    rf"(?:\s+(?:{kw('den')}|{kw('toi')})\s+(?P<b>{NUMBER})\s*(?P=u)(?![a-z]))?"
    rf"(?:\s*/\s*(?P<per>[a-z]+(?:\s[a-z]+)?(?:\s*/\s*[a-z]+(?:\s[a-z]+)?)*))?")
SUPPORT_NOT_MID_RE = re.compile(rf"{kw('kinh phi')}|{kw('du toan')}|{kw('tong')}|{kw('von')}|{kw('phan bo')}|{kw('muc thu')}")
# … nor a budget source's share of a plan's cost: "Tổng kinh phí … không quá 14,35 tỷ đồng, trong đó: ngân sách tỉnh hỗ
# trợ khoảng 8,2 tỷ đồng; ngân sách xã 4,15 tỷ đồng" (a UBND xã's plan, t18-07) — the budget that pays, named before
# "hỗ trợ" (folded, the words before the match)
SUPPORT_BUDGET_SOURCE_BEFORE_RE = re.compile(rf"{kw('ngan sach')}(?:\s+[a-z]+){{0,3}}\s*$")

# --- a norm table named in the body ----------------------------------------------------------------------
# A column head or heading cell naming a norm ("Mức chi", "Mức hỗ trợ (đồng/người/tháng)", "Định mức chi",
# "Mức trợ cấp"): the document sets norms in its tables though its trích yếu may not say so (a Nghị quyết HĐND
# "quy định một số chính sách …" whose Phụ lục holds the amounts). Only a short cell counts: a sentence
# naming "mức chi" in passing does not.
NORM_HEAD_CELL_RE = re.compile(
    rf"^[\s*_]*(?:{kw('muc chi')}|{kw('muc ho tro')}|{kw('dinh muc chi')}|{kw('dinh muc ho tro')}|{kw('muc tro cap')}"
    rf"|{kw('muc phu cap')}|{kw('muc boi duong')}|{kw('muc thuong')})(?![a-z])[^\n]{{0,50}}$")
# A column head naming a norm without its unit ("Mức chi", "Mức hỗ trợ tối đa", "Định mức", "Tỷ lệ hỗ trợ"): the unit
# comes from the row's "Đơn vị tính" cell ("đồng/người/ngày", "m2/người", "%"), or the figure itself ("70%",
# "200.000" with thousands groups: đồng).
BARE_HEAD_CELL_RE = re.compile(
    rf"^[\s*_]*(?:{kw('muc chi')}|{kw('muc ho tro')}|{kw('dinh muc')}|{kw('muc tro cap')}|{kw('muc phu cap')}"
    rf"|{kw('muc boi duong')}|{kw('muc thuong')}|{kw('ty le ho tro')})(?![a-z])[^()\n]{{0,40}}$")
# a row's unit cell: "đồng/người/ngày", "Người/buổi", "m2/người", "%", "đồng"
ROW_UNIT_CELL_RE = re.compile(r"^[\s*_]*(?P<u>%|[a-z0-9]+(?:\s[a-z]+)?(?:\s*/\s*[a-z0-9]+(?:\s[a-z]+){0,2})+|dong|d)[\s*_]*$")
# The unit a table states above itself: "Đơn vị tính: nghìn đồng", "ĐVT: 1.000 đồng" — the unit of a bare norm head's figures
TABLE_UNIT_LINE_RE = re.compile(
    rf"(?:{kw('don vi tinh')}|(?<![a-z])dvt)\s*:\s*(?P<u>1\.000\s*(?:d|dong)|{kw('nghin dong')}|{kw('ngan dong')}|{kw('trieu dong')}|{kw('ty dong')}|{kw('dong')}|%)(?![a-z])")
TABLE_UNIT_LINE_WINDOW = 600  # before the head at most
# A unit line that is itself the head of a table of amounts a rule sets: "… được hưởng mức thưởng như sau: ⏎ Đơn vị
# tính: đồng ⏎ TT | Thành tích | Huy chương Vàng … ⏎ 1 | Cuộc thi cấp thế giới | 117.000.000 | 93.000.000 …"
# (64/2025/NQ-HĐND Hà Nội, Phụ lục VI): the lead-in names the norm, the cells' thousands-grouped figures are in đồng
NORM_LEAD_UNIT_LINE_RE = re.compile(
    rf"(?:{kw('muc thuong')}|{kw('muc chi')}|{kw('muc ho tro')}|{kw('dinh muc')})(?![a-z])[^:]{{0,40}}:\s*"
    rf"(?:{kw('don vi tinh')}|(?<![a-z])dvt)\s*:\s*{kw('dong')}[\s.*_]*$")

# A cell with a word in it (not "* *", the bold marks of an empty cell): a row's label can be read there.
WORD_CELL_RE = re.compile(r"[a-z]{2}")
# A row label naming a bound of the row's figures: "Trong đó: chi khác tối thiểu | 2.300.000 | 2.300.000",
# "Trong đó: Chi tối thiểu cho công tác phòng bệnh … | 8.000 | 6.000" (48/2025/NQ-HĐND Hà Nội, allocation norms):
# a floor; "… tối đa" a ceiling.
ROW_BOUND_RE = re.compile(rf"(?P<lo>{kw('toi thieu')})|{kw('toi da')}")
# A table's unit line closing the heading that names its figures as norms: "PHỤ LỤC I ⏎ TỔNG MỨC CHI CHO TỪNG NHIỆM VỤ
# … ⏎ (Ban hành kèm theo Nghị quyết số …) ⏎ Đơn vị tính: Triệu đồng" over "STT | Loại văn bản | Tổng mức chi | Nhiệm vụ
# thẩm tra … | Nhiệm vụ soạn thảo …" (78/2025/NQ-HĐND Hà Nội, Phụ lục I): every figure of the rows is a norm in that unit,
# the figures side by side being the columns (no code). The heading (the lines of the block above the unit line) must
# name a norm; "QUY ĐỊNH MỨC HỌC PHÍ" names a price ("quy định" is no "định mức").
TITLED_UNIT_NORM_RE = re.compile(
    rf"(?:{kw('muc chi')}|{kw('muc thuong')}|{kw('muc ho tro')}|{kw('muc tro cap')}|{kw('muc phu cap')}"
    rf"|(?<!{kw('quy')} ){kw('dinh muc')})(?![a-z])")
#: how far above a unit line standing alone (OCR put a blank line between it and the heading: "… (Ban hành kèm
#: theo Nghị quyết số … năm ⏎ 2025 của ⏎⏎ Hội đồng nhân dân thành phố Hà Nội) ⏎⏎ Đơn vị tính: Triệu đồng",
#: 78/2025/NQ-HĐND legacy) its heading is looked for; a heading of three or four lines is 200–350 characters
TITLED_HEAD_WINDOW = 400
# two blank lines (clean text's row break) and a line that is a figure alone (a cell of a table's row): a heading
# ends above them
ROW_BREAK_RE = re.compile(r"\n[ \t]*\n[ \t]*\n")
FIGURE_ROW_LINE_RE = re.compile(r"^[ \t*_]*(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)[ \t]*%?[ \t*_]*$", re.M)
