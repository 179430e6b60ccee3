"""A Phụ lục's task table in parts A, B, C numbers each part's rows anew: the phiếu's TT names the part (session 30).

179-KH-UBND's Phụ lục (copied into tests/fixtures/realdocs) lists its tasks in three parts, "A PHÁT TRIỂN NỀN MÓNG …",
"B PHÁT TRIỂN KINH TẾ SỐ …", "C CÁC GIẢI PHÁP …", each with groups I, II … and rows 1.1, 1.2 …: the phiếu listed
"PL.1.1" three times. Expected TTs read off the documents: the part letter before the row's own number ("PL.A.1.1",
"PL.B.1.1"), the group's numeral too when the row's number does not carry it (row "1" under "II" is "PL.A.II.1"), none
when it does (a decimal "1.1" under "I"; "3" alone under "III"). Same TT in the Word table, the CSV and the browser
(all three take :func:`vanban.export.checklist_rows`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from conftest import ROOT

from vanban.export import PlanPlaces, checklist_csv, checklist_docx
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 10, 5)

#: a ward's plan written for this test (Markdown, as a converted DOCX reads): a Phụ lục in parts A and B, groups
#: numbered I, II, rows numbered 1, 2 anew under each group
PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC

Số: 31/KH-UBND

An Lạc, ngày 05 tháng 10 năm 2026

**KẾ HOẠCH**

**Chuyển đổi số năm 2027**

**I. MỤC ĐÍCH**

Đẩy mạnh chuyển đổi số trên địa bàn phường.

**II. TỔ CHỨC THỰC HIỆN**

Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.

Nơi nhận:
- Lưu: VT.

**PHỤ LỤC**

DANH MỤC NHIỆM VỤ

*(Kèm theo Kế hoạch số 31/KH-UBND ngày 05/10/2026)*

| **STT** | **Nhiệm vụ** | **Đơn vị thực hiện** | **Thời hạn** |
|---|---|---|---|
| **A** | **NỀN TẢNG SỐ** | | |
| **I** | **Hạ tầng** | | |
| 1 | Lắp đặt mạng không dây tại nhà văn hóa khu phố | Khu phố 1 | Trước 30/11/2026 |
| 2 | Nâng cấp máy tính bộ phận một cửa | Văn phòng UBND phường | Trước 15/12/2026 |
| **II** | **Dữ liệu** | | |
| 1 | Số hóa sổ hộ tịch lưu trữ | Công chức Tư pháp - Hộ tịch | Trước 31/12/2026 |
| **B** | **XÃ HỘI SỐ** | | |
| **I** | **Kỹ năng số** | | |
| 1 | Mở lớp hướng dẫn sử dụng dịch vụ công trực tuyến | Đoàn Thanh niên phường | Trước 20/12/2026 |
| 2 | Thành lập tổ công nghệ số cộng đồng | Khu phố 2 | Trước 25/12/2026 |
"""


def _items(path):
    from vanban.conveyor import process_file

    doc = process_file(path, jobs=1)
    ext = doc.extraction
    return ext, build_checklist(ext, today=TODAY), PlanPlaces.of_document(doc)


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "31-KH-UBND.md"
    path.write_text(PLAN, encoding="utf-8")
    return _items(path)


def _tt_by_who(plan) -> dict[str, str]:
    ext, items, places = plan
    rows = list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]
    return {r[2]: r[0] for r in rows}


def test_a_part_letter_and_an_uncarried_group_name_the_row(plan):
    tt = _tt_by_who(plan)
    assert tt["Khu phố 1"] == "PL.A.I.1"
    assert tt["Văn phòng UBND phường"] == "PL.A.I.2"
    assert tt["Công chức Tư pháp - Hộ tịch"] == "PL.A.II.1"
    assert tt["Đoàn Thanh niên phường"] == "PL.B.I.1"
    assert tt["Khu phố 2"] == "PL.B.I.2"


def test_the_word_table_shows_the_same_tt(plan):
    from docx import Document

    ext, items, places = plan
    doc = Document(io.BytesIO(checklist_docx(items, ext.metadata, places, ext.targets)))
    table = doc.tables[-1]
    tts = [row.cells[0].text for row in table.rows[1:]]
    assert {"PL.A.I.1", "PL.A.I.2", "PL.A.II.1", "PL.B.I.1", "PL.B.I.2"} <= set(tts)


# --- the real plan 179-KH-UBND ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rows179():
    from vanban.conveyor import process_file
    from vanban.export import checklist_file

    doc = process_file(ROOT / "tests/fixtures/realdocs/179-KH-UBND.md", jobs=1)
    text = checklist_file(doc.extraction, "csv", PlanPlaces.of_document(doc), today=dt.date(2026, 3, 1))
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1:]


def _tt_of(rows, words):
    mine = [r[0] for r in rows if " ".join(r[1].split()).startswith(words)]
    assert len(mine) == 1, (words, mine)
    return mine[0]


@pytest.mark.parametrize("words, tt", [
    ("Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp luật cho phù hợp", "PL.A.1.1"),  # A, I, 1.1
    ("Xây dựng và tổ chức triển khai kế hoạch thúc đẩy sử dụng nền tảng số", "PL.A.3"),  # "3" alone under III
    ("Triển khai Kế hoạch phát triển thương mại điện tử tỉnh Đồng", "PL.B.5.1.1"),  # under "IV" (misprinted V), 5.1
    ("Triển khai Chiến lược an toàn an ninh mạng quốc gia", "PL.A.5.1"),
])
def test_179_rows_name_their_part(rows179, words, tt):
    assert _tt_of(rows179, words) == tt


def test_179_appendix_rows_have_one_tt_each(rows179):
    pl = [r[0] for r in rows179 if r[0].startswith("PL")]
    assert len(pl) > 90 and len(set(pl)) == len(pl)
    assert {t.split(".")[1] for t in pl} == {"A", "B", "C"}


# --- the document page: the Word table's order and TT ---------------------------------------------------------------

def test_the_document_page_lists_the_tasks_as_the_word_table_does(tmp_path):
    """One order everywhere, the document's own, and one TT: the page's checklist and the downloaded Word table
    (the session-29 newcomer found the page's tasks in another order than the Word table's)."""
    from site_client import page_and_word_rows

    path = tmp_path / "31-KH-UBND.md"
    path.write_text(PLAN, encoding="utf-8")
    shown, word = page_and_word_rows(path, tmp_path / "archive.db")
    table = [(r.cells[0].text, r.cells[2].text) for r in word]
    assert [tt for tt, _ in shown] == [tt for tt, _ in table]
    assert [tt for tt, _ in shown][-5:] == ["PL.A.I.1", "PL.A.I.2", "PL.A.II.1", "PL.B.I.1", "PL.B.I.2"]
    assert dict(shown)["PL.A.II.1"] == "Công chức Tư pháp - Hộ tịch"


#: a commune's plan written for this test: one task table in the body, groups I and II, rows numbered on (1, 2, 3)
ON_NUMBERED = """ỦY BAN NHÂN DÂN XÃ AN PHÚ

Số: 40/KH-UBND

An Phú, ngày 05 tháng 10 năm 2026

**KẾ HOẠCH**

**Tổ chức Ngày Chuyển đổi số năm 2026**

**I. NHIỆM VỤ**

| **TT** | **Nội dung** | **Đơn vị chủ trì** | **Thời hạn** |
|---|---|---|---|
| **I** | **Tuyên truyền** | | |
| 1 | Treo băng rôn tại trụ sở xã | Văn phòng HĐND và UBND xã | Trước 01/11/2026 |
| 2 | Đăng tin trên trang thông tin điện tử xã | Công chức Văn hóa - Xã hội | Trước 05/11/2026 |
| **II** | **Hướng dẫn người dân** | | |
| 3 | Hướng dẫn cài đặt ứng dụng định danh điện tử | Công an xã | Trước 10/11/2026 |

Nơi nhận:
- Lưu: VT.
"""


def test_rows_numbered_on_through_their_groups_keep_their_own_numbers(tmp_path):
    """No number repeats: the row's own number, as printed, after the part the table stands in ("I.3" under "I.
    NHIỆM VỤ": session 32, a table's rows carry their part), never its group's ("II.3")."""
    path = tmp_path / "40-KH-UBND.md"
    path.write_text(ON_NUMBERED, encoding="utf-8")
    tt = _tt_by_who(_items(path))
    assert tt["Văn phòng HĐND và UBND xã"] == "I.1"
    assert tt["Công chức Văn hóa - Xã hội"] == "I.2"
    assert tt["Công an xã"] == "I.3"
