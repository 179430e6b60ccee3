"""Specks beside a scanned header's lines do not break its two columns.

A scanned Kế hoạch (300 dpi, header cells close together): Tesseract reads the wrapped motto's
second line "VIỆT NAM" with the specks left of it (";", "¬", "-", "—", heights of a few pixels)
as one line. Counted as cells, the specks made the header row look like a row of an unruled
table, the header was read row by row, and parent_issuer became 'UBND TỈNH HÀ GIANG : ¬ -. — VIỆT
NAM' (issue #9 review, scan_kha). Word boxes below are those Tesseract gave for that page (pixels,
the image 2550 px wide); specks are groups of one- or two-glyph marks with no letter or digit.
"""

from __future__ import annotations

from vanban.ocr.tesseract import data_to_lines

# (block, par, line, left, top, width, height, conf, text)
_BOXES = [
    (1, 1, 1, 377, 310, 156, 34, 91, "UBND"), (1, 1, 1, 551, 295, 138, 48, 92, "TỈNH"),
    (1, 1, 1, 710, 300, 77, 43, 96, "HÀ"), (1, 1, 1, 804, 309, 172, 35, 96, "GIANG"),
    (1, 1, 1, 1277, 298, 152, 55, 95, "CỘNG"), (1, 1, 1, 1450, 300, 117, 44, 95, "HÒA"),
    (1, 1, 1, 1583, 300, 71, 43, 96, "XÃ"), (1, 1, 1, 1672, 298, 100, 55, 95, "HỘI"),
    (1, 1, 1, 1792, 295, 117, 49, 96, "CHỦ"), (1, 1, 1, 1928, 300, 180, 44, 96, "NGHĨA"),
    (2, 1, 1, 424, 398, 10, 11, 65, ";"), (2, 1, 1, 820, 403, 105, 6, 52, "¬"),
    (2, 1, 1, 1169, 403, 15, 6, 33, "-"), (2, 1, 1, 1231, 358, 26, 61, 39, "—"),
    (2, 1, 1, 1275, 362, 126, 53, 0, "VIỆT"), (2, 1, 1, 1419, 372, 124, 33, 0, "NAM"),
    (2, 1, 2, 378, 411, 70, 36, 93, "SỞ"), (2, 1, 2, 466, 412, 157, 35, 90, "KHOA"),
    (2, 1, 2, 640, 412, 115, 44, 96, "HỌC"), (2, 1, 2, 774, 413, 71, 33, 96, "VÀ"),
    (2, 1, 2, 863, 412, 152, 35, 96, "CÔNG"), (2, 1, 2, 1036, 412, 155, 44, 96, "NGHỆ"),
    (3, 1, 1, 1277, 471, 94, 47, 94, "Độc"), (3, 1, 1, 1391, 471, 76, 47, 93, "lập"),
    (3, 1, 1, 1486, 493, 15, 6, 92, "-"), (3, 1, 1, 1519, 475, 71, 43, 96, "Tự"),
    (3, 1, 1, 1605, 473, 59, 36, 93, "do"), (3, 1, 1, 1683, 493, 15, 6, 93, "-"),
    (3, 1, 1, 1718, 473, 136, 45, 96, "Hạnh"), (3, 1, 1, 1872, 471, 124, 47, 95, "phúc"),
]


def _data(boxes) -> dict:
    keys = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    return {k: [b[i] for b in boxes] for i, k in enumerate(keys)}


def test_specks_beside_the_motto_leave_the_header_in_two_columns():
    text, geo, _ = data_to_lines(_data(_BOXES), 2550)
    lines = [(t, g.column) for t, g in zip(text.split("\n"), geo) if t]
    assert [t for t, c in lines if c == 0] == ["UBND TỈNH HÀ GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert [t for t, c in lines if c == 1] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "¬" not in text


def test_a_rule_or_star_alone_is_no_speck():
    # the "*" under a Party issuer and a rule "-------" keep their lines
    boxes = [(1, 1, 1, 380, 300, 300, 40, 95, "ĐẢNG"), (1, 1, 1, 700, 300, 200, 40, 95, "ỦY"),
             (1, 1, 1, 1277, 300, 300, 40, 95, "ĐẢNG"), (1, 1, 1, 1600, 300, 300, 40, 95, "CỘNG"),
             (1, 1, 1, 1920, 300, 150, 40, 95, "SẢN"),
             (2, 1, 1, 620, 360, 20, 20, 90, "*"),
             (3, 1, 1, 380, 420, 120, 40, 95, "Số"), (3, 1, 1, 520, 420, 200, 40, 95, "21-KH/ĐU"),
             (3, 1, 1, 1277, 420, 200, 40, 95, "Hòa"), (3, 1, 1, 1500, 420, 200, 40, 95, "Bình,"),
             (3, 1, 1, 1720, 420, 200, 40, 95, "ngày")]
    text, geo, _ = data_to_lines(_data(boxes), 2550)
    assert "*" in text.split("\n")


# the signature block of the scanned form of 2815/QĐ-UBND (bench/realdocs_scan.py, page 2, 2480 px wide): a speck
# far left of the authority's line, read "+*"; the row was one line "+* KT. CHỦ TỊCH" and the authority was lost
_SIGNATURE = [
    (2, 4, 3, 356, 1117, 102, 40, 96, "quan"), (2, 4, 3, 475, 1107, 90, 46, 96, "chịu"),
    (2, 4, 3, 579, 1106, 107, 40, 96, "trách"), (2, 4, 3, 702, 1105, 133, 48, 96, "nhiệm"),
    (2, 4, 3, 850, 1107, 55, 38, 96, "thi"), (2, 4, 3, 920, 1106, 103, 39, 96, "hành"),
    (2, 4, 3, 1039, 1104, 130, 53, 96, "Quyết"), (2, 4, 3, 1184, 1107, 94, 46, 96, "định"),
    (2, 4, 3, 1294, 1106, 112, 50, 96, "này./."),
    (3, 1, 1, 356, 1214, 53, 18, 43, "+*"), (3, 1, 1, 1525, 1216, 85, 38, 95, "KT."),
    (3, 1, 1, 1628, 1205, 116, 48, 95, "CHỦ"), (3, 1, 1, 1758, 1216, 137, 47, 95, "TỊCH"),
    (3, 1, 2, 355, 1283, 70, 33, 96, "Nơi"), (3, 1, 2, 438, 1282, 110, 43, 96, "nhận:"),
    (3, 1, 2, 1511, 1277, 113, 48, 95, "PHÓ"), (3, 1, 2, 1643, 1276, 117, 48, 95, "CHỦ"),
    (3, 1, 2, 1774, 1287, 137, 47, 95, "TỊCH"),
    (3, 1, 3, 356, 1374, 12, 4, 90, "-"), (3, 1, 3, 383, 1355, 80, 33, 96, "Như"),
    (3, 1, 3, 475, 1354, 87, 34, 96, "Điều"), (3, 1, 3, 576, 1357, 32, 37, 96, "4;"),
]


def test_a_speck_far_left_of_the_signers_authority_is_no_part_of_it():
    text, _, _ = data_to_lines(_data(_SIGNATURE), 2480)
    lines = [t for t in text.split("\n") if t]
    assert "KT. CHỦ TỊCH" in lines and "+*" not in text
    assert lines.index("KT. CHỦ TỊCH") < lines.index("PHÓ CHỦ TỊCH")
    assert "- Như Điều 4;" in lines


def test_a_list_dash_far_left_of_its_line_stays():
    boxes = [(1, 1, 1, 356, 1374, 12, 4, 90, "-"), (1, 1, 1, 500, 1355, 80, 33, 96, "Như"),
             (1, 1, 1, 592, 1354, 87, 34, 96, "trên;")]
    assert data_to_lines(_data(boxes), 2480)[0].split("\n")[0] == "- Như trên;"
