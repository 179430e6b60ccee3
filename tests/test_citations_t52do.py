"""A named document after "dự thảo" is a draft to be written, no document the text cites (issue #10, session 53):
the authored sets' labels leave out "dự thảo sửa đổi Quy chế làm việc, Quy chế chi tiêu nội bộ" and "dự thảo Quy chế
chi tiêu nội bộ năm 2038" (a51-09, t51-09), and t37-05's notes say "the dự thảo sửa đổi, bổ sung Quy chế chi tiêu nội
bộ năm 2031 is a draft, not counted separately" — while the same Quy chế named as in force ("kết quả thực hiện Quy chế
chi tiêu nội bộ") is cited (t37-05, a37-05, a38-06). Sentences copied from a51-09 and t37-05 (spent sets).
"""

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ THANH BÌNH\n\nSố: 05/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Thanh Bình, ngày 02 tháng 01 năm 2038\n\nKẾ HOẠCH\n\nTổ chức Hội nghị cán bộ, công chức năm 2038\n\n"
        "III. CÁC BƯỚC CHUẨN BỊ\n\n")


def _rules(body: str) -> list:
    return [c for c in extract(HEAD + body).citations if c.type == "Quy chế"]


def test_rules_named_only_as_drafts_are_no_citation():
    body = ("1. Văn phòng HĐND và UBND xã dự thảo Báo cáo kiểm điểm việc thực hiện nhiệm vụ năm 2037, phương hướng "
            "nhiệm vụ năm 2038, dự thảo sửa đổi Quy chế làm việc, Quy chế chi tiêu nội bộ; hoàn thành trước ngày "
            "09/01/2038.\n\n2. Công chức Tài chính - Kế toán: Chuẩn bị báo cáo công khai tài chính năm 2037, dự thảo "
            "Quy chế chi tiêu nội bộ năm 2038; lập dự toán kinh phí hội nghị.\n")
    assert _rules(body) == []


def test_rules_named_as_in_force_beside_their_draft_are_cited_once():
    body = ("2. Báo cáo tình hình sử dụng kinh phí ngân sách năm 2030; kết quả thực hiện Quy chế chi tiêu nội bộ và dự "
            "thảo sửa đổi, bổ sung Quy chế chi tiêu nội bộ năm 2031.\n")
    assert [c.text for c in _rules(body)] == ["Quy chế chi tiêu nội bộ"]


def test_the_rules_of_the_event_the_plan_organises_are_no_citation():
    """t52-04 (a xã's Đại hội Thể dục thể thao): "Điều lệ Đại hội" is the congress's own rules, written by its Ban Tổ
    chức — no document the plan cites in the labels of t52-04, a33-07 and t33-07; a charter of its own name stays."""
    body = ("- Các nội dung khác thực hiện theo Điều lệ Đại hội do Ban Tổ chức ban hành.\n\n"
            "1. Khen thưởng: Ban Tổ chức trao giấy chứng nhận và tiền thưởng cho các cá nhân, đội đạt giải theo Điều lệ "
            "Đại hội.\n\n2. Các chi bộ sinh hoạt đúng Điều lệ Đảng và quy định của Trung ương.\n")
    assert [c.text for c in extract(HEAD + body).citations if c.type == "Điều lệ"] == ["Điều lệ Đảng"]


def test_a_draft_list_wrapped_over_a_line_is_still_a_draft():
    """a51-09 as legacy OCR prints it: the list after "dự thảo sửa đổi" wraps inside its first name."""
    body = ("1. Văn phòng HĐND và UBND xã dự thảo Báo cáo kiểm điểm việc thực hiện nhiệm vụ năm 2037, phương hướng\n"
            "nhiệm vụ năm 2038, dự thảo sửa đổi Quy chế làm\nviệc, Quy chế chi tiêu nội bộ; hoàn thành trước ngày "
            "09/01/2038.\n")
    assert _rules(body) == []
