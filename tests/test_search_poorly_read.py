"""A scan OCR read poorly ranks after the well-read copy of the same document (:func:`vanban.archive.ranking.poorly_read`).

Found by the session 18 newcomer: ``vanban search "95%"`` put first the speckled scans of his Nghị quyết (OCR
confidence 70–78, half their words garbled, so their text was short and bm25 favoured it) and the well-read copy
below them. Here the same Nghị quyết is archived twice: as typed (a text file), and as a scan read at confidence
70 whose text kept only a part of the page and garbled the rest (written here as such an OCR prints it).
"""

from __future__ import annotations

import dataclasses
from urllib.parse import quote

import pytest
from site_client import get_json

from vanban.archive.ranking import POORLY_READ, poorly_read
from vanban.archive.search import search

TYPED = """\
HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ                                  Độc lập - Tự do - Hạnh phúc

Số: 27/NQ-HĐND                        An Phú, ngày 09 tháng 12 năm 2026

NGHỊ QUYẾT
Về các chỉ tiêu phát triển kinh tế - xã hội năm 2027

HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ
KHÓA I, KỲ HỌP THỨ TƯ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét Tờ trình số 88/TTr-UBND ngày 01/12/2026 của Ủy ban nhân dân xã; Báo cáo thẩm tra của Ban Kinh tế - Xã hội.

QUYẾT NGHỊ:

Điều 1. Thông qua các chỉ tiêu phát triển kinh tế - xã hội năm 2027:
1. Tốc độ tăng trưởng giá trị sản xuất đạt 8,5%.
2. Thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm.
3. Tỷ lệ hộ nghèo giảm còn dưới 1,5%.
4. Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.
5. Tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.

Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này; báo cáo kết quả tại kỳ họp cuối năm 2027.

Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027./.

Nơi nhận:                                                CHỦ TỊCH
- TT HĐND huyện;
- Lưu: VT.
                                                         Trần Văn Nam
"""

GARBLED = """\
-HỘT. ĐỒNG - NHẬN - DÂN - hnA ƯẾn Tớ. _" CỘNG HÒA XÃ. HỘI. CHỦ 'NGHĨA. VIỆT "NAM
` # AN. _PHỦ - Quê " _ ĐỘC. Lập - TỰ do. - _ Hạnh: phúc .
Số. 27/NQ- "`" _._ An Phú, } tHỤ Sẽ ng 1 T206)
.. QUYẾT, Hà ¬ ¬¬
¬.- Tỷ TỶ. Lệ lệ hộ người. nghèo dân. giảm tham: còn gia dưới bảo: hiểm 1,5%. Y. tế đạt trên 95%.
Tỷ. lệ hộ gia : đình sử. dụng nước sạch đạt 95%.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from vanban.archive import Archive
    from vanban.conveyor import process_file

    folder = tmp_path_factory.mktemp("poorly-read")
    (folder / "27-NQ-HDND.txt").write_text(TYPED, encoding="utf-8")
    (folder / "27-NQ-HDND-scan.txt").write_text(GARBLED, encoding="utf-8")
    typed = process_file(folder / "27-NQ-HDND.txt", jobs=1)
    scan = process_file(folder / "27-NQ-HDND-scan.txt", jobs=1)
    scan = dataclasses.replace(scan, pages=tuple(dataclasses.replace(p, method="image-ocr", confidence=70.0)
                                                  for p in scan.pages))  # as the scan's OCR read it
    path = folder / "archive.db"
    archive = Archive(path)
    try:
        archive.store(scan)  # the scan first: stored first, nothing else favours the typed copy
        archive.store(typed)
    finally:
        archive.close()
    return path


@pytest.fixture(scope="module")
def site(db):
    from vanban.web.server import datasette_app

    return datasette_app(db)


@pytest.mark.parametrize("query", ["95%", "nuoc sach dat 95%", "ty le ho ngheo"])
def test_the_well_read_copy_ranks_before_the_poorly_read_scan(db, site, query):
    hits = search(db, query)
    assert [h.file for h in hits] == ["27-NQ-HDND.txt", "27-NQ-HDND-scan.txt"], query
    rows = get_json(site, f"/archive/tim_kiem.json?q={quote(query)}&_shape=array")
    assert [r["tep"].split(" ")[0] for r in rows] == ["27-NQ-HDND.txt", "27-NQ-HDND-scan.txt"], query


def test_only_a_low_ocr_confidence_is_poorly_read():
    assert poorly_read(None) == 0.0  # a text layer
    assert poorly_read(92.0) == 0.0  # a scan read well
    assert poorly_read(70.0) > 0.0
    assert poorly_read(POORLY_READ - 0.1) > 0.0 and poorly_read(POORLY_READ) == 0.0
