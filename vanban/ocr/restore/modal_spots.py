"""The modal "sẽ" before a verb: "(Sở Tài chính) sẽ tổng hợp", never "sở tổng hợp" nor "số báo cáo" after a subject.

Why: legacy OCR writes "sẽ", "sở" and "số" alike ("sé": its "é" stands for ê, ở and ố as well: "Kiém", "cơ sé"), and
the document cache raises the forms its header reads with confidence: "SỞ TÀI CHÍNH", "Số: 4127/STC-QLNS". So a
department's letter read "(Sở Tài chính) sở tổng hợp" (a17-10) and "đơn vị chậm báo cáo sở được nêu tên", a
commission's plan "Ủy ban Kiểm tra số báo cáo kết quả" (t18-03). Before a verb that a subject's modal precedes, the
lower-case key is "sẽ" unless the word before makes it a noun ("cơ sở", "các sở", "tổng số"). A second-pass spot as
:func:`.body_acts.act_spots` gives one: "sẽ" where the pass read "sở" or "số" and "sẽ" was a candidate.
"""

from __future__ import annotations

from vanban.text import fold

__all__ = ["MODAL", "modal_spots"]

MODAL = "sẽ"
#: the forms the pass reads in its place: a department's head, a number
RIVALS = frozenset({"sở", "số"})
#: folded verbs (first syllable, or first two) a subject's "sẽ" comes before in plans and letters
VERBS_AFTER = frozenset({
    ("tong", "hop"), ("bao", "cao"), ("thuc", "hien"), ("xem", "xet"), ("tien", "hanh"), ("to", "chuc"),
    ("kiem", "tra"), ("chu", "tri"), ("phoi", "hop"), ("huong", "dan"), ("thong", "bao"), ("de", "nghi"),
    ("xu", "ly"), ("trien", "khai"), ("tham", "muu"), ("cong", "khai"), ("giam", "sat"), ("cap", "nhat"),
    ("ban", "hanh"), ("trinh",), ("duoc",), ("bi",), ("gui",), ("cu",), ("tiep", "tuc"), ("khong",),
    ("dieu", "chinh"), ("bo", "sung"),  # "Ban Thường vụ Đảng ủy sẽ điều chỉnh Kế hoạch …" (a18-03's closing line)
})
#: the folded word before that makes the key a noun: "cơ sở", "trụ sở", "các sở", "tổng số", "một số", "theo số"
NOUN_BEFORE = frozenset({"co", "tru", "cac", "nhung", "tong", "mot", "moi", "theo", "voi", "ve", "tai", "o", "vao",
                         "la", "ky", "so", "da", "con", "du", "hai", "ba", "cua", "gom"})


def modal_spots(first, text: str) -> dict[int, str]:
    """Lattice position → "sẽ", where a pass read "sẽ", "sở" or "số" (a spot read so keeps it against the header's
    bonus), written lower-case, before a verb of
    :data:`VERBS_AFTER` (only blanks between) and after no word of :data:`NOUN_BEFORE`. ``first`` as for
    :func:`.names.own_units`: the pass's readings in text order (start, end, form lower-cased, confidence, position)."""
    out: dict[int, str] = {}
    for k in range(len(first) - 1):
        start, end, form, _, t = first[k]
        if t is None or (form not in RIVALS and form != MODAL) or not text[start].islower():
            continue
        nxt = first[k + 1]
        if text[end:nxt[0]].strip():
            continue
        verb = (fold(nxt[2]),)
        if verb not in VERBS_AFTER:
            if k + 2 >= len(first) or text[nxt[1]:first[k + 2][0]].strip():
                continue
            verb += (fold(first[k + 2][2]),)
            if verb not in VERBS_AFTER:
                continue
        if k and not text[first[k - 1][1]:start].strip() and fold(first[k - 1][2]) in NOUN_BEFORE:
            continue
        out[t] = MODAL
    return out
