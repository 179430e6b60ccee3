"""Bodies charged inside a block's running text (issue #10, obligations on real wording).

The labels' rule (realdocs/labeled/README.md): one entry per body per assignment block, and where one item addresses
several bodies separately each gets its own entry. Four kinds, each in a text written for this test:

* a plan's tasks each titled, most with a "Đơn vị chủ trì: X" line after them, one naming its own acting body in its
  sentence and no unit line: that task is its body's, not the next unit line's;
* a heading that names the mass organisations as a class ("… và các đoàn thể chính trị - xã hội") whose paragraph
  lets one of them lead a task after a ";" ("Hội Liên hiệp Phụ nữ xã chủ trì …"): that organisation's own entry; one
  that only takes part ("Đoàn Thanh niên xã tham gia …") stays in the group's entry;
* a topic item of a plan whose first clause has an event or the territory as its subject ("Hội thi cấp tỉnh tổ chức
  …", "Toàn tỉnh xây dựng …") and whose clause after the ";" charges a body ("mỗi cơ sở Hội …", "các cơ sở Hội …"):
  that body's entry, dated by its own clause;
* "Mỗi cơ sở Hội" + verb names a body (each grassroots unit of the association); "mỗi hội viên" is a person and "mỗi
  xã, phường" after the communes were charged is no new body.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import subjects as S

_PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH

Số: 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Cải thiện chỉ số chuyển đổi số năm 2027

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chỉ số chuyển đổi số của tỉnh năm 2027.

II. NHIỆM VỤ

1. Hoàn thiện nền tảng dữ liệu dùng chung

Xây dựng kho dữ liệu dùng chung của tỉnh, hoàn thành trước ngày 30/6/2027.

Đơn vị chủ trì: Sở Khoa học và Công nghệ; đơn vị phối hợp: các sở, ban, ngành.

2. Số hóa hồ sơ lưu trữ

Các sở, ban, ngành tỉnh rà soát, số hóa hồ sơ lưu trữ thuộc phạm vi quản lý, cập nhật lên kho dữ liệu dùng chung.

3. Bảo đảm an toàn thông tin

Triển khai giám sát an toàn thông tin cho 100% hệ thống thông tin cấp độ 3 trở lên trong quý III/2027.

Đơn vị chủ trì: Công an tỉnh; đơn vị phối hợp: Sở Khoa học và Công nghệ.

III. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày
15/12/2027.

2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội

Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân sử dụng dịch vụ công trực tuyến; Hội Liên hiệp Phụ nữ tỉnh
chủ trì cuộc thi "Phụ nữ với công nghệ số"; Đoàn Thanh niên tỉnh tham gia hướng dẫn người dân cài đặt ứng dụng.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""

_ASSOCIATION = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN
BAN THƯỜNG VỤ

Số: 41-KH/HPN

Nghệ An, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ năm 2027

I. MỤC ĐÍCH, YÊU CẦU

Tuyên truyền sâu rộng ý nghĩa ngày Quốc tế Phụ nữ.

II. NỘI DUNG HOẠT ĐỘNG

1. Hội thi "Phụ nữ duyên dáng"

Hội thi cấp tỉnh tổ chức trong tuần đầu tháng 3/2027 tại thành phố Vinh; mỗi cơ sở Hội tổ chức ít nhất 01 buổi tọa
đàm về bình đẳng giới.

2. Mô hình "Phụ nữ khởi nghiệp"

Duy trì các tổ hợp tác của phụ nữ tại các xã, phường. Toàn tỉnh xây dựng mới ít nhất 30 mô hình khởi nghiệp; các cơ
sở Hội hoàn thành ra mắt mô hình trong quý II/2027 và báo cáo kết quả về Ban Thường vụ Hội.

III. TỔ CHỨC THỰC HIỆN

Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 20/3/2027.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Trần Thị Lan
"""


def _whos(obs):
    return [o.who for o in obs]


def test_a_titled_task_naming_its_body_is_that_bodys():
    obs = extract(_PLAN).obligations
    mine = [o for o in obs if o.who == "Các sở, ban, ngành tỉnh"]
    assert len(mine) == 1 and "số hóa hồ sơ" in mine[0].what
    assert not any("số hóa" in o.what for o in obs if o.who != "Các sở, ban, ngành tỉnh")


def test_the_units_keep_their_own_tasks():
    obs = extract(_PLAN).obligations
    police = [o for o in obs if o.who == "Công an tỉnh"]
    assert len(police) == 1 and str(police[0].deadline.latest) == "2027-09-30"


def test_a_member_leading_a_task_is_charged_on_its_own():
    obs = extract(_PLAN).obligations
    assert "Hội Liên hiệp Phụ nữ tỉnh" in _whos(obs)
    assert "Đoàn Thanh niên tỉnh" not in _whos(obs)  # it takes part: the group's entry holds it
    assert any(o.who.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") for o in obs)


def test_a_body_after_an_event_or_the_territory():
    obs = extract(_ASSOCIATION).obligations
    each = [o for o in obs if o.who == "mỗi cơ sở Hội"]
    assert len(each) == 1 and "tọa đàm" in each[0].what
    units = [o for o in obs if o.who == "các cơ sở Hội"]
    assert len(units) == 1 and str(units[0].deadline.latest) == "2027-06-30"
    assert not any(o.who and o.who.startswith(("Hội thi", "Toàn tỉnh")) for o in obs)


def test_each_grassroots_unit_is_a_body_not_each_member():
    assert S.actor("Mỗi cơ sở Hội tổ chức ít nhất 01 buổi tọa đàm.")[0] == "Mỗi cơ sở Hội"
    assert S.actor("Mỗi hội viên tham gia ít nhất 01 buổi sinh hoạt.")[0] is None
    assert S.actor("mỗi xã, phường bố trí ít nhất 01 công chức làm công tác chuyển đổi số.")[0] is None


_GUIDANCE = """SỞ TƯ PHÁP TỈNH BẮC NINH

Số: 12/HD-STP

Bắc Ninh, ngày 02 tháng 12 năm 2026

HƯỚNG DẪN
Tổng kết công tác phổ biến, giáo dục pháp luật năm 2026

Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012;

Sở Tư pháp hướng dẫn tổng kết công tác phổ biến, giáo dục pháp luật năm 2026 như sau:

I. YÊU CẦU CHUNG

1. Việc tổng kết phải bảo đảm thực chất, đánh giá đúng kết quả, chỉ rõ hạn chế và nguyên nhân.

2. Các cơ quan, đơn vị đã sáp nhập thực hiện tổng kết trên cơ sở kết quả của các đơn vị trước sắp xếp.

II. NỘI DUNG TỔNG KẾT

1. Các sở, ban, ngành tỉnh xây dựng báo cáo tổng kết theo Đề cương kèm theo, gửi Sở Tư pháp trước ngày 25/12/2026.

2. Ủy ban nhân dân các xã, phường tổ chức hội nghị tổng kết, gửi báo cáo về Sở Tư pháp trước ngày 05/01/2027.

GIÁM ĐỐC

Lê Văn Bình
"""


def test_undated_general_requirements_charge_no_body():
    obs = extract(_GUIDANCE).obligations
    assert [o.who for o in obs] == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]


def test_a_dated_aim_among_the_general_requirements_still_does():
    dated = _GUIDANCE.replace("trên cơ sở kết quả của các đơn vị trước sắp xếp.",
                              "trên cơ sở kết quả của các đơn vị trước sắp xếp, hoàn thành trước ngày 20/12/2026.")
    obs = extract(dated).obligations
    assert any(o.who.startswith("Các cơ quan, đơn vị đã sáp nhập") for o in obs)
