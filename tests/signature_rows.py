"""A signature region written as (line, geometry) rows, read by the structure stage's signature reader.

Why a module: tests of scanned and PDF signature blocks (ncfix47a's titles above the Nơi nhận row, scan48's lists
under the signer's name) write the region's lines with their x positions and read them alike.
"""

from vanban.models import Page
from vanban.structure.lines import lines_of
from vanban.structure.signature import find_start, read_signature


def read_rows(rows, method="pdf-text"):
    """(signature block, recipient items as printed) of the rows, the page read by ``method``."""
    text = "\n".join(t for t, _ in rows)
    lines = lines_of([Page(1, method, text, text, lines=tuple(g for _, g in rows))])
    start = find_start(lines, 0)
    assert start is not None
    sig, recips, _ = read_signature(lines, start, len(lines))
    return sig, [" ".join(text[r.start:r.end].split()) for r in recips]
