"""Where page work runs: in-process, a local process pool, or a Dask cluster.

The conveyor only needs ``submit(fn, *args) -> future`` with ``.result()``;
``concurrent.futures`` and ``dask.distributed`` both speak that protocol, so
one small factory hides which engine runs the OCR. Database writes never
happen here: they stay in the one ingesting process.

Two facts differ between engines and are exposed as attributes so the
conveyor does not need to know which engine it has:

* ``capacity`` — how many tasks run at once (a remote Dask cluster has as
  many as its workers have threads, not as many as this machine has cores),
  which sizes the window of documents kept in flight;
* ``remote`` — workers may be on other machines and cannot read the input
  files by path, so the conveyor ships a scanned file's bytes with its pages
  (:meth:`DaskExecutor.share` sends them once per document).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from concurrent.futures import Future
from typing import Any, Callable, Iterator

EXECUTORS = ("process", "dask")


class InlineExecutor:
    """Runs each task at submit time: ``--jobs 1``, no pickling, no processes."""

    capacity = 1
    remote = False

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered through .result(), like a pool
            future.set_exception(exc)
        return future

    def share(self, data: Any) -> Any:
        return data

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def _pool_class() -> type:
    """``PoolExecutor``: a process pool that also says its capacity (for the conveyor's window).

    Made on first use (module ``__getattr__``): ``concurrent.futures.process``
    imports multiprocessing (~15 ms CPU a start), which ``vanban text
    --jobs 1`` never uses.
    """
    global _POOL
    if _POOL is None:
        from concurrent.futures import ProcessPoolExecutor

        class PoolExecutor(ProcessPoolExecutor):
            remote = False

            def __init__(self, jobs: int):
                # workers die with this process (see _pool_worker_init): a killed
                # ingest must not leave workers holding the language model forever
                super().__init__(max_workers=jobs, initializer=_pool_worker_init,
                                 initargs=(os.getpid(), _sigint_ignored()))
                self.capacity = jobs

            def share(self, data: Any) -> Any:
                return data

            def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
                # a pool broken by a killed worker: its manager thread has ended the other workers already, and
                # joining it can hang for good (seen once in session 22's suite, the batch renewing its pool after
                # an OOM-style SIGKILL) — leave it, the batch goes on with a new pool
                super().shutdown(wait=wait and not self._broken, cancel_futures=cancel_futures)

        PoolExecutor.__module__ = __name__
        PoolExecutor.__qualname__ = "PoolExecutor"
        _POOL = PoolExecutor
    return _POOL


_POOL: type | None = None


def stop_workers(pool: Any) -> None:
    """End a process pool's workers at once, for a command that was interrupted: SIGTERM (each ends its programs and
    dies), then SIGKILL for one still alive after :data:`STOP_GRACE`.

    Why (left40): the pool's shutdown waits for the pages its workers are reading, and a worker inside Tesseract's C
    API (:mod:`vanban.ocr.capi`) runs no Python signal handler until the page is done: a SIGTERM'd or Ctrl-C'd scan
    batch took the rest of those pages (12 s of a two-worker batch) to stop, where an interrupt between pages stopped
    it at once. The batch stores nothing from a worker (the owner writes each document whole, in one transaction, and
    rolls back the one being written), so the pages in flight are simply lost with their document, which a re-run
    reads again. A pool without processes (inline, Dask) is left to its own shutdown."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:  # each ends its programs first (_worker_terminated)
        try:
            proc.terminate()
        except (OSError, ValueError, AttributeError):  # gone already, or closed
            pass
    deadline = time.monotonic() + STOP_GRACE
    for proc in procs:
        try:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():  # inside a C call (Tesseract's API): no Python handler runs until it returns
                proc.kill()
        except (OSError, ValueError, AttributeError, AssertionError):
            pass


#: seconds the workers of an interrupted command get to end their programs before they are killed
STOP_GRACE = 1.0


class DaskExecutor:
    """A ``dask.distributed.Client`` behind the ``concurrent.futures`` protocol.

    Why an adapter rather than the client itself: Dask's default ``pure=True``
    names a task by hashing its arguments, so two submits of equal arguments
    share one result (and one failure) — page tasks must be independent runs,
    like in a process pool. ``capacity`` asks the scheduler how many worker
    threads there are.
    """

    #: seconds a capacity reading is reused (it costs a scheduler round trip)
    CAPACITY_TTL = 1.0

    def __init__(self, client: Any, remote: bool, warn: Callable[[str], None] | None = None):
        self.client = client
        self.remote = remote
        self._capacity = 1
        self._read_at = float("-inf")
        self._warned = False
        self._warn = warn or (lambda line: print(f"vanban: {line}", file=sys.stderr))

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.client.submit(fn, *args, pure=False, **kwargs)

    def share(self, data: Any) -> Any:
        """Send ``data`` to the cluster once; tasks given the result receive ``data``."""
        return self.client.scatter(data, hash=False)

    @property
    def capacity(self) -> int:
        """Worker threads in the cluster now (read again at most once a second,
        so the window grows as workers join); the last reading when the
        scheduler cannot say, with one line saying so."""
        now = time.monotonic()
        if now - self._read_at >= self.CAPACITY_TTL:
            self._read_at = now
            try:
                self._capacity = max(1, sum(self.client.nthreads().values()))
            except Exception as exc:  # noqa: BLE001 - scheduler busy/unreachable
                if not self._warned:
                    self._warned = True
                    self._warn(f"cannot read the Dask cluster's capacity "
                               f"({type(exc).__name__}: {' '.join(str(exc).split())[:80]}); "
                               f"keeping {self._capacity} thread(s) as its size")
        return self._capacity


def check_engine(kind: str, scheduler: str | None) -> None:
    """Raise ValueError when a Dask ``scheduler`` address is given to an executor
    that has no scheduler (it was silently ignored: the pages ran here)."""
    if scheduler is not None and kind != "dask":
        raise ValueError(f"a Dask scheduler ({scheduler}) needs the dask executor, not {kind!r}")


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _worker_init() -> None:
    # Tesseract's OpenMP threads make it 5-8x slower on small machines:
    # parallelism comes from running one single-threaded Tesseract per worker.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from .images import configure_pillow

    configure_pillow()  # once per worker, never toggled around an open


#: prctl(2) option: the signal this process gets when its parent dies
PR_SET_PDEATHSIG = 1
#: how often the watchdog looks for its parent, seconds
WATCHDOG_PERIOD = 0.5


def _pool_worker_init(owner_pid: int, owner_ignores_sigint: bool = False) -> None:
    """Initializer of pool workers: :func:`_worker_init`, and die with the owner.

    Why both mechanisms: the kernel's parent-death signal (Linux) kills the
    worker the moment its parent dies, even by SIGKILL or the OOM killer,
    but it fires when the parent *thread* ends and does not exist elsewhere;
    the watchdog thread covers the rest (and an owner that died before the
    signal was armed): it ends the worker when the ingesting process
    (``owner_pid``) is gone or the worker is re-parented. The worker's
    parent is the owner under the fork start method, a fork server otherwise.

    Ctrl-C belongs to the owner alone: a terminal signals the whole process
    group, and a worker that raised KeyboardInterrupt printed a traceback
    ("Process ForkProcess-2: Traceback … KeyboardInterrupt", 22 lines, from
    an idle worker waiting on its queue, or from the initializer under load;
    found by newcomer runs). Workers note SIGINT and carry on; the owner
    raises, cancels the queued pages and shuts the pool down. A Python
    handler rather than ``SIG_IGN``: an ignored signal stays ignored across
    ``exec``, so the Tesseract or LibreOffice a worker starts would outlive
    the Ctrl-C; a handled one is reset to the default there, and they stop.
    An owner that ignores SIGINT (started under ``nohup``, ``trap '' INT`` or as
    a shell's background job) is not stopped by it, so its workers and their
    programs ignore it too: a Tesseract killed by a Ctrl-C meant for another
    program had its page recorded as a failed ingest.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN if owner_ignores_sigint else _owner_handles_interrupt)
    signal.signal(signal.SIGTERM, _worker_terminated)
    _worker_init()
    _arm_parent_death_signal()
    parent = os.getppid()
    if not _alive(owner_pid):
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(owner_pid, parent), name="vanban-parent-watchdog",
                     daemon=True).start()


def _sigint_ignored() -> bool:
    """True when this process ignores SIGINT (its workers must then ignore it too)."""
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def _owner_handles_interrupt(signum, frame) -> None:
    """SIGINT in a pool worker: nothing to do (the owning process unwinds the pool)."""


def _worker_terminated(signum, frame) -> None:
    """SIGTERM in a pool worker (:func:`stop_workers`): end the programs it runs (a Tesseract reading a page, a
    LibreOffice converting a file), then die of the signal. Why (left40): a worker killed alone left its Tesseract
    running on as an orphan for the rest of its page, after the command had said it stopped."""
    import signal

    for child in _children(os.getpid()):
        try:
            if os.getpgid(child) == child:  # a program started in its own session (LibreOffice): its whole group
                os.killpg(child, signal.SIGKILL)
            else:
                os.kill(child, signal.SIGKILL)
        except OSError:
            pass
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc; elsewhere none)."""
    out = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 1 and int(fields[1]) == pid:
            out.append(int(name))
    return out


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _arm_parent_death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(owner_pid: int, parent_pid: int) -> None:
    while os.getppid() == parent_pid and _alive(owner_pid):
        time.sleep(WATCHDOG_PERIOD)
    os._exit(1)  # the ingest that owned this worker is gone


def _dask_worker_setup(env: dict[str, str], layer: bytes | None) -> None:
    """Runs on every Dask worker: same OCR threading and restoration model as here."""
    _worker_init()
    os.environ.update(env)
    if layer is not None:  # the archive's adaptation layer, written where this worker can read it
        import hashlib
        import tempfile

        from vanban.ocr.restore import set_user_layer

        digest = hashlib.sha256(layer).hexdigest()[:16]
        # a private directory of this worker: a shared, world-writable /tmp
        # name could be planted or swapped by anyone on the machine
        path = os.path.join(tempfile.mkdtemp(prefix="vanban-lm-user-"), f"{digest}.npz")
        with open(path, "wb") as fh:
            fh.write(layer)
        os.environ["VANBAN_LM_USER"] = path
        set_user_layer(path)


def _plugin_class() -> type:
    """``VanbanWorkerSetup``: a Dask WorkerPlugin running :func:`_dask_worker_setup`
    on every worker, including workers that join after the ingest started.

    Made on first use (module ``__getattr__``) so importing this module does
    not import distributed; workers unpickle it by name the same way.
    """
    global _PLUGIN
    if _PLUGIN is None:
        from distributed.diagnostics.plugin import WorkerPlugin

        class VanbanWorkerSetup(WorkerPlugin):
            name = "vanban-setup"

            def __init__(self, env: dict[str, str], layer: bytes | None):
                self.env, self.layer = env, layer

            def setup(self, worker: Any) -> None:
                _dask_worker_setup(self.env, self.layer)

        VanbanWorkerSetup.__module__ = __name__
        VanbanWorkerSetup.__qualname__ = "VanbanWorkerSetup"
        _PLUGIN = VanbanWorkerSetup
    return _PLUGIN


_PLUGIN: type | None = None


def __getattr__(name: str) -> Any:
    if name == "VanbanWorkerSetup":
        return _plugin_class()
    if name == "PoolExecutor":
        return _pool_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _dask_setup(client: Any, remote: bool) -> None:
    """Same OCR threading and restoration model on every worker as here.

    Local workers read this machine's files; remote ones get the archive's
    adaptation layer by value (its path here means nothing there).
    """
    env = {} if remote else {k: v for k, v in os.environ.items() if k == "VANBAN_LM"}
    layer = None
    user = os.environ.get("VANBAN_LM_USER")
    if user and os.path.exists(user):
        if remote:
            with open(user, "rb") as fh:
                layer = fh.read()
        else:
            env["VANBAN_LM_USER"] = user
    client.register_plugin(_plugin_class()(env, layer), name="vanban-setup")


@contextlib.contextmanager
def open_executor(
    kind: str = "process", jobs: int | None = None, scheduler: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Any]:
    """Yield an object with ``submit`` for the chosen engine, closed on exit.

    * ``process`` with ``jobs == 1`` runs inline; otherwise a process pool.
    * ``dask`` connects to ``scheduler`` (``tcp://host:8786``) or starts a
      ``LocalCluster`` of ``jobs`` single-threaded worker processes.

    ``warn`` receives one line when the cluster cannot say its size
    (default: stderr). Raises ValueError for a ``scheduler`` with another
    executor than ``dask`` (see :func:`check_engine`).
    """
    check_engine(kind, scheduler)
    jobs = jobs or default_jobs()
    if kind == "process":
        if jobs <= 1:
            yield InlineExecutor()
            return
        pool = _pool_class()(jobs)
        try:
            yield pool
        except KeyboardInterrupt:
            stop_workers(pool)  # Ctrl-C or SIGTERM: the pages being read are abandoned with their document
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return
    if kind == "dask":
        from .models import DependencyError

        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise DependencyError(
                "the dask executor needs dask.distributed; install it with: "
                "pip install 'dask[distributed]'"
            ) from None

        _worker_init()  # LocalCluster workers inherit this process's environment
        cluster = None
        with contextlib.ExitStack() as stack:
            if scheduler:
                try:
                    client = Client(scheduler)  # connect timeout: distributed.comm.timeouts.connect
                except (OSError, TimeoutError) as exc:
                    raise DependencyError(
                        f"cannot reach the Dask scheduler at {scheduler} "
                        f"({' '.join(str(exc).split())[:120]}); start it with: dask scheduler"
                    ) from None
            else:
                cluster = LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                )
                stack.callback(cluster.close)
                client = Client(cluster)
            stack.callback(client.close)
            _dask_setup(client, remote=bool(scheduler))
            yield DaskExecutor(client, remote=bool(scheduler), warn=warn)
        return
    raise ValueError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
