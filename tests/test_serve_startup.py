"""``vanban serve`` opens its port fast and prints its address once it listens.

Found by a newcomer (session 20): after ``make demo``'s build the server took over 20 s to open its port, and the
address was printed long before. Importing the site imported all of extraction (the archive's store, the checklist
downloads, the plugin's recurrence wording: thousands of patterns compiled) and Datasette's vendored pint imported
``dask.array`` because dask is installed; the banner was printed before uvicorn bound the port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

from browsing import free_port, serve_command
from conftest import ROOT

PROBE = """
import sys
import vanban.web.plugin, vanban.web.server, vanban.intake
vanban.web.server.import_datasette()
import datasette.app
print(sorted({m.split(".")[0] + "." + m.split(".")[1] if m.startswith("vanban.") and m.count(".") else m.split(".")[0]
              for m in sys.modules if m.startswith(("vanban.extract", "vanban.structure", "vanban.export", "dask"))}))
"""


def test_the_site_imports_no_extraction_and_no_dask():
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]", run.stdout


def test_a_recurring_row_is_still_worded():
    from vanban.web.plugin import recurrence_text

    assert recurrence_text("FREQ=MONTHLY;BYMONTHDAY=20") == "ngày 20 hằng tháng"
    assert recurrence_text(None) == ""


def test_the_address_is_printed_once_the_port_listens(tmp_path):
    from vanban.archive import Archive

    db = tmp_path / "archive.db"
    Archive(db).close()
    port = free_port()
    with subprocess.Popen(serve_command(db, port), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          cwd=ROOT) as proc:
        line = proc.stdout.readline()  # blocks until the banner's first line
        listening = line and socket.socket().connect_ex(("127.0.0.1", port)) == 0  # at once: no retry
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    assert f"at http://127.0.0.1:{port}/" in line, (line, err)
    assert listening and proc.returncode == 0, err


def test_a_port_taken_after_the_check_exits_without_a_banner(capsys):
    """uvicorn cannot bind (the port taken between vanban's check and uvicorn's bind): no address is printed and
    the exit status is not 0 (uvicorn.run's own exit, kept by the announcing server)."""
    from vanban.web.server import announcing_server

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]

        async def app(scope, receive, send):  # never reached
            raise AssertionError

        server = announcing_server(app, "127.0.0.1", port, "BANNER")
        started = time.monotonic()
        try:
            server.run()
        except SystemExit:
            pass
    assert not server.started and time.monotonic() - started < 60
    assert "BANNER" not in capsys.readouterr().out
