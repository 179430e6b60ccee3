"""OCR forms read as their clean text is (ocr43): each kind of damage a legacy or scanned form does, in vanban's own
wording.

* legacy OCR: a table header broken twice (inside a head, then on a cell border), so its second line closes with "|"
  and the last head still follows (:func:`vanban.ocr.wrapped_rows._header_end`); a cell border read as "]" after a
  figure (:func:`vanban.ocr.wrapped_rows.bracket_pipes`); "người" printed "ngwi" / "ngw%i" and a frequency's "lần"
  printed "an" (:func:`vanban.ocr.glyphs.legacy_glyphs`); a unit code read D for Đ where the unit's name holds a
  "và" (:func:`vanban.extract.unit_initials.restored_unit_codes`);
* scans: the issuer's wrapped name whose next line opens with "PHÒNG VÀ …" (the syllable of "quốc phòng", no
  department's head); a xã's committee run into the motto and a Ban Chỉ đạo under it across a blank line; a
  Công văn's "V/v" read onto its number's line (:mod:`vanban.structure.header`).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.extract.unit_initials import restored_unit_codes
from vanban.ocr.correct import correct_text
from vanban.ocr.glyphs import legacy_glyphs
from vanban.ocr.wrapped_rows import bracket_pipes, wrapped_rows


def _targets(text: str) -> list[tuple]:
    return sorted((t["min"], t["unit"]) for t in extraction_to_json(extract(text))["targets"])


# -- legacy: a header broken twice ------------------------------------------------------------------------------------

HEAD = ("| STT | Tổ dân phố | Số hộ sửa nhà (hộ) | Mức hỗ trợ (triệu đồng/hộ) | Kinh phí (triệu đồng) "
        "| Nguồn vốn |")
ROWS = ["| 1 | Tổ dân phố Bắc | 3 | 40 | 120 | Ngân sách phường |",
        "| 2 | Tổ dân phố Nam | 2 | 40 | 80 | Vận động xã hội hóa |"]
CLEAN = ("Kinh phí sửa nhà cho hộ khó khăn năm 2034 phân bổ như sau:\n\n" + HEAD + "\n|---|---|---|---|---|---|\n"
         + "\n".join(ROWS) + "\n\nCác tổ dân phố báo cáo tiến độ hằng tháng.\n")
#: the header wrapped inside "Mức hỗ trợ (triệu" and again before "Nguồn vốn |"; the rule read as a scrap
TWICE = ("Kinh phí sửa nhà cho hộ khó khăn năm 2034 phân bổ như sau:\n\n"
         "| STT | Tổ dân phố | Số hộ sửa nhà (hộ) | Mức hỗ trợ (triệu\nđồng/hộ) | Kinh phí (triệu đồng) |\nNguồn vốn |\nJe fa\n"
         + "\n".join(ROWS) + "\n\nCác tổ dân phố báo cáo tiến độ hằng tháng.\n")


def test_header_broken_twice_is_one_header():
    lines = wrapped_rows(TWICE).split("\n")
    assert lines[2] == HEAD
    assert len(wrapped_rows(TWICE)) == len(TWICE)  # one character for one: offsets hold


def test_header_broken_twice_reads_the_rows_as_clean_does():
    assert (3.0, "hộ") in _targets(CLEAN)
    assert (3.0, "hộ") not in _targets(TWICE)  # the table lost as OCR printed it
    assert _targets(wrapped_rows(TWICE)) == _targets(CLEAN)


def test_a_line_of_prose_after_the_close_still_ends_the_header():
    # a sentence under a closed header line is no head: the header is not joined over it
    text = "| STT | Tổ dân phố | Số hộ |\nSố liệu đến hết quý I năm 2034\n| 1 | Tổ dân phố Bắc | 3 |\n"
    assert wrapped_rows(text) == text


# -- legacy: a cell border read as "]" --------------------------------------------------------------------------------

def test_bracket_after_a_figure_in_a_row_is_a_pipe():
    assert bracket_pipes("| 1| Tổ dân phố Đông| 41 | 9| 30]") == "| 1| Tổ dân phố Đông| 41 | 9| 30|"
    assert bracket_pipes("| 4 | Tổ dân phố Tây | 52| 12] 17] 23 |") == "| 4 | Tổ dân phố Tây | 52| 12| 17| 23 |"


def test_bracket_kept_in_a_note_and_outside_tables():
    assert bracket_pipes("| 2 | Ghi chú [xem mục 3] | 5 |") == "| 2 | Ghi chú [xem mục 3] | 5 |"
    assert bracket_pipes("theo điểm 2] của văn bản") == "theo điểm 2] của văn bản"


# -- legacy: words next to a figure -----------------------------------------------------------------------------------

def test_nguoi_with_its_horn_read_as_w_and_its_vowel_lost():
    assert legacy_glyphs("tap huan cho 36 ngwi;") == "tap huan cho 36 nguoi;"
    assert legacy_glyphs("| So hoc vien (ngw%i) |") == "| So hoc vien (nguoi) |"
    assert "người" in correct_text("ho tro 18 ngw9i khuyet tat", "image-ocr").text


def test_frequency_lan_printed_an():
    assert correct_text("kiem tra it nhat 03 an trong quy", "image-ocr").text.split()[5] == "lần"
    assert legacy_glyphs("hop 01 an/thang") == "hop 01 lan/thang"
    # "an" after a figure that opens "an ninh", "an toàn" is that word
    assert legacy_glyphs("Dieu 9 an ninh mang") == "Dieu 9 an ninh mang"
    assert legacy_glyphs("bao dam 500 an toan") == "bao dam 500 an toan"


def test_unit_code_of_a_name_with_va():
    text = "Hội đồng Thi đua và Khen thưởng xã xây dựng Kế hoạch"
    assert restored_unit_codes("05/KH-HDTDKT", text) == "05/KH-HĐTĐKT"
    # no run of the text spells the code: kept as read
    assert restored_unit_codes("05/KH-HDTDKT", "Ủy ban nhân dân xã xây dựng Kế hoạch") == "05/KH-HDTDKT"


# -- scans: the header --------------------------------------------------------------------------------------------------

def _meta(text: str) -> dict:
    got = extraction_to_json(extract(text))
    return {k: got.get(k) for k in ("issuer", "parent_issuer", "number", "title", "type")}


BODY = ("\nKẾ HOẠCH\n\nTập huấn kỹ năng cho lực lượng dân quân năm 2034\n\n"
        "Căn cứ Luật Dân quân tự vệ năm 2019;\n\nI. MỤC ĐÍCH\n\nNâng cao kỹ năng cho lực lượng dân quân.\n")


def test_issuer_wrapped_inside_quoc_phong():
    text = ("UBND PHƯỜNG BÌNH AN\nHỘI ĐỒNG GIÁO DỤC QUỐC\nPHÒNG VÀ AN NINH\nSố: 04/KH-HĐGDQPAN\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình An, ngày 02 tháng 3 năm 2034\n" + BODY)
    m = _meta(text)
    assert m["issuer"].upper() == "HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG VÀ AN NINH"
    assert m["parent_issuer"].upper() == "UBND PHƯỜNG BÌNH AN"


def test_ban_chi_dao_under_a_xa_committee_run_into_the_motto():
    text = ("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠNỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 06/KH-BCĐ\n"
            "Độc lập - Tự do - Hạnh phúc\nĐông Sơn, ngày 02 tháng 3 năm 2034\n" + BODY)
    m = _meta(text)
    assert m["issuer"].upper() == "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ"
    assert m["parent_issuer"].upper() == "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"


def test_vv_on_the_number_line():
    text = ("UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 512/SYT-NVY V/v tăng cường phòng chống sốt xuất huyết\nnăm 2034\n\nNam Định, ngày 02 tháng 3 năm 2034\n\n"
            "Kính gửi: Trung tâm Y tế các huyện.\n\nSở Y tế đề nghị các đơn vị triển khai các nội dung sau.\n")
    m = _meta(text)
    assert m["number"] == "512/SYT-NVY"
    assert m["type"] == "Công văn"
    assert m["title"] == "tăng cường phòng chống sốt xuất huyết năm 2034"


# -- any OCR: an area's "²" read "?" inside a compound unit or a head's brackets ------------------------------------

def test_square_after_a_slash_or_a_bracket():
    from vanban.ocr.stray_marks import unit_squares
    assert unit_squares("| Đơn giá thuê (đồng/m?/tháng) |") == "| Đơn giá thuê (đồng/m²/tháng) |"
    assert unit_squares("mật độ chuột trên 5 con/m? thì phun") == "mật độ chuột trên 5 con/m² thì phun"
    assert unit_squares("| Diện tích sàn (m?) |") == "| Diện tích sàn (m²) |"
    assert unit_squares("Có phải là m? không") == "Có phải là m? không"  # no figure, slash nor bracket before it
