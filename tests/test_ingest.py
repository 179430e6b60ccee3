"""Ingest: discovery, file kinds, encodings, and every kind of bad input.

Real files only: PDFs made with reportlab/Pillow/pypdf, images with
Pillow, Word files with python-docx; nothing is mocked.
"""

from __future__ import annotations

import codecs
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cer import cer, norm  # noqa: E402
from fixtures.columns import column_order  # noqa: E402
from fixtures.render import plan_text, render_docx, render_scan, render_text_pdf  # noqa: E402

from vanban.ingest import SUPPORTED_SUFFIXES, discover, is_blank, load  # noqa: E402
from vanban.models import InputError, LimitExceeded, Limits  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
QD = "qd_ubnd_xa_to_cong_tac_de_an_06.txt"
CV = "cv_dang_uy_xa_bao_cao_dan_van_kheo.txt"


def flat(text: str) -> str:
    """Plan text as it reads on paper: the column TABs become spaces."""
    return text.replace("\t", " ")


# --- discover ---------------------------------------------------------------


def test_discover_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.pdf", "a.TXT", "b/c.docx", "m.tiff", "note.md", ".hidden.txt", ".git/x.txt", "~$lock.docx"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.TXT", "b/c.docx", "b/z.pdf", "m.tiff", "note.md"]  # .md is a text kind (issue 9)


def test_discover_yields_explicit_files_once(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("Đảng ủy", encoding="utf-8")
    odd = tmp_path / "notes.xyz"  # (.md and .odt became kinds in issues 9 and 11)
    odd.write_text("x")
    got = list(discover([f, tmp_path, str(f), odd]))
    # the explicit unsupported file is kept so load() can say why it fails
    assert got == sorted([f, odd], key=str)
    with pytest.raises(InputError, match="unsupported file type"):
        load(odd)


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


# --- good inputs ------------------------------------------------------------


def test_samples_load_with_the_expected_pages() -> None:
    kinds = {p.name: load(p) for p in discover([SAMPLES])}
    assert len(kinds) >= 6
    scan = kinds["18-KH-DU_chuyen_doi_so_2026_scan.pdf"]
    assert scan.kind == "pdf" and [p.method for p in scan.pages] == ["pdf-ocr", "pdf-ocr"]
    assert [p.index for p in scan.pages] == [0, 1] and all(p.path == str(SAMPLES / scan.pages[0].path.split("/")[-1]) for p in scan.pages)
    png = kinds["126-CV-DU_bao_cao_dan_van_kheo_scan.png"]
    assert png.kind == "image" and png.pages[0].method == "image-ocr" and png.pages[0].needs_ocr
    legacy = kinds["13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"]
    assert legacy.kind == "txt" and legacy.encoding == "utf-8" and "13-KH" in legacy.pages[0].text
    for doc in kinds.values():
        assert len(doc.sha256) == 64 and doc.size == Path(doc.path).stat().st_size


def test_text_pdf_uses_the_text_layer(tmp_path: Path) -> None:
    pdf = render_text_pdf(plan_text(QD), tmp_path / "qd.pdf")
    doc = load(pdf)
    assert [p.method for p in doc.pages] == ["pdf-text"]
    text = doc.pages[0].text
    assert "Số: 05/QĐ-UBND" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    # two-column rows (header, signature) come column after column
    assert cer(text, column_order(plan_text(QD))) < 0.005
    assert len(doc.pages[0].lines) == len(text.split("\n"))
    assert unicodedata.is_normalized("NFC", text)


def test_docx_keeps_header_and_signature_tables(tmp_path: Path) -> None:
    src = plan_text("nq_chi_bo_thon_dong_tam_2026.txt")
    doc = load(render_docx(src, tmp_path / "nq.docx"))
    assert doc.kind == "docx" and [p.method for p in doc.pages] == ["docx"]
    text = doc.pages[0].text
    # each header cell is its own line, with its table cell in the page's geometry
    assert text.startswith("ĐẢNG BỘ XÃ HÒA BÌNH\nĐẢNG CỘNG SẢN VIỆT NAM\n")
    lines = doc.pages[0].lines
    assert len(lines) == len(text.split("\n"))
    assert [(g.table, g.row, g.col) for g in lines[:2]] == [(0, 0, 0), (0, 0, 1)]
    assert norm(flat(text)) == norm(flat(src))


def test_mixed_pdf_marks_only_textless_pages_for_ocr(tmp_path: Path) -> None:
    import pypdf

    text_pdf = render_text_pdf(plan_text(QD), tmp_path / "t.pdf")
    scan_pdf = render_scan(plan_text(CV), tmp_path / "s.pdf", seed=3)[0]
    w = pypdf.PdfWriter()
    for src in (text_pdf, scan_pdf):
        for page in pypdf.PdfReader(src).pages:
            w.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as fh:
        w.write(fh)
    doc = load(mixed)
    assert [(p.number, p.method, p.index) for p in doc.pages] == [(1, "pdf-text", 0), (2, "pdf-ocr", 1)]
    assert doc.pages[1].text is None and doc.pages[1].path == str(mixed)


def test_multipage_tiff_gives_one_page_per_frame(tmp_path: Path) -> None:
    tif = render_scan("A\tB\n\nT\n\n" + "dòng chữ\n" * 120, tmp_path / "m.tif", dpi=100, noise=0)[0]
    doc = load(tif)
    assert doc.kind == "image" and len(doc.pages) >= 2
    assert [p.index for p in doc.pages] == list(range(len(doc.pages)))


# --- encodings --------------------------------------------------------------


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = [c for c in d if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tone))
        out += (base + "".join(tone)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    "encoding,encode",
    [
        ("utf-8", lambda s: s.encode("utf-8")),
        ("utf-8", lambda s: codecs.BOM_UTF8 + s.encode("utf-8")),
        ("utf-16", lambda s: s.encode("utf-16")),  # BOM + native order
        ("utf-16", lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be")),
        ("utf-16-le", lambda s: s.encode("utf-16-le")),  # no BOM
        ("cp1258", to_cp1258),
    ],
)
def test_text_encodings_decode_to_nfc(tmp_path: Path, encoding: str, encode) -> None:
    src = plan_text(CV)
    f = tmp_path / "doc.txt"
    f.write_bytes(encode(src.replace("\n", "\r\n")))
    doc = load(f)
    assert doc.encoding == encoding
    assert doc.pages[0].text == src  # NFC, \n line ends, every mark kept


def test_cp1258_really_uses_combining_tones() -> None:
    raw = to_cp1258("Đảng ủy")
    assert raw.decode("cp1258") != "Đảng ủy"  # decomposed before NFC
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Đảng ủy"


def test_form_feeds_split_text_pages(tmp_path: Path) -> None:
    f = tmp_path / "p.txt"
    f.write_text("trang một\ftrang hai\f", encoding="utf-8")
    assert [p.text for p in load(f).pages] == ["trang một", "trang hai"]


# --- bad inputs -------------------------------------------------------------


def _png_header(width: int, height: int) -> bytes:
    """A valid PNG signature + IHDR declaring a size, with a tiny IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _encrypted_pdf(tmp_path: Path, user: str, owner: str) -> Path:
    import pypdf

    src = render_text_pdf(plan_text(CV), tmp_path / "plain.pdf")
    w = pypdf.PdfWriter(clone_from=str(src))
    w.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = tmp_path / f"enc-{user or 'none'}.pdf"
    with open(out, "wb") as fh:
        w.write(fh)
    return out


def _zip_without_document() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "Đảng ủy xã")
    return buf.getvalue()


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str, type]]:
    """name → (file, expected words in the message, error class)."""
    text_pdf = render_text_pdf(plan_text(CV), tmp_path / "ok.pdf").read_bytes()
    png = (SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png").read_bytes()
    files = {
        "empty.txt": (b"", "empty file", InputError),
        "empty.pdf": (b"", "empty file", InputError),
        "zero.png": (b"", "empty file", InputError),
        "garbage.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 40, "corrupt PDF", InputError),
        "truncated.pdf": (text_pdf[:700], "corrupt PDF", InputError),
        "binary.txt": (bytes(range(256)) * 50, "binary content", InputError),
        "image_named.txt": (png[:5000], "corrupt image", InputError),  # a cut-off scan under a text name: read as one
        "elf.pdf": (b"\x7fELF\x02\x01\x01" + b"\0" * 500, "an ELF executable, not a PDF", InputError),
        "text_named.pdf": ("Đảng ủy xã".encode(), "not a PDF", InputError),
        "truncated.png": (png[:3000], "corrupt image", InputError),
        "not_image.jpg": (b"\xff\xd8\xff\xe0" + b"\x13" * 100, "corrupt image", InputError),
        "bomb.png": (_png_header(60_000, 60_000), "too large", LimitExceeded),
        "fake.docx": (b"PK\x03\x04" + b"\0" * 100, "corrupt DOCX (a damaged or cut-off ZIP archive)", InputError),
        # found by newcomer 8: a DOCX cut off by a download was "ZIP archive without word/document.xml"
        "cut_off.docx": ((SAMPLES / "02-NQ-CB_chi_bo_dong_tam_2026.docx").read_bytes()[:3000], "corrupt DOCX (a damaged", InputError),
        "no_document.docx": (_zip_without_document(), "not a DOCX document (ZIP archive without word/document.xml)",
                             InputError),
        "legacy.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy MS Office", InputError),
    }
    out = {}
    for name, (data, words, cls) in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        out[name] = (p, words, cls)
    out["encrypted.pdf"] = (_encrypted_pdf(tmp_path, "secret", "owner"), "encrypted PDF", InputError)
    out["missing.pdf"] = (tmp_path / "missing.pdf", "no such file", InputError)
    return out


def test_every_bad_input_gives_a_one_line_cause(tmp_path: Path) -> None:
    report = []
    for name, (path, words, cls) in bad_inputs(tmp_path).items():
        with pytest.raises(InputError) as info:
            load(path)
        msg = str(info.value)
        report.append(f"{name:18} {type(info.value).__name__}: {msg}")
        assert type(info.value) is cls, name
        assert words in msg, (name, msg)
        assert "\n" not in msg and len(msg) < 200, (name, msg)
    print("\n" + "\n".join(report))


BOMB_PROBE = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB: 10 GP cannot be decoded in it
from vanban.ingest import load
from vanban.models import Limits, LimitExceeded
try:
    load(sys.argv[1], Limits(max_pixels=int(sys.argv[2])))
except LimitExceeded as exc:
    print("refused:", exc)
else:
    print("decoded")
"""


@pytest.mark.parametrize("width, height", [(100_000, 100_000), (40_000, 40_000)])
def test_bomb_is_refused_before_decoding(tmp_path: Path, width: int, height: int) -> None:
    """In a process whose address space is capped at 1 GB (Pillow's pixel
    buffers are C allocations that tracemalloc never sees): refused with
    the limit's message, never a MemoryError from decoding (both sizes need
    more than 1 GB once decoded)."""
    import subprocess
    import sys

    p = tmp_path / "bomb.png"
    p.write_bytes(_png_header(width, height))
    run = subprocess.run([sys.executable, "-c", BOMB_PROBE, str(p), "100000000"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    px = width * height
    assert run.stdout.strip() == f"refused: image frame 1 too large: {width}x{height} = {px} px > limit 100000000 px", run.stderr


def test_pdf_readable_without_password_is_accepted(tmp_path: Path) -> None:
    # owner password only (printing/copy restrictions): opens without a password
    doc = load(_encrypted_pdf(tmp_path, "", "owner"))
    assert doc.pages[0].method == "pdf-text" and "126-CV/ĐU" in doc.pages[0].text


def test_limits(tmp_path: Path) -> None:
    scan = SAMPLES / "18-KH-DU_chuyen_doi_so_2026_scan.pdf"
    with pytest.raises(LimitExceeded, match="too many pages: 2 > limit 1"):
        load(scan, Limits(max_pages=1))
    with pytest.raises(LimitExceeded, match="file too large"):
        load(scan, Limits(max_file_bytes=1000))
    seed = SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"  # read whole and restored in memory
    with pytest.raises(LimitExceeded, match="text file too large"):
        load(seed, Limits(max_text_bytes=1000))
    assert load(seed).pages
    png = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
    with pytest.raises(LimitExceeded, match="too large"):
        load(png, Limits(max_pixels=1_000_000))
    with pytest.raises(LimitExceeded, match="too large to OCR"):
        load(scan, Limits(max_pixels=1_000_000))  # scanned pages are checked at 300 dpi
    # a text-layer page is not rasterised, so the pixel limit does not apply
    assert load(render_text_pdf(plan_text(QD), tmp_path / "t.pdf"), Limits(max_pixels=1000)).pages


def test_blank_image_loads(tmp_path: Path) -> None:
    from PIL import Image

    p = tmp_path / "blank.png"
    Image.new("L", (2480, 3508), 255).save(p)
    doc = load(p)
    assert [pg.method for pg in doc.pages] == ["image-ocr"]


def test_is_blank() -> None:
    assert is_blank(None) and is_blank("") and is_blank(" \n. ' -\n") and is_blank("a.")
    assert not is_blank("Số 05") and not is_blank("Đảng")


def _scan_with_hidden_text(tmp_path: Path, hidden: str, name: str) -> Path:
    """An image-only page plus an invisible text layer (as copiers make)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from fixtures.render import PAGE_H, PAGE_W, font_path

    png = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
    if "VB-hidden" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("VB-hidden", str(font_path("regular"))))
    out = tmp_path / name
    c = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H))
    c.drawImage(ImageReader(str(png)), 0, 0, PAGE_W, PAGE_H)
    t = c.beginText(60, PAGE_H - 80)
    t.setTextRenderMode(3)  # invisible, like an OCR layer
    t.setFont("VB-hidden", 12)
    for line in hidden.split("\n"):
        t.textLine(line)
    c.drawText(t)
    c.showPage()
    c.save()
    return out


def test_scan_with_a_good_text_layer_keeps_it(tmp_path: Path) -> None:
    good = plan_text(CV).replace("\t", " ")
    doc = load(_scan_with_hidden_text(tmp_path, good, "good.pdf"))
    assert doc.pages[0].method == "pdf-text" and "Đảng ủy" in doc.pages[0].text


def test_scan_whose_text_layer_lost_the_marks_is_ocrd(tmp_path: Path) -> None:
    from vanban.text import fold

    bad = fold(plan_text(CV).replace("\t", " "))  # "dang uy xa hoa binh ..."
    doc = load(_scan_with_hidden_text(tmp_path, bad, "bad.pdf"))
    assert doc.pages[0].method == "pdf-ocr" and doc.pages[0].text is None


def test_plan_fixtures_are_well_formed() -> None:
    """The ground-truth texts: NFC, fully marked, facts listed in expected_metadata.json."""
    import json

    from vanban.text import diacritic_ratio

    plans = Path(__file__).resolve().parent / "fixtures" / "plans"
    expected = json.loads((plans / "expected_metadata.json").read_text(encoding="utf-8"))
    names = sorted(p.name for p in plans.glob("*.txt"))
    assert len(names) >= 4 and set(names) == {k for k in expected if not k.startswith("_")}
    for name in names:
        text = plan_text(name)
        assert unicodedata.is_normalized("NFC", text), name
        assert diacritic_ratio(text) > 0.5, name
        header = text.split("\n\n")[0]
        assert "\t" in header and ("ĐẢNG CỘNG SẢN VIỆT NAM" in header or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header)
        facts = expected[name]
        flat_text = flat(text)
        for key in ("number", "title", "signer_authority", "signer_title", "signer_name"):
            assert facts[key] in flat_text, (name, key)
        for phrase in facts["deadlines"] + facts["citations"]:
            assert phrase in flat_text, (name, phrase)
