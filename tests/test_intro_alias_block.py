"""A Công văn whose preamble asks one body, under a short name it gives it, for all the items below (issue #10,
obligations on real wording): "Sở X đề nghị Ủy ban nhân dân các xã, phường (sau đây gọi là UBND cấp xã) thực hiện một
số nội dung sau:" over numbered items that say "UBND cấp xã …" or nothing; by the labels' rule of one entry per body per
assignment block (realdocs/labeled/README.md) that is one obligation of the body named in full, due at the earliest
date the items give. The letter's closing courtesy, followed by the issuer's own warning ("…; quá thời hạn, Sở X sẽ
tổng hợp … báo cáo UBND tỉnh"), is no obligation (vanban.extract.obligations).

The letter is written for this test in the style of a provincial department's guidance to the communes.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract.report import extraction_to_json

_DOC = """ỦY BAN NHÂN DÂN TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 215/SNNMT-KHTC
V/v rà soát, thống kê diện tích cây trồng bị thiệt hại năm 2026

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Gia Lai, ngày 12 tháng 01 năm 2027

Kính gửi: Ủy ban nhân dân các xã, phường.

Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 40/UBND-NNMT ngày 05/01/2027, Sở Nông nghiệp và Môi trường đề nghị
Ủy ban nhân dân các xã, phường (sau đây gọi là UBND cấp xã) thực hiện một số nội dung sau:

1. Về rà soát diện tích thiệt hại

a) Chỉ đạo công chức địa chính - nông nghiệp rà soát, thống kê diện tích cây trồng bị thiệt hại do mưa lũ năm 2026
theo từng thôn, hoàn thành trước ngày 25/01/2027.

b) Đối với diện tích đã được hỗ trợ, UBND cấp xã lập danh sách hộ được hỗ trợ, gửi Sở Nông nghiệp và Môi trường
trước ngày 05/02/2027.

2. Về báo cáo kết quả

UBND cấp xã tổng hợp kết quả rà soát, gửi báo cáo bằng văn bản về Sở Nông nghiệp và Môi trường chậm nhất ngày 15
tháng 02 năm 2027.

Sở Nông nghiệp và Môi trường đề nghị UBND các xã, phường quan tâm, chỉ đạo thực hiện đúng thời gian quy định; quá
thời hạn nêu trên, Sở Nông nghiệp và Môi trường sẽ tổng hợp danh sách các đơn vị chậm báo cáo, báo cáo UBND tỉnh xem
xét./.

Nơi nhận:
- Như trên;
- Lưu: VT, KHTC.

GIÁM ĐỐC

Lê Thị Hạnh
"""


@pytest.fixture(scope="module")
def rows():
    ext = extract(_DOC)
    return ext, extraction_to_json(ext)["obligations"]


def test_one_obligation_for_the_body_the_preamble_asks(rows):
    ext, _ = rows
    assert [o.who for o in ext.obligations] == ["Ủy ban nhân dân các xã, phường"]
    assert str(ext.obligations[0].deadline.date) == "2027-01-25"


def test_its_rows_are_one_block(rows):
    _, got = rows
    assert len({r["block"] for r in got}) == 1
    assert got[0]["who"] == "Ủy ban nhân dân các xã, phường"


def test_the_closing_courtesy_is_no_obligation(rows):
    _, got = rows
    assert not any("quan tâm" in (r["what"] or "") for r in got)
