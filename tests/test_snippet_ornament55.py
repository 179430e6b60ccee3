"""A search hit's excerpt leaves out the header's ornaments (session 55's newcomer).

24-KH/ĐU (``tests/fixtures/seeds/24-KH-DU.gold.txt``, a real Party plan) prints a "*" on a line of its own under
"ĐẢNG ỦY PHƯỜNG LONG BIÊN", as Party bodies' headers do; run into the excerpt it read "…LONG BIÊN * , Long Biên".
"""

from __future__ import annotations

from pathlib import Path

from vanban.archive.snippet import document_snippet

PLAN = Path(__file__).parent / "fixtures" / "seeds" / "24-KH-DU.gold.txt"


def test_header_star_is_not_a_word_of_the_excerpt():
    text = PLAN.read_text(encoding="utf-8")
    assert "LONG BIÊN\n*\n" in text  # the ornament is in the document
    excerpt = document_snippet("KH 24", text, None, None)
    assert "LONG BIÊN" in excerpt and "Long Biên" in excerpt
    assert "*" not in excerpt.split("[", 1)[0], excerpt


def test_a_rule_under_the_motto_is_left_out_and_words_stay():
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nKẾ HOẠCH chuyển đổi số"
    excerpt = document_snippet("chuyen doi so", text, None, None)
    assert "---" not in excerpt and "Độc lập - Tự do - Hạnh phúc" in excerpt, excerpt
