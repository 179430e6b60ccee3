"""A body charged with a duty that opens with a manner adverb or a review of its failings (issue #10, obligations on
real wording): "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã | nghiêm túc kiểm điểm trách nhiệm
…", "Sở X | nghiêm túc thực hiện …" — the adverb "nghiêm túc" and the verb "kiểm điểm" end the subject as "khẩn
trương" and "thực hiện" do (vanban.extract.patterns.ACTION_VERBS, assignment_words.CUE_STOP).

The sentences are written for this test in the style of a UBND tỉnh's đôn đốc letter.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract import subjects as S

_HEAD = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 1201/UBND-TH
V/v chấn chỉnh việc chậm trễ thực hiện nhiệm vụ

Nghệ An, ngày 02 tháng 3 năm 2027

Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.

Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

"""


@pytest.mark.parametrize("sentence, who", [
    ("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã nghiêm túc kiểm điểm trách nhiệm "
     "của cá nhân để xảy ra chậm trễ", "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã"),
    ("Sở Công Thương nghiêm túc thực hiện chế độ báo cáo định kỳ", "Sở Công Thương"),
    ("Các chi bộ kiểm điểm vai trò lãnh đạo của chi ủy", "Các chi bộ"),
])
def test_the_adverb_or_review_ends_the_subject(sentence, who):
    assert S.actor(sentence)[0] == who


def test_the_heads_are_charged_with_their_date():
    doc = _HEAD + ("1. Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc "
                   "kiểm điểm trách nhiệm của tập thể, cá nhân đối với các nhiệm vụ chậm trễ; báo cáo giải trình gửi Ủy "
                   "ban nhân dân tỉnh trước ngày 20/3/2027.\n\n2. Sở Tài chính hoàn thành báo cáo quyết toán trước ngày "
                   "31/3/2027.\n")
    got = [(o.who, str(o.deadline.date) if o.deadline else None) for o in extract(doc).obligations]
    assert ("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường", "2027-03-20") in got
