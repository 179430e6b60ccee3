"""(scan48, issue #9) A deputy's title wrapped after its "PHÓ", the rest of it read on one line with the name.

Kind: a three-level signature the page (or a scan's reading of it) runs on across the block's width, wrapping inside
the deputy's own title: "TL. CỤC TRƯỞNG KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ PHÓ" / "TRƯỞNG BAN Bùi Văn Kiên" (37689/TB-CHQ
as bench/realdocs_scan.py's scan reads it: the name was "TRƯỞNG BAN Bùi Văn Kiên", no title). The capitals before
the name finish the title "PHÓ" opened; the level keeps its own words. Second form: a UBND's block in the same
layout (2533/QĐ-UBND's levels and names, ../shared/realdocs/docs).
"""

from signature_rows import read_rows
from vanban.models import LineGeometry

ROW = LineGeometry(x0=0.10, x1=0.90)


def test_37689_tl_kt_and_the_deputy_title_wrapped():
    sig, items = read_rows([
        ("Nơi nhận: - Chi cục Kiểm định hải quan; - Lưu: VT, NVTHQ-PL-Uyên (3b).", ROW),
        ("", LineGeometry()),
        ("TL. CỤC TRƯỞNG KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ PHÓ", ROW),
        ("TRƯỞNG BAN Bùi Văn Kiên", LineGeometry(x0=0.10, x1=0.40)),
    ], "image-ocr")
    assert sig.levels == ("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ")
    assert (sig.title, sig.name) == ("PHÓ TRƯỞNG BAN", "Bùi Văn Kiên")


def test_2533_a_ubnd_deputy_chairman_wrapped_the_same_way():
    sig, _ = read_rows([
        ("Nơi nhận: - Như Điều 3; - Lưu: VT.", ROW),
        ("", LineGeometry()),
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ", ROW),
        ("CHỦ TỊCH Lê Văn Cảnh", LineGeometry(x0=0.10, x1=0.35)),
    ], "image-ocr")
    assert sig.levels == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Lê Văn Cảnh")


def test_a_name_under_a_whole_title_is_left_alone():
    sig, _ = read_rows([
        ("Nơi nhận: - Như Điều 3; - Lưu: VT.", ROW),
        ("", LineGeometry()),
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", ROW),
        ("PHÓ CHỦ TỊCH", LineGeometry(x0=0.60, x1=0.78)),
        ("Lê Văn Cảnh", LineGeometry(x0=0.62, x1=0.76)),
    ], "image-ocr")
    assert (sig.title, sig.name) == ("PHÓ CHỦ TỊCH", "Lê Văn Cảnh")
