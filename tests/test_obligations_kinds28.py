"""Obligation kinds of session 28 (tune27's misses, issues 9 and 10): the provincial statistics office as named since
the 2025 reform ("Thống kê tỉnh X", as "Thuế tỉnh X" is the tax office) acts in its sentence.

The sentences are written in the style of a UBND tỉnh's Quyết định giao chỉ tiêu; none is a sentence of a gold
document."""

from __future__ import annotations

from vanban.extract import subjects as S


def test_the_statistics_office_named_since_the_reform_acts():
    who, what = S.actor("Thống kê tỉnh Hà Tĩnh hướng dẫn các xã, phường cách thu thập số liệu dân số, lao động.")
    assert (who, what) == ("Thống kê tỉnh Hà Tĩnh", "hướng dẫn các xã, phường cách thu thập số liệu dân số, lao động.")


def test_the_statistics_of_a_report_are_no_body():
    """"Thống kê, báo cáo …" opens a task (the verb), not the office."""
    who, _ = S.actor("Thống kê, báo cáo số liệu về Sở Tài chính.")
    assert who is None
