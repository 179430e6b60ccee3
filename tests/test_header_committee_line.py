"""Header: a mass organisation's committee whose cell wraps after "BAN CHẤP HÀNH" ("HỘI LHPN VIỆT NAM" / "BAN CHẤP
HÀNH" / "HỘI LHPN TỈNH …") is one issuer, the line above its parent — as t22-04's label (author26B) gives it: issuer
"Ban Chấp hành Hội LHPN tỉnh Đồng Tháp", parent "Hội LHPN Việt Nam". The header below is written for this test in that
style (another province, another organisation), not vanban's output."""

from __future__ import annotations

from vanban.extract import extract
from vanban.text import fold

_DOC = ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH\nHỘI NÔNG DÂN TỈNH QUẢNG NGÃI\n\nSố: 41/KH-HND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 15 tháng 12 năm 2026\n\n"
        "KẾ HOẠCH\nTổ chức Hội thi nhà nông giỏi năm 2027\n\n"
        "1. Hội Nông dân các xã, phường đăng ký tham gia Hội thi trước ngày 31/3/2027.\n\n"
        "Nơi nhận:\n- Hội Nông dân các xã, phường;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn Sơn\n")


def test_a_committee_line_alone_goes_on_with_the_organisation_below_it():
    md = extract(_DOC).metadata
    assert fold(md.issuer) == fold("Ban Chấp hành Hội Nông dân tỉnh Quảng Ngãi")
    assert fold(md.parent_issuer) == fold("Hội Nông dân Việt Nam")
