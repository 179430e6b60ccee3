"""Verbs of making a document or a leaflet end a body's name (the session-29 end newcomer's plan: "Phòng Văn hóa -
Xã hội biên soạn tài liệu …" was read as a body "Phòng Văn hóa - Xã hội biên soạn tài liệu" with the task "tuyên
truyền"; "Văn phòng HĐND và UBND xã in ấn tờ rơi …" likewise). Sentences written for this test."""

import pytest

from vanban.extract.subjects import actor


@pytest.mark.parametrize("sentence, who, what", [
    ("Phòng Kinh tế biên soạn sổ tay hướng dẫn nông dân trước ngày 10/6/2026.", "Phòng Kinh tế", "biên soạn sổ tay"),
    ("Trung tâm Văn hóa - Thể thao xã biên soạn tài liệu giới thiệu di tích.", "Trung tâm Văn hóa - Thể thao xã",
     "biên soạn tài liệu"),
    ("Văn phòng Đảng ủy in ấn tài liệu phục vụ hội nghị.", "Văn phòng Đảng ủy", "in ấn tài liệu"),
])
def test_a_making_verb_ends_the_body(sentence, who, what):
    got_who, got_what = actor(sentence)
    assert got_who == who
    assert got_what.startswith(what)

