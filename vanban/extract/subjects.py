"""Who and what of an assignment sentence: the responsible body's name and its task.

Wraps :func:`vanban.extract.deadlines.split_actor`/``split_subject`` with what
real directives need: ministry and Party board names that read like verbs kept
whole ("Bộ Xây dựng"), name lists with a colon ("các tỉnh: Gia Lai, …"),
openings before the body ("Căn cứ Kế hoạch này, …"), duties after a condition
("…, thì các cấp ủy … phải …"), and the issuer speaking of itself ("Sở sẽ …").
"""

from __future__ import annotations

import re

from vanban.abbreviations import joined_ampersand, spellings
from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract.deadlines import first_verb, long_body_list, split_actor, split_subject
from vanban.extract.due_words import RELATIVE_LIMIT_RE
from vanban.extract.folded import Folded, clean_quote, loose_key
from vanban.extract.task_text import without_figure_dates
from vanban.place_nouns import ADMIN_LEVEL_RE
from vanban.structure import vocab as V
from vanban.text import CAPITAL, colon_outside_brackets, fold, has_diacritics, nfc

#: characters of a body's joined tasks: a guard against a run-away join only, never a cut of a real block. A body's
#: block of several long bullets or items is whole in the archive, as the checklist lists it (400 cut the last items
#: off the checklist; 1200 still cut the third bullet of 96-CD-BXD's "3. Cục Đường bộ Việt Nam" (1,258 characters)
#: and some forty blocks of ../shared/realdocs/docs — Công điện bullets, a Kế hoạch's lettered items a)–đ) under
#: "1. Công an thành phố" (153-KH-UBND, 3,448), a Thông báo's "1. Các đồng chí Bộ trưởng, …" (659-TB-VPCP, 2,825);
#: the longest, 27-2025-QD-UBND's "Các đơn vị điện lực", 3,805; session 49's newcomer)
MAX_WHAT = 8000

__all__ = ["actor", "courtesy_cut", "after_topic", "duty_intro", "body_name", "clean_who", "joint_name_keys", "cue_body", "cue_subject", "duty_inside", "competence", "rule_document", "executing_clause", "is_self", "office_actor", "reported", "thing_subject", "self_name", "subject",
           "task_phrase"]

# a heading that can only open a body's name ("Cục …", "Sở …", "Bộ …", "Ban …", "Vụ …")
STRONG_NAME = re.compile(rf"(?:Các |các )?(?:Cục|Sở|Bộ|Ban|Vụ|Viện|Tổng cục|Chi cục|Văn phòng|Trung tâm|Ủy ban|Tập đoàn|Tổng Công ty)\s[{CAPITAL}]")


def team_led(team: re.Match) -> str:
    """A numbered team named with its leader (``P.TEAM_LED_RE``): "Đoàn số 1 do đồng chí Bí thư Đảng ủy xã làm Trưởng
    đoàn" → "Đoàn số 1 (Trưởng đoàn: Bí thư Đảng ủy xã)", the team charged and who leads it, as a reader lists them."""
    return f"{team.group('team')} (Trưởng {team.group('team').split()[0].lower()}: {team.group('lead')})"


def body_name(text: str) -> str | None:
    """The body a heading names, or None ("Sở Nội vụ" yes, "Giảm tối đa …" no)."""
    head = clean_quote(text).strip(" -–+•*:.") + ":"
    if (team := P.TEAM_LED_RE.match(head)) and team.end() == len(head) - 1:
        return team_led(team)  # "- Đoàn số 1 do đồng chí Bí thư Đảng ủy xã làm Trưởng đoàn: …"
    if comrade := W.NAMED_COMRADE.match(re.sub(r"\s+", " ", clean_quote(text)).strip().rstrip(" :.")):
        return comrade.group()  # "Đồng chí Vũ Thị Hạnh - Bí thư Đảng ủy, Chủ tịch HĐND phường" (a Thông báo phân công)
    duty_of = W.DUTY_HEADING.match(clean_quote(text).strip())
    if duty_of:  # "Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì" (26-2025-QD-UBND) names the Công an tỉnh
        text = duty_of.group("body")
    t = clean_who(re.sub(r"\s*\([^()]*\)\s*$", "", text)).rstrip(" :.")
    # the short names a heading gives its bodies inside it: "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …, cơ quan khác ở
    # trung ương (sau đây gọi là bộ, cơ quan trung ương) và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung
    # ương (sau đây gọi là địa phương)" (a Thủ tướng's Chỉ thị, t22-02): the bodies are the names, a list that may run
    # past 30 words, as long as the short names would have made it shorter
    aliased = len(W.ALIAS.findall(t))
    t = re.sub(r"\s+", " ", W.ALIAS.sub("", t)).strip() if aliased else t
    t = W.HEAD_QUALIFIER.sub("", t)  # "…, trong đó trọng tâm là các tỉnh: …"
    duty = W.DUTY_OF.match(t)
    t = W.DUTY_OF.sub("", t)  # "2. Trách nhiệm của Sở Tài chính:" names the Sở
    topic = W.TOPIC_BODY.match(t)
    t = W.TOPIC_BODY.sub("", t)  # "1. Đối với Sở Khoa học và Công nghệ:" names the Sở (a topic that names no body is no body below)
    if duty and duty.group().lower().startswith("trách nhiệm") and t[:1].islower() and len(t.split()) <= 16 \
            and not re.search(r"[:;]", t):
        # "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:": the heading says whose duties follow,
        # so the noun phrase after "của" is the body even in lower case and with a verb inside
        v = Folded.of(t).view
        if not (P.NOT_ORG_RE.match(v) or W.NOT_BODY.match(v)):
            return t[:1].upper() + t[1:]
    if (given := W.GIVER_CUE.match(t)) and named_body(Folded.of(given.group("giver")).view):
        # "5. Đảng ủy giao Ủy ban nhân dân xã" over its tasks (a Đảng ủy xã's study plan, a24-02): the issuer's body
        # hands the block to the body after the cue, the one charged
        t = t[given.end():]
    cue = W.CUE.match(Folded.of(t).view)
    if cue:
        t = t[cue.end():]
    # a body set up for one year's round closes its name with that year ("Hội đồng tuyển dụng công chức năm 2028", "Ban
    # Tổ chức Hội thi năm 2029"): the year is part of the name, no figure of a topic
    if not t or len(t.split()) > (40 if aliased else 30) or re.search(r"\d{3,}", W.ROUND_YEAR.sub(r"\1", t)) \
            or not (t[:1].isupper() or cue or topic):
        return None  # a body's name starts with a capital ("bổ nhiệm, giới thiệu …" is a topic)
    v = Folded.of(t).view
    checked = W.CHECKED_PARTY.search(t)
    if checked:  # "Tổ chức đảng, đảng viên được kiểm tra": the participle names the party, no verb of its own
        body = body_name(t[:checked.start()])
        return t if body and body == t[:checked.start()].rstrip(" :.") else None
    fields = W.FIELD_LIST.sub(lambda m: m.group().replace(" ", "_").replace(",", "\u201a"), t)
    gv = W.ORG_NOUNS.sub(lambda m: m.group().replace(" ", "_"), Folded.of(guard(fields)).view)
    fv = first_verb(gv)
    if fv is not None and W.STEERING_BOARD_NAME.fullmatch(v):
        fv = None  # "Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã": the board's remit, its name
    if fv is not None and not gv[fv.end():].strip() and STRONG_NAME.match(t) \
            and fv.group().strip() in ("xay dung", "phat trien", "quan ly", "dau tu"):
        fv = None  # "Cục Kết cấu hạ tầng xây dựng": a field word closing a heading is part of the name
    if (fv is not None
            or P.NOT_ORG_RE.match(v)
            or W.NOT_BODY.match(v)):
        return None
    plural_after_cue = ((cue and not cue.group().startswith("ph") or topic) and len(t.split()) <= 25
                        and re.match(r"c\w{1,2}c\s|nhung\s|toan the\s", v))
    if not P.ORG_HEAD_RE.match(v) and not W.MORE_HEADS.match(v) and not plural_after_cue \
            and not W.MINISTRY_UNIT.match(t):
        return None  # after "Yêu cầu"/"Giao"/"Đề nghị" a verbless phrase names bodies
    if v.startswith("so ") and not t.split()[1][:1].isupper():
        return None
    if W.PLURAL_TOPIC.match(v):
        return None  # "Điều 5. Các quy định chung", "Các hành vi bị nghiêm cấm": a plural topic, not bodies
    if W.TASK_TOPIC_WHO.match(t):
        return None  # "Bảo quản, thống kê tài liệu lưu trữ": a task's topic, not a newspaper (Báo …)
    return t




def _name_verbs(text: str) -> str:
    """A verb printed capitalised inside a body's name made one token ("Trung tâm Kiểm_soát bệnh tật tỉnh | hỗ trợ",
    "Phòng Văn hóa - Thông_tin | tổ chức", "Giao Bộ Xây_dựng⏎quản lý Quỹ"): the name's words are capitalised, its
    task's verb is not, so the verb lists must not end the body there (a sentence's first word is never joined)."""
    view = fold(text).replace("\n", " ")
    if len(view) != len(text):
        return text
    spans = []
    for m in W.NAME_WORD_GAP.finditer(text):
        at = m.end()
        if not (text[at:at + 1].isupper() and text[at + 1:at + 2].islower()):
            continue  # a capitalised word ("À-Ỹ" holds lower-case letters too)
        for rx in (P.ACTION_VERB_RE, W.MORE_VERBS, W.CUE_STOP):
            v = rx.match(view, at)
            if v and v.end() > at and " " in view[at:v.end()] and "\n" not in text[at:v.end()]:
                # (a wrap inside the word, "các Ban Xây⏎dựng Đảng", is left to the lists of names)
                spans.append((at, v.end()))
                break
    # a place name's second word that opens a verb of the lists ("Trường Tiểu học Tân Lập | tổ chức …": "Lập tổ" is
    # "lập tổ"): a title-case word after a title-case word inside a body's name is the name's, its task's verb is not
    # capitalised (the sentence's first word and a head word's gap are read above)
    if P.ORG_HEAD_RE.match(view.lstrip("-+•* 0123456789.)")):
        for m in re.finditer(r"(?<=[^\W\d_]) (?=[^\W\d_])", text):
            at = m.end()
            prev = text[:m.start()].split()[-1]
            if not (prev[:1].isupper() and prev[1:2].islower() and text[at:at + 1].isupper()
                    and text[at + 1:at + 2].islower()) or any(a <= at < b for a, b in spans):
                continue
            for rx in (P.ACTION_VERB_RE, W.MORE_VERBS):
                v = rx.match(view, at)
                if v and v.end() > at and " " in view[at:v.end()] and "\n" not in text[at:v.end()] \
                        and text[text.find(" ", at) + 1:][:1].islower() \
                        and (fold(prev), loose_key(view[at:v.end()])) not in P.VERB_NAME_AFTER:
                    # (a verb the head names its unit by, "Đội Tổng hợp", "Đội Kiểm tra": first_verb reads it as the
                    # name's already, and joined, "Đội Tổng_hợp", the head "đội tổng hợp" was no body's head)
                    spans.append((at, v.end()))
                    break
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        for i in range(a, b):
            if out[i] == " ":
                out[i] = "_"
    return "".join(out)


def _listed_fields(text: str) -> str:
    """Ministries a group label lists by field ("Các Bộ, cơ quan: Tài chính, Xây dựng, …") made single tokens: the
    list up to the sentence's next ";" or "." (``W.LISTED_FIELD_NAMES``)."""
    for lab in reversed(list(W.MINISTRY_LIST_LABEL.finditer(text))):
        a = lab.end() - 1
        b = min((i for i in (text.find(";", a), text.find(". ", a)) if i >= 0), default=len(text))
        part = W.LISTED_FIELD_NAMES.sub(lambda m: m.group().replace(" ", "_").replace(",", "\u201a"), text[a:b])
        text = text[:a] + part + text[b:]
    return text


def guard(text: str) -> str:
    """Names that read like verbs or labels made single tokens ("Bộ Xây dựng", "các tỉnh: …")."""
    text = _name_verbs(text)
    guarded = W.FIELD_NAMES.sub(lambda m: m.group().replace(" ", "_").replace(",", "\u201a"), text)
    guarded = _listed_fields(guarded)
    guarded = W.AUTHORITY_CLAUSE.sub(lambda m: m.group().replace(" ", "_"), guarded)
    guarded = W.TASK_LIKE_UNIT_NAMES.sub(
        lambda m: m.group()[:m.start("name") - m.start()] + m.group("name").replace(" ", "_"), guarded)
    guarded = W.ARCHIVE_NAME.sub(lambda m: m.group().replace(" ", "_"), guarded)
    guarded = W.ORDER_FIELD.sub(lambda m: m.group().replace(" ", "_"), guarded)
    guarded = W.PARTY_BOARDS.sub(lambda m: m.group().replace(" ", "_"), guarded)
    guarded = W.PRESS_NOUN.sub(lambda m: m.group().replace(" ", "_"), guarded)
    guarded = W.ORG_IN_LIST.sub(lambda m: m.group().replace(" ", "_"), guarded)
    return V.NAME_LIST_RE.sub(lambda m: m.group().replace(":", "\ua789"), guarded)


def unguard(x: str | None) -> str | None:
    return x.replace("_", " ").replace("\u201a", ",").replace("\ua789", ":") if x else x


def subject(text: str) -> tuple[str | None, str]:
    """split_subject on guarded names; a body followed by its duty as assigned ("… các Phó Thủ tướng | theo nhiệm vụ
    được phân công chỉ đạo …", ``W.DUTY_AS_ASSIGNED``) ends there, the phrase opening its task."""
    duty = W.DUTY_AS_ASSIGNED.search(text)
    if duty and 0 < len(text[:duty.start()].split()) <= 20 and text[:1].isupper() \
            and (named_body(hv := Folded.of(text[:duty.start()]).view) or W.OFFICE_HOLDER_HEAD.match(hv)) \
            and first_verb(Folded.of(guard(text[:duty.start()])).view) is None:
        return clean_quote(text[:duty.start()].rstrip(" ,")), text[duty.start():].strip(" ,")
    who, what = split_subject(guard(text))
    return own_clause(unguard(who)), unguard(what)


def own_clause(who: str | None) -> str | None:
    """``who`` cut to the clause of its verb: the verb search ran back over a clause boundary ("; ") into the clause
    before, "… về việc giao Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án theo quy định; trên cơ sở đó, Tỉnh
    | nghiên cứu lập báo cáo …" (648/TB-VPCP item 7): the subject is the words after the boundary and its linking phrase
    ("trên cơ sở đó, ", "đồng thời, "), "Tỉnh". A list of bodies apart by ";" ("các sở, ban, ngành; UBND các xã, phường")
    is no clause: the words before the boundary are cut off only when they say something (a verb, a copula "là")."""
    if not who:
        return who
    cut = [m for m in W.CLAUSE_BOUNDARY.finditer(who) if who[:m.start()].count("(") <= who[:m.start()].count(")")]
    if not cut:
        return who
    before, after = who[:cut[-1].start()], who[cut[-1].end():]
    bv = Folded.of(guard(before)).view
    if first_verb(bv) is None and not re.search(r"(?<![a-z])la\s", bv):
        return who
    after = W.CLAUSE_LINK.sub("", W.BASIS_OPENING.sub("", after.strip()))
    return after if after[:1].isupper() else who


def body_line_over_verb(sent: str) -> tuple[str, str] | None:
    """(body, task) when the sentence's first line names a body alone and the next line opens with a capitalised verb:
    a heading's body over its task, one newline apart (a DOCX's paragraphs, a PDF's lines): "Sở Công Thương⏎Chủ trì
    triển khai các nhiệm vụ tại mục (IV) (3) …" (144/KH-UBND as DOCX and text PDF, the session-50 newcomer's; the .txt
    copy's blank line parted them). A name whose last word is capitalised ("Công Thương", "Bộ Công an", "Ban Quản lý
    các Khu công nghiệp") read on into "Chủ trì", "Phối hợp", "Tham mưu" …; the line break is where the name ends.
    None otherwise (a name wrapped over two lines goes on in small letters or with its next capitalised word)."""
    head, sep, rest = sent.lstrip("-–+•* ").partition("\n")
    head, rest = head.strip(" *\t"), rest.lstrip(" *\t")
    if not sep or not head or not rest[:1].isupper() or len(head.split()) > 16 or re.search(r"[;:.,]$", head):
        return None
    hv, rv = Folded.of(head).view, Folded.of(rest).view
    verb = first_verb(rv)
    if verb is None or verb.start() != 0 or first_verb(Folded.of(guard(head)).view) is not None:
        return None
    if not (named_body(hv) and P.ORG_HEAD_RE.match(hv)):
        return None
    return head, rest.strip()


def actor(sent: str) -> tuple[str | None, str]:
    """split_actor, with ministry names kept whole ("Bộ Xây dựng, Bộ Công an | chỉ đạo …"),
    a trailing "tổ chức" given back to the task, and a few more task verbs ("xử lý")."""
    sent = W.BASIS_OPENING.sub("", sent)  # "Căn cứ Kế hoạch này, Giám đốc các Sở … xây dựng …"
    if (team := P.TEAM_VISIT_RE.match(sent.lstrip("-–+•* "))) and first_verb(Folded.of(team.group("who")).view) is None:
        return team.group("who"), sent.lstrip("-–+•* ")[team.end():]  # "Tổ rà soát | đến từng hộ …": the team's visit
    if team := P.TEAM_LED_RE.match(sent.lstrip("-–+•* ")):
        # "Đoàn số 1 do đồng chí Bí thư Đảng ủy xã làm Trưởng đoàn: | thăm, tặng quà …": the team and its leader
        return team_led(team), sent.lstrip("-–+•* ")[team.end():].lstrip(" :")
    if W.MEANS_OPENING.match(sent):  # "Thông qua dự sinh hoạt chi bộ, …, | Ban Thường vụ Đảng ủy giám sát …"
        for c in W.MEANS_CLAUSE_END.finditer(sent, 0, 320):
            if re.search(r"[.;:\n]", sent[:c.start()]):
                break
            if named_body(Folded.of(sent[c.end():]).view):
                sent = sent[c.end():]
                break
    if (lead := W.DATED_LEAD_NO_COMMA.match(sent)) and named_body(Folded.of(sent[lead.end():]).view):
        sent = sent[lead.end():]  # "Trước ngày 30 tháng 11 năm 2028 | Văn phòng Đảng ủy hoàn chỉnh …": the date, then its body
    if (after := _after_consent(sent)) is not None:
        return actor(sent[after:])  # "Chủ tịch … đồng ý về chủ trương; | các sở, ngành được giao … | hoàn thiện hồ sơ"
    if (alone := W.SINGLED_OUT.match(sent)) and named_body(Folded.of(sent[alone.end():]).view):
        sent = sent[alone.end():]  # "Riêng Ủy ban nhân dân đặc khu Vân Đồn … | báo cáo bổ sung …"
    if (each := W.EACH_BODY.match(sent)) and named_body(Folded.of(sent[each.end():]).view):
        who, what = actor(sent[each.end():])  # "mỗi Hội LHPN xã, phường | tổ chức ít nhất 04 buổi …"
        if who:
            return sent[:each.end()].lstrip("-–+•* ") + who, what
    if (whole := W.COLLECTIVE_BODY.match(sent)) and named_body(Folded.of(sent[whole.end():]).view):
        who, what = actor(sent[whole.end():])  # "Tập thể Ban Thường vụ và cá nhân … | kiểm điểm …"
        if who:
            return sent[:whole.end()].lstrip("-–+•* ") + who, what
    if (leaders := _leaders_present(sent)) is not None:
        return leaders  # "Lãnh đạo Đảng ủy, HĐND, UBND xã | dự Ngày hội tại khu dân cư điểm"
    if (each := W.EACH_KIND.match(sent)) and (kind := _kind_before_verb(sent[each.end():], sent.lstrip("-–+•* ")[:1].isupper()))[0] \
            and not (kind[0].startswith("Các ") and named_body(Folded.of(sent[each.end():]).view)):
        if kind[0].startswith("Các "):
            # "Mỗi thôn | bố trí …" opening a sentence: the group "Các thôn"; a "mỗi thôn" in small letters goes on
            # after a topic's label or a clause ("4. Thu gom, xử lý rác thải: mỗi thôn duy trì ít nhất 01 tổ …; tần
            # suất …; xóa bỏ … trước ngày …", a37-04's labels): a norm per unit among the topic's, no sentence of theirs
            return kind if sent.lstrip("-–+•* ")[:1].isupper() else (None, sent)
        return sent[:each.end()].lstrip("-–+•* ") + kind[0], kind[1]  # "mỗi cơ sở Đoàn | tổ chức ít nhất 01 hoạt động …"
    if (each := W.EACH_KIND.match(sent)) and named_body(Folded.of(sent[each.end():]).view):
        who, what = actor(sent[each.end():])  # "- Mỗi chi bộ | xác định nội dung đột phá …"
        verb = first_verb(Folded.of(what or "").view)
        kind = fold(who or "")
        # (each member is a person, no unit: "- Mỗi đoàn viên thực hiện ít nhất 01 việc làm tốt …", t24-06)
        member = bool(D.PERSON_HEAD.match(kind) or re.match(r"\S+ vien(?![a-z])", kind))
        # (or a verb of the longer list: "- Mỗi chi bộ | lựa chọn và đăng ký …", W.MORE_VERBS)
        opens = (verb is not None and verb.start() == 0) or bool(W.MORE_VERBS.match(Folded.of(what or "").view))
        if who and len(who.split()) <= 4 and opens and not member:
            return sent[:each.end()].lstrip("-–+•* ") + who, what
    each = next((m for m in W.EACH_AFTER_NAMES.finditer(Folded.of(sent[:300]).view)
                 if re.search(r"\s(?:mỗi|từng)\s", sent[m.start():m.end()])), None)  # ("môi trường" folds alike)
    listed = sent[:each.start()].lstrip("-–+•* ") if each is not None else ""
    # (only a list of named bodies, capitalised, each part after a comma opening with a body's head word: not a norm
    # per unit, "Mỗi đảng ủy xã, phường có từ 07 đến 15 báo cáo viên; mỗi đảng ủy …", nor a topic's label, "Số lượng:
    # môn bóng đá, mỗi đơn vị đăng ký …")
    if each is not None and 0 < len(listed.split()) <= 20 and listed[:1].isupper() and not re.search(r"[;:\d]", listed) \
            and not W.EACH_KIND.match(listed) \
            and all(P.ORG_HEAD_RE.match(Folded.of(x.strip()).view) for x in listed.split(",")) \
            and first_verb(Folded.of(guard(listed)).view) is None:
        # "Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã | mỗi đơn vị cử …": the list is the subject, each of
        # its bodies charged alike; the distributive words go with the task (their share is each body's)
        return sent[:each.start()].strip(" ,").lstrip("-–+•* "), sent[each.start():].strip(" ,")
    ins = W.SUBJECT_INSERT.search(sent)
    if ins and 0 < len(sent[:ins.start()].split()) <= 12 and named_body(Folded.of(sent[:ins.start()]).view) \
            and first_verb(Folded.of(guard(sent[:ins.start()])).view) is None:
        # "Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực …": the insert closes the subject
        return sent[:ins.start()].strip(), sent[ins.end():].strip()
    charged = W.CHARGED_CLOSE.search(sent)
    if charged and 0 < len(sent[:charged.start()].split()) <= 16 and named_body(Folded.of(sent[:charged.start()]).view) \
            and first_verb(Folded.of(guard(sent[:charged.start()])).view) is None:
        end = charged.end()
        if re.search(r"(?:phụ trách|theo dõi)\s+$", sent[charged.start():end]) \
                and (unit := W.ANSWERED_UNIT.match(Folded.of(sent[end:]).view)):
            end += unit.end()  # "Đảng ủy viên được phân công phụ trách chi bộ | dự sinh hoạt …" (a45-08): the unit is the role's
        rest = Folded.of(sent[end:]).view
        verb = first_verb(rest)
        if (verb is not None and verb.start() == 0) or (verb is None and W.MORE_VERBS.match(rest)):
            # "Các đồng chí ủy viên Ủy ban Kiểm tra Đảng ủy xã được phân công | xây dựng kế hoạch chi tiết …" (t18-03);
            # a verb of the longer list too, when no other act follows: "Công chức Văn phòng … được phân công | tiếp
            # công dân thường xuyên …" (t45-09); before one, it names the role: "Bộ phận, cá nhân được giao xử lý |
            # thực hiện kiểm tra …" (test_obligations_reports)
            return sent[:end].strip(), sent[end:].strip()
    held = W.MEETING_HELD.search(sent[:120])
    if held and 0 < len(sent[:held.start()].split()) <= 10 and named_body(Folded.of(sent[:held.start()].lstrip("-–+•* ")).view) \
            and first_verb(Folded.of(guard(sent[:held.start()])).view) is None and not re.search(r"[,;:.]", sent[:held.start()]):
        return sent[:held.start()].lstrip("-–+•* ").strip(), sent[held.end():].strip()  # "Tổ công tác | họp định kỳ …"
    if (agent := _passive_agent(sent)) is not None:
        return agent  # "Chủ đề sinh hoạt chuyên đề do | chi ủy | lựa chọn, đăng ký … trước ngày 15 …" (a45-08)
    sent = W.BY_FUNCTION.sub(" ", sent)  # "… theo chức năng, nhiệm vụ, thẩm quyền": an adverbial inside the subject
    if (topic := _topic_named_again(sent) or _topic_asked(sent)) is not None:
        return topic  # "Đối với cơ quan, đơn vị có số liệu cần điều chỉnh …, trong thời hạn …, cơ quan, đơn vị | phải …"
    if W.LEAD_OPENING.match(sent):  # "Trên cơ sở đề nghị của các Bộ, cơ quan, Bộ Tài chính …", "Định kỳ (…), UBND …"
        # (the lead may close with a semicolon: "Căn cứ vào kết quả phê duyệt quy hoạch, tiêu chuẩn, … và yêu cầu, nhiệm
        # vụ; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm …", 45-HD-BTCTW)
        # (not past the lead's colon when a request follows it: "Đối với đề xuất …: giao Sở Nông nghiệp và Môi trường chủ
        # trì, phối hợp với Sở Tài chính, | Sở Tư pháp nghiên cứu …" names its lead after the cue, a26-03)
        asked = re.search(r":\s*(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s", sent[:200])
        first = True  # (the first body after the lead only: a later comma is inside a list of bodies)
        for m in re.finditer(r"[,;]\s*", sent[:asked.start() if asked else 200]):
            rest = sent[m.end():]
            if (limit := W.LIMIT_BEFORE_BODY.match(rest)) is not None:
                rest = rest[limit.end():]  # "Sau đối thoại, trong 10 ngày làm việc | Văn phòng Đảng ủy …": the body
            rv = Folded.of(rest).view
            # (a verb of the longer list after the body: "Sau mỗi hội nghị …, Văn phòng Đảng ủy | dự thảo thông báo …")
            if (P.ORG_HEAD_RE.match(rv) and (split_actor(guard(rest))[0] or (first and rest[:1].isupper() and actor(rest)[0]))) \
                    or (W.RESPONSIBLE_HEAD.match(rv) and W.RESPONSIBLE.search(rest)):
                sent = rest
                break
            first = first and not P.ORG_HEAD_RE.match(rv)
    guarded = guard(sent)
    resp = W.RESPONSIBLE.search(guarded)
    # "Bộ trưởng Bộ Nội vụ | chủ trì, phối hợp với … chịu trách nhiệm hướng dẫn …" (2500-QD-TTg): "chủ trì, phối
    # hợp" before "chịu trách nhiệm" ends the body there ("Các cơ quan, tổ chức chủ trì soạn thảo … có trách
    # nhiệm", "Sở Công Thương là cơ quan chủ trì có trách nhiệm" keep theirs)
    if resp and len(guarded[:resp.start()].split()) <= 25 and (P.ORG_HEAD_RE.match(Folded.of(guarded).view)
                                                                or W.MORE_HEADS.match(Folded.of(guarded).view)
                                                                or W.RESPONSIBLE_HEAD.match(Folded.of(guarded).view)) \
            and not re.search(r"\schu tri,?\s+phoi hop\b", Folded.of(guarded[:resp.start()]).view):
        who, what = guarded[:resp.start()].strip(" ,"), guarded[resp.start():].strip()
    else:
        who, what = split_actor(guarded)
    if who is None and (W.MORE_HEADS.match(Folded.of(guarded).view) or W.STRONG_HEAD.match(guarded)):
        who, what = cue_subject(guarded)  # "Giám đốc các Sở, Thủ trưởng … | xây dựng …"
        if who and what[:1].isupper() and fold(who).split()[-1:] and fold(who).split()[-1] in P.VERB_NAME_PREFIX:
            # "Ủy ban Kiểm tra" alone (a forms list's "Đơn vị sử dụng" cell read as a line, t22-08): a name's
            # capitalised word after its head ("Ban", "Phòng", "Tổ"), no verb
            who, what = None, guarded
        if who and (fold(clean_quote(who)).strip(" ,") in W.HEAD_VERBS
                    or W.HEAD_VERB_WORK.match(fold(clean_quote(who)).strip(" ,"))):
            # "Lãnh đạo rà soát, sửa đổi các nghị quyết …" under "1. Đảng đoàn Hội đồng nhân dân tỉnh" (tune17): a Party
            # body's verb of leading, not the leaders of a body ("Lãnh đạo các sở" names whose)
            who, what = None, guarded
    if who is None and (act := W.UNDERGONE_ACT.search(Folded.of(guarded[:120]).view)) \
            and named_body(Folded.of(guarded[:act.start()]).view) \
            and first_verb(Folded.of(guarded[:act.start()]).view) is None \
            and (verb := first_verb(Folded.of(guarded[act.end():]).view)) is not None and verb.start() == 0:
        who, what = guarded[:act.end()].strip(), guarded[act.end():]  # "Các chi bộ được kiểm tra | chuẩn bị báo cáo …"
    if who is None:
        m = W.MORE_VERBS.search(Folded.of(guarded).view)
        if m and m.start() > 0 and first_verb(Folded.of(guarded[:m.start()]).view) is None:
            # not after a clause that opens with its verb ("Chịu trách nhiệm trước Bộ Chính trị … | quyết định")
            head, rest = guarded[:m.start()], guarded[m.start():]
            w2, _ = split_actor(head + "thực hiện " + rest)
            if w2 and clean_quote(w2) == clean_quote(head):
                who, what = clean_quote(head), rest
    who, what = unguard(who), unguard(what)
    who = who.strip() if who else who  # (a guarded name's joined space: "các cơ quan báo_chí_ | đẩy mạnh …")
    if who and len(who.split()) > 10:
        # "Các Sở, ngành, đơn vị liên quan | kiện toàn và nâng cao trình độ … công tác xây dựng …": the
        # shared verb list stopped at a later verb; a task verb of the longer list ends the body first
        # (read on the guarded names: "… cá nhân có thẩm quyền quyết định được phân cấp" keeps its clause)
        wv = Folded.of(guard(who)).view
        m = W.MORE_VERBS.search(wv)
        steering = P.STEERING_NAME_RE.match(wv + " " + Folded.of(what or "").view)
        if m and steering and m.start() < steering.end("name"):
            m = None  # "Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã | tổ chức …": the verbs the committee's name holds
        # (a name the guard joined is words too: "Lưu_trữ_cơ_quan | lựa chọn hồ sơ …")
        if m and (len(wv[:m.start()].split()) >= 2 or "_" in wv[:m.start()]) and P.ORG_HEAD_RE.match(wv) \
                and not re.search(r"(?:co quan|canh sat|ban)\s+$", wv[:m.start()]):
            who, what = who[:m.start()].rstrip(" ,"), who[m.start():] + " " + (what or "")
    if who and W.TRAILING_VERB.search(who):
        m = W.TRAILING_VERB.search(who)
        who, what = who[:m.start()].rstrip(" ,"), who[m.start():].strip() + " " + (what or "")
    if who:
        # "Sở Khoa học và Công nghệ thúc đẩy, | theo dõi, báo cáo chỉ tiêu" (144-KH-UBND): a task verb
        # closing the body's name is the first of its tasks
        wv = Folded.of(who).view.rstrip(" ,")
        # a verb the split cut in two ("… thành phố Hà Nội tham gia | giám sát …"): it opens the task
        across = [x for x in W.MORE_VERBS.finditer(wv + " " + Folded.of(what or "").view[:30]) if x.start() < len(wv) < x.end()]
        if across and len(wv[:across[0].start()].split()) >= 2:
            k = across[0].start()
            return who[:k].rstrip(" ,"), who[k:].strip(" ,") + " " + (what or "")
        m = list(W.MORE_VERBS.finditer(wv))
        if m and m[-1].end() == len(wv) and len(wv[:m[-1].start()].split()) >= 2 and P.ORG_HEAD_RE.match(wv) \
                and not wv[:m[-1].start()].rstrip().endswith("giao"):  # "Bộ phận … được giao xử lý" names the unit
            who, what = who[:m[-1].start()].rstrip(" ,"), who[m[-1].start():].strip(" ,") + ", " + (what or "")
    given = W.GIVEN_ROLE.search(who or "")
    if given and len(who[:given.start()].split()) >= 2 and who[:given.start()].split()[1][:1].isupper() \
            and P.ORG_HEAD_RE.match(Folded.of(who).view):
        # "Sở Khoa học và Công nghệ | được giao quản lý, vận hành Hệ thống …": a named body, then the role it holds
        # ("Bộ phận … được giao xử lý", no proper name, is named by that role and keeps it)
        who, what = who[:given.start()].rstrip(" ,"), (what or "")
    if who and W.RELATIVE_END.search(who):
        w2, what2 = duty_inside(sent)
        if w2 and w2.startswith(who):
            who, what = w2, what2
    if who and _clause_after_semicolon(who):
        return None, sent
    if (closed := _level_closed(sent, who)) is not None:
        return closed
    if who and what and STRONG_NAME.match(who) and (field := _FIELD_CLOSE.match(Folded.of(what).view)) \
            and (verb := first_verb(Folded.of(what[field.end():]).view)) is not None and verb.start() == 0 \
            and not _LEVEL_END.search(Folded.of(who).view):
        # "Cục Kết cấu hạ tầng xây dựng | tham mưu …": a field word right before the task's own verb closes the
        # name (as body_name reads it in a heading), no verb of its own; a name closed by its level takes none after
        # it ("Trung tâm Phục vụ hành chính công phường, Công an phường | xây dựng báo cáo …": the task's verb)
        who, what = f"{who} {what[:field.end()].strip()}", what[field.end():].strip()
    return courtesy_cut(*limit_cut(handed_on(who), what))


# the field words a department's name may close with ("Cục Kết cấu hạ tầng xây dựng", "Cục Phát triển đô thị")
_FIELD_CLOSE = re.compile(r"(?:xay dung|phat trien|quan ly|dau tu)\s+")
# a local body's name closed by its level (folded): "Công an phường", "Trạm Y tế xã", "Hội Nông dân huyện"
_LEVEL_END = re.compile(r"(?<![a-z])(?:xa|phuong|thi tran|dac khu|huyen|tinh|thon|ap|to dan pho|khu pho)$")


# a local body's name closed by its level and place ("Trạm Y tế xã", "Chi đoàn các thôn", "Hội Nông dân phường Tân
# Lập"), then its task in small letters; the words after the level that still qualify the units (their kind, where they
# lie, a relative) are no task
_LEVEL_CLOSE = re.compile(r"(?<![a-z])(?:(?:cac|moi|tung) )?(?:xa|phuong|thi tran|thon|to dan pho|khu pho|"
                          r"khu dan cu|huyen|tinh)(?![a-z])")
_LEVEL_QUALIFIER = re.compile(r"(?:và|với|cùng|hoặc|của|có|thuộc|tại|trong|ngoài|ven|vùng|biên|miền|khu|nơi|được|đã|"
                              r"đang|sẽ|liên|giáp|trung|điểm|đặc|khó|nông|là|này|đó|trên|dưới|như|theo|các|xã|thôn|"
                              r"phường|tỉnh|huyện|bản|ấp|tổ|trường|phố|chủ|triển|thực|phải|cần|nên|mới)(?![^\W\d_])")


_COMPLETION_AFTER = re.compile(r"\s*(?:hoàn thành|xong|hoàn tất)\s+(?:trước|trong|chậm nhất|vào|từ|đến)\s", re.IGNORECASE)


def _level_split(clause: str) -> tuple[str, str, int] | None:
    """(name, words after it, end of the name) when a level word closes a named body in ``clause`` ("Công an xã",
    "Trạm Y tế xã Tân Lập": the place's capitalised name after the level) and words in small letters follow that do not
    qualify the place ("xã | và các thôn", "xã | mới"); None otherwise."""
    v = Folded.of(clause).view
    levels = [m for m in _LEVEL_CLOSE.finditer(v) if m.start() > 0]
    if not levels:
        return None
    end = levels[0].end()
    while (m := re.match(r" +(\w+)", clause[end:])) and m.group(1)[:1].isupper():
        end += m.end()
    tail = clause[end:].strip()
    name = clause[:end].strip()
    if len(tail.split()) < 2 or not tail[:1].islower() or _LEVEL_QUALIFIER.match(tail) \
            or not named_body(Folded.of(name).view):
        return None
    return name, tail, end


def level_cut(clause: str) -> tuple[str, str] | None:
    """(body, task) when ``clause`` opens with a local unit named by its level and the words in small letters after it
    open the task, its verb one no list holds: "Công an xã | thu nhận hồ sơ tại trụ sở …", "Ban Chỉ đạo xã | phúc tra
    ngẫu nhiên …" (obl52: after a "Ngoài …," clause, case_bodies.after_besides). None when no level word closes a
    named body within its first ten words, or the words after it qualify the place (:func:`_level_split`)."""
    if not P.ORG_HEAD_RE.match(Folded.of(clause).view):
        return None
    split = _level_split(clause)
    if split is None or len(split[0].split()) > 10 or first_verb(Folded.of(guard(split[0])).view) is not None:
        return None
    return split[0], split[1]


def _level_closed(sent: str, who: str | None) -> tuple[str, str] | None:
    """(body, task) of a plan item whose body is a local unit named by its level and whose task's verb no list holds:
    "Trạm Y tế xã | phun thuốc khử khuẩn, hoàn thành trước …", "Chi đoàn thôn | trồng cây …, xong trong tháng …".
    Why: the verb lists cannot hold every task, but a unit's name ends with its level and the place's capitalised name,
    so the words in small letters after them open the task. Only when the split found no task of its own before the
    clause's comma (who None, or the whole clause taken as the body)."""
    text = sent.lstrip("-–+•* ")
    clause, _, after = text.partition(",")
    if not _COMPLETION_AFTER.match(after):
        return None  # (only an item closed by its completion time: "…, hoàn thành trước ngày …", "…, xong trong tháng …")
    if who is not None and clean_quote(who).rstrip(" .") != clause.strip().rstrip(" ."):
        return None
    v = Folded.of(clause).view
    if not P.ORG_HEAD_RE.match(v) or len(clause.split()) > 16 or first_verb(Folded.of(guard(clause)).view) is not None:
        return None
    split = _level_split(clause)
    if split is None or re.search(r"\d", split[1]):
        return None
    return split[0], text[len(text) - len(text.lstrip()) + split[2]:].strip()


def _passive_agent(sent: str) -> tuple[str, str] | None:
    """(who, task) of a thing done by a body named after "do", by a date: "Chủ đề sinh hoạt chuyên đề do chi ủy | lựa
    chọn, đăng ký với Đảng ủy (qua Ban Xây dựng Đảng) trước ngày 15 tháng đầu của quý" (a Quy định of a Đảng ủy xã,
    a45-08), "Lịch tiếp công dân, đối thoại 6 tháng cuối năm 2028 do Văn phòng Đảng ủy | tham mưu, thông báo trước ngày
    25/6/2028" (a31-03) — the labels charge the agent with the thing, due on the date. Only a thing that names no body
    and opens with no verb, an agent that opens with a body's name and goes on with its act, and a due word in that act
    (an undated "Kinh phí do ngân sách xã bảo đảm", "… do Chủ tịch UBND xã quyết định" states who pays or decides)."""
    m = re.search(r"\sdo\s+(?=\S)", sent[:200])
    if m is None:
        return None
    thing = sent[:m.start()].lstrip("-–+•* ")
    tv = Folded.of(thing).view
    # (a verb inside the thing names it: "Chủ đề | sinh hoạt chuyên đề"; one that opens it is a clause of its own)
    if not thing[:1].isupper() or len(thing.split()) > 16 or named_body(tv) or re.search(r"[;:.]", thing) \
            or ((tverb := first_verb(tv)) is not None and tverb.start() == 0):
        return None
    rest = sent[m.end():]
    if not named_body(Folded.of(rest[:120]).view):
        return None
    who, what = actor(rest)
    if who and (more := W.MORE_VERBS.search(Folded.of(rest).view, 1)) and more.start() < len(who):
        # "chi ủy lựa chọn | đăng ký …": a verb of the longer list closed the name, its act goes on ("lựa chọn, đăng ký")
        who, what = who[:more.start()].strip(), rest[more.start():].strip()
    # (the due word in the agent's own clause: "Vũ khí, học cụ … do Ban CHQS xã chuẩn bị; thao trường được phát quang …
    # trước ngày khai mạc mỗi đợt" dates the range's clearing, not the unit's preparing, a35-08's labels)
    if not who or not what or not P.DUE_WORD_RE.search(Folded.of(what.split(";", 1)[0]).view):
        return None
    verb = first_verb(Folded.of(what).view)
    if (verb is None or verb.start() != 0) and not W.MORE_VERBS.match(Folded.of(what).view):
        return None
    return who, f"{what} ({thing})"


def _leaders_present(sent: str) -> tuple[str, str] | None:
    """(who, task) of "Lãnh đạo <bodies> <presence act>" (W.LEADERS_OF, W.PRESENCE_ACT): "Lãnh đạo Đảng ủy, HĐND, UBND,
    Ủy ban MTTQ Việt Nam xã | dự Ngày hội tại khu dân cư điểm" — the leaders of the bodies named, charged with being
    there; None otherwise ("Lãnh đạo Công an tỉnh bảo đảm …" under a Party committee's heading is its verb)."""
    whole = W.LEADERS_OF.match(sent)
    if whole is None:
        return None
    rest = sent[whole.end():]
    v = Folded.of(rest).view
    for m in re.finditer(r"(?<=\s)", v[:240]):
        if not W.PRESENCE_ACT.match(v, m.start()) or not rest[m.start()].islower():
            continue  # (the act is a verb in small letters: "… Sở Văn hóa, Thể thao và Du lịch" goes on)
        bodies = rest[:m.start()].strip(" ,")
        bv = Folded.of(bodies).view
        # (not the guests a rule admits: "Lãnh đạo Ủy ban nhân dân xã được mời | dự hội nghị BCH khi …", a Quy chế)
        if named_body(bv) and first_verb(Folded.of(guard(bodies)).view) is None and len(bodies.split()) <= 20 \
                and not re.search(r"(?<![a-z])duoc(?![a-z])", bv):
            return sent[:whole.end()].lstrip("-–+•* ") + bodies, rest[m.start():].strip()
        return None
    return None


def _kind_before_verb(rest: str, opens: bool = True) -> tuple[str | None, str]:
    """(kind, task) of the words after "Mỗi" when they name the grassroots units of an organisation (W.GRASSROOTS_UNIT:
    "cơ sở Đoàn", "cơ sở Hội", "tổ chức cơ sở đảng") of four words at most, then a verb: "cơ sở Đoàn | tổ chức ít nhất
    01 hoạt động …"; (None, rest) otherwise ("mỗi xã, phường bố trí …" after "Ủy ban nhân dân các xã, phường …": the
    communes just charged, no kind of unit)."""
    v = Folded.of(rest).view
    verb = first_verb(v)
    if verb is not None and (unit := W.RESIDENTIAL_UNIT.match(v)) and unit.end() == len(v[:verb.start()].rstrip()) \
            and rest[:1].islower():
        # "Mỗi thôn | bố trí ít nhất 02 người am hiểu địa bàn …" (a sentence of a commune's plan, a37-03): the units
        # charged one by one, named as the labels write the group, "Các thôn"
        return "Các " + rest[:unit.end()].strip(), rest[verb.start():]
    if opens and verb is not None and rest[:1].islower() and (unit := W.CHARGED_UNIT.match(v)) \
            and 0 < len(v[:verb.start()].split()) <= 8 and not W.EACH_UNIT_NOT_CHARGED.search(v[unit.end():verb.end() + 40]):
        # "Mỗi chi hội | kết nạp ít nhất 05 hội viên …", "Mỗi đảng ủy xã, phường | tổ chức ít nhất 01 hội nghị …",
        # "Từng lớp | lập danh sách …": the unit's kind (and its levels), then a task verb; named as written, "Mỗi chi
        # hội" (a norm per unit among a topic's means is the prose reader's to drop: prose_sentences.topic_norm). Only
        # a sentence that opens with "Mỗi" (``opens``): after a label or a comma ("Bóng đá nam: mỗi đơn vị đăng ký 01
        # đội") it is a rule of the topic; nor what units receive ("Mỗi chi bộ được cấp …") or may enter ("đăng ký
        # không quá 06 thí sinh", a contest's cap), W.EACH_UNIT_NOT_CHARGED
        return rest[:verb.start()].strip(), rest[verb.start():]
    if verb is None or not W.GRASSROOTS_UNIT.match(v) or not 0 < len(v[:verb.start()].split()) <= 4:
        return None, rest
    return rest[:verb.start()].strip(), rest[verb.start():]


def _after_consent(sent: str) -> int | None:
    """Where the clause after a leader's consent opens, a ";" closing the consent: "Chủ tịch Ủy ban nhân dân tỉnh đồng
    ý về chủ trương; các sở, ngành được giao quản lý dự án hoàn thiện hồ sơ …" (a Thông báo kết luận's answer to a
    proposal, t27-09): the consent is the chair's decision, no task (W.CONSENT_END); the clause after it charges its own
    body. None when the sentence opens with no such consent (within 160 characters) or no body follows it."""
    at = sent.find(";", 0, 160)
    if at < 0 or not W.CONSENT_END.search(Folded.of(sent[:at]).view):
        return None
    tail = sent[at + 1:].lstrip()
    if not named_body(Folded.of(tail[:120]).view):
        return None
    return len(sent) - len(tail)


def _clause_after_semicolon(who: str) -> bool:
    """A "body" that runs past a ";" into a clause in lower case that names no body: the tail of the sentence before,
    cut from it by a blank line (legacy OCR puts one after every line: "… cá nhân Ban⏎Thường vụ⏎⏎Tỉnh ủy; đánh giá,
    xếp loại chất lượng các đảng bộ …" read "Tỉnh ủy; đánh giá" as the body of the second half). No body (the sentence
    is a further task of the body before it); a list of bodies parted by ";" ("các sở, ngành; ủy ban nhân dân các
    xã", "Các phòng, ban, ngành thuộc phường; các chi, Đảng bộ trực thuộc Đảng ủy phường": a body among its commas)
    keeps its name."""
    head, sep, tail = who.rpartition(";")
    tail = tail.strip()
    return bool(sep) and bool(head.strip()) and tail[:1].islower() \
        and not any(named_body(Folded.of(part.strip()).view) for part in tail.split(","))


def _topic_named_again(sent: str) -> tuple[str, str] | None:
    """(topic, task) of a sentence that opens with the bodies it is about ("Đối với …") and names them again by a short
    name after the clauses between, the short name's words all the topic's (W.TOPIC_OPENING): "Đối với cơ quan, đơn vị
    có số liệu cần điều chỉnh …, trong thời hạn 03 ngày làm việc …, cơ quan, đơn vị | phải gửi lại báo cáo …" → "Cơ
    quan, đơn vị có số liệu cần điều chỉnh …"; None when the sentence has no such shape."""
    m = W.TOPIC_OPENING.match(sent)
    if not m:
        return None
    for c in re.finditer(r",\s*", sent[:300]):
        if c.start() <= m.end():
            continue
        rest = sent[c.end():]
        rv = Folded.of(rest).view
        verb = first_verb(rv)
        if verb is None or verb.start() == 0:
            continue
        said_v = rv[:verb.start()]
        title = W.TOPIC_HEAD_TITLE.match(said_v)
        said = re.sub(r"[,;]", " ", said_v[title.end():] if title else said_v).split()
        topic = sent[m.end():c.start()]
        own = set(re.sub(r"[,;:.()]", " ", fold(topic)).split())
        if not 0 < len(said) <= 8 or any(w not in own and w not in W.TOPIC_BACK_WORDS for w in said) \
                or not any(w in own for w in said):
            continue
        topic = W.TOPIC_CLAUSE.split(topic, maxsplit=1)[0].strip(" ,")
        tv = Folded.of(topic).view
        if not (named_body(tv) or named_body("cac " + tv)) or len(topic.split()) > 30:  # "cơ quan, đơn vị có …" (no "các")
            return None
        if title:  # "bí thư chi bộ" of the chi bộ the topic names: the title, then the topic
            topic = rest[:title.end()].strip() + " " + topic
        return topic[:1].upper() + topic[1:], rest[verb.start():].strip()
    return None


def _topic_asked(sent: str) -> tuple[str, str] | None:
    """(topic, task) of a sentence that opens with the bodies it is about ("Đối với …") and asks them after a comma with
    no addressee of its own, the cue's next word a verb (W.TOPIC_ASKED): "Đối với 08 đảng ủy xã, phường, đặc khu còn
    lại chưa gửi báo cáo (có danh sách kèm theo), đề nghị | gửi báo cáo trước ngày 12/6/2027" → "08 đảng ủy xã, phường,
    đặc khu còn lại chưa gửi báo cáo"; None when the sentence has no such shape (a cue that names its addressee,
    "Đối với dự án chậm tiến độ, đề nghị Sở Tài chính …", is read as the request it is)."""
    m = W.TOPIC_OPENING.match(sent)
    ask = W.TOPIC_ASKED.search(sent, m.end(), m.end() + 300) if m else None
    if ask is None:
        return None
    rest = sent[ask.end():]
    verb = first_verb(Folded.of(rest).view)
    if verb is None or verb.start() != 0:
        return None
    topic = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(sent[m.end():ask.start()].split())).strip(" ,")
    tv = W.TOPIC_COUNT.sub("", Folded.of(topic).view)
    if not topic or len(topic.split()) > 30 or not (named_body(tv) or named_body("cac " + tv)):
        return None  # "Đối với hồ sơ còn thiếu, đề nghị bổ sung …": a thing, no body
    return topic[:1].upper() + topic[1:], rest.strip()


def limit_cut(who: str | None, what: str) -> tuple[str | None, str]:
    """A relative time limit between the body and its verb ("Các tổ dân phố | trong thời hạn 10 ngày làm việc kể từ
    ngày nhận được Kế hoạch này, | lập danh sách …", a newcomer's ward plan, session 16) is the task's time, not part
    of the body's name: it goes to the task, where the undated-time rule reads it (``undated_dues``)."""
    if not who:
        return who, what
    wv = Folded.of(who).view
    m = RELATIVE_LIMIT_RE.search(wv)
    if m is None or not (m.group("firm") or m.group("anchor")) or len(wv[:m.start()].split()) < 2 \
            or not (P.ORG_HEAD_RE.match(wv) or W.MORE_HEADS.match(wv)):
        return who, what
    return who[:m.start()].rstrip(" ,"), (who[m.start():].strip(" ,") + ", " + (what or "")).strip(" ,")


def handed_on(who: str | None) -> str | None:
    """The body charged when the subject hands the task on ("Đảng ủy giao | Ủy ban nhân dân xã cụ thể hóa …",
    ``assignment_words.ASSIGNER_CUE``): the named body after the cue, the assigner's few words before it dropped."""
    if not who:
        return who
    wv = Folded.of(who).view
    m = W.ASSIGNER_CUE.search(wv)
    if m is None or not 1 <= len(wv[:m.start()].split()) <= 6 or not P.ORG_HEAD_RE.match(wv):
        return who
    printed = " ".join(who[m.start():m.end()].split()).lower()
    if printed != " ".join(wv[m.start():m.end()].split()) and printed not in W.ASSIGNER_CUE_PRINTED:
        return who  # "Ban Tuyên giáo Huyện ủy": "giáo" folds like the cue "giao" (text without marks: any match)
    rest = who[m.end():]
    rv = wv[m.end():]
    if rest[:1].isupper() and (P.ORG_HEAD_RE.match(rv) or W.MORE_HEADS.match(rv)) and not P.NOT_ORG_RE.match(rv):
        return rest.strip(" ,")
    return who


def courtesy_cut(who: str | None, what: str) -> tuple[str | None, str]:
    """A courtesy or modal word inside the body's name opens its act ("Ủy ban nhân dân xã Bát Tràng | trân trọng
    báo cáo./.", "Ủy ban nhân dân xã | sẽ hoàn thành …", "… | kính trình Hội đồng nhân dân xã xem xét …"): no
    name holds "trân trọng", "kính trình", "sẽ", "xin" (``assignment_words.COURTESY_OPENING``); nor a level word's
    lower-case "sở", legacy OCR's "sẽ" ("Chủ tịch Ủy ban nhân dân tỉnh | sở trực tiếp kiểm tra …", a19-03's eng form:
    ``assignment_words.LEGACY_SE``), given back to the task as "sẽ"."""
    if not who:
        return who, what
    if (se := W.LEGACY_SE.search(who)) and len(who[:se.start()].split()) >= 3:
        return who[:se.start()].rstrip(" ,"), ("sẽ " + who[se.end():].strip() + " " + (what or "")).strip()
    wv = fold(who)
    m = W.COURTESY_OPENING.search(wv) if len(wv) == len(who) else None
    if m is None or len(wv[:m.start()].split()) < 2:
        return who, what
    return who[:m.start()].rstrip(" ,"), (who[m.start():].strip() + " " + (what or "")).strip()


def cue_subject(rest: str) -> tuple[str | None, str]:
    """After "Giao"/"Đề nghị", the body runs to its first verb or adverb, "tổ chức" counted as a
    verb ("Giao Thanh tra thành phố | tổ chức thanh tra …", "Giao Công an thành phố | kịp thời …"); read on the
    guarded names ("Giao Bộ Xây dựng | quản lý Quỹ" is no "Bộ | Xây dựng …")."""
    guarded = guard(rest)
    v = Folded.of(guarded).view
    for m in W.CUE_STOP.finditer(v):
        head = rest[:m.start()].strip(" ,\n\t")
        if m.group().startswith("quan ly") and not (guarded[:m.start()].split() or [""])[-1][:1].isupper():
            continue  # "giao Bộ Xây_dựng | quản lý" ends a name; "thuộc diện Ban Bí thư quản lý" does not
        hv = Folded.of(head).view
        if hv.endswith("ban") and v.startswith("chi dao", m.start()):
            continue  # "Ban | Chỉ đạo …" is "Ban Chỉ đạo …", a name
        if P.AGENT_NOUN_NEXT.match(v, m.end()):
            continue  # "các đồng chí | báo cáo viên của Tỉnh ủy": the verb and "viên" are a person's role, no act
        if head and (P.ORG_HEAD_RE.match(hv) or W.MORE_HEADS.match(hv) or W.STRONG_HEAD.match(head)) \
                and (len(head.split()) <= 40 or long_body_list(hv)):  # "các đồng chí Bộ trưởng, …, Chủ tịch UBND các tỉnh, thành phố …"
            return head, rest[m.start():].strip()
    return None, rest


def cue_body(heading: str) -> str | None:
    """The body a "Giao X …" / "Đề nghị X …" heading assigns, or None."""
    cue = W.CUE.match(Folded.of(heading).view)
    if not cue:
        return None
    who, _ = subject(heading[cue.end():])
    if who is None:
        who, _ = cue_subject(heading[cue.end():])
    return who


def duty_inside(sent: str) -> tuple[str | None, str]:
    """A duty stated after a condition: "Đối với …, thì các cấp ủy, tổ chức đảng | phải kịp thời …"; or the
    bodies the case clause names: "Trường hợp các cơ quan nhà nước đang sử dụng chữ ký số công cộng | thì được tiếp
    tục sử dụng nhưng phải chuyển sang …" (165/2025/QĐ-UBND)."""
    case = W.CASE_SUBJECT_DUTY.match(sent)
    if case and named_body(Folded.of(case.group("who")).view) and not W.NOT_BODY.match(Folded.of(case.group("who")).view):
        return case.group("who")[:1].upper() + case.group("who")[1:], case.group("what").strip()
    for m in W.MUST.finditer(sent):
        who = m.group("who").strip(" ,")
        v = Folded.of(who).view
        sep = sent[m.start():m.start("who")].strip()
        if sep == "," and not re.match(r"(?:cac|cap)\s", v) and not W.ADVERBIAL_OPENING.match(sent):
            # "… thuộc diện Bộ Chính trị, Ban Bí thư quản lý phải …": a list goes on, no new subject; after an opening
            # adverbial the body is the subject ("Trong một số trường hợp để điều tiết …, Sở Công Thương có trách
            # nhiệm tham mưu …", 137-2025-QD-UBND)
            continue
        if sep in (",", ";") and not named_body(v):
            continue  # "…, các ý kiến khác cũng phải được ghi nhận": no body
        # "cấp có thẩm quyền phải xem xét": the authority a duty names (only as the subject of "phải")
        if (P.ORG_HEAD_RE.match(v) or W.MORE_HEADS.match(v) or W.AUTHORITY.match(v)) and not W.NOT_BODY.match(v) \
                and len(who.split()) <= 20:
            return who, sent[m.end("who"):].strip()
    return None, sent


def named_body(v: str) -> bool:
    """The folded phrase ``v`` opens with a body's or role's name, not just a plural
    ("các cấp ủy", "các cơ quan, đơn vị", "cấp có thẩm quyền" yes; "các giấy tờ", "các ý kiến" no)."""
    if W.CONDITION.match(v):
        return False  # "trường hợp từ chối thì …", "nếu …": a condition, not a subject
    if W.LEVEL_NUMERAL.match(v):
        return False  # "cấp II, phải đăng ký …": a danger level, no body
    plural = re.match(r"(?:cac|nhung|moi|toan the)\s+", v)
    rest = v[plural.end():] if plural else v
    if not plural and rest.startswith("to chuc ") and not W.RESPONSIBLE_HEAD.match(rest):
        return False  # "Tổ chức việc cưới": a task, not "tổ" (a team); "tổ chức quản lý trực tiếp" is a role
    m = P.ORG_HEAD_RE.match(rest)
    return bool((m and m.group() not in W.WEAK_HEADS) or (plural and W.PLURAL_BODY.match(rest))
                or W.MORE_HEADS.match(rest) or W.AUTHORITY.match(v))


def duty_intro(own: str) -> str | None:
    """The body an intro without a cue word charges with the items after it: "…, thành phố
    Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:", "Các sở, ban,
    ngành có trách nhiệm thực hiện các nhiệm vụ sau:". None when the intro names no body."""
    if not W.DUTY_INTRO_END.search(own):
        return None
    for start in [0] + [m.end() for m in re.finditer(r"[,;]\s*", own)]:
        m = W.DUTY_INTRO.match(own, start)
        if not m:
            continue
        who = m.group("who").strip(" ,")
        v = Folded.of(who).view
        if (named_body(v) or W.PLACE_BODY.match(v)) and not W.NOT_BODY.match(v) and len(who.split()) <= 20:
            return clean_who(who)
    return None


#: bodies named by their plural in lower case after a colon (folded): "các cơ quan, đơn vị …", "các sở, ban, ngành …"
_PLURAL_BODIES = re.compile(r"(?:cac|nhung)\s+(?:co quan|don vi|so|ban|nganh|dia phuong|xa|phuong|chi bo|dang uy|"
                            r"to chuc|hoi|thon|doan the|truong|phong)\b")


def after_topic(sent: str) -> tuple[str | None, str]:
    """A body acting after the topic's colon: "Cơ cấu, tỷ lệ cán bộ trẻ … ở cấp xã : Ban thường vụ
    tỉnh ủy, … | quy định cụ thể …". Label lines ("Đơn vị phối hợp: …") are not topics."""
    colon = colon_outside_brackets(sent[:300])  # (a leader named in a bracket: "Tiểu ban X (Trưởng tiểu ban: …): …")
    listed = V.NAME_LIST_RE.search(sent[:colon + 3]) if colon >= 0 else None
    if listed and re.search(r"(?i)(?<![^\W\d_])cơ\s+$", sent[:listed.start()]):
        listed = None  # "… phương án xử lý từng cơ sở: Sở Tài chính chủ trì …": a facility, no list of Sở's
    if colon < 0 or W.META_LINE.match(Folded.of(sent).view) \
            or (listed and not W.TIER_LABEL.fullmatch(fold(sent[:colon]))):
        return None, sent  # (a tier label, "Cấp xã: Chủ tịch UBND các xã, phường …", is a topic, not a name list)
    tail = sent[colon + 1:].strip(" *")
    if not tail[:1].isupper() and not _PLURAL_BODIES.match(fold(tail)):
        # (a step's task, then its bodies in lower case: "Bước 1. Rà soát hồ sơ pháp lý …: các cơ quan, đơn vị đang
        # quản lý tài sản và UBND các xã, phường hoàn thành trước ngày …")
        return None, sent
    who, what = actor(tail)
    if who and what and named_body(Folded.of(who).view) and not W.NOT_BODY.match(Folded.of(who).view):
        return who, what
    if who is None and (place := place_itself(tail)):
        return place  # "Về việc hỗ trợ 20 xe ô tô …: Tỉnh | căn cứ các quy định hiện hành …" (648/TB-VPCP)
    return None, sent


def place_itself(text: str) -> tuple[str, str] | None:
    """(who, task) when a clause opens with the province or city the document addresses, named by its level alone in
    capitals before its task verb in small letters: "Tỉnh | thực hiện theo chỉ đạo …" in a Thông báo kết luận of the
    Prime Minister's visit (648/TB-VPCP; "Tỉnh ủy", "Tỉnh đoàn" open with no verb and are left)."""
    place = W.PLACE_ITSELF.match(text)
    rest = text[place.end():] if place else ""
    if not place or not rest[:1].islower():
        return None
    verb = first_verb(Folded.of(rest).view)
    return (place.group().strip(), rest.strip()) if verb is not None and verb.start() == 0 else None


def mended_name(who: str) -> str:
    """``who`` without a scan's marks inside a body's fixed name: a table rule read as a dash ("Đảng ủy Ủy - ban nhân
    dân xã" → "Đảng ủy Ủy ban nhân dân xã") and a quote mark opening it that nothing closes ("'Ủy ban Mặt trận Tổ quốc
    xã")."""
    quote = W.STRAY_QUOTE_OPENING.match(who)
    if quote and not re.search(r"['’´\"”]", who[quote.end():]):
        who = who[quote.end():]
    view = Folded.of(who).view
    if len(view) != len(who):
        return who
    for m in reversed(list(W.RULE_IN_NAME.finditer(view))):
        who = who[:m.start()] + " " + who[m.end():]
    return who


def undergone(who: str | None, what: str) -> tuple[str | None, str]:
    """A subject cut after its "được": "các chi ủy, chi bộ được | kiểm tra, giám sát chuẩn bị báo cáo …" → "các chi
    ủy, chi bộ được kiểm tra, giám sát | chuẩn bị báo cáo …" (t18-03): the acts name which bodies, the verb after them
    is their task."""
    if not who or not re.search(r"\s(?:được|bị)$", who.strip()):
        return who, what
    acts = W.UNDERGONE_ACTS.match(Folded.of(what).view)
    if acts is None or first_verb(Folded.of(what[acts.end():]).view) is None:
        return who, what
    return who.strip() + " " + what[:acts.end()].strip(), what[acts.end():]


def member_heading(own: str) -> tuple[str, str] | None:
    """(who, rest) of an item that opens with a named member's heading (``W.MEMBER_HEAD``: "Đồng chí Vũ Thị Hạnh - Bí thư
    Đảng ủy, Chủ tịch Hội đồng nhân dân phường"): the member as printed, with the courtesy title and the offices (the
    labels write the heading whole), and the text after it (the duties on the heading's line, if any); None otherwise."""
    m = W.MEMBER_HEAD.match(own) or W.MEMBER_COMMA_HEAD.match(own)  # "Bà Nguyễn Thị Mai, Phó Chủ tịch UBND xã, giúp …"
    if not m:
        return None
    return clean_quote(m.group("who")), clean_quote(own[m.end():].lstrip(" *:\n"))


def joint_name_keys(names) -> set[str]:
    """The bodies a joint heading lists (``names``: "Trưởng ban", "Phó Trưởng ban" of "1. Trưởng ban, Phó Trưởng ban"),
    each folded with its markup and closing stop cut, as a clause under it names one of them: one reading for the
    block's clauses (:mod:`.block_bodies`) and the paragraph under the heading (:mod:`.heading_wraps`)."""
    return {fold(x).strip(" *.:") for x in names}


def clean_who(who: str) -> str:
    who = W.OCR_HEAD.sub(lambda m: "Bộ" if m.group("bo") else "Sở", who)  # "BG Xây dựng" → "Bộ Xây dựng"
    who = re.sub(r"(?<=\w)\?(?=\w|\s|$)", "", who)  # OCR's doubt mark inside a name ("tổ chứ?c", "căn cứ?")
    # "Viện trưởng … có những nhiệm vụ, quyền hạn sau đây" names the Viện trưởng
    # ("Tổng cục Hậu cần - Kỹ thuật", "Cục Hậu cần": the noun "hậu cần" (logistics), not the modal "cần")
    who = re.split(r"\s(?:có (?:các |những )?(?:nhiệm vụ|nghĩa vụ)|có (?:các |những )?trách nhiệm|(?<![Hh]ậu )cần|căn cứ|phải|cụ thể hóa"
                   r"|cụ thể hoá|tập trung|thống nhất)(?:\s|,|$)", clean_quote(who))[0]
    # "Các xã tự | rà soát …": "tự" (by themselves) belongs to the verb, like "sẽ"
    # (not the "tự" of a name: "Phòng Cảnh sát trật tự", "thứ tự", capitalised too: "Tiểu ban An ninh - Trật tự", a45-02)
    who = re.sub(r"(?:\s+(?:sẽ|se)|(?<![Tt]rật)(?<![Tt]hứ)\s+tự)$", "", W.WHO_TAIL.sub("", who))
    who = W.APPOSITION.sub("", who)  # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo" is the Sở
    who = W.WHO_SCOPE_TAIL.sub("", who)  # "… đại biểu Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn"
    who = W.TITLE_HEAD.sub("", who)  # "đồng chí Bộ trưởng Bộ Xây dựng"
    who = W.ENUMERATOR_TAIL.sub("", who)  # "Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền …" (375-NQ-CP)
    while W.MANNER_TAIL.search(who) and len(who.split()) > 2:
        who = W.MANNER_TAIL.sub("", who)  # "… Bộ trưởng Bộ Xây dựng trực tiếp | chỉ đạo"
    # a compound name's hyphen printed glued between lower-case words ("các tổ chức chính trị-xã hội") is spaced as the
    # name is written elsewhere and in the labels ("chính trị - xã hội"): one body, one spelling
    return _GLUED_NAME_HYPHEN_RE.sub(lambda m: " - " if m.group(1).islower() and m.group(2).islower() else m.group(0), who)


_GLUED_NAME_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])(?<=(.))-(?=([^\W\d_]))")


def reported(who: str, what: str, rule: bool = False) -> bool:
    """The sentence reports what a body did, does or is, rather than assigning it a task: "Bộ Công
    an đã | tổ chức …", "Cục Thuế có kế hoạch …", "Các bên … là các bên …". A marker that closes a
    relative clause on a thing ("cơ quan chủ quản các dự án đang triển khai thi công | tiếp tục chỉ
    đạo …") leaves the assignment standing. In a rule-making document (``rule``) a past act inside the
    subject's name describes it (:func:`_described_subject`)."""
    if W.REPORT_WHAT.match(what.strip()) or W.STATEMENT_WHO.search(who) or W.COMPETENCE_WHO.match(who) \
            or W.DEFINITION_WHO.search(who) or W.POWERS_INTRO.match(re.split(r"[:;]", what, maxsplit=1)[0].strip()):
        return True
    for m in W.TENSE_WHO.finditer(who):
        if who[m.end():].strip() and W.PLURAL_WHO.match(who):
            continue  # "Các cơ sở đã lập hồ sơ … | gửi …": the bodies that have done it
        if rule and _described_subject(who, m, what):
            continue
        if not W.THING_BEFORE.search(fold(who[:m.start()])):
            return True
    cop = W.COPULA_WHO.search(who)
    if cop:
        head = Folded.of(who[:cop.start()]).view
        if not (named_body(head) or P.ORG_HEAD_RE.match(head) or W.MORE_HEADS.match(head)):
            return True
    return False


def _described_subject(who: str, tense: re.Match[str], what: str) -> bool:
    """The "đã" / "đang" at ``tense`` opens a clause that describes the subject of a rule, not a report of what it
    did: a duty marker opens ``what`` ("Doanh nghiệp nhập khẩu, phá dỡ tàu biển đã qua sử dụng | phải mua bảo hiểm
    …", "Hợp tác xã … có chi nhánh đã chấm dứt hoạt động | chịu trách nhiệm thực hiện các hợp đồng …", "… thì người
    đã ra quyết định xử phạt | phải hủy quyết định đó …"), or a relative "nơi" / "mà" opens the clause ("Sở Tư pháp
    nơi đã cấp Thẻ đấu giá viên | quyết định thu hồi …"). Words after it that request ("Bộ … đã yêu cầu các cơ sở |
    phải …") or name a document issued ("… đã ban hành văn bản …") keep it a report."""
    rest = fold(who[tense.end():]).strip()
    if not rest or W.CUE_ANY.search(rest + " ") or re.match(r"(?:ban hanh|co van ban|chi dao)\b", rest):
        return False
    relative = bool(re.search(r"(?:^|\s)(?:noi|ma)$", fold(who[:tense.start()])))
    return relative or bool(D.MARKER.match(fold(what).strip()))


def head_spelled_apart(who: str) -> bool:
    """A subject whose one-word head folds like a body's but is spelled as another word
    (:data:`~vanban.extract.assignment_words.HEAD_SPELLINGS`): "bảo tồn", "trùng tu", "Trùng tu, tôn tạo đình làng;
    bàn giao" — an act, no body. Only a short subject (three words at most) or one whose second word is in small
    letters: a body's name goes on in capitals ("Ban Chỉ đạo xã"), and a scan's one misread mark in a long name is no
    act. A subject with no mark at all (legacy OCR before its restoration) is left to the folded lists."""
    w = nfc(who.strip().lstrip("-–+•* "))
    words = w.split()
    if not words or not has_diacritics(w) or (len(words) > 3 and not words[1][:1].islower()):
        return False
    first = words[0].lower()
    spelled = W.HEAD_SPELLINGS.get(fold(first))
    two = " ".join(words[:2]).lower().strip(" ,;:.")
    if spelled is None or first in spelled or two in spelled:
        return False
    # (fixrev47) the body named after a comma, the head only the tail of a clause before it: "…, tờ khai điện tử, tổ
    # chức, cá nhân | gửi đến …" (163-2025-QD-CTUBND), "… bảo vật quốc gia đi trưng bày có thời hạn ở nước ngoài, Bộ
    # Văn hóa, Thể thao và Du lịch | chủ trì phối hợp …" (308-2025-ND-CP khoản 5): a proper name in capitals, or a bare
    # body noun of two words at most ("tổ chức", "cá nhân"); not "bảo tồn, tổ chức lễ hội" (an act's object after it)
    return not any(named_body(fold(part.strip())) and (part.strip()[:1].isupper() or len(part.split()) <= 2)
                   for part in w.split(",")[1:] if part.strip())


def thing_subject(who: str, what: str) -> bool:
    """The subject is a thing or a clause on validity, not a body: "Bộ tiêu chí đánh giá … | ban hành",
    "Các thiết bị, hệ thống thiết bị … | phải được nghiệm thu …", "Các quyết định sau hết hiệu lực …"."""
    return bool(W.SET_OF_WHO.match(who.strip()) or W.PASSIVE_WHAT.match(fold(what).strip())
                or W.PLURAL_TOPIC.match(fold(who).strip()) or W.TASK_TOPIC_WHO.match(who.strip()) or head_spelled_apart(who)
                or W.THING_WHO.match(fold(who).strip())
                # the topic cut by the verb list: "Các trường | thông tin chia sẻ do … quyết định" (384-QD-TW)
                or W.PLURAL_TOPIC.match(fold(who.strip() + " " + what.strip()))
                or W.VALIDITY.search(fold(who).strip()) or W.VALIDITY.match(fold(what).strip()))


def executing_clause(who: str, what: str) -> bool:
    """The names before "chịu trách nhiệm thi hành Quyết định này" carry no other task: the closing
    article ("Chánh Văn phòng | UBND tỉnh, Giám đốc Sở Y tế, … chịu trách nhiệm thi hành Quyết định này")."""
    v = Folded.of(what).view
    m = W.EXECUTING.search(v)
    # "Bộ trưởng các Bộ: | Xây dựng, Ngoại giao, … chịu trách nhiệm thi hành Nghị quyết này" (385-NQ-CP):
    # the fields of a list of ministries are names, not verbs
    names = W.BARE_FIELDS.sub(lambda x: x.group().replace(" ", "_"), what[:m.start()]) if m else ""
    # "Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ đơn vị sự nghiệp công lập tự | đảm bảo chi
    # thường xuyên …), tổ chức … chịu trách nhiệm thi hành Quyết định này" (98-2025-QD-UBND_quang-ninh, read before
    # vanban's output): a verb inside the parenthesis the split cut is part of the names
    if who.count("(") > who.count(")") and ")" in names:
        names = names[names.index(")") + 1:]
    names = re.sub(r"\([^()]*\)", " ", names)
    # before "chịu trách nhiệm thi hành" a "tổ chức" is the noun ("…, tổ chức hành chính khác thuộc …")
    names = re.sub(r"(?i)\btổ chức\b", "tổ_chức", names)
    return bool(m) and first_verb(Folded.of(guard(names)).view) is None


def competence(what: str, doc_type: str | None, who: str = "") -> bool:
    """In a rule-making document (Quyết định, Thông tư, Nghị định …) a subject that "quyết định …" or
    "phê duyệt …" is given a power, not a task: "Ủy ban nhân dân cấp xã | quyết định thu hồi tài sản
    công …" (44-2025-QD-CTUBND). A plan's or a Công điện's "… quyết định …" is left alone."""
    if not rule_document(doc_type):
        return False
    # "Chủ tịch Ủy ban nhân dân thành phố quyết định phê duyệt phương án xử lý tài sản đối với: | …"
    return bool(W.COMPETENCE_WHAT.match(fold(what).strip()) or W.COMPETENCE_IN_WHO.search(fold(who)))


def rule_document(doc_type: str | None) -> bool:
    """The document makes rules (Quyết định, Thông tư, Nghị định, Quy chế …: ``assignment_words.NORM_TYPES``)."""
    return bool(doc_type) and fold(doc_type).strip() in W.NORM_TYPES


def is_self(who: str, issuer: str | None) -> bool:
    # the header prints the issuer in capitals ("SỞ Y TẾ"), the body names it in normal case ("Sở Y tế")
    if not issuer:
        return False
    # "Ủy ban nhân dân xã" in the letter of "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG": the issuer named by its level (the name
    # stays as written)
    level = re.fullmatch(rf"(?:uy ban nhan dan|ubnd) ({ADMIN_LEVEL_RE})", fold(who or ""))  # every level: quận, đặc khu
    if level and fold(issuer).startswith("uy ban nhan dan " + level.group(1) + " "):
        return True
    if fold(self_name(who, issuer)) == fold(issuer):
        return True
    # the issuer under its short name ("Sở GDĐT" in the letter of "SỞ GIÁO DỤC VÀ ĐÀO TẠO", a24-04; "UBND tỉnh")
    return spellings(fold(joined_ampersand(who or "")))[0] == spellings(fold(issuer))[0]


def self_name(who: str, issuer: str | None) -> str:
    """'Sở', 'Văn phòng' for the issuer speaking of itself → its full name."""
    if issuer and fold(who) in ("so", "van phong", "cuc", "bo", "uy ban", "ban", "ubnd tinh", "uy ban nhan dan tinh"):
        if fold(who).endswith(" tinh") and not re.match(r"(?:ubnd|uy ban nhan dan) tinh\b", fold(issuer)):
            return who  # the province's UBND in a commune's report ("… kính đề nghị Ủy ban nhân dân tỉnh …"): the body above it
        if fold(issuer).startswith(fold(who).split()[0]):
            return issuer
    return who



def task_phrase(text: str) -> str:
    """A task as its verb phrase: parentheses (not the item labels a reference names, :data:`W.BRACKETED_REFERENCE`),
    dates, Markdown marks standing alone (:data:`W.STRAY_EMPHASIS`) and the closing full stop dropped; the closing
    mark "./." ends the text (what a sentence read on past it is the document's note of what it sends with it)."""
    closing = re.search(r"\s*\.\s?/\s?\.", text)
    text = text[:closing.start()] if closing else text
    refs = [m.span() for m in W.BRACKETED_REFERENCE.finditer(text)]
    t = re.sub(r"\([^()]*\)", lambda m: m.group() if any(a <= m.start() < b for a, b in refs) else " ", text)
    t = W.STRAY_EMPHASIS.sub(" ", t)
    t = without_figure_dates(t)
    t = re.sub(r"(?:\s*;)+\s*$", "", re.sub(r"^(?:\s*;)+", "", clean_quote(t))).strip()
    t = clean_quote(t).rstrip(".").rstrip()
    return clip_tasks(t)


def clip_tasks(t: str, limit: int = MAX_WHAT) -> str:
    """``t`` cut to ``limit`` characters at a task ("; ") or word boundary, with "…"."""
    if len(t) <= limit:
        return t
    cut = t.rfind("; ", 0, limit)
    if cut < limit // 2:
        cut = t.rfind(" ", 0, limit)
    return t[:cut if cut > 0 else limit].rstrip(" ;,") + " …"


def office_actor(sent: str, who: str | None, what: str) -> tuple[str | None, str]:
    """A body then an office verb of its daily work (``assignment_words.OFFICE_VERBS``: "Phòng Tư pháp các xã | giải
    quyết kịp thời …", "Sở Tư pháp | thẩm định hồ sơ …, báo cáo …"), the verb the shared lists lack: the body ends
    there. ``who``/``what`` are :func:`actor`'s split of ``sent``, kept when no such verb ends a body sooner. Only for
    the parts of a document that assign (the caller's judgement: in a law the same words state a competence)."""
    text = who if who else sent
    cut = _office_cut(text)
    if cut is None:
        return who, what
    at = sent.find(text)
    rest = sent[at + cut:] if at >= 0 else text[cut:] + " " + what  # (the sentence keeps the comma before "báo cáo …")
    return clean_quote(text[:cut].rstrip(" ,")), rest.strip()


def _office_cut(text: str) -> int | None:
    """Where the first office verb after a named body starts in ``text`` (the body before it holds no verb), or None."""
    v = Folded.of(text).view
    if len(v) != len(text):
        return None
    for m in W.OFFICE_VERBS.finditer(v):
        if m.start() == 0 or not text[m.start()].islower():
            continue  # "Phòng Thẩm định …", "Cục Cấp phép": a name
        head = text[:m.start()].rstrip(" ,")
        hv = Folded.of(head).view
        if not head or len(head.split()) > 20 or not named_body(hv) or W.NOT_BODY.match(hv) \
                or first_verb(Folded.of(guard(head)).view) is not None or W.MORE_VERBS.search(hv):
            return None
        return m.start()
    return None
