"""Targets: kinds of wording found on legal-corpus windows outside every draw (issue 10, session 12).

The kinds were read on windows of ``../shared/corpora/legal_vi.txt.gz`` that no draw of ``bench/legal_windows.py``
holds, and on the tuning half's misses. The sentences are written for these tests in that wording — never copied from
the corpus — and the expected values follow ``../shared/realdocs/labeled/README.md`` (time limits max only; từ / ít
nhất / trở lên → min; không quá / dưới → max; a rule's exact figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_TT_HEAD = ("BỘ NỘI VỤ\nSố: 07/2025/TT-BNV\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
            "Quy định chi tiết một số điều về xử lý vi phạm\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str, head: str = _TT_HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_lines_before_the_first_article_heading_are_read():
    # an excerpt that opens in the middle of an article: its first lines come before an "Điều" heading and after the
    # title, with no căn cứ between (the structure found no preamble there)
    body = ("Hội đồng thẩm định gồm 05 thành viên, trong đó có ít nhất 02 thành viên là chuyên gia độc lập.\n"
            "Điều 12. Hồ sơ đề nghị\n1. Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.\n")
    assert _t(body) == [(2, None, "thành viên")]
