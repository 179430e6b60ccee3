"""An interrupt Python swallows is raised again, not lost.

Why: under load ``make test`` saw ``vanban ingest`` take SIGTERM while the
process pool forked a worker; the signal landed in logging's at-fork hook
(``_releaseLock``), where Python ignores exceptions: it printed "Exception
ignored in: <function _releaseLock> … Terminated", ran the whole batch on and
exited 0 (tests/test_interrupt.py::test_sigterm_during_ingest… failed). The
same loss happens in any ``__del__`` or weakref callback, for Ctrl-C too. Both
places are made to happen here on purpose, in a real child process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import os, signal, sys, time
from vanban import interrupt
# a test run started in the background (nohup, "&" without job control) inherits SIGINT ignored: give the probe
# Python's own Ctrl-C handler, as an interactive run has
signal.signal(signal.SIGINT, signal.default_int_handler)
interrupt._arm_sigterm()
sig = signal.SIGTERM if sys.argv[1] == "term" else signal.SIGINT

def hit():
    os.kill(os.getpid(), sig)
    sum(range(100000))  # the handler runs here, where Python ignores what it raises

class Dropped:
    def __del__(self):
        hit()

try:
    if sys.argv[2] == "fork":
        os.register_at_fork(after_in_parent=hit)  # as logging's _releaseLock runs when a pool forks
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
    else:
        Dropped()
    time.sleep(10)
    print("ran on")
except KeyboardInterrupt as exc:
    print("stopped", type(exc).__name__)
"""


@pytest.mark.parametrize("where", ["fork", "del"])
@pytest.mark.parametrize("sig, raised", [("term", "Terminated"), ("int", "KeyboardInterrupt")])
def test_an_interrupt_landing_where_python_ignores_exceptions_still_stops(where: str, sig: str, raised: str) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, sig, where], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert (done.stdout, done.stderr) == (f"stopped {raised}\n", ""), done.stderr


def test_other_unraisable_exceptions_are_still_printed() -> None:
    code = ("from vanban import interrupt\ninterrupt._arm_sigterm()\n"
            "class Bad:\n    def __del__(self):\n        raise ValueError('boom')\nBad()\nprint('on')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.stdout == "on\n" and "ValueError: boom" in done.stderr
