"""A state signing level whose stop a scan read as a comma: "KT,THỦ TƯỚNG" → "KT.THỦ TƯỚNG".

Why: the level's marker ("KT.", "TM.", "TL.", "TUQ.") is what makes a signature block's first line its level; a scan
reads its small stop as a comma now and then (228/CĐ-TTg scanned, session 46's newcomer: "KT,THỦ" / "TƯỚNG" / "PHÓ
THỦ" / "TƯỚNG" — no level was found and the signer was lost). The marker in capitals opening its line, a comma, then
a word in capitals (the post or the body signed for) is the level: no Vietnamese word or code reads so. One character
for one, so the page's offsets hold.
"""

from __future__ import annotations

import re

__all__ = ["level_stops"]

#: the marker opening its line (after a table rule's bar or a star at most), its stop read as a comma, a word in
#: capitals after (two capitals: "KT, Trần Văn A" is a name after a comma)
_COMMA_STOP_RE = re.compile(r"(?m)^([ \t*_|]*(?:KT|TM|TL|TUQ)),(?=[ \t]*[A-ZĐÀ-Ỹ]{2})")


def level_stops(text: str) -> str:
    """``text`` with each state level's stop read as a comma written a stop (see the module's doc)."""
    return _COMMA_STOP_RE.sub(r"\1.", text) if "," in text else text
