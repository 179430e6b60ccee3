"""Per-unit quota tables (tbl53, session 53): which columns are targets, read from spent documents.

* A quota table whose second quota is printed with a leading zero ("3" / "Đông Tiến" / "03" / "04" / "Từ 16/5 …" /
  "4" / "Tây Sơn"): "04" is row 3's quota, not row 4's number, since "4" opens row 4 further on (t52-07, a xã's
  call-up and militia quotas per thôn: each thôn's two quotas and both totals labelled, in the heads' units).
* Its date column of windows ("Thời gian huấn luyện dân quân tại chỗ" | "Từ 02/5 đến 08/5/2039") is the schedule of
  the body that trains the militia: no thôn is charged by those days (t52-07's labels: the windows are the Ban Chỉ huy
  Quân sự xã's deadlines, no thôn an obligation).
* One bare count column under a caption naming quotas ("4. Chỉ tiêu người tham gia đồng diễn dân vũ của các thôn" over
  "STT | Đơn vị | Số người tham gia đồng diễn | Ghi chú"): each thôn's figure and the total a target in "người" (t52-04).
* A count whose parentheses name it the source, "Số quần chúng ưu tú (nguồn)", beside "Chỉ tiêu kết nạp": the pool the
  quota is drawn from, no target; the quota column stays (a51-07's labels: the quota column only).

Fixtures: tests/fixtures/tbl53 (copies of the spent documents, their plain-text and legacy-OCR forms); the expected
values are the authors' labels.
"""

from __future__ import annotations

import pathlib

import pytest

from vanban.extract import extract

_FIX = pathlib.Path(__file__).parent / "fixtures" / "tbl53"


def _read(name: str, ocr: bool = False):
    return extract((_FIX / name).read_text(encoding="utf-8"), ocr=ocr)


def _targets(ex) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in ex.targets]


# t52-07's labels: Bảng 1, "Nhập ngũ năm 2039 (công dân)" and "Dân quân kết nạp mới (đồng chí)" per thôn, and the totals
_CALL_UP = [3, 2, 3, 2, 2, 2, 14]
_MILITIA = [5, 4, 4, 3, 4, 4, 24]


@pytest.mark.parametrize("name,ocr", [("t52-07-KH-UBND.txt", False), ("t52-07-KH-UBND.legacy.txt", True)])
def test_each_thons_two_quotas_are_read_in_their_own_columns(name, ocr):
    got = _targets(_read(name, ocr))
    for unit, figures in (("công dân", _CALL_UP), ("đồng chí", _MILITIA)):
        cells = [t[0] for t in got if t[2] == unit and t[0] == t[1]]
        for f in set(figures):
            assert cells.count(f) >= figures.count(f), (unit, f, got)
    # the TT number and the training window's days are no quota
    assert not [t for t in got if t[2] == "công dân" and t[0] in (4, 5, 6)], got


def test_a_row_number_further_on_keeps_a_zero_padded_figure_a_quota():
    ex = _read("t52-07-KH-UBND.txt")
    scopes = {t.scope: (t.min, t.unit) for t in ex.targets if t.scope and ":" in t.scope}
    assert scopes.get("Đông Tiến: Dân quân kết nạp mới (đồng chí)") == (4, "đồng chí"), scopes
    assert scopes.get("Tây Sơn: Nhập ngũ năm 2039 (công dân)") == (2, "công dân"), scopes


@pytest.mark.parametrize("name,ocr", [("t52-07-KH-UBND.txt", False), ("t52-07-KH-UBND.legacy.txt", True)])
def test_a_column_of_training_windows_charges_no_thon(name, ocr):
    ex = _read(name, ocr)
    assert not [o.who for o in ex.obligations if o.who.lower().startswith("thôn")], [o.who for o in ex.obligations]
    windows = [d.text for d in ex.deadlines if d.text.startswith("Từ ") and "/2039" in d.text]
    assert len(windows) >= 5, windows  # the windows stay dated (the labels: the Ban CHQS's deadlines)


@pytest.mark.parametrize("name,ocr", [("t52-04-KH-UBND.txt", False), ("t52-04-KH-UBND.legacy.txt", True)])
def test_one_count_column_under_a_quota_caption_gives_each_units_quota(name, ocr):
    got = _targets(_read(name, ocr))
    want = [24, 22, 20, 20, 18, 18, 16, 16, 14, 12, 180]  # t52-04's labels, unit "người"
    have = [t[0] for t in got if t[2] == "người" and t[0] == t[1]]
    for f in set(want):
        assert have.count(f) >= want.count(f), (f, got)


def test_a_count_named_the_source_is_no_quota_beside_the_quota_column():
    ex = _read("a51-07-KH-DU.txt")
    assert not [t for t in ex.targets if t.unit == "nguồn"], _targets(ex)
    quota = [t.min for t in ex.targets if t.unit == "đảng viên" and t.scope and "Chỉ tiêu kết nạp" in t.scope]
    assert sorted(quota) == sorted([2, 2, 3, 2, 2, 2, 1, 2, 2]), quota  # a51-07's labels, each chi bộ's row
