"""Obligations and deadlines, session 34 (obl34a): kinds read from authored32's misses a32-01 … a32-05 (spent).

- A plan's timetable of steps whose items open with the time and a colon ("1. Trước ngày 05/9/2028: Văn phòng … gửi
  …", "5. Trong tháng 11/2028: Ban Thường vụ … tổ chức …"): each step's body is due by the step's time.
- Verbs a body took into its name: "hoàn chỉnh", "trực tiếp dự", "đánh giá công tác", "rút kinh nghiệm tại chỗ", "họp
  rút kinh nghiệm", "cấp kinh phí", "cung cấp số liệu"; a bare "đề nghị … rút kinh nghiệm" after a failing told is an
  admonition, no task.
- A drill's roster of forces and means ("3. Lực lượng, phương tiện tham gia" over "- Dân quân: 126 người …"): no body.
- A due cell "Từ ngày 15/9 đến hết ngày 30/9/2028" in a timetable: the row's window, a deadline of the row's body.
- A body told to act "cùng thời hạn với các chi bộ" after a timetable whose steps open with their dates: the
  date of the chi bộ's step that shares its task.
- A step whose colon OCR lost ("4. Trước ngày 15 tháng 12 năm 2028 Văn phòng Đảng ủy hoàn chỉnh …"): the body
  after the date.
- A heads' block that points to the steps of another section ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã,
  phường" / "- Tổ chức thực hiện các bước nêu tại mục IV đúng thời hạn"): not the bodies a row charges, undated.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from dataclasses import replace

from vanban.extract import extract
from vanban.extract.dated_heads import time_heading
from vanban.models import Deadline

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 41/KH-UBND\nHòa Bình, ngày 12 tháng 8 năm 2028"
PARTY = "ĐẢNG BỘ TỈNH YÊN BÁI\nĐẢNG ỦY XÃ TÂN LẬP\nSố: 52-KH/ĐU\nTân Lập, ngày 12 tháng 8 năm 2028"


def _doc(body: str, title: str = "sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/ĐU", head: str = PARTY) -> str:
    return f"{head}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_a_timetable_step_dates_its_body():
    body = ("III. TIẾN ĐỘ THỰC HIỆN\n\n"
            "1. Trước ngày 10/9/2028: Văn phòng Đảng ủy gửi Kế hoạch và đề cương đến các chi bộ.\n\n"
            "2. Từ ngày 15/9 đến ngày 05/10/2028: các chi bộ tổ chức sơ kết.\n\n"
            "3. Trong tháng 11/2028: Ban Thường vụ Đảng ủy tổ chức hội nghị sơ kết.\n\n"
            "4. Trước ngày 15 tháng 12 năm 2028: Văn phòng Đảng ủy hoàn chỉnh báo cáo, gửi Huyện ủy.\n")
    assert _obs(_doc(body)) == [("Văn phòng Đảng ủy", "2028-09-10"), ("các chi bộ", "2028-10-05"),
                                ("Ban Thường vụ Đảng ủy", "2028-11-30"), ("Văn phòng Đảng ủy", "2028-12-15")]


def test_a_topic_before_a_colon_is_no_time_heading():
    due = Deadline(text="đến ngày 30/6/2028", date="2028-06-30", earliest="2028-06-30", latest="2028-06-30")
    assert time_heading("Trước ngày 30/6/2028", replace(due, text="Trước ngày 30/6/2028"))
    assert time_heading("Từ ngày 10/6 đến ngày 30/6/2028", replace(due, text="Từ ngày 10/6 đến ngày 30/6/2028"))
    assert not time_heading("Phạm vi: từ năm 2023 đến ngày 30/6/2028", due)
    assert not time_heading("Số liệu tính đến ngày 30/6/2028", due)


def test_verbs_a_body_took_into_its_name():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn\n\n"
            "Trực tiếp dự, chỉ đạo hội nghị sơ kết ở địa bàn được giao.\n\n"
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc và các đoàn thể xã đánh giá công tác vận động hội viên.\n\n"
            "3. Ban Chỉ đạo rút kinh nghiệm tại chỗ sau hội nghị. Ban Chấp hành Đảng bộ xã họp rút kinh nghiệm chậm nhất "
            "ngày 20/12/2028.\n")
    assert [w for w, _ in _obs(_doc(body))] == ["Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn",
                                                 "Ủy ban Mặt trận Tổ quốc và các đoàn thể xã", "Ban Chỉ đạo",
                                                 "Ban Chấp hành Đảng bộ xã"]


def test_money_handed_down_is_the_task():
    body = ("III. KINH PHÍ\n\nKinh phí bố trí từ ngân sách xã. Phòng Kinh tế xã cấp kinh phí cho các thôn trước ngày "
            "05/10/2028.\n")
    assert _obs(_doc(body, title="bầu cử trưởng thôn năm 2028", head=HEAD)) == [("Phòng Kinh tế xã", "2028-10-05")]


def test_a_roster_of_forces_is_no_body():
    body = ("II. NỘI DUNG\n\n2. Lực lượng, phương tiện tham gia\n\n- Dân quân: 64 người.\n\n"
            "- Phương tiện: 02 xe ô tô, 10 xe mô tô.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Chỉ huy quân sự xã tổ chức huấn luyện dân quân.\n")
    assert _obs(_doc(body, title="diễn tập chiến đấu phòng thủ xã năm 2028")) == [("Ban Chỉ huy quân sự xã", None)]


def test_a_due_cell_to_the_end_of_a_day_is_the_rows_window():
    body = ("II. CÁC BƯỚC\n\n| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức hội nghị giới thiệu người ứng cử | Ủy ban MTTQ Việt Nam xã | Từ ngày 20/9 đến hết ngày "
            "05/10/2028 |\n")
    ext = extract(_doc(body, title="bầu cử trưởng thôn năm 2028", head=HEAD))
    assert [(d.earliest, d.latest) for d in ext.deadlines] == [("2028-09-20", "2028-10-05")]
    assert [(o.who, o.deadline.latest) for o in ext.obligations] == [("Ủy ban MTTQ Việt Nam xã", "2028-10-05")]


def test_a_running_campaign_to_the_end_of_a_day_stays_a_period():
    body = ("II. NỘI DUNG\n\nPhát thông điệp tuyên truyền 03 lần mỗi tuần từ ngày 20/9 đến hết ngày 30/11/2028.\n")
    assert [d for d in extract(_doc(body, head=HEAD)).deadlines if not d.past] == []


def test_heads_pointing_to_the_steps_keep_no_row_date():
    body = ("IV. CÁC BƯỚC\n\n| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Lập danh sách người có nghĩa vụ kê khai | Các sở, ban, ngành; UBND các xã, phường | Trước ngày "
            "20/11/2028 |\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường\n\n"
            "- Tổ chức thực hiện các bước nêu tại mục IV đúng thời hạn.\n")
    got = _obs(_doc(body, title="kê khai tài sản, thu nhập năm 2028", head=HEAD))
    assert got[-1] == ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường", None)


def test_an_admonition_to_learn_a_lesson_is_no_task():
    body = ("IV. KHEN THƯỞNG\n\n1. Năm 2027, có 03 chi bộ gửi hồ sơ chậm nên không được xét khen thưởng; đề nghị các chi "
            "bộ rút kinh nghiệm.\n")
    assert _obs(_doc(body)) == []


def test_the_same_deadline_as_a_timetable_steps_bodies():
    body = ("III. TIẾN ĐỘ THỰC HIỆN\n\n1. Từ ngày 15/9 đến ngày 05/10/2028: các chi bộ tổ chức sơ kết.\n\n"
            "2. Chậm nhất ngày 15/10/2028: các chi bộ gửi báo cáo sơ kết về Đảng ủy (qua Văn phòng Đảng ủy).\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị Hội Cựu chiến binh xã đánh giá công tác vận động hội viên; gửi báo cáo "
            "về Đảng ủy (qua Văn phòng Đảng ủy) cùng thời hạn với các chi bộ.\n")
    got = _obs(_doc(body))
    assert got[-1] == ("Hội Cựu chiến binh xã", "2028-10-15")


def test_a_step_whose_colon_ocr_lost_still_names_its_body():
    body = ("III. TIẾN ĐỘ THỰC HIỆN\n\n4. Trước ngày 15 tháng 12 năm 2028 Văn phòng Đảng ủy hoàn chỉnh báo cáo, gửi\n"
            "Huyện ủy (qua Ban Tổ chức Huyện ủy).\n")
    assert _obs(_doc(body)) == [("Văn phòng Đảng ủy", "2028-12-15")]
