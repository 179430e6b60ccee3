"""Document kinds a newcomer tried (session 15, issues 9/10): a Báo cáo with a results part and a tasks part, a
Giấy mời, a letter and a Tờ trình whose issuer speaks with courtesy words, a Kết luận of the Bộ Chính trị.

Expected values are read from the documents as a reader would (tests/fixtures/newcomer15b/, copied from the
newcomer's inputs), and from sentences written in the same style.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures" / "newcomer15b"


def _ex(name: str):
    return extract((FIX / name).read_text(encoding="utf-8"))


# --- Báo cáo: a part's heading names its year; a result done is no deadline --------------------------------------

def test_report_targets_take_their_parts_year():
    ex = _ex("bc_2026.txt")
    periods = {t.period for t in ex.targets if t.span and t.span.start > ex.structure.body[-1].start}
    assert periods == {"năm 2027"}  # "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", not the title's first year


def test_report_result_done_is_no_deadline():
    ex = _ex("bc_2026.txt")
    assert all("kiểm điểm" not in (d.what or "") for d in ex.deadlines)
    assert all(not (d.who or "").endswith("đã") for d in ex.deadlines)
    assert sorted(d.date for d in ex.deadlines) == ["2027-01-31", "2027-07-15"]


def test_plan_sentence_period_still_wins_over_heading():
    text = ("UBND TỈNH A\nSỞ Y TẾ\nSố: 12/BC-SYT\nA, ngày 05 tháng 12 năm 2026\nBÁO CÁO\nkết quả năm 2026, "
            "nhiệm vụ năm 2027\nI. KẾT QUẢ NĂM 2026\n1. Tỷ lệ tiêm chủng đạt 96%.\nII. NHIỆM VỤ NĂM 2027\n"
            "1. Phấn đấu tỷ lệ tiêm chủng đạt trên 97%.\n2. Phấn đấu đến năm 2030 tỷ lệ bao phủ bảo hiểm y tế đạt 98%.\n"
            "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A\n")
    ex = extract(text)
    by_min = {t.min: t.period for t in ex.targets}
    assert by_min.get(97.0) == "năm 2027"
    assert by_min.get(98.0) == "năm 2030"


# --- Giấy mời: the meeting is a dated item; the invitees are the recipients ----------------------------------------

def test_invitation_meeting_is_dated_for_the_invitees():
    ex = _ex("gm_05.txt")
    meeting = [d for d in ex.deadlines if d.date == "2026-12-07"]
    assert len(meeting) == 1
    assert meeting[0].what.startswith("dự họp giao ban công tác tháng 12 năm 2026")
    assert "Hội trường tầng 2" in meeting[0].what
    assert "Trưởng các thôn" in meeting[0].who and "Trưởng Công an xã" in meeting[0].who


def test_invitation_request_and_recipients():
    ex = _ex("gm_05.txt")
    assert [o.who for o in ex.obligations] == ["Văn phòng UBND xã"]
    assert ex.obligations[0].what.startswith("chuẩn bị tài liệu, hội trường")
    assert list(ex.metadata.recipients[:3]) == ["Đồng chí Trưởng Công an xã",
                                          "Đồng chí Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Trưởng các thôn"]
    assert all("Thời gian" not in (o.who or "") for o in ex.obligations)


def test_invitation_with_thanh_phan_label():
    text = ("UBND HUYỆN B\nPHÒNG NỘI VỤ\nSố: 21/GM-PNV\nB, ngày 10 tháng 3 năm 2027\nGIẤY MỜI\nDự hội nghị tập huấn "
            "công tác văn thư, lưu trữ\n\nThành phần:\n- Công chức Văn phòng - Thống kê các xã;\n- Văn thư các cơ quan "
            "chuyên môn.\nThời gian: 14 giờ 00, ngày 17/3/2027.\nĐịa điểm: Phòng họp số 1, UBND huyện.\n\nNơi nhận:\n"
            "- Như thành phần;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nLê Thị C\n")
    ex = extract(text)
    meeting = [d for d in ex.deadlines if d.date == "2027-03-17"]
    assert len(meeting) == 1 and meeting[0].what.startswith("dự hội nghị tập huấn")
    assert "Văn thư các cơ quan chuyên môn" in meeting[0].who


# --- courtesy words end the body's name ---------------------------------------------------------------------------

def test_reply_letter_task_and_no_closing_formula():
    # the issuer's own "Ủy ban nhân dân xã sẽ hoàn thành rà soát … trước ngày 31/12/2026" is a statement of its future
    # work, no obligation: the convention of the labelled sets since session 18 (a16-10, a17-04, a17-10, t17-05,
    # t18-03/04 and the realdocs labels' "future statements are not obligations"); its date stays a deadline
    ex = _ex("cv_tl.txt")
    assert not ex.obligations
    assert [d.date for d in ex.deadlines if d.date == "2026-12-31"] == ["2026-12-31"]
    assert all("sẽ" not in (d.who or "") for d in ex.deadlines)


def test_submission_is_no_task_of_its_issuer():
    ex = _ex("tt_18.txt")
    assert all("kính trình" not in (o.who or "").lower() for o in ex.obligations)
    assert not [o for o in ex.obligations if o.who and o.who.startswith("Ủy ban nhân dân xã")]


def test_courtesy_words_in_written_sentences():
    text = ("UBND TỈNH A\nSỞ TÀI CHÍNH\nSố: 310/STC-NS\nV/v góp ý dự thảo\nA, ngày 05 tháng 12 năm 2026\n"
            "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
            "1. Sở Tài chính xin gửi kèm dự thảo Quyết định phân bổ dự toán.\n"
            "2. Sở Tài chính kính đề nghị Ủy ban nhân dân các xã, phường góp ý bằng văn bản trước ngày 15/12/2026.\n"
            "3. Sở Tài chính sẽ tổng hợp ý kiến, trình Ủy ban nhân dân tỉnh trước ngày 25/12/2026.\n"
            "Sở Tài chính trân trọng đề nghị./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn B\n")
    ex = extract(text)
    whos = [o.who for o in ex.obligations]
    assert all(not any(w in (x or "") for w in ("xin", "kính", "trân trọng", " sẽ")) for x in whos)
    # the request is the addressees' task; the Sở's own "sẽ tổng hợp ý kiến …" a statement (the labels' convention
    # since session 18), its closing courtesy no task
    assert [(o.who, o.what, o.deadline.date) for o in ex.obligations] == \
        [("Ủy ban nhân dân các xã, phường", "góp ý bằng văn bản", "2026-12-15")]


# --- Kết luận of the Bộ Chính trị: the realdocs convention (221-KL-TW) -------------------------------------------

def test_conclusion_follows_221_convention():
    ex = _ex("kl_bct.txt")
    assert ex.metadata.issuer == "BAN CHẤP HÀNH TRUNG ƯƠNG"  # the header's issuer, as the label of 221-KL/TW
    assert ex.metadata.title.startswith("Của Bộ Chính trị về")  # the text after "KẾT LUẬN", in sentence case
    quarter = [d for d in ex.deadlines if d.text == "quý I năm 2027"]
    assert quarter and (quarter[0].earliest, quarter[0].latest) == ("2027-01-01", "2027-03-31")
