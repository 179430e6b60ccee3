"""The issuer speaking of itself: a paragraph or a closing request in which the document's issuer tells its own
future work ("Sở Nội vụ sẽ tổng hợp …, báo cáo UBND tỉnh") rather than charging another body.

Why: such a sentence opens like an assignment (a body, then its acts) but binds nobody the document addresses; the
obligation reader (:mod:`vanban.extract.obligations`) asks these tests before it keeps one, and names the issuer by
its full name where the issuer does take a task.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import subjects as S
from vanban.text import CAPITAL, fold


def issuer_future(text: str, issuer: str | None) -> bool:
    """A paragraph in which the issuer speaks of its own future work ("Sở Nội vụ sẽ tổng hợp tình hình …, báo cáo UBND
    tỉnh", after the items of the Sở's letter, t18-04) or of the course it keeps ("Giai đoạn 2026 - 2030, Ủy ban nhân
    dân xã tiếp tục xác định xây dựng nông thôn mới nâng cao … là nhiệm vụ trọng tâm", closing a xã's Thông báo, a19-08;
    "4. Giai đoạn 2026 - 2030, tỉnh tiếp tục ưu tiên bố trí vốn …", a UBND tỉnh's Công văn naming itself by its level,
    a19-06): a statement, no task of the intro's body. A time clause may open it: "Sau khi tiếp nhận, Sở GDĐT sẽ phản
    hồi số liệu chưa khớp; …" (after a Sở GDĐT's lettered requests, a24-04)."""
    who, what = S.actor(text)
    if who is None and (after := re.match(rf"\s*(?:Sau khi|Ngay sau khi|Khi)\s[^,;:]{{1,80}},\s*(?=[{CAPITAL}])", text)):
        who, what = S.actor(text[after.end():])
        if who is None and (will := re.match(r"([^,;:]{2,60}?)\s+(sẽ\s.*)", text[after.end():], re.DOTALL)):
            who, what = will.group(1), will.group(2)  # "Sở GDĐT sẽ phản hồi …": a verb the lists lack, after "sẽ"
    if who and what and (W.FUTURE.match(fold(what)) or W.OWN_COURSE.match(fold(what))) and S.is_self(who, issuer):
        return True
    text = re.sub(r"^\s*\d{1,2}[.)]\s*", "", text)
    lead = W.LEAD_OPENING.match(text)
    rest = re.match(r"[^,;]{0,40}[,;]\s*", text[lead.start():]) if lead else None
    level = W.LEVEL_SELF.match(text[lead.start() + rest.end():]) if lead and rest else None
    return bool(level and issuer and fold(issuer).startswith("uy ban nhan dan " + fold(level.group(1)) + " "))


def courtesy_then_issuer(what: str, issuer: str | None) -> bool:
    """A closing request's task is bare courtesy up to its ";" and the issuer's own future work after it: "Sở Tài chính
    đề nghị UBND các xã, phường, đặc khu | quan tâm, chỉ đạo thực hiện đúng thời gian quy định; quá thời hạn nêu trên, Sở
    Tài chính sẽ tổng hợp danh sách các đơn vị chậm báo cáo, báo cáo UBND tỉnh …" (a26-05): the clause after the ";" is
    the issuer's warning, no task of the body asked."""
    head, sep, rest = what.partition(";")
    if not sep or not W.BARE_EXECUTION.match(fold(head).strip()):
        return False
    # (or the letter's contact line: "… quan tâm, chỉ đạo thực hiện nghiêm túc, đúng thời hạn. Thông tin chi tiết liên
    # hệ Phòng Quản lý đất đai, …, điện thoại …" — whom to ask, no task either)
    if W.CONTACT_LINE.match(fold(rest).strip()):
        return True
    will = re.search(r"(?:^|,\s*)([^,;]{2,60}?)\s+sẽ\s", rest)
    return bool(will and S.is_self(will.group(1).strip(), issuer))


def own_council_vote(who: str, what: str, issuer: str | None) -> bool:
    """In a plan of a council's standing board ("HỘI ĐỒNG NHÂN DÂN XÃ … – THƯỜNG TRỰC"), the council itself acting at its
    session by vote: "HĐND xã thảo luận, biểu quyết thông qua danh sách Ban kiểm phiếu …", "Hội đồng nhân dân xã ban hành
    Nghị quyết xác nhận kết quả …" — a step of the session the plan prepares, the council's competence; the board cannot
    charge the council that elects it (its own Ban, its Thường trực, its đại biểu are charged)."""
    fi = fold(issuer or "")
    if "thuong truc" not in fi or not re.search(r"hoi dong nhan dan|hdnd", fi):
        return False
    return bool(W.COUNCIL_ITSELF.fullmatch(fold(S.clean_who(who)).strip(" ,.")) and W.COUNCIL_VOTE.match(fold(what).strip()))


def own_decision(who: str, what: str, issuer: str | None) -> bool:
    """(obl46) The issuer, or a Party committee's standing board in its own plan, deciding by its own power: "Đảng ủy
    xem xét, quyết định kết nạp theo thẩm quyền" (a44-06, in the Đảng ủy xã's plan), "Ủy ban nhân dân xã xem xét, quyết
    định" (a39-04, the UBND xã's), "Ban Thường vụ xem xét, quyết định kết nạp …" (a37-08, the Đảng ủy's) — a statement of
    competence (the labels README: not an obligation); the caller keeps a dated one, the issuer timing its own step."""
    if not W.OWN_DECISION.match(fold(what).strip()):
        return False
    if S.is_self(who, issuer):
        return True
    # (a Party committee's plan naming the committee or its standing board bare: "Đảng ủy", "Ban Thường vụ")
    return fold(issuer or "").startswith(("dang uy ", "dang bo ")) and fold(S.clean_who(who)).strip(" ,.").lower() in W.PARTY_SELF


def own_discretion(opening: str, who: str, issuer: str | None) -> bool:
    """(obl52b) The issuer, its head or a Party committee's standing board in its own document, acting "when needed":
    "4. Khi cần thiết, Chủ tịch Ủy ban nhân dân xã điều chỉnh việc phân công nhiệm vụ giữa các thành viên." (the UBND
    xã's Quyết định phân công, a50-09; its labels: "who decides adjustments: statements of competence"), "…; trường hợp
    cần thiết, Chủ tịch triệu tập phiên họp bất thường" (a30-01), "Khi cần thiết, Ban Thường vụ họp bất thường" (the
    Đảng ủy's programme, t23-08), "khi cần thiết, Bộ Nông nghiệp và Môi trường sửa đổi, bổ sung Danh mục …" (the Bộ's
    Thông tư 69/2025/TT-BNNMT): a power the issuer keeps, no duty (the labels README: statements of competence). Six
    documents of the sets leave such a clause out, none labels it. ``opening`` is the clause's text before ``who``
    (after its last ";" or sentence end); another body's "khi cần thiết" (a Tổ trưởng, a47-07; a Chủ tịch UBND cấp xã
    in a city's plan, 213/2025/QĐ-UBND) is not the issuer's and is left to the other rules."""
    tail = re.split(r"[;.:]\s", fold(opening))[-1]
    tail = re.sub(r"^\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-+•*])\s*", "", tail.strip())
    if not W.WHEN_NEEDED.fullmatch(tail):
        return False
    fw = fold(S.clean_who(who)).strip(" ,.")
    if S.is_self(who, issuer) or fw == fold(issuer or "").strip():
        return True
    if fold(issuer or "").startswith(("dang uy ", "dang bo ")) and fw in W.PARTY_SELF:
        return True
    head = W.HEAD_OF.match(fw)
    if head is None:
        return False
    body = fw[head.end():].strip()
    # the head named bare ("Chủ tịch") in the issuer's own document, or with the issuer's name or level
    return not body or S.is_self(body, issuer) or fold(issuer or "").strip() == body
