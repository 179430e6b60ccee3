"""The unit labels of a task as one grammar (vanban.extract.assignment_words): [a body noun] a role ":" — the lead's
label opens its unit ("Đơn vị chủ trì:", "Cơ quan thực hiện:", "Chủ trì:"), the partners' and the time's labels close
the lead unit's value inside its line; and the trailing act words ("thông báo" alone, or with "tổ chức")."""

from __future__ import annotations

import pytest

from vanban.extract import assignment_words as W
from vanban.text import fold


def _v(s: str) -> str:
    return fold(s).lower()


@pytest.mark.parametrize("line, label", [
    ("- Đơn vị chủ trì: Sở Tư pháp.", "- Đơn vị chủ trì: "),
    ("+ Cơ quan thực hiện: Sở Nội vụ", "+ Cơ quan thực hiện: "),
    ("Chủ trì: Sở Y tế. Phối hợp: Sở Tài chính.", "Chủ trì: "),
])
def test_the_leads_label_opens_its_unit(line, label):
    m = W.UNIT_LINE.match(_v(line))
    assert m is not None and m.group() == _v(label)


def test_a_lead_label_after_a_stop_or_in_a_parenthesis():
    v = _v("Rà soát thủ tục trước ngày 30/6/2027. Đơn vị chủ trì: Sở Tư pháp (Cơ quan chủ trì: Sở Nội vụ)")
    assert [m.group().strip() for m in W.UNIT_LINE.finditer(v)] == ["don vi chu tri:", "co quan chu tri:"]


def test_no_lead_label_in_prose_or_a_partners_label():
    assert W.UNIT_LINE.match(_v("Đơn vị phối hợp: UBND các xã")) is None  # the partners' label opens no lead unit
    assert W.UNIT_LINE.search(_v("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát")) is None  # no colon


def test_the_partners_and_the_times_labels_end_the_leads_value():
    v = _v("Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: UBND các xã, phường.")
    end = W.UNIT_VALUE_END.search(v, len("Đơn vị chủ trì:"))
    assert v[len("Đơn vị chủ trì:"):end.start()].strip() == "so noi vu"
    assert W.PARTNERS_LABEL.search(v).group("who") == "ubnd cac xa, phuong"
    t = _v("Chủ trì: Sở Y tế, thời gian hoàn thành: quý II/2027")
    assert t[len("Chủ trì:"):W.UNIT_VALUE_END.search(t).start()].strip() == "so y te"
    # "phối hợp với" in the value is no label: no colon follows it
    assert W.UNIT_VALUE_END.search(_v("Chủ trì: Sở Y tế, phối hợp với các sở")) is None


def test_the_trailing_notice_is_one_of_the_trailing_act_words():
    assert W.TRAILING_NOTICE.search("Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo")
    assert W.TRAILING_VERB.search("Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo")
    assert W.TRAILING_VERB.search("Người đứng đầu cơ quan, tổ chức") and not W.TRAILING_NOTICE.search("Người đứng đầu cơ quan, tổ chức")
    assert not W.TRAILING_VERB.search("Ban Thông báo tin tức")  # inside a name, not at its end
