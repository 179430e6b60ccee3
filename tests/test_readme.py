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

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def readme_schema() -> dict[str, list[str]]:
    """``table -> columns`` of the README's schema table."""
    section = README.split("## Schema", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", section, re.M)
    return {table: re.findall(r"`(\w+)`", cols) for table, cols in rows}


def test_schema_table_lists_every_table_and_column(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db):
        pass
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts_%'")]
        actual = {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}
    assert readme_schema() == actual


def readme_command_lines() -> list[list[str]]:
    """Every ``vanban …`` line of the README's shell blocks, as argument lists."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            line = line.split("|")[-1].strip()  # echo … | vanban restore
            if line.startswith("vanban "):
                lines.append(shlex.split(line, comments=True)[1:])
    return lines


def test_every_command_and_option_in_the_readme_exists():
    lines = readme_command_lines()
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
