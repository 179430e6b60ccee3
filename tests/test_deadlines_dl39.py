"""Deadlines of session 39 (ddl39, tune38's misses): each kind in its own wording.

- Two dated days of one six-monthly report, the same day of months six months apart across a year's end ("… (trước ngày
  20/12/2032 và trước ngày 20/6/2033)"): one six-monthly deadline at the first, as the pair inside one year is.
- The data's cut-off named as such ("chốt số liệu ngày 15/6 và 15/12", "số liệu được chốt đến ngày …"): no deadline; a
  cut-off with a due word ("Chốt số liệu trước ngày …") stays one.
- A day in a data table's head cell naming its column of targets ("Chỉ tiêu … đến 31/12/2033"): the targets' period,
  no deadline; the rows' due column keeps its days.
- A commemorative day a body is to hold, its date in brackets after "tổ chức Ngày …" ("tổ chức Ngày Sách và Văn hóa
  đọc Việt Nam (21/4)"): a one-off deadline in the plan's year; "hưởng ứng" / "các hoạt động kỷ niệm" such a day: none.

Each text below is written for these tests in the style of such documents, not copied from a labelled one.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (f"ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 64/KH-UBND\nTân Lập, ngày {d} tháng {m} năm {y}\n\nKẾ HOẠCH\n{title}\n\n"
            f"{body}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Hoa\n")


def _dues(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in extract(text).deadlines if not d.past]


def test_a_six_monthly_pair_of_dated_days_across_a_year_s_end_is_one_six_monthly_deadline():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Hội Nông dân xã theo dõi, đôn đốc các chi hội; tổng hợp kết quả gửi Ủy ban "
            "nhân dân xã định kỳ 6 tháng (trước ngày 20/12/2032 và trước ngày 20/6/2033).\n")
    got = _dues(_doc("02/10/2032", "Thực hiện phong trào nông dân sản xuất giỏi giai đoạn 2032 - 2033", body))
    assert got == [("2032-12-20", "2032-12-20", "2032-12-20", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=20")], got


def test_days_five_months_apart_across_a_year_s_end_stay_two_one_offs():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Hội Nông dân xã gửi báo cáo kết quả về Ủy ban nhân dân xã trước ngày "
            "20/12/2032 và trước ngày 20/5/2033.\n")
    got = _dues(_doc("02/10/2032", "Thực hiện phong trào nông dân sản xuất giỏi", body))
    assert [g[0] for g in got] == ["2032-12-20", "2033-05-20"] and not any(g[3] for g in got), got


def test_the_data_s_cut_off_days_of_a_six_monthly_count_are_no_deadline():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn hóa - Xã hội theo dõi các câu lạc bộ; tổng hợp số liệu định kỳ "
            "6 tháng (chốt số liệu ngày 15/6 và 15/12), báo cáo Ủy ban nhân dân xã đúng quy định.\n\n"
            "2. Các thôn gửi danh sách hội viên về Ủy ban nhân dân xã trước ngày 30/10/2032.\n")
    got = _dues(_doc("02/10/2032", "Phát triển câu lạc bộ dưỡng sinh", body))
    assert got == [("2032-10-30", "2032-10-30", "2032-10-30", None)], got


def test_figures_chot_until_a_day_are_no_deadline_but_closing_them_before_a_day_is():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Các thôn báo cáo số hộ tham gia, số liệu được chốt đến ngày 31/10/2032.\n\n"
            "2. Công chức Tư pháp - Hộ tịch chốt số liệu trước ngày 20/11/2032, gửi Phòng Tư pháp.\n")
    got = _dues(_doc("02/10/2032", "Thống kê hộ gia đình", body))
    assert got == [("2032-11-20", "2032-11-20", "2032-11-20", None)], got


def test_a_day_in_the_head_cell_of_a_targets_column_is_no_deadline():
    body = ("II. CHỈ TIÊU\n\nCác cơ sở đạt chuẩn an toàn thực phẩm theo bảng sau:\n\n"
            "| STT | Nhóm cơ sở | Số cơ sở hiện có | Chỉ tiêu đạt chuẩn đến 31/12/2033 | Thời hạn hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Bếp ăn tập thể trường học | 12 | 100% | Trước ngày 30/6/2033 |\n"
            "| 2 | Quán ăn, nhà hàng | 64 | Ít nhất 80% | Trước ngày 30/9/2033 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nTrạm Y tế xã hướng dẫn các cơ sở thực hiện.\n")
    got = _dues(_doc("02/10/2032", "Bảo đảm an toàn thực phẩm", body))
    assert ("2033-12-31", "2033-12-31", "2033-12-31", None) not in got, got
    assert [g[0] for g in got] == ["2033-06-30", "2033-09-30"], got


def test_a_commemorative_day_a_body_is_to_hold_is_a_deadline_of_the_plan_s_year():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Thư viện xã phối hợp Đoàn Thanh niên tổ chức Ngày Sách và Văn hóa đọc Việt Nam "
            "(21/4) tại nhà văn hóa xã.\n")
    ext = extract(_doc("02/10/2032", "Phát triển văn hóa đọc năm 2033", body))
    got = [(d.text, d.date, d.recurrence) for d in ext.deadlines if not d.past]
    assert got == [("tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4)", "2033-04-21", None)], got


def test_activities_that_answer_a_commemorative_day_are_no_deadline():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Thư viện xã tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam "
            "(21/4) tại nhà văn hóa xã.\n\n2. Hưởng ứng Ngày Quốc tế Hạnh phúc (20/3) bằng các buổi giao lưu.\n")
    assert _dues(_doc("02/10/2032", "Phát triển văn hóa đọc năm 2033", body)) == []
