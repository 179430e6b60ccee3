"""The bodies an obligation charges, as written in headings and subjects: the body of a "Trách nhiệm của X" title, a
named member of the class a title charges, a list of named bodies, persons that are no body, a body qualified by what
it has (not) done, a body named again by its head word or at one of its tiers, the short names a document gives its
bodies, the group a topic heading narrows its intro's bodies to, a lead named after "do … chủ trì", the agent of a
passive duty, and the keys that tell two names of one body apart from two bodies.

Why: who must act is read from many layouts (headings, "Giao …" sentences, table cells, prose subjects); these
small judgements on a name are shared by all of them in the obligation reader (:mod:`vanban.extract.obligations`)
and tested one by one.
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
from vanban.text import CAPITAL, fold


# a unit's own name opening a paragraph, capitalised after its head word (original text): "Phòng Nghiệp vụ Y", "Ban
# Tuyên giáo", "Chi cục Thủy lợi" — never the wrapped tail of the name above it ("Văn hóa, Thể thao và Du lịch")
STRONG_MEMBER = re.compile(rf"(?:Phòng|Ban|Chi cục|Cục|Trung tâm|Văn phòng|Sở|Vụ|Viện|Đội|Tổ)\s+[{CAPITAL}]")


def duty_body(m: re.Match[str]) -> str:
    """The body X of a "Trách nhiệm của X" title (W.DUTY_TITLE match), "" when X holds a verb,
    is long, or names persons ("… của các tổ chức, cá nhân sử dụng điện") rather than a body."""
    body = named_once(m.group("body").strip())
    if len(body.split()) > 20 or first_verb(Folded.of(S.guard(body)).view):
        return ""
    if names_persons(body):
        return ""
    return body[:1].upper() + body[1:]


def named_once(body: str) -> str:
    """The title's body when the sentence under the title, naming the body again as its subject, ran into it (a title
    and its first paragraph read as one heading: "Trách nhiệm của Sở Khoa học và Công nghệ | Sở Khoa học và Công nghệ
    là cơ quan quản lý, vận hành Hệ thống QLVB&ĐH của tỉnh, có trách nhiệm", 161/2025/QĐ-UBND): the name before its
    repeat, whatever the sentence says of it — unless the sentence hands the task on ("Nhiệm vụ của BHXH tỉnh | BHXH
    tỉnh giao các Bảo hiểm xã hội cơ sở trực thuộc:", a30-08): the body given the task is then the one charged, and the
    delegation reader needs the whole sentence."""
    words = body.split()
    folded = fold(body).split()
    if len(folded) != len(words):
        return body
    for k in range(2, len(words) // 2 + 1):
        if folded[:k] == folded[k:2 * k]:
            if tuple(folded[2 * k:2 * k + 1]) in _HANDS_ON or tuple(folded[2 * k:2 * k + 2]) in _HANDS_ON:
                return body
            return " ".join(words[:k])
    return body


#: folded verbs by which a sentence hands its body's task on to another body (named_once leaves such a sentence whole):
#: the assignment cues of ``assignment_words.ASSIGNER_CUE_PRINTED``, as word tuples
_HANDS_ON = frozenset(tuple(fold(cue).split()) for cue in W.ASSIGNER_CUE_PRINTED)


def named_member(body: str, who: str) -> bool:
    """``body`` is one named member of the class ``who`` a "Trách nhiệm của công chức" title charges: the class's words
    then a name of two words or more, capitalised ("Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế
    toán"). Two such members under one title are two bodies, each with its own item; "Bộ Công Thương tỉnh" (one more
    word) names the title's body again."""
    tail = body[len(who):].strip(" ,") if fold(body).startswith(fold(who)) else ""
    words = tail.split()
    return len(words) >= 2 and words[0][:1].isupper()


def kind_member(body: str, who: str, own: str) -> bool:
    """``body`` is the plural class ``who`` narrowed by a kind and set before a colon as its item's label: "a) Các
    trường mầm non: điều tra, …", "b) Các trường tiểu học: …" under "2. Nhiệm vụ của các trường" (a54-07: each item
    its own entry). Two or more such kinds under one heading are as many bodies as named members are; "Các trường"
    again, or a kind run into a sentence without the label's colon, is the heading's own class."""
    if not re.match(r"(?:cac|nhung)\s", fold(who)) or not fold(body).startswith(fold(who)):
        return False
    words = body[len(who):].strip(" ,").split()
    return 1 <= len(words) <= 8 and not any(w[:1].isupper() for w in words) \
        and own.lstrip(" *").startswith(body) and own.lstrip(" *")[len(body):].lstrip(" *").startswith(":")


def named_list(who: str) -> bool:
    """``who`` lists named bodies, each part after a comma opening with a capital and a body's head word:
    "Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công cấp xã" (1628/QĐ-UBND), long
    only because the names are."""
    parts = [x.strip() for x in re.split(r",|\svà\s", who) if x.strip()]
    return len(parts) >= 2 and all(x[:1].isupper() and P.ORG_HEAD_RE.match(Folded.of(x).view) for x in parts)


def names_persons(name: str) -> bool:
    """"các cá nhân có liên quan", "thuê bao": persons, not a body. A title that names organisations with the persons
    ("Trách nhiệm của các tổ chức, cá nhân sử dụng điện", "… của các tổ chức, cá nhân khác", 27/2025/QĐ-UBND Điều 7
    and 11, labelled obligations in review-oblig10) charges a role group, as "Các cơ quan, đơn vị" does."""
    v = re.sub(r"^(?:cac|moi)\s+|,", "", fold(name)).strip()
    return bool(W.PERSONS.match(v)) and not v.startswith("to chuc")


def qualified_body(who: str, what: str) -> tuple[str, str] | None:
    """(body, request) of a body qualified by what it has (not) done, the request after it: "Trưởng các thôn, tổ dân
    phố chưa | gửi báo cáo khẩn trương hoàn thành, gửi về UBND xã" (a Công văn đôn đốc) → ("Trưởng các thôn, tổ dân
    phố", "khẩn trương hoàn thành, gửi về UBND xã"); None when ``who`` ends in no "chưa/đã/không" or no urgent verb
    opens the request within a few words of the qualifier. The qualifier may be read into the body whole: "Ủy ban nhân
    dân các xã, phường chưa giải ngân hết kế hoạch vốn | khẩn trương rà soát, …" → "Ủy ban nhân dân các xã, phường"."""
    neg = W.QUALIFIER.search(who)
    if not neg or len(who[:neg.start()].split()) < 2:
        return None
    urge = W.URGENT_REQUEST.search(what)
    if neg.end() < len(who):
        if not urge or what[:urge.start()].strip():
            return None  # the request opens the task
    elif not urge or "," in what[:urge.start()] or not 1 <= len(what[:urge.start()].split()) <= 6:
        return None  # "Bộ Công an đã | kịp thời có các hỗ trợ …": no qualifier's words, a report of work done
    return who[:neg.start()].rstrip(" ,"), what[urge.start():]


def open_quote(who: str) -> bool:
    """``who`` leaves a quotation open: an odd number of straight quotes, or more “ than ”."""
    return who.count('"') % 2 == 1 or who.count("“") > who.count("”")


def named_again(who: str, body: str) -> bool:
    """``who`` is ``body`` named again by its head word alone ("Văn phòng" after "Văn phòng HĐND và UBND phường", "Sở"
    after "Sở Tài chính"), maybe with the "sẽ" of its next task."""
    head = re.sub(r"\s+(?:se|cung)$", "", fold(S.clean_who(who)).strip())
    # "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội phát huy …. Ủy ban Mặt trận Tổ quốc tỉnh và
    # các tổ chức thành viên phát huy vai trò nòng cốt …" (982-KH-UBND's labels: one entry): the front and its member
    # organisations, the bodies just asked named again
    front = re.fullmatch(r"(.+?)\s+va cac to chuc thanh vien", head)
    if front and fold(body).startswith(front.group(1) + ","):
        return True
    return head in W.BARE_HEADS and fold(body).startswith(head + " ")


def tier_of_all(who: str, group: str) -> bool:
    """``who`` is one tier of ``group``, a body named at all its tiers: "mỗi Hội Nông dân cấp xã kiểm tra …" after
    "Hội Nông dân các cấp kiểm tra …" in one sentence is the same assignment (the group's task, said of one tier),
    not a body of its own."""
    g = fold(group).strip()
    if not g.endswith(" cac cap"):
        return False
    w = re.sub(r"^(?:moi|tung|cac)\s+", "", fold(who).strip())
    w = re.sub(r"\s+cap\s+(?:xa|huyen|tinh|co so|tren|duoi)$", "", w)
    return w == g[:-len(" cac cap")]


def each_of_group(who: str, group: str) -> bool:
    """``who`` is each member of ``group``, a plural body named just before in the same block: "các Chi hội Nông dân
    thôn tổ chức họp dân …; mỗi Chi hội vận động ít nhất 05 hộ …" is the group's assignment, its quota said of each
    member, not a body of its own (the labels: one entry per body per block)."""
    w = re.match(r"(?:moi|tung)\s+(.+)$", fold(S.clean_who(who)).strip())
    g = re.sub(r"^(?:tat ca |toan bo )?cac\s+", "", fold(group).strip())
    return bool(w) and g != fold(group).strip() and (g == w.group(1) or g.startswith(w.group(1) + " "))


#: the head of a kind of unit, then the kind (folded): "trưởng khu phố", "trưởng các thôn", "tổ trưởng tổ dân phố"
_UNIT_HEAD = re.compile(r"(?:truong|to truong|bi thu|chu tich|giam doc|thu truong)\s+(?:cac\s+|moi\s+)?"
                        r"([a-z]+(?:\s+[a-z]+){0,2})$")


def unit_head(who: str | None, group: str) -> bool:
    """``who`` is the head of each of the units ``group`` names, by their kind: "Trưởng khu phố" under "7. Các khu phố"
    (a Đoàn kiểm tra's plan, a37-06) acts for the khu phố, the heading's block and not a body of its own. Only a
    residential unit (thôn, tổ dân phố, khu phố …) and only "các <kind>" as one phrase of the heading: "Chủ tịch xã"
    under "1. Phòng Văn hóa - Xã hội xã" shares the word "xã" and no kind of units, a body of its own."""
    m = _UNIT_HEAD.match(fold(who or "").strip())
    unit = W.RESIDENTIAL_UNIT.match(m.group(1) + " ") if m else None
    if not unit or unit.end() != len(m.group(1)):
        return False
    return re.search(rf"(?<![a-z])cac\s+{re.escape(m.group(1))}(?![a-z])", fold(group)) is not None


#: a thing sent on in the passive (folded), its recipient after it: "Kết quả Hội nghị | được báo cáo | Liên đoàn Lao
#: động tỉnh …", "Biên bản được gửi về …"
_PASSIVE_SENT = re.compile(r"(?<![a-z])duoc\s+(?:bao cao|gui|chuyen)(?:\s+(?:ve|den|toi|cho|len))?\s+")


def reported_to(sent: str, body: str) -> bool:
    """The sentence ``sent`` after ``body``'s tasks sends a thing on to that body in the passive, naming no actor: "Đề
    nghị Liên đoàn Lao động tỉnh cử đại diện dự, chỉ đạo Hội nghị. Kết quả Hội nghị được báo cáo Liên đoàn Lao động
    tỉnh, Thường trực Đảng ủy phường trước ngày …" — the body receives the report, so the sentence (and its date) is
    no further task of it (the labels give that date no actor)."""
    key = body_key(S.clean_who(body))
    v = fold(sent)
    return bool(key) and any(v.startswith(key, m.end()) for m in _PASSIVE_SENT.finditer(v))


def short_names(text: str) -> dict[str, str]:
    """{folded short name: the bodies it stands for} of the short names a document gives its bodies in words no name
    list knows as a body ("… (sau đây gọi tắt là hai bên)", "(sau đây gọi chung là các bên)"); the bodies are the
    words before the bracket back to the paragraph's start or its last ";", when they name a body."""
    out = {}
    for m in W.ALIAS.finditer(text):
        short = fold(m.group(1)).strip(" \"“”")
        if not short or S.named_body(Folded.of(m.group(1)).view) or len(short.split()) > 3:
            continue  # "UBND cấp xã" is a body's name the lists read already (add() writes it as such)
        before = re.split(r"\n\s*\n|;", text[max(0, m.start() - 400):m.start()])[-1]
        full = re.sub(r"\s+", " ", clean_quote(before)).strip(" ,")
        if full and full[:1].isupper() and len(full.split()) <= 25 and S.named_body(Folded.of(full).view) \
                and first_verb(Folded.of(S.guard(full)).view) is None:
            out[short] = full
    return out


def narrowed_group(heading: str, inherited: str) -> str | None:
    """The group a topic heading narrows the intro's bodies to: "Đối với các cơ quan, đơn vị chưa gửi báo cáo (có danh
    sách kèm theo)" under "… đề nghị các cơ quan, đơn vị …" → "Các cơ quan, đơn vị chưa gửi báo cáo"; None when the
    heading is no "Đối với" topic or names other bodies than the intro's (those are read as headings of their own)."""
    head = clean_quote(heading).strip()
    m = W.TOPIC_BODY.match(head)
    if not m:
        return None
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", head[m.end():]).strip(" :.")
    rest = re.sub(r"\s+", " ", rest)
    asked = re.sub(r"\s+", " ", fold(inherited)).strip(" .,:")
    if ";" in rest:
        return None
    if not fold(rest).startswith(asked + " ") or len(rest.split()) > len(asked.split()) + 14:
        # … or the heading picks one of the several addressees the intro lists: "8. Đối với các hộ gia đình" / "Cha
        # mẹ … có trách nhiệm …" under "… yêu cầu các cơ quan, đơn vị, các thôn và mỗi hộ gia đình thực hiện tốt
        # các nội dung sau:" (a Chỉ thị's intro and its topic items): that addressee's own assignment, named as the
        # heading names it, not a task of the whole list
        members = [x.strip() for x in re.split(r",|;|\s(?:và|cùng)\s", inherited) if x.strip()]
        if len(members) < 2 or not any(same_addressee(rest, x) for x in members):
            return None
    return rest[:1].upper() + rest[1:]


def led_by(sent: str) -> tuple[str, str] | None:
    """(lead, task) of a task that opens with its verb and names its lead after "do … chủ trì" at its end ("Tổ chức
    hội nghị sơ kết … do Ủy ban nhân dân xã chủ trì."); None otherwise ("Hội đồng do Chủ tịch … chủ trì" opens with no
    verb: a composition, not a task)."""
    m = W.LED_BY.search(sent)
    if not m or not m.group("who")[:1].isupper():
        return None
    task = sent[:m.start()].strip(" ,")
    v = Folded.of(task).view
    fv = first_verb(v)
    if not ((fv is not None and fv.start() == 0) or W.MORE_VERBS.match(v) or W.TASK_OPENING_SHORT.match(v + " ")):
        return None
    who = m.group("who").strip()
    if not (P.ORG_HEAD_RE.match(Folded.of(who).view) or W.MORE_HEADS.match(Folded.of(who).view)):
        return None
    return who, task


def point_subject(who: str) -> bool:
    """``who`` opens with the head of a body or role (``duty_words.tsv``: "Cơ quan thi hành án hình sự", "Người khám",
    "Tổ chức, cá nhân …") or a body's head ("Sở", "Ủy ban nhân dân …"), not with a thing the verb list cut ("Các kênh
    chương trình phục vụ | nhiệm vụ …")."""
    v = Folded.of(who).view
    pos = m.end() if (m := D.PLURAL.match(v)) else 0
    return bool(D.ACTOR_HEAD.match(v, pos) or D.LISTED_HEAD.match(v, pos) or D.NAMED_HEAD.match(v, pos)
                or P.ORG_HEAD_RE.match(v, pos))


def agent_of_must(what: str) -> tuple[str, str] | None:
    """(agent, act) of a thing's duty stated in the passive: "Bản thảo văn bản | phải do người có thẩm quyền ký văn bản
    duyệt" charges the role after "do" with the act after its name ("duyệt" the draft), "… phải được Ủy ban nhân dân
    cấp tỉnh phê duyệt" the body. None when the words after "do" / "được" open no body or role with a verb."""
    what = what.strip()
    m = re.match(r"phai\s+(?:duoc\s+do|do|duoc)\s+", Folded.of(what).view)
    if m is None:
        return None
    who, act = duty_subject(what[m.end():].rstrip(" .;"), True)
    if not who or not act or D.MARKER.match(Folded.of(act).view) or len(who.split()) > 16:
        return None
    return who, act


def same_addressee(who: str, inherited: str) -> bool:
    """``who`` names the body ``inherited`` names, in the singular or the plural ("Chi bộ" / "các chi bộ")."""
    def key(x: str) -> str:
        return re.sub(r"^(?:cac|nhung|moi)\s+", "", body_key(x))
    return bool(key(who)) and key(who) == key(inherited)


def body_key(who: str) -> str:
    """The folded name of a body without its head's title: "Chủ tịch Ủy ban nhân dân tỉnh X" and "Ủy ban nhân dân
    tỉnh X", "Bộ trưởng Bộ Tài chính" and "Bộ Tài chính" are one assignee within a block."""
    return W.LEADING_HEAD_TITLE.sub("", fold(who).strip())


def names_no_other(actor: str | None, heading: str) -> bool:
    """The acting body of an item's paragraph is none, or one the item's heading already names (its
    words, "các" aside, all in the heading's): the paragraph goes on with the heading's block."""
    if actor is None:
        return True
    words = set(plain_words(fold(actor))) - {"cac", "nhung"}
    return bool(words) and words <= set(plain_words(fold(heading)))


def named_subset(actor: str, heading: str) -> bool:
    """``actor`` names some of the bodies of the heading's plural level by their own names: the level as the heading
    opens with it ("UBND các xã", before its first comma), then a place's name in capitals ("UBND các xã Gia Lạc,
    Thượng Hòa, Lạc Vân" under "UBND các xã, thị trấn") — a part of the heading's bodies, not all of them."""
    level = heading.split(",")[0].strip()
    lv = fold(level)
    if not re.search(r"(?<![a-z])cac\s+\S+$", lv):
        return False  # the heading names no plural level ("Phòng Kinh tế", "Các cơ quan, đơn vị")
    rest = actor.strip().lstrip("-+• ")
    if not fold(rest).startswith(lv + " "):
        return False
    return rest[len(level) + 1:len(level) + 2].isupper()


def plain_words(folded: str) -> list[str]:
    """The words of a folded text, its punctuation (",;:.()") read as spaces: the words two names are compared by."""
    return re.sub(r"[,;:.()]", " ", folded).split()


def name_words(folded: str) -> list[str]:
    """The words of a body's folded name, its abbreviations written out ("ubnd cac xa" → "uy ban nhan dan cac xa")."""
    return [x for w in plain_words(folded) for x in W.NAME_ABBREVIATIONS.get(w, w).split()]


def member_assigned(what: str) -> tuple[str, str] | None:
    """(member, task) when the issuer's own committee, the subject, hands a task to one of its members by name: "Ban
    Thường vụ Đảng ủy | phân công đồng chí Ủy viên Ban Chấp hành phụ trách chi bộ dự, chỉ đạo và trực tiếp truyền đạt
    …" — the plan charges the member (a33-01's labels), its issuer only shares the work out. "Dự" (attend) closing the
    member's name is the first of its tasks. None when ``what`` hands nothing on or names no one after the verb."""
    m = re.match(r"(?:phân công|cử)\s+(?:(?:các\s+)?đồng chí\s+)?", what.strip(), re.IGNORECASE)
    if m is None:
        return None
    who, task = S.actor(what.strip()[m.end():])
    if not who or not task or not who[:1].isupper():
        return None
    if attend := re.search(r"\s(dự)$", who):
        who, task = who[:attend.start()], f"{attend.group(1)}, {task}"
    return who, task


def joint_member(joint: str, body: str) -> bool:
    """``body`` is the first or the last of the two bodies a joint subject ``joint`` names around its "và" ("Các cơ quan,
    đơn vị tại Mục V và Ủy ban nhân dân các xã, thị trấn" → "Ủy ban nhân dân các xã, thị trấn"), by its whole name.
    Why: an unlabelled paragraph after the joint item that charges one of its bodies again with an undated share ("Khi
    có thiên tai xảy ra, Ủy ban nhân dân các xã, thị trấn báo cáo nhanh …" under "1. Các cơ quan, đơn vị tại Mục V và
    Ủy ban nhân dân các xã, thị trấn báo cáo … định kỳ 6 tháng …", t53-02's labels) goes on with that item's
    assignment, as a paragraph naming the item's own body does (TrailingLines.merge_into)."""
    j, k = " ".join(fold(joint).split()).strip(" *:.,;"), " ".join(fold(body).split()).strip(" *:.,;")
    if len(k.split()) < 2 or j == k:
        return False
    return j.endswith(" va " + k) or j.startswith(k + " va ")


def joint_names(joint: str, body: str) -> bool:
    """A joint heading or subject ``joint`` ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể") names
    ``body`` ("Ủy ban Mặt trận", its short form, or its full name) as the one body it names, the rest classes of
    bodies ("các đoàn thể", "các hội"), outside its brackets.
    Why: the body a joint heading charges by name doing its undated share ("…; Ủy ban Mặt trận chủ trì gặp mặt, tặng
    quà …") is the joint assignment's own work, one entry (tune44's labels); a member of a class it names ("các đoàn
    thể": "Đoàn Thanh niên xã tổ chức …", or listed in its brackets: "Các tổ chức chính trị - xã hội (Hội Nông dân, …)",
    t36-03) and a named body's dated clause stay entries of their own."""
    j, k = fold(re.sub(r"\([^()]*\)", " ", joint)).strip(" *:."), fold(body).strip(" *:.,;")
    j = re.sub(r"^(?:[\da-z]{1,3}[.)]\s*)*(?:(?:de nghi|giao|yeu cau|doi voi)\s+)?", "", j)
    parts = re.split(r"\s*,\s*(?:va\s+)?|\s+va\s+", j)
    if j == k or len(k.split()) < 2 or len(parts) < 2 or not re.match(re.escape(k) + r"(?![a-z])", parts[0]):
        return False
    # the one body named, the rest classes ("… và các đoàn thể"): a heading of several named bodies ("Bộ Chỉ huy quân
    # sự tỉnh, Công an tỉnh", "Ủy ban MTTQ xã, Hội Liên hiệp Phụ nữ xã, …") addresses each apart (a23-04, t37-04)
    # (a class may list its kinds after its "các": "… và các hội, đoàn thể")
    return re.match(r"(?:cac|nhung)\s", parts[1]) is not None

