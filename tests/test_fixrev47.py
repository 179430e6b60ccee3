"""The reviewer's findings on session 47's merges (fixrev47), each a kind with its forms.

- A stock's share before "đến ngày" is counted as of that day only when a counting word leads to the day ("tính đến",
  "có khả năng thu … đến"); "giải quyết dứt điểm 100% số hồ sơ tồn đọng đến ngày …" is the day to have it done.
- A team count is the rows of a schedule only when "theo lịch" points at the plan's own schedule ("theo lịch sau:",
  "dưới đây", "kèm theo", "tại mục …", "tại Phụ lục …"), not "theo lịch của Ban Chỉ đạo".
- "số" (digital) closing a long compound before a share, "chính quyền số 100% hồ sơ": the share is a target.
- A subject whose head folds like a body's ("tờ", "bảo …") but a body is named after a comma: "…, tờ khai, tổ chức, cá
  nhân | gửi …", "…, Bộ Văn hóa, Thể thao và Du lịch | chủ trì …" (163-2025-QD-CTUBND, 308-2025-ND-CP's forms).
The sentences are written here in the style of a UBND xã's plans and a Nghị định's articles; the expected values are
read from them as written.
"""

from __future__ import annotations

from test_stock_share_days import _days
from test_targets_tgt46t import _HEAD as _HEAD46T

from vanban.extract import extract
from vanban.extract import subjects as S

_HEAD = _HEAD46T.replace("ngày 05 tháng 9 năm 2034", "ngày 10 tháng 02 năm 2031")


def _targets(doc: str) -> list[tuple[float | None, float | None, str]]:
    return sorted((t.min, t.max, (t.unit or "").lower()) for t in extract(doc).targets)


# --- a backlog's share due by a day ---------------------------------------------------------------------------------

def test_backlog_share_due_by_a_day_keeps_its_deadline():
    body = ("Bộ phận Một cửa xã giải quyết dứt điểm 100% số hồ sơ tồn đọng đến ngày 30/6/2031.\n\n"
            "Công chức Tài chính - Kế toán xã xử lý xong 100% số nợ đọng tiền sử dụng đất đến hết ngày 30/9/2031.\n")
    got = _days(body)
    assert "2031-06-30" in got and "2031-09-30" in got, got


def test_backlog_share_counted_as_of_a_day_has_none():
    body = ("Chi cục Thuế khu vực phối hợp UBND xã thu hồi tối thiểu 80% số nợ thuế tính đến ngày 31/12/2030.\n\n"
            "Đội Thuế liên xã phấn đấu thu 60% số tiền nợ có khả năng thu hồi đến ngày 31/3/2031.\n")
    got = _days(body)
    assert "2030-12-31" not in got and "2031-03-31" not in got, got


# --- teams a schedule of the plan's own lays out -------------------------------------------------------------------

def test_team_count_under_someone_elses_schedule_is_a_target():
    doc = _HEAD.format(issuer="XÃ ĐÔNG HƯNG", number="21", kind="KH", place="Đông Hưng",
                       title="KẾ HOẠCH\nKiểm tra an toàn thực phẩm Tết Nguyên đán năm 2031") + (
        "I. NỘI DUNG\n\n1. Thành lập 02 đoàn kiểm tra liên ngành, làm việc theo lịch công tác của Huyện ủy.\n\n"
        "2. Thành lập 03 tổ giám sát, kiểm tra theo lịch kèm theo Kế hoạch này.\n\n"
        "3. Bố trí 04 tổ công tác lưu động theo lịch tại Phụ lục 2.\n")
    got = _targets(doc)
    assert (2, 2, "đoàn kiểm tra liên ngành") in got or any(t[0] == 2 and t[2].startswith("đoàn") for t in got), got
    assert not any(t[0] in (3, 4) and t[2].startswith("tổ") for t in got), got


# --- a share after a long digital compound -------------------------------------------------------------------------

def test_share_after_digital_government():
    doc = _HEAD.format(issuer="XÃ KIM SƠN", number="07", kind="KH", place="Kim Sơn",
                       title="KẾ HOẠCH\nChuyển đổi số năm 2031") + (
        "I. CHỈ TIÊU\n\n- Xây dựng chính quyền số 100% hồ sơ công việc tại UBND xã được xử lý trên môi trường mạng.\n"
        "- Phát triển kinh tế số 30% hộ kinh doanh thanh toán không dùng tiền mặt.\n")
    got = _targets(doc)
    assert any(t[:2] == (100, 100) and t[2] == "%" for t in got), got
    assert any(t[:2] == (30, 30) and t[2] == "%" for t in got), got


# --- a body named after a comma ------------------------------------------------------------------------------------

def test_body_after_a_comma_is_no_act():
    assert not S.head_spelled_apart("tờ trình, bản khai điện tử, tổ chức, cá nhân")
    assert not S.head_spelled_apart("bảo vật quốc gia được đưa ra nước ngoài giám định, Bộ Ngoại giao")
    assert not S.head_spelled_apart("bản đồ hiện trạng, Sở Nông nghiệp và Môi trường")
    assert S.head_spelled_apart("bảo tồn, tổ chức lễ hội truyền thống")  # an act and its object
    assert S.head_spelled_apart("Trùng tu, tôn tạo miếu thờ; bàn giao")


def test_ministry_after_a_dated_clause_keeps_its_obligation():
    head = ("CHÍNH PHỦ\n\nSố: 41/2031/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 12 tháng 3 năm 2031\n\n"
            "NGHỊ ĐỊNH\nQuy định về giám định cổ vật\n\nĐiều 12. Trình tự đưa cổ vật ra nước ngoài giám định\n\n")
    body = ("3. Sau khi có văn bản chấp thuận của Thủ tướng Chính phủ cho phép đưa di vật, cổ vật, bảo vật quốc gia"
            " ra nước ngoài giám định, Bộ Ngoại giao chủ trì phối hợp với Bộ Công an thực hiện thủ tục xuất cảnh cho hiện vật.\n\n"
            "Điều 13. Hiệu lực thi hành\n\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2031.\n")
    got = [o.who for o in extract(head + body).obligations]
    assert any("Bộ Ngoại giao" in w for w in got), got
