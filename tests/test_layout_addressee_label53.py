"""The body's first line under a "Kính gửi:" label is the body's, not the label's second line (issue #10, session 53).

11414/VPCP-CN as a text PDF (``tests/fixtures/realdocs53``, the real Công văn printed): "Kính gửi:" sits left of the
three addressees; the body's first line "Xét đề nghị của Bộ Xây dựng tại văn bản số" (its next word, the số ký hiệu,
wrapped) ends left of the addressees' column and was read under the label, before the addressees. By the document:
the recipients are the three bodies, and 308/BC-BXD is the căn cứ of "Xét đề nghị …" (as on the clean text).
"""

from pathlib import Path

from vanban.conveyor import extract_document, process_page
from vanban.extract.report import extraction_to_json
from vanban.ingest import load
from vanban.models import Limits

PDF = Path(__file__).parent / "fixtures" / "realdocs53" / "11414-VPCP-CN.pdf"


def _doc():
    source = load(PDF)
    return extract_document(source, tuple(process_page(p, Limits()) for p in source.pages), planned=False)


def test_addressees_and_cited_report():
    got = extraction_to_json(_doc().extraction)
    assert got["recipients"][:3] == ["Bộ trưởng Bộ Xây dựng", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
                                     "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"]
    assert not any("Xét đề nghị" in r for r in got["recipients"])
    cited = [c for c in got["citations"] if c["number"] == "308/BC-BXD"]
    assert [c["relation"] for c in cited] == ["can_cu"]
