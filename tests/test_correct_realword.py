"""Real-word errors of Tesseract ``vie`` on scans: a valid syllable one mark away.

The OCR lines below are real Tesseract ``vie`` output (vanban's OCR of the
scanned forms of real documents: the demo sample 18-KH/ĐU, and the labelled
realdocs rendered by ``bench/realdocs_scan.py``); the expected words are those of
the documents' published text. Correct words in the same grammar ("nắm tay",
"nắm bắt", "chỉ đạo") stay, and born-digital text is never corrected.
"""

from __future__ import annotations

import pytest

from vanban.ocr.correct import correct_text
from vanban.ocr.realword import CHANNEL, mark_change

# (raw Tesseract vie line, misread → expected word)
REAL_OCR = [
    # samples/18-KH-DU_chuyen_doi_so_2026_scan.pdf, the title (the newcomer's "nắm 2026")
    ("triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đối số nắm 2026", "số năm 2026"),
    # 11208-BNV-KHTC
    ("tác quản lý của toàn ngành theo mức chỉ phí quản lý bằng 1,7% tổng kinh phí thực hiện", "mức chi phí"),
    # 70-2025-NQ-HDND
    ("quy định tại Nghị quyết này không tính vào giá nhà ở xã hội và chỉ phí đầu tư xây dựng", "và chi phí"),
    ("4. Ủy ban nhân dân Thành phố ban hành quy định chỉ tiết quy trình thực hiện dự án", "quy định chi tiết"),
    # 641-TB-VPCP
    ("hướng dẫn chỉ tiết về chuyên môn, nghiệp vụ, chuyên ngành, bảo đảm thống nhất, đồng", "dẫn chi tiết"),
    # 597-KH-UBND
    ("quả đầu tư, giảm chỉ phí và thời gian triển khai dự án.", "giảm chi phí"),
    # 982-KH-UBND
    ("phòng, an nình, trật tự an toàn xã hội.", "an ninh,"),
    ("Thi đua, khen thưởng ngày 15/6/2022 và các văn bản hướng dẫn thì hành để tạo sự thống",
     "dẫn thi hành"),
]


# a title in capitals: marked capitals ("Ắ") once made "NẮM" an abbreviation, never corrected
REAL_OCR.append(("KẾ HOẠCH THỰC HIỆN CHUYỂN ĐỔI SỐ NẮM 2026", "ĐỔI SỐ NĂM 2026"))


@pytest.mark.parametrize("line,expected", REAL_OCR)
def test_real_word_errors_of_vie_are_corrected(line, expected):
    assert expected in correct_text(line, "pdf-ocr").text


@pytest.mark.parametrize("line", [
    "Cán bộ phải nắm bắt tình hình, nắm tay nhau cùng thực hiện chuyển đổi số năm 2026.",
    "Đồng chí Bí thư nắm vững chủ trương và chỉ đạo các chi bộ thực hiện chỉ tiêu đề ra.",
    "Ban Chỉ đạo nắm chắc tình hình cơ sở, kịp thời chỉ đạo tháo gỡ khó khăn.",
])
def test_right_words_stay(line):
    res = correct_text(line, "pdf-ocr")
    assert res.text == line
    assert not any(t.changed for t in res.tokens)


def test_born_digital_text_is_never_corrected():
    line = "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đối số nắm 2026"
    for method in ("pdf-text", "docx", "txt"):
        assert correct_text(line, method).text == line


def test_channel_is_one_mark_in_the_measured_direction():
    assert mark_change("nắm", "năm") == "tone sắc→none"
    assert mark_change("thấm", "thẩm") == "tone sắc→hỏi"
    assert mark_change("đữ", "dữ") == "đ→d"
    assert mark_change("cán", "cần") is None  # two marks
    assert mark_change("năm", "năm") is None
    assert {mark_change("chỉ", "chi"), mark_change("dần", "dân")} <= CHANNEL
    # the engine seldom drops a mark: "mà" → "mã", "nay" → "này" are not its errors
    assert mark_change("mà", "mã") not in CHANNEL and mark_change("nay", "này") not in CHANNEL


def test_a_real_word_after_a_longer_correction_on_its_page_is_still_found():
    """Case 07 through a scan (found by a newcomer): Tesseract ``vie`` reading of the
    case's input rendered at 300 dpi (``tests/fixtures/case07_vie_scan.txt``). "Tập ưung"
    → "Tập trung" made the page one character longer, and the rule, comparing source
    offsets with the corrected text, then skipped "Các chỉ bộ"."""
    from pathlib import Path

    raw = (Path(__file__).parent / "fixtures" / "case07_vie_scan.txt").read_text(encoding="utf-8")
    got = " ".join(correct_text(raw, "image-ocr").text.split())
    for line in (
        "Tập trung giải quyết dứt điểm các hồ sơ tồn đọng theo Nghị định số 30/2020/NĐ-CP.",
        "Ủy ban nhân dân xã chỉ đạo Giải quyết kịp thời kiến nghị của cử tri.",
        "Ủy ban nhân dân các cấp tiếp tục thực hiện, báo cáo kết quả về Sở Nội vụ.",
        "Các chi bộ tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên.",
    ):
        assert line in got


def test_names_with_capitals_of_their_own_keep_them():
    """A final newcomer: correction lowered "H'Hen" (an Ê Đê name), "iOffice", "VNeID"; a name restoration
    leaves letter for letter keeps its capitals, while OCR's stray capitals next to digits ("0H00") and in
    short tokens still follow the word's case."""
    line = "Đồng chí H'Hen Mlô chỉ đạo triển khai iOffice, eCabinet, MobiFone và VNeID tại các đơn vị."
    assert correct_text(line, "image-ocr").text == line
    from vanban.ocr.restore.decode import apply_case

    assert apply_case("0H00", "0h00") == "0h00" and apply_case("mK", "mk") == "mk"


# --- names of bodies with one syllable misread (realword.fix_body_names) ---------------------------

SCANS = __import__("pathlib").Path(__file__).parent / "fixtures" / "scans"


def test_a_poor_scans_bodies_read_as_their_names():
    """The speckled 150 dpi scan of a ward's plan (``tests/fixtures/scans/45-KH-UBND-speckled-150dpi.jpg``),
    as Tesseract ``vie`` read it through vanban's OCR (``…-speckled-150dpi.vie.txt``): its tasks named
    "Phỏng Kinh tế" and "Các tế dân phố", and correction kept both (valid words each)."""
    raw = (SCANS / "45-KH-UBND-speckled-150dpi.vie.txt").read_text(encoding="utf-8")
    got = correct_text(raw, "image-ocr").text
    assert "3. Phòng Kinh tế chủ trì" in got
    assert "2. Các tổ dân phố đăng ký" in got
    assert "Phỏng" not in got and "tế dân phố" not in got


@pytest.mark.parametrize("line,expected", [
    # 37693-TB-CHQ (scan of the tune set): Chi cục read Chỉ cục
    ("- Các Chỉ cục Hải quan khu vực (để thiện);", "Các Chi cục Hải quan khu vực"),
    # 153-KH-UBND, 72-2025-NQ-HDND, 96-CD-BXD (scans of the tune sets)
    ("12. Đề nghị Ủy ban Mặt trận Tố quốc Việt Nam thành phố và các tổ chức chính trị -", "Mặt trận Tổ quốc Việt Nam"),
    ("- Ủy ban Thương vụ Quốc hội;", "Ủy ban Thường vụ Quốc hội"),
    # the plan's header in capitals
    ("TM. ỦY BẠN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    # a name across a dash (a sentence in the plans' style, as the speckled scan misreads its head)
    ("5. Phỏng Văn hóa - Xã hội phường chủ trì, phối hợp với các tổ dân phố tuyên truyền.",
     "5. Phòng Văn hóa - Xã hội phường chủ trì"),
    # a place of two syllables: 623-TB-VPCP (scan of the tune set, 300 dpi)
    ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Đắk Lăk và các Bộ, cơ", "tỉnh Đắk Lắk và các Bộ"),
    # poor scans (150 dpi, speckled, JPEG 55) of tune plans, read by vanban's OCR: 0129-KH-UBND,
    # 0130-KH-UBND, 235-KH-UBND
    ("2025 trên địa bàn tình Đắk Lâk; Quyết định số 2110/QĐ-UBND ngày 20/11/2025.", "Đắk Lắk; Quyết định"),
    ("trên địa bàn tỉnh Đắk Läk tình hình môi trường và địch bệnh tiềm ẫn nhiều nguy", "tỉnh Đắk Lắk tình hình"),
    ("Đắk Lâk, ngày 21", "Đắk Lắk, ngày 21"),
])
def test_a_known_body_with_one_syllable_misread_is_the_body(line, expected):
    assert expected in correct_text(line, "image-ocr").text


@pytest.mark.parametrize("line", [
    "Phỏng vấn cán bộ, công chức về mức độ hài lòng; mô phỏng Kinh tế vĩ mô.",
    "Chi bổ sung kinh phí cho các tổ dân phố theo quy định.",  # two syllables: no evidence
    "Các cơ quan thuộc Chính phủ Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.",  # no "Phó Chủ tịch"
    "Đồng chí Bộ trưởng Bộ Xây dựng chỉ đạo phân bổ Kinh tế các vùng.",  # "Phòng Kinh tế": lower case, far
    "Số tổ dân phố trên địa bàn phường là 42.",  # consonants differ: no "tổ tổ dân phố"
    "Đồng chí Nguyễn Hải Phong, Trưởng phòng Tư pháp.",  # a person's name, not Hải Phòng
    # 2830-QD-UBND (clean text): a commune's clinic
    "Thành lập Phòng khám đa khoa khu vực Thanh Hòa trực thuộc Trung tâm Y tế huyện Lộc Ninh.",
])
def test_words_beside_a_name_that_are_not_its_syllable_stay(line):
    res = correct_text(line, "image-ocr")
    assert res.text == line


def test_a_name_syllable_is_close_by_its_marks_and_vowel_only():
    from vanban.ocr.realword import name_syllable_close

    assert name_syllable_close("phỏng", "phòng") and name_syllable_close("tế", "tổ")
    assert name_syllable_close("chỉ", "chi") and name_syllable_close("bạn", "ban")
    assert not name_syllable_close("số", "tổ")  # another consonant
    assert not name_syllable_close("phần", "nhân") and not name_syllable_close("ủy", "ủy")
    assert not name_syllable_close("chịu", "chi")  # another length: another syllable


@pytest.mark.parametrize("line,expected", [
    # vanban's OCR (Tesseract vie) of a rendered, skewed JPEG scan of the newcomer's plan
    # tests/fixtures/newcomer_plans/kh37_dan_van_2026.txt: "1. 100% chi bộ quán triệt …"
    ("1. 100% chỉ bộ quán triệt Kế hoạch này trước ngày 31/01/2026", "100% chi bộ quán triệt"),
    # case 07 (tests/fixtures/case07_vie_scan.txt) and the kh37 scan (newcomer_plans/kh37_dan_van_2026_scan.txt)
    ("Các chỉ bộ tổ chức học tập, quán triệt", "Các chi bộ tổ chức"),
    ("Các chỉ bộ", "Các chi bộ"),
    # sentences written in the plans' style, as vie misreads them
    ("2. Mỗi chỉ bộ xây dựng ít nhất 01 mô hình \"Dân vận khéo\".", "Mỗi chi bộ xây dựng"),
    ("Chỉ bộ Khu phố 3 tổ chức sinh hoạt chuyên đề.", "Chi bộ Khu phố 3"),
    ("- CHỈ BỘ THÔN ĐÔNG;", "CHI BỘ THÔN ĐÔNG"),
    ("Giao 05 chỉ bộ trực thuộc thực hiện thí điểm.", "05 chi bộ trực thuộc"),
])
def test_a_body_of_two_syllables_misread_where_a_body_stands_is_the_body(line, expected):
    assert expected in correct_text(line, "image-ocr").text


@pytest.mark.parametrize("line", [
    "Cải cách không chỉ bộ máy hành chính mà cả thủ tục.",  # "chỉ" the adverb, "bộ máy"
    "Chỉ Bộ Chính trị mới có thẩm quyền quyết định nội dung này.",  # "Bộ" heads a name of its own
    "Thực hiện các nhiệm vụ do Quân ủy Trung ương giao.",  # Quân ủy is no Quận ủy (not the engine's direction)
    "Văn thư giao cho bộ phận một cửa tiếp nhận.",  # "cho bộ phận": another vowel, no mark
    "Phụ cấp cho các trưởng bản và già làng.",  # a village head, not a Trưởng ban
])
def test_two_syllables_that_only_look_like_a_body_stay(line):
    assert correct_text(line, "image-ocr").text == line


def test_a_step_code_of_a_procedure_table_stays_a_code():
    """2904-QD-UBND's scan (vanban's vie OCR of its procedure table, steps B1 … B7): correction read
    the step "B6" as "BỘ" (legacy OCR's 6 for ô); an engine that writes marks writes codes as codes."""
    page = ("có nêu rõ lý do.\nB6\nUBND tỉnh xem xét phê duyệt kết quả giải quyết thủ tục hành chính\n"
            "Lãnh đạo cơ quan\n1,5 ngày\nB7\nTrả kết quả cho tổ chức, cá nhân")
    got = correct_text(page, "image-ocr").text
    assert "\nB6\n" in got and "\nB7\n" in got
