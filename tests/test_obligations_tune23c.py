"""Obligations: kinds tune23 showed (session 23, ob23c) — a Quyết định phân công nhiệm vụ of a Chủ tịch UBND xã whose
"Các Ủy viên Ủy ban nhân dân xã" item lists its members as lettered points, each opening with the person named with the
offices ("a) Ông <name> – Ủy viên, Trưởng Công an xã: tham mưu …").

The decision is written for these tests in the style of a 2027 Quyết định phân công nhiệm vụ of a UBND phường (after
the kind of t23-07, not its sentences); the expected bodies are those t23-07's label (written by author29B) lists for
that kind: one entry per member, the person with the offices as printed before the colon ("Ông Hoàng Minh Tuấn – Ủy
viên, Trưởng Công an xã"), none for the class heading over them — not vanban's output.
"""

from __future__ import annotations

from test_obligations_tune21 import _obs  # (body, due date) of each obligation read from a text


_QD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 07/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHòa Bình, ngày 08 tháng 01 năm 2027\n\nQUYẾT ĐỊNH\n\n"
       "Về việc phân công nhiệm vụ Chủ tịch, Phó Chủ tịch và Ủy viên Ủy ban nhân dân phường\n\n"
       "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\n\n"
       "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\n"
       "QUYẾT ĐỊNH:\n\n"
       "Điều 1. Phân công nhiệm vụ các thành viên Ủy ban nhân dân phường\n\n"
       "1. Phó Chủ tịch Ủy ban nhân dân phường – ông Trần Đức Long\n\n"
       "a) Giúp Chủ tịch Ủy ban nhân dân phường chỉ đạo, điều hành các lĩnh vực: kinh tế, đô thị, "
       "đất đai, tài nguyên, môi trường.\n\n"
       "b) Theo dõi, chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị phường.\n\n"
       "2. Các Ủy viên Ủy ban nhân dân phường\n\n"
       "a) Ông Bùi Văn Hải – Ủy viên, Trưởng Công an phường: tham mưu Ủy ban nhân dân phường về công "
       "tác bảo đảm an ninh, trật tự, an toàn xã hội; phòng cháy, chữa cháy trên địa bàn.\n\n"
       "b) Bà Ngô Thị Lan – Ủy viên, Trưởng Phòng Văn hóa - Xã hội phường: tham mưu các lĩnh vực giáo "
       "dục, y tế, văn hóa, lao động, chính sách xã hội theo phân công của Phó Chủ tịch.\n\n"
       "c) Ông Lý Quốc Khánh – Ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự phường: tham mưu công tác "
       "quốc phòng, quân sự địa phương; xây dựng lực lượng dân quân tự vệ.\n\n"
       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
       "CHỦ TỊCH\n\nNguyễn Hữu Phước\n")


def test_members_named_with_offices_under_a_class_item_are_an_entry_each():
    obs = _obs(_QD)
    whos = [w for w, _ in obs]
    assert "Ông Bùi Văn Hải – Ủy viên, Trưởng Công an phường" in whos
    assert "Bà Ngô Thị Lan – Ủy viên, Trưởng Phòng Văn hóa - Xã hội phường" in whos
    assert "Ông Lý Quốc Khánh – Ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự phường" in whos
    assert "Các Ủy viên Ủy ban nhân dân phường" not in whos  # the class heading over them is no entry of its own
    assert "Phó Chủ tịch Ủy ban nhân dân phường – ông Trần Đức Long" in whos


# a Hướng dẫn of a Sở Y tế as a scan reads it: the second part's numeral lost its stop ("II QUY TRÌNH …"), after the
# kind of t23-09 scanned; t23-09's label (author29B) charges the bodies of the part's steps ("Trạm Y tế xã, phường …
# trước ngày 31/01/2027") — the part is a part, not more of the chỉ tiêu above it
_HD = ("UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: 52/HD-SYT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nKon Tum, ngày 15 tháng 01 năm 2027\n\nHƯỚNG DẪN\n\n"
       "Công tác phòng, chống bệnh sốt xuất huyết năm 2027\n\n"
       "I. MỤC TIÊU\n\n"
       "Năm 2027, phấn đấu đạt các chỉ tiêu sau:\n\n"
       "1. Tỷ lệ mắc sốt xuất huyết giảm 10% so với trung bình 5 năm.\n\n"
       "2. Tỷ lệ tử vong do sốt xuất huyết dưới 0,05%.\n\n"
       "II TỔ CHỨC THỰC HIỆN\n\n"
       "1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát véc tơ tại các ổ dịch cũ, gửi kết quả về Sở "
       "Y tế trước ngày 30/4/2027.\n\n"
       "2. Trạm Y tế xã, phường phối hợp với trưởng thôn tổ chức chiến dịch diệt lăng quăng, hoàn thành "
       "trước ngày 31/5/2027.\n\n"
       "GIÁM ĐỐC\n\nPhan Văn Minh\n")


def test_a_part_numeral_without_its_stop_still_opens_the_part():
    from vanban.structure import structure_of_text

    st = structure_of_text(_HD)
    assert "TỔ CHỨC THỰC HIỆN" in [p.heading for p in st.body]
    obs = _obs(_HD)
    assert ("Trung tâm Kiểm soát bệnh tật tỉnh", "2027-04-30") in obs
    assert ("Trạm Y tế xã, phường", "2027-05-31") in obs
