"""An unmarked "trinh" right before a body's capital short name is "trình" (vanban.ocr.restore.bound_words), in
wording written for these tests."""

from vanban.ocr.correct import correct_text
from vanban.ocr.restore.bound_words import bound_snaps
from vanban.ocr.restore.tokens import WordIndex, scan


def _restored(page: str) -> str:
    return correct_text(page, "image-ocr").text


def test_report_sent_up_after_six_months_is_submitted_not_counted():
    out = _restored("Dang uy xa xay dung bao cao so ket 6 thang trinh BCH truoc ngay 15 thang 7 hang nam.")
    assert "trình BCH" in out


def test_plan_submitted_to_the_peoples_committee():
    out = _restored("Phong Kinh te hoan thien du thao ke hoach trinh UBND xa truoc ngay 30/4/2031.")
    assert "trình UBND" in out


def _snaps(text: str) -> dict[int, str]:
    toks = list(scan(text))
    return {toks[i].text: form for i, form in bound_snaps(text, toks, WordIndex(toks)).items()}


def test_the_snap_takes_the_act_before_a_short_name_only():
    assert _snaps("so ket trinh BTV xem xet") == {"trinh": "trình"}
    assert _snaps("so ket trinh Ban Thuong vu") == {}


def test_a_persons_name_or_a_line_end_before_a_short_name_is_left():
    assert _snaps("Thanh vien: ba Nguyen Thi Trinh UBND xa") == {}
    assert _snaps("bao cao ket qua trinh\nUBND xa") == {}
    assert _snaps("Trinh UBND xa phe duyet") == {"Trinh": "trình"}
