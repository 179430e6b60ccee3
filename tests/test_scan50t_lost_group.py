"""A scan's flowed task table whose first row is a group row, its Roman numeral "I" lost (scan50t, issue #9 on scans).

The kind: an appendix of tasks grouped under Roman numerals ("| **I** | **Công tác chỉ đạo, điều hành** | | | | |"
above "| 1 | Ban hành …"), scanned and read by Tesseract ``vie``. The lone bold "I" between two pipes reads as one
more pipe ("|---|---| | | Công tác chỉ đạo, điều hành | ||||| 1 | Ban hành …"), so the group's name stood before any
row; :func:`vanban.structure.pipe_flow._rows` took it for the delimiter row's noise, found it too long for noise and
dropped the whole table — t49-03's nine obligations with their due dates were lost on the scan form and found on the
clean one. The other groups (II, III read "II", IV) keep their numerals and were never the problem.

``tests/fixtures/scan50t/t49-03_appendix_scan.txt`` is the bench's scan page text of that appendix
(bench/realdocs_scan.py's OCR of tune49's t49-03, copied, not edited); every expected cell is the document's own
(``bench/gold/tune49/t49-03-KH-UBND.md``). The second form is written here in the documents' style (a Kế hoạch's
appendix of propaganda tasks of a phường); the budget table's total row with its figures is the form the rule leaves
as it was (a48-08's scan: "| | TỔNG CHI NGÂN SÁCH XÃ | 16.872 || 1| Chi đầu tư …").
"""

from __future__ import annotations

import pathlib

from vanban.structure.pipe_flow import read_flowed_pipe_tables

FIX = pathlib.Path(__file__).parent / "fixtures" / "scan50t"


def _rows(text: str) -> list[list[str]]:
    tables = read_flowed_pipe_tables(text)
    assert tables
    return [[c.text for c in row] for row in tables[0].rows]


def test_appendix_of_tasks_with_its_first_numeral_lost_t49_03_scan():
    rows = _rows((FIX / "t49-03_appendix_scan.txt").read_text(encoding="utf-8"))
    assert rows[0] == ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    tasks = {r[0]: (r[2], r[4]) for r in rows[1:] if r[0].isdigit()}
    assert sorted(tasks, key=int) == [str(k) for k in range(1, 9)]
    assert tasks["1"] == ("Văn phòng HĐND và UBND xã", "Tháng 01/2037")
    assert tasks["3"] == ("Công chức Tư pháp - hộ tịch", "Trước ngày 30/6/2037")
    assert tasks["5"] == ("Công chức Nội vụ", "Quý II/2037")
    assert tasks["6"] == ("Công chức Tài chính - Kế toán", "Trước ngày 28/02/2037")
    assert tasks["7"] == ("Tổ công nghệ số cộng đồng các thôn", "Thường xuyên")
    assert tasks["8"] == ("Văn phòng HĐND và UBND xã", "Trước ngày 31/10/2037")
    # the lost group's name is no task's cell
    assert not any("Công tác chỉ đạo" in c for r in rows[1:] for c in r[1:] if r[0].isdigit())


#: an appendix of propaganda tasks of a phường, two groups, the first one's "I" read as a pipe by the scan
PROPAGANDA = (
    "PHỤ LỤC\nNHIỆM VỤ TUYÊN TRUYỀN NĂM 2036\n\n"
    "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
    "|---|---|---|---|---| | | Tuyên truyền trực quan | |||| 1 | Treo băng rôn, khẩu hiệu tại các tuyến phố"
    " chính | Công chức Văn hóa - xã hội | Các tổ dân phố | Tháng 3/2036 | | 2 | Cập nhật tin bài trên trang thông tin"
    " điện tử phường | Văn phòng HĐND và UBND phường | Công chức Văn hóa - xã hội | Hằng tháng | | II | Tuyên truyền"
    " miệng | | | | | 3 | Tổ chức hội nghị báo cáo viên | Ủy ban MTTQ Việt Nam phường | Các đoàn thể phường |"
    " Quý II/2036 |\n\nKinh phí thực hiện từ nguồn ngân sách phường năm 2036.\n")


def test_first_group_numeral_lost_in_a_written_appendix():
    rows = _rows(PROPAGANDA)
    tasks = [r for r in rows[1:] if r[0].isdigit()]
    assert [r[0] for r in tasks] == ["1", "2", "3"]
    assert tasks[0][1:] == ["Treo băng rôn, khẩu hiệu tại các tuyến phố chính", "Công chức Văn hóa - xã hội",
                            "Các tổ dân phố", "Tháng 3/2036"]
    assert tasks[2][2] == "Ủy ban MTTQ Việt Nam phường" and tasks[2][4] == "Quý II/2036"


#: a budget table whose first row is the total with its figure, the numeral of group I read as a digit after it
BUDGET = (
    "| STT | Nội dung | Dự toán năm 2036 |\n"
    "|---|---|---| | | TỔNG CHI NGÂN SÁCH XÃ |\n16.872 || 1| Chi đầu tư phát triển | 3.585 | | 1 | Đường giao thông"
    " thôn Đông | 2.100 |\n\nGiao Ủy ban nhân dân xã tổ chức thực hiện.\n")


def test_total_row_with_its_figure_is_no_lost_group():
    for table in read_flowed_pipe_tables(BUDGET):
        for row in table.rows[1:]:
            assert not (row[0].text == "" and row[1].text == "TỔNG CHI NGÂN SÁCH XÃ" and len(row) == 2)
