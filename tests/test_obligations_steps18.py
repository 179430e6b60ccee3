"""Obligations of an inspection Hướng dẫn (session 18, from authored17's a17-08 misses): its steps table, whose
"Cơ quan, bộ phận thực hiện" column names who carries each step; duty headings that name the party checked
("2. Tổ chức đảng, đảng viên được kiểm tra"); a request to the advisory bodies of a Party committee ("Đề nghị các cơ
quan tham mưu, giúp việc Đảng ủy, …"); then a Kết luận's item shared by three mass organisations, one clause each,
and its closing request (a17-03); a Quy chế article titled with two bodies whose clauses each name one (a17-05).

The texts are written for these tests in the style of an Ủy ban Kiểm tra Đảng ủy xã's Hướng dẫn and of a Quyết định
approving the internal steps of administrative procedures (whose "Bước 1 | … | Bộ phận một cửa | 0,5 ngày" rows
assign nobody a task: 2028-QD-UBND, 1948-QD-UBND of ../shared/realdocs print such tables). The tables are laid out as
``realdocs/md2plain.py`` writes them (cells one blank line apart, rows two) and as a scan of a page printing the
cells one after the other reads them (every cell one blank line apart, row numbers damaged by OCR). The expected
rows and bodies are read from the texts (``realdocs/labeled/README.md``: "a table row with its Đơn vị chủ trì is
one obligation"), not from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\nỦY BAN KIỂM TRA\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
         "Số 03-HD/UBKTĐU\n\nGia Viễn, ngày 12 tháng 01 năm 2027\n\nHƯỚNG DẪN\n"
         "giám sát chuyên đề năm 2027 của Ủy ban Kiểm tra Đảng ủy xã\n\n"
         "Thực hiện Chương trình kiểm tra, giám sát năm 2027, Ủy ban Kiểm tra Đảng ủy xã hướng dẫn như sau:\n\n")
_TAIL = ("\nNơi nhận:\n- Các chi bộ,\n- Lưu UBKT.\n\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nĐinh Văn Tâm\n")

_ROWS = (("1", "Ban hành kế hoạch giám sát; gửi đề cương báo cáo", "Tổ giúp việc Ủy ban Kiểm tra",
          "Chậm nhất 07 ngày trước khi giám sát"),
         ("2", "Tự giám sát, báo cáo bằng văn bản", "Chi bộ được giám sát", "Không quá 10 ngày làm việc"),
         ("3", "Làm việc với chi bộ, đảng viên có liên quan", "Đoàn giám sát", "Không quá 15 ngày"),
         ("4", "Thông báo kết quả giám sát", "Văn phòng Đảng ủy xã", "Trong 05 ngày làm việc"))


def _clean_table(rows=_ROWS, step: str = "") -> str:
    """The steps table as md2plain writes it: a cell per paragraph, one blank line between cells, two between rows."""
    head = "\n\n".join(("Bước", "Nội dung", "Cơ quan, bộ phận thực hiện", "Thời gian"))
    return head + "".join("\n\n\n" + "\n\n".join((step + r[0],) + r[1:]) for r in rows)


def _guide(table: str) -> str:
    return (_HEAD + "I. CÁC BƯỚC TIẾN HÀNH MỘT CUỘC GIÁM SÁT\n\n\n" + table + "\n\n\n"
            "Thời gian của mỗi cuộc giám sát (từ bước 2 đến bước 4) không quá 45 ngày.\n\n"
            "II. NHIỆM VỤ CỦA CÁC TỔ CHỨC ĐẢNG\n\n"
            "1. Chi bộ các thôn\n\nTự kiểm tra việc thực hiện nghị quyết, báo cáo kết quả về Đảng ủy xã.\n\n"
            "2. Tổ chức đảng, đảng viên được giám sát\n\n"
            "Chuẩn bị đầy đủ báo cáo, tài liệu theo đề cương; khắc phục hạn chế sau giám sát.\n\n"
            "3. Đề nghị các cơ quan tham mưu, giúp việc Đảng ủy, Hội Nông dân xã phối hợp cung cấp thông tin "
            "khi được đề nghị.\n" + _TAIL)


def _data_tables(text: str):
    return [t for t in structure_of_text(text).tables if t.role == "data" and t.header]


def test_a_steps_table_in_clean_text_is_read_under_its_own_header():
    """"I. CÁC BƯỚC TIẾN HÀNH …" above the table is the part's heading, not a column name; "Bước" numbers the rows;
    the sentence after the last row ("Thời gian của mỗi cuộc giám sát … không quá 45 ngày.") and the part after it
    are no rows."""
    (t,) = _data_tables(_guide(_clean_table()))
    assert t.header == ("Bước", "Nội dung", "Cơ quan, bộ phận thực hiện", "Thời gian")
    assert [tuple(c.text for c in r) for r in t.rows[1:]] == list(_ROWS)


def test_each_step_charges_the_body_of_its_row_and_the_duty_headings_their_bodies():
    """One obligation per step row (its "thực hiện" cell the body, its "Nội dung" cell the task), then one per duty
    heading below the table: "Tổ chức đảng, đảng viên được giám sát" names the party checked (the participle is part
    of its name, "Tổ chức đảng" the Party's organisations, not the verb "tổ chức"); "Chi bộ các thôn" takes the
    paragraph that opens with "Tự kiểm tra" as its task; the request names "các cơ quan tham mưu, giúp việc Đảng ủy"
    whole (a body named by its role, not "các cơ quan" doing "tham mưu")."""
    obs = [(o.who, o.what) for o in extract(_guide(_clean_table())).obligations]
    whos = [w for w, _ in obs]
    assert whos == ["Tổ giúp việc Ủy ban Kiểm tra", "Chi bộ được giám sát", "Đoàn giám sát", "Văn phòng Đảng ủy xã",
                    "Chi bộ các thôn", "Tổ chức đảng, đảng viên được giám sát",
                    "các cơ quan tham mưu, giúp việc Đảng ủy, Hội Nông dân xã"]
    assert obs[0][1].startswith("Ban hành kế hoạch giám sát")
    assert obs[4][1].startswith("Tự kiểm tra việc thực hiện nghị quyết")
    assert obs[5][1].startswith("Chuẩn bị đầy đủ báo cáo")
    assert obs[6][1].startswith("phối hợp cung cấp thông tin")


def test_steps_of_an_administrative_procedure_assign_no_task():
    """The same table in a Quyết định approving the internal steps of administrative procedures ("Bước 1 | Tiếp nhận
    hồ sơ | Bộ phận một cửa | 0,5 ngày"): the rows are read, and they say which office handles each step of a
    procedure, not a task the document assigns — no obligation from them."""
    rows = (("1", "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận tiếp nhận và trả kết quả", "0,5 ngày làm việc"),
            ("2", "Thẩm định hồ sơ, trình lãnh đạo Sở", "Phòng Quản lý ngành", "03 ngày làm việc"),
            ("3", "Ký duyệt kết quả", "Lãnh đạo Sở", "01 ngày làm việc"))
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 118/QĐ-UBND\n\nNinh Bình, ngày 15 tháng 01 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực văn hóa\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục cấp giấy phép:\n\n\n"
            + _clean_table(rows, step="Bước ") + "\n\n\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n")
    (t,) = _data_tables(text)
    assert [r[0].text for r in t.rows[1:]] == ["Bước 1", "Bước 2", "Bước 3"]
    assert [r[2].text for r in t.rows[1:]] == [r[2] for r in rows]
    assert not [o for o in extract(text).obligations if o.who in [r[2] for r in rows]]


def test_a_scanned_steps_table_with_damaged_row_numbers_keeps_its_rows():
    """A scan of a page printing the cells one after the other: every cell one blank line apart, the row numbers 2
    and 3 read as "“" and "si", the time cells relative ("Không quá 10 ngày làm việc": no date closes a row). The
    rows are read by the cells' rhythm, each with its own body."""
    cells = ["Bước", "Nội dung", "Cơ quan, bộ phận thực hiện", "Thời gian"]
    for number, row in zip(("1", "“", "si", "4"), _ROWS):
        cells += [number, *row[1:]]
    text = _guide("\n\n".join(cells)).replace("\n\n\n", "\n\n")  # OCR parts every paragraph by one blank line
    (t,) = _data_tables(text)
    assert [r[2].text for r in t.rows[1:]] == [r[2] for r in _ROWS]
    assert [r[3].text for r in t.rows[1:]] == [r[3] for r in _ROWS]


def test_the_verb_to_organise_party_members_names_no_body():
    """"Tổ chức đảng viên học tập …" opens with the verb "tổ chức" (to organise) and what it organises: a task under
    the heading's body, not a body "Tổ chức đảng"."""
    text = (_HEAD + "I. NHIỆM VỤ\n\n1. Chi bộ các thôn\n\n"
            "Tổ chức đảng viên học tập Hướng dẫn này trong tháng 02/2027.\n" + _TAIL)
    obs = [(o.who, o.what) for o in extract(text).obligations]
    assert [w for w, _ in obs] == ["Chi bộ các thôn"]
    assert obs[0][1].startswith("Tổ chức đảng viên học tập")


# --- a Kết luận's shared item and closing request (a17-03) -------------------------------------------------------

_KL = ("ĐẢNG BỘ TỈNH GIA LAI\nĐẢNG ỦY XÃ IA GRAI\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 21-KL/ĐU\n\n"
       "Ia Grai, ngày 04 tháng 12 năm 2026\n\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\nvề công tác dân vận năm 2027\n\n"
       "Ban Thường vụ Đảng ủy xã kết luận như sau:\n\n1. Phân công thực hiện\n\n"
       "1.1. Hội Cựu chiến binh xã phối hợp Công an xã tuần tra an ninh các thôn; Hội Liên hiệp Phụ nữ xã nhân rộng "
       "mô hình nhà sạch, vườn đẹp; Đoàn Thanh niên xã thành lập ít nhất 02 đội thanh niên tình nguyện trong quý "
       "II/2027.\n\n"
       "1.2. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ trước ngày 20/12/2027.\n\n"
       "Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ, cơ quan, đơn vị nghiêm túc quán triệt, tổ chức thực hiện Kết "
       "luận này./.\n" + _TAIL)


def test_each_clause_of_a_shared_item_charges_its_own_mass_organisation_with_its_own_date():
    """"1.1. Hội Cựu chiến binh xã phối hợp …; Hội Liên hiệp Phụ nữ xã nhân rộng …; Đoàn Thanh niên xã thành lập …
    trong quý II/2027": three bodies in separate clauses, three entries ("nhân rộng", "thành lập" are their verbs);
    the quarter dates the Đoàn's clause, not the Hội's that opens the item. The closing request ("… yêu cầu các chi
    bộ, cơ quan, đơn vị nghiêm túc quán triệt, tổ chức thực hiện Kết luận này") is no obligation."""
    obs = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(_KL).obligations]
    assert obs == [("Hội Cựu chiến binh xã", None), ("Hội Liên hiệp Phụ nữ xã", None),
                   ("Đoàn Thanh niên xã", "2027-06-30"), ("Văn phòng Đảng ủy", "2027-12-20")]


# --- a Quy chế article titled with two bodies (a17-05) --------------------------------------------------------------

_QC = ("UBND TỈNH HÀ TĨNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 01 tháng 12 năm 2026\n\nQUY CHẾ\n"
       "Phối hợp xử lý thông tin về sự cố môi trường\n\n"
       "Điều 4. Phòng Quản lý đất đai và Trung tâm Phát triển quỹ đất và môi trường\n\n"
       "1. Phòng Quản lý đất đai chủ trì rà soát hồ sơ đất đai liên quan đến sự cố.\n\n"
       "2. Trung tâm Phát triển quỹ đất và môi trường lấy mẫu, đo đạc hiện trạng khu đất trong thời hạn không quá "
       "03 ngày làm việc.\n\n"
       "Điều 5. Chi cục Bảo vệ môi trường\n\nTổng hợp kết quả, báo cáo Giám đốc Sở.\n\n"
       "GIÁM ĐỐC\n\nNguyễn Văn Hùng\n")


def test_each_clause_of_an_article_titled_with_two_bodies_is_its_bodys():
    """"Điều 4. Phòng Quản lý đất đai và Trung tâm Phát triển quỹ đất và môi trường" over "1. Phòng Quản lý đất đai
    chủ trì …" / "2. Trung tâm Phát triển quỹ đất và môi trường lấy mẫu, đo đạc …": each clause opens with one of
    the title's bodies by name (its verb, "lấy mẫu", in no verb list): one entry each, none for the pair."""
    obs = [(o.who, o.what) for o in extract(_QC).obligations]
    assert [w for w, _ in obs] == ["Phòng Quản lý đất đai", "Trung tâm Phát triển quỹ đất và môi trường",
                                   "Chi cục Bảo vệ môi trường"]
    assert obs[1][1].startswith("lấy mẫu, đo đạc hiện trạng khu đất")


# --- scans: damaged row numbers before a "Sản phẩm" column (a17-02), a damaged chapter numeral (a17-05) ----------

_PL_ROWS = (("1", "Rà soát danh mục thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Các công chức chuyên môn",
             "Quý I/2027", "Quyết định công bố"),
            ("ẻ,", "Số hóa hồ sơ còn hiệu lực", "Bộ phận Một cửa xã", "Văn phòng HĐND và UBND xã", "Trước 30/6/2027",
             "Dữ liệu số hóa"),
            ("S", "Cập nhật dữ liệu đất đai", "Công chức Địa chính - Xây dựng", "Công an xã", "Tháng 9/2027",
             "Cơ sở dữ liệu"),
            ("4", "Khảo sát sự hài lòng của người dân", "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã",
             "Trước ngày 15/11/2027", "Báo cáo khảo sát"))


def test_damaged_row_numbers_before_a_products_column_open_their_rows():
    """A scanned Phụ lục read line by line, no blank line between cells: "STT | Nội dung | Chủ trì | Phối hợp | Thời
    gian hoàn thành | Sản phẩm", the numbers 2 and 3 read "ẻ,", "S". Each row's last cell is its product, not a date,
    so no due cell closes the row: a line of two characters at most after a row that has a cell for every column
    opens the next row."""
    head = ("UBND XÃ TÂN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 31/KH-UBND\n\n"
            "Tân Phú, ngày 02 tháng 12 năm 2026\n\nKẾ HOẠCH\ncải cách hành chính năm 2027\n\n"
            "I. NHIỆM VỤ\n\nCác bộ phận thực hiện theo Phụ lục kèm theo.\n\nPHỤ LỤC\n\n")
    lines = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    for r in _PL_ROWS:
        lines += list(r)
    (t,) = _data_tables(head + "\n".join(lines) + "\n" + _TAIL)
    assert [(r[2].text, r[4].text) for r in t.rows[1:]] == [(r[2], r[4]) for r in _PL_ROWS]


def test_a_chapter_heading_with_a_damaged_numeral_closes_the_article_above():
    """"Chương IHII" (a scanned "Chương III") / "TỔ CHỨC THỰC HIỆN" after the last clause of an article titled with two
    bodies: a chapter's heading, no paragraph of that article and no task of the pair."""
    text = _QC.replace("Điều 5.", "Chương IHII\n\nTỔ CHỨC THỰC HIỆN\n\nĐiều 5.")
    assert [o.who for o in extract(text).obligations] == [
        "Phòng Quản lý đất đai", "Trung tâm Phát triển quỹ đất và môi trường", "Chi cục Bảo vệ môi trường"]


def test_a_lead_clause_closed_by_a_semicolon_leaves_the_whole_list_of_bodies():
    """"Căn cứ vào kết quả rà soát, đánh giá và yêu cầu, nhiệm vụ; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách
    nhiệm …" (the wording of 45-HD-BTCTW's "Về quản lý quy hoạch"): the lead ends at the semicolon, the bodies are the
    whole list after it — not "tổ chức đảng, cơ quan, đơn vị", now that "tổ chức đảng" names a body."""
    text = (_HEAD + "I. NHIỆM VỤ\n\n1. Về quản lý quy hoạch\n\n"
            "- Căn cứ vào kết quả rà soát, đánh giá cán bộ và yêu cầu, nhiệm vụ; các cấp ủy, tổ chức đảng, cơ quan, "
            "đơn vị có trách nhiệm triển khai kế hoạch luân chuyển, đào tạo cán bộ trong quy hoạch.\n" + _TAIL)
    assert [o.who for o in extract(text).obligations] == ["các cấp ủy, tổ chức đảng, cơ quan, đơn vị"]
