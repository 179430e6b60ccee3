"""Issue 9/10: a scan's số ký hiệu whose type code OCR misread is repaired from the type line, and the
scan is then one document with its text form.

A newcomer's 07/CT-UBND of UBND tỉnh Quảng Ngãi (a Chỉ thị; ``tests/fixtures/newcomer_plans/ct07_thien_tai_2026.txt``)
scanned at 200 dpi and read by Tesseract (``ct07_thien_tai_2026_scan.txt``, pages split by form feeds) gives the
header line "Số07/CIUBND O.O.": the space after "Số" is gone, "CT-" reads "CI" and the hyphen is lost. The
number came out "7/CIUBND" (the 0 taken for a look-alike of "Số"), so the archive did not see the scan and the
typed text as one document and listed the Chỉ thị twice. Read by hand the number is 07/CT-UBND; the title
says CHỈ THỊ, the code read is one letter off CT and the rest is UBND. A valid code is never rewritten into
another (issue 10's Symbol repair rule): "07/TT-UBND" under CHỈ THỊ stays.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT
from site_client import get
from test_archive_forms import ocr_form, rows

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.web.server import datasette_app

TEXT = ROOT / "tests/fixtures/newcomer_plans/ct07_thien_tai_2026.txt"
SCAN = ROOT / "tests/fixtures/newcomer_plans/ct07_thien_tai_2026_scan.txt"
HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 03 tháng 11 năm 2026\n\n{type}\n"
        "Về tăng cường công tác phòng, chống thiên tai\n\n"
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị các sở, ngành thực hiện tốt các nhiệm vụ sau.\n")


def number(line: str, type_line: str) -> str | None:
    return extract(HEAD.format(number=line, type=type_line)).metadata.number


@pytest.mark.parametrize("line, type_line, expected", [
    ("Số07/CIUBND O.O.", "CHỈ THỊ", "07/CT-UBND"),  # the scan's header line as read
    ("Số: 07/CIUBND", "CHỈ THỊ", "07/CT-UBND"),
    ("Số: 07/CI-UBND", "CHỈ THỊ", "07/CT-UBND"),  # hyphen kept: the code one letter off
    ("Số: 45/KMUBND", "KẾ HOẠCH", "45/KH-UBND"),
    ("Số: 12/CIUBND", "KẾ HOẠCH", "12/CIUBND"),  # no type code one letter off KH: kept as read
    ("Số: 07/TT-UBND", "CHỈ THỊ", "07/TT-UBND"),  # a valid code is never rewritten
    ("Số: 07/TTUBND", "CHỈ THỊ", "07/TT-UBND"),  # … also joined: only its hyphen comes back
    ("Số: 07/CISXD", "CHỈ THỊ", "07/CISXD"),  # the rest no issuer vanban knows: kept
    ("Số: 0124/KH-UBND", "KẾ HOẠCH", "0124/KH-UBND"),
])
def test_type_code_repaired_from_the_type_line(line, type_line, expected):
    assert number(line, type_line) == expected


def test_leading_zero_kept_when_so_runs_into_the_number():
    # "Số07/…": the 0 is the number's, not a look-alike of the ố; "S06: 12/KH" still drops "S06:"
    assert number("Số07/CT-UBND", "CHỈ THỊ") == "07/CT-UBND"
    assert number("S06: 12/CT-UBND", "CHỈ THỊ") == "12/CT-UBND"


def test_the_scan_reads_its_printed_number():
    pages = SCAN.read_text(encoding="utf-8").split("\f")
    assert extract("\n".join(pages)).metadata.number == "07/CT-UBND"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ct07")
    db = folder / "archive.db"
    ids = {}
    with Archive(db) as a:
        shutil.copy(TEXT, folder / "ct07.txt")
        ids["txt"] = a.store(process_file(folder / "ct07.txt", jobs=1))
        ids["scan"] = a.store(ocr_form(str(folder / "ct07_scan.pdf"), "pdf",
                                       SCAN.read_text(encoding="utf-8").split("\f"), 90.0))
    return datasette_app(db), ids


def test_the_chi_thi_is_listed_once(site):
    ds, ids = site
    docs = rows(ds, "documents", "_col=number&_col=date&_col=issuer")
    assert {d["number"] for d in docs} == {"07/CT-UBND"}
    found = rows(ds, "han_sap_toi", "tu_ngay=2026-11-01&den_ngay=2026-12-31")
    assert found and {r["van_ban_id"] for r in found} == {ids["txt"]}
    assert [r["han"] for r in found if "15/11/2026" in (r["thoi_han"] or "")] == ["2026-11-15"]
    tasks = rows(ds, "nhiem_vu_cua", "don_vi=so+nong+nghiep")
    assert tasks and {r["van_ban_id"] for r in tasks} == {ids["txt"]}
    from icalendar import Calendar

    feed = Calendar.from_ical(get(ds, "/archive/lich_han.ics?tu_ngay=2026-11-01&den_ngay=2026-12-31").content)
    events = [str(e["description"]) for e in feed.walk("VEVENT")]
    assert len([e for e in events if "15/11/2026" in e]) == 1
    assert len(events) == len(rows(ds, "deadlines", f"document_id={ids['txt']}"))
