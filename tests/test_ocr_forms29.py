"""OCR forms of tune28 (session 29, ocrf29): real OCR output whose reading lost a fact the clean text keeps.

- An unnamed plan cited after "và" at a line's end, its type word opening the next line ("Căn cứ Chương trình công
  tác năm 2027 của … và" ⏎ "Kế hoạch tín dụng năm 2027 của Ngân hàng …"): the page wrapped the line where the
  clean text did not, and the cited plan was lost (t28-04 as the scan and eng OCR read it; eng OCR also put a blank
  line inside the plan's name: "Kế hoạch tín" ⏎ "" ⏎ "dụng năm 2027 …").
- A pipe table's cell edge after "quý" ("| Hằng quý | Dịch vụ công …", t28-01's Phụ lục as eng OCR reads it) is no
  Roman numeral I: the cells stay two.
- A small g read by the scan as "ø": a list label "ø)" (t28-03: its body lost its task) and a word's first letter
  ("nguồn øốc").

Inputs are OCR output copied from bench/.cache (tests/fixtures/ocr_forms29), the expected values read from the
page (the document's own wording), not from vanban's rules.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.correct import correct_text

_FIX = Path(__file__).parent / "fixtures" / "ocr_forms29"
#: a joint plan's header and title, then the OCR excerpt a test reads
_HEAD = "\n".join(("HỘI NÔNG DÂN TỈNH ĐỒNG THÁP", "Số: 02/KHLT-HND-NHCSXH", "Đồng Tháp, ngày 22 tháng 02 năm 2027", "",
                   "KẾ HOẠCH LIÊN TỊCH", "Hỗ trợ hội viên nông dân tiếp cận vốn tín dụng chính sách năm 2027", "", ""))


def _plans(body: str) -> list[str]:
    return [c.name for c in extract(f"{_HEAD}{body}\n").citations if c.type == "Kế hoạch"]


def test_a_plan_cited_after_va_at_a_lines_end_scan():
    body = (_FIX / "t28-04.scan.basis.txt").read_text(encoding="utf-8")
    assert "và\nKế hoạch tín dụng" in body  # the scan's own wrap
    assert _plans(body) == ["Kế hoạch tín dụng năm 2027"], _plans(body)


def test_a_plan_cited_after_va_at_a_lines_end_eng_ocr_restored():
    raw = (_FIX / "t28-04.eng.basis.txt").read_text(encoding="utf-8")
    body = correct_text(raw, "image-ocr").text
    assert _plans(body) == ["Kế hoạch tín dụng năm 2027"], body


def test_a_pipe_tables_bar_after_quy_stays_a_bar_eng_ocr():
    """A pipe table's cell edge after "quý" or "mục" ("| Hằng quý | Dịch vụ công …", "… chuyên mục |": t28-01's Phụ lục
    as eng OCR reads it) is no Roman numeral I: the page's cells "Hằng quý" and "Dịch vụ công được cung cấp" stay two."""
    raw = (_FIX / "t28-01.eng.appendix.txt").read_text(encoding="utf-8")
    text = correct_text(raw, "image-ocr").text
    assert "| Hằng quý | Dịch vụ công" in text, text
    assert "chuyên mục |" in text, text
    assert "quý I " not in text and "mục I" not in text, text


def test_a_g_read_as_slashed_o_scan():
    """Tesseract vie reads a small g as "ø": a list label "ø)" after "e)" (t28-03 as the scan reads it) and a word's
    first letter ("nguồn øốc", realdocs 0130-KH-UBND scanned) are the page's "g)" and "gốc"."""
    items = correct_text((_FIX / "t28-03.scan.items.txt").read_text(encoding="utf-8"), "image-ocr").text
    assert "\ng) Ban Quản lý dự án" in items, items
    line = correct_text((_FIX / "0130.scan.line.txt").read_text(encoding="utf-8"), "image-ocr").text
    assert "rõ nguồn gốc." in line, line


def test_the_body_of_a_label_read_as_slashed_o_keeps_its_task_scan():
    items = correct_text((_FIX / "t28-03.scan.items.txt").read_text(encoding="utf-8"), "image-ocr").text
    doc = extract(f"{_HEAD}II. NHIỆM VỤ CỤ THỂ\n\n{items}")
    who = [(o.who, o.deadline.date if o.deadline else None) for o in doc.obligations]
    assert ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "2027-04-30") in who, who
