"""A trích yếu whose period wraps at its dash ("… GIAI ĐOẠN 2026" / "- 2030"): the closing year is the title's, not a
list bullet; a real bullet under a title ending with a year stays out of it. Expected values as printed in 144/KH-UBND
(its DOCX holds the title in one paragraph)."""
from pathlib import Path

from vanban.structure import structure_of_text

FIX = Path(__file__).parent / "fixtures"


def test_period_wrapped_at_dash_stays_in_title():
    s = structure_of_text((FIX / "title_period_wrapped_144kh.txt").read_text(encoding="utf-8"))
    assert s.type == "Kế hoạch"
    assert s.title == "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030"


def test_en_dash_and_words_after_the_year():
    text = (FIX / "title_period_wrapped_144kh.txt").read_text(encoding="utf-8").replace(
        "- 2030\n", "– 2030, TẦM NHÌN ĐẾN NĂM 2045\n")
    s = structure_of_text(text)
    assert s.title == "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 – 2030, TẦM NHÌN ĐẾN NĂM 2045"


def test_bullet_with_words_under_a_year_is_not_joined():
    text = (FIX / "title_period_wrapped_144kh.txt").read_text(encoding="utf-8").replace(
        "- 2030\nCăn cứ", "- Căn cứ")
    s = structure_of_text(text)
    assert s.title == "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026"
