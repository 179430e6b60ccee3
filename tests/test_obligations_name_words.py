"""Bodies whose names hold a task verb, or break over a line, kept whole (newcomer run, session 13).

A commune's plan "1. Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ …", "4. Phòng Văn hóa - Thông tin tổ
chức tuyên truyền", "6. Giao Bộ Xây dựng⏎quản lý Quỹ" gave the bodies "Trung tâm", "Phòng Văn hóa",
"Bộ" doing "Kiểm soát bệnh tật …", "Thông tin tổ chức …", "Xây dựng quản lý Quỹ": the verb lists
read the capitalised words of the name ("Kiểm soát", "Thông tin", "Xây dựng") as the task's verb. A
hospital, a Chi đoàn and a list of mass organisations doing "hỗ trợ" were lost: no head word, no verb.

Real wording: 0130-KH-UBND (Đắk Lắk; the page hard-wraps every bullet: "- Trung tâm Kiểm soát bệnh⏎tật
tỉnh hỗ trợ …", "- Mặt trận Tổ quốc, Đoàn⏎Thanh niên, Hội Phụ nữ hỗ trợ …"), 302/2025/NĐ-CP ("giao Bộ Xây
dựng⏎quản lý."), and sentences in the style of a commune's plan.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract import subjects as S


@pytest.mark.parametrize("sentence, who, what", [
    ("Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương xét nghiệm.",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "hỗ trợ các địa phương xét nghiệm."),
    ("Trung tâm Kiểm soát bệnh\ntật tỉnh hỗ trợ các địa phương xét nghiệm khi phát hiện ca bệnh bất thường.",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "hỗ trợ các địa phương xét nghiệm khi phát hiện ca bệnh bất thường."),
    ("Trung tâm\nKiểm soát bệnh tật tỉnh chủ trì chủ động điều phối, cấp hóa chất.",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "chủ trì chủ động điều phối, cấp hóa chất."),
    ("Phòng Văn hóa - Thông tin tổ chức tuyên truyền.", "Phòng Văn hóa - Thông tin", "tổ chức tuyên truyền."),
    ("Bệnh viện Đa khoa tỉnh chuẩn bị giường bệnh.", "Bệnh viện Đa khoa tỉnh", "chuẩn bị giường bệnh."),
    ("Chi đoàn thôn Đông tổ chức tuyên truyền.", "Chi đoàn thôn Đông", "tổ chức tuyên truyền."),
    ("Mặt trận Tổ quốc, Đoàn\nThanh niên, Hội Phụ nữ hỗ trợ người dân khắc phục hậu quả.",
     "Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ", "hỗ trợ người dân khắc phục hậu quả."),
])
def test_name_kept_whole(sentence, who, what):
    got_who, got_what = S.actor(sentence)
    assert " ".join(got_who.split()) == who
    assert " ".join(got_what.split()) == what


@pytest.mark.parametrize("sentence", [
    "Sở Y tế chủ trì kiểm tra, đôn đốc thực hiện kế hoạch.",  # a lowercase verb still ends the name
    "Ủy ban nhân dân cấp tỉnh thành lập và quản lý Quỹ nhà ở địa phương.",
])
def test_lowercase_verb_still_ends_the_name(sentence):
    who, _ = S.actor(sentence)
    assert who in ("Sở Y tế", "Ủy ban nhân dân cấp tỉnh")


def test_cue_body_across_a_line_break():
    # 302/2025/NĐ-CP Điều 3: "… trực thuộc Bộ Xây dựng, giao Bộ Xây dựng⏎quản lý."
    who, what = S.cue_subject("Bộ Xây dựng\nquản lý Quỹ.")
    assert who == "Bộ Xây dựng" and what == "quản lý Quỹ."
    assert S.cue_subject("Ủy ban nhân dân cấp tỉnh thành lập và quản lý Quỹ nhà ở địa phương.")[0] == "Ủy ban nhân dân cấp tỉnh"


PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN TIẾN
Số: 70/KH-UBND
Tân Tiến, ngày 17 tháng 11 năm 2025
KẾ HOẠCH
Phòng, chống dịch năm 2026
1. Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương xét nghiệm.
2. Bệnh viện Đa khoa tỉnh chuẩn bị giường bệnh.
3. Chi đoàn thôn Đông tổ chức tuyên truyền.
4. Phòng Văn hóa - Thông tin tổ chức tuyên truyền.
5. Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân khắc phục hậu quả.
6. Giao Bộ Xây dựng
quản lý Quỹ.
7. Công an xã bảo đảm an ninh trật tự.
"""


def test_plan_keeps_every_task_with_its_whole_body():
    got = {(" ".join(o.who.split()), o.what.rstrip(".")) for o in extract(PLAN).obligations}
    assert got == {
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "hỗ trợ các địa phương xét nghiệm"),
        ("Bệnh viện Đa khoa tỉnh", "chuẩn bị giường bệnh"),
        ("Chi đoàn thôn Đông", "tổ chức tuyên truyền"),
        ("Phòng Văn hóa - Thông tin", "tổ chức tuyên truyền"),
        ("Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ", "hỗ trợ người dân khắc phục hậu quả"),
        ("Bộ Xây dựng", "quản lý Quỹ"),
        ("Công an xã", "bảo đảm an ninh trật tự"),
    }


BULLETS_0130 = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 0130/KH-UBND
Đắk Lắk, ngày 24 tháng 11 năm 2025
KẾ HOẠCH
Khắc phục môi trường và phòng, chống dịch bệnh truyền nhiễm sau lụt bão

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Phòng chống dịch bệnh

- Trung tâm Kiểm soát bệnh
tật tỉnh hỗ trợ các địa phương xét nghiệm khi phát hiện ca bệnh bất thường.

- Mặt trận Tổ quốc, Đoàn
Thanh niên, Hội Phụ nữ hỗ trợ người dân khắc phục hậu quả.

- Sở Y tế chủ trì kiểm
tra, đôn đốc thực hiện kế hoạch.
"""


def test_hard_wrapped_bullets_keep_the_name_whole():
    got = {" ".join(o.who.split()): " ".join(o.what.split()) for o in extract(BULLETS_0130).obligations}
    assert got.get("Trung tâm Kiểm soát bệnh tật tỉnh", "").startswith("hỗ trợ các địa phương xét nghiệm")
    assert got.get("Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ", "").startswith("hỗ trợ người dân")
    assert "Trung tâm" not in got and "Mặt trận Tổ quốc, Đoàn" not in got


def test_request_ends_the_bodies_at_doi_moi():
    # 631-TB-VPCP: "Yêu cầu các Bộ, cơ quan đổi mới phương thức, nâng cao năng lực trong quá trình tổ chức thực hiện"
    who, what = S.cue_subject("các Bộ, cơ quan đổi mới phương thức, nâng cao năng lực trong quá trình tổ chức thực hiện.")
    assert who == "các Bộ, cơ quan" and what.startswith("đổi mới phương thức")


