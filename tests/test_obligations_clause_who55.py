"""A who stops at its clause's boundary (ux55, session 54's newcomer on 648/TB-VPCP item 7).

"7. Về dự án …: Tỉnh thực hiện theo chỉ đạo … ; chủ động làm việc với Bộ Xây dựng về việc giao Ủy ban nhân dân tỉnh
Điện Biên là cơ quan chủ quản dự án theo quy định; trên cơ sở đó, Tỉnh nghiên cứu lập báo cáo tiền khả thi …". vanban
took "Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án theo quy định; trên cơ sở đó, Tỉnh" for the body asked
(the "giao" of "về việc giao", the verb search running over the "; "). The labels (realdocs/labeled/648-TB-VPCP) charge
"Tỉnh Điện Biên" with II.7 and II.2 ("Về việc hỗ trợ 20 xe ô tô …: Tỉnh căn cứ …"): the province the Thông báo addresses,
named "Tỉnh" at its clause's opening.
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.extract.subjects import own_clause, subject

_DOC = pathlib.Path(__file__).parent / "fixtures" / "real54" / "648-TB-VPCP.md"


def test_item_7_who_is_the_province_not_the_clause_before():
    obs = extract(_DOC.read_text(encoding="utf-8")).obligations
    ob = next(o for o in obs if "tiền khả thi" in o.what)
    assert ";" not in ob.who and "chủ quản" not in ob.who
    assert ob.who == "Tỉnh"


def test_item_2_province_after_the_topic_is_charged():
    obs = extract(_DOC.read_text(encoding="utf-8")).obligations
    ob = next(o for o in obs if "xe ô tô" in o.what)
    assert ob.who == "Tỉnh"
    assert ob.what.startswith("căn cứ các quy định hiện hành")


def test_subject_stops_at_the_clause_boundary():
    who, what = subject("Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án theo quy định; trên cơ sở đó, "
                        "Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án")
    assert who == "Tỉnh" and what.startswith("nghiên cứu")


def test_a_list_of_bodies_apart_by_semicolons_stays_whole():
    who = "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường"
    assert own_clause(who) == who
