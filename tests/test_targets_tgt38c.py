"""Targets of the kinds of authored36's documents that a legacy page's hard wraps lost, and clean leftovers (tgt38c,
session 38).

A legacy page wraps a paragraph's lines where the clean form prints one line: a total's parts in brackets broken over
two lines, a second works clause whose verb opens the task line above, a funding label broken before its colon — the
readers that look back on the figure's own line read from the wrapped clause's start instead
(``target_scope.wrapped_line_start``). Beside those: a sum spelled out again in words in brackets is no figure of its
own, and "Duy trì N …" opening a task line is an amount of works. Each text below is written for these tests in the
style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract
from vanban.extract.target_scope import wrapped_line_start


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ HÒA BÌNH", number=77, date=(2, 4, 2031), signer="Phạm Văn Tuấn")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_a_total_whose_bracketed_parts_wrap_is_the_means_whole():
    body = ("II. KINH PHÍ\n\n"
            "3. Tổng kinh phí dự kiến 72.500.000 đồng (phân bón 41.000.000 đồng; công lao động\n"
            "31.500.000 đồng), từ nguồn ngân sách xã năm 2031.\n")
    got = _t(body)
    assert (72500000.0, 72500000.0, "đồng") not in got  # (tgt49) a budget's total is its means, no goal (most sets)
    assert not [g for g in got if g[0] in (41000000.0, 31500000.0)], got  # nor its parts in brackets


def test_a_second_works_clause_wrapped_below_its_line_counts_its_works():
    body = ("II. NHIỆM VỤ\n\n"
            "- Xây mới 04 nhà văn hóa thôn cho các thôn chưa có nhà sinh hoạt chung, mức hỗ trợ\n"
            "150.000.000 đồng/nhà; sửa chữa 03 nhà, mức 40.000.000 đồng/nhà. Các công trình xong trong năm 2031.\n")
    got = _t(body)
    assert (4.0, 4.0, "nhà văn hóa thôn") in got and (3.0, 3.0, "nhà") in got


def test_a_funding_label_wrapped_before_its_colon_keeps_its_sum():
    body = ("II. KINH PHÍ\n\n"
            "Tổng kinh phí năm 2031 là 300.000.000 đồng, trong đó:\n\n"
            "- Khối đoàn thể chính trị - xã hội (Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh, Đoàn,\n"
            "Hội Người cao tuổi xã): 27.000.000 đồng;\n\n"
            "- Các thôn: 273.000.000 đồng.\n")
    assert (27000000.0, 27000000.0, "đồng") in _t(body)


def test_the_wrapped_line_start_stops_at_a_stop_a_bullet_and_short_lines():
    v = "- mot dong van ban rat dai duoc in tren trang giay cu, chua het cau\nthi xuong dong o day"
    assert wrapped_line_start(v, v.index("thi")) == 0
    v2 = "mot dong van ban rat dai duoc in tren trang giay cu, da het cau.\nthi xuong dong o day"
    assert wrapped_line_start(v2, v2.index("thi")) == v2.index("thi")
    v3 = "mot dong van ban rat dai duoc in tren trang giay cu, chua het cau\n- dong moi"
    assert wrapped_line_start(v3, v3.index("- dong")) == v3.index("- dong")
    v4 = "lua lai\n220"
    assert wrapped_line_start(v4, v4.index("220")) == v4.index("220")


def test_a_sum_spelled_again_in_words_is_no_figure():
    body = ("II. CHỈ TIÊU\n\n"
            "Tổng chỉ tiêu quyên góp năm 2031 của xã là 650.000.000 đồng (sáu trăm năm mươi triệu đồng), trong đó:\n\n"
            "- Các thôn: 500.000.000 đồng;\n")
    got = _t(body)
    assert (650000000.0, 650000000.0, "đồng") in got
    assert not [g for g in got if g[2] in ("trạm", "trăm") or g[0] in (6.0, 650.0)]


def test_posts_kept_up_open_a_task_line():
    body = ("II. NHIỆM VỤ\n\n2. Trực gác\n\n"
            "- Duy trì 05 trạm gác tại các điểm nguy cơ cao (xóm 1, xóm 4, đồi Thông), hoạt động suốt mùa khô.\n")
    assert (5.0, 5.0, "trạm") in _t(body)
