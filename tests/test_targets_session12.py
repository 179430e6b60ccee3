"""Targets: kinds of wording found on legal-corpus windows outside every draw (issue 10, session 12).

The kinds were read on windows of ``../shared/corpora/legal_vi.txt.gz`` that no draw of ``bench/legal_windows.py``
holds, and on the tuning half's misses. The sentences are written for these tests in that wording — never copied from
the corpus — and the expected values follow ``../shared/realdocs/labeled/README.md`` (time limits max only; từ / ít
nhất / trở lên → min; không quá / dưới → max; a rule's exact figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_TT_HEAD = ("BỘ NỘI VỤ\nSố: 07/2025/TT-BNV\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
            "Quy định chi tiết một số điều về xử lý vi phạm\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str, head: str = _TT_HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_lines_before_the_first_article_heading_are_read():
    # an excerpt that opens in the middle of an article: its first lines come before an "Điều" heading and after the
    # title, with no căn cứ between (the structure found no preamble there)
    body = ("Hội đồng thẩm định gồm 05 thành viên, trong đó có ít nhất 02 thành viên là chuyên gia độc lập.\n"
            "Điều 12. Hồ sơ đề nghị\n1. Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.\n")
    assert _t(body) == [(2, None, "thành viên")]


def test_trong_thoi_gian_before_a_time_is_a_time_limit():
    # "trong thời gian N ngày, kể từ …" sets a limit as "trong thời hạn" does; a second limit in brackets for a special case
    body = ("Điều 8. Trình tự xác nhận\n1. Công an cấp huyện trong thời gian 15 ngày, kể từ ngày nhận đủ giấy tờ, có "
            "trách nhiệm rà soát hồ sơ và gửi văn bản đề nghị.\n2. Công an cấp tỉnh căn cứ nội dung đơn, trong thời "
            "gian 20 ngày (trường hợp phức tạp trong thời gian 45 ngày) kể từ ngày nhận được đơn, có trách nhiệm xác "
            "minh và trả lời.\n")
    assert _t(body) == [(None, 15, "ngày"), (None, 20, "ngày"), (None, 45, "ngày")]


def test_the_first_years_of_a_benefit_are_no_limit():
    # "trong thời gian 03 năm đầu kể từ …": the stretch a support covers, named by its place, not a time limit
    body = ("Điều 9. Hỗ trợ đi lại\nCá nhân được hỗ trợ 50% giá vé xe buýt trong thời gian 03 năm đầu kể từ ngày được "
            "cấp thẻ.\n")
    assert (None, 3, "năm") not in _t(body)


def test_the_scorer_reads_a_magnitude_word_as_part_of_the_amount():
    # tests/realdocs_match.py: "300 triệu đồng" labelled and "300.000.000 đồng" read are one target (and "24 tiếng" is
    # "24 giờ"); other units still have to agree
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from realdocs_match import match_item

    assert match_item("targets", {"min": 300, "max": 300, "unit": "triệu đồng"}, {"min": 3e8, "max": 3e8, "unit": "đồng"})
    assert match_item("targets", {"min": 2, "max": None, "unit": "tỷ đồng"}, {"min": 2000, "max": None, "unit": "triệu đồng"})
    assert match_item("targets", {"min": None, "max": 24, "unit": "giờ"}, {"min": None, "max": 24, "unit": "tiếng"})
    assert not match_item("targets", {"min": None, "max": 24, "unit": "giờ"}, {"min": None, "max": 24, "unit": "ngày"})
    assert not match_item("targets", {"min": 300, "max": 300, "unit": "triệu đồng"}, {"min": 300, "max": 300, "unit": "đồng"})
    # a power printed raised in the document and on the line in its eng OCR form ("7 m²/người" read "7 m2")
    assert match_item("targets", {"min": 7, "max": None, "unit": "m²/người"}, {"min": 7, "max": None, "unit": "m2"})
    assert match_item("targets", {"min": None, "max": 500, "unit": "m3"}, {"min": None, "max": 500, "unit": "m³"})
    assert not match_item("targets", {"min": 7, "max": None, "unit": "m²"}, {"min": 7, "max": None, "unit": "m3"})


def test_an_age_bound_in_words_is_read_as_in_digits():
    # laws spell ages out: "đủ mười tám tuổi trở lên" is at least 18 tuổi, "dưới mười lăm tuổi" at most 15
    body = ("Điều 4. Quyền bỏ phiếu\n1. Công dân đủ mười tám tuổi trở lên có quyền bỏ phiếu khi Nhà nước tổ chức lấy ý "
            "kiến.\nĐiều 5. Sử dụng lao động\n1. Không được sử dụng người dưới mười lăm tuổi làm công việc nặng nhọc.\n")
    assert _t(body) == [(18, None, "tuổi"), (None, 15, "tuổi")]


def test_a_bound_runs_on_through_a_list_of_cases_with_the_same_unit():
    # "<bound> N <unit> đối với A và M <unit> đối với B": the second figure is bounded as the first
    body = ("Điều 6. Lưu giữ dữ liệu\n1. Dữ liệu truy xuất phải được lưu giữ tối thiểu 12 tháng đối với hàng hóa có hạn "
            "sử dụng và 60 tháng đối với hàng hóa không có hạn sử dụng.\n2. Mức phạt tiền tối đa là 50.000.000 đồng đối "
            "với cá nhân và 100.000.000 đồng đối với tổ chức.\n")
    assert _t(body) == [(12, None, "tháng"), (60, None, "tháng"), (None, 50_000_000, "đồng"), (None, 100_000_000, "đồng")]


def test_a_score_threshold_without_a_counted_noun_is_in_points():
    # admission rules: "điểm trung bình … từ 8,00 trở lên theo thang điểm 10" — no noun after the figure, the clause
    # says it is a score; "Thời điểm …" is no score
    body = ("Điều 7. Điều kiện xét tuyển\n- Kết quả học tập cả năm lớp 12 đạt điểm trung bình chung các môn văn hóa từ "
            "8,00 trở lên theo thang điểm 10;\n- Điểm xét tốt nghiệp trung học phổ thông từ 6,50 trở lên.\n")
    assert _t(body) == [(8, None, "điểm"), (6.5, None, "điểm")]
