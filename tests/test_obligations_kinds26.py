"""Obligation kinds of session 26 (authored25's misses, issue 10): a recalled request whose earlier letter is dated
in words, an item titled by the goal it measures under a letter's generic request, things and events as subjects, a
role a procedure gives by the passive, and a Phụ lục table of disbursement milestones per investor ("Chủ đầu tư").

The letters are written in the style of a UBND tỉnh's Công văn on public investment disbursement and of a Quy chế
phối hợp; none is a sentence of a gold document."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import assignment_words as W
from vanban.structure import vocab as V
from vanban.text import fold

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 512/UBND-TH
V/v tăng tốc giải ngân vốn đầu tư công năm 2027
Hà Tĩnh, ngày 05 tháng 3 năm 2027

Kính gửi:
- Các Sở, ban, ngành cấp tỉnh;
- Ủy ban nhân dân các xã, phường.

"""
TAIL = """
Nơi nhận:
- Như trên;
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, TH.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hùng
"""
BODY = """Ngày 18 tháng 01 năm 2027, Ủy ban nhân dân tỉnh đã có Văn bản số 95/UBND-TH ngày 18 tháng 01 năm 2027 yêu cầu các chủ đầu tư gửi kế hoạch giải ngân chi tiết về Sở Tài chính trước ngày 31 tháng 01 năm 2027. Đến nay còn nhiều chủ đầu tư chưa thực hiện.

Để hoàn thành kế hoạch năm 2027, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện các nội dung sau:

1. Mục tiêu giải ngân

Tỷ lệ giải ngân kế hoạch vốn năm 2027 của toàn tỉnh phấn đấu đạt theo các mốc sau:

- Đến ngày 30/6/2027 đạt ít nhất 45% kế hoạch vốn được giao;

- Đến ngày 31/12/2027 đạt trên 95%.

2. Sở Tài chính

Tổng hợp, báo cáo Ủy ban nhân dân tỉnh tình hình giải ngân trước ngày 10 tháng 4 năm 2027.
"""


def _obs(text):
    return [(o.who, o.deadline.date or o.deadline.latest if o.deadline else None) for o in extract(text).obligations]


def test_a_request_recalled_from_a_letter_dated_in_words_is_no_task():
    obs = _obs(HEAD + BODY + TAIL)
    assert not any(fold(w).startswith("cac chu dau tu") for w, _ in obs)
    assert ("Sở Tài chính", "2027-04-10") in obs


def test_the_letters_own_request_stays():
    """Near miss: the same request made by this letter (no "đã có Văn bản … yêu cầu") is a task."""
    body = BODY.replace("Ngày 18 tháng 01 năm 2027, Ủy ban nhân dân tỉnh đã có Văn bản số 95/UBND-TH ngày 18 tháng 01 "
                        "năm 2027 yêu cầu các chủ đầu tư gửi", "Ủy ban nhân dân tỉnh yêu cầu các chủ đầu tư gửi") \
        .replace("trước ngày 31 tháng 01 năm 2027", "trước ngày 20 tháng 3 năm 2027")
    assert any(fold(w).startswith("cac chu dau tu") for w, _ in _obs(HEAD + body + TAIL))


def test_an_item_titled_by_the_goal_it_measures_is_no_task_of_the_intros_bodies():
    obs = _obs(HEAD + BODY + TAIL)
    assert not any(fold(w).startswith("cac so, ban, nganh") for w, _ in obs)


def test_goal_titles_and_task_titles():
    for heading in ("1. Mục tiêu giải ngân", "Mục tiêu tăng trưởng", "Chỉ tiêu thu ngân sách"):
        assert W.GOALS_ITEM.match(fold(heading)), heading
    for heading in ("1. Mục tiêu, nhiệm vụ trọng tâm", "Mục tiêu và giải pháp thực hiện", "Nhiệm vụ giải ngân"):
        assert not W.GOALS_ITEM.match(fold(heading)), heading


def test_things_events_and_consulted_bodies_are_no_bodies():
    for subject in ("Các mô hình phải có tên gọi", "các sự kiện khác", "Các sự kiện tuyên truyền trọng tâm",
                    "Các cơ quan được lấy ý kiến", "cơ quan được hỏi ý kiến", "Các cơ quan, đơn vị được xin ý kiến"):
        assert W.NOT_BODY.match(fold(subject)), subject
    for subject in ("Các cơ quan liên quan", "Ban Quản lý các mô hình", "Các cơ quan được giao chủ trì"):
        assert not W.NOT_BODY.match(fold(subject)), subject


RULES = HEAD.replace("V/v tăng tốc giải ngân vốn đầu tư công năm 2027", "V/v phối hợp xử lý công trình vi phạm") + """1. Ủy ban nhân dân xã, phường chủ trì lập phương án xử lý, gửi lấy ý kiến Sở Xây dựng trước khi thực hiện. Các cơ quan được lấy ý kiến có trách nhiệm trả lời chậm nhất 05 ngày làm việc kể từ ngày nhận.

2. Các mô hình tự quản phải có tên gọi, người phụ trách và được đăng ký với Ủy ban nhân dân xã.

3. Các cơ quan liên quan có trách nhiệm cung cấp hồ sơ cho Ủy ban nhân dân xã, phường khi được yêu cầu.
""" + TAIL


def test_a_consulted_role_and_a_model_are_no_obligations_a_named_group_is():
    whos = [fold(w) for w, _ in _obs(RULES)]
    assert not any(w.startswith(("cac co quan duoc lay", "cac mo hinh")) for w in whos)
    assert any(w.startswith("cac co quan lien quan") for w in whos)


MILESTONES = """
PHỤ LỤC

MỐC GIẢI NGÂN CỦA CÁC CHỦ ĐẦU TƯ CÓ KẾ HOẠCH VỐN LỚN

(Kèm theo Công văn số 512/UBND-TH ngày 05 tháng 3 năm 2027 của Ủy ban nhân dân tỉnh Hà Tĩnh)


STT

Chủ đầu tư

Kế hoạch vốn năm 2027 (tỷ đồng)

Tỷ lệ giải ngân đến 30/9/2027

Thời gian hoàn thành giải ngân


1

Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh

1.210,5

tối thiểu 70%

Trước ngày 31/12/2027


2

Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh

640,0

tối thiểu 65%

Trước ngày 31/01/2028
"""


def test_a_milestone_table_gives_each_investor_its_date():
    obs = _obs(HEAD + BODY + TAIL + MILESTONES)
    assert ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh", "2027-12-31") in obs
    assert ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh", "2028-01-31") in obs


def test_a_project_list_with_its_investors_charges_none():
    """Near miss: the investors of a list of projects with their running time ("Thời gian thực hiện") are no bodies
    charged with a task."""
    projects = MILESTONES.replace("Tỷ lệ giải ngân đến 30/9/2027", "Tổng mức đầu tư (tỷ đồng)") \
        .replace("Thời gian hoàn thành giải ngân", "Thời gian thực hiện") \
        .replace("Trước ngày 31/12/2027", "2026 - 2028").replace("Trước ngày 31/01/2028", "2027 - 2029")
    assert not any(fold(w).startswith("ban quan ly du an") for w, _ in _obs(HEAD + BODY + TAIL + projects))


def test_figure_columns_are_column_names():
    for name in ("Kế hoạch vốn năm 2027 (tỷ đồng)", "Tỷ lệ giải ngân đến 30/6/2027", "Tổng mức đầu tư (triệu đồng)"):
        assert V.FIGURE_COL.match(fold(name)), name
    assert not V.FIGURE_COL.match(fold("Tỷ lệ giải ngân đạt 95% trước ngày 31/12/2027"))
    assert V.INVESTOR_COL.match("chu dau tu") and not V.INVESTOR_COL.match("du an cua chu dau tu")
