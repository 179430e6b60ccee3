"""What the session-41 newcomer found in extraction (ncfix41a); sentences written for these tests, in other words.

- A plan item whose body is a local unit named by its level ("Trạm Y tế phường", "Chi hội Nông dân các ấp … thôn") and
  whose task verb no list holds: the unit's name ends after its level and place, the words in small letters open the
  task (subjects._level_closed); a place name's second word that is a verb of the lists ("Quyết Thắng", "Tân Lập") is
  the name's (subjects._name_verbs).
- A field word closing a department's name right before the task's verb ("Vụ Quy hoạch phát triển | chủ trì …").
- The closing mark "./." ends a task's text (what follows is the note of what is sent with the document).
- A window whose first day is printed without its month ("ngày 10 đến ngày 20 tháng 9 năm 2027").
- A counted unit a hard wrap broke ("03 mô⏎hình") keeps its scope.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.subjects import actor, task_phrase

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HƯNG PHÚ\nSố: 21/KH-UBND\nHưng Phú, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nRa quân làm sạch môi trường\n"


def test_a_level_closes_a_local_units_name_before_an_unknown_verb():
    assert actor("Trạm Y tế phường rắc vôi bột quanh chợ, xong trước ngày 10/4/2027.")[0] == "Trạm Y tế phường"
    assert actor("Chi đoàn các khu phố nạo vét mương thoát nước, hoàn thành trước ngày 5/5/2027.")[0] == "Chi đoàn các khu phố"
    assert actor("Hội Nông dân xã Hưng Phú sơn sửa cổng làng, xong trước ngày 2/6/2027.")[0] == "Hội Nông dân xã Hưng Phú"


def test_words_that_still_qualify_the_units_are_no_task():
    assert actor("Ủy ban nhân dân các xã miền núi, hoàn thành trước ngày 1/7/2027.")[0] != "Ủy ban nhân dân các xã"
    assert actor("Ủy ban nhân dân các xã trong huyện, xong trước ngày 1/7/2027.")[0] != "Ủy ban nhân dân các xã"


def test_a_place_names_second_word_is_no_verb():
    assert actor("Trường Mầm non Quyết Thắng tổ chức cho trẻ vẽ tranh, xong trước ngày 1/6/2027.")[0] \
        == "Trường Mầm non Quyết Thắng"


def test_an_item_due_within_a_month_keeps_its_body():
    text = HEAD + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Chi hội Cựu chiến binh phường nhổ cỏ ven kênh nội đồng, xong trong tháng 6/2027.\n"
    obs = extract(text).obligations
    assert [(o.who, o.what) for o in obs] == [("Chi hội Cựu chiến binh phường", "nhổ cỏ ven kênh nội đồng")]


def test_a_field_word_closes_a_departments_name():
    who, what = actor("Vụ Quy hoạch phát triển chủ trì rà soát danh mục dự án.")
    assert (who, what.split()[0]) == ("Vụ Quy hoạch phát triển", "chủ")


def test_the_closing_mark_ends_a_task():
    assert task_phrase("gửi báo cáo về Văn phòng Bộ./. (Phụ lục kèm theo") == "gửi báo cáo về Văn phòng Bộ"


def test_a_window_whose_first_day_has_no_month():
    text = HEAD + "\n1. Phòng Kinh tế kiểm tra các cơ sở sản xuất, thời gian ngày 10 đến ngày 20 tháng 9 năm 2027.\n"
    got = [(d.earliest, d.latest, d.date) for d in extract(text).deadlines]
    assert ("2027-09-10", "2027-09-20", None) in got


def test_a_wrapped_unit_keeps_its_scope():
    text = HEAD + ("\nII. NHIỆM VỤ\n- Mỗi thôn mỗi năm xây dựng ít nhất 03 mô\nhình “Thôn sạch” tiêu biểu; thường "
                   "xuyên kiểm tra.\n")
    scopes = [t.scope for t in extract(text).targets]
    assert any(s and "Thôn sạch" in s for s in scopes)
