"""The people named to a role in brackets are counted in any noun the targets count people by (debt39, session 39).

:func:`vanban.extract.plan_counts.bracketed_people` reads its nouns from :data:`target_words.PEOPLE_KINDS` (plus
"đồng chí") rather than a second list of its own: a plan that names its staff "(02 cán bộ)" or "(03 người)" counts
people as one naming them "(01 đồng chí)" does. The texts are written for these tests, not copied from a labelled
document.
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract
from vanban.extract import plan_counts as PC
from vanban.extract import target_words as W
from vanban.text import fold

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="PHƯỜNG TÂN AN", number=41, date=(9, 3, 2032),
            title="Tổ chức Hội nghị đại biểu nhân dân năm 2032", signer="Lê Minh Châu")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_one_list_of_people_nouns():
    assert set(W.PEOPLE_KINDS) < set(PC._PEOPLE_NOUNS) and "dong chi" in PC._PEOPLE_NOUNS


def test_staff_named_to_a_role_counted_by_their_kind():
    got = _t("II. TỔ CHỨC THỰC HIỆN\n\n- Chỉ định bộ phận đón tiếp đại biểu (04 cán bộ); bố trí nước uống.\n")
    assert (4, 4, "người") in got, got
    v = fold("- Cử tổ ghi biên bản Hội nghị (03 công chức)")
    pos = v.index("03")
    assert PC.bracketed_people(v, pos, "cong chuc", v.index(")"))


def test_a_bracket_after_no_naming_verb_stays_out():
    v = fold("- Hội trường tầng hai (04 cán bộ)")
    pos = v.index("04")
    assert not PC.bracketed_people(v, pos, "can bo", v.index(")"))
