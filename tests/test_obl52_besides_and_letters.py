"""Session 52 (obl52): two kinds of a commune's plans and a district's letters, in text written in their style.

* a body after a leading "Ngoài …," clause does its own task besides the plan's steps (case_bodies.after_besides):
  "Ngoài hai đợt cao điểm, Công an xã tiếp nhận thường xuyên …" (t42-02), "Ngoài lịch cấp lưu động, Công an xã thu
  nhận hồ sơ …" (a50-05), "Ngoài các hộ có khiếu nại, Ban Chỉ đạo xã phúc tra ngẫu nhiên …" (a50-10) — the labels list
  each; the issuing Party committee's own doings (t28-06) and a sentence opening the norms below it (a45-03) are none;
* a Công văn's intro asking a body named as a proper name for numbered items that never print the name again is one
  assignment (intro_merge._inherited; a50-08's labels: one entry for items 1–3, due at the report's date).
"""
import pytest

from vanban.extract import extract

_PLAN = ("ỦY BAN NHÂN DÂN XÃ HƯNG LỘC\nSố: 41/KH-UBND\nHưng Lộc, ngày 02 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
         "Rà soát, cấp đổi giấy tờ cho công dân năm 2031\n\nI. NỘI DUNG\n\n"
         "1. Cấp đổi lưu động tại các thôn từ ngày 10/3/2031 đến ngày 30/4/2031.\n\n{sent}\n\n"
         "II. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng HĐND và UBND xã tuyên truyền trên loa truyền thanh xã.\n")


@pytest.mark.parametrize("sent, who, task", [
    ("Ngoài đợt cấp đổi lưu động, Công an xã tiếp nhận hồ sơ tại trụ sở vào các ngày làm việc trong tuần.",
     "Công an xã", "tiếp nhận hồ sơ"),
    ("Ngoài các hộ đã đăng ký, Ban Chỉ đạo xã phúc tra ngẫu nhiên tối thiểu 10% số hộ ở mỗi thôn.",
     "Ban Chỉ đạo xã", "phúc tra ngẫu nhiên"),
    ("Ngoài lịch trên, Trạm Y tế xã bố trí cán bộ trực tại điểm cấp đổi vào sáng thứ Bảy.",
     "Trạm Y tế xã", "bố trí cán bộ"),
])
def test_body_after_a_besides_clause_is_charged(sent, who, task):
    obs = extract(_PLAN.format(sent=sent)).obligations
    assert any(o.who == who and o.what.startswith(task) for o in obs), [(o.who, o.what) for o in obs]


@pytest.mark.parametrize("sent", [
    # a connective, no clause
    "Ngoài ra, việc cấp đổi được thực hiện theo quy định.",
    # the norms the sentence opens
    "Ngoài quà của tỉnh, UBND xã tặng quà các đối tượng theo mức sau:",
])
def test_besides_without_a_charged_body(sent):
    obs = extract(_PLAN.format(sent=sent)).obligations
    assert [o.who for o in obs] == ["Văn phòng HĐND và UBND xã"], [(o.who, o.what) for o in obs]


def test_party_committee_s_own_doings_after_besides_are_no_task():
    text = ("ĐẢNG BỘ XÃ HƯNG LỘC\nBAN THƯỜNG VỤ\nSố: 12-KH/ĐU\nHưng Lộc, ngày 05 tháng 01 năm 2031\n\nKẾ HOẠCH\n"
            "Giám sát năm 2031\n\nI. NỘI DUNG\n\n1. Giám sát chuyên đề tại Chi bộ thôn 3 trong quý II/2031.\n\n"
            "Ngoài các cuộc giám sát chuyên đề nêu trên, Ban Thường vụ Đảng ủy tiến hành giám sát thường xuyên "
            "thông qua dự sinh hoạt chi bộ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc "
            "thực hiện Kế hoạch.\n")
    assert "Ban Thường vụ Đảng ủy" not in [o.who for o in extract(text).obligations]


_LETTER = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 905/UBND-VP\nV/v báo cáo kết quả chuyển đổi số năm 2031\n"
           "Đông Sơn, ngày 10 tháng 11 năm 2031\n\nKính gửi: Ủy ban nhân dân các xã, thị trấn.\n\n"
           "Thực hiện Công văn số 411/SKHCN-CĐS ngày 02/11/2031 của Sở Khoa học và Công nghệ, Ủy ban nhân dân huyện "
           "đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện các nội dung sau:\n\n"
           "1. Báo cáo kết quả chuyển đổi số năm 2031\n\nĐối với các nhiệm vụ do Ủy ban nhân dân cấp xã chủ trì (kể cả "
           "nhiệm vụ sử dụng kinh phí huyện hỗ trợ), báo cáo cụ thể:\n\na) Số liệu thực hiện các chỉ tiêu chuyển đổi "
           "số tính đến hết ngày 31/10/2031, tỷ lệ so với kế hoạch;\n\nb) Khó khăn, vướng mắc và đề xuất giải pháp.\n\n2. Đề xuất nhiệm vụ năm 2032\n\nĐề xuất các nhiệm vụ, dự án "
           "chuyển đổi số năm 2032 kèm dự toán kinh phí.\n\n3. Thời hạn gửi báo cáo\n\nBáo cáo gửi về Ủy ban nhân "
           "dân huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 25/11/2031.\n\n"
           "Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn khẩn trương thực hiện./.\n\n"
           "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hòa\n")


def test_letter_asking_a_named_body_for_its_items_is_one_assignment():
    obs = [o for o in extract(_LETTER).obligations if o.who == "Ủy ban nhân dân các xã, thị trấn"]
    assert len(obs) == 1, [(o.who, o.what) for o in obs]
    assert obs[0].deadline is not None and obs[0].deadline.date == "2031-11-25"
