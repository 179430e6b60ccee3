"""The words of an issuing body's name, as the labels write a name printed in capitals (:mod:`.issuer_case`).

Folded keys (``vanban.text.fold``, words one space apart) → the name's words as written in sentence case: the
first word of a body's kind capitalised, a proper name's every word ("Ủy ban nhân dân tỉnh Lào Cai", "Bộ Y tế",
"Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Công Thương").
"""

from __future__ import annotations

#: names written one way whatever stands around them (the longest key wins where several start at a word)
FIXED = {
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    "uy ban mat tran to quoc viet nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "mat tran to quoc viet nam": "Mặt trận Tổ quốc Việt Nam",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
    "ban thuong vu": "Ban Thường vụ",
    "ban thuong truc": "Ban Thường trực",
    "thuong truc": "Thường trực",
    "ban chap hanh": "Ban Chấp hành",
    "ban chap hanh trung uong": "Ban Chấp hành Trung ương",
    "trung uong": "Trung ương",
    "bo chinh tri": "Bộ Chính trị",
    "ban bi thu": "Ban Bí thư",
    "ban chi dao": "Ban Chỉ đạo",
    "chinh phu": "Chính phủ",
    "thu tuong": "Thủ tướng",
    "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "quoc hoi": "Quốc hội",
    "dang uy": "Đảng ủy",
    "dang bo": "Đảng bộ",
    "chi bo": "Chi bộ",
    "dang cong san viet nam": "Đảng Cộng sản Việt Nam",
    "van phong": "Văn phòng",
    "hoi lien hiep phu nu": "Hội Liên hiệp Phụ nữ",
    "doan thanh nien cong san ho chi minh": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "hoi nong dan": "Hội Nông dân",
    "hoi cuu chien binh": "Hội Cựu chiến binh",
    "lien doan lao dong": "Liên đoàn Lao động",
    "cong an": "Công an",
    "bo chi huy quan su": "Bộ Chỉ huy Quân sự",
    "cong thuong": "Công Thương",
    "viet nam": "Việt Nam",
}

#: a Party committee named by its place: the place's name follows ("Tỉnh ủy Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai")
PLACE_COMMITTEES = {
    "tinh uy": "Tỉnh ủy",
    "thanh uy": "Thành ủy",
    "huyen uy": "Huyện ủy",
    "quan uy": "Quận ủy",
    "thi uy": "Thị ủy",
}

#: an administrative unit, in lower case, before its place's name ("tỉnh Lào Cai", "thành phố Hà Nội", "xã Hòa Bắc")
UNITS = {
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "thon": "thôn",
    "ap": "ấp",
    "khu pho": "khu phố",
    "to dan pho": "tổ dân phố",
}

#: a body named by its field: the field's first word capitalised, and the first after "và", "," or "-"
#: ("Bộ Y tế", "Sở Giáo dục và Đào tạo", "Ban Tuyên giáo và Dân vận", "Cục Quản lý thị trường")
FIELD_HEADS = {
    "bo": "Bộ",
    "so": "Sở",
    "cuc": "Cục",
    "tong cuc": "Tổng cục",
    "chi cuc": "Chi cục",
    "vu": "Vụ",
    "ban": "Ban",
    "phong": "Phòng",
    "uy ban": "Ủy ban",
}

#: the words after which a field's next word is capitalised again
FIELD_JOINS = frozenset({"va", ",", "-", "–"})

#: abbreviations kept in capitals, as printed ("UBND tỉnh Gia Lai"; a place's "TỪ SƠN" is no "TU")
ABBREVIATIONS = frozenset({"UBND", "HĐND", "MTTQ", "TW", "BCH", "BTV", "UBKT", "TU", "ĐU", "CP", "BCĐ"})
