"""Deadlines on real wording, session 25 second wave (dl25c): kinds read from tune25's labels (spent at 20:20 UTC).

- A campaign's numbered phases: "Đợt cao điểm … chia làm 03 giai đoạn: - Giai đoạn 1 (trước Tết): từ ngày … đến
  ngày …" are the running periods of the campaign, no due dates (t25-08's labels leave the three phases out, as
  a24-08's the cao điểm spans); the due word inside the phase's bracketed name ("trước Tết") is no due cue.
- The same day restated in brackets in the other calendar: "đến ngày 15/02/2027 (từ đêm Giao thừa đến hết ngày mùng
  10 tháng Giêng năm Đinh Mùi)", "vào ngày 26/02/2027 (tức ngày 21 tháng Giêng năm Đinh Mùi)": one day, no second
  deadline.
- A dashed task whose first line wraps onto the next ("- Tổ chức sơ kết 6 tháng trong tháng 7/2027; tổng kết …,
  báo cáo Hội⏎LHPN tỉnh trước ngày 15/11/2027.") is a sentence, not a heading naming a period: its month is the
  review's due time (t25-04's labels: "trong tháng 7/2027").

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, head: str, issuer: str, number: str, date: str = "10 tháng 12 năm 2026") -> str:
    return issuer + "\n" + number + "\nThái Nguyên, ngày " + date + "\n\n" + head + "\n\n" + body + "\n"


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest)) for d in extract(text).deadlines if not d.past]


_KH = dict(head="KẾ HOẠCH\nra quân tấn công trấn áp tội phạm dịp Tết Nguyên đán Đinh Mùi 2027",
           issuer="CÔNG AN TỈNH THÁI NGUYÊN\n*", number="Số: 412/KH-CAT-PV01")


def test_a_campaigns_numbered_phases_are_no_deadlines():
    body = ("**II. THỜI GIAN THỰC HIỆN**\n\nĐợt ra quân được triển khai từ ngày 20/12/2026 đến\nhết ngày 05/3/2027, "
            "chia làm 02 giai đoạn:\n\n- Giai đoạn 1 (trước Tết): từ ngày 20/12/2026 đến\nngày 04/02/2027.\n\n"
            "- Giai đoạn 2 (trong và sau Tết): từ ngày 05/02/2027 đến\nngày 05/3/2027.\n\n"
            "**III. NHIỆM VỤ CỤ THỂ**\n\n1. Phòng Cảnh sát hình sự hoàn thành rà soát đối tượng truy nã trước ngày "
            "31/12/2026.\n")
    assert _dls(_doc(body, **_KH)) == ["2026-12-31"]


def test_a_task_window_with_a_due_word_stays_a_deadline():
    body = ("1. Phòng Cảnh sát giao thông hoàn thành việc tuần tra, kiểm soát từ ngày 20/12/2026 đến ngày "
            "10/01/2027.\n")
    assert _dls(_doc(body, **_KH)) == [("2026-12-20", "2027-01-10")]


def test_a_day_restated_in_the_lunar_calendar_is_one_deadline():
    body = ("5. Lễ giao nhận quân tổ chức thống nhất vào ngày\n26/02/2027 (tức ngày 21 tháng Giêng năm Đinh Mùi) tại "
            "Trung tâm văn hóa xã.\n\n6. Các đơn vị hoàn thành trực Tết chậm nhất ngày 15/02/2027 (đến hết ngày mùng 10 "
            "tháng Giêng năm Đinh Mùi).\n")
    assert _dls(_doc(body, **_KH)) == ["2027-02-26", "2027-02-15"]


def test_a_wrapped_dashed_task_is_no_heading():
    hpn = dict(head="KẾ HOẠCH\nthực hiện phong trào thi đua năm 2027", issuer="HỘI LHPN XÃ PHÚ LƯƠNG\n*",
               number="Số: 07/KH-HPN")
    body = ("**V. TỔ CHỨC THỰC HIỆN**\n\n1. Ban Thường vụ Hội LHPN xã\n\n- Phân công Ủy viên Ban Thường vụ phụ trách "
            "từng chi hội.\n\n- Tổ chức sơ kết 6 tháng trong tháng 7/2027; tổng kết phong trào, báo cáo Hội\nLHPN "
            "huyện trước ngày 20/11/2027.\n")
    assert _dls(_doc(body, **hpn)) == [("2027-07-01", "2027-07-31"), "2027-11-20"]
