"""The lettered items and bullets of a lead body's section in "Tổ chức thực hiện" are a row each, with their own
partners (179-KH-UBND, a real plan copied into tests/fixtures/realdocs; expected values read from the plan).

Found by the newcomer of session 29: VI.1 "Sở Khoa học và Công nghệ" has items a) to g); the obligation reader joins
them into one task text, cut with "…" inside item d), and the checklist gave rows a)–d) only (đ, e, f, g lost).
VI.11 "Sở Nội vụ" has two bullets: "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo …" and "Phối hợp Sở Khoa học và
Công nghệ phát động phong trào thi đua …"; the second got the first one's partner (Sở Giáo dục và Đào tạo)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file

PLAN_179 = ROOT / "tests/fixtures/realdocs/179-KH-UBND.md"
KHCN = "Sở Khoa học và Công nghệ"


@pytest.fixture(scope="module")
def rows():
    doc = process_file(PLAN_179, jobs=1)
    return json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc),
                                     today=dt.date(2026, 3, 1)))["items"]


def _with(rows, words):
    return [r for r in rows if words in " ".join(r["what"].split())]


# the opening words of each of VI.1's items a) … g), as the plan writes them (after "Chủ trì, phối hợp với …")
ITEMS_VI_1 = {
    "a": "hướng dẫn, đôn đốc, các cơ quan, đơn vị tổ chức triển khai thực hiện Kế hoạch",
    "b": "thực hiện các nhiệm vụ phát triển nền móng cho kinh tế số và xã hội số",
    "c": "phát triển hạ tầng số, tập trung vào một số hạ tầng cần nguồn đầu tư lớn",
    "d": "Triển khai khung tiêu chuẩn, quy chuẩn phục vụ kinh tế số",
    "đ": "triển khai các chương trình phát triển kinh tế số, xã hội số trong các ngành, lĩnh vực",
    "e": "Xây dựng, trình UBND tỉnh phê duyệt, và triển khai các Chương trình",
    "f": "tổ chức phong trào thi đua; tham mưu khen thưởng, tôn vinh",
    "g": "kiểm soát tiêu chí đầu vào của các chương trình, nhiệm vụ, dự án",
}


@pytest.mark.parametrize("item", list(ITEMS_VI_1))
def test_each_item_of_the_lead_body_is_a_row(rows, item):
    words = ITEMS_VI_1[item]
    found = [r for r in rows if words.lower() in " ".join(r["what"].split()).lower() and r["who"] == KHCN]
    assert len(found) == 1, (item, [r["what"][:80] for r in found])
    assert not found[0]["what"].endswith("…")  # its whole text, not the reader's cut


def test_the_items_after_the_cut_keep_their_own_text(rows):
    e = [r for r in rows if "Make in Viet Nam" in r["what"] and r["who"] == KHCN]
    assert len(e) == 1 and "thiết bị IoT theo từng ngành" in e[0]["what"]
    g = [r for r in rows if "kiểm soát tiêu chí đầu vào" in r["what"].lower() and r["who"] == KHCN]
    assert "Kế hoạch số 92/KH-UBND" in g[0]["what"]
    f = [r for r in rows if "tổ chức phong trào thi đua" in r["what"].lower() and r["who"] == KHCN]
    assert "Sở Nội vụ" in (f[0]["partners"] or "")


def test_a_bullet_keeps_its_own_partner_not_its_neighbours(rows):
    # VI.11's own bullet (the Phụ lục's rows B IV 4.1-4.2 of Sở Nội vụ name "lao động, việc làm" too)
    # (the row's task as the CSV words it: "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo" went to its partners, nc34a)
    first = [r for r in rows if r["who"] == "Sở Nội vụ" and r["what"].startswith("Triển khai các nhiệm vụ về lao động")]
    second = [r for r in rows if r["who"] == "Sở Nội vụ" and "phát động phong" in r["what"].lower()]
    assert len(first) == len(second) == 1
    assert first[0]["partners"] == "Sở Giáo dục và Đào tạo"
    assert "Giáo dục" not in (second[0]["partners"] or "")
    assert second[0]["partners"] == KHCN


def test_an_items_bracketed_cycle_is_its_deadline(rows):
    """VI.1.a closes on "(định kỳ hằng năm)": a yearly report, next due at the end of 2026 (read on 01/03/2026)."""
    a = [r for r in rows if r["who"] == KHCN and "hướng dẫn, đôn đốc, các cơ quan" in r["what"]]
    assert len(a) == 1
    assert "hằng năm" in (a[0]["deadline"] or "").lower() and a[0]["next_due"] == "2026-12-31"
    b = [r for r in rows if r["who"] == KHCN and "phát triển nền móng" in r["what"]]
    assert b[0]["deadline"] is None  # no cycle of its own


@pytest.mark.parametrize("source, deadline, due", [
    # my own wording of the kind
    ("Tổng hợp, báo cáo Ban Thường vụ kết quả thực hiện (định kỳ 6 tháng).", "Định kỳ 6 tháng", "2026-06-30"),
    ("Theo dõi, báo cáo UBND xã việc cập nhật dữ liệu (hằng quý)", "Hằng quý", "2026-03-31"),
    ("Rà soát danh mục thủ tục hành chính (nếu có)", None, None),
    ("Báo cáo kết quả (định kỳ hằng năm) và đề xuất sửa đổi quy chế", None, None),  # not its closing words
])
def test_a_bracketed_cycle_closing_a_bullet(source, deadline, due):
    from vanban.export.bullet_rows import _own_cycle
    from vanban.extract.checklist import ChecklistItem

    it = ChecklistItem(who="Văn phòng", what=source, deadline=None, date=None, earliest=None, latest=None,
                       recurrence=None, targets=None, source=source)
    got = _own_cycle(it, source, dt.date(2026, 3, 1))
    assert (got.deadline, got.next_due) == (deadline, due)
