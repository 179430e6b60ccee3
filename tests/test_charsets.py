"""Legacy Vietnamese charsets: the shared cases and a round trip per charset.

The encoders here are independent of vanban's decoding tables: glibc
``iconv`` for TCVN3 / VISCII / Windows-1258, the cases' own ``legacy.py``
for TCVN3 (.VnTime/.VnTimeH) and VNI-Windows, and a VIQR writer built on
Unicode decomposition. The text is 50 real lines of ../shared/corpora
(tests/fixtures/charsets/corpus_lines.txt: legal_vi and news_vi).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from fixtures.legacy_docx import cases_encoder
from vanban import charsets
from vanban.ingest import load
from vanban.models import InputError

FIXTURES = Path(__file__).parent / "fixtures"
CASES = FIXTURES / "cases"
LINES = (FIXTURES / "charsets" / "corpus_lines.txt").read_text(encoding="utf-8").splitlines()

pytestmark = pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv missing")


def _legacy(case: str):
    """The cases' encoder script (the same file for both cases)."""
    return cases_encoder()


def iconv_encode(text: str, charset: str) -> bytes:
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", charset], input=text.encode(),
                          capture_output=True, check=True).stdout


def cp1258_decomposed(text: str) -> bytes:
    """Windows-1258 with every tone as a combining byte, even where the
    charset has the toned letter precomposed (as some converters write)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in _VIQR_TONE)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _VIQR_TONE))
        out += (base + tones).encode("cp1258")
    return bytes(out)


_VIQR_QUALITY = {"\u0306": "(", "\u0302": "^", "\u031b": "+"}
_VIQR_TONE = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}


def viqr_encode(text: str) -> str:
    """RFC 1456 VIQR from Unicode decomposition; literal mark characters after
    a letter, and a literal d before d/đ, are escaped with a backslash, as
    the RFC asks."""
    out = []
    prev_letter = False
    text = unicodedata.normalize("NFC", text)
    for i, ch in enumerate(text):
        if ch in "dD" and text[i + 1:i + 2] in ("d", "D", "đ", "Đ"):
            out.append("\\")  # a literal d before d/đ, not the "dd" of đ
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            prev_letter = True
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if not marks:
            if ch in "'`?~.(^+" and prev_letter:
                out.append("\\")
            out.append(ch)
            prev_letter = ch.isalpha()
            continue
        out.append(base + "".join(_VIQR_QUALITY[m] for m in marks if m in _VIQR_QUALITY)
                   + "".join(_VIQR_TONE[m] for m in marks if m in _VIQR_TONE))
        prev_letter = True
    return "".join(out)


def _tcvn3_lines() -> str:
    """The corpus lines .VnTime can spell (it has no toned capitals)."""
    enc = _legacy("01-tcvn3-txt")
    keep = []
    for line in LINES:
        try:
            enc.tcvn3_encode(line)
        except ValueError:
            continue
        keep.append(line)
    assert len(keep) >= 30
    return "\n".join(keep)


ENCODERS = {
    "tcvn3 (iconv TCVN5712-1)": ("tcvn3", lambda t: iconv_encode(t, "TCVN5712-1"), _tcvn3_lines),
    "tcvn3 (case legacy.py)": ("tcvn3", lambda t: _legacy("01-tcvn3-txt").tcvn3_encode(t), _tcvn3_lines),
    "viscii (iconv)": ("viscii", lambda t: iconv_encode(t, "VISCII"), lambda: "\n".join(LINES)),
    "vni (case legacy.py)": ("vni", lambda t: _legacy("02-vni-txt").vni_encode(t), lambda: "\n".join(LINES)),
    "cp1258 composed (iconv)": ("cp1258", lambda t: iconv_encode(t, "CP1258"), lambda: "\n".join(LINES)),
    "cp1258 decomposed": ("cp1258", cp1258_decomposed, lambda: "\n".join(LINES)),
    "viqr": ("viqr", lambda t: viqr_encode(t).encode("ascii"), lambda: "\n".join(LINES)),
    "utf-8": ("utf-8", lambda t: t.encode("utf-8"), lambda: "\n".join(LINES)),
}


@pytest.mark.parametrize("name", list(ENCODERS))
def test_real_text_round_trips_through_each_charset(name: str, tmp_path: Path) -> None:
    key, encode, text_of = ENCODERS[name]
    text = text_of()
    data = encode(text)
    f = tmp_path / "doc.txt"
    f.write_bytes(data)
    doc = load(f)
    assert doc.encoding == key, charsets.detect(data)[2]
    assert doc.pages[0].text == text


def test_scores_separate_the_right_table_from_the_others() -> None:
    """The winner is not a near miss: every other table scores far lower."""
    data = _legacy("02-vni-txt").vni_encode("\n".join(LINES))
    _text, key, scores = charsets.detect(data)
    assert key == "vni" and scores["vni"] > 0.95
    assert all(s < scores["vni"] - 0.1 for k, s in scores.items() if k != "vni"), scores


def test_plain_ascii_without_marks_is_not_taken_for_viqr(tmp_path: Path) -> None:
    """Legacy OCR that lost its marks ("Dang uy xa ... cho.") stays as written."""
    f = tmp_path / "ocr.txt"
    f.write_text("Dang uy xa Hoa Binh bao cao ket qua cong tac dan van, giao cho.\nSo 126-CV/DU\n",
                 encoding="ascii")
    doc = load(f)
    assert doc.encoding == "utf-8" and doc.pages[0].text.startswith("Dang uy xa")


def test_viqr_full_stop_after_a_vowel() -> None:
    # RFC 1456: escaped inside a line, plain at the end of one
    assert charsets.decode_viqr("Ho. ve^` nha`\\. Anh ho.c ba`i.\nBo^. Quo^'c pho`ng.") == (
        "Họ về nhà. Anh học bài.\nBộ Quốc phòng.")


def test_undecodable_file_names_the_charsets_tried(tmp_path: Path) -> None:
    """Bytes no table turns into Vietnamese: one line naming every charset —
    never "not Vietnamese"."""
    f = tmp_path / "greek.txt"
    f.write_bytes("Ο Δήμος ανακοινώνει το πρόγραμμα εργασιών για το νέο έτος\n".encode("cp1253") * 5)
    with pytest.raises(InputError) as info:
        load(f)
    msg = str(info.value)
    assert "\n" not in msg and "Vietnamese" in msg and "not Vietnamese" not in msg
    for name in ("UTF-8", "Windows-1258", "TCVN3", "VISCII", "VNI-Windows", "VIQR"):
        assert name in msg, msg


# --- the shared cases --------------------------------------------------------


def _expect_plan(doc) -> None:
    ex = doc.extraction
    md = ex.metadata
    assert (md.number, md.type, md.issuer, md.date) == ("12-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ SƠN TÂN", "2004-03-15")


@pytest.mark.parametrize("case,name,key", [
    ("01-tcvn3-txt", "input.txt", "tcvn3"),
    ("01-tcvn3-txt", "input_viscii.txt", "viscii"),
    ("02-vni-txt", "input.txt", "vni"),
])
def test_legacy_charset_cases(case: str, name: str, key: str) -> None:
    from vanban.conveyor import process_file

    doc = process_file(CASES / case / name, jobs=1)
    source = (CASES / case / "source_unicode.txt").read_text(encoding="utf-8")
    assert doc.source.encoding == key
    assert doc.pages[0].raw_text.strip() == source.strip()
    _expect_plan(doc)
    ex = doc.extraction
    if case == "01-tcvn3-txt":  # the case lists these too
        assert ("25-NQ/TW", "2013-06-03") in [(c.number, c.date) for c in ex.citations]
        assert "2004-04-30" in [d.date for d in ex.deadlines]
        assert "100%" in [t.text for t in ex.targets]


def test_legacy_cases_are_archived_with_their_charset_and_found(tmp_path: Path) -> None:
    from vanban.archive import search
    from vanban.conveyor import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for case in ("01-tcvn3-txt", "02-vni-txt"):
        (folder / f"{case}.txt").write_bytes((CASES / case / "input.txt").read_bytes())
    db = tmp_path / "a.db"
    report = ingest([folder], db, jobs=1, progress=False)
    assert report.stored == 2 and report.failed == 0, report.errors
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("select encoding, source_encoding from documents").fetchall())
    assert rows == {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI-Windows"}
    for query in ("dan van", "12-KH/ĐU"):  # one plan in two charsets: one result naming the other file (session 51)
        hits = search(db, query)
        assert len(hits) == 1 and len(hits[0].also) == 1


def test_a_large_file_is_judged_over_all_of_it(tmp_path: Path) -> None:
    """Beyond the sampling size the windows still cover the whole file: a
    table of figures first and the VNI text after it is read as VNI."""
    head = "\n".join(f"{i:6d}  {i * 7:8d}  {i * 13:10d}" for i in range(12000)).encode("ascii")
    body = _legacy("02-vni-txt").vni_encode("\n".join(LINES * 12))
    assert len(head) > charsets.SAMPLE_BYTES
    data = head + b"\n" + body
    text, key, _ = charsets.detect(data)
    assert key == "vni" and text.endswith(LINES[-1])


def test_vntimeh_lines_are_upper_cased_and_others_kept() -> None:
    """.VnTimeH shows lowercase codes as capitals; real lines that merely lack
    lowercase ASCII (found in ../shared/realdocs) must stay as they are."""
    fix = charsets.fix_vntimeh_lines
    assert fix("đảNG ủY Xã SơN TâN") == "ĐẢNG ỦY XÃ SƠN TÂN"
    assert fix("Kế HOạCH") == "KẾ HOẠCH"
    for kept in ("Số 12-KH/ĐU", "**Vị", "**Mã TTHC**", "Số....../BC", "Xã"):
        assert fix(kept) == kept
