"""Targets: kinds read from authored29's misses after it was spent (session 31, tgt31a): tables and an exam plan.

Each text below is written for these tests in the style of a mass organisation's and a Sở's plans, not copied from the
labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max;
"từ … trở lên" → min; conditions saying which bodies a rule is for are no targets).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.kind_nouns import kind_noun

_HEAD = ("TỈNH ĐOÀN HÀ TĨNH\nBAN THƯỜNG VỤ\nSố: 42-KH/TĐTN\nHà Tĩnh, ngày 12 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
         "Thực hiện chỉ tiêu công tác Đoàn năm 2027\n\n")
_TAIL = "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Thị Lan\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_a_bare_head_gives_its_counted_noun_to_the_bare_figures_under_it():
    """A quota table per unit whose kind heads print no unit: the noun each head counts (a Tỉnh đoàn's plan)."""
    got = _t("I. CHỈ TIÊU\n\n"
             "Toàn tỉnh kết nạp ít nhất 1.200 đoàn viên mới.\n\n"
             "2. Chỉ tiêu giao cho các cơ sở đoàn\n\n"
             "| TT | Cơ sở đoàn | Kết nạp đoàn viên mới (đoàn viên) | Thành lập CLB mới | Công trình thanh niên được "
             "nghiệm thu | Tỷ lệ đoàn viên được đánh giá |\n"
             "|---|---|---|---|---|---|\n"
             "| 1 | Đoàn Khối các cơ quan tỉnh | 150 | 02 | 12 | 100% |\n"
             "| 2 | Đoàn Thanh niên Công an tỉnh | 90 | - | 07 | 98% |\n"
             "| | **Tổng cộng** | **240** | **02** | **19** | |\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nCác cơ sở đoàn triển khai thực hiện.\n")
    for fact in [(150, 150, "đoàn viên"), (90, 90, "đoàn viên"), (2, 2, "câu lạc bộ"), (12, 12, "công trình thanh niên"),
                 (7, 7, "công trình thanh niên"), (100, 100, "%"), (98, 98, "%")]:
        assert fact in got
    assert (1200, None, "đoàn viên") in got
    # (tgt32a) the total row sums the units' quotas: the whole area's target where the prose states no such figure
    # (a29-09, t30-04, a30-04, a30-08 label it); (tgt32d) a "-" cell says "none here", so "02" over "02" and "-" is
    # its column's sum too (t31-04 labels the totals of columns with "-" cells)
    assert (240, 240, "đoàn viên") in got and (19, 19, "công trình thanh niên") in got
    assert sorted(x for x in got if x[0] == 2) == [(2, 2, "câu lạc bộ")] * 2


#: a kind head → the noun it counts; None for counts of the present, rates, areas and a plain name (no quota's noun)
_HEAD_NOUNS = {"Thành lập CĐCS mới": "công đoàn cơ sở", "Sáng kiến, giải pháp được công nhận": "sáng kiến, giải pháp",
               "Hội viên kết nạp mới": "hội viên", "Xây dựng mô hình mới": "mô hình", "Số hộ": None, "Tổng số hộ": None,
               "Tỷ lệ hộ được phổ biến": None, "Diện tích đất trồng lúa được chuyển đổi": None, "Mô hình": None,
               # the abbreviation as OCR leaves it: legacy drops the bar of "Đ", a scan's restoration lowers it
               "Thành lập CDCS mới": "công đoàn cơ sở", "Thành lập cđcs mới": "công đoàn cơ sở"}


def test_kind_nouns_of_heads():
    assert {h: kind_noun(h) for h in _HEAD_NOUNS} == _HEAD_NOUNS


# --- an exam plan: the papers, their lengths, an intake, which bodies a rule is for --------------------------------

_SO = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 310/KH-SGDĐT\n"
       "Hà Giang, ngày 20 tháng 02 năm 2027\n\nKẾ HOẠCH\nTuyển sinh vào lớp 10 năm học 2027 - 2028\n\n")


def test_an_exam_plan_papers_lengths_and_intake():
    body = ("I. CHỈ TIÊU VÀ PHƯƠNG THỨC\n\n"
            "a) Trường Phổ thông Dân tộc nội trú tỉnh tuyển 175 học sinh; xét tuyển đối với các phường có từ 03 "
            "trường THCS trở lên.\n\n"
            "b) Mỗi thí sinh dự thi 02 bài thi: Lịch sử (45 phút), Địa lí (45 phút). Thí sinh vào lớp chuyên dự thi "
            "thêm môn chuyên (150 phút).\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n"
            "Các Hội đồng thi lắp đặt camera giám sát hoạt động 24/24 giờ tại phòng bảo quản đề thi.\n")
    got = _t(body, _SO)
    assert (175, 175, "học sinh") in got
    assert (2, 2, "bài thi") in got
    assert got.count((45, 45, "phút")) == 2  # one a paper
    assert (150, 150, "phút") in got
    assert not any(u == "trường" for _, _, u in got)  # "các phường có từ 03 trường THCS trở lên": which phường
    assert not any(lo == 24 for lo, _, _ in got)  # a camera's watch kept round the clock: a regime, no target


def test_a_route_number_is_no_intake():
    body = "I. NHIỆM VỤ\n\nDuy tu tuyến 03 đường giao thông liên xã trước mùa mưa.\n"
    assert (3, 3, "đường") not in _t(body, _SO)


def test_a_team_on_standby_round_the_clock_is_no_target():
    body = ("I. NHIỆM VỤ\n\n- Mỗi huyện bố trí 01 kíp xe cứu thương, sẵn sàng vận chuyển người bệnh nặng về\ntuyến tỉnh "
            "24/24 giờ trong đợt nắng nóng.\n- Tổng đài tư vấn sức khỏe hoạt động thông suốt 24/24.\n"
            "- Các kho vật tư y tế sẵn sàng phương tiện, nhân lực để cấp phát thuốc, hóa chất 24/24.\n")
    got = _t(body, _SO)
    # the switchboard's hours and the stores' issuing hours (the means readied "để" a service): a service's, as before
    assert got.count((24, 24, "giờ/ngày")) == 2
    # the ambulance crew on standby (its clause wrapped over a line, as a legacy page prints it): a watch, no target


def test_a_scans_run_on_quota_table_with_a_long_column_name():
    """A scan runs the pipe rows on as one paragraph; a column's name of nine words ("Tỷ lệ HTX tổ chức đại hội định
    kỳ") is still a name, the table still read (:mod:`vanban.structure.pipe_flow`)."""
    body = ("I. CHỈ TIÊU\n\n3. Chỉ tiêu giao cho các cơ sở hội\n\n"
            "| TT | Hội cơ sở | Kết nạp hội viên mới (người) | Thành lập THT mới | Tỷ lệ HTX tổ chức đại hội "
            "định kỳ |\n|---|---|---|---|---|| 1 | Hội Nông dân xã Kỳ Sơn | 80 | 02 | 90% | |\n2 | Hội Nông dân "
            "xã Kỳ Lạc | 65 | 01 | - | | 3 | Hội Nông dân\nxã Kỳ Thượng | 70 | 03 | 85% | |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nCác cơ sở hội triển khai thực hiện.\n")
    got = _t(body)
    for fact in [(80, 80, "người"), (65, 65, "người"), (70, 70, "người"), (2, 2, "tổ hợp tác"), (1, 1, "tổ hợp tác"),
                 (3, 3, "tổ hợp tác")]:
        assert fact in got
