"""``--scheduler`` is never silently ignored (found by a newcomer).

The default executor is the process pool, which has no scheduler: ``vanban
ingest … --scheduler tcp://…`` ran every page on this machine without a word.
Now the option alone means the Dask executor (so it works, or says in one
line why it cannot: dask not installed, scheduler unreachable), and beside an
explicit ``--executor process`` it is refused in one line. The real command;
"dask not installed" is a Python path whose ``distributed`` cannot be imported.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import VIETNAMESE_PLAN, run_cli

from vanban.conveyor import process_file
from vanban.executors import open_executor

NO_DASK = "vanban: the dask executor needs dask.distributed; install it with: pip install 'dask[distributed]'"


@pytest.fixture
def plan(tmp_path) -> Path:
    path = tmp_path / "07-KH.txt"
    path.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    return path


def _without_dask(tmp_path: Path) -> dict:
    """An environment where ``import distributed`` fails as on a machine without it."""
    blocked = tmp_path / "no-dask"
    (blocked / "distributed").mkdir(parents=True)
    (blocked / "distributed" / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'distributed'\", name='distributed')\n")
    root = Path(__file__).resolve().parent.parent
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(blocked), str(root)]))


@pytest.mark.parametrize("command", ["ingest", "text"])
def test_a_scheduler_without_dask_installed_is_one_clear_line(tmp_path, plan, command):
    db = tmp_path / "archive.db"
    args = [command, str(plan), "--scheduler", "tcp://127.0.0.1:9", "--jobs", "1"]
    result = run_cli(*args, *(["--db", str(db)] if command == "ingest" else []), env=_without_dask(tmp_path))
    assert result.returncode == 2, result
    assert result.stderr.strip() == NO_DASK and result.stdout == ""
    assert not db.exists()


@pytest.mark.parametrize("command", ["ingest", "text", "extract"])
def test_a_scheduler_beside_the_process_executor_is_refused_in_one_line(tmp_path, plan, command):
    db = tmp_path / "archive.db"
    args = [command, str(plan), "--executor", "process", "--scheduler", "tcp://127.0.0.1:9"]
    result = run_cli(*args, *(["--db", str(db)] if command == "ingest" else []))
    assert result.returncode == 2
    assert result.stderr.strip() == ("vanban: --scheduler names a Dask scheduler: it needs "
                                     "--executor dask, not --executor process")
    assert result.stdout == "" and not db.exists()


def test_the_python_api_refuses_a_scheduler_it_would_not_use(plan):
    with pytest.raises(ValueError, match="needs the dask executor"):
        with open_executor("process", 1, "tcp://127.0.0.1:9"):
            pass
    with pytest.raises(ValueError, match="needs the dask executor"):
        process_file(plan, jobs=1, scheduler="tcp://127.0.0.1:9")  # the one-job path never opened an executor
