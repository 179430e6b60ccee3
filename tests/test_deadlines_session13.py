"""Deadlines a newcomer's plan gave none for (session 13), in sentences of the plans' own style.

* "hoàn thành … đến hết năm 2026": a completion date; by the labels' conventions
  (../shared/realdocs/labeled/README.md: "hoàn thành trong quý/năm …" is a deadline, a partial
  date an interval over the whole period) 2026-01-01..2026-12-31. Without a completion word,
  "tổ chức tuyên truyền đến hết năm 2026" is the running period of a campaign: no deadline
  (like the horizon "đến năm 2030").
* "trước ngày 05 của tháng đầu quý sau": quarterly, in January, April, July and October.
* "trước ngày 31/02/2026": no such day; the extraction's notes say so (and `vanban checklist`
  warns), never silently nothing.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐÔNG SƠN                    Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                 Đông Sơn, ngày 10 tháng 11 năm 2025
KẾ HOẠCH
Chuyển đổi số năm 2026
II. TỔ CHỨC THỰC HIỆN
"""


def deadlines_of(*items: str):
    text = HEAD + "".join(f"{i}. {s}\n" for i, s in enumerate(items, 1))
    return extract(text)


@pytest.mark.parametrize("sentence", [
    "Công an xã hoàn thành việc làm sạch dữ liệu dân cư đến hết năm 2026.",
    "Phòng Kinh tế chủ trì rà soát, hoàn thành cấp đổi giấy chứng nhận quyền sử dụng đất đến hết năm 2026.",
    "Trạm Y tế xã triển khai xong hồ sơ sức khỏe điện tử đến hết năm 2026.",
])
def test_completion_by_the_end_of_a_year(sentence):
    found = deadlines_of(sentence).deadlines
    assert [(d.earliest, d.latest) for d in found] == [("2026-01-01", "2026-12-31")]


@pytest.mark.parametrize("sentence", [
    "Phòng Văn hóa - Thông tin tổ chức tuyên truyền đến hết năm 2026.",
    "Phấn đấu đến năm 2030 có 100% hồ sơ được số hóa.",
])
def test_a_running_period_is_no_deadline(sentence):
    assert deadlines_of(sentence).deadlines == ()


@pytest.mark.parametrize("sentence", [
    "Hội Nông dân xã báo cáo trước ngày 05 của tháng đầu quý sau.",
    "Các thôn gửi báo cáo quý về Văn phòng trước ngày 05 tháng đầu tiên của quý tiếp theo.",
])
def test_first_month_of_the_next_quarter(sentence):
    (d,) = deadlines_of(sentence).deadlines
    assert d.date == "2026-01-05"  # the plan is dated 10/11/2025: January is the next such month
    assert d.recurrence == "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5"


def test_an_impossible_date_is_noted():
    ext = deadlines_of("Văn phòng HĐND và UBND xã gửi báo cáo trước ngày 31/02/2026.",
                       "Ban Chỉ huy Quân sự xã hoàn thành trước ngày 30 tháng 02 năm 2026.",
                       "Phòng Nội vụ báo cáo chậm nhất ngày 28/02/2026 theo Nghị định số 30/2020/NĐ-CP.")
    assert [d.date for d in ext.deadlines] == ["2026-02-28"]
    assert len(ext.notes) == 2
    assert "'31/02/2026'" in ext.notes[0] and "gửi báo cáo trước ngày 31/02/2026" in ext.notes[0]
    assert "30 tháng 02 năm 2026" in ext.notes[1]


def test_checklist_warns_of_an_impossible_date(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    plan = tmp_path / "kh.txt"
    plan.write_text(HEAD + "1. Văn phòng HĐND và UBND xã gửi báo cáo trước ngày 31/02/2026.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "vanban.cli", "checklist", str(plan), "--jobs", "1"], cwd=ROOT,
                       capture_output=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0 and "impossible date '31/02/2026'" in r.stderr.decode()
