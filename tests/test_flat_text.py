"""Text whose paragraphs stand one newline apart ("flat": pasted from Word or a web page into a
.txt, many DOCX/ODT conversions) reads as the same text with blank lines between paragraphs.

Real documents (the plain text of tuning-set documents, ``tests/fixtures/realdocs`` and
``tests/fixtures/flat``) give the same facts in both forms; each kind the blank lines used to
carry has its own test on text written for it (title block end, article heading, a heading that
names a body, a name broken over two lines, a time-limit paragraph, header cells, signature and
Nơi nhận, a task table's stacked cells). Legacy OCR text keeps its own reading (it is no flat text).
"""

from __future__ import annotations

import collections
import pathlib
import re
import textwrap

import pytest

from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.paragraphs import is_flat, spread
from vanban.text import fold

FIX = pathlib.Path(__file__).parent / "fixtures"
# the plain text (realdocs/md2plain.py) of tuning-set documents: none of the held-out ones
REAL = sorted([*(FIX / "realdocs").glob("*-*.txt"), *(FIX / "realdocs" / "guidance").glob("*.txt"),
               *(FIX / "realdocs" / "meta").glob("*.txt"), *(FIX / "flat").glob("*.txt")])
REAL = [p for p in REAL if not p.name.endswith((".eng.txt", ".row1.txt"))]


def flat(text: str) -> str:
    """The text with its blank lines collapsed (the metamorphic form of bench/flat_diff.py)."""
    return re.sub(r"\n\s*\n+", "\n", text)


def _ws(s):
    return re.sub(r"\s+", " ", s).strip() if isinstance(s, str) else s


def facts(text: str) -> dict[str, collections.Counter]:
    ext = extract(text)
    m = ext.metadata
    end = lambda d: (d.date or d.latest) if d else None  # noqa: E731
    return {
        "metadata": collections.Counter([_ws(getattr(m, k)) for k in (
            "number", "type", "issuer", "parent_issuer", "place", "date", "title", "signer_authority",
            "signer_title", "signer_name")] + [_ws(r) for r in m.recipients]),
        "citations": collections.Counter((c.number, c.type, c.date, c.relation) for c in ext.citations),
        "deadlines": collections.Counter((d.date, d.earliest, d.latest, d.recurrence) for d in ext.deadlines if not d.past),
        "targets": collections.Counter((t.min, t.max, _ws(t.unit)) for t in ext.targets),
        "obligations": collections.Counter((_ws(o.who), end(o.deadline)) for o in ext.obligations),
    }


def test_fixtures_present():
    assert len(REAL) >= 12, REAL


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_real_document_reads_the_same_flat(path):
    text = path.read_text(encoding="utf-8")
    assert is_flat(flat(text))
    a, b = facts(text), facts(flat(text))
    for kind in a:
        assert a[kind] == b[kind], (kind, sorted((a[kind] - b[kind]).elements(), key=str),
                                    sorted((b[kind] - a[kind]).elements(), key=str))


def test_offsets_point_into_the_flat_text():
    """Every fact's span is moved back to the text as given: its words are there."""
    text = flat((FIX / "realdocs" / "141-KH-UBND.txt").read_text(encoding="utf-8"))
    ext = extract(text)
    assert ext.obligations and ext.deadlines and ext.citations
    for fact in (*ext.deadlines, *ext.citations):
        if fact.span is not None:
            assert _ws(text[fact.span.start:fact.span.end]) == _ws(fact.text), fact
    for ob in ext.obligations:
        assert ob.span is not None and 0 <= ob.span.start < ob.span.end <= len(text)
        assert fold(ob.who.split()[-1]) in fold(text[ob.span.start:ob.span.end]), ob
    st = ext.structure
    assert 0 < st.body_start < st.body_end <= len(text)
    for part in st.body:
        assert text[part.start:part.end].strip() == text[part.start:part.end]


def test_spread_keeps_every_character():
    text = flat((FIX / "realdocs" / "223-CD-TTg.txt").read_text(encoding="utf-8"))
    wide = spread(text)
    assert wide.text.count("\n") > text.count("\n")
    assert "".join(c for i, c in enumerate(wide.text) if not (c == "\n" and wide.back(i) < len(text)
                                                                and text[wide.back(i)] != "\n")) == text
    assert wide.back(len(wide.text)) == len(text)


def test_text_with_blank_lines_and_legacy_ocr_are_not_flat():
    assert not is_flat((FIX / "realdocs" / "141-KH-UBND.txt").read_text(encoding="utf-8"))
    for p in (FIX / "realdocs").glob("*.eng.txt"):
        assert not is_flat(p.read_text(encoding="utf-8")), p.name


HEAD = """BỘ XÂY DỰNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 12/2025/TT-BXD
Hà Nội, ngày 10 tháng 11 năm 2025
"""

SIGN = """Nơi nhận:
- Văn phòng Chính phủ;
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, QLN.
NAQ/11/25
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Hải
"""


def _wrap(text: str, width: int = 72) -> str:
    """Each line of ``text`` hard-wrapped at ``width`` (a page copied out of a PDF: lines cut inside paragraphs)."""
    return "\n".join(textwrap.fill(ln, width) if ln.strip() else ln for ln in text.split("\n"))


def _both(flat_text: str, wrap: bool = False):
    """(structure of the text with a blank line between its paragraphs from the type line on — the header's
    cells as a copied page stacks them —, extraction of the flat text); ``wrap``: both hard-wrapped (:func:`_wrap`)."""
    cut = flat_text.index("Hà Nội, ngày")
    cut = flat_text.index("\n", cut) + 1
    paras = flat_text[cut:].split("\n")
    if wrap:
        paras = [textwrap.fill(x, 72) if x.strip() else x for x in paras]
    blank = flat_text[:cut] + "\n" + "\n\n".join(paras)
    return structure_of_text(blank), extract(flat_text[:cut] + "\n".join(paras))


WRAP = pytest.mark.parametrize("wrap", [False, True], ids=["lines", "wrapped"])


@WRAP
def test_thong_tu_title_ends_where_the_body_starts(wrap):
    """After "THÔNG TƯ" / its trích yếu, the unnumbered body lines are no part of the title."""
    text = HEAD + """THÔNG TƯ
Quy định chi tiết thi hành một số điều của Luật Nhà ở về quản lý vận hành nhà chung cư
Thông tư số 05/2024/TT-BXD ngày 31 tháng 7 năm 2024 của Bộ trưởng Bộ Xây dựng quy định chi tiết một số điều của Luật Nhà ở, có hiệu lực kể từ ngày 01 tháng 8 năm 2024, được sửa đổi, bổ sung bởi Thông tư này.
Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 2023;
Căn cứ Nghị định số 33/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn của Bộ Xây dựng;
Bộ trưởng Bộ Xây dựng ban hành Thông tư quy định chi tiết thi hành một số điều của Luật Nhà ở.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định chi tiết việc quản lý vận hành nhà chung cư trên địa bàn cả nước.
Điều 2. Trách nhiệm thi hành
Trong thời hạn 30 ngày kể từ ngày Thông tư này có hiệu lực, Ủy ban nhân dân cấp tỉnh rà soát, công bố danh mục nhà chung cư cần cải tạo.
Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2026.
""" + SIGN
    blank_st, ext = _both(text, wrap)
    want = "Quy định chi tiết thi hành một số điều của Luật Nhà ở về quản lý vận hành nhà chung cư"
    assert blank_st.title == want
    assert ext.metadata.title == want and ext.metadata.type == "Thông tư"
    assert {c.number for c in ext.citations if c.relation == "can_cu"} == {"27/2023/QH15", "33/2025/NĐ-CP"}
    # "Trong thời hạn …" under the trích yếu (no căn cứ between): a clause of the body, not the title's end
    clause = text.replace(text[text.index("Thông tư số 05"):text.index("Điều 1.")],
                          "Trong thời hạn 30 ngày kể từ ngày Thông tư này có hiệu lực, các cơ quan rà soát, công bố danh mục.\n")
    assert extract(_wrap(clause) if wrap else clause).metadata.title == want
    heads = [p.heading for p in ext.structure.body]
    assert heads == [p.heading for p in blank_st.body] == ["Phạm vi điều chỉnh", "Trách nhiệm thi hành"]


@WRAP
def test_article_heading_takes_no_prose_line(wrap):
    """"Điều 1. Quy định chung" over prose sentences: the heading ends with its own line."""
    text = HEAD + """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý nhà chung cư
BỘ TRƯỞNG BỘ XÂY DỰNG
Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 2023;
Theo đề nghị của Cục trưởng Cục Quản lý nhà và thị trường bất động sản.
QUYẾT ĐỊNH:
Điều 1. Quy định chung
Quy chế này quy định việc phối hợp giữa các cơ quan trong quản lý nhà chung cư.
Các cơ quan, đơn vị thực hiện theo Quy chế này: báo cáo định kỳ 6 tháng.
Điều 2. Tổ chức thực hiện
Giao Sở Xây dựng chủ trì, phối hợp với các cơ quan liên quan triển khai Quy chế này.
""" + SIGN
    blank_st, ext = _both(text, wrap)
    heads = lambda st: [(p.label, p.heading) for p in st.body if (p.label or "").startswith("Điều")]  # noqa: E731
    assert heads(ext.structure) == heads(blank_st) == [("Điều 1.", "Quy định chung"), ("Điều 2.", "Tổ chức thực hiện")]


@WRAP
def test_heading_naming_a_body_over_prose(wrap):
    """"3. Sở Văn hóa, Thể thao và Du lịch" / "Định hướng …": the body, its tasks below."""
    text = HEAD.replace("BỘ XÂY DỰNG", "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG").replace("12/2025/TT-BXD", "88/KH-UBND") + """KẾ HOẠCH
Tuyên truyền chuyển đổi số năm 2026
I. MỤC ĐÍCH
Nâng cao nhận thức của người dân về chuyển đổi số.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15 tháng 12 năm 2026.
2. Sở Văn hóa, Thể thao và Du lịch
Định hướng các cơ quan truyền thông trên địa bàn tỉnh đẩy mạnh tuyên truyền về chuyển đổi số.
Giao Văn phòng Ủy ban nhân dân
Tỉnh theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.
""" + SIGN
    blank_st, ext = _both(text, wrap)
    items = lambda st: [(c.label, c.heading) for p in st.body for c in p.children if c.label]  # noqa: E731
    assert items(ext.structure) == items(blank_st) == [
        ("1.", "Sở Khoa học và Công nghệ"), ("2.", "Sở Văn hóa, Thể thao và Du lịch")]
    blank_text = (text[:text.index("KẾ HOẠCH")] + text[text.index("KẾ HOẠCH"):].replace("\n", "\n\n")).replace(
        "nhân dân\n\nTỉnh", "nhân dân\nTỉnh")  # a paragraph wrapped inside a name keeps its one newline
    assert sorted(o.who for o in ext.obligations) == sorted(o.who for o in extract(blank_text).obligations)
    assert "Văn phòng Ủy ban nhân dân Tỉnh" in [o.who for o in ext.obligations]  # the name goes on below
    ob = next(o for o in ext.obligations if o.who == "Sở Khoa học và Công nghệ")
    assert ob.deadline is not None and ob.deadline.date == "2026-12-15"


def test_time_limit_paragraph_stays_with_its_item():
    """"1. Sở … chủ trì …:" / its task / "Thời hạn chậm nhất …": one item, blank lines or not."""
    body = HEAD.replace("BỘ XÂY DỰNG", "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH").replace("12/2025/TT-BXD", "1400/QĐ-UBND") + """QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Tư pháp chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh:
Xây dựng quy trình nội bộ giải quyết thủ tục hành chính theo quy định.
Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.
2. Ủy ban nhân dân các xã, phường niêm yết công khai nội dung thủ tục hành chính.
""" + SIGN
    for text in (body, body.replace("\n", "\n\n")):
        ext = extract(text)
        ob = next(o for o in ext.obligations if (o.who or "").startswith("Sở Tư pháp"))
        assert ob.deadline is not None, text[:40]


SAMPLES = pathlib.Path(__file__).parents[1] / "samples"


def test_recurring_duty_paragraph_stays_with_its_item_in_the_demo_sample(tmp_path):
    """The demo legacy-OCR plan 13-KH/ĐU (restored by the conveyor), its blank lines collapsed (found by a
    newcomer): "3. Giao Ban Xây dựng Đảng tham mưu … trong thời gian tới." / "Định kỳ tham mưu việc đánh giá
    kết quả …" is one task, as in the text read with its blank lines."""
    text = (SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt").read_text(encoding="utf-8")
    for name, form in (("as-is.txt", text), ("flat.txt", flat(text))):
        (tmp_path / name).write_text(form, encoding="utf-8")
        ext = process_file(tmp_path / name).extraction
        what = " ".join(o.what or "" for o in ext.obligations if "xay dung dang" in fold(o.who or ""))
        assert "dinh ky tham muu" in fold(what) and "khen thuong" in fold(what), (name, what)


def test_recurring_duty_paragraph_stays_with_its_item():
    """"2. Giao Sở … chủ trì … ." / "Hằng quý, báo cáo …" (a duty of recurrence, its subject left out): one item,
    blank lines or not; "Định kỳ hằng năm, các cơ quan …" names its own subject and stays apart."""
    body = HEAD.replace("BỘ XÂY DỰNG", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ").replace("12/2025/TT-BXD", "215/KH-UBND") + """KẾ HOẠCH
Triển khai chương trình chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả chỉ đạo, điều hành của các cấp chính quyền trên môi trường số.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định.
2. Giao Sở Khoa học và Công nghệ chủ trì, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch này.
Hằng quý, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 của tháng cuối quý.
3. Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện tại địa phương.
Định kỳ hằng năm, các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.
""" + SIGN.replace("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    for text in (body, body.replace("\n", "\n\n")):
        ext = extract(text)
        ob = [o for o in ext.obligations if (o.who or "").startswith("Sở Khoa học")]
        assert any("tong hop ket qua" in fold(o.what or "") for o in ob), [(o.who, o.what) for o in ext.obligations]
        assert not any("gui bao cao" in fold(o.what or "") for o in ext.obligations
                       if (o.who or "").startswith("Ủy ban nhân dân các xã")), text[:40]


@WRAP
def test_header_cells_signature_and_noi_nhan(wrap):
    text = """BỘ TÀI CHÍNH
CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 6001/CT-CS
V/v:
Chính sách thuế đối với hộ kinh doanh
Hà Nội, ngày 21 tháng 11
năm 2025
Kính gửi: Công ty TNHH Minh An
Cục Thuế nhận được văn bản số 15/MA ngày 01/11/2025 của Công ty TNHH Minh An hỏi về chính sách thuế.
Về vấn đề này, Cục Thuế có ý kiến như sau:
Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.
Cục Thuế thông báo để Công ty được biết./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
HT/11/25
TL. CỤC TRƯỞNG
KT. TRƯỞNG BAN CHÍNH SÁCH
PHÓ TRƯỞNG BAN
Lê Thị Hoa
"""
    blank_st, ext = _both(text, wrap)
    m = ext.metadata
    assert (m.number, m.type, m.place, m.date) == ("6001/CT-CS", "Công văn", "Hà Nội", "2025-11-21")
    assert m.title == blank_st.title == "Chính sách thuế đối với hộ kinh doanh"
    assert m.signer_name == "Lê Thị Hoa" and m.signer_title == "PHÓ TRƯỞNG BAN"
    assert "Lê Thị Hoa" not in " ".join(m.recipients)
    assert any(r.startswith("Lưu") for r in m.recipients)


def test_stacked_task_table_in_flat_text():
    """A task table copied cell after cell, no blank line anywhere: one obligation per row."""
    text = HEAD.replace("BỘ XÂY DỰNG", "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP").replace("12/2025/TT-BXD", "700/KH-UBND") + """KẾ HOẠCH
Chuyển đổi số trong doanh nghiệp năm 2026
I. MỤC TIÊU
Hỗ trợ doanh nghiệp chuyển đổi số.
II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
PHỤ LỤC
DANH MỤC NHIỆM VỤ
STT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.
Sở Khoa học và Công nghệ
Các sở, ngành tỉnh
Quý II/2026
2
Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa.
Sở Công Thương
Hiệp hội doanh nghiệp tỉnh
Quý III/2026
"""
    ext = extract(text)
    rows = {o.who: (o.deadline.latest or o.deadline.date) if o.deadline else None for o in ext.obligations}
    assert rows.get("Sở Khoa học và Công nghệ") == "2026-06-30"
    assert rows.get("Sở Công Thương") == "2026-09-30"


def test_flat_txt_file_through_the_conveyor(tmp_path):
    """A .txt file of flat text (what a user pastes into a file) reads as the blank-line text does."""
    text = (FIX / "realdocs" / "guidance" / "45-HD-BTCTW.txt").read_text(encoding="utf-8")
    path = tmp_path / "45-HD-BTCTW.txt"
    path.write_text(flat(text), encoding="utf-8")
    got = process_file(path, jobs=1).extraction
    want = extract(text)
    key = lambda ext: sorted((fold(o.who or ""), o.deadline.date if o.deadline else None)  # noqa: E731
                             for o in ext.obligations)  # ingest writes "uỷ" as "ủy": one word
    assert key(got) == key(want)
    assert got.metadata.title == want.metadata.title and got.metadata.number == want.metadata.number
    assert len(got.obligations) >= 5
