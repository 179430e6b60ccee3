"""Obligations and deadlines on real wording, session 24 (tu24): the general kinds tune24 (the blind authored24's twin,
first look) showed.

Sentences written for these tests in the style of a Sở's Công văn to the communes, a Bộ's guiding Công văn, a Hướng
dẫn of an Ủy ban Kiểm tra and a UBND xã's Kế hoạch with a task table; the expected values are read from the wording
with the labels' conventions (``realdocs/labeled/README.md``):

* events named by their classifier ("Các cuộc kiểm tra …", "Các đợt cao điểm", "Các buổi …") are no bodies: no
  obligation has them as its ``who`` (t24-07, t24-08);
* "X là cơ quan được giao theo dõi …" states a role another document gave (assignments quoted from earlier documents
  are no obligations, README), unless a duty is said after it;
* the closing formula read whole, the issuer first ("Sở Y tế đề nghị Ủy ban nhân dân các xã, phường quan tâm, chỉ đạo
  thực hiện./."), is no obligation (README: closing formulas);
* a weekly report kept "trong thời gian <activity>" starts in the running time the document gives under that name
  ("Thời gian <activity>: từ ngày …"), and that running time is no deadline (README: running periods, t24-04's notes);
* a task table printed one cell a paragraph ends at the next part's heading followed by a short numbered heading that
  names a body ("IV. TỔ CHỨC THỰC HIỆN" / "1. Phòng Kinh tế"): the body's duties below are its obligation, dated.
"""

from __future__ import annotations

from vanban.extract import extract

CV = ("UBND TỈNH NGHỆ AN\nSỞ Y TẾ\nSố: 812/SYT-NVY\nNghệ An, ngày 05 tháng 02 năm 2027\n\n"
      "V/v tăng cường phòng, chống sốt xuất huyết\n\nKính gửi: Ủy ban nhân dân các xã, phường.\n\n")
HD = ("TỈNH ỦY HÀ NAM\nỦY BAN KIỂM TRA\nSố: 03-HD/UBKTTU\nHà Nam, ngày 10 tháng 01 năm 2027\n\n"
      "HƯỚNG DẪN\nThực hiện nhiệm vụ kiểm tra, giám sát năm 2027\n\n")
BO = ("BỘ Y TẾ\nSố: 1502/BYT-KCB\nHà Nội, ngày 12 tháng 01 năm 2027\n\n"
      "V/v triển khai Nghị định số 45/2026/NĐ-CP\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n")
KH = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 12/KH-UBND\nHòa Bình, ngày 08 tháng 01 năm 2027\n\n"
      "KẾ HOẠCH\nPhòng, chống dịch bệnh trên cây trồng năm 2027\n\n")


def _whos(text: str) -> list[str]:
    return [o.who or "" for o in extract(text).obligations]


def test_events_named_by_their_classifier_are_no_bodies():
    whos = _whos(HD + "II. NHIỆM VỤ TRỌNG TÂM\n\n1. Ủy ban kiểm tra các cấp xây dựng chương trình kiểm tra, giám sát năm 2027, "
                 "gửi Ủy ban Kiểm tra Tỉnh ủy trước ngày 25/01/2027.\n\n"
                 "2. Các cuộc giám sát thường xuyên theo chương trình năm 2027 phải hoàn thành trước ngày "
                 "15/11/2027; cuộc nào chưa hoàn thành phải báo cáo rõ nguyên nhân.\n\n"
                 "3. Các buổi sinh hoạt chuyên đề của chi bộ phải được ghi biên bản đầy đủ.\n")
    assert not any(w.lower().startswith(("các cuộc", "các buổi")) for w in whos), whos
    assert any(w.startswith("Ủy ban kiểm tra các cấp") for w in whos), whos


def test_a_role_given_elsewhere_stated_with_its_copula_is_no_obligation():
    obs = extract(BO + "Thực hiện Quyết định số 210/QĐ-TTg ngày 05/01/2027 của Thủ tướng Chính phủ ban hành Danh mục và "
                  "phân công cơ quan hướng dẫn thi hành các nghị định, Bộ Y tế là cơ quan được giao theo dõi, hướng dẫn "
                  "thi hành Nghị định số 45/2026/NĐ-CP. Trước đó, tại Văn bản số 980/BYT-KCB ngày 10/9/2026, Bộ Y tế đã "
                  "đề nghị các địa phương góp ý dự thảo Nghị định.\n\nĐể Nghị định sớm đi vào cuộc sống, Bộ Y tế đề nghị "
                  "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nội dung sau:\n\n"
                  "1. Ban hành kế hoạch triển khai Nghị định trên địa bàn, gửi về Bộ Y tế trước ngày 28/02/2027.\n\n"
                  "2. Rà soát, kiện toàn tổ chức bộ máy theo quy định.\n").obligations
    assert not any((o.who or "").startswith("Bộ Y tế") for o in obs), [o.who for o in obs]
    assert any((o.who or "").startswith("Ủy ban nhân dân các tỉnh") for o in obs)


def test_the_issuers_closing_request_is_no_obligation():
    obs = extract(BO + "Để Nghị định sớm đi vào cuộc sống, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
                  "Trung ương quan tâm, chỉ đạo thực hiện một số nội dung sau:\n\n1. Tổ chức phổ biến, quán triệt\n\n"
                  "a) Tổ chức phổ biến, quán triệt nội dung Nghị định đến các sở, ngành.\n\nb) Ban hành kế hoạch triển "
                  "khai, gửi về Bộ Y tế trước ngày 28/02/2027.\n\n2. Chế độ báo cáo\n\nĐịnh kỳ 6 tháng (trước ngày 15/6 "
                  "và ngày 15/12), báo cáo Bộ Y tế tình hình triển khai Nghị định.\n\nBộ Y tế sẽ tổ chức hội nghị tập "
                  "huấn trong quý I/2027. Bộ Y tế giao Cục Quản lý Khám, chữa bệnh chủ trì theo dõi, tổng hợp, báo cáo "
                  "Lãnh đạo Bộ trước ngày 31/7/2027.\n\nTrong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Cục "
                  "Quản lý Khám, chữa bệnh (điện thoại: 0900000000) để được hướng dẫn.\n\nBộ Y tế đề nghị Ủy ban nhân "
                  "dân các tỉnh, thành phố trực thuộc Trung ương quan tâm, chỉ đạo thực hiện./.\n\nNơi nhận:\n- Như "
                  "trên;\n- Lưu: VT, KCB.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n").obligations
    assert not any((o.what or "").startswith("Bộ Y tế đề nghị") for o in obs), [(o.who, o.what) for o in obs]
    assert [o.deadline and o.deadline.date for o in obs] == ["2027-02-28", "2027-06-15", "2027-07-31"]


def test_a_weekly_report_during_a_named_running_time_starts_in_it():
    ext = extract(CV + "Sở Y tế đề nghị Ủy ban nhân dân các xã, phường triển khai các nội dung sau:\n\n"
                  "1. Tổ chức phun hóa chất diệt muỗi\n\na) Thời gian phun hóa chất đợt 1: từ ngày 01/4/2027 đến ngày "
                  "30/4/2027.\n\nb) Báo cáo tiến độ phun hóa chất hằng tuần vào thứ Hai, trong thời gian phun hóa chất "
                  "đợt 1.\n")
    weekly = [d for d in ext.deadlines if (d.recurrence or "").startswith("FREQ=WEEKLY")]
    assert [d.date for d in weekly] == ["2027-04-05"]  # the first Monday of the running time, not 08/02/2027
    assert not any(d.latest == "2027-04-30" for d in ext.deadlines)  # the running time itself: no due date


def test_a_cell_a_paragraph_table_ends_at_the_next_part_and_its_short_body_heading():
    ext = extract(KH + "III. NHIỆM VỤ CỤ THỂ\n\n\nTT\n\nNội dung\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian hoàn "
                  "thành\n\n\n1\n\nĐiều tra, dự báo sâu bệnh trên lúa vụ Xuân\n\nPhòng Kinh tế\n\nHợp tác xã Nông nghiệp "
                  "Hòa Bình\n\nTháng 03/2027\n\n\n2\n\nTuyên truyền biện pháp phòng trừ tổng hợp\n\nPhòng Văn hóa - Xã hội"
                  "\n\nTrưởng các thôn\n\nQuý II/2027\n\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Kinh tế\n\n- Là cơ quan "
                  "thường trực, tham mưu UBND xã triển khai Kế hoạch; tổng hợp nhu cầu thuốc bảo vệ thực vật, gửi UBND xã "
                  "trước ngày 20/02/2027.\n\n- Định kỳ hằng quý, tổng hợp báo cáo UBND xã tình hình thực hiện Kế hoạch.\n\n"
                  "2. Công an xã\n\nKiểm tra việc kinh doanh thuốc bảo vệ thực vật trên địa bàn.\n")
    whos = [(o.who, o.deadline and o.deadline.date) for o in ext.obligations]
    assert ("Phòng Kinh tế", "2027-02-20") in whos, whos  # part IV's duties, not one more table row
    assert any(w == "Công an xã" for w, _ in whos), whos

