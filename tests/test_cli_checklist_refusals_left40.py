"""``vanban checklist --format json`` on bad input refuses as ``vanban extract --format json`` does (left40).

A missing file, a folder, an empty file and a page of prose with no document header and nothing to list: one line on
stderr, a JSON object ``{"file", "error"}`` on stdout, a non-zero exit. Before, a missing file was click's usage error
(no JSON), an empty file printed nothing on stdout, and prose gave an empty checklist with exit 0. A document with its
header and no task keeps its (empty) checklist. Run through click's runner against the real conveyor.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from vanban.cli import cli


def _checklist(path, *extra):
    return CliRunner().invoke(cli, ["checklist", str(path), "--jobs", "1", "--format", "json", *extra])


@pytest.mark.parametrize("name, content, error", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", "", "empty file"),
    ("prose.txt", "Sáng nay chúng tôi đi dạo quanh hồ, trời mát và có nhiều người tập thể dục.\n",
     "not a plan or directive"),
])
def test_checklist_json_refusals(tmp_path, name, content, error):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = _checklist(path)
    assert result.exit_code != 0, result.output
    refusal = json.loads(result.stdout)
    assert refusal["file"].endswith(name) and refusal["error"].startswith(error), refusal
    assert [ln for ln in result.stderr.splitlines() if ln.strip()] == [f"vanban: {path}: {refusal['error']}"]


def test_checklist_json_refuses_a_folder_and_extract_a_missing_file(tmp_path):
    result = _checklist(tmp_path)
    assert result.exit_code != 0 and json.loads(result.stdout)["error"] == "a folder, not a file — vanban ingest reads a folder"
    gone = CliRunner().invoke(cli, ["extract", str(tmp_path / "gone.txt"), "--jobs", "1", "--format", "json"])
    assert gone.exit_code != 0 and json.loads(gone.stdout)["error"] == "no such file"


def test_checklist_of_a_document_with_its_header_and_no_task_is_kept(tmp_path):
    path = tmp_path / "tb.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 05/TB-UBND\nTân Lập, ngày 10 tháng 3 năm 2031\n\nTHÔNG BÁO\n"
                    "Về lịch nghỉ lễ\n\nCơ quan nghỉ lễ theo quy định của nhà nước.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
                    "Vũ Thị Lan\n", encoding="utf-8")
    result = _checklist(path)
    assert result.exit_code == 0, result.output
    assert "items" in json.loads(result.stdout)


def test_checklist_markdown_refusal_is_one_line_without_json(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["checklist", str(path), "--jobs", "1"])
    assert result.exit_code == 1 and result.stdout == "" and "empty file" in result.stderr
