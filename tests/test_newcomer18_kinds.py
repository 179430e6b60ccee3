"""Obligation and deadline kinds the final newcomer of session 17 found (session 18, helper nc18).

Each test reads a short text written for it (the newcomer's documents are in ``/work/wt/old17/newcomer17e_in``, not
copied); the expected values are read from the text, not from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

HEADER = """\
HUYỆN ỦY CHIÊM HÓA                       ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
        *                                 Chiêm Hóa, ngày 05 tháng 10 năm 2027
Số 09-HD/BTCHU

HƯỚNG DẪN
quy trình bình xét, công nhận chi bộ trong sạch, vững mạnh năm 2027

"""

#: a Hướng dẫn whose steps are numbered "1." … "3." under "I. CÁC BƯỚC THỰC HIỆN"; step 2's heading is an
#: assessment word, step 3 ends with a criterion sentence
NUMBERED_STEPS = HEADER + """\
I. CÁC BƯỚC THỰC HIỆN

1. Chuẩn bị
Các chi bộ trực thuộc lập danh sách đề nghị, hoàn thành trước ngày 20/10/2027.

2. Đánh giá, công nhận
Các đảng ủy cơ sở thẩm định hồ sơ và gửi kết quả về Ban Tổ chức Huyện ủy chậm nhất ngày 15/11/2027.

3. Tổng hợp
Ban Tổ chức Huyện ủy tổng hợp, báo cáo Thường trực Huyện ủy trước ngày 30/11/2027. Tỷ lệ chi bộ được công nhận không vượt quá 30% tổng số chi bộ.

II. TỔ CHỨC THỰC HIỆN
Văn phòng Huyện ủy theo dõi, đôn đốc, định kỳ hằng quý báo cáo Thường trực Huyện ủy.

Nơi nhận:                                    K/T TRƯỞNG BAN
- Thường trực Huyện ủy (b/c),                    PHÓ TRƯỞNG BAN
- Lưu Ban Tổ chức.
                                                 Nông Văn Hải
"""

#: a plain report of the past: "1. Đánh giá chung" stays a results part, its body's acts no obligations
RESULTS_HEADING = HEADER.replace("HƯỚNG DẪN", "KẾ HOẠCH") + """\
1. Đánh giá chung
Các chi bộ trực thuộc đã tổ chức kiểm điểm trước ngày 15/01/2027.

2. Nhiệm vụ
Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề, xong trước ngày 25/11/2027.
"""


def _by_who(text: str) -> dict:
    return {o.who: o for o in extract(text).obligations}


def test_a_numbered_step_headed_by_an_assessment_word_keeps_its_body():
    """"2. Đánh giá, công nhận" under "CÁC BƯỚC THỰC HIỆN" is a step to do, not a review of past work."""
    ob = _by_who(NUMBERED_STEPS).get("Các đảng ủy cơ sở")
    assert ob is not None
    assert ob.deadline is not None and ob.deadline.date == "2027-11-15"
    assert ob.what.startswith("thẩm định hồ sơ")


def test_a_results_heading_outside_steps_still_reports():
    obs = extract(RESULTS_HEADING).obligations
    dates = [o.deadline.date for o in obs if o.deadline]
    assert "2027-01-15" not in dates
    assert "2027-11-25" in dates


def test_a_criterion_sentence_is_no_part_of_the_step_task():
    """"Tỷ lệ … không vượt quá 30% …" after step 3's task: a criterion, its target still the step body's."""
    ob = _by_who(NUMBERED_STEPS)["Ban Tổ chức Huyện ủy"]
    assert "Tỷ lệ" not in ob.what
    assert ob.what.startswith("tổng hợp, báo cáo Thường trực Huyện ủy")
    assert [t.max for t in ob.targets] == [30.0]


def test_a_report_cycle_inside_the_task_is_its_due_text():
    """"theo dõi, đôn đốc, định kỳ hằng quý báo cáo …": no day, so no deadline; the cycle is the task's time."""
    ob = _by_who(NUMBERED_STEPS)["Văn phòng Huyện ủy"]
    assert ob.deadline is None
    assert ob.due_text == "định kỳ hằng quý"
    assert ob.what == "theo dõi, đôn đốc, báo cáo Thường trực Huyện ủy"


def test_xong_truoc_opens_the_due_phrase():
    """"…, xong trước ngày 25/11/2027": the deadline as written keeps its completion words."""
    ob = _by_who(RESULTS_HEADING)["Các chi bộ trực thuộc"]
    assert ob.deadline.text == "xong trước ngày 25/11/2027"
    assert ob.what == "tổ chức sinh hoạt chuyên đề"
