"""The archive's deadlines, targets and obligations rows keep their offsets into the stored text.

Why (issues #9/#10: "offsets into the stored text so facts still map back to their source"): the
archive stored ``start``/``end`` for citations only, so the page's checklist and downloads rebuilt
the extraction at (0, 0) and recognised a duty's further tasks by a heuristic. Read back at their
offsets, the archive's rows give the checklist of the extraction itself, row for row, offsets
included: before, the sample plans 13-KH/ĐU ("Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị
…; cuối tháng 10/2025 tổ chức Hội nghị chuyên đề …" one row on the site, two in ``vanban
checklist``), 24-KH/ĐU (legacy OCR) and the OCR form of 141-KH-UBND differed. An archive older than
the columns (NULL there) still gives its checklist as before.

Real inputs: the samples, the text form of the demo plan 18-KH/ĐU, the tuned realdocs copied in
tests/fixtures/realdocs (plain and Tesseract forms).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from dataclasses import replace

import pytest
from conftest import ROOT, SAMPLES
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.extract.checklist import build_checklist, task_rows
from vanban.web import downloads as D
from vanban.web.server import datasette_app

TODAY = dt.date(2026, 1, 1)
REAL = ROOT / "tests/fixtures/realdocs"
PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"  # samples' 18-KH/ĐU, as text
OFFSET_TABLES = ("deadlines", "targets", "obligations")

INPUTS = [
    SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt",
    SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt",
    SAMPLES / "02-NQ-CB_chi_bo_dong_tam_2026.docx",
    SAMPLES / "03-CT-DU_an_toan_giao_thong_tcvn3.txt",
    PLAN_18,
    REAL / "141-KH-UBND.txt",
    REAL / "141-KH-UBND.eng.txt",
    REAL / "221-KL-TW.txt",
    REAL / "223-CD-TTg.txt",
    REAL / "659-TB-VPCP.eng.txt",
    REAL / "guidance/45-HD-BTCTW.txt",
]


def archived_extraction(db, doc_id):
    """The Extraction the page and its downloads read from the archive's rows."""
    with sqlite3.connect(db) as c:
        c.row_factory = sqlite3.Row
        rows = [[dict(r) for r in c.execute(sql, [doc_id])] for sql in (D._OBLIGATIONS_SQL, D._DEADLINES_SQL,
                                                                         D._TARGETS_SQL)]
    return D.extraction_of(doc_meta(db, doc_id), *rows)


def doc_meta(db, doc_id):
    with sqlite3.connect(db) as c:
        c.row_factory = sqlite3.Row
        return D._metadata(dict(c.execute("select * from documents where id = ?", [doc_id]).fetchone()))


def stored(tmp_path, path):
    """The document of ``path`` as the conveyor reads it, and its id in a new archive."""
    src = tmp_path / path.name
    shutil.copy(path, src)
    doc = process_file(src, jobs=1)
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        doc_id = archive.store(doc)
    return doc, db, doc_id


def words(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name.split("_")[0])
def test_the_archives_checklist_is_the_extractions(tmp_path, path):
    doc, db, doc_id = stored(tmp_path, path)
    direct = build_checklist(doc.extraction, TODAY)
    assert direct
    assert build_checklist(archived_extraction(db, doc_id), TODAY) == direct
    assert any(it.start is not None for it in direct)


@pytest.mark.parametrize("path", INPUTS[:2] + INPUTS[5:7], ids=lambda p: p.name.split("_")[0])
def test_the_offsets_are_the_citations_coordinates(tmp_path, path):
    """Each table's offsets point into ``documents.text`` as the citations' do: a deadline's
    and a citation's offsets hold the phrase as written."""
    _, db, doc_id = stored(tmp_path, path)
    with sqlite3.connect(db) as c:
        text = c.execute("select text from documents where id = ?", [doc_id]).fetchone()[0]
        for table in OFFSET_TABLES:
            spans = c.execute(f'select start, "end" from {table} where document_id = ?', [doc_id]).fetchall()
            assert all(s is not None and 0 <= s < e <= len(text) for s, e in spans), table
        for table in ("deadlines", "citations"):
            for start, end, said in c.execute(f'select start, "end", text from {table} where document_id = ?',
                                              [doc_id]):
                assert words(text[start:end]) == words(said), table


def test_task_rows_split_nothing_twice(tmp_path):
    """The chi bộ's three reports of 18-KH/ĐU: its task rows, taken again as obligations, are
    the same rows; from the archive (deadlines claimed by ``deadline_id``) as well."""
    doc, db, doc_id = stored(tmp_path, PLAN_18)
    for ext in (doc.extraction, archived_extraction(db, doc_id)):
        rows = task_rows(ext)
        assert len([r for r in rows if r.who == "Các chi bộ trực thuộc"]) == 3
        assert task_rows(replace(ext, obligations=tuple(rows))) == rows


def _older_archive(db):
    """``db`` as an archive written before the offset columns: they are dropped, then
    :meth:`Archive.__init__` (``ensure_schema``) adds them back, NULL."""
    with sqlite3.connect(db) as c:
        for table in OFFSET_TABLES:
            c.execute(f'alter table {table} drop column start')
            c.execute(f'alter table {table} drop column "end"')
    c.close()
    with Archive(db):
        pass
    with sqlite3.connect(db) as c:
        for table in OFFSET_TABLES:
            assert c.execute(f'select count(*) from {table} where start is not null or "end" is not null'
                             ).fetchone() == (0,)
    c.close()


def test_an_older_archive_without_offsets_lists_the_same_tasks(tmp_path):
    """NULL offsets behave as before the columns: the chi bộ's reports are listed once each."""
    doc, db, doc_id = stored(tmp_path, PLAN_18)
    _older_archive(db)
    direct = build_checklist(doc.extraction, TODAY)
    old = build_checklist(archived_extraction(db, doc_id), TODAY)
    assert [(it.who, it.what, it.deadline, it.targets) for it in old] == \
        [(it.who, it.what, it.deadline, it.targets) for it in direct]
    assert all(it.start is None for it in old)
    ds = datasette_app(db)
    page = get(ds, f"/archive/documents/{doc_id}").text
    # the rows of the archive's facts have no place; only the task sentences read from the stored text and outline
    # (a row of the body not named, vanban.export.plan_tasks) link to it
    rows = re.findall(r'<li class="obligation">.*?</li>', page, re.S)
    assert "báo cáo năm" in page and rows
    assert all('class="vb-where"' not in r or '<span class="who">(chưa xác định)</span>' in r for r in rows)
    assert not any('class="vb-where"' in r for r in rows if "báo cáo năm" in r)


# --- the document page: each checklist row links to its place in the text ----------------------


ROW = re.compile(r'<li class="obligation">.*?<span class="what">(?P<what>.*?)</span>.*?'
                 r'href="#(?P<anchor>vt-\d+)"', re.S)


def test_each_checklist_row_links_to_its_place_in_the_text(tmp_path):
    import html

    doc, db, doc_id = stored(tmp_path, PLAN_18)
    ds = datasette_app(db)
    page = get(ds, f"/archive/documents/{doc_id}").text
    from vanban.export import PlanPlaces, with_plan_targets

    from vanban.export.checklist_office import ordered

    items, _ = with_plan_targets(build_checklist(doc.extraction), PlanPlaces.of_document(doc), doc.extraction.targets)
    items = ordered(items, "plan")  # the page lists them in the Word table's order (session 30)
    links = [(html.unescape(m["what"]), m["anchor"]) for m in ROW.finditer(page)]
    assert [what for what, _ in links] == [it.what for it in items]
    shown = page.split('<pre class="vb-text">', 1)[1].split("</pre>", 1)[0]
    # the text shown is the text stored, anchors aside
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == doc.text
    for (what, anchor), it in zip(links, items):
        assert anchor == f"vt-{it.start}"
        at = shown.split(f'<span class="vb-at" id="{anchor}">', 1)
        assert len(at) == 2, anchor
        # the element at the anchor starts where the row was read: the clerk sees its sentence
        following = html.unescape(re.sub(r"<[^>]+>", "", at[1]))
        assert following.startswith(doc.text[it.start:it.end][:40])
    chi_bo = [a for w, a in links if w == "báo cáo năm"]
    assert len(chi_bo) == 1
    place = int(chi_bo[0].removeprefix("vt-"))
    assert "báo cáo năm trước ngày 25 tháng 11 hằng năm" in doc.text[place - 40:place + 80]


def test_the_outline_links_to_its_parts(tmp_path):
    _, db, doc_id = stored(tmp_path, PLAN_18)
    ds = datasette_app(db)
    page = get(ds, f"/archive/documents/{doc_id}").text
    outline = page.split('<aside class="vb-outline">', 1)[1].split("</aside>", 1)[0]
    anchors = re.findall(r'href="#(vt-\d+)"', outline)
    assert anchors
    shown = page.split('<pre class="vb-text">', 1)[1]
    assert all(f'id="{a}"' in shown for a in anchors)
    assert re.search(r'href="#vt-\d+">\s*IV\. TỔ CHỨC THỰC HIỆN', outline), outline[:800]


def test_overlapping_places_cut_the_text_without_nesting():
    """A duty's sentence and a further task inside it: two anchors, the first one ending where
    the second begins; a place without offsets or outside the text gets none."""
    from vanban.web.text_anchors import text_pieces

    text = "1. Chi bộ báo cáo quý; báo cáo năm trước 25/11.\n2. Hết."
    duty, task = (3, 47), (23, 46)
    assert text_pieces(text, [duty, task, (None, None), (50, 99)]) == [
        {"text": "1. ", "anchor": None},
        {"text": "Chi bộ báo cáo quý; ", "anchor": "vt-3"},
        {"text": "báo cáo năm trước 25/11", "anchor": "vt-23"},
        {"text": ".\n2. Hết.", "anchor": None},
    ]
    assert text_pieces("", []) == [{"text": "", "anchor": None}]
