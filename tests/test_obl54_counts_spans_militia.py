"""Obligation and deadline kinds authored52 missed (session 54, obl54).

Kinds:

* a heading that names a count ("1. Số lượng, vị trí việc làm cần tuyển" over "… cụ thể như sau:"): "số lượng" folds
  like "Sở Lượng", and "cần" reads as a duty marker, so the heading became the body charged with the whole Thông báo
  (a52-08); a count is never a body (``assignment_words.NOT_BODY``, beside "số liệu", "so sánh");
* a span of months and the completion after it in the same clause ("trồng tập trung trong tháng 02 và tháng 3/2039,
  hoàn thành trong tháng 3/2039"): the completion is the due month, the span the time the work runs (a52-09's labels;
  a22-10 and a42-07 date the completion after a quarter too); "trong Quý II, chậm nhất tháng 6" stays one deadline;
* the commune's militia as a clause's subject ("Trung đội dân quân cơ động huấn luyện tập trung …", a52-07; "+ Trung
  đội dân quân cơ động: huấn luyện …", t52-07; "Lực lượng dân quân cơ động của xã bố trí 30 đồng chí …", a36-06): the
  force trained or standing by, no body charged — none of the open sets labels a militia force as an obligation, the
  Ban Chỉ huy Quân sự is.

Input: the authored documents' plain text as ``realdocs/md2plain.py`` writes it (tests/fixtures/obl54); expected
values from their labels (bench/gold/authored52, tune52, authored36).
"""

from __future__ import annotations

from pathlib import Path

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.extract import assignment_words as W

FIX = Path(__file__).parent / "fixtures" / "obl54"


def _doc(stem: str):
    return extract((FIX / f"{stem}.txt").read_text(encoding="utf-8"))


# --- a count in a heading is no body ----------------------------------------------------------------------------------

def test_count_heading_charges_no_one():
    ex = _doc("a52-08-TB-UBND")
    whos = [o.who for o in ex.obligations]
    assert not any(w.startswith("Số lượng") for w in whos)
    # the four bodies of section 7 (the labels), with their deadlines
    got = {(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in ex.obligations}
    assert ("Phòng Giáo dục và Đào tạo huyện", None) in got
    assert ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "2038-07-24") in got
    assert ("UBND các xã, thị trấn", "2038-07-23") in got
    # the deadlines of section 5 name no body from the count's heading
    assert not any((d.who or "").startswith("Số lượng") for d in ex.deadlines)


def test_count_is_not_a_body_word():
    assert W.NOT_BODY.match("so luong, vi tri viec lam")
    assert not W.NOT_BODY.match("so noi vu")


# --- a span, then its completion: the completion is due -------------------------------------------------------------

def test_completion_after_span_is_the_deadline():
    ex = _doc("a52-09-KH-UBND")
    spans = [(d.text, d.earliest, d.latest) for d in ex.deadlines if not d.past]
    assert ("hoàn thành trong tháng 3/2039", "2039-03-01", "2039-03-31") in spans
    assert not any(t == "tháng 02 và tháng 3/2039" for t, _, _ in spans)


_HEAD = doc_head(issuer="XÃ TÂN HÒA", number=41, date=(12, 12, 2038), title="Trồng cây năm 2039")
_SIGN = signature("Hoàng Văn Lực")


def test_quarter_then_its_last_month_stays_one_deadline():
    text = _HEAD + ("I. NỘI DUNG\n\n- Rà soát, bổ sung quy hoạch: thực hiện trong quý II/2039, chậm nhất tháng 6/2039.\n"
                    + _SIGN)
    got = [(d.earliest, d.latest) for d in extract(text).deadlines]
    assert got == [("2039-04-01", "2039-06-30")]


def test_completion_after_month_span_in_a_written_plan():
    text = _HEAD + ("I. NỘI DUNG\n\n- Cây phân tán: các thôn trồng trong tháng 01 và tháng 02/2039, hoàn thành trong "
                    "tháng 02/2039.\n" + _SIGN)
    got = [(d.earliest, d.latest) for d in extract(text).deadlines]
    assert got == [("2039-02-01", "2039-02-28")]


# --- the militia: trained or standing by, no body charged -----------------------------------------------------------

def test_militia_platoon_training_is_no_obligation():
    for stem in ("a52-07-KH-UBND", "t52-07-KH-UBND"):
        ex = _doc(stem)
        assert not any("dân quân" in (o.who or "").lower() for o in ex.obligations), stem
        # its command stays charged
        assert any((o.who or "").startswith("Ban Chỉ huy Quân sự xã") for o in ex.obligations), stem


def test_militia_training_window_stays_a_deadline():
    ex = _doc("a52-07-KH-UBND")
    assert any(d.earliest == "2039-03-07" and d.latest == "2039-03-19" for d in ex.deadlines)


def test_militia_on_standby_is_no_obligation():
    ex = _doc("a36-06-KH-UBND")
    whos = [o.who for o in ex.obligations]
    assert not any("dân quân" in (w or "").lower() for w in whos)
    assert "Ban Chỉ huy Quân sự xã" in whos


def test_militia_words():
    assert W.MILITIA_WHO.match("trung doi dan quan co dong")
    assert W.MILITIA_WHO.match("luc luong dan quan co dong cua xa")
    assert not W.MILITIA_WHO.match("luc luong dan quan tu ve cua cac tinh")
    assert not W.MILITIA_WHO.match("ban chi huy quan su xa")


def test_militia_beside_another_body_stays_charged():
    """(lead, after the session-54 review) the rule drops the militia only as the whole who: a clause whose subject
    joins the militia to another body ("Trung đội dân quân cơ động và Công an xã …", written here into a52-07's own
    line 70) charges both, so the obligation stays."""
    text = (FIX / "a52-07-KH-UBND.txt").read_text(encoding="utf-8")
    line = "- Trung đội dân quân cơ động huấn luyện tập trung tại xã từ ngày 07/3 đến ngày 19/3/2039;"
    assert line in text
    joint = text.replace(line, "- Trung đội dân quân cơ động và Công an xã huấn luyện tập trung tại xã từ ngày "
                                "07/3 đến ngày 19/3/2039;")
    whos = [o.who or "" for o in extract(joint).obligations]
    assert any(w.startswith("Trung đội dân quân cơ động và Công an xã") for w in whos), whos
    assert W.JOINT_WHO_TAIL.search(" co dong va cong an xa")
    assert not W.JOINT_WHO_TAIL.search(" co dong cua xa")
