"""fixrev50: the reviewer's findings on session 50's merges, each kind with texts written for these tests in the style
of a xã's reports and plans (other places, figures and wording than any gold set's).

- A report's results part over a roster ("I. KẾT QUẢ ĐẠT ĐƯỢC … Lực lượng tham gia gồm:" over "| Lực lượng, phương
  tiện | Số lượng |"): what was mustered, no goal — the table below a part's lead-in lies outside the part's span
  (:func:`vanban.extract.table_heads.under_parts`).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_REPORT_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN HẢI LĂNG\nỦY BAN NHÂN DÂN XÃ HẢI PHONG\nSố: 41/BC-UBND\n"
                "Hải Phong, ngày 20 tháng 5 năm 2036\n\nBÁO CÁO\nKết quả diễn tập ứng phó sự cố thiên tai "
                "và tìm kiếm cứu nạn năm 2036\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Thạnh\n"


@pytest.mark.parametrize("lead", [
    "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nCuộc diễn tập được tổ chức ngày 15/5/2036 tại thôn Hưng Nhơn, các lực lượng tham gia "
    "gồm:\n\n",
    "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n\nLực lượng huy động cho cuộc diễn tập như sau:\n\n",
    "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chuẩn bị\n\nXã đã huy động các lực lượng, phương tiện sau:\n\n",
])
def test_a_roster_under_a_reports_results_is_no_target(lead):
    body = (lead + "| Lực lượng, phương tiện | Số lượng | Ghi chú |\n|---|---|---|\n"
            "| Dân quân cơ động | 31 đồng chí | |\n| Đoàn viên thanh niên | 18 người | |\n"
            "| Xuồng máy | 03 chiếc | Của ngư dân |\n\n"
            "**II. TỒN TẠI, HẠN CHẾ**\n\nMột số thôn chuẩn bị phương tiện còn chậm.\n")
    got = [(t.min, t.max, t.unit) for t in extract(_REPORT_HEAD + body + _TAIL).targets]
    assert not [g for g in got if g[0] in (31.0, 18.0, 3.0)]


# --- a quota hedged by "dự kiến" after its label -------------------------------------------------------------------

_PLAN_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nỦY BAN NHÂN DÂN XÃ TÙNG ẢNH\nSố: 52/KH-UBND\n"
              "Tùng Ảnh, ngày 05 tháng 01 năm 2036\n\nKẾ HOẠCH\nThực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2036\n\n"
              "**I. CHỈ TIÊU**\n\n")


def _plan(line: str):
    return [(t.min, t.max, t.unit) for t in extract(_PLAN_HEAD + line + _TAIL).targets]


@pytest.mark.parametrize("line, want", [
    ("- Chỉ tiêu tuyển sinh vào lớp 10 năm học 2036 - 2037: dự kiến 320 học sinh.\n", (320.0, 320.0, "học sinh")),
    ("- Tuyển quân năm 2036: dự kiến 18 công dân.\n", (18.0, 18.0, "công dân")),
    ("- Kết nạp đảng viên mới trong năm: dự kiến 9 đảng viên.\n", (9.0, 9.0, "đảng viên")),
])
def test_a_quota_labelled_before_its_hedge_is_a_target(line, want):
    assert want in _plan(line)


@pytest.mark.parametrize("line", [
    "- Tổ chức khám sơ tuyển nghĩa vụ quân sự cho thanh niên trong độ tuổi (dự kiến khoảng 260 công dân).\n",
    "- Dự kiến đối tượng tiêm năm 2036: trẻ dưới 1 tuổi 210 trẻ; phụ nữ có thai 190 người.\n",
])
def test_how_many_people_a_plan_expects_stays_an_estimate(line):
    assert _plan(line) == []


# --- "vụ thứ N": an ordinal, not the autumn crop -----------------------------------------------------------------

_AIMS_HEAD = _PLAN_HEAD.replace("**I. CHỈ TIÊU**", "**I. MỤC TIÊU**")


@pytest.mark.parametrize("line", [
    "- Xử lý dứt điểm vụ thứ 2 tồn đọng.\n",
    "- Phấn đấu giải quyết dứt điểm vụ thứ 3 còn tồn đọng.\n",
])
def test_the_nth_case_is_no_count(line):
    assert [(t.min, t.unit) for t in extract(_AIMS_HEAD + line + _TAIL).targets] == []


def test_the_summer_autumn_crop_area_still_counts():
    got = [(t.min, t.unit) for t in extract(_AIMS_HEAD + "- Diện tích gieo trồng vụ Hè Thu 27,5 ha; vụ Đông 12 ha.\n"
                                            + _TAIL).targets]
    assert (27.5, "ha") in got and (12.0, "ha") in got


# --- "kéo dài N ngày": a round's length, not the weather's ----------------------------------------------------------

_DISASTER_HEAD = _PLAN_HEAD.replace("Thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2036",
                                    "Phòng, chống thiên tai năm 2036").replace("**I. CHỈ TIÊU**", "**I. NỘI DUNG**")


@pytest.mark.parametrize("line", [
    "- Khi xảy ra đợt nắng nóng kéo dài 5 ngày, các trường cho học sinh nghỉ học.\n",
    "- Theo dự báo, mưa lớn kéo dài 3 ngày trên địa bàn, các thôn chủ động sơ tán dân.\n",
])
def test_weather_that_lasts_is_no_target(line):
    assert [(t.min, t.unit) for t in extract(_DISASTER_HEAD + line + _TAIL).targets] == []


@pytest.mark.parametrize("line, want", [
    ("- Tổ chức 02 đợt tổng vệ sinh môi trường, mỗi đợt kéo dài 7 ngày.\n", (7.0, 7.0, "ngày")),
    ("- Chiến dịch ra quân làm sạch môi trường kéo dài 15 ngày.\n", (15.0, 15.0, "ngày")),
])
def test_the_length_of_a_round_the_plan_holds_is_exact(line, want):
    assert want in [(t.min, t.max, t.unit) for t in extract(_DISASTER_HEAD + line + _TAIL).targets]


# --- a Party document named by its issuer and topic: the issuer, and one with its numbered mention ------------------

_PARTY_HEAD = ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BÌNH AN\n\n*\n\nSố 15-KH/ĐU\n\nBình An, ngày 08 tháng 01 năm 2037\n\n"
               "KẾ HOẠCH\nThực hiện chuẩn mực đạo đức cách mạng của cán bộ, đảng viên\n\n")
_PARTY_TAIL = "\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn An\n"


def _cites(body: str):
    return [(c.type, c.number, c.issuer) for c in extract(_PARTY_HEAD + body + _PARTY_TAIL).citations]


@pytest.mark.parametrize("body, want", [
    ("Chi bộ quán triệt Nghị quyết của Bộ Chính trị về phát triển kinh tế tư nhân.\n",
     ("Nghị quyết", None, "Bộ Chính trị")),
    ("Đảng ủy xã quán triệt, thực hiện nghiêm Quy định của Ban Bí thư về chế độ thông tin, báo cáo trong Đảng.\n",
     ("Quy định", None, "Ban Bí thư")),
])
def test_a_party_document_named_by_its_issuer_has_that_issuer(body, want):
    assert _cites(body) == [want]


def test_the_numbered_document_named_again_by_its_issuer_and_topic_is_one():
    body = ("Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, "
            "đảng viên giai đoạn mới, Đảng ủy xã ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nCán bộ, đảng viên nắm vững "
            "Quy định của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên giai đoạn mới.\n")
    assert _cites(body) == [("Quy định", "144-QĐ/TW", "Bộ Chính trị")]


def test_a_named_document_of_another_topic_stays_apart():
    body = ("Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, "
            "đảng viên giai đoạn mới, Đảng ủy xã ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nGắn với thực hiện "
            "Quy định của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm.\n")
    assert _cites(body) == [("Quy định", "144-QĐ/TW", "Bộ Chính trị"), ("Quy định", None, "Bộ Chính trị")]
