"""Obligation kinds (session 36, obl36b): a records plan's archive as a body and its appendix table of units (a total
row, a unit whose name lists fields), a 27/7 plan's numbered visiting teams named with their leaders, and a council's
own votes in its standing board's plan."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import extract
from vanban.extract import subjects as S


_KH_HEAD = ("ỦY BAN NHÂN DÂN\n**PHƯỜNG TÂN MAI**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 77/KH-UBND\n\n*Tân Mai, ngày 05 tháng 6 năm 2029*\n\n**KẾ HOẠCH**\n\n"
            "Thu thập, nộp lưu hồ sơ vào Lưu trữ cơ quan năm 2029\n\n")
_KH_TAIL = ("\n\n*Nơi nhận:*\n- Sở Nội vụ (b/c);\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n"
            "**Đỗ Minh Quân**\n")


def test_the_bodys_archive_is_a_body_though_its_name_opens_with_a_verb():
    assert S.actor("Lưu trữ cơ quan lựa chọn tài liệu thuộc diện lưu vĩnh viễn, lập mục lục nộp lưu")[0] \
        == "Lưu trữ cơ quan"
    text = _KH_HEAD + (
        "**I. NỘI DUNG**\n\n"
        "**1. Nộp lưu**\n\n"
        "- Các phòng chuyên môn nộp lưu hồ sơ năm 2028 vào Lưu trữ cơ quan trước ngày 15/8/2029.\n\n"
        "- Lưu trữ cơ quan lựa chọn tài liệu thuộc diện lưu vĩnh viễn, lập mục lục và giao nộp vào Lưu trữ lịch "
        "sử tỉnh trước ngày 20/11/2029.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Lưu trữ cơ quan") == "2029-11-20", got
    assert got.get("Các phòng chuyên môn") == "2029-08-15", got


def test_an_appendix_table_of_units_charges_each_unit_not_the_total_row():
    text = _KH_HEAD + (
        "**I. NỘI DUNG**\n\n"
        "Các phòng, đơn vị giao nộp hồ sơ theo Phụ lục kèm theo.\n\n"
        "**PHỤ LỤC**\n\n"
        "| STT | Đơn vị | Số hồ sơ | Thời hạn nộp |\n"
        "|---|---|---|---|\n"
        "| 1 | Phòng Văn hóa - Xã hội | 320 | Trước ngày 31/8/2029 |\n"
        "| 2 | Phòng Kinh tế, Hạ tầng và Đô thị | 410 | Trước ngày 15/9/2029 |\n"
        "| 3 | Công an phường | 95 | Trước ngày 31/8/2029 |\n"
        "| | **Tổng cộng** | **825** | |\n") + _KH_TAIL
    got = _dues(text)
    # a unit whose name lists its fields with commas is still the row's body
    assert got.get("Phòng Kinh tế, Hạ tầng và Đô thị") == "2029-09-15", got
    assert got.get("Phòng Văn hóa - Xã hội") == "2029-08-31", got
    assert not [w for w in got if "Tổng" in w], got


def test_numbered_teams_under_their_group_are_charged_each_with_its_leader():
    text = _KH_HEAD.replace("Thu thập, nộp lưu hồ sơ vào Lưu trữ cơ quan năm 2029",
                            "Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ năm 2029") + (
        "**I. NỘI DUNG**\n\n"
        "**1. Thăm hỏi gia đình chính sách**\n\n"
        "**a) Các đoàn thăm hỏi của phường**\n\n"
        "- Đoàn số 1 do đồng chí Bí thư Đảng ủy phường làm Trưởng đoàn: thăm, tặng quà 10 gia đình tại khu phố 2, "
        "khu phố 5.\n\n"
        "- Đoàn số 2 do đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường làm Trưởng đoàn: thăm, tặng quà 07 gia đình tại "
        "khu phố 8.\n\n"
        "Quà của các đoàn trích từ kinh phí tại mục III; Phòng Văn hóa - Xã hội lập danh sách gia đình được thăm "
        "trước ngày 10/7/2029.") + _KH_TAIL
    got = _dues(text)
    assert "Đoàn số 1 (Trưởng đoàn: Bí thư Đảng ủy phường)" in got, got
    assert "Đoàn số 2 (Trưởng đoàn: Chủ tịch Ủy ban MTTQ Việt Nam phường)" in got, got
    assert got.get("Phòng Văn hóa - Xã hội") == "2029-07-10", got
    # the group heading over its teams and a note on their gifts is no body of its own
    assert not [w for w in got if w.startswith("Các đoàn")], got


def test_a_council_voting_at_its_session_is_no_task_of_its_standing_boards_plan():
    text = ("HỘI ĐỒNG NHÂN DÂN\n**XÃ TÂN LẬP**\n**THƯỜNG TRỰC**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 12/KH-TTHĐND\n\n*Tân Lập, ngày 01 tháng 10 năm 2029*\n\n**KẾ HOẠCH**\n\n"
            "Tổ chức lấy phiếu tín nhiệm tại kỳ họp cuối năm 2029\n\n"
            "**I. CÁC BƯỚC TIẾN HÀNH**\n\n"
            "**1. Chuẩn bị**\n\n"
            "- Thường trực HĐND xã gửi danh sách người được lấy phiếu đến đại biểu trước ngày 20/11/2029.\n\n"
            "**2. Tại kỳ họp**\n\n"
            "- HĐND xã biểu quyết lập Ban kiểm phiếu gồm 03 đại biểu.\n\n"
            "- Ban kiểm phiếu phát phiếu, hướng dẫn cách ghi phiếu; kiểm phiếu và công bố kết quả tại kỳ họp.\n\n"
            "- HĐND xã xem xét, thông qua Nghị quyết xác nhận kết quả lấy phiếu tín nhiệm."
            "\n\n*Nơi nhận:*\n- Thường trực HĐND tỉnh;\n- Lưu: VT.\n\n**TM. THƯỜNG TRỰC HĐND**\n**CHỦ TỊCH**\n\n"
            "**Lê Văn Hòa**\n")
    obs = extract(text).obligations
    who = [o.who for o in obs]
    assert "Thường trực HĐND xã" in who, who
    assert "HĐND xã" not in who, who
    # the counting board's acts, its name not run on into "phát phiếu"
    assert who.count("Ban kiểm phiếu") >= 1 and not [w for w in who if w.startswith("Ban kiểm phiếu ")], who


def test_a_heading_on_what_a_team_does_charges_the_team_with_its_points():
    text = _KH_HEAD.replace("Thu thập, nộp lưu hồ sơ vào Lưu trữ cơ quan năm 2029",
                            "Chiến dịch vệ sinh môi trường, diệt lăng quăng năm 2029") + (
        "**II. NỘI DUNG CHIẾN DỊCH**\n\n"
        "**1. Nội dung hoạt động của Tổ tuyên truyền lưu động**\n\n"
        "- Đến từng khu phố phát loa hướng dẫn người dân đậy kín dụng cụ chứa nước.\n\n"
        "- Ghi nhận các hộ chưa thực hiện, báo cáo Trạm Y tế phường sau mỗi đợt.") + _KH_TAIL
    got = _dues(text)
    assert "Tổ tuyên truyền lưu động" in got, got
