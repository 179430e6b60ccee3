"""Targets in prose: goals against past results, and planned counts (tgt54, session 54; authored52's misses).

Each document is a spent gold document's plain form (``realdocs/md2plain.py`` of ``bench/gold/<set>/<stem>.md``) copied
into ``tests/fixtures/tgt54/`` with its labels; an expected target is the labelled one, found by its text, and matched
as ``bench/realdocs_eval.py`` scores it (min and max equal, the unit equal or one a prefix of the other):

1. a Công văn đôn đốc's opening paragraph reports back, with no heading over it ("Kết quả thu ngân sách … 9 tháng đầu
   năm 2038 đạt 286,4 tỷ đồng, bằng 71,6% dự toán tỉnh giao …; … tăng 12,5% so với cùng kỳ", a52-05): none of its
   eight figures is a target, the letter's goals ("phấn đấu … đạt tối thiểu 110% dự toán tỉnh giao") all are; nor is
   the selection criterion "Các xã có số thu đạt dưới 50% dự toán nêu trên";
2. the inspections a phương hướng plans, "Thực hiện 02 cuộc kiểm tra, 03 cuộc giám sát còn lại theo chương trình năm"
   (a52-01), "Hoàn thành 02 cuộc kiểm tra, giám sát theo chương trình năm 2027" (t30-05); the done ones of the same
   report's results part ("thực hiện 03/05 cuộc kiểm tra") are none;
3. a plan's "Kết quả huấn luyện:" label whose line bounds a figure names results required: "100% dân quân được huấn
   luyện, trong đó có từ 70% khá, giỏi trở lên" (a52-07);
4. a broadcast's count within a window of days, "đưa tin Thông báo trên Đài Truyền thanh huyện 03 lần, từ ngày 21/7
   đến ngày 24/7/2038" (a52-08).
The sentence signals alone (:func:`vanban.extract.report_sentences.reported_back`) are tested on sentences of the
open sets, reports and goals alike."""

from __future__ import annotations

import json
import pathlib

import pytest

from realdocs_match import _target_match
from vanban.extract import extract
from vanban.extract.folded import Folded
from vanban.extract.report import extraction_to_json
from vanban.extract.report_sentences import reported_back

_DIR = pathlib.Path(__file__).parent / "fixtures" / "tgt54"


def _targets(stem: str) -> list[dict]:
    return extraction_to_json(extract((_DIR / f"{stem}.txt").read_text(encoding="utf-8")))["targets"]


def _gold(stem: str) -> list[dict]:
    return json.loads((_DIR / f"{stem}.labels.json").read_text(encoding="utf-8"))["targets"]


def _labelled(stem: str, text: str) -> dict:
    (label,) = [t for t in _gold(stem) if t["text"] == text]
    return label


@pytest.mark.parametrize("stem, text", [
    ("a52-01-BC-DU", "Thực hiện 02 cuộc kiểm tra"),
    ("a52-01-BC-DU", "03 cuộc giám sát còn lại theo chương trình năm"),
    ("t30-05-TB-DU", "Hoàn thành 02 cuộc kiểm tra, giám sát"),
    ("a52-07-KH-UBND", "100% dân quân được huấn luyện"),
    ("a52-07-KH-UBND", "có từ 70% khá, giỏi trở lên"),
    ("a52-08-TB-UBND", "đưa tin Thông báo trên Đài Truyền thanh huyện 03 lần"),
])
def test_a_labelled_target_is_read(stem, text):
    label = _labelled(stem, text)
    got = _targets(stem)
    assert any(_target_match(label, x) for x in got), (label, got)


def test_a_letters_report_back_holds_no_target_and_its_goals_are_read():
    got = _targets("a52-05-CV-UBND")
    for label in _gold("a52-05-CV-UBND"):
        assert any(_target_match(label, x) for x in got), (label, got)
    # the opening paragraph's figures, as printed: what was reached by the end of September, and the selection
    # criterion that names the xã asked to explain themselves
    for value, unit in ((286.4, "tỷ đồng"), (71.6, "%"), (64.2, "%"), (182.0, "tỷ đồng"), (60.7, "%"), (12.5, "%"),
                        (50.0, "%")):
        assert not [x for x in got if value in (x["min"], x["max"]) and x["unit"] == unit], (value, got)


def test_done_inspections_of_the_results_part_are_none():
    got = _targets("a52-01-BC-DU")  # "thực hiện 03/05 cuộc kiểm tra, 04/07 cuộc giám sát theo chương trình năm" done
    assert len([x for x in got if x["unit"] and x["unit"].startswith("cuộc")]) == 2, got


def _reported(text: str, needle: str, day: str | None) -> bool:
    return reported_back(Folded.of(text).view, text.index(needle), day)


@pytest.mark.parametrize("text, needle, day", [
    # a Báo cáo's results line (a30-02): measured against the plan and the same period of last year
    ("- Tổng thu ngân sách nhà nước trên địa bàn đạt 58,6 tỷ đồng, bằng 54,2% dự toán năm, tăng 12,4% so với cùng kỳ; "
     "giá trị sản xuất thương mại - dịch vụ tăng 9,8%.", "9,8%", "2030-07-05"),
    # a Công văn's opening paragraph (a52-05): the day things stood at, past on the letter's own
    ("Còn 07 xã có số thu đạt dưới 50% dự toán (Ngọc Trà, Đông Vinh); nợ đọng thuế đến ngày 30/9/2038 là 21,8 tỷ đồng, "
     "tăng 12,5% so với cùng kỳ.", "50%", "2038-10-12"),
    ("Kết quả thu ngân sách nhà nước trên địa bàn huyện 9 tháng đầu năm 2038 đạt 286,4 tỷ đồng.", "286,4",
     "2038-10-12"),
    # a Kế hoạch's opening situation (t38-02): a change against last year's period, the figure bare
    ("Từ đầu năm đến ngày 30/6/2031, trên địa bàn phường ghi nhận 87 ca mắc sốt xuất huyết, tăng 24% so với cùng kỳ "
     "năm 2030.", "24%", "2031-07-10"),
])
def test_a_sentence_that_reports_back(text, needle, day):
    assert _reported(text, needle, day)


@pytest.mark.parametrize("text, needle, day", [
    # goals that strive or are bounded, against the plan or last year's period (t46-04, t22-06, t20-03)
    ("Tổng thu ngân sách nhà nước trên địa bàn năm 2036 phấn đấu đạt 48.650 triệu đồng, bằng 108% dự toán tỉnh giao.",
     "108%", "2035-12-20"),
    ("Chủ trì bảo đảm an ninh, trật tự; phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông so với cùng kỳ Tết Bính Ngọ "
     "năm 2026.", "5%", "2026-12-20"),
    ("Số vụ ngộ độc thực phẩm giảm ít nhất 10% so với cùng kỳ Tết Nguyên đán Bính Ngọ năm 2026.", "10%", "2026-12-20"),
    # a goal with a period ahead of the plan's day, its change against last year notwithstanding (t34-09)
    ("- Số ca mắc sốt xuất huyết từ tháng 9 đến tháng 12/2029 giảm 15% so với cùng kỳ năm 2028.", "15%", "2029-08-10"),
    # the first months of a year still to come: a review to hold, no result ("báo cáo sơ kết 6 tháng đầu năm")
    ("Các chi bộ báo cáo kết quả 6 tháng đầu năm 2038 về Đảng ủy; tổ chức ít nhất 01 buổi sinh hoạt chuyên đề.", "01",
     "2038-01-15"),
    # the letter's own goal beside its report (a52-05)
    ("- Chủ trì, phối hợp rà soát; phấn đấu thu ngân sách nhà nước trên địa bàn năm 2038 đạt tối thiểu 110% dự toán "
     "tỉnh giao.", "110%", "2038-10-12"),
])
def test_a_goal_is_no_report(text, needle, day):
    assert not _reported(text, needle, day)
