"""A Quy định of the central Party named by its issuer and topic, its number not printed, is a cited document.

Why: a Báo cáo kiểm điểm opens "Thực hiện Quy định của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng …"
(t49-10's labels: one citation, number null, issuer Bộ Chính trị), as a resolution is named ("thực hiện Nghị quyết
của Bộ Chính trị về các vùng kinh tế - xã hội", the labels' convention for a named document without number). The
rules in general ("theo quy định của Bộ Chính trị về …", lower case), several ("các Quy định của …") or a draft are
none. The texts are written for this test in a Đảng ủy xã's style.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BÌNH AN\n\n*\n\nSố 12-BC/ĐU\n\nBình An, ngày 08 tháng 01 năm 2037\n\n"
         "BÁO CÁO\nKiểm điểm tập thể Ban Thường vụ Đảng ủy năm 2036\n\n")
_TAIL = "\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n"


def _unnumbered(body: str) -> list[tuple[str, str]]:
    ext = extract(_HEAD + body + _TAIL)
    return [(c.type, c.text) for c in ext.citations if not c.number]


def test_a_quy_dinh_of_the_politburo_named_by_its_topic_is_cited():
    got = _unnumbered("Thực hiện Quy định của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng đối với tập "
                      "thể, cá nhân trong hệ thống chính trị, Ban Thường vụ Đảng ủy xã báo cáo kết quả như sau:")
    assert [t for t, _ in got] == ["Quy định"]
    assert got[0][1].startswith("Quy định của Bộ Chính trị về kiểm điểm")


def test_one_of_the_secretariat_outside_a_can_cu_clause_is_cited():
    # (fixrev50) not after "Căn cứ": the Căn cứ reader found that one before this rule
    for body in ("Triển khai Quy định của Ban Bí thư về chế độ thông tin, báo cáo trong Đảng, Ban Thường vụ Đảng ủy xã "
                 "báo cáo như sau:",
                 "Ban Thường vụ Đảng ủy xã đã quán triệt, thực hiện nghiêm Quy định của Ban Bí thư về chế độ thông tin, "
                 "báo cáo trong Đảng."):
        got = _unnumbered(body)
        assert [t for t, _ in got] == ["Quy định"], body
        assert got[0][1].startswith("Quy định của Ban Bí thư về chế độ thông tin"), body


def test_the_rules_in_general_several_or_a_draft_are_none():
    for body in ("Các chi bộ thực hiện đúng quy định của Bộ Chính trị về kiểm điểm cuối năm.",
                 "Quán triệt các Quy định của Bộ Chính trị về công tác cán bộ.",
                 "Góp ý dự thảo Quy định của Bộ Chính trị về kiểm điểm, đánh giá cán bộ."):
        assert not [t for t, _ in _unnumbered(body) if t == "Quy định"], body
