"""Lists two stages read, kept once below both (rev46, the session-45 review's code findings).

* The due words and the day's "ngày" (:mod:`vanban.due_cues`): extraction's deadline readers
  (:data:`vanban.extract.patterns.DUE_WORDS`) and the OCR stage's pass that blanks a scan's speck between a due word and
  its day (:func:`vanban.ocr.stray_marks.due_day_marks`) read the same words, eng OCR's look-alikes included.
* The family names (:mod:`vanban.family_names`): restoration's snap after "Đồng chí" (:mod:`vanban.ocr.restore.
  person_names`) and the structure's persons column (:mod:`vanban.structure.person_cells`) read one list.
* Neither leaf loads a later stage: the OCR and structure modules that read them import no ``vanban.extract``.

Inputs written for these tests in the documents' style; the eng-OCR readings of "trước" and "chậm nhất" are those the
date grammar's comments record from the bench's legacy forms ("trudc"; t27-09's "chém nhật"), the
member line is the form of a Quyết định's member list ("- Ông Phùng Văn Tuấn, Chánh Văn phòng …", a44-09).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from vanban import due_cues as D
from vanban import family_names as F
from vanban.extract import patterns as P
from vanban.ocr.restore.person_names import name_snaps
from vanban.ocr.restore.tokens import scan
from vanban.ocr.stray_marks import due_day_marks
from vanban.structure.person_cells import person_name
from vanban.text import fold


# --- the due words -----------------------------------------------------------------------------------------------

def test_extraction_reads_the_leafs_due_words():
    assert P.DUE_WORDS is D.DUE_WORDS
    assert (P.NGAY, P.TRUOC, P.CHAM_NHAT) == (D.NGAY, D.TRUOC, D.CHAM_NHAT)
    assert P.due_words() == D.due_words()


@pytest.mark.parametrize("word", ["trước", "chậm nhất", "hoàn thành", "xong", "hạn"])
def test_the_ocr_stage_reads_every_due_word(word):
    # each word of the one list: the speck after it, before "ngày" and the day, is a blank
    assert fold(word) in D.DUE_WORDS
    raw = f"Các thôn gửi báo cáo về Ủy ban nhân dân xã {word} .\nngày 10/12/2027."
    assert due_day_marks(raw) == raw.replace(" .\nngày", "  \nngày")


@pytest.mark.parametrize("raw", [
    "gửi về Phòng Kinh tế trudc .\nngày 10/12/2027.",  # eng OCR's "trước"
    "trình Ủy ban nhân dân xã chém nhật , ngày 31/3/2028.",  # eng OCR's "chậm nhất"
])
def test_the_ocr_stage_reads_the_look_alikes_eng_ocr_prints(raw):
    out = due_day_marks(raw)
    assert len(out) == len(raw) and out != raw


@pytest.mark.parametrize("raw", [
    "Phân công cán bộ trực . ngày 12/4/2028 họp giao ban.",  # "trực": a duty, no due word, though eng OCR reads "truc"
    "như năm trước, ngày 20/11 các trường tổ chức lễ kỷ niệm",  # a clause of its own: no blank before the comma
])
def test_no_due_word_no_blank(raw):
    assert due_day_marks(raw) == raw


def test_the_leaves_load_no_later_stage():
    code = ("import sys, vanban.ocr.stray_marks, vanban.ocr.restore.person_names, vanban.structure.person_cells; "
            "print(sorted(m for m in sys.modules if m.startswith('vanban.extract')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- the family names --------------------------------------------------------------------------------------------

def _snaps(text: str) -> dict[str, str]:
    toks = list(scan(text))
    return {toks[i].text: form for i, form in name_snaps(text, toks).items()}


@pytest.mark.parametrize("name", F.FAMILY_NAMES)
def test_the_structure_reads_every_family_name(name):
    assert person_name(f"{name.capitalize()} Văn Hùng")
    assert person_name(f"Bà {name.capitalize()} Thị Mai")


_SHARED_SPELLINGS = {"doan": ("đoàn", "doãn"), "la": ("la", "lã")}


#: family names written here, apart from the list under test (common ones, rarer ones, and the two pairs one spelling
#: serves): the readers must know each
_SOME_NAMES = ("Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lương", "Trịnh", "Quách",
               "Tạ", "Đoàn", "Doãn", "La", "Lã")


@pytest.mark.parametrize("name", _SOME_NAMES)
def test_restoration_snaps_every_family_name_its_spelling_gives(name):
    spelt = fold(name).capitalize()
    got = _snaps(f"4. Đồng chí {spelt} Van Hung - Đảng ủy viên, phụ trách khối dân vận")
    if fold(name) in _SHARED_SPELLINGS:  # Đoàn or Doãn, La or Lã: the letters give no one name
        assert spelt not in got
    else:
        assert got[spelt] == name.lower() and got["Van"] == "văn"


def test_the_spellings_two_names_share_are_those_left_out():
    # Đoàn / Doãn and La / Lã: one spelling each pair, which restoration leaves as it is; Nguyễn, Võ, Quách one name each
    assert {"doan", "la"} <= F.FOLDED and not {"doan", "la"} & set(F.by_spelling())
    assert {"nguyen", "vo", "quach", "trinh"} <= set(F.by_spelling())


def test_names_one_reader_lacked_are_read_by_both():
    # Giáp and Âu the structure's list lacked; Phùng, Đào, Khổng restoration's
    for name in ("Giáp", "Âu", "Phùng", "Đào", "Khổng"):
        assert person_name(f"{name} Văn Tuấn")
        spelt = fold(name).capitalize()
        got = _snaps(f"- Ong {spelt} Van Tuan, Chanh Van phong HDND va UBND phuong;")  # eng OCR: no marks
        assert got == {"Ong": "ông", spelt: name.lower(), "Van": "văn"}


# --- the obligations take the extraction's one reading of the dates ------------------------------------------------

_CAMPAIGN = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 21/KH-UBND
An Bình, ngày 05 tháng 9 năm 2034

KẾ HOẠCH
Tổ chức Tháng hành động vì môi trường năm 2034

I. NỘI DUNG

1. Tổ chức Lễ ra quân Tháng hành động vào ngày 04/10/2034 tại Hội trường xã.

2. Tổng kết Tháng hành động trước ngày 30/10/2034.

II. TỔ CHỨC THỰC HIỆN

1. Đoàn Thanh niên xã

Chuẩn bị lực lượng tham gia Lễ ra quân ngày 04/10/2034; vận động đoàn viên dọn vệ sinh các tuyến đường liên thôn.

2. Hội Liên hiệp Phụ nữ xã

Vận động hội viên phân loại rác thải tại nguồn, báo cáo kết quả trước ngày 25/10/2034.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""


def test_a_block_naming_the_event_is_dated_from_the_one_reading_of_the_dates(monkeypatch):
    import vanban.extract.obligations as obligations_module
    from vanban.extract import extract

    calls = []
    real = obligations_module.find_dates

    def counted(view, ref=None):
        calls.append(len(view))
        return real(view, ref)

    monkeypatch.setattr(obligations_module, "find_dates", counted)
    due = {o.who: o.deadline.date for o in extract(_CAMPAIGN).obligations if o.deadline}
    assert calls == []  # the event's day comes from the extraction's reading, not a second one
    # the youth union prepares for the launch the plan holds on 04/10: that day is its block's (the labels date a
    # block by the earliest deadline attached to it)
    assert due == {"Đoàn Thanh niên xã": "2034-10-04", "Hội Liên hiệp Phụ nữ xã": "2034-10-25"}
