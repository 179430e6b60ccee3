"""Metadata on real wording, session 26 (md26): kinds read from authored25's misses.

- A People's Council's standing committee printed under its council ("HỘI ĐỒNG NHÂN DÂN" / "TỈNH LÀO CAI" / "THƯỜNG
  TRỰC", a25-07; "HĐND TỈNH …" / "THƯỜNG TRỰC HĐND"): the issuer is the standing committee named as its text names it
  ("Thường trực Hội đồng nhân dân tỉnh …"), the council its parent (labels README, "Issuer of a Party body").
- A recipient's purpose written without "để" ("Sở Tư pháp (kiểm tra)", a25-06) is dropped like "(để báo cáo)"; a
  parenthesis naming a unit stays. A dash alone beside the "Nơi nhận" label (a scan's "— Nơi nhận; —", a25-10) is no
  recipient.

Headers written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.text import fold

_BODY = ("\n\nSố: 186/TB-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "An Bình, ngày 08 tháng 01 năm 2027\n\nTHÔNG BÁO\nKết luận phiên giải trình về nước sạch nông thôn\n\n"
         "1. Ủy ban nhân dân tỉnh chỉ đạo rà soát các công trình cấp nước.\n\n"
         "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu: VT.\n\nTM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH\n\nLò Văn Hạnh\n")


def _md(header: str):
    return extract(header + _BODY).metadata


def test_a_councils_standing_committee_under_its_council():
    md = _md("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\nTHƯỜNG TRỰC")
    assert fold(md.issuer) == fold("Thường trực Hội đồng nhân dân tỉnh An Bình")
    assert fold(md.parent_issuer) == fold("Hội đồng nhân dân tỉnh An Bình")
    md = _md("HĐND TỈNH AN BÌNH\nTHƯỜNG TRỰC HĐND")
    assert fold(md.issuer) == fold("Thường trực Hội đồng nhân dân tỉnh An Bình")
    assert fold(md.parent_issuer) == fold("HĐND tỉnh An Bình")


def test_the_council_alone_and_its_ban_stay_as_they_were():
    md = _md("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH")
    assert fold(md.issuer) == fold("Hội đồng nhân dân tỉnh An Bình") and md.parent_issuer is None
    md = _md("HĐND TỈNH AN BÌNH\nBAN KINH TẾ - NGÂN SÁCH")
    assert fold(md.issuer) == fold("Ban Kinh tế - Ngân sách") and fold(md.parent_issuer) == fold("HĐND tỉnh An Bình")


_QD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 2815/QĐ-UBND\n\nAn Bình, ngày 14 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
       "Về việc ban hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
       "{}\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Minh Tuấn\n")


def test_a_purpose_without_de_is_dropped_a_unit_in_brackets_kept():
    rec = extract(_QD.format("Nơi nhận:\n- Như Điều 3;\n- Sở Tư pháp (kiểm tra);\n- Thanh tra tỉnh (giám sát);\n"
                             "- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);\n- Công an tỉnh (Phòng Cảnh sát PCCC);\n"
                             "- Lưu: VT, KT.")).metadata.recipients
    assert list(rec) == ["Sở Tư pháp", "Thanh tra tỉnh", "Cục Kiểm tra văn bản QPPL (Bộ Tư pháp)",
                         "Công an tỉnh (Phòng Cảnh sát PCCC)", "Lưu: VT, KT"], rec


def test_a_dash_beside_the_label_is_no_recipient():
    rec = extract(_QD.format("— Nơi nhận; —\n- Ban Thường vụ Tỉnh ủy (để b/c),\n- Các chi bộ trực thuộc,\n"
                             "- Lưu Văn phòng Đảng ủy")).metadata.recipients
    assert list(rec) == ["Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"], rec
