"""Obligations: kinds authored18 showed (session 19) — a letter's points under task-titled headings, a start opening
the sentence, a condition closing with "thì", a closing formula with "đúng thời gian quy định", a report's requests.

The documents are written for these tests in the style of 2026 letters of a Đảng ủy xã and a Ban Tổ chức's Hướng dẫn
(after the kinds of a18-04, a18-08 and t18-10, not their sentences); the expected bodies and dates are those a careful
reader lists under ``realdocs/labeled/README.md``'s conventions and authored18's labels (a18-04: the addressees carry
the points that name no body; "Đề nghị đồng chí bí thư … quan tâm, chỉ đạo thực hiện …" is a formula; a18-08: a
condition is no body), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_CV = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH LẠC\n*\nSố 52-CV/ĐU\nV/v chuẩn bị đại hội chi bộ nhiệm kỳ 2027 - 2030\n\n"
       "ĐẢNG CỘNG SẢN VIỆT NAM\n\nThạch Lạc, ngày 02 tháng 12 năm 2026\n\n"
       "Kính gửi: Các chi bộ trực thuộc Đảng bộ xã.\n\n"
       "Để chuẩn bị tốt đại hội chi bộ nhiệm kỳ 2027 - 2030, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ thực hiện "
       "một số nội dung sau:\n\n")
_CV_TAIL = ("Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hòa\n")

_POINTS = ("1. Chuẩn bị văn kiện đại hội\n\n"
           "a) Các chi bộ chưa nộp đảng phí quý IV khẩn trương nộp về Văn phòng Đảng ủy trước ngày 10/12/2026.\n\n"
           "b) Rà soát kết quả thực hiện nghị quyết đại hội nhiệm kỳ trước, dự thảo báo cáo chính trị; gửi Ban Xây dựng "
           "Đảng chậm nhất ngày 20/12/2026.\n\n"
           "c) Chi bộ tự đánh giá ưu điểm, hạn chế của cấp ủy; số liệu đảng viên tính đến ngày 30/11/2026.\n\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_points_under_a_task_title_are_the_addressees_one_assignment():
    # after a point naming a body of its own, a point with no body and the point after it naming the addressee in the
    # singular ("Chi bộ tự đánh giá …", its verb opening with "tự"): one assignment of the bodies the intro asks, dated
    # by its first point
    obs = _obs(_CV + _POINTS + _CV_TAIL)
    assert obs[0][1] == "2026-12-10" and obs[1:] == [("các chi bộ", "2026-12-20")]


def test_a_start_opening_the_sentence_is_no_part_of_the_body():
    text = _CV + ("1. Chế độ thông tin tiếp theo\n\n"
                  "Kể từ tháng 01/2027, các chi bộ cập nhật danh sách đảng viên và báo cáo Văn phòng Đảng ủy trước "
                  "ngày 10 hằng tháng.\n\n"
                  "2. Trước ngày 15/12/2026, Văn phòng Đảng ủy gửi mẫu biểu cho các chi bộ.\n\n") + _CV_TAIL
    assert [w for w, _ in _obs(text)] == ["các chi bộ", "Văn phòng Đảng ủy"]


def test_a_title_ending_with_tiep_theo_is_a_heading():
    # "tiếp theo" (next) closes the title; its "theo" waits for no object as a wrapped line's "theo" does
    text = _CV + "1. Chế độ thông tin tiếp theo\n\nCác chi bộ báo cáo Văn phòng Đảng ủy hằng tháng.\n\n" + _CV_TAIL
    (item,) = structure_of_text(text).body
    assert item.heading == "Chế độ thông tin tiếp theo"


def test_a_closing_request_with_the_time_set_is_a_formula():
    text = _CV + _POINTS + ("Mẫu biểu kèm theo Công văn này được gửi qua thư điện tử của Đảng bộ xã. Đề nghị đồng chí bí "
                            "thư các chi bộ quan tâm, chỉ đạo thực hiện đúng thời gian quy định./.\n\n") + _CV_TAIL
    assert [w for w, _ in _obs(text)][1:] == ["các chi bộ"]


_HD = ("TỈNH ỦY QUẢNG TRỊ\nBAN TỔ CHỨC\n*\nSố 14-HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Quảng Trị, ngày 25 tháng 11 năm 2026\n\nHƯỚNG DẪN\nđánh giá, xếp loại chất lượng tổ chức đảng năm 2026\n\n"
       "I. MỘT SỐ LƯU Ý\n\n")
_HD_TAIL = ("II. TỔ CHỨC THỰC HIỆN\n\n1. Các đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả về Ban Tổ chức Tỉnh ủy trước "
            "ngày 15/01/2027.\n\nNơi nhận:\n- Các đảng ủy trực thuộc,\n- Lưu VP.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
            "Trần Văn Minh\n")


def test_a_condition_closing_with_thi_is_no_body():
    text = _HD + ("1. Đảng bộ có tỷ lệ tổ chức cơ sở đảng hoàn thành kiểm điểm dưới 95% thì phải tổ chức kiểm điểm bổ "
                  "sung trước khi xếp loại.\n\n") + _HD_TAIL
    assert _obs(text) == [("Các đảng ủy trực thuộc Tỉnh ủy", "2027-01-15")]


def test_a_quoted_rating_parted_from_its_consequence_by_ocr_stays_one_rule():
    # eng OCR put a blank line between the quoted rating and "thì …": the rule's condition read as a body with a task
    text = _HD + ('1. Chi bộ có từ 30% đảng viên trở lên xếp loại "Không hoàn thành\nnhiệm vụ"\n\n'
                  'thì không xếp loại "Hoàn thành xuất sắc nhiệm vụ".\n\n') + _HD_TAIL
    assert _obs(text) == [("Các đảng ủy trực thuộc Tỉnh ủy", "2027-01-15")]


_BC = ("ĐẢNG BỘ HUYỆN CAN LỘC\nĐẢNG ỦY XÃ TÙNG LỘC\n*\nSố 61-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Tùng Lộc, ngày 05 tháng 12 năm 2026\n\nBÁO CÁO\nkết quả công tác xây dựng Đảng năm 2026\n\n"
       "I. KẾT QUẢ THỰC HIỆN\n\nCác chi bộ đã tổ chức sinh hoạt đều đặn.\n\n"
       "II. KIẾN NGHỊ, ĐỀ XUẤT\n\n"
       "1. Kiến nghị Ủy ban nhân dân huyện quan tâm bố trí kinh phí sửa chữa 03 hội trường thôn.\n\n"
       "2. Đề nghị Trung tâm Chính trị huyện tăng số lớp bồi dưỡng lý luận chính trị mở tại xã.\n\n"
       "Trên đây là báo cáo kết quả công tác xây dựng Đảng năm 2026 của Đảng ủy xã Tùng Lộc./.\n\n"
       "Nơi nhận:\n- Ban Thường vụ Huyện ủy,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nPhan Văn Tâm\n")


def test_a_reports_kien_nghi_and_a_raised_count_name_the_bodies_asked():
    # the labels' convention for a Báo cáo's requests (t18-10, a18-10): each body asked is listed; the figure asked
    # for ("03 hội trường") is no target of the report
    ex = extract(_BC)
    assert [o.who for o in ex.obligations] == ["Ủy ban nhân dân huyện", "Trung tâm Chính trị huyện"]
    assert not [t for t in ex.targets if "hội trường" in t.text]


def test_the_provinces_ubnd_asked_in_a_communes_report_is_not_the_commune():
    # "Ủy ban nhân dân tỉnh" names the issuer itself only in a province's document; in a commune's report it is the
    # body above, asked
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 118/BC-UBND\n\nHòa Bình, ngày 10 tháng 12 năm 2026\n\nBÁO CÁO\nKết quả công tác cải cách hành chính "
            "năm 2026\n\nI. KẾT QUẢ\n\nỦy ban nhân dân xã đã số hóa 95% hồ sơ thủ tục hành chính.\n\nII. KIẾN NGHỊ\n\n"
            "Ủy ban nhân dân xã kính đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí nâng cấp Bộ phận một cửa.\n\n"
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hải\n")
    assert [o.who for o in extract(text).obligations] == ["Ủy ban nhân dân tỉnh"]


def test_a_rules_closing_charge_to_carry_it_out_strictly_is_no_obligation():
    # a Quy định's last article: carrying the rule out "nghiêm" and reporting problems is its closing, as authored18's
    # label of a Ban Thường vụ's Quy định says; the article that charges a body stays
    text = ("TỈNH ỦY NINH BÌNH\n*\nSố 21-QĐ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNinh Bình, ngày 18 tháng 11 năm 2026\n\n"
            "QUY ĐỊNH\nvề trách nhiệm của người đứng đầu trong công tác dân vận\n\n"
            "Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định trách nhiệm của người đứng đầu cấp ủy các cấp.\n\n"
            "Điều 2. Trách nhiệm của Ban Tuyên giáo và Dân vận Tỉnh ủy\n\nBan Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn, "
            "theo dõi việc thực hiện Quy định này; báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.\n\n"
            "Điều 3. Hiệu lực thi hành\n\nQuy định này có hiệu lực từ ngày ký. Các cấp ủy, tổ chức đảng, người đứng "
            "đầu có trách nhiệm thực hiện nghiêm Quy định này; trong quá trình thực hiện nếu có vướng mắc, kịp thời phản "
            "ánh về Ban Thường vụ Tỉnh ủy.\n\n"
            "Nơi nhận:\n- Các cấp ủy trực thuộc,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nĐinh Văn Sơn\n")
    assert [o.who for o in extract(text).obligations] == ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]


def test_a_step_titled_by_a_body_doing_its_own_review_is_no_body_name():
    # "Bước 1. Chi hội tự đánh giá" over "Các chi hội tổ chức họp …" (the kind of t19-10, a Hội LHPN's Hướng dẫn): "tự
    # đánh giá" is the step's act after the body, "Hội" no name's head here; the paragraph's body carries the step
    text = ("HỘI LHPN TỈNH HÀ TĨNH\n*\nSố 09-HD/HPN\n\nHà Tĩnh, ngày 20 tháng 11 năm 2026\n\nHƯỚNG DẪN\n"
            "đánh giá, xếp loại chi hội năm 2026\n\nI. QUY TRÌNH THỰC HIỆN\n\nBước 1. Chi hội tự đánh giá\n\n"
            "Các chi hội tổ chức họp hội viên nòng cốt, tự chấm điểm theo Mẫu 01; hoàn thành trước ngày 18/12/2026.\n\n"
            "Nơi nhận:\n- Các cơ sở Hội,\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Hoa\n")
    assert _obs(text) == [("Các chi hội", "2026-12-18")]
