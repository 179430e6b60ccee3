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
import unicodedata
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from vanban.models import Restoration
from vanban.text import WORD_RE, fold, split_syllable

from .restore.lexicon import dictionary_syllables
from .restore.names import known_names

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


# --- names of bodies read with one syllable a mark or two off ---------------------------------
#
# Why: a body's name has one spelling, and on a poor scan ``vie`` misreads one syllable of it as
# another valid syllable: "Phỏng Kinh tế" (Phòng), "Các tế dân phố" (tổ), "Các Chỉ cục Hải quan"
# (Chi; 37693-TB-CHQ), "Ủy bạn nhân dân". Correction keeps them: each is a word,
# and the LM's context is the name itself, which it knows less well than the lexicon does. When
# the other syllables of a known name (``lexicon/organisations.txt``) read exactly, the odd one is
# the name's syllable — if it is close to it (:func:`name_syllable_close`) and written in the
# name's case. Names of ``NAME_MIN_SYLLABLES`` or more, or proper names of two (every syllable
# capitalised: places, "Đắk Lắk", "Thanh Hóa") standing apart from other capitalised words (not
# a person's "Nguyễn Hải Phong"): a common name of two is too little evidence ("Chi bổ sung" is
# no "Chi bộ", "Chính phủ Chủ tịch" no "Phó Chủ tịch"); a proper name's odd syllable must be no
# word at all (:func:`_garbled`). On poor scans of the tune plans (150 dpi, speckled, JPEG; eight
# documents, 24 pages) the names left misread were places: "Đắk Lắk" read "Đâk", "Đậk", "Lâk",
# "Lẫk" ten times (all fixed), "Thánh Hóa" once (kept: "Thánh" is a word). Checked on poor scans
# of six other tune documents (18 pages): 5 changes, all right ("Phỏ Chủ tịch", "Vũng Tâu", "Bộ
# Chỉnh trị", "Nghệ Añ", "Tự đó"); two-odd windows stay ("Ủy bạn nhãn dân"). On the clean text of
# 293 real documents (the held-out five and fresh4 left out) it changes nothing.
NAME_MIN_SYLLABLES = 3
MAX_MARK_EDITS = 2  # marks (tone, hat, horn, breve, đ) and vowel letters apart: "tế" → "tổ" is two
_NO_VOWELS = str.maketrans("", "", "aeiouy")
_BLANKS = " \t\n-–"  # what may stand between a name's words ("Phòng Văn hóa - Xã hội")


def name_syllable_close(observed: str, syllable: str) -> bool:
    """``observed`` may be ``syllable`` (both lower-case NFC) misread: the same consonants, as long
    once folded, and at most ``MAX_MARK_EDITS`` marks or vowel letters apart ("phỏng"/"phòng",
    "tế"/"tổ", "chỉ"/"chi"; not "số"/"sở" of a lower-case name, which the case test refuses)."""
    if observed == syllable or len(observed) != len(syllable):
        return False
    fo, fs = fold(observed), fold(syllable)
    if fo.translate(_NO_VOWELS) != fs.translate(_NO_VOWELS) or len(fo) != len(fs):
        return False
    a, b = unicodedata.normalize("NFD", observed), unicodedata.normalize("NFD", syllable)
    return Levenshtein.distance(a, b) <= MAX_MARK_EDITS


#: a capital letter the engine reads as another of like shape (lower-cased: observed, meant): "HỘT ĐỒNG NHÂN DÂN" for
#: "HỘI ĐỒNG" on a scanned header (the session-25 newcomer), "HỘL" — only inside a window of capitals that reads as a
#: known name but for that one letter, where no mark tells the two apart
CAPITAL_LOOKALIKES = frozenset({("t", "i"), ("l", "i"), ("i", "l"), ("i", "t")})


def capital_glyph_close(observed: str, syllable: str) -> bool:
    """``observed`` (lower-cased NFC) is ``syllable`` with one letter read as its capital's look-alike
    (:data:`CAPITAL_LOOKALIKES`), its marks kept: "hột" / "hội"."""
    if len(observed) != len(syllable):
        return False
    diff = [(a, b) for a, b in zip(observed, syllable) if a != b]
    return len(diff) == 1 and diff[0] in CAPITAL_LOOKALIKES


def _is_proper(syls: tuple[str, ...]) -> bool:
    return all(s[:1].isupper() for s in syls)


def _case_of(word: str) -> str:
    return "upper" if word.isupper() and len(word) > 1 else "title" if word[:1].isupper() else "lower"


@lru_cache(maxsize=1)
def _names_by_syllable() -> dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]]:
    """Known names of ``NAME_MIN_SYLLABLES`` or more (or proper names, :func:`_is_proper`) under
    their first and their second syllable, lower-cased, as (place of that syllable, syllables
    lower-cased, syllables): a window with one odd word holds one of the two exactly."""
    index: dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
    for entries in known_names().values():
        for _, syls in entries:
            if len(syls) >= NAME_MIN_SYLLABLES or _is_proper(syls):
                lows = tuple(s.lower() for s in syls)
                for k in (0, 1):
                    index.setdefault(lows[k], []).append((k, lows, syls))
    return index


def name_fixes(words: list[tuple[int, str]], text: str) -> dict[int, str]:
    """Word index → the known name's syllable, for windows of ``words`` ((offset, word) in text
    order; only blanks and dashes between the words of a window) that read as a known name but for one word
    close to its syllable and in its case (a capitalised syllable read capitalised, a lower-case
    one in lower case; an all-caps window as it stands)."""
    out: dict[int, str] = {}
    index = _names_by_syllable()
    lows = [w.lower() for _, w in words]
    for i, low in enumerate(lows):
        for k, name, syls in index.get(low, ()):
            n = len(name)
            first = i - k
            if first < 0 or first + n > len(words):
                continue
            odd = []
            for j in range(n):
                if lows[first + j] != name[j]:
                    odd.append(j)
                    if len(odd) > 1:
                        break
            if len(odd) != 1 or first + odd[0] in out or (k == 1 and odd[0] != 0):
                continue  # (a window whose odd word is not its first is found by its first)
            j = odd[0]
            at = first + j
            window = [w for _, w in words[first:first + n]]
            if any(text[words[first + m][0] + len(words[first + m][1]):words[first + m + 1][0]].strip(_BLANKS)
                   for m in range(n - 1)):
                continue
            if not name_syllable_close(lows[at], name[j]) and not (
                    capital_glyph_close(lows[at], name[j]) and all(_case_of(w) == "upper" for w in window)):
                continue
            if n < NAME_MIN_SYLLABLES and not (_garbled(lows[at]) and _apart(words, first, n, text)):
                continue
            observed = words[at][1]
            if all(_case_of(w) == "upper" for w in window):
                form = syls[j].upper()
            elif _case_of(observed) == _case_of(syls[j]) and _case_of(observed) != "upper":
                form = syls[j]
            else:
                continue
            out[at] = form
    return out


# --- a body's common name of two syllables, read with one a mark off, where a body stands -------
#
# Why: ``vie`` reads "chi bộ" as "chỉ bộ" on scans ("100% chỉ bộ quán triệt", "Mỗi chỉ bộ xây
# dựng", "Chỉ bộ Khu phố 3"): both syllables are words, the LM weighs "chỉ" (only) against "chi"
# and keeps the misreading, and :func:`name_fixes` leaves names of two common syllables alone
# ("Chi bổ sung" is no "Chi bộ", "không chỉ bộ máy" no "chi bộ"). Where the words around say a
# body stands there — a quantifier of bodies before ("các", "mỗi", "100%"), a number, a place or
# "trực thuộc" after — the name is read: ``BODY_BEFORE`` / ``BODY_AFTER`` below, the window written
# as the name is (lower case, capitalised first word, or all caps; not "Chỉ Bộ Chính trị", whose
# second word is a name's).
BODY_BEFORE = frozenset({"các", "mỗi", "những", "từng", "toàn", "giao", "cho", "tại", "của"})
BODY_AFTER = frozenset({"trực", "thôn", "khu", "tổ", "ấp", "bản", "xóm", "khối", "cơ", "trường"})
# the lexicon's two-syllable names of persons' offices, not bodies: "các trưởng bản" (village heads) is
# no "trưởng ban", and a title stands beside a name, not where bodies are counted
PERSON_TITLES = frozenset({("bí", "thư"), ("chủ", "tịch"), ("trưởng", "ban")})
_NUMBER_BEFORE = re.compile(r"(?:\d+\s*%?|%)[ \t]*$")  # "100% chi bộ", "02 chi bộ"


@lru_cache(maxsize=1)
def _common_pairs() -> dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]]:
    """Known names of two syllables that are no proper names ("Chi bộ", "Tỉnh ủy", "Bí thư"),
    under each syllable lower-cased, as :func:`_names_by_syllable` indexes the longer ones."""
    index: dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
    for entries in known_names().values():
        for _, syls in entries:
            lows = tuple(s.lower() for s in syls)
            if len(syls) == 2 and not _is_proper(syls) and lows not in PERSON_TITLES:
                for k in (0, 1):
                    index.setdefault(lows[k], []).append((k, lows, syls))
    return index


def _body_stands(words: list[tuple[int, str]], first: int, text: str) -> bool:
    """The two words ``words[first:first + 2]`` stand where a body is named: a quantifier of
    bodies or a number right before them, a number, "trực thuộc", a place noun or a capitalised
    name right after them (blanks between)."""
    start = words[first][0]
    line_before = text[text.rfind("\n", 0, start) + 1:start]
    if _NUMBER_BEFORE.search(line_before):
        return True
    if first > 0:
        at, prev = words[first - 1]
        if not text[at + len(prev):start].strip(" \t") and prev.lower() in BODY_BEFORE:
            return True
    end = words[first + 1][0] + len(words[first + 1][1])
    after = text[end:end + 40]
    gap = len(after) - len(after.lstrip(" \t"))
    nxt = after[gap:]
    if not gap or not nxt:
        return False
    if nxt[:1].isdigit():
        return True
    word = WORD_RE.match(nxt)
    return bool(word) and (word.group().lower() in BODY_AFTER or word.group()[:1].isupper())


# (ocr45) … or where a clause opens with the name: a line's first words past a list mark or a cell's bar ("1. Chỉ ủy,
# bí thư các chi bộ", "| Chỉ bộ |"), or the words after a colon ("Chậm nhất ngày 30/11: chỉ hội gửi biên bản …"): the
# subject of an assignment, where "chỉ" (only) hardly opens anything. Two checks keep "only": the next word makes no
# word with the name's second syllable (``COMPOUND_AFTER``: "Chỉ ủy quyền cho …", "chỉ hội đủ điều kiện") and, unless a
# mark closes the name there ("Chỉ ủy (bí thư …)", "Chỉ ủy,"), the page itself names the body right elsewhere
# (twice at least: "chi bộ", "các chi hội"): a document of chi bộ speaks of them again.
_CLAUSE_HEAD_RE = re.compile(r"(?:^[ \t]*(?:[-+•*|][ \t]*)*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*)?|[:|(][ \t]*)$")
COMPOUND_AFTER = {
    "ủy": frozenset({"quyền", "thác", "nhiệm", "ban", "viên", "lạo", "mị"}),
    "bộ": frozenset({"máy", "phận", "đội", "trưởng", "luật", "môn", "mặt", "hồ", "tài", "tiêu", "chỉ", "công", "đề",
                     "câu", "sưu", "dụng", "quy", "óc"}),
    "hội": frozenset({"viên", "đủ", "tụ", "nhập", "nghị", "ý", "họp", "thảo", "diễn", "chứng", "đồng", "thi", "trại"}),
    "đoàn": frozenset({"viên", "kết", "thể", "tụ", "tùy", "xe", "công", "kiểm", "giám", "khảo", "đại"}),
}


def _opens_clause_as_body(words: list[tuple[int, str]], first: int, text: str, name: tuple[str, ...]) -> bool:
    """The two words ``words[first:first + 2]`` open a clause as the body ``name`` (lower-cased syllables) — see the
    note above."""
    start = words[first][0]
    if not _CLAUSE_HEAD_RE.search(text[text.rfind("\n", 0, start) + 1:start]):
        return False
    end = words[first + 1][0] + len(words[first + 1][1])
    after = text[end:end + 40].lstrip(" \t")
    if after[:1] in (",", "(", "|", ";", ":") or not after.strip() or after[:1] == "\n":
        return True
    word = WORD_RE.match(after)
    if not word or word.group().lower() in COMPOUND_AFTER.get(name[1], ()):
        return False
    spelt = " ".join(name)
    return len(re.findall(rf"(?<![^\W\d_]){spelt}(?![^\W\d_])", text, re.IGNORECASE)) >= 2


def pair_fixes(words: list[tuple[int, str]], text: str) -> dict[int, str]:
    """Word index → the syllable of a two-syllable body name (:func:`_common_pairs`) where a window
    of two words reads as it but for one syllable one mark off in the engine's direction
    (:data:`CHANNEL`: "chỉ" → "chi"; not "Quân ủy" → "Quận ủy", "cho bộ" → "chi bộ") and the window
    stands where a body is named (:func:`_body_stands`)."""
    out: dict[int, str] = {}
    index = _common_pairs()
    lows = [w.lower() for _, w in words]
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if text[a[0] + len(a[1]):b[0]].strip(" \t"):
            continue
        for k, name, _ in [*index.get(lows[i], ()), *index.get(lows[i + 1], ())]:
            j = 1 - k  # the odd one: the other syllable reads exactly
            if lows[i + k] != name[k] or mark_change(lows[i + j], name[j]) not in CHANNEL:
                continue
            first_case, second_case = _case_of(words[i][1]), _case_of(words[i + 1][1])
            if (first_case, second_case) == ("upper", "upper"):
                form = name[j].upper()
            elif second_case == "lower" and first_case in ("lower", "title"):
                form = name[j].capitalize() if j == 0 and first_case == "title" else name[j]
            else:
                continue
            if _body_stands(words, i, text) or _opens_clause_as_body(words, i, text, name):
                out[i + j] = form
                break
    return out


def _garbled(word: str) -> bool:
    """A marked form no Vietnamese word spells ("lâk", "đậk"): what OCR made of a place's syllable.
    A valid one may be another place ("Thanh Hòa", a commune, is no "Thanh Hóa"), an unmarked one
    a name written in Latin letters ("Make in Viet Nam")."""
    return not word.isascii() and word not in dictionary_syllables()


def _apart(words: list[tuple[int, str]], first: int, n: int, text: str) -> bool:
    """The window ``words[first:first + n]`` is no part of a longer name: the words next to it on
    its line (blanks between) are not capitalised."""
    for k, gap in ((first - 1, (first - 1, first)), (first + n, (first + n - 1, first + n))):
        if 0 <= k < len(words):
            a, b = gap
            between = text[words[a][0] + len(words[a][1]):words[b][0]]
            if not between.strip(" \t") and words[k][1][:1].isupper():
                return False
    return True


def fix_body_names(res: Restoration) -> Restoration:
    """``res`` with :func:`name_fixes` applied to its text (same-length forms only, so token
    offsets stay valid); the TokenChoice of each is marked changed."""
    text = res.text
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    found = pair_fixes(words, text)
    found.update(name_fixes(words, text))
    fixes = {at: form for at, form in found.items() if len(form) == len(words[at][1])}
    if not fixes:
        return res
    by_offset = {words[at][0]: form for at, form in fixes.items()}
    tokens = list(res.tokens)
    shift = 0
    for n, tok in enumerate(tokens):
        at, shift = tok.start + shift, shift + len(tok.chosen) - (tok.end - tok.start)
        form = by_offset.get(at)
        if form is not None and len(tok.chosen) == len(form):
            tokens[n] = replace(tok, chosen=form, alternatives=((tok.chosen, tok.confidence),) + tok.alternatives,
                                changed=True)
    out, last = [], 0
    for start, form in sorted(by_offset.items()):
        out += [text[last:start], form]
        last = start + len(form)
    out.append(text[last:])
    return Restoration(text="".join(out), tokens=tuple(tokens))
