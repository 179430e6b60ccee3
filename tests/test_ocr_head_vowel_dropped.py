"""A pipe table's header cell whose marked vowel legacy OCR dropped ("Thi gian" for "Thời gian") is read as the known
header once the row's other cells are (:mod:`vanban.ocr.restore.cell_heads`). Input written here: a ward's plan for
cleaning its streets, its task table as legacy OCR (Tesseract ``-l eng``) prints it."""

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.cell_heads import _vowels_lost

_PAGE = """UY BAN NHAN DAN PHUONG BINH AN

KE HOACH
Ra quan ve sinh moi truong cac khu pho nam 2029

II. PHAN CONG NHIEM VU

| TT | Noi dung c6ng viéc | Don vi cht tri | Don vi phéi hgp | Thi gian |

| 1 | Phat quang, thu gom rac thai hai ben duong lien khu pho | Doan Thanh nién phudng | Cac khu pho | Truéc ngay 20/4/2029 |

| 2 | Nao vét muong thoat nudc khu dan cu | Ban quan ly khu pho 3 | Hop tac xa Binh An | Thang 5/2029 |
"""


def test_dropped_vowel_in_a_header_cell():
    assert _vowels_lost("Thi", "thoi")
    assert not _vowels_lost("Th", "thoi")  # two letters lost: no
    assert not _vowels_lost("Khi", "thoi")


def test_header_due_column_kept_and_rows_dated():
    text = correct_text(_PAGE, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| TT"))
    assert head.rstrip().endswith("| Thời gian |")
    dues = {o.deadline.latest for o in extract(text).obligations if o.deadline}
    assert "2029-05-31" in dues
