"""Legacy-form words the restorer lost facts by (issue #12, session 18): a stacked table's header cells
(vanban.ocr.restore.cell_heads), the modal "sẽ" against the header's "SỞ"/"Số" (modal_spots), a report form before
its sheet number (form_numbers).

Inputs written for this test in the glyphs Tesseract ``-l eng`` writes for marked letters ("N6i", "Budc", "sé",
"Biéu"), after the misses of t18-03, a17-08 and a17-10's legacy forms; expected values from reading the words."""

from __future__ import annotations

from vanban.ocr.restore import restore
from vanban.ocr.restore.cell_heads import head_snaps
from vanban.ocr.restore.form_numbers import form_snaps
from vanban.ocr.restore.tokens import scan

STEP_TABLE = """II. CAC BUOC THUC HIEN
Budc
N6i dung
Thoi gian
1
Xay dung ké hoach
Thang 01/2027
"""

DEPARTMENT_LETTER = """UY BAN NHAN DAN TINH
SO TAI CHINH
CONG HOA XA HOI CHU NGHIA VIET NAM
S6: 512/STC-NS
V/v bao cao tinh hinh thu chi
Kinh gui: Cac co quan, don vi.
Cac don vi gui bao cao vé S¢ Tai chinh truéc ngay 10 hang thang. Phong Ngan sach
(S6 Tai chinh) sé tong hop, bao cao UBND tinh; don vi cham bao cao sé duoc néu tén.
Mau bao cao theo Biéu 01, Biéu 02 dinh kem; thuc hien theo Diéu 5 Quyet dinh so 12/2026/QD-UBND.
"""


def test_a_stacked_tables_header_cells():
    lines = restore(STEP_TABLE).text.splitlines()
    assert lines[1:4] == ["Bước", "Nội dung", "Thời gian"]


def test_a_header_word_alone_in_prose_is_no_cell():
    text = "Ke hoach nam 2027.\nBudc\nCac chi bo da thuc hién tot nhiem vu duoc giao.\n"
    assert head_snaps(text, list(scan(text))) == {}


def test_the_modal_after_a_subject_against_the_headers_department():
    out = restore(DEPARTMENT_LETTER).text
    assert "(Sở Tài chính) sẽ tổng hợp" in out
    assert "chậm báo cáo sẽ được nêu tên" in out
    assert "về Sở Tài chính" in out and "Số: 512/STC-NS" in out


def test_a_report_form_before_its_sheet_number_an_article_before_its_own():
    out = restore(DEPARTMENT_LETTER).text
    assert "theo Biểu 01, Biểu 02 đính kèm" in out
    assert "theo Điều 5 Quyết định" in out


def test_form_snaps_only_before_a_zero_padded_number():
    text = "(Biéu 01) va Biéu 5, Diéu 01"
    snaps = form_snaps(text, list(scan(text)))
    assert list(snaps.values()) == ["biểu"]


def test_a_header_cell_keeps_its_sentence_case():
    # legacy OCR wrote ộ as a capital "O": the cell is "Nội dung", not a heading's "NỘI"
    lines = restore("STT\nNOi dung\nDon vi chu tri\nThoi han\n").text.splitlines()
    assert lines[:4] == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]


def test_a_limit_word_that_lost_its_vowels():
    out = restore("Ty 1é can b6, dang vién tham gia hoc tap dat ti thiéu 95%; mdi chi b6 t6 chitc ti da 02 cudc.").text
    assert "đạt tối thiểu 95%" in out
    assert "tổ chức tối đa 02" in out


def test_limit_snaps_need_the_second_syllable():
    from vanban.ocr.restore.limit_words import limit_snaps

    text = "ti le dat 95%, ti thiéu"
    assert sorted(limit_snaps(text, list(scan(text))).values()) == ["thiểu", "tối"]


DEPARTMENT_HEADER = """UY BAN NHAN DAN
TINH HA NAM
SO NOI VU

CONG HOA XA HOI
CHU NGHIA VIET NAM
Doc lap - Tw do - Hanh phic

S6: 2210/SNV-CCVC
V/v bao cao bién ché nam 2027

Ha Nam, ngay 03 thang 12 nam 2026

Kinh gti:

- SO Tai chinh;

- SG Y té;

- Cac sd, ban, nganh tinh.
"""


def test_the_number_before_a_colon_and_the_symbol_against_the_headers_department():
    # the header's "SỞ NỘI VỤ" raised "sở"; before ": 2210/SNV-CCVC" the word is the symbol's "Số"
    assert "\nSố: 2210/SNV-CCVC\n" in restore(DEPARTMENT_HEADER).text


def test_an_act_done_to_a_document():
    out = restore("2. Giao Van phong Hoi dong nhan dan va Uy ban nhan dan xa dang tai Nghi quyet trén Trang thong tin"
                  " dién tir cua xa.").text
    assert "xã đăng tải Nghị quyết trên Trang thông tin" in out


def test_doc_act_snaps_not_before_a_place_one_is_at():
    from vanban.ocr.restore.doc_acts import doc_act_snaps

    for text in ("Dong chi dang tai Van phong Dang uy.", "Thanh nien dang tai ngu."):
        assert doc_act_snaps(text, list(scan(text))) == {}
    text = "Van phong dang tai Ke hoach len Cong thong tin."
    assert sorted(doc_act_snaps(text, list(scan(text))).values()) == ["tải", "đăng"]


def test_the_modal_before_a_plans_amending_verb():
    # a plan's closing line in eng OCR glyphs (written for this test after a18-03's legacy form): the issuer "sẽ điều
    # chỉnh" / "sẽ bổ sung" its plan, no department ("sở") after its name
    out = restore("Ban Thuong vu Dang uy sé diéu chinh Ké hoach khi cé chi dao mdi ctia cap trén; "
                  "Van phong sé bo sung danh sach.").text
    assert "Đảng ủy sẽ điều chỉnh Kế hoạch" in out
    assert "Văn phòng sẽ bổ sung" in out


ENROL_TABLE = """3. Chi tiéu tuyén sinh nha tré
TT
Truong
SO lép
SO hoc sinh
Dia ban tuyén sinh
1
Truong Mam non Hoa Sen
"""


def test_a_marked_vowel_for_another_vowel_in_a_quota_tables_head():
    # (tgt33b) "lép": the mark says OCR saw a marked vowel, "ớ", next to another head of the table: "Số lớp", not "Sở lập"
    lines = restore(ENROL_TABLE).text.splitlines()
    assert lines[2:5] == ["Trường", "Số lớp", "Số học sinh"]
