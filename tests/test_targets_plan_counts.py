"""Targets: a plan's own counts and the words around them that name, not count (tgt31c, session 31).

A year's work programme, a school's plan and a Kế hoạch on population work set figures of their own: the occasions
held within the year ("tổ chức 02 cuộc giám sát chuyên đề trong năm"), a list of occasion quotas whose first carries a
floor and whose second is exact ("tối thiểu 01 cuộc giám sát … và 02 cuộc khảo sát"), a rhythm a body keeps ("tổ chức
sinh hoạt chuyên môn 02 lần/tháng"), a length set for an event or a term ("- Thời gian: 02 ngày, …", "học kỳ I có 18
tuần thực học"), and a quota per class of village ("thôn trên 300 hộ bố trí 02 cộng tác viên"). Other figures there
only say which things are meant: a count inside what a rate measures ("Tỷ lệ … được tầm soát ít nhất 04 bệnh … đạt
từ 70%"), the class's size ("trên 300 hộ"), the grades a share covers ("lớp 3, 4, 5") and full-day schooling ("học 2
buổi/ngày"). Each text below is written for these tests in the style of such documents, not copied from a labelled
one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; ít nhất/tối
thiểu → min only).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HDND = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/CTr-HĐND\nHà Nam, ngày 10 tháng 12 năm 2027\n\nCHƯƠNG TRÌNH\n"
         "Công tác năm 2028 của Hội đồng nhân dân tỉnh\n\n")
_SCHOOL = ("UBND XÃ AN BÌNH\nTRƯỜNG TIỂU HỌC AN BÌNH\nSố: 45/KH-THAB\nAn Bình, ngày 05 tháng 9 năm 2027\n\nKẾ HOẠCH\n"
           "Thực hiện nhiệm vụ năm học 2027 - 2028\n\n")
_UBND = ("ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nSố: 150/KH-UBND\nHòa Phú, ngày 20 tháng 11 năm 2027\n\nKẾ HOẠCH\n"
         "Thực hiện công tác dân số năm 2028\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Minh\n"


def _t(head: str, body: str):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


@pytest.mark.parametrize(("head", "body", "wanted"), [
    # occasions held within the plan's year, unnamed
    (_HDND, "I. NỘI DUNG\n\n1. Hoạt động giám sát\n\na) Thường trực HĐND tỉnh tổ chức\n03 cuộc giám sát chuyên đề trong "
            "năm: giám sát việc quản lý đất công và giám sát công tác cải cách hành chính.\n", [(3, 3, "cuộc")]),
    # a term's weeks
    (_SCHOOL, "I. NHIỆM VỤ\n\n1. Thời gian năm học\n\nThực hiện theo khung kế hoạch thời gian năm học của tỉnh: học kỳ I "
              "có 18 tuần thực học, học kỳ II có 17 tuần thực học.\n", [(18, 18, "tuần"), (17, 17, "tuần")]),
    # … the term "II" as a scan's OCR reads it, "H"
    (_SCHOOL, "I. NHIỆM VỤ\n\n1. Thời gian năm học\n\nHọc kỳ I có 18 tuần thực học, học kỳ H có 16 tuần thực học.\n",
     [(18, 18, "tuần"), (16, 16, "tuần")]),
    # an event's length on a "Thời gian:" label line
    (_UBND, "I. NỘI DUNG\n\n1. Khám sức khỏe nghĩa vụ quân sự\n\n- Thời gian: 03 ngày, ngày 20, 21 và 22/12/2027; địa "
            "điểm: Trạm Y tế xã.\n", [(3, 3, "ngày")]),
])
def test_a_length_or_a_quota_the_plan_sets_for_itself_is_an_exact_target(head, body, wanted):
    got = _t(head, body)
    assert all(w in got for w in wanted), got


def test_an_occasion_quota_after_a_floor_keeps_its_own_exact_figure():
    body = ("I. NỘI DUNG\n\n1. Hoạt động giám sát\n\nb) Các Ban của HĐND tỉnh, mỗi Ban tổ chức tối thiểu 02 cuộc giám "
            "sát chuyên đề và 03 cuộc khảo sát theo lĩnh vực phụ trách.\n")
    got = _t(_HDND, body)
    assert (2, None, "cuộc") in got
    assert (3, 3, "cuộc") in got and (3, None, "cuộc") not in got


def test_a_rhythm_a_body_holds_is_an_exact_target_but_a_sampling_frequency_is_not():
    body = ("I. NHIỆM VỤ\n\n3. Tổ trưởng chuyên môn\n\nXây dựng kế hoạch của tổ; tổ chức sinh hoạt chuyên môn 03 "
            "lần/tháng; theo dõi giáo viên trong tổ.\n\n4. Nhân viên y tế\n\nLấy mẫu nước sinh hoạt của trường "
            "với tần suất 2 lần/tháng.\n")
    got = _t(_SCHOOL, body)
    assert (3, 3, "lần/tháng") in got
    assert not any(u.startswith("lần") and lo == 2 for lo, _, u in got)


def test_grades_and_full_day_schooling_are_named_not_counted():
    body = ("I. CHỈ TIÊU\n\n- 100% học sinh học 2 buổi/ngày, không quá 06 tiết/ngày; 100% học sinh lớp 3,\n4, 5 học "
            "Tin học 2 tiết/tuần.\n")
    got = _t(_SCHOOL, body)
    assert any(lo is None and hi == 6 and u.startswith("tiết") for lo, hi, u in got)
    assert not any(u and u.startswith(("buổi", "học")) for _, _, u in got)
    assert not any(lo in (4, 5) for lo, _, _ in got)


def test_a_count_inside_what_a_rate_measures_is_no_target():
    body = ("I. CHỈ TIÊU\n\n2. Tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 03 bệnh phổ biến đạt từ 75% trở lên; tỷ lệ "
            "người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt trên 85%.\n")
    got = _t(_UBND, body)
    assert (75, None, "%") in got and (85, None, "%") in got
    assert not any(u and u.startswith(("bệnh", "lần")) for _, _, u in got)


def test_a_quota_per_class_of_village_counts_the_quota_not_the_class():
    body = ("I. NHIỆM VỤ\n\n3. Mạng lưới cộng tác viên\n\nKiện toàn mạng lưới cộng tác viên dân số; bảo đảm mỗi thôn có "
            "ít nhất 01 cộng tác viên, thôn trên 400 hộ bố trí 02 cộng tác viên.\n")
    got = _t(_UBND, body)
    assert (2, 2, "cộng tác viên") in got
    assert not any(u == "hộ" for _, _, u in got)


_SO = ("UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 2150/SNNMT-TT\nAn Giang, ngày 12 tháng 10 năm 2027\n\n"
       "Kính gửi: Ủy ban nhân dân các xã Vĩnh Hòa, Tân Hội, Bình An, Mỹ Lâm và Kiên Bình\n\n"
       "V/v triển khai mô hình lúa chất lượng cao vụ Đông Xuân 2027 - 2028\n\n")


def test_a_demonstration_plot_quota_splits_per_place_and_its_floor_reads_across_a_wrap():
    body = ("1. Quy mô, chỉ tiêu\n\nTổng diện tích đăng ký tham gia mô hình lúa chất lượng cao tại 05 xã trong vụ Đông Xuân "
            "2027 - 2028 là 4.200 ha.\n\n2. Nhiệm vụ\n\n- Xây dựng 05 điểm trình diễn (mỗi xã 01 "
            "điểm) với quy mô mỗi điểm không dưới\n40 ha; theo dõi, đánh giá kết quả.\n")
    got = _t(_SO, body)
    assert (4200, 4200, "ha") in got and (5, 5, "điểm") in got
    assert (1, 1, "điểm/xã") in got
    assert (40, None, "ha") in got
    assert not any(u == "xã" for _, _, u in got)  # "tại 05 xã … là 4.200 ha": where the sum is


def test_a_ratio_to_one_is_so_many_times():
    body = ("I. CHỈ TIÊU\n\n- Gọi khám sức khỏe tập trung không dưới 180 công dân (tỷ lệ gọi khám so với chỉ tiêu giao "
            "quân tối thiểu 4/1).\n")
    got = _t(_UBND, body)
    assert (180, None, "công dân") in got and (4, None, "lần") in got
