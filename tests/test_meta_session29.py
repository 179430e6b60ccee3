"""Metadata of new layouts, session 29 (meta29): kinds read from tune28's misses.

- A mass organisation's standing board printed bare under the organisation ("HỘI NÔNG DÂN TỈNH …" / "BAN THƯỜNG
  VỤ"): the issuer is the board, named in full after the organisation above it, the organisation its parent — as
  the Front's "BAN THƯỜNG TRỰC" is named. A Party committee's board keeps its own naming ("Ban Thường vụ Tỉnh ủy").

Headers written for these tests in that style (no real document of /work/shared/realdocs prints the layout).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.text import fold

_BODY = ("\n\nSố: 41/KH-HND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "An Bình, ngày 12 tháng 3 năm 2027\n\nKẾ HOẠCH\nTổ chức hội thi nhà nông đua tài năm 2027\n\n"
         "1. Hội cấp xã chọn đội thi và gửi danh sách trước ngày 30/4/2027.\n\n"
         "Nơi nhận:\n- Các xã, phường;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nĐinh Văn Lực\n")


def _md(header: str):
    return extract(header + _BODY).metadata


def test_a_mass_organisations_standing_board_is_named_after_it():
    md = _md("HỘI NÔNG DÂN TỈNH AN BÌNH\nBAN THƯỜNG VỤ")
    assert fold(md.issuer) == fold("Ban Thường vụ Hội Nông dân tỉnh An Bình")
    assert fold(md.parent_issuer) == fold("Hội Nông dân tỉnh An Bình")
    md = _md("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN BÌNH\nBAN THƯỜNG VỤ")
    assert fold(md.issuer) == fold("Ban Thường vụ Liên đoàn Lao động tỉnh An Bình")


def test_a_party_committees_board_and_a_councils_standing_body_keep_their_names():
    md = _md("TỈNH ỦY AN BÌNH\nBAN THƯỜNG VỤ")
    assert fold(md.issuer) == fold("Ban Thường vụ Tỉnh ủy")
    assert fold(md.parent_issuer) == fold("Tỉnh ủy An Bình")
    md = _md("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\nTHƯỜNG TRỰC")
    assert fold(md.issuer) == fold("Thường trực Hội đồng nhân dân tỉnh An Bình")


# a joint plan as a page's copy stacks it: the header's cell of two issuers (the second a bank's branch, its name on two
# lines), then the signature table's two cells one after the other — the second with the bank's name printed where a
# TM. line would stand — and the Nơi nhận list in its own block below the signatures
_JOINT = ("HỘI CỰU CHIẾN BINH TỈNH AN BÌNH\nNGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCHI NHÁNH TỈNH AN BÌNH\n"
          "-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
          "Số: 05/KHLT-CCB-NHNo\n\nAn Bình, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH LIÊN TỊCH\n"
          "Phối hợp cho vay hội viên cựu chiến binh phát triển kinh tế năm 2027\n\n"
          "1. Hội Cựu chiến binh các xã lập danh sách hội viên có nhu cầu vay vốn trước ngày 30/5/2027.\n\n"
          "2. Các phòng giao dịch thẩm định hồ sơ vay trong 10 ngày làm việc./.\n\n\n"
          "TM. BAN THƯỜNG VỤ\nHỘI CỰU CHIẾN BINH TỈNH\nCHỦ TỊCH\nTrần Quốc Bảo\n\n"
          "NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCHI NHÁNH TỈNH AN BÌNH\nGIÁM ĐỐC\nVũ Thị Ngọc Lan\n\n\n\n"
          "Nơi nhận:\n- Trung ương Hội Cựu chiến binh Việt Nam;\n- Thường trực Tỉnh ủy;\n- Hội Cựu chiến binh các xã;\n"
          "- Lưu: VT.\n")


def test_a_joint_plans_two_signature_columns_and_its_list_below_them():
    md = extract(_JOINT).metadata
    assert fold(md.issuer) == fold("Hội Cựu chiến binh tỉnh An Bình; "
                                   "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh An Bình")
    assert md.parent_issuer is None
    assert fold(md.signer_authority) == fold("TM. Ban Thường vụ Hội Cựu chiến binh tỉnh; "
                                             "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh An Bình")
    assert fold(md.signer_title) == fold("Chủ tịch; Giám đốc")
    assert md.signer_name == "Trần Quốc Bảo; Vũ Thị Ngọc Lan"
    assert list(md.recipients) == ["Trung ương Hội Cựu chiến binh Việt Nam", "Thường trực Tỉnh ủy",
                                   "Hội Cựu chiến binh các xã", "Lưu: VT"]


def test_a_branch_under_its_bank_is_the_issuer_of_a_single_bodys_document():
    """Outside a joint document the branch line stays the issuer and the bank its parent."""
    text = _JOINT.replace("HỘI CỰU CHIẾN BINH TỈNH AN BÌNH\n", "", 1).replace("KHLT-CCB-NHNo", "KH-NHNo") \
        .replace("KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH")
    md = extract(text).metadata
    assert fold(md.issuer) == fold("Chi nhánh tỉnh An Bình")
    assert fold(md.parent_issuer) == fold("Ngân hàng Nông nghiệp và Phát triển nông thôn")


def test_a_party_units_department_printed_bare_is_its_committees():
    """"ĐẢNG BỘ TỈNH …" / "ỦY BAN KIỂM TRA": a Đảng bộ issues nothing itself, its committee (the Tỉnh ủy) does, and the
    department is the committee's ("Ủy ban Kiểm tra Tỉnh ủy"); the Đảng bộ stays the parent as printed."""
    md = _md("ĐẢNG BỘ TỈNH AN BÌNH\nỦY BAN KIỂM TRA")
    assert fold(md.issuer) == fold("Ủy ban Kiểm tra Tỉnh ủy")
    assert fold(md.parent_issuer) == fold("Đảng bộ tỉnh An Bình")
    md = _md("ĐẢNG BỘ THÀNH PHỐ AN BÌNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN")
    assert fold(md.issuer) == fold("Ban Tuyên giáo và Dân vận Thành ủy")
    md = _md("ĐẢNG BỘ TỈNH AN BÌNH\nBAN TỔ CHỨC TỈNH ỦY")  # named in full already: kept
    assert fold(md.issuer) == fold("Ban Tổ chức Tỉnh ủy")


def test_a_committee_abbreviated_bch_under_its_organisation_is_a_body_of_its_own():
    md = _md("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH AN BÌNH")
    assert fold(md.issuer) == fold("BCH Hội Nông dân tỉnh An Bình")
    assert fold(md.parent_issuer) == fold("Hội Nông dân Việt Nam")
