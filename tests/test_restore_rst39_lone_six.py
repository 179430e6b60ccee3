"""(rst39) Legacy OCR's lone "6" between words, and a syllable's digits before a figure: which reading the
decoder is offered.

Why: Tesseract ``eng`` prints the word "ở" (and "ổ", "ô") as a bare "6"; where a countable noun followed ("6 chi bộ",
"6 cơ sở") the language model kept the figure though the words before read as no count, and the figure became a
target's count. A figure stays a reading only after a count's cue or a label's head
(:func:`vanban.ocr.restore.lone_glyphs.reads_as_count`); "ổ" is offered beside "ở" and "ô" ("ổ dịch"); and two bare
figures in a row after a word read the first as a syllable at no price ("nêu rõ 03 - 05 …")."""

from __future__ import annotations

from vanban.ocr.restore import restore
from vanban.ocr.restore.decode import get_restorer
from vanban.ocr.restore.lone_glyphs import COUNT_LEADS, reads_as_count

PROSE = ("Phat huy vai tro cua cac doan thé 6 co sé trong viéc van déng nhan dan.\n"
         "Hé tr¢ ngudi lao d6ng 6 cac khu cong nghiép tim viéc lam.\n"
         "Phuong thanh lap mdi 6 chi hdi, duy tri ít nhất 6 to tu quan; bao cao dinh ky 6 thang.\n"
         "Cac tram y té phat hién sém, xtt ly triét dé 6 dich sét xuat huyét.\n"
         "Ké hoach cua chi b6 can néu 16 03 - 05 nhiém vu trong tam cua nam.\n")


def test_a_lone_six_after_words_that_count_nothing_is_the_preposition():
    out = restore(PROSE).text
    assert "đoàn thể ở cơ sở" in out
    assert "lao động ở các khu công nghiệp" in out


def test_a_lone_six_after_a_counts_cue_stays_a_figure():
    out = restore(PROSE).text
    assert "thành lập mới 6 chi hội" in out
    assert "ít nhất 6 tổ" in out
    assert "định kỳ 6 tháng" in out


def test_a_lone_six_before_the_nest_of_an_outbreak_is_o_hook_hat():
    assert "triệt để ổ dịch" in restore(PROSE).text


def test_a_syllables_digits_before_a_figure_read_as_the_syllable():
    assert "nêu rõ 03 - 05 nhiệm vụ" in restore(PROSE).text


def test_reads_as_count_by_cue_or_label_not_by_a_rare_readings_backoff():
    lm = get_restorer().lm
    assert "có" in COUNT_LEADS and reads_as_count(lm, ("xã",), ("có",))
    assert reads_as_count(lm, ("theo",), ("điều",))  # a label's head the model knows
    assert not reads_as_count(lm, ("mô",), ("hình", "hĩnh"))  # "hĩnh" backs off to P(<num>) alone
