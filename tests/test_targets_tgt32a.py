"""Targets: a quota table per unit with a base column, a rate column and a total row, and the prose around it
(session 32, tgt32a, from authored30's misses after it was spent).

Each text below is written for these tests in the style of a Trung tâm Y tế's plan and a BHXH's Công văn, not copied
from the labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure →
min = max; "dưới" of what must not exist → the floor; past results are no targets).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.kind_nouns import counted_noun

_HEAD = ("SỞ Y TẾ TỈNH AN GIANG\nTRUNG TÂM Y TẾ KHU VỰC CHÂU PHÚ\nSố: 215/KH-TTYT\n"
         "Châu Phú, ngày 15 tháng 01 năm 2027\n\nKẾ HOẠCH\nTiêm vắc xin cúm cho người cao tuổi năm 2027\n\n")
_TAIL = "\nGIÁM ĐỐC\nTrần Văn Hòa\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


# a Phụ lục printed a cell a paragraph (as plain text from a Word table gives it): the total row's rate cell empty
_QUOTA = """I. MỤC TIÊU

Các xã thực hiện chỉ tiêu tại Phụ lục kèm theo.

II. TỔ CHỨC THỰC HIỆN

Trạm Y tế các xã tổ chức tiêm theo kế hoạch.

PHỤ LỤC

CHỈ TIÊU TIÊM VẮC XIN CÚM NĂM 2027 CỦA CÁC XÃ

TT

Xã

Số người cao tuổi (dự kiến)

Chỉ tiêu tiêm đủ liều (người)

Tỷ lệ (%)

Số người khuyết tật được tiêm (chỉ tiêu)


1

Xã Bình Long

2.000

1.600

80,0

410


2

Xã Mỹ Đức

1.500

1.275

85,0

330



Cộng

3.500

2.875



740
"""


def test_a_quota_table_skips_its_base_and_rate_columns_and_reads_its_checked_total():
    got = _t(_QUOTA)
    # the quotas of each xã: the people to vaccinate, the chronically ill counted by the noun their head names
    for fact in [(1600, 1600, "người"), (1275, 1275, "người"), (410, 410, "người khuyết tật"),
                 (330, 330, "người khuyết tật")]:
        assert fact in got
    # the total row: each sum in the column it adds up (the rate cell empty), the whole area's quota
    assert (2875, 2875, "người") in got and (740, 740, "người khuyết tật") in got
    # not the estimated base ("(dự kiến)"); (tgt41c) the rate beside the quota, its share of that base, is read: the
    # later authors of such Phụ lục count each unit's rate as a goal of its own (t40-02, t40-08)
    assert not any(lo in (2000, 1500, 3500) for lo, _, _ in got)
    assert (80.0, 80.0, "%") in got and (85.0, 85.0, "%") in got


def test_a_total_the_prose_states_is_counted_once_from_the_prose():
    got = _t(_QUOTA.replace("Các xã thực hiện chỉ tiêu", "Toàn khu vực tiêm cho ít nhất 2.875 người cao tuổi; các xã "
                                                          "thực hiện chỉ tiêu"))
    assert any(lo == 2875 and hi is None for lo, hi, _ in got) and (2875, 2875, "người") not in got


def test_a_total_that_is_no_sum_of_its_column_is_not_read():
    """A row lost (as OCR loses it): the total no longer adds up, so where it belongs is unsure."""
    got = _t(_QUOTA.replace("\n\n2\n\nXã Mỹ Đức\n\n1.500\n\n1.275\n\n85,0\n\n330\n", ""))
    assert (1600, 1600, "người") in got and not any(lo in (2875, 740) for lo, _, _ in got)


def test_the_noun_a_count_head_names():
    assert counted_noun("Số người khuyết tật được tiêm") == "người khuyết tật"
    assert counted_noun("Số hộ") is None and counted_noun("Tiêm đủ liều") is None


_BHXH = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH AN GIANG\nSố: 812/BHXH-QLT\n"
         "V/v phát triển người tham gia BHYT hộ gia đình\nAn Giang, ngày 10 tháng 8 năm 2027\n\n"
         "Kính gửi: Ủy ban nhân dân các xã.\n\n")


def test_a_quota_table_under_a_lead_naming_results_as_its_basis():
    """"Trên cơ sở kết quả …, … đề xuất chỉ tiêu … như sau": the results are the basis, the table sets quotas."""
    got = _t("Qua tổng hợp, đến ngày 30/6/2027 toàn tỉnh có 41.300 người tham gia BHYT hộ gia đình, đạt 71,2% kế "
             "hoạch; tỷ lệ bao phủ BHYT đạt 91,4% dân số.\n\n"
             "Trên cơ sở kết quả thực hiện 6 tháng đầu năm, BHXH tỉnh đề xuất chỉ tiêu tăng thêm đối với 03 xã như sau:\n\n"
             "STT\n\nXã\n\nBHYT hộ gia đình tăng thêm (người)\n\nBHXH tự nguyện tăng thêm (người)\n\n\n"
             "1\n\nXã Vĩnh Hanh\n\n300\n\n45\n\n\n2\n\nXã Bình Thủy\n\n260\n\n40\n\n\n3\n\nXã Cần Đăng\n\n240\n\n35\n\n\n"
             "\n\nTổng cộng\n\n800\n\n120\n\n"
             "Đề nghị UBND các xã chỉ đạo lập danh sách hộ gia đình chưa tham gia BHYT đủ 100% thành viên; thực hiện "
             "hỗ trợ theo Nghị quyết số 15/2026/NQ-HĐND ngày 12/7/2026 của HĐND tỉnh (mức hỗ trợ thêm 20% mức đóng); "
             "chấm dứt hợp đồng với đại lý thu không phát sinh người tham gia trong 02 tháng liên tiếp.\n", head=_BHXH)
    for fact in [(300, 300, "người"), (45, 45, "người"), (260, 260, "người"), (40, 40, "người"), (240, 240, "người"),
                 (35, 35, "người"), (800, 800, "người"), (120, 120, "người")]:
        assert fact in got
    # the results up to a day past, the places the table is for, which households, the cited paper's figure, how long
    # a condition lasts: none is a target
    assert not any(lo in (41300, 71.2, 91.4, 3, 100, 20) or hi == 2 for lo, hi, _ in got)


def test_a_bound_of_what_must_not_exist_through_a_pair_of_units():
    got = _t("Bảo đảm không có xã, thị trấn đạt tỷ lệ tiêm đủ liều dưới 85%.\n")
    assert (85, None, "%") in got and (None, 85, "%") not in got


def test_figures_in_the_people_a_rate_counts():
    got = _t("- Tỷ lệ người cao tuổi được tiêm đủ 2 mũi vắc xin cúm đạt từ 80% trở lên.\n\n"
             "- Tỷ lệ người bệnh được tiêm từ 3 liều trở lên (NB3+) đạt tối thiểu 70%.\n\n"
             "- Tỷ lệ người có phản ứng được theo dõi trong vòng 30 phút sau tiêm đạt tối thiểu 98%.\n")
    assert sorted(got) == [(70, None, "%"), (80, None, "%"), (98, None, "%")]
