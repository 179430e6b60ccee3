"""The bench's metadata rules (bench/extract.py): a joint document's signatures, labelled two ways.

vanban gives each signature column of a văn bản liên tịch, joined with "; " in the columns' order (as the labels of
a20-06, t20-06, t28-04 and t29-05 write them); the labels of a28-04 and a29-05 give the schema's one signer — one
column's block alone, the other signer in their notes. The labels README is silent on joint signatures: a gold that
names one column's block is right when vanban's value for that column equals it, the authority and the title of the
same column. Values here are written for this test in the form of those labels."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from extract import metadata_misses  # noqa: E402

GOT = {"signer_authority": "KT. GIÁM ĐỐC SỞ Y TẾ; TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH",
       "signer_title": "PHÓ GIÁM ĐỐC; PHÓ CHỦ TỊCH"}


def _missed(gold):
    return set(metadata_misses(gold, GOT)) & {"signer_authority", "signer_title"}


def test_one_columns_block_is_right():
    assert _missed({"signer_authority": "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH",
                    "signer_title": "PHÓ CHỦ TỊCH"}) == set()
    assert _missed({"signer_authority": "KT. GIÁM ĐỐC SỞ Y TẾ", "signer_title": "PHÓ GIÁM ĐỐC"}) == set()


def test_both_columns_joined_are_right():
    assert _missed(dict(GOT)) == set()


def test_an_authority_and_a_title_of_two_columns_are_no_block():
    assert _missed({"signer_authority": "KT. GIÁM ĐỐC SỞ Y TẾ", "signer_title": "PHÓ CHỦ TỊCH"}) \
        == {"signer_authority", "signer_title"}


def test_a_signature_vanban_did_not_read_is_a_miss():
    assert _missed({"signer_authority": "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "signer_title": "BÍ THƯ"}) \
        == {"signer_authority", "signer_title"}
