"""Facts on real wording: citations, deadlines, targets, the one symbol key.

Expected values come from independent material only: the cases of
``../shared/cases`` (copied to tests/fixtures/cases, each input with the
values a clerk reads from it), hand-labelled real documents and their real
Tesseract ``-l eng`` output (tests/fixtures/realdocs, see
bench/realdocs_ocr.py), and hand-written sentences of the kinds issue 10
names. Nothing here is produced by inverting vanban's own rules.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from realdocs_match import FIELDS, f1, prf

from vanban.archive import keys as archive_keys
from vanban.extract import extract
from vanban.extract.citations import find_citations, type_of_symbol
from vanban.extract.folded import Folded
from vanban.extract.numbers import parse_number
from vanban.extract.recurrence import next_due, next_occurrence
from vanban.extract.report import extraction_to_json
from vanban.extract.sections import layout_from
from vanban.structure import structure_of_text
from vanban.models import Deadline
from vanban.symbols import fix_code, normalize_symbol, symbol_key

FIX = pathlib.Path(__file__).parent / "fixtures"
CASES = FIX / "cases"
REAL = FIX / "realdocs"


def _case(name: str, file: str = "input.txt") -> str:
    return next(CASES.glob(f"{name}-*")).joinpath(file).read_text(encoding="utf-8")


def _cites(text: str):
    """Citations of a whole text (no header needed: the case inputs are fragments)."""
    f = Folded.of(text)
    lay = layout_from(f, structure_of_text(text))
    return find_citations(f, lay, 0, len(text), None)[0]


def _by_number(cites):
    return {c.number: c for c in cites if c.number}


# --- one symbol key -------------------------------------------------------------


def test_one_symbol_key_for_extraction_archive_and_search():
    assert archive_keys.symbol_key is symbol_key  # the archive and search use the leaf module's key
    assert symbol_key("5/QĐ-UBND") == symbol_key("05/QĐ-UBND") == symbol_key("05/QD-UBND") == "5 qd ubnd"
    assert symbol_key("24-KH/BU") == symbol_key("24-KH/ĐU") == symbol_key("24 KH DU") == "24 kh du"
    assert symbol_key(" /-") is None and symbol_key(None) is None


def test_codes_keep_their_case_and_valid_codes_are_never_repaired():
    assert normalize_symbol("Số 104 -CTr/TU") == "104-CTr/TU"
    assert normalize_symbol("04/TTr-BKHCN-BTTTT") == "04/TTr-BKHCN-BTTTT"
    assert normalize_symbol("178-QĐi/TW") == "178-QĐi/TW"
    assert normalize_symbol("31-\n   CTr/TW") == "31-CTr/TW"
    assert normalize_symbol("24 -KH/BU") == "24-KH/ĐU"  # OCR read Đ as B: BU is no code, ĐU is
    # ministry and agency codes with B are valid as read: never turned into Đ
    for code in ("BTC", "BTN", "BNN&MT", "BKHCN", "BCA", "BQP", "BTP"):
        assert fix_code(code) == code
    assert normalize_symbol("12/QĐ-BNN&MT") == "12/QĐ-BNN&MT"
    assert normalize_symbol("88/QĐ-BCT") == "88/QĐ-BCT"  # Bộ Công Thương, not "ĐCT"
    assert fix_code("VPBU") == "VPĐU" and fix_code("HBND") == "HĐND"  # repaired where only one reading is a code
    assert normalize_symbol("66.19/2026/NQ-CP") == "66.19/2026/NQ-CP"
    assert normalize_symbol("942/QĐ-TT¢g") == "942/QĐ-TTg"  # an OCR speck inside a code (real eng OCR)


def test_restoration_repairs_symbols_with_the_same_grammar():
    from vanban.ocr.restore.decode import fix_symbol  # noqa: PLC0415

    assert fix_symbol("13-KH/BU") == "13-KH/ĐU"
    assert fix_symbol("88/QĐ-BCT") == "88/QĐ-BCT" and fix_symbol("10/KH-BTN") == "10/KH-BTN"


def test_search_meets_leading_zeros(tmp_path):
    from archive_samples import make_doc  # noqa: PLC0415

    from vanban.archive import Archive, search  # noqa: PLC0415
    from vanban.models import Metadata  # noqa: PLC0415

    doc = make_doc("/in/qd5.txt", ["QUYẾT ĐỊNH về việc ban hành quy chế"],
                   Metadata(number="05/QĐ-UBND", type="Quyết định", date="2026-01-05"))
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(doc)
    hits = search(db, "5/QĐ-UBND")
    assert hits and hits[0].number == "05/QĐ-UBND"


# --- citations: the cases ---------------------------------------------------------


def test_case07_type_from_the_code_and_abbreviated_types():
    cites = _by_number(_cites(_case("07") + "\nThực hiện KL 75-KL/TW và NQ 25-NQ/TW, các đơn vị triển khai.\n"))
    assert cites["30/2020/NĐ-CP"].type == "Nghị định"  # "Nghị lịnh số …": the NĐ code says the type
    assert cites["75-KL/TW"].type == "Kết luận" and cites["75-KL/TW"].text.startswith("KL ")
    assert cites["25-NQ/TW"].type == "Nghị quyết" and cites["25-NQ/TW"].text.startswith("NQ ")
    # found by a newcomer: the issuer ran on into the next abbreviated citation
    both = _by_number(_cites("Căn cứ KL 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương và NQ 25-NQ/TW "
                             "ngày 01/8/2026 của Bộ Chính trị.\n"))
    assert (both["75-KL/TW"].issuer, both["25-NQ/TW"].issuer) == ("Ban Chấp hành Trung ương", "Bộ Chính trị")


def test_case11_party_cv_citations():
    ext = extract(_case("11"))
    cites = _by_number(ext.citations)
    assert set(cites) == {"104-CTr/TU", "75-KL/TW", "31-CTr/TW"}
    assert len([c for c in ext.citations if c.number == "104-CTr/TU"]) == 1  # cited twice, one row
    assert (cites["104-CTr/TU"].type, cites["104-CTr/TU"].date, cites["104-CTr/TU"].issuer) == (
        "Chương trình", "2026-08-30", "Tỉnh ủy Lào Cai")
    assert (cites["75-KL/TW"].type, cites["75-KL/TW"].date, cites["75-KL/TW"].issuer) == (
        "Kết luận", "2026-07-28", "Ban Chấp hành Trung ương Đảng khóa XIV")
    assert (cites["31-CTr/TW"].type, cites["31-CTr/TW"].date, cites["31-CTr/TW"].issuer) == (
        "Chương trình", "2026-07-28", "Bộ Chính trị")


def test_case13_laws_in_every_order():
    ext = extract(_case("13"))
    laws = {c.name: c for c in ext.citations if c.type == "Luật"}
    assert {n: c.date for n, c in laws.items()} == {
        "Luật Tổ chức chính quyền địa phương": "2015-06-19",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": "2019-11-22",
        "Luật Bảo vệ môi trường": "2020-11-17",
        "Luật Đất đai": "2024-01-18",
        "Luật Cán bộ, công chức": "2008-11-13",
        "Luật Văn thư, lưu trữ": "2011-11-11",
        "Luật Hóa chất": None,
        # named only inside the amending law's title: a citation too (realdocs/labeled/README.md: "also one named
        # only inside the title of another cited document"), but no legal basis by itself (below)
        "Luật Tổ chức Chính phủ": None,
    }
    assert laws["Luật Đất đai"].number == "31/2024/QH15" and laws["Luật Hóa chất"].number == "69/2025/QH15"
    nd = _by_number(ext.citations)["30/2020/NĐ-CP"]
    assert (nd.type, nd.date, nd.issuer) == ("Nghị định", "2020-03-05", "Chính phủ")
    # the case's expected.txt lists the Căn cứ (can_cu) alone: the law inside the amending law's title is a mention
    assert {c.name or c.number for c in ext.citations if c.relation == "can_cu"} == set(laws) - {"Luật Tổ chức Chính phủ"} | {
        "30/2020/NĐ-CP"}
    assert laws["Luật Tổ chức Chính phủ"].relation == "mentions"


def test_amending_law_listing_numbered_laws_gives_each_law_its_number():
    # real sentences (realdocs): a list of amended laws each with its own number, then one amending law with its number
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở\n"
            "số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức\n"
            "tín dụng số 32/2024/QH15;\n"
            "Căn cứ Luật Quảng cáo số 16/2012/QH13; Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo số\n"
            "75/2025/QH15;\n")
    laws = [(c.name, c.number) for c in _cites(text) if c.type == "Luật"]
    assert ("Luật Đất đai", "31/2024/QH15") in laws and ("Luật Nhà ở", "27/2023/QH15") in laws
    assert ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", None) in laws
    assert ("Luật sửa đổi, bổ sung một số điều của Luật Quảng cáo", "75/2025/QH15") in laws
    assert {n for _, n in laws} >= {"29/2023/QH15", "32/2024/QH15", "16/2012/QH13"}


# --- citations: the other kinds of issue 10 ------------------------------------------

_CITE_KINDS = """Thực hiện các Công điện số 217, 218, 219 và 222/CĐ-TTg ngày 19/11/2025; Nghị quyết số 01/NQ-CP và 02/NQ-CP;
Thông báo kết luận số 12-TB/TW của Ban Bí thư; Kế hoạch hành động số 7/KH-UBND; Nghị quyết số 66.19/2026/NQ-CP;
Quyết định số 15/QĐ-QLN&TTBĐS; Tờ trình số 04/TTr-BKHCN-BTTTT; QĐ 749/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án;
Ngày 28 tháng 10 năm 2025, UBND tỉnh ban hành Công văn số 3280/UBND-VX về việc phòng chống dịch.
Căn cứ Quyết định số 1/QĐ-TTg của Chính phủ và Chương trình hành động số 5-CTr/TU của Tỉnh ủy;
thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội lần thứ XIII của Đảng và Điều lệ Đảng;
văn bản số 621/BC-BTC ngày 11 tháng 11 năm 2025 của Bộ Tài chính; Báo cáo số 621/BC-BTC.
"""


def test_citation_kinds():
    cites = _cites(_CITE_KINDS)
    by = _by_number(cites)
    for n in ("217/CĐ-TTg", "218/CĐ-TTg", "219/CĐ-TTg", "222/CĐ-TTg"):
        assert by[n].type == "Công điện", n
    assert by["222/CĐ-TTg"].date == "2025-11-19" and by["217/CĐ-TTg"].date is None
    assert by["01/NQ-CP"].type == by["02/NQ-CP"].type == "Nghị quyết"
    assert by["12-TB/TW"].type == "Thông báo"  # "Thông báo kết luận": a Thông báo
    assert by["7/KH-UBND"].type == "Kế hoạch"
    assert by["66.19/2026/NQ-CP"].type == "Nghị quyết"
    assert "15/QĐ-QLN&TTBĐS" in by and "04/TTr-BKHCN-BTTTT" in by
    assert by["749/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"  # the issuer ends where the subject starts
    assert by["3280/UBND-VX"].type == "Công văn" and by["3280/UBND-VX"].date == "2025-10-28"
    assert by["1/QĐ-TTg"].issuer == "Chính phủ" and by["5-CTr/TU"].type == "Chương trình"
    assert by["621/BC-BTC"].type == "Báo cáo" and len([c for c in cites if c.number == "621/BC-BTC"]) == 1
    named = [c for c in cites if c.number is None]
    assert [c.type for c in named].count("Nghị quyết") == 1  # two wordings of one Congress resolution
    assert "Điều lệ Đảng" in {c.name for c in named}
    assert type_of_symbol("574/UBND-NC") == "Công văn" and type_of_symbol("178-QĐ/TW") == "Quy định"


# --- deadlines -----------------------------------------------------------------------


def test_case16_day_without_ngay():
    ext = extract(_case("16"))
    got = [(d.date, d.earliest, d.latest, d.who) for d in ext.deadlines]
    assert got == [
        ("2026-11-20", "2026-11-20", "2026-11-20", "Ủy ban nhân dân các xã"),
        ("2026-10-15", "2026-10-15", "2026-10-15", "Ban Công tác Mặt trận các thôn"),
        ("2026-11-25", "2026-11-25", "2026-11-25", "Phòng Văn hóa"),
    ]
    # each sentence ends at its year, not at the next item's number ("… năm 2026. 2.")
    assert [d.span.sentence.rsplit(" ", 2)[-2:] for d in ext.deadlines] == [
        ["năm", "2026."], ["tháng", "10."], ["năm", "2026."]]


_SCHEDULES = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN BÌNH                         Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                  An Bình, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026
III. TỔ CHỨC THỰC HIỆN
1. Các thôn gửi báo cáo về Văn phòng vào ngày 15 hằng tháng.
2. Công chức Văn phòng tổng hợp số liệu đúng ngày mồng 3 hằng tháng.
3. Ban Chỉ huy Quân sự xã kiểm tra công tác trực vào tuần cuối cùng của tháng thứ 3 trong quý.
4. Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12).
5. Phòng Văn hóa gửi báo cáo tổng kết trước ngày 10/01 năm sau.
6. Các đơn vị nộp báo cáo trước cuối tháng 10 hằng năm.
7. Từ nay đến tháng 6/2027, các thôn tập trung tuyên truyền.
8. Đến năm 2030 đạt 80% hộ gia đình sử dụng dịch vụ công trực tuyến.
II. KHEN THƯỞNG
2. Khen thưởng đột xuất.
9. Các xã hoàn thành trước ngày 15/6/2025 theo Kế hoạch số 03/KH-UBND.
10. Hằng năm, tiến hành rà soát, bổ sung quy hoạch trong Quý I; báo cáo cấp trên trực tiếp trong Quý II, chậm nhất tháng 6.
"""


def test_schedules_and_not_deadlines():
    ds = extract(_SCHEDULES).deadlines
    got = [(d.date, d.earliest, d.latest, d.recurrence, d.past) for d in ds]
    assert got == [
        ("2025-12-15", "2025-12-15", "2025-12-15", "FREQ=MONTHLY;BYMONTHDAY=15", False),
        ("2025-12-03", "2025-12-03", "2025-12-03", "FREQ=MONTHLY;BYMONTHDAY=3", False),
        (None, "2025-12-25", "2025-12-31", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", False),
        # "6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12)": the half-year's report once a year, on 05/6 (the
        # year's second half is in the year's report; tune17, authored16, authored17 labels)
        ("2026-06-05", "2026-06-05", "2026-06-05", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5", False),
        ("2025-12-05", "2025-12-05", "2025-12-05", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5", False),
        ("2026-01-10", "2026-01-10", "2026-01-10", None, False),  # "năm sau"
        (None, "2026-10-21", "2026-10-31", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=-1", False),
        ("2025-06-15", "2025-06-15", "2025-06-15", None, True),  # passed before the plan was issued
        (None, "2026-01-01", "2026-03-31", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1", False),
        (None, "2026-04-01", "2026-06-30", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1", False),  # "chậm nhất tháng 6" restates it
    ]
    # each of the two schedules keeps the real task, never ") và hằng năm"
    assert ds[3].what == ds[4].what == "báo cáo kết quả thực hiện"
    assert "2026-02-01" not in {d.earliest for d in ds}  # "KHEN THƯỞNG ⏎ 2." is no February


def test_report_periods_each_keep_their_own_recurrence():
    # real sentence (realdocs, Sở Công Thương): three report periods, each date with its own period
    text = ("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nX, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện công tác\n\n"
            "2. Sở Công Thương tổng hợp\n"
            "báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện Kế hoạch này định kỳ\n"
            "hàng tháng (*trước ngày 18 hàng tháng*), 6 tháng (*trước ngày 18/5*),\n"
            "tổng kết năm (*trước ngày 30/11 hàng năm*) hoặc khi có yêu cầu báo cáo đột\nxuất.\n")
    got = [(d.earliest, d.recurrence) for d in extract(text).deadlines]
    assert got == [
        ("2026-03-18", "FREQ=MONTHLY;BYMONTHDAY=18"),
        # the half-year's report beside the year's ("tổng kết năm"): once a year (session 18, with the labels of tune17,
        # authored16 and authored17; review-facts' label of this sentence says 6-monthly)
        ("2026-05-18", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=18"),
        ("2026-11-30", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"),
    ]


def test_next_due_never_drops_a_recurring_deadline():
    yearly = Deadline(text="trước ngày 15 tháng 11 hằng năm", date="2026-11-15", earliest="2026-11-15",
                      latest="2026-11-15", recurrence="FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15")
    assert next_due(yearly, dt.date(2026, 1, 1)) == dt.date(2026, 11, 15)
    assert next_due(yearly, dt.date(2026, 11, 16)) == dt.date(2027, 11, 15)
    monthly = Deadline(text="ngày 15 hằng tháng", date="2025-12-15", earliest="2025-12-15", latest="2025-12-15",
                       recurrence="FREQ=MONTHLY;BYMONTHDAY=15")
    assert next_due(monthly, dt.date(2026, 3, 16)) == dt.date(2026, 4, 15)
    half = Deadline(text="trước ngày 05/6", date="2025-12-05", earliest="2025-12-05", latest="2025-12-05",
                    recurrence="FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=5")
    assert next_due(half, dt.date(2026, 1, 1)) == dt.date(2026, 6, 5)
    quarter = Deadline(text="trong Quý I", date=None, earliest="2026-01-01", latest="2026-03-31",
                       recurrence="FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1")
    assert next_occurrence(quarter, dt.date(2026, 5, 1)) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    once = Deadline(text="trước ngày 30/4/2026", date="2026-04-30", earliest="2026-04-30", latest="2026-04-30")
    assert next_due(once, dt.date(2026, 4, 1)) == dt.date(2026, 4, 30) and next_due(once, dt.date(2026, 5, 1)) is None


# --- targets -----------------------------------------------------------------------


def test_vietnamese_numbers():
    assert parse_number("96,5") == 96.5 and parse_number("1.000") == 1000 and parse_number("2,5") == 2.5
    assert parse_number("1.000.000,5") == 1000000.5 and parse_number("mười") == 10 and parse_number("hai") == 2
    assert abs(parse_number("2/3") - 2 / 3) < 1e-9


def test_case12_targets():
    ts = extract(_case("12")).targets
    got = [(t.min, t.max, t.unit) for t in ts]
    assert got == [(2, None, "%"), (100, 100, "%"), (95, 95, "%"), (85, 85, "%"), (None, 30, "%"), (60, 60, "%"),
                   (10, 10, "%"), (1.0, 1.5, "%"), (25, None, "công trình"), (9, 9, "%"), (26.1, None, "%")]
    # the case calls 1,0-1,5%/năm "a per-year rate": unit %, period hằng năm (the hand-written gold's
    # "%/năm" says the same; tests/realdocs_match.py scores the two alike)
    assert ts[0].period and "hằng năm" in ts[0].period and ts[7].period == "mỗi năm"
    assert ts[1].scope == "nguồn nước thải, khí thải lớn"  # the case: "nguồn nước thải, khí thải lớn …"
    assert ts[2].scope == "chất thải rắn sinh hoạt đô thị"
    assert ts[3].scope == "chất thải rắn sinh hoạt ở khu vực nông thôn"  # across the wrapped line (newcomer)
    assert ts[0].scope == "tổng chi ngân sách địa phương"
    # a clause hard-wrapped over two lines keeps its whole subject (a newcomer saw "pháp chôn lấp …")
    assert ts[4].scope.startswith("tỷ lệ chất thải rắn sinh hoạt xử lý bằng phương pháp chôn lấp")
    rates = extract(_case("12", "input_rate_forms.txt")).targets
    assert [(t.min, t.max) for t in rates] == [(1.0, 1.5), (8, 8), (1.5, 1.5), (1.0, 1.5), (25, None), (25, None),
                                               (10, None)]
    assert all(t.period == "mỗi năm" for t in rates[:4])
    assert "2025" not in (rates[-1].period or "")  # "so với năm 2025" is a baseline


_TARGET_KINDS = """KẾ HOẠCH
Công tác y tế năm 2026

II. CHỈ TIÊU
- Tỷ lệ tiêm chủng đầy đủ đạt 96,5%.
- Phấn đấu có 1.000 hộ gia đình văn hóa.
- Tỷ suất tử vong mẹ dưới 4/100.000 trẻ đẻ sống.
- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn 18 ca/1.000 trẻ.
- Tỷ số giới tính khi sinh không quá 107 trẻ trai/100 trẻ gái.
- Xây dựng ít nhất hai mô hình điểm.
- Hoàn thành 11 cơ sở dữ liệu chuyên ngành và 02 vùng nguyên liệu.
- Mỗi đơn vị đề xuất khen thưởng không quá 05 cá nhân; 01 cá nhân/01 ban.
- Phấn đấu xếp hạng top 03 cả nước.
III. KẾT QUẢ
Đến nay, 100% trạm y tế đã triển khai bệnh án điện tử.
Nếu tỷ lệ bao phủ thấp dưới 30% thì phải báo cáo ngay.
"""


def test_target_kinds():
    ts = extract(_TARGET_KINDS).targets
    got = {(t.min, t.max, t.unit) for t in ts}
    assert (96.5, 96.5, "%") in got and (1000, 1000, "hộ") in got
    assert any(t.max == 4 and t.unit.startswith("/100.000") for t in ts)
    assert any(t.max == 18 and t.unit.startswith("ca/1.000") for t in ts)
    assert any(t.max == 107 and t.unit == "trẻ trai/100 trẻ gái" for t in ts)
    assert (2, None, "mô hình") in got
    assert (11, 11, "cơ sở dữ liệu chuyên ngành") in got or (11, 11, "cơ sở dữ liệu") in got
    assert (2, 2, "vùng") in got or (2, 2, "vùng nguyên liệu") in got
    assert (None, 5, "cá nhân") in got and (1, 1, "cá nhân/01 ban") in got  # quotas
    assert (None, 3, "top") in got  # a rank
    assert not any((t.unit or "").startswith("tuổi") for t in ts)  # "dưới 1 tuổi" is an age group
    assert not any(t.min == 100 for t in ts)  # a past result
    assert not any(t.max == 30 for t in ts)  # a condition


# --- real documents, real OCR output --------------------------------------------------


def _legacy(stem: str) -> str:
    from vanban.ocr.correct import correct_text  # noqa: PLC0415

    raw = (REAL / f"{stem}.eng.txt").read_text(encoding="utf-8")
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def _scores(form: str) -> dict[str, float]:
    totals = {f: [0, 0, 0] for f in FIELDS}
    for lab in sorted(REAL.glob("*.labels.json")):
        stem = lab.name[: -len(".labels.json")]
        gold = json.loads(lab.read_text(encoding="utf-8"))
        text = (REAL / f"{stem}.txt").read_text(encoding="utf-8") if form == "clean" else _legacy(stem)
        got = extraction_to_json(extract(text))
        got["deadlines"] = [d for d in got["deadlines"] if not d["past"]]
        for f in FIELDS:
            for i, n in enumerate(prf(f, gold[f], got[f])[:3]):
                totals[f][i] += n
    return {f: f1(*totals[f]) for f in FIELDS}


@pytest.fixture(scope="module")
def real_scores():
    return {"clean": _scores("clean"), "legacy": _scores("legacy")}


def test_real_documents_floor(real_scores):
    """Hand-labelled real documents (141-KH-UBND, 221-KL-TW, 223-CD-TTg,
    659-TB-VPCP): their plain text, and their real Tesseract -l eng output
    restored by vanban (the legacy form). Floors from the measured figures."""
    clean, legacy = real_scores["clean"], real_scores["legacy"]
    assert clean["citations"] >= 0.98 and clean["deadlines"] >= 0.95 and clean["targets"] >= 0.90, clean
    assert legacy["citations"] >= 0.95 and legacy["deadlines"] >= 0.90 and legacy["targets"] >= 0.90, legacy
    for f in ("citations", "deadlines", "targets"):
        assert legacy[f] >= clean[f] - 0.03, (f, clean[f], legacy[f])  # the goal: within 0.03


def test_shared_token_pass_finds_what_a_full_scan_finds():
    """Extractors try their grammars only at token starts of the one shared pass:
    on a real document that must give exactly the full scan's matches."""
    from vanban.extract import patterns as P  # noqa: PLC0415

    f = Folded.of((REAL / "141-KH-UBND.txt").read_text(encoding="utf-8"))
    full = [(m.start(), m.end()) for m in P.SYMBOL_RE.finditer(f.view)]
    anchored = [(m.start(), m.end()) for m in f.matches_at(P.SYMBOL_RE, f.number_starts, 0, len(f.view))]
    assert full == anchored and len(full) >= 8
    assert f.tokens is f.tokens  # computed once per document


def test_report_times_and_running_periods_are_no_deadlines():
    text = """KẾ HOẠCH
Quan trắc môi trường năm 2026

Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận hơn 200.000 nhà bị ngập; tổng thiệt hại ước trên 4.500 tỷ đồng.
1. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.
2. Triển khai phần mềm quản lý văn bản từ ngày 01/3/2026 đến ngày 31/3/2026.
"""
    ext = extract(text, reference_date="2025-11-21")
    assert [(d.earliest, d.latest) for d in ext.deadlines] == [("2026-03-01", "2026-03-31")]  # a dated window stays
    assert ext.targets == ()  # damage figures of a situation report are no targets


def test_issuer_stops_at_the_subject_and_a_named_law_meets_its_number():
    text = """Căn cứ Luật Ban hành văn bản quy phạm pháp luật
số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;
Căn cứ Nghị định số 39/2022/NĐ-CP của Chính phủ ban
hành Quy chế làm việc của Chính phủ;
Căn cứ Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ sửa đổi, bổ sung Chương trình hành động;
thực hiện đúng Luật Ban hành văn bản quy phạm pháp luật.
"""
    cites = _cites(text)
    by = _by_number(cites)
    assert by["39/2022/NĐ-CP"].issuer == "Chính phủ" and by["71/NQ-CP"].issuer == "Chính phủ"
    assert by["64/2025/QH15"].name == "Luật Ban hành văn bản quy phạm pháp luật"
    assert by["87/2025/QH15"].type == "Luật"
    assert not [c for c in cites if c.number is None]  # the later mention by name is the same law


def test_recurrence_across_a_blank_line_of_ocr_layout():
    # real Tesseract-eng output of 2629/QĐ-TTg, restored: OCR put a blank line inside the sentence
    text = """KẾ HOẠCH
Chương trình

5. Các bộ, ngành, địa phương định kỳ hằng năm gửi

báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày
15 tháng 12 để tổng hợp, báo cáo Thủ tướng Chính phủ.
"""
    (d,) = extract(text, reference_date="2025-12-01").deadlines
    assert (d.date, d.recurrence) == ("2025-12-15", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")


def test_symbol_key_is_its_own_key_behind_punctuation():
    """Found by the fuzz test: a comma hid "BDVBU" from the B→Đ repair once, not twice."""
    from vanban.symbols import symbol_key

    for s in ("BDVBU, số ", "0L ", "nb", "24 -KH/BU", "05/QĐ-UBND"):
        key = symbol_key(s)
        assert symbol_key(key) == key, (s, key)
