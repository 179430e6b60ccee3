"""The Nơi nhận | signature region of a scanned page, read from Tesseract's word boxes.

Material: the foot of the last page of the real Thông báo 627/TB-VPCP
(realdocs), printed by ``bench/realdocs_scan.py`` (Nơi nhận list left, the
three-level signature right, a footnote below) and scanned; the PNG is that
scan cropped and thresholded. Tesseract (``vie``) reads the two columns apart
by x: the list cell, then the signature cell, then the footnote outside the
region. On the scan the item "- VPCP: …, các Vụ, ⏎ Cục: ⏎ TH, KTTH, NN, PL,
QHĐP, QHQT;" breaks after a colon, and the signer's title became
"TH, KTTH, …"; the last item "- Lưu: VT, CN (2). nvv" ran on over the
signature into the footnote.
"""

from pathlib import Path

from PIL import Image

from vanban.models import Page
from vanban.structure.lines import lines_of
from vanban.structure.signature import find_start, read_signature

SCANS = Path(__file__).parent / "fixtures" / "scans"


def test_noi_nhan_beside_signature_from_real_ocr():
    from vanban.ocr.tesseract import ocr_image_lines

    text, geo, _ = ocr_image_lines(Image.open(SCANS / "627-TB-VPCP-noi-nhan.png").convert("L"))
    lines = lines_of([Page(1, "image-ocr", text, text, lines=geo)])
    start = find_start(lines, 0)
    assert start is not None
    sig, recips, _ = read_signature(lines, start, len(lines))
    assert sig.levels == ("KT. BỘ TRƯỞNG, CHỦ NHIỆM",)
    assert sig.title == "PHÓ CHỦ NHIỆM"
    assert sig.name == "Phan Văn Nam"
    items = [" ".join(text[r.start:r.end].split()) for r in recips]
    assert len(items) == 8
    vpcp = next(i for i in items if i.startswith("- VPCP"))
    assert vpcp.endswith("Cục: TH, KTTH, NN, PL, QHĐP, QHQT;")
    assert items[-1] == "- Lưu: VT, CN (2). nvv"  # not the signature nor the footnote


def test_damaged_roman_heading_from_real_ocr():
    """Tesseract ``vie`` reads the scanned "III. PHÂN CÔNG NHIỆM VỤ" of the real plan
    1026/KH-UBND as "HI." (this crop) or "IH." (the whole page, bench/realdocs_scan.py);
    the section is still a rank-2 heading, so the bodies under it keep their tasks."""
    from vanban.ocr.tesseract import ocr_image_lines
    from vanban.structure.body import label_of

    text, geo, _ = ocr_image_lines(Image.open(SCANS / "1026-KH-UBND-phan-cong.png").convert("L"))
    lines = [ln for ln in lines_of([Page(1, "image-ocr", text, text, lines=geo)]) if not ln.blank]
    head = next(ln for ln in lines if "PHÂN CÔNG NHIỆM VỤ" in ln.text)
    assert label_of(head)[1] == 2
    assert label_of(next(ln for ln in lines if ln.text.startswith("1. Công an tỉnh"))) == ("1.", 4)
    ih = lines_of([Page(1, "image-ocr", "IH. PHÂN CÔNG NHIỆM VỤ", "IH. PHÂN CÔNG NHIỆM VỤ")])[0]
    assert label_of(ih) == ("IH.", 2)
    hi = lines_of([Page(1, "txt", "Hi. Anh", "Hi. Anh")])[0]
    assert label_of(hi) is None  # a word, not a numeral


def test_roman_two_read_as_h():
    """The whole scanned page 2 of the real Thông báo 627/TB-VPCP (bench/realdocs_scan.py):
    Tesseract ``vie`` read "II. MỘT SỐ YÊU CẦU" as "H. MỘT SỐ YÊU CẦU"; the section's
    "Thứ …" paragraphs then fell under "I." and lost their bodies' tasks."""
    from vanban.structure.body import label_of

    def one(t):
        return lines_of([Page(1, "image-ocr", t, t)])[0]

    assert label_of(one("H. MỘT SỐ YÊU CẦU")) == ("H.", 2)
    assert label_of(one("H. Ba Vì, Thành phố Hà Nội")) is None  # huyện, not a numeral


def _signature_of(name):
    from vanban.ocr.tesseract import ocr_image_lines

    text, geo, _ = ocr_image_lines(Image.open(SCANS / name).convert("L"))
    lines = lines_of([Page(1, "image-ocr", text, text, lines=geo)])
    start = find_start(lines, 0)
    sig, recips, _ = read_signature(lines, start, len(lines))
    return sig, [" ".join(text[r.start:r.end].split()) for r in recips]


def test_noi_nhan_label_with_its_underline_read_as_dashes():
    """Real Hướng dẫn 45-HD/BTCTW, last page scanned: Tesseract reads the underlined
    label as "—Nơi nhận: —"; the list was lost (the block started at "K/T")."""
    sig, items = _signature_of("45-HD-BTCTW-noi-nhan.png")
    assert (sig.levels, sig.title, sig.name) == (("K/T TRƯỞNG BAN",), "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Đỗ Văn Khải")
    assert len(items) == 9 and items[0].startswith("- Bộ Chính trị, Ban Bí thư") and items[-1] == "- Lưu VP, Vụ CB."


def test_noi_nhan_items_beside_the_seal_gap():
    """Real Công điện 96/CĐ-BXD, last page scanned: the signer's seal gap splits the
    two-column region, so four items sit between the two regions with no cell; they
    are still items, and the name below is the signer's."""
    sig, items = _signature_of("96-CD-BXD-noi-nhan.png")
    assert (sig.levels, sig.title, sig.name) == (("KT. BỘ TRƯỞNG",), "THỨ TRƯỞNG", "Ngô Văn Khánh")
    assert items[0] == "- Như trên;" and items[-1] == "- Lưu: VT, VT&ATGT (Bằng)." and len(items) == 7


def test_noi_nhan_list_going_on_to_the_next_page():
    """Real Nghị quyết 70/2025/NQ-HĐND scanned (bench/realdocs_scan.py, Tesseract ``vie``
    lines as cached): the list goes on below the region on the next page, an item wrapped
    there ("- Các VP: …, ⏎ UBND TP;") is one item and the list reads to its end."""
    from vanban.models import LineGeometry

    left, right, free, gap = (LineGeometry(0.14, 0.4, 0, 0, 0, 0), LineGeometry(0.62, 0.75, 0, 0, 1, 1),
                              LineGeometry(0.14, 0.4), LineGeometry())
    p1 = [("Nơi nhận:", left), ("- Đoàn ĐBQH TP Hà Nội;", left), ("- Thường trực HĐND, UBND, UB MTTQVN", left),
          ("TP:", left), ("CHỦ TỊCH", right), ("Đỉnh Thị Quế", right)]
    p2 = [("- Các Ban của HĐND TP;", free), ("", gap), ("- Các VP: Thành ủy, Đoàn ĐBQH&HĐND TE,", free),
          ("UBND TP;", free), ("", gap), ("- Các sở, ban, ngành TP;", free), ("- Lưu: VT.", free)]
    pages = [Page(n, "image-ocr", "\n".join(t for t, _ in p), "\n".join(t for t, _ in p), lines=tuple(g for _, g in p))
             for n, p in ((1, p1), (2, p2))]
    lines = lines_of(pages)
    sig, recips, _ = read_signature(lines, find_start(lines, 0), len(lines))
    text = "\f".join(p.text for p in pages)
    items = [" ".join(text[r.start:r.end].split()) for r in recips]
    assert (sig.title, sig.name) == ("CHỦ TỊCH", "Đỉnh Thị Quế")
    assert "- Các VP: Thành ủy, Đoàn ĐBQH&HĐND TE, UBND TP;" in items and items[-1] == "- Lưu: VT."


def test_footnote_below_an_open_item_is_not_its_rest():
    """Real Công điện 226/CĐ-TTg scanned (Tesseract ``vie`` lines as cached): the seal gap
    split the region, the last item "- Lưu: VT, KTTH (2)" has no closing mark, and the
    footnote "[1] Các công điện: số 217/CĐ-TTg …" below it (six citations) was read as its rest."""
    from vanban.models import LineGeometry

    rows = [("Nơi nhận:", LineGeometry(0.14, 0.22, 0, 0, 0, 0)), ("- Như trên;", LineGeometry(0.14, 0.22, 0, 0, 0, 0)),
            ("THỦ TƯỚNG", LineGeometry(0.62, 0.74, 0, 0, 1, 1)), ("", LineGeometry()),
            ("- Thủ tướng, các Phó Thủ tướng CP;", LineGeometry(0.14, 0.4)),
            ("TH; Phan Văn Nam", LineGeometry(0.14, 0.75)), ("- Lưu: VT, KTTH (2)", LineGeometry(0.14, 0.3)),
            ("[1] Các công điện: số 217/CĐÐ-TTg ngày 16/11/2025; số 218/CĐ-TTg ngày", LineGeometry(0.19, 0.9)),
            ("16/11/2025; số 219/CĐ-TTg ngày 17/11/2025; số 222/CĐ-TTg ngày 19/11/2025; số", LineGeometry(0.14, 0.9))]
    text = "\n".join(t for t, _ in rows)
    lines = lines_of([Page(1, "image-ocr", text, text, lines=tuple(g for _, g in rows))])
    _, recips, after = read_signature(lines, find_start(lines, 0), len(lines))
    assert " ".join(text[recips[-1].start:recips[-1].end].split()) == "- Lưu: VT, KTTH (2)"
    assert lines[after].text.startswith("[1] Các công điện")  # after the block: read as an appendix
