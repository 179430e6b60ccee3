"""A stored path's file name in search hits: a byte of a file name that was not UTF-8 is stored escaped ("\\xb8"), and
that backslash is no Windows folder separator (session 40's newcomer saw "K\\xea ho\\xb8ch 87.txt" listed as
"xb8ch 87.txt")."""
from vanban.archive.search import base_name, in_folder


def test_an_escaped_byte_stays_in_the_name() -> None:
    assert base_name("/srv/van ban/K\\xea ho\\xb8ch 87.txt") == "K\\xea ho\\xb8ch 87.txt"
    assert in_folder("/srv/van ban/K\\xea ho\\xb8ch 87.txt") == "van ban/K\\xea ho\\xb8ch 87.txt"


def test_windows_and_posix_folders_still_cut() -> None:
    assert base_name("C:\\Users\\vp\\Ke hoach 12.docx") == "Ke hoach 12.docx"
    assert base_name("/home/vp/Kế hoạch 12.docx") == "Kế hoạch 12.docx"
    assert in_folder("D:\\luu tru\\2026\\KH-12.pdf") == "2026/KH-12.pdf"
    assert base_name(None) is None
