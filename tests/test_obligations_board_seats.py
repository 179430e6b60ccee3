"""The composition of a board set up by a Quyết định is no obligation (issue #10, obligations on real wording): "2. Phó
Trưởng ban thường trực: Phó Chủ tịch UBND xã phụ trách kinh tế.", "4. Các thành viên: Trưởng phòng Kinh tế; Chánh Văn
phòng HĐND và UBND xã; …" name who holds each seat, no task; the duties the Quy chế gives the same seats further on
are obligations (vanban.extract.obligations, assignment_words.POST_TITLE).

The Quyết định is written for this test in the style of a UBND xã's decision setting up a Ban Chỉ đạo.
"""

from __future__ import annotations

from vanban.extract import extract

_DOC = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 21/QĐ-UBND
Hòa Bình, ngày 05 tháng 02 năm 2027

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phòng, chống thiên tai xã năm 2027

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo phòng, chống thiên tai xã năm 2027, gồm các ông, bà có tên sau:

1. Trưởng ban: Chủ tịch UBND xã.

2. Phó Trưởng ban thường trực: Phó Chủ tịch UBND xã phụ trách kinh tế.

3. Các thành viên: Trưởng phòng Kinh tế; Chánh Văn phòng HĐND và UBND xã; Chỉ huy trưởng Ban Chỉ huy Quân sự xã;
Trưởng các thôn.

Điều 2. Nhiệm vụ của các thành viên

1. Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc thường xuyên của Ban Chỉ đạo.

2. Trưởng các thôn tổ chức sơ tán người dân khỏi vùng nguy hiểm khi có lệnh; báo cáo thiệt hại về UBND xã trước ngày
30/11/2027.

Điều 3. Văn phòng HĐND và UBND xã, các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH

Lê Văn Tâm
"""


def test_the_seats_are_no_obligations():
    got = [(o.who, o.what) for o in extract(_DOC).obligations]
    assert not any(what.startswith(("Phó Chủ tịch UBND xã", "Trưởng phòng Kinh tế", "Chủ tịch UBND xã"))
                   for _, what in got)


def test_the_seats_duties_are():
    who = [o.who for o in extract(_DOC).obligations]
    assert "Phó Trưởng ban thường trực" in who
    assert "Trưởng các thôn" in who
