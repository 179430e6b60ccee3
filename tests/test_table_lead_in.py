"""A task table in the body between a lead-in paragraph and a paragraph after it (DOCX, and the same
document printed to PDF by LibreOffice): one obligation per row, with its partners and deadline; the
lead-in ("2. Các nhiệm vụ cụ thể được giao như bảng sau:") no obligation holding the table's text; the
paragraph after the table ("Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026.") the issuer's
statement of its own future work — no obligation since session 18 (the labelled sets' convention), its date the
issuer's deadline, no row's; a one-row borderless table after the signature (the PDF) kept.

The document is written here with python-docx in the style of a Sở's công văn (a reviewer's case of
session 13); no vanban output was used for the expected values."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

docx = pytest.importorskip("docx")

LEAD_INS = ("2. Các nhiệm vụ cụ thể được giao như bảng sau:", "2. Nhiệm vụ cụ thể của các đơn vị như sau.")


def _cell(c, lines):
    c.text = lines[0]
    for line in lines[1:]:
        c.add_paragraph(line)


def _write(path, lead_in):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    _cell(t.cell(0, 0), ["UBND TỈNH HÀ TĨNH", "SỞ Y TẾ"])
    _cell(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _cell(t.cell(1, 0), ["Số:        /SYT-NVY", "V/v triển khai tiêm chủng mở rộng năm 2026"])
    _cell(t.cell(1, 1), ["Hà Tĩnh, ngày      tháng 3 năm 2026"])
    for p in ("Kính gửi:", "- Trung tâm Kiểm soát bệnh tật tỉnh;", "- Trung tâm Y tế các huyện, thị xã, thành phố.",
              "Căn cứ Quyết định số 1575/QĐ-BYT ngày 27/5/2023 của Bộ Y tế phê duyệt Kế hoạch tiêm chủng;",
              "Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:", "1. Trung tâm Kiểm soát bệnh tật tỉnh",
              "a) Xây dựng kế hoạch tiêm chủng, hoàn thành trước ngày 15/4/2026;",
              "b) Bảo đảm tỷ lệ tiêm chủng đầy đủ đạt trên 95%.", lead_in):
        d.add_paragraph(p)
    rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            ["1", "Tổ chức chiến dịch tiêm vắc xin sởi", "Trung tâm Y tế các huyện", "Phòng Y tế", "Trước ngày 30/6/2026"],
            ["2", "Báo cáo kết quả tiêm chủng", "Trung tâm Kiểm soát bệnh tật tỉnh", "Các đơn vị liên quan", "Hằng quý"]]
    t2 = d.add_table(rows=3, cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t2.cell(r, c).text = text
    d.add_paragraph("Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026.")
    t3 = d.add_table(rows=1, cols=2)
    _cell(t3.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, NVY."])
    _cell(t3.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Thị Mai"])
    for p in ("Phụ lục", "DANH MỤC VẮC XIN CẦN BỔ SUNG", "(Kèm theo Công văn số      /SYT-NVY ngày    /3/2026 của Sở Y tế)"):
        d.add_paragraph(p)
    t4 = d.add_table(rows=2, cols=4)
    for r, row in enumerate([["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"],
                             ["1", "Rà soát số đối tượng tiêm", "Trạm Y tế các xã", "Trước 10/5/2026"]]):
        for c, text in enumerate(row):
            t4.cell(r, c).text = text
    d.save(path)


def _to_pdf(path, tmp):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice not found: apt-get install -y libreoffice-writer-nogui")
    r = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(path)],
                       capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp)})
    pdf = tmp / (path.stem + ".pdf")
    assert pdf.exists(), r.stderr.decode()
    return pdf


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    from vanban.conveyor import process_file

    tmp = tmp_path_factory.mktemp("table_lead_in")
    out = {}
    for k, lead_in in enumerate(LEAD_INS):
        path = tmp / f"syt{k}.docx"
        _write(path, lead_in)
        out[f"docx{k}"] = process_file(path)
    out["pdf0"] = process_file(_to_pdf(tmp / "syt0.docx", tmp))
    return out


def _obligations(doc):
    return [(o.who, o.what, o.deadline.date if o.deadline else None, o.partners)
            for o in doc.extraction.obligations]


@pytest.mark.parametrize("form", ["docx0", "docx1", "pdf0"])
def test_one_obligation_per_row_and_no_lead_in_obligation(documents, form):
    obs = _obligations(documents[form])
    rows = {who: (what, date, partners) for who, what, date, partners in obs}
    assert rows["Trung tâm Y tế các huyện"][0] == "Tổ chức chiến dịch tiêm vắc xin sởi"
    assert rows["Trung tâm Y tế các huyện"][1] == "2026-06-30"
    assert "Phòng Y tế" in (rows["Trung tâm Y tế các huyện"][2] or "")
    assert any(who == "Trung tâm Kiểm soát bệnh tật tỉnh" and what == "Báo cáo kết quả tiêm chủng"
               for who, what, _, _ in obs)
    # the lead-in is no obligation, and no obligation holds the table's header or rows as its text
    assert not any(who == "các đơn vị" for who, _, _, _ in obs), obs
    assert not any("Đơn vị chủ trì" in what or "như bảng sau" in what or "như sau" in what for _, what, _, _ in obs), obs


@pytest.mark.parametrize("form", ["docx0", "docx1", "pdf0"])
def test_paragraph_after_table_is_its_own_deadline(documents, form):
    obs = _obligations(documents[form])
    assert not [o for o in obs if o[0] and o[0].casefold() == "sở y tế"], obs  # the issuer's "sẽ …": a statement
    assert not any(date == "2026-12-20" for _, _, date, _ in obs), obs  # … whose date no table row takes
    # its deadline belongs to the issuer, not to a row of the table
    dl = [d for d in documents[form].extraction.deadlines if d.date == "2026-12-20"]
    assert dl and all((d.who or "").casefold() == "sở y tế" for d in dl), dl


@pytest.mark.parametrize("form", ["docx0", "pdf0"])
def test_one_row_table_after_signature_kept(documents, form):
    obs = _obligations(documents[form])
    assert ("Trạm Y tế các xã", "Rà soát số đối tượng tiêm", "2026-05-10") in [o[:3] for o in obs], obs
    dl = [d for d in documents[form].extraction.deadlines if d.date == "2026-05-10"]
    assert dl and all(d.who == "Trạm Y tế các xã" for d in dl), dl
