"""Session 44's review, fixed (fixrev44): each test a wrong reading the review found, in our own wording.

- A head "Thời gian (tháng)" over bare "4", "8" counts months (a duration): only a month with its year ("9/2031")
  is read as the month the head names.
- A sanction opened by the breach ("vi phạm các …") stays one; the object's sanction only after a task's verb.
- The tasks a completing body takes are its own sentence's.
- Small: the number notice's missing archive logs a debug line; PARTNER_ONLY is PARTNER_OPENING without "chủ trì".
- "trực" the duty verb is read with its marks: folded "truc" is also kiến trúc, cấu trúc, đường trục, whose span
  after them stays a deadline; "trực" with no marks at all (a legacy OCR) still names the duty.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.folded import Folded
from vanban.extract.unit_cells import unit_cell_hits
from vanban.structure import structure_of_text

HEAD = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 45/KH-UBND\nAn Phú, ngày 03 tháng 6 năm 2031"


def _doc(body: str, kind: str = "KẾ HOẠCH", title: str = "Triển khai các nhiệm vụ của xã năm 2031") -> str:
    return f"{HEAD}\n\n{kind}\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_a_span_after_kien_truc_or_duong_truc_stays_due_a_duty_span_does_not():
    span = (("2031-10-05", "2031-10-25"), None)
    assert _due("1. Tổ Quy hoạch hoàn thiện cấu trúc hồ sơ từ ngày 05/10/2031 đến ngày 25/10/2031.") == [span]
    assert _due("1. Đội Giao thông nâng cấp trục đường liên ấp từ ngày 05/10/2031 đến ngày 25/10/2031.") == [span]
    assert _due("1. Trạm Y tế bố trí y sĩ trực cấp cứu từ ngày 05/10/2031 đến ngày 25/10/2031.") == []
    assert _due("1. Tram Y te bo tri y si truc cap cuu tu ngay 05/10/2031 den ngay 25/10/2031.") == []


def _targets(body: str) -> list:
    return [(t.text, t.min, t.max, t.unit) for t in extract(_doc(body)).targets]


def test_an_age_bound_after_a_share_of_members_stays_a_target_a_group_age_does_not():
    """A share of members then a bound the rule sets on them ("không quá", "tuổi đời") keeps the age's cap; a share
    of a group an age names ("dưới") does not."""
    got = _targets("II. MỤC TIÊU\n\n- Kiện toàn tổ xung kích, bảo đảm 100% tổ viên là dân quân, tuổi đời không quá 35 tuổi.")
    assert ("không quá 35 tuổi", None, 35.0, "tuổi") in got
    got = _targets("II. MỤC TIÊU\n\n- Kiện toàn tổ xung kích, bảo đảm 100% tổ viên là dân quân, tuổi đời dưới 35 tuổi.")
    assert ("dưới 35 tuổi", None, 35.0, "tuổi") in got
    got = _targets("II. MỤC TIÊU\n\n- Vận động 100% hộ gia đình có trẻ em dưới 5 tuổi tham gia tiêm chủng.")
    assert not any(t[3] == "tuổi" for t in got)


def _unit_hits(table: str) -> list:
    text = _doc("II. NỘI DUNG\n\n" + table + "\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Các đơn vị triển khai theo bảng trên.")
    st = structure_of_text(text)
    return [(h.earliest, h.latest) for h in unit_cell_hits(st.tables, Folded.of(text).view, dt.date(2031, 6, 3))]


def test_bare_counts_under_a_duration_in_months_are_no_months_a_month_with_its_year_is():
    rows = "| STT | Hạng mục | Thời gian (tháng) | Vốn (triệu đồng) |\n|---|---|---|---|\n"
    assert _unit_hits(rows + "| 1 | Kè bờ sông ấp 2 | 4 | 900 |\n| 2 | Cầu dân sinh ấp 5 | 8 | 1.200 |\n") == []
    assert _unit_hits(rows + "| 1 | Kè bờ sông ấp 2 | 9/2031 | 900 |\n| 2 | Cầu dân sinh ấp 5 | 11/2031 | 1.200 |\n") == [
        ("2031-09-01", "2031-09-30"), ("2031-11-01", "2031-11-30")]


def test_tasks_listed_before_the_body_that_completes_them_stay_in_their_sentence():
    """"…; …; các chi hội hoàn thành trước ngày …" charges the body with its own sentence's tasks, not those of the
    paragraph before."""
    head = "HỘI NÔNG DÂN XÃ AN PHÚ\nSố: 12-HD/HND\nAn Phú, ngày 05 tháng 12 năm 2033"
    body = ("II. NỘI DUNG\n\nPhổ biến Hướng dẫn tới cán bộ hội. Cập nhật sổ theo dõi hội viên.\n\n"
            "Họp bình xét hội viên; gửi danh sách đề nghị khen thưởng; các chi hội hoàn thành trước ngày 15/01/2034.")
    e = extract(f"{head}\n\nHƯỚNG DẪN\nBình xét hội viên năm 2033\n\n{body}\n")
    got = [(o.who, o.what) for o in e.obligations if o.who == "các chi hội"]
    assert got and all("Phổ biến" not in w and "sổ theo dõi" not in w for _, w in got)
    assert any("Họp bình xét" in w for _, w in got)


def test_a_breach_then_its_sanction_stays_a_sanction_a_tasks_object_does_not():
    """A clause opened by the breach ("vi phạm các …", "không chấp hành những …") then "bị xử lý" is the offender's
    sanction; one opened by a task's verb whose object is sanctioned ("tổng hợp các trường hợp bị xử phạt") a task."""
    from vanban.extract.assignment_words import sanction
    from vanban.text import fold

    assert sanction(fold("vi phạm các điều khoản của Quy chế bị xử lý kỷ luật theo quy định"))
    assert sanction(fold("không chấp hành những yêu cầu về phòng dịch bị xử phạt hành chính"))
    assert sanction(fold("hộ kinh doanh có hành vi gian lận về các mặt hàng bị xử phạt"))
    assert not sanction(fold("tổng hợp các trường hợp bị xử phạt vi phạm hành chính trong quý"))
    assert not sanction(fold("cung cấp danh sách đảng viên bị kỷ luật về Ban Tổ chức"))


def test_the_number_notice_says_why_it_is_missing(tmp_path, caplog):
    """An archive that cannot be opened gives no notice, and a debug line names why (no silent swallow)."""
    import importlib
    import logging

    search_mod = importlib.import_module("vanban.archive.search")
    with caplog.at_level(logging.DEBUG, logger="vanban.archive.search"):
        assert search_mod.number_notice(str(tmp_path / "thieu" / "kho.db"), "15/KH-UBND") is None
    assert any("number notice skipped" in r.getMessage() for r in caplog.records)


def test_a_partner_only_clause_is_the_partner_opening_without_leading():
    from vanban.extract.assignment_words import PARTNER_ONLY, PARTNER_OPENING

    for clause in ("phoi hop voi doan thanh nien ra quan", "- phoi hop cong an xa kiem tra"):
        assert PARTNER_ONLY.match(clause) and PARTNER_OPENING.match(clause)
    assert PARTNER_OPENING.match("chu tri, phoi hop voi hoi phu nu to chuc") and not PARTNER_ONLY.match(
        "chu tri, phoi hop voi hoi phu nu to chuc")


def test_each_day_of_a_list_a_due_word_names_quotes_the_list():
    """"chậm nhất các ngày 05, 15 và 25/10/2031": each day its own deadline, each quoting the list, no bare "15"."""
    body = "II. NHIỆM VỤ\n\nTổ Thống kê nộp phiếu điều tra về UBND xã chậm nhất các ngày 05, 15 và 25/10/2031.\n"
    got = [(d.text, d.date) for d in extract(_doc(body)).deadlines if not d.past]
    assert [d for _, d in got] == ["2031-10-05", "2031-10-15", "2031-10-25"]
    assert all("05, 15 và 25/10/2031" in t for t, _ in got)
