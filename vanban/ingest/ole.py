"""What an OLE compound file (Office's pre-2007 container) holds.

Why: the magic bytes ``D0 CF 11 E0`` only say "OLE". Behind them Office
writes a Word 97-2003 document, an Excel or PowerPoint file — and every
*password-protected* DOCX/XLSX too (the encrypted package is wrapped in an
OLE file with ``EncryptionInfo`` and ``EncryptedPackage`` streams). A
password-protected ``plan.docx`` must fail as "encrypted", not as "a legacy
.doc file", and a Word 97 file renamed ``.docx`` (offices "convert" that
way) is read as the .doc it is. msoffcrypto-tool (olefile underneath) reads
the container; no decryption is attempted.
"""

from __future__ import annotations

from pathlib import Path

#: what :func:`ole_content` may answer
ENCRYPTED, WORD97, OTHER = "encrypted", "doc", "other"


def ole_content(path: Path) -> tuple[str, str]:
    """(content, description) of the OLE file at ``path``.

    content is ``"encrypted"`` (a password-protected Office file: an
    encrypted DOCX/XLSX/PPTX package, or a Word/Excel 97 file with its
    encryption flag set), ``"doc"`` (a Word 97-2003 document) or ``"other"``
    (an Excel/PowerPoint 97 file, or a container too damaged to read).
    Never raises for bad content; OSError only if the file cannot be opened.
    """
    import msoffcrypto

    with open(path, "rb") as fh:
        try:
            office = msoffcrypto.OfficeFile(fh)
            fmt = getattr(office, "format", "")
            encrypted = bool(office.is_encrypted())
        except Exception:  # olefile/msoffcrypto raise many kinds on damaged containers
            return OTHER, "a legacy MS Office (.doc/.xls) file"
    if encrypted:
        return ENCRYPTED, _ENCRYPTED.get(fmt, "a password-protected Office file")
    if fmt == "doc97":
        return WORD97, "a Word 97-2003 document"
    return OTHER, _OTHER.get(fmt, "a legacy MS Office (.doc/.xls) file")


_ENCRYPTED = {
    "ooxml": "a password-protected (encrypted) Office document",
    "doc97": "a password-protected (encrypted) Word 97-2003 document",
    "xls97": "a password-protected (encrypted) Excel 97-2003 workbook",
    "ppt97": "a password-protected (encrypted) PowerPoint 97-2003 file",
}
_OTHER = {"xls97": "an Excel 97-2003 workbook", "ppt97": "a PowerPoint 97-2003 file"}
