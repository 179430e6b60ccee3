"""A task's time that gives no calendar date reaches the checklist's Thời hạn column as written.

Why (issue #10 "Deadlines", the checklist of issue #9): a relative time limit ("trong thời hạn 07 ngày kể từ ngày
nhận được Kế hoạch này", "chậm nhất 03 ngày làm việc sau khi …", "trong vòng 30 ngày") was listed only as the Chỉ
tiêu "≤ 7 ngày", and a task table's due cell "Thường xuyên" / "Hằng năm" showed nothing: a user reading the
checklist saw a task without its time. The time travels as ``Obligation.due_text`` (no invented date: the limit stays
a target for the bench, no dated deadline is added), to the checklist (md, csv), the phiếu (Word/CSV Thời hạn) and the
archive (``obligations.deadline_text``, read back by the page and its downloads).

Inputs: plans written for the tests in the style of provincial UBND plans (the wording of 130/2025/TT-BQP's
"Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, …" and of the newcomers' plans of session 13).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import docx
import pytest

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export.checklist_office import checklist_rows
from vanban.extract import extract
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist
from vanban.extract.undated_dues import relative_limit
from vanban.web import downloads as D

TODAY = dt.date(2026, 3, 15)

PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 45/KH-UBND
Ninh Bình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026
III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ xây dựng kế hoạch chi tiết, gửi Ủy ban nhân dân tỉnh trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này.
2. Các sở, ban, ngành rà soát, báo cáo kết quả về Sở Khoa học và Công nghệ chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra.
3. Sở Tài chính bố trí kinh phí thực hiện trước ngày 30/6/2026.
4. Sở Nội vụ tổ chức tập huấn cho cán bộ, công chức trong 02 ngày.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.mark.parametrize("text, limit", [
    ("gửi Ủy ban nhân dân tỉnh trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này",
     "trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này"),
    ("báo cáo kết quả chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra.",
     "chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra"),
    ("khắc phục các tồn tại, hạn chế trong vòng 30 ngày.", "trong vòng 30 ngày"),
    ("thực hiện kiểm tra thông tin trong vòng không quá 02 giờ kể từ khi tiếp nhận thông tin",
     "trong vòng không quá 02 giờ kể từ khi tiếp nhận thông tin"),
    ("gửi hồ sơ về Sở trong 05 ngày làm việc, kể từ ngày kết thúc hội nghị, để tổng hợp",
     "trong 05 ngày làm việc, kể từ ngày kết thúc hội nghị"),
    ("trả lời bằng văn bản trong thời hạn mười lăm (15) ngày kể từ ngày nhận được đề nghị",
     "trong thời hạn mười lăm (15) ngày kể từ ngày nhận được đề nghị"),
    ("thông báo cho các đơn vị chậm nhất là 24 giờ trước khi tổ chức kiểm tra",
     "chậm nhất là 24 giờ trước khi tổ chức kiểm tra"),
    # how long a course lasts, a term: no time limit
    ("gửi báo cáo chậm nhất sau 15 ngày kể từ ngày kết thúc đợt thi đua", "chậm nhất sau 15 ngày kể từ ngày kết thúc đợt thi đua"),
    ("tổ chức tập huấn cho cán bộ, công chức trong 02 ngày", None),
    ("thực hiện trong thời gian 03 tháng", None),
    ("triển khai trong 05 năm", None),
])
def test_relative_limit_as_written(text, limit):
    assert relative_limit(text) == limit


@pytest.fixture(scope="module")
def plan():
    return extract(PLAN)


def test_relative_limit_is_the_tasks_due_text_not_a_dated_deadline(plan):
    by_who = {o.who: o for o in plan.obligations}
    sci = by_who["Sở Khoa học và Công nghệ"]
    assert sci.deadline is None
    assert sci.due_text == "trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này"
    assert sci.what == "xây dựng kế hoạch chi tiết, gửi Ủy ban nhân dân tỉnh"  # the time is in its own column
    assert by_who["Các sở, ban, ngành"].due_text == "chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra"
    assert by_who["Sở Nội vụ"].due_text is None  # "trong 02 ngày": how long the course lasts
    assert by_who["Sở Tài chính"].due_text is None and by_who["Sở Tài chính"].deadline.date == "2026-06-30"
    # no calendar date is invented: the only dated deadline is the written one, the limits stay targets
    assert [d.date for d in plan.deadlines] == ["2026-06-30"]
    assert {(t.max, t.unit) for t in plan.targets} >= {(7.0, "ngày"), (3.0, "ngày làm việc")}


def test_checklist_shows_the_limit_as_its_deadline(plan):
    items = {i.who: i for i in build_checklist(plan, TODAY)}
    sci = items["Sở Khoa học và Công nghệ"]
    assert sci.deadline == "trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này"
    assert sci.date is None and sci.latest is None and sci.next_due is None
    assert sci.targets is None  # "≤ 7 ngày" is the same fact its Hạn shows
    md = render_checklist(plan, "md", today=TODAY)
    assert "— **Hạn:** chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm tra" in md
    assert "kể từ ngày nhận được Kế hoạch này" in render_checklist(plan, "csv", today=TODAY)
    assert "BEGIN:VEVENT" in render_checklist(plan, "ics", today=TODAY)  # the dated task only
    assert render_checklist(plan, "ics", today=TODAY).count("BEGIN:VEVENT") == 1


def test_phieu_thoi_han_column(plan):
    rows = {r[2]: r for r in checklist_rows(build_checklist(plan, TODAY))}
    assert rows["Sở Khoa học và Công nghệ"][4] == "trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này"


def _table_plan(path):
    d = docx.Document()
    for p in ("ỦY BAN NHÂN DÂN", "XÃ YÊN THẾ", "Số: 33/KH-UBND", "Yên Thế, ngày 10 tháng 02 năm 2026", "KẾ HOẠCH",
              "Thực hiện Chương trình xây dựng nông thôn mới năm 2026", "II. NHIỆM VỤ CỤ THỂ"):
        d.add_paragraph(p)
    rows = [("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
            ("1", "Rà soát, đánh giá thực trạng các tiêu chí", "Công chức Địa chính - Xây dựng", "Các thôn", "Quý I/2026"),
            ("2", "Tuyên truyền, vận động Nhân dân hiến đất làm đường", "Ủy ban Mặt trận Tổ quốc xã", "Các đoàn thể",
             "Thường xuyên"),
            ("3", "Tổng kết, đánh giá kết quả thực hiện", "Văn phòng HĐND và UBND xã", "Các thôn", "Hằng năm")]
    t = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Giao Văn phòng HĐND và UBND xã theo dõi, tổng hợp báo cáo UBND huyện trước ngày 15/12/2026.")
    d.save(path)


@pytest.fixture(scope="module")
def table_doc(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("undated")
    path = tmp / "33-KH-UBND.docx"
    _table_plan(path)
    return process_file(path, jobs=1), tmp


def test_standing_and_yearly_cells_show_as_written(table_doc):
    doc, _ = table_doc
    items = {i.who: i for i in build_checklist(doc.extraction, TODAY)}
    assert items["Ủy ban Mặt trận Tổ quốc xã"].deadline == "Thường xuyên"
    assert items["Ủy ban Mặt trận Tổ quốc xã"].date is None
    yearly = [i for i in items.values() if i.what.startswith("Tổng kết")]
    assert yearly and yearly[0].deadline == "Hằng năm" and yearly[0].date is None  # a yearly task with no day: undated
    assert items["Công chức Địa chính - Xây dựng"].latest == "2026-03-31"


def test_archive_keeps_the_undated_time(table_doc, tmp_path):
    doc, _ = table_doc
    src = tmp_path / "45-KH-UBND.txt"
    src.write_text(PLAN, encoding="utf-8")
    plan_doc = process_file(src, jobs=1)
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        ids = [archive.store(plan_doc), archive.store(doc)]
    for doc_id, want in zip(ids, ("trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này", "Thường xuyên")):
        with sqlite3.connect(db) as c:
            c.row_factory = sqlite3.Row
            rows = [[dict(r) for r in c.execute(sql, [doc_id])] for sql in (D._OBLIGATIONS_SQL, D._DEADLINES_SQL,
                                                                             D._TARGETS_SQL)]
            meta = D._metadata(dict(c.execute("select * from documents where id = ?", [doc_id]).fetchone()))
        assert want in [r["deadline_text"] for r in rows[0] if r["deadline_id"] is None]
        items = build_checklist(D.extraction_of(meta, *rows), TODAY)
        assert want in [i.deadline for i in items if i.date is None]


PROSE_LABELS = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 15/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026
II. NHIỆM VỤ
1. Tuyên truyền, phổ biến pháp luật cho Nhân dân
- Công chức Tư pháp - Hộ tịch tổ chức tuyên truyền pháp luật trên hệ thống truyền thanh xã.
Thời gian thực hiện: Thường xuyên.
- Công chức Văn hóa - Xã hội phối hợp tổ chức hội nghị tuyên truyền tại các thôn.
Thời gian thực hiện: Hằng quý.
- Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện.
Thời gian thực hiện: Tháng 11/2026.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def test_a_time_label_line_under_a_task_is_its_time_not_its_words():
    items = {i.who: (i.what, i.deadline, i.latest) for i in build_checklist(extract(PROSE_LABELS), TODAY)}
    assert items["Công chức Tư pháp - Hộ tịch"] == (
        "tổ chức tuyên truyền pháp luật trên hệ thống truyền thanh xã", "Thường xuyên", None)
    assert items["Công chức Văn hóa - Xã hội"] == ("phối hợp tổ chức hội nghị tuyên truyền tại các thôn", "Hằng quý", None)
    assert items["Văn phòng HĐND và UBND xã"] == (
        "tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện", "Tháng 11/2026", "2026-11-30")
