"""A Quyết định phân công whose members are written with commas (session 31, meta31).

Why: "b) Bà Nguyễn Thị Mai, Phó Chủ tịch UBND xã, giúp Chủ tịch theo dõi …" names the member and her office between
commas and runs her task on after them; only the dash form ("Bà … - Phó Chủ tịch UBND xã: …") was read as a member's
heading, so such a decision charged nobody (session 30's newcomer). A list of a board's members, each with an office
and no task ("Ông …, Chủ tịch UBND xã, Trưởng ban;"), charges nobody either way.

Inputs written for this test; expected values as a careful reader gives them: one assignment per member, the member
as printed.
"""

from vanban.extract import extract

DECISION = """ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/QĐ-UBND
Phú Lộc, ngày 12 tháng 3 năm 2027

QUYẾT ĐỊNH
Về việc phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ LỘC

QUYẾT ĐỊNH:

Điều 1. Phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã như sau:
a) Ông Võ Văn Tài, Chủ tịch UBND xã, lãnh đạo, điều hành chung các hoạt động của Ủy ban nhân dân xã; trực tiếp phụ trách công tác tổ chức, tài chính.
b) Bà Đinh Thị Hoa, Phó Chủ tịch UBND xã, giúp Chủ tịch theo dõi, chỉ đạo lĩnh vực văn hóa - xã hội, giáo dục, y tế.
c) Ông Hồ Quang Minh, Phó Chủ tịch UBND xã, giúp Chủ tịch phụ trách lĩnh vực kinh tế, nông nghiệp, xây dựng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Võ Văn Tài
"""


def test_each_member_written_with_commas_is_charged():
    who = [o.who for o in extract(DECISION).obligations]
    assert who == ["Ông Võ Văn Tài, Chủ tịch UBND xã", "Bà Đinh Thị Hoa, Phó Chủ tịch UBND xã",
                   "Ông Hồ Quang Minh, Phó Chủ tịch UBND xã"]


def test_the_task_after_the_offices_is_the_members():
    ob = extract(DECISION).obligations
    assert ob[1].what.startswith("giúp Chủ tịch theo dõi, chỉ đạo lĩnh vực văn hóa - xã hội")


def test_a_list_of_board_members_charges_nobody():
    board = DECISION.replace(
        "a) Ông Võ Văn Tài, Chủ tịch UBND xã, lãnh đạo, điều hành chung các hoạt động của Ủy ban nhân dân xã; trực tiếp phụ trách công tác tổ chức, tài chính.\n"
        "b) Bà Đinh Thị Hoa, Phó Chủ tịch UBND xã, giúp Chủ tịch theo dõi, chỉ đạo lĩnh vực văn hóa - xã hội, giáo dục, y tế.\n"
        "c) Ông Hồ Quang Minh, Phó Chủ tịch UBND xã, giúp Chủ tịch phụ trách lĩnh vực kinh tế, nông nghiệp, xây dựng.\n",
        "a) Ông Võ Văn Tài, Chủ tịch UBND xã, Trưởng ban;\nb) Bà Đinh Thị Hoa, Phó Chủ tịch UBND xã, Phó Trưởng ban;\n"
    ).replace("Phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã như sau:", "Thành lập Ban Chỉ đạo gồm:")
    assert not extract(board).obligations
