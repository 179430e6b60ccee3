"""Session 52 (obl52b): the issuer's discretion — "Khi cần thiết, <the issuer or its head> …" — is no duty.

The labels README counts statements of competence (who decides what) out of obligations; the sets agree for this
clause: a50-09 ("Khi cần thiết, Chủ tịch Ủy ban nhân dân xã điều chỉnh việc phân công …", its notes: "who decides
adjustments: statements of competence"), a30-01, t23-08 and a49-05 leave such a clause out, none labels it. Another
body's task "khi cần thiết" in the issuer's plan stays a task. Text written in the documents' style.
"""
import pytest

from vanban.extract import extract

_DECISION = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG LỘC\nSố: 52/QĐ-UBND\nHưng Lộc, ngày 04 tháng 8 năm 2031\n\nQUYẾT ĐỊNH\n"
             "Về việc phân công nhiệm vụ các thành viên Ủy ban nhân dân xã\n\n**Điều 1.** Phân công nhiệm vụ như sau:\n\n"
             "1. Ông Trần Văn Bình - Phó Chủ tịch Ủy ban nhân dân xã: theo dõi, chỉ đạo lĩnh vực nông nghiệp, "
             "thủy lợi, giao thông.\n\n**Điều 2.** Chế độ làm việc\n\n1. Các Ủy viên Ủy ban nhân dân xã báo cáo Chủ "
             "tịch Ủy ban nhân dân xã kết quả công tác trước ngày 25 hằng tháng.\n\n{sent}\n\n"
             "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký./.\n")


@pytest.mark.parametrize("sent", [
    "2. Khi cần thiết, Chủ tịch Ủy ban nhân dân xã điều chỉnh việc phân công nhiệm vụ giữa các thành viên.",
    "2. Trường hợp cần thiết, Ủy ban nhân dân xã sửa đổi, bổ sung Quy chế làm việc cho phù hợp.",
    "2. Trong trường hợp cần thiết, Chủ tịch triệu tập phiên họp bất thường của Ủy ban nhân dân xã.",
])
def test_issuer_s_discretion_is_no_duty(sent):
    obs = extract(_DECISION.format(sent=sent)).obligations
    assert not any("Chủ tịch" in o.who and "Phó" not in o.who or o.who.startswith("Ủy ban nhân dân xã")
                   for o in obs), [(o.who, o.what) for o in obs]


def test_another_body_when_needed_stays_a_task():
    obs = extract(_DECISION.format(sent="2. Khi cần thiết, Công an xã bố trí lực lượng bảo vệ các cuộc họp của "
                                        "Ủy ban nhân dân xã.")).obligations
    assert any(o.who == "Công an xã" and o.what.startswith("bố trí lực lượng") for o in obs), \
        [(o.who, o.what) for o in obs]


def test_party_standing_board_s_extra_meeting_is_no_duty():
    text = ("ĐẢNG BỘ PHƯỜNG HƯNG LỘC\nBAN THƯỜNG VỤ\nSố: 08-CTr/ĐU\nHưng Lộc, ngày 05 tháng 01 năm 2031\n\n"
            "CHƯƠNG TRÌNH\nCông tác năm 2031\n\nI. CHẾ ĐỘ LÀM VIỆC\n\nBan Thường vụ họp thường kỳ hằng tuần vào sáng thứ "
            "Hai. Khi cần thiết, Ban Thường vụ họp bất thường.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Đảng ủy theo "
            "dõi, đôn đốc thực hiện Chương trình.\n")
    assert [o.who for o in extract(text).obligations] == ["Văn phòng Đảng ủy"], \
        [(o.who, o.what) for o in extract(text).obligations]


@pytest.mark.parametrize("opening, who, kept", [
    ("4. Khi cần thiết, ", "Chủ tịch Ủy ban nhân dân xã", False),   # a50-09's form: the issuer's head
    ("…; trường hợp cần thiết, ", "Chủ tịch", False),                 # a30-01's form: the head named bare
    ("Khi cần thiết, ", "Tổ trưởng", True),                           # a47-07's form: a team's head, not the issuer's
    ("Khi cần thiết, ", "Công an xã", True),                          # another body's contingent task
    ("Khi kết thúc đợt cấp đổi, ", "Chủ tịch Ủy ban nhân dân xã", True),  # a time clause, no discretion
])
def test_own_discretion_opening_and_body(opening, who, kept):
    from vanban.extract.issuer_self import own_discretion
    assert own_discretion(opening, who, "ỦY BAN NHÂN DÂN XÃ HƯNG LỘC") is not kept
