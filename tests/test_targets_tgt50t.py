"""Targets of the kinds tune49 read wrongly (tgt50t, session 50).

- A roster of the forces and means a plan musters, "Lực lượng, phương tiện | Số lượng | Ghi chú", each count printed
  with its noun ("32 đồng chí", "03 xe"): each row one target, min = max (:mod:`vanban.extract.roster_rows`; the older
  sets label such a list of forces and means wherever printed: a32-05, t32-05, a36-06 — not the forces a duty table
  puts at each post, a44-02, t44-02, a46-01, t46-01, which this does not read).
- The members a mass body posts, "Đoàn Thanh niên xã bố trí 50 đoàn viên" (as "bố trí 30 tình nguyện viên", a33-07).
- A count of rounds laid out right below its paragraph, in a table or a list ("Tổ chức 04 đợt chiến dịch …:" over "|
  Đợt 1 | …", a43-07's "- Đợt 1: …"), and a round's length "mỗi đợt kéo dài 10 ngày".
- "Không để xảy ra tử vong do …" with no counter among a plan's Chỉ tiêu: a cap of 0 (not in "Mục tiêu chung").
- The autumn crop's "vụ Hè Thu 27,5 ha": an area, not an ordinal "thứ".

Each text is written for these tests in the style of a xã's or phường's plans (other places, figures and wording than
the labelled documents); the values follow ``../shared/realdocs/labeled/README.md`` and the older sets' labels.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN QUẢNG NINH\nỦY BAN NHÂN DÂN XÃ VĨNH NINH\nSố: 27/KH-UBND\n"
         "Vĩnh Ninh, ngày 12 tháng 02 năm 2036\n\nKẾ HOẠCH\nTổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn "
         "năm 2036\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


# --- a roster of forces and means ----------------------------------------------------------------------------------

_ROSTER = ("**II. LỰC LƯỢNG, PHƯƠNG TIỆN THAM GIA**\n\n"
           "| Lực lượng, phương tiện | Số lượng | Ghi chú |\n|---|---|---|\n"
           "| Dân quân cơ động | 27 đồng chí | 01 trung đội |\n"
           "| Công an xã | 12 đồng chí | |\n"
           "| Hội Chữ thập đỏ xã | 15 người | Sơ cấp cứu |\n"
           "| Ca nô, thuyền máy | 04 chiếc | Huy động của ngư dân |\n"
           "| **Tổng cộng** | **54 người; 04 chiếc** | |\n\n"
           "**III. THỜI GIAN**\n\nThời gian chuẩn bị từ ngày 01/3/2036 đến ngày 30/4/2036.\n")


def test_each_row_of_a_roster_is_what_the_plan_musters():
    got = _t(_ROSTER)
    for want in [(27.0, 27.0, "đồng chí"), (12.0, 12.0, "đồng chí"), (15.0, 15.0, "người"), (4.0, 4.0, "chiếc")]:
        assert want in got
    assert not [g for g in got if g[0] == 54.0]  # the total row sums the rows


def test_a_roster_row_is_quoted_by_its_cells():
    ts = extract(_HEAD + _ROSTER + _TAIL).targets
    assert "Dân quân cơ động | 27 đồng chí" in [t.text for t in ts]


@pytest.mark.parametrize("header", [
    "| TT | Lực lượng tham gia | Quân số | Ghi chú |\n|---|---|---|---|\n",
    "| STT | Phương tiện, trang bị | Số lượng | Ghi chú |\n|---|---|---|---|\n",
])
def test_a_roster_with_its_number_column(header):
    body = ("**II. LỰC LƯỢNG**\n\n" + header
            + "| 1 | Tổ xung kích các thôn | 40 người | |\n| 2 | Xe cứu thương | 01 xe | Trạm Y tế xã |\n"
            "| 3 | Máy phát điện | 02 máy | |\n\n**III. TỔ CHỨC THỰC HIỆN**\n\nCác thôn chuẩn bị lực lượng.\n")
    got = _t(body)
    assert (40.0, 40.0, "người") in got and (1.0, 1.0, "xe") in got and (2.0, 2.0, "máy") in got


def test_a_table_of_estimated_counts_is_no_roster():
    # "Số lượng dự kiến": what the plan expects to use, no muster (authored48's authors: planned quantities, not goals)
    body = ("**II. VẬT TƯ**\n\n| Lực lượng, phương tiện | Số lượng dự kiến | Ghi chú |\n|---|---|---|\n"
            "| Hộ dân cần sơ tán | 86 hộ | |\n| Người cần sơ tán | 310 người | |\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\nCác thôn rà soát danh sách.\n")
    got = _t(body)
    assert (86.0, 86.0, "hộ") not in got and (310.0, 310.0, "người") not in got


def test_the_forces_a_duty_table_puts_at_each_post_are_no_roster():
    # a column of forces beside the place and the time (a44-02's, t44-02's kind: unlabelled)
    body = ("**II. NỘI DUNG**\n\n| TT | Tuyến, địa bàn | Thời gian | Lực lượng | Đơn vị chủ trì |\n|---|---|---|---|---|\n"
            "| 1 | Ngã ba chợ Vĩnh Ninh | Từ 20/01 đến 10/02/2036 | 03 công an, 02 dân quân | Công an xã |\n"
            "| 2 | Bến đò thôn Đông | Từ 25/01 đến 05/02/2036 | 04 đoàn viên | Đoàn Thanh niên xã |\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\nCông an xã chủ trì thực hiện.\n")
    got = _t(body)
    assert not [g for g in got if g[2] in ("công an", "dân quân", "đoàn viên")]


# --- the members a mass body posts --------------------------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("Đề nghị Đoàn Thanh niên xã bố trí 40 đoàn viên phục vụ hậu cần trong những ngày diễn tập.", (40.0, 40.0, "đoàn viên")),
    ("Hội Cựu chiến binh xã cử 12 hội viên tham gia tổ tuần tra bảo vệ đê.", (12.0, 12.0, "hội viên")),
])
def test_the_members_a_body_posts_are_counted(line, want):
    got = _t("**IV. TỔ CHỨC THỰC HIỆN**\n\n**3. Các đoàn thể**\n\n" + line + "\n")
    assert want in got


def test_members_sent_in_a_past_year_are_no_target():
    body = "**I. KẾT QUẢ NĂM 2035**\n\nNăm 2035, Đoàn Thanh niên xã đã cử 25 đoàn viên tham gia dọn vệ sinh.\n"
    assert (25.0, 25.0, "đoàn viên") not in _t(body)


# --- rounds laid out below their count; a round's length --------------------------------------------------------

_CAMPAIGN_HEAD = ("ỦY BAN NHÂN DÂN QUẬN NGŨ HÀNH SƠN\nỦY BAN NHÂN DÂN PHƯỜNG HÒA HẢI\nSố: 33/KH-UBND\n"
                  "Hòa Hải, ngày 02 tháng 3 năm 2036\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh năm 2036\n\n"
                  "**II. NỘI DUNG HOẠT ĐỘNG**\n\n")


def test_rounds_in_a_table_below_make_the_count_a_quota():
    body = ("**1. Chiến dịch vệ sinh môi trường**\n\n"
            "Tổ chức 03 đợt chiến dịch trên toàn phường, mỗi đợt kéo dài 07 ngày:\n\n"
            "| Đợt | Thời gian | Phạm vi |\n|---|---|---|\n| Đợt 1 | Từ 06/4 đến 12/4/2036 | Toàn phường |\n"
            "| Đợt 2 | Từ 08/6 đến 14/6/2036 | Các tổ dân phố ven sông |\n| Đợt 3 | Từ 07/9 đến 13/9/2036 | Toàn phường |\n")
    got = _t(body, _CAMPAIGN_HEAD)
    assert (3.0, 3.0, "đợt") in [(a, b, u.split()[0]) for a, b, u in got]
    assert (7.0, 7.0, "ngày") in got


def test_rounds_in_a_list_below_make_the_count_a_quota():
    body = ("**2. Hiến máu tình nguyện**\n\nTổ chức 03 đợt hiến máu tình nguyện, phối hợp với Trung tâm Y tế quận tiếp "
            "nhận máu:\n\n- Đợt 1: ngày 22/3/2036, tại Hội trường UBND phường.\n\n- Đợt 2: ngày 14/6/2036, tại Nhà văn hóa "
            "tổ 5.\n\n- Đợt 3: ngày 20/9/2036, tại Trường THCS Hòa Hải.\n")
    got = _t(body, _CAMPAIGN_HEAD)
    assert (3.0, 3.0, "đợt") in [(a, b, u.split()[0]) for a, b, u in got]


def test_rounds_without_a_schedule_below_stay_an_occasion():
    body = "**1. Truyền thông**\n\nTổ chức 02 đợt truyền thông trên loa truyền thanh phường.\n\n**2. Giám sát**\n\nGiám sát ca bệnh.\n"
    assert not [g for g in _t(body, _CAMPAIGN_HEAD) if g[2] and g[2].startswith("đợt")]


# --- no deaths, no counter printed ------------------------------------------------------------------------------

_AIMS = ("**I. MỤC TIÊU**\n\n**1. Mục tiêu chung**\n\nChủ động phòng, chống dịch; không để xảy ra tử vong do bệnh sởi.\n\n"
         "**2. Chỉ tiêu cụ thể**\n\n- Không để xảy ra tử vong do bệnh tay chân miệng.\n\n"
         "- 100% ổ dịch được xử lý kịp thời.\n\n**II. NỘI DUNG HOẠT ĐỘNG**\n\nGiám sát ca bệnh.\n")


def test_no_death_among_the_chi_tieu_is_a_cap_of_zero():
    ts = [t for t in extract(_CAMPAIGN_HEAD.replace("**II. NỘI DUNG HOẠT ĐỘNG**\n\n", "") + _AIMS + _TAIL).targets
          if t.max == 0]
    assert [(t.min, t.max, t.unit) for t in ts] == [(None, 0, "ca")]  # the Chỉ tiêu's, not the Mục tiêu chung's
    assert "tay chân miệng" in ts[0].text


def test_no_death_after_an_inline_general_aim_is_no_cap():
    # the general aim's label on the line itself (t34-09's layout): what the plan is for
    aims = ("**I. MỤC TIÊU**\n\n**1. Mục tiêu chung:** Hạn chế đến mức thấp nhất số ca mắc và không để xảy ra tử\n"
            "vong do bệnh sởi.\n\n**2. Chỉ tiêu:** 95% trẻ em được tiêm đủ 02 mũi vắc xin sởi.\n\n"
            "**II. NỘI DUNG HOẠT ĐỘNG**\n\nGiám sát ca bệnh.\n")
    ts = extract(_CAMPAIGN_HEAD.replace("**II. NỘI DUNG HOẠT ĐỘNG**\n\n", "") + aims + _TAIL).targets
    assert not [t for t in ts if t.max == 0]


# --- the autumn crop ------------------------------------------------------------------------------------------

def test_the_summer_autumn_crop_area_is_counted():
    head = _HEAD.replace("Tổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm 2036",
                         "Chuyển đổi cơ cấu cây trồng năm 2036")
    got = _t("**II. MỤC TIÊU**\n\n- Tổng diện tích chuyển đổi năm 2036 là 35,0 ha (vụ Đông Xuân 14,5 ha; vụ Hè Thu "
             "20,5 ha).\n", head)
    assert (20.5, 20.5, "ha") in got and (14.5, 14.5, "ha") in got and (35.0, 35.0, "ha") in got


# --- a kiểm điểm report's strengths -------------------------------------------------------------------------------

_REVIEW_HEAD = ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ NGHĨA KỲ\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 88-BC/ĐU\n\n"
                "Nghĩa Kỳ, ngày 10 tháng 01 năm 2036\n\n\nBÁO CÁO\n\nKIỂM ĐIỂM TẬP THỂ BAN THƯỜNG VỤ ĐẢNG ỦY XÃ NĂM 2035\n\n"
                "Thực hiện Hướng dẫn số 27-HD/BTCTU ngày 20/11/2035 của Ban Tổ chức Tỉnh ủy về kiểm điểm, đánh giá, xếp loại "
                "chất lượng tập thể, cá nhân năm 2035, Ban Thường vụ Đảng ủy xã báo cáo kiểm điểm tập thể như sau:\n\n")


def test_the_strengths_part_of_a_review_reports_the_past():
    body = ("II. ƯU ĐIỂM\n\n- Ban Thường vụ đoàn kết, thống nhất; phân công nhiệm vụ cụ thể cho từng đồng chí.\n\n"
            "- Lãnh đạo hoàn thành 13/15 chỉ tiêu chủ yếu; chỉ đạo giải quyết dứt điểm 12/14 vụ việc khiếu nại, tranh "
            "chấp đất đai tồn đọng.\n\nIII. HẠN CHẾ, KHUYẾT ĐIỂM\n\n1. Còn 02/15 chỉ tiêu chưa đạt.\n\n"
            "IV. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC\n\n- Phấn đấu năm 2036 kết nạp ít nhất 12 đảng viên mới.\n")
    got = extract(_REVIEW_HEAD + body + "\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nPhạm Văn Hùng\n").targets
    assert [(t.min, t.max) for t in got] == [(12.0, None)]
