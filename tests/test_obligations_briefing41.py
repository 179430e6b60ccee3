"""A briefing's conclusions (Thông báo kết luận giao ban) charging bodies item by item (obl41b, session 41).

Kinds: the meeting's "giao ban" in the opening paragraph names no body ("… chủ trì cuộc họp giao ban đánh giá …"); a
body's colon closes the body even when its task opens in lower case ("Giao Tổ Thuế xã: không để …; nâng …"); a
request inside another body's item ("…; đề nghị các trường học gửi danh sách … trước ngày …") is an assignment of its
own, its date not the item's body's; a rate reached "trong tháng" is the target's period, no deadline. The texts are
written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 88/TB-UBND\nTân Phú, ngày 06 tháng 5 năm 2031\n\nTHÔNG BÁO\n"
         "Kết luận của Chủ tịch UBND xã tại buổi giao ban tháng 4 năm 2031\n\n"
         "Ngày 05/5/2031, Chủ tịch UBND xã chủ trì hội nghị giao ban rà soát kết quả công tác tháng 4, triển khai "
         "công tác tháng 5 năm 2031. Chủ tịch UBND xã kết luận như sau:\n\n")
_BODY = ("1. Giao Tổ Thuế xã: không để tồn đọng hồ sơ kê khai; nâng số hộ kinh doanh nộp thuế qua ứng dụng đạt "
         "trên 70% trong tháng 5/2031.\n\n"
         "2. Giao Phòng Văn hóa - Xã hội:\n\n"
         "- Tổng hợp hồ sơ đề nghị khen thưởng, trình Chủ tịch UBND xã trước ngày 28/5/2031; đề nghị các trường học "
         "gửi danh sách học sinh tiêu biểu về Phòng trước ngày 20/5/2031.\n\n"
         "- Hướng dẫn các thôn tổ chức Ngày hội thiếu nhi.\n\n"
         "3. Về kiến nghị của các thôn\n\n"
         "- Thống nhất chủ trương lắp đèn chiếu sáng đường liên thôn; giao thôn Tân Lập khảo sát, lập dự toán.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n")


def _rows():
    return extraction_to_json(extract(_HEAD + _BODY))


def test_a_briefing_meeting_names_no_body():
    got = _rows()
    assert not any("ban rà soát" in (o["who"] or "").lower() or (o["who"] or "").lower().startswith("ban ")
                   for o in got["obligations"]), [o["who"] for o in got["obligations"]]


def test_a_body_colon_before_a_lower_case_task():
    whos = [o["who"] for o in _rows()["obligations"]]
    assert "Tổ Thuế xã" in whos, whos


def test_a_rate_reached_within_a_month_is_no_deadline():
    got = _rows()
    assert not any(d["earliest"] == "2031-05-01" and d["latest"] == "2031-05-31" for d in got["deadlines"]), got["deadlines"]
    tram = [o for o in got["obligations"] if o["who"] == "Tổ Thuế xã"]
    assert tram and all(o["deadline"] is None for o in tram), tram


def test_a_request_inside_another_bodys_item_is_a_block_of_its_own():
    rows = _rows()["obligations"]
    phong = [o for o in rows if o["who"].startswith("Phòng Văn hóa")]
    truong = [o for o in rows if "trường học" in o["who"]]
    assert phong and truong, [(o["who"], o["block"]) for o in rows]
    assert {o["block"] for o in phong}.isdisjoint({o["block"] for o in truong})
    assert truong[0]["deadline"]["date"] == "2031-05-20"
