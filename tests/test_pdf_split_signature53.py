"""A Nơi nhận | signature block a page break split, printed to PDF by LibreOffice (session 53, issue #9).

The fixture (``fixtures/pdf53b/631_signature_office.pdf``) is pages 3–4 of the real 631/TB-VPCP laid out by
``bench/md_html.py`` and printed as DOCX → PDF by LibreOffice (``bench/realdocs_pdf.py``'s office form): the level
"KT. BỘ TRƯỞNG, CHỦ NHIỆM" closes page 3 beside "Nơi nhận:", the list goes on at page 4's top, and its item
"- Các Bộ, cơ quan: NNMT, DTTG," wraps onto a line of codes in capitals. That line was read as the level's rest.
The expected values are copied from the document's labels (``realdocs/labeled/631-TB-VPCP.labels.json``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.conveyor import process_file

FIXTURE = Path(__file__).parent / "fixtures" / "pdf53b" / "631_signature_office.pdf"

#: from 631-TB-VPCP.labels.json
AUTHORITY = "KT. BỘ TRƯỞNG, CHỦ NHIỆM"
TITLE = "PHÓ CHỦ NHIỆM"
NAME = "Phạm Văn Bảo"
CODES_ITEM = "Các Bộ, cơ quan: NNMT, DTTG, TC, XD, YT, GDĐT, VHTTDL, NV, TP, KHCN, NHNNVN"


@pytest.fixture(scope="module")
def metadata():
    return process_file(FIXTURE, jobs=1).extraction.metadata


def test_the_codes_line_is_not_the_signers_level(metadata):
    assert metadata.signer_authority == AUTHORITY
    assert (metadata.signer_title, metadata.signer_name) == (TITLE, NAME)


def test_the_codes_line_stays_in_its_item(metadata):
    assert CODES_ITEM in metadata.recipients
    assert len(metadata.recipients) == 7
