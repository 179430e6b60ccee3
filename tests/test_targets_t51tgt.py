"""Targets of the kinds tune51 (spent twin) read wrongly (t51tgt, session 52).

* A quota table under an item's heading ("1. Tuyển sinh vào lớp 1") inside a part whose heading names quotas alone
  ("II. CHỈ TIÊU TUYỂN SINH"): each unit's row a target, the "Cộng" rows too (t51-10; the same table right under the
  part's heading, t31-04, or under a lead naming the quotas, a40-06, t40-06, is labelled so). A part that names other
  topics beside the quotas ("II. CHỈ TIÊU, ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ") does not make its items' tables quotas by itself.
* A quorum or a majority of a body's members ("ít nhất 2/3 số đảng viên chính thức của chi bộ tán thành", "có ít nhất
  2/3 tổng số cán bộ, công chức được triệu tập có mặt"): the fraction counted in the whole it is of, not a bare "tỷ lệ"
  (the labels name the whole: "tỷ lệ so với tổng số …" in 21 of 29, the whole alone in t20-08, t51-07, t51-09).
* A rhythm with its period in words, "định kỳ 02 ngày trong 01 tháng", "ít nhất 01 lần trong 01 quý": unit "ngày/tháng",
  "lần/quý", the period's "01" no figure (a45-08, a45-09, t45-08, t51-02: 6 of 6 labelled so).
* The places a task reaches, "tại 05 doanh nghiệp trên địa bàn huyện": a count set (t51-01, a39-08, t33-05), unlike
  the area's own divisions, "tại 26 khu dân cư (thôn, bản) trên địa bàn xã" (a34-02: all of them, none labelled).
* The trade union's "đoàn viên, người lao động" is one group, the list its unit (t51-01).
* A plan's part "TỰ ĐÁNH GIÁ, CHẤM ĐIỂM …" is a review still to do, no results part: its posting span is a target (t51-06).
* "trong 10 ngày cuối của tháng cuối quý" is a window of the quarter, no time limit (t51-08).

Each text is written for these tests in the style of a huyện's and a xã's plans (other places, figures and wording than
the labelled documents); the values follow ``../shared/realdocs/labeled/README.md`` (an exact figure: min = max; a
fraction stored as a decimal).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_TAIL = "\n\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nHoàng Thị Mai\n"


def _doc(title: str, body: str) -> str:
    return ("UBND HUYỆN NAM ĐÀN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
            f"Số: 132/KH-PGDĐT\nNam Đàn, ngày 06 tháng 5 năm 2037\n\nKẾ HOẠCH\n{title}\n\n{body}" + _TAIL)


def _t(title: str, body: str) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in extract(_doc(title, body)).targets]


# --- a quota table under an item's heading in a part of quotas ----------------------------------------------------------

_ENROL = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Huy động 100% trẻ 6 tuổi trên địa bàn ra lớp.

**II. CHỈ TIÊU TUYỂN SINH**

**1. Tuyển sinh vào lớp 1**

| STT | Trường | Số lớp | Số học sinh |
|---|---|---|---|
| 1 | Trường Tiểu học Nam Thanh | 4 | 131 |
| 2 | Trường Tiểu học Nam Anh | 3 | 99 |
| | **Cộng lớp 1** | **7** | **230** |

**2. Tuyển sinh vào lớp 6**

| STT | Trường | Số lớp | Số học sinh |
|---|---|---|---|
| 1 | Trường THCS Nam Thanh | 5 | 205 |
| 2 | Trường THCS Nam Anh | 4 | 163 |
| | **Cộng lớp 6** | **9** | **368** |

**III. TỔ CHỨC THỰC HIỆN**

Các trường xây dựng kế hoạch tuyển sinh của trường.
"""


@pytest.mark.parametrize("pupils", [131, 99, 230, 205, 163, 368])
def test_each_schools_pupils_under_an_item_of_a_quota_part_are_targets(pupils):
    got = _t("Tuyển sinh vào lớp 1 và lớp 6 năm học 2037-2038", _ENROL)
    assert (pupils, pupils, "học sinh") in got


@pytest.mark.parametrize("classes", [4, 3, 7, 5, 9])
def test_each_schools_classes_under_an_item_of_a_quota_part_are_targets(classes):
    # a40-06, t31-04 and t40-06 label the classes beside the pupils
    got = _t("Tuyển sinh vào lớp 1 và lớp 6 năm học 2037-2038", _ENROL)
    assert (classes, classes, "lớp") in got


def test_the_same_table_in_plain_text_lines():
    # the plain-text form md2plain gives: no bold marks
    got = _t("Tuyển sinh vào lớp 1 và lớp 6 năm học 2037-2038", _ENROL.replace("**", ""))
    assert (131, 131, "học sinh") in got and (368, 368, "học sinh") in got


_MIXED = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Bảo đảm mọi hộ được hỗ trợ có nhà ở an toàn.

**II. CHỈ TIÊU, ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ**

**1. Đối tượng được hỗ trợ**

| STT | Thôn | Số hộ nghèo | Số hộ cận nghèo |
|---|---|---|---|
| 1 | Thôn Đồng Văn | 12 | 7 |
| 2 | Thôn Xuân Hòa | 9 | 11 |

**III. TỔ CHỨC THỰC HIỆN**

Các thôn rà soát, lập danh sách hộ.
"""


def test_a_part_naming_other_topics_beside_quotas_makes_no_quota_table():
    got = _t("Hỗ trợ nhà ở cho hộ nghèo năm 2037", _MIXED)
    assert not any(u == "hộ" and a in (12, 7, 9, 11) for a, _, u in got)


# --- a quorum or a majority counted in its members' whole ---------------------------------------------------------------

_QUORUM = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Hội nghị cán bộ, công chức tổ chức đúng quy định.

**II. NỘI DUNG**

1. Hội nghị chỉ được tiến hành khi có ít nhất 2/3 tổng số cán bộ, công chức được triệu tập có mặt.

2. Nghị quyết của chi bộ về việc đề nghị kết nạp phải được ít nhất 2/3 số đảng viên chính thức của chi bộ tán thành.

3. Mỗi tổ thảo luận dành ít nhất 2/3 thời lượng cho các ý kiến của người lao động.
"""



def test_a_quorum_is_counted_in_the_members_whole():
    u = [u for a, _, u in _t("Tổ chức Hội nghị cán bộ, công chức năm 2037", _QUORUM) if a and abs(a - 2 / 3) < 1e-6]
    assert "tổng số cán bộ, công chức được triệu tập" in u


def test_an_approval_threshold_is_counted_in_the_members_whole():
    u = [u for a, _, u in _t("Tổ chức Hội nghị cán bộ, công chức năm 2037", _QUORUM) if a and abs(a - 2 / 3) < 1e-6]
    assert "số đảng viên chính thức của chi bộ" in u


def test_a_share_of_a_time_keeps_the_rate():
    # "2/3 thời lượng": no members counted, no "(tổng) số" after it
    u = [u for a, _, u in _t("Tổ chức Hội nghị cán bộ, công chức năm 2037", _QUORUM) if a and abs(a - 2 / 3) < 1e-6]
    assert "tỷ lệ" in u and len(u) == 3


# --- a rhythm with its period in words ----------------------------------------------------------------------------------

_RHYTHM = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Bảo đảm quyền khiếu nại, tố cáo của công dân.

**II. NỘI DUNG**

1. Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ 02 ngày trong 01 tháng, vào ngày 05 và ngày 20 hằng tháng.

2. Mỗi Ủy viên Ban Thường vụ dự sinh hoạt chi bộ ít nhất 01 lần trong 01 quý.
"""


def test_a_rhythm_in_words_is_so_many_a_period():
    got = _t("Tiếp công dân năm 2037", _RHYTHM)
    assert (2, 2, "ngày/tháng") in got and (1, None, "lần/quý") in got


def test_the_period_of_a_rhythm_in_words_is_no_figure():
    got = _t("Tiếp công dân năm 2037", _RHYTHM)
    assert not any(u in ("tháng", "quý") for _, _, u in got)


# --- the places a task reaches, counted -------------------------------------------------------------------------------

_PLACES = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Nâng cao ý thức chấp hành pháp luật về an toàn, vệ sinh lao động.

**II. NỘI DUNG**

1. Phối hợp kiểm tra việc thực hiện pháp luật về an toàn, vệ sinh lao động tại 06 doanh nghiệp trên địa bàn huyện.

2. Ngày hội được tổ chức đồng thời tại 14 khu dân cư (thôn, tổ dân phố) trên địa bàn xã.
"""


def test_the_businesses_a_check_reaches_are_a_count_set():
    assert (6, 6, "doanh nghiệp") in _t("Tháng hành động về an toàn, vệ sinh lao động năm 2037", _PLACES)


def test_the_areas_own_divisions_are_the_whole_no_count():
    got = _t("Tháng hành động về an toàn, vệ sinh lao động năm 2037", _PLACES)
    assert not any(a == 14 for a, _, _ in got)


# --- the trade union's members and workers, one group ----------------------------------------------------------------

def test_union_members_and_workers_are_one_group():
    body = ("**I. CHỈ TIÊU**\n\n1. Thăm hỏi, tặng quà ít nhất 420 đoàn viên, người lao động có hoàn cảnh khó khăn, bị "
            "bệnh hiểm nghèo.\n")
    assert (420, None, "đoàn viên, người lao động") in _t("Tháng Công nhân năm 2037", body)


# --- a self-review still to do; a window of a calendar period ---------------------------------------------------------

_REVIEW = """**I. MỤC ĐÍCH, YÊU CẦU**

1. Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2037.

**II. TỰ ĐÁNH GIÁ, CHẤM ĐIỂM VÀ LẬP HỒ SƠ**

- Kết quả tự chấm điểm được niêm yết công khai tại nhà văn hóa các thôn trong thời gian 07 ngày làm việc.

- Ban Chỉ đạo kiểm tra định kỳ hằng quý (trong 15 ngày cuối của tháng cuối quý).
"""


def test_a_posting_span_under_a_self_review_part_is_a_target():
    assert (7, 7, "ngày làm việc") in _t("Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2037", _REVIEW)


def test_the_last_days_of_a_quarter_are_no_limit():
    got = _t("Xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2037", _REVIEW)
    assert not any(15 in (a, b) for a, b, _ in got)
