"""Issue 9: a page whose body is set in two columns is read column after column, as running text.

A newcomer's 66/KH-UBND (tests/fixtures/newcomer_pdfs/kh66_body_two_columns.pdf, a text-layer PDF)
sets its four numbered tasks in two columns under the title: tasks 1–2 on the left, 3–4 on the right.
layout.py took the body for a two-column region like the header's (issuer | motto) and wrote it as a
one-row table, so the structure read the body as a data table row (``body.parts: []``) and no task was
an obligation. A body column is running text: lines of several mostly lowercase words with sentence
ends, and the gutter runs the height of both columns; a header's or a signature's columns are capitals
and short lines, and they stay two-column regions. The tasks as printed, read by hand:
1. Các thôn … trước ngày 20/12/2026. 2. Đoàn Thanh niên xã … 3. Văn phòng UBND xã … trước ngày
28/12/2026. 4. Công an xã bảo đảm an ninh, trật tự …
"""

from __future__ import annotations

from pathlib import Path

from fixtures.columns import word_row as _row

from vanban.conveyor import process_file
from vanban.ingest.layout import Word, prose_columns, words_to_lines

KH_66 = Path(__file__).resolve().parent / "fixtures/newcomer_pdfs/kh66_body_two_columns.pdf"

LEFT = ["a) Ủy ban nhân dân các xã rà soát", "danh sách hộ nghèo, hộ cận nghèo", "trên địa bàn, gửi Phòng Lao động",
        "trước ngày 15/3/2027.", "b) Trung tâm Y tế huyện cấp phát", "thuốc cho các trạm y tế xã."]
RIGHT = ["c) Phòng Tài chính - Kế hoạch bố trí", "kinh phí thực hiện theo quy định;", "d) Hội Liên hiệp Phụ nữ huyện",
         "vận động hội viên tham gia, báo cáo", "kết quả trước ngày 30/4/2027."]


def _page() -> list[Word]:
    """A page of a plan (points): the issuer | motto header, a centred title, a body in two
    flush-left columns and the Nơi nhận | signer region."""
    rows = [
        _row(40, (60, "ỦY BAN NHÂN DÂN"), (330, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        _row(56, (60, "HUYỆN MƯỜNG LA"), (350, "Độc lập - Tự do - Hạnh phúc")),
        _row(72, (60, "Số: 21/KH-UBND"), (340, "Mường La, ngày 02 tháng 3 năm 2027")),
        _row(110, (260, "KẾ HOẠCH")),
        _row(126, (170, "Hỗ trợ hộ nghèo năm 2027")),
    ]
    top = 160
    for k in range(max(len(LEFT), len(RIGHT))):
        parts = ([(60, LEFT[k])] if k < len(LEFT) else []) + ([(320, RIGHT[k])] if k < len(RIGHT) else [])
        rows.append(_row(top, *parts))
        top += 16
    rows += [
        _row(300, (60, "Nơi nhận:"), (360, "TM. ỦY BAN NHÂN DÂN")),
        _row(316, (60, "- Như trên;"), (380, "CHỦ TỊCH")),
        _row(332, (60, "- Lưu: VT."), (0 + 370, "Lò Văn Hùng")),
    ]
    return [w for r in rows for w in r]


def test_body_columns_are_running_text_left_then_right() -> None:
    lines, _ = words_to_lines(_page(), 612)
    texts = [t for t, _ in lines]
    body = [texts.index(t) for t in LEFT + RIGHT]
    assert body == sorted(body) and body == list(range(body[0], body[0] + len(body)))
    for t, g in lines:
        if t in LEFT + RIGHT:
            assert g.table == -1 and g.column == -1, t


def test_header_and_signature_stay_two_column_regions() -> None:
    lines, _ = words_to_lines(_page(), 612)
    geo = dict(lines)
    assert geo["ỦY BAN NHÂN DÂN"].column == 0 and geo["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"].column == 1
    assert geo["Nơi nhận:"].column == 0 and geo["TM. ỦY BAN NHÂN DÂN"].column == 1
    assert geo["Nơi nhận:"].table >= 0 and geo["ỦY BAN NHÂN DÂN"].table >= 0


def test_short_cells_and_uneven_columns_are_no_body() -> None:
    # a two-column list of short cells ("Nội dung | Thời gian") and a long list beside a short signer
    assert not prose_columns([["Tuyên truyền", "Ra quân", "Tổng kết"], ["Tháng 3", "Tháng 5", "Tháng 12"]])
    assert not prose_columns([["Nơi nhận:", "- Thường trực Huyện ủy;", "- Các phòng, ban chuyên môn;", "- Lưu: VT."],
                              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"]])
    # a column of running text beside one or two lines is no page body either
    assert not prose_columns([LEFT, ["Các xã thực hiện nghiêm túc kế hoạch này."]])
    assert prose_columns([LEFT, RIGHT])


def test_two_column_pdf_keeps_every_task() -> None:
    doc = process_file(KH_66)
    who = [o.who for o in doc.extraction.obligations]
    assert who == ["Các thôn", "Đoàn Thanh niên xã", "Văn phòng UBND xã", "Công an xã"]
    meta = doc.extraction.metadata
    assert meta.number == "66/KH-UBND" and meta.issuer == "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG"
    assert meta.signer_name == "Đỗ Văn Nam"
