"""ux56: an upload's file name is kept and shown as the clerk typed it, brackets and all.

"… (phụ lục).docx" was stored as "… _phụ lục_.docx" (the brackets replaced by underscores, which a Markdown reader
then takes for emphasis) and so named on the document page, the documents table and the ranked search. Datasette's
test client against a real archive and Intake, as tests/test_upload_forms.py; the Word file is built with
python-docx from the head of a real document (tests/fixtures/ux56/5333-CT-CS.md).
"""

from __future__ import annotations

import asyncio
import io
import re
import sqlite3
from pathlib import Path

import docx
import pytest

from vanban.archive import Archive
from vanban.intake import Intake
from vanban.web.accounts import add_account
from vanban.web.server import datasette_app
from vanban.web.upload import safe_name

B = "----vanban-names"
NAME = "Công văn 5333 (phụ lục) & bản ký [2025].docx"
FIX = Path(__file__).parent / "fixtures" / "ux56" / "5333-CT-CS.md"


def _word_file() -> bytes:
    d = docx.Document()
    for line in FIX.read_text(encoding="utf-8").splitlines()[:60]:
        d.add_paragraph(line.replace("*", "").lstrip("#").strip())
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory):
    """The site after one upload of :data:`NAME`: (datasette, db, the stored document's id)."""
    db = tmp_path_factory.mktemp("names") / "archive.db"
    Archive(db).close()
    add_account(db, "van-thu", "mật khẩu đủ dài 2026")
    intake = Intake(db, jobs=1)
    ds = datasette_app(db, intake=intake)
    head = (f"--{B}\r\nContent-Disposition: form-data; name=\"csrftoken\"\r\n\r\nTOKEN\r\n"
            f"--{B}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{NAME}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n").encode()
    body = head + _word_file() + f"\r\n--{B}--\r\n".encode()

    async def go():
        cookies = {"ds_actor": ds.sign({"a": {"id": "van-thu"}}, "actor")}
        form = await ds.client.get("/-/vanban/upload", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken")
        r = await ds.client.post("/-/vanban/upload", content=body.replace(b"TOKEN", token.encode()),
                                 headers={"content-type": f"multipart/form-data; boundary={B}"}, cookies=cookies)
        job = r.headers["location"]
        for _ in range(1800):
            state = (await ds.client.get(job + ".json", cookies=cookies)).json()
            if state["state"] in ("failed", "done"):
                return state
            await asyncio.sleep(0.1)
        return state

    try:
        state = asyncio.run(go())
        assert state["state"] == "done", state
        with sqlite3.connect(db) as conn:
            doc_id = conn.execute("select id from documents").fetchone()[0]
        yield ds, db, doc_id
    finally:
        intake.close(timeout=60)


def _get(ds, path: str) -> str:
    async def go():
        return (await ds.client.get(path)).text
    return asyncio.run(go())


def test_safe_name_keeps_brackets_and_drops_folders_and_control_characters():
    assert safe_name("Kế hoạch (phụ lục).docx") == "Kế hoạch (phụ lục).docx"
    assert safe_name("C:\\Users\\vt\\KH 12, 13 & 14 [bản ký].pdf") == "KH 12, 13 & 14 [bản ký].pdf"
    assert safe_name("a\x00b?.txt") == "a_b_.txt"
    assert safe_name("..an.txt") == "an.txt"


def test_the_stored_file_keeps_its_name(uploaded):
    _, db, _ = uploaded
    with sqlite3.connect(db) as conn:
        path = conn.execute("select path from documents").fetchone()[0]
    assert path.endswith("-" + NAME)
    assert Path(path).exists()


def test_the_document_page_names_the_file_verbatim(uploaded):
    ds, _, doc_id = uploaded
    page = _get(ds, f"/archive/documents/{doc_id}")
    assert "Công văn 5333 (phụ lục) &amp; bản ký [2025].docx" in page
    assert "_phụ lục_" not in page and "<em>phụ lục</em>" not in page


def test_the_documents_table_and_its_json_name_the_file_verbatim(uploaded):
    ds, _, _ = uploaded
    assert "Công văn 5333 (phụ lục) &amp; bản ký [2025].docx" in _get(ds, "/archive/documents")

    async def go():
        return (await ds.client.get("/archive/documents.json?_shape=array")).json()
    assert [r["path"] for r in asyncio.run(go())] == [NAME]


def test_the_ranked_search_names_the_file_verbatim(uploaded):
    ds, _, _ = uploaded
    page = _get(ds, "/archive/tim_kiem?q=thue+gia+tri+gia+tang")
    assert "(phụ lục)" in page and "_phụ lục_" not in page
