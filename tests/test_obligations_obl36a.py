"""Subjects of session 36's first obligations helper (obl36a), each in the wording of its kind:

* "Tập thể lãnh đạo <bodies>" opens a clause's subject as "Tập thể <body>" does (assignment_words.COLLECTIVE_BODY);
* "Lãnh đạo <bodies> dự Ngày hội / dự, chỉ đạo …": the leaders of the bodies named, charged with being there
  (subjects._leaders_present, assignment_words.PRESENCE_ACT); under a Party committee's heading "Lãnh đạo <body>
  bảo đảm …" stays the committee's verb, and guests a rule admits ("… được mời dự …") are no one charged;
* "Dự, chỉ đạo …" after a heading naming the comrades who attend: the verb, not part of their name;
* "Cảnh sát khu vực" a post a ward police's plan charges (patterns.ORG_HEADS);
* "Các tổ gửi báo cáo …": "gửi" after a unit's head word is the act (patterns.NAMELESS_VERBS), and a paragraph that
  schedules reports with no body before "Các tổ gửi báo cáo về …" dates the sender's obligation by the first
  report (prose_sentences.reports_sent).

Every sentence and plan here was written for this test in the style of a commune's or ward's Kế hoạch.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract import subjects as S


@pytest.mark.parametrize("sentence, who, what", [
    ("Tập thể lãnh đạo Thường trực HĐND, UBND xã và Ủy ban MTTQ Việt Nam xã nộp bản tự đánh giá về Văn phòng Đảng ủy "
     "trước ngày 10/12/2029.", "Tập thể lãnh đạo Thường trực HĐND, UBND xã và Ủy ban MTTQ Việt Nam xã", "nộp bản"),
    ("Lãnh đạo Đảng ủy, HĐND, UBND xã dự Ngày hội tại thôn Đông.", "Lãnh đạo Đảng ủy, HĐND, UBND xã", "dự Ngày hội"),
    ("Lãnh đạo UBND phường dự, chỉ đạo hội nghị tổng kết ở các tổ dân phố.", "Lãnh đạo UBND phường", "dự, chỉ đạo"),
    ("Lãnh đạo Sở Văn hóa, Thể thao và Du lịch dự lễ khai mạc tuần văn hóa.",
     "Lãnh đạo Sở Văn hóa, Thể thao và Du lịch", "dự lễ"),
    ("Các tổ gửi kết quả rà soát về Công an xã để tổng hợp.", "Các tổ", "gửi kết quả"),
    ("Cảnh sát khu vực lập danh sách hộ tạm trú trên địa bàn.", "Cảnh sát khu vực", "lập danh sách"),
])
def test_subjects_of_the_kind(sentence, who, what):
    got_who, got_what = S.actor(sentence)
    assert got_who == who
    assert got_what.startswith(what)


@pytest.mark.parametrize("sentence", [
    # a Party committee leads the body below its heading: the verb, not the body's leaders
    "Lãnh đạo Ủy ban nhân dân xã bảo đảm kinh phí cho các hoạt động của Ban Chỉ đạo.",
    # guests a working rule admits: no one is charged
    "Lãnh đạo Ủy ban nhân dân xã được mời dự hội nghị Ban Chấp hành khi bàn về quy hoạch.",
])
def test_leaders_not_charged(sentence):
    assert S.actor(sentence)[0] is None


_HEAD = """CÔNG AN TỈNH NGHỆ AN
CÔNG AN XÃ HƯNG LỢI

Số 31/KH-CAX

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hưng Lợi, ngày 02 tháng 12 năm 2029

KẾ HOẠCH
Ra quân bảo đảm trật tự dịp cuối năm 2029

"""

_PLAN = _HEAD + """**I. NHIỆM VỤ**

**1. Tổ Tuần tra**

Tuần tra các tuyến đường liên thôn vào ban đêm, nhất là khu vực chợ xã.

**2. Cảnh sát khu vực phụ trách các thôn**

Nắm danh sách người lưu trú tại các thôn; vận động 100% hộ kinh doanh ký cam kết xong trước ngày 20/12/2029.

**3. Các đồng chí cán bộ phụ trách thôn**

Dự, chỉ đạo buổi họp dân ở thôn được phân công; nắm tình hình báo cáo Trưởng Công an xã.

**II. CHẾ ĐỘ BÁO CÁO**

1. Báo cáo nhanh hằng ngày trước 16 giờ; báo cáo đợt đầu tiên trước ngày 15/12/2029. Các tổ gửi báo cáo về Tổ Tổng hợp để theo dõi.

2. Tổ Tổng hợp xây dựng báo cáo kết quả gửi Công an tỉnh trước ngày 05/01/2030.
"""


def test_ward_police_plan():
    obs = {o.who: o for o in extract(_PLAN).obligations}
    beat = obs["Cảnh sát khu vực phụ trách các thôn"]
    assert beat.deadline is not None and beat.deadline.date == "2029-12-20"
    assert "Các đồng chí cán bộ phụ trách thôn" in obs  # "Dự, chỉ đạo" is the task, not the name
    assert obs["Các tổ"].deadline is not None and obs["Các tổ"].deadline.date == "2029-12-15"
    assert obs["Tổ Tổng hợp"].deadline.date == "2030-01-05"
    assert not any(w.endswith(" gửi") for w in obs)


_FESTIVAL = """ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI
BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ PHÚC AN

Số 15/KH-MTTQ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Phúc An, ngày 01 tháng 10 năm 2029

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết năm 2029

**I. THỜI GIAN**

- Ngày hội tổ chức tại các thôn trong tháng 11/2029. Lãnh đạo Đảng ủy, HĐND, UBND xã dự Ngày hội tại thôn Đồng Tâm.

**II. TỔ CHỨC THỰC HIỆN**

**1. Ban Công tác Mặt trận các thôn**

Xây dựng kế hoạch Ngày hội của thôn, gửi Ban Thường trực trước ngày 25/10/2029.
"""


def test_leaders_attend_the_festival():
    obs = {o.who: o for o in extract(_FESTIVAL).obligations}
    assert "Lãnh đạo Đảng ủy, HĐND, UBND xã" in obs
    assert obs["Ban Công tác Mặt trận các thôn"].deadline.date == "2029-10-25"


_REVIEW = """ĐẢNG BỘ TỈNH THÁI BÌNH
ĐẢNG ỦY XÃ VŨ HỘI

Số 40-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Vũ Hội, ngày 15 tháng 11 năm 2029

KẾ HOẠCH
Kiểm điểm, đánh giá tập thể, cá nhân năm 2029

**II. HỒ SƠ GỬI VỀ ĐẢNG ỦY**

a) Các chi bộ gửi biên bản kiểm điểm về Văn phòng Đảng ủy trước ngày 16/12/2029.

b) Tập thể lãnh đạo Thường trực HĐND, UBND xã và các đoàn thể xã gửi báo cáo kiểm điểm về Văn phòng Đảng ủy trước ngày 22/12/2029.
"""


def test_collective_leadership_sends_its_report():
    obs = {o.who: o for o in extract(_REVIEW).obligations}
    ob = obs["Tập thể lãnh đạo Thường trực HĐND, UBND xã và các đoàn thể xã"]
    assert ob.deadline is not None and ob.deadline.date == "2029-12-22"


# --- the same plans as legacy OCR gives them, and a team's composition -------------------------------------------


@pytest.mark.parametrize("typed", [
    "Ho so gui ve Dang uy\n\na) Cac chi bo gui bien ban ve Van phong",
    "Ho so gui ve Dang uy\nb) Cac chi bo gui bien ban ve Van phong",
])
def test_list_letter_is_no_syllable_of_a_name(typed):
    """A list's letter opening a line after "… Đảng ủy" stays the letter: no known name ("Đảng ủy xã") runs into it
    (restore.lone_glyphs.list_label)."""
    from vanban.ocr.restore import restore

    out = restore(typed).text
    label = typed.split("\n")[-1][:2]
    assert "\n" + label + " Các chi bộ" in out
    assert "xã)" not in out


_CLOSING = _HEAD + """**I. NHIỆM VỤ**

**1. Tổ Tuần tra**

Tuần tra các tuyến đường liên thôn vào ban đêm, hoàn thành báo cáo trước ngày 20/12/2029.

Yêu cầu các tổ công tác, cán bộ, chiến sĩ Công an xã nghiêm túc triển khai thực hiện; quá trình thực hiện cơ khỏe khan, vướng mắc báo cáo Trưởng Công an xã để chỉ đạo./.
"""


def test_closing_formula_with_a_garbled_difficulty_is_no_obligation():
    from vanban.extract import assignment_words as W
    from vanban.text import fold

    assert W.CLOSING.search(fold("nghiêm túc triển khai thực hiện; quá trình thực hiện cơ khỏe khan, vướng mắc báo "
                                 "cáo Trưởng Công an xã để chỉ đạo./."))
    whos = [o.who for o in extract(_CLOSING).obligations]
    assert whos == ["Tổ Tuần tra"]


_TEAM = """ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
ỦY BAN NHÂN DÂN XÃ TÂN LẬP

Số 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Tân Lập, ngày 10 tháng 9 năm 2029

KẾ HOẠCH
Chống thất thu ngân sách năm 2029

**III. THÀNH LẬP TỔ CÔNG TÁC**

Thành lập Tổ công tác thu ngân sách xã Tân Lập, gồm:

- Tổ trưởng: Chủ tịch UBND xã;

- Các thành viên: công chức Tài chính - Kế toán xã; Trưởng Công an xã; đại diện Hội Cựu chiến binh xã.

Tổ công tác rà soát các hộ kinh doanh trên địa bàn xã xong trước ngày 30/10/2029.
"""


def test_team_members_are_its_composition():
    obs = {o.who: o for o in extract(_TEAM).obligations}
    assert "Các thành viên" not in obs
    assert obs["Tổ công tác"].deadline.date == "2029-10-30"
