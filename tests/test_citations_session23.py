"""Citations and metadata on real wording, session 23 (ct23).

- A national standard or technical regulation cited by code and number, without "số": "tiêu chuẩn quốc gia TCVN
  11041" (t23-02's labels: number "TCVN 11041", type "Tiêu chuẩn quốc gia"), "QCVN 01:2022/BQP" (type "Quy chuẩn
  kỹ thuật quốc gia", as legal-windows-3's README counts "QCVN 18:2021/BXD"). Not a bare figure beside "TCVN".
- A local Party committee's thematic resolution named by its author and topic: "thực hiện Nghị quyết chuyên đề của
  Ban Chấp hành Đảng bộ phường về chuyển đổi số" (t23-08's labels, a programme table's row). Not one to be drafted
  ("xây dựng Nghị quyết chuyên đề của … về …").
- A Tờ trình's code TTr read by OCR as "TIT" after the words "Tờ trình số" (t21-04 scanned): the TTr.
- A type line "NGHỊ QUYẾT CHUYÊN ĐỀ" / "VỀ …": the type is Nghị quyết, the title "Về …" (t23-06's labels; as
  "CHƯƠNG TRÌNH CÔNG TÁC" is a Chương trình in a20-07's and t23-08's); a resolution's own title "NGHỊ QUYẾT" ⏎
  "CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG" ⏎ "về …" is no citation (a17-06's labels).
- Legacy OCR's header: "ĐẢNG BỘ TỈNH X" ⏎⏎ "ĐẢNG ỦY XÃ Y" is the committee under its Party unit (t23-06's labels:
  issuer Đảng ủy xã, parent Đảng bộ tỉnh); "03/KH-HBNVQS" is 03/KH-HĐNVQS (t23-05's number).

Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 1520/QĐ-UBND\nGia Lai, ngày 12 tháng 01 năm 2027\n\nQUYẾT ĐỊNH\n"
         "Phê duyệt Đề án phát triển cây dược liệu đến năm 2030\n\n")


def _cited(body: str):
    """(number, type, date) of the citations of a Quyết định whose body is ``body``."""
    return [(c.number, c.type, c.date) for c in extract(_HEAD + body + "\n").citations]


def test_a_national_standard_by_its_code_and_number():
    body = ("3. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã sản xuất theo tiêu chuẩn quốc gia TCVN 11041 về "
            "nông nghiệp hữu cơ, hoàn thành trước ngày 30/6/2027.")
    assert _cited(body) == [("TCVN 11041", "Tiêu chuẩn quốc gia", None)]


def test_a_standards_edition_year_and_iso_number_are_part_of_its_number():
    body = ("Các cơ quan áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 và bảo đảm an "
            "toàn thông tin theo TCVN 14423:2025.")
    assert _cited(body) == [("TCVN ISO 9001:2015", "Tiêu chuẩn quốc gia", None),
                            ("TCVN 14423:2025", "Tiêu chuẩn quốc gia", None)]


def test_a_technical_regulation_with_its_issuers_code():
    body = ("Việc rà phá bom mìn thực hiện theo quy định tại khoản 2.6 QCVN 01:2022/BQP và Quyết định số 12/QĐ-BQP "
            "ngày 05/01/2027 của Bộ Quốc phòng.")
    assert _cited(body)[0] == ("QCVN 01:2022/BQP", "Quy chuẩn kỹ thuật quốc gia", None)


def test_no_standard_without_its_number():
    body = "Sản phẩm đạt tiêu chuẩn TCVN được ưu tiên hỗ trợ 11041 triệu đồng."
    assert _cited(body) == []


def test_a_local_party_committees_thematic_resolution_named_by_author_and_topic():
    body = ("| 15 | Sơ kết 01 năm thực hiện Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ phường về chuyển đổi số "
            "| Ủy ban nhân dân phường | Quý IV/2027 |")
    assert _cited(body) == [(None, "Nghị quyết", None)]


def test_a_standing_boards_resolution_alike_but_not_one_to_be_drafted():
    assert _cited("Các chi bộ tiếp tục thực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy về phát triển du lịch.") == [
        (None, "Nghị quyết", None)]
    assert _cited("Văn phòng Đảng ủy tham mưu xây dựng Nghị quyết chuyên đề của Đảng ủy xã về kinh tế số.") == []


def test_a_nghi_quyet_chuyen_de_type_line_is_a_nghi_quyet():
    text = ("ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG ỦY XÃ TÂN HƯNG\n*\nSố: 07-NQ/ĐU\nTân Hưng, ngày 15 tháng 12 năm 2026\n\n"
            "NGHỊ QUYẾT CHUYÊN ĐỀ\n\nVỀ PHÁT TRIỂN KINH TẾ SỐ TRÊN ĐỊA BÀN XÃ ĐẾN NĂM 2030\n\n-----\n\n"
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n\nI. MỤC TIÊU\n\nĐến năm 2030, 100% hộ kinh doanh dùng mã QR.\n")
    ex = extract(text)
    assert ex.metadata.type == "Nghị quyết"
    assert (ex.metadata.title or "").lower().startswith("về phát triển kinh tế số")


def test_a_resolutions_own_title_naming_its_author_and_topic_is_no_citation():
    text = ("ĐẢNG BỘ TỈNH HƯNG YÊN\nĐẢNG ỦY PHƯỜNG PHỐ HIẾN\n*\nSố: 05-NQ/ĐU\nPhố Hiến, ngày 25 tháng 11 năm 2026\n\n"
            "NGHỊ QUYẾT\n\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG\n\nvề phát triển thương mại, dịch vụ trên địa bàn phường\n\n"
            "-----\n\nCăn cứ Điều lệ Đảng Cộng sản Việt Nam;\n\nI. MỤC TIÊU\n\nĐến năm 2030, có 02 chợ đạt chuẩn văn minh.\n")
    assert [c.type for c in extract(text).citations] == ["Điều lệ"]


def test_a_party_units_committee_under_a_blank_line_is_the_issuer():
    # legacy OCR puts a blank line between the Party unit and its committee (t23-06 legacy)
    text = ("ĐẢNG BỘ TỈNH ĐỒNG THÁP\n\nĐẢNG ỦY XÃ TÂN HƯNG\n*\nĐẢNG CỘNG SẢN\nVIỆT NAM\n\nSố 07-NQ/ĐU\n\n"
            "Tân Hưng, ngày 15\ntháng 12 năm 2026\n\nNGHỊ QUYẾT CHUYÊN ĐỀ\n\nVỀ PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030\n\n"
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n\nI. MỤC TIÊU\n\nĐến năm 2030, 100% hộ kinh doanh dùng mã QR.\n")
    m = extract(text).metadata
    assert (m.issuer.lower(), (m.parent_issuer or "").lower()) == ("đảng ủy xã tân hưng", "đảng bộ tỉnh đồng tháp")


def test_a_military_service_councils_code_read_with_its_d_misread():
    from vanban.symbols import normalize_symbol

    # "03/KH-HĐNVQS" of a phường's Hội đồng nghĩa vụ quân sự as eng OCR reads it (t23-05 legacy)
    assert normalize_symbol("03/KH-HBNVQS") == normalize_symbol("03/KH-HDNVQS") == "03/KH-HĐNVQS"


def test_a_to_trinhs_code_with_its_r_misread():
    # "TTr" as a scan's OCR reads it, its small r a capital I (t21-04 scanned)
    body = "Xét đề nghị của Trưởng Phòng Kinh tế tại Tờ trình số 87/TIT-PKT ngày 24 tháng 12 năm 2026."
    assert _cited(body) == [("87/TTr-PKT", "Tờ trình", "2026-12-24")]


def test_a_deputy_ministers_title_run_onto_the_level_line():
    # a scan reads the two lines of the signature as one: "KT. BỘ TRƯỞNG THỨ TRƯỞNG" (t23-10 scanned)
    text = ("BỘ NỘI VỤ\nSố: 214/BNV-TCBC\nV/v báo cáo kết quả thực hiện chính sách năm 2026\n"
            "Hà Nội, ngày 07 tháng 01 năm 2027\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
            "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh gửi báo cáo trước ngày 10/02/2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nKT. BỘ TRƯỞNG THỨ TRƯỞNG\n\nPhạm Thị Hồng Nhung\n")
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
