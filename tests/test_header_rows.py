"""A task table whose header is not its first row (issue #9, tables): vanban.structure.header_rows.

Kinds, each with rows I wrote by reading the real tables of 179-KH-UBND's appendix (Đồng Nai, Kế hoạch phát triển kinh
tế số và xã hội số 2026–2030, copied into tests/fixtures/realdocs): its parts B and C open with group rows ("C" /
"CÁC GIẢI PHÁP …", "I" / "Tổ chức, bộ máy, mạng lưới"), print the header again under each roman group, and the header
names five columns over rows of six (no "STT"):

* the header row found under the group rows, moved to row 0, the group rows kept as rows;
* a header printed again inside the table is no row;
* a header one name short is moved one column right (Markdown, plain text), or its first name, a cell merged over
  the number column and the task column, moved to the task column (DOCX, OCR boxes);
* a table with no row of column names anywhere stays as it is, and so does one whose header is row 0 already;
* the clerk's reading: each task row of 179-KH-UBND's tables B and C has its lead body (Đơn vị thực hiện) and its
  Thời gian ("2025": by the end of 2025; "2026 - 2030": the running period, no due date).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from vanban.models import LineGeometry, Page, Table, TableCell
from vanban.structure.header_rows import headed, names_columns

ROOT = Path(__file__).resolve().parents[1]
PLAN_179 = ROOT / "tests/fixtures/realdocs/179-KH-UBND.md"
KSTCN = "Sở Khoa học và Công nghệ"
ALL = "Các sở, ban, ngành; UBND các phường, xã"
KIEN_TOAN = "Kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"
TO_CNS = "Tổ chức các Tổ công nghệ số cộng đồng đến từng thôn, tổ dân phố"
HOP_TAC = ("Hợp tác giữa cơ quan nhà nước và doanh nghiệp nền tảng số trong việc tuyên truyền, phổ biến, tập huấn kỹ "
           "năng số cho người dân")
NAMES = ("Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra")
# part C of the appendix as I read it: rows of six cells, the header printed with five names
PART_C = [("C", "CÁC GIẢI PHÁP PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
          ("I", "Tổ chức, bộ máy, mạng lưới"),
          NAMES,
          ("1.1", KIEN_TOAN, KSTCN, ALL, "2025", "Quyết định"),
          ("1.2", TO_CNS, "Sở Khoa học và Công nghệ; UBND các phường xã", ALL, "2026-2030", "Kế hoạch"),
          ("II", "Hợp tác về phát triển kinh tế số, xã hội số"),
          NAMES,
          ("2.1", HOP_TAC, KSTCN, ALL, "2026-2030", "Kế hoạch")]


def _table(rows, width=6, header=()) -> Table:
    out, at = [], 0
    for row in rows:
        cells = []
        for text in tuple(row) + ("",) * (width - len(row)):
            cells.append(TableCell(text, at, at + len(text)))
            at += len(text) + 1
        out.append(tuple(cells))
    return Table(0, at, tuple(out), header)


def _texts(t: Table) -> list[list[str]]:
    return [[c.text for c in r] for r in t.rows]


def test_the_header_under_group_rows_one_name_short():
    t = headed(_table(PART_C))
    assert t.header == ("",) + NAMES
    rows = _texts(t)
    assert [r[0] for r in rows] == ["", "C", "I", "1.1", "1.2", "II", "2.1"]  # the header printed again: no row
    assert rows[3][1:5] == [KIEN_TOAN, KSTCN, ALL, "2025"]
    assert t.header.index("Đơn vị thực hiện") == 2 and t.header.index("Thời gian thực hiện") == 4


def test_a_header_name_merged_over_the_number_column():
    # DOCX and OCR boxes: "Nội dung" spans the number column and the task column; the grid puts it in the first
    merged = [r if r is not NAMES else ("Nội dung", "") + NAMES[1:] for r in PART_C]
    t = headed(_table(merged))
    assert t.header == ("",) + NAMES
    assert len(t.rows) == 7


def test_a_header_printed_again_under_a_header_in_row_0():
    # part A: "STT | Nhiệm vụ, giải pháp | …" in row 0; a new part printing it again (my own rows in that layout)
    head = ("STT", "Nhiệm vụ, giải pháp") + NAMES[1:]
    rows = [head, ("A", "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
            ("1.1", "Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp luật", "Sở Tư pháp", ALL, "2026 - 2030",
             "Các cơ chế, chính sách"),
            head,
            ("2.1", "Triển khai hạ tầng số và hạ tầng bưu chính", KSTCN, ALL, "2026 - 2030", "Chiến lược và Kế hoạch")]
    t = headed(_table(rows, header=head))
    assert t.header == head
    assert [r[0] for r in _texts(t)] == ["STT", "A", "1.1", "2.1"]


def test_tables_without_a_header_row_stay():
    # a quota table by unit and a list of bodies: no row names the columns
    quota = _table([("1", "Phường Trấn Biên", "120"), ("2", "Phường Biên Hòa", "95"), ("3", "Xã Long Thành", "60")],
                   width=3)
    assert headed(quota) is quota
    # a row of tasks that uses column words in its text is no header ("Đơn vị thực hiện báo cáo kết quả …")
    assert not names_columns(_table([("1", "Nội dung tuyên truyền về chuyển đổi số năm 2026", KSTCN,
                                      "Thời gian thực hiện trước ngày 30/6/2026")], width=4).rows[0])
    # a group row alone ("I" / "Tổ chức, bộ máy, mạng lưới") is no header either
    assert not names_columns(_table([PART_C[1]]).rows[0])


def _docx_179c(path: Path, merged: bool) -> Path:
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 179/KH-UBND", "Đồng Nai, ngày 18 tháng 11 năm 2025", "",
                 "KẾ HOẠCH", "Phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030", ""):
        d.add_paragraph(line)
    t = d.add_table(rows=len(PART_C), cols=6)
    t.style = "Table Grid"
    for r, row in enumerate(PART_C):
        cells = (row[0], "") + row[1:] if merged and row is NAMES else row
        for c, text in enumerate(cells):
            if text:
                t.cell(r, c).text = text
        if len(row) == 2:
            t.cell(r, 1).merge(t.cell(r, 5))  # a group row: its name one merged cell
        elif merged and row is NAMES:
            t.cell(r, 0).merge(t.cell(r, 1))
    for line in ("", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Phúc"):
        d.add_paragraph(line)
    out = path / ("kh179c-merged.docx" if merged else "kh179c.docx")
    d.save(out)
    return out


@pytest.mark.parametrize("merged", [True, False])
def test_docx_rows_under_a_header_after_group_rows(tmp_path: Path, merged: bool):
    from vanban.conveyor import process_file

    doc = process_file(_docx_179c(tmp_path, merged), jobs=1)
    rows = {o.what[:30]: (o.who, o.deadline.latest if o.deadline else None) for o in doc.extraction.obligations}
    assert rows[KIEN_TOAN[:30]] == (KSTCN, "2025-12-31")
    assert rows[TO_CNS[:30]][1] is None  # "2026-2030" under "Thời gian thực hiện": a running period
    assert rows[HOP_TAC[:30]] == (KSTCN, None)


def test_ocr_boxes_rows_under_a_header_one_name_short():
    # a scanned page's grid: the cells of the rows in their columns, the header's names in the first five
    lines, geos = ["PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"], [LineGeometry(), LineGeometry()]
    for r, row in enumerate(PART_C):
        for c, text in enumerate(row):
            lines.append(text)
            geos.append(LineGeometry(table=0, row=r, col=c))
    text = "\n".join(lines)
    from vanban.extract import extract
    from vanban.structure import build_structure

    st = build_structure([Page(1, "ocr", text, text, lines=tuple(geos))])
    (t,) = [t for t in st.tables if t.role == "data"]
    assert t.header == ("",) + NAMES
    obs = {o.what[:30]: o.who for o in extract(text, structure=st).obligations}
    assert obs[KIEN_TOAN[:30]] == KSTCN and obs[HOP_TAC[:30]] == KSTCN


@pytest.fixture(scope="module")
def plan179():
    from vanban.conveyor import process_file

    return process_file(PLAN_179, jobs=1)


def test_markdown_179_parts_b_and_c_have_their_header(plan179):
    tables = [t for t in plan179.extraction.structure.tables if t.role == "data" and t.in_appendix]
    assert len(tables) == 3
    for t in tables[1:]:
        assert t.header == ("",) + NAMES
    rows = [[c.text for c in r] for t in tables[1:] for r in t.rows[1:]]
    assert not any(r[1] == "Nội dung" or r[0] == "Nội dung" for r in rows)  # the header printed again: no row
    # 6.1 of part B, right under a header printed again, is a row of its own (it was glued to the header's cells)
    row61 = next(r for r in rows if r[0] == "6.1")
    assert row61[2] == "Sở Văn hóa, Thể thao và Du lịch" and row61[4] == "2026 - 2030"


def test_markdown_179_task_rows_as_a_clerk_reads_them(plan179):
    obs = plan179.extraction.obligations

    def of(words):
        return [o for o in obs if " ".join(o.what.split()).startswith(words)]

    (kien_toan,) = of("Kiện toàn Ban Chỉ đạo về phát triển khoa học, Công nghệ")
    assert kien_toan.who == KSTCN and kien_toan.deadline.latest == "2025-12-31"
    assert "Các sở, ban, ngành" in (kien_toan.partners or "")
    (nong_san,) = of("Xây dựng nền tảng giao dịch nông sản chủ lực")  # B I 1.8
    assert nong_san.who == "Sở Nông nghiệp và Môi trường" and nong_san.deadline is None
    (benh_an,) = of("Triển khai hồ sơ bệnh án điện tử")  # B II 2.3
    assert benh_an.who == "Sở Y tế"
    (kinh_phi,) = of("Huy động tối đa các nguồn kinh phí để thực hiện Kế hoạch này")  # C V 5.1
    assert kinh_phi.who == "Sở Tài chính"


def test_markdown_179_a_row_is_cited_under_its_group(plan179):
    # the checklist cites a row under the group row above it; part C's "I" / "Tổ chức, bộ máy, mạng lưới" is printed
    # above the header, and part B's "II" / "Phát triển kinh tế số, xã hội số trong lĩnh vực y tế" wraps over two lines
    from vanban.export import PlanPlaces

    places = PlanPlaces.of_document(plan179)

    def place(words):
        (o,) = [o for o in plan179.extraction.obligations if " ".join(o.what.split()).startswith(words)]
        return places.place(o.span.start, o.span.end, o.what)

    kien_toan = place("Kiện toàn Ban Chỉ đạo về phát triển khoa học, Công nghệ")
    assert kien_toan.heading == "Tổ chức, bộ máy, mạng lưới" and kien_toan.table_row == "1.1"
    benh_an = place("Triển khai hồ sơ bệnh án điện tử")
    assert benh_an.heading.startswith("Phát triển kinh tế số, xã hội số trong") and benh_an.table_row == "2.3"


def test_plain_text_pipe_table_one_name_short():
    # part C copied into a .txt as a Markdown pipe table: its first row (a group row) stands over the delimiter row,
    # the header under the group rows names five columns over rows of six, and is printed again under "II"
    from vanban.extract import extract
    from vanban.structure import structure_of_text

    lines = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 179/KH-UBND", "Đồng Nai, ngày 18 tháng 11 năm 2025", "",
             "KẾ HOẠCH", "Phát triển kinh tế số và xã hội số giai đoạn 2026 - 2030", ""]
    for k, row in enumerate(PART_C):
        lines.append("| " + " | ".join(tuple(row) + ("",) * (6 - len(row))) + " |")
        if k == 0:
            lines.append("|---|---|---|---|---|---|")
    text = "\n".join(lines + ["", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Phúc", ""])
    st = structure_of_text(text)
    (t,) = [t for t in st.tables if t.role == "data"]
    assert t.header == ("",) + NAMES
    assert [r[0].text for r in t.rows[1:]] == ["1.1", "1.2", "II", "2.1"]
    assert [c.text for c in t.rows[1]][2:5] == [KSTCN, ALL, "2025"]
    obs = {o.what[:30]: o.who for o in extract(text, structure=st).obligations}
    assert obs[KIEN_TOAN[:30]] == KSTCN and obs[HOP_TAC[:30]] == KSTCN
    assert "Đơn vị thực hiện" not in obs.values()


def test_plain_text_179_group_rows_above_the_header_are_the_tables(tmp_path: Path):
    # md2plain's text of 179-KH-UBND (each "|" line blank): parts B and C open with their group rows above the
    # header; the stacked reader read them as the last rows of the table before. They are the next table's rows now,
    # and its first task rows are cited under them.
    from vanban.conveyor import process_file
    from vanban.export import PlanPlaces

    raw = PLAN_179.read_text(encoding="utf-8").replace("**", "")
    plain = tmp_path / "179-KH-UBND.txt"
    plain.write_text("\n".join("" if ln.strip() == "|" else ln for ln in raw.split("\n")), encoding="utf-8")
    doc = process_file(plain, jobs=1)
    tables = [t for t in doc.extraction.structure.tables if t.role == "data"]
    assert [t.rows[1][0].text for t in tables] == ["A", "B", "C"]
    assert [r[0].text for r in tables[2].rows[1:4]] == ["C", "I", "1.1"]
    assert tables[0].rows[-1][0].text == "9.5"  # part A ends at its last row, not at "B"
    places = PlanPlaces.of_document(doc)
    (o,) = [o for o in doc.extraction.obligations if o.what.startswith("Kiện toàn Ban Chỉ đạo")]
    assert places.place(o.span.start, o.span.end, o.what).heading == "Tổ chức, bộ máy, mạng lưới"
    assert o.who == KSTCN and o.deadline.latest == "2025-12-31"
