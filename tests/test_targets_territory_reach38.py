"""The reach of a case across territorial units ("trên địa bàn từ hai xã trở lên") says which case a competence or a
procedure is for, no figure to reach (real38: a procedure list's names in bench/gold/fresh3 carry no target).

Inputs are written for the kind, not copied from the gold documents."""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\n\nSố: 771/QĐ-UBND\n\nHòa Bình, ngày 03 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n"
         "Về việc phân cấp thẩm quyền giải quyết một số việc\n\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\nQUYẾT ĐỊNH:\n\n")
_TAIL = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nBùi Văn Nam\n"


def _targets(body):
    return [t.text for t in extract(_HEAD + body + _TAIL).targets]


def test_a_case_reaching_over_several_communes_is_no_target():
    for body in ("Điều 1. Ủy ban nhân dân tỉnh cấp phép khai thác cát đối với mỏ nằm trên địa bàn từ 02 xã trở lên; "
                 "mỏ nằm trong một xã do Ủy ban nhân dân xã cấp phép.",
                 "Điều 1. Phê duyệt tuyến vận tải khách (đi qua từ hai huyện trở lên) do Sở Xây dựng thực hiện."):
        assert _targets(body) == [], body


def test_a_share_of_communes_to_reach_stays_a_target():
    # a goal over communes, no case: "ít nhất 05 xã" is a floor the plan sets
    got = _targets("Điều 1. Phấn đấu đến hết năm 2027 có ít nhất 05 xã trên địa bàn tỉnh đạt chuẩn nông thôn mới kiểu mẫu.")
    assert any("05 xã" in t for t in got), got
