"""The header of a 200 dpi scan came out doubled (issue #9, the session 48 newcomer's 234-CD-TTg_scan.pdf):
"CỘNG HÒA HÒA XÃ XÃ HỘI CHỦ CHỦ NGHĨA NGHĨA VIỆT NAM", the issuer "THỦ TƯỚNG CHÍNH PHỦ" lost, where plain
``tesseract -l vie`` read the line once.

The kind (vanban/ocr/mark_columns.py): the issuer's "TƯỚNG" was read with confidence 89 but a box 108 px tall
(the rule under the issuer glued to it), so it passed for a column of item marks read as one tall word; the
strip beside it was read again, and the words of the motto whose middle stood above the tall word's top were kept
as well as their second reading. A confident tall word is a word; and a strip read again replaces every word in
it. The boxes below are written by hand in the shape of that page's header (left column the issuer, right column
the motto, 2592 px wide).
"""

from __future__ import annotations

from PIL import Image

from vanban.ocr.mark_columns import reread_mark_columns, tall_words
from vanban.ocr.tesseract import data_to_lines

# (block, par, line, left, top, width, height, conf, text)
_MOTTO = [
    (1, 1, 1, 1156, 144, 150, 40, 93, "CỘNG"), (1, 1, 1, 1330, 138, 110, 40, 92, "HÒA"), (1, 1, 1, 1467, 138, 70, 40, 91, "XÃ"),
    (1, 1, 1, 1559, 144, 95, 40, 93, "HỘI"), (1, 1, 1, 1679, 138, 110, 40, 92, "CHỦ"), (1, 1, 1, 1811, 138, 170, 40, 92, "NGHĨA"),
    (1, 1, 1, 2009, 144, 120, 40, 93, "VIỆT"), (1, 1, 1, 2154, 150, 115, 40, 93, "NAM"),
    (2, 1, 1, 1407, 217, 90, 40, 94, "Độc"), (2, 1, 1, 1511, 216, 65, 40, 94, "lập"), (2, 1, 1, 1591, 236, 20, 8, 90, "-"),
    (2, 1, 1, 1620, 218, 60, 40, 94, "Tự"), (2, 1, 1, 1698, 217, 55, 40, 94, "do"), (2, 1, 1, 1766, 236, 20, 8, 90, "-"),
    (2, 1, 1, 1798, 217, 115, 40, 94, "Hạnh"), (2, 1, 1, 1928, 216, 110, 40, 94, "phúc"),
]
_ISSUER = [(3, 1, 1, 322, 171, 110, 40, 91, "THỦ"), (3, 1, 1, 667, 175, 180, 40, 88, "CHÍNH"), (3, 1, 1, 871, 175, 110, 40, 90, "PHỦ")]


def _data(boxes) -> dict:
    """``image_to_data``'s dict of the boxes (each word a paragraph's word n)."""
    columns = zip(*boxes)
    keys = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    return dict(zip(keys, map(list, columns)), level=[5] * len(boxes), word_num=list(range(1, len(boxes) + 1)))


def _text(data: dict) -> str:
    return data_to_lines(data, 2592)[0]


def test_a_tall_word_read_confidently_is_a_word_and_nothing_is_read_again():
    boxes = _MOTTO + _ISSUER + [(3, 1, 1, 457, 171, 190, 108, 89, "TƯỚNG")]
    calls = []

    def read_block(strip):
        calls.append(strip.size)
        return _data([(1, 1, 1, 10, 10, 100, 40, 95, "fan")])

    data = _data(boxes)
    assert tall_words(data) == []
    out = reread_mark_columns(Image.new("L", (2592, 3586), 255), data, read_block)
    assert calls == [] and out == data
    assert "TƯỚNG" in _text(out)


def test_a_strip_read_again_replaces_every_word_in_it_so_none_comes_out_twice():
    """An unconfident tall blot beside the header: the motto's words standing above its top ("HÒA", "XÃ",
    "CHỦ", "NGHĨA") lie in the strip read again and give way to the new reading."""
    boxes = _MOTTO + _ISSUER + [(4, 1, 1, 457, 160, 40, 120, 0, "|}¦")]

    def read_block(strip):  # the strip as --psm 6 reads it: the header's lines, each word once
        lines = [["THỦ", "TƯỚNG", "CHÍNH", "PHỦ", "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"],
                 ["Độc", "lập", "-", "Tự", "do", "-", "Hạnh", "phúc"]]
        return _data([(1, 1, n, 20 + 160 * k, 20 + 70 * (n - 1), 120, 40, 92, w)
                      for n, line in enumerate(lines, 1) for k, w in enumerate(line)])

    out = reread_mark_columns(Image.new("L", (2592, 3586), 255), _data(boxes), read_block)
    words = [t for t in out["text"] if t.strip()]
    for w in ("CỘNG", "HÒA", "XÃ", "HỘI", "NGHĨA", "VIỆT", "NAM", "Độc", "phúc", "PHỦ"):
        assert words.count(w) == 1, w
    assert "|}¦" not in words


# --- the issuer a scan garbled, from the symbol's Government code (vanban/extract/code_issuer.py) -------------------
# Headers written by hand in the style of the Government's documents, their issuer line damaged as the newcomer's
# 200 dpi scans read them (or lost); the body is the one the printed symbol's code names.

_VPCP = """\
XĂN TT Tàn: Tu PHÙ                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 512/TB-VPCP                          Hà Nội, ngày 14 tháng 10 năm 2025

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ dự án đường vành đai

Ngày 10 tháng 10 năm 2025, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tiến độ dự án. Văn phòng Chính phủ thông
báo kết luận của Phó Thủ tướng như sau:
1. Bộ Xây dựng hoàn thành hồ sơ điều chỉnh dự án trước ngày 30 tháng 10 năm 2025.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Sơn
"""

_TTG = """\
THỦ TƯỜNG GHỈNH PHỦ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 118/CĐ-TTg                           Hà Nội, ngày 02 tháng 9 năm 2025

CÔNG ĐIỆN
Về việc tập trung ứng phó với bão số 7

THỦ TƯỚNG CHÍNH PHỦ điện:
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển.
Các địa phương khẩn trương triển khai các biện pháp ứng phó với bão.

Nơi nhận:
- Như trên;
- Lưu: VT, NN.
THỦ TƯỚNG

Lê Minh Hải
"""

_CP_LOST = """\
                                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 221/NQ-CP                            Hà Nội, ngày 05 tháng 8 năm 2025

NGHỊ QUYẾT
Về phiên họp Chính phủ thường kỳ tháng 7 năm 2025

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT NGHỊ:
1. Các bộ, cơ quan ngang bộ tập trung thực hiện nhiệm vụ được giao.

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, TH.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Văn Bình
"""


def _fold_issuer(text: str):
    from vanban.extract import extract
    from vanban.text import fold

    ex = extract(text)
    return fold(ex.metadata.issuer or ""), ex.notes


def test_a_garbled_issuer_of_a_government_office_is_the_body_its_symbol_names_with_a_note():
    issuer, notes = _fold_issuer(_VPCP)
    assert issuer == "van phong chinh phu"
    assert any("512/TB-VPCP" in n and "XĂN TT Tàn" in n for n in notes)


def test_an_issuer_a_letter_off_on_a_prime_minister_s_dispatch_is_the_body_its_symbol_names():
    issuer, notes = _fold_issuer(_TTG)
    assert issuer == "thu tuong chinh phu"
    assert any("118/CĐ-TTg" in n for n in notes)


def test_an_issuer_lost_on_a_government_resolution_is_the_body_its_symbol_names():
    issuer, notes = _fold_issuer(_CP_LOST)
    assert issuer == "chinh phu"


def test_an_issuer_read_right_stays_and_gets_no_note_and_a_province_s_code_is_left_alone():
    text = _TTG.replace("THỦ TƯỜNG GHỈNH PHỦ ", "THỦ TƯỚNG CHÍNH PHỦ ")
    issuer, notes = _fold_issuer(text)
    assert issuer == "thu tuong chinh phu" and not any("taken from the symbol" in n for n in notes)
    ubnd = _VPCP.replace("XĂN TT Tàn: Tu PHÙ  ", "ỦY BAN NHÂN DÂN    ").replace("512/TB-VPCP", "512/TB-UBND")
    _, notes = _fold_issuer(ubnd)
    assert not any("taken from the symbol" in n for n in notes)


# --- the "V/v" label with its slash read as a look-alike (vanban/structure/vocab.py VV_SLASH) ---------------------

_CV = """\
BỘ TÀI CHÍNH                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 20415/BTC-CT                         Hà Nội, ngày 03 tháng 12 năm 2025
{vv} Hướng dẫn quyết toán thuế thu nhập
cá nhân năm 2025

Kính gửi: Thuế các tỉnh, thành phố trực thuộc Trung ương.

Bộ Tài chính hướng dẫn việc quyết toán thuế thu nhập cá nhân năm 2025 như sau.

Nơi nhận:
- Như trên;
- Lưu: VT, CT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Cao Anh Tuấn
"""


def test_a_v_v_label_with_a_look_alike_slash_opens_the_trich_yeu():
    from vanban.extract import extract

    for vv in ("V⁄w", "V⁄v", "V∕v", "V／v:", "V/v"):
        meta = extract(_CV.format(vv=vv)).metadata
        assert meta.type == "Công văn", vv
        assert meta.title == "Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025", vv


# --- a level's marker whose stop a scan lost, its space kept (vanban/structure/vocab.py GLUED_LEVEL_RE) ------------

def test_a_delegation_marker_without_its_stop_is_a_level_of_its_own():
    from vanban.extract import extract

    meta = extract(_CP_LOST.replace("KT. THỦ TƯỚNG", "KT THỦ TƯỚNG")).metadata
    assert (meta.signer_authority, meta.signer_delegation, meta.signer_title, meta.signer_name) == (
        "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Văn Bình")
    ubnd = """\
ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN PHÚ                                 Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND                           Tân Phú, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2026

1. Các thôn tổ chức tiêm phòng cho đàn gia súc trước ngày 30/4/2026.

Nơi nhận:
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Thị Hoa
"""
    meta = extract(ubnd).metadata
    assert (meta.signer_authority, meta.signer_delegation, meta.signer_title, meta.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa")
