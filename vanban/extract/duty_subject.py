"""A body or role as the grammatical subject of a duty stated in prose: who must do what in a rule's sentence.

Why: laws, decrees, circulars and the Quy chế a Quyết định issues charge bodies and roles in sentences, not in
"Giao X …" assignments or headings naming the body: "Doanh nghiệp bảo hiểm phải trả tiền bồi thường …",
"Trong thời hạn 15 ngày làm việc …, Sở Xây dựng có trách nhiệm thẩm định …", "Tòa án cấp phúc thẩm gửi bản
án …". On windows of real legal prose (bench/legal_windows.py) vanban found about a quarter of these. This
module reads such a sentence on the shared folded view (:class:`vanban.extract.folded.Folded`); the words it
knows (actor heads, things and persons that are no actors, duty markers, rights, clause openings, plain
verbs) are data in ``duty_words.tsv`` (:mod:`vanban.extract.duty_words`). The obligation reader
(:mod:`vanban.extract.obligations`) asks it for a sentence in which no other rule found a body.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded
from vanban.extract.subjects import guard

__all__ = ["after_clause", "duty_subject", "files_to_body", "thing_opening"]


def duty_subject(sent: str, rule: bool = True, named_only: bool = False) -> tuple[str | None, str]:
    """A body or role as the grammatical subject of a duty stated in prose, or (None, sent).

    The subject opens with an actor head (``duty_words.tsv``: "Doanh nghiệp bảo hiểm", "Người sử dụng lao
    động", "Cơ sở giáo dục nghề nghiệp", "Thẩm phán", "Tòa án có thẩm quyền …") and ends at a duty marker
    ("phải", "có trách nhiệm", "có nghĩa vụ", "có nhiệm vụ" …) or, with none in its clause, at its first plain
    verb ("Cơ quan thi hành án hình sự Công an cấp huyện | gửi giấy triệu tập …"). An opening time limit or scope
    clause may come first ("Trong thời hạn 15 ngày làm việc …, Sở Xây dựng có trách nhiệm …"; after a "thì" the
    subject follows it); after a case or condition clause only a marker states a duty ("Trường hợp cần gia hạn
    thì bị đơn … phải …"; "Nếu …, X gửi …" is what X may do). Only a rule-making document (``rule``: a Thông tư,
    a Quyết định with its Quy chế …) states duties with a plain verb; a plan or a letter needs the marker and a
    named body (``named_only``: a capitalised name, "Sở Xây dựng", not "cơ sở kinh doanh", whose duty a letter
    only restates from the law), as do a procedure's steps ("doanh nghiệp gửi thông báo …" is the rule's
    addressee). Not a subject: a thing ("Hồ sơ", "Việc …", "Cơ sở dữ liệu") or a person ("Công chức …"); a
    right or a denial ("được", "có quyền", "có thể" before a plain verb, "không phải"). ``what`` starts at the
    marker or the verb."""
    v = Folded.of(sent).view
    starts, then = [0], []
    if D.CONDITION.match(v) or D.OPENING.match(v):  # the subject follows the clause's comma or its "thì"
        then = [m.end() for m in re.finditer(r"\s[Tt]hì\s+", sent[:400])]  # "thì", not "thi hành"
        then = [x for t in then for x in _past_time_limit(sent, v, t)]
        commas = [m.end() for m in re.finditer(r",\s*", sent[:400])]
        # "Căn cứ vào tờ khai …, Chi cục thuế … kiểm tra …, nếu phát hiện sai sót thì yêu cầu …": the "thì" closes a
        # later condition ("…, nếu …"), not the opening clause; when no subject follows it, the one after the opening's
        # comma before that condition ("Khi có yêu cầu … của cơ quan, đơn vị, … thì cơ quan … gửi …": the commas lie
        # inside the opening clause, its "thì" closes it)
        later = [c for c in commas if then and c < then[0] and re.search(rf",\s*(?:{D.CONDITION.pattern})", v[c:then[0]])]
        starts = then + later if later and not D.CONDITION.match(v) else then or commas
    for s in starts:
        condition = bool(re.search(rf"(?:^|,\s*)(?:{D.CONDITION.pattern})", v[:s])) if s else False
        # "Trường hợp Thẩm phán … không chấp nhận … thì | phải nêu rõ lý do"; in a rule also a plain verb with no subject
        # of its own: "Trường hợp Sở giao dịch … phát hiện vi phạm thì | xử lý theo thẩm quyền và báo cáo …"
        if condition and not named_only and (D.MARKER.match(v, s) or (rule and s in then and _verb_opens(sent, v, s))):
            who = _case_subject(sent, v, s)
            if who:
                return who[:1].upper() + who[1:], sent[s:].strip()
        who, what = _duty_at(sent, v, s, condition or not rule)
        if who and named_only and not any(w[:1].isupper() for w in who.split()[1:]):
            continue
        if who:
            return who[:1].upper() + who[1:], what
    if not (rule and named_only):  # (a procedure's steps charge no agent)
        for s in starts:
            who, what = _passive_agent(sent, v, s)
            # a plan or a letter: "Việc tổng hợp báo cáo do Văn phòng Ủy ban nhân dân tỉnh thực hiện." names its agent
            if who and (rule or any(w[:1].isupper() for w in who.split()[1:])):
                return who[:1].upper() + who[1:], what
    if starts == [0] and not (D.PLURAL.match(v) or D.ACTOR_HEAD.match(v) or D.LISTED_HEAD.match(v) or D.NAMED_HEAD.match(v)):
        return after_clause(sent, v, rule and not named_only)
    return None, sent


def thing_opening(who: str) -> bool:
    """``who`` opens with a thing, not a body or role: a thing head (``duty_words.tsv``: "Bản sao", "Bản chính",
    "Hồ sơ" …) no actor head outruns, its next word in lower case ("Ban Đô thị" is a named board, "Bản đồ" a thing)."""
    v = Folded.of(who).view
    pos = m.end() if (m := D.PLURAL.match(v)) else 0
    th = D.THING_HEAD.match(v, pos)
    if th is None:
        return False
    if _actor_outruns(v, pos, th.end()):
        return False
    words = who[pos:].split()
    return len(words) < 2 or words[1][:1].islower()


def _actor_outruns(v: str, pos: int, thing_end: int) -> bool:
    """An actor head at ``pos`` of the folded ``v`` runs past the thing head that ends at ``thing_end``: "đơn vị …" is
    a body, though "đơn" (an application) is a thing; "Ban Đô thị" a board, not "Bản …" (folded alike)."""
    heads = [m.end() for m in (D.ACTOR_HEAD.match(v, pos), D.LISTED_ANY.match(v, pos), D.NAMED_HEAD.match(v, pos)) if m]
    return bool(heads) and max(heads) > thing_end


def after_clause(sent: str, v: str | None = None, rule: bool = False) -> tuple[str | None, str]:
    """A named body and a duty marker after a clause that no opening word announces: "Để bảo đảm tiến độ, Sở Xây dựng
    có trách nhiệm …", "… (a line whose opening OCR lost) dẫn đến gián đoạn việc cấp mã, Cục Thuế có trách nhiệm: …".
    The body is capitalised and named past its head ("Cục Thuế", not "cơ quan thuế") or by a body's type name
    ("Kết thúc mỗi đợt hỗ trợ, Ủy ban nhân dân các cấp có trách nhiệm …"); a plain verb states no duty there. In a
    rule-making document (``rule``) a role capitalised mid-sentence is the rule's defined addressee, named enough: "Trong
    một ca trực vận hành, Đơn vị vận hành hệ thống điện có trách nhiệm phân công …"."""
    v = Folded.of(sent).view if v is None else v
    for m in re.finditer(r",\s*", sent[:400]):
        s = m.end()
        if not sent[s:s + 1].isupper():
            continue
        who, what = _duty_at(sent, v, s, marker_only=True)
        if who and (rule or any(w[:1].isupper() for w in who.split()[1:]) or D.BODY_TYPE_NAME.match(Folded.of(who).view)):
            return who, what
    return None, sent


def _verb_opens(sent: str, v: str, s: int) -> bool:
    """A lowercase plain verb opens ``sent`` at ``s`` (the duty after a case clause's "thì" has no subject of its own),
    not a right, a denial or a rule applied ("thì được …", "thì không …", "thì áp dụng …", "thì thực hiện theo …")."""
    if not sent[s:s + 1].islower() or D.RIGHT.match(v, s) or D.NO_TASK_AFTER_THEN.match(v, s):
        return False
    return bool(D.VERB.match(v, s) or D.THEN_VERB.match(v, s) or P.ACTION_VERB_RE.match(Folded.of(guard(sent[s:s + 80])).view))


def _passive_agent(sent: str, v: str, s: int) -> tuple[str | None, str]:
    """The agent of a passive duty: "Bản án phúc thẩm được Tòa án cấp phúc thẩm | công bố trên …", "…, việc chuyển đổi
    do người đứng đầu cơ quan cấp trên | lập kế hoạch …": a thing or an act at ``s``, then "được" / "do" and a body or
    role with its plain verb. Not a duty: a power or an origin ("do Ủy ban nhân dân tỉnh quyết định / ban hành",
    ``duty_words.tsv`` kind ``passive_not``), a relative clause before the sentence's own predicate ("Văn bản do Sở
    ban hành | phải được công khai …"), a title naming things ("Giấy tờ do người nộp thuế cung cấp:")."""
    th = D.THING_HEAD.match(v, s)
    if th is None or _actor_outruns(v, s, th.end()):
        return None, sent  # "đơn vị cung cấp dịch vụ … thu giá … được đơn vị niêm yết …": a body, no thing ("đơn")
    p = D.PASSIVE.search(v, th.end(), min(len(v), th.end() + 90))
    if p is None or re.search(r"[,;:()]", sent[th.end():p.start()]) or sent[p.start():p.end()].strip() not in ("do", "được") \
            or re.search(r"(?:^|\s)(?:da|dang|se)\s*$", v[:p.start()]):
        return None, sent  # "… đã được Chủ tịch UBND tỉnh công bố tại …": a past act describing the thing
    stop = re.search(r"[.;:]|\sthì\s", sent[p.end():])
    lim = p.end() + stop.start() if stop else len(v)
    if D.MARKER.search(v, p.end(), lim) or re.search(r"\sduoc\s", v[p.end():lim]) or W.VALIDITY.search(v[p.end():lim]):
        return None, sent  # "Văn bản do Sở ban hành | phải được công khai", "… | hết hiệu lực": the clause was relative
    who, what = _duty_at(sent, v, p.end())
    wv = Folded.of(what).view
    # "Việc thu nhận … dữ liệu do Bộ Tài nguyên và Môi trường | chủ trì thực hiện.", "… do Sở Y tế | tổ chức thực hiện.":
    # the lead verb ("chủ trì", "tổ chức": who leads a thing, no duty, when alone) carries the act out
    lead = re.match(r"(?:chu tri|to chuc)(?:\s*,\s*|\s+)(?:phoi hop\s+)?(?=thuc hien)", wv)
    if not who or (D.PASSIVE_NOT.match(wv) and not lead) or D.MARKER.match(wv):
        return None, sent
    carry = D.CARRY_OUT.match(wv, lead.end() if lead else 0)
    if carry and not (carry.end() == len(wv.rstrip(" .")) or D.CARRY_OUT_TAIL.match(wv, carry.end())):
        carry = None  # "… do Sở thực hiện kiểm tra": the verb has its own object
    if sent.rstrip(" *").endswith(":") or (len(what.split()) < 3 and not carry):
        # "Tài liệu do bên mua bảo hiểm cung cấp:": a title naming what the role hands in ("Việc kiểm tra do Sở Y tế
        # thực hiện." charges the Sở, its verb alone says so)
        return None, sent
    if carry:  # "thực hiện việc kiểm tra (theo quy định …)": the act is the task, a modifier after the verb stays after it
        act = sent[s:p.start()].strip(" ,")
        tail = what[carry.end():].rstrip(" .")
        what = what[:carry.end()] + " " + act[:1].lower() + act[1:] + tail
    return who, what


def _case_subject(sent: str, v: str, then: int) -> str | None:
    """The body or role a case clause names when the duty after its "thì" has no subject of its own ("Trường
    hợp Thẩm phán, Hội đồng xét xử không chấp nhận yêu cầu … thì phải nêu rõ lý do"): the actor phrase right
    after the condition word, to its first verb or negation."""
    c = D.CONDITION.match(v)
    if not c:
        return None
    pos = c.end() + len(v[c.end():]) - len(v[c.end():].lstrip())
    who, _ = _duty_at(sent[:then], v[:then], pos, clause_end=True)
    return who


def _duty_at(sent: str, v: str, s: int, marker_only: bool = False, clause_end: bool = False) -> tuple[str | None, str]:
    """The duty whose subject starts at ``s`` of ``sent`` (folded ``v``), see :func:`duty_subject`;
    ``clause_end``: the subject of a case clause, ended by its verb or a negation ("không", "chưa", "đã" …)."""
    pos = s
    pl = D.PLURAL.match(v, pos)
    if pl:
        pos = pl.end()
    heads = [m for m in (D.ACTOR_HEAD.match(v, pos), (D.LISTED_ANY if pl else D.LISTED_HEAD).match(v, pos)) if m]
    h = max(heads, key=lambda m: m.end()) if heads else None
    if h is None:
        # "… kể từ ngày cơ sở đào tạo tôn giáo bị giải thể, tổ chức tôn giáo | có trách nhiệm thông báo …": a kind of
        # organisation named by "tổ chức" and its noun, charged by a marker of responsibility
        h = D.ORG_NOUN.match(v, pos)
    if h is None:
        h = D.NAMED_HEAD.match(v, pos)
        after = sent[h.end():h.end() + 3].lstrip() if h else ""
        if h is None or not (after[:1].isupper() or (after[:1] == "," and sent[pos:h.end()].lower() in D.NAMED_SPELLING)):
            return None, sent
    if any(m and m.end() >= h.end() for m in (D.THING_HEAD.match(v, pos), D.PERSON_HEAD.match(v, pos))):
        return None, sent  # "Hồ sơ …", "Cơ sở dữ liệu …", "Công chức …": a thing or a person, not a body or role
    if D.GENERIC_HEAD.fullmatch(h.group()) and D.EVENT.match(v, h.end()):
        return None, sent  # "Cơ quan phát hiện vấn đề phát sinh có trách nhiệm …": a role a condition defines
    # "(sau đây gọi chung là cấp huyện)" names the subject again, it does not close its clause
    stop = re.search(r"[.;:()]|\sthì\s", _definitions_blanked(sent[h.end():]))
    lim = h.end() + stop.start() if stop else len(v)
    strong = D.MARKER.search(v, h.end(), lim)
    topic = stop and stop.group().strip() == "thì" and not strong and not clause_end \
        and D.MARKER.match(v, h.end() + stop.end())
    if topic:
        # "Tổ chức, cá nhân sử dụng đất ở nhiều xã, …, thì | phải gửi bản kê khai …": the subject as a topic, its duty
        # after "thì"
        strong, lim = topic, h.end() + stop.end() + topic.end() - topic.start()
    while strong and _payable(v, strong):
        strong = D.MARKER.search(v, strong.end(), lim)  # "số tiền thuế phải nộp": payable, not a duty
    weak = None if marker_only or topic else _plain_verb(sent, v, pos, h.end(), lim)  # (a topic's verbs describe it)
    rel = D.RELATIVE_IN_SUBJECT.search(v, h.end(), strong.start()) if strong else None
    if rel and weak is not None and weak >= rel.start():
        # "Tổ chức kinh tế, cá nhân nước ngoài | không tiến hành … nhưng có thu nhập … | phải nộp thuế …": the verbs of
        # a clause that describes the subject are not its task; the subject's name ends where that clause opens
        weak = None
    inner = _inner_case(v, h.end(), strong.start()) if strong and not clause_end else None
    granted = _granted_before(v, h.end(), strong.start()) if strong and not clause_end else None
    if granted is not None:
        # "Các Hội đồng đã thành lập trước ngày … | được tiếp tục hoạt động, nhưng phải kiện toàn …": the verbs before
        # the right describe the subject, those after it are the right's; the duty is the marker's
        weak = None
    charged = None  # where the verbs of a relative "được giao nhiệm vụ …" / "có thẩm quyền …" start
    if strong and weak is not None and not clause_end \
            and (relop := _CHARGED_WITH.search(v, h.end(), strong.start())) and relop.end() <= weak + 1:
        # "Cơ quan được giao nhiệm vụ | tiến hành một số hoạt động điều tra …, áp dụng biện pháp ngăn chặn … phải gửi
        # ngay …", "Đơn vị sự nghiệp công lập có thẩm quyền quản lý viên chức | lưu giữ hồ sơ … có trách nhiệm cung cấp
        # …": the verbs name what the subject is charged with or competent for; its duty is the marker's
        charged, weak = weak, None
    if inner is not None and weak is not None and weak > inner:
        # "Cơ quan thanh tra | khi tiến hành thanh tra nếu phát hiện hành vi tham nhũng … | có trách nhiệm xử lý …": the
        # verbs of a time or case clause between the subject and its marker are not its task
        weak = None
    if strong and weak is not None and weak < strong.start():
        between = v[weak:strong.start()]
        if "," in between or " va " in between or len(between.split()) >= 10:
            strong = None  # "Sở … tổ chức kiểm tra, … và phải báo cáo": the first verb is the task
    if clause_end:
        # a negation or an event word ("… phát hiện dấu hiệu vi phạm thì …") ends the case's subject too
        neg = re.search(r"\s(?:khong|chua|da|dang|bi|co)\s", v[h.end():lim]) or re.search(r"(?<![a-z0-9])" + D.EVENT.pattern, v[h.end():lim])
        cut = [x for x in (weak, h.end() + neg.start() if neg else None) if x is not None]
        return (sent[s:min(cut)].strip(" ,"), "") if cut and len(sent[s:min(cut)].split()) <= 16 else (None, sent)
    if not strong and not marker_only and not clause_end and (filed := _filing(v, h.end(), lim)) is not None \
            and (weak is None or filed < weak):
        weak = filed  # "Tổ chức, cá nhân | nộp hồ sơ đăng ký cho Cục Thú y": the filing, not a verb inside its object
    end = strong.start() if strong else weak
    if end is None:
        return None, sent
    if topic:
        end_topic = h.end() + stop.start()
        who = sent[s:end_topic].strip(" ,")
        clause = re.compile(r"\sma\s").search(v, h.end(), end_topic)
        cuts = [x for x in (_plain_verb(sent, v, pos, h.end(), end_topic), clause.start() if clause else None) if x is not None]
        if len(who.split()) > 25 and cuts:
            # "Doanh nghiệp kiểm toán, chi nhánh doanh nghiệp kiểm toán nước ngoài … tạm ngừng kinh doanh … | mà chưa
            # hoàn thành hợp đồng … thì phải thỏa thuận …": a long topic's name ends at its first verb or its "mà" clause
            who = sent[s:min(cuts)].strip(" ,")
        if len(who.split()) > 25 or W.RELATIVE_END.search(who):
            return None, sent
        return who, sent[end:].strip()
    # "Kiểm sát viên | yêu cầu Tòa án xác minh … phải nêu rõ …": the request is the subject's relative clause
    cue = D.CUE_IN_SUBJECT.search(v, h.end(), end) if strong else None
    end_who = cue.start() if cue else (rel.start() if rel and strong and rel.start() < end else end)
    if inner is not None and strong:
        end_who = min(end_who, inner)
    if granted is not None:
        end_who = min(end_who, granted)
    if charged is not None:
        end_who = min(end_who, charged)  # "Người tập sự | được tạm ngừng tập sự nhưng phải thông báo …"
    who, wv = sent[s:end_who].strip(" ,"), v[h.end():end]  # (rights and denials read up to the marker or verb)
    rights = [m.group() for m in D.RIGHT.finditer(wv)]
    # a list whose members repeat the head noun ("cơ sở kinh doanh …, cơ sở sản xuất …, cơ sở khám bệnh, chữa bệnh")
    # is long only because the names are
    longest = (20 + 8 * min(2, _repeated_head(v[pos:h.end()], v[h.end():end_who]))) if strong else 16
    if not who or len(_definitions_blanked(who).split()) > longest or D.TAIL.search(v[s:end_who]) or W.RELATIVE_END.search(who) \
            or _relative_noi(v[s:end_who]):
        return None, sent  # "… theo | quy định", "Cơ quan nơi | …": the verb was misread
    if re.search(r"\bkhong\s*$", wv) or any(r != "duoc" or not strong for r in rights):
        return None, sent  # "Bị đơn có quyền | gửi …", "… không phải …": a right or a denial, not a duty
    if not strong and v[:end].rstrip().endswith(","):
        # "…, cơ quan … làm thủ tục kết thúc, | nộp lưu …": the verb closes a clause whose own verb came first
        return None, sent
    return who, sent[end:].strip()


def _plain_verb(sent: str, v: str, head: int, a: int, b: int) -> int | None:
    """Where the first verb after an actor head (``v[head:a]``, its clause running to ``b``) starts: a shared
    action verb (``first_verb``, names guarded) or a rule's plain verb (``duty_words.VERB``). Not a verb: one
    right after a generic head ("Cơ quan | chủ trì", "Người | nộp thuế", "cơ quan, tổ chức | quản lý trực tiếp":
    a compound noun) or after "có thẩm quyền" / "được giao" (what the role is
    competent or charged for: "Tòa án có thẩm quyền | giải quyết khiếu nại"), "tổ chức" after a comma or "và" (a
    list of organisations), one after a request ("yêu cầu Tòa án | xác minh": the act requested of another body)."""
    # guarded with the words before ``a`` in view (names keep their length): a unit's name that reads like a task
    # is known by its head noun ("Văn phòng | đăng ký đất đai", assignment_words.TASK_LIKE_UNIT_NAMES)
    gv = Folded.of(guard(sent[:b])[a:]).view
    found = sorted([m.start() for m in P.ACTION_VERB_RE.finditer(gv)] + [m.start() for m in D.VERB.finditer(gv)])
    shared = first_verb(gv)
    action = {m.start() for m in P.ACTION_VERB_RE.finditer(gv)}
    for k in found:
        if _generic_before(sent, v, head, a + k) or re.search(r"(?:co tham quyen|duoc (?:giao|phan cong))\s*$", gv[:k]) \
                or re.search(r"(?<![a-z])chuc nang\s*$", gv[:k]):
            continue  # (and "… thực hiện chức năng | quản lý nhà nước …": a function's name, not the task)
        if gv.startswith("to chuc", k) and re.search(r"(?:,|\bva)\s*$", gv[:k]):
            continue
        if D.CUE_IN_SUBJECT.search(v, head, a + k):
            continue  # "Kiểm sát viên yêu cầu Tòa án | xác minh …": the act requested of another body
        if sent[a + k:a + k + 1].isupper():
            continue  # "Cục trưởng Cục Quản lý, giám sát kế toán": a capitalised verb is part of a name
        if _listed_member(v[head:a], gv[:k]):
            continue  # "cơ sở kinh doanh dược liệu, cơ sở | sản xuất vị thuốc …, cơ sở | khám bệnh … có trách nhiệm …"
        if k in action and (shared is None or shared.start() > k):
            continue  # a shared action verb first_verb reads as part of a name ("Bộ Xây dựng", "tổ chức đảng")
        return a + k
    return None


def files_to_body(what: str) -> bool:
    """``what`` opens with a filing sent to a body ("gửi hồ sơ … đến Tổng cục Thủy sản", "nộp 01 bộ hồ sơ về cơ quan cấp
    giấy phép …"): a procedure's step that charges the role who files, as a duty marker does."""
    v = " " + Folded.of(what.strip()).view
    return _filing(v, 0, len(v)) is not None


def _filing(v: str, a: int, b: int) -> int | None:
    """Where a filing verb right after a role's generic head starts, when the clause (``v[a:b]``, folded) sends
    something to a recipient and holds no other verb: "Tổ chức, cá nhân | gửi hồ sơ … đến Tổng cục Thủy sản", "Doanh
    nghiệp | nộp 01 bộ hồ sơ về cơ quan cấp giấy phép …". The verb would otherwise make a compound noun with the head
    ("tổ chức, cá nhân nộp phí"); the recipient shows it acts. None else."""
    m = _FILING.match(v, a)
    return m.start("verb") if m and m.end() <= b else None


#: a filing verb, its object, then "đến / về / cho / tới / lên" and a body (folded)
_FILING = re.compile(r"(?:\s*,\s*|\s+va\s+)?(?:ca nhan|to chuc)?\s+(?P<verb>gui|nop)\s+(?:(?:\d+|mot|hai)\s+)?(?:bo\s+|ban\s+)?(?:ho so|don|van ban|to khai|bao cao|thong bao)"
                     r"[^.;:]{0,160}?\s(?:den|ve|cho|toi|len)\s+(?:co quan|uy ban|ubnd|so|bo|cuc|tong cuc|chi cuc|phong|ban|"
                     r"don vi|to chuc|toa an|vien kiem sat|kho bac|ngan hang|bao hiem|hoi dong|truong|trung tam|van phong)\b")


def _generic_before(sent: str, v: str, head: int, at: int) -> bool:
    """A generic head word ends the subject before the verb at ``at`` ("Cơ quan | chủ trì", "cơ quan, tổ chức | quản lý
    trực tiếp": a compound noun), as printed: "văn bản" folds like "Ban", "hồ sơ" like "hộ" (``duty_words.tsv`` kind
    ``generic_not``): "người có thẩm quyền ký văn bản | duyệt" has its verb."""
    g = D.GENERIC_END.search(v[head:at])
    if g is None:
        return False
    word = sent[head + g.start():at].strip().split()[-1:] or [""]
    return word[0].lower() not in D.GENERIC_NOT


def _past_time_limit(sent: str, v: str, t: int) -> list[int]:
    """Where the subject after a case clause's "thì" (at ``t``) may start: after a time limit that opens the main
    clause and its comma ("Trường hợp hồ sơ chưa đầy đủ thì trong thời hạn 03 ngày làm việc, Sở Tài chính phải
    thông báo …"), then at ``t`` itself."""
    if not D.OPENING.match(v, t):
        return [t]
    comma = re.compile(r",\s*").search(sent, t, t + 160)
    if comma is None or D.MARKER.search(v, t, comma.start()):
        return [t]
    return [comma.end(), t]


def _listed_member(head: str, before: str) -> bool:
    """The verb after ``before`` (folded, guarded) opens the name of another member of the subject's list, one that
    repeats its head noun after a comma or "và": "cơ sở kinh doanh dược liệu, cơ sở | sản xuất vị thuốc cổ truyền,
    …, cơ sở | khám bệnh, chữa bệnh có trách nhiệm cập nhật …" (a Thông tư of the Bộ Y tế), "doanh nghiệp A và
    doanh nghiệp | kinh doanh …": a kind of body named by its trade, not the subject's task. ``head``: the folded
    actor head the subject opens with ("co so kinh doanh")."""
    noun = _head_noun(head)
    if not noun:
        return False
    member = re.search(r"(?:,|\sva)\s+(?:cac\s+)?(\S+(?:\s\S+)?)\s*$", before)
    return bool(member) and member.group(1) == noun


def _repeated_head(head: str, rest: str) -> int:
    """How many times the subject's head noun (folded ``head``) opens another member of its list in ``rest``."""
    noun = _head_noun(head)
    return len(re.findall(r"(?:,|\sva)\s+(?:cac\s+)?" + re.escape(noun) + r"(?![a-z])", rest)) if noun else 0


def _head_noun(head: str) -> str:
    words = head.split()
    if not words:
        return ""
    return " ".join(words[:2]) if len(words) >= 2 and words[0] in _TWO_WORD_NOUNS else words[0]


#: head nouns of two words whose first word alone is another word ("cơ" of "cơ sở", "doanh" of "doanh nghiệp")
_TWO_WORD_NOUNS = {"co", "doanh", "to", "don", "nha", "chu", "nguoi", "hop", "ngan", "tong"}

#: a relative that says what the subject is charged with or competent for ("được giao nhiệm vụ", "có thẩm quyền")
_CHARGED_WITH = re.compile(r"\s(?:duoc giao(?:\s+nhiem vu)?|duoc phan cong|duoc uy quyen|co tham quyen)(?=\s)")


def _definitions_blanked(text: str) -> str:
    """``text`` with each parenthesis that names what comes before it ("(sau đây gọi chung là cấp huyện)", "(gọi tắt là
    Sở Y tế)", "(sau đây viết tắt là …)") blanked to spaces of its length: offsets kept, its brackets no clause end."""
    return re.sub(r"\((?:\s*sau\s+đây\s+)?(?:gọi|viết)\s[^()]{0,120}\)", lambda m: " " * len(m.group()), text,
                  flags=re.IGNORECASE)


def _inner_case(v: str, a: int, marker: int) -> int | None:
    """Where a time or case clause ("khi …", "nếu …", "trong trường hợp …", "sau khi …") opens between a subject's
    name (ending at ``a``) and its duty marker at ``marker``: "Các cơ quan và tổ chức nêu ở khoản 1 Điều này | khi nhận
    được thông tin về mất an ninh, an toàn … | phải phối hợp …". No comma in the clause opens another subject, and
    the clause is no "thì" topic."""
    m = re.search(r"\s(?:khi|neu|trong truong hop|sau khi|truoc khi|trong qua trinh)\s", v[a:marker])
    if m is None or re.search(r";|\sthi\s", v[a + m.start():marker]):
        return None
    for c in re.finditer(r",\s*", v[a + m.start():marker]):
        at = a + m.start() + c.end()
        if D.PLURAL.match(v, at) or D.ACTOR_HEAD.match(v, at) or D.NAMED_HEAD.match(v, at):
            return None  # "Sở … khi …, Ủy ban nhân dân cấp xã phải …": a new subject after the clause
    return a + m.start()


def _granted_before(v: str, a: int, marker: int) -> int | None:
    """Where a right the subject is granted starts when a duty follows it as its condition: "Người tập sự | được tạm
    ngừng tập sự nhưng phải thông báo bằng văn bản …", "… được gia hạn song phải nộp …". The subject ends before
    "được"; the duty is what "nhưng (vẫn) phải" states. None when ``v[a:marker]`` holds no such right."""
    seg = v[a:marker]
    tail = re.compile(r"(?:(?!\b(?:nhung|song)\b)[^,;:.])*,?\s(?:nhung|song)(?:\s+(?:van|cung))?\s*$")
    # the last "được" that the "nhưng" closes ("Các Ban Chỉ đạo … đã được thành lập | được tiếp tục hoạt động, nhưng
    # phải kiện toàn …": the first is the subject's own past)
    ms = [m for m in re.finditer(r"(?<![a-z])duoc\s", seg) if tail.match(seg, m.end())]
    return a + ms[-1].start() if ms else None


def _payable(v: str, marker: re.Match[str]) -> bool:
    """The "phải" at ``marker`` means "payable" ("số tiền thuế phải nộp", "khoản phải trả"), not "must"."""
    return any(m.start() < marker.start() < m.end()
               for m in D.PAYABLE.finditer(v, max(0, marker.start() - 8), marker.end() + 8))


def _relative_noi(subject: str) -> bool:
    """The folded ``subject`` is a generic head then "nơi" (where) as OCR may read it ("Cơ quan nội"): a relative
    clause opens, its verb is no duty ("nơi" alone folds like "Nội" of Hà Nội, so it is no general last word)."""
    m = re.search(r"\s+noi\s*$", subject)
    return bool(m) and bool(D.GENERIC_END.search(subject[:m.start()]))
