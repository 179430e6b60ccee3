"""The issuer a cited document's số ký hiệu names (data, read by :mod:`citations`).

A symbol's last code is its issuer's ("30/2020/NĐ-CP" → Chính phủ, "749/QĐ-TTg"
→ Thủ tướng Chính phủ, "621/BC-BTC" → Bộ Tài chính); a Công văn's first code is
(11298/VPCP-KTTH → Văn phòng Chính phủ). Used only when the text names no
issuer. Party symbols ending "/TW" are left out on purpose: the Ban Chấp hành
Trung ương, the Bộ Chính trị and the Ban Bí thư all sign "-NQ/TW", "-CT/TW",
"-KL/TW" (Hướng dẫn 36-HD/VPTW), so the code does not say which of them
issued it. Codes of a province's bodies (UBND, HĐND, TU) are left out too: the
symbol does not say which province. A law's "QH15" is left to the type (case 13 names
no issuer for "Luật Đất đai số 31/2024/QH15").
"""

from __future__ import annotations

#: issuer code (as written in a symbol, case kept) → the issuer's name
ISSUER_BY_CODE: dict[str, str] = {
    # the Government and its offices
    "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "VPCP": "Văn phòng Chính phủ", "TTCP": "Thanh tra Chính phủ",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    # ministries (names since 1 March 2025 where the code is new; old codes keep their old names)
    "BNV": "Bộ Nội vụ", "BTC": "Bộ Tài chính", "BCT": "Bộ Công Thương", "BXD": "Bộ Xây dựng", "BYT": "Bộ Y tế",
    "BQP": "Bộ Quốc phòng", "BCA": "Bộ Công an", "BNG": "Bộ Ngoại giao", "BTP": "Bộ Tư pháp",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNNMT": "Bộ Nông nghiệp và Môi trường", "BNN&MT": "Bộ Nông nghiệp và Môi trường",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BGTVT": "Bộ Giao thông vận tải",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    # central Party bodies
    "BTCTW": "Ban Tổ chức Trung ương", "VPTW": "Văn phòng Trung ương Đảng", "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương", "BDVTW": "Ban Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương", "BNCTW": "Ban Nội chính Trung ương", "BKTTW": "Ban Kinh tế Trung ương",
}
