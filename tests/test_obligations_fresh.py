"""Obligation kinds read from the misses of bench/gold/fresh (hand labels, a spent tuning set since session 8).

Each input is a piece of a real document of ``../shared/realdocs/docs`` as ``realdocs/md2plain.py`` writes it;
the expected values are those of the hand-written gold (``bench/gold/fresh``), never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_QD1630_HEAD = (
    "\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n\n\nSố: 1630/QĐ-UBND\n\nQuảng Ngãi, ngày\n21 tháng 11 năm 2025\n\n\n\nQUYẾT ĐỊNH\n\n"
    "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ THUỘC PHẠM\nVI CHỨC NĂNG QUẢN LÝ CỦA SỞ DÂN TỘC VÀ TÔN GIÁO THỰC "
    "HIỆN TRÊN ĐỊA BÀN TỈNH\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\n"
    "Điều 2. Giao Văn phòng Ủy ban nhân dân tỉnh; Sở Dân tộc và Tôn giáo thực hiện công khai thủ tục hành chính nội bộ "
    "được ban hành trên Cổng thông tin điện tử tỉnh và Trang thông tin điện tử của đơn vị.\n\n"
    "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT,TTHC, VTH\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Xuân\n\n")
_QD1630_PROCEDURE = (
    "PHỤ LỤC\n\nDANH MỤC VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC\nDÂN TỘC THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ "
    "DÂN TỘC VÀ TÔN GIÁO THỰC HIỆN\nTRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI\n\n"
    "II. NỘI DUNG\nCỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH NỘI BỘ\n\n1. Phê\nduyệt danh sách các dân tộc còn gặp nhiều khó khăn, có khó "
    "khăn đặc thù giai đoạn\n2026-2030\n\n1.1. Trình tự thực hiện:\n\nBước 1: Ủy ban nhân dân các xã,\nphường, đặc khu (sau đây "
    "viết tắt là Ủy ban nhân dân cấp xã) tổ chức rà soát thống\nkê số liệu về tổng dân số, tổng số hộ, số hộ nghèo, hộ cận "
    "nghèo của từng dân tộc\ntại xã, gửi hồ sơ về Ủy ban nhân dân tỉnh trong thời hạn 15 ngày làm việc kể từ\nngày Ủy ban "
    "nhân dân cấp tỉnh chỉ đạo triển khai, tổ chức thực hiện.\n\n"
    "Bước 2: Sau khi nhận được đủ\nbáo cáo rà soát của Ủy ban nhân dân cấp xã, Ủy ban nhân dân cấp tỉnh chỉ đạo\ncác cơ quan "
    "liên quan tổng hợp, rà soát, thẩm định và chịu trách nhiệm toàn diện\nvề số liệu báo cáo, gửi hồ sơ về Bộ Dân tộc và Tôn "
    "giáo trong thời hạn 30 ngày\nlàm việc kể từ ngày Nghị định số 255/2025/NĐ-CP có hiệu lực thi hành.\n\n"
    "1.2. Cách thức thực hiện: Gửi\nhồ sơ trực tuyến qua trục liên thông văn bản và gửi qua dịch vụ bưu điện hoặc\ntrực tiếp.\n\n"
    "1.3. Thành phần, số lượng hồ\nsơ: 01 bộ hồ sơ gồm:\n\n- Số lượng hồ sơ ở mỗi cấp thực\nhiện: 01 hồ sơ điện tử và 01 hồ sơ "
    "giấy.\n\n1.4. Thời hạn giải quyết hồ\nsơ: Trong thời hạn 30 (ba mươi) ngày làm việc kể từ ngày nhận được đủ hồ sơ\n"
    "báo cáo hợp lệ của UBND tỉnh.\n\n1.6. Cơ quan giải quyết thủ\ntục hành chính: Bộ Dân tộc và Tôn giáo.\n\n")


def test_the_steps_of_a_procedure_numbered_inside_its_list_assign_nothing():
    # 1630/QĐ-UBND: "1.1. Trình tự thực hiện: ⏎ Bước 1: Ủy ban nhân dân các xã … tổ chức rà soát …" describes the
    # published procedure (fields numbered 1.1.–1.11.); only Điều 2's "Giao …" assigns
    obs = extract(_QD1630_HEAD + _QD1630_PROCEDURE).obligations
    assert len(obs) == 1 and "Sở Dân tộc và Tôn giáo" in obs[0].who


_NQ78_HEAD = ("\nHỘI ĐỒNG NHÂN\nDÂN \nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 78/2025/NQ-HĐND\n\nHà Nội, ngày 27\ntháng 11 năm 2025 *\n\n"
              "NGHỊ QUYẾT\nQUY\nĐỊNH NỘI DUNG CHI, MỨC CHI ĐỐI VỚI CÔNG TÁC XÂY DỰNG\n\n")


def test_a_singular_generic_body_with_its_qualifier_before_có_trách_nhiệm():
    # 78/2025/NQ-HĐND Điều 7 khoản 2: "Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm rà soát …";
    # the head's own responsibility in the next sentence is part of the same assignment
    text = _NQ78_HEAD + (
        "Điều 7. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết.\n"
        "2. Cơ quan, đơn vị thực hiện nội dung chi theo Phụ\nlục III có trách nhiệm rà soát, đối chiếu, bảo đảm không chi trùng "
        "lặp với nhiệm\nvụ chi tại Điều 3, Điều 4 của Nghị quyết này. Người đứng đầu cơ quan, đơn vị chịu\ntrách nhiệm trước "
        "pháp luật về tính chính xác, đầy đủ trong việc thực hiện chi\ntrả.\n")
    assert [o.who for o in extract(text).obligations] == [
        "Ủy ban nhân dân Thành phố", "Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III"]


def test_the_rows_of_an_appendix_pricing_activities_assign_nothing():
    # 78/2025/NQ-HĐND Phụ lục II "DANH MỤC HOẠT ĐỘNG, SẢN PHẨM VÀ KHUNG ĐỊNH MỨC CHI …": the product cell "Bản đánh giá
    # thủ tục hành chính, việc phân cấp, thực hiện nhiệm vụ …" names what is priced, no body charged with a task
    text = _NQ78_HEAD + (
        "Điều 7. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết.\n\n"
        "CHỦ TỊCH\nĐinh Thị Quế\n\n"
        "PHỤ LỤC II\nDANH MỤC HOẠT ĐỘNG, SẢN PHẨM VÀ KHUNG ĐỊNH MỨC CHI TRONG\nCÔNG TÁC SOẠN THẢO; THẨM ĐỊNH\n"
        "(Ban hành kèm theo Nghị quyết số 78/2025/NQ-HĐND ngày 27 tháng 11 năm 2025 của\nHội đồng nhân dân thành phố Hà Nội)\n\n"
        "STT\n\nHoạt động\n\nSản phẩm\n\nMức chi\n\n\n"
        "7.\n\nXây dựng bản đánh giá\nthủ tục hành chính, việc phân cấp, thực hiện nhiệm vụ, quyền hạn được phân cấp,\nviệc ứng "
        "dụng, thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và\nchuyển đổi số\n\nBản đánh giá thủ tục\nhành chính, "
        "việc phân cấp, thực hiện nhiệm vụ, quyền hạn được phân cấp, việc ứng\ndụng, thúc đẩy phát triển khoa học, công nghệ, "
        "đổi mới sáng tạo và chuyển đổi\nsố\n\nTối đa 10% tổng mức chi soạn thảo\n\n\n"
        "8.\n\nLấy ý kiến cơ quan Đảng\ncó thẩm quyền\n\nVăn bản thông báo/kết\nluận chủ trương của cơ quan Đảng có thẩm quyền\n\n"
        "Tối đa 10% tổng mức chi soạn thảo\n\n")
    assert [o.who for o in extract(text).obligations] == ["Ủy ban nhân dân Thành phố"]


# Who is cut where the sentence's own grammar says (the "who cut wrongly" finding of the session-7 newcomer run on
# 138/2025/QĐ-UBND, 162/2025/QĐ-UBND and 68/2025/TT-BNNMT); the pieces are their real sentences
_QUY_CHE_HEAD = ("\nỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n-------\n\nSố: 162/2025/QĐ-UBND\n\nNinh Bình, ngày 23 tháng 11 năm 2025\n\n"
                 "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ\nĐIỆN TỬ CÔNG VỤ\n\n")


def _who(body: str) -> list[str]:
    return [o.who for o in extract(_QUY_CHE_HEAD + body).obligations]


def test_a_named_body_then_the_role_it_was_given():
    # 162/2025/QĐ-UBND Điều 6: "Sở Khoa học và Công nghệ được giao quản lý, vận hành Hệ thống thư điện tử công vụ, chịu
    # trách nhiệm cấp mới, …" — the body is the Sở; "được giao quản lý …" is the role it holds
    assert _who("Điều 6. Cấp mới, thay đổi thông tin, thu hồi hộp thư điện tử công vụ\n\n1. Sở Khoa học và Công nghệ được\n"
                "giao quản lý, vận hành Hệ thống thư điện tử công vụ, chịu trách nhiệm cấp mới,\nthay đổi, thu hồi hộp thư "
                "điện tử thuộc Hệ thống thư điện tử công vụ.\n") == ["Sở Khoa học và Công nghệ"]


def test_a_subject_closing_on_a_relative_word_runs_on_to_its_modal():
    # 162/2025/QĐ-UBND Điều 12 khoản 7: "…; Thủ trưởng cơ quan, đơn vị nơi phát hiện tài liệu mật phải thông báo …" —
    # "phát hiện" is the relative clause's verb, not the duty
    got = _who("Điều 12.\nTrách nhiệm của cá nhân sử dụng Hệ thống thư điện tử công vụ\n\n7. Khi phát hiện các văn bản,\n"
               "tài liệu trong hộp thư có chứa nội dung thuộc danh mục bí mật nhà nước phải kịp\nthời báo cáo Thủ trưởng cơ "
               "quan, đơn vị; Thủ trưởng cơ quan, đơn vị nơi phát hiện\ntài liệu mật phải thông báo đến Sở Khoa học và Công "
               "nghệ và cơ quan, đơn vị nơi\ngửi đi tài liệu đó để kịp thời gỡ bỏ.\n")
    assert "Thủ trưởng cơ quan, đơn vị nơi phát hiện tài liệu mật" in got and "Thủ trưởng cơ quan, đơn vị nơi" not in got


def test_hồ_sơ_before_a_verb_is_no_department():
    # 138/2025/QĐ-UBND: "Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ gửi thông báo đến tổ chức, cá nhân …" — folded, "hồ sơ"
    # ends in "so" like "Sở" before a field name; here "gửi" is the verb
    assert _who("Điều 5. Thông báo\n\n2. Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ gửi thông báo đến tổ chức, cá nhân qua\n"
                "thư điện tử, tin nhắn, điện thoại hoặc mạng xã hội được cấp có thẩm quyền cho\nphép (nếu có).\n") == [
        "Bộ phận Một cửa, cơ quan tiếp nhận hồ sơ"]


def test_a_room_is_no_unit():
    # 68/2025/TT-BNNMT Điều 5 "Môi trường làm việc": "Phòng lắp đặt các thiết bị … phải đảm bảo khô ráo" is a room's
    # technical requirement, nobody is charged
    assert _who("Điều 5. Môi\ntrường làm việc\n\n2. Phòng lắp đặt các thiết bị\ntrạm điều khiển vệ tinh viễn thám, trạm thu "
                "dữ liệu viễn thám phải đảm bảo khô\nráo, không có tình trạng thấm dột.\n") == []


def test_the_clerical_office_is_a_unit_and_a_definition_of_it_assigns_nothing():
    # 165/2025/QĐ-UBND Ninh Bình (fresh2 gold): "2. Văn thư cơ quan có trách nhiệm bảo quản an toàn thiết bị lưu khoá bí mật …"
    # is an obligation of the Văn thư; 144-2025-QD-CTUBND Điều 8.3 (review-oblig5 gold): "Văn thư cơ quan là người được lãnh
    # đạo cơ quan giao quản lý …; có trách nhiệm thực hiện …" defines the role
    assert _who("Điều 12. Quản lý thiết bị lưu khóa bí mật\n\n2. Văn thư cơ quan có trách\nnhiệm bảo quản an toàn thiết bị "
                "lưu khoá bí mật của cơ quan, tổ chức tại trụ sở\ncơ quan, tổ chức mình.\n") == ["Văn thư cơ quan"]
    assert _who("Điều 8. Chứng thư chữ ký số\n\n3. Văn thư cơ quan là người\nđược lãnh đạo cơ quan giao quản lý và sử dụng "
                "chứng thư chữ ký số chuyên dùng\ncông vụ của cơ quan, tổ chức; có trách nhiệm thực hiện các quy định tại Quy "
                "chế\nnày đối với chứng thư chữ ký số chuyên dùng công vụ cho cơ quan, tổ chức.\n") == []
