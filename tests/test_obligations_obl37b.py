"""Obligation kinds tune36's documents showed in session 37 (obl37b), each in its own wording: an appendix of quotas
per unit with the day each share is due (targets, no task rows) beside a body quota table with its own completion
dates (still one obligation a row); a donor class's contribution level; a request heading whose point hands a task
on to the asked body's office; a body's line with its members in brackets; a request that goes straight on to the
act; the forest rangers of a commune, its forest owners and population collaborators; "địa bàn" that is no Ban; a
sentence opened by the event or season it answers; a danger level "cấp II"; a team named by the order it keeps
("trật tự xây dựng"); a decision setting up a team with its members after it; a unit named by what it manages; the
rounds of a drive in a table under a campaign's line (running periods, no due dates)."""

from __future__ import annotations

import pytest

from conftest import doc_head, signature

from vanban.extract import extract

_HEAD = doc_head(issuer="XÃ ĐAK RONG", number=52, date=(14, 10, 2031),
                 title="Bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô 2031 - 2032", markdown=True)
_SIGN = signature("Đinh Văn Hlin", recipients=("Các thôn", "Lưu: VT"), markdown=True)


def _dues(text: str) -> dict[str, list[str | None]]:
    got: dict[str, list[str | None]] = {}
    for o in extract(text).obligations:
        got.setdefault(o.who, []).append((o.deadline.date or o.deadline.latest) if o.deadline else None)
    return got


def _fund_plan(appendix_title: str) -> str:
    """A Mặt trận's fund drive: its tasks in the body, the units' shares in an appendix after the signature."""
    return (
        "ỦY BAN MTTQ VIỆT NAM\n**XÃ HÒA AN**\n**BAN THƯỜNG TRỰC**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
        "Số: 12/KH-MTTQ-BTT\n\n*Hòa An, ngày 02 tháng 10 năm 2031*\n\n**KẾ HOẠCH**\n\n"
        "Vận động Quỹ \"Vì người nghèo\" năm 2031\n\n"
        "**I. MỨC VẬN ĐỘNG**\n\n"
        "a) Hộ gia đình: vận động mỗi hộ ủng hộ tối thiểu 30.000 đồng/hộ.\n\n"
        "b) Cơ sở sản xuất, kinh doanh: mức ủng hộ từ 500.000 đồng trở lên; khuyến khích ủng hộ bằng hiện vật.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Ban công tác Mặt trận các khu dân cư**\n\n"
        "Vận động từng hộ ủng hộ theo chỉ tiêu tại Phụ lục; nộp tiền về Quỹ xã chậm nhất ngày 28/11/2031.\n\n"
        "**2. Đề nghị Ủy ban nhân dân xã**\n\n"
        "- Chỉ đạo cán bộ, công chức xã tham gia ủng hộ Quỹ.\n\n"
        "- Giao Văn phòng HĐND và UBND xã đưa tin về đợt vận động trên loa phát thanh và bảng tin của xã.\n\n"
        "**3. Các tổ chức chính trị - xã hội xã (Hội Nông dân, Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ, "
        "Đoàn Thanh niên)**\n\n"
        "Vận động hội viên, đoàn viên ủng hộ Quỹ; mỗi tổ chức nhận giúp đỡ ít nhất 01 hộ nghèo.\n\n"
        "*Nơi nhận:*\n- Các khu dân cư;\n- Lưu: VT.\n\n**TM. BAN THƯỜNG TRỰC**\n**CHỦ TỊCH**\n\n**Lê Thị Hoa**\n\n"
        f"PHỤ LỤC\n\n{appendix_title}\n\n"
        "*(Kèm theo Kế hoạch số 12/KH-MTTQ-BTT ngày 02/10/2031 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa An)*\n\n"
        "| STT | Đơn vị | Số hộ | Chỉ tiêu (đồng) | Thời hạn nộp |\n|---|---|---|---|---|\n"
        "| 1 | Khu dân cư Bình Minh | 420 | 12.600.000 | Trước 28/11/2031 |\n"
        "| 2 | Khu dân cư Hòa Bình | 385 | 11.550.000 | Trước 28/11/2031 |\n"
        "| 3 | Trường Tiểu học Hòa An | | 4.000.000 | Trước 20/11/2031 |\n"
        "| | **Tổng cộng** | **805** | **28.150.000** | |\n")


def test_an_appendix_of_quotas_gives_targets_not_a_task_row_per_unit():
    got = _dues(_fund_plan("CHỈ TIÊU VẬN ĐỘNG QUỸ \"VÌ NGƯỜI NGHÈO\" NĂM 2031"))
    assert "Khu dân cư Bình Minh" not in got and "Trường Tiểu học Hòa An" not in got
    assert got.get("Ban công tác Mặt trận các khu dân cư") == ["2031-11-28"]


def test_a_donor_class_level_charges_no_one():
    got = _dues(_fund_plan("CHỈ TIÊU VẬN ĐỘNG QUỸ NĂM 2031"))
    assert not any(w.startswith("Cơ sở sản xuất") for w in got)


def test_a_point_handing_a_task_on_under_a_request_is_the_asked_bodys():
    got = _dues(_fund_plan("CHỈ TIÊU VẬN ĐỘNG QUỸ NĂM 2031"))
    assert "Ủy ban nhân dân xã" in got
    assert "Văn phòng HĐND và UBND xã" not in got


def test_a_body_line_with_its_members_in_brackets_names_the_body():
    got = _dues(_fund_plan("CHỈ TIÊU VẬN ĐỘNG QUỸ NĂM 2031"))
    assert got.get("Các tổ chức chính trị - xã hội xã") == [None]


def test_an_appendix_that_lists_tasks_still_charges_each_row():
    text = _HEAD + ("**I. TỔ CHỨC THỰC HIỆN**\n\nCác đơn vị thực hiện theo Phụ lục kèm theo.\n" + _SIGN
                    + "\n**PHỤ LỤC**\n\nDANH MỤC NHIỆM VỤ PHÒNG CHÁY, CHỮA CHÁY RỪNG\n\n"
                    "| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                    "| 1 | Làm đường ranh cản lửa | Ban quản lý rừng phòng hộ Đak Rong | Trước 15/12/2031 |\n"
                    "| 2 | Tập huấn tổ đội xung kích | Công an xã | Trước 30/11/2031 |\n")
    want = {"Ban quản lý rừng phòng hộ Đak Rong": ["2031-12-15"], "Công an xã": ["2031-11-30"]}
    assert {k: v for k, v in _dues(text).items() if k in want} == want


def _fire_plan(parts: str) -> str:
    return _HEAD + parts + _SIGN


def test_forest_rangers_and_owners_and_a_request_going_straight_to_its_act():
    text = _fire_plan(
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Kiểm lâm phụ trách địa bàn (Hạt Kiểm lâm khu vực Đak Đoa)**\n\n"
        "Hướng dẫn các thôn xây dựng phương án chữa cháy; tập huấn cho tổ đội xung kích xong trước ngày 05/12/2031.\n\n"
        "**2. Các chủ rừng (Ban quản lý rừng phòng hộ Đak Rong, Công ty TNHH MTV Lâm nghiệp Kon Hà Nừng, "
        "Khu bảo tồn thiên nhiên Kon Ka Kinh)**\n\n"
        "Đề nghị rà soát phương án PCCCR của đơn vị, gửi về UBND xã trước ngày 25/11/2031; bố trí người trực chòi canh.\n\n"
        "**V. CHẾ ĐỘ BÁO CÁO**\n\n"
        "1. Các chủ rừng, Kiểm lâm địa bàn báo cáo tình hình cháy rừng về UBND xã trước ngày 22/11/2031.\n\n"
        "2. Khi xảy ra cháy rừng, Kiểm lâm địa bàn tham mưu UBND xã báo cáo nhanh về UBND tỉnh.\n\n"
        "3. Kết thúc mùa khô, các thôn, làng báo cáo kết quả về UBND xã chậm nhất ngày 15/5/2032.\n")
    assert _dues(text) == {"Kiểm lâm phụ trách địa bàn": ["2031-12-05"], "Các chủ rừng": ["2031-11-25"],
                           "Các chủ rừng, Kiểm lâm địa bàn": ["2031-11-22"], "Kiểm lâm địa bàn": [None],
                           "các thôn, làng": ["2032-05-15"]}


@pytest.mark.parametrize("part, word", [
    # an owner named alone in a planting measure: the owner household's rule
    ("**III. BIỆN PHÁP**\n\n1. Chăm sóc rừng: Chủ rừng chịu trách nhiệm chăm sóc, bảo vệ diện tích rừng đã trồng.\n",
     "Chủ rừng"),
    # a fair's stalls: a rule of the event
    ("**II. NỘI DUNG**\n\n**2. Phần hội**\n\n- Thi kéo co nam, nữ (tại sân vận động xã).\n\n- Trưng bày, giới thiệu "
     "sản phẩm OCOP của xã, quy mô không quá 15 gian hàng, bố trí tại sân nhà văn hóa; các gian hàng niêm yết giá "
     "công khai.\n", "gian hàng"),
])
def test_no_body_is_charged(part: str, word: str):
    assert not any(word in w for w in _dues(_fire_plan(part)))


def test_a_season_clause_opens_a_list_of_bodies_and_a_danger_level_is_none():
    text = _fire_plan(
        "**III. NHIỆM VỤ**\n\n"
        "- Trong các tháng cao điểm (tháng 3 và 4 năm 2032), Công an xã, Kiểm lâm địa bàn và các thôn tổ chức "
        "trực 24/24 giờ.\n\n"
        "- Việc đốt thực bì chỉ được thực hiện trước ngày 28/02/2032, lúc cấp dự báo cháy rừng ở cấp I, cấp II, phải "
        "báo trưởng thôn.\n")
    got = _dues(text)
    assert got.get("Công an xã, Kiểm lâm địa bàn và các thôn") == [None]
    assert not any(w.startswith("cấp") for w in got)


def test_a_population_collaborator_is_a_post():
    text = _fire_plan("**III. TỔ CHỨC THỰC HIỆN**\n\nCộng tác viên dân số các thôn rà soát danh sách hộ, gửi Trạm Y tế "
                      "xã trước ngày 20/11/2031.\n")
    assert _dues(text).get("Cộng tác viên dân số các thôn") == ["2031-11-20"]


def _ward_plan(parts: str) -> str:
    return ("ỦY BAN NHÂN DÂN\n**PHƯỜNG TÂY SƠN**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 301/KH-UBND\n\n*Tây Sơn, ngày 10 tháng 12 năm 2031*\n\n**KẾ HOẠCH**\n\n"
            "Quản lý trật tự xây dựng, đất đai trên địa bàn phường năm 2032\n\n" + parts
            + "\n\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Trần Văn Lộc**\n")


def test_a_team_named_by_construction_order_and_a_decision_setting_it_up():
    text = _ward_plan(
        "**II. NHIỆM VỤ**\n\n"
        "**1. Kiểm tra**\n\n"
        "Tổ kiểm tra trật tự xây dựng phường kiểm tra các công trình đang thi công trên địa bàn.\n\n"
        "**2. Đội kiểm tra**\n\n"
        "Chủ tịch UBND phường ban hành Quyết định thành lập Đội kiểm tra trước ngày 25/12/2031, thành phần gồm:\n\n"
        "- Phó Chủ tịch UBND phường - Đội trưởng;\n\n- 02 công chức địa chính - xây dựng.\n\n"
        "**3. Đề nghị đơn vị quản lý, vận hành Quốc lộ 14 trên địa bàn**\n\n"
        "Phối hợp cắm mốc hành lang an toàn đường bộ, hoàn thành trước ngày 20/02/2032.\n")
    got = _dues(text)
    assert got.get("Tổ kiểm tra trật tự xây dựng phường") == [None]
    assert got.get("Chủ tịch UBND phường") == ["2031-12-25"]
    assert got.get("đơn vị quản lý, vận hành Quốc lộ 14 trên địa bàn") == ["2032-02-20"]


def _task_table(line: str, first: str, rows: list[tuple[str, str, str]]) -> str:
    """A ward's plan whose task table, under the item ``line``, has ``first`` as its first column and each row
    (``rows``: the first cell, its window, the unit in charge) a task."""
    cells = "".join(f"| {a} | {task} | {unit} | {window} |\n" for a, window, unit, task in
                    ((a, w, u, f"Việc {i}") for i, (a, w, u) in enumerate(rows, 1)))
    return _ward_plan(f"**II. NHIỆM VỤ**\n\n**1. {line}**\n\n| {first} | Nội dung | Đơn vị chủ trì | Thời gian |\n"
                      f"|---|---|---|---|\n{cells}")


def test_the_rounds_of_a_drive_in_a_table_under_its_line_run_over_windows_not_due_dates():
    ex = extract(_task_table("Các đợt ra quân cao điểm", "Đợt", [
        ("Đợt 1", "Từ ngày 02/3 đến ngày 27/3/2032", "Công an phường"),
        ("Đợt 2", "Từ ngày 03/8 đến ngày 28/8/2032", "Phòng Kinh tế, Hạ tầng và Đô thị")]))
    got = {o.who: o.deadline for o in ex.obligations}
    assert "Công an phường" in got and got["Công an phường"] is None
    assert got.get("Phòng Kinh tế, Hạ tầng và Đô thị", "missing") is None
    assert not any((d.latest or d.date or "").startswith("2032-03-27") for d in ex.deadlines)


def test_a_task_table_under_a_plain_line_keeps_its_windows_as_due_dates():
    got = _dues(_task_table("Phân công thực hiện", "STT", [
        ("1", "Từ ngày 04/01 đến ngày 29/01/2032", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2", "Từ ngày 01/02 đến ngày 26/02/2032", "Công an phường")]))
    assert got.get("Công an phường") == ["2032-02-26"]


def test_a_rangers_office_sharing_out_its_rangers_is_its_own_act():
    text = _fire_plan("**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Đề nghị Hạt Kiểm lâm khu vực Mang Yang**\n\n"
                      "Phân công kiểm lâm địa bàn hướng dẫn các thôn làm đường băng cản lửa; kiểm tra việc đốt nương "
                      "rẫy.\n\n**2. Công an xã**\n\nĐiều tra các vụ cháy rừng.\n")
    got = _dues(text)
    assert "Hạt Kiểm lâm khu vực Mang Yang" in got
    assert not any(w.lower().startswith("kiểm lâm") for w in got)


def test_the_issuers_dated_sending_in_its_task_table_is_its_step():
    text = _fire_plan(
        "**III. TRÌNH TỰ THỰC HIỆN**\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        "| 1 | Lấy ý kiến cử tri về Đề án | UBND xã | Các thôn | Trước ngày 30/11/2031 |\n"
        "| 2 | Gửi hồ sơ Đề án về UBND tỉnh (qua Sở Nội vụ) | UBND xã | Văn phòng HĐND và UBND xã | "
        "Chậm nhất ngày 15/12/2031 |\n")
    assert sorted(_dues(text).get("UBND xã") or []) == ["2031-11-30", "2031-12-15"]
