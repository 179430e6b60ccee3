"""The body that acts after an item's label: "b) Đoàn kiểm tra chuyên ngành: Sở Y tế, Sở Công Thương tổ chức kiểm tra
… từ ngày … đến ngày …", "d) Tổ kiểm tra liên ngành cấp xã: UBND các xã, phường thành lập tổ kiểm tra, hoạt động …".

Why: a plan's lettered items often open with the name of the activity or team they describe (a team, a campaign),
then a colon and the sentence that charges the bodies who run it. The team is the topic; the bodies named with their
verb after the colon are the ones assigned (a careful reader's "who", and the labels'). A label followed by the task
alone ("c) Đoàn kiểm tra mùa Lễ hội Xuân: kiểm tra các cơ sở …") leaves the team as the body, and bodies of the
label's own kind after it ("UBND các xã: UBND xã A …", a member; "Công an tỉnh: Công an các xã …") are left to the
readers of members.
"""

from __future__ import annotations

from vanban.extract import subjects as S
from vanban.extract.folded import Folded
from vanban.text import fold

__all__ = ["body_after_label"]


def body_after_label(who: str) -> str | None:
    """The bodies after the label's colon when a subject read as "label: bodies" (``who``, up to the verb) names
    another kind of body there; else None."""
    label, colon, after = who.partition(":")
    after = after.strip(" *_")
    if not colon or not label.strip() or not after[:1].isupper() or len(after.split()) < 2:
        return None
    fl, fa = fold(label).split(), fold(after).split()
    if not fl or fl[0].strip("-+•*") in fa or fa[0] == fl[0]:
        return None  # the label's own kind named again: a member, not another body
    if not S.named_body(Folded.of(after).view):
        return None
    return after
