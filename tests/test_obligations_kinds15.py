"""Obligations: kinds of wording of session 15 — office verbs in the tasks of a plan, a directive's closing request.

Sentences written in the style of real provincial plans and directives (``realdocs/docs``); the expected bodies are
those a careful reader lists (``realdocs/labeled/README.md`` conventions), never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n"


def _doc(kind: str, symbol: str, title: str, body: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: " + symbol + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 10 tháng 11 năm 2025\n\n" + kind + "\n" + title + "\n\n"
            + body + _TAIL)


_PLAN_TASKS = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng công tác hộ tịch, chứng thực.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật, báo cáo Ủy ban nhân dân tỉnh "
    "trước ngày 15/12/2026.\n"
    "2. Phòng Văn hóa - Xã hội các xã, phường giải quyết kịp thời các yêu cầu đăng ký hộ tịch của người dân theo đúng "
    "quy định.\n"
    "3. Sở Xây dựng cấp giấy phép xây dựng cho các công trình trên địa bàn theo thẩm quyền, hoàn thành trước ngày "
    "30/6/2026.\n"
    "4. Ủy ban nhân dân các xã, phường khắc phục ngay các tồn tại, hạn chế đã được chỉ ra qua kiểm tra.\n")


def test_office_verbs_after_a_body_in_a_plan_are_its_task():
    """"Sở Tư pháp thẩm định …", "… giải quyết …", "… cấp giấy phép …", "… khắc phục …": in a plan's Tổ chức thực
    hiện the verbs of a body's daily work assign; the body ends at them (not at a later "báo cáo" or "xây dựng")."""
    obs = extract(_doc("KẾ HOẠCH", "120/KH-UBND", "Triển khai công tác tư pháp năm 2026", _PLAN_TASKS)).obligations
    got = [(o.who, o.what.split()[0]) for o in obs]
    assert got == [("Sở Tư pháp", "thẩm"), ("Phòng Văn hóa - Xã hội các xã, phường", "giải"), ("Sở Xây dựng", "cấp"),
                   ("Ủy ban nhân dân các xã, phường", "khắc")]
    assert obs[0].deadline is not None and obs[0].deadline.date == "2026-12-15"


_LAW_LIKE = (
    "Điều 5. Thẩm quyền giải quyết\n\n"
    "1. Tòa án nhân dân cấp tỉnh giải quyết theo thủ tục sơ thẩm những vụ việc sau đây.\n\n"
    "2. Cơ quan đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân.\n")


def test_office_verbs_in_a_rule_state_competence():
    """The same verbs in a rule-making document, outside a part that assigns tasks, state who is competent:
    no obligation (a law's "Tòa án giải quyết …")."""
    text = _doc("THÔNG TƯ", "01/2025/TT-BTP", "Quy định chi tiết thi hành", _LAW_LIKE)
    assert not extract(text).obligations


_DIRECTIVE = (
    "Để chủ động phòng ngừa cháy, nổ dịp Tết, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
    "1. Công an tỉnh chủ trì, phối hợp với các cơ quan liên quan tổ chức kiểm tra an toàn phòng cháy, chữa cháy tại "
    "các chợ, trung tâm thương mại, hoàn thành trước ngày 15/01/2026.\n\n"
    "2. Ủy ban nhân dân các xã, phường tuyên truyền, vận động Nhân dân thực hiện các biện pháp phòng cháy tại hộ gia "
    "đình.\n\n")


def test_directive_closing_request_is_no_obligation():
    """"Yêu cầu Giám đốc các sở, …, Chủ tịch UBND các xã, phường … nghiêm túc thực hiện Chỉ thị này./.": a closing
    formula, not a task; a closing request with a reporting date of its own stays an obligation."""
    closing = ("Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, "
               "phường và các cơ quan, đơn vị liên quan nghiêm túc thực hiện Chỉ thị này./.\n")
    obs = extract(_doc("CHỈ THỊ", "12/CT-UBND", "Về phòng cháy, chữa cháy dịp Tết", _DIRECTIVE + closing)).obligations
    assert [o.who for o in obs] == ["Công an tỉnh", "Ủy ban nhân dân các xã, phường"]
    reporting = ("Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường khẩn trương triển khai thực hiện nghiêm túc "
                 "Chỉ thị này; định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 20/01/2026./.\n")
    obs = extract(_doc("CHỈ THỊ", "12/CT-UBND", "Về phòng cháy, chữa cháy dịp Tết", _DIRECTIVE + reporting)).obligations
    assert len(obs) == 3 and "báo cáo" in obs[2].what


def test_office_verbs_after_a_request_cue_in_a_decision():
    """"Giao Sở Tư pháp thẩm định …", "Đề nghị Phòng … giải quyết …", "Yêu cầu UBND các xã khắc phục …": a request
    assigns in any document, a Quyết định too; the office verb ends the body asked."""
    body = (_PLAN_TASKS.replace("1. Sở Tư pháp thẩm định", "1. Giao Sở Tư pháp thẩm định")
            .replace("2. Phòng Văn hóa", "2. Đề nghị Phòng Văn hóa")
            .replace("4. Ủy ban nhân dân các xã, phường khắc phục", "4. Yêu cầu Ủy ban nhân dân các xã, phường khắc phục"))
    obs = extract(_doc("QUYẾT ĐỊNH", "120/QĐ-UBND", "Về công tác tư pháp năm 2026", body)).obligations
    assert [o.who for o in obs] == ["Sở Tư pháp", "Phòng Văn hóa - Xã hội các xã, phường", "Sở Xây dựng",
                                    "Ủy ban nhân dân các xã, phường"]


def test_office_verb_after_a_request_inside_a_letter_sentence():
    """"Qua kiểm tra …, Sở Tư pháp đề nghị Ủy ban nhân dân các xã | khắc phục ngay …, báo cáo … trước ngày …": the
    body asked in mid-sentence ends at the office verb (before, the body ran on to "kiểm tra" and was dropped)."""
    letter = ("SỞ TƯ PHÁP\nTỈNH NINH BÌNH\nSố: 120/STP-HCTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 10 tháng 11 năm 2025\n"
              "V/v khắc phục tồn tại trong công tác hộ tịch\n\nKính gửi: Ủy ban nhân dân các xã, phường\n\n"
              "Qua kiểm tra công tác hộ tịch năm 2025, Sở Tư pháp đề nghị Ủy ban nhân dân các xã khắc phục ngay các tồn "
              "tại, hạn chế đã được chỉ ra, báo cáo kết quả trước ngày 15/01/2026.\n" + _TAIL)
    obs = extract(letter).obligations
    assert [o.who for o in obs] == ["Ủy ban nhân dân các xã"]
    assert obs[0].deadline is not None and obs[0].deadline.date == "2026-01-15"


def test_office_verb_inside_a_unit_name_is_no_task():
    """A unit named by its work keeps its name ("Bộ phận tiếp nhận và giải quyết thủ tục hành chính", "Hội đồng thẩm
    định tỉnh"); the office verb after the whole name ends it."""
    from vanban.extract.subjects import office_actor

    s = "Bộ phận tiếp nhận và giải quyết thủ tục hành chính tổ chức tiếp nhận hồ sơ"
    assert office_actor(s, None, s)[0] is None
    s = "Hội đồng thẩm định tỉnh thẩm định hồ sơ đề nghị công nhận"
    assert office_actor(s, None, s) == ("Hội đồng thẩm định tỉnh", "thẩm định hồ sơ đề nghị công nhận")


_MOBILISE_TASKS = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Đoàn Thanh niên xã huy động ít nhất 150 đoàn viên tham gia ra quân dọn vệ sinh các tuyến đường.\n"
    "2. Hội Liên hiệp Phụ nữ phường huy động hội viên đóng góp ủng hộ Quỹ Vì người nghèo.\n"
    "3. Ủy ban Mặt trận Tổ quốc xã huy động các nguồn lực xã hội hóa để xây dựng nhà đại đoàn kết.\n")


def test_mobilise_after_a_body_is_its_task():
    """"Đoàn Thanh niên xã huy động ít nhất 150 đoàn viên tham gia": "huy động" is a body's call on its members and
    means; the body ends at it, and the target's scope is that body (a newcomer's commune plan: no obligation, a
    target without scope)."""
    ext = extract(_doc("KẾ HOẠCH", "66/KH-UBND", "Tổng vệ sinh môi trường năm 2026", _MOBILISE_TASKS))
    assert [(o.who, o.what.split()[0]) for o in ext.obligations] == [
        ("Đoàn Thanh niên xã", "huy"), ("Hội Liên hiệp Phụ nữ phường", "huy"), ("Ủy ban Mặt trận Tổ quốc xã", "huy")]
    target = next(t for t in ext.targets if t.min == 150)
    assert target.scope == "Đoàn Thanh niên xã"


def test_mobilised_means_are_no_body_and_task():
    """"các nguồn huy động hợp pháp khác", "nguồn vốn huy động được": the means raised (2954-QD-UBND, 302/2025/NĐ-CP
    wording), not a body "Các nguồn" charged with "huy động …"."""
    body = ("II. TỔ CHỨC THỰC HIỆN\n1. Các nguồn huy động hợp pháp khác được công khai trên cổng thông tin của xã.\n"
            "2. Kinh phí huy động từ các tổ chức, cá nhân được quản lý theo quy định.\n")
    obs = extract(_doc("KẾ HOẠCH", "67/KH-UBND", "Xây dựng nhà văn hóa thôn năm 2026", body)).obligations
    assert not [o for o in obs if o.what.startswith("huy động")]
