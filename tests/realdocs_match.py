"""Matching rules of extracted facts against hand-written gold (realdocs/labeled).

Shared by ``bench/realdocs_eval.py`` and the tests, so both count alike.

The rules are stated in bench/realdocs_eval.py (its docstring).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vanban.extract.folded import loose_key
from vanban.text import fold

FIELDS = ("citations", "deadlines", "targets", "obligations")


def _symkey(s: str) -> str:
    """The bench's own symbol key (not vanban's): folded, separators as spaces,
    number parts without leading zeros — "05/QĐ-UBND" = "5/QD-UBND"."""
    parts = re.sub(r"[^0-9a-z]+", " ", fold(s)).split()
    return " ".join(p.lstrip("0") or "0" if p.isdigit() else p for p in parts)


def recurrence_kind(rrule: str | None) -> str | None:
    """'yearly' | 'monthly' | 'quarterly' | '6-monthly' | 'weekly' | 'daily' | None from an RRULE."""
    if not rrule:
        return None
    r = rrule.upper()
    if "FREQ=MONTHLY" in r:
        return {"INTERVAL=3": "quarterly", "INTERVAL=6": "6-monthly"}.get(
            next((p for p in r.split(";") if p.startswith("INTERVAL=")), ""), "monthly")
    if "FREQ=YEARLY" in r:
        months = next((p for p in r.split(";") if p.startswith("BYMONTH=")), "")
        n = len(months.split(",")) if months else 1
        return {4: "quarterly", 2: "6-monthly", 12: "monthly"}.get(n, "yearly")
    if "FREQ=WEEKLY" in r:
        return "weekly"
    if "FREQ=DAILY" in r:
        return "daily"
    return r.lower()


def _dl_match(g, x) -> bool:
    kind = recurrence_kind(x.get("recurrence"))
    # The labels' schema names four kinds and "else null": a daily or weekly rule
    # is scored as null against such gold (gold that says "daily"/"weekly" must match).
    if kind != g.get("recurrence") and not (g.get("recurrence") is None and kind in ("daily", "weekly")):
        return False
    if g.get("date"):
        return x.get("date") == g["date"] or (x.get("earliest") == x.get("latest") == g["date"])
    return (x.get("earliest"), x.get("latest")) == (g.get("earliest"), g.get("latest"))


#: a unit's power printed raised or on the line ("m²" = "m2", "m³" = "m3"): eng OCR reads no raised digit, and the
#: documents print both spellings (the labels keep each as printed)
_POWERS = str.maketrans("²³", "23")


def _unit_ok(gu, xu) -> bool:
    if gu is None or xu is None:
        return gu is None and xu is None
    gu, xu = gu.translate(_POWERS), xu.translate(_POWERS)
    # a rate per period: the gold may write "%/năm" where vanban gives "%" with the
    # period "mỗi năm" (case 12's convention); both say the same
    gu, xu = (re.sub(r"^%\s*/\s*\w+$", "%", u.strip()) for u in (gu, xu))
    # a percentage of a named base: the gold may write the base into the unit
    # ("% tổng mức chi soạn thảo") where vanban gives "%" and the base in the scope
    gu, xu = (re.sub(r"^%\s+\w.*$", "%", u) for u in (gu, xu))
    if gu == "%" or xu == "%":
        return gu == xu
    a, b = fold(gu).strip(), fold(xu).strip()
    return a == b or a.startswith(b) or b.startswith(a) or a.startswith("ty le")


#: money written in thousands, millions or billions ("300 triệu đồng") is the same amount as its đồng ("300.000.000
#: đồng"): a target is not missed for the magnitude word its unit was printed or labelled with
_SCALES = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
#: other spellings of one unit ("24 tiếng" = "24 giờ")
_SAME_UNIT = {"tieng": "gio"}


def _in_base_unit(v, unit):
    """(value, folded unit) with a magnitude word folded into the value ("300", "triệu đồng" → 3e8, "dong")."""
    if unit is None:
        return v, None
    u = " ".join(fold(unit).split())
    head, _, rest = u.partition(" ")
    if head in _SCALES and (rest.startswith("dong") or rest.startswith("usd") or not rest):
        return (None if v is None else float(v) * _SCALES[head]), (rest or "dong")
    return v, _SAME_UNIT.get(u, u)


def _target_match(g, x) -> bool:
    if _num_eq(g["min"], x["min"]) and _num_eq(g["max"], x["max"]) and _unit_ok(g["unit"], x["unit"]):
        return True
    (gmin, gu), (gmax, _) = _in_base_unit(g["min"], g["unit"]), _in_base_unit(g["max"], g["unit"])
    (xmin, xu), (xmax, _) = _in_base_unit(x["min"], x["unit"]), _in_base_unit(x["max"], x["unit"])
    if (gu, xu) == (fold(g["unit"] or ""), fold(x["unit"] or "")):
        return False  # no magnitude word or other spelling on either side: the plain rule said no
    return _num_eq(gmin, xmin) and _num_eq(gmax, xmax) and _unit_ok(gu, xu)


def _num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6 or _rounded_eq(a, b) or _rounded_eq(b, a)


def _rounded_eq(a, b) -> bool:
    """``a`` is ``b`` rounded to the decimals ``a`` is written with, three or more: a fraction a label stored rounded
    ("ít nhất 2/3 số thành viên" → 0.6667, tune47's t47-07; the labels' README: "2/3 → 0.666…") is the same figure
    as the 0.666… read. Fewer decimals say a figure as printed ("0,49%"), matched exactly."""
    text = repr(float(a))
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return decimals >= 3 and round(float(b), decimals) == float(a)


def match_item(field, g, x) -> bool:
    if field == "citations":
        if g.get("number"):
            return bool(x.get("number")) and _symkey(g["number"]) == _symkey(x["number"])
        return not x.get("number") and fold(g.get("type") or "") == fold(x.get("type") or "")
    if field == "deadlines":
        return _dl_match(g, x)
    if field == "targets":
        return _target_match(g, x)
    if field == "obligations":
        xd = x.get("deadline")
        xend = (xd.get("date") or xd.get("latest")) if xd else None
        if g.get("deadline") != xend:
            return False
        if g["who"] is None or x["who"] is None:
            return g["who"] is None and x["who"] is None
        return fuzz.token_set_ratio(loose_key(g["who"]), loose_key(x["who"])) >= 80
    raise KeyError(field)


def assignments(got):
    """The extracted obligations as the labels count them: one per assignment block. vanban lists one obligation per
    task with its own date (``block`` numbers the block it was read from: "2. Ban cán sự đảng … ⏎ - … trước ngày
    30/9/2027. ⏎ - … trước ngày 15/12 hằng năm." is two rows of one block); the labels
    (``realdocs/labeled/README.md``) write the block once, dated by "the earliest dated deadline attached to that
    assignment" — a date still to come before one the block recalls as passed (past events are no deadlines:
    a17-04's "đã yêu cầu … trước ngày 20/11/2026"). Rows without a block stay apart."""
    out, at = [], {}
    for x in got:
        b = x.get("block")
        if b is None:
            out.append(x)
        elif b not in at:
            at[b] = len(out)
            out.append(x)
        else:
            first = out[at[b]]
            what = "; ".join(w for w in (first.get("what"), x.get("what")) if w)
            due = min((d for d in (first.get("deadline"), x.get("deadline")) if d),
                      key=lambda d: (bool(d.get("past")), _due(d)), default=None)
            out[at[b]] = {**first, "what": what, "deadline": due}
    return out


def _due(d) -> str:
    return d.get("date") or d.get("latest") or "9999"


def prf(field, gold, got):
    """(tp, got, gold, unmatched gold, unmatched got); obligations folded to their blocks (:func:`assignments`)."""
    if field == "obligations":
        got = assignments(got)
    used, tp, missed = set(), 0, []
    for g in gold:
        for i, x in enumerate(got):
            if i not in used and match_item(field, g, x):
                used.add(i)
                tp += 1
                break
        else:
            missed.append(g)
    extra = [x for i, x in enumerate(got) if i not in used]
    return tp, len(got), len(gold), missed, extra


def f1(tp, n_got, n_gold) -> float:
    p = tp / n_got if n_got else 1.0
    r = tp / n_gold if n_gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0
