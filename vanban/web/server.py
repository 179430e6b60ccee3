"""Publish archive.db with Datasette, in this process: ``vanban serve``.

Why in-process (uvicorn running Datasette's ASGI app) and not a
``datasette`` child: Ctrl-C or SIGTERM then stops the one process that
holds the port (a child left behind kept it), and the upload page's writer
(:class:`vanban.intake.Intake`) lives beside the site that shows its
progress. ``vanban serve``, the tests and the benchmark all build the site
with :func:`datasette_app`, so they serve *the same* Datasette.

What is served:

* the archive as database ``archive`` (whatever its file name: no symlink,
  no temporary folder), *mutable*: Datasette browses through read-only
  (``mode=ro``) connections and sees documents stored by the writer at once;
* vanban's plugin (:mod:`vanban.web.plugin`, also registered through the
  ``datasette`` entry point), metadata and templates shipped inside the
  package, so a plain ``pip install .`` serves the same site;
* arbitrary SQL off unless ``allow_sql`` (``--allow-sql``): the canned
  queries stay available;
* sign-in through datasette-auth-passwords, with the accounts of
  ``archive.accounts.json`` (:mod:`vanban.web.accounts`).
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path

from vanban.archive.search import WAL_WARNING, read_only, unread_wal
from vanban.models import InputError, Limits

from .accounts import accounts_path, load_accounts

DATABASE_NAME = "archive"  # metadata.yml, templates and canned queries use this name
PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
METADATA_FILE = PACKAGE_DIR / "metadata.yml"

SETTINGS: dict[str, object] = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "suggest_facets": False,
    "truncate_cells_html": 300,
    "allow_download": False,
    "default_cache_ttl": 0,
    "default_allow_sql": False,
}


@dataclass
class Site:
    """What the plugin's pages need beyond Datasette: the archive and its writer."""

    db_path: Path
    uploads_dir: Path
    intake: object | None = None  # vanban.intake.Intake; None = uploads closed
    limits: Limits = Limits()


def uploads_dir(db: str | os.PathLike[str]) -> Path:
    """Where uploaded files are kept: ``archive.uploads/`` beside ``archive.db``."""
    p = Path(db).resolve()
    return p.with_name(p.stem + ".uploads")


def load_metadata() -> dict:
    import yaml

    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))


def ensure_plugin() -> None:
    """Register vanban's plugin unless the ``datasette`` entry point already did
    (a source checkout whose install predates the entry point)."""
    from datasette.plugins import pm

    from . import plugin

    if not pm.is_registered(plugin) and pm.get_plugin("vanban") is None:
        pm.register(plugin, name="vanban")


def _auth_config(db: Path) -> tuple[dict, str | None]:
    """datasette-auth-passwords' configuration: hashes via ``$env`` references."""
    accounts = load_accounts(db)
    config: dict = {}
    for i, (name, hashed) in enumerate(sorted(accounts["users"].items())):
        var = f"VANBAN_PASSWORD_HASH_{i}"
        os.environ[var] = hashed
        config[f"{name}_password_hash"] = {"$env": var}
    return config, accounts["secret"]


class _NoDask:
    """An import finder that answers "no such module" for ``dask``: see :func:`import_datasette`."""

    def find_spec(self, name, path=None, target=None):
        if name == "dask" or name.startswith("dask."):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden from Datasette's units)", name=name)
        return None


def import_datasette() -> None:
    """Import Datasette with ``dask`` hidden from it, unless something imported dask already.

    Why (found by a newcomer: ``make demo``'s server took over 20 s to open its port): Datasette's
    vendored ``pint`` (its column units) probes for optional array libraries at import and, dask being
    installed for ``--executor dask``, imported ``dask.array`` and numpy's machinery — seconds of
    imports for arrays Datasette never hands it. Hidden during that one import, pint reads dask as
    absent; vanban's own ``import dask`` later (the Dask executor) is untouched."""
    import sys

    if "datasette.vendored.pint" in sys.modules or "dask" in sys.modules:
        return
    finder = _NoDask()
    sys.meta_path.insert(0, finder)
    try:
        import datasette.vendored.pint  # noqa: F401
    finally:
        sys.meta_path.remove(finder)


def datasette_app(db: str | os.PathLike[str], *, allow_sql: bool = False, intake=None,
                  limits: Limits = Limits()):
    """A ``Datasette`` serving ``db`` as vanban does (tests, bench, ``serve``).

    Raises InputError when ``db`` does not exist. ``intake`` (an
    :class:`~vanban.intake.Intake` writing into ``db``) opens the upload page.
    """
    import_datasette()
    from datasette.app import Datasette
    from datasette.database import Database

    path = Path(db).resolve()
    if not path.is_file():
        raise InputError(f"archive not found: {db}")
    ensure_plugin()
    metadata = load_metadata()
    auth, secret = _auth_config(path)
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = auth
    settings = dict(SETTINGS, default_allow_sql=allow_sql)
    ds = Datasette(
        [],
        metadata=metadata,
        template_dir=str(TEMPLATES_DIR),
        static_mounts=[("vanban-static", str(STATIC_DIR))] if STATIC_DIR.is_dir() else None,
        settings=settings,
        secret=secret,
    )
    ds.add_database(Database(ds, path=str(path), is_mutable=not read_only(path)), name=DATABASE_NAME)
    # Datasette started without files adds an empty in-memory "_memory" database, which the
    # home page then lists beside the archive: the site serves the archive only
    ds.remove_database("_memory")
    ds.vanban_site = Site(db_path=path, uploads_dir=uploads_dir(path), intake=intake, limits=limits)
    return ds


def banner(db: Path, host: str, port: int, allow_sql: bool, watch: Path | None) -> str:
    """What ``vanban serve`` prints: where the site is and how to get an account."""
    base = f"http://{host}:{port}"
    users = load_accounts(db)["users"]
    lines = [f"vanban: serving {db} at {base}/  (Ctrl-C to stop)"]
    if read_only(db):
        lines.append("  read-only archive: browsing and search only (no upload, no consume folder)")
        if unread_wal(db):
            lines.append("  warning: " + WAL_WARNING.format(db=db))
    elif users:
        lines.append(f"  upload page: {base}/-/vanban/upload  (sign in at {base}/-/login)")
        lines.append(f"  accounts that may upload: {', '.join(sorted(users))} ({accounts_path(db)})")
    else:
        lines.append(f"  upload page: {base}/-/vanban/upload  (sign in at {base}/-/login)")
        lines.append("  no account yet: anyone can browse and search, nobody can upload. Create the first one with")
        lines.append(f"    vanban account add NAME --db {db}")
        lines.append("  then restart vanban serve.")
    lines.append("  arbitrary SQL: " + ("ON (--allow-sql)" if allow_sql else "off (canned queries only; --allow-sql to allow)"))
    if watch:
        lines.append(f"  consume folder: {watch} (files move to done/ or failed/)")
    return "\n".join(lines)


def _exit_quietly(signum, frame):
    raise SystemExit(0)


def _check_port(host: str, port: int) -> None:
    """Raise InputError (one line) when ``host:port`` cannot be bound, before the
    banner says the archive is served there (found by a newcomer: a busy port
    printed the banner, then uvicorn's own error)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot serve on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds it
        try:
            sock.bind(address)
        except OSError as exc:
            raise InputError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None


def _warm_up() -> None:
    """Import what a document page's checklist needs (vanban.export, vanban.extract: seconds of
    grammars) once the port is open, so that the first document opened does not wait for it."""
    try:
        import vanban.export  # noqa: F401
    except Exception:  # noqa: BLE001 — a page that needs it says why; warming up never stops the server
        pass


def announcing_server(app, host: str, port: int, text: str):
    """A uvicorn server for ``app`` that prints ``text`` (the banner with the site's address) once it
    listens, not before: a newcomer opened the printed address while the server was still starting
    and found nothing there."""
    import threading

    import uvicorn

    class Announcing(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit:
                print(text, flush=True)
                threading.Thread(target=_warm_up, name="vanban-warm-up", daemon=True).start()

    return Announcing(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on"))


def serve(db: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8001, *,
          allow_sql: bool = False, watch: str | os.PathLike[str] | None = None,
          limits: Limits = Limits(), jobs: int | None = None) -> int:
    """Serve until Ctrl-C / SIGTERM; returns 0. Stops the consume folder and the
    writer before returning (the file being read is finished or rolled back). The banner
    (:func:`banner`) is printed once the port listens."""
    from vanban.intake import Intake

    path = Path(db).resolve()
    if not path.is_file():
        raise InputError(f"archive not found: {db}")
    _check_port(host, port)
    from vanban.archive import Archive

    fixed = read_only(path)
    if fixed and watch:
        raise InputError("cannot watch a consume folder: the archive is read-only (the file or its folder)")
    if not fixed:
        Archive(path).close()  # an older archive gets the columns the canned queries read
    watcher = None
    intake = None if fixed else Intake(path, limits=limits, jobs=jobs)
    try:
        ds = datasette_app(path, allow_sql=allow_sql, intake=intake, limits=limits)
        if watch:
            from vanban.watch import Inbox

            watcher = Inbox(watch, intake)
            watcher.start()
        server = announcing_server(ds.app(), host, port, banner(path, host, port, allow_sql, Path(watch) if watch else None))
        # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the
        # signal: let that end this function normally so the writer is stopped
        # and the exit status is 0, not death by signal
        signal.signal(signal.SIGTERM, _exit_quietly)
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        if not server.started:  # it could not start (uvicorn said why): as uvicorn.run exits
            raise SystemExit(3)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if watcher is not None:
            watcher.stop()
        if intake is not None:
            intake.close(timeout=30)
    return 0
