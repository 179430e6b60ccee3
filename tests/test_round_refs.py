"""A task done "trong đợt 1" of a round the plan lists with its window, and a goal's day of measure in a "Chỉ tiêu"
part (session 36, dl36b).

- "- Đợt 1: từ ngày 05/6 đến ngày 11/6/2029." listed under the campaign's rounds, then "…; in 5.000 áp phích …
  trong đợt 1." in a body's block: the task runs within that round (its window), the body's obligation due by its
  last day; "nhất là trong Đợt 1" (a standing duty's busiest time) and "mỗi đợt" are no time of the task.
- "… dư nợ quá hạn đến ngày 31/12/2029 giảm xuống dưới 3%" under "II. MỤC TIÊU, CHỈ TIÊU": the day measures the
  goal, no deadline; the same wording in a body's tasks is due by that day.

Sentences written for these tests.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 77/KH-UBND\nAn Khánh, ngày 20 tháng 5 năm 2029\n\nKẾ HOẠCH\n"
        "Chiến dịch vệ sinh môi trường, phòng chống dịch bệnh mùa hè năm 2029\n\n")
ROUNDS = ("III. NỘI DUNG\n\n1. Các đợt chiến dịch\n\n- Đợt 1: từ ngày 05/6 đến ngày 11/6/2029.\n\n"
          "- Đợt 2: từ ngày 10/7 đến ngày 16/7/2029.\n\n")


def _dues(ex):
    return [(d.text, d.date, d.earliest, d.latest) for d in ex.deadlines]


def test_a_task_in_a_listed_round_runs_within_its_window():
    ex = extract(HEAD + ROUNDS + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa - Xã hội\n\nChủ trì tuyên truyền trên loa "
                 "truyền thanh; in 5.000 áp phích cổ động treo tại các tổ dân phố trong đợt 1.\n\n2. Trạm Y tế phường"
                 "\n\nHướng dẫn các tổ dân phố thực hiện.\n")
    assert ("in 5.000 áp phích cổ động treo tại các tổ dân phố trong đợt 1", None, "2029-06-05", "2029-06-11") \
        in _dues(ex)
    got = {o.who: o.deadline and (o.deadline.date or o.deadline.latest) for o in ex.obligations}
    assert got.get("Phòng Văn hóa - Xã hội") == "2029-06-11"


def test_the_second_round_gives_its_own_window():
    ex = extract(HEAD + ROUNDS + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Đoàn Thanh niên phường\n\nRa quân thu gom rác thải "
                 "tại các kênh, mương trong đợt 2.\n")
    assert any(d.earliest == "2029-07-10" and d.latest == "2029-07-16" and d.date is None for d in ex.deadlines)


def test_a_stress_on_a_standing_duty_or_each_round_is_no_time():
    ex = extract(HEAD + ROUNDS + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Công an phường\n\nBảo đảm an ninh trật tự trên địa "
                 "bàn, nhất là trong đợt 1.\n\n2. Đoàn Thanh niên phường\n\nHuy động đoàn viên tham gia mỗi đợt.\n")
    assert not any(d.earliest == "2029-06-05" or d.latest == "2029-06-11" for d in ex.deadlines)


def test_a_round_never_listed_with_a_window_dates_nothing():
    ex = extract(HEAD + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa - Xã hội\n\nIn áp phích cổ động trong đợt 1.\n")
    assert ex.deadlines == ()


GOALS = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 90/KH-UBND\nTân Phú, ngày 10 tháng 9 năm 2029\n\nKẾ HOẠCH\n"
         "Thu hồi nợ vay vốn chính sách năm 2029\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao chất lượng tín dụng chính sách."
         "\n\nII. MỤC TIÊU, CHỈ TIÊU\n\n1. Dư nợ quá hạn đến ngày 31/12/2029 giảm xuống dưới 3% tổng dư nợ.\n\n"
         "III. TỔ CHỨC THỰC HIỆN\n\n1. Tổ tiết kiệm và vay vốn\n\nĐôn đốc hộ vay trả nợ; báo cáo kết quả trước ngày "
         "15/11/2029.\n")


def test_a_goals_day_of_measure_is_no_deadline():
    assert [d.date for d in extract(GOALS).deadlines] == ["2029-11-15"]


def test_the_same_words_in_a_bodys_tasks_are_due_by_that_day():
    text = GOALS.replace("báo cáo kết quả trước ngày 15/11/2029.", "bảo đảm tỷ lệ thu hồi nợ đến ngày 30/11/2029 "
                         "đạt trên 90%.")
    assert "2029-11-30" in [d.date for d in extract(text).deadlines]
