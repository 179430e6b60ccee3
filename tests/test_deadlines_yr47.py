"""A target's year after its figure (issue #10 "Deadlines: not deadlines", session 47, yr47).

The kind: a task counted by a floor or a share ("ít nhất", "tối thiểu", "N%") and closed by "trong năm YYYY". The older
gold sets' authors (authored15–45, tune17–45) leave that year out 39 times and date it 19, with the same verbs on both
sides, so the majority rules: no deadline, and no deadline for the obligation that holds it. A year beside a
completion word ("hoàn thành", "đưa vào sử dụng") stays one (the labels README: "hoàn thành trong quý/năm …"), as
does a year after an inspection with no figure ("tại một số xã") or a count of inspections as a span ("từ 02 đến 03
cuộc"). Sentences written for these tests in the style of a Sở's công văn, a Sở Y tế's and a Đảng ủy's plans; the
expected values are read from the wording with the labels' conventions.
"""

from __future__ import annotations

from test_deadlines_tune21 import _years  # the year-long intervals of a text's deadlines
from vanban.extract import extract

CV = ("UBND TỈNH AN BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: 415/SVHTTDL-QLVH\nV/v tăng cường quản lý hoạt động kinh doanh dịch vụ karaoke\n\n"
      "An Bình, ngày 12 tháng 3 năm 2035\n\nKính gửi:\n\n- Ủy ban nhân dân các xã, phường;\n- Thanh tra Sở.\n\n"
      "Để tăng cường quản lý hoạt động kinh doanh dịch vụ karaoke trên địa bàn tỉnh, Sở Văn hóa, Thể thao và Du lịch "
      "đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n")
KH = ("ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ỦY XÃ HÒA AN\nSố: 27-KH/ĐU\nHòa An, ngày 08 tháng 01 năm 2036\n\n"
      "KẾ HOẠCH\nCông tác đào tạo, bồi dưỡng cán bộ năm 2036\n\n")


def test_a_place_count_within_the_year_is_no_deadline_nor_the_bodys_deadline():
    # a45-10's form: a floor of places inspected, the year closing the item
    text = CV + ("1. Giao Thanh tra Sở chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra đột xuất các cơ sở karaoke "
                 "tại các địa bàn trọng điểm; kiểm tra ít nhất 08 xã, phường trong năm 2035.\n\n2. Ủy ban nhân dân "
                 "các xã, phường báo cáo kết quả về Sở trước ngày 15/10/2035.\n")
    ext = extract(text)
    assert [d for d in ext.deadlines if (d.latest or d.date or "").startswith("2035-12-31")] == []
    assert [(ob.who, ob.deadline) for ob in ext.obligations if "Thanh tra" in ob.who] == [("Thanh tra Sở", None)]
    # the report's day in the next item stays
    assert [d.date for d in ext.deadlines if d.date] == ["2035-10-15"]


def test_a_share_trained_within_the_year_is_no_deadline():
    assert _years(KH + "II. NHIỆM VỤ\n\n1. Ban Tổ chức Đảng ủy tham mưu mở lớp bồi dưỡng; bảo đảm 100% bí thư chi bộ "
                       "được bồi dưỡng nghiệp vụ công tác đảng trong năm 2036.\n") == []


def test_an_inspection_held_at_a_floor_of_places_is_no_deadline():
    # "tổ chức kiểm tra … tại tối thiểu 20 xã": the figure outweighs the inspection's own wording (a30-04's form)
    assert _years(KH + "II. NHIỆM VỤ\n\n2. Ủy ban Kiểm tra Đảng ủy tổ chức kiểm tra việc thực hiện quy chế làm việc "
                       "tại tối thiểu 06 chi bộ trực thuộc trong năm 2036.\n") == []
    assert _years(KH + "II. NHIỆM VỤ\n\n3. Mỗi chi bộ tổ chức ít nhất 01 cuộc giám sát chuyên đề trong năm 2036.\n") == []


def test_a_year_the_work_is_finished_in_stays_a_deadline():
    # no figure: the labels README's "hoàn thành trong năm"
    assert _years(KH + "II. NHIỆM VỤ\n\n4. Văn phòng Đảng ủy hoàn thành số hóa hồ sơ đảng viên trong năm 2036.\n") \
        == [("2036-01-01", "2036-12-31")]
    # a share that finishes the work (a27-08's form: "phấn đấu 100% xã, phường hoàn thành … trong năm")
    assert _years(KH + "II. NHIỆM VỤ\n\n5. Phấn đấu 100% chi bộ hoàn thành việc cập nhật dữ liệu đảng viên vào "
                       "Cơ sở dữ liệu trong năm 2036.\n") == [("2036-01-01", "2036-12-31")]


def test_an_inspection_without_a_floor_stays_a_deadline():
    # "tại một số đảng ủy" (a19-01's form) and a span of inspections (t24-01's "từ 02 đến 03 cuộc"): no target figure
    assert _years(KH + "II. NHIỆM VỤ\n\n6. Ủy ban Kiểm tra Đảng ủy tổ chức giám sát chuyên đề việc thực hiện quy chế "
                       "dân chủ tại một số chi bộ trực thuộc trong năm 2036.\n") == [("2036-01-01", "2036-12-31")]
    assert _years(KH + "II. NHIỆM VỤ\n\n7. Ủy ban Kiểm tra Đảng ủy tiến hành từ 02 đến 03 cuộc kiểm tra việc chấp "
                       "hành Điều lệ Đảng trong năm 2036.\n") == [("2036-01-01", "2036-12-31")]
