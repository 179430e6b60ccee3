"""More kinds of a duty stated in a rule's prose (the kinds bench/legal_windows.py's tuning half still missed after
tests/test_obligations_duty_subject.py): one-line articles (title and clauses on one line, as the Bộ pháp điển prints
them), a second body's duty after "; nếu … thì", passive agents ("… được Tòa án công bố"), a power then a duty of one
body in one block, "Người đứng đầu cơ quan, tổ chức" as one subject, a named body after an unannounced clause, a
numbered clause that introduces items it does not have.

Every sentence is written for these tests in the kinds found there, never copied from the corpus; the expected
values are read from the sentences (and the label README: competences, origins, conditions are no obligations).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract.article_line import article_line
from vanban.extract.duty_subject import duty_subject

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _thong_tu(articles: str) -> str:
    return ("BỘ Y TẾ\n\n" + _MOTTO + "Số: 21/2025/TT-BYT\n\nHà Nội, ngày 12 tháng 11 năm 2025\n\n"
            "THÔNG TƯ\nQuy định về quản lý trang thiết bị y tế\n\n" + articles +
            "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Hùng\n")


def _obligations(text: str) -> list[tuple[str, str]]:
    return [(o.who, o.what) for o in extract(text).obligations]


# --- one-line articles -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("own, who, what", [
    # the rest of a Pháp điển code after the label "Điều 12.", a duty title, a numbered first clause
    ("4.TT.9.21. Trách nhiệm của Sở Y tế 1. Hướng dẫn các bệnh viện lập kế hoạch mua sắm. 2. Kiểm tra …",
     "Sở Y tế", "Hướng dẫn các bệnh viện"),
    # the body's name closed by "trong …"; a plural head
    ("3.NĐ.2.14. Trách nhiệm của các cơ sở khám bệnh, chữa bệnh trong quản lý thiết bị 1. Lập hồ sơ theo dõi …",
     "Các cơ sở khám bệnh, chữa bệnh", "Lập hồ sơ theo dõi"),
    # duty and power words joined; "quản lý nhà nước" before "của"
    ("7.QĐ.1.5. Nhiệm vụ và quyền hạn của Ban quản lý dự án 1. Tổ chức lựa chọn nhà thầu …",
     "Ban quản lý dự án", "Tổ chức lựa chọn nhà thầu"),
    ("2.NĐ.4.30. Quyền hạn, trách nhiệm quản lý nhà nước của các bộ, cơ quan ngang bộ Ngoài các nhiệm vụ chung, …",
     "Các bộ, cơ quan ngang bộ", "Ngoài các nhiệm vụ chung"),
    # no clause number: the body ends before the capitalised verb (after a lowercase word; "Trung ương" is a name)
    ("5.TT.3.8. Trách nhiệm của Sở Y tế các tỉnh, thành phố trực thuộc Trung ương Kiểm tra việc kiểm định thiết bị …",
     "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Kiểm tra việc kiểm định"),
    # "Bộ Xây dựng": a capitalised verb after a name's own word stays in the name
    ("6.TT.1.2. Trách nhiệm của Bộ Xây dựng 1. Ban hành định mức …", "Bộ Xây dựng", "Ban hành định mức"),
    # a subject, its marker, then the first clause; the subject may be a list joined by ";"
    ("8.TT.2.40. Cơ quan quản lý cấp tỉnh; bệnh viện hạng I, cơ sở đào tạo nhân lực y tế có trách nhiệm 1. Báo cáo …",
     "Cơ quan quản lý cấp tỉnh; bệnh viện hạng I, cơ sở đào tạo nhân lực y tế", "có trách nhiệm 1. Báo cáo"),
])
def test_a_one_line_article_charges_its_title_body(own, who, what):
    got = article_line(own)
    assert got is not None
    assert got[0] == who
    assert got[1].startswith(what)


@pytest.mark.parametrize("own", [
    "4.TT.9.22. Quyền hạn của Thanh tra Bộ 1. Yêu cầu cung cấp hồ sơ …",  # powers only
    "4.TT.9.23. Quyền và nghĩa vụ của nhà đầu tư 1. Được hưởng ưu đãi …",  # rights first
    "4.TT.9.24. Trách nhiệm của công chức được giao nhiệm vụ 1. Thực hiện đúng quy trình …",  # persons
    "4.TT.9.25. Phạm vi điều chỉnh 1. Thông tư này quy định …",  # no duty title
    "4.TT.9.26. Trách nhiệm của Sở Y tế",  # a title alone: the structure stage's heading
    "Sở Y tế có trách nhiệm hướng dẫn các bệnh viện thực hiện.",  # a sentence, for the sentence pass
    "Trách nhiệm của Sở Y tế; Ủy ban",  # a title that wraps onto the next line, no clause on its line
    "Sở Y tế có trách nhiệm:",  # a heading over clauses below
])
def test_no_one_line_article(own):
    assert article_line(own) is None


def test_one_line_articles_in_a_circular():
    text = _thong_tu(
        "Điều 20.4.TT.9.21. Trách nhiệm của Sở Y tế 1. Hướng dẫn các bệnh viện lập kế hoạch mua sắm.\n\n"
        "Điều 20.4.TT.9.22. Quyền hạn của Thanh tra Bộ 1. Yêu cầu cung cấp hồ sơ.\n\n"
        "Điều 20.4.TT.9.23. Bệnh viện hạng I có trách nhiệm 1. Tổ chức thực hiện các quy định tại Thông tư này.\n")
    assert [w for w, _ in _obligations(text)] == ["Sở Y tế", "Bệnh viện hạng I"]


def test_a_coded_title_on_its_own_line_heads_its_clauses():
    """"Điều 20.4.TT.9.21. Trách nhiệm của Sở Y tế" over "1. …": the code is no part of the title."""
    text = _thong_tu("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về thiết bị y tế.\n"
                     "Điều 20.4.TT.9.21. Trách nhiệm của Sở Y tế\n1. Hướng dẫn các bệnh viện lập kế hoạch.\n"
                     "Điều 20.4.TT.9.23. Trách nhiệm của Sở Tài chính 1. Bố trí kinh phí.\n2. Thẩm định dự toán.\n")
    got = _obligations(text)
    assert [w for w, _ in got] == ["Sở Y tế", "Sở Tài chính"]
    assert "Thẩm định dự toán" in got[1][1]


# --- sentences -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, who, what", [
    # a passive with its agent in a rule: the agent is charged
    ("Biên bản kiểm định được Trung tâm kiểm định gửi cho cơ sở sử dụng thiết bị trong thời hạn 05 ngày.",
     "Trung tâm kiểm định", "gửi cho cơ sở"),
    ("Đối với bệnh viện chỉ có một khoa dược, việc điều chuyển do người đứng đầu Sở Y tế lập phương án điều chuyển.",
     "Người đứng đầu Sở Y tế", "lập phương án"),
    # a named body after a clause no opening word announces
    ("Để bảo đảm nguồn thuốc cho đợt dịch, Sở Y tế có trách nhiệm điều phối dự trữ giữa các bệnh viện.",
     "Sở Y tế", "có trách nhiệm điều phối"),
    ("thiết bị hỏng dẫn đến gián đoạn việc cấp mã, Cục Thuế có trách nhiệm: kích hoạt phương án dự phòng.",
     "Cục Thuế", "có trách nhiệm"),
    # "quy định chi tiết" (a task, the label README) is not "đình chỉ", which folds alike
    ("Bộ trưởng Bộ Y tế quy định chi tiết danh mục thiết bị.", "Bộ trưởng Bộ Y tế", "quy định chi tiết"),
    ("Kiểm sát viên phát biểu ý kiến về việc giải quyết vụ án.", "Kiểm sát viên", "phát biểu ý kiến"),
    # "cấp giấy …" is a rule's verb ("cấp" alone folds into "cấp huyện")
    ("Sau khi nhận đủ hồ sơ hợp lệ, cơ quan đăng ký cấp giấy chứng nhận cho người đề nghị.",
     "Cơ quan đăng ký", "cấp giấy chứng nhận"),
    # more heads of bodies and roles: a team, a port authority, a head teacher
    ("Khi phát hiện vi phạm, Đoàn kiểm tra phải lập biên bản.", "Đoàn kiểm tra", "phải lập biên bản"),
    ("Cảng vụ hàng hải có trách nhiệm thông báo cho chủ tàu.", "Cảng vụ hàng hải", "có trách nhiệm"),
    ("Hiệu trưởng nhà trường có trách nhiệm tổ chức tuyển sinh.", "Hiệu trưởng nhà trường", "có trách nhiệm"),
    # the scope clause "Trong phạm vi …, " before the subject
    ("Trong phạm vi nhiệm vụ, quyền hạn của mình, các sở, ban, ngành có trách nhiệm hướng dẫn thực hiện.",
     "Các sở, ban, ngành", "có trách nhiệm"),
])
def test_more_subjects_of_a_duty(sentence, who, what):
    got_who, got_what = duty_subject(sentence)
    assert got_who == who
    assert got_what.startswith(what)


@pytest.mark.parametrize("sentence", [
    "Mức thu cụ thể do Hội đồng nhân dân cấp tỉnh quyết định.",  # a power ("do X quyết định")
    "Hồ sơ do Bộ Y tế ban hành mẫu thống nhất.",  # an origin
    "Văn bản do Sở Y tế soạn thảo phải được gửi lấy ý kiến.",  # a relative clause before the own predicate
    "Giấy tờ do người nộp hồ sơ cung cấp:",  # a title naming what a role hands in
    "Hồ sơ được cơ quan tiếp nhận.",  # no task after the agent
    "Để bảo đảm tiến độ, cơ quan thuế có trách nhiệm rà soát.",  # no named body after the clause
    "Đội ngũ giáo viên phải đạt chuẩn trình độ.",  # "đội ngũ": staff, not a body
    # a past act describing the thing, then the sentence's own predicate (validity)
    "Danh mục thủ tục đã được Chủ tịch Ủy ban nhân dân tỉnh công bố tại Quyết định số 12/QĐ-UBND hết hiệu lực.",
])
def test_no_duty_of_an_agent(sentence):
    assert duty_subject(sentence)[0] is None


def test_a_second_body_charged_after_a_case_in_one_sentence():
    text = _thong_tu("Điều 7. Gia hạn\n\nTrường hợp cần gia hạn thì nhà cung cấp phải có văn bản gửi Bộ Y tế nêu rõ "
                     "lý do; nếu lý do gia hạn là chính đáng thì Bộ Y tế phải gia hạn nhưng không quá 30 ngày.\n")
    assert [w for w, _ in _obligations(text)] == ["Nhà cung cấp", "Bộ Y tế"]


def test_a_power_then_a_duty_of_one_body_keeps_the_duty():
    """"… quyết định chấp nhận hoặc không …" is the council's power; "… thì phải nêu rõ lý do" its duty: the block
    is the duty, not dropped whole as a competence."""
    text = _thong_tu("Điều 9. Thẩm định\n\n2. Căn cứ kết quả kiểm tra, Hội đồng thẩm định quyết định chấp nhận hoặc "
                     "không chấp nhận hồ sơ. Trường hợp Hội đồng thẩm định không chấp nhận hồ sơ thì phải nêu rõ lý do "
                     "bằng văn bản.\n")
    got = _obligations(text)
    assert [w for w, _ in got] == ["Hội đồng thẩm định"]
    assert "nêu rõ lý do" in got[0][1] and not got[0][1].startswith("quyết định")


def test_a_power_over_listed_rights_stays_out():
    text = _thong_tu("Điều 10. Kiểm tra\n\n2. Trưởng đoàn kiểm tra quyết định thực hiện các quyền sau đây:\n\n"
                     "a) Yêu cầu cơ sở cung cấp hồ sơ;\n\nb) Kiến nghị đình chỉ sử dụng thiết bị.\n")
    assert _obligations(text) == []


def test_the_head_of_an_agency_or_organisation_is_one_subject():
    text = _thong_tu("Điều 11. Tiếp nhận\n\n1. Người đứng đầu cơ quan, tổ chức có trách nhiệm bố trí cán bộ tiếp "
                     "nhận phản ánh.\n")
    assert [w for w, _ in _obligations(text)] == ["Người đứng đầu cơ quan, tổ chức"]


def test_accountability_of_the_heads_of_a_list_is_not_their_duty():
    """"Thủ trưởng các cơ quan, đơn vị, tổ chức chịu trách nhiệm trước …" answers for the rule; the marker that
    keeps "cơ quan, tổ chức" one subject does not make it a duty."""
    text = _thong_tu("Điều 14. Trách nhiệm thực hiện\n\n1. Thủ trưởng các cơ quan, đơn vị, tổ chức chịu trách "
                     "nhiệm trước Bộ trưởng về việc thực hiện Thông tư này.\n")
    assert not any(w == "Thủ trưởng các cơ quan, đơn vị, tổ chức" for w, _ in _obligations(text))


def test_a_numbered_clause_introducing_items_it_does_not_have():
    """"1. … phải thực hiện … sau đây:" and the next clause "2. …" at once (the items were cut from the excerpt):
    the clause's own duty stands; "… khi có đủ các điều kiện sau đây:" announces conditions, no duty."""
    text = _thong_tu("Điều 12. Thanh toán\n\n1. Bệnh viện công lập phải thực hiện việc thanh toán qua ngân hàng đối "
                     "với các khoản chi sau đây:\n\n2. Kho bạc Nhà nước kiểm soát chứng từ thanh toán.\n\n"
                     "Điều 13. Mua sắm rút gọn\n\n1. Bệnh viện mua sắm theo quy trình rút gọn khi có đủ các điều kiện "
                     "sau đây:\n\na) Gói thầu dưới 100 triệu đồng;\n\nb) Có nhu cầu cấp bách.\n")
    whos = [w for w, _ in _obligations(text)]
    assert "Bệnh viện công lập" in whos
    assert not any(w.startswith("Bệnh viện mua sắm") for w in whos)
