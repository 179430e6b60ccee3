"""Session 48 (obl48t): kinds of obligation tune47 missed, each in forms written here in the documents' style.

* a Quy chế ban hành kèm theo a Quyết định whose chapter of powers ("Chương II. NHIỆM VỤ, QUYỀN HẠN", a competence
  heading) holds articles that name the holder of their duties ("Điều 3. Nhiệm vụ, quyền hạn của Trưởng ban", "Điều 4.
  Nhiệm vụ của Phó Trưởng ban thường trực và Phó Trưởng ban", "Điều 5. Nhiệm vụ của các thành viên"): each role is an
  owner (t47-07's labels: "each role of a Quy chế one obligation"); a chapter that only states a body's functions
  ("Điều 2. Nhiệm vụ và quyền hạn" of a Sở) still charges nobody;
* a clause of such an article that opens with the heads of other bodies by their post ("2. Trưởng các khu phố có trách
  nhiệm …") is theirs; "Phân công nhiệm vụ cho các thành viên" is the post's own task, no body after the cue;
* the closing formula with the duties "căn cứ nhiệm vụ được phân công" and the document named after its verbs ("Các
  thành viên Hội đồng … căn cứ nhiệm vụ được phân công, triển khai thực hiện nghiêm túc Kế hoạch này./."): no
  obligation (t47-05's labels, as t21-05's and a20-03's shorter forms);
* the power and telecom companies' local units named without "Công ty" ("Đề nghị Điện lực Hòa Vân", "Viễn thông Cao
  Bằng") are bodies (t47-10's labels).
"""

import re

from vanban.extract import assignment_words as W
from vanban.extract import extract
from vanban.extract import subjects as S
from vanban.extract.folded import Folded
from vanban.text import fold

QD_HEAD = """|
**ỦY BAN NHÂN DÂN
PHƯỜNG HÒA KHÁNH**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 112/QĐ-UBND
|
*Hòa Khánh, ngày 10
tháng 3 năm 2035*
|

**QUYẾT ĐỊNH**

VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ PHƯỜNG HÒA KHÁNH

**CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;*

*Theo đề nghị của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo chuyển đổi số phường Hòa
Khánh.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành
Quyết định này./.

|
***Nơi nhận:***
- Như Điều 2;
- Lưu: VT.
|
**CHỦ TỊCH**
**Lê Văn Hùng**
|

|
**ỦY BAN NHÂN DÂN
PHƯỜNG HÒA KHÁNH**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|

**QUY CHẾ**

HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ PHƯỜNG HÒA KHÁNH
*(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 10/3/2035 của Chủ tịch Ủy ban nhân dân phường Hòa Khánh)*

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định nhiệm vụ, quyền hạn và chế độ làm việc của Ban Chỉ đạo chuyển đổi số phường.

**Chương II**

**NHIỆM VỤ, QUYỀN HẠN**

"""

QUY_CHE = QD_HEAD + """**Điều 2. Nhiệm vụ, quyền hạn của Trưởng ban**

1. Chịu trách nhiệm trước Ủy ban nhân dân phường về toàn bộ hoạt động của Ban Chỉ đạo.

2. Phân công nhiệm vụ cho các thành viên; chủ trì các cuộc họp của Ban Chỉ đạo.

**Điều 3. Nhiệm vụ của Phó Trưởng ban thường trực và Phó Trưởng ban**

1. Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc hằng ngày; xây dựng kế hoạch chuyển đổi số năm
2035, trình Trưởng ban trước ngày 31/3/2035.

2. Phó Trưởng ban theo dõi, đôn đốc các khu phố triển khai nền tảng số.

**Điều 4. Nhiệm vụ của các thành viên**

1. Thực hiện nhiệm vụ do Trưởng ban phân công; tham dự đầy đủ các cuộc họp của Ban Chỉ đạo.

2. Trưởng các khu phố có trách nhiệm tuyên truyền, hướng dẫn Nhân dân cài đặt, sử dụng các ứng dụng số.

**Chương III**

**CHẾ ĐỘ BÁO CÁO**

**Điều 5. Chế độ báo cáo**

Các thành viên báo cáo kết quả thực hiện nhiệm vụ với Trưởng ban trước ngày 20/6/2035./.
"""


def _plain(md: str) -> str:
    """The text a reader copies from the page (../shared/realdocs/md2plain.py): emphasis dropped, "|" lines blank."""
    t = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", md.replace("**", ""))
    return "\n".join("" if line.strip() == "|" else line for line in t.split("\n"))


def _obligations(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, o.deadline.date if o.deadline else None) for o in extract(_plain(text)).obligations]


def _assignments(text: str) -> list[tuple[str, str | None]]:
    """One entry per body and block, dated by its earliest date (the labels' count, tests/realdocs_match.py)."""
    out: dict[tuple[str, int], str | None] = {}
    for o in extract(_plain(text)).obligations:
        key = (o.who, o.block if o.block is not None else id(o))
        d = o.deadline.date if o.deadline else None
        out[key] = min((x for x in (out.get(key), d) if x), default=None)
    return [(w, d) for (w, _), d in out.items()]


def test_each_role_of_a_quy_che_chapter_of_powers_is_an_owner():
    got = _assignments(QUY_CHE)
    for role in [("Trưởng ban", None), ("Phó Trưởng ban thường trực", "2035-03-31"), ("Phó Trưởng ban", None),
                 ("Các thành viên", None), ("Trưởng các khu phố", None), ("Các thành viên", "2035-06-20")]:
        assert role in got, (role, got)


def test_a_role_that_states_its_duties_under_a_chapter_of_powers():
    """"Điều 2. Trưởng ban" / "Trưởng ban có nhiệm vụ: …", "1. Phó Trưởng ban thường trực có nhiệm vụ: …" under an
    article that shares the duties out: each role the owner of its duties (as the "Nhiệm vụ của X" title is)."""
    text = QD_HEAD + """**Điều 2. Trưởng ban**

Trưởng ban có nhiệm vụ: chỉ đạo chung hoạt động của Ban Chỉ đạo; phân công nhiệm vụ cho các thành viên.

**Điều 3. Phân công nhiệm vụ các thành viên**

1. Phó Trưởng ban thường trực có nhiệm vụ: xây dựng kế hoạch chuyển đổi số năm 2035, trình Trưởng ban trước ngày
31/3/2035.

2. Công chức Văn hóa - Xã hội có nhiệm vụ: tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh.
"""
    assert _assignments(text) == [("Trưởng ban", None), ("Phó Trưởng ban thường trực", "2035-03-31"),
                                  ("Công chức Văn hóa - Xã hội", None)]
    # "… có nhiệm vụ, quyền hạn sau:" states a competence (a Sở's functions, an inspector's powers): not read so
    assert not W.DUTY_STATED.match(fold("1. Người ra quyết định thanh tra có nhiệm vụ, quyền hạn sau:"))


def test_a_sos_functions_chapter_still_charges_nobody():
    text = QD_HEAD.replace("NHIỆM VỤ, QUYỀN HẠN", "CHỨC NĂNG, NHIỆM VỤ") + """**Điều 2. Nhiệm vụ và quyền hạn**

1. Trình Ủy ban nhân dân phường dự thảo quyết định, kế hoạch về chuyển đổi số trên địa bàn.

2. Hướng dẫn, kiểm tra việc ứng dụng công nghệ thông tin tại các khu phố.
"""
    assert _obligations(text) == []


def test_sharing_out_tasks_is_the_posts_own_task():
    assert not W.CUE.match(fold("phân công nhiệm vụ cho các thành viên; chủ trì các cuộc họp"))
    assert not W.CUE.match(fold("phân công các nhiệm vụ cụ thể cho từng tổ"))
    assert W.CUE.match(fold("phân công Phòng Kinh tế chủ trì"))  # a body after the cue: its assignment


def test_heads_of_other_bodies_charged_by_their_post():
    for text, who in [("2. Trưởng các khu phố có trách nhiệm tuyên truyền, hướng dẫn Nhân dân", "Trưởng các khu phố"),
                      ("b) Thủ trưởng các cơ quan, đơn vị phải bố trí cán bộ đầu mối", "Thủ trưởng các cơ quan, đơn vị"),
                      ("3. Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm chỉ đạo",
                       "Chủ tịch Ủy ban nhân dân các xã, phường"),
                      ("2. Các cơ quan, đơn vị phải thực hiện đầy đủ", "Các cơ quan, đơn vị")]:
        m = W.OTHER_DUTY.match(text)
        assert m and m.group("who") == who, text
    assert not W.OTHER_DUTY.match("1. Tổ công tác có trách nhiệm rà soát")  # the title's own body: no "các"


def test_the_closing_formula_on_the_duties_shared_out():
    for what in ["căn cứ nhiệm vụ được phân công, triển khai thực hiện nghiêm túc Kế hoạch này./.",
                 "căn cứ nhiệm vụ được phân công triển khai thực hiện tốt Kế hoạch này.",
                 "căn cứ chức năng, nhiệm vụ được giao, khẩn trương phối hợp triển khai thực hiện Kế hoạch này;",
                 "căn cứ nhiệm vụ được phân công tổ chức thực hiện.",
                 "căn cứ nhiệm vụ được phân công, triển khai thực hiện nghiêm túc Kế hoạch này,/."]:  # a legacy OCR's ",/."
        assert W.CLOSING.match(fold(what)), what
    # a task of its own after the same words stays one: "… căn cứ nhiệm vụ được giao, xây dựng kế hoạch …" (617-KH-UBND)
    assert not W.CLOSING.match(fold("căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể để triển khai"))
    plan = QD_HEAD.split("**QUYẾT ĐỊNH**")[0].replace("Số: 112/QĐ-UBND", "Số: 15/KH-HĐNVQS") + """**KẾ HOẠCH**

Tuyển chọn và gọi công dân nhập ngũ năm 2036

**I. TỔ CHỨC THỰC HIỆN**

**1. Ban Chỉ huy quân sự phường**

Tham mưu Hội đồng nghĩa vụ quân sự phường tổ chức sơ tuyển sức khỏe, hoàn thành trước ngày 30/10/2035.

**2. Trạm Y tế phường**

Chuẩn bị nhân lực, trang thiết bị phục vụ sơ tuyển sức khỏe.

Các thành viên Hội đồng căn cứ nhiệm vụ được phân công tổ chức thực hiện, bảo đảm giao quân đúng chỉ tiêu./.
"""
    got = _obligations(plan)
    assert ("Ban Chỉ huy quân sự phường", "2035-10-30") in got and ("Trạm Y tế phường", None) in got
    assert not [w for w, _ in got if "thành viên" in w.lower()], got


def test_a_power_or_telecom_unit_named_by_its_trade_and_place():
    for name in ("Điện lực Hòa Vân", "Điện lực Sơn Trà", "Viễn thông Cao Bằng"):
        assert S.named_body(Folded.of(name).view), name
    for trade in ("điện lực và năng lượng tái tạo", "viễn thông, công nghệ thông tin", "viễn thông di động"):
        assert not S.named_body(Folded.of(trade).view), trade
    assert S.actor("Điện lực Sơn Trà kiểm tra, bảo dưỡng hệ thống lưới điện")[0] == "Điện lực Sơn Trà"
