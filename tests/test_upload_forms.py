"""Malformed upload forms are 400 Bad Request with one line, never a 500.

Datasette's test client against a real archive and a real Intake: the
request passes Datasette's CSRF layer (asgi-csrf) as a signed-in account's
browser would, or fails it the way a script or a broken proxy does.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3

import pytest
from archive_samples import store_samples

from vanban.intake import Intake
from vanban.web.accounts import add_account
from vanban.web.server import datasette_app

B = "----vanban-test"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("forms") / "archive.db"
    store_samples(db)
    add_account(db, "van-thu", "mật khẩu đủ dài 2026")
    intake = Intake(db, jobs=1)
    try:
        yield datasette_app(db, intake=intake), db
    finally:
        intake.close(timeout=60)


def post(ds, body: bytes, content_type: str | None, with_token: bool = True):
    """POST ``body`` to the upload page as a signed-in account; returns (status, text)."""

    async def go():
        cookies = {"ds_actor": ds.sign({"a": {"id": "van-thu"}}, "actor")}
        form = await ds.client.get("/-/vanban/upload", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken")
        data = body.replace(b"TOKEN", token.encode()) if with_token else body
        headers = {"content-type": content_type} if content_type else {}
        r = await ds.client.post("/-/vanban/upload", content=data, headers=headers, cookies=cookies)
        return r.status_code, r.text

    return asyncio.run(go())


def part(name: str, value: str, filename: str | None = None) -> str:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
    return f"--{B}\r\nContent-Disposition: {disposition}\r\n\r\n{value}\r\n"


@pytest.mark.parametrize("body, content_type", [
    (b"not a multipart body at all", f"multipart/form-data; boundary={B}"),
    (b"not a multipart body at all", "multipart/form-data"),
    (part("file", "KẾ HOẠCH", "a.txt").encode() + f"--{B}--\r\n".encode(), "multipart/form-data"),
], ids=["garbage-body", "no-boundary", "no-boundary-valid-body"])
def test_a_malformed_multipart_body_is_a_400_before_the_csrf_check(site, body, content_type):
    status, text = post(site[0], body, content_type)
    assert status == 400 and "malformed form body" in text


@pytest.mark.parametrize("path", ["/-/vanban/upload", "/-/login"])
def test_a_urlencoded_body_that_is_not_utf8_is_a_400(site, path):
    async def go():
        cookies = {"ds_actor": site[0].sign({"a": {"id": "van-thu"}}, "actor")}
        r = await site[0].client.post(path, content=b"csrftoken=abc&x=\xff\xfe",
                                      headers={"content-type": "application/x-www-form-urlencoded"},
                                      cookies=cookies)
        return r.status_code, r.text

    status, text = asyncio.run(go())
    assert status == 400 and "malformed form body" in text


@pytest.mark.parametrize("path, ctype", [
    ("/-/login", "application/x-www-form-urlencoded"),
    ("/-/login", None),
    ("/-/login", "text/plain"),
    ("/archive/tim_kiem", "application/x-www-form-urlencoded"),
])
def test_a_body_that_is_not_utf8_without_the_csrf_cookie_is_a_400(site, path, ctype):
    """Without the CSRF cookie Datasette skips its own form parsing: the body reached the view and
    its UnicodeDecodeError was a 500 (a newcomer's third run, curl without cookies)."""
    async def go():
        headers = {"content-type": ctype} if ctype else {}
        r = await site[0].client.post(path, content=b"username=\xff\xfe", headers=headers)
        return r.status_code, r.text

    status, text = asyncio.run(go())
    assert status in (400, 403, 405) and status != 500, (status, text[:200])
    if status == 400:
        assert "malformed form body" in text or "<html" in text.lower()


def test_a_body_broken_after_a_valid_token_is_refused_on_the_upload_page(site):
    ds, db = site
    body = part("csrftoken", "TOKEN").encode() + f"--{B}\r\nbroken".encode() + b"\xff" * 40
    status, text = post(ds, body, f"multipart/form-data; boundary={B}")
    assert status == 400 and "nội dung biểu mẫu không đúng dạng multipart/form-data" in text
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from ingest_errors where error like '%not valid multipart%'"
                            ).fetchone()[0] == 1


def test_a_file_before_the_token_is_still_refused_by_the_csrf_check(site):
    body = (part("file", "KẾ HOẠCH", "a.txt") + part("csrftoken", "TOKEN") + f"--{B}--\r\n").encode()
    status, text = post(site[0], body, f"multipart/form-data; boundary={B}")
    assert status == 403 and "csrftoken" in text


def test_a_well_formed_upload_still_goes_through(site):
    body = (part("csrftoken", "TOKEN") + part("file", "KẾ HOẠCH\nThực hiện tốt", "ke-hoach.txt")
            + f"--{B}--\r\n").encode()
    status, _ = post(site[0], body, f"multipart/form-data; boundary={B}")
    assert status == 302


def refused(ds, name: str, content: bytes):
    """Upload ``content`` as ``name`` (signed in, token first); (the job's error, its page)."""
    body = (part("csrftoken", "TOKEN") + part("file", "@@", name) + f"--{B}--\r\n").encode().replace(b"@@", content)

    async def go():
        cookies = {"ds_actor": ds.sign({"a": {"id": "van-thu"}}, "actor")}
        form = await ds.client.get("/-/vanban/upload", cookies=cookies)
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
        cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken")
        r = await ds.client.post("/-/vanban/upload", content=body.replace(b"TOKEN", token.encode()),
                                 headers={"content-type": f"multipart/form-data; boundary={B}"}, cookies=cookies)
        if r.status_code == 400:
            return r.text, r.text
        job = r.headers["location"]
        for _ in range(600):
            state = (await ds.client.get(job + ".json", cookies=cookies)).json()
            if state["state"] in ("failed", "done"):
                break
            await asyncio.sleep(0.1)
        page = (await ds.client.get(job, cookies=cookies)).text
        return state["error"], page

    return asyncio.run(go())


def test_a_refused_file_is_explained_in_vietnamese(site):
    """A newcomer saw "unsupported file type '.exe'" in English on the Vietnamese page: the
    progress page and its JSON say it in Vietnamese; ingest_errors keeps the English reason."""
    ds, db = site
    error, page = refused(ds, "setup.exe", "MZ not a plan".encode())
    assert "loại tệp '.exe' không được hỗ trợ" in error
    assert "không được hỗ trợ" in page and "unsupported" not in page
    # the tab says what the body says (the session-18 newcomer's garbled.pdf: titled "Đang xử lý …", "Không lưu được")
    assert re.search(r"<title>\s*Không lưu được setup\.exe", page) and "Đang xử lý setup.exe" not in page
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from ingest_errors where error like 'unsupported file type%'"
                            ).fetchone()[0] >= 1


@pytest.mark.parametrize("english, vietnamese", [
    ("tờ trình.txt: empty file", "tờ trình.txt: tệp rỗng"),
    ("not Vietnamese text (only 12% of the words are Vietnamese syllables)",
     "không phải văn bản tiếng Việt (chỉ 12% số từ là âm tiết tiếng Việt)"),
    ("content is a PDF, not a Word DOCX document as the .docx suffix says",
     "nội dung là tệp PDF, không phải văn bản Word (DOCX) như đuôi .docx cho biết"),
    ("something new", "không đọc được tệp (something new)"),
])
def test_refusals_in_vietnamese(english, vietnamese):
    from vanban.web.refusals import in_vietnamese

    assert in_vietnamese(english) == vietnamese


@pytest.mark.parametrize("parts, with_token", [
    ([("file", "", "trong.txt"), ("csrftoken", "TOKEN", None)], True),
    ([("file", "", "trong.txt")], True),
    ([("file", "", "trong.txt"), ("ghi_chu", "bản nháp", None)], False),
], ids=["empty-file-then-token", "empty-file-no-token", "empty-file-cookie-only"])
def test_an_empty_file_before_the_token_is_refused_like_any_file_before_it(site, parts, with_token):
    """An empty file part ahead of the token crashed asgi-csrf (no ``finalize``: a 500); it is
    the same 403 "csrftoken first" a file with content gets."""
    body = ("".join(part(*p) for p in parts) + f"--{B}--\r\n").encode()
    status, text = post(site[0], body, f"multipart/form-data; boundary={B}", with_token=with_token)
    assert status == 403 and "csrftoken is first" in text


def test_an_empty_file_after_the_token_reaches_the_upload_page(site):
    body = (part("csrftoken", "TOKEN") + part("file", "", "trong.txt") + f"--{B}--\r\n").encode()
    status, text = post(site[0], body, f"multipart/form-data; boundary={B}")
    assert status in (302, 400) and "Traceback" not in text
    if status == 400:
        assert "csrftoken is first" not in text


def test_a_zip_named_docx_is_explained_in_vietnamese(site):
    """A ZIP that is no Word package, named .docx: the page said "không đọc được tệp (not a DOCX
    document (ZIP archive without word/document.xml))", English inside the Vietnamese."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("ghi-chu.txt", "không phải tệp Word")
    error, page = refused(site[0], "bien-ban.docx", buf.getvalue())
    assert "không phải văn bản Word (DOCX)" in error and "not a DOCX" not in error
    assert "không phải văn bản Word (DOCX)" in page and "ZIP archive without" not in page


def _rows(db, name: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return [(p, e) for p, e in conn.execute("select path, error from ingest_errors") if p.endswith(name)]


@pytest.mark.parametrize("name, reason, shown", [
    ("công văn trống.txt", "empty file", "tệp rỗng"),
    ("bien-ban.pdf", "empty file", "tệp rỗng"),
    ("cai-dat.exe", "unsupported file type '.exe'", "loại tệp '.exe' không được hỗ trợ"),
], ids=["txt", "pdf", "exe"])
def test_an_empty_file_is_refused_on_the_page_and_on_the_command_line_alike(site, tmp_path, name, reason, shown):
    """A 0-byte file gets one line naming it and the cause, and a row in ``ingest_errors``, by
    the upload form as by ``vanban ingest`` — with the same cause (one check, one writer of the
    row: an empty .exe is refused for its type both ways)."""
    import html

    from cli_helpers import run_cli

    ds, db = site
    body = (part("csrftoken", "TOKEN") + part("file", "", name) + f"--{B}--\r\n").encode()
    status, text = post(ds, body, f"multipart/form-data; boundary={B}")
    assert status == 400 and f"{name}: {shown}" in html.unescape(text)
    rows = _rows(db, "-" + name)
    assert [e for _, e in rows] == [reason]
    assert not (db.parent / "archive.uploads" / rows[0][0].rpartition("/")[2]).exists()  # nothing kept
    with sqlite3.connect(db) as conn:  # the content's key on the row, as the command line writes it (fixrev42)
        shas = [h for p, h in conn.execute("select path, sha256 from ingest_errors") if p.endswith("-" + name)]
    assert shas == [hashlib.sha256(b"").hexdigest()]

    empty = tmp_path / name
    empty.write_bytes(b"")
    cli_db = tmp_path / "cli.db"
    done = run_cli("ingest", str(empty), "--db", str(cli_db), "--jobs", "1")
    assert done.returncode == 1 and f"{name}: {reason}" in done.stderr
    assert _rows(cli_db, "/" + name) == [(str(empty), reason)]


def test_a_form_without_a_file_is_refused_with_a_row(site):
    """No file part at all, or a file part with an empty file name (the browser's "no file
    chosen"): one line and an ``ingest_errors`` row, as for any refused upload."""
    ds, db = site
    for body in (part("csrftoken", "TOKEN"), part("csrftoken", "TOKEN") + part("file", "", "")):
        with sqlite3.connect(db) as conn:
            conn.execute("delete from ingest_errors where error = 'no file chosen'")
        status, text = post(ds, (body + f"--{B}--\r\n").encode(), f"multipart/form-data; boundary={B}")
        assert status == 400 and "chưa chọn tệp" in text
        assert [e for _, e in _rows(db, "/?")] == ["no file chosen"]
