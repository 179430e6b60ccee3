"""Every reason ingest gives for refusing a file has its Vietnamese line in ``refusal_words.tsv``.

A newcomer found one that had none (a ZIP named .docx): the upload page showed the English inside
"không đọc được tệp (…)". The reasons are read from the code itself (each ``InputError`` raised
by the modules a file passes through on its way in), their f-string parts filled with a sample
value, so a reason added later without its line fails here rather than on the page.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import vanban
from vanban.web.refusals import in_vietnamese

_PKG = Path(vanban.__file__).parent
#: the modules a file passes through from the upload form to the archive
_ON_THE_WAY_IN = ("ingest", "ocr", "images.py", "conveyor.py", "batch.py", "snapshot.py")
#: the archive's own failures (not the file's): the page shows them as they are
_NOT_THE_FILES = ("cannot write the adaptation layer",)


def _sample(node: ast.expr) -> str | None:
    """The message with each ``{…}`` filled: "12%" for a percentage, a conditional's plain branch,
    nothing for a bare name closing the message (an optional detail, "…{unreadable}"), else "1"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    out = []
    for i, value in enumerate(node.values):
        if isinstance(value, ast.Constant):
            out.append(value.value)
        elif value.format_spec is not None and "%" in ast.unparse(value.format_spec):
            out.append("12%")
        elif isinstance(value.value, ast.IfExp) and isinstance(value.value.orelse, ast.Constant):
            out.append(str(value.value.orelse.value))
        elif i == len(node.values) - 1 and isinstance(value.value, ast.Name) and value.format_spec is None:
            out.append("")
        else:
            out.append("1")
    return "".join(out)


def _reasons() -> list[tuple[str, str]]:
    files = []
    for name in _ON_THE_WAY_IN:
        path = _PKG / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "InputError" and node.args:
                text = _sample(node.args[0])
                if text and not any(words in text for words in _NOT_THE_FILES):
                    found.append((f"{path.relative_to(_PKG)}:{node.lineno}", text))
    return found


def test_the_code_still_raises_reasons_this_test_can_read():
    assert len(_reasons()) > 40


@pytest.mark.parametrize("where, reason", _reasons())
def test_every_refusal_reason_has_its_vietnamese_words(where, reason):
    shown = in_vietnamese(f"tệp-thử.bin: {reason}")
    assert shown.startswith("tệp-thử.bin: ") and "không đọc được tệp (" not in shown, (where, reason, shown)
