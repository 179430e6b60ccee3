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
