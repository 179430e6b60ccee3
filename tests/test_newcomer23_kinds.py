"""Session 22's newcomer's defects on real documents, fixed as kinds (session 23, nc23).

Inputs are sentences written for these tests in the style of a provincial plan (a UBND tỉnh's Kế hoạch on
telecom infrastructure in industrial parks, hard-wrapped as a web page copies it): expected values are what an
office reader takes from them, never vanban's output."""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.extract import subjects as S
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text

FIX = Path(__file__).parent / "fixtures" / "newcomer23"
PLAN = (FIX / "kh_ha_tang_vien_thong.txt").read_text(encoding="utf-8")


def _headings(parts, out=None):
    out = [] if out is None else out
    for p in parts:
        if p.heading:
            out.append((p.label, p.heading))
        _headings(p.children, out)
    return out


def test_a_heading_wrapped_before_its_period_or_after_a_conjunction_is_one_heading_in_plain_text():
    heads = _headings(structure_of_text(PLAN).body)
    assert ("2.", "Chỉ tiêu phát triển giai đoạn 2027 - 2030") in heads
    assert ("1.", "Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp") in heads


def test_a_bold_markdown_heading_whose_last_line_is_digits_alone_is_one_heading():
    md = ("**I. NỘI DUNG THỰC HIỆN**\n\n**2. Chỉ tiêu phát triển giai đoạn\n2027 - 2030**\n\n"
          "Các doanh nghiệp viễn thông phấn đấu lắp đặt mới 40 trạm 4G.\n")
    text, geo = markdown_to_text(md)
    assert [g.bold for g in geo[2:4]] == [True, True]
    st = build_structure([Page(1, "md", text, text, lines=geo)])
    assert ("2.", "Chỉ tiêu phát triển giai đoạn 2027 - 2030") in _headings(st.body)


def test_an_investor_named_by_the_infrastructure_it_builds_and_runs_is_one_body():
    assert S.body_name("Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp") == \
        "Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp"
    # the investors building a plan: "xây dựng" is their act, no business in the name
    assert S.actor("Các chủ đầu tư xây dựng kế hoạch giải ngân vốn năm 2027")[0] == "Các chủ đầu tư"
    whos = {o.who for o in extract(PLAN).obligations}
    assert "Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp" in whos
    assert "Các chủ đầu tư" not in whos


def test_a_share_in_a_present_state_part_is_no_target():
    figures = {t.text for t in extract(PLAN).targets}
    assert not any("18,8" in x for x in figures)  # "1. Hiện trạng": "Trong đó, có 12 trạm 5G (Chiếm 18,8 %)."
    assert not any("64 trạm" in x or "12 trạm" in x for x in figures)


def test_each_share_of_a_totals_breakdown_is_a_target_of_its_named_part():
    got = [(t.min, t.unit, t.scope) for t in extract(PLAN).targets]
    assert got == [(40, "trạm", "Lắp đặt mới trạm 4G"),
                   (15, "trạm", "Lắp đặt mới trạm 4G – VNPT"),  # "VNPT:" / "15 trạm": the line wrapped after the colon
                   (25, "trạm", "Lắp đặt mới trạm 4G – Viettel"),
                   (30, "trạm", "Nâng cấp trạm 4G lên trạm 5G"),
                   (10, "trạm", "Nâng cấp trạm 4G lên trạm 5G – MobiFone"),
                   (20, "trạm", "Nâng cấp trạm 4G lên trạm 5G – Viettel"),
                   (45, "trạm", "nâng tổng số trạm 5G")]  # the label wrapped before its colon: "… trạm" / "5G: 45 trạm"


_REPLY = ("BỘ Y TẾ\n\nSố: 812/BYT-KCB\nV/v trả lời kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội khóa XV\n\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 12 tháng 11 năm 2026\n\n"
          "Kính gửi: Đoàn đại biểu Quốc hội tỉnh Quảng Bình.\n\n"
          "Bộ Y tế nhận được kiến nghị của cử tri tỉnh Quảng Bình do Ban Dân nguyện chuyển đến tại Văn bản số\n"
          "1520/BDN ngày 20 tháng 10 năm 2026, với nội dung kiến nghị:\n"
          "“Cử tri đề nghị sớm cấp bổ sung vắc xin cho các xã miền núi để kịp tổ chức tiêm chủng đợt 2 năm 2026 (thời\n"
          "gian từ ngày 01/9/2026 đến ngày 15/10/2026).”\n\n"
          "Về kiến nghị này, Bộ Y tế xin trả lời như sau: Bộ Y tế đã phân bổ đủ vắc xin cho tỉnh Quảng Bình. Đề nghị\n"
          "Sở Y tế tỉnh Quảng Bình báo cáo tình hình sử dụng vắc xin về Bộ Y tế trước ngày 31/12/2026.\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n")


def test_the_days_of_a_request_a_reply_letter_quotes_are_no_deadlines_of_the_letter():
    got = [(d.earliest, d.latest) for d in extract(_REPLY).deadlines]
    assert got == [("2026-12-31", "2026-12-31")]  # the Sở's report; not the voters' campaign 01/9 – 15/10/2026


def test_a_voters_request_recalled_without_quotation_marks_is_theirs_too():
    text = _REPLY.replace("“", "").replace("”", "").replace("với nội dung kiến nghị:\n", "với nội dung:\n")
    got = [(d.earliest, d.latest) for d in extract(text).deadlines]
    assert got == [("2026-12-31", "2026-12-31")]


def _misread(plan: str) -> str:
    """The plan's place-date as a scan misread it: the 0 of its year read as 6."""
    return plan.replace("ngày 10 tháng 11 năm 2026\n", "ngày 10 tháng 11 năm 2626\n")


def test_a_header_year_no_document_bears_is_repaired_from_the_symbols_year_with_a_note():
    e = extract(_misread(PLAN).replace("Số: 45/KH-UBND", "Số: 45/2026/KH-UBND"))
    assert e.metadata.date == "2026-11-10"
    assert any("2626" in n and "2026-11-10" in n for n in e.notes)


def test_a_header_year_no_document_bears_is_repaired_from_the_documents_other_dates():
    e = extract(_misread(PLAN).replace(
        "Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 15/12/2027.",
        "Báo cáo kết quả khảo sát năm 2026 về Sở Khoa học và Công nghệ trước ngày 20/12/2026."))
    assert e.metadata.date == "2026-11-10"


def test_a_header_year_no_document_bears_without_evidence_is_left_out_with_a_note():
    e = extract(_misread(PLAN))  # the plan's own dates are of 2027 and later: no year one digit from 2626
    assert e.metadata.date is None
    assert any("2626" in n and "no date read" in n for n in e.notes)


_CHI_BO = ("ĐẢNG BỘ PHƯỜNG HÒA KHÁNH\nCHIBỘKHUDÂNCƯSỐ5\n*\nSố 12-KH/CB\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
           "Hòa Khánh, ngày 05 tháng 11 năm 2026\n\nKẾ HOẠCH\ntổ chức kiểm điểm, đánh giá chất lượng đảng viên năm 2026\n\n"
           "1. Các đảng viên hoàn thành bản kiểm điểm trước ngày 30/11/2026.\n\n"
           "Nơi nhận:\n- Đảng ủy phường,\n- Lưu chi bộ.\n\nT/M CHI BỘ\nBÍ THƯ\n\nLê Văn Hùng\n")


def test_a_scanned_issuer_with_all_its_spaces_lost_is_parted_by_the_dictionary():
    meta = extract(_CHI_BO).metadata
    assert (meta.issuer, meta.parent_issuer) == ("CHI BỘ KHU DÂN CƯ SỐ 5", "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH")
    meta = extract(_CHI_BO.replace("ĐẢNG BỘ PHƯỜNG HÒA KHÁNH\nCHIBỘKHUDÂNCƯSỐ5", "UBNDTỈNHQUẢNGTRỊ\nSỞ NỘI VỤ")).metadata
    assert (meta.issuer, meta.parent_issuer) == ("SỞ NỘI VỤ", "UBND TỈNH QUẢNG TRỊ")
    # a code stays a code
    meta = extract(_CHI_BO.replace("CHIBỘKHUDÂNCƯSỐ5", "BAN TTPVHCC")).metadata
    assert meta.issuer == "BAN TTPVHCC"


def test_an_aim_word_whose_second_syllable_lost_its_vowels_is_the_aim():
    from vanban.ocr.correct import correct_text

    # a legacy OCR line written for this test: "Phấn đấu có từ 05 đến 07 mô hình …" with the "a" of "đấu" lost
    out = correct_text("Mdi xa Phan du c6 tir 05 d¢én 07 mé hinh “Dan van khéo” cap co s¢.", "image-ocr").text
    assert "Phấn đấu có từ 05 đến 07" in out
    # "phần dư nợ" (a loan's balance) stays the noun it reads as
    from vanban.ocr.restore.limit_words import limit_snaps
    from vanban.ocr.restore.tokens import scan

    text = "phan du no cua cac ho vay"
    assert limit_snaps(text, list(scan(text))) == {}


def _word_plan(path: Path) -> Path:
    """A xã's Kế hoạch typed in Word (python-docx): the header table, "I. MỤC ĐÍCH, YÊU CẦU" stating two targets, the
    task table whose rows say them again in their own words, the signature table."""
    from docx import Document

    doc = Document()

    def table(rows: list[tuple[str, ...]]) -> None:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value

    table([("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
           ("Số: 38/KH-UBND", "Tân Hiệp, ngày 14 tháng 11 năm 2026")])
    for line in ("KẾ HOẠCH", "Nâng cao chất lượng giải quyết thủ tục hành chính năm 2027", "I. MỤC ĐÍCH, YÊU CẦU",
                 "1. Mục đích", "- Phấn đấu 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn.",
                 "- Phấn đấu 95% hồ sơ được nộp trực tuyến toàn trình.", "2. Yêu cầu",
                 "- Các bộ phận phối hợp chặt chẽ, bảo đảm tiến độ.", "II. NHIỆM VỤ CỤ THỂ"):
        doc.add_paragraph(line)
    table([("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
           ("1", "Tiếp nhận, giải quyết 100% hồ sơ thủ tục hành chính đúng hạn", "Bộ phận Một cửa",
            "Văn phòng - Thống kê", "Thường xuyên"),
           ("2", "Hướng dẫn người dân nộp hồ sơ trực tuyến, đạt tỷ lệ 95% hồ sơ trực tuyến toàn trình",
            "Công chức Văn phòng - Thống kê", "Đoàn Thanh niên xã", "Trước ngày 30/6/2027")])
    doc.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    doc.add_paragraph("Các bộ phận căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả về Ủy ban nhân dân xã "
                      "trước ngày 15/12/2027.")
    table([("Nơi nhận:\n- Như mục II;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nTrần Văn Bình")])
    doc.save(path)
    return path


def test_a_purpose_target_a_task_row_says_again_is_the_rows_one_target(tmp_path):
    import json

    from vanban.conveyor import process_file
    from vanban.export import PlanPlaces, checklist_file

    doc = process_file(_word_plan(tmp_path / "38-KH-UBND.docx"))
    out = json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc)))
    assert out["plan_targets"] == []  # each purpose target is its row's: none left over under the title
    md = checklist_file(doc.extraction, "md", PlanPlaces.of_document(doc))
    assert "Chỉ tiêu của kế hoạch" not in md
    rows = [line for line in md.splitlines() if line.startswith("- [ ]")]
    one_stop = next(r for r in rows if r.startswith("- [ ] Tiếp nhận, giải quyết 100%"))
    assert one_stop.count("100%") == 2  # the task's words and its one Chỉ tiêu, not the purpose's again
