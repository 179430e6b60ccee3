"""A "Thực hiện <văn bản>, <cơ quan> đề nghị …" paragraph: the citation is a căn cứ, the clause after it is body.

Found by a newcomer: the usual opening of a Công văn ("Thực hiện Công văn số 456/BNV-CCVC ngày 20/01/2026 của Bộ
Nội vụ, Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20/02/2026.") was taken whole as
the preamble and skipped: no deadline, no obligation. The basis ends at the comma before a main clause
(structure/body.main_clause, vocab.MAIN_CLAUSE_RE); a căn cứ of a list ("…;") and one announcing its items
("… như sau:") stay whole.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\nSố: 123/SNV-CCVC\nV/v báo cáo số lượng công chức\n"
        "Quảng Nam, ngày 25 tháng 01 năm 2026\nKính gửi: Các cơ quan, đơn vị thuộc tỉnh.\n")
TAIL = "Trân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A\n"
CITED = "Thực hiện Công văn số 456/BNV-CCVC ngày 20/01/2026 của Bộ Nội vụ"


def test_the_newcomers_cong_van_gives_its_deadline_and_obligation():
    e = extract(HEAD + CITED + ", Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20/02/2026.\n"
                + TAIL)
    assert [(d.date, d.who) for d in e.deadlines] == [("2026-02-20", "các cơ quan, đơn vị")]
    assert [(o.who, o.deadline.date) for o in e.obligations] == [("các cơ quan, đơn vị", "2026-02-20")]
    assert [(c.number, c.relation) for c in e.citations] == [("456/BNV-CCVC", "can_cu")]
    basis = e.structure.preamble[-1]
    assert e.structure.body_start > basis.end
    assert e.structure.body_start == (HEAD + CITED + ", ").__len__()


@pytest.mark.parametrize("clause, who", [
    ("Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ngành rà soát, báo cáo kết quả trước ngày 15/3/2026.",
     "Giám đốc các sở, ngành"),
    ("đề nghị Thủ trưởng các cơ quan, đơn vị hoàn thành việc rà soát trước ngày 15/3/2026.",
     "Thủ trưởng các cơ quan, đơn vị"),
    ("các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 15/3/2026.", "các chi bộ"),
])
def test_a_main_clause_after_the_citation_is_body(clause, who):
    e = extract(HEAD + CITED + ", " + clause + "\n" + TAIL)
    assert [d.date for d in e.deadlines] == ["2026-03-15"]
    assert [o.who for o in e.obligations] == [who]


def test_a_basis_announcing_its_items_or_closing_a_list_stays_whole():
    intro = CITED + ", Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n"
    e = extract(HEAD + intro + "1. Gửi báo cáo về Sở Nội vụ trước ngày 20/02/2026.\n" + TAIL)
    assert (e.structure.preamble[-1].start, e.structure.preamble[-1].end) == (len(HEAD), len(HEAD) + len(intro) - 1)
    listed = ("Căn cứ Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh về chính sách đối với người làm việc tại"
              " các Hội do Đảng, Nhà nước giao nhiệm vụ trước ngày 01 tháng 7 năm 2025;\n")
    e = extract(HEAD + listed + "Sở Nội vụ đề nghị các cơ quan báo cáo trước ngày 20/02/2026.\n" + TAIL)
    assert e.structure.preamble[0].end == len(HEAD) + len(listed) - 1  # "Đảng, Nhà nước giao …" is no main clause
    assert [d.date for d in e.deadlines] == ["2026-02-20"]
