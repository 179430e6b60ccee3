"""The document page's Bố cục says who signed as the "Người ký" row does — the signer's fields (authority, title,
name), never the signature lines as OCR read them (session 23's newcomer on ``make demo``: the seed plan
24-KH/ĐU's "Chữ ký: T/M BAN THUGN G VỤ").

Material: the demo's own seed (``samples/24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt``, a real legacy-OCR
text: its signature prints "T/M BAN THƯỜNG VỤ", read "T/M BAN THUGN G VU"); a signature block of two lines written
for this test for the unit rule. Real parts: the conveyor, SQLite, Datasette's own test client."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app
from vanban.web.text_anchors import signature_line

SEED = Path(__file__).resolve().parents[1] / "samples" / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"


def test_the_fields_are_the_line_the_outline_only_without_them():
    outline = {"signature": {"levels": ["T/M BAN THUGN G VỤ"], "title": "PHÓ BÍ THƯ", "name": None}}
    doc = {"signer_authority": "T/M BAN THƯỜNG VỤ", "signer_title": None, "signer_name": None}
    assert signature_line(doc, outline) == "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"
    assert signature_line({}, outline) == "T/M BAN THUGN G VỤ / PHÓ BÍ THƯ"
    doc = {"signer_authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer_name": "Lê Văn Bình"}
    assert signature_line(doc, {"signature": None}) == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Văn Bình"


def test_the_seed_plans_signature_on_its_page(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(process_file(tmp_path / SEED.name, jobs=1))
    page = get(datasette_app(db), f"/archive/documents/{doc_id}").text
    aside = page[page.index('<aside class="vb-outline">'):page.index("</aside>")]
    (line,) = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", li)).split())
               for li in re.findall(r"<li>(Chữ ký:.*?)</li>", aside, re.S)]
    assert line == "Chữ ký: T/M BAN THƯỜNG VỤ", line
