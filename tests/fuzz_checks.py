"""The fuzz checks and the inputs they run on, shared by ``tests/test_fuzz.py``
(small budget) and ``bench/fuzz.py`` / ``bench/speed.py`` (large budget,
absolute times): a helper module, so no test or bench imports a test module.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

from vanban import text as T
from vanban.archive.keys import fts_query, looks_like_symbol, query_tokens, symbol_key
from vanban.extract import extract
from vanban.extract.dates import find_dates
from vanban.extract.symbols import normalize_symbol
from vanban.extract.symbols import symbol_key as extract_symbol_key
from vanban.models import Deadline, Extraction
from vanban.ocr.correct import correct_text
from vanban.ocr.restore import restore

REGRESSIONS = Path(__file__).resolve().parent / "fixtures" / "fuzz_regressions"

# --- what the parsers look for --------------------------------------------------

WORDS = [
    "số", "So", "Số:", "S6", "ngày", "ngay", "tháng", "thang", "năm", "nam", "quý", "quy", "I", "II",
    "III", "IV", "hằng", "hàng", "mỗi", "trước", "truoc", "đến", "den", "từ", "tu", "chậm nhất",
    "cuối", "đầu", "giữa", "6 tháng đầu năm", "Nghị quyết", "Kế hoạch", "Kết luận", "Chỉ thị",
    "Căn cứ", "Luật", "Đảng ủy", "ĐẢNG ỦY", "Ủy ban nhân dân", "UBND", "KH/ĐU", "NQ/TW",
    "25-NQ/TW", "24-KH/ĐU", "05/QĐ-UBND", "30/2020/NĐ-CP", "đạt", "ít nhất", "trên", "100%",
    "95,5%", "01", "31/12/2025", "29/02/2024", "30/02/2025", "10/2025", "2025", "2026 - 2030",
    "giai đoạn", "chủ trì", "phối hợp", "báo cáo", "Nơi nhận:", "T/M", "BÍ THƯ", "Phó Bí thư",
    "Nguyễn Văn A", "hoà", "thuỷ", "uỷ", "khỏe", "nghiêng", "Đ", "đ", "Ð", "İ", "ß", "ﬁ",
    "\u0301", "e\u0301", "résumé", "https://x.vn/a", "a@b.vn", "*", '"', "(", ")", "-", "/",
    "…", "–", "—", "•", "·", "\t", "\f", "\n", "\r\n", "\u00a0", "\u200b", "\x00",
]
SEPARATORS = [" ", " ", " ", "\n", ", ", ". ", "/", "-", "\f", ": ", "; ", ""]

vietnamese_ish = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.integers(min_value=0, max_value=100_000).map(str),
        st.text(alphabet="0123456789/-.,:% ", min_size=1, max_size=12),
        st.text(alphabet=sorted(T.VIETNAMESE_LETTERS) + ["Đ", "A", "Q"], min_size=1, max_size=9),
        st.text(max_size=6),  # anything Unicode
    ).flatmap(lambda w: st.sampled_from(SEPARATORS).map(lambda s: w + s)),
    max_size=60,
).map("".join)
any_text = st.one_of(vietnamese_ish, st.text(max_size=300))

# --- the checks ------------------------------------------


def _iso(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    assert isinstance(value, str), (what, value)
    return dt.date.fromisoformat(value)  # raises on an invalid date


def check_deadline(d: Deadline) -> None:
    _iso(d.date, "deadline.date")
    lo, hi = _iso(d.earliest, "earliest"), _iso(d.latest, "latest")
    if lo and hi:
        assert lo <= hi, d
    if d.date and lo and hi:
        assert lo <= dt.date.fromisoformat(d.date) <= hi, d


def check_extraction(ext: Extraction, text: str) -> None:
    _iso(ext.metadata.date, "metadata.date")
    for c in ext.citations:
        _iso(c.date, "citation.date")
    for d in ext.deadlines:
        check_deadline(d)
    for o in ext.obligations:
        if o.deadline:
            check_deadline(o.deadline)
    for t in ext.targets:
        if t.min is not None and t.max is not None:
            assert t.min <= t.max, t
    for item in (*ext.citations, *ext.deadlines, *ext.targets, *ext.obligations):
        if item.span is not None:
            assert 0 <= item.span.start <= item.span.end <= len(text), item.span


def check_extract(text: str) -> None:
    check_extraction(extract(text), text)
    check_extraction(extract(text, reference_date="2025-06-15"), text)


def check_dates(text: str) -> None:
    view = T.fold(text)
    for ref in (None, dt.date(2025, 12, 31)):
        hits = find_dates(view, ref)
        for h in hits:
            _iso(h.date, "date")
            lo, hi = _iso(h.earliest, "earliest"), _iso(h.latest, "latest")
            if lo and hi:
                assert lo <= hi, h
        for a, b in zip(hits, hits[1:]):
            assert a.end <= b.start, "overlapping date hits"


def check_text_primitives(text: str) -> None:
    n = T.nfc(text)
    assert T.nfc(n) == n
    folded = T.fold(n)
    assert len(folded) == len(n), "fold is length-preserving on NFC input"
    assert T.fold(folded) == folded
    assert T.normalize(T.normalize(text)) == T.normalize(text)
    assert 0.0 <= T.diacritic_ratio(text) <= 1.0
    assert 0.0 <= T.vietnamese_ratio(text) <= 1.0
    T.has_diacritics(text)
    for word in T.WORD_RE.findall(n)[:50]:
        toneless, tone = T.split_syllable(word)
        assert 0 <= tone <= 5
        T.compose_syllable(toneless, tone)
        T.strip_tone(word)


def check_restore(text: str) -> None:
    for mode in ("restore", "correct"):
        r = restore(text, mode)
        assert isinstance(r.text, str)
        assert r.text.count("\n") == text.count("\n"), "line breaks kept"
        for tok in r.tokens:
            assert 0 <= tok.start <= tok.end <= len(text)
            assert 0.0 <= tok.confidence <= 1.0 + 1e-9
    for method in ("txt", "pdf-ocr", "image-ocr", "pdf-text", "docx"):
        assert isinstance(correct_text(text, method).text, str)


_KEY_RE = re.compile(r"[^\W_]+(?: [^\W_]+)*")  # words (letters, digits) and single spaces


def check_symbols(text: str) -> None:
    """Keys are folded words joined by single spaces, blind to case and to
    the separators OCR and typing disagree on, and a key is its own key."""
    for s in (text, text[:40]):
        assert isinstance(normalize_symbol(s), str)
        for key_of in (symbol_key, extract_symbol_key):
            key = key_of(s)
            if not key:
                continue
            assert _KEY_RE.fullmatch(key) and key == key.lower(), (s, key)
            assert key_of(key) == key, (s, key)
            assert key == symbol_key(s)  # one symbol key for extraction, storage and search
            if s.isascii():
                assert key_of(s.upper()) == key_of(s.lower()), s
        assert looks_like_symbol(s) in (True, False)
        if looks_like_symbol(s):
            assert symbol_key(s), s  # a symbol-like query always has a key to look up


_FTS = sqlite3.connect(":memory:")
_FTS.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
_FTS.execute("INSERT INTO t(x) VALUES ('dang uy phuong 25 nq tw ke hoach')")


def check_fts_query(text: str) -> None:
    q = fts_query(text)
    assert (q is None) == (not query_tokens(text))
    if q is not None:
        _FTS.execute("SELECT count(*) FROM t WHERE t MATCH ?", [q]).fetchone()  # never a syntax error


CHECKS = {
    "text": check_text_primitives,
    "dates": check_dates,
    "extract": check_extract,
    "symbols": check_symbols,
    "fts": check_fts_query,
    "restore": check_restore,
}

ADVERSARIAL = {
    "digits": "1234567890",
    "slashes": "/",
    "dashes": "-",
    "so": "số ",
    "so_folded": "so ",
    "spaces": " ",
    "ngay_slash": "ngày 1/",
    "ngay_dot": "ngày 1.",
    "ngay_thang": "ngày 1 tháng ",
    "vietnamese": "ạằẩễốờửữỳđĐ",
    "digit_slash": "12/",
    "digit_dash": "1-",
    "symbol": "05/QĐ-UBND ",
    "can_cu": "Căn cứ Nghị quyết số ",
    "percent": "100% ",
    "dots": ".",
    "newlines": "\n",
    "upper": "KẾ HOẠCH ",
    "colon": "Số: ",
    "at": "a@",
    "roman": "I.",
    "quarter": "quý I ",
}


def _line(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]
