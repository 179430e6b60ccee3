"""The words of a duty stated in prose, compiled from ``duty_words.tsv``.

Why: laws, decrees, circulars and the Quy chế a Quyết định issues state duties as sentences whose grammatical
subject is a body or a role ("Doanh nghiệp bảo hiểm phải trả tiền bồi thường …", "Trong thời hạn 15 ngày …,
Sở Xây dựng có trách nhiệm thẩm định …"), not as "Giao X …" assignments. The heads that open such a subject,
the openings that look like one but name a thing, the duty markers, the words that make a verb a right, and the
clause openings (time limits, cases) that may come first are data, kept in the TSV beside this module; this
module only turns them into regexes on the folded view (:class:`vanban.extract.folded.Folded`).

Every regex here matches folded text (lower case, no diacritics, đ→d): heads and openings with
``.match(view, pos)`` at a subject's start, markers and verbs with ``.search``.
"""

from __future__ import annotations

import re

from vanban.extract.data_rows import tsv_rows

__all__ = ["ACTOR_HEAD", "ARTICLE_TITLE", "BODY_TYPE_NAME", "CARRY_OUT", "CARRY_OUT_TAIL", "CLAUSE_OPENER", "TITLE_BODY_END", "CONDITION", "CUE_IN_SUBJECT", "EVENT", "GENERIC_END", "GENERIC_HEAD", "GENERIC_NOT", "LISTED_ANY",
           "LISTED_HEAD", "MARKER", "NAMED_HEAD", "NAMED_SPELLING", "ORG_NOUN", "NO_TASK_AFTER_THEN", "THEN_VERB", "OPENING", "PASSIVE", "PASSIVE_NOT", "PAYABLE", "PERSON_HEAD", "PLURAL", "RELATIVE_IN_SUBJECT", "RIGHT", "TAIL",
           "THING_HEAD", "VERB"]


def _load() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for kind, words in tsv_rows("duty_words.tsv"):
        kinds.setdefault(kind.strip(), []).append(words.strip())
    return kinds


def _alternation(words: list[str]) -> str:
    """Longest first, each word boundary-closed, spaces matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_K = _load()
#: "các", "những", "mọi" before a head: a plural of bodies or roles
PLURAL = re.compile(r"(?:cac|nhung|moi|toan the)\s+")
#: a head that opens a body's or role's name (the name may go on after it)
ACTOR_HEAD = re.compile(rf"(?:{_alternation(_K['actor'] + _K['generic'])})(?![a-z0-9])")
#: an actor head only after a plural or before a list ("Tổ chức, cá nhân …"; "Tổ chức các hoạt động …" is a task)
#: (a qualifier of up to three words may come before the list's person: "Tổ chức kinh tế, cá nhân nước ngoài …")
#: (a duty marker right after it leaves no room for the verb "tổ chức": "2. Tổ chức phải xây dựng mục tiêu an toàn …"; nor
#: does "có" with a thing the organisation has: "Tổ chức có nhà máy điện hạt nhân phải lập báo cáo …", but "Tổ chức có
#: hiệu quả …" is the verb with its manner)
LISTED_HEAD = re.compile(rf"(?:{_alternation(_K['listed'])})(?=\s*,|\s+va\s|\s+ca nhan\b|(?:\s+[a-z]+){{1,3}}\s*,\s*(?:ca nhan|ho gia dinh)\b"
                         rf"|\s+(?:{_alternation(_K['marker'])})(?![a-z0-9])"
                         rf"|\s+co\s+(?!(?:{_alternation(_K['has_not'])})(?![a-z0-9])))")
LISTED_ANY = re.compile(rf"(?:{_alternation(_K['listed'])})(?![a-z0-9])")
#: persons whose duties a rule states ("Công chức …", "Người lao động …"), not bodies or roles
PERSON_HEAD = re.compile(rf"(?:{_alternation(_K['person'])})(?![a-z0-9])")
#: a last word that no subject ends with: the verb after it was misread
TAIL = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['tail'])})\s*$")
#: an actor head that a verb right after it turns into a compound noun ("Cơ quan chủ trì", "Người nộp thuế")
GENERIC_HEAD = re.compile(rf"(?:{_alternation(_K['generic'] + _K['listed'])})(?![a-z0-9])")
#: a generic head closing a stretch: a verb right after it is part of a compound noun ("cơ quan, tổ chức | quản lý …")
GENERIC_END = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['generic'] + _K['listed'])})\s*$")
#: printed words (lower case, with marks) that fold like a generic head but name no body ("văn bản", "hồ sơ")
GENERIC_NOT = frozenset(_K["generic_not"])
#: a head that is an actor only before a proper name or a list's comma ("Bộ Tài chính", "các Bộ, cơ quan ngang Bộ")
NAMED_HEAD = re.compile(rf"(?:{_alternation(_K['named'])})(?![a-z0-9])")
#: the printed words of those heads (lower case, with marks): before a list's comma the head must be one of them,
#: since folding merges "Quỹ" and "quý" ("… loài thủy sản nguy cấp, quý, hiếm phải …")
NAMED_SPELLING = frozenset(_K["named_as"])
#: "tổ chức" then a lower-case noun, a kind of organisation ("tổ chức tôn giáo", "tổ chức hành nghề"), as a subject only
#: when a marker of responsibility (not a bare "phải": "Tổ chức hội nghị phải …" is an act) follows in a few words
ORG_NOUN = re.compile(r"to chuc\s+(?!(?:cac|nhung|moi|mot|viec|cho|va)\b)[a-z]+(?:\s+[a-z]+){0,4}?\s+(?=(?:co|chiu)\s+(?:cac\s+|nhung\s+)?(?:trach nhiem|nghia vu|nhiem vu)\b)")
#: a body whose type is its name ("Ủy ban nhân dân các cấp"): named though no word past its first is capitalised
BODY_TYPE_NAME = re.compile(rf"(?:{_alternation(_K['type_name'])})(?![a-z0-9])")
#: an opening that names a thing, a topic or an act, not a body ("Hồ sơ", "Cơ sở dữ liệu", "Bản án", "Việc …")
THING_HEAD = re.compile(rf"(?:{_alternation(_K['thing'])})(?![a-z0-9])")
#: a duty marker: "phải", "có trách nhiệm", "chịu trách nhiệm", "có nghĩa vụ", "có nhiệm vụ"
MARKER = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['marker'])})(?![a-z0-9])")
#: a right or a possibility before the verb: "được", "có quyền", "có thể" (not "có quyền lợi", a noun)
RIGHT = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['right'])})(?![a-z0-9])(?!\s+loi\b)")
#: the first words of a time limit, case or condition clause opening the sentence
OPENING = re.compile(rf"(?:{_alternation(_K['opening'])})(?![a-z0-9])")
#: a plain verb of a rule's actor (besides patterns.ACTION_VERBS)
VERB = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['verb'])})(?![a-z0-9])")
#: the first words of a case or condition clause: after one, only a duty marker states a duty ("Nếu …, X gửi …"
#: is what X may do in that case)
CONDITION = re.compile(rf"(?:{_alternation(_K['condition'])})(?![a-z0-9])")
#: a clause that describes the subject before its duty marker ("… cá nhân nước ngoài | không tiến hành … nhưng có thu
#: nhập … phải nộp"): the subject's name ends where it opens
#: ("Cục Hàng không", "Bộ Tư lệnh Phòng không - Không quân", "không gian" are names and nouns, not a negation)
RELATIVE_IN_SUBJECT = re.compile(rf"(?<!hang)(?<!phong)\s(?:{_alternation(_K['relative'])})(?![a-z0-9])(?!\s+(?:gian|quan)\b)")
#: a request after a case clause's "thì", the case subject's own act ("… thì yêu cầu hộ kinh doanh khai bổ sung"; not
#: a plain verb elsewhere: "Kiểm sát viên yêu cầu Tòa án …" is a cue inside a subject)
THEN_VERB = re.compile(rf"(?:{_alternation(_K['then_verb'])})(?![a-z0-9])")
#: words after a case clause's "thì" that apply a rule or state a result, not a task ("thì áp dụng …", "thì thực hiện theo
#: quy định tại …")
NO_TASK_AFTER_THEN = re.compile(rf"(?:{_alternation(_K['then_not'])})(?![a-z0-9])")
#: "phải" meaning "payable" ("số tiền thuế phải nộp", "khoản phải trả"), not "must"
PAYABLE = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['payable'])})(?![a-z0-9])")
#: a request inside a subject ("Kiểm sát viên yêu cầu Tòa án xác minh … phải …"): the words after it are a relative clause
CUE_IN_SUBJECT = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['cue'])})(?![a-z0-9])")
#: an event right after a generic head: the role is defined by a condition ("Cơ quan phát hiện vấn đề …")
EVENT = re.compile(rf"\s*(?:{_alternation(_K['event'])})(?![a-z0-9])")
_DUTY_TITLE, _POWER_TITLE = _alternation(_K['title']), _alternation(_K['title_power'])
_JOIN = r"(?:\s*,\s*|\s+va\s+)"
#: an article's duty title up to its "của": "Trách nhiệm của", "Nhiệm vụ và quyền hạn của", "Quyền hạn, trách nhiệm
#: quản lý nhà nước của" (at least one duty word: "Quyền hạn của X" grants powers, "Quyền và nghĩa vụ" rights first)
ARTICLE_TITLE = re.compile(rf"(?=(?:(?:{_POWER_TITLE}){_JOIN})*(?:{_DUTY_TITLE}))(?:(?:{_DUTY_TITLE}|{_POWER_TITLE}){_JOIN})*"
                           rf"(?:{_DUTY_TITLE}|{_POWER_TITLE})(?:\s+(?:{_alternation(_K['title_scope'])}))?\s+cua\s+")
#: a word that closes the body's name in a title ("… của cơ sở đào tạo | trong thực hiện chính sách …")
TITLE_BODY_END = re.compile(rf"\s(?:{_alternation(_K['title_end'])})(?![a-z0-9])")
#: a clause's first words, capitalised after an article title with no clause number ("… cơ quan ngang bộ | Ngoài …")
CLAUSE_OPENER = re.compile(rf"(?:{_alternation(_K['opener'] + _K['opening'] + _K['condition'])})(?![a-z0-9])")
#: a passive's agent follows: "Bản án được | Tòa án cấp phúc thẩm công bố …", "việc chuyển đổi do | người đứng đầu … lập …"
PASSIVE = re.compile(rf"(?<![a-z0-9])(?:{_alternation(_K['passive'])})\s+")
#: a passive's verb that alone charges its agent ("Việc kiểm tra do Sở Y tế | thực hiện.")
CARRY_OUT = re.compile(rf"(?:{_alternation(_K['carry_out'])})")
#: a modifier right after that verb: the act goes before it ("… do Sở Y tế thực hiện | theo quy định tại Điều 5.")
CARRY_OUT_TAIL = re.compile(rf"\s*(?:,\s*)?(?:{_alternation(_K['carry_out_tail'])})(?![a-z0-9])")
#: a verb after a passive's agent that grants a power or names an origin, not a duty ("do Bộ trưởng quyết định")
PASSIVE_NOT = re.compile(rf"(?:{_alternation(_K['passive_not'])})(?![a-z0-9])")
