"""Obligations: kinds of tune18 (the twin of the blind set authored18, session 18): an inspection plan's table whose
rows name the checked body ("Đối tượng") and the team that checks ("Lực lượng thực hiện"), and the lines that close a
Sở's letter after its items — the issuer's own future work, the contact line, the courtesy formula — which charge
nobody.

The documents are written for these tests in the style of 2026 plans and letters of an Ủy ban Kiểm tra Đảng ủy xã
and a Sở; the expected bodies and dates are those a reader lists under ``realdocs/labeled/README.md``'s conventions,
not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract


def _obs(text: str) -> list[tuple[str, str | None]]:
    """(who, last day of its deadline) of each obligation."""
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


# an inspection plan's table in plain text, as a published page copies it: each cell its own paragraph, cells one
# blank line apart, rows two
_UBKT = ("ĐẢNG ỦY XÃ HÒA BÌNH\nỦY BAN KIỂM TRA\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 05-KH/UBKTĐU\n\n"
         "Hòa Bình, ngày 15 tháng 12 năm 2026\n\n\nKẾ HOẠCH\n\nKIỂM TRA, GIÁM SÁT NĂM 2027\n\n"
         "Căn cứ Chương trình kiểm tra, giám sát năm 2027 của Đảng ủy xã, Ủy ban Kiểm tra Đảng ủy xã xây dựng Kế "
         "hoạch như sau:\n\nI. NỘI DUNG\n\n"
         "1. Kiểm tra việc chấp hành Điều lệ Đảng của các chi bộ.\n\n"
         "II. ĐỐI TƯỢNG, THỜI GIAN, LỰC LƯỢNG\n\n\n"
         "TT\n\nĐối tượng\n\nNội dung\n\nThời gian\n\nLực lượng thực hiện\n\n\n"
         "1\n\nChi bộ thôn Đông\n\nKiểm tra việc thu, nộp đảng phí năm 2026\n\nTháng 3/2027\n\n"
         "Tổ kiểm tra tài chính của Ủy ban Kiểm tra\n\n\n"
         "2\n\nChi bộ Trường Tiểu học Hòa Bình\n\nGiám sát việc thực hiện quy chế làm việc của chi ủy\n\n"
         "Trước ngày 31/5/2027\n\nĐoàn giám sát số 1\n\n\n\n"
         "III. TỔ CHỨC THỰC HIỆN\n\n"
         "1. Văn phòng Đảng ủy xã bố trí phương tiện phục vụ các cuộc kiểm tra, giám sát.\n\n"
         "2. Ủy ban Kiểm tra sẽ báo cáo kết quả với Ban Thường vụ Đảng ủy xã trước ngày 10/12/2027.\n\n\n"
         "Nơi nhận:\n- Ban Thường vụ Đảng ủy xã (b/c),\n- Các chi bộ trực thuộc,\n- Lưu UBKT.\n\n"
         "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nLê Văn Hùng\n")


def test_inspection_table_rows_charge_the_team_not_the_checked_body():
    """"Đối tượng" names the chi bộ checked, "Lực lượng thực hiện" the team that checks: each row is the team's
    obligation, by the row's "Thời gian" (a month: its last day)."""
    obs = _obs(_UBKT)
    assert ("Tổ kiểm tra tài chính của Ủy ban Kiểm tra", "2027-03-31") in obs
    assert ("Đoàn giám sát số 1", "2027-05-31") in obs
    assert not any(w.startswith(("Chi bộ", "Tháng", "Trước")) for w, _ in obs)


def test_issuer_reporting_on_its_own_plan_is_no_obligation():
    """"Ủy ban Kiểm tra sẽ báo cáo …" in the Ủy ban Kiểm tra's own plan: a statement of its future work, no
    obligation; its date is no other body's either (the Văn phòng above keeps none)."""
    obs = _obs(_UBKT)
    assert ("Văn phòng Đảng ủy xã", None) in obs
    assert not any(w.startswith("Ủy ban Kiểm tra") for w, _ in obs)


_SO = ("UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\n\nSố: 2140/STC-QLNS\n\nV/v báo cáo tình hình giải ngân vốn đầu tư công\n\n"
       "Ninh Bình, ngày 14 tháng 12 năm 2026\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n"
       "- Ủy ban nhân dân các xã, phường.\n\n"
       "Để kịp tổng hợp, báo cáo UBND tỉnh, Sở Tài chính đề nghị các cơ quan, đơn vị, địa phương thực hiện một số "
       "nội dung sau:\n\n"
       "1. Các sở, ban, ngành tỉnh\n\nBáo cáo tình hình giải ngân vốn năm 2026, gửi Sở Tài chính trước ngày 22/12/2026.\n\n"
       "2. Ủy ban nhân dân các xã, phường\n\nRà soát các dự án chậm giải ngân, đề xuất điều chuyển vốn, hoàn thành "
       "trước ngày 26/12/2026.\n\n"
       "Sở Tài chính sẽ tổng hợp, báo cáo UBND tỉnh tại cuộc họp giao ban tháng 01/2027.\n\n"
       "(Thông tin chi tiết liên hệ: đồng chí Phạm Thu Hà, Phòng Quản lý ngân sách, điện thoại 0229.3871.456)\n\n"
       "Sở Tài chính đề nghị các cơ quan, đơn vị, địa phương quan tâm phối hợp thực hiện./.\n\n"
       "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, QLNS.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐỗ Minh Tâm\n")


def test_lines_closing_a_letter_charge_nobody():
    """After the items: the Sở's own "sẽ tổng hợp" sentence, the contact line and "Sở … đề nghị các cơ quan, đơn vị,
    địa phương quan tâm phối hợp thực hiện./." are no obligation of the bodies the intro addresses, and the giao ban
    month is nobody's deadline."""
    assert _obs(_SO) == [("Các sở, ban, ngành tỉnh", "2026-12-22"), ("Ủy ban nhân dân các xã, phường", "2026-12-26")]


_SNV = ("UBND TỈNH THANH HÓA\nSỞ NỘI VỤ\n\nSố: 2977/SNV-CCVC\n\nV/v rà soát công chức cấp xã\n\n"
        "Thanh Hóa, ngày 09 tháng 12 năm 2026\n\nKính gửi: Ủy ban nhân dân các xã, phường.\n\n"
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:\n\n"
        "1. Ủy ban nhân dân các xã, phường\n\n"
        "- Rà soát đội ngũ công chức theo vị trí việc làm, gửi Sở Nội vụ trước ngày 20/12/2026.\n\n"
        "- Cập nhật hồ sơ điện tử của công chức trước ngày 10 hằng tháng.\n\n"
        "- Riêng Ủy ban nhân dân phường Hạc Thành báo cáo bổ sung số công chức được điều động từ các xã cũ, "
        "hoàn thành trong tháng 01/2027.\n\n"
        "2. Giao Phòng Công chức, viên chức rà soát các quyết định tuyển dụng ban hành trước ngày 01/7/2025, "
        "báo cáo Giám đốc Sở trước ngày 15/01/2027.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CCVC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Lan\n")


def test_a_body_singled_out_by_rieng_is_charged_on_its_own():
    """"- Riêng Ủy ban nhân dân phường Hạc Thành báo cáo bổ sung …, hoàn thành trong tháng 01/2027." under "1. Ủy ban
    nhân dân các xã, phường": the ward's own obligation with its own date; the item's body keeps its earliest date
    (the monthly 10th: 10/12/2026), not the ward's month."""
    obs = _obs(_SNV)
    assert ("Ủy ban nhân dân các xã, phường", "2026-12-10") in obs
    assert ("Ủy ban nhân dân phường Hạc Thành", "2027-01-31") in obs


def test_a_date_already_passed_beside_the_due_one_is_no_deadline():
    """"… các quyết định tuyển dụng ban hành trước ngày 01/7/2025, báo cáo … trước ngày 15/01/2027" in a letter of
    09/12/2026: the first date says which decisions; the task is due on the second."""
    assert ("Phòng Công chức, viên chức", "2027-01-15") in _obs(_SNV)


_SGD = ("UBND TỈNH ĐẮK LẮK\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 3310/KH-SGDĐT\n\nĐắk Lắk, ngày 11 tháng 12 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai sổ điểm điện tử năm 2027\n\nI. MỤC ĐÍCH\n\n1. Số hóa sổ điểm của các cơ sở giáo dục.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Phòng Giáo dục phổ thông\n\nHướng dẫn sử dụng sổ điểm điện tử, hoàn thành trước ngày 15/01/2027.\n\n"
        "2. Các trường trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục\nthường xuyên\n\n"
        "Cập nhật điểm của học sinh lên phần mềm, hoàn thành trước ngày 28/02/2027.\n\n"
        "Nơi nhận:\n- Như mục II;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình\n")


def test_an_items_title_wrapped_onto_a_short_line_names_the_body():
    """"2. Các trường …, Trung tâm Giáo dục nghề nghiệp - Giáo dục" / "thường xuyên" / "" / "Cập nhật …": the title
    wraps before the blank line; the whole name (its "Giáo dục thường xuyên" a school's kind, no adverb) is charged."""
    assert _obs(_SGD) == [("Phòng Giáo dục phổ thông", "2027-01-15"),
                          ("Các trường trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
                           "2027-02-28")]


_TB = ("ĐẢNG BỘ PHƯỜNG HÒA KHÁNH\nVĂN PHÒNG ĐẢNG ỦY\n*\nSố 88-TB/VPĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Hòa Khánh, ngày 25 tháng 11 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy phường\n\n"
       "1. Về kiểm điểm cuối năm\n\n"
       "Ban Thường vụ thống nhất ban hành Kế hoạch kiểm điểm năm 2026 theo hướng dẫn của Ban Tổ chức Thành ủy. Việc "
       "kiểm điểm ở các chi bộ phải hoàn thành trước ngày 20/12/2026.\n\n"
       "2. Phân công thực hiện\n\n"
       "2.1. Ban Xây dựng Đảng Đảng ủy phường\n\nHướng dẫn các chi bộ tổ chức kiểm điểm, hoàn thành trước ngày "
       "05/12/2026.\n\n"
       "2.2. Giao Văn phòng Đảng ủy đăng tải Thông báo này trên Trang thông tin điện tử của phường.\n\n"
       "Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n"
       "Trần Thị Mai\n")


def test_a_decision_agreed_is_no_task_and_dang_tai_is_a_verb():
    """"Ban Thường vụ thống nhất ban hành Kế hoạch …" states what the conclusion decided (no obligation of the Ban
    Thường vụ, and its 20/12 date nobody's); "Giao Văn phòng Đảng ủy đăng tải Thông báo này trên Trang thông tin điện
    tử …": "đăng tải" (to post) ends the body."""
    assert _obs(_TB) == [("Ban Xây dựng Đảng Đảng ủy phường", "2026-12-05"), ("Văn phòng Đảng ủy", None)]


_KT = ("ĐẢNG ỦY XÃ AN LẠC\nỦY BAN KIỂM TRA\n*\nSố 07-KH/UBKTĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "An Lạc, ngày 10 tháng 12 năm 2026\n\nKẾ HOẠCH\ngiám sát chuyên đề năm 2027\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Các đồng chí ủy viên Ủy ban Kiểm tra được phân công xây dựng đề cương giám sát, gửi đối tượng trước "
       "ít nhất 05 ngày.\n\n"
       "2. Đề nghị các chi bộ được kiểm tra, giám sát chuẩn bị báo cáo tự kiểm tra, gửi Ủy ban Kiểm tra.\n\n"
       "Nơi nhận:\n- Các chi bộ,\n- Lưu UBKT.\n\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nĐinh Văn Tư\n")


def test_members_charged_and_bodies_checked_are_named_whole():
    """"Các đồng chí ủy viên Ủy ban Kiểm tra được phân công | xây dựng …" (the charge closes the subject; the Ủy ban
    Kiểm tra's name is not cut at "Kiểm tra"); "các chi bộ được kiểm tra, giám sát | chuẩn bị báo cáo …" (the acts
    listed name which chi bộ)."""
    whos = [w for w, _ in _obs(_KT)]
    assert whos[0].startswith("Các đồng chí ủy viên Ủy ban Kiểm tra")
    assert whos[1] == "các chi bộ được kiểm tra, giám sát"


_CT = ("TỈNH ỦY NGHỆ AN\n*\nSố 12-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nVinh, ngày 05 tháng 12 năm 2026\n\n"
       "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về phát triển văn hóa đọc\n\n"
       "Để nâng cao hiệu quả phát triển văn hóa đọc, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính "
       "quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nội dung sau:\n\n"
       "1. Mục tiêu đến năm 2030\n\n- 100% xã, phường có thư viện hoặc tủ sách cộng đồng.\n\n"
       "- Số người đọc sách thường xuyên đạt trên 45% dân số.\n\n"
       "2. Nhiệm vụ cụ thể\n\n2.1. Sở Văn hóa, Thể thao và Du lịch\n\nXây dựng đề án phát triển văn hóa đọc, "
       "trình UBND tỉnh trước ngày 30/6/2027.\n\n"
       "Nơi nhận:\n- Các cấp ủy trực thuộc,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nPhan Văn Hải\n")


def test_a_goals_item_is_no_task_of_the_intros_bodies():
    """"1. Mục tiêu đến năm 2030" (targets) under "… yêu cầu các cấp ủy, … tập trung thực hiện tốt một số nội dung
    sau:": no obligation of the bodies the intro addresses; the Sở's item is its own."""
    assert _obs(_CT) == [("Sở Văn hóa, Thể thao và Du lịch", "2027-06-30")]
