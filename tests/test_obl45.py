"""Obligation blocks (session 45, obl45): a Chỉ thị's last words naming the document before the warning; a topic item
that picks one of the addressees its intro lists; a body sharing out its team's members; a step heading that ends on
"cấp trên"; and another body's clause that the block's own group takes back after a ";"."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import assignment_words as W
from vanban.extract.folded import Folded


_CT_HEAD = ("\nUBND HUYỆN ĐÔNG SƠN\nỦY BAN NHÂN DÂN\nXÃ ĐÔNG HÒA\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n\n\nSố: 02/CT-UBND\n\nĐông Hòa, ngày 03 tháng 4 năm 2035\n\n\n"
            "CHỈ THỊ\n\nVề phòng, chống cháy nổ trong mùa khô năm 2035\n\n")
_KH_HEAD = ("\nUBND XÃ ĐÔNG HÒA\nHỘI NÔNG DÂN XÃ\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n\n\nSố: 07/KH-HND\n\nĐông Hòa, ngày 03 tháng 4 năm 2035\n\n\n"
            "KẾ HOẠCH\n\nBình chọn mô hình kinh tế hộ tiêu biểu năm 2035\n\n")
_TAIL = "\n\nNơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Tâm\n"


def test_a_chi_thi_closing_that_names_itself_before_the_warning_is_a_formula():
    closing = ("Chủ tịch UBND xã yêu cầu Thủ trưởng các ban, ngành, trưởng thôn nghiêm túc thực hiện Chỉ thị này; nếu "
               "để xảy ra cháy lớn do thiếu kiểm tra, người đứng đầu đơn vị phải chịu trách nhiệm trước Chủ tịch Ủy "
               "ban nhân dân xã./.")
    assert W.CLOSING_SENTENCE.match(Folded.of(closing).view)
    text = _CT_HEAD + (
        "Để chủ động phòng ngừa cháy nổ trong mùa khô, Ủy ban nhân dân xã Đông Hòa yêu cầu các ban, ngành, "
        "các thôn và các hộ kinh doanh thực hiện tốt các nội dung sau:\n\n"
        "1. Công an xã\n\nKiểm tra an toàn phòng cháy tại các cơ sở kinh doanh xăng dầu, hoàn thành trước ngày "
        "30/4/2035.\n\n"
        "2. Trưởng các thôn\n\nRà soát các hộ dùng bếp củi gần nhà kho; nhắc nhở người dân dọn cỏ khô quanh nhà.\n\n"
        "Đây là công việc cấp bách của mùa khô. " + closing) + _TAIL
    got = _dues(text)
    assert set(got) == {"Công an xã", "Trưởng các thôn"}, got


def test_a_topic_item_naming_one_of_the_intros_addressees_is_that_addressees_own_block():
    text = _CT_HEAD + (
        "Ủy ban nhân dân xã Đông Hòa yêu cầu các ban, ngành, các thôn và mỗi hộ kinh doanh thực hiện tốt các "
        "nội dung sau:\n\n"
        "1. Công an xã\n\nKiểm tra an toàn phòng cháy tại các cơ sở kinh doanh xăng dầu, hoàn thành trước ngày "
        "30/4/2035.\n\n"
        "2. Đối với các hộ kinh doanh\n\nChủ hộ có trách nhiệm trang bị bình chữa cháy tại cửa hàng; không để hàng "
        "hóa dễ cháy sát nguồn điện.") + _TAIL
    got = _dues(text)
    assert "Các hộ kinh doanh" in got, got
    assert not any("các thôn" in w for w in got), got


def test_a_body_sharing_out_its_teams_members_keeps_the_task():
    text = _CT_HEAD + (
        "Ủy ban nhân dân xã Đông Hòa yêu cầu các ban, ngành thực hiện tốt các nội dung sau:\n\n"
        "1. Công an xã\n\nKiểm tra các cơ sở kinh doanh xăng dầu.\n\n"
        "2. Trưởng các thôn\n\n"
        "a) Tổ chức dọn thực bì ven các khu rừng sản xuất của thôn.\n\n"
        "b) Phân công thành viên Ban Chỉ huy phòng cháy của thôn theo dõi, nhắc nhở các hộ dùng bếp củi; báo cáo "
        "ngay về UBND xã khi xảy ra cháy.") + _TAIL
    got = _dues(text)
    assert set(got) == {"Công an xã", "Trưởng các thôn"}, got


def test_a_step_heading_ending_on_the_level_above_is_a_heading():
    text = ("\nĐẢNG ỦY XÃ ĐÔNG HÒA\nBAN XÂY DỰNG ĐẢNG\nSố: 04-HD/BXDĐ\n\nHƯỚNG DẪN\nĐánh giá chi bộ năm 2035\n\n"
            "I. CÁC BƯỚC\n\n"
            "Bước 3. Tổng hợp\n\nBan Xây dựng Đảng tổng hợp phiếu đánh giá của các chi bộ trước ngày 10/02/2036.\n\n"
            "Bước 4. Gửi kết quả, báo cáo cấp trên\n\n"
            "Văn phòng Đảng ủy gửi kết quả đánh giá đến từng chi bộ chậm nhất ngày\n15/02/2036; Ban Xây dựng Đảng báo "
            "cáo Ban Tổ chức Huyện ủy trước ngày\n20/02/2036.\n")
    got = _dues(text)
    assert got.get("Văn phòng Đảng ủy") == "2036-02-15", got


def test_the_groups_date_after_a_members_clause_stays_the_groups():
    text = _KH_HEAD + (
        "I. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ban Thường vụ Hội Nông dân xã\n\nHướng dẫn tiêu chí bình chọn; tổng hợp kết quả trước ngày 20/9/2035.\n\n"
        "2. Các trường học trên địa bàn\n\n"
        "Tuyên truyền tiêu chí đến phụ huynh; Trường Tiểu học Bắc Sơn chủ trì hội thi vẽ tranh; các trường lập danh "
        "sách học sinh tham gia và gửi về Hội Nông dân xã trước ngày 25/8/2035.") + _TAIL
    got = _dues(text)
    assert got.get("Các trường học trên địa bàn") == "2035-08-25", got
    assert got.get("Trường Tiểu học Bắc Sơn") is None, got

