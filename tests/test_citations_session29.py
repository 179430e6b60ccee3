"""Citations on real wording, session 29 (cit29): kinds read from authored27's misses and extras (clean and scanned).

- The national Party congress's resolution named in full ("… Đại hội đại biểu toàn quốc lần thứ XIV của Đảng") and
  later by its Roman number alone ("Nghị quyết Đại hội XIV", with or without "của Đảng") is one citation; two
  congresses (XIII, XIV) stay two.
- A local Party congress's resolution whose Đảng bộ carries its place's name between the level and the term
  ("Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Bình nhiệm kỳ 2025 - 2030") is a citation, as the same name without
  the place already was.
- A scan's speck inside a symbol's code read as the Icelandic ø ("Quyết định số 135/QĐ-TTøg"): the code is TTg, the
  date and issuer after it are the citation's.
- An unnumbered work programme joined by "và" to the last ";"-item of a list of cited documents opened by "Thực hiện"
  ("…; Hướng dẫn số … về thi đua năm 2027 và Chương trình công tác năm 2027 của Ban Chấp hành Tỉnh đoàn, …", a kind of
  tune26's misses); one joined to an item that names no document stays out.
- An issuer followed by "và các …" of the topic ("của Ban Bí thư và các nhiệm vụ trọng tâm của ngành") ends before
  "và các"; one in a bracket ends at its closing bracket ("(Báo cáo số … của Ủy ban nhân dân xã) và ý kiến …"); a
  year after it is the topic's ("… của Bộ Chính trị năm 2027").
- The author named before "tại" and the cited document ("Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số …",
  "Theo báo cáo của Văn phòng Ủy ban nhân dân tỉnh tại Báo cáo số …") is its issuer.
- The date a sentence opens with ("Ngày 20/02/2027, Ban Thường vụ tổ chức Hội nghị …") is its first document's only:
  a document named again after another symbol is not dated by it (tune21's extra).

Sentences written for these tests in the style of the documents (the damaged spelling as Tesseract vie printed it).
"""

from __future__ import annotations

from vanban.extract import extract

#: a commune Party committee's plan: its header and title, then the body a test writes
_HEAD = "\n".join(("ĐẢNG BỘ TỈNH AN BÌNH", "ĐẢNG ỦY XÃ HÒA BÌNH", "Số: 14-KH/ĐU", "Hòa Bình, ngày 09 tháng 3 năm 2027", "",
                   "KẾ HOẠCH", "Tổ chức học tập, quán triệt nghị quyết năm 2027", "", ""))


def _read(body: str):
    """The citations of the plan with ``body``."""
    return extract(f"{_HEAD}{body}\n").citations


def _cites(body: str):
    """(number, type, date) of each citation of the plan with ``body``, in text order."""
    return [(c.number, c.type, c.date) for c in _read(body)]


def test_a_congress_named_in_full_then_by_its_roman_number_is_one():
    got = _cites("Căn cứ Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đảng ủy xã xây dựng kế hoạch.\n\n"
                 "1. Cán bộ, đảng viên nắm vững nội dung cốt lõi của Nghị quyết Đại hội XIV của Đảng.\n\n"
                 "2. Đến cuối năm, 100% chi bộ hoàn thành việc học tập Nghị quyết Đại hội XIV.")
    assert got == [(None, "Nghị quyết", None)], got


def test_two_congresses_by_their_roman_numbers_stay_two():
    got = _cites("Tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng và triển khai Nghị quyết Đại hội đại biểu toàn "
                 "quốc lần thứ XIV của Đảng.")
    assert got == [(None, "Nghị quyết", None), (None, "Nghị quyết", None)], got


def test_a_local_congress_with_its_place_named_before_the_term():
    got = _cites("Mục tiêu: góp phần hoàn thành các chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Bình "
                 "nhiệm kỳ 2025 - 2030.")
    assert got == [(None, "Nghị quyết", None)], got


def test_a_local_congress_followed_by_its_topic_is_named_without_it():
    # no term after the words that follow the level: they are a topic, not a place. The resolution is still cited
    # (session 30: tune28's notes count "Nghị quyết Đại hội Đảng bộ tỉnh về phát triển đô thị"), named to its level
    got = [c.name for c in _read("Bám sát Nghị quyết Đại hội đại biểu Đảng bộ xã về phát triển kinh tế, văn hóa, xã hội.")]
    assert got == ["Nghị quyết Đại hội đại biểu Đảng bộ xã"], got


def test_a_speck_read_as_o_slash_inside_a_symbols_code():
    got = _cites("Tiếp nối Chương trình mục tiêu quốc gia theo Quyết định số 135/QĐ-TTøg ngày 05/02/2022 của Thủ tướng "
                 "Chính phủ, xã duy trì các mô hình sinh kế.")
    assert got == [("135/QĐ-TTg", "Quyết định", "2022-02-05")], got


def test_an_issuer_ends_before_va_cac_of_the_topic():
    cites = _read("- Chuyên đề 2: Xây dựng Đảng theo Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Bí thư và các nhiệm vụ "
                  "trọng tâm của ngành.")
    assert [(c.number, c.issuer) for c in cites] == [("21-KL/TW", "Ban Bí thư")], cites


def test_a_congress_ordinal_read_as_a_digit_is_the_roman_one():
    # a scan reads the Roman I of "lần thứ I" as a 1: the same congress, one resolution; the commune's is another
    got = _cites("Học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Bình lần thứ 1, nhiệm kỳ 2025 - 2030.\n\n"
                 "Nắm vững những điểm mới của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết Đại "
                 "hội Đảng bộ xã lần thứ I.")
    assert got == [(None, "Nghị quyết", None), (None, "Nghị quyết", None)], got


def test_a_programme_joined_by_va_to_the_last_cited_item():
    got = _cites("Thực hiện Chỉ thị số 18-CT/TW ngày 12/01/2018 của Ban Bí thư về công tác thanh niên; Hướng dẫn số "
                 "07/HD-TWĐ ngày 02/12/2026 của Ban Bí thư Trung ương Đoàn về thi đua năm 2027 và Chương trình công tác "
                 "năm 2027 của Ban Chấp hành Tỉnh đoàn, Đảng ủy xã xây dựng Kế hoạch như sau:")
    assert got == [("18-CT/TW", "Chỉ thị", "2018-01-12"), ("07/HD-TWĐ", "Hướng dẫn", "2026-12-02"),
                   (None, "Chương trình", None)], got


def test_a_programme_joined_to_an_item_naming_no_document_is_none():
    got = _cites("Thực hiện Chỉ thị số 18-CT/TW ngày 12/01/2018 của Ban Bí thư; các chi bộ xây dựng Kế hoạch và Chương "
                 "trình công tác năm 2027 của chi bộ trước ngày 20/3/2027.")
    assert got == [("18-CT/TW", "Chỉ thị", "2018-01-12")], got


def test_a_sentences_opening_date_is_its_first_documents_only():
    # the meeting's day opens the sentence; the resolution named again at its end (no date there) is the one cited
    # with its own date before it, not a document of the meeting's day
    got = _cites("Ngày 20/02/2027, Ban Thường vụ Đảng ủy xã tổ chức Hội nghị sơ kết thực hiện Nghị quyết số 57-NQ/TW "
                 "ngày 22/12/2024 của Bộ Chính trị và Kế hoạch số 08-KH/ĐU ngày 15/3/2026 của Đảng ủy xã về thực hiện "
                 "Nghị quyết số 57-NQ/TW trên địa bàn xã.")
    assert got == [("57-NQ/TW", "Nghị quyết", "2024-12-22"), ("08-KH/ĐU", "Kế hoạch", "2026-03-15")], got
    # … and still the date of the one document a sentence opening with a date names
    got = _cites("Ngày 28 tháng 10 năm 2026, Ủy ban nhân dân tỉnh ban hành Công văn số 3280/UBND-VX về phòng, chống "
                 "dịch bệnh.")
    assert got == [("3280/UBND-VX", "Công văn", "2026-10-28")], got


def test_an_issuer_in_a_bracket_ends_at_the_closing_bracket():
    cites = _read("Sau khi nghe tình hình thực hiện nhiệm vụ (Báo cáo số 31/BC-UBND ngày 30/12/2026 của Ủy ban nhân dân "
                  "xã) và ý kiến thảo luận của các đồng chí, Ban Thường vụ kết luận như sau:")
    assert [(c.number, c.issuer) for c in cites] == [("31/BC-UBND", "Ủy ban nhân dân xã")], cites


def test_a_year_after_the_issuer_is_the_topics():
    cites = _read("- Tham mưu Kế hoạch thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị năm 2027; bảo "
                  "đảm tiến độ.")
    assert [(c.number, c.issuer) for c in cites] == [("68-NQ/TW", "Bộ Chính trị")], cites


def test_the_author_before_tai_is_the_issuer():
    cites = _read("Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 77/TTr-STC ngày 02 tháng 3 năm 2027.\n\n"
                  "Theo báo cáo của Văn phòng Đảng ủy tại Báo cáo số 12-BC/VPĐU ngày 01/3/2027, còn 05 nhiệm vụ quá hạn.")
    assert [(c.number, c.issuer) for c in cites] == [("77/TTr-STC", "Giám đốc Sở Tài chính"),
                                                     ("12-BC/VPĐU", "Văn phòng Đảng ủy")], cites
