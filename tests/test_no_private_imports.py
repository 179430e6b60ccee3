"""No module of vanban imports another module's private (underscored) name: what two modules share is public, with a
docstring that says what it is for (the obligations split had grown ~50 such imports across its modules, session 33)."""

from __future__ import annotations

import ast
from pathlib import Path

import vanban

ROOT = Path(vanban.__file__).parent


def _imported_privates(text: str, package: list[str]) -> list[str]:
    """``module.name`` of each underscored name a module of ``package`` (its source ``text``) imports from a vanban
    module, relative imports resolved."""
    out = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[:len(package) - (node.level - 1)]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        if module.split(".")[0] != "vanban":
            continue
        out += [f"{module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return out


def test_no_module_imports_another_modules_private_name():
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        package = ["vanban", *path.relative_to(ROOT).parent.parts]
        if names := _imported_privates(path.read_text(encoding="utf-8"), package):
            found[str(path.relative_to(ROOT))] = names
    assert found == {}


def test_the_check_sees_absolute_and_relative_imports_of_a_private_name():
    text = ("from .lost_lines import _helper, word_conf\nfrom ..extract.task_bodies import _words\n"
            "from vanban.extract.not_tasks import _recipients\nfrom vanban.text import fold\nimport re\n")
    assert _imported_privates(text, ["vanban", "ocr"]) == [
        "vanban.ocr.lost_lines._helper", "vanban.extract.task_bodies._words", "vanban.extract.not_tasks._recipients"]
