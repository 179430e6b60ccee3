"""Session 51 (obl51): tune50's and authored49's kinds of obligation, each in forms written here in the documents' style.

* a schedule of a drive's rounds whose count column names its unit of measure in brackets ("Chỉ tiêu (đơn vị máu)")
  and whose last column names the units that mobilise each round ("Đơn vị vận động", "Đơn vị phụ trách"): the bracket
  is the figure's unit, no body — each row one obligation of the units its body column names, by the round's day
  (t50-07; the rounds tables of t37-09 and t43-07, with no body column, stay without);
* a body cell naming the row's lead by its role word ("Ủy ban Kiểm tra Đảng ủy chủ trì; mời … tham gia", "… chủ trì,
  phối hợp …", "Công chức Văn hóa - xã hội tham mưu"): the lead alone is the row's body (a47-08, t47-08, a49-08 — the
  three sets label so, none the other way); a dated row whose step is an award the lead prepares stays its task (a49-08);
* a stand-in rule in a phân công Quyết định ("Khi một Phó Chủ tịch vắng mặt, Phó Chủ tịch còn lại giải quyết …"): who
  deputises when another is away, no task (t50-09, t23-07, t45-09's "Khi người chủ trì vắng mặt …" — none labelled);
  the members' own duty in the next sentence stays;
* the village head named in the older word order, "Thôn trưởng các thôn", heading its duties as "Trưởng các thôn"
  does (t50-05);
* an event's guest list under a run-in heading ("3.2. Thành phần: Khoảng 250 đại biểu, gồm:" over "- Bí thư chi bộ,
  Trưởng thôn; đại biểu⏎HĐND xã; …"): the guests, no body charged, as under "3.2. Thành phần" alone (a49-06; obl50t).
"""

from test_obligations_obl50t import _obligations  # who → its deadline's day (date, else latest)

UBND_HEAD = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nBAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN\n\nSố: 07/KH-BCĐ\n\n"
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nAn Phú, ngày 05 tháng 01 năm 2036\n\n"
             "KẾ HOẠCH\n\nVận động hiến máu tình nguyện năm 2036\n\n")


ROUNDS_BODY_LAST = UBND_HEAD + """**II. CÁC ĐỢT HIẾN MÁU**

| STT | Đợt hiến máu | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động |
|---|---|---|---|---|---|
| 1 | Đợt 1 (Xuân hồng) | Chủ nhật, ngày 16/02/2036 | Hội trường xã | 120 | Đoàn Thanh niên xã; các thôn An Lạc, An Hòa |
| 2 | Đợt 2 (Hành trình Đỏ) | Thứ Bảy, ngày 18/7/2036 | Trường Tiểu học An Phú | 90 | Hội Liên hiệp Phụ nữ xã |
|  | **Cộng** |  |  | **210** |  |
"""

ROUNDS_YEAR_QUOTA = UBND_HEAD + """**III. THỜI GIAN TỔ CHỨC**

| TT | Đợt | Thời gian tổ chức | Chỉ tiêu năm 2036 (đơn vị máu) | Đơn vị phụ trách |
|---|---|---|---|---|
| 1 | Đợt 1 | Ngày 12/4/2036 | 100 | Hội Chữ thập đỏ xã |
| 2 | Đợt 2 | Ngày 09/8/2036 | 80 | Công an xã; Ban Chỉ huy quân sự xã |
"""

ROUNDS_NO_BODY = UBND_HEAD + """**III. THỜI GIAN, ĐỊA ĐIỂM**

| Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu (đơn vị máu) |
|---|---|---|---|
| Đợt 1 | Ngày 12/4/2036 | Hội trường xã | 100 |
| Đợt 2 | Ngày 09/8/2036 | Nhà văn hóa thôn An Lạc | 80 |
"""


def test_rounds_table_body_last_one_obligation_per_round():
    got = _obligations(ROUNDS_BODY_LAST)
    assert got.get("Đoàn Thanh niên xã; các thôn An Lạc, An Hòa") == "2036-02-16"
    assert got.get("Hội Liên hiệp Phụ nữ xã") == "2036-07-18"
    assert not any(w.strip("* ").isdigit() or "Cộng" in w for w in got)


def test_rounds_table_quota_year_in_brackets_is_no_body():
    got = _obligations(ROUNDS_YEAR_QUOTA)
    assert got.get("Hội Chữ thập đỏ xã") == "2036-04-12"
    assert got.get("Công an xã; Ban Chỉ huy quân sự xã") == "2036-08-09"


def test_rounds_table_without_body_column_charges_nobody():
    assert _obligations(ROUNDS_NO_BODY) == {}


DU_HEAD = ("ĐẢNG BỘ XÃ PHÚ MỸ\nỦY BAN KIỂM TRA\n\nSố 09-KH/UBKT\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
           "Phú Mỹ, ngày 06 tháng 01 năm 2036\n\nKẾ HOẠCH\n\nKiểm tra, giám sát năm 2036\n\n")

INSPECTIONS = DU_HEAD + """**II. NỘI DUNG**

| STT | Đối tượng | Nội dung | Thời gian | Đơn vị chủ trì / thành phần |
|---|---|---|---|---|
| 1 | Chi bộ thôn Phú Hòa | Kiểm tra việc thực hiện nghị quyết chi bộ năm 2035 | Tháng 4/2036 | Ủy ban Kiểm tra Đảng ủy chủ trì; mời Ban Xây dựng Đảng tham gia |
| 2 | Chi bộ Trường Tiểu học Phú Mỹ | Kiểm tra việc thu, nộp đảng phí | Quý III/2036 | Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra chủ trì, phối hợp Văn phòng Đảng ủy |
| 3 | Chi bộ Trạm Y tế xã | Giám sát việc rèn luyện đạo đức, lối sống của đảng viên | Tháng 10/2036 | Cán bộ kiểm tra phụ trách địa bàn chủ trì |
"""

TIMETABLE = UBND_HEAD.replace("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN", "BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN ĐOÀN KẾT") \
    .replace("Vận động hiến máu tình nguyện năm 2036", "Xây dựng đời sống văn hóa năm 2036") + """**2. Thời gian bình xét**

| Bước | Nội dung | Thời gian | Đơn vị thực hiện |
|---|---|---|---|
| Đăng ký | Các hộ đăng ký danh hiệu "Gia đình văn hóa" | Trước ngày 31/3/2036 | Trưởng các thôn |
| Công nhận | Chủ tịch UBND xã ký quyết định công nhận, tặng giấy khen | Trước ngày 18/12/2036 | Công chức Văn hóa - xã hội tham mưu |
| Phê duyệt | Chủ tịch UBND xã phê duyệt danh sách hộ đạt danh hiệu | Trước ngày 22/12/2036 | Chủ tịch UBND xã; công chức Tư pháp - Hộ tịch tham mưu |
"""


def test_inspection_rows_name_their_lead_alone():
    got = _obligations(INSPECTIONS)
    assert got.get("Ủy ban Kiểm tra Đảng ủy") == "2036-04-30"
    assert got.get("Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra") == "2036-09-30"
    assert got.get("Cán bộ kiểm tra phụ trách địa bàn") == "2036-10-31"
    assert not any("mời" in w or "phối hợp" in w for w in got)


def test_timetable_row_advising_an_award_is_the_advisers_dated_task():
    got = _obligations(TIMETABLE)
    assert got.get("Trưởng các thôn") == "2036-03-31"
    assert got.get("Công chức Văn hóa - xã hội") == "2036-12-18"
    # the adviser named after the body in charge (t50-10): the first clause's body is the row's
    assert not any("công chức Tư pháp" in w for w in got)


DECISION = ("ỦY BAN NHÂN DÂN\nXÃ TÂN AN\n\nSố: 52/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Tân An, ngày 02 tháng 3 năm 2036\n\nQUYẾT ĐỊNH\n\nVề việc phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch "
            "và Ủy viên Ủy ban nhân dân xã\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN AN\n\nQUYẾT ĐỊNH:\n\n"
            "**Điều 1.** Phân công nhiệm vụ như sau:\n\n**1. Ông Võ Minh Khoa - Phó Chủ tịch Ủy ban nhân dân xã**\n\n"
            "Giúp Chủ tịch chỉ đạo lĩnh vực kinh tế, đất đai, xây dựng; theo dõi các thôn Tân Hòa, Tân Phú.\n\n"
            "**Điều 2.** Khi Chủ tịch đi công tác, Phó Chủ tịch phụ trách kinh tế được ủy quyền điều hành công việc chung. "
            "Khi Phó Chủ tịch phụ trách kinh tế vắng mặt, Phó Chủ tịch phụ trách văn hóa - xã hội "
            "giải quyết công việc thay và báo cáo lại khi người vắng mặt trở lại. Các Ủy viên Ủy ban nhân dân xã báo cáo "
            "kết quả thực hiện nhiệm vụ được phân công trước ngày 25 hằng tháng.\n\n"
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.\n")


def test_stand_in_rule_is_no_task_the_duty_after_it_stays():
    got = _obligations(DECISION)
    assert not any("văn hóa - xã hội" in w for w in got)
    assert "Các Ủy viên Ủy ban nhân dân xã" in got


POLICE = ("CÔNG AN HUYỆN SƠN HÀ\nCÔNG AN XÃ SƠN LONG\n\nSố: 118/KH-CAX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
          "Sơn Long, ngày 04 tháng 8 năm 2036\n\nKẾ HOẠCH\n\nTổng kiểm tra cư trú trên địa bàn xã\n\n"
          "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Công an viên phụ trách thôn**\n\n"
          "Phối hợp rà soát nhân khẩu thường trú, tạm trú tại từng hộ; báo cáo kết quả trước ngày 30/8/2036.\n\n"
          "**2. Thôn trưởng các thôn**\n\n- Thông báo lịch kiểm tra tại cuộc họp thôn.\n\n"
          "- Bố trí người dẫn đường cho tổ kiểm tra; vận động Nhân dân khai báo đầy đủ.\n")


def test_village_head_in_the_older_word_order_heads_its_duties():
    got = _obligations(POLICE)
    assert "Thôn trưởng các thôn" in got
    assert got.get("Công an viên phụ trách thôn") == "2036-08-30"


MODEL_VILLAGES = UBND_HEAD.replace("Vận động hiến máu tình nguyện năm 2036", "Xây dựng khu dân cư kiểu mẫu năm 2036") + (
    "**2. Nội dung cụ thể**\n\n- **Thôn Trung Hòa** (186 hộ): chỉnh trang 1,8 km đường trục thôn; xây dựng 12 vườn mẫu.\n\n"
    "- **Thôn Yên Lạc** (142 hộ): lắp đặt 40 bóng đèn chiếu sáng.\n\n**3. Nguồn lực**\n\n"
    "| Nguồn | Thôn Trung Hòa | Thôn Yên Lạc | Cộng |\n|---|---|---|---|\n"
    "| Ngân sách xã (triệu đồng) | 300 | 250 | 550 |\n| Nhân dân đóng góp (triệu đồng) | 900 | 800 | 1.700 |\n\n"
    "**4. Tổ chức thực hiện**\n\n"
    "Ban Phát triển thôn Trung Hòa, thôn Yên Lạc báo cáo kết quả về UBND xã trước ngày 25/11/2036.\n")


def test_a_village_named_trung_is_no_village_head():
    # "thôn Trung Hòa" is not "thôn trưởng" read loosely (a40-09: its table "| Nguồn | Thôn Trung Hòa | …" gave a body)
    from vanban.extract.patterns import ORG_HEAD_RE
    assert ORG_HEAD_RE.match("thon trung hoa") is None and ORG_HEAD_RE.match("thon truong cac thon") is not None
    got = _obligations(MODEL_VILLAGES)
    assert not any(w.startswith("Thôn Trung Hòa") or w.startswith("Thôn Yên Lạc") for w in got)
    assert got.get("Ban Phát triển thôn Trung Hòa, thôn Yên Lạc") == "2036-11-25"


EVENT = ("ĐẢNG BỘ HUYỆN TÂN KỲ\nĐẢNG ỦY XÃ TÂN HƯƠNG\n\nSố 31-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
         "Tân Hương, ngày 12 tháng 6 năm 2036\n\nKẾ HOẠCH\n\nTổ chức Lễ kỷ niệm 60 năm thành lập xã\n\n"
         "**3. Tổ chức buổi lễ**\n\n**3.1. Thời gian, địa điểm:** 8 giờ 00, ngày 20/8/2036, tại Hội trường xã.\n\n"
         "**3.2. Thành phần:** Khoảng 200 đại biểu, gồm:\n\n"
         "- Đại biểu Huyện ủy, HĐND, UBND huyện (mời).\n\n"
         "- Đồng chí Ủy viên Ban Chấp hành Đảng bộ xã; Bí thư chi bộ, Trưởng xóm; đại biểu\n"
         "HĐND xã; đại diện các doanh nghiệp trên địa bàn.\n\n"
         "**4. Phân công**\n\nVăn phòng Đảng ủy chuẩn bị giấy mời, gửi đại biểu trước ngày 10/8/2036.\n")


def test_run_in_guest_heading_charges_no_guest():
    got = _obligations(EVENT)
    assert got.get("Văn phòng Đảng ủy") == "2036-08-10"
    assert not any("Bí thư chi bộ" in w or "đại biểu" in w.lower() for w in got)
