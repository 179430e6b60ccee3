"""Targets in tables of figures per unit (tgt41a, session 41).

A share column whose head names, after the "%", the base it is taken of ("(% dân số trên 6 tuổi)"); a fund's quota
per unit printed with its factors where the level is per head and per year ("đồng/người/năm"); the total row of a
column of sums each unit is charged to collect. Each text below is written for these tests in the style of such
documents, not copied from a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an
exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="PHƯỜNG AN HÒA", number=17, date=(9, 3, 2033), signer="Đỗ Văn Quang")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_SHARES_OF_A_BASE = ("II. CHỈ TIÊU\n\nChỉ tiêu giao các tổ dân phố năm 2033:\n\n"
                     "| TT | Tổ dân phố | Số nhân khẩu | Người tham gia bảo hiểm y tế (% dân số trên 6 tuổi) "
                     "| Hộ dùng nước sạch (%) |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Tổ 1 | 1.204 | 94 | 97 |\n| 2 | Tổ 2 | 986 | 91 | 95 |\n| 3 | Tổ 3 | 1.117 | 93 | 96 |\n")


def test_a_share_whose_head_names_its_base_after_the_percent_is_read_in_percent():
    got = _t(_SHARES_OF_A_BASE)
    assert (94.0, 94.0, "%") in got and (91.0, 91.0, "%") in got and (93.0, 93.0, "%") in got
    assert (97.0, 97.0, "%") in got and (95.0, 95.0, "%") in got
    assert not any(lo in (1204.0, 986.0, 1117.0) for lo, _, _ in got)  # each tổ's people: the base, no quota


_YEARLY_LEVEL = ("3. Kế hoạch thu hội phí của các chi hội\n\n"
                 "| STT | Chi hội | Hội viên thuộc diện đóng (người) | Mức hội phí (đồng/người/năm) | Số tiền cần thu (đồng) |\n"
                 "|---|---|---|---|---|\n"
                 "| 1 | Chi hội Tổ 1 | 130 | 24.000 | 3.120.000 |\n| 2 | Chi hội Tổ 2 | 95 | 24.000 | 2.280.000 |\n"
                 "| 3 | Chi hội Tổ 3 | 112 | 24.000 | 2.688.000 |\n")


def test_a_sum_worked_out_from_a_level_per_head_and_year_is_read_without_its_factors():
    got = _t(_YEARLY_LEVEL)
    assert (3120000.0, 3120000.0, "đồng") in got and (2688000.0, 2688000.0, "đồng") in got
    assert not any(u == "người" for _, _, u in got)  # the members liable: the base
    assert not any(u == "đồng/người/năm" for _, _, u in got)  # the level, the same on every row


_CHARGED_WITH_TOTAL = ("2. Các tổ dân phố thu phí vệ sinh theo kế hoạch, báo cáo về UBND phường.\n\n"
                       "| TT | Tổ dân phố | Số hộ | Số phí phải thu năm 2033 (đồng) | Đã thu đến 28/2/2033 (đồng) |\n"
                       "|---|---|---|---|---|\n"
                       "| 1 | Tổ 1 | 320 | 38.400.000 | 9.600.000 |\n| 2 | Tổ 2 | 275 | 33.000.000 | 7.200.000 |\n"
                       "| | **Cộng** | **595** | **71.400.000** | **16.800.000** |\n")


def test_the_total_of_the_sums_charged_is_the_whole_areas_target_where_the_prose_sets_none():
    got = _t(_CHARGED_WITH_TOTAL)
    assert (38400000.0, 38400000.0, "đồng") in got and (33000000.0, 33000000.0, "đồng") in got
    assert (71400000.0, 71400000.0, "đồng") in got
    assert not any(lo in (9600000.0, 16800000.0, 595.0) for lo, _, _ in got)  # collected; households


def test_the_total_of_the_sums_charged_stated_in_the_prose_is_counted_once():
    got = _t("II. CHỈ TIÊU\n\nPhấn đấu thu phí vệ sinh năm 2033 đạt 71.400.000 đồng.\n\n" + _CHARGED_WITH_TOTAL)
    assert [x for x in got if x[0] == 71400000.0] == [(71400000.0, 71400000.0, "đồng")]


def test_a_total_that_is_not_its_columns_sum_is_left_unread():
    got = _t(_CHARGED_WITH_TOTAL.replace("**71.400.000**", "**71.500.000**"))
    assert not any(lo == 71500000.0 for lo, _, _ in got)


def test_a_total_printed_again_outside_its_table_is_the_proses_not_the_tables():
    got = _t("II. CHỈ TIÊU\n\nThu phí vệ sinh năm 2033 đạt và vượt 5% kế hoạch (tối thiểu 71.400.000 đồng).\n\n"
             + _CHARGED_WITH_TOTAL)
    assert (71400000.0, 71400000.0, "đồng") not in got
