"""Session 46 (obl46t): tune45's kinds of obligation, each in forms written here in the documents' style.

* a Party rule's office-holder who "tiếp dân" (the short form of "tiếp công dân") is charged with it, as with "tiếp
  công dân" (t45-08; "việc tiếp dân", "lịch tiếp dân", "sau tiếp dân" name the act, no one);
* a Tờ trình's item "Kính trình Hội đồng nhân dân xã xem xét, thông qua …" requests the council it is addressed to,
  as "Đề nghị …" does (realdocs/labeled/README.md: requests to bodies outside the issuer's line; t45-07); the issuer's
  own "Ủy ban nhân dân xã kính trình …" and the closing "Kính trình … xem xét, quyết định./." charge no one.
"""

from vanban.extract import extract

PARTY_HEAD = ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN\nĐẢNG ỦY XÃ ĐÔNG HÒA\n\nSố: 07-QĐi/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Đông Hòa, ngày 12 tháng 01 năm 2035\n\nQUY ĐỊNH\n\nvề tiếp dân, đối thoại của người đứng đầu\n\n")


def _obligations(head: str, body: str) -> dict[str, str | None]:
    return {o.who: (o.deadline.date if o.deadline else None) for o in extract(head + body).obligations}


def test_an_office_holder_who_receives_citizens_is_charged():
    body = """**Điều 3. Tiếp dân định kỳ**

1. Bí thư Đảng ủy xã tiếp dân định kỳ ít nhất 01 ngày trong tháng, vào ngày 20 hằng tháng tại Trụ sở Đảng ủy.

2. Phó Bí thư Thường trực Đảng ủy trực tiếp tiếp dân khi Bí thư vắng mặt.

**Điều 4. Tổ chức thực hiện**

Văn phòng Đảng ủy tổng hợp kết quả sau tiếp dân, báo cáo Ban Thường vụ trước ngày 25 hằng tháng.
"""
    got = _obligations(PARTY_HEAD, body)
    assert got["Bí thư Đảng ủy xã"] == "2035-01-20"
    assert "Phó Bí thư Thường trực Đảng ủy" in got
    assert got["Văn phòng Đảng ủy"] == "2035-01-25"
    assert not [w for w in got if "tiếp dân" in w]  # the act is no body's name


UBND_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\nSố: 15/TTr-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nPhú Lộc, ngày 02 tháng 3 năm 2035\n\nTỜ TRÌNH\n\n"
             "Về việc đề nghị thông qua Đề án phát triển chợ nông thôn xã Phú Lộc giai đoạn 2035 - 2037\n\n"
             "Kính gửi: Hội đồng nhân dân xã Phú Lộc.\n\n")


def test_a_submission_to_the_council_is_the_councils_obligation():
    body = """Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, thông qua Đề án phát triển chợ nông thôn, cụ thể như sau:

**I. SỰ CẦN THIẾT**

Chợ xã xuống cấp, không bảo đảm vệ sinh an toàn thực phẩm.

**II. ĐỀ XUẤT**

1. Kính trình Hội đồng nhân dân xã xem xét, thông qua Nghị quyết về Đề án phát triển chợ nông thôn tại kỳ họp thường lệ giữa năm 2035.

2. Đề nghị Thường trực Hội đồng nhân dân xã phân công Ban Kinh tế - Xã hội thẩm tra Đề án trước ngày 20/3/2035.

Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, quyết định./.
"""
    ext = extract(UBND_HEAD + body)
    who = [o.who for o in ext.obligations]
    assert who.count("Hội đồng nhân dân xã") == 1  # the item's request; neither the opening nor the closing formula
    assert "Thường trực Hội đồng nhân dân xã" in who
    assert "Ủy ban nhân dân xã" not in who


def test_a_bans_submission_to_the_standing_committee():
    head = ("ĐẢNG BỘ TỈNH NINH BÌNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n\nSố: 45-TTr/BTGDV\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Ninh Bình, ngày 10 tháng 02 năm 2035\n\nTỜ TRÌNH\n\nvề dự thảo Kế hoạch tuyên truyền năm 2035\n\n")
    body = """Thực hiện Chương trình công tác năm 2035, Ban Tuyên giáo và Dân vận xây dựng dự thảo Kế hoạch tuyên truyền.

Kính trình Thường trực Tỉnh ủy xem xét, cho ý kiến đối với dự thảo Kế hoạch để ban hành trước ngày 28/02/2035.

Kính trình Thường trực Tỉnh ủy xem xét, quyết định./.
"""
    ext = extract(head + body)
    asked = [o for o in ext.obligations if o.who == "Thường trực Tỉnh ủy"]
    assert len(asked) == 1 and asked[0].deadline and asked[0].deadline.date == "2035-02-28"
