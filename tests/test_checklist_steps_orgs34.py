"""Two kinds of checklist rows the session-34 newcomer found wrong, written for these tests in their kinds' wording.

* A partner list holding a mass organisation whose name has words no unit's name has elsewhere ("Hội Chữ thập đỏ",
  "Hội Cựu chiến binh", "Hội Người cao tuổi"): the name is whole in "Đơn vị phối hợp", the task starts at its verb, and
  the JSON's ``what`` is the CSV's "Nội dung công việc".
* A timetable's step written "N. Step: time": the words before the colon are the task, the time after it the Thời hạn;
  a step that names no body is still a row.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from vanban.cli import cli
from vanban.extract.partners import partners_in
from vanban.extract.timed_steps import time_only

HEADER = """| ỦY BAN NHÂN DÂN<br>XÃ AN HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: {no}/KH-UBND | An Hòa, ngày 10 tháng 01 năm 2028 |

**KẾ HOẠCH**

**{title}**

"""
FOOTER = """
| Nơi nhận:<br>- UBND huyện;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br>Lê Văn Bình |
|---|---|
"""

ORGS = HEADER.format(no=8, title="Chăm lo Tết cho người có công năm 2028") + """Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

**I. TỔ CHỨC THỰC HIỆN**

1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Hội Cựu chiến binh xã lập danh sách gia đình chính sách được thăm hỏi.

2. Ban Công an xã chủ trì, phối hợp với Hội Chữ thập đỏ xã, Hội Người cao tuổi xã trao quà cho hộ nghèo trước ngày 20/01/2028.
""" + FOOTER

STEPS = HEADER.format(no=9, title="Tổ chức Đại hội Hội Nông dân xã nhiệm kỳ 2028 - 2033") + """Đại hội dự kiến tổ chức ngày 25/4/2028. Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

**I. CÁC BƯỚC CHUẨN BỊ**

1. Thành lập Tiểu ban văn kiện Đại hội: chậm nhất 45 ngày trước ngày khai mạc Đại hội.

2. Tiểu ban văn kiện hoàn thành dự thảo Báo cáo chính trị: trước ngày 31/3/2028.

3. Công an xã xây dựng phương án bảo vệ Đại hội: chậm nhất 10 ngày trước ngày khai mạc Đại hội.

4. Văn phòng Đảng ủy gửi giấy mời đại biểu chậm nhất 07 ngày trước ngày khai mạc Đại hội.
""" + FOOTER


def _run(tmp_path, text: str, fmt: str) -> str:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["checklist", str(path), "--format", fmt, "-o", "-"])
    assert res.exit_code == 0, res.output
    return res.output


def _csv(tmp_path, text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(_run(tmp_path, text, "csv").lstrip("\ufeff"))))


@pytest.mark.parametrize(("what", "units"), [
    ("chủ trì, phối hợp với Hội Chữ thập đỏ huyện tổ chức hiến máu", "Hội Chữ thập đỏ huyện"),
    ("phối hợp với Hội Cựu chiến binh xã tuyên truyền", "Hội Cựu chiến binh xã"),
    ("phối hợp Hội Người cao tuổi, Hội Khuyến học xã vận động con cháu", "Hội Người cao tuổi, Hội Khuyến học xã"),
    ("phối hợp với Chi hội Phụ nữ thôn Đông tổ chức dọn vệ sinh", "Chi hội Phụ nữ thôn Đông"),
    ("phối hợp với Hội Nạn nhân chất độc da cam/dioxin huyện thăm hỏi", "Hội Nạn nhân chất độc da cam/dioxin huyện"),
])
def test_mass_organisation_is_whole_partner(what, units):
    assert partners_in(what) == units


def test_partner_organisation_rows_csv_and_json_agree(tmp_path):
    rows = _csv(tmp_path, ORGS)
    by_lead = {r["Đơn vị chủ trì"]: r for r in rows}
    first = by_lead["Công chức Văn hóa - Xã hội"]
    assert first["Đơn vị phối hợp"] == "Hội Cựu chiến binh xã"
    assert first["Nội dung công việc"] == "Lập danh sách gia đình chính sách được thăm hỏi"
    second = by_lead["Ban Công an xã"]
    assert second["Đơn vị phối hợp"] == "Hội Chữ thập đỏ xã, Hội Người cao tuổi xã"
    assert second["Nội dung công việc"] == "Trao quà cho hộ nghèo"
    items = json.loads(_run(tmp_path, ORGS, "json"))["items"]
    assert [i["what"] for i in items] == [r["Nội dung công việc"] for r in rows if r["TT"]]
    assert [i["partners"] for i in items] == [r["Đơn vị phối hợp"] or None for r in rows if r["TT"]]


def test_time_only_after_a_step():
    assert time_only(" chậm nhất 45 ngày trước ngày khai mạc Đại hội.") == "chậm nhất 45 ngày trước ngày khai mạc Đại hội"
    assert time_only(" trước ngày 31/3/2028.", "trước ngày 31/3/2028") == "trước ngày 31/3/2028"
    assert time_only(" chậm nhất 30 ngày trước ngày bầu cử (ngày 05/3/2028).") is not None
    assert time_only(" lập danh sách cử tri chậm nhất 30 ngày trước ngày bầu cử") is None
    assert time_only(" Sở Y tế, Sở Tài chính.") is None


def test_step_label_is_the_task_its_time_the_deadline(tmp_path):
    rows = [r for r in _csv(tmp_path, STEPS) if r["TT"]]
    by_task = {r["Nội dung công việc"]: r for r in rows}
    second = by_task["Hoàn thành dự thảo Báo cáo chính trị"]
    assert second["Đơn vị chủ trì"] == "Tiểu ban văn kiện"
    assert second["Hạn (yyyy-mm-dd)"] == "2028-03-31"
    third = by_task["Xây dựng phương án bảo vệ Đại hội"]
    assert (third["Đơn vị chủ trì"], third["Thời hạn"]) == ("Công an xã", "chậm nhất 10 ngày trước ngày khai mạc Đại hội")
    assert by_task["Gửi giấy mời đại biểu"]["Đơn vị chủ trì"] == "Văn phòng Đảng ủy"
    assert not any("chậm nhất" in r["Đơn vị chủ trì"] or r["Nội dung công việc"].startswith(("Chậm nhất", "Trước"))
                   for r in rows)


@pytest.mark.parametrize(("task", "deadline", "words"), [
    ("Khai giảng lớp bồi dưỡng: trước ngày 15/9/2028.", "trước ngày 15/9/2028", "Khai giảng lớp bồi dưỡng"),
    ("Lập hồ sơ đề nghị: chậm nhất 20 ngày trước ngày xét duyệt", "chậm nhất 20 ngày trước ngày xét duyệt",
     "Lập hồ sơ đề nghị"),
    ("Rà soát các nội dung sau: hồ sơ, sổ sách", "trước ngày 15/9/2028", "Rà soát các nội dung sau: hồ sơ, sổ sách"),
])
def test_phieu_task_does_not_restate_its_time(task, deadline, words):
    from vanban.export.checklist_office import without_due_tail

    assert without_due_tail(task, deadline) == words
