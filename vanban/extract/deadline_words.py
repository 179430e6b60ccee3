"""Wording of a deadline's context, as data: the cues :mod:`.deadlines` reads around a date to tell a due day from a
running period (a receiving office's closing hour, a completion right before "trong", a step's window or day, a
heading that names only a time, the joint of a year's two halves, a series' first named in a bracket).

Why: these were compiled inside the deadline reader, beside its rules; as the other wordings of the extractor
(:mod:`.patterns`, :mod:`.due_words`, :mod:`.limit_words`), they are data — one place to read and widen a cue, the
rules that use them kept as code in :mod:`.deadlines`. Each runs on the folded view (``Folded.view``, one character
per character of the text), widened to OCR look-alikes by :func:`patterns.kw`.
"""

from __future__ import annotations

import re

from vanban.extract import clock_words as C
from vanban.extract import patterns as P
from vanban.text import fold


#: a receiving office's closing hour (folded, up to the hour): "tiếp nhận đăng ký thi đấu của các thôn đến 17 giờ ngày
#: 30/10/2030", "nhận hồ sơ đến 16 giờ 30 ngày …" — those who register or apply are due by it (t36-05's labels, as
#: "Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày … đến 17 giờ 00 ngày …" in t32-07 and a27-05), not a report's time
RECEIVED_UNTIL = re.compile(
    rf"(?<![a-z])(?:{P.kw('tiep nhan')}|{P.kw('nhan')})\s+(?:{P.kw('dang ky')}|{P.kw('ho so')}|{P.kw('phieu')}|{P.kw('don')})"
    rf"[^.;:\n]{{0,70}}?\s{P.kw('den')}\s+(?:\d{{1,2}}\s*(?:h|g[i1][o06])\s*(?:\d{{1,2}}\s*(?:ph[uw]t|p)?\s*)?,?\s*)?"
    rf"(?:{P.NGAY}\s+)?$")


#: the completion right before a period's "trong" (folded): "…, xong trong quý I/2031", "hoàn thành trong quý II"
DONE_WITHIN = re.compile(rf"(?<![a-z])(?:{P.kw('xong')}|{P.kw('hoan thanh')})\s+{P.kw('trong')}\s+$")


#: (obl54) the completion after a span of the same clause, up to the month it names (folded, the words between the span
#: and that month): "Cây phân tán: trồng tập trung trong tháng 02 và tháng 3/2039, hoàn thành trong tháng 3/2039"
#: (a52-09's labels: the span is when the planting runs, only "hoàn thành trong tháng 3/2039" is the due date; as
#: "… quý II/2027, chậm nhất ngày 30/6/2027" (a22-10) and "… quý IV/2033, xong trước ngày 20/10/2033" (a42-07) date the
#: completion, not the period)
DONE_AFTER_SPAN = re.compile(rf"\s*,\s*(?:{P.kw('xong')}|{P.kw('hoan thanh')})\s+(?:{P.kw('trong')}|{P.kw('truoc')}|{P.kw('vao')})\s+")


#: a numbered heading that names only the time of the part above it ("1. Thời gian", "2. Thời gian thực hiện"), folded:
#: its rounds are that part's (t36-04: "II. NỘI DUNG CHIẾN DỊCH" / "1. Thời gian" / "- Đợt I: từ ngày … đến ngày …"),
#: also with the place beside the time ("1. Thời gian, địa bàn", "2. Thời gian và địa điểm"): the heading still names
#: no part of its own, the rounds' place is said on their lines
BARE_TIME_HEADING = re.compile(
    rf"[ \t*_]*{P.kw('thoi gian')}(?:\s+(?:{P.kw('thuc hien')}|{P.kw('trien khai')}|{P.kw('to chuc')}))?"
    rf"(?:\s*(?:,|{P.kw('va')})\s*(?:{P.kw('dia ban')}|{P.kw('dia diem')}|{P.kw('pham vi')}))?[ \t*_:.]*$")


#: what opens a work step's window ("từ ngày … đến hết ngày …"), right before its "từ" (folded): a numbered or lettered
#: step's name closed by a colon at its line's start ("4. Thu thập thông tin tại địa bàn: ", "d) Điều tra, khoanh vẽ
#: thực địa: "; ``step`` the name), or a counted limit the window
#: spells out ("trong thời gian 07 ngày làm việc, ")
STEP_WINDOW_LEAD = re.compile(
    rf"(?:(?:^|\n)[ \t*_]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.|[a-z]\))[ \t]+(?P<step>[^:;.\n]{{3,80}}):"
    # … or a numbered round of the work at its line's start, bulleted or not ("- Đợt 2: từ ngày 01/8 đến hết ngày
    # 31/8", "Đợt 1 (tiêm chính): từ …"): the window that round is done in (the labels date each round by its window)
    rf"|(?:^|\n)[ \t*_\-–+•]*{P.ROUND_WORD}\s+\d{{1,2}}(?:\s*\([^()\n]{{1,40}}\))?\s*:"
    # … or a bulleted step of a schedule list named before its colon ("- Nhận hồ sơ tuyển sinh lớp 1 (trực tuyến và trực
    # tiếp): từ ngày 01/7/2038 đến hết ngày 10/7/2038", under "IV. LỊCH TUYỂN SINH", tune51's t51-10; ``item`` the name):
    # the window the step is done in — the sets date bulleted work steps by their windows (t43-04 "- Chi hội tổ chức
    # bình xét …: từ ngày … đến ngày …", a44-05 "- Tiêm bổ sung …", t44-10 "- Khám sức khỏe …"), while a bullet naming
    # a time, a phase or a duty ("- Thời gian treo cờ, băng rôn…: từ … đến hết …", t49-06; "- Thời gian cao điểm: …",
    # t34-05; "- Giai đoạn 3 …", t44-02: unlabelled) is how long a state or phase runs (:data:`BULLET_STATE_NAME`)
    rf"|(?:^|\n)[ \t*_]*[-+•][ \t]+(?P<item>[^:;.\n|]{{3,100}}):"
    rf"|(?<![a-z]){P.kw('trong')}\s+(?:{P.kw('thoi gian')}|{P.kw('thoi han')})\s+\d{{1,3}}\s+{P.NGAY}(?:\s+{P.kw('lam viec')})?\s*,?)\s*$")


#: (t51do) a bulleted item's name that is no work step (folded, at the name's start): a time, a phase (
#: :data:`PHASE_STEP_NAME`), or a duty or watch that lasts ("- Trực Tết: từ … đến hết …", "- Thường trực …"): its
#: "đến hết" window stays a running period; (fixrev52a) or a term or a season, the frame of a school year or of the
#: weather ("- Học kỳ I: từ ngày 08/9 đến hết ngày 16/01", "- Năm học …", "- Nghỉ Tết Nguyên đán: từ … đến hết …",
#: "- Nghỉ hè", "- Tết …", "- Mùa mưa bão: từ … đến hết …"): how long a state runs, nothing done by its end ("nghỉ"
#: only before the break's name — folded "nghi" is also "nghị"; "mùa" only before the season's — also "mua", buy)
BULLET_STATE_NAME = re.compile(rf"[ \t*_]*(?:{P.kw('truc')}|{P.kw('thuong truc')}|{P.kw('treo')}|{P.kw('hoc ky')}"
                               rf"|{P.kw('nam hoc')}|{P.kw('tet')}"
                               rf"|{P.kw('nghi')}\s+(?:{P.kw('he')}|{P.kw('tet')}|{P.kw('le')}|{P.kw('giua')}|{P.kw('hoc ky')}"
                               rf"|{P.kw('dong')}|{P.kw('xuan')}|{P.kw('bu')})"
                               rf"|{P.kw('mua')}\s+(?:{P.kw('mua')}|{P.kw('kho')}|{P.kw('lu')}|{P.kw('bao')}|{P.kw('he')}"
                               rf"|{P.kw('dong')}|{P.kw('xuan')}|{P.kw('thu')}|{P.kw('thi')}|{P.kw('le')}|{P.kw('cuoi')}))(?![a-z])")


#: a step's name that names a time or a phase, not a work ("Thời gian thực hiện", "Giai đoạn 2", "Đợt 1", "Vụ Đông
#: Xuân", "Cao điểm …"; folded, matched at the name's start): its months are how long the plan or the phase runs
PHASE_STEP_NAME = re.compile(rf"[ \t*_]*(?:{P.kw('thoi gian')}|{P.kw('thoi diem')}|{P.kw('thoi han')}|{P.kw('giai doan')}"
                             rf"|{P.ROUND_WORD}|{P.kw('vu')}|{P.kw('cao diem')}|{P.kw('chien dich')})(?![a-z])")


#: a weekday the work is done on, right before "trong" and the months it is done in (folded): "bố trí công chức tiếp
#: nhận hồ sơ cả ngày thứ Bảy trong tháng 9 và tháng 10/2032", "trực các ngày thứ Bảy, Chủ nhật trong tháng 12/2030" —
#: the months a weekly routine runs over, as "ít nhất 01 lần trong năm 2027" is a frequency's year: no task due in them
#: (only after "ngày": "lần thứ hai trong tháng 10/2030", "lớp thứ hai trong tháng 8" count a second time, a27's and
#: t31's labels date them)
# (fixrev41) the names from the one vocabulary (:mod:`.clock_words`), and the day's number as printed ("thứ 7")
_WEEKDAY = (rf"(?:{P.kw(fold(C.WEEKDAY_NAMES[0]).split()[0])}\s+(?:"
            + "|".join(P.kw(fold(n).split()[1]) for n in C.WEEKDAY_NAMES[:6])
            + rf"|[2-7](?!\d))|{P.kw(fold(C.WEEKDAY_NAMES[6]))})")
WEEKDAY_WITHIN = re.compile(rf"(?<![a-z]){P.NGAY}\s+{_WEEKDAY}(?:\s*(?:,|{P.kw('va')})\s*{_WEEKDAY})*\s+(?:{P.kw('hang tuan')}\s+)?"
                            rf"{P.kw('trong')}\s+$")


#: a rate reached right before "trong" and a period (folded): "… đạt trên 80% trong ", "đạt 100% trong " — the
#: period the rate is measured over (deadlines._reached_within); the whole the rate is a share of may stand between
#: ("đạt ít nhất 60% tổng số hồ sơ tiếp nhận trong ", "đạt 90% số hộ đăng ký trong "): the period still counts the
#: whole, no task falls due in it (both authors of session 41's Thông báo kết luận giao ban: a target's period)
RATE_REACHED_WITHIN = re.compile(rf"(?<![a-z]){P.kw('dat')}\s+(?:(?:{P.kw('tren')}|{P.kw('tu')}|{P.kw('it nhat')}"
                                 rf"|{P.kw('toi thieu')})\s+)?(?P<rate>\d{{1,3}})(?:[.,]\d{{1,2}})?\s*%\s+"
                                 rf"(?:(?:{P.kw('tong')}\s+)?{P.kw('so')}(?:\s+[a-z]+){{1,5}}?\s+)?{P.kw('trong')}\s+$")
#: a work finished in a clause (folded): "hoàn thành", "xong" — a target figure within a year keeps the year as a
#: deadline only beside one ("phấn đấu 100% xã, phường hoàn thành cơ sở dữ liệu đất đai … trong năm 2027", a27-08's
#: labels). Not "dứt điểm" ("ít nhất 90% kiến nghị được giải quyết dứt điểm trong năm 2034", t42-07, and a28-05: a
#: rate's year, left out) nor a work put to use ("đưa vào khai thác thêm ít nhất 600 km đường bộ cao tốc trong năm
#: 2027", t22-02: left out), though :data:`patterns.COMPLETE_WITHIN_RE` dates those without a figure (a24-05)
FINISHED_IN_CLAUSE = re.compile(rf"(?<![a-z])(?<!{P.kw('da')} )(?:{P.kw('hoan thanh')}|{P.kw('xong')})(?![a-z])")
#: a completion word in a clause (folded): "hoàn thành", "xong", "dứt điểm"
DONE_IN_CLAUSE = re.compile(rf"(?<![a-z])(?:{P.kw('hoan thanh')}|{P.kw('xong')}|{P.kw('dut diem')})(?![a-z])")


#: the first of a series named in a bracket right after its rule, up to its day (folded): "(báo cáo tuần đầu tiên gửi
#: trước 16 giờ ngày ", "(lần đầu vào ngày "
FIRST_IN_BRACKET = re.compile(rf"[^()]{{0,40}}?\(\s*[^()]{{0,60}}?(?:{P.kw('dau tien')}|{P.kw('lan dau')})(?![a-z])[^()]{{0,60}}$")


#: what may join the two halves of a year's due days (folded, between them): "… và trước ngày ", ", và chậm nhất "
HALF_YEAR_JOIN = re.compile(rf"\s*,?\s*{P.kw('va')}\s+(?:(?:{P.TRUOC}|{P.kw('cham nhat')})\s+)?(?:{P.NGAY}\s+)?")


#: a clause that opens on an organising verb, up to the day word that closes it (folded): "Tổ chức bốc thăm, xếp lịch
#: thi đấu ngày ", "- Tiến hành tổng duyệt chương trình vào ngày "
#: … or on an act done on one day, accepting or handing over work ("; nghiệm thu phần việc của các tổ ngày ", "Bàn
#: giao hồ sơ cho đơn vị mới ngày "): a step dated as the organising ones are; its words may wrap to the next line
STEP_DAY_CLAUSE = re.compile(rf"[ \t*_+•-]*(?:{P.kw('to chuc')}|{P.kw('tien hanh')}|{P.kw('nghiem thu')}|{P.kw('ban giao')})\s+"
                             rf"(?:[^.;:()\n\d]|\n(?![ \t]*[-+•*]|[ \t]*\n)){{3,80}}?\s"
                             rf"(?:{P.kw('vao')}\s+)?{P.NGAY}\s+$")


#: (obl46) the start of a span of the holiday's lunar days, right before "đến (hết)" and the day that closes it
#: (folded): "các ngày mùng 1 đến mùng 4 Tết", "Tối 30 Tết đến hết mùng 4 Tết" (a44-02's row and clause), "các đêm
#: từ 28 tháng Chạp đến mùng 5 Tết" (a34-05), "từ đêm Giao thừa đến hết ngày mùng 10 tháng Giêng" (t25-08) — the
#: days a patrol or a duty runs over, the holiday itself, no work due by its last day (a44-02's author: "mùng 1 đến
#: mùng 4 Tết" is event-bound, no deadline; the labels README: the running period of a campaign is none)
LUNAR_SPAN_UNTIL = re.compile(
    rf"(?<![a-z0-9])(?:(?:m[o06u]ng\s*\d{{1,2}}|\d{{1,2}}\s+(?:t[e¢]t|{P.THANG}\s+(?:ch[a4]p|gi[e¢]ng)))(?:\s+t[e¢]t)?"
    rf"|{P.kw('giao thua')})\s*(?:-|–|{P.kw('den')}\s+(?:{P.kw('het')}\s+)?)(?:{P.NGAY}\s+)?$")


def lunar_day_at(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is a lunar day as printed ("mùng 4 Tết", "ngày 10 tháng Chạp"): a date hit read
    by :func:`vanban.extract.dates._lunar_hits`, not a solar "ngày 11/02/2035"."""
    m = P.TET_DAY_RE.match(view, start) or P.LUNAR_DAY_RE.match(view, start)
    return m is not None and m.end() == end


#: (ddl47) the occasion a table row's task is done at, held on the day that closes its due cell (folded, from the cell's
#: start up to "ngày"): "Trao tại Lễ kỷ niệm ngày 26/7/2035" under "Thời gian hoàn thành" (a45-03's labels: the day the
#: row's savings books are handed over), "Báo cáo tại Hội nghị ngày …", "Công bố tại buổi gặp mặt ngày …" — a few words
#: of the task, "tại" / "vào dịp" / "trong", an event's noun and its name, the day word. Only in a due column's cell
#: (:func:`deadlines._in_cell`): in prose "tại Hội nghị … ngày 22/12/2026" is often the meeting a text was adopted at
#: (a21-08, t21-05: no deadline).
OCCASION_CELL_LEAD = (rf"[\s*_|]*(?:[a-z]+[ \t]+){{0,4}}(?:{P.kw('tai')}|{P.kw('vao dip')}|{P.kw('trong')})[ \t]+"
                      rf"(?:{P.kw('le')}|{P.kw('hoi nghi')}|{P.kw('ky hop')}|{P.kw('phien hop')}|{P.kw('cuoc hop')}"
                      rf"|{P.kw('buoi')}|{P.kw('dai hoi')}|{P.kw('ngay hoi')}|{P.kw('hoi thi')}|{P.kw('chuong trinh')})"
                      rf"(?![a-z])(?:[ \t]+[a-z0-9]+){{0,8}}?[ \t]+{P.NGAY}[ \t]+")
