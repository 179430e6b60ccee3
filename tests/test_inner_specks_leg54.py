"""Specks a scan's OCR reads inside a line, in the header's and the signature's fields (session 54, leg54).

Inputs: the two kinds session 53's newcomer found in the fields of real documents it scanned (docs/HISTORY.md, session
53: "CHỦ _NHIỆM" as a signer's title, "thành - phố" in a name), set in lines of the real documents' style; the
expected fields were read by hand (the page prints no mark there), not taken from vanban's output.
"""

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.stray_marks import inner_specks

PAGE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 27 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức hội nghị tổng kết năm 2025

1. Các sở, ban, ngành thành - phố tổ chức hội nghị tổng kết trước ngày 15/12/2025.

Nơi nhận:
- Thường trực Thành ủy;
- UBND thành - phố;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ _NHIỆM
Nguyễn Văn An
"""


def test_fields_without_the_specks():
    md = extract(correct_text(PAGE, "image-ocr").text).metadata
    assert md.signer_title == "CHỦ NHIỆM"
    assert md.recipients == ("Thường trực Thành ủy", "UBND thành phố", "Lưu: VT")


def test_one_character_for_one_and_blanks_to_fill_kept():
    for text, want in (("CHỦ _NHIỆM", "CHỦ  NHIỆM"), ("THÀNH - PHỐ HÀ NỘI", "THÀNH   PHỐ HÀ NỘI"),
                       ("thị - trấn Phố Lu", "thị   trấn Phố Lu"),
                       ("ngày __ tháng __ năm 2025", "ngày __ tháng __ năm 2025"), ("Số: ____/QĐ-UBND", "Số: ____/QĐ-UBND"),
                       ("Ban Văn hóa - Xã hội", "Ban Văn hóa - Xã hội"), ("hoàn thành - xã Tân Hòa", "hoàn thành - xã Tân Hòa")):
        got = inner_specks(text)
        assert got == want and len(got) == len(text)
