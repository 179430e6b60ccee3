"""Ruled tables on scans (scan51, issue #9 on scans): a header drawn as a ruled box keeps its number, place and
date; a ruled Phụ lục task table keeps its rows' owners.

The kind: an office's Word file keeps its tables' borders — the header (issuer | motto over số | place and date),
the Phụ lục's task table. Scanned, the rule a few pixels above a line of a cell was taken into that line by
Tesseract's page layout: "Số: 61/2025/TT-BCT    Hà Nội, ngày 02 tháng 12 năm 2025" came out "Sốõ6l205IIBƠT |
|HàNội ngày02thángl2năm2025", and the number, place and date were lost on the six real documents session 50's
newcomer scanned so (61/2025/TT-BCT, 66/2025/NQ-HĐND, 144/KH-UBND, 1498/QĐ-UBND, 637/TB-VPCP, 09/CT-UBND); a
task table's cells came out with the rule read as a quote or a bar glued to the owner ("'Sở Khoa học và Công
nghệ", "_|Sở"), or a word beside the rule lost ("đoàn" for "Tỉnh đoàn"). Such cells are now read again alone, their
rules wiped (:mod:`vanban.ocr.ruled_cells`).

The newcomer's scan of 61/2025/TT-BCT's header (a crop, tests/fixtures/scan51/) lost place and date before; the
header boxes drawn here with Pillow read right before too (Tesseract's line finding on the LibreOffice page is
not reproduced), and stay right. Pages drawn here (tests/fixtures/ruled_scan.py, the newcomer's recipe), read by
the real Tesseract. The first drawn header is 61/2025/TT-BCT's own (../shared/realdocs/docs/61-2025-TT-BCT.md); the second is written here in a xã's
style. The task table's rows are 144/KH-UBND's Phụ lục (../shared/realdocs/docs/144-KH-UBND.md), their owners as
the document prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.ruled_scan import draw_lines, draw_table, page, scanned  # noqa: E402

from vanban.conveyor import process_file  # noqa: E402

MOTTO = [("bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("bold", "Độc lập - Tự do - Hạnh phúc")]


def _header_scan(tmp: Path, issuer: list[tuple[str, str]], number: str, place_date: str,
                 body: list[tuple[str, str]], seed: int) -> Path:
    im, d = page(1000)
    y = draw_table(d, 110, [670, 669], [[issuer, MOTTO], [[("regular", number)], [("italic", place_date)]]])
    draw_lines(d, y + 30, body)
    return scanned(im, tmp / "header.png", seed)


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "scan51"


def test_the_newcomers_ruled_header_box_61_2025_tt_bct():
    """The newcomer's own scan (its header's top, tests/fixtures/scan51/README.md): place and date were lost."""
    meta = process_file(FIXTURES / "61-2025-TT-BCT_header_ruled.jpg", jobs=1).extraction
    assert (meta.metadata.number, meta.metadata.place, meta.metadata.date) == ("61/2025/TT-BCT", "Hà Nội", "2025-12-02")
    assert not any("date" in n for n in meta.notes)


@pytest.mark.parametrize("issuer, number, place_date, body, want", [
    ([("bold", "BỘ CÔNG THƯƠNG")], "Số: 61/2025/TT-BCT", "Hà Nội, ngày 02 tháng 12 năm 2025",
     [("bold", "THÔNG TƯ"),
      ("bold", "Quy định về hạn ngạch thuế quan nhập khẩu để thực hiện Hiệp định Thương mại giữa Chính phủ nước Cộng "
               "hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào giai đoạn 2025 - 2030"),
      ("italic", "Căn cứ Luật Quản lý ngoại thương ngày 12 tháng 6 năm 2017;")],
     ("61/2025/TT-BCT", "Hà Nội", "2025-12-02")),
    ([("bold", "ỦY BAN NHÂN DÂN"), ("bold", "XÃ PHÚC THỊNH")], "Số: 27/KH-UBND", "Phúc Thịnh, ngày 12 tháng 3 năm 2026",
     [("bold", "KẾ HOẠCH"), ("bold", "Triển khai công tác chuyển đổi số trên địa bàn xã năm 2026"),
      ("regular", "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban "
                  "hành Kế hoạch triển khai công tác chuyển đổi số năm 2026 như sau:")],
     ("27/KH-UBND", "Phúc Thịnh", "2026-03-12")),
], ids=["61-2025-TT-BCT", "written-xa"])
def test_a_ruled_header_box_keeps_number_place_and_date(tmp_path, issuer, number, place_date, body, want):
    meta = process_file(_header_scan(tmp_path, issuer, number, place_date, body, seed=len(number)), jobs=1).extraction
    assert (meta.metadata.number, meta.metadata.place, meta.metadata.date) == want
    assert not any("date" in n for n in meta.notes)


#: 144/KH-UBND's Phụ lục, its first rows (TT | Chỉ tiêu | Chủ trì), as the document prints them
ROWS_144 = [
    ("4", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%", "Sở Khoa học và Công nghệ"),
    ("5", "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%.", "Sở Tài chính"),
    ("3", "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%.", "Công an tỉnh"),
    ("6", "Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%", "Tỉnh đoàn"),
    ("8", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%.", "Văn phòng UBND tỉnh"),
    ("10", "Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%.", "Sở Y tế"),
]


def test_a_ruled_task_table_keeps_its_owners_144_kh_ubnd(tmp_path):
    im, d = page(2000)
    y = draw_lines(d, 110, [("bold", "PHỤ LỤC"),
                            ("bold", "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ ĐẾN NĂM 2030"),
                            ("italic", "(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của UBND "
                                       "tỉnh Bắc Ninh)")])
    rows = [[[("bold", "TT")], [("bold", "Chỉ tiêu")], [("bold", "Chủ trì")]]]
    rows += [[[("regular", a)], [("regular", b)], [("regular", c)]] for a, b, c in ROWS_144]
    draw_table(d, y + 20, [100, 620, 619], rows)
    doc = process_file(scanned(im, tmp_path / "phu_luc.png", seed=144), jobs=1)
    got = {(o.who, o.what[:30]) for o in doc.extraction.obligations}
    assert {(who, what[:30]) for _, what, who in ROWS_144} <= got, got
