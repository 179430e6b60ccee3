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
