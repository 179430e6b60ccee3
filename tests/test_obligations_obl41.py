"""Obligation blocks (session 41, obl41): a member of a group heading singled out by its own name, first or after the
group's task; a pointer to a section whose clause prints its own due date; the closing formula followed by the rating
the result will weigh in."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import assignment_words as W
from vanban.extract.folded import Folded
from vanban.extract import extract


_KH_HEAD = ("\nUBND PHƯỜNG HÒA MINH\nTRƯỜNG TIỂU HỌC HÒA MINH\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n\n\nSố: 12/KH-THHM\n\nHòa Minh, ngày 09 tháng 3 năm 2031\n\n\n"
            "KẾ HOẠCH\n\nTổ chức Hội khỏe Phù Đổng cấp trường năm 2031\n\n")
_KH_TAIL = ("\n\nNơi nhận:\n- UBND phường (b/c);\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n\nTrần Thị Mai\n")
_DUTIES = ("I. MỤC ĐÍCH\n\nRèn luyện thể chất cho học sinh.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
           "1. Hiệu trưởng\n\nChỉ đạo chung; ký quyết định thành lập Ban Tổ chức Hội khỏe.\n\n"
           "2. Các tổ chuyên môn\n\n{body}\n\n3. Giáo viên chủ nhiệm\n\nĐộng viên học sinh đăng ký các môn thi đấu.")


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_a_member_named_first_in_its_groups_block_gets_its_own_entry():
    text = _KH_HEAD + _DUTIES.format(body=(
        "Tổ Giáo dục thể chất - Nghệ thuật chủ trì xây dựng điều lệ, bố trí trọng tài; các tổ phân công giáo viên "
        "hỗ trợ các khối lớp.")) + _KH_TAIL
    got = _dues(text)
    assert "Tổ Giáo dục thể chất - Nghệ thuật" in got, got
    assert "Các tổ chuyên môn" in got and "Hiệu trưởng" in got, got


def test_a_member_named_after_the_groups_task_however_short_the_group_name():
    text = _KH_HEAD + _DUTIES.format(body=(
        "Phân công giáo viên hỗ trợ các khối lớp; Tổ Thể dục chủ trì xây dựng điều lệ, bố trí trọng tài.")) + _KH_TAIL
    got = _dues(text)  # (undated: a dated clause of another body was its own entry already, other_clauses)
    assert "Tổ Thể dục" in got, got
    assert "Các tổ chuyên môn" in got, got


def test_a_group_whose_block_names_no_member_stays_one_entry():
    text = _KH_HEAD + _DUTIES.format(body=(
        "Phân công giáo viên hỗ trợ các khối lớp; các tổ gửi danh sách trọng tài trước ngày 20/3/2031.")) + _KH_TAIL
    whos = _whos(text)
    assert [w for w in whos if w.lower().startswith(("tổ", "các tổ"))] == ["Các tổ chuyên môn"], whos


def test_a_clause_with_its_own_date_is_not_dated_by_the_section_it_points_to():
    text = _KH_HEAD + (
        "I. NỘI DUNG\n\n1. Giải chạy việt dã\n\nTổ chức trong tháng 3/2031 tại sân vận động phường.\n\n"
        "2. Thi đấu cờ vua\n\nThi đấu vòng tròn theo khối lớp.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Hiệu trưởng\n\nChỉ đạo chung; ký quyết định thành lập Ban Tổ chức Hội khỏe.\n\n"
        "2. Đề nghị Ban đại diện cha mẹ học sinh và Liên đội\n\n"
        "Vận động phụ huynh hỗ trợ nước uống cho vận động viên; Liên đội chủ trì giải chạy nêu tại mục I.1, tổng hợp "
        "kết quả, trao giải xong trước ngày 08/4/2031.\n\n"
        "3. Giáo viên chủ nhiệm\n\nĐộng viên học sinh đăng ký các môn thi đấu.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Liên đội") == "2031-04-08", got
    asked = [w for w in got if w.startswith("Ban đại diện")]
    assert asked and got[asked[0]] is None, got


def test_the_rating_after_the_closing_formula_is_no_assignment():
    for tail in ("Kết quả thực hiện là căn cứ để đánh giá, xếp loại thi đua học kỳ II của từng lớp.",
                 "Mức độ hoàn thành được dùng làm tiêu chuẩn xếp loại thi đua của tập thể lớp."):
        assert W.RATED_BY.search(Folded.of(tail).view), tail
    assert not W.RATED_BY.search(Folded.of("Các lớp lập danh sách vận động viên, gửi Ban Tổ chức.").view)
    text = _KH_HEAD + _DUTIES.format(body="Phân công giáo viên hỗ trợ các khối lớp.") + (
        "\n\nNhà trường yêu cầu các tổ, bộ phận, giáo viên chủ nhiệm nghiêm túc triển khai thực hiện. Kết quả thực "
        "hiện là căn cứ để đánh giá, xếp loại thi đua học kỳ II của từng lớp./.") + _KH_TAIL
    whos = _whos(text)
    assert not [w for w in whos if w.lower().startswith("các tổ, bộ phận")], whos


def test_a_member_that_goes_on_with_every_clause_of_its_groups_block_adds_no_entry():
    text = _KH_HEAD + _DUTIES.format(body=(
        "Tổ Giáo dục thể chất - Nghệ thuật xây dựng điều lệ; bố trí trọng tài cho các môn thi đấu.")) + _KH_TAIL
    whos = _whos(text)
    assert "Tổ Giáo dục thể chất - Nghệ thuật" not in whos, whos


def test_equipment_for_handling_is_no_sanction():
    for task in ("Mua sắm trang thiết bị xử lý nước thải cho bếp ăn", "dự trữ thiết bị xử lý sự cố tràn dầu"):
        assert not W.SANCTION.search(Folded.of(task).view), task
    assert W.SANCTION.search(Folded.of("cá nhân vi phạm sẽ bị xử lý theo quy định").view)
    text = _KH_HEAD + _DUTIES.format(body="Phân công giáo viên hỗ trợ các khối lớp.").replace(
        "Chỉ đạo chung; ký quyết định thành lập Ban Tổ chức Hội khỏe.",
        "Chuẩn bị trang thiết bị xử lý chấn thương cho đội y tế trước ngày 15/3/2031; chỉ đạo chung.") + _KH_TAIL
    assert _dues(text).get("Hiệu trưởng") == "2031-03-15"
