"""A time limit opening a Quy chế's rule before its body ("Trong thời hạn …, Sở X thực hiện …") charges
that body; the same opening inside a part titled as a procedure's steps ("Trình tự, thủ tục …") is a step.
Texts from the real documents 79/2025/QĐ-UBND (Bắc Ninh) and 144/2025/QĐ-CTUBND (Đồng Tháp)."""

from __future__ import annotations

from vanban.extract import extract

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _quy_che(no: str, province: str, articles: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH " + province.upper() + "\n\n" + _MOTTO + f"Số: {no}\n\n{province}, ngày 20 tháng 11 "
            "năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý, sử dụng\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\n"
            "QUY CHẾ\n\nQuản lý, sử dụng\n\n" + articles)


def _obligations(text: str) -> list[tuple[str, str]]:
    return [(o.who, o.what) for o in extract(text).obligations]


def test_a_time_limit_before_the_body_charges_it():
    """79/2025/QĐ-UBND Bắc Ninh, Quy chế Điều 6.3: the Sở is charged with handling requests within the limit."""
    got = _obligations(_quy_che("79/2025/QĐ-UBND", "Bắc Ninh", (
        "Điều 6.\nCấp mới, cấp lại mật khẩu hoặc thay đổi thông tin hộp thư điện tử công vụ\n\n"
        "1. Khi có yêu cầu cấp mới hoặc\nthay đổi thông tin hộp thư điện tử công vụ của cơ quan, đơn vị, tổ chức, cá\n"
        "nhân thuộc quyền quản lý thì cơ quan, đơn vị, tổ chức gửi văn bản đề nghị vào hộp\nthư điện tử công vụ của Sở "
        "Khoa học và Công nghệ.\n\n"
        "2. Trong thời hạn 02 ngày\nlàm việc kể từ khi nhận được nội dung yêu cầu, Sở Khoa học và Công nghệ thực hiện\n"
        "phân loại, xử lý yêu cầu, thực hiện việc khởi tạo mới hoặc thay đổi thông tin hộp\nthư điện tử công vụ theo "
        "văn bản đề nghị và gửi văn bản thông báo cho cơ quan,\nđơn vị, tổ chức, cá nhân để thực hiện quản lý, sử dụng "
        "theo quy định.\n\n")))
    assert [w for w, _ in got] == ["Sở Khoa học và Công nghệ"]
    assert "phân loại, xử lý yêu cầu" in got[0][1]


def test_a_time_limit_inside_a_procedure_is_a_step():
    """144/2025/QĐ-CTUBND, Quy chế: "5. Trình tự, thủ tục khôi phục thiết bị lưu khóa bí mật", point b) "Trong thời
    hạn 01 ngày làm việc, …, Sở Khoa học và Công nghệ thực hiện việc khôi phục …": a procedure's step, no assignment."""
    got = _obligations(_quy_che("144/2025/QĐ-CTUBND", "Đồng Tháp", (
        "Điều 8. Cấp mới, khôi phục thiết bị lưu khóa bí mật\n\n"
        "5. Trình tự, thủ tục khôi phục\nthiết bị lưu khóa bí mật\n\n"
        "a) Cơ quan, tổ chức quản lý\ntrực tiếp có văn bản đề nghị khôi phục thiết bị lưu khóa bí mật theo Mẫu số 06 "
        "tại Phụ lục kèm theo Nghị định\nsố 68/2024/NĐ-CP gửi Sở Khoa học và Công nghệ tỉnh Đồng Tháp.\n\n"
        "b) Trong thời hạn 01 ngày\nlàm việc, kể từ ngày nhận được yêu cầu khôi phục thiết bị lưu khóa bí mật hợp lệ,\n"
        "Sở Khoa học và Công nghệ thực hiện việc khôi phục thiết bị lưu khóa bí mật; đồng\nthời, thông báo cho cơ quan, "
        "tổ chức quản lý trực tiếp biết.\n\n")))
    assert "Sở Khoa học và Công nghệ" not in [w for w, _ in got]


def test_the_organisation_that_directly_manages_after_a_time_limit():
    """79/2025/QĐ-UBND Bắc Ninh, Quy chế Điều 7.2: "…, tổ chức quản lý trực tiếp có trách nhiệm gửi văn bản đề nghị …"
    names a role ("trực tiếp" is part of it, not a manner adverb) charged after a time limit."""
    got = _obligations(_quy_che("79/2025/QĐ-UBND", "Bắc Ninh", (
        "Điều 7.\nTạm dừng, chấm dứt hoạt động và khôi phục hộp thư điện tử công vụ\n\n"
        "2. Chấm dứt hoạt động hộp\nthư điện tử công vụ: Được áp dụng trong trường hợp cơ quan, đơn vị, tổ chức có\n"
        "cá nhân nghỉ hưu, thôi việc. Trong thời hạn 15 ngày kể từ ngày có quyết định\ncho cá nhân nghỉ hưu, thôi việc, "
        "tổ chức quản lý trực tiếp có trách nhiệm gửi\nvăn bản đề nghị đến Sở Khoa học và Công nghệ chấm dứt hoạt động "
        "các tài khoản\ntrên.\n\n")))
    assert got == [("tổ chức quản lý trực tiếp", "có trách nhiệm gửi văn bản đề nghị đến Sở Khoa học và Công nghệ chấm dứt "
                    "hoạt động các tài khoản trên")]


def test_a_duty_title_of_organisations_and_persons_charges_the_group():
    """27/2025/QĐ-UBND, Quy định Điều 7 and 11 (labelled in bench/gold/review-oblig10): "Trách nhiệm của các tổ chức,
    cá nhân khác" / "… sử dụng điện" over their clauses is one obligation of that group each; a title of persons
    alone ("… của các cá nhân có liên quan") still charges nobody."""
    got = _obligations(_quy_che("27/2025/QĐ-UBND", "Quảng Trị", (
        "Điều 7.\nTrách nhiệm của các tổ chức, cá nhân khác\n\n1. Có trách nhiệm thực hiện\nđầy đủ các quy định chung "
        "về bảo vệ công trình điện lực Quy định tại Điều 67 Luật Điện lực.\n\n2. Có trách nhiệm thực hiện\nđầy đủ các "
        "quy định về bảo vệ hành lang an toàn lưới điện.\n\n"
        "Điều\n11. Trách nhiệm của các tổ chức, cá nhân sử dụng điện\n\n1. Thực hiện đầy đủ trách\nnhiệm chung bảo đảm "
        "về an toàn điện quy định tại Điều 69 Luật\nĐiện lực.\n\n2. Lưu giữ tài liệu kỹ thuật, kiểm định thiết bị.\n\n"
        "Điều 12. Trách nhiệm của các cá nhân có liên quan\n\n1. Có trách nhiệm sử dụng điện an toàn.\n\n"
        "2. Tham gia tập huấn.\n")))
    assert [w for w, _ in got] == ["Các tổ chức, cá nhân khác", "Các tổ chức, cá nhân sử dụng điện"]


def test_points_opening_with_a_time_limit_or_a_case_go_on_with_one_rule():
    """165/2025/QĐ-UBND, Quy chế Điều 10.6 c) and d): two points that open with a time limit and a case and charge the
    same body are one assignment (labelled so in bench/gold/fresh2)."""
    got = _obligations(_quy_che("165/2025/QĐ-UBND", "Ninh Bình", (
        "Điều\n10. Yêu cầu chứng thực đối với Chứng thư chữ ký số và thiết bị lưu khóa bí mật\n\n6. Thu hồi thiết bị lưu khóa\nbí mật\n\n"
        "a) Thu hồi thiết bị lưu khóa\nbí mật do thuê bao quản lý trong trường hợp chứng thư chữ ký số chuyên dùng\n"
        "công vụ hết hạn sử dụng hoặc chứng thư chữ ký số chuyên dùng công vụ bị thu hồi;\n\n"
        "c) Trong thời hạn 05 ngày\nlàm việc, kể từ ngày nhận được thông báo thu hồi chứng thư chữ ký số chuyên\n"
        "dùng công vụ, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thu hồi thiết bị\nlưu khóa bí mật của thuê bao "
        "và bàn giao cho Tổ chức cung cấp dịch vụ chứng thực\nchữ ký số chuyên dùng công vụ.\n\n"
        "d) Trong trường hợp thiết bị\nlưu khóa bí mật bị thất lạc, cơ quan, tổ chức quản lý trực tiếp phải lập biên bản\n"
        "xác nhận theo Mẫu số 09 tại Phụ lục kèm theo Nghị định 68/2024/NĐ-CP gửi về Cục\nChứng thực số và Bảo mật "
        "thông tin.\n\n")))
    assert len(got) == 1 and got[0][0] == "cơ quan, tổ chức quản lý trực tiếp"
    assert "thu hồi thiết bị" in got[0][1] and "lập biên bản" in got[0][1]
