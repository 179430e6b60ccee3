"""Obligation kinds (session 39, obl39a): a body sending its people ("cử đại diện …") as its task, a passive report
sent on to the body just asked (no further task of it), the head of each unit a heading names acting for them
("7. Các tổ dân phố" / "Tổ trưởng tổ dân phố nắm tình hình …"), a sentence opening with "Mỗi <residential unit>"
(the group, "Các thôn"), and a closing formula on the ground of "this Kế hoạch"."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.extract import assignment_words as W
from vanban.extract import subjects as S
from vanban.extract.block_bodies import BlockBodies
from vanban.extract.task_bodies import reported_to, unit_head
from vanban.text import fold

_UB_HEAD = doc_head(issuer="XÃ BÌNH MINH", number=27, date=(5, 3, 2032),
                    title="Tổ chức ngày hội văn hóa các dân tộc năm 2032", markdown=True)
_TAIL = signature("Đỗ Văn Tâm", recipients=("Như trên", "Lưu: VT"), markdown=True)


def test_sending_representatives_is_the_task_not_part_of_the_body_name():
    assert S.actor("Sở Văn hóa tỉnh cử đại diện tham dự, phát biểu tại lễ khai mạc.")[0] == "Sở Văn hóa tỉnh"
    assert S.actor("Trung tâm Y tế khu vực cử lực lượng trực cấp cứu tại sân vận động.")[0] == "Trung tâm Y tế khu vực"


def test_a_passive_report_sent_to_the_body_just_asked_is_no_task_of_it():
    assert reported_to("Biên bản cuộc họp được gửi về Hội Nông dân huyện trước ngày 30/4/2032.", "Hội Nông dân huyện")
    assert not reported_to("Biên bản cuộc họp được gửi về Văn phòng xã.", "Hội Nông dân huyện")
    text = _UB_HEAD + (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n"
        "Đề nghị Hội Liên hiệp Phụ nữ huyện cử đại diện dự, hướng dẫn các hoạt động của ngày hội. Kết quả ngày hội "
        "được báo cáo Hội Liên hiệp Phụ nữ huyện, Đảng ủy xã trước ngày 20/4/2032.") + _TAIL
    got = _dues(text)
    assert "Hội Liên hiệp Phụ nữ huyện" in got, got
    assert got["Hội Liên hiệp Phụ nữ huyện"] is None, got


def test_the_head_of_each_unit_a_heading_names_acts_for_the_heading_block():
    assert unit_head("Tổ trưởng tổ dân phố", "7. Các tổ dân phố")
    assert unit_head("Trưởng các bản", "Các bản")
    assert not unit_head("Trưởng Công an xã", "7. Các tổ dân phố")
    # the paragraph under "7. Các khu phố" opening with "Trưởng khu phố …" is no other body's clause of the block
    assert not BlockBodies.other_body("Trưởng khu phố", "nắm tình hình, gửi danh sách về Văn phòng xã", "Các khu phố")
    assert BlockBodies.other_body("Công an xã", "bảo đảm an ninh, trật tự tại ngày hội", "Các khu phố")
    # "nắm tình hình" is the head's verb, not part of its name
    assert S.actor("Trưởng khu phố nắm tình hình các đội văn nghệ, gửi danh sách về Văn phòng xã.")[0] == "Trưởng khu phố"


def test_a_sentence_opening_with_each_residential_unit_charges_the_group():
    assert S.actor("Mỗi ấp bố trí ít nhất 03 người tham gia đội văn nghệ.")[0] == "Các ấp"
    assert S.actor("Mỗi tổ dân phố bố trí ít nhất 02 người tham gia Tổ công tác.")[0] is not None
    # in small letters after a topic's label, a norm per unit among the topic's clauses: no sentence of theirs
    assert S.actor("mỗi ấp bố trí ít nhất 03 người tham gia đội văn nghệ")[0] is None
    text = _UB_HEAD + (
        "**III. TỔ CHỨC LỰC LƯỢNG**\n\n"
        "1. Thành lập Ban Tổ chức ngày hội do Phó Chủ tịch UBND xã làm Trưởng ban. Mỗi ấp bố trí ít nhất 03 người "
        "tham gia đội văn nghệ của xã.\n\n"
        "**IV. PHÂN CÔNG THỰC HIỆN**\n\n"
        "**1. Văn phòng Ủy ban nhân dân xã**\n\n"
        "Chuẩn bị hội trường, âm thanh, ánh sáng phục vụ ngày hội.") + _TAIL
    assert "Các ấp" in _dues(text)
    # … but a bullet "- Mỗi ấp …" among the forces a plan lists is a norm per unit, no sentence of the group's
    listed = text.replace("làm Trưởng ban. Mỗi ấp bố trí", "làm Trưởng ban.\n\n- Mỗi ấp bố trí")
    assert "Các ấp" not in _dues(listed)


def test_carrying_out_on_the_ground_of_this_plan_is_a_closing_formula():
    assert W.CLOSING.search(fold("căn cứ Kế hoạch này tổ chức thực hiện nghiêm túc./."))
    assert not W.CLOSING.search(fold("căn cứ Kế hoạch này lập danh sách diễn viên, gửi về Văn phòng trước ngày 10/4"))
    text = _UB_HEAD + (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Văn phòng Ủy ban nhân dân xã**\n\n"
        "Chuẩn bị hội trường, âm thanh, ánh sáng phục vụ ngày hội.\n\n"
        "Các thành viên Ban Tổ chức, các bản căn cứ Kế hoạch này tổ chức thực hiện có hiệu quả./.") + _TAIL
    whos = [o.who for o in extract(text).obligations]
    assert not any(w and w.startswith("Các thành viên Ban Tổ chức") for w in whos), whos
