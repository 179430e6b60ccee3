"""Rows of the phiếu giao việc a clerk would strike (vanban.export.struck_rows): a preamble, a closing sentence,
a past result, a role, a condition, an event's particulars, a voting sentence — and the real tasks kept."""

from vanban.export.struck_rows import struck_rows, task_clauses
from vanban.extract.checklist import ChecklistItem


def row(what, source=None, who="(chưa xác định)", targets=None, start=None):
    return ChecklistItem(who=who, what=what, deadline=None, date=None, earliest=None, latest=None, recurrence=None,
                         targets=targets, source=source or what, start=start, end=None)


def kept(*rows):
    return [it.what for it in struck_rows(list(rows))[0]]


def test_preamble_struck_a_task_after_a_reference_kept():
    pre = row("Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2026 của UBND huyện về việc tổng kết công tác dân số",
              "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2026 của UBND huyện về việc tổng kết công tác dân số năm "
              "2025, Ủy ban nhân dân phường báo cáo như sau:")
    task = row("Thực hiện Kế hoạch số 88/KH-UBND của UBND huyện về chiến dịch tiêm chủng",
               "Trạm Y tế phường thực hiện Kế hoạch số 88/KH-UBND của UBND huyện về chiến dịch tiêm chủng trong quý III.")
    assert kept(pre, task) == [task.what]


def test_closing_sentence_struck():
    close = row("nhiệm vụ trọng tâm", "Trên đây là Báo cáo kết quả công tác quý I; nhiệm vụ trọng tâm quý II năm 2026 "
                "của Ủy ban nhân dân phường")
    assert kept(close) == []


def test_condition_and_voting_clauses_struck_task_kept():
    assert task_clauses("Hết hạn góp ý mà thành viên không trả lời thì xem như thống nhất") == ""
    assert task_clauses("Triển khai Nghị quyết đến từng hội viên; Nghị quyết được Hội nghị thông qua với 25/27 "
                        "đại biểu tán thành") == "Triển khai Nghị quyết đến từng hội viên"
    assert task_clauses("Thông qua danh sách đề nghị khen thưởng trước ngày 10/12/2026") != ""


def test_role_struck_its_tasks_kept():
    assert task_clauses("Là cơ quan tham mưu của Ban Chỉ đạo phòng chống thiên tai, chủ trì theo dõi, tổng hợp "
                        "tình hình mưa lũ") == "Chủ trì theo dõi, tổng hợp tình hình mưa lũ"
    assert task_clauses("Là đơn vị đầu mối về chuyển đổi số; xây dựng kế hoạch triển khai nền tảng số") == \
        "Xây dựng kế hoạch triển khai nền tảng số"
    assert task_clauses("Là cơ quan thường trực của Hội đồng thi đua") == ""


def test_event_particulars_struck():
    assert task_clauses("Thời gian: 02 buổi, ngày 14 và 15/5/2026; địa điểm: Hội trường UBND phường") == ""
    assert task_clauses("Thành phần: đại diện lãnh đạo các ban, ngành") == ""
    assert task_clauses("Dự họp có đồng chí Bí thư, các đồng chí trong Ban Thường vụ") == ""
    particular = row("02 buổi, ngày", "Thời gian: 02 buổi, ngày 14/5/2026")
    assert kept(particular) == []


def test_fragment_struck_target_freed_task_with_marks_kept():
    frag = row("Với 45 hộ tham gia, đạt 90% kế hoạch", targets="90% — kế hoạch (năm 2026)")
    place = row("Tại nhà văn hóa khu phố 3")
    task = row("Tài liệu hội nghị gửi các đại biểu", "Tài liệu hội nghị gửi các đại biểu chậm nhất 02 ngày trước hội nghị.")
    rows, freed = struck_rows([frag, place, task])
    assert [it.what for it in rows] == [task.what]
    assert freed == ["90% — kế hoạch (năm 2026)"]


def test_results_part_rows_struck():
    from vanban.export.plan_places import PlanPlaces

    text = ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I\nHoàn thành tiêm chủng cho 320 trẻ em, đạt 98%.\n"
            "II. NHIỆM VỤ TRỌNG TÂM QUÝ II\nHoàn thành tiêm chủng đợt 2 trước ngày 30/6/2026.\n")
    b = text.index("II. NHIỆM")
    outline = {"body": {"parts": [{"label": "I", "heading": "KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I", "start": 0, "end": b},
                                  {"label": "II", "heading": "NHIỆM VỤ TRỌNG TÂM QUÝ II", "start": b, "end": len(text)}]}}
    places = PlanPlaces(outline, text)
    past = row("Hoàn thành tiêm chủng cho 320 trẻ em", start=text.index("Hoàn thành tiêm chủng cho"))
    todo = row("Hoàn thành tiêm chủng đợt 2", start=text.index("Hoàn thành tiêm chủng đợt"))
    assert [it.what for it in struck_rows([past, todo], places)[0]] == [todo.what]


def test_heading_struck():
    from vanban.export.plan_places import PlanPlaces

    text = "II. Phương hướng, nhiệm vụ quý III\nTổ chức ra quân làm sạch kênh mương trước ngày 15/7/2026.\n"
    places = PlanPlaces({"body": {"parts": [{"label": "II", "heading": "Phương hướng, nhiệm vụ quý III", "start": 0,
                                             "end": len(text)}]}}, text)
    rows = [row("PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2026"), row("Phương hướng, nhiệm vụ quý III"),
            row("Tổ chức ra quân làm sạch kênh mương"), row("Báo cáo UBND huyện")]
    assert [it.what for it in struck_rows(rows, places)[0]] == ["Tổ chức ra quân làm sạch kênh mương", "Báo cáo UBND huyện"]


def test_results_part_closing_on_a_duty_intro_keeps_its_items(tmp_path):
    """A Thông báo kết luận's "I. ĐÁNH GIÁ CHUNG" whose last paragraph charges a body with the numbered items under it
    ("…, huyện X cần tập trung thực hiện các giải pháp sau đây:"): the items are tasks the extraction read, listed in
    the phiếu as in the obligations table (641-TB-VPCP lost section I's rows, session 40); a results part without
    such an intro still strikes its rows."""
    from vanban.conveyor import process_file
    from vanban.export.checklist_office import with_plan_targets
    from vanban.export.plan_places import PlanPlaces
    from vanban.extract.checklist import build_checklist

    intro = "Để khắc phục những hạn chế nêu trên, xã Lạc Sơn cần tập trung thực hiện các giải pháp sau đây:\n\n"
    body = ("**ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH**\n\nSố: 77/TB-UBND\n\n*Hòa Bình, ngày 10 tháng 3 năm 2026*\n\n"
            "**THÔNG BÁO**\n\nKẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI HUYỆN LẠC SƠN\n\n"
            "Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n\n**I. ĐÁNH GIÁ CHUNG**\n\n"
            "Thời gian qua, huyện đã chủ động triển khai nhiều giải pháp, tỷ lệ hồ sơ trực tuyến tăng khá.\n\n{intro}"
            "1. Ủy ban nhân dân xã rà soát hạ tầng mạng tại các thôn vùng cao, đề xuất phương án nâng cấp.\n\n"
            "2. Bố trí cán bộ chuyên trách công nghệ thông tin cho từng thôn, bản.\n\n"
            "3. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức của xã.\n\n"
            "**II. VỀ KIẾN NGHỊ CỦA HUYỆN**\n\nVề đề nghị hỗ trợ kinh phí nâng cấp hạ tầng: Sở Tài chính chủ trì, phối "
            "hợp với Sở Khoa học và Công nghệ xem xét, tham mưu Ủy ban nhân dân tỉnh.\n\n**Nơi nhận:**\n- Sở Tài chính;\n"
            "- Lưu: VT.\n\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\nNguyễn Văn An\n")

    def rows(text: str) -> list[tuple[str, str]]:
        path = tmp_path / "tb.md"
        path.write_text(text, encoding="utf-8")
        doc = process_file(path, jobs=1)
        items, _ = with_plan_targets(build_checklist(doc.extraction), PlanPlaces.of_document(doc), doc.extraction.targets)
        return sorted((it.who, " ".join(it.what.split()[:2])) for it in items)

    # items 2 and 3 are the intro body's (one obligation, one block); the phiếu ticks each item: a row each
    assert rows(body.format(intro=intro)) == [("Sở Tài chính", "chủ trì,"), ("xã Lạc Sơn", "Bố trí"),
                                              ("xã Lạc Sơn", "Tổ chức"), ("Ủy ban nhân dân xã", "rà soát")]
    # without the intro the items are the part's results: struck, as before
    assert rows(body.format(intro="")) == [("Sở Tài chính", "chủ trì,")]
