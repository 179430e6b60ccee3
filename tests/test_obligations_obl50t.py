"""Session 50 (obl50t): tune49's kinds of obligation, each in forms written here in the documents' style.

* a Báo cáo kiểm điểm's remedy table ("Hạn chế, khuyết điểm | Biện pháp khắc phục | Thời gian hoàn thành | Người chịu
  trách nhiệm"): one obligation per row, of the office-holder in charge, by the row's time — the measures column is
  the row's task (t49-10);
* the same report's self-assessment printed as roman sections of their own ("II. ƯU ĐIỂM", "IV. NGUYÊN NHÂN"): the
  past judged, no owner read from "Lãnh đạo hoàn thành …" or "Ban Thường vụ có lúc chưa quyết liệt …" (t49-10; the
  same parts nested under "ĐÁNH GIÁ CHUNG" in t29-01, t45-06 label none);
* an event plan's guest list ("3.2. Thành phần" / "- Đại biểu cấp tỉnh: …", "Thành phần tham dự"): no body charged,
  save a dated task given in it (t49-06; t31-07, t37-05, t45-02);
* a plan's last request "Yêu cầu các cơ quan, đơn vị, thôn căn cứ Kế hoạch nghiêm túc tổ chức thực hiện; quá trình
  thực hiện có vướng mắc báo cáo …": a closing formula (t49-04; the README's "yêu cầu các cơ quan … tổ chức thực hiện
  nghiêm túc"), a dated report after the verbs still a task (a15-02);
* a body submitting to its superior ("Ban Chỉ đạo trình Chủ tịch UBND xã quyết định …", "Sở Tài chính trình UBND
  tỉnh xem xét …") is named alone, "trình …" its task (t49-08); "công trình", "Tờ trình" stay nouns;
* (not done: a block keeping "đúng tiến độ tại mục IV.3" dated by that item's row, t49-01 — a30-06 and t30-06 leave
  the same pointer undated or dated by the block's own day: the majority.)
"""

from vanban.extract import extract

PARTY_HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\n\nSố 41-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Nam Đàn, ngày 10 tháng 01 năm 2036\n\nBÁO CÁO\n\nKIỂM ĐIỂM TẬP THỂ BAN THƯỜNG VỤ ĐẢNG ỦY XÃ NĂM 2035\n\n")

REPORT = """Thực hiện Hướng dẫn số 12-HD/BTCTU ngày 20/11/2035 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Đảng ủy xã báo cáo kiểm điểm tập thể năm 2035 như sau:

**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2035**

- Thu ngân sách trên địa bàn đạt 18,2 tỷ đồng, bằng 108% dự toán.

**II. ƯU ĐIỂM**

- Lãnh đạo hoàn thành 14/16 chỉ tiêu chủ yếu của Nghị quyết Đảng ủy năm 2035; chỉ đạo giải quyết dứt điểm 07 vụ tranh chấp đất đai.

**III. HẠN CHẾ, KHUYẾT ĐIỂM**

1. Còn 02/16 chỉ tiêu chưa đạt.

2. Việc chuyển đổi số trong hoạt động của Đảng ủy còn chậm.

**IV. NGUYÊN NHÂN**

Ban Thường vụ có lúc chưa sâu sát trong kiểm tra, đôn đốc; Ủy ban nhân dân xã chưa quyết liệt trong thu nợ tiền sử dụng đất.

**V. BIỆN PHÁP KHẮC PHỤC**

| STT | Hạn chế, khuyết điểm | Biện pháp khắc phục | Thời gian hoàn thành | Người chịu trách nhiệm |
|---|---|---|---|---|
| 1 | Chỉ tiêu chưa đạt | Ban hành nghị quyết chuyên đề; giao chỉ tiêu cho từng thôn | Quý I/2036 | Đồng chí Phó Bí thư, Chủ tịch UBND xã |
| 2 | Chuyển đổi số chậm | Đưa 100% văn bản đi lên môi trường điện tử có ký số | Trước ngày 30/9/2036 | Đồng chí Chánh Văn phòng Đảng ủy |

Văn phòng Đảng ủy tổng hợp, báo cáo Ban Tổ chức Tỉnh ủy kết quả khắc phục trước ngày 15/7/2036.
"""


def _obligations(text: str) -> dict[str, str | None]:
    out = {}
    for o in extract(text).obligations:
        d = o.deadline
        out[o.who] = (d.date or d.latest) if d else None
    return out


def _owners_opening(text: str, *starts: str) -> list[str]:
    """The owners read from ``text`` whose names open with one of ``starts``."""
    return [w for w in _obligations(text) if w.startswith(starts)]


def test_a_remedy_table_charges_each_rows_office_holder_by_its_time():
    got = _obligations(PARTY_HEAD + REPORT)
    assert got["Đồng chí Phó Bí thư, Chủ tịch UBND xã"] == "2036-03-31"
    assert got["Đồng chí Chánh Văn phòng Đảng ủy"] == "2036-09-30"
    assert got["Văn phòng Đảng ủy"] == "2036-07-15"


def test_a_measures_column_is_the_rows_task():
    ext = extract(PARTY_HEAD + REPORT)
    row = next(o for o in ext.obligations if o.who == "Đồng chí Chánh Văn phòng Đảng ủy")
    assert "ký số" in row.what


def test_a_reports_strengths_and_causes_charge_no_one():
    assert not _owners_opening(PARTY_HEAD + REPORT, "Lãnh đạo", "Ban Thường vụ", "Ủy ban nhân dân xã")


def test_lessons_printed_as_a_section_charge_no_one():
    body = REPORT.replace("**IV. NGUYÊN NHÂN**", "**IV. BÀI HỌC KINH NGHIỆM**").replace(
        "Ban Thường vụ có lúc chưa sâu sát", "Ban Thường vụ phải luôn sâu sát")
    assert not _owners_opening(PARTY_HEAD + body, "Ban Thường vụ", "Ủy ban nhân dân xã")


EVENT_HEAD = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH HÀ\n\nSố 30-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Thạch Hà, ngày 02 tháng 3 năm 2036\n\nKẾ HOẠCH\n\n"
              "tổ chức Lễ kỷ niệm 60 năm Ngày thành lập Đảng bộ xã (1976 - 2036)\n\n")

EVENT = """**I. MỤC ĐÍCH, YÊU CẦU**

Tổ chức trang trọng, tiết kiệm.

**II. NỘI DUNG**

**1. Lễ kỷ niệm**

**1.1. Thời gian, địa điểm**

- Thời gian: 8 giờ 00 ngày 20/5/2036.

- Địa điểm: Hội trường Ủy ban nhân dân xã.

**1.2. Thành phần**

- Đại biểu cấp tỉnh: Đại diện lãnh đạo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.

- Đại biểu của xã: Các đồng chí nguyên Bí thư Đảng ủy xã qua các thời kỳ; Ban Chấp hành Đảng bộ xã; bí thư chi bộ, trưởng thôn.

- Văn phòng Đảng ủy gửi giấy mời đến đại biểu trước ngày 10/5/2036.

**III. TỔ CHỨC THỰC HIỆN**

**1. Văn phòng Đảng ủy**

Xây dựng kịch bản buổi lễ, trình Ban Thường vụ trước ngày 30/4/2036.

**2. Ủy ban nhân dân xã**

Bảo đảm kinh phí, khánh tiết, an ninh trật tự buổi lễ.
"""


def test_an_events_guests_are_no_owners():
    assert not _owners_opening(EVENT_HEAD + EVENT, "Đại biểu", "Các đồng chí nguyên", "Ban Chấp hành")
    assert _obligations(EVENT_HEAD + EVENT)["Ủy ban nhân dân xã"] is None


def test_a_dated_task_in_the_guest_list_stays():
    ext = extract(EVENT_HEAD + EVENT)
    dates = sorted((o.deadline.date for o in ext.obligations if o.who == "Văn phòng Đảng ủy" and o.deadline))
    assert dates == ["2036-04-30", "2036-05-10"]


def test_a_guest_list_headed_thanh_phan_tham_du():
    body = EVENT.replace("**1.2. Thành phần**", "**1.2. Thành phần tham dự**")
    assert not _owners_opening(EVENT_HEAD + body, "Đại biểu", "Ban Chấp hành")


UBND_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\n\nSố: 52/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nHương Sơn, ngày 05 tháng 3 năm 2036\n\nKẾ HOẠCH\n\n"
             "Diễn tập chiến đấu phòng thủ xã Hương Sơn năm 2036\n\n")

DRILL = """**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao năng lực lãnh đạo, chỉ đạo của cấp ủy, chính quyền.

**II. TỔ CHỨC THỰC HIỆN**

**1. Ban Chỉ huy Quân sự xã**

Xây dựng văn kiện diễn tập, hoàn thành trước ngày 15/4/2036.

**2. Công an xã**

Bảo đảm an ninh, trật tự trong thời gian diễn tập.

Yêu cầu các cơ quan, đơn vị, thôn căn cứ Kế hoạch nghiêm túc tổ chức thực hiện; quá trình thực hiện có vướng mắc báo cáo về Ủy ban nhân dân xã (qua Ban Chỉ huy Quân sự xã) để giải quyết./.
"""


def test_a_closing_request_on_the_basis_of_the_plan_is_a_formula():
    got = _obligations(UBND_HEAD + DRILL)
    assert "Ban Chỉ huy Quân sự xã" in got and "Công an xã" in got
    assert not [w for w in got if "cơ quan, đơn vị" in w], got


def test_the_formula_in_its_usual_order_too():
    body = DRILL.replace("căn cứ Kế hoạch nghiêm túc tổ chức thực hiện",
                         "căn cứ Kế hoạch này khẩn trương triển khai thực hiện")
    got = _obligations(UBND_HEAD + body)
    assert not [w for w in got if "cơ quan, đơn vị" in w], got


def test_a_dated_report_after_the_basis_is_a_task():
    body = DRILL.replace(
        "căn cứ Kế hoạch nghiêm túc tổ chức thực hiện; quá trình thực hiện có vướng mắc báo cáo về Ủy ban nhân dân xã "
        "(qua Ban Chỉ huy Quân sự xã) để giải quyết./.",
        "căn cứ Kế hoạch tổ chức thực hiện; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/6/2036./.")
    got = _obligations(UBND_HEAD + body)
    assert [d for w, d in got.items() if "cơ quan, đơn vị" in w] == ["2036-06-30"], got


def test_a_body_submitting_to_its_superior_is_named_alone():
    body = """**I. MỤC ĐÍCH, YÊU CẦU**

Bình xét đúng tiêu chuẩn, công khai.

**II. TỔ CHỨC THỰC HIỆN**

**1. Bình xét**

- Trước ngày 15/12/2036: Ban Chỉ đạo trình Chủ tịch UBND xã quyết định công nhận danh hiệu "Thôn văn hóa" năm 2036.

**2. Ban Quản lý dự án công trình UBND xã**

Tổ chức thi công tuyến đường liên thôn, hoàn thành trước ngày 30/11/2036.
"""
    got = _obligations(UBND_HEAD + body)
    assert got["Ban Chỉ đạo"] == "2036-12-15"
    assert got["Ban Quản lý dự án công trình UBND xã"] == "2036-11-30"
    assert not [w for w in got if "trình Chủ tịch" in w], got
