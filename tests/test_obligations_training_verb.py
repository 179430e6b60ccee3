"""A body training others is charged (session 31, meta31).

Why: "Phòng giao dịch Ngân hàng Chính sách xã hội huyện tập huấn nghiệp vụ cho cán bộ Hội cơ sở; báo cáo kết quả …"
— "tập huấn" was no action verb, so the subject ran on to "báo cáo" (the who "Phòng giao dịch … tập huấn nghiệp vụ
cho cán bộ Hội cơ sở"), and "Phòng Tư pháp huyện tập huấn …" charged nobody (session 30's newcomer: the Phòng giao
dịch not read as a body). A training class as the subject ("Lớp tập huấn được tổ chức …") charges nobody.

Inputs written for this test; expected values as a careful reader gives them."""

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 58/KH-UBND
Đức Thọ, ngày 15 tháng 3 năm 2027

KẾ HOẠCH
Về tín dụng chính sách năm 2027

II. TỔ CHỨC THỰC HIỆN
"""


def _who(body):
    return [(o.who, o.what) for o in extract(HEAD + body + "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hải\n").obligations]


def test_a_transaction_office_training_is_charged():
    got = _who("1. Phòng giao dịch Ngân hàng Chính sách xã hội huyện tập huấn nghiệp vụ cho cán bộ Hội cơ sở; "
               "báo cáo kết quả trước ngày 15/12/2027.")
    assert [w for w, _ in got] == ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện"]
    assert got[0][1].startswith("tập huấn nghiệp vụ cho cán bộ Hội cơ sở")


def test_a_training_class_charges_nobody():
    assert _who("1. Lớp tập huấn được tổ chức tại hội trường xã.") == []
