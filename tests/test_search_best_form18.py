"""Among the files of one document (same số ký hiệu, date and type: ``typed_figures.copy_key``), the one read best
stands in the document's place in a search (the session-18 end newcomer, issue #12): "95%" on an archive of his inputs
listed the dotted scan ``19_NQ_scan_light_dots.png`` (OCR confidence 92–94, read worse) above the typed
``03_NQ_HDND_xa.txt`` of the same Nghị quyết. A file born as text (DOCX, a PDF's text layer, TXT) before one read by
OCR, then the higher OCR confidence (``forms.form_rank``, as the archive's lists choose a form). The Python search and
the served ranked page agree.

The Nghị quyết is written for this test; its scan is simulated by a second stored file of the same document whose
confidence is set as OCR would record it (a real OCR run takes seconds a file), and whose text, as a misreading scan's
often does, repeats the figure (it scores higher on the words alone)."""

from __future__ import annotations

import sqlite3

import pytest
from site_client import ranked  # the Python search's order, checked equal to the served page's

from vanban.archive import Archive
from vanban.conveyor import process_file

TEXT = ("HỘI ĐỒNG NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN HƯNG\n\n"
        "Số: 15/NQ-HĐND                     Tân Hưng, ngày 10 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n"
        "Về kế hoạch phát triển kinh tế - xã hội 6 tháng cuối năm 2026\n\n"
        "Điều 1. Chỉ tiêu chủ yếu\n{body}\n")
TYPED = "1. Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 95%.\n"
SCANNED = "1. Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 95%.\n2. Tỷ 1ệ thu gom rác đạt 95%; 95% hộ phân loại rác.\n"
OTHER = ("HỘI ĐỒNG NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN HƯNG\n\n"
         "Số: 09/NQ-HĐND                     Tân Hưng, ngày 02 tháng 3 năm 2026\n\nNGHỊ QUYẾT\n"
         "Về giao chỉ tiêu năm 2026\n\nĐiều 1. Tỷ lệ trẻ em tiêm chủng đầy đủ đạt 95% trở lên.\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    db = folder / "archive.db"
    names = {}
    with Archive(db) as a:
        for name, text in (("scan", TEXT.format(body=SCANNED)), ("typed", TEXT.format(body=TYPED)), ("other", OTHER)):
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            names[a.store(process_file(folder / f"{name}.txt", jobs=1))] = name
    scan_id = next(k for k, v in names.items() if v == "scan")
    with sqlite3.connect(db) as conn:  # the scan as OCR stores it: one page, its mean word confidence
        conn.execute("UPDATE documents SET confidence = 93.0, page_count = 1 WHERE id = ?", (scan_id,))
    return db, names


def test_the_typed_file_stands_before_the_scan_of_the_same_document(archive):
    listed = ranked(archive, "95%")
    assert sorted(listed) == ["other", "typed"]  # one result per document (session 51): the typed file shown …
    from vanban.archive.search import search

    db, names = archive
    (typed,) = [h for h in search(db, "95%") if names[h.id] == "typed"]
    assert [names[f.id] for f in typed.also] == ["scan"]  # … the scan named as its other file


def test_the_json_scores_rise_in_the_printed_order(archive):
    """``vanban search --format json``: a program sorting the hits by ``score`` (lower is better) gets the list the
    terminal prints — the session-21 newcomer found the scan's better score below the typed file's. The files moved
    after ranking keep their own match score in ``file_score``."""
    import json

    from vanban.archive import format_hits
    from vanban.archive.search import search

    db, names = archive
    out = json.loads(format_hits(search(db, "95%"), "json"))
    assert [names[h["id"]] for h in out] == ["typed", "other"]
    assert [names[f["id"]] for f in out[0]["also"]] == ["scan"]
    assert [h["rank"] for h in out] == [1, 2]
    assert sorted(out, key=lambda h: h["score"]) == out
    assert out[0]["file_score"] is not None and out[0]["file_score"] > out[0]["score"]  # the typed file, its place
    assert out[1]["file_score"] is None  # a document alone in its place: its own score
    text = format_hits(search(db, "95%"), "text")
    assert [line.split("]")[0] + "]" for line in text.splitlines() if line[:1].isdigit()] == \
        [f"{h['rank']}. [{h['id']}]" for h in out]
