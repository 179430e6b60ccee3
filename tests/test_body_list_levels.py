"""A long subject that lists the Government's kinds of bodies and the local governments of several levels: "Bộ trưởng
các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực
thuộc Trung ương <verb> …", the opening of many central Công văn. "cơ quan ngang bộ" / "cơ quan thuộc Chính phủ" head a
part as a body, and a level after a comma ("các tỉnh, thành phố …", "các huyện, thị xã, thành phố") continues the part
before it: the whole list is the subject, not a sentence with no actor.

The sentences are written for these tests, in the kind's grammar, never copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.deadlines import split_actor

_HEADS = ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các "
          "tỉnh, thành phố trực thuộc Trung ương")


def test_central_list_with_levels_is_the_subject():
    who, what = split_actor(f"{_HEADS} khẩn trương rà soát các dự án đầu tư công chậm giải ngân, gửi kết quả về Bộ "
                            "Tài chính")
    assert who == _HEADS
    assert what.startswith("khẩn trương rà soát")


def test_levels_of_districts_continue_their_part():
    heads = ("Thủ trưởng Sở Y tế, Thủ trưởng Công an tỉnh, Thủ trưởng cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân "
             "dân các huyện, thị xã, thành phố")
    who, _ = split_actor(f"{heads} kiểm tra liên ngành các cơ sở kinh doanh thuốc trong quý IV")
    assert who == heads


def test_a_level_alone_after_a_body_is_no_continuation():
    # "cơ quan" is no level: "…, các cơ quan, xã …" keeps its parts apart, and a bare "xã" heads no body
    who, _ = split_actor("Văn phòng Ủy ban nhân dân, các cơ quan, xã Hòa Bình, phường Tân An và các đơn vị sự nghiệp "
                         "thuộc Ủy ban nhân dân thành phố cùng các hội, đoàn thể cấp thành phố triển khai ngay việc "
                         "kiểm kê tài sản công")
    assert who is None


def test_central_letter_charges_the_listed_bodies():
    text = ("VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 4321/VPCP-KTTH\nV/v đẩy nhanh giải ngân vốn đầu tư công\n\nHà Nội, ngày 12 tháng 10 năm 2025\n\n"
            "Kính gửi: Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố.\n\n"
            "Xét đề nghị của Bộ Tài chính, Thủ tướng Chính phủ có ý kiến như sau:\n\n"
            f"1. {_HEADS} khẩn trương rà soát các dự án đầu tư công chậm giải ngân, điều chuyển vốn sang dự án có "
            "khả năng giải ngân tốt hơn.\n\n"
            "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n\n"
            "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn An\n")
    obligations = extract(text).obligations
    assert any(o.who == _HEADS and o.what.startswith("khẩn trương rà soát") for o in obligations)
