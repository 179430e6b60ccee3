"""A Quy chế named only in a cited document's title, cited of its own when the text goes on to apply it.

Why: "Căn cứ Thông tư số 30/2024/TT-BGDĐT … ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ
thông;" names the rules an exam is held under; an exam plan then applies them by their bare type word ("tổ chức kỳ
thi nghiêm túc, đúng quy chế", "thí sinh vi phạm quy chế bị xử lý", "nắm vững Quy chế", "phổ biến quy chế"). Such a
text treats the Quy chế as a document of its own, cited beside the Thông tư (the labels of a29-03 and t26-10; the
labels README: "also one named only inside the title of another cited document"). A Quy chế a numbered decision
issues and the text never applies so stays that decision's (the majority of the sets: a24-04, a21-07, t25-05 …,
``citations._issued_by_numbered``).

Input: the folded text and the numbered citations' ends; output: (Citation, start, end) per such Quy chế, its
number, date and issuer unknown (the Thông tư's are not its own).
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded, clean_quote
from vanban.models import Citation

__all__ = ["applied_rules"]

#: the text applying a Quy chế by its bare type word, as the rules it runs under (folded)
APPLIED_RULES_RE = re.compile(r"\b(?:dung|vi pham|nam vung|pho bien|chap hanh|tuan thu)\s+quy che"
                              r"(?=\s*[;,.:)|]|\s+(?:bi|phai|thi|va)\b)")
#: after a numbered citation, up to its title's "ban hành Quy chế " (folded; "… ngày … của Bộ trưởng … ban hành")
_ISSUES_RULES_RE = re.compile(r"(?:[^;\n]|\n(?![ \t]*\n)){0,160}?\bban\s+hanh\s+(?:kem\s+theo\s+)?(?=quy\s+che\s+(?!nay\b)[a-z])")
#: the Quy chế's name ends at its clause's end or where the title goes on to another document
_NAME_END_RE = re.compile(r"[;(]|\n[ \t]*\n|\.(?:\s|$)|,?\s+(?:va|kem\s+theo)\s+(?:quyet\s+dinh|thong\s+tu|nghi\s+dinh)\b")


def applied_rules(f: Folded, numbered_ends: list[int], taken: list[tuple[int, int]]
                  ) -> list[tuple[Citation, int, int]]:
    """The Quy chế named in the titles of the numbered citations ending at ``numbered_ends`` that the text applies by
    its bare type word (see the module's doc); none that a span in ``taken`` already holds."""
    v, o = f.view, f.original
    if not APPLIED_RULES_RE.search(v):
        return []
    out: list[tuple[Citation, int, int]] = []
    for e in sorted(set(numbered_ends)):
        m = _ISSUES_RULES_RE.match(v, e)
        if m is None:
            continue
        a = m.end()
        if o[a:a + 1] != "Q" or any(s <= a < t for s, t in taken):
            continue  # "ban hành quy chế …" in lower case: a rule in general, not a title
        stop = _NAME_END_RE.search(v, a, min(len(v), a + 200))
        b = stop.start() if stop else min(len(v), a + 200)
        name = clean_quote(o[a:b]).rstrip(" ,")
        if len(name.split()) >= 3:
            out.append((Citation(text=name, number=None, type="Quy chế", name=name), a, a + len(o[a:b].rstrip(" ,"))))
    return out
