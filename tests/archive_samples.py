"""Hand-made ``Document`` objects for the archive, search and Datasette tests.

Built directly from ``vanban.models`` (not through the conveyor) so the
archive is tested on its own: realistic accented Vietnamese directives, one
legacy OCR text that lost every diacritic, one with old tone placement, and
one whose text carries HTML/<script> that must be shown as text.
"""

from __future__ import annotations

import hashlib

from vanban.models import (
    Citation,
    Deadline,
    Document,
    Extraction,
    Metadata,
    Obligation,
    Page,
    PageSource,
    SourceDocument,
    Span,
    Target,
)
from vanban.structure import structure_of_text


def make_doc(
    path: str,
    pages: list[str],
    metadata: Metadata | None = None,
    *,
    raw_pages: list[str] | None = None,
    citations: tuple[Citation, ...] = (),
    deadlines: tuple[Deadline, ...] = (),
    targets: tuple[Target, ...] = (),
    obligations: tuple[Obligation, ...] = (),
    kind: str = "txt",
    confidence: float | None = None,
) -> Document:
    """A Document whose sha256 is the hash of its raw text (as ingest would)."""
    raw_pages = raw_pages or pages
    blob = "\f".join(raw_pages).encode("utf-8")
    sha = hashlib.sha256(blob).hexdigest()
    source = SourceDocument(
        path=path,
        sha256=sha,
        kind=kind,
        size=len(blob),
        pages=tuple(PageSource(number=i + 1, method=kind) for i in range(len(pages))),
        encoding="utf-8",
    )
    page_objs = tuple(
        Page(
            number=i + 1,
            method="pdf-ocr" if kind == "pdf" else kind,
            raw_text=raw,
            text=text,
            confidence=confidence,
            restored=raw != text,
        )
        for i, (raw, text) in enumerate(zip(raw_pages, pages))
    )
    return Document(
        source=source,
        pages=page_objs,
        extraction=Extraction(
            metadata=metadata or Metadata(),
            citations=citations,
            deadlines=deadlines,
            targets=targets,
            obligations=obligations,
            structure=structure_of_text("\f".join(pages)),  # the outline the document page shows
        ),
    )


# --- 1. Kế hoạch of a ward Party committee (accented, cites two others) -------

DANVAN_TEXT = (
    "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG LONG BIÊN\nSố 24-KH/ĐU\n"
    "Long Biên, ngày 29 tháng 8 năm 2025\n\nKẾ HOẠCH\n"
    "tiếp tục đẩy mạnh thực hiện Phong trào thi đua “Dân vận khéo”\n\n"
    "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương "
    "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; "
    "Kế hoạch 04-KH/BTGDVTU ngày 26/8/2025 của Ban Tuyên giáo và Dân vận Thành ủy, "
    "Đảng ủy phường xây dựng Kế hoạch triển khai thực hiện cụ thể như sau:\n\n"
    "I- MỤC ĐÍCH, YÊU CẦU\n1. Tiếp tục quán triệt, nâng cao nhận thức, trách nhiệm "
    "của các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc về công tác dân vận.\n"
    "II- NHIỆM VỤ\n1. Ủy ban nhân dân phường chủ trì xây dựng mô hình “Dân vận khéo” "
    "về chuyển đổi số, hoàn thành trước ngày 30/11/2025.\n"
    "2. Mỗi chi bộ xây dựng ít nhất 01 mô hình “Dân vận khéo” mỗi năm.\n"
    "3. Ban Tuyên giáo và Dân vận Đảng ủy tổng hợp, báo cáo kết quả định kỳ hằng năm "
    "trước ngày 15/12.\n"
)
DANVAN_DEADLINE = Deadline(
    text="trước ngày 30/11/2025",
    date="2025-11-30",
    earliest=None,
    latest="2025-11-30",
    what="xây dựng mô hình “Dân vận khéo” về chuyển đổi số",
    who="Ủy ban nhân dân phường",
    span=Span(0, 10, "Ủy ban nhân dân phường chủ trì xây dựng mô hình “Dân vận khéo” về chuyển đổi số, hoàn thành trước ngày 30/11/2025."),
)
DANVAN_YEARLY = Deadline(
    text="trước ngày 15/12 hằng năm",
    date="2025-12-15",
    earliest=None,
    latest="2025-12-15",
    recurrence="FREQ=YEARLY",
    what="tổng hợp, báo cáo kết quả",
    who="Ban Tuyên giáo và Dân vận Đảng ủy",
)
DANVAN_TARGET = Target(
    text="ít nhất 01 mô hình “Dân vận khéo” mỗi năm",
    min=1,
    max=None,
    unit="mô hình",
    scope="Mỗi chi bộ",
    period="mỗi năm",
)
DANVAN = make_doc(
    "/in/24-KH-DU.pdf",
    [DANVAN_TEXT],
    Metadata(
        number="24-KH/ĐU",
        type="Kế hoạch",
        issuer="ĐẢNG ỦY PHƯỜNG LONG BIÊN",
        parent_issuer="ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        place="Long Biên",
        date="2025-08-29",
        title="Tiếp tục đẩy mạnh thực hiện Phong trào thi đua “Dân vận khéo”",
        signer_authority="T/M ĐẢNG ỦY",
        signer_title="PHÓ BÍ THƯ",
        signer_name="Nguyễn Văn An",
        recipients=("Ban Tuyên giáo và Dân vận Thành ủy", "Các chi bộ trực thuộc"),
    ),
    citations=(
        Citation(
            text="Nghị quyết số 25-NQ/TW ngày 03/6/2013",
            number="25-NQ/TW",
            type="Nghị quyết",
            date="2013-06-03",
            issuer="Ban Chấp hành Trung ương",
            relation="can_cu",
        ),
        Citation(
            text="Kế hoạch 04-KH/BTGDVTU ngày 26/8/2025",
            number="04-KH/BTGDVTU",
            type="Kế hoạch",
            date="2025-08-26",
            issuer="Ban Tuyên giáo và Dân vận Thành ủy",
            relation="can_cu",
        ),
    ),
    deadlines=(DANVAN_DEADLINE, DANVAN_YEARLY),
    targets=(DANVAN_TARGET,),
    obligations=(
        Obligation(
            who="Ủy ban nhân dân phường",
            what="chủ trì xây dựng mô hình “Dân vận khéo” về chuyển đổi số",
            deadline=DANVAN_DEADLINE,
        ),
        Obligation(
            who="Mỗi chi bộ",
            what="xây dựng ít nhất 01 mô hình “Dân vận khéo” mỗi năm",
            targets=(DANVAN_TARGET,),
        ),
        Obligation(
            who="Ban Tuyên giáo và Dân vận Đảng ủy",
            what="tổng hợp, báo cáo kết quả định kỳ hằng năm",
            deadline=DANVAN_YEARLY,
        ),
    ),
    kind="pdf",
    confidence=91.5,
)

# --- 2. The Nghị quyết it cites ---------------------------------------------------

NQ25 = make_doc(
    "/in/25-NQ-TW.docx",
    [
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 25-NQ/TW\nHà Nội, ngày 03 tháng 6 năm 2013\n"
        "NGHỊ QUYẾT\nHội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI "
        "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận "
        "trong tình hình mới.\nCông tác dân vận là nhiệm vụ có ý nghĩa chiến lược "
        "đối với sự nghiệp cách mạng của nước ta.",
    ],
    Metadata(
        number="25-NQ/TW",
        type="Nghị quyết",
        issuer="BAN CHẤP HÀNH TRUNG ƯƠNG",
        date="2013-06-03",
        title="Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        place="Hà Nội",
    ),
    kind="docx",
)

# --- 3. Legacy OCR that lost every diacritic (not restored) -----------------------

LEGACY_TEXT = (
    "DANG BO TINH BINH DINH\nDANG UY XA PHUOC HOA\nSo 13-KH/DU\n"
    "KE HOACH\nthuc hien chuyen doi so trong co quan dang nam 2025\n"
    "Dang uy xa giao Van phong Dang uy chu tri, bao cao truoc ngay 31/10/2025.\n"
)
LEGACY = make_doc(
    "/in/legacy/13-KH-DU.txt",
    [LEGACY_TEXT],
    Metadata(
        number="13-KH/DU",
        type="KE HOACH",
        issuer="DANG UY XA PHUOC HOA",
        date="2025-03-10",
        title="thuc hien chuyen doi so trong co quan dang nam 2025",
    ),
    obligations=(
        Obligation(
            who="Van phong Dang uy",
            what="chu tri, bao cao",
            deadline=Deadline("truoc ngay 31/10/2025", "2025-10-31", None, "2025-10-31"),
        ),
    ),
)

# --- 4. A restored page: raw OCR without marks, restored text with them ----------

RESTORED = make_doc(
    "/in/ct-05.pdf",
    ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố 05/CT-UBND\nCHỈ THỊ\nvề tăng cường quản lý thủy sản và hòa giải ở cơ sở"],
    Metadata(
        number="05/CT-UBND",
        type="Chỉ thị",
        issuer="ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        date="2024-02-01",
        title="về tăng cường quản lý thủy sản và hòa giải ở cơ sở",
    ),
    raw_pages=["UY BAN NHAN DAN TINH KHANH HOA\nSo 05/CT-UBND\nCHI THI\nve tang cuong quan ly thuy san va hoa giai o co so"],
    kind="pdf",
    confidence=78.0,
)

# --- 5. HTML in the text: must be shown as text ------------------------------------

HOSTILE = make_doc(
    "/in/cv-99.txt",
    ["CÔNG VĂN số 99/CV-VP về việc <script>alert('xss')</script> <b>đậm</b> chấn chỉnh lề lối"],
    Metadata(
        number="99/CV-VP",
        type="Công văn",
        issuer="VĂN PHÒNG ĐẢNG ỦY",
        date="2025-01-05",
        title="<script>alert('title')</script> chấn chỉnh lề lối làm việc",
    ),
    obligations=(Obligation(who="<i>Các phòng</i>", what="<script>alert(1)</script> báo cáo"),),
)

ALL = (DANVAN, NQ25, LEGACY, RESTORED, HOSTILE)


def store_samples(path, docs=ALL) -> dict[str, int]:
    """Store ``docs`` in a new archive at ``path``: {sha256: document id}."""
    from vanban.archive import Archive

    with Archive(path) as a:
        return {d.source.sha256: a.store(d) for d in docs}


def one_deadline_archive(path):
    """A new archive at ``path`` holding one Kế hoạch (12/KH-UBND of 2026-11-02) with one deadline, "trước ngày
    30/11/2026": the smallest archive the deadline pages and the checklist addresses can be read on. Returns ``path``."""
    doc = make_doc("kh-12.txt", ["KẾ HOẠCH số 12/KH-UBND\nHoàn thành trước ngày 30/11/2026."],
                   Metadata(number="12/KH-UBND", type="Kế hoạch", date="2026-11-02", title="Kế hoạch thử"),
                   deadlines=(Deadline(text="trước ngày 30/11/2026", date="2026-11-30", earliest=None, latest=None,
                                       what="Hoàn thành"),))
    store_samples(path, [doc])
    return path
