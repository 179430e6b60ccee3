"""Loading the language model: the file is memory-mapped, not copied.

A mapped file must behave as the copied bytes did: a file that is no model (empty,
garbage) is refused with the same error, and a model file replaced while a process
has it loaded (``build_lm`` writes atomically: a new file renamed over the old)
leaves the loaded model as it was. The trigram continuations, which sit at an odd
offset in the file, are held aligned (every binary-search step gathers from them).
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from vanban.ocr.restore.lm import DEFAULT_PATH, LanguageModel


@pytest.mark.parametrize("content", [b"", b"VBLM", b"not a model at all, just text"])
def test_a_file_that_is_no_model_is_refused(tmp_path, content):
    path = tmp_path / "lm.bin"
    path.write_bytes(content)
    with pytest.raises(ValueError, match="not a vanban LM file"):
        LanguageModel(path)


def test_a_loaded_model_survives_its_file_being_replaced(tmp_path):
    path = tmp_path / "lm.bin"
    shutil.copyfile(DEFAULT_PATH, path)
    lm = LanguageModel(path)
    words = ["cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "việt", "nam"]
    before = lm.sentence_logp(words)
    other = tmp_path / "other.bin"
    other.write_bytes(b"\0" * 4096)
    os.replace(other, path)  # what an atomic rebuild does
    assert lm.sentence_logp(words) == before
    assert np.isfinite(before)


def test_trigram_continuations_are_aligned():
    lm = LanguageModel(DEFAULT_PATH)
    assert lm.tri_c.flags.aligned and lm.tri_c.dtype == np.uint16
    assert len(lm.tri_c) == lm.header["n_trigrams"]
