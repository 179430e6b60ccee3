"""Metadata of new layouts, session 29 (meta29): kinds read from tune28's (and tune26's) misses.

- A body printed bare under its organisation is named as its text names it: a mass organisation's standing board
  ("HỘI NÔNG DÂN TỈNH …" / "BAN THƯỜNG VỤ") after the organisation, as the Front's "BAN THƯỜNG TRỰC"; a Party
  department under a Đảng bộ ("ĐẢNG BỘ TỈNH …" / "ỦY BAN KIỂM TRA") after the level's committee ("… Tỉnh ủy"); a
  committee abbreviated "BCH …" is a body of its own. A Party committee's board keeps its naming ("Ban Thường vụ Tỉnh ủy").
- A joint plan (Kế hoạch liên tịch): a branch line under its bank is one issuer with it; the second signature column
  with the body's name printed in place of a TM. line takes that name as its authority; each signer field joins the
  columns with "; " in printed order; the Nơi nhận list printed below the signature table is read.

Documents written for these tests in that style (no real document of /work/shared/realdocs prints these layouts).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.text import fold

def _md(header: str):
    """The metadata of a short plan under ``header`` (its lines), signed by a board for its organisation."""
    blocks = (header, "Số: 41/KH-HND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
              "An Bình, ngày 12 tháng 3 năm 2027", "KẾ HOẠCH\nTổ chức hội thi nhà nông đua tài năm 2027",
              "1. Hội cấp xã chọn đội thi và gửi danh sách trước ngày 30/4/2027.",
              "Nơi nhận:\n- Các xã, phường;\n- Lưu: VT.", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Đinh Văn Lực")
    return extract("\n\n".join(blocks) + "\n").metadata


# (header lines, issuer, parent) — the issuer as its text names it, the parent as printed
_HEADERS = [
    # a mass organisation's standing board printed bare: named in full after the organisation
    ("HỘI NÔNG DÂN TỈNH AN BÌNH\nBAN THƯỜNG VỤ", "Ban Thường vụ Hội Nông dân tỉnh An Bình", "Hội Nông dân tỉnh An Bình"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN BÌNH\nBAN THƯỜNG VỤ", "Ban Thường vụ Liên đoàn Lao động tỉnh An Bình",
     "Liên đoàn Lao động tỉnh An Bình"),
    # a Party committee's board and a council's standing body keep their own naming
    ("TỈNH ỦY AN BÌNH\nBAN THƯỜNG VỤ", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy An Bình"),
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\nTHƯỜNG TRỰC", "Thường trực Hội đồng nhân dân tỉnh An Bình",
     "Hội đồng nhân dân tỉnh An Bình"),
    # a Đảng bộ issues nothing itself, its committee does: a department printed bare under it is the committee's
    ("ĐẢNG BỘ TỈNH AN BÌNH\nỦY BAN KIỂM TRA", "Ủy ban Kiểm tra Tỉnh ủy", "Đảng bộ tỉnh An Bình"),
    ("ĐẢNG BỘ THÀNH PHỐ AN BÌNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN", "Ban Tuyên giáo và Dân vận Thành ủy",
     "Đảng bộ thành phố An Bình"),
    ("ĐẢNG BỘ TỈNH AN BÌNH\nBAN TỔ CHỨC TỈNH ỦY", "Ban Tổ chức Tỉnh ủy", "Đảng bộ tỉnh An Bình"),  # named in full: kept
    # a committee abbreviated "BCH" under its organisation is a body of its own
    ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH AN BÌNH", "BCH Hội Nông dân tỉnh An Bình", "Hội Nông dân Việt Nam"),
]


@pytest.mark.parametrize(("header", "issuer", "parent"), _HEADERS)
def test_a_body_printed_under_its_organisation_is_named_as_its_text_names_it(header, issuer, parent):
    md = _md(header)
    assert (fold(md.issuer), fold(md.parent_issuer)) == (fold(issuer), fold(parent))


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

