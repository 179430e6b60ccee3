"""Session 43 (obl43c): kinds left on authored41 and tune42, each in its own wording.

- The last item of a Căn cứ list, a document named with no number, closed by "," at its line's end and followed by
  the issuing sentence ("Căn cứ Phương án … đã được … thông qua ngày …,⏎⏎ Ủy ban nhân dân xã … ban hành …"): one
  citation, as the items closed by ";" are.
- A clause of a duty opening on an act done on one day ("nghiệm thu …", "bàn giao …") and closing on "ngày
  <day>": due that day, as the organising steps ("Tổ chức …") are; the clause may wrap to the next line.
- A part headed by the steps and their time ("III. CÁC BƯỚC TIẾN HÀNH VÀ THỜI GIAN"): each numbered step "Step:
  ngày …" is due that day, as under a part headed "Thời gian" alone; a data cut-off day there stays none.

Each text below is written for these tests in the style of such documents, not copied from a labelled one.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, preamble: str = "") -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 21/KH-UBND\nHòa Bình, ngày 06 tháng 02 năm 2031\n\nKẾ HOẠCH\n"
            "Tổ chức cho thuê ki-ốt chợ xã năm 2031\n\n" + preamble + body
            + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hải\n")


def test_an_unnumbered_last_basis_item_closed_by_a_comma_is_cited():
    pre = ("Căn cứ Luật Đất đai số 31/2024/QH15;\n\nCăn cứ Phương án sắp xếp ki-ốt chợ xã năm 2031 đã được tập thể "
           "UBND xã\nthống nhất ngày 20/01/2031,\n\nỦy ban nhân dân xã Hòa Bình ban hành Kế hoạch như sau:\n\n")
    body = "I. MỤC ĐÍCH\n\nSử dụng hiệu quả các ki-ốt của chợ xã.\n"
    cites = extract(_doc(body, pre)).citations
    assert [(c.number, c.type) for c in cites] == [("31/2024/QH15", "Luật"), (None, "Phương án")], cites


def test_a_numbered_last_basis_item_closed_by_a_comma_stays_one_citation():
    pre = ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2031 của UBND huyện về việc giao kế hoạch\nthu ngân sách,\n\n"
           "Ủy ban nhân dân xã Hòa Bình ban hành Kế hoạch như sau:\n\n")
    body = "I. MỤC ĐÍCH\n\nSử dụng hiệu quả các ki-ốt của chợ xã.\n"
    cites = extract(_doc(body, pre)).citations
    assert [(c.number, c.type) for c in cites] == [("12/QĐ-UBND", "Quyết định")], cites


def test_a_step_s_bare_day_under_a_steps_and_time_heading_is_its_due_day():
    body = ("III. CÁC BƯỚC TIẾN HÀNH VÀ THỜI GIAN\n\n1. Kiểm kê hiện trạng các ki-ốt: xong trước ngày 20/02/2031.\n\n"
            "2. Bốc thăm chọn ki-ốt: ngày 10/3/2031 tại nhà văn hóa xã.\n\n"
            "3. Ký hợp đồng thuê ki-ốt: trước ngày 25/3/2031.\n")
    dates = [d.date for d in extract(_doc(body)).deadlines if not d.past]
    assert dates == ["2031-02-20", "2031-03-10", "2031-03-25"], dates


def test_a_cut_off_day_under_a_steps_and_time_heading_is_no_due_day():
    body = ("III. CÁC BƯỚC TIẾN HÀNH VÀ THỜI GIAN\n\n1. Thời điểm chốt số liệu: ngày 28/02/2031.\n\n"
            "2. Các thôn gửi danh sách hộ đăng ký thuê: trước ngày 15/3/2031.\n")
    dates = [d.date for d in extract(_doc(body)).deadlines if not d.past]
    assert dates == ["2031-03-15"], dates


def test_an_acceptance_dated_by_a_bare_day_after_a_semicolon_is_due_that_day():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Địa chính - Xây dựng\n\nGiám sát việc sửa chữa các ki-ốt; nghiệm thu "
            "phần việc của\nnhà thầu ngày 24/02/2031; báo cáo UBND xã trước ngày 10/3/2031.\n")
    dates = [d.date for d in extract(_doc(body)).deadlines if not d.past]
    assert dates == ["2031-02-24", "2031-03-10"], dates
