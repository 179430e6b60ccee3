"""Citations (trích dẫn) on wording a newcomer wrote in session 15 in the style of 2026 documents.

Expected values read from the sentences by hand, by the conventions of
``../shared/realdocs/labeled/README.md``: a trailing "của X" closing a list of documents gives
X as the issuer of each of them; documents named after "căn cứ" are the legal basis (``can_cu``)
also when "căn cứ" opens a later clause of a "Thực hiện …" paragraph.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\nSố: 19-KH/ĐU\nNam Đàn, ngày 20 tháng 11 năm 2026\n\n"
         "KẾ HOẠCH\nthực hiện nhiệm vụ năm 2027\n\n")


def _cites(preamble: str):
    return {c.number or c.name: c for c in extract(_HEAD + preamble + "\n\nI. MỤC TIÊU\n1. Nâng cao chất lượng.\n").citations}


def test_a_closing_issuer_is_each_list_members():
    cites = _cites("Thực hiện Chỉ thị số 05-CT/TU ngày 15/11/2026 của Ban Thường vụ Tỉnh ủy và các Công văn số 217, "
                   "218 và 222-CV/TU của Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:")
    assert {n: (c.type, c.issuer) for n, c in cites.items()} == {
        "05-CT/TU": ("Chỉ thị", "Ban Thường vụ Tỉnh ủy"),
        "217-CV/TU": ("Công văn", "Tỉnh ủy"), "218-CV/TU": ("Công văn", "Tỉnh ủy"), "222-CV/TU": ("Công văn", "Tỉnh ủy")}


def test_a_basis_opened_inside_a_thuc_hien_paragraph():
    cites = _cites("Thực hiện Công điện số 112/CĐ-TTg ngày 25/10/2026 của Thủ tướng Chính phủ; căn cứ Luật Phòng, "
                   "chống thiên tai ngày 19 tháng 6 năm 2013, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:")
    assert cites["112/CĐ-TTg"].relation == "can_cu"
    assert cites["Luật Phòng, chống thiên tai"].relation == "can_cu"
    assert cites["Luật Phòng, chống thiên tai"].date == "2013-06-19"
