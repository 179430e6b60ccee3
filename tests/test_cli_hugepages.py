"""``vanban text`` asks numpy for no transparent huge pages (a one-file command: its arrays are allocated once and
freed at exit, and each huge page's first touch costs the kernel a 2 MB zeroing or a compaction; bench/ocr.py);
a user's own NUMPY_MADVISE_HUGEPAGE stands. Run in a fresh interpreter: numpy reads the setting at its import."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import sys
import vanban.cli as cli
assert 'numpy' not in sys.modules, 'vanban.cli imported numpy: the setting would come too late'
def process(*args, **kwargs):
    import numpy._core.multiarray as m
    print(m._get_madvise_hugepage())
    sys.exit(0)
cli._process = process
sys.argv = ['vanban', 'text', sys.argv[1], '--jobs', '1']
cli.cli()
"""


def _hugepage_advice(tmp_path, **env) -> str:
    page = tmp_path / "page.txt"
    page.write_text("KẾ HOẠCH\n", encoding="utf-8")
    run_env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    run_env.update(env, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE, str(page)], env=run_env, capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def test_text_command_turns_huge_pages_off(tmp_path):
    assert _hugepage_advice(tmp_path) == "False"


def test_users_setting_stands(tmp_path):
    assert _hugepage_advice(tmp_path, NUMPY_MADVISE_HUGEPAGE="1") == "True"
