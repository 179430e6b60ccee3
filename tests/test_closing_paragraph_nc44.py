"""A paragraph that charges a body of its own after an item's closed sentence is its own part, not the item's text.

Found by the session-43 newcomer on 232/CĐ-TTg (a Công điện copied from a web page, its lines wrapped as printed,
no blank line between paragraphs): under item 1, a list "(1)", "(2)", "(3)" of what to report, then "Ủy ban nhân
dân các tỉnh … khẩn trương gửi Báo cáo … trước 17 giờ …" — the phiếu gave it the TT "1.(3" (sub-item (3), its
bracket cut); after item 3, the closing "Văn phòng Chính phủ theo dõi, đôn đốc …" was cited as item 3 ("3 (2)").
The kind: a sentence that ends with its stop, then a line opening with a body's name and a verb of duty — a new
paragraph addressed to another body (``structure.body._addressed_paragraph``); and a bracketed label cited with both
brackets (``plan_places.item_number``). The Công điện below is written for this test, a province's wording.
"""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from vanban.cli import cli
from vanban.export.plan_places import item_number

CONG_DIEN = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÀ TÂY**
**-------**
|
**CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 41/CĐ-UBND
|
*Hà Đông, ngày 09
tháng 3 năm 2027*
|
**CÔNG ĐIỆN**
V/V RÀ SOÁT THIỆT HẠI DO RÉT ĐẬM ĐỐI VỚI CÂY VỤ XUÂN
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:**
- Chủ tịch Ủy ban nhân dân các huyện;
- Giám đốc các Sở: Tài chính, Nông nghiệp và Môi trường.
Đợt rét đậm kéo dài vừa qua làm chết nhiều diện tích mạ và lúa mới cấy trên địa bàn
tỉnh. Để kịp thời khắc phục, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Chủ tịch Ủy ban nhân dân các huyện chỉ đạo các xã thống kê
đầy đủ các nội dung sau:
(1) Diện tích mạ bị chết phải gieo lại.
(2) Diện tích lúa bị chết phải cấy dặm, cấy lại.
(3) Nhu cầu giống và kinh phí để gieo cấy lại (ghi rõ phần địa phương tự bảo đảm
và phần đề nghị tỉnh hỗ trợ).
Ủy ban nhân dân các huyện gửi kết quả thống kê về Sở Nông nghiệp và Môi trường
trước ngày 14/3/2027 để tổng hợp.
2. Giám đốc Sở Tài chính cân đối nguồn dự phòng ngân sách tỉnh, đề xuất mức hỗ trợ
giống cho các hộ bị thiệt hại.
3. Giám đốc Sở Nông nghiệp và Môi trường hướng dẫn kỹ thuật gieo cấy lại, bảo
đảm khung thời vụ.
Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan, địa phương thực
hiện Công điện này, báo cáo Chủ tịch Ủy ban nhân dân tỉnh./.
|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Trần Văn Bình
|
"""


def _rows(tmp_path) -> list[dict]:
    path = tmp_path / "41-CD-UBND.md"
    path.write_text(CONG_DIEN, encoding="utf-8")
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    assert got.exit_code == 0, got.output
    return list(csv.DictReader(io.StringIO(got.output.lstrip("\ufeff"))))


def test_a_bracketed_sub_item_keeps_both_brackets():
    assert item_number(["1.", "(3)"]) == "1.(3)"
    assert item_number(["II.", "2.", "(a)"]) == "II.2.(a)"
    assert item_number(["1.", "a)"]) == "1.a"


def test_closing_paragraphs_to_other_bodies_are_their_own(tmp_path):
    rows = {r["Đơn vị chủ trì"]: r for r in _rows(tmp_path)}
    report = rows["Ủy ban nhân dân các huyện"]  # after sub-items (1)–(3): item 1's own words, not sub-item (3)'s
    assert report["TT"].split(" (")[0] == "1", report
    assert "(3" not in report["Căn cứ / nguồn"], report
    office = rows["Văn phòng Ủy ban nhân dân tỉnh"]  # the closing words after item 3: no part of item 3
    assert not office["TT"].startswith("3"), office
    assert "Mục 3" not in office["Căn cứ / nguồn"], office
    assert rows["Giám đốc Sở Nông nghiệp và Môi trường"]["TT"] == "3"


def test_a_wrapped_sentence_of_the_item_stays_the_items(tmp_path):
    """The rule needs the stop before the line: "… các cơ quan, địa phương thực" / "hiện …" goes on its sentence,
    and an item's next sentence that opens with no body ("Trường hợp …") stays the item's."""
    text = CONG_DIEN.replace("bảo\nđảm khung thời vụ.", "bảo\nđảm khung thời vụ.\nTrường hợp thiếu giống, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/3/2027.")
    path = tmp_path / "42-CD-UBND.md"
    path.write_text(text, encoding="utf-8")
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    rows = list(csv.DictReader(io.StringIO(got.output.lstrip("\ufeff"))))
    late = [r for r in rows if "20/03/2027" in r["Thời hạn"] or "20/3/2027" in r["Thời hạn"]]
    assert late and all(r["TT"].startswith("3") for r in late), rows


LABELLED_HEADS = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÀ TÂY**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số: 88/KH-UBND
|
*Hà Đông, ngày 02 tháng 4 năm 2027*
|
**KẾ HOẠCH**
Tổ chức Ngày hội văn hóa các dân tộc năm 2027
**I. PHÂN CÔNG NHIỆM VỤ**
**1.
Nhiệm vụ của Ban Tổ chức**
*1.1.
Trưởng Ban Tổ chức*
- Chỉ
đạo chung việc tổ chức Ngày hội, phân công nhiệm vụ cho các thành viên.
- Quyết
định những nội dung phát sinh trong quá trình tổ chức.
*1.2.
Sở Văn hóa, Thể thao và Du lịch*
- Xây dựng
chương trình chi tiết của Ngày hội, hoàn thành trước ngày 20/4/2027.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Trần Văn Bình
|
"""


def test_a_label_alone_on_its_line_keeps_the_name_under_it(tmp_path):
    """"1.1." alone on its line, then the body's name ("Trưởng Ban Tổ chức") and its bullets: the label's dot closes
    no sentence, so the name is the item's heading, not a paragraph of its own (tune's 1627-QD-UBND lost two bodies
    to the first reading of the rule)."""
    import json

    path = tmp_path / "88-KH-UBND.md"
    path.write_text(LABELLED_HEADS, encoding="utf-8")
    got = CliRunner().invoke(cli, ["extract", str(path), "-j", "1"])
    who = [o["who"] for o in json.loads(got.output[got.output.index("{"):])["obligations"]]
    assert "Trưởng Ban Tổ chức" in who and "Sở Văn hóa, Thể thao và Du lịch" in who, who
