"""Obligations of session 34's kinds (obl34c), each read end to end from a document written here in the kind's wording.

* "Các hộ chăn nuôi" as a whole heading over its tasks: the households that act, a role heading (t33-04's kind).
* "Các cơ quan, đơn vị, thôn, bản báo cáo …": "bản" after "thôn" is a village, no "Ban" whose name the verb goes on.
* "Tiểu ban Nội dung (Trưởng tiểu ban: …)": a colon inside the heading's bracket opens no topic; the line heads the item.
* "Ban Chỉ đạo giảm nghèo, rà soát hộ nghèo xã" as a heading: the remit's verb is the board's name, no task.
"""

from __future__ import annotations

from vanban.extract import extract

_UBND = """ỦY BAN NHÂN DÂN
XÃ {place}

Số: {number}/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{place_title}, ngày 02 tháng 02 năm 2030

KẾ HOẠCH
{title}

I. MỤC ĐÍCH, YÊU CẦU

Tổ chức thiết thực, an toàn, tiết kiệm.

II. NỘI DUNG

"""
_UBND_TAIL = """
Nơi nhận:
- UBND huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""


def _ubnd(place: str, number: str, title: str, body: str) -> str:
    return _UBND.format(place=place.upper(), place_title=place, number=number, title=title) + body + _UBND_TAIL


def test_households_named_by_their_trade_as_a_heading_are_charged():
    text = _ubnd("Phù Ninh", "40", "Tiêm phòng gia súc, gia cầm năm 2030",
                 "1. Tiêm phòng đợt 1 trong tháng 4/2030.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                 "1. Trạm Chăn nuôi và Thú y\n\nCung ứng vắc xin, hướng dẫn kỹ thuật tiêm phòng.\n\n"
                 "2. Các hộ chăn nuôi\n\nKhai báo đủ số gia súc, gia cầm với trưởng thôn; nhốt giữ vật nuôi để tiêm.\n")
    ex = extract(text)
    assert "Các hộ chăn nuôi" in [o.who for o in ex.obligations]


def test_villages_after_their_pair_word_are_no_ban_of_a_name():
    text = _ubnd("Mường Lát", "52", "Phòng, chống ma túy năm 2030",
                 "1. Tuyên truyền tại các thôn, bản.\n\nIII. CHẾ ĐỘ BÁO CÁO\n\n"
                 "Các cơ quan, đơn vị, thôn, bản báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/6/2030.\n")
    ex = extract(text)
    got = {o.who: o.deadline.date if o.deadline else None for o in ex.obligations}
    assert got.get("Các cơ quan, đơn vị, thôn, bản") == "2030-06-20"


def test_a_colon_inside_a_headings_bracket_keeps_the_body_heading():
    text = _ubnd("Đại Từ", "61", "Tổ chức Hội thi văn nghệ quần chúng năm 2030",
                 "1. Thời gian, địa điểm do Ban Tổ chức thông báo sau.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                 "1. Tiểu ban Nội dung (Trưởng tiểu ban: Phó Chủ tịch Ủy ban nhân dân xã)\n\n"
                 "Xây dựng thể lệ hội thi; mời ban giám khảo; tổng hợp kết quả chấm thi.\n\n"
                 "2. Tiểu ban Hậu cần\n\nChuẩn bị sân khấu, âm thanh, ánh sáng.\n")
    ex = extract(text)
    assert {"Tiểu ban Nội dung", "Tiểu ban Hậu cần"} <= {o.who for o in ex.obligations}


def test_a_steering_board_named_by_its_remit_and_level_heads_its_block():
    text = _ubnd("Hòa An", "73", "Rà soát hộ nghèo, hộ cận nghèo năm 2030",
                 "1. Rà soát tại các thôn trong tháng 9/2030.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                 "1. Ban Chỉ đạo giảm nghèo, rà soát hộ nghèo xã\n\n"
                 "Chỉ đạo, kiểm tra quá trình rà soát; giải quyết khiếu nại của hộ dân.\n\n"
                 "2. Công an xã\n\nCung cấp thông tin nhân khẩu khi được đề nghị.\n")
    ex = extract(text)
    assert "Ban Chỉ đạo giảm nghèo, rà soát hộ nghèo xã" in [o.who for o in ex.obligations]
