""""Tập thể" (the collective of) before a named body opens a clause's subject: in a Đảng ủy's review plan "- Tập thể
Ban Chấp hành và cá nhân các đồng chí ủy viên Ban Chấp hành kiểm điểm trong khoảng từ ngày … đến ngày …" charges the
body reviewed as a whole, named with the word, and its window's end is the obligation's date (realdocs/labeled
README: an interval deadline's end date). A collective whose body is named in small letters ("Tập thể lãnh đạo, quản
lý …") is no such opening; "Tập thể lãnh đạo" before a capitalised body is (session 36, test_obligations_obl36a)
(vanban.extract.subjects.actor, assignment_words.COLLECTIVE_BODY).

The sentences and the plan are written for this test in the style of a Đảng ủy phường's review plan.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract import subjects as S


@pytest.mark.parametrize("sentence, who", [
    ("- Tập thể Ban Chấp hành và cá nhân các đồng chí ủy viên Ban Chấp hành kiểm điểm trong khoảng từ ngày 10/12 đến "
     "ngày 14/12/2029.", "Tập thể Ban Chấp hành và cá nhân các đồng chí ủy viên Ban Chấp hành"),
    ("Tập thể Ủy ban Kiểm tra Đảng ủy xã tự kiểm điểm, hoàn thành trước ngày 05/12/2029.",
     "Tập thể Ủy ban Kiểm tra Đảng ủy xã"),
])
def test_collective_of_a_named_body(sentence, who):
    assert S.actor(sentence)[0] == who


_PLAN = """ĐẢNG BỘ TỈNH NAM ĐỊNH
ĐẢNG ỦY PHƯỜNG AN BÌNH
*
Số 12-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
An Bình, ngày 10 tháng 11 năm 2029

KẾ HOẠCH
kiểm điểm tập thể, cá nhân năm 2029

**II. CÁC BƯỚC**

**Bước 2. Kiểm điểm tập thể Ban Chấp hành**

- Tập thể Ban Chấp hành và cá nhân các đồng chí ủy viên Ban Chấp hành kiểm điểm trong khoảng từ ngày 10/12 đến ngày 14/12/2029, có đại diện cấp trên dự.

- Văn phòng Đảng ủy tổng hợp kết quả, hoàn thành trước ngày 20/12/2029.
"""


def test_the_collective_is_charged_with_its_window():
    obs = {o.who: o for o in extract(_PLAN).obligations}
    ob = obs["Tập thể Ban Chấp hành và cá nhân các đồng chí ủy viên Ban Chấp hành"]
    assert ob.deadline is not None and ob.deadline.latest == "2029-12-14"
    assert obs["Văn phòng Đảng ủy"].deadline.date == "2029-12-20"
