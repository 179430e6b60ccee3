"""fixrev50: the reviewer's findings on session 50's merges, each kind with texts written for these tests in the style
of a xã's reports and plans (other places, figures and wording than any gold set's).

- A report's results part over a roster ("I. KẾT QUẢ ĐẠT ĐƯỢC … Lực lượng tham gia gồm:" over "| Lực lượng, phương
  tiện | Số lượng |"): what was mustered, no goal — the table below a part's lead-in lies outside the part's span
  (:func:`vanban.extract.table_heads.under_parts`).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_REPORT_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN HẢI LĂNG\nỦY BAN NHÂN DÂN XÃ HẢI PHONG\nSố: 41/BC-UBND\n"
                "Hải Phong, ngày 20 tháng 5 năm 2036\n\nBÁO CÁO\nKết quả diễn tập ứng phó sự cố thiên tai "
                "và tìm kiếm cứu nạn năm 2036\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Thạnh\n"


@pytest.mark.parametrize("lead", [
    "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nCuộc diễn tập được tổ chức ngày 15/5/2036 tại thôn Hưng Nhơn, các lực lượng tham gia "
    "gồm:\n\n",
    "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nLực lượng huy động cho cuộc diễn tập như sau:\n\n",
    "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chuẩn bị\n\nXã đã huy động các lực lượng, phương tiện sau:\n\n",
])
def test_a_roster_under_a_reports_results_is_no_target(lead):
    body = (lead + "| Lực lượng, phương tiện | Số lượng | Ghi chú |\n|---|---|---|\n"
            "| Dân quân cơ động | 31 đồng chí | |\n| Đoàn viên thanh niên | 18 người | |\n"
            "| Xuồng máy | 03 chiếc | Của ngư dân |\n\n"
            "**II. TỒN TẠI, HẠN CHẾ**\n\nMột số thôn chuẩn bị phương tiện còn chậm.\n")
    got = [(t.min, t.max, t.unit) for t in extract(_REPORT_HEAD + body + _TAIL).targets]
    assert not [g for g in got if g[0] in (31.0, 18.0, 3.0)]
