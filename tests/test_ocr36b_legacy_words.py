"""Legacy OCR (Tesseract ``-l eng``) words and breaks of session 36 (ocr36b): a pipe table's damaged header cells, a
unit's "m?" and a syllable's "$6", an acronym in brackets, a sentence broken before a capitalised word.
Inputs written for these tests in each kind's wording."""

from vanban.ocr.correct import correct_text
from vanban.ocr.stray_marks import stray_marks
from vanban.structure.mend import mend_breaks

_PAGE = """UY BAN NHAN DAN XA AN PHU

KE HOACH
Ho tro cac ho gia dinh kho khan dip Tet Nguyen dan nam 2030

I. NOI DUNG HO TRO
Muc ho tro va s6 suat theo timg d6i tugng nhu sau:

| TT | D6i twang | S6 suat | Muc ho tro (dong/suat) | Thanh tién (dong) |

| 1 | Ho ngheo dang huéng tro cap xa hoi hang thang | 25 | 1.000.000 | 25.000.000 |

| 2 | Ho can ngheo | 40 | 500.000 | 20.000.000 |

Cac thon lap danh sach gui Uy ban nhan dan xa truéc ngay 15/01/2030.
"""


def test_pipe_header_cells_snap_to_known_headers():
    """A pipe table's header row: "D6i twang" (two vowels misread) and "S6 suat" are the table's "Đối tượng" and
    "Số suất" columns once two cells of the row read as known headers."""
    text = correct_text(_PAGE, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| TT"))
    assert "| Đối tượng |" in head and "| Số suất |" in head


def test_data_row_is_no_header_row():
    """A row with a cell of figures is a data row: its cells are read as prose, never snapped to headers."""
    text = correct_text(_PAGE, "image-ocr").text
    row = next(ln for ln in text.splitlines() if ln.startswith("| 2"))
    assert "40" in row and "Đối tượng" not in row


def test_unit_square_and_dollar_s():
    """"60 m?" is an area's "60 m²"; "$6 hóa" opens "Số hóa"; a question and a sum of dollars stay."""
    assert stray_marks("phong kho (dien tich 45 m?), trang bi") == "phong kho (dien tich 45 m²), trang bi"
    assert stray_marks("- $6 hoa 80% tai lieu") == "- S6 hoa 80% tai lieu"
    assert stray_marks("Co dung khong?") == "Co dung khong?"
    assert stray_marks("gia 500 $ moi tan") == "gia 500 $ moi tan"


def test_acronym_in_brackets_kept_as_printed():
    """An index's acronym in brackets after its name ("Breteau (BI)", "(HI)") and its other uses keep their letters."""
    page = ("KE HOACH\nPhong chong sot xuat huyet nam 2030\n\n"
            "- Giam sat chi s6 Breteau (BI) va chi s6 nha co lang quang (HI) tai tat ca cac khu pho hang thang;\n"
            "- Chi s6 BI sau méi dot phun héa chat phai duéi 20 tai tat ca cac khu pho.\n")
    text = correct_text(page, "image-ocr").text
    assert "Breteau (BI)" in text and "(HI)" in text


def test_sentence_broken_before_capitalised_word_rejoined():
    """A full line ending in a small word, a blank line, then a line of prose opened by a capitalised word: one
    sentence (OCR dropped a word and put the blank line inside it); a new paragraph ("Căn cứ …") stays apart."""
    text = ("Kết thúc đợt ra quân, Phòng Văn hóa - Xã hội tham mưu Ủy ban nhân dân xã tổ chức sơ kết\n\n"
            "Chiến dịch trong tháng 10/2030. Đề nghị các đơn vị nghiêm túc thực hiện./.\n")
    assert "\n\n" not in mend_breaks(text)  # (same length: the blank line's newline becomes a space)
    other = ("Ủy ban nhân dân xã ban hành kế hoạch tổ chức các hoạt động chào mừng ngày hội văn hóa thể thao\n\n"
             "Căn cứ kết quả năm trước, các thôn đăng ký tham gia trước ngày 10/3/2030.\n")
    assert mend_breaks(other) == other
    heading = ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội\n\n"
               "Vận động hội viên, đoàn viên tham gia đầy đủ các hoạt động của Kế hoạch.\n")
    assert mend_breaks(heading) == heading  # a numbered item's body, its task under it
