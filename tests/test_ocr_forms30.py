"""OCR forms of authored28 (session 30, ocr30): real OCR output whose reading lost a fact the clean text keeps.

- A page break between a part's heading and its first paragraph: eng OCR gives the page's text without the blank line
  that parted them ("1. Tăng cường sự lãnh đạo của cấp ủy, nâng cao hiệu lực quản lý của chính" / "quyền" / "\\f" /
  "Các cấp ủy, chi bộ quán triệt …", a28-02 as eng OCR reads it): the heading ran into the task and the bodies it
  charges were lost. A page break after a line's last word, before a capital, ends the sentence — unless the line
  waits for its object ("… phối hợp với" / "\\f" / "Sở Tài chính …").

Inputs are OCR output copied from bench/.cache (tests/fixtures/ocr_forms30), restored per page as ingest does; the
expected values read from the page (the document's own wording), not from vanban's rules.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.correct import correct_text

_FIX = Path(__file__).parent / "fixtures" / "ocr_forms30"
#: a Đảng ủy xã's resolution: header and title, then the OCR excerpt a test reads
_HEAD = "\n".join(("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "ĐẢNG ỦY XÃ PHÚ THÀNH", "Số 05-NQ/ĐU", "Phú Thành, ngày 12 tháng 01 năm 2027",
                   "", "NGHỊ QUYẾT", "về phát triển nông nghiệp sinh thái giai đoạn 2027 - 2030", "", ""))


def _restored(name: str) -> str:
    raw = (_FIX / name).read_text(encoding="utf-8")
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def test_a_page_break_between_a_heading_and_its_task_eng_ocr():
    body = _restored("a28-02.eng.pagebreak.txt")
    assert "quyền\n\fCác cấp ủy, chi bộ" in body, body  # the page's own break, no blank line
    who = [o.who for o in extract(_HEAD + body).obligations]
    assert "Các cấp ủy, chi bộ" in who, who


def test_a_page_break_after_a_word_waiting_for_its_object_goes_on():
    # written for this test: a request whose object a page break parts from it stays one sentence, its body the one
    # asked (no sentence opens at "Sở Tài chính" with the request's date cut away)
    body = ("II. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Đảng ủy xã chủ trì, phối hợp với\n\fSở Tài chính tổng hợp báo cáo"
            " trước ngày 15/12/2027.\n")
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in extract(_HEAD + body).obligations]
    assert obs == [("Văn phòng Đảng ủy xã", "2027-12-15")], obs



def test_a_page_break_after_a_body_named_as_a_title_keeps_its_task_eng_ocr():
    # real eng OCR (t25-08): "7. Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn," / "" / "cứu hộ" / "\f" / "Kiểm tra an
    # toàn …": the title names the body whose task opens the next page — no sentence break there
    body = _restored("t25-08.eng.pagebreak.txt")
    assert "cứu hộ\n\fKiểm tra" in body, body
    head = "\n".join(("CÔNG AN TỈNH ĐỒNG THÁP", "Số: 45/KH-CAT", "Đồng Tháp, ngày 05 tháng 01 năm 2027", "",
                      "KẾ HOẠCH", "Bảo đảm an ninh, trật tự dịp Tết Nguyên đán", "", "II. NHIỆM VỤ", "", ""))
    who = [o.who for o in extract(head + body).obligations]
    # (restored alone, the excerpt reads "chữa" as "chia": the body's name as the page's restoration gives it)
    assert any(w.startswith("Phòng Cảnh sát phòng cháy") and w.endswith("cứu nạn, cứu hộ") for w in who), who
