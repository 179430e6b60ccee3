"""``nhiem_vu_cua`` (a body's tasks, the served canned query) costs work in proportion to its rows.

Found in session 21 on an archive of thousands of task rows, most documents issued by one office: the query ran past
the served time limit (5 s). Two kinds, both counted here (not timed):
- the check that lists a document once, in its best-read form ("the same số ký hiệu, date and issuer in a better
  form"), searched the documents by issuer — one office issues nearly all of an archive — so every task row compared
  every document's form (``vn_form_rank``); it now looks them up by số ký hiệu (the index an archive has for it);
- each row spelled out its body's name and the typed one (``abbreviations.spellings``); each is now spelled once.
Real parts: documents stored by :class:`Archive` in SQLite, the query through Datasette's own test client."""

from __future__ import annotations

from site_client import get_json

import vanban.abbreviations as abbreviations
import vanban.web.plugin as plugin
import yaml
from archive_samples import make_doc
from vanban.archive import Archive
from vanban.models import Metadata, Obligation, Span
from vanban.web.server import METADATA_FILE, datasette_app

DOCS, ROWS = 60, 8
BODIES = ["Ủy ban nhân dân xã", "Văn phòng Đảng ủy", "UBND xã", "Chi bộ thôn Đông Tiến"]


def _archive(path):
    with Archive(path) as a:
        for k in range(DOCS):
            lines = [f"Nhiệm vụ {k}.{i}: {BODIES[i % len(BODIES)]} rà soát hồ sơ trước ngày 30/6/2026." for i in range(ROWS)]
            text = "\n".join(lines)
            obligations, at = [], 0
            for i, line in enumerate(lines):
                obligations.append(Obligation(who=BODIES[i % len(BODIES)], what="rà soát hồ sơ",
                                              span=Span(at, at + len(line), line)))
                at += len(line) + 1
            a.store(make_doc(f"/kho/{k}-KH.txt", [text], Metadata(number=f"{k}-KH/ĐU", type="Kế hoạch",
                                                                    issuer="ĐẢNG ỦY XÃ TÂN HƯNG", date="2026-03-01"),
                             obligations=tuple(obligations)))


def test_a_bodys_tasks_cost_work_in_proportion_to_the_rows(tmp_path, monkeypatch):
    db = tmp_path / "archive.db"
    _archive(db)
    ds = datasette_app(db)
    get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=x")  # the connection made, its vocabulary read
    calls = {"spell": 0}
    spell = abbreviations.spellings

    def counted_spell(*args):
        calls["spell"] += 1
        return spell(*args)

    monkeypatch.setattr(plugin, "spellings", counted_spell)
    plugin._spelled_out.cache_clear()
    ds = datasette_app(db)  # a new connection: the counted functions registered
    rows = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&_size=max&don_vi=uy+ban+nhan+dan+xa")
    # "UBND xã" is "Ủy ban nhân dân xã" spelled short: both bodies' rows, of every document
    assert len(rows) == DOCS * ROWS // 2
    # each distinct name spelled out once (the bodies and the typed name), not once a row
    assert calls["spell"] <= len(BODIES) + 2, calls


def test_the_best_form_check_looks_documents_up_by_their_number(tmp_path):
    """Every canned query that lists a document once in its best-read form finds its other forms through the số ký
    hiệu index, never by scanning the issuer's documents (SQLite's own plan of the served SQL)."""
    db = tmp_path / "archive.db"
    _archive(db)
    queries = yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]
    checked = 0
    with Archive(db) as a:
        conn = a.conn
        plugin.prepare_connection(conn)
        for name, q in queries.items():
            if "vn_form_rank" not in q["sql"] and "documents_listed" not in q["sql"]:  # the view (vanban.archive.forms)
                continue
            params = {p: "x" for p in __import__("re").findall(r"(?<!:):(\w+)", q["sql"])}
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + q["sql"], params)]
            assert not any("idx_documents_issuer_key" in step for step in plan), (name, plan)
            checked += 1
        from vanban.web.home import _NEWEST_SQL

        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + _NEWEST_SQL, [10])]
        assert not any("idx_documents_issuer_key" in step for step in plan), plan
    assert checked >= 8
