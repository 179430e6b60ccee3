"""Citations on real wording, session 26 (md26): kinds read from authored25's misses (clean and scanned).

- An unnumbered work programme cited as an item of a list the sentence opens with "Thực hiện" / "Căn cứ", after a ";"
  ("Thực hiện Luật …; Nghị quyết số …; Chương trình giám sát năm 2026 của Thường trực Hội đồng nhân dân tỉnh ban hành
  kèm theo Nghị quyết số 41/NQ-HĐND …", a25-07) or right after "Căn cứ", its author a council's standing committee or
  a Party committee of any level; an item of a list that cites nothing is no citation.
- A scan's damage inside a symbol: a speck read as a comma before a Party symbol's slash ("62-KL,/TU", a25-01), the
  last code parted by a space with its first letter read twice ("2760/QĐ-BY TT", a25-08), a letter doubled inside a
  Tỉnh ủy department's code ("12-HD/BTGDVTTU", a25-04), a mixed-case type code's T read as a thin glyph ("TIr" for
  TTr, a25-06; "CIr" for CTr in the header's own number, t25-03).

Sentences written for these tests in that style (the damaged spellings as Tesseract vie printed them).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.symbols import normalize_symbol

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 2815/QĐ-UBND\nAn Bình, ngày 14 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
         "Về việc ban hành Quy chế phối hợp\n\n")


def _cites(body: str):
    return [(c.number, c.type, c.date) for c in extract(_HEAD + body + "\n").citations]


def test_a_programme_in_a_list_of_items_opened_by_thuc_hien():
    got = _cites("Thực hiện Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 ngày 20 tháng 11 "
                 "năm 2015; Chương trình giám sát năm 2026 của Thường trực Hội đồng nhân dân tỉnh ban hành kèm theo Nghị "
                 "quyết số 41/NQ-HĐND ngày 15 tháng 7 năm 2026, Thường trực Hội đồng nhân dân tỉnh tổ chức phiên giải trình.")
    assert (None, "Chương trình", None) in got, got
    assert ("41/NQ-HĐND", "Nghị quyết", "2026-07-15") in got, got


def test_a_programme_after_can_cu_by_a_party_committee():
    got = _cites("Căn cứ Chương trình công tác năm 2027 của Đảng ủy xã Tân Lập, Ủy ban nhân dân xã ban hành kế hoạch.")
    assert got == [(None, "Chương trình", None)], got


def test_a_programme_in_a_list_that_cites_nothing_is_none():
    got = _cites("Năm 2026, các cơ quan đã hoàn thành nhiệm vụ được giao; Chương trình công tác năm 2027 của Ủy ban nhân "
                 "dân tỉnh được xây dựng bám sát tình hình thực tế.")
    assert got == [], got


def test_a_speck_before_a_party_symbols_slash():
    got = _cites("Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số 62-KL,/TU ngày 05/01/2024 về tiếp tục đẩy mạnh thực hiện "
                 "Nghị quyết 05.")
    assert got == [("62-KL/TU", "Kết luận", "2024-01-05")], got


def test_a_parted_code_with_its_first_letter_read_twice():
    got = _cites("Căn cứ Quyết định số 2760/QĐ-BY TT ngày 04 tháng 7 năm 2023 của Bộ trưởng Bộ Y tế ban hành Hướng dẫn "
                 "chẩn đoán, điều trị sốt xuất huyết Dengue;")
    assert got == [("2760/QĐ-BYT", "Quyết định", "2023-07-04")], got
    # a word of capitals after a code that makes no known code with it stays out ("TT" = Trung tâm)
    got = _cites("Căn cứ Kế hoạch số 15/KH-UBND TT Y tế huyện thực hiện ngày 04 tháng 7 năm 2023.")
    assert [g[0] for g in got] == ["15/KH-UBND"], got


def test_a_tinh_uy_departments_code_with_a_letter_doubled():
    got = _cites("Thực hiện Hướng dẫn số 12-HD/BTGDVTTU ngày 20/12/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ.")
    assert got == [("12-HD/BTGDVTU", "Hướng dẫn", "2026-12-20")], got
    # a code as printed, or one no list knows, stays as read
    assert [normalize_symbol(s) for s in ("12-HD/BTGDVTU", "24-KH/BTGDVHU", "62-KL/TU", "12-HD/BTCTTU")] == [
        "12-HD/BTGDVTU", "24-KH/BTGDVHU", "62-KL/TU", "12-HD/BTCTU"]


def test_a_to_trinh_code_with_a_t_read_as_i():
    got = _cites("Xét đề nghị của Sở Xây dựng tại Tờ trình số 412/TIr-SXD ngày 28 tháng 11 năm 2026.")
    assert got == [("412/TTr-SXD", "Tờ trình", "2026-11-28")], got
    # the header's own number the same ("Số: 19/CIr-UBND", t25-03 scanned); a code in capitals or no code stays
    assert [normalize_symbol(s) for s in ("19/CIr-UBND", "19/CIR-UBND", "3/TIT-PKT", "12/Ilr-X")] == [
        "19/CTr-UBND", "19/CIR-UBND", "3/TIT-PKT", "12/Ilr-X"]
    md = extract("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 19/CIr-UBND\n\nAn Bình, ngày 14 tháng 12 năm 2026\n\n"
                 "CHƯƠNG TRÌNH\nCông tác năm 2027\n\n1. Các sở thực hiện.\n").metadata
    assert md.number == "19/CTr-UBND"
