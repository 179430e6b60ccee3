"""The grammar of a duty a rule states, at the level of its parts rather than of the words of one sentence: the
parties a rule regulates ("Tổ chức, cá nhân …", "Tổ chức kinh tế, cá nhân nước ngoài …", a household "Hộ …") as
the subject of "phải" / "có nghĩa vụ"; a right granted with its condition ("X được A nhưng phải B": B is X's duty);
an opening that names the period a duty holds in ("Trong thời gian …,"); an excerpt that opens among an article's
points ("b) Cơ quan … gửi …" before the first numbered part). And what stays no obligation: individual persons alone
("Các cá nhân được cấp tài khoản phải …"), a thing whose name opens like a head ("Hộ chiếu phải …"), a right with no
duty ("… được gia hạn nhưng không quá 15 ngày"), the same organisations in a letter that restates the law.

Every sentence is written for these tests in the kinds the legal windows' tuning half and the realdocs tuning sets
showed (never copied from the corpus); the expected values are read from the sentences as a clerk would, following
``realdocs/labeled/README.md`` and the legal windows' conventions (bench/gold/legal-windows/README.md: duties a
Thông tư / Nghị định / Quy chế lays on a named body or role, fee payers counted as roles).
"""

from __future__ import annotations

import pytest

from vanban.extract.duty_subject import duty_subject

# the Thông tư and the Cục Thuế letter the duty-subject tests wrap their sentences in
from test_obligations_duty_subject import _cong_van, _thong_tu, _whos  # noqa: E402


# --- the parties a rule regulates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, who", [
    ("1. Tổ chức, cá nhân thuê đất của Nhà nước có nghĩa vụ nộp tiền thuê đất đúng hạn.",
     "Tổ chức, cá nhân thuê đất của Nhà nước"),
    ("2. Tổ chức kinh tế, cá nhân nước ngoài không có cơ sở thường trú tại Việt Nam nhưng có thu nhập phát sinh "
     "tại Việt Nam phải nộp thuế theo phương pháp khấu trừ.", "Tổ chức kinh tế, cá nhân nước ngoài"),
    ("3. Trường hợp hàng hóa thay đổi nhãn mác thì tổ chức, cá nhân phải đăng ký lại với cơ quan quản lý.",
     "Tổ chức, cá nhân"),
])
def test_organisations_with_persons_a_rule_charges(sentence, who):
    assert _whos(_thong_tu(sentence + "\n")) == [who]


def test_the_same_organisations_restated_in_a_letter_are_no_body():
    """A Cục Thuế letter answering a company restates the law's duty: no body is assigned by the letter."""
    body = ("Căn cứ Luật Thuế sử dụng đất, tổ chức, cá nhân sử dụng đất có nghĩa vụ nộp thuế theo quy định.\n\n"
            "Tổ chức, cá nhân sử dụng đất phải kê khai thuế khi có thay đổi về diện tích.\n")
    assert _whos(_cong_van(body)) == []


def test_persons_alone_stay_no_body():
    """Individual persons a Quy chế charges ("Các cá nhân được cấp tài khoản …") are no body (realdocs labels)."""
    body = "Điều 9. Sử dụng tài khoản\n\n2. Các cá nhân được cấp tài khoản phải thường xuyên đổi mật khẩu.\n"
    assert _whos(_thong_tu(body)) == []


@pytest.mark.parametrize("sentence, who, what", [
    ("Hộ kinh doanh có doanh thu dưới 100 triệu đồng mà không sử dụng hóa đơn vẫn phải kê khai doanh thu theo năm.",
     "Hộ kinh doanh có doanh thu dưới 100 triệu đồng", "phải kê khai"),
    ("Hộ được giao đất rừng sản xuất phải nộp tiền sử dụng rừng theo quy định.", "Hộ được giao đất rừng sản xuất",
     "phải nộp"),
])
def test_a_household_a_rule_charges(sentence, who, what):
    got, said = duty_subject(sentence)
    assert got == who and said.startswith(what)


def test_a_thing_named_like_a_household_is_no_subject():
    assert duty_subject("Hộ chiếu phải còn thời hạn sử dụng ít nhất 06 tháng kể từ ngày nhập cảnh.")[0] is None
    assert duty_subject("Hộ tịch của trẻ em phải được đăng ký trong thời hạn 60 ngày.")[0] is None


# --- a right granted with its condition ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, who, what", [
    ("Người hành nghề được tạm ngừng hành nghề nhưng phải thông báo bằng văn bản cho Sở Y tế.",
     "Người hành nghề", "phải thông báo"),
    ("Trong thời gian bị đình chỉ, cơ sở đào tạo được đào tạo tiếp các khóa đã tuyển sinh nhưng phải báo cáo Sở "
     "Giáo dục và Đào tạo.", "Cơ sở đào tạo", "phải báo cáo"),
    ("Doanh nghiệp được gia hạn nộp hồ sơ song vẫn phải nộp tiền chậm nộp theo quy định.",
     "Doanh nghiệp", "phải nộp tiền chậm nộp"),
])
def test_a_right_granted_on_a_duty(sentence, who, what):
    got, said = duty_subject(sentence)
    assert got == who and said.startswith(what)


@pytest.mark.parametrize("sentence", [
    "Tòa án được gia hạn thời hạn chuẩn bị xét xử nhưng không quá 15 ngày.",
    "Bị đơn có quyền yêu cầu phản tố đối với nguyên đơn.",
])
def test_a_right_alone_is_no_duty(sentence):
    assert duty_subject(sentence)[0] is None


# --- an excerpt that opens among an article's points ---------------------------------------------------------------

def test_points_before_the_first_numbered_part():
    body = ("b) Chi cục Thuế khu vực gửi thông báo nộp thuế cho người nộp thuế, đồng thời gửi Ủy ban nhân dân cấp xã "
            "để phối hợp đôn đốc.\n\n"
            "a) Sau khi nhận được bản kê khai, Ủy ban nhân dân cấp xã tổng hợp và gửi Chi cục Thuế khu vực trong "
            "thời hạn 05 ngày làm việc.\n\n"
            "3. Sổ thuế được lưu tại Ủy ban nhân dân cấp xã và Chi cục Thuế khu vực.\n")
    assert _whos(_thong_tu(body)) == ["Chi cục Thuế khu vực", "Ủy ban nhân dân cấp xã"]


def test_a_named_body_after_a_clause_whose_opening_was_lost():
    """An excerpt (or a page cut) that starts inside a sentence: the named body and its duty marker after the
    clause's comma still charge it."""
    body = ("a) Hồ sơ khai thuế được nộp qua Cổng dịch vụ công quốc gia;\n"
            "trường hợp hệ thống gặp sự cố kéo dài, Chi cục Thuế khu vực có trách nhiệm: thông báo cho người nộp thuế\n"
            "và hướng dẫn nộp hồ sơ giấy.\n"
            "3. Hồ sơ giấy được lưu tại cơ quan thuế.\n")
    assert _whos(_thong_tu(body)) == ["Chi cục Thuế khu vực"]

