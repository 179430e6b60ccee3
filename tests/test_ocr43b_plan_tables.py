"""Tables of figures per row as legacy OCR prints them (ocr43b, session 43: vanban/structure/plan_tables.py,
vanban/extract/plan_cells.py).

Kinds: a pipe table's delimiter row read as a scrap of one or two short tokens ("I-----}-", "bbb") right under its
header, and a blank line printed between its rows (each printed row a paragraph to Tesseract): the plan-table reader
ended the table at its header, and every count and level of a prize table was lost; a level head whose words OCR
misread but whose brackets still print money per the thing a count column beside it hands out ("(đồng/giải)" beside
"Số giải"): read as the level per prize, as "Mức thưởng (đồng/giải)" is. Two tables one under the other, each with its
own header and delimiter row, stay two. The documents are written for these tests; the expected values follow
``../shared/realdocs/labeled/README.md``.
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract
from vanban.ingest.md_pipe_tables import delimiter_scrap
from vanban.structure import structure_of_text
from vanban.structure.plan_tables import PLAN

_DOC = dict(issuer="XÃ HƯNG PHÚ", number=17, date=(4, 6, 2035),
            title="Tổ chức liên hoan văn nghệ quần chúng năm 2035", signer="Trần Văn Lực")

_HEAD = "| Hạng giải | Số giải | Mức thưởng (đồng/giải) | Cộng (đồng) |"
_ROWS = ["| Hạng Nhất | 01 | 2.500.000 | 2.500.000 |",
         "| Hạng Nhì | 02 | 1.200.000 | 2.400.000 |",
         "| Hạng Ba | 04 | 600.000 | 2.400.000 |"]
_WANT = [(1, 1, "giải"), (2500000, 2500000, "đồng/giải"), (2, 2, "giải"), (1200000, 1200000, "đồng/giải"),
         (4, 4, "giải"), (600000, 600000, "đồng/giải")]


def _body(head: str, rule: str, sep: str) -> str:
    return ("III. GIẢI THƯỞNG\n\nGiải dành cho các đội văn nghệ thôn:\n\n" + head + "\n" + rule + sep.join(_ROWS)
            + "\n\nIV. TỔ CHỨC THỰC HIỆN\n\nBan Tổ chức liên hoan chuẩn bị sân khấu.\n")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_a_scrap_for_the_delimiter_row_keeps_the_table():
    """The delimiter row read as one short token right under the header: the rows under it are the table's."""
    assert _t(_body(_HEAD, "I----}-\n", "\n")) == _WANT


def test_a_scrap_and_blank_lines_between_rows_keep_the_table():
    """The delimiter read as letters between blank lines, a blank line between every two rows."""
    assert _t(_body(_HEAD, "ppb\n\n", "\n\n")) == _WANT


def test_a_level_head_misread_still_reads_money_per_prize():
    """"Mức thưởng" misread by OCR: the brackets' "đồng/giải" beside "Số giải" still make the column the prize's level."""
    head = _HEAD.replace("Mức thưởng", "Mưc thong")
    assert _t(_body(head, "|---|---|---|---|\n", "\n")) == _WANT


def test_two_tables_parted_by_a_blank_line_stay_two():
    """A second table with its own header and delimiter row after one blank line is no row of the first."""
    body = _body(_HEAD, "|---|---|---|---|\n", "\n").replace(
        "\n\nIV.", "\n\n| Hạng giải | Số giải | Mức thưởng (đồng/giải) | Cộng (đồng) |\n|---|---|---|---|\n"
        "| Hạng Nhất | 02 | 900.000 | 1.800.000 |\n| Hạng Nhì | 03 | 500.000 | 1.500.000 |\n\nIV.")
    plans = [t for t in structure_of_text(body).tables if t.role == PLAN]
    assert [len(t.rows) for t in plans] == [4, 3]


def test_delimiter_scrap_is_a_short_scrap_only():
    assert delimiter_scrap("I-----}-") and delimiter_scrap("bbb")
    assert not delimiter_scrap("| Hạng Nhất | 01 |") and not delimiter_scrap("Ban Tổ chức liên hoan chuẩn bị")


# -- legacy: the per-mille sign's "o" toned by restoration ------------------------------------------------------------

def test_a_toned_per_mille_o_is_kept_as_printed():
    """"%o" glued to a figure is the per-mille sign as eng OCR prints it; restoration's "%ở" is put back to "%o"."""
    from vanban.ocr.stray_marks import per_mille_signs

    assert per_mille_signs("tưới bổ sung khi nồng độ muối từ 2,5%ở trở lên") == \
        "tưới bổ sung khi nồng độ muối từ 2,5%o trở lên"
    assert per_mille_signs("tỷ lệ 5% ở vùng ven biển") == "tỷ lệ 5% ở vùng ven biển"  # a space: a word, left


def test_a_salinity_threshold_read_through_restoration_is_per_mille():
    """The figure with the restored sign reads as a share per thousand, min only ("từ … trở lên")."""
    from vanban.ocr.stray_marks import per_mille_signs

    body = ("II. BIỆN PHÁP\n\n- Trạm bơm Cầu Đôi ngừng bơm vào kênh nội đồng khi độ mặn đo tại cửa cống từ 2,5%ở"
            " trở lên.\n")
    got = [(t.min, t.max, t.unit) for t in extract(make_doc(per_mille_signs(body), **_DOC)).targets]
    assert (2.5, None, "‰") in got


# -- scans: two units-headed tables flowed one under the other --------------------------------------------------------

def test_two_flowed_units_headed_tables_stay_two():
    """A scan runs each pipe table on as a paragraph; the second table's header (its delimiter row run on after its
    names) under its own caption ends the first, so each keeps its rows."""
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    text = ("a) Đội văn nghệ thôn\n\n"
            "| Hạng giải | Số giải | Mức thưởng (đồng/giải) | Cộng (đồng) | |---|---|---|---| | Hạng Nhất |\n"
            "01 | 2.500.000 | 2.500.000 | | Hạng Nhì | 02 | 1.200.000\n| 2.400.000 | | Hạng Ba | 04 | 600.000 | 2.400.000 |\n\n"
            "b) Tiết mục đơn ca\n\n"
            "| Hạng giải | Số giải | Mức thưởng (đồng/giải) | Cộng (đồng) | |---|---|---|---| | Hạng Nhất |\n"
            "02 | 900.000 | 1.800.000 | | Hạng Nhì | 03 | 500.000 |\n1.500.000 |\n\nCác giải được trao tại buổi bế mạc.\n")
    got = [[r[1].text for r in t.rows[1:]] for t in read_flowed_pipe_tables(text)]
    assert got == [["01", "02", "04"], ["02", "03"]]


def test_a_flowed_timetable_by_quarter_keeps_its_rows():
    """A schedule whose time column names quarters and months, run on by a scan, is read row by row (its first cells
    periods, no day), a quarter's I read "1" included."""
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    text = ("III. LỊCH TIẾP XÚC\n\n| Thời gian | Nội dung | Nơi tổ chức | Chủ trì | |---|---|---|---| | Quý\n"
            "1V/2035 (tháng 10) | Vệ sinh môi trường khu dân cư | Nhà văn hóa thôn Đông | Chủ tịch UBND xã | | Quý\n"
            "II/2036 (tháng 4) | Chuyển đổi cây trồng | Hội trường xã | Phó Chủ tịch UBND xã | | Tháng 9/2036 |\n"
            "Cấp nước sạch nông thôn | Nhà văn hóa thôn Tây | Chủ tịch UBND xã |\n\nIV. TỔ CHỨC THỰC HIỆN\n")
    got = [[r[0].text, r[3].text] for t in read_flowed_pipe_tables(text) for r in t.rows[1:]]
    assert got == [["Quý 1V/2035 (tháng 10)", "Chủ tịch UBND xã"], ["Quý II/2036 (tháng 4)", "Phó Chủ tịch UBND xã"],
                   ["Tháng 9/2036", "Chủ tịch UBND xã"]]
