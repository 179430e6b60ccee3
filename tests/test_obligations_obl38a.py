"""Obligation bodies (session 38, obl38a): the sub-boards an event's organising section lists, each named with its
leader in a bracket; a campaign's fronts named by their slogans; a plan's section on the forces and means it lines up;
a body charged after the means it adds to."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from conftest import doc_head, signature

from vanban.extract import assignment_words as W
from vanban.extract.folded import Folded
from vanban.extract.subjects import actor, body_name
from vanban.extract.task_bodies import each_of_group


_KH_HEAD = doc_head(issuer="XÃ TÂN HƯNG", number=77, date=(2, 8, 2030),
                    title="Tổ chức Hội thi văn nghệ quần chúng mừng Quốc khánh", markdown=True)
_KH_TAIL = signature("Lê Văn Thành", recipients=("UBND huyện (b/c)", "Như mục V", "Lưu: VT"), markdown=True)


def test_each_sub_board_with_its_leader_in_a_bracket_is_charged_not_the_section_heading():
    text = _KH_HEAD + (
        "**I. MỤC ĐÍCH**\n\n"
        "Tạo sân chơi lành mạnh cho Nhân dân trong dịp Quốc khánh.\n\n"
        "**II. BAN CHỈ ĐẠO VÀ CÁC TIỂU BAN**\n\n"
        "1. Trưởng Ban Chỉ đạo là Chủ tịch UBND xã; các thành viên là lãnh đạo các đoàn thể.\n\n"
        "2. Các tiểu ban:\n\n"
        "a) Tiểu ban Chuyên môn (Trưởng tiểu ban: Công chức Văn hóa - Xã hội): soạn thể lệ; mời ban giám khảo.\n\n"
        "b) Tiểu ban Khánh tiết (Trưởng tiểu ban: Phó Chánh Văn phòng): dựng sân khấu, âm thanh; in giấy mời.\n\n"
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Trạm Y tế xã**\n\n"
        "- Bố trí nhân viên trực sơ cứu trong thời gian Hội thi.") + _KH_TAIL
    got = _dues(text)
    assert "Tiểu ban Chuyên môn" in got and "Tiểu ban Khánh tiết" in got, got
    assert "Trạm Y tế xã" in got
    # neither the section heading nor a leader cut at the bracket's colon is a body
    assert not [w for w in got if w.isupper() or w.endswith(")")], got


def test_an_organising_board_and_its_sub_boards_heading_names_no_body():
    for head in ("BAN TỔ CHỨC VÀ CÁC TIỂU BAN", "Ban Chỉ đạo và Tổ giúp việc", "BAN CHỈ HUY VÀ CÁC TỔ CÔNG TÁC"):
        assert body_name(head) is None, head
    assert body_name("Ban Tổ chức Hội thi") == "Ban Tổ chức Hội thi"


def test_a_campaign_front_named_by_its_slogan_is_no_body():
    assert body_name('Mặt trận "Mùa hè an toàn cho trẻ em"') is None
    assert body_name("Mặt trận “Tuổi trẻ giữ gìn môi trường xanh”") is None
    assert body_name("Ủy ban Mặt trận Tổ quốc Việt Nam xã") == "Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert W.NOT_BODY.match(Folded.of('mặt trận "hè xanh"').view)


def test_a_section_on_forces_and_means_is_no_body_but_the_bodies_inside_it_are():
    assert body_name("LỰC LƯỢNG, PHƯƠNG TIỆN") is None
    assert body_name("Lực lượng và phương tiện") is None
    assert body_name("Lực lượng") is None
    assert body_name("Lực lượng Công an xã") == "Lực lượng Công an xã"
    text = _KH_HEAD.replace("Tổ chức Hội thi văn nghệ quần chúng mừng Quốc khánh", "Phòng, chống lụt bão năm 2030") + (
        "**I. MỤC ĐÍCH**\n\n"
        "Chủ động ứng phó với mưa lũ, giảm thiểu thiệt hại.\n\n"
        "**II. LỰC LƯỢNG, PHƯƠNG TIỆN**\n\n"
        "**1. Trực ban**\n\n"
        "- Trong những ngày mưa lớn, Ban Chỉ huy phòng chống thiên tai xã và các thôn tổ chức trực 24/24 giờ.\n\n"
        "**2. Phương tiện**\n\n"
        "Ngoài số xuồng các thôn đã có, UBND xã trang bị thêm phao cứu sinh, áo phao như sau:\n\n"
        "| TT | Phương tiện | Số lượng |\n|---|---|---|\n| 1 | Phao cứu sinh | 50 |\n| 2 | Áo phao | 120 |\n\n"
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Công an xã**\n\n"
        "- Bảo đảm an ninh trật tự tại các điểm sơ tán.") + _KH_TAIL
    got = _dues(text)
    assert not [w for w in got if w.isupper()], got
    assert "Ban Chỉ huy phòng chống thiên tai xã và các thôn" in got, got
    assert "Công an xã" in got


def test_a_body_after_the_means_it_adds_to():
    who, what = actor("Ngoài kinh phí các hộ tự bỏ ra, UBND xã hỗ trợ thêm vật tư làm đường giao thông nội đồng.")
    assert who == "UBND xã"
    assert what.startswith("hỗ trợ thêm")
    who, what = actor("Ngoài phương tiện của các hợp tác xã, Phòng Kinh tế huy động thêm máy bơm dã chiến.")
    assert who == "Phòng Kinh tế"


def test_a_body_that_picks_topics_or_models_and_each_branch_that_picks_and_registers():
    assert actor("Ban Thường trực Ủy ban MTTQ xã lựa chọn vấn đề trọng tâm để giám sát năm 2031.")[0] \
        == "Ban Thường trực Ủy ban MTTQ xã"
    assert actor("- Mỗi chi hội lựa chọn và đăng ký ít nhất 01 mô hình kinh tế.")[0] == "Mỗi chi hội"
    # the noun stays a noun
    assert actor("Các lựa chọn và đề xuất phải bảo đảm khả thi.")[0] is None


def test_each_member_of_a_plural_body_just_charged_is_that_body_s_assignment():
    assert each_of_group("mỗi Chi hội", "các Chi hội Nông dân thôn")
    assert each_of_group("từng Tổ công tác", "Các Tổ công tác")
    assert not each_of_group("mỗi Chi hội", "Hội Nông dân xã")
    assert not each_of_group("Chi hội Phụ nữ", "các Chi hội Phụ nữ")
    text = _KH_HEAD + (
        "**I. MỤC ĐÍCH**\n\n"
        "Lắng nghe ý kiến của Nhân dân trước Hội thi.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Lấy ý kiến: các Chi hội Nông dân thôn tổ chức họp dân trước ngày 20/8/2030; mỗi Chi hội gửi biên bản "
        "họp về Hội Nông dân xã. Công chức Văn hóa - Xã hội tổng hợp ý kiến trước ngày 25/8/2030.") + _KH_TAIL
    got = _dues(text)
    assert got.get("các Chi hội Nông dân thôn") == "2030-08-20", got
    assert not [w for w in got if w.lower().startswith("mỗi")], got


def test_a_contact_line_with_a_phone_in_a_bracket_charges_no_body():
    text = _KH_HEAD + (
        "**I. MỤC ĐÍCH**\n\n"
        "Bảo đảm Hội thi diễn ra an toàn.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "Công chức Văn hóa - Xã hội tổng hợp danh sách đội thi trước ngày 20/8/2030.\n\n"
        "Quá trình thực hiện có khó khăn, đề nghị liên hệ Văn phòng UBND xã\n"
        "- Bộ phận Một cửa (ông Trần Văn Hòa, số máy: 0911000000) để được giải đáp.") + _KH_TAIL
    got = _dues(text)
    assert not [w for w in got if "0911000000" in w or w.endswith("để được")], got


def test_a_mass_organisation_leading_a_task_inside_its_class_s_block_is_charged_alone():
    def block(clause: str) -> dict:
        return _dues(_KH_HEAD + (
            "I. MỤC ĐÍCH\n\nHuy động sức dân chăm lo cho hộ khó khăn.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban công tác Mặt trận các thôn\n\nTổ chức họp dân, vận động từng hộ; báo cáo Ban Thường trực trước ngày "
            "30/11/2030.\n\n"
            "2. Các tổ chức chính trị - xã hội xã (Hội Nông dân, Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và Đoàn Thanh niên)"
            f"\n\nTuyên truyền hội viên tham gia ủng hộ; {clause}; các hội giúp đỡ hộ nghèo.\n\n"
            "3. Trạm Y tế xã\n\nBố trí nhân viên y tế trực tại Hội thi.") + _KH_TAIL)
    got = block("Hội Nông dân chủ trì vận động hội viên góp vật liệu sửa nhà")
    assert "Hội Nông dân" in got and "Các tổ chức chính trị - xã hội xã" in got, got
    # its share of the group's work stays the group's
    got = block("Hội Nông dân vận động tối thiểu 50 hội viên góp ngày công")
    assert "Hội Nông dân" not in got and "Các tổ chức chính trị - xã hội xã" in got, got


def test_a_lead_in_over_a_table_of_means_counted_by_unit_keeps_its_body():
    text = _KH_HEAD.replace("Tổ chức Hội thi văn nghệ quần chúng mừng Quốc khánh", "Phòng, chống lụt bão năm 2030") + (
        "I. MỤC ĐÍCH\n\nChủ động ứng phó với mưa lũ.\n\nII. PHƯƠNG TIỆN\n\n"
        "Ngoài số máy bơm các thôn đã có, UBND xã bổ sung dụng cụ cứu hộ cho các điểm xung yếu như sau:\n\n"
        "| STT | Loại dụng cụ | Số lượng | Đơn vị tính |\n|---|---|---|---|\n| 1 | Phao tròn | 50 | cái |\n"
        "| 2 | Áo phao | 120 | cái |\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã\n\nBảo đảm an ninh trật tự tại các điểm sơ tán.") + _KH_TAIL
    got = _dues(text)
    assert "UBND xã" in got, got
