"""The structure stage on real layouts: the cases of ../shared/cases (11, 12, 17, 19, 20),
published Markdown documents of realdocs, and pages with hand-built LineGeometry laid out
as the DOCX reader lays out tables (cell after cell, never zipped row by row).

Expected values come from the cases' expected.txt and the realdocs sidecars / hand
labels, not from vanban's own output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ingest import load
from vanban.models import LineGeometry, Page
from vanban.structure import build_structure, outline, structure_of_text

CASES = Path(__file__).parent / "fixtures" / "cases"
REAL = Path(__file__).parent / "fixtures" / "realdocs"


def _text(rel: str) -> str:
    return (CASES / rel).read_text(encoding="utf-8")


def _pages_of(path: Path) -> tuple[Page, ...]:
    src = load(path)
    return tuple(Page(number=p.number, method=p.method, raw_text=p.text or "", text=p.text or "",
                      lines=p.lines) for p in src.pages)


def _extract_pages(pages):
    return extract("\f".join(p.text for p in pages), structure=build_structure(pages))


# --- case 11: Party Công văn, legacy two-column header ------------------------------

def test_case11_party_cv_header():
    ext = extract(_text("11-party-cv-header-citations/input.txt"))
    m = ext.metadata
    assert (m.number, m.type, m.place, m.date) == ("2449-CV/ĐU", "Công văn", "Lào Cai", "2026-09-07")
    assert (m.issuer, m.parent_issuer) == ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG BỘ TỈNH LÀO CAI")
    assert m.title == ("về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 "
                       "của Tỉnh ủy Lào Cai")
    assert list(m.recipients[:3]) == [
        "Ủy ban nhân dân tỉnh",
        "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh",
        "Các chi bộ, đảng bộ cơ sở"]
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Quang Vinh")
    assert not any("Vinh" in r for r in m.recipients)
    whos = [o.who for o in ext.obligations]
    assert whos == ["Ủy ban nhân dân tỉnh", "Các chi bộ, đảng bộ cơ sở"]


# --- case 12: multi-word type ----------------------------------------------------------

def test_case12_multiword_type():
    m = extract(_text("12-ctr-type-and-rate-targets/input.txt")).metadata
    assert (m.number, m.type, m.date, m.issuer) == ("104-CTr/TU", "Chương trình hành động", "2026-08-30",
                                                    "TỈNH UỶ LÀO CAI")
    assert m.title == ("thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV "
                       "về bảo vệ môi trường")


# --- case 17: number and day left blank for the clerk --------------------------------

def test_case17_blank_number_docx():
    ext = _extract_pages(_pages_of(CASES / "17-docx-blank-number" / "input.docx"))
    m = ext.metadata
    assert m.number is None or m.number == "/KH-SCT"
    assert m.type == "Kế hoạch"
    assert (m.issuer, m.parent_issuer, m.place) == ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI", "Lào Cai")
    assert m.date == "2026-04"  # the day blank: the parts printed
    assert m.title == ("Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp "
                       "trên địa bàn tỉnh Lào Cai")
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An")
    assert list(m.recipients) == ["Ban Giám đốc Sở", "Lưu: VT, QLCN"]
    assert {c.number for c in ext.citations} >= {"181/2024/NĐ-CP", "1883/QĐ-UBND"}


def test_blank_number_and_day_in_text():
    text = ("UBND TỈNH LÀO CAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ CÔNG THƯƠNG           Độc lập - Tự do - Hạnh phúc\n"
            "Số:      /KH-SCT         Lào Cai, ngày     tháng 4 năm 2026\n\nKẾ HOẠCH\nKiểm tra an toàn\n\n"
            "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;\n")
    m = extract(text).metadata
    assert m.number is None and m.date == "2026-04" and m.place == "Lào Cai"  # the month and year printed
    assert (m.issuer, m.parent_issuer) == ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI")


# --- case 19: task lists after the signature -------------------------------------------

def test_case19_appendix_as_sentences():
    ext = extract(_text("19-appendix-task-table/input_appendix_as_sentences.txt"))
    m = ext.metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Minh Đức")
    assert not any("Phạm Minh Đức" in r for r in m.recipients)
    got = {o.who: o.deadline for o in ext.obligations}
    assert set(got) == {"Các Sở, ngành, địa phương", "Các Sở, ban, ngành", "Công an tỉnh"}
    assert got["Các Sở, ngành, địa phương"].date == "2026-12-10"
    assert (got["Công an tỉnh"].earliest, got["Công an tỉnh"].latest) == ("2026-04-01", "2026-06-30")
    # the deadlines list names the same bodies (a newcomer saw "Các Sở, ban, ngành tổ chức")
    assert {d.who for d in ext.deadlines} == set(got)


def test_case19_stored_has_one_row_per_deadline_phrase(tmp_path):
    """Found by a newcomer: the archive stored the Quý II/2026 deadline twice (the obligation's
    copy read its who as "Các Sở, ban, ngành tổ chức"): han_sap_toi and the .ics listed it twice."""
    import sqlite3

    from vanban.conveyor import ingest

    db = tmp_path / "a.db"
    src = Path(__file__).parent / "fixtures" / "cases" / "19-appendix-task-table" / "input_appendix_as_sentences.txt"
    ingest([src], db, jobs=1, progress=False)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select who, text from deadlines order by id").fetchall()
        links = dict(conn.execute("select o.who, d.who from obligations o join deadlines d on d.id = o.deadline_id"))
    assert [w for w, _ in rows] == ["Các Sở, ngành, địa phương", "Các Sở, ban, ngành", "Công an tỉnh"]
    assert links == {w: w for w, _ in rows}


def test_case19_pdftotext_layout_table():
    ext = extract(_text("19-appendix-task-table/input_pdftotext_layout.txt"))
    got = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert got == [("Các cấp ủy, tổ chức đảng", "2026-10-15"), ("Đảng ủy Ủy ban nhân dân tỉnh", "2026-12-31")]
    table = next(t for t in ext.structure.tables if t.header)
    assert "Thời hạn thực hiện" in table.header


def test_case19_docx_task_table():
    ext = _extract_pages(_pages_of(CASES / "19-appendix-task-table" / "input.docx"))
    assert ext.metadata.signer_title == "PHÓ CHỦ TỊCH"
    assert not any("Phạm Minh Đức" in r for r in ext.metadata.recipients)
    got = {o.who: o.deadline for o in ext.obligations}
    assert set(got) == {"Các Sở, ngành, địa phương", "Các Sở, ban, ngành; UBND các xã, phường",
                        "Sở Nông nghiệp và Môi trường", "Công an tỉnh"}
    assert got["Sở Nông nghiệp và Môi trường"].date == "2030-01-01"
    assert got["Công an tỉnh"].latest == "2026-06-30"
    assert got["Các Sở, ngành, địa phương"].date == "2026-12-10"


# --- case 20: three-level signatures ---------------------------------------------------

def test_case20_nq03():
    m = extract(_text("20-three-level-signature/input_nq03.txt")).metadata
    # case 20's expected values: the authority alone, so a filter on "TM. CHÍNH PHỦ" finds it
    assert (m.signer_authority, m.signer_delegation) == ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG")
    assert (m.signer_title, m.signer_name) == ("PHÓ THỦ TƯỚNG", "Vũ Đức Hải")


def _signed(block):
    """Case 20's body signed with ``block`` above a blank line and the signer's name."""
    return extract(_text("20-three-level-signature/body.txt").rstrip("\n") + "\n\n" + block + "\n\nLê Văn Khánh\n").metadata


@pytest.mark.parametrize("block, authority, title", [
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ / K/T BÍ THƯ", "PHÓ BÍ THƯ"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
])
def test_case20_signature_levels(block, authority, title):
    m = _signed(block)
    assert (m.signer_levels, m.signer_title, m.signer_name) == (authority, title, "Lê Văn Khánh")
    assert m.signer_authority == authority.split(" / ")[0]
    assert not any("Khánh" in r for r in m.recipients)


# Thừa lệnh / thừa ủy quyền are their own kinds (Nghị định 30/2020, Phụ lục I; Party: Hướng dẫn 36-HD/VPTW):
# a chánh văn phòng signs "TL. GIÁM ĐỐC", never "KT." (ký thay is the deputy's); the body stays as printed
@pytest.mark.parametrize("block, levels", [
    ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "TL. GIÁM ĐỐC"),
    ("TUQ. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "TUQ. GIÁM ĐỐC"),
    ("T/L BÍ THƯ\nCHÁNH VĂN PHÒNG", "T/L BÍ THƯ"),
    ("TL. TRƯỞNG BAN\nCHÁNH VĂN PHÒNG", "TL. TRƯỞNG BAN"),
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN", "TM. BAN CHỈ ĐẠO"),
    ("T/M BAN THƯỜNG VỤ\nT/L BÍ THƯ\nCHÁNH VĂN PHÒNG", "T/M BAN THƯỜNG VỤ / T/L BÍ THƯ"),
])
def test_case20_signature_level_kind_kept(block, levels):
    m = _signed(block)
    assert (m.signer_levels, m.signer_name) == (levels, "Lê Văn Khánh")
    assert m.signer_authority == levels.split(" / ")[0]


# a lone delegation level is the block's only level: the authority holds it as the labels do; the delegation
# field is the KT./TL./TUQ. level under a TM. authority, so it stays empty (two newcomers read both fields
# holding "KT. GIÁM ĐỐC" as a duplicate)
@pytest.mark.parametrize("block, level", [
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "KT. BỘ TRƯỞNG"),
    ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "TL. GIÁM ĐỐC"),
    ("K/T BÍ THƯ\nPHÓ BÍ THƯ", "K/T BÍ THƯ"),
])
def test_case20_lone_delegation_level(block, level):
    m = _signed(block)
    assert (m.signer_authority, m.signer_delegation, m.signer_levels) == (level, None, level)


def test_case20_lone_authority_level_is_no_delegation():
    m = _signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
    assert (m.signer_authority, m.signer_delegation) == ("TM. ỦY BAN NHÂN DÂN", None)


# --- tables laid out by a geometry reader (DOCX-like), built by hand -------------------

def _page(cells_and_lines):
    """A page from (text, LineGeometry) pairs."""
    text = "\n".join(t for t, _ in cells_and_lines)
    return Page(number=1, method="docx", raw_text=text, text=text, lines=tuple(g for _, g in cells_and_lines))


def _cell(t, r, c, *texts, bold=False):
    return [(x, LineGeometry(table=t, row=r, col=c, bold=bold)) for x in texts]


def test_geometry_header_signature_and_task_tables():
    free = LineGeometry()
    rows = []
    rows += _cell(0, 0, 0, "UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", bold=True)
    rows += _cell(0, 0, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    rows += _cell(0, 1, 0, "Số: 25/SCT-KT", "V/v triển khai kiểm tra an toàn")
    rows += _cell(0, 1, 1, "Lào Cai, ngày 12 tháng 3 năm 2026")
    rows += [("", free), ("Kính gửi: Ủy ban nhân dân các xã, phường.", free), ("", free),
             ("Thực hiện Kế hoạch số 10/KH-UBND ngày 02/01/2026 của UBND tỉnh, Sở Công Thương đề nghị:", free),
             ("", free)]
    rows += _cell(1, 0, 0, "Nội dung", bold=True)
    rows += _cell(1, 0, 1, "Đơn vị chủ trì", bold=True)
    rows += _cell(1, 0, 2, "Đơn vị phối hợp", bold=True)
    rows += _cell(1, 0, 3, "Thời gian hoàn thành", bold=True)
    rows += _cell(1, 1, 0, "Rà soát các kho vật liệu nổ")
    rows += _cell(1, 1, 1, "UBND các xã, phường")
    rows += _cell(1, 1, 2, "Công an tỉnh")
    rows += _cell(1, 1, 3, "Trước ngày 30/4/2026")
    rows += _cell(1, 2, 0, "Tổng hợp kết quả kiểm tra")
    rows += _cell(1, 2, 1, "Phòng Kỹ thuật an toàn")
    rows += _cell(1, 2, 2, "")
    rows += _cell(1, 2, 3, "Trước ngày 15/5/2026")
    rows += [("", free)]
    rows += _cell(2, 0, 0, "Nơi nhận:", "- Như trên;", "- Lưu: VT, KT.")
    rows += _cell(2, 0, 1, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Hoa")
    ext = _extract_pages((_page(rows),))
    m, st = ext.metadata, ext.structure
    assert (m.issuer, m.parent_issuer, m.number, m.date) == ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI", "25/SCT-KT",
                                                             "2026-03-12")
    assert (m.type, m.title) == ("Công văn", "triển khai kiểm tra an toàn")  # the V/v cell, not the date beside it
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hoa")
    assert list(m.recipients) == ["Ủy ban nhân dân các xã, phường", "Lưu: VT, KT"]
    roles = [t.role for t in st.tables]
    assert roles == ["header", "data", "signature"]
    task = st.tables[1]
    assert task.header == ("Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
    got = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert ("UBND các xã, phường", "2026-04-30") in got and ("Phòng Kỹ thuật an toàn", "2026-05-15") in got
    assert not any(o.who == "Công an tỉnh" for o in ext.obligations)  # a "phối hợp" unit is not assigned


# --- realdocs Markdown: ingest accepts .md, tables become geometry ----------------------

@pytest.mark.parametrize("stem", ["221-KL-TW", "223-CD-TTg"])
def test_realdocs_markdown(stem):
    side = json.loads((REAL / f"{stem}.json").read_text(encoding="utf-8"))
    gold = json.loads((REAL / f"{stem}.labels.json").read_text(encoding="utf-8"))
    pages = _pages_of(REAL / f"{stem}.md")
    assert pages[0].method == "md" and "**" not in pages[0].text
    assert any(g.table == 0 and g.col == 1 for g in pages[0].lines)
    ext = _extract_pages(pages)
    m = ext.metadata
    assert (m.number, m.type, m.date) == (side["number"], side["type"], side["date"])
    if side["metadata_from"] == "header":
        assert ext.structure.header.printed_issuer == side["issuer"]
    else:  # the site's name for the body (see bench/structure.py)
        assert side["issuer"].casefold() in (ext.structure.header.printed_issuer or "").casefold()
    assert (m.signer_levels, m.signer_title, m.signer_name) == (
        gold["signer_authority"], gold["signer_title"], gold["signer_name"])
    assert (m.issuer or "").casefold() == gold["issuer"].casefold()
    assert "CỘNG HÒA" not in (m.issuer or "") and "ĐẢNG CỘNG SẢN" not in (m.issuer or "")


def test_party_central_body_named_as_itself():
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 45-HD/BTCTW\n\n"
            "Hà Nội, ngày 21 tháng 11 năm 2025\n\nHƯỚNG DẪN\nMột số nội dung Quy định số 377-QĐ/TW\n\n")
    h = structure_of_text(text).header
    assert (h.issuer, h.parent_issuer) == ("BAN TỔ CHỨC TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG")
    assert h.printed_issuer == "BAN CHẤP HÀNH TRUNG ƯƠNG – BAN TỔ CHỨC"


@pytest.mark.parametrize("cell, issuer, parent", [
    ("VĂN\nPHÒNG CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", None),  # 11298/VPCP-KTTH as published
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSỞ\nTÀI CHÍNH", "SỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),
])
def test_an_issuer_cell_wrapped_after_one_word_is_one_body(cell, issuer, parent):
    text = (f"{cell}\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 11298/VPCP-KTTH\nV/v: động lực tăng trưởng kinh tế\n\nHà Nội, ngày 17 tháng 11 năm 2025\n\n"
            "Kính gửi: Các Bộ, cơ quan ngang Bộ\n\nCác Bộ nghiên cứu các nội dung nêu trên.\n")
    h = structure_of_text(text).header
    assert (h.issuer, h.parent_issuer) == (issuer, parent)


def test_body_tree_headings_and_obligations():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 1/KH-UBND\n\nNghệ An, ngày 2 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Bảo vệ bí mật nhà nước\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Giảm tối đa số vụ lộ bí mật mới:\n"
            "- Tuyên truyền, phổ biến pháp luật.\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n2. Sở Khoa học và Công nghệ\n"
            "a) Tham mưu giải pháp hoàn thiện hạ tầng;\nb) Nghiên cứu, xây dựng quy chuẩn kỹ thuật.\n\n"
            "3. Giao Công an tỉnh chủ trì tham mưu kiện toàn Ban Chỉ đạo, hoàn thành trước ngày 30/6/2026.\n"
            "Văn phòng sẽ theo dõi.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
            "Trần Văn Bình\n")
    ext = extract(text)
    st = ext.structure
    heads = [(p.label, p.heading) for p in st.body]
    assert heads == [("I.", "MỤC ĐÍCH, YÊU CẦU"), ("II.", "PHÂN CÔNG NHIỆM VỤ")]
    sec2 = st.body[1].children
    assert (sec2[0].label, sec2[0].heading, [c.label for c in sec2[0].children]) == (
        "2.", "Sở Khoa học và Công nghệ", ["a)", "b)"])
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    # "Văn phòng sẽ theo dõi." is a statement about another office, not an assignment
    assert obs == [("Sở Khoa học và Công nghệ", None), ("Công an tỉnh", "2026-06-30")]
    ca = ext.obligations[1]
    assert ca.what.startswith("chủ trì tham mưu") and "30/6/2026" not in ca.what
    out = outline(st)
    assert out["signature"]["name"] == "Trần Văn Bình" and out["body"]["parts"][1]["label"] == "II."
    assert extraction_to_json(ext)["structure"]["type"] == "Kế hoạch"


def test_cli_extract_json_has_structure():
    from click.testing import CliRunner

    from vanban.cli import cli

    res = CliRunner().invoke(cli, ["extract", str(REAL / "221-KL-TW.md"), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    st = out["structure"]
    assert out["number"] == "221-KL/TW" and st["type"] == "Kết luận"
    assert st["signature"]["levels"] == ["T/M BỘ CHÍNH TRỊ"]
    kinds = {p["kind"] for p in st["header"]["parts"]}
    assert {"issuer", "motto", "number", "place_date"} <= kinds
    first = st["body"]["parts"][0]
    assert first["start"] < first["end"] and isinstance(first["start"], int)


def test_word_numbering_labels_from_geometry():
    """A DOCX list paragraph whose number Word generates: the label comes from LineGeometry."""
    free = LineGeometry()
    rows = [("ỦY BAN NHÂN DÂN TỈNH X", free), ("", free), ("Số: 5/KH-UBND", free), ("", free), ("KẾ HOẠCH", free),
            ("Phòng chống thiên tai", free), ("", free), ("TỔ CHỨC THỰC HIỆN", LineGeometry(level=0, label="II.")),
            ("Sở Nông nghiệp và Môi trường", LineGeometry(level=1, label="1.", bold=True)),
            ("Chủ trì rà soát các hồ đập, hoàn thành trước ngày 15/5/2026.", LineGeometry(level=2, label="a)")),
            ("Tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", LineGeometry(level=2, label="b)")),
            ("", free), ("Nơi nhận:", free), ("- Lưu: VT.", free), ("", free), ("CHỦ TỊCH", free), ("", free),
            ("Trần Văn Nam", free)]
    ext = _extract_pages((_page(rows),))
    top = ext.structure.body[0]
    assert (top.label, top.heading) == ("II.", "TỔ CHỨC THỰC HIỆN")
    item = top.children[0]
    assert (item.label, item.heading, [c.label for c in item.children]) == ("1.", "Sở Nông nghiệp và Môi trường",
                                                                             ["a)", "b)"])
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert obs == [("Sở Nông nghiệp và Môi trường", "2026-05-15")]
    assert ext.metadata.signer_name == "Trần Văn Nam"


def test_issuer_speaking_of_its_own_future_is_no_obligation():
    """"2. Sở sẽ tổng hợp, báo cáo UBND tỉnh …" in the Sở's own letter states what the issuer will do; the labelled sets
    count no obligation for it (a16-10, a17-04, a17-10, t17-05, t18-03, t18-04: "future statements" are none)."""
    text = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố: 12/SCT-QLTM\n\nV/v báo cáo tình hình thị trường\n\n"
            "Lào Cai, ngày 5 tháng 5 năm 2026\n\nKính gửi: Ủy ban nhân dân các xã, phường.\n\n"
            "Thực hiện chỉ đạo của UBND tỉnh, Sở Công Thương đề nghị:\n\n"
            "1. Ủy ban nhân dân các xã, phường rà soát tình hình thị trường, gửi báo cáo về Sở trước ngày 10/5/2026.\n\n"
            "2. Sở sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 15/5/2026.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Tú\n")
    ext = extract(text)
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert obs == [("Ủy ban nhân dân các xã, phường", "2026-05-10")]
    m = ext.metadata
    assert (m.type, m.title, m.issuer, m.parent_issuer) == ("Công văn", "báo cáo tình hình thị trường",
                                                            "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI")
    assert list(m.recipients) == ["Ủy ban nhân dân các xã, phường", "Lưu: VT"]


# --- real readers → structure → metadata -------------------------------------------

def test_case17_libreoffice_pdf_header_with_clerk_blanks():
    """The PDF export of case 17: "Số:      /KH-SCT" and "ngày      tháng 4 năm" leave gaps in
    the header rows (not the cells of an unruled table), and the flush-left KẾ HOẠCH with no
    blank paragraph above is read into the left column by the layout; the header still parts."""
    ext = _extract_pages(_pages_of(CASES / "17-docx-blank-number" / "input.libreoffice.pdf"))
    m = ext.metadata
    assert m.number is None or m.number == "/KH-SCT"
    assert (m.type, m.issuer, m.parent_issuer, m.place) == ("Kế hoạch", "SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI",
                                                            "Lào Cai")
    assert m.date == "2026-04"
    assert m.title == ("Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp "
                       "trên địa bàn tỉnh Lào Cai")
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An")
    # the body never swallows the verb (issue 10, "Obligation texts")
    assert [(o.who, o.what) for o in ext.obligations] == [("Phòng Quản lý Công nghiệp", "chuẩn bị hồ sơ, tài liệu kiểm tra")]


def test_legacy_doc_centred_title_then_body_paragraphs():
    """samples/27 (.doc via LibreOffice): the trích yếu is a centred paragraph and the body
    starts in the next, justified paragraph with no blank line between: the title ends there
    and the Đề nghị / Giao items are the obligations."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "27-TB-DU_ket_luan_thuong_truc_legacy_fonts.doc"
    ext = _extract_pages(_pages_of(sample))
    m = ext.metadata
    assert (m.number, m.type, m.issuer, m.parent_issuer) == ("27-TB/ĐU", "Thông báo", "ĐẢNG ỦY XÃ NAM ĐÀN",
                                                             "ĐẢNG BỘ TỈNH NGHỆ AN")
    assert m.title == ("kết luận của Thường trực Đảng ủy xã tại buổi làm việc với Đảng ủy Ủy ban nhân dân xã "
                       "về tiến độ giải ngân vốn đầu tư công năm 2025")
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert obs == [("Đảng ủy Ủy ban nhân dân xã", "2025-12-15"), ("Ủy ban Kiểm tra Đảng ủy xã", None)] or \
        [w for w, _ in obs] == ["Đảng ủy Ủy ban nhân dân xã", "Ủy ban Kiểm tra Đảng ủy xã"]


# --- obligations by kind (wordings of real Chỉ thị, Thông báo, Hướng dẫn) -------------------

_HEAD = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 09/CT-UBND\n\nCần Thơ, ngày 18 tháng 11 năm 2025\n\n"
         "CHỈ THỊ\nVề tăng cường quản lý tài nguyên nước dưới đất\n\n")
_SIGN = "\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Cảnh\n"


def _whos(body: str) -> list[str]:
    return [o.who for o in extract(_HEAD + body + _SIGN).obligations]


def test_bare_number_label_opens_its_item():
    """"1." alone on its line (a web page or DOCX export), its text on the next line."""
    body = ("Để bảo vệ nguồn nước dưới đất, cần thực hiện các nhiệm vụ trọng tâm sau:\n\n1.\n"
            "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm chấp hành nghiêm\n"
            "quy định của Luật Tài nguyên nước.\n\n2.\nKết hợp khai thác nước mặt với nước dưới đất.\n\n"
            "3. Sở Xây dựng\n\na) Chủ trì hướng dẫn phương án cấp nước dự phòng.\n")
    st = structure_of_text(_HEAD + body + _SIGN)
    assert [p.label for p in st.body][:3] == ["1.", "2.", "3."]
    assert _whos(body) == ["Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan", "Sở Xây dựng"]


def test_giao_items_under_a_body_heading_are_their_own():
    """"d) Giao Ban Quản lý … :" with bullets below and "b) Giao Thanh tra thành phố tổ chức
    thanh tra …" under "8. Giám đốc Sở …": each named body gets its own obligation; the
    body ends at its first verb ("tổ chức thanh tra"), and the document's closing paragraph
    is not the last body's task."""
    body = ("8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành\n\n"
            "a) Phối hợp tuyên truyền, phổ biến pháp luật về tài nguyên nước.\n\n"
            "b) Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành pháp luật về tài nguyên nước.\n\n"
            "c) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng:\n\n"
            "- Rà soát nhu cầu sử dụng nước của doanh nghiệp.\n\n- Vận động doanh nghiệp sử dụng nước mặt.\n\n"
            "9. Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất trên địa bàn có trách nhiệm\n\n"
            "a) Thực hiện các quy định về kê khai, đăng ký, cấp phép.\n\n"
            "b) Hạn chế khoan, đào mới các giếng khai thác nước dưới đất.\n\n"
            "Trên đây là Chỉ thị về tăng cường quản lý tài nguyên nước dưới đất, yêu cầu các cơ quan, "
            "đơn vị nghiêm túc thực hiện Chỉ thị này.")
    ext = extract(_HEAD + body + _SIGN)
    whos = [o.who for o in ext.obligations]
    assert whos == ["Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành", "Thanh tra thành phố",
                    "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
                    "Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất trên địa bàn"]
    assert "Chỉ thị này" not in ext.obligations[-1].what


def test_unit_label_wrapped_over_lines():
    """"*Đơn vị chủ trì tham mưu thực⏎hiện: *Sở Khoa học và Công nghệ." after each task."""
    body = ("II. NHIỆM VỤ\n\n1. Đẩy mạnh chuyển đổi số trong xây dựng pháp luật\n\n"
            "- Tăng cường ứng dụng công nghệ số trong xây dựng pháp luật.\n\n"
            "Đơn vị chủ trì tham mưu thực\nhiện: Sở Khoa học và Công nghệ.\n\n"
            "Thời gian thực hiện: Thường\nxuyên.\n\n"
            "- Ra mắt trợ lý pháp luật hỗ trợ cán bộ, công chức.\n\n"
            "Đơn vị chủ trì tham mưu thực\nhiện: Sở Tư pháp.\n\nThời gian thực hiện: Năm 2026.\n")
    assert _whos(body) == ["Sở Khoa học và Công nghệ", "Sở Tư pháp"]


def test_intro_body_and_a_body_named_inside_its_items():
    """"1. Các đồng chí Bộ trưởng … đề cao trách nhiệm, trực tiếp chỉ đạo … nội dung sau:" with
    bullets: one obligation for the intro's body; "Trên cơ sở đó, Bộ Tư pháp tổng hợp …"
    inside a bullet is Bộ Tư pháp's own; "Yêu cầu các cấp ủy … nghiêm túc triển khai kịp
    thời các kết luận …" assigns (not a closing formula)."""
    body = ("1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ theo chức năng, nhiệm vụ đề cao trách "
            "nhiệm, trực tiếp chỉ đạo thực hiện các nhiệm vụ sau:\n"
            "- Tập trung rà soát các nhiệm vụ được giao.\n"
            "- Khẩn trương hoàn thiện các báo cáo, gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025. Trên cơ sở "
            "đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.\n"
            "2. Yêu cầu các cấp ủy, tổ chức đảng, các cơ quan, đơn vị, địa phương nghiêm túc triển khai kịp thời, "
            "hiệu quả các kết luận của Bộ Chính trị về sắp xếp tổ chức bộ máy.\n")
    assert _whos(body) == ["Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", "Bộ Tư pháp",
                           "các cấp ủy, tổ chức đảng, các cơ quan, đơn vị, địa phương"]


def test_examples_and_verb_first_clauses_assign_nothing():
    """A Hướng dẫn's "Ví dụ:" paragraphs illustrate; "1.1. Chịu trách nhiệm trước Bộ Chính trị …"
    opens with its verb (the body after "trước" is not its actor)."""
    body = ("1. Các cấp ủy, tổ chức đảng thực hiện đầy đủ trách nhiệm theo Quy định 377; lưu ý:\n\n"
            "1.1. Chịu trách nhiệm trước\nBộ Chính trị, Ban Bí thư về các nội dung, quyết định của mình trong "
            "công tác cán bộ.\n\n1.2. Quy hoạch chức danh cao hơn.\n\n- Chỉ quy hoạch chức danh cao hơn.\n\n"
            "Ví dụ 2:\n\nĐồng chí Nguyễn Văn C, Ủy viên Trung ương Đảng, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương "
            "khi cần chỉ định tham gia Ban Thường vụ thì không cần phải có quy hoạch.\n\n"
            "Đồng chí Nguyễn Văn Y hiện là Vụ trưởng, nếu đáp ứng tiêu chuẩn, thì có thể xem xét quy hoạch.\n")
    whos = _whos(body)
    assert not any("Bộ Chính trị" in w or "Nguyễn Văn" in w for w in whos), whos


def test_cong_dien_intro_and_request_in_mid_sentence():
    """A Công điện: "…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, …, Chủ tịch UBND các tỉnh …
    thực hiện một số nhiệm vụ sau:" above the items (no Căn cứ lines) names the bodies of the
    items without their own; "3. Đây là nhiệm vụ cấp bách, Thủ tướng Chính phủ đề nghị các
    đồng chí Bộ trưởng, … thực hiện …" asks in mid-sentence; "a) Yêu cầu và đôn đốc các doanh
    nghiệp …" under "Bộ Tài chính chủ trì …:" is a task of Bộ Tài chính, not a request to them."""
    head = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 229/CĐ-TTg\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
            "Về khắc phục hậu quả mưa lũ\n\n"
            "Để hoàn thành các mục tiêu năm 2025, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan "
            "ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực "
            "thuộc Trung ương thực hiện một số nhiệm vụ trọng tâm sau:\n")
    body = ("1. Khẩn trương thực hiện quyết liệt các nhiệm vụ khắc phục hậu quả mưa lũ.\n"
            "2. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:\n"
            "a) Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm khẩn trương chi trả bồi thường.\n"
            "3. Đây là nhiệm vụ rất quan trọng, cấp bách, Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, "
            "Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
            "thành phố trực thuộc Trung ương thực hiện chủ động, sáng tạo.\n"
            "4. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện nghiêm túc Công điện này.\n")
    ext = extract(head + body + "\nNơi nhận:\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n")
    whos = [o.who for o in ext.obligations]
    assert whos == [
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
        "các tỉnh, thành phố trực thuộc Trung ương",
        "Bộ Tài chính",
        "các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy "
        "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Văn phòng Chính phủ"], whos


def test_data_row_read_as_a_table_header_is_no_task_table():
    """A table cut by the reader whose "header" is a data row ("Các cơ quan, bộ, ngành và địa
    phương | 15/10/2025") or whose rows belong to another grid gives no obligations; a real
    header (Nội dung | Đơn vị chủ trì | Thời hạn) does."""
    from vanban.extract.task_table_cells import task_header

    assert not task_header(["cac co quan, bo, nganh va dia phuong", "15/10/2025"], 0)
    assert task_header(["tt", "noi dung", "don vi chu tri", "thoi han hoan thanh"], 2)


def test_thong_bao_assessment_turning_to_tasks_and_wrapped_route_name():
    """A Thông báo kết luận: "I. ĐÁNH GIÁ CHUNG" reports results, then "Để tiếp tục …, thành
    phố cần tập trung thực hiện một số nhiệm vụ, giải pháp sau đây:" with items that assign;
    a route name "… cao tốc Ninh Bình⏎- Hải Phòng …" wrapped at its dash is no list item, and
    "… có ý kiến như sau:⏎Chủ tịch UBND tỉnh … khẩn trương …" starts a new sentence."""
    head = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 641/TB-VPCP\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
            "Kết luận của Phó Thủ tướng tại cuộc họp với thành phố Đà Nẵng\n\n")
    body = ("I. ĐÁNH GIÁ CHUNG\n\nThành phố đã hoàn thành việc sắp xếp bộ máy, kết quả đạt 100%.\n\n"
            "Để tiếp tục vận hành chính quyền địa phương 02 cấp hiệu quả, thành phố cần tập trung thực hiện "
            "một số nhiệm vụ, giải pháp sau đây:\n\n"
            "1. Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành tăng cường bám sát cơ sở.\n\n"
            "II. VỀ DỰ ÁN ĐƯỜNG CAO TỐC\n\n"
            "Xét báo cáo của Ủy ban nhân dân tỉnh về vật liệu phục vụ Dự án tuyến đường bộ cao tốc Ninh Bình\n"
            "- Hải Phòng, đoạn qua Nam Định, Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
            "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương, báo cáo Thủ tướng "
            "Chính phủ trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, "
            "Tuyên Quang đẩy nhanh các thủ tục hỗ trợ tỉnh Hưng Yên.\n")
    ext = extract(head + body + "\nNơi nhận:\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nLê Văn Cảnh\n")
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert obs == [("Ủy ban nhân dân Thành phố", None),
                   ("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", "2025-12-03"),
                   ("Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang", None)], obs


def test_labels_alone_on_their_line():
    """"III." / "2.2." alone on a line with the heading on the next (a web page's layout of a
    Kế hoạch): the section opens there; without it "IV. PHÂN CÔNG NHIỆM VỤ" stays inside
    "II. MỤC TIÊU" and the whole task list is skipped as aims."""
    body = ("II. MỤC TIÊU\n\nHỗ trợ khẩn cấp người dân vùng lũ.\n\nIII.\nPHÂN CÔNG NHIỆM VỤ\n\n1.\nSở Công Thương:\n\n"
            "- Chủ trì điều phối nguồn hàng hỗ trợ.\n\n2.\nSở Y tế:\n\n2.1.\nBố trí các đội y tế lưu động.\n")
    st = structure_of_text(_HEAD + body + _SIGN)
    assert [(p.label, p.heading) for p in st.body] == [("II.", "MỤC TIÊU"), ("III.", "PHÂN CÔNG NHIỆM VỤ")]
    assert [c.label for c in st.body[1].children[1].children] == ["2.1."]
    assert _whos(body) == ["Sở Công Thương", "Sở Y tế"]


def test_things_and_nouns_are_no_bodies():
    """Openings that name things ("+ Các thông số: Độ mặn, pH …", "Các số liệu báo cáo …",
    "Đây không chỉ là …", "Đại diện Lãnh đạo Chi cục …") and "giao thông" read as the cue
    "Giao" give no obligation; "Ban Chỉ đạo …" after a cue is one name."""
    body = ("II. NỘI DUNG\n\n1. Quan trắc môi trường\n\n+ Các thông số: Độ mặn, pH, oxy hòa tan tổ chức theo quy chuẩn.\n\n"
            "Các số liệu báo cáo hướng tới sinh ra từ hệ thống, phục vụ chỉ đạo điều hành.\n\n"
            "Đây không chỉ là nhiệm vụ công nghệ mà còn là chiến lược chuyển đổi tư duy.\n\n"
            "Đại diện Lãnh đạo Chi cục Thủy sản, lãnh đạo UBND xã tham gia đoàn kiểm tra.\n\n"
            "2. Hạ tầng\n\nỨng dụng mô hình thông tin công trình trong các lĩnh vực\n"
            "giao thông, đô thị, nông nghiệp; triển khai bắt buộc đối với dự án mới.\n\n"
            "3. Giao Ban Chỉ đạo chuyển đổi số của tỉnh chỉ đạo, điều phối nguồn lực.\n")
    assert _whos(body) == ["Ban Chỉ đạo chuyển đổi số của tỉnh"]


def test_issuer_asking_a_body_in_mid_sentence():
    """samples/126 (scan) wording: "Ban Thường vụ Đảng ủy xã đề nghị các chi bộ, đảng bộ trực
    thuộc quan tâm triển khai …": the body asked is the obligation's, not the issuer's phrase."""
    text = ("ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY XÃ HÒA BÌNH\n\nSố 126-CV/ĐU\n\nHòa Bình, ngày 20 tháng 10 năm 2025\n\n"
            "V/v báo cáo kết quả\n\nKính gửi: Các chi bộ, đảng bộ trực thuộc.\n\n"
            "Ban Thường vụ Đảng ủy xã đề nghị các chi bộ, đảng bộ trực thuộc quan tâm triển khai thực hiện đúng "
            "thời gian quy định.\n\nNơi nhận:\n- Như kính gửi;\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ\n"
            "PHÓ BÍ THƯ\n\nHoàng Minh Tuấn\n")
    ext = extract(text)
    assert [(o.who, o.what) for o in ext.obligations] == [
        ("các chi bộ, đảng bộ trực thuộc", "quan tâm triển khai thực hiện đúng thời gian quy định")]
    assert list(ext.metadata.recipients) == ["Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng Đảng ủy"]


# --- case 19 as a PDF export: the appendix task table has no rules --------------------

def _case19_want(ext):
    """Case 19's expected obligations (expected.txt): four bodies, the table's three with
    their Thời gian cell (Quý II/2026; trước ngày 01/01/2030)."""
    got = {o.who: o.deadline for o in ext.obligations}
    assert set(got) == {"Các Sở, ngành, địa phương", "Các Sở, ban, ngành; UBND các xã, phường",
                        "Sở Nông nghiệp và Môi trường", "Công an tỉnh"}
    assert got["Sở Nông nghiệp và Môi trường"].date == "2030-01-01"
    assert (got["Công an tỉnh"].earliest, got["Công an tỉnh"].latest) == ("2026-04-01", "2026-06-30")
    assert got["Các Sở, ban, ngành; UBND các xã, phường"].latest == "2026-06-30"
    assert got["Các Sở, ngành, địa phương"].date == "2026-12-10"
    table = next(t for t in ext.structure.tables if t.header)
    # Tesseract may drop the narrow TT column ("TT", "1", "2", "3") of the scan
    assert [fold_ws(h) for h in table.header][-4:] == ["Tên nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp",
                                                        "Thời gian thực hiện"]


def fold_ws(s: str) -> str:
    return " ".join(s.split())


def test_case19_pdf_borderless_task_table():
    """The LibreOffice export of input.docx: the table's columns come from the words' x gaps."""
    _case19_want(_extract_pages(_pages_of(CASES / "19-appendix-task-table" / "input.libreoffice.pdf")))


@pytest.mark.slow
def test_case19_scan_borderless_task_table(tmp_path):
    """The same pages rasterised at 300 dpi and read by Tesseract: columns from its word boxes."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(CASES / "19-appendix-task-table" / "input.libreoffice.pdf"))
    images = [pdf[i].render(scale=300 / 72).to_pil().convert("L") for i in range(len(pdf))]
    scan = tmp_path / "case19-scan.pdf"
    images[0].save(scan, save_all=True, append_images=images[1:], resolution=300)
    from vanban.ocr import ocr_page

    results = [ocr_page(p) for p in load(scan).pages]
    from vanban.ingest.lines import renumber_tables

    pages = tuple(renumber_tables([Page(number=i, method="image-ocr", raw_text=r.text, text=r.text, lines=tuple(r.lines))
                                   for i, r in enumerate(results, 1)]))
    _case19_want(_extract_pages(pages))


# --- the trích yếu: where it ends (found by a newcomer run) -------------------------


def test_a_one_line_trich_yeu_naming_a_dated_document_is_kept():
    # case 20's 03/NQ-CP: one 200-character line citing "Nghị quyết số 57-NQ/TW ngày 22
    # tháng 12 năm 2024"; the date inside it was taken for the place-date line
    st = structure_of_text(_text("20-three-level-signature/input_nq03.txt"))
    assert st.title == (
        "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 "
        "tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
        "sáng tạo và chuyển đổi số quốc gia")


def test_a_numbered_item_right_under_the_trich_yeu_starts_the_body():
    # no blank line between the trích yếu and "1. …": the whole body was the title,
    # and neither deadline nor obligation was found
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 15/KH-UBND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Lão, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nCông tác năm 2026\n"
            "1. Phòng Văn hóa và Thông tin xây dựng kế hoạch tuyên truyền, hoàn thành trước ngày 15/5/2026.\n"
            "2. Phòng Nội vụ báo cáo kết quả về UBND huyện trước ngày 30/6/2026.\n")
    assert structure_of_text(text).title == "Công tác năm 2026"
    got = extraction_to_json(extract(text))
    assert sorted(d["date"] for d in got["deadlines"]) == ["2026-05-15", "2026-06-30"]
    assert [o["who"] for o in got["obligations"]] == ["Phòng Văn hóa và Thông tin", "Phòng Nội vụ"]


def test_task_table_deadlines_carry_their_rows_body_and_task():
    # case 19: the deadlines of a task table named no body ("who" None) and took the
    # coordinating cell for the task; the pdftotext layout listed none at all while the
    # archive stored two (found by a newcomer run)
    got = extraction_to_json(_extract_pages(_pages_of(CASES / "19-appendix-task-table" / "input.docx")))
    rows = [(d["who"], d["latest"], (d["what"] or "")[:24]) for d in got["deadlines"]]
    assert ("Các Sở, ban, ngành; UBND các xã, phường", "2026-06-30", "Tổ chức quán triệt Chỉ t") in rows
    assert ("Công an tỉnh", "2026-06-30", "Xử lý dứt điểm khai thác") in rows
    assert ("Sở Nông nghiệp và Môi trường", "2030-01-01", "Lắp đặt và vận hành hệ t") in rows
    got = extraction_to_json(extract(_text("19-appendix-task-table/input_pdftotext_layout.txt")))
    assert [(d["who"], d["date"]) for d in got["deadlines"]] == [
        ("Các cấp ủy, tổ chức đảng", "2026-10-15"), ("Đảng ủy Ủy ban nhân dân tỉnh", "2026-12-31")]


@pytest.mark.parametrize("labels, want", [
    (["I.", "II.", "II.", "IV."], ["I.", "II.", "III.", "IV."]),  # the demo scan: "III." read "II."
    (["1.", "2.", "8.", "4."], ["1.", "2.", "3.", "4."]),  # 3 read 8
    (["1.", "2.", "2.", "3."], ["1.", "2.", "2.", "3."]),  # a true repeat: nothing says which is wrong
    (["I.", "II.", "IV."], ["I.", "II.", "IV."]),  # a heading missing, not misread
])
def test_a_misread_number_between_two_that_fix_it_is_mended_in_the_outline(labels, want):
    """Found by a newcomer: the outline of the demo's scanned plan read I., II., II., IV."""
    body = "\n\n".join(f"{lab} PHẦN SỐ {k}\nNội dung của phần này được trình bày tại đây." for k, lab in enumerate(labels))
    st = structure_of_text("KẾ HOẠCH\nthực hiện nhiệm vụ năm 2026\n\n" + body + "\n")
    assert [p.label for p in st.body] == want


def test_a_quarter_wrapped_to_a_lines_start_is_no_part_label():
    # t17-06 scanned: "… tham mưu sơ kết giữa kỳ trong quý" / "III/2028 và tổng kết giai đoạn vào quý IV/2030." — the
    # line was read as a part "III/" whose heading held the second quarter, and a date in a heading is no deadline
    text = ("KẾ HOẠCH\nThi đua Dân vận khéo\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Xây dựng Đảng Đảng ủy xã là cơ quan "
            "thường trực, giúp Ban Thường vụ\nhướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu sơ kết giữa kỳ "
            "trong quý\nIII/2028 và tổng kết giai đoạn vào quý IV/2030.\n\n2. Văn phòng Đảng ủy phối hợp Ban Xây dựng "
            "Đảng tham mưu khen thưởng tập\nthể, cá nhân có thành tích.\n")
    ex = extract(text)
    assert [p.label for p in ex.structure.body] == ["IV."]
    assert [(d.earliest, d.latest) for d in ex.deadlines] == [("2028-07-01", "2028-09-30"), ("2030-10-01", "2030-12-31")]
