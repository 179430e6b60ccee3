"""A ``vanban`` command run for a caller (click's ``CliRunner``, a program embedding vanban) hands the
process's signals back when it returns.

Why: session 47's newcomer saw a stray "vanban: interrupted" at the end of ``make test``. Every test
running a command through ``CliRunner`` left the command's clean-up shield in its pytest worker (SIGINT
only noted, the line and status 130 at exit); the worker's gateway ends a slow worker with SIGINT when the
session ends, and the worker printed the line. The probes run in a child process, as the workers do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CALLER = """
import os, signal, sys
from click.testing import CliRunner
from vanban.cli import cli

signal.signal(signal.SIGINT, signal.default_int_handler)  # a background test run may inherit SIGINT ignored
before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), sys.unraisablehook
result = CliRunner().invoke(cli, ["--help"])
after = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), sys.unraisablehook
print(result.exit_code, before == after)
if sys.argv[1] == "ctrl-c":  # what execnet does to a worker still busy at the session's end
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        print("caller interrupted")
"""


def run(tmp_path: Path, how: str) -> subprocess.CompletedProcess:
    (tmp_path / "caller.py").write_text(CALLER)
    return subprocess.run([sys.executable, str(tmp_path / "caller.py"), how], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_a_caller_ending_normally_exits_quietly_with_its_own_status(tmp_path: Path) -> None:
    done = run(tmp_path, "end")
    assert (done.returncode, done.stdout, done.stderr) == (0, "0 True\n", "")


def test_a_ctrl_c_after_the_command_reaches_the_caller(tmp_path: Path) -> None:
    done = run(tmp_path, "ctrl-c")
    assert (done.returncode, done.stdout, done.stderr) == (0, "0 True\ncaller interrupted\n", "")
