"""Citations on real wording, session 22 (dl22): unnumbered documents the labels keep.

- "Nghị quyết Đại hội XIV của Đảng" (a national congress by its Roman number, no "lần thứ": t18-08, t21-08, a20-08)
  and "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV" (an ordinal spelled out, a20-08).
- "Thực hiện Nghị quyết số 42/NQ-HĐND … và Chương trình công tác năm 2027 của Ban Chấp hành Đảng bộ tỉnh" (a20-07,
  t20-04): a year's work programme closing a list of cited documents; not one to be drafted ("xây dựng Kế hoạch và
  Chương trình công tác năm 2027 của …").
- "Quy chế làm việc của … ban hành kèm theo Quyết định số …" (t19-04, t20-03, t20-04, t21-05: the Quy chế is a
  citation of its own beside the Quyết định, the majority; t20-07 and a19-07 fold it in); not "Quy chế này".

Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

def _cited(body: str, unnumbered_only: bool = True):
    """(type, name) of the citations of a Hướng dẫn of a Ban Tuyên giáo whose body is ``body``."""
    text = ("TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 31-HD/BTGDVTU\nLạng Sơn, ngày 08 tháng 01 năm 2027"
            "\n\nHƯỚNG DẪN\nHọc tập, quán triệt năm 2027\n\n" + body + "\n")
    return [(c.type, c.name if not c.number else c.number) for c in extract(text).citations
            if not (unnumbered_only and c.number)]


def test_a_national_congress_resolution_by_its_roman_number():
    got = _cited("1. Gắn việc học tập với thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại "
                      "biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030.")
    assert [t for t, _ in got] == ["Nghị quyết", "Nghị quyết"]
    assert "Đại hội XIV" in got[0][1]


def test_a_plenums_resolution_with_its_ordinal_spelled_out():
    got = _cited("1. Tổ chức nghiên cứu, học tập Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng "
                      "khóa XIV đến toàn thể cán bộ, đảng viên.")
    assert [t for t, _ in got] == ["Nghị quyết"]


def test_a_work_programme_closing_a_list_of_cited_documents():
    body = ("Thực hiện Nghị quyết số 15/NQ-HĐND ngày 09 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về nhiệm vụ năm "
            "2027 và Chương trình công tác năm 2027 của Ban Chấp hành Đảng bộ tỉnh; Ban Tuyên giáo hướng dẫn như sau:")
    assert [t for t, _ in _cited(body)] == ["Chương trình"]


def test_a_work_programme_to_be_drafted_is_no_citation():
    body = ("2. Văn phòng xây dựng Kế hoạch và Chương trình công tác năm 2027 của Ban Thường vụ Đảng ủy, trình trước "
            "ngày 20/01/2027.")
    assert _cited(body) == []


def test_a_quy_che_attached_to_a_cited_decision_is_its_own_citation():
    body = ("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVIII, nhiệm kỳ 2025 - 2030 ban hành kèm theo "
            "Quyết định số 07-QĐ/TU ngày 02/10/2025 của Ban Chấp hành Đảng bộ tỉnh;")
    assert _cited(body, unnumbered_only=False) == [("Quy chế", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa "
                                                     "XVIII, nhiệm kỳ 2025 - 2030"), ("Quyết định", "07-QĐ/TU")]


def test_a_bracketed_attachment_alike():
    body = ("Căn cứ Quy chế phối hợp công tác dân vận (ban hành kèm theo Quyết định số 12-QĐ/ĐU ngày 15/10/2025 của "
            "Đảng ủy xã);")
    assert [t for t, _ in _cited(body)] == ["Quy chế"]


def test_the_documents_own_quy_che_is_no_citation():
    body = "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Tuyên giáo và Dân vận Tỉnh ủy."
    assert _cited(body) == []


def test_a_plenum_resolution_named_by_its_plenum_is_the_numbered_one_cited():
    """"Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV" in a plan's title and "Nghị quyết Hội
    nghị Trung ương 5 khóa XIV" in its body, with "Căn cứ Nghị quyết số 12-NQ/TW, ngày …, Hội nghị lần thứ năm …
    khóa XIV" cited: one document (the convention of a19-04's labels); alone, the named plenum is cited by its name."""
    body = ("Căn cứ Nghị quyết số 12-NQ/TW, ngày 20/11/2026 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV "
            "về phát triển văn hóa;\n\nBan Tuyên giáo và Dân vận hướng dẫn học tập Nghị quyết Hội nghị lần thứ năm Ban "
            "Chấp hành Trung ương Đảng khóa XIV và Nghị quyết Hội nghị Trung ương 5 khóa XIV như sau:")
    assert _cited(body, unnumbered_only=False) == [("Nghị quyết", "12-NQ/TW")]
    alone = _cited("1. Học tập Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIV.")
    assert [t for t, _ in alone] == ["Nghị quyết"]
