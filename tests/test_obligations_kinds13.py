"""Obligations: kinds of wording of session 13 (fresh3's Quy chế and Công văn, legal windows' tuning halves).

Inputs are the real wording of the named documents of ``realdocs/docs`` (cut to the part that shows the
kind, line breaks as published) or sentences written in their style; the expected bodies are those a
careful reader lists (``realdocs/labeled/README.md`` conventions), never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 88/2025/QĐ-UBND\n\nLai Châu, ngày 28 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
         "Ban hành Quy chế phối hợp giải quyết thủ tục hành chính\n\nQUYẾT ĐỊNH:\n")
_TAIL = ("\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n")

# 88/2025/QĐ-UBND, Quy chế Điều 3 as published: each clause's first line is short and the unit's name
# ("Văn phòng đăng ký đất đai") reads like a task ("đăng ký đất đai")
_UNITS_NAMED_LIKE_TASKS = (
    "Điều 3.\nTrách nhiệm phối hợp giữa các cơ quan trong việc tiếp nhận hồ sơ và trả kết quả\nthủ tục hành chính\n\n"
    "1. Văn phòng đăng ký đất đai tiếp\n"
    "nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh để giải quyết thủ tục\n"
    "hành chính về đất đai, tài sản gắn liền với đất theo thẩm quyền.\n\n"
    "2. Ban quản lý dự án đầu tư xây dựng tỉnh lập\n"
    "hồ sơ đề nghị thẩm định gửi Sở Xây dựng trước khi trình phê duyệt.\n\n"
    "3. Trung tâm phát triển quỹ đất tỉnh tổ chức\n"
    "thực hiện bồi thường, hỗ trợ, tái định cư theo phương án được phê duyệt.\n\n"
    "4. Trung tâm kiểm soát bệnh tật tỉnh giám sát\n"
    "dịch bệnh trên địa bàn, báo cáo Sở Y tế theo quy định.\n")


def test_unit_named_like_a_task_keeps_its_name():
    """A rule's plain verb list reads "đăng ký", "quản lý", "phát triển", "kiểm soát" as verbs; after a unit's head
    noun alone ("Văn phòng", "Ban", "Trung tâm") they are the unit's name, not the task (items 2-4 written in the
    style of item 1)."""
    whos = [o.who for o in extract(_HEAD + _UNITS_NAMED_LIKE_TASKS + _TAIL).obligations]
    assert "Văn phòng" not in whos and "Ban" not in whos and "Trung tâm" not in whos
    assert whos[:4] == ["Văn phòng đăng ký đất đai", "Ban quản lý dự án đầu tư xây dựng tỉnh", "Trung tâm phát triển quỹ đất tỉnh",
                        "Trung tâm kiểm soát bệnh tật tỉnh"]


# a Thông tư of the Bộ Y tế on traditional medicine (legal windows, draw 2 tuning half): after the time clause, a list
# of bodies each named by its trade and opening with the same head noun "cơ sở"
_LISTED_TRADES = ("1. Trong thời hạn 02 năm kể từ khi phiên bản dược điển hiện hành có hiệu lực, cơ sở kinh doanh dược "
                  "liệu, cơ sở sản xuất vị thuốc cổ truyền, thuốc cổ truyền, cơ sở khám bệnh, chữa bệnh có trách nhiệm "
                  "cập nhật tiêu chuẩn chất lượng của các dược liệu, vị thuốc cổ truyền, thuốc cổ truyền.\n")


def test_list_of_bodies_named_by_their_trade_is_one_subject():
    """"cơ sở | sản xuất …", "cơ sở | khám bệnh …": a verb right after the repeated head noun names the next member
    of the list, it is not the task; the subject runs to "có trách nhiệm" from the first member on."""
    from vanban.extract.duty_subject import duty_subject

    who, what = duty_subject(_LISTED_TRADES[3:], True)
    assert who == ("Cơ sở kinh doanh dược liệu, cơ sở sản xuất vị thuốc cổ truyền, thuốc cổ truyền, "
                   "cơ sở khám bệnh, chữa bệnh")
    assert what.startswith("có trách nhiệm cập nhật")


# written in the style of 88/2025/QĐ-UBND's Quy chế (Điều 2, a case clause then a time limit before the body)
_CASE_THEN_TIME_LIMIT = (
    "Điều 4. Trách nhiệm trong giải quyết hồ sơ\n\n"
    "1. Trường hợp hồ sơ chưa đầy đủ, chưa đúng quy định thì trong thời hạn 03 ngày làm việc, Văn phòng đăng ký đất "
    "đai có trách nhiệm thông báo bằng văn bản cho tổ chức, cá nhân để bổ sung, hoàn thiện hồ sơ.\n")


def test_duty_after_then_and_a_time_limit():
    """"… thì trong thời hạn 03 ngày làm việc, X có trách nhiệm …": the subject follows the time limit's comma, not
    the "thì" (where the time limit stands)."""
    obs = extract(_HEAD + _CASE_THEN_TIME_LIMIT + _TAIL).obligations
    assert [o.who for o in obs] == ["Văn phòng đăng ký đất đai"]
    assert "thông báo bằng văn bản" in obs[0].what


# sentences written in the style of Nghị định and Thông tư provisions (legal windows): an organisation named by what
# it has or does ("Tổ chức có …", "Tổ chức thu phí, lệ phí"), a schedule or a time limit opening the sentence
_LEGAL_STYLE = (
    "Điều 12. Báo cáo và lưu trữ\n\n"
    "1. Tổ chức có cơ sở bức xạ phải lập báo cáo đánh giá an toàn hằng năm gửi Cục An toàn bức xạ và hạt nhân.\n\n"
    "2. Tổ chức thu phí, lệ phí nếu làm mất biên lai phải lập biên bản và thông báo cho cơ quan thuế quản lý trực tiếp.\n\n"
    "3. Hằng tháng, đơn vị sử dụng ngân sách có trách nhiệm đối chiếu số liệu với Kho bạc Nhà nước nơi giao dịch.\n\n"
    "4. Trước thời điểm giấy phép hết hạn ít nhất 30 ngày, tổ chức kinh tế có trách nhiệm nộp hồ sơ đề nghị gia hạn.\n")


def test_organisations_named_by_what_they_have_or_do():
    whos = [o.who for o in extract(_HEAD + _LEGAL_STYLE + _TAIL).obligations]
    assert whos == ["Tổ chức có cơ sở bức xạ", "Tổ chức thu phí, lệ phí", "Đơn vị sử dụng ngân sách", "Tổ chức kinh tế"]


def test_organise_effectively_is_a_task():
    """"Tổ chức có hiệu quả …" is the verb "organise" with its adverb, not an organisation that has something."""
    from vanban.extract.duty_subject import duty_subject

    assert duty_subject("Tổ chức có hiệu quả các phong trào thi đua, phải bảo đảm thiết thực.", True)[0] is None


# written in the style of the codified legal texts (Pháp điển) the legal windows come from: a source note on its own
# line, then with no blank line the next provision, which charges a ministry
_NOTE_THEN_DUTY = (
    "Điều 20. Trách nhiệm quản lý nhà nước\n\n"
    "4. Chịu trách nhiệm về nội dung hướng dẫn do mình thực hiện.\n"
    "(Điều này có nội dung liên quan đến Điều 4.6.NĐ.19. Hòa giải viên; Điều 4.6.TT.1.14. Hòa giải viên cơ sở)\n"
    "Bộ Tư pháp có trách nhiệm hướng dẫn, kiểm tra việc thực hiện các văn bản quy phạm pháp luật về hòa giải ở cơ sở.\n")


def test_duty_after_a_source_note_line():
    """The note's ";" and "." cut it into pieces; its closing ")" at the end of its line ends it, so the next line's
    "Bộ Tư pháp có trách nhiệm …" is a sentence of its own."""
    assert "Bộ Tư pháp" in [o.who for o in extract(_HEAD + _NOTE_THEN_DUTY + _TAIL).obligations]


def test_organisation_right_before_a_duty_marker():
    """"Tổ chức phải …", "Tổ chức có trách nhiệm …": no verb "tổ chức" is followed by a duty marker, so the word
    names the organisation the rule addresses."""
    from vanban.extract.duty_subject import duty_subject

    assert duty_subject("Tổ chức phải xây dựng quy chế bảo đảm an toàn thông tin.", True)[0] == "Tổ chức"
    assert duty_subject("Tổ chức có trách nhiệm công bố thông tin về hệ thống.", True)[0] == "Tổ chức"


# written in the style of a Thông tư's operating rules: a clause with no opening word ("Trong một ca trực …"), then a
# role the rule defines, capitalised mid-sentence, and its duty marker
_CAPITALISED_ROLE = (
    "Điều 9. Trực vận hành\n\n"
    "1. Trong một ca trực vận hành, Đơn vị vận hành hệ thống điện có trách nhiệm bố trí ít nhất 01 kỹ sư trực.\n")


def test_capitalised_role_after_a_clause_in_a_rule():
    """In a rule-making document a role capitalised after a clause's comma is the rule's addressee; in a letter or
    a plan only a named body is (a role there restates the law)."""
    assert [o.who for o in extract(_HEAD + _CAPITALISED_ROLE + _TAIL).obligations] == ["Đơn vị vận hành hệ thống điện"]


def test_one_line_article_names_its_body_twice():
    """A codified article printed on one line, its title "Trách nhiệm của X" then its sentence "X … có trách nhiệm …"
    (written in that style): the body is X once, the task starts at the duty marker; the same shape with no duty
    ("X là cơ chế phối hợp …") charges no one."""
    from vanban.extract.article_line import article_line

    who, what = article_line("Điều 2.3.NĐ.4.15. Trách nhiệm của Bộ Văn hóa, Thể thao và Du lịch trong quản lý di sản "
                             "Bộ Văn hóa, Thể thao và Du lịch trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm "
                             "chủ trì, phối hợp với các bộ, ngành hướng dẫn kiểm kê di sản.")
    assert who == "Bộ Văn hóa, Thể thao và Du lịch"
    assert what.startswith("có trách nhiệm chủ trì")
    assert article_line("Điều 2.3.NĐ.4.16. Trách nhiệm của Hội đồng di sản quốc gia Hội đồng di sản quốc gia là cơ quan "
                        "tư vấn liên ngành, có Cơ quan thường trực là Cục Di sản văn hóa.") is None


# 130/2025/TT-BQP as published (Điều 1, cut): an amending Thông tư writes a procedure's point, in quotes, whose body
# is a head's title over a department with " - " and "/" in its name, and whose act ("quyết định phê duyệt") is due
# within a time limit
_HEAD_TT = ("BỘ QUỐC PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 130/2025/TT-BQP\n\nHà Nội, ngày 10 tháng 11 năm 2025\n\nTHÔNG TƯ\n"
            "Sửa đổi, bổ sung một số điều của Thông tư số 67/2024/TT-BQP\n\n")
_AMENDED_POINT = (
    "Điều 1. Sửa đổi, bổ sung điểm a\nkhoản 3 Điều 5 như sau:\n"
    "“a) Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ\n"
    "sơ hợp lệ, Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu cần - Kỹ thuật quyết định\n"
    "phê duyệt hoặc công nhận hồ sơ thiết kế sản xuất, lắp ráp theo quy định tại Mẫu số 03 Phụ lục kèm theo Thông tư số\n"
    "67/2024/TT-BQP ngày 14 tháng 10 năm 2024 của Bộ trưởng Bộ Quốc phòng.”.\n"
    "Điều 2. Điều khoản thi hành\nThông tư này có hiệu lực từ ngày 26 tháng 11 năm 2025.\n")
_TAIL_TT = "\nNơi nhận:\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn B\n"


def test_quoted_point_due_within_a_time_limit():
    """The quoted point's label and the time limit come before its subject; "Hậu cần" (logistics) is part of the
    department's name, not the modal "cần"; a decision due within a time limit is a duty, not a power."""
    obs = extract(_HEAD_TT + _AMENDED_POINT + _TAIL_TT).obligations
    assert [o.who for o in obs] == ["Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu cần - Kỹ thuật"]
    assert obs[0].what.startswith("quyết định phê duyệt")


# 2610/QĐ-UBND, Quy chế Điều 17 as published: the executing article's formula names bodies and a Quy chế
_EXECUTING_QUY_CHE = (
    "Điều 17. Trách nhiệm thi hành\n\n"
    "Giám đốc Sở, Thủ trưởng cơ\n"
    "quan, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân xã, phường; các cơ quan,\n"
    "đơn vị và cá nhân có liên quan chịu trách nhiệm triển khai thực hiện Quy chế\n"
    "này./.\n")


def test_carrying_out_this_quy_che_is_a_closing_formula():
    """"… chịu trách nhiệm triển khai thực hiện Quy chế này" closes the document as "… Quyết định này" does."""
    assert not extract(_HEAD + _EXECUTING_QUY_CHE + _TAIL).obligations


def test_costs_payable_are_no_duty():
    """36/2025/TT-BXD Điều 2.7 (wording as published): "… tổ chức kiểm định được thu thêm chi phí tiền lương phát sinh
    phải trả cho kiểm định viên …" grants a charge; its "phải trả" qualifies the costs (payable), it is no duty. A body
    that "phải trả phí …" still must pay."""
    from vanban.extract.duty_subject import duty_subject

    assert duty_subject("Trường hợp khách hàng yêu cầu cung cấp dịch vụ kiểm định thiết bị vào các ngày nghỉ theo quy "
                        "định của pháp luật, tổ chức kiểm định được thu thêm chi phí tiền lương phát sinh phải trả cho kiểm "
                        "định viên tương ứng với thời gian làm việc thực tế có xác nhận của đại diện khách hàng.", True)[0] is None
    assert duty_subject("Tổ chức kiểm định phải trả phí thẩm định theo quy định.", True)[0] == "Tổ chức kiểm định"
