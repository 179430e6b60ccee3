"""Session 51 (obl51b): two kinds of obligation left by obl51, each in forms written here in the documents' style.

* a body's own leaders shared out by the body ("Phân công lãnh đạo trực Tết, gửi lịch trực về … trước ngày …" as the
  last lettered item under "8. Ủy ban nhân dân các xã, thị trấn", t50-04; "phân công lãnh đạo trực chỉ huy …" t47-10;
  "phân công lãnh đạo, chuyên viên phụ trách …" a20-07; "Phân công Lãnh đạo cơ quan, đơn vị theo dõi …" 80/2025/QĐ-UBND
  Bắc Ninh): no body handed a task — the item stays the heading's body's, with its date; "Phân công lãnh đạo Sở …"
  names a body and stays a cue;
* a body that tells on a case, a situation or a list ("Các cơ sở khám, chữa bệnh trên địa bàn thông báo ca bệnh nghi
  ngờ về Trạm Y tế trong vòng 24 giờ", a49-09; "Ủy ban nhân dân xã thông báo tình hình … với Ban Thường trực hằng quý",
  t49-05; "… thông báo ngay cho Trạm Y tế", a39-02, t39-02): "thông báo" with what is told or how soon is the body's
  act, not a paper's kind.
"""

from test_obligations_layouts import _obs as _dated  # (who, its deadline's day) per obligation

from vanban.extract import assignment_words as W
from vanban.extract import subjects as S
from vanban.text import fold

CT_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN YÊN HÒA\n\nSố: 02/CT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n\nYên Hòa, ngày 05 tháng 01 năm 2038\n\nCHỈ THỊ\n\n"
           "Về việc tổ chức đón Tết Nguyên đán Mậu Ngọ năm 2038\n\n")

CT_BODIES = CT_HEAD + """**1. Phòng Văn hóa và Thông tin**

Chủ trì tổ chức các hoạt động tuyên truyền, trang trí cờ, hoa; hoàn thành trước ngày 25/01/2038.

**2. Ủy ban nhân dân các xã, thị trấn**

a) Xây dựng kế hoạch tổ chức Tết tại địa phương; tổ chức thăm hỏi, tặng quà bảo đảm đúng đối tượng.

b) Quản lý chặt chẽ các hoạt động lễ hội đầu Xuân; vận động Nhân dân không đốt pháo.

c) Phân công lãnh đạo trực Tết, gửi lịch trực về Văn phòng HĐND và UBND huyện trước ngày 30/01/2038.

**3. Công an huyện**

Xây dựng kế hoạch bảo đảm an ninh trật tự trước, trong và sau Tết.
"""


def test_a_bodys_own_leaders_shared_out_are_no_body_charged():
    for item in ("Phân công lãnh đạo trực Tết, gửi lịch trực về Văn phòng HĐND và UBND huyện",
                 "Phân công lãnh đạo, chuyên viên phụ trách từng nội dung",
                 "Phân công Lãnh đạo cơ quan, đơn vị theo dõi và trả lời ý kiến",
                 "Phân công lãnh đạo phụ trách từng dự án"):
        assert not W.CUE.match(fold(item)), item
    assert W.CUE.match(fold("Phân công lãnh đạo Sở Y tế chỉ đạo các cơ sở"))


def test_the_dated_item_of_a_bodys_block_keeps_its_date():
    got = _dated(CT_BODIES)
    assert ("Ủy ban nhân dân các xã, thị trấn", "2038-01-30") in got, got
    assert ("Phòng Văn hóa và Thông tin", "2038-01-25") in got, got
    assert not [w for w, _ in got if w.lower().startswith("lãnh đạo")], got


def test_a_body_telling_on_a_case_or_situation_is_its_act():
    for sent, who in (
            ("Các cơ sở khám, chữa bệnh trên địa bàn thông báo ca bệnh nghi ngờ về Trạm Y tế trong vòng 24 giờ.",
             "Các cơ sở khám, chữa bệnh trên địa bàn"),
            ("Trạm Y tế thông báo ca bệnh sốt xuất huyết về Trung tâm Y tế khu vực.", "Trạm Y tế"),
            ("Ủy ban nhân dân xã thông báo tình hình kinh tế - xã hội với Ban Thường trực hằng quý.",
             "Ủy ban nhân dân xã"),
            ("Các trường học thông báo ngay cho Trạm Y tế khi có trẻ sốt, phát ban.", "Các trường học"),
            ("Trạm Y tế thông báo lịch tiêm cho các hộ gia đình.", "Trạm Y tế")):
        assert S.actor(sent)[0] == who, (sent, S.actor(sent))
