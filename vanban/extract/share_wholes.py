"""The whole a share counts, in brackets after it, and the other thing of an "either … or" count: parts of one target.

Why (tgt35c): "100% khu dân cư (18 thôn) tổ chức Ngày hội" (a Mặt trận's plan, t34-02) sets one aim, all the khu dân
cư; the bracket says how many they are, no second aim — the labels count "100%" alone (but "đạt 100% chỉ tiêu trên
giao (32 công dân)" is a share of a quota, whose count in brackets is the target, t24-05). "ít nhất 01 nhà "Đại đoàn
kết" hoặc 01 công trình dân sinh" sets one floor over either thing (the labels: min 1, unit "nhà hoặc công trình"): the
count after "hoặc" is the same target's other half, not one more. (tgt36b) "Mỗi khóm thành lập 01 Đội xung kích (toàn
phường 14 đội)" (a phường's plan against dengue, a34-09) sets the 14 teams; the 01 is each khóm's share of them (the
labels count the whole alone, a34-09 and t34-09's "…; toàn phường có 12 đội"); one each is the whole's breakdown, but a
band each ("mỗi chi bộ xây dựng từ 01 đến 02 mô hình; toàn xã có ít nhất 30 mô hình", t22-07) sets its own target. (tgt39a)
"tiếp nhận 900 đơn vị máu (tương đương 900 người hiến)" (a blood drive's plan, a37-09) counts the same aim again in
other things, the same figure: one target, the first (a different figure in the bracket is a second measure the labels
keep apart, "khoảng 3% … (tương đương 12.000 ha)", t23-02). (tgt45b) A bracket with a bound of its own, "Phấn đấu
80% số hộ trở lên đạt … (ít nhất 1.979 hộ)", "… 100% dự toán giao (tối thiểu 44.550 triệu đồng)", sets a floor in
counted things beside the share, no whole the share is of: a second target (t43-04, t34-03 label both). (tgt45b) A
whole's one each in brackets after it, "05 lớp tập huấn (mỗi ấp 01 lớp)", is its breakdown, as above. (tgt47t) The
count in brackets after a share below the whole, "ít nhất 85% cơ sở … (tổng số 236 cơ sở)", is the base the share is
taken of (t46-02, a39-10 leave it out); after "100% số mộ … (tổng số 842 mộ)" it is the same aim counted, which t42-06
keeps, so 100% stays with the rule above. Tests: tests/test_targets_tgt35c.py, tests/test_targets_tgt36b.py,
tests/test_targets_tgt39a.py, tests/test_targets_tgt45b.py, tests/test_targets_tgt47t.py.
"""

from __future__ import annotations

import re

from vanban.models import Target
from vanban.text import fold

__all__ = ["without_share_wholes"]

#: between a share's end and the bracket: the counted things' words, no clause break nor figure (folded); not a quota
#: ("đạt 100% chỉ tiêu trên giao (32 công dân)", t24-05: the bracket is the quota's count, the target the labels keep)
_SHARE_NOUN = re.compile(r"(?![^()]*(?<![a-z])(?:chi tieu|ke hoach|dinh muc)(?![a-z]))[^\d%;:.()\n]{1,40}\(\s*$")
#: (tgt39b) … or a longer stretch that names the bracket's things again: "100% sản phẩm OCOP còn thời hạn chứng nhận trên
#: địa bàn xã (07 sản phẩm)" (the whole the share is of, t38-01) — the caller checks the noun
_SHARE_NOUN_LONG = re.compile(r"(?![^()]*(?<![a-z])(?:chi tieu|ke hoach|dinh muc)(?![a-z]))[^\d%;:.()\n]{41,100}\(\s*$")
#: (tgt47t) … and the base a share below the whole is of, in brackets after its things, "tổng số" may open it: "Kiểm tra ít
#: nhất 85% cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống ⏎ thuộc phân cấp quản lý của phường (tổng số 236 cơ
#: sở)" (t46-02: "describe the scope"), "thu dứt điểm ít nhất 70% số nợ thuế … các năm trước (86.300.000 đồng)" (a39-10:
#: the 70% alone) — the things the share is taken of, whatever the noun; a line break may fall in the things (folded)
#: (tgt51) … the people a share of the population is of, named as such: "Tỷ lệ người tham gia hiến máu đạt từ 2,0% dân số
#: trở lên (dân số toàn xã 20.860 người)" (t50-07: the 2,0% alone) — "dân số", "tổng dân số", "dân số toàn xã (là)"
_SHARE_BASE = re.compile(r"(?![^()]*(?<![a-z])(?:chi tieu|ke hoach|dinh muc)(?![a-z]))(?:[^\d%;:.()\n]|\n(?![ \t]*\n)){1,120}"
                         r"\(\s*(?:(?:tren\s+)?tong(?:\s+so)?\s+"
                         r"|(?:tong\s+)?dan\s+so(?:\s+(?:toan|cua)\s+[a-z]+)?\s+(?:(?:la|co|khoang)\s+)?)?$")
#: (tgt36b) between each unit's count and the whole area's in brackets after it: "Mỗi khóm thành lập 01 Đội xung kích
#: (toàn phường 14 đội)" (a34-09: the labels count the 14 alone; folded)
_WHOLE_AREA_BETWEEN = re.compile(r"[^.:]{0,240}?[(;,]\s*toan\s+[a-z ]{2,18}$")
#: (tgt45b) … and the whole first, each unit's one in brackets after its things: "Mở ít nhất 05 lớp tập huấn (mỗi ấp
#: 01 lớp)", "09 tổ tiêm phòng (mỗi thôn 01 tổ)" — the whole's breakdown (a33-03, a35-10, t33-04, t43-01 count the whole
#: alone; "(mỗi thôn ít nhất 01 chiếc)", a floor each, stays a target: t31-08, a43-01). Folded, from the whole's end
_EACH_ONE_BETWEEN = re.compile(r"[^\d;:.()\n]{0,40}\(\s*moi\s+[a-z]+(?:\s+[a-z]+){0,3}\s+$")
#: … the share each unit gets, "Mỗi khu phố thành lập" before it (folded, the clause up to the count)
_EACH_UNIT_BEFORE = re.compile(r"(?<![a-z])moi\s+[a-z]+(?:\s+[a-z]+){0,5}\s*$")
#: (tgt36b) a count out of a whole followed by its share in brackets: "13/15 tổ dân phố (đạt 86,7%) được công nhận …"
#: (t35-07: the labels store the printed share alone); folded, from the count's end to the share's figure
_SHARE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:dat\s+|bang\s+|chiem\s+)?$")
#: between the first count's end and the second's figure: its things' words (a quoted name too), then "hoặc" (folded)
_OR_BETWEEN = re.compile(r"[^\d;:.()\n]{0,60}?\s+hoac\s+$")
#: (tgt39a) between a count's end and the same figure again as its equivalent: "… máu (tương đương " (folded)
#: (qc55) a share's units, then "có" before a floor of one: "100% xã, thị trấn có ít nhất 01 mô hình phòng, chống bạo lực
#: gia đình …" (t54-06) — the one thing each unit must have to be counted, part of the share's goal, as t25-01 ("100% hộ
#: gia đình … có ít nhất 01 thành viên …") and t35-04 ("100% ấp có ít nhất 01 nhóm trẻ em …") label it (t26-07 apart);
#: a larger floor ("100% thôn có ít nhất 08 camera", t45-05) is a goal of its own (folded, between the two)
#: (the units right after the share: not its bound's "trở lên" nor a norm per unit, "… đạt từ 75% trở lên, mỗi xã có ít
#: nhất 01 hợp tác xã …", t54-04's own target, nor a second requirement, "… đạt 90% và có ít nhất 01 phần việc …",
#: tests/test_targets_share_then_count.py,
#: nor after the share's bound and a comma, "đơn vị hoàn thành từ 90% chỉ tiêu trở lên, có ít nhất 01 công trình …",
#: a28-10's second criterion)
_SHARE_HAS_ONE_BETWEEN = re.compile(r"\s+(?!(?:tro\s+(?:len|xuong)|va|hoac|dat)(?![a-z]))(?!.*(?<![a-z])(?:moi|tro\s+(?:len|xuong))\s)"
                                    r"[^\d%;:.()\n]{0,60}?[^\d%;:.()\n,]\s+co\s+$")
_SAME_AGAIN_BETWEEN = re.compile(r"[^\d;:.()\n]{0,40}?\(\s*(?:tuong\s+duong|tuc\s+la|bang)\s+(?:voi\s+)?$")


def without_share_wholes(targets: list[Target], v: str) -> list[Target]:
    """``targets`` without a count in brackets right after a percentage's things ("100% khu dân cư (18 thôn)"), without
    each unit's count before the whole area's in brackets ("01 Đội … (toàn phường 14 đội)") and without a count after "hoặc" that repeats the bound figure of the count before it (see the module); ``v`` the
    document's folded view."""
    spans = [t for t in targets if t.span]
    drop: set[int] = set()
    for t in spans:
        s, e = t.span.start, t.span.end
        if t.unit != "%" and t.min == t.max and v[e:e + 3].lstrip().startswith(")"):
            for p in spans:
                if p.unit == "%" and p.span.end <= s and (_SHARE_NOUN.fullmatch(v, p.span.end, s) or (
                        _SHARE_NOUN_LONG.fullmatch(v, p.span.end, s) and _names_again(v, p.span.end, s, t.unit))):
                    drop.add(id(t))  # "100% khu dân cư (18 thôn)"
                    break
                if p.unit == "%" and p.span.end <= s and not (p.min == p.max == 100) \
                        and _SHARE_BASE.fullmatch(v, p.span.end, s):
                    drop.add(id(t))  # (tgt47t) "ít nhất 85% cơ sở … (tổng số 236 cơ sở)": the base, not the goal
                    break
        if t.unit != "%" and "/" in (t.text or "").split(" ")[0]:
            if any(p.unit == "%" and p.span.start >= e and _SHARE_IN_BRACKETS.fullmatch(v, e, p.span.start) for p in spans):
                drop.add(id(t))  # "13/15 tổ dân phố (đạt 86,7%)": one share, printed both ways
                continue
        for p in spans:
            if p is not t and p.span.end <= s and t.unit and p.unit and t.unit != "%" and t.min == t.max == 1 \
                    and p.unit.split()[0] == t.unit.split()[0] and _EACH_ONE_BETWEEN.fullmatch(v, p.span.end, s):
                drop.add(id(t))  # (tgt45b) "05 lớp tập huấn (mỗi ấp 01 lớp)": how the whole set is shared out
                break
        for p in spans:
            if p is not t and p.span.start >= e and t.unit and p.unit and t.unit != "%" and t.min == t.max == 1 \
                    and p.unit.split()[0] == t.unit.split()[0] and _EACH_UNIT_BEFORE.search(v, max(0, s - 50), s) \
                    and _WHOLE_AREA_BETWEEN.fullmatch(v, e, p.span.start):
                drop.add(id(t))  # "01 Đội xung kích (toàn phường 14 đội)": each unit's share of the whole set
                break
        if t.unit not in (None, "%") and t.min == 1 and t.max is None and any(
                p.unit == "%" and p.span.end <= s and _SHARE_HAS_ONE_BETWEEN.fullmatch(v, p.span.end, s) for p in spans):
            drop.add(id(t))  # (qc55) "100% xã, thị trấn có ít nhất 01 mô hình …": the share's condition
            continue
        for p in spans:
            if p is t or p.span.end > s or p.unit in (None, "%") or t.unit in (None, "%") or p.min is None:
                continue
            if p.min == t.min and p.max is None and _OR_BETWEEN.fullmatch(v, p.span.end, s):
                drop.add(id(t))  # "ít nhất 01 nhà … hoặc 01 công trình": the floor's other thing
                break
            if (p.min, p.max) == (t.min, t.max) and _SAME_AGAIN_BETWEEN.fullmatch(v, p.span.end, s):
                drop.add(id(t))  # "900 đơn vị máu (tương đương 900 người hiến)": the same aim counted again
                break
    return [t for t in targets if id(t) not in drop]


def _names_again(v: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the folded stretch ``v[start:end]`` names the counted ``unit`` as a word ("sản phẩm"), or lists several
    kinds the bracket counts together in the generic "đơn vị" (tgt45b: "100% cơ quan, trường học, hợp tác xã trên địa
    bàn (12 đơn vị)", t43-04: the whole of those kinds, as a43-04's "… đơn vị trên địa bàn xã (11 đơn vị)" is)."""
    noun = fold(unit or "").strip()
    if noun == _GENERIC_COUNTER and "," in v[start:end]:
        return True
    return bool(noun) and re.search(rf"(?<![a-z]){re.escape(noun)}(?![a-z])", v[start:end]) is not None


_GENERIC_COUNTER = "don vi"
