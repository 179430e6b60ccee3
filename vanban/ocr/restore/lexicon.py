"""The inventory of valid Vietnamese syllables and words restoration may output.

Sources (no download at run time): underthesea's packaged dictionaries
(Viet74K, Viet39K, Viet22K, Viet11K) and vanban's own domain lexicon in
``lexicon/*.txt`` (administrative and Party vocabulary, organisation names,
stock phrases of plans and resolutions). The build script bakes what the
decoder needs into ``data/lm.bin``; this module is used at build time and by
tests, not on the hot path.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from vanban.text import VIETNAMESE_LETTERS, fold, normalize_tones

LEXICON_DIR = Path(__file__).with_name("lexicon")
UNDERTHESEA_DICTS = ("Viet74K.txt", "Viet39K.txt", "Viet22K.txt", "Viet11K.txt")

# Vietnamese phonotactics on the folded syllable: onset + rhyme. Keeps
# foreign words ("abbey", "workflow") out of the syllable inventory.
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_RHYME = (
    r"(?:a|ai|ao|au|ay|an|am|ang|anh|ac|ach|ap|at|e|eo|em|en|eng|ec|ep|et|"
    r"ech|enh|eu|uech|uyp|oao|oem|oeng|oec|oen|"
    r"i|ia|iu|im|in|inh|ich|ip|it|ieu|iem|ien|ieng|iec|iep|iet|"
    r"o|oa|oai|oay|oan|oang|oanh|oac|oach|oat|oap|oam|oe|oeo|oen|oet|oi|om|on|ong|oc|op|ot|oong|ooc|"
    r"u|ua|uan|uat|uang|uac|uay|uy|uya|uyu|uych|uyen|uyet|uynh|uyt|uyn|uu|ue|uen|uenh|uet|"
    r"ui|uoi|um|un|ung|uc|up|ut|uo|uon|uong|uom|uoc|uop|uot|uou|uong|uo|uâ|"
    r"y|yen|yeu|yet|yem)"
)
_SYLLABLE_RE = re.compile(f"{_ONSET}{_RHYME}")


def is_vietnamese_syllable(syl: str) -> bool:
    """True when ``syl`` is spelt like a Vietnamese syllable (any tone)."""
    low = syl.lower()
    if not low or not all(c in VIETNAMESE_LETTERS for c in low):
        return False
    return _SYLLABLE_RE.fullmatch(fold(low)) is not None


def underthesea_dict_paths() -> list[Path]:
    """Paths of underthesea's packaged word lists (an installed dependency)."""
    import underthesea  # noqa: PLC0415 — only needed at build time

    base = Path(underthesea.__file__).parent / "corpus" / "data"
    return [base / name for name in UNDERTHESEA_DICTS if (base / name).exists()]


def _read_words(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(normalize_tones(line))
    return words


@lru_cache(maxsize=1)
def dictionary_words() -> tuple[str, ...]:
    """Every word of underthesea's dictionaries (lower-cased, canonical tones)."""
    seen: dict[str, None] = {}
    for path in underthesea_dict_paths():
        for w in _read_words(path):
            seen[w.lower()] = None
    return tuple(seen)


def domain_files() -> list[Path]:
    return sorted(LEXICON_DIR.glob("*.txt"))


@lru_cache(maxsize=1)
def domain_phrases() -> tuple[str, ...]:
    """vanban's own lexicon lines: terms and stock phrases, cased as written."""
    out: list[str] = []
    for path in domain_files():
        out.extend(_read_words(path))
    return tuple(out)


@lru_cache(maxsize=1)
def dictionary_syllables() -> frozenset[str]:
    """Syllables of dictionary and domain words that pass the phonotactic check."""
    syls = set()
    for w in dictionary_words() + tuple(p.lower() for p in domain_phrases()):
        for s in re.split(r"[\s\-]+", w):
            if is_vietnamese_syllable(s):
                syls.add(s)
    return frozenset(syls)
