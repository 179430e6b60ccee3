"""Obligations: kinds read on authored29's misses (session 31), each phrased here in my own words.

The documents below are invented for the test (a Văn phòng Huyện ủy's reminder with a table of late units, a
village Chi bộ's quarterly resolution, a Mặt trận's guidance on its oversight, a cooperation programme of the police
and the youth union); the expected bodies and dates are those a careful reader lists under
``realdocs/labeled/README.md``'s conventions, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(issuer: str, number: str, date: str, kind: str, title: str, body: str, signer: str) -> str:
    return "\n".join((*issuer.split("|"), "", "ĐẢNG CỘNG SẢN VIỆT NAM", "", f"Số {number}", "",
                      f"Hà Thanh, ngày {date}", "", kind, title, "", body, "", "Nơi nhận:", "- Như trên;",
                      "- Lưu VP.", "", signer, "Nguyễn Văn An", ""))


def _obligations(text: str) -> list[tuple[str, str | None, str]]:
    out = []
    for o in extract(text).obligations:
        d = o.deadline
        out.append((o.who or "", (d.date or d.latest) if d else None, o.what or ""))
    return out


# --- a reminder's table of late units, each row's new date --------------------------------------------------------

_REMINDER = _doc(
    "HUYỆN ỦY ĐÔNG SƠN|VĂN PHÒNG", "215-CV/VPHU", "10 tháng 7 năm 2027", "",
    "V/v đôn đốc nộp báo cáo quý II năm 2027 còn chậm",
    "Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy.\n\n"
    "Đến ngày 09/7/2027, Văn phòng Huyện ủy mới nhận được 20/31 báo cáo quý II năm 2027. Văn phòng Huyện ủy đề "
    "nghị:\n\n"
    "1. Các cơ sở đảng chưa nộp báo cáo (danh sách dưới đây) hoàn chỉnh, nộp báo cáo về Văn phòng Huyện ủy "
    "theo hạn mới như sau:\n\n"
    "| STT | Đơn vị | Nội dung chưa nộp | Thời hạn theo Kế hoạch số 40-KH/HU | Thời hạn nộp mới |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Đảng ủy xã Đông Hòa | Báo cáo kết quả quý II năm 2027 | 30/6/2027 | Trước ngày 15/7/2027 |\n"
    "| 2 | Chi bộ Trường THPT Đông Sơn | Báo cáo công tác phát triển đảng viên | 30/6/2027 | "
    "Chậm nhất ngày 16/7/2027 |\n"
    "| 3 | Đảng ủy Quân sự huyện | Báo cáo công tác quốc phòng quý II | 01/7/2027 | Trước ngày 14/7/2027 |\n\n"
    "Đối với 04 chi bộ thôn còn lại chưa nộp báo cáo quý II (có danh sách gửi kèm qua hộp thư điện tử), đề nghị "
    "nộp báo cáo trước ngày 17/7/2027.\n\n"
    "2. Phòng Tổng hợp, Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Thường trực Huyện ủy trước ngày 20/7/2027.",
    "K/T CHÁNH VĂN PHÒNG")


def test_reminder_table_charges_each_late_unit_its_new_date():
    """"Thời hạn theo Kế hoạch số 40-KH/HU | Thời hạn nộp mới": the column that names the earlier document's time is
    the missed one; each row's unit is charged with the new date, its task the report it owes."""
    obs = _obligations(_REMINDER)
    rows = {who: (due, what) for who, due, what in obs}
    assert rows["Đảng ủy xã Đông Hòa"] == ("2027-07-15", "Báo cáo kết quả quý II năm 2027")
    assert rows["Chi bộ Trường THPT Đông Sơn"][0] == "2027-07-16"
    assert rows["Đảng ủy Quân sự huyện"][0] == "2027-07-14"


def test_reminder_lead_in_naming_the_rows_group_is_no_obligation():
    """"1. Các cơ sở đảng chưa nộp báo cáo (danh sách dưới đây) … như sau:" over the table: the rows are the group's
    members, each charged; the lead-in itself is none (nor a cut "Các cơ sở đảng chưa")."""
    whos = [who for who, _, _ in _obligations(_REMINDER)]
    assert not any(w.startswith("Các cơ sở đảng") for w in whos), whos


def test_topic_asked_with_no_addressee_after_the_cue():
    """"Đối với 04 chi bộ thôn còn lại chưa nộp báo cáo quý II (…), đề nghị nộp báo cáo trước ngày 17/7/2027": the
    request names no addressee after "đề nghị"; the topic is whom it asks, its parenthesis no part of the name."""
    obs = _obligations(_REMINDER)
    rest = [(who, due) for who, due, _ in obs if "chi bộ thôn" in who]
    assert rest == [("04 chi bộ thôn còn lại chưa nộp báo cáo quý II", "2027-07-17")], obs


# --- a village Chi bộ's resolution: topics by body ----------------------------------------------------------------

_RESOLUTION = _doc(
    "ĐẢNG BỘ XÃ HÀ THANH|CHI BỘ THÔN BẮC SƠN", "08-NQ/CB", "03 tháng 7 năm 2027", "NGHỊ QUYẾT",
    "Về lãnh đạo thực hiện nhiệm vụ quý III năm 2027",
    "Hội nghị Chi bộ thường kỳ tháng 7 năm 2027,\n\nQUYẾT NGHỊ\n\n"
    "I. NHIỆM VỤ QUÝ III NĂM 2027\n\n"
    "1. Đối với Ban Công tác Mặt trận và các đoàn thể thôn\n\n"
    "- Chi hội Nông dân phối hợp Hợp tác xã tổ chức hội thảo giống lúa mới, vận động hội viên đăng ký mô hình.\n\n"
    "- Chi đoàn Thanh niên phối hợp Trạm Y tế xã tuyên truyền phòng chống dịch sốt xuất huyết.\n\n"
    "2. Đối với Tổ dân phòng thôn\n\n"
    "Tuần tra ban đêm ít nhất 03 buổi/tuần; phối hợp Công an xã giữ gìn trật tự trong mùa lễ hội.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "Chi ủy cụ thể hóa Nghị quyết, kiểm điểm việc thực hiện tại kỳ sinh hoạt tháng 10/2027.",
    "T/M CHI BỘ")


def test_topic_heading_with_its_tasks_in_a_paragraph_below():
    """"2. Đối với Tổ dân phòng thôn" / "Tuần tra ban đêm …": the topic's tasks in one paragraph with no subject of
    its own (no sub-item) are the topic's body's."""
    whos = [who for who, _, _ in _obligations(_RESOLUTION)]
    assert "Tổ dân phòng thôn" in whos, whos


def test_mass_organisation_branches_each_charged_whatever_their_verb():
    """Under "Đối với Ban Công tác Mặt trận và các đoàn thể thôn", each bullet opens with one village branch of a mass
    organisation as its own subject ("Chi hội Nông dân phối hợp Hợp tác xã tổ chức hội thảo …"): each branch is
    charged, and the heading's group, whose bullets all went to their branches, is not."""
    whos = [who for who, _, _ in _obligations(_RESOLUTION)]
    assert "Chi hội Nông dân" in whos and "Chi đoàn Thanh niên" in whos, whos
    assert not any(w.startswith("Ban Công tác Mặt trận và các đoàn thể") for w in whos), whos


# --- a Mặt trận's guidance: its own oversight steps, and a table announced after a task --------------------------

_GUIDANCE = "\n".join((
    "ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ THANH", "BAN THƯỜNG TRỰC", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "", "Số: 45/HD-MTTQ-BTT", "", "Hà Thanh, ngày 12 tháng 02 năm 2027", "",
    "HƯỚNG DẪN", "Giám sát năm 2027", "",
    "I. NỘI DUNG GIÁM SÁT", "",
    "1. Đối với cấp tỉnh", "",
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì tổ chức 02 cuộc giám sát chuyên đề trong năm 2027. "
    "Nội dung cụ thể theo bảng sau:", "",
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |",
    "|---|---|---|---|",
    "| 1 | Giám sát việc chi trả trợ cấp xã hội | Ban Dân chủ - Pháp luật | Quý II/2027 |",
    "| 2 | Giám sát việc cấp thẻ bảo hiểm y tế | Ban Phong trào | Quý III/2027 |", "",
    "II. QUY TRÌNH GIÁM SÁT", "",
    "1. Chậm nhất 10 ngày kể từ ngày kết thúc giám sát, đoàn giám sát gửi báo cáo kết quả đến cơ quan được giám "
    "sát.", "",
    "2. Ủy ban MTTQ cấp xã theo dõi việc giải quyết kiến nghị sau giám sát.", "",
    "Nơi nhận:", "- Lưu VT.", "", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Văn Bình", ""))


def test_oversight_step_opening_with_its_time_limit_charges_the_team():
    """"II. QUY TRÌNH GIÁM SÁT" / "Chậm nhất 10 ngày kể từ ngày kết thúc giám sát, đoàn giám sát gửi báo cáo …": the
    steps of the issuer's own oversight charge the team that oversees (no administrative procedure for a citizen)."""
    whos = [who.lower() for who, _, _ in _obligations(_GUIDANCE)]
    assert "đoàn giám sát" in whos, whos


def test_task_sentence_before_a_table_announcement_is_kept():
    """"Ban Thường trực … chủ trì tổ chức 02 cuộc giám sát …. Nội dung cụ thể theo bảng sau:" over a table of its
    boards' rows: the sentence before the announcement is the Ban Thường trực's own task; each row its board's."""
    whos = [who for who, _, _ in _obligations(_GUIDANCE)]
    assert "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" in whos, whos
    assert "Ban Dân chủ - Pháp luật" in whos and "Ban Phong trào" in whos, whos


# --- a unit named as the focal point ------------------------------------------------------------------------------

def test_focal_point_role_is_no_part_of_the_unit_name():
    """"- Giao Phòng Cảnh sát hình sự làm đầu mối, phối hợp với Ban Thanh niên xung kích … xây dựng kế hoạch …": the
    unit charged is "Phòng Cảnh sát hình sự"; "làm đầu mối" is its role in the task."""
    text = _doc(
        "CÔNG AN TỈNH HÀ THANH|TỈNH ĐOÀN HÀ THANH", "12/CTrPH-CAT-TĐ", "05 tháng 01 năm 2027", "CHƯƠNG TRÌNH PHỐI HỢP",
        "Phòng, chống tội phạm trong thanh thiếu niên giai đoạn 2027 - 2028",
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Trách nhiệm của Công an tỉnh\n\n"
        "- Giao Phòng Cảnh sát hình sự làm đầu mối, phối hợp với Ban Thanh niên xung kích Tỉnh đoàn xây dựng kế "
        "hoạch năm 2027 trước ngày 20/02/2027.\n\n"
        "- Cung cấp tài liệu tuyên truyền cho các cơ sở Đoàn.\n\n"
        "2. Trách nhiệm của Tỉnh đoàn\n\n- Chỉ đạo các cơ sở Đoàn xây dựng kế hoạch phối hợp, gửi về Tỉnh đoàn "
        "trước ngày 10/3/2027.",
        "GIÁM ĐỐC")
    obs = _obligations(text)
    assert ("Phòng Cảnh sát hình sự", "2027-02-20") in [(w, d) for w, d, _ in obs], obs
    assert not any("làm đầu mối" in w for w, _, _ in obs), obs


def test_administrative_procedure_of_checks_stays_a_procedure():
    """"b) Trình tự, thủ tục kiểm tra chất lượng sản phẩm …" / "Trong thời hạn 05 ngày làm việc …, Chi cục … thực hiện
    kiểm tra …": an administrative procedure's step, though it checks, charges no body (only the steps of a body's own
    oversight do)."""
    text = "\n".join((
        "ỦY BAN NHÂN DÂN", "TỈNH HÀ THANH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "Số: 30/2027/QĐ-UBND", "", "Hà Thanh, ngày 02 tháng 3 năm 2027", "", "QUYẾT ĐỊNH",
        "Ban hành Quy định kiểm tra chất lượng sản phẩm muối", "",
        "Điều 5. Trình tự, thủ tục kiểm tra chất lượng sản phẩm muối", "",
        "1. Tổ chức, cá nhân nộp hồ sơ đề nghị kiểm tra tại Trung tâm Phục vụ hành chính công tỉnh.", "",
        "2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Chi cục Quản lý chất lượng thực hiện kiểm tra, "
        "cấp thông báo kết quả.", "",
        "Nơi nhận:", "- Lưu VT.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường", ""))
    whos = [who for who, _, _ in _obligations(text)]
    assert not any(w.startswith("Chi cục Quản lý chất lượng") for w in whos), whos
