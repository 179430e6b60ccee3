"""A text file far longer than any directive: refused at once in one line that names the file and the
cause (and a row in ``ingest_errors``), and a long text within the limit taken after the small files of
its batch, so it holds none of them back.

Found by the session-31 newcomer: a 12 MB text ran half an hour with no progress (a text is one page to
the progress bar) and the small file queued with it was stored only after it.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import run_cli  # noqa: E402

from vanban.conveyor import ingest  # noqa: E402
from vanban.ingest import load  # noqa: E402
from vanban.models import LimitExceeded, Limits  # noqa: E402

NOTICE = """ỦY BAN NHÂN DÂN
XÃ HÒA LỢI
Số: 18/TB-UBND
Hòa Lợi, ngày 04 tháng 6 năm 2026

THÔNG BÁO
Lịch trực phòng, chống thiên tai tháng 6 năm 2026

Ủy ban nhân dân xã thông báo lịch trực phòng, chống thiên tai như sau:
1. Lãnh đạo Ủy ban nhân dân xã trực theo lịch đính kèm.
2. Các thôn báo cáo tình hình mưa lũ về Văn phòng trước 16 giờ hằng ngày.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hải
"""

CHAPTER = """Điều {n}. Trách nhiệm của các cơ quan, đơn vị
1. Các phòng chuyên môn thuộc Ủy ban nhân dân xã theo chức năng, nhiệm vụ được giao tổ chức thực hiện
các nội dung của Quy chế này; định kỳ hằng quý báo cáo kết quả về Văn phòng Ủy ban nhân dân xã.
2. Trưởng các thôn có trách nhiệm phổ biến Quy chế đến Nhân dân trên địa bàn; kịp thời phản ánh
những khó khăn, vướng mắc phát sinh trong quá trình thực hiện.
"""


def _regulation(articles: int) -> str:
    head = ("ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\nSố: 05/QĐ-UBND\nHòa Lợi, ngày 02 tháng 3 năm 2026\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Ủy ban nhân dân xã\n\n")
    return head + "\n".join(CHAPTER.format(n=n) for n in range(1, articles + 1))


def test_the_default_limit_is_above_any_directive_and_far_below_the_newcomers_text() -> None:
    limit = Limits().max_text_bytes
    assert 1024 * 1024 < limit < 12 * 1024 * 1024  # laws stay under 1 MB; the newcomer's text was 12 MB


def test_a_text_over_the_limit_is_refused_at_once_in_one_line(tmp_path: Path) -> None:
    big = tmp_path / "quy_che_gop.txt"
    big.write_text(_regulation(9000), encoding="utf-8")  # some 4.5 MB: every article of a year's regulations
    assert big.stat().st_size > Limits().max_text_bytes
    started = time.monotonic()
    with pytest.raises(LimitExceeded) as caught:
        load(big)
    assert time.monotonic() - started < 10  # refused from its size, never read
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith(f"text file too large: {big.stat().st_size / 2**20:.3g} MB of text > limit 2 MB")
    assert "split it, or raise --max-text-mb" in line


def test_the_cli_names_the_file_records_the_row_and_stores_the_small_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_quy_che.txt").write_text(_regulation(40), encoding="utf-8")  # some 16 KB
    (folder / "b_thong_bao.txt").write_text(NOTICE, encoding="utf-8")
    db = tmp_path / "a.db"
    done = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1", "--max-text-mb", "0.01")
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if "a_quy_che.txt" in ln]
    assert len(lines) == 1 and "Traceback" not in done.stderr
    size = (folder / "a_quy_che.txt").stat().st_size / 2**20
    assert f"a_quy_che.txt: text file too large: {size:.3g} MB of text > limit 0.01 MB (no directive" in lines[0]
    with sqlite3.connect(db) as conn:
        assert [Path(p).name for (p,) in conn.execute("select path from documents")] == ["b_thong_bao.txt"]
        errors = conn.execute("select path, error from ingest_errors").fetchall()
    assert [(Path(p).name, e.startswith("text file too large")) for p, e in errors] == [("a_quy_che.txt", True)]


def test_a_long_text_is_taken_after_the_small_files_of_its_batch(tmp_path: Path, monkeypatch, caplog) -> None:
    """Stored in the order taken: the small notice first although its name sorts after the long text's,
    and the long text said to be long when it is taken (its progress bar is one page)."""
    import vanban.batch

    monkeypatch.setattr(vanban.batch, "LONG_TEXT_BYTES", 8 * 1024)  # the regulation below is "long"
    (tmp_path / "a_quy_che.txt").write_text(_regulation(40), encoding="utf-8")
    (tmp_path / "b_thong_bao.txt").write_text(NOTICE, encoding="utf-8")
    db = tmp_path / "a.db"
    with caplog.at_level("WARNING", logger="vanban"):
        report = ingest([tmp_path / "a_quy_che.txt", tmp_path / "b_thong_bao.txt"], db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (2, 0)
    with sqlite3.connect(db) as conn:
        names = [Path(p).name for (p,) in conn.execute("select path from documents order by id")]
    assert names == ["b_thong_bao.txt", "a_quy_che.txt"]
    said = [r.getMessage() for r in caplog.records if "a long text" in r.getMessage()]
    assert len(said) == 1 and "a_quy_che.txt: a long text (0.0" in said[0]
    # ux56's size-only notice names the limit and says CPU time, the same line on every run whatever the load
    assert " MB, limit 2 MB): a minute or so of CPU (several times that on a busy machine) to read" in said[0]


def test_long_texts_last_keeps_the_order_of_the_rest(tmp_path: Path, monkeypatch) -> None:
    import vanban.batch
    from vanban.batch import long_texts_last

    monkeypatch.setattr(vanban.batch, "LONG_TEXT_BYTES", 100)
    files = []
    for name, size in (("a.txt", 500), ("b.pdf", 500), ("c.txt", 50), ("d.md", 500), ("e.txt", 10)):
        (tmp_path / name).write_bytes(b"x" * size)
        files.append(tmp_path / name)
    files.append(tmp_path / "missing.txt")
    assert [p.name for p in long_texts_last(files)] == ["b.pdf", "c.txt", "e.txt", "missing.txt", "a.txt", "d.md"]
