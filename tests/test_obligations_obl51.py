"""Session 51 (obl51): tune50's and authored49's kinds of obligation, each in forms written here in the documents' style.

* a schedule of a drive's rounds whose count column names its unit of measure in brackets ("Chỉ tiêu (đơn vị máu)")
  and whose last column names the units that mobilise each round ("Đơn vị vận động", "Đơn vị phụ trách"): the bracket
  is the figure's unit, no body — each row one obligation of the units its body column names, by the round's day
  (t50-07; the rounds tables of t37-09 and t43-07, with no body column, stay without);
"""

from test_obligations_obl50t import _obligations  # who → its deadline's day (date, else latest)

UBND_HEAD = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nBAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN\n\nSố: 07/KH-BCĐ\n\n"
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nAn Phú, ngày 05 tháng 01 năm 2036\n\n"
             "KẾ HOẠCH\n\nVận động hiến máu tình nguyện năm 2036\n\n")


ROUNDS_BODY_LAST = UBND_HEAD + """**II. CÁC ĐỢT HIẾN MÁU**

| STT | Đợt hiến máu | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động |
|---|---|---|---|---|---|
| 1 | Đợt 1 (Xuân hồng) | Chủ nhật, ngày 16/02/2036 | Hội trường xã | 120 | Đoàn Thanh niên xã; các thôn An Lạc, An Hòa |
| 2 | Đợt 2 (Hành trình Đỏ) | Thứ Bảy, ngày 18/7/2036 | Trường Tiểu học An Phú | 90 | Hội Liên hiệp Phụ nữ xã |
|  | **Cộng** |  |  | **210** |  |
"""

ROUNDS_YEAR_QUOTA = UBND_HEAD + """**III. THỜI GIAN TỔ CHỨC**

| TT | Đợt | Thời gian tổ chức | Chỉ tiêu năm 2036 (đơn vị máu) | Đơn vị phụ trách |
|---|---|---|---|---|
| 1 | Đợt 1 | Ngày 12/4/2036 | 100 | Hội Chữ thập đỏ xã |
| 2 | Đợt 2 | Ngày 09/8/2036 | 80 | Công an xã; Ban Chỉ huy quân sự xã |
"""

ROUNDS_NO_BODY = UBND_HEAD + """**III. THỜI GIAN, ĐỊA ĐIỂM**

| Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu (đơn vị máu) |
|---|---|---|---|
| Đợt 1 | Ngày 12/4/2036 | Hội trường xã | 100 |
| Đợt 2 | Ngày 09/8/2036 | Nhà văn hóa thôn An Lạc | 80 |
"""


def test_rounds_table_body_last_one_obligation_per_round():
    got = _obligations(ROUNDS_BODY_LAST)
    assert got.get("Đoàn Thanh niên xã; các thôn An Lạc, An Hòa") == "2036-02-16"
    assert got.get("Hội Liên hiệp Phụ nữ xã") == "2036-07-18"
    assert not any(w.strip("* ").isdigit() or "Cộng" in w for w in got)


def test_rounds_table_quota_year_in_brackets_is_no_body():
    got = _obligations(ROUNDS_YEAR_QUOTA)
    assert got.get("Hội Chữ thập đỏ xã") == "2036-04-12"
    assert got.get("Công an xã; Ban Chỉ huy quân sự xã") == "2036-08-09"


def test_rounds_table_without_body_column_charges_nobody():
    assert _obligations(ROUNDS_NO_BODY) == {}
