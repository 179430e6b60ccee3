"""Issue 9: a signer's name never lands among recipients — also when text copied from a PDF puts the name
(the signature column) on the Nơi nhận list's last line, the archive note: "- Lưu: VT, VX. Nguyễn Văn Sơn"."""
import pytest

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 77/KH-UBND\nTuyên Quang, ngày 03 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "Nâng cao hiệu quả quản lý nhà nước trên địa bàn tỉnh.\n\n")
LIST = "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành;\n- Lưu: VT, VX. Nguyễn Văn Sơn\n"


@pytest.mark.parametrize("block", [
    LIST + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",  # the signature column after the list
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + LIST,  # … or before it
    # both columns on shared lines (pdftotext without layout)
    "Nơi nhận: KT. CHỦ TỊCH\n- Thường trực Tỉnh ủy; PHÓ CHỦ TỊCH\n- Các sở, ban, ngành;\n- Lưu: VT, VX. Nguyễn Văn Sơn\n",
])
def test_name_on_the_archive_line_is_the_signers(block):
    m = extract(HEAD + block).metadata
    assert (m.signer_levels, m.signer_title, m.signer_name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Sơn")
    assert m.recipients[-1].startswith("Lưu: VT, VX")
    assert not any("Sơn" in r for r in m.recipients)


def test_signed_block_keeps_its_own_name():
    # the name under the title is the signer's; the archive note's line has none to give
    m = extract(HEAD + "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT, VX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Khánh\n").metadata
    assert m.signer_name == "Lê Văn Khánh"
