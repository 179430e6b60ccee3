"""One body written abbreviated and spelled out is one group of the checklist (newcomer run, session 21).

Material: the real Kế hoạch 617/KH-UBND (``realdocs/docs``) writes "Sở KH&CN" in its task table and "Sở Khoa học
và Công nghệ" in its text, "UBND các xã, phường" and "Ủy ban nhân dân các xã, phường"; its checklist had two
groups for each. The plan below is written in that style for this test; the expected groups are read from it.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist, group_key

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 61/KH-UBND\nTuyên Quang, ngày 10 tháng 01 năm 2027\n\n"
        "KẾ HOẠCH\nHỗ trợ doanh nghiệp nhỏ và vừa năm 2027\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Khoa học và Công nghệ chủ trì tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.\n\n"
        "2. Sở KH&CN hướng dẫn doanh nghiệp đăng ký nhãn hiệu trước ngày 30/6/2027.\n\n"
        "3. Ủy ban nhân dân các xã, phường tuyên truyền đến hộ kinh doanh trước ngày 31/3/2027.\n\n"
        "4. UBND các xã, phường gửi báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/11/2027.\n")


def test_abbreviated_and_spelled_out_names_are_one_key():
    assert group_key("Sở KH&CN") == group_key("Sở Khoa học và Công nghệ")
    assert group_key("Sở GD&ĐT") == group_key("Sở Giáo dục và Đào tạo")
    assert group_key("UBND các xã, phường") == group_key("Ủy ban nhân dân các xã, phường")
    assert group_key("Sở Tài chính") != group_key("Sở Khoa học và Công nghệ")


def test_the_checklist_lists_each_body_once():
    items = build_checklist(extract(PLAN), today=dt.date(2027, 1, 15))
    groups = []
    for it in items:
        if not groups or group_key(groups[-1]) != group_key(it.who):
            groups.append(it.who)
    keys = [group_key(g) for g in groups]
    assert len(keys) == len(set(keys)), groups  # each body's rows stand together
    assert len(set(keys)) == 2, groups
