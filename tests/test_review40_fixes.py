"""Session 40's review (fixrev40): rules of this session that fired wider than their kind.

Why: each rule below was written for one kind of text and read another kind the same way — a block naming its
subject by a section swallowed the dated tasks of distinct bodies in it; a "theo lịch" took the dates of any lone
table; a second "thời gian" column became a second due date; … The documents are written for these tests in their own
wording (no sentence of the gold sets).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH
ỦY BAN NHÂN DÂN XÃ BÌNH TÂN
Số: 31/KH-UBND
Bình Tân, ngày 12 tháng 02 năm 2032

{kind}
{title}

"""


def _doc(body: str, title: str = "Triển khai nhiệm vụ trọng tâm năm 2032", kind: str = "KẾ HOẠCH") -> str:
    return _HEAD.format(kind=kind, title=title) + body + "\n"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


# --- 1. a block naming its subject by a section keeps the named bodies' own tasks --------------------------------------

def test_a_block_naming_the_section_keeps_the_named_bodies_tasks_and_is_dated():
    text = _doc("II. NHIỆM VỤ CỤ THỂ\n\n1. Trạm Y tế xã tổ chức khám sàng lọc cho người cao tuổi trước ngày 10/4/2032.\n\n"
                "2. Đoàn Thanh niên xã tổ chức ra quân làm sạch kênh mương trước ngày 25/5/2032.\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị có tên tại Mục II\n\n"
                "Chủ động triển khai phần việc được giao, gửi kết quả về Văn phòng UBND xã.\n")
    got = _pairs(text)
    assert ("Trạm Y tế xã", "2032-04-10") in got
    assert ("Đoàn Thanh niên xã", "2032-05-25") in got
    assert any(w and "Mục II" in w and d == "2032-04-10" for w, d in got)


# --- 2. "theo lịch" keeps a calendar, not any lone dated table --------------------------------------------------------

_TASK_TABLE = ("II. CÁC HOẠT ĐỘNG\n\n| STT | Hoạt động | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
               "| 1 | Ra quân dọn rác bãi biển | Hội Cựu chiến binh xã | Ngày 12/3/2032 |\n"
               "| 2 | Trồng cây phân tán | Hội Nông dân xã | Ngày 18/4/2032 |\n\n"
               "III. TỔ CHỨC THỰC HIỆN\n\n1. Thường trực UBND xã\n\nTiếp công dân định kỳ theo lịch.\n")


def test_a_lone_task_table_is_no_calendar_for_a_block_keeping_to_its_own_schedule():
    assert ("Thường trực UBND xã", None) in _pairs(_doc(_TASK_TABLE))


def test_a_table_headed_as_a_calendar_of_visits_still_dates_the_block():
    text = _doc(_TASK_TABLE.replace("II. CÁC HOẠT ĐỘNG", "II. LỊCH LÀM VIỆC VỚI CÁC THÔN")
                .replace("| Hoạt động | Đơn vị thực hiện |", "| Nội dung làm việc | Thôn |")
                .replace("Tiếp công dân định kỳ theo lịch.", "Làm việc với các thôn theo lịch."))
    assert ("Thường trực UBND xã", "2032-03-12") in _pairs(text)


# --- 3. a run-on "Chỉ tiêu …:" in a joint results part ends it only when it names a later period ------------------------

def _targets(text: str) -> list[float | None]:
    return sorted(t.min for t in extract(text).targets if t.min is not None)


_JOINT = ("II. KẾT QUẢ NĂM 2031 VÀ MỤC TIÊU NĂM 2032\n\n"
          "Chỉ tiêu về y tế: có 92% người dân tham gia bảo hiểm y tế; xây mới 03 trạm y tế thôn.\n\n"
          "{aims}: phấn đấu 96% người dân tham gia bảo hiểm y tế.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả trước ngày 10/12/2032.\n")


def test_a_result_labelled_chi_tieu_stays_a_result():
    text = _doc(_JOINT.format(aims="Mục tiêu năm 2032"), title="Kế hoạch phát triển y tế năm 2032")
    assert _targets(text) == [96.0]


def test_a_run_on_chi_tieu_label_naming_the_next_year_heads_the_aims():
    text = _doc(_JOINT.replace("Chỉ tiêu về y tế:", "Năm 2031:").format(aims="Chỉ tiêu năm 2032"),
                title="Kế hoạch phát triển y tế năm 2032")
    assert _targets(text) == [96.0]
