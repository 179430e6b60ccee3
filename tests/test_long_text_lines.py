"""ux56: a long text's notice and an over-limit text's refusal are one line that depends on the file alone.

Found (session 55's newcomer): an 850 KB text of one line repeated thousands of times was slow to ingest, and the
estimate its line printed changed from run to run ("some 1–4 minutes", then "some 1–12 minutes (the machine is busy)"):
the range was scaled by the load average at the moment. The line now says the file's size, the limit and the CPU it
costs (several times that on a busy machine, in words). The text is a real line (tests/fixtures/ux56/5333-CT-CS.md,
its Luật cited by number and date) repeated, as the newcomer's was.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from vanban.batch import long_text_note
from vanban.ingest import load, too_long_text
from vanban.models import Limits

FIX = Path(__file__).parent / "fixtures" / "ux56" / "5333-CT-CS.md"


def _repeated(path: Path, size: int) -> Path:
    line = next(x for x in FIX.read_text(encoding="utf-8").splitlines() if "48/2024/QH15" in x) + "\n"
    path.write_text(line * (size // len(line.encode())), encoding="utf-8")
    return path


@pytest.fixture
def load_average(monkeypatch):
    """Set the machine's load average the lines could read (``os.getloadavg``)."""
    def set_to(value: float):
        monkeypatch.setattr(os, "getloadavg", lambda: (value, value, value))
    return set_to


def test_the_long_text_notice_is_the_same_at_any_load(tmp_path, load_average):
    source = load(_repeated(tmp_path / "lap.txt", 850 * 1024))
    lines = set()
    for value in (0.0, 2.0, 22.0):
        load_average(value)
        lines.add(long_text_note(source))
    assert len(lines) == 1
    line = lines.pop()
    assert line.startswith("a long text (0.83 MB, limit 2 MB): ")
    assert "minutes of CPU" in line and "several times that on a busy machine" in line


def test_the_refusal_says_size_and_limit_the_same_at_any_load(load_average):
    lines = set()
    for value in (0.0, 2.0, 22.0):
        load_average(value)
        lines.add(too_long_text(3 * 2**20, Limits()))
    assert len(lines) == 1
    assert lines.pop().startswith("text file too large: 3 MB of text > limit 2 MB ")


def test_an_over_limit_text_is_refused_before_it_is_read(tmp_path):
    from vanban.models import LimitExceeded

    path = _repeated(tmp_path / "lap.txt", 850 * 1024)
    with pytest.raises(LimitExceeded, match=r"^text file too large: 0\.83 MB of text > limit 0\.5 MB "):
        load(path, Limits(max_text_bytes=512 * 1024))


@pytest.mark.slow  # a timing check: kept out of make test (speed lives in bench/), run with -m slow
def test_four_times_the_repeated_text_costs_about_four_times_to_mend_its_years(tmp_path):
    """A dated line repeated: each date's year was compared with every year of the text (``ocr.glyphs.far_years``,
    run on every page): the square of the length (2.6 s of CPU on the 850 KB text, 0.14 s now)."""
    from vanban.ocr.glyphs import far_years

    small = _repeated(tmp_path / "s.txt", 200 * 1024).read_text(encoding="utf-8")
    large = _repeated(tmp_path / "l.txt", 800 * 1024).read_text(encoding="utf-8")
    cost = []
    for text in (small, small, large):
        t = time.process_time()
        assert far_years(text) == text  # every year is the text's own: nothing to mend
        cost.append(time.process_time() - t)
    assert cost[2] < 8 * cost[1] + 0.05, cost  # linear: ~4×; the square: ~16×
