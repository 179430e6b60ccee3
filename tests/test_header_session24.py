"""Header, title and signature kinds of session 24 (st24), each on a document written for this test in the style of
the tuning documents that showed it (the expected names are the labels' conventions, not vanban's output):

* a provincial committee's standing board named bare under it ("THÀNH ỦY ĐÀ NẴNG" / "BAN THƯỜNG VỤ", t20-01's label
  "Ban Thường vụ Thành ủy");
* a scan's two header lines run together ("UBND TỈNH QUẢNG TRỊ SỞ NỘI VỤ", t23-09 and a22-03 scanned: labels issuer
  "Sở …", parent "Ủy ban nhân dân tỉnh …");
* a one-word wrap of the parent's name read on a line of its own ("BỘ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG" / "CỤC …", t21-07
  scanned);
* the parent's place a letter short beside the place-date line ("QUẢN NGÃI" over "Quảng Ngãi");
* a Party level "TM TỈNH ỦY" whose stop a scan lost (a21-02 scanned: label "T/M TỈNH ỦY" / "BÍ THƯ");
* a Công văn's V/v subject cut by the motto and the date a scan read between its lines (t23-10 scanned);
* a title whose period's years wrap onto a line alone ("… GIAI ĐOẠN" / "2026 - 2030", 144-KH-UBND).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.place_reading import agree_place
from vanban.text import fold

_TAIL = ("\n\n1. Các cơ quan, đơn vị triển khai thực hiện trước ngày 31/3/2027.\n\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n")


def _md(header: str, sign: str = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình\n"):
    return extract(header + _TAIL + sign).metadata


def test_standing_board_under_its_committee_is_named_after_it():
    md = _md("THÀNH ỦY HẢI PHÒNG\nBAN THƯỜNG VỤ\n\nSố: 12-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
             "Hải Phòng, ngày 10 tháng 01 năm 2027\n\nCHỈ THỊ\nvề tăng cường công tác phòng, chống tham nhũng",
             "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hải\n")
    assert fold(md.issuer) == fold("Ban Thường vụ Thành ủy")
    assert fold(md.parent_issuer) == fold("Thành ủy Hải Phòng")


def test_sub_body_run_onto_its_parents_line_is_set_apart():
    md = _md("UBND TỈNH NGHỆ AN SỞ TÀI CHÍNH\n\nSố: 215/STC-NS\nV/v lập dự toán ngân sách năm 2027\n\n"
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 05 tháng 01 năm 2027")
    assert (md.issuer, md.parent_issuer) == ("SỞ TÀI CHÍNH", "UBND TỈNH NGHỆ AN")


def test_party_committee_run_onto_its_dang_bo_line_is_set_apart():
    # the Party's forms of the same scan damage (session 24's newcomer scanned them: one issuer, no parent)
    md = _md("ĐẢNG BỘ TỈNH BẮC NINH ĐẢNG ỦY XÃ TÂN AN\n\nSố: 21-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
             "Tân An, ngày 06 tháng 01 năm 2027\n\nKẾ HOẠCH\nthực hiện công tác kiểm tra, giám sát năm 2027",
             "T/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn An\n")
    assert (md.issuer, md.parent_issuer) == ("ĐẢNG ỦY XÃ TÂN AN", "ĐẢNG BỘ TỈNH BẮC NINH")
    md = _md("HUYỆN ỦY GIA LÂM BAN TUYÊN GIÁO\n\nSố: 15-HD/BTG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
             "Gia Lâm, ngày 06 tháng 01 năm 2027\n\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đảng",
             "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Thị Hoa\n")
    assert fold(md.issuer).startswith(fold("Ban Tuyên giáo")) and fold(md.parent_issuer) == fold("Huyện ủy Gia Lâm")


def test_a_lone_word_between_parent_and_body_ends_the_parent():
    md = _md("BỘ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG\nCỤC CHĂN NUÔI VÀ THÚ Y\n\nSố: 88/CN-TY\nV/v phòng, chống bệnh dịch tả lợn "
             "châu Phi\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 05 tháng 01 năm 2027")
    assert (md.issuer, md.parent_issuer) == ("CỤC CHĂN NUÔI VÀ THÚ Y", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")


def test_parent_place_a_letter_short_agrees_with_the_place_line():
    text = "Quảng Ngãi, ngày 12 tháng 01 năm 2027 … trên địa bàn tỉnh Quảng Ngãi"
    assert agree_place("ỦY BAN NHÂN DÂN TỈNH QUẢN NGÃI", "Quảng Ngãi", text)[0] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    # two places a letter apart in two words are two places
    assert agree_place("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Hạ Long", "Hạ Long")[0] == "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"


def test_party_level_without_its_stop():
    md = _md("TỈNH ỦY LÀO CAI\n\nSố: 30-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLào Cai, ngày 08 tháng 01 năm 2027\n\n"
             "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết của Bộ Chính trị", "TM TỈNH ỦY\nBÍ THƯ\nNguyễn Văn Hòa\n")
    assert fold(md.signer_authority).replace("/", "").replace(".", "") == "tm tinh uy"
    assert md.signer_title == "BÍ THƯ"


def test_vv_subject_goes_on_past_the_motto_and_date_a_scan_read_into_it():
    md = _md("BỘ TÀI CHÍNH\nSố: 12/BTC-NSNN\nV/v hướng dẫn quyết toán ngân\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 01 năm 2027\n\nsách nhà nước năm 2026 của các bộ,\n"
             "cơ quan trung ương\n\nKính gửi: Các bộ, cơ quan ngang bộ.")
    assert md.title.endswith("quyết toán ngân sách nhà nước năm 2026 của các bộ, cơ quan trung ương")


def test_title_keeps_its_years_wrapped_onto_a_line_alone():
    md = _md("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 20/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nNinh Bình, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
             "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH NINH BÌNH GIAI ĐOẠN\n2026 - 2030")
    assert fold(md.title).endswith("giai doan 2026 - 2030")


def test_title_keeps_its_school_year_wrapped_onto_a_line_alone():
    """A school year ("… NĂM HỌC" / "2026-2027") wrapped onto its own line is the trích yếu's period, as "GIAI ĐOẠN" /
    "2026 - 2030" is (nc43: a Nghị quyết on tuition fees lost its "2025-2026")."""
    md = _md("HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH\n\nSố: 15/2026/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nNam Định, ngày 10 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n"
             "QUY ĐỊNH MỨC THU HỌC PHÍ ĐỐI VỚI CÁC CƠ SỞ GIÁO DỤC CÔNG LẬP TRÊN ĐỊA BÀN TỈNH NĂM HỌC\n2026-2027")
    assert fold(md.title).endswith("nam hoc 2026-2027")
