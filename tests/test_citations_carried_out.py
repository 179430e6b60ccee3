"""A document the plan carries out is its căn cứ, whether its title or its opening line names it.

Found by a newcomer (session 17): "CHƯƠNG TRÌNH HÀNH ĐỘNG ⏎ thực hiện Kết luận số 75-KL/TW …" (cases 12 and 19)
gave the Kết luận as ``mentions`` while "Thực hiện Nghị quyết số 25-NQ/TW …" in case 01's opening line was
``can_cu``. A Báo cáo on the results of carrying one out carries out nothing: ``mentions``."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract

HEAD = ("TỈNH ỦY LÀO CAI                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số 104-CTr/TU                  Lào Cai, ngày 30 tháng 8 năm 2026\n\n")
CASES = Path(__file__).parent / "fixtures" / "cases"  # copies of ../shared/cases


def relations(text: str) -> dict[str, str]:
    return {c.number: c.relation for c in extract(text).citations}


def test_a_document_named_in_the_title_after_thuc_hien_is_a_basis():
    text = HEAD + ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành\n"
                   "Trung ương Đảng khóa XIV về bảo vệ môi trường\n\n"
                   "I. MỤC TIÊU\nCác cấp ủy quán triệt Chỉ thị số 12-CT/TU của Tỉnh ủy về môi trường.\n")
    assert relations(text) == {"75-KL/TW": "can_cu", "12-CT/TU": "mentions"}


def test_a_report_on_carrying_one_out_only_mentions_it():
    text = ("TỈNH ỦY LÀO CAI                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số 88-BC/TU                  Lào Cai, ngày 30 tháng 8 năm 2026\n\n"
            "BÁO CÁO\nkết quả thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương\n\n"
            "I. KẾT QUẢ\nCác cấp ủy đã quán triệt đầy đủ.\n")
    assert relations(text) == {"75-KL/TW": "mentions"}


@pytest.mark.parametrize("path", ["12-ctr-type-and-rate-targets/input.txt",
                                  "19-appendix-task-table/input_pdftotext_layout.txt"])
def test_the_cases_kết_luận_is_their_basis(path):
    assert relations((CASES / path).read_text(encoding="utf-8"))["75-KL/TW"] == "can_cu"
