"""A report schedule's column "Nơi nhận" (where each report goes) is not the Nơi nhận list that opens the signature
block: a Sở's guidance lists its reports in a table "STT | Đơn vị lập | Nội dung báo cáo | Nơi nhận | Thời hạn" and
closes with its own "Nơi nhận:" list and the deputy's signature. Taking the column header for the list lost the
signature and the recipients (a Sở Tài chính's Hướng dẫn on quyết toán, authored23 a23-09, session 24).

The document is written here in the style of a Sở's Hướng dẫn, in plain text and in the realdocs Markdown layout.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """UBND TỈNH NINH BÌNH
SỞ TÀI CHÍNH
Số: 512/HD-STC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 15 tháng 12 năm 2026

HƯỚNG DẪN
Lập báo cáo quyết toán ngân sách năm 2026

I. THỜI HẠN GỬI BÁO CÁO
Các đơn vị gửi báo cáo theo bảng sau:

"""
_PLAIN_TABLE = """STT
Đơn vị lập
Nội dung báo cáo
Nơi nhận
Thời hạn
1
Các đơn vị dự toán cấp I
Báo cáo quyết toán năm 2026
Sở Tài chính
Trước ngày 28/02/2027
2
Ủy ban nhân dân các xã
Báo cáo quyết toán ngân sách xã
Sở Tài chính
Trước ngày 31/3/2027

"""
_MD_TABLE = "\n".join("|\n" + c for c in _PLAIN_TABLE.strip().split("\n")) + "\n|\n\n"
_TAIL = """II. TỔ CHỨC THỰC HIỆN
Thủ trưởng các đơn vị chịu trách nhiệm về số liệu báo cáo.

Nơi nhận:
- UBND tỉnh (b/c);
- Các đơn vị dự toán cấp I;
- Lưu: VT, QLNS.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hùng
"""


def _check(text: str) -> None:
    md = extract(text).metadata
    assert md.signer_authority == "KT. GIÁM ĐỐC"
    assert md.signer_title == "PHÓ GIÁM ĐỐC"
    assert md.signer_name == "Trần Văn Hùng"
    assert md.recipients[0].startswith("UBND tỉnh")
    assert not any("Sở Tài chính" == r for r in md.recipients)


def test_a_report_tables_noi_nhan_column_is_no_recipients_list():
    _check(_HEAD + _PLAIN_TABLE + _TAIL)


def test_the_same_column_in_markdown_cells():
    _check(_HEAD + _MD_TABLE + _TAIL)


def test_a_list_whose_colon_is_lost_is_still_the_list():
    # no later "Nơi nhận:" with its colon: the one without stays the list (a scan that lost the colon)
    md = extract(_HEAD + "Các đơn vị gửi đúng hạn.\n\n" + _TAIL.replace("Nơi nhận:", "Nơi nhận")).metadata
    assert md.signer_title == "PHÓ GIÁM ĐỐC"
    assert md.recipients[0].startswith("UBND tỉnh")


def test_the_structure_answers_where_the_list_opens_once():
    # one answer, read by the later stages (Structure.recipient_labels): the column name is no label, in either
    # layout; the real label opens the signature block (the body ends there), and the calendar stays a data table
    from vanban.structure import structure_of_text

    for table in (_PLAIN_TABLE, _MD_TABLE):
        text = _HEAD + table + _TAIL
        st = structure_of_text(text)
        real = text.index("Nơi nhận:")
        assert [p.start for p in st.recipient_labels] == [real]
        assert st.body_end <= real
        assert all(t.role != "signature" for t in st.tables if t.start < real)


def test_a_signature_table_opened_by_the_label_is_the_signatures():
    # the director signs in his own name (no level): the table is the signature's by its Nơi nhận label alone
    from vanban.ingest.markdown import markdown_to_text
    from vanban.models import Page
    from vanban.structure import build_structure

    sig = ("| **Nơi nhận:**<br>- UBND tỉnh (b/c);<br>- Lưu: VT, QLNS. | **GIÁM ĐỐC**<br><br><br>**Trần Văn Hùng** |\n"
           "|---|---|\n")
    text, geo = markdown_to_text(_HEAD + "Các đơn vị gửi đúng hạn.\n\n" + sig)
    st = build_structure([Page(1, "md", text, text, lines=geo)])
    assert len(st.recipient_labels) == 1 and st.signature is not None
    assert [t.role for t in st.tables] == ["signature"]
