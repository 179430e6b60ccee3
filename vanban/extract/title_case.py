"""A trích yếu printed in capitals given in the document's own sentence case.

Why: many Quyết định and Nghị quyết print their trích yếu in capitals ("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH …
CỦA SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH BẮC NINH"); the labels README gives the title "in sentence case" ("Về việc công bố danh
mục thủ tục hành chính … của Sở Dân tộc và Tôn giáo tỉnh Bắc Ninh"), and an archive's list of titles in capitals reads
as shouting. Lower-casing alone loses the names ("sở dân tộc và tôn giáo tỉnh bắc ninh"): which words a name
capitalises is the document's own knowledge, so each word takes the case the body writes it in beside the same
neighbour ("của Sở", "Sở Dân", "tỉnh Bắc", "Bắc Ninh"), an abbreviation the body writes in capitals ("UBND") stays in
capitals, a Roman numeral after its counting word ("khóa XVI", "lần thứ XIV") too; a word the body never writes
mid-sentence is in small letters. Only words in capitals are recased: a title printed in sentence case, or the words in
sentence case after a line in capitals ("CỦA BỘ CHÍNH TRỊ" / "về …"), are left as printed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from vanban.extract import patterns as P
from vanban.ocr.restore.lexicon import LEXICON_DIR
from vanban.place_nouns import ADMIN_LEVELS_PRINTED
from vanban.text import fold

__all__ = ["in_sentence_case"]

_WORD = re.compile(r"[^\W\d_]+")
#: what may stand between two words of one phrase: spaces only (a comma, a stop or a bracket parts them)
_JOINED = re.compile(r"[ \t]*\n?[ \t]*")
#: a word after these marks opens a sentence or an item: its capital says nothing of the word
_OPENING = re.compile(r"(?:^|[.:;!?(“\"'*+•–-]|\n\s*\n|\n\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)])\s*$")
_ROMAN = re.compile(r"[IVXLC]{1,6}")
#: the counting words a Roman numeral follows ("khóa XVI", "lần thứ XIV", "quý IV", "giai đoạn II")
_COUNTERS = {"thứ", "khóa", "khoá", "quý", "kỳ", "phần", "chương", "mục", "đoạn", "đợt", "số"}
#: a line whose letters are mostly capitals is a heading (the title itself, the header): no evidence of case
_CAPS_LINE = 0.6
#: the title words at the title's start that must be in capitals to be recased (a lone "UBND" is no title in capitals)
_MIN_CAPS_WORDS = 2


#: a document's type word before "số" and a figure (folded, lower case)
_TYPED_NUMBER = re.compile(rf"(?<![a-z])(?:{P.CITE_TYPE_RE})\s+so\s+\d")


#: a Vietnamese syllable, folded: onset, one to three vowels, coda. A word in capitals that is none is an
#: abbreviation ("CSDL", "GRDP", "PCCC", "UBND", "USD"): it keeps its capitals whether or not the body repeats it
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[ckmnpt])?")  # "k": "ĐẮK LẮK"


def _abbreviation(w: str) -> bool:
    """``w`` (in capitals, two letters or more) is no Vietnamese syllable: an abbreviation's letters."""
    return len(w) > 1 and w.isupper() and not _SYLLABLE.fullmatch(fold(w).lower())


def _upper(w: str) -> bool:
    return len(w) > 1 and w.isupper()


#: the widest context looked for around a word (words on each side)
_REACH = 3


class _Evidence:
    """The document's words outside lines in capitals: each word's form, whether it opens a sentence (its capital
    says nothing then) and whether only spaces part it from the word before (a phrase runs on)."""

    def __init__(self, text: str):
        self.forms: list[str] = []
        self.opening: list[bool] = []
        self.joined: list[bool] = []
        self._end = -1
        for line_start, line in _lines(text):
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) / len(letters) > _CAPS_LINE:
                self._cut()
                continue
            for m in _WORD.finditer(line):
                start = line_start + m.start()
                self.joined.append(self._end >= 0 and _JOINED.fullmatch(text[self._end:start]) is not None)
                self.opening.append(bool(_OPENING.search(text[max(0, start - 12):start])))
                self.forms.append(m.group())
                self._end = line_start + m.end()
        self.lower = [w.lower() for w in self.forms]
        self.at: dict[str, list[int]] = defaultdict(list)
        for k, w in enumerate(self.lower):
            self.at[w].append(k)

    def _cut(self) -> None:
        """A line in capitals parts the phrases around it: an empty word no phrase matches."""
        self.joined.append(False)
        self.opening.append(True)
        self.forms.append("")

    def _matches(self, words: list[str], lo: int, hi: int, i: int, from_start: bool = False) -> Counter:
        """The forms of ``words[i]`` where the body writes ``words[lo:hi]`` as one phrase, ``words[i]`` not opening;
        ``from_start``: only a phrase that is one whole phrase of the text (a known name, first word to last), or
        three words or more that open one."""
        seen: Counter = Counter()
        for k in self.at.get(words[lo], ()):
            j = k + (i - lo)
            end = k + (hi - lo)
            if end > len(self.lower) or self.opening[j] or (from_start and (self.joined[k] or (
                    hi - lo < 3 and end < len(self.lower) and self.joined[end]))):
                continue  # (a known name matched whole, or its first three words: "thành phố" is no capital of
                # "Thành phố Hồ Chí Minh", "Ban Chấp hành Trung ương" is one of "Ban Chấp hành Trung ương Đảng")
            if all(self.lower[k + d] == words[lo + d] and (d == 0 or self.joined[k + d]) for d in range(hi - lo)):
                seen[self.forms[j]] += 1
        return seen

    def form(self, words: list[str], i: int, alone: bool = True) -> str | None:
        """The body's form of ``words[i]`` (all in lower case) in the widest context around it that the body writes
        too (a word beside it on either side at least); failing that (and ``alone``), alone when the body always
        writes it so (an abbreviation in capitals, a name); None when the body gives none."""
        for width in range(2 * _REACH + 1, 1, -1):
            seen: Counter = Counter()
            for lo in range(max(0, i - width + 1), i + 1):
                hi = lo + width
                if hi > len(words) or i - lo > _REACH or hi - 1 - i > _REACH:
                    continue
                seen += self._matches(words, lo, hi, i, from_start=not alone)
            if seen:
                return seen.most_common(1)[0][0]
        if not alone:
            return None
        seen = Counter(self.forms[k] for k in self.at.get(words[i], ()) if not self.opening[k])
        if seen and (_upper(best := seen.most_common(1)[0][0]) or (sum(seen.values()) >= 2 and len(seen) == 1)):
            return best
        return None

    def written_lower(self, word: str) -> bool:
        """The body writes ``word`` in small letters somewhere mid-sentence: a common word, no name."""
        return any(not self.opening[k] and self.forms[k].islower() for k in self.at.get(word, ()))

    def spelling(self, word: str) -> str | None:
        """The body's commonest spelling of ``word`` wherever it stands (a symbol's part: "TTg" after its "-")."""
        seen = Counter(self.forms[k] for k in self.at.get(word, ()))
        return seen.most_common(1)[0][0] if seen else None


@lru_cache(maxsize=1)
def _known_names() -> _Evidence:
    """The names of the Party's and the State's bodies (the restoration's lexicon, ``organisations.txt``) read as a
    text, one name a phrase: the case of a name the document writes only in its capital title ("CỦA BỘ CHÍNH TRỊ" over
    a short text that never names the Bộ Chính trị again)."""
    names = [ln.split("#", 1)[0].strip() for ln in
             (LEXICON_DIR / "organisations.txt").read_text(encoding="utf-8").splitlines()]
    return _Evidence("\n|\n".join(n for n in names if n))


#: the levels a place's name follows ("tỉnh Thừa Thiên Huế", "thành phố Cần Thơ", "xã Ia Grai"), with their marks
_LEVELS = ADMIN_LEVELS_PRINTED
#: the small words that end a place's name (a short text may not write them in small letters elsewhere)
_NO_PLACE_WORDS = {"và", "của", "về", "theo", "trên", "tại", "cho", "với", "thuộc", "năm", "giai", "đến", "từ",
                   "trong", "các", "những", "nhiệm", "để", "do", "là"}
#: the longest place name read after its level (syllables: "Thừa Thiên Huế")
_PLACE_WORDS = 3


def _place_name_at(lower: list[str], i: int, ev: _Evidence, apart: set[int] = frozenset()) -> bool:
    """``lower[i]`` is a syllable of a place's name right after its level noun (up to :data:`_PLACE_WORDS` syllables,
    each one the document never writes in small letters mid-sentence): "tỉnh | thừa thiên huế" when the text names the
    province only in its capital title."""
    for back in range(1, _PLACE_WORDS + 1):
        k = i - back
        if k < 0:
            return False
        if k + 1 in apart:
            return False  # a mark parts the word from the level ("… tỉnh (nay là …")
        if any(lower[max(0, k - len(lv.split()) + 1):k + 1] == lv.split() for lv in _LEVELS):
            return all(not ev.written_lower(w) and not _ROMAN.fullmatch(w.upper()) and w not in _NO_PLACE_WORDS
                       for w in lower[k + 1:i + 1])
    return False


def _lines(text: str):
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _caps_end(title: str) -> int:
    """Where the run of words in capitals that opens ``title`` ends (0 when fewer than two words open it so)."""
    end, n = 0, 0
    for m in _WORD.finditer(title):
        if not m.group().isupper():
            break
        end, n = m.end(), n + 1
    return end if n >= _MIN_CAPS_WORDS else 0


def in_sentence_case(title: str | None, text: str) -> str | None:
    """``title`` with its opening words in capitals written as ``text`` (the document) writes them mid-sentence
    (see the module's note); ``title`` itself when none of it is in capitals."""
    if not title:
        return title
    end = _caps_end(title)
    if not end:
        return title
    ev = _Evidence(text)
    head, rest = title[:end], title[end:]
    matches = list(_WORD.finditer(head))
    lower = [m.group().lower() for m in matches]
    # the words a mark parts from the word before them (a place's name runs on over spaces only)
    apart = {i for i in range(1, len(matches)) if head[matches[i - 1].end():matches[i].start()].strip()}
    # a document's type before its number is written with its capital ("… kèm theo Nghị quyết số 09/2022/NQ-HĐND")
    typed = {len(_WORD.findall(head[:m.start()])) for m in _TYPED_NUMBER.finditer(fold(head).lower())}
    out, last = [], 0
    for i, m in enumerate(matches):
        w = m.group()
        form = ev.form(lower, i)
        if form is None:
            form = _known_names().form(lower, i, alone=False)  # a phrase of a known name only, no word alone
        code = head[m.start() - 1:m.start()] in ("/", "-") or head[m.end():m.end() + 1] in ("/", "-") \
            or head[m.end():m.end() + 1].isdigit() or head[m.start() - 1:m.start()].isdigit()
        if _ROMAN.fullmatch(w) and (i and lower[i - 1] in _COUNTERS or form == w):
            new = w  # "khóa XVI", "lần thứ XIV"
        elif form is None and _abbreviation(w):
            new = w  # "LƯU TRỮ CSDL ỨNG DỤNG": an abbreviation the body never writes out stays in capitals
        elif code:  # a part of a number and symbol ("72/2025/QH15", "QĐ-TTg"): the body's own spelling, else as printed
            new = ev.spelling(lower[i]) or w
        elif form is not None and form.lower() == lower[i]:
            new = form
        else:
            new = lower[i]
        if (form is None and not code and _place_name_at(lower, i, ev, apart)) or i in typed:
            new = new[:1].upper() + new[1:]  # "tỉnh Thừa Thiên Huế": a place named after its level, nowhere else
        if i == 0:
            new = new[:1].upper() + new[1:]
        out.append(head[last:m.start()] + new)
        last = m.end()
    return "".join(out) + head[last:] + rest
