"""Targets of the kinds of authored34's and tune35's documents 06–10 (tgt36b, session 36).

A quota table per thôn / ấp whose quota head prints its bound and its unit in one pair of parentheses ("(tối thiểu,
hồ sơ)") beside a column counting those still to be served ("… chưa có … (người)"): each row's quota, a minimum, and
no cell of the count; the ages of the people a task lists or serves ("Lập danh sách công dân từ đủ 14 tuổi …") are no
bounds a rule sets. Each text below is written for these tests in the style of such documents, not copied from a
labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (từ / tối thiểu → min only; an exact
figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.figure_tables import quota_head

_HEAD = ("CÔNG AN HUYỆN TÂN AN\nCÔNG AN XÃ AN BÌNH\nSố: 21/KH-CAX\nAn Bình, ngày 03 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
         "Cấp giấy tờ cho công dân trên địa bàn xã năm 2031\n\n")
_TAIL = "\nKT. TRƯỞNG CÔNG AN XÃ\nPHÓ TRƯỞNG CÔNG AN XÃ\nLê Văn Tâm\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


# a table copied from a Word grid: one cell a line, a blank line between cells, two between rows
_QUOTAS = ("II. CHỈ TIÊU\n\n1. Tiếp nhận tối thiểu 900 hồ sơ đăng ký trực tuyến trong năm.\n\n"
           "2. Chỉ tiêu cụ thể từng thôn:\n\n\n"
           + _cells("STT", "Thôn", "Hộ chưa có mã số định danh (hộ)", "Chỉ tiêu tiếp nhận hồ sơ (tối thiểu, hồ sơ)")
           + "\n\n\n" + _cells("1", "Thôn Đông", "45", "300")
           + "\n\n\n" + _cells("2", "Thôn Tây", "27", "350")
           + "\n\n\n" + _cells("3", "Thôn Bắc", "33", "250")
           + "\n\n\n" + _cells("", "Tổng cộng", "105", "900")
           + "\n\nIII. NỘI DUNG\n\nCông an xã tiếp nhận hồ sơ tại trụ sở.\n")


def test_a_head_with_its_bound_and_its_unit_in_one_pair_of_parentheses():
    assert quota_head("Chỉ tiêu tiếp nhận hồ sơ (tối thiểu, hồ sơ)") == ("unit", "hồ sơ", "min")
    assert quota_head("Số lượt kiểm tra (lượt, tối đa)") == ("unit", "lượt", "max")


def test_each_rows_quota_under_such_a_head_is_a_minimum():
    got = _t(_QUOTAS)
    assert {(300, None, "hồ sơ"), (350, None, "hồ sơ"), (250, None, "hồ sơ")} <= set(got), got


def test_the_column_of_those_still_to_be_served_gives_no_target():
    got = _t(_QUOTAS)
    assert not [g for g in got if g[0] in (45, 27, 33, 105) or g[2] == "hộ"], got


def test_without_a_head_naming_the_quota_every_kind_column_stays_a_quota():
    body = ("II. CHỈ TIÊU\n\nPhân bổ chỉ tiêu cho từng thôn:\n\n\n"
            + _cells("STT", "Thôn", "Hộ chưa có nước sạch được đấu nối (hộ)", "Giếng khoan mới (giếng)")
            + "\n\n\n" + _cells("1", "Thôn Đông", "40", "12")
            + "\n\n\n" + _cells("2", "Thôn Tây", "35", "9") + "\n\nIII. NỘI DUNG\n\nCác thôn triển khai.\n")
    got = _t(body)
    assert (40, 40, "hộ") in got and (12, 12) in [g[:2] for g in got], got


def test_the_age_of_those_a_task_lists_or_serves_is_no_bound():
    got = _t("III. NỘI DUNG\n\n1. Trưởng các thôn lập danh sách công dân từ đủ 14 tuổi chưa được cấp giấy tờ, gửi Công "
             "an xã.\n\n2. Tổ công tác làm việc tại nhà văn hóa thôn Đông (phục vụ học sinh đủ 14 tuổi).\n")
    assert not [g for g in got if g[2] == "tuổi"], got


def test_an_age_a_rule_sets_is_still_a_bound():
    got = _t("II. ĐỐI TƯỢNG\n\nCông dân từ đủ 14 tuổi trở lên phải làm thủ tục cấp giấy tờ.\n")
    assert (14, None, "tuổi") in got, got
