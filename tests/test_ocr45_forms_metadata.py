"""Session 45 (ocr45): the OCR forms and the metadata of a header and a signature, each kind in text written for
these tests (a Đảng ủy's Ban, a mass organisation's branch, a steering committee, a council's budget resolution) with
the look-alikes eng OCR and a ``vie`` scan leave in such text."""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.period_words import period_snaps
from vanban.ocr.restore.tokens import scan
from vanban.structure.place_reading import agree_place


def _restored(text: str) -> str:
    return correct_text(text, "image-ocr").text


# --- the số ký hiệu: a Party body's code whose last Đ eng OCR read D -----------------------------------------------

_BAN_DOC = """ĐẢNG ỦY PHƯỜNG AN HÒA
BAN TUYÊN GIÁO VÀ DÂN VẬN
*
Số 07-KH/BTGDVDD

ĐẢNG CỘNG SẢN VIỆT NAM
An Hòa, ngày 12 tháng 3 năm 2031

KẾ HOẠCH
Tuyên truyền kỷ niệm ngày thành lập Đoàn

Ban Tuyên giáo và Dân vận Đảng ủy phường xây dựng kế hoạch như sau:
1. Các chi bộ tổ chức sinh hoạt chuyên đề trong tháng 3/2031.
"""


def test_a_code_of_the_issuers_initials_keeps_its_last_d_as_the_text_spells_it():
    # "Ban Xây dựng Đảng" → BXDĐ is the same grammar; here a Ban whose name ends with "Đảng" is spelt in the body
    doc = _BAN_DOC.replace("BTGDVDD", "BXDD").replace("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN XÂY DỰNG ĐẢNG") \
        .replace("Ban Tuyên giáo và Dân vận Đảng ủy phường", "Ban Xây dựng Đảng Đảng ủy phường")
    assert extract(doc).metadata.number == "07-KH/BXDĐ"


def test_a_doubled_glyph_with_no_name_in_the_text_is_still_dropped():
    # no run of the text spells "BYTT": the scan's doubled last glyph of a known code stays the repair
    doc = _BAN_DOC.replace("Số 07-KH/BTGDVDD", "Số: 71/QĐ-BYTT")
    assert extract(doc).metadata.number == "71/QĐ-BYT"


# --- the signature: a collegial body's head post over the signer's own title ----------------------------------------

_BCD_DOC = """ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH
Số: 09/KH-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lộc, ngày 02 tháng 4 năm 2031

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2031

1. Trạm Y tế xã giám sát ca bệnh hằng tuần.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TM. BAN CHỈ ĐẠO
{post}

{title}
Lê Văn Tâm
"""


def test_the_head_post_under_tm_goes_with_the_level_and_the_line_under_it_is_the_title():
    m = extract(_BCD_DOC.format(post="TRƯỞNG BAN", title="CHỦ TỊCH UBND XÃ")).metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title) == ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
                                                                       "CHỦ TỊCH UBND XÃ")
    assert m.signer_name == "Lê Văn Tâm"


def test_a_lone_post_under_tm_stays_the_title():
    doc = _BCD_DOC.format(post="TRƯỞNG BAN", title="").replace("\n\n\nLê", "\nLê")
    m = extract(doc).metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title) == ("TM. BAN CHỈ ĐẠO", None, "TRƯỞNG BAN")


def test_a_deputy_under_kt_keeps_his_own_title():
    doc = _BCD_DOC.format(post="KT. TRƯỞNG BAN", title="PHÓ TRƯỞNG BAN")
    m = extract(doc).metadata
    assert m.signer_title == "PHÓ TRƯỞNG BAN"
    assert m.signer_delegation == "KT. TRƯỞNG BAN"


# --- citations: a committee's resolution of one year named by its year and owner -----------------------------------

def _cited(sentence: str) -> list:
    doc = _BAN_DOC.replace("1. Các chi bộ tổ chức sinh hoạt chuyên đề trong tháng 3/2031.", sentence)
    return [(c.type, c.number, c.name) for c in extract(doc).citations if c.number is None]


def test_a_resolution_of_a_year_named_with_its_owner_is_cited():
    got = _cited("2. Mỗi đảng viên tự đánh giá việc thực hiện Nghị quyết năm 2030 của Đảng ủy phường và Điều lệ "
                 "Đảng; việc giữ mối liên hệ với Nhân dân nơi cư trú.")
    assert ("Nghị quyết", None, "Nghị quyết năm 2030 của Đảng ủy phường") in got


def test_a_resolution_of_a_year_yet_to_be_written_is_no_citation():
    got = _cited("2. Các chi bộ góp ý xây dựng Nghị quyết năm 2032 của Đảng ủy phường; đưa chỉ tiêu vào nghị quyết "
                 "năm 2032 của cấp ủy.")
    assert not any(name and "năm 2032" in name for _, _, name in got)


# --- the header: a mass organisation's branch under its parent, across a scan's blank line --------------------------

_BRANCH_HEAD = """HỘI NÔNG DÂN HUYỆN YÊN THẾCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

HỘI NÔNG DÂN XÃ ĐỒNG LẠC
\\WW\\
Số: 15/KH-HND
Độc lập - Tự do - Hạnh phúc
Đồng Lạc, ngày 05 tháng 5 năm 2031

KẾ HOẠCH
Tổ chức Hội thi nhà nông giỏi năm 2031

1. Các chi hội tuyển chọn hội viên dự thi trước ngày 30/5/2031.
"""


def test_a_branch_one_level_down_is_the_issuer_under_its_parent():
    m = extract(_BRANCH_HEAD).metadata
    assert m.issuer == "HỘI NÔNG DÂN XÃ ĐỒNG LẠC"
    assert m.parent_issuer == "HỘI NÔNG DÂN HUYỆN YÊN THẾ"


def test_another_body_over_the_blank_line_is_no_branch():
    m = extract(_BRANCH_HEAD.replace("HỘI NÔNG DÂN XÃ ĐỒNG LẠC", "HỘI CỰU CHIẾN BINH XÃ ĐỒNG LẠC")).metadata
    assert m.issuer == "HỘI NÔNG DÂN HUYỆN YÊN THẾ"


def test_a_short_place_word_that_lost_its_last_letter_at_the_motto_seam():
    # (fixrev45) the seam shows the cut: the name's cell ran into the motto's
    seam = "ỦY BAN NHÂN DÂN XÃ PHÚ HÒEỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÂY\nPhú Hòa Tây, ngày 02 tháng 3 năm 2031"
    assert agree_place("ỦY BAN NHÂN DÂN XÃ PHÚ HÒ TÂY", "Phú Hòa Tây", seam) == ("ỦY BAN NHÂN DÂN XÃ PHÚ HÒA TÂY",
                                                                            "Phú Hòa Tây")
    # a short word alone is no evidence: "XÃ HÒ" over "Hòa" stays
    assert agree_place("ỦY BAN NHÂN DÂN XÃ HÒ", "Hòa", "")[0] == "ỦY BAN NHÂN DÂN XÃ HÒ"


# --- restoration: a unit's two-syllable name opening a clause; the adverb "định kỳ"; a change "từ A lên B" ------------

def test_a_cells_name_read_with_a_mark_where_a_clause_opens():
    out = _restored("2. Chỉ ủy, bí thư các chi bộ hướng dẫn đảng viên.\nChỉ bộ có dưới 10 đảng viên họp một lần, "
                    "các chi bộ khác họp theo tổ.\n- Trước ngày 20/10: chỉ hội gửi danh sách về các chi hội cấp trên, "
                    "các chi hội tổng hợp.")
    assert "2. Chi ủy, bí thư" in out
    assert "Chi bộ có dưới 10" in out
    assert "20/10: chi hội gửi" in out


def test_only_stays_only_where_the_next_word_makes_another_word():
    out = _restored("Chỉ ủy quyền cho cấp phó khi vắng mặt.\nChỉ hội đủ điều kiện mới được xét.\nChỉ đạo các đơn vị "
                    "thực hiện.\nKhông chỉ bộ, ngành Trung ương mà các địa phương cùng làm.")
    assert "Chỉ ủy quyền" in out and "Chỉ hội đủ" in out and "Chỉ đạo" in out and "không chỉ bộ" in out.lower()


def test_the_period_adverb_written_without_marks_before_its_period():
    out = _restored("Ban Thuong vu dinh ky 3 thang nghe bao cao mot lan.")
    assert "định kỳ 3 tháng" in out
    text = "dinh ky hang nam"
    assert period_snaps(text, list(scan(text))) == {0: "định", 1: "kỳ"}
    text = "dinh ky cho"  # no period after it: the pass reads it
    assert period_snaps(text, list(scan(text))) == {}


def test_a_change_from_one_figure_up_to_another_keeps_its_lost_l():
    out = _restored("b) Tong chi thuong xuyén cua xa: diéu chinh tir 14.200 triéu dong én\n15.050 triéu dong (tang 850 "
                    "triéu dong).")
    assert "14.200 triệu đồng lên\n15.050" in out


def test_a_budget_spending_head_keeps_its_chi_and_an_investor_stays_one():
    out = _restored("Tong chi ngan sach phuong nam 2031 gom:\n- Chi dau tu phat trién: 9.400 triéu dong;\n"
                    "- Chi thuong xuyén: 12.750 triéu dong.\nCong trinh nha van hoa khu pho 3:\n"
                    "- Chu dau tu: UBND phuong Tan Hoa.")
    assert "- Chi đầu tư phát triển: 9.400" in out
    assert "- Chủ đầu tư: UBND" in out


def test_the_party_committees_uy_read_as_an_l_or_a_t_inside_a_line():
    out = _restored("Cac chi bo thuc hién Nghi quyét nam 2031 cua Dang ly; béo cao vé Van phong Dang lly xa truéc "
                    "ngay 10/12.")
    assert "Nghị quyết năm 2031 của Đảng ủy;" in out
    assert "Văn phòng Đảng ủy xã" in out
    # a line's first word is left to the pass
    assert "Đảng ủy" not in _restored("Dang ly giai nguyen nhan cham tién do.")
