"""Kinds of the session-52 review's findings (fixrev52a), from text written here in the style of a Phòng Giáo dục's, a
UBND xã's and a Party committee's documents; expected values read from the sentences by the labels README, never from
vanban's output.

* A bulleted term or season ("- Học kỳ I: từ … đến hết …", "- Nghỉ Tết Nguyên đán: …", "- Mùa mưa bão: …") is how long
  a state runs, no deadline (``deadline_words.BULLET_STATE_NAME``); a work step so bulleted stays due.
* An hours-only preparation timetable under "Đơn vị thực hiện" charges each unit its task; only a session's agenda
  under a person's column ("Người thực hiện") charges no speaker (``vocab.SPEAKER_COL``).
* A share "so với" its whole is a rate of it ("trên 2/3 so với tổng số cấp ủy viên …", the real 45-HD-BTCTW's
  label: "tỷ lệ so với tổng số cấp ủy viên …"); "so với" is no "số" (``vote_shares``).
* "khu", "tổ" as area divisions only as whole words: "tại 04 khu công nghiệp trên địa bàn huyện", "tại 06 tổ chức cơ
  sở đảng trên địa bàn" are so many sites the plan picks, each a count (``target_words.area_division``).
* A Party committee's name (``patterns.PARTY_COMMITTEE_RE``): "Ban Chấp hành Đảng bộ …", not a Đoàn's or a Hội's.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import patterns as P
from vanban.text import fold

PGD = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN LẠC\nSố: 61/KH-PGDĐT\nYên Lạc, ngày 10 tháng 8 năm 2039\n\n"
       "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2039 - 2040\n\n")


def _dues(head: str, body: str, issued: str):
    return [(d.date, d.earliest, d.latest) for d in extract(head + body + "\n", reference_date=issued).deadlines
            if not d.past]


def test_terms_breaks_and_seasons_in_bullets_are_no_deadlines():
    body = ("II. KẾ HOẠCH THỜI GIAN NĂM HỌC\n\n- Học kỳ I: từ ngày 07/9/2039 đến hết ngày 15/01/2040.\n"
            "- Học kỳ II: từ ngày 18/01/2040 đến hết ngày 24/5/2040.\n"
            "- Nghỉ Tết Nguyên đán: từ ngày 08/02/2040 đến hết ngày 16/02/2040.\n"
            "- Nghỉ hè: từ ngày 01/6/2040 đến hết ngày 31/7/2040.\n"
            "- Mùa mưa lũ: từ ngày 01/9/2039 đến hết ngày 30/11/2039.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nCác trường báo cáo kết quả về Phòng GDĐT trước ngày 31/5/2040.\n")
    assert _dues(PGD, body, "2039-08-10") == [("2040-05-31", "2040-05-31", "2040-05-31")]


def test_a_bulleted_work_step_beside_them_stays_due():
    body = ("II. LỊCH CÔNG TÁC\n\n- Học kỳ I: từ ngày 07/9/2039 đến hết ngày 15/01/2040.\n"
            "- Kiểm tra nội bộ trường học: từ ngày 01/10/2039 đến hết ngày 30/11/2039.\n")
    assert _dues(PGD, body, "2039-08-10") == [(None, "2039-10-01", "2039-11-30")]


UB = ("ỦY BAN NHÂN DÂN XÃ YÊN LẠC\nSố: 90/KH-UBND\nYên Lạc, ngày 02 tháng 3 năm 2039\n\n"
      "KẾ HOẠCH\nTổ chức Lễ phát động Tết trồng cây năm 2039\n\n")


def test_an_hours_only_preparation_timetable_charges_each_unit_its_task():
    body = ("II. NỘI DUNG\n\n1. Thời gian: 07 giờ 00 ngày 15/3/2039, tại đồi thôn Đông.\n\n2. Công tác chuẩn bị\n\n"
            "| Thời gian | Nội dung công việc | Đơn vị thực hiện |\n|---|---|---|\n"
            "| 05h30 - 06h00 | Chuẩn bị cây giống, dụng cụ | Công chức Địa chính - Nông nghiệp |\n"
            "| 06h00 - 06h30 | Bảo đảm an ninh, trật tự khu vực trồng cây | Công an xã |\n"
            "| 06h30 - 07h00 | Đón tiếp đại biểu | Văn phòng - Thống kê |\n")
    who = [o.who for o in extract(UB + body + "\n", reference_date="2039-03-02").obligations]
    assert {"Công chức Địa chính - Nông nghiệp", "Công an xã", "Văn phòng - Thống kê"} <= set(who)


def test_a_sessions_agenda_under_the_speakers_column_charges_no_one():
    body = ("II. CHƯƠNG TRÌNH BUỔI LỄ\n\n| Thời gian | Nội dung | Người thực hiện |\n|---|---|---|\n"
            "| 07h00 - 07h10 | Văn nghệ chào mừng | Trường Tiểu học xã |\n"
            "| 07h10 - 07h30 | Diễn văn phát động | Chủ tịch UBND xã |\n"
            "| 07h30 - 08h00 | Trồng cây lưu niệm | Đại biểu dự Lễ |\n")
    who = [o.who for o in extract(UB + body + "\n", reference_date="2039-03-02").obligations]
    assert "Chủ tịch UBND xã" not in who and "Trường Tiểu học xã" not in who


HD = ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH YÊN LẠC\nSố: 09-HD/TU\nYên Lạc, ngày 06 tháng 4 năm 2039\n\n"
      "HƯỚNG DẪN\nMột số vấn đề về công tác cán bộ\n\n")


def _targets(head: str, sentence: str):
    return [(t.min, t.max, t.unit) for t in extract(head + "1. " + sentence + "\n", reference_date="2039-04-06").targets]


def test_a_share_compared_with_its_whole_is_a_rate_of_it():
    got = _targets(HD, "Việc bổ sung cấp ủy viên phải được trên 2/3 so với tổng số cấp ủy viên biểu quyết tán thành.")
    assert [u for _, _, u in got] == ["tỷ lệ so với tổng số cấp ủy viên"]
    got = _targets(HD, "Hội nghị chỉ hợp lệ khi có trên 1/2 so với tổng số ủy viên Ban Thường vụ có mặt.")
    assert [u for _, _, u in got] == ["tỷ lệ so với tổng số ủy viên ban thường vụ"]


def test_a_share_of_its_members_whole_keeps_the_whole():
    got = _targets(HD, "Hội nghị chỉ được tiến hành khi có ít nhất 2/3 tổng số ủy viên Ban Chấp hành tham dự.")
    assert [u for _, _, u in got] == ["tổng số ủy viên ban chấp hành"]


UBH = ("ỦY BAN NHÂN DÂN HUYỆN YÊN LẠC\nSố: 44/KH-UBND\nYên Lạc, ngày 06 tháng 4 năm 2039\n\n"
       "KẾ HOẠCH\nTuyên truyền, phổ biến pháp luật năm 2039\n\n")


def test_industrial_zones_and_party_organisations_are_sites_counted():
    assert _targets(UBH, "Tổ chức tuyên truyền pháp luật tại 04 khu công nghiệp trên địa bàn huyện.") == [
        (4, 4, "khu công nghiệp")]
    assert _targets(UBH, "Tổ chức sinh hoạt chuyên đề tại 06 tổ chức cơ sở đảng trên địa bàn huyện.") == [
        (6, 6, "tổ chức cơ sở đảng")]


def test_the_areas_own_divisions_remain_the_whole():
    assert _targets(UBH, "Tổ chức tuyên truyền pháp luật tại 12 khu dân cư trên địa bàn huyện.") == []
    assert _targets(UBH, "Tổ chức họp dân tại 07 tổ dân phố trên địa bàn thị trấn.") == []


def test_a_party_committees_name_is_no_union_or_association_committee():
    assert P.PARTY_COMMITTEE_RE.match(fold("Ban Chấp hành Đảng bộ xã Yên Lạc"))
    assert P.PARTY_COMMITTEE_RE.match(fold("Ban Thường vụ Huyện ủy"))
    assert P.PARTY_COMMITTEE_RE.match(fold("Chi bộ thôn Đông"))
    assert not P.PARTY_COMMITTEE_RE.match(fold("Ban Chấp hành Đoàn xã Yên Lạc"))
    assert not P.PARTY_COMMITTEE_RE.match(fold("Ban Chấp hành Hội Nông dân xã"))
    assert not P.PARTY_COMMITTEE_RE.match(fold("Ban Thường vụ Huyện đoàn"))
