"""The document page's "Thời hạn" list shows a deadline's hour when the text writes one (``deadlines.time``; session
23's newcomer: "trước 16 giờ ngày …" was listed by its day alone, while the checklist and the .ics said the hour).

Material: the Công văn below is written for this test in a Văn phòng UBND's style; the expected hour is read from it.
Real parts: the conveyor, SQLite, Datasette's own test client."""

from __future__ import annotations

import html
import re

from test_web_outline_tables import _page

LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH

Số: 1204/UBND-TH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hà Tĩnh, ngày 10 tháng 3 năm 2027

V/v báo cáo kết quả giải ngân vốn đầu tư công quý I năm 2027

Kính gửi: Các sở, ban, ngành cấp tỉnh.

Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành cấp tỉnh báo cáo kết quả giải ngân vốn đầu tư công quý I năm 2027, gửi về Sở Tài chính trước 16 giờ 00 ngày 20/3/2027 để tổng hợp.

Nơi nhận:
- Như trên;
- Lưu: VT, TH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hùng
"""


def test_the_deadlines_list_shows_the_hour(tmp_path):
    page = _page(tmp_path, "1204-UBND-TH.md", LETTER)
    part = page[page.index("<h2>Thời hạn</h2>"):]
    items = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", li)).split())
             for li in re.findall(r"<li>(.*?)</li>", part[:part.index("</ul>")], re.S)]
    # as its readers write it, day first (session 34: "2027-03-20 16:00:" before)
    assert any(i.startswith("16 giờ 00 ngày 20/03/2027:") for i in items), items
    # and the checklist row beside it says the same hour
    # (its words say the day and the hour: no ISO "(2027-03-20 16:00)" after them, session 34)
    shown = " ".join(html.unescape(page).split())
    assert "hạn: trước 16 giờ 00 ngày 20/3/2027" in shown and "(2027-03-20" not in shown
