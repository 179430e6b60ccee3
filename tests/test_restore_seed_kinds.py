"""Legacy restoration kinds a newcomer met in the seeds' checklist (task sd19).

- a line of scanner specks between the halves of a wrapped phrase: blanked, so "biểu ⏎ dương" reads as one phrase and
  no speck reaches a task's text (:mod:`vanban.ocr.restore.specks`); the expected lines are the hand transcription's
  (tests/fixtures/seeds/13-KH-DU.gold.txt, lines 120-122: the speck line left empty);
- a recipient's note in parentheses on a "Nơi nhận" line: "(bdo cdo)" is "(báo cáo)", never "(do đó)"
  (:mod:`vanban.ocr.restore.recipient_notes`); the expected line is the transcription's line 142.
Other sentences are written for these tests in the style of plans.
"""

from pathlib import Path

from vanban.ocr.restore import restore
from vanban.ocr.restore.specks import blank_speck_lines

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _lines(name: str, kind: str) -> list[str]:
    return (SEEDS / f"{name}.{kind}.txt").read_text(encoding="utf-8").split("\n")


def test_speck_line_blanked_one_for_one():
    text = "cong nhan lai, biéu\n9 2 & . . . . .\nduong, khen thudng"
    out = blank_speck_lines(text)
    assert len(out) == len(text) and out.split("\n")[1].strip() == ""
    assert out.split("\n")[0] == "cong nhan lai, biéu"


def test_lines_of_glyphs_that_are_not_specks_stay():
    for line in ("1 2 3 4 5 6", ". . . . . . .", "- 2 -", "| 1 | 2 | & | 4 |", "a & b c d", "(1) (2) (3) (4) &"):
        assert blank_speck_lines(line) == line


def test_seed_speck_line_between_a_wrapped_phrase():
    ocr, gold = _lines("13-KH-DU", "ocr"), _lines("13-KH-DU", "gold")
    i = next(k for k, ln in enumerate(ocr) if ln.strip().startswith("9 2 &"))
    out = restore("\n".join(ocr[i - 1:i + 2])).text.split("\n")
    # the phrase around the specks as the transcription reads it ("… công nhận lại, biểu ⏎ ⏎ dương, khen thưởng …")
    assert out[0].split()[-1] == gold[i - 1].split()[-1] == "biểu"
    assert out[1].strip() == gold[i].strip() == ""
    assert out[2].split()[0] == gold[i + 1].split()[0] == "dương,"
    assert "&" not in "".join(out)


def test_seed_recipient_note_reads_bao_cao():
    ocr, gold = _lines("13-KH-DU", "ocr"), _lines("13-KH-DU", "gold")
    i = next(k for k, ln in enumerate(ocr) if "(bdo cdo)" in ln)
    out = restore("\n".join(ocr[i - 1:i + 4])).text
    assert "Ban TG và DV Tỉnh ủy (báo cáo)," in out and "(báo cáo)" in gold[i]
    assert "do đó" not in out


def test_recipient_notes_written_for_the_test():
    out = restore("Noi nhan:\n- Thuong truc Huyen uy (bdo cdo);\n- Cac chi bo tryc thudc (thuc hién);\n- Luu VP.").text
    assert "(báo cáo)" in out and "(thực hiện)" in out
    # not a recipients' item: running text keeps its own reading
    out = restore("Tinh hinh kinh te (do do) con kho khan.").text
    assert "(báo cáo)" not in out
