"""The obligations checklist of the session-15 newcomer's documents (issues 9/10): each task with its own time.

Found by a newcomer on a Chỉ thị, a Kế hoạch, a Hướng dẫn and a Công văn đôn đốc of 2026 (copied into
tests/fixtures/newcomer15/):

* the lettered tasks a)–c) of one body were one row due a)'s date, c)'s "chậm nhất 24 giờ sau khi kết thúc mỗi đợt
  thiên tai" read as due 15/11 and as a target; b) "…; hoàn thành trong tháng 11/2026" was listed again as its raw
  sentence (its deadline had no task);
* "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 05/12)": the 6-month report's task was the whole sentence
  (its cycle stays every six months from 15/6, as the labels date it), the yearly row's ended
  "; Nhiệm vụ cụ thể theo Phụ lục kèm theo" and carried the plan's target "100% chi bộ, đảng bộ cơ sở …";
* a Hướng dẫn's criteria ('Chi bộ "Hoàn thành xuất sắc nhiệm vụ" không quá 20% …') were obligations of 'Chi bộ "';
  "Đảng ủy xã xếp loại trước ngày 15/01/2027" went to no body;
* "Trưởng các thôn, tổ dân phố chưa gửi báo cáo khẩn trương hoàn thành, gửi về UBND xã …" charged "Trưởng các thôn,
  tổ dân phố chưa" with "gửi báo cáo khẩn trương hoàn thành";
* tasks kept the tail of their time: "…, gửi về Đảng ủy xã Kế hoạch", "…ứng dụng VNeID, thực hiện".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_csv
from vanban.extract import extract
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist

HERE = Path(__file__).parent / "fixtures" / "newcomer15"
TODAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def docs():
    return {name: process_file(HERE / f"{name}.txt", jobs=1) for name in ("ct07", "kh45", "hd05", "cv1520")}


def _rows(doc, who=None):
    return [(it.who, it.what, it.deadline) for it in build_checklist(doc.extraction, TODAY)
            if who is None or it.who == who]


def test_each_lettered_task_keeps_its_own_time(docs):
    items = [it for it in build_checklist(docs["ct07"].extraction, TODAY) if it.who == "Sở Nông nghiệp và Môi trường"]
    got = {it.what: (it.deadline, it.targets) for it in items}
    assert got == {
        "Chủ trì, phối hợp với các sở, ngành rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro, trình "
        "UBND tỉnh": ("trước ngày 15/11/2026", None),
        "Kiểm tra an toàn 100% hồ chứa nước, đê điều xung yếu":
            ("hoàn thành trong tháng 11/2026", "100% — hồ chứa nước, đê điều xung yếu (năm 2026)"),
        # c)'s time is its own relative limit, shown as its Hạn, not a target and never 15/11
        "Tổng hợp thiệt hại, báo cáo Ủy ban nhân dân tỉnh": ("chậm nhất 24 giờ sau khi kết thúc mỗi đợt thiên tai", None),
    }
    assert not any(it.what.startswith("b)") for it in build_checklist(docs["ct07"].extraction, TODAY))


def test_a_task_after_its_semicolon_time_is_the_clause_before():
    text = ("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/CT-UBND\nX, ngày 05 tháng 3 năm 2026\n\nCHỈ THỊ\nVề phòng, chống hạn\n\n"
            "2. Sở Xây dựng\na) Rà soát các công trình cấp nước sinh hoạt nông thôn; hoàn thành trước ngày 30/4/2026.\n"
            "b) Hướng dẫn các xã sửa chữa giếng khoan, bể chứa; thực hiện trong quý II/2026.\n")
    got = {d.text: d.what for d in extract(text).deadlines}
    assert got == {"hoàn thành trước ngày 30/4/2026": "Rà soát các công trình cấp nước sinh hoạt nông thôn",
                   "quý II/2026": "Hướng dẫn các xã sửa chữa giếng khoan, bể chứa"}


def test_the_six_month_report_keeps_its_own_task_and_cycle(docs):
    # "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 05/12)": the half-year's report beside the year's falls
    # due once a year, on 15/6 (session 18: the labels of tune17, authored16 and authored17 — five plans — read it so;
    # review-facts 2954-QD-UBND's "6 tháng (trước ngày 16/6)" had said every six months). The plan is for 2027 (issued
    # 14/11/2026): its year's report is first due 05/12/2027, not 05/12/2026 before the plan runs (session 34,
    # plan_periods.first_in_plan; this test had 2026-12-05)
    items = [it for it in build_checklist(docs["kh45"].extraction, TODAY) if it.who == "các chi bộ"]
    got = sorted((it.what, it.deadline, it.recurrence, it.next_due, it.targets) for it in items)
    assert got == [
        ("báo cáo kết quả thực hiện về Đảng ủy xã", "trước ngày 05/12", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
         "2027-12-05", None),
        ("báo cáo kết quả thực hiện về Đảng ủy xã", "trước ngày 15/6", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15",
         "2027-06-15", None),
    ]
    ics = render_checklist(docs["kh45"].extraction, "ics", today=TODAY)
    events = [e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT") if str(e["summary"]).startswith("các chi bộ")]
    assert sorted((e.decoded("dtstart"), e["rrule"]["freq"][0]) for e in events) == [
        (dt.date(2027, 6, 15), "YEARLY"), (dt.date(2027, 12, 5), "YEARLY")]


def test_six_monthly_alone_stays_six_monthly():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 22/KH-UBND\nAn Bình, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
            "Công tác dân số năm 2026\nII. NHIỆM VỤ\n1. Phòng Nội vụ định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo "
            "UBND phường.\n")
    got = [(d.text, d.recurrence) for d in extract(text).deadlines]
    # its Thời hạn reads both days of the cycle (session 16: "trước ngày 15/6" alone read as a one-off day)
    assert got[0] == ("trước ngày 15/6 và 15/12", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15")


def test_the_plans_target_goes_to_the_body_it_names_in_full(docs):
    doc = docs["kh45"]
    items = build_checklist(doc.extraction, TODAY)
    rows = list(csv.DictReader(io.StringIO(checklist_csv(items, PlanPlaces.of_document(doc), doc.extraction.targets)
                                           .lstrip("\ufeff"))))
    chi_tieu = {(r["Đơn vị chủ trì"], r["Thời hạn"].split(" — ")[0]): r["Chỉ tiêu"] for r in rows}
    assert chi_tieu[("các chi bộ", "trước ngày 05/12")] == ""
    assert chi_tieu[("Các chi bộ, đảng bộ cơ sở", "trong vòng 15 ngày kể từ ngày ban hành (29/11/2026)")] == \
        "100% — chi bộ (năm 2027)"


def test_task_texts_keep_no_tail_of_their_time(docs):
    whats = {it.what for it in build_checklist(docs["kh45"].extraction, TODAY)}
    # "1. Các chi bộ, đảng bộ cơ sở căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, gửi về Đảng ủy xã (qua Văn phòng)
    # trong vòng 15 ngày …": the body ends before "căn cứ" (session 17: "cơ sở" is no Sở), the basis opens the task as
    # in test_checklist_task_ends; its time stays out
    assert "căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, gửi về Đảng ủy xã" in whats
    assert "vận động hội viên cài đặt ứng dụng VNeID" in whats
    assert not any("Phụ lục" in w for w in whats)


def test_criteria_are_no_obligations(docs):
    rows = _rows(docs["hd05"])
    assert not any('"' in who or who.startswith("Chi bộ") for who, _, _ in rows)
    assert ("Đảng ủy xã", "xếp loại", "trước ngày 15/01/2027") in rows
    assert ("Ủy ban Kiểm tra Đảng ủy xã", "phối hợp thẩm định các trường hợp đề nghị xếp loại không hoàn thành nhiệm vụ",
            None) in rows


def test_a_body_qualified_by_what_it_has_not_done(docs):
    rows = _rows(docs["cv1520"])
    assert ("Trưởng các thôn, tổ dân phố", "khẩn trương hoàn thành, gửi về UBND xã",
            "trước 16 giờ 00 ngày 28/11/2026") in rows


def test_not_below_is_a_minimum(docs):
    # "tại không dưới 03 xã trọng điểm", "Tổ chức không dưới 05 lớp tập huấn": at least, never "≤ 3 xã"
    got = {t.text: (t.min, t.max) for d in ("ct07", "kh45") for t in docs[d].extraction.targets}
    assert got["không dưới 03 xã"] == (3, None) and got["không dưới 05 lớp"] == (5, None)


HD_CRITERIA = """ĐẢNG BỘ XÃ TÂN PHÚ
CHI BỘ THÔN 3
*
Số 02-HD/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Phú, ngày 20 tháng 11 năm 2026

HƯỚNG DẪN
đánh giá, xếp loại đảng viên năm 2026

I. TIÊU CHÍ
1. Đảng bộ bộ phận có trên 20% chi bộ trực thuộc xếp loại “Không hoàn thành nhiệm vụ” thì không được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên.
2. Chi bộ “Hoàn thành tốt nhiệm vụ” phải có ít nhất 2/3 đảng viên xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên.

II. TỔ CHỨC THỰC HIỆN
1. Các chi bộ tổ chức kiểm điểm trước ngày 25/12/2026.
2. Ban Tổ chức Đảng ủy xã tổng hợp, báo cáo Ban Thường vụ trước ngày 10/01/2027.
"""

CV_DON_DOC = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 2231/UBND-KT
V/v đôn đốc giải ngân vốn đầu tư công năm 2026
Quảng Trị, ngày 01 tháng 12 năm 2026

Kính gửi: Ủy ban nhân dân các xã, phường.

Ủy ban nhân dân tỉnh đề nghị:
1. Ủy ban nhân dân các xã, phường chưa giải ngân hết kế hoạch vốn năm 2026 khẩn trương rà soát, hoàn thiện hồ sơ thanh toán, báo cáo Sở Tài chính trước ngày 15/12/2026.
2. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 05/01/2027.
"""


def test_criteria_in_curly_quotes_are_no_obligations_either():
    # written apart from the newcomer's Hướng dẫn, with “ ” quotes: the rules under TIÊU CHÍ charge no body
    assert [(o.who, o.what) for o in extract(HD_CRITERIA).obligations] == [
        ("Các chi bộ", "tổ chức kiểm điểm"), ("Ban Tổ chức Đảng ủy xã", "tổng hợp, báo cáo Ban Thường vụ")]


def test_a_qualifier_read_into_the_body_whole():
    got = [(o.who, o.what) for o in extract(CV_DON_DOC).obligations]
    assert got[0] == ("Ủy ban nhân dân các xã, phường", "khẩn trương rà soát, hoàn thiện hồ sơ thanh toán, báo cáo Sở Tài chính")
