"""The session-18 newcomer's other defects (helper ncB18): wording written for these tests in the style of his
inputs (a Thông báo of a Văn phòng Tỉnh ủy, a Ban Tổ chức's Hướng dẫn with dated steps, a commune Đảng ủy's Công
văn, a Sở's plan, a provincial Chỉ thị). Expected values are read from the wording with the labels' conventions
(``realdocs/labeled/README.md``): a month is the interval of the whole month, a body's name holds no verb, the
closing formula is no task.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from vanban.export import PlanPlaces, checklist_csv
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.outline import outline

TB_HEAD = ("TỈNH ỦY LÂM ĐỒNG\nVĂN PHÒNG\n*\nSố 214-TB/VPTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
           "Lâm Đồng, ngày 05 tháng 9 năm 2026\n\nTHÔNG BÁO\nKết luận của Thường trực Tỉnh ủy\n\n"
           "Thường trực Tỉnh ủy kết luận như sau:\n\n")


def _who_what(text: str):
    return [(o.who, o.what) for o in extract(text).obligations]


# --- 1. a verb of a draft's path to adoption ends the body's name ------------------------------------------------

def test_the_verbs_of_a_drafts_path_end_the_bodys_name():
    body = ("1. Ban Dân vận Tỉnh ủy hoàn thiện dự thảo quy chế, trình Thường trực Tỉnh ủy trước ngày 15/10/2026.\n"
            "2. Ban Tổ chức Tỉnh ủy thẩm định hồ sơ nhân sự, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 20/10/2026.\n"
            "3. Văn phòng Tỉnh ủy soạn thảo văn bản hướng dẫn, gửi các đảng bộ trực thuộc trước ngày 25/10/2026.\n")
    assert _who_what(TB_HEAD + body) == [
        ("Ban Dân vận Tỉnh ủy", "hoàn thiện dự thảo quy chế, trình Thường trực Tỉnh ủy"),
        ("Ban Tổ chức Tỉnh ủy", "thẩm định hồ sơ nhân sự, báo cáo Ban Thường vụ Tỉnh ủy"),
        ("Văn phòng Tỉnh ủy", "soạn thảo văn bản hướng dẫn, gửi các đảng bộ trực thuộc"),
    ]


def test_a_council_named_by_its_review_keeps_the_word():
    body = "1. Hội đồng thẩm định tỉnh tổ chức thẩm định hồ sơ trước ngày 30/10/2026.\n"
    assert [o.who for o in extract(TB_HEAD + body).obligations] == ["Hội đồng thẩm định tỉnh"]


# --- 2. a step dated by its month in the bracket after its label --------------------------------------------------

HD = ("ĐẢNG BỘ TỈNH GIA LAI\nBAN TỔ CHỨC\n*\nSố 09-HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Gia Lai, ngày 20 tháng 11 năm 2026\n\nHƯỚNG DẪN\nQuy trình giới thiệu nhân sự\n\n"
      "Thực hiện Quy định của Trung ương, Ban Tổ chức Tỉnh ủy hướng dẫn các bước như sau:\n"
      "Bước 1 (từ ngày 01/12 đến ngày 15/12/2026): Các chi bộ tổ chức hội nghị giới thiệu nhân sự.\n"
      "Bước 2 (tháng 01/2027): Ban Thường vụ đảng ủy cơ sở tổng hợp, gửi Ban Tổ chức Tỉnh ủy.\n"
      "Bước 3 (trong tháng 02/2027): Ban Tổ chức Tỉnh ủy thẩm định, trình Ban Thường vụ Tỉnh ủy.\n")


def test_a_steps_month_is_its_deadline_and_its_task_follows_the_bracket():
    ext = extract(HD)
    assert [(d.earliest, d.latest, d.who, d.what) for d in ext.deadlines] == [
        ("2026-12-01", "2026-12-15", "Các chi bộ", "tổ chức hội nghị giới thiệu nhân sự"),
        ("2027-01-01", "2027-01-31", "Ban Thường vụ đảng ủy cơ sở", "tổng hợp, gửi Ban Tổ chức Tỉnh ủy"),
        ("2027-02-01", "2027-02-28", "Ban Tổ chức Tỉnh ủy", "thẩm định, trình Ban Thường vụ Tỉnh ủy"),
    ]
    assert [(o.who, o.deadline.latest if o.deadline else None) for o in ext.obligations] == [
        ("Các chi bộ", "2026-12-15"), ("Ban Thường vụ đảng ủy cơ sở", "2027-01-31"),
        ("Ban Tổ chức Tỉnh ủy", "2027-02-28")]


def test_a_month_in_a_bracket_without_a_step_label_is_still_no_deadline():
    body = "1. Ban Tuyên giáo Tỉnh ủy (tháng 01/2027) đã tổ chức hội nghị báo cáo viên.\n"
    assert [d.text for d in extract(TB_HEAD + body).deadlines] == []


# --- 3. the closing formula --------------------------------------------------------------------------------------

CV = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\n*\nSố 41-CV/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Nam Đàn, ngày 02 tháng 6 năm 2026\n\nKính gửi: Các chi bộ trực thuộc.\n\n"
      "Ban Thường vụ Đảng ủy đề nghị các chi bộ:\n\n"
      "1. Rà soát, lập danh sách đảng viên được tặng Huy hiệu Đảng, gửi về Văn phòng Đảng ủy trước ngày 20/6/2026.\n"
      "2. Các chi bộ thôn tổ chức trao Huy hiệu Đảng trước ngày 30/8/2026.\n\n"
      "Đề nghị các chi bộ quan tâm thực hiện./.\n\nNơi nhận:\n- Như trên,\n- Lưu VP.\n")


def test_quan_tam_thuc_hien_closes_the_letter_and_joins_no_task():
    whats = [o.what for o in extract(CV).obligations]
    assert whats and not any("quan tâm" in w for w in whats), whats


# --- 5. a target's unit and scope --------------------------------------------------------------------------------

KH = ("UBND TỈNH ĐẮK LẮK\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 77/KH-SGDĐT\nĐắk Lắk, ngày 10 tháng 1 năm 2027\n\n"
      "KẾ HOẠCH\nChuyển đổi số trong giáo dục năm 2027\n\nI. CHỈ TIÊU\n")


def test_a_counted_noun_keeps_its_two_syllable_modifier():
    ext = extract(KH + "1. Xây dựng 40 bài giảng điện tử dùng chung.\n")
    assert [(t.min, t.unit) for t in ext.targets] == [(40.0, "bài giảng điện tử")]


CT = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 05/CT-UBND\nĐắk Nông, ngày 10 tháng 3 năm 2026\n\n"
      "CHỈ THỊ\nVề phòng cháy, chữa cháy rừng mùa khô năm 2026\n\n")


def test_a_count_after_a_task_is_scoped_by_the_task_not_the_words_before_it():
    body = "2. Công an tỉnh chỉ đạo lực lượng cứu nạn, cứu hộ tổ chức diễn tập tại ít nhất 04 xã trước ngày 30/4/2026.\n"
    scopes = [t.scope for t in extract(CT + body).targets]
    assert len(scopes) == 1 and "diễn tập" in scopes[0] and "cứu hộ" not in scopes[0], scopes


def test_a_rates_scope_leaves_the_body_and_its_steering_verbs_out():
    body = ("3. Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo hoàn thành giải ngân vốn đầu tư công đạt trên 90% trước ngày "
            "31 tháng 12 năm 2026.\n")
    assert [t.scope for t in extract(CT + body).targets] == ["giải ngân vốn đầu tư công"]


# --- 6. a checklist row read from an item's heading into its first lettered sub-item ------------------------------

PLAN = (CT + "1. Sở Nông nghiệp và Môi trường\n"
        "a) Chủ trì xây dựng phương án phòng cháy rừng, trình UBND tỉnh trước ngày 31/3/2026.\n"
        "b) Tổ chức kiểm tra các khu rừng trọng điểm trong tháng 4 năm 2026.\n\n"
        "2. Công an tỉnh\nHướng dẫn các xã diễn tập chữa cháy trước ngày 30/4/2026.\n")


def test_lettered_sub_items_are_numbered_alike():
    ext = extract(PLAN)
    items = build_checklist(ext, today=dt.date(2026, 3, 10))
    rows = list(csv.reader(io.StringIO(checklist_csv(items, PlanPlaces(outline(ext.structure), PLAN),
                                                     ext.targets).lstrip("\ufeff"))))[1:]
    assert [r[0] for r in rows] == ["1.a", "1.b", "2"], rows


# --- 9. a text on one line: each figure reads its own neighbourhood, not the whole line ---------------------------

def test_a_figures_sentence_is_read_within_its_reach():
    from vanban.extract.sections import FIGURE_REACH, near_figure

    text = "các cơ quan tuyên truyền " * 400 + "đạt 95% số hộ " + "các đơn vị quán triệt " * 400
    a = text.index("95%")
    s0, s1 = near_figure(text, 0, len(text), a, a + 3)
    assert 0 < a - s0 <= FIGURE_REACH and 0 < s1 - (a + 3) <= FIGURE_REACH
    assert text[s0 - 1] == " " and text[s1] == " "  # cut at spaces, never inside a word
    assert near_figure(text, a - 20, a + 30, a, a + 3) == (a - 20, a + 30)  # a real sentence is left whole


def test_a_long_one_line_text_keeps_each_figures_target():
    line = "1. Các xã tổ chức tuyên truyền, phấn đấu đạt ít nhất 80% số hộ tham gia; " * 300
    ext = extract(CT + line + "\n")
    assert len(ext.targets) >= 1 and all(t.min == 80.0 for t in ext.targets)
