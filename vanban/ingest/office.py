"""Word 97–2003 ``.doc``, ``.rtf`` and ``.odt`` → DOCX with LibreOffice headless.

Why LibreOffice: it is the one well-kept reader of the binary Word format
(and of RTF / OpenDocument) that runs without a display; its DOCX output
keeps the tables (header, signature block) and the run fonts, so the DOCX
reader and the legacy-font conversion then work as for a native DOCX.

How: ``soffice --headless --convert-to docx`` with a private profile
(``-env:UserInstallation``, created once per process in a temporary folder
and removed at exit, so no user's LibreOffice settings or lock files are
touched and parallel processes do not share one), a timeout after which the
whole process group is killed, and the import filter of the file's real
content (without one LibreOffice opens a broken file as plain text and
"converts" it). Conversion reads and writes local files only. Every failure
is an InputError with one line naming the cause.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import signal
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from vanban.models import InputError

#: seconds one conversion may take (a first start also creates the profile)
CONVERT_TIMEOUT = 180.0
SOFFICE_INSTALL = "sudo apt-get install libreoffice-writer-nogui"
_profile: Path | None = None
_profile_pid: int | None = None


def find_soffice() -> str | None:
    """Path of LibreOffice's ``soffice`` (or ``libreoffice``), None if absent."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _profile_dir() -> Path:
    """This process's private LibreOffice profile folder (a forked OCR worker
    makes its own: two soffice on one profile fail, "could not convert")."""
    global _profile, _profile_pid
    if _profile is None or _profile_pid != os.getpid() or not _profile.parent.exists():
        _profile, _profile_pid = Path(tempfile.mkdtemp(prefix="vanban-lo-profile-")) / "profile", os.getpid()
        atexit.register(_remove_own, _profile.parent, _profile_pid)
        from multiprocessing import util  # a pool worker ends without atexit: its finalizers

        util.Finalize(None, _remove_own, args=(_profile.parent, _profile_pid), exitpriority=0)
    return _profile


def _remove_own(folder: Path, pid: int) -> None:
    if os.getpid() == pid:  # a forked child inherits the parent's atexit list
        shutil.rmtree(folder, True)


@contextmanager
def converted_docx(path: Path, kind: str, timeout: float = CONVERT_TIMEOUT):
    """Context manager yielding a temporary DOCX converted from ``path``,
    read with the import filter of ``kind`` (doc, rtf, odt: what the
    content is, which may differ from the suffix: RTF behind a .doc name).

    Raises InputError when LibreOffice is missing, times out, or cannot
    load the file (corrupt, encrypted, not really Word/RTF/ODT).
    """
    exe = find_soffice()
    if exe is None:
        raise InputError(f"cannot convert {path.suffix} without LibreOffice; install it with: {SOFFICE_INSTALL}")
    work = Path(tempfile.mkdtemp(prefix="vanban-lo-"))
    try:
        src = work / f"document.{kind}"
        try:
            os.symlink(Path(path).resolve(), src)
        except OSError:
            shutil.copyfile(path, src)
        out_dir = work / "out"
        cmd = [
            exe, f"-env:UserInstallation={_profile_dir().as_uri()}",
            "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
            f"--infilter={_FILTERS[kind]}",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(src),
        ]
        env = dict(os.environ, HOME=str(work), SAL_USE_VCLPLUGIN="svp")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise InputError(f"LibreOffice took longer than {timeout:.0f}s to convert this {path.suffix} file") from None
        result = out_dir / "document.docx"
        if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
            said = " ".join(ln for ln in (err or out or b"").decode("utf-8", "replace").splitlines()
                            if not _NOISE_RE.match(ln))
            said = " ".join(said.split())[:120]
            raise InputError(
                f"LibreOffice could not convert this {path.suffix} file (corrupt, encrypted or not "
                f"a {_NAMES.get(path.suffix.lower(), 'document')}){': ' + said if said else ''}"
            )
        yield result
    finally:
        shutil.rmtree(work, ignore_errors=True)


#: what LibreOffice prints on every run of a machine without Java: no cause of anything
_NOISE_RE = re.compile(r"\s*(?:Warning: failed to launch javaldx|javaldx:)")
_NAMES = {".doc": "Word 97-2003 document", ".rtf": "RTF document", ".odt": "OpenDocument text"}
#: import filter per suffix: without one LibreOffice reads a broken file as plain text
#: (html: a web page saved under a .doc name, as portals serve "Tải về .doc" — Word opens it as a page, so does
#: LibreOffice's Writer HTML filter, keeping its tables: ingest.load)
_FILTERS = {"doc": "MS Word 97", "rtf": "Rich Text Format", "odt": "writer8", "html": "HTML (StarWriter)"}


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill the soffice launcher and the office process it started."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()
