"""A report named by its period — "báo cáo 6 tháng", "báo cáo năm" — whose words a line's end cuts, as legacy OCR and
a narrow column wrap them ("báo\\ncáo 6 tháng trước ngày 15/6", "báo cáo\\nnăm trước ngày 25/11"), is the same report
as on one line: the half-year's report beside the year's falls due once a year on its day (leg49t; the kind of
tune48's t48-07 legacy and scan, authored35's a35-06 clean, :data:`vanban.extract.patterns._AFTER_BAO_CAO`). Text
written here in a Đảng ủy's Quy chế làm việc style, issued 10/7/2036; expected cycles read from it."""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("ĐẢNG BỘ TỈNH HƯNG YÊN\nĐẢNG ỦY XÃ AN BÌNH\n\nSố: 12-QĐ/ĐU\n\nAn Bình, ngày 10 tháng 7 năm 2036\n\n"
        "QUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ xã\n\nĐiều 9. Chế độ báo cáo\n\n")


def _dues(body: str) -> dict[str, tuple]:
    return {d.text: (d.earliest, d.recurrence) for d in extract(HEAD + body).deadlines}


YEARLY_JUNE = ("2037-06-15", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15")


@pytest.mark.parametrize("body", [
    # the one-line form, then the line's end after "báo", after "cáo", and in the year's report
    "1. Ban Thường vụ báo cáo Ban Thường vụ Tỉnh ủy: báo cáo 6 tháng trước ngày 15/6; báo cáo năm trước ngày 25/11.\n",
    "1. Ban Thường vụ báo cáo Ban Thường vụ Tỉnh ủy: báo\ncáo 6 tháng trước ngày 15/6; báo cáo năm\n"
    "trước ngày 25/11 hằng năm.\n",
    "1. Ban Thường vụ báo cáo Ban Thường vụ Tỉnh ủy: báo cáo\n6 tháng trước ngày 15/6; báo cáo năm trước ngày 25/11.\n",
    "1. Ban Thường vụ báo cáo Ban Thường vụ Tỉnh ủy: báo\ncáo 6 tháng trước ngày 15/6; báo\ncáo năm trước ngày 25/11.\n",
])
def test_a_half_year_report_wrapped_beside_the_year_s_is_yearly(body):
    dues = _dues(body)
    assert dues["trước ngày 15/6"] == YEARLY_JUNE
    assert [r for t, (_, r) in dues.items() if "25/11" in t] == ["FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25"]


def test_the_year_s_report_wrapped_after_its_words_is_yearly():
    dues = _dues("2. Các chi bộ báo cáo Đảng ủy: báo cáo 6 tháng trước ngày 20/6 và báo cáo\n"
                 "năm trước ngày 10/12.\n")
    assert dues["trước ngày 20/6"] == ("2037-06-20", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20")
    assert dues["trước ngày 10/12"] == ("2036-12-10", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10")


def test_dated_reports_wrapped_stay_one_off():
    # a35-06's form: this year's reports each with its year, wrapped after "báo" — one report each, no cycle
    dues = _dues("1. Các chi bộ báo cáo theo định kỳ: báo cáo quý trước ngày 15 tháng cuối quý; báo\n"
                 "cáo 6 tháng trước ngày 10/6/2037; báo cáo năm trước ngày 05/12/2037.\n")
    assert dues["trước ngày 10/6/2037"] == ("2037-06-10", None)
    assert dues["trước ngày 05/12/2037"] == ("2037-12-05", None)
