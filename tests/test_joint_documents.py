"""Văn bản liên tịch: one document of two bodies — both are issuers (neither the other's parent), its type is the
joint type as printed, each body signs, and the Nơi nhận list after the second signature is read.

Expected values: the labels of tune20's t20-06 (written by an author session blind to vanban), and a Chương trình
phối hợp written for this test in the style of real joint programmes (a second signature with no level line)."""

from pathlib import Path

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.header import joint_document

FIX = Path(__file__).parent / "fixtures" / "joint"

PROGRAMME = """HỘI NÔNG DÂN TỈNH NGHỆ AN
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/CTrPH-HND-SNNMT
Nghệ An, ngày 12 tháng 12 năm 2026

CHƯƠNG TRÌNH PHỐI HỢP
về hỗ trợ nông dân chuyển đổi số giai đoạn 2027 - 2030

I. NỘI DUNG PHỐI HỢP
1. Hội Nông dân tỉnh chỉ đạo Hội Nông dân các xã tuyên truyền, vận động hội viên tham gia sàn thương mại điện tử.
2. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã xây dựng mã số vùng trồng; báo cáo kết quả trước ngày 15/12 hằng năm.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Văn Hùng

GIÁM ĐỐC
Trần Thị Lan

Nơi nhận:
- Thường trực Tỉnh ủy;
- UBND tỉnh;
- Hội Nông dân các xã;
- Lưu: VT HND, VT SNNMT.
"""


def test_joint_plan_of_two_bodies():
    md = extract((FIX / "t20-06-KH-LT.txt").read_text(encoding="utf-8"))
    assert md.metadata.type == "Kế hoạch liên tịch"
    assert md.metadata.issuer.split("; ") == ["BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH LÂM ĐỒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG"]
    assert md.metadata.parent_issuer is None
    assert md.metadata.title.upper().startswith("PHỐI HỢP TỔ CHỨC")
    assert md.metadata.signer_authority == "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN; KT. GIÁM ĐỐC"
    assert md.metadata.signer_title == "BÍ THƯ; PHÓ GIÁM ĐỐC"
    assert md.metadata.signer_name == "Hoàng Thị Mai Anh; Trần Quốc Việt"
    assert list(md.metadata.recipients[:2]) == ["Trung ương Đoàn", "Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    assert len(md.metadata.recipients) == 9


def test_joint_programme_second_signer_without_level():
    st = structure_of_text(PROGRAMME)
    assert st.type == "Chương trình phối hợp"
    assert st.header.issuer == "HỘI NÔNG DÂN TỈNH NGHỆ AN; SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    assert [s.name for s in (st.signature, *st.signature.co_signers)] == ["Nguyễn Văn Hùng", "Trần Thị Lan"]
    assert st.appendices == ()
    md = extract(PROGRAMME)
    assert md.metadata.signer_title == "CHỦ TỊCH; GIÁM ĐỐC"
    assert list(md.metadata.recipients) == ["Thường trực Tỉnh ủy", "UBND tỉnh", "Hội Nông dân các xã", "Lưu: VT HND, VT SNNMT"]


def test_one_body_under_its_parent_is_no_joint_document():
    assert not joint_document("Kế hoạch", "12/KH-SNNMT")
    assert joint_document(None, "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")
    assert joint_document(None, "12-KHLT/HND-SNN")
    st = structure_of_text(PROGRAMME.replace("05/CTrPH-HND-SNNMT", "05/CTr-SNNMT").replace("CHƯƠNG TRÌNH PHỐI HỢP", "CHƯƠNG TRÌNH"))
    assert st.header.issuer == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    assert st.header.parent_issuer == "HỘI NÔNG DÂN TỈNH NGHỆ AN"


# A Hướng dẫn liên ngành of two bodies of one xã, their names stacked in the left cell with no rule between them and
# no "LIÊN TỊCH" anywhere: the type line ("HƯỚNG DẪN LIÊN NGÀNH") or the symbol's code ("HDLN") makes it joint. Written
# for this test in the style of the Mặt trận's and the UBND's joint guides on Ngày hội Đại đoàn kết (two signature
# columns, TM. BAN THƯỜNG TRỰC beside TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH).
GUIDE = """HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG AN BÌNH
ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 07/HDLN-HLHPN-UBND
An Bình, ngày 03 tháng 3 năm 2027

{type_line}
Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới năm 2027

1. Hội Liên hiệp Phụ nữ phường chủ trì tổ chức tọa đàm tại các khu phố.
2. Phòng Văn hóa - Xã hội tổng hợp, báo cáo kết quả trước ngày 20/12/2027.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Hoa

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Minh
"""


def test_a_guide_of_two_bodies_of_one_xa_is_joint_by_its_type_line():
    md = extract(GUIDE.format(type_line="HƯỚNG DẪN LIÊN NGÀNH")).metadata
    assert md.type == "Hướng dẫn liên ngành"
    assert md.issuer.split("; ") == ["HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG AN BÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH"]
    assert md.parent_issuer is None


def test_a_guide_is_joint_by_its_symbols_code_alone():
    md = extract(GUIDE.format(type_line="HƯỚNG DẪN")).metadata
    assert md.type == "Hướng dẫn"
    assert md.issuer.split("; ") == ["HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG AN BÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH"]
    assert joint_document("Kế hoạch liên ngành", None) and joint_document(None, "12/KHLN-CAX-UBND")
    assert not joint_document("Hướng dẫn", "07/HD-UBND")
