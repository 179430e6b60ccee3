"""Session 52 (obl52): two kinds of a guidance (Hướng dẫn) read from the real 45-HD-BTCTW.

* a note that names who carries out the yearly rule its numbered item has just set ("4.2. Hằng năm, tiến hành rà soát,
  bổ sung quy hoạch … trong Quý I …" / "Lưu ý: …; các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách
  nhiệm … rà soát, bổ sung quy hoạch … định kỳ hằng năm theo đúng quy định") is dated by that rule's first occurrence;
  a yearly duty in another item ("7. … - Định kỳ hằng năm, ban thường vụ cấp ủy …") stays undated
  (extract.restated_cycles);
* the bulleted cases under "Ví dụ:" ("+ Đồng chí Nguyễn Văn X, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức" /
  "Tỉnh ủy A … được giới thiệu quy hoạch tối đa 03 chức danh …", as scanned) are an illustration, no obligation
  (extract.obligations._example_case).

Input: the document's own text (tests/fixtures/obl52: II.3–4 and II.7 as the Markdown prints them, II.6.2 as the
scanned page reads); expected values from its hand labels (../shared/realdocs/labeled/45-HD-BTCTW.labels.json: the II.4
obligation due 2026-03-31, the II.7 one and the others undated; no person of an example among the bodies).
"""
from pathlib import Path

from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures" / "obl52"


def _due(o):
    d = o.deadline
    return (d.date or d.latest) if d else None


def test_note_naming_the_yearly_rule_s_bodies_takes_its_first_quarter():
    e = extract((FIX / "45-HD-BTCTW-II4-II7.txt").read_text())
    whos = {o.who.lower(): _due(o) for o in e.obligations}
    assert whos["các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị"] == "2026-03-31"
    # II.7's yearly duty: no date or quarter of its own, its item sets no yearly rule
    assert whos["ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị"] is None
    assert whos["các cấp ủy, tổ chức đảng, cơ quan, đơn vị"] is None
    assert whos["cấp có thẩm quyền"] is None


def test_bulleted_example_cases_are_no_obligations():
    e = extract((FIX / "45-HD-BTCTW-6.2-scan.txt").read_text())
    assert not any("Đồng chí" in (o.who or "") or "Nguyễn Văn" in (o.who or "") for o in e.obligations), \
        [o.who for o in e.obligations]
    # the item after the example still charges its body
    assert any((o.who or "").startswith("ban thường vụ cấp ủy") for o in e.obligations), [o.who for o in e.obligations]
