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
from test_obligations_duty_subject import _MOTTO, _cong_van, _thong_tu, _whos  # noqa: E402


def _reads(sentence: str, who: str, what: str) -> None:
    """The sentence's duty subject starts with ``who`` and its duty with ``what``."""
    got, said = duty_subject(sentence)
    assert got is not None and got.startswith(who) and said.startswith(what), (got, said)


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
    # a household a rule charges (the legal windows' labels: "hộ nộp thuế phải lập tờ khai")
    ("Hộ kinh doanh có doanh thu dưới 100 triệu đồng mà không sử dụng hóa đơn vẫn phải kê khai doanh thu theo năm.",
     "Hộ kinh doanh có doanh thu dưới 100 triệu đồng", "phải kê khai"),
    ("Hộ được giao đất rừng sản xuất phải nộp tiền sử dụng rừng theo quy định.", "Hộ được giao đất rừng sản xuất",
     "phải nộp"),
    # a right granted on a duty
    ("Người hành nghề được tạm ngừng hành nghề nhưng phải thông báo bằng văn bản cho Sở Y tế.",
     "Người hành nghề", "phải thông báo"),
    ("Trong thời gian bị đình chỉ, cơ sở đào tạo được đào tạo tiếp các khóa đã tuyển sinh nhưng phải báo cáo Sở "
     "Giáo dục và Đào tạo.", "Cơ sở đào tạo", "phải báo cáo"),
    ("Doanh nghiệp được gia hạn nộp hồ sơ song vẫn phải nộp tiền chậm nộp theo quy định.",
     "Doanh nghiệp", "phải nộp tiền chậm nộp"),
    ("Các Hội đồng đã thành lập trước ngày Thông tư này có hiệu lực được tiếp tục hoạt động, nhưng phải kiện toàn "
     "theo quy định tại Thông tư này.", "Các Hội đồng đã thành lập trước ngày Thông tư này có hiệu lực", "phải kiện toàn"),
    # a clause between the subject and its marker
    # the legal windows' labels count a role a time clause qualifies ("Người mua hàng miễn thuế khi mua hàng … phải
    # xuất trình …", draw 1); the clause's verbs are not the task
    ("Ngân hàng thương mại sau khi được cấp giấy phép phải công bố thông tin trên trang điện tử.",
     "Ngân hàng thương mại", "phải công bố"),
    ("Cơ quan kiểm tra khi tiến hành kiểm tra nếu phát hiện hàng giả có trách nhiệm chuyển hồ sơ cho cơ quan công an.",
     "Cơ quan kiểm tra", "có trách nhiệm chuyển hồ sơ"),
    ("Các cơ quan, đơn vị nêu tại khoản 1 Điều này khi nhận được tin báo về sự cố, tai nạn phải phối hợp xử lý ngay.",
     "Các cơ quan, đơn vị", "phải phối hợp"),
    # a passive whose agent leads
    ("Việc cập nhật cơ sở dữ liệu giá đất do Sở Nông nghiệp và Môi trường chủ trì thực hiện.",
     "Sở Nông nghiệp và Môi trường", "chủ trì thực hiện"),
    ("Việc kiểm tra định kỳ do Sở Y tế tổ chức thực hiện hằng năm.", "Sở Y tế", "tổ chức thực hiện"),
    # the subject's name, however it is printed
    # a parenthesis that names the subject again does not close its clause
    ("Ủy ban nhân dân các huyện, thị xã (sau đây gọi chung là cấp huyện) có trách nhiệm tổng hợp số liệu thống kê.",
     "Ủy ban nhân dân các huyện, thị xã (sau đây gọi chung là cấp huyện)", "có trách nhiệm tổng hợp"),
    # a body whose type is its name, after a clause no opening word announces
    ("Kết thúc mỗi đợt kiểm tra, Ủy ban nhân dân cấp xã có trách nhiệm báo cáo kết quả.", "Ủy ban nhân dân cấp xã",
     "có trách nhiệm báo cáo"),
    # a district office ("Phòng" before a capitalised name)
    ("Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định dự toán của các đơn vị.", "Phòng Tài chính - Kế hoạch",
     "có trách nhiệm thẩm định"),
    # a long topic before "thì": its name ends at its first verb or its "mà" clause
    ("Công ty chứng khoán, chi nhánh công ty chứng khoán nước ngoài tại Việt Nam đề nghị chấm dứt hoạt động môi giới "
     "mà chưa hoàn thành các giao dịch đã nhận lệnh của khách hàng thì phải thông báo cho khách hàng.",
     "Công ty chứng khoán, chi nhánh công ty chứng khoán nước ngoài tại Việt Nam", "phải thông báo"),
    # what the subject is charged with or competent for, before its own duty
    ("Cơ quan được giao nhiệm vụ tiến hành một số hoạt động kiểm tra, xác minh theo thẩm quyền phải gửi ngay kết quả "
     "cho Viện kiểm sát.", "Cơ quan được giao nhiệm vụ", "phải gửi ngay"),
    ("Cơ quan có thẩm quyền quản lý hồ sơ cán bộ lưu trữ hồ sơ gốc có trách nhiệm cung cấp bản sao cho đơn vị mới.",
     "Cơ quan có thẩm quyền quản lý hồ sơ cán bộ", "có trách nhiệm cung cấp"),
])
def test_the_grammar_of_a_duty(sentence, who, what):
    _reads(sentence, who, what)


def test_a_thing_named_like_a_household_is_no_subject():
    assert duty_subject("Hộ chiếu phải còn thời hạn sử dụng ít nhất 06 tháng kể từ ngày nhập cảnh.")[0] is None
    assert duty_subject("Hộ tịch của trẻ em phải được đăng ký trong thời hạn 60 ngày.")[0] is None


# --- and what is no duty: a right alone -----------------------------------------------------------------------------


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


# --- a clause's comma that opens another subject --------------------------------------------------------------------


def test_a_new_subject_after_the_clause_is_not_the_first():
    """"Sở … khi …, Ủy ban nhân dân cấp xã phải …": the comma opens another subject; the first one is no duty's."""
    got, _ = duty_subject("Sở Xây dựng khi nhận được hồ sơ, Ủy ban nhân dân cấp xã phải xác nhận tình trạng nhà ở.")
    assert got != "Sở Xây dựng"


# --- a thing a body led, the taxpayer as a role ---------------------------------------------------------------------


def test_a_thing_a_body_led_is_no_duty():
    assert duty_subject("Dự án do Bộ Xây dựng chủ trì đã hoàn thành giai đoạn 1.")[0] is None


def test_the_taxpayer_a_rule_charges():
    """"Người nộp thuế" may be an organisation or a person: a rule's duty of the taxpayer is a role's."""
    assert _whos(_thong_tu("a) Người nộp thuế có trách nhiệm nộp đủ tiền thuế nợ vào ngân sách nhà nước.\n")) \
        == ["Người nộp thuế"]


# --- a thing named like an office, a sanction -----------------------------------------------------------------------


def test_prevention_is_no_office():
    assert duty_subject("Phòng, chống dịch bệnh phải được thực hiện thường xuyên, liên tục.")[0] is None


@pytest.mark.parametrize("item", [
    "2. Tổ chức, cá nhân có trách nhiệm quản lý công trình do thiếu trách nhiệm gây thiệt hại cho tổ chức, cá nhân "
    "khác sẽ bị xử lý kỷ luật, phải bồi thường thiệt hại theo quy định của pháp luật.",
    "3. Người đưa ra chứng cứ giả mạo phải bồi thường thiệt hại theo quy định của pháp luật.",
])
def test_a_sanction_is_no_duty(item):
    assert _whos(_thong_tu("Điều 12. Khen thưởng, xử lý vi phạm\n\n" + item + "\n")) == []


# --- a plan's forms: the topic-comment "Đối với X: …", a body "được giao", a passive agent ------------------------------

def _ke_hoach(body: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\n" + _MOTTO + "Số: 1100/KH-UBND\n\nNghệ An, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2026\n\n" + body +
            "\n\nNơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Văn Đệ\n")


def test_the_topic_comment_form_of_an_assignment():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Đối với Sở Khoa học và Công nghệ: Chủ trì, phối hợp với các sở, ngành hướng dẫn triển khai Kế hoạch; "
            "tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n\n"
            "2. Đối với các sở, ban, ngành cấp tỉnh:\n- Xây dựng kế hoạch chi tiết của đơn vị;\n"
            "- Báo cáo kết quả về Sở Khoa học và Công nghệ.\n\n"
            "3. Đối với các dự án chuyển đổi số:\n- Bảo đảm tiến độ, chất lượng theo kế hoạch.\n")
    assert [w.lower() for w in _whos(_ke_hoach(body))] == ["sở khoa học và công nghệ", "các sở, ban, ngành cấp tỉnh"]


def test_a_body_charged_and_a_passive_agent_in_a_plan():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính được giao bố trí kinh phí thực hiện Kế hoạch.\n\n"
            "2. Việc tổng hợp báo cáo do Văn phòng Ủy ban nhân dân tỉnh thực hiện.\n\n"
            "3. Kế hoạch do Sở Khoa học và Công nghệ xây dựng đã được phê duyệt.\n")
    assert _whos(_ke_hoach(body)) == ["Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_topic_outside_the_assignment_of_tasks_assigns_nothing():
    """"Đối với X:" splits a criterion, a level or a format rule by whom it concerns outside "Tổ chức thực hiện"."""
    body = ("II. TIÊU CHÍ THI ĐUA\n\n1. Đối với các cơ quan, đơn vị trên địa bàn tỉnh:\n"
            "- Hoàn thành vượt mức các chỉ tiêu, kế hoạch được giao.\n\n"
            "2. Mức hỗ trợ\n\na) Đối với Trưởng Ban: 1.000.000 đồng/người/tháng.\n\n"
            "b) Đối với Phó Trưởng Ban: 700.000 đồng/người/tháng.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Đối với Sở Nội vụ: Hướng dẫn, theo dõi việc thực hiện Kế hoạch.\n")
    assert _whos(_ke_hoach(body)) == ["Sở Nội vụ"]


def test_a_case_clause_is_no_body():
    """The shared actor reader took "Trường hợp không có yêu cầu" for a body; the case clause's subject follows it."""
    item = ("3. Trường hợp không có yêu cầu bổ sung, sửa đổi hồ sơ đề nghị cấp phép, Sở Công Thương có trách nhiệm cấp "
            "giấy phép trong thời hạn 05 ngày làm việc.")
    assert _whos(_thong_tu(item + "\n")) == ["Sở Công Thương"]


def test_a_one_line_article_whose_title_holds_a_name():
    """A Pháp điển article on one line whose title holds a capitalised name before its sentence starts."""
    line = ("Điều 3.3.TT.31.20. Sử dụng Giao thức truyền tệp an toàn Các cơ quan nhà nước phải sử dụng Giao thức truyền "
            "tệp an toàn cho Cổng thông tin điện tử.")
    assert _whos(_thong_tu(line + "\n")) == ["Các cơ quan nhà nước"]


@pytest.mark.parametrize("item", [
    # a benefit the parties a rule regulates enjoy, its verb misread as their task
    "1. Tổ chức, cá nhân đóng góp, đầu tư xây dựng cơ sở giáo dục nghề nghiệp được hưởng chính sách ưu đãi về đất đai.",
])
def test_regulated_parties_without_a_duty_marker(item):
    assert _whos(_thong_tu(item + "\n")) == []


def test_a_condition_that_names_a_prosecution_is_no_sanction():
    """"Không đang bị truy cứu trách nhiệm hình sự" is a condition the lawyer meets, the Trung tâm's task stands."""
    item = ("3. Trung tâm trợ giúp pháp lý nhà nước căn cứ vào nhu cầu trợ giúp pháp lý tại địa phương lựa chọn, ký kết "
            "hợp đồng với luật sư có đủ điều kiện sau đây:\n\na) Có chứng chỉ hành nghề luật sư;\n\n"
            "b) Không đang bị truy cứu trách nhiệm hình sự;\n")
    assert _whos(_thong_tu(item)) == ["Trung tâm trợ giúp pháp lý nhà nước"]
