"""A lead and its partners split by a semicolon are one task (issue 9, obligations; session-14 newcomer).

"Văn phòng Đảng ủy chủ trì; Ban Xây dựng Đảng, Công an phường phối hợp bố trí lịch …" gave an empty "chủ trì" task
for the Văn phòng and a task for "Ban Xây dựng Đảng, Công an phường". The letter is written for this test in the
style of a ward Party committee's Công văn.
"""

from __future__ import annotations

from vanban.extract import extract

_CV = """ĐẢNG BỘ PHƯỜNG THƯỢNG THANH
ĐẢNG ỦY PHƯỜNG
Số 512-CV/ĐU
Thượng Thanh, ngày 18 tháng 11 năm 2026
V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026

Kính gửi: Các chi bộ trực thuộc

1. Các chi bộ trực thuộc lãnh đạo đảng viên tham gia đầy đủ Ngày hội tại khu dân cư.
2. Văn phòng Đảng ủy chủ trì; Ban Xây dựng Đảng, Công an phường phối hợp bố trí lịch để các đồng chí Ủy viên Ban \
Thường vụ dự Ngày hội, hoàn thành trước ngày 14/11/2026.
3. Ban Tuyên giáo và Dân vận chủ trì, phối hợp với Văn phòng Đảng ủy tuyên truyền về Ngày hội.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Đỗ Thị Lan Anh
"""


def test_lead_then_partners_with_the_task_is_one_obligation():
    obs = extract(_CV).obligations
    rows = [(o.who, o.partners, o.what[:20], o.deadline.date if o.deadline else None) for o in obs]
    assert ("Văn phòng Đảng ủy", "Ban Xây dựng Đảng, Công an phường", "bố trí lịch để các đ", "2026-11-14") in rows
    assert not any(o.what.strip(" .;") in ("chủ trì", "phối hợp") for o in obs)
    assert len(obs) == 3


def test_a_partner_name_ends_where_the_task_verb_starts():
    # the demo's 03-CT/ĐU and the session-14 end newcomer: "Ban Xây dựng Đảng theo dõi" gave the partner "Ban Xây
    # dựng Đảng theo" and the task "Dõi, đôn đốc …"
    from vanban.extract.partners import partners_in

    assert partners_in("chủ trì, phối hợp với Ban Xây dựng Đảng theo dõi, đôn đốc, kiểm tra việc thực hiện "
                       "Chỉ thị") == "Ban Xây dựng Đảng"
    assert partners_in("chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ") == "Văn phòng Đảng ủy"


def test_phan_dau_ends_the_body():
    # the session-14 end newcomer: the body was "Phòng Kinh tế phấn đấu ít nhất 2/3 số thôn đạt chuẩn …"
    plan = ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG ANH\nSố: 70/KH-UBND\nĐông Anh, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
            "Xây dựng nông thôn mới năm 2026\n\n1. Phòng Kinh tế phấn đấu ít nhất 02 thôn đạt chuẩn nông thôn mới "
            "kiểu mẫu trong năm 2026.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert [o.who for o in extract(plan).obligations] == ["Phòng Kinh tế"]


def test_partners_clause_with_chat_che_or_cung_joins_its_lead():
    """"… chủ trì; Ban Xây dựng Đảng, Công an phường phối hợp chặt chẽ bố trí lịch …", "… phối hợp cùng …": the
    partners' opening words are those :mod:`vanban.extract.partners` knows; the task keeps none of them."""
    for opening in ("phối hợp chặt chẽ", "phối hợp cùng"):
        obs = extract(_CV.replace("phối hợp bố trí lịch", opening + " bố trí lịch")).obligations
        lead = [o for o in obs if o.who == "Văn phòng Đảng ủy"]
        assert len(lead) == 1 and lead[0].what.startswith("bố trí lịch"), opening
        assert lead[0].partners == "Ban Xây dựng Đảng, Công an phường"
