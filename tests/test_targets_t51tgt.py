"""Targets of the kinds tune51 (spent twin) read wrongly (t51tgt, session 52).

* A quota table under an item's heading ("1. Tuyển sinh vào lớp 1") inside a part whose heading names quotas alone
  ("II. CHỈ TIÊU TUYỂN SINH"): each unit's row a target, the "Cộng" rows too (t51-10; the same table right under the
  part's heading, t31-04, or under a lead naming the quotas, a40-06, t40-06, is labelled so). A part that names other
  topics beside the quotas ("II. CHỈ TIÊU, ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ") does not make its items' tables quotas by itself.
* A quorum or a majority of a body's members ("ít nhất 2/3 số đảng viên chính thức của chi bộ tán thành", "có ít nhất
  2/3 tổng số cán bộ, công chức được triệu tập có mặt"): the fraction counted in the whole it is of, not a bare "tỷ lệ"
  (the labels name the whole: "tỷ lệ so với tổng số …" in 21 of 29, the whole alone in t20-08, t51-07, t51-09).

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
