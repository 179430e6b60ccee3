"""Party documents number their items "1-", "2-" under parts "I-", "II-" (obl41b, session 41).

The format guide of Party documents numbers a part with a Roman numeral and a hyphen and its items with an Arabic
numeral and a hyphen. An item "2- Ban Tuyên giáo Đảng ủy" heading its tasks is a body's assignment block as "2." is;
a hyphen between two numbers ("1-2 tuần") or a wrapped line that opens with a number and a hyphen is no item. The texts
are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = ("ĐẢNG BỘ TỈNH TÂY NGUYÊN\nĐẢNG ỦY XÃ HÒA BÌNH\n*\nSố 14-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
         "Hòa Bình, ngày 02 tháng 3 năm 2031\n\nKẾ HOẠCH\nsơ kết công tác dân vận năm 2031\n\n")
_BODY = ("I- MỤC ĐÍCH\n\n1- Nắm tình hình tư tưởng của cán bộ, đảng viên.\n\n"
         "II- TỔ CHỨC THỰC HIỆN\n\n"
         "1- Ban Dân vận Đảng ủy\n\nXây dựng đề cương sơ kết, gửi các chi bộ trước ngày 15/4/2031.\n\n"
         "2- Các chi bộ thôn\n\nTổ chức sơ kết tại chi bộ, nộp báo cáo về Đảng ủy trước ngày 10/5/2031.\n\n"
         "T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Hòa\n")


def _items(parts, out):
    for p in parts:
        out.append((p.label, p.heading))
        _items(p.children, out)
    return out


def test_structure_reads_party_items_numbered_with_a_hyphen():
    got = _items(structure_of_text(_HEAD + _BODY).body, [])
    assert ("1-", "Ban Dân vận Đảng ủy") in got and ("2-", "Các chi bộ thôn") in got, got


def test_obligations_of_party_items_numbered_with_a_hyphen():
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_HEAD + _BODY).obligations}
    assert ("Ban Dân vận Đảng ủy", "2031-04-15") in got and ("Các chi bộ thôn", "2031-05-10") in got, got


def test_structure_a_range_or_a_wrapped_number_is_no_party_item():
    body = ("I- NỘI DUNG\n\n1- Mỗi chi bộ tổ chức tự kiểm tra trong thời gian từ\n"
            "1- 2 tuần; báo cáo kết quả về Đảng ủy.\n\n2- Đảng ủy tổng hợp kết quả sau\n"
            "3- Sau khi sơ kết, chi bộ báo cáo.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Hòa\n")
    labels = [lab for lab, _ in _items(structure_of_text(_HEAD + body).body, [])]
    assert labels.count("1-") == 1 and "3-" not in labels, labels
