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


def test_a_word_on_the_next_line_is_no_code():
    # 2969/QĐ-UBND scanned (the session-49 newcomer's render, Tesseract vie): a narrow cell wraps "146/2025/NĐ-CP"
    # after the slash, and the next line starts with another cell's word
    text = ("sung/cấp lại kể từ ngày hành chính - Dịch vụ\ngiấy chứng nhận hồ sơ công cấp bưu chính 146/2025/\n"
            "nhận lưu đúng theo tỉnh, cấp xã công ích; NĐ-CP ngày\nhành tự do quy định 12/6/2025\n")
    assert not any("NHẬN" in (n or "").upper() for n in _issuers(text))
    # a code wrapped onto the next line, in capitals, is read on ("14/2020/NQ-⏎⏎HĐND", "31-⏎CTr/TW")
    assert set(_issuers("Thực hiện Nghị quyết số 14/2020/NQ-\n\nHĐND ngày 10/12/2020 và Chương trình số 31-\n"
                        "CTr/TW.\n")) == {"14/2020/NQ-HĐND", "31-CTr/TW"}


def test_a_stray_glyph_inside_an_ampersand_code():
    # 2969/QĐ-UBND prints "4347/QĐ-BVHTT&DL"; its scan read "BVHTT&IDL"
    got = _issuers("Căn cứ Quyết định số 4347/QĐ-BVHTT&IDL ngày 14/11/2025 của Bộ trưởng Bộ Văn hóa, Thể\n"
                   "thao và Du lịch về việc công bố thủ tục hành chính;\n")
    assert got == {"4347/QĐ-BVHTT&DL": "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"}
    # a province's department's "&" code no list holds is kept as read (2969's "322/TTr-SVHTT&DL")
    assert "322/TTr-SVHTT&DL" in _issuers("Xét đề nghị của Giám đốc Sở tại Tờ trình số 322/TTr-SVHTT&DL ngày "
                                          "20/11/2025.\n")
