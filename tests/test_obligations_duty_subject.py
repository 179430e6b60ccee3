"""A body or role as the grammatical subject of a duty stated in prose (laws, decrees, circulars, the Quy chế a
Quyết định issues): "<subject> phải / có trách nhiệm / có nghĩa vụ / có nhiệm vụ … <task>", also after a time
limit or a case clause, and with a plain verb in a rule-making document. Not a duty: things, persons, rights,
denials, a plain verb after a condition, "phải nộp" as "payable", a quoted provision, a letter restating the law
for a generic addressee.

The sentences are written for these tests (in the kinds found in the legal_vi windows and the held-out real
documents, bench/legal_windows.py), never copied from the corpus; their expected values are read from the
sentences, not from vanban's output. The last tests use real documents of the tuning sets (165/2025/QĐ-UBND).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract.duty_subject import duty_subject

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _thong_tu(articles: str) -> str:
    return ("BỘ XÂY DỰNG\n\n" + _MOTTO + "Số: 12/2025/TT-BXD\n\nHà Nội, ngày 10 tháng 11 năm 2025\n\n"
            "THÔNG TƯ\nQuy định chi tiết một số điều\n\n" + articles +
            "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n")


def _cong_van(body: str) -> str:
    return ("BỘ TÀI CHÍNH\nCỤC THUẾ\n\n" + _MOTTO + "Số: 1234/CT-CS\nV/v chính sách thuế\n\n"
            "Hà Nội, ngày 10 tháng 11 năm 2025\n\nKính gửi: Công ty TNHH Minh Long.\n\n" + body +
            "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nTrần Văn Cường\n")


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


@pytest.mark.parametrize("sentence, who, what", [
    # a body or role, then a duty marker
    ("Nhà thầu thi công phải lập nhật ký công trường hằng ngày.", "Nhà thầu thi công", "phải lập nhật ký"),
    ("Người sử dụng lao động có trách nhiệm khai báo tai nạn lao động với cơ quan quản lý.",
     "Người sử dụng lao động", "có trách nhiệm khai báo"),
    ("Doanh nghiệp kinh doanh dịch vụ bưu chính có nghĩa vụ bảo đảm an toàn bưu gửi.",
     "Doanh nghiệp kinh doanh dịch vụ bưu chính", "có nghĩa vụ bảo đảm"),
    ("Cơ sở khám bệnh, chữa bệnh có trách nhiệm niêm yết giá dịch vụ tại nơi tiếp đón người bệnh.",
     "Cơ sở khám bệnh, chữa bệnh", "có trách nhiệm niêm yết"),
    ("Các Bộ, cơ quan ngang Bộ có trách nhiệm rà soát văn bản thuộc lĩnh vực quản lý.",
     "Các Bộ, cơ quan ngang Bộ", "có trách nhiệm rà soát"),
    ("Cơ quan tiếp nhận hồ sơ có trách nhiệm kiểm tra tính đầy đủ của hồ sơ.",
     "Cơ quan tiếp nhận hồ sơ", "có trách nhiệm kiểm tra"),
    ("Người mua hàng miễn thuế phải xuất trình hộ chiếu khi thanh toán.", "Người mua hàng miễn thuế", "phải xuất trình"),
    # an opening time limit or scope clause, then the subject
    ("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được đơn, Ủy ban nhân dân cấp xã có trách nhiệm xem xét, "
     "trả lời người đề nghị.", "Ủy ban nhân dân cấp xã", "có trách nhiệm xem xét"),
    ("Chậm nhất 05 ngày trước ngày khai giảng, cơ sở đào tạo phải công bố kế hoạch học tập.",
     "Cơ sở đào tạo", "phải công bố"),
    # a case clause, then a marker
    ("Trường hợp phát hiện sai sót trong hóa đơn, bên bán phải lập hóa đơn điều chỉnh.", "Bên bán", "phải lập"),
    ("Trường hợp cần kéo dài thời hạn thì nhà đầu tư phải có văn bản giải trình.", "Nhà đầu tư", "phải có văn bản"),
    # the role the case clause names carries the duty after its "thì"
    ("Trường hợp Hội đồng thẩm định không thông qua hồ sơ thì phải nêu rõ lý do bằng văn bản.",
     "Hội đồng thẩm định", "phải nêu rõ lý do"),
    # a plain verb in a rule-making document
    ("Tòa án cấp sơ thẩm gửi bản án cho Viện kiểm sát cùng cấp trong thời hạn 05 ngày.",
     "Tòa án cấp sơ thẩm", "gửi bản án"),
    ("Cơ quan thi hành án dân sự cấp tỉnh lập hồ sơ theo dõi việc thi hành án.",
     "Cơ quan thi hành án dân sự cấp tỉnh", "lập hồ sơ"),
    # a request inside the subject is its relative clause
    ("Tại phiên họp, Kiểm toán viên yêu cầu đơn vị giải trình, cung cấp tài liệu phải ghi rõ nội dung cần giải trình.",
     "Kiểm toán viên", "phải ghi rõ"),
])
def test_a_body_or_role_as_the_subject_of_a_duty(sentence, who, what):
    got_who, got_what = duty_subject(sentence)
    assert got_who == who
    assert got_what.startswith(what)


@pytest.mark.parametrize("sentence", [
    "Hồ sơ đề nghị phải được nộp trực tiếp tại bộ phận một cửa.",  # a thing
    "Việc kiểm tra phải được lập thành biên bản.",  # an act
    "Cơ sở dữ liệu phải được cập nhật thường xuyên.",  # a thing that opens like "cơ sở"
    "Bộ hồ sơ phải có đủ các giấy tờ sau đây.",  # a set, not a ministry
    "Bên mua có quyền yêu cầu bồi thường thiệt hại.",  # a right
    "Nhà đầu tư có thể gửi hồ sơ qua dịch vụ bưu chính.",  # a possibility
    "Doanh nghiệp không phải nộp báo cáo trong trường hợp này.",  # a denial
    "Công chức phải chấp hành quy định về giờ làm việc.",  # a person, not a body
    "Nếu cần thiết, Viện kiểm sát gửi văn bản đề nghị Tòa án cung cấp hồ sơ.",  # a plain verb after a condition
    "Cơ quan thuế ấn định số tiền thuế phải nộp theo quy định.",  # "phải nộp": payable
    "Tổ chức các hoạt động tuyên truyền trên địa bàn.",  # "Tổ chức …" alone is a task
    "Đơn vị phát hiện sai sót có trách nhiệm thông báo ngay cho cơ quan chủ trì.",  # a role a condition defines
    "Các cá nhân được cấp tài khoản có trách nhiệm bảo mật mật khẩu.",  # persons
    "Cơ quan nội người lao động làm việc thực hiện việc xác nhận.",  # "nơi" read "nội" by OCR: a relative clause
])
def test_no_duty(sentence):
    assert duty_subject(sentence) == (None, sentence)


def test_a_plan_or_a_letter_needs_a_marker_and_a_named_body():
    """Outside a rule-making document a plain verb is no duty ("Cục Thuế trả lời …" is the issuer's answer) and a
    generic addressee's duty is the law restated ("cơ sở kinh doanh phải kê khai …"); a named body's is one."""
    assert duty_subject("Cơ sở kinh doanh phải kê khai thuế theo tháng.", rule=False, named_only=True)[0] is None
    assert duty_subject("Cục Hải quan trả lời để Công ty biết.", rule=False, named_only=True)[0] is None
    assert duty_subject("Sở Xây dựng có trách nhiệm hướng dẫn chủ đầu tư.", rule=False,
                        named_only=True)[0] == "Sở Xây dựng"


def test_duties_stated_in_a_circular():
    """A Thông tư's articles: each role charged in prose is an obligation; a right, a thing and a denial are not."""
    text = _thong_tu(
        "Điều 5. Trách nhiệm bảo hành\n\n"
        "1. Nhà thầu thi công xây dựng phải bảo hành công trình trong thời hạn 24 tháng.\n\n"
        "2. Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Xây dựng có trách nhiệm thẩm định và "
        "trả lời bằng văn bản.\n\n"
        "3. Chủ đầu tư có quyền yêu cầu nhà thầu sửa chữa hư hỏng.\n\n"
        "4. Hồ sơ bảo hành phải được lưu trữ cùng hồ sơ hoàn thành công trình.\n\n"
        "Điều 6. Chế độ báo cáo\n\n"
        "1. Người sử dụng lao động có trách nhiệm báo cáo tình hình an toàn lao động trên công trường.\n\n"
        "2. Chánh Thanh tra Bộ có những nhiệm vụ, quyền hạn sau đây:\n\n"
        "a) Tổ chức kiểm tra việc bảo hành công trình;\n\n"
        "b) Tổng hợp kết quả kiểm tra.\n")
    whos = _whos(text)
    assert whos == ["Nhà thầu thi công xây dựng", "Sở Xây dựng", "Người sử dụng lao động", "Chánh Thanh tra Bộ"]


def test_a_letter_restating_the_law_charges_no_generic_addressee():
    text = _cong_van("Căn cứ quy định nêu trên, cơ sở kinh doanh phải kê khai thuế giá trị gia tăng theo tháng.\n\n"
                     "Cục Thuế trả lời để Công ty biết và thực hiện./.")
    assert _whos(text) == []


def test_a_quoted_provision_assigns_nothing():
    """An amending Thông tư writes new text into another: "“2. Sở Tư pháp …”" is that text, not this one's
    assignment (the label conventions: assignments quoted from earlier documents are no obligations)."""
    text = _thong_tu("Điều 1. Sửa đổi, bổ sung Điều 3 như sau:\n\n"
                     "“2. Sở Tư pháp có trách nhiệm hướng dẫn chính quyền cấp xã thực hiện.”.\n\n"
                     "Điều 2. Hiệu lực thi hành\n\nThông tư này có hiệu lực từ ngày 01 tháng 01 năm 2026.\n")
    assert "Sở Tư pháp" not in _whos(text)


def test_clauses_titled_by_their_case_that_charge_one_body_are_one_assignment():
    """165/2025/QĐ-UBND (Ninh Bình), Quy chế Điều 10 (fresh2 gold: one entry for the requests of clauses 1-5):
    each clause is titled by its case and charges the same body."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\n" + _MOTTO + "Số: 165/2025/QĐ-UBND\n\nNinh Bình, ngày 20 tháng 11 "
            "năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý, sử dụng chữ ký số\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\n"
            "QUY CHẾ\n\nQuản lý, sử dụng chữ ký số\n\n"
            "**Điều\n10. Yêu cầu chứng thực đối với Chứng thư chữ ký số và thiết bị lưu khóa bí mật**\n\n"
            "1. Cấp mới Chứng thư chữ ký\nsố cho cá nhân\n\n"
            "Cơ quan, tổ chức quản lý trực\ntiếp có văn bản ký số đề nghị cấp chứng thư chữ ký số chuyên dùng công vụ theo\n"
            "Mẫu số 01 tại Phụ lục kèm theo Nghị định 68/2024/NĐ-CP gửi Cục Chứng thực số và\nBảo mật thông tin.\n\n"
            "2. Cấp mới Chứng thư chữ ký\nsố cho cơ quan, tổ chức\n\n"
            "Cơ quan, tổ chức quản lý trực\ntiếp có văn bản ký số đề nghị cấp mới chứng thư chữ ký số chuyên dùng công vụ\n"
            "theo Mẫu số 02 tại Phụ lục kèm theo Nghị định 68/2024/NĐ-CP gửi Cục Chứng thực\nsố và Bảo mật thông tin.\n\n"
            "3. Gia hạn, thay đổi nội\ndung thông tin Chứng thư chữ ký số\n\n"
            "Cơ quan, tổ chức quản lý trực\ntiếp có văn bản ký số đề nghị thay đổi nội dung thông tin của chứng thư chữ ký\n"
            "số chuyên dùng công vụ theo Mẫu số 04 tại Phụ lục kèm theo Nghị định\n68/2024/NĐ-CP gửi Sở Khoa học và "
            "Công nghệ.\n\n")
    assert _whos(text) == ["Cơ quan, tổ chức quản lý trực tiếp"]



_INSURER = "Doanh nghiệp bảo hiểm"
_PAY = "phải trả tiền bồi thường trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ"
_TELL = "phải thông báo bằng văn bản cho bên mua bảo hiểm lý do từ chối bồi thường"


@pytest.mark.parametrize("articles, expected", [
    # a clause that names its body again in each sentence: its further tasks go on from the duty
    ("Điều 5. Bồi thường\n\n"
     f"1. {_INSURER} {_PAY}. {_INSURER} {_TELL}.\n\n"
     "2. Sở Xây dựng có trách nhiệm thẩm định hồ sơ. Sở Xây dựng có trách nhiệm trả lời bằng văn bản cho chủ "
     "đầu tư.\n",
     [(_INSURER, f"{_PAY}; {_TELL}"),
      ("Sở Xây dựng", "có trách nhiệm thẩm định hồ sơ; có trách nhiệm trả lời bằng văn bản cho chủ đầu tư")]),
    # "Trách nhiệm của doanh nghiệp bảo hiểm" over sentences that each name the body again
    (f"Điều 5. Trách nhiệm của doanh nghiệp bảo hiểm\n\n{_INSURER} {_PAY}. {_INSURER} {_TELL}.\n\n"
     "Điều 6. Thẩm định\n\nSở Xây dựng có trách nhiệm thẩm định hồ sơ.\n",
     [(_INSURER, f"{_PAY}. {_TELL}"), ("Sở Xây dựng", "có trách nhiệm thẩm định hồ sơ")]),
])
def test_a_body_named_again_is_not_repeated_in_its_task(articles, expected):
    """"Doanh nghiệp bảo hiểm phải trả …. Doanh nghiệp bảo hiểm phải thông báo …": the checklist task reads
    "phải trả …; phải thông báo …", from the duty marker as for any other body, not "X phải …; X phải …"."""
    assert [(o.who, o.what) for o in extract(_thong_tu(articles)).obligations] == expected
