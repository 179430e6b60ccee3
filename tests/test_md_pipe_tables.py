"""GitHub/CommonMark pipe tables in a Markdown document (vanban.ingest.md_pipe_tables).

A task table written one row per line with a delimiter row under its column names (what
pandoc or an editor writes) was read as one paragraph of ``|``-joined text: one obligation "các
đơn vị" whose task was the whole table. Its rows must be rows, as the same table saved one cell
per line (the published pages' form) is read. Wording is written in the style of a Bộ's công văn
(2315/BNNMT-KHTC style); the expected values are read off the table itself.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.ingest.md_pipe_tables import find_tables, is_delimiter_row, split_row
from vanban.models import Page
from vanban.structure import build_structure

_INTRO = ("Kính gửi:\n\n- Các Cục, Vụ thuộc Bộ.\n\n"
          "Thực hiện Chỉ thị số 14/CT-TTg ngày 20/4/2026 của Thủ tướng Chính phủ, Bộ Nông nghiệp và "
          "Môi trường đề nghị các đơn vị triển khai các nhiệm vụ sau:\n\n")
_OUTRO = "\nĐề nghị các đơn vị khẩn trương thực hiện./.\n"

_PIPES = ("| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành |\n"
          "|---|---|---|---|---|\n"
          "| 1 | Rà soát danh mục dự án chuyển tiếp | Vụ Kế hoạch - Tài chính | Các Cục | Trước ngày 30/6/2026 |\n"
          "| 2 | Lập báo cáo đề xuất chủ trương đầu tư | Cục Thủy lợi | Ban Quản lý các dự án | 31/7/2026 |\n")

# no outer pipes, alignment colons, an escaped pipe inside a cell
_BARE = ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành\n"
         ":-: | :--- | --- | --- | ---:\n"
         "1 | Rà soát danh mục dự án chuyển tiếp \\| nhóm A | Vụ Kế hoạch - Tài chính | Các Cục | Trước ngày 30/6/2026\n"
         "2 | Lập báo cáo đề xuất chủ trương đầu tư | Cục Thủy lợi | | 31/7/2026\n")


def _read(md: str):
    text, geo = markdown_to_text(md)
    return text, build_structure([Page(1, "md", text, text, lines=geo)])


def test_split_row_pipes_escapes():
    assert split_row("| a | b \\| c |  |") == ["a", "b | c", ""]
    assert split_row("a | b") == ["a", "b"]
    assert is_delimiter_row("|:---|---:|:-:|") and is_delimiter_row("--- | ---")
    assert not is_delimiter_row("| - Các Cục | Vụ |") and not is_delimiter_row("-------")


def test_no_table_without_delimiter_row():
    # "Nơi nhận | signature" prose and a line with one "|" are not pipe tables
    assert find_tables(["Số: 12/KH-UBND | Hà Nội", "Về việc triển khai"]) == []


@pytest.mark.parametrize("table", [_PIPES, _BARE], ids=["pipes", "bare"])
def test_pipe_table_rows_are_table_rows(table):
    text, st = _read(_INTRO + table + _OUTRO)
    (t,) = [t for t in st.tables if t.role == "data"]
    rows = [[c.text for c in row] for row in t.rows]
    assert rows[0] == ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
    assert rows[1][2:] == ["Vụ Kế hoạch - Tài chính", "Các Cục", "Trước ngày 30/6/2026"]
    assert rows[2][0] == "2" and rows[2][2] == "Cục Thủy lợi" and rows[2][-1] == "31/7/2026"
    assert "|" not in text.replace("\\|", "").replace(" | nhóm A", "")


@pytest.mark.parametrize("table", [_PIPES, _BARE], ids=["pipes", "bare"])
def test_pipe_table_one_obligation_per_row_with_its_deadline(table):
    text, st = _read(_INTRO + table + _OUTRO)
    got = {(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text, structure=st).obligations}
    assert ("Vụ Kế hoạch - Tài chính", "2026-06-30") in {(w, str(d)) for w, d in got}
    assert ("Cục Thủy lợi", "2026-07-31") in {(w, str(d)) for w, d in got}
    whats = [o.what for o in extract(text, structure=st).obligations]
    assert not any("|" in w for w in whats if "nhóm A" not in w)


def test_atx_headings_are_read_as_the_lines_they_hold():
    """The final newcomer's plan (tests/fixtures/md_tables/ke-hoach-atx-headings.md, written in the usual
    layout): its type line written "# KẾ HOẠCH" and its parts "## I. …" — the type line was not read behind its
    "#", so the trích yếu and the whole signature were lost; "#hashtag" with no space is no heading."""
    from pathlib import Path

    from vanban.conveyor import process_file
    from vanban.ingest.markdown import markdown_to_text

    doc = process_file(Path(__file__).parent / "fixtures" / "md_tables" / "ke-hoach-atx-headings.md")
    m = doc.extraction.metadata
    assert (m.type, m.title) == ("Kế hoạch", "Triển khai chuyển đổi số trên địa bàn xã năm 2026")
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình")
    assert [o.who for o in doc.extraction.obligations][:4] == [
        "Công an xã", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế"]
    text, _ = markdown_to_text("## II. NHIỆM VỤ ##\n#hashtag\n")
    assert text.split("\n")[:2] == ["II. NHIỆM VỤ", "#hashtag"]


def test_a_monthly_cell_before_the_next_row_number_is_no_march():
    """The final newcomer's plan (tests/fixtures/md_tables/ke-hoach-hang-thang.md): its "Hằng tháng" cell, then
    the next row's number "3" on its own line, was read "tháng 3" — a yearly deadline in March for the
    tập huấn row; a date wrapped over a line ("ngày 15 tháng ⏎ 3 năm 2026") still reads."""
    from pathlib import Path

    from vanban.conveyor import process_file

    doc = process_file(Path(__file__).parent / "fixtures" / "md_tables" / "ke-hoach-hang-thang.md")
    assert [d.text for d in doc.extraction.deadlines] == ["Tháng 6/2026", "Năm 2026", "Trước ngày 10/12 hằng năm"]
    from vanban.extract.patterns import MONTH_RE

    assert MONTH_RE.search("hoan thanh trong thang\n3/2026 theo ke hoach").group("m", "y") == ("3", "2026")
    assert MONTH_RE.search("thuc hien thang\n3 nam 2026").group("m") == "3"  # a date wrapped over a line
    assert MONTH_RE.search("hang thang\n3\nxay dung mo hinh") is None
