"""Two kinds of words a Nghị quyết HĐND of fee rules holds that charge no body.

Found by the session-43 newcomer on 58/2025/NQ-HĐND (a city's school fees): "1. Đối với các tháng có thời gian học
… : Áp dụng mức học phí …" read as a task of "các tháng …" — a span of time a rule is for, after "Đối với", is no
body (``assignment_words.NOT_BODY``); and its Phụ lục's title in capitals, "… DO CÁC TRƯỜNG …, VIỆN NGHIÊN CỨU THÀNH
LẬP NĂM HỌC …", read as a task of "cơ sở giáo dục …" because its note "(Kèm theo Nghị quyết số …)" in normal case
hid the capitals (``prose_sentences._ATTACHED_NOTE``: a title is read up to its note). The resolution below is written
for this test, another council's wording of the same kinds.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from vanban.cli import cli
from vanban.extract.subjects import body_name

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC NINH
Số: 17/2027/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 12 tháng 7 năm 2027
NGHỊ QUYẾT
Quy định giá dịch vụ sử dụng nhà văn hóa do các hội, viện nghiên cứu thành lập trên địa bàn tỉnh năm 2028
HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định giá dịch vụ sử dụng nhà văn hóa theo Phụ lục kèm theo.
Điều 2. Giá dịch vụ khi sử dụng không trọn ngày
1. Đối với các ngày có cả giờ hành chính và ngoài giờ hành chính: Áp dụng mức giá theo Phụ lục.
2. Đối với các buổi sử dụng ngoài giờ hành chính: Thu thêm 20% mức giá theo Phụ lục.
Điều 3. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
TM. HỘI ĐỒNG NHÂN DÂN
CHỦ TỊCH
Lê Văn Hải
PHỤ LỤC
GIÁ DỊCH VỤ SỬ DỤNG HỘI TRƯỜNG CỦA CÁC TRUNG TÂM VĂN HÓA CẤP TỈNH; TRUNG TÂM
THỂ THAO DO CÁC HỘI, VIỆN NGHIÊN CỨU THÀNH LẬP NĂM 2028
(Kèm theo Nghị quyết số 17/2027/NQ-HĐND ngày 12/7/2027 của Hội đồng nhân dân tỉnh Bắc Ninh)
Đơn vị: đồng/buổi



"""


def test_a_span_of_time_after_doi_voi_is_no_body():
    assert body_name("Đối với các ngày có cả giờ hành chính và ngoài giờ hành chính") is None
    assert body_name("Đối với các tháng có thời gian nghỉ hè") is None
    assert body_name("Đối với các xã, phường") == "các xã, phường"  # bodies after "Đối với" still are


def test_fee_rules_and_the_appendix_title_charge_no_body(tmp_path):
    path = tmp_path / "17-2027-NQ-HDND.md"
    path.write_text(RESOLUTION, encoding="utf-8")
    got = CliRunner().invoke(cli, ["extract", str(path), "-j", "1"])
    assert got.exit_code == 0, got.output
    who = [o["who"] for o in json.loads(got.output[got.output.index("{"):])["obligations"]]
    assert "Thường trực Hội đồng nhân dân tỉnh" in who
    assert not any(w.lower().startswith("các ngày") for w in who), who
    assert not any("THỂ THAO" in w or "TRUNG TÂM" in w for w in who), who
