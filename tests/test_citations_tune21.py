"""Citations on real wording, session 21 (dl21b): unnumbered resolutions named by their congress or plenum.

"các chỉ tiêu của Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2022 - 2027" (a Tỉnh
đoàn's Kế hoạch, t21-10) and "tổng kết 20 năm thực hiện Nghị quyết Trung ương 7 khóa X về giai cấp công nhân" (a Đảng
ủy phường's Thông báo, t21-05) are cited documents in the labels (type "Nghị quyết", no number); "Nghị quyết Trung ương 7
khóa XI" named in the title of a Kết luận beside "Nghị quyết số 25-NQ/TW … của Ban Chấp hành Trung ương Đảng khóa XI"
is that same resolution, one entry (a19-04). Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("TỈNH ĐOÀN QUẢNG BÌNH\nSố: 77-KH/TĐTN-TG\nQuảng Bình, ngày 10 tháng 02 năm 2027\n\n"
        "KẾ HOẠCH\nTuyên truyền năm 2027\n\n")


def _unnumbered(body: str):
    return [(c.type, c.name) for c in extract(HEAD + body + "\n").citations if not c.number]


def test_a_mass_organisations_congress_resolution_is_cited():
    got = _unnumbered("1. Gắn với việc thực hiện các chỉ tiêu của Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Quảng "
                      "Bình lần thứ XVIII, nhiệm kỳ 2022 - 2027.")
    assert [t for t, _ in got] == ["Nghị quyết"]
    assert "lần thứ XVIII" in got[0][1]


def test_a_mass_organisations_congress_is_no_party_congress_of_its_ordinal():
    got = _unnumbered("1. Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 và "
                      "Nghị quyết Đại hội Hội Liên hiệp Thanh niên Việt Nam tỉnh lần thứ XVIII.")
    assert [t for t, _ in got] == ["Nghị quyết", "Nghị quyết"]


def test_a_plenums_resolution_by_plenum_and_term_is_cited():
    got = _unnumbered("2. Ban Tuyên giáo Tỉnh đoàn chủ trì sơ kết 05 năm thực hiện Nghị quyết Trung ương 4 khóa XII về "
                      "xây dựng, chỉnh đốn Đảng trong Đoàn, báo cáo trước ngày 30/6/2027.")
    assert [t for t, _ in got] == ["Nghị quyết"]


def test_a_plenums_resolution_cited_by_its_number_too_is_one_entry():
    body = ("Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về công tác dân "
            "vận; Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 "
            "khóa XI.")
    assert _unnumbered(body) == []
    assert sorted(c.number for c in extract(HEAD + body + "\n").citations) == ["25-NQ/TW", "43-KL/TW"]
