"""The codes of a số ký hiệu vanban knows — data only, read by :mod:`vanban.symbols` and extraction.

Why a leaf data module: repairing a symbol read by OCR (:mod:`vanban.symbols`, which every stage
may import) and reading a cited document's type and issuer from its symbol (``extract.citations``)
need the same tables; kept here, neither depth holds a list the other lacks. It imports nothing.

None of these lists is complete, and the repairs treat them so: a code not listed here (a
ministry's, a province's Sở, a Party body's) is valid as read. A list only says which reading a
repair may *produce* (``KNOWN_D_CODES``, ``KNOWN_ISSUER_CODES``) or which reading it must never
touch (``VALID_CODES``).
"""

from __future__ import annotations

#: Codes whose canonical spelling holds Đ → the spellings OCR or a keyboard without đ give them
#: (Đ read as D, P or B).
D_CODE_ALIASES: dict[str, tuple[str, ...]] = {
    "QĐ": ("QD", "QP", "QB"),
    "NĐ": ("ND", "NP", "NB"),
    "CĐ": ("CD",),  # Công điện ("223/CD-TTg" as eng OCR reads it); "CP" (Chính phủ) is a code of its own
    "ĐU": ("DU", "PU", "BU"),
    # (leg56t) … or the Đ's stroke read as a P of its own before the D ("17/2038/NQ-HPDND", t55-03 legacy)
    "HĐND": ("HDND", "HPND", "HBND", "HPDND"),
    "BCĐ": ("BCD", "BCP", "BCB"),
    "BCĐTW": ("BCDTW", "BCPTW", "BCBTW"),
    "BCĐTU": ("BCDTU", "BCPTU", "BCBTU"),
    "ĐTN": ("DTN", "PTN"),
    # a Tỉnh Đoàn's code ("18/KHLT-TĐTN-SGDĐT", t20-06; "…/KH-TĐTN-PT", t21-10): eng OCR drops the stroke of its Đ
    "TĐTN": ("TDTN",),
    "VPĐU": ("VPDU", "VPPU", "VPBU"),
    "BTCĐU": ("BTCDU", "BTCPU", "BTCBU"),
    "UBKTĐU": ("UBKTDU", "UBKTPU", "UBKTBU"),
    "BTGĐU": ("BTGDU", "BTGPU", "BTGBU"),
    "BDVĐU": ("BDVDU", "BDVPU", "BDVBU"),
    "TTĐT": ("TTDT",),
    "ĐA": ("DA",),
    "QĐi": ("QDI", "QĐI"),
    "BGDĐT": ("BGDDT",),
    "SGDĐT": ("SGDDT",),
    "BKHĐT": ("BKHDT",),
    "BLĐTBXH": ("BLDTBXH",),
    # the ministry's code without its B, as its Quyết định are numbered ("206/QĐ-LĐTBXH"): eng OCR drops the
    # stroke of its Đ ("Quyét dinh s6 206/QD-LDTBXH", 11208/BNV-KHTC legacy)
    "LĐTBXH": ("LDTBXH",),
    "QHĐP": ("QHDP",),
    # a Hội đồng nghĩa vụ quân sự's code ("03/KH-HĐNVQS", t23-05, a phường's council): eng OCR reads its Đ as D or B
    # ("03/KH-HBNVQS", t23-05 legacy), as it does the Đ of HĐND
    "HĐNVQS": ("HDNVQS", "HPNVQS", "HBNVQS"),
    # (leg49) a Party committee's bans and the Youth Union's centre, as the gold sets cite them ("112-BC/BXDĐ", Ban Xây
    # dựng Đảng, 13 times; "BCSĐ", Ban cán sự đảng, 12; "TWĐTN", 9): eng OCR drops the stroke of the Đ, and "BXDD" was
    # taken for a doubled last glyph and read as the ministry's "BXD" (a47-06 legacy: the report's issuer changed)
    "BXDĐ": ("BXDD", "BXDP", "BXDB"),
    "BCSĐ": ("BCSD",),
    "TWĐTN": ("TWDTN",),
}

#: Codes spelled with Đ that a repair may produce (the targets of the grammar).
KNOWN_D_CODES = frozenset(D_CODE_ALIASES) | frozenset(
    "ĐCT ĐUK LĐLĐ HĐ HĐTĐKT ĐĐBQH BGDĐT BKHĐT BLĐTBXH BCĐ VPĐU SGDĐT ĐBQH NQ-HĐND".split()
)

#: The code of a symbol's type part (the "KH" of "12-KH/ĐU") → the document type it stands for;
#: extraction uses it when a document has no title line.
TYPE_CODES = {
    "KH": "Kế hoạch", "NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị",
    "HD": "Hướng dẫn", "CV": "Công văn", "QĐ": "Quyết định", "QĐi": "Quy định",
    "TB": "Thông báo", "BC": "Báo cáo", "CTr": "Chương trình", "TTr": "Tờ trình",
    "NĐ": "Nghị định", "TT": "Thông tư", "ĐA": "Đề án", "QC": "Quy chế",
}

#: The type a cited symbol's own code says (the code after the number: "NĐ" of 30/2020/NĐ-CP, "KL" of
#: 75-KL/TW); a state symbol whose first code is an issuer (574/UBND-NC, 11298/VPCP-KTTH) is a Công văn.
CODE_TYPES = {**TYPE_CODES, "CĐ": "Công điện", "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch",
              "KH-BCĐ": "Kế hoạch", "QĐ-TW": "Quy định",
              # Nghị định 30/2020/NĐ-CP's codes: Phương án PA ("Phương án 02600/PA-UBND", 0129/KH-UBND); a joint
              # Quy chế phối hợp QCPH ("49/QCPH-UBND-UBMT-HCTĐ", 0129/KH-UBND)
              "PA": "Phương án", "QCPH": "Quy chế"}
#: Type codes of a joint document (văn bản liên tịch), issued by two or more bodies under one number and
#: signed side by side: "18/KHLT-TĐTN-SGDĐT", "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "49/QCPH-UBND-UBMT-HCTĐ";
#: a Hướng dẫn / Kế hoạch liên ngành of the bodies of one level ("02/HDLN-MTTQ-UBND": the Ủy ban MTTQ and the UBND of a
#: xã, t46-09) is joint the same way.
JOINT_TYPE_CODES = frozenset({"KHLT", "NQLT", "TTLT", "HDLT", "CTLT", "TBLT", "CTrLT", "QCPH", "CTrPH", "HDLN", "KHLN"})
#: Party symbols: "QĐ/TW" is a Quy định of the Party (178-QĐ/TW), not a Quyết định.
PARTY_CODE_TYPES = {"QĐ": "Quy định", "QĐi": "Quy định"}

#: Codes with lower-case letters, keyed by their upper-case spelling
#: (Chương trình CTr, Tờ trình TTr, Thủ tướng TTg, Quy định of the Party QĐi).
MIXED_CASE = {c.upper(): c for c in ("CTr", "TTr", "TTg", "QĐi", "QĐ-TTg")}

#: Valid codes that look like a Đ-alias; never "repaired". Ministries, agencies,
#: provinces and Party bodies (a list cannot be complete: repair is therefore
#: limited to the explicit aliases above, and these win over them).
VALID_CODES = frozenset({
    "BTC", "BCA", "BQP", "BNG", "BTP", "BYT", "BXD", "BCT", "BNV", "BKHCN", "BNN", "BNNPTNT", "BNN&MT",
    "BTNMT", "BGTVT", "BTTTT", "BVHTTDL", "BDTTG", "BTG", "BTGTW", "BTCTW", "BDVTW", "BKTTW", "BNCTW",
    "BTGDVTU", "BTGDV", "BTCTU", "BDVTU", "BCH", "BCHTW", "BCS", "BCSĐ", "BTV", "BTVTU", "BQL", "BHXH",
    "BKT", "BP", "BTN", "BNB", "HD", "HDLT",
    "CP", "CB",  # Chính phủ ("NĐ-CP"), Chi bộ ("05-NQ/CB"): never Công điện's "CĐ"
    "BNNMT",  # Bộ Nông nghiệp và Môi trường (since 2025: "4831/QĐ-BNNMT"), read "BNNMTT" on scans
})

#: issuer code (as written in a symbol, case kept) → the issuer's name. A symbol's last code is its
#: issuer's ("30/2020/NĐ-CP" → Chính phủ, "749/QĐ-TTg" → Thủ tướng Chính phủ, "621/BC-BTC" → Bộ Tài
#: chính); a Công văn's first code is (11298/VPCP-KTTH → Văn phòng Chính phủ). Used only when the text
#: names no issuer. Party symbols ending "/TW" are left out on purpose: the Ban Chấp hành Trung ương,
#: the Bộ Chính trị and the Ban Bí thư all sign "-NQ/TW", "-CT/TW", "-KL/TW" (Hướng dẫn 36-HD/VPTW),
#: so the code does not say which of them issued it. Codes of a province's bodies (UBND, HĐND, TU)
#: are left out too: the symbol does not say which province. A law's "QH15" is left to the type
#: (case 13 names no issuer for "Luật Đất đai số 31/2024/QH15").
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
    # the ministry's code with its "&" as BNN&MT's, printed so in 2969/QĐ-UBND ("Quyết định số 4347/QĐ-BVHTT&DL"),
    # which the session-49 newcomer's scan read "BVHTT&IDL" (a stray glyph: ``KNOWN_ISSUER_CODES``)
    "BVHTT&DL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BGTVT": "Bộ Giao thông vận tải",
    # the ministry's own short code before 2025 (../shared/realdocs/docs: 9476-BNNMT-CNTY "Văn bản số 375/BNN-TC" of
    # the Bộ Nông nghiệp và Phát triển nông thôn "(nay là Bộ Nông nghiệp và Môi trường)"; 235-KH-UBND "4255/QĐ-BNN-KHCN
    # ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn")
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    # central Party bodies
    "BTCTW": "Ban Tổ chức Trung ương", "VPTW": "Văn phòng Trung ương Đảng", "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương", "BDVTW": "Ban Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương", "BNCTW": "Ban Nội chính Trung ương", "BKTTW": "Ban Kinh tế Trung ương",
}

#: The National Assembly's bodies named by their code and term ("204/2025/QH15", "60/2024/UBTVQH15", "1691/UBDNGS15"):
#: each code is one body of the Assembly whatever the term. Apart from ``ISSUER_BY_CODE`` because a law's and an
#: ordinance's labels name no issuer (546 of the 552 "Luật …/QHnn" of the gold sets, case 13; the Pháp lệnh
#: "…/UBTVQHnn" 4 of 7): ``citations._assembly_issuer`` gives the name to the other types only (a Nghị quyết
#: "…/QH15" is the Quốc hội's in 26 of 27 labels; "…/UBTVQH15" the Ủy ban Thường vụ Quốc hội's in 5 of 7).
ASSEMBLY_ISSUER_BY_CODE: dict[str, str] = {
    "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    # its Ủy ban Dân nguyện và Giám sát forwards voters' petitions (9476/BNNMT-CNTY: "do Ủy ban Dân nguyện và Giám
    # sát Quốc hội khóa XV chuyển đến tại Văn bản số 1691/UBDNGS15")
    "UBDNGS": "Ủy ban Dân nguyện và Giám sát",
}

#: Issuers' codes a state symbol may carry joined to its type code without the hyphen ("214/2025/NĐCP" is
#: 214/2025/NĐ-CP): the whole is then no issuer's code of its own ("TTCP" is the Thanh tra Chính phủ).
JOINED_CODE_ISSUERS = ("UBND", "HĐND", "CP", "TTg", "BTC", "BCT", "BNV", "BXD", "BYT", "BTP", "BQP", "BCA", "NHNN",
                       "VPCP", "BNNMT", "BKHCN", "BGDĐT", "BVHTTDL")

#: Issuers' codes of three letters or more that name one body (the Government, a ministry, a central Party
#: body): the only readings a scan's stray glyph may be dropped to ("37/2025/TT-BNNMTT" → TT-BNNMT,
#: "4831/QĐ-BNNMIT" → QĐ-BNNMT). Not a province's UBND or HĐND: "12/QĐ-UBNDD" is no guess (its bodies
#: build codes of their own on these letters, and the symbol would not say which province anyway).
KNOWN_ISSUER_CODES = frozenset(c for c in ISSUER_BY_CODE if len(c) >= 3)
#: The codes a province's or city's Party committee gives its departments (the Party's rules on symbols: the Ban's
#: initials, then TU), the same in every province: readings a scan's doubled or stray glyph inside a Party symbol's
#: issuer may be dropped to ("12-HD/BTGDVTTU" → 12-HD/BTGDVTU, a25-04 scanned), never a name (the province is not
#: in the code)
PARTY_DEPARTMENT_CODES = frozenset({"BTCTU", "BTGTU", "BDVTU", "BTGDVTU", "BNCTU", "UBKTTU"})


#: Codes valid as read that the tables above do not hold (Party committees TW/TU/HU/QU and their
#: offices, courts, the Assembly, laws L/PL): restoration keeps them as written.
OTHER_CODES = frozenset(
    """BDV BTGDVHU BTGDVQU CHQ CT-CS HU KTNN L MTTQ PL QH QU QY TANDTC TU TW UBDNGS UBDT UBKT UBND UBTVQH
    VKSNDTC VPHU VPQH VPTU""".split()
)

#: Every code this module knows: a code here is never rewritten into another one.
ALL_CODES = (frozenset(CODE_TYPES) | VALID_CODES | frozenset(ISSUER_BY_CODE) | KNOWN_D_CODES
             | OTHER_CODES)
