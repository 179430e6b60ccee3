"""Session 40 (obl40): obligations whose body is right but whose date is not bound, and bodies a request names.

Why: the labels README dates an assignment by "the earliest dated deadline attached to that assignment" and gives "one
entry per body per assignment block"; a block that names its subject by the section listing it ("Các chủ thể có sản
phẩm tại Mục III"), a block that takes over numbered rows ("chủ trì các chỉ tiêu số 6, 7") or a decimal item ("thực
hiện các nội dung tại điểm 3.2"), and a unit line under the table closing a numbered task are all bound to dates the
text gives elsewhere; a request to a mass organisation by name inside the Mặt trận's block addresses it separately.
The documents below are written for these tests (no sentence of the gold sets).
"""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract


def _pairs(text):
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


def _head(title: str) -> str:
    return doc_head(issuer="XÃ TÂN HÒA", number=77, date=(5, 8, 2031), title=title)


_SIGN = signature("Lê Văn Khánh", recipients=("Lưu: VT",))

# --- a block whose subject is the actors a section's table lists ---------------------------------------------------------

_LISTED = _head(title="Nâng hạng sản phẩm làng nghề năm 2031") + """I. MỤC TIÊU

Có thêm 02 sản phẩm làng nghề được công nhận.

II. DANH SÁCH ĐĂNG KÝ

| TT | Chủ thể | Sản phẩm | Thôn | Hạn nộp hồ sơ |
| --- | --- | --- | --- | --- |
| 1 | Hợp tác xã Mây tre Bình An | Giỏ mây đan | Thôn Bình An | Trước ngày 25/9/2031 |
| 2 | Cơ sở gốm Lộc Thủy | Bình gốm men lam | Thôn Lộc Thủy | Trước ngày 10/10/2031 |

III. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế

Hướng dẫn hoàn thiện hồ sơ; tổng hợp, chuyển hồ sơ lên huyện trước ngày 30/10/2031.

2. Các chủ thể có tên tại Mục II

Hoàn thiện sản phẩm, hồ sơ theo thời hạn tại Mục II; giữ vững chất lượng sản phẩm.
""" + _SIGN


def test_a_block_naming_the_listed_actors_takes_the_rows_over_with_their_earliest_date():
    pairs = _pairs(_LISTED)
    assert ("Các chủ thể có tên tại Mục II", "2031-09-25") in pairs
    whos = [w for w, _ in pairs]
    assert "Hợp tác xã Mây tre Bình An" not in whos and "Cơ sở gốm Lộc Thủy" not in whos
    assert ("Phòng Kinh tế", "2031-10-30") in pairs


def test_without_such_a_block_each_listed_actor_keeps_its_row():
    text = _LISTED.replace("2. Các chủ thể có tên tại Mục II", "2. Các chủ thể làng nghề")
    whos = [w for w, _ in _pairs(text)]
    assert "Hợp tác xã Mây tre Bình An" in whos and "Cơ sở gốm Lộc Thủy" in whos


# --- numbered rows of a table taken over by a block ----------------------------------------------------------------------

_ROWS = _head(title="Xây dựng xã đạt chuẩn an toàn thực phẩm năm 2031") + """I. CHỈ TIÊU

| STT | Chỉ tiêu | Mức phấn đấu | Đơn vị chủ trì | Thời gian hoàn thành |
| --- | --- | --- | --- | --- |
| 1 | Cơ sở kinh doanh ký cam kết bảo đảm an toàn thực phẩm | 100% | Phòng Kinh tế | Trước ngày 30/11/2031 |
| 2 | Bếp ăn tập thể được kiểm tra | Ít nhất 90% | Trạm Y tế xã | Trước ngày 20/10/2031 |
| 3 | Chợ được xếp hạng an toàn | 01 chợ | Phòng Kinh tế | Trước ngày 15/10/2031 |

II. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế chủ trì các chỉ tiêu số 1, 3; hướng dẫn hộ kinh doanh lập hồ sơ.

2. Trạm Y tế xã thực hiện chỉ tiêu số 2; tuyên truyền kiến thức an toàn thực phẩm.
""" + _SIGN


def test_a_block_taking_over_numbered_rows_is_dated_by_its_own_rows():
    pairs = _pairs(_ROWS)
    kt = [d for w, d in pairs if w == "Phòng Kinh tế"]
    assert "2031-10-15" in kt and kt.count("2031-10-15") >= 2  # its row 3, and its block (rows 1, 3: the earlier)
    assert [d for w, d in pairs if w == "Trạm Y tế xã"] == ["2031-10-20", "2031-10-20"]


def test_a_count_of_tasks_points_to_no_row():
    text = _ROWS.replace("chủ trì các chỉ tiêu số 1, 3;", "chủ trì 02 chỉ tiêu;")
    pairs = _pairs(text)
    block = [d for w, d in pairs if w == "Phòng Kinh tế"][-1]
    assert block is None


# --- a decimal item a block takes over ------------------------------------------------------------------------------------

_DECIMAL = _head(title="Phòng, chống đuối nước cho trẻ em năm 2031") + """1. Mục đích

Giảm số trẻ em bị đuối nước.

2. Nhiệm vụ

2.1. Dạy bơi an toàn

- Các trường tiểu học, trung học cơ sở trên địa bàn xã tổ chức lớp dạy bơi cho học sinh, hoàn thành trước ngày 15/9/2031.

2.2. Cảnh báo điểm nguy hiểm

- Cắm biển cảnh báo tại các ao, hồ, khúc sông nguy hiểm.

3. Tổ chức thực hiện

3.1. Các trường học trên địa bàn

Thực hiện các nội dung tại điểm 2.1 Kế hoạch này; báo cáo kết quả về UBND xã.

3.2. Công an xã

Kiểm tra các điểm nguy hiểm.
""" + _SIGN


def test_a_block_taking_over_a_decimal_item_is_dated_by_it():
    pairs = _pairs(_DECIMAL)
    assert ("Các trường học trên địa bàn", "2031-09-15") in pairs
    assert ("Các trường tiểu học, trung học cơ sở trên địa bàn xã", "2031-09-15") in pairs  # its own entry stays


# --- a unit line under the table closing a numbered task -----------------------------------------------------------------

_UNIT = _head(title="Tiêm chủng bổ sung vắc xin sởi năm 2031") + """I. NỘI DUNG

1. Rà soát đối tượng

- Trạm Y tế xã rà soát trẻ em trong độ tuổi tiêm chủng tại các thôn.

2. Tổ chức tiêm bổ sung

Tiêm bổ sung 02 đợt tại 02 điểm; lịch cụ thể như sau:

| Đợt | Điểm tiêm | Thôn | Thời gian thực hiện | Số trẻ dự kiến |
|---|---|---|---|---|
| Đợt 1 | Điểm 1 | Thôn Đông đến Thôn Tây | Từ ngày 12/9 đến ngày 13/9/2031 | 240 |
| Đợt 1 | Điểm 2 | Thôn Nam đến Thôn Bắc | Từ ngày 14/9 đến ngày 15/9/2031 | 310 |
| Đợt 2 | Điểm 1 | Thôn Đông đến Thôn Tây | Từ ngày 10/10 đến ngày 11/10/2031 | 240 |
| Đợt 2 | Điểm 2 | Thôn Nam đến Thôn Bắc | Từ ngày 12/10 đến ngày 13/10/2031 | 310 |

Đơn vị chủ trì: Trạm Y tế xã.

Đơn vị phối hợp: Trưởng các thôn.

Trạm Y tế xã báo cáo kết quả về UBND xã trước ngày 20/9/2031.

3. Truyền thông

- Phát thanh thông báo lịch tiêm trên loa truyền thanh trước ngày 05/9/2031.

II. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế xã

Chủ trì triển khai Kế hoạch.
""" + _SIGN


def test_a_unit_line_under_a_table_belongs_to_the_task_the_table_closes():
    pairs = _pairs(_UNIT)
    tyt = [d for w, d in pairs if w == "Trạm Y tế xã"]
    assert "2031-09-05" not in tyt  # the next task's date (no unit of its own) is none of the unit's
    assert "2031-09-20" in tyt or "2031-09-13" in tyt  # its own: the report, or the end of its first round
    assert None in tyt  # the first task, read on its own


# --- a request to a mass organisation inside the Mặt trận's block ------------------------------------------------------

_FRONT = _head(title="Phòng, chống bạo lực gia đình năm 2031") + """I. TỔ CHỨC THỰC HIỆN

1. Công an xã

Tiếp nhận, xử lý tin báo về bạo lực gia đình.

2. Đề nghị Ủy ban MTTQ xã

Vận động Nhân dân tham gia phòng, chống bạo lực gia đình; đề nghị Hội Nông dân, Hội Người cao tuổi xã tổ chức nói chuyện chuyên đề cho hội viên.
""" + _SIGN


def test_a_mass_organisation_asked_by_name_in_the_front_block_gets_its_own_entry():
    whos = [w for w, _ in _pairs(_FRONT)]
    assert "Hội Nông dân, Hội Người cao tuổi xã" in whos
    assert any(w.startswith("Ủy ban MTTQ") for w in whos)


# --- blocks keeping to the document's one calendar -----------------------------------------------------------------------

_CALENDAR = """ĐẢNG BỘ XÃ TÂN HÒA
ỦY BAN KIỂM TRA
Số: 12-KH/UBKT
Tân Hòa, ngày 05 tháng 8 năm 2031

KẾ HOẠCH
Giám sát việc thực hiện quy định về sinh hoạt chi bộ năm 2031

I. NỘI DUNG

Giám sát việc thực hiện nền nếp sinh hoạt chi bộ định kỳ của 04 chi bộ.

II. LỊCH GIÁM SÁT

| TT | Chi bộ được giám sát | Hạn nộp báo cáo | Thời gian giám sát tại chi bộ |
|---|---|---|---|
| 1 | Chi bộ thôn Hạ | Trước ngày 12/9/2031 | Từ ngày 22/9 đến ngày 23/9/2031 |
| 2 | Chi bộ thôn Thượng | Trước ngày 12/9/2031 | Từ ngày 24/9 đến ngày 25/9/2031 |
| 3 | Chi bộ Trường Mầm non | Trước ngày 10/10/2031 | Ngày 20/10/2031 |

III. TỔ CHỨC THỰC HIỆN

1. Đoàn giám sát

Làm việc với các chi bộ theo lịch; lập biên bản, báo cáo Ủy ban Kiểm tra.

2. Các chi bộ được giám sát

Chuẩn bị báo cáo, gửi Ủy ban Kiểm tra đúng thời hạn theo lịch giám sát.

T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM
Nguyễn Văn Tâm
"""


def test_blocks_keeping_to_the_calendar_take_its_first_date_of_their_kind():
    pairs = _pairs(_CALENDAR)
    assert ("Đoàn giám sát", "2031-09-23") in pairs  # the visits' first (its end)
    assert ("Các chi bộ được giám sát", "2031-09-12") in pairs  # the due column's first


def test_another_bodys_calendar_dates_nothing():
    pairs = _pairs(_CALENDAR.replace("theo lịch;", "theo lịch của Ban Thường vụ;"))
    assert ("Đoàn giám sát", None) in pairs


def test_a_block_directing_others_to_carry_out_an_item_keeps_its_own_date():
    text = _DECIMAL.replace("3.2. Công an xã\n\nKiểm tra các điểm nguy hiểm.",
                            "3.2. Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội\n\nChỉ đạo các trường thực hiện các nội dung"
                            " tại điểm 2.1; báo cáo Chủ tịch UBND xã trước ngày 30/9/2031.")
    pairs = _pairs(text)
    assert ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", "2031-09-30") in pairs


def test_a_listed_section_read_as_no_rows_still_dates_the_block_by_its_own_dates():
    # the list printed as lines (a grid the OCR lost): no row is charged, the section's dates are the actors' times
    text = _LISTED.replace("""| TT | Chủ thể | Sản phẩm | Thôn | Hạn nộp hồ sơ |
| --- | --- | --- | --- | --- |
| 1 | Hợp tác xã Mây tre Bình An | Giỏ mây đan | Thôn Bình An | Trước ngày 25/9/2031 |
| 2 | Cơ sở gốm Lộc Thủy | Bình gốm men lam | Thôn Lộc Thủy | Trước ngày 10/10/2031 |""",
                           """Giỏ mây đan (Thôn Bình An): nộp hồ sơ trước ngày 25/9/2031.

Bình gốm men lam (Thôn Lộc Thủy): nộp hồ sơ trước ngày 10/10/2031.""")
    assert ("Các chủ thể có tên tại Mục II", "2031-09-25") in _pairs(text)
