"""Data safety of a batch: each input read once, versions that follow the
file, copies that wait for the first, errors that are always recorded,
workers that die with their parent — and each batch step alone.

Each test here failed on the conveyor before these fixes (see the issue 13
report for which); real files, real SQLite, the real ``vanban`` command.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import ROOT, VANBAN, VIETNAMESE_PLAN, table  # noqa: E402
from fixtures.render import render_docx  # noqa: E402

from vanban import batch as steps  # noqa: E402
from vanban import conveyor, snapshot  # noqa: E402
from vanban.conveyor import ingest  # noqa: E402
from vanban.models import Limits  # noqa: E402

ENGLISH = ("The committee will review the annual report and publish the results "
           "before the end of the year, together with the budget for next spring.\n") * 4

V2_LINE = "\nCác chi bộ thực hiện nghiêm túc kế hoạch này.\n"


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# --- one read of each input -------------------------------------------------------


def test_a_file_replaced_while_it_is_read_is_stored_as_one_version(tmp_path, monkeypatch):
    """The input is replaced right after the conveyor first reads it (here:
    when the DOCX reader starts). The archive must hold the text and the
    sha256 of the SAME version — the one that was read."""
    from vanban.ingest import docxfile

    doc = tmp_path / "ke-hoach.docx"
    render_docx(VIETNAMESE_PLAN, doc)
    v1 = doc.read_bytes()
    v2_path = render_docx(VIETNAMESE_PLAN.replace("An Phú", "Bình Minh"), tmp_path / "v2.docx")
    original = docxfile.read_pages
    swapped = []

    def read_then_swap(path, *args, **kwargs):
        if not swapped:  # the user saves a new version while vanban works
            os.replace(v2_path, doc)
            swapped.append(True)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(docxfile, "read_pages", read_then_swap)
    db = tmp_path / "a.db"
    report = ingest([doc], db, jobs=1, progress=False)
    assert swapped and report.stored == 1, report.errors
    [(sha, text)] = table(db, "select sha256, text from documents")
    assert sha == _sha(v1), "the hash is of the bytes that were read"
    assert "An Phú" in text and "Bình Minh" not in text, "the text is of those same bytes"
    # the file now holds v2: the next run stores it as version 2, not "already stored"
    monkeypatch.setattr(docxfile, "read_pages", original)
    again = ingest([doc], db, jobs=1, progress=False)
    assert (again.stored, again.skipped) == (1, 0)
    assert "Bình Minh" in table(db, "select text from documents where version = 2")[0][0]


def test_snapshot_hashes_exactly_the_bytes_it_copied(tmp_path):
    src = tmp_path / "plan.txt"
    src.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    snap = snapshot.snapshot(src, work)
    src.write_text(ENGLISH, encoding="utf-8")  # replaced after the read
    assert snap.copy.read_bytes() == VIETNAMESE_PLAN.encode()
    assert snap.sha256 == _sha(VIETNAMESE_PLAN.encode())
    source = snapshot.load_snapshot(snap, Limits())
    assert source.path == str(src) and source.sha256 == snap.sha256
    assert "An Phú" in source.pages[0].text


def test_snapshot_refuses_bad_files_with_the_loaders_message(tmp_path):
    from vanban.models import InputError, LimitExceeded

    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="empty file"):
        snapshot.snapshot(tmp_path / "empty.txt", work)
    with pytest.raises(InputError, match="no such file"):
        snapshot.snapshot(tmp_path / "missing.txt", work)
    with pytest.raises(LimitExceeded, match="file too large"):
        snapshot.snapshot(tmp_path / "big.txt", work, Limits(max_file_bytes=1000))
    assert list(work.iterdir()) == [], "nothing copied for a refused file"


def test_no_work_folder_is_left_behind(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ENGLISH, encoding="utf-8")
    ingest([tmp_path / "in"], tmp_path / "a.db", jobs=1, progress=False)
    assert list((tmp_path / "tmp").iterdir()) == []


# --- versions follow the file -------------------------------------------------------


def test_v1_v2_v1_makes_v1_the_latest_again(tmp_path):
    doc = tmp_path / "ke-hoach.txt"
    db = tmp_path / "a.db"
    for text in (VIETNAMESE_PLAN, VIETNAMESE_PLAN + V2_LINE, VIETNAMESE_PLAN):
        doc.write_text(text, encoding="utf-8")
        report = ingest([doc], db, jobs=1, progress=False)
        assert (report.stored, report.skipped, report.failed) == (1, 0, 0)
    rows = table(db, "select version, sha256, supersedes_id, id from documents order by version")
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[2][1] == rows[0][1] and rows[2][2] == rows[1][3]
    latest = table(db, "select text from documents d where not exists "
                       "(select 1 from documents n where n.supersedes_id = d.id)")
    assert len(latest) == 1 and "nghiêm túc" not in latest[0][0]
    # a fourth run of the same content adds nothing
    assert ingest([doc], db, jobs=1, progress=False).skipped == 1


def test_an_archive_with_a_unique_sha256_index_is_upgraded(tmp_path):
    from vanban.archive import Archive

    db = tmp_path / "old.db"
    Archive(db).close()
    with sqlite3.connect(db) as conn:  # as archives made before this change were
        conn.execute("DROP INDEX idx_documents_sha256")
        conn.execute("CREATE UNIQUE INDEX idx_documents_sha256 ON documents(sha256)")
    Archive(db).close()
    with sqlite3.connect(db) as conn:
        flags = {r[1]: r[2] for r in conn.execute("PRAGMA index_list(documents)")}
    assert flags["idx_documents_sha256"] == 0


# --- copies in one batch -------------------------------------------------------------


def test_a_copy_of_a_failing_file_is_not_counted_as_stored(tmp_path):
    for name in ("a.txt", "copy-of-a.txt"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "x.db"
    report = ingest([tmp_path / "in"], db, jobs=2, progress=False)
    assert (report.stored, report.skipped, report.failed) == (0, 0, 2), report
    assert sorted(Path(p).name for (p,) in table(db, "select path from ingest_errors")) == [
        "a.txt", "copy-of-a.txt"]


def test_release_copies_counts_them_only_after_a_store():
    batch = steps.Batch(archive=None, engine=None, work_dir=Path("."))
    batch.waiting = {"s1": [Path("b"), Path("c")], "s2": [Path("e")]}
    steps.release_copies(batch, "s1", stored=True)
    assert batch.report.skipped == 2 and not batch.todo
    steps.release_copies(batch, "s2", stored=False)
    assert batch.report.skipped == 2 and list(batch.todo) == [Path("e")]


# --- errors are always recorded, the batch goes on -------------------------------------


def test_a_locked_database_when_recording_an_error_is_retried(tmp_path, monkeypatch):
    from vanban.archive import Archive

    real = Archive.record_error
    calls = []

    def locked_once(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "record_error", locked_once)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "b-plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    db = tmp_path / "a.db"
    report = ingest([tmp_path / "in"], db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (1, 1)
    assert [Path(p).name for (p,) in table(db, "select path from ingest_errors")] == ["a-english.txt"]


def test_an_error_that_cannot_be_recorded_is_said_and_the_batch_goes_on(tmp_path, monkeypatch):
    from vanban.archive import Archive

    def always_locked(self, *args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Archive, "record_error", always_locked)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "b-plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    said = []
    report = ingest([tmp_path / "in"], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.append((Path(path).name, line)))
    assert (report.stored, report.failed) == (1, 1)
    assert said[0][0] == "a-english.txt"
    assert "not Vietnamese" in said[0][1] and "not recorded in ingest_errors: database is locked" in said[0][1]


def test_a_programming_error_keeps_its_traceback_in_the_named_log(tmp_path, monkeypatch):
    def broken(source, pages):
        return {}["no such key"]  # a bug, not bad input

    monkeypatch.setattr(conveyor, "extract_document", broken)
    doc = tmp_path / "plan.txt"
    doc.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    said = []
    report = ingest([doc], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.append(line))
    assert report.failed == 1
    [line] = said
    assert line.startswith("KeyError: 'no such key' (traceback in ") and "\n" not in line
    log = Path(line.split("(traceback in ", 1)[1].rstrip(")"))
    assert log == tmp_path / "a.errors.log"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "in broken" in logged
    assert str(doc) in logged
    # bad input is not a programming error: no traceback for it
    monkeypatch.undo()
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    said.clear()
    ingest([tmp_path / "en.txt"], tmp_path / "a.db", jobs=1, progress=False,
           on_error=lambda path, line: said.append(line))
    assert "traceback" not in said[0]


def test_on_error_is_called_with_progress_bars_on(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    said = []
    report = ingest([tmp_path / "en.txt"], tmp_path / "a.db", jobs=1, progress=True,
                    on_error=lambda path, line: said.append((path, line)))
    assert report.failed == 1
    assert said == [(str(tmp_path / "en.txt"), report.errors[0][1])]


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
        conveyor.process_shipped_page(page, data[:-10], ".png", _sha(data), Limits())
    planted = Path("/tmp/vanban-shipped")
    got = conveyor.process_shipped_page(page, data, ".png", _sha(data), Limits())
    assert "126-CV/ĐU" in got.raw_text or "126" in got.raw_text
    local = conveyor._SHIPPED[_sha(data)]
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


# --- a real plan with an OCR garbage region -------------------------------------------------

SEED_24 = ROOT / "samples" / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"


def _random_letters(size: int, spaces: bool, seed: int = 24) -> str:
    """A photo read as text: random lowercase letters, in short "words" or one run."""
    import random

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    if not spaces:
        return "".join(rng.choice(letters) for _ in range(size))
    words = []
    total = 0
    while total < size:
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 12))))
        total += len(words[-1]) + 1
    return " ".join(words)[:size]


@pytest.mark.parametrize("spaces", [True, False], ids=["words", "one-run"])
def test_a_plan_with_a_megabyte_of_garbage_is_stored_and_the_garbage_flagged(tmp_path, spaces):
    from vanban.archive.search import search

    seed = SEED_24.read_text(encoding="utf-8")
    garbage = _random_letters(1 << 20, spaces)
    (tmp_path / "clean").mkdir()
    (tmp_path / "noisy").mkdir()
    (tmp_path / "clean" / "24.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "noisy" / "24.txt").write_text(seed + "\n" + garbage + "\n", encoding="utf-8")
    clean_db, noisy_db = tmp_path / "clean.db", tmp_path / "noisy.db"
    assert ingest([tmp_path / "clean"], clean_db, jobs=1, progress=False).stored == 1
    report = ingest([tmp_path / "noisy"], noisy_db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (1, 0), report.errors

    [(raw, text, flags)] = table(noisy_db, "select raw_text, text, garbage from pages")
    import json

    [(start, end)] = json.loads(flags)
    assert raw[start:end] == garbage and len(raw) == len(seed) + len(garbage) + 2  # kept as read
    assert garbage[:50] not in text
    # the rest is what the same plan without the garbage gives
    columns = "number, type, date, title, issuer, rtrim(text, char(10)), rtrim(raw_text, char(10))"
    assert table(noisy_db, f"select {columns} from documents") == \
        table(clean_db, f"select {columns} from documents")
    assert len(table(noisy_db, "select search_text from documents")[0][0]) < 3 * len(seed)  # no megabyte
    for name in ("deadlines", "targets", "obligations", "citations"):
        assert table(noisy_db, f"select count(*) from {name}") == \
            table(clean_db, f"select count(*) from {name}"), name
    # searchable by its content, never by the noise, and no noise in snippets
    hits = search(noisy_db, "dan van kheo")
    assert len(hits) == 1 and garbage[:20] not in (hits[0].snippet or "")
    noise_word = garbage[:12].split()[0] if spaces else garbage[:40]
    assert search(noisy_db, noise_word) == []


def test_a_file_of_nothing_but_garbage_is_still_refused(tmp_path):
    (tmp_path / "noise.txt").write_text(_random_letters(50_000, True), encoding="utf-8")
    (tmp_path / "english.txt").write_text(ENGLISH * 20, encoding="utf-8")
    said = {}
    report = ingest([tmp_path], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.__setitem__(Path(path).name, line))
    assert (report.stored, report.failed) == (0, 2)
    assert said["noise.txt"].startswith("no readable text (only OCR garbage: ")
    assert said["english.txt"].startswith("not Vietnamese text")


def test_readable_text_has_no_garbage(samples_dir):
    """Independent material: the legacy-OCR seeds (marks lost, OCR errors),
    born-digital samples and the test plans flag nothing."""
    from vanban.ingest import load
    from vanban.readable import garbage_spans

    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "fixtures" / "plans").glob("*.txt")]
    for path in sorted(samples_dir.iterdir()):
        if path.suffix in {".txt", ".docx"} or path.name.endswith("_text.pdf"):
            texts += [page.text for page in load(path).pages]
    assert len(texts) >= 9
    assert [t[:60] for t in texts if garbage_spans(t)] == []


def test_garbage_spans_keep_line_numbers():
    from vanban.readable import garbage_spans, without

    noise = _random_letters(600, True)
    text = "Đảng ủy phường Bồ Đề\n" + noise + "\n" + noise[:300] + "\nCác chi bộ thực hiện."
    spans = garbage_spans(text)
    assert len(spans) == 1  # two adjacent noisy lines: one region
    kept = without(text, spans)
    assert kept.splitlines()[0] == "Đảng ủy phường Bồ Đề" and kept.count("\n") == text.count("\n")
    assert kept.splitlines()[-1] == "Các chi bộ thực hiện." and noise[:30] not in kept


def test_work_folders_of_killed_ingests_are_swept(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f"{snapshot.WORK_PREFIX}{dead.pid}-abc"
    live = tmp_path / f"{snapshot.WORK_PREFIX}{os.getpid()}-def"
    other = tmp_path / "vanban-ingest-notapid-x"
    for folder in (stale, live, other):
        folder.mkdir()
        (folder / "copy.pdf").write_bytes(b"%PDF")
    snapshot.sweep_work_dirs()
    assert not stale.exists() and live.exists() and other.exists()
