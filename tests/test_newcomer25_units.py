"""Session 25's newcomer defects, each a kind, with sentences written for these tests in the style of a UBND's plan.

- A report cycle with no day ("báo cáo hằng quý") is next due for the first period the document runs in: a plan
  dated after the day it is read must not show the period before it was issued.
- The unit of a task as offices write it inside the task's paragraph: "Đơn vị chủ trì: X; đơn vị phối hợp: Y",
  "Cơ quan chủ trì: X; cơ quan phối hợp: Y", "Chủ trì: X. Phối hợp: Y.", "(Đơn vị chủ trì: X)": the body is X alone,
  and the label is no part of the task's text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 12/KH-UBND
Phú Thọ, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2027

I. NHIỆM VỤ TRỌNG TÂM
"""


def test_a_report_cycle_of_a_plan_issued_after_today_starts_with_the_plan():
    plan = _HEAD + ("1. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm theo dõi, tổng hợp tình hình thực hiện Kế hoạch, "
                    "báo cáo hằng quý về Ủy ban nhân dân tỉnh.\n")
    it = next(i for i in build_checklist(extract(plan), today=dt.date(2026, 12, 3))
              if i.who == "Văn phòng Ủy ban nhân dân tỉnh")
    assert (it.deadline, it.next_due) == ("hằng quý", "2027-03-31")  # quý I/2027, not quý IV/2026


@pytest.mark.parametrize("line, who", [
    ("1. Rà soát, cập nhật bộ thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trước ngày "
     "30/6/2027. Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Ủy ban nhân dân các xã, phường.", "Sở Nội vụ"),
    ("1. Rà soát, cập nhật bộ thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trước ngày "
     "30/6/2027. Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ban, ngành.", "Sở Tư pháp"),
    ("1. Rà soát, cập nhật bộ thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trước ngày "
     "30/6/2027. Chủ trì: Sở Y tế. Phối hợp: Sở Tài chính.", "Sở Y tế"),
    ("1. Rà soát, cập nhật bộ thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trước ngày "
     "30/6/2027 (Đơn vị chủ trì: Sở Khoa học và Công nghệ).", "Sở Khoa học và Công nghệ"),
])
def test_a_tasks_unit_written_in_its_paragraph_is_the_body_alone(line, who):
    ext = extract(_HEAD + line + "\n")
    assert [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations] == [(who, "2027-06-30")]
    what = ext.obligations[0].what
    assert "chủ trì" not in what.lower() and what.lower().startswith("rà soát")


def test_the_checklist_says_which_way_a_target_moves():
    from vanban.extract.checklist import target_text
    plan = _HEAD.replace("I. NHIỆM VỤ TRỌNG TÂM", "I. MỤC TIÊU") + (
        "1. Tỷ lệ hộ nghèo giảm 1,5% so với năm 2026; số hộ có nước sạch tăng thêm 120 hộ; tỷ lệ che phủ rừng đạt 45%.\n")
    said = {t.text: target_text(t) for t in extract(plan).targets}
    assert said["1,5%"].startswith("giảm 1,5% — Tỷ lệ hộ nghèo")  # not a poverty rate of 1,5%
    assert said["120 hộ"].startswith("tăng 120 hộ")
    assert said["45%"].startswith("45% — tỷ lệ che phủ rừng")


def test_an_organ_among_topic_headings_is_still_the_body_charged():
    # a plan's fields "1. Cải cách thể chế", "2. …" beside "4. Ủy ban nhân dân các xã, phường": the topics' list does not
    # make the organ a topic (lf25's "9. Doanh nghiệp số" among fields stays one)
    plan = _HEAD + (
        "1. Cải cách thể chế\n\na) Rà soát văn bản quy phạm pháp luật của tỉnh, hoàn thành trong quý II/2027.\n\n"
        "2. Cải cách thủ tục hành chính\n\na) Công bố danh mục thủ tục hành chính kịp thời.\n\n"
        "3. Xây dựng chính quyền số\n\na) Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.\n\n"
        "4. Ủy ban nhân dân các xã, phường\n\na) Xây dựng kế hoạch cải cách hành chính năm 2027 của địa phương, hoàn "
        "thành trước ngày 31/12/2026.\n\nb) Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công.\n")
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(plan).obligations]
    assert ("Ủy ban nhân dân các xã, phường", "2026-12-31") in got


@pytest.mark.parametrize("line, partners", [
    ("1. Rà soát bộ thủ tục hành chính của tỉnh, hoàn thành trước ngày 30/6/2027. Đơn vị chủ trì: Sở Nội vụ; đơn vị "
     "phối hợp: Ủy ban nhân dân các xã, phường.", "Ủy ban nhân dân các xã, phường"),
    ("1. Rà soát bộ thủ tục hành chính của tỉnh, hoàn thành trước ngày 30/6/2027. Chủ trì: Sở Y tế. Phối hợp: Sở Tài "
     "chính.", "Sở Tài chính"),
    ("1. Rà soát bộ thủ tục hành chính của tỉnh, hoàn thành trước ngày 30/6/2027. Đơn vị chủ trì: Sở Tư pháp.", None),
])
def test_the_partners_written_after_the_lead_unit(line, partners):
    (ob,) = extract(_HEAD + line + "\n").obligations
    assert ob.partners == partners
