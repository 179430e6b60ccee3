"""The README states what the code does: its schema table and its command lines.

Both drift silently otherwise (a newcomer found a README that named columns
and options that no longer existed). The schema comes from a real archive
created by :class:`vanban.archive.Archive`; the commands from the click
definitions of ``vanban``.
"""

from __future__ import annotations

import re
import shlex
import sqlite3
from pathlib import Path

import click

from vanban.archive import Archive
from vanban.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The README shows one example per command; the longer material it links to (docs/CLI.md, docs/SEARCH.md…,
# moved there in session 46) shows the rest, and drifts as easily.
DOCS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}


def readme_schema() -> dict[str, list[str]]:
    """``table -> columns`` of the README's schema table."""
    section = README.split("## Schema", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", section, re.M)
    schema: dict[str, list[str]] = {}
    for table, cols in rows:  # a wide table's columns may run on over two rows ("… its search keys")
        schema.setdefault(table, []).extend(re.findall(r"`(\w+)`", cols))
    return schema


def test_schema_table_lists_every_table_and_column(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db):
        pass
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts_%'")]
        actual = {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}
    assert readme_schema() == actual


def readme_command_lines(text: str = README) -> list[list[str]]:
    """Every ``vanban …`` line of the shell blocks of ``text`` (the README), as argument lists."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.split("|")[-1].strip()  # echo … | vanban restore
            if line.startswith("vanban "):
                lines.append(shlex.split(line, comments=True)[1:])
    return lines


def test_the_readme_shows_every_command_once():
    """One example per command (the newcomer's README); the rest are in docs/CLI.md."""
    shown = [args[0] if args[0] not in ("lm", "account") else " ".join(args[:2]) for args in readme_command_lines()]
    assert len(shown) == len(set(shown))
    assert {name.split()[0] for name in shown} == set(cli.commands)


def test_every_command_and_option_in_the_readme_and_docs_exists():
    lines = readme_command_lines() + [args for text in DOCS.values() for args in readme_command_lines(text)]
    assert len(lines) >= 20
    for args in lines:
        command: click.Command = cli
        rest = list(args)
        while isinstance(command, click.Group):
            name = rest.pop(0)
            assert name in command.commands, f"vanban {' '.join(args)}: no command {name!r}"
            command = command.commands[name]
        known = {opt for p in command.params for opt in p.opts + p.secondary_opts}
        for token in rest:
            if token == "--":
                break
            if token.startswith("-") and len(token) > 1:
                assert token.split("=")[0] in known, f"vanban {' '.join(args)}: no option {token}"
