"""Citations on real wording, session 21: a year's work programme named by its author, without number.

"kết quả thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh" (a Văn phòng Tỉnh ủy's
Công văn, t20-04) and "theo Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh" (a18-06) are cited
documents in the labels (type "Chương trình", no number); one still to be drafted ("hoàn thiện … Chương trình công tác
năm 2027 của Ủy ban nhân dân xã, trình …", a19-08) is not, and one the text cites by its number too is one entry
(a17-08). Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("TỈNH ỦY THANH HÓA\nVĂN PHÒNG\nSố: 311-CV/VPTU\nThanh Hóa, ngày 05 tháng 01 năm 2027\n\n"
        "Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.\n\n")


def _unnumbered(body: str):
    return [(c.type, c.name) for c in extract(HEAD + body + "\n").citations if not c.number]


def test_a_programme_carried_out_is_cited():
    assert _unnumbered("Đề nghị các đảng ủy báo cáo kết quả thực hiện Chương trình kiểm tra, giám sát năm 2026 của Ban "
                       "Chấp hành Đảng bộ tỉnh trước ngày 15/01/2027.") == [
        ("Chương trình", "Chương trình kiểm tra, giám sát năm 2026")]
    assert _unnumbered("Ủy ban Kiểm tra Tỉnh ủy hoàn thành các cuộc giám sát theo Chương trình công tác năm 2027 của "
                       "Ban Thường vụ Tỉnh ủy.") == [("Chương trình", "Chương trình công tác năm 2027")]


def test_a_programme_to_be_drafted_is_not():
    assert _unnumbered("Văn phòng Tỉnh ủy hoàn thiện Chương trình công tác năm 2027 của Ban Thường vụ Tỉnh ủy, trình "
                       "Thường trực Tỉnh ủy trước ngày 10/01/2027.") == []


def test_a_programme_cited_by_its_number_too_is_one_entry():
    body = ("Căn cứ Chương trình số 21-CTr/TU ngày 20/12/2026 của Ban Thường vụ Tỉnh ủy; đề nghị các đảng ủy tổ chức "
            "thực hiện Chương trình công tác năm 2027 của Ban Thường vụ Tỉnh ủy.")
    assert _unnumbered(body) == []
    assert [c.number for c in extract(HEAD + body + "\n").citations] == ["21-CTr/TU"]
