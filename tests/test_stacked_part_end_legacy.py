"""A task table in legacy OCR ends at the next part's heading whose first item names a body ("VI. TỔ CHỨC THỰC HIỆN" /
"1. Phòng Kinh tế, Hạ tầng và Đô thị" / "" / "Là cơ quan thường trực …"), short as that heading is
(:func:`vanban.structure.stacked._first_item_of_next_part`). Input: the eng OCR of tune21's t21-06 (a UBND phường's Kế
hoạch: "V. BẢNG PHÂN CÔNG NHIỆM VỤ" then "VI. TỔ CHỨC THỰC HIỆN"), copied from the bench's cache; the expected bodies
are the published plan's (tune21's label, written by hand)."""

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.correct import correct_text

FIX = Path(__file__).parent / "fixtures" / "excerpts"


def test_part_after_a_task_table_opening_with_a_body_heading():
    raw = (FIX / "t21_06_tasks_then_part.eng.txt").read_text(encoding="utf-8")
    text = correct_text(raw, "image-ocr").text
    obligations = extract("KẾ HOẠCH\nLập lại trật tự đô thị năm 2027\n\n" + text).obligations
    whos = [o.who for o in obligations]
    # the table's seven rows, then part VI's bodies with their own duties (no longer glued into the table's cells)
    assert whos.count("Công an phường") == 2
    assert any(o.who == "Công an phường" and o.what.startswith("Chủ trì phối hợp với Tổ công tác liên ngành")
               for o in obligations)
    assert any(o.who == "Phòng Văn hóa - Xã hội" and o.what.startswith("Chủ trì công tác tuyên truyền")
               for o in obligations)
    assert any(o.who.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam phường") for o in obligations)
