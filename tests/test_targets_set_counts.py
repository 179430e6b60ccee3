"""Targets: counts an organising plan sets without a bound word (:mod:`vanban.extract.plan_counts`, session 32).

A congress plan of a mass organisation sets up its sub-committees ("thành lập 02 Tiểu ban"), the size of each body it
elects ("Số lượng …; Ban Thường vụ 05 đồng chí"), the posts ("; có 01 Chủ tịch và 01 Phó Chủ tịch"), the parts of its
delegate total ("150 đại biểu, gồm 15 đại biểu đương nhiên và 135 đại biểu …") and how long its congress lasts
("tổ chức trong 01 ngày": exactly, not "at most"). A call-up plan hands its papers over a set number of days ahead
("trước ngày khám 10 ngày"); a task table counts its classes in brackets ("(03 lớp)"); a school organises teaching
in "2 buổi/ngày" and inspects "10 giáo viên" in a month. Not targets: "01 đại biểu trên 10 hội viên" (a ratio, "trên"
is "per"), a body's breakdown by post after "gồm", "trước 15 giờ" (a time of day), "trước 15 ngày so với …" (read as
before: at least). Every text is written for these tests; the expected values follow
``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("HỘI NÔNG DÂN TỈNH BÌNH AN\nBAN CHẤP HÀNH HỘI NÔNG DÂN XÃ TÂN LẬP\nSố: 12-KH/HND\n"
         "Tân Lập, ngày 05 tháng 8 năm 2027\n\nKẾ HOẠCH\nTổ chức Đại hội đại biểu Hội Nông dân xã Tân Lập lần thứ II\n\n")
_TAIL = "\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Văn Hòa\n"


def _t(body: str) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_bodies_set_up_are_counted_with_or_without_a_capital():
    got = _t("**II. NỘI DUNG**\n\n- Ban Thường vụ ban hành Kế hoạch và thành lập 02 Tiểu ban giúp việc (Tiểu ban "
             "Văn kiện, Tiểu ban Nhân sự) trước ngày 20/8/2027.\n")
    assert (2, 2, "tiểu ban") in got
    got = _t("**II. NỘI DUNG**\n\n- Ban Chấp hành quyết định thành lập 04 tổ công tác giúp các chi hội.\n")
    assert (4, 4, "tổ công tác") in got


def test_each_body_size_in_a_list_of_the_bodies_to_elect():
    got = _t("**4. Nhân sự**\n\n- Số lượng Ban Chấp hành khóa II từ 13 đến 15 đồng chí; Ban Thường vụ 05 đồng\n"
             "chí, gồm Chủ tịch, 02 Phó Chủ tịch và 02 ủy viên; Ủy ban Kiểm tra 03 đồng chí.\n")
    assert (13, 15, "đồng chí") in got and (5, 5, "đồng chí") in got and (3, 3, "đồng chí") in got
    assert not any(u in ("phó chủ tịch", "ủy viên") for _, _, u in got)  # the breakdown by post after "gồm"


def test_posts_counted_in_their_own_clause_of_the_list():
    got = _t("**4. Nhân sự**\n\n- Số lượng Ban Chấp hành: không quá 13 ủy viên; Ban Thường vụ không quá 03 ủy viên; "
             "có 01 Chủ tịch và 01 Phó Chủ tịch.\n")
    assert got.count((1, 1, "người")) == 2


def test_a_delegate_total_and_its_parts_but_not_the_allotment_ratio():
    got = _t("**5. Đại hội**\n\n- Đại biểu chính thức: 150 đại biểu, gồm 15 đại biểu đương nhiên là ủy viên Ban "
             "Chấp hành khóa I và 135 đại biểu do các chi hội bầu (phân bổ 01 đại biểu trên 10 hội viên).\n")
    assert (150, 150, "đại biểu") in got and (135, 135, "đại biểu") in got
    assert any(x[:2] == (15, 15) and x[2].startswith("đại biểu") for x in got)
    assert not any(x[:2] in ((1, 1), (10, None)) for x in got)


def test_the_congress_length_is_exact_but_a_limit_from_an_event_is_not():
    got = _t("**I. YÊU CẦU**\n\n- Đại hội cấp xã tổ chức trong 01 ngày, bảo đảm tiết kiệm, an toàn.\n")
    assert (1, 1, "ngày") in got
    got = _t("**I. YÊU CẦU**\n\n- Các chi hội tổ chức tổng kết trong 05 ngày kể từ ngày nhận Kế hoạch.\n")
    assert (None, 5, "ngày") in got


def test_a_lead_time_printed_as_one_figure():
    got = _t("**III. CÁC BƯỚC**\n\n- Giấy gọi khám phải được giao tận tay công dân trước ngày khám 10 ngày.\n")
    assert (10, 10, "ngày") in got
    got = _t("**III. CÁC BƯỚC**\n\n- Các thôn báo cáo số liệu về Ban Chỉ huy quân sự xã trước 15 giờ hằng ngày.\n")
    assert not any(u == "giờ" for _, _, u in got)  # a time of day


def test_classes_counted_in_brackets_in_a_task_table():
    body = ("**II. NHIỆM VỤ**\n\nThực hiện các nhiệm vụ tại Phụ lục kèm theo.\n\nPhụ lục\n\nNHIỆM VỤ NĂM 2028\n\n"
            "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tập huấn kỹ thuật trồng lúa cho hội viên (03 lớp) | Ban Thường vụ | Quý II/2028 |\n")
    assert (3, 3, "lớp") in _t(body)


def test_a_school_day_model_it_organises_and_a_month_inspection():
    got = _t("**IV. NHIỆM VỤ**\n\n1. Tổ chức dạy học 2 buổi/ngày đối với khối 8 và khối 9.\n\n"
             "2. Tháng 11/2027: tổ chức thi giáo viên dạy giỏi; kiểm tra nội bộ 08 giáo viên; dự giờ thăm lớp.\n")
    assert (2, 2, "buổi/ngày") in got and (8, 8, "giáo viên") in got


def test_a_floor_under_a_result_label_is_an_aim():
    got = _t("**II. CHỈ TIÊU**\n\nb) Kết quả rèn luyện: mức Tốt từ 70% trở lên; mức Đạt dưới 5%.\n")
    assert (70, None, "%") in got and (None, 5, "%") in got


def test_occasions_a_year_programme_schedules_by_month():
    got = _t("**II. NHIỆM VỤ NĂM 2028**\n\na) Tổ chức 02 hội nghị Ban Chấp hành định kỳ: hội nghị giữa năm trong tháng "
             "6/2028 và hội nghị cuối năm trong tháng 12/2028.\n")
    assert any(x[:2] == (2, 2) and x[2].startswith("hội nghị") for x in got)
    got = _t("**II. NHIỆM VỤ NĂM 2028**\n\na) Tổ chức 02 hội nghị với khoảng 200 hội viên tham dự.\n")
    assert not any(x[:2] == (2, 2) for x in got)  # occasions, no schedule


def test_occasions_a_body_is_to_finish():
    got = _t("**III. TỔ CHỨC THỰC HIỆN**\n\n**2. Ủy ban Kiểm tra**\n\nHoàn thành 03 cuộc giám sát chuyên đề theo chương "
             "trình năm 2027; báo cáo Ban Thường vụ trước ngày 10/12/2027.\n")
    assert (3, 3, "cuộc") in [(x[0], x[1], x[2].split()[0]) for x in got]
