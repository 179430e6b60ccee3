"""Metadata kinds a newcomer found at the end of session 16 (issue 9), each read in every text geometry a user
hands in (.txt flat, wrapped or with blank lines, text .pdf, .docx) and compared with what a reader takes from it.

* A Kết luận whose trích yếu ("của Ban Thường vụ Huyện ủy về …") has the body's first sentence right under it, no
  blank line between ("Ngày 10 tháng 3 năm 2026, Ban Thường vụ Huyện ủy họp …", "Thực hiện Quy chế …"): the trích
  yếu ends with the title block. A day of two digits ("Ngày 10 …") opens a sentence as "Ngày 5 …" does.
* The archive note printed with no dash of its own ("Lưu: VT, VP Huyện ủy.") under an item left open by its comma
  is one recipient item of its own (realdocs/labeled/README.md: the "Lưu:" line is an item), never the rest of the
  item above.
* A Quy chế whose whole trích yếu stands on the type's line, in capitals or in sentence case ("QUY CHẾ LÀM VIỆC
  CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUỲNH LƯU" / "KHÓA I, NHIỆM KỲ 2025 - 2030"): type Quy chế, the trích yếu the words
  after the type word, as the labels write it ("làm việc của …").

The plans (tests/fixtures/meta17/*.plan.txt) are written for these tests; the PDF and DOCX forms are rendered from
them as tests/fixtures/render.py lays documents out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.conveyor import process_file
from vanban.text import fold

from fixtures.render import render_docx, render_text_pdf

FIX = Path(__file__).parent / "fixtures" / "meta17"

KL_TITLE = "của Ban Thường vụ Huyện ủy về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2026"
QC_TITLE = "làm việc của Ban Chấp hành Đảng bộ xã Quỳnh Lưu khóa I, nhiệm kỳ 2025 - 2030"


def _meta(path: Path):
    return process_file(path, jobs=1).extraction.metadata


def _rendered(plan: str, kind: str, tmp_path: Path) -> Path:
    out = tmp_path / f"doc.{kind}"
    if kind == "pdf":
        render_text_pdf(plan, out)
    elif kind == "docx":
        render_docx(plan, out)
    else:  # the plan's cells one a line, as text copied from the page
        out.write_text(plan.replace("\t", "\n").replace("\n\n\n", "\n\n"), encoding="utf-8")
    return out


# --- a Kết luận's trích yếu ends before the body's first sentence -----------------------------------------------

@pytest.mark.parametrize("name", ["15-KL-HU.txt", "15-KL-HU_wrapped.txt", "15-KL-HU_thuc_hien.txt"])
def test_ket_luan_title_stops_before_the_meeting_sentence_txt(name):
    m = _meta(FIX / name)
    assert (m.type, m.number) == ("Kết luận", "15-KL/HU")
    assert fold(m.title) == fold(KL_TITLE)  # capitals in the Thực hiện form: compared folded


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_ket_luan_title_stops_before_the_meeting_sentence_rendered(kind, tmp_path):
    m = _meta(_rendered((FIX / "15-KL-HU.plan.txt").read_text(encoding="utf-8"), kind, tmp_path))
    assert (m.type, m.title) == ("Kết luận", KL_TITLE)


@pytest.mark.parametrize("kind", ["txt", "pdf"])
@pytest.mark.parametrize("opening", ["Chiều ngày 10/3/2026, Ban", "Ngày 10/3/2026, Ban", "Sáng ngày 10 tháng 3 năm 2026, Ban"])
def test_ket_luan_title_stops_before_a_meeting_sentence_of_another_wording(opening, kind, tmp_path):
    if kind == "txt":  # the flat text: the sentence right under the trích yếu, no blank line between
        path = tmp_path / "doc.txt"
        path.write_text((FIX / "15-KL-HU.txt").read_text(encoding="utf-8").replace(
            "Ngày 10 tháng 3 năm 2026, Ban", opening), encoding="utf-8")
    else:
        path = _rendered((FIX / "15-KL-HU.plan.txt").read_text(encoding="utf-8").replace(
            "Ngày 10 tháng 3 năm 2026, Ban", opening), kind, tmp_path)
    m = _meta(path)
    assert (m.type, m.title) == ("Kết luận", KL_TITLE)


# --- the archive note with no dash is one recipient item ----------------------------------------------------------

_RECIPIENTS = ["Ban Thường vụ Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Lưu: VT, VP Huyện ủy"]


def test_archive_note_without_dash_is_its_own_recipient_txt():
    assert list(_meta(FIX / "15-KL-HU_wrapped.txt").recipients) == _RECIPIENTS


@pytest.mark.parametrize("kind", ["pdf", "docx", "txt"])
def test_archive_note_without_dash_is_its_own_recipient_rendered(kind, tmp_path):
    plan = (FIX / "15-KL-HU.plan.txt").read_text(encoding="utf-8").replace("- Lưu: VT, VP.", "Lưu: VT, VP Huyện ủy.")
    m = _meta(_rendered(plan, kind, tmp_path))
    assert list(m.recipients) == _RECIPIENTS
    assert m.signer_name == "Nguyễn Văn Hùng"


def test_archive_note_keeps_a_name_wrapped_under_an_open_item():
    """"Lưu Văn Tâm" (a surname) under an item the page wrapped is that item's rest, no archive note."""
    text = (FIX / "15-KL-HU.txt").read_text(encoding="utf-8").replace(
        "- Các đồng chí Huyện ủy viên,", "- Đồng chí\nLưu Văn Tâm, Huyện ủy viên,")
    m = _meta_text(text)
    assert list(m.recipients) == ["Ban Thường vụ Tỉnh ủy", "Đồng chí Lưu Văn Tâm, Huyện ủy viên", "Lưu VP Huyện ủy"]


def _meta_text(text: str):
    from vanban.extract import extract  # noqa: PLC0415
    return extract(text).metadata


# --- a Quy chế's whole trích yếu on its type line ------------------------------------------------------------------

_QC_FORMS = {
    "capitals": lambda p: p,
    "sentence case": lambda p: p.replace(
        "QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUỲNH LƯU\nKHÓA I, NHIỆM KỲ 2025 - 2030",
        "Quy chế làm việc của Ban Chấp hành Đảng bộ xã Quỳnh Lưu khóa I, nhiệm kỳ 2025 - 2030"),
}


@pytest.mark.parametrize("kind", ["txt", "pdf", "docx"])
@pytest.mark.parametrize("form", list(_QC_FORMS))
def test_quy_che_title_on_its_type_line(form, kind, tmp_path):
    plan = _QC_FORMS[form]((FIX / "03-QC-DU.plan.txt").read_text(encoding="utf-8"))
    m = _meta(_rendered(plan, kind, tmp_path))
    assert (m.type, m.number, m.signer_name) == ("Quy chế", "03-QC/ĐU", "Trần Văn Bình")
    assert fold(m.title) == fold(QC_TITLE)
    if form == "sentence case":
        assert m.title == QC_TITLE  # printed in sentence case: kept so


def test_body_sentence_under_the_header_is_no_title():
    """A text with no type line whose first line under the header is a sentence opening with a type's word ("Kế
    hoạch này …") has no trích yếu read from it."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 12/UBND-VP\nTam Nông, ngày 02 tháng 12 năm 2026\n\n"
            "Kế hoạch tổ chức Tết Nguyên đán năm 2027 được triển khai đến các thôn.\n")
    assert _meta_text(text).title is None


# --- legacy OCR (Tesseract eng, then restoration) ----------------------------------------------------------------

def _legacy(raw: str):
    from vanban.ocr.correct import correct_text  # noqa: PLC0415
    from vanban.extract import extract  # noqa: PLC0415
    return extract(correct_text(raw, "image-ocr").text).metadata


_ENG_PLAN = """DANG BO TINH NGHE AN
DANG UY XA QUYNH LUU
*
S6 21-KH/DU

DANG CONG SAN VIET NAM
Quynh Luu, ngay 16 thang 11 nam 2026

KE HOACH
thuc hien Chi thi so 09-CT/TU ngay 08/10/2026 cua Ban Thuong vu Tinh uy ve cong tac phong chay, chua chay

I. MUC DICH, YEU CAU
Cac chi bo truc thuoc quan triet Chi thi den toan the dang vien truoc ngay 30/12/2026.

Noi nhan:
- Ban Thuong vu Tinh uy,
- Cac chi bo truc thuoc,
- Luu Van phong Dang uy.
T/M BAN THUONG VU
PHO Bi THU
Lé Thi Thanh Nhan
"""


def test_eng_small_i_in_a_signers_title_in_capitals():
    """eng OCR prints the Í of "PHÓ BÍ THƯ" as a small i ("PHO Bi THU"): the title is read, the name stays the name."""
    m = _legacy(_ENG_PLAN)
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ",
                                                                    "Lê Thị Thanh Nhàn")


def test_eng_small_i_in_lower_case_words_stays():
    from vanban.ocr.glyphs import legacy_glyphs  # noqa: PLC0415
    assert legacy_glyphs("Ban Bi thu Trung uong") == "Ban Bi thu Trung uong"
    assert legacy_glyphs("PHAN CONG NHIEM VU THUC HIEN CHi THI SO 09") == "PHAN CONG NHIEM VU THUC HIEN CHI THI SO 09"


_ENG_LETTER = """UBND TINH LAM DONG
SO NOI VU

CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc

S6: 4127/SNV-CCVC
VW trien khai che do bao cao va quan ly doi ngu cong chuc cap xa nam 2027

Lam Dong, ngay 20 thang 11 nam 2026

Kinh gui: Uy ban nhan dan cac xa, phuong tren dia ban tinh.

So Noi vu de nghi Uy ban nhan dan cac xa, phuong bao cao so luong cong chuc truoc ngay 15/12/2026.

Noi nhan:
- Nhu tren;
- Luu: VT, CCVC.
GIAM DOC
Ho Quang Vinh
"""


def test_eng_vw_for_the_v_v_label_of_a_letter():
    """eng OCR's "VW" for the "V/v" of a Công văn: the subject after it is the trích yếu."""
    m = _legacy(_ENG_LETTER)
    assert (m.type, m.number) == ("Công văn", "4127/SNV-CCVC")
    assert m.title == "triển khai chế độ báo cáo và quản lý đội ngũ công chức cấp xã năm 2027"


# --- scans -------------------------------------------------------------------------------------------------------

def test_issuer_cell_run_into_a_motto_whose_first_word_ocr_misread():
    """A scan's line where the issuer's cell and the motto ran together, the motto's CỘNG read "ĐỘNG" and the G of
    the place lost under it (a16-09 scanned): the issuer stops where the motto starts, its place's next line kept;
    (session 24) the lost G read back from the place-date line "Đồng Thái" (a16-09's label: "Hội đồng nhân dân xã Đồng
    Thái"), a name a letter short being one reading of it (:func:`vanban.structure.place_reading.agree_place`)."""
    text = ("HỘI ĐỒNG NHÂN DÂN XÃ ĐỒN(ĐỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÁI\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 38/NQ-HĐND\nĐồng Thái, ngày 18 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
            "Về mục tiêu, chỉ tiêu và nhiệm vụ phát triển kinh tế - xã hội năm 2027\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n")
    m = _meta_text(text)
    assert (m.issuer, m.number, m.type) == ("HỘI ĐỒNG NHÂN DÂN XÃ ĐỒNG THÁI", "38/NQ-HĐND", "Nghị quyết")


_SYT_FOOT = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
SỞ Y TẾ
Số: 2156/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 18 tháng 11 năm 2026

KẾ HOẠCH
Nâng cao chất lượng y tế cơ sở năm 2027

Các đơn vị báo cáo khó khăn, vướng mắc về Sở Y

Nơi nhận:
- Bộ Y tế (b/);
tế để được hướng dẫn, điều chỉnh kịp thời./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

- UBND tỉnh (b/c);
- Các phòng, đơn vị trực thuộc Sở;
- Lưu: VT, NVY.
Đinh Thị Hồng Nhung
"""


def test_body_last_line_read_among_the_recipients_is_no_recipient():
    """A scan's OCR read the body's last line ("… kịp thời./.") after the first item of the Nơi nhận beside it
    (a16-08 scanned), and the "(b/c)" of that item as "(b/)": neither is part of an addressee."""
    m = _meta_text(_SYT_FOOT)
    assert list(m.recipients) == ["Bộ Y tế", "UBND tỉnh", "Các phòng, đơn vị trực thuộc Sở", "Lưu: VT, NVY"]


# --- the plans above rendered as scans and read by Tesseract eng (the legacy form: fixtures *.eng.txt) -------------

def _eng(name: str):
    return _legacy((FIX / name).read_text(encoding="utf-8").rstrip("\f"))


def test_quy_che_legacy_form_keeps_title_signer_and_recipients():
    """eng OCR printed the ậ of "Nơi nhận" as "§" ("Noi nh§n:"): the list, the signer and the recipients were lost."""
    m = _eng("03-QC-DU.eng.txt")
    assert (m.type, m.number) == ("Quy chế", "03-QC/ĐU")
    assert fold(m.title) == fold(QC_TITLE)
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Bình")
    assert list(m.recipients) == ["Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc", "Lưu: VT, VP"]


def test_ket_luan_legacy_form_title_and_signers_title_beside_an_item():
    """The signer's title read on a recipient's line ("- Ban Thwng vu Tinh ty (b/c), PHO Bi THU"): the title is
    the signer's, its Í a capital; the archive note with no dash is an item of its own."""
    m = _eng("15-KL-HU.eng.txt")
    assert (m.type, m.number) == ("Kết luận", "15-KL/HU")
    assert fold(m.title) == fold(KL_TITLE)
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng")
    assert len(m.recipients) == 3 and list(m.recipients[1:]) == ["Các đồng chí Huyện ủy viên", "Lưu: VT, VP Huyện ủy"]


def test_section_sign_inside_a_word_is_an_a():
    from vanban.ocr.glyphs import legacy_glyphs  # noqa: PLC0415
    assert legacy_glyphs("Noi nh§n: T/M DANG UY") == "Noi nhan: T/M DANG UY"
    assert legacy_glyphs("theo § 3 Dieu 5") == "theo § 3 Dieu 5"


@pytest.mark.parametrize("title_block", [
    "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2026",
    "KẾT LUẬN\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2026",
])
def test_ket_luan_body_named_on_the_type_line_keeps_its_capitals(title_block, tmp_path):
    """The issuing body after "CỦA", on the type's line or on its own, is printed in capitals: given in sentence case
    with its name's capitals ("Ban Thường vụ Huyện ủy", vanban.extract.title_case), never in small letters."""
    plan = (FIX / "15-KL-HU.plan.txt").read_text(encoding="utf-8").replace(
        "KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2026",
        title_block)
    m = _meta(_rendered(plan, "txt", tmp_path))
    assert (m.type, m.title) == ("Kết luận", "Của Ban Thường vụ Huyện ủy về tình hình thực hiện nhiệm vụ phát triển "
                                             "kinh tế - xã hội quý I năm 2026")


def test_a_cited_document_under_the_header_is_no_title():
    """A letter with no V/v whose first line under the header names a cited document ("Quyết định số 123/QĐ-UBND …",
    the line wrapped, no full stop): no trích yếu, and its type stays the one its số ký hiệu gives."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 12/UBND-VP\nTam Nông, ngày 02 tháng 12 năm 2026\n\n"
            "Quyết định số 123/QĐ-UBND ngày 20/11/2026 của UBND huyện về việc giao chỉ tiêu thu ngân sách\n"
            "năm 2027 đã được gửi đến các thôn.\n")
    m = _meta_text(text)
    assert m.title is None and m.type != "Quyết định"


def test_a_wrapped_body_sentence_under_the_header_is_no_title():
    """A letter with no V/v whose first paragraph opens with a type's word and wraps over two lines before its full
    stop: no trích yếu (a trích yếu never ends with a full stop)."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 12/UBND-VP\nTam Nông, ngày 02 tháng 12 năm 2026\n\n"
            "Kế hoạch tổ chức Tết Nguyên đán năm 2027 của Ủy ban nhân dân xã đã được gửi\n"
            "đến các thôn, các cơ quan, đơn vị trên địa bàn xã.\n")
    m = _meta_text(text)
    assert m.title is None and m.type != "Kế hoạch"
