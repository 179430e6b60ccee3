"""The nouns of Vietnamese places below a province, folded (data only).

Why: five readers named the places of a commune or ward each in a list of their own ("thôn", "tổ dân phố", "khu phố",
"ấp", "bản" …), and the lists drifted apart: one knew "plei" (a Gia Rai village), "khối phố" and "khu dân cư", the
others did not (review of session 39). The readers that mean the same kind now share these tuples; each keeps what
is its own beside them (a quota table's other units, a target's schools and markets). Folded as vanban.text.fold
gives them: no marks, đ → d, lower case. A leaf module: every stage may import it.
"""

from __future__ import annotations

__all__ = ["COMMUNE_LEVELS", "RESIDENTIAL_UNITS"]

#: the residential units of a commune or ward, named by their kind: a village (thôn, làng, bản, buôn, ấp, xóm, plei) or
#: an urban group (tổ dân phố, khu phố, khối phố, khu dân cư)
RESIDENTIAL_UNITS = ("thon", "to dan pho", "khu pho", "khoi pho", "khu dan cu", "ap", "ban", "lang", "xom", "buon", "plei")
#: the commune level above them: xã, phường, thị trấn
COMMUNE_LEVELS = ("xa", "phuong", "thi tran")
