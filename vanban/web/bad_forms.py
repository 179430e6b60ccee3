"""A malformed form body is a 400 Bad Request, not a 500.

Datasette checks the CSRF token of every POST (``asgi-csrf``) before any view
runs, and for ``multipart/form-data`` it parses the body itself. That parser
raises on a body that is not multipart at all (``python_multipart``'s
``MultipartParseError``), on a Content-Type without its ``boundary=``
(``IndexError`` inside asgi-csrf 0.11) and on a urlencoded body that is not
UTF-8 (``UnicodeDecodeError``, on the login page too), and the server answers
500 with a traceback in its log. A browser never sends such a body; a script or a broken
proxy does, and the answer it needs is "your request is malformed".

:func:`reject_malformed_forms` wraps the whole ASGI app (Datasette's
``asgi_wrapper`` hook, outside asgi-csrf): a POST whose Content-Type says
multipart without a boundary is refused before it is read; a parse error
raised while the body is read becomes a plain-text 400, unless the response
has already begun (then there is nothing left to say).

A file part before the ``csrftoken`` field is refused by asgi-csrf (403, "make
sure csrftoken is first": it reads the body only up to the token, by design,
simonw/asgi-csrf#1), but only once the file has a byte: an *empty* file part
ends without a write and asgi-csrf's stand-in file class, which has no
``finalize``, raised ``AttributeError`` (a 500). That case gets the same 403 and
message as the non-empty file, so the answer does not depend on the file's size.
"""

from __future__ import annotations

import asgi_csrf
from python_multipart.exceptions import ParseError

#: Shown to the client, one line: what is wrong and what a form must be.
MALFORMED = b"malformed form body: send a form as multipart/form-data with its boundary, or urlencoded UTF-8"


async def _refuse(send) -> None:
    await send({"type": "http.response.start", "status": 400,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": MALFORMED + b"\n"})


def _multipart_without_boundary(scope) -> bool:
    for key, value in scope.get("headers") or ():
        if key == b"content-type":
            kind, _, params = value.partition(b";")
            return kind.strip().lower() == b"multipart/form-data" and b"boundary=" not in params
    return False


def _file_before_token(exc: BaseException) -> bool:
    """``exc`` is asgi-csrf's stand-in file (met before the token) lacking a method of a real file."""
    obj = getattr(exc, "obj", None)
    return isinstance(exc, AttributeError) and type(obj).__module__ == asgi_csrf.__name__ \
        and type(obj).__name__ == "ErrorOnWrite"


def reject_malformed_forms(app):
    """The ASGI app ``app`` answering 400 instead of 500 to a malformed POST form."""

    async def wrapped(scope, receive, send):
        if scope.get("type") != "http" or scope.get("method") != "POST":
            return await app(scope, receive, send)
        if not scope.get("path", "").startswith("/-/"):
            # the archive's pages and canned queries are read-only: Datasette 0.65 answers a POST to
            # one with a 500 ("'tuple' object has no attribute 'asgi_send'")
            await send({"type": "http.response.start", "status": 405,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD")]})
            await send({"type": "http.response.body", "body": b"method not allowed: the archive's pages are read-only\n"})
            return
        if _multipart_without_boundary(scope):
            return await _refuse(send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message.get("type") == "http.response.start":
                started = True
            await send(message)

        try:
            await app(scope, receive, tracking_send)
        except (ParseError, UnicodeDecodeError):
            if started:
                raise
            await _refuse(send)
        except AttributeError as exc:
            if started or not _file_before_token(exc):
                raise
            await asgi_csrf.default_send_csrf_failed(scope, send, asgi_csrf.Errors.FILE_BEFORE_TOKEN)

    return wrapped
