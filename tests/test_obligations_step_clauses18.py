"""Obligations of a Hướng dẫn's steps whose sentence charges two bodies, one clause each after a ";" in lower case
(the session-18 end newcomer's UBKT Hướng dẫn, issue #10): "Bước 2. Tiến hành kiểm tra (từ ngày … đến ngày …): Đoàn
kiểm tra làm việc với tổ chức đảng được kiểm tra; tổ chức đảng được kiểm tra có trách nhiệm chuẩn bị báo cáo …" gave
one obligation of "Đoàn kiểm tra làm việc với …; tổ chức đảng được kiểm tra"; "Đoàn kiểm tra báo cáo kết quả với ủy
ban kiểm tra; ủy ban kiểm tra ra thông báo kết luận" folded the second body's task into the Đoàn's.

The text is written for these tests in the style of an Ủy ban Kiểm tra Huyện ủy's Hướng dẫn; the expected bodies,
tasks and dates are read from it: each body of a step is charged with its own clause, in the step's time.
"""

from __future__ import annotations

from vanban.extract import extract

_GUIDE = """ĐẢNG BỘ TỈNH HÀ TĨNH                          ĐẢNG CỘNG SẢN VIỆT NAM
ỦY BAN KIỂM TRA HUYỆN ỦY
*                                       Can Lộc, ngày 05 tháng 9 năm 2026
Số 12-HD/UBKTHU

HƯỚNG DẪN
quy trình giám sát chuyên đề năm 2026

I. QUY TRÌNH GIÁM SÁT

Bước 1. Chuẩn bị (trước ngày 20/9/2026): Tổ giúp việc xây dựng kế hoạch giám sát.

Bước 2. Tiến hành giám sát (từ ngày 01/10 đến ngày 25/10/2026): Tổ giám sát làm việc với đảng ủy xã; đảng ủy xã có trách nhiệm báo cáo bằng văn bản và cung cấp tài liệu.

Bước 3. Kết thúc giám sát (trong tháng 11/2026): Tổ giám sát báo cáo kết quả với thường trực huyện ủy; thường trực huyện ủy ra thông báo kết quả giám sát.

Bước 4. Kết luận (chậm nhất 05 ngày làm việc sau khi kết thúc giám sát): Tổ giám sát hoàn thiện báo cáo kết quả; ủy ban kiểm tra huyện ủy ra thông báo kết luận.

Bước 5. Tổng hợp (trước ngày 15/12/2026): Văn phòng Huyện ủy tổng hợp kết quả; các chi bộ phối hợp cung cấp số liệu.

Nơi nhận:                                     T/M ỦY BAN KIỂM TRA
- Lưu UBKT.
                                               Nguyễn Văn An
"""


def _obligations():
    return [(o.who, o.what, o.deadline and (o.deadline.earliest, o.deadline.latest)) for o in extract(_GUIDE).obligations]


def test_each_body_of_a_step_has_its_own_clause_and_the_steps_dates():
    obs = _obligations()
    step2 = ("2026-10-01", "2026-10-25")
    assert ("Tổ giám sát", "làm việc với đảng ủy xã", step2) in obs
    assert ("đảng ủy xã", "báo cáo bằng văn bản và cung cấp tài liệu", step2) in obs


def test_the_second_bodys_act_is_not_the_first_bodys_task():
    obs = _obligations()
    step3 = ("2026-11-01", "2026-11-30")
    assert ("Tổ giám sát", "báo cáo kết quả với thường trực huyện ủy", step3) in obs
    assert ("thường trực huyện ủy", "ra thông báo kết quả giám sát", step3) in obs


def test_the_steps_time_limit_as_written_is_the_second_bodys_too():
    """"Bước 4. Kết luận (chậm nhất 05 ngày làm việc sau khi …): …; ủy ban kiểm tra huyện ủy ra thông báo kết luận":
    no calendar date, the limit as written (``Obligation.due_text``) for each body of the step."""
    dues = {(o.who, o.what): o.due_text for o in extract(_GUIDE).obligations}
    limit = "chậm nhất 05 ngày làm việc sau khi kết thúc giám sát"
    assert dues[("Tổ giám sát", "hoàn thiện báo cáo kết quả")] == limit
    assert dues[("ủy ban kiểm tra huyện ủy", "ra thông báo kết luận")] == limit


def test_a_partners_clause_stays_with_the_lead_body():
    obs = _obligations()
    assert [o for o in obs if o[0] == "Văn phòng Huyện ủy"]
    assert not [o for o in obs if o[0] == "các chi bộ"]


_LETTER = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH                                 Độc lập - Tự do - Hạnh phúc

Số: 812/UBND-TH                           Hà Tĩnh, ngày 01 tháng 12 năm 2026
V/v báo cáo tiến độ giải ngân

Kính gửi: Ủy ban nhân dân các xã, phường.

1. Sở Tài chính

Tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2026.

2. Đề nghị Chủ tịch UBND các xã, phường gửi báo cáo tiến độ về Sở Tài chính; các đơn vị chậm báo cáo gửi bổ sung chậm nhất ngày 15/12/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.
                                               CHỦ TỊCH
                                               Trần Văn Bình
"""


def test_a_clause_after_a_request_without_a_body_of_its_own_stays_the_asked_bodies():
    """"Đề nghị Chủ tịch UBND các xã, phường gửi báo cáo …; các đơn vị chậm báo cáo gửi bổ sung chậm nhất ngày …" (as
    a17-04 words it): the laggards are some of the bodies asked, their date the bodies' own; the first clause names
    no acting body of its own (a request), so no second body is charged."""
    obs = [(o.who, o.deadline and o.deadline.latest) for o in extract(_LETTER).obligations]
    assert not [o for o in obs if o[0].lower().startswith("các đơn vị")]
    assert ("Chủ tịch UBND các xã, phường", "2026-12-15") in obs
