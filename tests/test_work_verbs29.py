"""Verbs of making a document or a leaflet end a body's name (the session-29 end newcomer's plan: "Phòng Văn hóa -
Xã hội biên soạn tài liệu …" was read as a body "Phòng Văn hóa - Xã hội biên soạn tài liệu" with the task "tuyên
truyền"; "Văn phòng HĐND và UBND xã in ấn tờ rơi …" likewise); "biên tập" as "biên soạn" (session 30). Sentences written for this test."""

import pytest

from vanban.extract.subjects import actor


@pytest.mark.parametrize("sentence, who, what", [
    ("Phòng Kinh tế biên soạn sổ tay hướng dẫn nông dân trước ngày 10/6/2026.", "Phòng Kinh tế", "biên soạn sổ tay"),
    ("Trung tâm Văn hóa - Thể thao xã biên soạn tài liệu giới thiệu di tích.", "Trung tâm Văn hóa - Thể thao xã",
     "biên soạn tài liệu"),
    ("Văn phòng Đảng ủy in ấn tài liệu phục vụ hội nghị.", "Văn phòng Đảng ủy", "in ấn tài liệu"),
    # "biên tập" ends a body's name as "biên soạn" does (session 30), but a board named by its editing keeps it ("Ban
    # Biên tập", "Tổ biên tập", "Hội đồng biên tập" are bodies)
    ("Phòng Văn hóa - Xã hội biên tập bản tin của xã hằng tháng.", "Phòng Văn hóa - Xã hội", "biên tập bản tin"),
    ("Trung tâm Truyền thông tỉnh biên tập nội dung chuyên mục trước ngày 15/5/2027.", "Trung tâm Truyền thông tỉnh",
     "biên tập nội dung"),
    ("Ban Biên tập Cổng thông tin điện tử tỉnh cập nhật tin bài hằng tuần.", "Ban Biên tập Cổng thông tin điện tử tỉnh",
     "cập nhật tin bài"),
    ("Tổ biên tập rà soát bản thảo trước ngày 20/6/2027.", "Tổ biên tập", "rà soát bản thảo"),
    ("Hội đồng biên tập kỷ yếu thẩm định bản thảo trước ngày 30/6/2027.", "Hội đồng biên tập kỷ yếu", "thẩm định"),
])
def test_a_making_verb_ends_the_body_an_editorial_board_keeps_it(sentence, who, what):
    got_who, got_what = actor(sentence)
    assert got_who == who
    assert got_what.startswith(what)
