"""Rows written one cell short under a merged first cell (a month, a xã), and the bodies and days around them.

Kind (session 56, span56): a table whose first column groups its rows — "Tháng | Nội dung | Cơ quan chủ trì chuẩn bị
| Cơ quan phối hợp" of a Ban Thường vụ's Chương trình công tác năm with the month printed bare ("Tháng 01", the year
said once in the title), "Xã | Đơn vị phụ trách | Thôn phụ trách | Nhiệm vụ trọng tâm" of a Phòng GD&ĐT's phổ cập plan
— merges that cell over the group's rows, and the page writes the rows below it one cell short. vanban read the short
row from the first column (the second school under "Xã", its task under "Thôn phụ trách"), ended the table there, and
read a bare month as no due month. The fixtures are authored54's a54-10-CTr-HU and a54-07-KH-PGDDT (spent at the
start of session 56), with the legacy and scan forms bench/realdocs_eval.py reads of a54-10; the expected values are
their labels' (bench/gold/authored54/*.labels.json), copied here.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from work_programme_gold import A54_10_ROWS
from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text

FIX = Path(__file__).parent / "fixtures" / "span56"

#: a54-10's labels: one deadline a month, the whole month of 2040
MONTHS = Counter((f"Tháng {m:02d}", f"2040-{m:02d}-01", f"2040-{m:02d}-{d}")
                 for m, d in zip(range(1, 13), (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)))

ROWS = A54_10_ROWS

_MONTH = re.compile(r"^Th[aá]ng (?:0[1-9]|1[0-2])$")


def _plain(md: str) -> str:
    """The page as copied (``realdocs/md2plain.py``): bold and italic marks dropped, each ``|`` line a blank line."""
    md = md.replace("**", "")
    md = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", md)
    return "\n".join("" if ln.strip() == "|" else ln for ln in md.split("\n"))


def _months(ext) -> Counter:
    return Counter((d.text, d.earliest, d.latest) for d in ext.deadlines if _MONTH.match(d.text or ""))


def _rows(ext) -> list[tuple[str, str]]:
    return [(o.who, o.deadline.latest) for o in ext.obligations
            if o.deadline is not None and _MONTH.match(o.deadline.text or "")]


def test_bare_month_rows_plain_text():
    text = _plain((FIX / "a54-10-CTr-HU.md").read_text(encoding="utf-8"))
    (t,) = [t for t in structure_of_text(text).tables if t.header and t.header[0] == "Tháng"]
    assert [r[0].text for r in t.rows[1:4]] == ["Tháng 01", "Tháng 01", "Tháng 02"]
    assert [r[2].text for r in t.rows[1:]] == [who for who, _ in ROWS]
    ext = extract(text)
    assert _months(ext) == MONTHS  # "Tháng 12" is December 2040, the title's year, not the signing December
    assert _rows(ext) == ROWS
    # September's "giải pháp hoàn thành chỉ tiêu cả năm 2040" and October's "Nghị quyết số 09-NQ/HU, ngày 15/12/2035"
    # are the goals' year and a cited document's day, no due time of their rows
    assert not [d for d in ext.deadlines if d.text in ("hoàn thành chỉ tiêu cả năm 2040", "ngày 15/12/2035")]


def test_bare_month_rows_markdown_file():
    text, geo = markdown_to_text((FIX / "a54-10-CTr-HU.md").read_text(encoding="utf-8"))
    st = build_structure([Page(1, "md", text, text, lines=geo)])
    (t,) = [t for t in st.tables if t.header and t.header[0] == "Tháng"]
    assert [r[2].text for r in t.rows[1:]] == [who for who, _ in ROWS]  # the short rows' cells under the last columns
    ext = extract(text, structure=st)
    assert _months(ext) == MONTHS
    assert _rows(ext) == ROWS


@pytest.mark.parametrize("form", ["legacy", "scan"])
def test_bare_month_rows_ocr_forms(form):
    """The OCR forms print every cell one blank line apart, the rows' parting lost and no item number opening a row;
    OCR glues a month to its task ("Tháng 04" / "Chuẩn bị nội dung …") or a task to its body here and there, and runs
    July's second row together (legacy). Most rows are read; the labels' months all."""
    text = (FIX / f"a54-10-CTr-HU.{form}.txt").read_text(encoding="utf-8")
    ext = extract(text, ocr=True)
    months = {(d.earliest, d.latest) for d in ext.deadlines if d.earliest and d.latest and d.earliest[:7] == d.latest[:7]
              and d.earliest.endswith("-01") and d.earliest[:4] == "2040"}
    assert months >= {(e, l) for _, e, l in MONTHS}
    got = [(o.who, o.deadline and o.deadline.latest) for o in ext.obligations]
    assert sum(1 for r in ROWS if r in got) >= 22


def test_short_rows_under_a_xa_column():
    """"Xã | Đơn vị phụ trách | Thôn phụ trách | Nhiệm vụ trọng tâm" with Cam Tuyền and Hải Lâm merged over two rows
    each: five rows, one obligation each for its Đơn vị phụ trách (the labels), in the Markdown geometry and the
    plain text alike."""
    md = (FIX / "a54-07-KH-PGDDT.md").read_text(encoding="utf-8")
    schools = ["Trường THCS Cam Tuyền", "Trường Tiểu học Cam Tuyền", "Trường TH&THCS Phong Mỹ", "Trường THCS Hải Lâm",
               "Trường Mầm non Hải Lâm"]
    text, geo = markdown_to_text(md)
    lines = text.split("\n")
    cells = {(g.row, g.col): ln for ln, g in zip(lines, geo) if g.table == 1 and ln.strip()}
    assert [cells[(r, 1)] for r in range(1, 6)] == schools
    assert (2, 0) not in cells and cells[(2, 3)].startswith("Rà soát trẻ em 11 - 14 tuổi")
    plain = _plain(md)
    (t,) = [t for t in structure_of_text(plain).tables if t.header and t.header[0] == "Xã"]
    assert [r[1].text for r in t.rows[1:]] == schools
    assert [r[0].text for r in t.rows[1:]] == ["Cam Tuyền", "Cam Tuyền", "Phong Mỹ", "Hải Lâm", "Hải Lâm"]
    who = [o.who for o in extract(plain).obligations]
    assert all(s in who for s in schools)


def test_lettered_kinds_and_report_window():
    """"2. Nhiệm vụ của các trường" over "a) Các trường mầm non: …" … "d) Trung tâm Giáo dục nghề nghiệp - …: … trước
    ngày 30/9/2040": each item its own body (the labels); and VI.2's "(tháng 9 - tháng 11/2040) báo cáo tiến độ … trước
    ngày 20 hằng tháng" is monthly from 20/9/2040, the window no deadline of its own."""
    ext = extract(_plain((FIX / "a54-07-KH-PGDDT.md").read_text(encoding="utf-8")))
    obl = [(o.who, o.deadline and o.deadline.latest) for o in ext.obligations]
    for item in [("Các trường mầm non", None), ("Các trường tiểu học", None),
                 ("Các trường trung học cơ sở, trường tiểu học và trung học cơ sở", None),
                 ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "2040-09-30"),
                 ("Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở", "2040-09-20")]:
        assert item in obl
    assert ("Các trường", None) not in obl
    (monthly,) = [d for d in ext.deadlines if "hằng tháng" in (d.text or "")]
    assert monthly.date == "2040-09-20" and monthly.recurrence and "MONTHLY" in monthly.recurrence
    assert not [d for d in ext.deadlines if d.text == "tháng 9 - tháng 11/2040"]


def test_word_table_month_merged_down(tmp_path):
    """The same table in a Word file, each month's cell merged down over its rows (w:vMerge; a54-10's first two
    months, copied): the rows below the month read as the month's, its bare month dated in the title's year."""
    import docx

    from vanban.ingest.docxfile import read_pages

    d = docx.Document()
    for line in ("HUYỆN ỦY YÊN HÀ", "Số 27-CTr/HU", "Yên Hà, ngày 07 tháng 12 năm 2039", "CHƯƠNG TRÌNH",
                 "công tác năm 2040 của Ban Thường vụ Huyện ủy", "II. CHƯƠNG TRÌNH CÔNG TÁC CỤ THỂ"):
        d.add_paragraph(line)
    rows = [("Tháng", "Nội dung", "Cơ quan chủ trì chuẩn bị", "Cơ quan phối hợp"),
            ("Tháng 01", "Cho ý kiến Kế hoạch kiểm tra, giám sát năm 2040 của Ban Chấp hành, Ban Thường vụ Huyện ủy",
             "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy"),
            (None, "Cho ý kiến phương án tổ chức Tết Nguyên đán Canh Thân năm 2040; bảo đảm an ninh, trật tự trong "
             "dịp Tết", "Ủy ban nhân dân huyện", "Công an huyện, Ban Chỉ huy Quân sự huyện"),
            ("Tháng 02", "Nghe báo cáo kết quả tổ chức Tết và công tác tuyển chọn, gọi công dân nhập ngũ năm 2040",
             "Ban Chỉ huy Quân sự huyện", "Công an huyện, Ủy ban nhân dân huyện"),
            (None, "Cho ý kiến Kế hoạch học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương, của Tỉnh ủy",
             "Ban Tuyên giáo và Dân vận Huyện ủy", "Trung tâm Chính trị huyện")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    path = tmp_path / "ctr.docx"
    d.save(path)
    pages = read_pages(path)
    text = "\f".join(p.text for p in pages)
    st = build_structure([Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in pages])
    ext = extract(text, structure=st)
    assert _months(ext) == Counter({k: 1 for k in MONTHS if k[0] in ("Tháng 01", "Tháng 02")})
    assert _rows(ext) == ROWS[:4]
