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
