"""Obligations: the teams and the field posts a commune's or a Đoàn's plan charges (session-37 newcomer) — "Đội …" named
by its kind (Đội công tác, Đội Dân phòng, Đội trưởng of a team) and a post named by its field ("Cán bộ Khuyến nông
xã", "Cán bộ Thú y xã", as the "Công chức …" posts are) — are the bodies of their tasks, not words of a sentence with
no subject. "Đội" alone folds like "đối", "đổi" and "cán bộ" alone is a person: only with their kind. The plan below
is written for this test."""

from __future__ import annotations

from vanban.extract import extract

_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG THỊNH\n\nSố: 31/KH-UBND\n\nHưng Thịnh, ngày 05 tháng 4 năm 2031\n\n"
         "KẾ HOẠCH\nDiệt chuột bảo vệ sản xuất vụ Mùa năm 2031\n\n"
         "I. TỔ CHỨC THỰC HIỆN\n\n"
         "1. Đội công tác liên ngành xã kiểm tra việc mua bán thuốc diệt chuột tại các chợ.\n"
         "2. Đội Dân phòng các thôn tổ chức tuần tra, bảo vệ đồng ruộng vào ban đêm.\n"
         "3. Cán bộ Khuyến nông xã hướng dẫn bà con đặt bẫy đúng kỹ thuật, báo cáo kết quả trước ngày 30/6/2031.\n"
         "4. Cán bộ Thú y xã phối hợp kiểm tra đàn gia cầm sau đợt ra quân.\n"
         "5. Đội trưởng các đội sản xuất tổ chức cho xã viên ra quân đồng loạt.\n\n"
         "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Tâm\n")


def test_teams_and_field_posts_are_the_bodies_of_their_tasks():
    got = {o.who: o for o in extract(_PLAN).obligations}
    assert set(got) >= {"Đội công tác liên ngành xã", "Đội Dân phòng các thôn", "Cán bộ Khuyến nông xã",
                        "Cán bộ Thú y xã", "Đội trưởng các đội sản xuất"}
    assert got["Cán bộ Khuyến nông xã"].deadline.date == "2031-06-30"
    assert got["Đội Dân phòng các thôn"].what.startswith("tổ chức tuần tra")


def test_a_clause_opening_with_doi_voi_or_doi_moi_names_no_team():
    text = _PLAN.replace("1. Đội công tác liên ngành xã kiểm tra", "1. Đối với công tác kiểm tra, tăng cường kiểm tra") \
                .replace("4. Cán bộ Thú y xã phối hợp", "4. Đổi mới công tác phối hợp")
    whos = {o.who for o in extract(text).obligations}
    assert not any(w.startswith(("Đối", "Đổi")) for w in whos)


def test_a_unit_deducting_a_days_pay_is_the_body_of_its_task():
    """A fund's plan has each body's accounting unit deduct pay ("Bộ phận Kế toán … trích 01 ngày lương"): the unit is
    the body, the deduction its task (session-37 newcomer: cut wrong). "trích" only before the count it deducts."""
    text = _PLAN.replace("1. Đội công tác liên ngành xã kiểm tra việc mua bán thuốc diệt chuột tại các chợ.",
                         "1. Bộ phận Kế toán các trường học trích 02 ngày lương của giáo viên ủng hộ Quỹ Vì người "
                         "nghèo, chuyển về Ủy ban MTTQ xã trước ngày 15/12/2031.")
    got = {o.who: o for o in extract(text).obligations}
    assert "Bộ phận Kế toán các trường học" in got
    assert got["Bộ phận Kế toán các trường học"].what.startswith("trích 02 ngày lương")
    assert got["Bộ phận Kế toán các trường học"].deadline.date == "2031-12-15"
