"""The expected values of ``../shared/cases`` 07, 11, 12, 13, 16 and 17, checked one by one.

Each case stands for a kind of wording (see its expected.txt); the values
below are copied from those files. Reported as "values right / values" per
case by ``bench/extract.py``; tests/test_facts.py asserts the same values on
the copies in tests/fixtures/cases.
"""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.extract import extract  # noqa: E402
from vanban.extract.citations import find_citations  # noqa: E402
from vanban.extract.folded import Folded  # noqa: E402
from vanban.extract.sections import layout_from  # noqa: E402
from vanban.structure import structure_of_text  # noqa: E402

# case → expected (number or name → (type, date, issuer)) / deadlines / targets, from expected.txt
CITATIONS = {
    "07": {"30/2020/NĐ-CP": ("Nghị định", "2020-03-05", "Chính phủ"), "75-KL/TW": ("Kết luận", None, None),
           "25-NQ/TW": ("Nghị quyết", None, None)},
    "11": {"104-CTr/TU": ("Chương trình", "2026-08-30", "Tỉnh ủy Lào Cai"),
           "75-KL/TW": ("Kết luận", "2026-07-28", "Ban Chấp hành Trung ương Đảng khóa XIV"),
           "31-CTr/TW": ("Chương trình", "2026-07-28", "Bộ Chính trị")},
    "13": {"Luật Tổ chức chính quyền địa phương": ("Luật", "2015-06-19", None),
           "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương":
               ("Luật", "2019-11-22", None),
           "Luật Bảo vệ môi trường": ("Luật", "2020-11-17", None),
           "31/2024/QH15": ("Luật", "2024-01-18", None),
           "Luật Cán bộ, công chức": ("Luật", "2008-11-13", None),
           "Luật Văn thư, lưu trữ": ("Luật", "2011-11-11", None),
           "69/2025/QH15": ("Luật", None, None),
           "30/2020/NĐ-CP": ("Nghị định", "2020-03-05", "Chính phủ")},
    # case 17 (a DOCX): its two citations, and the law named inside the first one's subject
    "17": {"181/2024/NĐ-CP": ("Nghị định", "2024-12-31", "Chính phủ"),
           "1883/QĐ-UBND": ("Quyết định", "2025-11-06", "UBND tỉnh Lào Cai"),
           "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ": ("Luật", None, None)},
}
DEADLINES = {"16": [("2026-11-20", "Ủy ban nhân dân các xã"), ("2026-10-15", "Ban Công tác Mặt trận các thôn"),
                    ("2026-11-25", "Phòng Văn hóa")]}
TARGETS = {
    "12": [(2, None), (100, 100), (95, 95), (85, 85), (None, 30), (60, 60), (10, 10), (1.0, 1.5), (25, None), (9, 9),
           (26.1, None)],
    "12/input_rate_forms.txt": [(1.0, 1.5), (8, 8), (1.5, 1.5), (1.0, 1.5), (25, None), (25, None), (10, None)],
}
# case 07 adds the abbreviated-type sentence its expected.txt names
EXTRA_TEXT = {"07": "\nThực hiện KL 75-KL/TW và NQ 25-NQ/TW, các đơn vị triển khai.\n"}


def _text(shared: pathlib.Path, case: str) -> str:
    name, _, file = case.partition("/")
    folder = next((shared / "cases").glob(f"{name}-*"))
    if (folder / "input.docx").exists() and not file:
        from vanban.ingest.docxfile import read_pages  # noqa: PLC0415

        return "\f".join(p.text for p in read_pages(folder / "input.docx"))
    return (folder / (file or "input.txt")).read_text(encoding="utf-8") + EXTRA_TEXT.get(name, "")


def run(shared: pathlib.Path) -> list[tuple[str, str, int, int]]:
    """(case, field, right, expected) rows."""
    rows = []
    for case, want in CITATIONS.items():
        text = _text(shared, case)
        f = Folded.of(text)
        cites = find_citations(f, layout_from(f, structure_of_text(text)), 0, len(text), None)[0]
        got = {(c.number or c.name): (c.type, c.date, c.issuer) for c in cites}
        right = sum(3 - sum(a != b for a, b in zip(v, got.get(k, (None, None, None)))) if k in got else 0
                    for k, v in want.items())
        rows.append((case, "citation type/date/issuer", right, 3 * len(want)))
    for case, want in DEADLINES.items():
        got = [(d.date, d.who) for d in extract(_text(shared, case)).deadlines]
        rows.append((case, "deadline date/who", sum(a == b for a, b in zip(want, got)), len(want)))
    for case, want in TARGETS.items():
        got = [(t.min, t.max) for t in extract(_text(shared, case)).targets]
        rows.append((case, "target min/max", sum(a == b for a, b in zip(want, got)) if len(got) == len(want)
                     else sum(1 for w in want if w in got), len(want)))
    return rows


def report(rows) -> None:
    print(f"{'case':<28}{'values':<28}right/expected")
    for case, field, right, n in rows:
        print(f"{case:<28}{field:<28}{right}/{n}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    from realdocs_ocr import shared_dir  # noqa: PLC0415

    report(run(shared_dir(sys.argv[1] if len(sys.argv) > 1 else None)))
