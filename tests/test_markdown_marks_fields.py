"""A document pasted from its Markdown copy keeps the emphasis marks and the cells' "|" lines: the Nơi nhận label
with its marks in any nesting ("*Nơi nhận**:*", "***Nơi nhận***:", "**_Nơi nhận_**:") opens the list and names no
recipient (its last letter "n" was read as one: 11298/VPCP-KTTH pasted), and the trích yếu and the recipients keep
no mark and no table bar. Inputs are written for the kind."""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.text import without_markup

_DOC = ("|\n**SỞ Y TẾ**\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n|\n|\nSố: 734/SYT-NVY\n*V/v: tăng cường phòng chống\nsốt xuất huyết mùa mưa năm 2026*\n|\n"
        "*Cần Thơ, ngày 9 tháng 6 năm 2026*\n|\n**Kính gửi:** Trung tâm Kiểm soát bệnh tật thành phố\n"
        "Sở Y tế đề nghị Trung tâm Kiểm soát bệnh tật thành phố tổ chức phun hóa chất diệt muỗi tại các ổ dịch\n"
        "và báo cáo kết quả về Sở Y tế./.\n|\n{label}\n- Như trên;\n- **Giám đốc Sở**;\n- Phòng Nghiệp vụ Y;\n"
        "- Lưu: VT, NVY.\n|\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n**Lâm Thị Hồng**\n|\n")


@pytest.mark.parametrize("label", ["*Nơi nhận**:*", "**Nơi nhận:**", "***Nơi nhận***:", "**_Nơi nhận_**:",
                                   "*Nơi nhận*:", "_Nơi nhận:_", "Nơi nhận:"])
def test_marked_label_names_no_recipient(label):
    m = extract(_DOC.format(label=label)).metadata
    assert m.recipients == ("Trung tâm Kiểm soát bệnh tật thành phố", "Giám đốc Sở", "Phòng Nghiệp vụ Y", "Lưu: VT, NVY")


def test_trich_yeu_keeps_no_marks_nor_bar():
    m = extract(_DOC.format(label="*Nơi nhận**:*")).metadata
    assert m.title == "tăng cường phòng chống sốt xuất huyết mùa mưa năm 2026"


def test_without_markup_keeps_a_footnote_star_and_inner_underscore():
    assert without_markup("Quỹ (*) của xã") == "Quỹ (*) của xã"
    assert without_markup("**_Bộ Y tế_** |") == "Bộ Y tế"
    assert without_markup("tep_ten") == "tep_ten"
