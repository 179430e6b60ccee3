"""Which parts of a page's text are readable, and which are OCR garbage.

Why: a real plan's scan may carry a photo, a stamp or a table that the OCR
reads as a long run of random letters. Judged whole, such a page looks
"not Vietnamese" and the document was refused, losing its real content;
judged region by region, the readable part decides the language and the
garbage regions are flagged and kept out of extraction and search.

Why letter pairs and not "is it Vietnamese": a real document may quote
English or Latin terms (a customs notice lists "Vitamin B6 (dạng Pyridoxine
hydrochloride)"); those are text, and stay searchable. Noise is told from
any language by its letter pairs: ``RARE_BIGRAMS`` are the pairs that occur
at most 5 times in the 4.3 million characters of the 307 real documents
(``../shared/realdocs``, folded), Vietnamese and the foreign terms they
quote alike. Measured share of such pairs: random letters 0.36, English
prose 0.03, a Latin ingredient list 0.006, legacy OCR of the seed 0.01.

A *unit* is a line, or a slice of about ``UNIT_CHARS`` characters of a long
line; it is *bad* when at least ``RARE_SHARE`` of its letter pairs are rare.
Adjacent bad units form a region; a region of at least ``MIN_REGION_LETTERS``
letters is garbage (a stray line of noise is too small to matter). Nothing
is flagged in the 307 real documents (whence the pairs) nor in the two
legacy-OCR seeds and the samples (independent of them).
"""

from __future__ import annotations

import re

from vanban.models import blank_spans
from vanban.text import WORD_RE, fold

#: long lines are judged in slices of about this many characters
UNIT_CHARS = 400
#: a unit with at least this share of rare letter pairs is bad
RARE_SHARE = 0.15
#: a garbage region (adjacent bad units) must hold this many letters
MIN_REGION_LETTERS = 200

RARE_BIGRAMS = frozenset("""
aa ah aj aq az bb bf bj bw bz cj cw cy cz dg dj dq dw dy dz ee ef eh ej ek ex ey ez fb
fd fg fh fj fk fm fn fp fq ft fv fw fx fy fz gf gg gj gk gm gq gw gy gz hf hj hm hr hw
ih ij ik iq iw iy iz ja jb jc jd je jf jg jh ji jj jk jl jm jn jo jp jq jr js jt ju jv
jw jx jy jz kf kj kk kp ku kx kz lh lj lp lq lr lw lz mf mj mk mq mx mz nj nr nw nx nz
oh oj oq oy oz pf pj pq pw px pz qa qb qe qf qi qj qk qm qn qo qq qr qw qx qy qz rh rj
rl rq rr rw rx rz sf sj sl sr sz tf tj tz uf ug uh uj uk uq ux vf vg vj vk vl vs vw vy
vz wc wf wg wj wk wl wm wn wq wr ws wt wu wv wx wy wz xc xf xg xj xk xm xp xq xr xs xt
xw xx xz yb yc yf yg yh yi yj yk yp yq yr yu yv yw yx yy yz za zb zc zd zf zg zh zi zj
zk zl zm zn zo zp zq zr zs zt zu zv zw zx zy
""".split())

_LINE_RE = re.compile(r"[^\n]*\n?")


def garbage_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of ``text`` (character offsets, end exclusive)
    that are OCR garbage, in order, not overlapping."""
    regions: list[list[int]] = []  # start, end, letters
    joinable = False
    for a, b in _units(text):
        pairs, rare, letters = _weigh(text[a:b])
        if pairs == 0:
            continue  # blank, digits, punctuation: neither parts nor joins regions
        if rare >= RARE_SHARE * pairs:
            if joinable:
                regions[-1][1] = b
                regions[-1][2] += letters
            else:
                regions.append([a, b, letters])
            joinable = True
        else:
            joinable = False
    return tuple((a, b) for a, b, letters in regions if letters >= MIN_REGION_LETTERS)


#: ``text`` with each span emptied but its line breaks kept (so line numbers
#: and per-line geometry still match the text as read)
without = blank_spans


def _units(text: str):
    for m in _LINE_RE.finditer(text):
        start, end = m.start(), m.end()
        if end > start and text[end - 1] == "\n":
            end -= 1
        while end - start > UNIT_CHARS:  # a long line: slices cut at a space
            cut = text.rfind(" ", start + UNIT_CHARS // 2, start + UNIT_CHARS)
            cut = cut if cut > start else start + UNIT_CHARS
            yield start, cut
            start = cut
        if end > start:
            yield start, end


def _weigh(unit: str) -> tuple[int, int, int]:
    """(letter pairs inside words, rare ones among them, letters) of one unit."""
    pairs = rare = letters = 0
    for word in WORD_RE.findall(fold(unit)):
        letters += len(word)
        for pair in zip(word, word[1:]):
            pairs += 1
            rare += pair[0] + pair[1] in RARE_BIGRAMS
    return pairs, rare, letters
