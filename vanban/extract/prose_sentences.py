"""Assignment sentences in prose: "Giao …" / "Đề nghị …" / "Yêu cầu …" and sentences that open with a body that acts,
read one by one over a paragraph; a sentence with no new body goes on with the tasks of the body before it. Also the
prose between the title and the first numbered part, requests in mid-sentence, filings that belong to the body just
charged, and the short names a document gave its bodies.

Why: most obligations of letters and plans are stated in such sentences; this mixin of the obligation reader
(``obligations._Reader``) holds the sentence pass, so the reader's own module keeps the orchestration of parts.
It uses the reader's state (``self.f``, ``self.st``, ``self.out``, ``self.add``, ``self.deadline_in``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.case_bodies import after_besides, after_case
from vanban.extract.clause_breaks import clause_bodies, done_by, name_list_wraps, object_wraps, sentence_breaks
from vanban.extract.deadlines import first_verb, long_body_list
from vanban.extract.duty_subject import after_clause, duty_subject
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.label_actor import body_after_label
from vanban.extract.task_bodies import (
    joint_names,
    body_key,
    each_of_group,
    led_by,
    member_assigned,
    named_again,
    named_list,
    point_subject,
    reported_to,
    tier_of_all,
)
from vanban.extract.undated_dues import relative_limit
from vanban.models import Deadline, Part
from vanban.structure.lines import upper_ratio
from vanban.text import CAPITAL, fold, fold_flat

#: :data:`assignment_words.PROGRAMME_DAY` at a line's start
_DAY_LINE = re.compile(r"(?m)^" + W.PROGRAMME_DAY.pattern)
#: the note under an appendix's title that says what it is attached to (folded): "(Kèm theo Nghị quyết số …)", "(Ban
#: hành kèm theo Quyết định số …)"
_ATTACHED_NOTE = re.compile(r"\(\s*[*_]*\s*(?:ban hanh\s+)?kem theo(?![a-z])")


#: a numbered topic's label opening a line, its means following on the same line: "1. Tuyên truyền miệng: …",
#: "b) **Sinh hoạt chuyên đề:** …"
_TOPIC_LABEL = re.compile(r"[ \t]*(?:\d{1,2}|[a-zđ])[.)][ \t]*\**[^:\n]{2,80}?\**:\**[ \t]")


def topic_norm(original: str, s0: int, sent: str) -> bool:
    """A sentence charging each unit of a kind ("Mỗi đảng ủy xã … tổ chức ít nhất 02 buổi …") that goes on a topic's
    label on its line ("1. Tuyên truyền miệng: lồng ghép …. Mỗi …") and names no time it is due by: a norm per unit
    among the topic's means, no assignment of the units' own (a dated one, "… xong trong quý II", is their task; so is
    one in a paragraph of its own, "Mỗi lớp bố trí …"). (scan47t) The label's line is the paragraph's first, back over
    the lines a scanned page wrapped it into (:func:`_paragraph_start`)."""
    line = original[_paragraph_start(original, s0):s0]
    return bool(_TOPIC_LABEL.match(line)) and not P.DUE_WORD_RE.search(Folded.of(sent).view)


#: a line that opens an item or a paragraph's mark of its own: "2. …", "b) …", "- …", "IV. …"
_ITEM_OPENING = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXL]{1,5}\.|[-–+•*])[ \t]")
_MAX_WRAPPED_LINES = 6


def _paragraph_start(original: str, s0: int) -> int:
    """(scan47t) Where the paragraph holding offset ``s0`` begins: its line's start, or back over the lines above it
    the page wrapped the paragraph into, up to a blank line, a page break or a line opening an item
    (:data:`_ITEM_OPENING`), at most :data:`_MAX_WRAPPED_LINES`. A scan wraps "1. Thời gian: Ngày hội … từ ngày
    01/11/2031" ⏎ "đến ngày 17/11/2031 …. Mỗi khu dân cư tổ chức Ngày" ⏎ "hội không quá 01 ngày." where the clean
    text keeps one line: the topic's label was no longer on the norm's line (t46-09's scan read the norm as the
    units' task)."""
    start = original.rfind("\n", 0, s0) + 1
    for _ in range(_MAX_WRAPPED_LINES):
        if start == 0 or _ITEM_OPENING.match(original, start) or original[start - 1] != "\n":
            break
        prev = original.rfind("\n", 0, start - 1) + 1
        above = original[prev:start - 1]
        if not above.strip() or "\f" in above:
            break
        start = prev
    return start


class ProseSentences:
    """The sentence pass of the obligation reader (a mixin of ``obligations._Reader``)."""

    def short_named(self, sent: str) -> tuple[str, str] | None:
        """(bodies, task) of a sentence whose subject is the short name the document gave bodies that no name list
        knows ("Ban Thường vụ Tỉnh Đoàn và Sở Giáo dục và Đào tạo tỉnh Lâm Đồng (sau đây gọi tắt là hai bên) thống nhất
        …" / "- Hai bên định kỳ tổ chức giao ban đánh giá kết quả phối hợp …", a Kế hoạch liên tịch, tune20): the
        bodies named in full, the short name kept in brackets."""
        # (after a time the sentence opens with: "- Hằng năm, hai bên luân phiên chủ trì giao ban …", t29-05)
        lead = re.match(r"[^,;:]{0,40},\s*", sent) if W.LEAD_OPENING.match(sent) else None
        for at in ((0, lead.end()) if lead else (0,)):
            v = fold(sent[at:])
            for short, full in self.short_names.items():
                if v.startswith(short + " ") and first_verb(Folded.of(sent[at + len(short):]).view) is not None:
                    return f"{full} ({sent[at:at + len(short)].lower()})", sent[at + len(short):].strip()
        v = fold(sent)
        issuers = [x.strip() for x in (self.st.header.issuer or "").split(";") if x.strip()] if self.st.header else []
        count = W.JOINT_COUNT.match(v)
        if len(issuers) >= 2 and count and first_verb(Folded.of(sent[count.end():]).view) is not None:
            # a joint document's issuers called by their count ("Hai cơ quan tổ chức tổng kết …"): the count as
            # written, the issuers named in brackets as the text writes them
            names = [self.as_written(x) for x in issuers]
            return f"{sent[:count.end()]} ({', '.join(names[:-1])} và {names[-1]})", sent[count.end():].strip()
        return None

    def prose_before_body(self) -> None:
        """Sentences between the title and the first numbered part that charge a body ("Căn cứ vào bản kê khai …, cơ
        quan thuế kiểm tra, tính thuế …", "Bộ Tài chính hướng dẫn cụ thể …": an excerpt that starts inside an article,
        a letter's prose before its items). The structure keeps them as its preamble or drops them; the lines that
        cite or enact documents (``W.BASIS_DOCUMENT``, ``W.ENACTING``) and an intro ending in ":" (read by
        :meth:`intro`) are no such sentences. Read only up to the first numbered part, and only full sentences."""
        if not self.st.body:
            return
        a0 = max([p.end for p in self.st.header.parts] + [p.end for p in self.st.title_parts] + [0])
        b0 = self.st.body[0].start
        n = len(self.out)
        runs, cur = [], None  # [start, end, lines] of runs of lines, cut at blank, upper-case and sentence-closing lines
        for m in re.finditer(r"[^\n]*\n?", self.text(a0, b0)):
            line = m.group().rstrip("\n").strip(" *\t")
            if not line or upper_ratio(line) > 0.5:  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …": the enacting authority
                cur = None
                continue
            end = a0 + m.start() + len(m.group().rstrip("\n"))
            if cur is None:
                cur = [a0 + m.start(), end, []]
                runs.append(cur)
            cur[1] = end
            cur[2].append((a0 + m.start(), end))
            if line.endswith((".", ";", ":")):
                cur = None
        # each line is read alone, save a run that holds a request ("Để kịp tổng hợp, …, Bộ Nội vụ đề nghị Ủy ban nhân
        # dân các tỉnh, thành phố khẩn trương chỉ đạo … chậm nhất ngày 18/12/2026 …", a Bộ's reminder over five lines,
        # a24-10): that one is read whole. (A run without one is the letter's or conclusion's account of a meeting or
        # of results, "Bí thư Đảng ủy xã chủ trì hội nghị; dự hội nghị có …" (t24-05), whose lines read whole would
        # open false bodies; they were read line by line since session 12.)
        units = []
        for ra, rb, lines in runs:
            rv = fold_flat(self.text(ra, rb))
            # (not an earlier request recalled: "- Tại Văn bản số 4788/UBND-KTTH ngày 20/11/2026, Ủy ban nhân dân tỉnh đã
            # yêu cầu các chủ đầu tư …; Ủy ban nhân dân các xã, phường, đặc khu hoàn thành … trước ngày 30/11/2026.", a20-04)
            if len(lines) > 1 and any(not W.CUE_AS_NOUN.search(rv[:c.start()]) and not W.QUOTED_REQUEST.search(rv[:c.start()] + "de nghi ")
                                      and not rv[:c.start()].endswith("ban ")  # "bàn giao mặt bằng": a handover
                                      for c in W.CUE_ANY.finditer(rv)):
                units.append([ra, rb, False])
            else:
                units += [[la, lb, i > 0] for i, (la, lb) in enumerate(lines)]
        kept = [(p.start, p.end) for p in self.st.addressees]
        for ua, ub, wrapped in units:
            if wrapped and self.text(ua, ub).lstrip("-–+•* ")[:1].isupper():
                # a line after one that closes no sentence goes on that sentence: "… Chủ tịch Ủy ban Mặt trận" / "Tổ quốc
                # Việt Nam xã, lãnh đạo các ban …." (a Thông báo kết luận's account of who attended) opens with the tail
                # of a name, no subject
                continue
            if point := W.POINT_OPENING.match(self.text(ua, ub)):
                # "b) Cơ quan thi hành án hình sự Công an cấp huyện gửi giấy triệu tập …" (an excerpt that starts among
                # an article's points): the point's sentence, after its label
                ua += point.end()
            unit = clean_quote(self.text(ua, ub))
            if not unit.lstrip("-–+•* ")[:1].isupper() and (at := self.named_duty_inside(ua, ub)) is not None:
                # "… kỹ thuật dẫn đến gián đoạn việc cấp mã, Cục Thuế có trách nhiệm: kích hoạt …" (a sentence whose
                # opening the excerpt or a page cut lost): a named body and its duty marker after the clause's comma
                ua, unit = at, clean_quote(self.text(at, ub))
                if not unit.endswith("."):
                    unit += "."  # (cut before its full stop: the marker states the duty)
            if self.text(ua, ub).rstrip(" *\t\n").endswith(":") and (last := list(re.finditer(rf"[.;]\s+(?=[{CAPITAL}])", self.text(ua, ub)))) \
                    and not any(not W.CUE_AS_NOUN.search(fold(self.text(ua, ub)[last[-1].end():])[:c.start()])
                                for c in W.CUE_ANY.finditer(fold(self.text(ua, ub)[last[-1].end():]))):
                # "Để kịp tổng hợp, …, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố khẩn trương chỉ đạo Sở Nội vụ
                # … hoàn thiện báo cáo, gửi về Bộ Nội vụ … chậm nhất ngày 18/12/2026 …. Nội dung báo cáo cần bảo đảm các
                # yêu cầu sau:" (a Bộ's reminder letter, a24-10): the request before the sentence that announces what
                # the report holds is read; the announcing sentence asks no body
                ub = ua + last[-1].start() + 1
                unit = clean_quote(self.text(ua, ub))
            v = fold_flat(unit)
            # a point's sentence ends with ";" as often as with "." ("a) Sau khi nhận được báo cáo …, cơ quan thi hành án
            # hình sự phải tổ chức kiểm tra …;"): a basis line ("Căn cứ Luật …;") never opens with a point's label
            # (a task of a list whose body the excerpt cut, "h) Tổ chức đánh giá nghiệm thu …;", opens with its verb; a
            # point closed by ";" charges only a body or role its sentence names: :func:`point_subject`)
            point_end = point is not None and not unit.endswith(".") and self.text(ua, ub).rstrip(" *\t\n").endswith(";") \
                and not ((fv := first_verb(v)) is not None and fv.start() == 0) \
                and (point_subject(unit) or bool(D.OPENING.match(v) or D.CONDITION.match(v)))
            if not (unit.endswith(".") or point_end) or W.BASIS_DOCUMENT.match(v) or W.ENACTING.search(v) or len(unit.split()) < 5 \
                    or not unit.lstrip("-–+•* ")[:1].isupper() or any(a < ub and ua < b for a, b in kept):
                continue  # (a line that goes on a sentence the title or header took, an addressee "- Ủy ban …;")
            k = len(self.out)
            self.sentences(ua, ub)
            if point_end:
                self.out[k:] = [o for o in self.out[k:] if point_subject(o.who or "")]
        self.out[n:] = [o for o in self.out[n:] if not self.quoted(o.span.start if o.span else 0)]

    def named_duty_inside(self, a: int, b: int) -> int | None:
        """Where a capitalised, named body with a duty marker starts after a comma in ``[a, b)`` (see
        :func:`duty_subject.after_clause`), or None."""
        raw = self.text(a, b)
        who, _ = after_clause(clean_quote(raw))
        if not who:
            return None
        m = re.search(r"\s+".join(map(re.escape, who.split())), raw)
        return a + m.start() if m else None

    def one_per_body(self, found: list[list]) -> list[list]:
        """[who, tasks, start, end, deadline] with a body named again later in the same block ("Sở Khoa học và
        Công nghệ … có trách nhiệm …. Văn phòng UBND tỉnh có trách nhiệm …. Sở Khoa học và Công nghệ … thực
        hiện cấu hình …", 2776-QD-UBND) folded into its first entry: one obligation per body per block, its
        deadline the earliest of its own sentences (not of the other bodies' between them)."""
        out: list[list] = []
        first: dict[str, list] = {}
        for who, tasks, s0, s1 in found:
            k = fold(S.clean_who(who))
            if k not in first and not self.deadline_in(s0, s1, None) \
                    and (host := next((key for key in first if joint_names(key, k)), None)) is not None:
                k = host  # "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể: Vận động …; Ủy ban Mặt trận chủ trì …"
            if k in first:
                e = first[k]
                e[1] = e[1] + tasks
                e[4] = min((d for d in (e[4] or self.deadline_in(e[2], e[3], None), self.deadline_in(s0, s1, None)) if d),
                           key=lambda d: d.latest or d.date or d.earliest or "9999", default=None)
                continue
            e = [who, list(tasks), s0, s1, None]
            first[k] = e
            out.append(e)
        for e in out:
            if e[4] is not None:
                e[4] = replace(e[4], who=e[4].who or e[0])
        return out

    def sentences(self, a: int, b: int, inherited: str | None = None, tasks_below: Part | None = None) -> None:
        """Assignment sentences of ``[a, b)``: one obligation per body; sentences
        without a new body are further tasks of the body before them."""
        text = self.text(a, b)
        cur: list = []  # [who, [tasks], start, end]
        found: list[list] = []
        pos = 0
        condition = False  # the sentence before was a feedback formula's condition alone
        loose: list[tuple[int, str]] = []  # the tasks read since the last body, none named for them
        clause_breaks = clause_bodies(text, unasked=self.asked is None)
        breaks = sorted(sentence_breaks(text) + clause_breaks, key=lambda m: m.start())
        clause_ends = {m.end() for m in clause_breaks}  # where a body's clause after a ";" opens
        # where a sentence closes (".", "!", "?") or a paragraph (a blank line): the tasks ``loose`` holds are those of
        # one sentence, never an earlier paragraph's
        stops = [a + m.end() for m in breaks if m.end() not in clause_ends
                 and (text[m.start() - 1:m.start()] in (".", "!", "?") or re.search(r"\n[ \t]*\n", m.group()))]
        # "- Ngày thứ nhất: Đảng ủy họp …; UBND xã triển khai …" (a drill's scenario): the day's line charges no one
        day_lines = [(d.start(), self.f.view.find("\n", d.end(), b) + 1 or b)
                     for d in _DAY_LINE.finditer(self.f.view, a, b)]
        for m in breaks + [None]:
            end = m.start() if m else len(text)
            raw = text[pos:end]
            lower_body = pos in clause_ends  # "…; tổ chức đảng được kiểm tra có trách nhiệm …": a body in lower case
            if m and (self.list_goes_on(raw, text[m.end():m.end() + 80])
                      or name_list_wraps(raw, text[m.end():m.end() + 80]) or object_wraps(raw, m.group())):
                continue  # "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; …": one list of bodies
            s0 = a + pos + len(raw) - len(raw.lstrip())
            bullet = re.match(r"\s*[-–+•]\s", raw)
            sent = re.sub(r"^[-–+•]\s*", "", clean_quote(raw))  # a bullet the range took in ("+ Bộ Công an tổng hợp …")
            if (run_in := W.RUN_IN_TITLE.match(Folded.of(sent).view)) \
                    and S.named_body(Folded.of(sent[run_in.end():]).view):
                sent = sent[run_in.end():]  # "Trách nhiệm thực hiện | Sở Văn hoá và Thể thao, …" (W.RUN_IN_TITLE)
            if (point := W.QUOTED_POINT.match(sent)) and W.TIME_LIMIT_OPENING.match(sent, point.end()):
                # "“a) Trong thời hạn 07 ngày, …, Cục trưởng Cục … quyết định …" (130/2025/TT-BQP): a procedure's step
                # with its time limit that an amending document writes in, inside its quotes, left in its article's
                # text. (Other quoted provisions, "“2. Ủy ban nhân dân cấp tỉnh có trách nhiệm quy định cụ thể chức
                # năng …”" (24/2025/TT-BTP), state the amended rule's functions: review-oblig9 counts no assignment.)
                sent = sent[point.end():]
            colon = raw.rstrip(" *\n").endswith(":")
            pos = m.end() if m else len(text)
            if not sent:
                continue
            v = Folded.of(sent).view
            if any(x <= s0 < y for x, y in day_lines):
                cur = []
                continue
            if W.EXAMPLE.match(v):
                break  # "Ví dụ: …" to the end of the paragraph illustrates, it does not assign
            if W.ATTENDANCE.match(v):
                cur = []  # "Tham dự có các đồng chí …; Trưởng Công an xã, …; lãnh đạo …" (a Thông báo kết luận's opening):
                continue  # who sat at the meeting, no one charged
            if (fb := W.FEEDBACK_CLOSING.search(v)) and fb.start() <= 40:
                continue  # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị … phản ánh về …": a formula
            cue = W.CUE.match(v)
            after_condition, condition = condition, bool(W.FEEDBACK_CONDITION.match(v))
            if condition or (cue and after_condition):
                continue  # "… nếu có khó khăn, vướng mắc, | đề nghị UBND cấp xã phản ánh về Sở …": the formula's request
            if cue and cur and re.match(r"[dpb]e ngh", v) and self.proposal_step(text, s0 - a, cur[3] - a):
                cur[1].append(sent)  # "Hội đồng xét duyệt hồ sơ, | đề nghị Chủ tịch UBND huyện khen thưởng …": the
                cur[3] = a + end  # body's own step of proposing, no request of the issuer's (see proposal_step)
                continue
            title = sent[:note.start()] if (note := _ATTACHED_NOTE.search(v)) else sent
            if len(title.split()) >= 3 and upper_ratio(title) >= 0.95 and (cue or self.in_appendix(s0)):
                continue  # "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 09-CT/TU" (an appendix's title, a16-01): a title names no
                # body; nor does one whose words read as a body and a verb ("DANH SÁCH" / "CÁC CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO
                # CÁO", the list a Công văn đôn đốc attaches, tune20); the title is read up to its note "(Kèm theo Nghị
                # quyết số …)", which is in normal case ("… VIỆN NGHIÊN CỨU THÀNH LẬP NĂM HỌC 2025-2026 (Kèm theo …)":
                # a fee table's appendix, its "thành lập" no task of "cơ sở giáo dục …", the session-43 newcomer)
            who = what = again = None
            if cue:
                who, what = S.subject(sent[cue.end():])
                w2, what2 = S.cue_subject(sent[cue.end():])
                if w2 and (who is None or (len(who.split()) > 12 and len(w2) < len(who))):
                    # "Giao Thanh tra thành phố | tổ chức thanh tra …": the body ends at its first verb
                    who, what = w2, what2
                elif w2 and who and len(w2) < len(who) and who.startswith(w2) \
                        and (more := who[len(w2):].strip())[:1].islower() and len(more.split()) <= 2 \
                        and what2.startswith(more):
                    # "Đề nghị Chủ tịch UBND cấp xã | cử lãnh đạo phụ trách … tham dự" (a16-10): the shared verb list
                    # stopped at a later verb ("lãnh đạo"), the request's stop list at the first, in lower case
                    who, what = w2, what2
                elif w2 and who and len(w2) > len(who) and len(w2.split()) <= 20 \
                        and re.sub(r"\s+", " ", fold(w2)).startswith(re.sub(r"\s+", " ", fold(who))) \
                        and re.fullmatch(r"[^\W\d_][\w\s,&-]*", w2[len(who):].strip()) and len(w2[len(who):].split()) <= 6 \
                        and not W.MORE_VERBS.search(fold(w2[len(who):])) \
                        and first_verb(Folded.of(S.guard(w2[len(who):])).view) is None:
                    # "Giao Trung tâm Chuyển đổi số⏎Thành phố | cấu hình …" (2833-QD-UBND): the name goes on
                    who, what = w2, what2
                if who and len(who.split()) > 10:
                    # "đề nghị Thuế tỉnh Quảng Trị trao đổi với cơ quan … để | xác định …" (5348/CT-CS): a task verb
                    # of the longer list ("trao đổi") ends the body first, as in a sentence that opens with it
                    w3, what3 = S.actor(sent[cue.end():])
                    if w3 and len(w3) < len(who) and (P.ORG_HEAD_RE.match(Folded.of(w3).view) or W.MORE_HEADS.match(Folded.of(w3).view)):
                        who, what = w3, what3
                # "Giao Phòng Tư pháp | giải quyết …": a request assigns, in a rule too; the office verb ends the body
                who, what = S.office_actor(sent[cue.end():], who, what or "")
                if who is None and (w4 := S.actor(sent[cue.end():]))[0] and P.ORG_HEAD_RE.match(Folded.of(w4[0]).view):
                    who, what = w4  # "Giao Văn phòng HĐND và UBND xã | đăng tải Nghị quyết …" (t18-07): a verb of the longer list
                if who is None:  # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" / its tasks below
                    who, what = S.body_name(sent[cue.end():]), ""
            else:
                # (a heading's body on its own line over its task: the line break, lost in ``sent``, ends the name)
                own_line = S.body_line_over_verb(raw.strip())
                who, what = (own_line[0], clean_quote(own_line[1])) if own_line else S.actor(sent)
                listed = bullet or re.match(r"[ \t]*[-–+•]\s", self.f.original[self.f.original.rfind("\n", 0, s0) + 1:s0 + 1])
                if listed and who and W.EACH_KIND.match(sent) and not fold(who).startswith("moi "):
                    # "- Mỗi thôn thành lập 01 tổ đội xung kích …" among a plan's listed forces or quotas (a36-06,
                    # a16-07's labels): a norm per unit, no sentence of the group's ("Mỗi thôn bố trí …" in prose is)
                    who, what = None, sent
                if who and W.EACH_KIND.match(sent) and topic_norm(self.f.original, s0, sent):
                    who, what = None, sent
                if who is None and (short := self.short_named(sent)):
                    who, what = short  # "- Hai bên định kỳ tổ chức giao ban …": the bodies the text named "hai bên"
                if self.assigning():
                    who, what = S.office_actor(sent, who, what)  # "Phòng Tư pháp | giải quyết …" in a plan's tasks
                if who and what and self.issuer_itself(who) and (member := member_assigned(what)):
                    who, what = member  # "Ban Thường vụ Đảng ủy | phân công đồng chí Ủy viên … | dự, chỉ đạo …": the member
                if who and (D.CONDITION.match(Folded.of(who).view) or D.OPENING.match(Folded.of(who).view)):
                    # "Trường hợp không có yêu cầu | bổ sung, …, Bộ Y tế có trách nhiệm …": a case or time clause is no
                    # body; its subject follows the clause (duty_subject)
                    who, what = None, sent
                if who and what and D.GENERIC_END.search(Folded.of(who).view):
                    # "Người đứng đầu cơ quan, | tổ chức có trách nhiệm …": the shared verb list read the list's "tổ
                    # chức" as the verb; the subject runs on to the duty marker
                    rule = S.rule_document(self.st.type)
                    dw, dwhat = duty_subject(sent, rule, named_only=not rule or bool(self.in_procedure))
                    if dw and len(dw) > len(who) and fold(dw).startswith(fold(who)) and len(dw.split()) <= len(who.split()) + 6 \
                            and D.MARKER.match(Folded.of(dwhat).view) and not W.ACCOUNTABLE.match(fold(dwhat).strip()):
                        who, what = dw, dwhat  # (not "… chịu trách nhiệm trước …": accountability, whose tasks follow)
                    elif W.DEFINING_FUNCTION.match(fold(what)):
                        # "Các đơn vị | thực hiện chức năng quản lý nhà nước của Ban …" with no duty after it: the words
                        # name the units by their function, the sentence charges no one
                        who = None
                if who and what and S.rule_document(self.st.type) and not self.in_procedure \
                        and not D.MARKER.match(Folded.of(what).view):  # (a subject its duty marker closes stays whole)
                    # "Bộ trưởng Bộ Tư pháp quy định chi tiết việc tập sự, | kiểm tra …", "Chủ tịch Ủy ban nhân dân xã ký
                    # xác nhận và trình …, đồng | gửi …": a rule's plain verb (duty_words.tsv) the shared verb list does
                    # not know ends the subject first
                    dw, dwhat = duty_subject(sent, True)
                    if dw and len(dw) < len(who) and fold(who).startswith(fold(dw)) and len(dwhat) > len(what) \
                            and not W.UNIT_HEAD_ALONE.match(fold(dw).strip()):  # "Văn phòng | đăng ký đất đai …"
                        who, what = dw, dwhat
                if who is None and not cur:
                    who, what = S.duty_inside(sent)
                if who is None and not cur:
                    who, what = S.after_topic(sent)
                if who is None or W.CUE_ANY.search(Folded.of(who).view, 1):
                    # "Ban Thường vụ Đảng ủy xã đề nghị | các chi bộ … quan tâm …": the body asked
                    w2, what2 = self.cue_inside(sent, v)
                    if w2 or who is None:
                        who, what = w2, what2
                if who is None:
                    # "Doanh nghiệp bảo hiểm phải trả …", "Trong thời hạn …, Sở Xây dựng có trách nhiệm …": a body or
                    # role as the subject of a duty stated in prose (a law's, a decree's, a Quy chế's wording)
                    rule = S.rule_document(self.st.type)
                    who, what = duty_subject(sent, rule, named_only=not rule or bool(self.in_procedure))
                if who is None and not S.rule_document(self.st.type) and (cased := after_case(sent))[0] \
                        and self.deadline_in(s0, a + end, None) is not None:
                    # "Trường hợp không chấp hành quyết định …, UBND xã tổ chức cưỡng chế …, hoàn thành trong quý
                    # IV/2029" in a plan: the body told to act in that case, by a date the plan sets (case_bodies); an
                    # undated contingency ("Trường hợp không bầu được, Tổ bầu cử báo cáo UBND xã …", t32-01; "… trường
                    # hợp tai biến nặng, cơ sở tiêm chủng phải xử trí …", t23-09) is a rule of procedure the labels leave
                    who, what = cased
                if who is None and not S.rule_document(self.st.type) and (besides := after_besides(sent))[0] \
                        and not (self.issuer_itself(besides[0]) and P.PARTY_COMMITTEE_RE.match(fold(besides[0]))) \
                        and not (colon or sent.rstrip(" *").endswith(":")):
                    # "Ngoài hai đợt cao điểm, Công an xã tiếp nhận thường xuyên …": what a body does besides the plan's
                    # steps, its task dated or not (case_bodies.after_besides); the issuing Công an xã's own task too
                    # (t42-02, a50-05 label it), not the issuing Party committee's (t28-06), nor a sentence opening the
                    # norms below it ("Ngoài quà của Chủ tịch nước …, UBND phường tặng quà các đối tượng theo mức sau:",
                    # a45-03's labels: none)
                    who, what = besides
                if who is None and not S.rule_document(self.st.type) and (led := led_by(sent)):
                    # "Họp giao ban chuyển đổi số 8 giờ sáng thứ Hai hằng tuần do Phó Chủ tịch UBND xã chủ trì." on a
                    # line of its own after another body's sentence (a newcomer's plan, session 15): the task its lead
                    # names, not more of the body before
                    who, what = led
                if who and cur and fold(who) == fold(cur[0]) and what and len(who.split()) <= 40:
                    # "Doanh nghiệp bảo hiểm phải trả …. Doanh nghiệp bảo hiểm phải thông báo …": the body named again
                    # goes on with its task from the duty on, as its first sentence's does
                    again = what
                if who and ((len(who.split()) > 40 and not (cue and long_body_list(Folded.of(who).view)))
                            or (cur and fold(who) == fold(cur[0]))):
                    who = None
                if who and cur and not S.is_self(who, self.st.header.issuer) and (
                        len(who.split()) > (24 if bullet or named_list(who) else 16)
                        or (not who[:1].isupper() and not lower_body) or W.NOT_BODY.match(Folded.of(who).view)):
                    who = None  # a later sentence opens a new assignment only with a short, named body (a bullet's
                    # may be longer: "+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc …")
            if who is None and not cur and (filed := self.filed_by(sent, s0)):
                who, what = filed  # "…; hồ sơ … của các xã gửi về Sở … trước ngày 15/01/2028" after the xã's own point
                self.filed.add(s0)
            if who and W.NOT_BODY.match(Folded.of(who).view):
                who = None
            if who and not cue and W.BARE_HEAD_ROLE.match(fold(who)):
                who = None  # "người đứng đầu trực tiếp chỉ đạo, …" opening a paragraph of its own (a scan parted it from the
                # request before it, t19-01): the heads of the bodies asked, no body the labels list
            if who and not cue and self.quoted(s0):
                # "“4. Sở Tư pháp thông báo cho chính quyền cấp xã …”" (24/2025/TT-BTP): the text an amending Thông tư
                # writes into another; assignments quoted from other documents are no obligations
                who = None
            if who and self.in_procedure and not cue and W.TIME_LIMIT_OPENING.match(sent):
                who = None  # "b) Trong thời hạn 01 ngày làm việc, …, Sở … thực hiện …" under "Trình tự, thủ tục …": a step
            if who and what:
                who, what = S.undergone(who, what)  # "Đề nghị các chi ủy, chi bộ được kiểm tra, giám sát | chuẩn bị …"
            if who and ":" in who and (after := body_after_label(who)):
                who = after  # "b) Đoàn kiểm tra chuyên ngành: Sở Y tế, Sở Công Thương | tổ chức kiểm tra …": the team is
                # the item's label, the bodies after its colon the ones charged
            if who and (W.SUBJECT_TO_END.search(fold(who)) or W.SUBJECT_TO_OPENING.match(fold(what or ""))) \
                    and (duty := _duty_after_relation(what or "")):
                # "Thường trực HĐND, UBND, … và các đoàn thể chính trị - xã hội xã chịu sự lãnh đạo của Ban Chấp hành,
                # Ban Thường vụ; định kỳ 6 tháng báo cáo Ban Thường vụ …" (t54-08's labels): the relation, then the
                # same body's duties after its semicolon
                who, what = W.SUBJECT_TO_TAIL.sub("", who).strip(" ,"), duty
            elif who and (W.SUBJECT_TO_END.search(fold(who)) or W.SUBJECT_TO_OPENING.match(fold(what or ""))):
                cur = []  # "Đảng ủy xã chịu sự lãnh đạo, chỉ đạo trực tiếp của BTV Tỉnh ủy": whom the body answers to
                continue
            if who and what and W.LEADS_THROUGH.match(fold(what)):
                cur = []  # "Đảng ủy lãnh đạo Hội đồng nhân dân, … thông qua nghị quyết, chỉ thị …": how it leads, no task
                continue
            if who and what and W.CONSTITUTED_BY.search(fold(who)) and W.CONSTITUTING.match(fold(what)):
                cur = []  # "Hội đồng khám sức khỏe … do Chủ tịch UBND xã | quyết định thành lập, gồm …": how the body is
                continue  # set up and who sits on it, no assignment
            if who and W.AGREEING_WHO.search(Folded.of(who).view):
                cur = []  # "Ban Thường vụ thống nhất ban hành Kế hoạch …": a decision stated, no assignment
                continue
            if who and W.FUTURE_TAIL.search(who) and S.is_self(S.clean_who(who), self.st.header.issuer):
                cur = []  # "2. Sở sẽ tổng hợp, báo cáo UBND tỉnh …" in the Sở's letter: the issuer's own future work, no
                continue  # assignment (as add() says), and no more of the body before it (its dates are the issuer's)
            if who and what and self.st.type in ("Công văn", "Thông báo") and W.OWN_COMPILING.match(fold(what)) \
                    and S.is_self(S.clean_who(who), self.st.header.issuer):
                cur = []  # "Trên cơ sở báo cáo của các cơ quan, …, Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh …"
                continue  # closing the Sở's letter (a22-03): the issuer's own next step, as W.OWN_COMPILING says
            if who and (W.FUTURE_TAIL.search(who) or W.FUTURE.match(who + " ")):
                who = None  # "Văn phòng sẽ theo dõi": a statement about the future, not an assignment (nor "sẽ" alone,
                # the body left on the line before: "… Ủy ban nhân dân tỉnh⏎sẽ xem xét, xử lý …", a20-04's legacy form)
            if who and cur and (fold(S.clean_who(who)) == fold(cur[0]) or named_again(who, cur[0])
                                or tier_of_all(S.clean_who(who), cur[0]) or each_of_group(who, cur[0])):
                # "Bộ trưởng Bộ Tài chính tiếp thu … Trên cơ sở đó, giao Bộ trưởng Bộ Tài chính thừa ủy quyền …
                # ký …" (386-NQ-CP): the same body assigned again in one block is one assignment; "2.7. Văn phòng HĐND
                # và UBND phường theo dõi …; Văn phòng sẽ tổng hợp, báo cáo …" (tune17): named again by its head word
                task = re.sub(r"^(?:sẽ|se)\s+", "", what) if what else sent
                # (a tier's task keeps the tier it is said of: "Hội Nông dân cấp xã kiểm tra …")
                cur[1].append(f"{S.clean_who(who)} {task}" if what and (tier_of_all(S.clean_who(who), cur[0])
                                                                        or each_of_group(who, cur[0])) else task)
                cur[3] = a + end
            elif who:
                opened = max([e for e in stops if e <= s0], default=a)
                held = [x for x in loose if x[0] >= opened]  # this sentence's own
                if held and not cur and what and done_by(sent):
                    # "Tổ chức hội nghị …; lấy phiếu …; | các chi bộ hoàn thành trước ngày …": the tasks listed before
                    # the body that completes them, in its sentence, are its own (clause_breaks.done_by)
                    what, s0 = "; ".join(t for _, t in held) + "; " + what, held[0][0]
                cur = [S.clean_who(who), [what] if what else [], s0, a + end]
                found.append(cur)
            elif cur and W.CRITERION_SENTENCE.match(v):
                cur[3] = a + end  # a criterion: no task, its target still the body's
            elif cur and W.HOURS_SENTENCE.match(v):
                pass  # "Giờ làm việc: sáng từ 7 giờ 30 …": when the office is open, no task of it
            elif cur and reported_to(sent, cur[0]):
                cur = []  # "… Kết quả Hội nghị được báo cáo Liên đoàn Lao động tỉnh …": the body receives it, no task
            elif cur and cur[1] and W.CLOSING.match(fold(cur[1][-1]).strip()) \
                    and (W.REWARD_FOR.search(v) or W.RATED_BY.search(v)):
                # "… yêu cầu các đơn vị, Trưởng các thôn nghiêm túc thực hiện. | Thôn hoàn thành … trước ngày … được UBND
                # xã biểu dương; thôn không hoàn thành phải giải trình" closing the letter: the reward or sanction after
                # the formula is no task of the bodies it names (a report asked after it still is: "… Định kỳ hằng năm
                # (trước ngày 30 tháng 11) báo cáo kết quả …", 597-KH-UBND); so is the rating the result will weigh in
                # ("Kết quả … là một tiêu chí xét thi đua …", W.RATED_BY)
                cur = []
            elif cur and not W.CLOSING.search(v):
                cur[1].append(again or sent)
                cur[3] = a + end
            elif inherited and not found and not W.CLOSING.search(v) and not colon:
                # "1. Về cập nhật cơ sở dữ liệu" / "Chỉ đạo bộ phận … rà soát, cập nhật …, hoàn thành trước ngày
                # 15/12/2026; … Chủ tịch UBND cấp xã chịu trách nhiệm …" under "… đề nghị UBND cấp xã … thực hiện một
                # số nội dung sau:" (a16-10): the block's first tasks name no body, the intro's body carries them
                cur = [inherited, [sent], s0, a + end]
                found.append(cur)
            if who is None and not cur:
                loose.append((s0, sent.strip().rstrip(" ;.")))  # a task no body is named for yet
            else:
                loose = []
        for f_ in found:
            m = W.TRAILING_VERB.search(f_[0])
            if m and f_[0][:m.start()].endswith(",") and f_[1] and D.MARKER.match(Folded.of(f_[1][0]).view):
                continue  # "Người đứng đầu cơ quan, tổ chức | có trách nhiệm …": a list's "tổ chức" before the marker
            if m:
                f_[1].insert(0, f_[0][m.start():].strip() + " " + (f_[1].pop(0) if f_[1] else ""))
                f_[0] = f_[0][:m.start()].rstrip(" ,")
        below = found and tasks_below is not None and tasks_below.children
        # "… yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:" over items that each
        # name their body ("(1) Giao Bộ Nông nghiệp và Môi trường …"): the intro assigns nothing itself
        said = fold(" ".join(found[-1][1])).strip(" .:") if found else ""
        generic = bool(below) and bool(W.GENERIC_TASKS.match(said))
        # an intro with tasks of its own that ends by announcing the items is dropped only when every item names its body
        announcing = bool(below) and not generic and bool(W.ANNOUNCES_BELOW.search(said))
        if below:
            found[-1][1].append(self.tasks_below(tasks_below))
            found[-1][3] = tasks_below.end
        if not found and inherited and text.strip() and not text.rstrip().endswith(":"):
            found.append([inherited, [clean_quote(text)], a, b])
        lead = re.match(r"[^:.;]{0,160}?\)\s*:", text) if clause_breaks else None  # "Tiến hành kiểm tra (từ ngày …):"
        lead_dl = self.deadline_in(a, a + lead.end(), None) if lead else None
        lead_due = relative_limit(text[:lead.end()]) if lead and not lead_dl else None
        for i, (who, tasks, s0, s1, dl) in enumerate(self.one_per_body(found)):
            split_off = s0 - a in clause_ends and not self.deadline_in(s0, s1, None)
            if i == 0 and dl is None and s0 > a and (sent_dl := self.reports_sent(a, s0, s1, tasks)) is not None:
                dl = replace(sent_dl, who=who)  # "Báo cáo tuần … (báo cáo tuần đầu tiên gửi trước … ngày 21/12/2029).
                # Các tổ | gửi báo cáo về Tổ Tổng hợp": the reports' dates are the sender's
            if dl is None and lead_dl and split_off:
                dl = replace(lead_dl, who=who)  # the step's dates are each of its bodies' ("Bước 2. … (từ ngày …):")
            if lead_due and split_off:
                # "Bước 3. Kết thúc kiểm tra (chậm nhất 10 ngày làm việc sau khi …): …; ủy ban kiểm tra ra thông báo
                # kết luận": the step's time limit as written is the second body's too
                n = len(self.out)
                self.add(who, "; ".join(t for t in tasks if t), s0, s1, dl)
                if len(self.out) > n and self.out[-1].deadline is None:
                    self.out[-1] = replace(self.out[-1], due_text=lead_due)
                continue
            # "Thẩm phán … quyết định chấp nhận hoặc không chấp nhận yêu cầu …. Trường hợp Thẩm phán … không chấp nhận
            # … thì phải nêu rõ lý do": the body's power, then its duty in the same block; the duty stands alone
            duties = [t for t in tasks if t and not S.competence(t, self.st.type)]
            if duties and len(duties) < len([t for t in tasks if t]) and S.competence(tasks[0], self.st.type) \
                    and any(D.MARKER.search(Folded.of(t).view) for t in duties):  # not the powers listed below it
                tasks = duties
            self.add(who, "; ".join(t for t in tasks if t), s0, s1, dl)
        if below:
            # items below that name a body of their own ("… Trên cơ sở đó, Bộ Tư pháp tổng hợp …")
            # are that body's assignments too; the intro's body already holds their tasks
            intro_at = len(self.out) - 1
            n = len(self.out)
            self.parts(tasks_below.children)
            mine = fold(found[-1][0])
            # "1. Chủ tịch Ủy ban nhân dân các tỉnh: … chỉ đạo …" / "(3) … Ủy ban nhân dân các tỉnh: … khẩn trương gửi
            # Báo cáo …" (232-CD-TTg): the body under its head's title is the same assignee
            self.out[n:] = [o for o in self.out[n:] if body_key(o.who or "") != body_key(found[-1][0])]
            if W.PARTY_LEADER.match(mine) and W.PARTY_LEADS.match(said) and not self.issuer_itself(found[-1][0]):
                # "1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:" / "a) Các sở, ngành … rà soát …": the
                # bodies the Party body leads carry out its tasks, one assignment of the Party body
                del self.out[n:]
            items = sum(c.kind == "item" for c in tasks_below.children)  # a stray OCR paragraph is no item
            if (generic or announcing) and intro_at >= 0 and fold(self.out[intro_at].who or "") == mine \
                    and len(self.out) - n >= (items if announcing else len(tasks_below.children) / 2):
                del self.out[intro_at]

    def reports_sent(self, a: int, s0: int, s1: int, tasks: list[str]) -> Deadline | None:
        """The due date of the reports a paragraph's opening sentences schedule with no body, when the first body it
        names is charged with sending them and no date of its own: "1. Báo cáo nhanh kết quả hằng ngày trước 15 giờ;
        báo cáo tuần trước 16 giờ thứ Sáu hằng tuần (báo cáo tuần đầu tiên gửi trước 16 giờ ngày 21/12/2029). Các tổ
        gửi báo cáo về Tổ Tổng hợp để tổng hợp." (a Công an phường's reporting rules, a34-05) — the tổ owe those
        reports, the first by 21/12 (``deadline_in`` leaves the daily and weekly times aside). None otherwise."""
        if self.deadline_in(s0, s1, None) is not None or not tasks or not W.REPORTS_SENT.match(fold(tasks[0] or "")):
            return None
        if not W.REPORT_SCHEDULE.match(fold(clean_quote(self.text(a, s0))).lstrip("-–+•* ")):
            return None
        return self.deadline_in(a, s0, None)

    def filed_by(self, sent: str, at: int) -> tuple[str, str] | None:
        """(body, task) of a sentence naming no actor whose filing belongs to the body charged just before it, by the
        end of that body's name (W.FILED_BY): "- Ủy ban nhân dân các xã cân đối ngân sách xã …" / "- Việc thanh toán …
        theo quy định hiện hành; hồ sơ đề nghị hỗ trợ của các xã gửi về Sở … trước ngày 15/01/2028" — the xã send it,
        one more task of theirs. None when no body just charged bears that name."""
        m = W.FILED_BY.search(Folded.of(sent).view)
        if not m:
            return None
        owner = re.sub(r"^(?:cac|moi|nhung)\s+", "", m.group("who"))
        for o in reversed(self.out[-3:]):
            if o.who and o.span and o.span.end <= at and at - o.span.end < 400 \
                    and re.search(r"(?:^|\s)" + re.escape(owner) + "$", fold(o.who)):
                return o.who, sent
        return None

    @staticmethod
    def list_goes_on(raw: str, nxt: str) -> bool:
        """``raw`` is a request whose list of bodies a ";" cuts before its verb ("Yêu cầu các sở, ban, ngành,
        đoàn thể tỉnh;" | "UBND các phường, xã; các đơn vị liên quan căn cứ …", 179-KH-UBND): the next
        part, opening with a body, goes on with the list.

        So does an article whose title is run into its text (:data:`W.RUN_IN_TITLE`): "Trách nhiệm thực hiện Sở Văn
        hoá và Thể thao, Sở Khoa học và Công nghệ; | Viễn thông Ninh Bình; | Chủ tịch UBND các xã, phường thực hiện
        trách nhiệm theo …" (1498/QĐ-UBND): the fresh set's labels keep the whole list as one ``who``, as the labels
        README's joint subject printed as one phrase. (A bare list with no title or request before it, "Văn phòng Ủy
        ban nhân dân tỉnh; | Sở Dân tộc và Tôn giáo thực hiện …" (1630/QĐ-UBND), is left: joined, it cost authored30
        an entry, ncfix48b.)"""
        if not raw.rstrip().endswith(";") or len(raw) > 400:
            return False
        v = Folded.of(clean_quote(raw)).view
        if W.ATTENDANCE.match(v):
            return True  # "Tham dự có các đồng chí Phó Chủ tịch UBND xã; | Trưởng Công an xã, …; lãnh đạo …": one list
        cue = W.CUE.match(v) or W.PARTNER_OPENING.match(v) or W.RUN_IN_TITLE.match(v)
        if not cue or first_verb(Folded.of(S.guard(clean_quote(raw)[cue.end():])).view) is not None:
            return False
        # a body's name the page wrapped: "Viễn thông" / "Ninh Bình;" (1498/QĐ-UBND as a text PDF and a scan,
        # the session-50 newcomer; the .txt copy's line held it whole) is read as printed on one line
        nv = Folded.of(re.sub(r"\s", " ", nxt)).view
        return bool(P.ORG_HEAD_RE.match(nv) or W.MORE_HEADS.match(nv))

    def issuer_asks(self, before: str) -> bool:
        """The words before a mid-sentence "đề nghị" end with the issuer itself ("Trường hợp cần thiết, Ủy ban nhân
        dân tỉnh đề nghị Bộ …"; "UBND tỉnh", "Sở" for the issuer speaking of itself): its own request."""
        issuer = self.st.header.issuer if self.st.header else None
        if not issuer:
            return False
        tail = fold(before).strip(" ,")
        if fold(issuer) and tail.endswith(fold(issuer)):
            return True
        words = re.split(r"[,;]\s*", before.strip(" ,"))[-1].split()
        return any(S.is_self(" ".join(words[-k:]), issuer) for k in (1, 2, 3, 5) if len(words) >= k)

    @staticmethod
    def proposal_step(text: str, at: int, cur_end: int) -> bool:
        """The "đề nghị" at ``at`` of ``text`` is one more verb of the body whose clause ran up to ``cur_end``: the piece
        before it ends in a comma right there ("Ban Thường vụ Hội xét chọn, | đề nghị Hội cấp trên tặng Giấy khen …",
        "… thẩm định hồ sơ, | đề nghị Chủ tịch UBND xã công nhận …"). The labels read such a chain as the body's own
        step of putting a case to a higher body (a32-02, t25-04, t38-04: no entry for the body proposed to), not as a
        request the issuer makes; a request after ";" or in a sentence of its own still names a body of its own."""
        before = text[:at].rstrip()
        return before.endswith(",") and len(before) == cur_end

    def cue_inside(self, sent: str, v: str) -> tuple[str | None, str]:
        """A request in mid-sentence: "Đây là nhiệm vụ cấp bách, Thủ tướng Chính phủ đề nghị
        các đồng chí Bộ trưởng … | thực hiện …" (the body after the cue, when it is one)."""
        for m in W.CUE_ANY.finditer(v):
            if m.start() == 0 or W.CUE_AS_NOUN.search(v[:m.start()]) or v[m.end():m.end() + 4] == "cua ":
                continue
            if W.CONDITIONAL_REQUEST.search(v[:m.start()]) and not self.issuer_asks(sent[:m.start()]):
                # "Khi cần thiết Chủ tịch Ủy ban nhân dân cấp xã đề nghị Chủ tịch Ủy ban nhân dân thành phố tăng
                # cường lực lượng" (213/2025/QĐ-UBND), "Trường hợp … phức tạp, …, chủ động đề nghị Chủ tịch UBND
                # tỉnh chỉ đạo …" (102/2025/QĐ-UBND): a rule's conditional proposal, the body asked is not assigned
                continue
            rest = sent[m.end():]
            who, what = S.subject(rest)
            w2, what2 = S.cue_subject(rest)
            if w2 and (who is None or (len(who.split()) > 12 and len(w2) < len(who))):
                who, what = w2, what2
            who, what = S.office_actor(rest, who, what)  # "…, Sở đề nghị UBND các xã | khắc phục …"
            if who and len(who.split()) <= 40 and (who[:1].isupper() or re.match(r"(?:cac|nhung)\s", fold(who))) \
                    and sent[:m.start()].count("(") <= sent[:m.start()].count(")"):  # not inside brackets
                wv = Folded.of(who).view
                if (P.ORG_HEAD_RE.match(wv) or W.MORE_HEADS.match(wv)) and not W.NOT_BODY.match(wv) \
                        and not P.NOT_ORG_RE.match(wv):
                    return who, what
        return None, sent


def _duty_after_relation(what: str) -> str | None:
    """The task after the semicolon that closes a relation ("chịu sự lãnh đạo của …; <task>") when that clause opens with
    the body's own verb, after a rhythm at most ("định kỳ 6 tháng báo cáo …", W.RHYTHM_LEAD); None when it names a body
    of its own ("…; Thường trực Đảng ủy báo cáo kịp thời …", t30-03: that body's task) or there is none."""
    head, sep, rest = what.partition(";")
    rest = rest.strip()
    if not sep or not rest:
        return None
    v = Folded.of(rest).view
    lead = W.RHYTHM_LEAD.match(v)
    verb = first_verb(v[lead.end() if lead else 0:])
    return rest if verb is not None and verb.start() == 0 else None
