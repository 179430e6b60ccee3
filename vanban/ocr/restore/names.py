"""Known names snap to their known spelling; a document's own confident marks raise its forms.

Why: a trigram model scores "Tự do" against "Từ đó" by local counts, but the
national motto "Độc lập - Tự do - Hạnh phúc" and the names of bodies and
places ("Mặt trận Tổ quốc", "tổ chức chính trị - xã hội", "Long Biên") have
one spelling; when a run of OCR tokens can be read as such a name, it is that
name. Names come from ``lexicon/organisations.txt`` (bodies, places, the motto).
A body's one-syllable head is what legacy OCR garbles most ("S&é Khoa hoc va
Cong nghé", 1628/QĐ-UBND, whose candidates hold "sẹo" but not "sở"): when the
field after it reads exactly as a known body's ("Khoa học và Công nghệ", "Tư
pháp"), a token close to the head (:func:`head_close`) is read as that head.

The document cache: what the document itself writes with marks legacy OCR
cannot invent ("PHƯỜNG" in a header: ư, ơ, ă, đ and the dotted/hooked tones
are no Latin-1 glyphs an English-trained engine reads) is evidence for those
forms in the rest of the same document ("phuong" → "phường", not "phương").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import lexicon
from .candidates import fold
from .tokens import WordIndex

MIN_NAME_SYLLABLES = 3  # shorter names only snap on an exact diacritic-free match
SNAP_BONUS = 2.0  # log10 cost taken off a known name's syllable where the run reads as that name
DOC_FORM_BONUS = 0.6  # log10 cost taken off a candidate the document wrote with confident marks
DOC_PAIR_BONUS = 0.4  # log10 bonus of a pair of such forms written side by side
# share of a document's words with confident marks above which it was written accented:
# its valid accented words then stay exactly as written (restoration only fills in the bare ones)
ACCENTED_DOC_SHARE = 0.25
# the administrative unit a document is written for ("phường" of "Đảng ủy phường"): when the
# document reads one of these after a head that names its own unit, that form is its reading of the
# key, as a form its header reads is ("xã hội phuong" → phường in a ward's plan, not "phương")
UNIT_FORMS = frozenset({"phường", "xã", "quận", "huyện"})
# the words before the unit that make it the document's own (lower-cased, as restored): its Party
# committee and Party body, its territory. (Not "UBND xã", "Chủ tịch Ủy ban nhân dân xã": a
# province's decision names its communes' bodies so: 79/2025/QĐ-UBND Bắc Ninh.)
UNIT_HEADS = frozenset({("đảng", "ủy"), ("đảng", "bộ"), ("địa", "bàn")})
# … read so this often at least: a province's text that names "Đảng ủy
# xã" once (79/2025/QĐ-UBND Bắc Ninh, on naming mail boxes) is not a commune's; a ward's plan
# writes "Đảng ủy phường", "Đảng bộ phường", "trên địa bàn phường" again and again (13-KH/ĐU)
OWN_UNIT_MIN_COUNT = 2
# … and at least this many times as often as every other unit read so: a ward's plan names its
# parent once or twice in its header ("ĐẢNG BỘ QUẬN LONG BIÊN / ĐẢNG ỦY PHƯỜNG BỒ ĐỀ") and its own
# unit again and again; a district's text naming some wards' Party committees has no own unit here
OWN_UNIT_LEAD = 3
# the words that name a body of the document's own unit right before it, folded: "các tổ chức chính
# trị - xã hội phường", "hệ thống chính trị phường", "Ủy ban nhân dân phường", "Ủy ban MTTQ Việt Nam
# phường", "Công an phường", "UBND phường". There the own unit wins by UNIT_BODY_BONUS over a rival
# its next word favours ("xã hội phuong huong dan" is no "phương hướng"; 24-KH/ĐU: "hệ thống chính
# trị phuong. Huy động" read "phương" with the document's own unit raised). Not "cấp" ("cung cấp
# phương tiện"), "thuộc" ("thuộc phương án"), "toàn" ("hoàn toàn phương …"). The mass organisations' and the
# commune's own bodies end so too: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã", "Hội Cựu
# chiến binh xã", "Hội Nông dân xã", "Hội Chữ thập đỏ xã", "Hội Người cao tuổi phường", "Ban Chỉ huy Quân sự xã",
# "Trạm Y tế xã" (legacy OCR: "Hồ Chí Minh xa", "cao tuổi phượng"; the body, an obligation's who, lost its unit).
# Not "thanh niên" ("thanh niên xa quê")
#: the mass organisations' and the commune's bodies whose name ends so (folded): a unit's key after them is the unit
#: even on a page that names no own unit (:func:`org_unit_spots`)
ORG_BEFORE_UNIT = frozenset({("chi", "minh"), ("phu", "nu"), ("chien", "binh"), ("nong", "dan"), ("thap", "do"),
                             ("cao", "tuoi"), ("quan", "su"), ("y", "te")})
UNIT_BODY_BEFORE = frozenset({("xa", "hoi"), ("chinh", "tri"), ("dang", "uy"), ("dang", "bo"), ("dia", "ban"),
                              ("nhan", "dan"), ("viet", "nam"), ("cong", "an"), ("ubnd",), ("hdnd",), ("mttq",)}
                             ) | ORG_BEFORE_UNIT
UNIT_BODY_BONUS = 2.0  # log10 cost taken off the own unit there
# … for these units: not "quận", whose key is also "quan" of "Nhân dân quan tâm", "xã hội quan tâm"
UNIT_BODY_FORMS = frozenset({"phường", "xã", "huyện"})
_UNIT_GAP = " \t\n-–"  # what may stand between the body's words and the unit
# one-syllable heads of a body's name (folded): "Sở Tư pháp", "Bộ Y tế", "Phòng Nội vụ"; legacy
# OCR garbles the head most ("S&é", "Sd", "S@" for Sở) while its field reads well
BODY_HEADS = frozenset({"so", "bo", "phong", "ban"})
_HEAD_INITIALS = frozenset(h[0] for h in BODY_HEADS)
# letters eng OCR writes for a marked vowel (ở → &, @, 6, 0, é): read as "o" when comparing a head
_LEGACY_VOWEL = str.maketrans({"&": "o", "@": "o", "6": "o", "0": "o", "8": "o", "¢": "o", "€": "e"})


@lru_cache(maxsize=1)
def known_names() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """First folded syllable → [(folded syllables, accented syllables)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    path = lexicon.LEXICON_DIR / "organisations.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        syls = tuple(s for s in lexicon.normalize_tones(line).replace("-", " ").split())
        if len(syls) < 2:
            continue
        folded = tuple(fold(s.lower()) for s in syls)
        index.setdefault(folded[0], []).append((folded, syls))
    for v in index.values():
        v.sort(key=lambda e: -len(e[0]))
    return index


def is_confident(word: str) -> bool:
    """Marks no English-trained OCR engine produces: the form is what the document wrote."""
    return any(ord(c) > 0x2FF for c in word) and word.isalpha()


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Second folded syllable → names of ``known_names`` headed by one of ``BODY_HEADS``
    (the field of "Sở Khoa học và Công nghệ" indexes it under "khoa"), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for entries in known_names().values():
        for folded, syls in entries:
            if folded[0] in BODY_HEADS and len(folded) >= MIN_NAME_SYLLABLES:
                index.setdefault(folded[1], []).append((folded, syls))
    for v in index.values():
        v.sort(key=lambda e: -len(e[0]))
    return index


def head_close(raw_folded: str, head: str) -> bool:
    """An OCR token that may be the head ``head`` (folded) of a body's name: same first letter,
    at most one letter more, within one edit once legacy vowel glyphs read as "o", and garbled:
    no Vietnamese syllable as it stands ("s&e" → Sở, "sd" → Sở, "b6" → Bộ; never "ban" → Bộ,
    never "su" of "sự xây dựng" → Sở Xây dựng)."""
    if not raw_folded or raw_folded[0] != head[0] or len(raw_folded) > len(head) + 1:
        return False
    if lexicon.is_vietnamese_syllable(raw_folded):
        return False
    return Levenshtein.distance(raw_folded.translate(_LEGACY_VOWEL), head) <= 1


@lru_cache(maxsize=1)
def first_keys() -> frozenset[str]:
    """Diacritic-free first syllables of every known name (a cheap test before matching), and
    the fields' first syllables of bodies' names (their head may be too garbled to key)."""
    return frozenset(known_names()) | frozenset(known_bodies())


def snap_names(words: list[tuple[int, str, frozenset[str], frozenset[str]]]) -> dict[int, str]:
    """Token index → the known name's syllable, for runs of ``words`` that read as a known name.

    ``words``: (token index, diacritic-free lower-case token, candidate forms,
    every diacritic-free key the token may be read as) of consecutive word tokens with only spaces or dashes between them. A run
    matches a name when every token's candidates hold the name's syllable or
    its letters equal the syllable's once marks are dropped; names of
    ``MIN_NAME_SYLLABLES`` or more may have up to (n-1)//2 tokens within one
    edit ("Mt tran T quéc" → "Mặt trận Tổ quốc").
    """
    out: dict[int, str] = {}
    i = 0
    n_words = len(words)
    while i < n_words:
        matched = 0
        entries = _entries_of_keys(words[i][3])
        by_skeleton = _skeleton_entries(words[i][1])
        if by_skeleton:
            entries = entries + by_skeleton
        if entries:
            for folded, _, lows, n, max_fuzzy, skels in entries:
                if i + n > n_words or n <= matched:
                    continue
                fuzzy = skeletal = 0
                exact = True
                ok = True
                for j in range(n):
                    _, rf, cands, _ = words[i + j]
                    if rf == folded[j]:
                        continue
                    exact = False
                    if lows[j] in cands:
                        continue
                    # (the length tests: what the edit and the lost vowels need, before their calls;
                    # a token as long as the syllable cannot be its letters with vowels lost unless
                    # it equals it, which matched above)
                    if fuzzy < max_fuzzy and rf and -1 <= len(rf) - len(folded[j]) <= 1 and (
                            Levenshtein.distance(rf, folded[j]) <= 1):
                        fuzzy += 1
                        continue
                    if max_fuzzy and rf and len(rf) < len(folded[j]) and _lost_vowels(rf, folded[j], skels[j]):
                        skeletal += 1  # "Mt" of "Mặt", "T" of "Tổ": vowels lost
                        continue
                    ok = False
                    break
                # a name read by skeletons only where the rest of it agrees: at least half its
                # syllables read exactly or as a candidate ("Mt tran T quéc": trận, quốc)
                if not ok or (n < MIN_NAME_SYLLABLES and not exact) or 2 * (fuzzy + skeletal) > n:
                    continue
                for j in range(n):
                    out[words[i + j][0]] = lows[j]
                matched = n
        if not matched:
            matched = _snap_body(words, i, out)
        i += max(matched, 1)
    return out


def _skeleton(folded: str) -> str:
    """A folded syllable's consonant letters ("mat" → "mt", "tran" → "trn", "to" → "t", "quoc" →
    "qc"; legacy vowel glyphs "&", "@", "6" count as vowels): what legacy OCR keeps of a name's
    syllable when it drops the marked vowels ("Mt", "T"). Memoised (:data:`_SKELETONS`)."""
    hit = _SKELETONS.get(folded)
    if hit is None:
        hit = folded.translate(_LEGACY_VOWEL).translate(_NO_VOWELS)
        if len(_SKELETONS) > MEMO_MAX:
            _SKELETONS.clear()
        _SKELETONS[folded] = hit
    return hit


#: What matching asks of a page's tokens again and again, by token (a page writes its words
#: many times, and each word is asked in :meth:`.decode.Restorer._document_evidence` and in
#: :func:`snap_names`): a token's consonant skeleton, the names its skeleton may begin, the
#: names its keys may begin. Two string translations and a syllable test per token and call
#: were a fifth of the name matching of a cold page. Emptied by :func:`clear_caches`.
_SKELETONS: dict[str, str] = {}
_SKELETON_START: dict[str, list] = {}
_KEY_ENTRIES: dict[int, tuple[frozenset[str], list]] = {}
MEMO_MAX = 100_000


def clear_caches() -> None:
    """Forget the memoised skeletons and name entries of tokens (cold-speed measurement)."""
    _SKELETONS.clear()
    _SKELETON_START.clear()
    _KEY_ENTRIES.clear()


def _entries_of_keys(keys: frozenset[str]) -> list:
    """Entries of :func:`_names_by_key` under each of ``keys`` (in the set's iteration order),
    memoised per set object: the candidate keys of a token are one cached set
    (:meth:`.decode.Restorer._word_keys`), and an equal set built otherwise may iterate
    in another order."""
    hit = _KEY_ENTRIES.get(id(keys))
    if hit is None or hit[0] is not keys:
        index = _names_by_key()
        hit = (keys, [e for key in keys for e in index.get(key, ())])
        if len(_KEY_ENTRIES) > MEMO_MAX:
            _KEY_ENTRIES.clear()
        _KEY_ENTRIES[id(keys)] = hit
    return hit[1]


def _skeleton_entries(folded: str) -> list:
    """The entries of :func:`_names_by_skeleton` a garbled token may begin (empty: none; see
    :func:`skeleton_begins_name`), memoised."""
    hit = _SKELETON_START.get(folded)
    if hit is None:
        hit = []
        if folded:
            entries = _names_by_skeleton().get(_skeleton(folded))
            if entries and not lexicon.is_vietnamese_syllable(folded):
                hit = entries
        if len(_SKELETON_START) > MEMO_MAX:
            _SKELETON_START.clear()
        _SKELETON_START[folded] = hit
    return hit


_NO_VOWELS = str.maketrans("", "", "aeiouy")


def _lost_vowels(raw_folded: str, syllable: str, skeleton: str) -> bool:
    """``raw_folded`` is the folded ``syllable`` (consonant skeleton ``skeleton``) with vowels
    lost and nothing else changed ("mt" of "mat", "t" of "to"): its letters are the syllable's in
    order, its consonants all of them, and it spells no syllable itself. ("ding" of "dùng" is
    no such token: a swapped vowel is also "đứng", and "dung" both.)"""
    if _skeleton(raw_folded) != skeleton or lexicon.is_vietnamese_syllable(raw_folded):
        return False
    rest = iter(syllable)
    return all(c in rest for c in raw_folded)


@lru_cache(maxsize=1)
def _names_by_skeleton() -> dict[str, list]:
    """Entries of :func:`_names_by_key` of ``MIN_NAME_SYLLABLES`` or more syllables, keyed by
    their first syllable's consonant skeleton ("mt": Mặt trận Tổ quốc …)."""
    index: dict[str, list] = {}
    for entries in _names_by_key().values():
        for e in entries:
            if e[3] >= MIN_NAME_SYLLABLES and e[5][0]:
                index.setdefault(e[5][0], []).append(e)
    for v in index.values():
        v.sort(key=lambda e: -e[3])
    return index


def skeleton_begins_name(folded: str) -> bool:
    """A garbled token (no Vietnamese syllable as it stands: "mt", not "mit" or "mat") whose
    consonant skeleton is that of a known name's first syllable: it may begin that name."""
    return bool(_skeleton_entries(folded))


@lru_cache(maxsize=1)
def _names_by_key() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int, int]]]:
    """:func:`known_names` with what matching asks of each name computed once: (folded
    syllables, syllables, syllables lower-cased, length, edits allowed)."""
    return {key: [(folded, syls, tuple(s.lower() for s in syls), len(folded),
                   max(1, (len(folded) - 1) // 2) if len(folded) >= MIN_NAME_SYLLABLES else 0,
                   tuple(_skeleton(f) for f in folded))
                  for folded, syls in entries]
            for key, entries in known_names().items()}


def _snap_body(words, i: int, out: dict[int, str]) -> int:
    """A body's name whose head OCR garbled beyond the candidates ("S&é Khoa học và Công
    nghệ"): every syllable of its field read exactly (letters or candidates) after a token
    :func:`head_close` to its head. Writes the head's form into ``out``; the name's length or 0."""
    rf0 = words[i][1]
    if i + 1 >= len(words) or rf0[:1] not in _HEAD_INITIALS:
        return 0  # (no head of a body's name begins with its first letter: head_close fails on each)
    for folded, syls in known_bodies().get(words[i + 1][1], ()):
        n = len(folded)
        if i + n > len(words) or not head_close(rf0, folded[0]):
            continue
        if all(words[i + j][1] == folded[j] or syls[j].lower() in words[i + j][2] for j in range(1, n)):
            for j in range(n):
                out[words[i + j][0]] = syls[j].lower()
            return n
    return 0


def own_units(first, text: str, min_conf: float) -> set[str]:
    """The form of ``UNIT_FORMS`` the document reads as its own unit (a set of none or one):
    read with local confidence ``min_conf`` or more right after one of ``UNIT_HEADS`` (also read
    so), only blanks between, ``OWN_UNIT_MIN_COUNT`` times or more, and ``OWN_UNIT_LEAD`` times as
    often as the other units read so, together.

    ``first``: a pass's word readings in text order, (start, end, form lower-cased, confidence,
    position or None) as ``Restorer._summary`` gives them; ``text`` the text they index."""
    counts: dict[str, int] = {}
    for k, (start, _, low, conf, _) in enumerate(first):
        if low not in UNIT_FORMS or conf < min_conf:
            continue
        for head in UNIT_HEADS:
            n = len(head)
            if k < n:
                continue
            prev = first[k - n : k]
            if (all(p[2] == h and p[3] >= min_conf for p, h in zip(prev, head))
                    and all(not text[a[1]:b[0]].strip() for a, b in zip(prev, prev[1:] + [first[k]]))):
                counts[low] = counts.get(low, 0) + 1
                break
    if not counts:
        return set()
    best = max(counts, key=counts.get)
    others = sum(counts.values()) - counts[best]
    return {best} if counts[best] >= OWN_UNIT_MIN_COUNT and counts[best] >= OWN_UNIT_LEAD * others else set()


def unit_spots(first, text: str, units: set[str], settled: bool = False) -> dict[int, str]:
    """Lattice position → the document's own unit (one of ``units``, :func:`own_units`), where a
    pass read another word of the unit's key right after words of :data:`UNIT_BODY_BEFORE` (blanks,
    line breaks and dashes between): the body is the unit's. ``first`` as for :func:`own_units`;
    ``settled``: the positions the pass read as the unit already too."""
    by_key = {fold(u): u for u in units if u in UNIT_BODY_FORMS}
    if not by_key:
        return {}
    out: dict[int, str] = {}
    for k, (start, _, low, _, t) in enumerate(first):
        unit = by_key.get(fold(low)) if t is not None else None
        if unit is None or (unit == low and not settled):
            continue
        for n in (1, 2):
            if k < n:
                continue
            prev = first[k - n:k]
            if (tuple(fold(p[2]) for p in prev) in UNIT_BODY_BEFORE
                    and all(not text[a[1]:b[0]].strip(_UNIT_GAP) for a, b in zip(prev, prev[1:] + [first[k]]))):
                out[t] = unit
                break
    return out


_UNIT_KEYS = frozenset(fold(u) for u in UNIT_BODY_FORMS)
_UNIT_OF_KEY = {fold(u): u for u in UNIT_BODY_FORMS}


def org_unit_spots(first, text: str) -> dict[int, str]:
    """Lattice position → the unit its key names ("xa" → xã, "phuong" → phường, "huyen" → huyện), right after the
    words of :data:`ORG_BEFORE_UNIT` (blanks, line breaks and dashes between), whatever unit the page calls its own.
    Why: a continuation page of a ward's plan names no "Đảng ủy phường" twice, so :func:`own_units` finds none, and
    "Hội Người cao tuổi phuong" (a cell of a games' schedule, t33-07's legacy form) was read "phượng"; after these
    names no other reading of the keys stands in the sets' or the real documents' texts."""
    out: dict[int, str] = {}
    for k in range(2, len(first)):
        _, _, low, _, t = first[k]
        unit = _UNIT_OF_KEY.get(fold(low)) if t is not None else None
        if unit is None or unit == low:
            continue
        prev = first[k - 2:k]
        if (tuple(fold(p[2]) for p in prev) in ORG_BEFORE_UNIT
                and all(not text[a[1]:b[0]].strip(_UNIT_GAP) for a, b in zip(prev, prev[1:] + [first[k]]))):
            out[t] = unit
    return out

# the units of one level named together, a comma between: "các xã, phường", "xã, phường, đặc khu", "các phường, xã"
# — folded (the first as a pass read it, the second's key) → the second's form. Legacy OCR drops the ờ of "phường"
# ("UBND cac xa, phuong", a15-02, a15-10, a16-08): read "phương", the list's bodies lost their name (the obligation
# of "Ủy ban nhân dân các xã, phường" went to "…, phương"); after "xã," no "phương" stands in the tuning texts
UNIT_PAIRS = {("xa", "phuong"): "phường", ("phuong", "xa"): "xã"}


_PAIR_KEYS = frozenset(b for _, b in UNIT_PAIRS)
#: a list of units' first word as :func:`unit_body_context` tests it, as written; the folded words it looks at
_PAIR_FIRSTS = frozenset({"xa", "xã", "phường"})
_UNIT_FOLDS = frozenset({fold(w) for w in _PAIR_FIRSTS}) | _UNIT_KEYS


def pair_spots(first, text: str, settled: bool = False) -> dict[int, str]:
    """Lattice position → the unit a list of units calls for (:data:`UNIT_PAIRS`): a token of the second unit's
    key right after the first unit read as such, a comma and blanks between. ``first`` as for :func:`own_units`;
    ``settled``: the positions the pass read as that unit already too."""
    out: dict[int, str] = {}
    for k in range(1, len(first)):
        start, _, low, _, t = first[k]
        prev = first[k - 1]
        form = UNIT_PAIRS.get((fold(prev[2]), fold(low)))
        if t is not None and form is not None and (low != form or settled) and text[prev[1]:start].strip() == ",":
            out[t] = form
    return out


def unit_body_context(toks, words: WordIndex | None = None) -> bool:
    """Some word token of a unit's key ("phuong", "xa") follows words of :data:`UNIT_BODY_BEFORE`,
    as written: the cheap test before a text that only lost its marks pays for a second pass.
    ``words``: the text's :class:`.tokens.WordIndex` (made here if not given): only the units' places are looked at."""
    words = words if words is not None else WordIndex(toks)
    low, folded = words.low, words.folded
    for r in words.ranks(_UNIT_FOLDS):
        if low[r] in _PAIR_FIRSTS and r + 1 < len(low) and low[r + 1] in _PAIR_KEYS:
            return True  # a list of units ("xa, phuong"): :func:`pair_spots` (the comma checked there)
        # (as written: a key has no marks, and a unit written with its marks needs no second pass)
        if r and low[r] in _UNIT_KEYS:
            before = tuple(folded[max(0, r - 2):r])
            if before[-1:] in UNIT_BODY_BEFORE or before in UNIT_BODY_BEFORE:
                return True
    return False
