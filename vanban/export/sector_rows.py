"""A row whose "body" is a list of sectors the task is for, read as the body that does it: no body, the task after
the colon.

Why (the newcomer of session 29, 179-KH-UBND IV.7): "Đối với các ngành tài chính, ngân hàng, bảo hiểm, bưu chính,
…, xây dựng và bất động sản, các lĩnh vực sản xuất, dịch vụ …: tập trung phát triển kinh tế số …" names the sectors
the direction is about, not who carries it out; the obligation reader took "ngân hàng, bảo hiểm, …" as its đơn vị
chủ trì and "xây dựng và bất động sản, …: tập trung …" as its task. "Đối với các sở, ban, ngành: …" and "Đối với
các ngành, các cấp: …" name bodies (a comma or a body's word after "ngành"): rows as read.

Shapes: :func:`sector_rows` takes and gives ``ChecklistItem`` rows; a changed row keeps its place, offsets, source,
dates and targets, its ``who`` the checklist's "(chưa xác định)" (``UNKNOWN_BODY``), its ``what`` the source after the first
colon less a closing lead-in to a list ("Các nhiệm vụ trọng tâm bao gồm").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vanban.extract.checklist import UNKNOWN_BODY
from vanban.text import fold_flat

__all__ = ["SECTOR_OPENING", "sector_rows"]

# --- data: the wording (folded, lower case) -----------------------------------------------------------------------
#: "Đối với (các) ngành X" / "Đối với lĩnh vực X": a sector named after the word, no comma, no body's word
SECTOR_OPENING = re.compile(
    r"^doi voi (?:cac |moi |tung |nhung )?(?:nganh|linh vuc|khu vuc) (?!chuc nang\b|cap\b|doan the\b|lien quan\b)\w")
#: a closing sentence that only announces a list ("Các nhiệm vụ trọng tâm bao gồm", "… như sau")
LEAD_IN = re.compile(r"(?:^|(?<=[.;] ))[^.;:]*\b(?:bao gom|gom co|gom|nhu sau)\s*:?\s*$")
# -------------------------------------------------------------------------------------------------------------------


def _sector_row(it):
    source = " ".join((it.source or "").split())
    view = fold_flat(source)  # fold keeps the length: offsets in ``view`` are offsets in ``source``
    colon = source.find(":")
    if not it.who or colon < 0 or not SECTOR_OPENING.match(view):
        return it
    if fold_flat(it.who) not in view[:colon]:  # the body read is not one of the sectors listed
        return it
    task = source[colon + 1:].strip()
    if m := LEAD_IN.search(fold_flat(task)):
        task = task[:m.start()]
    task = task.strip(" ;,.")
    if len(task.split()) < 3:
        return it
    return replace(it, who=UNKNOWN_BODY, what=task[0].upper() + task[1:])


def sector_rows(items: Sequence) -> list:
    """``items`` with each row whose body is one of the sectors its source opens on given no body (see the module)."""
    return [_sector_row(it) for it in items]
