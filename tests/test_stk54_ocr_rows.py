"""Tables and lettered items that OCR broke (issue #9), on the OCR'd forms of two authored documents.

* ``a52_03_legacy.txt``: a52-03-KH-UBND (authored52) read by legacy OCR (Tesseract eng, then vanban's page correction,
  as ``bench/realdocs_ocr.legacy_form`` gives it). Its table "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời
  gian" has a speck read as "2" inside row 3, and row 4's đơn vị phối hợp wrapped after a semicolon ("…; Phòng Giáo dục
  và Đào tạo;" / "Huyện đoàn"). The expected cells are the table as the document prints it
  (``bench/gold/authored52/a52-03-KH-UBND.md``).
* ``a52_08_scan_pages.txt``: a52-08-TB-UBND (authored52) as the scan's OCR read its pages (the scan cache's page text,
  pages one form feed apart): the quota table ends with "Tổng cộng" / "42", then the text runs on, and section 7's items
  "a) … b) … c) …" stand inside the lines of one paragraph. The expected bodies are the labels' (``a52-08-TB-UBND
  .labels.json``: Phòng Nội vụ huyện by 28/8/2038, Phòng Giáo dục và Đào tạo huyện, Trung tâm Văn hóa, Thông tin và
  Thể thao huyện).
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.inline_items import inline_item_breaks

_DIR = pathlib.Path(__file__).parent / "fixtures" / "stk54"


def _table(text: str, first: str):
    st = structure_of_text(text)
    return next(t for t in st.tables if t.rows and t.rows[0] and t.rows[0][0].text.strip() == first)


def _rows(table) -> dict[str, list[str]]:
    return {r[0].text.strip(): [" ".join(c.text.split()) for c in r] for r in table.rows[1:]}


def test_stray_digit_inside_a_row_is_no_row_number():
    rows = _rows(_table((_DIR / "a52_03_legacy.txt").read_text(encoding="utf-8"), "STT"))
    assert list(rows) == [str(i) for i in range(1, 10)]  # no row "2" after row 3
    assert rows["3"][2] == "Trung tâm Văn hóa, Thông tin và Thể thao huyện"
    assert rows["3"][3] == "Phòng Tư pháp; UBND các xã, thị trấn"
    assert rows["3"][4] == "Thường xuyên, cao điểm tháng 11/2038"


def test_body_list_wrapped_after_semicolon_stays_one_cell():
    row = _rows(_table((_DIR / "a52_03_legacy.txt").read_text(encoding="utf-8"), "STT"))["4"]
    assert row[2] == "Phòng Tư pháp"
    assert row[3].startswith("Trung tâm Văn hóa, Thông tin và Thể thao huyện; Phòng Giáo dục và Đào")
    assert row[3].endswith("Huyện đoàn")
    assert row[4] == "Hoàn thành trong tháng 11/2038"


def test_legacy_rows_give_each_body_its_row():
    ex = extract((_DIR / "a52_03_legacy.txt").read_text(encoding="utf-8"))
    got = [(o.who, o.deadline.date if o.deadline else None, o.deadline.latest if o.deadline else None)
           for o in ex.obligations]
    assert ("Phòng Tư pháp", None, "2038-11-30") in got  # row 4: the online contest, within November
    assert not any(w.startswith("Trung tâm Văn hóa") and "Giáo dục" in w for w, _, _ in got)


def test_total_row_ends_the_table():
    text = (_DIR / "a52_08_scan_pages.txt").read_text(encoding="utf-8")
    table = _table(text, "TT")
    assert table.end < text.index("Chỉ tiêu cụ thể tại từng trường")
    assert [c.text.strip() for c in table.rows[-1]][:2] == ["Tổng cộng", "42"]


def test_inline_item_labels_in_sequence_are_parted():
    text = (_DIR / "a52_08_scan_pages.txt").read_text(encoding="utf-8")
    at = set(inline_item_breaks(text))
    for item in ("a) Phòng Nội vụ huyện", "b) Phòng", "c) Trung tâm Văn hóa"):
        k = text.index(item, text.index("7. Tổ chức thực hiện"))
        assert k in at
    # a list whose labels open their lines is left alone, and a lone "a)" in a sentence too
    assert inline_item_breaks("Nội dung:\na) Sở Nội vụ: tổng hợp.\nb) Sở Tài chính: bố trí kinh phí.\n") == ()
    assert inline_item_breaks("Thực hiện theo điểm a) Khoản 2 Điều 5 và quy định hiện hành.") == ()


def test_scan_items_give_their_bodies():
    ex = extract((_DIR / "a52_08_scan_pages.txt").read_text(encoding="utf-8"))
    got = {(o.who, o.deadline.date if o.deadline else None) for o in ex.obligations}
    assert ("Phòng Nội vụ huyện", "2038-08-28") in got
    assert any(w == "Phòng Giáo dục và Đào tạo huyện" for w, _ in got)
    assert any(w == "Trung tâm Văn hóa, Thông tin và Thể thao huyện" for w, _ in got)
