"""ux56: a law named by its initials beside its full name is one cited document (one "Luật" row).

Real documents copied into tests/fixtures/ux56: 5333/CT-CS prints "Luật Thuế giá trị gia tăng số 48/2024/QH15" then
"Luật Thuế GTGT"; 5680/CT-CS prints "Luật thuế thu nhập cá nhân số 04/2007/QH12" then "Luật thuế TNCN". A reader
counts one law each; the review labels of 5680 (bench/gold/review-facts) list 04/2007/QH12 once.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.extract.law_initials import spelled_out

FIX = Path(__file__).parent / "fixtures" / "ux56"


def _laws(stem: str) -> list:
    return [c for c in extract((FIX / f"{stem}.md").read_text(encoding="utf-8")).citations if c.type == "Luật"]


def test_gtgt_beside_the_vat_law_cited_by_number_is_that_law():
    laws = _laws("5333-CT-CS")
    assert sorted(c.number or "" for c in laws) == ["38/2019/QH14", "48/2024/QH15"]


def test_tncn_beside_the_income_tax_law_cited_by_number_is_that_law():
    laws = _laws("5680-CT-CS")
    assert [c for c in laws if c.name and "TNCN" in c.name] == []
    assert [c.number for c in laws if c.number == "04/2007/QH12"] == ["04/2007/QH12"]
    # the amending law, named after its "của", stays its own document
    assert any(c.name and c.name.startswith("Luật sửa đổi") for c in laws)


def test_initials_unspelled_by_any_cited_name_keep_their_row():
    head = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 12/CT-CS\nHà Nội, ngày 03 tháng 11 năm 2025\n\nV/v thuế\n\n"
            "Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019;\n")
    ext = extract(head + "Theo Luật Thuế TTĐB, hàng hóa này chịu thuế.\n\nCỤC TRƯỞNG\nMai Sơn\n")
    assert any(c.name == "Luật Thuế TTĐB" and c.number is None for c in ext.citations)


def test_spelled_out_matches_initials_word_by_word():
    names = ["Luật Thuế thu nhập doanh nghiệp", "Luật Thuế tiêu thụ đặc biệt", "Luật Bảo vệ môi trường"]
    assert spelled_out("Luật Thuế TTĐB", names) == "Luật Thuế tiêu thụ đặc biệt"
    assert spelled_out("Luật thuế TNDN", names) == "Luật Thuế thu nhập doanh nghiệp"
    assert spelled_out("Luật BVMT", names) == "Luật Bảo vệ môi trường"
    assert spelled_out("Luật Thuế GTGT", names) is None
    assert spelled_out("LUẬT THUẾ TNDN", names) is None  # a title line in capitals throughout: no initials
