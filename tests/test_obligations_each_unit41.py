"""Units of a kind charged one by one as a sentence's subject ("Mỗi chi đoàn …", "Từng trường …") (obl41c, session 41).

A plan charges every unit of a kind with a task in a body sentence outside its "Tổ chức thực hiện" headings: each
branch of an organisation, each class or school, each commune's Party committee. The unit's kind, then a task verb,
is the subject, named as written; a time ("mỗi quý") or a person ("mỗi đoàn viên") is no unit, and an undated norm per
unit that goes on a topic's label on its line is one of the topic's means, no assignment. The texts are written for
this test, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.subjects import actor

_HEAD = ("BAN CHẤP HÀNH ĐOÀN XÃ HÒA PHÚ\nSố: 18-KH/ĐTN\nHòa Phú, ngày 02 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
         "Ra quân Tháng Thanh niên năm 2031\n\n")
_TAIL = "\n\nT/M BAN CHẤP HÀNH\nBÍ THƯ\nTrần Minh Quân\n"


def _got(body: str) -> set[tuple[str, str | None]]:
    return {(o.who, o.deadline.date if o.deadline else None) for o in extract(_HEAD + body + _TAIL).obligations}


def test_each_branch_charged_in_a_body_sentence():
    got = _got("II. NỘI DUNG\n\n**2. Công trình thanh niên**\n\n"
               "Mỗi chi đoàn kết nạp ít nhất 03 đoàn viên mới; gửi danh sách đoàn viên tham gia về "
               "Ban Thường vụ Đoàn xã trước ngày 25/3/2031.\n\n**3. Tổng kết**\n\nBan Thường vụ tổng hợp kết quả.")
    assert ("Mỗi chi đoàn", "2031-03-25") in got, got


def test_each_school_and_class_by_their_kind():
    assert actor("Từng trường rà soát sĩ số học sinh bỏ học, báo cáo trước ngày 10/4/2031.")[0] == "Từng trường"
    assert actor("Mỗi lớp lập danh sách học sinh tham gia câu lạc bộ.")[0] == "Mỗi lớp"
    assert actor("Mỗi đảng ủy xã, phường tổ chức 01 buổi sinh hoạt chuyên đề.")[0] == "Mỗi đảng ủy xã, phường"


def test_a_time_a_person_or_a_course_is_no_unit():
    assert actor("Mỗi quý tổ chức 01 buổi sinh hoạt chung.")[0] is None
    assert actor("Mỗi đoàn viên góp 02 ngày công lao động.")[0] is None
    assert actor("Mỗi lớp tập huấn kéo dài 03 ngày.")[0] is None


def test_an_undated_norm_after_a_topic_label_is_no_assignment():
    got = _got("II. NỘI DUNG\n\n1. Sinh hoạt chủ điểm: lồng ghép vào sinh hoạt chi đoàn hằng tháng. Mỗi chi đoàn tổ "
               "chức ít nhất 02 buổi tọa đàm về lập nghiệp cho đoàn viên trong năm 2031.\n\n"
               "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Đoàn xã\n\nTheo dõi, đôn đốc thực hiện Kế hoạch.")
    assert not any(w.startswith("Mỗi") for w, _ in got), got


def test_what_units_receive_or_may_enter_is_no_task():
    assert actor("Mỗi chi đoàn được cấp 02 cờ Đoàn và 01 bộ tài liệu.")[0] is None
    assert actor("Cầu lông: mỗi đơn vị cử tối thiểu 02 vận động viên.")[0] is None
