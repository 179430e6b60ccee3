"""Restoration pauses the cyclic garbage collector for a call (:func:`vanban.ocr.restore.decode.gc_paused`):
the collector's state after a call is the state before it, whatever the call did."""

from __future__ import annotations

import gc

import pytest

from vanban.ocr.restore import restore
from vanban.ocr.restore.decode import gc_paused, get_restorer


def test_collector_is_on_again_after_a_call_and_after_an_error():
    assert gc.isenabled()
    seen = []
    out = restore("Dang uy phuong Bo De lanh dao")
    assert gc.isenabled() and out.text.startswith("Đảng ủy phường")
    gc_paused(lambda: seen.append(gc.isenabled()))
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ValueError):
        restore("x", "nonsense")
    with pytest.raises(ZeroDivisionError):
        gc_paused(lambda: 1 / 0)
    assert gc.isenabled()


def test_a_collector_the_application_turned_off_stays_off():
    gc.disable()
    try:
        get_restorer().restore("ke hoach nam 2024")
        restore("ke hoach nam 2024")
        assert not gc.isenabled()
    finally:
        gc.enable()
