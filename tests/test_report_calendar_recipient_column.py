"""A report calendar's "Nơi nhận" column (where each report goes) is no signature's recipient list (session 24, tg24b).

A Sở's Hướng dẫn on year-end reports sets the reports in a table "STT | Đơn vị lập | Nội dung báo cáo | Nơi nhận |
Thời hạn" (a23-09, a Sở Tài chính's Hướng dẫn on the settlement of the budget, had one) and goes on with its items below
it. Read as the signature's "Nơi nhận", the column name cut the body there: the rest of the document became an
appendix, its time limits ("trong vòng 30 ngày kể từ ngày nhận được …") were read as a procedure's and lost, and the
obligations after it were dropped as a recipient list's names. The document below is written for this test in that
style (plain text, each cell its own paragraph, as ``realdocs/md2plain.py`` prints a Word table); the expected values
are read from it by hand, by the labels' conventions (``../shared/realdocs/labeled/README.md``: a time limit from an
event is a maximum, its unit as printed).
"""

from __future__ import annotations

from vanban.extract import extract

_DOC = """UBND TỈNH NINH BÌNH
SỞ NỘI VỤ

Số: 2210/HD-SNV
Ninh Bình, ngày 08 tháng 12 năm 2026

HƯỚNG DẪN
Lập, gửi báo cáo tổng kết công tác thi đua, khen thưởng năm 2026

I. THỜI HẠN LẬP, GỬI BÁO CÁO

1. Đối với các sở, ban, ngành và Ủy ban nhân dân các xã, phường

a) Báo cáo lập theo Mẫu số 01 kèm theo Hướng dẫn này.

b) Thời hạn gửi báo cáo:

STT

Đơn vị lập

Nội dung báo cáo

Nơi nhận

Thời hạn

1

Các sở, ban, ngành

Báo cáo tổng kết công tác thi đua, khen thưởng năm 2026

Sở Nội vụ

Chậm nhất ngày 10/01/2027

2

Ủy ban nhân dân các xã, phường

Báo cáo tổng kết và hồ sơ đề nghị khen thưởng

Sở Nội vụ

Chậm nhất ngày 15/01/2027

c) Hồ sơ đề nghị khen thưởng chưa đầy đủ được bổ sung trong vòng 07 ngày làm việc kể từ ngày nhận được thông báo của Sở Nội vụ.

d) Cơ quan đề nghị khen thưởng công khai danh sách trong thời hạn 10 ngày kể từ ngày có quyết định khen thưởng.

II. TỔ CHỨC THỰC HIỆN

Ban Thi đua - Khen thưởng có trách nhiệm theo dõi, đôn đốc việc thực hiện Hướng dẫn này; tổng hợp, báo cáo Giám đốc Sở trước ngày 31/01/2027.

Nơi nhận:
- UBND tỉnh (b/c);
- Các sở, ban, ngành;
- UBND các xã, phường;
- Lưu: VT, TĐKT.

GIÁM ĐỐC

Trần Văn Khải
"""


def test_the_column_name_leaves_the_signature_where_it_is():
    st = extract(_DOC).structure
    assert st.signature is not None and st.signature.name == "Trần Văn Khải"
    assert not st.appendices  # the items after the table are the body's, no appendix


def test_the_time_limits_after_the_table_are_read():
    got = [(t.min, t.max, t.unit) for t in extract(_DOC).targets]
    assert (None, 7, "ngày làm việc") in got
    assert (None, 10, "ngày") in got


def test_the_obligations_after_the_table_are_kept():
    obs = extract(_DOC).obligations
    ban = [o for o in obs if o.who and o.who.startswith("Ban Thi đua")]
    assert ban and ban[0].deadline and ban[0].deadline.date == "2027-01-31"
