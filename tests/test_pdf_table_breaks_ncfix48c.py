"""A task table that runs over a page break, and a token its narrow cell cut, in a text-layer PDF (ncfix48c).

Fixtures: 617/KH-UBND (../shared/realdocs/docs/617-KH-UBND.md, Phụ lục "Danh mục các nhiệm vụ trọng tâm", 11 rows
over two pages, the header not repeated) and 624/TB-VPCP (its task tables over many pages), rendered to text PDFs
with LibreOffice from HTML written from the markdown (the session-48 newcomer's /tmp/nc48/x/mkhtml.py). The
expected values are read from the documents.

Kinds: (1) the part of a table on the next page opens with a numbered task row ("7 | Hỗ trợ … | Sở KH&CN | … các
đơn vị liên quan | Hằng năm") or with the rest of a row the break cut ("| quả các nhiệm vụ …"): its first row holds a
column's words but is no header, so the part joins the table; (2) a token wider than its column is cut inside
("KH&C" / "N") or at its hyphen ("Quí IV-" / "2025"): one token again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.ingest.layout import Word, mend_cell_breaks

FIX = Path(__file__).resolve().parent / "fixtures/newcomer_pdfs"
BOX = (366.7, 200.0, 414.7, 300.0)  # a 48-point "Cơ quan chủ trì" column (617-KH-UBND)


def _w(x0, x1, top, text):
    return Word(x0, x1, top, top + 13, text)


def _texts(rows):
    return [" ".join(w.text for w in r) for r in rows]


@pytest.mark.parametrize("first, rest, joined", [
    ("KH&C", "N", "KH&CN"),          # Sở KH&CN
    ("UBN", "D", "UBND"),            # a narrower column
    ("HĐND-", "UBND", "HĐND-UBND"),  # cut at the hyphen
    ("IV-", "2025", "IV-2025"),      # Quí IV-2025
    ("2026-", "2030", "2026-2030"),  # a period
    ("80/2021/NĐ-", "CP", "80/2021/NĐ-CP"),
])
def test_cut_token_joined(first, rest, joined):
    rows = [[_w(368.2, 382.3, 220, "Sở")], [_w(368.2, 405.7 if "-" not in first else 380.0, 235, first)],
            [_w(368.2, 377.6, 250, rest)]]
    assert _texts(mend_cell_breaks(rows, BOX)) == ["Sở", joined]


def test_whole_words_stay_apart():
    # "Sở" / "Công" / "Thương": syllables wrap whole; "UBND" / "TỈNH" short of the edge; "Sở" / "KH&CN" has small letters
    rows = [[_w(368.2, 382.3, 220, "Sở")], [_w(368.2, 396.4, 235, "Công")], [_w(368.2, 409.5, 250, "Thương")]]
    assert _texts(mend_cell_breaks(rows, BOX)) == ["Sở", "Công", "Thương"]
    rows = [[_w(368.2, 395.0, 220, "UBND")], [_w(368.2, 395.0, 235, "TỈNH")]]
    assert _texts(mend_cell_breaks(rows, BOX)) == ["UBND", "TỈNH"]
    rows = [[_w(368.2, 382.3, 220, "Sở")], [_w(368.2, 412.0, 235, "KH&CN")]]
    assert _texts(mend_cell_breaks(rows, BOX)) == ["Sở", "KH&CN"]
    rows = [[_w(368.2, 390.0, 220, "Các"), _w(392.0, 405.0, 220, "sở")], [_w(368.2, 380.0, 235, "-")]]
    assert _texts(mend_cell_breaks(rows, BOX)) == ["Các sở", "-"]


@pytest.fixture(scope="module")
def kh617():
    from vanban.conveyor import process_file

    return process_file(FIX / "617-KH-UBND_text.pdf")


def test_617_appendix_one_table_over_the_break(kh617):
    from vanban.structure import build_structure

    data = [t for t in build_structure(kh617.pages).tables if t.role == "data"]
    assert len(data) == 1
    rows = data[0].rows
    assert [c.text for c in rows[0]] == ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                         "Thời gian hoàn thành"]
    numbered = {r[0].text: r for r in rows if r[0].text.isdigit()}
    assert sorted(numbered, key=int) == [str(i) for i in range(1, 12)]
    assert numbered["7"][4].text == "Hằng năm"
    assert numbered["11"][2].text == "Sở KH&CN"
    assert numbered["8"][4].text == "Quí IV-2025"
    assert numbered["5"][2].text == "Sở Công Thương"


def test_617_appendix_obligations(kh617):
    obs = kh617.extraction.obligations
    assert not [o for o in obs if "KH&C N" in o.who]
    quarter = [o for o in obs if o.deadline is not None and o.deadline.text == "Quí IV-2025"]
    # rows 4, 5, 6, 8 and 11 of the Phụ lục
    assert [o.who for o in quarter] == ["Sở KH&CN", "Sở Công Thương", "Sở KH&CN", "Sở KH&CN", "Sở KH&CN"]
    assert sum(1 for o in obs if o.who == "Sở KH&CN") == 9  # rows 1, 2, 4 and 6–11 (3: Sở Nội vụ, 5: Sở Công Thương)


def test_624_cut_row_is_no_header():
    from vanban.conveyor import process_file
    from vanban.structure import build_structure

    doc = process_file(FIX / "624-TB-VPCP_text.pdf", extract=False)
    data = [t for t in build_structure(doc.pages).tables if t.role == "data"]
    for t in data:
        assert not any(h.strip()[:1].islower() for h in t.header), t.header
    # task 2 of part 1 ("Rà soát các quy định pháp luật …", Nghị quyết số 71/NQ-CP) sits under the table's header
    holder = next(t for t in data if any(r[1].text.startswith("Rà soát các quy định pháp") for r in t.rows))
    assert holder.header[:2] == ("STT", "Nhiệm vụ")
