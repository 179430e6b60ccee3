"""Issue 9: a Phụ lục printed on the signature's page comes after the Nơi nhận | signer region.

A newcomer's 45-KH/ĐU (tests/fixtures/newcomer_pdfs/kh45_phu_luc_after_signature.pdf, a text-layer
PDF written from Word) puts "PHỤ LỤC" flush left a blank paragraph under the Nơi nhận list, on the
same page as the signature. Read by layout.py, "PHỤ LỤC" lined up with the flush-left list and joined
its column, so the text read "… - Lưu Văn phòng Đảng ủy. / PHỤ LỤC / T/M BAN THƯỜNG VỤ …" and the
signature block fell inside the appendix: all four signer fields were None (its scan alike). The
signer read by hand: T/M BAN THƯỜNG VỤ / K/T BÍ THƯ / PHÓ BÍ THƯ / Nguyễn Thị Hồng Nhung.
"""

from __future__ import annotations

from pathlib import Path

from fixtures.columns import word_row as _row

from vanban.conveyor import process_file
from vanban.ingest.layout import Word, words_to_lines

KH_45 = Path(__file__).resolve().parent / "fixtures/newcomer_pdfs/kh45_phu_luc_after_signature.pdf"


def _page(opening: str) -> list[Word]:
    """The signature's page of a plan (points, as pdfplumber gives them): a body line, the
    Nơi nhận | signer region, then ``opening`` flush left under the list and a centred title."""
    rows = [
        _row(286, (90, "Nhiệm vụ cụ thể theo Phụ lục kèm theo.")),
        _row(340, (90, "Nơi nhận:"), (350, "T/M BAN THƯỜNG VỤ")),
        _row(357, (90, "- Ban Thường vụ Tỉnh ủy (b/c),"), (365, "K/T BÍ THƯ")),
        _row(374, (90, "- Ban Tuyên giáo và Dân vận Tỉnh ủy"), (362, "PHÓ BÍ THƯ")),
        _row(391, (90, "(b/c),")),
        _row(408, (90, "- Các đồng chí Ủy viên Ban Chấp hành"), (340, "Nguyễn Thị Hồng Nhung")),
        _row(426, (90, "Đảng bộ xã,")),
        _row(443, (90, "- Các chi bộ, đảng bộ cơ sở trực thuộc,")),
        _row(460, (90, "- Lưu Văn phòng Đảng ủy.")),
        _row(487, (90, opening)),
        _row(514, (160, "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027")),
    ]
    return [w for r in rows for w in r]


def _texts(words: list[Word]) -> list[str]:
    lines, _ = words_to_lines(words, 612)
    return [t for t, _ in lines]


def test_appendix_heading_ends_the_signature_region() -> None:
    for opening in ("PHỤ LỤC", "Phụ lục I", "PHỤ LỤC 01"):
        texts = _texts(_page(opening))
        assert texts.index("Nguyễn Thị Hồng Nhung") < texts.index(opening) < texts.index(
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027")
        assert texts.index("- Lưu Văn phòng Đảng ủy.") < texts.index("T/M BAN THƯỜNG VỤ")


def test_a_list_line_flush_left_still_joins_the_list() -> None:
    # the same place holding a list line ("- Lưu: VT.") stays in the Nơi nhận column, before the signer
    texts = _texts(_page("- Lưu: VT, VP."))
    assert texts.index("- Lưu: VT, VP.") < texts.index("T/M BAN THƯỜNG VỤ")


def test_text_layer_pdf_keeps_the_signer_before_its_appendix() -> None:
    doc = process_file(KH_45, jobs=1)
    m = doc.extraction.metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (
        "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Nguyễn Thị Hồng Nhung")
    text = doc.text
    assert text.index("Nguyễn Thị Hồng Nhung") < text.index("PHỤ LỤC")
    assert "Lưu Văn phòng Đảng ủy" in " ".join(m.recipients)
