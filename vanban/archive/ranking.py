"""How a search ranks what it finds: the fields first, then the words side by side before scattered.

Why: bm25 over one column of text scores each word apart, so a query for a
person ("nguyen van a", the signer, typed without marks) put first the long
documents holding "Nguyễn", "Văn" and "A" anywhere — three common syllables —
and the document that person signed far below. A search tool ranks as users
mean a query: a match in the fields that name a document (``search_head``:
số ký hiệu, type, trích yếu, issuer, signer, :func:`.keys.search_head`) before
one in its text, and the words side by side before the same words scattered.

FTS5's bm25 takes column weights (:data:`BM25` weighs the fields
:data:`HEAD_WEIGHT` times the text), but it saturates a word's count over the
whole row: a long text saying "chuyển đổi số" twenty times scores about as high
with the phrase in its trích yếu as without. So the ranking is in levels, each
an FTS5 MATCH, best first (:func:`levels`):

1. the words as a phrase in the fields (a one-word query: the word in the fields);
2. the words as a phrase anywhere (side by side, in the order typed; each name in
   either spelling, "UBND xa" / "Ủy ban nhân dân xã");
3. all the words within :data:`NEAR_DISTANCE` tokens of each other (FTS5 ``NEAR``);
4. the words anywhere (the query's own MATCH).

(All the words in the fields but apart made no level: on the bench it changed no
rank, and it put first the fields holding a name's syllables apart — "Trần Văn X"
signing in "Ninh Bình" for "tran thi binh".)

A query that starts with a type name ("bao cao ket qua nam 2026") favours documents of that
type (:func:`named_type`, :data:`TYPE_BONUS`): a staff member who types "báo cáo" first wants the
report, not the Công văn that asks for it.

A level is a score offset (:data:`LEVEL_BONUS`) under the one documents named
by their số ký hiệu get (-1e6); within the fields' level and "the words anywhere",
bm25 of the words (weighted) orders the documents, so that of two plans each saying
"Dân vận khéo" once, the one about công tác dân vận comes first. Within the levels
of the words side by side and near each other (:data:`PHRASE_SCORED`), bm25 of the
level's own expression does: counted over the words, a long text's thousands of
"số", "tài", "chính" saturate bm25 as high as a short text's few "Sở Tài chính", and
"so tai chinh" put first a 573 KB Nghị định writing the phrase once before a
Quyết định that charges Sở Tài chính six times (the session-31 newcomer). The fields'
level is tested only (FTS5's bm25 counts each phrase's rows over the whole index for
its IDF, tens of milliseconds for common words in 100,000 documents; the test reads
a rowid range, about one); the two phrase levels pay that count once each.

All levels rank the same window of matches as the last: the
:data:`~vanban.archive.search.RANK_WINDOW` most recently archived. A query with
the operators OR / NOT has only level 4; a số ký hiệu (already one phrase) and a
one-word or one-name query ("MTTQ", "Ủy ban nhân dân") have levels 1 and 4; a
type and number ("NQ 02") levels 1, 2 and 4, its words as a số ký hiệu writes
them ("02-NQ/CB", "02/2024/NQ-CP"). Shared by :func:`vanban.archive.search` and
the served ranked search (SQL function ``vn_fts_level``), so both rank alike.
"""

from __future__ import annotations

from .keys import looks_like_symbol, query_alternatives, spelling_variants
from .number_query import TYPE_ABBREVIATIONS, number_query, unglue
from .typed_figures import has_figure

from vanban.ocr.raw_reading import POORLY_READ  # a document OCR read under this mean confidence is poorly read

__all__ = ["HEAD_WEIGHT", "BM25", "NEAR_DISTANCE", "LEVEL_BONUS", "PHRASE_SCORED", "TYPE_BONUS", "levels", "level_expression",
           "named_type", "POORLY_READ", "POORLY_READ_OFFSET", "poorly_read", "MATCH_WORDS", "match_words"]

#: how much a match in the fields counts against one in the text (within a level)
HEAD_WEIGHT = 10.0
#: the score of a full-text match (lower is better): columns (search_text, search_head)
BM25 = f"bm25(documents_fts, 1.0, {HEAD_WEIGHT})"
#: the words of a query all within this many tokens of each other: "near"
NEAR_DISTANCE = 10
#: score offsets of levels 1-3 (bm25 of any real query stays far above -1e4)
LEVEL_BONUS = (-3e4, -2e4, -1e4)
#: the levels whose documents are ordered by bm25 of the level's expression, not of the words (the module)
PHRASE_SCORED = frozenset(LEVEL_BONUS[1:])
HEAD = "search_head"
#: the offset of a document of the type a query starts with ("bao cao ket qua nam 2026": the Báo cáo):
#: more than one level, less than two — the type named first outweighs the words standing a little
#: nearer each other in another type's text, never the words side by side against scattered
TYPE_BONUS = -1.5e4
#: the offset of a poorly read document: more than any bm25 of a real query, less than a level, so it
#: comes after the documents read well of its level, never after those of the next level down
POORLY_READ_OFFSET = 5e3


def _words(query: str | None) -> tuple[list[str], str] | None:
    """The folded words of a query typed as one run, as the text writes them, and what the
    query is: ``"symbol"`` (a số ký hiệu: "25-NQ/TW" → "25 nq tw"), ``"number"`` (a type and
    number, in the order a số ký hiệu writes them: "NQ 02", "nghị quyết 02" → "02 nq"), else
    ``"words"``; None for a query with operators or no word."""
    alternatives = query_alternatives(query or "")
    if len(alternatives) != 1:
        return None
    runs, excluded = alternatives[0]
    if excluded or len(runs) != 1 or not runs[0]:
        return None
    named = number_query(query or "")
    if looks_like_symbol(query or ""):
        return (unglue(runs[0], zeros=True) if named is not None else runs[0]), "symbol"
    if named is not None:  # the number as typed (its zeros, one phrase), then its codes
        return [" ".join(t for t in unglue(runs[0], zeros=True) if t.isdigit()), *named.parts], "number"
    return runs[0], "words"


def named_type(query: str | None) -> str | None:
    """The folded type name a query starts with, followed by words that are not just a number or
    a số ký hiệu ("bao cao ket qua nam 2026" → "bao cao"), else None: a type and number ("ke hoach
    12", "chi thi 32/CT-TTg") names its document already (and the citing documents are meant
    whatever their type), a type alone ("ke hoach") names no more than the type. Documents whose
    ``type_key`` it is get :data:`TYPE_BONUS` (``vn_named_type`` in the served search)."""
    alternatives = query_alternatives(query or "")
    if len(alternatives) != 1 or alternatives[0][1] or looks_like_symbol(query or ""):
        return None
    words = [w for run in alternatives[0][0] for w in run]
    for name in sorted(TYPE_ABBREVIATIONS, key=len, reverse=True):
        size = len(name.split())
        if words[:size] != name.split():
            continue
        rest = words[size:]
        if any(w.isalpha() and w != "so" for w in rest) and not looks_like_symbol(" ".join(rest)):
            return name
        return None
    return None


def levels(query: str | None, fields: bool = True) -> list[tuple[str, float]]:
    """(FTS5 MATCH, score offset) of the levels above "the words anywhere", best first.
    ``fields``: the index has the ``search_head`` column (an archive indexed before it,
    searched read-only, has not: its level 1 is left out).

    A số ký hiệu is one phrase already (level 1 only); a type and number ("NQ 02") is its
    number and codes with at most one token between (levels 1 and 2): "02-NQ/CB",
    "02/2024/NQ-CP" — never the NEAR of words: a document's own header writes its type code
    near the day and month of its date ("Số: 72/2025/NQ-HĐND … ngày 02 tháng 12")."""
    read = _words(query)
    if read is None:
        return []
    fields = fields and not has_figure(query)  # "92%": a figure in the text, never the số ký hiệu 92-TB/ĐU
    words, kind = read
    variants = spelling_variants(words) if kind == "words" else [words]  # each name in either spelling
    if kind == "number":
        phrase = "NEAR(" + " ".join(f'"{w}"' for w in words) + ", 1)"
    else:
        phrase = " OR ".join(f'"{" ".join(v)}"' for v in variants)
    out = [(f"{HEAD} : ({phrase})", LEVEL_BONUS[0])]
    if kind == "number":
        out.append((phrase, LEVEL_BONUS[1]))
    elif kind == "words" and len(variants[0]) > 1:  # one name ("uy ban nhan dan") is one phrase already
        near = " OR ".join("NEAR(" + " ".join(f'"{seg}"' for seg in v) + f", {NEAR_DISTANCE})" for v in variants)
        out += [(phrase, LEVEL_BONUS[1]), (near, LEVEL_BONUS[2])]
    return [(expr, bonus) for expr, bonus in out if fields or HEAD not in expr]


def poorly_read(confidence: float | None) -> float:
    """:data:`POORLY_READ_OFFSET` for a document OCR read poorly (:data:`POORLY_READ`), else 0.0 (a text layer
    has no confidence). Why: a search for "95%" put first the scan whose garbled text held the figure among
    few words (bm25 favours a short text) and the well-read copy of the same document below it; what a staff
    member opens first should be the copy whose text can be trusted (``vn_poorly_read`` in the served search)."""
    return POORLY_READ_OFFSET if confidence is not None and float(confidence) < POORLY_READ else 0.0


#: what a result of the ranked search page matched, said to staff (``vn_match_words`` in ``tim_kiem``): the
#: number named exactly (0), levels 1-3 of :func:`levels`, the words anywhere (4), a document citing the
#: số ký hiệu typed (5)
MATCH_WORDS = {
    0: "đúng số ký hiệu",
    1: "từ khóa ở số ký hiệu, trích yếu, cơ quan ban hành hoặc người ký",
    2: "từ khóa liền nhau trong nội dung",
    3: "các từ khóa ở gần nhau",
    4: "các từ khóa có trong nội dung",
    5: "trích dẫn số ký hiệu đã gõ",
}


def match_words(level: int | None) -> str | None:
    """What a ranked search result matched, in words (:data:`MATCH_WORDS`): the page shows it in place of the
    internal score, whose offsets (-1e6 for the số ký hiệu named, -3e4…-1e4 for a level) meant nothing to staff
    (found by a newcomer: a raw "-1000000.0" in the column "Điểm xếp hạng"). SQL ``vn_match_words(level)``."""
    return MATCH_WORDS.get(level) if level is not None else None


def level_expression(query: str | None, level: int, fields: int = 1) -> str:
    """The MATCH of level ``level`` (1-3) of :func:`levels`, or the empty phrase (which
    matches nothing) when the query has no such level: SQL ``vn_fts_level(q, level, fields)``."""
    for expr, bonus in levels(query, bool(fields)):
        if bonus == LEVEL_BONUS[level - 1]:
            return expr
    return '""'
