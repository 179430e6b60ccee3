"""An item mark whose full stop eng OCR read as a comma ("2, Sở Y tế …", "3,1. Tổ chức …") is an item again
(:mod:`vanban.ocr.item_marks`, run by ``correct_text`` on OCR pages). Inputs written in the style of Tesseract
``-l eng`` on a rendered plan (marks dropped, "é" for ê, "@" for ở); expected values read from the text."""

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.item_marks import item_marks


def test_item_number_with_a_comma_before_a_capital_is_an_item():
    assert item_marks("2, Sở Y tế chủ trì") == "2. Sở Y tế chủ trì"
    assert item_marks("  4, UBND các xã") == "  4. UBND các xã"
    assert item_marks("Xong.\n5, Ủy ban nhân dân") == "Xong.\n5. Ủy ban nhân dân"


def test_sub_item_with_a_comma_between_its_numbers():
    assert item_marks("3,1. Tổ chức tập huấn") == "3.1. Tổ chức tập huấn"
    assert item_marks("1.2, Rà soát quy chế") == "1.2. Rà soát quy chế"
    assert item_marks("2,1, So Noi vu") == "2.1. So Noi vu"


def test_figures_opening_a_line_are_kept():
    for text in ("2,5% hộ gia đình", "3,1 tỷ đồng", "2, các đơn vị", "12,5 ha Rừng"):
        assert item_marks(text) == text


def test_a_number_going_on_from_the_line_above_is_kept():
    # "ngày" / "12, Ban Thường vụ …": the day of a date wrapped, not an item 12
    text = "Thực hiện Kết luận ngày\n12, Ban Thường vụ đã"
    assert item_marks(text) == text


def test_offsets_hold():
    text = "1. A\n2, Sở Y tế\n3,1. Tổ chức\n2,5% hộ"
    assert len(item_marks(text)) == len(text)


def test_task_after_a_comma_mark_is_its_own_item():
    # items one under the other with no blank line (a plan's last part); the "2," was prose inside the item above
    raw = ("IV. TO CHUC THUC HIEN\n"
           "1. Phong Van hoa - Xa hoi chu tri, tham muu UBND phudng trién khai Ké hoach nay,\n"
           "bao cao két qua truéc ngay 15/12/2026.\n"
           "2, Cong an phudng chu tri kiém tra cac co s@ kinh doanh trén dia ban, hoan thanh\n"
           "truéc ngay 30/6/2027.\n")
    text = correct_text(raw, "image-ocr").text
    assert "\n2. Công an phường chủ trì" in text
    due = {d.date: d.what for d in extract(text).deadlines}
    assert due["2027-06-30"] == "chủ trì kiểm tra các cơ sở kinh doanh trên địa bàn"


def test_part_numeral_damaged_by_ocr_is_read_again():
    # eng OCR of a plan's parts: "Il." (II), "Iv." (IV), "Vv." (V printed twice), "v." with its space lost
    text = ("I. MUC DICH, YEU CAU\nIl. NHIEM VU CU THE\nIll. GIAI PHAP\nIv. KINH PHI THUC HIEN\n"
            "Vv. TO CHUC THUC HIEN\n")
    assert item_marks(text) == ("I. MUC DICH, YEU CAU\nII. NHIEM VU CU THE\nIII. GIAI PHAP\nIV. KINH PHI THUC HIEN\n"
                                "V.  TO CHUC THUC HIEN\n")
    assert item_marks("v.TO CHUC THUC HIEN") == "V.TO CHUC THUC HIEN"
    assert item_marks("II, MUC TIEU CU THE") == "II. MUC TIEU CU THE"


def test_part_numeral_out_of_its_place_or_before_prose_is_kept():
    # "Il." under "II.": not the next part, left as read; a lowercase heading is no part's
    for text in ("II. NHIEM VU CU THE\nIl. NHIEM VU KHAC", "Vv. Tổ chức thực hiện", "lV. Nội dung"):
        assert item_marks(text) == text


def test_part_read_with_a_doubled_numeral_keeps_its_tasks():
    # a16-04's last part, as eng OCR printed it: restoration made "Vv" the word "Vụ", and the part's tasks were
    # read as the part before's ("IV. KINH PHÍ THỰC HIỆN")
    text = correct_text("IV. KINH PHI THUC HIEN\n\nKinh phi thuc hién tir ngu6n ngan sach nha nudc.\n\n"
                        "Vv. TO CHUC THUC HIEN\n1. So Tai chinh\n\nChu tri, phéi hop voi cac dia phuong bé tri kinh "
                        "phi; hoan thanh truéc ngay 31/3/2027.\n", "image-ocr").text
    parts = extract("KẾ HOẠCH\nPhát triển nông nghiệp\n\n" + text).structure.body
    assert [(p.label, (p.heading or "")[:8]) for p in parts] == [("IV.", "KINH PHÍ"), ("V.", "TỔ CHỨC ")]


def test_part_numeral_read_as_digits_after_the_part_before():
    # eng OCR printed both strokes of "II." as the digit 1 (t17-07's second part, a Hướng dẫn's steps under it):
    # after "I." on the page it is the part "II.", and "111." after it "III."; alone, or out of the parts' order,
    # "11." is an Arabic item and stays
    text = "I. PHAM VI, DOI TUONG\nCac chi bo.\n11. CAC BUOC THUC HIEN\nBuoc 1. Chuan bi\n111. MOT SO LUU Y\n"
    assert item_marks(text) == ("I. PHAM VI, DOI TUONG\nCac chi bo.\nII. CAC BUOC THUC HIEN\nBuoc 1. Chuan bi\n"
                                "III. MOT SO LUU Y\n")
    for kept in ("11. CAC BUOC THUC HIEN", "I. MUC DICH\n1. NOI DUNG CHINH", "II. MUC DICH\n11. NOI DUNG",
                 "I. MUC DICH\n11. Các chi bộ"):
        assert item_marks(kept) == kept


def test_part_numeral_read_as_digits_before_the_part_after():
    # t20-07 legacy (tune20), the top of its page 2: "11. CAC CHi TIEU …" with "I." on the page before and "III." below
    # it on the page: the part II (the published text's), its chỉ tiêu read as items of part I (the label's "Tạo việc
    # làm mới cho 650 lao động" lost). Below it a part out of order, or none, leaves "11." an Arabic item
    text = ("nay.\n\n11. CAC CHi TIEU CHU YEU NAM 2027\n\nNam 2027, phan dau dat cac chi tiéu sau:\n"
            "1. Téng thu ngan sdch nha nuc trén dia ban dat it nhat 185,6 ty dong.\n\n"
            "4. Tao viéc lam mdi cho 650 lao d6éng.\n\n7. Chinh trang, cai tao tir 03 dén 05 tuyén pho van minh dé thi.\n"
            "III. NHIEM VU, GIAI PHAP TRONG TAM\n\n1. Phat trién kinh té, quan ly d6 thi\n")
    assert "\nII. CAC CHi TIEU CHU YEU NAM 2027\n" in item_marks(text)
    assert item_marks(text.replace("III. NHIEM", "IV. NHIEM")) == text.replace("III. NHIEM", "IV. NHIEM")
    assert item_marks("11. CAC BUOC THUC HIEN\n\n12. SO KET") == "11. CAC BUOC THUC HIEN\n\n12. SO KET"


def test_steps_under_a_part_read_as_digits_keep_their_bodies():
    # the part "II. CÁC BƯỚC THỰC HIỆN" lost, its steps' tasks ran into part I's prose: who = "Các chi bộ" lost
    raw = ("HUONG DAN\nQuy trinh kiem diem\n\nI. PHAM VI, DOI TUONG\n\nCac to chuc co so dang trong dang bo.\n\n"
           "11. CAC BUOC THUC HIEN\n\nBuoc 1. Chuan bi\n\n- Cac chi bo to chuc lay y kien nhan xet cua cap uy noi "
           "cu tru, hoan thanh truoc ngay 10/12/2026.\n")
    body = extract(correct_text(raw, "image-ocr").text).structure.body
    assert [p.label for p in body] == ["I.", "II."]


def test_item_digit_read_as_a_letter_between_its_neighbours():
    # eng OCR printed a worn "4." as "A." and vie OCR a "5." as "S.": between "3." and "5." (or under "4." at a
    # list's end) the line is the item those numbers leave for it
    text = ("3. Phong Kinh te chu tri\nA. Cong an xa phoi hop bao dam an ninh\n5. Doan Thanh nien xa\n")
    assert item_marks(text) == text.replace("A. Cong", "4. Cong")
    text = "4. Phòng Văn hóa - Xã hội\nS. Ủy ban nhân dân các xã\n\nTM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n"
    assert item_marks(text) == text.replace("S. Ủy", "5. Ủy")


def test_letter_marks_the_list_does_not_prove_are_kept():
    for text in (
        "3. Tổ chức hội nghị\nA. Phần mở đầu\nB. Phần nội dung\n",  # a lettered list
        "2. Sở Tài chính\nA. Cong an tinh\n",  # "A." after "2.": not the number it would stand for
        "3. Sở Y tế\nA. Cong an tinh\n7. Sở Nội vụ\n",  # the number below leaves no room for 4
        "3. Sở Y tế\n\nIV. TO CHUC THUC HIEN\nA. Cong an tinh\n",  # a part's first line
        "Giao Sở Y tế chủ trì.\nA. Cong an tinh\n",  # no item above
    ):
        assert item_marks(text) == text


def test_task_under_an_item_digit_read_as_a_letter_keeps_its_body():
    # the item "A." ran into the one above: its body (the obligation's who) was lost
    raw = ("IV. TO CHUC THUC HIEN\n"
           "3. Phong Van hoa - Xa hoi chu tri tuyen truyen, hoan thanh truoc ngay 15/10/2029.\n"
           "A. Cong an xa chu tri bao dam an ninh trat tu, hoan thanh truoc ngay 20/10/2029.\n"
           "5. Tram Y te xa chu tri cong tac y te.\n")
    text = correct_text(raw, "image-ocr").text
    assert "\n4. Công an xã chủ trì" in text
    whos = [o.who for o in extract("KẾ HOẠCH\nBảo đảm an ninh\n\n" + text).obligations]
    assert "Công an xã" in whos
