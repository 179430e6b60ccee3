"""The upload page: ``/-/vanban/upload`` (form), ``/-/vanban/upload/<job>`` (progress).

Why this shape: staff add a new plan from the browser and land on its page
with the checklist. The form posts the file (multipart, Datasette's CSRF
token first); the file is streamed to ``archive.uploads/`` (refused past the
size limit while still arriving), named by its content hash, and queued on
the site's single writer (:class:`vanban.intake.Intake`), which runs the
ordinary conveyor. The progress page polls ``/-/vanban/upload/<job>.json``
(pages read / total) and then opens the document, or shows the one-line
reason the file was refused (also in ``ingest_errors``).

Only a signed-in account allowed ``vanban-upload`` (see the plugin's
``permission_allowed``) may see the form or post; anonymous visitors browse
and search only.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from datasette.utils.asgi import Response

from vanban.models import InputError
from vanban.web.refusals import in_vietnamese

UPLOAD_PERMISSION = "vanban-upload"
#: what a file name may not hold on disk: control characters, and the characters Windows refuses (a kept upload may
#: be copied to an office's share); every other character — brackets, commas, "&", "+", "#" — is the clerk's name as
#: she typed it, kept (the separators go with the folders: ``os.path.basename``)
_UNSAFE_RE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]+')


def safe_name(name: str) -> str:
    """A file name that is safe on disk: base name, NFC, no separators or control characters, ≤ 100 chars.

    Why it keeps brackets: "Kế hoạch (phụ lục).docx" was stored and shown as "Kế hoạch _phụ lục_.docx" — read as
    Markdown emphasis on the document page and in the search list (session 55's newcomer); the file name the pages
    and exports show is the one uploaded."""
    base = unicodedata.normalize("NFC", os.path.basename(name.replace("\\", "/"))).strip()
    base = _UNSAFE_RE.sub("_", base).lstrip(".") or "tep"
    stem, dot, suffix = base.rpartition(".")
    if dot and len(suffix) <= 8:
        return stem[: 100 - len(suffix)] + "." + suffix
    return base[:100]


async def _allowed(datasette, request) -> bool:
    return bool(await datasette.permission_allowed(request.actor, UPLOAD_PERMISSION, default=False))


async def _page(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    from vanban.ingest.detect import ACCEPTED_KINDS  # here, not at startup: the site opens its port first

    # the kinds ingest accepts, as the page lists them and the file picker filters them (one list: the README's too)
    context = {"kinds": ACCEPTED_KINDS, **context}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def _site(datasette):
    return getattr(datasette, "vanban_site", None)


async def upload(request, datasette):
    """GET: the form. POST: store the file, queue it, redirect to its progress."""
    site = _site(datasette)
    if not await _allowed(datasette, request):
        return await _page(datasette, request, "vanban_upload.html",
                           {"refused": True, "site": site}, status=403)
    if site is None or site.intake is None:
        return await _page(datasette, request, "vanban_upload.html",
                           {"closed": True, "site": site}, status=503)
    if request.method != "POST":
        return await _page(datasette, request, "vanban_upload.html", {"site": site})
    seen: dict = {}
    try:
        path, name = await _receive_file(request, site, seen)
    except InputError as exc:
        message = _record_refusal(site, seen, " ".join(str(exc).split()))
        shown = in_vietnamese(f"{seen['name']}: {message}" if seen.get("name") else message)
        return await _page(datasette, request, "vanban_upload.html",
                           {"site": site, "error": shown}, status=400)
    job = site.intake.submit(path, name=name, then=lambda done: _tidy(done, site.db_path))
    return Response.redirect(datasette.urls.path(f"/-/vanban/upload/{job.id}"))


def _tidy(job, db_path) -> None:
    """After the writer: keep the upload only if the archive points at it (an upload
    of a document already archived is removed, and so is its row in ``copies``)."""
    if job.stored_path != job.path:
        Path(job.path).unlink(missing_ok=True)
        if job.finished_ok:
            from vanban.archive import Archive
            from vanban.snapshot import archived_path

            with Archive(db_path) as archive:
                archive.forget_copy(archived_path(job.path))


def _record_refusal(site, seen: dict, message: str) -> str:
    """A file refused before the conveyor saw it (empty, too large, none chosen): its
    ``ingest_errors`` row all the same, written as ``vanban ingest`` writes a refused
    file's (:func:`vanban.batch.record_refusal`); returns the reason to show.

    The row's path is the one the upload would have been kept under
    (``<sha256[:12]>-<name>``, the shape of every other refused upload's row) when its
    content is known (an empty file), else the name alone (``?`` when none was sent)."""
    from vanban.archive import Archive
    from vanban.batch import record_refusal

    name = seen.get("name") or "?"
    if seen.get("sha256"):
        name = _kept_name(seen["sha256"], name)
    with Archive(site.db_path) as archive:
        return record_refusal(archive, site.uploads_dir / name, message, seen.get("sha256"))  # the content's key, known or not


async def _receive_file(request, site, seen: dict) -> tuple[Path, str]:
    """Stream the posted file into ``site.uploads_dir``; returns (path, original name).
    ``seen["name"]`` is set as soon as the file's name is known.

    Raises InputError when no file was sent or it passes ``limits.max_file_bytes``.
    """
    from python_multipart import FormParser
    from python_multipart.exceptions import ParseError
    from python_multipart.multipart import parse_options_header

    from vanban.ingest import refuse_unread  # here, not at startup: the site opens its port first

    ctype, options = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in options:
        raise InputError("the form must be sent as multipart/form-data")
    site.uploads_dir.mkdir(parents=True, exist_ok=True)
    files: list = []
    parser = FormParser(
        "multipart/form-data", lambda field: None, files.append,
        boundary=options[b"boundary"],
        config={"UPLOAD_DIR": str(site.uploads_dir), "MAX_MEMORY_FILE_SIZE": 1 << 20},
    )
    limit, received = site.limits.max_file_bytes, 0
    try:
        while True:
            message = await request.receive()
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit + 64 * 1024:  # the form's own fields are a few hundred bytes
                raise InputError(f"file larger than the limit ({limit / 2**20:.3g} MB)")
            try:
                parser.write(chunk)
            except ParseError as exc:
                raise InputError(f"the form's body is not valid multipart/form-data ({exc})") from None
            if not message.get("more_body"):
                break
        parser.finalize()
        uploaded = [f for f in files if f.file_name]
        if not uploaded:
            raise InputError("no file chosen")
        f = uploaded[0]
        name = safe_name(f.file_name.decode("utf-8", "replace"))
        seen["name"] = name
        if f.size == 0:  # refused here, by the CLI's own check (an empty .exe: its type, as there)
            seen["sha256"] = hashlib.sha256(b"").hexdigest()
            refuse_unread(name, 0, site.limits)
        return _keep(f, name, site.uploads_dir), name
    finally:
        for f in files:
            f.close()


def _keep(upload_file, name: str, folder: Path) -> Path:
    """Copy the received file to ``folder/<sha256[:12]>-<name>`` (atomically)."""
    src = upload_file.file_object
    src.seek(0)
    part = folder / f".{name}.{os.getpid()}.part"
    digest = hashlib.sha256()
    with open(part, "wb") as out:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    final = folder / _kept_name(digest.hexdigest(), name)
    os.replace(part, final)
    return final


def _kept_name(sha256: str, name: str) -> str:
    """An upload's file name in ``archive.uploads/``: its content's hash, then its own name."""
    return f"{sha256[:12]}-{name}"


async def upload_status(request, datasette):
    """The progress page of one upload (polls the JSON below)."""
    site = _site(datasette)
    job = site.intake.get(request.url_vars["job"]) if site and site.intake else None
    if job is None:
        return Response.html("Không tìm thấy lượt tải lên này.", status=404)
    if not await _allowed(datasette, request):
        return Response.html("Cần đăng nhập.", status=403)
    if job.state == "done" and job.document_id is not None:  # finished before this page: go on
        return Response.redirect(_document_url(datasette, job))
    return await _page(datasette, request, "vanban_upload_status.html",
                       {"job": job, "error": in_vietnamese(job.error)})


def _document_url(datasette, job) -> str:
    return datasette.urls.row("archive", "documents", job.document_id) + "#nhiem-vu"


async def upload_status_json(request, datasette):
    """``{"state", "pages_done", "pages_total", "document_id", "url", "error"}``."""
    site = _site(datasette)
    job = site.intake.get(request.url_vars["job"]) if site and site.intake else None
    if job is None:
        return Response.json({"error": "not found"}, status=404)
    if not await _allowed(datasette, request):
        return Response.json({"error": "forbidden"}, status=403)
    data = {k: v for k, v in job.to_dict().items() if k not in ("path", "stored_path")}
    data["error"] = in_vietnamese(job.error)  # the page is Vietnamese; ingest_errors keeps the English reason
    if job.document_id is not None:
        data["url"] = _document_url(datasette, job)
    return Response.json(data)


def routes():
    return [
        (r"^/-/vanban/upload$", upload),
        (r"^/-/vanban/upload/(?P<job>[0-9]+-[0-9]+)\.json$", upload_status_json),
        (r"^/-/vanban/upload/(?P<job>[0-9]+-[0-9]+)$", upload_status),
    ]
