"""Session 48's code review (fixrev48, issues #9/#10): kinds of wrong reading the review found, each in forms written
here in the documents' style (a commune's Kế hoạch, a phường's plan), never copied from a gold set.

* a chair's item that directs other bodies ("b) Chủ tịch Ủy ban nhân dân xã chỉ đạo các thôn có trách nhiệm rà soát
  …"): the chair is charged; the "các …" after the verb is not another body's duty item;
* "tổ" of the verb "tổ chức" read as a team a table lists ("Chủ trì tổ chức 02 hội nghị" keyed Tổ số 2 and took its
  row's date); a team's whole name keys a row only when it names the team's work (kiểm tra, giám sát, công tác);
"""

import re

from vanban.extract import assignment_words as W
from vanban.extract import extract
from vanban.extract.section_refs import TEAM_POINTER, _team_keys

PLAN_HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/KH-UBND

Tân Lập, ngày 02 tháng 4 năm 2031

KẾ HOẠCH
Rà soát hộ nghèo, hộ cận nghèo giữa kỳ năm 2031

"""


def _obligations(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


def test_a_chairs_item_that_directs_the_villages_is_the_chairs():
    for text in ["b) Chủ tịch Ủy ban nhân dân xã chỉ đạo các thôn có trách nhiệm rà soát danh sách hộ nghèo",
                 "2. Chủ tịch UBND xã giao các ban, ngành phải hoàn thành trước ngày 30/6",
                 "c) Chủ tịch Ủy ban nhân dân phường yêu cầu các tổ dân phố có trách nhiệm báo cáo"]:
        assert not W.OTHER_DUTY.match(text), text
    # the chair of the bodies themselves stays theirs
    m = W.OTHER_DUTY.match("3. Chủ tịch UBND các xã, thị trấn có trách nhiệm chỉ đạo rà soát")
    assert m and m.group("who") == "Chủ tịch UBND các xã, thị trấn"
    text = PLAN_HEAD + """III. TỔ CHỨC THỰC HIỆN

1. Trách nhiệm của Ủy ban nhân dân xã

a) Ban hành Kế hoạch rà soát và thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo của xã.

b) Chủ tịch Ủy ban nhân dân xã chỉ đạo các thôn có trách nhiệm rà soát, lập danh sách hộ nghèo, hộ cận nghèo, báo
cáo kết quả về Ủy ban nhân dân xã trước ngày 15/5/2031.

2. Công chức Văn hóa - Xã hội

Tổng hợp kết quả rà soát, tham mưu Ủy ban nhân dân xã báo cáo Ủy ban nhân dân huyện trước ngày 25/5/2031.
"""
    got = _obligations(text)
    assert not [w for w, _ in got if re.search(r"chỉ đạo|thôn", w)], got
    assert any(d == "2031-05-15" and ("Chủ tịch" in w or w.startswith("Ủy ban nhân dân xã")) for w, d in got), got
    assert ("Công chức Văn hóa - Xã hội", "2031-05-25") in got, got


TEAMS = PLAN_HEAD.replace("Rà soát hộ nghèo, hộ cận nghèo giữa kỳ năm 2031", "Tuyên truyền phòng, chống dịch sốt xuất huyết năm 2031") + """I. NỘI DUNG

Thành lập 02 tổ tuyên truyền lưu động của xã, hoạt động theo bảng sau:

| STT | Tổ tuyên truyền | Thời gian | Địa bàn | Đơn vị phụ trách |
|---|---|---|---|---|
| 1 | Tổ tuyên truyền số 1 | Từ 05/5/2031 đến 20/5/2031 | Thôn Đông, thôn Tây | Trạm Y tế xã |
| 2 | Tổ tuyên truyền số 2 | Từ 10/6/2031 đến 30/6/2031 | Thôn Nam, thôn Bắc | Trạm Y tế xã |

II. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế xã

Chủ trì tổ chức 02 hội nghị tập huấn cho cộng tác viên dân số các thôn; cấp phát hóa chất diệt muỗi.

2. Công chức Văn hóa - Xã hội

Chủ trì Tổ tuyên truyền số 1; viết tin, bài đăng trên trang thông tin điện tử của xã.
"""


def test_chu_tri_to_chuc_is_no_team():
    for text in ["Chủ trì tổ chức 02 hội nghị", "chủ trì tổ\nchức cuộc họp", "Trưởng tổ chức chính trị - xã hội"]:
        assert not [m.group("team") for m in TEAM_POINTER.finditer(text)], text
    assert [m.group("team") for m in TEAM_POINTER.finditer("Chủ trì Tổ công tác số 2; …")] == ["Tổ công tác số 2"]
    assert _team_keys("Tổ chức 02 hội nghị") == set() and _team_keys("Tổ chức hội nghị sơ kết") == set()
    assert _team_keys("Tổ giám sát sau Tết") == {("", "to giam sat sau tet")}
    assert _team_keys("Đoàn số 01 và Đoàn số 04") == {("doan", "1"), ("doan", "4")}
    got = _obligations(TEAMS)
    assert ("Trạm Y tế xã", None) in got, got  # the block's conferences: no row's date
    assert got.count(("Trạm Y tế xã", "2031-06-30")) == 1, got  # the row of Tổ số 2 only


def test_dang_of_a_held_head_is_the_verb_not_the_party():
    """A head counting persons held now says "đang (được) quản lý / theo dõi / sinh hoạt"; folded, "đảng viên" was
    "dang" too and a count of new Party members read as held."""
    from vanban.extract.indicator_cells import _HELD_PERSONS
    from vanban.structure.vocab import head_lead
    for head in ["Người nghiện đang được quản lý tại cộng đồng (người)", "Đảng viên đang sinh hoạt tại chi bộ (người)",
                 "Người sau cai đang theo dõi (người)", "Người sau cai được quản lý (người)",
                 "Người đang chấp hành án treo (người)"]:
        assert _HELD_PERSONS.search(head_lead(head)), head
    for head in ["Người được kết nạp đảng (người)", "Người là đảng viên mới (người)", "Đảng viên được tặng Huy hiệu (người)"]:
        assert not _HELD_PERSONS.search(head_lead(head)), head
