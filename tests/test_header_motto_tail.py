"""(scan48, issue #9) The motto's last word or words wrapped onto the issuer's next line, read on one line with it.

Kind: a narrow right cell wraps the motto's first line before its end ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM",
"… CHỦ NGHĨA" / "VIỆT NAM" — both printed so in ../shared/realdocs/docs: 217-CD-TTg, 37689-TB-CHQ), and a scan or a
legacy OCR reads the wrapped words on one line with what stands left of them in the issuer's column: the rule under
the body's name read as letters ("KUE yêu NAM", 217/CĐ-TTg scanned by session 47's newcomer: the issuer read "THỦ
TƯỚNG CHÍNH PHỦ KUE yêu NAM") or the body's second line ("CỤC HẢI QUAN" | "VIỆT NAM"). The wrapped words are the
motto's, never the issuer's; a place that ends in the same word ("TỈNH QUẢNG NAM") in the left column keeps it.
"""

from vanban.models import LineGeometry, Page
from vanban.structure import build_structure, structure_of_text

BLANK = LineGeometry()


def _issuer(rows):
    text = "\n".join(t for t, _ in rows)
    st = build_structure([Page(1, "image-ocr", text, text, lines=tuple(g for _, g in rows))])
    return st.header.issuer


TITLE = [("", BLANK), ("CÔNG ĐIỆN", LineGeometry(x0=0.44, x1=0.57)),
         ("V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ MƯA LŨ TẠI KHU VỰC TRUNG BỘ", LineGeometry(x0=0.14, x1=0.86)),
         ("THỦ TƯỚNG CHÍNH PHỦ điện:", LineGeometry(x0=0.10, x1=0.38)), ("", BLANK),
         ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng;",
          LineGeometry(x0=0.10, x1=0.90))]


def test_217_the_rule_read_as_letters_beside_the_wrapped_nam():
    assert _issuer([
        ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", LineGeometry(x0=0.15, x1=0.89)),
        ("KUE yêu NAM", LineGeometry(x0=0.26, x1=0.71)),
        ("Độc lập - Tự do - Hạnh phúc", LineGeometry(x0=0.56, x1=0.81)),
        ("", BLANK),
        ("Số: 217/CĐ-TTg Hà Nội, ngày 16 tháng 11 năm 2025", LineGeometry(x0=0.21, x1=0.84)),
        *TITLE,
    ]) == "THỦ TƯỚNG CHÍNH PHỦ"


def test_the_body_second_line_beside_the_wrapped_viet_nam():
    """A ministry's Cục under its Bộ, the motto wrapped after "CHỦ NGHĨA" (37689/TB-CHQ's header)."""
    assert _issuer([
        ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA", LineGeometry(x0=0.17, x1=0.85)),
        ("CỤC HẢI QUAN VIỆT NAM", LineGeometry(x0=0.16, x1=0.75)),
        ("Độc lập - Tự do - Hạnh phúc", LineGeometry(x0=0.56, x1=0.81)),
        ("", BLANK),
        ("Số: 37689/TB-CHQ Hà Nội, ngày 28 tháng 11 năm 2025", LineGeometry(x0=0.12, x1=0.84)),
        ("", BLANK),
        ("THÔNG BÁO", LineGeometry(x0=0.44, x1=0.56)),
        ("Về việc kết quả xác định trước mã số", LineGeometry(x0=0.33, x1=0.67)),
    ]) == "CỤC HẢI QUAN"


def test_legacy_text_the_wrapped_nam_a_run_of_its_own():
    """Legacy OCR keeps the column gap: "TỈNH QUẢNG NAM" | "NAM" — the place keeps its own word."""
    st = structure_of_text(
        "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n"
        "TỈNH QUẢNG NAM                        NAM\n"
        "                          Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 15/KH-UBND           Quảng Nam, ngày 10 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n\n"
        "Căn cứ Luật Phòng, chống thiên tai năm 2013;\n")
    assert st.header.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"


def test_a_place_ending_in_nam_left_of_the_middle_keeps_it():
    """The motto's "NAM" on a line of its own further right: the issuer's line under the cut motto is all the body's."""
    assert _issuer([
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", LineGeometry(x0=0.12, x1=0.89)),
        ("TỈNH QUẢNG NAM", LineGeometry(x0=0.14, x1=0.36)),
        ("NAM", LineGeometry(x0=0.67, x1=0.71)),
        ("Độc lập - Tự do - Hạnh phúc", LineGeometry(x0=0.56, x1=0.81)),
        ("", BLANK),
        ("Số: 15/KH-UBND Quảng Nam, ngày 10 tháng 3 năm 2026", LineGeometry(x0=0.12, x1=0.84)),
        ("", BLANK),
        ("KẾ HOẠCH", LineGeometry(x0=0.45, x1=0.55)),
        ("Phòng, chống thiên tai năm 2026", LineGeometry(x0=0.36, x1=0.64)),
    ]) == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
