"""Real-word errors of accented OCR: a valid syllable one mark away from the right one.

Why: Tesseract ``vie`` on a scan writes a fully marked syllable that is itself a
word but wrong in its place — "chuyển đổi số nắm 2026" (năm), "chỉ phí" (chi),
"thị hành" (thi), "Lầm Đồng" (Lâm). Post-OCR correction (``restore(…,
"correct")``) changes a valid syllable only when the LM beats the observed form
by ``CORRECT_MIN_MARGIN`` on top of the channel cost, which keeps most of them.
Measured on the scanned forms of the tune documents (``bench/rword.py``): 39
real-word substitutions in 13.6 k words of raw ``vie`` output, 13 left after
correction, all one mark away.

The rule here works on correction's own record (:class:`TokenChoice`): a word
correction kept as read is replaced by its best alternative when

* the alternative is in the OCR confusion channel of the observed form: one
  mark apart, in a direction the engine was measured to err in (``CHANNEL``);
* the token's local posterior (LM context × channel, computed by correction)
  gives the alternative at least ``MIN_POSTERIOR`` and more than the observed
  form — with the channel's own cost of a mark change (log10 2.2) already paid,
  so the LM context must favour it by over 10^2.2; before a four-digit year
  ("nắm 2026") a majority (``YEAR_POSTERIOR``) is enough; a capitalised or
  all-caps word (maybe a name) needs ``NAME_POSTERIOR``.

Thresholds were chosen on the tune documents' scans (13 documents, 32 k words)
and checked on the other labelled documents (11, 25 k words; the issue's
held-out five excluded) with ``bench/rword.py``. On tune, with the channel, every
override from 0.5 up was right against the source (the two counted wrong are
typos of the published text: "nâng cao nâng lực", "chuyển đối số"); 0.55 is the
lowest value tried, 0.75 and above fix little but the year case. Check: 4
overrides, all right (one against a typo of the source, "trao đối với"); 0
false changes on the documents' own clean text. A first version allowed any one
changed character and, on check, turned "số lượng", "mà", "nay", "cán" into
"lương", "mã", "này", "cần": the direction of the channel is what keeps those.
Word error rates (source words): tune 0.76% raw → 0.57% corrected → 0.55% with
this rule; check 0.62% → 0.44% → 0.43%.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.models import Restoration
from vanban.text import fold, split_syllable

MIN_POSTERIOR = 0.55
YEAR_POSTERIOR = 0.5
NAME_POSTERIOR = 0.99  # a capitalised or all-caps word may be a name ("Đỉnh Thị Quế", "Lầm Đồng" are fixed, at 0.996+)
_YEAR_RE = re.compile(r"[ \t]*(?:19|20)\d\d\b")


TONES = ("none", "sắc", "huyền", "hỏi", "ngã", "nặng")  # split_syllable's tone numbers 0–5
#: The OCR confusion channel of Tesseract ``vie`` on scans, observed → intended: the mark
#: changes seen at least twice among the real-word substitutions of the tune documents'
#: scans (bench/rword.py; counts there: sắc→hỏi 37 — tố/tổ, thấm/thẩm, đối/đổi —, hỏi→none
#: 14 — chỉ/chi, tỉnh/tinh —, huyền→none 11 — dần/dân, phần/phân —, đ→d 4, sắc→none 3 —
#: khí/khi, nắm/năm). Seen once: ư→u, huyền→hỏi, none→huyền, nặng→none: left out, the
#: engine adds marks and reads hỏi as sắc far more than it drops them.
CHANNEL = frozenset({"tone sắc→hỏi", "tone hỏi→none", "tone huyền→none", "tone sắc→none", "đ→d"})


def mark_change(observed: str, intended: str) -> str | None:
    """The one mark that turns ``observed`` into ``intended`` (lower-case NFC syllables):
    "tone sắc→hỏi", "đ→d", "ư→u"…; None when they differ otherwise (or not at all)."""
    if len(observed) != len(intended) or observed == intended or fold(observed) != fold(intended):
        return None
    base_o, tone_o = split_syllable(observed)
    base_i, tone_i = split_syllable(intended)
    if base_o == base_i:
        return f"tone {TONES[tone_o]}→{TONES[tone_i]}"
    diff = [(a, b) for a, b in zip(base_o, base_i) if a != b]
    return f"{diff[0][0]}→{diff[0][1]}" if tone_o == tone_i and len(diff) == 1 else None


def fix_real_words(res: Restoration) -> Restoration:
    """``res`` with the real-word errors described above replaced (same-length forms only,
    so every token offset stays valid); the TokenChoice of each is marked changed.

    Token offsets are the source's (``res.text`` is the source with each chosen form put
    in): the rule finds each token in ``res.text`` by the length changes before it. Until
    2026-12-01 it compared source offsets with ``res.text`` and so skipped every token
    after a length-changing correction ("Tập ưung" → "Tập trung" kept "Các chỉ bộ")."""
    text = res.text
    edits: list[tuple[int, int, str]] = []
    tokens = list(res.tokens)
    shift = 0  # token offsets are the source's: where a token is in ``text``, after the
    # forms chosen before it changed length ("ưung" → "trung"), is its start + shift
    for n, tok in enumerate(tokens):
        at, shift = tok.start + shift, shift + len(tok.chosen) - (tok.end - tok.start)
        if tok.changed or not tok.alternatives or tok.chosen != tok.source:
            continue
        alt, p = tok.alternatives[0]
        if mark_change(tok.source.lower(), alt.lower()) not in CHANNEL or text[at:at + len(tok.source)] != tok.source:
            continue
        if _YEAR_RE.match(text, at + len(tok.source)):
            need = YEAR_POSTERIOR
        elif tok.source[:1].isupper():
            need = NAME_POSTERIOR
        else:
            need = MIN_POSTERIOR
        if p >= need and p > tok.confidence:
            edits.append((at, at + len(tok.source), alt))
            tokens[n] = replace(tok, chosen=alt, confidence=p,
                                alternatives=((tok.source, tok.confidence),) + tok.alternatives[1:], changed=True)
    if not edits:
        return res
    out, last = [], 0
    for start, end, form in edits:
        out += [text[last:start], form]
        last = end
    out.append(text[last:])
    return Restoration(text="".join(out), tokens=tuple(tokens))
