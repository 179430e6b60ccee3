"""The archive teaches the restoration model its own vocabulary (`vanban lm learn`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vanban.conveyor import ingest, learn_from_archive

ROOT = Path(__file__).resolve().parent.parent

ACCENTED = """ĐẢNG ỦY PHƯỜNG KẺ SẶT
Số 09-KH/ĐU
Kẻ Sặt, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền kỷ niệm ngày thành lập Đảng bộ phường Kẻ Sặt
Ban Thường vụ Đảng ủy phường Kẻ Sặt xây dựng kế hoạch tuyên truyền như sau.
Các chi bộ trên địa bàn phường Kẻ Sặt tổ chức sinh hoạt chuyên đề về lịch sử Đảng bộ phường Kẻ Sặt.
Ủy ban nhân dân phường Kẻ Sặt phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường Kẻ Sặt.
"""


def restore_with(layer: Path | None, text: str) -> str:
    env = dict(os.environ)
    env.pop("VANBAN_LM_USER", None)
    if layer:
        env["VANBAN_LM_USER"] = str(layer)
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "restore"], input=text,
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_learning_from_the_archive_fixes_its_own_names(tmp_path):
    doc = tmp_path / "09-KH-DU.txt"
    doc.write_text(ACCENTED, encoding="utf-8")
    db = tmp_path / "archive.db"
    assert ingest([doc], db, jobs=1, progress=False).stored == 1

    query = "lich su phuong Ke Sat"  # a ward the base model's text never names
    assert restore_with(None, query) != "lịch sử phường Kẻ Sặt"  # the base model alone misses it

    layer, pages = learn_from_archive(db)
    assert pages == 1 and layer.exists() and layer.name == "archive.lm-user.npz"
    assert restore_with(layer, query) == "lịch sử phường Kẻ Sặt"


def test_restored_pages_do_not_teach_the_model(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_text("Dang uy phuong Bo De xay dung ke hoach tuyen truyen nhu sau\n" * 3,
                      encoding="utf-8")
    db = tmp_path / "archive.db"
    ingest([legacy], db, jobs=1, progress=False)
    _, pages = learn_from_archive(db)
    assert pages == 0


def _layer_counts(layer: Path) -> dict:
    import numpy as np

    z = np.load(layer)
    return {k: z[k].tolist() for k in ("uni", "bi_keys", "bi_counts", "tri_keys", "tri_counts")}


def test_learning_twice_counts_each_page_once(tmp_path):
    doc = tmp_path / "09-KH-DU.txt"
    doc.write_text(ACCENTED, encoding="utf-8")
    db = tmp_path / "archive.db"
    ingest([doc], db, jobs=1, progress=False)
    layer, pages = learn_from_archive(db)
    first = _layer_counts(layer)
    layer, again = learn_from_archive(db)
    assert (pages, again) == (1, 1)
    assert _layer_counts(layer) == first, "a second run must not add the same page again"
    # a new page is added once; the old one is still counted once
    other = tmp_path / "10-KH-DU.txt"
    other.write_text(ACCENTED.replace("09-KH/ĐU", "10-KH/ĐU") + "Phường Bồ Đề tổ chức hội nghị.\n",
                     encoding="utf-8")
    ingest([other], db, jobs=1, progress=False)
    _, pages = learn_from_archive(db)
    assert pages == 2
    assert sum(_layer_counts(layer)["uni"]) < 2.2 * sum(first["uni"])


def test_a_crash_while_learning_keeps_the_old_layer(tmp_path, monkeypatch):
    from vanban.ocr import restore

    doc = tmp_path / "09-KH-DU.txt"
    doc.write_text(ACCENTED, encoding="utf-8")
    db = tmp_path / "archive.db"
    ingest([doc], db, jobs=1, progress=False)
    layer, _ = learn_from_archive(db)
    before = layer.read_bytes()
    real = restore.update_from_texts

    def dies_while_writing(texts, out_path):
        real(texts, out_path)
        Path(out_path).write_bytes(b"half a fi")  # a layer cut short …
        raise MemoryError("killed while writing")  # … then the process dies

    monkeypatch.setattr(restore, "update_from_texts", dies_while_writing)
    try:
        learn_from_archive(db)
    except MemoryError:
        pass
    assert layer.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "lm-user" in p.name) == [layer.name]


def test_model_and_layer_writers_replace_atomically(tmp_path, monkeypatch):
    """The LM's own writers go through a part file: a failure mid-write
    leaves the previous file whole."""
    import numpy as np

    from vanban.ocr.restore.lm import DEFAULT_PATH, LanguageModel, update_from_texts

    layer = tmp_path / "x.npz"
    lm = LanguageModel(DEFAULT_PATH)
    update_from_texts([ACCENTED], layer, lm)
    before = layer.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez_compressed", disk_full)
    try:
        update_from_texts([ACCENTED], layer, lm)
    except OSError:
        pass
    assert layer.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.npz"]
