"""A query that finds nothing, spelled again with the archive's own words.

Why: staff type fast and without an input method: "lang nghe gon su" for "làng nghề gốm sứ",
"bat trangg", "van phong dang uyy". Every word must occur, so one slip finds nothing, and
"Không tìm thấy văn bản nào." leaves the user guessing which word was wrong. A search tool
offers the spelling its index holds; here each folded query word is compared with the
archive's vocabulary — the words of the folded FTS index (SQLite's ``fts5vocab``), or the
words of the unit names for the ``nhiem_vu_cua`` filter — and the query is run again corrected.

Only when the query found nothing, so a normal search never pays for it. Words within one
edit (a letter left out, doubled, swapped or mistyped) are candidates, frequent words first,
and a word typed in Telex with the input method off ("gooms", "langf") as the method would
have written it (:func:`telex_letters`);
a word that exists stays a candidate itself (a slip can make another real word: "gon" for
"gom"); numbers, symbols and words shorter than :data:`MIN_LENGTH` stay as typed. Of the
spellings tried, the one changing the fewest words wins, then the one whose words the archive
holds side by side (``accept``'s level), then the most frequent.

The FTS vocabulary is read by exact term (``term IN (...)`` of each word's edits, an index
seek) rather than by scanning ``fts5vocab``, which walks every document list of the index:
a few milliseconds whatever the archive's size.
"""

from __future__ import annotations

import itertools
import sqlite3
import string
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

__all__ = ["edits", "respell_words", "ensure_vocabulary", "fts_vocabulary", "unit_respelling", "VOCAB_TABLE"]

#: folded words are ASCII letters (the folding maps đ→d and drops the marks)
LETTERS = string.ascii_lowercase
#: shorter words ("uy", "so", "xa") are left as typed: one edit makes too many other words
MIN_LENGTH = 3
#: the longest word respelled: a Vietnamese syllable typed without marks is at most 7 letters, a few typed
#: together ("dangbophuong") stay under this; the one-edit set of a word of n letters holds ~54·n words of n
#: letters, so one pasted 20,000-letter "word" took 22 GB and the server (session-19 newcomer)
MAX_LENGTH = 32
#: candidates kept per word (the most frequent)
PER_WORD = 4
#: spellings of the whole query tried at most
MAX_TRIES = 32
#: the temp fts5vocab table over ``documents_fts`` (one per connection)
VOCAB_TABLE = "temp.vanban_vocab"


def edits(word: str) -> set[str]:
    """The words one edit from ``word``: a letter left out, swapped with the next, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in LETTERS}
            | {a + c + b for a, b in splits for c in LETTERS}) - {word, ""}


#: Telex keys a word typed with the input method off keeps: the tone typed last ("langf", "gooms"),
#: a doubled vowel or đ ("ngheef", "ddang"), the breve/horn w ("suws", "truowngf")
_TONE_KEYS = "sfrxj"
_DOUBLED = (("aa", "a"), ("ee", "e"), ("oo", "o"), ("dd", "d"))


def telex_letters(word: str) -> str:
    """``word`` as the input method would have folded it, for a word typed in Telex with the input
    method off ("gooms" → "gom", "ngheef" → "nghe", "truowngf" → "truong"). A folded Vietnamese
    word never ends in a tone key, so the last letter goes only when it is one."""
    out = word[:-1] if len(word) > 2 and word[-1] in _TONE_KEYS else word
    for doubled, single in _DOUBLED:
        out = out.replace(doubled, single)
    return out.replace("w", "") or word


def correctable(word: str) -> bool:
    """A word that may be respelled: letters only (numbers and symbols untouched), neither too short nor longer
    than :data:`MAX_LENGTH` (what is longer is no typed word, and its edits would cost memory as its square)."""
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and word.isascii() and word.isalpha()


def ensure_vocabulary(conn: sqlite3.Connection) -> None:
    """The temp ``fts5vocab`` table of this connection. Made before any statement runs on a
    served connection (:func:`vanban.web.plugin.prepare_connection`): made from inside an SQL
    function, its schema change would abort the running statement."""
    if not conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", [VOCAB_TABLE.split(".")[1]]).fetchone():
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab(main, 'documents_fts', 'row')")


def fts_vocabulary(conn: sqlite3.Connection, words: Iterable[str]) -> dict[str, int]:
    """The number of documents holding each of ``words`` that the index holds (absent words left out)."""
    wanted = sorted(set(words))
    if not wanted:
        return {}
    ensure_vocabulary(conn)
    found: dict[str, int] = {}
    for i in range(0, len(wanted), 500):  # SQLite's variable limit
        chunk = wanted[i:i + 500]
        found.update(conn.execute(f"SELECT term, doc FROM {VOCAB_TABLE} WHERE term IN "
                                  f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def options(word: str, known: dict[str, int]) -> list[str]:
    """What ``word`` may stand for: itself when known (or not to be respelled), then the
    known words one edit away, most frequent first (closest first by Levenshtein)."""
    if not correctable(word):
        return [word]
    near = sorted((w for w in known if w != word and Levenshtein.distance(w, word) <= 1),
                  key=lambda w: (-known[w], w))[:PER_WORD]
    telex = telex_letters(word)
    if telex != word and telex in known:  # typed in Telex with the input method off: that word first
        near = [telex, *(w for w in near if w != telex)]
    return ([word] if word in known or not near else []) + near


def spellings(words: list[str], known: dict[str, int], most_changed: int | None = None) -> Iterable[list[str]]:
    """Respellings of ``words`` to try, fewest changes first, frequent replacements first, at most
    :data:`MAX_TRIES`: every unknown word that has a replacement is replaced (kept, the query would
    find nothing still), and at most one known word besides ("gon" for "gom"), never more than
    ``most_changed`` words. Bounded, so a long query costs no more than a short one."""
    replacements = [[w for w in options(word, known) if w != word] for word in words]
    required = [i for i, word in enumerate(words) if word not in known and replacements[i]]
    optional = [i for i, word in enumerate(words) if word in known and replacements[i]]
    tried = 0
    for extra in [(), *((i,) for i in optional)]:
        changed = sorted([*required, *extra])
        if not changed or (most_changed is not None and len(changed) > most_changed):
            continue
        for combo in itertools.product(*(replacements[i] for i in changed)):
            if tried >= MAX_TRIES:
                return
            tried += 1
            spelled = list(words)
            for i, w in zip(changed, combo):
                spelled[i] = w
            yield spelled


def respell_words(words: list[str], known: dict[str, int],
                  accept: Callable[[list[str]], int | None], most_changed: int | None = None) -> list[str] | None:
    """The best respelling of ``words`` that ``accept`` takes (it returns a level, lower is
    better, or None), or None when no other spelling is taken: the fewest words changed, then
    the best level, then the most frequent (:func:`spellings`' order). ``known``: word →
    frequency for each word and candidate (:func:`fts_vocabulary` of the words and their
    :func:`edits`); ``most_changed``: at most so many words respelled."""
    best: tuple[tuple[int, int, int], list[str]] | None = None
    for order, spelled in enumerate(spellings(words, known, most_changed)):
        changed = sum(a != b for a, b in zip(spelled, words))
        if best is not None and changed > best[0][0]:
            break  # a spelling with fewer changes was taken
        level = accept(spelled)
        if level is not None and (best is None or (changed, level, order) < best[0]):
            best = ((changed, level, order), spelled)
    return best[1] if best else None


def fts_candidates(conn: sqlite3.Connection, words: list[str]) -> dict[str, int]:
    """:func:`fts_vocabulary` of ``words`` and of every word one edit from a correctable one."""
    pool = set(words)
    for w in words:
        if correctable(w):
            pool |= edits(w) | {telex_letters(w)}
    return fts_vocabulary(conn, pool)


def unit_vocabulary(names: Iterable[str]) -> dict[str, int]:
    """Word → how many of the folded unit names ``names`` hold it (the ``nhiem_vu_cua`` filter's vocabulary)."""
    counts: dict[str, int] = {}
    for name in names:
        for w in set((name or "").split()):
            counts[w] = counts.get(w, 0) + 1
    return counts


def unit_respelling(conn: sqlite3.Connection, typed: str | None) -> str | None:
    """The unit filter of ``nhiem_vu_cua`` respelled with the words of the archive's unit names
    (folded, names spelled out as :func:`vanban.web.plugin.name_contains` compares them) when no
    unit's name holds what was typed ("van phong dang uyy" → "van phong dang uy"), else None."""
    from vanban.text import fold

    from vanban.abbreviations import spellings

    wanted = spellings(fold(typed or ""))[0]
    if not wanted:
        return None
    if conn.execute("SELECT EXISTS (SELECT 1 FROM obligations WHERE instr(who_key, ?) > 0) "
                    "OR EXISTS (SELECT 1 FROM deadlines WHERE instr(who_key, ?) > 0)",
                    [fold(typed or ""), fold(typed or "")]).fetchone()[0]:
        return None  # a unit's name holds it as typed: the common case, one scan and no more
    names = [spellings(key)[0] for (key,) in conn.execute(
        "SELECT who_key FROM obligations WHERE who_key IS NOT NULL "
        "UNION SELECT who_key FROM deadlines WHERE who_key IS NOT NULL")]

    def held(words: list[str]) -> int | None:
        text = " ".join(words)
        return 0 if any(text in name for name in names) else None

    words = wanted.split()
    if held(words) is not None:
        return None
    found = respell_words(words, unit_vocabulary(names), held)
    return " ".join(found) if found else None
