"""A Ban Thường vụ's Chương trình công tác năm: its month table with each month's cell merged over the month's rows.

Kind (session 55, cal55): "Tháng | Nội dung | Cơ quan chủ trì chuẩn bị | Cơ quan phối hợp", one month cell
("Tháng 01/2040") spanning the month's two or three rows. The published page writes the rows below the month one cell
short (the month left out), or with the month's cell left empty, or (a converter repeating a merged cell's text, as a
Word file's merged cell is read) with the month again. However written, each month is one deadline over the whole
month and each row one obligation of its lead (chủ trì) body due at the month's end; the Phối hợp column names no body.
vanban read the first row of January alone (the plain text) or shifted every second row's cells one column left (the
Markdown file). The fixture is tune54's t54-10-CTr-HU (an authored document, spent); the expected values are its
labels' (bench/gold/tune54/t54-10-CTr-HU.labels.json), copied here.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text

FIX = Path(__file__).parent / "fixtures" / "work_programme" / "t54-10-CTr-HU.md"

#: the labels' month deadlines (text, earliest, latest): one each
MONTHS = [(f"Tháng {m:02d}/2040", f"2040-{m:02d}-01", f"2040-{m:02d}-{d}")
          for m, d in zip(range(1, 13), (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31))]

#: the labels' row obligations (who, deadline), in the table's order
ROWS = [
    ("Văn phòng Huyện ủy", "2040-01-31"), ("Ủy ban Kiểm tra Huyện ủy", "2040-01-31"),
    ("Ban Tuyên giáo và Dân vận Huyện ủy", "2040-02-29"), ("Ban Tổ chức Huyện ủy", "2040-02-29"),
    ("Văn phòng Huyện ủy", "2040-03-31"), ("UBND huyện", "2040-03-31"),
    ("Ban Tổ chức Huyện ủy", "2040-04-30"), ("UBND huyện", "2040-04-30"),
    ("Ban Tuyên giáo và Dân vận Huyện ủy", "2040-05-31"), ("UBND huyện", "2040-05-31"),
    ("Văn phòng Huyện ủy", "2040-06-30"), ("Ủy ban Kiểm tra Huyện ủy", "2040-06-30"),
    ("UBND huyện", "2040-07-31"),
    ("Đảng ủy Quân sự huyện", "2040-08-31"), ("Đảng ủy Công an huyện", "2040-08-31"),
    ("Văn phòng Huyện ủy", "2040-09-30"), ("UBND huyện", "2040-09-30"),
    ("Ủy ban Kiểm tra Huyện ủy", "2040-10-31"), ("Ban Tổ chức Huyện ủy", "2040-10-31"),
    ("UBND huyện", "2040-11-30"), ("Ban Tổ chức Huyện ủy, Ban Tuyên giáo và Dân vận Huyện ủy", "2040-11-30"),
    ("Văn phòng Huyện ủy", "2040-12-31"), ("Văn phòng Huyện ủy", "2040-12-31"), ("Ban Tổ chức Huyện ủy", "2040-12-31"),
]

_MONTH_LINE = re.compile(r"^Tháng \d\d/2040$")


def _written(how: str) -> str:
    """The fixture's Markdown with each row under a month's first row written ``how``: "short" (as printed: the month
    left out), "empty" (the month's cell a line of spaces) or "repeated" (the month again)."""
    lines = FIX.read_text(encoding="utf-8").split("\n")
    out, month, i = [], None, 0
    while i < len(lines):
        ln = lines[i]
        if _MONTH_LINE.match(ln):
            month = ln
        elif ln.startswith("**III."):
            month = None
        if how != "short" and month and ln == "|" and lines[i + 1] == "|" and lines[i + 2].strip() \
                and not _MONTH_LINE.match(lines[i + 2]):
            out += ["|", "|", " " if how == "empty" else month, "|"]
            i += 2
            continue
        out.append(ln)
        i += 1
    return "\n".join(out)


def _plain(md: str) -> str:
    """The page as copied (``realdocs/md2plain.py``): bold marks dropped, each ``|`` line a blank line."""
    md = md.replace("**", "")
    md = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", md)
    return "\n".join("" if ln.strip() == "|" else ln for ln in md.split("\n"))


def _facts(ext):
    months = Counter((d.text, d.earliest, d.latest) for d in ext.deadlines if _MONTH_LINE.match(d.text or ""))
    rows = [(o.who, o.deadline.latest) for o in ext.obligations
            if o.deadline is not None and _MONTH_LINE.match(o.deadline.text or "")]
    return months, rows


@pytest.mark.parametrize("how", ["short", "empty", "repeated"])
def test_plain_text_month_rows(how):
    text = _plain(_written(how))
    (t,) = [t for t in structure_of_text(text).tables if t.header and t.header[0] == "Tháng"]
    assert len(t.rows) == 1 + len(ROWS)
    assert [r[0].text for r in t.rows[1:3]] == ["Tháng 01/2040", "Tháng 01/2040"]
    assert t.rows[2][1].text.startswith("2. Chương trình kiểm tra, giám sát năm 2040")
    assert t.rows[2][2].text == "Ủy ban Kiểm tra Huyện ủy" and t.rows[2][3].text == "Ban Tổ chức Huyện ủy"
    months, rows = _facts(extract(text))
    assert months == Counter(MONTHS)  # one deadline a month, however often its cell is printed
    assert rows == ROWS  # each row its lead body's, the Phối hợp bodies none


@pytest.mark.parametrize("how", ["short", "empty", "repeated"])
def test_markdown_file_month_rows(how):
    text, geo = markdown_to_text(_written(how))
    st = build_structure([Page(1, "md", text, text, lines=geo)])
    (t,) = [t for t in st.tables if t.header and t.header[0] == "Tháng"]
    assert [r[2].text for r in t.rows[1:]] == [who for who, _ in ROWS]
    months, rows = _facts(extract(text, structure=st))
    assert months == Counter(MONTHS)
    assert rows == ROWS


def test_items_after_the_table_are_no_rows():
    """The standing items right under the last row (the part's heading taken away): "1. Hằng tháng, UBND huyện báo cáo
    …" opens no row of December — the cell after it is a paragraph, never a body's cell."""
    md = _written("short").replace("**III. NHỮNG NỘI DUNG THỰC HIỆN THƯỜNG XUYÊN**\n\n", "")
    text = _plain(md)
    (t,) = [t for t in structure_of_text(text).tables if t.header and t.header[0] == "Tháng"]
    assert len(t.rows) == 1 + len(ROWS)
    obl = [(o.who, o.deadline and o.deadline.latest) for o in extract(text).obligations]
    assert ("UBND huyện", None) in obl  # III.1's standing report, undated
    assert ("Ủy ban Kiểm tra Huyện ủy", None) in obl  # III.2's


@pytest.mark.parametrize("form", ["legacy", "scan"])
def test_ocr_forms_month_rows(form):
    """The same page read by OCR (bench/realdocs_eval.py's forms of t54-10, copied): legacy OCR (Tesseract ``eng`` of
    the rendered page, restored) loses blank lines between cells here and there, so the month's rows open at their
    items' numbers ("1. Triển khai …", "2. Chương trình kiểm tra …"); the scan prints every cell one blank line apart
    and a page break glues February's second row's body ("Ban Tổ chức Huyện ủy") under its task."""
    text = (FIX.parent / f"t54-10-CTr-HU.{form}.txt").read_text(encoding="utf-8")
    (t,) = [t for t in structure_of_text(text).tables if t.header and len(t.header) == 4]
    assert [r[2].text for r in t.rows[1:]] == [who for who, _ in ROWS]
    months, rows = _facts(extract(text, ocr=True))
    assert months == Counter(MONTHS)
    assert rows == ROWS


#: tune54's t54-07-KH-UBND (a phổ cập plan, plain form), its III.3 and the first items of IV, copied
STANDARDS = """3. Các chuẩn phải duy trì và kiểm tra công nhận

- Phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và xóa mù chữ mức độ 2: duy trì đủ các điều kiện về tỷ lệ huy động, hoàn thành chương trình, đội ngũ giáo viên và cơ sở vật chất theo Nghị định số 20/2014/NĐ-CP.

- Phổ cập giáo dục trung học cơ sở: đề nghị UBND huyện kiểm tra, công nhận đạt chuẩn mức độ 3 nếu kết quả tự kiểm tra đạt yêu cầu.

- Hồ sơ đề nghị gồm tờ trình, biên bản tự kiểm tra, báo cáo kết quả, biểu thống kê trích xuất từ Hệ thống và sổ theo dõi. Đoàn kiểm tra của UBND huyện dự kiến làm việc tại xã trong tháng 12/2040.

IV. TỔ CHỨC THỰC HIỆN

1. Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã: chỉ đạo, kiểm tra các trường, các thôn thực hiện Kế hoạch; họp định kỳ mỗi quý một lần.

2. Công chức Văn hóa - Xã hội xã: tham mưu UBND xã kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã, xong trước ngày 15/01/2040; là đầu mối tổng hợp, lưu trữ hồ sơ phổ cập của xã.
"""


def test_standards_heading_names_no_body():
    """"3. Các chuẩn phải duy trì …" is a heading over the standards the xã keeps, no body charged (the labels: 22
    obligations, none of "Các chuẩn"); the bodies of IV stay."""
    obl = [(o.who, o.deadline and o.deadline.latest) for o in extract(STANDARDS).obligations]
    assert obl == [("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã", None), ("Công chức Văn hóa - Xã hội xã", "2040-01-15")]
