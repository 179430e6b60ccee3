"""A heading's body on its own line over its task, one newline apart (session 50, ncfix50b; issue #9).

The newcomer's 144/KH-UBND (``../shared/realdocs/docs/144-KH-UBND.md``, part VI) as DOCX and as text PDF: "5. Sở Công
Thương" and, on the next paragraph, "Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch." gave the owner
"Sở Công Thương Chủ trì" — a name whose last word is capitalised read on into the capitalised verb, where the .txt
copy's blank line parted them ("Sở Văn hóa, Thể thao và Du lịch", ending in small letters, was right). The kind: a
body named alone on a line, its task on the next opening with a capitalised verb (Chủ trì, Phối hợp, Tham mưu …).
The plan below is written in 144/KH-UBND's layout; the bodies and their verbs are the document's and others' like it.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 144/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nĐồng Nai, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nPhát triển kinh tế số năm 2026\n"
         "VI. TỔ CHỨC THỰC HIỆN\n4. Sở Văn hóa, Thể thao và Du lịch\n"
         "Chủ trì triển khai các nhiệm vụ tại mục (IV) (2) của Kế hoạch.\n")
_TAIL = ("6. Sở Giáo dục và Đào tạo\nChủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) của Kế hoạch.\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")


@pytest.mark.parametrize("body, task", [
    ("Sở Công Thương", "Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch"),
    ("Sở Công Thương", "Phối hợp với Sở Tài chính hướng dẫn doanh nghiệp triển khai thương mại điện tử"),
    ("Ban Quản lý các Khu công nghiệp", "Chủ trì hướng dẫn doanh nghiệp trong khu công nghiệp chuyển đổi số"),
    ("Bộ Chỉ huy Quân sự tỉnh", "Tham mưu UBND tỉnh triển khai các nhiệm vụ bảo đảm an ninh mạng"),
])
def test_body_line_over_its_task(body, task):
    ex = extract(_HEAD + f"5. {body}\n{task}.\n" + _TAIL)
    mine = [o for o in ex.obligations if task in o.what]
    assert [o.who for o in mine] == [body]
    assert mine[0].what.startswith(task.split()[0])


def test_sentence_in_prose_is_read_as_before():
    ex = extract(_HEAD + "5. Nhiệm vụ khác\nSở Công Thương chủ trì, phối hợp với Sở Tài chính hướng dẫn doanh nghiệp.\n"
                 + _TAIL)
    assert any(o.who == "Sở Công Thương" for o in ex.obligations)
