"""Kinds of a duty stated in a rule's prose that the second draw of legal windows (bench/legal_windows.py --draw 2)
showed: a case subject whose duty after "thì" is a plain verb, openings "Theo yêu cầu …", a clause that describes the
subject before its marker, a subject as a topic ("X …, thì phải …"), a later condition's "thì", the prose an excerpt
holds before its first numbered part; and what is no obligation: the executing formula without "này", a body's
composition ("gồm 05 thành viên:"), a negated case in a list, a thing or a plural alone as the subject, a role a time
clause defines ("… sau khi được cấp …"), a Pháp điển article's title alone, a source note after an intro, enacting
lines before the body.

Every sentence is written for these tests in the kinds found there, never copied from the corpus; the expected
values are read from the sentences as a clerk would (and the label README: persons, competences, closing formulas and
conditions are no obligations).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract.article_line import article_line, title_only
from vanban.extract.duty_subject import duty_subject, thing_opening

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _thong_tu(body: str) -> str:
    return ("BỘ TÀI CHÍNH\n\n" + _MOTTO + "Số: 31/2025/TT-BTC\n\nHà Nội, ngày 14 tháng 11 năm 2025\n\n"
            "THÔNG TƯ\nHướng dẫn quản lý thuế đối với hộ kinh doanh\n\n" + body +
            "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n")


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


# --- duties the sentence grammar reads ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, who, what", [
    # the case clause names the body, "thì" opens its duty with a plain verb and no subject of its own
    ("Trường hợp Cục Hải quan phát hiện hàng hóa khai sai thì lập biên bản và báo cáo Bộ Tài chính.",
     "Cục Hải quan", "lập biên bản"),
    ("Trường hợp Sở giao dịch hàng hóa phát hiện giao dịch bất thường thì xử lý theo thẩm quyền.",
     "Sở giao dịch hàng hóa", "xử lý theo thẩm quyền"),
    # an opening that says at whose request, then the body and its plain verb
    ("Theo yêu cầu của đương sự, Tòa án ra quyết định trưng cầu giám định.", "Tòa án", "ra quyết định"),
    ("Theo yêu cầu của Viện kiểm sát, Thẩm phán tiến hành lấy lời khai của người làm chứng.",
     "Thẩm phán", "tiến hành lấy lời khai"),
    # a clause that describes the subject before its marker: the name ends where the clause opens
    ("Doanh nghiệp bảo hiểm không có chi nhánh tại tỉnh phải cử người đại diện giải quyết bồi thường.",
     "Doanh nghiệp bảo hiểm", "phải cử người đại diện"),
    ("Cục Hàng không Việt Nam có trách nhiệm công bố danh mục sân bay.", "Cục Hàng không Việt Nam", "có trách nhiệm"),
    ("Cơ sở khám bệnh, chữa bệnh có trách nhiệm báo cáo số ca bệnh hằng tuần.", "Cơ sở khám bệnh, chữa bệnh",
     "có trách nhiệm báo cáo"),
    # the subject as a topic, its duty after "thì"
    ("Hợp tác xã có thành viên ở nhiều huyện, thị xã thì phải đăng ký tại cơ quan cấp tỉnh.",
     "Hợp tác xã có thành viên ở nhiều huyện, thị xã", "phải đăng ký"),
    # the "thì" closes a later condition; the subject follows the opening's comma before it
    ("Căn cứ vào báo cáo của xã, Chi cục Thống kê kiểm tra số liệu, nếu thấy sai lệch thì yêu cầu xã giải trình.",
     "Chi cục Thống kê", "kiểm tra số liệu"),
    # a plain verb of a rule ends a subject the shared verb list ran past
    ("Chủ quản hệ thống thông tin có trách nhiệm cử bộ phận làm đầu mối ứng cứu sự cố.",
     "Chủ quản hệ thống thông tin", "có trách nhiệm cử"),
])
def test_a_duty_stated_in_a_rule(sentence, who, what):
    got_who, got_what = duty_subject(sentence)
    assert got_who == who
    assert got_what.startswith(what)


@pytest.mark.parametrize("sentence", [
    "Trường hợp doanh nghiệp không nộp đủ hồ sơ thì áp dụng quy định tại khoản 2 Điều này.",  # a rule applied
    "Trường hợp người nộp thuế không đồng ý thì được khiếu nại.",  # a right
    "Bị đơn không phải nộp tiền tạm ứng án phí.",  # a denial
    # the commas lie inside the opening clause, its "thì" closes it: no subject after the commas
    "Khi có yêu cầu của cơ quan, đơn vị, cá nhân thuộc quyền quản lý thì gửi văn bản đề nghị.",
    "Đối với trường hợp bán hàng trả chậm, Bên bán nhận thanh toán bằng chuyển khoản.",  # a case: a marker needed
])
def test_no_duty(sentence):
    assert duty_subject(sentence)[0] is None


@pytest.mark.parametrize("who, thing", [
    ("Bản sao hoặc", True), ("Bản chính văn bản đề nghị", True), ("Hồ sơ", True),
    ("Ban Đô thị", False), ("Ban quản lý dự án", False), ("Sở Y tế", False), ("Đơn vị có giấy phép", False),
])
def test_a_thing_opening_is_no_subject(who, thing):
    assert thing_opening(who) is thing


def test_a_sentence_in_a_rule_charges_its_subject():
    text = _thong_tu("Điều 4. Kê khai thuế\n\n"
                     "1. Bộ trưởng Bộ Tài chính quy định chi tiết việc kê khai, nộp thuế và mẫu tờ khai.\n\n"
                     "2. Trường hợp Chi cục Thuế phát hiện tờ khai sai thì yêu cầu hộ kinh doanh khai bổ sung.\n\n")
    assert _whos(text) == ["Bộ trưởng Bộ Tài chính", "Chi cục Thuế"]


# --- no obligation -----------------------------------------------------------------------------------------------

def test_the_executing_formula_without_nay_is_no_obligation():
    text = _thong_tu("Điều 12. Trách nhiệm thi hành\n\n"
                     "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm "
                     "thi hành Nghị định...\n\n")
    assert _whos(text) == []


def test_a_composition_is_no_task():
    text = _thong_tu("Điều 6. Hội đồng xét chọn\n\n"
                     "1. Hội đồng xét chọn do Bộ trưởng Bộ Tài chính thành lập, gồm 07 (bảy) thành viên:\n\n"
                     "a) Chủ tịch Hội đồng là lãnh đạo Bộ;\n\nb) Các ủy viên là đại diện các vụ.\n\n")
    assert "Hội đồng xét chọn" not in " ".join(_whos(text))


@pytest.mark.parametrize("item", [
    "c) Các bên không thỏa thuận lựa chọn tổ chức thẩm định giá;",  # a negated case, its "tổ chức" a noun
    "b) Bản sao hoặc cung cấp số giấy phép kinh doanh;",  # a document a file holds
    "2. Các hình thức tập huấn bắt buộc được tổ chức theo kế hoạch của Bộ.",  # forms, not bodies
    "1. Các tổ chức tín dụng bị đình chỉ hoạt động trong các trường hợp sau đây:",  # a passive case list
])
def test_no_obligation_in_a_rule(item):
    assert _whos(_thong_tu("Điều 8. Quy định chung\n\n" + item + "\n\n")) == []


def test_a_title_alone_names_no_duty():
    assert title_only("5.NĐ.4.5. Người đứng đầu cơ quan cấp trên giải quyết khiếu nại khi cấp dưới quá thời h...")
    assert title_only("5.LQ.35. Kết luận nội dung thanh tra")
    assert not title_only("3.NĐ.3.44. Trách nhiệm của các bộ Ngoài trách nhiệm chung theo quy định tại Điều 41 Nghị đ...")
    assert not title_only("3.NĐ.22. Trách nhiệm của Bộ Công Thương 1. Chủ trì xây dựng quy hoạch.")
    text = _thong_tu("Điều 18.5.NĐ.4.5. Người đứng đầu cơ quan, tổ chức cấp trên trực tiếp giải quyết vụ việc khi "
                     "cấp dưới quá thời h...\n\nĐiều 18.5.LQ.36. Kết luận nội dung tố cáo\n\n")
    assert _whos(text) == []


def test_a_title_then_one_sentence_charges_its_body():
    got = article_line("1.NĐ.3.15. Trách nhiệm hướng dẫn thi hành Bộ trưởng Bộ Công Thương có trách nhiệm "
                       "hướng dẫn các điều, khoản được giao.")
    assert got == ("Bộ trưởng Bộ Công Thương", "có trách nhiệm hướng dẫn các điều, khoản được giao.")
    assert article_line("1.NĐ.3.18. Trách nhiệm thi hành Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách "
                        "nhiệm thi hành Nghị định này.") is None


def test_a_source_note_closes_the_intro():
    text = _thong_tu("1. Cơ quan, tổ chức, đơn vị phải thực hiện thanh toán không dùng tiền mặt đối với các khoản "
                     "sau đây:\n\n(Điều 30 Luật số 36/2018/QH14, có hiệu lực thi hành kể từ ngày 01/07/2019)\n\n"
                     "(Điều này có nội dung liên quan đến Điều 12.1.LQ.2. Trách nhiệm của cơ quan, tổ chức)\n\n")
    assert all(not o.what.startswith("(") for o in extract(text).obligations)


# --- the prose before the first numbered part ------------------------------------------------------------------

def test_prose_before_the_first_item_is_read():
    text = _thong_tu("Căn cứ vào tờ khai của hộ kinh doanh, Chi cục Thuế kiểm tra, tính thuế và lập sổ bộ thuế.\n"
                     "Bộ Tài chính hướng dẫn cụ thể việc lập và điều chỉnh sổ bộ thuế.\n"
                     "1. Trường hợp hộ kinh doanh chỉ kinh doanh tại một địa điểm:\n")
    assert _whos(text) == ["Chi cục Thuế", "Bộ Tài chính"]


def test_basis_and_enacting_lines_are_no_obligation():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\n" + _MOTTO + "Số: 40/2025/QĐ-UBND\n\nHà Nam, ngày 10 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\n"
            "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 90/TTr-SCT.\n\n"
            "Ủy ban nhân dân tỉnh ban hành Quyết định ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh.\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.\n\n"
            "Điều 2. Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n")
    assert _whos(text) == ["Sở Công Thương"]


# --- a rule's plain verbs and an article's one paragraph -----------------------------------------------------------

@pytest.mark.parametrize("sentence, who, what", [
    ("Ban quản lý dự án niêm yết công khai danh sách hộ được hỗ trợ tại trụ sở xã.", "Ban quản lý dự án", "niêm yết"),
    ("Sở Tài chính trình Ủy ban nhân dân tỉnh phê duyệt dự toán kinh phí.", "Sở Tài chính", "trình Ủy ban"),
    ("Kho bạc Nhà nước hoàn trả số tiền nộp thừa trong thời hạn 05 ngày làm việc.", "Kho bạc Nhà nước", "hoàn trả"),
])
def test_a_rule_plain_verb_ends_the_subject(sentence, who, what):
    got_who, got_what = duty_subject(sentence)
    assert got_who == who
    assert got_what.startswith(what)


def test_the_rule_verb_ends_a_subject_the_shared_list_ran_past():
    # "nộp" of "người nộp thuế" is no verb of Sở Tài chính: "lập danh sách" is its task
    text = _thong_tu("Điều 3. Lập sổ bộ\n\na) Lập danh sách người nộp thuế;\n\n"
                     "b) Sở Tài chính lập danh sách người nộp thuế.\n\n")
    assert [(o.who, o.what[:13]) for o in extract(text).obligations] == [("Sở Tài chính", "lập danh sách")]


def test_an_article_titled_by_its_body_with_one_paragraph():
    text = _thong_tu("Điều 8. Trách nhiệm của Kho bạc Nhà nước\n\n"
                     "Kho bạc Nhà nước kiểm soát chi theo dự toán được giao.\n\n")
    assert _whos(text) == ["Kho bạc Nhà nước"]


def test_a_title_name_printed_again_as_the_subject_is_one_name():
    text = _thong_tu("Điều 11. Trách nhiệm của Bộ Công Thương\n\nBộ Công Thương có trách nhiệm:\n\n"
                     "1. Hướng dẫn thực hiện Thông tư này.\n\n2. Kiểm tra việc thực hiện.\n\n")
    assert _whos(text) == ["Bộ Công Thương"]


@pytest.mark.parametrize("item, who, what", [
    # a passive whose verb alone charges its agent: the act before it is the task
    ("1. Việc kiểm tra định kỳ do Sở Y tế thực hiện.", "Sở Y tế", "thực hiện việc kiểm tra định kỳ"),
    ("2. Việc giám sát do Thanh tra Bộ đảm nhiệm.", "Thanh tra Bộ", "đảm nhiệm việc giám sát"),
    # review 11: a modifier after the verb ("theo …", "định kỳ hằng năm") keeps the act (was "thực hiện theo quy định …")
    ("3. Việc cấp giấy phép do Ủy ban nhân dân cấp tỉnh thực hiện theo quy định tại Điều 5 Thông tư này.",
     "Ủy ban nhân dân cấp tỉnh", "thực hiện việc cấp giấy phép theo quy định tại Điều 5 Thông tư này"),
    ("4. Viec doi chieu so lieu do Kho bac Nha nuoc thuc hien dinh ky hang quy.",
     "Kho bac Nha nuoc", "thuc hien viec doi chieu so lieu dinh ky hang quy"),
])
def test_a_passive_carried_out_by_a_body(item, who, what):
    assert [(o.who, o.what) for o in extract(_thong_tu(item + "\n\n")).obligations] == [(who, what)]


def test_a_passive_origin_or_a_document_list_is_no_obligation():
    assert _whos(_thong_tu("1. Tài liệu do người nộp thuế cung cấp.\n\n2. Việc cấp phép do Bộ trưởng quyết định.\n\n")) == []


def test_a_function_naming_units_is_no_task():
    # "thực hiện chức năng quản lý …" names the units; with a marker after it the units are charged
    assert _whos(_thong_tu("1. Các đơn vị thực hiện chức năng quản lý nhà nước của Ban Quản lý khu kinh tế...\n\n")) == []
    assert _whos(_thong_tu("2. Các đơn vị thực hiện chức năng thanh tra chuyên ngành có trách nhiệm báo cáo Thanh tra "
                           "Bộ.\n\n")) == ["Các đơn vị thực hiện chức năng thanh tra chuyên ngành"]
