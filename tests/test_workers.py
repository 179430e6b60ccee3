"""Where page work runs (vanban/executors.py): a window of documents that
follows the cluster, shipped files in a private folder checked by hash,
pool workers that die with the ingest, Pillow's limit set once and every
frame checked. Each test failed before issue 13's fixes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import ROOT, VANBAN, VIETNAMESE_PLAN, sha256_hex  # noqa: E402

from vanban import conveyor  # noqa: E402
from vanban.conveyor import ingest  # noqa: E402
from vanban.models import Limits  # noqa: E402


# --- the window of documents in flight --------------------------------------------------


class GrowingPool:
    """An inline pool whose cluster gains workers as the batch runs."""

    remote = False

    def __init__(self):
        self.submitted = 0
        self.collected = 0
        self.most_in_flight = 0

    @property
    def capacity(self) -> int:
        return 1 if self.submitted < 3 else 4

    def submit(self, fn, *args):
        from concurrent.futures import Future

        pool = self
        self.submitted += 1
        self.most_in_flight = max(self.most_in_flight, self.submitted - self.collected)
        value = fn(*args)

        class Done(Future):
            def result(self, timeout=None):
                pool.collected += 1
                return value

        return Done()

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_the_window_follows_the_clusters_threads(tmp_path, monkeypatch):
    import contextlib

    pool = GrowingPool()

    @contextlib.contextmanager
    def fake_executor(*args, **kwargs):
        yield pool

    monkeypatch.setattr(conveyor, "open_executor", fake_executor)
    (tmp_path / "in").mkdir()
    for i in range(12):
        (tmp_path / "in" / f"{i:02d}.txt").write_text(VIETNAMESE_PLAN + f"\nBản số {i}.\n",
                                                       encoding="utf-8")
    report = ingest([tmp_path / "in"], tmp_path / "a.db", jobs=2, progress=False)
    assert report.stored == 12
    assert pool.most_in_flight == 8, "2 documents per worker thread once 4 threads joined"


def test_a_cluster_that_cannot_say_its_size_is_reported_once():
    from vanban.executors import DaskExecutor

    class Client:
        calls = 0

        def nthreads(self):
            Client.calls += 1
            if Client.calls == 1:
                return {"w1": 2, "w2": 1}
            raise OSError("scheduler unreachable")

    said = []
    ex = DaskExecutor(Client(), remote=True, warn=said.append)
    ex.CAPACITY_TTL = 0.0
    assert ex.capacity == 3
    assert ex.capacity == 3 and ex.capacity == 3  # the last reading, not a silent 1
    assert len(said) == 1 and "cannot read the Dask cluster's capacity" in said[0]
    assert "scheduler unreachable" in said[0] and "keeping 3" in said[0]


# --- shipped files on remote workers ---------------------------------------------------


def test_shipped_bytes_live_in_a_private_folder_and_are_checked(tmp_path, samples_dir):
    from vanban.models import InputError, PageSource

    data = (samples_dir / "126-CV-DU_bao_cao_dan_van_kheo_scan.png").read_bytes()
    page = PageSource(1, "image-ocr", path="/nowhere/elsewhere.png", index=0)
    with pytest.raises(InputError, match="sha256 differs"):
        conveyor.process_shipped_page(page, data[:-10], ".png", sha256_hex(data), Limits())
    planted = Path("/tmp/vanban-shipped")
    got = conveyor.process_shipped_page(page, data, ".png", sha256_hex(data), Limits())
    assert "126-CV/ĐU" in got.raw_text or "126" in got.raw_text
    local = conveyor._SHIPPED[sha256_hex(data)]
    assert local.parent != planted and oct(local.parent.stat().st_mode & 0o777) == "0o700"
    assert local.read_bytes() == data


# --- workers die with their parent ---------------------------------------------------------


def _children(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children()]
    except psutil.NoSuchProcess:
        return []


@pytest.mark.timeout(180)
def test_pool_workers_die_when_ingest_is_killed(tmp_path, samples_dir):
    import psutil

    folder = tmp_path / "scans"
    folder.mkdir()
    scan = samples_dir / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
    for i in range(6):  # distinct bytes, so every copy is real OCR work
        (folder / f"{i}.png").write_bytes(scan.read_bytes() + bytes([i]) * 16)
    proc = subprocess.Popen([*VANBAN, "ingest", str(folder), "--db", str(tmp_path / "a.db"),
                             "--jobs", "2", "--no-progress"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the pool never started"
        workers = _children(proc.pid)
        time.sleep(0.05)
    time.sleep(1.0)  # the workers are OCRing
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    deadline = time.monotonic() + 20
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in workers
                 if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
        time.sleep(0.1)
    for pid in alive:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert alive == [], f"pool workers outlived the killed ingest: {alive}"


# --- Pillow's pixel limit -----------------------------------------------------------------


def _two_frame_tiff(path: Path, big: tuple[int, int]) -> Path:
    from PIL import Image

    small = Image.new("L", (200, 100), 255)
    small.save(path, save_all=True, append_images=[Image.new("L", big, 255)], compression="tiff_deflate")
    return path


def test_the_worker_checks_the_frame_it_decodes(tmp_path):
    """Frame 2 of a TIFF is over the limit: the OCR worker refuses it before
    decoding (it used to check frame 1 only, then seek and decode frame 2)."""
    from vanban.models import LimitExceeded, PageSource
    from vanban.ocr.raster import load_page_image

    tiff = _two_frame_tiff(tmp_path / "two.tif", (3000, 2000))
    page = PageSource(2, "image-ocr", path=str(tiff), index=1)
    with pytest.raises(LimitExceeded, match="image frame 2 too large: 3000x2000"):
        load_page_image(page, Limits(max_pixels=1_000_000), tmp_path)
    assert load_page_image(PageSource(1, "image-ocr", path=str(tiff), index=0),
                           Limits(max_pixels=1_000_000), tmp_path).size == (200, 100)


def test_opening_an_image_never_writes_pillows_global_limit(tmp_path, monkeypatch):
    """Toggling ``Image.MAX_IMAGE_PIXELS`` around each open races with other
    threads (one thread's open runs unguarded, or with the guard back on):
    it is set once per process, never per call."""
    import types

    from PIL import Image

    from vanban import images

    getattr(images, "configure_pillow", lambda: None)()  # (absent before the fix)
    writes = []

    class Watched(types.ModuleType):
        def __setattr__(self, name, value):
            if name == "MAX_IMAGE_PIXELS":
                writes.append(value)
            super().__setattr__(name, value)

    monkeypatch.setattr(Image, "__class__", Watched)
    png = tmp_path / "a.png"
    Image.new("L", (50, 50), 255).save(png)
    images.open_image(png, 10_000).close()
    assert writes == []
    monkeypatch.setattr(Image, "__class__", types.ModuleType)


def _pillow_limit():
    from PIL import Image

    return Image.MAX_IMAGE_PIXELS


def test_pool_workers_have_the_limit_handed_to_vanban(tmp_path):
    from vanban.executors import PoolExecutor

    with PoolExecutor(1) as pool:
        assert pool.submit(_pillow_limit).result(timeout=60) is None
