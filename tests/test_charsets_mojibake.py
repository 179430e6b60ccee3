"""A plan whose UTF-8 went through a Windows-1252 reading and was saved as UTF-8 again (found
by a newcomer): "KẾ HOẠCH" became "Káº¾ HOáº CH", as an e-mail client, a web form or a CSV
export that takes the bytes for Western text leaves it. vanban refused it as "not
Vietnamese text (only 56% of the words are Vietnamese syllables)": the language blamed for
an encoding fault (case 01's README: a refusal that blames the language is not acceptable).

Real parts: the conveyor and the archive (SQLite) on the demo plan's text
(tests/fixtures/plans) garbled the way Windows-1252 garbles it (Python's cp1252 codec, its
five undefined bytes kept as the C1 controls Latin-1 gives them, as such tools write them);
expected values from the plan as written.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import ROOT

from vanban.archive import Archive
from vanban.charsets import detect
from vanban.conveyor import process_file

PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"
UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def through_western(text: str, codec: str = "cp1252") -> str:
    """``text``'s UTF-8 bytes read as Western text (a byte cp1252 lacks as Latin-1 reads it)."""
    return "".join(chr(b) if b in UNDEFINED_IN_CP1252 and codec == "cp1252" else bytes([b]).decode(codec)
                   for b in text.encode("utf-8"))


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_a_plan_garbled_through_a_western_reading_is_read_as_written(tmp_path, codec):
    plan = PLAN_18.read_text(encoding="utf-8")
    garbled = through_western(plan, codec)
    assert "Káº¾ HOáº" in garbled
    path = tmp_path / "kế hoạch 18 (xuất từ thư).txt"
    path.write_text(garbled, encoding="utf-8")
    doc = process_file(path)
    m = doc.extraction.metadata
    assert (m.number, m.type, m.issuer, m.date, m.signer_name) == (
        "18-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ HÒA BÌNH", "2026-01-12", "Nguyễn Văn Thành")
    raw = doc.pages[0].raw_text
    assert "KẾ HOẠCH" in raw and "áº" not in raw and "á»" not in raw and "Ã’" not in raw
    assert doc.source.encoding == "mojibake"
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(doc)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select source_encoding from documents").fetchone()[0] == \
            "UTF-8 read as Windows-1252 and saved again (repaired)"


def test_text_as_written_is_left_alone():
    plan = PLAN_18.read_bytes()
    text, charset, _ = detect(plan)
    assert charset == "utf-8" and text == plan.decode("utf-8")
    # Western text with its own accents is no Vietnamese mojibake: read as it is
    text, charset, _ = detect("Café crème, naïve façade — déjà vu. ".encode("utf-8") * 20)
    assert charset == "utf-8" and text.startswith("Café crème")


def test_mojibake_whose_no_break_spaces_became_spaces_is_read_as_written(tmp_path):
    """Found by a newcomer: the garbled text also went through a step that took byte A0 (the
    no-break space of Windows-1252) for a space. "Káº¾ HOáº CH" was repaired, but "à" (C3 A0)
    came back as "à " ("Hòa n", "ngà y"), so the date line was lost; and "Ơ" (C6 A0) not at all."""
    written = ("ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM\nSố 07-KH/UBND\n"
               "Hoàn Kiếm, ngày 05 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
               "tổ chức hội nghị nhân dân và các cơ quan khu dân cư năm 2026\n\n"
               "1. Các CƠ QUAN, đơn vị hoàn thành báo cáo trước ngày 30/11/2026.\n"
               "2. Ban công tác Mặt trận là đơn vị chủ trì, phấn đấu 95% hộ gia đình tham dự.\n")
    garbled = through_western(written).replace("\xa0", " ")
    assert "HoÃ n Kiáº¿m, ngÃ y 05" in garbled
    path = tmp_path / "ke_hoach.txt"
    path.write_text(garbled, encoding="utf-8")
    doc = process_file(path)
    raw = doc.pages[0].raw_text
    assert doc.source.encoding == "mojibake"
    assert "Hoàn Kiếm, ngày 05 tháng 11 năm 2026" in raw
    assert "Các CƠ QUAN, đơn vị hoàn thành báo cáo trước ngày 30/11/2026." in raw
    assert "Mặt trận là đơn vị chủ trì" in raw
    assert doc.extraction.metadata.date == "2026-11-05"
