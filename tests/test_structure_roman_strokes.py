"""Structure: a Roman heading whose "I" strokes the scan lost ("II." and "III." read "I.") takes its place in the
sequence, so the checklist numbers the third part's items III.1, III.2 — not I.1, I.2 (session-41 newcomer, a scanned
Chi bộ plan). A numbering begun again (the next heading one above the low one) is left as written. Plans written for
this test.
"""

from __future__ import annotations

import datetime as dt

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_rows, with_plan_targets
from vanban.extract.checklist import build_checklist

_HEAD = ("ĐẢNG BỘ PHƯỜNG AN HÒA          ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU PHỐ 4\n"
         "Số 08-KH/CB          An Hòa, ngày 10 tháng 4 năm 2029\n\nKẾ HOẠCH\nPhòng chống dịch sốt xuất huyết năm 2029\n\n")
_TAIL = "\nNơi nhận:\n- Đảng ủy phường;\n- Lưu.\n\nT/M CHI BỘ\nBÍ THƯ\n\nPhạm Văn Lộc\n"


def _tts(tmp_path, labels):
    a, b, c = labels
    text = (_HEAD + f"{a} MỤC ĐÍCH\nGiữ khu phố sạch, không để dịch lây lan.\n\n"
            f"{b} YÊU CẦU\nMỗi hộ tự kiểm tra dụng cụ chứa nước hằng tuần.\n\n"
            f"{c} NHIỆM VỤ\n1. Tổ dân phố số 1 tổ chức diệt lăng quăng, hoàn thành trước ngày 20/5/2029.\n\n"
            "2. Chi hội Cựu chiến binh khu phố tuyên truyền đến từng hộ trước ngày 30/5/2029.\n" + _TAIL)
    path = tmp_path / "kh08.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path)
    places, targets = PlanPlaces.of_document(doc), doc.extraction.targets
    today = dt.date(2029, 4, 11)
    items, _ = with_plan_targets(build_checklist(doc.extraction, today), places, targets, today)
    return [r[0] for r in checklist_rows(items, places, targets) if r[0]]


def test_headings_read_with_strokes_lost_take_their_place(tmp_path):
    assert _tts(tmp_path, ("I.", "I.", "I.")) == ["III.1", "III.2"]
    assert _tts(tmp_path, ("I.", "I.", "II.")) == ["III.1", "III.2"]


def test_a_numbering_begun_again_stays():
    from vanban.structure.body import _strokes_lost

    assert _strokes_lost("I", "III") and _strokes_lost("II", "III") and _strokes_lost("V", "VII")
    assert not _strokes_lost("V", "IV") and not _strokes_lost("I", "IV") and not _strokes_lost("III", "II")
