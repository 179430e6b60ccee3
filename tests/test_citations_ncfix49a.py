"""Citations' issuers (issue #10, session 49 newcomer): an issuer ends where a figure starts, and the National
Assembly's bodies are read from the cited symbol's code.

Inputs are sentences of real documents of ``../shared/realdocs/docs`` (named beside each test) or sentences written
here in their style; the expected values were read from the text by hand, never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract.citations import find_citations
from vanban.extract.folded import Folded
from vanban.extract.sections import layout_from
from vanban.structure import structure_of_text


def _issuers(text: str) -> dict[str, str | None]:
    f = Folded.of(text)
    return {c.number: c.issuer for c in find_citations(f, layout_from(f, structure_of_text(text)), 0, len(text), None)[0]
            if c.number}


def test_issuer_ends_where_an_amount_starts_0204():
    # 0204/KH-UBND (Cà Mau), footnote [2]: each issuer is followed by the tax cut the document brought
    text = ("Cụ thể: giảm thuế giá trị gia tăng theo Nghị quyết số 174/2024/QH15 ngày\n30/11/2024, Nghị quyết số "
            "204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng 110\ntỷ đồng; giảm thuế bảo vệ môi trường mặt hàng "
            "xăng, dầu, mỡ nhờn theo Nghị quyết\nsố 60/2024/UBTVQH15 ngày 24/12/2024 của Ủy ban Thường vụ Quốc hội "
            "khoảng 530 tỷ\nđồng; giảm tiền thuê đất của năm 2024 theo Nghị định số 87/2025/NĐ-CP ngày\n11/4/2025 của "
            "Chính phủ khoảng 21 tỷ đồng.\n")
    assert _issuers(text) == {"174/2024/QH15": "Quốc hội", "204/2025/QH15": "Quốc hội",
                              "60/2024/UBTVQH15": "Ủy ban Thường vụ Quốc hội", "87/2025/NĐ-CP": "Chính phủ"}


def test_issuer_ends_where_a_sum_starts_other_forms():
    # a province's and a ministry's issuer, then the sum ("với số tiền", "hơn", a bare amount in đồng)
    text = ("Kinh phí hỗ trợ theo Quyết định số 1234/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh với số tiền "
            "2.500 triệu đồng. Nguồn bổ sung có mục tiêu theo Quyết định số 567/QĐ-BTC ngày 05/02/2025 của Bộ Tài "
            "chính hơn 300 triệu đồng; tạm ứng theo Công văn số 89/UBND-KT ngày 10/4/2025 của UBND huyện 150.000.000 "
            "đồng.\n")
    assert _issuers(text) == {"1234/QĐ-UBND": "Ủy ban nhân dân tỉnh", "567/QĐ-BTC": "Bộ Tài chính",
                              "89/UBND-KT": "UBND huyện"}


def test_a_term_stays_in_the_issuer():
    text = "Thực hiện Nghị quyết số 12/NQ-TU ngày 05/01/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVII, Ban Thường vụ\n"
    assert _issuers(text) == {"12/NQ-TU": "Ban Chấp hành Đảng bộ tỉnh khóa XVII"}


def test_assembly_bodies_from_the_code():
    # 9476/BNNMT-CNTY: the petition forwarded by the Assembly's committee, named by its code
    text = ("Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh do Ủy ban Dân nguyện và Giám "
            "sát Quốc hội khóa XV chuyển đến tại Văn bản số 1691/UBDNGS15 ngày 28 tháng 10 năm 2025 về việc chuyển "
            "kiến nghị của cử tri.\n")
    assert _issuers(text) == {"1691/UBDNGS15": "Ủy ban Dân nguyện và Giám sát"}


def test_a_law_and_an_ordinance_name_no_issuer():
    # the labels' convention (case 13: "Luật Đất đai số 31/2024/QH15" names no issuer)
    text = ("Căn cứ Luật Đất đai số 31/2024/QH15; Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số "
            "02/2020/UBTVQH14; Căn cứ Nghị quyết số 35/2023/UBTVQH15 về việc sắp xếp đơn vị hành chính.\n")
    got = _issuers(text)
    assert got["31/2024/QH15"] is None and got["02/2020/UBTVQH14"] is None
    assert got["35/2023/UBTVQH15"] == "Ủy ban Thường vụ Quốc hội"


def _laws(text: str) -> list[str]:
    f = Folded.of(text)
    return [c.name for c in find_citations(f, layout_from(f, structure_of_text(text)), 0, len(text), None)[0]
            if c.type == "Luật"]


def test_a_laws_year_is_part_of_its_name():
    # 2969/QĐ-UBND's Căn cứ; 0204/KH-UBND's "Luật NSNN năm⏎2025" (the 2025 law, not the 2015 one)
    assert _laws("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\nCăn cứ Nghị định số 63/2010/NĐ-CP.\n") == [
        "Luật Tổ chức chính quyền địa phương năm 2025"]
    assert _laws("các khoản thu phân chia giữa ngân sách trung ương và ngân sách địa phương theo quy định của Luật "
                 "NSNN năm\n2025, tỉnh Cà Mau sẽ còn nhận trợ cấp rất lớn.\n") == ["Luật NSNN năm 2025"]


def test_two_years_are_two_laws_and_a_yearless_mention_is_the_one_seen():
    # 1628/QĐ-UBND's form: the law and the one amending it, each by its year; 0134/KH-UBND's "năm 2020" then bare
    text = ("Căn cứ Luật Giám định tư pháp năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp năm "
            "2020;\nCăn cứ Luật Bảo vệ môi trường năm 2020;\n\nTuyên truyền Luật Bảo vệ môi trường đến người dân.\n")
    assert _laws(text) == ["Luật Giám định tư pháp năm 2012",
                           "Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp năm 2020",
                           "Luật Bảo vệ môi trường năm 2020"]


def test_a_range_or_a_dated_law_keeps_its_name():
    assert _laws("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n") == ["Luật Ngân sách nhà nước"]
