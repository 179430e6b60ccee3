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
