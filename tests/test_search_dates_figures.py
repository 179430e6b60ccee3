"""A typed date is one phrase and a figure with "%" is no số ký hiệu (a newcomer, session 17).

"15/12/2027" matched as three loose numbers (a document with 15, 12 and 2027 apart ranked with the one due that day);
"92%" put 92-TB/ĐU first by its số ký hiệu though it holds no 92%. Both the Python search and the served ranked
page (``/archive/tim_kiem``) rank alike."""

from __future__ import annotations

import pytest
from site_client import ranked

from vanban.archive import Archive
from vanban.conveyor import process_file

HEAD = ("{issuer}                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số: {number}                  Hải Phòng, ngày 02 tháng 3 năm 2027\n\n{kind}\n{title}\n\n")
DOCS = {
    "due": ("ĐẢNG ỦY XÃ TÂN LẬP", "15-KH/ĐU", "KẾ HOẠCH", "Tổng kết công tác năm 2027",
            "1. Các chi bộ báo cáo kết quả về Đảng ủy trước ngày 15/12/2027.\n"),
    "apart": ("ĐẢNG ỦY XÃ AN BÌNH", "12-KH/ĐU", "KẾ HOẠCH", "Phát triển đảng viên năm 2027",
              "1. Kết nạp 15 đảng viên mới trong năm 2027.\n2. Tổ chức 12 buổi sinh hoạt chuyên đề.\n"),
    "number": ("ĐẢNG ỦY XÃ HÒA BÌNH", "92-TB/ĐU", "THÔNG BÁO", "Kết luận của Thường trực Đảng ủy",
               "Thường trực Đảng ủy đề nghị các chi bộ nâng cao chất lượng sinh hoạt, tỷ lệ hồ sơ đạt 85%.\n"),
    "figure": ("ỦY BAN NHÂN DÂN XÃ PHÚ MỸ", "40/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2027",
               "1. Phấn đấu 92% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dates-figures")
    db = folder / "archive.db"
    ids = {}
    with Archive(db) as a:
        for name, (issuer, number, kind, title, body) in DOCS.items():
            path = folder / f"{name}.txt"
            path.write_text(HEAD.format(issuer=issuer, number=number, kind=kind, title=title) + body, encoding="utf-8")
            ids[a.store(process_file(path, jobs=1))] = name
    return db, ids


def test_a_typed_date_is_one_phrase(archive):
    assert ranked(archive, "15/12/2027") == ["due"]


def test_a_figure_is_no_so_ky_hieu(archive):
    assert ranked(archive, "92%")[0] == "figure"  # 92-TB/ĐU's text holds "Số: 92-TB/ĐU": after, if at all
    assert ranked(archive, "92")[0] == "number"  # a bare number may be the số ký hiệu's
