"""Obligation kinds authored48 missed (session 50, obl50), each tested on forms written here.

Kinds:

* a table whose body column is named by the service its units render ("Đơn vị thu gom", "Đơn vị vận chuyển", "Đơn
  vị thi công") with no column saying a task: a schedule of that service (route, place, frequency, hours), its rows no
  obligations — the plan charges the providers in its own words (a48-05, t48-05: both authors; a column "Đơn vị thực
  hiện", "Đơn vị chủ trì", "Cơ quan phụ trách" still charges each row, 16, 56 and 2 tables of the older sets);
* the personnel part of a congress plan ("III. CÔNG TÁC NHÂN SỰ", "CÔNG TÁC NHÂN SỰ CHI ỦY", "4. Công tác nhân sự"):
  the size, make-up, age and standards of the committee to be elected are rules on who may be elected, no body's task
  (a48-06, t48-06); a named body's dated task inside it stays one (a30-06, t30-06, t40-01: the Tiểu ban Nhân sự's);
* a Quy chế làm việc's meeting rule whose line wrap made its first line a heading ("3. Thường trực Đảng ủy giao ban
  hằng tuần; giao ban với Thường trực⏎Hội đồng nhân dân, …"): "giao ban" never ends a body's name, and the committee's
  meeting is no task (a30-03, t22-09, a48-07, t48-07 label none); the duties of each role stay obligations (the
  majority of the Quy chế in the sets: a30-03, t48-07, a47-07, t47-07, a45-08, t45-08 … against a48-07 alone);
* a bare kind of unit in small letters as a clause's subject ("Chậm nhất 15 ngày trước ngày đại hội, chi bộ gửi …"):
  a procedure's rule for any unit of that kind, no body named (a48-06; no labelled who in the sets is such a noun).

The documents below are written for these tests in the style of a xã's plan (no sentence of a gold set).
"""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract


def _pairs(text):
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


_SIGN = signature("Hoàng Văn Lực", recipients=("UBND tỉnh (b/c)", "Lưu: VT"))


def _head(title: str, date=(12, 10, 2034)) -> str:
    return doc_head(issuer="XÃ TÂN HÒA", number=96, date=date, title=title)


# --- a service's schedule: its providers' rows are no obligations ------------------------------------------------------

_ROUTES = _head("Thu gom, vận chuyển chất thải rắn sinh hoạt trên địa bàn xã năm 2035") + """I. MỤC TIÊU

Thu gom 100% chất thải rắn sinh hoạt tại các khu dân cư tập trung.

II. LỊCH THU GOM

| TT | Khu vực | Điểm tập kết | Tần suất | Đơn vị vận chuyển | Thời gian thu gom |
|---|---|---|---|---|---|
| 1 | Ấp Tân Phú | Cổng chợ Tân Phú | Hằng ngày | Công ty Cổ phần Công trình đô thị Tân Hòa | 15 giờ 00 - 17 giờ 00 |
| 2 | Ấp Bình An | Nhà văn hóa ấp Bình An | 02 lần/tuần (thứ Ba, thứ Sáu) | Tổ thu gom ấp Bình An | 06 giờ 00 - 07 giờ 30 |
| 3 | Ấp Long Thạnh | Ngã ba Long Thạnh | 02 lần/tuần (thứ Tư, thứ Bảy) | Tổ thu gom ấp Long Thạnh | 06 giờ 00 - 07 giờ 30 |

III. TỔ CHỨC THỰC HIỆN

1. Công chức Nông nghiệp - Môi trường

Theo dõi việc thu gom theo lịch tại mục II; tổng hợp, báo cáo kết quả trước ngày 15/12/2034.

2. Công ty Cổ phần Công trình đô thị Tân Hòa và các tổ thu gom

Thu gom đúng giờ, đúng điểm; không để rác tồn đọng qua ngày.
""" + _SIGN


def test_a_service_schedule_charges_no_row():
    pairs = _pairs(_ROUTES)
    assert ("Công chức Nông nghiệp - Môi trường", "2034-12-15") in pairs
    assert all(w not in ("Công ty Cổ phần Công trình đô thị Tân Hòa", "Tổ thu gom ấp Bình An",
                         "Tổ thu gom ấp Long Thạnh") for w, _ in pairs)


_CONTRACTORS = _head("Duy tu, sửa chữa đường giao thông nông thôn năm 2035") + """I. LỊCH DUY TU

| STT | Tuyến đường | Chiều dài (m) | Đơn vị thi công | Thời gian thi công |
|---|---|---|---|---|
| 1 | Đường trục ấp Tân Phú | 850 | Công ty TNHH Xây dựng Phú Thịnh | Tháng 3/2035 |
| 2 | Đường liên ấp Bình An - Long Thạnh | 1.200 | Công ty TNHH Xây dựng Phú Thịnh | Tháng 4/2035 |

II. TỔ CHỨC THỰC HIỆN

Giao Phòng Kinh tế giám sát chất lượng thi công, nghiệm thu công trình trước ngày 30/5/2035.
""" + _SIGN


def test_a_contractor_column_is_no_row_body():
    pairs = _pairs(_CONTRACTORS)
    assert ("Phòng Kinh tế", "2035-05-30") in pairs
    assert not any(w == "Công ty TNHH Xây dựng Phú Thịnh" for w, _ in pairs)


_TASKS = _head("Vệ sinh môi trường các tuyến kênh năm 2035") + """I. NHIỆM VỤ

| TT | Nội dung | Đơn vị thu gom | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Vớt rác, lục bình trên kênh Ba Thước | Tổ thu gom ấp Tân Phú | Trước ngày 30/11/2034 |
| 2 | Dọn dẹp bờ kênh Xẻo Sao | Tổ thu gom ấp Bình An | Trước ngày 15/12/2034 |
""" + _SIGN


def test_a_service_column_beside_a_task_column_still_charges_each_row():
    pairs = _pairs(_TASKS)
    assert ("Tổ thu gom ấp Tân Phú", "2034-11-30") in pairs
    assert ("Tổ thu gom ấp Bình An", "2034-12-15") in pairs


_DOERS = _head("Phân loại rác tại nguồn năm 2035") + """I. NHIỆM VỤ

| TT | Ấp | Tần suất | Đơn vị thực hiện | Thời gian |
|---|---|---|---|---|
| 1 | Ấp Tân Phú | 01 lần/tuần | Chi hội Phụ nữ ấp Tân Phú | Trước ngày 31/12/2034 |
| 2 | Ấp Bình An | 01 lần/tuần | Chi đoàn ấp Bình An | Trước ngày 31/12/2034 |
""" + _SIGN


def test_a_doer_column_of_a_schedule_still_charges_each_row():
    pairs = _pairs(_DOERS)
    assert ("Chi hội Phụ nữ ấp Tân Phú", "2034-12-31") in pairs
    assert ("Chi đoàn ấp Bình An", "2034-12-31") in pairs


# --- the personnel part of a congress plan: rules on who may be elected ------------------------------------------------

_CONGRESS = doc_head(issuer="ĐẢNG ỦY XÃ TÂN HÒA", party=True, number=58, date=(3, 11, 2034),
                     title="Tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2035 - 2037") + """I. MỤC ĐÍCH, YÊU CẦU

Đại hội chi bộ được tổ chức đúng Điều lệ Đảng, dân chủ, tiết kiệm.

II. CÔNG TÁC NHÂN SỰ CHI ỦY

1. Cơ cấu

- Chi ủy chi bộ ấp có đại diện Trưởng ấp hoặc Trưởng ban công tác Mặt trận ấp; phấn đấu bí thư chi bộ ấp đồng thời là trưởng ấp.

- Đối với chi bộ trường học: người tham gia chi ủy lần đầu phải còn đủ tuổi công tác ít nhất 30 tháng.

2. Quy trình

Ban Xây dựng Đảng hướng dẫn các chi bộ quy trình giới thiệu nhân sự, hoàn thành trước ngày 30/11/2034.

III. TỔ CHỨC THỰC HIỆN

1. Văn phòng Đảng ủy

Bảo đảm kinh phí, cơ sở vật chất phục vụ đại hội.

2. Các chi bộ trực thuộc

Tổ chức đại hội xong trước ngày 31/3/2035; gửi hồ sơ đại hội về Văn phòng Đảng ủy.

Chậm nhất 10 ngày trước ngày đại hội, chi bộ gửi dự thảo báo cáo chính trị về Ban Xây dựng Đảng để thẩm định.
""" + signature("Lâm Văn Tư", party=True, recipients=("Lưu: VP",))


def test_the_personnel_part_of_a_congress_plan_charges_only_its_dated_task():
    pairs = _pairs(_CONGRESS)
    assert ("Ban Xây dựng Đảng", "2034-11-30") in pairs
    assert ("Văn phòng Đảng ủy", None) in pairs
    assert ("Các chi bộ trực thuộc", "2035-03-31") in pairs
    assert len(pairs) == 3


# --- a Quy chế làm việc's meeting rule read as a heading -----------------------------------------------------------------

_RULES = doc_head(issuer="ĐẢNG ỦY XÃ TÂN HÒA", party=True, number=12, date=(9, 9, 2034), kind="QĐ",
                  title="Ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2030 - 2035") + """Điều 1. Ban Thường vụ Đảng ủy

1. Chuẩn bị nội dung các hội nghị Ban Chấp hành; chỉ đạo công tác kiểm tra, giám sát trong Đảng bộ.

2. Báo cáo Ban Chấp hành kết quả lãnh đạo giữa hai kỳ hội nghị.

Điều 2. Chế độ làm việc

1. Ban Chấp hành họp thường lệ mỗi quý một lần; họp bất thường khi cần.

2. Thường trực Đảng ủy giao ban hằng tuần; giao ban với lãnh đạo Ủy ban nhân dân xã và
Ủy ban Mặt trận Tổ quốc xã mỗi tháng một lần.

3. Văn phòng Đảng ủy tổng hợp tình hình, báo cáo Ban Thường vụ Đảng ủy trước ngày 20 hằng tháng.
""" + signature("Lâm Văn Tư", party=True, recipients=("Lưu: VP",))


def test_a_meeting_rule_read_as_a_heading_names_no_body():
    whos = [w for w, _ in _pairs(_RULES)]
    assert "Ban Thường vụ Đảng ủy" in whos
    assert "Văn phòng Đảng ủy" in whos
    assert not any("giao ban" in w for w in whos)
