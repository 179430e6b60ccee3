"""Where a paragraph of prose breaks into the clauses that charge bodies: sentence ends (with source notes), the ";"
after which a lower-case clause names a body of its own, a clause that opens with a body or with an event as its
subject, a blank line the OCR put inside a sentence or a list of names, and a clause that names its heading's body
again.

Why: one paragraph often charges several bodies ("…; Đoàn kiểm tra …; các chi bộ …"); the obligation reader
(:mod:`vanban.extract.obligations`) cuts it here into the pieces it reads one by one, so that the rules of the cut
are in one place and tested on their own.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.not_tasks import no_body_statement
from vanban.extract.task_bodies import same_addressee
from vanban.structure import vocab as V
from vanban.text import CAPITAL, fold


def object_wraps(raw: str, gap: str) -> bool:
    """A blank line the OCR put inside a sentence after a verb whose object must follow: "Chủ tịch Ủy ban nhân dân
    cấp xã chỉ đạo⏎⏎Ban chỉ huy phòng cháy, chữa cháy rừng cấp xã phối hợp …" (213/2025/QĐ-UBND, legacy OCR): the
    body after the gap is the object, not a new subject."""
    if "\n" not in gap or gap.count("\n") > 2:
        return False
    t = fold(raw).rstrip(" *")
    if not (t[-1:].isalpha() and (W.OBJECT_VERB_END.search(t) or re.search(r"(?<![a-z])(?<!ban )chi dao$", t))):
        return False
    return S.actor(clean_quote(raw))[0] is not None  # a body acts in it; a title ("3. Chế độ thông tin, báo cáo") does not


def subject_again(what: str, who: str) -> str:
    """``what`` without ``who`` where a sentence of it opens with the body and a duty marker: a clause under
    "Trách nhiệm của doanh nghiệp bảo hiểm" that says "Doanh nghiệp bảo hiểm phải trả …. Doanh nghiệp bảo hiểm
    phải thông báo …" is the task "phải trả …. phải thông báo …", read from the duty as for any other body."""
    n, fw = len(who), fold(who)
    out, last = [], 0
    for s in [0] + [m.end() for m in re.finditer(r"[.;]\s+", what)]:
        rest = what[s + n:]
        if rest[:1].isspace() and fold(what[s:s + n]) == fw and D.MARKER.match(Folded.of(rest.lstrip()[:60]).view):
            out.append(what[last:s])
            last = s + n + len(rest) - len(rest.lstrip())
    return "".join(out) + what[last:]


def sentence_breaks(text: str) -> list[re.Match[str]]:
    """Where the sentences of ``text`` end (``W.SENT_SPLIT``), and after a line that is a source note ("(Điều này có nội
    dung liên quan đến Điều 4.6.NĐ.19. …; …)", "(Điều 6 Thông tư số 38/2021/TT-BYT, có hiệu lực thi hành kể từ …)"):
    the note closes there even when the line after it opens a duty with no blank line between ("Bộ Tư pháp có trách
    nhiệm hướng dẫn …"), its ";" and "." having split it into pieces that end in the next sentence's subject."""
    breaks = {m.start(): m for m in W.SENT_SPLIT.finditer(text)}
    for m in W.PAGE_BREAK_SENT.finditer(text):  # a page's last paragraph ends at the page break (OCR forms)
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if m.start() in breaks or V.WRAPPED_END_RE.search(fold(line.rstrip(" *"))):
            continue
        # (not after a title that names a body: "7. Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" / "\f" /
        # "Kiểm tra an toàn …", t25-08 as eng OCR reads it, is that body's task read as one sentence)
        opened = max([b.end() for k, b in breaks.items() if k < m.start()], default=0)
        title = re.sub(r"^[\s*]*(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s?[.)]\s*", "", text[opened:m.start()])
        if S.named_body(Folded.of(clean_quote(title)).view):
            continue
        breaks[m.start()] = m
    for m in W.NOTE_LINE_END.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if W.SOURCE_NOTE.match(line.strip(" *\t")) and not any(x.start() <= m.start() < x.end() for x in breaks.values()):
            breaks[m.start()] = m
    return [breaks[k] for k in sorted(breaks)]


def _opens_with_subject(clause: str) -> bool:
    """``clause`` opens with a body's name ("Các huyện ủy …", "Mỗi cấp ủy trực thuộc Tỉnh ủy …") and says more than
    the name (not a list of bodies alone: "các sở, ban, ngành tỉnh; | ủy ban nhân dân các xã …")."""
    c = re.sub(r"^[\s\-–+•*]+", "", clean_quote(clause))
    v = Folded.of(S.guard(c)).view
    verb = first_verb(v)
    name = S.body_name(c) or ""
    return S.named_body(v) and (verb is None or verb.start() > 0) and len(c.split()) >= len(name.split()) + 3


def _same_kind(before: str, who: str) -> bool:
    """The body ``who`` is of the kind the clause ``before`` opens with ("Mỗi chi bộ …" / "chi bộ có dưới 10 đảng
    viên"): its first two words, without "các", "mỗi", "những"."""
    def head(x: str) -> list[str]:
        return re.sub(r"^(?:cac|moi|nhung|toan the)\s+", "", fold(clean_quote(x)).strip(" -–+•*")).split()[:2]
    return head(S.body_name(clean_quote(before)) or before) == head(who)


def clause_bodies(text: str, unasked: bool = False) -> list[re.Match[str]]:
    """The ";" of ``text`` after which a clause in lower case charges a body of its own: "Bước 2. Tiến hành kiểm tra (từ
    ngày 01/11 đến ngày 30/11/2026): Đoàn kiểm tra làm việc với tổ chức đảng được kiểm tra; | tổ chức đảng được kiểm
    tra có trách nhiệm chuẩn bị báo cáo …", "Đoàn kiểm tra báo cáo kết quả với ủy ban kiểm tra; | ủy ban kiểm tra ra
    thông báo kết luận" (the session-18 end newcomer's UBKT Hướng dẫn: the two bodies were one, or the second's task the
    first's). A sentence break (:data:`assignment_words.SENT_SPLIT` wants a capital after it); not a partner's clause
    ("…; các sở, ngành phối hợp"), which stays the lead body's; only after a clause that names its own body ("a) Gửi báo
    cáo … trước ngày 05 hằng tháng; các đơn vị chậm báo cáo gửi bổ sung chậm nhất ngày 12/12/2026" under "Đề nghị Chủ tịch
    UBND các xã, phường:", a17-04, is one task of the bodies asked, its laggards a part of them), or after a statement
    of what a thing gets ("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước …; | các cơ quan, đơn vị
    lập dự toán cùng dự toán ngân sách năm …", a19-05's funding part: the labels' "Các cơ quan, đơn vị"), or, where no
    intro above asks a body (``unasked``), after an activity named without one: "- Tổ chức các lớp dạy bơi an toàn trong
    dịp hè năm 2027; | các cơ sở giáo dục đăng ký số lớp, số học sinh về Tỉnh Đoàn chậm nhất ngày 15/3/2027." under a
    Kế hoạch liên tịch's "IV. NỘI DUNG PHỐI HỢP" (tune20: the labels' "Các cơ sở giáo dục")."""
    out = []
    for m in W.LOWER_CLAUSE_BREAK.finditer(text):
        before = re.split(r"[.;:](?:\s|$)", text[:m.start()].rstrip(" ;"))[-1]
        bv = Folded.of(clean_quote(before)).view
        asks = bool(W.CUE.match(bv) or W.CUE_ANY.search(bv))  # "Đề nghị Chủ tịch UBND … gửi …; | các đơn vị chậm …"
        # "Các chi bộ trực thuộc xây dựng …. Tổ chức sinh hoạt chi bộ … hằng tháng; | chi bộ khu dân cư sinh hoạt
        # chuyên đề …" (t21-08): a body named in an earlier sentence goes on, its kind of units a part of its task
        named_before = unasked and any(S.actor(clean_quote(x))[0] for x in re.split(r"[.;:](?:\s|$)", text[:m.start()])
                                       if x.strip())
        # (the activity opens with its verb: "Mỗi chi bộ … có ít nhất 01 tuyên truyền viên; | chi bộ có trên 50 đảng
        # viên bố trí …" (a15-05's "Số lượng") states a norm for kinds of units, it names no activity)
        # (a verb of the longer list opens it too: "1. Tập trung lãnh đạo hoàn thành việc kiểm điểm …; | các chi bộ trực
        # thuộc tổ chức hội nghị kiểm điểm, hoàn thành trước ngày …" (a Đảng ủy's Báo cáo, t29-01: the labels' "Các chi bộ
        # trực thuộc"), as "Tổ chức …" does)
        bgv = Folded.of(S.guard(re.sub(r"^[\s\-–+•*]+", "", clean_quote(before)))).view
        act = first_verb(bgv)
        named_before = named_before or not ((act and act.start() == 0) or W.MORE_VERBS.match(bgv))
        if unasked and not asks and (req := W.CUE.match(Folded.of(text[m.end():m.end() + 40]).view)) \
                and re.match(r"(?:yeu cau|de nghi|giao)\s", req.group()) \
                and not any(S.actor(clean_quote(x))[0] for x in re.split(r"[.;:](?:\s|$)", text[:m.start()]) if x.strip()):
            # "a) Thống nhất chủ trương để Sở … thẩm định hồ sơ …; | yêu cầu chủ đầu tư thực hiện trồng rừng thay thế …"
            # (t21-09's label: "Chủ đầu tư"): the request after the conclusion's approval charges its body ("Ban thường
            # vụ … lãnh đạo …; phân công cấp ủy viên dự, …", t20-08: the body's own act of assigning, no request)
            if S.cue_subject(re.split(r"[.;](?:\s|$)", text[m.end():], maxsplit=1)[0][req.end():])[0]:
                out.append(m)
            continue
        if asks and (req := W.CUE.match(Folded.of(text[m.end():m.end() + 40]).view)) \
                and re.match(r"(?:yeu cau|de nghi|giao)\s", req.group()):
            # "d) Đề nghị Hội Nông dân tỉnh phối hợp … tuyên truyền …; | đề nghị các doanh nghiệp liên kết tiêu thụ ký kết
            # hợp đồng … trước ngày 30/11/2027" (a Sở's Công văn): a second request in the point asks a body of its own
            clause = re.split(r"[.;](?:\s|$)", text[m.end():], maxsplit=1)[0][req.end():]
            asked = S.cue_subject(clause)[0] or S.subject(clause)[0]
            first = (S.cue_subject(clean_quote(before)[lead.end():])[0] or "") if (lead := W.CUE.match(bv)) else ""
            av = Folded.of(asked or "").view
            if asked and (P.ORG_HEAD_RE.match(av) or W.MORE_HEADS.match(av)) and not W.NOT_BODY.match(av) \
                    and not same_addressee(asked, first):
                out.append(m)
            continue
        # (a clause that opens with its own subject the grammar reads no task of — "Các huyện ủy đã kết thúc hoạt động
        # từ ngày 01/7/2025; | đảng ủy các xã, phường căn cứ …", "Mỗi cấp ủy trực thuộc Tỉnh ủy kiểm tra ít nhất 20% …;
        # | đảng ủy cơ sở kiểm tra ít nhất 25% chi bộ trực thuộc" (a21-02, a21-05) — names its own body too)
        subject = not asks and not S.actor(clean_quote(before))[0] and _opens_with_subject(before)
        if done_by(text[m.end():]):
            out.append(m)  # "Tổ chức hội nghị …; lấy phiếu …; | các chi bộ hoàn thành trước ngày …": the body that does them
            continue
        # (a statement whose subject is an event or the whole territory, no body — "Lễ ra quân cấp tỉnh tổ chức trong
        # tuần đầu tháng 3/2027 …; | mỗi cơ sở Đoàn tổ chức …", "Toàn tỉnh ra mắt ít nhất 20 mô hình …; | các cơ sở Đoàn
        # hoàn thành …", a Tỉnh đoàn's plan — is no task of a body before the clause's own, as a thing's is not)
        if (not unasked or asks or named_before) and not S.actor(clean_quote(before))[0] and not subject \
                and not W.PASSIVE_STATEMENT.match(bv) and not no_body_statement(before):
            continue
        clause = re.split(r"[.;](?:\s|$)", text[m.end():], maxsplit=1)[0]
        who, what = S.actor(clause)
        if (subject or W.EACH_KIND.match(clean_quote(before))) and who and _same_kind(before, who):
            continue  # "Mỗi chi bộ kiểm tra …; | chi bộ có dưới 10 đảng viên kiểm tra …" (t24-07): a part of the bodies
            # before ("Mỗi chi bộ" is a body of its own since session 29, the clause no longer one "opening with a subject")
        if not who or not what.strip() or len(who.split()) > 10:
            continue
        if W.SELF_FUNDED.match(Folded.of(clause).view):
            continue  # "…; | các cơ sở tự bảo đảm kinh phí cho hoạt động … của cơ sở mình" (t53-08): the source, no task
        if W.BARE_HEAD_ROLE.match(fold(who)) or (who[:1].islower() and W.FORCE_BY_KIND.match(fold(who))):
            continue  # "… yêu cầu các cấp ủy, …, địa phương tiếp tục quán triệt …; | người đứng đầu trực tiếp chỉ đạo, chịu
            # trách nhiệm …" (t19-01): the heads of the bodies just charged, a part of them, not a body of its own
        each = W.EACH_BODY.match(who)  # "…; | mỗi Hội LHPN xã, phường tổ chức …" (t22-04): each of the bodies named
        wv = Folded.of(who[each.end():] if each else who).view
        # ("…; | mỗi cơ sở Đoàn tổ chức …": each unit of a kind a plural names, subjects._kind_before_verb)
        # (only those: "…; | mỗi tổ dân phố duy trì ít nhất 01 tổ công nghệ số …" states a norm per unit, t20-07's labels)
        kind = bool((ek := W.EACH_KIND.match(who)) and W.GRASSROOTS_UNIT.match(Folded.of(who[ek.end():]).view))
        if (P.ORG_HEAD_RE.match(wv) or W.MORE_HEADS.match(wv) or kind) and not W.NOT_BODY.match(wv) \
                and not P.NOT_ORG_RE.match(wv) \
                and not W.PARTNER_OPENING.match(fold(what).strip()):
            out.append(m)
    return out


def done_by(rest: str) -> bool:
    """The clause opening ``rest`` names a body and only its completion by a date ("các chi bộ hoàn thành trước ngày
    20/01/2034"): the body charged with the tasks the clauses before it list, whatever intro asks above (a step of a
    Ban Xây dựng Đảng's Hướng dẫn, t43-08's labels: "Các chi bộ", due that day). Why: a step may list its acts first and
    name who completes them last; the completion has no task of its own to be another body's."""
    clause = re.split(r"[.;](?:\s|$)", rest, maxsplit=1)[0]
    who, what = S.actor(clause)
    # (a short name, no list: "…; các cơ sở điều chuyển, giao quản lý hoàn thành trong tháng 12/2028" (t32-10) is the
    # facilities whose transfer completes, no body)
    if not who or not what or len(who.split()) > 5 or "," in who or not W.BARE_COMPLETION.match(fold(what).strip()):
        return False
    wv = Folded.of(who).view
    return bool(P.ORG_HEAD_RE.match(wv) or W.MORE_HEADS.match(wv)) and not W.NOT_BODY.match(wv) and not P.NOT_ORG_RE.match(wv)


def name_list_wraps(raw: str, nxt: str) -> bool:
    """A blank line (legacy OCR puts one after every line) cut a list of names after its colon: "…
    Ủy ban nhân dân các tỉnh: Ninh" / "Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh …" (11654-VPCP-CN)."""
    line = raw.rstrip()
    colon = list(V.NAME_LIST_RE.finditer(line))
    if not colon or line[-1:] in ".;:!?," or len(line[colon[-1].end():].split()) > 6:
        return False
    return bool(re.match(rf"[{CAPITAL}][\w-]*(?: [{CAPITAL}][\w-]*)*\s*(?:,|và\s)", nxt))
