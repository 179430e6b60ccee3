"""Blank lines legacy OCR puts inside a sentence (ocr37): before the body an item's first line sends its task to, and
between a time label and its date.

Inputs written for these tests in the wording of a ward's or a commune's plan, laid out as Tesseract reads a rendered
page: a blank line inside a sentence.
"""

from vanban.extract import extract
from vanban.structure.mend import mend_breaks

# the first line of an item's paragraph, a page wide, ends in a verb waiting for its object; OCR put a blank line
# before the body that object names
_BLANK_BEFORE_BODY = """KẾ HOẠCH
Hỗ trợ hộ gia đình khó khăn năm 2031

I. NỘI DUNG

3. Tổ công tác xã hội

Tổ công tác xã hội lập danh sách các hộ cần hỗ trợ trong tháng đầu năm, trình

UBND xã phê duyệt trước ngày 15/3/2031; theo dõi việc hỗ trợ đến từng hộ.

4. Hội Chữ thập đỏ xã

Hội Chữ thập đỏ xã vận động các nhà hảo tâm ủng hộ bằng tiền và hiện vật.
"""


def test_blank_line_before_a_body_under_an_item_heading_is_mended():
    mended = mend_breaks(_BLANK_BEFORE_BODY)
    assert len(mended) == len(_BLANK_BEFORE_BODY)
    assert "trình \nUBND xã phê duyệt" in mended
    # the item's heading and its paragraph stay apart
    assert "3. Tổ công tác xã hội\n\n" in mended


def test_body_under_an_item_heading_keeps_its_date():
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_BLANK_BEFORE_BODY).obligations}
    assert ("Tổ công tác xã hội", "2031-03-15") in got
    assert not any(who.startswith("UBND xã") for who, _ in got)


def test_type_line_over_a_title_is_no_item_heading():
    text = "CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy trong mùa khô năm 2031 trên địa bàn\n\nSở Nội vụ chủ trì."
    assert mend_breaks(text) == text


# a team's visit whose time label wrapped ("thời" / "gian:") and whose date OCR put under a blank line
_TIME_LABEL_APART = """KẾ HOẠCH
Thăm hỏi người cao tuổi nhân dịp Tết năm 2032

II. NỘI DUNG

- Đoàn số 1: Đồng chí Chủ tịch Hội Người cao tuổi xã làm trưởng đoàn, thăm các cụ tại thôn Đông, thôn Tây; thời
gian:

ngày 12/01/2032.

- Đoàn số 2: Đồng chí Phó Chủ tịch Hội làm trưởng đoàn, thăm các cụ tại thôn Nam; thời gian: ngày 13/01/2032.
"""


def test_time_label_and_its_date_apart_are_one_sentence():
    mended = mend_breaks(_TIME_LABEL_APART)
    assert "gian: \nngày 12/01/2032." in mended
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_TIME_LABEL_APART).obligations}
    assert ("Đoàn số 1", "2032-01-12") in got


def test_time_heading_over_its_paragraph_stays_apart():
    text = "III. THỜI GIAN\n\n3. Thời gian:\n\nngày 12/01/2032, tại hội trường xã.\n"
    assert mend_breaks(text) == text
