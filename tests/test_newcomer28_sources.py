"""A row's source is its task's own sentence(s), cut only between words (newcomer run, session 28).

The kinds, in my words: an item that charges one body ("1. Yêu cầu các chi bộ trực thuộc, …") and lists its tasks as
dashed bullets gives each bullet's task a row; the row's "Căn cứ / nguồn" must quote that bullet, not the whole item
(a reader looking for the yearly review read four bullets and a heading). A quote kept to a length is cut at a word's
end with "…", never mid-word ("trước ngày 25 thán"). The plan is written for this test
(``tests/fixtures/newcomer28/kh32_bullets.txt``); the expected quotes are its bullets as written.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract.checklist import build_checklist, own_sentences
from vanban.extract.folded import clipped_quote

PLAN = ROOT / "tests/fixtures/newcomer28/kh32_bullets.txt"
YEARLY_REVIEW = ("Hằng năm, rà soát, đánh giá chất lượng các mô hình đã được công nhận, đề nghị công nhận lại hoặc đưa "
                 "ra khỏi danh sách các mô hình không còn phát huy hiệu quả theo hướng dẫn của cơ quan chuyên môn cấp "
                 "trên.")


@pytest.fixture(scope="module")
def items():
    return build_checklist(process_file(PLAN, jobs=1).extraction, dt.date(2026, 12, 4))


def test_a_bullet_task_quotes_its_own_bullet(items):
    row = next(i for i in items if "chất lượng các mô hình" in i.what)
    assert row.source == YEARLY_REVIEW


def test_no_bullet_row_quotes_the_item_heading(items):
    for it in items:
        if it.who.startswith("các chi bộ"):
            assert "1. Yêu cầu" not in (it.source or ""), it.source


def test_a_sentence_of_clauses_stays_whole():
    s = "Ủy ban nhân dân phường rà soát hồ sơ; báo cáo kết quả trước ngày 30/6/2026."
    assert own_sentences(s, "báo cáo kết quả trước ngày 30/6/2026") == s


def test_a_year_range_is_no_bullet():
    s = "Đảng ủy tổ chức hội nghị đăng ký mô hình giai đoạn 2026 - 2031. Văn phòng Đảng ủy chuẩn bị tài liệu."
    assert own_sentences(s, "tổ chức hội nghị đăng ký mô hình giai đoạn 2026 - 2031") == \
        "Đảng ủy tổ chức hội nghị đăng ký mô hình giai đoạn 2026 - 2031."


@pytest.mark.parametrize("limit", [10, 23, 40, 51])
def test_a_clipped_quote_ends_between_words(limit):
    s = "gửi báo cáo về Ban Xây dựng Đảng trước ngày 25 tháng 11 hằng năm"
    q = clipped_quote(s, limit)
    assert q.endswith(" …")
    body = q[:-2]
    assert len(body) <= limit and s.startswith(body) and s[len(body)] == " "


def test_a_short_quote_is_whole():
    assert clipped_quote("  báo cáo  kết quả, ", 100) == "báo cáo kết quả"


# --- a closing quote OCR printed as "™" after a word (vanban.text.closing_quotes) ------------------------------------

def test_a_trademark_sign_closing_a_quote_is_the_quote():
    from vanban.text import closing_quotes
    s = "xây dựng mô hình “Dân vận khéo™ giai đoạn 2026 - 2031"
    assert closing_quotes(s) == "xây dựng mô hình “Dân vận khéo” giai đoạn 2026 - 2031"
    assert len(closing_quotes(s)) == len(s)  # one character for one: offsets hold


def test_a_trademark_sign_with_no_quote_open_stays():
    from vanban.text import closing_quotes
    assert closing_quotes("nhãn hiệu VietGAP™ đã đăng ký") == "nhãn hiệu VietGAP™ đã đăng ký"
    assert closing_quotes("“Dân vận khéo” và nhãn Sao Vàng™") == "“Dân vận khéo” và nhãn Sao Vàng™"


def test_the_signature_tm_is_still_mended_first():
    from vanban.ocr.glyphs import one_glyph
    assert one_glyph("T™. ỦY BAN NHÂN DÂN") == "TM. ỦY BAN NHÂN DÂN"


# --- a counted noun's scope over a line the page wrapped (target_scope._counted_scope) ------------------------------------

def test_a_counted_scope_runs_over_a_wrapped_line():
    from vanban.extract import extract
    text = ("1. Chỉ tiêu\nPhấn đấu toàn phường có từ 15 đến 20 mô hình cấp\nphường và 01 đến 02 mô hình cấp Quận "
            "được công nhận.\n")
    scopes = {t.scope for t in extract(text).targets}
    assert "mô hình cấp phường" in scopes  # not "mô hình cấp", nor run into the next figure


def test_a_new_line_in_capitals_still_ends_the_scope():
    from vanban.extract import extract
    text = "1. Chỉ tiêu\nPhấn đấu toàn phường có từ 15 đến 20 mô hình cấp\nPhấn đấu 100% đảng viên học tập nghị quyết.\n"
    assert "mô hình cấp" in {t.scope for t in extract(text).targets}  # a new sentence, not the scope's words


def test_an_aim_over_the_whole_area_names_no_measure():
    # (session 37) with the blank line under its heading, the words before the figure are the aim and its area alone
    # ("Phấn đấu toàn xã có"): the counted noun after the figure is the scope, as without the heading's line
    from vanban.extract import extract
    text = "II. MỤC TIÊU\n\n1. Chỉ tiêu\n\nPhấn đấu toàn xã có ít nhất 08 mô hình kinh tế tập thể.\n"
    assert "mô hình kinh tế tập thể" in {t.scope for t in extract(text).targets}
