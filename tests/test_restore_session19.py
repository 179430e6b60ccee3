"""Legacy restoration kinds of session 19 (issue #12); sentences written for these tests in the style of plans.

- a stock pair across a comma: "02 tin, bài/tháng" (news items, articles), never "tín, bãi" (:mod:`.comma_pairs`);
- a body's head word after "thuộc" as eng OCR prints it ("Các phòng thuộc SG" → Sở; :func:`vanban.ocr.glyphs.legacy_glyphs`).
"""

from vanban.ocr.glyphs import legacy_glyphs
from vanban.ocr.restore import restore
from vanban.ocr.restore.comma_pairs import comma_pair_snaps
from vanban.ocr.restore.tokens import scan


def test_news_items_and_articles_across_the_comma():
    out = restore("Dai Truyen thanh xa dang, phat it nhat 03 tin, bai/thang ve phong trao.").text
    assert "03 tin, bài/" in out
    out = restore("moi quy co it nhat 02 tin, bai phan anh guong dien hinh").text
    assert "02 tin, bài phản ánh" in out


def test_the_pair_needs_its_comma():
    text = "tin bai moi"
    assert comma_pair_snaps(text, list(scan(text))) == {}
    text = "tin; bai"
    assert comma_pair_snaps(text, list(scan(text))) == {}


def test_body_head_after_thuoc_in_eng_ocr():
    assert legacy_glyphs("- Cac phong thuéc SG;") == "- Cac phong thuéc So;"
    assert legacy_glyphs("Cac phong thudc SG\nCac don vi thu6c BG, co quan") == "Cac phong thudc So\nCac don vi thu6c Bo, co quan"
    # another word after it: no head word of a body ("SGK", a textbook; "SG ban hanh" left as it is)
    assert legacy_glyphs("sach thuoc SGK moi") == "sach thuoc SGK moi"
    assert restore(legacy_glyphs("Cac phong thuéc SG")).text == "Các phòng thuộc Sở"
