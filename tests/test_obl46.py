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
    assert "2034-12-31" in _due("II. NHIỆM VỤ\n\nc) Phấn đấu đến ngày 31/12/2034, tỷ lệ hộ gia đình được cấp nước "
                                "sinh hoạt hợp vệ sinh ở các thôn vùng cao đạt từ 85% trở lên, khu trung tâm đạt 100%.")
    assert "2034-12-31" in _due("II. NHIỆM VỤ\n\nd) Bộ phận Tài chính - Kế toán xã đôn đốc các nhà thầu thanh toán khối "
                                "lượng; phấn đấu thu ngân sách năm 2034 đạt trên 105% dự toán đến ngày "
                                "31/12/2034 và đạt 110% đến ngày 31/01/2035.")


def test_a_goal_by_a_year_stays_its_horizon():
    assert _due("II. MỤC TIÊU\n\n- Phấn đấu đến năm 2035, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn dưới 12%.") == []


# -- the holiday's lunar days as a span ------------------------------------------------------------------------------

def test_a_span_of_tet_days_is_no_deadline():
    body = ("III. NỘI DUNG\n\n- Công an xã kiểm tra các điểm kinh doanh pháo, xử lý vi phạm; tập trung vào "
            "khung giờ từ 19 giờ đến 24 giờ hằng ngày và các ngày mùng 2 đến mùng 6 Tết.\n\n"
            "- Ban Chỉ huy Quân sự xã bố trí dân quân trực tại trụ sở từ Tối 29 Tết đến hết mùng 3 Tết.\n\n"
            "- Hội Cựu chiến binh xã phối hợp giữ gìn trật tự tại chợ Tết, các ngày từ 26 tháng Chạp đến mùng 2 Tết.")
    assert _due(body) == []


def test_a_lunar_due_day_alone_stays_due():
    assert _due("III. NỘI DUNG\n\n- Các chi hội tổng hợp số hộ được tặng quà gửi Hội Nông dân xã chậm nhất ngày mùng 8 Tết.") \
        == ["2035-02-15"]


# -- a temple is no "đến" ----------------------------------------------------------------------------------------------

def test_a_temples_festival_year_is_no_deadline():
    assert _due("I. MỤC ĐÍCH\n\n2. Giữ gìn an ninh, trật tự cho Nhân dân dâng hương tại Lễ hội đền Bạch Mã năm "
                "2035.") == []
    assert _due("I. MỤC ĐÍCH\n\n3. Tổ chức chu đáo Lễ rước nước về đền Thượng năm 2035, bảo đảm vệ sinh môi "
                "trường khu di tích.") == []
    assert _due("II. NHIỆM VỤ\n\n2. Ban Quản lý dự án xã hoàn thành đền bù cho các hộ có đất bị thu hồi đến ngày 15/8/2035.") \
        == ["2035-08-15"]


# -- a body's verb ---------------------------------------------------------------------------------------------------

def test_a_schedule_told_is_the_bodys_task():
    assert S.actor("Trạm Y tế xã thông báo lịch khám sức khỏe cho người cao tuổi trên trang thông tin điện tử xã.")[0] \
        == "Trạm Y tế xã"
    assert S.actor("Chi hội trưởng thông báo lịch cấp nước tưới đến từng hộ, nhắc hộ dân nạo vét kênh nội đồng.")[0] \
        == "Chi hội trưởng"
    assert "công chức Tư pháp - Hộ tịch" in _who(
        "V. TỔ CHỨC THỰC HIỆN\n\n- Giao công chức Tư pháp - Hộ tịch thông báo lịch trợ giúp pháp lý lưu động trên "
        "loa truyền thanh xã từ ngày 03/3/2035, mỗi tuần 01 lần đến khi kết thúc đợt.")


def test_a_body_bent_on_a_work_ends_before_tap_trung():
    assert S.actor("Chi bộ thôn Bản Mòng, Chi bộ thôn Nà Hiêu và Chi bộ thôn Khuổi Tát tập trung bồi dưỡng quần "
                   "chúng ưu tú để kết nạp đảng viên là người dân tộc Mông trong quý II/2035.")[0] \
        == "Chi bộ thôn Bản Mòng, Chi bộ thôn Nà Hiêu và Chi bộ thôn Khuổi Tát"
    assert S.actor("Các phòng chuyên môn, Ủy ban nhân dân các xã, thị trấn tập trung rà soát ngay các khoản nợ "
                   "đọng thuế.")[0] == "Các phòng chuyên môn, Ủy ban nhân dân các xã, thị trấn"


def test_a_meeting_to_decide_is_the_bodys_task():
    assert S.actor("Chi đoàn họp xét, giới thiệu đoàn viên ưu tú.") == ("Chi đoàn", "họp xét, giới thiệu đoàn viên ưu tú.")
    assert S.actor("Hội đồng thi đua, khen thưởng xã họp xét chọn các tập thể, cá nhân tiêu biểu đề nghị khen thưởng.")[0] \
        == "Hội đồng thi đua, khen thưởng xã"


def test_a_contract_signed_is_the_bodys_task():
    assert S.actor("Các thị trấn Hương Khê, Phố Châu, Tây Sơn ký hợp đồng thu gom bùn thải với đơn vị có đủ điều "
                   "kiện, chậm nhất ngày 20/11/2034.")[0] == "Các thị trấn Hương Khê, Phố Châu, Tây Sơn"
    assert S.actor("Hợp tác xã Nông nghiệp Đồng Tiến ký hợp đồng bao tiêu lúa hàng hóa cho các hộ.")[0] \
        == "Hợp tác xã Nông nghiệp Đồng Tiến"


def test_a_civil_servant_named_by_the_field_in_charge_is_charged():
    who = _who("II. NHIỆM VỤ\n\nb) Giao công chức phụ trách địa chính (Phòng Kinh tế) rà soát, trả kết quả 22 hồ sơ "
               "cấp giấy chứng nhận quá hạn, hoàn thành trước ngày 28/02/2035.", kind="THÔNG BÁO",
               title="Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 12/2034")
    assert any(w.startswith("công chức phụ trách địa chính") for w in who)


# -- the issuer's own power ----------------------------------------------------------------------------------------------

def test_the_issuer_deciding_by_its_own_power_is_no_obligation():
    assert own_decision("Đảng ủy", "xem xét, quyết định khen thưởng theo thẩm quyền", "Đảng ủy xã Quỳnh Lâm")
    assert own_decision("Ủy ban nhân dân xã", "xem xét, phê duyệt.", "Ủy ban nhân dân xã Hòa Hải")
    assert own_decision("Ban Thường vụ", "xem xét, quyết định công nhận trong thời hạn 15 ngày làm việc",
                        "Đảng ủy xã Nghĩa Đồng")
    # a body below the issuer deciding is its step (a24-07's labels: "Đảng ủy cơ sở xem xét, quyết định xếp loại …")
    assert not own_decision("Đảng ủy cơ sở", "xem xét, quyết định công nhận đảng viên chính thức", "Ban Tổ chức Huyện ủy")
    assert not own_decision("Đảng ủy", "chỉ đạo các chi bộ kiểm điểm", "Đảng ủy xã Quỳnh Lâm")
    who = _who("III. CÁC BƯỚC TIẾN HÀNH\n\n**3. Xét công nhận**\n\nChi bộ họp xét, đề nghị công nhận; Đảng ủy xem "
               "xét, quyết định công nhận theo thẩm quyền.", head=PARTY_HEAD, title="Công nhận đảng viên chính thức năm 2035")
    assert "Chi bộ" in who and "Đảng ủy" not in who
