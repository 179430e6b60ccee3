"""Kinds of a duty stated in a rule's prose that the fourth draw of legal windows (bench/legal_windows.py --draw 4, its
even half) showed, and what is no obligation there.

Duties read: a subject whose name holds a past act that describes it ("Doanh nghiệp … tàu biển đã qua sử dụng phải
…", "Sở Tư pháp nơi đã cấp Thẻ … quyết định thu hồi …", "người đã ra quyết định xử phạt phải hủy …"); points closed by
";" in the prose an excerpt holds before its first numbered part; "tổ chức" and its noun as a subject charged by a
marker of responsibility ("…, tổ chức tôn giáo có trách nhiệm thông báo …"); the opening "Những trường hợp …"; a
thing's duty in the passive ("Bản thảo … phải do người có thẩm quyền ký văn bản duyệt": the agent); a legal entity
("Pháp nhân thương mại phải phối hợp …"); a Pháp điển article's title then its one unnumbered sentence ("Danh mục …
Bộ … định kỳ ban hành …"); BHXH by its letters. Not read as a body: a word that folds like a named head ("quý, hiếm"
like "Quỹ"), a case opening with "Bị" ("b) Bị thu hồi giấy chứng nhận …"), a bare "Người" whose "có trách nhiệm" is
part of a role's name; a task list's item whose body the excerpt cut ("h) Tổ chức đánh giá nghiệm thu …;").

Every sentence is written for these tests in the kinds found there, never copied from the corpus; the expected values
are read from the sentences as a clerk would.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract.duty_subject import duty_subject
from test_obligations_duty_subject import _thong_tu  # noqa: E402  (a Thông tư around the articles)


def _obs(body: str) -> list[tuple[str, str]]:
    return [(o.who, o.what) for o in extract(_thong_tu(body)).obligations]


def _whos(body: str) -> list[str]:
    return [w for w, _ in _obs(body)]


# --- a past act inside the subject's name describes it -------------------------------------------------------------

@pytest.mark.parametrize("body, who, what", [
    ("4. Doanh nghiệp nhập khẩu thiết bị đã qua sử dụng phải mua bảo hiểm trách nhiệm đối với môi trường.\n",
     "Doanh nghiệp nhập khẩu thiết bị đã qua sử dụng", "phải mua bảo hiểm"),
    ("4. Hợp tác xã có văn phòng đại diện đã chấm dứt hoạt động chịu trách nhiệm thanh toán các khoản nợ của văn "
     "phòng đại diện.\n", "Hợp tác xã có văn phòng đại diện đã chấm dứt hoạt động", "chịu trách nhiệm thanh toán"),
    ("2. Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được quyết định thu hồi chứng chỉ, Sở Tư pháp nơi đã cấp "
     "thẻ công chứng viên quyết định thu hồi thẻ công chứng viên.\n",
     "Sở Tư pháp nơi đã cấp thẻ công chứng viên", "quyết định thu hồi"),
    ("3. Nếu phát hiện vụ việc có dấu hiệu tội phạm thì người đã ra quyết định xử phạt phải hủy quyết định đó và "
     "chuyển hồ sơ cho cơ quan tiến hành tố tụng.\n", "Người đã ra quyết định xử phạt", "phải hủy quyết định"),
])
def test_described_subject(body, who, what):
    assert any(w == who and x.startswith(what) for w, x in _obs(body)), _obs(body)


def test_a_past_request_stays_a_report():
    # "đã yêu cầu" recalls a request: no duty of the Bộ, and the bodies asked are not charged by this sentence
    assert "Bộ Y tế đã yêu cầu các cơ sở" not in _whos("2. Bộ Y tế đã yêu cầu các cơ sở phải báo cáo kết quả.\n")


# --- points closed by ";" before the first numbered part (an excerpt that starts among an article's points) --------

_POINTS = (
    "a) Sau khi nhận được báo cáo của doanh nghiệp, cơ quan quản lý thị trường phải tổ chức kiểm tra trên thực tế;\n"
    "b) Cơ quan quản lý thị trường phối hợp với cơ quan thuế lập biên bản kiểm tra;\n"
    "h) Tổ chức đánh giá kết quả thực hiện và báo cáo Bộ Công Thương;\n"
    "c) Các tài liệu kèm theo hồ sơ phải được sắp xếp theo thứ tự;\n"
    "3. Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.\n"
)


def test_points_closed_by_semicolon_charge_their_named_body():
    whos = _whos(_POINTS)
    assert whos.count("Cơ quan quản lý thị trường") == 2, whos


def test_points_without_a_body_of_their_own_charge_none():
    # "h) Tổ chức đánh giá …" is a task whose body the excerpt cut; "c) Các tài liệu …" a thing
    whos = _whos(_POINTS)
    assert not any(w.startswith(("Tổ chức đánh giá", "Các tài liệu")) for w in whos), whos


# --- subjects and openings -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, who, what", [
    ("Chậm nhất 30 ngày kể từ ngày cơ sở đào tạo bị giải thể, tổ chức tôn giáo có trách nhiệm thông báo bằng văn "
     "bản đến cơ quan quản lý.", "Tổ chức tôn giáo", "có trách nhiệm thông báo"),
    ("Tổ chức hành nghề công chứng có trách nhiệm lưu trữ hồ sơ công chứng.", "Tổ chức hành nghề công chứng",
     "có trách nhiệm lưu trữ"),
    ("Những trường hợp hồ sơ chưa đầy đủ, Hội đồng thẩm định có trách nhiệm hướng dẫn người nộp bổ sung.",
     "Hội đồng thẩm định", "có trách nhiệm hướng dẫn"),
    ("Pháp nhân thương mại phải phối hợp với cơ quan thi hành án trong quá trình kiểm tra.",
     "Pháp nhân thương mại", "phải phối hợp"),
])
def test_duty_subject_kinds(sentence, who, what):
    w, x = duty_subject(sentence, True)
    assert (w, x[:len(what)]) == (who, what)


def test_organising_an_event_is_no_subject():
    # "Tổ chức hội nghị …" without a marker of responsibility is the act of organising
    assert duty_subject("Tổ chức hội nghị phải bảo đảm tiết kiệm.", True)[0] is None


def test_a_word_that_folds_like_a_named_head_is_no_body():
    # "quý, hiếm" folds like "Quỹ": the subject "tổ chức, cá nhân … quý, hiếm" is not cut at its comma
    w, _ = duty_subject("Hằng năm, cơ sở nuôi giữ các loài động vật nguy cấp, quý, hiếm phải báo cáo cơ quan kiểm lâm.",
                        True)
    assert w is None or not w.lower().startswith("quý")


def test_the_agent_of_a_passive_duty_is_charged():
    obs = _obs("1. Bản thảo văn bản phải do người có thẩm quyền ký văn bản duyệt.\n")
    assert obs and obs[0][0] == "Người có thẩm quyền ký văn bản" and obs[0][1].startswith("duyệt bản thảo"), obs


# --- no body ---------------------------------------------------------------------------------------------------------

def test_a_case_opening_with_bi_is_no_body():
    whos = _whos("1. Chi nhánh bị thu hồi giấy chứng nhận trong các trường hợp sau đây:\n\n"
                 "a) Bị thu hồi giấy chứng nhận đăng ký doanh nghiệp;\n\nb) Theo quyết định của Tòa án.\n")
    assert not any(w.lower().startswith("bị") for w in whos), whos


def test_a_defendant_is_a_role():
    # "Bị đơn" (the defendant) opens with "Bị" and is a role all the same
    assert "Bị đơn" in _whos("2. Bị đơn phải gửi văn bản ghi ý kiến của mình cho Tòa án trong thời hạn 15 ngày.\n")


def test_a_role_named_by_its_responsibility_is_no_duty():
    whos = _whos("2. Người có trách nhiệm xác minh có các quyền, nghĩa vụ theo quy định của Luật này.\n\n"
                 "3. Quyết định giải quyết khiếu nại phải có các nội dung sau đây:\n\n"
                 "b) Người có trách nhiệm xác minh nội dung khiếu nại;\n")
    assert "Người" not in whos, whos


# --- a Pháp điển article: its title, then one sentence with no clause number and no duty marker ----------------------

@pytest.mark.parametrize("own, who, what", [
    ("3.3.NĐ.2.11. Danh mục thiết bị viễn thông Bộ Thông tin và Truyền thông định kỳ ban hành danh mục chi tiết các "
     "thiết bị viễn thông.", "Bộ Thông tin và Truyền thông", "ban hành danh mục"),
    ("4.1.NĐ.1.5. Thủ tục thu hồi Thẻ công chứng viên Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được quyết định "
     "thu hồi chứng chỉ, Sở Tư pháp nơi đã cấp thẻ quyết định thu hồi thẻ công chứng viên.",
     "Sở Tư pháp nơi đã cấp thẻ", "quyết định thu hồi"),
])
def test_title_then_act(own, who, what):
    from vanban.extract.article_line import article_line
    got = article_line(own)
    assert got is not None and got[0].startswith(who) and what in got[1], got


@pytest.mark.parametrize("own", [
    # the title names the body and runs on to its verb: the sentence pass reads it
    "1.4.TT.4.19. Cục Tài chính/BQP Phối hợp, hướng dẫn Bộ Tư lệnh Cảnh sát biển bảo đảm kinh phí mua sắm trang bị.",
    # a capital after "của", "với": the title's own phrase
    "2.2.TT.3.5. Cơ chế thí điểm đối với người đại diện của Tổng công ty Bộ Tài chính chủ trì hướng dẫn thực hiện.",
    # a capitalised verb inside the name: the title ran into the sentence
    "5.1.TT.2.3. Tổ chức pháp chế ở cơ quan thuộc Chính phủ Chủ trì hoặc phối hợp với các đơn vị có liên quan.",
])
def test_title_then_act_leaves_titles_alone(own):
    from vanban.extract.article_line import article_line
    got = article_line(own)
    assert got is None or not got[0].startswith(("Bộ Tư lệnh", "Tổng công ty", "Chính phủ")), got


def test_social_insurance_by_its_letters():
    obs = _obs("2. Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ, BHXH Bộ Quốc phòng hoặc BHXH tỉnh thực "
               "hiện in và chuyển thẻ bảo hiểm y tế cho đơn vị.\n")
    assert any(w == "BHXH Bộ Quốc phòng hoặc BHXH tỉnh" for w, _ in obs), obs


# --- no obligation ------------------------------------------------------------------------------------------------

def test_a_one_line_articles_title_charges_nobody():
    # the title "Hội đồng xử lý tài sản" reads like a board and its verb; the article's clause charges the Quỹ's board
    whos = _whos("Điều 19.2.TT.12.8. Hội đồng xử lý tài sản 1. Hội đồng quản lý Quỹ có trách nhiệm thành lập Hội đồng xử "
                 "lý tài sản trong thời hạn 10 ngày làm việc.\n")
    assert "Hội đồng" not in whos and "Hội đồng quản lý Quỹ" in whos, whos


def test_a_competence_after_a_list_of_heads():
    # "Người đứng đầu cơ quan, tổ chức có thẩm quyền …": the list's "tổ chức", then a competence, not a task
    assert _whos("1. Người đứng đầu cơ quan, tổ chức có thẩm quyền quản lý công chức có thẩm quyền giải quyết khiếu "
                 "nại lần đầu đối với quyết định kỷ luật.\n") == []


def test_a_meetings_giao_ban_is_no_request():
    whos = _whos("a) Các cơ quan thuế thực hiện chế độ giao ban định kỳ như sau:\n\n"
                 "b) Sau hội nghị giao ban, các đơn vị báo cáo kết quả lên cấp trên trực tiếp.\n")
    assert not any(w.lower().startswith("ban ") for w in whos), whos


def test_a_recipients_line_names_no_task():
    whos = _whos("- Các Bộ, cơ quan: Tài chính, Xây dựng, Công Thương, Tư pháp;\n"
                 "- Thủ tướng, các Phó Thủ tướng Chính phủ (để báo cáo);\n")
    assert "Các Bộ, cơ quan" not in whos, whos


def test_an_article_code_with_a_letter():
    # "Điều 4.1.NĐ.1.16b." (an article added later): the code still ends at its letter, the title names the role
    from vanban.extract.article_line import article_line
    got = article_line("1.NĐ.1.16b. Trách nhiệm của người tham gia đấu giá khi tham gia trang đấu giá trực tuyến "
                       "1. Bảo đảm trang thiết bị khi tham gia đấu giá.")
    assert got is not None and got[0] == "Người tham gia đấu giá" and got[1].startswith("Bảo đảm trang thiết bị"), got


# --- a filing sent to a body charges the role who files ----------------------------------------------------------

@pytest.mark.parametrize("body, who, what", [
    ("a) Tổ chức, cá nhân gửi hồ sơ theo quy định tại khoản 1 Điều này đến Cục Thủy sản;\n\nb) Cục Thủy sản thẩm "
     "định hồ sơ.\n", "Tổ chức, cá nhân", "gửi hồ sơ"),
    ("2. Doanh nghiệp nộp 01 bộ hồ sơ về cơ quan cấp giấy phép theo một trong các hình thức quy định tại Điều 30.\n",
     "Doanh nghiệp", "nộp 01 bộ hồ sơ"),
])
def test_filing_to_a_body(body, who, what):
    assert any(w == who and x.startswith(what) for w, x in _obs(body)), _obs(body)


def test_a_fee_payer_named_in_a_scope_list_is_no_filing():
    # "Tổ chức, cá nhân nộp phí" names the payers; no recipient follows
    assert _whos("1. Thông tư này áp dụng đối với:\n\na) Tổ chức, cá nhân nộp phí;\n\nb) Tổ chức thu phí.\n") == []
