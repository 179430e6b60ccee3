"""vanban.lazy_pattern: a pattern compiled at its first use answers as re.compile's does, and a module's
unused patterns stay uncompiled (ocr/glyphs.py's legacy-OCR repairs on a page Tesseract vie read)."""

import os
import pathlib
import re
import subprocess
import sys

from vanban.lazy_pattern import lazy_compile


def test_answers_as_compiled():
    source, text = r"(?<=T)™|(\d+)\s*/\s*(QĐ)", "T™ số 12 / QĐ-UBND"
    lazy, eager = lazy_compile(source, re.I), re.compile(source, re.I)
    assert lazy.sub("x", text) == eager.sub("x", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.search(text).groups() == eager.search(text).groups()
    assert (lazy.pattern, lazy.flags, lazy.groups) == (eager.pattern, eager.flags, eager.groups)


def test_compiled_once_at_first_use():
    lazy = lazy_compile(r"\d+")
    assert "sub" not in vars(lazy)
    assert lazy.findall("ngày 12 tháng 02") == ["12", "02"]
    taken = vars(lazy)["sub"]
    assert lazy.sub is taken  # later uses read the compiled pattern's method, no second compile


def test_legacy_repairs_stay_uncompiled_on_accented_text():
    # a sentence of a real plan as Tesseract vie reads it (tests/fixtures/plans): one_glyph, date_digits and
    # the other repairs of correct_text's "correct" mode may compile theirs; legacy_glyphs' patterns are not asked for.
    # In a fresh interpreter: other tests of the same worker may have used every pattern of the module already.
    probe = (
        "from vanban.lazy_pattern import LazyPattern\n"
        "from vanban.ocr import glyphs\n"
        "patterns = [v for v in vars(glyphs).values() if isinstance(v, LazyPattern)]\n"
        "assert len(patterns) >= 40, len(patterns)\n"
        "glyphs.date_digits('Hà Nội, ngày 12 tháng O2 năm 2026')\n"
        "assert any('sub' not in vars(p) for p in patterns)\n"
        "assert glyphs.legacy_glyphs('SG Y té') == 'So Y té'\n"
    )
    root = pathlib.Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
