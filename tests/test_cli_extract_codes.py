"""``vanban extract`` on a short pasted text full of document codes, and its refusals as JSON.

A newcomer pasted one sentence citing two Party documents by their số ký hiệu; half its words
were the letters of the codes ("KL", "TW", "NQ"), the language check counted them as non-Vietnamese
and refused it with nothing on stdout. Codes and abbreviations are now left out of the share;
a refusal of ``--format json`` is still a JSON object on stdout (with the one line on stderr).
Run through click's runner against the real conveyor.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from vanban.cli import cli
from vanban.text import vietnamese_ratio


def _extract(tmp_path, text: str):
    path = tmp_path / "dan.txt"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["extract", str(path), "--jobs", "1", "--format", "json"])


@pytest.mark.parametrize("text", [
    "Thực hiện CT 05-CT/TU và HD 12-HD/BTGTU, mọi đảng viên học tập đầy đủ.",
    "Theo QĐ 88/QĐ-UBND và CV 41/CV-BCĐ, xã báo cáo trước ngày 20/3/2027.",
    "Thi hành NĐ 30/2020/NĐ-CP, TT 01/2011/TT-BNV; văn phòng rà soát lại.",
])
def test_a_short_sentence_of_codes_is_extracted(tmp_path, text):
    result = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert "not Vietnamese" not in result.output
    assert isinstance(json.loads(result.stdout), dict)


def test_codes_leave_english_still_refused_and_the_refusal_is_json(tmp_path):
    result = _extract(tmp_path, "Please review the attached NQ and KL files and send your comments by Friday.")
    assert result.exit_code == 1
    refusal = json.loads(result.stdout)
    assert refusal["file"].endswith("dan.txt") and refusal["error"].startswith("not Vietnamese text")
    assert "not Vietnamese text" in result.stderr


def test_the_share_leaves_codes_out_only_when_asked():
    text = "Căn cứ HD 07-HD/BTC, các tổ thực hiện."
    assert vietnamese_ratio(text, skip_codes=True) == 1.0
    assert vietnamese_ratio(text) < 1.0
