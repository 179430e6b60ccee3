"""A search snippet marks what the index matched: the words typed side by side where they stand side by side, not
each syllable wherever it stands alone.

Found by the session-34 newcomer: "hoi chu thap do" marked the "chủ" of "chủ trì" beside "[Hội] [Chữ] [thập] [đỏ]".
A document found by the words apart (no phrase of them in it) still has each word marked.
"""

from __future__ import annotations

from archive_samples import make_doc

from vanban.archive import Archive, search
from vanban.archive.snippet import make_snippet
from vanban.models import Metadata

TEXT = ("Giao Hội Chữ thập đỏ xã chủ trì, phối hợp với Đoàn Thanh niên tổ chức hiến máu tình nguyện; "
        "Ủy ban nhân dân xã chủ trì việc bố trí địa điểm.")


def test_the_phrase_typed_is_marked_and_a_word_of_it_elsewhere_is_not(tmp_path):
    with Archive(tmp_path / "a.db") as a:
        a.store(make_doc("/hien_mau.txt", [TEXT], Metadata(number="7/KH-UBND")))
    hit = search(tmp_path / "a.db", "hoi chu thap do")[0]
    assert "[Hội] [Chữ] [thập] [đỏ] xã chủ trì" in hit.snippet
    assert "[chủ] trì" not in hit.snippet


def test_words_found_apart_are_each_marked():
    s = make_snippet(TEXT, ["hien", "mau", "dia", "diem"], runs=[["hien", "mau", "dia", "diem"]])
    assert "[hiến] [máu] tình nguyện" in s and "[địa] [điểm]" in s


def test_a_run_found_in_its_other_spelling_is_marked_there_only():
    s = make_snippet(TEXT, ["ubnd", "xa"], runs=[["ubnd", "xa"]])
    assert "[Ủy] [ban] [nhân] [dân] [xã] chủ trì" in s
    assert "đỏ [xã]" not in s  # the "xã" of the Red Cross's branch is no part of "UBND xã"


def test_runs_typed_apart_are_each_a_phrase():
    s = make_snippet(TEXT, ["xa", "chu", "tri", "hien", "mau"], runs=[["xa", "chu", "tri"], ["hien", "mau"]])
    assert s.count("[xã] [chủ] [trì]") == 2 and "[hiến] [máu]" in s
