"""(ncfix51a, issues #9 / #10) What the session-50 newcomer's DOCX and text PDF forms of real documents read
differently from their .txt copy — each a kind of layout, tested on the real file and on text written here in the
documents' style.

Material: the newcomer's text PDFs of 1498/QĐ-UBND and 61/2025/TT-BCT and DOCX of 144/KH-UBND (made from
../shared/realdocs/docs, copied to tests/fixtures/ncfix51a). Expected values are read from the documents: the fresh
set's label of 1498 (one obligation, its ``who`` the whole list "Sở …, Sở …; Viễn thông Ninh Bình; Chủ tịch UBND các
xã, phường"), 61's printed Nơi nhận (its last item "- Lưu: VT, XNK (12)." on the PDF's fourth page), 144's part VII
("Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo … Định kỳ gửi báo cáo … trước ngày
15/11 hằng năm").

Kinds:

* a list of bodies parted by ";" that the page wraps inside a name ("Viễn thông" / "Ninh Bình;"), and an article's
  first line holding such a ";" read as the article's title (structure.body._clause_list_wraps);
* a text PDF's last page whose text layer is short ("- Lưu: VT, XNK (12)." alone) sent to OCR and lost
  (ingest.pdf._short_typed_page); the next page's printed number between two items of the Nơi nhận closing the
  list (structure.signature._item_ahead);
* a part's heading line over its first paragraph one newline apart (a DOCX's paragraphs), read on into the
  paragraph's subject (structure.heading_breaks.part_heading_breaks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.models import Limits, Page

FIX = Path(__file__).parent / "fixtures" / "ncfix51a"


def _extraction(path: Path):
    from vanban.conveyor import extract_document
    from vanban.ingest import load

    source = load(path, Limits())
    pages = tuple(Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in source.pages)
    return extract_document(source, pages).extraction


# --- a list of bodies parted by ";", wrapped inside a name -------------------------------------------------------

_QD_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 2210/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 14 tháng 3 năm 2027\nQUYẾT ĐỊNH\n"
            "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực bưu chính\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Phê duyệt kèm theo Quyết định này 05 quy trình nội bộ giải quyết thủ tục hành chính.\n")
_QD_TAIL = ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng\n")


def test_real_text_pdf_owners_across_semicolons_and_a_wrap():
    """1498/QĐ-UBND as a text PDF: "Điều 2. Trách nhiệm thực hiện Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ;
    Viễn thông" / "Ninh Bình; Chủ tịch UBND các xã, phường thực hiện …" gave the owner "Chủ tịch UBND các xã, phường"
    (the .txt and the DOCX: the whole list)."""
    ex = _extraction(FIX / "1498-QD-UBND_text.pdf")
    assert [o.who for o in ex.obligations] == [  # as printed, and as the fresh set's label spells it ("hoá")
        "Sở Văn hoá và Thể thao, Sở Khoa học và Công nghệ; Viễn thông Ninh Bình; Chủ tịch UBND các xã, phường"]
    assert ex.obligations[0].what.startswith("thực hiện trách nhiệm theo Điều 2 Quyết định số 412/QĐ-UBND")
    art2 = [p for p in ex.structure.body if p.label == "Điều 2."]
    assert art2 and art2[0].heading is None  # its first line is no title: the sentence wraps there


@pytest.mark.parametrize("lines, who", [
    # the real wrap of 1498's text PDF
    ("Điều 2. Trách nhiệm thực hiện Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ; Viễn thông\n"
     "Ninh Bình; Chủ tịch UBND các xã, phường thực hiện trách nhiệm theo Điều 2 Quyết định số 412/QĐ-UBND.\n",
     "Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ; Viễn thông Ninh Bình; Chủ tịch UBND các xã, phường"),
    # the same kind wrapped inside another name of the list (an Điện lực named by its place)
    ("Điều 2. Trách nhiệm thực hiện Sở Công Thương, Sở Tài chính; Điện lực\n"
     "Quảng Trị; Chủ tịch UBND các xã, phường thực hiện trách nhiệm theo Quyết định số 95/QĐ-UBND.\n",
     "Sở Công Thương, Sở Tài chính; Điện lực Quảng Trị; Chủ tịch UBND các xã, phường"),
    # the list behind "Giao", wrapped inside "Viễn thông Quảng Trị"
    ("Điều 2. Giao Sở Khoa học và Công nghệ; Bưu điện tỉnh; Viễn thông\n"
     "Quảng Trị; Chủ tịch UBND các xã, phường tổ chức thực hiện các quy trình tại Điều 1.\n",
     "Sở Khoa học và Công nghệ; Bưu điện tỉnh; Viễn thông Quảng Trị; Chủ tịch UBND các xã, phường"),
])
def test_list_of_bodies_wrapped_inside_a_name(lines, who):
    ex = extract(_QD_HEAD + lines + _QD_TAIL)
    assert [o.who for o in ex.obligations] == [who]


def test_joint_bodies_over_their_task_keep_their_heading():
    """Not the kind: two bodies named jointly on the item's line over their task ("Chủ trì …")."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 88/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 14 tháng 3 năm 2027\nKẾ HOẠCH\nChuyển đổi số năm 2027\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ; Sở Tài chính\nChủ trì tham mưu bố trí biên chế, kinh phí thực hiện Kế hoạch.\n"
            "2. Sở Khoa học và Công nghệ\nChủ trì theo dõi, đôn đốc thực hiện Kế hoạch.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng\n")
    heads = [p.heading for part in extract(text).structure.body for p in part.children]
    assert "Sở Nội vụ; Sở Tài chính" in heads


# --- the Nơi nhận's last items on the next page -------------------------------------------------------------------

_TT = ("BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 61/2025/TT-BCT\n"
       "Hà Nội, ngày 02 tháng 12 năm 2025\nTHÔNG TƯ\nQuy định về hạn ngạch thuế quan nhập khẩu\n"
       "Điều 1. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày ký./.\n")
_REC = ("Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Văn phòng Chính phủ;\n"
        "- Sở Công Thương các tỉnh, thành phố trực\nthuộc Trung ương;\n")
_SIG = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhạm Văn Bảo\n"
_ITEMS = ("Thủ tướng, các Phó Thủ tướng Chính phủ", "Văn phòng Chính phủ",
          "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương", "Lưu: VT, XNK (12)")


def test_real_text_pdf_archive_line_alone_on_the_last_page():
    """61/2025/TT-BCT as a text PDF: its fourth page holds only "- Lưu: VT, XNK (12)." (fewer letters than a text
    layer was trusted with): it was sent to OCR and lost; the .txt, the DOCX and the scan kept it."""
    ex = _extraction(FIX / "61-2025-TT-BCT_text.pdf")
    rec = ex.metadata.recipients
    assert rec[-1] == "Lưu: VT, XNK (12)"
    assert rec[-2] == "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương"
    assert ex.metadata.signer_name == "Phạm Văn Bảo"


@pytest.mark.parametrize("text", [
    _TT + _REC + _SIG + "\f- Lưu: VT, XNK (12).\n",  # the list's last line past the signature, the next page
    _TT + _REC + "\f4\n- Lưu: VT, XNK (12).\n" + _SIG,  # the next page's number between two items
    _TT + _REC + _SIG + "\f4\n- Lưu: VT, XNK (12).\n",  # … and past the signature
    _TT + _REC + "\f- 4 -\n- Lưu: VT, XNK (12).\n" + _SIG,
    _TT + _REC.replace("- Sở Công", "\f2\n- Sở Công") + "- Lưu: VT, XNK (12).\n" + _SIG,  # a page break mid-list
])
def test_recipients_run_over_a_page_break(text):
    ex = extract(text)
    assert ex.metadata.recipients == _ITEMS
    assert ex.metadata.signer_name == "Phạm Văn Bảo"


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    """A text PDF, one list of lines per page (DejaVu Sans, for the Vietnamese marks)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("DejaVu", 12)
        y = A4[1] - 72
        for ln in lines:
            c.drawString(72, y, ln)
            y -= 18
        c.showPage()
    c.save()
    return path


def test_short_typed_last_page_is_kept(tmp_path):
    """A Công văn printed to PDF whose Nơi nhận ends on a page of its own: "- Lưu: VT, TH." (7 letters)."""
    first = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 512/UBND-TH", "Quảng Trị, ngày 14 tháng 3 năm 2027",
             "V/v triển khai chuyển đổi số năm 2027", "Kính gửi: Các sở, ban, ngành tỉnh.",
             "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành tỉnh triển khai Kế hoạch chuyển đổi số năm 2027.",
             "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng",
             "Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;"]
    pdf = _pdf(tmp_path / "cv.pdf", [first, ["- Lưu: VT, TH."]])
    from vanban.ingest.pdf import read_pages

    pages = read_pages(pdf, Limits())
    assert [p.method for p in pages] == ["pdf-text", "pdf-text"]
    assert "Lưu: VT, TH." in pages[1].text


# --- a part's heading line over its first paragraph, one newline apart ---------------------------------------------

def test_real_docx_yearly_report_has_its_owner():
    """144/KH-UBND as DOCX: "VII. CHẾ ĐỘ BÁO CÁO" / "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại
    Phụ lục kèm theo có trách nhiệm … Định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm …": the yearly
    report's owner (and the obligation) were lost; the .txt copy, its blank line under the heading, read them."""
    ex = _extraction(FIX / "144-KH-UBND_word.docx")
    owner = "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo"
    due = [d for d in ex.deadlines if d.text == "trước ngày 15/11 hằng năm"]
    assert [d.who for d in due] == [owner]
    assert any(o.who == owner and o.deadline and o.deadline.text == "trước ngày 15/11 hằng năm" for o in ex.obligations)




@pytest.mark.parametrize("heading, paragraph, owner, due", [
    ("III. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
     "Các sở, ban, ngành tỉnh có trách nhiệm báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ trước ngày 10/12 hằng "
     "năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
     "Các sở, ban, ngành tỉnh", "trước ngày 10/12 hằng năm"),
    ("3. Chế độ báo cáo",
     "UBND các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/6 hằng năm.",
     "UBND các xã, phường", "trước ngày 15/6 hằng năm"),
])
def test_docx_heading_line_over_its_paragraph(tmp_path, heading, paragraph, owner, due):
    paras = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 88/KH-UBND", "Quảng Trị, ngày 14 tháng 3 năm 2027",
             "KẾ HOẠCH", "Chuyển đổi số năm 2027",
             "I. MỤC ĐÍCH, YÊU CẦU", "Triển khai đồng bộ các nhiệm vụ chuyển đổi số trên địa bàn tỉnh.",
             "II. TỔ CHỨC THỰC HIỆN", "1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.",
             "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
             heading, paragraph,
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng"]
    from fixtures.docx_layouts import paragraphs_docx

    ex = _extraction(paragraphs_docx(tmp_path / "kh.docx", paras))
    assert [d.who for d in ex.deadlines if d.text == due] == [owner]
    assert any(o.who == owner for o in ex.obligations)
