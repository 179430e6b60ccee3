"""nc38 (a newcomer's real input, 11298/VPCP-KTTH as a Markdown page): the Kính gửi label was bolded
("**Kính gửi:** …"), so no addressee was read, and the addressee was cut by the page's width after "thuộc", its
rest ("Chính phủ") on the next line. A bolded label is the label; a name whose last word waits for its object (a bare
"thuộc", an administrative unit, a preposition) goes on below; "trực thuộc" ends a name. Inputs written for this test.
"""

import pytest

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 415/UBND-TH\nV/v triển khai kế hoạch\nBình Phước, ngày 02 tháng 6 năm 2027\n\n"
BODY = "\n\nThực hiện ý kiến chỉ đạo, đề nghị các đơn vị báo cáo.\n"


@pytest.mark.parametrize("label", ["**Kính gửi:**", "Kính gửi:", "*Kính gửi*:"])
def test_a_wrapped_addressee_after_a_bolded_label(label):
    ext = extract(HEAD + label + " Giám đốc các sở, Thủ trưởng các ban, ngành thuộc\nỦy ban nhân dân tỉnh" + BODY)
    assert ext.metadata.recipients == ("Giám đốc các sở, Thủ trưởng các ban, ngành thuộc Ủy ban nhân dân tỉnh",)


def test_an_administrative_unit_waits_for_its_name():
    ext = extract(HEAD + "Kính gửi: Chủ tịch Ủy ban nhân dân xã\nPhú Riềng" + BODY)
    assert ext.metadata.recipients == ("Chủ tịch Ủy ban nhân dân xã Phú Riềng",)


def test_trực_thuộc_ends_the_name():
    ext = extract(HEAD + "Kính gửi: Thủ trưởng các đơn vị trực thuộc\nThực hiện ý kiến chỉ đạo, đề nghị các đơn vị "
                  "báo cáo.\n")
    assert ext.metadata.recipients == ("Thủ trưởng các đơn vị trực thuộc",)
