"""The packed-mask neighbourhood tests (vanban/ocr/bitmask.py) give the same pixels as the plain boolean
shifts they replaced in the speck tests (vanban/ocr/preprocess.py), the rule search (vanban/ocr/rules.py) and
the lost lines' rule mask (vanban/ocr/lost_lines.py): written here the slow, obvious way, on masks whose widths
fall on and around the 64-pixel words, and on a speckled and a ruled rendered page."""

from __future__ import annotations

import numpy as np
import pytest

from vanban.ocr import bitmask
from vanban.ocr.lost_lines import _vertical_rules
from vanban.ocr.preprocess import _dots, _specks, speckled

SHAPES = [(1, 1), (2, 3), (5, 7), (9, 63), (9, 64), (9, 65), (40, 128), (33, 129), (70, 200)]


def _neighbours(dark: np.ndarray, reach: int, ring_only: bool) -> list[np.ndarray]:
    h, w = dark.shape
    p = np.pad(dark, reach)
    out = []
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            if (dy or dx) and (not ring_only or max(abs(dy), abs(dx)) == reach):
                out.append(p[reach + dy:h + reach + dy, reach + dx:w + reach + dx])
    return out


def _masks():
    rng = np.random.default_rng(7)
    for shape in SHAPES:
        for share in (0.02, 0.3, 0.7):
            yield rng.random(shape) < share


@pytest.mark.parametrize("dark", list(_masks()), ids=lambda m: f"{m.shape}-{int(m.sum())}")
def test_packed_tests_match_the_plain_shifts(dark: np.ndarray) -> None:
    words = bitmask.pack(dark)
    assert (bitmask.unpack(words, dark.shape[1]) == dark).all()
    assert bitmask.count(words) == int(dark.sum())
    assert bitmask.count_rows(words).tolist() == dark.sum(axis=1).tolist()
    near = _neighbours(dark, 1, ring_only=False)
    assert (bitmask.unpack(bitmask.at_least_two_neighbours(words), dark.shape[1]) == (sum(n.astype(int) for n in near) >= 2)).all()
    assert (bitmask.unpack(_dots(words), dark.shape[1]) == (dark & ~np.logical_or.reduce(near))).all()
    ring = _neighbours(dark, 2, ring_only=True)
    assert (bitmask.unpack(_specks(words), dark.shape[1]) == (dark & ~np.logical_or.reduce(ring))).all()


@pytest.mark.parametrize("span", [1, 2, 3, 5, 8, 13, 39])
def test_vertical_rules_are_the_runs_of_at_least_span(span: int) -> None:
    rng = np.random.default_rng(span)
    ink = rng.random((60, 70)) < 0.8
    ink[:, 10] = True  # a rule the height of the page
    ink[5:5 + span, 30] = True  # a run exactly ``span`` long
    h = ink.shape[0]
    want = np.zeros_like(ink)
    for x in range(ink.shape[1]):
        y = 0
        while y < h:
            if ink[y, x]:
                end = y
                while end < h and ink[end, x]:
                    end += 1
                if end - y >= span:
                    want[y:end, x] = True
                y = end
            else:
                y += 1
    assert (_vertical_rules(ink, span) == want).all()
    assert want[:, 10].all() and want[5:5 + span, 30].all()


def test_speckled_page_against_the_plain_count() -> None:
    rng = np.random.default_rng(3)
    page = np.full((300, 257), 255, np.uint8)
    page[40:48, 20:230] = 0  # a line of "text"
    for share, expected in ((0.0, False), (0.01, True)):
        im = page.copy()
        im[rng.random(im.shape) < share] = 0
        dark = im < 128
        near = sum(n.astype(int) for n in _neighbours(dark, 1, ring_only=False))
        isolated = int((dark & (near <= 1)).sum())
        plain = isolated >= 0.25 * dark.sum() and isolated >= 0.002 * dark.size
        from PIL import Image

        assert speckled(Image.fromarray(im)) == bool(plain) == expected


def test_counts_without_numpy_bitwise_count(monkeypatch) -> None:
    """numpy before 2.0 has no bitwise_count (pyproject allows 1.26): the byte table counts the same."""
    dark = np.random.default_rng(11).random((50, 130)) < 0.4
    words = bitmask.pack(dark)
    monkeypatch.setattr(bitmask, "_BITWISE_COUNT", None)
    assert bitmask.count(words) == int(dark.sum())
    assert bitmask.count_rows(words).tolist() == dark.sum(axis=1).tolist()
