"""Obligations whose body is followed by a daily rhythm before its verb (left40, session 40).

"<body> hằng ngày <verb> …" puts the task's rhythm between the body and its act, as "định kỳ hằng tháng" and
"hằng tuần" do: the body ends before the rhythm (no "Công an xã hằng ngày" as a body), the rhythm is the task's
written time. The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 21/KH-UBND\nTân Lập, ngày 14 tháng 2 năm 2031\n\nKẾ HOẠCH\n"
         "Bảo đảm trật tự an toàn giao thông dịp cao điểm năm 2031\n\nIII. TỔ CHỨC THỰC HIỆN\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVũ Thị Lan\n"


def _obligations(body: str):
    return [(o.who, o.what, o.due_text) for o in extract(_HEAD + body + _TAIL).obligations]


def test_obligation_body_before_a_daily_rhythm():
    got = _obligations("1. Đội cảnh sát giao thông hằng ngày bố trí lực lượng phân luồng tại các nút giao trọng điểm.")
    assert [(w, d) for w, _, d in got] == [("Đội cảnh sát giao thông", "hằng ngày")], got
    assert got[0][1].startswith("bố trí lực lượng")


def test_obligation_body_before_mỗi_ngày_and_hàng_ngày():
    got = _obligations("2. Văn phòng HĐND và UBND xã mỗi ngày tổng hợp tình hình tai nạn, gửi Chủ tịch UBND xã.\n\n"
                       "3. Trung tâm Y tế hàng ngày cập nhật số người bị thương vào sổ theo dõi.")
    assert {w for w, _, _ in got} >= {"Văn phòng HĐND và UBND xã", "Trung tâm Y tế"}, got
    assert not any("ngày" in (w or "") for w, _, _ in got), got


def test_obligation_each_residential_unit_of_every_kind_charges_the_group():
    """(left40) One list of residential units (vanban.place_nouns): "mỗi khu dân cư", "mỗi plei" opening a sentence
    charge each unit of that kind, as "mỗi thôn" did; before, those kinds were in one reader's list only."""
    got = _obligations("1. Mỗi khu dân cư bố trí ít nhất 02 người trực tại chốt giao thông vào giờ cao điểm.\n\n"
                       "2. Mỗi plei bố trí ít nhất 01 tổ xung kích hỗ trợ người đi đường khi có mưa lũ.")
    assert {w for w, _, _ in got} == {"Các khu dân cư", "Các plei"}, got
