"""Obligation kinds of session 43 (obl43b): who is charged, read by the grammar of the kind.

Kinds: a schedule of meetings by turns whose topic column is the row's task and whose "Người chủ trì" names who holds
it (one obligation per row); a task table's time cell that sends to a section ("Theo Mục III") takes that section's
earliest date; a form sent in ("Bản đăng ký …, gửi về …") names no body; a payment or keeping verb ("chi trả hỗ trợ",
"bảo quản") ends the body before it; a police station's team named by its work ("Đội Tổng hợp Công an xã:") is a body.
The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.extract import subjects as S


def _doc(head: str, body: str, sign: str = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n") -> dict:
    return extraction_to_json(extract(head + body + "\n\n" + sign))


_PARTY = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH LONG\nSố 14-KH/ĐU\nThạch Long, ngày 10 tháng 3 năm 2032\n\n"
          "KẾ HOẠCH\nsinh hoạt chuyên đề với cán bộ, hội viên năm 2032\n\n"
          "Căn cứ chương trình công tác năm 2032, Đảng ủy xã đề ra các việc sau:\n\n")


def test_a_schedule_of_meetings_by_topic_charges_whoever_chairs_each_row():
    body = ("I. LỊCH SINH HOẠT CHUYÊN ĐỀ\n\n"
            "| Thời gian | Chuyên đề | Nơi tổ chức | Người chủ trì | Người dự |\n"
            "|---|---|---|---|---|\n"
            "| Tháng 5/2032 | Xây dựng nông thôn mới kiểu mẫu | Hội trường Đảng ủy | Phó Bí thư Thường trực Đảng ủy | "
            "Bí thư chi bộ các thôn |\n"
            "| Tháng 9/2032 | Chuyển đổi số trong thủ tục hành chính | Nhà văn hóa thôn 3 | Chủ tịch UBND xã | "
            "Cán bộ, công chức xã |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng Đảng ủy chuẩn bị tài liệu, báo cáo Thường trực Đảng ủy trước ngày 20/4/2032.\n")
    got = _doc(_PARTY, body, "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHồ Văn Minh\n")["obligations"]
    rows = [(o["who"], o["what"], (o["deadline"] or {}).get("latest")) for o in got]
    chair = [r for r in rows if r[0] == "Chủ tịch UBND xã"]
    deputy = [r for r in rows if r[0] == "Phó Bí thư Thường trực Đảng ủy"]
    assert chair and deputy, rows
    assert "Chuyển đổi số" in chair[0][1] and chair[0][2] == "2032-09-30", chair
    assert "nông thôn mới" in deputy[0][1] and deputy[0][2] == "2032-05-31", deputy


_COMMUNE = ("ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 51/KH-UBND\nAn Hòa, ngày 02 tháng 6 năm 2032\n\n"
            "KẾ HOẠCH\nTổ chức Hội thi tiếng hát karaoke các thôn năm 2032\n\n")


def test_a_time_cell_that_sends_to_a_section_takes_its_earliest_date():
    body = ("I. THỜI GIAN ĐĂNG KÝ\n\n"
            "- Các đơn vị gửi phiếu dự thi về Văn phòng HĐND và UBND xã trước ngày 25/6/2032.\n\n"
            "- Bốc thăm thứ tự biểu diễn chậm nhất ngày 05/7/2032.\n\n"
            "II. PHÂN CÔNG\n\n"
            "| STT | Việc cần làm | Bộ phận chủ trì | Bộ phận cùng làm, phối hợp | Hạn hoàn thành |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Chuẩn bị sân khấu, âm thanh | Trung tâm Văn hóa xã | Các thôn | Trước ngày 10/7/2032 |\n"
            "| 2 | Chọn ca sĩ, luyện tập và đăng ký dự thi | Các thôn, khu dân cư | Đoàn Thanh niên xã | Theo mục I |\n")
    got = _doc(_COMMUNE, body)["obligations"]
    thon = [o for o in got if o["who"].startswith("Các thôn")]
    assert thon and thon[0]["deadline"] and thon[0]["deadline"]["date"] == "2032-06-25", thon


def test_a_form_sent_in_names_no_body():
    body = ("I. NỘI DUNG\n\n"
            "1. Trung tâm Văn hóa xã chủ trì tổ chức Hội thi trước ngày 30/7/2032.\n\n"
            "PHỤ LỤC\n\nPHIẾU ĐĂNG KÝ DỰ THI\n\n"
            "Bản đăng ký có chữ ký của Trưởng thôn, nộp tại Văn phòng HĐND và UBND xã trước ngày 25/6/2032.\n")
    got = _doc(_COMMUNE, body)["obligations"]
    assert not any(o["who"].startswith("Bản ") for o in got), [o["who"] for o in got]


def test_a_payment_or_keeping_verb_ends_the_body_before_it():
    assert S.actor("UBND phường chi trả hỗ trợ cho các hộ trong 07 ngày làm việc")[0] == "UBND phường"
    assert S.actor("Ban Chỉ huy quân sự xã bảo quản tạm thời số vũ khí thu được")[0] == "Ban Chỉ huy quân sự xã"
    # a payer named by its role keeps its noun: no body is read before "chi trả"
    assert S.actor("Đơn vị chi trả có trách nhiệm lập danh sách")[0] != "Đơn vị"


def test_a_police_team_named_by_its_work_is_a_body():
    head = ("CÔNG AN TỈNH NGHỆ AN\nCÔNG AN XÃ HƯNG LỢI\nSố: 40/KH-CAX\nHưng Lợi, ngày 12 tháng 4 năm 2032\n\n"
            "KẾ HOẠCH\nTuyên truyền phòng, chống ma túy năm 2032\n\n")
    body = ("I. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Đội Tổng hợp Công an xã: soạn tài liệu tuyên truyền, xong trước ngày 05/5/2032; theo dõi, tổng hợp kết "
            "quả.\n\n"
            "2. Công an viên phụ trách thôn: tổ chức ký cam kết với các hộ trước ngày 31/5/2032.\n")
    got = _doc(head, body, "KT. TRƯỞNG CÔNG AN XÃ\nPHÓ TRƯỞNG CÔNG AN XÃ\nLê Văn Tâm\n")["obligations"]
    team = [o for o in got if o["who"] == "Đội Tổng hợp Công an xã"]
    assert team and any((o["deadline"] or {}).get("date") == "2032-05-05" for o in team), [o["who"] for o in got]


def test_a_heading_of_form_and_targets_sets_figures_not_tasks():
    body = ("I. HÌNH THỨC, CHỈ TIÊU\n\n"
            "- Hình thức: hội nghị tại hội trường xã kết hợp trực tuyến.\n\n"
            "- Chủ tịch UBND xã chủ trì ít nhất 04 cuộc tiếp xúc với thanh niên trong năm; mỗi Bí thư chi đoàn tổ "
            "chức ít nhất 02 buổi sinh hoạt chuyên đề.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng HĐND và UBND xã chuẩn bị hội trường, tài liệu trước ngày 15/7/2032.\n")
    got = _doc(_COMMUNE, body)["obligations"]
    whos = [o["who"] for o in got]
    assert not any("Chủ tịch" in w or "Bí thư" in w for w in whos), whos
    assert any(w.startswith("Văn phòng HĐND") for w in whos), whos


def test_a_commune_water_supply_station_is_a_body():
    body = ("I. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Trạm Cấp nước xã An Hòa\n\n"
            "- Sửa chữa đường ống chính qua thôn 4, xong trước ngày 30/8/2032.\n\n"
            "- Cấp nước sạch ổn định trong mùa khô.\n")
    got = _doc(_COMMUNE, body)["obligations"]
    st = [o for o in got if o["who"].startswith("Trạm Cấp nước")]
    assert st and any((o["deadline"] or {}).get("date") == "2032-08-30" for o in st), [o["who"] for o in got]
