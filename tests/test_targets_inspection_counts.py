"""(t53tgt) Targets of kinds tune53 brought: the bodies a kiểm tra, giám sát programme plans to inspect
(:mod:`vanban.extract.inspection_counts`), a count of groups spread one at each of all the places ("11 Tổ … tại 11/11
ấp"), the size band of a rule's case ("chi bộ có dưới 10 đảng viên kiểm tra, giám sát ít nhất 01 đảng viên"), the
things a rate or a share counts ("Tỷ lệ hộ gia đình có ít nhất 01 thành viên …", "100% chi bộ … đủ 04 chuyên đề") and a
lead time before "thời gian tổ chức".

The documents are the spent tuning sets' own (tests/fixtures/t53tgt: tune53's t53-01, -06 … -10, tune52's t52-01 and
t52-10, copied unchanged); every expected value is the authors' label in bench/gold/tune53 or tune52 (min, max, unit),
and every value expected absent is one the labels leave out.
"""

from __future__ import annotations

import pathlib

import pytest

from vanban.extract import extract

FIX = pathlib.Path(__file__).parent / "fixtures" / "t53tgt"


@pytest.fixture(scope="module")
def got():
    """(min, max, unit) of each fixture's targets, by stem."""
    out = {}
    for p in sorted(FIX.glob("*.md")):
        out[p.stem[:6]] = [(t.min, t.max, t.unit) for t in extract(p.read_text(encoding="utf-8")).targets]
    return out


def test_the_programme_counts_the_chi_bo_and_members_it_inspects(got):
    t = got["t53-06"]
    # "a) Số lượng: kiểm tra 04 chi bộ và 03 đảng viên là bí thư chi bộ thôn."
    assert (4, 4, "chi bộ") in t and (3, 3, "đảng viên") in t
    # "a) Số lượng: giám sát chuyên đề 03 chi bộ và 04 đảng viên là cán bộ chủ chốt của xã (…)"
    assert (4, 4, "đảng viên") in t
    # "- Kiểm tra việc thu, nộp, quản lý đảng phí của 03 chi bộ (…)"; "4. Giám sát chuyên đề 01 chi bộ (Chi bộ thôn
    # Trung Thành) và 02 đảng viên là chi ủy viên …"
    assert t.count((3, 3, "chi bộ")) == 2 and (1, 1, "chi bộ") in t and (2, 2, "đảng viên") in t
    assert (2, 2, "chi bộ") in t  # "… đối với 02 chi bộ (…)", read before (tgt53)


def test_the_inspection_calendar_rows_and_a_report_s_results_are_no_counts(got):
    # the table's "03 đồng chí bí thư chi bộ thôn …" and "04 đảng viên là cán bộ chủ chốt của xã" rows: the labels'
    # four đảng viên counts are two (3 and 4), the rows add none
    t = got["t53-06"]
    assert t.count((4, 4, "đảng viên")) == 1 and t.count((3, 3, "đảng viên")) == 1
    assert not any(u and u.startswith("đồng chí") for _, _, u in t)
    # t52-01's kết quả: "- Ủy ban Kiểm tra Đảng ủy kiểm tra 02 chi bộ, giám sát chuyên đề 03 đảng viên;" (done, the body
    # before the verb) — unlabelled; its phương hướng's "… đối với 03 chi bộ thôn trong quý III/2038" is labelled
    t = got["t52-01"]
    assert (2, 2, "chi bộ") not in t and (3, 3, "đảng viên") not in t and (3, 3, "chi bộ") in t


def test_a_chi_bo_size_band_is_the_case_of_the_rule_after_paired_verbs(got):
    # "riêng chi bộ có dưới 10 đảng viên kiểm tra, giám sát ít nhất 01 đảng viên"
    t = got["t53-06"]
    assert (1, None, "đảng viên") in t and (None, 10, "đảng viên") not in t


def test_groups_one_at_each_of_all_places_count_the_groups_not_the_places(got):
    # "Duy trì hoạt động hiệu quả 11 Tổ công nghệ số cộng đồng tại 11/11 ấp" → 11 Tổ công nghệ số cộng đồng
    t = got["t53-01"]
    assert any(x[:2] == (11, 11) and x[2].startswith("tổ công nghệ") for x in t)
    assert (11, 11, "ấp") not in t
    t = got["t52-10"]  # "… 09 mô hình phòng, chống bạo lực gia đình tại 09/09 thôn"
    assert (9, 9, "mô hình") in t and (9, 9, "thôn") not in t
    t = got["t53-08"]  # "… duy trì hoạt động của 18 đội PCCC dân phòng tại 18/18 tổ dân phố"
    assert (18, 18, "đội") in t and (18, 18, "tổ dân phố") not in t


def test_all_places_where_a_task_is_held_are_no_target(got):
    # "Tổ chức bầu cử trưởng thôn tại 10/10 thôn trên địa bàn xã": the scope of the election (t53-09's labels)
    assert (10, 10, "thôn") not in got["t53-09"]


def test_what_each_thing_a_rate_or_a_share_counts_has_or_does_is_no_target(got):
    # "Tỷ lệ hộ gia đình có ít nhất 01 thành viên sở hữu tài khoản … đạt tối thiểu 88%" → 88% alone
    t = got["t53-01"]
    assert (88, None, "%") in t and (1, None, "thành viên") not in t
    # "Phấn đấu 100% chi bộ … tổ chức sinh hoạt đủ 04 chuyên đề trong năm" → 100% alone
    t = got["t53-10"]
    assert (100, 100, "%") in t and not any(x[:2] == (4, 4) for x in t)
    # "Đạt tỷ lệ từ 95% trở lên số trẻ từ 1 đến 5 tuổi … được tiêm 01 liều vắc xin MR" → 95% alone
    t = got["t53-07"]
    assert (95, None, "%") in t and not any(x[:2] == (1, 1) and x[2].startswith("liều") for x in t)


def test_a_lead_time_before_the_time_an_event_is_held_is_a_minimum(got):
    # "gửi các tổ chức cơ sở đảng chậm nhất 15 ngày trước thời gian tổ chức sinh hoạt của mỗi quý"
    assert (15, None, "ngày") in got["t53-10"]


def test_legacy_ocr_wrapped_lines_keep_the_inspected_bodies_and_the_rate_s_households():
    """The same documents as Tesseract ``eng`` read their printed pages (bench/.cache/realdocs-ocr, copied to
    tests/fixtures/t53tgt/*.legacy.txt): "… thi hành kỷ luật trong ⏎ Đảng đối với 02 chi bộ (…)" and "Tỷ lệ hộ gia đình
    có ít nhất 01 thành viên sở hữu tài khoản thanh toán điện tử (tài ⏎ khoản …) đạt tối thiểu 88%" wrap mid-clause."""
    t = [(x.min, x.max, x.unit) for x in extract((FIX / "t53-06-CTr-DU.legacy.txt").read_text(encoding="utf-8"),
                                                  ocr=True).targets]
    assert (2, 2, "chi bộ") in t and (4, 4, "chi bộ") in t and (3, 3, "đảng viên") in t
    t = [(x.min, x.max, x.unit) for x in extract((FIX / "t53-01-KH-UBND.legacy.txt").read_text(encoding="utf-8"),
                                                  ocr=True).targets]
    assert (88, None, "%") in t and (1, None, "thành viên") not in t
