"""Obligation and deadline kinds the final newcomer of session 17 found (session 18, helper nc18).

Each test reads a short text written for it (the newcomer's documents are in ``/work/wt/old17/newcomer17e_in``, not
copied); the expected values are read from the text, not from vanban's output.
"""

from __future__ import annotations

import datetime as dt

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


#: a Chương trình hành động whose Ban cán sự đảng has two bullets, each with its own date
BULLETS = """\
  TỈNH ỦY CAO BẰNG                         ĐẢNG CỘNG SẢN VIỆT NAM
          *
Số 14-CTr/TU                            Cao Bằng, ngày 02 tháng 4 năm 2027

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch

I. NHIỆM VỤ CỤ THỂ

1. Ban cán sự đảng Ủy ban nhân dân tỉnh
- Lãnh đạo Ủy ban nhân dân tỉnh ban hành Đề án phát triển du lịch cộng đồng, trình Ban Thường vụ Tỉnh ủy trước ngày 31/8/2027.
- Chỉ đạo Sở Văn hóa, Thể thao và Du lịch tổng kết mùa du lịch, báo cáo kết quả trước ngày 20 tháng 11 hằng năm.

2. Ban Tuyên giáo và Dân vận Tỉnh ủy
Chủ trì tuyên truyền Chương trình hành động này, hoàn thành trước ngày 30/6/2027.

                                            T/M BAN THƯỜNG VỤ
Nơi nhận:                                        BÍ THƯ
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.                       Nông Văn Tuấn
"""


def _due(ob: dict) -> str | None:
    d = ob.get("deadline")
    return (d.get("date") or d.get("latest")) if d else None


def test_bullets_under_a_body_heading_are_one_obligation_each_in_json_archive_and_checklist(tmp_path):
    """The final newcomer of session 17: the JSON gave the Ban cán sự đảng one obligation (the archive kept the first
    bullet's date) while the checklist split them. Each task with its own date is one obligation everywhere."""
    import sqlite3

    from vanban.archive import Archive
    from vanban.conveyor import process_file
    from vanban.extract.checklist import build_checklist
    from vanban.extract.report import extraction_to_json

    board = "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    ext = extract(BULLETS)
    got = [o for o in extraction_to_json(ext)["obligations"] if o["who"] == board]
    assert sorted(_due(o) for o in got) == ["2027-08-31", "2027-11-20"]
    assert len({o["block"] for o in got}) == 1  # one assignment block, two tasks
    assert any(o["what"].startswith("Chỉ đạo Sở Văn hóa") and _due(o) == "2027-11-20" for o in got)

    src = tmp_path / "14-CTr-TU.txt"
    src.write_text(BULLETS, encoding="utf-8")
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(process_file(src, jobs=1))
    with sqlite3.connect(db) as c:
        stored = sorted(r[0] for r in c.execute(
            "select coalesce(deadline_date, deadline_latest) from obligations where who = ?", (board,)))
    assert stored == ["2027-08-31", "2027-11-20"]

    listed = [i for i in build_checklist(ext, today=dt.date(2027, 4, 5)) if i.who == board]
    assert sorted(i.due for i in listed) == ["2027-08-31", "2027-11-20"]


def test_the_bench_counts_a_block_once_as_the_labels_do():
    """bench rule (tests/realdocs_match.assignments): the labels write a block once, dated by its earliest date."""
    from realdocs_match import assignments

    from vanban.extract.report import extraction_to_json

    folded = [o for o in assignments(extraction_to_json(extract(BULLETS))["obligations"])
              if o["who"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh"]
    assert [_due(o) for o in folded] == ["2027-08-31"]


#: a commune's Quy chế: a titled article over one sentence, and a duty article over one numbered item
QUY_CHE = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ YÊN LẠC                                Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Tiếp công dân của Ủy ban nhân dân xã Yên Lạc
(Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 12/02/2027
của Chủ tịch Ủy ban nhân dân xã Yên Lạc)

Điều 1. Tổ chức tiếp công dân
Công chức Tư pháp - Hộ tịch bố trí lịch tiếp công dân, niêm yết tại trụ sở trước ngày 05/3/2027.

Điều 2. Trách nhiệm của Văn phòng
1. Công chức Văn phòng - Thống kê tổng hợp kết quả tiếp công dân, báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày 28 hằng tháng.
"""


def test_an_articles_title_is_no_part_of_its_deadlines_task():
    (d,) = [d for d in extract(QUY_CHE).deadlines if d.date == "2027-03-05"]
    assert d.what == "bố trí lịch tiếp công dân, niêm yết tại trụ sở"


def test_a_one_item_duty_article_charges_the_body_its_item_names():
    """"Điều 2. Trách nhiệm của Văn phòng" over "1. Công chức Văn phòng - Thống kê …": the item's body, not "Văn
    phòng" (the title's) with the item's whole sentence as its task."""
    ob = _by_who(QUY_CHE).get("Công chức Văn phòng - Thống kê")
    assert ob is not None and ob.what.startswith("tổng hợp kết quả tiếp công dân")
    assert "Văn phòng" not in _by_who(QUY_CHE)


#: a ward's Công văn as a scan reads it: "100%" printed, "196%" read
SCANNED_SHARE = HEADER.replace("HƯỚNG DẪN", "KẾ HOẠCH") + """\
1. Bộ phận Một cửa phường bảo đảm 196% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến trong năm 2028.
2. Trạm Y tế phấn đấu tỷ lệ tiêm chủng đạt 150% số trẻ em trong độ tuổi.
"""


def test_a_share_read_over_100_with_misread_zeros_is_the_whole():
    """The final newcomer of session 17: the scan's "196%" (for "100%") lost the target; "150%" of a share is no
    reading of 100 (its 5 is no misread 0) and stays no target."""
    from vanban.extract.target_words import zeros_misread

    shares = [(t.min, t.max) for t in extract(SCANNED_SHARE).targets if t.unit == "%"]
    assert shares == [(100.0, 100.0)]
    assert zeros_misread(196) and zeros_misread(108) and not zeros_misread(150) and not zeros_misread(100)
