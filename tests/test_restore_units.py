"""Units in table cells and garbled heads of bodies' names, on real OCR lines.

Fixtures: tests/fixtures/ocr_units/ (verbatim excerpts of Tesseract eng/vie output of
rendered real documents; README there says which lines of which document).
"""

from pathlib import Path

from vanban.ocr.correct import correct_text
from vanban.ocr.restore.names import head_close
from vanban.ocr.restore.units import unit_reading

FIX = Path(__file__).parent / "fixtures" / "ocr_units"


def _lines(name: str, method: str = "image-ocr") -> list[tuple[str, str]]:
    raw = (FIX / name).read_text(encoding="utf-8")
    out = correct_text(raw, method).text
    assert len(out.split("\n")) == len(raw.split("\n"))
    return list(zip(raw.split("\n"), out.split("\n")))


def test_legacy_unit_cells_keep_their_unit():
    pairs = _lines("39-2025-TT-BXD.eng.txt")
    lone = {(raw, out) for raw, out in pairs if raw in ("kg", "lit", "tan", "lui", "cong", "ca", "Ca")}
    # Tesseract eng of 39/2025/TT-BXD's norm table: "Dầu hỏa | lít | 4,774", "Bê tông nhựa … | tấn | 0,949"
    assert lone == {("kg", "kg"), ("lit", "lít"), ("tan", "tấn"), ("lui", "lưỡi"), ("cong", "công"),
                    ("ca", "ca"), ("Ca", "Ca")}
    # the words around are still restored
    assert ("Nhan cong", "Nhân công") in pairs
    assert ("May thi cong", "Máy thi công") in pairs


def test_vie_scan_reads_kg_as_ky_in_a_cell_only():
    pairs = _lines("39-2025-TT-BXD.vie.txt")
    assert ("kỹ", "kg") in pairs  # "Nhựa đường | kg | 47,97" as Tesseract vie read it
    prose = [out for raw, out in pairs if raw.startswith("kỹ thuật")]
    assert prose and prose[0].startswith("kỹ thuật")  # a wrapped prose word is no cell


def test_lone_word_without_a_figure_is_not_a_unit():
    # a prose word wrapped alone onto its line keeps the restorer's reading; beside a figure it is a cell
    prose = correct_text("Trach nhiem thuc hien\nca\nco quan, don vi lien quan", "image-ocr").text
    assert prose.split("\n")[1] != "ca"  # "cả", "của": whatever the restorer reads, no unit
    cell = correct_text("Trach nhiem thuc hien\nca\n\n12,5", "image-ocr").text
    assert cell.split("\n")[1] == "ca"


def test_unit_reading_kinds():
    assert unit_reading("lit", "lư") == "lít"
    assert unit_reading("ca", "của") == "ca"
    assert unit_reading("Ca", "Cá") == "Ca"
    assert unit_reading("kỹ", "kỹ") == "kg"
    assert unit_reading("lui", "lưới") == "lưỡi"
    assert unit_reading("Cong", "Cộng") is None  # a table's total row
    assert unit_reading("phi", "phí") is None


def test_garbled_head_of_a_body_name():
    pairs = _lines("1628-QD-UBND.eng.txt")
    outs = "\n".join(out for _, out in pairs)
    # 1628/QĐ-UBND: "3. Sở Khoa học và Công nghệ chủ trì", eng OCR "S&é Khoa hoc va Cong nghé"
    assert "Sở Khoa học và Công nghệ" in outs
    assert "Sẹo" not in outs
    assert "Sở Tư pháp" in outs


def test_head_close():
    assert head_close("s&e", "so") and head_close("sd", "so") and head_close("b6", "bo")
    assert not head_close("ban", "bo") and not head_close("cua", "so")
    # a clean syllable is no garbled head (news: "thật sự xây dựng", "Bộ Nội vụ sẽ xây dựng")
    assert not head_close("su", "so") and not head_close("se", "so")


def test_two_word_money_unit_cells():
    # Tesseract eng of tune21 t21-04's Phụ lục chỉ tiêu (lines 195-240 of its eng OCR): "Thu ngân sách nhà nước trên
    # địa bàn | tỷ đồng | 18,7 | 19,5" — the unit alone on its line was restored "từ dòng" and the target lost its unit
    pairs = _lines("t21-04-QD-UBND.eng.txt")
    assert ("ty dong", "tỷ đồng") in pairs
    # a unit of two words written for the test, and prose that only looks like one stays prose
    from vanban.ocr.restore import restore

    assert restore("Thu nhap binh quan dau nguoi\ntrieu dong\n68\n74\n").text.split("\n")[1] == "triệu đồng"
    assert restore("Doanh nghiep thanh lap moi\ndoanh nghiep\n7\n10\n").text.split("\n")[1] == "doanh nghiệp"
