"""The two seed Party plans (13-KH/ĐU, 24-KH/ĐU: tests/fixtures/seeds/*.gold.txt, the hand transcriptions) pasted as
ONE line read as they do laid out: the signature beside the Nơi nhận items, a "I- " / "III - " heading, a stock
heading run on into its text ("1. Chỉ tiêu Các chi bộ …"), an appendix's header run on after the signing level, and
two dates of one sentence, each with its own task after a ";".

Expected values read from the documents (their signature blocks, their "TỔ CHỨC THỰC HIỆN" parts, the sentence
"Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị triển khai hướng dẫn; cuối tháng 10/2025 tổ chức Hội nghị
chuyên đề …").
"""

from __future__ import annotations

import pathlib
import re

from vanban.extract import extract

SEEDS = pathlib.Path(__file__).parent / "fixtures" / "seeds"


def _oneline(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return " ".join(ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip())


def test_signature_beside_the_recipients_on_one_line():
    """"Nơi nhận: T/M BAN THƯỜNG VỤ - Ban TG và DV Tỉnh ủy (báo cáo), PHÓ BÍ THƯ - Thường trực …": a legacy page's
    two columns read line by line, then run on."""
    md = extract(_oneline("13-KH-DU.gold.txt")).metadata
    assert md.signer_authority == "T/M BAN THƯỜNG VỤ"
    assert md.signer_title == "PHÓ BÍ THƯ"
    assert "Thường trực Đảng ủy" in md.recipients
    assert not any("BÍ THƯ" in r or "T/M" in r for r in md.recipients)


def test_two_dates_of_one_sentence_keep_their_own_tasks_on_one_line():
    ext = extract(_oneline("13-KH-DU.gold.txt"))
    by_text = {d.text: d for d in ext.deadlines}
    assert "Hội nghị triển khai hướng dẫn" in by_text["đầu tháng 10/2025"].what
    assert by_text["cuối tháng 10/2025"].what.startswith("tổ chức Hội nghị chuyên đề")


def test_a_date_after_a_semicolon_opens_its_own_task():
    """The same kind in prose laid out on lines (written in the seeds' style): the ";" closes the first task."""
    text = ("KẾ HOẠCH\nTổ chức sơ kết phong trào thi đua năm 2026\n\n1. Dự kiến đầu tháng 3/2026: Ban Thường vụ tổ chức "
            "hội nghị quán triệt; cuối tháng 6/2026 tổ chức hội nghị sơ kết 6 tháng, biểu dương các mô hình tiêu biểu.\n")
    ds = {d.text: d for d in extract(text, reference_date="2026-01-10").deadlines}
    assert "hội nghị quán triệt" in ds["đầu tháng 3/2026"].what
    assert ds["cuối tháng 6/2026"].what.startswith("tổ chức hội nghị sơ kết")


def test_roman_headings_with_a_hyphen_are_parts_on_one_line():
    from vanban.structure.run_on import run_on_breaks

    text = _oneline("13-KH-DU.gold.txt")
    starts = {text[k:k + 20] for k in run_on_breaks(text)}
    assert any(s.startswith("I- MỤC ĐÍCH") for s in starts)
    assert any(s.startswith("III - TỔ CHỨC") for s in starts)


def test_target_list_under_a_run_on_heading_is_no_assignment():
    """"1. Chỉ tiêu Các chi bộ … - Chi bộ khối HCSN: 05 đến 10 mô hình; …": the heading ("Chỉ tiêu") is read, so the
    figures per Chi bộ stay targets, not obligations; the bodies assigned are those of "III. TỔ CHỨC THỰC HIỆN"."""
    ext = extract(_oneline("24-KH-DU.gold.txt"))
    whos = [o.who for o in ext.obligations]
    assert not any(w.startswith("Chi bộ") for w in whos)
    assert whos[:3] == ["Ủy ban nhân dân phường", "Ban Xây dựng Đảng phường",
                        "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường"]
    assert len(whos) == 4


def test_appendix_header_after_the_level_is_not_the_level():
    """"… Nơi nhận: T/M BAN THƯỜNG VỤ ĐƠN VỊ... ĐẢNG CỘNG SẢN VIỆT NAM Long Biên, ngày … DANH SÁCH …" (the
    registration form after the plan): the form's blank for its unit and the motto open the appendix."""
    md = extract(_oneline("24-KH-DU.gold.txt")).metadata
    assert md.signer_authority == "T/M BAN THƯỜNG VỤ"
    assert md.issuer == "ĐẢNG ỦY PHƯỜNG LONG BIÊN"


def test_a_request_is_no_heading_on_one_line():
    """"4. Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ …" (221-KL/TW): "Yêu cầu" here asks a body; only "2. Yêu cầu
    - Phong trào …" (an item's dash after it) is the stock heading."""
    from vanban.structure.run_on import run_on_breaks

    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM Số 221-KL/TW Hà Nội, ngày 20 tháng 11 năm 2025 KẾT LUẬN "
            "CỦA BỘ CHÍNH TRỊ về việc sắp xếp tổ chức bộ máy 1. Các cấp uỷ tiếp tục thực hiện nghiêm các kết luận. "
            "4. Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ, tổ chức đảng ở Trung ương hoàn thành trước ngày "
            "31/12/2025. 5. Yêu cầu - Các tỉnh uỷ, thành uỷ báo cáo kết quả. T/M BỘ CHÍNH TRỊ Trần Cẩm Tú")
    starts = [text[k:k + 30] for k in run_on_breaks(text)]
    assert "Đảng uỷ Chính phủ chỉ đạo các " not in starts
    assert any(s.startswith("4. Yêu cầu Đảng uỷ") for s in starts)
    assert any(s.startswith("- Các tỉnh uỷ") for s in starts)
