"""Two citation shapes (issue 10, "Citations"; ddl47).

1. A report or plan named with a qualifier before its number, its date written in words: "Căn cứ Báo cáo thẩm định
   số 09/BC-HĐTĐ ngày 04 tháng 3 năm 2035 của Hội đồng thẩm định …" (a45-07), "Báo cáo thẩm tra số 122/BC-BPC ngày …
   của Ban Pháp chế" (the wording of 77-2025-NQ-HDND in ../shared/realdocs). The grammar of a document named by its
   year ("Kế hoạch kiểm tra năm 2035 của …") took the date's year for the name's and cited the numbered report a
   second time, without its number. One citation, by its symbol.
2. A body's rules issued as the attachment of its Quyết định: "Căn cứ Nội quy tiếp công dân của Ủy ban nhân dân xã
   ban hành kèm theo Quyết định số 112/QĐ-UBND …" (a45-09's labels): the Nội quy is cited beside the Quyết định, as a
   Quy chế so issued is (the labels of t19-04, t20-03, t21-05, t36-03, t37-05, a23-07, a37-05: six sets of nine).

The căn cứ lines are written here in the real style; the values are read from them.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 31/TTr-UBND
Hòa Bình, ngày 20 tháng 3 năm 2035

TỜ TRÌNH
Về chủ trương đầu tư dự án nhà văn hóa thôn

"""


def _cites(lines: str):
    return [(c.number, c.type) for c in extract(HEAD + lines + "\n\nỦy ban nhân dân xã kính trình.\n").citations]


def test_a_qualified_report_with_its_number_is_one_citation():
    got = _cites("Căn cứ Báo cáo thẩm định số 14/BC-HĐTĐ ngày 12 tháng 3 năm 2035 của Hội đồng thẩm định xã;")
    assert got == [("14/BC-HĐTĐ", "Báo cáo")]


def test_a_review_report_of_a_council_committee_is_one_citation():
    got = _cites("Căn cứ Báo cáo thẩm tra số 05/BC-KTNS ngày 18 tháng 3 năm 2035 của Ban Kinh tế - Ngân sách;")
    assert got == [("05/BC-KTNS", "Báo cáo")]


def test_a_plan_named_by_its_year_without_number_is_still_cited():
    got = _cites("Căn cứ Kế hoạch đầu tư công năm 2035 của Ủy ban nhân dân xã;")
    assert got == [(None, "Kế hoạch")]


def test_rules_issued_with_a_decision_are_cited_beside_it():
    got = _cites("Căn cứ Nội quy tiếp công dân của Ủy ban nhân dân xã ban hành kèm theo Quyết định số 45/QĐ-UBND "
                 "ngày 10 tháng 01 năm 2034 của Chủ tịch Ủy ban nhân dân xã;")
    assert sorted(got, key=str) == sorted([(None, "Nội quy"), ("45/QĐ-UBND", "Quyết định")], key=str)


def test_the_decisions_own_attachment_is_no_citation():
    got = _cites("Ban hành kèm theo Quyết định này Nội quy tiếp công dân tại trụ sở Ủy ban nhân dân xã.")
    assert got == []
