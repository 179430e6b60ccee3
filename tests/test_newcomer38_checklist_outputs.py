"""nc38 (a newcomer's run): ``vanban checklist F -o a.csv -o ro/b.docx`` wrote a.csv, then failed on b.docx. Every
destination is checked before any is written (and before the document is read): one that cannot be written fails
the command with nothing written. Run through the real CLI (click's runner).
"""

from click.testing import CliRunner

from vanban.cli import cli

PLAN = ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 12/KH-UBND\nTân Hòa, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nVệ sinh môi trường\n\n"
        "1. Các ấp ra quân dọn vệ sinh trước ngày 30/3/2027.\n")


def _run(tmp_path, second):
    src = tmp_path / "kh.txt"
    src.write_text(PLAN, encoding="utf-8")
    return CliRunner().invoke(cli, ["checklist", str(src), "-o", str(tmp_path / "a.csv"), "-o", str(second), "-j", "1"])


def test_a_folder_in_the_way_fails_before_any_file_is_written(tmp_path):
    (tmp_path / "b.docx").mkdir()
    got = _run(tmp_path, tmp_path / "b.docx")
    assert got.exit_code != 0 and "b.docx" in got.output
    assert not (tmp_path / "a.csv").exists()


def test_an_unwritable_destination_fails_before_any_file_is_written(tmp_path):
    # a path through a plain file: no user, root included, can write there (a read-only folder is the same failure
    # for an ordinary user, ``_unwritable``; a chmod test cannot fail as root, the user CI runs as)
    (tmp_path / "ro").write_text("not a folder", encoding="utf-8")
    got = _run(tmp_path, tmp_path / "ro" / "b.docx")
    assert got.exit_code != 0 and "ro/b.docx" in got.output and "no such folder" in got.output, got.output
    assert not (tmp_path / "a.csv").exists()


def test_writable_destinations_are_all_written(tmp_path):
    got = _run(tmp_path, tmp_path / "b.docx")
    assert got.exit_code == 0, got.output
    assert (tmp_path / "a.csv").exists() and (tmp_path / "b.docx").exists()
