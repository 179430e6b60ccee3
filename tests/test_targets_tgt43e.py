"""Tables that split a plan's figure by row (tgt43e, session 43: vanban/extract/plan_cells.py).

Kinds: the whole a table splits, stated in the text in words no goal word opens ("Tổng diện tích … toàn xã: N ha, cụ
thể:" over a table whose "Cộng" column adds up to N) is the plan's figure, read once; a gift table's row the text
already states with the column's noun ("Riêng N suất quà dành cho …") is counted once (the text's), and the gift
table's total row, the sum of the gifts, is no figure of its own (as :mod:`vanban.extract.gift_quotas` holds). The
documents are written for these tests; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

_DOC = dict(issuer="XÃ PHÚ LỘC", number=71, date=(4, 5, 2034),
            title="Phục vụ sản xuất vụ Hè Thu năm 2034", signer="Trần Văn Khải")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_AREAS = ("II. DIỆN TÍCH CẦN BƠM TƯỚI\n\n"
          "Tổng diện tích bơm tưới vụ Hè Thu 2034 của xã: 275,5 ha, chi tiết như sau:\n\n"
          "| TT | Tổ hợp tác | Diện tích lúa (ha) | Diện tích ngô (ha) | Cộng (ha) |\n"
          "| --- | --- | --- | --- | --- |\n"
          "| 1 | Tổ Bến Lội | 90,0 | 10,5 | 100,5 |\n"
          "| 2 | Tổ Cây Gạo | 150,0 | 25,0 | 175,0 |\n"
          "| | Tổng | 240,0 | 35,5 | 275,5 |\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\nCác tổ hợp tác bố trí người trực trạm bơm.\n")


def test_the_whole_a_table_splits_is_the_plans_figure():
    """"…: 275,5 ha, chi tiết như sau:" over the table that splits it by row: the plan's area, read once, beside each
    row's share; the total row repeats it and is not read again."""
    got = _t(_AREAS)
    assert got.count((275.5, 275.5, "ha")) == 1, got
    for v in (100.5, 175.0, 90.0, 25.0):
        assert (v, v, "ha") in got, got


def test_an_area_where_things_stand_is_no_whole():
    """The same figure said as what the xã has now ("hiện có") is no plan's: nothing of the text is read."""
    got = _t(_AREAS.replace("Tổng diện tích bơm tưới vụ Hè Thu 2034 của xã: 275,5 ha",
                            "Xã hiện có diện tích canh tác 275,5 ha"))
    assert (275.5, 275.5, "ha") not in got, got


_GIFTS = ("II. NỘI DUNG\n\n"
          "1. Trao 500 suất quà cho học sinh các tổ; mức 100.000 đồng/suất. Riêng 25 suất quà dành cho học sinh "
          "khuyết tật, trao tại buổi lễ.\n\n"
          "| TT | Tổ dân phố | Số học sinh | Số suất quà | Kinh phí (đồng) | Mức quà (đồng/suất) |\n"
          "| --- | --- | --- | --- | --- | --- |\n"
          "| 1 | Tổ 1 | 260 | 260 | 26.000.000 | 100.000 |\n"
          "| 2 | Tổ 2 | 240 | 240 | 24.000.000 | 100.000 |\n"
          "| | Cộng tại các tổ | 500 | 500 | 50.000.000 | |\n"
          "| 3 | Học sinh khuyết tật | | 25 | 7.500.000 | 300.000 |\n"
          "| | Tổng cộng | | 525 | 57.500.000 | |\n")


def test_a_gift_row_the_text_states_is_counted_once_and_the_total_not_at_all():
    """Each tổ's gifts are the table's; the 25 gifts the text sets apart are the text's (its row says them again);
    the total of the gifts (525) is no figure the plan sets of its own."""
    got = _t(_GIFTS)
    for v in (260, 240):
        assert (v, v, "suất quà") in got, got
    assert len([t for t in got if t[0] == 25]) == 1, got
    assert not [t for t in got if t[0] == 525], got
