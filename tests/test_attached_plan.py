"""A Quyết định that issues a plan and attaches it after its signature, the plan printed as a document of its own.

A newcomer's 312/QĐ-UBND (tests/fixtures/newcomer15/, in .txt, .docx and .pdf) issues the ward's administrative reform
plan for 2027; after the Chủ tịch's signature the plan repeats the issuer and the motto, then "KẾ HOẠCH / Cải cách hành
chính năm 2027 … / (Ban hành kèm theo Quyết định số 312/QĐ-UBND …)", "I. MỤC TIÊU" (100% of procedures online, over
95% satisfied, under 1% late), "II. NHIỆM VỤ" and "III. TỔ CHỨC THỰC HIỆN". vanban read the repeated header as the
appendix's heading, passed the plan by, and gave no target; its rows were mangled ("Phòng Kinh tế, Hạ tầng và Đô thị
cấp ít nhất 150 giấy phép" as the body, "Công an phường số" as the partner, "Văn phòng HĐND và UBND phường a", a task
"của tháng cuối quý và năm"). Read by hand, the values below.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.extract.deadlines import split_actor
from vanban.extract.partners import partners_in
from vanban.structure import structure_of_text

DIR = ROOT / "tests/fixtures/newcomer15"


@pytest.fixture(scope="module", params=["qd312.txt", "qd312.docx", "qd312.pdf"])
def qd312(request):
    return process_file(DIR / request.param, jobs=1).extraction


def test_the_attached_plan_is_headed_by_its_title(qd312):
    (plan,) = qd312.structure.appendices
    assert plan.heading.startswith("KẾ HOẠCH Cải cách hành chính năm 2027")
    assert [p.label for p in plan.children] == ["I.", "II.", "III."]


def test_the_decision_keeps_its_metadata(qd312):
    m = qd312.metadata
    assert (m.type, m.number, m.date, m.signer_name) == ("Quyết định", "312/QĐ-UBND", "2026-12-02", "Vũ Quang Minh")
    assert m.title.startswith("Về việc ban hành Kế hoạch cải cách hành chính")


def test_the_plans_targets_are_read(qd312):
    texts = [t.text for t in qd312.targets]
    assert {"trên 95%", "dưới 1%", "ít nhất 150 giấy phép"} <= set(texts)
    assert any(t.text == "100%" and "thủ tục hành chính" in (t.scope or "") for t in qd312.targets)


def test_the_plans_rows(qd312):
    rows = {(o.who, o.partners) for o in qd312.obligations}
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị", None) in rows
    assert ("Phòng Văn hóa - Xã hội", "Công an phường") in rows
    whos = {d.who for d in qd312.deadlines}
    assert "Văn phòng HĐND và UBND phường a" not in whos
    assert all(not d.what.lower().startswith("của tháng") for d in qd312.deadlines if d.what)
    year_end = next(d for d in qd312.deadlines if d.date == "2027-12-10")
    assert year_end.who == "Các phòng chuyên môn" and year_end.what.startswith("báo cáo kết quả")


# --- the kinds, in sentences written in the same style --------------------------------------------------------------

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ BÌNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "---------------\n\n")


def decision(attached: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ PHÚ BÌNH\nSố: 88/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Phú Bình, ngày 05 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc của Ban Chỉ đạo "
            "chuyển đổi số xã\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương "
            "năm 2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chỉ đạo.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
            "CHỦ TỊCH\n\nNguyễn Văn An\n\n" + attached)


def test_an_attached_rules_document_with_its_header_is_read_as_rules():
    text = decision(HEADER + "QUY CHẾ\nLàm việc của Ban Chỉ đạo chuyển đổi số xã\n(Ban hành kèm theo Quyết định "
                    "số 88/QĐ-UBND ngày 05/12/2026 của Chủ tịch UBND xã)\n\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này "
                    "quy định nguyên tắc làm việc của Ban Chỉ đạo.\n\nĐiều 2. Chế độ họp\nBan Chỉ đạo họp ít nhất "
                    "01 lần mỗi quý.\n")
    st = structure_of_text(text)
    (rules,) = st.appendices
    assert rules.heading.startswith("QUY CHẾ Làm việc của Ban Chỉ đạo")
    assert [(t.min, t.text[:14]) for t in extract(text).targets] == [(1.0, "ít nhất 01 lần")]


@pytest.mark.parametrize("header", [
    # legacy OCR (a16-07): the rule above the plan's repeated header printed "ok", and blank lines lost
    "ok\nỦY BAN NHÂN DÂN\nXÃ PHÚ BÌNH\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    # scanned (a16-07, Tesseract vie): the rule printed "x.%", the issuer and the motto on one line
    "x.%\n\nỦY BAN NHÂN DÂN XÃ PHÚ BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n",
])
def test_an_attached_plan_under_its_rule_read_as_letters_or_marks(header):
    # the plan is the attached document still and its targets are read
    text = decision(header + "KẾ HOẠCH\n\nChuyển đổi số xã Phú Bình năm 2027\n\n(Kèm theo Quyết định số 88/QĐ-UBND "
                    "ngày 05/12/2026 của Chủ tịch UBND\n\nxã Phú Bình)\nI. MỤC TIÊU NĂM 2027\n- 100% văn bản trao đổi "
                    "giữa UBND xã với các cơ quan nhà nước được thực hiện dưới dạng điện tử.\n")
    (plan,) = structure_of_text(text).appendices
    assert plan.heading.startswith("KẾ HOẠCH Chuyển đổi số xã Phú Bình năm 2027")
    assert [t.text for t in extract(text).targets] == ["100%"]


def test_an_appendix_heading_stays_as_it_was():
    text = decision("PHỤ LỤC\nDANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 88/QĐ-UBND)\n\n"
                    "1. Ông Nguyễn Văn An, Chủ tịch UBND xã, Trưởng ban.\n")
    (app,) = structure_of_text(text).appendices
    assert app.heading.startswith("PHỤ LỤC DANH SÁCH THÀNH VIÊN")


@pytest.mark.parametrize("clause, who, what", [
    ("Phòng Kinh tế, Hạ tầng và Đô thị cấp ít nhất 150 giấy phép xây dựng", "Phòng Kinh tế, Hạ tầng và Đô thị",
     "cấp ít nhất 150 giấy phép xây dựng"),
    ("Các chi bộ kết nạp ít nhất 02 đảng viên mới trong năm 2027", "Các chi bộ", "kết nạp ít nhất 02 đảng viên mới trong năm 2027"),
    ("Trung tâm Y tế đào tạo 30 nhân viên y tế thôn bản", "Trung tâm Y tế", "đào tạo 30 nhân viên y tế thôn bản"),
    ("Ủy ban nhân dân cấp xã tổ chức tuyên truyền", "Ủy ban nhân dân cấp xã", "tổ chức tuyên truyền"),
    ("UBND các cấp thực hiện", "UBND các cấp", "thực hiện"),
])
def test_a_verb_that_is_a_noun_too_ends_the_body_before_its_quantity(clause, who, what):
    assert split_actor(clause) == (who, what)


def test_a_partner_ends_before_so_hoa():
    assert partners_in("phối hợp Công an xã số hóa 100% dữ liệu dân cư") == "Công an xã"
    assert partners_in("phối hợp Chi bộ Tổ dân phố số 5 tổ chức hội nghị") == "Chi bộ Tổ dân phố số 5"


def test_a_lettered_item_under_a_heading_line_is_its_own_task():
    text = ("KẾ HOẠCH\nChuyển đổi số năm 2027\n\nII. NHIỆM VỤ\n1. Văn phòng Đảng ủy xã\n"
            "a) Số hóa hồ sơ đảng viên, xong trước ngày 30/6/2027.\nb) Tổng hợp kết quả thực hiện.\n")
    (d,) = extract(text).deadlines
    assert d.who == "Văn phòng Đảng ủy xã" and d.what.startswith("Số hóa hồ sơ đảng viên")


def test_the_rest_of_a_first_dates_bracket_is_not_the_second_dates_task():
    text = ("KẾ HOẠCH\nChuyển đổi số năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\nCác chi bộ báo cáo kết quả thực hiện định kỳ quý "
            "(trước ngày 10 của tháng cuối quý) và năm (trước ngày 05/12/2027) về Văn phòng Đảng ủy xã.\n")
    second = next(d for d in extract(text).deadlines if d.date == "2027-12-05")
    assert second.who == "Các chi bộ" and second.what == "báo cáo kết quả thực hiện"


# --- (tgt49t) the attached document's type line running on into its trích yếu, under its repeated header ---------

PARTY_DECISION = ("ĐẢNG BỘ XÃ AN PHÚ\nĐẢNG ỦY XÃ AN PHÚ\nSố 45-QĐ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                  "An Phú, ngày 10 tháng 3 năm 2027\n\nQUYẾT ĐỊNH\nban hành Quy chế làm việc của Ban Chấp hành Đảng bộ "
                  "xã\n\nBAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm "
                  "việc của Ban Chấp hành Đảng bộ xã.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n\nNơi nhận:\n"
                  "- Các đồng chí Đảng ủy viên,\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN CHẤP HÀNH\nBÍ THƯ\n\nTrần Văn Bình"
                  "\n\n")


@pytest.mark.parametrize("header, title, under", [
    # a Đảng ủy xã's Quy chế (t48-07's layout): the Party's line again, then "QUY CHẾ LÀM VIỆC" on one line
    ("ĐẢNG CỘNG SẢN VIỆT NAM\n\n", "QUY CHẾ LÀM VIỆC\n\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN PHÚ NHIỆM KỲ 2025 - 2030\n\n",
     "QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN PHÚ"),
    # the issuer and the Party's line, the rules' kind run on: "QUY ĐỊNH VỀ CHẾ ĐỘ …"
    ("ĐẢNG ỦY XÃ AN PHÚ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\n", "QUY ĐỊNH VỀ CHẾ ĐỘ HỌP\n\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ\n\n",
     "QUY ĐỊNH VỀ CHẾ ĐỘ HỌP CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ"),
    # a State body's header and motto, "QUY CHẾ PHỐI HỢP" run on
    (HEADER, "QUY CHẾ PHỐI HỢP\nGIỮA CÁC CHI BỘ VÀ BAN CHẤP HÀNH\n\n", "QUY CHẾ PHỐI HỢP GIỮA CÁC CHI BỘ"),
])
def test_an_attached_document_whose_type_line_runs_on_is_read(header, title, under):
    text = PARTY_DECISION + header + title + (
        "(Ban hành kèm theo Quyết định số 45-QĐ/ĐU ngày 10/3/2027 của Ban Chấp hành Đảng bộ xã)\n\n"
        "Điều 1. Chế độ họp\n1. Ban Thường vụ họp thường lệ mỗi tháng 01 lần. Tài liệu hội nghị gửi đến các đồng chí "
        "Đảng ủy viên trước ít nhất 03 ngày làm việc.\n2. Đảng ủy viên dự sinh hoạt với chi bộ được phân công phụ "
        "trách ít nhất 01 lần/quý.\n")
    (rules,) = structure_of_text(text).appendices
    assert rules.heading.startswith(under)
    got = {(t.min, t.max, t.unit) for t in extract(text).targets}
    assert {(1.0, 1.0, "lần/tháng"), (3.0, None, "ngày làm việc")} <= got
    assert any(lo == 1.0 and hi is None and unit.startswith("lần") for lo, hi, unit in got)
