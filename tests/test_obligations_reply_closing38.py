"""A reply letter's closing line ("<issuer> có ý kiến / trả lời / phúc đáp để <asker> (được) biết") is the issuer
answering, no task of its own (real38: the Cục Thuế letters of bench/gold/fresh*, whose labels list no such entry).

Inputs are written for the kind, not copied from the gold documents."""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("BỘ XÂY DỰNG\nCỤC ĐƯỜNG BỘ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\n\nSố: 812/CĐB-QLVT\n\nHà Nội, ngày 12 tháng 10 năm 2026\n\n"
         "V/v giải đáp vướng mắc về cấp phù hiệu xe\n\nKính gửi: Công ty cổ phần Vận tải Hồng Phát\n\n"
         "Cục Đường bộ nhận được văn bản số 45/2026/HP ngày 02/10/2026 của Công ty về cấp phù hiệu xe. "
         "Về vấn đề này, Cục Đường bộ có ý kiến như sau:\n\n"
         "Việc cấp phù hiệu xe thực hiện theo quy định tại Nghị định số 158/2024/NĐ-CP.\n\n"
         "Đề nghị Sở Xây dựng tỉnh Hưng Yên hướng dẫn Công ty hoàn thiện hồ sơ theo quy định.\n\n")
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLVT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn An\n"


def _whos(closing):
    return [o.who for o in extract(_HEAD + closing + _TAIL).obligations]


def test_a_reply_closing_names_no_obligation():
    for closing in ("Cục Đường bộ có ý kiến để Công ty cổ phần Vận tải Hồng Phát được biết./.",
                    "Cục Đường bộ trả lời để Công ty biết và thực hiện./.",
                    "Cục Đường bộ xin phúc đáp để Công ty cổ phần Vận tải Hồng Phát được biết./."):
        whos = _whos(closing)
        assert not any("Cục Đường bộ" in w for w in whos), (closing, whos)
        assert any("Sở Xây dựng" in w for w in whos), (closing, whos)  # the request above it stays


def test_a_body_told_to_answer_the_asker_keeps_its_task():
    # "trả lời" is the addressee's task here, not the issuer's closing
    whos = _whos("Đề nghị Sở Xây dựng tỉnh Hưng Yên trả lời Công ty trước ngày 30/10/2026./.")
    assert any("Sở Xây dựng" in w for w in whos)
