"""A scan whose signer's title was lost (bold capitals over the seal read as "JinU hy ống", or not read at all), the
name printed alone below the Nơi nhận list's archive note (234/CĐ-TTg scanned by session 48's newcomer: the signer was
empty). The name is the signer's: no recipient item is a bare name, and the archive note closed the list (scan49).

The closing blocks are written here in the Công điện's and a Công văn's style, as OCR gives them (the list's column,
then the signature's).
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 241/CĐ-TTg\n"
        "Hà Nội, ngày 05 tháng 12 năm 2025\n\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai, Khánh Hòa.\n\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo sửa chữa nhà cho các hộ dân, hoàn thành trước ngày "
        "15/12/2025.\n\n2. Bộ trưởng Bộ Tài chính tổng hợp đề xuất phương án hỗ trợ, hoàn thành trước ngày "
        "10/12/2025./.\n\n")
LIST = ("Nơi nhận:\n\n- Như trên;\n\n- Ban Bí thư Trung ương Đảng;\n- Thủ tướng, các Phó Thủ tướng CP;\n"
        "- Văn phòng Quốc hội;\n- VPCP: BTCN, các PCN, các Vụ: NC, KTTH;\n- Lưu: Văn thư, NN (2) Khôi\n")


def test_the_name_alone_below_the_archive_note_is_the_signer():
    ext = extract(HEAD + LIST + "Phan Văn Nam\n")
    assert ext.metadata.signer_name == "Phan Văn Nam"
    assert ext.metadata.signer_title is None  # lost: nothing guessed
    assert ext.metadata.recipients[-1] == "Lưu: Văn thư, NN (2) Khôi"


def test_a_garbled_title_before_it_does_not_hide_the_name():
    ext = extract(HEAD + LIST + "JinU hy ống\nPhan Văn Nam\n")
    assert ext.metadata.signer_name == "Phan Văn Nam"


def test_the_title_read_keeps_its_block():
    ext = extract(HEAD + LIST + "THỦ TƯỚNG\nPhan Văn Nam\n")
    assert (ext.metadata.signer_title, ext.metadata.signer_name) == ("THỦ TƯỚNG", "Phan Văn Nam")


def test_a_name_inside_the_list_is_no_signer():
    listed = LIST.replace("- Văn phòng Quốc hội;\n", "- Văn phòng Quốc hội;\n- Đồng chí Trần Văn Hải;\n")
    ext = extract(HEAD + listed + "THỦ TƯỚNG\nPhan Văn Nam\n")
    assert ext.metadata.signer_name == "Phan Văn Nam"
    assert "Đồng chí Trần Văn Hải" in ext.metadata.recipients
