"""A Sở's calendar of periodic reports ("STT | Tên báo cáo | Kỳ báo cáo | Ngày chốt số liệu | Thời hạn gửi | Đơn vị
thực hiện | Nơi nhận báo cáo") read by legacy OCR (session 33; the kind of authored31's a31-06 and tune31's t31-06 in
their legacy form).

``RAW`` is Tesseract ``-l eng`` output (``--psm 4``) of a Công văn written for this test, rendered and degraded by
``tests/fixtures/render.py`` as ``bench/realdocs_ocr.py`` does: the header's names on consecutive lines (the blank lines
between them lost, so only the column words carry the header past "Ngày chốt số liệu" to "Nơi nhận báo cáo"), a row's
name and its period glued ("… trên địa bàn toàn tỉnh" / "6 thang"). ``GLUED_LAST`` is that text corrected, with the two
more kinds of damage the same engine printed on the tuning documents' calendars: the last row's name and period glued
too (the row one cell short) and the note under the table parted by a blank line inside its sentence. ``SIX_COLUMNS``
is a six-column calendar in the same OCR's shape: a name wrapped over a blank line with a due-like word ("… 6 tháng" /
"" / "cuối năm 2029"), a period cell whose date wrapped under its word ("… đến hết ngày" / "31/12/2029") glued to the
next cell, the document's next item under the last row. Expected: one row per report, one obligation per row with its
Đơn vị thực hiện and the first due date of its Thời hạn gửi (``realdocs/labeled/README.md``).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.structure import structure_of_text

RAW = """UY BAN NHAN DAN TINH HA TINH
SO Y TE

S6: 57/SYT-VP
V/v thuc hién ché d6 bao cao dinh ky nam 2029
Ha Tinh, ngay 05 thang 01 nam 2029
Kinh gtti: Cac don vi truc thudc So; Trung tam Y té cdc huyén, thi xa
So Y té dé nghi cdc don vi thu'c hién ché d6 bao cao dinh ky nam 2029 nhw sau:
1. Danh muc bao cao va thdi han gtti
STT
Tén bao cdo
Ky bao cao
Ngay chot so liéu
Thoi han gti
Don vi thuc hién

Noi nhan bao cao

1

Tinh hinh dich bénh truyén nhiém va cng tac phong, chong dich trén dia ban
huyén

Hang tuan

Thi Ba hang tuan

Truéc 10 gid 00 thir Tu hang tudn
Trung tam Y té cac huyén, thi xa

Phong Nghiép vu Y

2

Két qua tiém ching mo rong
Hang thang

Ngay 20 hang thang

Trudc ngay 25 hang thang
Trung tam Kiém soat bénh tat tinh

Phong Nghiép vu Y

3

Céng tac khém, chia bénh va quan ly chat lugng bénh vién trén dia ban toan tinh
6 thang

Ngay 15/6

Truéc ngay 20/6

Cac bénh vién tuyén tinh

Van phong SG

4

Téng két cong tac y té nam, ké hoach nam ti€p theo

Nam

Ngay 20/11

Trudéc ngay 30/11

Cac don vi trutc thudc S6; Trung tam Y té cac huyén, thi xa

Van phong Sd

S6 liéu wéc tinh tir ngay cht s6 liéu dén hét ky bdo cdo phai duc ghi chu 1a s6 wéc
thurc hién va duc cap nhat trong bao cao cua ky sau.

2. TO chifc thurc hién

a) Van phong S@ tong hgp bao cdo, tham mutu Giém déc Sd bao cao UBND tinh
trudc ngay 28 hang thang.
Noi nhan:
- Nhu trén;
- Luu: VT, VP.
GIAM DOC
Tran Van Binh
"""

GLUED_LAST = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
SỞ Y TẾ

Số: 57/SYT-VP
V/v thực hiện chế độ báo cáo định kỳ năm 2029
Hà Tĩnh, ngày 05 tháng 01 năm 2029
Kính gửi: Các đơn vị trực thuộc Sở; Trung tâm Y tế các huyện, thị xã
Sở Y tế đề nghị các đơn vị thực hiện chế độ báo cáo định kỳ năm 2029 như sau:
1. Danh mục báo cáo và thời hạn gửi
STT
Tên báo cáo
Kỳ báo cáo
Ngày chốt số liệu
Thời hạn gửi
Đơn vị thực hiện

Nơi nhận báo cáo

1

Tình hình dịch bệnh truyền nhiễm và công tác phòng, chống dịch trên địa bàn
huyện

Hằng tuần

Thì Bà hằng tuần

Trước 10 giờ 00 thứ Tư hàng tuần
Trung tâm Y tế các huyện, thị xã

Phòng Nghiệp vụ Y

2

Kết quả tiêm chủng mở rộng
Hàng tháng

Ngày 20 hằng tháng

Trước ngày 25 hằng tháng
Trung tâm Kiểm soát bệnh tật tỉnh

Phòng Nghiệp vụ Y

3

Công tác khám, chữa bệnh và quản lý chất lượng bệnh viện trên địa bàn toàn tỉnh
6 tháng

Ngày 15/6

Trước ngày 20/6

Các bệnh viện tuyến tỉnh

Văn phòng SG

4

Tổng kết công tác y tế nam, kế hoạch năm tiếp theo
Năm

Ngày 20/11

Trước ngày 30/11

Các đơn vị trực thuộc Sở; Trung tâm Y tế các huyện, thị xã

Văn phòng Sở

Số liệu ước tính từ ngày chủ số liệu đến hết kỳ báo cáo phải được ghi chú là sở ước

thực hiện và được cập nhật trong báo cáo của kỳ sau.

2. Tổ chức thực hiện

a) Văn phòng Sở tổng hợp báo cáo, tham mưu Giám đốc Sở báo cáo UBND tỉnh
trước ngày 28 hằng tháng.
Nơi nhận:
- Như trên;
- Lưu: VT, VP.
GIÁM ĐỐC
Trần Văn Bình

"""

SIX_COLUMNS = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
SỞ Y TẾ

Số: 58/SYT-VP
V/v thực hiện chế độ báo cáo định kỳ năm 2029
Hà Tĩnh, ngày 05 tháng 01 năm 2029
Kính gửi: Các đơn vị trực thuộc Sở
Sở Y tế đề nghị các đơn vị thực hiện chế độ báo cáo định kỳ năm 2029 như sau:
1. Danh mục báo cáo và thời hạn gửi
STT
Tên báo cáo
Kỳ báo cáo, ngày chốt số liệu
Thời hạn gửi
Đơn vị thực hiện

Nơi nhận báo cáo

1

Kết quả tiêm chủng mở rộng

Hằng tháng; chốt số liệu ngày 20 của tháng báo cáo
Trước ngày 25 hằng tháng
Trung tâm Kiểm soát bệnh tật tỉnh

Phòng Nghiệp vụ Y

2

Báo cáo kết quả khám, chữa bệnh 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng

cuối năm 2029

Số liệu từ ngày 15/12/2028 đến ngày 14/6/2029

Trước ngày 20/6/2029

Các bệnh viện tuyến tỉnh

Văn phòng Sở

3
Tổng kết công tác y tế năm 2029, phương hướng, nhiệm vụ năm 2030

Số liệu từ ngày 15/12/2028 đến ngày 30/11/2029, ước thực hiện đến hết ngày
31/12/2029

Trước ngày 05/12/2029
Các đơn vị trực thuộc Sở

Văn phòng Sở

4

Báo cáo công tác dược, trang thiết bị y tế năm 2029

Hằng năm; số liệu tính đến hết ngày 31/12

Trước ngày 15/01 năm sau
Trung tâm Y tế các huyện, thị xã

Phòng Nghiệp vụ Dược

2. Yêu cầu về nội dung, hình thức và thời hạn gửi báo cáo

a) Báo cáo phải đúng đề cương, biểu mẫu do Sở hướng dẫn; số liệu của kỳ sau phải
khớp với kỳ trước.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.

GIÁM ĐỐC
Trần Văn Bình
"""


def _rows(text: str) -> list[list[str]]:
    tables = structure_of_text(text).tables
    assert len(tables) == 1
    return [[c.text for c in r] for r in tables[0].rows]


def _duties(text: str) -> set[tuple[str | None, str | None]]:
    return {(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations}


def test_header_of_a_report_calendar_read_past_its_cut_off_and_recipient_columns():
    text = correct_text(RAW, "image-ocr").text
    rows = _rows(text)
    assert rows[0] == ["STT", "Tên báo cáo", "Kỳ báo cáo", "Ngày chốt số liệu", "Thời hạn gửi", "Đơn vị thực hiện",
                       "Nơi nhận báo cáo"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    assert rows[3][2] == "6 tháng" and rows[3][4] == "Trước ngày 20/6"
    duties = _duties(text)
    assert ("Trung tâm Kiểm soát bệnh tật tỉnh", "2029-01-25") in duties
    assert ("Các bệnh viện tuyến tỉnh", "2029-06-20") in duties
    assert ("Các đơn vị trực thuộc Sở; Trung tâm Y tế các huyện, thị xã", "2029-11-30") in duties


def test_last_row_one_cell_short_keeps_its_cells_and_the_note_below_is_no_cell():
    rows = _rows(GLUED_LAST)
    assert rows[-1][2:] == ["Năm", "Ngày 20/11", "Trước ngày 30/11",
                            "Các đơn vị trực thuộc Sở; Trung tâm Y tế các huyện, thị xã", "Văn phòng Sở"]
    assert not any("Số liệu ước tính" in c for r in rows for c in r)
    assert ("Các đơn vị trực thuộc Sở; Trung tâm Y tế các huyện, thị xã", "2029-11-30") in _duties(GLUED_LAST)


def test_six_column_calendar_wrapped_names_and_dates_and_the_next_item():
    rows = _rows(SIX_COLUMNS)
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    assert rows[2][1].endswith("cuối năm 2029") and rows[2][3] == "Trước ngày 20/6/2029"
    assert rows[3][2].endswith("31/12/2029") and rows[3][3] == "Trước ngày 05/12/2029"
    assert rows[4][4:] == ["Trung tâm Y tế các huyện, thị xã", "Phòng Nghiệp vụ Dược"]
    duties = _duties(SIX_COLUMNS)
    assert {("Các bệnh viện tuyến tỉnh", "2029-06-20"), ("Các đơn vị trực thuộc Sở", "2029-12-05"),
            ("Trung tâm Y tế các huyện, thị xã", "2029-01-15")} <= duties
