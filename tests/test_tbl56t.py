"""Tables and lists tune55 brought (tbl56t, session 56): a huyện's per-xã vaccination quotas, a huyện's Phụ lục of
poverty quotas beside each xã's starting rate, a xã's funding table with a "chương trình mục tiêu quốc gia" column, a
Ban Dân vận's list of models per đảng bộ.

The inputs are the plain-text forms of the spent tuning set's documents (tests/fixtures/tbl56t, written by hand by
authors blind to vanban); each expected value is their labels' (bench/gold/tune55/*.labels.json), and where a kind's
labels disagree across the sets the split named in the rule's comment (a choice put up "khen thưởng" or "biểu dương").
"""

from __future__ import annotations


from fixture_extracts import FixtureTexts
from vanban.extract import extract
from vanban.extract.base_heads import set_head
from vanban.extract.dated_twins import present_twins, start_twins
from vanban.structure.figure_tables import _count_column

_FIX = FixtureTexts("tbl56t")
_DIR = _FIX.dir
_ext, _targets = _FIX.extraction, _FIX.targets


# --- t55-02: "Xã, thị trấn" heads a quota table --------------------------------------------------------------------

_DOSES = [1150, 24000, 1420, 3860, 38500, 1260, 4120, 31000, 1180, 3540, 42000, 1350, 2970, 36500, 1090, 3210, 28000,
          1010]


def test_every_dose_cell_of_a_table_per_xa_and_thi_tran_is_a_quota():
    doses = [lo for _, lo, hi, u in _targets("t55-02-KH-UBND") if u == "liều" and lo == hi]
    assert sorted(d for d in doses if d not in (18850, 200000, 7310)) == sorted(_DOSES)


def test_the_dose_totals_are_read_once_and_the_rates_as_floors():
    got = _targets("t55-02-KH-UBND")
    for total in (18850, 200000, 7310):
        assert [lo for _, lo, _, u in got if u == "liều" and lo == total] == [total]
    floors = sorted(lo for text, lo, hi, u in got if u == "%" and hi is None and text in ("85", "80", "82"))
    assert floors == [80, 80, 80, 80, 82, 85]


# --- t55-04: the rate at the year's start beside the rate at its end -----------------------------------------------

def test_the_starting_rate_column_is_no_quota_and_the_quota_columns_keep_their_cells():
    got = _targets("t55-04-KH-UBND")
    cells = {text: (lo, u) for text, lo, hi, u in got}
    for base in ("3,99", "15,23", "18,25", "13,29", "17,83", "12,55", "12,07", "8,27", "118", "262", "2.960"):
        assert base not in cells
    for quota, unit in (("35", "hộ"), ("80", "hộ"), ("82", "hộ"), ("2,80", "%"), ("10,58", "%"), ("12,92", "%"),
                        ("8,19", "%")):
        assert cells.get(quota, (None, None))[1] == unit, quota


def test_the_rate_a_huyen_starts_from_is_no_floor():
    # "giảm từ 3,5% trở lên, từ 11,80% đầu năm xuống còn dưới 8,3% vào cuối năm 2040"
    got = _targets("t55-04-KH-UBND")
    assert not [t for t in got if t[1] == 11.8]
    assert any(lo is None and hi == 8.3 for _, lo, hi, _ in got)


def test_start_and_end_of_year_twins():
    header = ("TT", "Xã, thị trấn", "Tổng số hộ", "Số hộ nghèo đầu năm 2040", "Tỷ lệ hộ nghèo đầu năm (%)",
              "Chỉ tiêu giảm số hộ nghèo năm 2040 (hộ)", "Tỷ lệ hộ nghèo cuối năm 2040 (%)")
    assert start_twins(header) == {4}
    assert 4 in present_twins(header)
    assert start_twins(("TT", "Thôn", "Tỷ lệ hộ nghèo đầu năm (%)")) == set()  # no end twin: a rate set, kept


def test_counts_of_the_present_with_total_or_time():
    assert _count_column("Tổng số hộ")
    assert _count_column("Số hộ nghèo đầu năm 2040")
    assert not _count_column("Chỉ tiêu giảm số hộ nghèo năm 2040 (hộ)")


# --- t55-09: a funding table's "chương trình mục tiêu quốc gia" column ---------------------------------------------

def test_a_programme_name_is_no_set_word():
    assert not set_head("Lồng ghép chương trình mục tiêu quốc gia")
    assert set_head("Mục tiêu năm 2040 (lượt)")
    assert set_head("Kế hoạch vốn năm 2040")


def test_the_funding_table_sets_no_target():
    # "Nội dung | Tổng kinh phí | Ngân sách nhà nước | Lồng ghép chương trình mục tiêu quốc gia | Xã hội hóa" (triệu
    # đồng): budgets, no targets (the labels count the yearly indicator table and the support cap only)
    money = [t for t in _targets("t55-09-DA-UBND") if t[3] == "triệu đồng"]
    assert not [t for t in money if t[1] in (6500, 500, 400, 300, 7700, 24600)]


# --- t55-07: a list of models per đảng bộ; a choice put up for praise ----------------------------------------------

def test_each_dang_bo_line_of_the_list_is_its_own_quota():
    twos = [t for t in _targets("t55-07-KH-BDVHU") if t[1:] == (2, 2, "mô hình")]
    assert len(twos) == 5
    assert (3, 3, "mô hình") in [t[1:] for t in _targets("t55-07-KH-BDVHU")]


def test_models_chosen_for_praise_are_a_target_and_fields_listed_are_not():
    # "Đảng bộ thị trấn Thạch Phong: 03 mô hình" and "lựa chọn 03 mô hình tiêu biểu nhất đề nghị Ban Dân vận Tỉnh ủy
    # xem xét, biểu dương"; "trên 04 lĩnh vực: phát triển kinh tế, …" names the fields
    got = _targets("t55-07-KH-BDVHU")
    assert sum(1 for t in got if t[1:] == (3, 3, "mô hình")) == 2
    assert not [t for t in got if t[3] == "lĩnh vực"]


def test_a_choice_put_up_for_an_award_stays_out():
    # a24-06 ("… đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khen thưởng"): not labelled
    body = ("KẾ HOẠCH\nPhong trào thi đua năm 2040\n\nV. THI ĐUA, KHEN THƯỞNG\n\n- Lựa chọn 01 tổ dân phố có thành tích "
            "xuất sắc để đề nghị cấp trên khen thưởng.\n\n- Ban Thường trực lựa chọn 02 mô hình tiêu biểu đề nghị "
            "Ban Dân vận Tỉnh ủy biểu dương.\n")
    got = [(t.min, t.max, t.unit) for t in extract(body).targets]
    assert (1, 1, "tổ dân phố") not in got
    assert (2, 2, "mô hình") in got


def test_legacy_ocr_of_the_poverty_annex_keeps_each_row_in_its_columns():
    # t55-04 as legacy OCR reads it: "Xa, thị trấn", row 5's number read "fs)" (the labels: 72 hộ, 12,61 %)
    text = (_DIR / "t55-04-KH-UBND.legacy.txt").read_text(encoding="utf-8")
    got = [(t.text, t.min, t.unit) for t in extract(text, ocr=True).targets]
    assert ("72", 72, "hộ") in got or ("72", 72, "họ") in got
    assert ("12,61", 12.61, "%") in got
    assert not [t for t in got if t[0] in ("246", "17,83", "1.380", "13,29")]
