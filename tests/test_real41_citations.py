"""real41 (the newcomer's real documents, 02144-QD-UBND's Căn cứ pháp lý cell): four kinds of a cited document read
wrong. Inputs written for this test, in other offices' wording of each kind; a careful reader finds:

- a số ký hiệu whose year runs into its type code, the slash left out in typing ("…/2024TT-BYT"): the same Thông tư,
  its number written back with the slash (a number is number / year / code);
- a treaty (Hiệp định, Công ước) opening an item of a dashed list of legal bases, its name wrapped over a line: one
  cited document named whole, the date after it no part of its name, and the parties of a treaty named after
  "giữa" ("… giữa Chính phủ của … và Chính phủ …") inside the name;
- an issuer printed as two titles of one holder ("của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"): the issuer is both as
  printed, never the bare rank "Bộ trưởng".
"""

from vanban.extract import extract
from vanban.symbols import normalize_symbol, symbol_key

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 311/QĐ-UBND\nHà Giang, ngày 14 tháng 4 năm 2027\n\nQUYẾT ĐỊNH\n"
        "Về việc công bố thủ tục hành chính lĩnh vực dược\n\n")
TAIL = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Thành\n"


def test_a_year_glued_to_its_type_code_is_the_same_symbol():
    assert normalize_symbol("17/2024TT-BYT") == "17/2024/TT-BYT"
    assert normalize_symbol("8/2023NĐ-CP") == "8/2023/NĐ-CP"
    assert symbol_key("17/2024TT-BYT") == symbol_key("17/2024/TT-BYT")
    assert "/2024XY" in normalize_symbol("12/2024XY-UBND")  # no type code after the year: nothing to mend


def test_a_cited_thong_tu_typed_without_the_slash_after_its_year_is_read():
    ext = extract(HEAD + "Căn cứ pháp lý của thủ tục:\n- Thông tư số 17/2024TT-BYT ngày 02/5/2024 của Bộ Y tế;\n"
                  "- Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ.\n" + TAIL)
    got = {c.number: c for c in ext.citations}
    assert "17/2024/TT-BYT" in got and got["17/2024/TT-BYT"].type == "Thông tư"
    assert got["17/2024/TT-BYT"].date == "2024-05-02"


def test_a_treaty_opening_a_dashed_item_is_cited_with_its_whole_name():
    ext = extract(HEAD + "Căn cứ pháp lý của thủ tục:\n"
                  "- Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ;\n"
                  "- Hiệp định Đối tác kinh tế giữa Chính phủ của nước Cộng hòa xã hội chủ nghĩa Việt Nam và\n"
                  "Chính phủ của Nhật Bản ngày 25/12/2008;\n"
                  "- Thông tư số 05/2019/TT-BCT ngày 11/3/2019 của Bộ Công Thương.\n" + TAIL)
    (h,) = [c for c in ext.citations if c.type == "Hiệp định"]
    assert h.name == ("Hiệp định Đối tác kinh tế giữa Chính phủ của nước Cộng hòa xã hội chủ nghĩa Việt Nam và "
                      "Chính phủ của Nhật Bản")


def test_a_date_after_a_treaty_named_in_a_body_ends_its_name():
    ext = extract(HEAD + "Căn cứ Văn bản của Ủy ban hỗn hợp Hiệp định Thương mại tự do Việt Nam - Chi-lê ngày "
                  "04/9/2014 về thủ tục chứng nhận xuất xứ.\n" + TAIL)
    (h,) = [c for c in ext.citations if c.type == "Hiệp định"]
    assert h.name == "Hiệp định Thương mại tự do Việt Nam - Chi-lê"


def test_two_titles_of_one_holder_are_one_issuer():
    ext = extract(HEAD + "Căn cứ Thông tư số 03/2026/TT-UBDT ngày 05/02/2026 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc "
                  "hướng dẫn thực hiện chính sách;\n" + TAIL)
    (c,) = [c for c in ext.citations if c.number == "03/2026/TT-UBDT"]
    assert c.issuer == "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"


def test_a_minister_named_with_his_ministry_stays_so():
    ext = extract(HEAD + "Căn cứ Thông tư số 03/2026/TT-BYT ngày 05/02/2026 của Bộ trưởng Bộ Y tế, "
                  "hướng dẫn thực hiện chính sách;\n" + TAIL)
    (c,) = [c for c in ext.citations if c.number == "03/2026/TT-BYT"]
    assert c.issuer == "Bộ trưởng Bộ Y tế"
