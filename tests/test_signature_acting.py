"""An acting head signs as "Q. GIÁM ĐỐC" / "Q. CHỦ TỊCH" (Quyền: acting) or "QUYỀN GIÁM ĐỐC": the post is the
signer's own title, alone or under the collective body's "TM." level; it is no level signed for someone else.

The documents are written here in the style of a Sở's plan and a UBND's decision (header, body, Nơi nhận and
signature block as offices type them), in plain text, in the realdocs Markdown layout, on one line and as a DOCX.
"""

from __future__ import annotations

import json
import re

from cli_helpers import run_cli
from vanban.extract import extract

_HEAD = """UBND TỈNH QUẢNG NINH
SỞ Y TẾ
Số: 215/KH-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai công tác phòng, chống dịch bệnh năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát dịch bệnh, báo cáo trước ngày 30/6/2026.

"""
_ALONE = _HEAD + """Nơi nhận:
- UBND tỉnh (b/c);
- Các đơn vị trực thuộc;
- Lưu: VT, NVY.

Q. GIÁM ĐỐC



Nguyễn Văn Hải
"""
_UNDER_TM = _HEAD.replace("SỞ Y TẾ\n", "").replace("UBND TỈNH QUẢNG NINH", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH") \
    .replace("215/KH-SYT", "88/KH-UBND") + """Nơi nhận:
- Bộ Y tế;
- Các sở, ban, ngành;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
Q. CHỦ TỊCH



Trần Quốc Bảo
"""


def _one(text: str) -> str:
    return " ".join(ln.strip() for ln in text.splitlines() if ln.strip())


def test_acting_head_alone_is_the_signers_title():
    md = extract(_ALONE).metadata
    assert md.signer_title == "Q. GIÁM ĐỐC"
    assert md.signer_authority is None and md.signer_delegation is None
    assert md.signer_name == "Nguyễn Văn Hải"
    assert md.recipients[-1].startswith("Lưu")


def test_acting_head_under_the_collective_level():
    md = extract(_UNDER_TM).metadata
    assert md.signer_authority == "TM. ỦY BAN NHÂN DÂN"
    assert md.signer_title == "Q. CHỦ TỊCH"
    assert md.signer_name == "Trần Quốc Bảo"


def test_acting_spelled_out():
    md = extract(_ALONE.replace("Q. GIÁM ĐỐC", "QUYỀN GIÁM ĐỐC")).metadata
    assert md.signer_title == "QUYỀN GIÁM ĐỐC"
    assert md.signer_authority is None


def test_acting_head_on_one_line():
    md = extract(_one(_UNDER_TM)).metadata
    assert md.signer_authority == "TM. ỦY BAN NHÂN DÂN"
    assert md.signer_title == "Q. CHỦ TỊCH"
    assert md.signer_name == "Trần Quốc Bảo"


def test_acting_head_in_the_markdown_signature_cell():
    """The realdocs layout: the Nơi nhận cell, "|", the signature cell."""
    sig = _ALONE.index("Nơi nhận:")
    md_text = _ALONE[:sig] + ("|\n*Nơi nhận:*\n- UBND tỉnh (b/c);\n- Các đơn vị trực thuộc;\n- Lưu: VT, NVY.\n|\n"
                              "**Q. GIÁM ĐỐC**\n**Nguyễn Văn Hải**\n|\n")
    md = extract(re.sub(r"\*", "", md_text.replace("\n|\n", "\n\n"))).metadata
    assert md.signer_title == "Q. GIÁM ĐỐC"
    assert md.signer_name == "Nguyễn Văn Hải"


def test_acting_head_in_a_docx_signature_table(tmp_path):
    from docx import Document

    doc = Document()
    head = doc.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "UBND TỈNH QUẢNG NINH\nSỞ Y TẾ"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 215/KH-SYT"
    head.cell(1, 1).text = "Quảng Ninh, ngày 12 tháng 3 năm 2026"
    for line in _HEAD.split("\n\n", 2)[2].strip().splitlines():
        doc.add_paragraph(line)
    sig = doc.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, NVY."
    sig.cell(0, 1).text = "Q. GIÁM ĐỐC\n\n\nNguyễn Văn Hải"
    path = tmp_path / "ke-hoach.docx"
    doc.save(path)
    out = run_cli("extract", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["signer_title"] == "Q. GIÁM ĐỐC"
    assert got["signer_authority"] is None
    assert got["signer_name"] == "Nguyễn Văn Hải"
