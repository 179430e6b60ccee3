"""Deadlines on real wording, session 26 (dl26): kinds read from authored25's and tune25's labels (both spent).

- A year closing a supervision or inspection whose object is a list said with its head noun again ("tổ chức giám sát
  chuyên đề việc thực hiện chính sách hỗ trợ phát triển nông nghiệp hữu cơ, nông nghiệp ứng dụng công nghệ cao trong
  năm 2028"): the comma between the items opens no new clause, the year is the task's interval (a25-01's label).
- A count of times within a year ("bảo đảm 100% công trình … được xét nghiệm chất lượng nước ít nhất 01 lần trong năm
  2027"): a frequency, its year the period, no deadline (a25-07's label: a target only).
- A threshold tested at a day ("điều chuyển kế hoạch vốn từ dự án giải ngân đến ngày 30/6/2027 dưới 30% sang dự án …"):
  the projects below the figure by then, no due date (a25-09); an aim for the day stays due.
- A column's label naming a figure measured up to a day, alone in its cell ("Tỷ lệ giải ngân đến 30/6/2027" over
  "tối thiểu 55%" cells): the figures' cut-off, no due date (a25-09's Phụ lục); a due cell ("Đến 30/6/2027") is one.
- A due phrase naming a time whose day follows it in brackets ("đạt ít nhất 95% kế hoạch vốn được giao đến hết thời
  gian giải ngân theo quy định (ngày 31/01/2027)"): the bracket dates the phrase (t25-07's label); an event's day in
  brackets after no due word ("trong thời gian diễn ra Đại hội (ngày …)") is none.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, head: str, issuer: str, number: str, date: str = "18 tháng 12 năm 2026") -> str:
    return issuer + "\n" + number + "\nHà Tĩnh, ngày " + date + "\n\n" + head + "\n\n" + body + "\n"


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest)) for d in extract(text).deadlines if not d.past]


_KL = dict(head="KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp", issuer="TỈNH ỦY HÀ TĨNH\n*",
           number="Số 112-KL/TU")
_CV = dict(head="V/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2027", issuer="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ",
           number="Số: 1245/UBND-KT", date="02 tháng 02 năm 2027")


def test_a_supervisions_listed_object_does_not_end_its_clause():
    body = ("**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Đảng đoàn Hội đồng nhân dân tỉnh** lãnh đạo Hội đồng nhân dân tỉnh rà "
            "soát Nghị quyết; tổ chức giám sát chuyên đề việc thực hiện chính sách hỗ trợ phát triển nông nghiệp hữu "
            "cơ, nông nghiệp ứng dụng công nghệ cao trong năm 2028.\n\n**2. Ủy ban Kiểm tra Tỉnh ủy** tổ chức kiểm tra "
            "việc quản lý dữ liệu dân cư, dữ liệu đất đai tại các xã trong năm 2027.\n")
    assert _dls(_doc(body, **_KL)) == [("2028-01-01", "2028-12-31"), ("2027-01-01", "2027-12-31")]


def test_a_new_clause_after_a_comma_still_parts_the_year():
    # the comma opens another clause ("… hữu cơ, báo cáo kết quả …"): no repeated head, the year no supervision's
    body = ("1. Sở Nông nghiệp và Môi trường tổ chức giám sát việc thực hiện chính sách hỗ trợ nông nghiệp hữu cơ, "
            "tổng hợp kết quả thực hiện trong năm 2027.\n")
    assert _dls(_doc(body, **_KL)) == []


def test_a_count_of_times_within_a_year_is_no_deadline():
    body = ("**4. Sở Y tế**\n\nChỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh thực hiện kiểm tra chất lượng nước; bảo đảm "
            "100% công trình đang hoạt động được xét nghiệm chất lượng nước ít nhất 01 lần trong năm 2027; công khai "
            "kết quả trên Cổng thông tin điện tử của Sở.\n\n**5. Ủy ban Kiểm tra Tỉnh ủy** kiểm tra tại ít nhất 10 xã, "
            "phường trong năm 2027.\n")
    # the figure of places (t18-09's kind) is a target's too: its year no deadline (session 47's count, the majority)
    assert _dls(_doc(body, **_KL)) == []


def test_a_threshold_tested_at_a_day_is_no_deadline():
    body = ("Kính gửi: Các sở, ban, ngành tỉnh.\n\n**3. Sở Tài chính**\n\nb) Chủ trì rà soát, tham mưu Ủy ban nhân dân tỉnh điều chuyển kế hoạch vốn từ dự án "
            "giải ngân đến ngày\n30/6/2027 dưới 30% sang dự án có khả năng giải ngân tốt, trình trước ngày 15 tháng 7 "
            "năm 2027.\n\n**4. Các chủ đầu tư**\n\nPhấn đấu giảm số dự án chậm tiến độ đến ngày 30/9/2027 dưới 5 "
            "dự án.\n")
    assert _dls(_doc(body, **_CV)) == ["2027-07-15", "2027-09-30"]


def test_a_figure_columns_label_is_no_deadline():
    body = ("Kính gửi: Các chủ đầu tư.\n\n**PHỤ LỤC**\n\nMỐC GIẢI NGÂN CỦA CÁC CHỦ ĐẦU TƯ\n\n\nTT\n\nChủ đầu tư\n\nTỷ lệ giải ngân đến 30/6/2027\n\n"
            "Thời gian hoàn thành giải ngân\n\n\n1\n\nBan Quản lý dự án giao thông tỉnh\n\ntối thiểu 55%\n\n"
            "Trước ngày 31/12/2027\n\n\n2\n\nBan Quản lý dự án dân dụng tỉnh\n\ntối thiểu 50%\n\nĐến 30/11/2027\n")
    assert _dls(_doc(body, **_CV)) == ["2027-12-31", "2027-11-30"]


def test_a_named_time_dated_in_brackets_is_a_deadline():
    body = ("**2.1. Ban cán sự đảng Ủy ban nhân dân tỉnh**\n\n- Lãnh đạo Ủy ban nhân dân tỉnh tập trung chỉ đạo "
            "quyết liệt, phấn đấu giải ngân vốn đầu tư công năm 2026 đạt ít nhất 95% kế hoạch\nvốn được giao đến hết "
            "thời gian giải ngân theo quy định (ngày 31/01/2027); kiên\nquyết điều chuyển vốn từ các dự án chậm giải "
            "ngân.\n\n**2.2. Công an tỉnh** bảo đảm an ninh, trật tự trong thời gian diễn ra Đại hội (ngày "
            "15/3/2027).\n")
    got = [(d.text, d.date) for d in extract(_doc(body, **_KL)).deadlines if not d.past]
    assert got == [("đến hết thời gian giải ngân theo quy định (ngày 31/01/2027)", "2027-01-31")]
