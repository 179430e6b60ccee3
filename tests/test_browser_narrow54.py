"""The archive on a phone (390 px wide), in real headless Chromium (session 54's newcomer).

* The ranked search's stacked layout (≤ 576 px: each cell on a line of its own, its label before it) labelled the
  cells by the SQL's column order while the cells stood in the page's ``page_columns`` order: the trích yếu was
  labelled "issuer", and every label was the raw column name (id, tep, cung_luu). Each cell's label is now the
  Vietnamese label of the column the page shows there — the same words as the wide table's heads.
* The document page's labels kept on one line ("Các tệp khác của văn bản này", on a document kept as several files:
  2623/QĐ-TTg as DOCX, text PDF and scan) took ~60 % of the width; they wrap within a third of it.
"""

from __future__ import annotations

import pytest
from browsing import running_datasette
from conftest import PHONE, ROOT

pytestmark = pytest.mark.browser


def _stacked_labels(page) -> list[str]:
    """The labels the narrow layout writes before each cell of the first row (its ::before content)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('table.rows-and-columns tbody tr:first-child td'))
        .map(td => getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''))""")


@pytest.mark.parametrize("url, expected", [
    ("/archive/tim_kiem?q=dan+van+kheo", {"col-title": "Trích yếu", "col-issuer": "Cơ quan ban hành",
                                          "col-number": "Số ký hiệu", "col-tep": "Tệp", "col-id": "Mã"}),
    ("/archive/han_sap_toi?tu_ngay=2025-01-01&den_ngay=2027-12-31", {"col-don_vi": "Đơn vị", "col-viec": "Việc",
                                                                     "col-id": "Mã"}),
])
def test_stacked_labels_follow_the_shown_columns(samples_site, open_vi, url, expected):
    base, _ = samples_site
    page = open_vi(base + url, PHONE, shot=f"browser-narrow-{url.split('?')[0].rsplit('/', 1)[-1]}")
    heads = [h.strip() for h in page.locator("table.rows-and-columns thead th").all_text_contents()]
    labels = _stacked_labels(page)
    assert labels and labels == heads, (labels, heads)
    classes = page.evaluate("""() => Array.from(document.querySelectorAll('table.rows-and-columns tbody tr:first-child td'))
        .map(td => td.className)""")
    by_class = dict(zip(classes, labels))
    for cls, label in expected.items():
        assert by_class.get(cls) == label, (cls, by_class)
    # every cell inside the phone's width (the excerpt kept its wide-table min-width and ran off-screen)
    rights = page.evaluate("() => Array.from(document.querySelectorAll('table.rows-and-columns td')).map(td => td.getBoundingClientRect().right)")
    assert max(rights) <= PHONE["width"], rights


@pytest.fixture(scope="module")
def two_forms(tmp_path_factory):
    """2623/QĐ-TTg (tests/fixtures/realdocs) kept as two files: its page has the row "Các tệp khác của văn bản này"."""
    from vanban.archive import Archive
    from vanban.conveyor import process_file

    folder = tmp_path_factory.mktemp("forms")
    text = (ROOT / "tests/fixtures/realdocs/2623-QD-TTg.md").read_text(encoding="utf-8")
    first, second = folder / "2623-QD-TTg.md", folder / "2623-QD-TTg ban sao.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text + "\n", encoding="utf-8")
    path = folder / "archive.db"
    with Archive(path) as a:
        doc_id = a.store(process_file(first, jobs=1))
        a.store(process_file(second, jobs=1))
    with running_datasette(path) as base:
        yield base, doc_id


def test_document_page_labels_leave_the_values_the_width(two_forms, open_vi):
    base, doc_id = two_forms
    page = open_vi(f"{base}/archive/documents/{doc_id}", PHONE, shot="browser-narrow-document")
    assert "Các tệp khác của văn bản này" in page.locator("table.vb-meta").inner_text()
    widths = page.evaluate("() => Array.from(document.querySelectorAll('table.vb-meta th')).map(th => th.getBoundingClientRect().width)")
    assert widths and max(widths) <= 0.4 * PHONE["width"], widths
