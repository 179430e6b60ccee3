"""One reading of the place a header names twice: in the issuer ("PHƯỜNG HỒNG HẢI") and on the place-date line
("Hồng Hải, ngày …").

Why: a scan reads the two lines apart, and capitals lose their marks and letters more often ("PHƯỜNG HỒNG HÁT" over
"Hồng Hải", a newcomer's 10_CV_scan, session 17). When the issuer's last words and the place differ only as OCR
readings do — the same words folded (marks only), or one letter a word apart in words of the same length — they are
one name: the reading the document repeats more often wins, and on a tie the place line's (mixed case keeps marks
better than capitals). Two words each one letter apart are one name only where the text outvotes the place line
(:func:`_outvoted`). Names that differ more ("Hồng Hà" and "Hạ Long") are two places and are left alone.
"""

from __future__ import annotations

import re

from vanban.text import fold

__all__ = ["agree_place"]


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, or (session 24) one letter lost in a word of four letters or more: a scan's "QUẢN NGÃI" for
    "Quảng Ngãi", its "G" taken by the motto run on beside it (t23-09 scanned)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and len(long_) >= 4 and any(long_[:i] + long_[i + 1:] == short
                                                                    for i in range(len(long_)))


def _short_word_cut(a: str, b: str, tail: list[str], place: list[str]) -> bool:
    """(ocr45) A word of three letters that lost its last one ("HỘ" for "Hội": "ỦY BAN NHÂN DÂN XÃ TÂN HỘEỘNG HÒA …", a
    scan that ran the name into the motto beside it took the I with the C, t43-01 scanned), where the name has two
    words or more and every other word reads alike: one letter of a short word alone is no evidence, the rest of
    the name is. The text must show the cut too (:func:`_cut_seen`): "TÂN HÀ" and "Tân Hải" are two places."""
    short, long_ = sorted((a, b), key=len)
    return (len(long_) == 3 and long_[:2] == short and len(place) >= 2
            and sum(x != y for x, y in zip(tail, place)) == 1)


def _phrase_re(words: list[str]) -> str:
    return r"(?<!\w)" + r"\s+".join(map(re.escape, words))


def _times(words: list[str], text: str) -> int:
    """How often the name stands in the text as words of their own (any case): "Tân Hả" is not counted inside each
    "Tân Hải" (fixrev45)."""
    return len(re.findall(_phrase_re(words) + r"(?!\w)", text, re.IGNORECASE))


def _cut_seen(words: list[str], tail: list[str], pw: list[str], text: str) -> bool:
    """(fixrev45) The text bears out a short word's lost letter (:func:`_short_word_cut`): the name in full stands
    in it twice or more (the place line and the body's "… xã Tân Hội …", or the issuer and the body), or the cut
    reading runs straight into the next letters on its line — the seam where a scan joined the name's cell to the
    motto's ("TÂN HỘEỘNG HÒA": the lost letter went with the motto's C). Without either, the issuer and the place
    line name two places ("ỦY BAN NHÂN DÂN XÃ TÂN HÀ" over "Tân Hải, ngày …") and each keeps its own reading."""
    k = next(k for k, (a, b) in enumerate(zip(tail, pw)) if fold(a) != fold(b))
    cut_in_issuer = len(tail[k]) < len(pw[k])
    full = pw if cut_in_issuer else tail
    if _times(full, text) >= 2:
        return True
    if not cut_in_issuer:
        return False
    at = len(words) - len(tail) + k  # the cut word in the issuer, with the word before it: "TÂN HỘ" + a letter
    return re.search(_phrase_re(words[max(at - 1, 0):at + 1]) + r"(?=[^\W\d_])", text) is not None


def _capital_i_read_as_l(tail: list[str], place: list[str]) -> bool:
    """The place line's word opens with a small "l" where the issuer's capitals print "I" ("ĐẢNG ỦY XÃ IA GRAI" over "la
    Grai, ngày …", a28-06 scanned; restoration may then mark it "là"): in mixed case a capital I and a small l are one
    glyph to OCR, in capitals I and L are not — the capitals' reading is the name."""
    return any(fold(a) != fold(b) and a[:1] == "I" and b[:1] == "l" and fold(a)[1:] == fold(b)[1:]
               for a, b in zip(tail, place))


#: (leg54) how often the issuer's reading must stand in the text to outvote a place line read two letters apart
_OUTVOTE = 3


def _outvoted(tail: list[str], place: list[str], text: str) -> bool:
    """(leg54) Two words of the name each one letter apart, and the document names the issuer's reading again and again
    while the place line's reading stands nowhere else: "ỦY BAN NHÂN DÂN" / "HUYỆN BA KHE" over "Da Khô, ngày 24 tháng
    9 năm 2038" (t52-03 read by legacy OCR: restoration gave the unknown name of the place line other letters), the body
    saying "huyện Ba Khe" four times. Two places would each be named in the text; a misreading is one line's alone."""
    return _times(tail, text) >= _OUTVOTE and _times(place, text) <= 1


def agree_place(issuer: str | None, place: str | None, text: str) -> tuple[str | None, str | None]:
    """(issuer, place) with the place named in both read one way; unchanged when they are no two readings of it."""
    if not issuer or not place:
        return issuer, place
    words, pw = issuer.split(), place.split()
    if len(words) <= len(pw):
        return issuer, place
    tail = words[-len(pw):]
    if [w.lower() for w in tail] == [w.lower() for w in pw]:
        return issuer, place  # one reading already
    folded_tail, folded_place = [fold(w) for w in tail], [fold(w) for w in pw]
    if not all(_one_letter_apart(a, b) or _short_word_cut(a, b, folded_tail, folded_place)
               for a, b in zip(folded_tail, folded_place)):
        return issuer, place
    if sum(a != b for a, b in zip(folded_tail, folded_place)) > 1 and not _outvoted(tail, pw, text):
        return issuer, place  # two letters changed across the name: another place, not a misreading
    if not all(_one_letter_apart(a, b) for a, b in zip(folded_tail, folded_place)) and not _cut_seen(
            words, tail, pw, text):
        return issuer, place  # a short word's last letter lost, and nothing in the text shows the cut
    if _capital_i_read_as_l(tail, pw):
        return issuer, " ".join(w.capitalize() for w in tail)
    if _times(tail, text) > _times(pw, text):
        return issuer, " ".join(w.capitalize() for w in tail)
    head = words[:-len(pw)]
    name = [p.upper() if t.isupper() else p for t, p in zip(tail, pw)]
    return " ".join(head + name), place
