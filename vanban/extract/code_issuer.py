"""The Government's bodies named by a document's own symbol when a scan garbled or lost the header's issuer.

Why: on central documents the symbol's issuer code names the body outright — "-CP" the Chính phủ, "-TTg" the Thủ
tướng Chính phủ, "-VPCP" the Văn phòng Chính phủ, "-TTCP" the Thanh tra Chính phủ (``symbol_codes.ISSUER_BY_CODE``)
— and no other body prints them: the 19 such documents of the labelled sets (realdocs, fresh…, tune40–46,
authored40–46) all name as issuer the code's body. A scan reads the issuer's column badly where the rule under it
or the seal touches it: the session 48 newcomer's 200 dpi scans read "XĂN TT Tàn: Tu PHÙ" (637/TB-VPCP), "THỦ
TƯỜNG GHỈNH PHỦ" (234/CĐ-TTg) and nothing at all (375/NQ-CP), each stored with no warning.

Kind: a document whose symbol's issuer code is one of the Government's (the code's name ends "Chính phủ") and whose
header issuer does not fold to that name takes the name (in capitals, as headers print it), and the extraction's
notes say what the header read. Provinces' and ministries' codes are left alone: a province's UBND code does not
say which province, and a ministry's departments issue under its code with their own name printed.
"""

from __future__ import annotations

from vanban.extract.citations import issuer_of_symbol
from vanban.text import fold

__all__ = ["government_issuer", "code_issuer_note"]

#: the end of the names of the bodies the rule covers (``symbol_codes.ISSUER_BY_CODE``: CP, TTg, VPCP, TTCP)
GOVERNMENT = "Chính phủ"


def _code_body(number: str | None) -> str | None:
    body = issuer_of_symbol(number) if number else None
    return body if body and "," not in body and body.endswith(GOVERNMENT) else None


def government_issuer(issuer: str | None, number: str | None) -> str | None:
    """``issuer``, or the Government body the symbol ``number`` names (in capitals) when ``issuer`` does not
    fold to it ("THỦ TƯỜNG GHỈNH PHỦ", "234/CĐ-TTg" → "THỦ TƯỚNG CHÍNH PHỦ")."""
    body = _code_body(number)
    if body is None or (issuer and fold(issuer) == fold(body)):
        return issuer
    return body.upper()


def code_issuer_note(printed: str | None, issuer: str | None, number: str | None) -> tuple[str, ...]:
    """The note that the issuer was taken from the symbol's code, with what the header read (``printed``)."""
    if not issuer or issuer == printed or _code_body(number) is None:
        return ()
    read = f"the header read '{printed}'" if printed else "the header named none"
    return (f"issuer '{issuer}' taken from the symbol {number}: {read} — check it against the original",)
