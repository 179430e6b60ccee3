"""OCR noise that cost a task or its deadline (ncfix45b), mended before restoration, one character for one.

- A lone lowercase consonant echoing the first letter of the next word ("tổ chức t tập huấn") is a blank: no
  Vietnamese word is one consonant; a point's or an annex's letter ("điểm c của khoản 2"), a list's label and an
  initial stay.
- A speck read as "." or " ," between a due word and the lowercase "ngày" of its day ("trước .⏎ngày 10/12/2027") is a
  blank, so the day stays the task's deadline; a comma typed after "trước" ("như năm trước, ngày 20/11 …") and a stop
  before a capital "Ngày" (a new sentence) stay.

Inputs written for these tests.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.stray_marks import due_day_marks, stray_initials


@pytest.mark.parametrize("raw, kept", [
    ("Các trường tổ chức t tập huấn cho giáo viên.", False),
    ("Hội Nông dân xã v vận động hội viên tham gia.", False),
    ("thực hiện theo điểm c của khoản 2 Điều 5", True),
    ("nội dung tại Phụ lục b bổ sung kèm theo", True),
    ("Ông Trần V. Vinh, chuyên viên", True),
    ("a) Nhiệm vụ chung;\nb) b) Nhiệm vụ cụ thể", True),
])
def test_stray_initials(raw, kept):
    out = stray_initials(raw)
    assert len(out) == len(raw)
    assert (out == raw) is kept


@pytest.mark.parametrize("raw, kept", [
    ("gửi Phòng Giáo dục trước .\nngày 10/12/2027.", False),
    ("hoàn thành chậm nhất , ngày 05/3/2028.", False),
    ("nộp hồ sơ hạn . ngày 12/4/2028", False),
    ("như năm trước, ngày 20/11 các trường tổ chức lễ kỷ niệm", True),
    ("đã làm xong từ năm trước. Ngày 15/5 tới sẽ tổng kết", True),
])
def test_due_day_marks(raw, kept):
    out = due_day_marks(raw)
    assert len(out) == len(raw)
    assert (out == raw) is kept


def test_task_and_deadline_read_through_the_noise():
    raw = ("II. NHIỆM VỤ\n"
           "1. Phòng Văn hóa chủ trì hướng dẫn thực hiện kế hoạch này.\n"
           "2. Các đoàn thể xã tuyên t truyền sâu rộng đến hội viên về an toàn giao thông; báo cáo kết quả về Ủy ban "
           "nhân dân xã trước .\nngày 10/12/2027.\n")
    doc = extract(correct_text(raw, "image-ocr").text)
    due = [o for o in doc.obligations if o.deadline is not None]
    assert [o.deadline.date for o in due] == ["2027-12-10"]
    assert due[0].who == "Các đoàn thể xã" and due[0].what.startswith("tuyên truyền")  # the verb not in the subject
