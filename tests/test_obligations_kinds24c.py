"""Obligations: the call-up order as a task, and the responsibility sentences that assign nothing (session 24).

The sentences are written for these tests in the style of a commune's call-up plan, a province's urgent Công văn, a
Tỉnh ủy's Nghị quyết chuyên đề and a Sở Tài chính's Hướng dẫn (``bench/gold/authored23`` showed the kinds); the
expected bodies are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions (a named body's
assignment is an obligation; closing formulas and statements of responsibility are not), not vanban's output.
"""

from __future__ import annotations

from test_obligations_blocks16 import _obs  # the bodies and dates a document yields

_XA = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Số: 12/KH-UBND\n\nTân Lập, ngày 20 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
       "Tuyển chọn và gọi công dân nhập ngũ năm 2027\n\n")
_XA_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hùng\n"

_TINH = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 310/UBND-NLN\n\nYên Bái, ngày 08 tháng 01 năm 2027\n\nV/v chủ động phòng, chống rét đậm, rét hại\n\n"
         "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n")
_TINH_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Minh\n"

_STC = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSỞ TÀI CHÍNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 2210/HD-STC\n\nPhú Thọ, ngày 10 tháng 12 năm 2026\n\nHƯỚNG DẪN\n"
        "Lập và gửi báo cáo quyết toán ngân sách năm 2026\n\n")
_STC_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐỗ Thị Lan\n"


def test_call_up_order_signed_and_issued_is_the_chairmans_task():
    """"Chủ tịch UBND xã ký, phát lệnh gọi nhập ngũ … trước ngày 05/02/2027": the chairman's task, with its date."""
    body = ("III. CÁC BƯỚC TIẾN HÀNH\n\n**1. Phát lệnh gọi nhập ngũ**\n\n"
            "Chủ tịch UBND xã ký, phát lệnh gọi nhập ngũ đến từng công dân trước ngày 05/02/2027; tổ chức gặp mặt "
            "công dân trúng tuyển.\n\n**2. Giao quân**\n\n"
            "Ban Chỉ huy quân sự xã phát lệnh tập trung công dân trúng tuyển chậm nhất ngày 20/02/2027.\n")
    obs = _obs(_XA + body + _XA_TAIL)
    assert obs.get("Chủ tịch UBND xã") == "2027-02-05"
    assert obs.get("Ban Chỉ huy quân sự xã") == "2027-02-20"


def test_closing_request_with_accountability_warning_is_no_obligation():
    """"Yêu cầu Thủ trưởng các cơ quan …, Chủ tịch UBND các xã, phường khẩn trương triển khai thực hiện; chịu
    trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra thiệt hại …" closes the letter (labels: a closing formula)."""
    body = ("Ủy ban nhân dân tỉnh yêu cầu:\n\n**1. Sở Nông nghiệp và Môi trường**\n\n"
            "Hướng dẫn các xã, phường biện pháp chống rét cho gia súc; tổng hợp thiệt hại, báo cáo Ủy ban nhân dân "
            "tỉnh trước ngày 25/01/2027.\n\n"
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường khẩn trương triển khai "
            "thực hiện; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra thiệt hại do chủ quan, "
            "lơ là./.\n")
    obs = _obs(_TINH + body + _TINH_TAIL)
    assert obs.get("Sở Nông nghiệp và Môi trường") == "2027-01-25"
    assert not any(w.startswith("Thủ trưởng") for w in obs)


def test_responsibility_for_the_outcome_is_no_obligation():
    """"Người đứng đầu cấp ủy, chính quyền chịu trách nhiệm trực tiếp về kết quả …": a statement of personal
    responsibility (labels: not listed); the cấp ủy's own task in the same paragraph stays."""
    head = ("TỈNH ỦY LAI CHÂU\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 09-NQ/TU\n\nLai Châu, ngày 15 tháng 11 năm 2026\n\n"
            "NGHỊ QUYẾT\nvề phát triển nông nghiệp hàng hóa giai đoạn 2026 - 2030\n\n")
    body = ("III. NHIỆM VỤ, GIẢI PHÁP\n\n**1. Tăng cường sự lãnh đạo của các cấp ủy đảng**\n\n"
            "Các cấp ủy, tổ chức đảng tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên. Người đứng đầu cấp ủy, "
            "chính quyền chịu trách nhiệm trực tiếp về kết quả phát triển nông nghiệp hàng hóa tại địa phương mình.\n")
    tail = "\nNơi nhận:\n- Ban Bí thư,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nGiàng A Tính\n"
    obs = _obs(head + body + tail)
    assert any(w.startswith("Các cấp ủy") for w in obs)
    assert not any(w.startswith("Người đứng đầu") for w in obs)


def test_responsibility_for_data_before_the_years_record_is_no_obligation():
    """"Thủ trưởng đơn vị dự toán, Chủ tịch UBND xã chịu trách nhiệm về tính chính xác của số liệu quyết toán. Năm
    2025, … còn 12 đơn vị gửi báo cáo chậm …": responsibility, then a record (labels: a statement of responsibility)."""
    body = ("Sở Tài chính hướng dẫn các cơ quan, đơn vị, địa phương thực hiện khóa sổ kế toán, quyết toán ngân sách "
            "năm 2026 như sau:\n\nI. YÊU CẦU CHUNG\n\n1. Các đơn vị dự toán lập báo cáo quyết toán đúng biểu mẫu, gửi Sở Tài chính "
            "trước ngày 15/02/2027.\n\n"
            "2. Thủ trưởng đơn vị dự toán, Chủ tịch Ủy ban nhân dân xã, phường chịu trách nhiệm về tính chính xác, "
            "trung thực của số liệu quyết toán. Năm 2025, toàn tỉnh còn 12 đơn vị gửi báo cáo quyết toán chậm so với "
            "thời hạn.\n")
    obs = _obs(_STC + body + _STC_TAIL)
    assert obs.get("Các đơn vị dự toán") == "2027-02-15"
    assert not any(w.startswith("Thủ trưởng") for w in obs)


def test_numbered_topic_heading_naming_a_body_assigns_its_lettered_tasks():
    """"2. Đối với Ủy ban nhân dân các xã, phường" / "a) Chỉ đạo …" / "b) Gửi báo cáo … chậm nhất ngày 31/3/2027" in a
    Hướng dẫn's section on reporting: the body's obligation, dated by its task (labels: one entry for the block)."""
    body = ("Sở Tài chính hướng dẫn các cơ quan, đơn vị, địa phương lập, gửi báo cáo quyết toán như sau:\n\n"
            "I. LẬP VÀ GỬI BÁO CÁO QUYẾT TOÁN\n\n1. Nội dung báo cáo\n\nBáo cáo quyết toán gồm các biểu mẫu theo quy "
            "định tại Thông tư số 344/2016/TT-BTC.\n\n"
            "2. Đối với Ủy ban nhân dân các xã, phường\n\n"
            "a) Chỉ đạo bộ phận tài chính - kế toán lập báo cáo quyết toán ngân sách xã năm 2026.\n\n"
            "b) Gửi báo cáo quyết toán về Sở Tài chính chậm nhất ngày 31/3/2027 để thẩm định.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nThủ trưởng các đơn vị dự toán có trách nhiệm hướng dẫn các đơn vị trực thuộc "
            "lập báo cáo quyết toán.\n")
    obs = _obs(_STC + body + _STC_TAIL)
    assert obs.get("Ủy ban nhân dân các xã, phường") == "2027-03-31"
