"""Obligations of the new kinds of session 53 (issue #10), from spent sets' documents and their authors' labels.

- A body's heading in a roman section of tasks after a roman section of criteria ("II. CÁC TIÊU CHÍ VÀ CHỈ TIÊU PHẤN
  ĐẤU" / "5. Tiêu chí 5: Thủ tục hành chính", then "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" / "1. Công chức Tư pháp - Hộ
  tịch"): the criteria list ended with its section, the heading charges its body (a51-06, a UBND xã's Kế hoạch xây
  dựng xã đạt chuẩn tiếp cận pháp luật; the fixture is its text up to III.2 as md2plain writes it).
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract

_DIR = pathlib.Path(__file__).parent / "fixtures" / "t52do"


def _pairs(text: str) -> list[tuple[str, str | None]]:
    out = []
    for o in extract(text).obligations:
        d = o.deadline
        out.append((o.who, None if d is None else (d.date or d.latest)))
    return out


def test_a_body_heading_after_the_criteria_section_is_an_obligation():
    text = (_DIR / "kh_tiep_can_phap_luat.txt").read_text(encoding="utf-8")
    # a51-06's label: {"who": "Công chức Tư pháp - Hộ tịch", "deadline": "2038-03-31"} (III.1)
    assert ("Công chức Tư pháp - Hộ tịch", "2038-03-31") in _pairs(text)


def test_the_criteria_themselves_still_charge_no_one():
    text = (_DIR / "kh_tiep_can_phap_luat.txt").read_text(encoding="utf-8")
    cut = text.index("III. NHIỆM VỤ")
    assert not any("Ban Thanh tra" in who for who, _ in _pairs(text[:cut]))
