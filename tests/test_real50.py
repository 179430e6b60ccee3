"""real50 (the session-49 newcomer's real documents, ../shared/realdocs/docs): kinds of a fact read wrong, each tested
on the form the newcomer met and on other wordings of the same kind (excerpts copied unchanged into
tests/fixtures/real50/, see its README; the expected values read from those lines, not from vanban):

- a night's window "từ 18h00 tối Thứ Bảy ngày … đến 03h00 sáng Chủ Nhật ngày …": one interval, never two due days;
- a law named with its year ("Luật Tổ chức chính quyền địa phương năm 2025"): the year stays in its name, and a later
  "Luật … năm 2024" of a law cited by its number (41/2024/QH15) is that law, no second citation;
- a procedure list's "Thời hạn giải quyết" cell: its limit is the row's procedure's, never the tail of the cell
  before it ("… báo chí, xuất⏎bản");
- a forecast hedged with "khoảng" ("Tổng vốn đầu tư xã hội đạt⏎khoảng 270.000 tỷ đồng"): its indicator is the scope;
  a currency's code keeps its capitals ("tỷ USD").
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure

FIX = Path(__file__).parent / "fixtures" / "real50"


def _md(name: str, head: str = ""):
    text, geo = markdown_to_text(head + (FIX / name).read_text(encoding="utf-8"))
    return extract(text, structure=build_structure([Page(1, "md", text, text, lines=geo)]))


# --- a window over a night: one interval ------------------------------------------------------------------------

def test_a_night_window_is_one_interval_983_tb_ct():
    ext = _md("983-TB-CT.md")
    assert [(d.date, d.earliest, d.latest) for d in ext.deadlines] == [(None, "2025-11-22", "2025-11-23")]
    assert ext.deadlines[0].text.startswith("từ 18h00 tối Thứ Bảy ngày 22/11/2025")


def test_a_window_with_parts_of_the_day_and_no_weekday_is_one_interval():
    # written in a phường's Thông báo style: a stop of a service over a night, then a due day of its own
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 15/TB-UBND\nAn Bình, ngày 10 tháng 02 năm 2034\n\nTHÔNG BÁO\n"
            "Lịch tạm dừng cấp nước\n\nCông ty Cấp nước tạm dừng cấp nước từ 20 giờ tối ngày 18/02/2034 đến 06 giờ "
            "sáng ngày 19/02/2034 để sửa chữa đường ống.\n\nBộ phận Một cửa hoàn thành việc trả kết quả các hồ sơ đã "
            "tiếp nhận trước ngày 16/02/2034.\n")
    got = [(d.date, d.earliest, d.latest) for d in extract(text).deadlines]
    assert got == [(None, "2034-02-18", "2034-02-19"), ("2034-02-16", "2034-02-16", "2034-02-16")]


# --- a law's year ---------------------------------------------------------------------------------------------------

def _laws(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.number, c.name) for c in extract(text).citations if c.type == "Luật"]


_HEAD = "ỦY BAN NHÂN DÂN\nXÃ YÊN THÀNH\nSố: 12/KH-UBND\nYên Thành, ngày 20 tháng 02 năm 2031\n\nKẾ HOẠCH\nThực hiện\n\n"


def test_a_law_named_with_its_year_is_one_citation_2969_qd_ubnd():
    ext = _md("2969-QD-UBND.md")
    laws = [c for c in ext.citations if c.type == "Luật"]
    assert [(c.number, c.name, c.date) for c in laws] == [
        (None, "Luật Tổ chức chính quyền địa phương", None), (None, "Luật Quản lý ngoại thương", None)]


def test_a_year_wrapped_to_the_next_line_stays_with_the_law_0204_kh_ubnd():
    text = _HEAD + ("Dự kiến các khoản thu phân chia giữa ngân sách trung ương và ngân sách địa phương theo quy định "
                    "của Luật NSNN năm\n2025, tỉnh Cà Mau sẽ còn nhận trợ cấp.\n")
    assert _laws(text) == [(None, "Luật NSNN")]


def test_a_numbered_law_named_later_with_its_year_is_one_law():
    # t37-10's wording (a xã's Kế hoạch): the number in the Căn cứ, the year in the body
    text = _HEAD + ("Thực hiện Luật Bảo hiểm xã hội số 41/2024/QH15; Luật Bảo hiểm y tế;\n\n1. Đẩy mạnh thông tin, "
                    "tuyên truyền những điểm mới của Luật Bảo hiểm xã hội năm 2024 về trợ cấp hưu trí xã hội.\n")
    assert _laws(text) == [("41/2024/QH15", "Luật Bảo hiểm xã hội"), (None, "Luật Bảo hiểm y tế")]



def test_a_law_named_with_and_without_its_year_is_one():
    text = _HEAD + ("Căn cứ Luật Bảo vệ môi trường năm 2020;\n\n1. Tuyên truyền Luật Bảo vệ môi trường đến người "
                    "dân.\n")
    assert _laws(text) == [(None, "Luật Bảo vệ môi trường")]


def test_a_yearless_mention_then_the_year_in_a_cell_is_one_law():
    # 2913/QĐ-UBND's form: the body names the law bare, the căn cứ pháp lý cell wraps its year to the next line
    text = _HEAD + ("1. Thủ tục thẩm định hồ sơ theo quy định tại điểm c khoản 4 Điều 28 Luật Bảo vệ môi trường.\n\n"
                    "- Luật Bảo vệ môi trường năm\n2020;\n- Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ.\n")
    assert _laws(text) == [(None, "Luật Bảo vệ môi trường")]


# --- a procedure list's limits ----------------------------------------------------------------------------------

def test_a_limit_cell_takes_its_rows_procedure_not_the_cell_before_2969_qd_ubnd():
    ext = _md("2969-QD-UBND.md")
    limits = [t for t in ext.targets if t.unit == "ngày làm việc"]
    assert [(t.min, t.max) for t in limits] == [(None, 3.0), (None, 3.0)]
    assert "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu" in limits[0].scope
    assert "Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận lưu hành tự do (CFS)" in limits[1].scope


# --- forecasts hedged with "khoảng"; a currency's capitals --------------------------------------------------------

_KH = ("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 0204/KH-UBND\nCà Mau, ngày 24 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
       "Tài chính - ngân sách nhà nước 03 năm 2026 - 2028\n\n")


def test_forecasts_hedged_with_khoang_name_their_indicator_0204_kh_ubnd():
    ext = _md("0204-KH-UBND.du-bao.md", _KH)
    scopes = {t.text: t.scope for t in ext.targets}
    assert scopes["91 triệu đồng"] == "GRDP bình quân đầu người"
    assert scopes["270.000 tỷ đồng"] == "Tổng vốn đầu tư xã hội"
    assert scopes["8,95 tỷ USD"] == "Kim ngạch xuất khẩu"
    assert scopes["11.400 doanh nghiệp"] == "Tổng số doanh nghiệp"
    assert scopes["59.000 người"] == "Giải quyết việc làm"  # "Giải quyết việc làm cho khoảng⏎59.000 người"
    assert scopes["660.085 tỷ đồng"] == "Quy mô GRDP theo giá hiện hành"  # no "khoảng": as before


def test_a_task_done_for_the_counted_people_is_the_scope():
    # a23-06's wording (a Nghị quyết chuyên đề): "Tạo việc làm cho khoảng 60.000 lao động"
    text = _KH + "1. Mục tiêu\n\n- Tạo việc làm cho khoảng 60.000 lao động.\n"
    assert [(t.min, t.unit, t.scope) for t in extract(text).targets] == [(60000.0, "lao động", "Tạo việc làm")]


def test_a_currency_code_keeps_its_capitals():
    ext = _md("0204-KH-UBND.du-bao.md", _KH)
    assert [t.unit for t in ext.targets if t.text == "8,95 tỷ USD"] == ["tỷ USD"]
    # a20-02's wording (a Nghị quyết HĐND): "Kim ngạch xuất khẩu đạt 1,2 tỷ USD"
    text = _KH + "Chỉ tiêu năm 2026:\n\n- Kim ngạch xuất khẩu đạt 1,2 tỷ USD.\n"
    assert [(t.min, t.unit) for t in extract(text).targets] == [(1.2, "tỷ USD")]
