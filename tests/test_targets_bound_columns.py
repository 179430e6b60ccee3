"""A table column whose head states the bound of its cells ("Điểm tối đa", "Số lượng tối thiểu"): each figure cell
is a target with that bound (issue #10 Targets; the kind of tune29's criteria table, in our own wording)."""

from vanban.extract import extract

_DOC = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ

Số: 12/HD-UBND

HƯỚNG DẪN
Chấm điểm thi đua các thôn năm 2027

I. TIÊU CHÍ

| STT | Tiêu chí chấm | Điểm tối đa |
|---|---|---|
| 1 | Giữ gìn vệ sinh môi trường, cảnh quan | 40 điểm |
| 2 | Phát triển sản xuất, tăng thu nhập | 25 điểm |
| 3 | Bảo đảm an ninh trật tự | 35 |

II. HỖ TRỢ

| STT | Nội dung | Số lượng tối thiểu |
|---|---|---|
| 1 | Lớp tập huấn kỹ thuật cho nông dân | 04 lớp |
| 2 | Mô hình trồng rau an toàn | 02 mô hình |

Các thôn triển khai thực hiện nghiêm túc.
"""


def _got():
    return {(t.text, t.min, t.max, t.unit) for t in extract(_DOC).targets}


def test_cap_column_cells_are_maximums():
    got = _got()
    assert ("40 điểm", None, 40, "điểm") in got
    assert ("25 điểm", None, 25, "điểm") in got


def test_bare_figure_takes_the_head_quantity_as_unit():
    assert ("35", None, 35, "điểm") in _got()


def test_minimum_column_cells_are_minimums():
    got = _got()
    assert ("04 lớp", 4, None, "lớp") in got
    assert ("02 mô hình", 2, None, "mô hình") in got


def test_a_plain_column_is_not_read_as_bounded():
    doc = _DOC.replace("Điểm tối đa", "Ghi chú").replace("Số lượng tối thiểu", "Ghi chú")
    assert not [t for t in extract(doc).targets if t.unit == "điểm" and t.min is None]
