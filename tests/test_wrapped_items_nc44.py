"""Obligation bodies of a Thông tư's and a Quy chế's wrapped items, read as a clerk reads them.

Found by the session-43 newcomer on 38/2025/TT-BXD and 162/2025/QĐ-UBND (web copies, each item's first line short,
the rest wrapped): "a) Tổ chức triển khai thực hiện" / "Thông tư này." listed as the task "Thông tư này", and "a)
Thực hiện quản trị, vận hành" / "Hệ thống thư điện tử …" as "Hệ thống thư điện tử …" — a first line that opens with a
duty's verb and ends on a verb awaiting its object is no heading (``structure.body._object_runs_over``); and
"Trường hợp …, đơn vị cung cấp dịch vụ … thu giá … theo giá cụ thể được đơn vị niêm yết và thu thêm …" charged
"Đơn vị niêm yết và thu thêm …" — "đơn vị" is a body, no thing "đơn" before a passive agent
(``duty_subject._passive_agent``). The Thông tư below is written for this test.
"""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from vanban.cli import cli
from vanban.extract.duty_subject import duty_subject

CIRCULAR = """|
**BỘ CÔNG THƯƠNG**
**-------**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 21/2027/TT-BCT
|
*Hà Nội, ngày 03 tháng 5 năm 2027*
|
**THÔNG TƯ**
QUY ĐỊNH GIÁ DỊCH VỤ KIỂM ĐỊNH CÂN ĐIỆN TỬ
*Căn cứ Luật Giá số 16/2023/QH15;*
Bộ trưởng Bộ Công Thương ban hành Thông tư quy định giá dịch vụ kiểm định cân điện tử.
**Điều 1.
Nguyên tắc thu giá**
1. Trường hợp cân không đạt yêu cầu sau lần kiểm định thứ hai, đơn vị kiểm định thu giá
kiểm định theo mức được đơn vị công bố và thu thêm theo mức bằng giá kiểm định lại
khi tiếp tục kiểm định lần thứ ba.
**Điều 2.
Trách nhiệm thi hành**
1. Tổng cục Tiêu chuẩn Đo lường Chất lượng có
trách nhiệm:
a) Tổ chức triển khai thực hiện
Thông tư này.
b) Thực hiện quản trị, vận hành
Cơ sở dữ liệu giá dịch vụ kiểm định, bảo đảm cập nhật kịp thời giá do các đơn vị kê khai.
2. Đơn vị kiểm định có trách nhiệm niêm yết công khai giá dịch vụ kiểm định tại trụ sở.
**Điều 3. Hiệu
lực thi hành**
Thông tư này có hiệu lực kể từ ngày 01 tháng 7 năm 2027./.
|
**Nơi nhận:**
- Như Điều 2;
- Lưu: VT.
|
**BỘ TRƯỞNG**
Nguyễn Văn Tâm
|
"""


def test_a_first_line_awaiting_its_object_is_no_heading(tmp_path):
    path = tmp_path / "21-2027-TT-BCT.md"
    path.write_text(CIRCULAR, encoding="utf-8")
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    assert got.exit_code == 0, got.output
    rows = {r["TT"]: r["Nội dung công việc"] for r in csv.DictReader(io.StringIO(got.output.lstrip("\ufeff")))}
    assert rows["Điều 2.1.a"] == "Tổ chức triển khai thực hiện Thông tư này", rows
    assert rows["Điều 2.1.b"].startswith("Thực hiện quản trị, vận hành Cơ sở dữ liệu"), rows


def test_a_unit_is_no_thing_before_a_passive_agent():
    who, _ = duty_subject("Trường hợp cân không đạt yêu cầu sau hai lần, đơn vị kiểm định thu giá theo mức giá được "
                          "đơn vị niêm yết và thu thêm theo mức bằng giá dịch vụ kiểm tra lại khi tiếp tục kiểm tra "
                          "lần thứ ba.")
    assert who is None or "niêm yết" not in who, who
    assert duty_subject("Đơn đề nghị được Ủy ban nhân dân xã xác nhận trước khi nộp.")[0] == "Ủy ban nhân dân xã"
