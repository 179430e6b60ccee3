"""An issuing body's name printed in capitals, written in the sentence case the labels use.

Kind (found by a newcomer): a header prints its bodies in capitals ("CHÍNH PHỦ", "BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH
LÀO CAI") and vanban gave the issuer as printed, where the labels (``realdocs/labeled``, every ``bench/gold`` folder)
and office staff write "Chính phủ", "Bộ Y tế", "Ủy ban nhân dân tỉnh Lào Cai". The header's printed form stays in
the structure (``Header.printed_issuer``).

Not yet applied to ``Metadata.issuer`` / ``parent_issuer`` (session 20): there the capitals are pinned by the test
fixtures' gold (``tests/fixtures/extract/*.gold.json``, ``expected_metadata.json``) and by the tests' expectations
(applied, 20 tests of 10 files failed on the capitals alone: test_structure, test_oneline_plan, test_extract, …),
and the realdocs sidecars compare folded; the one-line change is
``issuer=issuer_case(_without_replaced(h.issuer))`` (and ``parent_issuer``) in :func:`.metadata.metadata_of`,
with those expectations rewritten as the labels write the names.

A name is rewritten only when every word of it is read by the rules (:mod:`.issuer_words`): a known name, a body
named by its field ("Sở" + "Giáo dục và Đào tạo"), an administrative unit and its place's name, an abbreviation;
a name with a word outside them ("TRƯỜNG THPT NGUYỄN DU") stays as printed rather than be cased wrong.
"""

from __future__ import annotations

import re

from vanban.text import fold

from . import issuer_words as W

_WORD = re.compile(r"[^\s,]+|,")
_LONGEST = max(len(k.split()) for table in (W.FIXED, W.PLACE_COMMITTEES, W.UNITS, W.FIELD_HEADS) for k in table)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _phrase(keys: list[str], i: int, table: dict) -> tuple[int, str] | None:
    """The longest entry of ``table`` starting at word ``i``: (its word count, its written form)."""
    for n in range(min(_LONGEST, len(keys) - i), 0, -1):
        hit = table.get(" ".join(keys[i:i + n]))
        if hit is not None:
            return n, hit
    return None


def issuer_case(name: str | None) -> str | None:
    """``name`` in the labels' sentence case when it is printed in capitals and every word is read (see the module);
    else ``name`` itself. "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai", "BỘ Y TẾ" → "Bộ Y tế"."""
    if not name or any(c.islower() for c in name) or not any(c.isalpha() for c in name):
        return name
    words = _WORD.findall(name)
    keys = [fold(w) for w in words]
    out: list[str] = []
    mode = None  # None: a body's kind next; "field": a field's words; "place": a place's name
    i = 0
    while i < len(words):
        w, k = words[i], keys[i]
        if w in W.ABBREVIATIONS and mode != "place":
            out.append(w)
            i += 1
            continue
        fixed = max((hit for hit in (_phrase(keys, i, W.FIXED), _phrase(keys, i, W.PLACE_COMMITTEES),
                                     _phrase(keys, i, W.FIELD_HEADS)) if hit), default=None, key=lambda h: h[0])
        unit = _phrase(keys, i, W.UNITS) if mode != "place" else None
        if fixed and (mode != "place" or fixed[1] in W.PLACE_COMMITTEES.values()) \
                and not (unit and unit[0] >= fixed[0] and mode is not None):
            n, written = fixed
            out.append(written)
            i += n
            mode = "place" if written in W.PLACE_COMMITTEES.values() else \
                "field" if written in W.FIELD_HEADS.values() else None
            if mode == "field":  # the field's first word
                if i < len(words) and keys[i] not in W.FIELD_JOINS and not _phrase(keys, i, W.FIXED) \
                        and not _phrase(keys, i, W.PLACE_COMMITTEES) and not _phrase(keys, i, W.UNITS):
                    out.append(_title(words[i]))
                    i += 1
            continue
        if unit and mode != "place":
            n, written = unit
            out.append(written)
            i += n
            mode = "place"
            continue
        if mode == "place":
            out.append(w if not w.isalpha() else _title(w))
            i += 1
            continue
        if mode == "field":
            if k in W.FIELD_JOINS:
                out.append(w.lower())
                i += 1
                if i < len(words) and not _phrase(keys, i, W.FIXED):
                    out.append(_title(words[i]))
                    i += 1
                continue
            out.append(w.lower())
            i += 1
            continue
        return name  # a word no rule reads: the name as printed
    text = " ".join(out).replace(" ,", ",")
    return text[:1].upper() + text[1:]
