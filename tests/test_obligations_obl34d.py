"""Obligations, session 34 (obl34d): kinds read from tune33's misses (spent).

- A team's visit as its task: "Tổ điều tra đến từng hộ để ghi phiếu …" after a "Từ ngày … đến ngày …:" lead — "đến"
  is the verb of a team named by its work ("Tổ …", "Đoàn …") when the places it goes to follow one by one ("đến từng
  hộ", "đến tận nhà"); "đến" after a thing sent or announced ("gửi Kế hoạch đến từng thôn", "phát tờ rơi đến từng
  hộ") stays the preposition: the body is not read up to it.

- A step printed as its name, a colon and its time alone as the first sentence ("1. Lập danh sách …: từ ngày … đến
  ngày …. Trưởng thôn phối hợp …"): the bodies the step's later sentences charge are due by the step's time; a first
  sentence that goes on past its time ("…: từ ngày … đến ngày …, bằng phiếu điện tử") dates no body.
- A contractor named by the service it renders ("đơn vị thu gom", "Đơn vị tư vấn"): a body a plan charges.
- Results made public as a body's task ("Hội đồng xét tuyển công bố kết quả … chậm nhất ngày …", under a step's
  bold name in a Thông báo's part on the exam): "công bố" with what is made public is the body's verb; "Lễ công bố"
  opens no body's task.

Sentences written for these tests in the style of a commune's plan.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 88/KH-UBND\nTân Phú, ngày 05 tháng 6 năm 2029"


def _doc(body: str) -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\nĐiều tra thu nhập hộ gia đình năm 2029\n\n{body}\n"


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_a_team_going_to_each_household_is_charged_by_the_step_lead():
    body = ("II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n\n**2. Thu thập thông tin**\n\n"
            "- Từ ngày 02/9/2029 đến ngày 20/10/2029: Tổ điều tra đến từng hộ gia đình để ghi phiếu hỏi.\n\n"
            "- Tổ giám sát đến tận nhà các hộ vắng mặt để xác minh, hoàn thành trước ngày 30/10/2029.\n")
    assert _obs(_doc(body)) == [("Tổ điều tra", "2029-10-20"), ("Tổ giám sát", "2029-10-30")]


def test_den_before_a_time_or_a_recipient_stays_no_verb():
    body = ("II. TỔ CHỨC THỰC HIỆN\n\n"
            "- Văn phòng Ủy ban nhân dân xã gửi Kế hoạch đến từng thôn trước ngày 15/6/2029.\n\n"
            "- Chi hội trưởng các chi hội phát tờ rơi đến từng hộ gia đình trước ngày 20/6/2029.\n")
    assert all("phát" not in w for w, _ in _obs(_doc(body)))
    assert _obs(_doc(body))[0] == ("Văn phòng Ủy ban nhân dân xã", "2029-06-15")


def test_a_steps_time_as_its_first_sentence_dates_its_bodies():
    body = ("II. CÁC BƯỚC THỰC HIỆN\n\n"
            "1. Lập danh sách hộ cần điều tra: từ ngày 05/8/2029 đến ngày 25/8/2029. Trưởng thôn phối hợp với Công an xã\n"
            "đối chiếu danh sách với dữ liệu dân cư.\n\n"
            "2. Ghi phiếu tại hộ: từ ngày 01/9/2029 đến ngày 30/9/2029, bằng phiếu điện tử. Công chức Văn hóa - Xã hội\n"
            "hướng dẫn điều tra viên sử dụng phiếu.\n")
    assert _obs(_doc(body)) == [("Trưởng thôn", "2029-08-25"), ("Công chức Văn hóa - Xã hội", None)]


def test_a_contractor_named_by_its_service_is_charged():
    body = ("III. NHỊP ĐỘ THỰC HIỆN\n\n"
            "2. Từ ngày 01/10/2029, đơn vị thu gom thực hiện thu gom riêng rác tái chế theo lịch của xã.\n\n"
            "3. Đơn vị tư vấn thực hiện khảo sát hiện trạng các điểm tập kết, hoàn thành trước ngày 20/10/2029.\n")
    assert _obs(_doc(body)) == [("đơn vị thu gom", None), ("Đơn vị tư vấn", "2029-10-20")]


def test_a_board_making_results_public_is_charged():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 15/TB-UBND\nTân Phú, ngày 05 tháng 6 năm 2029\n\n"
            "THÔNG BÁO\nXét tuyển viên chức năm 2029\n\n"
            "**III. NỘI DUNG VÀ THỜI GIAN XÉT TUYỂN**\n\n"
            "**3. Thông báo kết quả:** Hội đồng xét tuyển công bố kết quả xét tuyển trên trang thông tin điện tử của\n"
            "huyện chậm nhất ngày 20/11/2029.\n\n"
            "**IV. TỔ CHỨC THỰC HIỆN**\n\n"
            "- Phòng Nội vụ công bố danh sách thí sinh đủ điều kiện trước ngày 10/9/2029.\n")
    assert _obs(text) == [("Hội đồng xét tuyển", "2029-11-20"), ("Phòng Nội vụ", "2029-09-10")]
