"""Ctrl-C ends a ``vanban`` command with one line and status 130, wherever it lands.

Why: click answers an interrupt with "Aborted!" and status 1, and an
interrupt that lands after the command's work — while the interpreter
joins the worker pool's threads or removes the LibreOffice profile in its
``atexit`` callbacks — printed a traceback ("Exception ignored in atexit
callback … KeyboardInterrupt") or killed the process half-way through its
clean-up. Here an interrupt during the command stops it with
``vanban: interrupted`` and status 130 (128 + SIGINT, what shells expect);
once the command has ended, Ctrl-C only marks the exit as interrupted: the
clean-up finishes, then the same line and status (after the clean-up it is
ignored: the interpreter would otherwise die of it silently).
"""

from __future__ import annotations

import atexit
import os
import signal
import sys

import click

from .models import DependencyError, VanbanError

#: exit status of a command ended by SIGINT (128 + signal number), as shells report it
INTERRUPTED_STATUS = 128 + signal.SIGINT
MESSAGE = "vanban: interrupted"

_late = {"interrupted": False}


class InterruptibleGroup(click.Group):
    """A click group whose commands end on Ctrl-C with one line and status 130,
    and on a :class:`~vanban.models.VanbanError` that no command caught with
    ``vanban: <message>`` and status 1 (2 for a missing dependency)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo(MESSAGE, err=True)
            ctx.exit(INTERRUPTED_STATUS)
        except VanbanError as exc:  # e.g. an archive that cannot be opened: one line, no traceback
            click.echo(f"vanban: {exc}", err=True)
            ctx.exit(2 if isinstance(exc, DependencyError) else 1)

    def main(self, *args, **kwargs):
        try:
            return super().main(*args, **kwargs)
        finally:
            _shield_clean_up()


def _shield_clean_up() -> None:
    """From now on (the interpreter's clean-up) SIGINT is noted, not raised."""
    if _late.get("shielded"):
        return
    _late["shielded"] = True
    try:
        signal.signal(signal.SIGINT, _note_interrupt)
    except ValueError:  # not the main thread (an embedding caller): leave signals alone
        return


def _note_interrupt(signum, frame) -> None:
    _late["interrupted"] = True


def _exit_if_interrupted() -> None:
    """Registered when this module is imported (with the CLI, before the modules
    whose clean-up it must wait for), so it runs after their ``atexit`` callbacks."""
    if not _late["interrupted"]:
        if _late.get("shielded"):  # the last milliseconds of the exit: nothing left to stop
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os.write(2, (MESSAGE + "\n").encode())
    os._exit(INTERRUPTED_STATUS)


atexit.register(_exit_if_interrupted)
