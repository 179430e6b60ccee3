"""The checklist a clerk gets from a real plan: a row per task, no sentence fragments, a row per bullet (session 29).

Kinds, each with rows I wrote by reading the documents:

* an item whose first line the page wrapped ("- Kiện toàn và tổ chức hiệu quả hoạt động của Ban⏎Chỉ đạo về Chuyển đổi
  số tỉnh.") is one task: the outline took the first line for a heading and the checklist listed the tail "Chỉ đạo về
  Chuyển đổi số tỉnh" as a row (179-KH-UBND, copied into tests/fixtures/realdocs);
* a label that lists what a matter holds ("Kinh phí thực hiện Kế hoạch này bao gồm: Ngân sách nhà nước; …") is no task;
  a task whose object is a list ("Phát triển Hạ tầng tiện ích số như: Định danh số; …") is one;
* the bullets of one item the obligation reader joined into one task ("1. Yêu cầu các chi, đảng bộ trực thuộc …⏎- Tổ
  chức quán triệt …⏎- Mỗi cơ quan, đơn vị, địa phương …") are a row each, with the item's body (the seed plan 13-KH/ĐU,
  samples/);
* a Party plan's "II - NỘI DUNG TRỌNG TÂM" is its tasks part: its items are rows, and an item's own text before a
  paragraph the outline read under it ("2. Triển khai rà soát …" before "Dự kiến đầu tháng 10/2025: …") too;
* ``vanban checklist FILE`` reads the document once for all the formats asked.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from conftest import ROOT, SAMPLES

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file

TODAY = dt.date(2026, 3, 1)
PLAN_179 = ROOT / "tests/fixtures/realdocs/179-KH-UBND.md"
SEED_13 = SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"
UNKNOWN = "(chưa xác định)"


def _rows(path):
    doc = process_file(path, jobs=1)
    return json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc), today=TODAY))["items"]


@pytest.fixture(scope="module")
def rows179():
    return _rows(PLAN_179)


@pytest.fixture(scope="module")
def rows13():
    return _rows(SEED_13)


def _starting(rows, words):
    return [r for r in rows if " ".join(r["what"].split()).startswith(words)]


def test_a_wrapped_first_line_opens_its_task_not_a_fragment(rows179):
    assert len(_starting(rows179, "Kiện toàn và tổ chức hiệu quả hoạt động của Ban Chỉ đạo về Chuyển đổi số tỉnh")) == 1
    assert len(_starting(rows179, "Thiết lập cổng thông tin kinh tế số và xã hội số Đồng Nai để cung cấp thông tin")) == 1
    assert len(_starting(rows179, "Tổ chức triển khai chiến lược, lộ trình số hóa và thông minh hóa các lĩnh vực hạ "
                                  "tầng thiết yếu khác")) == 1
    for tail in ("Chỉ đạo về Chuyển đổi số tỉnh", "Đồng Nai để cung cấp thông tin", "dân. Đẩy nhanh"):
        assert not _starting(rows179, tail), tail
    # no row of a body not named opens in the middle of a sentence; a row of the appendix's table C (its header row
    # under group rows) is its body's, not a flattened "1.1 Kiện toàn …" (session 29)
    assert not [r["what"][:40] for r in rows179 if r["who"] == UNKNOWN and r["what"][:1].islower()]
    assert not [r["what"][:40] for r in rows179 if r["who"] == UNKNOWN and r["what"][:1].isdigit()]
    (kien_toan,) = _starting(rows179, "Kiện toàn Ban Chỉ đạo về phát triển khoa học, Công nghệ")
    assert kien_toan["who"] == "Sở Khoa học và Công nghệ"


def test_a_label_listing_what_a_matter_holds_is_no_task_a_task_with_a_list_is(rows179):
    for label in ("Kinh phí thực hiện Kế hoạch này bao gồm", "Nguồn kinh phí đầu tư chi để thực hiện",
                  "Nguồn kinh phí thường xuyên chi để thực hiện"):
        assert not _starting(rows179, label), label
    assert len(_starting(rows179, "Phát triển Hạ tầng tiện ích số như: Định danh số; thanh toán số")) == 1
    assert len(_starting(rows179, "Ưu tiên thử nghiệm giao dịch dữ liệu như: Dữ liệu xuất khẩu")) == 1


def test_a_bodys_bullets_are_a_row_each(rows179):
    noi_vu = [r["what"] for r in rows179 if r["who"] == "Sở Nội vụ"]
    # the JSON's "what" is the CSV's "Nội dung công việc": without "chủ trì, phối hợp với X" once X has its column
    # (session 34's newcomer)
    assert noi_vu == ["Triển khai các nhiệm vụ về lao động, việc làm của Kế hoạch",
                      "Phát động phong trào thi đua; tham mưu khen thưởng, tôn vinh, "
                      "biểu dương các điển hình tiên tiến, đặc biệt là các doanh nghiệp nền tảng số thúc đẩy phát "
                      "triển kinh tế số và xã hội số trên toàn tỉnh",
                      # the appendix's part B, IV 4.1 and 4.2 (its header row under group rows: session 29)
                      "Xây dựng và tổ chức triển khai kế hoạch phát triển kinh tế số và xã hội số trong lĩnh vực lao "
                      "động, việc làm",
                      "Triển khai Nền tảng dữ liệu số về lao động, việc làm. Hình thành nền tảng hợp đồng lao động "
                      "điện tử và thúc đẩy người lao động và tổ chức sử dụng lao động thực hiện ký kết hợp đồng lao "
                      "động điện tử. Triển khai sổ lao động điện tử cho người lao động"]
    first = next(r for r in rows179 if r["who"] == "Sở Nội vụ")
    assert first["source"].startswith("Chủ trì, phối hợp với Sở Giáo dục") and "phát động" not in first["source"]


def test_the_seed_plans_iii_1_bullets_are_four_rows_of_its_body(rows13):
    body = [r for r in rows13 if r["who"].startswith("các chi, đảng bộ trực thuộc")]
    openings = sorted(" ".join(r["what"].split())[:30].lower() for r in body)
    assert openings == sorted(s.lower() for s in ("Tổ chức quán triệt xây dựng kế",
                                                   "Mỗi cơ quan, đơn vị, địa phươn",
                                                   "kiểm tra, đánh giá đề nghị thà",
                                                   "Định kỳ gửi báo cáo kết quả th")), openings
    quan_triet = _starting(body, "Tổ chức quán triệt")[0]
    assert "Mỗi cơ quan" not in quan_triet["what"] and quan_triet["deadline"] is None


def test_the_seed_plans_noi_dung_trong_tam_items_are_rows(rows13):
    unnamed = [" ".join(r["what"].split()) for r in rows13 if r["who"] == UNKNOWN]
    for task in ("Chỉ đạo tiếp tục triển khai thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng",
                 "Triển khai rà soát, đánh giá hiệu quả hoạt động của các mô hình",
                 "Triển khai thực hiện công tác dân vận của hệ thống chính trị",
                 "Cử cán bộ tham gia các lớp bồi dưỡng, tập huấn về công tác tuyên giáo, dân vận",
                 "Tăng cường công tác thông tin, tuyên truyền Phong trào thi đua"):
        assert sum(w.startswith(task) for w in unnamed) == 1, (task, unnamed)
    # the aims part (I) and the dated rows of II.2 give no unnamed row
    assert not [w for w in unnamed if w.startswith(("Tiếp tục quán triệt", "Đảng ủy tổ chức Hội nghị"))]


def test_one_checklist_call_reads_the_plan_once_for_every_format(tmp_path, monkeypatch):
    """``vanban checklist FILE -o a.docx -o a.csv -o a.json``: one reading (OCR, restoration, extraction) of FILE, three
    files of the same rows; without --format each file's suffix says its format."""
    from click.testing import CliRunner
    from docx import Document

    import vanban.conveyor as conveyor
    from vanban.cli import cli

    reads = []
    real = conveyor.process_file

    def counted(*a, **k):
        reads.append(a[0] if a else k.get("path"))
        return real(*a, **k)

    monkeypatch.setattr(conveyor, "process_file", counted)
    out = {s: tmp_path / f"phieu.{s}" for s in ("docx", "csv", "json")}
    got = CliRunner().invoke(cli, ["checklist", str(SEED_13), "-j", "1", *[x for p in out.values() for x in ("-o", str(p))]])
    assert got.exit_code == 0, got.output
    assert len(reads) == 1
    items = json.loads(out["json"].read_text(encoding="utf-8"))["items"]
    with out["csv"].open(encoding="utf-8-sig", newline="") as f:
        csv_rows = len(list(csv.reader(f))) - 1  # its header row left out
    table = Document(str(out["docx"])).tables[0]
    assert len(items) == csv_rows == len(table.rows) - 1 > 10
    # --format pairs with the -o files in order; a file whose suffix names another format is refused
    bad = CliRunner().invoke(cli, ["checklist", str(SEED_13), "--format", "csv", "-o", str(tmp_path / "x.docx")])
    assert bad.exit_code != 0 and "x.docx" in bad.output


@pytest.mark.parametrize("sentence, task", [
    # my own wording of each kind
    ("Kinh phí thực hiện Kế hoạch gồm: ngân sách xã; nguồn xã hội hóa", False),
    ("Nguồn kinh phí chi thường xuyên của các ban, ngành xã: in ấn tài liệu, tập huấn", False),
    ("Rà soát hồ sơ lưu trữ như: sổ hộ tịch, sổ địa chính, hồ sơ người có công", True),
    ("Đẩy mạnh ứng dụng công nghệ số là điều kiện tiên quyết để nâng cao chất lượng phục vụ", False),
    ("Tăng cường kiểm tra, giám sát là nhiệm vụ trọng tâm của năm 2026", False),
    ("Đẩy mạnh ứng dụng công nghệ số trong công tác văn thư, lưu trữ của xã", True),
])
def test_what_is_a_task_sentence(sentence, task):
    from vanban.export.plan_tasks import is_task

    assert is_task(sentence) is task


def test_a_task_the_appendix_table_gives_a_body_is_listed_once(rows179):
    """III.1.e "Triển khai ký số từ xa …" and III.1.k "Triển khai Chương trình thúc đẩy dịch vụ ví điện tử …" are the
    appendix table's rows 5.6 and 9.3 of Sở Khoa học và Công nghệ: one row each, with the body."""
    for task in ("Triển khai ký số từ xa theo hướng ưu tiên phổ cập", "Triển khai Chương trình thúc đẩy dịch vụ"):
        found = _starting(rows179, task)
        assert [r["who"] for r in found] == ["Sở Khoa học và Công nghệ"], (task, found)
