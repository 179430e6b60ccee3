"""Targets in tables that set one figure per row (tbl38, session 38).

A pipe table whose header names its column what the plan sets for each row, with the unit in parentheses, gives one
target per row: a quota per unit with a single kind column ("TT | Chi hội | Chỉ tiêu phát triển hội viên (hội
viên)"), a quota per round of a campaign ("Đợt | Ngày | Địa điểm | Chỉ tiêu (đơn vị máu)"), a level per group ("TT |
Nhóm tuổi | Số người (dự kiến) | Mức quà (đồng/người)"). A count of people estimated or present gives none; a level per
item beside the table's own count of those items ("Số suất | Mức quà (đồng/suất)") is the item's price, the count the
target (:mod:`vanban.extract.gift_quotas`). Each text below is written for these tests in the style of such documents,
not copied from a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure →
min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ HÒA BÌNH", number=17, date=(12, 1, 2032), zero_month=True,
            title="Triển khai công tác năm 2032", signer="Trần Văn Bình")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_a_quota_table_with_one_kind_column_gives_each_units_quota():
    body = ("I. MỤC TIÊU\n\nNâng cao chất lượng hoạt động của các chi hội.\n\n"
            "II. CHỈ TIÊU GIAO CHO CÁC CHI HỘI\n\n"
            "| TT | Chi hội | Chỉ tiêu phát triển hội viên (hội viên) |\n|---|---|---|\n"
            "| 1 | Chi hội thôn Bến Đò | 12 |\n| 2 | Chi hội thôn Gò Cao | 07 |\n"
            "| 3 | Chi hội thôn Bãi Sậy | 09 |\n| | Tổng cộng | 28 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nCác chi hội triển khai thực hiện.\n")
    got = _t(body)
    assert {(12, 12, "hội viên"), (7, 7, "hội viên"), (9, 9, "hội viên")} <= set(got), got


def test_a_campaigns_rounds_each_give_their_quota_in_the_heads_unit():
    body = ("I. CHỈ TIÊU\n\nVận động nhân dân tham gia hiến máu tình nguyện.\n\n"
            "II. LỊCH CÁC ĐỢT VẬN ĐỘNG\n\n"
            "| Đợt vận động | Thời điểm | Nơi tổ chức | Chỉ tiêu tiếp nhận (đơn vị máu) |\n|:---|:---|:---|---:|\n"
            "| Đợt đầu xuân | Chủ Nhật, ngày 09/3/2032 | Sân Nhà văn hóa xã | 85 |\n"
            "| Đợt giữa năm | Thứ Bảy, ngày 14/6/2032 | Trường Tiểu học xã | 95 |\n"
            "| Đợt cuối năm | Chủ Nhật, ngày 23/11/2032 | Sân Nhà văn hóa xã | 75 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nBan Chỉ đạo xã chủ trì triển khai.\n")
    got = _t(body)
    assert {(85, 85, "đơn vị máu"), (95, 95, "đơn vị máu"), (75, 75, "đơn vị máu")} <= set(got), got
    assert not [g for g in got if g[0] in (9, 14, 23, 2032)], got


def test_a_level_per_group_is_the_target_and_the_estimated_count_is_not():
    body = ("I. NỘI DUNG\n\n1. Tặng quà người cao tuổi\n\nMức quà theo từng nhóm tuổi như sau:\n\n"
            "| STT | Nhóm tuổi | Năm sinh | Số người (dự kiến) | Mức tặng (đồng/người) | Ghi chú |\n"
            "|:---:|:---|:---|---:|---:|:---|\n"
            "| 1 | Từ 80 đến 89 tuổi | 1943 - 1952 | 57 | 150.000 | |\n"
            "| 2 | Từ 90 đến 99 tuổi | 1933 - 1942 | 14 | 350.000 | |\n"
            "| 3 | Từ 100 tuổi trở lên | Trước 1933 | 4 | 600.000 | Kèm thiếp mừng |\n"
            "| | Cộng | | 75 | | |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nHội Người cao tuổi xã phối hợp thực hiện.\n")
    got = _t(body)
    assert {(150000, 150000, "đồng/người"), (350000, 350000, "đồng/người"),
            (600000, 600000, "đồng/người")} <= set(got), got
    assert not [g for g in got if g[0] in (57, 14, 4, 75)], got


def test_a_level_per_item_beside_the_tables_own_count_of_items_is_read_the_sums_not():
    """(tgt44b: each group's worth per suất is the level the plan sets for it, labelled by t37-01's, a37-01's and
    t43-10's authors; the row's sum is a product, no target)"""
    body = ("I. NỘI DUNG\n\nTặng quà các gia đình chính sách dịp Tết:\n\n"
            "| TT | Đối tượng được tặng | Số suất quà | Mức quà (đồng/suất) | Thành tiền |\n|:---:|:---|---:|---:|---:|\n"
            "| 1 | Gia đình liệt sĩ | 25 | 400.000 | 10.000.000 |\n"
            "| 2 | Thương binh | 18 | 300.000 | 5.400.000 |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nCông chức Văn hóa - Xã hội thực hiện.\n")
    got = _t(body)
    assert {(25, 25, "suất"), (18, 18, "suất")} <= set(got), got
    assert {(400000, 400000, "đồng/suất"), (300000, 300000, "đồng/suất")} <= set(got), got
    assert not [g for g in got if g[0] in (10000000, 5400000)], got


def test_a_task_table_with_a_quota_column_stays_the_task_readers():
    from vanban.structure.figure_tables import _quota_header

    assert _quota_header(["TT", "Nhiệm vụ", "Chỉ tiêu (%)", "Đơn vị chủ trì", "Thời gian hoàn thành"]) is None
    assert _quota_header(["Đợt", "Ngày", "Địa điểm", "Chỉ tiêu (đơn vị máu)"]) == 0
    assert _quota_header(["TT", "Nhóm", "Số lượng"]) is None  # one bare head: it may count the present


def test_a_lone_quota_head_takes_its_unit_from_the_line_over_the_table():
    body = ("I. MỤC TIÊU\n\nHoàn thành công tác tuyển quân năm 2032.\n\n"
            "II. CHỈ TIÊU GIAO CHO CÁC THÔN\n\n(Đơn vị tính: công dân)\n\n"
            "| TT | Thôn | Chỉ tiêu |\n|---|---|---|\n"
            "| 1 | Thôn Cầu Đá | 04 |\n| 2 | Thôn Lạc Viên | 06 |\n| 3 | Thôn Vĩnh Hòa | 05 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nBan Chỉ huy Quân sự xã tham mưu thực hiện.\n")
    got = _t(body)
    assert {(4, 4, "công dân"), (6, 6, "công dân"), (5, 5, "công dân")} <= set(got), got
