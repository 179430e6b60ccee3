"""A weekly reception written in a table cell keeps its part of day (vanban.extract.standing_meetings, session 34).

"| Phó Chủ tịch UBND phường | Chiều thứ Tư hằng tuần |": the cell has no "vào" to carry its "Chiều" into the weekly
time the dates stage reads ("thứ Tư hằng tuần"), and the meeting lost it — the CSV said "thứ Tư hằng tuần", the JSON
``part_of_day`` None — while a prose "họp giao ban vào sáng thứ Hai hằng tuần" kept its "sáng" (newcomer, session 34).
The plan below is written for this test in the style of a ward's citizen-reception plan (issued 18/12/2026); the
expected values are read from it by hand: the Wednesday reception is in the afternoon, the Friday one in the morning.
"""

from __future__ import annotations

import csv
import io
import json

from vanban.conveyor import process_file
from vanban.export import checklist_file
from vanban.export.checklist_text import render_checklist

PLAN = """| ỦY BAN NHÂN DÂN<br>PHƯỜNG HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 315/KH-UBND | Hòa Bình, ngày 18 tháng 12 năm 2026 |

**KẾ HOẠCH**

**Tiếp công dân của lãnh đạo Ủy ban nhân dân phường năm 2027**

**I. LỊCH TIẾP CÔNG DÂN**

| TT | Lãnh đạo tiếp công dân | Thời gian | Địa điểm |
|---|---|---|---|
| 1 | Phó Chủ tịch UBND phường phụ trách đô thị | Chiều thứ Tư hằng tuần | Phòng tiếp công dân phường |
| 2 | Phó Chủ tịch UBND phường phụ trách văn hóa | Buổi sáng thứ Sáu hằng tuần | Phòng tiếp công dân phường |

**II. TỔ CHỨC THỰC HIỆN**

1. Lãnh đạo UBND phường họp giao ban vào sáng thứ Hai hằng tuần.

2. Văn phòng HĐND và UBND phường báo cáo kết quả tiếp công dân về UBND quận trước ngày 25 hằng tháng.

| Nơi nhận:<br>- Thanh tra quận;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br>Trần Văn Bình |
|---|---|
"""


def _ext(tmp_path):
    path = tmp_path / "kh315.md"
    path.write_text(PLAN, encoding="utf-8")
    return process_file(path, jobs=1).extraction


def test_table_cell_part_of_day_stays_with_the_meeting(tmp_path):
    ext = _ext(tmp_path)
    got = {g.weekday: (g.part_of_day, g.text) for g in ext.meetings}
    assert got["thứ Tư"] == ("chiều", "chiều thứ Tư hằng tuần")
    assert got["thứ Sáu"] == ("sáng", "sáng thứ Sáu hằng tuần")
    assert got["thứ Hai"] == ("sáng", "sáng thứ Hai hằng tuần")  # the prose one, as before

    rows = list(csv.DictReader(io.StringIO(checklist_file(ext, "csv").lstrip("\ufeff"))))
    due = {r["Đơn vị chủ trì"]: r["Thời hạn"] for r in rows if r["Nội dung công việc"].startswith("Lịch họp")}
    assert due["Phó Chủ tịch UBND phường phụ trách đô thị"] == "chiều thứ Tư hằng tuần"
    meetings = json.loads(render_checklist(ext, "json"))["meetings"]
    assert {m["weekday"]: m["part_of_day"] for m in meetings} == {"thứ Tư": "chiều", "thứ Sáu": "sáng",
                                                                   "thứ Hai": "sáng"}
