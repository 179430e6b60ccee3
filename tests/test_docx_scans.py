"""A Word file holding only the scans of its pages is OCR'd, not refused.

Why: offices mail a signed plan as a DOCX with each scanned page pasted in
as a picture; vanban read its (empty) typed text and refused it as "no
text found (blank page or image without text)". The scan here is the
demo's real-layout PNG (samples/126-CV-DU…png) pasted by python-docx, so
the expected text is vanban's own reading of that PNG file, and the facts
are those the sample states (số 126-CV/ĐU, Công văn, 2025-10-20).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from vanban.ingest import load
from vanban.ingest.docx_media import MIN_PAGE_PIXELS, shown_pictures

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "samples" / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"


def _logo() -> io.BytesIO:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (300, 300), "red").save(buf, "PNG")  # a letterhead logo: no page
    buf.seek(0)
    return buf


def _docx(path: Path, *, typed: str = "", scan: bool = True) -> Path:
    import docx
    from docx.shared import Inches

    d = docx.Document()
    d.add_picture(_logo(), width=Inches(1))
    if typed:
        d.add_paragraph(typed)
    if scan:
        d.add_picture(str(SCAN), width=Inches(6))
    d.save(str(path))
    return path


def test_the_page_pictures_of_a_docx_without_typed_text_become_ocr_pages(tmp_path: Path) -> None:
    src = load(_docx(tmp_path / "cong_van.docx"))
    assert [(p.method, p.index, p.text) for p in src.pages] == [("docx-ocr", 1, None)]  # the logo is picture 0
    assert src.note == "no typed text: 1 picture of pages read by OCR"
    import zipfile

    with zipfile.ZipFile(tmp_path / "cong_van.docx") as zf:
        assert len(shown_pictures(zf)) == 2 and MIN_PAGE_PIXELS > 300 * 300


def test_a_docx_with_typed_text_is_read_as_typed(tmp_path: Path) -> None:
    typed = "Đảng ủy xã Hòa Bình báo cáo kết quả thực hiện kế hoạch"
    src = load(_docx(tmp_path / "typed.docx", typed=typed, scan=False))
    assert [p.method for p in src.pages] == ["docx"] and src.note is None
    # the page-sized scan pasted after the typed text is read too, after it
    src = load(_docx(tmp_path / "typed_and_scan.docx", typed=typed))
    assert [(p.method, p.index) for p in src.pages] == [("docx", 0), ("docx-ocr", 1)]
    assert src.note == "typed text: 1 picture of pages read by OCR after it"


#: the appendix (phụ lục) of a typed plan, scanned: its tasks and deadlines exist nowhere else
APPENDIX = """PHỤ LỤC
DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026
(Kèm theo Kế hoạch số 07-KH/ĐU ngày 12/3/2026)
1. Văn phòng Đảng ủy hoàn thành số hóa hồ sơ lưu trữ
trước ngày 30/6/2026.
2. Ủy ban nhân dân xã tổ chức tập huấn kỹ năng số cho
cán bộ, công chức trong năm 2026.
3. Các chi bộ thôn triển khai sổ tay đảng viên điện tử,
báo cáo kết quả trước ngày 15/11/2026."""


def _rendered(lines: str, size: tuple[float, float] = (8.27, 11.69), dpi: int = 200) -> io.BytesIO:
    """A page (inches) of ``lines`` in DejaVu Serif 13 pt, drawn by Pillow, as PNG bytes."""
    from PIL import Image, ImageDraw, ImageFont

    from fixtures.render import FONT_DIRS

    font_file = next(d / "DejaVuSerif.ttf" for d in FONT_DIRS if (d / "DejaVuSerif.ttf").exists())
    im = Image.new("L", (round(size[0] * dpi), round(size[1] * dpi)), 255)
    draw, font = ImageDraw.Draw(im), ImageFont.truetype(str(font_file), round(13 / 72 * dpi))
    for n, line in enumerate(lines.splitlines()):
        draw.text((round(1.1 * dpi), round(0.6 * dpi + n * 19.5 / 72 * dpi)), line, font=font, fill=20)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def _typed_plan_with(path: Path, picture: io.BytesIO, width_in: float) -> Path:
    """The typed plan of the CLI tests, a page break, then ``picture``."""
    import docx
    from cli_helpers import VIETNAMESE_PLAN
    from docx.shared import Inches

    d = docx.Document()
    for line in VIETNAMESE_PLAN.splitlines():
        d.add_paragraph(line)
    d.add_page_break()
    d.add_picture(picture, width=Inches(width_in))
    d.save(str(path))
    return path


def test_a_typed_plan_whose_appendix_is_a_scan_has_the_appendix_read_and_found(tmp_path: Path) -> None:
    """Found by a newcomer: a typed plan with its appendix pasted as a scanned page
    was stored as the typed text alone; the appendix's tasks and deadlines never
    reached extraction or search. Ingested and searched with the real command."""
    import sqlite3

    from cli_helpers import run_cli

    plan = _typed_plan_with(tmp_path / "07-KH.docx", _rendered(APPENDIX), 6.3)
    db = tmp_path / "archive.db"
    run = run_cli("ingest", str(plan), "--db", str(db), "--jobs", "1")
    assert run.returncode == 0 and "1 stored" in run.stderr, run.stderr
    with sqlite3.connect(db) as conn:
        methods = [m for (m,) in conn.execute("select method from pages order by number")]
        due = {d for (d,) in conn.execute("select date from deadlines")}
    assert methods == ["docx", "docx-ocr"]
    assert {"2026-06-30", "2026-11-15"} <= due  # written only in the scanned appendix
    found = run_cli("search", "so hoa ho so luu tru", "--db", str(db), "--format", "json")
    assert found.returncode == 0 and len(__import__("json").loads(found.stdout)) == 1, found.stdout


def test_a_letterhead_banner_beside_typed_text_is_no_page(tmp_path: Path) -> None:
    """Beside typed text only page-shaped pictures are pages: a wide letterhead
    banner (big enough to be a page by its pixels) is not read."""
    banner = _rendered("ĐẢNG ỦY XÃ AN PHÚ", size=(8.27, 1.2), dpi=300)  # 2481 × 360 px
    src = load(_typed_plan_with(tmp_path / "banner.docx", banner, 6.3))
    assert [p.method for p in src.pages] == ["docx"] and src.note is None


def test_a_docx_with_only_a_logo_is_still_no_text(tmp_path: Path) -> None:
    from vanban.conveyor import process_file
    from vanban.models import InputError

    with pytest.raises(InputError, match="no text found"):
        process_file(_docx(tmp_path / "logo.docx", scan=False), jobs=1)


def test_a_scanned_docx_reads_like_the_scan_itself(tmp_path: Path) -> None:
    from vanban.conveyor import process_file

    doc = process_file(_docx(tmp_path / "cong_van.docx"), jobs=1)
    scan = process_file(SCAN, jobs=1)
    assert [p.method for p in doc.pages] == ["docx-ocr"]
    assert doc.pages[0].text == scan.pages[0].text and len(doc.pages[0].text) > 500
    md = doc.extraction.metadata
    assert (md.number, md.type, md.date) == ("126-CV/ĐU", "Công văn", "2025-10-20")


@pytest.mark.parametrize("caption", ["BẢN SAO", "Văn bản đính kèm (bản scan có chữ ký)"])
def test_a_typed_caption_above_the_scan_does_not_hide_the_scan(tmp_path: Path, caption: str) -> None:
    """A stamp or caption line typed above the pasted scan made the file
    "typed": it was stored as its caption alone (7 characters), the scanned
    Công văn left out without a word (found by a newcomer)."""
    src = load(_docx(tmp_path / "ban_sao.docx", typed=caption))
    assert [(p.number, p.method, p.text) for p in src.pages] == [(1, "docx", caption), (2, "docx-ocr", None)]
    assert src.note == "a typed caption only: 1 picture of pages read by OCR"


@pytest.fixture(scope="module")
def word97_and_odt(tmp_path_factory) -> dict[str, Path]:
    """The scanned Công văn DOCX saved by real LibreOffice as Word 97-2003 (.doc) and as OpenDocument (.odt)."""
    import subprocess

    from vanban.ingest.office import find_soffice

    tmp = tmp_path_factory.mktemp("word97")
    docx_file = _docx(tmp / "cong_van.docx")
    out = tmp / "out"
    for kind in ("doc", "odt"):
        subprocess.run([find_soffice(), f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
                        "--convert-to", kind, "--outdir", str(out), str(docx_file)],
                       check=True, capture_output=True, timeout=300, env={"HOME": str(tmp), "PATH": "/usr/bin:/bin"})
    return {kind: out / f"cong_van.{kind}" for kind in ("doc", "odt")}


@pytest.mark.parametrize("kind", ["doc", "odt"])
def test_a_word97_file_of_pasted_scans_is_ocrd_too(word97_and_odt: dict[str, Path], kind: str) -> None:
    """The same scanned Công văn saved as Word 97-2003 (.doc) or OpenDocument
    was refused "no text found (blank page or image without text)": the
    pictures of a file LibreOffice converts were never looked at (found by a
    newcomer). Both files are converted back by LibreOffice and their page is
    the scan's very pixels, as the OCR stage opens it; the .doc is OCR'd end to
    end (Tesseract on the .odt's identical picture would read the same text)."""
    from PIL import Image

    from vanban.models import Limits
    from vanban.ocr.raster import load_page_image

    from vanban.conveyor import process_file

    path = word97_and_odt[kind]
    read = process_file(path, jobs=1) if kind == "doc" else None
    src = read.source if read else load(path)
    from vanban.ingest import docx_media

    st = path.stat()  # ingest's conversion is kept: the OCR of the picture runs no second LibreOffice
    assert (str(path), st.st_size, st.st_mtime) in docx_media._CONVERTED
    assert [(p.method, p.path) for p in src.pages] == [("docx-ocr", str(path.resolve()))]
    assert src.note == "no typed text: 1 picture of pages read by OCR"
    with Image.open(SCAN) as scan:
        page = load_page_image(src.pages[0], Limits())
        assert page.size == scan.size and page.convert("RGB").tobytes() == scan.convert("RGB").tobytes()
    if read:
        md = read.extraction.metadata
        assert [p.method for p in read.pages] == ["docx-ocr"] and len(read.pages[0].text) > 500
        assert (md.number, md.type, md.date) == ("126-CV/ĐU", "Công văn", "2025-10-20")


def _child_profile(queue) -> None:
    from vanban.ingest import office

    queue.put(str(office._profile_dir()))


def test_a_forked_ocr_worker_converts_with_a_profile_of_its_own() -> None:
    """An OCR worker converting a scanned .doc (for its picture) while the
    ingesting process converted the next file shared the parent's LibreOffice
    profile (inherited by fork): soffice refused, "LibreOffice could not
    convert this .doc file", on good files, at random. The worker's profile
    is removed when it ends (pool workers run no atexit)."""
    import multiprocessing

    from vanban.ingest import office

    parent = str(office._profile_dir())
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child_profile, args=(queue,))
    child.start()
    theirs = queue.get(timeout=60)
    child.join(60)
    assert theirs != parent
    assert not Path(theirs).parent.exists()  # no profile folder left behind in /tmp
    assert Path(parent).parent.exists()


def test_a_pasted_picture_over_the_pixel_limit_is_refused_as_such(tmp_path: Path) -> None:
    """A decompression bomb pasted into a Word file (20000 × 20000 px in a
    76 kB PNG) was passed over like an unreadable picture: the file was then
    refused as "no text found (blank page or image without text)", the wrong
    cause (LimitExceeded is an InputError, caught first)."""
    from vanban.models import LimitExceeded, Limits

    with pytest.raises(LimitExceeded, match=r"picture word/media/image\d+\.png: .*too large"):
        load(_docx(tmp_path / "bomb.docx"), Limits(max_pixels=MIN_PAGE_PIXELS * 2))
