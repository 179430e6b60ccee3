"""A document stored as two files ranks as one document (its second file after the others), and "92%" finds only documents that write 92% (the final newcomer
of session 17: its archive held 92-TB/ĐU as .txt and .pdf, both listed first for "92%" above the plans holding 92%,
though the Thông báo writes no 92%: only its "Số 92-TB/ĐU"). The Python search and the served ranked page agree."""

from __future__ import annotations

import pytest

from vanban.archive.search import search
from site_client import ranked

from vanban.archive import Archive
from vanban.archive.typed_figures import copy_key, figures_written
from vanban.conveyor import process_file

HEAD = ("{issuer}                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số {number}                  Lạng Sơn, ngày 04 tháng 5 năm 2027\n\n{kind}\n{title}\n\n")
NOTICE = ("ĐẢNG ỦY PHƯỜNG TAM THANH", "92-TB/ĐU", "THÔNG BÁO", "Kết luận của Ban Thường vụ Đảng ủy phường",
          "Ban Thường vụ đề nghị các chi bộ hoàn thành thu đảng phí trước ngày 30/6/2027.\n")
PLAN = ("ĐẢNG ỦY XÃ MAI PHA", "31-KH/ĐU", "KẾ HOẠCH", "Xây dựng gia đình văn hóa năm 2027",
        "1. Phấn đấu tỷ lệ hộ gia đình văn hóa đạt trên 92%.\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    db = folder / "archive.db"
    names = {}
    with Archive(db) as a:
        for name, (issuer, number, kind, title, body) in {"notice": NOTICE, "plan": PLAN}.items():
            text = HEAD.format(issuer=issuer, number=number, kind=kind, title=title) + body
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            names[a.store(process_file(folder / f"{name}.txt", jobs=1))] = name
        # the notice again as another file: the same document, a few bytes apart (a copy saved with a note)
        (folder / "notice_copy.txt").write_text(HEAD.format(issuer=NOTICE[0], number=NOTICE[1], kind=NOTICE[2],
                                                            title=NOTICE[3]) + NOTICE[4] + "\n(Bản sao)\n",
                                                encoding="utf-8")
        names[a.store(process_file(folder / "notice_copy.txt", jobs=1))] = "notice"
    return db, names


def test_a_figure_finds_only_documents_writing_it(archive):
    assert ranked(archive, "92%") == ["plan"]


def test_a_second_file_of_one_document_comes_after_the_others(archive):
    """One document in two files is one result (session 51): its other file named in ``also``, not listed again."""
    listed = ranked(archive, "dang uy")
    assert sorted(listed) == ["notice", "plan"]
    assert ranked(archive, "92-TB/ĐU") == ["notice"]
    db, names = archive
    (hit,) = [h for h in search(db, "92-TB/ĐU")]
    assert [names[f.id] for f in hit.also] == ["notice"]


@pytest.mark.parametrize("text, query, written", [
    ("đạt trên 92%.", "92%", True),
    ("đạt 92 % hồ sơ", "92%", True),
    ("đạt 92,5%", "92,5%", True),
    ("Số 92-TB/ĐU", "92%", False),
    ("đạt 192%", "92%", False),
    ("Số 92-TB/ĐU", "92-TB/ĐU", True),  # no figure typed
])
def test_figures_written(text, query, written):
    assert figures_written(text, query) is written


def test_copy_key_needs_number_and_date():
    assert copy_key("92-TB/ĐU", "2027-05-04", "Thông báo") == copy_key("92-TB/ĐU", "2027-05-04", "Thông báo")
    assert copy_key(None, "2027-05-04", "Thông báo") is None and copy_key("92-TB/ĐU", None, "Thông báo") is None
    assert copy_key("92-TB/ĐU", "2027-05-04", "Thông báo") != copy_key("92-TB/ĐU", "2026-05-04", "Thông báo")
