"""Abbreviations office staff type for the names they search (data and one rewrite).

Why: a plan writes "Ủy ban nhân dân xã" in one place and "UBND xã" in the next, and
staff type either ("UBND xa", "mttq", "cchc"). A search for one spelling must find
the other. The table holds folded forms (as the archive folds: no marks, đ → d,
lower case); only abbreviations that are no Vietnamese syllable are listed, so a
word of the text is never taken for one ("du" is dự/du, "tu" is từ/tự: not listed).

Used by the full-text search (:func:`vanban.archive.keys.fts_query`: each
abbreviation or spelled-out name becomes "either form"), by the filters on a
unit's name (:func:`spellings`, SQL ``vn_like_spellings``) and by the checklist,
which groups "Sở KH&CN" with "Sở Khoa học và Công nghệ" (a leaf module: every
stage may import it).
"""

from __future__ import annotations

import re

#: folded abbreviation → folded full name
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc",
    "btv": "ban thuong vu",
    "bch": "ban chap hanh",
    "bbt": "ban bi thu",
    "bcd": "ban chi dao",
    "bcs": "ban can su",
    "ubkt": "uy ban kiem tra",
    "tw": "trung uong",
    "xhcn": "xa hoi chu nghia",
    "ctxh": "chinh tri xa hoi",
    "ktxh": "kinh te xa hoi",
    "qpan": "quoc phong an ninh",
    "antt": "an ninh trat tu",
    "atgt": "an toan giao thong",
    "attp": "an toan thuc pham",
    "cchc": "cai cach hanh chinh",
    "tthc": "thu tuc hanh chinh",
    "cds": "chuyen doi so",
    "cntt": "cong nghe thong tin",
    "dvc": "dich vu cong",
    "ntm": "nong thon moi",
    "pccc": "phong chay chua chay",
    "bhxh": "bao hiem xa hoi",
    "bhyt": "bao hiem y te",
    "thpt": "trung hoc pho thong",
    "thcs": "trung hoc co so",
    "dbqh": "dai bieu quoc hoi",
    "hlhpn": "hoi lien hiep phu nu",
    "hpn": "hoi phu nu",
    "hnd": "hoi nong dan",
    "hccb": "hoi cuu chien binh",
    "ccb": "cuu chien binh",
    "ldld": "lien doan lao dong",
    "tncs": "thanh nien cong san",
    "xdd": "xay dung dang",
    "ttg": "thu tuong",
    # ministries' and departments' short names, written with "&" ("Sở KH&CN", "Sở GD&ĐT"): the "&" is dropped
    # before lookup (:func:`joined_ampersand`)
    "khcn": "khoa hoc va cong nghe",
    "gddt": "giao duc va dao tao",
    "khdt": "ke hoach va dau tu",
    "tnmt": "tai nguyen va moi truong",
    "nnmt": "nong nghiep va moi truong",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "vhttdl": "van hoa the thao va du lich",
    "tttt": "thong tin va truyen thong",
}
#: the short names written with "&" as documents print them, folded (the archive's index reads "KH&CN" as the words
#: "kh", "cn" side by side): a search for "Sở Khoa học và Công nghệ" finds "Sở KH&CN" too (session 22's newcomer)
AMPERSAND_FORMS: dict[str, tuple[str, ...]] = {
    "khcn": ("kh&cn",), "gddt": ("gd&dt",), "khdt": ("kh&dt",), "tnmt": ("tn&mt",), "nnmt": ("nn&mt",),
    "nnptnt": ("nn&ptnt",), "ldtbxh": ("ld,tb&xh", "ldtb&xh"), "vhttdl": ("vh,tt&dl", "vhtt&dl"), "tttt": ("tt&tt",),
}
#: folded full name (as a tuple of words) → its abbreviation; longest names first
FULL_NAMES: dict[tuple[str, ...], str] = dict(
    sorted(((tuple(v.split()), k) for k, v in ABBREVIATIONS.items()), key=lambda kv: -len(kv[0])))
#: the full names by their first word (longest first within each): a token is compared with the names it can open,
#: not with every name (``segments`` ran once per row of ``nhiem_vu_cua``: 1.2 ms a row, 20,000 rows past the
#: served time limit; session 21)
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _abbr in FULL_NAMES.items():
    _BY_FIRST.setdefault(_words[0], []).append((_words, _abbr))


def segments(tokens: list[str]) -> list[list[list[str]]]:
    """``tokens`` (folded) cut into segments, each the list of its spellings: a name
    (typed abbreviated or spelled out) → [[full, name, words], [abbr]]; any other
    token → [[token]]."""
    out: list[list[list[str]]] = []
    i = 0
    while i < len(tokens):
        for words, abbr in _BY_FIRST.get(tokens[i], ()):
            if tuple(tokens[i:i + len(words)]) == words:
                out.append([list(words), [abbr]])
                i += len(words)
                break
        else:
            full = ABBREVIATIONS.get(tokens[i])
            out.append([full.split(), [tokens[i]]] if full else [[tokens[i]]])
            i += 1
    return out


def joined_ampersand(text: str) -> str:
    """"Sở KH&CN", "VH,TT&DL" → "Sở KHCN", "VHTTDL": the short name as one token."""
    return re.sub(r"(?<=[A-ZĐ])&(?=[A-ZĐ])|(?<=[A-ZĐ]),(?=[A-ZĐ]+&)", "", text)


# "&" joining a short name's parts in folded text ("so kh&cn", "bo vh,tt&dl"): :func:`joined_ampersand` after fold
_FOLDED_AMPERSAND_RE = re.compile(r"(?<=[a-z])&(?=[a-z])|(?<=[a-z]),(?=[a-z]+&)")


def joined_short_name(folded_word: str) -> str | None:
    """A folded word that is a short name written with "&" ("kh&cn", "vh,tt&dl", "(kh&cn)") → the table's one
    ("khcn", "vhttdl"); None for any other word (the search keeps such a word one token, not "kh" and "cn")."""
    joined = _FOLDED_AMPERSAND_RE.sub("", folded_word.strip("()[]{}.,;:!?\"'"))
    return joined if "&" in folded_word and joined in ABBREVIATIONS else None


def spellings(text: str) -> tuple[str, str]:
    """(every name spelled out, every name abbreviated) of folded ``text``:
    "ubnd xa" and "uy ban nhan dan xa" → ("uy ban nhan dan xa", "ubnd xa"); a short name
    written with "&" is the table's one too ("so kh&cn" → ("so khoa hoc va cong nghe",
    "so khcn")): what the search box and the unit filters type or store folded, the
    checklist's groups (:func:`joined_ampersand` before folding) alike."""
    segs = segments(_FOLDED_AMPERSAND_RE.sub("", text).split())
    return " ".join(" ".join(s[0]) for s in segs), " ".join(" ".join(s[-1]) for s in segs)
