"""``vanban search`` with filters and no words lists the newest documents the filters match.

Why (found by a newcomer): ``vanban search --from 20/11/2025 --to 2025-12-31`` said
"Missing argument 'QUERY'", and ``vanban search "" --from … --to …`` found nothing although a
document dated 2025-12-05 was in the archive. Now the filters alone list the documents, newest
first; with neither words nor a filter, and with ``--from`` after ``--to``, the command says so
in one line and exits 2 (a usage error). The archive is real SQLite, the command click's runner.
"""

from __future__ import annotations

import json

import pytest
from archive_samples import make_doc, store_samples
from click.testing import CliRunner

from vanban.cli import cli
from vanban.models import Metadata

DAYS = {"2025-10-01": "12/KH-UBND", "2025-11-20": "15/KH-UBND", "2025-12-05": "18/CT-UBND",
        "2026-01-10": "02/KH-UBND"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    docs = [make_doc(f"d-{iso}.txt", [f"Văn bản số {number} ngày {iso} về công tác dân vận."],
                     Metadata(number=number, type="Chỉ thị" if "CT" in number else "Kế hoạch",
                              date=iso, title=f"Văn bản {number}"))
            for iso, number in DAYS.items()]
    path = tmp_path_factory.mktemp("filters") / "archive.db"
    store_samples(path, docs)
    return path


def _run(archive, *args):
    return CliRunner().invoke(cli, ["search", *args, "--db", str(archive), "--format", "json"])


@pytest.mark.parametrize("words", [[], [""], ["  "]])
def test_filters_alone_list_the_newest_matching_documents(archive, words):
    done = _run(archive, *words, "--from", "20/11/2025", "--to", "2025-12-31")
    assert done.exit_code == 0, done.output
    assert [h["date"] for h in json.loads(done.output)] == ["2025-12-05", "2025-11-20"]


def test_a_type_alone_lists_that_type_newest_first(archive):
    done = _run(archive, "--type", "KH")
    assert done.exit_code == 0, done.output
    assert [h["number"] for h in json.loads(done.output)] == ["02/KH-UBND", "15/KH-UBND", "12/KH-UBND"]


def test_words_still_rank_within_the_filters(archive):
    done = _run(archive, "dan van", "--from", "2025-12-01")
    assert done.exit_code == 0, done.output
    assert sorted(h["date"] for h in json.loads(done.output)) == ["2025-12-05", "2026-01-10"]


def test_neither_words_nor_filter_is_one_usage_line(archive):
    done = CliRunner().invoke(cli, ["search", "--db", str(archive)])
    assert done.exit_code == 2
    assert done.output.strip().count("\n") == 0 and "QUERY or a filter" in done.output


def test_from_after_to_is_one_usage_line(archive):
    done = _run(archive, "--from", "2025-12-31", "--to", "20/11/2025")
    assert done.exit_code == 2
    assert done.output.strip().count("\n") == 0
    assert "--from 2025-12-31 is later than --to 2025-11-20" in done.output
