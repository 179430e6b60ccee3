"""Obligations of a commune's plan: kinds read on tune37 (session 38), each in a text written for this test.

The labels' rule (realdocs/labeled/README.md): one entry per body per assignment block; where one item addresses
several bodies separately each gets its own entry; a class of households or business owners a plan gives tasks is a
named role; a composition ("gồm: … làm Trưởng đoàn; …") and a closing formula assign nothing. The kinds:

* a member of the mass organisations a joint "Đề nghị" heading names, charged in a sentence of its own with a count
  and a date: its own entry, the date none of the group's;
* bodies the head lists lacked: "Trạm Dịch vụ nông nghiệp xã", "Bưu điện văn hóa xã …" (with a bracketed note after
  the name), "Các hộ chăn nuôi, trồng trọt", "Chủ các cơ sở kinh doanh …";
* a team's composition under a topic heading "Lực lượng kiểm tra": no body;
* a joint heading over "Mỗi đơn vị …" and a sentence of one of its bodies: the joint name stops at the heading;
* a closing request that the partners help carry the plan out: a formula;
* a block that takes over the tasks of a numbered item ("triển khai nhiệm vụ tại điểm 2 mục III") is dated by it and
  the item's own clause of that body is not a second entry; a table's time cell "Ba đợt theo mục III.1" takes the
  rounds' dates.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import subjects as S

_PLAN = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH

Số: 27/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Bình, ngày 10 tháng 02 năm 2031

KẾ HOẠCH
Phòng, chống sốt xuất huyết và bảo đảm vệ sinh môi trường năm 2031

I. MỤC ĐÍCH, YÊU CẦU

Chủ động phòng, chống dịch bệnh trên địa bàn xã.

II. CHỈ TIÊU

Giảm số ca mắc sốt xuất huyết so với năm 2030.

III. NHIỆM VỤ

1. Diệt lăng quăng

- Đợt diệt lăng quăng thứ nhất từ ngày 10/3/2031 đến ngày 20/3/2031; đợt thứ hai từ ngày 05/6/2031 đến ngày 15/6/2031.

2. Giám sát nguồn nước

Tổ vận hành trạm bơm xã lấy mẫu nước giếng gửi xét nghiệm mỗi quý (trước ngày 15 của tháng cuối quý) và thông báo kết quả cho các thôn.

3. Lực lượng kiểm tra

Tổ kiểm tra vệ sinh môi trường được thành lập theo Quyết định số 31/QĐ-UBND, gồm: Phó Chủ tịch UBND xã phụ trách khối văn hóa làm Tổ trưởng; công chức Văn hóa - Xã hội làm Tổ phó; thành viên là đại diện Trạm Y tế xã, Công an xã và các thôn.

IV. PHÂN CÔNG

| STT | Công việc | Đơn vị chủ trì | Phối hợp | Thời hạn |
|---|---|---|---|---|
| 1 | Cấp phát hóa chất, phun diệt muỗi tại các ổ dịch cũ | Trạm Dịch vụ nông nghiệp xã | Các thôn | Ba đợt theo mục III.1 |

V. TỔ CHỨC THỰC HIỆN

1. Trạm Dịch vụ nông nghiệp xã

Chủ động dự trữ hóa chất, vật tư; hướng dẫn các thôn xử lý môi trường sau mỗi đợt mưa lớn.

2. Giao Tổ vận hành trạm bơm xã triển khai nhiệm vụ tại điểm 2 mục III, đồng thời cấp đủ nước sạch cho các điểm trường.

3. Công an xã, Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã

Mỗi đơn vị cử lực lượng tham gia các đợt ra quân diệt lăng quăng tại khu dân cư. Công an xã bảo đảm trật tự tại các điểm tập kết rác.

4. Đề nghị Ủy ban MTTQ xã và các đoàn thể chính trị - xã hội

Vận động hội viên, đoàn viên dọn vệ sinh nhà cửa, khơi thông cống rãnh. Hội Nông dân xã vận động ít nhất 40 hội viên ký cam kết không xả rác ra kênh mương trước ngày 31/3/2031.

5. Đề nghị Bưu điện văn hóa xã Hòa Bình (tổ chức chi trả trợ cấp) phát tờ rơi tuyên truyền khi chi trả trợ cấp tại các thôn.

6. Các hộ chăn nuôi, trồng trọt

Thu gom vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định; vệ sinh chuồng trại hằng tuần.

7. Chủ các cơ sở kinh doanh phế liệu, rửa xe

Chủ động xử lý, không để đọng nước tại cơ sở; gửi bản cam kết bảo đảm vệ sinh môi trường về UBND xã trước ngày 15/3/2031.

Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị, thôn quan tâm, phối hợp thực hiện có hiệu quả Kế hoạch này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Bình
"""


def _obs():
    return extract(_PLAN).obligations


def _of(who):
    return [o for o in _obs() if o.who == who]


def _latest(o):
    return str(o.deadline.latest or o.deadline.date) if o.deadline else None


def test_a_member_in_a_sentence_of_its_own_is_charged_on_its_own():
    group = [o for o in _obs() if (o.who or "").startswith("Ủy ban MTTQ xã")]
    assert len(group) == 1 and group[0].deadline is None
    farmers = _of("Hội Nông dân xã")
    assert len(farmers) == 1 and _latest(farmers[0]) == "2031-03-31"


def test_a_quota_of_members_put_forward_is_a_task_verb():
    assert S.actor("Hội Cựu chiến binh xã giới thiệu ít nhất 12 hội viên tiêu biểu cho chi bộ")[0] == "Hội Cựu chiến binh xã"


def test_service_station_post_office_households_and_owners_are_bodies():
    assert _of("Trạm Dịch vụ nông nghiệp xã")
    assert any((o.who or "").startswith("Bưu điện văn hóa xã Hòa Bình") for o in _obs())
    assert _of("Các hộ chăn nuôi, trồng trọt")
    owners = _of("Chủ các cơ sở kinh doanh phế liệu, rửa xe")
    assert len(owners) == 1 and _latest(owners[0]) == "2031-03-15"


def test_a_composition_assigns_nothing():
    whos = [o.who or "" for o in _obs()]
    assert not any("Tổ trưởng" in w or w.startswith("Lực lượng") or w.startswith("Phó Chủ tịch") for w in whos)


def test_a_joint_heading_over_each_unit_and_one_of_its_bodies():
    joint = _of("Công an xã, Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã")
    assert len(joint) == 1
    assert len(_of("Công an xã")) == 1


def test_a_partners_closing_request_is_a_formula():
    assert not any((o.who or "").startswith("các cơ quan, đơn vị, thôn") for o in _obs())


def test_a_block_taking_over_a_numbered_items_tasks():
    team = [o for o in _obs() if (o.who or "").startswith("Tổ vận hành trạm bơm")]
    assert team and all(o.who == "Tổ vận hành trạm bơm xã" for o in team)
    assert min(_latest(o) or "9999" for o in team) == "2031-03-15"


def test_a_time_cell_sending_to_a_sections_rounds():
    station = _of("Trạm Dịch vụ nông nghiệp xã")
    assert "2031-03-20" in [_latest(o) for o in station]
