"""The single writer behind uploads and the consume folder (`vanban.intake`)."""

from __future__ import annotations

import shutil
import sqlite3

from conftest import SAMPLES

from vanban.intake import Intake


def test_jobs_report_pages_and_the_stored_document(tmp_path):
    db = tmp_path / "archive.db"
    scan = tmp_path / "18-KH.pdf"
    shutil.copy(SAMPLES / "18-KH-DU_chuyen_doi_so_2026_scan.pdf", scan)
    seen = []
    intake = Intake(db, jobs=2)
    try:
        job = intake.submit(scan, then=seen.append)
        assert intake.get(job.id) is job and job.state in ("queued", "reading")
        intake.wait(job, timeout=300)
        assert job.state == "done", job.error
        assert (job.pages_done, job.pages_total) == (2, 2)  # the conveyor's on_page
        assert job.existing is False and job.stored_path == str(scan)
        again = intake.wait(intake.submit(scan), timeout=120)
        assert again.document_id == job.document_id and again.existing is True
        bad = tmp_path / "empty.pdf"
        bad.write_bytes(b"%PDF-1.4 broken")
        failed = intake.wait(intake.submit(bad), timeout=120)
        assert failed.state == "failed" and failed.error and failed.document_id is None
    finally:
        intake.close(timeout=60)
    assert seen == [job]  # `then` ran once, for its own job, after it finished
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1
        assert conn.execute("select count(*) from ingest_errors where path like '%empty.pdf'").fetchone()[0] == 1
