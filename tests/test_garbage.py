"""A real plan whose OCR carries a garbage region (a photo, a stamp, a table
read as random letters) is stored with the region flagged and kept out of
extraction and search (vanban/readable.py); a file with no readable
Vietnamese is still refused. The first test failed before issue 13's fix
("not Vietnamese text (only 4% …)")."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import ENGLISH, ROOT, table  # noqa: E402

from vanban.conveyor import ingest  # noqa: E402


# --- a real plan with an OCR garbage region -------------------------------------------------

SEED_24 = ROOT / "samples" / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"


def _random_letters(size: int, spaces: bool, seed: int = 24) -> str:
    """A photo read as text: random lowercase letters, in short "words" or one run."""
    import random

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    if not spaces:
        return "".join(rng.choice(letters) for _ in range(size))
    words = []
    total = 0
    while total < size:
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 12))))
        total += len(words[-1]) + 1
    return " ".join(words)[:size]


@pytest.mark.parametrize("spaces", [True, False], ids=["words", "one-run"])
def test_a_plan_with_a_megabyte_of_garbage_is_stored_and_the_garbage_flagged(tmp_path, spaces):
    from vanban.archive.search import search

    seed = SEED_24.read_text(encoding="utf-8")
    garbage = _random_letters(1 << 20, spaces)
    (tmp_path / "clean").mkdir()
    (tmp_path / "noisy").mkdir()
    (tmp_path / "clean" / "24.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "noisy" / "24.txt").write_text(seed + "\n" + garbage + "\n", encoding="utf-8")
    clean_db, noisy_db = tmp_path / "clean.db", tmp_path / "noisy.db"
    assert ingest([tmp_path / "clean"], clean_db, jobs=1, progress=False).stored == 1
    report = ingest([tmp_path / "noisy"], noisy_db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (1, 0), report.errors

    [(raw, text, flags)] = table(noisy_db, "select raw_text, text, garbage from pages")
    import json

    [(start, end)] = json.loads(flags)
    assert raw[start:end] == garbage and len(raw) == len(seed) + len(garbage) + 2  # kept as read
    assert garbage[:50] not in text
    # the rest is what the same plan without the garbage gives
    columns = "number, type, date, title, issuer, rtrim(text, char(10)), rtrim(raw_text, char(10))"
    assert table(noisy_db, f"select {columns} from documents") == \
        table(clean_db, f"select {columns} from documents")
    assert len(table(noisy_db, "select search_text from documents")[0][0]) < 3 * len(seed)  # no megabyte
    for name in ("deadlines", "targets", "obligations", "citations"):
        assert table(noisy_db, f"select count(*) from {name}") == \
            table(clean_db, f"select count(*) from {name}"), name
    # searchable by its content, never by the noise, and no noise in snippets
    hits = search(noisy_db, "dan van kheo")
    assert len(hits) == 1 and garbage[:20] not in (hits[0].snippet or "")
    noise_word = garbage[:12].split()[0] if spaces else garbage[:40]
    assert search(noisy_db, noise_word) == []


def test_a_file_of_nothing_but_garbage_is_still_refused(tmp_path):
    (tmp_path / "noise.txt").write_text(_random_letters(50_000, True), encoding="utf-8")
    (tmp_path / "english.txt").write_text(ENGLISH * 20, encoding="utf-8")
    said = {}
    report = ingest([tmp_path], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.__setitem__(Path(path).name, line))
    assert (report.stored, report.failed) == (0, 2)
    assert said["noise.txt"].startswith("no readable text (only OCR garbage: ")
    assert said["english.txt"].startswith("not Vietnamese text")


def test_readable_text_has_no_garbage(samples_dir):
    """Independent material: the legacy-OCR seeds (marks lost, OCR errors),
    born-digital samples and the test plans flag nothing."""
    from vanban.ingest import load
    from vanban.readable import garbage_spans

    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "fixtures" / "plans").glob("*.txt")]
    for path in sorted(samples_dir.iterdir()):
        if path.suffix in {".txt", ".docx"} or path.name.endswith("_text.pdf"):
            texts += [page.text for page in load(path).pages]
    assert len(texts) >= 9
    assert [t[:60] for t in texts if garbage_spans(t)] == []


def test_garbage_spans_keep_line_numbers():
    from vanban.readable import garbage_spans, without

    noise = _random_letters(600, True)
    text = "Đảng ủy phường Bồ Đề\n" + noise + "\n" + noise[:300] + "\nCác chi bộ thực hiện."
    spans = garbage_spans(text)
    assert len(spans) == 1  # two adjacent noisy lines: one region
    kept = without(text, spans)
    assert kept.splitlines()[0] == "Đảng ủy phường Bồ Đề" and kept.count("\n") == text.count("\n")
    assert kept.splitlines()[-1] == "Các chi bộ thực hiện." and noise[:30] not in kept
