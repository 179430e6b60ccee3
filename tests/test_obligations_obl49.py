"""Session 49 (obl49): kinds of obligation and deadline authored47 missed, each in forms written here in the documents'
style (no sentence of the gold documents).

* a Quyết định thành lập Tổ / Ban / Đoàn / Hội đồng lists its members in Điều 1 — a table "STT | Họ và tên | Chức vụ |
  Nhiệm vụ trong Tổ", role lines "2. Phó Trưởng ban thường trực: Bà …, Phó Chủ tịch …", bullets "- Ông …, Trưởng phòng
  …;" (a rank too: "Thượng tá …") — a roster, never owners; the tasks of the body it founds and of a named role are
  ("Thư ký Hội đồng lập biên bản …" under "Điều 5. Các thành viên"; "Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo và
  các thành viên" read item by item);
* a board's or team's dated standing meeting ("Tổ công tác họp định kỳ vào ngày 15 hằng tháng …") is its obligation;
  an undated rhythm ("họp định kỳ 6 tháng một lần") is none;
(The deadline kinds of the same session: tests/test_deadlines_obl49.py.)
"""

import re

from vanban.extract import extract
from vanban.extract.not_tasks import persons_only
from vanban.extract.task_table_cells import member_roster
from vanban.text import fold

QD_HEAD = """|
**ỦY BAN NHÂN DÂN
XÃ PHÚ THÀNH**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 23/QĐ-UBND
|
*Phú Thành, ngày 04 tháng 02 năm 2036*
|

**QUYẾT ĐỊNH**

VỀ VIỆC THÀNH LẬP HỘI ĐỒNG THẨM ĐỊNH HỒ SƠ HỖ TRỢ NHÀ Ở XÃ PHÚ THÀNH NĂM 2036

**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THÀNH**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;*

*Xét đề nghị của Trưởng phòng Văn hóa - Xã hội xã.*

**QUYẾT ĐỊNH:**

"""

QD_TAIL = """
**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - Xã hội và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi
hành Quyết định này./.

|
***Nơi nhận:***
- Như Điều 3;
- Lưu: VT.
|
**CHỦ TỊCH**
**Đinh Văn Khoa**
|
"""

ROSTER_TABLE = QD_HEAD + """**Điều 1.** Thành lập Hội đồng thẩm định hồ sơ hỗ trợ nhà ở xã Phú Thành năm 2036 (sau đây gọi là Hội đồng),
gồm các ông, bà có tên sau:

| TT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh trong Hội đồng |
|---|---|---|---|
| 1 | Ông Đinh Văn Khoa | Chủ tịch Ủy ban nhân dân xã | Chủ tịch Hội đồng |
| 2 | Bà Lý Thị Hằng | Trưởng phòng Văn hóa - Xã hội xã | Phó Chủ tịch Hội đồng |
| 3 | Ông Mạc Văn Tùng | Công chức địa chính, Phòng Kinh tế xã | Ủy viên, Thư ký |
| 4 | Bà Vũ Thị Lan | Chủ tịch Hội Liên hiệp Phụ nữ xã | Ủy viên |

**Điều 2.** Hội đồng có nhiệm vụ thẩm định hồ sơ đề nghị hỗ trợ xây mới, sửa chữa nhà ở của các hộ nghèo, hộ cận
nghèo; trình Chủ tịch Ủy ban nhân dân xã phê duyệt danh sách trước ngày 30/4/2036.
""" + QD_TAIL


def _plain(md: str) -> str:
    """The text a reader copies from the page (../shared/realdocs/md2plain.py): emphasis dropped, "|" lines blank."""
    t = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", md.replace("**", ""))
    return "\n".join("" if line.strip() == "|" else line for line in t.split("\n"))


def _assignments(text: str) -> list[tuple[str, str | None]]:
    """One entry per body and block, dated by its earliest date (the labels' count, tests/realdocs_match.py)."""
    out: dict[tuple[str, int], str | None] = {}
    for o in extract(_plain(text)).obligations:
        key = (o.who, o.block if o.block is not None else id(o))
        d = (o.deadline.date or o.deadline.latest) if o.deadline else None
        out[key] = min((x for x in (out.get(key), d) if x), default=None)
    return [(w, d) for (w, _), d in out.items()]


def test_a_roster_table_names_no_owner():
    """Điều 1's table of members (persons, their offices, their place in the Hội đồng): no row is an obligation; the
    Hội đồng's task in Điều 2 is."""
    assert _assignments(ROSTER_TABLE) == [("Hội đồng", "2036-04-30")]


def test_a_roster_table_whose_role_column_is_not_named_so():
    """The role column headed "Nhiệm vụ" holds only places in the body ("Trưởng đoàn", "Thành viên, Thư ký"): a
    roster still; a column of real tasks beside the persons is no roster."""
    head = [fold(h) for h in ("STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ")]
    rows = [["1", "Ông Hà Văn Bình", "Phó Chủ tịch UBND xã", "Trưởng đoàn"],
            ["2", "Bà Lò Thị Xuân", "Công chức Văn phòng - Thống kê", "Thành viên, Thư ký"],
            ["3", "Ông Triệu Văn Sơn", "Phó Trưởng Công an xã", "Thành viên"]]
    assert member_roster(head, rows)
    tasks = [["1", "Ông Hà Văn Bình", "Phó Chủ tịch UBND xã", "Chỉ đạo kiểm tra các hộ kinh doanh"],
             ["2", "Bà Lò Thị Xuân", "Công chức Văn phòng - Thống kê", "Tổng hợp báo cáo kết quả"]]
    assert not member_roster(head, tasks)
    assert not member_roster([fold(h) for h in ("TT", "Đơn vị", "Nội dung", "Thời gian")],
                             [["1", "Phòng Kinh tế", "Rà soát", "Tháng 3/2036"], ["2", "Công an xã", "Kiểm tra", "Quý II"]])


def test_role_lines_and_member_bullets_name_no_owner():
    """"2. Phó Trưởng ban thường trực: Bà …, Phó Chủ tịch UBND xã." and "4. Các Ủy viên:" over bullets of persons (one
    named by rank): who sits in the board, no task; the board's and each role's tasks in Điều 2 are owners."""
    text = QD_HEAD + """**Điều 1. Thành lập Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm xã Phú Thành năm 2036
(sau đây gọi là Ban Chỉ đạo), gồm các thành viên sau:**

1. Trưởng ban: Ông Đinh Văn Khoa, Chủ tịch Ủy ban nhân dân xã.

2. Phó Trưởng ban thường trực: Bà Lý Thị Hằng, Phó Chủ tịch Ủy ban nhân dân
xã.

3. Các Ủy viên:

- Ông Mạc Văn Tùng, Trưởng phòng Kinh tế xã;

- Thượng tá Hoàng Văn Thái, Trưởng Công an xã;

- Bà Vũ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã.

**Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo và các thành viên**

1. Nhiệm vụ của Ban Chỉ đạo

a) Chỉ đạo tiêm phòng vắc xin cho đàn gia súc, gia cầm trên địa bàn xã, hoàn thành đợt tiêm phòng trước ngày
31/5/2036.

b) Kiểm tra việc vận chuyển, giết mổ gia súc, gia cầm tại các thôn.

2. Nhiệm vụ của thành viên Ban Chỉ đạo

a) Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc thường xuyên của Ban Chỉ đạo; chủ trì kiểm tra
các thôn có dịch.

b) Các Ủy viên thực hiện nhiệm vụ theo lĩnh vực phụ trách; báo cáo Trưởng ban kết quả thực hiện.
""" + QD_TAIL
    got = _assignments(text)
    assert ("Ban Chỉ đạo", "2036-05-31") in got, got
    assert ("Phó Trưởng ban thường trực", None) in got, got
    assert ("Các Ủy viên", None) in got, got
    assert all("Ông" not in (o.what or "")[:4] and "Bà" not in (o.what or "")[:3]
               for o in extract(_plain(text)).obligations)
    assert persons_only("Ông Mạc Văn Tùng, Trưởng phòng Kinh tế xã; Thượng tá Hoàng Văn Thái, Trưởng Công an xã")
    assert not persons_only("Bà Lý Thị Hằng, Phó Chủ tịch UBND xã, giúp Chủ tịch theo dõi công tác văn hóa")


def test_each_role_under_the_members_article_is_its_own_owner():
    """"Điều 5. Các thành viên" over "1. Thư ký Hội đồng lập biên bản …", "2. Các thành viên khác …": the secretary and
    the others, each their own entry, not one block of "Các thành viên"."""
    text = ROSTER_TABLE.replace(QD_TAIL, "") + """
**Điều 4. Chủ tịch Hội đồng**

Chủ trì các phiên thẩm định; ký biên bản thẩm định và tờ trình của Hội đồng.

**Điều 5. Các thành viên**

1. Thư ký Hội đồng tiếp nhận hồ sơ từ các thôn; lập biên bản các phiên thẩm định; dự thảo tờ trình của Hội đồng.

2. Các thành viên khác nghiên cứu hồ sơ trước phiên thẩm định; tham gia kiểm tra thực tế nhà ở của các hộ.
""" + QD_TAIL
    got = _assignments(text)
    assert ("Thư ký Hội đồng", None) in got, got
    assert ("Các thành viên khác", None) in got, got
    assert ("Các thành viên", None) not in got, got


def test_a_dated_standing_meeting_is_the_boards_obligation():
    """"Tổ công tác họp định kỳ vào ngày 15 hằng tháng để …": the team's monthly meeting, dated at its first
    occurrence; "Ban Chỉ đạo họp định kỳ 6 tháng một lần" has no day, no obligation."""
    text = QD_HEAD + """**Điều 1.** Thành lập Tổ công tác kiểm tra trật tự xây dựng xã Phú Thành năm 2036 (sau đây gọi là Tổ
công tác).

**Điều 2.** Tổ công tác kiểm tra, lập biên bản các trường hợp xây dựng không phép trên địa bàn xã. Tổ công tác họp
định kỳ vào ngày 15 hằng tháng để rà soát các trường hợp vi phạm. Ban Chỉ đạo họp định kỳ 6 tháng một lần.
""" + QD_TAIL
    got = _assignments(text)
    assert ("Tổ công tác", "2036-02-15") in got, got
    assert all(w != "Ban Chỉ đạo" for w, _ in got), got
