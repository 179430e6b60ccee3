"""A note printed under an appendix's table ("Ghi chú:", "Lưu ý:") is prose of the appendix: its goals are targets.

Why (session 42, rest42): an appendix that allots a quota per unit (delegates per branch, supplies per village) is
read through its table's cells only; the note under the table, which states the bounds the rows do not ("… trong đó
không quá 04 đại biểu chỉ định"), was read by no one, though the labels' README reads a numeric goal or bound as a
target wherever it is printed. The note is read as prose; the cells above it are not read a second time.

Real parts: :func:`vanban.extract.extract` over the whole text (structure from the text alone); the expected values are
read from the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = """HỘI CỰU CHIẾN BINH XÃ ĐÔNG SƠN
Số 14-KH/CCB
HỘI CỰU CHIẾN BINH VIỆT NAM
Đông Sơn, ngày 02 tháng 3 năm 2031

KẾ HOẠCH
tổ chức Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2031 - 2036

I. MỤC ĐÍCH, YÊU CẦU

Tổ chức đại hội các chi hội và Đại hội Hội Cựu chiến binh xã đúng Điều lệ, bảo đảm dân chủ.

II. NỘI DUNG

Các chi hội bầu đại biểu dự Đại hội Hội Cựu chiến binh xã theo số lượng phân bổ tại Phụ lục kèm theo.

Nơi nhận:
- Các chi hội;
- Lưu VP.

T/M BAN THƯỜNG VỤ
CHỦ TỊCH
Đỗ Văn Khải


PHỤ LỤC

SỐ LƯỢNG ĐẠI BIỂU CÁC CHI HỘI ĐƯỢC BẦU

(Kèm theo Kế hoạch số 14-KH/CCB ngày 02/3/2031)

| STT | Tên chi hội | Hội viên hiện có | Đại biểu phân bổ |
|---|---|---|---|
| 1 | Thôn Bắc | 96 | 9 |
| 2 | Thôn Nam | 84 | 8 |
| 3 | Thôn Đoài | 71 | 7 |
| | Tổng số | 251 | 24 |

Lưu ý: 13 đại biểu đương nhiên (ủy viên Ban Chấp hành khóa cũ) không tính vào số trên; tối đa 04 đại biểu do Ban Thường vụ chỉ định.
"""


def test_note_under_appendix_table_gives_its_bounds():
    targets = extract(PLAN).targets
    got = {(t.min, t.max) for t in targets}
    assert (13, 13) in got  # "13 đại biểu đương nhiên"
    assert (None, 4) in got  # "tối đa 04 đại biểu do Ban Thường vụ chỉ định"
    by_note = [t for t in targets if t.span and "Lưu ý" in t.span.sentence]
    assert all("đại biểu" in t.unit for t in by_note)


def test_cells_above_the_note_are_read_once():
    targets = extract(PLAN).targets
    for n in (9, 8, 7, 24):  # each branch's quota: a cell of the table, never again from the note
        assert sum(1 for t in targets if (t.min, t.max) == (n, n)) <= 1
    assert not any(t.span and "Lưu ý" in t.span.sentence and t.min in (9, 8, 7, 24) for t in targets)


def test_a_paragraph_after_the_note_is_not_the_note():
    text = PLAN + "\nCác chi hội gửi danh sách 30 hội viên tiêu biểu về Hội.\n"
    spans = [t.span.sentence for t in extract(text).targets if t.span and (t.min, t.max) == (30, 30)]
    assert all("Lưu ý" not in s for s in spans)
