"""A group label listing its ministries by field before their task (ncfix54b, session 54's newcomer on 648/TB-VPCP).

"8. Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, …, Tập đoàn Điện lực Việt Nam theo chức năng,
nhiệm vụ được giao khẩn trương rà soát …, báo cáo … trước ngày 05 tháng 12 năm 2025." The labels
(realdocs/labeled/648-TB-VPCP) read the whole list as the who: "Các Bộ, cơ quan: Tài chính, Xây dựng, …, Tập đoàn Điện
lực Việt Nam", the task "rà soát …". vanban read "Các Bộ, cơ quan" as the who and the ministries as the task (the colon
taken for the end of the bodies, "Xây dựng" for the verb).
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.extract.subjects import subject

_DOC = pathlib.Path(__file__).parent / "fixtures" / "real54" / "648-TB-VPCP.md"
_WHO = ("Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, Công Thương, "
        "Giáo dục và Đào tạo, Ngoại giao, Tập đoàn Điện lực Việt Nam")


def test_ministries_listed_after_the_label_are_the_who():
    obs = extract(_DOC.read_text(encoding="utf-8")).obligations
    ob = next(o for o in obs if "7683/VPCP-QHĐP" in o.what)
    assert ob.who == _WHO
    assert ob.what.startswith("khẩn trương rà soát")
    assert ob.deadline is not None and ob.deadline.date == "2025-12-05"


def test_field_name_in_the_list_is_no_verb():
    who, what = subject(_WHO + " theo chức năng, nhiệm vụ được giao khẩn trương rà soát lại việc thực hiện.")
    assert who.startswith(_WHO)
    assert "Xây dựng" not in what


def test_field_name_outside_a_list_is_still_a_verb():
    who, what = subject("Sở Tài chính xây dựng kế hoạch thực hiện.")
    assert who == "Sở Tài chính" and what.startswith("xây dựng")
