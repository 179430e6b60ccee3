"""Số và ký hiệu for the extraction stage: the leaf module :mod:`vanban.symbols`.

Extraction, the archive, search and citation links all use the same
:func:`normalize_symbol` and :func:`symbol_key`; they live in one leaf module
so no stage normalises differently. Re-exported here for existing imports.
"""

from __future__ import annotations

from vanban.symbols import fix_code, normalize_symbol, symbol_key

__all__ = ["normalize_symbol", "symbol_key", "fix_code"]
