"""A cited symbol's issuer read from its code when the text names none: the ministry's code before 2025 ("BNN").

Found by the session-47 newcomer: 9476-BNNMT-CNTY cites "Công văn số 375/BNN-TC ngày 10/01/2025" and vanban gave no
issuer; "BNN" is the short code of the Bộ Nông nghiệp và Phát triển nông thôn (the Công văn says so: "Bộ Nông nghiệp
và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường) đã có Văn bản số 375/BNN-TC"). The kind: a ministry's
code, alone (a Công văn: "375/BNN-TC", its department TC after) or after the type code and before its department's
("4255/QĐ-BNN-KHCN … của Bộ Nông nghiệp và Phát triển nông thôn", 235-KH-UBND). Both plans are copied from
../shared/realdocs/docs; the expected issuers are the documents' own words. A joint symbol still names every issuer.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract.citations import issuer_of_symbol

DOCS = ROOT / "tests/fixtures/realdocs47"
BNN = "Bộ Nông nghiệp và Phát triển nông thôn"


@pytest.mark.parametrize("name, number, date", [
    ("9476-BNNMT-CNTY.md", "375/BNN-TC", "2025-01-10"),
    ("235-KH-UBND.md", "4255/QĐ-BNN-KHCN", "2024-12-04"),
])
def test_the_ministrys_old_code_names_the_issuer_of_a_citation(name, number, date):
    cited = [c for c in process_file(DOCS / name, jobs=1).extraction.citations if c.number == number]
    assert cited and cited[0].issuer == BNN and cited[0].date == date


def test_codes_written_in_the_documents_style():
    assert issuer_of_symbol("1520/BNN-KH") == BNN  # a Công văn of its Vụ Kế hoạch
    assert issuer_of_symbol("12/2024/TT-BNN") == BNN
    assert issuer_of_symbol("05/2023/TTLT-BTC-BNV") == "Bộ Tài chính, Bộ Nội vụ"  # joint: both
    assert issuer_of_symbol("07/2023/TTLT-BTC-XYZ") is None  # joint with a code not known: not half of it
    assert issuer_of_symbol("574/UBND-NC") is None  # a province's UBND: the code does not say which
