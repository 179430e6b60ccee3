"""A Đảng ủy's plan whose header cell legacy OCR lost is issued by the body its preamble names (session-36 newcomer:
the seed 13-KH/ĐU stored without issuer).

The layout: a stacked two-column header (the Đảng bộ and Đảng ủy on the left, the Party's name and the place-date on
the right) from which legacy OCR kept only a stray dot before the place-date and the số ký hiệu; the sentence closing
the preamble says "Đảng ủy xã xây dựng Kế hoạch …". A careful reader names the issuer "Đảng ủy xã" of the place
written in the place-date. The texts are this file's own, in eng OCR's spelling, restored as ingest restores them.
"""

from __future__ import annotations

from ocr_forms import legacy_text

from vanban.extract import extract
from vanban.text import fold

#: the header cell lost: the page opens with the dot left of it, the place-date and the số ký hiệu (eng OCR's Đ as B)
LOST_CELL = """ . Tan Lap, ngay 14 thang 3 nam 2027
S6 07-KH/BU

KE HOACH
to chirc Ngay hoi van hoa cac dan toc nam 2027

Thuc hién Huéng dan s6 05-HD/BTGDVTU ngay 02/3/2027 cua Ban Tuyén gido va
Dan van Tinh uy, Dang uy xa xay dung Ké hoach to chuc thuc hién nhu sau:

I- MUC DICH, YEU CAU

1. Phat huy vai tro cua cac chi bo trong viéc to chiic Ngay hoi.
"""


def _issuer(raw: str) -> str | None:
    return extract(legacy_text(raw)).metadata.issuer


def test_the_preamble_names_the_issuer_the_header_lost():
    assert fold(_issuer(LOST_CELL)) == "dang uy xa tan lap"


def test_the_sentence_may_name_the_place_itself():
    raw = LOST_CELL.replace("Dang uy xa xay dung", "Ban Thuong vu Dang uy xa Hoa Son xay dung")
    assert fold(_issuer(raw)) == "dang uy xa hoa son"


def test_a_body_of_another_kind_than_the_number_says_is_no_issuer():
    assert _issuer(LOST_CELL.replace("07-KH/BU", "07/KH-BCD")) is None  # a Ban Chỉ đạo's plan: not the Đảng ủy's


def test_a_body_without_level_or_name_is_no_issuer():
    assert _issuer(LOST_CELL.replace("Dang uy xa xay dung", "Dang uy xay dung")) is None


def test_a_header_that_prints_its_body_keeps_it():
    raw = "DANG BO HUYEN SON HA PANG CONG SAN VIET NAM\nPANG UY XA SON LONG\n\n" + LOST_CELL.replace(" . Tan Lap", "Son Long")
    assert fold(_issuer(raw)) == "dang uy xa son long"


def test_an_inferred_issuer_is_said_so_in_the_notes():
    """session-37 newcomer: the issuer above came with no word that the header never printed it, and its name came
    from the place-date (which may name the province): the notes say both, so the clerk checks it."""
    notes = extract(legacy_text(LOST_CELL)).notes
    said = [n for n in notes if "issuer not printed in the header" in n]
    assert len(said) == 1 and "Tân Lập" in said[0] and "place-date" in said[0]


def test_a_printed_issuer_gets_no_such_note():
    raw = "DANG BO HUYEN SON HA PANG CONG SAN VIET NAM\nPANG UY XA SON LONG\n\n" + LOST_CELL.replace(" . Tan Lap", "Son Long")
    assert not [n for n in extract(legacy_text(raw)).notes if "issuer not printed" in n]
