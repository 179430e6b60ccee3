""""Đơn vị chủ trì (thực hiện): X" lines: a plan that prints its tasks first and the lead unit on a labelled line below
them ("Đơn vị chủ trì: Phòng Văn hóa - Xã hội"), one obligation per such paragraph; the value's end (the blank line
or the next label), a value that is a sentence, and the items that describe an administrative procedure instead.

Why: the body comes after its tasks here, the reverse of headings and "Giao …" sentences; this mixin of the
obligation reader (``obligations._Reader``) holds that layout's reading apart from the orchestration of parts.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.models import Part


class UnitLines:
    """The "Đơn vị chủ trì: X" pass of the obligation reader (a mixin of ``obligations._Reader``)."""

    def unit_line(self, p: Part) -> tuple[str, int] | None:
        """(body, offset) of a "Đơn vị chủ trì (thực hiện): X" line in the item's own
        text or its unlabelled paragraphs: the task block's responsible body."""
        # "- Đơn vị chủ trì: Sở Tư pháp." printed as a bullet of the task counts too
        spans = [self.own(p)] + [(c.start, c.end) for c in p.children
                                 if c.kind == "paragraph" or (not c.children and W.UNIT_LINE.match(self.f.view, c.start))]
        for a, b in spans:
            m = W.UNIT_LINE.search(self.f.view, a, b)
            if m:
                who = self.unit_value(m.end(), b)
                if who:
                    return who, m.start()
        return None

    def procedure_item(self, p: Part) -> bool:
        """The item describes an administrative procedure: a field of one other than its unit
        ("Trình tự thực hiện", "Thời hạn giải quyết", …) opens one of its lines."""
        return any(W.PROCEDURE_FIELD.match(self.f.view, c.start) and not W.UNIT_LINE.match(self.f.view, c.start)
                   for c in p.children)

    def unit_sentence(self, unit: tuple[str, int]) -> int | None:
        """Where the value of a "Cơ quan thực hiện:" line starts when it is a sentence (a body and its
        verb: "Bộ Công an tiến hành rà soát …"), not only a name; else None."""
        who, at = unit
        m = W.UNIT_LINE.match(self.f.view, at)
        if m is None:
            return None
        w2, what = S.actor(who)
        if not w2 or len((what or "").split()) < 3:
            return None
        return m.end()

    def unit_value(self, a: int, b: int) -> str:
        """The body after a "Đơn vị chủ trì:" label: to the blank line, or to the next label
        line ("Đơn vị phối hợp: …", "Thời gian thực hiện: …") when OCR lost the blank line."""
        end = self.f.view.find("\n\n", a, b)
        end = b if end < 0 else end
        nxt = W.NEXT_META_LINE.search(self.f.view, a, end)
        end = nxt.start() if nxt else end
        inline = W.UNIT_VALUE_END.search(self.f.view, a, end)  # "…: Sở Nội vụ; đơn vị phối hợp: …", "(…: Sở Tư pháp)"
        end = inline.start() if inline else end
        # "Đơn vị thực hiện: đề nghị Chi nhánh Văn phòng đăng ký đất đai …": a body outside the issuer's line, asked
        # (the labels count a request as an obligation); the cue is no part of its name
        return re.sub(r"^(?:đề nghị|Đề nghị|ĐỀ NGHỊ)\s+", "", clean_quote(self.text(a, end)).strip()).rstrip(".")

    def partner_line(self, a: int, b: int) -> str | None:
        """The partners of a "Đơn vị phối hợp: X" line between ``a`` and ``b`` (the lines under a task's "Đơn vị chủ
        trì: Y" line): the task block's đơn vị phối hợp, its value read as the lead unit's; None when there is none."""
        m = W.PARTNER_LINE.search(self.f.view, a, b)
        if m is None:
            return None
        return self.unit_value(m.end(), b) or None

    def unit_blocks(self, p: Part) -> None:
        """One obligation per "Đơn vị chủ trì: X" paragraph, for the tasks printed above it. A titled task among them
        whose text names its own body acting, with no unit line of its own before the next task ("2. Công bố, công khai
        thủ tục hành chính ⏎ Các sở, ban, ngành tỉnh tham mưu công bố …" between "1. … ⏎ Đơn vị chủ trì: Văn phòng …"
        and "3. … ⏎ Đơn vị chủ trì: Sở Khoa học và Công nghệ …", a plan a Quyết định issues) is that body's own
        assignment, not the next unit's (``acting_item``)."""
        pending: list[Part] = []
        for c in p.children:
            m = W.UNIT_LINE.match(self.f.view, c.start) if c.kind == "paragraph" or not c.children else None
            if m:
                for t in [t for t in pending[:-1] if self.acting_item(t)]:
                    self.part(t)
                    pending.remove(t)
                who = self.unit_value(m.end(), c.end)
                tasks = "; ".join(clean_quote(self.text(*self.own(t))) for t in pending) or self.titled_task(p)
                start = pending[0].start if pending else c.start
                end = c.end
                nxt = p.children.index(c) + 1
                while nxt < len(p.children) and W.META_LINE.match(self.f.view, p.children[nxt].start):
                    end = p.children[nxt].end  # its Đơn vị phối hợp / Thời gian lines
                    nxt += 1
                self.add(who, tasks, start, end, partners=self.partner_line(c.end, end))
                pending = []
            elif c.kind == "item" and not c.children and self.unit_line(c):
                self.part(c)  # "- task ….⏎Đơn vị chủ trì: X." with no blank line: the item holds its unit
            elif not W.META_LINE.match(self.f.view, c.start):
                pending.append(c)

    def titled_task(self, p: Part) -> str:
        """The task of an item whose unit line(s) follow its own text with no bullet above them: its title and the
        paragraph under it ("9. Tổ chức nghiên cứu, học tập kinh nghiệm …⏎Tham mưu, đề xuất tổ chức Đoàn của tỉnh …⏎-
        Đơn vị chủ trì: Sở Tư pháp.", 141-KH-UBND III.9) — the title alone named no act the body is asked for; the
        title alone when nothing is written under it."""
        head = " ".join((p.heading or "").split())
        own = " ".join(clean_quote(self.text(*self.own(p))).split())
        if not head or not own.startswith(head):
            return head
        below = own[len(head):].strip(" :.*")
        return f"{head}; {below}" if len(below.split()) >= 3 else head

    def acting_item(self, t: Part) -> bool:
        """The titled item ``t`` (no sub-items) holds, under its title, a sentence that opens with a named body and its
        verb: "2. Công bố, công khai thủ tục hành chính ⏎ Các sở, ban, ngành tỉnh tham mưu công bố danh mục …"."""
        if t.kind != "item" or t.children or not t.heading:
            return False
        own = clean_quote(self.text(*self.own(t)))
        below = own[len(t.heading):].strip(" :.*\n") if own.startswith(t.heading) else ""
        who, what = S.actor(below[:300])
        if not who or not who[:1].isupper() or not S.named_body(Folded.of(who).view):
            return False
        verb = first_verb(Folded.of(what).view)
        return verb is not None and verb.start() == 0
