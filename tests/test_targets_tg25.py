"""Targets, session 25 (tg25): kinds of false target a new document has too, found in authored24 (blind until
session 25). The sentences are written for these tests in the style of a Sở's công văn and a Mặt trận's kế hoạch;
the expected values follow the labels' conventions (``../shared/realdocs/labeled/README.md``: figures that name or
tell a time are no targets) and the majority of the tuning labels."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("UBND TỈNH QUẢNG TRỊ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/SGDĐT-KHTC\nQuảng Trị, ngày 12 tháng 01 năm 2027\n\n"
         "V/v báo cáo số liệu tuyển sinh năm học 2027-2028\n\n"
         "Kính gửi: Hiệu trưởng các trường trung học phổ thông.\n\n")
_TAIL = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"


def _bounds(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


# --- office hours: the hours of the clock with their bare minutes ("7 giờ 30") are no span of hours
@pytest.mark.parametrize("sentence", [
    "Hồ sơ nộp trực tiếp tại Văn phòng Sở trong giờ hành chính: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều "
    "từ 13 giờ 30 đến 17 giờ 00.\n",
    "Các trường nộp báo cáo tại Phòng Kế hoạch - Tài chính, sáng từ 07 giờ 15 đến 11 giờ 15 các ngày làm việc.\n",
])
def test_office_hours_with_bare_minutes_are_no_target(sentence):
    assert [b for b in _bounds(sentence) if b[2] == "giờ"] == []


def test_a_limit_in_hours_stays_a_target_beside_office_hours():
    body = ("Các trường xử lý phản ánh trong thời hạn không quá 24 giờ kể từ khi nhận được; thời gian tiếp nhận "
            "buổi sáng từ 7 giờ 30 đến 11 giờ 30.\n")
    assert _bounds(body) == [(None, 24, "giờ")]


# --- a school grade's number ("lớp 10", "khối 12") names the grade, no count
@pytest.mark.parametrize("sentence", [
    "Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên đề xuất chỉ tiêu tuyển sinh lớp 10 giáo dục "
    "thường xuyên năm học 2027-2028 gửi Sở trước ngày 26/02/2027.\n",
    "Các trường tổ chức ôn tập cho học sinh khối 12 chuẩn bị kỳ thi tốt nghiệp trung học phổ thông năm 2027.\n",
])
def test_a_grade_number_is_no_target(sentence):
    assert _bounds(sentence) == []


def test_a_quota_per_class_stays_a_target():
    body = "Khi dự kiến số lớp, các trường bảo đảm mỗi lớp không quá 45 học sinh.\n"
    assert _bounds(body) == [(None, 45, "học sinh")]


# --- a figure inside a short quoted name (a movement, a model, a slogan) is no count
_MTTQ = ("ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH\nBAN THƯỜNG TRỰC\nSố: 08/KH-MTTQ-BTT\nHòa Bình, ngày 10 tháng 01 năm 2027\n\n"
         "KẾ HOẠCH\nThực hiện Cuộc vận động xây dựng gia đình văn hóa năm 2027\n\nI. CHỈ TIÊU\n\n")


def _mttq(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_MTTQ + body + _TAIL).targets]


@pytest.mark.parametrize("sentence", [
    '1. Mỗi chi hội có ít nhất 01 mô hình "Nhà sạch, vườn đẹp" hoặc "Gia đình 5 không 3 sạch" hoạt động hiệu quả.\n',
    '1. Chi hội phụ nữ các thôn vận động hội viên thực hiện "2 không" (không bạo lực gia đình, không sinh con thứ 3) '
    'và đạt ít nhất 01 mô hình "Nhà sạch, vườn đẹp".\n',
])
def test_a_figure_in_a_quoted_name_is_no_target(sentence):
    assert _mttq(sentence) == [(1, None, "mô hình")]


def test_a_quoted_target_keeps_its_figure():
    body = '1. Thực hiện chỉ tiêu "tỷ lệ hộ đạt danh hiệu gia đình văn hóa ít nhất 90%" do Huyện giao.\n'
    assert (90, None, "%") in _mttq(body)
