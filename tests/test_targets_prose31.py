"""Targets in prose: kinds read from authored29's misses after it was spent (session 31, tgt31b).

Each text below is written for these tests in the style of a commune's report, a ward's budget resolution and a plan's
tasks, not copied from the labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md``
(bounds: "ít nhất" / "từ … trở lên" → min, "không quá" / "trong thời hạn" → max; an exact figure → min = max; results
already reached and requests are no targets; relative time limits are targets).
"""

from __future__ import annotations

from vanban.extract import extract

_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Phúc\n"


def _ext(head: str, body: str):
    return extract(head + body + _TAIL)


def _t(head: str, body: str):
    return [(t.min, t.max, t.unit) for t in _ext(head, body).targets]


# --- a Báo cáo whose "Phần" parts group its roman parts -------------------------------------------------------------

_REPORT_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 05/BC-UBND\nHòa Bình, ngày 10 tháng 12 năm 2026\n\nBÁO CÁO\n"
                "Kết quả thực hiện nhiệm vụ năm 2026; phương hướng, nhiệm vụ năm 2027\n\n")
_REPORT = (
    "Phần I\n\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\n\n1. Về văn hóa - xã hội\n\n"
    "- Tạo việc làm mới cho 310 lao động.\n\n- 10/12 ấp được công nhận danh hiệu ấp văn hóa.\n\n"
    "Phần II\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ, CHỈ TIÊU NĂM 2027\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
    "1. Tạo việc làm mới cho 350 lao động.\n\n"
    "2. Có thêm 02 trạm y tế đạt chuẩn; 12/12 ấp đạt danh hiệu ấp văn hóa.\n\n"
    "II. KIẾN NGHỊ\n\n"
    "1. Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí nâng cấp đường liên ấp để bảo đảm nhựa hóa đạt 100% đường "
    "liên ấp.\n\n"
)


def test_a_report_parts_targets_list_is_read_under_its_part_heading():
    got = _t(_REPORT_HEAD, _REPORT)
    assert (350, 350, "lao động") in got and (2, 2, "trạm") in got  # (the unit list's "trạm": the stations counted)
    assert (12, 12, "ấp") in got  # every one of the 12 ấp: a count, not the share 1.0
    assert (310, 310, "lao động") not in got and (10, 10, "ấp") not in got  # last year's results
    assert (100, 100, "%") in got  # the rate a request sets out to reach
    jobs = next(t for t in _ext(_REPORT_HEAD, _REPORT).targets if t.unit == "lao động")
    assert jobs.period == "năm 2027"  # the "Phần II" heading's year, not the title's first one


# --- a count over the whole it is out of ----------------------------------------------------------------------------

_PLAN_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 12/KH-UBND\nTân An, ngày 06 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
              "Thực hiện phong trào thi đua năm 2027\n\n")


def test_a_count_over_its_whole_counts_the_things_a_small_fraction_stays_a_share():
    got = _t(_PLAN_HEAD, "II. CHỈ TIÊU\n\n1. Phấn đấu có ít nhất 15/18 khu phố đạt danh hiệu khu phố văn hóa.\n\n"
                         "2. Hội nghị phải có ít nhất 2/3 thành viên tham dự.\n")
    assert (15, None, "khu phố") in got
    assert any(lo is not None and abs(lo - 2 / 3) < 1e-6 for lo, hi, unit in got)


# --- a relative time limit from the issue day ----------------------------------------------------------------------

def test_a_limit_counted_from_the_signing_day_is_a_target_and_a_deadline():
    ext = _ext(_PLAN_HEAD, "III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Ủy ban nhân dân phường xây dựng quy chế phối hợp "
                           "trong thời hạn 20 ngày kể từ ngày ký Kế hoạch này.\n")
    assert [(t.min, t.max, t.unit) for t in ext.targets] == [(None, 20, "ngày")]
    assert "2027-01-26" in [d.date for d in ext.deadlines]


# --- a budget resolution's sums -------------------------------------------------------------------------------------

_NQ_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nXÃ AN PHÚ\nSố: 03/NQ-HĐND\nAn Phú, ngày 05 tháng 01 năm 2027\n\nNGHỊ QUYẾT\n"
            "Về dự toán ngân sách xã và kế hoạch đầu tư công năm 2027\n\nQUYẾT NGHỊ:\n\n")
_NQ = (
    "Điều 1. Dự toán ngân sách xã năm 2027\n\n"
    "1. Tổng thu ngân sách xã: 62.300 triệu đồng (bao gồm thu tiền thuê đất 4.500 triệu đồng).\n\n"
    "2. Tổng chi ngân sách xã: 62.300 triệu đồng, gồm:\n\n"
    "a) Chi thường xuyên: 41.800 triệu đồng, trong đó chi sự nghiệp y tế 3.260 triệu đồng, chi sự nghiệp văn hóa "
    "1.940 triệu đồng;\n\n"
    "b) Dự phòng ngân sách: 1.150 triệu đồng, bằng khoảng 1,8% tổng chi ngân sách xã.\n\n"
    "Điều 2. Kế hoạch đầu tư công năm 2027\n\n"
    "1. Tổng kế hoạch vốn đầu tư công năm 2027 của xã là 19.350 triệu đồng, trong đó nguồn bổ sung có mục tiêu từ "
    "ngân sách tỉnh 4.500 triệu đồng.\n\n"
)


def test_a_budget_resolutions_sums_and_their_parts_are_targets_its_rough_share_is_not():
    got = _t(_NQ_HEAD, _NQ)
    for amount in (62300, 4500, 41800, 3260, 1940, 1150, 19350):
        assert (amount, amount, "triệu đồng") in got, amount
    assert got.count((4500, 4500, "triệu đồng")) == 2  # the land rent and the earmarked transfer: two sums
    assert not [x for x in got if x[2] == "%"]  # "bằng khoảng 1,8%": the reserve again, roughly, as a share


def test_a_budget_resolutions_sums_read_across_wrapped_lines():
    # a scan's or a legacy OCR's lines wrap inside a paragraph: the sums are read as in the clean text
    wrapped = _NQ.replace("chi sự nghiệp y tế ", "chi sự nghiệp y tế\n").replace("bổ sung có mục tiêu", "bổ sung có\nmục tiêu")
    got = _t(_NQ_HEAD, wrapped)
    for amount in (3260, 1940, 19350):
        assert (amount, amount, "triệu đồng") in got, amount
    assert got.count((4500, 4500, "triệu đồng")) == 2


def test_a_notices_running_total_is_no_budget_decision():
    got = _t(_PLAN_HEAD.replace("KẾ HOẠCH", "THÔNG BÁO"), "Tổng kế hoạch vốn năm 2027 của phường là 900 tỷ đồng. "
                                                          "Các phòng chuyên môn theo dõi việc giải ngân.\n")
    assert got == []


# --- a task's amount due by its own time ----------------------------------------------------------------------------

_NQ_CB_HEAD = ("ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ ẤP 3\nSố: 07-NQ/CB\nẤp 3, ngày 04 tháng 01 năm 2027\n\nNGHỊ QUYẾT\n"
               "Về lãnh đạo thực hiện nhiệm vụ quý I năm 2027\n\n")


def test_works_due_by_the_clauses_time_are_targets():
    got = _t(_NQ_CB_HEAD, "1. Nhiệm vụ\n\n- Vận động nhân dân ra quân làm thủy lợi; nạo vét 3,5 km kênh tiêu nội đồng "
                          "trước ngày 30/4/2027.\n\n- Chỉ đạo hoàn thành chuyển đổi 40 ha đất lúa kém hiệu quả sang "
                          "trồng rau màu trong năm 2027.\n")
    assert (3.5, 3.5, "km") in got
    assert any(lo == hi == 40 and unit.startswith("ha") for lo, hi, unit in got)


def test_occasions_held_within_a_period_and_a_backlog_to_settle_are_targets():
    got = _t(_PLAN_HEAD, "II. NHIỆM VỤ\n\n1. Diễn tập phương án phòng cháy cấp phường 02 lần trong quý III/2027.\n\n"
                         "2. Phòng Kinh tế hoàn thành xử lý 15 trường hợp lấn chiếm tồn đọng chậm nhất ngày "
                         "31/8/2027.\n\n3. Ban quản lý dự án hoàn thành di dời 12 hộ dân ra khỏi hành lang an toàn "
                         "chậm nhất ngày 30/9/2027.\n\n4. Thời gian thi vòng 2 dự kiến trong tháng 6/2027.\n")
    assert (2, 2, "lần") in got and (15, 15, "trường hợp") in got
    assert not [x for x in got if x[0] in (12, 2) and x[2] != "lần"]  # households moved, a round's number: no quota


def test_a_count_listed_beside_a_floor_is_a_quota():
    got = _t(_PLAN_HEAD, "II. NỘI DUNG\n\nỦy ban MTTQ phường chủ trì tổ chức 04 cuộc kiểm tra chuyên đề và ít nhất 03 "
                         "hội nghị đối thoại với nhân dân.\n")
    assert (4, 4, "cuộc") in got and any(lo == 3 and hi is None for lo, hi, unit in got)


# --- units: activities per year, people per 100.000 -----------------------------------------------------------------

def test_activities_each_year_and_people_per_base():
    got = _t(_PLAN_HEAD, "II. MỤC TIÊU\n\na) 100% chi đoàn tổ chức ít nhất 03 hoạt động văn hóa, thể thao cho thanh "
                         "niên mỗi năm.\n\nb) Kiềm chế tỷ lệ người mắc lao mới không quá 50/100.000 dân.\n")
    assert (3, None, "hoạt động/năm") in got
    assert (None, 50, "người/100.000 dân") in got


# --- a case's threshold ---------------------------------------------------------------------------------------------

def test_a_cases_from_upward_threshold_is_a_floor():
    got = _t(_NQ_CB_HEAD, "2. Quy định\n\nTrường hợp đảng viên vắng sinh hoạt từ 03 kỳ trở lên trong năm, chi ủy xem "
                          "xét, báo cáo Đảng ủy xã.\n")
    assert (3, None, "kỳ") in got
    lost_from = _t(_NQ_CB_HEAD, "2. Quy định\n\nTrường hợp đảng viên vắng sinh hoạt\n\n03 kỳ trở lên trong năm, chi ủy "
                                "xem xét, báo cáo Đảng ủy xã.\n")
    assert (3, None, "kỳ") in lost_from  # legacy OCR lost the "từ": "03 kỳ trở lên" is the same floor
