"""A plan's targets and its Phụ lục "TT | Chỉ tiêu | Chủ trì" (session 24, st24; the newcomer's 144-KH-UBND):

* the targets under a numbered heading that names a horizon ("1. Phát triển kinh tế số đến năm 2030") take that
  year, not the plan's span ("giai đoạn 2026 - 2030") — the heading says when the figure is due;
* a "Chủ trì" cell that runs on into what each body does ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành …
  thực hiện …") names its bodies, not the sentence.

The documents are written for this test in that style (another province, other figures)."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.task_table_cells import cell_bodies

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 51/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
         "Chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2026 - 2030\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
         "Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.\n\nII. MỤC TIÊU\n\n"
         "1. Phát triển chính quyền số đến năm 2030\n\n"
         "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 85%.\n\n"
         "- Tỷ lệ người dân có tài khoản định danh điện tử đạt tối thiểu 90%.\n\n"
         "III. NHIỆM VỤ\n\nSở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.\n\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Sơn\n")


def test_targets_under_a_heading_with_a_horizon_take_its_year():
    got = {(t.min, t.unit): t.period for t in extract(_PLAN).targets}
    assert got[(85.0, "%")] == "năm 2030"
    assert got[(90.0, "%")] == "năm 2030"


def test_lead_cell_running_on_into_a_sentence_names_its_bodies():
    assert cell_bodies("Sở Tư pháp chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện báo cáo "
                        "hằng năm theo lĩnh vực quản lý.") == "Sở Tư pháp; Các sở, ngành, UBND cấp xã"
    assert cell_bodies("Sở Y tế; Sở Nội vụ; Sở Tài chính thúc đẩy, theo dõi, báo cáo chỉ tiêu") == \
        "Sở Y tế; Sở Nội vụ; Sở Tài chính"
    assert cell_bodies("Công an tỉnh") == "Công an tỉnh"
    assert cell_bodies("Sở Xây dựng; Sở Tài chính") == "Sở Xây dựng; Sở Tài chính"
    # a name a short verb phrase qualifies stays whole
    assert cell_bodies("Chi bộ được giám sát") == "Chi bộ được giám sát"
    assert cell_bodies("Ủy ban nhân dân 05 xã chưa cập nhật") == "Ủy ban nhân dân 05 xã chưa cập nhật"
