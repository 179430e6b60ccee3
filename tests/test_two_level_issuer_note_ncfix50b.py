"""A two-level Party header's district is no odd word (session 50, ncfix50b; issue #9).

The shared cases 01, 02 and 21 (``../shared/cases``: 12-KH/ĐU and 31-KH/ĐU of 2004) print "ĐẢNG BỘ HUYỆN SƠN HÀ –
ĐẢNG ỦY XÃ SƠN TÂN": the note on garbled issuers called "HUYỆN" a word that names no body, because only the place after
the last level ("XÃ SƠN TÂN") was read as a name. Districts were a level of government until 2025; each part of a
two-level issuer now has its own level and place. A misread part still gets the note.
"""

from __future__ import annotations

from vanban.extract.issuer_words import garbled_issuer_note


def test_district_party_committee_over_commune():
    assert garbled_issuer_note("ĐẢNG BỘ HUYỆN SƠN HÀ – ĐẢNG ỦY XÃ SƠN TÂN") == ()
    assert garbled_issuer_note("ĐẢNG BỘ HUYỆN SƠN HÀ - ĐẢNG ỦY XÃ SƠN TÂN") == ()
    assert garbled_issuer_note("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN HÀ") == ()


def test_one_level_issuers_stay_quiet():
    assert garbled_issuer_note("UBND HUYỆN SƠN HÀ") == ()
    assert garbled_issuer_note("ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ") == ()


def test_a_misread_part_is_still_noted():
    (note,) = garbled_issuer_note("ĐẢNG BỘ HUYỆN SƠN HÀ – ĐẢNG ỦY TU GD MA")
    assert "TU" in note and "HUYỆN" not in note.split("(")[1]


def test_party_cell_of_a_village_under_its_commune():
    # the samples' 02-NQ-CB header (a chi bộ named after its thôn)
    assert garbled_issuer_note("ĐẢNG BỘ XÃ HÒA BÌNH – CHI BỘ THÔN ĐỒNG TÂM") == ()
    assert garbled_issuer_note("ĐẢNG BỘ PHƯỜNG LONG BIÊN – CHI BỘ TỔ DÂN PHỐ SỐ 5") == ()
