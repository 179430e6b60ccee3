"""Obligations: kinds tune22 showed (session 22, ob22b) — a plan's table naming each row's body by its kind of body
in the column header ("STT | Chi bộ | Mô hình định hướng | Chỉ tiêu"), each row an obligation of the chi bộ it names,
the plan's next item ("2.3. …") right under the table no row of it; and the closing formula whose "if there are
difficulties, report" clause is written without "nếu" ("Quá trình thực hiện có vướng mắc, phản ánh về …",
"trường hợp có khó khăn, vướng mắc, báo cáo về …").

The plan is written for these tests in the style of a 2027 Kế hoạch dân vận of a Đảng ủy xã, in the plain-text form
of a Word table whose cells stand one after the other (after the kind of t22-07, not its sentences); the expected
bodies are those t22-07's label (written by author27B) lists for that kind: one entry per row, the chi bộ of the row
as its body, undated; and no entry for the closing request (t22-01's label, author26B; t22-10's, author27B) — not
vanban's output.
"""

from __future__ import annotations

from test_obligations_tune21 import _obs  # (body, due date) of each obligation read from a text


_HEAD = ("ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY XÃ THANH SƠN\n\nSố 52-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
         "Thanh Sơn, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO THI ĐUA \"DÂN VẬN KHÉO\" NĂM 2027\n\n"
         "Căn cứ Hướng dẫn số 12-HD/BDVTU ngày 10/12/2026 của Ban Dân vận Tỉnh ủy về phong trào thi đua \"Dân vận "
         "khéo\" năm 2027, Đảng ủy xã Thanh Sơn xây dựng Kế hoạch như sau:\n\n"
         "I. NHIỆM VỤ\n\n"
         "1. Các chi bộ trực thuộc đăng ký mô hình \"Dân vận khéo\" gửi Đảng ủy xã (qua Ban Xây dựng Đảng) trước "
         "ngày 25/01/2027.\n\n"
         "2. Mô hình định hướng của các chi bộ năm 2027:\n\n\n")
_TABLE = ("STT\n\nChi bộ\n\nMô hình định hướng\n\nChỉ tiêu\n\n\n"
          "1\n\nChi bộ khu Tân Lập\n\n\"Khu dân cư sáng, xanh, sạch, đẹp\"\n\nTrồng mới ít nhất 500 cây xanh\n\n\n"
          "2\n\nChi bộ khu Đồng Xuân\n\n\"Dòng họ không có người vi phạm pháp luật\"\n\nVận động 06 dòng họ đăng ký\n\n\n"
          "3\n\nChi bộ Trường Tiểu học Thanh Sơn\n\n\"Thư viện thân thiện\"\n\nXây dựng 02 tủ sách lớp học\n\n\n\n")
_AFTER = ("3. Định kỳ 6 tháng, Ban Xây dựng Đảng Đảng ủy xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã đánh giá "
          "việc thực hiện mô hình, đề xuất khen thưởng.\n\n"
          "II. TỔ CHỨC THỰC HIỆN\n\n"
          "1. Văn phòng Đảng ủy\n\nBố trí kinh phí khen thưởng mô hình tiêu biểu trong dự toán năm 2027.\n\n")
_TAIL = ("\nNơi nhận:\n- Ban Dân vận Tỉnh ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
         "T/M ĐẢNG ỦY\nBÍ THƯ\n\nHà Văn Quân\n")


def test_each_row_of_a_table_headed_chi_bo_is_an_obligation_of_its_chi_bo():
    obs = _obs(_HEAD + _TABLE + _AFTER + _TAIL)
    assert ("Chi bộ khu Tân Lập", None) in obs
    assert ("Chi bộ khu Đồng Xuân", None) in obs
    assert ("Chi bộ Trường Tiểu học Thanh Sơn", None) in obs


def test_the_plans_next_item_under_the_table_is_no_row_and_keeps_its_own_body():
    obs = _obs(_HEAD + _TABLE + _AFTER + _TAIL)
    assert [w for w, _ in obs] == ["Các chi bộ trực thuộc", "Chi bộ khu Tân Lập", "Chi bộ khu Đồng Xuân",
                                   "Chi bộ Trường Tiểu học Thanh Sơn", "Ban Xây dựng Đảng Đảng ủy xã",
                                   "Văn phòng Đảng ủy"]


def test_a_closing_request_with_its_feedback_clause_without_neu_is_no_obligation():
    closing = ("Trên đây là Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\" năm 2027, đề nghị các chi bộ, các cơ "
               "quan tham mưu, giúp việc Đảng ủy nghiêm túc triển khai thực hiện. Quá trình thực hiện có vướng mắc, "
               "phản ánh về Đảng ủy (qua Ban Xây dựng Đảng) để được hướng dẫn./.\n")
    obs = _obs(_HEAD + _TABLE + _AFTER + closing + _TAIL)
    assert not any("tham mưu, giúp việc" in w for w, _ in obs)
    assert ("Văn phòng Đảng ủy", None) in obs


# --- a review plan's part on how and when each level holds it (after the kind of t22-01, author26B's label) ---------

_KH = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ ĐỨC THỌ\n\nSố 61-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Đức Thọ, ngày 02 tháng 12 năm 2026\n\nKẾ HOẠCH\nSƠ KẾT 05 NĂM THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW\n\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n\nĐánh giá đúng kết quả 05 năm thực hiện Chỉ thị.\n\n"
       "II. HÌNH THỨC, THỜI GIAN SƠ KẾT\n\n"
       "1. Đối với các chi bộ trực thuộc\n\n"
       "- Sơ kết bằng hình thức lồng ghép trong sinh hoạt chi bộ thường kỳ tháng 12/2026.\n\n"
       "- Gửi báo cáo về Đảng ủy (qua Ban Tuyên giáo và Dân vận Đảng ủy) trước ngày 20/12/2026.\n\n"
       "2. Đối với Đảng ủy xã\n\n"
       "- Văn phòng Đảng ủy tổng hợp, xây dựng dự thảo báo cáo sơ kết, trình Ban Thường vụ Đảng ủy chậm nhất ngày "
       "28/12/2026.\n\n"
       "- Tổ chức hội nghị sơ kết trong tháng 01/2027; hoàn chỉnh báo cáo gửi Ban Thường vụ Tỉnh ủy chậm nhất ngày "
       "10/01/2027.\n\n"
       "III. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Ban Tuyên giáo và Dân vận Đảng ủy\n\nHướng dẫn các chi bộ xây dựng báo cáo; theo dõi, đôn đốc.\n\n"
       "Trên đây là Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, đề nghị các chi bộ, các cơ quan tham mưu, "
       "giúp việc Đảng ủy nghiêm túc triển khai thực hiện. Quá trình thực hiện có vướng mắc, phản ánh về Đảng ủy "
       "(qua Văn phòng Đảng ủy) để được hướng dẫn./.\n"
       "\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
       "T/M ĐẢNG ỦY\nBÍ THƯ\n\nTrần Văn Bình\n")


def test_a_topic_heading_naming_a_level_in_a_review_plans_how_and_when_part_charges_it():
    obs = _obs(_KH)
    assert ("các chi bộ trực thuộc", "2026-12-20") in [(w.lower(), d) for w, d in obs]


def test_a_unit_named_in_a_levels_item_is_charged_on_its_own_and_the_level_keeps_the_rest():
    obs = _obs(_KH)
    assert ("Văn phòng Đảng ủy", "2026-12-28") in obs
    assert ("Đảng ủy xã", "2027-01-10") in obs
    assert not any("tham mưu, giúp việc" in w for w, _ in obs)


# --- a HĐND xã's Nghị quyết: its supervising bodies as one long list (after t22-05, author26B's label) --------------

_NQ = ("HỘI ĐỒNG NHÂN DÂN\nXÃ PHÚ LỘC\n\nSố: 52/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
       "Hạnh phúc\n\nPhú Lộc, ngày 20 tháng 12 năm 2026\n\nNGHỊ QUYẾT\nVề dự toán ngân sách xã năm 2027\n\n"
       "Điều 1. Thông qua dự toán ngân sách xã năm 2027.\n\n"
       "Điều 2. Tổ chức thực hiện\n\n"
       "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết.\n\n"
       "2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng "
       "nhân dân xã giám sát việc thực hiện Nghị quyết.\n\n"
       "Nghị quyết này đã được Hội đồng nhân dân xã Phú Lộc khóa I, kỳ họp thứ mười thông qua ngày 20 tháng 12 năm "
       "2026./.\n\nNơi nhận:\n- Ủy ban nhân dân xã;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Thị Hoa\n")


def test_the_councils_list_of_supervising_bodies_runs_past_25_words_as_one_subject():
    assert ("Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng "
            "nhân dân xã", None) in _obs(_NQ)


# --- a Thủ tướng's Chỉ thị: a joint heading that gives its bodies short names (after t22-02, author26B's label) -----

_CT = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 05/CT-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Hà Nội, ngày 20 tháng 01 năm 2027\n\nCHỈ THỊ\nVề đẩy mạnh thanh toán không dùng tiền mặt năm 2027\n\n"
       "Để đẩy mạnh thanh toán không dùng tiền mặt, Thủ tướng Chính phủ yêu cầu:\n\n"
       "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, cơ quan khác ở trung ương (sau đây gọi là "
       "bộ, cơ quan trung ương) và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi là "
       "địa phương)\n\n"
       "a) Quán triệt việc thanh toán không dùng tiền mặt trong các cơ quan, đơn vị.\n\n"
       "b) Báo cáo kết quả thực hiện về Ngân hàng Nhà nước Việt Nam trước ngày 30 tháng 6 năm 2027.\n\n"
       "2. Ngân hàng Nhà nước Việt Nam\n\nTheo dõi, tổng hợp, báo cáo Thủ tướng Chính phủ.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn A\n")


def test_a_joint_heading_with_short_names_in_brackets_names_its_bodies():
    who, due = _obs(_CT)[0]
    assert who.startswith("Bộ trưởng, Thủ trưởng cơ quan ngang bộ")
    assert who.endswith("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
    assert "sau đây gọi là" not in who and due == "2027-06-30"


# --- a Quy chế làm việc: a committee's members as a role (after t22-09, author27B's label) --------------------------

_QC = ("ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ PHÚ TÂN\n\nSố 09-QC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Phú Tân, ngày 28 tháng 12 năm 2026\n\nQUY CHẾ\nLÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ PHÚ TÂN\n\n"
       "Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định trách nhiệm, chế độ làm việc của Ban Chấp hành.\n\n"
       "Điều 2. Bí thư Đảng ủy\n\n1. Chủ trì các hội nghị Ban Chấp hành, Ban Thường vụ.\n\n"
       "Điều 3. Ủy viên Ban Chấp hành Đảng bộ xã\n\n"
       "1. Tham gia đầy đủ các hội nghị Ban Chấp hành; thực hiện nhiệm vụ được phân công.\n\n"
       "2. Hằng năm, trước ngày 05 tháng 12, tự kiểm điểm, báo cáo kết quả thực hiện nhiệm vụ gửi Ban Thường vụ.\n\n"
       "T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Tâm\n")


def test_a_quy_che_article_titled_by_the_committees_members_charges_them_as_a_role():
    assert "Ủy viên Ban Chấp hành Đảng bộ xã" in [w for w, _ in _obs(_QC)]


# --- a UBND xã's Công văn (after t22-10, author27B's label) ---------------------------------------------------------

_CV = ("ỦY BAN NHÂN DÂN\nXÃ HOẰNG HÓA\n\nSố: 1301/UBND-VHXH\nV/v rà soát hộ nghèo năm 2026\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHoằng Hóa, ngày 05 tháng 12 năm 2026\n\n"
       "Kính gửi:\n- Phòng Văn hóa - Xã hội;\n- Trưởng thôn các thôn.\n\n"
       "Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị và các thôn thực hiện một số nội dung sau:\n\n"
       "1. Yêu cầu chung\n\n- Rà soát đến 100% hộ gia đình trên địa bàn, không để sót hộ.\n\n"
       "- Kết quả rà soát phải phản ánh đúng thực trạng đời sống của Nhân dân.\n\n"
       "2. Nhiệm vụ cụ thể\n\n2.1. Phòng Văn hóa - Xã hội\n\nTổng hợp kết quả rà soát, trình Chủ tịch Ủy ban nhân dân "
       "xã trước ngày 28/12/2026.\n\n"
       "3. Chế độ báo cáo\n\nSau kỳ rà soát, các thôn tiếp tục theo dõi biến động hộ nghèo, báo cáo Ủy ban nhân dân "
       "xã trước ngày 15/01/2027.\n\n"
       "Đây là nhiệm vụ quan trọng, liên quan trực tiếp đến chính sách an sinh xã hội năm 2027. Ủy ban nhân dân xã yêu "
       "cầu Thủ trưởng các cơ quan, đơn vị, Trưởng thôn các thôn nghiêm túc triển khai thực hiện; trường hợp có khó "
       "khăn, vướng mắc, báo cáo về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) để được hướng dẫn./.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n")


def test_a_letters_general_requirements_and_its_weighty_closing_are_no_task_of_the_bodies_asked():
    assert not any("cơ quan, đơn vị và các thôn" in w for w, _ in _obs(_CV))


def test_a_body_after_a_sentences_opening_after_the_review_is_the_subject():
    assert ("các thôn", "2027-01-15") in _obs(_CV)
    assert ("Phòng Văn hóa - Xã hội", "2026-12-28") in _obs(_CV)


# --- a UBKT's Hướng dẫn giám sát chuyên đề (after t22-08, author27B's label) -----------------------------------------

_HD = ("ĐẢNG ỦY PHƯỜNG NAM ĐỊNH\nỦY BAN KIỂM TRA\n\nSố 06-HD/UBKTĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Nam Định, ngày 10 tháng 01 năm 2027\n\nHƯỚNG DẪN\nGIÁM SÁT CHUYÊN ĐỀ NĂM 2027\n\n"
       "I. NỘI DUNG GIÁM SÁT\n\n1. Chuyên đề: Việc lãnh đạo quản lý đất đai trên địa bàn phường\n\n"
       "- Đối tượng: Chi bộ Ủy ban nhân dân phường và đảng viên là công chức phụ trách địa chính - xây dựng.\n\n"
       "- Thời gian: Trong quý III/2027.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n1. Các chi bộ trực thuộc\n\nChuẩn bị hồ sơ, báo cáo theo yêu cầu của đoàn giám sát.\n\n"
       "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nPhạm Thị Hà\n\n"
       "PHỤ LỤC\n\nDANH MỤC BIỂU MẪU\n\n\nMẫu số\n\nTên biểu mẫu\n\nĐơn vị sử dụng\n\nThời điểm sử dụng\n\n\n"
       "Mẫu 01\n\nQuyết định thành lập đoàn giám sát\n\nỦy ban Kiểm tra\n\nBước chuẩn bị\n\n\n"
       "Mẫu 02\n\nThông báo kết quả giám sát\n\nỦy ban Kiểm tra\n\nBước kết thúc\n")


def test_the_body_a_check_is_about_and_a_forms_lists_user_are_no_obligation():
    assert _obs(_HD) == [("Các chi bộ trực thuộc", None)]
