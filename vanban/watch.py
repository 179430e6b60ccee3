"""The consume folder: ``vanban watch INBOX/`` ingests every file dropped there.

Why: an office scanner or a shared folder drops files; nobody should have to
run ``vanban ingest`` by hand (Paperless-ngx calls this a consume folder).

How: watchdog reports new and moved-in files (and the files already there at
start are taken too); a file is taken once its size and mtime have stayed
the same for ``settle`` seconds and no process holds it open for writing
(inotify's close event; the kernel, :func:`open_for_writing`, for a writer that
began before the watch): a scanner or a copy still writing it is left alone. Each file goes through the single writer (:class:`vanban.intake.Intake`,
the ordinary conveyor) and is then moved to ``INBOX/done/`` or to
``INBOX/failed/`` beside ``<name>.error.txt`` holding the one-line reason
(also in ``ingest_errors``). A bad file never stops the folder; Ctrl-C does,
after the file being read.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

from .intake import Intake, Job
from .snapshot import archived_path
from .text import shown_path

__all__ = ["Inbox", "open_for_writing", "watch"]

DONE, FAILED = "done", "failed"
PARTIAL_SUFFIXES = {".part", ".tmp", ".crdownload", ".partial"}
WRITER_PATIENCE = 600.0  # s a file still open for writing waits (then it is taken all the same)


def _unique(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem-2.suffix``… when taken."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


def open_for_writing(path: str | os.PathLike[str]) -> bool | None:
    """Whether some process holds ``path`` open for writing, asked of the kernel: True,
    False, or None when it cannot tell (no such file, no Linux leases, a file system
    without them, someone else's file without CAP_LEASE).

    Why: inotify tells the watcher about writers it saw open a file; a file created
    before the watch began (a scanner still writing it when ``vanban watch`` starts) had
    no event. Linux grants a read lease (``fcntl F_SETLEASE F_RDLCK``) only on a file no
    one has open for writing, so asking for one, and giving it back at once, answers for
    every writer on this machine (a share's daemon included)."""
    import fcntl
    import signal

    if not hasattr(fcntl, "F_SETLEASE"):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        # a writer opening the file while the lease is held breaks it with a signal to this
        # process, SIGIO by default, which would end it: SIGURG is ignored unless handled
        fcntl.fcntl(fd, fcntl.F_SETSIG, signal.SIGURG)
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_RDLCK)
    except OSError as exc:
        return True if exc.errno in (errno.EAGAIN, errno.EBUSY) else None
    else:
        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        return False
    finally:
        os.close(fd)


class Inbox:
    """Watch ``folder`` and hand settled files to ``intake``.

    ``on_finished(job)`` (optional) is called after each file was moved.
    """

    def __init__(self, folder: str | os.PathLike[str], intake: Intake, *, settle: float = 2.0,
                 poll: float = 0.5, on_finished=None):
        self.folder = Path(folder).resolve()
        self.intake, self.settle, self.poll = intake, settle, poll
        self.on_finished = on_finished
        self._seen: dict[Path, tuple[int, int, float]] = {}  # path -> (size, mtime_ns, stable since)
        #: files a writer changed and has not closed yet (inotify's IN_CLOSE_WRITE, watchdog's
        #: FileClosedEvent): a copy that pauses longer than ``settle`` is not taken half written
        #: (found by a newcomer). Held at most WRITER_PATIENCE s, for observers without close events.
        self._writing: dict[Path, float] = {}
        self._queued: set[Path] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._observer = None
        self._thread = threading.Thread(target=self._settle_loop, name="vanban-inbox", daemon=True)

    # --- lifecycle -----------------------------------------------------------

    def start(self) -> None:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        for sub in (DONE, FAILED):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        inbox = self

        class Handler(FileSystemEventHandler):
            def on_created(self, event):
                if not event.is_directory:
                    inbox.notice(Path(event.src_path), writing=True)

            def on_modified(self, event):
                self.on_created(event)

            def on_closed(self, event):  # the writer closed it (IN_CLOSE_WRITE)
                if not event.is_directory:
                    inbox.closed(Path(event.src_path))

            def on_moved(self, event):
                if not event.is_directory:
                    inbox.notice(Path(event.dest_path))

        self._observer = Observer()
        self._observer.schedule(Handler(), str(self.folder), recursive=False)
        self._observer.start()
        for existing in sorted(self.folder.iterdir()):
            self.notice(existing)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    # --- files ---------------------------------------------------------------

    def notice(self, path: Path, writing: bool = False) -> None:
        """A file appeared or changed (``writing``: by a writer that may still hold it
        open): (re)start its settling clock."""
        path = path.resolve()
        if writing:
            with self._lock:
                self._writing.setdefault(path, time.monotonic())
        # hidden files and copies still in progress are not documents (yet); any
        # other file is taken, an unsupported one fails with its reason
        if (path.parent != self.folder or path.name.startswith(".")
                or path.suffix.lower() in PARTIAL_SUFFIXES or not path.is_file()):
            return
        with self._lock:
            if path not in self._queued:
                self._seen.setdefault(path, (-1, -1, time.monotonic()))

    def closed(self, path: Path) -> None:
        """The writer closed ``path``: it may be taken once it has settled."""
        with self._lock:
            self._writing.pop(path.resolve(), None)

    def _held(self, path: Path, now: float) -> bool:
        """A writer still holds ``path`` open: as the kernel says (:func:`open_for_writing`:
        every local writer, those that began before the watch too), else as inotify said
        (an open without its close). At most WRITER_PATIENCE s from when it was first seen
        held; called with the lock held."""
        held = open_for_writing(path)
        if held is None:
            held = path in self._writing
        if not held:
            return False
        return now - self._writing.setdefault(path, now) < WRITER_PATIENCE

    def _settle_loop(self) -> None:
        while not self._stop.wait(self.poll):
            now = time.monotonic()
            ready = []
            with self._lock:
                for path, (size, mtime, since) in list(self._seen.items()):
                    try:
                        st = path.stat()
                    except FileNotFoundError:
                        del self._seen[path]
                        self._writing.pop(path, None)
                        continue
                    if (st.st_size, st.st_mtime_ns) != (size, mtime):
                        self._seen[path] = (st.st_size, st.st_mtime_ns, now)
                    elif now - since >= self.settle and not self._held(path, now):
                        del self._seen[path]
                        self._writing.pop(path, None)
                        self._queued.add(path)
                        ready.append(path)
            for path in ready:
                self.intake.submit(path, then=self._file_away)

    def _file_away(self, job: Job) -> None:
        """Move the file to done/ or failed/ (+ ``.error.txt``) after the writer."""
        src = Path(job.path)
        with self._lock:
            self._queued.discard(src)
        if not src.exists():
            return
        done = job.state == "done"
        target = _unique(self.folder / (DONE if done else FAILED), src.name)
        # the rows keyed by the inbox path follow the file: its document's, or (a file
        # already archived under another name) its row in ``copies``. Rows first, then
        # the file: a watcher killed between the two finds the file still in the inbox
        # when it starts again, and its document follows it back (Archive.note_file);
        # the other order left a document naming an inbox path no file would come back to
        from .archive import Archive

        with Archive(self.intake.db_path) as archive:  # keys as the batch wrote them
            move = archive.move_file if done else archive.move_errors
            move(archived_path(src), archived_path(target))
        os.replace(src, target)
        if done and not job.existing:
            job.stored_path = str(target)
        if not done:
            Path(str(target) + ".error.txt").write_text(f"{shown_path(src.name)}: {job.error}\n", encoding="utf-8")
            print(f"vanban: {shown_path(src.name)}: {job.error}", flush=True)
        elif job.existing and job.document_id is not None:  # no row added: a duplicate, said as one (ux56)
            from .duplicate_line import duplicate_line

            print(f"vanban: {duplicate_line(self.intake.db_path, src.name, job.document_id)}", flush=True)
        else:
            print(f"vanban: {shown_path(src.name)} -> document {job.document_id}", flush=True)
        if self.on_finished is not None:
            self.on_finished(job)


def watch(folder: str | os.PathLike[str], db: str | os.PathLike[str], *, settle: float = 2.0,
          **intake_options) -> int:
    """Run the consume folder in the foreground until Ctrl-C / SIGTERM; returns 0."""
    import signal

    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()

    from vanban.archive import Archive

    Archive(db).close()  # before watching: another program's database is refused, not written file by file
    previous = signal.signal(signal.SIGTERM, on_signal)
    intake = Intake(db, **intake_options)
    inbox = Inbox(folder, intake, settle=settle)
    inbox.start()
    print(f"vanban: watching {inbox.folder} -> {db} (Ctrl-C to stop)", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        inbox.stop()
        intake.close(timeout=60)
        signal.signal(signal.SIGTERM, previous)
        print("vanban: watch stopped", flush=True)
    return 0
