"""A sentence whose subject is a list of bodies that ";" parts, with no request before it (issue #10, the session-48
newcomer on 1498/QĐ-UBND and the fresh set's 1630/QĐ-UBND).

The labels (realdocs/labeled/README.md: "a joint subject printed as one phrase … stays one entry"; the fresh set's
1498-QD-UBND and 1630-QD-UBND keep "Sở …, Sở …; Viễn thông …; Chủ tịch UBND các xã, phường" and "Văn phòng Ủy ban
nhân dân tỉnh; Sở Dân tộc và Tôn giáo" as one ``who``) read the whole list as the sentence's subject. Two forms, each
in a Quyết định written for this test (a bare list with no title or request before it, 1630's form, is left):

* an article whose title is run into its text ("Điều 2. Trách nhiệm thực hiện Sở …, Sở …; Chủ tịch UBND …");
* the same list behind "Giao" (a request, read before this session too), which stays one entry;

and one that is not the kind: bulleted bodies one per line, each with a task of its own, stay apart.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 2210/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 14 tháng 3 năm 2027

QUYẾT ĐỊNH
Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực bưu chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 12 quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực bưu chính.

"""

_TAIL = """
Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 4;
- Lưu: VT, KSTTHC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""

_RUN_IN_TITLE = _HEAD + """Điều 2. Trách nhiệm thực hiện Sở Khoa học và Công nghệ, Sở Nội vụ; Bưu điện tỉnh Quảng Trị;
Chủ tịch UBND các xã, phường thực hiện trách nhiệm theo Điều 3 Quyết định số 215/QĐ-UBND ngày 02/6/2026 của Chủ
tịch UBND tỉnh.
""" + _TAIL

_REQUEST = _HEAD + """Điều 2. Giao Sở Khoa học và Công nghệ; Bưu điện tỉnh Quảng Trị công khai quy trình nội bộ trên
Cổng thông tin điện tử tỉnh.
""" + _TAIL

_BULLETS = _HEAD + """Điều 2. Tổ chức thực hiện

- Sở Khoa học và Công nghệ hướng dẫn các xã, phường áp dụng quy trình;

- Sở Nội vụ kiểm tra việc thực hiện quy trình tại cấp xã.
""" + _TAIL


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_a_run_in_title_is_no_part_of_the_subject():
    whos = _whos(_RUN_IN_TITLE)
    assert "Sở Khoa học và Công nghệ, Sở Nội vụ; Bưu điện tỉnh Quảng Trị; Chủ tịch UBND các xã, phường" in whos
    assert not any(w and w.startswith("Trách nhiệm") for w in whos)
    assert "Chủ tịch UBND các xã, phường" not in whos


def test_the_list_behind_giao_stays_one_entry():
    assert "Sở Khoa học và Công nghệ; Bưu điện tỉnh Quảng Trị" in _whos(_REQUEST)


def test_bulleted_bodies_keep_their_own_tasks():
    whos = _whos(_BULLETS)
    assert "Sở Khoa học và Công nghệ" in whos and "Sở Nội vụ" in whos
