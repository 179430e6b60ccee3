"""Session 46, obligations and deadlines (issues #9, #10): kinds from authored44's and tune44's misses, each tested on
its other forms in older sets and ../shared/realdocs (values written from the documents' wording, not vanban's output).

- A dated day with a goal figure is a deadline, the year's last day as any other ("Phấn đấu đến ngày 31/12/2034, tỷ lệ
  … đạt từ 90% trở lên", a44-08; "… đạt trên 95% kế hoạch vốn đến ngày 31/12/2034", a44-07); a year or a period stays
  the horizon ("đến năm 2030 đạt …"). The recount over every gold set: 21 documents label such a day, 8 do not.
- A span of the holiday's lunar days ("các ngày mùng 1 đến mùng 4 Tết", "Tối 30 Tết đến hết mùng 4 Tết", a44-02;
  "các đêm từ 28 tháng Chạp đến mùng 5 Tết", a34-05) is the time a patrol runs over, no deadline at its last day; a
  lunar due day alone ("chậm nhất ngày mùng 8 Tết") stays due.
- "đền" (a temple) and "đèn" fold like "đến": "dự Lễ hội đền Hòa Thuận năm 2035" (a44-02), "Lễ hội đền Đại Phong năm
  2035" (t44-02) date nothing.
- A body's verb the lists lacked: "thông báo lịch …" (a44-05, a43-01), "tập trung tạo nguồn / triển khai …" (a44-06,
  t27-09), "họp xét" (a44-06, t44-06, a30-09), "ký hợp đồng" (a44-08, t34-04); a commune's "công chức phụ trách …"
  (a44-07).
- The issuer deciding by its own power ("Đảng ủy xem xét, quyết định kết nạp theo thẩm quyền", a44-06; "… Ủy ban nhân
  dân xã xem xét, quyết định", a39-04; "Ban Thường vụ xem xét, quyết định kết nạp …", a37-08) is no obligation.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import subjects as S
from vanban.extract.issuer_self import own_decision

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA THUẬN\nSố: 12/KH-UBND\nHòa Thuận, ngày 15 tháng 12 năm 2034"
PARTY_HEAD = "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY XÃ TÂN LIÊN\nSố: 31-KH/ĐU\nTân Liên, ngày 24 tháng 11 năm 2034"


def _doc(body: str, head: str = HEAD, kind: str = "KẾ HOẠCH", title: str = "Thực hiện nhiệm vụ năm 2035") -> str:
    return f"{head}\n\n{kind}\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest)) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def _who(body: str, **kw) -> list[str]:
    return [o.who for o in extract(_doc(body, **kw)).obligations]


# -- a dated day with a goal figure --------------------------------------------------------------------------------

def test_a_goal_by_the_years_last_day_is_due_then():
    assert "2034-12-31" in _due("II. NHIỆM VỤ\n\ne) Phấn đấu đến ngày 31/12/2034, tỷ lệ chất thải rắn sinh hoạt được "
                                "thu gom, xử lý trên địa bàn mỗi xã đạt từ 90% trở lên, thị trấn đạt 100%.")
    assert "2034-12-31" in _due("II. NHIỆM VỤ\n\nb) Ban Quản lý dự án đầu tư xây dựng xã khẩn trương hoàn thiện hồ sơ; "
                                "phấn đấu giải ngân vốn đầu tư công năm 2034 đạt trên 95% kế hoạch vốn đến ngày "
                                "31/12/2034 và đạt 100% đến ngày 31/01/2035.")


def test_a_goal_by_a_year_stays_its_horizon():
    assert _due("II. MỤC TIÊU\n\n- Phấn đấu đến năm 2035, tỷ lệ hộ dân sử dụng nước sạch đạt từ 95% trở lên.") == []


# -- the holiday's lunar days as a span ------------------------------------------------------------------------------

def test_a_span_of_tet_days_is_no_deadline():
    body = ("III. NỘI DUNG\n\n- Công an xã tổ chức tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn; tập trung vào "
            "khung giờ từ 17 giờ đến 23 giờ hằng ngày và các ngày mùng 1 đến mùng 4 Tết.\n\n"
            "- Ban Chỉ huy Quân sự xã chủ trì tổ tuần tra đường liên xã từ Tối 30 Tết đến hết mùng 4 Tết.\n\n"
            "- Đoàn Thanh niên xã phối hợp tuần tra, xử lý đua xe trái phép, các đêm từ 28 tháng Chạp đến mùng 5 Tết.")
    assert _due(body) == []


def test_a_lunar_due_day_alone_stays_due():
    assert _due("III. NỘI DUNG\n\n- Các thôn báo cáo kết quả về Ủy ban nhân dân xã chậm nhất ngày mùng 8 Tết.") \
        == ["2035-02-15"]


# -- a temple is no "đến" ----------------------------------------------------------------------------------------------

def test_a_temples_festival_year_is_no_deadline():
    assert _due("I. MỤC ĐÍCH\n\n1. Bảo đảm an toàn cho nhân dân vui xuân, đón Tết và dự Lễ hội đền Hòa Thuận năm "
                "2035.") == []
    assert _due("I. MỤC ĐÍCH\n\n1. Phục vụ Nhân dân và du khách dự Lễ hội đền Đại Phong năm 2035, không để xảy ra "
                "ùn tắc giao thông.") == []
    assert _due("II. NHIỆM VỤ\n\n1. Phòng Kinh tế chi trả tiền đền bù giải phóng mặt bằng đến ngày 30/6/2035.") \
        == ["2035-06-30"]


# -- a body's verb ---------------------------------------------------------------------------------------------------

def test_a_schedule_told_is_the_bodys_task():
    assert S.actor("Công chức Văn hóa - Xã hội thông báo lịch tiêm trên hệ thống loa truyền thanh xã.")[0] \
        == "Công chức Văn hóa - Xã hội"
    assert S.actor("Trưởng thôn thông báo lịch phun trên loa truyền thanh, vận động hộ dân xuống giống đúng lịch.")[0] \
        == "Trưởng thôn"
    assert "công chức Văn hóa - Xã hội" in _who(
        "V. TỔ CHỨC THỰC HIỆN\n\n- Giao công chức Văn hóa - Xã hội thông báo lịch tiêm trên hệ thống loa truyền "
        "thanh xã từ ngày 10/01/2035, mỗi ngày 01 lần đến khi kết thúc đợt tiêm.")


def test_a_body_bent_on_a_work_ends_before_tap_trung():
    assert S.actor("Chi bộ thôn Khe Sanh Mới, Chi bộ thôn Làng Cát và Chi bộ thôn Tân Lập tập trung tạo nguồn, "
                   "giúp đỡ để kết nạp đảng viên đầu tiên ở thôn Pa Roi trong quý III/2035.")[0] \
        == "Chi bộ thôn Khe Sanh Mới, Chi bộ thôn Làng Cát và Chi bộ thôn Tân Lập"
    assert S.actor("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tập trung triển khai ngay các giải pháp "
                   "giải ngân.")[0] == "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường"


def test_a_meeting_to_decide_is_the_bodys_task():
    assert S.actor("Chi bộ họp xét, đề nghị kết nạp.") == ("Chi bộ", "họp xét, đề nghị kết nạp.")
    assert S.actor("Hội đồng nghĩa vụ quân sự xã họp xét duyệt danh sách công dân đủ điều kiện nhập ngũ.")[0] \
        == "Hội đồng nghĩa vụ quân sự xã"


def test_a_contract_signed_is_the_bodys_task():
    assert S.actor("Các xã Định Bình, Yên Phú, Yên Lạc ký hợp đồng vận chuyển, xử lý rác với đơn vị có chức năng, "
                   "chậm nhất ngày 05/12/2034.")[0] == "Các xã Định Bình, Yên Phú, Yên Lạc"
    assert S.actor("Hợp tác xã Dịch vụ nông nghiệp An Ninh ký hợp đồng cung ứng giống, phân bón cho các hộ.")[0] \
        == "Hợp tác xã Dịch vụ nông nghiệp An Ninh"


def test_a_civil_servant_named_by_the_field_in_charge_is_charged():
    who = _who("II. NHIỆM VỤ\n\na) Giao công chức phụ trách địa chính (Phòng Kinh tế) giải quyết dứt điểm 37 hồ sơ "
               "đăng ký đất đai tồn đọng, hoàn thành trước ngày 30/01/2035.", kind="THÔNG BÁO",
               title="Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 12/2034")
    assert any(w.startswith("công chức phụ trách địa chính") for w in who)


# -- the issuer's own power ----------------------------------------------------------------------------------------------

def test_the_issuer_deciding_by_its_own_power_is_no_obligation():
    assert own_decision("Đảng ủy", "xem xét, quyết định kết nạp theo thẩm quyền", "Đảng ủy xã Tân Liên")
    assert own_decision("Ủy ban nhân dân xã", "xem xét, quyết định.", "Ủy ban nhân dân xã Cẩm Bình")
    assert own_decision("Ban Thường vụ", "xem xét, quyết định kết nạp trong thời hạn không quá 30 ngày làm việc",
                        "Đảng ủy xã Thạch Lạc Đông")
    # a body below the issuer deciding is its step (a24-07's labels: "Đảng ủy cơ sở xem xét, quyết định xếp loại …")
    assert not own_decision("Đảng ủy cơ sở", "xem xét, quyết định xếp loại chất lượng các chi bộ", "Ban Tổ chức Tỉnh ủy")
    assert not own_decision("Đảng ủy", "chỉ đạo các chi bộ rà soát", "Đảng ủy xã Tân Liên")
    who = _who("III. CÁC BƯỚC TIẾN HÀNH\n\n**4. Xét, đề nghị kết nạp**\n\nChi bộ họp xét, đề nghị kết nạp; Đảng ủy xem "
               "xét, quyết định kết nạp theo thẩm quyền.", head=PARTY_HEAD, title="Tạo nguồn, kết nạp đảng viên năm 2035")
    assert "Chi bộ" in who and "Đảng ủy" not in who
