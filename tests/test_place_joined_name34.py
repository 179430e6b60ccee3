"""A place named by a hyphen (session 34): the wards and communes the 2025 mergers named after the two they joined
("Phường Bảo Lộc - Lộc Phát") print their place-date as "Bảo Lộc - Lộc Phát, ngày …"; the place is the whole name,
not the half after the hyphen."""
import pytest

from vanban.extract import extract

BODY = ("\n\nKẾ HOẠCH\nTổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2029\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "Phát huy sức mạnh của toàn dân trên địa bàn phường.\n")


@pytest.mark.parametrize("header, place", [
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG BẢO LỘC - LỘC PHÁT\nSố: 21/KH-UBND\n*Bảo Lộc - Lộc Phát, ngày 05 tháng 4 năm 2029*",
     "Bảo Lộc - Lộc Phát"),
    ("ỦY BAN NHÂN DÂN\nXÃ AN KHÊ - TÂY SƠN\nSố: 21/KH-UBND\nAn Khê - Tây Sơn, ngày 05 tháng 4 năm 2029", "An Khê - Tây Sơn"),
    # the motto's words before a place on the same line are no half of it
    ("ỦY BAN NHÂN DÂN\nTỈNH HUẾ\nSố: 21/KH-UBND\nĐộc lập - Tự do - Hạnh phúc\nHuế, ngày 05 tháng 4 năm 2029", "Huế"),
])
def test_a_hyphenated_place_is_whole(header, place):
    m = extract(header + BODY).metadata
    assert (m.place, m.date) == (place, "2029-04-05")
