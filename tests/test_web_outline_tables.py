"""The document page's Bố cục lists each table of the document in its place (``text_anchors.outline_entries``,
``outline_appendices``).

Found in session 23 by a newcomer: the outline beside the checklist showed the parts and no table, though the
structure holds them (617-KH-UBND's Phụ lục task table, 144-KH-UBND's indicator table, a quota table). Each table is
listed where it is printed — inside the body item that holds it, or under its Phụ lục — with its role, its row count,
its columns and, for a quota table, its caption. The plan below is written for this test in a Sở's style, with a
task table in item II; the quota plan is the legacy text of ``test_figure_tables`` (written there); the expected
values are read off the tables as printed. Real parts: the conveyor, SQLite, Datasette's own test client."""

from __future__ import annotations

import html
import re

from site_client import get

from test_figure_tables import _QUOTA_LEGACY
from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.outline import outline, table_kind
from vanban.web.server import datasette_app

PLAN = """UBND TỈNH QUẢNG TRỊ
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 88/KH-SNNMT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 12 tháng 3 năm 2027

KẾ HOẠCH

Phòng, chống thiên tai năm 2027

I. MỤC ĐÍCH, YÊU CẦU

1. Chủ động phòng ngừa, ứng phó kịp thời với thiên tai, giảm thiểu thiệt hại về người và tài sản.

II. NHIỆM VỤ CỤ THỂ

1. Các đơn vị thực hiện các nhiệm vụ sau:

| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát phương án ứng phó thiên tai | Chi cục Thủy lợi | UBND các xã | Trước ngày 30/4/2027 |
| 2 | Kiểm tra an toàn hồ chứa trước mùa mưa lũ | Chi cục Thủy lợi | Công ty TNHH MTV Quản lý khai thác công trình thủy lợi | Tháng 8/2027 |
| 3 | Tập huấn kỹ năng cứu hộ, cứu nạn | Văn phòng Sở | Các phòng chuyên môn | Quý III/2027 |

2. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2027.

III. TỔ CHỨC THỰC HIỆN

Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm triển khai Kế hoạch này./.

GIÁM ĐỐC

Lê Văn Bình
"""


def _page(tmp_path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(process_file(tmp_path / name, jobs=1))
    return get(datasette_app(db), f"/archive/documents/{doc_id}").text


def _aside(tmp_path, name: str, text: str) -> str:
    page = _page(tmp_path, name, text)
    return page[page.index('<aside class="vb-outline">'):page.index("</aside>")]


def _words(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_a_task_table_is_listed_inside_the_item_that_holds_it(tmp_path):
    page = _page(tmp_path, "88-KH-SNNMT.md", PLAN)
    aside = page[page.index('<aside class="vb-outline">'):page.index("</aside>")]
    (table,) = re.findall(r'<li class="table">(.*?)</li>', aside, re.S)
    words = _words(table)
    # named by what it is, and counted as the JSON counts it: the header row and three tasks, said so (session 24)
    assert words.startswith("Bảng nhiệm vụ (4 dòng, gồm 1 dòng tiêu đề)"), words
    (table_json,) = [t for t in extract(PLAN).structure.tables if t.role == "data"]
    assert len(table_json.rows) == 4 and outline(extract(PLAN).structure)["tables"][-1]["rows"] == 4
    assert ("Cột: TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành") in words
    # in its place: inside item II.1, before item II.2 and before III
    where = aside.index('<li class="table">')
    assert aside.index("NHIỆM VỤ CỤ THỂ") < aside.index("Các đơn vị thực hiện") < where
    assert where < aside.index("Văn phòng Sở tổng hợp") < aside.index("TỔ CHỨC THỰC HIỆN")
    # the link goes to an anchor of the page's text where the table is printed
    anchor = re.search(r'href="#(vt-\d+)"', table).group(1)
    at = re.search(rf'id="{anchor}"[^>]*>([^<]*)', page)
    assert at and html.unescape(at.group(1)).split()[:3] == ["TT", "Nội", "dung"]  # the table starts at its header


def test_a_quota_table_after_the_signature_is_listed_under_its_appendix_with_its_caption(tmp_path):
    aside = _aside(tmp_path, "12-KH-HPN.txt", _QUOTA_LEGACY)
    tables = [_words(t) for t in re.findall(r'<li class="table">(.*?)</li>', aside, re.S)]
    (quota,) = [t for t in tables if t.startswith("Bảng giao chỉ tiêu")]
    assert "CHỈ TIÊU GIAO CÁC CHI HỘI NĂM 2027" in quota
    assert "(4 dòng, gồm 1 dòng tiêu đề)" in quota  # the header, Chi hội thôn Đông, Chi hội Khu 3, Chi hội thôn Hạ
    assert "Đơn vị" in quota and "Quỹ hội viên (triệu đồng)" in quota
    assert aside.index("Chữ ký") < aside.index('<li class="table">')  # after the signature, with the appendix


def test_a_table_is_named_by_its_columns():
    """Column headers as printed in task and indicator tables (617/KH-UBND's Phụ lục; a Chương trình's indicators)."""
    assert table_kind(["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]) == "tasks"
    assert table_kind(["TT", "Nội dung công việc", "Thời hạn"]) == "tasks"
    assert table_kind(["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2027", "Năm 2028"]) == "targets"
    assert table_kind(["STT", "Tên thủ tục hành chính", "Cơ quan thực hiện"]) is None
    assert table_kind(["STT", "Họ và tên", "Chức vụ"]) is None
    assert table_kind([]) is None
