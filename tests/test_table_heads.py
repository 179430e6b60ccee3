"""The shared opening of a data table's header (vanban.extract.table_heads): one folded key per head cell, the data
tables with a header, the first column a grammar names."""

import re

from vanban.extract.table_heads import head_column, head_key, head_keys, headed_tables
from vanban.models import Table


def test_head_key_folds_joins_lines_and_drops_emphasis():
    assert head_key("**Số lượng\n  học viên:**") == "so luong hoc vien"
    assert head_key(" Đơn vị thực hiện. ") == "don vi thuc hien"


def test_head_keys_keep_column_order():
    assert head_keys(("STT", "Nội dung", "Thời gian")) == ["stt", "noi dung", "thoi gian"]


def test_head_column_first_match_and_skip():
    heads = ["stt", "noi dung cong viec", "noi dung khac", "thoi gian"]
    rx = re.compile(r"^noi dung")
    assert head_column(heads, rx.match) == 1
    assert head_column(heads, rx.match, skip=(1,)) == 2
    assert head_column(heads, rx.match, skip=(None,)) == 1
    assert head_column(heads, re.compile("ghi chu").search) is None


def test_headed_tables_keep_data_tables_with_a_header():
    kept = Table(start=0, end=10, rows=(), role="data", header=("STT", "Nội dung"))
    issuer = Table(start=20, end=30, rows=(), role="header", header=("A", "B"))
    bare = Table(start=40, end=50, rows=(), role="data", header=())
    assert list(headed_tables((kept, issuer, bare))) == [kept]
