"""Targets: quota tables per unit with a two-row header printed as one ("Lớp 1: Số lớp", "Trong đó: Nữ"), heads that
are plain counts or name only the quota's verb (session 32, tgt32d, from tune31's misses after it was spent).

Each text below is written for these tests in the style of a xã's plan of enrolment and a Đảng ủy's plan of admission,
not copied from the labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact
figure → min = max; a total row is the whole area's target unless the prose states it).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.kind_nouns import count_head_noun, kind_noun, made_verb, noun_after_verb
from vanban.models import Span, Target
from vanban.structure.figure_tables import grouped_head

_UBND = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 41/KH-UBND\nTân Hòa, ngày 02 tháng 5 năm 2027\n\nKẾ HOẠCH\n"
         "Tuyển sinh vào lớp 1, lớp 6 năm học 2027 - 2028\n\n")
_DU = ("ĐẢNG BỘ TỈNH CAO BẰNG\nĐẢNG ỦY XÃ HÒA AN\nSố: 07-KH/ĐU\nHòa An, ngày 15 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
       "Phát triển đảng viên năm 2027\n\n")
_TAIL = "\nCHỦ TỊCH\nNguyễn Văn Bình\n"


def _t(body: str, head: str):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


_SCHOOLS = """I. CHỈ TIÊU TUYỂN SINH

| STT | Trường | Lớp 1: Số lớp | Lớp 1: Số học sinh | Lớp 6: Số lớp | Lớp 6: Số học sinh | Ghi chú |
|---|---|---|---|---|---|---|
| 1 | Trường Tiểu học Tân Hòa | 4 | 128 | - | - | Các thôn 1 đến 6 |
| 2 | Trường Tiểu học Phú Lộc | 2 | 61 | - | - | Thôn Phú Lộc, Lộc Yên |
| 3 | Trường THCS Tân Hòa | - | - | 5 | 187 | Học sinh hai trường tiểu học |
| | Tổng cộng | 6 | 189 | 5 | 187 | |

II. TỔ CHỨC THỰC HIỆN

Các trường tổ chức tuyển sinh theo kế hoạch.
"""


def test_a_school_quota_table_under_a_two_row_header_reads_its_plain_counts():
    """"Lớp 1" over "Số lớp | Số học sinh": every figure column a plain count, so the counts are the quotas."""
    got = _t(_SCHOOLS, _UBND)
    for fact in [(4, 4, "lớp"), (128, 128, "học sinh"), (2, 2, "lớp"), (61, 61, "học sinh"), (5, 5, "lớp"),
                 (187, 187, "học sinh")]:
        assert fact in got
    # the total row: "-" says "none here", so each total is its column's sum (the lớp 6 totals repeat the one school)
    assert (6, 6, "lớp") in got and (189, 189, "học sinh") in got
    assert got.count((187, 187, "học sinh")) == 2 and got.count((5, 5, "lớp")) == 2
    # the row's words ("Các thôn 1 đến 6") are no figures
    assert not any(lo in (1, 6) and u != "lớp" for lo, _, u in got)


def test_a_count_beside_a_kind_with_its_unit_stays_the_units_present():
    got = _t("I. CHỈ TIÊU GIAO CÁC THÔN\n\n"
             "| TT | Thôn | Số hộ | Hộ đăng ký gia đình văn hóa (hộ) | Mô hình dân vận khéo (mô hình) |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Thôn Nà Lẹng | 212 | 190 | 1 |\n| 2 | Thôn Bó Lếch | 148 | 130 | 2 |\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nCác thôn triển khai thực hiện.\n", _UBND)
    assert (190, 190, "hộ") in got and (130, 130, "hộ") in got and (2, 2, "mô hình") in got
    assert not any(lo in (212, 148) for lo, _, _ in got)


_ADMISSION = """II. CHỈ TIÊU

1. Toàn Đảng bộ phấn đấu kết nạp 25 đảng viên trong năm 2027, trong đó nữ chiếm tối thiểu 40%.

2. Chỉ tiêu giao cho các chi bộ:

| TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Đoàn viên | Trong đó: Nữ |
|---|---|---|---|---|
| 1 | Chi bộ thôn Nà Mè | 4 | 3 | 2 |
| 2 | Chi bộ thôn Khuổi Lầy | 3 | 2 | 1 |
| 3 | Chi bộ Công an xã | 18 | 15 | 0 |
| | Tổng cộng | 25 | 20 | 3 |

III. TỔ CHỨC THỰC HIỆN

Các chi bộ xây dựng kế hoạch tạo nguồn.
"""


def test_a_quota_head_naming_only_its_verb_takes_the_noun_the_prose_counts_after_it():
    """"Chỉ tiêu kết nạp" under "… phấn đấu kết nạp 25 đảng viên": đảng viên; "Trong đó: Nữ" splits that count."""
    got = _t(_ADMISSION, _DU)
    for fact in [(4, 4, "đảng viên"), (3, 3, "đảng viên"), (2, 2, "đảng viên"), (1, 1, "đảng viên"),
                 (18, 18, "đảng viên"), (15, 15, "đảng viên")]:
        assert fact in got
    assert not any(u == "chỉ tiêu" for _, _, u in got)
    # a "0" quota hands out nothing: no target
    assert not any(lo == 0 for lo, _, _ in got)
    # the total 25 is the prose's target, counted once; the split columns' totals are read
    assert got.count((25, 25, "đảng viên")) == 1 and (20, 20, "đảng viên") in got and (3, 3, "đảng viên") in got


def test_the_heads_of_a_two_row_header_and_their_nouns():
    assert grouped_head("Lớp 1: Số lớp") == ("Lớp 1", "Số lớp") and grouped_head("Trong đó: Nữ") == ("Trong đó", "Nữ")
    assert grouped_head("Kết nạp đoàn viên mới (đoàn viên)") == (None, "Kết nạp đoàn viên mới (đoàn viên)")
    assert count_head_noun("Số học sinh") == "học sinh" and count_head_noun("Số lớp") == "lớp"
    assert count_head_noun("Tổng số hộ") is None
    assert made_verb("Chỉ tiêu kết nạp") == "kết nạp" and made_verb("Chỉ tiêu kết nạp đảng viên") is None
    assert kind_noun("Chỉ tiêu kết nạp") is None and kind_noun("Chỉ tiêu kết nạp hội viên") == "hội viên"


def test_the_noun_after_a_verb_is_a_count_not_a_rate_or_a_time():
    text = "Trong năm kết nạp tối thiểu 12% lao động trẻ; kết nạp ít nhất 40 hội viên mới."
    rate = Target(text="12%", min=12, max=None, unit="%", span=Span(text.index("tối thiểu"), text.index("12%") + 3, ""))
    count = Target(text="40 hội viên", min=40, max=None, unit="hội viên",
                   span=Span(text.index("ít nhất"), text.index("40") + 11, ""))
    assert noun_after_verb("kết nạp", [rate, count], text) == "hội viên"
    assert noun_after_verb("thành lập", [rate, count], text) is None


def test_a_count_of_units_named_one_by_one_is_which_units_and_a_run_of_years_how_long():
    """"03 chi bộ thôn A, B, C (… trong 02 năm liền) phải kết nạp ít nhất 01 đảng viên": the three chi bộ named are
    whom the quota binds, the two years how long they went without; the quota is the one đảng viên."""
    got = _t("II. CHỈ TIÊU\n\n1. Mỗi chi bộ kết nạp tối thiểu 01 đảng viên; 02 chi bộ thôn Nà Mè, Khuổi Lầy (không kết nạp "
             "được đảng viên trong 03 năm liền) phải kết nạp ít nhất 02 đảng viên trước ngày 30/9/2027.\n\n"
             "2. Phấn đấu có thêm 04 chi bộ thôn đạt trong sạch, vững mạnh.\n", _DU)
    assert (1, None, "đảng viên") in got and (2, None, "đảng viên") in got
    assert not any(u == "chi bộ" and lo == 2 for lo, _, u in got) and not any(hi == 3 for _, hi, _ in got)
    # a count of units that names none of them is what the plan aims at
    assert (4, 4, "chi bộ") in got


def test_a_pipe_quota_table_as_legacy_ocr_prints_it():
    """Legacy OCR reads a bar as "]", wraps a long last cell onto a line of its own ("… Nguyễn Trãi" / "|") and drops
    the hook of "Chỉ" ("Chi tiêu kết nạp"): the rows after stay in the table, the verb's noun is the prose's."""
    body = _ADMISSION.replace("Chỉ tiêu kết nạp |", "Chi tiêu kết nạp |").replace(
        "| 2 | Chi bộ thôn Khuổi Lầy | 3 | 2 | 1 |", "| 2 | Chi bộ thôn Khuổi Lầy] 3 | 2|1|").replace(
        "| 1 | Chi bộ thôn Nà Mè | 4 | 3 | 2 |", "| 1 | Chi bộ thôn Nà Mè | 4 | 3 | 2\n|")
    got = _t(body, _DU)
    for fact in [(4, 4, "đảng viên"), (3, 3, "đảng viên"), (2, 2, "đảng viên"), (1, 1, "đảng viên"),
                 (18, 18, "đảng viên"), (15, 15, "đảng viên"), (20, 20, "đảng viên")]:
        assert fact in got
    assert not any(u in ("chi tiêu", "chỉ tiêu") for _, _, u in got)
