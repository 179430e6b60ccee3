"""A reminder letter's recalled request and its closing courtesy are no tasks (issue 10, "Obligation texts";
labels README: "assignments quoted from earlier documents" and closing formulas are not obligations).

The letter is written in the style of a Sở Tài chính reminder (a reviewer's cv.txt, session 13): the
checklist listed the old request ("đã đề nghị các đơn vị báo cáo trước ngày 15/4/2026") as an open task
and "quan tâm, phối hợp thực hiện./." as a task of "các đơn vị".
"""

from __future__ import annotations

from vanban.extract import extract

LETTER = """UBND TỈNH HÀ TĨNH
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1452/STC-QLG
V/v đôn đốc báo cáo tình hình thực hiện giá năm 2026
Hà Tĩnh, ngày 12 tháng 5 năm 2026
Kính gửi: Các sở, ban, ngành; UBND các huyện.
Tại Công văn số 980/STC-QLG ngày 10/3/2026, Sở Tài chính đã đề nghị các đơn vị báo cáo trước ngày 15/4/2026. Đến nay vẫn còn nhiều đơn vị chưa gửi báo cáo.
Để kịp tổng hợp báo cáo Bộ Tài chính, Sở đề nghị các sở, ban, ngành và UBND các huyện gửi báo cáo về Sở Tài chính trước ngày 30/5/2026.
Sở Tài chính đề nghị các đơn vị quan tâm, phối hợp thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLG.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Hoa
"""


def test_only_this_letters_request_is_a_task():
    obs = extract(LETTER).obligations
    assert [(o.who, o.deadline.date if o.deadline else None) for o in obs] == [
        ("các sở, ban, ngành và UBND các huyện", "2026-05-30")]


def test_the_issuer_speaking_of_itself_is_named_as_the_text_writes_it():
    """"Sở có trách nhiệm tổng hợp …" under the header "SỞ TÀI CHÍNH": the checklist grouped it under the capitals.
    (Not "Sở sẽ tổng hợp …": the issuer's own future work is no obligation, tests/test_obligations_tune18.py.)"""
    letter = LETTER.replace("Sở Tài chính đề nghị các đơn vị quan tâm", "Sở có trách nhiệm tổng hợp, báo cáo UBND tỉnh "
                            "trước ngày 10/6/2026.\nSở Tài chính đề nghị các đơn vị quan tâm")
    assert ("Sở Tài chính", "2026-06-10") in [(o.who, o.deadline.date if o.deadline else None)
                                              for o in extract(letter).obligations]
