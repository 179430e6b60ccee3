"""Obligation and deadline kinds authored46 missed (session 48, obl48), each tested on forms written here.

Kinds:

* a block of "Tổ chức thực hiện" that chairs a team an inspection table lists by name ("Chủ trì Đoàn kiểm tra số 1",
  "chủ trì Đoàn số 01 và Đoàn số 04", "Chủ trì Tổ giám sát sau Tết") takes that row's time, the row charged to the same
  body (labels README: "the earliest dated deadline attached to that assignment"; a46-02's notes) — a team of another
  body's row, or a block that only joins a team, takes none;
* a body whose verb is the record it draws up ("Các đoàn kiểm tra lập biên bản …") or the accounts it settles ("…; các
  ấp thanh, quyết toán kinh phí trước ngày …") is the subject of its clause;
* a piece of the "4 tại chỗ" motto ("lực lượng tại chỗ") as a subject names no body (a46-01's notes);
* a numbered item "Thời gian triển khai: từ … đến …" is the plan's running period, no deadline (a46-02, a32-08,
  0124-KH-UBND); a bare "Thời gian: kỳ họp … từ … đến …" (an event's days) stays one;
* a share of a stock "tồn đọng đến <day>" with a time of the task's own after the day: the day counts the stock (a46-04).

The documents below are written for these tests in the style of a phường's or xã's plan (no sentence of a gold set).
"""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.extract import subjects as S
from vanban.extract.aim_days import stock_share_before
from vanban.text import fold


def _pairs(text):
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


_SIGN = signature("Nguyễn Thị Hoa", recipients=("Lưu: VT",))


def _head(title: str) -> str:
    return doc_head(issuer="PHƯỜNG HÒA BÌNH", number=215, date=(1, 12, 2031), title=title)


# --- a block chairing a team the table lists ---------------------------------------------------------------------------

_TEAMS = _head("Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán năm 2032") + """I. NỘI DUNG

1. Kiểm tra liên ngành

Thành lập 03 đoàn kiểm tra liên ngành của phường, kiểm tra theo bảng sau:

| STT | Đoàn kiểm tra | Thời gian | Đối tượng kiểm tra | Đơn vị chủ trì |
|---|---|---|---|---|
| 1 | Đoàn kiểm tra liên ngành số 1 | Từ 20/12/2031 đến 12/01/2032 | Cơ sở sản xuất giò chả, bánh chưng | Trạm Y tế phường |
| 2 | Đoàn kiểm tra liên ngành số 2 | Từ 03/01/2032 đến 28/01/2032 | Chợ Hòa Bình, cửa hàng tạp hóa | Phòng Kinh tế, Hạ tầng và Đô thị |
| 3 | Tổ kiểm tra sau Tết | Từ 10/02/2032 đến 25/02/2032 | Quán ăn, dịch vụ nấu cỗ lưu động | Công an phường |

2. Xử lý vi phạm

Các đoàn kiểm tra lập biên bản, xử lý vi phạm theo thẩm quyền; tạm giữ thực phẩm không rõ nguồn gốc.

II. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế phường

Chủ trì Đoàn kiểm tra số 1; chuẩn bị dụng cụ xét nghiệm nhanh; sẵn sàng phương án cấp cứu ngộ độc thực phẩm.

2. Phòng Kinh tế, Hạ tầng và Đô thị

Chủ trì Đoàn kiểm tra số 2; hướng dẫn tiểu thương niêm yết nguồn gốc hàng hóa.

3. Công an phường

Chủ trì Tổ kiểm tra sau Tết; bảo đảm an ninh trật tự cho các đoàn kiểm tra.

4. Phòng Văn hóa - Xã hội

Phối hợp Đoàn kiểm tra số 1 tuyên truyền về an toàn thực phẩm trên hệ thống loa truyền thanh phường.
""" + _SIGN


def test_a_block_chairing_a_listed_team_takes_its_rows_end():
    pairs = _pairs(_TEAMS)
    assert pairs.count(("Trạm Y tế phường", "2032-01-12")) == 2  # the row, and the block of II.1
    assert pairs.count(("Phòng Kinh tế, Hạ tầng và Đô thị", "2032-01-28")) == 2


def test_a_team_named_without_a_number_is_found_by_its_name():
    assert _pairs(_TEAMS).count(("Công an phường", "2032-02-25")) == 2


def test_a_block_joining_a_team_takes_no_date():
    assert ("Phòng Văn hóa - Xã hội", None) in _pairs(_TEAMS)


def test_a_team_of_another_bodys_row_hands_no_date():
    text = _TEAMS.replace("Chủ trì Đoàn kiểm tra số 2;", "Chủ trì Đoàn kiểm tra số 1;")
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị", None) in _pairs(text)


def test_several_numbered_teams_in_one_pointer():
    text = _TEAMS.replace("Chủ trì Đoàn kiểm tra số 2;", "Chủ trì Đoàn số 02 và Đoàn số 01;")
    assert _pairs(text).count(("Phòng Kinh tế, Hạ tầng và Đô thị", "2032-01-28")) == 2


def test_the_teams_drawing_up_records_are_charged():
    assert ("Các đoàn kiểm tra", None) in _pairs(_TEAMS)


# --- subjects of the record and the accounts ---------------------------------------------------------------------------

def test_record_and_settlement_verbs_end_the_subject():
    assert S.actor("Tổ bầu cử lập biên bản kết quả bầu cử và gửi về Ủy ban nhân dân xã.")[0] == "Tổ bầu cử"
    assert S.actor("Công an xã lập biên bản vi phạm hành chính.")[0] == "Công an xã"
    assert S.actor("các thôn thanh, quyết toán kinh phí trước ngày 15/12/2031")[0] == "các thôn"
    assert S.actor("Phòng Kinh tế quyết toán kinh phí chậm nhất ngày 30/6/2032")[0] == "Phòng Kinh tế"


_SETTLE = doc_head(issuer="XÃ PHÚ AN", number=44, date=(2, 10, 2031), kind="HD",
                   title="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2031") + """I. KINH PHÍ

1. Ngân sách xã hỗ trợ mỗi thôn 4.000.000 đồng để tổ chức Ngày hội.

2. Bộ phận Tài chính - Kế toán xã cấp kinh phí cho các thôn trước ngày 25/10/2031; các thôn thanh, quyết toán kinh phí trước ngày 05/12/2031.
""" + _SIGN


def test_a_clause_after_the_semicolon_settling_accounts_is_its_bodys():
    pairs = _pairs(_SETTLE)
    assert ("các thôn", "2031-12-05") in pairs or ("Các thôn", "2031-12-05") in pairs
    assert not any(d == "2031-12-05" and "Tài chính" in (w or "") for w, d in pairs)


# --- the "4 tại chỗ" motto -------------------------------------------------------------------------------------------

_ON_THE_SPOT = _head("Phòng, chống thiên tai năm 2032") + """I. NHIỆM VỤ

1. Trong mùa mưa bão

- Khi nước sông lên nhanh, lực lượng tại chỗ đưa người khuyết tật, phụ nữ mang thai lên nhà văn hóa khu phố.

- Các tổ dân phố báo cáo nhanh thiệt hại về Ủy ban nhân dân phường sau khi bão đi qua.
""" + _SIGN


def test_a_force_named_by_the_motto_is_no_body():
    whos = [w for w, _ in _pairs(_ON_THE_SPOT)]
    assert not any("tại chỗ" in (w or "") for w in whos)
    assert "Các tổ dân phố" in whos


# --- the plan's running period --------------------------------------------------------------------------------------

_RUN = _head("Tháng cao điểm an toàn thực phẩm năm 2032") + """I. THỜI GIAN, NỘI DUNG

1. Thời gian triển khai: Từ ngày 15/12/2031 đến ngày 28/02/2032.

2. Nội dung

Trạm Y tế phường tổ chức tuyên truyền tại các chợ, hoàn thành trước ngày 10/01/2032.
""" + _SIGN


def _spans(text):
    return [(d.earliest, d.latest) for d in extract(text).deadlines if d.earliest != d.latest]


def test_a_numbered_item_of_the_plans_time_is_no_deadline():
    assert ("2031-12-15", "2032-02-28") not in _spans(_RUN)
    assert "2032-01-10" in [d.date for d in extract(_RUN).deadlines]


def test_the_same_under_thoi_gian_thuc_hien():
    text = _RUN.replace("Thời gian triển khai:", "Thời gian thực hiện:")
    assert ("2031-12-15", "2032-02-28") not in _spans(text)
    assert "2032-01-10" in [d.date for d in extract(text).deadlines]  # the task's own day stays


def test_an_events_days_under_a_bare_time_label_stay():
    text = _RUN.replace("1. Thời gian triển khai: Từ ngày 15/12/2031 đến ngày 28/02/2032.",
                        "1. Thời gian: hội nghị tổ chức trong 02 ngày, từ ngày 16/12/2031 đến ngày 17/12/2031.")
    assert ("2031-12-16", "2031-12-17") in _spans(text)


# --- a stock counted at a day, the task due later ----------------------------------------------------------------------

def test_a_backlogs_day_before_the_tasks_own_time_counts_the_stock():
    v = fold("thu hồi ít nhất 70% số nợ thuế tồn đọng đến 31/12/2031 trong 6 tháng đầu năm 2032")
    at = v.index("31/12")
    assert stock_share_before(v, at, at + len("31/12/2031"))


def test_a_backlogs_day_alone_stays_due():
    v = fold("giải quyết dứt điểm 100% số hồ sơ tồn đọng đến ngày 30/6/2032.")
    at = v.index("30/6")
    assert not stock_share_before(v, at, at + len("30/6/2032"))


# --- OCR forms: a quarter's numeral on the next line, a date line's "ngày" restored as "ngụy" --------------------------

def test_a_fourth_quarter_read_tv_after_a_line_break_is_mended():
    from vanban.ocr.quarter_digits import quarter_digits

    assert quarter_digits("xây dựng Đề án, hoàn thành trong quý\nTV/2032;") == "xây dựng Đề án, hoàn thành trong quý\nIV/2032;"
    assert quarter_digits("Đài TV phát sóng") == "Đài TV phát sóng"


def test_a_date_line_whose_ngay_was_restored_as_nguy_keeps_date_and_place():
    text = doc_head(issuer="XÃ HƯNG LỘC", number=5, date=(14, 8, 2032), title="Chương trình hành động", party=True)
    text = text.replace("ngày 14 tháng", "ngụy 14 tháng", 1)
    assert "ngụy 14 tháng" in text
    meta = extract(text + "Các chi bộ xây dựng kế hoạch thực hiện trước ngày 30/9/2032.\n" + _SIGN).metadata
    assert meta.date == "2032-08-14"
    assert meta.place == "Hưng Lộc"


def test_nguy_co_is_no_date_line():
    from vanban.structure import vocab as V

    assert V.PLACE_DATE_RE.search(fold("Phòng chống nguy cơ tháng 8 năm 2032")) is None
