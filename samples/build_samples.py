"""Regenerate the demo inputs in samples/ (deterministic: fixed seeds).

Why generated: the scans are renderings of the plan texts in
tests/fixtures/plans/, so their exact text is known and OCR quality on
them can be measured; the two legacy-OCR .txt files are the real seeds.

Run: .venv/bin/python samples/build_samples.py [NAME ...]  (default: all)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.render import plan_text, render_docx, render_scan, render_text_pdf  # noqa: E402

SEEDS = {
    "000_5aa283e5bafd34ac.txt": "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt",
    "003_a3f11fdeb26f700f.txt": "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt",
}
SEED_DIRS = (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds"))

#: sample file → (plan fixture, how it is made)
RENDERED = {
    "18-KH-DU_chuyen_doi_so_2026_scan.pdf": ("kh_dang_uy_xa_chuyen_doi_so_2026.txt", "scan-pdf"),
    "126-CV-DU_bao_cao_dan_van_kheo_scan.png": ("cv_dang_uy_xa_bao_cao_dan_van_kheo.txt", "scan-png"),
    "05-QD-UBND_to_cong_tac_de_an_06_text.pdf": ("qd_ubnd_xa_to_cong_tac_de_an_06.txt", "text-pdf"),
    "02-NQ-CB_chi_bo_dong_tam_2026.docx": ("nq_chi_bo_thon_dong_tam_2026.txt", "docx"),
    # pre-Unicode inputs (issue 11): a TCVN3 (.VnTime/.VnTimeH) text file and
    # a Word 97-2003 file typed in .VnTime / VNI-Times fonts
    "03-CT-DU_an_toan_giao_thong_tcvn3.txt": ("ct_dang_uy_phuong_an_toan_giao_thong.txt", "tcvn3-txt"),
    "27-TB-DU_ket_luan_thuong_truc_legacy_fonts.doc": ("tb_ket_luan_thuong_truc_dang_uy_xa.txt", "legacy-doc"),
}


def tcvn3_bytes(text: str) -> bytes:
    """The plan as a 2004 office saved it in TCVN3: all-capital lines the
    .VnTimeH way, other lines in .VnTime (the case's encoder, glibc iconv's
    table); toned capitals .VnTime lacks take glibc's TCVN5712-1 codes, and
    curly quotes become straight ones as typists wrote them."""
    import subprocess

    from fixtures.legacy_docx import _encoders, _is_caps

    tcvn, _ = _encoders()
    out = []
    for line in text.replace("“", '"').replace("”", '"').split("\n"):
        try:
            out.append(tcvn.tcvn3_encode(line, caps_font_lines=(0,) if _is_caps(line) else ()))
        except ValueError:
            out.append(subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=line.encode(),
                                      capture_output=True, check=True).stdout)
    return b"\r\n".join(out) + b"\r\n"


def legacy_doc(text: str, target: Path) -> Path:
    """A .doc (Word 97-2003) saved by LibreOffice from a legacy-font DOCX."""
    import subprocess
    import tempfile

    import docx

    from fixtures.legacy_docx import render_legacy_docx

    with tempfile.TemporaryDirectory() as tmp:
        src = render_legacy_docx(text, Path(tmp) / f"{target.stem}.docx")
        d = docx.Document(str(src))
        d.add_paragraph("")  # Word always ends a document with a paragraph
        d.save(str(src))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "doc", "--outdir", tmp, str(src)], check=True, capture_output=True)
        shutil.copyfile(Path(tmp) / f"{target.stem}.doc", target)
    return target


def build(out: Path = HERE, only: set[str] | None = None) -> list[Path]:
    written: list[Path] = []
    for seed, name in SEEDS.items():
        if only and name not in only:
            continue
        for d in SEED_DIRS:
            if (d / seed).exists():
                shutil.copyfile(d / seed, out / name)
                written.append(out / name)
                break
        else:
            print(f"seed {seed} not found; keeping {name} as is", file=sys.stderr)
    for name, (plan, how) in RENDERED.items():
        if only and name not in only:
            continue
        text = plan_text(plan)
        target = out / name
        if how == "scan-pdf":
            written += render_scan(text, target, seed=18, jpeg_quality=40)
        elif how == "scan-png":
            written += render_scan(text, target, seed=126, gray_levels=16)
        elif how == "text-pdf":
            written.append(render_text_pdf(text, target))
        elif how == "tcvn3-txt":
            target.write_bytes(tcvn3_bytes(text))
            written.append(target)
        elif how == "legacy-doc":
            written.append(legacy_doc(text, target))
        else:
            written.append(render_docx(text, target))
    return written


if __name__ == "__main__":
    for p in build(only=set(sys.argv[1:]) or None):
        print(f"{p.stat().st_size:>9}  {p.relative_to(ROOT)}")
