"""Targets: the rule numbers a plan sets for its own work (session 37, tgt37a).

A congress plan says how long an event lasts ("được tiến hành trong 01 ngày": exactly one day), which band of members
calls for which committee ("Chi bộ có từ 10 đến dưới 25 đảng viên: bầu 03 chi ủy viên": the band a rule acts from, min
and max, and the count to elect) and the support per branch at a level ("mức 2.000.000 đồng/chi bộ"). A road plan
grants goods per kilometre right after "hỗ trợ" ("hỗ trợ 120 tấn/km"): a norm, not a request. Not targets: a band
with no owner that names a case of a fee scale ("Từ 50 đến dưới 200 người: …"), goods asked for ("đề nghị hỗ trợ …"),
an age heading a table's column ("Công dân từ đủ 14 tuổi") or naming whom a service is for ("cho trẻ em dưới 6 tuổi").
Every text is written for these tests; the expected values follow ``../shared/realdocs/labeled/README.md``.
"""

from __future__ import annotations

import dataclasses

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.models import Table, TableCell
from vanban.structure import structure_of_text

_HEAD = doc_head(party=True, parent="ĐẢNG BỘ TỈNH BÌNH AN", issuer="ĐẢNG ỦY XÃ TÂN PHÚ", number=21, date=(10, 3, 2029),
                 title="Tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2029 - 2031")
_TAIL = signature("Trần Văn Nam", party=True)


def _t(body: str, head: str = _HEAD) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_an_event_carried_out_over_a_day_lasts_exactly_that():
    got = _t("**II. NỘI DUNG**\n\n- Các chi bộ tổ chức đại hội không quá 01 buổi; đại hội điểm của Chi bộ thôn Đông "
             "được tiến hành trong 01 ngày.\n")
    assert (1, 1, "ngày") in got and (None, 1, "buổi") in got
    assert (None, 1, "ngày") not in got


def test_a_band_of_members_the_branch_owns_and_the_count_it_elects():
    got = _t("**3. Số lượng cấp ủy**\n\n- Chi bộ dưới 10 đảng viên chính thức: bầu bí thư chi bộ.\n\n"
             "- Chi bộ có từ 10 đến dưới 25 đảng viên chính thức: bầu 03 chi ủy viên.\n\n"
             "- Chi bộ có từ 25 đảng viên chính thức trở lên: bầu 05 chi ủy viên.\n")
    assert any(x[:2] == (10, 25) and x[2].startswith("đảng viên") for x in got)
    assert any(x[:2] == (25, None) and x[2].startswith("đảng viên") for x in got)
    assert any(x[:2] == (3, 3) and x[2].endswith("ủy viên") for x in got)
    assert any(x[:2] == (5, 5) and x[2].endswith("ủy viên") for x in got)


def test_a_band_with_no_owner_names_a_case_of_a_fee_scale():
    got = _t("**IV. KINH PHÍ**\n\nMức chi bồi dưỡng báo cáo viên theo số người dự:\n\n"
             "- Từ 50 đến dưới 200 người: 300.000 đồng/buổi.\n")
    assert not any(x[:2] == (50, 200) for x in got)


def test_a_support_level_per_branch_named_by_mức():
    got = _t("**V. KINH PHÍ**\n\nĐảng ủy bảo đảm kinh phí hỗ trợ đại hội các chi bộ mức 2.000.000 đồng/chi bộ, lấy "
             "trong dự toán chi thường xuyên của Đảng ủy.\n")
    assert any(x[:2] == (2_000_000, 2_000_000) and x[2].startswith("đồng/chi") for x in got)


_ROAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 30/KH-UBND\nTân Phú, ngày 12 tháng 1 năm 2029\n\n"
         "KẾ HOẠCH\nBê tông hóa đường giao thông nông thôn năm 2029\n\n")


def test_goods_granted_per_kilometre_after_hỗ_trợ_are_a_norm():
    got = _t("**III. CƠ CHẾ HỖ TRỢ**\n\n- Ngân sách tỉnh hỗ trợ xi măng: đường trục thôn mặt rộng 3,5 m, dày 0,18 m "
             "hỗ trợ 120 tấn/km; đường ngõ xóm mặt rộng 2,5 m, dày 0,14 m hỗ trợ 90 tấn/km.\n", _ROAD)
    assert (120, 120, "tấn/km") in got and (90, 90, "tấn/km") in got


def test_goods_asked_for_per_kilometre_stay_a_request():
    got = _t("**III. KIẾN NGHỊ**\n\n- Đề nghị tỉnh hỗ trợ 150 tấn/km xi măng cho các tuyến đường trục thôn.\n", _ROAD)
    assert not any(x[:2] == (150, 150) for x in got)


_ID = ("CÔNG AN TỈNH BÌNH AN\nCÔNG AN XÃ TÂN PHÚ\nSố: 15/KH-CAX\nTân Phú, ngày 02 tháng 4 năm 2029\n\n"
       "KẾ HOẠCH\nCấp thẻ căn cước và kích hoạt định danh điện tử năm 2029\n\n")


def _with_table(head: str, rows: list[list[str]]) -> tuple[str, object]:
    """The text of ``head`` then a table printed a cell a line between "|" lines, and its structure holding the table."""
    text, cells = head, []
    for r in rows:
        row = []
        for c in r:
            text += "|\n"
            row.append(TableCell(c, len(text), len(text) + len(c)))
            text += c + "\n"
        text += "|\n"
        cells.append(tuple(row))
    text += "\nTRƯỞNG CÔNG AN XÃ\nLê Văn Hòa\n"
    st = structure_of_text(text)
    table = Table(cells[0][0].start, cells[-1][-1].end, tuple(cells), tuple(rows[0]))
    return text, dataclasses.replace(st, tables=st.tables + (table,))


def test_an_age_heading_a_table_column_is_the_group_it_counts_no_bound():
    head = _ID + ("**II. CHỈ TIÊU**\n\n- Phấn đấu 100% hồ sơ cấp căn cước được thu nhận đúng quy định.\n\n"
                  "Số liệu từng thôn:\n\n")
    text, st = _with_table(head, [["**TT**", "**Thôn**", "**Công dân từ đủ 14 tuổi**", "**Chưa có căn cước**",
                                   "**Chưa kích hoạt định danh mức 2**"], ["1", "Thôn Đông", "1.204", "35", "120"],
                                  ["2", "Thôn Tây", "876", "21", "98"]])
    got = [(t.min, t.max, t.unit) for t in extract(text, structure=st).targets]
    assert (100, 100, "%") in got and not any((x[2] or "").endswith("tuổi") for x in got)


def test_an_age_after_cho_names_the_group_a_service_is_for():
    body = ("**IV. NỘI DUNG**\n\n2. Trạm Y tế xã tổ chức cân, đo và tư vấn chăm sóc cho trẻ em dưới 6 tuổi, hoàn "
            "thành trong tháng 6/2029.\n")
    assert not any((x[2] or "").endswith("tuổi") for x in _t(body, _ROAD))
    # guard: an age limit a rule sets for who may take part is a bound
    body = "**IV. NỘI DUNG**\n\n2. Tuổi đời của người tham gia đội xung kích không quá 45 tuổi.\n"
    assert (None, 45, "tuổi") in _t(body, _ROAD)


_MIL = ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nBAN CHỈ HUY QUÂN SỰ\nSố: 05/KH-BCHQS\nTân Phú, ngày 06 tháng 1 năm 2029\n\n"
        "KẾ HOẠCH\nHuấn luyện dân quân năm 2029\n\n")


def test_training_lengths_listed_after_a_thời_gian_huấn_luyện_lead_in():
    got = _t("**III. NỘI DUNG**\n\n**2. Huấn luyện dân quân**\n\nThời gian huấn luyện các đối tượng: tân binh năm "
             "đầu 15 ngày; lực lượng cơ động, từ năm thứ hai trở đi 12 ngày/năm; lực lượng tại chỗ các năm sau, từ năm "
             "thứ hai trở đi 07 ngày/năm.\n", _MIL)
    assert (15, 15, "ngày") in got
    assert any(x[:2] == (12, 12) and x[2].startswith("ngày") for x in got)
    assert any(x[:2] == (7, 7) and x[2].startswith("ngày") for x in got)
    assert not any(x[:2] in ((12, None), (7, None)) for x in got)  # "trở đi" (onward) is no "đủ"


def test_a_length_named_by_thời_gian_right_before_it_but_not_a_limit():
    got = _t("**III. NỘI DUNG**\n\n**1. Bồi dưỡng cán bộ:** Chỉ huy trưởng, thôn đội trưởng tham gia tập huấn do Bộ Chỉ "
             "huy quân sự tỉnh tổ chức, thời gian 04 ngày, hoàn thành trước ngày 15/3/2029.\n", _MIL)
    assert (4, 4, "ngày") in got
    got = _t("**V. TỔ CHỨC THỰC HIỆN**\n\n1. Các thôn đội báo cáo kết quả về Ban Chỉ huy quân sự xã trong thời gian 05 "
             "ngày kể từ ngày kết thúc huấn luyện.\n", _MIL)
    assert (None, 5, "ngày") in got and (5, 5, "ngày") not in got


def test_one_training_class_a_task_opens_with_is_counted_but_one_meeting_is_not():
    got = _t("**IV. NHIỆM VỤ**\n\n- Tổ chức 01 lớp tập huấn nghiệp vụ cho 20 tổ trưởng tổ tiết kiệm, hoàn thành trong "
             "quý II/2029.\n", _ROAD)
    assert (1, 1, "lớp") in got or any(x[:2] == (1, 1) and x[2].startswith("lớp") for x in got)
    got = _t("**IV. NHIỆM VỤ**\n\na) Tổ chức 01 hội nghị sơ kết việc thực hiện Kế hoạch.\n", _ROAD)
    assert not any(x[:2] == (1, 1) for x in got)


def test_a_quota_column_beside_present_counts_whose_heads_hold_a_small_number():
    rows = [["TT", "Thôn", "Công dân từ đủ 14 tuổi", "Chưa có căn cước", "Chưa kích hoạt định danh mức 2",
             "Chỉ tiêu kích hoạt mới (tài khoản)"], ["1", "Khuổi Tát", "1.240", "28", "260", "220"],
            ["2", "Nà Pục", "965", "17", "204", "175"], ["3", "Bản Chang", "780", "35", "190", "160"]]
    table = "\n\n".join("\n\n".join(r) + "\n" for r in rows)
    body = ("**II. CHỈ TIÊU**\n\n- Kích hoạt mới tối thiểu 555 tài khoản định danh điện tử mức 2.\n\n"
            "Chỉ tiêu giao cho từng thôn như sau:\n\n\n" + table + "\n**III. NHIỆM VỤ**\n\n- Công an xã rà soát dữ liệu.\n")
    got = _t(body, _ID)
    for n in (220, 175, 160):
        assert (n, n, "tài khoản") in got
    assert not any(x[:2] in ((1240, 1240), (28, 28), (260, 260)) for x in got)  # the present counts


def test_a_firing_exercise_number_and_a_reports_half_year_are_no_counts():
    got = _t("**I. MỤC ĐÍCH, YÊU CẦU**\n\n- Kiểm tra bắn đạn thật bài 1 bằng súng tiểu liên AK: ít nhất 85% đạt yêu "
             "cầu.\n\n**V. TỔ CHỨC THỰC HIỆN**\n\nBan CHQS xã báo cáo sơ kết công tác huấn luyện 6 tháng đầu năm trước ngày 22/6/2029.\n",
             _MIL)
    assert (85, None, "%") in got
    assert not any(x[:2] in ((1, 1), (6, 6)) for x in got)
    # legacy OCR's "dài" for "bài" after "đạn thật"
    got = _t("**I. MỤC ĐÍCH, YÊU CẦU**\n\n- Kết quả kiểm tra bắn đạn thật dài 1 súng tiểu liên AK có ít nhất 85% đạt yêu "
             "cầu.\n", _MIL)
    assert (85, None, "%") in got and not any(x[:2] == (1, 1) for x in got)
