"""Task tables read end to end: a schedule table's date is the deadline of its row's task, and a task table's
"Đơn vị phối hợp" column reaches ``vanban extract --format json``.

* A schedule table without a body column ("STT | Nội dung công việc | Thời gian thực hiện | Ghi chú") gives no
  obligation: its dates are checklist items of their own. Each must say the row's task (not "Tháng 3/2026" again)
  and link to the row, from the task to the date.
* The obligations of a table with "Đơn vị chủ trì | Đơn vị phối hợp" carry their partners in the JSON of
  ``vanban extract`` (they did in the archive and the checklist, not in the JSON).

The tables are written here in the style of a Sở's plan (617-KH-UBND's and 144-KH-UBND's task tables), as the page
copy gives them (cells one blank line apart, rows two, an empty cell a line of spaces: realdocs/md2plain.py) and as
a Word file.
"""

from __future__ import annotations

import datetime as dt
import json

from cli_helpers import run_cli
from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_HEAD = """UBND TỈNH ĐỒNG NAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 118/KH-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đồng Nai, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước trên địa bàn tỉnh.

II. NHIỆM VỤ CỤ THỂ

"""
_TAIL = """
Nơi nhận:
- UBND tỉnh;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Văn Bình
"""
SCHEDULE = [
    ("STT", "Nội dung công việc", "Thời gian thực hiện", "Ghi chú"),
    ("1", "Xây dựng, ban hành Kế hoạch triển khai chuyển đổi số của Sở", "Trước ngày 28/02/2026", ""),
    ("2", "Tổ chức hội nghị quán triệt, triển khai Kế hoạch", "Tháng 3/2026", ""),
    ("3", "Kiểm tra việc thực hiện tại các đơn vị trực thuộc", "Quý III/2026", ""),
    ("4", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Trước ngày 15/12/2026", ""),
]
TASKS = [
    ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp", "Phòng Quản lý công nghệ",
     "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Quý II/2026"),
    ("2", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Trước ngày 15/12/2026"),
]


def _stacked(rows) -> str:
    """The page copy of a table: each cell its paragraph, an empty cell a line of spaces, rows two blank lines apart."""
    return "\n\n\n".join("\n\n".join(c or " " for c in r) for r in rows) + "\n"


def _docx(tmp_path, rows):
    from docx import Document

    doc = Document()
    for line in _HEAD.strip().splitlines():
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            table.cell(i, j).text = c
    for line in _TAIL.strip().splitlines():
        doc.add_paragraph(line)
    path = tmp_path / "ke-hoach.docx"
    doc.save(path)
    return path


def _check(items, text=None):
    got = [(it.what, it.deadline) for it in items]
    assert got == [(r[1], r[2]) for r in SCHEDULE[1:]]
    if text is not None:
        for it, r in zip(items, SCHEDULE[1:]):
            src = text[it.start:it.end]
            assert src.startswith(r[1]) and src.endswith(r[2]), src


def test_schedule_rows_are_the_tasks_that_fall_due():
    text = _HEAD + _stacked(SCHEDULE) + _TAIL
    ext = extract(text)
    assert [(d.what, d.text) for d in ext.deadlines] == [(r[1], r[2]) for r in SCHEDULE[1:]]
    _check(build_checklist(ext, dt.date(2026, 2, 10)), text)


def test_schedule_rows_of_a_docx_in_the_checklist(tmp_path):
    out = run_cli("checklist", str(_docx(tmp_path, SCHEDULE)), "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    items = items["items"] if isinstance(items, dict) else items
    assert [(it["what"], it["deadline"]) for it in items] == [(r[1], r[2]) for r in SCHEDULE[1:]]


def test_partners_in_the_extract_json(tmp_path):
    src = tmp_path / "ke-hoach.txt"
    src.write_text(_HEAD + _stacked(TASKS) + _TAIL, encoding="utf-8")
    for path in (src, _docx(tmp_path, TASKS)):
        out = run_cli("extract", str(path), "--format", "json")
        assert out.returncode == 0, out.stderr
        obs = json.loads(out.stdout)["obligations"]
        assert [(o["who"], o["partners"]) for o in obs] == [(r[2], r[3]) for r in TASKS[1:]], path.suffix


# --- a due cell that names only its period ----------------------------------------------------------------------

PERIODIC = [
    ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
    ("1", "Báo cáo tình hình triển khai chuyển đổi số", "Văn phòng Sở", "Các phòng chuyên môn", "Hằng quý"),
    ("2", "Cập nhật dữ liệu lên hệ thống thông tin báo cáo của tỉnh", "Phòng Quản lý công nghệ",
     "Trung tâm Chuyển đổi số", "Hàng tháng"),
    ("3", "Tổ chức đánh giá mức độ chuyển đổi số của các đơn vị", "Phòng Kế hoạch - Tài chính",
     "Các đơn vị trực thuộc", "Hằng năm"),
    ("4", "Kiểm tra việc thực hiện Kế hoạch tại các đơn vị", "Thanh tra Sở", "Văn phòng Sở", "Định kỳ hằng quý"),
]
_RULE = ("Chế độ báo cáo: các phòng, đơn vị thuộc Sở báo cáo định kỳ hằng quý (trước ngày 20 của tháng cuối quý) về "
         "Văn phòng Sở để tổng hợp.\n\n")


def _periodic(rule: str) -> list[tuple[str, str | None, str | None]]:
    ext = extract(_HEAD + rule + _stacked(PERIODIC) + _TAIL)
    rows = [(r[2], r[1]) for r in PERIODIC[1:]]
    # the table's rows, by body and task (a rule's sentence may charge a row's body too: "Thanh tra Sở gửi …")
    return [(o.who, o.deadline.date if o.deadline else None, o.deadline.recurrence if o.deadline else None)
            for o in ext.obligations if (o.who, o.what) in rows]


def test_quarterly_cell_takes_the_day_the_document_gives():
    """"Hằng quý" / "Định kỳ hằng quý" in the Thời gian column, the day in the reporting rule above the table."""
    quarterly = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"
    assert _periodic(_RULE) == [
        ("Văn phòng Sở", "2026-03-20", quarterly),
        ("Phòng Quản lý công nghệ", None, None),  # no day given for the monthly updates
        ("Phòng Kế hoạch - Tài chính", None, None),  # a yearly task with no date is not dated (labels' convention)
        ("Thanh tra Sở", "2026-03-20", quarterly),
    ]


def test_monthly_cell_takes_the_monthly_day():
    rule = "Các đơn vị cập nhật số liệu hằng tháng, trước ngày 25 hằng tháng.\n\n"
    got = _periodic(rule)
    assert got[1] == ("Phòng Quản lý công nghệ", "2026-02-25", "FREQ=MONTHLY;BYMONTHDAY=25")
    assert got[0][1] is None and got[2][1] is None


def test_period_cell_without_a_day_in_the_document_stays_undated():
    assert all(d is None for _, d, _ in _periodic(""))


def test_two_quarterly_days_leave_the_cell_undated():
    """Two due days for quarters (the report and the inspection): which one the row keeps is not written."""
    rule = _RULE + "Thanh tra Sở gửi kết quả kiểm tra hằng quý trước ngày 05 của tháng đầu quý sau.\n\n"
    got = _periodic(rule)
    assert got[0][1] is None and got[3][1] is None
    # the inspection's own sentence keeps its day, charged to the body named before "gửi"
    sent = [(o.who, o.what, o.deadline.date) for o in extract(_HEAD + rule + _stacked(PERIODIC) + _TAIL).obligations
            if o.deadline and o.deadline.date == "2026-04-05"]
    assert sent == [("Thanh tra Sở", "gửi kết quả kiểm tra hằng quý", "2026-04-05")]


def test_the_part_after_a_table_is_no_row_of_it():
    """The table, then "III. TỔ CHỨC THỰC HIỆN" and its first paragraph (the reporting rule): a heading and a
    sentence, not a group row with a cell; the quarterly rows take the rule's day all the same."""
    from vanban.structure import structure_of_text

    after = "\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + _RULE.replace("Chế độ báo cáo: các", "Các")
    text = _HEAD + _stacked(PERIODIC) + after + _TAIL
    (table,) = structure_of_text(text).tables
    assert len(table.rows) == len(PERIODIC)
    ext = extract(text)
    assert not any("TỔ CHỨC THỰC HIỆN" in o.what for o in ext.obligations)
    dated = {o.who: o.deadline.date for o in ext.obligations if o.deadline}
    assert dated["Văn phòng Sở"] == dated["Thanh tra Sở"] == "2026-03-20"


def test_schedule_rows_in_flat_text():
    """Pasted from Word into a .txt: every cell one line, no blank line anywhere; the "Ghi chú" column empty but in
    one row (a remark after its date)."""
    rows = [list(r) for r in SCHEDULE]
    rows[3][3] = "Phối hợp với Thanh tra Sở"
    flat = "\n".join(ln for ln in (_HEAD + "\n".join(c for r in rows for c in r if c) + "\n" + _TAIL).splitlines()
                     if ln.strip())
    ext = extract(flat)
    assert [(d.what, d.text) for d in ext.deadlines] == [(r[1], r[2]) for r in SCHEDULE[1:]]
    _check(build_checklist(ext, dt.date(2026, 2, 10)), flat)


def test_markdown_task_table_with_group_rows_is_one_table(tmp_path):
    """A published page's table (realdocs layout: one cell a paragraph between "|" lines, "|" "|" closing a row) with
    group rows whose label and name share the merged cell ("**I.** / **NÂNG CAO NHẬN THỨC …**", 617-KH-UBND's
    appendix): one table, every row an obligation with its partners (the group row had closed the table, and each
    group's rows became a table without column names: no obligation)."""
    cells = ["**STT**", "**Tên nhiệm vụ**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**", "**Thời gian hoàn thành**"]
    rows = [cells,
            ["**I.\nNÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY**"],
            ["1", "Triển khai nền tảng đào tạo\ntrực tuyến mở cho người dân, doanh nghiệp.", "Sở KH&CN",
             "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Thường xuyên"],
            ["**II.\nHOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH**"],
            ["2", "Xây dựng Bộ tiêu chí đánh\ngiá mức độ chuyển đổi số doanh nghiệp.", "Sở KH&CN",
             "Sở Công Thương; các đơn vị liên quan", "Quý II/2026"],
            ["3", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số.", "Sở Công Thương", "UBND các xã, phường",
             "Quý III/2026"]]
    table = "|\n" + "".join("\n|\n".join(r) + "\n|\n|\n" for r in rows)
    md = _HEAD.replace("KẾ HOẠCH", "**KẾ HOẠCH**") + table + "\n" + _TAIL
    src = tmp_path / "ke-hoach.md"
    src.write_text(md, encoding="utf-8")
    out = run_cli("extract", str(src), "--format", "json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    obs = [(o["who"], o["partners"], (o["deadline"] or {}).get("text")) for o in got["obligations"]]
    assert obs == [("Sở KH&CN", "Các sở, ban, ngành tỉnh; UBND các xã, phường", None),
                   ("Sở KH&CN", "Sở Công Thương; các đơn vị liên quan", "Quý II/2026"),
                   ("Sở Công Thương", "UBND các xã, phường", "Quý III/2026")]


def test_one_bodys_own_report_day_dates_no_other_bodys_quarterly_row():
    """The quarterly day is stated in one body's own tasks ("1. Văn phòng Sở" / "b) Tổng hợp, báo cáo kết quả … hằng
    quý gửi UBND tỉnh trước ngày 18 của tháng cuối quý"), not in a rule for the units at large: the Văn phòng's own
    "Hằng quý" row falls due on it, the Thanh tra's quarterly inspections (its day not written) do not (a17-02: a
    training held "Hằng quý" by another phòng was dated by the Văn phòng's report day)."""
    rule = ("1. Văn phòng Sở\n\na) Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n"
            "b) Tổng hợp, báo cáo kết quả thực hiện hằng quý gửi UBND tỉnh trước ngày 18 của tháng cuối quý.\n\n"
            "2. Nhiệm vụ cụ thể theo bảng sau:\n\n")
    got = dict((w, d) for w, d, _ in _periodic(rule))
    assert got["Văn phòng Sở"] == "2026-03-18"
    assert got["Thanh tra Sở"] is None


# --- tables read by their markup alone (structure.stacked._grid_header) that charge no one ---------------------
def _grid(rows: list[list[str]]) -> str:
    """A Markdown table a cell a line as md2plain.py gives it: cells one blank line apart, rows two."""
    return "\n\n\n".join("\n\n".join(r) for r in rows)


_REMINDER = """TỈNH ỦY NGHỆ AN
VĂN PHÒNG

Số 2316-CV/VPTU
V/v đôn đốc gửi báo cáo tổng kết năm 2026

ĐẢNG CỘNG SẢN VIỆT NAM

Nghệ An, ngày 06 tháng 01 năm 2027

Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.

1. Đối với các cơ quan, đơn vị chưa gửi báo cáo (có danh sách kèm theo): khẩn trương hoàn thiện báo cáo tổng kết \
năm 2026, gửi về Văn phòng Tỉnh ủy trước ngày 09/01/2027.

DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO


"""


def test_reminder_list_of_late_bodies_charges_no_row_with_its_missed_date():
    late = [["TT", "Cơ quan, đơn vị", "Báo cáo chưa gửi", "Thời hạn theo văn bản đề nghị"],
            ["1", "Đảng ủy xã Tương Dương", "Báo cáo tổng kết năm 2026", "15/12/2026"],
            ["2", "Ban Nội chính Tỉnh ủy", "Báo cáo sơ kết Kết luận số 126-KL/TU", "25/12/2026"]]
    ex = extract(_REMINDER + _grid(late) + "\n")
    assert any(t.role == "data" and len(t.rows) == 3 for t in ex.structure.tables)  # read as a table
    assert not [o for o in ex.obligations if o.who in ("Đảng ủy xã Tương Dương", "Ban Nội chính Tỉnh ủy")]
    # near miss: a late task given a new due date still to come is charged to its row's body
    again = [["TT", "Cơ quan, đơn vị", "Nội dung chưa hoàn thành", "Thời hạn hoàn thành"],
             ["1", "Đảng ủy xã Tương Dương", "Hoàn thiện báo cáo tổng kết năm 2026", "15/01/2027"]]
    ex = extract(_REMINDER + _grid(again) + "\n")
    assert [(o.who, o.deadline and o.deadline.date) for o in ex.obligations
            if o.who == "Đảng ủy xã Tương Dương"] == [("Đảng ủy xã Tương Dương", "2027-01-15")]


def test_list_of_forms_charges_no_one():
    forms = [["Mẫu số", "Tên biểu mẫu", "Đơn vị sử dụng", "Thời điểm sử dụng"],
             ["01-GS", "Quyết định thành lập Đoàn giám sát", "Ủy ban Kiểm tra", "Khi bắt đầu giám sát"],
             ["02-GS", "Kế hoạch giám sát", "Đoàn giám sát", "Sau khi có quyết định"]]
    ex = extract(_REMINDER + _grid(forms) + "\n")
    assert any(t.role == "data" and len(t.rows) == 3 for t in ex.structure.tables)
    assert not [o for o in ex.obligations if o.who in ("Ủy ban Kiểm tra", "Đoàn giám sát")]
    # near miss: a report calendar naming each form's due date charges each row's body
    calendar = [["STT", "Tên biểu mẫu", "Đơn vị báo cáo", "Thời hạn gửi"],
                ["1", "Mẫu số 01: Tổng hợp số lượng biên chế năm 2026", "Các sở, ban, ngành tỉnh", "Trước ngày 20/01/2027"],
                ["2", "Mẫu số 02: Tổng hợp kinh phí năm 2026", "Ủy ban nhân dân các xã, phường", "Chậm nhất ngày 25/01/2027"]]
    ex = extract(_REMINDER + _grid(calendar) + "\n")
    assert sorted((o.who, o.deadline and o.deadline.date) for o in ex.obligations
                  if o.who in ("Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường")) == [
        ("Các sở, ban, ngành tỉnh", "2027-01-20"), ("Ủy ban nhân dân các xã, phường", "2027-01-25")]
