"""A report sent to a body that then acts on it by a date of its own: the purpose clause ("để tổng hợp báo cáo …
trước ngày 05/12") is the receiver's task, not the senders' (:func:`vanban.extract.deadlines._receiver_of_sent`;
grammar :data:`vanban.extract.assignment_words.SENT_TO_BODY`).

Expected bodies are read from the texts: 13-KH/ĐU's hand transcription (tests/fixtures/seeds/13-KH-DU.gold.txt: "…
về Ban Xây dựng Đảng trước ngày 25 tháng 11 để tổng hợp báo cáo Thường trực Đảng ủy, … trước ngày 05/12 hằng năm")
and sentences written for this test in the style of plans.
"""

from pathlib import Path

from vanban.extract import extract

SEEDS = Path(__file__).parent / "fixtures" / "seeds"

PLAN = """ĐẢNG ỦY XÃ AN BÌNH
KẾ HOẠCH
thực hiện công tác dân vận năm 2027

1. Các chi bộ trực thuộc:
- Tổ chức quán triệt kế hoạch đến cán bộ, đảng viên.
- Định kỳ gửi báo cáo kết quả về Văn phòng Đảng ủy trước ngày 10/6/2027 để tổng hợp báo cáo Ban Thường vụ Đảng ủy trước ngày 20/6/2027.
- Tổ chức hội nghị về công tác dân vận trước ngày 15/7/2027 để rút kinh nghiệm, hoàn thành trước ngày 30/7/2027.
"""


def _by_text(ext) -> dict[str, str | None]:
    return {d.text: d.who for d in ext.deadlines}


def test_seed_summary_is_the_receivers():
    ext = extract((SEEDS / "13-KH-DU.gold.txt").read_text(encoding="utf-8"))
    whos = _by_text(ext)
    assert whos["trước ngày 05/12 hằng năm"] == "Ban Xây dựng Đảng"
    assert "chi, đảng bộ trực thuộc" in (whos["trước ngày 25 tháng 11"] or "")


def test_written_plan_receiver_and_senders():
    whos = _by_text(extract(PLAN))
    assert whos["trước ngày 20/6/2027"] == "Văn phòng Đảng ủy"
    assert whos["trước ngày 10/6/2027"] != "Văn phòng Đảng ủy"
    # no report sent: the purpose is the same body's
    assert whos.get("trước ngày 30/7/2027") != "công tác dân vận"
