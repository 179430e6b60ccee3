"""Obligation kinds tune29's new documents showed in session 30 (t29obl), each in its own wording."""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ TÂN LẬP**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 21/QĐ-UBND\n\n*Tân Lập, ngày 05 tháng 3 năm 2027*\n\n**QUYẾT ĐỊNH**\n\n"
            "Về việc phân công nhiệm vụ các thành viên Ủy ban nhân dân xã\n\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP**\n\n**QUYẾT ĐỊNH:**\n\n")
_QD_TAIL = ("\n\n*Nơi nhận:*\n- Như Điều 3;\n- Lưu: VT.\n\n**CHỦ TỊCH**\n\n**Vi Văn Sáng**\n")


def _dues(text: str) -> dict[str, str | None]:
    got: dict[str, str | None] = {}
    for o in extract(text).obligations:
        d = (o.deadline.date or o.deadline.latest) if o.deadline else None
        got[o.who] = min(x for x in (got.get(o.who), d) if x) if (got.get(o.who) or d) else None
    return got


def test_a_member_of_the_peoples_committee_heading_a_block_is_charged_as_its_chair_is():
    text = _QD_HEAD + (
        "**Điều 1. Phân công nhiệm vụ như sau:**\n\n"
        "**1. Phó Chủ tịch Ủy ban nhân dân xã - bà Lò Thị Hoa**\n\n"
        "a) Giúp Chủ tịch theo dõi, chỉ đạo lĩnh vực văn hóa - xã hội.\n\n"
        "b) Chỉ đạo tổng kết năm học, hoàn thành trước ngày 10/6/2027.\n\n"
        "**2. Ủy viên Ủy ban nhân dân xã - Trưởng Công an xã - ông Hà Văn Toản**\n\n"
        "a) Tham mưu Chủ tịch về bảo đảm an ninh, trật tự trên địa bàn xã.\n\n"
        "b) Rà soát, cập nhật dữ liệu cư trú, xong trước ngày 30/4/2027.\n\n"
        "**3. Ủy viên Ủy ban nhân dân xã - Chỉ huy trưởng Ban Chỉ huy Quân sự xã - ông Cầm Văn Lả**\n\n"
        "a) Tham mưu công tác quốc phòng, dân quân tự vệ; hoàn thành huấn luyện dân quân trong tháng 8/2027.") + _QD_TAIL
    got = _dues(text)
    assert got.get("Phó Chủ tịch Ủy ban nhân dân xã - bà Lò Thị Hoa") == "2027-06-10"
    assert got.get("Ủy viên Ủy ban nhân dân xã - Trưởng Công an xã - ông Hà Văn Toản") == "2027-04-30"
    assert got.get("Ủy viên Ủy ban nhân dân xã - Chỉ huy trưởng Ban Chỉ huy Quân sự xã - ông Cầm Văn Lả") == "2027-08-31"


def test_how_a_matter_of_several_fields_is_settled_is_a_working_rule_not_a_task():
    text = _QD_HEAD + (
        "**Điều 2. Chế độ làm việc**\n\n"
        "1. Khi công việc liên quan đến lĩnh vực của nhiều thành viên, các Phó Chủ tịch chủ động trao đổi, phối hợp xử "
        "lý; trường hợp không thống nhất thì báo cáo Chủ tịch Ủy ban nhân dân xã quyết định.\n\n"
        "2. Các Ủy viên Ủy ban nhân dân xã báo cáo Chủ tịch kết quả công tác trước ngày 25 hằng tháng.") + _QD_TAIL
    got = _dues(text)
    assert got.get("Các Ủy viên Ủy ban nhân dân xã") == "2027-03-25"
    assert not [w for w in got if w.lower().startswith("các phó chủ tịch")]
