""""Mỗi" before a kind of unit in small letters charges each unit of that kind when a task verb follows (issue #10,
obligations on real wording): "- Mỗi chi bộ xác định nội dung đột phá …" in a Đảng ủy phường's plan is an obligation
of "Mỗi chi bộ" (the labels write it so); a norm ("Mỗi chi bộ có ít nhất 01 tuyên truyền viên") or a person's duty
("Mỗi đảng viên đăng ký …") is none (vanban.extract.subjects.actor, assignment_words.EACH_KIND).

The sentences are written for this test in the style of a Đảng ủy phường's plan.
"""

from __future__ import annotations

import pytest

from vanban.extract import subjects as S


@pytest.mark.parametrize("sentence, who", [
    ("- Mỗi chi bộ xác định ít nhất một việc làm cụ thể gắn với vệ sinh môi trường ở khu dân cư.", "Mỗi chi bộ"),
    ("Mỗi tổ dân phố xây dựng một tuyến đường tự quản về an ninh trật tự.", "Mỗi tổ dân phố"),
    ("Mỗi chi bộ có ít nhất 01 tuyên truyền viên.", None),
    ("Mỗi đảng viên đăng ký ít nhất 01 việc làm theo gương Bác.", None),
    ("- Mỗi đoàn viên thực hiện ít nhất 01 việc làm tốt giúp người cao tuổi.", None),
])
def test_each_unit_of_a_kind(sentence, who):
    assert S.actor(sentence)[0] == who
