"""Wording of the rules with numbers that legal prose states without a bound word next to the figure, as data:
a procedure's time named by its step ("Thời gian xem xét, giải quyết là 30 ngày làm việc"), "quá N" after the
verb of a prohibition ("không giữ chức vụ quá 02 nhiệm kỳ"), a bound then the measure's name ("không được vượt quá
tốc độ 50 km/h"), an amount named by its fee ("nộp lệ phí 200.000 đồng"), a time limit opening the main clause after
a case ("Trường hợp …, trong 02 ngày làm việc, …"), a zone ("trong phạm vi 30m"), the times a term may be extended
("gia hạn 01 lần"), a body's make-up in drafting style ("gồm 05 (năm) thành viên"), a frequency with the period
first ("tối thiểu mỗi năm một lần"), months of a named allowance ("24 tháng tiền chế độ dinh dưỡng"), N of the M
listed ("ít nhất 01 trong 02 tiêu chí"), an amount a rule adds ("thì tính thêm 0,5 ngày công"), a paper's validity
("có giá trị 06 tháng kể từ ngày cấp"), a notice given ahead ("thông báo trước 30 ngày") and a multiple ("gấp 02 lần").

Session 11 conventions (the lead's decision from the labels README and seven blind annotators): an age bound that is
the only figure of its clause ("người dưới 18 tuổi", "từ đủ 16 tuổi trở lên"), the papers or times a rule sets ("nộp 01
bộ hồ sơ", "lập thành 02 bản"), a norm's tiers ("cự ly ≤ 300m; ≤ 500m", "từ 150kg/cm2 đến 600kg/cm2") and eligibility
terms ("có đủ 15 năm công tác", "từ 05 năm trở lên") are targets too. Not: an age band naming a group ("trẻ em từ 06
tháng đến 36 tháng tuổi"), an age beside another figure (its scope), words of a cited paper's title or a procedure's
name, the "Số lượng hồ sơ: 01 bộ" field of a list of procedures (left as the tuning labels have it).

Why: ``realdocs/labeled/README.md`` — "Relative time limits (…) are labelled as targets (numeric bounds, with
``unit`` giờ / ngày / ngày làm việc)" and "Rules with numbers in a guidance document (…) are targets"; the legal
windows (``bench/gold/legal-windows``) and the held-out realdocs sets lose most target recall on such rules. Each
pattern runs on the folded view (``Folded.view``), widened to OCR look-alikes by :func:`kw`; :mod:`.targets` reads
them. The sentences they were written for are in ``tests/test_targets_limits.py`` and
``tests/test_targets_conventions.py`` (written for the tests).
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.numbers import PERCENT_WORD_RE

# The steps of a procedure whose time a rule names ("Thời gian thẩm định", "thời hạn cấp giấy phép", "Thời gian xem
# xét, giải quyết"). Not "thực hiện" alone: a plan's "Thời gian thực hiện: 12 tháng" is its span (but "thời gian thực
# hiện thủ tục" is a procedure's time).
_STEPS = ("giai quyet", "xu ly", "tra loi", "tham dinh", "tham tra", "xem xet", "cap", "cap phep", "phe duyet",
          "chap thuan", "thong bao", "tra ket qua", "tiep nhan", "kiem tra", "xac minh", "ra quyet dinh",
          "thuc hien thu tuc", "thuc hien tthc", "hoan thien ho so", "bo sung ho so", "tam giu", "tam dinh chi",
          "dinh chi", "luu tru", "luu giu", "cong khai", "niem yet", "gia han", "bao hanh", "tap su", "thu viec", "nghi")
_STEP = "(?:" + "|".join(kw(s) for s in sorted(_STEPS, key=len, reverse=True)) + ")"
#: "Thời gian xem xét, giải quyết là 30 ngày làm việc", "Thời hạn cấp giấy phép đối với … là 15 ngày" → at most that
#: long (the caller reads it before a time unit only). Not the "Label: N" field of a list of procedures ("Thời gian
#: giải quyết: 03 ngày làm việc" restates the limit of the procedure's row), nor a simplification's before / after
#: figures ("Thời gian giải quyết TTHC trước khi đơn giản hóa là 45 ngày").
PROCEDURE_TIME_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('thoi gian')}|{kw('thoi han')})\s+{_STEP}(?:\s*(?:,|{kw('va')})\s*{_STEP})*"
    rf"(?:\s+(?!{kw('truoc khi')}|{kw('sau khi')}|{kw('tiet kiem')}|{kw('cat giam')}|{kw('hien hanh')}|{kw('hien nay')})"
    rf"[^\s.;:()]+){{0,12}}?\s+{kw('la')}\s*$"
)
#: the steps that name a span the rule sets as it is (no limit): "Thời gian tập sự … là 12 tháng" → exactly 12 tháng,
#: "Thời gian nghỉ hằng năm là 12 ngày làm việc" → exactly 12 ngày làm việc; (tgt34a) "Thời gian niêm yết là 15 ngày
#: liên tục" → a posting period the plan sets, exactly (t30-09's "niêm yết … trong thời gian 10 ngày", a32-04, a32-03)
EXACT_SPAN_STEPS_RE = re.compile(rf"(?:{kw('niem yet')}|{kw('tap su')}|{kw('thu viec')}|{kw('bao hanh')}|{kw('luu tru')}|{kw('luu giu')}|{kw('nghi')})")
#: (session 29) an exam's sitting, its time named right before the figure: "Phần I kiến thức chung, 60 câu hỏi, thời gian
#: thi 60 phút", "thời gian làm bài 120 phút (không kể thời gian phát đề)" → exactly that long, a rule of the exam
EXAM_TIME_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('thoi gian')}\s+(?:{kw('thi')}|{kw('lam bai')})(?:\s+{kw('la')})?\s*$")
#: (tgt31a) … or printed in parentheses after each paper's name, in a sentence about the exam's papers: "Thí sinh dự thi
#: 03 bài thi: Ngữ văn (120 phút), Toán (120 phút), Ngoại ngữ (60 phút)", "dự thi thêm môn chuyên (150 phút)" — the
#: opening parenthesis right before the figure, the closing one right after its unit (minutes only), and a word of the
#: exam's papers earlier in the sentence
PAPER_TIME_OPEN_RE = re.compile(r"\(\s*$")
PAPER_TIME_CLOSE_RE = re.compile(r"\s*\)")
EXAM_PAPERS_RE = re.compile(rf"(?<![a-z])(?:{kw('bai thi')}|{kw('mon thi')}|{kw('du thi')}|{kw('mon')})(?![a-z])")
#: a term, a cycle or a plan's span named as such: "Nhiệm kỳ của phó hiệu trưởng là 05 năm", "Chu kỳ kiểm định chất
#: lượng giáo dục nghề nghiệp là 05 năm", "Thời kỳ lập chiến lược … là 10 năm" → exactly that long (the caller reads it
#: before a time unit only; "không quá hai nhiệm kỳ" counts terms, another unit).
TERM_IS_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('nhiem ky')}|{kw('chu ky')}|{kw('thoi ky')})(?:\s+[^\s.;:()]+){{0,12}}?\s+{kw('la')}\s*$")

#: "quá N" after the verb of a prohibition, a few words on: "không giữ chức vụ quá 02 nhiệm kỳ liên tiếp", "không
#: được điều khiển xe chạy quá 10 giờ trong một ngày" → at most (the words between hold no figure and no clause
#: break; :data:`target_words.NOT_VERB_OVER_RE` reads the short form "không kéo dài quá").
VERB_OVER_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('khong')}\s+(?:{kw('duoc')}\s+)?(?!{kw('vuot')}\s)"
    rf"(?:(?:[a-z]+\s+){{1,6}}|{kw('de')}\s+(?:[a-z]+\s+){{1,8}}){kw('qua')}\s*$"  # "không để tồn tiền mặt … tại thôn quá"
)
#: (session 29) the same with two verbs listed by a comma, the act suffered or allowed: "bảo đảm một cơ sở không bị thanh
#: tra, kiểm tra quá 01 lần trong năm" → at most once (a Quy chế phối hợp). The comma is the list's only: each side is a
#: verb of one or two words, the negation is passive or permissive ("bị", "được"), so a clause break cannot sit there.
VERB_PAIR_OVER_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('khong')}\s+(?:{kw('bi')}|{kw('duoc')})\s+(?:[a-z]+\s+)?[a-z]+\s*,\s*(?:[a-z]+\s+)?[a-z]+\s+{kw('qua')}\s*$")
#: (tgt33d) "không để" with its object a list of nouns, a comma between: "Không để cơ sở nhà, đất nào bị bỏ trống quá 06
#: tháng kể từ ngày có quyết định xử lý" → at most 06 months (the comma lists what is not left, no clause break: words
#: only, no figure, and "quá" closes the clause).
LET_LIST_OVER_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('khong de')}\s+(?:[a-z]+\s+){{0,4}}?[a-z]+\s*,\s*(?:[a-z]+\s+){{1,8}}{kw('qua')}\s*$")
#: the verbs of a prohibition whose "qua" printed without accents (legacy text) still reads "quá" (over) before a term or
#: a time: "khong giu chuc vu qua 02 nhiem ky" — "giữ … qua" (hold through) is no Vietnamese; not "đi qua", "thông qua"
LEGACY_OVER_VERB_RE = re.compile(
    rf"(?:{kw('khong')}\s+(?:{kw('duoc')}\s+)?)(?:{kw('giu')}|{kw('keo dai')}|{kw('lam viec')}|{kw('lam them')}|{kw('dieu khien')}"
    rf"|{kw('tam giu')}|{kw('tam giam')}|{kw('gia han')}|{kw('luu tru')}|{kw('luu giu')}|{kw('dam nhiem')}|{kw('dam nhan')})(?![a-z])")
#: "qua" as "through", not "quá" (over): "không thông qua 02 lần", "không đi qua 03 xã" — no bound
THROUGH_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('thong')}|{kw('di')}|{kw('trai')}|{kw('xuyen')}|{kw('chuyen')})\s+qua\s*$")
#: the names of the measures a rule bounds, folded: "không được vượt quá tốc độ 60 km/h", "không vượt quá nồng độ 25 mg",
#: "không vượt quá tải trọng 10 tấn" (review 13: any measure, not only speed — the words are data)
MEASURE_NAMES = (
    "toc do", "nong do", "muc", "tai trong", "chieu cao", "chieu dai", "chieu rong", "chieu sau", "do sau", "do cao",
    "dien tich", "khoi luong", "trong luong", "ham luong", "gia tri", "so tien", "thoi gian", "cong suat", "nhiet do",
    "ap suat", "do on", "do rung", "luu luong", "dung tich", "the tich", "cu ly", "khoang cach", "ban kinh", "do doc",
    "dien ap", "mat do", "tan suat", "do am", "do duc", "suc chua", "tong trong luong", "tong tai trong",
)
_MEASURE = "(?:" + "|".join(kw(s) for s in sorted(MEASURE_NAMES, key=len, reverse=True)) + ")"
#: a bound word, then the measure's name (and up to two words naming what is measured: "nồng độ cồn"), then the figure:
#: "không được vượt quá tốc độ 60 km/h", "không vượt quá nồng độ cồn 0,25 mg" → at most; "không thấp hơn mức 5.000.000
#: đồng" → at least.
BOUND_THEN_MEASURE_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:(?P<hi>{kw('khong')}\s+(?:{kw('duoc')}\s+)?{kw('vuot qua')}|{kw('toi da')}|{kw('khong qua')})"
    rf"|(?P<lo>{kw('khong')}\s+(?:{kw('duoc')}\s+)?{kw('thap hon')}|{kw('toi thieu')}|{kw('it nhat')}))"
    rf"\s+{_MEASURE}(?:\s+(?!{kw('la')}\s*$|{kw('tu')}\s*$|{kw('trong')}\s*$)[a-z]+){{0,2}}\s*$"
)

# An amount named by its fee or charge: "nộp lệ phí 200.000 đồng", "phí thẩm định 1.500.000 đồng/hồ sơ", "mức thu
# 50.000 đồng/lần" → that amount (a rule with a number). Not "kinh phí" / "chi phí" (a budget, the means), nor a fee
# that was paid ("đã nộp").
FEE_AMOUNT_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?<!kinh )(?<!chi )(?:{kw('le phi')}|{kw('phi')}|{kw('muc thu')}|{kw('muc phi')}|{kw('gia ve')}|{kw('tien phat')})"
    rf"(?:\s+(?!{kw('la')}\s*$)[a-z]+){{0,5}}?\s*(?:{kw('la')}\s*|:\s*)?$"
)
#: a fee that was paid or owed already: "khoản lệ phí đã nộp", "số phí còn nợ" — a fact, no rule
FEE_PAID_RE = re.compile(rf"{kw('da nop')}|{kw('con no')}|{kw('da thu')}|{kw('thu duoc')}")

#: a time limit opening the main clause after a case's comma: "Trường hợp hồ sơ chưa đầy đủ, trong 02 ngày làm việc,
#: cơ quan tiếp nhận phải hướng dẫn" (bare "trong"; :data:`target_words.LIMIT_OPENING_RE` reads "trong thời hạn",
#: "trong vòng", "chậm nhất").
WITHIN_OPENING_RE = re.compile(rf"\s*{kw('trong')}\s*$")
#: "trong thời gian 03 năm đầu kể từ ngày được cấp thẻ": the stretch a benefit covers, named by its place (the first, the
#: last years), no time limit — while "được tiếp cận hỗ trợ trong 24 giờ đầu" (bare "trong") is one (0129/KH-UBND)
SPAN_OF_TIME_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('trong thoi gian')}\s*$")
FIRST_OR_LAST_AFTER_RE = re.compile(rf"\s*(?:{kw('dau')}|{kw('cuoi')})(?![a-z])")
#: (tgt33d) … and the first stretch of a rollout, whatever the words before: "thành lập các đội thanh niên hướng dẫn
#: phân loại rác tại các điểm tập kết trong 02 tháng đầu triển khai" — when the task runs, no time limit
ROLLOUT_FIRST_AFTER_RE = re.compile(
    rf"\s*{kw('dau')}\s+(?:{kw('trien khai')}|{kw('thuc hien')}|{kw('ap dung')}|{kw('van hanh')}|{kw('hoat dong')})(?![a-z])")

#: a zone a rule bounds: "vận chuyển vật liệu trong phạm vi 30m", "trong phạm vi bán kính 200 m tính từ cổng trường"
#: → at most (a measure read only after a firm bound, :func:`targets._firm_bound_before`).
WITHIN_RANGE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('trong pham vi')}(?:\s+{kw('ban kinh')})?\s*$")

#: how many times a term may be extended: "Thời gian gia hạn là 01 lần", "được gia hạn 01 lần" → exactly that many
#: (unit "lần"; "gia hạn không quá 01 lần" is read by the bound).
EXTENSION_TIMES_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('gia han')}(?:\s+[a-z]+){{0,3}}?(?:\s+{kw('la')})?\s*$")

#: a body's composition in a rule's drafting style, the count spelled out again: "Hội đồng … gồm 05 (năm) thành viên"
#: → exactly that many (a plan's "Đoàn kiểm tra gồm 05 thành viên", without the words, is no rule).
COMPOSITION_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('gom')}\s*$")
COMPOSITION_NOUN_RE = re.compile(r"(?:thanh vien|nguoi|uy vien|dai bieu|can bo|cong chuc)(?![a-z])")

#: a frequency bound with the period first: "Định kỳ tối thiểu mỗi năm một lần", "ít nhất hằng quý 01 lần" → at least
#: that many times per period (unit "lần/<period>").
FREQUENCY_RE = re.compile(
    rf"(?<![a-z])(?:{kw('toi thieu')}|{kw('it nhat')})\s+(?:{kw('moi')}|{kw('hang')}|{kw('hang')})\s+"
    rf"(?P<per>{kw('nam')}|{kw('quy')}|{kw('thang')}|{kw('tuan')})\s+(?P<n>\d{{1,2}}|{kw('mot')}|{kw('hai')}|{kw('ba')})\s*(?:\(\s*[a-z\d]+\s*\)\s*)?{kw('lan')}"
)
#: a body's meeting rhythm, exact ("Ban Thường vụ Đảng ủy họp thường lệ mỗi tháng 02 lần", t21-05: 2 lần/tháng; "sinh
#: hoạt định kỳ hằng quý 01 lần") …
_EVERY_PERIOD_TIMES = (rf"(?:{kw('moi')}|{kw('hang')})\s+(?P<per>{kw('nam')}|{kw('quy')}|{kw('thang')}|{kw('tuan')}|{kw('ngay')})\s+"
                       rf"(?P<n>\d{{1,2}}|{kw('mot')}|{kw('hai')}|{kw('ba')})\s*(?:\(\s*[a-z\d]+\s*\)\s*)?{kw('lan')}(?![a-z])")
RHYTHM_RE = re.compile(
    rf"(?<![a-z])(?:{kw('hop')}|{kw('sinh hoat')}|{kw('giao ban')})(?:\s+(?:{kw('thuong le')}|{kw('dinh ky')}|{kw('thuong ky')}))?\s+"
    + _EVERY_PERIOD_TIMES
)
#: … (tgt36b) or any task's rhythm that "định kỳ" sets with its period first: "Tổ chức tổng vệ sinh trường lớp … và định
#: kỳ mỗi tuần một lần" (a phường's plan against dengue, a34-09: 1 lần/tuần), "định kỳ mỗi tháng 02 lần" — exactly so
#: often, as a body's meetings are …
PERIODIC_RHYTHM_RE = re.compile(rf"(?<![a-z]){kw('dinh ky')}\s+" + _EVERY_PERIOD_TIMES)
#: … (tgt40) or an activity a task holds, its rhythm closing the clause: "Đoàn Thanh niên tổ chức ra quân "Ngày Chủ nhật
#: xanh" mỗi tháng 01 lần", "phát thanh chuyên mục … hằng tuần 02 lần" — exactly so often, as "02 lần/tháng" after the
#: same verbs is (target_words.HELD_RHYTHM_BEFORE_RE); group "f" the rhythm's own words
#: the verbs of a thing held, aired or posted so often (folded): "tổ chức", "phát sóng", "phát thanh", "đăng tải" — shared
#: by a rhythm written "mỗi tháng 01 lần" (here) and "02 lần/tháng" (target_words.HELD_RHYTHM_BEFORE_RE)
HELD_VERBS = ("to chuc", "phat song", "phat thanh", "dang tai")
_HELD = "|".join(kw(w) for w in HELD_VERBS)
HELD_EVERY_PERIOD_RE = re.compile(
    rf"(?<![a-z])(?:{_HELD})(?![a-z])[^;:.\d\n]{{0,60}}?\s"
    rf"(?P<f>{_EVERY_PERIOD_TIMES})"
)
#: … (tgt43d) or a check a task makes so often, its verb right before the rhythm: "từ ngày 01/01/2034 đo mỗi ngày 02 lần
#: theo con triều" (the salinity a response plan measures: 2 lần/ngày), "kiểm tra mỗi tuần 01 lần", "tuần tra hằng
#: đêm"… — exactly so often (group "v" the verb: "đo" is checked as printed, "do" (by, because) folds alike)
CHECK_VERBS = ("do", "kiem tra", "tuan tra", "quan trac", "lay mau", "phun")
CHECKED_EVERY_PERIOD_RE = re.compile(
    rf"(?<![a-z])(?P<v>{'|'.join(kw(w) for w in CHECK_VERBS)})\s+(?P<f>{_EVERY_PERIOD_TIMES})"
)
#: … (tgt46p) or any rhythm written with its period first and no verb beside it, "mỗi ngày 02 buổi" (the times a
#: xã's radio airs a message, a44-02: 2 buổi/ngày), "mỗi ngày 01 lần" (a44-05: 1 lần/ngày), "Tổ chức … mỗi quý 01
#: đợt" — every such rhythm of the earlier sets is labelled, exactly so often, whatever the verb ("họp", "ra quân",
#: "phát"), so the verb lists above are its earlier, narrower forms. Group "u" the noun counted (occasions, sessions:
#: "lần", "buổi"); "mỗi"/"hằng" is checked as printed by the caller ("mới ngày" folds alike).
EVERY_PERIOD_COUNT_RE = re.compile(
    rf"(?<![a-z])(?P<f>(?P<each>{kw('moi')}|{kw('hang')})\s+(?P<per>{kw('nam')}|{kw('quy')}|{kw('thang')}|{kw('tuan')}|{kw('ngay')})\s+"
    rf"(?P<n>\d{{1,2}}|{kw('mot')}|{kw('hai')}|{kw('ba')})\s*(?:\(\s*[a-z\d]+\s*\)\s*)?(?P<u>{kw('lan')}|{kw('buoi')}))(?![a-z/])"
)
#: … or as its interval ("Ban Chấp hành Đảng bộ phường họp thường lệ 03 tháng một lần", t21-05: every 3 tháng — the
#: labels' unit the period, not "lần"), in the words of a body's working rules, "họp thường lệ" (the labels disagree on
#: a council's "họp định kỳ 06 tháng một lần", left: review-targets 86-2025-QD-UBND does not count it)
RHYTHM_SPAN_RE = re.compile(
    rf"(?<![a-z])(?:{kw('hop')}|{kw('sinh hoat')}|{kw('giao ban')})\s+{kw('thuong le')}\s+"
    rf"(?P<n>\d{{1,2}}|{kw('hai')}|{kw('ba')}|{kw('sau')})\s+(?P<per>{kw('nam')}|{kw('quy')}|{kw('thang')}|{kw('tuan')})\s+"
    rf"(?:{kw('mot')}|0?1)\s+{kw('lan')}(?![a-z])"
)
FREQUENCY_WORDS = {"mot": 1, "hai": 2, "ba": 3, "sau": 6}
#: (qc55) a body's meeting rhythm of once a month, quarter or year with its "một" spelled out and no bound word ("Ban
#: Thường vụ họp thường kỳ mỗi tháng một lần", "Ban Chấp hành họp thường kỳ mỗi quý một lần") is its schedule said in
#: words, no figure set: the authored labels leave it eight times (a26-09, a45-08, a48-07 twice, t54-07, t54-08 twice,
#: t54-10) and count it twice (a30-01, a30-03), while a meeting rhythm written with its figure, "mỗi tháng 01 lần", is
#: counted eleven times to four; a weekly or daily "một lần" and an explicit bound ("ít nhất mỗi quý một lần",
#: FREQUENCY_RE) stay targets (folded periods)
#: (tgt56) … and of once a week ("Thường trực Đảng ủy giao ban mỗi tuần một lần vào sáng thứ Hai", a Quy chế làm việc,
#: a54-08: unlabelled; no set labels a spelled weekly meeting, and MEETING_WORD_RE keeps a task's own weekly rhythm,
#: a34-09's "định kỳ mỗi tuần một lần", a target)
SPELLED_ONCE_PERIODS = frozenset({"thang", "quy", "nam", "tuan"})
#: … a body's meeting, in the clause before the rhythm (folded): "họp", "sinh hoạt", "giao ban" — a task's own rhythm
#: ("Các thôn tổ chức vệ sinh đường làng và định kỳ mỗi tháng một lần", tests/test_targets_tgt36b.py) stays a target
MEETING_WORD_RE = re.compile(rf"(?<![a-z])(?:{kw('hop')}|{kw('sinh hoat')}|{kw('giao ban')})(?![a-z])")
#: the period's name as the unit writes it, whatever the text's accents ("moi nam mot lan" of a legacy text without
#: diacritics is "lần/năm" too)
FREQUENCY_PERIODS = {"nam": "năm", "quy": "quý", "thang": "tháng", "tuan": "tuần", "ngay": "ngày"}

#: an amount counted in months of a named allowance: "Chi phí đào tạo cho một vận động viên: 24 tháng tiền chế độ dinh
#: dưỡng" (65/2025/NQ-HĐND, fresh), "12 tháng tiền ăn" — any "tiền …" after "N tháng", as "tháng tiền lương"
#: (:data:`target_words.MONTHS_OF_PAY_AFTER_RE`).
MONTHS_OF_MONEY_AFTER_RE = re.compile(rf"\s+{kw('tien')}(?:\s+[a-z]+){{1,4}}?(?=\s*(?:[.,;:()\n]|$|\s{kw('va')}\s|\s{kw('theo')}\s))")

#: "ít nhất N trong (số) M <noun>": N of the M listed, "đáp ứng ít nhất 01 trong 02 tiêu chí" (1630/QĐ-UBND, fresh)
#: → min N, counted in the noun after M; M is the list's size, no target. M in words or unsaid: "thực hiện ít nhất một
#: trong hai công đoạn", "đáp ứng ít nhất một trong các tiêu chí sau".
ONE_OF_AFTER_RE = re.compile(rf"\s+{kw('trong')}\s+(?:{kw('so')}\s+)?(?P<m>\d{{1,3}}|(?:{PERCENT_WORD_RE})(?=\s)|{kw('cac')}|{kw('nhung')})(?:\s*\([a-z\s]+\))?\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)")
ONE_OF_BEFORE_RE = re.compile(rf"(?<![a-z])(?:\d{{1,3}}|{kw('mot')})\s+{kw('trong')}\s+(?:{kw('so')}\s+)?$")

#: an amount added by a rule: "thì tính thêm 0,5 ngày công", "được hưởng thêm 01 tháng lương" → exactly that (read with a
#: time unit too: "0,5 ngày công" is a share of work, no time limit).
ADDED_AMOUNT_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tinh')}|{kw('huong')})\s+{kw('them')}\s*$")

#: how long a paper stays valid, counted from its issue: "Giấy chứng nhận có giá trị 06 tháng kể từ ngày cấp", "có giá
#: trị sử dụng 12 tháng" → at most (not "có hiệu lực sau 45 ngày", an effective date).
VALID_FOR_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('co gia tri')}(?:\s+{kw('su dung')})?\s*$")

#: a notice given ahead: "phải thông báo trước 30 ngày", "báo trước 45 ngày cho người lao động" → at least that far
#: ahead (as "chậm nhất là 07 ngày trước ngày mở phiên tòa" in the legal windows' labels).
NOTICE_AHEAD_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('thong bao')}|{kw('bao')}|{kw('gui')}|{kw('niem yet')}|{kw('cong bo')})(?:\s+{kw('bang van ban')})?\s+{kw('truoc')}\s*$"
)

#: a multiple a rule sets: "bồi thường gấp 02 lần giá trị tài sản" → exactly that many times (unit "lần").
TIMES_OVER_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('gap')}\s*$")
#: a multiple stated as a change: "doanh thu tăng gấp 02 lần so với năm 2020", "giảm gấp 3 lần" — a fact measured
#: against a baseline, a target only as a goal (a word of aim or "đạt" in its sentence, a horizon "đến năm 2030").
CHANGE_TIMES_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('tang')}|{kw('giam')}|{kw('hon')}|{kw('tang truong')})(?:\s+(?:{kw('len')}|{kw('xuong')}))?\s+{kw('gap')}\s*$")
#: a horizon year in the sentence of a change: "Đến năm 2030, doanh thu tăng gấp 2 lần so với năm 2025" → a goal
GOAL_YEAR_RE = re.compile(rf"(?<![a-z])(?:{kw('den')}|{kw('vao')})\s+(?:{kw('het')}\s+)?{kw('nam')}\s+20\d\d(?!\d)")

#: "trở lên" a few words after the counted noun: "có đủ 20 năm đóng bảo hiểm xã hội trở lên" → at least (the words
#: between hold no figure and no clause break).
UP_LATER_AFTER_RE = re.compile(rf"(?:\s+[a-z]+){{1,6}}?\s+{kw('tro len')}(?![a-z])")
#: "đủ N <time>": "có đủ 05 năm công tác" → at least (time units only: "nộp đủ 02 bộ hồ sơ" is a count of copies).
FULL_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('tu')}\s+)?{kw('du')}\s*$")
#: (tgt37a) … but not "đi" as printed, folded alike: "dân quân tại chỗ từ năm thứ hai trở đi 07 ngày/năm" (a35-08: from
#: the second year on, exactly 07 days a year) — "trở đi" says when the rule starts, no "đủ" (matched on the original)
ONWARD_PRINTED_BEFORE_RE = re.compile(r"(?<!\w)(?:trở\s+)?đi\s*$", re.IGNORECASE)
#: (tg24) … and "chưa đủ N <time>" / "không đủ N <time>": short of it → at most ("đảng viên mới kết nạp chưa đủ 06 tháng"
#: (are not graded), a22-08; "thời gian công tác không đủ 12 tháng"), the labels' "dưới".
SHORT_OF_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('chua')}|{kw('khong')})\s+{kw('du')}\s*$")
#: (session 28) … but after a ban on an act "khi/nếu chưa đủ N <time>" is the wait the act needs → at least: "không tái đàn
#: tại vùng dịch khi chưa đủ 21 ngày kể từ ngày tiêu hủy con lợn bệnh cuối cùng" (a Công điện on dịch tả lợn châu Phi,
#: t27-02: at least 21 days before restocking). Folded; from the sentence's part (after a ";") up to the figure.
BANNED_UNTIL_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('khong')}|{kw('cam')}|{kw('chua duoc')})\s[^.;:\d]{{1,90}}\s(?:{kw('khi')}|{kw('neu')})\s+{kw('chua du')}\s*$")
#: (session 28) an age naming one of a list of groups of people a task serves, the item after a comma: "khám sức khỏe
#: định kỳ cho người cao tuổi, người khuyết tật, trẻ em dưới 6 tuổi và các đối tượng ưu tiên" (a Sở Y tế's công văn,
#: t27-05) — who is served, no bound a rule sets. Folded; the words from the list's comma up to the age.
LISTED_GROUP_AGE_BEFORE_RE = re.compile(
    rf",\s*(?:{kw('tre em')}|{kw('tre')}|{kw('nguoi')}|{kw('hoc sinh')}|{kw('con')}|{kw('phu nu')}|{kw('thanh nien')})"
    r"(?:\s+[a-z]+){0,2}\s+$")
#: (tgt36b) … or the group a task serves or lists, named right after its verb: "Lập danh sách công dân từ đủ 14 tuổi
#: chưa có thẻ căn cước", "tại Trường … (phục vụ học sinh đủ 14 tuổi)" (a Công an xã's plan of cấp căn cước, t35-10) —
#: who is listed or served, no bound a rule sets. Folded; the verb, the group's noun, up to the age.
#: (tgt37a) … or "cho", the group a service is for: "Tổ chức khám sức khỏe, tư vấn dinh dưỡng cho trẻ em dưới 6 tuổi"
#: (a UBND phường's plan for children's month, a35-04: "dưới 6 tuổi" a qualifier), "thu nhận cho người từ 15 tuổi trở
#: lên" (no set labels an age after "cho" and the group); (tgt37b) … or mobilises: "vận động đoàn viên đủ 18 tuổi tham
#: gia hiến máu" (a Đoàn phường's summer plan) — who is asked to take part, the age an eligibility, no bound the plan sets;
#: (tgt42b) … or "mỗi"/"mọi", each one of the group: "bảo đảm mỗi trẻ đủ 6 tuổi có một chỗ học lớp 1" — which children
SERVED_GROUP_AGE_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('phuc vu')}|{kw('danh sach')}|{kw('ra soat')}|{kw('thong ke')}|{kw('cho')}|{kw('van dong')}"
    rf"|{kw('huy dong')}|{kw('moi')})\s+(?:{kw('cac')}\s+|{kw('nhung')}\s+)?"
    rf"(?:{kw('cong dan')}|{kw('tre em')}|{kw('tre')}|{kw('nguoi')}|{kw('hoc sinh')}|{kw('nguoi dan')}|{kw('doan vien')}"
    rf"|{kw('thanh nien')}|{kw('hoi vien')}"
    # (tgt41b) … or those named by their children's age: "cấp phát tờ rơi cho phụ huynh có con dưới 5 tuổi", "cho phụ
    # nữ có con dưới 24 tháng tuổi" — the group served, the age which children
    rf"|(?:[a-z]+\s+){{1,3}}?{kw('co')}\s+{kw('con')})\s+$")

#: an age bound in a rule: "người dưới 18 tuổi" → max, "từ đủ 16 tuổi trở lên" / "trên 60 tuổi" / "đủ 18 tuổi" → min,
#: read by :func:`targets._age_bounds` when the age is the only figure of its clause ("100% trẻ em dưới 6 tuổi" keeps the
#: age as the scope of the 100%); a two-sided band ("trẻ em từ 06 tháng đến 36 tháng tuổi") names an age group, no target,
#: unless it runs "đến hết" (to the end of) its upper age: the age limits of a call-up or a recruitment ("Tuổi đời: công
#: dân từ đủ 18 tuổi đến hết 25 tuổi" → 18–25; alone, "gọi nhập ngũ đến hết 27 tuổi" → at most 27), a rule's bounds.
_AGE_UNIT = rf"(?:{kw('thang tuoi')}|{kw('tuoi')})"
# an age in digits or in words ("đủ mười tám tuổi trở lên", "dưới mười sáu tuổi"; before "tuổi" "năm" is five, never a
# year, so the number words of a percentage serve)
_AGE_N = rf"\d{{1,3}}|(?:{PERCENT_WORD_RE})(?=\s+{kw('tuoi')}(?![a-z]))"
AGE_RE = re.compile(
    rf"(?<![a-z])(?:(?P<hi>{kw('duoi')}|{kw('chua du')}|{kw('chua den')}|{kw('khong qua')}|{kw('den het')})"
    rf"|(?P<lo>{kw('tu du')}|{kw('du')}|{kw('tren')}|{kw('tu')}))\s+(?P<a>{_AGE_N})"
    rf"(?:\s*(?P<au>{kw('thang')}|{kw('tuoi')})(?=\s+{kw('den')}\s))?"
    rf"(?:\s+{kw('den')}\s+(?:(?P<below>{kw('duoi')}|{kw('chua du')})\s+|(?P<through>{kw('het')})\s+)?(?P<b>{_AGE_N}))?"
    rf"\s*(?P<unit>{_AGE_UNIT})(?![a-z])(?P<up>\s+{kw('tro len')}(?![a-z]))?"
)
#: (tgt49t) a row of a pipe table, whole line (folded, printed "| … | … |"): an age in one of its cells names the group a
#: row is of, as in a table the layout reads (:func:`targets._age_bounds`'s ``cells``)
PIPE_ROW_RE = re.compile(r"[ \t]*\|[^\n]*\|[^\n]*\|[ \t]*")
#: (tgt49t) an age in brackets right after the group's name, the bracket holding nothing else: "tỷ lệ cấp ủy viên trẻ
#: (dưới 40 tuổi) đạt từ 15% trở lên" (a Đảng ủy xã's plan for its chi bộ congresses, t48-06; a22-10 alike): it says whom
#: the word before means, the rate after is the target (both sets label the rate alone). Folded: a word, then "(" …
BRACKETED_AGE_BEFORE_RE = re.compile(r"[a-z]\s*\(\s*$")
#: … and ")" right after the age
BRACKET_CLOSE_AFTER_RE = re.compile(r"\s*\)")
#: (tgt34c) a band opening "từ đủ": "Điều tra viên là người từ đủ 20 tuổi đến 60 tuổi" — "đủ" is the age one must have
#: reached, so the band is who may serve, its limits a rule's as "đến hết" makes them (folded, at AGE_RE's start)
FULL_AGE_FROM_RE = re.compile(rf"{kw('tu du')}\s")
#: the label "Tuổi (đời)" naming the age a bound is of: "Tuổi đời không quá 58 túi tại thời điểm được công nhận" (legacy
#: OCR's "túi", which ``AGE_RE``'s look-alikes accept) is an age still, not a count of bags
AGE_LABEL_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tuoi')}(?:\s+{kw('doi')})?\s+(?:[a-z]+\s+){{0,2}}$")
#: (tgt44) an age band named by "độ tuổi" before its bare figures: "người trong độ tuổi 15 – 60 biết chữ mức độ 2 đạt …",
#: "phụ nữ trong độ tuổi 15 - 49": whom the goal counts (its scope), no bound of its own; the labels keep the rate after
#: it (authored35, authored42); "độ tuổi không quá 14 tuổi", a rule's bound word between, is a bound still (folded)
AGE_BAND_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('do tuoi')}\s+(?:{kw('tu')}\s+)?$")
#: (tg25c) an average age named before the figure, "Tuổi thọ trung bình của người dân đạt 73 tuổi" (a UBND tỉnh's
#: Chương trình hành động on health, t25-03), "tuổi bình quân của cấp ủy viên dưới 45 tuổi": the age is
#: the indicator's value to reach, no age group; on the printed text ("tuổi thơ", childhood, folds alike), its clause
AVERAGE_AGE_BEFORE_RE = re.compile(r"(?<!\w)tuổi\s+(?:thọ|bình\s+quân|trung\s+bình)(?!\w)[^;:.\n]{0,80}$", re.IGNORECASE)
#: the main clause after a condition ("công dân … đã được tạm hoãn gọi nhập ngũ thì tuyển chọn và gọi nhập ngũ đến hết 27
#: tuổi"): a past in the condition ("đã được tạm hoãn") is who the rule is for, no result reached
CONDITION_THEN_RE = re.compile(rf"(?<![a-z]){kw('thi')}\s")
#: a figure in the age's clause (then the age is that figure's scope, no target of its own)
OTHER_FIGURE_RE = re.compile(r"\d")
#: (tgt39a) a rate's name right before the age, its group: "Tỷ lệ lao động nữ nông thôn dưới 60 tuổi được đào tạo nghề,
#: hướng nghiệp đạt ít nhất 55%" (a37-02: the age names whose rate it is, the labels' note; the comma of the list of
#: trainings cut the clause before the 55%). Folded, "tỷ lệ" then up to eight words of the group, no clause mark
RATE_GROUP_AGE_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('ty le')}(?:\s+[^\s\d,;:.()%]+){{1,8}}\s+$")
#: the clause an age is in ends at these
CLAUSE_BREAK_RE = re.compile(r"[,;:.()]|\n[ \t]*(?:\n|[-+•*]|\d{1,2}[.)]|[a-z]\))")  # (a bare line break is layout)

#: the papers a rule asks for, a verb of the rule before the count: "nộp 01 bộ hồ sơ", "lập 01 bộ hồ sơ đề nghị thanh lý
#: tài sản", "gửi một (01) bộ hồ sơ", "hồ sơ
#: gồm 01 bộ", "lập thành 02 bản", "kèm theo 01 bản chính" → exactly that many (unit "bộ" / "bản"); not a paper already
#: handed in ("đã nộp 01 bộ"), nor the copies of a cited paper or of a list of recipients (no such verb).
PAPERS_SET_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?<!da )(?:{kw('nop')}|{kw('gui')}|{kw('gom')}|{kw('lap thanh')}|(?<!thanh ){kw('lap')}|{kw('in thanh')}|{kw('lam thanh')}"
    rf"|{kw('kem theo')}|{kw('xuat trinh')}|{kw('cung cap')}|{kw('giu')}|{kw('luu')})"
    rf"(?:\s+(?!{kw('va')}\s)[a-z]+){{0,3}}?(?:\s*\d{{1,2}}\s+(?:{kw('ban')}|{kw('bo')})(?:\s+[a-z]+)?\s*(?:,|\s{kw('va')}))*"
    rf"\s*(?:{kw('mot')}\s*\(\s*)?$"  # ("gửi 01 bản chính và 03 bản sao": the list runs on)
)
#: the counted noun of papers: "bộ (hồ sơ)", "bản (chính, sao) …" ("01 bản chính giấy chứng nhận")
#: (matched on the unit as printed, lower case: "ban"/"bo" folded would be a board or a ministry too, "gồm 05 bộ, ngành";
#: without tone marks, as legacy OCR prints it, only with its paper after it: "bo ho so", "ban chinh")
#: (not a body of people or a code: "gửi một bộ phận chuyên môn", "bộ máy", "bộ đội", "Bộ luật")
PAPER_NOUN_RE = re.compile(r"(?:bản|bộ(?!\s+(?:phận|máy|đội|luật|ngành|trưởng)(?![\w])))(?![\w])|(?:bo ho|ban chinh|ban sao)(?![a-z])")
#: "bộ, ngành" / "bộ ngành" after the count: ministries, no papers
MINISTRIES_AFTER_RE = re.compile(rf"[\s,]*(?:{kw('nganh')}|{kw('co quan')})(?![a-z])")
#: (tgt35a) a copy sent to a body for its information, "để theo dõi" / "để biết" right after the count: "ban hành kế
#: hoạch … (gửi Sở Nội vụ 01 bản để theo dõi)" (a33-02) — how many copies go where, no paper a rule sets
PAPERS_FOR_INFORMATION_AFTER_RE = re.compile(rf"\s*{kw('de')}\s+(?:{kw('theo doi')}|{kw('biet')}|{kw('tong hop')})(?![a-z])")
#: the count then the verb: "01 bộ (bản sao) lưu hồ sơ quản lý" → exactly so many
PAPERS_KEPT_AFTER_RE = re.compile(rf"\s*(?:\([a-z\s]+\)\s*)?{kw('luu')}(?![a-z])")

#: a sign bound before a measure, a norm's tiers: "cự ly ≤ 300m; ≤ 500m; ≤ 700m" → at most each (firm, as "không quá")
SIGN_BOUND_BEFORE_RE = re.compile(r"(?:≤|≥|⩽|⩾|<=|>=)\s*$")
#: a norm's range of a measure glued to both figures: "cường độ chịu nén từ 150kg/cm2 đến 600kg/cm2" → min and max
#: (the "/cm2" joins the unit; "đến dưới" is a band of cases, :data:`target_words.BAND_END_AFTER_RE`)
FROM_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tu')}\s*$")
MEASURE_TAIL_RE = re.compile(r"/[a-z0-9]{1,4}(?![\w])")

#: the title of a cited paper or the name of a procedure, up to the figure: "Quyết định số 67/2005/QĐ-UB … Ban hành
#: Quy định thực hiện khám, chữa bệnh cho trẻ em dưới 6 tuổi …", "Thủ tục đăng ký … của sĩ quan có đủ 15 năm phục vụ"
#: — the words name the paper or the procedure, no rule (an age bound or an eligibility term there is no target).
TITLE_BEFORE_RE = re.compile(
    rf"(?:(?:{kw('quyet dinh')}|{kw('thong tu')}|{kw('nghi dinh')}|{kw('nghi quyet')}|{kw('chi thi')}|{kw('luat')}|{kw('ke hoach')})"
    rf"\s+(?:{kw('so')}\s*)?\d[\w/.\-]*|(?:{kw('cua')}|{kw('ban hanh')})\s+{kw('quy dinh')}\s+|(?:^|\n|\|)[ \t]*(?:\d{{1,3}}[.)]?[ \t]*)?{kw('thu tuc')}\s)"
    r"[^.;|]{0,260}$"
)

#: a score threshold with no counted noun after its figure: "điểm trung bình chung các môn văn hóa từ 8,00 trở lên theo
#: thang điểm 10", "tổng điểm … từ 6,50 trở lên" — "trở lên"/"trở xuống" right after the figure, a word of scoring in its
#: clause (not "thời điểm", "địa điểm", "điểm a khoản 1"); the unit is "điểm"
UP_OR_DOWN_AFTER_RE = re.compile(rf"\s*(?:{kw('tro len')}|{kw('tro xuong')})(?![a-z])")
SCORE_WORDS_RE = re.compile(rf"(?<![a-z])(?:{kw('thang diem')}|{kw('tong diem')}|{kw('diem trung binh')}|{kw('diem thi')}"
                            rf"|{kw('diem xet')}|{kw('diem danh gia')}|{kw('so diem')}|{kw('diem hoc tap')})(?![a-z])")

#: the name of an offence, up to an age in it: "Tội mua bán người dưới 16 tuổi", "Tội đánh tráo người dưới 01 tuổi" —
#: a crime of the Penal Code named, no bound a rule sets (matched on the original text: the name opens with "Tội")
OFFENCE_NAME_BEFORE_RE = re.compile(r"(?<![\w])Tội\s+(?!phạm\b)[^.;,()\n]{0,60}$")

#: a lapse a rule sets: a span of time without doing something, after which the rule's consequence follows — "hộp thư
#: … sau 03 tháng không đăng nhập, Sở … sẽ tạm dừng hoạt động hộp thư đó" (79/2025/QĐ-UBND Bắc Ninh), "chi nhánh …
#: ngừng hoạt động trên 12 tháng mà không thông báo … thì …", "không hiện diện tại Việt Nam quá 30 ngày mà không ủy
#: quyền …". The span is the threshold (at least so long), also inside "Trường hợp …" (the labels count it as a rule's
#: threshold, as "từ 14 ngày trở lên"); a bare "sau 30 ngày" stays no target.
LAPSE_BEFORE_RE = re.compile(rf"(?<![a-z])(?:{kw('sau')}|{kw('tren')}|{kw('qua')})\s*$")
LAPSE_AFTER_RE = re.compile(
    rf"\s+(?:(?:{kw('lien tuc')}|{kw('lien tiep')})\s+)?(?:{kw('ma')}\s+)?{kw('khong')}\s+(?!{kw('qua')}|{kw('duoi')}|{kw('tren')}|\d)[a-z]")
#: units of a time of day as well as of a span: "sau 15 giờ" is 3 p.m. as often as fifteen hours, no lapse is read in them
CLOCK_UNITS = ("gio", "phut")

#: (tg22b) the span a list or a draft is shown for: "Niêm yết công khai danh sách tại nhà văn hóa thôn trong thời gian 03
#: ngày làm việc" (a UBND xã's review of poor households, t22-10), "công khai dự thảo trong 30 ngày" → exactly that
#: long, a span to keep it up, no limit; not "trong thời hạn", "trong vòng" nor one "kể từ …" an event (the caller
#: checks): those are limits. Folded, the display verb then up to 14 words, then "trong [thời gian]" at the end.
#: (tgt34c) A posting's own "trong thời hạn" is its span too: "Phương án bồi thường … được niêm yết công khai trong
#: thời hạn 30 ngày tại trụ sở …" (a land-recovery plan: the plan stays posted 30 days) — after "niêm yết" only ("công
#: khai dự toán … trong thời hạn 30 ngày kể từ …" is a limit, and "kể từ" the caller checks); the list posted may be
#: long ("danh sách dự kiến hộ nghèo, hộ cận nghèo, hộ thoát nghèo tại nhà văn hóa thôn và trụ sở …": up to 40 words).
DISPLAY_SPAN_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('niem yet')}|{kw('cong khai')})(?:\s+[^\s.;:()]+){{0,40}}?\s+{kw('trong')}(?:\s+{kw('thoi gian')})?\s*$"
    rf"|(?<![a-z]){kw('niem yet')}(?:\s+[^\s.;:()]+){{0,40}}?\s+{kw('trong thoi han')}\s*$")
#: (tgt39a) A span kept up without a break: "phát tin tuyên truyền liên tục trong 07 ngày trước mỗi đợt" (a37-09), "duy
#: trì liên tục trong suốt 03 tháng" — the act runs the whole span, as long as that, no "at most" (the labels: min = max);
#: folded, "liên tục" right before "trong [suốt / thời gian]" at the end
CONTINUOUS_SPAN_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('lien tuc')}\s+{kw('trong')}(?:\s+{kw('suot')})?(?:\s+{kw('thoi gian')})?\s*$")
#: (tgt55) … and the days a daily broadcast runs before each event: "Tuyên truyền trên hệ thống loa truyền thanh xã, thôn
#: ít nhất 03 lần/ngày trong 05 ngày trước mỗi đợt hiến máu" (a50-07: min = max 5), as "phát tin … liên tục trong 07 ngày
#: trước mỗi đợt" is (a37-09) — the rate holds on each of those days, no time to finish within (a53-07's twin wording
#: keeps the span in the rate's scope, a judgement the two others do not share). Folded: a rate per day in the clause
#: before "trong" (DAILY_RATE_BEFORE_RE, searched up to the figure), "trước mỗi" after the span's unit
DAILY_RATE_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('lan')}\s*(?:/\s*|{kw('moi')}\s+){kw('ngay')}\s+{kw('trong')}\s*$")
BEFORE_EACH_AFTER_RE = re.compile(rf"\s+{kw('truoc')}\s+{kw('moi')}(?![a-z])")
#: (tgt41b) … and a watch or an isolation kept over a span: "theo dõi các trẻ tiếp xúc trong 10 ngày" (a39-02), "cách ly
#: tại nhà trong 14 ngày", "giám sát người về từ vùng dịch trong 21 ngày" — the watch lasts the span (min = max), no
#: time to finish within; not where a verb of finishing shares the gap ("theo dõi, báo cáo trong 24 giờ"). Folded,
#: searched in the clause up to the figure.
WATCHED_SPAN_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:{kw('theo doi')}|{kw('cach ly')}|{kw('giam sat')})"
    rf"(?:\s+(?!{kw('bao cao')}|{kw('xu ly')}|{kw('hoan thanh')}|{kw('giai quyet')}|{kw('thong bao')})[^\s.;:,()]+){{0,8}}?"
    rf"\s+{kw('trong')}(?:\s+{kw('suot')})?(?:\s+{kw('thoi gian')})?\s*$")
#: (tgt47) the part of a year or term a span after "trong" names: "trong 6 tháng cuối năm" (a45-06: "Kết nạp ít nhất 06
#: đảng viên mới trong 6 tháng cuối năm"), "trong 06 tháng đầu năm 2027", "Trong 9 tháng đầu năm 2027", "trong 02 tháng
#: đầu triển khai": the period a figure or a task belongs to (the labels date it as an interval or give it as the
#: target's period), no time to finish within. Folded, matched right after the span's unit.
PART_OF_TERM_AFTER_RE = re.compile(
    rf"\s+(?:{kw('dau')}|{kw('cuoi')})\s+(?:{kw('nam')}|{kw('nhiem ky')}|{kw('quy')}|{kw('giai doan')}|{kw('trien khai')}"
    rf"|{kw('thuc hien')})(?![a-z])")

#: (session 29, tq29) a bound said of what must not exist: "không có Tổ tiết kiệm nào có nợ quá hạn trên 2%", "không để
#: xã nào xếp loại dưới 50 điểm", "không còn hộ có thu nhập dưới 1,5 triệu đồng" — none above 2%, so at most 2%; none
#: below 50 điểm, so at least 50. The bound word before the figure ("trên", "dưới", "hơn") names the excluded side; the
#: target is the other. From the negated holder ("không có", "không để", "không còn") up to the bound word, in one
#: clause: no figure, no comma or clause mark between (folded), but the comma of a pair of units right after the holder
#: ("không có xã, phường đạt tỷ lệ tiêm chủng đầy đủ dưới 90%", a Sở Y tế's plan, a30-04: at least 90% in each; the
#: caller searches from the sentence's start for it). Not an incident to avoid ("không để xảy ra ngộ độc …
#: trên 30 người": :data:`target_words.INCIDENT_KIND_BEFORE_RE` reads it, a21-09), not a double negation ("không có …
#: không quá"), not a condition ("… khi nhiệt độ dưới 12°C": "khi" opens the case, the bound is the case's own).
#: (tgt40b) The holder may be the quantifier "không <unit> nào" (no unit at all): "không thôn nào đạt dưới 95% số tiền
#: được giao", "không đơn vị nào có tỷ lệ … dưới 80%" — at least 95% in each, as "không có thôn nào …" reads.
#: (tgt46u) An ordinal in the holder's words is a word of its name, no figure: "không có thôn nào có tỷ lệ sinh con thứ 3
#: trở lên trên 15%" (a dân số plan, t45-04: at most 15% in each thôn).
NONE_BEYOND_BEFORE_RE = re.compile(
    rf"(?<![a-z]){kw('khong')}\s+(?:(?:{kw('co')}|{kw('de')}|{kw('con')})\s+"
    rf"|(?=(?:[^\s,;:.()\d%]+\s+){{1,3}}?{kw('nao')}\s))"
    rf"(?!(?:{kw('xay ra')}|{kw('phat sinh')})\s)"
    rf"(?!(?:[^\s,;:.()\d%]+,?\s+)*?(?:{kw('khong')}|{kw('khi')}|{kw('neu')}|{kw('truong hop')})\s)"
    rf"(?:[^\s,;:.()\d%]+,\s+)?"  # (tgt32a) a pair of unit kinds holds its comma: "không có xã, phường đạt … dưới 90%"
    rf"(?:(?:[^\s,;:.()\d%]+|{kw('thu')}\s+\d{{1,2}})\s+){{1,12}}?"  # (tgt46u) an ordinal of the holder's: "sinh con thứ 3"
    rf"(?:{kw('tren')}|{kw('duoi')}|{kw('it hon')}|{kw('nhieu hon')}|{kw('thap hon')}|{kw('cao hon')}|{kw('vuot')})\s*$")


#: (tgt33d) A cap a rule puts on each person, "chỉ được" and the act a few words before the figure: "Mỗi người chỉ được
#: đăng ký dự tuyển vào 01 vị trí việc làm" (a Thông báo tuyển dụng; a27-05 writes "chỉ được đăng ký dự tuyển 01 vị trí
#: việc làm") → at most one (the caller checks "chỉ" as printed: "chi" folds alike). No figure or clause break between.
ONLY_ALLOWED_BEFORE_RE = re.compile(rf"(?<![a-z])(?P<chi>chi)\s+{kw('duoc')}\s+(?:[a-z]+\s+){{1,7}}$")
