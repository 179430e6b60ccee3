"""Where page work runs: in-process, a local process pool, or a Dask cluster.

The conveyor only needs ``submit(fn, *args) -> future`` with ``.result()``;
``concurrent.futures`` and ``dask.distributed`` both speak that protocol, so
one small factory hides which engine runs the OCR. Database writes never
happen here: they stay in the one ingesting process.
"""

from __future__ import annotations

import contextlib
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterator

EXECUTORS = ("process", "dask")


class InlineExecutor:
    """Runs each task at submit time: ``--jobs 1``, no pickling, no processes."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered through .result(), like a pool
            future.set_exception(exc)
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


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


@contextlib.contextmanager
def open_executor(
    kind: str = "process", jobs: int | None = None, scheduler: str | None = None
) -> Iterator[Any]:
    """Yield an object with ``submit`` for the chosen engine, closed on exit.

    * ``process`` with ``jobs == 1`` runs inline; otherwise a process pool.
    * ``dask`` connects to ``scheduler`` (``tcp://host:8786``) or starts a
      ``LocalCluster`` of ``jobs`` single-threaded worker processes.
    """
    jobs = jobs or default_jobs()
    if kind == "process":
        if jobs <= 1:
            yield InlineExecutor()
            return
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
        try:
            yield pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return
    if kind == "dask":
        from dask.distributed import Client, LocalCluster  # optional dependency

        _worker_init()
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                host="127.0.0.1",
            )
            client = Client(cluster)
        try:
            client.run(_worker_init)
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        return
    raise ValueError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
