"""real46 (the session-45 newcomer's real documents, ../shared/realdocs/docs): five kinds of a fact read wrong, each
tested on the form the newcomer met and on other real documents of the same form (excerpts copied unchanged into
tests/fixtures/real46/, see its README; the expected values read from those lines):

- a cited document's issuer whose name holds a stop word: a central body's whole name with a comma or "về" ("Bộ Lao
  động - Thương binh và Xã hội", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, …"), a stop word written
  with a capital after a body's head word ("Ban Chỉ đạo", "Cục Thi hành án dân sự");
- an issuer the clause's predicate follows ("… của Chủ tịch Ủy ban nhân dân tỉnh vẫn giữ nguyên giá trị pháp lý", "…
  đã công khai …", "… chưa thay đổi"): the issuer ends where the clause goes on;
- a body's working rules named by several bodies and a term ("Quy chế làm việc của Ban Chấp hành Trung⏎ương, Bộ
  Chính trị và Ban Bí thư khoa XIII"): one cited document named whole;
- a law cited by its number alone ("được sửa đổi, bổ sung bởi Luật số 87/2025/QH15"): its name as the Quốc hội
  titles it;
- a procedure list ("Tên thủ tục hành chính | Thời hạn giải quyết | … | Ghi chú"): each limit's scope is its row's
  procedure, and the note ("Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày") is no target of its own.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure

FIX = Path(__file__).parent / "fixtures" / "real46"

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 311/QĐ-UBND\nNghệ An, ngày 14 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Về việc công bố thủ tục hành chính\n\n")
TAIL = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Thành\n"


def _md(name: str):
    text, geo = markdown_to_text((FIX / name).read_text(encoding="utf-8"))
    return extract(text, structure=build_structure([Page(1, "md", text, text, lines=geo)]))


def _plain(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8").replace("*", "")


def _cited(ext, number):
    (c,) = [c for c in ext.citations if c.number == number]
    return c


# --- issuers holding a stop word ---------------------------------------------------------------------------------

def test_the_central_steering_committee_is_named_whole_384_qd_tw():
    ext = _md("384-QD-TW.head-basis.md")
    assert _cited(ext, "05-QĐ/BCĐTW").issuer == ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới "
                                                 "sáng tạo và chuyển đổi số")
    assert _cited(ext, "204-QĐ/TW").issuer == "Ban Bí thư"  # its neighbours keep theirs
    assert _cited(ext, "1562/QĐ-TTg").issuer == "Thủ tướng Chính phủ"


def test_a_ministry_named_with_a_comma_is_one_issuer():
    ext = extract(HEAD + "Căn cứ Quyết định số 12/QĐ-BVHTTDL ngày 02/01/2026 của Bộ Văn hóa, Thể thao và Du lịch "
                  "về việc tổ chức Ngày hội.\n" + TAIL)
    assert _cited(ext, "12/QĐ-BVHTTDL").issuer == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_capitalised_stop_word_after_a_head_word_is_the_bodys_name():
    ext = extract(HEAD + "Thực hiện Kế hoạch số 15-KH/BCĐ ngày 02/3/2026 của Ban Chỉ đạo tỉnh về phát triển khoa "
                  "học, công nghệ; Công văn số 55/THADS-NV ngày 03/3/2026 của Cục Thi hành án dân sự tỉnh Nghệ An "
                  "về thi hành án; Kế hoạch số 18-KH/TU ngày 04/4/2026 của Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy "
                  "triển khai.\n" + TAIL)
    assert _cited(ext, "15-KH/BCĐ").issuer == "Ban Chỉ đạo tỉnh"
    assert _cited(ext, "55/THADS-NV").issuer == "Cục Thi hành án dân sự tỉnh Nghệ An"
    assert _cited(ext, "18-KH/TU").issuer == "Ban Thường vụ Tỉnh ủy"  # a small "chỉ đạo" opens the subject


def test_a_stop_word_in_capitals_still_ends_an_issuer_127_2025_tt_bqp():
    ext = extract(HEAD + _plain("127-2025-TT-BQP.title-basis.md") + TAIL)
    assert _cited(ext, "181/2006/QĐ-BQP").issuer == "BỘ TRƯỞNG BỘ QUỐC PHÒNG"  # "… BAN HÀNH ĐIỀU LỆ …": the subject
    assert _cited(ext, "63/2025/QH15").name == "Luật Ban hành văn bản quy phạm pháp luật"


# --- the issuer ends where the clause goes on --------------------------------------------------------------------

def test_an_issuer_ends_before_the_clauses_predicate_2815_qd_ubnd():
    ext = _md("2815-QD-UBND.md")
    assert _cited(ext, "1818/QĐ-UBND").issuer == "Chủ tịch Ủy ban nhân dân tỉnh"


def test_an_issuer_ends_before_the_clauses_predicate_in_other_documents():
    ext = extract(HEAD + _plain("issuer_then_predicate.md") + TAIL)
    assert _cited(ext, "1548/QĐ-UBND").issuer == "Chủ tịch Ủy ban nhân dân tỉnh"  # 2776/QĐ-UBND: "vẫn giữ nguyên"
    assert _cited(ext, "886/QĐ-BNV").issuer == "Bộ trưởng Bộ Nội vụ"  # 1513/QĐ-UBND: "đã công khai"
    assert _cited(ext, "206/QĐ-LĐTBXH").issuer == "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"  # 11208: "chưa"


def test_a_body_named_văn_is_not_cut_as_vẫn():
    ext = extract(HEAD + "Thực hiện Công văn số 88/SVHTT-QLVH ngày 05/3/2026 của Sở Văn hóa và Thể thao về tổ chức "
                  "lễ hội.\n" + TAIL)
    assert _cited(ext, "88/SVHTT-QLVH").issuer == "Sở Văn hóa và Thể thao"


# --- a working rule named by several bodies and a term -----------------------------------------------------------

def test_the_working_rules_of_three_bodies_are_named_whole_384_qd_tw():
    ext = _md("384-QD-TW.head-basis.md")
    rules = [c for c in ext.citations if c.type == "Quy chế"]
    assert [c.name for c in rules] == ["Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư "
                                       "khoa XIII"]
    assert rules[0].relation == "can_cu"


def test_a_committees_working_rules_wrapped_over_a_line_keep_their_term():
    ext = extract(HEAD + "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ\nxã khóa I, nhiệm kỳ 2025 - 2030;\n" + TAIL)
    (c,) = [c for c in ext.citations if c.type == "Quy chế"]
    assert c.name.startswith("Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I")


# --- a law cited by its number alone ------------------------------------------------------------------------------

def test_a_law_cited_by_its_number_alone_is_named():
    ext = extract(HEAD + _plain("laws_by_number.md") + TAIL)
    assert _cited(ext, "87/2025/QH15").name == ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy "
                                                "phạm pháp luật")
    assert _cited(ext, "56/2024/QH15").name.startswith("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán")
    assert _cited(ext, "90/2025/QH15").name.startswith("Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu")
    assert _cited(ext, "64/2025/QH15").name == "Luật Ban hành văn bản quy phạm pháp luật"  # named as printed
    assert _cited(ext, "15/2017/QH14").name == "Luật Quản lý, sử dụng tài sản công"


# --- a procedure list: each limit's procedure, no note's figure ---------------------------------------------------

def test_a_procedure_lists_limits_take_their_rows_procedure_2815_qd_ubnd():
    ext = _md("2815-QD-UBND.md")
    limits = [t for t in ext.targets if t.unit and t.unit.startswith("ngày")]
    assert [(t.max, t.unit) for t in limits] == [(10.0, "ngày làm việc")] * 3  # the note's "xuống còn 10 ngày": none
    assert "Thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ" in limits[0].scope
    assert "Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ" in limits[1].scope
    assert "cấp lại Giấy chứng nhận văn phòng đại diện, chi nhánh" in limits[2].scope


def test_a_procedure_lists_limits_take_their_rows_procedure_3565_qd_ubnd():
    ext = _md("3565-QD-UBND.head-pl.md")
    limits = [t for t in ext.targets if t.max == 10.0]
    assert len(limits) == 2
    assert "Thủ tục thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký tổ chức khoa học" in limits[0].scope
    assert "Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh của tổ chức khoa học" in limits[1].scope


# --- a right, and a rule's cases, are no obligations --------------------------------------------------------------

_QD = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 384-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\n\nQUY ĐỊNH\nvề kết nối, chia sẻ dữ "
       "liệu\n\n")


def test_rights_and_cases_of_a_rule_are_no_obligations_384_qd_tw():
    ext = extract(_QD + _plain("384-QD-TW.dieu15-16.md") + "\nT/M BAN BÍ THƯ\nTrần Văn Nam\n")
    whats = [" ".join((o.what or "").split()) for o in ext.obligations]
    assert not any("có quyền" in w or "được quyền" in w for w in whats)  # Điều 16.1 and 16.1 đ): rights
    assert not any(w.endswith("trường hợp sau") or "trong trường hợp sau" in w or "trong những trường hợp sau" in w
                   for w in whats)  # Điều 15.1, 15.2: when the owner may suspend, its cases
    assert not any("không có nhu cầu" in w or w.startswith("tiếp tục kết nối") for w in whats)  # 16.1 d): a case
    # the duties stay: 15.3 and 15.4 ("phải thông báo công khai …"), 16.2 and 16.3 ("có trách nhiệm …")
    assert sum("phải thông báo công khai" in w for w in whats) == 2
    assert any("thực hiện đầy đủ các nghĩa vụ" in w for w in whats)
    assert any("thông báo kết quả chấm dứt kết nối" in w for w in whats)


def test_a_right_in_a_guides_review_step_is_no_obligation():
    # the wording of a Hội's rating guide and of a recruitment notice (written for this test)
    ext = extract("HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH NINH BÌNH\nSố: 12/HD-HLHPN\nNinh Bình, ngày 02 tháng 3 năm 2026\n\n"
                  "HƯỚNG DẪN\nĐánh giá, xếp loại Hội cơ sở năm 2026\n\n"
                  "1. Văn phòng Hội LHPN tỉnh thông báo kết quả xếp loại đến Hội cơ sở chậm nhất ngày 25/12/2026.\n"
                  "2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo kết quả, Hội cơ sở có quyền kiến "
                  "nghị bằng văn bản; Ban Thường vụ Hội LHPN tỉnh xem xét, trả lời trong thời hạn không quá 10 ngày.\n"
                  "3. Người dự tuyển có quyền gửi đơn phúc khảo trong thời hạn 15 ngày kể từ ngày thông báo kết quả.\n"
                  "\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Thị Hoa\n")
    whos = [o.who for o in ext.obligations]
    assert "Văn phòng Hội LHPN tỉnh" in whos
    assert not any(w and ("Hội cơ sở" == w or w.startswith("Người dự tuyển")) for w in whos)


def test_a_duty_in_listed_cases_keeps_its_task():
    ext = extract(HEAD + "Điều 3. Ủy ban nhân dân các xã có trách nhiệm báo cáo Sở Nội vụ trong các trường hợp sau:\n"
                  "a) Có sự cố làm gián đoạn việc tiếp nhận hồ sơ.\nb) Có thay đổi về nhân sự tiếp nhận.\n" + TAIL)
    assert any(o.who and o.who.startswith("Ủy ban nhân dân các xã") for o in ext.obligations)


def test_a_notes_own_step_limit_stays_a_target_2848_qd_ubnd():
    # the "Ghi chú" cell sets a step's limit of its own ("Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ
    # Sở Khoa học và Công nghệ kiểm tra tính hợp lệ …"): not the row's limit restated, a target
    ext = _md("2848-QD-UBND.md")
    assert [t.max for t in ext.targets if t.unit == "ngày làm việc"] == [10.0, 5.0, 10.0, 3.0, 10.0, 3.0]
