"""(scan48, issue #9) A place's name a scan read with one mark wrong, spelt as the document spells it elsewhere.

Kind: after a place's noun (thành phố, tỉnh, xã …) a name whose letters the document writes with other marks at least
twice and twice as often. Forms: 641/TB-VPCP scanned by session 47's newcomer ("thành phố Đà Năng" on two lines among
eight "Đà Nẵng", one of them on a page with a single other copy), and 217/CĐ-TTg's provinces ("các tỉnh Quảng Ngãi,
Gia Lai", a scan's "tỉnh Quảng Ngải"). Sentences from ../shared/realdocs/docs (641-TB-VPCP, 217-CD-TTg); the misread
copies as a scan reads them.
"""

from vanban.ocr.place_spellings import place_spellings

P1 = ("Ngày 18 tháng 11 năm 2025, tại thành phố Đà Nẵng, Phó Thủ tướng Bùi Thị Hạnh đã kiểm tra\n"
      "tình hình hoạt động tại Trung tâm phục vụ hành chính công và làm việc\n"
      "với thành phố Đà Nẵng về tình hình, kết quả triển khai thực hiện việc sắp xếp tổ chức bộ máy\n"
      "và vận hành chính quyền địa phương 02 cấp trên địa bàn thành phố Đà Năng.\n"
      "Cùng dự buổi làm việc có đồng chí Lê Ngọc Quang, Bí thư Thành ủy Đà Nẵng.")
P3 = ("2. Về phân cấp, phân quyền, ủy quyền giữa Trung ương và địa phương: Ủy ban nhân dân thành phố Đà Năng\n"
      "cần tiếp tục rà soát các nội dung về phân cấp, phân quyền.\n"
      "3. Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố Đà Nẵng trong quá trình xây dựng.")


def test_641_the_misread_copies_take_the_documents_spelling_on_every_page():
    out = place_spellings([P1, P3], [True, True])
    assert "Đà Năng" not in "".join(out)
    assert out[0] == P1.replace("Đà Năng", "Đà Nẵng") and out[1] == P3.replace("Đà Năng", "Đà Nẵng")
    assert [len(t) for t in out] == [len(P1), len(P3)]  # one character for one


def test_217_a_province_read_with_a_wrong_tone():
    page = ("Quảng Trị đến Đà Nẵng và phía đông các tỉnh Quảng Ngãi, Gia Lai có mưa phổ biến 200-400mm, phía\n"
            "tây các tỉnh từ Quảng Ngãi đến Đắk Lắk có mưa 50-100mm; Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngải\n")
    assert place_spellings([page], [True]) == [page.replace("Quảng Ngải", "Quảng Ngãi")]


def test_a_typed_page_is_counted_never_changed():
    out = place_spellings([P1, P3], [False, True])
    assert out[0] == P1 and "Đà Năng" not in out[1]


def test_no_majority_no_change():
    """Two places one mark apart, each named once and twice: no spelling twice as frequent, both stay."""
    page = "xã Hà Tiến, xã Hà Tiên và xã Hà Tiên cùng thực hiện; thôn Hà Tiến"
    assert place_spellings([page], [True]) == [page]


def test_a_name_after_no_place_noun_stays():
    """Two persons whose names differ by a mark (a list of the commended): no place noun, no change."""
    page = "đồng chí Nguyễn Văn Hùng, đồng chí Nguyễn Văn Hùng và ông Nguyễn Văn Hưng"
    assert place_spellings([page], [True]) == [page]
