"""A stray letter alone on its line, in the gap of a sentence a legacy scan wrapped, does not cut the model's context.

Found by the session-43 newcomer on a seed (``../shared/seeds``, 003_…: "… sự lãnh đạo của ⏎⏎ b ⏎⏎ Padng đối với
công tác dân vận …"): a stamp's fragment read as the glyph "b" stood between "của" and "Padng", and the restorer,
with no "của" before it, chose "Phòng" over "Đảng". Such a line is blanked before the text is read, one character
for one, as a line of scanner specks is (``ocr.restore.specks``). A list's label, a table's tick among cells and a
letter after a closed sentence stay. The sentence below is written for this test.
"""

from __future__ import annotations

from vanban.ocr.restore.specks import blank_speck_lines


def test_a_lone_letter_in_a_wrapped_sentence_is_blanked():
    text = "Tiep tuc tang cuong su lanh dao ciia\n\nb\n\nPadng déi véi cong tac thanh nien trong giai doan moi.\n"
    out = blank_speck_lines(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "\nb\n" not in out and "Padng" in out


def test_labels_ticks_and_letters_after_a_stop_stay():
    for text in ("Cac nhiem vu sau day:\n\na)\n\nTo chuc tuyen truyen sau rong.\n",  # a label keeps its bracket
                 "So ho | Dat | Khong dat\n\nx\n\n12 | 3\n",  # a tick among a table's cells
                 "Hoan thanh truoc ngay 30/6/2027.\n\nb\n\nCac don vi bao cao ket qua ve Van phong.\n"):  # a closed one
        assert blank_speck_lines(text) == text, text


def test_the_restorer_reads_the_party_across_the_gap():
    from vanban.ocr.restore import restore

    text = "Tiep tuc tang cuong su lanh dao ciia\n\nb\n\nPadng déi véi cong tac thanh nien trong giai doan moi.\n"
    assert "Đảng đối với công tác thanh niên" in restore(text).text
