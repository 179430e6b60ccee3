"""Obligations of session 17's end-of-session newcomer (its Hướng dẫn's steps, bodies that swallowed a verb, lists
of bodies wrapped over a line, a duty phrase left before the task, a Ban cán sự đảng that directs a Sở).

The texts are written for these tests in the style of a Ban Tổ chức Đảng ủy's Hướng dẫn ("Bước 1. Chuẩn bị" / its
body / "Thời gian: từ … đến …"), a Văn phòng UBND tỉnh's Công văn and a Tỉnh ủy's Chương trình hành động. The expected
bodies, tasks and dates are read from the texts (``realdocs/labeled/README.md``'s conventions), not vanban's output.
"""

from __future__ import annotations

import datetime as dt

from test_obligations_blocks16 import _obs  # who → the end of their deadline

from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.extract.task_text import without_duty_words
from vanban.text import fold

_HD = ("ĐẢNG BỘ TỈNH HÀ NAM\nĐẢNG ỦY KHỐI CƠ QUAN\nBAN TỔ CHỨC\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Số 07-HD/BTCĐU\n\nPhủ Lý, ngày 05 tháng 11 năm 2027\n\nHƯỚNG DẪN\n"
       "quy trình bầu bổ sung cấp ủy viên năm 2027\n\n"
       "Thực hiện chỉ đạo của Ban Thường vụ Đảng ủy Khối, Ban Tổ chức hướng dẫn như sau:\n\n"
       "I. CÁC BƯỚC\n\n")
_HD_TAIL = ("\nNơi nhận:\n- Các chi bộ,\n- Lưu Ban Tổ chức.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Hải\n")


def _steps(mark: str) -> str:
    return (_HD + f"{mark} 1{'.' if mark else ''} Rà soát\n"
            "Các chi ủy lập danh sách nhân sự dự kiến bầu bổ sung. Thời gian: từ ngày 10/11/2027 đến ngày 20/11/2027.\n\n"
            f"{mark} 2{'.' if mark else ''} Lấy ý kiến\n"
            "Văn phòng Đảng ủy Khối tổng hợp ý kiến của các chi bộ, xong trước ngày 05/12/2027.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác chi bộ triển khai theo hướng dẫn này.\n" + _HD_TAIL)


def test_a_guides_steps_are_numbered_parts_and_each_steps_time_line_dates_its_task():
    """"Bước 1. Rà soát" / "Các chi ủy lập danh sách … Thời gian: từ ngày 10/11/2027 đến ngày 20/11/2027.": the
    step is a numbered part whose heading is "Rà soát"; its body's task and its time line are one obligation dated
    by the end of the period; the step's name is not glued to the task."""
    doc = extract(_steps("Bước"))
    steps = [p for top in doc.structure.body for p in top.children]
    assert [(p.label, p.heading) for p in steps] == [("Bước 1.", "Rà soát"), ("Bước 2.", "Lấy ý kiến")]
    obs = {o.who: o for o in doc.obligations}
    assert obs["Các chi ủy"].deadline.latest == "2027-11-20"
    assert obs["Các chi ủy"].what.startswith("lập danh sách nhân sự")
    assert obs["Văn phòng Đảng ủy Khối"].deadline.date == "2027-12-05"
    assert obs["Văn phòng Đảng ủy Khối"].what.startswith("tổng hợp ý kiến")
    # the deadline's own task and sentence start below the step's heading line
    step2 = next(d for d in doc.deadlines if d.date == "2027-12-05")
    assert step2.span.sentence.startswith("Văn phòng Đảng ủy Khối tổng hợp")


def test_a_step_labelled_with_a_colon_is_a_part_too():
    """"Bước 2: Lấy ý kiến": the colon marks a step as the dot does."""
    text = _steps("Bước").replace("Bước 1.", "Bước 1:").replace("Bước 2.", "Bước 2:")
    doc = extract(text)
    steps = [p for top in doc.structure.body for p in top.children]
    assert [p.heading for p in steps] == ["Rà soát", "Lấy ý kiến"]
    assert _obs(text)["Văn phòng Đảng ủy Khối"] == "2027-12-05"


def test_a_step_named_for_an_assessment_still_assigns():
    """"Bước 2. Đánh giá kết quả" / "Hội đồng thi đua Khối tổng hợp …": a step's name says its act; a part headed
    "Đánh giá" elsewhere reviews past work, but a step's tasks stay obligations."""
    text = _steps("Bước").replace("Bước 2. Lấy ý kiến", "Bước 2. Đánh giá kết quả")
    assert _obs(text)["Văn phòng Đảng ủy Khối"] == "2027-12-05"


_UB = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Số: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nlàm sạch môi trường Tháng Thanh niên\n\n"
       "III. TỔ CHỨC THỰC HIỆN\n\n")
_UB_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgô Văn Sơn\n"


def test_turning_out_and_deciding_are_verbs_no_body_takes_in():
    """"Đoàn Thanh niên phường ra quân …", "Các chi bộ xét, quyết định …": "ra quân" and "xét, quyết định" open the
    task; the body's name ends before them."""
    text = _UB + ("1. Đoàn Thanh niên phường ra quân dọn rác kênh Ba Bò, hoàn thành trước ngày 26/3/2027.\n\n"
                  "2. Các chi bộ khu phố xét, quyết định danh sách hộ được hỗ trợ, gửi về Ủy ban nhân dân phường "
                  "trước ngày 10/4/2027.\n") + _UB_TAIL
    obs = {o.who: o for o in extract(text).obligations}
    assert obs["Đoàn Thanh niên phường"].what.startswith("ra quân dọn rác")
    assert obs["Đoàn Thanh niên phường"].deadline.date == "2027-03-26"
    assert obs["Các chi bộ khu phố"].what.startswith("xét, quyết định danh sách")
    assert obs["Các chi bộ khu phố"].deadline.date == "2027-04-10"


def test_a_list_of_district_kinds_wrapped_after_its_comma_ends_with_thi_xa():
    """"phối hợp với Ủy ban nhân dân các huyện, thành phố,⏎thị xã tổ chức …": "thị xã" is the list's last unit (the
    đơn vị phối hợp), the task starts at "tổ chức"; the same for a list led by the body charged."""
    text = _UB + ("1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố,\n"
                  "thị xã tổ chức phun hóa chất diệt muỗi, hoàn thành trước ngày 05/10/2027.\n\n"
                  "2. UBND các huyện, thành phố,\nthị xã tổ chức tổng vệ sinh môi trường trước ngày 12/10/2027.\n") + _UB_TAIL
    obs = extract(text).obligations
    cdc = next(o for o in obs if o.who == "Trung tâm Kiểm soát bệnh tật tỉnh")
    assert cdc.partners == "Ủy ban nhân dân các huyện, thành phố, thị xã"
    assert " ".join(cdc.what.split()).endswith("thị xã tổ chức phun hóa chất diệt muỗi")
    districts = next(o for o in obs if o.who and o.who.startswith("UBND"))
    assert " ".join(districts.who.split()) == "UBND các huyện, thành phố, thị xã"
    assert districts.what.startswith("tổ chức tổng vệ sinh")
    assert districts.deadline.date == "2027-10-12"


def test_the_duty_words_go_and_the_task_starts_at_its_verb():
    """"Tổ Văn thư có trách nhiệm lưu trữ …", "Ban Chỉ đạo⏎Có trách nhiệm kiểm tra …": the body is charged; its task
    is "lưu trữ …", "kiểm tra …". A duty without a verb after it ("chịu trách nhiệm về …") keeps its words."""
    text = _UB + ("1. Tổ Văn thư có trách nhiệm lưu trữ hồ sơ của đợt ra quân, xong trước ngày 30/4/2027.\n\n"
                  "2. Ban Chỉ đạo phường\n\nCó trách nhiệm kiểm tra việc thực hiện Kế hoạch, báo cáo Ủy ban nhân dân "
                  "quận trước ngày 05/5/2027.\n") + _UB_TAIL
    obs = {o.who: o for o in extract(text).obligations}
    assert obs["Tổ Văn thư"].what.startswith("lưu trữ hồ sơ")
    assert obs["Ban Chỉ đạo phường"].what.startswith("kiểm tra việc thực hiện")
    assert obs["Ban Chỉ đạo phường"].deadline.date == "2027-05-05"


def test_a_duty_words_without_a_verb_after_them_stay():
    """"… chịu trách nhiệm về tính chính xác …": no verb follows, the words are the duty itself."""
    assert without_duty_words("chịu trách nhiệm về tính chính xác của số liệu") == \
        "chịu trách nhiệm về tính chính xác của số liệu"
    assert without_duty_words("có trách nhiệm tổng hợp, báo cáo") == "tổng hợp, báo cáo"


_QC = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Số: 08/QĐ-UBND\n\nTân Hòa, ngày 10 tháng 01 năm 2027\n\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\n"
       "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã.\n\n"
       "Điều 2. Sổ sách và báo cáo\n\n"
       "1. Công chức Tư pháp - Hộ tịch có trách nhiệm cập nhật sổ hộ tịch, báo cáo Chủ tịch Ủy ban nhân dân xã "
       "trước ngày 20 tháng 12 hằng năm.\n")
_QC_TAIL = "\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm\n"


def test_the_phieus_task_of_a_rule_starts_at_its_verb():
    """A Quy chế's "Công chức Tư pháp - Hộ tịch có trách nhiệm cập nhật sổ hộ tịch …": the rule keeps its duty marker
    in the obligation's task (as "phải"), the phiếu's Nội dung công việc starts at the verb "cập nhật"."""
    ext = extract(_QC + _QC_TAIL)
    rows = [it for it in build_checklist(ext, dt.date(2027, 1, 15)) if it.who == "Công chức Tư pháp - Hộ tịch"]
    assert [fold(it.what)[:22] for it in rows] == ["cap nhat so ho tich, b"]
    assert rows[0].next_due == "2027-12-20"


_CTR = ("TỈNH ỦY LẠNG SƠN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 30-CTr/TU\n\nLạng Sơn, ngày 10 tháng 4 năm 2027\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\n"
        "II. NHIỆM VỤ CỤ THỂ\n\n"
        "1. Ban cán sự đảng Ủy ban nhân dân tỉnh\n"
        "- Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch chuyển đổi số, xong trước ngày 30/6/2027.\n"
        "- Chỉ đạo Sở Khoa học và Công nghệ thống kê hạ tầng số của tỉnh, báo cáo trước ngày 20 tháng 11 hằng năm.\n\n"
        "2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nTuyên truyền Nghị quyết, hoàn thành trước ngày 30/5/2027.\n")
_CTR_TAIL = ("\nNơi nhận:\n- Ban Bí thư (b/c),\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n"
             "Nông Văn Hùng\n")


def test_a_party_boards_direction_of_a_department_is_the_boards_task_with_its_own_yearly_date():
    """"1. Ban cán sự đảng Ủy ban nhân dân tỉnh" / "- Chỉ đạo Sở Khoa học và Công nghệ thống kê …, báo cáo trước ngày
    20 tháng 11 hằng năm": the Ban directs, the task is its own; the phiếu's row for it names the Ban, due 20/11 each
    year, and the JSON deadline names the Ban too (no obligation of the Sở)."""
    ext = extract(_CTR + _CTR_TAIL)
    ban = "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    assert "Sở Khoa học và Công nghệ" not in [o.who for o in ext.obligations]
    assert [o.deadline.date for o in ext.obligations if o.who == ban] == ["2027-06-30"]
    yearly = next(d for d in ext.deadlines if d.recurrence)
    assert yearly.who == ban and yearly.what.startswith("Chỉ đạo Sở Khoa học và Công nghệ thống kê")
    rows = [(it.who, fold(it.what)[:28], it.next_due or it.date) for it in build_checklist(ext, dt.date(2027, 4, 15))
            if it.who == ban]
    assert rows == [(ban, "lanh dao uy ban nhan dan tin", "2027-06-30"), (ban, "chi dao so khoa hoc va cong ", "2027-11-20")]
