"""The run-time rules read a text's words from ONE index (:class:`vanban.ocr.restore.tokens.WordIndex`).

Kind: the rules that settle a word by its neighbours (limit words, document acts, report forms, body acts, the units'
bodies) each walked the whole page; they now look up their trigger words' places. The answers must be those of a
walk over every token: the sentences below are written for this test in the style of plans and letters.
"""

from vanban.ocr.restore import names
from vanban.ocr.restore.body_acts import act_context
from vanban.ocr.restore.cell_heads import head_snaps
from vanban.ocr.restore.doc_acts import doc_act_snaps
from vanban.ocr.restore.form_numbers import form_snaps
from vanban.ocr.restore.limit_words import limit_snaps
from vanban.ocr.restore.tokens import WordIndex, scan

TEXT = ("Ty le ho gia dinh dat ti thieu 95%; Van phong xa dang tai Nghi quyet tren Trang thong tin, "
        "bao cao theo Bieu 01, 04. Mo hinh duoc Huyen uy cong nhan. Dang uy xa hoi phuong chi dao.")


def test_index_reads_each_word_once_in_order():
    toks = list(scan("Đảng ủy phường, 02 chi bộ"))
    words = WordIndex(toks)
    assert words.folded == ["dang", "uy", "phuong", "chi", "bo"]
    assert words.low[0] == "đảng"
    assert [toks[i].text for i in words.numbers] == ["02"]
    assert words.ranks({"bo", "dang"}) == [0, 4]
    assert toks[words.tok[2]].text == "phường"


def test_rules_answer_the_same_with_a_shared_index():
    toks = list(scan(TEXT))
    words = WordIndex(toks)
    assert sorted(limit_snaps(TEXT, toks, words).values()) == ["thiểu", "tối"]
    assert sorted(doc_act_snaps(TEXT, toks, words).values()) == ["tải", "đăng"]
    assert list(form_snaps(TEXT, toks, words).values()) == ["biểu"]
    assert act_context(toks, words) and names.unit_body_context(toks, words)
    # without an index given, each rule makes its own: the same answers
    assert limit_snaps(TEXT, toks) == limit_snaps(TEXT, toks, words)
    assert doc_act_snaps(TEXT, toks) == doc_act_snaps(TEXT, toks, words)
    assert form_snaps(TEXT, toks) == form_snaps(TEXT, toks, words)


def test_no_trigger_no_answer():
    text = "Cong nhan lao dong tai khu cong nghiep; dang ky tam tru"
    toks = list(scan(text))
    words = WordIndex(toks)
    assert not act_context(toks, words)
    assert not names.unit_body_context(toks, words)
    assert limit_snaps(text, toks, words) == {} and doc_act_snaps(text, toks, words) == {}


def test_a_list_of_units_is_context():
    toks = list(scan("UBND cac xa, phuong tren dia ban"))
    assert names.unit_body_context(toks, WordIndex(toks))


def test_one_line_has_no_table_header():
    # a header cell needs another near it: a text of one line never has one
    text = "Nội dung"
    assert head_snaps(text, list(scan(text))) == {}
