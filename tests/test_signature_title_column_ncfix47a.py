"""(ncfix47a, issue #9) The signer's own title printed in the signature column above the "Nơi nhận:" row.

Kind: a head who signs in his own title, with no level ("BỘ TRƯỞNG", "THỦ TƯỚNG", "GIÁM ĐỐC", "CHỦ TỊCH"), laid out
without a table row of its own — a text PDF or a scan, where the two-column region opens at the first row that holds
both columns ("Nơi nhận:" | the name) and the title is a line alone above it, right of the page's middle. The text PDF
prints it right under the body's last line, the scan with a blank line each side. Material: the signature blocks of
9476/BNNMT-CNTY, 226/CĐ-TTg and 1594/QĐ-TTPVHCC (../shared/realdocs/docs), their x positions those of a PDF made by
LibreOffice from a Word table (the session-47 newcomer's 9476 PDF, copied into tests/fixtures/ncfix47a).
"""

from pathlib import Path

from signature_rows import read_rows
from vanban.models import LineGeometry, Limits, Page

FIX = Path(__file__).parent / "fixtures" / "ncfix47a"

BODY = LineGeometry(x0=0.102, x1=0.94)
RIGHT = LineGeometry(x0=0.62, x1=0.76)
BLANK = LineGeometry()


def _read(rows):
    return read_rows(rows, "pdf-text")


def _left(table=2):
    return LineGeometry(x0=0.105, x1=0.42, table=table, row=0, col=0, column=0)


def _name(table=2):
    return LineGeometry(x0=0.617, x1=0.76, table=table, row=0, col=1, column=1)


def test_minister_title_under_the_body_text_pdf():
    """9476/BNNMT-CNTY as a text PDF: "BỘ TRƯỞNG" right under "… môi trường./.", the name beside the list."""
    sig, items = _read([
        ("quan tâm, đồng hành của Đoàn đại biểu Quốc hội và cử tri tỉnh Hà Tĩnh trong lĩnh vực nông", BODY),
        ("nghiệp và môi trường./.", LineGeometry(x0=0.102, x1=0.308)),
        ("BỘ TRƯỞNG", RIGHT),
        ("Nơi nhận:", _left()),
        ("- Như trên;", _left()),
        ("- Văn phòng Chính phủ;", _left()),
        ("- Trưởng đoàn ĐBQH tỉnh Hà Tĩnh;", _left()),
        ("Đinh Văn Phúc", _name()),
        ("- Văn phòng ĐBQH tỉnh Hà Tĩnh;", LineGeometry(x0=0.105, x1=0.404)),
        ("- Lưu: VT, CNTY.", LineGeometry(x0=0.105, x1=0.27)),
    ])
    assert sig.title == "BỘ TRƯỞNG"
    assert sig.name == "Đinh Văn Phúc"
    assert sig.levels == ()
    assert items[0] == "- Như trên;" and items[-1] == "- Lưu: VT, CNTY."
    assert not any("Phúc" in i for i in items)


def test_prime_minister_title_between_blank_lines_scan():
    """226/CĐ-TTg scanned: "THỦ TƯỚNG" with a blank line above and below, then the region."""
    sig, items = _read([
        ("dõi, đôn đốc thực hiện Công điện này, báo cáo cấp có thẩm quyền những vấn đề vượt", BODY),
        ("thẩm quyền./.", LineGeometry(x0=0.102, x1=0.22)),
        ("", BLANK),
        ("THỦ TƯỚNG", LineGeometry(x0=0.63, x1=0.75)),
        ("", BLANK),
        ("Nơi nhận:", _left()),
        ("- Như trên;", _left()),
        ("Phan Văn Nam", _name()),
        ("- Thủ tướng, các Phó Thủ tướng CP;", _left()),
        ("- Lưu: VT, KTTH (2)", _left()),
    ])
    assert (sig.title, sig.name) == ("THỦ TƯỚNG", "Phan Văn Nam")
    assert items[-1] == "- Lưu: VT, KTTH (2)"


def test_director_title_bold_line():
    """1594/QĐ-TTPVHCC: "GIÁM ĐỐC" (a Trung tâm's director) above the region, no blank line."""
    sig, _ = _read([
        ("các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", BODY),
        ("GIÁM ĐỐC", LineGeometry(x0=0.64, x1=0.74, bold=True)),
        ("Nơi nhận:", _left()),
        ("- Như Điều 4;", _left()),
        ("Vũ Văn Duy", _name()),
        ("- Lưu: VT, Sở DTTG, TTPVHCC.", _left()),
    ])
    assert (sig.title, sig.name) == ("GIÁM ĐỐC", "Vũ Văn Duy")


def test_capitals_in_the_left_column_stay_body():
    """A heading in capitals left of the middle above the label is the body's, never the signer's title."""
    sig, _ = _read([
        ("các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", BODY),
        ("CHỦ TỊCH", LineGeometry(x0=0.105, x1=0.2)),
        ("Nơi nhận:", _left()),
        ("- Như Điều 4;", _left()),
        ("Vũ Văn Duy", _name()),
        ("- Lưu: VT.", _left()),
    ])
    assert sig.title is None


def test_real_text_pdf_signer():
    """The newcomer's text PDF of 9476/BNNMT-CNTY read end to end (pdfplumber words → structure → extraction)."""
    from vanban.conveyor import extract_document
    from vanban.ingest import load

    source = load(FIX / "9476-BNNMT-CNTY.pdf", Limits())
    pages = tuple(Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in source.pages)
    ex = extract_document(source, pages).extraction
    assert ex.metadata.signer_title == "BỘ TRƯỞNG"
    assert ex.metadata.signer_name == "Đinh Văn Phúc"
