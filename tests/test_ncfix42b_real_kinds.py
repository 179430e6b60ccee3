"""ncfix42b (session 42's newcomer, part B: real documents) — three kinds, inputs written for this test:

- a "của X tại <văn bản> số …" written after a cited document's date introduces the next document (X is its author),
  not the one before it: a basis that lists directions each by its author keeps each author with its own number;
- a target's baseline that points into a provision ("so với mức quy định tại khoản 2 Điều 7 Nghị định số …") runs
  on across a wrapped line and past the word cap, to the instrument's số ký hiệu;
- a compound name's hyphen printed glued ("chính trị-xã hội") ends a requested body's name before its verb as the
  spaced hyphen does, and the body is printed with the spaced hyphen.
"""

import pytest

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 88/KH-UBND\nVị Thanh, ngày 12 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Thực hiện công tác năm 2027\n\n")


@pytest.mark.parametrize("kind, code", [("công văn", "45-CV/TW"), ("kết luận", "17-KL/TW"), ("thông báo", "31-TB/TW")])
def test_an_author_after_a_date_and_before_tai_is_the_next_documents(kind, code):
    ext = extract(HEAD + "Thực hiện ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy tại thông báo số 12-TB/TU ngày 03/2/2027, "
                  f"của Thường trực Tỉnh ủy tại {kind} số {code} ngày 05/2/2027, Ủy ban nhân dân tỉnh ban hành Kế "
                  "hoạch này.\n")
    by = {c.number: c.issuer for c in ext.citations}
    assert by["12-TB/TU"] == "Ban Thường vụ Tỉnh ủy"
    # a Thông báo conveys the standing board's conclusion; its issuer is its office (the symbol's code), not the author
    # named before "tại" (the labels README's "chỉ đạo của Tổng Bí thư tại Thông báo số 75-TB/VPTW" → null; a29-10)
    assert by[code] == (None if kind == "thông báo" else "Thường trực Tỉnh ủy")


def test_an_author_after_a_date_with_no_document_following_stays():
    ext = extract(HEAD + "Căn cứ Nghị định số 21/2026/NĐ-CP ngày 02/02/2026, của Chính phủ quy định về phí.\n")
    assert [c.issuer for c in ext.citations if c.number == "21/2026/NĐ-CP"] == ["Chính phủ"]


@pytest.mark.parametrize("ref, baseline", [
    ("mức chi quy định tại khoản\n2 Điều 7 Nghị định số 73/2026/NĐ-CP.",
     "mức chi quy định tại khoản 2 Điều 7 Nghị định số 73/2026/NĐ-CP"),
    ("định mức tại điểm b khoản 3\nĐiều 2 Thông tư số 12/2026/TT-BTC.", "định mức tại điểm b khoản 3 Điều 2 Thông tư số 12/2026/TT-BTC"),
    ("năm 2026.", "năm 2026"),
])
def test_a_baseline_into_a_provision_keeps_the_provision(ref, baseline):
    ext = extract(HEAD + "1. Nâng mức hỗ trợ cho cán bộ thôn cao hơn không quá 20% so với " + ref + "\n")
    assert baseline in [t.baseline for t in ext.targets]


@pytest.mark.parametrize("name", ["chính trị-xã hội", "chính trị - xã hội"])
def test_a_glued_compound_hyphen_ends_the_requested_body_before_its_verb(name):
    ext = extract(HEAD + "- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức " + name + " phát huy vai trò giám sát, "
                  "vận động đoàn viên, hội viên tham gia các phong trào của tỉnh.\n")
    whos = {o.who: o.what for o in ext.obligations}
    who = "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội"
    assert who in whos and whos[who].startswith("phát huy")
