"""A titled task with its fields below it keeps its title in every checklist (ux55).

2623/QĐ-TTg II.5 writes its first decree as "- Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân" over
"+ Nội dung: quy định chi tiết …", "+ Cơ quan chủ trì: Bộ Công an.", "+ Cơ quan phối hợp: …", "+ Thời hạn ban hành:
trước ngày 01 tháng 01 năm 2026." Since the merge of session 54's branches (ux54's dated rows split by bullet) the row
was cut at its own "+ Nội dung" field: the title row took the date and was struck as a heading, the page and the Word
phiếu showed "Nội dung: quy định chi tiết …", undated. And the phiếu's words dropped a title run into its "Nội dung:"
field as a heading (II.5's second decree, II.6 "Xây dựng Cổng thông tin quốc gia …"). Titles and dates are the
document's own (tests/fixtures/realdocs/2623-QD-TTg.md, read by hand)."""

from __future__ import annotations

import html
import io
import re

import pytest
from conftest import ROOT
from site_client import get

PLAN_2623 = ROOT / "tests/fixtures/realdocs/2623-QD-TTg.md"
FIRST_DECREE = "Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân"
SECOND_DECREE = "Nghị định xử phạt vi phạm hành chính trong lĩnh vực an ninh mạng và bảo vệ dữ liệu cá nhân"
PORTAL = "Xây dựng Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from docx import Document

    from vanban.archive import Archive
    from vanban.conveyor import process_file
    from vanban.web.server import datasette_app

    db = tmp_path_factory.mktemp("titled") / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(process_file(PLAN_2623, jobs=1))
    ds = datasette_app(db)
    page = html.unescape(get(ds, f"/archive/documents/{doc_id}").text)
    word = Document(io.BytesIO(get(ds, f"/-/vanban/checklist/{doc_id}.docx").content))
    rows = [[c.text for c in r.cells] for t in word.tables for r in t.rows]
    return page, rows


def _word_row(rows, tt):
    return next(r for r in rows if r and r[0] == tt)


def test_word_rows_open_with_their_titles(served):
    _, rows = served
    first, second = _word_row(rows, "II.5 (1)"), _word_row(rows, "II.5 (2)")
    assert first[1].startswith(FIRST_DECREE + "; Nội dung:")
    assert second[1].startswith(SECOND_DECREE)
    assert next(r for r in rows if r and r[0].startswith("II.6"))[1].startswith(PORTAL)
    # the first decree keeps its Thời hạn ban hành
    assert any("01 tháng 01 năm 2026" in c or "01/01/2026" in c for c in first[2:])


def test_page_rows_open_with_their_titles(served):
    page, _ = served
    flat = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert FIRST_DECREE + "; Nội dung: quy định chi tiết" in flat
    row = flat[flat.index("II.5 (1)."):][:300]
    assert FIRST_DECREE + "; Nội dung:" in row, row


def test_task_words_keep_a_title_before_its_content_field():
    from vanban.export.checklist_office import task_words

    what = FIRST_DECREE + "; Nội dung: quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân"
    assert task_words(what, FIRST_DECREE).startswith(FIRST_DECREE)
    # a heading run into its task is still left out ("… chuyển đổi số Tổ chức học tập …")
    assert task_words("Về chuyển đổi số Tổ chức học tập nghị quyết", "Về chuyển đổi số") == "Tổ chức học tập nghị quyết"
