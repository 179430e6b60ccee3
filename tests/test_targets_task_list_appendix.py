"""A plan's task list put after the signature in an appendix carries the plan's targets.

Why (found by a newcomer): a Kế hoạch whose body says "Nhiệm vụ cụ thể tại Phụ lục kèm theo" and
whose "PHỤ LỤC ⏎ NHIỆM VỤ TRỌNG TÂM NĂM 2027" lists the tasks after the signature kept the
appendix's obligations and deadlines, but dropped its target "phấn đấu 90% hộ gia đình ký cam
kết": targets were read in the body and only in appendices that are a plan, a procedure or a
"DANH MỤC CÁC NHIỆM VỤ" table (firm bounds only). Case 19 of ../shared/cases says of such a plan:
the appendix IS the task list. A figure the body already gave is not read twice.

Real parts: the command line (click's runner) ingests the text into an SQLite archive; the
expected values are read from the text by hand.
"""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from vanban.cli import cli

PLAN = """ĐẢNG BỘ XÃ AN PHÚ
Số 45-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 10 tháng 12 năm 2026
KẾ HOẠCH
thực hiện công tác dân vận năm 2027
1. Các chi bộ phổ biến kế hoạch đến đảng viên trước ngày 25/12/2026.
2. Phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề dân vận.
3. Nhiệm vụ cụ thể tại Phụ lục kèm theo.
T/M ĐẢNG ỦY
BÍ THƯ
Lê Văn Bình
PHỤ LỤC
MỘT SỐ NHIỆM VỤ TRỌNG TÂM NĂM 2027
1. Hội Nông dân xã chủ trì vận động nông dân
chuyển đổi cây trồng, phấn đấu 80% hộ nông dân tham gia, hoàn thành trước ngày 30/9/2027.
2. Đoàn Thanh niên xã phối hợp tổ chức sinh hoạt chuyên đề,
bảo đảm 100% chi bộ tổ chức sinh hoạt chuyên đề dân vận.
3. Văn phòng Đảng ủy tổng hợp, báo cáo kết quả về
Ban Thường vụ trước ngày 15/11/2027.
"""


def test_targets_of_a_task_list_appendix_after_the_signature_are_kept(tmp_path):
    path = tmp_path / "kh45.txt"
    path.write_text(PLAN, encoding="utf-8")
    db = tmp_path / "archive.db"
    done = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db)])
    assert done.exit_code == 0, done.output
    with sqlite3.connect(db) as conn:
        targets = conn.execute("SELECT text, min, unit, scope FROM targets ORDER BY id").fetchall()
        deadlines = {d for (d,) in conn.execute("SELECT date FROM deadlines")}
        who = {w for (w,) in conn.execute("SELECT who FROM obligations")}
    assert [(t, m, u) for t, m, u, _ in targets] == [("100%", 100.0, "%"), ("80%", 80.0, "%")]
    assert "hộ nông dân" in targets[1][3]
    # the appendix's obligations and deadlines are kept as they were
    assert {"2026-12-25", "2027-09-30", "2027-11-15"} <= deadlines
    assert {"Hội Nông dân xã", "Văn phòng Đảng ủy"} <= who
