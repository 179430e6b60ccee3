"""An English note quoting Vietnamese at length is no document (session-42 newcomer: three ``expected.txt`` notes of
the cases were stored as documents, their quoted syllables lifting the Vietnamese share above 60%).

The language check judges the prose by its English function words (:func:`vanban.text.english_share`); a plan citing
an English name keeps its place."""

from __future__ import annotations

import pytest

from vanban.conveyor import check_text
from vanban.models import InputError, Page, SourceDocument
from vanban.text import english_share

NOTE = """Checks the header of a Party letter. Expected values: số ký hiệu 45-CV/ĐU, cơ quan ban hành ĐẢNG ỦY
PHƯỜNG NGỌC HÀ, ngày 03 tháng 9 năm 2026, trích yếu "về việc rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030",
căn cứ Quy định số 50-QĐ/TW ngày 27 tháng 12 năm 2021 của Bộ Chính trị về công tác quy hoạch cán bộ; nơi nhận các
chi bộ trực thuộc, lưu Văn phòng Đảng ủy. The deadline is the date after "trước ngày", which should be 2026-09-20."""

PLAN = """ỦY BAN NHÂN DÂN XÃ MINH ĐỨC
Số: 14/KH-UBND
KẾ HOẠCH tiếp đoàn công tác của tổ chức Save the Children
Ủy ban nhân dân xã phối hợp với Tổ chức Save the Children (Children's Fund for Education) khảo sát trường mầm non
trên địa bàn, Văn phòng Ủy ban nhân dân xã chuẩn bị nội dung làm việc, báo cáo kết quả trước ngày 25/9/2026.
Trạm y tế xã phối hợp kiểm tra an toàn thực phẩm tại các bếp ăn tập thể của trường học trên địa bàn xã."""


def _check(text: str) -> None:
    page = Page(number=1, method="text", raw_text=text, text=text)
    check_text(SourceDocument(path="x.txt", kind="txt", pages=(), sha256="0" * 64, size=len(text)), [page])


def test_an_english_note_quoting_vietnamese_is_refused():
    with pytest.raises(InputError, match="English prose"):
        _check(NOTE)


def test_a_plan_naming_an_english_body_is_kept():
    assert english_share(PLAN)[0] < 0.015
    _check(PLAN)
