"""More grammar of numeric targets (chỉ tiêu) as data: rates per period, restated goals,
condition bands, round-the-clock duty and benefits counted in months of pay.

Patterns run on the folded view (``Folded.view``: lower case, no diacritics, đ→d),
written folded and widened to OCR look-alikes by :func:`kw`; :mod:`.targets` uses them.
Each names the real wording it was written for.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.limit_words import HELD_VERBS
from vanban.extract.numbers import NUMBER, PERCENT_WORD_RE
from vanban.extract.patterns import CHAM_NHAT, CLAUSE_LABEL, EVERY, HANG, LIMIT_TIME_UNITS, LUNAR_YEAR, MIN_SIGN, NAM, THANG, TRUOC
from vanban.place_nouns import ADMIN_LEVELS, COMMUNE_LEVELS, RESIDENTIAL_UNITS
from vanban.text import CAPITAL, fold

_EACH = EVERY  # hằng / hàng / mỗi
_PERIOD_UNIT = rf"(?P<per>{NAM}|{THANG})"
_PERIOD_UNIT2 = rf"(?P<per2>{NAM}|{THANG})"

# A rate per month written after the figure: "20%/tháng", "5% mỗi tháng" (per year: patterns.PER_YEAR_RE).
PER_MONTH_AFTER_RE = re.compile(rf"\s*(?:/\s*{THANG}|{_EACH}\s+{THANG})(?![a-z])")

# A rate per period written before its figure, with the verb of change or reach:
# "sản lượng mỗi tháng đạt tối thiểu 20%" (627/TB-VPCP) → 20 %/tháng.
_RATE_BOUND = rf"(?:\s+(?:{kw('binh quan')}|{kw('it nhat')}|{kw('toi thieu')}|{kw('tren')}|{kw('khoang')}|{kw('tu')}|{kw('hon')}))*"
RATE_BEFORE_RE = re.compile(
    rf"(?<![a-z]){_EACH}\s+{_PERIOD_UNIT}\s+(?:[a-z]+\s+){{0,2}}?(?:{kw('dat')}|{kw('tang')}|{kw('giam')}){_RATE_BOUND}\s*$"
    # the verb first: "Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%" (0204-KH-UBND)
    rf"|(?:{kw('tang')}|{kw('giam')})(?:\s+{kw('binh quan')})?\s+{_EACH}\s+{_PERIOD_UNIT2}{_RATE_BOUND}\s*$"
)
#: (tgt47t) "số" (digital) closing a compound, folded: "ký số", "chữ ký số", "chuyển đổi số", "kinh tế số", "chính quyền
#: số", "xã hội số", "công dân số", "nền tảng số", "hạ tầng số", "dữ liệu số", "kỹ năng số"
DIGITAL_SO = (rf"(?<![a-z])(?:{kw('ky')}|{kw('chuyen doi')}|{kw('kinh te')}|{kw('chinh quyen')}|{kw('xa hoi')}"
              rf"|{kw('cong dan')}|{kw('nen tang')}|{kw('ha tang')}|{kw('du lieu')}|{kw('ky nang')})\s+{kw('so')}")
# A percentage after a word that before a bare number means a year, an ordinal or a quarter: "giảm hàng
# năm 1%-1,5%" (0204/KH-UBND: each year), "được thu 100% giá" (38/2025/TT-BXD: "thu" is collect, not "thứ").
# ("quỹ 20% đất ở" stays a fund's name.) "xử lý dứt điểm 100% trường hợp vi phạm" (t21-06): "dứt điểm" (once and for
# all) is no "điểm" (a clause's point).
# (tgt43b) "Cấp 50% kinh phí hỗ trợ ngay sau khi hộ khởi công": "cấp" (to grant) before a share; before a bare number it
# names a level ("cấp 3"), never before a percentage
# (tgt47t) "số" closing a digital compound before a share: "thực hiện ký số 100% văn bản điện tử phát hành" (a xã's
# chuyển đổi số plan, t46-03), "ứng dụng chữ ký số 100% hồ sơ", "chuyển đổi số 100% hồ sơ thủ tục hành chính" (a27-03,
# in a results part) — "số" (digital) there is no "số" (number) that labels a figure, and no label is a percentage
PERCENT_AFTER_WORD_RE = re.compile(rf"(?:(?<![a-z]){_EACH}\s+{_PERIOD_UNIT}|(?<![a-z])thu|(?<![a-z]){kw('dut diem')}"
                                   rf"|(?<![a-z]){kw('cap')}|{DIGITAL_SO})\s*$")
# (session 23) … and a count after it is the things to settle for good, by the clause's time: "xử lý dứt điểm 07 kiến nghị
# còn tồn đọng của doanh nghiệp trong quý I/2027" (a Kết luận of the Ban Thường vụ, a21-01: "an exact-count target") —
# a task's own figure, as firm as a share (folded; right before the figure)
SETTLED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dut diem')}\s*$")
# (tgt31b) … and so is the backlog a task settles by its own time: "hoàn thành xử lý 23 trường hợp vi phạm tồn đọng chậm
# nhất ngày 30/6/2027" (a29-01) — "xử lý" right before the figure, "tồn đọng" (backlog) after its noun in the clause; not
# "hoàn thành di dời 14 hộ dân …" (a20-05: no backlog settled, the labels leave it). (folded)
SETTLE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('xu ly')}\s*$")
BACKLOG_AFTER_RE = re.compile(rf"[^;:.,()\d\n]{{0,40}}?(?<![a-z]){kw('ton dong')}(?![a-z])")
# (tg24) A frequency a task keeps, "định kỳ" right before its figure and the period after the unit: "mở chuyên mục …
# định kỳ 01 kỳ/tháng" (a22-07), "họp định kỳ 01 lần/quý" — the labels' frequencies ("định kỳ ít nhất 01 lần/quý")
PERIODIC_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dinh ky')}\s*$")
# (tgt37b) … and a rhythm a task keeps given as its interval, "định kỳ" before the time and "/lần" after it: "điều tra
# dịch hại định kỳ 7 ngày/lần" — every 7 days, exactly (no bare duration; folded, after the time unit). Only an
# interval of hours or days (INTERVAL_UNITS): one of months is the recurrence a deadline carries ("kiểm tra … định kỳ
# 06 tháng/lần", a25-07 leaves it out); nor a report's rhythm (REPORT_IN_CLAUSE_RE: "báo cáo tiến độ … định kỳ 05
# ngày/lần", a23-05 leaves it out; the README gives reports their deadlines)
PER_TIME_AFTER_RE = re.compile(rf"\s*/\s*{kw('lan')}(?![a-z])")
INTERVAL_UNITS = ("gio", "ngay")
# (tgt43b) … or how many days of each period a duty takes, "định kỳ" before the count and "trong tháng" (in the month, no
# month named) after the unit: "Chủ tịch tiếp công dân định kỳ 04 ngày trong tháng", "trực định kỳ 02 buổi trong tuần"
# — a rhythm set, read per period ("ngày/tháng"); not "trong tháng 5/2034" (a month named: a time) (folded, after the unit)
WITHIN_EACH_PERIOD_AFTER_RE = re.compile(
    rf"[ \t]+{kw('trong')}[ \t]+(?P<per>{kw('thang')}|{kw('tuan')}|{kw('quy')}|{kw('nam')})(?![a-z])(?![ \t]*[\divx/])")
REPORT_IN_CLAUSE_RE = re.compile(rf"(?<![a-z]){kw('bao cao')}(?![a-z])")
# (tgt31c) A length a plan sets for its own event or its school year, exactly: a "Thời gian:" label line opening with the
# count ("- Thời gian: 01 ngày, ngày 10/12/2027; địa điểm: …", a congress's or a medical check's plan) and a term's weeks
# ("học kỳ I có 18 tuần thực học, học kỳ II có 17 tuần thực học", a school's year plan). Not a "Thời gian:" line whose
# figure comes after other words ("Thời gian: từ tháng 3 đến …", "Thời gian thực hiện: Quý I/2027" hold no count first).
# (folded: from the line's start to the figure; from the sentence's part to the figure)
EVENT_LENGTH_LABEL_RE = re.compile(rf"[ \t*_]*(?:[-+•][ \t]+)?{kw('thoi gian')}(?:\s+[a-z]+){{0,3}}[ \t]*:[ \t]*")
#: (a scan's OCR reads the term "II" as "H": "học kỳ H có 17 tuần thực học")
TERM_WEEKS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('hoc ky')}\s+(?:[ivx]{{1,3}}|[12]|h)\s+(?:{kw('co')}|{kw('gom')})\s*$")
# (tgt36b) … and a course's length, the verb of training right before the count: "Dân quân năm thứ nhất: huấn luyện 15
# ngày", "Mỗi ngày huấn luyện 08 giờ" (a Ban CHQS xã's plan of huấn luyện dân quân, t35-08), "tập huấn 02 ngày": the
# time a rule of training sets each group, exactly (folded, from the clause's part to the figure)
TRAINING_LENGTH_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('huan luyen')}|{kw('tap huan')}|{kw('boi duong')})\s*$")
TRAINING_LENGTH_UNITS = ("ngay", "tuan", "buoi", "gio", "thang")
# (tgt37a) … or a "Thời gian huấn luyện …:" lead-in before a list of each group's length: "Thời gian huấn luyện thực hiện
# theo Luật Dân quân tự vệ: dân quân năm thứ nhất 15 ngày; dân quân thường trực 60 ngày/năm; … từ năm thứ hai trở đi 12
# ngày/năm" (a Ban CHQS xã's plan, a35-08: each exactly) — the lengths the rule of training sets (folded, from the
# sentence's start to the figure); or "thời gian" right before the count, not after "trong": "tham gia tập huấn do Ban
# Chỉ huy … tổ chức, thời gian 05 ngày" (a35-08, exactly; "trong thời gian 30 ngày kể từ …" is a limit, and "trong thời
# gian 03 ngày" of a list posted its span, :data:`limit_words.DISPLAY_SPAN_BEFORE_RE`)
TRAINING_TIME_LEAD_RE = re.compile(
    rf"(?<![a-z]){kw('thoi gian')}\s+(?:{kw('huan luyen')}|{kw('tap huan')}|{kw('boi duong')})[^.;:\d]{{0,80}}:")
LENGTH_NAMED_BEFORE_RE = re.compile(rf"(?<![a-z])(?<!trong ){kw('thoi gian')}\s*$")
# (tgt31c) … and a rhythm a body keeps without "định kỳ", its verb of holding before the count: "Tổ trưởng chuyên môn …
# tổ chức sinh hoạt chuyên môn 02 lần/tháng" (a school's plan: "lần/tháng", exactly), as "họp thường kỳ mỗi tháng 01
# lần" is labelled. Not a sampling frequency ("quan trắc với tần suất 2 lần/tháng", 235/KH-UBND: the labels count the
# samples a year, not the visits). (folded, from the clause's start to the figure)
SAMPLING_FREQUENCY_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tan suat')}\s*$")
# (tgt38b) … or a programme a body airs or posts so often: "chuyên mục … phát sóng 02 lần/tháng", "đăng tải 04 tin
# bài/tháng" — a rhythm the plan sets, as a meeting's is
HELD_RHYTHM_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{'|'.join(kw(w) for w in HELD_VERBS)}|{kw('hop')}|{kw('sinh hoat')}"
                                   rf"|{kw('giao ban')}"
                                   # (tgt40b) … or the medium a message goes out on, its verb further back ("Phát bản tin
                                   # cảnh báo trên hệ thống loa truyền thanh của xã 02 lần/tuần", "thông báo lịch thu …
                                   # trên hệ thống truyền thanh và trang thông tin điện tử của xã 02 lần/tuần")
                                   rf"|{kw('truyen thanh')}"
                                   # (tgt46p) … or a rhythm raised to so often, "tăng tần suất … lên": "tăng tần suất
                                   # thu gom tại thị trấn Quán Lào lên 02 lần/ngày" (a44-08: 2 lần/ngày) — the new
                                   # rhythm the plan sets (a sampling "với tần suất 2 lần/tháng" stays out, by
                                   # SAMPLING_FREQUENCY_BEFORE_RE: "tần suất" right before the figure)
                                   rf"|{kw('tang')}\s+{kw('tan suat')}(?=[^;:.\d]{{0,50}}(?<![a-z]){kw('len')}\s*$))(?![a-z])[^;:.\d]{{0,50}}$")
#: (tgt40b) the period of a rhythm kept: "lần/tháng", "lần/quý", and "lần/tuần", "buổi/tuần" (folded, after the noun)
RHYTHM_TAIL_RE = re.compile(rf"\s*/\s*(?:{NAM}|{THANG}|{kw('quy')}|{kw('ngay')}|{kw('tuan')})(?![a-z])")
#: the nouns a rhythm counts: occasions ("lần") and sessions ("buổi": "phát thanh … 03 buổi/tuần")
RHYTHM_NOUNS = ("lan", "buoi")
# (tgt31c) The places a stated sum is of, no places to reach: "Tổng diện tích đăng ký tham gia mô hình … tại 07 xã trong vụ
# Đông Xuân 2027 - 2028 là 7.700 ha" (a Sở's Công văn: the 7.700 ha is the target, the 07 xã say where) — "là" and a
# figure after the places in their clause (folded, from the places' noun on; a wrapped line goes on)
AT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tai')}\s*$")
SUM_OF_PLACES_AFTER_RE = re.compile(rf"(?:[^;:.\d]|\d{{4}}\s*-\s*\d{{4}}){{0,80}}?\s{kw('la')}\s+\d")
# (tgt49t) The places a share's things are at, counted in the share's own location phrase: "Duy trì 100% tủ sách pháp
# luật tại Trụ sở UBND xã và 09 nhà văn hóa thôn" (t48-01: the labels keep the 100% and leave the count of what
# exists), "100% công chức làm việc tại Bộ phận Một cửa của 148 xã, phường" (a28-07 alike), as "ít nhất 90% hộ gia đình
# tại 08 thôn giáp biên giới" is read (a38-09). Folded: the share, then "tại" / "của" / "ở" and the place's words in
# its clause (no comma: "Đạt 100% kế hoạch, tổ chức tại 05 điểm cầu" goes on to a task of its own), "và" or "của" right
# before the count.
SHARE_AT_PLACES_BEFORE_RE = re.compile(
    rf"\d(?:[.,]\d+)?\s*%[^;:.,%\n]{{0,80}}?\s(?:{kw('tai')}|{kw('cua')}|{kw('o')})\s"
    rf"(?:[^;:.,%\d\n]{{0,60}}?\s(?:{kw('va')}|{kw('cua')})\s)?\s*$")
#: (tgt50) … and a share named in words, no figure, in an aim: "Duy trì tỷ lệ tiêm chủng cao, đồng đều tại 18 tổ dân
#: phố" (a48-03's Mục tiêu chung: its labels call the 18 tổ dân phố a fact) — "tỷ lệ" and the rate's words, "tại" / "ở"
#: right before the count (folded; a comma inside the rate's words, "cao, đồng đều", no clause of its own)
RATE_AT_PLACES_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('ty le')}\s[^;:.%\d\n]{{0,60}}?\s(?:{kw('tai')}|{kw('o')})\s*$")
#: the places counted so: :data:`AT_PLACE_UNITS` and a hamlet's house of culture (folded)
SHARE_PLACE_NOUNS = ("nha van hoa",)
# (tgt32a) The places a passage or a table is about, counted after "đối với": "BHXH tỉnh đề xuất chỉ tiêu số người tham
# gia tăng thêm đối với 08 xã, phường có tỷ lệ hoàn thành thấp như sau" (a BHXH tỉnh's Công văn, a30-08) — which places
# the quotas below are for, none to reach (a share, "đối với 100% cơ sở", stays; folded, right before the figure)
FOR_PLACES_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('doi voi')}\s*$")
# (tgt53) … but the bodies an inspection of the plan covers, "kiểm tra" / "giám sát" before "đối với" in the clause:
# "Thực hiện kiểm tra việc lãnh đạo thực hiện nhiệm vụ chính trị đối với 03 chi bộ thôn trong quý III/2038" (a Đảng
# ủy's Ủy ban Kiểm tra in t52-01's phương hướng, labelled exact) — how many it inspects, as "Kiểm tra … tại ít nhất 04
# chi bộ" (t21-02) counts them after "tại" (:data:`AT_PLACES_BEFORE_RE`); folded, from the clause's start
# — not an inspection of signs of a violation ("kiểm tra dấu hiệu vi phạm đối với 02 tổ chức đảng", a Thông báo kết
# luận's Ủy ban Kiểm tra, tests/fixtures/newcomer15/tb88.txt): the cases already known, no count the plan sets
# ((t53tgt) a wrapped line goes on: "2. Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong ⏎
# Đảng đối với 02 chi bộ (…)", t53-06 as a scan reads it)
INSPECTED_BODIES_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('kiem tra')}|{kw('giam sat')})(?![a-z])(?:(?!{kw('dau hieu')})(?:[^;:.\d\n]|\n(?![ \t]*\n))){{0,100}}?"
    rf"\s{kw('doi voi')}\s*$")
# (tgt53) "năm" that names no year before a figure: "Tổng diện tích gieo trồng cây hằng năm 1.540 ha" (a HĐND xã's chỉ
# tiêu, t52-02, labelled 1.540 ha), "cây lâu năm 320 ha" — the crops of a year or of many, the figure after them an
# area, not a year's number (folded, "hằng"/"hàng"/"lâu" right before "năm", the "năm" right before the figure); a
# figure printed as a year (19xx, 20xx) stays a year
NOT_A_YEAR_AFTER_NAM_RE = re.compile(r"(?<![a-z])(?:hang|lau)\s+nam\s*$")
YEAR_FIGURE_RE = re.compile(r"(?:19|20)\d\d")
# (tgt32a) How long a condition lasts, not a time allowed: "có kết quả … đạt dưới 50% chỉ tiêu trong 03 tháng liên
# tiếp" (a30-08: months in a row; folded, right after the time's unit)
# — "trong" before the figure (not "02 năm liên tiếp" of a Hướng dẫn's rule, a16-06: the rule's number, labelled)
# — (tgt32d) "liền" too: "03 chi bộ … (chưa kết nạp được đảng viên trong 02 năm liền)" (a Đảng ủy xã's plan, t31-05)
IN_A_ROW_AFTER_RE = re.compile(rf"\s*(?:{kw('lien tiep')}|{kw('lien tuc')}|{kw('lien')})(?![a-z])")
WITHIN_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('trong')}(?:\s+{kw('vong')})?\s*$")
# (tgt32a) A share that is not yet full names which households or bodies are meant: "lập danh sách hộ gia đình chưa tham
# gia BHYT đủ 100% thành viên" (a30-08); folded, from "chưa" to the share, no clause mark between
NOT_YET_FULL_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('chua')}\s+(?:[^\s,;:.()\d%]+\s+){{0,8}}?{kw('du')}\s*$")
# (tgt32a) A figure in a bracket right after a cited paper, restating what that paper set: "theo Nghị quyết số
# 21/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh (mức hỗ trợ thêm 10% mức đóng đối với người thuộc hộ cận nghèo)"
# (a30-08's notes: "a policy parameter of the cited Nghị quyết") — the paper's figure, no aim of this document (folded;
# from the paper's symbol and day to the figure)
CITED_ASIDE_BEFORE_RE = re.compile(
    r"\d+/(?:19|20)\d\d/[a-z]{2,5}-[a-z-]+\s+ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d"
    r"(?:\s+cua\s+[^()\n;.]{1,40}?)?\s*\((?:[^()\n\d]|\n(?![ \t]*\n)){0,120}$")
# (tgt31a) An intake a plan sets, "tuyển" right before the count of people, and the papers an exam's rule sets, "dự thi"
# right before the count of its papers: "Trường THPT Chuyên Lào Cai tuyển 420 học sinh", "Thí sinh dự thi 03 bài thi"
# (a Sở GD&ĐT's exam plan, a29-03) — exactly so many (the count's noun: :data:`INTAKE_NOUNS`). Matched on the printed
# text: folded, "tuyển" (admit) is "tuyến" (a route: "tuyến số 3") and "thi" is near "thứ" (an ordinal).
INTAKE_BEFORE_RE = re.compile(r"(?<!\w)(?<!dự )(?:tuyển(?:\s+(?:mới|sinh))?|dự\s+thi)\s*$", re.IGNORECASE)
INTAKE_NOUNS = ("hoc sinh", "sinh vien", "hoc vien", "thi sinh", "bai", "mon")
# (tgt35a) The people or units a plan selects, "tuyển chọn" / "lựa chọn" right before the count, and the counts its
# list goes on with (a bracket's aside skipped, "," or "và" between): "Lực lượng: tuyển chọn 52 điều tra viên (mỗi
# điều tra viên phụ trách 01 địa bàn), 10 tổ trưởng và 05 điều tra viên dự phòng", "lựa chọn 02 chi bộ … kiểm điểm
# điểm" — exactly so many, set by the plan. A bare "chọn" counts only after "mỗi" (EACH_SENDS_BEFORE_RE: "Các đơn vị
# mới thành lập chọn 02 thôn làm điểm" is no quota, tests/test_targets_tg25c.py). Folded; the window ends at the figure.
SELECTED_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:tuyen chon|lua chon)(?:\s+ra)?\s+"
    rf"(?:{NUMBER}\s+[^\d;:.()\n]{{1,40}}?(?:\s*\([^()]*\))?\s*(?:,|\s+va)\s+)*$")
# … but not the ones chosen to be put up for an award by a higher body: "lựa chọn 01 tập thể, 01 cá nhân đề nghị Ban
# Thường trực … tỉnh khen thưởng" (a24-06: its author leaves them out, as the commendations a plan proposes) — the
# clause after the count (folded)
# (tgt36b: across a wrapped line, "… đạt danh hiệu ⏎ để đề nghị cấp trên khen thưởng", t35-07's legacy form; not a blank one)
# (tbl56t) An award, not a word of praise: "lựa chọn 03 mô hình tiêu biểu nhất đề nghị Ban Dân vận Tỉnh ủy xem xét,
# biểu dương" (t55-07) and "lựa chọn 01 tập thể, 02 cá nhân đề nghị Ban Thường vụ Tỉnh ủy biểu dương" (a36-01) are
# labelled, the plan's own choice of what to showcase; the two left out (a24-06, t35-07) put theirs up "khen thưởng".
# "đề nghị" alone no longer says it.
PROPOSED_FOR_AWARD_AFTER_RE = re.compile(rf"(?:[^;.\n]|\n(?![ \t]*\n)){{0,80}}?(?<![a-z])(?:{kw('khen thuong')}|{kw('de nghi')}"
                                         rf"[^;.\n]{{0,60}}?(?<![a-z])(?:{kw('bang khen')}|{kw('giay khen')}|{kw('co thi dua')}))(?![a-z])")
# (s56 final suite) … or a named award proposed to a higher body ("để đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen",
# tgt41b's test) — not the plan's own award ("lựa chọn 05 khu dân cư tiêu biểu … để tặng Giấy khen", a34-02: labelled)
# … a paper's noun cut to its classifier ("03 bài" of "03 bài thi"): the exam's word after it completes it
PAPER_THI_AFTER_RE = re.compile(r"\s+thi(?!\w)", re.IGNORECASE)
# (tg23b) A dose's ordinal: "Tỷ lệ trẻ 18 tháng tuổi được tiêm mũi 2 vắc xin sởi - rubella đạt 95%", "mũi thứ 3",
# "liều thứ 2" — which dose, no count of vaccines (folded; right before the figure)
DOSE_ORDINAL_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('mui')}(?:\s+{kw('thu')})?|{kw('lieu')}\s+{kw('thu')})\s*$")
# A sentence that opens with its period, then states changes in its clauses:
# "Hằng năm, số vụ phạm tội … tăng trên 3%; số vụ … tăng trên 5%." (153/KH-UBND) → 3 %/năm, 5 %/năm.
PERIOD_OPENING_RE = re.compile(rf"{CLAUSE_LABEL}{_EACH}\s+{_PERIOD_UNIT}\s*,")
CHANGE_BEFORE_RE = re.compile(rf"(?:{kw('tang')}|{kw('giam')}){_RATE_BOUND}\s*$")

# A goal named again by a later sentence: "góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc",
# "bảo đảm mục tiêu … có khoảng 1.700km" (627/TB-VPCP) — the same figure and unit as a target
# already read, after "mục tiêu" in its clause, is that target, not a new one.
# (tgt31b) Not an earmarked sum's "bổ sung có mục tiêu" (a transfer for set purposes): "nguồn bổ sung có mục tiêu từ
# ngân sách thành phố 13.200 triệu đồng" in a budget resolution's investment article is the sum again, a target of its own
# (a29-02), no goal named.
GOAL_NAMED_BEFORE_RE = re.compile(rf"(?<!{kw('co')}\s){kw('muc tieu')}(?:\s+[a-z]+){{0,8}}\s*$")

# "Chương trình mục tiêu quốc gia" is a programme's name: its "mục tiêu" marks no target
# ("hợp nhất 3 chương trình", 623/TB-VPCP).
PROGRAMME_NAME_RE = re.compile(rf"{kw('chuong trinh')}\s+{kw('muc tieu')}")

# A horizon year that makes a counted figure a goal: "danh mục hoàn thành 5.000 km vào năm 2030"
# (627/TB-VPCP), "đến năm 2030 có 20 tập dữ liệu".
HORIZON_AFTER_RE = re.compile(rf"\s+(?:{kw('vao')}|{kw('den')}(?:\s+{kw('het')})?)\s+{NAM}\s+20\d\d(?!\d)")
COMPLETE_BEFORE_RE = re.compile(rf"(?:{kw('hoan thanh')}|{kw('dua vao khai thac')}|{kw('dua vao su dung')})\s*$")

# Round-the-clock duty: "giao nhận hàng dự trữ quốc gia 24/24" (226/CĐ-TTg), "thường trực 24/24 giờ"
# → exactly 24 giờ/ngày.
ROUND_THE_CLOCK_RE = re.compile(r"(?<![\w/.,])24\s?/\s?24(?:\s*(?:gio|h)(?![a-z]))?(?![\w/])")
# Duty for part of the day: "đảm bảo trực 12/24 giờ (từ 9 giờ đến 21 giờ trong ngày)" (213/2025/QĐ-UBND Hải Phòng)
# → 12 giờ/ngày; the hours in brackets are times of day (``CLOCK_RANGE_AFTER_RE``), no target.
DUTY_HOURS_RE = re.compile(r"(?<![\w/.,])(?P<h>\d{1,2})\s?/\s?24\s*(?:gio|h)(?![a-z])")
# ("từ 08 giờ sáng đến 22 giờ đêm": the part of the day may follow each hour)
_DAY_PART = rf"(?:\s+(?:{kw('sang')}|{kw('trua')}|{kw('chieu')}|{kw('toi')}|{kw('dem')}))?"
CLOCK_RANGE_AFTER_RE = re.compile(rf"{_DAY_PART}\s*(?:-|{kw('den')})\s*\d{{1,2}}\s*(?:gio|h)(?![a-z])")
# … and a time of day with its minutes: "Buổi sáng: Từ 07 giờ 00 phút đến 11 giờ 00 phút" (office hours, 01779/QĐ-UBND).
# (tgt38a) … and the bare minutes before the activity that starts then: "- Ngày 12/10: từ 09 giờ 30 thi đấu kéo co" (a
# festival's programme) — "từ 09 giờ" is the hour the match begins, no floor of hours; two digits only, and not before a
# noun that a second figure would count ("24 giờ 30 ngày" is no time of day)
_COUNTED_AFTER_CLOCK = rf"(?:{kw('ngay')}|{kw('thang')}|{kw('nam')}|{kw('tuan')}|{kw('gio')}|{kw('lan')}|{kw('nguoi')}|{kw('ca')})(?![a-z])"
CLOCK_MINUTES_AFTER_RE = re.compile(rf"\s*\d{{1,2}}\s*(?:{kw('phut')}|')(?![a-z])"
                                    rf"|\s*[0-5]\d(?!\d)(?=\s*(?:-|–|{kw('den')}|[,.;)]|\n|$|{kw('sang')}|{kw('trua')}|{kw('chieu')}|{kw('toi')}|{kw('dem')}))"
                                    rf"|[ \t]+[0-5]\d(?![\d.,])(?=[ \t]+(?!{_COUNTED_AFTER_CLOCK})[a-z\u0111])")
# (tg25) … the minutes printed bare after the hour: "buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến
# 17 giờ 00" (office hours for handing in a report, a Sở GD&ĐT's công văn, a24-04) — and the "30" after the hour is those
# minutes, no figure of its own (a two-digit number right after "N giờ"/"Nh")
CLOCK_MINUTES_BEFORE_RE = re.compile(r"(?<![\d.,/])\d{1,2}\s*(?:gio|h)\s*$")
# … and an hour of a named or dated day, a point in time, no span of hours: "Cấm tàu thuyền … ra khơi kể từ 12 giờ ngày
# 03/12/2026" (a Công điện's start time, tg23b), "trước 06 giờ 00 cùng ngày", "từ 18 giờ chiều ngày 15 tháng 12",
# "trước 16 giờ 00 ngày 27/10/2026", "17 giờ 30, ngày 20 tháng 12" (ux23: the deadline's hour, vanban.extract.hours)
CLOCK_DAY_AFTER_RE = re.compile(
    rf"{_DAY_PART}\s+(?:{kw('ngay')}\s+\d{{1,2}}\s*(?:/|-|\.|{kw('thang')}\s)|{kw('cung ngay')}|{kw('hom nay')}"
    rf"|{kw('ngay mai')}|{kw('hom sau')})"
    rf"|(?:\s*\d{{1,2}}(?!\d)(?:\s*(?:{kw('phut')}|'))?)?{_DAY_PART}\s*,?\s*{kw('ngay')}\s*\d{{1,2}}\s*(?:/|-|\.|{kw('thang')})")
# Bound words after the "đến" of a range: "từ trên 15% đến không quá 30%" (44/2025/QĐ-UBND, 105/2025/QĐ-UBND).
RANGE_END_BOUND = rf"(?:{kw('khong qua')}|{kw('khong')}\s+qu[a-z](?=\s)|{kw('duoi')}|{kw('it hon')})"  # "khong qué" (legacy OCR, 218/2025/QĐ-UBND)
# "hoạt động thông suốt, liên tục 24/7" (162/2025/QĐ-UBND): round the clock too, but only after a word of
# continuous duty, since "trước 24/7" is the 24th of July.
ROUND_THE_CLOCK_WEEK_RE = re.compile(r"(?<![\w/.,])24\s?/\s?7(?![\w/])")
DUTY_BEFORE_RE = re.compile(rf"(?:{kw('lien tuc')}|{kw('thuong truc')}|{kw('truc')}|{kw('hoat dong')}|{kw('van hanh')})\s*,?\s*$")
ROUND_THE_CLOCK_UNIT = "giờ/ngày"
# A watch kept round the clock is a working regime, no target (the labels: "trực ban phòng chống thiên tai 24/24",
# 0129/KH-UBND; "Duy trì nghiêm chế độ thường trực 24/24 giờ", a Chỉ thị on PCCC in authored15), where a service's
# hours are ("giao nhận hàng dự trữ quốc gia 24/24", "mở cửa bán hàng 24/24"); a watch for part of the day ("trực
# 12/24 giờ") stays the quota it sets. (tgt30b) Emergency care kept round the clock is that regime too, whether or
# not "trực" survives OCR ("Tổ chức trực cấp cứu 24/24 giờ", a28-09, whose legacy OCR restores "trực" as "ủy"; the labels
# of a21-09, a24-08, t19-06, t20-03, t22-06 count no "cấp cứu 24/24 giờ"). (tgt31a) So is a watch a camera keeps ("camera
# giám sát hoạt động 24/24 giờ tại phòng bảo quản đề thi", an exam plan: the labels of a29-03 count no target).
WATCH_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('thuong truc')}|{kw('truc ban')}|{kw('cap cuu')}|{kw('giam sat')}"
    rf"|{kw('truc')}(?!\s+(?:tiep|tuyen|quan)(?![a-z])))"
    r"(?:[\s,]+[a-z]+){0,5}?\s*$")  # (not "trực tuyến", online; "trực tiếp", "trực quan")
# (tgt49) … or named after the figure, what is kept on watch then its watch word, in the same clause: "Duy trì 24/24
# giờ lực lượng, phương tiện thường trực chữa cháy, cứu nạn, cứu hộ" (a UBND huyện's Chỉ thị on PCCC, a47-10) — the
# same regime as "thường trực 24/24 giờ" (folded, from the figure's end; a few words, no clause end between)
WATCH_AFTER_RE = re.compile(
    rf"(?:[\s,]+[a-z]+){{0,6}}?[\s,]+(?:{kw('thuong truc')}|{kw('truc ban')}|{kw('truc chien')})(?![a-z])")
# (tgt51) … or named by the head of the column the figure's cell stands in: a duty roster "Bộ phận trực | Thời gian trực
# | Địa điểm" whose cells read "24/24 giờ, luân phiên theo tuần" (t50-03; "Lịch trực", "Chế độ trực", "Ca trực" alike) —
# the watch word is printed once, over the column (folded, lower-cased head, anywhere in it); the sets count no such
# "24/24 giờ" (68 places in the authored and tune sets unlabelled, 3 labelled)
WATCH_HEAD_RE = re.compile(rf"(?<![a-z])(?:{kw('truc')}(?!\s+(?:tiep|tuyen|quan)(?![a-z]))|{kw('thuong truc')})(?![a-z])")
# … and a team on standby or an emergency team named earlier in the clause, the round-the-clock figure closing the
# clause after what the team is to do: "Bố trí đội cấp cứu lưu động, sẵn sàng hỗ trợ tuyến dưới xử trí các trường hợp
# phản ứng nặng sau tiêm 24/24 giờ trong thời gian chiến dịch" (a Sở Y tế's vaccination plan, t29-03: no target)
# (a line a legacy page wraps the clause at is no end of it; a blank line is). Not past "để": "sẵn sàng phương tiện,
# nhân lực để vận chuyển, giao nhận hàng dự trữ quốc gia 24/24" (226/CĐ-TTg) readies the means of a service, whose
# hours the figure gives (the labels: a target)
STANDBY_IN_CLAUSE_RE = re.compile(rf"(?<![a-z])(?:{kw('san sang')}|{kw('cap cuu')}|{kw('thuong truc')}|{kw('truc ban')})(?![a-z])"
                                  r"(?:(?!(?<![a-z])de(?![a-z]))(?:[^;:.\n]|\n(?![ \t]*\n)))*$")

# The band of a case a rule is for, before the colon that opens the rule:
# "a) Đối với người làm việc tại hội từ 05 năm trở lên: mức trợ cấp … bằng 24 tháng …"
# (72/2025/NQ-HĐND) — "từ 05 năm trở lên" says to whom, it is no target.
# (tgt38b) A case clause that names which things by what was done to them, closed by its comma before the rule: "đối với
# các cơ sở đã bị xử phạt … trong năm 2030, kiểm tra ít nhất 02 lần trong năm" — its "đã" and past year say which
# cơ sở, not that the figure after the comma is done (folded, from the clause's cut to the comma)
DONE_CASE_RE = re.compile(rf"(?:^|[;:]|\n)\s*(?:[-+•]\s*)?(?:{kw('doi voi')}|{kw('truong hop')})(?![a-z])[^;:,]*,")
CASE_OPENING_RE = re.compile(
    rf"{CLAUSE_LABEL}(?:{kw('doi voi')}|{kw('truong hop')})(?![a-z])[^:;]*$"
)

# An amount counted in months of pay: "bằng 24 tháng tiền lương hiện hưởng", "không vượt quá 15
# tháng tiền lương" (72/2025/NQ-HĐND) — not a duration; a target when a rule sets it ("bằng", "mức"); in days of pay a
# contribution's level: "Thu, nộp Quỹ … (mức đóng 01 ngày lương theo quy định)" (a UBND xã's Công văn on the Quỹ Đền
# ơn đáp nghĩa, a16-02).
MONTHS_OF_PAY_AFTER_RE = re.compile(rf"\s+(?:{kw('tien luong')}|{kw('luong')}|{kw('thu lao')}|{kw('phu cap')})(?![a-z])")
# (tgt41b) … and a contribution in days of pay set per head and year: "đóng 01 ngày lương/người/năm" (a39-04), "đóng 01
# ngày lương cơ bản/người/năm" (t39-04), "góp 05 ngày công/người/năm" — a rate each one pays, its unit the pay's kind per
# head and period (the labels' "ngày lương/người/năm"; "cơ bản" says which pay). (folded, after the pay's word)
PAY_PER_HEAD_TAIL_RE = re.compile(
    rf"(?:\s+{kw('co ban')})?\s*/\s*(?P<per>{kw('nguoi')}|{kw('ho')})\s*/\s*(?P<period>{kw('nam')}|{kw('thang')}|{kw('quy')})(?![\w/])")
DAYS_OF_WORK_AFTER_RE = re.compile(rf"\s+{kw('cong')}(?=\s*/\s*(?:{kw('nguoi')}|{kw('ho')})\s*/)")
# (tgt38a) … those pay words in a unit read already ("tháng phụ cấp"): "mức hỗ trợ bằng 03 tháng phụ cấp hiện hưởng" (a
# merger plan's support to the posts it ends) is a level set, though "hỗ trợ" stands before it (no request)
PAY_IN_UNIT_RE = re.compile(rf"(?<![a-z])(?:{kw('tien luong')}|{kw('luong')}|{kw('thu lao')}|{kw('phu cap')})(?![a-z])")
AMOUNT_SET_BEFORE_RE = re.compile(rf"(?:{kw('bang')}|{kw('muc')}(?:\s+(?:{kw('dong gop')}|{kw('dong')}|{kw('ung ho')}))?"
                                  rf"|{kw('duoc huong')}|{kw('huong')})\s*$")
# What a campaign asks the people to give, its amount a figure the plan sets (folded, right before the figure, "vận
# động" earlier in the clause): "Vận động nhân dân hiến 1.500 m2 đất làm đường" (the session-17 newcomer's plan),
# "vận động … đóng góp 200 ngày công", "vận động … ủng hộ 50 triệu đồng" — an exact target (min = max).
MOBILISED_GIFT_BEFORE_RE = re.compile(
    rf"{kw('van dong')}(?:\s+[^\s;:.]+){{0,8}}?\s+(?:{kw('hien')}|{kw('dong gop')}|{kw('ung ho')}|{kw('quyen gop')})(?:\s+{kw('them')})?\s*$")

# A planned quantity named by its own noun: "số lượng mẫu quan trắc 240 mẫu/năm" (235/KH-UBND Thanh Hóa, a
# technical plan) — "số lượng" and a few words right before the figure, the first of them the counted noun again;
# "Số lượng hồ sơ | 2 | bộ" (a procedure) and "số lượng người … 05 thành viên" are left alone.
QUANTITY_NAMED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('so luong')}\s+(?P<noun>[a-z]+)(?:\s+[a-z]+){{0,4}}\s*$")


# … and its period after the noun: "240 mẫu/năm" → unit "mẫu/năm".
PER_PERIOD_TAIL_RE = re.compile(rf"\s*/\s*(?:{NAM}|{THANG}|{kw('quy')}|{kw('ngay')})(?![a-z])")
# (t51tgt) A rhythm written with its period in words, "trong 01 <period>" after the occasions' noun: "Chủ tịch Ủy ban
# nhân dân huyện tiếp công dân định kỳ 02 ngày trong 01 tháng" (t51-02), "ít nhất 01 ngày trong 01 tuần" (a45-09, t45-08),
# "ít nhất 01 lần trong 01 quý" (a45-08), "ít nhất 02 lần trong 01 năm" (t45-08): so many a period, as "02 lần/tháng" —
# the labels write the unit "ngày/tháng", "lần/quý" (6 of 6 in the sets). Folded, after the noun; group "p" the period
# (t51tgt) The first or last days of a calendar period, a window in it, no time limit: "định kỳ hằng quý (trong 10 ngày
# cuối của tháng cuối quý)" (t51-08: an interval deadline, no target), "trong 05 ngày đầu tháng" (folded, after the
# time unit)
CALENDAR_WINDOW_AFTER_RE = re.compile(
    rf"\s+(?:{kw('lam viec')}\s+)?(?:{kw('dau')}|{kw('cuoi')})(?:\s+{kw('cung')})?(?:\s+(?:{kw('cua')}|{kw('moi')}|{kw('hang')}))?"
    rf"\s+(?:{THANG}|{kw('quy')}|{NAM}|{kw('tuan')}|{kw('ky')})(?![a-z])")
RHYTHM_NOUNS_IN_WORDS = ("ngay", "lan", "buoi", "dot", "ngay lam viec")
ONE_PERIOD_TAIL_RE = re.compile(
    rf"\s+{kw('trong')}\s+(?:0?1|{kw('mot')})\s+(?P<p>{NAM}|{THANG}|{kw('quy')}|{kw('tuan')})(?![a-z\d/])")


def names_quantity(view: str, a: int, pos: int, unit: str) -> re.Match[str] | None:
    """The "số lượng <unit's noun> …" that ends ``view[a:pos]`` and names the figure at ``pos`` (see
    ``QUANTITY_NAMED_BEFORE_RE``), else None."""
    m = QUANTITY_NAMED_BEFORE_RE.search(view, max(a, pos - 60), pos)
    return m if m and m.group("noun") == fold(unit).split("/")[0].split()[0] else None


# "N con số" says how many digits a figure has: "tăng trưởng 2 con số trong những năm tiếp theo" (229/CĐ-TTg),
# "lạm phát một con số" — a magnitude, no count of things.
DIGITS_COUNT_AFTER_RE = re.compile(rf"\s+{kw('con so')}(?![a-z])")
# (tg25c) A numbered motto, a single digit and the one word it numbers, printed without quotes: "đạt tiêu chí gia đình 5
# có, 3 sạch" (a Hội LHPN xã's plan, t25-04), "phương châm 4 tại chỗ", "3 cùng", "5 không 3 sạch": the motto's name, no
# count (folded; from the digit, the word closing at a punctuation, a figure or the line's end)
MOTTO_FIGURE_RE = re.compile(
    rf"[1-9]\s+(?:{kw('sach')}|{kw('tot')}|{kw('gioi')}|{kw('dep')}|{kw('an')}|{kw('du')}|{kw('xanh')}|{kw('cung')}|{kw('tai cho')}"
    rf"|{kw('san sang')}|{kw('ro')}|{kw('khong')}|{kw('co')}|{kw('dam dang')}|{kw('nhat')})(?=\s*(?:[,.;:)\"”\n]|\d|$))")

# "trong (vòng | thời hạn) N giờ/ngày" right before a time: a time limit even after a request's word ("được tiếp cận
# hỗ trợ trong 24 giờ đầu kể từ khi lực lượng đến được hiện trường", 0129/KH-UBND), unlike "hỗ trợ 20 xe"; (tgt34c) its
# own name: under the shared name a later rule's bare "trong" replaced it ("Chi trả tiền bồi thường, hỗ trợ trong thời
# hạn 30 ngày kể từ …" was read as a request)
WITHIN_LIMIT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('trong')}(?:\s+{kw('vong')}|\s+{kw('thoi han')}|\s+{kw('thoi gian')})?\s*$")

# The support a plan sets itself to give, bounded or as a range: "Hỗ trợ ít nhất 300 sản phẩm OCOP … lên sàn thương
# mại điện tử" (a Sở Công Thương's Kế hoạch), "Hằng năm hỗ trợ chuyển đổi từ 15 đến 20 hộ kinh doanh lên doanh
# nghiệp" (a Đảng ủy phường's Chương trình hành động), "Hỗ trợ ít nhất 1.500 lượt người dân" (tune19) — an aim, where
# a bare "hỗ trợ 20 xe" asked of a superior ("đề nghị …", "kiến nghị …") is a request. ``SUPPORT_AIM_RE`` is the
# "hỗ trợ …" words before the figure, ``SUPPORT_BOUND_RE`` the bound right before it, ``ASKED_BEFORE_RE`` the asking
# word that still makes it a request.
SUPPORT_AIM_RE = re.compile(rf"{kw('ho tro')}\s+[^.;:]{{0,40}}$")
SUPPORT_BOUND_RE = re.compile(
    rf"(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}|{kw('khong duoi')}|(?<![a-z]){kw('tu')})\s*$")
# (tgt34a) Support the plan sets out to complete, no request: "Mục tiêu: hoàn thành hỗ trợ 29 nhà, gồm 18 nhà xây mới
# và 11 nhà sửa chữa" (a housing-support plan, a32-04; t32-04's "Hỗ trợ 38 hộ xóa nhà tạm" is labelled alike). Folded,
# searched before the figure.
COMPLETE_SUPPORT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('hoan thanh')}\s+{kw('ho tro')}(?:\s+[a-z]+){{0,3}}\s*$")
ASKED_BEFORE_RE = re.compile(rf"{kw('de nghi')}|{kw('kien nghi')}|{kw('de xuat')}|{kw('xin')}|{kw('yeu cau')}")
# (tg25c) The quota a result is measured against: "đã hoàn thành 100% chỉ tiêu", "đạt 117,5% chỉ tiêu", "vượt chỉ tiêu"
# — a share met or a quota passed, no aim named (folded; the words right before "chỉ tiêu"). (session 29) So is a count
# met out of the quota, "đã tuyển dụng được 151/170 chỉ tiêu công chức" (a Sở Nội vụ's notice reviewing its last year)
QUOTA_MET_BEFORE_RE = re.compile(
    rf"(?:%|{kw('phan tram')}|(?<![a-z]){kw('vuot')}|(?<![a-z]){kw('hoan thanh')}|(?<![\d/])\d[\d.]*\s*/\s*\d[\d.]*)\s*$")
# (tg25c) A quota each body is to send or name, "mỗi" opening the clause and a verb of sending or choosing right before
# the figure: "Mỗi cơ quan, đơn vị, địa phương cử 01 công chức làm đầu mối" (a Sở Nội vụ's Công văn, t25-09), "mỗi cụm,
# khối suy tôn 01 đơn vị dẫn đầu" (a Sở Nội vụ's Hướng dẫn on emulation, t25-05), "mỗi xã, phường chọn 01 khu dân cư"
# (a20-06): exactly so many, a target (folded; "mỗi" checked as printed, "mới"/"mời" fold alike)
EACH_SENDS_BEFORE_RE = re.compile(
    rf"(?<![a-z])moi\s+(?:[a-z]+(?:\s*,\s*|\s+)){{1,10}}?(?:{kw('cu')}|{kw('suy ton')}|{kw('lua chon')}|{kw('chon')}|{kw('gioi thieu')}"
    rf"|{kw('bau')}|{kw('de cu')}|{kw('dang ky')}|{kw('bo tri')}|{kw('phan cong')}"
    # (tgt43d) … or the entries each body brings to a contest or a festival: "mỗi trường tham gia 02 tiết mục", "mỗi
    # đội, mỗi thôn chuẩn bị 01 tiết mục" — the quota each one sends, as "cử 01 công chức" is
    rf"|{kw('tham gia')}|{kw('chuan bi')})\s*$")
# (tgt34c) … and the size a competition's rules set for each team: "Kéo co: mỗi đội 10 người (08 chính thức, 02 dự bị)"
# (a phường's sports festival) — exactly so many people (folded, "mỗi" and the team's noun right before the figure; the
# people counted checked by the caller, "mỗi" as printed)
# (tgt41b) … and each class a plan opens: "Tổ chức 04 lớp tập huấn (mỗi lớp 200 học viên)" (a39-03; "mỗi lớp không dưới
# 40 hội viên", t39-05, its bound read anyway) — the size of each group of learners the plan sets
# (tgt53) … "gồm" / "có" between: "Môn kéo co: mỗi đội gồm 10 người, trong đó có ít nhất 04 nữ" (a xã's Đại hội Thể
# dục thể thao, t52-04, labelled exact), as "mỗi đội 10 người" is
EACH_TEAM_BEFORE_RE = re.compile(rf"(?<![a-z])moi\s+(?:{kw('doi')}|{kw('doan')}|{kw('nhom')}|{kw('to')}|{kw('lop')})"
                                 rf"(?:\s+(?:{kw('gom')}|{kw('co')}))?\s*$")
# (tgt41b) … and the length of each sitting a plan holds: "phát trên loa truyền thanh 03 buổi/tuần, mỗi buổi 10 phút"
# (a39-08), "mỗi tiết 45 phút", "mỗi lần 15 phút" — exactly so long (folded; "mỗi" checked as printed by the caller)
EACH_SITTING_BEFORE_RE = re.compile(rf"(?<![a-z])moi\s+(?:{kw('buoi')}|{kw('tiet')}|{kw('lan')}|{kw('phien')}|{kw('ca')})\s*$")
# (tgt41b) … and the copies a plan prints: "phát tờ rơi … (in 6.000 tờ)" (a39-08), "in 500 cuốn sổ tay", "in ấn, phát
# hành 2.000 tờ gấp" — exactly so many (printed text: "in" is the verb only with no mark, "ỉn"/"ín" fold alike)
# (tgt43d: "in, phát 2.400 tờ rơi tới các hộ", the printing and handing out as one run, "hành" left out)
PRINT_RUN_BEFORE_RE = re.compile(r"(?<!\w)(?:in(?:\s+ấn)?(?:(?:,|\s+và)\s+phát(?:\s+hành)?)?|phát\s+hành)[ \t]*$", re.IGNORECASE)
# (fixrev41) … and the printed "buổi" (a session) right before a figure: "mỗi buổi 10 phút" — OCR's tolerance folds it
# like "dưới", no cap (printed text)
SESSION_WORD_BEFORE_RE = re.compile(r"(?<!\w)buổi\s*$", re.IGNORECASE)
TEAM_MEMBER_NOUN_RE = re.compile(rf"(?:{kw('nguoi')}|{kw('van dong vien')}|{kw('thanh vien')}|{kw('dong chi')}"
                                 rf"|{kw('hoc vien')}|{kw('hoc sinh')}|{kw('hoi vien')}|{kw('doan vien')}|{kw('dai bieu')})(?![a-z])")
# (tgt34c) … and the bodies an award goes to: "trao Cờ và Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 03 đơn vị
# dẫn đầu" — exactly so many leaders honoured, the plan's own award (folded; the giving verb then "cho" before the
# figure, in its clause; "dẫn đầu"/"xuất sắc"/"tiêu biểu" in or right after the counted noun: "05 tập thể xuất sắc")
AWARD_TO_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('trao')}|{kw('tang')}|{kw('khen thuong')})(?:\s+[^\s.;:,]+){{0,14}}?\s+{kw('cho')}\s*$")
# (tgt37b) A cap on the damage a plan allows, "thiệt hại" then a cap word right before the figure: "trường hợp xảy ra
# cháy, tổng diện tích rừng bị thiệt hại trong cả mùa khô dưới 01 ha" — a bound to keep to (max), no damage reported
# ("thiệt hại" is otherwise a past-result word: "thiệt hại 02 vụ"). Folded; the past word, then the words before the figure.
DAMAGE_WORD_RE = re.compile(rf"\s*{kw('thiet hai')}\s*")
DAMAGE_CAP_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('duoi')}|{kw('khong qua')}|{kw('khong vuot qua')}|{kw('toi da')})\s*$")
AWARD_LEADERS_RE = re.compile(rf"(?<![a-z])(?:{kw('dan dau')}|{kw('xuat sac')}|{kw('tieu bieu')})(?![a-z])")
# (tgt37b) … and the bodies or people the issuer itself commends, the verb of commending right before the count:
# "Tại hội nghị tổng kết, Ban Thường vụ khen thưởng 05 tập thể và 12 cá nhân …", "biểu dương 10 hộ gia đình tiêu
# biểu", "tặng Giấy khen cho 04 chi hội" — exactly so many, the plan's own award (the twins a32-02, t34-02 label them;
# one put up for a higher body's award, "đề nghị … khen thưởng 05 tập thể", is asked, not given: ASKED_BEFORE_RE). Folded.
COMMENDED_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('khen thuong')}|{kw('bieu duong')}|{kw('tang')}\s+(?:{kw('giay khen')}|{kw('bang khen')}))"
    rf"(?:\s+{kw('cho')})?\s*$")
# (tgt33a) … and the staff or team a body sends or posts, "cử"/"bố trí" right before a bare figure: "cử 01 công chức làm
# đầu mối" (a Sở's Công văn, a31-06; a24-10, t19-09), "Bố trí 01 tổ cấp cứu", "Bố trí 01 khẩu đội dân quân" (an
# anniversary plan's security and medical duties, a31-07, t31-07), "bố trí 01 công chức trực thường xuyên" (a31-08):
# exactly so many, what the plan assigns. Only people or teams (not "bố trí 02 điểm cầu": places). (folded)
POSTED_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('cu')}|{kw('bo tri')})[ \t]*$")
# (tgt41b) … or "phân công" / "chọn" / "lựa chọn" a number of staff or pupils the same way: "phân công 01 cán bộ phụ
# trách …" (a39-02), "phân công 02 học sinh quản lý …" (t39-07), "chọn 02 học sinh tiêu biểu dự thi …" (a39-07): the
# people the plan names to a role. Only staff, members or pupils (not "lựa chọn 01 tổ dân phố … để đề nghị khen
# thưởng", a unit put up, t35-07; nor "phân công 01 đồng chí Ủy viên Ban Thường vụ", a leader to direct, t37-08).
PICKED_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('phan cong')}|(?:{kw('lua')}\s+)?{kw('chon')})[ \t]*$")
PICKED_NOUN_RE = re.compile(
    rf"(?:{kw('cong chuc')}|{kw('vien chuc')}|{kw('can bo')}|{kw('nhan vien')}|{kw('chien si')}|{kw('hoc sinh')}"
    rf"|{kw('doan vien')}|{kw('hoi vien')}|{kw('tinh nguyen vien')})(?![a-z])")
POSTED_NOUN_RE = re.compile(
    rf"(?:{kw('cong chuc')}|{kw('vien chuc')}|{kw('can bo')}|{kw('lanh dao')}|{kw('nhan vien')}|{kw('chien si')}"
    rf"|{kw('dong chi')}|{kw('bac si')}|{kw('to')}|{kw('doi')}|{kw('khau doi')}|{kw('kip')}|{kw('xe')}"
    rf"|{kw('tinh nguyen vien')}"  # (tgt35b) "Đoàn Thanh niên phường bố trí 30 tình nguyện viên phục vụ …"
    rf"|{kw('doan vien')}|{kw('hoi vien')}"  # (tgt50t) "Đoàn Thanh niên xã bố trí 50 đoàn viên, Hội Liên hiệp Phụ nữ
    # xã bố trí 30 hội viên phục vụ hậu cần" (t49-04): the members a mass body posts, as its volunteers are (a33-07)
    rf"|{kw('dan quan')}|{kw('cong an vien')}"  # (tgt46p) "Bố trí 08 dân quân thường trực tham gia các chốt" (t44-02),
    # the militia posted to a duty as "01 khẩu đội dân quân" is (a31-07)
    rf"|{kw('diem so cap cuu')}|{kw('diem cap cuu')}|{kw('diem y te')}|{kw('diem truc')})(?![a-z])")
# (tgt37b: a staffed post, "Bố trí 01 điểm sơ cấp cứu tại khu vực đình" — not a bare "điểm", "02 điểm cầu")
POSTED_AFTER_RE = re.compile(r"[ \t]+" + POSTED_NOUN_RE.pattern)  # (the noun read from the figure's end: "điểm" alone is a unit)
#: the support word, "hỗ trợ" or "hỗ trợ thêm" (a top-up), shared by the support patterns below (folded)
_SUPPORT_WORD = rf"{kw('ho tro')}(?:\s+{kw('them')})?"
# (tg25c) … and the support granted, "được hỗ trợ" right before the figure: "mỗi chi hội xuất sắc được hỗ trợ 500.000
# đồng từ nguồn quỹ Hội" (a Hội LHPN xã's plan, t25-04), "mỗi hộ được hỗ trợ 02 con giống" — the rate the document
# grants, a rule's figure, no request (folded; the words right before the figure)
# (tgt33d) "thêm" may follow: "hộ người có công với cách mạng được hỗ trợ thêm 10 triệu đồng/nhà" — the top-up each
# such house gets, a norm as the base levels before it are.
SUPPORT_GRANTED_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('duoc')}\s+{_SUPPORT_WORD}(?:\s+{kw('muc')})?\s*$")
# (tgt33d) … and granted to each of a kind, "mỗi <noun> được hỗ trợ" right before the sum: "mỗi thôn được hỗ trợ
# 2.500.000 đồng để chi cho Tổ bầu cử" — a norm per item, a target even under "IV. KINH PHÍ" (where a sum is the means
# of the plan, not a goal). (folded; the caller checks "mỗi" as printed: "mới", "mời" fold alike.)
EACH_GRANTED_BEFORE_RE = re.compile(
    rf"(?<![a-z])moi\s+(?:[a-z]+\s+){{1,4}}?{kw('duoc')}\s+{_SUPPORT_WORD}(?:\s+{kw('muc')})?\s*$")

# (tgt35a) … or "hỗ trợ mỗi <noun>" right before the sum, the source first: "Ngân sách xã hỗ trợ mỗi khu dân cư
# 1.500.000 đồng" (a Kế hoạch of a Ủy ban MTTQ xã, t34-02) — the same norm per item (group "each": the caller checks
# it printed "mỗi"); and "hỗ trợ" right before a sum per item, "02 khu dân cư điểm hỗ trợ 3.000.000 đồng/khu". (folded)
# (tgt47t) Those granted may be two kinds named as one, a comma between ("hỗ trợ mỗi thôn, tổ dân phố 2.000.000 đồng
# để tổ chức hội nghị bầu cử", t46-05; "mỗi chi hội, tổ hội"), and "cho" may come before "mỗi" ("hỗ trợ cho mỗi thôn,
# tổ dân phố 2,5 triệu đồng"): the same norm per item
SUPPORT_EACH_BEFORE_RE = re.compile(
    rf"(?<![a-z]){_SUPPORT_WORD}\s+(?:{kw('cho')}\s+)?(?P<each>moi)\s+(?:[a-z\u0111]+,?\s+){{1,5}}?$")
SUPPORT_RIGHT_BEFORE_RE = re.compile(rf"(?<![a-z]){_SUPPORT_WORD}\s*$")
# (tgt37b) … or the sum each one supported gets, "mỗi" and a noun of one or two words right before it, after a count of
# those supported in the sentence: "Hỗ trợ 40 học sinh thuộc hộ nghèo vượt khó học tốt, mỗi em 1.000.000 đồng" — a
# norm per head (folded; the caller checks "mỗi" as printed and looks for the support word earlier in the sentence)
EACH_ONE_SUM_BEFORE_RE = re.compile(r"(?<![a-z])(?P<each>moi)\s+[a-z\u0111]+(?:\s+[a-z\u0111]+)?\s*$")
SUPPORT_WORD_RE = re.compile(rf"(?<![a-z]){_SUPPORT_WORD}(?![a-z])")
# (tgt36a) … or "Hỗ trợ" opening the item, the thing supported named between it and the sum per item: "2. Hỗ trợ phân bón
# hữu cơ vi sinh 1.200.000 đồng/ha đối với …" (a vụ Đông plan's support part, a34-04) — the level the plan grants per
# hectare, as "hỗ trợ 3.000.000 đồng/khu" is (folded, from the clause's start to the figure: an optional item mark, then
# "hỗ trợ" and a few words, no figure; the "/item" checked by the caller)
SUPPORT_THING_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?{_SUPPORT_WORD}(?:\s+[a-z\u0111]+){{1,7}}\s*")
# (tgt36a) A norm set case by case, "đối với" naming each case: "Ngân sách tỉnh hỗ trợ xi măng …: 180 tấn/km đối với mặt
# đường rộng 3,5 m; 150 tấn/km đối với mặt đường rộng 3,0 m" (t35-03) — the figure after the ";" is the same norm for
# the next case, set as the first was. ``NORM_CASE_AFTER_RE`` right after a figure's unit, ``NORM_CASES_GAP_RE`` from the
# first figure's end to the next (folded: its case, a ";", no sentence end)
NORM_CASE_AFTER_RE = re.compile(rf"\s*{kw('doi voi')}\s")
NORM_CASES_GAP_RE = re.compile(rf"\s*{kw('doi voi')}\s[^.:;\n]{{1,60}}?;\s*")
# (tgt36a) The members a congress elects, "bầu" (and "thêm", and the body) right before the count of members or posts:
# "Chi bộ có từ 9 đến 30 đảng viên chính thức: bầu chi ủy 03 đồng chí" (a Đảng ủy's congress plan, t35-01), "trường hợp
# cần thiết bầu thêm 01 phó bí thư" — the number the rule sets, also after the case that calls for it (folded; the
# counted noun checked against ``ELECTED_NOUN_RE``)
ELECTED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('bau')}(?:\s+{kw('them')})?(?:\s+[a-z]+){{0,3}}?\s*$")
# (tgt37a) the member's body may lead the noun: "Chi bộ có từ 09 đến dưới 30 đảng viên chính thức: bầu 03 chi ủy viên"
# (a35-01), "bầu 05 cấp ủy viên"
ELECTED_NOUN_RE = re.compile(rf"(?:(?:{kw('chi')}|{kw('cap')}|{kw('dang')})\s+)?(?:{kw('dong chi')}|{kw('uy vien')}|{kw('pho bi thu')}|{kw('bi thu')}|{kw('thanh vien')}"
                             rf"|{kw('dai bieu')})(?![a-z])")

# A figure inside the quoted title of a named work: Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội …”
# (624/KH-UBND, the Đề án of Quyết định 338/QĐ-TTg) — part of a name, not this document's target.
QUOTED_TITLE_BEFORE_RE = re.compile(
    rf"(?:{kw('de an')}|{kw('chuong trinh')}|{kw('du an')}|{kw('ke hoach')}|{kw('phong trao')}|{kw('cuoc van dong')}"
    # … and the words an amendment quotes: "Thay thế cụm từ “lãi suất gấp 05 lần …” bằng cụm từ “…”"
    rf"|{kw('cum tu')}|{kw('tu ngu')}"
    # … (tg22b) and the quoted name of a criterion, model, title, contest or slogan: 'đạt tiêu chí "5 không, 3 sạch"',
    # 'mô hình "Gia đình 5 không, 3 sạch" kiểu mẫu' (t22-04-KH-HPN), danh hiệu “…”, cuộc thi “…”, khẩu hiệu “…”
    rf"|{kw('tieu chi')}|{kw('mo hinh')}|{kw('danh hieu')}|{kw('giai thuong')}|{kw('cuoc thi')}|{kw('hoi thi')}"
    rf"|{kw('khau hieu')}|{kw('chu de')}|{kw('thong diep')})"
    # (tg25b) the second or a later name of a list of them: 'mô hình "Nhà sạch, vườn đẹp" hoặc "Gia đình 5 không 3
    # sạch"' (a24-06: legacy OCR restored "3 sách", a count of books, inside the second name)
    rf"(?:\s*[“\"«][^”\"»\n]{{0,80}}[”\"»]\s*(?:,|{kw('hoac')}|{kw('va')})?)*"
    r"\s*[“\"«][^”\"»]{0,200}$"
)

# (tg25) … and a figure inside any short quoted name, whatever word comes before the quote: 'mô hình "Nhà sạch, vườn
# đẹp" hoặc "Gia đình 5 không 3 sạch"', 'vận động hội viên thực hiện "5 không" (không …)' (a MTTQ's Kế hoạch of a
# movement, a24-06) — a movement's, model's or slogan's name, no count. The quote is short (a name, not a quoted
# sentence) and names no bound or aim before the figure (:func:`vanban.extract.targets._in_quoted_name`).
QUOTED_NAME_MAX = 80
QUOTE_OPEN = "“«"
QUOTE_CLOSE = "”»"
QUOTE_CLOSE_AFTER_RE = re.compile(r"[^\"“”«»\n]*(?:\n(?![ \t]*\n)[^\"“”«»\n]*)*[\"”»]")

# (tg25) The length of a dated event in a plan's schedule, no amount to reach: "4.1. Hội nghị cấp xã: 01 buổi, ngày
# 24/12/2026" (a Kế hoạch học tập Nghị quyết, a24-02), "01 buổi (sáng ngày 15/01/2027)" — a bare count of sessions (no
# bound) with the day it is held right after (folded; after the counted noun)
# ((tgt38b) its opening hour may come before the day: "3. Thời gian: 01 buổi, khai mạc lúc 7 giờ 30 phút, ngày 26/02/2031",
# "01 buổi, bắt đầu từ 14 giờ ngày …")
_OPENING_HOUR = rf"(?:(?:{kw('khai mac')}|{kw('bat dau')})\s+(?:{kw('luc')}\s+|{kw('tu')}\s+)?\d{{1,2}}\s*(?:{kw('gio')}|h)(?:\s*\d{{1,2}}(?:\s*{kw('phut')})?)?\s*,?\s*)?"
DATED_SESSION_AFTER_RE = re.compile(rf"\s*[,(:-]?\s*{_OPENING_HOUR}(?:{kw('vao')}\s+)?(?:(?:{kw('buoi')}\s+)?(?:{kw('sang')}|{kw('chieu')}|{kw('toi')})\s+)?"
                                    rf"{kw('ngay')}\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}")
SESSION_UNITS = ("buoi",)

# (tg25) A day and month, no fraction: a holiday's or a campaign's days, "Cao điểm dịp nghỉ lễ 30/4 - 01/5 và mùa du lịch
# hè" (a Kế hoạch on road safety, a24-08), "dịp lễ 2/9", "Tết Dương lịch 01/01" — a "d/m" right after a word of the
# occasion (folded, before the figure), or followed by another "d/m" across a dash (DAY_MONTH_RANGE_AFTER_RE)
DAY_MONTH_RE = re.compile(r"\s*(?:[12]?\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])\s*")
OCCASION_BEFORE_RE = re.compile(rf"(?:{kw('le')}|{kw('dip')}|{kw('tet')}|{kw('ngay')}|{kw('nghi')})\s*$")
# ((tgt30b) or by "đến" and a day and month that may bear its year: "Tháng hành động vì an toàn thực phẩm (từ 15/4 đến
# 15/5/2027)", a28-04: the campaign's days, no rate 15/4); the second day may print its leading zero ("trưởng thành rộ
# từ 25/7 đến 05/8", a pest's forecast peak, t36-02: no window, so no deadline masks it, and no rate 25/7 either)
DAY_MONTH_RANGE_AFTER_RE = re.compile(rf"\s*(?:[-–]|{kw('den')})\s*(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])"
                                      r"(?:\s*/\s*(?:19|20)\d\d)?(?![\d/])")
# (tg25) How many criteria or fields a list that follows holds: "Kéo giảm tai nạn giao thông … trên cả 03 tiêu chí:" ⏎
# "a) Số vụ …" (a24-08) — the colon opens the list (folded; after the counted noun), no count to reach
LIST_COUNT_NOUNS = ("tieu chi", "linh vuc", "van de", "tru cot", "mat")
LIST_OPENS_AFTER_RE = re.compile(rf"\s*(?:{kw('sau day')}|{kw('nhu sau')}|{kw('sau')})?\s*:\s*(?:\n|$)")
# (tg25c) … and the recipients an allocation is split among, listed next: "Giao chỉ tiêu cụ thể cho 12 thôn như sau:"
# before the table of the 12 thôn (a UBND xã's Quyết định giao chỉ tiêu tuyển quân, t25-06), "phân bổ kinh phí cho 05
# đơn vị như sau:" — "cho" before the figure, "như sau:"/"sau đây:" after its noun: how many rows follow (folded)
RECIPIENTS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('cho')}\s*$")
LISTED_AFTER_RE = re.compile(rf"\s*(?:{kw('sau day')}|{kw('nhu sau')})\s*:")

# (tg25) An indicator table printed a cell a line whose indicator column states the goal with its figure ("TT" /
# "Chỉ tiêu kế hoạch năm 2027" / "Ước thực hiện năm 2026", then "1" / "Tổng giá trị sản xuất tăng từ 8,5% trở lên" /
# "8,1%": a Nghị quyết HĐND xã on the year's plan, a24-09): the header's goal column (folded, the whole line) and its
# column of results (:data:`vanban.structure.vocab.RESULT_COL`, a year named); a cell of the results column is a line
# of a figure with at most a few words ("47,6 triệu đồng", "Giảm 3,6% (còn 20,4%)", "01 thôn"); the table ends at a
# numbered or lettered heading of the prose ("3. Nhiệm vụ, giải pháp chủ yếu")
STATED_GOAL_COL_RE = re.compile(r"^(?:cac\s+)?(?:chi tieu|muc tieu)(?:\s+chu yeu)?(?:\s+ke hoach)?\s+(?:nam\s+)?20\d\d$")
# (tgt32c) … or the state the year starts from, "Hiện trạng đầu năm 2028" beside "Chỉ tiêu năm 2028" (t31-10, a xã's
# nông thôn mới plan by tiêu chí): a figure reached, not set
STATED_RESULT_COL_RE = re.compile(r"^(?:uoc\s+)?(?:thuc hien|th|ket qua|uoc dat|dat duoc|hien trang(?:\s+(?:dau|cuoi))?)\s+(?:nam\s+)?20\d\d$")
# (qc55) … and a table's own goal column named with its year, beside such a results column: "Chỉ tiêu phấn đấu năm
# 2040", "Chỉ tiêu năm 2028", "Mục tiêu năm 2040", "Kế hoạch năm 2027" (folded header cell; target_restatements.result_column_cells)
GOAL_YEAR_COL_RE = re.compile(r"^(?:cac\s+)?(?:chi tieu|muc tieu|ke hoach)(?:\s+(?:chu yeu|phan dau|ke hoach|can dat|dat))*"
                              r"\s+(?:nam\s+)?20\d\d$")
STATED_TABLE_END_RE = re.compile(rf"^(?:\d{{1,2}}\.\s+[{CAPITAL}]|[a-zđ]\)\s|[IVX]{{1,4}}\.\s+[{CAPITAL}]{{2}}|Điều\s+\d)")
RESULT_CELL_WORDS = 4  # words beside the figures in a results cell: "Giảm 3,6% (còn 20,4%)"

# Words of aim that let a bound before a glued measure count ("mục tiêu … khoảng trên 1.700km").
AIM_WORDS_RE = re.compile(rf"{kw('muc tieu')}|{kw('phan dau')}|{kw('chi tieu')}")

# A lead time before an event: "thông báo công khai ít nhất 7 ngày làm việc trước khi … tạm ngừng"
# (384-QĐ/TW), "ít nhất 10 ngày làm việc trước phiên họp thứ nhất" — a bound to keep, not a look back like "trong 3 năm
# trước".
# (tgt32c) … each time: "chậm nhất 03 ngày làm việc trước mỗi buổi tiếp" (a Đảng ủy's plan of citizen reception, t31-03)
LEAD_TIME_AFTER_RE = re.compile(rf"\s*{TRUOC}\s+(?:(?:{kw('moi')}|{kw('cac')})\s+)?(?:{kw('khi')}|{kw('ngay')}|{kw('thoi diem')}|{kw('thoi han')}|{kw('ky')}"
                                rf"|{kw('phien')}|{kw('cuoc')}|{kw('buoi')}|{kw('dot')}|{kw('hoi nghi')}"
                                rf"|{kw('thoi gian')}\s+(?:{kw('to chuc')}|{kw('dien ra')}|{kw('bat dau')}|{kw('khai mac')}))(?![a-z])")
# ((tgt38b) "ít nhất 05 ngày trước mỗi đợt" (a blood-donation plan's notice before each round), "… trước hội nghị")
# ((t53tgt) "chậm nhất 15 ngày trước thời gian tổ chức sinh hoạt của mỗi quý": the time the event is held, t53-10
# labels the lead a minimum as "trước khi tổ chức" reads)

# (tgt34a) … but not one printed with its calendar date in brackets: "chậm nhất 10 ngày trước ngày bầu cử (trước ngày
# 14/9/2028)" (an election plan: both twins, t32-01 and a32-01, label the date as the deadline and leave the lead time
# out — the plan has fixed the day, no span is left to keep). Folded, from the time unit's end: the event (no clause
# end, a few words), then the bracket with a day and month.
# (tgt38a) … or after "tức là" / "tức" closing the lead time: "chậm nhất 20 ngày trước ngày khai mạc kỳ họp, tức là trước
# ngày 26/11/2030" — the same calendar date printed, in words instead of brackets (the labels keep the date alone)
DATED_LEAD_AFTER_RE = re.compile(rf"\s*{TRUOC}\s[^()\n;.]{{1,60}}?(?:\(|,?\s+{kw('tuc')}(?:\s+{kw('la')})?)"
                                 rf"\s*(?:(?:{TRUOC}|{kw('cham nhat')})\s+)?(?:{kw('ngay')}\s+)?"
                                 r"\d{1,2}\s*/\s*\d{1,2}")

# (tgt38a) "phần việc" (a Đoàn's youth works, "05 công trình thanh niên và 12 phần việc thanh niên"): works to do, no
# "phần" (part) of a list the count would size (folded, the unit's start)
WORKS_PARTS_NOUN = "phan viec"

# (tgt38a) The days an event runs, named right after "trong N ngày": "bố trí lực lượng trực … trong 02 ngày lễ hội",
# "bảo đảm an ninh tại khu vực kỳ họp trong 02 ngày diễn ra kỳ họp" — when a duty is kept, the event's own length, no
# time limit to meet (folded, right after the time unit; "trong" before the figure checked by the caller)
EVENT_DAYS_AFTER_RE = re.compile(
    rf"\s+(?:{kw('dien ra')}|{kw('to chuc')}|{kw('le hoi')}|{kw('ngay hoi')}|{kw('hoi nghi')}|{kw('ky hop')}|{kw('dai hoi')}"
    rf"|{kw('hoi thi')}|{kw('hoi dien')}|{kw('giai dau')}|{kw('le')})(?![a-z])")

# (tgt33d) The years a review looks back on, a document's own run named after them: "có thành tích tiêu biểu trong 5
# năm thực hiện Nghị quyết 27", "sơ kết 3 năm triển khai Chỉ thị 05" — the span under review, no time limit (folded;
# right after the time unit).
REVIEWED_RUN_AFTER_RE = re.compile(
    rf"\s*(?:{kw('thuc hien')}|{kw('trien khai')}|{kw('thi hanh')})\s+(?:{kw('nghi quyet')}|{kw('chi thi')}|{kw('ket luan')}"
    rf"|{kw('ke hoach')}|{kw('chuong trinh')}|{kw('de an')}|{kw('luat')}|{kw('quy dinh')}|{kw('phong trao')}|{kw('cuoc van dong')})(?![a-z])")

# "nhà ở xã hội" read by OCR as "nhà 6 xã hội" (70/2025/NQ-HĐND, Tesseract -l eng): the "6" is "ở".
OCR_O_HOME_BEFORE_RE = re.compile(rf"{kw('nha')}\s*$")
# "100% ổ dịch được phát hiện" read by OCR as "100% 6 dịch" (a Sở Y tế's plan, a18-05, Tesseract -l eng): a "6" right
# after a percentage is the word the share counts ("ổ"), no count of its own.
OCR_O_AFTER_SHARE_BEFORE_RE = re.compile(r"\d\s*%\s*$")
# The digits legacy OCR reads for the marked "o" of a word ("ở", "ổ", "ô"): "6", and the bare "0" (tg25b: "bảo đảm an
# ninh, trật tự ở cơ sở" read by Tesseract -l eng as "trật tự 0 cơ sở", a22-07; "từ ở khu dân cư" as "tw 0 khu dan"):
# the rules for the word "ở" below take either; a count "0" of things is no target of a plan.
OCR_O_DIGITS = frozenset({"6", "0"})
# "lực lượng bảo vệ an ninh, trật tự ở cơ sở" read by OCR as "trật tự 6 cơ sở" (48/2025/NQ-HĐND, Tesseract -l eng):
# "ở cơ sở" (at the grassroots) after the words it follows in such names; (tg25b) and "ở khu dân cư" (in the residential
# areas) after the movement's and the Front's names: "Phong trào ở khu dân cư", "đời sống văn hóa ở khu dân cư", "Ngày
# hội Đại đoàn kết toàn dân tộc ở khu dân cư", "Các chi hội, đoàn thể ở khu dân cư", "mô hình tự quản ở khu dân cư"
# read "… 6 khu dân cư" (a24-06; "tự quản" restored "từ quận", which folds alike).
OCR_O_GRASSROOTS_RE = re.compile(
    rf"(?:{kw('trat tu')}|{kw('dan chu')}|{kw('hoa giai')}|{kw('an ninh')}|{kw('y te')}|{kw('chinh quyen')}"
    rf"|{kw('van hoa')}|{kw('dan toc')}|{kw('phong trao')}|{kw('doan the')}|{kw('tu quan')})\s+[60]\s+(?:{kw('co so')}|{kw('khu dan cu')})(?![a-z])")

# "ô nhiễm" read by OCR as "6 nhiém" ("cảnh báo sớm môi trường có nguy cơ 6 nhiém", 235/KH-UBND, Tesseract -l eng):
# the "6" is the "ô" of pollution.
OCR_O_POLLUTION_AFTER_RE = re.compile(r"\s*nhi[e¢][mn](?![a-z])")

# "ít nhất là 1 năm" read by OCR as "ít nhất 14 1 năm" (45-HD/BTCTW, Tesseract -l eng): "14" is "là"
# when a bound stands before it.
# … or "1a": "tối đa là 60 ngày" read "tdi da 1a 60 ngay" (4831/QĐ-BNNMT), "t6i da 1a 1 nam" (383-QĐ/TW) — legacy forms in
# bench/.cache; only between a word and the figure, where no count stands.
OCR_LA_END_RE = re.compile(r"(?<=[a-z])\s+(?:14|1a)\s*$")
# (session 28) … and "dưới" read "dudi" by legacy OCR, which the restoration writes "đội" (folded "doi"), right before a
# percentage: "bảo đảm tỷ lệ dữ liệu sai, trùng lặp đội ⏎ 2%" (t27-05's legacy form) — "đội" (a team), "đôi", "đối" never
# stand right before a percentage in prose, but "thay đổi", "chuyển đổi", "tương đối" do (folded: the words up to it).
OCR_BELOW_PERCENT_BEFORE_RE = re.compile(r"(?<![a-z])(?<!thay )(?<!chuyen )(?<!tuong )(?<!bien )(?<!trao )doi\s*$")

# A negated comparison: "không thấp hơn 95%", "không ít hơn 500 người" → a minimum;
# "không cao hơn 2%", "không nhiều hơn" → a maximum.
NEGATED_BOUND_RE = re.compile(  # (also "không được ít hơn 21 ngày", "không phải thấp hơn")
    rf"{kw('khong')}\s+(?:(?:{kw('duoc')}|{kw('phai')})\s+)?(?:(?P<lo>{kw('thap hon')}|{kw('it hon')}|{kw('nho hon')}|{kw('kem hon')})"
    rf"|{kw('cao hon')}|{kw('nhieu hon')}|{kw('lon hon')})(?:\s+{kw('la')})?\s*$"
)

# Number words as printed (NFC, lower case): the folded view reads "một trạm" as "một trăm".
# Each word of a spelled number ("bốn mươi lăm", "hai phần ba") is one of these.
_NUMBER_WORDS_PRINTED = {"một", "mốt", "hai", "ba", "bốn", "tư", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi",
                         "trăm", "phần", "nửa"}


def spelled_number(printed: str) -> bool:
    """Whether the printed words are a number word with its own marks ("hai", "mười", "sáu"): unlike
    :func:`is_number_word`, unaccented text is not trusted ("sau đây", "tầm nhìn" fold like "sáu", "tám")."""
    return all(x in _NUMBER_WORDS_PRINTED for x in printed.lower().split())


def is_number_word(printed: str) -> bool:
    """Whether the printed words are a number word ("hai", "một trăm"), not a look-alike ("một trạm");
    text printed without marks (legacy OCR) cannot tell, and is trusted."""
    w = " ".join(printed.lower().split())
    return spelled_number(w) or w == fold(w)

# An appendix that is the plan a Quyết định issues: its heading opens with the plan's type
# ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN …", 1627/QĐ-UBND, 2954/QĐ-UBND), after an optional "Phụ lục" label;
# or the rules it issues ("QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ" 162/2025/QĐ-UBND,
# "QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG" 86/2025/QĐ-UBND): their bounds ("tối thiểu 02 GB",
# "ít nhất là 70% cá nhân") are the document's rules, which the gold counts as targets.
PLAN_APPENDIX_RE = re.compile(
    rf"\s*(?:{kw('phu luc')}(?:\s*[ivxl\d]+)?\s*[.:-]?\s*)?(?:{kw('ke hoach')}|{kw('chuong trinh')}|{kw('de an')}|{kw('chien luoc')}"
    rf"|{kw('quy che')}|{kw('quy dinh')}|{kw('dieu le')}|{kw('huong dan')}"
    # the amounts a resolution sets: "PHỤ LỤC I NỘI DUNG CHI, MỨC CHI HỖ TRỢ TỔ CHỨC, CÁ NHÂN …" ("Hỗ trợ 100% chi
    # phí …", "Mức 1, không quá 40.000.000 đồng/tháng", 77/2025/NQ-HĐND), "NỘI DUNG CHI VÀ MỨC CHI …" (22/2025/NQ-HĐND),
    # "KHUNG ĐỊNH MỨC CHI …" — but not a tariff ("MỨC THU PHÍ, LỆ PHÍ …" of 1949/QĐ-UBND: amounts set by other
    # resolutions, per class of work "lưu lượng từ 200 m3 đến dưới 500 m3/ngày đêm")
    rf"|{kw('noi dung chi')}|{kw('muc chi')}|{kw('muc ho tro')}|{kw('tong muc chi')}"
    rf"|{kw('khung dinh muc')}"
    # the norms a resolution or decision sets in an appendix of their own: "PHỤ LỤC II ĐỊNH MỨC …", "MỨC PHỤ CẤP …",
    # "TIÊU CHUẨN, ĐỊNH MỨC …", "CHÍNH SÁCH HỖ TRỢ …" (the kinds the review-targets9 round names: norms per unit in a
    # Nghị quyết HĐND's tables whatever its trích yếu says)
    rf"|{kw('dinh muc')}|{kw('muc phu cap')}|{kw('muc tro cap')}|{kw('muc boi duong')}|{kw('tieu chuan')}"
    rf"|{kw('chinh sach ho tro')}|{kw('che do ho tro')})(?![a-z])"
)

# A bare "PHỤ LỤC" heading over several appendices, whose "(Ban hành kèm theo Nghị quyết số 64/2025/NQ-HĐND quy định
# một số nội dung mức chi trong lĩnh vực văn hóa, nghệ thuật …)" line says they set norms (64/2025/NQ-HĐND Hà Nội):
# read like an appendix headed by those norms (folded view)
BARE_APPENDIX_HEAD_RE = re.compile(rf"\s*{kw('phu luc')}(?:\s*[ivxl\d]+)?[\s.:]*$")
ATTACHED_NORMS_RE = re.compile(
    rf"{kw('kem theo')}[^)]{{0,250}}?(?:{kw('noi dung chi')}|{kw('muc chi')}|{kw('muc ho tro')}|{kw('dinh muc')}"
    rf"|{kw('muc phu cap')}|{kw('muc tro cap')}|{kw('muc boi duong')})(?![a-z])")
ATTACHED_WINDOW = 400  # the "kèm theo" line within this many characters of the appendix's start

# An appendix that sets out administrative procedures (thủ tục hành chính) a Quyết định publishes ("THỦ TỤC HÀNH CHÍNH
# NỘI BỘ GIỮA CÁC CƠ QUAN …", 1378/QĐ-BNV; "DANH MỤC TTHC …"): its "d) Thời hạn giải quyết: Trong 15 (mười lăm) ngày"
# and the bounds of its conditions ("số lượng người làm việc tối thiểu là 15 viên chức") are rules, but the rest of
# it (the dossier's "01 bộ", the minutes of each internal step "0,25 ngày làm việc", "tỷ lệ 33,33%" of a cut) is
# description: only firm bounds are read there.
# (tgt33d) A report's outline or forms after the signature: "PHỤ LỤC ĐỀ CƯƠNG BÁO CÁO SƠ KẾT …" (tune32), "PHỤ LỤC DANH MỤC
# BIỂU MẪU GIÁM SÁT CHUYÊN ĐỀ" (tune22) — no plan, but a bound it puts on the report ("Báo cáo … không quá 05 trang khổ
# A4") is a rule with a number, labelled in both sets: read for firm bounds as a procedure list is.
OUTLINE_APPENDIX_RE = re.compile(rf"{kw('de cuong')}|{kw('bieu mau')}")
# (tgt41b) The criteria a plan's model must meet, put in an appendix the body points to ("Xây dựng … vườn mẫu đạt tiêu
# chí theo Phụ lục II" over "PHỤ LỤC II ⏎ TIÊU CHÍ VƯỜN MẪU": "Diện tích vườn từ 1.000 m2 trở lên"; a "TIÊU CHUẨN … ĐIỂM
# DỪNG CHÂN", "TIÊU CHÍ CÔNG NHẬN MÔ HÌNH …" alike): each bound a thing must reach, read for firm bounds as a
# procedure list is (its bare figures "5. Có sổ ghi chép" describe). Not an emulation or scoring scheme ("TIÊU CHÍ THI
# ĐUA", "TIÊU CHÍ CHẤM ĐIỂM", "… XẾP LOẠI"): classes and points, no bound to reach. (folded, the appendix's heading)
CRITERIA_APPENDIX_RE = re.compile(
    rf"\s*{kw('phu luc')}(?:\s*[ivxl\d]+)?\s*[.:-]?\s*(?:{kw('bo')}\s+|{kw('cac')}\s+)?(?:{kw('tieu chi')}|{kw('tieu chuan')})(?![a-z])"
    rf"(?![^\n]*(?:{kw('thi dua')}|{kw('cham diem')}|{kw('xep loai')}|{kw('khen thuong')}|{kw('danh gia')}))")
PROCEDURE_APPENDIX_RE = re.compile(rf"{kw('thu tuc hanh chinh')}|{kw('danh muc thu tuc')}|(?<![a-z])tthc(?![a-z])")
# ("DANH MỤC THỦ TỤC HÀNH SỬA ĐỔI, BỔ SUNG …", 1505/QĐ-UBND, prints the name without "chính")
# The task table of a plan: "PHỤ LỤC DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …" (179/KH-UBND). It restates the body's
# tasks, but a task may carry a bound found nowhere else ("xây dựng các chính sách để bảo đảm tỷ lệ hoạt động trực
# tuyến chiếm tối thiểu 50% tổng số hoạt động"): read for firm bounds, a figure the body already gave is not read again.
TASK_TABLE_APPENDIX_RE = re.compile(rf"(?:{kw('phu luc')}(?:\s+[ivxl\d]+)?\s*[.:-]?\s*)?{kw('danh muc')}\s+(?:{kw('cac')}\s+)?{kw('nhiem vu')}")
# The task list of a plan put after the signature: "PHỤ LỤC ⏎ NHIỆM VỤ TRỌNG TÂM NĂM 2027", "MỘT SỐ NHIỆM VỤ TRỌNG
# TÂM …", "NHIỆM VỤ, GIẢI PHÁP …" (case 19: the UBND Lào Cai plan on Chỉ thị 11-CT/TU, 104-CTr/TU's Phụ lục 2; the
# body says "Nhiệm vụ cụ thể tại Phụ lục kèm theo"): the appendix IS the task list, its "phấn đấu 90% hộ gia đình …"
# is the plan's target, read like the body's (a figure the body already gave is not read again). Not the
# "DANH MỤC CÁC NHIỆM VỤ …" table above, which restates the body task by task.
# ("PHỤ LỤC ⏎ PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 09-CT/TU": the tasks by body, "Kiện toàn lực lượng dân phòng tại
# 100% tổ dân phố" a target of the plan found there only)
# A table column whose cells are the row's targets, the whole header cell: "Chỉ tiêu", "Chỉ tiêu cần đạt", "Mục tiêu",
# "Kết quả cần đạt" (an appendix holding such a table states targets: ``target_appendices.task_list_appendices``)
TARGET_COLUMN_RE = re.compile(
    rf"(?:{kw('chi tieu')}|{kw('muc tieu')}|{kw('ket qua can dat')})(?:\s+(?:{kw('can dat')}|{kw('phan dau')}|{kw('dat duoc')}))?")
# (tgt39b) An appendix that IS the plan's targets: "PHỤ LỤC ⏎ CHỈ TIÊU XÂY DỰNG … NĂM 2031" (the body: "Các chỉ tiêu cụ
# thể … tại Phụ lục kèm theo"), not one that assigns or lists indicators the body set ("PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU
# …", 144/KH-UBND; "DANH MỤC CÁC CHỈ TIÊU …", 2629/QĐ-TTg): the heading's first word after the label.
TARGET_APPENDIX_HEAD_RE = re.compile(
    rf"\s*(?:{kw('phu luc')}(?:\s*[ivxl\d]+)?\s*[.:-]?\s*)?(?:{kw('bang')}\s+)?(?:{kw('cac')}\s+)?{kw('chi tieu')}(?![a-z])")
#: … and its column of the targets, each cell one in words: "Chỉ tiêu", "Nội dung chỉ tiêu", "Tên chỉ tiêu", "Chỉ tiêu cụ
#: thể" (folded, the whole head)
TARGET_ROW_COLUMN_RE = re.compile(rf"(?:(?:{kw('noi dung')}|{kw('ten')})\s+)?{kw('chi tieu')}(?:\s+{kw('cu the')})?")
# (session 23) So is the plan's schedule, its tasks row by row with their times: "PHỤ LỤC ⏎ TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH
# GIÁM SÁT NĂM 2027 | STT | Nội dung | Đơn vị chủ trì | … | Thời gian hoàn thành" (a MTTQ's plan, a21-10: "Giám sát đợt 1
# tại 04 xã, phường" found there only), "LỘ TRÌNH THỰC HIỆN …", "LỊCH TRÌNH THỰC HIỆN …"; and the disbursement
# milestones a Công văn on public investment sets each investor ("PHỤ LỤC ⏎ MỐC GIẢI NGÂN CỦA MỘT SỐ CHỦ ĐẦU TƯ …",
# "TIẾN ĐỘ GIẢI NGÂN VỐN ĐỐI VỚI …": "Ban QLDA … | 1.845,0 | tối thiểu 55% | Trước ngày 31/12/2027", a25-09); and
# (session 30) the joint tasks of a Chương trình phối hợp, row by row: "PHỤ LỤC ⏎ NỘI DUNG PHỐI HỢP NĂM 2027 | TT | Nội
# dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" ("Tổ chức 20 lớp tập huấn …", t29-05), "NỘI DUNG
# HOẠT ĐỘNG PHỐI HỢP …" (not "NỘI DUNG CHI VÀ MỨC CHI", a Nghị quyết's norms)
TASK_LIST_APPENDIX_RE = re.compile(
    rf"\s*(?:{kw('phu luc')}(?:\s*[ivxl\d]+)?\s*[.:-]?\s*)?(?:(?:{kw('phan cong')}\s+)?(?:{kw('mot so')}\s+)?(?:{kw('cac')}\s+)?"
    rf"{kw('nhiem vu')}|(?:{kw('tien do')}|{kw('lo trinh')}|{kw('lich trinh')})\s+{kw('thuc hien')}"
    rf"|{kw('noi dung')}\s+(?:{kw('hoat dong')}\s+|{kw('cong tac')}\s+)?{kw('phoi hop')}"
    rf"|(?:{kw('moc')}\s+)?(?:{kw('tien do')}\s+)?{kw('giai ngan')}(?:\s+{kw('von')})?\s+(?:{kw('cua')}|{kw('doi voi')}|{kw('giao')}))(?![a-z])")

# "chậm nhất 03 ngày kể từ ngày ban hành Quyết định" (1509/QĐ-UBND): a relative time limit, a maximum.
LATEST_BEFORE_RE = re.compile(rf"{kw('cham nhat')}(?:\s+(?:{kw('la')}|{kw('sau')}))?\s*$")

# The rule after a case's comma: "Trường hợp học trực tuyến (học online), mức học phí … bằng 75% mức
# học phí" (20/2025/NQ-HĐND), "trường hợp được kéo dài …, mức trợ cấp tăng thêm bằng 50%" (75/2025/NQ-HĐND).
RULE_AMOUNT_BEFORE_RE = re.compile(
    rf"\s*(?:{kw('muc')}|{kw('ty le')})(?![a-z])[^,;:]{{0,120}}?(?:{kw('bang')}|{kw('la')})\s*$"
    # what the case is granted: "Trường hợp có nhu cầu về nhà ở, được Thành phố bố trí và hỗ trợ 100% chi phí
    # thuê nhà" (73/2025/NQ-HĐND), "…, đơn vị cung cấp dịch vụ đăng kiểm được thu 100% giá" (38/2025/TT-BXD)
    rf"|[^,;:]{{0,80}}?{kw('duoc')}(?:\s+[a-z]+){{1,8}}?\s*$"
)

# A budget is the means of a plan, not its goal: "Dự toán kinh phí …: 1.500.000.000 đồng", "Chi phí thực hiện
# tuyển chọn nhà thầu …: 63.950.757 đồng/năm" (0134/KH-UBND). A sum to reach ("thu ngân sách đạt 12.000 tỷ
# đồng") or bounded ("không quá 50 triệu đồng") stays a target.
MONEY_UNIT_RE = re.compile(r"(?:nghin |trieu |ty )?(?:dong|usd)\b")
BUDGET_WORDS_RE = re.compile(
    rf"{kw('kinh phi')}|{kw('du toan')}|{kw('chi phi')}|{kw('tong muc dau tu')}|{kw('nguon von')}"
)

# A measure written apart from its number, in its own case: "bảo đảm tối thiểu 02 GB/hộp thư điện tử",
# "kích cỡ các tệp gửi kèm tối đa 30 MB" (162/2025/QĐ-UBND, Quy chế thư điện tử), "tối thiểu 6 m"
# (79/2025/NQ-HĐND). Matched on the original text (a capital "GB" is no programme's name); read,
# like a glued measure, only after a firm bound.
SPACED_MEASURE_RE = re.compile(
    r"(?:[ \t]|[ \t]*\n[ \t]*(?=độ[ \t]*C))(?P<u>GB|MB|KB|TB|Gb|Mb|km/h|km/giờ|km|kg|mg/l|mg/m3|mg/m³|mg|ha|MW|kW|kWh|m2|m3|m²|m³|mm|cm|dBA|dB|°C|độ[ \t]*\n?[ \t]*C|m)(?![\w])")  # "dưới 4 độ ⏎ C": the line wrapped in the unit (tgt33a: or before it, "dưới 4 ⏎ độ C", legacy a31-01)

# A count spelled out again in brackets before its noun: "độ dài tối thiểu 09 (chín) ký tự trở lên"
# (162/2025/QĐ-UBND): the bracket is no part of the counted noun.
SPELLED_OUT_AFTER_RE = re.compile(r"\s*\(\s*(?P<w>[a-z]+(?:\s+[a-z]+){0,3})\s*\)")
# (tgt38c) … and the other way round, a figure spelled out again in brackets after its digits and unit: "là 600.000.000
# đồng (sáu trăm triệu đồng)", "05 ha (năm héc-ta)" — the same sum in words, no figure of its own ("sáu trăm" is no
# "6 trạm"; folded, the digits, at most two unit words, then the bracket right before the number word)
SPELLED_AGAIN_BEFORE_RE = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:[a-z\u0111%]+[ \t]*){0,2}\([ \t]*$")
# The words a spelled-out count is made of (folded): "(năm)", "(hai mươi tư)", "(mười hai)" (72/2025/QĐ-UBND Bắc Ninh).
SPELLED_NUMBER_WORDS = {"khong", "mot", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "muoi",
                        "mươi", "tram", "nghin", "ngan", "trieu", "linh", "le", "moi",
                        # as Tesseract -l eng reads "mười"/"mươi" on legacy pages: "Trong 15 (mui lam) ngay", "10 (mui) ngay"
                        # (1378/QĐ-BNV's legacy form in bench/.cache), "Thdi han" shows "ơ" read as "d"
                        "mui", "mudi"}

# A rank as a group of leaders: "Việt Nam thuộc nhóm 4 nước dẫn đầu ASEAN và nhóm 60 nước dẫn đầu thế giới
# vào năm 2028" (2629/QĐ-TTg) → at most 4th, 60th (as "top 03").
RANK_GROUP_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('nhom')}\s*$")
# … its unit: a place in a ranking ("thứ hạng"), as the authors of three sets store "thuộc nhóm 15 tỉnh, thành phố dẫn đầu
# cả nước" (a Quyết định, a Kế hoạch on administrative reform); the printed word "top 03" keeps "top"
RANK_GROUP_UNIT = "thứ hạng"
RANK_GROUP_NOUN_RE = re.compile(r"(?:dan|dung)\s+dau$")
# (tg25) … the leaders' words after a list of the ranked ("thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước", "nằm trong
# nhóm 10 tỉnh, thành phố dẫn đầu về Chỉ số PAR INDEX": a Quyết định on administrative reform, a24-03): the counted
# noun read stops at the comma, the rank's words follow it (folded, from the counted noun's end)
RANK_GROUP_AFTER_RE = re.compile(r"(?:\s*,?\s*[a-z]+){0,4}?\s+(?:dan|dung)\s+dau(?![a-z])")

# A past act in an earlier clause of the sentence ("thực hiện việc di chuyển theo kế hoạch đã được phê duyệt;
# thời gian thực hiện không quá 24 tháng", 79/2025/NQ-HĐND) says nothing of the figure after the ";".
CLAUSE_BREAK_RE = re.compile(r";")

# The make-up of goods described, not aimed at: "Thành phần: + Chất trợ dung 2,2%. + Dây hàn: 97,8%"
# (37689/TB-CHQ), "Hàm lượng tính trên trọng lượng: Đường mía được lên men tự nhiên 100%", "Thông số kỹ
# thuật: + Tỷ trọng: 1.290 -1.350 g/cm3" (38544/TB-CHQ) — a customs classification describes a product.
SPEC_WORDS_RE = re.compile(
    rf"{kw('thanh phan')}\s*(?:,|:|{kw('cau tao')}|{kw('cua')}|{kw('gom')})|{kw('ham luong')}|{kw('thong so ky thuat')}"
    rf"|{kw('ty trong')}\s*:|{kw('nong do')}|{kw('do tinh khiet')}|{kw('cong thuc hoa hoc')}"
)
SPEC_WINDOW = 250
# (tgt41b) … and the strength of what a body disinfects with, its name right before the share: "khử khuẩn bằng Cloramin
# B 2%", "sát khuẩn bằng cồn 70%", "phun tiêu độc bằng dung dịch … 0,5%" — which product, no rate to reach. (folded;
# the treating verb, "bằng"/"dùng", then up to four words of the product's name right before the figure)
DISINFECTANT_STRENGTH_BEFORE_RE = re.compile(
    rf"(?:{kw('khu khuan')}|{kw('khu trung')}|{kw('sat khuan')}|{kw('tieu doc')}|{kw('tay ue')})(?:\s+[a-z]+){{0,4}}?"
    rf"\s+(?:{kw('bang')}|{kw('dung')}|{kw('su dung')})(?:\s+[a-z]+){{1,4}}\s*$")
# … and a whole notice that classifies goods ("THÔNG BÁO VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ", 39693/TB-CHQ; "kết quả phân
# loại"): everything in it describes the product, its spec table too ("Trọng lượng/lá | 1.8-2.0 gram"); no target.
GOODS_NOTICE_TITLE_RE = re.compile(rf"{kw('xac dinh truoc')}\s+(?:{kw('ma so')}|{kw('xuat xu')}|{kw('tri gia')})"
                                   rf"|{kw('ket qua phan loai')}|{kw('ket qua phan tich')}")

# An owner's share that names a kind of enterprise: "doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ",
# "nắm trên 50% vốn điều lệ", "nắm không quá 50% …" (87/2025/QĐ-UBND Bắc Ninh), "tổ chức mà Nhà nước sở hữu 100% vốn
# điều lệ", "cổ đông sở hữu từ 10% tổng số cổ phần" — no figure to reach (but "vốn chủ sở hữu tối thiểu 15% tổng mức vốn
# đầu tư" is equity a rule asks for, and "thành viên dự họp sở hữu từ 65% vốn điều lệ" a quorum). Matched on the
# original text: folded, "nắm" is "năm" (year).
OWNER_SHARE_BEFORE_RE = re.compile(r"(?<!\w)(?:nắm(?:\s+giữ)?|(?<!chủ )(?<!họp )sở\s+hữu)(?:\s+(?:trên|dưới|từ|không quá|tối thiểu|ít nhất))?\s*$", re.IGNORECASE)
# (rt39) … and the financing that names a kind of project or plant: "nhà máy nhiệt điện than sử dụng 100% vốn vay nội
# tệ", "dự án sử dụng 100% vốn chủ sở hữu", "công trình sử dụng trên 30% vốn ngân sách" — which projects a rule is for,
# no share to reach (a bound a rule sets is worded as one: "vốn chủ sở hữu tối thiểu 15%", "tỷ lệ vốn vay không quá
# 70%"). Folded; "sử dụng" right before the share (a "từ"/"trên"/"dưới" band allowed), "vốn" right after its "%".
FUNDED_SHARE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('su dung')}(?:\s+(?:{kw('tu')}|{kw('tren')}|{kw('duoi')}))?\s*$")
FUNDED_SHARE_AFTER_RE = re.compile(rf"\s*%?\s*(?:{kw('tong')}\s+)?{kw('von')}(?![a-z])")
# (rt39) A probability that defines a statistical level, "mức kỳ vọng P50 là giá trị … với xác suất 50% … đạt được hoặc
# cao hơn", "lưu lượng ứng với xác suất vượt 10%": how a figure is computed, no share to reach (folded, right before)
PROBABILITY_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('xac suat')}(?:\s+(?:{kw('vuot')}|{kw('la')}|{kw('bang')}))?\s*$")

# A change from an old figure to a new one: "điều chỉnh giảm từ 6,6%/năm (0,55%/tháng) xuống 6,24%/năm
# (0,52%/tháng)" (2553/QĐ-TTg, interest rates) — "từ" names the old figure, no minimum; the new one stands.
# … also with the measure between the verb and "từ": "Cắt giảm thời gian giải quyết từ 24 ngày xuống 22 ngày" (1949/QĐ-UBND).
# … and "Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày" (2815/QĐ-UBND), "rút ngắn … từ … xuống …"
# (tgt48t) The level a change reaches, "xuống còn" / "giảm còn" right before the figure with no bound word of its own:
# "Giảm tỷ lệ hộ nghèo từ 1,01% xuống còn 0,49%" (t47-04, a ward's poverty plan), "tỷ lệ hộ nghèo giảm còn 1,2%" — the
# figure the year is to reach, exact; "giảm còn dưới 1,5%" keeps its "dưới" (a ceiling). Folded, at the end of the words
# before the figure.
LEVEL_REACHED_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('xuong con')}|{kw('giam con')})\s*$")
CHANGE_FROM_BEFORE_RE = re.compile(
    rf"(?:{kw('giam')}|{kw('tang')}|{kw('dieu chinh')}|{kw('nang')}|{kw('ha')}|{kw('thay doi')}|{kw('rut ngan')})"
    rf"(?:\s+[a-z]+){{0,5}}\s+{kw('tu')}\s*$")
CHANGE_TO_AFTER_RE = re.compile(rf"[^.;]{{0,40}}?(?<![a-z])(?:{kw('xuong')}|{kw('len')}|{kw('thanh')})\s+(?:{kw('con')}\s+|{kw('muc')}\s+)?\d")
# … and the old figure of a change written without its verb: "Rút ngắn thời gian giải quyết TTHC: từ 10 ngày làm
# việc thành 09 ngày làm việc", "từ 20 ngày còn 15 ngày", "từ 60 ngày xuống còn 30 ngày" (2842/QĐ-UBND TP.HCM):
# "từ X" right before "thành / còn / xuống / lên Y" names what the rule was.
# (session 29) A sentence stating a quota and its split: "Tổng chỉ tiêu tuyển dụng công chức năm 2027 là 186 chỉ tiêu,
# trong đó: các cơ quan chuyên môn thuộc UBND tỉnh 74 chỉ tiêu; UBND các xã, phường 112 chỉ tiêu" (a Sở Nội vụ's
# notice) — its figures counted in "chỉ tiêu" are the quota's places, not how many items a list holds (folded; matched
# at the sentence's start)
# (tgt53, tbl53b) … "Tổng số chỉ tiêu tuyển dụng: 40 chỉ tiêu, tại các trường …" (a huyện's Thông báo tuyển dụng, t52-08): "số"
# before "chỉ tiêu" only where a recruitment's word follows ("tuyển dụng", "tuyển sinh", "tuyển quân"), so a report's
# "Tổng số chỉ tiêu kinh tế - xã hội: 22 chỉ tiêu" still counts a list's items
QUOTA_OPENING_RE = re.compile(rf"\s*(?:{kw('tong')}\s+)?(?:{kw('so')}\s+{kw('chi tieu')}\s+{kw('tuyen')}\s|"
                              rf"{kw('chi tieu')}\s+(?!{kw('cu the')}|{kw('chu yeu')})[a-z])")
# (session 29) "trở lên" a few words after a counted item's noun, closing a "từ N …" threshold: "người đứng đầu các cơ
# quan, đơn vị có từ 03 nhiệm vụ quá hạn trở lên" (a Công văn đôn đốc) — a floor a rule sets, not how many items a
# list holds (folded; matched at the noun's end)
UPWARD_NEXT_RE = re.compile(rf"\s*{kw('tro len')}")  # … right after a measure: "từ 10 ha trở lên"
# (real38) The reach of a case across territorial units, "trên địa bàn từ hai xã trở lên", "dự án đi qua từ 02 huyện trở
# lên", "(thuộc địa bàn từ 2 phường trở lên)": it says which case a competence or a procedure is for (the province's
# where the matter spans several xã, the xã's where it lies in one), no figure to reach (folded, before the figure; the
# unit one of TERRITORIAL_UNITS, "trở lên" after it) — the labels of fresh3 count none in a procedure list's names
TERRITORY_REACH_BEFORE_RE = re.compile(rf"(?:{kw('dia ban')}|{kw('pham vi')}|{kw('di qua')}|{kw('nam tren')}|{kw('lien quan')})"
                                       rf"(?:\s+{kw('cua')})?\s+{kw('tu')}\s*$")
TERRITORIAL_UNITS = frozenset({*ADMIN_LEVELS, "dia phuong", "don vi hanh chinh", "thon", "to dan pho"})
UPWARD_AFTER_RE = re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+{kw('tro len')}")
# (tgt34c) … after a rate's base: "tỷ lệ người dân tham gia hiến máu đạt 1,5% dân số trở lên" — the share of the
# population, at least (folded, from the "%"; up to two words of the base, then "trở lên")
# (tgt45b) … or a longer base opened by "số" (the count of a kind, the whole of the share): "Phấn đấu 75% số hộ gia
# đình trở lên được công nhận …", "90% số chi bộ trực thuộc trở lên" — the share of that count, at least
RATE_BASE_UP_AFTER_RE = re.compile(rf"(?:\s+{kw('so')}(?:\s+[a-z]+){{1,4}}?|(?:\s+[a-z]+){{1,2}}?)(?=\s+{kw('tro len')})")
FROM_AT_END_RE = re.compile(rf"(?<![a-z]){kw('tu')}\s*$")  # "… từ" right before the old figure
# (tbl56t) The old figure's time may stand between it and the new one, and the new one keep its bound: "từ 11,80% đầu năm
# xuống còn dưới 8,3% vào cuối năm 2040" (t55-04: the rate the huyện starts from, no floor; the labels count the 8,3%)
CHANGE_NEW_AFTER_RE = re.compile(
    rf"(?:\s+(?:{kw('dau')}|{kw('cuoi')})\s+{kw('nam')}(?:\s+20\d\d)?|\s+{kw('nam')}\s+20\d\d)?"
    rf"\s*(?:{kw('thanh')}|{kw('xuong')}(?:\s+{kw('con')})?|{kw('con')}|{kw('len')})\s+(?:{kw('muc')}\s+)?"
    rf"(?:(?:{kw('duoi')}|{kw('tren')}|{kw('khong qua')})\s+)?\d")
# The new figure of that change: "… từ 10 ngày thành 06 ngày làm việc" — the new rule (a time limit: a maximum);
# not "hoàn thành 02 công trình" (637/TB-VPCP: "từ nay đến … hoàn thành 02 công trình").
CHANGE_TO_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('tu')}\s+{NUMBER}\s*%?(?:\s+[a-z]+){{0,4}}?\s+"
    rf"(?:(?<!hoan )(?<!tro )(?<!khanh ){kw('thanh')}|{kw('xuong')}(?:\s+{kw('con')})?|{kw('con')}|{kw('len')})(?:\s+{kw('muc')})?\s*$")
# (tgt44b) A share of people before an age in its sentence, no clause's end between ("100% hội viên là cha, mẹ có con
# dưới 16 tuổi"): the age says who the share counts (folded; searched up to the age)
SHARE_OF_GROUP_BEFORE_RE = re.compile(r"\d\s*%[^;:.\n\d]{0,80}$")
# … unless the age is a bound a rule sets on the members: opened by a bound word ("100% thành viên là đoàn viên, không
# quá 30 tuổi", "từ đủ 18 tuổi"), not the "dưới"/"trên" that names a group; or labelled "tuổi đời" (then
# ``limit_words.AGE_LABEL_BEFORE_RE``); folded, at the age's start
AGE_RULE_BOUND_RE = re.compile(rf"(?:{kw('khong qua')}|{kw('toi da')}|{kw('tu du')})(?![a-z])")
# (tgt44b) A clause opening with the aim ("Phấn đấu có từ 80% số hộ trở lên đạt …", "- Phấn đấu đến năm 2035 có ít nhất
# …"): what follows is to be reached, no case a rule is for (folded, from the clause's start, a list label first)
STRIVE_OPENING_RE = re.compile(rf"[\s\-+•*]*(?:\d{{1,2}}[.)]\s*)?{kw('phan dau')}(?![a-z])")
# (tgt44b) The outcome of a vote or a review and the case it turns on, from "kết quả" to the figure: "kết quả được xác
# định khi có trên 50% …", "kết quả được công nhận nếu đạt từ 2/3 …" (folded; a rule's words, no year, no result's figure)
# (tgt45b: what the outcome is of may take more words, "Kết quả xếp loại đảng viên của chi bộ thực hiện khi có trên 50%
# …", a43-08 — up to ten)
OUTCOME_CASE_AFTER_RE = re.compile(rf"{kw('ket qua')}(?:\s+[a-z]+){{0,10}}?\s+(?:{kw('khi')}|{kw('neu')})(?:\s+[a-z]+){{0,3}}\s*")
# (tgt44b) "qua" after a span as the way a thing goes, a noun after it: "trả góp tối đa 12 tháng qua hóa đơn tiền
# nước", "… qua tài khoản" — not the look back of "trong 3 năm qua" (its clause ends there); folded, after the unit
BY_WAY_OF_AFTER_RE = re.compile(rf"\s*{kw('qua')}\s+(?!{kw('va')}\b|{kw('da')}\b|{kw('cho')}\b|{kw('thi')}\b)[a-z]")
# (tgt44b) The size of a change, in brackets right after the figure it changes: "Chi đầu tư phát triển: 24.480 triệu
# đồng (tăng 5.880 triệu đồng)", "đạt 70% trở lên (tăng 8,5% so với năm 2030)": the new figure is the one set, the
# step follows from it and the old one (the labels leave it, or keep it in the figure's scope: t37-04, t43-05)
# (folded, from a digit before the bracket, a unit's few words between)
CHANGE_ASIDE_BEFORE_RE = re.compile(
    rf"\d[^()\n\d;]{{0,25}}\(\s*(?:{kw('dieu chinh')}\s+)?(?:{kw('tang')}|{kw('giam')})(?:\s+(?:{kw('them')}|{kw('bot')}))?\s*$")
# A count over its whole ("19/19 thôn", "22/24 thôn, tổ dân phố", targets._count_of_total): a whole of a handful or
# fewer ("2/3", "3/4", "4/5 thành viên") is a fraction's, a share; so is a figure over "tổng số", "số" (folded nouns)
FRACTION_MAX_WHOLE = 5
SHARE_OF_WHOLE_NOUN_RE = re.compile(r"(?:tong so|so|phan|trong so)(?![a-z])")
# The same figure again in another unit, in brackets: "6,24%/năm (0,52%/tháng)" (2553/QĐ-TTg).
EQUIVALENT_BEFORE_RE = re.compile(r"\d\s*%\s*(?:/\s*[a-z]+)?\s*\(\s*$")
# (tgt31b) A sum's rough share of the whole said right after it: "Dự phòng ngân sách: 3.315 triệu đồng, bằng khoảng 2,1%
# tổng chi ngân sách phường" (a29-02) — the sum again as an approximate share, no figure of its own (folded, before the
# percentage); an exact one is the rule's ratio, "Dự phòng ngân sách: 545.750 triệu đồng, bằng 2% tổng chi cân đối" (t24-09)
SUM_AS_SHARE_BEFORE_RE = re.compile(
    rf"\d\s*(?:nghin\s+|trieu\s+|ty\s+)?dong\s*,\s*(?:{kw('bang')}|{kw('tuong duong')}|{kw('chiem')})\s+{kw('khoang')}\s*$")

# Between two figures of one measure that share a bound: "Khác mạng: tối thiểu 120 m trong khu vực đô thị, 250 m ngoài
# khu vực đô thị" (72/2025/QĐ-UBND Bắc Ninh) — a place for each, a comma, no new clause or figure.
# (tgt36a) … or the place named for each and "và" before the next: "nền đường rộng tối thiểu 5,0 m đối với trục thôn và 4,0 m
# đối với ngõ xóm" (a rural-roads plan's technical standard, t35-03)
MEASURE_LIST_GAP_RE = re.compile(r"[^.;:()\d\n]{0,40}(?:,\s*|\s(?:va|hoac)\s+)|\s*(?:,|\s(?:va|hoac))\s*")
# … or a count in words with its digits in brackets: "tối thiểu hai (02) doanh nghiệp viễn thông" (72/2025/QĐ-UBND Bắc Ninh).
DIGITS_AGAIN_AFTER_RE = re.compile(r"\s*\(\s*(?P<w>\d{1,3})\s*\)")

# A time limit opening the main clause after a case: "Trường hợp khắc phục bằng phương án ngầm hóa, trong thời hạn
# 10 (mười) ngày kể từ ngày xảy ra sự cố, doanh nghiệp viễn thông phải lập phương án" (72/2025/QĐ-UBND Bắc Ninh) —
# the case says when, the limit is the rule.
LIMIT_OPENING_RE = re.compile(rf"\s*(?:{kw('trong thoi han')}|{kw('trong vong')}|{kw('trong thoi gian')}|{kw('cham nhat')}(?:\s+{kw('la')})?)\s*$")

# The aim itself: "phấn đấu" (0204/KH-UBND: "phấn đấu đạt 100% kế hoạch" among the year's results); a requirement
# "phải đạt" alike (t21-09: under "5. Về tình hình thực hiện các nhiệm vụ được giao", the Chủ tịch's "từ năm 2027, tỷ
# lệ nhiệm vụ hoàn thành đúng hạn … phải đạt ít nhất 95%" — what must be reached, never what was).
STRIVE_RE = re.compile(rf"{kw('phan dau')}|{kw('phai dat')}(?![a-z])")
# (session 28) … and a goal named among results, its figure after a floor or a cap: "Việc chậm trễ nêu trên ảnh hưởng
# đến tiến độ chung của tỉnh trong thực hiện mục tiêu mỗi người dân được khám sức khỏe định kỳ … ít nhất 01 lần/năm"
# (a Sở Y tế's công văn đôn đốc, t27-05, under "Tình hình thực hiện") — the goal, not a result reached (folded).
GOAL_NAMED_RE = re.compile(rf"{kw('muc tieu')}")

# The band of a case a rule applies to: "Mức chi theo tuần áp dụng đối với chuyên gia tư vấn làm việc từ 06 ngày trở lên
# nhưng không đủ một tháng", and the items under "… áp dụng đối với chuyên gia tư vấn thuộc một trong các trường hợp sau
# đây: | a) Chuyên gia tư vấn … có từ 08 năm kinh nghiệm trở lên …" (77/2025/NQ-HĐND): who the level is for, no target
# (as "Đối với người làm việc tại hội từ 05 năm trở lên:" in 72/2025/NQ-HĐND).
APPLIES_TO_BEFORE_RE = re.compile(rf"{kw('ap dung doi voi')}(?![a-z])[^;:()]*$")
CASES_LEAD_RE = re.compile(rf"(?:{kw('truong hop sau')}(?:\s+{kw('day')})?|{kw('ap dung doi voi')}[^.;:]*)\s*:\s*$")

# "trên" as "on" before a count of media: "Sản xuất các tin, bài, phóng sự … trên 04 loại hình báo chí" (179/KH-UBND:
# the four kinds of press, not more than four); an aim ("đạt trên 5 kênh") stays a minimum.
MEDIA_NOUN_RE = re.compile(r"(?:loai hinh bao|kenh|nen tang|phuong tien (?:thong tin|truyen thong)|trang mang)")
# (tbl56t) … and "trên" as "on" before a count its colon then lists one by one: "xây dựng mô hình "Dân vận khéo" trên 04
# lĩnh vực: phát triển kinh tế, …; văn hóa - xã hội, …; …" (t55-07: "'04 lĩnh vực' names the scope, not a goal"): the
# fields named, not more than four (folded, right after the count's noun)
FIELDS_LISTED_AFTER_RE = re.compile(r"[ \t]*:[ \t]*[^\s\d]")

# A forecast is a premise, not an aim: "dự báo tốc độ tăng trưởng GRDP của tỉnh giai đoạn 2026 - 2030 khoảng từ 10 -
# 10,5%/năm" (0204/KH-UBND, section "Dự báo những tác động"); the plan's own indicators under a heading "Dự báo các
# chỉ tiêu …" are no forecast of this kind (the verb names what is forecast: a speed, a situation, a trend).
# A weather bulletin's words are a forecast too: "Theo bản tin của Đài Khí tượng Thủy văn tỉnh …, xảy ra đợt rét đậm …,
# khả năng kéo dài từ 08 đến 10 ngày" (a Công điện on a cold spell, tune19).
FORECAST_BEFORE_RE = re.compile(
    rf"(?:{kw('du bao')}\s+(?:{kw('toc do')}|{kw('tinh hinh')}|{kw('xu huong')}|{kw('tang truong')}|{kw('kha nang')})"
    rf"|{kw('theo ban tin')}|{kw('kha nang keo dai')}"
    # (session 31) a forecaster's outlook: "Theo nhận định của Đài Khí tượng Thủy văn tỉnh, … có khả năng xuất hiện từ
    # 03 đến 05 đợt không khí lạnh" (a Sở's letter on a cold spell, t24-04)
    rf"|{kw('theo nhan dinh')}|{kw('co kha nang xuat hien')})(?![a-z])[^;:]*$"
)

# (tgt50) How many people a plan expects to reach or to come, an estimate, no goal: "Dự kiến đối tượng năm 2037: trẻ
# dưới 1 tuổi 286 trẻ; trẻ 18 tháng tuổi 301 trẻ; phụ nữ có thai 292 người" (a48-03, under its "Chỉ tiêu cụ thể"), "…
# không phân biệt tiền sử tiêm chủng (dự kiến 186.400 trẻ)" (t29-03), "(dự kiến khoảng 390 công dân)" (t30-09), "dự kiến
# 120 đại biểu" (t32-02), "dôi dư sau sắp xếp dự kiến là 12 người" (t36-09), "(dự kiến khoảng 500 người)" (a34-08): the
# labels count none of them (8 documents: a48-03, t29-03, t30-09, t32-02, t36-09, a36-09, t44-02, a34-08); an estimate
# with a verb of what the plan does to them is its task's amount and stays ("dự kiến sơ tán 312 hộ", a31-08; "Dự kiến
# xã giao 21 công dân", a47-05: both labelled). Two leads, folded, up to the figure: a head naming the expected people
# ("Dự kiến (số) đối tượng …:", the groups listed after its colon) and "dự kiến" right before the figure, "khoảng" /
# "là" between; the figure's unit one of :data:`EXPECTED_PEOPLE_UNITS`.
EXPECTED_PEOPLE_LEAD_RE = re.compile(
    rf"{kw('du kien')}\s+(?:{kw('so')}\s+)?(?:{kw('luong')}\s+)?{kw('doi tuong')}(?![a-z])[^.;:\n]{{0,40}}:[^.:]{{0,200}}$"
    rf"|{kw('du kien')}\s*:?\s*(?:(?:{kw('khoang')}|{kw('la')})\s+){{0,2}}$")
#: (fixrev50) … but not a quota the plan sets and labels before the colon: "Chỉ tiêu tuyển sinh lớp 10 năm học 2031 -
#: 2032: dự kiến 450 học sinh", "Tuyển quân năm 2031: dự kiến 25 công dân", "Kết nạp đảng viên: dự kiến 12 đồng chí" —
#: the label (the line's or sentence's words up to the colon) holds an aim word or the plan's own act (chỉ tiêu, mục
#: tiêu, phấn đấu, tuyển sinh / quân / dụng, giao quân, kết nạp), "dự kiến" only hedges the figure it sets. A bracket
#: or a head naming the expected people has no such label and stays an estimate. (No older set prints this form:
#: a grep of authored15–48, tune17–48 and the realdocs finds none either way; the quotas were targets before tgt50.)
AIMED_ESTIMATE_LABEL_RE = re.compile(
    rf"(?:{kw('chi tieu')}|{kw('muc tieu')}|{kw('phan dau')}|{kw('tuyen')}\s+(?:{kw('sinh')}|{kw('quan')}|{kw('dung')})"
    rf"|{kw('giao quan')}|{kw('ket nap')})(?![a-z])[^.;:\n]{{0,80}}:\s*{kw('du kien')}\s*:?\s*(?:(?:{kw('khoang')}|{kw('la')})\s+){{0,2}}$")
#: the people such an estimate counts (folded, the unit's first words)
EXPECTED_PEOPLE_UNITS = ("nguoi", "tre", "doi tuong", "dai bieu", "cong dan", "luot nguoi", "phu nu", "hoc sinh",
                         "dang vien", "hoi vien", "doan vien", "thi sinh", "benh nhan")

# The temperature at which a rule of a cold- or heat-spell order applies: "không sử dụng trâu, bò cày kéo khi nhiệt độ
# dưới 10°C", "học sinh mầm non, tiểu học nghỉ học khi nhiệt độ ngoài trời dưới 10°C", "không gieo cấy khi nhiệt độ
# trung bình ngày dưới 15°C" (a Công điện of a Chủ tịch UBND tỉnh, tune19: the labels count each as a bound, max only).
# A measure needs a firm bound to be read (``targets._firm_bound_before``); "dưới" after "khi nhiệt độ …" is one here.
TEMPERATURE_RULE_BEFORE_RE = re.compile(
    rf"{kw('khi nhiet do')}(?:\s+[a-z]+){{0,4}}?\s+(?:{kw('xuong')}\s+)?(?:{kw('duoi')}|{kw('thap hon')}|{kw('tren')}|{kw('cao hon')}"
    rf"|{kw('vuot qua')})\s*$")

# (tgt32c) … and said again after a semicolon, "khi nhiệt độ" left out: "khi nhiệt độ ngoài trời dưới 10°C, học sinh
# mầm non và tiểu học được nghỉ học; dưới 7°C, học sinh trung học cơ sở được nghỉ học" (t31-01: both thresholds labelled)
TEMPERATURE_RULE_AGAIN_BEFORE_RE = re.compile(
    rf"{kw('khi nhiet do')}(?:[^.;\n]|\n(?![ \t]*\n)){{0,160}};\s*(?:{kw('duoi')}|{kw('thap hon')}|{kw('tren')}|{kw('cao hon')})\s*$")

# … and when the rule opens with it ("khi nhiệt độ ngoài trời dưới 7 độ C, cho học sinh mầm non, tiểu học nghỉ học", a
# Công điện, a25-02), the clause after it says what to do: leave off, stop, keep from ("cho … nghỉ", "không …",
# "tạm dừng …", "ngừng …"); a clause that describes ("…, các đợt rét kéo dài") is a forecast, no rule
TEMPERATURE_RULE_THEN_RE = re.compile(
    rf"\s*,\s*(?:{kw('cho')}|{kw('khong')}|{kw('tam dung')}|{kw('tam hoan')}|{kw('dung')}|{kw('ngung')}|{kw('nghi')}"
    rf"|{kw('hoan')}|{kw('phai')}|{kw('yeu cau')}|{kw('dieu chinh')}|{kw('thuc hien')}|{kw('to chuc')})(?![a-z])"
    # (tgt32c) … or who is let off, named first: "khi nhiệt độ ngoài trời dưới 10°C, học sinh mầm non và tiểu học được
    # nghỉ học" (a Công điện on a cold spell, t31-01)
    rf"|\s*,\s*[^,;:.()\d\n]{{0,60}}?\s{kw('duoc')}\s+{kw('nghi')}(?![a-z])"
    # (tgt33a) … or with no comma at all, "cho" opening the let-off right after the degrees: "khi nhiệt độ ngoài trời
    # dưới 7 độ C cho trẻ mầm non, học sinh tiểu học nghỉ học" (a Công điện on a cold spell, a31-01)
    rf"|[ \t]+{kw('cho')}[ \t]+[^;:.()\d\n]{{0,80}}?\s{kw('nghi')}(?![a-z])")

# A measure that describes what the target is about, not a figure to reach: "Tỷ lệ người sử dụng có khả năng truy cập
# băng rộng cố định với tốc độ 01 Gb/s đạt 100%" (144/KH-UBND) — the target is the 100%.
MEASURE_DESCRIPTOR_BEFORE_RE = re.compile(
    rf"(?:{kw('toc do')}|{kw('dung luong')}|{kw('bang thong')}|{kw('cong suat')}|{kw('kich thuoc')})\s*$"
)

# A time limit in the main clause after a case's comma: "Trường hợp được quy định tại Khoản 2 Điều này, chủ quản dữ liệu …
# thông báo cho cơ quan, tổ chức khai thác dữ liệu trong thời gian chậm nhất 1 ngày kể từ thời điểm xác định vi phạm"
# (384-QĐ/TW): the case says when, the limit is the rule ("nếu … không khắc phục được … trong vòng 30 ngày", with no comma
# between, stays the condition).
# (tgt41c) … or a cap put on the main clause's time straight before the figure: "Khi phát hiện cháy, lực lượng tại chỗ
# có mặt tại hiện trường không quá 30 phút" (t40-05) — the event says when the clock starts, the cap is the rule (the
# labels README's relative time limits)
TIME_LIMIT_CUE_RE = re.compile(
    rf"(?:{kw('trong thoi han')}|{kw('trong vong')}|{kw('trong thoi gian')}|{kw('cham nhat')})"
    rf"(?:\s+(?:{kw('la')}|{kw('khong qua')}|{kw('toi da')}|{kw('cham nhat')}))*\s*$"
    rf"|(?<![a-z])(?:{kw('khong qua')}|{kw('toi da')}|{kw('khong vuot qua')})\s*$"
)

# A band that names a class of cases: "lưu lượng từ 200 m3 đến dưới 500 m3/ngày đêm" (1949/QĐ-UBND), "từ 10 năm đến dưới
# 15 năm kinh nghiệm" (77/2025/NQ-HĐND), "từ 02 năm đến dưới 05 năm" (72/2025/NQ-HĐND): "đến dưới" closes a class, no aim.
BAND_END_AFTER_RE = re.compile(rf"[^\d.;:\n]{{0,25}}?(?<![a-z]){kw('den duoi')}\s+\d")
# … also inside one range read at once: "Xã có tỷ lệ người dân tộc thiểu số từ 50% đến dưới 70% tổng dân số" (a class).
BAND_SEP_RE = re.compile(rf"(?<![a-z]){kw('den duoi')}(?![a-z])")
# … but a band a grade requires the score to reach is a bound of it: "Hoàn thành tốt nhiệm vụ: đạt từ 75 đến dưới 90
# điểm" (a Hội Liên hiệp Phụ nữ's Hướng dẫn on xếp loại, tune19: the labels give min 75, max 90, as its "đạt từ 90 điểm
# trở lên" and "dưới 50 điểm") — "đạt" right before the band's "từ".
REACHED_BAND_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dat')}\s+{kw('tu')}\s*$")
# (tgt37a) … and so is a band the body owns that heads a rule line, "có" before it and a colon after its unit: "- Chi bộ
# có từ 09 đến dưới 30 đảng viên chính thức: bầu 03 chi ủy viên" (a Đảng ủy xã's congress plan, a35-01: min 9, max 30,
# as its "Chi bộ dưới 9 đảng viên chính thức:" and "Chi bộ có từ 30 … trở lên:" are read) — the size threshold a rule
# acts from. Not a band of a case with no owner ("Từ 100 đến dưới 500 thí sinh: 400.000 đồng/thí sinh", a32-07), nor
# one the sentence runs on after ("Hội viên có từ 10 năm đến dưới 15 năm sinh hoạt Hội được tặng giấy khen": who gets
# the award). Folded: ``OWNED_BAND_FROM_BEFORE_RE`` right before the band, ``RULE_COLON_AFTER_RE`` after its unit.
OWNED_BAND_FROM_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('co')}\s+(?:{kw('tu')}|{kw('tren')})\s*$")
# (tgt43d) … or owned by a scenario a response plan labels, its line opening "Kịch bản 2 –", "Cấp độ 3 -", "Phương án 1
# –" and the measure's band before the rule's colon: "**2. Kịch bản 2 – độ mặn từ 1‰ đến dưới 4‰:** đóng các cống …"
# (a drought and salinity plan, t42-05: min 1, max 4, as its "Kịch bản 1 – … dưới 1‰:" and "Kịch bản 3 – … từ 4‰ trở
# lên" are read) — the threshold band the scenario acts in (folded, from the line's start)
SCENARIO_LABEL_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?[ \t*_]*(?:{kw('kich ban')}|{kw('cap do')}|{kw('phuong an')}"
    rf"|{kw('tinh huong')})[ \t]+(?:\d{{1,2}}|[ivx]{{1,4}})[ \t]*[-–:][^\n:;]{{0,60}}$")
RULE_COLON_AFTER_RE = re.compile(r"(?:\s+[a-z\u0111]+){0,3}[ \t*_]*:")  # (the unit's last words: "đảng viên ⏎ chính thức:")
# … and its upper end after the first figure's unit, the unit printed again: "đạt từ 70 điểm đến dưới 90 điểm" (a Ban Tổ
# chức's Hướng dẫn on xếp loại, a28-08: min 70, max 90); the same noun after it is checked by ``targets``
BAND_REPEAT_AFTER_RE = re.compile(rf"[ \t]*{kw('den duoi')}[ \t]+(?P<b>{NUMBER})[ \t]*")
BAND_START_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tu')}\s+[\d.,]+[^\d.;:\n]{{0,25}}?(?<![a-z]){kw('den duoi')}\s*$")

# The time limit a procedure states: "Riêng đối với trường hợp công trình … là hồ chứa, đập dâng thời hạn giải quyết là 28
# ngày" (1949/QĐ-UBND) → at most 28 ngày.
SETTLE_LIMIT_BEFORE_RE = re.compile(rf"{kw('thoi han')}\s+{kw('giai quyet')}(?:\s+{kw('la')})?\s*:?\s*$")
# The time a body has to handle a case, counted from its receipt: "Thời gian xử lý và trả lời phản ánh kiến nghị là
# 07 ngày kể từ ngày tiếp nhận trên Ứng dụng" (78/2025/QĐ-UBND of Bắc Ninh) → at most 07 ngày; read only with the
# "kể từ …" after the unit (a plan's "thời gian thực hiện là 12 tháng" is its span, not a limit).
PROCESS_LIMIT_BEFORE_RE = re.compile(
    rf"(?:{kw('thoi han')}|{kw('thoi gian')})\s+(?:{kw('giai quyet')}|{kw('xu ly')}|{kw('tra loi')}|{kw('tham dinh')})"
    rf"[^.;:]{{0,60}}?(?<![a-z]){kw('la')}\s*$")
# ("năm" too: "thời hiệu khởi kiện là 02 năm kể từ ngày …")
TIME_WORD_AFTER_RE = re.compile(rf"\s*(?:{kw('ngay lam viec')}|{kw('ngay')}|{kw('thang')}|{kw('gio')}|{kw('tuan')}|{kw('nam')})(?![a-z])")
# … and the cells of a table column so named: "TT | Tên thủ tục hành chính | Thời hạn giải quyết | …", then a row's
# cell "14 ngày" (1949/QĐ-UBND, Phụ lục I): a time limit with no bound word; read only in a procedure appendix whose
# header line is that column's name, and only for a cell that opens its line.
LIMIT_COLUMN_RE = re.compile(rf"\n[ \t*_]*{kw('thoi han giai quyet')}[ \t*_]*\n")

# A fee scale is no target: "- Trên 01 đến 10 tỷ đồng mức thu phí là 10 triệu đồng + (0,5% x phần tổng chi phí trên 1 tỷ
# đồng)" (01779/QĐ-UBND, 1505/QĐ-UBND): the tiers are classes of cost, the formula's figures its terms.
TARIFF_NEAR_RE = re.compile(rf"{kw('muc thu')}|{kw('thu phi')}|{kw('le phi')}|{kw('muc phi')}|\d\s*%\s*[x×*]\s")

# A figure inside an arithmetic formula is a term of a computation, not a bound: "10 triệu đồng + (0,5% x ⏎ phần tổng
# chi phí trên 1 tỷ đồng)" (2859/QĐ-UBND, check6) — wherever the fee scale stands, not only in a procedure appendix.
# Searched in the figure's sentence up to it: a product "N% x" and no sentence end, ";" or ")" between.
# A figure with "+", "×" or "=" and another figure beside it is a term or the result of a sum worked out: "Tỷ lệ %
# lương hưu của ông A là: 45% + 10% + 1% = 56%" (a "=" OCR read for "≥" is "≥" again here: ocr.stray_marks.floor_signs).
# (tgt36b) … the product's sign printed as the letter "x": "46 mét x 7.800.000 đồng/mét = 358.800.000 đồng" (a34-07)
ARITHMETIC_AFTER_RE = re.compile(r"[ \t]*(?:[+×*]|=|x(?=[ \t]+\d))[ \t]*\(?[ \t]*\d")
ARITHMETIC_BEFORE_RE = re.compile(r"\d[\d.,]*[ \t]*%?[ \t]*\)?[ \t]*(?:[+×*]|=)[ \t]*$")
# … also a count with its unit: "được tính là 6 năm x 400.000 đồng = 2.400.000 đồng" (a worked computation).
# (tgt43b) The sign "x" is a word of its own: the last letter of a word ("02 HTX và 03 THT", folded "htx") is no product.
FORMULA_BEFORE_RE = re.compile(r"\d(?:\s*%|\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:(?<![a-z])x|[×*])\s+(?:[^.;()]|\.(?=\d))*$")

# (tgt44b) … but a count times the level per each of its items, no result worked out after it: "Học sinh nghèo vượt khó:
# 40 suất × 1.000.000 đồng/suất", "Hỗ trợ dàn dựng: 15 đơn vị x 2.000.000 đồng/đơn vị" — how many and at what level
# the plan gives (the level a norm: a42-04, t43-04), no computation; with "= …" after it the line works out a budget
# (a34-07, a34-10: no target). Folded; the level's noun repeats the count's.
#: … the nouns of items handed out, whose count there is set too ("40 suất", "03 giải"; folded, whole)
HANDED_OUT_NOUN_RE = re.compile(r"suat(?:\s+qua)?|phan\s+qua|giai(?:\s+[a-z]+)?|hoc\s+bong")
COUNT_TIMES_LEVEL_RE = re.compile(
    rf"(?<![\d.,])\d[\d.,]*\s+(?P<noun>[a-z]+(?:\s+[a-z]+){{0,3}})\s*(?:(?<![a-z])x|[×*])\s*\d[\d.,]*\s*"
    rf"(?:(?:trieu|nghin|ngan|ty)\s+)?dong\s*/\s*(?P=noun)(?![a-z])(?![^\n;=]*=)")

# The reason a plan gives is a fact, not a limit: "Lý do: Trong 05 năm liên tục không phát sinh hồ sơ" (2813/QĐ-UBND,
# check6: a procedure's simplification plan). The label opens the figure's line or clause.
REASON_LABEL_RE = re.compile(rf"(?<![a-z]){kw('ly do')}\s*:[^:;]*$")

# A definition by an attribute ("X là Y có" + attribute … bound) says which things are meant: "Dân tộc có khó khăn đặc thù
# là dân tộc có dân số trong phạm vi toàn quốc dưới 10.000 người" (2665/QĐ-UBND, check6) names a class of peoples, no aim.
# A threshold that is itself the rule ("Dự án nhà ở xã hội độc lập có quy mô dân số từ 4.000 người trở lên", 70/2025/NQ-HĐND)
# has no "là" before it; an aim word ("đạt", "phấn đấu") keeps it (checked by the caller with TARGET_CUE_RE).
ATTRIBUTE_CLASS_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('la')}\s+(?:[a-z]+\s+){{1,4}}c[o6]\s+(?:{kw('dan so')}|{kw('quy mo')}|{kw('dien tich')}|{kw('doanh thu')}|{kw('von dieu le')}|{kw('so lao dong')})"
    rf"[^.;:()]{{0,60}}$"
)

# A size class inside the scope of a percentage read before it: "Bảo đảm 100% bếp ăn tập thể của các doanh nghiệp có từ 30
# người lao động trở lên trên địa bàn được kiểm tra" (a UBND tỉnh's Chỉ thị, a18-01) — "có từ 30 người … trở lên" says
# which kitchens the 100% counts, it sets nothing (folded; from the clause's start to the figure: the percentage, the
# things it counts, "có" and the class's bound word).
# (session 22) … and a measure named between "có" and the bound: "100% tàu cá có chiều dài từ 15 m trở lên lắp đặt …
# thiết bị giám sát hành trình" (a Bộ's plan, a20-03) — the vessels' length says which vessels the 100% counts (up to
# four words of the measure: "chiều dài", "tổng công suất", "diện tích sàn").
# (tg25c) … and "ít nhất"/"tối thiểu" as the class's bound: "100% hộ gia đình trên địa bàn xã có ít nhất 01 thành viên sử
# dụng thành thạo dịch vụ công trực tuyến" (a Đảng ủy xã's Kết luận, t25-01): which households the 100% counts.
# (tgt30c) Not when "và"/"hoặc" follows the percentage (after its "trở lên"): "tỷ lệ hội viên sinh hoạt đạt từ 80% trở
# lên và có ít nhất 01 hoạt động hỗ trợ hội viên" (t29-08's rank condition) joins a second requirement, no class of
# the share's things — the percentage counts nothing after it.
_SHARE_THINGS = rf"\d\s*%\s+(?!(?:{kw('tro len')}\s+)?(?:{kw('va')}|{kw('hoac')})\s)"
# (tgt35b) … and the whole a share covers, counted right after its noun, the act on it after: "100% khối tài liệu tồn
# đọng 86 mét giá được chỉnh lý hoàn chỉnh" (an archives plan, t34-07) — which things the 100% is of, no count set of
# its own (folded; the share and its noun's words before the figure, no clause break; the act after the unit)
SHARE_WHOLE_BEFORE_RE = re.compile(r"\d\s*%\s+(?:[a-z]+\s+){1,8}$")
SHARE_WHOLE_ACT_AFTER_RE = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}?{kw('duoc')}[ \t]+[a-z]")
# (tgt43b) "vượt" alone right before a percentage measured against a plan's figure: "tổng thu … đạt ít nhất 28.650
# triệu đồng, vượt 8% so với dự toán", "vượt 6% kế hoạch" — the excess the plan sets, an exact figure as "tăng 10% so với
# năm 2032" is; "đạt và vượt 10% dự toán" (reach or pass: a floor, t34-03), "vượt quá", "vượt trên", "vượt tối thiểu"
# stay bounds (folded: the words before the figure; the plan's figure after it)
BARE_EXCESS_BEFORE_RE = re.compile(r"(?<!dat va )(?<!dat hoac )(?<![a-z])vuot\s*$")
PLAN_BASE_AFTER_RE = re.compile(
    rf"\s*(?:{kw('so voi')}\s+)?(?:{kw('du toan')}|{kw('ke hoach')}|{kw('chi tieu')}|{kw('muc tieu')})(?![a-z])")
# (tgt35b) A nested heading naming the volume of work ("1. Khối lượng tài liệu" under "II. KHỐI LƯỢNG, CHỈ TIÊU", t34-07):
# its lines describe the work to do ("Tài liệu tồn đọng chưa chỉnh lý: 86 mét giá, ước lập khoảng 5.200 hồ sơ"), no
# target though the part above names the targets too (folded heading)
VOLUME_HEADING_RE = re.compile(rf"[\s*_]*(?:\d+(?:\.\d+)*[.)]\s*)?{kw('khoi luong')}(?![a-z])")
# (tgt36b) … but a line there whose label says the volume must be done: "- Hồ sơ công việc năm 2028 của các phòng, đơn vị
# phải nộp lưu vào Lưu trữ cơ quan: 3.280 hồ sơ" (a34-07): the amount the units owe, set (folded, the label's words)
VOLUME_OWED_LABEL_RE = re.compile(rf"(?<![a-z]){kw('phai')}\s+[a-z]")
# (tgt35b: up to six words between "có" and the bound, "100% tổ dân phố có vận động viên tham gia từ 03 môn trở lên")
CLASS_IN_SHARE_BEFORE_RE = re.compile(
    rf"{_SHARE_THINGS}(?:[a-z]+\s+){{1,14}}?c[o6]\s+(?:[a-z]+\s+){{0,6}}?(?:{kw('tu')}|{kw('tren')}|{kw('duoi')}|{kw('khong qua')})\s*$"
    # (the bound right after "có", no duty word before it: "… phải có kinh nghiệm ít nhất 03 năm" sets a rule)
    rf"|{_SHARE_THINGS}(?:(?!{kw('phai')}\s)[a-z]+\s+){{1,14}}?c[o6]\s+(?:{kw('it nhat')}|{kw('toi thieu')})\s*$")
# (tgt31c) A count inside the things a rate measures, the rate's figure after it: "Tỷ lệ phụ nữ mang thai được tầm soát ít
# nhất 04 bệnh tật bẩm sinh phổ biến nhất đạt từ 70% trở lên", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất
# 01 lần/năm đạt trên 80%" (a Kế hoạch on population work's numbered aims): the floor says which people the rate counts,
# the target is the percentage. Not "100% người dân được khám … ít nhất 01 lần/năm" (a25-03: the share stands before,
# the floor is an aim of its own). (folded: from the clause's "tỷ lệ" to the bound; from the figure to the rate's "đạt N%")
# (tgt32a) So is a bare count, a time or a lower count there: "Tỷ lệ trẻ từ 2 đến 3 tuổi tiêm đủ 3 mũi vắc xin viêm não
# Nhật Bản đạt từ 90% trở lên", "Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên (UV2+) đạt tối thiểu
# 90%", "Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh đạt tối thiểu 85%" (a Sở Y tế's
# plan, a30-04): the words between "tỷ lệ" and the figure may hold figures (the ages), the rate's "đạt" may carry its
# bound ("tối thiểu 85%") and a bracketed code may stand before it ("(UV2+)"). (tgt49t) The bound may be printed as a
# sign: "Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh đạt ≥ 85%" (a phường's vaccination
# plan, t48-03: the window is which newborns the rate counts; t23-09 and a30-04 label the rate alone), "đạt > 90%",
# "đạt không dưới 80%". (tgt50) … or as a legacy OCR reads the sign, "… uốn ván từ 2 mii trở lên (UV2+) đất =⏎90%",
# "đạt 2 95%" (a48-03 legacy), written "≥" again by the OCR stage (ocr.stray_marks.floor_signs).
#: (tgt49t) A floor in the word "một" after a share in its sentence: "Phấn đấu ít nhất 85% hộ gia đình trên địa bàn được
#: tiếp cận, phổ biến pháp luật bằng ít nhất một hình thức" (t48-01), "Phấn đấu 96,5% hộ gia đình … được tuyên truyền,
#: vận động tham gia ít nhất một mô hình" (a22-07), "100% nạn nhân … được tiếp cận ít nhất một trong các dịch vụ hỗ trợ"
#: (a46-10): how the share's people are reached, which the share counts, no aim of its own (the three sets label the
#: share alone; a floor in digits, "100% người dân được khám … ít nhất 01 lần/năm", stays one: a25-03). Folded: the
#: share, no clause mark but a comma after it, then the floor's word right before "một".
#: (tgt50) The sentence may wrap, as a legacy OCR's or a scan's page prints it ("… được phổ biến, tiếp ⏎ cận thông tin
#: pháp luật dưới ít nhất một hình thức", a48-01 legacy and scan): one line break, no blank line, goes on.
SHARE_THEN_ONE_FLOOR_RE = re.compile(rf"\d(?:[.,]\d+)?\s*%(?:[^;:.\n]|\n(?![ \t]*\n))*?(?:{kw('it nhat')}|{kw('toi thieu')})\s*$")
#: (tgt56) A debt's age, the class of debts meant: "Giảm ít nhất 25% số tiền nợ trên 90 ngày so với thời điểm
#: 31/12/2039", "lập danh sách người nộp thuế nợ trên 90 ngày" (a Chi cục Thuế's plan: a54-09 twice, t54-09 four times
#: unlabelled; t34-03's "cưỡng chế … đối với các trường hợp nợ trên 90 ngày" alone labels one) — how old the debts are,
#: no time set. Folded: "nợ" (its kind after it: "nợ thuế", "nợ đọng", "nợ quá hạn") and the bound word right before the
#: figure; the figure's unit a time (the caller).
DEBT_AGE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('no')}(?:\s+(?:{kw('thue')}|{kw('dong')}|{kw('qua han')}|{kw('xau')}))?"
                                rf"\s+(?:{kw('tren')}|{kw('qua')}|{kw('tu')}|{kw('duoi')})\s*$")
#: … but not a rule's case, "đối với các trường hợp nợ trên 90 ngày" (folded)
CASE_OF_DEBT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('truong hop')}\s+{kw('no')}\s")
RATE_THINGS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('ty le')}\s+(?:[a-z\d]+\s+){{1,14}}?"
                                   rf"(?:(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('du')}|{kw('tu')}|{kw('trong vong')})\s*)?$")
#: (tgt56) The words after the figure may hold another count of the same people's course, no share: "Tỷ lệ phụ nữ mang
#: thai được khám thai ít nhất 04 lần trong 03 thời kỳ thai nghén đạt 95%" (a54-06; a46-10's "ít nhất 4 lần trong 3 thai
#: kỳ" alike: both sets label the 95% alone) — a figure, whole, not followed by "%" or a decimal.
RATE_MEASURED_AFTER_RE = re.compile(rf"(?:\([^()\n]{{1,12}}\)|[^;:.\d%]|/|(?<!\d)\d{{1,3}}(?![\d.,]|\s*%)){{0,80}}?\s{kw('dat')}\s+"
                                    rf"(?:(?:{kw('tu')}|{kw('tren')}|{kw('toi thieu')}|{kw('it nhat')}|{kw('khong duoi')})\s+|{MIN_SIGN}\s*)?\d{{1,3}}(?:,\d+)?\s*%")
# (tgt31c) A quota set per class of place, the class by its size: "bảo đảm mỗi thôn có ít nhất 01 cộng tác viên, thôn
# trên 300 hộ bố trí 02 cộng tác viên" (a Kế hoạch on population work) — "trên 300 hộ" says which villages, no aim; the
# count "bố trí"/"có" gives them is the quota, exactly so many. (folded: the place noun and its bound before the class
# figure; the class's unit and the giving verb after it; the whole run before the quota's figure)
_SIZED_PLACE = rf"(?<![a-z])(?:{kw('thon')}|{kw('ap')}|{kw('ban')}|{kw('to dan pho')}|{kw('khu pho')}|{kw('xa')}|{kw('phuong')})"
_SIZE_BOUND = rf"(?:{kw('tren')}|{kw('duoi')}|{kw('tu')}|{kw('co tren')}|{kw('co tu')}|{kw('co duoi')})"
_QUOTA_GIVEN = rf"(?:{kw('thi')}\s+)?(?:{kw('duoc')}\s+)?(?:{kw('bo tri')}|{kw('co')})"
PLACE_CLASS_BEFORE_RE = re.compile(rf"{_SIZED_PLACE}\s+{_SIZE_BOUND}\s*$")
PLACE_CLASS_AFTER_RE = re.compile(rf"\s*{kw('ho')}\s+(?:{kw('tro len')}\s+)?{_QUOTA_GIVEN}\s+\d")
CLASS_QUOTA_BEFORE_RE = re.compile(rf"{_SIZED_PLACE}\s+{_SIZE_BOUND}\s+\d[\d.]*\s+{kw('ho')}\s+(?:{kw('tro len')}\s+)?{_QUOTA_GIVEN}\s+$")
# (tgt31c) School words that name, not count: the grades a share covers, listed ("100% học sinh lớp 3, ⏎ 4, 5 học Tiếng
# Anh 4 tiết/tuần": "4" and "5" are grades after "lớp 3,"), and full-day schooling, "học 2 buổi/ngày" (the name of the
# school's model of teaching, as "dạy học 2 buổi/ngày"; the share before it, "100% học sinh học 2 buổi/ngày", is the
# target). (folded: from "lớp"/"khối" to the figure; the verb before the figure, the "buổi/ngày" after it)
GRADE_LIST_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('lop')}|{kw('khoi')})\s+\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*(?:,|{kw('va')})\s*$")
DAY_MODEL_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('hoc')}|{kw('day')})\s*$")
DAY_MODEL_AFTER_RE = re.compile(rf"\s*{kw('buoi')}\s*/\s*{kw('ngay')}(?![a-z])")
# (session 22) Whom an act is for, by a measure they have: "kiểm điểm trách nhiệm đối với tập thể, cá nhân có tỷ lệ giải
# ngân vốn năm 2026 dưới 70% (nếu có)" (a Công văn đôn đốc, a20-04) — "đối với … có <measure> dưới/trên/từ" names which
# ones, the figure sets nothing (folded; from "đối với" to the figure, in its clause; the group "co" is "có" as printed,
# not the "cơ" of "cơ quan": "Mức độ hài lòng … đối với sự phục vụ của cơ quan hành chính đạt trên 90%" is an aim).
WHOM_BY_MEASURE_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('doi voi')}\s[^.;:()]{{1,60}}?(?<![a-z])(?P<co>c[o6])\s+[^.;:()]{{1,60}}?(?<![a-z])"
    rf"(?:{kw('tu')}|{kw('tren')}|{kw('duoi')}|{kw('thap hon')}|{kw('cao hon')})\s*$")

# (tgt38b) A share that is part of a land category's name: "quỹ đất công ích 5%", "đất công ích 5%" (the commune's public
# land, at most 5% of its farmland by law) — a kind of land named, no rate to reach (folded, right before the figure)
NAMED_LAND_SHARE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dat')}\s+{kw('cong ich')}\s*$")
# (tgt38b) … and which things a share counts, by a measure they have: "Tỷ lệ đơn vị máu có thể tích 350 ml trở lên chiếm
# trên 80% tổng số đơn vị máu tiếp nhận", "Tỷ lệ hộ có thu nhập từ 5 triệu đồng/tháng trở lên đạt 60%" — the share is
# the target, the measure says which ones (folded: "tỷ lệ … có …" before the figure, a share after it in the clause)
SHARE_OF_MEASURED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('ty le')}\s[^.;:()%\d]{{1,60}}?(?<![a-z])(?P<co>c[o6])\s[^.;:()%\d]{{0,40}}$")
SHARE_AFTER_MEASURE_RE = re.compile(rf"[^.;:()%\d]{{0,60}}?(?<![a-z])(?:{kw('chiem')}|{kw('dat')})(?:\s+[a-z]+){{0,2}}?\s+\d[\d.,]*\s*%")
# What a thing bears now describes which things are meant: "nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%"
# (3257/TNI-QLDN1, check6: a tax letter quoting Nghị định 72/2024/NĐ-CP); the rule is "được áp dụng … 8%".
PRESENT_STATE_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('dang ap dung')}|{kw('dang chiu')}|{kw('dang huong')})[^.;:()]{{0,30}}$"
)

# A bound word whose figure follows after the thing bounded and "là": "Mức cho vay tối đa đối với người lao động là 300
# triệu đồng" (56/2025/NQ-HĐND, check6): the 30 characters before the figure hold only "người lao động là".
BOUND_THEN_IS_BEFORE_RE = re.compile(
    rf"(?:(?P<lo>{kw('toi thieu')})|(?P<hi>{kw('toi da')}))(?:\s+[a-z]+){{1,20}}\s+{kw('la')}\s*$"
)

# A case listed in brackets after "đối với các trường hợp:" says when a rule applies: "07 (bảy) ngày làm việc … (đối với
# các trường hợp: …; cá nhân thực hiện đăng ký … trong thời hạn tối thiểu 15 ngày trước ngày chứng chỉ … hết hiệu lực; …)"
# (1609/QĐ-TTPVHCC, check7). The bracket is still open at the figure.
CASE_BRACKET_BEFORE_RE = re.compile(rf"\(\s*{kw('doi voi')}\s+(?:{kw('cac')}\s+)?{kw('truong hop')}[^()]*$")

# A relative time limit printed alone, as a cell of a procedure's list: "- 07 (bảy) ngày làm việc kể từ ngày ban hành
# quyết định cấp chứng chỉ" (1609/QĐ-TTPVHCC), "Mười (10) ngày làm việc kể từ ngày nhận …" (3565/QĐ-UBND, check7):
# the duration opens its clause and runs from an event. ("có hiệu lực sau 10 ngày kể từ ngày ký" has a word before it.)
COUNTED_FROM_AFTER_RE = re.compile(rf"\s*,?\s*{kw('ke tu')}\s+(?:{kw('ngay')}|{kw('khi')}|{kw('thoi diem')})(?![a-z])")
CELL_MARKS = " \t-+*_|•"

# Counts of procedures a decision publishes are how many items its list holds: "a) Sửa đổi, bổ sung: 01 thủ tục hành
# chính tại số thứ tự 106" (1609/QĐ-TTPVHCC, check7); a cut with a bound ("cắt giảm ít nhất 30 thủ tục") stays a target.
PROCEDURE_COUNT_NOUN_RE = re.compile(r"thu tuc(?![a-z])")

# A bound runs on through a list whose first figure is a rate per thing: "Mức cho vay tối đa là 30 triệu đồng/công trình
# nước sạch và 50 ⏎ triệu đồng/công trình vệ sinh" (56/2025/NQ-HĐND, check6) — the same unit, "/" + what it is per, "và".
PER_THING_LIST_GAP_RE = re.compile(r"\s*/\s*[a-z]+(?:\s+[a-z]+){0,4}\s*(?:,|\s(?:va|hoac))\s*")
# … and through a list of cases, each figure with the same unit and its own "đối với …": "tối thiểu 12 tháng đối với hàng
# hóa có hạn sử dụng và 60 tháng đối với hàng hóa không có hạn sử dụng", "không quá 05 ngày làm việc đối với hồ sơ cấp
# mới; 03 ngày làm việc đối với hồ sơ cấp lại", "tối đa là 50.000.000 đồng đối với cá nhân và 100.000.000 đồng đối với tổ
# chức" — the second figure is bounded as the first.
CASE_LIST_GAP_RE = re.compile(r"\s+(?:doi voi|cho)\s[^\d.;:()\n,]{1,80}?\s*(?:,|;|\s(?:va|hoac|con))\s*(?:(?:va|hoac|con)\s+)?")
# … and through a list of kinds of one thing, each figure with the same noun and its own "thuộc …"/"về …": "có không ít hơn
# 20 mô hình thuộc lĩnh vực kinh tế, 10 mô hình thuộc lĩnh vực chuyển đổi số" (a Đảng ủy xã's "Dân vận khéo" plan,
# tune19: the labels read the bound as governing both) — the second figure is bounded as the first.
KIND_LIST_GAP_RE = re.compile(
    r"\s+(?:thuoc|ve|trong|o|tai|cua|cap|loai|linh vuc)\s[^\d.;:()\n,]{1,60}?\s*(?:,|\s(?:va|hoac))\s*(?:(?:va|hoac)\s+)?")

# a table's row break in the text before mending (realdocs/md2plain.py: cells one blank line apart, rows two), and
# the time units of a procedure's limits that a row states once (target_restatements.once_per_row)
ROW_BREAK_RE = re.compile(r"\n[ \t]*\n[ \t]*\n")
ROW_ONCE_UNITS = tuple(fold(u) for u in LIMIT_TIME_UNITS)  # "ngay lam viec", "gio lam viec", "gio", "ngay": a view of patterns.TIME_UNITS
ROW_BREAKS_MIN = 3
# a "Thời hạn giải quyết" cell that is the limit and nothing before it: "10 ngày làm việc kể từ ngày nhận được hồ sơ
# hợp lệ." (2848/QĐ-UBND); "Trong 10 (mười) ngày …" twice in a row of 1378/QĐ-BNV are two limits
LIMIT_CELL_RE = re.compile(r"\s*\d")

# --- wording of laws, decrees and circulars (legal-windows, session 10) ---------------------------------------------
# A range whose unit is printed after both ends: "phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng", "đình chỉ hoạt
# động từ 01 tháng đến 03 tháng", "phạt tù từ 02 năm đến 07 năm" — one target from the first figure to the second,
# read where the same counted noun follows the second figure (``targets``); "đến dưới" closes a band, no range.
# The ends may be spelled, as older codes write them ("phạt tù từ hai năm đến bảy năm"; the unit repeated after
# both makes "năm" after "đến" five: "đến năm năm").
RANGE_REPEAT_AFTER_RE = re.compile(
    rf"[ \t]*(?:{kw('den')}|{kw('toi')})[ \t]+(?!{kw('duoi')}\s)(?P<b>{NUMBER}|(?:{PERCENT_WORD_RE})(?=[ \t]))[ \t]*")
# A percentage in words, as laws spell it: "năm mươi phần trăm", "mười lăm phần trăm", "30 phần trăm" — the "%" of
# the quantity grammar (``targets``; the figure before it may be a number word, :data:`numbers.PERCENT_WORDS`).
PERCENT_IN_WORDS = r"phan[ \t]+tram(?![a-z])"
# Digits in brackets after a spelled number confirm it: "chậm nhất không quá năm (05) ngày", "năm mươi (50) ngày làm
# việc", "năm (05) năm" — there "năm" is five, not "year", which the number words alone leave out (:mod:`.numbers`).
DIGITS_CONFIRM_AFTER = r"[ \t]*\(\s*\d{1,3}\s*\)"
# "trên" as "on", not "more than", after a verb that puts something somewhere: "đăng trên 02 số báo", "niêm yết trên
# 01 bảng tin", "trình bày trên 01 trang", "công bố công khai trên một trong các báo" — no minimum (as "dựa trên",
# "căn cứ trên ba tiêu chí": based on).
ON_SURFACE_BEFORE_RE = re.compile(  # (on the printed text: "đăng" folds like "Đảng", "đang")
    r"(?<!\w)(?:đăng|đăng tải|đưa tin|công bố|niêm yết|phát sóng|hiển thị|thể hiện|trình bày|ghi|in|căn cứ)"
    r"(?:\s+(?:công khai|tải|lại|thông tin))?\s+trên\s*$", re.IGNORECASE)
# A count of issues of a newspaper: "đăng trên 03 số báo liên tiếp", "trong ba số liên tiếp" — how many issues a
# notice must run in, an exact figure (unit "số") whatever "trên"/"trong" stands before it; the kind of paper may
# stand between ("trên năm số báo viết hoặc điện tử liên tiếp ở trung ương", Nghị định on religious schools).
_PRESS_KIND = r"(?:viet|in|giay|dien tu|hang ngay)"
CONSECUTIVE_ISSUES_AFTER_RE = re.compile(
    rf"[ \t]+(?P<u>so)(?:[ \t]+bao(?:[ \t]+{_PRESS_KIND}(?:[ \t]+(?:hoac|va)[ \t]+{_PRESS_KIND})?)?)?(?=[ \t]+{kw('lien tiep')})")
#: the same, as a look-ahead that lets "năm" (five, or a year) be a number before it: "trên năm số báo … liên tiếp"
ISSUES_AHEAD = CONSECUTIVE_ISSUES_AFTER_RE.pattern.replace("(?P<u>so)", "so")
# A range across two units of one measure: "phạt tù từ 06 tháng đến 03 năm", "từ 12 giờ đến 02 ngày", "từ 500.000
# đồng đến 01 triệu đồng" — one target stored in the smaller unit (the labels README: "the months are used"), each
# figure times its unit's size in that unit. Folded unit → (measure, size); "ngày" only with "giờ" (a month is no
# fixed number of days).
UNIT_SCALES = {
    "gio": ("time-h", 1), "ngay": ("time-h", 24),
    "thang": ("time-m", 1), "nam": ("time-m", 12),
    "dong": ("money", 1), "nghin dong": ("money", 1e3), "ngan dong": ("money", 1e3),
    "trieu dong": ("money", 1e6), "ty dong": ("money", 1e9),
}
# A lead time: "chậm nhất là 07 ngày trước ngày mở phiên tòa", "chậm nhất 05 ngày làm việc trước phiên họp" — the
# notice must come that long ahead at least (a minimum; the labels README's "chậm nhất 01 ngày trước ngày hết hạn xử
# lý" precedent); "chậm nhất 03 ngày kể từ ngày ký" stays a maximum. After the time unit: "trước" and an event word,
# not a date ("trước 15/6").
LEAD_EVENT_AFTER_RE = re.compile(rf"\s*,?\s*{TRUOC}\s+(?=[a-z])")  # ("chậm nhất là 07 ngày làm việc, trước ngày …")
# … the lead told per kind of case before the event: "chậm nhất 90 ngày đối với đất nông nghiệp và 180 ngày đối với
# đất phi nông nghiệp trước khi ban hành quyết định thu hồi đất" (a notice of land recovery) — each figure a minimum
# (folded, after the first figure's unit: its case, then any more figures with theirs, then "trước" and the event)
_LEAD_CASE = r"\s+doi\s+voi(?:\s+[a-z]+){1,8}?"
LEAD_CASES_AFTER_RE = re.compile(
    rf"{_LEAD_CASE}(?:\s*(?:,|{kw('va')})\s*\d+(?:\s+[a-z]+){{1,3}}?{_LEAD_CASE})*{LEAD_EVENT_AFTER_RE.pattern}")
# … and the later figure of such a pair: "và 180 ngày đối với đất phi nông nghiệp trước khi …" (folded, before it)
LEAD_CASE_PAIR_BEFORE_RE = re.compile(rf"{CHAM_NHAT}\s+(?:la\s+)?\d+(?:\s+[a-z]+){{1,3}}?{_LEAD_CASE}\s*(?:,|{kw('va')})\s*$")
# A bound word with "bằng" before the figure: "lãi suất cho vay tối đa bằng 150% lãi suất cơ bản", "mức đóng tối
# thiểu bằng 50% …"
BOUND_EQUALS_RE = re.compile(rf"(?:(?P<lo>{kw('toi thieu')}|{kw('it nhat')}|{kw('khong thap hon')})|(?P<hi>{kw('toi da')}|{kw('khong qua')}|{kw('khong vuot qua')}|{kw('khong cao hon')}))\s+{kw('bang')}\s*$")
# An upper bound written with "đến" alone after a sanction or an extension: "có quyền phạt tiền đến 5.000.000 đồng",
# "phạt tù đến 03 năm", "được kéo dài thêm đến 30 ngày", "gia hạn một lần đến 60 ngày" — at most that much; the
# other penalties of a criminal code as well ("phạt cải tạo không giam giữ đến 03 năm", "quản chế đến 05 năm").
UP_TO_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('phat tien')}|{kw('phat tu')}|{kw('cai tao khong giam giu')}|{kw('quan che')}|{kw('cam cu tru')}|{kw('keo dai')}(?:\s+{kw('them')})?|{kw('gia han')}(?:\s+[a-z]+){{0,3}}?)"
    rf"\s+(?:{kw('toi da')}\s+)?{kw('den')}\s*$")
# The time limit a rule sets, named by "thời hạn" / "thời hiệu" and counted from an event: "Thời hạn kháng cáo là 15
# ngày kể từ ngày tuyên án", "thời hiệu khởi kiện là 02 năm kể từ ngày …", "Thời hạn chuẩn bị xét xử là 04 tháng kể từ
# ngày thụ lý", "Thời hạn tạm giữ là 03 ngày" → at most that long (a time unit only; "thời gian thực hiện là 12 tháng"
# names a span, not a limit). The name may run long: "Thời hạn kháng nghị của Viện kiểm sát cấp trên trực tiếp là 30
# ngày" (up to 12 words; the caller's window is 90-110 characters).
# (up to 20 words between: "Thời hạn thông báo công khai thông tin về doanh nghiệp quy định tại khoản 1 và khoản 2 Điều này
# là 30 ngày kể từ …"; a paper's validity named so: "Thời gian có hiệu lực pháp lý của biên bản … là 03 (ba) năm kể từ …";
# a list of steps in the name: "Thời hạn khiếu nại, kiến nghị là 03 ngày làm việc", "Thời hạn kiểm tra, thẩm định là 15
# (mười lăm) ngày làm việc"; not "thời hạn lưu mẫu … thấp nhất là 30 ngày", the least)
NAMED_LIMIT_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('thoi han')}|{kw('thoi hieu')}|{kw('thoi gian co hieu luc')})"
                                   rf"(?!\s+\d)(?:,?\s+[^\s.;:,()]+){{1,20}}?(?<!thap nhat)\s+{kw('la')}\s*$")
# The unit a norm table or a list counts in, as a "Label: N unit" line: "Đơn vị tính: 1 tấn", "ĐVT: 100 m2" — the
# measure, not a figure the rule sets.
UNIT_LABEL_RE = re.compile(rf"[\s\-+•*_]*(?:{kw('don vi tinh')}|{kw('don vi')}|dvt)[\s*_]*")
# The period a figure is counted in, written "trong 01 <time unit>" right after it: "thời giờ làm việc không quá 08 giờ
# trong 01 ngày và không quá 48 giờ trong 01 tuần", "không quá 300 giờ trong 01 năm" — the "01 ngày" is the figure's
# period (per day), not a time limit of its own.
PER_PERIOD_BEFORE_RE = re.compile(rf"\d[ \t]*[^\d\s,;.:()]+(?:[ \t]+[^\d\s,;.:()]+){{0,3}}[ \t]+{kw('trong')}[ \t]*$")
# A level a rule sets, named by "mức" and given after "là" / "bằng": "Mức giảm trừ gia cảnh đối với người nộp thuế là
# 11.000.000 đồng/tháng", "mức lương cơ sở là 2.340.000 đồng/tháng" (money only; ``targets``).
LEVEL_IS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('muc')}\s+[a-z][^,;:()]{{0,80}}?\s(?:{kw('la')}|{kw('bang')})\s*$"
                                # (tg25c) … or right after "với mức", "theo mức": "tặng quà công dân trúng tuyển với mức
                                # 500.000 đồng/người từ ngân sách xã" (a UBND xã's Quyết định, t25-06)
                                rf"|(?<![a-z])(?:{kw('voi')}|{kw('theo')})\s+{kw('muc')}\s*$")
# (tgt34a) … the level for each one of a kind, its kinds joined by a comma: "Mức hỗ trợ cho mỗi thôn, tổ dân phố là 2,5
# triệu đồng" (an election plan's Kinh phí, a32-01) — a norm per unit, as "2.500.000 đồng/thôn" is (t32-01), not the
# sum the plan spends (folded, from the clause to the figure)
EACH_LEVEL_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('muc')}\s+(?:[a-z]+\s+){{0,4}}?(?:{kw('cho')}\s+)?moi\s+[a-z][^;:()]{{0,60}}?"
                                  rf"\s(?:{kw('la')}|{kw('bang')})\s*$")
# "không" and a verb before "quá": "Mỗi đợt kiểm tra không kéo dài quá 10 ngày", "không được quá 05 ngày" → at most.
NOT_VERB_OVER_RE = re.compile(rf"(?<![a-z]){kw('khong')}\s+(?!{kw('vuot')}\s)(?:[a-z]+\s+){{1,2}}{kw('qua')}\s*$")
# A level set as a multiple of another, in prose: "Mức phạt tiền đối với tổ chức bằng 02 lần mức phạt tiền đối với cá
# nhân", "phạt gấp hai lần mức quy định" — "bằng"/"gấp" right before the figure, "mức" near it (as
# ``norm_words.MULTIPLE_RE`` in a norm document); exact, unit "lần".
MULTIPLE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('bang')}|{kw('gap')})\s*$")
LEVEL_NEAR_RE = re.compile(rf"(?<![a-z]){kw('muc')}(?![a-z])")
# Copies of a paper a procedure asks for: "gửi 01 bản chính và 04 bản sao hợp lệ hồ sơ", "Số lượng hồ sơ: 01 bộ",
# "(01 bản chính)" — counts (labels README: "'Số lượng hồ sơ: 01 bộ' … are counts, not targets"), unless a bound says
# how many at least or at most, or a range gives both ends ("xuất bản phẩm in: 05-10 bản").
COPY_NOUN_RE = re.compile(r"(?:ban|bo)(?: (?:chinh|sao|chup|hop le|ho|so|ban))*")  # the counted noun as read ("bộ hồ": "sơ" stops it)
# (tgt35b) The prizes a games or a contest awards, counted per rank: "mỗi môn trao 01 giải Nhất, 01 giải Nhì, 02 giải Ba",
# "(bóng đá, bóng chuyền hơi, kéo co: 01 giải Ba)" — how the awards are laid out, no figure to reach (no tuning set labels
# one; an aim "ít nhất 15 giải học sinh giỏi" names no rank and stays). Folded, the counted noun as read.
PRIZE_RANK_NOUN_RE = re.compile(r"giai\s+(?:nhat|nhi|ba|tu|khuyen\s+khich|dac\s+biet)(?:\s+[a-z]+)*")
# (tgt35b) the start of a label's line up to its words: a dash or bullet, an item's number or letter
_LABEL_LEAD = r"[\s\-+•*_]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\))\s*)?"
# (tgt43d) The label of one post of a delegation or a board, "Thư ký Đoàn:", "Trưởng ban:", "Thành viên:" — its line
# names who holds the post ("- Thư ký Đoàn: 01 công chức Văn phòng HĐND và UBND phường", a supervision plan's members
# listed by name above it): one person picked from an office, no count the plan sets (folded; the label's words
# before the colon; the caller checks the count is one person of a kind, with no bound)
POST_LABEL_RE = re.compile(
    rf"{_LABEL_LEAD}(?:{kw('pho')}\s+)?(?:{kw('thu ky')}|{kw('truong doan')}|{kw('truong ban')}|{kw('to truong')}"
    rf"|{kw('thanh vien')}|{kw('uy vien')})(?:\s+[a-z\u0111]+){{0,3}}[\s*_]*")
# (tgt35b) The label of a games' or an event's participants, "2. Đơn vị tham gia: 21 tổ dân phố; các trường …": the
# units that take part, described (the twins a33-07 / t33-07 both leave them out), not a number the plan sets (folded;
# the label's words before the colon)
PARTICIPANTS_LABEL_RE = re.compile(rf"{_LABEL_LEAD}(?:{kw('don vi')}|{kw('thanh phan')}|{kw('doi tuong')})\s+{kw('tham gia')}[\s*_]*")
# (tgt35b) The label of a count of those a project or a land recovery affects, "- Số thửa đất bị ảnh hưởng: 214 thửa",
# "số hộ gia đình, cá nhân có đất thu hồi: 186 hộ và 02 tổ chức", "số hộ phải di chuyển chỗ ở, bố trí tái định cư: 11
# hộ": the scope described (the twins a33-08 / t33-08 both leave them out), no number the plan sets (folded; the label's
# own words, after the line's last ";", before the colon)
AFFECTED_LABEL_RE = re.compile(
    rf"{_LABEL_LEAD}{kw('so')}\s+[^:;]{{0,60}}?"
    rf"(?:{kw('bi anh huong')}|(?:{kw('co')}|{kw('bi')})\s+{kw('dat')}(?:\s+[a-z]+){{0,2}}?\s+(?:{kw('bi')}\s+)?{kw('thu hoi')}"
    rf"|{kw('phai di chuyen')}|{kw('phai di doi')})[^:;]{{0,60}}")
# (tgt36a) A sentence stating a whole the body has now, its colon opening the whole's breakdown: "Toàn Đảng bộ xã có 24
# chi bộ trực thuộc với 812 đảng viên, gồm: 17 chi bộ thôn; 04 chi bộ trường học; …" (a Đảng ủy's congress plan, t35-01)
# — the parts describe the body, no number the plan sets (the authors' notes: "facts"). Folded, searched in the words
# before the colon: "có" and a count, then "gồm" / "bao gồm" / "trong đó" closing them.
WHOLE_HELD_LABEL_RE = re.compile(
    rf"(?<![a-z]){kw('co')}\s+\d[\d.]*\s+[^:;\d]{{0,80}}?(?:\d[\d.]*\s+[^:;\d]{{0,40}}?)?[,\s]\s*"
    rf"(?:{kw('gom')}|{kw('bao gom')}|{kw('trong do')})\s*$")
# (tgt35b) A paragraph that opens with a label of how things stand, "Tình hình: từ đầu năm đến ngày 09/8/2029, trên địa
# bàn phường ghi nhận 164 ca mắc …, với 11 ổ dịch tại 7/12 khu phố" (a dengue campaign's plan, t34-09): its figures
# report the situation, no aim (folded; from the paragraph's start)
SITUATION_LABEL_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:[-+•][ \t]+)?(?:{kw('tinh hinh')}|{kw('thuc trang')}|{kw('hien trang')})(?:[ \t]+[a-z]+){{0,4}}[ \t*_]*:")
# (tgt35b) … but "bản" is also the village of the northern uplands, counted in an aim with the standing it is to reach:
# "Phấn đấu trong năm 2029 có thêm 03 bản được công nhận "bản không ma túy"", "02 bản đạt chuẩn nông thôn mới" — no
# copy is recognised or reaches a standard (folded; right after the noun)
VILLAGE_STANDING_AFTER_RE = re.compile(
    rf"\s+(?:{kw('duoc cong nhan')}|{kw('dat chuan')}|{kw('dat danh hieu')})(?![a-z])")
# A band that labels a case, a comparison opening its line and a colon after the figure: "+ Nhỏ hơn hoặc bằng 130%: cơ
# quan bảo hiểm thanh toán bằng 100% …", "- Vượt quá 10% tổng quy mô: …" — the condition of the rule after the colon
# (as "VN_AQI ≥ 301" in the labels), no target; the figure after the colon stays one.
BAND_LABEL_BEFORE_RE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-+•*]|[a-z\d]{{1,2}}\))?[ \t]*(?:{kw('nho hon')}|{kw('lon hon')}|{kw('hoac bang')}|{kw('bang')}|{kw('duoi')}"
    rf"|{kw('tren')}|{kw('tu')}|{kw('den')}|{kw('khong qua')}|{kw('vuot qua')}|{kw('toi da')}|{kw('toi thieu')}|[≤≥<>])"
    rf"(?:\s+(?:{kw('hoac bang')}|{kw('hoac')}|{kw('bang')}))*\s*$")
BAND_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:/[^\s:]{1,12})?[ \t]*:")
# "vượt quá 10%" (more than), never "không vượt quá" (at most)
OVER_BEFORE_RE = re.compile(rf"(?<!{kw('khong')} ){kw('vuot qua')}\s*$")
# "quá nửa tổng số đại biểu": more than half (a minimum of 0.5, as "trên một phần hai"; before "nửa" only)
OVER_HALF_BEFORE_RE = re.compile(r"(?<![a-z])qua\s*$")
# A currency code after an amount ("duyệt chi với mức không quá 3.000 USD cho mỗi vụ việc"): in capitals, yet a
# counted noun, not the name of a programme (matched on the original text).
#: the currency codes, printed in capitals (one list: :data:`CURRENCY_AFTER_RE`, :data:`PRINTED_CAPS_UNITS`)
CURRENCY_CODES = ("USD", "EUR", "VNĐ", "VND", "JPY", "CNY")
CURRENCY_AFTER_RE = re.compile(rf"[ \t]*(?:{'|'.join(CURRENCY_CODES)})(?![\w])")
# (real50) The codes a unit keeps in capitals as printed ("8,95 tỷ USD" → unit "tỷ USD", the labels' spelling in a20-02
# and a22-05; lower case, "tỷ usd", reads as a word): currencies and power units, written so in every document.
PRINTED_CAPS_UNITS = frozenset(CURRENCY_CODES + ("MW", "GW", "MWh", "GWh", "kWh", "MWp", "kWp"))
# "Sau thời hạn 60 ngày, kể từ …": what follows once the time has run, no limit ("thời hạn" is a bound word elsewhere).
AFTER_PERIOD_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('sau')}\s+{kw('thoi han')}\s*$")
# A count of times per period after its unit ("ít nhất 01 lần/quý", "02 lần mỗi tháng", "một lần trong một năm"):
# the target holds for each period, not for the document's year (period "mỗi quý").
TIMES_PER_AFTER_RE = re.compile(
    rf"\s*(?:/\s*|{_EACH}\s+|(?:trong|tren)\s+(?:01|1|mot)\s+)(?P<per>nam hoc|hoc ky|quy|thang|nam|tuan|ngay)(?![a-z])")
# (tgt47) … a school's year or term is a period of its own: "ít nhất 02 lần/năm học" (t45-01), "01 buổi/học kỳ" — each
# năm học, not each calendar year with "học" left over

# An occasion counted per period, its activity named between: "mỗi chi bộ tổ chức ít nhất 01 kỳ sinh hoạt chuyên đề mỗi
# quý" (t18-10): the unit is the occasion per period, "kỳ/quý" (as "03 lần mỗi tuần" is "lần/tuần"), its period "mỗi
# quý". OCCASION_COUNTERS: the first word of the unit as read (folded); the activity's words stop at a mark or a digit.
OCCASION_COUNTERS = ("ky", "buoi", "dot", "cuoc", "luot")
# (tgt31b) … and activities counted so ("100% cơ sở Đoàn cấp xã tổ chức ít nhất 02 hoạt động tuyên truyền về trật tự, an
# toàn giao thông mỗi năm", a29-05: "hoạt động/năm"), their topic may hold a comma (and wrap), the period closing the
# sentence
ACTIVITY_COUNTERS = ("hoat dong",)
ACTIVITY_PER_AFTER_RE = re.compile(
    rf"(?:[^;:.\d\n]|\n(?![ \t]*\n)){{0,70}}?\s{_EACH}\s+(?P<per>quy|thang|nam|tuan)(?![a-z])(?=\s*(?:[;.)\n]|$))")
OCCASION_PER_AFTER_RE = re.compile(
    rf"[^,;:.\d\n]{{0,40}}?\s{_EACH}\s+(?P<per>quy|thang|nam|tuan)(?![a-z])(?=\s*(?:[,;.)\n]|$))")

# A quantity of works a task opens with, its verb alone before it on the task's line: "a) Cứng hóa 6,8 km đường nội
# đồng …", "b) Nạo vét, gia cố 12 tuyến kênh mương nội đồng, xong trong quý I/2027" (t18-07, a Nghị quyết's task list),
# "Tổ chức 02 lớp bồi dưỡng kỹ năng số …" (a16-07, a task table's cell): the amount of the task, an exact target (both
# sets' labels). Only these verbs of building and training, one or two joined by a comma or "và", right after the
# line's item mark; one occasion alone ("Tổ chức 01 hội nghị") is no target (one class, "Tổ chức 01 lớp tập huấn", is:
# a35-09, tgt37a).
WORKS_VERBS = ("cung hoa", "be tong hoa", "kien co hoa", "nao vet", "gia co", "xay dung", "xay moi", "nang cap",
               "sua chua", "cai tao", "lam moi", "trong moi", "lap dat", "to chuc", "mo",
               # (tgt42b) "chỉnh trang 1,8 km đường trục thôn": works that renew a road or a place, as "cải tạo" does
               "chinh trang",
               # (tg22b) bodies set up: "Thành lập 04 tổ liên gia" (a Chỉ tiêu cell of a dân vận plan's model table,
               # t22-07), "Thành lập mới 40 hợp tác xã"
               "thanh lap", "thanh lap moi",
               # (tgt43b) clearing and mending works, as "nạo vét", "sửa chữa" are: "Khơi thông 06 cống tiêu", "tu sửa
               # 03 cửa cống" (an irrigation plan's works; not "tu bổ", which folds like "từ bỏ")
               "khoi thong", "tu sua",
               # (tgt49t) clearing works, what a task removes: "Xóa bỏ 05 điểm tập kết rác tự phát dọc đê …" (a xã's
               # waste plan, t48-05, labelled exact), "Giải tỏa 12 điểm lấn chiếm vỉa hè", "Tháo dỡ 08 biển quảng cáo
               # trái phép", "Xóa 35 nhà tạm" — so many places or things cleared, as "Khơi thông 06 cống" is so many
               # cleared (t25-08 labels "triệt xóa ít nhất 03 ổ nhóm"; a done "hoàn thành xóa 46 nhà tạm" is a result,
               # t20-05, a24-09, and no task line's opening)
               "xoa bo", "xoa", "giai toa", "thao do", "do bo",
               # (tgt53) "xây dựng mới", as "xây mới" is: "2. Hỗ trợ xây dựng mới 02 "Mái ấm Công đoàn" …" (a51-01; its
               # twin t51-01 prints "Hỗ trợ xây mới 03 Mái ấm Công đoàn", both labelled)
               "xay dung moi")
_WORKS_VERB = "(?:" + "|".join(kw(w) for w in WORKS_VERBS) + ")"
# (tgt56t) After an amount of works, the next amount of the same things with its own works verb: "Hỗ trợ xây mới 65
# nhà và sửa chữa 20 nhà ở cho hộ nghèo" (t55-04, a poverty plan's Dự án 5: both labelled), as "Xây dựng 06 nhà văn
# hóa và 04 nhà …" is (folded; the joint, then the verb right before the figure).
WORKS_LIST_VERB_GAP_RE = re.compile(rf"\s*(?:,|\s(?:va|hoac))\s+{_WORKS_VERB}(?:\s+{kw('them')})?\s+")
# (tgt56t) … and the people the works are for, taking part, "với khoảng 420 hộ tham gia" after the works in their sentence:
# "Triển khai 14 dự án hỗ trợ phát triển sản xuất … (chăn nuôi bò sinh sản, dê; …), với khoảng 420 hộ tham gia" (t55-04,
# labelled exact), "tổ chức ít nhất 24 lớp chuyên đề … với trên 1.500 lượt người tham gia" (t49-01) — how many the task
# reaches, set with it (a past result's "đã mở 19 lớp … với 846 lượt người tham gia" is read as past before). Folded: the
# gap from the works' unit to the figure in one sentence (a line may wrap, a bracket hold a ";"), "với" and an approximation right before it;
# "tham gia" right after the unit.
PARTICIPANTS_GAP_RE = re.compile(
    rf"(?:\([^()]{{0,200}}\)|[^.;\n()]|\n(?![ \t]*\n)){{0,200}}?[\s,]{kw('voi')}\s+(?:(?:{kw('khoang')}|{kw('tren')}|{kw('gan')}|{kw('hon')})\s+)?")
PARTICIPATING_AFTER_RE = re.compile(rf"\s+{kw('tham gia')}(?![a-z])")
# (tgt37b) "Hỗ trợ" opening a list line of a plan, a count of what it supports right after (a works verb may come
# between): "- Hỗ trợ xây mới 03 nhà Đại đoàn kết cho hộ nghèo …", "- Hỗ trợ 40 học sinh thuộc hộ nghèo …" (a Front's
# planned uses of its fund) — the plan's own support, counted, as "hỗ trợ 02 hợp tác xã …" is in a task part (a bullet or
# an item mark first: a bare "hỗ trợ 20 xe" inside a sentence may be asked; folded, from the line's start to the figure)
# (tgt38a) … or the extent the support is for, after "cho" once the line has named the thing given: "1. Hỗ trợ giống
# lúa chất lượng cao cho 150 ha cánh đồng lớn …", "2. Hỗ trợ thuốc bảo vệ thực vật sinh học … cho 320 ha vùng trọng
# điểm" (a xã's crop-protection plan) — how much the plan supports, as "Hỗ trợ 40 học sinh" is (the thing's words run
# on one line, no clause mark before "cho")
SUPPORT_LINE_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+{_SUPPORT_WORD}"
    rf"(?:(?:\s+{_WORKS_VERB})?|(?:[ \t]+[a-z\u0111]+){{1,20}}?[ \t]+{kw('cho')})\s+$")
# The thing a plan or scheme is drawn up for, counted after it at the task's opening: "Xây dựng Kế hoạch đầu tư 14 trường
# phổ thông nội trú liên cấp tại các xã biên giới" (a19-02, a row of a Chương trình hành động's task list) — the works
# the plan is for, as "Xây dựng 14 trường" would be. (session 20; folded, between the works verb and the figure)
PLANNED_WORKS = rf"(?:\s+(?:{kw('ke hoach')}|{kw('de an')}|{kw('du an')}|{kw('phuong an')})(?:\s+(?:{kw('dau tu')}|{kw('xay dung')}|{kw('cai tao')}|{kw('nang cap')}|{kw('sua chua')}))?)?"
#: what is held, not built ("Tổ chức 02 hội nghị với … 200 người": meetings are occasions, the spent set's reading; a
#: training class "02 lớp bồi dưỡng" is an amount of works)
WORKS_EVENT_UNITS = OCCASION_COUNTERS + ("hoi nghi", "hoi thao", "hop", "le ")
#: (tgt37b) … of which the sessions of an activity, several of them opening a list line, are its quota: "- Tổ chức 12
#: buổi nói chuyện chuyên đề tại các tổ dân phố" (a campaign's communication task); meetings are not, nor rounds
#: ("Tổ chức 02 đợt tổng vệ sinh …: đợt 1 …", which the twins t33-04 / a33-04 read apart)
SESSION_COUNTERS = ("buoi", "cuoc")


def works_event_unit(unit: str) -> bool:
    """The ``unit`` as printed names an occasion held (:data:`WORKS_EVENT_UNITS`, folded), word by word: "hội nghị",
    "cuộc họp", not "hợp tác xã" (a body, "hỗ trợ 02 hợp tác xã", tgt32c: "hợp" and "họp" fold alike)."""
    u = fold(unit).lower() + " "
    if u.startswith("hop ") and not unit.lower().startswith("họp"):
        return False
    return u.startswith(tuple(w.strip() + " " for w in WORKS_EVENT_UNITS))
#: (tgt33a) "thêm" after the verb, the amount added this year: "Cứng hóa thêm 4,2 km đường trục thôn, ngõ xóm" (a xã's
#: nông thôn mới plan, a31-10), as "Cứng hóa 4,2 km" is
_MORE = rf"(?:\s+{kw('them')})?"
#: (session 30) a pipe row's number cell before it ("| 2 | Tổ chức 20 lớp tập huấn … | Trung tâm Khuyến nông tỉnh |",
#: t29-05's Phụ lục copied from a Markdown editor) stands for the item mark
WORKS_OPENING_RE = re.compile(
    rf"[ \t*_|]*(?:(?:[-+•]|\(?[a-zđ0-9]{{1,2}}[.)])[ \t]+|\d{{1,3}}[ \t]*\|[ \t]*)?{_WORKS_VERB}(?:\s*(?:,|{kw('va')})\s*{_WORKS_VERB})?{_MORE}{PLANNED_WORKS}\s+$"
    # (tgt38c) … or posts and teams kept up through a season, "Duy trì" alone after a list item's mark: "- Duy trì 04
    # trạm gác lửa tại …" (a forest-fire plan's watch posts), an amount the plan keeps as "Thành lập 04 tổ" sets one
    # up (not "xây dựng và duy trì 166 mô hình" running on in a review's sentence)
    rf"|[ \t*_]*(?:[-+•]|\(?[a-zđ0-9]{{1,2}}[.)])[ \t]+{kw('duy tri')}\s+$")

# (tgt32c) … and the same amount of works opening a clause of the task's line, after its colon, semicolon or comma, the
# verbs of investing, keeping and supporting with them: "1. Tập trung đầu tư 02 công trình: …", "2. Phát triển sản xuất
# …: duy trì 120 ha vùng lúa chất lượng cao", "…; hỗ trợ 02 hợp tác xã hoàn thiện hồ sơ sản phẩm OCOP", "hỗ trợ xây mới,
# sửa chữa 08 nhà ở" (t31-10, a xã's nông thôn mới plan: each labelled; t25-04's "hỗ trợ 05 hộ phụ nữ khởi nghiệp").
# The verb opens the clause (folded, from the clause's start to the figure): "xã đã duy trì 04 mô hình" is a result.
#: (the verb before a figure folds as "duy từ": its "tu" is no floor, UPKEEP_VERB_BEFORE_RE)
UPKEEP_VERB_BEFORE_RE = re.compile(r"(?<![a-z])duy\s+tu\s*$")
CLAUSE_WORKS_VERBS = WORKS_VERBS + ("dau tu", "duy tri", "ho tro", "duy tu",
                                    # (tgt43d) the means or forces a task musters: "…; huy động 31 máy bơm tưới cứu lúa",
                                    # "huy động 40 dân quân" (a response plan's amounts, as its "Phương tiện:" lines are)
                                    "huy dong",
                                    # (tgt56t) projects and zones a task puts in place: "- Triển khai 14 dự án hỗ trợ phát
                                    # triển sản xuất …" (t55-04, a poverty plan's Dự án 2, 3), "…, hình thành 03 vùng sản xuất
                                    # tập trung: …" (t55-06, a Nghị quyết's task; t21-02, t27-01, t27-03 label "hình thành ít
                                    # nhất 03 vùng" alike)
                                    "trien khai", "hinh thanh")  # (tgt37b) "…, làm mới và duy tu 12,5 km đường
# ranh cản lửa" (a forest-fire plan's task): upkeep of works, an amount as building is
_CLAUSE_WORKS_VERB = "(?:" + "|".join(kw(w) for w in CLAUSE_WORKS_VERBS) + ")"
# (tgt38b) The year the task is for may open the clause before its verb: "…; năm 2031 hỗ trợ 40 hộ, mức …" (the year's
# share of a support task), "trong năm 2031 xây mới 02 nhà văn hóa"
_CLAUSE_YEAR = rf"(?:(?:{kw('trong')}\s+)?{kw('nam')}\s+(?:19|20)\d\d\s*,?\s+)?"
# (tgt42b) A list line that names a place or a unit and lists its works after the colon: "- Thôn Trung Hòa (186 hộ):
# chỉnh trang 1,8 km đường …; xây dựng 12 vườn mẫu; lắp đặt 45 bóng đèn …" (a xã's plan, the works each village chosen
# is to get) — each clause after the label that opens with a works verb (CLAUSE_WORKS_OPENING_RE) counts the works,
# as in a task part. The label: the line's mark, then words to the line's first colon (folded, from the line's start).
# (tgt43d: a bold label too, "**3. Kịch bản 3 – độ mặn từ 4‰ trở lên:** đóng cống …; huy động 31 máy bơm …", the case a
# response plan's scenario is for, then the works and means it sets)
WORKS_LABEL_LINE_RE = re.compile(r"[ \t*_]*(?:[-+•]|\(?[a-zđ0-9]{1,2}[.)])[ \t]+[^\n:;.]{2,80}:")
# (tgt48t) "hỗ trợ" before the works verb, the support given as works: "…, mức hỗ trợ 60 triệu đồng/hộ; hỗ trợ sửa chữa
# 04 căn nhà, …" (t47-04, a ward's poverty plan: its second goal of the line), "hỗ trợ xây mới, sửa chữa 08 nhà ở" (t31-10)
CLAUSE_WORKS_OPENING_RE = re.compile(
    rf"\s*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?{_CLAUSE_YEAR}(?:{kw('tap trung')}\s+)?(?:{kw('ho tro')}\s+(?={_WORKS_VERB}))?{_CLAUSE_WORKS_VERB}(?:\s*(?:,|{kw('va')})\s*{_CLAUSE_WORKS_VERB})*{_MORE}\s+$")

# (tgt36b) … and a planting of land in a task, the verb right before the area: "Chủ trì trồng 3 ha "Rừng thanh niên" tại
# thôn …" (the Đoàn Thanh niên's task in a xã's plan of trồng rừng, a34-10). Printed, not folded: "trồng" folds like
# "trong" (within: "trong 3 ngày")
PLANTING_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])trồng(?:\s+(?:mới|thêm))?\s+$")
PLANTED_AREA_UNITS = ("ha", "hecta", "m2", "m²")
# (nc39b) A completion verb before a task's works verb, the count right after: "hoàn thành trồng 500 cây xanh", "hoàn thành
# sửa chữa 20 km đường", "hoàn thành việc lắp đặt 12 camera" — the amount of works the task is to get done, as "phấn đấu
# trồng 500 cây xanh" aims at it (a user's finding: the planting and the bare clause gave none). Only the works verbs
# (WORKS_VERBS, or "trồng" as printed: folded it is "trong", within): "hoàn thành di dời 14 hộ dân …" moves people, no
# works (a20-05, SETTLE_BEFORE_RE's note). Folded / printed, right before the figure.
COMPLETED_WORKS_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('hoan thanh')}\s+(?:{kw('viec')}\s+)?{_WORKS_VERB}(?:\s*(?:,|{kw('va')})\s*{_WORKS_VERB})?{_MORE}\s+$")
COMPLETED_PLANTING_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])hoàn thành\s+(?:việc\s+)?trồng(?:\s+(?:mới|thêm))?\s+$")
# (tgt36b) … and a density a technical norm sets, "mật độ" before the figure in its clause, the area after the unit:
# "Giống … phải có nguồn gốc …; mật độ trồng rừng sản xuất 1.660 cây/ha" (a34-10: labelled with the plan's other norms,
# "chiều cao cây con từ 25 cm trở lên"); exactly (folded; the words before the figure, the area's tail after the unit)
DENSITY_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('mat do')}|{kw('dinh muc')})(?:\s+[a-z]+){{0,5}}\s*$")
_PER_AREA = r"(?:ha|m2|m²|km2|km²)"  # the areas a density or a yield is per
# the area after a density's unit ("1.660 cây/ha": "/ha" after "cây")
PER_AREA_TAIL_RE = re.compile(rf"\s*/\s*{_PER_AREA}(?![a-z\d])")
# (tgt37b) … or a unit read with its area already, a norm's rate per area: "hỗ trợ 50% giá giống … theo định mức 40
# kg/ha" — the seed a hectare takes (folded unit)
PER_AREA_UNIT_RE = re.compile(rf"/\s*{_PER_AREA}$")
# (tgt38a) … and a support level of goods per area, the goods named between the measure and the area: "mức hỗ trợ 40 kg
# giống/ha" (a crop-protection plan's seed support), "mức 300 kg phân bón/ha" — the rate the plan grants a hectare, stored
# as "kg/ha" (folded, right after the measure's unit; one or two words of the goods)
GOODS_PER_AREA_AFTER_RE = re.compile(rf"(?:[ \t]+[a-z\u0111]+){{1,2}}\s*/\s*(?P<per>{_PER_AREA})(?![a-z\d])")  # … or the unit read with it already ("cây/ha")
# (tgt36b) … and rounds of a treatment spaced by an interval: "phun hóa chất diệt muỗi 02 lần cách nhau 7 - 10 ngày"
# (plans against dengue, a34-09 and its twin t34-09: both label the rounds, exactly); folded, after "lần"
SPACED_ROUNDS_AFTER_RE = re.compile(rf"\s*,?\s*(?:{kw('cach nhau')}|{kw('lan')}\s+(?:1|01|{kw('thu nhat')}|{kw('dau')}))(?![a-z\d])")
# (tgt37b: or each round told after a comma, "phun phòng đạo ôn cổ bông 2 lần, lần 1 khi lúa trỗ lác đác, lần 2 …")
# (tgt30b) A total's split per period, after a comma, in the total's own noun: "Tổ chức ít nhất 04 đợt hiến máu cấp tỉnh
# trong năm, mỗi quý 01 đợt" (a Tỉnh đoàn's plan, a28-10) — so many each quarter, exactly (folded; the caller checks that
# a target of the same noun stands before it in the sentence)
SPLIT_PER_PERIOD_RE = re.compile(rf",\s*(?:{kw('moi')}|{kw('hang')})\s+(?P<per>{kw('nam')}|{kw('quy')}|{kw('thang')}|{kw('tuan')})\s+"
                                 rf"(?P<n>\d{{1,2}})\s+(?P<noun>[a-z\u0111]+)(?![a-z\u0111])")
SPLIT_GAP_MAX = 80
# (tgt31c) … and a total's split per place, in brackets: "Xây dựng 07 điểm trình diễn (mỗi xã 01 điểm)" (a Sở's Công văn
# on a rice model in seven xã) — so many in each place, the unit "điểm/xã" as "(02 lớp/xã)" prints it
SPLIT_PER_PLACE_RE = re.compile(rf"\(\s*(?:{kw('moi')}|{kw('hang')})\s+(?P<per>{kw('xa')}|{kw('phuong')}|{kw('thon')}|{kw('ap')}|"
                                rf"{kw('to dan pho')}|{kw('huyen')}|{kw('don vi')}|{kw('truong')})\s+"
                                rf"(?P<n>\d{{1,2}})\s+(?P<noun>[a-z\u0111]+)(?![a-z\u0111])(?=\s*\))")
  # characters from the total's end to the split's comma

# (tgt30b) The objects an inspection or supervision plan sets, counted: on a line labelled "Đối tượng:" past a named
# body ("- Đối tượng: Văn phòng Đảng ủy xã (bộ phận tài chính đảng) và 06 chi bộ trực thuộc", a28-06), as the count right
# after the label is ("Đối tượng: 08 chi bộ trực thuộc Đảng ủy phường", t22-08); or right after the inspecting verb
# opening the task's line ("- Giám sát 06 tổ chức đảng và 10 đảng viên là cấp ủy viên …", a28-06), as "kiểm tra ít nhất
# 04 tổ chức đảng" is with its bound (t18-03, t19-07). Not a list of named objects under a heading ("2. Đối tượng giám
# sát" ⏎ "- 03 tổ chức đảng: Chi bộ …, Chi bộ …", t28-06: the authors of tune28 count none; the line names no label
# and opens with no verb). No figure before it on the label's line: "Đối tượng: 08 chi bộ trực thuộc …, gồm …, Vân Giang
# và 02 chi bộ cơ quan" (t22-08) counts the 08, the 02 is a part of them. (folded, from the line's start to the figure)
OBJECTS_LABEL_BEFORE_RE = re.compile(rf"[ \t*_]*(?:[-+•][ \t]+)?{kw('doi tuong')}(?:\s+(?:{kw('kiem tra')}|{kw('giam sat')}))?"
                                     r"[ \t]*:[^;.:\n\d]*")
# (tgt40) The year the line opens with may stand before the verb (:data:`_CLAUSE_YEAR`): "Năm 2031, kiểm tra 05/17 chi
# bộ trực thuộc" (the year's inspections, as "Kiểm tra 05 chi bộ" is)
INSPECT_OPENING_RE = re.compile(rf"[ \t*_|]*(?:[-+•][ \t]+)?{_CLAUSE_YEAR}(?:{kw('kiem tra')}|{kw('giam sat')})(?:\s+{kw('chuyen de')})?\s+"
                                r"(?:\d{1,3}\s+[^\d,;:.()\n]{2,24}?\s+(?:va|v[a4])\s+)?")

# (tgt30b) The scale a plan sets its activity, on a line labelled "Quy mô:" — "d) Quy mô: cấp tỉnh tổ chức 02 đoàn giám
# sát chuyên đề tại 06 xã, phường; …" (a Kế hoạch liên tịch on supervision, a28-04): the teams and places counted there
# are the plan's own scale, as a "Chỉ tiêu" line's counts are (folded; from the line's start to the figure, one clause)
SCALE_LABEL_BEFORE_RE = re.compile(rf"[ \t*_]*(?:(?:[-+•]|\(?[a-zđ0-9]{{1,2}}[.)])[ \t]+)?{kw('quy mo')}[ \t]*:[^;.:\n]*")

# --- session 16 (authored15, newcomer15): figures that say which case or what happened, not what to reach ---------
# A count of what happened, right after its verb: "Năm 2026, trên địa bàn phường xảy ra 07 vụ cháy, làm bị thương 02
# người" (the lead-in of a phường's "Chỉ tiêu" section) — events of the past year, no aim; "không để xảy ra quá 02 vụ"
# (the verb negated, a bound between) stays a target.
EVENT_COUNT_BEFORE_RE = re.compile(
    rf"(?<!{kw('de')} )(?<!{kw('khong')} )(?:{kw('xay ra')}|{kw('lam chet')}|{kw('lam bi thuong')}|{kw('lam mat tich')})"
    rf"(?:\s+(?:{kw('khoang')}|{kw('hon')}|{kw('tren')}|{kw('gan')}))?\s*$")
# The window of a lapse that a condition counts: "(đưa ra khỏi danh sách khi:) trong 01 năm không tham gia …; trong 02
# năm liền không thực hiện …" — "trong" before the span, a negated verb after (:data:`limit_words.LAPSE_AFTER_RE`); no
# time limit of its own.
# ((tgt38b) or any one of the bodies the prohibition names, "nào" right before: "không để chi bộ nào 02 năm liền không
# kết nạp được đảng viên" — the window of the lapse it rules out, no figure to reach)
WITHIN_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('trong')}|{kw('nao')})\s*$")
WINDOW_RUN_AFTER_RE = re.compile(rf"\s+{kw('lien')}(?=\s+{kw('khong')}\s)")  # "trong 02 năm liền không …"
# (tgt39a) … or the bodies "không còn" / "không để" rules out, named right before the run without "nào": "không còn chi
# bộ thôn 02 năm liền không kết nạp được đảng viên" (a37-08: the labels' note, a condition; t37-08's "nào" form alike).
# Folded, the prohibition then up to six words of the bodies, no figure nor clause mark
PROHIBITED_BODIES_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('khong')}\s+(?:{kw('con')}|{kw('de')})(?:\s+[^\s\d,;:.()]+){{1,6}}\s+$")
#: … its run, "liền" / "liên tiếp" / "liên tục" before the negated verb
PROHIBITED_RUN_AFTER_RE = re.compile(rf"\s+(?:{kw('lien tiep')}|{kw('lien tuc')}|{kw('lien')})(?=\s+{kw('khong')}\s)")
# The band of the body a rule is for, owned with "có": "chi bộ có trên 50 đảng viên bố trí ít nhất 02 tuyên truyền viên"
# (a Hướng dẫn of a Ban Tuyên giáo, authored15), "Chi bộ có từ 20% đến 30% đảng viên xếp loại … thì chi bộ không được
# xếp loại …" (a newcomer's Hướng dẫn) — the rule follows: a bounded figure in the same clause, or "thì".
OWNED_BAND_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('co')}\s+(?:{kw('tren')}|{kw('tu')}|{kw('duoi')}|{kw('hon')})\s*$")
# (tgt31a) … the same band after a plural body, a clause that says which of them a rule is for, no rule of its own after
# it: "thi tuyển đối với các trường THPT thuộc phường và các xã có từ 02 trường THPT trở lên" (an exam plan, a29-03),
# "100% bếp ăn tập thể của các doanh nghiệp có từ 30 người lao động trở lên" (a18-01: the labels count the share alone),
# "sáp nhập các tổ có dưới 20 thành viên" (t28-04). Bodies and places only: a band of persons a decree's rule is for
# ("Những người có dưới 20 năm công tác …", 92/VBHN-BQP) stays the labels' target.
PLURAL_OWNER_BAND_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('cac')}|{kw('nhung')})\s+(?!(?:nguoi|ca nhan|can bo|cong chuc|vien chuc|dang vien|hoi vien|doan vien"
    rf"|hoc sinh|thi sinh|lao dong)(?![a-z]))(?:[a-z]+\s+){{1,5}}?{kw('co')}\s+"
    # (tgt34c) or the share they have: "Các thôn có tỷ lệ hộ nghèo trên 30% (Phja Đén, Khau Cảng) phấn đấu giảm …"
    rf"(?:{kw('ty le')}(?:\s+[a-z]+){{0,4}}?\s+)?(?:{kw('tren')}|{kw('tu')}|{kw('duoi')}|{kw('hon')})\s*$")
# (tgt35b) … but not when the plural body opens its clause and a rule for it follows the band at once: "các cơ quan có
# dưới 15 cán bộ được ghép với tổ dân phố nơi đặt trụ sở" (a games' rule on who forms a team, t33-07) — the threshold
# the rule acts from, a target as a grading rule's one-sided threshold is (not "sáp nhập các tổ có dưới 20 thành viên",
# t28-04, nor "đối với … các xã có từ 02 trường THPT trở lên", a29-03: the band there says which bodies a task is for)
OWNER_RULE_AFTER_RE = re.compile(rf"(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{kw('duoc')}|{kw('phai')})[ \t]+[a-z]")  # ("người lao động được …")
# (t53tgt) a comma may join the rule's paired verbs: "riêng chi bộ có dưới 10 đảng viên kiểm tra, giám sát ít nhất 01
# đảng viên" (a Đảng ủy xã's Chương trình kiểm tra, giám sát, t53-06: the size band says which chi bộ, the labels count
# the 01 alone) — the comma before a second verb of the pair, no other
_PAIRED_VERB_COMMA = rf",(?=\s*(?:{kw('giam sat')}|{kw('kiem tra')}|{kw('theo doi')})(?![a-z]))"
# (tgt56t) a printed line may wrap between the band and its rule: "…, chi ủy có từ 03 đồng chí trở lên⏎có ít nhất 01
# chi ủy viên nữ" (t55-08: the band says which chi ủy, the labels count the 01 alone; a blank line still ends it)
RULE_AFTER_BAND_RE = re.compile(
    rf"(?:[^,;:.\n]|\n(?![ \t]*\n)|{_PAIRED_VERB_COMMA}){{0,80}}?(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}"
    rf"|{kw('khong duoi')})\s+\d")
# ("thì" matched as printed: folded, "thị trấn" reads "thi"; "Những người có dưới 20 năm công tác …, sau đó công tác ở
# xã, phường, thị trấn" is a band the labels count, 92/VBHN-BQP)
THEN_AFTER_BAND_RE = re.compile(r"[^;:.]{0,120}?(?<!\w)thì(?!\w)", re.IGNORECASE)
# The past-result words (:data:`patterns.PAST_RESULT_RE`, OCR-tolerant in the folded view) that, printed with their
# marks, say nothing was done: "bị có" of "Đảng viên dự bị có thời gian sinh hoạt dưới 06 tháng" (probationary, has)
# matches the look-alike of "đã có" (matched on the original text, case aside)
NOT_DONE_PRINTED_RE = re.compile(r"bị\s+có(?!\w)", re.IGNORECASE)
# The past-result word "kết quả" (folded) naming the item a score scale caps, no result, when a firm bound precedes
# the figure: "kết quả lãnh đạo thực hiện nhiệm vụ chính trị tối đa 40 điểm" (``targets``)
SCORED_ITEM_PAST_RE = re.compile(kw("ket qua"))
# A one-sided band of a case ("đối với sở, ban, ngành có từ 100 công chức, viên chức trở lên, đề nghị không quá 08 tập
# thể"; a Sở Nội vụ's Hướng dẫn on thi đua, t28-08): the band word before the figure, and the bound of the case's rule
# after it in the same part (commas allowed, no ";" ":" "."; ``targets._case_band``)
CASE_BAND_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('co')}\s+)?(?:{kw('tu')}|{kw('duoi')}|{kw('tren')})\s*$")
CASE_RULE_AFTER_RE = re.compile(
    rf"[^;:.\n]{{0,80}}?(?<![a-z])(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}|{kw('khong vuot qua')}"
    rf"|{kw('khong duoi')})\s+\d")
# A run of consecutive periods or times a rule's case counts (folded, right after the figure): "có 03 lần liên tục đạt
# danh hiệu "Chiến sĩ thi đua cơ sở"" (a Sở Nội vụ's Hướng dẫn on thi đua, t28-08), "bị xếp loại "Không hoàn thành nhiệm
# vụ" 02 năm liên tiếp thì …" (a16-06) — an exact figure; not after "trong" (a lapse's window, ``_case_figure``)
CONSECUTIVE_RUN_AFTER_RE = re.compile(
    rf"\s+(?P<u>{kw('lan')}|{kw('nam')}|{kw('thang')}|{kw('quy')}|{kw('ky')})\s+(?:{kw('lien tuc')}|{kw('lien tiep')}|{kw('lien')})(?![a-z])")
# … not one compared ("Đăng nhập sai mật khẩu quá 12 lần liên tiếp", 162/2025/QĐ-UBND: more than twelve, no exact run)
RUN_COMPARED_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('qua')}|{kw('tren')}|{kw('duoi')}|{kw('hon')}|{kw('tu')})\s*$")
# … "thì" alone, between a one-sided band and the bound its rule sets: the band is the rule's threshold, a target
THEN_WORD_RE = re.compile(r"(?<!\w)thì(?!\w)", re.IGNORECASE)
# The things a share counts, named by a figure of their own: "Không quá 5% số xã, phường có tỷ lệ tiêm chủng đầy đủ dưới
# 90%" (a Sở Y tế's Công văn, tune19), "ít nhất 10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi"
# (624/KH-UBND) — the second figure says which xã or schools are counted, the labels count the share alone.
SHARE_OF_OWNERS_BEFORE_RE = re.compile(
    rf"\d\s*%\s+(?:{kw('tong so')}|{kw('so')})\s+[^;:.\d%]{{1,80}}?(?<![a-z]){kw('co')}\s+[^;:.\d%]{{0,60}}?"
    rf"(?:{kw('duoi')}|{kw('tren')}|{kw('tu')}|{kw('thap hon')}|{kw('cao hon')})\s*$")
# (t53tgt) … and the things a rate counts, named before its figure by what each has: "Tỷ lệ hộ gia đình có ít nhất 01
# thành viên sở hữu tài khoản thanh toán điện tử (…) đạt tối thiểu 88%" (a xã's chuyển đổi số plan, t53-01: the labels
# count the 88% alone) — which households the rate counts, the standard wording of a digital-society indicator. Folded:
# "tỷ lệ" then the things and "có" with an optional bound right before the figure, a percentage later in the sentence
RATE_OWNERS_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('ty le')}\s(?:[^;:.%\d\n]|\n(?![ \t]*\n)){{1,60}}?(?<![a-z]){kw('co')}\s+(?:(?:{kw('it nhat')}|{kw('toi thieu')})\s+)?$")
RATE_AFTER_OWNERS_RE = re.compile(r"(?:[^;:.\n%]|\n(?![ \t]*\n)){0,200}?\d(?:[\d.,]*\d)?\s*%")  # (a wrapped line goes on)
# (t53tgt) … and what each of the things a share counts does, a plain count after the share in its clause: "Phấn đấu 100%
# chi bộ trực thuộc các đảng bộ, chi bộ cơ sở tổ chức sinh hoạt đủ 04 chuyên đề trong năm" (a Ban Tuyên giáo's Hướng
# dẫn, t53-10), "Đạt tỷ lệ từ 95% trở lên số trẻ từ 1 đến 5 tuổi … được tiêm 01 liều vắc xin MR" (t53-07): the labels
# count the share alone, as "100% học sinh lớp 1 được học 2 buổi/ngày" (a31-04). Folded, from the share's sign to the
# figure: the things right after the sign ("100% chi bộ", "95% trở lên số trẻ"; not "15%/năm"), then no clause mark,
# bracket, nor a word that starts a second aim or a measure ("và", "đạt", "tăng", "giảm", "gấp", "khoảng", "so với",
# "định mức": "tăng 6% so với năm 2032, đạt khoảng 1.045 thành viên", t41-09; "đạt ít nhất 80%, tăng 8,6 điểm phần
# trăm", a37-04; "hỗ trợ 50% giá giống lúa … theo định mức 40 kg/ha", t36-02); ``targets._not_set_here`` asks for a
# plain count (no bound, no time, no money)
_SECOND_AIM_WORDS = ("va", "dat", "tang", "giam", "gap", "khoang", "so voi", "dinh muc")
SHARE_THINGS_DO_BEFORE_RE = re.compile(
    rf"\d\s*%(?:\s+{kw('tro len')})?\s+(?!{kw('tro len')})[a-z\u0111]"
    rf"(?:(?!(?<![a-z])(?:{'|'.join(kw(w) for w in _SECOND_AIM_WORDS)})(?![a-z]))[^;:.()%\n]){{0,160}}$")
# "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt trên 150 triệu đồng": "trên 1 ha" is per hectare (the
# denominator of the figure the clause goes on to), no minimum of one hectare.
PER_ONE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tren')}|{kw('moi')})\s*$")
# (tgt56t) … and the figure it goes on to, read per that hectare: the "1 ha" after "trên"/"mỗi", the clause's words up to
# "đạt" and its bound words right before the figure (folded; :mod:`.per_area_values`)
PER_ONE_HECTARE_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('tren')}|{kw('moi')})\s+(?:0?1|{kw('mot')})\s*(?:ha|hecta|hec-ta)(?![a-z])"
    rf"(?:[^,;:.\d\n]|\n(?![ \t]*\n)){{0,90}}?(?<![a-z]){kw('dat')}(?:\s+[a-z]+){{0,3}}\s*$")
#: an area already in a unit ("triệu đồng/ha", "đồng/m2")
AREA_IN_UNIT_RE = re.compile(r"/\s*(?:ha|hecta|m2|m²|km2|km²|sao|mau)(?![a-z])")
# (a wrapped line goes on: "… trên 01 ha đất trồng trọt và nuôi trồng thủy sản⏎đạt 165 triệu đồng", a blank line does not)
REACH_FIGURE_AFTER_RE = re.compile(rf"(?:[^,;:.\n]|\n(?![ \t]*\n)){{0,70}}?(?<![a-z]){kw('dat')}(?:\s+[a-z]+){{0,2}}\s+\d")
# A grade that qualifies the things a figure counts: "Có ít nhất 08 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên" — the
# stars say which products, the target is the 08 — also before that figure ("Số sản phẩm OCOP được công nhận từ 3 sao
# trở lên tăng bình quân 8 - 10%/năm", t18-01). A grade alone is no target either (authored16's notes).
GRADE_UNITS = ("sao",)
# The population a rate of earlier counts is per: "Đạt 19 bác sĩ và 35 giường bệnh trên 10.000 dân" — "trên" is "per"
# here, the 10.000 no minimum (the labels: the 19 and the 35 are the targets).
POPULATION_UNITS = ("dan", "nguoi dan", "dan so", "nguoi")
# A counter that legacy OCR's restoration printed with a capital ("ít nhất 01 Lần trong năm"): still a counted noun,
# never the first word of a name as "03 Chương trình".
CAPITALISED_COUNTERS = ("lan", "luot", "dot", "buoi", "cuoc", "ngay", "gio", "phut")
# … and a group or a post a plan names with its capital after a firm bound ("Mỗi ấp duy trì ít nhất 01 Tổ công nghệ số
# cộng đồng", "tối thiểu 01 Đội xung kích", "01 Điểm …"; tgt38b: "cau" of "Câu lạc bộ", "Thành lập mới ít nhất 02 Câu
# lạc bộ …"): the kind is counted, each of them one (not "03 Chương trình", a name's first word)
CAPITALISED_GROUPS = ("to", "doi", "nhom", "diem", "cau")
# (t53tgt) … or such a group placed one at each place named after it in the clause, the same figure: "Duy trì hoạt động
# hiệu quả 11 Tổ công nghệ số cộng đồng tại 11/11 ấp" (a xã's chuyển đổi số plan, t53-01, labelled 11 with the team as
# its unit; "09 mô hình … tại 09/09 thôn" of t52-10 alike) — a name is never spread over the places (folded, from the
# count's end: the team's words, "tại"/"ở", the places' figure as "n")
GROUPS_AT_PLACES_AFTER_RE = re.compile(rf"[^;:.\d\n]{{2,60}}?\s(?:{kw('tai')}|{kw('o')})\s+(?P<n>\d{{1,3}})(?:/\d{{1,3}})?\s")
# The main clause after a condition's comma, its bound set by "bảo đảm": "Khi dự kiến số lớp, các đơn vị bảo đảm sĩ số
# không quá 35 học sinh/lớp đối với cấp tiểu học" (a Sở GD&ĐT's công văn) — the case says when, the quota is the rule.
# ("… và không quá 45 học sinh/lớp đối với cấp trung học cơ sở": the second quota of the list too)
_FIRM_BOUND = rf"(?:{kw('khong qua')}|{kw('toi da')}|{kw('it nhat')}|{kw('toi thieu')}|{kw('khong duoi')})"
ASSURED_BOUND_RE = re.compile(
    rf"[^,;:]{{0,60}}?(?:{kw('bao dam')}|{kw('dam bao')})(?:\s+[a-z]+){{0,4}}?\s+{_FIRM_BOUND}"
    rf"(?:[^,;:]{{0,100}}?\s(?:{kw('va')}|{kw('hoac')})\s+{_FIRM_BOUND})?\s*$")
# (session 23) The places a task is to reach, counted after "tại": "Giám sát đợt 1 tại 04 xã, phường và cơ quan bảo hiểm
# xã hội cơ sở", "Giám sát đợt 2 tại 04 xã, phường và 02 doanh nghiệp" (a MTTQ's plan of supervision, a21-10), "bắn pháo
# hoa đêm Giao thừa tại 03 điểm" (t20-01), "tại 03 cụm trường" (t20-06), "Kiểm tra … tại ít nhất 04 chi bộ" (t21-02),
# "Phúc tra … tại 03 đến 05 thôn" (t22-10): how many the plan sets (7 of 7 such on the tuning labels) — the figure right
# after "tại" or after the list's "và" that goes on from one ("tại 04 xã, phường và 02 doanh nghiệp"), its noun a
# place or a unit (folded)
# — after the task's verb: "Tại 05 trường đã đưa vào sử dụng, công tác tổ chức ăn, ở … cơ bản bảo đảm" (a Thông báo's
# account, a20-05) opens with the places it speaks of, and "đã" after them (DONE_AFTER_RE) tells those already done
AT_PLACES_BEFORE_RE = re.compile(r"(?<![a-z])tai(?:\s+\d{1,3}\s+[a-z]+(?:[ \t,]+[a-z]+){0,3}\s+va)?\s*$")
# (tgt36a) … nor all the places of the area, "trên địa bàn" after them: "Ngày hội được tổ chức đồng loạt tại 26 khu dân
# cư (thôn, bản) trên địa bàn xã" (a34-02) — the whole, the scope of the plan (its share, "100% khu dân cư", the goal);
# nor the places a works amount read just before lies in: "bê tông hóa 4,0 km đường thôn, ngõ xóm tại 05 thôn" (t35-03;
# the length is the goal, the villages where it lies). (folded, right after the places' noun)
WORKS_MEASURE_UNITS = ("km", "m", "ha", "m2", "m3")
# (tgt40) … nor the places an event is held at all at once, "đồng loạt" right before "tại": "Cuộc bầu cử được tổ chức
# đồng loạt tại 14 thôn và 05 tổ dân phố trong cùng một ngày" (a32-01) — all of them, the area the event covers, as
# "trên địa bàn" after them says (folded, the words before "tại")
AT_ONCE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dong loat')}\s*$")
WHOLE_AREA_AFTER_RE = re.compile(rf"\s*(?:\([^()\n]{{0,40}}\)\s*)?{kw('tren dia ban')}(?![a-z])")
#: (t51tgt) … only where the places are the area's own divisions, the thôn, khu dân cư, xã of it: "tại 26 khu dân cư
#: (thôn, bản) trên địa bàn xã" (a34-02) is all of them, but "tại 05 doanh nghiệp trên địa bàn huyện" (t51-01), "tại 04
#: trường trên địa bàn" (a39-08), "tại 06 điểm hiến máu trên địa bàn tỉnh" (t33-05) are so many of the area's schools,
#: businesses, sites that the plan picks: each labelled, a count to reach
AREA_DIVISIONS = (*COMMUNE_LEVELS, *RESIDENTIAL_UNITS, "huyen", "quan", "tinh", "dia ban", "to", "khu")


#: (fixrev52a) the divisions whose folded word heads other nouns too — "tổ" and "tổ chức", "khu" and "khu công
#: nghiệp", "quận" and "quân", "tỉnh" and "tình", "bản" and "ban ngành": the word on its own only, or before the
#: division's number ("tổ 3", "khu số 2"): "tại 04 khu công nghiệp trên địa bàn huyện", "tại 06 tổ chức cơ sở đảng trên
#: địa bàn" are so many sites the plan picks, each a count to reach
WHOLE_WORD_DIVISIONS = ("to", "khu", "quan", "tinh", "ban")
_DIVISION_NUMBER_AFTER = re.compile(r" (?:so )?(?:\d|[ivx]+(?![a-z]))")


def area_division(unit: str) -> bool:
    """The folded counted noun ``unit`` heads with one of :data:`AREA_DIVISIONS` ("thôn", "khu dân cư", "xã, phường"),
    those of :data:`WHOLE_WORD_DIVISIONS` as a whole word."""
    head = unit.split(",")[0].strip()
    return any(head == p or (head.startswith(p + " ") and (p not in WHOLE_WORD_DIVISIONS
                                                           or _DIVISION_NUMBER_AFTER.match(head, len(p))))
               for p in AREA_DIVISIONS)
# (tgt35b) … but not the places a body is set up in, one each, when the rule for each body follows: "Thành lập Tổ rà
# soát tại 12 thôn, mỗi tổ không quá 05 thành viên" (a33-10; t33-10's "tại 10 thôn, mỗi tổ có không dưới 03 thành
# viên" alike) — the village count of the area, which both twins leave out, each body's size the figure set (without
# the rule the places stay the count to reach: "Kiện toàn Đội dân phòng tại 12 tổ dân phố;", a29-09); the words right
# before "tại" and the rule right after the places (folded)
EACH_BODY_AFTER_RE = re.compile(rf"\s*,\s*{kw('moi')}\s+(?:{kw('to')}|{kw('ban')}|{kw('doi')}|{kw('nhom')})(?![a-z])")
BODY_SET_UP_AT_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('thanh lap')}|{kw('kien toan')})\s+(?:{kw('to')}|{kw('ban')}|{kw('doi')}|{kw('nhom')}|{kw('hoi dong')})"
    r"(?:\s+[a-z]+){0,5}\s*$")
SENTENCE_OPENING_RE = re.compile(r"\s*(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-z]\))?\s*")
DONE_AFTER_RE = re.compile(r"\s+(?:đã|đang)(?!\w)", re.IGNORECASE)
AT_PLACE_UNITS = (*COMMUNE_LEVELS, *RESIDENTIAL_UNITS, "diem", "cum",  # (the places: vanban.place_nouns)
                  "truong", "chi bo", "dang bo", "co so", "don vi", "doanh nghiep", "huyen", "tinh", "to chuc", "co quan",
                  "dia ban", "hop tac xa", "cho", "benh vien", "tram",
                  "khu cong nghiep",  # (fixrev52a) "tại 04 khu công nghiệp trên địa bàn huyện": sites the plan picks
                  "vi tri")  # (tgt43d) "đắp đập tạm tại 04 vị trí kênh nội đồng": positions, as "tại 03 điểm" are


# (tgt38b) A count over its whole printed with leading zeros, every one of the places ("tại 06/06 chi hội", "08/08 thôn
# hoàn thành"), looks like a day and month ("06/06") but counts places: all of them, its noun a place or body of
# :data:`AT_PLACE_UNITS` or a branch of a mass organisation, no date cue before it ("ngày 06/06", "từ 01/01", "dịp 30/04").
WHOLE_BODY_NOUNS = ("chi hoi", "chi doan", "chi bo", "hoi")  # (tgt39b: "08/21 chi bộ", a Party check's share)
DATE_CUE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('ngay')}|{kw('tu')}|{kw('den')}|{kw('truoc')}|{kw('sau')}|{kw('vao')}|"
                                rf"{kw('dip')}|{kw('le')}|{kw('tet')}|{kw('nghi')}|{kw('hang nam')})\s*$")


#: (tgt32d) the lower-case kind words between a count of units and their names ("03 chi bộ thôn Sín Chải, …"), at most
_NAMED_KIND_WORDS = 3
_NAMED_LIST_END = re.compile(r"[(;:.!?]|\n[ \t]*\n")  # a wrapped line goes on the list, a blank line ends it


def names_as_many(original: str, at: int, count: float | None) -> bool:
    """The words right after a count of units (``original`` from ``at``, the unit's end) list as many names as the count:
    "phải kết nạp … ; 03 chi bộ thôn Na Pên, Khuổi Lầy, Bó Mon (…) phải kết nạp ít nhất 01 đảng viên" — the count says
    which units the sentence is about, named one by one, no aim (a Đảng ủy xã's plan, t31-05). The names are capitalised
    runs of one to four words parted by commas or "và", after at most :data:`_NAMED_KIND_WORDS` lower-case kind words
    ("thôn", "tổ dân phố"); two names at least."""
    if count is None or count != int(count) or not 2 <= count <= 20:
        return False
    tail = original[at:at + 240]
    cut = _NAMED_LIST_END.search(tail)
    words = (tail[:cut.start()] if cut else tail).split()
    k = 0
    while k < len(words) and k < _NAMED_KIND_WORDS and words[k][:1].islower():
        k += 1
    items = re.split(r",|\s+và\s+", " ".join(words[k:]))
    names = [i.split() for i in items]
    return len(names) == int(count) and all(0 < len(n) <= 4 and all(w[:1].isupper() for w in n) for n in names)


def place_unit(unit: str) -> bool:
    """The folded counted noun ``unit`` is a place or a unit of :data:`AT_PLACE_UNITS`, alone or heading its phrase
    ("xã, phường", "cụm trường", "điểm cầu")."""
    head = unit.split(",")[0].strip()
    return any(head == p or head.startswith(p + " ") for p in AT_PLACE_UNITS)
# Printed words that end a counted noun: "không quá 05 phút kể từ khi nhận được tin báo" ("kể từ": from when); (session
# 23) "xử lý dứt điểm 07 kiến nghị còn tồn đọng" ("còn": still left; "con" (child) folds alike and stays: "02 con").
NOUN_STOP_PRINTED = {"kể", "còn"}
# The syllable after a counted noun (``targets._word_cut_by_cap``; a wrapped line goes on the phrase: "dẫn đầu Hiệp ⏎
# hội các quốc gia").
NEXT_SYLLABLE_RE = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<w>[a-z\u0111]{1,7})(?![\w])")
# … and past one blank line, where the structure stage took a wrapped line's capital for a paragraph's start (legacy
# OCR: "ít nhất 02 ⏎ Lần trong năm"); read only for a counter after a firm bound (``targets._capitalised_counter``)
NEXT_SYLLABLE_PAST_BREAK_RE = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*(?P<w>[a-z\u0111]{1,7})(?![\w])")
# (tgt38b) The classes a plan opens, the verb right before the count: "Ban Xây dựng Đảng … phối hợp với Trường Chính trị
# mở 02 lớp bồi dưỡng nhận thức về Đảng", "mở thêm 03 lớp xóa mù chữ" — the quota of classes, exactly, wherever the
# clause's subject stands (printed: "mở", not "mô"/"mồ", which fold alike)
# (tgt41b: or "tổ chức", "Phối hợp Trung tâm … tổ chức 04 lớp tập huấn kỹ thuật …", t39-05 — classes are held as
# they are opened, a quota, where "Tổ chức 02 hội nghị" counts occasions)
CLASSES_OPENED_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:mở|tổ\s+chức)(?:\s+(?:thêm|mới))?\s+$")
CLASS_NOUNS = ("lop", "khoa")
# (tgt38b) A classifier whose next syllables make one compound noun with the word after the unit read: "mỗi thôn xây
# dựng ít nhất 01 tuyến đường hoa, cây xanh" — "đường hoa" (a flower road) is the thing, "tuyến" the counter, as the
# labels count it ("tuyến", a18-09, t31-10); not "05 tuyến đường giao thông", whose unit stays "tuyến đường". Folded:
# the known unit, then the printed word that closes the compound, and the counter left.
# (tgt42d) … and "ngày công", the man-days of labour a plan mobilises ("Nạo vét … bằng thủ công với 950 ngày công",
# "huy động tối thiểu 1.200 ngày công lao động"): an amount of work, no stretch of time ("ngày công bố", "ngày công
# tác" are a day named and a duty's days)
# (fixrev42) … told by what marks labour, not by the tails seen: "ngày công" closing its clause or followed by "lao
# động" or "/người", or the count right after a labour verb ("huy động", "đóng góp", "với"); "Trong thời hạn 05 ngày
# công ty phải nộp …", "03 ngày công dân nhận kết quả" stay a time limit in days. Each entry: (after the unit, the
# counter, then what confirms it — the words right after the unit or those right before the count, either; both None
# when the compound needs no confirming).
_MAN_DAYS_AFTER = r"[ \t]+cong(?=[ \t]+lao[ \t]+dong(?![a-z])|[ \t]*/[ \t]*nguoi(?![a-z])|[ \t]*(?:[.;,:)\n]|$))"
LABOUR_BEFORE_COUNT_RE = re.compile(
    rf"(?<![a-z])(?:{kw('huy dong')}|{kw('gop')}|{kw('voi')})\s+(?:[a-z]+\s+){{0,3}}[\d.,]*\d\s*$")
COMPOUND_AFTER_UNIT = {"tuyen duong": (re.compile(r"[ \t]+hoa(?![a-z])"), "tuyến", None, None),
                       "ngay": (re.compile(r"[ \t]+cong(?![a-z])"), "ngày công",
                                re.compile(_MAN_DAYS_AFTER), LABOUR_BEFORE_COUNT_RE)}
# Two-syllable modifiers a counted noun of three syllables may be cut in (folded): "50 bài giảng điện | tử mẫu" (the
# session-18 newcomer's plan: the unit was "bài giảng điện"), "sổ điểm điện tử", "dịch vụ công trực tuyến": the cap of
# three keeps the whole word.
SPLIT_MODIFIERS = {"dien tu", "truc tuyen", "thong minh", "tu dong", "ky thuat", "chat luong", "hien dai"}
# (ncfix50a) … and the verbs of two syllables that open a modifier after a two-syllable head ("05 kịch bản ứng dụng dữ
# liệu", "mô hình ứng dụng công nghệ"): when the cap cuts one, the noun is its head alone
SPLIT_VERBS = {"ung dung", "phuc vu", "dat chuan", "ho tro", "tham gia"}
# A quota per thing after its counted noun: "không quá 35 học sinh/lớp", "tối đa 1,5 giáo viên/lớp" (a Sở GD&ĐT's công
# văn) — the unit is "học sinh/lớp" (a period after the "/" is the figure's period instead: "03 lần/tuần"). The things a
# quota is per are few; a word outside them is more often OCR's ("giáo viên/lập"), and the plain noun is kept.
# (tgt36a) … and the area or length a yield or a norm is per: "Năng suất ngô hạt bình quân đạt 52 tạ/ha trở lên" (a vụ Đông
# plan, a34-04: "tạ/ha", its "trở lên" right after), "180 tấn/km đối với mặt đường rộng 3,5 m" (cement per km, t35-03)
_PER_NOUNS = ("lop", "ho", "nguoi", "xa", "phuong", "truong", "thon", "to", "nhom", "phong", "giuong", "diem", "don vi",
              "ha", "km")
PER_NOUN_TAIL_RE = re.compile(rf"[ \t]?/[ \t]?(?P<per>{'|'.join(_PER_NOUNS)})(?![\w/])")
# A rate per a round base written with "trên" (per) after the figure: "Tỷ suất chết trẻ em dưới 1 tuổi không quá 11,2
# trên 1.000 trẻ đẻ sống", "tỷ lệ mắc lao 75 trên 100.000 dân" (a Sở Y tế's plan, a18-05) — the unit is "/1.000 trẻ đẻ
# sống", as "11,2/1.000 trẻ đẻ sống" gives it; the base is no minimum of its own ("trên 1.000 trẻ"). Only a power of
# ten: "tăng 5 trên 10 chỉ tiêu" counts, it is no rate.
# (tgt30b) A rate per a round base whose counted noun stands before it, after "số": "số ca mắc do ngộ độc thực phẩm cấp
# tính không quá 7/100.000 dân" is so many cases per 100.000 people ("ca/100.000 dân"), "số người mắc … dưới 5/100.000
# dân" so many people (a28-04, a28-09); "Tỷ lệ mắc sốt xuất huyết dưới 45/100.000 dân" names no noun ("/100.000 dân",
# a18-05). Folded; the last one in the figure's clause. (tgt31b) So does the noun right after "tỷ lệ": "kiềm chế tỷ lệ
# người sử dụng trái phép chất ma túy không quá 40/100.000 dân" (a29-05: "người/100.000 dân"; not "Tỷ lệ phát hiện bệnh
# nhân lao …", whose noun does not follow "tỷ lệ" and whose labels write "/100.000 dân").
RATE_NOUN_BEFORE_RE = re.compile(r"(?<![a-z])(?:so|ty le)\s+(?P<noun>ca|nguoi|truong hop|vu|benh nhan|luot)(?![a-z])")
PER_BASE_AFTER_RE = re.compile(rf"[ \t]+{kw('tren')}[ \t]+(?P<den>100|1\.000|10\.000|100\.000|1\.000\.000)(?![\d.,])")
# (tgt52) The level a plan's task raises a total or an area to, "nâng … lên N" / "mở rộng … lên N" right before the
# figure in its clause: "mở rộng diện tích lúa chất lượng cao lên 320 ha" (a Đảng ủy xã's resolution, its tasks,
# a50-06), "nâng tổng số hợp tác xã trên địa bàn lên 09 hợp tác xã" (t41-09), "nâng tổng số camera … lên 100 camera"
# (t45-05), "nâng tổng số lên 08 câu lạc bộ" (a49-02, t49-02) — 23 such figures in the plans of the gold sets
# (authored35–50, tune18–49), every one labelled, exact (a bound word before it, "trên", "ít nhất", is read as
# such by the bound passes); the three left out are past results in reports (t23-01, t29-01, t48-02: "tăng từ 41 đơn vị
# (năm 2022) lên 78 đơn vị", "nâng tổng số doanh nghiệp … lên 1.254 doanh nghiệp"), no aim (the caller's results and
# past checks). Folded; the verb and up to ten words in the figure's clause (no ",;:."), then "lên".
RAISED_TO_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('nang')}|{kw('mo rong')})(?:\s+[^\s,;:.()]+){{1,10}}?\s+{kw('len')}"
    rf"(?:\s+(?:{kw('muc')}|{kw('tren')}|{kw('it nhat')}|{kw('toi thieu')}|{kw('khoang')}))?\s*$")
# The aim's word, then the year it is set for, then the figure: "phấn đấu trong năm 2027 có thêm 02 ấp đạt chuẩn ấp
# nông thôn mới kiểu mẫu" (a UBND xã's plan, a18-09), "phấn đấu đến năm 2030 có 05 xã đạt chuẩn …" — the aim sets the
# count as firmly as "phấn đấu có thêm 02 ấp" does, the period phrase between them notwithstanding (folded; the
# words up to the figure).
AIM_THEN_PERIOD_BEFORE_RE = re.compile(
    rf"(?:{kw('phan dau')}|{kw('muc tieu')})\s*,?\s+(?:(?:{kw('trong')}|{kw('den')}|{kw('den het')}|{kw('den cuoi')}|{kw('vao')})\s+)?"
    rf"(?:{NAM}|{kw('giai doan')})\s+20\d\d(?:\s*-\s*20\d\d)?\s*,?\s+"
    rf"(?:(?:{kw('co')}|{kw('xay dung')}|{kw('phat trien')}|{kw('hoan thanh')}|{kw('dat')})\s+)?(?:{kw('them')}\s+)?$"
    # (session 28) … or a short clause of its own after the period's comma, its subject and verb, and "khoảng": "Phấn
    # đấu đến năm 2030, tỉnh đón khoảng 25 triệu lượt khách" (a Kết luận of a Ban Thường vụ Tỉnh ủy, t27-03)
    rf"|(?:{kw('phan dau')}|{kw('muc tieu')})\s*,?\s+(?:{kw('den')}|{kw('den het')}|{kw('den cuoi')}|{kw('trong')})\s+{NAM}\s+20\d\d\s*,"
    rf"\s+(?:[a-z]+\s+){{1,3}}(?:{kw('khoang')}\s+)?$")
# A sum per head and per year or month after its money unit: "Thu nhập bình quân đầu người đạt 65 triệu
# đồng/người/năm" (a xã's Nghị quyết, the session-18 newcomer; the labels' unit "triệu đồng/người/năm") — an income
# rate, its unit whole; a fee level per thing alone ("4.000.000 đồng/hộ", "400.000 đồng/người/buổi") keeps "đồng".
PER_HEAD_PERIOD_TAIL_RE = re.compile(
    rf"[ \t]?/[ \t]?(?P<per>{'|'.join(_PER_NOUNS)})[ \t]?/[ \t]?(?:{NAM}|{THANG})(?![\w/])")
# (tgt53) A house a plan builds or mends named by its scheme, in quotes or with its capitals: "Hỗ trợ xây dựng mới 02
# "Mái ấm Công đoàn" cho đoàn viên …" (a51-01), "Hỗ trợ xây mới 03 Mái ấm Công đoàn …" (t51-01, a Liên đoàn Lao động's
# Tháng Công nhân plan) — houses counted, the labels' unit "nhà" in both twins (as "nhà Đại đoàn kết" is "nhà", a26,
# a36, t36); the name no counted noun of its own, its capital no name's first word (printed, before the quoted name)
HOUSE_NAME_AFTER_RE = re.compile(r"[ \t]*(?P<q>[“\"])?(?P<name>[Mm]ái[ \t]+ấm(?(q)[^“”\"\n\d]{0,40}[”\"]|(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3}))")
# Things counted by their name in quotes: "Mỗi tổ dân phố xây dựng … ít nhất 01 mô hình “Tổ liên gia an toàn PCCC” và 01
# “Điểm chữa cháy công cộng”" (a phường's Chỉ tiêu) — the quoted name is the counted noun (matched on the original
# text; a short name opening with a letter, closed by its quote in the paragraph — OCR may spoil a letter of it:
# "“Điểm chỉ¥a cháy công cộng”").
QUOTED_NAME_AFTER_RE = re.compile(r"[ \t]*[“\"](?P<name>[^\W\d_](?:[^“”\"\n\d]|\n(?![ \t]*\n)){0,60})[”\"]")
# … and the gap of a list whose items carry their names in quotes: "ít nhất 01 mô hình “Tổ liên gia an toàn PCCC” và 01
# “Điểm chữa cháy công cộng”" — the "ít nhất" runs on to the second figure (on the folded view, quotes read '"').
NAMED_LIST_GAP_RE = re.compile(r"\s*\"[^\"]{1,80}\"\s*(?:,|\s(?:va|v[a4]|hoac))\s*")
# … and through two measures of one cut or rise, each a percentage with its own noun, joined by "và": "phấn đấu cắt
# giảm ít nhất 20% thời gian giải quyết và 20% chi phí tuân thủ thủ tục hành chính" (a province's CCHC plan, tune26:
# the labels read "ít nhất" as governing both). Not a comma or a semicolon ("tối thiểu 70% hồ sơ trực tuyến, 100% hồ
# sơ được số hóa": a list of aims each with its own wording), nor a gap holding a figure or a year.
PERCENT_MEASURE_GAP_RE = re.compile(r"\s+[a-z]+(?:\s+[a-z]+){0,6}\s+v[a4]\s+")
# (session 28) … and a floor ("ít nhất", "tối thiểu") through a pair of counts of different things joined by "và", the
# first noun's words between (a pair "xã, phường" among them): "Hình thành ít nhất 02 mô hình xã, phường thông minh và
# 05 doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ ươm tạo" (a Chương trình hành động of a Đảng ủy, t27-01: the labels
# read "ít nhất" as governing both). Not a semicolon, nor a gap holding a figure (folded; between the two). (tgt35a) A
# comma joins a list's counts as "và" does: "rà soát, kiểm tra thực tế ít nhất 120 hộ kinh doanh, 45 công trình xây
# dựng nhà ở tư nhân và toàn bộ cơ sở …" (a UBND phường's revenue plan, t34-03: both floors)
# (tgt39b) An item's type may close with its size, "loại 8 kg": "trang bị tối thiểu 02 bình chữa cháy bột loại 8 kg, 01
# bình khí CO2, …" (a list of equipment each point must hold; the size is no count of the list).
FLOOR_PAIR_GAP_RE = re.compile(
    r"(?:\s+[a-z]+(?:,?\s+[a-z]+){0,6}?)?(?:\s+loai\s+\d+(?:[.,]\d+)?\s*[a-z]{1,3})(?:\s+v[a4]\s+|,\s+)"
    r"|\s+[a-z]+(?:,?\s+[a-z][a-z0-9]*){0,6}(?:\s+v[a4]\s+|,\s+|\s+hoac\s+)")  # ("01 bình khí CO2, 01 búa": a formula's digit)
# (tgt42b) "hoặc" joins the pair as "và" does: "mỗi tổ chức nhận đỡ đầu ít nhất 01 tuyến đường hoa hoặc 02 vườn mẫu" —
# the floor holds for the other thing too (the same figure twice is one floor over either: :mod:`.share_wholes`)


# A nested heading naming a document's targets ("2. Các chỉ tiêu chủ yếu", "b) Chỉ tiêu cụ thể"), and the words of one
# that names its tasks as well ("Mục tiêu, chỉ tiêu và nhiệm vụ", "Nhiệm vụ, giải pháp"): only the first marks its lines.
# A heading that names the aims below it and their period ("2. Mục tiêu cụ thể đến năm 2030", 597/KH-UBND; "II. CHỈ
# TIÊU NĂM 2027"; "Phương hướng … năm 2027"): a target under it whose sentence and title name no period is set for it
AIMS_HEADING_RE = re.compile(rf"(?<![a-z])(?:{kw('muc tieu')}|{kw('chi tieu')}|{kw('phuong huong')})(?![a-z])")
TARGETS_HEADING_RE = re.compile(rf"(?<![a-z]){kw('chi tieu')}(?![a-z])")
TASKS_HEADING_RE = re.compile(rf"(?<![a-z])(?:{kw('nhiem vu')}|{kw('giai phap')}|{kw('to chuc thuc hien')})(?![a-z])")
# A heading that names the plan's activities beside its targets: "III. NỘI DUNG, CHỈ TIÊU" (t24-06, a Kế hoạch of the
# Đoàn: its items are tasks, "Giới thiệu ít nhất 700 đoàn viên ưu tú … trong quý I/2027" a task due in the quarter,
# the labels) — no part of the targets alone (:func:`targets.target_parts`)
CONTENTS_HEADING_RE = re.compile(rf"(?<![a-z])(?:{kw('noi dung')}|{kw('hoat dong')})(?![a-z])")
# (tgt56t) A part headed by the work to carry out, "III. NỘI DUNG THỰC HIỆN …" (t55-04, a poverty plan's Dự án parts):
# it sets the plan's tasks as a "NHIỆM VỤ" part does, so a count opening a clause there ("Đầu tư 09 công trình") is the
# task's amount (:attr:`targets._Scan.task_sections`)
TASK_CONTENTS_HEADING_RE = re.compile(rf"(?<![a-z]){kw('noi dung thuc hien')}(?![a-z])")
# A heading naming the plan's purposes and requirements ("I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu"): a Kế hoạch of a Đảng
# ủy sets its goals there ("100% đảng viên viết bài thu hoạch") and its tasks name them again ("- 100% đảng viên trong
# Đảng bộ viết bài thu hoạch cá nhân, …"; "bảo đảm 100% đảng viên viết bài thu hoạch"): one goal, counted where it is
# first set (:func:`targets.requirement_parts`, :mod:`restated_goals`)
REQUIREMENTS_HEADING_RE = re.compile(rf"(?<![a-z]){kw('yeu cau')}(?![a-z])")

# A figure named again as stated before: "Các thôn đạt dưới 50% nêu trên, Trưởng thôn có báo cáo giải trình …" — it
# says which ones, the figure was a result given earlier, no target.
# (tgt43d) … or the things a part of the document lists, pointed to: "di dời 100% số mộ tại 04 khu mộ nêu tại Mục III",
# "05 tuyến đường nêu ở Phụ lục" — the things counted where they are listed, the goal the share before them
# (session 54) … the share's base between: "Các xã có số thu đạt dưới 50% dự toán nêu trên báo cáo giải trình …" (a52-05)
REFERS_BACK_AFTER_RE = re.compile(
    rf"(?:\s+(?:{kw('du toan')}|{kw('ke hoach')}|{kw('chi tieu')})(?:\s+{kw('nam')})?)?"
    rf"\s*(?:{kw('neu tren')}|{kw('noi tren')}|{kw('tren day')}"
    rf"|(?:{kw('da')}\s+)?{kw('neu')}\s+(?:{kw('tai')}|{kw('o')})\s+(?:{kw('muc')}|{kw('phan')}|{kw('phu luc')}|{kw('bang')}|{kw('dieu')}"
    rf"|{kw('khoan')}|{kw('diem')}))(?![a-z])")
# (tgt43d) The places a task is held at named by what they hold, "có" and its noun right after them: "tổ chức họp dân
# tại 04 thôn có khu mộ" (the villages that have graves: all of them, the scope, no count the plan sets), "tại 03 xã
# có đồng bào dân tộc thiểu số" (folded; the caller checks "có" as printed: "cỏ", "cờ" fold alike)
PLACES_HAVING_AFTER_RE = re.compile(rf"[ \t]+(?P<co>co)[ \t]+[a-z\u0111]")
# (real41) The case a reply restates from the letter it answers: "Công ty … vướng mắc về chính sách thuế khi vay vốn …
# với lãi suất 0%", "Doanh nghiệp hỏi về việc … thuế suất 10%", "Hộ kinh doanh xin ý kiến về …", "… đề nghị được hướng
# dẫn về …": the enquirer's facts, told so that the answer can be given — no figure the reply sets (folded; searched
# in the figure's clause before it). The verb takes its topic ("về", "việc"); "vướng mắc" as a noun — after "khó khăn,"
# (a report-back clause), a verb that settles it ("tháo gỡ vướng mắc về xác định giá đất …; thời gian giải quyết …
# không quá 15 ngày làm việc", a19-06) or "có", "còn", "các" — is no enquiry.
# (fixrev41) As data: the enquirer's verbs; the words right before that make "vướng mắc" a noun; and the verbs that
# settle it, anywhere before it in the clause ("tháo gỡ dứt điểm vướng mắc về mặt bằng, vận động 12 hộ …": a task
# on the plan's own case, whose figure stays).
ENQUIRY_VERBS = ("vuong mac", "hoi", "xin y kien", "de nghi duoc huong dan", "de nghi huong dan")
ENQUIRY_NOUN_AFTER = ("kho khan,", "kho khan", "co", "con", "cac", "nhung", "moi")
ENQUIRY_SETTLING_VERBS = ("thao go", "giai quyet", "xu ly", "khac phuc", "go")
ENQUIRY_BEFORE_RE = re.compile(
    "".join(f"(?<!{w} )" for w in ENQUIRY_NOUN_AFTER + ENQUIRY_SETTLING_VERBS)
    + "(?:" + "|".join(kw(w) for w in ENQUIRY_VERBS) + rf")\s+(?:{kw('ve')}|{kw('viec')})(?![a-z])")
#: a settling verb earlier in the enquiry's clause: the enquiry words are its object, the plan's own task
ENQUIRY_SETTLED_RE = re.compile("(?<![a-z])(?:" + "|".join(kw(w) for w in ENQUIRY_SETTLING_VERBS) + ")(?![a-z])")
# (session 29, tq29) The whole of a set the figure before holds on, counted after "cả" (all): "số vụ tai nạn giao thông
# giảm không dưới 5%/năm trên cả 3 tiêu chí", "tăng ở cả 2 cấp" — "cả 3 tiêu chí" says which measures the 5% applies
# to (all three named elsewhere), no count to reach (folded; a place word, then "cả", right before the number).
WHOLE_SET_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tren')}|{kw('o')}|{kw('ve')}|{kw('tai')}|{kw('theo')}|{kw('cua')}"
                                 rf"|{kw('doi voi')}|{kw('voi')})\s+{kw('ca')}\s+$")

# (tgt42d) A crop season's year: "Diện tích gieo cấy vụ Đông Xuân 2033 toàn xã: 330,0 ha", "sản xuất vụ Hè Thu 2032" —
# the year names the season (as "năm 2033" names a year), no count, even in a "Chỉ tiêu" part where any counted noun
# is a target. A two-word season stands alone ("Đông Xuân 2032 - 2033"); a one-word one wants "vụ" before it ("vụ Mùa",
# not "mua" to buy). Matched right before a four-digit year (folded; the caller checks the figure is one).
SEASON_YEAR_BEFORE_RE = re.compile(rf"(?<![a-z])(?:(?:{kw('vu')}\s+)?(?:{kw('dong xuan')}|{kw('he thu')}|{kw('thu dong')}"
                                   rf"|{kw('xuan he')})|{kw('vu')}\s+(?:{kw('mua')}|{kw('chiem')}"
                                   rf"|{kw('xuan')}|{kw('dong')}|{kw('he')}))\s*$")

# (tgt42d) The size of a place named right before it in brackets: "Thôn Liễu Hạ (312 hộ) và thôn … (245 hộ) là hai thôn
# có hạ tầng …" — why the places were chosen, no count a "Mục tiêu" part sets (printed: the place's level, then its
# capitalised name, then the bracket, right before the figure)
NAMED_PLACE_SIZE_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])(?i:thôn|tổ dân phố|khu phố|ấp|bản|làng|xóm|buôn|xã|phường)[ \t]+(?:[{CAPITAL}][^\s(),;:.]*[ \t]+){{0,3}}"
    rf"[{CAPITAL}][^\s(),;:.]*[ \t]*\([ \t]*$")

# --- session 18 (authored17): a result given beside the aims -------------------------------------------------------
# How far it got, "mới" (only) before the verb that reached the figure: "(toàn tỉnh mới giải ngân đạt 67,4% kế hoạch)"
# (a17-04, the figure of a report the letter recalls). Matched on the original text: folded, "mới" is "mỗi" (each),
# and "nông thôn mới", "đổi mới" are "new".
ONLY_SO_FAR_BEFORE_RE = re.compile(
    r"(?<![\w])(?<!thôn )(?<!đổi )mới(?:\s+(?!đạt)[^\s.;:()\d]+){1,3}\s+đạt(?:\s+được)?\s*$", re.IGNORECASE)
# A year named first, then a rate reached, in a sentence of its own: "(Năm 2026, tỷ lệ hồ sơ trực tuyến của phường đạt
# 78,3%.)" under the Chỉ tiêu of a plan for 2027 (a17-02): where things stand, when the year is before the one the
# document plans for (folded; the year is the group "y")
YEAR_REACHED_RE = re.compile(r"\s*\(?\s*nam\s+(?P<y>(?:19|20)\d\d)\s*,[^.;:()]{0,120}?(?<![a-z])dat\s*$")
# (session 21, tune20) The "mới đạt" (only reached) of P.RESULT_SO_FAR_RE as printed: folded, "chợ đầu mối đạt yêu cầu"
# (a wholesale market's samples, t20-03) and "mỗi đạt" read the same (on the original text)
SO_FAR_PRINTED_RE = re.compile(r"mới(?!\w)", re.IGNORECASE)
# … and "mới" (new) closing a verb of making or a name, printed alike: "Số doanh nghiệp thành lập mới đạt ít nhất 1.800
# doanh nghiệp" (t20-02's Nghị quyết), "trồng mới đạt", "nông thôn mới đạt", "đổi mới đạt" (folded, before "mới");
# (tgt48) or the thing made, after its verb: "Tỷ lệ lao động nữ được tạo việc làm mới trong tổng số lao động được tạo việc
# làm mới đạt 45%" (a46-10), "giải quyết việc làm mới", "số đảng viên kết nạp mới" — jobs, members newly made
NEW_MADE_BEFORE_RE = re.compile(r"(?<![a-z])(?:thanh lap|xay dung|xay|trong|cap|ket nap|tao|phat trien|dang ky|mo|dau tu"
                                r"|tuyen dung|tuyen|nong thon|doi|viec lam)\s+$")
# (tgt34b) The capitalised "Đà" of a place name ("Đà Lạt", "Đà Nẵng", "Sông Đà"), printed: folded it reads "da", as
# "đã" (already) does, and made a plan's aim a past result ('nhân rộng mô hình "Phân loại rác tại nguồn - vì Đà Lạt
# xanh" ở 100% chi hội', a32-09); matched on the original text at the folded match's start
PLACE_DA_RE = re.compile(r"(?:Đà|ĐÀ)(?!\w)")
# The printed words whose folded "da" reads as "đã" (already) in :data:`patterns.PAST_RESULT_RE` but say nothing was
# done, the whole match as printed: the prefix "đa" (multi-: "đa chiều", "đa dạng", "đa số"; a newcomer's Nghị quyết,
# session 16), "da" printed without the stroke (tg25b: legacy OCR's "lọ đa liều" restored "lô da liễu", t23-09; the
# restoration writes "đã" with its mark) and (tgt34c) "đá" ("Bóng đá nam 7 người: mỗi đơn vị đăng ký 01 đội": football)
DA_NOT_DONE_WORDS = ("đa", "da", "đá")


def da_not_done(o: str, start: int, end: int) -> bool:
    """Whether the past-result word matched at ``o[start:end]`` (the original text) is a look-alike of "đã" that says
    nothing was done: one of :data:`DA_NOT_DONE_WORDS`, or the "Đà" opening a place name (:data:`PLACE_DA_RE`). The one
    check for both, so that a new look-alike is added in one place."""
    return o[start:end].rstrip().lower() in DA_NOT_DONE_WORDS or bool(PLACE_DA_RE.match(o, start))
# (session 21, tune20) None of a class of events: "Không để xảy ra vụ ngộ độc thực phẩm cấp tính có từ 30 người mắc trở
# lên tại các bếp ăn tập thể, lễ hội" (a Kế hoạch's Chỉ tiêu, t20-03) — an exact 0 of the counter "vụ" (group "u"); the
# figure of the clause ("từ 30 người … trở lên") says which events count, no bound to reach. Without a figure ("không để
# xảy ra cháy lớn") there is no number, and the labels give no target (folded; up to the figure, in its sentence)
NO_EVENT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+(?P<u>vu|ca|truong hop)\s"
                                r"[^.;:()\d]{0,100}$")
# (tgt34b) … and with no counter, the incident's class a floor "từ … trở lên" closes: "Không để xảy ra ngộ độc thực
# phẩm từ 30 người mắc trở lên" (a Ban Chỉ đạo's plan for Tết, a32-08) says as t20-03's "vụ … có từ 30 người mắc trở lên"
# and a28-04's do which events count, none of them to happen: an exact 0 "vụ" (the counter of incidents) — the labels of
# a28-04, t20-03, a32-08 (t32-08 alone a max 0). A floor without its "trở lên" ("trên 30 người", a21-09, t27-04) stays
# the kind of incident below (folded; the words up to the "từ" before the figure, in its clause; UPWARD_AFTER_RE after)
# (tgt47t) The class may stand in brackets after the incident: "Không để xảy ra ngộ độc thực phẩm tập thể (từ 02 người
# trở lên) trên địa bàn phường" (a phường's Tết plan, t46-02) — the bracket defines "tập thể", none of those to happen,
# the same 0 "vụ"
NO_EVENT_CLASS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+"
                                      r"(?!(?:qua|tren|hon|vuot|toi da|nhieu hon|vu|ca|truong hop)\s)[a-z][^.;:()\d%]{0,100}?"
                                      rf"\s\(?{kw('tu')}\s*$")
NO_EVENT_COUNTER = "vụ"
NO_EVENT_VERB_RE = re.compile(rf"{kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+")
# (session 23) … and with no counter, the figure of the clause names the kind of incident to avoid, no bound to reach:
# "phấn đấu không để xảy ra ngộ độc thực phẩm tập thể trên 30 người" (a Thông báo of the Thường trực Tỉnh ủy, a21-09:
# "defines the kind of incident to avoid"), "không để phát sinh cháy rừng diện tích trên 1 ha" (folded; up to the figure,
# in its clause)
# — the incident named before the figure; "Không để xảy ra quá 02 vụ cháy lớn" (a bound, then the incidents counted) stays
# a target, as does a figure counting the incidents themselves (INCIDENT_COUNTERS) or a time ("không để phát sinh dự án
# chậm quyết toán quá 06 tháng", a20-04: the delay allowed)
INCIDENT_KIND_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+"
                                     r"(?!(?:qua|tren|hon|vuot|toi da|nhieu hon)\s)[a-z]+\s[^.;:()\d%]{0,100}$")
INCIDENT_COUNTERS = ("vu", "truong hop", "ca", "lan", "diem", "su co")
#: (tgt46p) "quá" right before a figure (folded): "… kéo dài quá 30 phút" after "không để xảy ra" is the time allowed
OVER_RIGHT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('qua')}\s*$")
# (session 21, tune20) "trên" as "per" before a measure's verb: "Số bác sĩ trên 10.000 dân đạt 11,5 bác sĩ; số giường
# bệnh trên 10.000 dân đạt 34 giường" — a round head count of inhabitants is the measure's base, not a figure aimed
# above — the base said before the measure, as PER_BASE_AFTER_RE reads it after the rate (folded: the words before the
# figure, and the unit "dân" with the verb after it; the figure a power of ten)
MEASURE_BASE_BEFORE_RE = re.compile(r"(?<![a-z])(?:so|ty le|ty suat)\s+[a-z]+(?:\s+[a-z]+){0,4}\s+tren\s*$")
MEASURE_BASE_VERB_AFTER_RE = re.compile(r"\s+(?:dat|la|co|tang|giam|toi thieu|it nhat|tren)(?![a-z])")
MEASURE_BASE_UNITS = ("dan",)
# (tgt43b) The one unit an average is taken over: "Doanh thu bình quân 01 hợp tác xã đạt …", "thu nhập trung bình
# của 01 lao động", "năng suất bình quân 1 ha" — the base of the rate, no count aimed at (folded: the words before a
# figure of one)
AVERAGE_BASE_BEFORE_RE = re.compile(r"(?<![a-z])(?:binh quan|trung binh)(?:\s+(?:cua|cho|tren|moi))?\s*$")
MEASURE_BASE_FIGURES = (100.0, 1000.0, 10000.0, 100000.0)
# (session 21, tune20) A sentence opening "Đến [hết] ngày/năm …," that tells what had been done by then ("đã", on the
# printed text: folded, "đa" is "multi-"): "Đến ngày 05/01/2027, Văn phòng Tỉnh ủy đã nhận được báo cáo … của 41/52 cơ
# quan, đơn vị (đạt 78,8%)" (a Công văn đôn đốc), "Đến hết năm 2026, dự án đã giải ngân 412 tỷ đồng, đạt 60,6% kế
# hoạch vốn được giao" (a Thông báo's account of a project before its direction, t21-09): a result, its "đạt"
# notwithstanding (the opening folded; DONE_WORD_RE on the original)
AS_OF_DONE_OPENING_RE = re.compile(
    r"\s*(?:[-+•]\s*)?(?:tinh\s+)?den\s+(?:het\s+)?(?:(?:ngay|nam|thang|quy)\s+)?\d[^,.;:]{0,20},")
DONE_WORD_RE = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)
# (session 23) … and a sentence opening with the day things stood at, that day on or before the document's own, tells
# what had been reached by then with or without "đã": "Đến ngày 15/01/2027, toàn tỉnh giải ngân được 91,3% kế hoạch vốn
# đầu tư công năm 2026, …; tuy nhiên còn 07 dự án giải ngân dưới 60%" in a Thông báo of 20/01/2027 (a21-09), "Tính đến
# hết ngày 30/11/2026, toàn huyện có 1.204 hộ …" — a later day ("Đến ngày 30/6/2027, giải ngân đạt trên 50%") is an aim's
# (folded; the day's groups d, m, y)
# (tgt32a) The day may follow the source of the figures and stand without its comma: "Qua tổng hợp, đến ngày
# 31/8/2027 toàn tỉnh có 61.240 người tham gia BHXH tự nguyện, đạt 78,4% chỉ tiêu giao; tỷ lệ bao phủ BHYT đạt 93,1%
# dân số." (a BHXH tỉnh's Công văn of 22/9/2027, a30-08)
#: "(tính) đến (hết) ngày D/M/YYYY" (folded; groups d, m, y): the day figures stood at, shared by the opening below and
#: :data:`STOOD_AT_DAY_RE` (session 54)
AS_OF_DAY = (r"(?:tinh\s+)?(?:den|toi)\s+(?:het\s+)?ngay\s+"
             r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)(?!\d)")
AS_OF_DAY_OPENING_RE = re.compile(r"\s*(?:[-+•]\s*|\d+(?:\.\d+)*\.\s*|[a-z]\)\s*)?"
                                  r"(?:(?:qua|theo)\s+(?:tong hop|bao cao|ra soat|thong ke)[^,.;:\d]{0,40},\s*)?"
                                  + AS_OF_DAY + r"\s*(?:,|(?=\s+[a-z]))")
# (session 21, tune20) … and a whole sentence of review opening with the earlier year, every ";" clause of it: "Năm
# 2026, tốc độ tăng trưởng (GRDP) ước đạt 8,12%; thu ngân sách … ước đạt 14.260 tỷ đồng, vượt 9,7% dự toán; tỷ lệ hộ
# nghèo giảm còn 3,85%." before a Nghị quyết's aims for 2027, "Dịp Tết Nguyên đán Bính Ngọ năm 2026, … đã tổ chức …
# trị giá trên 312 tỷ đồng …; 100% hộ nghèo được hỗ trợ đón Tết; … giảm 12,4% so với cùng kỳ." opening a Chỉ thị on
# the Tết of 2027, "3. Năm 2025, toàn Đảng bộ tỉnh có 89,6% tổ chức cơ sở đảng …": the opening phrase, up to its
# comma, names the year (group "y"); what follows reports it, whatever the verb (đạt, có, giảm, vượt, bằng)
# ("So với năm 2025, tổng thu … tăng ít nhất 15%" opens with the baseline, not the year reported)
# (tg25: a school year opens alike, its first year the one reported: "Năm học 2026-2027, toàn tỉnh tuyển mới 38.624 học
# sinh lớp 10 …, đạt 71,8% số học sinh tốt nghiệp trung học cơ sở" in a Sở GD&ĐT's công văn of 01/2027, a24-04)
# (tg25c: a Tết's year by its lunar name, "năm" left out — the group "lunar": "Dịp Tết Nguyên đán Bính Ngọ 2026, toàn tỉnh
# xảy ra 112 vụ phạm pháp hình sự (giảm 6,7%), điều tra làm rõ 97 vụ, đạt 86,6%; xảy ra 9 vụ tai nạn giao thông làm
# chết 7 người." opening a Công an tỉnh's plan of 12/2026 for the Tết of 2027, t25-08: the last Tết's results)
# (session 30: nor a comparison's period asked for, "Báo cáo phải có số liệu so sánh cùng kỳ năm 2026, dung lượng
# không quá 08 trang", t29-10: the year the figures are compared with, no year reported)
YEAR_OPENING_RE = re.compile(r"\s*(?:[-+•]\s*|\d{1,2}\.\s*)?\(?\s*(?!so voi\s)(?:(?:[^,.;:()\d\n]|\n(?![ \t]*\n)){0,60}?(?<![a-z])(?<!so voi )"
                             r"(?<!so sanh cung ky )(?<!so voi cung ky ))?"
                             rf"(?:nam\s+(?:hoc\s+)?|(?P<lunar>{LUNAR_YEAR})\s+(?:nam\s+)?)(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,")
# … and the word saying it is done, as printed ("đã"; folded it is also "đá", "da"): a sentence opening with the
# document's own year reports that year when "đã" follows the opening ("Năm 2026, Đảng bộ xã đã kết nạp 47 đảng viên mới,
# đạt 117,5% chỉ tiêu", a22-10)
DONE_WORD_RE = re.compile(r"(?<!\w)đã(?!\w)", re.IGNORECASE)
# (tg25) … and a sentence that says what was done ("đã" before the figure, in any of its ";" clauses) at a time past: a
# day before the document's own or a year before the first it plans for, named anywhere in the sentence — "Hội nghị …
# (đợt 1) đã được Đảng ủy xã tổ chức ngày 18/11/2025 với 1.126/1.189 đảng viên tham dự, đạt 94,7%; 100% chi bộ đã xây
# dựng kế hoạch" (a Kế hoạch of 12/2026, a24-02), "…; toàn tỉnh đã trao hơn 152.000 suất quà …; 100% hộ nghèo, hộ cận
# nghèo được hỗ trợ đón Tết; … tai nạn giao thông giảm 7,2% so với cùng kỳ năm 2025." (a Chỉ thị on the Tết of 2027
# reviewing the last, a24-01). Folded: the day (d, m, y) or the year (y2); a cited paper's day ("Chỉ thị số 14-CT/TU
# ngày 05/12/2025") dates the paper, no act (PAPER_DAY_BEFORE_RE on the original, right before the day).
PAST_TIME_RE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)"
                          r"|(?<![a-z])nam\s+(?P<y2>(?:19|20)\d\d)(?![\d/])")
# (tgt56t) A ranking or an index a paper published, the result it states: "… công bố Chỉ số CCHC năm 2039 …, huyện
# Thanh Lương đạt 84,37 điểm" (folded; :func:`target_context.announced_result`), the figure right after "đạt"
ANNOUNCED_RE = re.compile(rf"(?<![a-z]){kw('cong bo')}(?![a-z])")
REACHED_RIGHT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('dat')}\s*$")
PAPER_DAY_BEFORE_RE = re.compile(r"\d+[/-][A-ZĐ][\wĐ/-]*\s+ngày\s*$")
#: … a day written in words before the year the PAST_TIME_RE's ``y2`` reads ("Nghị định số 152/2006/NĐ-CP ngày 22 tháng
#: 12 năm 2006" names the paper's day as the digits do; folded, right before "năm")
WORDED_DAY_BEFORE_RE = re.compile(r"(?<![a-z])ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+$")
# … and the same in brackets after the aim: "Tỷ lệ đường giao thông nội đồng được cứng hóa đạt 68,5% (năm 2026 ước đạt
# 61,2%)" (a UBND xã's plan for 2027, t18-07) — the year's estimate ("ước") or an earlier year's result, where things
# stand (folded; the bracket's words up to the figure; the year is the group "y", "uoc" the estimate)
# (session 20: a school year, "(năm học 2025 - 2026 đạt 61,2%)" after "Ít nhất 85% trường … đạt chuẩn quốc gia" in a
# Chương trình hành động of 12/2026, a19-02 — the group "hoc": the school year the figure stands at, no aim)
YEAR_ASIDE_BEFORE_RE = re.compile(r"\(\s*(?P<uoc>uoc\s+)?(?:cuoi\s+)?nam\s+(?P<hoc>hoc\s+(?:19|20)\d\d\s*-\s*)?(?P<y>(?:19|20)\d\d)\s*,?\s*(?P<uoc2>uoc\s+)?"
                                  r"(?:(?:thuc hien\s+)?dat(?:\s+duoc)?|la)\s*$")
# (tgt35b) … and a bracket that opens with an earlier year and tells how things stood then, whatever its verb: "Giảm ít
# nhất 10% số người sử dụng trái phép chất ma túy so với thời điểm 31/12/2028 (năm 2028 toàn xã có 47 người sử dụng …,
# trong đó 31 người nghiện)" in a plan for 2029 — the baseline's counts, no aim (folded; the bracket's words up to the
# figure, none of them a bracket's end; the year is the group "y")
YEAR_STOOD_ASIDE_BEFORE_RE = re.compile(r"\(\s*(?:tinh\s+den\s+|den\s+(?:het|cuoi)\s+)?nam\s+(?P<y>(?:19|20)\d\d)(?![\d/])[^()]{0,120}$")
# (session 21, tune20) … and a bracket opening with the same period of the year before, its figures what was seen
# then: "Số vụ ngộ độc thực phẩm giảm ít nhất 10% so với cùng kỳ Tết Nguyên đán Bính Ngọ năm 2026 (cùng kỳ năm 2026
# toàn quốc ghi nhận 14 vụ với 412 người mắc)" — the baseline's figures, no aim (folded; the bracket's words up to the
# figure; the year, if named, is the group "y")
PERIOD_BEFORE_ASIDE_RE = re.compile(r"\(\s*cung\s+ky(?:\s+nam\s+(?P<y>(?:19|20)\d\d))?(?![a-z\d])[^()]{0,100}$")

# A share of a whole cannot pass 100%: "bảo đảm 196% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến" (a scan's
# "196%" for "100%", newcomer17's 10_CV_scan), "tỷ lệ … đạt 150%" — no target. A growth or a plan's fulfilment may
# ("tăng 150%", "đạt 120% kế hoạch", "bằng 130% so với cùng kỳ"): the share is the figure followed by a counted noun,
# or named "tỷ lệ" before it, with no word of growth or comparison near. (folded)
SHARE_NOUN_AFTER_RE = re.compile(
    r"\s*(?:so\s+)?(?:ho\s+so|ho(?:\s+gia\s+dinh|\s+dan)?|nguoi(?:\s+dan)?|dan\s+so|xa|phuong|thon|to\s+dan\s+pho|khu\s+pho"
    r"|truong|hoc\s+sinh|tre(?:\s+em)?|co\s+quan|don\s+vi|doanh\s+nghiep|thu\s+tuc|can\s+bo|cong\s+chuc|vien\s+chuc"
    r"|dang\s+vien|chi\s+bo|to\s+chuc|benh\s+nhan|lao\s+dong|giao\s+vien|tai\s+khoan|phu\s+nu|thanh\s+nien|dien\s+tich)(?![a-z])")
#: the digits OCR reads for a 0 of a degraded print ("100%" read "196%", "108%", "160%")
OCR_ZEROS = frozenset("0689")


def zeros_misread(value: float) -> bool:
    """``value`` (a share over 100%) is 100 with its zeros misread: 101–199 whose last two digits are each a digit
    OCR reads for a 0 (:data:`OCR_ZEROS`); "150%" is no such reading."""
    return value == int(value) and 100 < value < 200 and all(c in OCR_ZEROS for c in f"{int(value):03d}"[1:])


SHARE_WORD_BEFORE_RE = re.compile(r"(?<![a-z])ty\s+le(?![a-z])")
GROWTH_NEAR_RE = re.compile(r"(?<![a-z])(?:tang|vuot|gap|so\s+voi|ke\s+hoach|du\s+toan|chi\s+tieu|cung\s+ky|binh\s+quan)(?![a-z])")

# --- session 20 (authored19 spent): floors over ranges, counts a task sets, values and measures assured ------------
# (tgt30b) A level named by "mức" right before a sum per item, no "là" between: "mức quà của tỉnh 600.000 đồng/suất"
# (a Chỉ thị on Tết, a28-09), "mức hỗ trợ 2.000.000 đồng/hộ" — the per-item "/suất" after the sum makes it a norm set,
# as "mức … là" does (folded; a few words after "mức", no figure or clause break; the "/" checked by the caller)
# (tgt36a: up to eight words, "mức hỗ trợ kinh phí tổ chức đại hội 1.500.000 đồng/chi bộ", t35-01)
# (tgt37a: or none, "mức" right before the sum: "bảo đảm kinh phí hỗ trợ đại hội mức 1.500.000 đồng/chi bộ", a35-01 —
# the level per item, the "hỗ trợ" before it grants and asks nothing)
LEVEL_PER_ITEM_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('muc')}(?:\s+[^\d\s,;:.()]+){{0,8}}\s*$")
# (tgt45b) The worth of a gift or a prize the plan hands out, "trị giá" right before the sum: "tặng 01 suất quà trị giá
# 100.000 đồng" (each gift's worth, a43-07), "tổng số 80 suất, trị giá 135.000.000 đồng" (the awards' whole worth,
# t43-04) — every "trị giá N đồng" of the earlier sets is labelled (a34-02, a37-01, t31-07, t35-04 …), in a "Kinh phí"
# part too: the worth set, no means spent (folded; the caller checks a money unit)
WORTH_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tri gia')}\s*(?:{kw('khoang')}\s+)?$")
# (fixrev45) … a gift's or a prize's worth only: the thing handed out named before "trị giá" in its sentence — folded
# where the marks leave no other word ("suất", "học bổng", "phần thưởng", "giải thưởng", "trao"), as printed where they
# do ("quà" beside "qua", "tặng" beside "tăng", "giải" beside "giai đoạn"). "điều tra vụ trộm chiếc xe máy trị giá
# 30.000.000 đồng" is what a thing is worth, no sum the plan sets.
GIFT_WORD_RE = re.compile(rf"(?<![a-z])(?:{kw('suat')}|{kw('hoc bong')}|{kw('phan thuong')}|{kw('giai thuong')}"
                          rf"|{kw('trao')}|{kw('ky niem chuong')})(?![a-z])")
GIFT_WORD_PRINTED_RE = re.compile(r"(?<!\w)(?:quà|tặng|giải)(?!\w)", re.IGNORECASE)


def gift_worth_before(view: str, printed: str, s0: int, c0: int, at: int) -> bool:
    """The figure at ``at`` is the worth of a gift or a prize (:data:`WORTH_BEFORE_RE` right before it, a gift's word
    before that in the sentence from ``s0``: :data:`GIFT_WORD_RE` in the folded ``view``, :data:`GIFT_WORD_PRINTED_RE`
    in ``printed``); ``c0`` bounds the look for "trị giá" (the figure's clause)."""
    w = WORTH_BEFORE_RE.search(view, max(c0, at - 16), at)
    return w is not None and bool(GIFT_WORD_RE.search(view, s0, w.start())
                                  or GIFT_WORD_PRINTED_RE.search(printed, s0, w.start()))
# (tgt34a) … or a "Mức …:" label opening the line, each kind's level after it: "1. Mức hỗ trợ: xây mới 60 triệu
# đồng/nhà; sửa chữa 30 triệu đồng/nhà" (a housing-support plan, a32-04; t32-04 prints "Xây mới: 60 triệu đồng/nhà"
# on lines of their own, labelled alike) — folded, from the line's start to the figure: the label, earlier levels
# closed by ";" or ",", then a few words naming the kind
LEVEL_LABEL_ITEMS_BEFORE_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?[ \t*_]*{kw('muc')}(?:\s+[a-z]+){{1,4}}[ \t*_]*:[ \t*_]*"
    r"(?:[^;:\n]*[;,][ \t]*)*(?:[^\d\s,;:.()]+[ \t]+){1,4}")
# (tgt43b) … or the "Mức …:" label alone on its line, each kind's level on a list line of its own below it: "2. Mức hỗ
# trợ: ⏎ - Xây mới: 60 triệu đồng/nhà; ⏎ - Sửa chữa: 30 triệu đồng/nhà." — the same levels as on one line (folded: the
# item's line from its start to the figure, a few words naming the kind and a colon; and the label line above the list)
LEVEL_KIND_ITEM_BEFORE_RE = re.compile(r"[ \t*_]*[-+•][ \t]+(?:[^\d\s,;:.()]+[ \t]+){0,4}[^\d\s,;:.()]+[ \t*_]*:[ \t]*")
LEVEL_LABEL_ALONE_RE = re.compile(
    rf"[ \t*_]*(?:\(?[a-z\u0111\d]{{1,2}}[.)][ \t]+)?[ \t*_]*{kw('muc')}(?:\s+[a-z]+){{1,4}}[ \t*_]*:[ \t*_]*")
# (tgt43d) A reward granted per item, "(được) thưởng" right before a sum per item: "hộ gia đình di dời trước thời hạn được
# thưởng 500.000 đồng/mộ", "thưởng thêm 200.000 đồng/sản phẩm" — the rate the plan pays for each, a norm as "được hỗ trợ
# 2.000.000 đồng/mộ" is (printed: "thưởng" folds like "thường", "thương"; the "/item" checked by the caller; a prize's
# lump sum, "kèm tiền thưởng 2.000.000 đồng", has no "/item": REWARD_ATTACHED_BEFORE_RE reads it, tgt47t)
REWARD_PER_ITEM_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:được\s+)?thưởng(?:\s+thêm)?\s*$")
# (tgt47t) The reward money that goes with an award, "kèm (theo) tiền thưởng" right before the sum: "tặng Giấy khen …, mỗi
# khu dân cư kèm theo tiền thưởng 1.500.000 đồng" (a joint Hướng dẫn's "V. KHEN THƯỞNG", t46-09), "được tặng Giấy khen
# … kèm tiền thưởng 300.000 đồng" (a43-07), "… kèm tiền thưởng 1.000.000 đồng" (t42-02), a34-02 alike — a level each one
# awarded gets, a norm as a support per item is, not the plan's means (t33-07 alone leaves a prize's "mỗi giải kèm tiền
# thưởng 2.000.000 đồng" out). Folded.
REWARD_ATTACHED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('kem')}(?:\s+{kw('theo')})?\s+{kw('tien thuong')}(?:\s+{kw('la')})?\s*$")
PER_ITEM_AFTER_RE = re.compile(r"\s*/\s*(?P<per>[a-z\u0111]+)(?![\w/])")
# (tgt48) The nouns that count people by their sex, as printed (with marks: folded "nam" is "năm", a year): "Có ít nhất
# 01 nữ trong Thường trực Hội đồng nhân dân" (a gender-equality plan's Chỉ tiêu, a46-10), "mỗi đội 02 nam, 02 nữ" —
# counted in "người" as any people are
SEX_NOUNS = ("nữ", "nam")
# (tgt48) … with the bound after the item, "trở lên" / "trở xuống": "đạt 200 triệu đồng/ha trở lên" (a Đảng ủy's
# resolution on farming, a46-07: min 200 "triệu đồng/ha"), "bình quân 50.000 đồng/hội viên trở lên" — the item one or two
# words (folded; the bound's words left to the caller)
PER_ITEM_BOUND_AFTER_RE = re.compile(rf"\s*/\s*(?P<per>[a-z\u0111]+(?:[ \t]+[a-z\u0111]+)?)(?=\s+(?:{kw('tro len')}|{kw('tro xuong')})(?![a-z]))")
# (tgt38a) … and per item per occasion, a second "/": "mức 120.000 đồng/ha/lần phun" (a crop-protection plan's support
# for spraying a hectare once), "đồng/ha/năm" — the level set per item, its occasion kept in the unit (folded; the
# occasion's one or two words only where the clause ends after them)
PER_ITEM_TIMES_AFTER_RE = re.compile(
    rf"\s*/\s*(?P<per>[a-z\u0111]+)\s*/\s*(?:{kw('lan')}(?:(?:[ \t]+[a-z\u0111]+){{1,2}}(?=[ \t]*(?:[,;.)]|\n|$)))?|{kw('nam')}|{kw('thang')}|{kw('vu')}|{kw('dot')})(?![\w/])")
# (tgt35b) A budget granting a sum per item, named right before it: "ngân sách xã hỗ trợ thêm 1.200 đồng/cây giống keo
# lai mô" (a reforestation plan, t34-10) — the support level the plan sets ("đồng/cây"), no request for support (the
# budget gives it); folded, the words right before the figure (the "/item" checked by the caller)
BUDGET_GRANTS_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('ngan sach')}(?:\s+[a-z]+){{0,3}}?\s+{_SUPPORT_WORD}\s*$")
# (tgt33a) A sum per person per day, session or course, written after it: "tiền ăn 50.000 đồng/người/ngày thực học" (a
# HĐND xã's support policy, a31-02), "mức 60.000 đồng/người/ngày" (t30-09) — a rate the document sets, exactly so much
# (folded, right after the money unit; "per" the period or occasion)
PER_HEAD_RATE_AFTER_RE = re.compile(
    rf"\s*/\s*{kw('nguoi')}\s*/\s*(?P<per>{kw('ngay')}|{kw('thang')}|{kw('nam')}|{kw('buoi')}|{kw('lan')}|{kw('tiet')}"
    rf"|{kw('khoa hoc')}|{kw('khoa')}|{kw('dot')})(?![\w/])")
# (tgt40b) … or a level named right before a sum already written per head and period: "mức đóng 20.000 đồng/người/năm"
# (a xã's plan of a fund's collection: the rate each worker pays) — "mức" and its verb, no "là" (:data:`LEVEL_IS_BEFORE_RE`); folded, the words right before the figure
LEVEL_NAMED_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('muc')}(?:\s+[a-z]+){{1,2}}\s*$")
#: … the sum's unit per a head or a household and a period ("đồng/người/năm", "đồng/hộ/tháng"; folded)
PER_HEAD_PERIOD_UNIT_RE = re.compile(r"/\s*(?:nguoi|ho)\s*/\s*(?:ngay|thang|nam|quy)$")
# (tgt33a) The value of each gift named right before the sum, no verb between: "chuẩn bị quà tặng 45 suất (mỗi suất
# 500.000 đồng)" (an anniversary plan, a31-07; t31-07 writes "mỗi suất trị giá 500.000 đồng") — the norm each item is
# worth. (folded; "item" the noun after "mỗi")
EACH_ITEM_SUM_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('moi')}\s+(?P<item>{kw('suat')}|{kw('phan qua')})(?:\s+{kw('qua')})?\s*$")
# … and the count of those gifts, "quà tặng"/"quà" right before it and "suất" its unit: "chuẩn bị quà tặng 45 suất"
GIFTS_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('qua tang')}|{kw('tang qua')}|{kw('qua')}|{kw('trao')}|{kw('tang')})\s*$")
# (tgt37b: "trao" / "tặng" / "trao tặng" too, the gifts handed over: "- Trao 250 suất quà Tết cho hộ nghèo …", "tặng
# 120 suất quà"; the unit "suất" checked by the caller)
GIFT_UNIT_RE = re.compile(rf"{kw('suat')}(?![a-z])")
# (tgt41b) … or their total after the gift's level: "Thăm hỏi, tặng quà người lao động …, mức 1.000.000 đồng/người, tổng
# số 60 suất" (a39-03) — "tổng số"/"tổng cộng" right before, a gift's giving earlier in the sentence (folded)
GIFTS_TOTAL_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tong so')}|{kw('tong cong')})\s*$")
# (tgt43d) … or a total of gifts or its part whose noun says they are gifts, "suất quà": "Tổng số 1.000 suất quà; mức quà
# …. Riêng 40 suất quà dành cho trẻ em hộ nghèo …" (the giving verb in the sentence before), "trong đó 60 suất quà Tết"
# — the gifts the plan prepares, as "tặng 120 suất quà" is (folded; "tổng số", "riêng" or "trong đó" right before the
# count, the unit "suất quà" checked by the caller)
GIFT_PORTION_UNIT_RE = re.compile(rf"{kw('suat qua')}(?![a-z])")
GIFTS_PART_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('rieng')}|{kw('trong do')})\s*,?\s*$")
GIFT_GIVING_RE = re.compile(rf"(?<![a-z])(?:{kw('tang qua')}|{kw('trao qua')}|{kw('qua tang')}|{kw('tham hoi')}"
                           rf"|(?:{kw('trao')}|{kw('tang')}|{kw('cap')}|{kw('xet')})\s+{kw('hoc bong')})(?![a-z])")
# (tgt44b: scholarships handed out as gifts are, "Dự kiến trao học bổng …, tổng số 80 suất")
# (tgt34a) The households a body takes on to help, "giúp đỡ" / "đỡ đầu" right before the count: "nhận đỡ đầu, giúp đỡ
# 05 hộ là hội viên có hoàn cảnh đặc biệt khó khăn" (a Hội's task in a housing-support plan, a32-04) — labelled with
# a bound too ("Mỗi chi hội giúp đỡ ít nhất 02 hộ", t25-04; t26-07, a24-06, t25-01), none left out in a plan's tasks
HELP_HOUSEHOLDS_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('giup do')}|{kw('do dau')})\s*$")
HOUSEHOLD_UNIT_RE = re.compile(rf"{kw('ho')}(?![a-z])")
# The value each item of a gift or an allowance is worth, "mỗi … trị giá" before the sum: "mỗi suất quà của Ủy ban nhân
# dân xã trị giá 500.000 đồng" (a19-08), "Mỗi suất quà trị giá ít nhất 500.000 đồng" (a19-10) — a norm the document
# sets, counted per item ("đồng/suất"); not a total ("với tổng trị giá 9,4 tỷ đồng": what was given). (folded; "item"
# is the noun after "mỗi")
EACH_WORTH_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('moi')}\s+(?P<item>[a-z]+)(?:\s+[^\d\s,;:.()]+){{0,10}}?\s+(?<!tong\s)tri\s+gia"
    rf"(?:\s+(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}|{kw('khong duoi')}))?\s*$")
# A measure the task assures it reaches: "bảo đảm diện tích lúa vụ Xuân đạt 1.150 ha" (a19-08, a Thông báo kết luận's
# task) — "bảo đảm"/"đảm bảo" in the clause, "đạt" right before the figure; a measure is otherwise read only under a
# bound or an aim ("Năm 2026, tổng diện tích gieo trồng đạt 4.860 ha": a result). (folded)
ASSURED_REACH_BEFORE_RE = re.compile(rf"(?:{kw('bao dam')}|{kw('dam bao')})\s[^,;:.()\d]{{0,80}}?(?<![a-z]){kw('dat')}\s*$")
# A task's count of occasions held within the year: "Tổ chức 02 đợt tháng hành động vệ sinh, khử trùng, tiêu độc môi
# trường chăn nuôi trong năm" (a19-09, a Sở's plan) — "trong năm" closing the clause makes the count the year's quota
# (not "Tổ chức 02 hội nghị với … 200 người": occasions, no quota). (folded; from the counted noun to the sentence's
# end, across the list's commas and one line break)
# (tgt41c) … or its half ("Tổ chức 02 đợt trong 6 tháng cuối năm:", the rounds listed after the colon, t40-07)
WITHIN_THE_YEAR_AFTER_RE = re.compile(rf"[^;:.()\d\n]{{0,100}}?(?:\n[^;:.()\d\n]{{0,80}}?)?\s{kw('trong')}\s+"
                                      rf"(?:(?:6|06|sau)\s+{kw('thang')}\s+(?:{kw('dau')}|{kw('cuoi')})\s+)?{NAM}"
                                      rf"(?=\s*[;.,:)\n]|\s*$)")
# Kinds of people listed after a count's first noun: "ít nhất 5.000 cán bộ, công chức, viên chức và người lao động"
# (a19-05) — the count is of people, whatever their kind (the label's unit "người"). (folded, from the first noun's end)
PEOPLE_KINDS = ("can bo", "cong chuc", "vien chuc", "nguoi lao dong", "lao dong", "dang vien", "doan vien", "hoi vien",
                "chien si", "hoc sinh", "sinh vien", "giao vien", "nhan vien", "nguoi dan", "thanh nien",
                # (tgt41b) more kinds of people a plan counts together, and the statutory "an toàn, vệ sinh viên" (the
                # comma inside the title): "ít nhất 800 an toàn, vệ sinh viên và cán bộ công đoàn cơ sở"
                "dan quan", "cong tac vien", "tinh nguyen vien", "tuyen truyen vien", "hoc vien", "thanh vien",
                "an toan, ve sinh vien", "nguoi")
_PEOPLE_KIND = "(?:" + "|".join(kw(k) for k in PEOPLE_KINDS) + ")"
PEOPLE_KIND_RE = re.compile(rf"{_PEOPLE_KIND}$")
#: (tgt41b) the first kind right after the figure, whatever noun the counted-noun reader took ("an toàn")
PEOPLE_FIRST_KIND_RE = re.compile(rf"\s+{_PEOPLE_KIND}(?![a-z])")
# (tgt33a) … but a list joined by commas only names one body of people by its usual pair of kinds: "bố trí tối thiểu 20
# cán bộ, chiến sĩ", "tối thiểu 02 cán bộ, giáo viên" (the labels keep the pair as the unit, a31-04, a31-07, t31-07); "và"
# / "hoặc" closing the list (a19-05, a22-02) makes it a list of kinds, counted as "người". (folded)
# (tgt41b) … the usual pairs that name one body of people (data; folded, the two kinds in their order). Any other
# pair ("ít nhất 02 công chức, thanh niên tình nguyện": two groups put to one task) and any list of three kinds or
# more ("ít nhất 30 cán bộ, đảng viên, giáo viên tiêu biểu") count people of several kinds, the label's "người"
# (a39-01, a39-06), as a list closed by "và" does.
# (fixrev41) … in either order ("20 chiến sĩ, cán bộ"), and the usual groups of three that name one body the same
# way, the civil service's "cán bộ, công chức, viên chức" (CBCCVC): the printed list stays the unit, as the gold's
# "cán bộ, chiến sĩ", "công chức, viên chức", "đoàn viên, thanh niên" are.
USUAL_PEOPLE_PAIRS = frozenset(frozenset(g) for g in (
    ("can bo", "chien si"), ("can bo", "giao vien"), ("can bo", "cong chuc"), ("can bo", "nhan vien"),
    ("cong chuc", "vien chuc"), ("vien chuc", "nguoi lao dong"), ("doan vien", "thanh nien"), ("hoi vien", "nguoi dan"),
    ("can bo", "dang vien"), ("giao vien", "nhan vien"), ("hoc sinh", "sinh vien"), ("can bo", "doan vien"),
    ("can bo", "cong chuc", "vien chuc"),
    # (tgt44) the members of the Đoàn and the Hội together, "mỗi chi hội cử ít nhất 05 đoàn viên, hội viên" (a42-07)
    ("doan vien", "hoi vien"),
    # (t51tgt) the trade union's members and the workers it serves, "đoàn viên, người lao động" (ĐVNLĐ): "Thăm hỏi, tặng
    # quà ít nhất 350 đoàn viên, người lao động có hoàn cảnh khó khăn" (a LĐLĐ huyện's Kế hoạch, t51-01: the list its unit)
    ("doan vien", "nguoi lao dong"),
))
PEOPLE_KIND_ALL_RE = re.compile(rf"(?<![a-z]){_PEOPLE_KIND}(?![a-z])")
PEOPLE_JOINED_RE = re.compile(rf"\s+(?:{kw('va')}|{kw('hoac')})\s")
PEOPLE_LIST_AFTER_RE = re.compile(rf"(?:\s*,\s*{_PEOPLE_KIND}(?![a-z]))*\s*(?:,\s*)?(?:{kw('va')}|{kw('hoac')}|,)\s+{_PEOPLE_KIND}(?![a-z])")
# Legacy OCR's digits for words (Tesseract -l eng on a Sở's plan of animal health and a Chương trình hành động, a19-09,
# a19-02): "các 6 dịch bệnh", "Mỗi 6 dịch phát sinh" — "ổ dịch" (an outbreak); "sĩ số học sinh/lớp 6 cấp tiểu học",
# "từ 6 cấp xã" — "ở cấp" (at a level of schooling or government); "tiêm phòng vắc xin 16 mồm long móng" — "lở mồm long
# móng" (the foot-and-mouth disease): a word, no count. (folded, after the digits)
OCR_O_WORD_AFTER_RE = re.compile(
    rf"[ \t]+(?:{kw('dich')}(?![ \t]+(?:{kw('vu')}|{kw('thuat')}|{kw('gia')}|{kw('chuyen')})(?![a-z]))"
    rf"|{kw('quy mo')}"  # (tg25b) "đạt từ 90% trở lên ở quy mô xã" read "6 quy mô xã" (t23-09)
    rf"|{kw('cap')}[ \t]+(?:{kw('tieu hoc')}|{kw('trung hoc')}|{kw('mam non')}|{kw('xa')}|{kw('tinh')}|{kw('huyen')}|{kw('co so')}"
    rf"|{kw('thon')}|{kw('phuong')}|{kw('trung uong')}|{kw('thanh pho')}))(?![a-z])")
# (tg25b) the same "1" for "l" and a digit for the marked vowel after it, before the word that makes the pair a word:
# "bão, lũ, sạt lở đất" read "sat 16 dat" (Tesseract -l eng, a23-02), "xây dựng lộ trình thực hiện" read "16 trinh";
# "là một trong những điểm đến hàng đầu" read "14 mt trong nhitng" (a23-06). Folded, after the digits ("16", "14"): a
# count of land is "… ha đất", never "16 đất"; a count before "đạt" has no unit to be a target.
OCR_DIGIT_WORD_AFTER = {
    "16": re.compile(rf"[ \t]+(?:{kw('mom')}[ \t]+{kw('long')}[ \t]+{kw('mong')}|{kw('trinh')}|{kw('dat')})(?![a-z])"),
    "14": re.compile(rf"[ \t]+m[a-z]{{0,3}}[ \t]+{kw('trong')}[ \t]+(?:{kw('nhung')}|{kw('cac')}|{kw('so')})(?![a-z])"),
}

# (A quota table by unit and an indicator table by year: their heads and caption are the structure stage's,
# vanban/structure/vocab.py, read by vanban/structure/figure_tables.py.)

# --- session 22 (authored20 spent): sentences of review, descriptions that set nothing -----------------------------
# A sentence of review: once a clause of a sentence reports a result — estimated ("tốc độ tăng GRDP ước đạt 8,12%",
# "ước thực hiện đạt"), reached only so far ("kinh tế số mới chiếm khoảng 9,2% GRDP", "mới đạt 84,6% kế hoạch"), done
# by a day named ("đến cuối tháng 11/2026 đã có 100% thôn …", "đến tháng 11/2026, 98,7% tàu cá … đã lắp đặt"), or the
# sentence tells of the time past ("Kết quả triển khai thời gian qua cho thấy …", "đến nay đã có 05/11 trường hoàn
# thành …; 06 trường còn lại đạt từ 55% đến 70% khối lượng", a Thông báo kết luận, a20-05) — its figures from there on report
# too, every ";" clause of it: "… ước đạt 14.120 tỷ đồng, vượt 8,6% dự toán; …; tỷ lệ hộ nghèo giảm còn 4,37%" (a
# Nghị quyết's review of 2026, a20-02), "…; cả nước có 67 cảng cá được công bố …" (a Bộ's plan, a20-03), "…; tỷ lệ
# hồ sơ … đạt 68,4%" (a Chỉ thị's preamble, a20-01) — unless the figure's own clause names an aim. Matched on the
# printed text: folded, "mới" is "mỗi" (each) and "đã" is "đa" (multi-). (session 30) So does the vote a resolution
# closes with: "Nghị quyết được Chi bộ thông qua với 35/35 đồng chí dự họp tán thành (đạt 100%)" (t29-07), a count of
# the votes cast, no aim.
REVIEW_MARK_RE = re.compile(
    r"(?<!\w)(?:ước(?:\s+(?:tính|thực\s+hiện))?\s+đạt|(?<!thôn )(?<!đổi )mới\s+(?:đạt|chiếm)|thời\s+gian\s+qua|vừa\s+qua|đến\s+nay"
    r"|thông\s+qua\s+với(?=\s+\d))(?!\w)",
    re.IGNORECASE)
# … the day by which something was done, "đã" after it in its clause (printed text; the day's words folded-insensitive)
AS_OF_DONE_MARK_RE = re.compile(
    r"(?<!\w)(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?(?:(?:ngày|tháng|năm|quý)\s+)?\d[\d/.]*(?:[^;:\n]|\n(?![ \t]*\n)){0,90}?(?<!\w)đã(?!\w)",
    re.IGNORECASE)
# The tiers of a body named with it: "vận hành thông suốt chính quyền địa phương 02 cấp" (a UBND tỉnh's Chương trình
# công tác, a20-07), "mô hình chính quyền hai cấp", "liên thông 4 cấp" — the name of the two-tier local government or
# of a network, no count to reach (folded; the words right before a figure whose unit is "cấp").
TIERS_OF_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('chinh quyen')}(?:\s+{kw('dia phuong')})?|{kw('lien thong')})\s*$")
TIERS_UNIT = "cap"
# An indicator table by year's row ("STT | Chỉ tiêu | Năm 2027 | …", a20-10): its indicator with its unit in
# parentheses at its end: "Số hộ sản xuất, kinh doanh có sản phẩm bán trên sàn thương mại điện tử (hộ)" — the unit
# (1-3 words, no figure, not "%") of its bare figures ("120", "Tối thiểu 320"). (tgt33a) A "(%)" alone is the unit too:
# "Tỷ lệ hộ nghèo (%) | dưới 14,5 | dưới 11,0", "Tỷ lệ dân số tham gia bảo hiểm y tế (%) | từ 96,5 trở lên" (a HĐND
# xã's resolution, a31-02): a bare bound in a cell, "%" only in the head (a cell writing its own "%" stays the prose's)
ROW_UNIT_LABEL_RE = re.compile(r"^(?P<lead>.{2,200}?)\s*\((?P<unit>%|[^()\d%]{1,30})\)$")

# A total's breakdown in a bracket (folded): "58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm)" — the figures in it
# are the named parts' shares of the total (target_scope._breakdown_share)
BREAKDOWN_OPEN_RE = re.compile(r"\(\s*(?:trong\s+do|gom|bao\s+gom|cu\s+the)\s*:\s*")
# … and the same breakdown run on in the sentence, no bracket, no colon: "Tổng diện tích gieo trồng vụ Đông đạt 120 ha,
# trong đó ngô 70 ha, rau màu các loại 50 ha" (a newcomer's Kế hoạch sản xuất vụ Đông, session 36): each figure is the
# named part's (the crop's) share of the total, its scope the part (folded; the last opener before the figure)
INLINE_BREAKDOWN_RE = re.compile(r",\s*(?:trong\s+do|bao\s+gom|gom)\s+(?!:)")
#: the words a breakdown's part opens with that name no part ("trong đó có 02 đảng viên …"), folded
BREAKDOWN_PART_LEAD_RE = re.compile(r"^(?:co|la|khoang|dat|it nhat|toi thieu|chi)(?:\s+|$)")

# A table column whose head states the bound of every figure under it: "Điểm tối đa" (t29-08's criteria table:
# "Nhóm tiêu chí | Điểm tối đa", then "Công tác tuyên truyền … | 20 điểm" — each cell a cap), "Số lượng tối thiểu",
# "Mức hỗ trợ không quá (triệu đồng)". ``lead`` names the quantity, ``bound`` the bound, ``unit`` a unit in brackets.
BOUND_HEAD_RE = re.compile(
    r"^(?P<lead>[a-z\u0111 ,]+?)\s+(?P<bound>toi da|toi thieu|it nhat|khong qua|khong duoi)"
    r"(?:\s*\((?P<unit>[a-z\u0111 /%.]+)\))?$")
# bound words of a head that make its figures minimums (the others make maximums)
BOUND_HEAD_MIN = ("toi thieu", "it nhat", "khong duoi")
# a head's quantity that is itself the unit of a bare figure under it ("Điểm tối đa" | "20")
BOUND_HEAD_UNIT_LEADS = ("diem",)

# (tgt31b) A task's amount due by a time its own clause gives: "Chỉ đạo hoàn thành chuyển đổi 150 ha đất trồng lúa …
# trong năm 2027", "nạo vét 1,2 km kênh mương nội đồng trước ngày 30/5/2027", "thực tập phương án chữa cháy … 01 lần
# trong quý II/2027", "hoàn thành xử lý 23 trường hợp vi phạm tồn đọng chậm nhất ngày 30/6/2027" (a29-04/07/09/01): the
# work to get done by then, a target as "hoàn thành 5.000 km vào năm 2030" is (HORIZON_AFTER_RE). The due time closes
# the count's clause: a few words after the counted noun, no clause mark between (folded, from the noun's end).
# (tgt41c) A verb of a task right before its count, the count then due by the clause's time (DUE_IN_CLAUSE_AFTER_RE):
# "vận động 12 hộ … trước ngày 20/11/2032", "hoàn thiện 46 hồ sơ …", "xử lý 15 trường hợp … trước ngày …" (folded)
# (fixrev41) Verbs of work the doer gets through, as data; not "tiếp nhận" (receive): "Văn phòng tiếp nhận 3 văn bản
# của huyện, gửi các thôn trước ngày …" counts what others send in, no amount the task sets (a blood drive's "phấn
# đấu tiếp nhận 900 đơn vị máu" is an aim's, read as such).
CLAUSE_TASK_VERBS = ("van dong", "hoan thien", "xu ly", "giai quyet", "kiem tra", "ra soat",
                     # (tgt43b) the repair and clearing works, their doer named before: "…; HTX tu sửa 03 cửa cống điều
                     # tiết bị hỏng trước ngày 10/01/2033" — the works due by then, as "nạo vét 1,2 km … trước ngày …"
                     "sua chua", "tu sua", "nao vet", "khoi thong")
CLAUSE_TASK_VERB_BEFORE_RE = re.compile(
    "(?<![a-z])(?:" + "|".join(kw(w) for w in CLAUSE_TASK_VERBS) + r")\s+$")
# (not "hoàn thành di dời 12 hộ dân … chậm nhất ngày 30/9/2027": households moved, no quota in the earlier sets' labels,
# tests/test_targets_prose31.py)
# (tgt41c) … or the next step of the same task after a comma, a verb of handing in, carrying the due day: "hoàn thiện 46
# hồ sơ …, trình Ủy ban nhân dân xã trước ngày 25/11/2032" (t40-04) — the count is ready by then (folded, from the
# counted noun's end)
HANDED_IN_DUE_AFTER_RE = re.compile(
    rf"[^;:.()\d\n]{{0,80}}?,\s*(?:{kw('trinh')}|{kw('gui')}|{kw('nop')}|{kw('ban giao')})\s[^;:.,()\d\n]{{0,60}}?\s"
    rf"(?:{TRUOC}|{kw('cham nhat')}(?:\s+{kw('la')})?)\s+{kw('ngay')}\s+\d{{1,2}}\s*/\s*\d{{1,2}}")
# (tgt41c) … the due time may close the clause after a comma when "hoàn thành" / "xong" opens it: "phát dọn, làm mới
# 15,6 km đường băng cản lửa, xong trước ngày 31/12/2032" (t40-05) — the works' own time, as without the comma
_DONE_WORD = rf"(?:{kw('hoan thanh')}|{kw('xong')})"
# (tgt43b) … "phải" / "cần" before it: "Khối lượng nạo vét …: 9.850 m, phải hoàn thành trước ngày 12/01/2033"
_MUST = rf"(?:{kw('phai')}|{kw('can')})"
DUE_IN_CLAUSE_AFTER_RE = re.compile(
    rf"[^;:.,()\d\n]{{0,80}}?(?:\n[^;:.,()\d\n]{{0,60}}?)?(?:\s|,\s*(?=(?:{_MUST}\s+)?{_DONE_WORD}\s))(?:{_MUST}\s+)?(?:{_DONE_WORD}\s+)?"
    rf"(?:{TRUOC}|{kw('cham nhat')}(?:\s+{kw('la')})?|{kw('trong')})\s+"
    rf"(?:{kw('ngay')}\s+\d{{1,2}}\s*/\s*\d{{1,2}}|{kw('quy')}\s+[ivx1-4]{{1,3}}\s*/\s*20\d\d|{THANG}\s+\d{{1,2}}\s*/\s*20\d\d"
    rf"|{NAM}\s+20\d\d)(?!\d)")
# (tgt31b) Occasions held within a period the clause closes with: "thực tập phương án chữa cháy và CNCH cấp phường 01 lần
# trong quý II/2027" (a29-09) — so many times by the quarter's end, a quota (folded, from the counted noun's end); only a
# count of occasions (OCCASION_COUNTERS, "lần"), no other count ("Thời gian thi vòng 1 dự kiến trong tháng 5/2027")
HELD_WITHIN_AFTER_RE = re.compile(
    rf"[^;:.,()\d\n]{{0,40}}?\s{kw('trong')}\s+(?:{kw('quy')}\s+[ivx1-4]{{1,3}}\s*/\s*20\d\d|{THANG}\s+\d{{1,2}}\s*/\s*20\d\d"
    rf"|{NAM}\s+20\d\d)(?!\d)"
    # (tgt31c) … or the plan's own year, unnamed: "Thường trực HĐND tỉnh tổ chức 02 cuộc giám sát chuyên đề trong năm:"
    # (an HĐND's work programme for its year) — the year's quota of occasions
    rf"|[^;:.,()\d\n]{{0,40}}?\s{kw('trong')}\s+{NAM}(?=\s*[:;.,)\n]|\s*$)"
    # (tgt35b) … or a crop season: "Chăm sóc rừng trồng năm thứ nhất 01 lần trong vụ Thu" (a reforestation plan, t34-10)
    rf"|[^;:.,()\d\n]{{0,40}}?\s{kw('trong')}\s+{kw('vu')}\s+(?:{kw('dong xuan')}|{kw('he thu')}|{kw('thu dong')}|{kw('xuan')}"
    rf"|{kw('he')}|{kw('thu')}|{kw('dong')}|{kw('mua')})(?![a-z])"
    # (session 54) … or the window of days after a comma: "đưa tin Thông báo trên Đài Truyền thanh huyện 03 lần, từ ngày
    # 21/7 đến ngày 24/7/2038" (a Thông báo tuyển dụng's task, a52-08) — so many times within it; every set labels a
    # broadcast's count (per week mostly, "phát ít nhất 02 lần/tuần", and bare: "ít nhất 01 lần", t32-07)
    rf"|\s*,\s*{kw('tu')}\s+{kw('ngay')}\s+\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*20\d\d)?\s+{kw('den')}\s+(?:{kw('ngay')}\s+)?"
    rf"\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*20\d\d(?!\d)")
HELD_COUNTERS = OCCASION_COUNTERS + ("lan",)
# (tgt53) Inspections a body's task holds, the verb right before the count and the kind after "cuộc": "- Thanh tra huyện
# tiến hành 06 cuộc thanh tra hành chính, trong đó có 02 cuộc thanh tra trách nhiệm …" (a51-03's task part) — the
# year's quota of inspections, exact, as the same line under a "Chỉ tiêu" part is ("Tiến hành 03 cuộc thanh tra trách
# nhiệm …", t51-03; "tổ chức 02 cuộc giám sát chuyên đề", a21-10): every set labels such a planned count, and none a done
# one ("đã tiến hành 214 cuộc thanh tra", a26-02; t28-06). Folded: the verb before the figure, the kind after "cuộc";
# the part "trong đó (có) N cuộc …" after the quota, in its sentence, the quota's share of one kind
# (session 54) … "thực hiện" and "hoàn thành" alike: "Thực hiện 02 cuộc kiểm tra, 03 cuộc giám sát còn lại theo chương
# trình năm, trong quý IV/2038" (a Báo cáo's phương hướng, a52-01), "Hoàn thành 02 cuộc kiểm tra, giám sát theo chương
# trình năm 2027" (t30-05) — both labelled; the done ones carry "đã" or stand in a results part
INSPECTIONS_HELD_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tien hanh')}|{kw('to chuc')}|{kw('thuc hien')}|{kw('hoan thanh')})"
                                        rf"(?:\s+{kw('them')})?\s*$")
# (tgt55) … and the drills a plan holds, "cuộc diễn tập" as "cuộc kiểm tra": "Ngoài ra, tổ chức 01 cuộc diễn tập phương án
# chữa cháy và CNCH cấp phường tại chợ … trong tháng 10/2039" (a53-08), "- Tổ chức 01 cuộc diễn tập chữa cháy rừng cấp xã
# tại làng …" (t36-06), "Tổ chức từ 02 đến 03 cuộc diễn tập chữa cháy rừng cấp tỉnh" (a22-02): every set labels a drill's
# count, exact, as a training class's ("Tổ chức 01 lớp tập huấn …"); a meeting held once stays no amount
INSPECTION_KIND_AFTER_RE = re.compile(rf"\s+(?:{kw('thanh tra')}|{kw('kiem tra')}|{kw('giam sat')}|{kw('khao sat')}"
                                      rf"|{kw('dien tap')}|{kw('thuc tap')})(?![a-z])")
# (session 54) … and the next quota of the same list, another kind of inspection after a comma or "và": "Thực hiện 02
# cuộc kiểm tra, 03 cuộc giám sát còn lại …" (a52-01; folded, from the first count's "cuộc" to the next figure)
INSPECTION_LIST_GAP_RE = re.compile(rf"\s+(?:{kw('thanh tra')}|{kw('kiem tra')}|{kw('giam sat')}|{kw('khao sat')})"
                                    rf"[^.;:\n\d]{{0,40}}?(?:,|\s{kw('va')})\s*")
INSPECTION_PART_GAP_RE = re.compile(rf"[^.;:\n\d]{{0,60}},\s*{kw('trong do')}(?:\s+{kw('co')})?\s*")
# (tgt31b) An exact count beside a floor in one clause: "tổ chức 03 cuộc giám sát chuyên đề và ít nhất 02 hội nghị phản
# biện xã hội" (a29-08) — one list of quotas, the first exactly so many (folded, from the counted noun's end to the floor's
# figure)
QUOTA_BESIDE_FLOOR_AFTER_RE = re.compile(
    rf"[^;:.()\d\n]{{0,60}}?(?:\n[^;:.()\d\n]{{0,40}}?)?\s{kw('va')}\s+(?:{kw('it nhat')}|{kw('toi thieu')})\s+\d")

# (tgt31b) A budget resolution's amounts (an HĐND's "Nghị quyết về dự toán … ngân sách … và kế hoạch đầu tư công", a29-02
# and t29-02): each sum it decides is a target, "Label: N triệu đồng" (a label line) and "Tổng kế hoạch vốn đầu tư công năm
# 2027 của phường là 68.450 triệu đồng" — a total a numbered point sets with "là" (folded, from the paragraph's start to
# the figure; not a Thông báo's running "Tổng kế hoạch vốn năm 2027 của tỉnh là 12.480 tỷ đồng.", t28-03) …
# (a paragraph's lines, wrapped by a scan or a legacy OCR: no blank line inside)
_IN_PARA = r"(?:[^\n]|\n(?![ \t]*\n))"
_IN_PARA_CLAUSE = r"(?:[^;\n]|\n(?![ \t]*\n))"
TOTAL_IS_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+{kw('tong')}\s(?:(?![:;]){_IN_PARA}){{3,120}}?\s{kw('la')}\s*")
# … and the parts the same line breaks that sum into after "trong đó", "bao gồm", "gồm": "Chi thường xuyên: 86.977 triệu
# đồng, trong đó chi sự nghiệp giáo dục và đào tạo 31.604 triệu đồng, chi sự nghiệp bảo vệ môi trường 6.820 triệu đồng",
# "Thu nội địa: 238.900 triệu đồng (bao gồm thu tiền sử dụng đất 96.000 triệu đồng)" — a sum decided, as its whole is
# (folded, from the paragraph's start to the part's figure; the whole a money amount after a label's colon or a total's
# "là")
BREAKDOWN_OF_SUM_RE = re.compile(
    rf"{_IN_PARA}*?(?::|\s{kw('la')})\s*(?:{NUMBER})\s*(?:nghin\s+|trieu\s+|ty\s+)?dong(?!\s*chi(?![a-z])){_IN_PARA_CLAUSE}*?[\s(,]"
    rf"(?:{kw('trong do')}|{kw('bao gom')}|{kw('gom')})\s(?:(?!:){_IN_PARA_CLAUSE})*")
# (tgt32c) An amount after its label's colon, a line of its own: a plan's funding lines and cost lines, "Tổng nguồn vốn
# dự kiến huy động thực hiện Chương trình năm 2028: 21.450 triệu đồng, gồm:" / "- Ngân sách tỉnh: 4.650 triệu đồng;"
# (t31-10), "- Trang trí, cổ động, khánh tiết: 42.000.000 đồng;" under a "tổng dự toán không quá …" (t31-07) — each
# amount the plan sets aside, as a budget resolution's lines are (a29-02, t24-09, t29-02: every such line of the sets is
# labelled, their authors' notes: "exact amounts, a reader could keep only the total"). (folded, from the line's start
# to the figure: an optional bullet or item mark, a label opening with a letter, no colon or semicolon before its own)
LABELLED_AMOUNT_BEFORE_RE = re.compile(
    r"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{1,2}[.)])[ \t]+)?[a-z\u0111](?:[^:;\n]|\n(?![ \t]*\n)){2,160}:[ \t]*(?:\n[ \t]*)?")
# (tgt38c: the label may wrap, one line break inside it, where the caller reads from the wrapped line's start,
# target_scope.wrapped_line_start: "- Khối cơ quan xã (…, Công an xã," ⏎ "Ban Chỉ huy quân sự xã): 42.000.000 đồng;")
# (tgt35a) … or written as its source allotting the sum, the line's opening words: "- Ngân sách xã bố trí 85.000.000
# đồng để chi tiền công tiêm phòng, …" under "V. KINH PHÍ" (a33-04, a33-03) — the same funding line of the plan's
# Kinh phí part (session 32), its label a clause. Only in a part headed by a budget word (targets._Scan.budget_sections)
# and only "Ngân sách <level> bố trí / phân bổ / cấp" right before the figure: "Ngân sách xã chi trả công tiêm phòng …
# với tổng kinh phí 126.500.000 đồng" states the means in a sentence, as before (a31-02). (folded, line start to figure)
# (tgt36a) A "Kinh phí thực hiện:" label may open the line before its source: "3. Kinh phí thực hiện: ngân sách xã bố trí
# 350 triệu đồng; lồng ghép …" (a vụ Đông plan's IV. CƠ CHẾ HỖ TRỢ VÀ KINH PHÍ, a34-04)
ALLOTTED_FUNDS_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?(?:{kw('kinh phi')}(?:\s+[a-z\u0111]+){{0,3}}\s*:\s*)?"
    rf"{kw('ngan sach')}(?:\s+[a-z\u0111]+){{1,3}}?"
    rf"\s+(?:{kw('bo tri')}|{kw('phan bo')}|{kw('cap')})\s+(?:{kw('kinh phi')}\s+)?")
# (tgt38a) … or the sources a "Nguồn kinh phí:" label lists on its own line, each a source and its sum, ";" between:
# "Nguồn kinh phí: ngân sách xã 55.000.000 đồng; xã hội hóa 110.000.000 đồng (công đức …)" (a festival plan's V. KINH
# PHÍ) — the "- Ngân sách xã: …" lines written on one line, each sum set aside as those are (folded, from the line's
# start to the figure: the label, earlier sources closed by ";", then this source's few words; not "trong đó …" after
# a total, the running means a31-02 leaves)
FUNDING_SOURCES_BEFORE_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?(?:{kw('nguon kinh phi')}|{kw('nguon von')})(?:\s+[a-z\u0111]+){{0,3}}\s*:"
    rf"(?:[^;:\n]*;)*\s*(?:[a-z\u0111]+\s+){{0,2}}?(?:{kw('ngan sach')}|{kw('xa hoi hoa')}|{kw('von')}|{kw('huy dong')}|{kw('dong gop')}"
    rf"|{kw('tai tro')}|{kw('ung ho')})(?:\s+[a-z\u0111]+){{0,4}}?\s*:?\s*")

# (tgt33a) … and the total those lines break down, written as a sentence rather than a label: "Tổng nhu cầu vốn thực
# hiện năm 2028 dự kiến 21.350 triệu đồng, trong đó:" ⏎ "- Ngân sách trung ương hỗ trợ: 3.200 triệu đồng;" (a xã's nông
# thôn mới plan, a31-10; t31-10 writes it "Tổng nguồn vốn dự kiến huy động …: 21.450 triệu đồng, gồm:", a label line).
# Only a total whose parts follow as lines ("trong đó:" / "gồm:" closing its line): "Tổng kinh phí … là 6.850 triệu
# đồng, trong đó ngân sách xã 4.100 triệu đồng, …" is a budget's means, as before (a31-02). (folded: TOTAL_LINE_OPENING_RE
# from the paragraph's start to the figure, PARTS_FOLLOW_AFTER_RE from the unit's end)
# (prod34c) … its subject the funds themselves, with no "Tổng": "Kinh phí thực hiện Kế hoạch năm 2028 là 9.000 triệu đồng,
# trong đó:" ⏎ "- Ngân sách tỉnh: …" (session 33's review: the total was missed without "Tổng"), "Nguồn vốn …", "Nhu
# cầu vốn …" — the lines after the colon still required (PARTS_FOLLOW_AFTER_RE)
TOTAL_LINE_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?"
    rf"(?:{kw('tong')}|{kw('kinh phi')}|{kw('nguon von')}|{kw('nguon kinh phi')}|{kw('nhu cau von')})"
    rf"\s[^:;\n]{{3,120}}?\s(?:(?:{kw('du kien')}|{kw('la')})\s*)?")
# (tgt34a) … with or without "dự kiến"/"là" before the figure ("Tổng kinh phí hỗ trợ 1.410 triệu đồng, gồm:", a
# housing-support plan), and with its parts run on after the colon on the same line ("Tổng kinh phí dự kiến 480 triệu
# đồng, gồm: ngân sách tỉnh hỗ trợ 300 triệu đồng; …", a drill plan's IV. KINH PHÍ, a32-05; t32-05's "Tổng kinh phí dự
# kiến: 520 triệu đồng, trong đó: …" was read as a label line already): the colon opens a list of the funding lines as
# a line break does. A breakdown without the colon ("…, trong đó ngân sách xã 4.100 triệu đồng, …", a31-02) stays a
# budget's running means, as before.
# (tgt34a) "- Nhân dân tham gia sơ tán, phục vụ chiến đấu: khoảng 300 lượt người" (a drill plan's forces, a32-05): an
# approximate count on its label's line is still the count the label sets (labelled as exact; folded, from after the
# colon to the figure)
# (tgt42d) … or a total: "**1. Đối tượng, số lượng:** Tổng số 64 học viên, gồm …" — the count the label sets, "tổng
# số" no number's label (as :data:`listed_counts.TOTAL_WITH_BEFORE_RE` reads it in prose); the bold marks that close
# a label are its print, no words between
# (tgt49) … but the total itself, sentence or label line, is the budget's means, no goal: "Tổng kinh phí cải tạo, nâng
# cấp chợ năm 2036 là 3.095 triệu đồng, gồm: …" (a47-01), "Tổng kinh phí dự kiến giai đoạn 2036 - 2040 là 9.430 triệu
# đồng (chi tiết tại Phụ lục), gồm: …" (a47-02), "Tổng nhu cầu vốn năm 2036 khoảng 18.600 triệu đồng, gồm: …" (a47-03),
# "Tổng kinh phí dự kiến: 520 triệu đồng, trong đó:" (t32-05). The labels README counts "numeric goals or bounds" and
# its requested quantities are none; the sets split on such totals, most leave them (by document 43 to 19 over the
# authored and tuning sets, by set 25 to 13; the totals followed by their parts 10 to 7, a31-10, a32-04, a32-05,
# a36-05, a37-04, a40-09 and t31-10 counting them), and both authors of session 48 say "budgets are not targets".
# A bound ("tổng kinh phí không quá 160.000.000 đồng") or an aim ("Tổng vốn đầu tư toàn xã hội đạt khoảng 98.000 tỷ
# đồng") stays a target: the caller asks for neither. The funding lines under the total ("- Ngân sách tỉnh: 4.650
# triệu đồng;") are read as before. (folded, from the line's start, after a bullet or item mark, to the figure)
BUDGET_TOTAL_OPENING_RE = re.compile(
    rf"[ \t*_]*(?:(?:[-+•]|\(?[a-z\u0111\d]{{1,2}}[.)])[ \t]+)?"
    rf"(?:{kw('tong kinh phi')}|{kw('tong nhu cau von')}|{kw('tong nguon von')}|{kw('kinh phi thuc hien')}|{kw('nhu cau von')})"
    rf"(?![a-z])[^;\n]{{0,140}}?[\s:]\s*(?:(?:{kw('du kien')}|{kw('la')}|{kw('khoang')})\s*)*")
ABOUT_AFTER_COLON_RE = re.compile(rf"[ \t*_]*(?:(?:{kw('khoang')}|{kw('tong so')}|{kw('tong cong')})[ \t]+)?")
# (tgt45b) … an aside in brackets may stand between the total and its "gồm:", what the total leaves out: "Tổng kinh
# phí hỗ trợ dự kiến 950.000.000 đồng (chưa tính phần …), gồm:" (a43-09) — not the sum spelled in words ("(Một trăm
# tám mươi sáu triệu … đồng), trong đó:", which t33-07 leaves out as tgt38a's brackets do)
PARTS_FOLLOW_AFTER_RE = re.compile(rf"\s*(?:\((?![^()]*{kw('dong')}\s*\))[^()]{{1,160}}\)\s*)?,?\s*(?:{kw('trong do')}|{kw('bao gom')}|{kw('gom')})\s*:")
# (tgt38a) … or its parts in brackets right after it, two sums or more split by ";": "Tổng kinh phí dự kiến 166.800.000
# đồng (giống 90.000.000 đồng; thuốc 76.800.000 đồng), từ nguồn ngân sách xã" (a crop-protection plan) — the same total
# broken down (its parts are cost lines, no targets); not a sum spelled out in words, "(Một trăm tám mươi triệu đồng)"
# (tgt38c: a part may wrap onto the next line, no blank line between — a legacy page's hard wrap, "(giống 90.000.000
# đồng; thuốc" ⏎ "76.800.000 đồng)")
_BRACKET_PART = r"(?:[^()\n;]|\n(?![ \t]*\n))"
PARTS_IN_BRACKETS_AFTER_RE = re.compile(rf"\s*\((?:{_BRACKET_PART}*\d{_BRACKET_PART}*;)+{_BRACKET_PART}*\d{_BRACKET_PART}*\)")
# "đồng chí" after a count: comrades, no sum of đồng ("46 đồng chí (trong đó 09 đồng chí …)", t29-07; folded)
COMRADES_AFTER_RE = re.compile(r"\s*chi(?![a-z])")
# (tgt37b) The state a rearrangement leaves, the sentence opening "Sau (khi) sắp xếp / sáp nhập …," then the area "có"
# / "còn" / "gồm" the count: "Sau sắp xếp, xã có 17 thôn" (a xã's plan to merge its thôn) — the outcome the plan sets,
# exactly (folded, from the sentence's start to the figure)
AFTER_REARRANGING_OPENING_RE = re.compile(
    rf"[ \t*_\-+•]*{kw('sau')}\s+(?:{kw('khi')}\s+)?(?:{kw('sap xep')}|{kw('sap nhap')}|{kw('hop nhat')}|{kw('chia tach')}"
    rf"|{kw('dieu chinh')}|{kw('kien toan')})(?:[\s,]+[^\d\s,;:.]+){{0,8}}?\s*,\s*(?:[^\d\s,;:.]+\s+){{0,5}}?"
    rf"(?:{kw('co')}|{kw('con')}|{kw('gom')}|{kw('la')})\s+$")
# (the act may name more than one, "Sau khi sắp xếp, sáp nhập, toàn xã còn 17 thôn"; "… số thôn của xã là 17 thôn")
# (tgt37b) Words printed after a count that fold as "đồng" does (or as OCR's b-for-đ look-alike of it) and are no sum
# of money: "lắp đặt 40 bóng đèn năng lượng mặt trời", "03 dòng sản phẩm", "500 bông hoa" (printed, lower case; the
# noun is then read as any counted noun is)
NOT_DONG_PRINTED = ("bóng", "bông", "dòng")
# (tgt39b) … and "thang" printed without its mark before what a ladder is made of or for ("01 thang dây", "01 thang nhôm
# gấp", "thang chữa cháy"): a ladder in an equipment list, no month (printed, after the unit)
LADDER_AFTER_RE = re.compile(r"\s+(?:dây|nhôm|gấp|tre|sắt|inox|chữa cháy|cứu nạn|leo|rút)(?!\w)")


# (tgt42b) A passive "bị" printed where an OCR-lenient "đã đạt" matched (patterns.RESULT_SO_FAR_RE): "bị bắt giữ quá
# 72 giờ mà chủ nuôi không đến nhận" — "bị bắt" is no figure reached (printed, at the match's start)
PASSIVE_PRINTED_RE = re.compile(r"(?i)bị\s")
# (tgt42b) A rule's wait before its case applies: "sau" right before the time, then the case that has not happened (its
# subject after "mà" may come first), closed by "thì" and what follows — "sau 72 giờ không có người nhận thì xử lý theo quy định", "sau 05 ngày làm việc
# mà không có ý kiến thì coi như đồng ý". The wait is a relative time limit (the labels README: a target, exact), not
# the bare "sau 30 ngày" of a schedule (folded; before the figure / from the unit's end). A day's hour is no wait: "nhận
# hồ sơ sau 15 giờ mà không giải quyết được ngay thì …" (hours up to 24 wait only counted "kể từ" an event, group since).
# "quá" for "sau" sets the wait as a floor ("bị bắt giữ quá 72 giờ mà chủ nuôi không đến nhận thì …": over 72 hours)
AFTER_LAPSE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('sau')}|(?P<over>{kw('qua')}))\s+$")
LAPSE_CASE_AFTER_RE = re.compile(rf"(?P<since>\s+(?:{kw('ke tu')}|{kw('tinh tu')})[^\n.;]{{0,60}}?)?\s*,?\s+(?:{kw('ma')}\s+(?:[a-z]+\s+){{0,4}}?)?"
                                 rf"(?:{kw('khong')}|{kw('chua')})\s+[^\n.;]{{1,60}}?\s{kw('thi')}\s")
# (tgt42b) The interval between a treatment's rounds, right before the time: "mỗi lần cách nhau 07 ngày", "hai đợt cách
# nhau 15 ngày" — a span the rule sets (folded, before the figure)
SPACING_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('cach nhau')}\s+$")
# (tgt42b) A count a rule requires in full, "phải" then the verb of reaching it and "đủ" (the whole number) right before
# the figure: "Các thôn đăng ký phải hoàn thành đủ 10 tiêu chí …", "hồ sơ phải có đủ 03 loại giấy tờ" — what must be met,
# as "phải đạt" is an aim (STRIVE_RE); folded, before the figure
REQUIRED_COUNT_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('phai')}\s+(?:{kw('hoan thanh')}|{kw('dat')}|{kw('dap ung')}|{kw('co')})"
                                      rf"\s+(?:{kw('day du')}|{kw('du')})\s+$")


# The items a sum is reckoned per that take more than one word (folded), from the gold sets' units ("đồng/học
# sinh/năm", "triệu đồng/hợp tác xã/năm", "đồng/con/lần tiêm", "triệu đồng/giấy chứng nhận", …) and the documents' own
# in ../shared/realdocs/docs ("đồng/giải thưởng", "đồng/Ban Chấm thi", "đồng/hòm phiếu", "đồng/người học"): after "/",
# the words of one of these stay the item's; any other item is one word, since the next word opens what follows
# ("đồng/người tham gia", "đồng/hộ gia nhập …", review of session 46; :mod:`.per_item_sums`)
PER_ITEM_NOUNS = (
    "ho gia dinh", "hop tac xa", "giay chung nhan", "khu dan cu", "to dan pho", "xe o to", "hoc sinh", "hoc vien",
    "nguoi hoc", "thi sinh", "sinh vien", "san pham", "bao cao", "van ban", "don vi", "nhan khau", "ngay cong",
    "hoi vien", "lan phun", "lan tiem", "chu the", "truong hop", "bai thi", "du an", "hop dong", "co so", "chi bo",
    "khoa hoc", "dang vien", "doan vien", "thanh vien", "tre em", "luot nguoi", "dau con", "can bo",
    "cong chuc", "vien chuc", "giao vien", "nguoi lao dong", "cong trinh", "xa vien", "doi tuong", "thon ban",
    "gia dinh", "tau ca", "ca the", "mo hinh", "giai thuong", "hom phieu", "giay phep", "chung chi", "de thi",
    "met vuong", "cau lac bo", "chuong trinh", "ban coi thi", "ban cham thi", "ban phuc khao", "ban ra de", "ban in sao",
    "lop hoc", "thong bao",
)


# --- session 54 (authored52 spent): a sentence that reports back, by its own wording (:mod:`.report_sentences`) ------
# A Công văn đôn đốc opens with where things stand before it asks anything, with no "Kết quả" heading over it: "Kết quả
# thu ngân sách nhà nước trên địa bàn huyện 9 tháng đầu năm 2038 đạt 286,4 tỷ đồng, bằng 71,6% dự toán tỉnh giao …;
# Còn 07 xã có số thu đạt dưới 50% dự toán (…); nợ đọng thuế đến ngày 30/9/2038 là 21,8 tỷ đồng, tăng 12,5% so với cùng
# kỳ." (a52-05). Folded. What was reached measured against the plan: "bằng 71,6% dự toán tỉnh giao", "bằng 101,4% kế
# hoạch", "bằng 60% chỉ tiêu năm" — 35 sentences of the open sets, none labelled but the one that strives ("phấn đấu
# đạt 48.650 triệu đồng, bằng 108% dự toán", t46-04, spared by its aim word)
SHARE_OF_PLAN_RE = re.compile(rf"(?<![a-z]){kw('bang')}\s+(?:{kw('khoang')}\s+)?\d[\d.,]*\s*%\s+(?:{kw('so voi')}\s+)?"
                              rf"(?:{kw('du toan')}|{kw('ke hoach')}|{kw('chi tieu')})(?![a-z])")
# … a change against the same period of last year, the figure bare (no floor or cap between the verb and it): "tăng 12,5%
# so với cùng kỳ", "giảm 02 vụ so với cùng kỳ", "tăng 1,4 tạ/ha so với cùng kỳ" (a goal says "giảm ít nhất 10% … so với
# cùng kỳ", "giảm từ 5% trở lên": a bound word between)
SAME_PERIOD_CHANGE_RE = re.compile(rf"(?<![a-z])(?:{kw('tang')}|{kw('giam')})\s+\d[\d.,]*\s*(?:%|[^\s\d,;.()]+(?:/[^\s\d,;.()]+)?)?"
                                   rf"\s+{kw('so')}\s+(?:{kw('voi')}\s+)?{kw('cung ky')}(?![a-z])")
# … the day things stood at, named inside the sentence (its day checked against the document's own): "nợ đọng thuế đến
# ngày 30/9/2038 là 21,8 tỷ đồng", "Tính đến ngày 31/8/2029, tổng thu …"
STOOD_AT_DAY_RE = re.compile(r"(?<![a-z])" + AS_OF_DAY)
# … the first months of a year, reported on once they are over: "9 tháng đầu năm 2038" (its end checked against the
# document's day: "sơ kết 6 tháng đầu năm 2038" in a plan of January is still to come)
FIRST_MONTHS_RE = re.compile(rf"(?<![\d/])(?P<n>\d{{1,2}})\s+{THANG}\s+{kw('dau')}\s+{NAM}\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# … a baseline the signals above may stand in, no time of a result: "so với cùng kỳ năm 2037", "so với ngày …"
BASELINE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('so')}\s+(?:{kw('voi')}\s+)?(?:{kw('cung ky')}\s+)?[^\s,;.]*\s*$")
# … a floor or cap word anywhere in a clause (folded): a figure bounded so is aimed at, whatever its sentence reports;
# (session 54) and a "Kết quả huấn luyện:" label whose line bounds a figure ("100% dân quân được huấn luyện, trong đó có
# từ 70% khá, giỏi trở lên", a52-07's plan) names the results required, as "Kết quả kiểm tra: 100% nội dung đạt yêu cầu;
# … từ 75% trở lên đạt khá, giỏi" does (a35-08): both labelled, no result reached
FIRM_BOUND_WORD_RE = re.compile(r"(?<![a-z])(?:it nhat|toi thieu|toi da|khong qua|khong vuot qua|khong duoi|khong thap hon"
                                r"|tro len|tro xuong)(?![a-z])")
# (tgt55) … the same firm bound words right before a count (folded, up to the figure): "ít nhất 02 đảng viên" is a
# floor, no printing of a set's name (described_counts._named_set)
NAMED_SET_BOUND_BEFORE_RE = re.compile(r"(?<![a-z])(?:it nhat|toi thieu|toi da|khong qua|khong vuot qua|khong duoi"
                                       r"|khong thap hon)\s+$")
# … a time named in a clause (folded): a day, a month or a year; one after the document's day makes the clause look ahead
# ("Số ca mắc sốt xuất huyết từ tháng 9 đến tháng 12/2029 giảm 15% so với cùng kỳ năm 2028" in a plan of 08/2029, t34-09:
# a goal, its change against last year's period notwithstanding)
TIME_NAMED_RE = re.compile(rf"(?<![\d/])(?:(?P<d>\d{{1,2}})\s*/\s*)?(?P<m>\d{{1,2}})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)"
                           rf"|(?<![a-z]){NAM}\s+(?P<y2>(?:19|20)\d\d)(?!\d)")
