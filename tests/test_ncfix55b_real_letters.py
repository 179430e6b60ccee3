"""A newcomer's real documents of session 55: a duty article's title run into its first sentence, and a Cục Thuế
reply whose answer opens with its legal basis.

Inputs are the text ``vanban text`` reads from the real DOCX files (161/2025/QĐ-UBND cut to its header, Điều 21
and its signature; 5333/CT-CS whole) and 24/2025/TT-BTP's text PDF itself, in ``tests/fixtures/``; the expected values are what a reader lists.
"""

from __future__ import annotations

from pathlib import Path

from vanban.conveyor import process_file
from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures"


def test_duty_article_title_run_into_its_sentence_names_the_body_once():
    """161/2025/QĐ-UBND Điều 21: "Trách nhiệm của Sở Khoa học và Công nghệ" over "Sở Khoa học và Công nghệ là cơ
    quan quản lý, vận hành Hệ thống QLVB&ĐH của tỉnh, có trách nhiệm:" and 11 clauses: the body is the Sở."""
    ext = extract((FIX / "ncfix55b_161_2025_QD_UBND_dieu21.txt").read_text(encoding="utf-8"))
    whos = [o.who for o in ext.obligations]
    assert "Sở Khoa học và Công nghệ" in whos
    assert not [w for w in whos if "là cơ quan" in w or w.count("Khoa học") > 1]


def test_reply_lead_in_before_its_legal_basis_is_no_task():
    """5333/CT-CS: "Cục Thuế trả lời như sau: Căn cứ Điều 3, Điều 5, Điều 9 và Điều 15 Luật Thuế giá trị gia tăng
    …" answers a request; no body is charged."""
    ext = extract((FIX / "ncfix55b_5333_CT_CS.txt").read_text(encoding="utf-8"))
    assert not [o for o in ext.obligations if "như sau" in o.who]


def test_cited_report_issuer_stops_before_its_addressee():
    """5333/CT-CS: "Báo cáo số 157/BC-HĐTV ngày 27/10/2025 của Hội đồng tư vấn cải cách thủ tục hành chính gửi Thủ
    tướng Chính phủ": the Hội đồng issued it, the Thủ tướng received it."""
    ext = extract((FIX / "ncfix55b_5333_CT_CS.txt").read_text(encoding="utf-8"))
    cited = {c.number: c.issuer for c in ext.citations}
    assert cited["157/BC-HĐTV"] == "Hội đồng tư vấn cải cách thủ tục hành chính"



def test_signer_name_read_into_a_recipient_line_is_dropped():
    """24/2025/TT-BTP's text PDF (the real file): the signature's cell read into Nơi nhận, "… các đơn vị thuộc, trực"
    | "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" | "Dương Văn Lộcthuộc Bộ;": the signer is no recipient (cases/19), the line mended."""
    m = process_file(FIX / "ncfix55b_24-2025-TT-BTP.pdf", jobs=1).extraction.metadata
    assert m.signer_name == "Dương Văn Lộc"
    assert "Bộ Tư pháp: Bộ trưởng, các Thứ trưởng, các đơn vị thuộc, trực thuộc Bộ" in m.recipients
    assert not [r for r in m.recipients if "Dương Văn Lộc" in r]


def test_scan_colon_after_the_title_is_no_part_of_it():
    """09/CT-UBND scanned: OCR read a speck after the title's last word as " :" ("… THÀNH PHỐ CẦN THƠ :"); the
    trích yếu is the printed title."""
    ext = extract((FIX / "ncfix55b_09_CT_UBND_scan_head.txt").read_text(encoding="utf-8"))
    # (the case of its capitals is sentence casing's matter, read from the whole document's words)
    assert ext.metadata.title.casefold() == ("Về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên "
                                             "địa bàn thành phố Cần Thơ").casefold()
