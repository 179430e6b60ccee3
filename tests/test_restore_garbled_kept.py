"""A legacy-OCR garble kept as no word is read as the word the page spells right elsewhere.

Why: the first pass may keep an OCR garble ("vudn", "vu'dn" for "vườn") as the model's unknown
token, which the model finds likelier than a rare word of the document's own field in a thin
context (a table's column head, a unit in brackets). The sure forms' bonus of the second pass
is sized for a choice between two words and cannot lift the word over the unknown token, so
the unit of a whole column of counts was lost (authored39's quota table per thôn, session 41).
The page's own confident reading of the word is the evidence (:meth:`Restorer._garbled_spots`).
Inputs are vanban's own wording of the kind, spelled as an English-model OCR spells it.
"""

from __future__ import annotations

from vanban.ocr.restore import restore

#: a page on reworking gardens: "vườn" read with confidence in the running text, garbled in the head
GARDEN_PAGE = (
    "Nam 2033, Hoi Nong dan huyén van dong héi vién cai tao vuon tap thanh vuon cay an qua; "
    "cac x4 b6 tri kinh phi cai tao vuon tap cho ho ngheo.\n"
    "| TT | Xa | Dién tich (ha) | So vu'dn dat chuan (vudn) |"
)


def test_column_head_garbles_read_as_the_pages_word():
    head = restore(GARDEN_PAGE).text.splitlines()[-1]
    assert head == "| TT | Xã | Diện tích (ha) | Số vườn đạt chuẩn (vườn) |"


def test_garble_without_the_word_on_the_page_is_left_as_it_was():
    # no line of this page reads "vườn": nothing tells the garble's word, the rule adds nothing
    page = (
        "Nam 2033, Hoi Nong dan huyén van dong héi vién tham gia t4p huan ky thuat; "
        "cac x4 b6 tri kinh phi cho ho ngheo.\n"
        "| TT | Xa | Dién tich (ha) | So vu'dn dat chuan (vudn) |"
    )
    head = restore(page).text.splitlines()[-1]
    assert "(vudn)" in head
