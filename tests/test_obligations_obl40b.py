"""Session 40 (obl40b): obligations of tune39's kinds — a proposal chained to a body's own verbs, a block dated by the
appendix calendar it names, the staff posts of a school, and a body acting through its own department.

Why: the labels README dates an assignment by "the earliest dated deadline attached to that assignment" and gives "one
entry per body per assignment block"; a body that "xét chọn, đề nghị <cấp trên> khen thưởng" puts a case up, it does not
relay a request of the issuer's (the older sets label no entry for the body proposed to); a block keeping to "lịch tại
Phụ lục" is attached to the appendix's first date; "Viên chức thư viện" is a post a school's plan charges as it does
"Giáo viên chủ nhiệm"; a heading body whose block is its own department's work is one assignment.
The documents below are written for these tests (no sentence of the gold sets).
"""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract


def _pairs(text):
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


def _head(title: str) -> str:
    return (doc_head(issuer="XÃ PHÚ MỸ", number=41, date=(10, 3, 2031), title=title)
            + "I. MỤC ĐÍCH, YÊU CẦU\n\nTriển khai đồng bộ, đúng tiến độ.\n\n")


_SIGN = signature("Trần Văn Bình", recipients=("Lưu: VT",))

# --- a proposal chained to the body's own verbs ------------------------------------------------------------------------

_PROPOSAL = """HỘI CỰU CHIẾN BINH VIỆT NAM
BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH XÃ PHÚ MỸ
Số: 09-KH/HCCB
Phú Mỹ, ngày 10 tháng 3 năm 2031

KẾ HOẠCH
Xây dựng mô hình chăn nuôi mẫu năm 2031

I. MỤC ĐÍCH, YÊU CẦU

Nhân rộng mô hình hiệu quả.

II. NỘI DUNG

1. Đánh giá, công nhận mô hình

Ban Thường vụ Hội Cựu chiến binh xã kiểm tra định kỳ hằng quý; chấm điểm từng mô hình, đề nghị UBND xã công nhận mô hình mẫu trước ngày 20/10/2031; sơ kết trong tháng 11/2031.

III. TỔ CHỨC THỰC HIỆN

1. Các chi hội

Đăng ký mô hình, gửi về Ban Thường vụ Hội trước ngày 30/4/2031.

Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Bình
"""


def test_proposal_chained_after_a_comma_is_the_bodys_own_step():
    got = _pairs(_PROPOSAL)
    assert ("Ban Thường vụ Hội Cựu chiến binh xã", "2031-10-20") in got
    assert not any((w or "").startswith("UBND xã") for w, _ in got)


# --- a block dated by the appendix calendar it names --------------------------------------------------------------------

_ANNEX = _head(title="Tuyên truyền phòng, chống đuối nước năm 2031") + """II. TỔ CHỨC THỰC HIỆN

1. Đoàn Thanh niên xã

Tổ chức các buổi hướng dẫn kỹ năng bơi an toàn tại các thôn theo lịch tại Phụ lục kèm theo; hoàn thành báo cáo kết quả trước ngày 30/6/2031.

PHỤ LỤC

LỊCH HƯỚNG DẪN KỸ NĂNG BƠI AN TOÀN

| STT | Thôn | Địa điểm | Thời gian |
|---|---|---|---|
| 1 | Thôn Đông | Hồ bơi trường Tiểu học | 08 giờ 00, ngày 12/4/2031 |
| 2 | Thôn Tây | Hồ bơi trường Tiểu học | 08 giờ 00, ngày 19/4/2031 |
| 3 | Thôn Nam | Ao làng thôn Nam | 08 giờ 00, ngày 26/4/2031 |
""" + _SIGN


def test_block_naming_the_appendix_calendar_is_due_by_its_first_date():
    got = dict(_pairs(_ANNEX))
    assert got.get("Đoàn Thanh niên xã") == "2031-04-12"


# --- a school's library post ---------------------------------------------------------------------------------------------

_SCHOOL = """UBND XÃ PHÚ MỸ
TRƯỜNG TIỂU HỌC PHÚ MỸ
Số: 12/KH-THPM
Phú Mỹ, ngày 02 tháng 3 năm 2031

KẾ HOẠCH
Phát triển văn hóa đọc năm học 2030 - 2031

I. MỤC ĐÍCH, YÊU CẦU

Hình thành thói quen đọc sách cho học sinh.

II. TỔ CHỨC THỰC HIỆN

1. Hiệu trưởng

Chỉ đạo chung; phê duyệt kinh phí mua sách bổ sung.

2. Nhân viên thư viện

Phân loại, dán nhãn sách mới; cấp thẻ đọc cho học sinh lớp 1 trước ngày 25/3/2031; thống kê lượt mượn hằng tháng.

3. Giáo viên chủ nhiệm

Hướng dẫn học sinh mượn, trả sách đúng hạn.

Nơi nhận:
- Lưu: VT.
HIỆU TRƯỞNG
Nguyễn Thị Hoa
"""


def test_library_staff_post_is_charged_as_a_body():
    got = dict(_pairs(_SCHOOL))
    assert got.get("Nhân viên thư viện") == "2031-03-25"


# --- a body acting through its own department ---------------------------------------------------------------------------

_DEPARTMENT = """TỈNH ỦY LÂM ĐỒNG
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số: 07-HD/BTGDVTU
Lâm Đồng, ngày 05 tháng 3 năm 2031

HƯỚNG DẪN
Tuyên truyền kỷ niệm ngày thành lập tỉnh

I. MỤC ĐÍCH, YÊU CẦU

Tạo khí thế thi đua sôi nổi.

II. TỔ CHỨC THỰC HIỆN

1. Các đảng ủy trực thuộc

Xây dựng kế hoạch tuyên truyền, gửi về Ban trước ngày 20/3/2031.

2. Ban Tuyên giáo và Dân vận Tỉnh ủy

Phòng Lý luận chính trị - Lịch sử Đảng biên soạn tài liệu tuyên truyền; theo dõi, đôn đốc thực hiện; tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy trước ngày 15/8/2031.

Nơi nhận:
- Lưu: VT.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lê Minh Tâm
"""


def test_body_whose_block_is_its_departments_work_is_one_assignment():
    got = _pairs(_DEPARTMENT)
    mine = [(w, d) for w, d in got if "Phòng Lý luận" in (w or "") or (w or "").startswith("Ban Tuyên giáo")]
    assert mine == [("Ban Tuyên giáo và Dân vận Tỉnh ủy (Phòng Lý luận chính trị - Lịch sử Đảng)", "2031-08-15")]


# --- a Công văn's closing formula and a routine's running period ---------------------------------------------------------

_LETTER = """ỦY BAN NHÂN DÂN
XÃ PHÚ MỸ
Số: 188/UBND-VP
V/v đôn đốc tiêm chủng mở rộng năm 2031
Phú Mỹ, ngày 04 tháng 5 năm 2031

Kính gửi:
- Trưởng các thôn;
- Trạm Y tế xã;
- Văn phòng HĐND và UBND xã.

Để hoàn thành chỉ tiêu tiêm chủng năm 2031, Chủ tịch UBND xã yêu cầu:

1. Trạm Y tế xã

Rà soát trẻ chưa tiêm đủ mũi, lập danh sách gửi các thôn trước ngày 20/5/2031.

2. Văn phòng HĐND và UBND xã

Phát thông báo lịch tiêm trên đài truyền thanh xã 03 lần/tuần đến hết ngày 30/9/2031; đăng tin trên trang thông tin điện tử của xã.

Đề nghị các đơn vị, Trưởng các thôn nghiêm túc triển khai thực hiện. Thôn nào đạt tỷ lệ tiêm chủng trên 95% trước ngày 30/9/2031 sẽ được Chủ tịch UBND xã tuyên dương; thôn không đạt phải báo cáo giải trình.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thu Hà
"""


def test_closing_formula_and_the_reward_after_it_charge_no_one():
    got = _pairs(_LETTER)
    assert not any("Trưởng các thôn" in (w or "") for w, _ in got)
    assert ("Trạm Y tế xã", "2031-05-20") in got


def test_rhythm_kept_until_a_date_leaves_the_block_undated():
    assert ("Văn phòng HĐND và UBND xã", None) in _pairs(_LETTER)


# --- a dated task inside a part stating whom the plan applies to ---------------------------------------------------------

_SCOPE = _head(title="Thu Quỹ phòng, chống thiên tai năm 2031") + """II. NỘI DUNG

1. Đối tượng, mức đóng

a) Người lao động trong độ tuổi lao động: mức đóng 15.000 đồng/người/năm.

b) Những người thuộc diện được miễn, giảm đóng theo quy định; Văn phòng HĐND và UBND xã tổng hợp danh sách, báo cáo Chủ tịch xã quyết định trước ngày 25/3/2031.

2. Thời gian thu

Các thôn nộp về UBND xã trước ngày 15/6/2031.

III. TỔ CHỨC THỰC HIỆN

1. Trưởng các thôn

Họp thôn, niêm yết danh sách đối tượng đóng trước ngày 10/4/2031.
""" + _SIGN


def test_dated_task_of_a_named_body_inside_a_scope_part_is_read():
    got = _pairs(_SCOPE)
    assert ("Văn phòng HĐND và UBND xã", "2031-03-25") in got
    assert not any((w or "").startswith("Người lao động") for w, _ in got)


def test_rhythm_end_is_no_row_of_its_own_in_the_stored_rows():
    from vanban.extract.checklist import written_rows

    rows = [(o.who, o.deadline and o.deadline.date) for o in written_rows(extract(_LETTER))]
    assert ("Văn phòng HĐND và UBND xã", "2031-09-30") not in rows
