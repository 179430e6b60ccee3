"""A joint document's two signature blocks side by side, a scan reading each column's lines as lines of their own
(scan50t, issue #9 on scans).

The kind: a văn bản phối hợp / liên tịch signs once per body, the two blocks side by side in one row. Tesseract
``vie`` on the scanned page gives the left block's lines, then the right block's — "TM. ỦY BAN NHÂN DÂN" / "CHỦ
TỊCH" / "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / "Trần Quốc Bảo" / "Đinh Thị Mai Lan" (t49-05, a Quy chế phối hợp of a
UBND xã and the Ban Thường trực UBMTTQ, tune49's scan form) —, no line across both columns, so
:func:`vanban.structure.signature_columns.read_side_by_side` found no pair and the line reader made one block of
the two: its levels both bodies', its title the first, the second signer lost, and the Nơi nhận under them was read
as a task ("Trưởng thôn, …; - Lưu"). Each line's place on the page (``x0``/``x1``, as the OCR boxes give them) says
its column. The labels README and the older joint documents' labels (a20-06, t20-06, t28-04, t29-05, t37-05, t46-09,
t49-05: seven of seven) give the two blocks in order, left first, joined with "; ".

The positions of the first form are those of the scan (bench/realdocs_scan.py's OCR of t49-05); its values are the
document's own (``bench/gold/tune49/t49-05-QC-UBND.md``). The second form is written here (a Chương trình phối
hợp of a Hội Nông dân xã and a UBND xã, the right block signed by a deputy); the third is the usual single
signature right of the Nơi nhận, which stays one signature.
"""

from __future__ import annotations

from vanban.models import LineGeometry, Page
from vanban.structure import build_structure

BLANK = LineGeometry()
BODY = [("Quy chế này có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có vấn đề cần sửa đổi, bổ sung, hai bên"
         " trao đổi, thống nhất điều chỉnh cho phù hợp./.", LineGeometry(x0=0.14, x1=0.86)), ("", BLANK)]


def _signature(rows):
    text = "\n".join(t for t, _ in rows)
    st = build_structure([Page(1, "image-ocr", text, text, lines=tuple(g for _, g in rows))])
    return st.signature, st.recipients


def test_two_blocks_read_column_after_column_t49_05_scan():
    sig, recips = _signature(BODY + [
        ("TM. ỦY BAN NHÂN DÂN", LineGeometry(x0=0.143, x1=0.352)),
        ("CHỦ TỊCH", LineGeometry(x0=0.143, x1=0.229)),
        ("TM. BAN THƯỜNG TRỰC", LineGeometry(x0=0.558, x1=0.82)),
        ("CHỦ TỊCH", LineGeometry(x0=0.636, x1=0.744)),
        ("", BLANK),
        ("Trần Quốc Bảo", LineGeometry(x0=0.143, x1=0.256)),
        ("Đinh Thị Mai Lan", LineGeometry(x0=0.605, x1=0.775)),
        ("Nơi nhận: - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c); - TT Đảng ủy xã", LineGeometry(x0=0.14, x1=0.86)),
        ("(b/c); - TT HĐND xã; - Thành viên UBND xã; - Các tổ chức thành viên của Mặt trận xã;",
         LineGeometry(x0=0.14, x1=0.86)),
        ("- Trưởng thôn, Trưởng Ban công tác Mặt trận các thôn; - Lưu: VT UBND, VT MTTQ.", LineGeometry(x0=0.14, x1=0.8)),
    ])
    assert (sig.levels, sig.title, sig.name) == (("TM. ỦY BAN NHÂN DÂN",), "CHỦ TỊCH", "Trần Quốc Bảo")
    assert len(sig.co_signers) == 1
    co = sig.co_signers[0]
    assert (co.levels, co.title, co.name) == (("TM. BAN THƯỜNG TRỰC",), "CHỦ TỊCH", "Đinh Thị Mai Lan")


def test_a_deputy_signing_the_right_block_written_form():
    sig, _ = _signature(BODY + [
        ("TM. BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ", LineGeometry(x0=0.12, x1=0.44)),
        ("CHỦ TỊCH", LineGeometry(x0=0.22, x1=0.33)),
        ("TM. ỦY BAN NHÂN DÂN", LineGeometry(x0=0.60, x1=0.83)),
        ("KT. CHỦ TỊCH", LineGeometry(x0=0.64, x1=0.79)),
        ("PHÓ CHỦ TỊCH", LineGeometry(x0=0.63, x1=0.80)),
        ("", BLANK),
        ("Lê Văn Thành", LineGeometry(x0=0.20, x1=0.35)),
        ("Nguyễn Thị Hồng Nhung", LineGeometry(x0=0.60, x1=0.83)),
    ])
    assert (sig.title, sig.name) == ("CHỦ TỊCH", "Lê Văn Thành")
    assert [(c.title, c.name) for c in sig.co_signers] == [("PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng Nhung")]
    assert sig.co_signers[0].levels == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")


def test_a_single_signature_right_of_the_noi_nhan_stays_one():
    sig, _ = _signature(BODY + [
        ("Nơi nhận:", LineGeometry(x0=0.12, x1=0.22)),
        ("KT. CHỦ TỊCH", LineGeometry(x0=0.64, x1=0.79)),
        ("- Sở Nội vụ;", LineGeometry(x0=0.12, x1=0.25)),
        ("PHÓ CHỦ TỊCH", LineGeometry(x0=0.63, x1=0.80)),
        ("- Lưu: VT.", LineGeometry(x0=0.12, x1=0.22)),
        ("", BLANK),
        ("Nguyễn Đức Toàn", LineGeometry(x0=0.62, x1=0.81)),
    ])
    assert (sig.title, sig.name, sig.co_signers) == ("PHÓ CHỦ TỊCH", "Nguyễn Đức Toàn", ())
