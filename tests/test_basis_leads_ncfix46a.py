"""The legal bases of a preamble in two layouts a newcomer's typed documents showed (session 46, ncfix46a).

- The lead broken over the line: a page copied from the web or a text PDF prints "Căn" ⏎ "cứ Luật Hải quan ngày
  23/6/2014;" (39305/TB-CHQ and 39693/TB-CHQ of ../shared/realdocs/docs, the Cục Hải quan's own layout): each item is
  still a căn cứ. Written in the same style: "Thực" ⏎ "hiện Kế hoạch số …" (a Kế hoạch's preamble).
- One lead shared by a list of bare numbers: "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP …; số 48/2013/NĐ-CP
  … và số 92/2017/NĐ-CP …; số 118/2025/NĐ-CP …" (1490/QĐ-UBND, 1512/QĐ-UBND), "Căn cứ các Quyết định của Bộ trưởng Bộ
  Tư pháp: Số 524/QĐ-BTP …; số 853/QĐ-BTP …" (1628/QĐ-UBND), "Căn cứ các Thông tư của Bộ trưởng, Chủ nhiệm Văn phòng
  Chính phủ: số 02/2017/TT-VPCP …; số 03/2025/TT-VPCP …" (3854/QĐ-UBND): every number of the list is a basis.

The fixtures are the documents' first lines as a user copies them (``md2plain.py``); the relations are read from
the documents: each number a Căn cứ line names is a basis.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract

_FIX = Path(__file__).parent / "fixtures" / "ncfix46a"


def _relations(name: str) -> dict[str | None, str]:
    return {c.number: c.relation for c in extract((_FIX / name).read_text(encoding="utf-8")).citations}


def test_a_lead_broken_after_can_keeps_every_item_a_basis():
    rel = _relations("39693_TB_CHQ_head.txt")
    for number in (None, "08/2015/NĐ-CP", "167/2025/NĐ-CP", "38/2015/TT-BTC", "39/2018/TT-BTC", "14/2015/TT-BTC",
                   "17/2021/TT-BTC", "31/2022/TT-BTC"):
        assert rel[number] == "can_cu", number


def test_a_thuc_hien_lead_broken_over_the_line():
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 41/KH-UBND\nTân Phú, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Tuyên truyền phổ biến pháp luật năm 2026\n\n"
            "Thực\nhiện Kế hoạch số 25/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh về công tác phổ biến,\n"
            "giáo dục pháp luật năm 2026;\n"
            "Căn\ncứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân xã ban hành Chương trình công tác\n"
            "năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật của Nhân dân.\n")
    rel = {c.number: c.relation for c in extract(text).citations}
    assert rel == {"25/KH-UBND": "can_cu", "12/QĐ-UBND": "can_cu"}


def test_a_word_that_merely_starts_a_line_is_no_lead():
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 42/KH-UBND\nTân Phú, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Tuyên truyền phổ biến pháp luật năm 2026\n\n"
            "Căn cứ Kế hoạch số 25/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh;\n"
            "Các\nnội dung theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân xã.\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức pháp luật của Nhân dân.\n")
    rel = {c.number: c.relation for c in extract(text).citations}
    assert rel["25/KH-UBND"] == "can_cu"
    assert rel["12/QĐ-UBND"] == "mentions"


def test_a_shared_lead_over_a_list_of_decrees():
    rel = _relations("1490_QD_UBND_head.txt")
    for number in ("72/2025/QH15", "63/2010/NĐ-CP", "48/2013/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP",
                   "02/2017/TT-VPCP", "1201/QĐ-UBND"):
        assert rel[number] == "can_cu", number


def test_a_shared_lead_over_decisions_with_a_capital_so():
    rel = _relations("1628_QD_UBND_head.txt")
    for number in ("524/QĐ-BTP", "853/QĐ-BTP", "44/2022/QĐ-UBND", "34/2023/QĐ-UBND", "964/QĐ-UBND"):
        assert rel[number] == "can_cu", number


def test_a_shared_lead_over_circulars():
    rel = _relations("3854_QD_UBND_head.txt")
    for number in ("63/2010/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP", "02/2017/TT-VPCP", "03/2025/TT-VPCP",
                   "5132/QĐ-BQP"):
        assert rel[number] == "can_cu", number
