"""Obligation kind of session 26 wave 2 (tune26's clean misses, issue 10): a Công văn whose closing preamble line asks
one body for all its items ("… đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:") is one
assignment of that body, due at the report's date that the "Thời hạn gửi báo cáo" item gives, however often the items
name the body again inside their sentences; an item that opens with another body stays its own.

The letter is written in the style of a Sở's Công văn asking for a yearly report; it is no sentence of a gold document."""

from __future__ import annotations

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 311/STC-QLNS
V/v báo cáo tình hình thực hiện dự toán ngân sách năm 2026
Ninh Bình, ngày 02 tháng 3 năm 2027

Kính gửi: Các cơ quan, đơn vị, địa phương.

Thực hiện Công văn số 880/BTC-NSNN ngày 20/02/2027 của Bộ Tài chính, Sở Tài chính đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:

**1. Báo cáo tình hình thực hiện dự toán năm 2026**

a) Báo cáo số thu, chi ngân sách được giao và thực hiện đến ngày 31/12/2026; phân tích nguyên nhân tăng, giảm.

b) Đánh giá những khó khăn, vướng mắc trong quản lý, sử dụng kinh phí; đề xuất giải pháp khắc phục.

**2. Rà soát các khoản chi chuyển nguồn**

a) Các đơn vị sự nghiệp công lập rà soát các khoản kinh phí chưa sử dụng hết, đề xuất phương án xử lý.

b) Căn cứ kết quả rà soát, các cơ quan, đơn vị, địa phương lập danh mục các khoản chi chuyển nguồn sang năm 2027.

**3. Thời hạn gửi báo cáo**

a) Báo cáo (kèm theo biểu mẫu) gửi bản điện tử về Sở Tài chính trước ngày 20/3/2027.

b) Từ năm 2027, các cơ quan, đơn vị, địa phương thực hiện báo cáo định kỳ 6 tháng (trước ngày 10/7 và 10/01).

Sở Tài chính đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.
"""
TAIL = """
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, QLNS.
GIÁM ĐỐC
Trần Văn Minh
"""


def test_intro_body_is_one_assignment_due_at_the_report_date():
    obs = extract(HEAD + TAIL).obligations
    own = [o for o in obs if o.who and o.who.lower().startswith("các cơ quan, đơn vị, địa phương")]
    assert len(own) == 1
    assert own[0].deadline is not None and own[0].deadline.date == "2027-03-20"
    # the item that opens with a body of its own stays that body's assignment
    assert any(o.who == "Các đơn vị sự nghiệp công lập" for o in obs)


def test_item_that_opens_with_the_intro_body_stays_its_own():
    # near miss: the body printed at the opening of each item (a Công điện's numbered items) is not merged
    text = HEAD.replace("a) Báo cáo số thu", "a) Các cơ quan, đơn vị, địa phương báo cáo số thu") \
        .replace("b) Căn cứ kết quả rà soát, các cơ quan", "b) Các cơ quan") \
        .replace("b) Từ năm 2027, các cơ quan, đơn vị, địa phương thực hiện", "b) Các cơ quan, đơn vị, địa phương thực hiện")
    obs = extract(text + TAIL).obligations
    upper = [o for o in obs if o.who and o.who.startswith("Các cơ quan, đơn vị, địa phương")]
    assert len(upper) >= 2
