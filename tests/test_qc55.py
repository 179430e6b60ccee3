"""Kinds tune54 brought (qc55, session 55): a Đảng ủy xã's Quy chế làm việc, a xã's nông thôn mới nâng cao plan, a
Báo cáo's indicator table, a Chi cục Thuế's plan, a UBND huyện's food-safety plan.

The inputs are the plain-text forms of the spent tuning set's documents (tests/fixtures/qc55, written by hand by authors
blind to vanban); each expected value is their labels' (bench/gold/tune54/*.labels.json), and where a kind's labels
disagree across the sets the majority named in the rule's docstring (meeting rhythms spelled "một lần", a share's
condition "có ít nhất 01 …").
"""

from __future__ import annotations


from fixture_extracts import FixtureTexts
from vanban.extract import extract

_FIX = FixtureTexts("qc55")
_ext, _targets = _FIX.extraction, _FIX.targets


def _whos(stem: str):
    return [o.who for o in _ext(stem).obligations]


# --- Quy chế làm việc of a Đảng ủy xã (t54-08) ----------------------------------------------------------------------

def test_meeting_rhythm_spelled_once_is_no_target_but_the_explicit_minimum_is():
    # "Ban Chấp hành họp thường kỳ mỗi quý một lần", "Ban Thường vụ họp thường kỳ mỗi tháng một lần, vào ngày 25 hằng
    # tháng": schedules (labels: none); "… dự sinh hoạt chi bộ … ít nhất mỗi quý một lần": min 1 lần/quý
    rhythms = [(lo, hi, u) for _, lo, hi, u in _targets("t54-08-QD-DU") if u and u.startswith("lần/")]
    assert rhythms == [(1.0, None, "lần/quý")]


def test_meeting_rhythm_with_its_figure_stays_a_target():
    # t22-09's "Ban Thường vụ họp thường lệ mỗi tháng 01 lần, vào tuần thứ nhất của tháng" (labelled 1 lần/tháng)
    text = ("ĐẢNG BỘ XÃ HÒA AN\nSố: 04-QC/ĐU\nHòa An, ngày 10 tháng 3 năm 2027\n\nQUY CHẾ\nLàm việc của Ban Chấp hành\n\n"
            "Điều 9. Chế độ hội nghị\n\n1. Ban Chấp hành họp thường lệ mỗi quý 01 lần; họp bất thường khi cần thiết.\n\n"
            "2. Ban Thường vụ họp thường lệ mỗi tháng 01 lần, vào tuần thứ nhất của tháng.\n\n"
            "T/M BAN CHẤP HÀNH\nBÍ THƯ\nLê Văn An\n")
    got = [(t.min, t.max, t.unit) for t in extract(text).targets]
    assert (1.0, 1.0, "lần/quý") in got
    assert (1.0, 1.0, "lần/tháng") in got


def test_leading_the_work_is_the_duty_not_a_body():
    # "3. Lãnh đạo công tác kiểm tra, giám sát …" under "Điều 3. Trách nhiệm của Ban Chấp hành Đảng bộ xã"
    whos = _whos("t54-08-QD-DU")
    assert not any(w.lower().startswith("lãnh đạo công tác") for w in whos)
    assert "Ban Chấp hành Đảng bộ xã" in whos


def test_relation_then_the_same_bodys_duties():
    # Điều 15: "Thường trực HĐND, UBND, … xã chịu sự lãnh đạo của Ban Chấp hành, Ban Thường vụ; định kỳ 6 tháng báo
    # cáo Ban Thường vụ …" — the labels' obligation of that body
    assert ("Thường trực HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã"
            in _whos("t54-08-QD-DU"))


# --- nông thôn mới nâng cao (t54-02) ----------------------------------------------------------------------------------

def test_current_state_column_is_no_target_the_goal_column_is():
    got = _targets("t54-02-KH-UBND")
    figures = {(lo, hi, u) for _, lo, hi, u in got}
    for reached in [(62.0, 62.0, "%"), (71.4, 71.4, "triệu đồng/người/năm"), (1.62, 1.62, "%"), (91.8, 91.8, "%"),
                    (38.0, 38.0, "%")]:
        assert reached not in figures  # the "Hiện trạng năm 2039" cells
    assert (80.0, None, "%") in figures and (95.5, None, "%") in figures and (None, 1.0, "%") in figures


def test_criteria_set_issued_by_a_cited_decision_is_not_cited_again():
    cites = _ext("t54-02-KH-UBND").citations
    assert [c.type for c in cites if c.type == "Bộ tiêu chí"] == []
    assert "1874/QĐ-UBND" in [c.number for c in cites]


def test_criteria_set_cited_alone_stays():
    # t47-03's "Căn cứ Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2036 - 2040 và kết quả rà soát …"
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nỦY BAN NHÂN DÂN XÃ THẠCH BÌNH\nSố: 12/KH-UBND\n"
            "Thạch Bình, ngày 20 tháng 01 năm 2036\n\nKẾ HOẠCH\nXây dựng xã nông thôn mới nâng cao\n\n"
            "Căn cứ Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Hà Tĩnh giai đoạn 2036 - 2040 và kết quả rà soát hiện "
            "trạng các tiêu chí, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n\n1. Công chức Văn hóa - Xã hội tham "
            "mưu thực hiện tiêu chí văn hóa, hoàn thành trước ngày 30/6/2036.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")
    assert "Bộ tiêu chí" in [c.type for c in extract(text).citations]


# --- a Báo cáo's indicator table (t54-05) -----------------------------------------------------------------------------

def test_reach_cell_of_an_indicator_table():
    got = [(lo, hi, u) for _, lo, hi, u in _targets("t54-05-BC-UBND")]
    assert (100.0, 100.0, "% chỉ tiêu huyện giao") in got


# --- a share's condition (t54-06, t54-04) ----------------------------------------------------------------------------

def test_floor_of_one_inside_a_share_is_its_condition():
    got = _targets("t54-06-KH-UBND")
    assert not any(u == "mô hình" for _, _, _, u in got)  # "100% xã, thị trấn có ít nhất 01 mô hình …"
    assert any(lo == hi == 100.0 and u == "%" and "xã" in (t.scope or "")
               for t, (_, lo, hi, u) in zip(_ext("t54-06-KH-UBND").targets, got))


def test_floor_of_one_per_unit_after_a_bound_share_stays():
    # "… tỷ lệ hợp tác xã hoạt động hiệu quả đạt từ 75% trở lên, mỗi xã có ít nhất 01 hợp tác xã nông nghiệp …"
    assert any(lo == 1.0 and hi is None and u == "hợp tác xã" for _, lo, hi, u in _targets("t54-04-KL-HU"))


# --- teams listed one by one (t54-01) ----------------------------------------------------------------------------------

def test_team_count_over_its_list_of_teams_is_no_target():
    # "Thành lập 03 Đoàn kiểm tra liên ngành về an toàn thực phẩm của huyện:" / "- Đoàn số 1: …" (labels: none)
    assert not any(u and u.startswith("đoàn") for _, _, _, u in _targets("t54-01-KH-UBND"))


# --- a tax office's desk team (t54-09) -----------------------------------------------------------------------------------

def test_desk_team_heading_names_its_body():
    obs = [o for o in _ext("t54-09-KH-CCTKV").obligations if o.who == "Đội Nghiệp vụ - Dự toán - Trước bạ và thu khác"]
    assert any(o.deadline and o.deadline.date and str(o.deadline.date) == "2039-12-25" for o in obs)
