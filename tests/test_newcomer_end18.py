"""The session-18 end newcomer's defects (issues 9 and 10): a ward's Kế hoạch with a task table and a Phụ lục, an
inspection committee's Hướng dẫn in "Bước" steps, a council's per-person target.

Short texts written for these tests in the style of those documents; the expected values are read from the wording
and the calendar with the labels' conventions (a range is due by its last day, a weekly deadline by its next
weekday on or after the document's date).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from vanban.export import PlanPlaces, checklist_csv
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.outline import outline

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND                 An Phú, ngày 05 tháng 10 năm 2026\n\n"
        "KẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2026\n\n")
TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _rows(text: str) -> list[list[str]]:
    ext = extract(text)
    items = build_checklist(ext, today=dt.date(2026, 10, 5))
    places = PlanPlaces(outline(ext.structure), text)
    return list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]


def _due(rows, task: str) -> tuple[str, str]:
    """(Thời hạn as written, Hạn yyyy-mm-dd) of the row whose task is ``task``."""
    mine = [r for r in rows if r[1] == task]
    assert len(mine) == 1, rows
    return mine[0][4], mine[0][5]


# --- 1. a date range written with a dash ---------------------------------------------------------------------------

TABLE = (HEAD + "I. BẢNG PHÂN CÔNG\nTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
         "1\tKiểm tra tại cơ sở\tĐoàn kiểm tra\t01/11 - 30/11/2026\n"
         "2\tRà soát hồ sơ\tCông an xã\t01/11/2026 - 15/11/2026\n"
         "3\tTổng hợp số liệu\tVăn phòng\t01/11–25/11/2026\n"
         "4\tBáo cáo tiến độ giải quyết hồ sơ hành chính\tTrung tâm Phục vụ hành chính công xã\tThứ Hai hằng tuần\n"
         "5\tCập nhật phần mềm một cửa\tCông chức Văn phòng - Thống kê\tthứ Sáu hằng tuần" + TAIL)


@pytest.fixture(scope="module")
def table_rows():
    return _rows(TABLE)


@pytest.mark.parametrize("task, written, due", [
    ("Kiểm tra tại cơ sở", "01/11 - 30/11/2026", "2026-11-30"),
    ("Rà soát hồ sơ", "01/11/2026 - 15/11/2026", "2026-11-15"),
    ("Tổng hợp số liệu", "01/11–25/11/2026", "2026-11-25"),
])
def test_a_dashed_range_in_a_due_cell_is_due_by_its_last_day(table_rows, task, written, due):
    assert _due(table_rows, task) == (written, due)


def test_a_dashed_range_is_one_deadline_from_its_first_day():
    ext = extract(TABLE)
    spans = [(d.date, d.earliest, d.latest) for d in ext.deadlines if not d.recurrence]
    assert spans == [(None, "2026-11-01", "2026-11-30"), (None, "2026-11-01", "2026-11-15"),
                     (None, "2026-11-01", "2026-11-25")]


def test_a_dashed_range_in_prose_is_read_as_tu_den():
    text = (HEAD + "I. NHIỆM VỤ\n1. Phòng Văn hóa - Xã hội tổ chức tuyên truyền trước ngày 20/10/2026.\n"
            "2. Văn phòng HĐND và UBND xã tổng hợp báo cáo kết quả về UBND huyện từ 01/12/2026 - 20/12/2026." + TAIL)
    rows = _rows(text)
    assert _due(rows, "Tổng hợp báo cáo kết quả về UBND huyện") == ("từ 01/12/2026 - 20/12/2026", "2026-12-20")
    assert _due(rows, "Tổ chức tuyên truyền") == ("trước ngày 20/10/2026", "2026-10-20")


def test_a_dashed_range_across_new_year_opens_in_the_year_before():
    text = HEAD + "I. NHIỆM VỤ\n1. Công an xã ra quân bảo đảm an ninh trật tự từ ngày 20/12 - 10/01/2027." + TAIL
    spans = [(d.earliest, d.latest) for d in extract(text).deadlines]
    assert spans == [("2026-12-20", "2027-01-10")]


def test_a_day_fraction_with_a_dash_is_no_range():
    # "1/2 - 2/3": no year after the second, no range read into it
    from vanban.extract.dash_ranges import dash_ranges
    from vanban.extract.dates import find_dates
    from vanban.extract.folded import Folded

    view = Folded.of("đạt từ 1/2 - 2/3 số hộ").view
    hits, merged = dash_ranges(view, find_dates(view, dt.date(2026, 10, 5)))
    assert not merged


# --- 2. a weekly deadline in a due cell ----------------------------------------------------------------------------

@pytest.mark.parametrize("task, written, due", [
    ("Báo cáo tiến độ giải quyết hồ sơ hành chính", "Thứ Hai hằng tuần", "2026-10-05"),
    ("Cập nhật phần mềm một cửa", "thứ Sáu hằng tuần", "2026-10-09"),
])
def test_a_weekday_every_week_in_a_due_cell_is_a_weekly_deadline(table_rows, task, written, due):
    when, day = _due(table_rows, task)
    assert when.startswith(written) and day == due


def test_a_weekday_every_week_in_a_due_cell_has_its_rule():
    rules = [d.recurrence for d in extract(TABLE).deadlines if d.recurrence]
    assert rules == ["FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=FR"]


# --- 3. a step with its time in brackets before the colon ---------------------------------------------------------

GUIDE = ("ĐẢNG BỘ TỈNH NGHỆ AN\nỦY BAN KIỂM TRA TỈNH ỦY\nSố 08-HD/UBKTTU\n"
         "Nghệ An, ngày 16 tháng 10 năm 2026\n\nHƯỚNG DẪN\nquy trình kiểm tra tài chính đảng năm 2026\n\n"
         "I. QUY TRÌNH KIỂM TRA\n\n"
         "Bước 1. Chuẩn bị (trước ngày 31/10/2026): Ủy ban kiểm tra các đảng ủy trực thuộc xây dựng kế hoạch kiểm tra.\n\n"
         "Bước 2 (tháng 11/2026): Đoàn kiểm tra làm việc với tổ chức đảng được kiểm tra.\n\n"
         "Bước 3 (tháng 12/2026): Ủy ban kiểm tra các đảng ủy trực thuộc tổng hợp, báo cáo kết quả về Ủy ban Kiểm "
         "tra Tỉnh ủy.\n\nBước 4 tổng hợp kết quả là việc của Văn phòng.\n" + TAIL)


def test_a_step_with_its_time_before_the_colon_keeps_its_label():
    rows = _rows(GUIDE)
    assert [r[0] for r in rows] == ["I, Bước 1", "I, Bước 2", "I, Bước 3"]
    assert [r[5] for r in rows] == ["2026-10-31", "2026-11-30", "2026-12-31"]


def test_a_step_word_in_a_sentence_is_no_label():
    from vanban.structure import vocab as V

    step = next(rx for rx, _ in V.LABELS if rx.pattern.startswith("^(?:Bước"))
    assert step.match("Bước 4 (tháng 12/2026): Ủy ban").group(0) == "Bước 4"
    assert step.match("Bước 4 tổng hợp kết quả") is None
    assert step.match("Bước 4 (tháng 12/2026) tổng hợp kết quả") is None


# --- 4. a Phụ lục's rows have their own TT -------------------------------------------------------------------------

def _plan_with_appendix(appendix_heading: str) -> str:
    return (HEAD + "I. NHIỆM VỤ\nTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
            "1\tTreo băng rôn\tPhòng Văn hóa - Xã hội\tTrước ngày 05/11/2026\n"
            "2\tTổ chức hội nghị\tVăn phòng HĐND và UBND xã\tNgày 09/11/2026\n"
            "\nII. TỔ CHỨC THỰC HIỆN\n1. Các thôn tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
            "\nNơi nhận:\n- Lưu: VT.\n\n" + appendix_heading + "\nPHÂN CÔNG NHIỆM VỤ CÁC THÔN\n"
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/10/2026 của UBND xã An Phú)\n\n"
            "STT\tNhiệm vụ\tĐơn vị thực hiện\tThời hạn\n"
            "1\tTuyên truyền tại nhà văn hóa\tThôn Đông\tTrước 20/11/2026\n"
            "2\tVận động hộ gia đình ký cam kết\tThôn Tây\tTrước 25/11/2026\n")


def test_a_phu_luc_row_is_numbered_apart_from_the_body_rows():
    rows = _rows(_plan_with_appendix("PHỤ LỤC"))
    tt = {r[2]: r[0] for r in rows}
    # the body's table carries its part "I. NHIỆM VỤ" (session 32), the Phụ lục's its "PL."
    assert tt["Phòng Văn hóa - Xã hội"] == "I.1" and tt["Văn phòng HĐND và UBND xã"] == "I.2"
    assert tt["Thôn Đông"] == "PL.1" and tt["Thôn Tây"] == "PL.2"
    assert len({r[0] for r in rows}) == len(rows)


def test_a_numbered_phu_luc_names_its_number():
    rows = _rows(_plan_with_appendix("PHỤ LỤC II"))
    assert {r[2]: r[0] for r in rows}["Thôn Tây"] == "PL.II.2"


# --- 5. a sum per head and per year keeps its whole unit ----------------------------------------------------------

COUNCIL = ("HỘI ĐỒNG NHÂN DÂN\nXÃ AN PHÚ\nSố: 15/NQ-HĐND                 An Phú, ngày 10 tháng 12 năm 2026\n\n"
           "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2027\n\nĐiều 1. Các chỉ tiêu chủ yếu năm 2027\n"
           "1. Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.\n"
           "2. Thu nhập của lao động nông thôn đạt 4,5 triệu đồng/người/tháng.\n"
           "3. Mức hỗ trợ 4.000.000 đồng/hộ.\n")


def test_an_income_per_head_per_year_keeps_its_unit():
    units = {t.min: t.unit for t in extract(COUNCIL).targets}
    assert units[65] == "triệu đồng/người/năm"
    assert units[4.5] == "triệu đồng/người/tháng"


def test_a_sum_per_household_alone_stays_in_dong():
    # a level per thing, no period after it: so many đồng for each hộ (the period is "mỗi hộ")
    units = {t.min: t.unit for t in extract(COUNCIL).targets}
    assert units[4000000] == "đồng"


# --- (found beside them) a figure's scope ends with its table cell ------------------------------------------------

def test_a_percentages_scope_ends_with_its_cell():
    text = (HEAD + "I. NHIỆM VỤ\nTT\tNhiệm vụ\tĐơn vị thực hiện\tThời hạn\n"
            "1\tTổ chức buổi tuyên truyền pháp luật tại nhà văn hóa\tThôn Đông\tTrước 09/11/2026\n"
            "2\tVận động 100% hộ gia đình ký cam kết chấp hành pháp luật\tCác thôn\tQuý IV/2026\n"
            "3\tBáo cáo kết quả về Văn phòng\tTrưởng thôn\tTrước ngày 10 hằng tháng" + TAIL)
    (t,) = [t for t in extract(text).targets if t.unit == "%"]
    assert t.scope == "hộ gia đình ký cam kết chấp hành pháp luật"


def test_a_steps_bracketed_limit_leaves_no_open_bracket_in_its_scope():
    """"Bước 3. Kết thúc kiểm tra (chậm nhất 10 ngày làm việc sau khi …)": the limit's scope was "kiểm tra (" (the
    session-18 final newcomer); the bracket opens the limit, it is no word of what is limited."""
    from vanban.extract import extract

    text = ("ỦY BAN KIỂM TRA                ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ AN BÌNH\n\n"
            "Số 05-HD/UBKT                   An Bình, ngày 20 tháng 10 năm 2026\n\nHƯỚNG DẪN\n"
            "Quy trình kiểm tra năm 2026\n\n"
            "Bước 3. Kết thúc kiểm tra (chậm nhất 10 ngày làm việc sau khi kết thúc kiểm tra tại cơ sở): Đoàn kiểm "
            "tra báo cáo kết quả với ủy ban kiểm tra.\n")
    scopes = [t.scope for t in extract(text).targets if t.max == 10]
    assert scopes and all(s and not s.rstrip().endswith(("(", "[")) for s in scopes), scopes
