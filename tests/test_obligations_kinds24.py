"""Obligations: kinds authored22 showed (session 24) — a Sở's calendar of report forms whose body column is headed
"Đối tượng thực hiện" (the body that does the row's task, not the body a task checks) beside a form column ("Biểu
mẫu") and a due column naming where the report goes ("Thời hạn gửi về Sở Tài chính"), its rows parted by one blank
line as its cells are.

The documents are written for these tests in the style of a Sở's 2027 Công văn (after the kind of a22-03, not its
sentences); the expected bodies and dates are those a careful reader lists under ``realdocs/labeled/README.md``'s
conventions and authored22's labels (a22-03: one entry per row of the table, its body and its date), not vanban's
output.
"""

from __future__ import annotations

from vanban.extract import extract

_CV_HEAD = ("UBND TỈNH NGHỆ AN\nSỞ TÀI CHÍNH\n\nSố: 1520/STC-QLNS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 05 tháng 12 năm 2026\n\n"
            "V/v báo cáo tình hình thực hiện dự toán ngân sách năm 2026\n\n"
            "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
            "Để có cơ sở tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các cơ quan, đơn vị thực "
            "hiện báo cáo theo các biểu mẫu và thời hạn sau:\n\n")
_CV_TAIL = ("\n\nNơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, QLNS.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
            "Trần Văn Nam\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def _cells(rows: list[list[str]]) -> str:
    """A table as a Markdown converter writes it in plain text: every cell its own paragraph, one blank line apart,
    the rows parted as the cells are."""
    return "\n\n".join(c for row in rows for c in row)


def test_a_report_calendar_whose_body_column_is_headed_doi_tuong_thuc_hien():
    table = _cells([["STT", "Biểu mẫu", "Nội dung", "Đối tượng thực hiện", "Thời hạn gửi về Sở Tài chính"],
                    ["1", "Biểu số 01/STC", "Tình hình thực hiện dự toán thu ngân sách", "Các sở, ban, ngành cấp tỉnh",
                     "Trước ngày 20/12/2026"],
                    ["2", "Biểu số 02/STC", "Tình hình giải ngân vốn đầu tư công", "Ủy ban nhân dân các xã, phường",
                     "Chậm nhất ngày 08/01/2027"],
                    ["3", "Biểu số 03/STC", "Thuyết minh số dư tạm ứng", "Các đơn vị sự nghiệp công lập",
                     "Chậm nhất ngày 12/01/2027"]])
    text = _CV_HEAD + table + "\n\n\nTrong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Quản lý " \
        "ngân sách để được hướng dẫn./." + _CV_TAIL
    got = _obs(text)
    assert ("Các sở, ban, ngành cấp tỉnh", "2026-12-20") in got
    assert ("Ủy ban nhân dân các xã, phường", "2027-01-08") in got
    assert ("Các đơn vị sự nghiệp công lập", "2027-01-12") in got


def test_the_body_an_inspection_checks_stays_the_rows_object():
    """"Đối tượng" alone (an inspection plan's checked body) is still no body charged: the vocabulary parts the two."""
    from vanban.structure import vocab as V
    assert V.TASK_OBJECT_COL.search("doi tuong")
    assert V.TASK_OBJECT_COL.search("doi tuong kiem tra")
    assert not V.TASK_OBJECT_COL.search("doi tuong thuc hien")
    assert not V.TASK_OBJECT_COL.search("doi tuong bao cao")


_ITEMS = ("**3. Yêu cầu về số liệu và cách thức gửi báo cáo**\n\n"
          "a) Số liệu phải bảo đảm chính xác, đầy đủ, thống nhất giữa các biểu.\n\n"
          "b) Đồng thời với việc gửi báo cáo, các cơ quan, đơn vị, địa phương cập nhật đầy đủ dữ liệu lên phần mềm "
          "quản lý ngân sách; bảo đảm tỷ lệ dữ liệu được cập nhật đạt 100% trước ngày 15/01/2027.\n\n"
          "c) Đối với cơ quan, đơn vị có số liệu cần điều chỉnh theo ý kiến của Sở Tài chính, trong thời hạn 03 ngày "
          "làm việc kể từ ngày nhận được ý kiến, cơ quan, đơn vị phải gửi lại báo cáo đã chỉnh sửa.\n\n")


def test_a_body_after_a_clause_that_joins_the_task_to_another():
    """"Đồng thời với việc gửi báo cáo, <body> <verb> …": the clause before the body is no body's name."""
    got = _obs(_CV_HEAD + "Các cơ quan, đơn vị thực hiện như sau:\n\n" + _ITEMS + _CV_TAIL)
    assert ("Các cơ quan, đơn vị, địa phương", "2027-01-15") in [(w[:1].upper() + w[1:], d) for w, d in got]


def test_the_bodies_a_sentence_is_about_named_again_shortly_as_its_subject():
    """"Đối với <bodies …>, trong thời hạn …, <the same, shortly> phải …": the topic is the body charged."""
    got = _obs(_CV_HEAD + "Các cơ quan, đơn vị thực hiện như sau:\n\n" + _ITEMS + _CV_TAIL)
    who = [w for w, d in got if w.startswith("Cơ quan, đơn vị có số liệu")]
    assert who and all(d is None for w, d in got if w in who)


def test_the_topic_opening_reads_a_short_name_pointing_back():
    from vanban.extract.subjects import actor
    who, what = actor("Đối với các đơn vị chưa gửi báo cáo năm 2026, các đơn vị khẩn trương hoàn thiện, gửi Sở Tài "
                      "chính trước ngày 30/12/2026.")
    assert who == "Các đơn vị chưa gửi báo cáo năm 2026" and what.startswith("khẩn trương")
    who, what = actor("Đối với các dự án chậm giải ngân, Ủy ban nhân dân các xã, phường rà soát, báo cáo trước ngày "
                      "10/01/2027.")
    assert who == "Ủy ban nhân dân các xã, phường"  # another body, named in full: no short name of the topic


def test_the_column_vocabulary_names_the_bodies_columns_real_offices_print():
    from vanban.structure import vocab as V
    from vanban.text import fold
    for h in ("Đơn vị thực hiện", "Cơ quan thực hiện", "Đối tượng thực hiện", "Đơn vị báo cáo", "Cơ quan tham mưu",
              "Cơ quan chuẩn bị", "Người thực hiện", "Bộ phận thực hiện", "Bộ phận tham mưu", "Trách nhiệm",
              "Người chịu trách nhiệm", "Cơ quan, đơn vị thực hiện"):
        assert V.TASK_BODY_COL.search(fold(h)) and not V.TASK_THING_COL.match(fold(h)), h
    for h in ("Nội dung thực hiện", "Kết quả thực hiện", "Kinh phí thực hiện", "Hình thức thực hiện",
              "Địa điểm thực hiện", "Thời điểm thực hiện"):
        assert V.TASK_THING_COL.match(fold(h)), h
    for h in ("Thời hạn gửi", "Thời hạn báo cáo", "Thời gian thực hiện", "Hạn nộp", "Hạn gửi báo cáo",
              "Thời hạn gửi về Sở Nội vụ"):
        assert V.TASK_DUE_COL.search(fold(h)), h


def test_a_task_table_whose_task_column_ends_in_thuc_hien_charges_the_unit_column():
    table = _cells([["STT", "Nội dung thực hiện", "Đơn vị thực hiện", "Thời gian hoàn thành"],
                    ["1", "Rà soát, tổng hợp số dư tạm ứng vốn đầu tư công", "Ủy ban nhân dân các xã, phường",
                     "Trước ngày 15/01/2027"],
                    ["2", "Thu hồi tạm ứng quá hạn của các nhà thầu", "Các chủ đầu tư", "Trước ngày 28/02/2027"]])
    got = _obs(_CV_HEAD + table + "\n\n\nĐề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./." + _CV_TAIL)
    assert ("Ủy ban nhân dân các xã, phường", "2027-01-15") in got
    assert ("Các chủ đầu tư", "2027-02-28") in got


def test_a_head_of_the_topics_bodies_as_the_short_name():
    """"Đối với các chi bộ còn tồn đọng …, bí thư chi bộ giải trình …" (a Đảng ủy xã's letter, after a22-10): the
    title, then the topic — the labels' "Bí thư các chi bộ còn tồn đọng …"; "giải trình" is the task's verb."""
    from vanban.extract.subjects import actor
    who, what = actor("Đối với các chi bộ chưa hoàn thành việc chuyển sinh hoạt đảng, bí thư chi bộ giải trình bằng "
                      "văn bản với Ban Thường vụ Đảng ủy xã chậm nhất ngày 20/01/2027.")
    assert who == "Bí thư các chi bộ chưa hoàn thành việc chuyển sinh hoạt đảng"
    assert what.startswith("giải trình")


_PLAN = ("**III. NỘI DUNG VÀ GIẢI PHÁP**\n\n**1. Đăng ký mô hình**\n\n"
         "- Các cơ quan, đơn vị lựa chọn nội dung đăng ký mô hình; gửi đăng ký về Sở Tài chính trước ngày 31 tháng 3 "
         "năm 2027.\n\n**2. Đánh giá, công nhận mô hình**\n\n"
         "- Hội đồng thi đua cấp cơ sở tổ chức đánh giá, công nhận mô hình cấp cơ sở; lựa chọn mô hình tiêu biểu đề "
         "nghị cấp tỉnh công nhận, hoàn thành trong tháng 9 năm 2027.\n\n"
         "- Sở Nội vụ thành lập đoàn khảo sát thực tế, đánh giá mô hình đề nghị công nhận cấp tỉnh trong quý IV năm "
         "2027.\n\n**3. Tuyên truyền**\n\n"
         "- Đài Phát thanh - Truyền hình tỉnh phát ít nhất 03 tin, bài/tháng về các mô hình tiêu biểu.\n\n")


def test_a_heading_of_acts_that_recognise_work_is_no_assessment_of_results():
    """"2. Đánh giá, công nhận mô hình" heads the bodies' tasks (a22-07's kind), unlike "Đánh giá kết quả năm 2026"."""
    got = _obs(_CV_HEAD + _PLAN + _CV_TAIL)
    assert ("Hội đồng thi đua cấp cơ sở", "2027-09-30") in got
    assert ("Sở Nội vụ", "2027-12-31") in got


def test_a_broadcaster_airing_a_count_of_items():
    """"<Đài …> phát ít nhất 03 tin, bài/tháng …": "phát" with its count is the verb after the body (a22-01's kind)."""
    got = _obs(_CV_HEAD + _PLAN + _CV_TAIL)
    assert ("Đài Phát thanh - Truyền hình tỉnh", None) in got


def test_a_recurring_report_whose_day_comes_before_its_body():
    """"Định kỳ hằng tháng, trước ngày 25, các chủ đầu tư báo cáo …" names its own body after the day of the month (a
    Thông báo kết luận's kind, a22-06): its own entry, not the task of the sentence above it."""
    text = _CV_HEAD + ("**1. Yêu cầu chung**\n\n"
                       "Các sở, ngành, chủ đầu tư được giao kế hoạch vốn phấn đấu giải ngân đạt trên 95% kế hoạch vốn "
                       "được giao trước ngày 31 tháng 12 năm 2026. Người đứng đầu cơ quan, đơn vị chịu trách nhiệm "
                       "trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả giải ngân của đơn vị mình.\n\n"
                       "Định kỳ hằng tháng, trước ngày 20, các chủ đầu tư báo cáo tiến độ giải ngân về Sở Tài chính "
                       "để tổng hợp.\n\n**2. Sở Tài chính**\n\nTheo dõi, đôn đốc các chủ đầu tư giải ngân vốn.\n\n") \
        + _CV_TAIL
    got = _obs(text)
    assert any(w.lower() == "các chủ đầu tư" and d == "2026-12-20" for w, d in got), got
    from vanban.structure import vocab as V
    assert V.RECURRING_DUTY_RE.match("dinh ky hang thang, bao cao so ket")  # its subject left out: the item's task
    assert not V.RECURRING_DUTY_RE.match("dinh ky hang thang, truoc ngay 25, cac chu dau tu bao cao")


def test_a_facility_named_by_its_service_and_a_signature_as_the_task():
    """"- Cơ sở tiêm chủng cập nhật …" (a Sở Y tế's Hướng dẫn, t23-09's kind): a facility is a body; "Chủ tịch … ký lệnh
    gọi nhập ngũ; Ban Chỉ huy … phối hợp …" (t23-05's kind): "ký" with what is signed is the verb."""
    from vanban.extract.subjects import actor
    assert actor("Cơ sở khám bệnh, chữa bệnh báo cáo ca bệnh truyền nhiễm về Trung tâm Kiểm soát bệnh tật tỉnh trong "
                 "vòng 24 giờ.")[0] == "Cơ sở khám bệnh, chữa bệnh"
    assert actor("Cơ sở tiêm chủng cập nhật kết quả tiêm chủng lên Hệ thống thông tin tiêm chủng quốc gia.")[0] \
        == "Cơ sở tiêm chủng"
    assert actor("Cơ sở dữ liệu quốc gia về dân cư được cập nhật thường xuyên.")[0] is None  # a database, no body
    assert actor("Chủ tịch Ủy ban nhân dân xã ký quyết định thành lập Hội đồng nghĩa vụ quân sự xã.")[0] \
        == "Chủ tịch Ủy ban nhân dân xã"


def test_a_party_cells_meeting_as_its_task():
    """"- Chi bộ trực thuộc sinh hoạt thường kỳ mỗi tháng 01 lần, chậm nhất ngày 10 hằng tháng" (a Đảng ủy phường's
    Chương trình công tác, t23-08's kind): the meeting with its kind is the verb after the body."""
    from vanban.extract.subjects import actor
    assert actor("Các chi bộ sinh hoạt thường kỳ mỗi tháng 01 lần, chậm nhất ngày 05 hằng tháng.")[0] == "Các chi bộ"
    assert actor("Chi bộ thôn Đông sinh hoạt chuyên đề ít nhất 01 lần/quý.")[0] == "Chi bộ thôn Đông"


def test_the_paragraph_and_part_after_a_table_without_row_numbers_are_no_row():
    """A table "Cấp thực hiện | Nội dung | Thời gian hoàn thành" (its rows parted by two blank lines), then the
    paragraph closing its part, then "IV. TỔ CHỨC THỰC HIỆN" over "1. <bodies>" and their points (a Ban Tổ chức's
    Hướng dẫn, a22-08's kind): the part after the table keeps its heading, its body its tasks."""
    rows = [["Cấp thực hiện", "Nội dung", "Thời gian hoàn thành"],
            ["Chi bộ trực thuộc đảng ủy cơ sở", "Kiểm điểm tập thể chi bộ và đảng viên", "Trước ngày 25/12/2026"],
            ["Đảng ủy cơ sở", "Xếp loại chi bộ trực thuộc, đảng viên", "Trước ngày 10/01/2027"]]
    table = "\n\n\n".join("\n\n".join(r) for r in rows)
    text = _CV_HEAD + "III. THỜI GIAN THỰC HIỆN\n\n" + table + (
        "\n\n\nBan Tổ chức Huyện ủy báo cáo Ban Tổ chức Tỉnh ủy kết quả kiểm điểm, xếp loại năm 2026 của Đảng bộ\n"
        "huyện trước ngày 15 tháng 3 năm 2027.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các đảng ủy xã, thị trấn và các đảng bộ trực thuộc Huyện ủy\n\n"
        "- Xây dựng kế hoạch, hướng dẫn các chi bộ trực thuộc thực hiện; hoàn thành việc ban hành kế hoạch trước "
        "ngày 12 tháng 12 năm 2026.\n\n"
        "- Gửi báo cáo kết quả kiểm điểm về Ban Tổ chức Huyện ủy chậm nhất ngày 20/01/2027.\n\n"
        "2. Ủy ban Kiểm tra Huyện ủy\n\nCung cấp danh sách đảng viên bị thi hành kỷ luật trong năm 2026 trước "
        "ngày 05/01/2027.\n\n") + _CV_TAIL
    got = _obs(text)
    assert ("Các đảng ủy xã, thị trấn và các đảng bộ trực thuộc Huyện ủy", "2026-12-12") in got, got
    assert ("Ủy ban Kiểm tra Huyện ủy", "2027-01-05") in got
