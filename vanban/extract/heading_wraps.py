"""A "heading" that is only a wrapped line: the first printed line of a sentence that goes on below, a body's name the
line wrap cut ("Điều 3. Sở" / "Khoa học và Công nghệ …"), or words past the heading's name that open the task under a
blank line.

Why: the structure reader takes a short first line for an item's heading; before the obligation reader
(``obligations._Reader``, of which this is a mixin) reads a body from it, these tests put the line back into its
sentence.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.task_bodies import STRONG_MEMBER, unit_head
from vanban.text import fold


class HeadingWraps:
    """Headings that are wrapped lines (a mixin of ``obligations._Reader``)."""

    def task_after_gap(self, s: int, e: int, more: str) -> bool:
        """``more`` (words the actor split read on past the heading's name) opens the task under a blank line: "8. Báo
        và Phát thanh, Truyền hình Thanh Hóa⏎⏎Mở chuyên mục tuyên truyền …" (a15-02), the verb capitalised as the
        paragraph's first word; a name cut by a line wrap goes on without the blank line."""
        raw = self.text(s, e).strip(" *\t\n")
        gap = re.search(r"\n[ \t*]*\n", raw)
        head = more.strip()
        if not gap or not head[:1].isupper() or not clean_quote(raw[gap.end():]).startswith(head.split()[0]):
            return False
        v = Folded.of(head).view
        fv = first_verb(v)
        # (the paragraph's own words after it: "Thu" alone is no task, "Thu, nộp Quỹ …" is)
        para = Folded.of(clean_quote(raw[gap.end():])[:80]).view
        if STRONG_MEMBER.match(head) and S.actor(clean_quote(raw[gap.end():]))[0]:
            # "5. Các phòng chức năng thuộc Sở Y tế⏎⏎Phòng Nghiệp vụ Y chủ trì …; Phòng Kế hoạch - Tài chính hướng dẫn
            # …" (a Sở's Kế hoạch, t29-03): a body of its own opens the paragraph and acts, one of the heading's group
            return True
        if unit_head(head, raw[:gap.start()]) and S.actor(clean_quote(raw[gap.end():]))[0]:
            # "7. Các khu phố⏎⏎Trưởng khu phố nắm tình hình …, báo cáo …" (a37-06): the head of each of the heading's
            # units opens the paragraph and acts for them, the heading's block (one entry, its bodies as printed)
            return True
        names = S.joint_name_keys(re.split(r",\s*|;\s*|\s+và\s+", clean_quote(raw[:gap.start()])))
        if len(names) >= 2 and fold(head).strip(" *.:") in names and S.actor(clean_quote(raw[gap.end():]))[0]:
            # "1. Trưởng ban, Phó Trưởng ban⏎⏎Trưởng ban chỉ đạo chung; Phó Trưởng ban …": one of the joint heading's
            # bodies, as the heading prints it, opens the paragraph and acts — the task's subject, no word of the name
            return True
        if W.EACH_KIND.match(head):
            # "4. Công an phường, Ban Chỉ huy quân sự phường, Đoàn Thanh niên phường⏎⏎Mỗi đơn vị vận động …": the
            # paragraph's subject takes the heading's bodies one by one ("each unit"), no word of their names
            return True
        return (fv is not None and fv.start() == 0) or bool(W.MORE_VERBS.match(v) or W.TASK_OPENING_SHORT.match(para))

    def wrapped_line(self, heading: str, at: int) -> bool:
        """The "heading" is only the first printed line of the item's sentence, which goes on below:
        it closes nothing (no ". : ; ! ?") and fills the line as the lines after it do ("3. Thường
        xuyên rà soát, …, đề xuất các bộ, ban, ngành⏎Trung ương và Chính phủ sửa đổi, …", 1026-KH-UBND
        scanned). The next line continues that sentence: a body name opening it is not a new subject.
        A title ("2. Nhiệm vụ thời gian tới") is shorter than the prose lines under it."""
        text = self.f.original
        if heading.rstrip(" *").endswith((".", ":", ";", "!", "?")) or not text.startswith("\n", at):
            return False
        if W.OBJECT_VERB_END.search(fold(heading.rstrip(" *"))):
            return True  # "- Lập dự toán kinh phí báo cáo" / "Sở Nông nghiệp và Môi trường trình …" (235-KH-UBND): the
            # verb's object opens the next line, it is no new subject
        line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
        below = text[at + 1:at + 1200].splitlines()[:3]  # a page break (form feed) ends a line too
        if not below or not below[0].strip():
            return False
        width = max(len(x.rstrip()) for x in below)
        return len(line) >= 50 and len(line) >= 0.85 * width

    @staticmethod
    def wrapped_head(heading: str, own: str, raw: str = "") -> bool:
        """The "heading" is the first line of a sentence whose body's name the line wrap cut: "Điều 3. Sở⏎Khoa học
        và Công nghệ và các cơ quan, đơn vị có liên quan có trách nhiệm …" (2776-QD-UBND), "2. Giao Trung tâm
        Chuyển đổi số⏎Thành phố cấu hình thủ tục hành chính …" (2833-QD-UBND): the sentence is read whole. The
        A list of bodies ("5. Sở Văn hóa, Thể thao và Du lịch; Sở Y tế; Sở⏎Giáo dục và Đào tạo có trách nhiệm …",
        102-2025-QD-UBND) stays the heading it is; ``raw`` (the item's text as printed) with a blank line after the heading keeps it a heading ("5. SỞ⏎⏎Văn hóa,
        Thể thao và Du lịch⏎⏎ả) …", legacy OCR)."""
        if heading.rstrip(" *").endswith((":", ".", ";")) or ";" in heading or not own.startswith(heading) \
                or len(own) < len(heading) + 4 \
                or re.search(r"\n\s*\n", raw.strip(" *\n")[:len(heading) + 40]):
            return False
        cue = W.CUE.match(Folded.of(heading).view)
        if cue:
            base = S.cue_body(heading) or S.body_name(heading)
            who = S.cue_subject(own[cue.end():])[0] or S.subject(own[cue.end():])[0]
        else:
            base = heading.strip(" .:") if fold(heading).strip(" .:") in W.BARE_HEADS else S.body_name(heading)
            who = S.actor(own)[0]
        return bool(base and who) and len(who) > len(base) + 3 and fold(who).startswith(fold(base))
