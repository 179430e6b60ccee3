"""The other bodies inside one body's block: a heading's group whose items each open with one of its members ("Các
phòng chuyên môn …" / "- Phòng Kinh tế …"), a joint heading's clauses that charge one of its bodies, a clause that
charges another body with a dated task of its own, an item that opens "Riêng …" or with another level under a topic,
and the tier organs of a Party body.

Why: one obligation per body per block is the labels' convention (``realdocs/labeled/README.md``); these tests
decide when a block holds more than its heading's body. A mixin of the obligation reader (``obligations._Reader``),
kept apart from the orchestration of parts.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.clause_breaks import sentence_breaks
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.task_bodies import (
    body_key,
    name_words,
    named_again,
    kind_member,
    named_member,
    named_subset,
    names_no_other,
    plain_words,
    unit_head,
)
from vanban.models import Part
from vanban.text import CAPITAL, colon_outside_brackets, fold


def led_label(own: str) -> str | None:
    """The body an item's label names with its leader in a bracket, before the colon no bracket holds: "a) Tiểu ban
    Tuyên truyền (Trưởng tiểu ban: Phó Chủ tịch UBND xã): in pa-nô, áp phích …" (an event's sub-boards under "Các tiểu
    ban giúp việc"), whatever verb opens its tasks; None for any other item."""
    colon = colon_outside_brackets(own[:200])
    label = own[:colon].strip(" *") if colon > 0 else ""
    return S.body_name(label) if label.endswith(")") and "(" in label else None


#: where a heading naming several bodies parts them: a comma, a semicolon, "và" before a capital ("1. Trưởng ban, Phó
#: Trưởng ban", "Hội Nông dân và Đoàn Thanh niên")
_JOINT_SPLIT = re.compile(r",\s*|;\s*|\s+và\s+(?=[A-ZĐ])")


def _members_listed(w2: str, heads: set[str]) -> bool:
    """``w2`` lists several members of the group by their own names, each opening with the group's head word
    ("Trường Mầm non, Trường Tiểu học, Trường THCS Đại Phong" under "4. Các trường học trên địa bàn xã"): the group
    itself, enumerated — its task is the heading's block (tune44's labels), not one member's entry of its own."""
    parts = [x for x in re.split(r"\s*,\s*|\s+và\s+", w2.strip()) if x]
    return len(parts) >= 2 and all((plain_words(fold(x)) or [""])[0] in heads for x in parts)


class BlockBodies:
    """Bodies charged inside another body's block (a mixin of ``obligations._Reader``)."""

    def board_setup(self, p: Part, who: str) -> bool:
        """``p``'s heading names an organising board and its items only set the board up: its make-up and its helper
        units ("IV. BAN TỔ CHỨC LỄ HỘI" over "1. Thành phần Ban Tổ chức" and "2. Các tiểu ban giúp việc" / "2.1. Tiểu ban
        Lễ tân - Khánh tiết: Chuẩn bị nghi lễ …", a45-02; "Ban Chỉ đạo" over "1. Thành phần" / "2. Tổ giúp việc"). The
        section describes the board, it charges each unit under it with its own tasks and the board with none (the labels:
        one entry per tiểu ban, none for "Ban Tổ chức"); an item that gives the board a task ("2. Nhiệm vụ của Ban Tổ
        chức") keeps the heading's block as before."""
        if not W.BOARD_NAME.match(fold(who).strip()):
            return False
        items = [c for c in p.children if c.kind == "item" and c.level < 8]
        heads = [Folded.of(clean_quote(c.heading or "")).view.strip(" :.*") for c in items]
        return bool(items) and all(W.BOARD_MAKEUP.fullmatch(h) or W.BOARD_UNITS.fullmatch(h) for h in heads) \
            and any(W.BOARD_UNITS.fullmatch(h) for h in heads)

    def helper_units(self, p: Part) -> bool:
        """``p``'s heading names a board's helper units as a set ("2. Các tiểu ban", "Tổ giúp việc") over two or more
        points that each open with one unit's name before a colon ("- Tiểu ban Khánh tiết: Trang trí …", "a) Tổ Hậu
        cần: Chuẩn bị …"): each unit is charged with its own tasks, the set with none — bullets too, which under a
        body's heading are its tasks (``bodies_below`` counts numbered and lettered points only)."""
        if not p.heading or not W.BOARD_UNITS.fullmatch(Folded.of(clean_quote(p.heading)).view.strip(" :.*")):
            return False
        named = [c for c in p.children if c.kind == "item" and c.heading and S.body_name(c.heading)
                 and S.named_body(Folded.of(c.heading).view)]
        return len(named) >= 2

    def bodies_below(self, p: Part, who: str, named_only: bool = False, members_from: int = 2) -> int:
        """How many labelled items right under ``p`` name a body other than ``who``, in their heading
        or as the actor of their first sentence (one of the bodies a heading lists, "1. Các sở, ban, ngành cấp tỉnh; Ủy
        ban nhân dân các xã, phường" over "c) Ủy ban nhân dân các xã, phường rà soát …", is no other); named members of
        ``who`` ("Công chức Văn phòng - Thống kê" under "… của công chức") count from ``members_from`` of them on."""
        n = 0
        items = [c for c in p.children if c.kind == "item" and c.level < 8]
        # the heading's own tasks among the items: then an item that charges one of its bodies alone is no other
        listed = {id(c) for c in items if self.one_of(c, who)}
        listed = listed if len(listed) < len(items) else set()
        members: set[str] = set()  # "Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế toán" under "… của công chức"
        for c in items:  # ("-" / "+" bullets under a body are its tasks, even when they name a partner)
            if id(c) in listed:
                continue
            own = clean_quote(self.text(*self.own(c)))
            body = (S.body_name(c.heading) if c.heading else None) or S.actor(own[:300])[0] or led_label(own)
            if body is None and (member := S.member_heading(self.text(*self.own(c)))):
                # "4. Các Ủy viên Ủy ban nhân dân xã" over "a) Ông Hoàng Minh Tuấn – Ủy viên, Trưởng Công an xã: tham mưu
                # …", "b) Bà … – Ủy viên, …: …" (a Quyết định phân công nhiệm vụ of a UBND xã, t23-07): each member named
                # with the offices is a person of their own, one assignment each, not the class's tasks
                body = member[0]
            if body and self.tier_organ(p, body, who):
                continue  # "3. Đối với cấp ủy cấp trên trực tiếp …" over "a) Ban thường vụ cấp ủy tổ chức kiểm điểm …" (a24-07):
                # the tier's own standing committee, no other body
            if body and fold(body).startswith(fold(who)):
                if named_member(S.clean_who(body), who) or kind_member(S.clean_who(body), who, own):
                    members.add(fold(S.clean_who(body)))
            elif body and not (named_only and re.match(r"(?:cac|nhung)\s", fold(body))):
                n += 1  # under a generic heading only a named body counts ("Các cơ quan, đơn vị, cá nhân …" restates it)
        return n + (len(members) if len(members) >= members_from else 0)

    @staticmethod
    def tier_organ(p: Part, body: str, who: str) -> bool:
        """``body`` is the standing organ of the Party body a tier's heading names: "a) Ban thường vụ cấp ủy tổ chức
        kiểm điểm …" under "3. Đối với cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (…)" (a Hướng dẫn's timeline
        by tier, a24-07): it acts for the tier's body, whose one entry holds its tasks."""
        organ = W.STANDING_ORGAN.match(fold(body))
        return bool(organ and W.PARTY_TOPIC.match(clean_quote(p.heading or "").strip())
                    and fold(who).startswith(fold(body)[organ.end():].strip() or "-"))

    def singled_out(self, c: Part, who: str) -> bool:
        """``c`` opens with "Riêng" and a body other than the item's ``who`` ("- Riêng Ủy ban nhân dân đặc khu Vân Đồn
        và đặc khu Cô Tô báo cáo bổ sung …, hoàn thành trong tháng 12/2026." under "2. Ủy ban nhân dân các xã, phường,
        đặc khu", t18-04): that body's own assignment, its date none of the item's body."""
        text = clean_quote(self.text(*self.own(c)))
        if not W.SINGLED_OUT.match(text):
            return False
        w2, what2 = S.actor(text)
        return bool(w2 and what2) and fold(S.clean_who(w2)) != fold(who)

    def topic_other(self, c: Part, who: str) -> bool:
        """Under a topic heading that names a level ("2. Đối với Đảng ủy xã"), the item ``c`` opens with another named
        body charged with a dated task of its own ("- Ban Tổ chức Đảng ủy tổng hợp, xây dựng dự thảo báo cáo …, trình
        Ban Thường vụ Đảng ủy cho ý kiến chậm nhất ngày 05/01/2027", t22-01's review plan): the topic gathers what the
        level does, the unit named in an item is charged on its own (t22-01's label, author26B); undated, an item's
        body stays the heading's."""
        if c.children or c.heading or c.kind != "item":
            return False
        text = clean_quote(self.text(*self.own(c)))
        w2, what2 = S.actor(text[:300])
        if not (w2 and what2 and w2[:1].isupper()) or len(w2.split()) > 16 or names_no_other(w2, who) \
                or W.PARTNER_ONLY.match(fold(what2).strip()):
            return False
        wv = Folded.of(w2).view
        if not P.ORG_HEAD_RE.match(wv) or W.NOT_BODY.match(wv) or P.NOT_ORG_RE.match(wv):
            return False
        # its head word other than the level's ("Ban Tổ chức Đảng ủy" under "Đảng ủy xã"; "Đảng ủy" again is the level)
        return plain_words(fold(w2))[:1] != plain_words(fold(who))[:1] and self.deadline_in(c.start, c.end, None) is not None

    @staticmethod
    def role_asked(rest: str, who: str) -> str:
        """The heading's body as the request under it names it with its head's title: "4. Ủy ban nhân dân các xã,
        phường" / "Tại Công văn số 4710/VPUBND-KT …, còn 14 xã, phường chưa gửi báo cáo. Đề nghị Chủ tịch UBND các xã,
        phường:" / "a) …" (a17-04) asks the Chủ tịch, whom the labels name; ``who`` when the request names no title
        of the same body, or the block has none."""
        v = Folded.of(rest).view
        m = None
        for m in W.CUE_ANY.finditer(v):
            pass
        if m is None or W.CUE_AS_NOUN.search(v[:m.start()]):
            return who
        asked = rest[m.end():].strip(" :.;")
        key = body_key(asked)
        if not asked or key == fold(asked).strip() or re.search(r"[.;:]", asked) \
                or name_words(key) != name_words(fold(S.clean_who(who))):
            return who
        return asked

    def charges_other(self, c: Part, who: str) -> bool:
        """The paragraph ``c`` opens with a request ("Giao …", "Đề nghị …") or with a named body other than ``who``
        that acts (not one that only works with it: "… phối hợp …")."""
        first = clean_quote(self.text(c.start, c.end))
        v = Folded.of(first).view
        if W.CUE.match(v):
            return True
        w2, what2 = S.actor(first)
        return self.other_body(w2, what2, who)

    def role_item(self, c: Part, who: str) -> bool:
        """The item ``c`` (no points under it) opens with a role or body of its own, other than the class ``who``
        names: "1. Thư ký Tổ công tác tổng hợp số liệu …", "2. Các thành viên khác thực hiện …" under "Điều 5. Các thành
        viên" (:data:`assignment_words.MEMBERS_CLASS`)."""
        if c.children:
            return False
        w2, what2 = S.actor(clean_quote(self.text(*self.own(c)))[:300])
        return bool(w2 and what2 and w2[:1].isupper()) and fold(S.clean_who(w2)).strip() != fold(who).strip()

    def role_bullets(self, p: Part, who: str) -> bool:
        """Every item under ``p`` (two or more, no points of their own) opens with a leader's post, a different one each
        (:data:`assignment_words.LEADER_POST`), none the heading's ``who`` itself: "1. Ban Giám hiệu" / "- Hiệu trưởng
        chịu trách nhiệm chung …" / "- Phó Hiệu trưởng giúp Hiệu trưởng theo dõi …" (a school's Quy chế dân chủ plan,
        t52-06's labels: "where one numbered item addresses several bodies separately, each gets its own entry"). A
        board's bullets naming no post ("- Xây dựng, ban hành Kế hoạch …") stay the board's one entry."""
        items = [c for c in p.children if c.kind == "item"]
        if len(items) < 2 or any(c.children for c in items):
            return False
        posts = []
        for c in items:
            w2, what2 = S.actor(clean_quote(self.text(*self.own(c)))[:300])
            if not (w2 and what2 and w2[:1].isupper()):
                return False
            post = fold(S.clean_who(w2)).strip()
            if not W.LEADER_POST.match(post) or post == fold(who).strip():
                return False
            posts.append(post)
        return len(set(posts)) == len(posts)

    def one_of(self, c: Part, who: str) -> bool:
        """The item ``c`` opens with a named body that is one of those ``who`` lists, not all of them."""
        if c.children or c.heading:
            return False
        w2, what2 = S.actor(clean_quote(self.text(*self.own(c)))[:300])
        # (ob56t) some of the heading's bodies picked out by name are one of them too, in a bullet of their own: "- UBND
        # các xã Gia Lạc, Thượng Hòa, Lạc Vân phối hợp thu hồi kinh phí …; kiểm điểm, …" under "4. Đối với UBND các xã,
        # thị trấn" (a giám sát report's kiến nghị, t55-05's labels: an entry of their own, as a48-09's "- Ủy ban nhân
        # dân xã Tân Lập gửi …" under "1. Chủ tịch Ủy ban nhân dân các xã: Đông Phong, Tân Lập, …" is)
        member = bool(w2 and ((W.MASS_ORG_CLASS.search(fold(who)) and W.MASS_ORG.match(fold(w2).lstrip("-+• ")))
                              or named_subset(w2, who)))
        if not w2 or not w2[:1].isupper() or not (names_no_other(w2, who) or member) \
                or (W.PARTNER_ONLY.match(fold(what2 or "")) and not (member and c.kind == "item")):
            return False  # (one of a class the heading names, "Đoàn Thanh niên xã" under "… các đoàn thể", is one too,
            # whatever its verb: "- Chi hội Nông dân phối hợp xã tổ chức tập huấn …" under "Đối với Ban Công tác Mặt trận
            # và các đoàn thể thôn" is the chi hội's own bullet, its own subject, as its siblings' "- Chi hội Phụ nữ duy
            # trì …" are)
        named = set(plain_words(fold(w2))) - {"cac", "nhung", "va"}
        # (a member of the class by its own name is one of it however long the name: "- Đoàn Thanh niên Cộng sản Hồ Chí
        # Minh xã huy động …", "- Hội Nông dân và Hội Cựu chiến binh xã vận động …" under "3. Các tổ chức chính trị - xã
        # hội xã", a Ủy ban MTTQ xã's plan, t34-02: more words than the heading's, still not all of them)
        return (member or len(named) < len(set(plain_words(fold(who))) - {"cac", "nhung", "va"})) \
            and bool(P.ORG_HEAD_RE.match(Folded.of(w2).view))

    def listed_body(self, c: Part, who: str) -> str | None:
        """The body of ``who``'s list ("Phòng Quản lý môi trường và Trung tâm Quan trắc tài nguyên và môi trường": a
        part opens each name with a body's head word, capitalised) that the item ``c`` opens with, as printed there,
        a lower-case word after it; None when ``who`` lists one body or ``c`` opens with none of them."""
        if c.children or c.heading:
            return None
        names = [x.strip() for x in _JOINT_SPLIT.split(who) if x.strip()]
        names = [x for x in names if x[:1].isupper() and P.ORG_HEAD_RE.match(Folded.of(x).view)]
        if len(names) < 2:
            return None
        text = clean_quote(self.text(*self.own(c))).strip()
        for name in names:
            if fold(text[:len(name)]) == fold(name) and re.match(r"\s+[a-zđà-ỹ]", text[len(name):]):
                return text[:len(name)]
        return None

    def group_member(self, c: Part, who: str) -> str | None:
        """The body the item ``c`` opens with when ``who`` names a group by a plural head ("Các ban, Văn phòng Hội LHPN
        tỉnh", "các phòng chuyên môn") and the item names one member of that head by its own name, then its verb ("Ban
        Tuyên giáo - Gia đình chủ trì tham mưu …"): that member's own entry (the labels: a body named in an item is
        charged on its own). None otherwise (a partner's clause, a head word the heading does not use in the plural)."""
        # (a label before a colon is a heading of its own, unless it is the member and its leader: "- Đoàn số 1 do đồng
        # chí Bí thư Đảng ủy xã làm Trưởng đoàn: thăm, tặng quà …" under "c) Các đoàn thăm hỏi của xã")
        if c.children or c.kind != "item" or (c.heading and not P.TEAM_LED_RE.match(c.heading.lstrip("-–+•* ") + ":")):
            return None
        heads = self.class_heads(who)
        if not heads:
            return None
        w2, what2 = S.actor(clean_quote(self.text(*self.own(c)))[:300])
        if not (w2 and what2 and w2[:1].isupper()) or len(re.sub(r"\s\(Trưởng \w+: [^)]*\)$", "", w2).split()) > 12 or W.PARTNER_ONLY.match(fold(what2).strip()):
            return None
        words = plain_words(fold(w2))
        # named past its head ("Ban Tuyên giáo", "Chi bộ Khu phố 3"), not a kind of member ("Chi bộ được giám sát")
        named = any(x[:1].isupper() for x in w2.split()[1:])
        return S.clean_who(w2) if len(words) >= 2 and words[0] in heads and named and not _members_listed(w2, heads) \
            else None

    @staticmethod
    def class_heads(who: str) -> set[str]:
        """The head words ``who`` names a group by in the plural (folded): "Các trường Mầm non, Tiểu học, Trung học cơ
        sở trên địa bàn" → {"truong"}, "Các ban, Văn phòng Hội LHPN tỉnh" → {"ban"}."""
        return {m.group(1) for m in re.finditer(r"(?:^|[,;]\s*)cac\s+([a-z]+)", fold(who).strip())}

    def class_member(self, w2: str, what2: str, who: str) -> bool:
        """``w2`` is one member of the group ``who`` names by a plural head, by its own name, with a task of its own:
        "3. Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn" / "Lồng ghép giáo dục kỹ năng …; Trường Trung
        học cơ sở Tân Ngãi bố trí bể bơi, giáo viên …" (a phường's Tháng hành động plan, a35-04's labels: the school
        named alone gets its own entry, the README's "bodies addressed separately, each its own entry"), as an item
        opening with it does (:meth:`group_member`); not a partner's clause ("…; Trường X phối hợp …")."""
        words = plain_words(fold(w2))
        if len(words) < 2 or words[0] not in self.class_heads(who) or len(w2.split()) > 12 \
                or W.PARTNER_ONLY.match(fold(what2).strip()) or _members_listed(w2, self.class_heads(who)):
            return False
        return any(x[:1].isupper() for x in w2.split()[1:])

    def members_in_text(self, s: int, e: int, heading: str, who: str) -> list[tuple[str, str, int, int]]:
        """The members of the group ``who`` names by a plural head ("Các phòng chức năng thuộc Sở Y tế") when the
        paragraph under the heading is made of their clauses alone, each opening with one member by its own name and
        its verb: "Phòng Nghiệp vụ Y chủ trì theo dõi, đôn đốc …; Phòng Kế hoạch - Tài chính hướng dẫn …" (a Sở Y tế's
        Kế hoạch, t29-03: the labels give each its own entry, as :meth:`group_member` does for items). (body, task,
        start, end) each; [] when a clause names no member (the group's own task: the heading stays the body)."""
        heads = self.class_heads(who)
        text = self.text(s, e)
        gap = re.search(r"\n[ \t*]*\n", text)
        if not heads or not gap or not fold(clean_quote(text[:gap.start()])).strip(" .:").endswith(fold(heading).strip(" .:")):
            return []
        out, pos = [], gap.end()
        for m in [*re.finditer(rf"(?<=[.;])\s+(?=[{CAPITAL}])", text[gap.end():]), None]:
            end = gap.end() + m.start() if m else len(text)
            raw = text[pos:end]
            w2, what2 = S.actor(clean_quote(raw))
            words = plain_words(fold(w2 or ""))
            if not (w2 and what2.strip() and w2[:1].isupper()) or len(words) < 2 or words[0] not in heads \
                    or not any(x[:1].isupper() for x in w2.split()[1:]) or W.PARTNER_ONLY.match(fold(what2).strip()):
                return []
            lead = len(raw) - len(raw.lstrip())
            out.append((S.clean_who(w2), what2.rstrip(" .;"), s + pos + lead, s + end))
            pos = gap.end() + m.end() if m else len(text)
        return out if len(out) >= 2 else []

    @staticmethod
    def other_body(w2: str | None, what2: str, who: str) -> bool:
        """``w2`` (the actor of a clause in ``who``'s block) is another short, named body, charged with a task of its
        own: not a partner ("phối hợp"), not ``who`` again under a shorter name ("Ban Xây dựng Đảng")."""
        if not w2 or not w2[:1].isupper() or len(w2.split()) > 16 or names_no_other(w2, who) \
                or fuzz.token_set_ratio(body_key(w2), body_key(who)) >= 80 or named_again(w2, who) \
                or unit_head(w2, who):
            return False  # ("Chủ tịch Ủy ban nhân dân cấp tỉnh" under "1. Chủ tịch Ủy ban nhân dân các tỉnh, …": the same;
            # "Ban sẽ tổng hợp kết quả …" under "1. Ban Tuyên giáo và Dân vận Tỉnh ủy", a17-07: the block's body again)
        if re.match(r"(?:phai |cung )?chiu trach nhiem\s+(?:toan dien|hoan toan|chinh|truoc|ve)\b", fold(what2 or "").strip()):
            return False  # "… chịu trách nhiệm toàn diện trước Thủ tướng …": accountability, no task of its own
        wv = Folded.of(w2).view
        if not (P.ORG_HEAD_RE.match(wv) or W.MORE_HEADS.match(wv)) or W.NOT_BODY.match(wv) or P.NOT_ORG_RE.match(wv):
            return False
        return not W.PARTNER_ONLY.match(fold(what2 or "").strip())

    def other_clauses(self, spans: list[tuple[int, int]], who: str) -> list[tuple[str, str, int, int]]:
        """Clauses of ``who``'s block, past its first, that charge another body with a dated task of its own:
        "2.3. Giao Ban Xây dựng Đảng Đảng ủy phường⏎Hướng dẫn các chi bộ trực thuộc … Các chi bộ hoàn thành kiểm
        điểm trước ngày 20/12/2026; Ban Xây dựng Đảng tổng hợp, … trước ngày 05/01/2027." (a15-03): the chi bộ's
        own obligation, (body, task, start, end) each; its date is not the heading body's."""
        out = []
        for a, b in spans:
            text = self.text(a, b)
            pos = 0
            for m in sentence_breaks(text) + [None]:
                end = m.start() if m else len(text)
                raw, start = text[pos:end], a + pos
                pos = m.end() if m else len(text)
                if start == a or not raw.strip():
                    continue  # the block's first clause is the heading body's own task
                sent = clean_quote(raw)
                w2, what2 = S.actor(sent)
                if not self.other_body(w2, what2, who):
                    continue
                # the other body's clause ends where the block's own body takes the sentence back after a ";":
                # "e) Các trường …" / "…; Trường Mầm non X chủ trì hội thi …; các trường cử học sinh … và báo cáo … trước
                # ngày 28/6/…" — the date after it is the group's, not the member's
                stop = end
                for k in re.finditer(r";\s+(?=\S)", raw):
                    back = S.actor(clean_quote(raw[k.end():]))[0]
                    plural = re.match(r"(?:các|những)\s+(\w+)", raw[k.end():], re.IGNORECASE)
                    if (back and (names_no_other(back, who) or named_again(back, who))) \
                            or (plural and fold(plural.group(1)) in self.class_heads(who)):
                        stop = start - a + k.start()
                        w2, what2 = S.actor(clean_quote(raw[:k.start()]))
                        break
                if w2 and self.deadline_in(start, a + stop, None):
                    out.append((S.clean_who(w2), what2, start + len(raw) - len(raw.lstrip()), a + stop))
        return out

    def member_clauses(self, a: int, b: int, who: str) -> list[tuple[str, str, int, int]]:
        """Clauses after a ";" of the block of a joint heading (``who`` lists two or more bodies) that charge one of its
        bodies alone, named as printed there or by a shorter form: "2. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Bộ Chỉ
        huy Bộ đội Biên phòng tỉnh" / "Chủ động bố trí lực lượng, phương tiện …; Bộ đội Biên phòng tỉnh kiểm đếm, hướng
        dẫn tàu thuyền neo đậu an toàn …" (a19-03): the heading's entry, and that body's own (the labels: "where one
        numbered item addresses several bodies separately, each gets its own entry"); not a partner's clause
        ("…; Công an tỉnh phối hợp …"). (body, task, start, end) each. A heading that names the mass organisations as a
        class ("4. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội" / "Tuyên truyền, vận động …;
        Hội Nông dân xã chủ trì phong trào …") charges one of them named in a clause so too, as it does in an item
        (``one_of``)."""
        names = [x for x in _JOINT_SPLIT.split(who) if x.strip()]
        # (a heading naming the mass organisations as a class)
        # (or the Mặt trận alone, whose block directs the class: W.FRONT_BODY)
        # (or the Mặt trận alone asking a mass organisation by name in its block: "…; đề nghị Hội Liên hiệp Phụ nữ
        # phường chủ trì …" — the organisation named is the class's member, as under "… và các đoàn thể")
        mass = bool(W.MASS_ORG_CLASS.search(fold(who)) or (
            W.FRONT_BODY.match(fold(who)) and (W.MASS_ORG_CLASS.search(fold(self.text(a, b)))
                                               or W.MASS_ORG_ASKED.search(fold(self.text(a, b))))))
        if len(names) < 2 and not mass and not self.class_heads(who):
            return []
        text = self.text(a, b)
        out = []
        # (after a sentence's end too: "… giới thiệu hội viên ưu tú để chi bộ xem xét. Hội Nông dân xã vận động ít nhất
        # 20 hội viên … trước ngày 15/5/2031." — the member named as the subject of a sentence of its own is addressed
        # separately as much as after a ";": its own entry, its date none of the group's)
        breaks = list(re.finditer(rf";\s+(?=\S)|(?<=[\w)][.])[ \t]+(?=[{CAPITAL}])", text))
        # (the body's first clause too, under the group's heading, when a later clause gives the group, named again by
        # its plural head, a task of its own: "4. Các tổ chuyên môn" / "Tổ Toán - Tin chủ trì ra đề …; các tổ lồng ghép
        # …" — the member named first is singled out as much as one named after the group's task; only a member by its
        # own name, class_member. A block whose clauses all go on with that member, "4. Các trường học trên địa bàn xã"
        # / "Trường … Kim Ngân vận động …; rà soát, lập danh sách …", is the group's one entry: a36-03's labels)
        opening = re.search(r"\n[ \t*]*\n[ \t*]*(?=\S)", text)
        para = re.split(r"\n[ \t*]*\n", text[opening.end():], maxsplit=1)[0] if opening else ""
        if any(fold(g.group(1)) in self.class_heads(who) for g in re.finditer(r";\s+(?:các|những)\s+(\w+)", para)):
            breaks.insert(0, opening)
        for m in breaks:
            first = m is opening
            clause = re.split(r"[.;](?:\s|$)", text[m.end():], maxsplit=1)[0]
            asked = W.REQUEST_LEAD.match(clause)  # "…; đề nghị Hội Cựu chiến binh xã vận động …": the request's body
            lead = asked.end() if asked else 0
            clause = clause[lead:]
            before = re.split(r"\n[ \t*]*\n", text[:m.start()])[-1]
            if first and not (clause[:1].isupper() and (fw := S.actor(clean_quote(clause)))[0]
                              and self.class_member(fw[0], fw[1], who)):
                continue
            unit = self.named_unit(clause, who)  # "…; thôn Cốc Mốc chuẩn bị hiện trường …" under "Các thôn"
            if unit:
                clause = clause[:1].upper() + clause[1:]
            if not clause[:1].isupper() or (not first and first_verb(Folded.of(S.guard(clean_quote(before))).view) is None
                                            and S.named_body(Folded.of(clean_quote(before).lstrip("-–+•* ")).view)
                                            and not self.opens_with_name(before, names)):
                continue  # (a ";" inside the heading's list of bodies: "5. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát
                # thanh, Truyền hình An Giang", a18-01, parts no task; a task whose verb the lists lack, "Giữ vững quốc
                # phòng, an ninh …; Ban Chỉ huy Quân sự xã hoàn thành …", is one)
            w2, what2 = unit if unit else S.actor(clean_quote(clause))
            # (a member of the class with a task of its own: "Hội Nông dân xã chủ trì phong trào …", "Hội Liên hiệp Phụ
            # nữ xã vận động hội viên thực hiện sàng lọc …" (t30-04's labels: the README's "bodies addressed separately,
            # each its own entry"); one that takes part — "Hội Cựu chiến binh xã tham gia tuyên truyền …" — stays in the
            # group's entry. t25-06's labels keep "Đoàn Thanh niên xã tổ chức gặp mặt …" in the group too, against the
            # README: the one item this reading loses there)
            member = bool(w2 and mass and W.MASS_ORG.match(fold(w2)) and not W.TAKES_PART.match(fold(what2 or "").strip()))
            own_name = bool(w2 and what2 and self.class_member(w2, what2, who))
            # (two or more members by their own names after the group's own task and a ";": "c) Các trường trung học cơ
            # sở, …: điều tra, …; Trường THCS Đông Giang và Trường TH&THCS Tân Hiệp chủ trì mở lớp xóa mù chữ …" (a54-07's
            # labels: their own entry) — some of the group singled out; the same list opening the group's item is the
            # group itself, enumerated: _members_listed, tune44)
            own_name = own_name or bool(w2 and what2 and not first and m.group(0).startswith(";")
                                        and _members_listed(w2, self.class_heads(who))
                                        and not W.PARTNER_ONLY.match(fold(what2).strip()))
            member = member or own_name
            # (a bracket naming the holder of a post is no part of the name's length: "Phó Trưởng ban (Hiệu trưởng …)")
            if not w2 or not what2.strip() or len(re.sub(r"\s*\([^()]*\)", "", w2).split()) > 10 \
                    or not (names_no_other(w2, who) or member or self.heading_name(w2, names)):
                continue
            named = set(plain_words(fold(w2))) - {"cac", "nhung", "va"}
            wv = Folded.of(w2).view
            # (a clause naming as many words as the heading is the heading's bodies again, unless they are mass
            # organisations the Mặt trận's block asks by name: "đề nghị Hội Cựu chiến binh, Đoàn Thanh niên xã …", or
            # one member of the group by its own name, however few the group's words: "Tổ Toán - Tin chủ trì …" under
            # "Các tổ chuyên môn", "Phòng Tài chính lập …" under "Các phòng chuyên môn")
            # (… unless the clause names one of them as the heading prints it: "Phó Trưởng ban" under "1. Trưởng ban, Phó
            # Trưởng ban" holds every word of the heading, yet names the one it addresses separately)
            if (len(named) >= len(set(plain_words(fold(who))) - {"cac", "nhung", "va"}) and not (asked and member)
                    and not own_name and not self.heading_name(w2, names)) \
                    or not (P.ORG_HEAD_RE.match(wv) or own_name) or W.PARTNER_ONLY.match(fold(what2).strip()):
                continue  # (a member by its own name needs no head of the lists: "Thôn Cốc Mốc" under "Các thôn")
            out.append((S.clean_who(w2), what2, a + m.end() + lead, a + m.end() + lead + len(clause)))
        return out

    @staticmethod
    def opens_with_name(clause: str, names: list[str]) -> bool:
        """``clause`` opens with one of a joint heading's bodies (``names``, two or more) and goes on past it: "Trưởng
        ban chỉ đạo chung" before "; Phó Trưởng ban …" under "1. Trưởng ban, Phó Trưởng ban" is that body's task,
        though its verb reads as a name ("Ban chỉ đạo"), not a ";" inside the heading's list of bodies."""
        v = fold(clean_quote(clause)).strip(" -–+•*")
        return len(names) >= 2 and any(v.startswith(k + " ") and len(v) > len(k) + 3
                                       for k in S.joint_name_keys(names) if k)

    @staticmethod
    def heading_name(w2: str, names: list[str]) -> bool:
        """``w2`` is one of the bodies a joint heading lists (``names``, two or more), as printed there, a bracket
        naming its holder aside: "Phó Trưởng ban (Hiệu trưởng Trường THCS …)" in a clause under "1. Trưởng ban, Phó
        Trưởng ban" — that one body, addressed separately (README: "where one numbered item addresses several bodies
        separately, each gets its own entry")."""
        own = fold(re.sub(r"\s*\([^()]*\)\s*$", "", S.clean_who(w2))).strip()
        return len(names) >= 2 and own in S.joint_name_keys(names)

    def named_unit(self, clause: str, who: str) -> tuple[str, str] | None:
        """(unit, task) when ``clause`` (after a ";" of the block of a group named by its plural head) opens with one member of that group
        in small letters, by its level word and its own name: "5. Các thôn" / "- Tổ chức nhận cây giống …; thôn Cốc Mốc
        chuẩn bị hiện trường Lễ phát động … xong trước ngày 05/02/2033" — a unit's level word ("thôn", "ấp", "bản",
        "khu"; :data:`~vanban.extract.patterns.PLACE_LEVEL_WORDS`) is written small before its name as a place's is, and the unit named is addressed separately as one named
        in capitals is (:meth:`class_member`; tune41's labels: "Thôn Cốc Mốc", its own entry). None for any other
        clause, and for a unit named with no verb of its own right after its name."""
        words = clause.split()
        if not (len(words) > 2 and clause[:1].islower() and fold(words[0]) in self.class_heads(who)
                and fold(words[0]) in P.PLACE_LEVEL_WORDS and words[1][:1].isupper()):
            return None
        n = 1
        while n < len(words) and words[n][:1].isupper():
            n += 1  # the unit's name: its capitalised words
        what = clean_quote(" ".join(words[n:]))
        fv = first_verb(Folded.of(what).view)
        if fv is None or fv.start() != 0:
            return None  # "…; thôn Cốc Mốc là điểm trồng tập trung": no task of its own
        return words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:n]), what

    @staticmethod
    def other_duty(own: str, heading: str) -> bool:
        """The item ``own`` opens with a plural body ("Các cơ quan, đơn vị …") its heading does not name, that
        "phải" / "có trách nhiệm" charges."""
        m = W.OTHER_DUTY.match(own)
        return bool(m) and S.named_body(Folded.of(m.group("who")).view) and not names_no_other(m.group("who"), heading)
