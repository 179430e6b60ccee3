"""Regenerate the demo inputs in samples/ (deterministic: fixed seeds).

Why generated: the scans are renderings of the plan texts in
tests/fixtures/plans/, so their exact text is known and OCR quality on
them can be measured; the two legacy-OCR .txt files are the real seeds.

Run: .venv/bin/python samples/build_samples.py
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
}


def build(out: Path = HERE) -> list[Path]:
    written: list[Path] = []
    for seed, name in SEEDS.items():
        for d in SEED_DIRS:
            if (d / seed).exists():
                shutil.copyfile(d / seed, out / name)
                written.append(out / name)
                break
        else:
            print(f"seed {seed} not found; keeping {name} as is", file=sys.stderr)
    for name, (plan, how) in RENDERED.items():
        text = plan_text(plan)
        target = out / name
        if how == "scan-pdf":
            written += render_scan(text, target, seed=18, jpeg_quality=40)
        elif how == "scan-png":
            written += render_scan(text, target, seed=126, gray_levels=16)
        elif how == "text-pdf":
            written.append(render_text_pdf(text, target))
        else:
            written.append(render_docx(text, target))
    return written


if __name__ == "__main__":
    for p in build():
        print(f"{p.stat().st_size:>9}  {p.relative_to(ROOT)}")
