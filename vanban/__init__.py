"""vanban — an archive of Vietnamese Party and state directives.

Stages, in pipeline order: :mod:`vanban.ingest` (files → pages),
:mod:`vanban.ocr` (Tesseract and post-OCR correction, diacritics included),
:mod:`vanban.extract` (metadata, citations, deadlines, targets, obligations),
:mod:`vanban.archive` (SQLite schema, store, search, Datasette).
:mod:`vanban.conveyor` runs them in order; :mod:`vanban.cli` is the command line.
"""

__version__ = "0.1.0"
