"""Accounts that may upload: names and password hashes beside the archive.

Why a file of our own: datasette-auth-passwords checks passwords against
hashes in its plugin configuration; ``vanban serve`` reads this file and hands
the hashes to it (through environment variables, so ``/-/metadata.json``
never shows them). The file ``archive.accounts.json`` (next to
``archive.db``, mode 0600) holds ``{"secret": …, "users": {name: hash}}``;
the secret signs the sign-in cookie, so a restart keeps people signed in.
Hashes are PBKDF2-SHA256 made by the plugin's own ``hash_password``.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path

from vanban.models import InputError

__all__ = ["accounts_path", "load_accounts", "add_account", "VALID_NAME"]

#: Account names: letters, digits, dot, dash, underscore (they become
#: environment variable suffixes and cookie values).
VALID_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def accounts_path(db: str | os.PathLike[str]) -> Path:
    """``archive.accounts.json`` beside ``archive.db``."""
    p = Path(db)
    return p.with_name(p.stem + ".accounts.json")


def load_accounts(db: str | os.PathLike[str]) -> dict:
    """``{"secret": str | None, "users": {name: hash}}`` ({} users when no file)."""
    path = accounts_path(db)
    if not path.is_file():
        return {"secret": None, "users": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not a vanban accounts file ({exc})") from exc
    return {"secret": data.get("secret"), "users": dict(data.get("users") or {})}


def add_account(db: str | os.PathLike[str], name: str, password: str) -> Path:
    """Add (or change the password of) ``name``; returns the accounts file.

    Raises InputError for an invalid name or an empty password. Written
    atomically (``*.part`` + ``os.replace``) with mode 0600.
    """
    from datasette_auth_passwords.utils import hash_password

    if not VALID_NAME.match(name or ""):
        raise InputError(f"invalid account name {name!r}: use letters, digits, . _ -")
    if not password:
        raise InputError("empty password")
    from vanban.archive.schema import check_archive_file

    check_archive_file(db)  # accounts beside another program's database would open uploads into it
    data = load_accounts(db)
    data["secret"] = data["secret"] or secrets.token_hex(32)
    data["users"][name] = hash_password(password)
    path = accounts_path(db)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)
    return path
