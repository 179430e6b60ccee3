"""Deadlines: kinds of tune18 (the twin of the blind set authored18, session 18): a report cycle whose first period is
named after its due day ("…, bắt đầu từ quý I/2027") and a Thời gian cell over two quarters ("Quý II - III/2027").

The sentences are written for these tests in the style of a 2026 plan of an UBND tỉnh; the expected dates are those a
reader lists under ``realdocs/labeled/README.md``'s conventions, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 402/KH-UBND\n\nHà Tĩnh, ngày 15 tháng 12 năm 2026\n\n"
         "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nI. NHIỆM VỤ\n\n")
_TAIL = ("\n\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
         "Lê Văn Minh\n")


def _dues(body: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    return [(d.earliest, d.latest, d.date, bool(d.recurrence)) for d in extract(_HEAD + body + _TAIL).deadlines]


def test_a_report_cycle_starts_in_the_quarter_it_names():
    """On 15/12/2026, "trước ngày 20 của tháng cuối quý, bắt đầu từ quý I/2027" is first due on 20/3/2027 (not on
    20/12/2026); without the start the first due day is this quarter's."""
    started = _dues("1. Các sở, ngành báo cáo kết quả: báo cáo quý gửi Sở Nội vụ trước ngày 20 của tháng cuối quý, "
                    "bắt đầu từ quý I/2027; báo cáo năm gửi trước ngày 15/11/2027.")
    assert ("2027-03-20", "2027-03-20", "2027-03-20", True) in started
    plain = _dues("1. Các sở, ngành báo cáo kết quả: báo cáo quý gửi Sở Nội vụ trước ngày 20 của tháng cuối quý.")
    assert ("2026-12-20", "2026-12-20", "2026-12-20", True) in plain


def test_two_quarters_joined_are_one_interval():
    """"Quý II - III/2027": from 1/4 to 30/9/2027, one deadline, not "Quý II" alone."""
    dues = _dues("1. Sở Tư pháp kiểm tra việc thực hiện pháp luật về xử lý vi phạm hành chính tại các xã, hoàn thành "
                 "trong Quý II - III/2027.")
    assert [(lo, hi) for lo, hi, _, _ in dues] == [("2027-04-01", "2027-09-30")]


def test_two_quarters_joined_as_a_scan_reads_them():
    """A scan joins the strokes of the second numeral ("Quý II - IH/2027"): the same interval."""
    dues = _dues("1. Sở Tư pháp kiểm tra việc thực hiện pháp luật về xử lý vi phạm hành chính tại các xã, hoàn thành "
                 "trong Quý II - IH/2027.")
    assert [(lo, hi) for lo, hi, _, _ in dues] == [("2027-04-01", "2027-09-30")]
