"""A plan's goals stated in its "Chỉ tiêu" part and printed again in an indicator table ("STT | Chỉ tiêu | Đơn vị tính
| Thực hiện năm 2026 | Kế hoạch năm 2027"): each goal is one target, the body's sentence; a row the prose did not state
is its own goal (vanban.extract.restated_rows). The document is written for this test (a xã's Kế hoạch on the
environment); the expected figures are the ones written into it."""

from vanban.extract import extract

_CELLS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2026", "Kế hoạch năm 2027"],
    ["1", "Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "%", "88", "≥ 95"],
    ["2", "Cây xanh trồng mới trên các tuyến đường", "Cây", "950", "> 1.200"],
    ["3", "Tuyến đường đạt chuẩn xanh - sạch - đẹp", "Tuyến", "9", "12"],
]

_BODY = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA

Số: 21/KH-UBND

KẾ HOẠCH
Bảo vệ môi trường năm 2027

I. MỤC TIÊU, CHỈ TIÊU

2. Chỉ tiêu cụ thể năm 2027

- Phấn đấu tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt ít nhất 95%.

- Trồng mới trên 1.200 cây xanh trên các tuyến đường của xã.

Bảng 1. Chỉ tiêu bảo vệ môi trường năm 2027

"""


def _doc() -> str:
    rows = "\n\n\n".join("\n\n".join(r) for r in _CELLS)
    return _BODY + "\n" + rows + "\n\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Tổ chức ra quân làm sạch môi trường hằng tháng.\n"


def test_a_row_restating_a_body_goal_is_not_a_second_target():
    got = [(t.min, t.max, t.unit) for t in extract(_doc()).targets]
    assert got.count((95, None, "%")) == 1
    assert got.count((1200, None, "cây")) + got.count((1200, None, "cây xanh")) == 1


def test_a_row_the_prose_did_not_state_stays():
    got = [(t.min, t.max, t.unit) for t in extract(_doc()).targets]
    assert (12, 12, "tuyến") in got


def test_an_appended_indicator_table_keeps_its_rows():
    body = _BODY.replace("Bảng 1. Chỉ tiêu bảo vệ môi trường năm 2027\n", "")
    rows = "\n\n\n".join("\n\n".join(r) for r in _CELLS)
    doc = (body + "II. TỔ CHỨC THỰC HIỆN\n\nCác ban, ngành của xã triển khai thực hiện Kế hoạch này./.\n\n"
           "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
           "PHỤ LỤC I\nCHỈ TIÊU BẢO VỆ MÔI TRƯỜNG NĂM 2027\n(Kèm theo Kế hoạch số 21/KH-UBND ngày 10/01/2027 của UBND xã)\n\n"
           + rows + "\n")
    got = [(t.min, t.max, t.unit) for t in extract(doc).targets]
    assert got.count((95, None, "%")) == 2  # the body's sentence and the Phụ lục's row, each labelled
    assert (12, 12, "tuyến") in got
