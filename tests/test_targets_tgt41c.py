"""Targets of the kinds of tune40's documents (tgt41c, session 41): tables of figures per thôn.

A Phụ lục of each unit's quota beside the counts it was drawn from and the quota's rate (the buffaloes and cows
counted, the herd, then the quota to vaccinate and its share of the herd): the quota and its rate are goals, the
counts where things stand. A
bare head naming the quota and its year ("Chỉ tiêu … năm 2033") is a kind column. A table of supplies a plan hands
out to its units ("… cấp phát cho các tổ dân phố như sau:") is one of quotas, beside the whole herd or households
counted. Each text below is written for these tests in the style of such documents, not copied from a labelled one;
the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc, signature

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="PHƯỜNG AN PHÚ", number=77, date=(10, 3, 2033), signer="Trần Văn Bình")
_SIGN = signature(_DOC["signer"])  # also closes a body before its Phụ lục


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_QUOTA_WITH_BASE = ("I. MỤC ĐÍCH\n\nKhống chế bệnh lở mồm long móng trên đàn gia súc.\n" + _SIGN +
                    "\n**PHỤ LỤC**\n\n**ĐÀN TRÂU, BÒ VÀ CHỈ TIÊU TIÊM VẮC XIN LỞ MỒM LONG MÓNG NĂM 2033**\n\n"
                    "| TT | Tổ dân phố | Số hộ chăn nuôi | Số trâu (con) | Số bò (con) | Tổng đàn (con) |"
                    " Chỉ tiêu tiêm vắc xin (con) | Tỷ lệ (%) | Ghi chú |\n"
                    "|:-:|---|--:|--:|--:|--:|--:|--:|---|\n"
                    "| 1 | Tổ 1 | 40 | 61 | 139 | 200 | 180 | 90,0 | |\n"
                    "| 2 | Tổ 2 | 35 | 48 | 112 | 160 | 140 | 87,5 | |\n"
                    "| | **Toàn phường** | **75** | **109** | **251** | **360** | **320** | **88,9** | |\n")


def test_a_quota_phu_luc_reads_the_quota_and_its_rate_not_the_herd_counted():
    got = _t(_QUOTA_WITH_BASE)
    assert (180.0, 180.0, "con") in got and (140.0, 140.0, "con") in got and (320.0, 320.0, "con") in got
    assert (90.0, 90.0, "%") in got and (87.5, 87.5, "%") in got and (88.9, 88.9, "%") in got
    for herd in (61.0, 139.0, 200.0, 48.0, 112.0, 160.0, 109.0, 251.0, 360.0):
        assert not any(lo == herd for lo, _, _ in got)  # the buffaloes, cows and herd each tổ holds: the base


_YEAR_NAMED_QUOTA = ("I. MỤC ĐÍCH\n\nĐo đạc, chỉnh lý bản đồ địa chính.\n" + _SIGN +
                     "\n**PHỤ LỤC**\n\n**CHỈ TIÊU ĐO ĐẠC THỬA ĐẤT NĂM 2033 THEO TỔ DÂN PHỐ**\n\n"
                     "| TT | Tổ dân phố | Số thửa chưa đo đạc | Chỉ tiêu thửa đất hoàn thành đo đạc năm 2033 | Tỷ lệ (%) |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Tổ 3 | 210 | 168 | 80,0 |\n| 2 | Tổ 4 | 90 | 81 | 90,0 |\n")


def test_a_bare_quota_head_naming_its_year_is_a_kind_column():
    got = _t(_YEAR_NAMED_QUOTA)
    assert (168.0, 168.0, "thửa đất") in got and (81.0, 81.0, "thửa đất") in got
    assert (80.0, 80.0, "%") in got and (90.0, 90.0, "%") in got
    assert not any(lo in (210.0,) for lo, _, _ in got)  # the plots not yet surveyed: where each tổ stands


_SUPPLIES_HANDED_OUT = ("2. Phun khử khuẩn\n\nMỗi tổ dân phố phun khử khuẩn nơi công cộng.\n\n"
                        "Dự kiến lượng Cloramin B, bình phun cấp phát cho các tổ dân phố như sau:\n\n"
                        "| TT | Tổ dân phố | Tổng số hộ (hộ) | Cloramin B (kg) | Bình phun (cái) |\n"
                        "|---|---|---|---|---|\n"
                        "| 1 | Tổ 5 | 310 | 62 | 4 |\n| 2 | Tổ 6 | 245 | 49 | 3 |\n"
                        "| | Tổng cộng | 555 | 111 | 7 |\n")


def test_a_table_of_supplies_handed_out_per_unit_is_read_beside_the_households_counted():
    got = _t(_SUPPLIES_HANDED_OUT)
    assert (62.0, 62.0, "kg") in got and (49.0, 49.0, "kg") in got and (111.0, 111.0, "kg") in got
    assert (4.0, 4.0, "cái") in got and (3.0, 3.0, "cái") in got and (7.0, 7.0, "cái") in got
    assert not any(u == "hộ" for _, _, u in got)  # the households each tổ has: the base


_CH = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 05/CT-UBND\nHòa An, ngày 02 tháng 12 năm 2032\n\nCHỈ THỊ\n"
       "Về phòng, chống thiên tai mùa mưa bão\n\n")


def _c(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_CH + body + "\nCHỦ TỊCH\nPhạm Văn Hòa\n").targets]


def test_a_response_time_in_minutes_after_a_case_is_a_time_limit():
    got = _c("b) Khi có sạt lở, tổ xung kích của thôn tiếp cận khu vực nguy hiểm không quá 20 phút và báo ngay cho "
             "Ban Chỉ huy xã.\n")
    assert (None, 20.0, "phút") in got


def test_works_due_by_a_day_after_the_comma_of_done():
    got = _c("a) Ban quản lý dự án: nạo vét, mở rộng 4,2 km kênh tiêu, xong trước ngày 28/02/2033; kiểm tra các cống.\n")
    assert (4.2, 4.2, "km") in got


def test_a_count_a_task_is_to_get_through_by_its_due_day():
    got = _c("2. Giao Trưởng thôn Bình Lợi chủ trì vận động 09 hộ còn ở vùng sạt lở di dời đến nơi an toàn "
             "trước ngày 15/01/2033.\n")
    assert (9.0, 9.0, "hộ") in got


def test_rounds_held_within_the_half_year():
    got = _c("**3. Ra quân vệ sinh môi trường**\n\nTổ chức 03 đợt trong 6 tháng đầu năm:\n\n"
             "- Đợt 1: tháng 01/2033;\n\n- Đợt 2: tháng 3/2033;\n\n- Đợt 3: tháng 5/2033.\n")
    assert (3.0, 3.0, "đợt") in got


def test_a_count_ready_by_the_day_it_is_handed_in():
    got = _c("- Giao công chức Văn hóa - Xã hội rà soát 18 hồ sơ đề nghị trợ cấp, gửi Ủy ban nhân dân xã "
             "trước ngày 10/01/2033.\n")
    assert (18.0, 18.0, "hồ sơ") in got
