"""Obligations of the kinds tune19 showed (session 19): a Phụ lục whose rows are keyed by their year, a Hướng dẫn's
steps done by a women's union's units, a proposal's dossier, a body's bold heading over "Là đầu mối …".

The documents are written for these tests in the style of 2027 plans and guidance of a Đảng ủy xã and a Hội Liên hiệp
Phụ nữ tỉnh (the Phụ lục laid out as ``realdocs/md2plain.py`` writes a table: cells one blank line apart, rows two); the
expected bodies and dates are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions (each
Phụ lục row with its Đơn vị chủ trì, its due cell the deadline), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_KH = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH LẠC\n*\nSố 12-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Thạch Lạc, ngày 20 tháng 01 năm 2027\n\nKẾ HOẠCH\nxây dựng mô hình tự quản ở khu dân cư giai đoạn 2027 - 2029\n\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n\nPhát huy vai trò của Nhân dân trong xây dựng khu dân cư văn minh.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n1. Ban Xây dựng Đảng Đảng ủy xã theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ "
       "trước ngày 25/11 hằng năm.\n\n2. Các đơn vị chủ trì mô hình tại Phụ lục kèm theo xây dựng kế hoạch cụ thể.\n\n"
       "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
       "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Hùng\n\n"
       "PHỤ LỤC\nMÔ HÌNH TỰ QUẢN Ở KHU DÂN CƯ GIAI ĐOẠN 2027 - 2029\n"
       "(Kèm theo Kế hoạch số 12-KH/ĐU ngày 20/01/2027 của Ban Thường vụ Đảng ủy xã)\n\n")
_ROWS = [("2027", "\"Thôn sáng, xanh, sạch\"", "Chi bộ thôn Bắc Sơn", "Ít nhất 2 km đường có đèn", "Trước ngày 30/10/2027"),
         ("2028", "\"Tổ tự quản an ninh trật tự\"", "Công an xã", "100% thôn có tổ tự quản", "Quý II/2028"),
         ("2029", "\"Vườn mẫu trồng rau an toàn\"", "Hội Nông dân xã", "Từ 10 đến 15 hộ tham gia", "Năm 2029")]


def _phu_luc() -> str:
    head = "Năm\n\nTên mô hình\n\nĐơn vị chủ trì\n\nChỉ tiêu\n\nThời gian hoàn thành\n\n\n"
    return head + "".join("\n\n".join(r) + "\n\n\n" for r in _ROWS)


def test_phu_luc_rows_keyed_by_year_give_each_body_its_due_cell():
    """"Năm | Tên mô hình | Đơn vị chủ trì | Chỉ tiêu | Thời gian hoàn thành" (a Phụ lục of models per year, t19-04's
    kind): each row's Đơn vị chủ trì carries the row, its due cell the deadline; the year that keys the row is no
    deadline (its due cell says by when)."""
    ex = extract(_KH + _phu_luc())
    obs = {o.who: o.deadline and (o.deadline.date or o.deadline.latest) for o in ex.obligations}
    assert obs.get("Chi bộ thôn Bắc Sơn") == "2027-10-30"
    assert obs.get("Công an xã") == "2028-06-30"
    assert obs.get("Hội Nông dân xã") == "2029-12-31"
    assert not any(o.who and o.who.startswith("\"") for o in ex.obligations)  # a model's name is no body
    assert not [d.text for d in ex.deadlines if d.text.strip() in ("2027", "2028")]


def _phu_luc_legacy(name: str = "Tên mô hình") -> str:
    """The same Phụ lục as legacy OCR gives it: the header's names on consecutive lines, each row's cells too, a blank
    line here and there, the year alone on the row's first line."""
    head = f"Năm\n{name}\nĐơn vị chủ trì\nChỉ tiêu\nThời gian hoàn thành\n"
    return head + "".join(f"{y}\n{m}\n{b}\n\n{t}\n\n{d}\n\n" for y, m, b, t, d in _ROWS)


def test_phu_luc_rows_keyed_by_year_read_from_legacy_ocr():
    """The year-keyed Phụ lục as legacy OCR and a scan give it (t19-04 legacy and scan: its six rows lost): each row
    opens with its year alone on a line, as another table's row opens with its number; and a column name OCR damaged
    between two it read ("Tân mô hình" for "Tên mô hình") keeps the header whole."""
    for name in ("Tên mô hình", "Tân mô hình"):
        ex = extract(_KH + _phu_luc_legacy(name))
        obs = {o.who: o.deadline and (o.deadline.date or o.deadline.latest) for o in ex.obligations}
        assert obs.get("Chi bộ thôn Bắc Sơn") == "2027-10-30", name
        assert obs.get("Công an xã") == "2028-06-30", name
        assert obs.get("Hội Nông dân xã") == "2029-12-31", name


_HD = ("HỘI LHPN VIỆT NAM\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH\nSố: 09/HD-HPN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 01 tháng 12 năm 2026\n\nHƯỚNG DẪN\n"
       "tổng kết công tác Hội năm 2026\n\nI. QUY TRÌNH THỰC HIỆN\n\n"
       "Bước 1. Chi hội tự đánh giá\n\nCác chi hội tổ chức họp hội viên nòng cốt, tự chấm điểm theo Mẫu 01; "
       "hoàn thành trước ngày 15/12/2026.\n\n"
       "Bước 2. Cơ sở Hội tổng hợp\n\nCác cơ sở Hội tổ chức hội nghị tổng kết, gửi báo cáo về Hội LHPN tỉnh trước ngày "
       "28/12/2026.\n\nII. KHEN THƯỞNG\n\n"
       "1. Hồ sơ đề nghị Ban Chấp hành Trung ương Hội LHPN Việt Nam tặng Bằng khen gửi về Hội LHPN tỉnh (qua Văn "
       "phòng) trước ngày 30/12/2026.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Ban Tổ chức - Kiểm tra Hội LHPN tỉnh\n\nLà đầu mối hướng dẫn, theo dõi, tổng hợp kết quả tổng kết.\n\n"
       "Nơi nhận:\n- TW Hội LHPN Việt Nam (b/c),\n- Các cơ sở Hội,\n- Lưu VT.\n\n"
       "TM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Lan\n")


def _hd_obs() -> dict[str, str | None]:
    return {o.who: o.deadline and (o.deadline.date or o.deadline.latest) for o in extract(_HD).obligations}


def test_union_units_end_before_their_verb():
    """"Các chi hội | tổ chức họp …", "Các cơ sở Hội | tổ chức hội nghị …": "Hội" after "chi" or "cơ sở" closes the
    unit's name, the verb after it is the unit's act (not "Hội tổ chức" as in a name); the step's heading "Chi hội
    tự đánh giá" is no body."""
    obs = _hd_obs()
    assert obs.get("Các chi hội") == "2026-12-15"
    assert obs.get("Các cơ sở Hội") == "2026-12-28"
    assert not any("đánh giá" in w for w in obs if w)


def test_a_proposal_dossier_asks_no_body():
    """"Hồ sơ đề nghị Ban Chấp hành Trung ương … tặng Bằng khen gửi về …": the dossier proposing an award, no request
    to the body it names (the labels: no named subject, no obligation)."""
    assert not any(w and "Ban Chấp hành Trung ương" in w for w in _hd_obs())


def test_a_heading_body_then_its_role():
    """"1. Ban Tổ chức - Kiểm tra Hội LHPN tỉnh" / "Là đầu mối hướng dẫn, …": the role is no part of the name."""
    assert "Ban Tổ chức - Kiểm tra Hội LHPN tỉnh" in _hd_obs()


_QD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 1204/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nBình Phước, ngày 15 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
       "Ban hành Quy chế tiếp công dân tại Trụ sở tiếp công dân tỉnh\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
       "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;\n\nQUYẾT ĐỊNH:\n\n"
       "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân tại Trụ sở tiếp công dân tỉnh.\n\n"
       "Điều 2. Quyết định này có hiệu lực kể từ ngày 01/01/2027. Giao Ban Tiếp công dân tỉnh công khai Quy chế này "
       "tại Trụ sở tiếp công dân và trên Cổng thông tin điện tử của tỉnh.\n\n"
       "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Ban Tiếp công dân tỉnh và các cơ quan có liên quan chịu "
       "trách nhiệm thi hành Quyết định này./.\n\n"
       "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Minh\n")


def test_a_charge_to_publish_names_its_body():
    """"Giao Ban Tiếp công dân tỉnh | công khai Quy chế này …" in the Quyết định's effect article: "công khai" is the
    body's act (t19-05's kind: the request gave no body)."""
    assert "Ban Tiếp công dân tỉnh" in {o.who for o in extract(_QD).obligations}


_CV = ("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSỞ Y TẾ\nSố: 2210/SYT-NVY\nV/v chủ động phòng, chống dịch bệnh mùa đông xuân\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKon Tum, ngày 02 tháng 12 năm 2026\n\n"
       "Kính gửi:\n- Các bệnh viện trên địa bàn tỉnh;\n- Trung tâm Kiểm soát bệnh tật tỉnh.\n\n"
       "Để chủ động phòng, chống dịch bệnh mùa đông xuân, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
       "I. TÌNH HÌNH\n\nNăm 2026 toàn tỉnh ghi nhận 1.120 ca sốt xuất huyết.\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
       "1. Đối với các bệnh viện trên địa bàn tỉnh\n\n"
       "a) Bố trí khu vực cách ly người bệnh truyền nhiễm, hoàn thành trước ngày 20/12/2026.\n\n"
       "b) Rà soát cơ số thuốc, vật tư phục vụ công tác phòng, chống dịch.\n\n"
       "2. Đối với Trung tâm Kiểm soát bệnh tật tỉnh\n\n"
       "a) Xây dựng kế hoạch giám sát dịch bệnh năm 2027, trình Sở Y tế trước ngày 25/12/2026.\n\n"
       "b) Tổng hợp tình hình dịch bệnh, báo cáo Sở Y tế hằng tháng.\n\n"
       "Sở Y tế đề nghị Thủ trưởng các đơn vị quan tâm, phối hợp triển khai thực hiện nghiêm túc./.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPhạm Thị Hoa\n")


def test_a_letters_task_part_by_body_headings():
    """"II. NHIỆM VỤ CỤ THỂ" / "1. Đối với các bệnh viện …" / "a) Bố trí …": in a part of tasks the topic heading
    names the unit charged with the points below (t19-06's kind); the letter's last request ("… quan tâm, phối hợp
    triển khai thực hiện nghiêm túc./.") is a closing formula, no task."""
    obs = {}
    for o in extract(_CV).obligations:
        obs.setdefault(o.who.lower(), []).append(o.deadline and (o.deadline.date or o.deadline.latest))
    assert "2026-12-20" in obs.get("các bệnh viện trên địa bàn tỉnh", [])
    assert "2026-12-25" in obs.get("trung tâm kiểm soát bệnh tật tỉnh", [])
    assert not any(w.startswith("thủ trưởng") for w in obs)


_KH_SO = ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSỞ CÔNG THƯƠNG\nSố: 41/KH-SCT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\n\nThái Bình, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
          "phát triển thương mại điện tử năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
          "Đẩy mạnh ứng dụng thương mại điện tử trong doanh nghiệp.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
          "1. Phòng Quản lý thương mại\n\nChủ trì theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.\n\n"
          "2. Đề nghị các sở, ngành: Khoa học và Công nghệ, Tài chính, Công an tỉnh\n\n"
          "Theo chức năng, nhiệm vụ, phối hợp với Sở Công Thương thực hiện Kế hoạch; gửi danh sách cán bộ đầu mối về "
          "Sở Công Thương trước ngày 20/01/2027.\n\n"
          "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, QLTM.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nVũ Văn Nam\n")


def test_a_request_line_with_a_colon_names_the_bodies_asked():
    """"2. Đề nghị các sở, ngành: Khoa học và Công nghệ, Tài chính, Công an tỉnh" / "" / "Theo chức năng, nhiệm vụ,
    phối hợp …": the line standing alone names the bodies the request asks (one entry, as printed: the labels keep a
    joint heading whole), the paragraph under it their task (t19-09's kind)."""
    obs = {(o.who or "").lower(): o.deadline and o.deadline.date for o in extract(_KH_SO).obligations}
    assert obs.get("các sở, ngành: khoa học và công nghệ, tài chính, công an tỉnh") == "2027-01-20"


_KL = ("TỈNH ỦY QUẢNG NGÃI\n*\nSố 210-KL/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQuảng Ngãi, ngày 10 tháng 12 năm 2026\n\n"
       "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về chuyển đổi số năm 2027\n\n"
       "1. Đánh giá chung\n\nNăm 2026, tỉnh đạt nhiều kết quả trong chuyển đổi số.\n\n"
       "2. Nhiệm vụ năm 2027\n\nBan Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương tiếp "
       "tục quán triệt quan điểm chuyển đổi số là đột phá; người đứng đầu trực tiếp chỉ đạo, chịu trách nhiệm về kết quả "
       "chuyển đổi số của cơ quan, đơn vị mình.\n\n"
       "3. Tổ chức thực hiện\n\nVăn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.\n\n"
       "Nơi nhận:\n- Các đảng ủy trực thuộc,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Văn Tâm\n")


def test_the_heads_of_the_bodies_asked_are_no_body_of_their_own():
    """"… yêu cầu các cấp ủy, …, địa phương tiếp tục quán triệt …; người đứng đầu trực tiếp chỉ đạo, chịu trách nhiệm …"
    (t19-01's kind): the heads of the bodies just charged are part of that assignment (the labels list no bare "người
    đứng đầu")."""
    whos = [o.who or "" for o in extract(_KL).obligations]
    assert any(w.startswith("các cấp ủy, tổ chức đảng") for w in whos)
    assert not any(w.lower().startswith("người đứng đầu") for w in whos)


_TB = ("ỦY BAN NHÂN DÂN TỈNH LONG AN\nVĂN PHÒNG\nSố: 512/TB-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nLong An, ngày 18 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
       "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n\n"
       "1. Đánh giá chung\n\nĐến ngày 15/12/2026, toàn tỉnh giải ngân đạt 71% kế hoạch vốn.\n\n"
       "2. Nhiệm vụ trong thời gian tới\n\nGiải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm; yêu cầu các cơ quan, "
       "đơn vị, địa phương tập trung cao độ, quyết liệt thực hiện, bảo đảm đúng quy định của pháp luật. Cụ thể:\n\n"
       "2.1. Sở Tài chính\n\nTham mưu điều chuyển kế hoạch vốn của các dự án chậm giải ngân, trình UBND tỉnh trước ngày "
       "25/12/2026.\n\n2.2. Sở Xây dựng\n\nKiểm tra chất lượng thi công các gói thầu, báo cáo UBND tỉnh trước ngày "
       "10/01/2027.\n\nVăn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\n"
       "Nơi nhận:\n- Sở Tài chính;\n- Sở Xây dựng;\n- Lưu: VT.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Thị Thu\n")


def test_a_conclusion_announcing_its_bodies_tasks_assigns_none_itself():
    """"… yêu cầu các cơ quan, đơn vị, địa phương tập trung cao độ, quyết liệt thực hiện …. Cụ thể:" over "2.1. Sở Tài
    chính", "2.2. Sở Xây dựng" (t19-08's kind): the prose announces the bodies' tasks; each body below is an entry."""
    obs = {o.who: o.deadline and o.deadline.date for o in extract(_TB).obligations}
    assert obs.get("Sở Tài chính") == "2026-12-25" and obs.get("Sở Xây dựng") == "2027-01-10"
    assert not any(w and w.startswith("các cơ quan, đơn vị, địa phương") for w in obs)


def test_the_heads_on_a_paragraph_of_their_own_are_no_body_either():
    """The same words on a paragraph of their own after the request ("… là đột phá." / "" / "người đứng đầu trực tiếp
    chỉ đạo, …", the reading a scan of t19-01 gave after a page break): still the heads of the bodies asked, no entry
    of their own."""
    text = _KL.replace("là đột phá; người đứng đầu", "là đột phá.\n\nngười đứng đầu")
    assert not any((o.who or "").lower().startswith("người đứng đầu") for o in extract(text).obligations)
