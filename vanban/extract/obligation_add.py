"""Adding one obligation: the body's name cleaned and written as the text writes it (the issuer speaking of itself by
its full name, "Các Sở … nêu trên" by the addressee it points back to, a body the issuing committee only leads), its
task cleaned of closing formulas and pointers, its deadline and targets attached — or nothing added when the task is
a closing request to bodies already charged, a topic of criteria, or no task at all.

Why: every pass of the obligation reader (headings, sentences, tables, unit lines) ends in one call of ``add``; the
rules of what is kept are in one place. A mixin of the obligation reader (``obligations._Reader``).
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.clause_breaks import subject_again
from vanban.extract.deadlines import first_verb
from vanban.extract.duty_subject import files_to_body, thing_opening
from vanban.extract.figure_rows import amount_only, headcount_only, level_only
from vanban.extract.folded import Folded, clean_quote, clipped_quote
from vanban.extract.issuer_self import courtesy_then_issuer, own_council_vote, own_decision, own_discretion
from vanban.extract.not_tasks import (
    a_right,
    after_request,
    cases_lead,
    days_only,
    mere_attention,
    names_only,
    persons_only,
    posts_only,
    seat_only,
    under_cases_lead,
    without_closing,
    without_pointers,
    working_mode,
)
from vanban.extract.partners import partners_in
from vanban.extract.task_bodies import agent_of_must, name_words, open_quote, qualified_body
from vanban.extract.task_text import without_duty_words
from vanban.models import Deadline, Obligation, Span
from vanban.text import CAPITAL, fold


def _task_opens(tail: str) -> bool:
    """The words after a body's colon open its task in lower case: an action verb ("Phòng Tư pháp: tổng hợp …") or a
    task put as a thing not to let happen ("Trung tâm …: không để phát sinh hồ sơ trễ hạn; …"). Why: a body's colon
    closes the body whether its task is written with a capital or not; names listed after a colon ("UBND các tỉnh:
    Lào Cai, …") open with no verb."""
    v = fold(tail.strip())
    rest = re.sub(r"^khong\s+(?:de\s+)?", "", v)
    if rest != v:
        return True
    fv = first_verb(rest)
    return fv is not None and fv.start() == 0


class ObligationAdd:
    """Adding one obligation, or declining it (a mixin of ``obligations._Reader``)."""

    def as_written(self, name: str) -> str:
        """``name`` in capitals (the header's "SỞ TÀI CHÍNH", the issuer speaking of itself) as the text writes it
        in running prose ("Sở Tài chính"), when it does; else as given."""
        key = fold(name)
        at = self.f.view.find(key)
        while at >= 0:
            seen = self.f.original[at:at + len(key)]
            if not seen.isupper() and fold(seen) == key:
                return seen
            at = self.f.view.find(key, at + 1)
        return name

    def add(self, who: str | None, what: str, a: int, b: int, deadline: Deadline | None = None,
            headed: bool = False, partners: str | None = None, timed: bool = False,
            skip: tuple[tuple[int, int], ...] = ()) -> None:
        """One obligation of ``who``; ``headed``: an item whose heading names the body ("3. Các doanh nghiệp có
        cửa hàng bán lẻ xăng dầu⏎Thực hiện nghiêm túc các nội dung tại Quyết định này …", 137-2025-QD-UBND)
        assigns even when its task is to carry out the document; ``skip``: clauses of the block that charge another
        body, whose deadlines are not this body's."""
        if who and W.ROLE_COPULA_END.search(who.strip()) and not W.ROLE_DUTY.search(re.split(r"[.;]\s", fold(what))[0]):
            # "…, Bộ Xây dựng là cơ quan | được giao theo dõi, hướng dẫn thi hành Nghị định …" (t24-10): the role another
            # document gave, stated with a copula, not a task this one sets (no "phải" / "chịu trách nhiệm" after it)
            return
        if who and W.ANSWER_LEAD_END.search(fold(who).strip()) and W.LEGAL_BASIS_OPEN.match(fold(what)):
            return  # "Cục Thuế trả lời như sau: | Căn cứ Điều 3 … Luật Thuế giá trị gia tăng …": an answer, no task
        if who:
            fw = fold(who)
            cut = re.search(r"\s(?:tr[a-z]{1,4}c|chậm nhất|cham nhat)\s+ng[a-z]{1,2}\s+\d", fw)
            if cut:  # "Ban Xây dựng Đảng trước ngày 25 tháng 11 để tổng hợp …"
                who, what = who[:cut.start()], who[cut.start():] + " " + what
            # "nêu trên" (aforementioned) folds like "nếu" (if): the condition is read from the marks
            # (… and the purpose a contact line gives: "liên hệ Phòng Nội vụ (đồng chí …, điện thoại: …) | để được
            # hướng dẫn" names whom to call, no body charged)
            if re.search(r"\s(?:khi|neu|de(?: duoc)?|sau khi)$", fold(re.sub(r"\snêu trên$", "", who))) \
                    or re.search(r"\sneu\s", fold(re.sub(r"\snêu trên\b", "", who))):
                return  # "các đơn vị khi | đăng ký …", "đồng chí X …, nếu đáp ứng …, thì": a condition
            if (lead := W.STAND_IN_LEAD.match(self.f.view, a, b)) and self.f.view.startswith(fw[:12], lead.end()):
                return  # "Khi một Phó Chủ tịch vắng mặt, | Phó Chủ tịch còn lại giải quyết …": who stands in, no task
            head, colon, tail = who.partition(": ")
            # (not a colon inside a parenthesis: "Đoàn số 1 (Trưởng đoàn: Bí thư Đảng ủy xã)", a team and its leader)
            if colon and (tail[:1].isupper() or _task_opens(tail)) and head.count("(") == head.count(")") and S.named_body(Folded.of(head).view) \
                    and first_verb(Folded.of(S.guard(head)).view) is None and not re.search(r"\b(?:gom|la|sau|sau day)$", fold(head)) \
                    and not re.search(r"\b(?:cac|nhung)\s+\S+(?:\s+\S+)?(?:,\s*\S+(?:\s+\S+)?)*$", fold(head)):
                # "UBND các tỉnh: Lào Cai, …" lists names; (ncfix54b) so does a plural of two kinds, "Các Bộ, cơ quan: Tài
                # chính, Xây dựng, … khẩn trương rà soát …" (648/TB-VPCP: the list was read as the task)
                # "d) Thuế tỉnh, Bảo hiểm xã hội tỉnh: Xác nhận việc | thực hiện …" (86-2025-QD-UBND): the colon
                # closes the bodies, the task starts after it
                who, what = head.strip(" ,"), tail.strip() + " " + what
        who, what = S.courtesy_cut(who, what)  # "Ủy ban nhân dân xã Bát Tràng | trân trọng báo cáo./."
        if who and (led := self.led_body(who, what)):
            who, what = led  # "3. Đảng ủy lãnh đạo Ủy ban nhân dân xã" / "- Xây dựng Kế hoạch …": the body led acts
        if who and (qualified := qualified_body(who, what)):
            who, what = qualified  # "Trưởng các thôn, tổ dân phố chưa | gửi báo cáo khẩn trương hoàn thành, …"
        if who and re.search(r":\s*(?:theo|căn cứ)\s+(?:quy định|Điều|khoản)\b", who):
            # "Bộ Nội vụ lưu ý: theo quy định tại Thông tư số 01/2025/TT-BNV …, từ năm 2027 các địa phương | thực hiện báo
            # cáo định kỳ hằng năm …" (a24-10): a note on what a rule already requires, no assignment of this letter
            return
        if who and (hands := re.search(rf"\s(?:giao|chỉ đạo)\s+(?=[{CAPITAL}])", who)) \
                and S.named_body(Folded.of(who[:hands.start()]).view) and S.named_body(Folded.of(who[hands.end():]).view) \
                and not re.search(r"\s(?:được|đã|và|với|của)$", who[:hands.start()]):
            # "… đề nghị Ủy ban nhân dân các tỉnh, thành phố | giao Sở Nội vụ cử 01 công chức làm đầu mối …" (a24-10):
            # the body asked hands the task on; it is the one charged, the handing its task
            who, what = who[:hands.start()], who[hands.start():].strip() + " " + what
        if who and (charged := re.search(r"\s(?:được|duoc)\s+(?:giao|phân công|phan cong)$", who.strip())):
            who = who.strip()[:charged.start()]  # "Sở Tài chính được giao | bố trí kinh phí …": the body charged
        if not who or not what.strip():
            return
        if not S.rule_document(self.st.type) and (chair := re.match(r"(?:chu tich|ct)\s+(.+)", fold(S.clean_who(who)))) \
                and S.is_self(chair.group(1), self.st.header.issuer if self.st.header else None) \
                and W.COMPETENCE_WHAT.match(fold(what).strip()) and self.deadline_in(a, b, None) is None:
            # "Chủ tịch UBND xã | quyết định thành lập tổ công tác tại thôn có dịch …" in the UBND xã's own plan (a33-04's
            # labels): the power of the issuer's chair, undated, no task it sets ("Chủ tịch UBND xã ban hành Quyết định
            # công nhận … trước ngày 05/12/2029" is one)
            return
        if re.match(r"(?:bị|được)\s(?!(?:đơn|cáo|can|hại)\b)", who.strip(), re.IGNORECASE) or fold(who).strip() in W.BARE_ROLE_WHO:
            return  # "b) Bị thu hồi | giấy chứng nhận …": a case; "Người | có trách nhiệm xác minh …": a role's name cut
        if (militia := W.MILITIA_WHO.match(folded_who := fold(S.clean_who(who)).strip())) \
                and not W.JOINT_WHO_TAIL.search(folded_who[militia.end():]):
            # "Trung đội dân quân cơ động | huấn luyện tập trung tại xã …": the militia trained, no body charged; "Dân
            # quân và Công an xã | tuần tra …" names a body beside it and stays
            return
        if S.rule_document(self.st.type) and (agent := agent_of_must(what)):
            # "Bản thảo văn bản | phải do người có thẩm quyền ký văn bản duyệt": the agent must act, on the thing
            who, what = agent[0], agent[1].rstrip(" .;") + " " + who[:1].lower() + who[1:]
        if twice := re.fullmatch(r"(.{3,120}?)\s+\1", who.strip()):
            who = twice.group(1)  # "Trách nhiệm của Bộ Công Thương⏎⏎Bộ Công Thương có trách nhiệm:": a title's name, then the subject
        what = re.sub(r"[.;]\s*;\s", "; ", what)  # tasks joined after their own full stops: "… phân công.; Trực tiếp …"
        what = without_closing(without_pointers(what))
        if who.count("(") > who.count(")") and what.count(")") > what.count("("):
            return  # "Trung cấp lý luận chính trị trở lên (trừ | Kiểm soát viên)": the split fell inside a parenthesis
        if open_quote(who) or W.RATING_RULE.search(what.split(";")[0]):
            # 'Chi bộ "| Hoàn thành xuất sắc nhiệm vụ" không quá 20% …': the split fell inside a quoted rating; 'Chi bộ
            # có từ 20% đến 30% đảng viên | xếp loại "Không hoàn thành nhiệm vụ" thì chi bộ không được …': a criterion
            return
        if re.search(r"\d$", who.strip()) and re.match(r"\d", what.strip()):
            return  # "Bản đồ cơ cấu quy hoạch sử dụng đất tỷ lệ 1 | 2.000" (71/2025/NQ-HĐND): a ratio's colon
        if amount_only(what) and not any(t.start <= a < t.end for t in self.st.tables):
            # "- Doanh nghiệp, hợp tác xã và cộng đồng dân cư đóng góp: | 3.000 triệu đồng.": a funding line (a table
            # row's task cell may be its chỉ tiêu alone, "100%": the row's body is charged with it)
            return
        if headcount_only(what) and not any(t.start <= a < t.end for t in self.st.tables):
            return  # "b) Ban Chấp hành khóa mới: | 19 đồng chí; …": the committee's size, no task
        if level_only(what) and not any(t.start <= a < t.end for t in self.st.tables):
            return  # "c) Doanh nghiệp, hợp tác xã: | mức ủng hộ từ 1.000.000 đồng trở lên; …": a donor's level, a bound
        if days_only(what) and not any(t.start <= a < t.end for t in self.st.tables):
            return  # (ncfix50a) "- Đối với các di tích đền Bạch Mã …: | Ngày cuối cùng của năm âm lịch, …": days, no act
        if a_right(what) or cases_lead(what) or under_cases_lead(self.f.view, a):
            return  # (real46) "Hội cơ sở | có quyền kiến nghị …": a right; "… tạm ngừng … trong trường hợp sau:" and its cases
        if names_only(what) and fold(what).strip() != fold(who).strip():
            # (a task table's row without a task column stands for its task by the body's own name, whose commas list
            # fields: "2 | Phòng Kinh tế, Hạ tầng và Đô thị | 16,0 | 1.240 | Trước ngày 30/9/2029")
            return  # "- Các Bộ, cơ quan: | Tài chính, Nông nghiệp và Môi trường, Xây dựng;": a recipients line names, it assigns none
        if W.MEETING_TASK.match(fold(what)) and deadline is None and self.deadline_in(a, b, None) is None:
            return  # "Ban Chỉ đạo | họp định kỳ 6 tháng một lần; họp đột xuất …": an undated rhythm, no task (W.MEETING_HELD)
        if persons_only(what):
            return  # "2. Phó Trưởng Ban Thường trực: | Ông Võ Đức Thắng, Phó Chủ tịch Ủy ban nhân dân tỉnh.": a roster line
        if posts_only(what) or seat_only(who) or working_mode(who):
            return  # "2. Phó Trưởng ban thường trực: | Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội.": a seat, no task
            # ("Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm, | thực hiện nhiệm vụ …": how they work)
            # ("Phó Chủ tịch UBND phường … làm Trưởng đoàn; | lãnh đạo Phòng … làm Phó Trưởng đoàn …": one too)
        opening = re.sub(r"^[\s\-–+*]*(?:[a-z]\)|\d{1,2}[.)])?\s*", "", self.f.view[a:a + 300])
        if W.RESULT_CASE_WHO.match(fold(who).strip()) or W.RESULT_CASE_WHO.match(opening):
            return  # "Đơn vị đạt dưới 80% chỉ tiêu được giao, Chủ tịch UBND xã | phải kiểm điểm …": a sanction's case
        if W.MEMBER_BAND_WHO.match(fold(who).strip()):
            return  # "Chi bộ có từ 09 đến dưới 30 đảng viên chính thức: | bầu 03 chi ủy viên": a rule's case, no body
        if W.ROSTER_SHIFT.match(fold(what).strip()):
            return  # "- Chủ tịch UBND xã - Trưởng ban: | trực chỉ huy thứ Hai, thứ Năm;": a roster's turn, no task
        if W.BENEFIT_INTRO.search(fold(what.split(";")[0]).strip()):
            return  # "Doanh nghiệp, tổ chức khoa học và công nghệ … | được hỗ trợ, ưu đãi sau:": beneficiaries
        if W.NOT_A_BODY_WHO.match(who.strip()) or W.BARE_ACTIVITY_WHO.match(fold(who).strip()):
            return  # "Bảy (07) ngày làm việc đối với các ý kiến | phối hợp liên ngành", "Số | Số: /BC-": no body
        if who[:1].islower() and W.BARE_KIND_WHO.fullmatch(fold(who).strip(" ,.;:")) and deadline is None \
                and self.deadline_in(a, b, None, skip) is None:
            return  # "…, chi bộ gửi hồ sơ đại hội về Đảng ủy": any chi bộ, an undated procedure's rule; a dated step
            # is the kind's task ("…; chi bộ họp xét, … hoàn thành trước ngày 15/01/2035", t44-06's labels: "Chi bộ")
        if W.MEETING_IN_WHO.search(who):
            return  # "Thường trực Đảng ủy giao ban hằng tuần; giao ban với Thường trực": a meeting rule, no body's name
        if who[:1].islower() and not S.named_body(Folded.of(who).view) and not W.PLACE_BODY.match(fold(who)) \
                and not re.match(r"(?:cac|nhung|moi)\s+\S", fold(who)):
            # "các | tổ chức thực hiện …", "nhiệm vụ | tổng hợp …", "Phân công | cán bộ chuyên trách …": no body named
            # (a plural goes on: "các chi, đảng bộ trực thuộc, Mặt trận …" of the legacy seed 13-KH/ĐU names bodies)
            return
        if re.fullmatch(r"(?:cac|nhung|moi)", fold(who).strip()) or W.COMPOSITION_WHO.search(fold(who)) \
                or W.COMPOSITION_WHO.search(fold(re.split(r"[;:]", what, maxsplit=1)[0])) \
                or (W.COMPOSITION_WHAT.search(fold(what.split(";")[0])) and not W.SETS_UP_TEAM.match(fold(what).strip())) \
                or W.NEGATION_IN_WHO.search(fold(re.sub(r"\([^()]*\)", " ", who))) \
                or thing_opening(who):
            # "Các | tổ chức … bị đình chỉ …": a plural alone names no body; "Hội đồng …, gồm 05 thành viên:" states its
            # members; "Các đương sự không thỏa thuận lựa chọn | tổ chức …": a negated case, its "tổ chức" a noun (not
            # one in brackets that names who stands in: "Chi ủy (bí thư chi bộ nơi không có chi ủy) | chuẩn bị …"); "Bản sao
            # hoặc | cung cấp số Giấy phép …": a document a file holds
            return
        if W.CONDITION_IN_WHO.search(fold(who)) or W.CONDITION_CLOSE_WHO.search(who) \
                or W.CONDITION_HAS_THEN.match(who + " " + what):
            return  # "Các đối tượng được hưởng chính sách … (Trường hợp khó | xác định thì …": a condition
        if re.match(r"(?:các )?đồng chí(?:\s.{0,40})?\slà\s", who, re.IGNORECASE):
            return  # "Các đồng chí là đối tượng 1 …": persons described, not a body assigned
        fwhat = fold(what).strip()
        if re.match(r"to chuc\s+co\s+(?:tham quyen|chuc nang)\b", fwhat) and D.GENERIC_END.search(fold(who).rstrip(" ,")):
            return  # "Người đứng đầu cơ quan, | tổ chức có thẩm quyền … giải quyết khiếu nại …": the list's "tổ chức", a competence
        if W.APPLY_THE_LAW.match(fwhat) or W.ADDRESS_WHAT.match(fwhat) or W.QUALIFICATION.match(fwhat) \
                or W.IN_SCOPE_OF.search(fwhat[:200]):
            return  # "… đề nghị Thủ trưởng các đơn vị | nghiêm túc thực hiện./." closing the letter: no task of its own
        at = self.f.view.find(fold(who), a, b)
        if at < 0 and (wrapped := re.compile(r"\s+".join(map(re.escape, fold(who).split()))).search(self.f.view, a, b)):
            at = wrapped.start()  # the name wrapped over a line ("Ủy ban nhân⏎dân các tỉnh")
        if W.QUOTED_REQUEST.search(self.f.view, max(a, at - 120), at if at >= 0 else a):
            return  # "…, Sở Tài chính đã đề nghị | các đơn vị báo cáo …": an earlier request recalled
        if W.CLOSING_REQUEST.match(after_request(who, what)) and self.last_paragraph(b):
            return  # "… Đề nghị các sở, ngành khẩn trương thực hiện đúng chức năng được giao; …./.": a closing formula
        # a decision due within a time limit ("Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng Cục …
        # quyết định phê duyệt …", 130/2025/TT-BQP) is a duty, not a power
        timed = timed or bool(W.TIME_LIMIT_OPENING.match(re.sub(r"^[\s:“\"*]*(?:[a-zđ]\d?\)|\d{1,2}[.)])?\s*", "", self.text(a, b))))
        if S.reported(who, what, S.rule_document(self.st.type)) or S.thing_subject(who, what) or S.executing_clause(who, what) \
                or (S.competence(what, self.st.type, who) and not timed):
            return  # "Bộ Công an đã | tổ chức …", "Cục Thuế có kế hoạch …", "Bộ tiêu chí … | ban hành", "Bãi bỏ …": a report, a definition, a thing
        if self.under_criteria(a) or self.criteria_topic(a, b):
            return  # "2. Tiêu chí về … : a) Doanh nghiệp phải có bộ phận …": a criterion, not a task
        if W.PERMISSION.search(fold(who).strip()) or W.PERMISSION_WHAT.match(fwhat):
            return  # "Đoàn kiểm tra có thể | thực hiện công bố …": what a body may do, a competence
        if W.PERSONS.match(fold(who)) and not (S.rule_document(self.st.type) and W.REGULATED_ROLES.match(fold(who))
                                               and (D.MARKER.match(Folded.of(what.strip()).view) or files_to_body(what))):
            # "Cá nhân sử dụng hộp thư điện tử …": a person's duty under a rule. A rule's "Tổ chức, cá nhân sử dụng đất
            # … có nghĩa vụ nộp thuế …", "Tổ chức kinh tế, cá nhân nước ngoài … phải nộp thuế …", "Người nộp thuế có
            # trách nhiệm nộp tiền thuế nợ …" charges the parties it regulates, by its duty marker ("Tổ chức, cá nhân đóng
            # góp, đầu tư | xây dựng … được hưởng chính sách …" states a benefit) (legal windows; realdocs "Các tổ chức, cá nhân có liên quan",
            # 36-2025-QD-UBND): a role group, as "Các cơ quan, đơn vị" is; a letter quoting such a rule binds no body
            return
        if W.APPEAL_ANSWER.match(fwhat) and W.APPEAL_RIGHT.search(
                self.f.view, max(self.f.view.rfind("\n\n", 0, a), a - 400, 0), max(a, self.f.view.find(fold(who), a, b))):
            return  # "…, Hội cơ sở có quyền kiến nghị …; Ban Thường vụ … | xem xét, trả lời trong thời hạn …": an appeal's answer
        if W.AWARD_CONFERRED.search(fold(who) + " " + re.split(r"[;.]\s", fwhat, maxsplit=1)[0]) and deadline is None:
            return  # "Đề nghị Trung ương Hội … | tặng Bằng khen cho tập thể, cá nhân …": an award proposed, no task
            # (obl51: a dated step is the plan's — "Công nhận | Chủ tịch UBND xã ban hành quyết định công nhận, tặng
            # giấy khen | Trước ngày 20/12/2037 | Công chức Văn hóa - xã hội tham mưu", a49-08's timetable row)
        if W.sanction(first := re.split(r"[;.]\s", fwhat, maxsplit=1)[0]) or W.REWARD.search(first):
            return  # "Tổ chức, cá nhân có trách nhiệm bảo vệ … do thiếu trách nhiệm … sẽ bị xử lý kỷ luật, phải bồi thường …"
        if W.ACCOUNTABLE.match(fold(what).strip()) or W.ACCOUNTABLE.match(fold(W.YEAR_SENTENCE.split(what, 1)[0]).strip()):
            return  # "… chịu trách nhiệm trước Đảng, Chính phủ … về tiến độ …": accountability, not a task
        if W.DESIGNATION.search(fold(who)) or (W.DESIGNATION.match(fold(what).strip()) and not W.MORE_TASKS.search(what)):
            return  # "Ủy ban nhân dân cấp xã (nơi có dự án) làm chủ đầu tư …": a role, not a task; a role with the
            # tasks it brings ("6. Ban Quản lý dự án … ⏎ Làm chủ đầu tư các công trình …; khởi công các công trình trước
            # ngày 30/6/2040 …", t55-04's labels) is the body's assignment
        if mere_attention(what):
            return  # "Đề nghị các đơn vị | quan tâm hơn đối tượng này …": attention urged, no act asked
        if W.COURTESY.search(fold(who)) or W.COURTESY.match(fold(what).strip()):
            return  # "Bộ … trân trọng cảm ơn và rất mong …": a courtesy, not an assignment
        issuer = self.st.header.issuer if self.st.header else None
        if issuer and (S.is_self(who, issuer) or fold(who) == fold(issuer)) and W.ISSUER_ACT.match(fold(what).strip()) \
                and not (fold(what).strip().startswith("trinh ") and (deadline is not None or self.deadline_in(a, b, None) is not None)):
            return  # "Ủy ban nhân dân xã Bát Tràng trân trọng báo cáo./.", "… kính trình Hội đồng nhân dân xã xem xét …";
            # a dated submission in its own plan is its step, as a dated sending is below ("4 | Trình HĐND xã thông
            # qua Đề án | UBND xã | … | Chậm nhất ngày …": the plan times the issuer's own submission)
        if own_council_vote(who, what, issuer) and self.deadline_in(a, b, None) is None:
            return  # "HĐND xã thảo luận, biểu quyết thông qua danh sách Ban kiểm phiếu" in its Thường trực's plan: a vote
        if own_decision(who, what, issuer) and deadline is None and self.deadline_in(a, b, None) is None:
            return  # "Đảng ủy xem xét, quyết định kết nạp theo thẩm quyền" in the Đảng ủy's plan: its own power
        if deadline is None and (at := self.f.view.find(fold(who), a, b)) > a \
                and own_discretion(self.f.view[max(a, at - 120):at], who, issuer) and self.deadline_in(a, b, None) is None:
            return  # "Khi cần thiết, Chủ tịch Ủy ban nhân dân xã điều chỉnh việc phân công …": the issuer's discretion
        if issuer and (S.is_self(who, issuer) or fold(who).lower() == fold(issuer).lower()) \
                and W.ISSUER_NOTICE.match(fold(what).strip()):
            return  # (real41) "Thuế tỉnh … thông báo đến Công ty … được biết và thực hiện": the reply's closing
        if issuer and (S.is_self(who, issuer) or fold(who) == fold(issuer)) and W.SENDING.match(fold(what)) \
                and deadline is None and self.deadline_in(a, b, None) is None:
            return  # "Bộ Tài chính gửi kèm bộ Cẩm nang …": the issuer sends, nobody is assigned (a dated sending in its
            # own plan's task table is its step: "6 | Gửi hồ sơ Đề án về UBND tỉnh | UBND xã | … | Chậm nhất ngày 20/10")
        if W.CLOSING_NOTICE.match(fold(who)) or W.COURTESY_NOTICE.match(fold(what).strip()) \
                or W.REPLY_CLOSING.match(fold(what).strip()):
            return  # "Văn phòng Chính phủ thông báo để các Bộ … biết, thực hiện": the notice's closing; "Cục Thuế có ý
            # kiến để Công ty … được biết": the reply's
        # "… có trách nhiệm thực hiện nghiêm túc Quy chế này" (165/2025/QĐ-UBND): the duty words before the formula
        closing = W.CLOSING.search(W.DUTY_OPENING.sub("", fold(what)))
        if closing and closing.start() <= 12 and not headed:
            return  # the task is to carry out this document; "theo dõi, đôn đốc … thực hiện nghiêm túc Công điện này" is a task
        if re.search(r"\snghiem tuc$", fold(who)):
            # "… yêu cầu các cơ quan nghiêm túc thực hiện Kế hoạch này" closes the document;
            # "Yêu cầu các cấp uỷ … nghiêm túc triển khai kịp thời các kết luận …" assigns
            if re.search(r"(?:ke hoach|chi thi|quyet dinh|cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet)"
                         r" nay\b", fold(what)[:160]) or len(what.split()) < 6:
                return
            who, what = who[:-len(" nghiêm túc")].rstrip(" ,"), "nghiêm túc " + what
        if W.FUTURE.match(fold(what)):
            # "Chính phủ sẽ phân công …" is a statement; so is the issuer's own "Sở Nội vụ sẽ tổng hợp, báo cáo UBND tỉnh
            # …": the labelled sets agree (a16-10, a17-04, a17-10, t17-05, t18-03, t18-04, and the realdocs rule "future
            # statements are not obligations"); only t18-06's closing "Văn phòng Đảng ủy sẽ theo dõi …" is labelled
            # otherwise, its author's least certain call
            return
        if W.OWN_COURSE.match(fold(what).strip()) and issuer and (
                S.is_self(who, issuer) or self.issuer_itself(who)
                or ((own := W.OWN_STANDING.match(fold(who).strip())) and own.group("committee") in fold(issuer))):
            return  # "Giai đoạn 2026 - 2030, Ủy ban nhân dân xã tiếp tục xác định … là nhiệm vụ trọng tâm" (a19-08): its own course
        if issuer and (own := W.OWN_STANDING.match(fold(who).strip())) and own.group("committee") in fold(issuer) \
                and W.DIRECTS_DOCUMENT.match(fold(what).strip()):
            return  # "Thường trực Tỉnh ủy trực tiếp chỉ đạo việc thực hiện Chỉ thị" in the Tỉnh ủy's Chỉ thị: its own body
        if W.WARNING.match(fold(what).strip()):
            return  # "UBND xã sẽ kiểm điểm trách nhiệm … đối với … không hoàn thành": a warning, not a task
        if W.SETTLING_RULE.match(fold(what).strip()):
            return  # "… các Phó Chủ tịch | chủ động phối hợp giải quyết; trường hợp chưa thống nhất thì báo cáo …": a working rule
        what = re.sub(r"^(?:sẽ|xin)\s+", "", what.lstrip())  # "Ủy ban nhân dân xã sẽ | hoàn thành rà soát …": the task
        what = subject_again(what, who)
        if not S.rule_document(self.st.type):
            # a rule's duty keeps its marker ("Sở Xây dựng | có trách nhiệm thẩm định …", as "phải" stays); a plan's or a
            # conclusion's body charged is the obligation itself, its task the verb phrase
            what = without_duty_words(what)
        if alias := W.ALIAS.search(who):
            self.named_in_full.append(who[:alias.start()])
            who = alias.group(1).strip(" \"“”")  # "Ủy ban nhân dân các xã, … (sau đây gọi chung là UBND cấp xã)"
        who = S.self_name(S.mended_name(clean_quote(who)), self.st.header.issuer)
        if who.isupper():
            who = self.as_written(who)
        who = self.addressed(who)
        dl = deadline or self.deadline_in(a, b, who, skip)
        tgs = self.targets_from(a, b)
        self.out.append(Obligation(who=who, what=S.task_phrase(what), deadline=dl, targets=tgs,
                                   span=Span(a, b, clipped_quote(self.row_text(a, b), 1000)),
                                   partners=partners or partners_in(what)))

    def row_text(self, a: int, b: int) -> str:
        """The text of ``[a, b)``; inside a table, without the "|" between the cells of a pipe table copied into a
        .txt ("1 | Số hóa hồ sơ đảng viên | Văn phòng Đảng ủy xã | …": quoted as its tab-separated twin is)."""
        text = self.text(a, b)
        if "|" in text and any(t.start <= a < t.end for t in self.st.tables if t.role == "data"):
            return re.sub(r"[ \t]*(?<!\\)\|[ \t]*", " ", text)
        return text

    def repeated_closing(self, ob: Obligation) -> bool:
        """A closing request with no task of its own to bodies that already hold an obligation of this
        document: "… đề nghị Thủ trưởng các đơn vị | nghiêm túc thực hiện./." closing a letter whose tasks
        went to "UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc" (5095-SGDDT-CTTTHSSV), "Bộ
        Tài chính trân trọng đề nghị UBND các tỉnh, thành phố | quan tâm, chỉ đạo triển khai thực hiện./."
        (17986-BTC-CT). A head's title ("Thủ trưởng") is left out of the comparison."""
        issuer = self.st.header.issuer if self.st.header else None
        if not ob.span or not self.last_paragraph(ob.span.end) or not (
                W.BARE_EXECUTION.match(fold(ob.what).strip()) or courtesy_then_issuer(ob.what, issuer)):
            return False
        core = set(name_words(W.HEAD_TITLES.sub(" ", fold(ob.who or "")))) - {"va"}
        if not core:
            return False
        charged = [set(name_words(fold(o.who or ""))) for o in self.out if o is not ob]
        charged += [set(name_words(fold(x))) for x in self.named_in_full]
        if any(core <= c for c in charged):
            return True
        # several bodies asked at once, each charged in a block of its own: "… đề nghị UBND cấp xã, Văn phòng Đăng ký
        # đất đai tỉnh | quan tâm, chỉ đạo thực hiện nghiêm túc, đúng thời hạn" after "1. … a) UBND cấp xã …" and "3. Văn
        # phòng Đăng ký đất đai tỉnh" (a Sở's Công văn)
        each = [set(name_words(W.HEAD_TITLES.sub(" ", fold(x)))) - {"va"}
                for x in re.split(r",\s*|\s+và\s+", ob.who or "") if x.strip()]
        return len(each) >= 2 and all(b and any(b <= c for c in charged) for b in each)

    def under_criteria(self, a: int) -> bool:
        """The nearest numbered heading (or Điều) within 1500 characters before ``a`` opens a list of criteria
        ("2. Tiêu chí về nghiên cứu khoa học …"): its items state conditions, they assign no task."""
        heads = list(W.NUMBERED_HEADING.finditer(self.f.view, max(0, a - 1500), a))
        if heads and heads[-1].start() >= self.f.view.rfind("\n", 0, a) + 1 \
                and not W.CRITERIA_HEAD.match(heads[-1].group(1)):
            # the label of the item ``a`` opens ("2.1. Các thôn đăng ký phải hoàn thành đủ 10 tiêu chí …" under "2. TIÊU
            # CHÍ VÀ THÔN ĐƯỢC CHỌN", a plan numbered 1.1 / 2.1): no heading above it, its section's is
            heads = heads[:-1]
        if heads and W.ROMAN_HEADING.search(self.f.view, heads[-1].end(), a):
            return False  # "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" / "1. Công chức Tư pháp - Hộ tịch" after "II. CÁC TIÊU CHÍ
            # …" / "5. Tiêu chí 5: …" (a51-06): the criteria list ended with its roman section, the items below charge
        return bool(heads) and bool(W.CRITERIA_HEAD.match(heads[-1].group(1)))

    def criteria_topic(self, a: int, b: int) -> bool:
        """``[a, b)`` opens with a topic ("1. Đối với Hội cơ sở") inside a roman section of criteria ("III. TIÊU CHÍ VÀ
        THANG ĐIỂM", :attr:`criteria`): what the criteria ask of that kind of unit, no task."""
        if not any(s <= a < e for s, e in self.criteria):
            return False
        opening = re.sub(r"^[\s*_]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))?[\s*_]*", "", self.text(a, b))
        return bool(W.TOPIC_BODY.match(opening))

    def last_paragraph(self, b: int) -> bool:
        """``b`` ends the body's last paragraph: only blank lines, signature marks or "./." after it."""
        end = self.st.body_end or len(self.f.original)
        tail = self.f.original[b:end]
        return not re.search(r"\n\s*\n\s*\S", tail.split("./.")[0]) or len(tail.strip(" \n|*./")) == 0

    def addressed(self, who: str) -> str:
        """"Các Sở Xây dựng nêu trên" → the addressee it points back to ("Sở Xây dựng các tỉnh,
        thành phố: Gia Lai, Đắk Lắk, …"); the name as printed when no addressee holds it."""
        m = W.BACK_REFERENCE.search(fold(who))
        if not m:
            return who
        core = re.sub(r"^(?:cac|nhung)\s+", "", fold(who)[:m.start()]).strip()
        if len(core) < 4:
            return who
        for part in self.st.addressees:
            name = re.sub(r"\s+", " ", self.text(part.start, part.end)).strip().lstrip("-–+•* ").rstrip(" ;.,")
            if fold(name).startswith(core):
                plural = re.match(r"(?:Các|các|Những|những)\s", who)
                return (plural.group().capitalize() if plural and not fold(name).startswith("cac ") else "") + name
        return who

    def issuer_itself(self, who: str) -> bool:
        """``who`` is the issuing Party committee, named bare ("Đảng ủy", "Ban Thường vụ") or in full: a body it leads
        carries out the tasks it sets (:meth:`led_body`), its own "lãnh đạo, chỉ đạo:" charges the bodies below."""
        issuer = self.st.header.issuer if self.st.header else None
        fw = fold(S.clean_who(who)).strip()
        return fw in W.PARTY_SELF or bool(issuer and (S.is_self(who, issuer) or fw == fold(issuer).strip()))

    def led_body(self, who: str, what: str) -> tuple[str, str] | None:
        """(body, tasks) when the issuing Party committee, named bare ("Đảng ủy") or in full, only leads a named body
        that carries the tasks out: "3. Đảng ủy lãnh đạo Ủy ban nhân dân xã" over "- Xây dựng Kế hoạch thực hiện Nghị
        quyết …" (a15-09); None otherwise ("Đảng ủy Công an phường | lãnh đạo Công an phường xây dựng …" names
        another committee, itself charged)."""
        if not self.issuer_itself(who):
            return None
        m = W.LEADS_BODY.match(what.strip())
        if not m and (lead := W.LEADS_OPENING.match(what.strip())):
            # "4. Đảng ủy lãnh đạo Hội đồng nhân dân xã | xem xét, ban hành cơ chế hỗ trợ …" (a19-07): the body led is
            # the subject of the verbs after it, in the same sentence
            w2, what2 = S.actor(what.strip()[lead.end():])
            if w2 and what2 and len(w2.split()) <= 12 and S.named_body(Folded.of(w2).view) \
                    and P.ORG_HEAD_RE.match(Folded.of(w2).view) and not re.search(r"[:;(]", w2):
                return S.clean_who(w2), what2
            return None
        if not m or not S.named_body(Folded.of(m.group("body")).view) or first_verb(Folded.of(S.guard(m.group("body"))).view):
            return None
        rest = what.strip()[m.end():].strip(" ;:.")
        return (m.group("body"), rest) if rest else None
