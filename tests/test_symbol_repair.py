"""One repair of a số ký hiệu, wherever it is read (issue #10, "Symbol repair").

Repairing a symbol's code from OCR evidence once happened at two depths: ``vanban.symbols``
(metadata, the archive's keys, search) and a second pass inside ``extract.citations`` (a type
code joined to its issuer's, a stray glyph in a known issuer's code). A document's own number,
a citation of it and a typed query were then repaired differently. Now ``normalize_symbol`` is
the one entry point and the contract holds everywhere: repair only where the OCR evidence and
the grammar both point one way; never rewrite a valid code into another valid one.
"""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.extract import citations as C
from vanban.extract.metadata import _number
from vanban.models import Citation
from vanban.symbols import fix_code, normalize_symbol, symbol_form, symbol_key

# --- the contract --------------------------------------------------------------------------------


@pytest.mark.parametrize("read", [
    "08/2025/TT-BDTTG",   # Bộ Dân tộc và Tôn giáo: a ministry code with B and D
    "164/BC-BKTNS",       # Ban Kinh tế - Ngân sách (HĐND tỉnh), not on any list (tuning realdocs, clean text)
    "4104/SNV-XDCQ&TCBC",  # a Sở's unit with &
    "12317/TTr-SNNMT-VP",
    "15/QĐ-SYTT",         # one letter off a code that is no known issuer's (review-facts 2859-QD-UBND scanned)
    "12/QĐ-UBNDD",        # one letter off a province's UBND: no guess (02200/QĐ-UBND scanned)
    "09/2025/TT-BTCK",    # one letter off Bộ Tài chính's, the letter neither a thin glyph nor doubled
])
def test_a_code_not_on_the_lists_is_valid_as_read(read):
    assert normalize_symbol(read) == read
    assert [c.number for c in extract(f"Căn cứ Quyết định số {read} ngày 02/7/2025 của Bộ trưởng;\n").citations] == [read]


def test_dang_uy_read_from_a_b_only_in_a_party_symbol():
    # "S6 45-TB/BU", "S6 87-BC/BU" (eng OCR of Party headers, tests/fixtures/extract): the Party grammar
    # NUMBER-TYPE/ISSUER puts an issuer after the slash, and "BU" is no Party body's code: ĐU
    assert normalize_symbol("45-TB/BU") == "45-TB/ĐU"
    assert normalize_symbol("87 -BC/BU") == "87-BC/ĐU"
    assert normalize_symbol("02-KH/BCBTW") == "02-KH/BCĐTW"
    # a state symbol's "-BU" / "-VPBU" has no Party grammar around it: kept as read
    assert normalize_symbol("45/TB-BU") == "45/TB-BU"
    assert normalize_symbol("12/QĐ-VPBU") == "12/QĐ-VPBU"
    # … while a state symbol's type code read with B for Đ is repaired (QĐ is the type the grammar wants there)
    assert normalize_symbol("118/QB-UBND") == "118/QĐ-UBND"
    # a query typed with spaces has no grammar: no Đ is made from a B (a key stays its own key)
    assert symbol_key("24 KH BU") == "24 kh bu" and symbol_key("24 KH DU") == "24 kh du"


def test_restoration_repairs_with_the_same_grammar():
    from vanban.ocr.restore.decode import fix_symbol  # noqa: PLC0415

    assert fix_symbol("45-TB/BU") == "45-TB/ĐU"
    assert fix_symbol("45/TB-BU") == "45/TB-BU"
    assert symbol_form("24 -KH/BU") == "party" and symbol_form("05/QB-UBND") == "state"
    assert symbol_form("24 KH BU") == "loose"
    assert fix_code("BU") == "ĐU"  # a code alone (no form given) keeps every repair


def test_a_code_after_the_party_issuer_is_printed_so():
    # 55/2025/NQ-HĐND (review-meta7, clean text): "Văn bản số 919-CV/VPTW/nb ngày 21/11/2016 quy định mức …";
    # "nb" (nội bộ) was rewritten "NĐ" as if a Nghị định's code read with B
    text = "Căn cứ Văn bản số 919-CV/VPTW/nb ngày 21/11/2016 quy định mức chi;\n"
    (c,) = extract(text).citations
    assert (c.number, c.date) == ("919-CV/VPTW/nb", "2016-11-21")
    assert symbol_key("919-CV/VPTW/nb") == "919 cv vptw nb" == symbol_key(symbol_key("919-CV/VPTW/nb"))


# --- one repair wherever the symbol is read ---------------------------------------------------


@pytest.mark.parametrize("read, canonical", [
    ("214/2025/NĐCP", "214/2025/NĐ-CP"),    # 1609/QĐ-TTPVHCC (clean text): the hyphen not typed
    ("79/2025/NDCP", "79/2025/NĐ-CP"),      # 122/2025/QĐ-UBND, eng OCR
    ("10/2024/TTBTC", "10/2024/TT-BTC"),    # 1505/QĐ-UBND (clean text)
    ("11/2025/TTCP", "11/2025/TTCP"),       # the Thanh tra Chính phủ's own code: not TT-CP
    ("4831/QĐ-BNNMIT", "4831/QĐ-BNNMT"),    # 2512/QĐ-UBND scanned (tests/fixtures/scan_pages): a thin glyph
    ("37/2025/TT-BNNMTT", "37/2025/TT-BNNMT"),  # 4831/QĐ-BNNMT scanned: the last letter doubled
    ("21/2025/TTl-BYT", "21/2025/TT-BYT"),  # a speck after the type code read as l
])
def test_citation_metadata_and_key_repair_alike(read, canonical):
    assert normalize_symbol(read) == canonical
    assert _number(read) == canonical  # the document's own number (extract.metadata)
    assert symbol_key(read) == symbol_key(canonical)  # the archive's key, a typed query
    assert symbol_key(read.upper()) == symbol_key(read.lower()) == symbol_key(canonical)  # blind to case
    body = f"Căn cứ Quyết định số {read} ngày 02/7/2025;\n"
    assert [c.number for c in extract(body).citations] == [canonical]


@pytest.mark.parametrize("read, canonical", [
    ("18/KHLT-TDTN-SGDDT", "18/KHLT-TĐTN-SGDĐT"),  # t20-06 (tune20) eng OCR: a Tỉnh Đoàn's code, its Đ unstroked
    ("86-KH/TDTN-PT", "86-KH/TĐTN-PT"),  # t21-10's number (tune21 label) typed without đ
])
def test_tinh_doan_code_read_without_its_stroke(read, canonical):
    assert normalize_symbol(read) == canonical
    assert symbol_key(read) == symbol_key(canonical)
    assert [c.number for c in extract(f"Căn cứ Kế hoạch số {read} ngày 02/7/2025;\n").citations] == [canonical]
    from vanban.ocr.restore.decode import fix_symbol  # noqa: PLC0415

    assert fix_symbol(read) == canonical  # the legacy form's number, as restoration writes it


# --- dedupe indexed, not pairwise ----------------------------------------------------------------


def _bench():
    """bench/citation_dedupe.py: its generated symbols and the former pairwise comparison."""
    path = Path(__file__).resolve().parents[1] / "bench" / "citation_dedupe.py"
    spec = importlib.util.spec_from_file_location("citation_dedupe", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _generated(n, seed=5):
    rnd = random.Random(seed)
    state = [("QĐ", "UBND"), ("NĐ", "CP"), ("TT", "BTC"), ("QĐ", "TTg"), ("CV", "SYT"), ("NQ", "HĐND"), ("TB", "VPCP")]
    party = [("KH", "TU"), ("NQ", "TW"), ("HD", "BTGDVTU"), ("KH", "ĐU"), ("CTr", "TU")]
    out = set()
    while len(out) < n:
        num = rnd.randint(1, 9999)
        if rnd.random() < 0.5:
            t, i = rnd.choice(state)
            out.add(f"{num}/{rnd.randint(2015, 2026)}/{t}-{i}" if rnd.random() < 0.5 else f"{num}/{t}-{i}")
        else:
            t, i = rnd.choice(party)
            out.add(f"{num}-{t}/{i}")
    # OCR copies seen on real scans (tests/test_ocr_forms.py): a stray glyph put in or read for a character
    return sorted(out) + ["1314/NQ-UBTVQH15", "1314/NQ-UBTVQHI5", "66-NQ/TW", "66g-NQ/TVW", "66/NQ-CP", "6g/NQ-CP",
                          "798/TTr-SNV", "798/TTIr-SNV", "15/2025/QĐ-TTg", "15/2025/QĐ-TT", "21/2025/TI-BYT",
                          "21/2025/TT-BYT", "12/QĐ-UBND", "12a/QĐ-UBND"]


def test_dedupe_of_a_thousand_symbols_is_indexed_with_the_same_answer():
    # 1,000 distinct symbols took ~4.5 s (pairwise); bench/citation_dedupe.py prints the time
    cites = [Citation(text=f"số {s}", number=s, type="Quyết định") for s in _generated(1000)]
    assert C._ocr_variants(cites) == _bench().pairwise_variants(cites)
    rows = C._dedupe(cites)
    numbers = [c.number for c in rows]
    assert len(numbers) == len(set(numbers))
    for damaged in ("1314/NQ-UBTVQHI5", "66g-NQ/TVW", "6g/NQ-CP", "798/TTIr-SNV", "15/2025/QĐ-TT", "21/2025/TI-BYT"):
        assert damaged not in numbers
    assert "12a/QĐ-UBND" in numbers and "12/QĐ-UBND" in numbers  # a real character changed: two documents
    assert all(re.fullmatch(r"[\w./&-]+", n) for n in numbers)


def test_dedupe_of_symbols_with_hundreds_of_parts_stays_exact():
    # a hostile line "1-A-A-…/B": its parts are not indexed by pairs of masks (they would grow with the square)
    syms = ["1-" + "-".join(["A"] * k) + "/B" for k in range(1, 200)]
    syms += ["1-" + "-".join(["A"] * 150) + "-AI/B"]  # a stray glyph in the 151st part: the copy of k = 151
    cites = [Citation(text=s, number=s, type="Công văn") for s in syms]
    assert C._ocr_variants(cites) == _bench().pairwise_variants(cites)
    assert len(C._ocr_variants(cites)) == 1
