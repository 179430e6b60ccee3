"""Deadlines on real wording, session 24 second wave (dl24b): kinds read from authored23's labels (spent now).

- A submission to a higher body in a year: "chỉ đạo nghiên cứu sửa đổi, bổ sung Luật Thanh niên, trình Quốc hội vào
  năm 2028" is due within that year (a23-01's labels: the year's interval, as "tổng kết vào năm 2030" in a19-02's).
  "trình" as a noun's second syllable ("chương trình", "công trình") or "trình độ" sets none.
- A deadline set by a cited act's taking effect: "văn bản trái, không còn phù hợp với Luật phải được sửa đổi, bổ sung,
  thay thế hoặc bãi bỏ trước ngày Luật có hiệu lực" is due on the effective day the document states for that act
  ("kể từ ngày Luật có hiệu lực thi hành (ngày 01 tháng 7 năm 2027)", a23-03's label: 2027-07-01); a document that
  states no such day leaves it undated (the labels README: an event whose date the text does not give is not dated).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, head: str, issuer: str, number: str, date: str = "15 tháng 12 năm 2026") -> str:
    return issuer + "\n" + number + "\nHà Nội, ngày " + date + "\n\n" + head + "\n\n" + body + "\n"


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest)) for d in extract(text).deadlines if not d.past]


_KL = dict(head="KẾT LUẬN\ncủa Ban Bí thư về công tác dân số", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG\n*", number="Số: 41-KL/TW")


def test_a_submission_in_a_year_is_due_within_it():
    body = ("4. Đảng ủy Chính phủ lãnh đạo, chỉ đạo tổng kết thi hành Luật Dân số, nghiên cứu sửa đổi, bổ sung, "
            "trình Quốc hội trong năm 2028.")
    assert _dls(_doc(body, **_KL)) == [("2028-01-01", "2028-12-31")]
    body = "4. Đảng ủy Chính phủ chỉ đạo xây dựng dự án Luật Dân số, trình Quốc hội vào năm 2029."
    assert _dls(_doc(body, **_KL)) == [("2029-01-01", "2029-12-31")]


def test_trinh_inside_a_noun_sets_no_year():
    body = ("4. Các cấp ủy tiếp tục thực hiện chương trình nâng cao trình độ cán bộ trong năm 2027; đẩy mạnh các công "
            "trình trọng điểm vào năm 2028.")
    assert _dls(_doc(body, **_KL)) == []


_KH = dict(head="KẾ HOẠCH\nTriển khai thi hành Luật Đường bộ trên địa bàn tỉnh", issuer="ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH",
           number="Số: 412/KH-UBND")


def test_a_deadline_at_the_cited_act_taking_effect_is_the_day_stated():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\n- Bảo đảm Luật Đường bộ được thi hành thống nhất kể từ ngày Luật có hiệu lực thi "
            "hành (ngày 01 tháng 3 năm 2027).\n\nII. NỘI DUNG\n\n1. Sở Tư pháp chủ trì rà soát các văn bản quy phạm "
            "pháp luật của tỉnh; văn bản không còn phù hợp phải được sửa đổi, bãi bỏ trước ngày Luật có hiệu lực.")
    dls = [d for d in extract(_doc(body, **_KH)).deadlines if not d.past]
    assert [d.date for d in dls] == ["2027-03-01"]
    assert dls[0].text == "trước ngày Luật có hiệu lực"


def test_the_effective_day_stated_after_the_act_with_tu_ngay():
    body = ("1. Luật Đường bộ có hiệu lực thi hành từ ngày 01/3/2027.\n\n2. Các sở, ngành hoàn thành việc rà soát, "
            "đề xuất bãi bỏ các văn bản không còn phù hợp chậm nhất trước ngày Luật có hiệu lực thi hành.")
    assert _dls(_doc(body, **_KH)) == ["2027-03-01"]


def test_no_day_stated_no_date():
    body = "1. Các sở, ngành rà soát, đề xuất bãi bỏ văn bản trái Luật trước ngày Luật có hiệu lực."
    assert _dls(_doc(body, **_KH)) == []
