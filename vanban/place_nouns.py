"""The nouns of Vietnamese places below a province, folded (data only).

Why: five readers named the places of a commune or ward each in a list of their own ("thôn", "tổ dân phố", "khu phố",
"ấp", "bản" …), and the lists drifted apart: one knew "plei" (a Gia Rai village), "khối phố" and "khu dân cư", the
others did not (review of session 39). The readers that mean the same kind now share these tuples; each keeps what
is its own beside them (a quota table's other units, a target's schools and markets). Folded as vanban.text.fold
gives them: no marks, đ → d, lower case. A leaf module (it imports the leaf vanban.text only): every stage may import it.
(Session 49: the levels of local government joined them — structure/vocab's ADMIN_LEVELS, and the lists the header,
the signature, the extractors' level patterns and OCR's place spellings each wrote again.)
"""

from __future__ import annotations

from vanban.text import fold

__all__ = ["ADMIN_LEVEL_RE", "ADMIN_LEVELS", "ADMIN_LEVELS_PRINTED", "COMMUNE_LEVELS", "RESIDENTIAL_UNITS"]

#: the residential units of a commune or ward, named by their kind: a village (thôn, làng, bản, buôn, ấp, xóm, plei) or
#: an urban group (tổ dân phố, khu phố, khối phố, khu dân cư)
RESIDENTIAL_UNITS = ("thon", "to dan pho", "khu pho", "khoi pho", "khu dan cu", "ap", "ban", "lang", "xom", "buon", "plei")
#: the commune level above them: xã, phường, thị trấn
COMMUNE_LEVELS = ("xa", "phuong", "thi tran")
#: the levels of local government a place's name follows ("thành phố Cần Thơ", "tỉnh Thừa Thiên Huế", "xã Ia Grai",
#: "đặc khu Phú Quốc"), as printed (lower case, with marks), longest first: a body's name is cut after its level
#: ("UBND TỈNH | QUẢNG NINH"), OCR's place spellings read the name after it (matched with marks: folded, "cơ quan" and
#: "tính" would be levels)
ADMIN_LEVELS_PRINTED = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
#: … folded ("thanh pho", "thi xa", … "phuong"), the same order
ADMIN_LEVELS = tuple(fold(w) for w in ADMIN_LEVELS_PRINTED)
#: … as a regex alternation of the folded levels, for the patterns that close or open a name with one
ADMIN_LEVEL_RE = "(?:" + "|".join(ADMIN_LEVELS) + ")"
