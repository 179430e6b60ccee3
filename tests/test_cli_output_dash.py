"""``vanban checklist FILE -o -`` prints to stdout (click's convention: "-" is stdout), never a
file named "-" (a newcomer found one beside their plan). The plan is the newcomer's 45/KH-UBND
(tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt)."""

from __future__ import annotations

import io
import os
import subprocess

import pytest
from cli_helpers import ROOT, VANBAN

PLAN_45 = ROOT / "tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt"


def run_in(folder, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*VANBAN, *args], capture_output=True, cwd=folder, env=env, timeout=600)


@pytest.mark.parametrize("fmt, mark", [("md", "# Danh mục nhiệm vụ"), ("csv", "\ufeffTT,Nội dung công việc")])
def test_dash_prints_the_checklist(tmp_path, fmt, mark):
    done = run_in(tmp_path, "checklist", str(PLAN_45), "--format", fmt, "-o", "-")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8").startswith(mark)
    assert "Phòng Văn hóa - Thông tin" in done.stdout.decode("utf-8")
    assert not (tmp_path / "-").exists()


def test_dash_pipes_the_word_file(tmp_path):
    from docx import Document

    done = run_in(tmp_path, "checklist", str(PLAN_45), "--format", "docx", "-o", "-")
    assert done.returncode == 0, done.stderr.decode()
    assert Document(io.BytesIO(done.stdout)).tables[0].rows[0].cells[0].text == "TT"
    assert not (tmp_path / "-").exists()
