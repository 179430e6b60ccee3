"""The session-11 target conventions (:mod:`vanban.extract.limit_words`): an age bound alone in its clause, the papers
or times a rule sets, a norm's tiers and eligibility terms are rules with numbers, so targets.

The lead decided them from ``../shared/realdocs/labeled/README.md`` ("Rules with numbers in a guidance document (ít
nhất 60 tháng, không quá 03 cán bộ, hệ số 1,0 - 1,5, trên 2/3) are targets"; "dưới → max only"; "an exact figure →
min = max") and from the blind annotators of the legal windows, who all counted them. Every sentence here is written
for these tests in that wording (none is copied from the corpus); the OCR cases damage them as legacy fonts and
Tesseract do (lost tone marks, "đ" read as "d").
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_TT_HEAD = ("BỘ TƯ PHÁP\nSố: 21/2025/TT-BTP\nHà Nội, ngày 02 tháng 6 năm 2025\n\nTHÔNG TƯ\n"
            "Hướng dẫn một số thủ tục hành chính\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Nam\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_TT_HEAD + body + _TAIL).targets]


@pytest.mark.parametrize("body, want", [
    ("1. Trường hợp người được trợ giúp là người dưới 18 tuổi thì phải có người giám hộ đi cùng.\n", (None, 18, "tuổi")),
    ("1. Cha mẹ đang nuôi con dưới 36 tháng tuổi không phải làm việc ban đêm.\n", (None, 36, "tháng tuổi")),
    ("1. Người từ đủ 16 tuổi trở lên được tự mình ký hợp đồng lao động.\n", (16, None, "tuổi")),
    ("1. Người chưa đủ 14 tuổi không phải chịu trách nhiệm hình sự.\n", (None, 14, "tuổi")),
    ("1. Truong hop nguoi duoc tro giup la nguoi duoi 18 tuoi thi phai co nguoi giam ho di cung.\n", (None, 18, "tuổi")),
])
def test_an_age_bound_alone_in_its_clause(body, want):
    assert _t(body) == [want]


def test_an_age_that_scopes_another_figure_is_no_target_of_its_own():
    assert _t("1. Phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.\n") == [(100, 100, "%")]


def test_an_age_band_names_a_group():
    # a plan's "trẻ em từ 06 tháng đến 36 tháng tuổi" is the group it serves (624-KH-UBND, spent), no bound a rule sets
    assert _t("1. Nâng cao chất lượng chăm sóc trẻ em từ 06 tháng đến 36 tháng tuổi ở khu công nghiệp.\n") == []


def test_a_case_counted_in_papers_is_no_eligibility_term():
    # "của 02 văn bản … trở lên thì áp dụng …" is the case of the amount after it (78/2025/NQ-HĐND, fresh)
    assert _t("1. Văn bản sửa đổi 02 văn bản quy phạm pháp luật trở lên thì áp dụng mức chi bằng 80% mức chi xây dựng mới.\n") == [(80, 80, "%")]


@pytest.mark.parametrize("body, want", [
    ("1. Người nộp đơn nộp 01 bộ hồ sơ tại bộ phận một cửa của Ủy ban nhân dân cấp huyện.\n", [(1, 1, "bộ")]),
    ("1. Tổ chức gửi một (01) bộ hồ sơ qua dịch vụ bưu chính đến Sở Xây dựng.\n", [(1, 1, "bộ")]),
    ("1. Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.\n", [(2, 2, "bản"), (1, 1, "bản")]),
    ("1. Hồ sơ lưu: 01 bộ (bản sao) lưu tại đơn vị quản lý.\n", [(1, 1, "bộ")]),
    ("1. Người nộp hồ sơ kèm theo 01 bản chính giấy chứng nhận.\n", [(1, 1, "bản")]),
    ("1. Nguoi nop don nop 01 bo ho so tai bo phan mot cua.\n", [(1, 1, "bộ")]),
    ("1. Giấy phép được gia hạn 01 lần với thời hạn không quá 12 tháng.\n", [(1, 1, "lần"), (None, 12, "tháng")]),
])
def test_the_papers_and_times_a_rule_sets(body, want):
    assert _t(body) == want


def test_papers_already_handed_in_ministries_or_a_cited_papers_copies_are_no_target():
    assert _t("1. Đơn vị đã nộp 01 bộ hồ sơ vào tháng trước.\n") == []
    assert _t("1. Ban chỉ đạo gồm 05 bộ, ngành và 03 ban của Đảng.\n") == []
    assert _t("1. Quyết định số 15/2024/QĐ-UBND (01 bản) được gửi kèm.\n") == []


@pytest.mark.parametrize("body, want", [
    ("1. Định mức vận chuyển áp dụng cho các cự ly ≤ 200m; ≤ 400m; ≤ 800m.\n",
     [(None, 200, "m"), (None, 400, "m"), (None, 800, "m")]),
    ("1. Định mức áp dụng cho bê tông có cường độ chịu nén từ 100kg/cm2 đến 400kg/cm2.\n", [(100, 400, "kg/cm2")]),
])
def test_a_norms_tiers(body, want):
    assert _t(body) == want


@pytest.mark.parametrize("body, want", [
    ("1. Viên chức có đủ 15 năm công tác liên tục được xét nâng ngạch.\n", (15, None, "năm")),
    ("1. Ứng viên phải có thời gian công tác trong ngành từ 05 năm trở lên.\n", (5, None, "năm")),
    ("1. Vien chuc co du 15 nam cong tac lien tuc duoc xet nang ngach.\n", (15, None, "năm")),
])
def test_an_eligibility_term(body, want):
    assert _t(body) == [want]


def test_an_age_or_a_term_in_a_cited_papers_title_or_a_procedures_name_is_no_target():
    # 2830-QD-UBND and 2929-QD-UBND (review labels): the words name the paper or the procedure, no rule
    body = ("1. Bãi bỏ Quyết định số 45/2006/QĐ-UBND ngày 12 tháng 5 năm 2006 của Ủy ban nhân dân tỉnh ban hành Quy định "
            "miễn học phí, hỗ trợ chi phí học tập cho trẻ em dưới 5 tuổi tại cơ sở công lập.\n"
            "2. Thủ tục xét trợ cấp đối với quân nhân có đủ 20 năm phục vụ trong Quân đội.\n")
    assert _t(body) == []
