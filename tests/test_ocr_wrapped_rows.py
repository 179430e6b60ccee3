"""A pipe-table row that the printed page wrapped, read by OCR over several lines, is one row again
(:mod:`vanban.ocr.wrapped_rows`, run by ``correct_text`` on OCR pages). Inputs written here: a task table of a plan
kept as a pipe table in a text file, its rows cut where a narrow page would wrap them; expected values read from
the table."""

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.wrapped_rows import wrapped_rows

TABLE = (
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
    "|---|---|---|---|\n"
    "| 1 | Rà soát quy chế phối hợp giữa Công an\n"
    "phường với các doanh nghiệp | Công an phường | Quý I/2027 |\n"
    "| 2 | Tập huấn nghiệp vụ | Ban Chỉ huy quân sự phường |\n"
    "Quý II/2027 |\n"
    "| 3 | Kiểm tra cơ sở | Trạm Y tế phường | Tháng 9/2027 |\n"
)


def test_row_cut_inside_a_cell_is_joined():
    lines = wrapped_rows(TABLE).split("\n")
    assert lines[2] == ("| 1 | Rà soát quy chế phối hợp giữa Công an phường với các doanh nghiệp "
                        "| Công an phường | Quý I/2027 |")


def test_row_cut_on_a_cell_border_is_joined():
    assert wrapped_rows(TABLE).split("\n")[3] == "| 2 | Tập huấn nghiệp vụ | Ban Chỉ huy quân sự phường | Quý II/2027 |"


def test_whole_rows_and_offsets_hold():
    out = wrapped_rows(TABLE)
    assert len(out) == len(TABLE)
    assert out.split("\n")[4] == "| 3 | Kiểm tra cơ sở | Trạm Y tế phường | Tháng 9/2027 |"


def test_prose_under_an_open_row_is_left():
    # a table typed without closing pipes: no line under it makes a row whole, so nothing is joined
    text = "| TT | Nội dung\n| 1 | Rà soát\nSau đó, các đơn vị báo cáo.\n"
    assert wrapped_rows(text) == text
    # a row with fewer cells than its header, then prose without pipes
    text = "| TT | Nội dung | Đơn vị |\n| 1 | Rà soát |\nCác đơn vị báo cáo.\n"
    assert wrapped_rows(text) == text


def test_wrapped_row_keeps_its_body_and_due_date():
    raw = ("Phan cOng nhiém vu nhu sau:\n\n"
           "| TT | Noi dung | Don vi chu tri | Thoi gian hoan thanh |\n"
           "|---|---|---|---|\n"
           "| 1 | Ra soat, bé sung quy ché phéi hgp giita cac luc lugng trén dia\n"
           "ban phudng | Cong an phudng | Truéc ngay 31/3/2027 |\n"
           "| 2 | Tap huan nghiép vu phong chay | Ban Chi huy quan sy phudng | Quy II/2027 |\n")
    text = correct_text(raw, "image-ocr").text
    ours = [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]
    assert ("Công an phường", "2027-03-31") in ours
