"""Documents cited by a specific name without a number (session 51, cit51; the labels README: "a named document
without number … counted once", generic references are not citations), in forms written here in the offices' style:

- a decree or circular named by its issuer and the subject it rules on ("căn cứ Nghị định của Chính phủ quy định …",
  "Căn cứ Thông tư của Bộ … hướng dẫn …": t33-10, a33-10, t46-05, t50-10 — every set counts it);
- a committee's resolution of one year named by its owner right after the type word ("chỉ tiêu Nghị quyết Đảng ủy năm
  2036": a49-10, t49-10);
- a committee's working rules named by their term alone ("theo Quy chế làm việc nhiệm kỳ 2035 - 2040": a49-10,
  t49-10);
- a programme named by its title, its author and its term ("Chương trình phối hợp … của Ủy ban Mặt trận Tổ quốc Việt
  Nam xã nhiệm kỳ 2036 - 2041": a49-05).
"""

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 112/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Hòa Bình, ngày 02 tháng 11 năm 2037\n\nKẾ HOẠCH\n\nrà soát hộ nghèo, hộ cận nghèo năm 2037\n\n")
PARTY_HEAD = ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN\nĐẢNG ỦY XÃ ĐÔNG HÒA\n\nSố: 52-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Đông Hòa, ngày 10 tháng 01 năm 2037\n\nBÁO CÁO\n\nkiểm điểm tập thể Ban Thường vụ năm 2036\n\n")
TAIL = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nRà soát đúng quy trình, công khai, minh bạch.\n"


def _unnumbered(text: str, ctype: str) -> list:
    return [c for c in extract(text).citations if c.type == ctype and not c.number]


# --- a decree or circular named by issuer and subject --------------------------------------------------------------

def test_a_decree_named_by_issuer_and_subject_inside_a_sentence_is_cited():
    body = ("Thực hiện Kế hoạch số 77/KH-UBND ngày 15/10/2037 của Ủy ban nhân dân huyện về rà soát hộ nghèo; căn cứ "
            "Nghị định của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2036 - 2040, Ủy ban nhân dân xã xây dựng "
            "Kế hoạch như sau:" + TAIL)
    (c,) = _unnumbered(HEAD + body, "Nghị định")
    assert c.issuer == "Chính phủ" and c.date is None


def test_a_decree_named_so_as_a_basis_item_is_cited_once():
    body = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nCăn cứ Nghị định của Chính phủ "
            "quy định chuẩn nghèo đa chiều giai đoạn 2036 - 2040;\n\nỦy ban nhân dân xã ban hành Kế hoạch như sau:" + TAIL)
    assert len(_unnumbered(HEAD + body, "Nghị định")) == 1


def test_a_circular_named_by_its_ministry_and_subject_is_cited():
    body = ("Căn cứ Thông tư của Bộ Nội vụ hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố;\n\n"
            "Ủy ban nhân dân xã ban hành Kế hoạch như sau:" + TAIL)
    (c,) = _unnumbered(HEAD + body, "Thông tư")
    assert c.issuer == "Bộ Nội vụ"


def test_a_draft_or_plural_decree_is_no_citation():
    body = ("I. NHIỆM VỤ\n\nPhòng Văn hóa - Xã hội góp ý dự thảo Nghị định của Chính phủ quy định chuẩn nghèo đa chiều "
            "giai đoạn 2036 - 2040; theo dõi các Nghị định của Chính phủ quy định về an sinh xã hội.\n")
    assert _unnumbered(HEAD + body, "Nghị định") == []


def test_a_decree_written_in_small_letters_is_no_citation():
    body = ("I. NHIỆM VỤ\n\nThực hiện các chính sách theo nghị định của Chính phủ quy định về trợ giúp xã hội.\n")
    assert _unnumbered(HEAD + body, "Nghị định") == []


# --- a committee's resolution of one year, its owner right after the type word -------------------------------------

def test_a_year_resolution_named_by_its_committee_is_cited():
    body = ("I. KẾT QUẢ\n\nBan Thường vụ Đảng ủy đã lãnh đạo hoàn thành 12/15 chỉ tiêu chủ yếu của Nghị quyết Đảng ủy "
            "năm 2036; thu ngân sách đạt 108% dự toán.\n")
    (c,) = _unnumbered(PARTY_HEAD + body, "Nghị quyết")
    assert c.issuer == "Đảng ủy"


def test_a_year_resolution_wrapped_at_the_line_end_is_cited():
    body = ("I. KẾT QUẢ\n\nBan Thường vụ Đảng ủy đã lãnh đạo thực hiện đạt và vượt 13/16 chỉ tiêu Nghị\nquyết Đảng ủy "
            "năm 2036 đề ra.\n")
    assert len(_unnumbered(PARTY_HEAD + body, "Nghị quyết")) == 1


def test_a_cells_resolution_still_to_be_written_is_no_citation():
    body = ("II. PHƯƠNG HƯỚNG\n\nCác chi bộ đưa chỉ tiêu chuyển đổi cây trồng vào nghị quyết chi bộ năm 2037; Văn "
            "phòng Đảng ủy tham mưu xây dựng Nghị quyết Đảng ủy năm 2037 trình Ban Chấp hành.\n")
    assert _unnumbered(PARTY_HEAD + body, "Nghị quyết") == []


# --- working rules named by their term -----------------------------------------------------------------------------

def test_working_rules_named_by_their_term_are_cited():
    body = ("I. ƯU ĐIỂM\n\n- Ban Thường vụ đoàn kết, thống nhất; giữ nghiêm nguyên tắc tập trung dân chủ, chế độ làm "
            "việc theo Quy chế làm việc nhiệm kỳ 2035 - 2040.\n")
    (c,) = _unnumbered(PARTY_HEAD + body, "Quy chế")
    assert c.issuer is None


def test_working_rules_with_the_term_and_khoa_are_cited():
    body = ("I. ƯU ĐIỂM\n\n- Duy trì nghiêm Quy chế làm việc khóa XXIII, nhiệm kỳ 2035 - 2040; phân công nhiệm vụ "
            "cho từng đồng chí.\n")
    assert len(_unnumbered(PARTY_HEAD + body, "Quy chế")) == 1


def test_working_rules_of_a_term_to_be_issued_are_no_citation():
    body = ("II. PHƯƠNG HƯỚNG\n\n- Văn phòng Đảng ủy tham mưu ban hành Quy chế làm việc nhiệm kỳ 2035 - 2040 trong "
            "quý I/2037.\n")
    assert _unnumbered(PARTY_HEAD + body, "Quy chế") == []


# --- a programme named by title, author and term -------------------------------------------------------------------

def test_a_joint_programme_named_by_author_and_term_after_va_is_cited():
    body = ("Căn cứ Quy chế làm việc của Ủy ban nhân dân xã Hòa Bình nhiệm kỳ 2036 - 2041 và Chương trình phối hợp "
            "và thống nhất hành động của Ủy ban Mặt trận Tổ quốc Việt Nam xã nhiệm kỳ 2036 - 2041, Ủy ban nhân dân xã "
            "ban hành Kế hoạch như sau:" + TAIL)
    assert len(_unnumbered(HEAD + body, "Chương trình")) == 1
    assert len(_unnumbered(HEAD + body, "Quy chế")) == 1


def test_a_programme_of_the_term_carried_out_is_cited():
    body = ("Thực hiện Chương trình công tác của Ban Chấp hành Hội Nông dân xã nhiệm kỳ 2033 - 2038, Ủy ban nhân "
            "dân xã ban hành Kế hoạch như sau:" + TAIL)
    assert len(_unnumbered(HEAD + body, "Chương trình")) == 1


def test_a_programme_named_without_its_author_or_to_be_built_is_no_citation():
    body = ("I. NHIỆM VỤ\n\nỦy ban Mặt trận Tổ quốc Việt Nam xã xây dựng chương trình phối hợp của các đoàn thể nhiệm "
            "kỳ 2036 - 2041; tổ chức thực hiện Chương trình phối hợp và thống nhất hành động năm 2037.\n")
    assert _unnumbered(HEAD + body, "Chương trình") == []
