"""What kind of part an item is, before the obligation reader reads a body in it: a heading that names a body as its
topic, a "Trách nhiệm của X" title, an intro whose bodies the items after it serve, a list of topics or goals, a part
titled as the assignment, a clause of a rule titled by a case, a paragraph in which the issuing committee speaks or
bodies only answer for the outcome, a rule's article of powers.

Why: the orchestration of parts (``obligations._Reader.parts`` / ``part``) branches on these; kept as one mixin of
the reader so the branching reads as a list of named kinds.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.duty_subject import duty_subject
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.item_headings import ALONE_LINE, unnumbered
from vanban.extract.task_bodies import duty_body, same_addressee
from vanban.extract.title_case import in_sentence_case
from vanban.models import Part
from vanban.structure import vocab as V
from vanban.text import fold


class PartKinds:
    """Kinds of parts (a mixin of ``obligations._Reader``)."""

    def goals_heading(self, p: Part) -> bool:
        """``p`` is titled by the goals it sets (W.GOALS_ITEM): its heading, or the heading's first line when the
        structure ran the heading on into the intro below it ("1. Mục tiêu giải ngân" / "Tỷ lệ giải ngân … phấn đấu
        đạt theo các mốc sau:", a25-09)."""
        if not p.heading:
            return False
        first = self.text(*self.own(p)).strip(" *\t\n").split("\n", 1)[0]
        return any(W.GOALS_ITEM.match(Folded.of(h.strip(" :.*")).view) for h in (p.heading, first))

    def powers_only(self, kept: list[Part], who: str) -> bool:
        """In a rule (Quy chế, Quyết định …), the clauses of a post's or body's duty article each open with its
        accountability ("chịu trách nhiệm trước Ủy ban nhân dân tỉnh … về toàn bộ hoạt động của Sở") or a power
        ("quyết định những vấn đề thuộc thẩm quyền; …"): the article states the post, it assigns no task (a Quy chế làm
        việc's "Điều 3. Trách nhiệm của Giám đốc Sở", t20-09's label: "statements of competence and responsibility")."""
        if not S.rule_document(self.st.type):
            return False
        items = [c for c in kept if c.kind == "item"]
        if len(items) < len(kept) or not items:
            return False
        for c in items:
            text = re.sub(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s*", "", clean_quote(self.text(*self.own(c))))
            if fold(text).startswith(fold(who) + " "):
                text = text[len(who):]
            first = fold(text.split(";")[0]).strip()
            if not (W.ACCOUNTABLE.match(first) or W.COMPETENCE_WHAT.match(first)):
                return False
        return True

    def named_topic_head(self, p: Part) -> bool:
        """A numbered heading that names one body by its proper name as its topic, over lettered tasks ("2. Đối với Ủy
        ban nhân dân các xã, phường" / "a) Chỉ đạo bộ phận tài chính - kế toán xã lập báo cáo …" / "b) Gửi báo cáo …
        về Sở Tài chính chậm nhất ngày 31/3/2027", a Sở Tài chính's Hướng dẫn, a23-09's label): it assigns them in a
        letter, plan or guidance (no rule-making type) outside a list of criteria, as the inline "1.3. Đối với UBND
        các xã, phường: hướng dẫn …" does (a21-07); a lower-case topic ("Đối với các cơ quan, đơn vị", "Đối với chi
        bộ") still splits a rule by whom it concerns."""
        head = clean_quote(p.heading or "").strip()
        named = re.match(r"[Đđ]ối với (\w)", head)  # its first letter a capital ("Đối với ủy ban kiểm tra các cấp": no)
        # … or a Party body in lower case whose points are dated: a Hướng dẫn's timeline by tier ("1. Đối với chi bộ (chi
        # bộ cơ sở và chi bộ trực thuộc đảng ủy cơ sở)" / "a) Chi ủy (bí thư chi bộ) chuẩn bị báo cáo …" / "c) … Chi bộ
        # kiểm điểm tập thể chi ủy …; hoàn thành trước ngày 25/12/2026", "2. Đối với đảng ủy cơ sở" …, a Ban Tổ chức's
        # Hướng dẫn on xếp loại, a24-07: one entry per tier); undated, such a topic still splits contents by whom they
        # concern (a21-05's "2. Đối với ủy ban kiểm tra các cấp" over what each level checks)
        tier = bool(named and not named.group(1).isupper() and W.PARTY_TOPIC.match(head)
                    and self.deadline_in(p.start, p.end, None) is not None)
        return bool(p.kind == "item" and not (p.label or "").startswith("Điều") and (p.children or self.text_below(p))
                    and named and (named.group(1).isupper() or tier) and ":" not in head
                    and not S.rule_document(self.st.type) and not self.under_criteria(p.start)
                    # (nor a topic of a roman section of criteria: "III. TIÊU CHÍ VÀ THANG ĐIỂM" over "1. Đối với Hội cơ sở"
                    # / "Chấm theo thang điểm 100, …", a Hội LHPN's Hướng dẫn on xếp loại, t29-08; a body acting in such a
                    # section's prose still is one: 982-KH-UBND's "Các cơ quan, đơn vị căn cứ thành tích … bình xét …")
                    and not any(s <= p.start < e for s, e in self.criteria))

    def text_below(self, p: Part) -> bool:
        """The item ``p`` goes on past its heading with text of its own, no sub-item: "2.5. Đối với Tổ an ninh, trật tự
        ở cơ sở" / "Duy trì tuần tra ban đêm …" (a Chi bộ's resolution: the topic's tasks in one paragraph)."""
        raw = self.text(*self.own(p))
        at = raw.find(p.heading or "\0")
        # below the heading's line, not after a colon on it ("a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng": a
        # level of pay by whom it concerns)
        rest = raw[at + len(p.heading):] if p.heading and at >= 0 else ""
        # … naming no body of its own ("4. Đối với Ban Thường vụ Tỉnh ủy …" / "Ban Tổ chức Tỉnh ủy chủ trì, … tham mưu
        # Ban Thường vụ Tỉnh ủy tổ chức kiểm điểm …": the topic is whom the work concerns, the text charges its own body)
        return bool(re.match(r"[ \t*]*\n", rest)) and len(rest.strip(" *\t\n")) > 5 \
            and S.actor(clean_quote(rest).strip())[0] is None

    def below_title(self, p: Part) -> str:
        """The text of ``p`` under its title line standing alone ("5. Kiểm tra, giám sát" / "" / "Sở Nông nghiệp và Môi
        trường sẽ thành lập đoàn kiểm tra …"), "" when no such line opens it: the title names the topic, the paragraph
        below says who acts."""
        s, e = self.own(p)
        alone = ALONE_LINE.match(self.text(s, e)) if p.heading else None
        if not alone or clean_quote(alone.group(1)).strip(" .") != clean_quote(p.heading or "").strip(" ."):
            return ""
        return clean_quote(self.text(s + alone.end(), e))

    def assigning(self) -> bool:
        """The text read now assigns tasks: a plan, directive or letter (no rule-making type), or a rule's part titled
        as the assignment of tasks ("Tổ chức thực hiện", "Trách nhiệm …"). A law's "Tòa án giải quyết …" elsewhere states
        a competence."""
        return not S.rule_document(self.st.type) or self.in_duties > 0

    def topic_assigns(self, head: str) -> bool:
        """A heading that names a body as its topic ("Đối với Sở Khoa học và Công nghệ:", "Đối với các sở, ban, ngành:")
        assigns it the tasks below only in a part that assigns tasks ("Tổ chức thực hiện", "Trách nhiệm …"); elsewhere
        it splits a rule, a criterion or a level by whom it concerns ("Tiêu chí thi đua … c) Đối với các cơ quan, đơn
        vị", "a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng", "g) Đối với các tổ chức hội …: Sử dụng tên viết
        tắt …"). Any other heading: True."""
        return not W.TOPIC_BODY.match(clean_quote(head).strip()) or self.in_duties > 0

    def tasks_below(self, p: Part) -> str:
        parts = [clean_quote(self.text(*self.own(c))) for c in p.children
                 if not W.META_LINE.match(self.f.view, c.start)]
        return "; ".join(x for x in parts if x)

    def intro(self, p: Part) -> str | None:
        """The bodies an intro names for the items after it ("… đề nghị Thủ trưởng
        các đơn vị thực hiện một số nội dung sau:")."""
        s, e = self.own(p)
        return self.intro_text(self.text(s, e))

    def duty_title(self, p: Part) -> str | None:
        """The body an item titled "Trách nhiệm của X" names ("" when the title holds a verb or is long),
        None when the item is no such title. Only an item whose whole text is the title (no children)
        gives the body to the items after it."""
        if p.kind != "item":
            return None
        s, e = self.own(p)
        own = re.sub(r"\s+", " ", clean_quote(self.text(s, e))).strip()
        m = W.DUTY_TITLE.match(own) or (W.DUTY_TITLE.match(p.heading.strip()) if p.heading else None)
        if not m:
            return None
        if p.children or m.string != own or (p.heading and len(own) > len(re.sub(r"\s+", " ", p.heading).strip(" .:")) + 3):
            # (an article whose heading names the body and whose one paragraph holds its duty, "Điều 8. Trách nhiệm
            # của Kho bạc Nhà nước⏎⏎Kho bạc Nhà nước kiểm soát chi …", is read as a heading with its text)
            return ""
        return duty_body(m)

    def oversight_body(self, p: Part) -> str | None:
        """The body a part titled by its oversight work charges with the part's items ("IV. CHƯƠNG TRÌNH KIỂM TRA, GIÁM
        SÁT CỦA ỦY BAN KIỂM TRA ĐẢNG ỦY" → "Ủy ban Kiểm tra Đảng ủy", in the case the text writes it), None when the title
        is no such one or when a task table inside the part names each row's body ("Chủ thể", "Đơn vị thực hiện"): the
        rows are then the assignments, and the part's other items name their own actors (W.OVERSIGHT_OF_HEAD)."""
        head = clean_quote(p.heading or "").strip(" *.:")
        m = W.OVERSIGHT_OF_HEAD.match(Folded.of(head).view)
        if m is None or not p.children:
            return None
        sibs = self.siblings_of.get(id(p), ())
        end = min((c.start for c in sibs if c.start > p.start), default=len(self.f.original))
        for t in self.st.tables:
            if t.role == "data" and t.header and p.start <= t.start < end \
                    and any(V.TASK_BODY_COL.search(h) and not V.TASK_WITH_COL.search(h) for h in map(fold, t.header)):
                return None
        body = in_sentence_case(head[m.start("body"):m.end("body")], self.f.original) or ""
        if not S.named_body(Folded.of(body).view):
            return None
        return body[:1].upper() + body[1:]

    def intro_text(self, raw: str) -> str | None:
        """The bodies a paragraph ending in ":" asks to carry out what follows, or None."""
        own = clean_quote(raw)
        if not raw.rstrip(" *\n").endswith(":") or len(own) > 1200:
            return None
        v = Folded.of(own).view
        m = None
        for m in W.CUE_ANY.finditer(v):
            pass
        if m is None:  # "…, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"
            return S.duty_intro(own)
        if W.CUE_AS_NOUN.search(v[:m.start()]):
            return None  # "đáp ứng yêu cầu …": a noun, not a request
        who, _ = S.subject(own[m.end():])
        if who is None:  # a long list of addressed bodies: it ends at its first verb
            who, _ = S.cue_subject(own[m.end():])
        if who and (not P.ORG_HEAD_RE.match(Folded.of(who).view) or W.NOT_BODY.match(Folded.of(who).view)):
            return None
        # "…, Bộ Xây dựng yêu cầu các cơ quan, đơn vị:": the plural after the cue names the bodies
        return S.clean_who(who) if who else S.body_name(own[m.start():])

    def among_topics(self, p: Part) -> bool:
        """``p`` is one of a list of topics, its title a topic too though its words could name a body (kind: a plan's
        fields, "III. PHÁT TRIỂN …" over "1. Thể chế", "2. Hạ tầng số", …, "8. Công dân số", "9. Doanh nghiệp số" /
        "Phát triển các doanh nghiệp số là lực đẩy chủ đạo …", 144/KH-UBND): three or more titled items beside it (a
        title: the heading, or the line standing alone over the item's text) and none of their titles names a body. A list of bodies ("VI. TỔ CHỨC THỰC HIỆN" over "1. Sở …", "2. Sở …") has
        bodies beside each."""
        if p.level <= 2 or (p.heading and W.CUE.match(Folded.of(clean_quote(p.heading)).view)):
            return False  # a part ("IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC TỈNH, …", t20-03) or a request: no field of a list
        if p.heading and W.STRONG_HEAD.match(clean_quote(p.heading).lstrip("* ")):
            return False  # "6. Ủy ban nhân dân các xã, phường" after "5. Xây dựng chính quyền số" (t18-09): an organ by its
            # head word is the body charged with the item, whatever its siblings' titles are
        titles = [t for c in self.siblings_of.get(id(p), ()) if c is not p and c.kind == "item"
                  and (t := c.heading or ((m := ALONE_LINE.match(self.text(*self.own(c)))) and clean_quote(m.group(1))))]
        return len(titles) >= 3 and not any(S.named_body(Folded.of(S.body_name(t) or t).view) for t in titles)

    def charged_by_name(self, siblings: tuple[Part, ...], inherited: str) -> bool:
        """A part titled as the assignment ("3. Trách nhiệm thực hiện") among ``siblings`` charges the intro's body, or
        one of the bodies it lists, by name in an item of its own ("… đề nghị Ủy ban nhân dân các xã và các đơn vị triển
        khai một số nội dung sau:" over "1. Phân bổ chỉ tiêu …", "2. Yêu cầu về kỹ thuật canh tác", "3. Trách nhiệm thực
        hiện" / "a) Ủy ban nhân dân các xã" / "- Rà soát …", a Sở's Công văn): the titled parts beside it say what the
        work is, the named items who does it; the intro's body has its assignment there, not one per title."""
        members = [x.strip() for x in re.split(r",|\s(?:và|cùng)\s", inherited) if x.strip()]
        for c in siblings:
            if not (c.kind == "item" and c.heading and W.DUTY_SECTION_HEAD.match(Folded.of(unnumbered(c.heading)).view)):
                continue
            for d in c.children:
                body = S.body_name(d.heading) if d.kind == "item" and d.heading else None
                if body and any(same_addressee(body, x) for x in members):
                    return True
        return False

    def committee_speaks(self, p: Part) -> bool:
        """Every sentence of the part ``p`` (its own text and its paragraphs) has the issuing Party committee's own
        bodies for subject: "III. TỔ CHỨC THỰC HIỆN" / "Ban Thường vụ Tỉnh ủy sẽ định kỳ nghe báo cáo …; Thường trực
        Tỉnh ủy trực tiếp chỉ đạo việc thực hiện Chỉ thị." under a Chỉ thị's "… yêu cầu các cấp ủy, … thực hiện tốt
        các nhiệm vụ sau:" (a20-01): the committee on its own part, no task of the bodies it asks."""
        issuer = fold(self.st.header.issuer or "") if self.st.header else ""
        if not issuer:
            return False
        texts = [clean_quote(self.text(*self.own(p)))] + [clean_quote(self.text(c.start, c.end))
                                                          for c in p.children if c.kind == "paragraph"]
        if p.heading and texts[0].startswith(p.heading):
            texts[0] = texts[0][len(p.heading):]
        sents = [x for t in texts for x in re.split(r"[.;]\s+", t) if x.strip(" .;*")]
        if not sents or any(c.kind != "paragraph" for c in p.children):
            return False
        for x in sents:
            own = W.OWN_STANDING.match(fold(x).strip())
            if not own or own.group("committee") not in issuer:
                return False
        return True

    def goal_among_named(self, p: Part, siblings: tuple[Part, ...]) -> bool:
        """The untitled item ``p`` only sets a rate to reach ("2. Phấn đấu tỷ lệ giải ngân kế hoạch vốn năm 2027 đến hết
        quý I/2027 đạt từ 15% đến 20%; …") among items that each name a body of their own ("1. Các chủ đầu tư khẩn
        trương …", "3. Các chủ đầu tư báo cáo …; Sở Tài chính tổng hợp …", a19-06): a goal with no named subject (the
        labels: "clauses with no named subject … are not obligations"), no task of the bodies an intro above named."""
        if p.kind != "item" or p.heading or p.children:
            return False
        if not W.GOAL_ONLY.match(Folded.of(clean_quote(self.text(*self.own(p)))).view):
            return False
        named = 0
        for c in siblings:
            if c is p or c.kind != "item" or c.heading:
                continue
            w2, _ = S.actor(clean_quote(self.text(*self.own(c)))[:300])
            named += bool(w2 and w2[:1].isupper() and P.ORG_HEAD_RE.match(Folded.of(w2).view))
        return named >= 2

    def answers_only(self, p: Part) -> bool:
        """The paragraph ``p`` makes bodies of its own answer for the outcome, with no task ("Giám đốc các sở, …, Chủ
        tịch Ủy ban nhân dân các xã … chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra cháy lớn …;
        tổ chức thực hiện nghiêm túc Chỉ thị này./.", a Chỉ thị's last words): no task of the body an intro named."""
        if p.kind != "paragraph" or p.children:
            return False
        who, what = S.actor(clean_quote(self.text(*self.own(p))))
        return bool(who) and bool(W.ACCOUNTABLE.match(fold(what).strip()))

    def intro_duty(self, p: Part) -> tuple[str | None, str] | None:
        """The clause ``p`` announces items ("… sau đây:") and states a duty of its own: a body or role as the
        subject of a duty marker ("Người đứng đầu đơn vị có những nhiệm vụ sau đây:"), or a duty marker and then a
        verb with its object before the announcement ("… phải thực hiện việc thanh toán … sau đây:"). (who or None,
        what), or None."""
        own = clean_quote(self.text(*self.own(p)))
        v = Folded.of(own).view
        m = D.MARKER.search(v)
        if not m:
            return None
        rule = S.rule_document(self.st.type)
        who, what = duty_subject(own, rule, named_only=not rule)
        if who and D.MARKER.match(Folded.of(what).view):
            return who, what  # "1. Người đứng đầu đơn vị có những nhiệm vụ sau đây:" with its items lost
        said = re.sub(r"\s*(?:(?:cac|nhung)\s+)?(?:[a-z]+\s+){0,4}sau(?:\s+day)?\s*:?\s*$", "", v[m.end():]).strip(" ,:")
        if len(said.split()) < 3 or not (first_verb(said) or D.VERB.search(said)):
            return None
        return None, own

    def titled_clauses(self, before: Part | None, p: Part) -> bool:
        """``before`` and ``p`` are clauses of a rule-making document, each titled by a case that names no body
        ("1. Cấp mới Chứng thư chữ ký số cho cá nhân", "2. Gia hạn, thay đổi nội dung thông tin …"): a heading,
        or a short first paragraph of its own before the sentence that charges the body."""
        if before is None or before.kind != "item" or not S.rule_document(self.st.type):
            return False
        if not all(c.label and re.fullmatch(r"\d{1,2}[.)]", c.label.strip()) for c in (before, p)):
            return False  # clauses of one article, not articles (each "Điều" is a block of its own)
        for c in (before, p):
            title = c.heading
            if not title:
                paras = re.split(r"\n[ \t]*\n", self.text(*self.own(c)).strip(), maxsplit=1)
                title = clean_quote(paras[0]) if len(paras) == 2 else ""
            if not title or title.rstrip().endswith((":", ".", ";")) or len(title.split()) > 16 \
                    or S.body_name(title) is not None or S.actor(title)[0] is not None:
                return False
        return True
