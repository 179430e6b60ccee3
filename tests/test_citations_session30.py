"""Citations: unnumbered named documents with their owner (session 30, cit30), each in a sentence written for the test.

The rule (tune29's authors' notes): a named programme or rule with its owner, or one year's resolution of a named
body, is a cited document without a number; the same words without an owner are generic.

- A Party cell's work programme of a year ("Chương trình công tác năm 2027 của Chi bộ Thôn 3") after "Căn cứ".
- A mass organisation's congress resolution named by its members ("Nghị quyết Đại hội đại biểu Nông dân tỉnh lần
  thứ X") rather than by "Hội".
- A council's resolution of one year named by owner and topic ("Nghị quyết của Hội đồng nhân dân xã về kế hoạch đầu
  tư công năm 2027"); one the council is asked to issue ("trình Hội đồng nhân dân xã ban hành Nghị quyết …") is not.
- A body's working rule ("Quy chế làm việc của Ủy ban nhân dân xã") closing a list of cited documents; one a decision
  issues ("ban hành Quy chế làm việc của …") and a rule in general ("quy chế làm việc của đơn vị mình") are not.
- A local Party congress's resolution named by its level and topic, without ordinal ("thực hiện Nghị quyết Đại hội
  Đảng bộ huyện về xây dựng nông thôn mới"), inside the title of a numbered programme: cited as well.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ĐẢNG ỦY XÃ HÒA LỘC\nCHI BỘ THÔN 3\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
         "Số: 04-KH/CB\n\nHòa Lộc, ngày 10 tháng 02 năm 2027\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\n")
_TAIL = "\nNơi nhận:\n- Đảng ủy xã;\n- Lưu Chi bộ.\n\nT/M CHI BỘ\nBÍ THƯ\nLê Văn Tâm\n"


def _cited(body: str):
    return extract(_HEAD + body + _TAIL).citations


def _unnumbered(body: str, ctype: str):
    return [c for c in _cited(body) if c.number is None and c.type == ctype]


#: a basis line's end and a first task, after a "Căn cứ …" / "Thực hiện …" line a test writes
_TASKS = "\n\nI. NHIỆM VỤ\n\n1. Các đảng viên tham gia sinh hoạt đầy đủ.\n"


def _names(body: str, ctype: str) -> list[str]:
    """The names of the unnumbered citations of ``ctype`` in the plan with ``body``."""
    return [c.name or "" for c in _unnumbered(body, ctype)]


def test_a_cells_year_programme_is_cited():
    names = _names("Căn cứ Chương trình công tác năm 2027 của Chi bộ Thôn 3;" + _TASKS, "Chương trình")
    assert len(names) == 1 and names[0].startswith("Chương trình công tác năm 2027"), names


def test_a_congress_resolution_named_by_its_members():
    body = ("I. NHIỆM VỤ\n\n1. Các chi hội phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội đại biểu Nông dân tỉnh "
            "lần thứ X, nhiệm kỳ 2023 - 2028.\n")
    assert len(_unnumbered(body, "Nghị quyết")) == 1


def test_a_councils_resolution_of_one_year():
    body = ("I. NHIỆM VỤ\n\n1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết của Hội đồng nhân dân xã về "
            "kế hoạch đầu tư công năm 2027, hoàn thành trong tháng 3/2027.\n")
    assert len(_unnumbered(body, "Nghị quyết")) == 1


def test_a_resolution_still_to_be_issued_is_not_cited():
    body = ("I. NHIỆM VỤ\n\n1. Ủy ban nhân dân xã trình Hội đồng nhân dân xã ban hành Nghị quyết của Hội đồng nhân dân "
            "xã về kế hoạch đầu tư công năm 2028.\n")
    assert _unnumbered(body, "Nghị quyết") == []


def test_a_working_rule_with_its_owner_closing_a_list():
    body = ("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư và Quy chế làm việc "
            "của Ủy ban nhân dân xã." + _TASKS)
    names = _names(body, "Quy chế")
    assert len(names) == 1 and names[0].startswith("Quy chế làm việc của Ủy ban nhân dân xã"), names


def test_a_working_rule_in_general_or_issued_is_not_cited():
    body = ("I. NHIỆM VỤ\n\n1. Các đoàn thể căn cứ hướng dẫn xây dựng quy chế làm việc của đơn vị mình.\n\n"
            "2. Ủy ban nhân dân xã ban hành Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031.\n")
    assert _unnumbered(body, "Quy chế") == []


def test_a_local_congress_resolution_named_by_its_topic():
    body = ("Căn cứ Chương trình hành động số 07-CTr/ĐU ngày 20/10/2025 của Đảng ủy xã thực hiện Nghị quyết Đại hội "
            "Đảng bộ tỉnh về xây dựng nông thôn mới;" + _TASKS)
    assert _names(body, "Nghị quyết") == ["Nghị quyết Đại hội Đảng bộ tỉnh"]


def test_a_short_code_parted_after_its_first_capital_is_read_whole():
    """A scan parts "1186/VSDTTƯ-TCQG" into "1186/V SDTTU-TCQG": one code, the date after it hers."""
    body = "Thực hiện Công văn số 2207/B QLDA-KH ngày 11/3/2027 của Bộ Xây dựng về việc báo cáo tiến độ;" + _TASKS
    found = [c for c in _cited(body) if c.type == "Công văn"]
    assert [c.number for c in found] == ["2207/BQLDA-KH"]
    assert str(found[0].date) == "2027-03-11"


def test_each_cells_own_programme_yet_to_be_written_is_not_cited():
    body = ("I. NHIỆM VỤ\n\n1. Các chi bộ căn cứ Kế hoạch này, xây dựng chương trình công tác năm 2027 của chi bộ, gửi về "
            "Đảng ủy xã trước ngày 31/01/2027.\n")
    assert _unnumbered(body, "Chương trình") == []
