"""Publish archive.db with Datasette: read-only, Vietnamese metadata, our plugins.

Why a function and not a shell script: ``vanban serve``, the browser test
and the benchmark must start *the same* Datasette (immutable file, the
metadata, the plugin that folds đ in searches, the templates), so the
command line is built in one place.

The configuration lives in ``datasette_config/`` at the repository root
(next to ``vanban/``). An installed, non-editable vanban finds it through the
``VANBAN_DATASETTE_CONFIG`` environment variable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vanban.models import DependencyError, InputError

DATABASE_NAME = "archive"  # metadata.yml, templates and canned queries use this name

SETTINGS: dict[str, str] = {
    "default_page_size": "50",
    "max_returned_rows": "1000",
    "sql_time_limit_ms": "5000",
    "facet_time_limit_ms": "1000",
    "suggest_facets": "off",
    "truncate_cells_html": "300",
    "allow_download": "off",
    "default_cache_ttl": "0",
}


def config_dir() -> Path:
    """The ``datasette_config`` folder: $VANBAN_DATASETTE_CONFIG or the repo's."""
    env = os.environ.get("VANBAN_DATASETTE_CONFIG")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "datasette_config")
    for c in candidates:
        if (c / "metadata.yml").is_file():
            return c
    raise DependencyError(
        "datasette_config/ not found: set VANBAN_DATASETTE_CONFIG to the folder "
        "holding metadata.yml (or install vanban editable: pip install -e .)"
    )


def served_path(db: str | os.PathLike[str]) -> Path:
    """A path to ``db`` whose file name is ``archive.db``.

    Datasette names a database after its file; metadata, templates and canned
    queries are written for ``archive``. Another name gets a symlink in a
    private temporary folder.
    """
    path = Path(db).resolve()
    if not path.is_file():
        raise InputError(f"archive not found: {db}")
    if path.stem == DATABASE_NAME:
        return path
    tmp = Path(tempfile.mkdtemp(prefix="vanban-serve-"))
    link = tmp / f"{DATABASE_NAME}.db"
    try:
        link.symlink_to(path)
    except OSError:
        shutil.copyfile(path, link)
    return link


def datasette_command(
    db: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8001
) -> list[str]:
    """The argv that serves ``db`` read-only with vanban's Datasette setup."""
    cfg = config_dir()
    exe = shutil.which("datasette", path=os.path.dirname(sys.executable)) or shutil.which("datasette")
    argv = [exe] if exe else [sys.executable, "-m", "datasette"]
    argv += [
        "serve",
        "-i",
        str(served_path(db)),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(cfg / "metadata.yml"),
        "--plugins-dir",
        str(cfg / "plugins"),
        "--template-dir",
        str(cfg / "templates"),
    ]
    if (cfg / "static").is_dir():
        argv += ["--static", f"static:{cfg / 'static'}"]
    for key, value in SETTINGS.items():
        argv += ["--setting", key, value]
    return argv


def serve(db: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette in the foreground until interrupted; returns its exit code."""
    argv = datasette_command(db, host, port)
    try:
        return subprocess.call(argv)
    except KeyboardInterrupt:
        return 0


def datasette_app(db: str | os.PathLike[str]):
    """An in-process ``Datasette`` instance with the same setup (tests, bench)."""
    import yaml
    from datasette.app import Datasette

    cfg = config_dir()
    metadata = yaml.safe_load((cfg / "metadata.yml").read_text(encoding="utf-8"))
    settings = {k: _setting_value(v) for k, v in SETTINGS.items()}
    return Datasette(
        [],
        immutables=[str(served_path(db))],
        metadata=metadata,
        plugins_dir=str(cfg / "plugins"),
        template_dir=str(cfg / "templates"),
        settings=settings,
    )


def _setting_value(v: str):
    if v in ("on", "off"):
        return v == "on"
    try:
        return int(v)
    except ValueError:
        return v
