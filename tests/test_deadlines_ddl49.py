"""Deadline kinds of session 49 (ddl49t), each written from the documents' own style, not from vanban's output:

- two days printed with their year, six months apart, joined by "và" with no word of a cycle ("báo cáo kết quả thực
  hiện Kế hoạch trước ngày 15/6/2037 và trước ngày 15/12/2037"): two one-off deadlines (t48-05's labels; the labels
  README counts a deadline recurring by "hằng năm …" or "định kỳ …"); after "định kỳ 6 tháng" one 6-monthly
  deadline (t29-04, t38-07, t39-04, t44-04), and so without a year with "hằng năm" after (a45-04, t47-02);
- a table cell's due day keeps its words in its cell: "| Tổ dân phố 1 đến 8 | Ngày 15 hằng tháng |" (t48-03);
- a later round of a campaign that lists its rounds after a ";" ("Tổ chức 02 đợt "Tháng hành động …": đợt 1 từ …;
  đợt 2 từ …", t48-10's labels; a34-09's rounds) is the campaign's running period as the first is; a works' rounds
  with no campaign ("Thi công: đợt 1 từ …; đợt 2 từ …", a35-03's labels) stay deadlines;
- a report named with its addressee before its subject and period ("Báo cáo Hội đồng nhân dân xã tình hình thực
  hiện dự toán 6 tháng đầu năm 2037 trước ngày 10/7/2037", t48-08's labels; as a20-02's "Báo cáo tình hình thực hiện
  Nghị quyết 6 tháng đầu năm 2027 gửi … trước ngày …"): the half-year is the period the report covers.
"""

from __future__ import annotations

from vanban.extract import extract

_UB = ("ỦY BAN NHÂN DÂN\n**XÃ ĐỒNG LẠC**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
       "Số: 186/KH-UBND\n\n*Đồng Lạc, ngày 28 tháng 11 năm 2036*\n\n**KẾ HOẠCH**\n\n"
       "Thu gom chất thải rắn sinh hoạt năm 2037\n\n")
_TAIL = "\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Nguyễn Văn An**\n"


def _dl(body: str) -> list[tuple]:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_UB + body + _TAIL).deadlines]


def _kind(rule):
    from vanban.extract.recurrence import rule_kind
    return rule_kind(rule)


def test_a_bare_pair_of_dated_days_is_two_one_off_deadlines():
    body = ("**V. TỔ CHỨC THỰC HIỆN**\n\n**1. Phòng Kinh tế**\n\n- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch trước "
            "ngày 15/6/2037 và trước ngày 15/12/2037.\n")
    assert _dl(body) == [("2037-06-15", None), ("2037-12-15", None)]


def test_a_pair_after_the_cycle_words_is_one_six_monthly_deadline():
    for lead in ("định kỳ 6 tháng, trước ngày 15/6/2037 và trước ngày 15/12/2037",
                 "định kỳ 6 tháng (trước ngày 15/6/2037 và trước ngày 15/12/2037)"):
        body = f"**V. TỔ CHỨC THỰC HIỆN**\n\n**1. Phòng Kinh tế**\n\n- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch {lead}.\n"
        got = _dl(body)
        assert len(got) == 1 and got[0][0] == "2037-06-15" and _kind(got[0][1]) == "6-monthly", (lead, got)


def test_a_pair_without_year_and_each_year_after_stays_one_six_monthly_deadline():
    body = ("**V. TỔ CHỨC THỰC HIỆN**\n\n**1. Phòng Kinh tế**\n\n- Báo cáo kết quả thực hiện về UBND xã trước ngày 15/6 "
            "và ngày 15/12 hằng năm.\n")
    got = _dl(body)
    assert len(got) == 1 and _kind(got[0][1]) == "6-monthly", got


def test_a_due_cell_keeps_its_words_in_its_cell():
    body = ("**III. LỊCH TIÊM CHỦNG**\n\n| Khu vực | Tổ dân phố | Ngày tiêm | Địa điểm |\n|---|---|---|---|\n"
            "| Khu vực 1 | Tổ dân phố 1 đến 8 | Ngày 15 hằng tháng | Trạm Y tế phường |\n"
            "| Khu vực 2 | Tổ dân phố 9 đến 16 | Ngày 16 hằng tháng | Trạm Y tế phường |\n")
    texts = [d.text for d in extract(_UB + body + _TAIL).deadlines]
    assert texts == ["Ngày 15 hằng tháng", "Ngày 16 hằng tháng"], texts


def test_a_campaigns_later_round_after_a_semicolon_is_its_running_period():
    body = ("**II. NỘI DUNG**\n\n**2. Vệ sinh, khử trùng, tiêu độc**\n\nTổ chức 02 đợt \"Tháng hành động vệ sinh, khử "
            "trùng, tiêu độc môi trường chăn nuôi\": đợt 1 từ ngày 01/4 đến ngày 30/4/2037; đợt 2 từ ngày 01/9 đến ngày "
            "30/9/2037. Hóa chất được cấp phát cho các thôn trước ngày 25/3/2037.\n")
    assert _dl(body) == [("2037-03-25", None)]


def test_a_works_rounds_without_a_campaign_stay_deadlines():
    body = ("**II. NỘI DUNG**\n\n4. Thi công: đợt 1 từ ngày 15/3 đến ngày 31/5/2037 (các thôn Đồng Xuân, Gò Cháy); đợt 2 "
            "từ ngày 01/9 đến ngày 30/11/2037 (các thôn Mỹ Lương, Cầu Đá).\n")
    assert _dl(body) == [(("2037-03-15", "2037-05-31"), None), (("2037-09-01", "2037-11-30"), None)]


def test_a_report_named_with_its_addressee_covers_its_half_year():
    body = ("**Điều 2. Tổ chức thực hiện**\n\n1. Giao Ủy ban nhân dân xã:\n\nc) Báo cáo Hội đồng nhân dân xã tình hình "
            "thực hiện dự toán 6 tháng đầu năm 2037 trước ngày 10/7/2037.\n")
    assert _dl(body) == [("2037-07-10", None)]
    # … the meeting the report is given at names its own month, due (t19-08's labels)
    body = ("**Điều 2. Tổ chức thực hiện**\n\n3. Giao Văn phòng Ủy ban nhân dân xã theo dõi, đôn đốc; tổng hợp, báo cáo "
            "Chủ tịch Ủy ban nhân dân xã kết quả thực hiện tại cuộc họp giao ban tháng 02/2037.\n")
    assert _dl(body) == [(("2037-02-01", "2037-02-28"), None)]
    # … a report's own time ("trong quý I/2037") stays its due period
    body = ("**Điều 2. Tổ chức thực hiện**\n\n1. Giao Ủy ban nhân dân xã:\n\nc) Báo cáo Ủy ban nhân dân huyện kết quả "
            "thực hiện trong quý I/2037.\n")
    assert _dl(body) == [(("2037-01-01", "2037-03-31"), None)]


def test_a_request_an_earlier_letter_made_named_with_its_subject_is_no_obligation():
    # a Công văn đôn đốc recalls the letter that set the first request, its trích yếu after "về việc" (t48-09's labels:
    # "assignments quoted from earlier documents" are no obligations, labels README); its own items are. (The paragraph
    # as the letter prints it, over three lines; the same sentence on one line is still read as a task: the reader of
    # one-line requests looks back 120 characters only — left for a later session)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n**VĂN PHÒNG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 6184/VP-KT\n\n*Quảng Trị, ngày 28 tháng 10 năm 2036*\n\nKính gửi:\n- Ủy ban nhân dân các xã, phường;\n"
            "- Sở Tài chính.\n\nNgày 12/8/2036, Ủy ban nhân dân tỉnh ban hành Công văn số 4512/UBND-KT về việc rà soát, "
            "báo cáo phương án xử lý nhà,\nđất dôi dư sau sắp xếp trên địa bàn tỉnh, yêu cầu Ủy ban nhân dân các xã, "
            "phường gửi báo cáo về Sở Tài chính trước\nngày 15/9/2036.\n\nVăn phòng Ủy ban nhân dân tỉnh đề nghị:\n\n"
            "1. Sở Tài chính tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh chậm nhất ngày 20/11/2036.\n"
            + _TAIL)
    whos = [o.who for o in extract(text).obligations]
    assert whos == ["Sở Tài chính"], whos
