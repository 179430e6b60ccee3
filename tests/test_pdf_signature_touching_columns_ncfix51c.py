"""Issue 9: a Nơi nhận line that fills its cell nearly touches a flush-left signer column.

37951/CHQ-GSQL (../shared/realdocs/docs/37951-CHQ-GSQL.md), made a text PDF with LibreOffice by the
session-51 newcomer: the signature table's left cell is narrow, its last list line "- Lưu: VT, GSQL
(03b)." ends 7 pt before the signer column's edge, where the signer's name starts on the same printed
row. Read as one line "- Lưu: VT, GSQL (03b). Lương Văn Tài", the row ended the Nơi nhận | signer
region: the signer's title was read as a recipient and the name was lost. Read by hand from the
document: TL. CỤC TRƯỞNG / TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ / Lương Văn Tài; Nơi nhận: Như trên,
PCT Hoàng Văn Đạt, Lưu: VT, GSQL (03b).
"""

from __future__ import annotations

from fixtures.columns import word_row as _row

from vanban.ingest.layout import Word, words_to_lines


def _signature(last: tuple[float, str], name_x: float, name: str) -> list[Word]:
    """A body line, then the signature table: the list at x 58, the signer column flush left at x 184."""
    rows = [
        _row(660, (58, "Cục Hải quan trả lời để Công ty biết./.")),
        _row(691, (58, "Nơi nhận:"), (184, "TL.")),
        _row(705, (58, "- Như trên;"), (184, "CỤC TRƯỞNG")),
        _row(719, (58, "- PCT Hoàng Văn Đạt;"), (184, "TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ")),
        _row(733, last, (name_x, name)),
    ]
    return [w for r in rows for w in r]


def _lines(words: list[Word]):
    lines, _ = words_to_lines(words, 595)
    return lines


def test_a_list_line_touching_the_signer_column_parts_at_its_edge() -> None:
    # "- Lưu: VT, GSQL, P1 (03b)." written at 5 pt a letter ends at x 178; the name starts at x 184
    lines = _lines(_signature((58, "- Lưu: VT, GSQL, P1 (03b)."), 184, "Lương Văn Tài"))
    texts = [t for t, _ in lines]
    assert "- Lưu: VT, GSQL, P1 (03b)." in texts and "Lương Văn Tài" in texts
    cols = {t: g.column for t, g in lines}
    assert cols["- Lưu: VT, GSQL, P1 (03b)."] == 0 and cols["Lương Văn Tài"] == 1
    assert texts.index("- Lưu: VT, GSQL, P1 (03b).") < texts.index("TL.") < texts.index(
        "TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ") < texts.index("Lương Văn Tài")


def test_a_body_line_after_the_signature_stays_whole() -> None:
    # a justified line (even gaps) below the region that happens to have a word at the column's edge
    words = _signature((58, "- Lưu: VT."), 184, "Lương Văn Tài") + _row(
        747, (58, "Ghi chú: các đơn vị gửi báo cáo về Cục trước ngày 30/12/2025."))
    texts = [t for t, _ in _lines(words)]
    assert "Ghi chú: các đơn vị gửi báo cáo về Cục trước ngày 30/12/2025." in texts


def test_text_layer_pdf_keeps_the_signer_and_the_list() -> None:
    from pathlib import Path

    from vanban.conveyor import process_file

    pdf = Path(__file__).resolve().parent / "fixtures/newcomer_pdfs/37951-CHQ-GSQL_text.pdf"
    m = process_file(pdf, jobs=1).extraction.metadata
    assert (m.signer_title, m.signer_name) == ("TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ", "Lương Văn Tài")
    assert m.signer_authority.startswith("TL.")
    listed = " ".join(m.recipients)
    assert "PCT Hoàng Văn Đạt" in listed and "Lưu: VT, GSQL (03b)" in listed
    assert "TRƯỞNG BAN" not in listed
