"""Who a plan or a Quyết định thành lập charges, by kind (session 45, tune44's kinds, written here in other words):

* a Ban's phân công table "TT | Thành viên | Lĩnh vực phụ trách | Nhiệm vụ": each row charges the member's role (the
  "Thành viên" cell), not the field or area it oversees (``vocab.TASK_MEMBER_COL``, "lĩnh vực" in
  ``vocab.TASK_THING_COL``); the Điều 1 list of members by name ("4. Các thành viên:" over "- Ông …, Trưởng phòng …;")
  is the membership, no task (``assignment_words.MEMBER_ONLY``);
* a schedule's "Người phụ trách" column of persons' names charges no one (``task_table_cells.persons_column``); the
  heading whose block works "theo lịch … tại bảng trên" with no date of its own is due by the table's earliest date
  (``section_refs.TABLE_SCHEDULE``), and a block "theo thời gian tại Phụ lục" by the appendix's earliest
  (``section_refs.ANNEX_SCHEDULE``);
* households of a trade with their peers ("Các hộ nuôi ong, cơ sở chế biến mật ong trên địa bàn") are a role heading
  (``patterns.HOUSEHOLD_ROLE``, ``assignment_words.PLURAL_BODY``);
* a closing request that only urges ("… đề nghị các phòng, ban, thôn khẩn trương tổ chức thực hiện") charges no one
  (``W.CLOSING``);
* a joint heading's own body doing its undated share is the joint entry's work (``task_bodies.joint_names``).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.task_bodies import joint_names
from vanban.extract.task_table_cells import person_name, persons_column

_HEAD = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ

Số: {num}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Phú, ngày 03 tháng 3 năm 2031

{kind}
{title}

"""

_TAIL = """
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Văn Cường
"""

_BOARD = _HEAD.format(num="77/QĐ-UBND", kind="QUYẾT ĐỊNH", title="Về việc thành lập Tổ công tác cải cách hành chính xã") + """CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác cải cách hành chính xã, gồm các ông, bà có tên sau:

1. Ông Đỗ Văn Cường, Chủ tịch UBND xã - Tổ trưởng.

2. Bà Lý Thị Hạnh, Phó Chủ tịch UBND xã - Tổ phó.

3. Các thành viên:

- Ông Vương Đình Khải, công chức Tư pháp - Hộ tịch;

- Bà Tạ Thị Ngọc, công chức Văn phòng - Thống kê;

- Ông Kiều Văn Sáng, Trưởng Công an xã.

Điều 2. Tổ công tác giúp Chủ tịch UBND xã đôn đốc cải cách thủ tục hành chính; ban hành kế hoạch kiểm tra trước ngày 31/3/2031.

Điều 3. Quyết định có hiệu lực kể từ ngày ký.

PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN TỔ CÔNG TÁC

| STT | Thành viên | Nhiệm vụ được phân công | Lĩnh vực phụ trách |
|---|---|---|---|
| 1 | Tổ trưởng (Chủ tịch UBND xã) | Chỉ đạo chung hoạt động của Tổ công tác | Toàn diện |
| 2 | Tổ phó (Phó Chủ tịch UBND xã) | Theo dõi bộ phận một cửa, số hóa kết quả giải quyết hồ sơ trước ngày 30/9/2031 | Một cửa; thôn Đông |
| 3 | Công chức Tư pháp - Hộ tịch | Rà soát thủ tục hộ tịch, chứng thực | Hộ tịch, chứng thực |
""" + _TAIL


def test_board_rows_charge_members_not_fields() -> None:
    obs = extract(_BOARD).obligations
    whos = [o.who for o in obs]
    assert "Tổ phó (Phó Chủ tịch UBND xã)" in whos
    assert "Công chức Tư pháp - Hộ tịch" in whos
    assert not any(w in whos for w in ("Toàn diện", "Một cửa; thôn Đông", "Hộ tịch, chứng thực"))
    row = next(o for o in obs if o.who == "Tổ phó (Phó Chủ tịch UBND xã)")
    assert row.deadline is not None and row.deadline.date == "2031-09-30"
    assert not any("thành viên" == (w or "").lower().removeprefix("các ") for w in whos)  # Điều 1's list: members


_CAMPAIGN = _HEAD.format(num="31/KH-UBND", kind="KẾ HOẠCH", title="Phun khử trùng chuồng trại đợt 1 năm 2031") + """I. LỊCH PHUN

| STT | Thôn | Người phụ trách | Số hộ chăn nuôi | Hóa chất (lít) | Thời gian phun |
|---|---|---|---|---|---|
| 1 | Thôn Đông | Vương Đình Khải | 120 | 40 | 10 - 11/3/2031 |
| 2 | Thôn Tây | Tạ Thị Ngọc | 95 | 35 | 13 - 14/3/2031 |

II. TỔ CHỨC THỰC HIỆN

1. Giao cán bộ thú y xã

Nhận hóa chất, trực tiếp phun khử trùng theo lịch và địa bàn tại bảng trên.

2. Các hộ nuôi ong, cơ sở chế biến mật ong trên địa bàn

Vệ sinh khu nuôi, chế biến; phối hợp với tổ phun khi được yêu cầu.

3. Đề nghị Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể

Tuyên truyền hội viên tham gia vệ sinh chuồng trại; Ủy ban MTTQ chủ trì vận động hộ khó khăn; Hội Cựu chiến binh xã tổ chức tổ xung kích hỗ trợ.

Ủy ban nhân dân xã kính đề nghị các phòng, ban, thôn khẩn trương tổ chức thực hiện./.
""" + _TAIL


def test_persons_column_charges_no_one_and_table_dates_the_heading() -> None:
    obs = extract(_CAMPAIGN).obligations
    whos = [o.who for o in obs]
    assert "Vương Đình Khải" not in whos and "Tạ Thị Ngọc" not in whos
    vet = next(o for o in obs if o.who == "cán bộ thú y xã")
    assert vet.deadline is not None and (vet.deadline.latest or vet.deadline.date) == "2031-03-11"


def test_households_with_peers_heading_charges_them() -> None:
    whos = [o.who for o in extract(_CAMPAIGN).obligations]
    assert "Các hộ nuôi ong, cơ sở chế biến mật ong trên địa bàn" in whos


def test_letter_closing_with_urgency_is_no_obligation() -> None:
    whos = [(o.who or "").lower() for o in extract(_CAMPAIGN).obligations]
    assert not any(w.startswith("các phòng, ban") for w in whos)


def test_joint_heading_own_body_share_stays_in_the_joint_entry() -> None:
    whos = [o.who for o in extract(_CAMPAIGN).obligations]
    assert "Ủy ban MTTQ" not in whos
    assert any(w and w.startswith("Ủy ban MTTQ Việt Nam xã và các hội") for w in whos)
    assert joint_names("3. Đề nghị Ủy ban MTTQ Việt Nam xã và các hội, đoàn thể", "Ủy ban MTTQ")
    assert not joint_names("Các tổ chức chính trị - xã hội (Hội Nông dân, Hội Cựu chiến binh)", "Hội Nông dân")


def test_person_names() -> None:
    assert person_name("Vương Đình Khải") and person_name("Bà Tạ Thị Ngọc")
    assert not person_name("Công an xã") and not person_name("Trạm Y tế xã")
    assert persons_column("nguoi phu trach", ["Vương Đình Khải", "Tạ Thị Ngọc", ""])
    assert not persons_column("nguoi phu trach", ["Vương Đình Khải", "Công an xã"])


_OCOP = _HEAD.format(num="12/KH-UBND", kind="KẾ HOẠCH", title="Phát triển sản phẩm OCOP năm 2031") + """I. NHIỆM VỤ

1. Các hợp tác xã có sản phẩm tham gia

Hoàn thiện bao bì, nhãn mác và hồ sơ sản phẩm theo thời gian tại Phụ lục; báo cáo kết quả trước ngày 30/11/2031.

PHỤ LỤC
DANH MỤC SẢN PHẨM DỰ KIẾN

| STT | Chủ thể | Sản phẩm | Thời hạn hoàn thiện | Ghi chú |
|---|---|---|---|---|
| 1 | Hợp tác xã Đông Hưng | Mật ong rừng | Trước ngày 15/5/2031 | |
| 2 | Hợp tác xã Tân Tiến | Chè xanh | Trước ngày 30/6/2031 | |
""" + _TAIL


def test_block_by_annex_time_takes_its_earliest_date() -> None:
    obs = extract(_OCOP).obligations
    coop = [o for o in obs if (o.who or "").startswith("Các hợp tác xã")]
    assert coop and min((o.deadline.date or o.deadline.latest) for o in coop if o.deadline) == "2031-05-15"


_DRILL = _HEAD.format(num="19/KH-CAX", kind="KẾ HOẠCH", title="Diễn tập chữa cháy tại khu dân cư năm 2031") + """I. NỘI DUNG

1. Tổ chức Lễ phát động phong trào toàn dân phòng cháy vào ngày 20/3/2031 tại Hội trường xã.

2. Các tổ dân phố tổ chức diễn tập phương án chữa cháy theo lịch sau; buổi diễn tập tại khu chợ tổ chức ngày 28/6/2031.

| TT | Tổ dân phố | Số hộ | Số bình cần bổ sung | Ngày diễn tập phương án |
|---|---|---|---|---|
| 1 | Tổ 1 | 210 | 30 | 05/4/2031 |
| 2 | Tổ 2 | 185 | 25 | 12/4/2031 |
| 3 | Tổ 3 | 162 | 20 | 19/4/2031 |

II. TỔ CHỨC THỰC HIỆN

1. Đội dân phòng xã

- Chuẩn bị lực lượng, phương tiện cho Lễ phát động ngày 20/3/2031.

- Tổng hợp kết quả diễn tập, báo cáo Công an xã trước ngày 15/7/2031.
""" + _TAIL


def test_block_naming_a_scheduled_event_is_due_on_its_day() -> None:
    obs = extract(_DRILL).obligations
    team = [o for o in obs if o.who == "Đội dân phòng xã" and o.deadline]
    assert team and min(o.deadline.date or o.deadline.latest for o in team) == "2031-03-20"


def test_block_keeping_the_calendar_after_it_is_due_by_its_first_row() -> None:
    obs = extract(_DRILL).obligations
    wards = [o for o in obs if o.who == "Các tổ dân phố" and o.deadline]
    assert wards and min(o.deadline.date or o.deadline.latest for o in wards) == "2031-04-05"


def test_window_of_days_before_a_full_date_is_one_interval() -> None:
    dls = extract(_CAMPAIGN).deadlines
    assert any(d.earliest == "2031-03-10" and d.latest == "2031-03-11" and d.date is None for d in dls)
    assert any(d.earliest == "2031-03-13" and d.latest == "2031-03-14" for d in dls)


_ROUNDS = _HEAD.format(num="40/KH-UBND", kind="KẾ HOẠCH", title="Tiêm phòng cúm gia cầm năm 2031") + """I. THỜI GIAN

1. Đợt chính: từ ngày 02/4/2031 đến hết ngày 09/4/2031, theo lịch của từng khu dân cư:

| STT | Khu dân cư | Số hộ | Vắc xin (liều) | Thời gian tiêm |
|---|---|---|---|---|
| 1 | Khu 1 | 80 | 900 | 02 - 03/4/2031 |
| 2 | Khu 2 | 75 | 850 | 06 - 07/4/2031 |
| 3 | Khu 3 | 60 | 700 | 08 - 09/4/2031 |

2. Đợt tiêm vét: từ ngày 20/4/2031 đến ngày 25/4/2031, tiêm cho đàn mới nhập; hoàn thành tiêm vét chậm nhất ngày 25/4/2031.

II. TỔ CHỨC THỰC HIỆN

1. Các khu dân cư

Tổ chức diễn tập vận chuyển vắc xin theo lịch sau:

| STT | Khu dân cư | Số người tham gia | Ngày diễn tập |
|---|---|---|---|
| 1 | Khu 1 | 12 | 28/4/2031 |
| 2 | Khu 2 | 10 | 29/4/2031 |
| 3 | Khu 3 | 11 | 30/4/2031 |

2. Ban quản lý các khu dân cư

Gửi danh sách hộ chưa tiêm về UBND xã trước ngày 30/4/2031.
""" + _TAIL


def test_round_windows_dated_otherwise_are_no_deadlines() -> None:
    dls = extract(_ROUNDS).deadlines
    assert not any(d.earliest == "2031-04-02" and d.latest == "2031-04-09" for d in dls)  # the rows date the round
    assert not any(d.earliest == "2031-04-20" and d.latest == "2031-04-25" for d in dls)  # its "chậm nhất" dates it
    assert any(d.date == "2031-04-25" for d in dls)


def test_event_day_in_a_table_beside_a_due_day_of_the_prose_are_two() -> None:
    days = [d for d in extract(_ROUNDS).deadlines if d.date == "2031-04-30"]
    assert len(days) == 2  # Khu 3's drill and the prose's "trước ngày 30/4/2031"
