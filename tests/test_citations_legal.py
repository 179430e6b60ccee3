"""Citations on the wording of laws, decrees and circulars (issue 10, the legal-windows kinds).

The kinds come from the misses of the tuning half of ``bench/gold/legal-windows``: codes (Bộ luật) named in full,
by number or by their abbreviation, and symbols whose spaces a copied web page or PDF lost. The sentences are
written for these tests in that wording — never copied from the corpus; the expected values follow
``../shared/realdocs/labeled/README.md`` (one entry per cited document; a named document without number keeps
``number`` null).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("BỘ TƯ PHÁP\nSố: 03/2025/TT-BTP\nHà Nội, ngày 15 tháng 4 năm 2025\n\nTHÔNG TƯ\n"
         "Hướng dẫn phối hợp trong tố tụng\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Cường\n"


def _c(body: str):
    return [(c.number, c.type, c.name, c.date) for c in extract(_HEAD + body + _TAIL).citations]


def test_a_code_named_in_full_is_a_bo_luat():
    body = ("Căn cứ Bộ luật Hình sự ngày 27 tháng 11 năm 2015;\n"
            "Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13;\n\nĐiều 1. Phạm vi\n"
            "Thẩm phán giải quyết theo Bộ luật Dân sự, trừ trường hợp Bộ luật này có quy định khác.\n")
    assert _c(body) == [(None, "Bộ luật", "Bộ luật Hình sự", "2015-11-27"),
                        ("101/2015/QH13", "Bộ luật", "Bộ luật Tố tụng hình sự", None),
                        (None, "Bộ luật", "Bộ luật Dân sự", None)]


def test_a_code_cited_by_its_number_only_is_a_bo_luat():
    body = "Điều 2. Áp dụng\nViệc xét xử thực hiện theo Bộ luật số 92/2015/QH13 và Luật số 60/2014/QH13.\n"
    assert [(n, t) for n, t, _, _ in _c(body)] == [("92/2015/QH13", "Bộ luật"), ("60/2014/QH13", "Luật")]


def test_a_code_by_its_abbreviation_is_the_code_once():
    # a court's circular cites the code by its letters after the article; the full name later is the same code
    body = ("Điều 3. Gửi văn bản\n1. Văn bản trả lại đơn theo khoản 1 Điều 194 BLTTDS được gửi trong ngày.\n"
            "2. Các trường hợp khác thực hiện theo Bộ luật Tố tụng dân sự.\n"
            "3. Người lao động được bảo vệ theo BLLĐ.\n")
    assert _c(body) == [(None, "Bộ luật", "Bộ luật Tố tụng dân sự", None),
                        (None, "Bộ luật", "Bộ luật Lao động", None)]


def test_a_letter_word_is_no_code_abbreviation():
    body = "Điều 4. Ký hiệu\nCác mẫu ký hiệu BLTTDS-01 và ABLDS được dùng trong hồ sơ.\n"
    assert _c(body) == []


def test_a_symbol_glued_to_its_neighbours():
    body = ("Điều 5. Kiểm tra\n1. Nội dung kiểm tra theo Thông tư số17/2019/TT-BTTTTbao gồm các bước sau:\n"
            "2. Thực hiện theo Nghị định số 47/2021/NĐ-CPngày 01 tháng 4 năm 2021 của Chính phủ.\n"
            "3. Áp dụng Quyết định số 28/2018/QĐ-TTgvề gửi, nhận văn bản điện tử.\n")
    got = _c(body)
    assert [(n, t) for n, t, _, _ in got] == [("17/2019/TT-BTTTT", "Thông tư"), ("47/2021/NĐ-CP", "Nghị định"),
                                             ("28/2018/QĐ-TTg", "Quyết định")]
    assert got[1][3] == "2021-04-01"  # the date joined to the code is still read


def test_codes_ending_in_a_lower_case_letter_keep_it():
    body = "Điều 6. Căn cứ\nThực hiện Chương trình số 15-CTr/TU và Tờ trình số 120/TTr-UBND của Ủy ban nhân dân tỉnh.\n"
    assert [n for n, *_ in _c(body)] == ["15-CTr/TU", "120/TTr-UBND"]


def test_a_source_note_right_under_the_trich_yeu_is_body():
    # a consolidated text prints its source note under the trích yếu with no blank line: the note opens the body
    text = ("BỘ CÔNG AN\nSố: 12/VBHN-BCA\nHà Nội, ngày 10 tháng 6 năm 2025\nTHÔNG TƯ\nQuy định về quản lý hồ sơ\n"
            "(Điều 4 Thông tư số 41/2020/TT-BCA, có hiệu lực thi hành kể từ ngày 01/7/2020)\n"
            "a4) Hồ sơ được lưu trong thời hạn tối thiểu 05 năm.\n" + _TAIL)
    r = extract(text)
    assert r.metadata.title == "Quy định về quản lý hồ sơ"
    assert [c.number for c in r.citations] == ["41/2020/TT-BCA"]
    assert [(t.min, t.max, t.unit) for t in r.targets] == [(5, None, "năm")]


# draw 2 of the legal windows (bench/gold/legal-windows-2, tuning half): kinds of its misses


def test_a_law_whose_title_folds_like_so_is_a_law():
    # "Luật Sở hữu trí tuệ" folds to "luat so huu tri tue", like "Luật số …": a known title is a name, "Luật số" is not
    body = ("Điều 7. Chuyển giao\nViệc chuyển nhượng nhãn hiệu thực hiện theo Luật Sở hữu trí tuệ.\n"
            "Việc nộp lệ phí thực hiện theo Luật số 34/2009/QH12 và Luật này.\n")
    assert [(n, t, name) for n, t, name, _ in _c(body)] == [(None, "Luật", "Luật Sở hữu trí tuệ"),
                                                            ("34/2009/QH12", "Luật", None)]


def test_an_old_decree_symbol_with_a_hyphen_after_its_type_word():
    # decrees and decisions of the 1980s-1990s are numbered "84-CP", "72-HĐBT" (and printed "74/CP" elsewhere):
    # after a type word and "số" the short symbol is a citation, a footnote mark "(2)" after it is not its part,
    # and the two spellings of one number are one document
    body = ("Điều 8. Nguồn\n1. Hộ nộp thuế kê khai theo Điều 5 Nghị định số 76-CP ngày 12-11-1994 của Chính phủ.\n"
            "(Điều 9 Nghị định số 93-CP (2), có hiệu lực thi hành kể từ ngày 01/01/1995)\n"
            "2. Mẫu tờ khai theo Quyết định số 118-HĐBT ngày 10/4/1991 và khoản 3 Nghị định số 76/CP nói trên.\n")
    assert [(n, t, d) for n, t, _, d in _c(body)] == [("76-CP", "Nghị định", "1994-11-12"),
                                                     ("93-CP", "Nghị định", None),
                                                     ("118-HĐBT", "Quyết định", "1991-04-10")]


def test_a_symbol_with_a_space_for_its_first_separator():
    # old prints (and copies that lost a hyphen) put a space between the number and the codes: "số 77 TC/TCT"
    body = ("Điều 9. Thu nộp\n1. Cục Thuế thu theo Thông tư số 77 TC/TCT ngày 12/11/1994 của Bộ Tài chính.\n"
            "2. Việc xét duyệt theo Hướng dẫn số 38 HD/BTCTW và Quyết định số 512 QĐ/ĐĐ.\n"
            "3. Thông tư số 12 về thuế và Quyết định số 30 Về việc khác không là số ký hiệu.\n")
    assert [(n, t, d) for n, t, _, d in _c(body)] == [("77-TC/TCT", "Thông tư", "1994-11-12"),
                                                     ("38-HD/BTCTW", "Hướng dẫn", None),
                                                     ("512-QĐ/ĐĐ", "Quyết định", None)]


def test_a_symbol_written_as_a_file_name():
    # a consolidated text lists its attachments by their files' names: dots, underscores or hyphens for the
    # separators, an extension after; the cited document is the one the name carries
    body = ("Điều 10. Phụ lục\nPhu luc kem theo Thong tu so 31_2019_TT-BYT.doc\n"
            "Mẫu kèm theo TT 14.2021.TT.BGTVT.pdf\nBieu mau_12.2020.ND-CP.docx\n"
            "Danh sach lop 2020-2021.xlsx; bang 12.2020.Nam goc.doc; PHU LUC 130.2020.doc\n")
    assert [(n, t) for n, t, _, _ in _c(body)] == [("31/2019/TT-BYT", "Thông tư"), ("14/2021/TT-BGTVT", "Thông tư"),
                                                  ("12/2020/NĐ-CP", "Nghị định")]


def test_the_laws_an_amending_law_names_are_cited_once_each():
    # README: a document "named only inside the title of another cited document" is a citation; a law the text
    # also cites with its number is that document, not a second one
    body = ("Căn cứ Luật Hợp tác xã số 17/2023/QH15; Luật sửa đổi, bổ sung một số điều của Luật Thống kê và "
            "Luật Hợp tác xã số 44/2024/QH15;\n\nĐiều 11. Áp dụng\nViệc báo cáo thực hiện theo Luật Thống kê.\n")
    assert [(n, name) for n, _, name, _ in _c(body)] == [
        ("17/2023/QH15", "Luật Hợp tác xã"),
        ("44/2024/QH15", "Luật sửa đổi, bổ sung một số điều của Luật Thống kê và Luật Hợp tác xã"),
        (None, "Luật Thống kê")]


def test_an_amending_law_listing_laws_with_commas_keeps_its_date():
    # the wording of the 2024 amending law (Luật số 57/2024/QH15) as a Căn cứ line prints it: the amended laws are
    # listed with commas before "và"; the date after the list is the amending law's, not the last listed law's
    body = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức "
            "đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;\nCăn cứ Luật Cán bộ, công chức ngày 13 "
            "tháng 11 năm 2008;\n\nĐiều 11. Áp dụng\nViệc báo cáo thực hiện theo Luật Đầu tư, Luật Đấu thầu.\n")
    assert [(name, d) for _, _, name, d in _c(body)] == [
        ("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
         "công tư và Luật Đấu thầu", "2024-11-29"),
        ("Luật Quy hoạch", None), ("Luật Đầu tư", None), ("Luật Đầu tư theo phương thức đối tác công tư", None),
        ("Luật Đấu thầu", None), ("Luật Cán bộ, công chức", "2008-11-13")]


def test_a_stray_glyph_in_a_known_issuer_code_of_a_scan():
    # Tesseract on rendered real documents (review-facts 2553-QD-TTg and 2859-QD-UBND, scan form): one glyph put
    # into the issuer's code; a code no known issuer's one letter away ("SYTT") or holding "&" stays as read
    body = ("Điều 12. Bãi bỏ\n1. Quyết định số 157/2007/QĐ-TTEg ngày 27 tháng 9 năm 2007 của Thủ tướng Chính phủ.\n"
            "2. Thông tư số 37/2025/TT-BNNMTT ngày 02/7/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường.\n"
            "3. Quyết định số 4347/QĐ-BVHTT&DL và Quyết định số 15/QĐ-SYTT của Sở.\n"
            "4. Thông tư số 21/2025/TT1-BYTT ngày 27/6/2025 của Bộ Y tế.\n")  # review-meta10 02200-QD-UBND, scan form
    assert [n for n, *_ in _c(body)] == ["157/2007/QĐ-TTg", "37/2025/TT-BNNMT", "4347/QĐ-BVHTT&DL", "15/QĐ-SYTT",
                                         "21/2025/TT-BYT"]


def test_d_with_stroke_read_as_b_and_d_by_eng_ocr():
    # Tesseract eng (legacy form of fresh2 165-2025-QD-UBND) read "NĐ" as "NBD"; a code with B and D of its own stays
    from vanban.symbols import normalize_symbol

    assert normalize_symbol("68/2024/NBD-CP") == "68/2024/NĐ-CP"
    assert normalize_symbol("12/QBD-UBND") == "12/QĐ-UBND"
    assert normalize_symbol("08/2025/TT-BDTTG") == "08/2025/TT-BDTTG"


def test_a_number_and_year_without_code_after_a_type_word():
    # a firm's letter is numbered "107/2025" (fresh 37951-CHQ-GSQL: "Trả lời công văn số 107/2025 ngày …"); old
    # resolutions are cited as "Nghị quyết số 32/1999"; a symbol whose code follows a space stays whole
    body = ("Điều 13. Trả lời\n1. Trả lời công văn số 215/2024 ngày 03/9/2024 của Công ty cổ phần Minh Long.\n"
            "2. Các trường hợp theo Nghị quyết số 41/1997 và Thông tư số 65/2016 /TT-BTC.\n")
    assert [(n, t, d) for n, t, _, d in _c(body)] == [("215/2024", "Công văn", "2024-09-03"),
                                                     ("41/1997", "Nghị quyết", None),
                                                     ("65/2016/TT-BTC", "Thông tư", None)]


def test_two_known_laws_a_letter_apart_are_two_laws():
    # the name keys of "Luật Đầu tư" and "Luật Đấu thầu" (or "Luật Cư trú" / "Luật Lưu trữ") are close enough to pass
    # for OCR variants of one name; both are known titles, so they stay two laws (review-meta10 2820-QD-UBND)
    body = ("Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020; Luật Đấu thầu ngày 23 tháng 6 năm 2023;\n"
            "Căn cứ Luật Cư trú và Luật Lưu trữ;\n\nĐiều 14. Áp dụng\nHồ sơ lập theo Luật Đầu tư và Luật Lưu tru.\n")
    assert [(name, d) for _, _, name, d in _c(body)] == [("Luật Đầu tư", "2020-06-17"), ("Luật Đấu thầu", "2023-06-23"),
                                                         ("Luật Cư trú", None), ("Luật Lưu trữ", None)]


def test_a_joint_circular_with_its_issuers_after_a_slash():
    # older joint circulars print "…/TTLT/BTC-BNV" (a slash, not a hyphen, after the type code): one symbol
    body = ("Điều 15. Bãi bỏ\n(Điều 2 Thông tư liên tịch số 07/2003/TTLT/BTC-BNV, có hiệu lực thi hành kể từ ngày 01/6/2003)\n"
            "Thông tư liên tịch số 11/2006/TTLT ngày 20/11/2006 hết hiệu lực.\n")
    # (typed as written, "Thông tư liên tịch": the labels' convention, session 20 — the legal windows' five joint
    # circulars and a19-10's joint resolution all keep the joint kind)
    assert [(n, t) for n, t, _, _ in _c(body)] == [("07/2003/TTLT/BTC-BNV", "Thông tư liên tịch"),
                                                   ("11/2006/TTLT", "Thông tư liên tịch")]


def test_a_charter_code_of_rules_convention_or_treaty_named_without_number():
    # draw 4's tuning half: a Quy tắc, an Điều lệ, a Công ước cited by their titles inside a sentence
    body = ("Điều 5. Trách nhiệm\n1. Thuyền trưởng tuân thủ Quy tắc phòng ngừa tàu thuyền đâm va trên biển và các "
            "quy định khác.\n2. Quỹ hoạt động theo Điều lệ tổ chức và hoạt động Quỹ do Ủy ban nhân dân tỉnh ban hành.\n"
            "3. Việc nhập khẩu từ các nước tham gia Điều 12 Công ước năm 1988 của Liên hợp quốc về chống buôn bán "
            "bất hợp pháp các chất ma túy được kiểm soát.\n"
            "4. Luật sư tuân theo Quy tắc đạo đức và ứng xử nghề nghiệp của luật sư.\n")
    assert [(n, t, name) for n, t, name, _ in _c(body)] == [
        (None, "Quy tắc", "Quy tắc phòng ngừa tàu thuyền đâm va trên biển"),
        (None, "Điều lệ", "Điều lệ tổ chức và hoạt động Quỹ"),
        (None, "Công ước", "Công ước năm 1988"),
        (None, "Quy tắc", "Quy tắc đạo đức")]


def test_a_charter_in_general_a_heading_or_a_model_is_no_citation():
    body = ("Điều 3. Quy tắc chung\n1. Công ty đại chúng tham chiếu Điều lệ mẫu tại Phụ lục I để xây dựng "
            "Điều lệ công ty.\n2. Hội hoạt động theo Điều lệ của tổ chức xã hội - nghề nghiệp.\n"
            "3. Các bên thực hiện các Hiệp định thương mại tự do và Điều lệ này.\n")
    assert _c(body) == []
