"""Targets on authored25's kinds (session 26, tg26), with documents written for these tests in the style of a Sở Y
tế's plan, a UBND's Công văn on disbursement, a Tỉnh ủy's Chương trình hành động and a Chủ tịch UBND's Công điện
(expected values by hand):

* a quota table by area ("TT | Khu vực | Số xã, phường | Tỷ lệ mắc tối đa (ca/100.000 dân) | Số đợt chiến dịch tối
  thiểu"): the area's count column is no target, a head's rate unit ("ca/100.000 dân") and the bound its words end
  with ("tối đa", "tối thiểu") are its cells'; legacy OCR's "dui 130" is "dưới 130";
* an appendix of disbursement milestones per investor ("PHỤ LỤC MỐC GIẢI NGÂN CỦA …"): its cells' bounds are targets;
* "dược sĩ" (which folds like "được") counts health staff: "3,5 dược sĩ đại học … trên 10.000 dân";
* a day/month span "(28/6 - 16/9/1972)" is no range of a fraction;
* a cold-spell rule that opens with its temperature ("khi nhiệt độ ngoài trời dưới 7 độ C, cho học sinh … nghỉ học")
  is a bound, as the rule written after its action is; a forecast's "khi nhiệt độ xuống dưới 10 độ C, các đợt rét …"
  is not.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.indicator_cells import quota_cells
from vanban.structure import structure_of_text

_HEAD = ("SỞ Y TẾ TỈNH TÂY NINH\nSố: 45/KH-SYT\nTây Ninh, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
         "Phòng, chống sốt xuất huyết năm 2027\n\n")
_TAIL = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"

_AREAS = ("II. MỤC TIÊU\n\n3. Chỉ tiêu theo vùng\n\n\nTT\n\nVùng\n\nSố xã, phường\n\nTỷ lệ mắc tối đa (ca/100.000 dân)\n\n"
          "Số đợt chiến dịch tối thiểu\n\n\n1\n\nVùng đô thị\n\n12\n\ndưới 150\n\n06 đợt\n\n\n2\n\nVùng nông thôn\n\n"
          "25\n\ndui 120\n\n04 đợt\n\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n\nTăng cường giám sát ca bệnh.\n")


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_a_quota_table_by_area_with_a_count_column_and_bounds_in_its_heads():
    st = structure_of_text(_HEAD + _AREAS + _TAIL)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert [[c.text for c in r] for r in t.rows[1:]] == [
        ["1", "Vùng đô thị", "12", "dưới 150", "06 đợt"], ["2", "Vùng nông thôn", "25", "dui 120", "04 đợt"]]
    got = [(x.text, x.min, x.max, x.unit) for x in quota_cells(st.tables)[0]]
    assert got == [("dưới 150", None, 150, "ca/100.000 dân"), ("06 đợt", 6, None, "đợt"),
                   ("dui 120", None, 120, "ca/100.000 dân"), ("04 đợt", 4, None, "đợt")]
    assert _t(_AREAS) == [(None, 150, "ca/100.000 dân"), (6, None, "đợt"), (None, 120, "ca/100.000 dân"),
                          (4, None, "đợt")]  # no "12 dưới": the count is the area's, no target


def test_a_table_of_areas_under_a_caption_of_results_is_no_quota_table():
    text = _AREAS.replace("3. Chỉ tiêu theo vùng", "3. Kết quả thực hiện năm 2026 theo vùng")
    assert not [t for t in structure_of_text(_HEAD + text + _TAIL).tables if t.role == "quota"]


_CV_HEAD = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 1245/UBND-KT\nPhú Thọ, ngày 02 tháng 02 năm 2027\n\nV/v đẩy mạnh giải "
            "ngân vốn đầu tư công năm 2027\n\nKính gửi: Các sở, ban, ngành\n\n")
_CV_TAIL = ("\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrịnh Văn Khánh\n\nPHỤ LỤC\n\n{head}\n\n"
            "(Kèm theo Công văn số 1245/UBND-KT ngày 02 tháng 02 năm 2027)\n\n\nTT\n\nChủ đầu tư\n\nKế hoạch vốn năm "
            "2027 (tỷ đồng)\n\nTỷ lệ giải ngân đến 30/6/2027\n\n\n1\n\nBan Quản lý dự án giao thông tỉnh\n\n1.845,0\n\n"
            "tối thiểu 55%\n\n\n2\n\nBan Quản lý dự án dân dụng tỉnh\n\n926,4\n\ntối thiểu 50%\n")


def test_an_appendix_of_disbursement_milestones_per_investor_sets_targets():
    body = "1. Các chủ đầu tư tập trung chỉ đạo, đôn đốc nhà thầu đẩy nhanh tiến độ thi công.\n"
    text = _CV_HEAD + body + _CV_TAIL.format(head="MỐC GIẢI NGÂN CỦA MỘT SỐ CHỦ ĐẦU TƯ CÓ KẾ HOẠCH VỐN LỚN NĂM 2027")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(55, None, "%"), (50, None, "%")]
    # an appendix listing the disbursement reached is no milestone set
    text = _CV_HEAD + body + _CV_TAIL.format(head="KẾT QUẢ GIẢI NGÂN NĂM 2026 CỦA CÁC CHỦ ĐẦU TƯ")
    assert not extract(text).targets


def test_pharmacists_per_population_are_counted():
    body = "II. MỤC TIÊU\n\n- Đạt 19 bác sĩ, 3,5 dược sĩ đại học và 33 điều dưỡng trên 10.000 dân.\n"
    assert (3.5, 3.5, "dược sĩ đại học") in _t(body)
    # the year's result is no target
    body = "I. KẾT QUẢ\n\nNăm 2025, toàn tỉnh có 2,1 dược sĩ đại học trên 10.000 dân.\n"
    assert _t(body) == []


def test_a_day_month_span_is_no_range():
    body = ("II. NỘI DUNG\n\n1.6. Kỷ niệm 55 năm Chiến dịch bảo vệ Thành cổ Quảng Trị 81 ngày đêm (28/6 - 16/9/1972).\n")
    assert _t(body) == []
    body = "II. MỤC TIÊU\n\n- Tỷ lệ tăng dân số tự nhiên đạt 1,0 - 1,5%/năm.\n"
    assert _t(body) == [(1.0, 1.5, "%")]


_CD_HEAD = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 02/CĐ-UBND\nLào Cai, ngày 07 tháng 01 năm 2027\n\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với rét đậm, rét hại\n\n")


def test_a_cold_spell_rule_opening_with_its_temperature():
    body = ("2. Sở Giáo dục và Đào tạo\n\nHướng dẫn các cơ sở giáo dục điều chỉnh thời gian học tập; khi nhiệt độ "
            "ngoài trời dưới 7 độ C, cho học sinh mầm non, tiểu học nghỉ học; khi nhiệt độ dưới 4 độ C, cho học sinh "
            "trung học cơ sở nghỉ học.\n")
    assert _t(body, _CD_HEAD) == [(None, 7, "độ C"), (None, 4, "độ C")]


def test_a_forecast_of_the_temperature_is_no_rule():
    body = ("1. Tình hình\n\nKhi nhiệt độ xuống dưới 10 độ C, các đợt rét đậm thường kéo dài nhiều ngày.\n")
    assert _t(body, _CD_HEAD) == []


def test_a_temperature_wrapped_between_its_words():
    # legacy OCR keeps the page's lines: "dưới 4 độ ⏎ C" is "dưới 4 độ C"
    body = ("2. Sở Giáo dục và Đào tạo\n\nHướng dẫn các cơ sở giáo dục điều chỉnh thời gian học tập; khi nhiệt độ "
            "dưới 4 độ\nC, cho học sinh trung học cơ sở nghỉ học.\n")
    assert _t(body, _CD_HEAD) == [(None, 4, "độ C")]
