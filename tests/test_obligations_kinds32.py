"""Session 32's obligation kinds (authored30's misses, written here in our own wording):

* a Quy chế làm việc printed after a Đảng ủy's Quyết định: the article of a member role ("Điều 7. Ủy viên Ban Chấp
  hành" over its duties), a role's field of leadership ("Phó Bí thư, Chủ tịch UBND xã chịu trách nhiệm trước Ban Chấp
  hành về lãnh đạo …", a duty, not mere accountability), the office after "Sau mỗi hội nghị …," with the verb "dự thảo";
* a working rule in a Chương trình công tác ("UBND tỉnh họp định kỳ …; trường hợp cần thiết, Chủ tịch …") and the
  attendance a Thông báo kết luận opens with charge nobody; nor do a congress's delegates counted ("Đại biểu chính
  thức: 125 đại biểu, gồm …") or a quota part's title ("2. Chỉ tiêu giao bổ sung …");
* a school's mass organisations are bodies ("Công đoàn, Chi đoàn, Liên đội: phối hợp tổ chức …");
* units guided in one clause finish by their own date after ";" ("…; các chi bộ hoàn thành trước ngày …");
* a passed date that dates the things a request handles ("các thửa đất … giao trái thẩm quyền trước ngày 01/7/2014")
  is no due date of the request;
* a request's addressees read whole: "Ủy ban Kiểm tra Tỉnh ủy" not cut at "Kiểm tra", a long list of bodies kept
  one joint subject.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json


def _obs(doc: str) -> list[tuple[str, str | None]]:
    out = []
    for o in extraction_to_json(extract(doc))["obligations"]:
        d = o.get("deadline")
        out.append((o.get("who") or "", d and (d.get("date") or d.get("latest"))))
    return out


QUY_CHE = """ĐẢNG BỘ TỈNH NINH BÌNH
ĐẢNG ỦY XÃ AN HÒA

Số 12-QĐ/ĐU
An Hòa, ngày 05 tháng 3 năm 2027

QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ĐẢNG ỦY XÃ AN HÒA

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Đảng ủy xã.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

T/M ĐẢNG ỦY
BÍ THƯ
Trần Văn Bình

QUY CHẾ
LÀM VIỆC CỦA ĐẢNG ỦY XÃ AN HÒA

Chương I
TRÁCH NHIỆM

Điều 3. Ban Thường vụ Đảng ủy

Chỉ đạo công tác cán bộ theo phân cấp; chuẩn bị nội dung hội nghị Đảng ủy.

Điều 4. Bí thư, Phó Bí thư

1. Bí thư Đảng ủy chủ trì các hội nghị; tiếp công dân định kỳ.

2. Phó Bí thư Thường trực giúp Bí thư chỉ đạo công tác tổ chức; Phó Bí thư, Chủ tịch Ủy ban nhân dân xã chịu trách nhiệm trước Đảng ủy về chỉ đạo phát triển kinh tế.

Điều 5. Ủy viên Ban Chấp hành

Thực hiện nhiệm vụ được phân công; dự đầy đủ các cuộc họp; nắm tình hình cơ sở và báo cáo Thường trực Đảng ủy.

Điều 6. Họp Ban Thường vụ

Ban Thường vụ họp mỗi tháng hai lần. Sau mỗi hội nghị Ban Thường vụ, Văn phòng Đảng ủy dự thảo thông báo kết luận, trình ký và ban hành trong 03 ngày làm việc.
"""


def test_quy_che_roles_each_get_their_duties():
    whos = [w for w, _ in _obs(QUY_CHE)]
    assert "Ủy viên Ban Chấp hành" in whos, whos
    assert any(w.startswith("Phó Bí thư, Chủ tịch") for w in whos), whos
    assert "Phó Bí thư Thường trực" in whos, whos
    assert "Văn phòng Đảng ủy" in whos, whos


CHUONG_TRINH = """ỦY BAN NHÂN DÂN TỈNH AN GIANG

Số 15/CTr-UBND
An Giang, ngày 20 tháng 12 năm 2027

CHƯƠNG TRÌNH
Công tác năm 2028 của Ủy ban nhân dân tỉnh

II. NHIỆM VỤ

1. Đẩy mạnh cải cách hành chính, chuyển đổi số.

2. UBND tỉnh họp định kỳ mỗi quý một lần; trường hợp cần thiết, Chủ tịch
UBND tỉnh quyết định họp chuyên đề.

III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ theo dõi, đôn đốc thực hiện Chương trình.
"""


def test_a_working_rule_with_its_case_charges_nobody():
    assert [w for w, _ in _obs(CHUONG_TRINH)] == ["Sở Nội vụ"]


THONG_BAO = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ

Số 70/TB-UBND
Tân Phú, ngày 12 tháng 10 năm 2027

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 10 năm 2027

Ngày 10/10/2027, Chủ tịch UBND xã chủ trì cuộc họp giao ban. Tham dự có các đồng chí Phó Chủ tịch UBND xã; Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy Quân sự xã; lãnh đạo các phòng chuyên môn, Trạm Y tế xã.

Chủ tịch UBND xã kết luận như sau:

1. Phòng Kinh tế hoàn thành kiểm kê đất công trước ngày 30/10/2027.
"""


def test_the_attendance_is_no_assignment():
    whos = [w for w, _ in _obs(THONG_BAO)]
    assert not any(w.startswith("Trưởng Công an") for w in whos), whos
    assert "Phòng Kinh tế" in whos, whos


DAI_HOI = """HỘI CỰU CHIẾN BINH XÃ BÌNH AN

Số 09-KH/CCB
Bình An, ngày 15 tháng 8 năm 2027

KẾ HOẠCH
Tổ chức Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2027 - 2032

II. NỘI DUNG

1. Đại hội đại biểu

- Thời gian: ngày 20/10/2027.

- Đại biểu chính thức: 90 đại biểu, gồm 11 đại biểu đương nhiên và 79 đại biểu do các chi hội bầu.

- Ban Thường vụ chuẩn bị văn kiện trước ngày 30/9/2027.
"""


def test_the_delegates_counted_are_no_body():
    whos = [w for w, _ in _obs(DAI_HOI)]
    assert not any(w.startswith("Đại biểu") for w in whos), whos


TRUONG = """UBND XÃ AN HÒA
TRƯỜNG THCS AN HÒA

Số 45/KH-THCS
An Hòa, ngày 01 tháng 9 năm 2027

KẾ HOẠCH
Năm học 2027 - 2028

VI. TỔ CHỨC THỰC HIỆN

1. Hiệu trưởng: chỉ đạo chung, kiểm tra việc thực hiện Kế hoạch.

2. Giáo viên chủ nhiệm: quản lý học sinh, liên lạc với cha mẹ học sinh.

3. Công đoàn, Chi đoàn, Liên đội: phối hợp tổ chức các phong trào thi đua, hoạt động ngoại khóa.
"""


def test_the_schools_mass_organisations_are_bodies():
    assert "Công đoàn, Chi đoàn, Liên đội" in [w for w, _ in _obs(TRUONG)]


BAO_CAO = """ĐẢNG BỘ TỈNH NINH BÌNH
ĐẢNG ỦY PHƯỜNG AN HÒA

Số 40-BC/ĐU
An Hòa, ngày 10 tháng 7 năm 2027

BÁO CÁO
SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2027

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2027

1. Nhiệm vụ trọng tâm

a) Ban Tuyên giáo Đảng ủy

- Tham mưu tổ chức học tập chuyên đề năm 2027, hoàn thành trong quý III/2027.

- Đôn đốc các chi bộ tổ chức sinh hoạt chuyên đề, cập nhật sổ sách; các chi bộ hoàn thành trước ngày 20/11/2027. Theo dõi dư luận xã hội.

III. KIẾN NGHỊ

Đề nghị Sở Xây dựng hướng dẫn việc xử lý các công trình xây dựng trước ngày 01/7/2015 trên địa bàn phường.
"""


def test_units_finishing_by_their_own_date_and_a_reference_date():
    obs = _obs(BAO_CAO)
    assert ("các chi bộ", "2027-11-20") in [(w.lower(), d) for w, d in obs], obs
    assert ("Sở Xây dựng", None) in obs, obs


DE_NGHI = """TỈNH ỦY AN GIANG
BAN TUYÊN GIÁO

Số 12-CV/BTG
An Giang, ngày 10 tháng 10 năm 2027

Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy

Thực hiện Kế hoạch số 30-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy đề nghị:

1. Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, báo cáo kết quả trước ngày 30/11/2027.

2. Đề nghị Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Tổ chức Tỉnh ủy phối hợp theo dõi, đôn đốc việc thực hiện.

3. Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội
và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Thuế tỉnh,
Kiểm toán nhà nước khu vực IV, Kho bạc nhà nước khu vực IX, Ngân hàng nhà nước khu vực 5, Chi cục Hải quan khu vực IX
tăng cường công tác tuyên truyền theo quy định.
"""


def test_a_requests_addressees_read_whole():
    whos = [w for w, _ in _obs(DE_NGHI)]
    assert "Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Tổ chức Tỉnh ủy" in whos, whos
    assert any(w.startswith("Văn phòng Tỉnh ủy và các Ban") and w.endswith("Chi cục Hải quan khu vực IX") for w in whos), whos


QUOTA = """BẢO HIỂM XÃ HỘI TỈNH GIA LAI

Số: 900/BHXH-QLT
V/v phát triển người tham gia BHYT hộ gia đình cuối năm 2027

Gia Lai, ngày 15 tháng 9 năm 2027

Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.

Để hoàn thành chỉ tiêu năm 2027, Bảo hiểm xã hội tỉnh đề nghị Ủy ban nhân
dân các xã, phường quan tâm chỉ đạo thực hiện một số nội dung sau:

1. Nhiệm vụ trọng tâm

a) Chỉ đạo công chức Văn hóa - Xã hội rà soát người chưa tham gia BHYT, hoàn thành trước ngày 15/10/2027.

b) Tổ chức hội nghị tuyên truyền tại các thôn, tổ dân phố.

2. Chỉ tiêu giao bổ sung đến ngày 31/12/2027

Trên cơ sở kết quả thực hiện đến hết tháng 8/2027, BHXH tỉnh đề xuất chỉ tiêu tăng
thêm đối với 03 xã, phường như sau:


STT

Xã, phường

BHYT tăng thêm (người)


1

Xã An Khê

300
"""


def test_a_quota_parts_title_names_no_body():
    whos = [w for w, _ in _obs(QUOTA)]
    assert not any(w[:1].islower() or "bổ sung" in w for w in whos), whos
