"""Scanned layouts, citations and header metadata of session 20 (authored19's kinds, read in its scan misses).

The texts are written for these tests in the layouts vanban's OCR gives a scanned page (a task table's cells one
blank line apart, a page break as "\\f"), never copied from the gold documents; the expected values are read from
the sentences themselves, not from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.lines import lines_of, pages_of_text
from vanban.structure.stacked import read_stacked_tables

_HEAD = ("ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY XÃ YÊN TRUNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 41-KH/ĐU\n\n"
         "Yên Trung, ngày 08 tháng 01 năm 2027\n\nKẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2027\n\n"
         "Thực hiện Kế hoạch số 12-KH/TU ngày 20/12/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây "
         "dựng Kế hoạch như sau:\n\n")

_TABLE = ("III. LỊCH TRIỂN KHAI\n\nTT\n\nNội dung\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian hoàn thành\n\n"
          "1\n\nRà soát, đăng ký mô hình dân vận khéo năm 2027\n\nCác chi bộ trực thuộc\n\nBan Xây dựng Đảng\n\n"
          "Trước ngày 15/02/2027\n\n"
          "2\n\nHội nghị sơ kết 6 tháng công tác dân vận\n\nVăn phòng Đảng ủy\n\nỦy ban Mặt trận Tổ quốc xã\n\n"
          "Tháng 7/2027\n\n")

_SIGN = ("\n\nNơi nhận:\n- Ban Dân vận Tỉnh ủy,\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n"
         "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn Hòa\n")


def test_a_task_table_ends_at_a_part_heading_run_into_its_first_sentence():
    """A scanned page that ran the parts after a task table into one paragraph: "IV. KINH PHÍ THỰC HIỆN Kinh phí …"
    on a line of the page's width right under the last row's due cell is the plan's next part, not that row's
    cells: the row keeps its body and due cell, and part IV's text stays out of the table."""
    text = (_TABLE + "Trước ngày 30/11/2027\n\n"
            "IV. KINH PHÍ THỰC HIỆN Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã đã bố trí trong dự\n"
            "toán năm 2027 và các nguồn hợp pháp khác. V. TỔ CHỨC THỰC HIỆN 1. Văn phòng Đảng ủy tham\n"
            "mưu Ban Thường vụ theo dõi, đôn đốc các chi bộ thực hiện Kế hoạch; tổng hợp báo cáo kết quả.\n")
    text = text.replace("Tháng 7/2027\n\nTrước ngày 30/11/2027", "Tháng 7/2027\n\n3\n\nKiểm tra việc thực hiện mô hình"
                        "\n\nỦy ban Kiểm tra Đảng ủy\n\nCác chi bộ trực thuộc\n\nTrước ngày 30/11/2027")
    ((t, _, _),) = read_stacked_tables(lines_of(pages_of_text(text)), text)
    assert [(r[2].text, r[4].text) for r in t.rows[1:]] == [
        ("Các chi bộ trực thuộc", "Trước ngày 15/02/2027"), ("Văn phòng Đảng ủy", "Tháng 7/2027"),
        ("Ủy ban Kiểm tra Đảng ủy", "Trước ngày 30/11/2027")]
    assert "KINH PHÍ" not in " ".join(c.text for r in t.rows for c in r)


def test_a_row_number_read_as_a_lone_quote_at_a_page_foot_opens_no_quotation():
    """A scan read the "2" of a task table's row at the foot of a page as "“" alone on its line: no quotation opens
    there (a quoted provision opens on its words), so the duties of the part after the table are the document's
    own — each numbered body of "IV. TỔ CHỨC THỰC HIỆN" is charged with its tasks."""
    table = _TABLE.replace("Trước ngày 15/02/2027\n\n2\n\n", "Trước ngày 15/02/2027\n\n“\f")
    text = (_HEAD + table + "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban Xây dựng Đảng Đảng ủy xã hướng dẫn, theo dõi các chi bộ triển khai Kế hoạch; tổng hợp kết quả báo "
            "cáo Ban Thường vụ Đảng ủy xã.\n\n"
            "2. Công an xã xây dựng mô hình tự quản về an ninh trật tự tại khu dân cư.\n\n"
            "3. Ủy ban nhân dân xã bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã năm 2027." + _SIGN)
    whos = [o.who for o in extract(text).obligations]
    assert "Công an xã" in whos and "Ủy ban nhân dân xã" in whos
    assert any(w.startswith("Ban Xây dựng Đảng") for w in whos)


def test_a_joint_resolution_keeps_its_long_last_issuer_code_and_its_kind():
    """A joint resolution's symbol names each issuer, the last one in 13 letters ("ĐCTUBTWMTTQVN", the Đoàn Chủ tịch Ủy
    ban Trung ương MTTQ Việt Nam): the whole symbol is the number, and the type is the joint kind as written (the
    labels type "Nghị quyết liên tịch" and "Thông tư liên tịch", never the plain kind)."""
    text = ("Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017 của Ủy ban Thường vụ "
            "Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình "
            "thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;\n")
    (c,) = extract(text).citations
    assert (c.number, c.type, c.date) == ("403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", "2017-03-15")


def test_a_party_code_whose_last_capitals_a_scan_parted_by_a_space_is_one_symbol_with_its_date():
    """A scan read "09-HD/BTGDVTU" as "09-HD/BTGDV TU": the parted capitals make a known code with the code before
    them (Ban Tuyên giáo và Dân vận Tỉnh ủy), so the symbol is whole and its date after them is its own."""
    text = ("Thực hiện Hướng dẫn số 09-HD/BTGDV TU ngày 25/12/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về phong trào "
            "thi đua \"Dân vận khéo\" năm 2027, Đảng ủy xã xây dựng Kế hoạch như sau:\n")
    (c,) = extract(text).citations
    assert (c.number, c.date) == ("09-HD/BTGDVTU", "2026-12-25")


def test_two_local_congress_resolutions_of_the_same_ordinal_are_two_citations():
    """The province's and the commune's congresses after the 2025 merger are both "lần thứ I": two resolutions, each
    cited once; a later mention of the commune's without its ordinal is the one already cited."""
    text = ("- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030;\n"
            "- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Ia Grai lần thứ I, nhiệm kỳ 2025 - 2030;\n\n"
            "Sau một năm thực hiện Nghị quyết Đại hội Đảng bộ xã, kinh tế của xã tiếp tục phát triển.\n")
    names = [c.name for c in extract(text).citations if not c.number]
    assert names == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I",
                     "Nghị quyết Đại hội đại biểu Đảng bộ xã Ia Grai lần thứ I"]


def test_a_local_congress_resolution_named_without_its_ordinal_is_cited():
    """"theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh." names one resolution (the labels' README: the Nghị quyết of a
    Party Congress is a named citation); "các Nghị quyết của Đảng" stays generic."""
    text = ("Đến năm 2030, Mặt trận các cấp tiếp tục thực hiện mục tiêu giảm nghèo bền vững theo Nghị quyết Đại hội "
            "đại biểu Đảng bộ tỉnh.\n\nCác cấp quán triệt các Nghị quyết của Đảng về công tác giảm nghèo.\n")
    assert [(c.type, c.name) for c in extract(text).citations] == [
        ("Nghị quyết", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh")]


def test_a_front_committees_standing_board_is_named_after_its_committee():
    """"ỦY BAN MTTQ VIỆT NAM" / "TỈNH HÀ TĨNH" / "BAN THƯỜNG TRỰC": the issuer is the committee's standing board, named
    as its text names itself ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"); its parent stays as
    printed."""
    text = ("ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ TĨNH\nBAN THƯỜNG TRỰC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 25/HD-MTTQ-BTT\n\nHà Tĩnh, ngày 10 tháng 12 năm 2026\n\n"
            "HƯỚNG DẪN\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027\n\n"
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn như sau:\n\n"
            "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường xây dựng kế hoạch tổ chức Ngày hội.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nLê Thị Hạnh\n")
    m = extract(text).metadata
    assert m.issuer.lower() == "ban thường trực ủy ban mặt trận tổ quốc việt nam tỉnh hà tĩnh"
    assert m.parent_issuer.lower() == "ủy ban mttq việt nam tỉnh hà tĩnh"


def test_a_congress_resolution_whose_party_committee_wraps_at_the_lines_end():
    """A scanned page wrapped "Đảng bộ ⏎ tỉnh lần thứ I": one name across the line break."""
    text = ("Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị và Nghị quyết Đại hội đại biểu Đảng bộ\n"
            "tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:\n")
    names = [" ".join(c.name.split()) for c in extract(text).citations if not c.number]
    assert names == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I"]
