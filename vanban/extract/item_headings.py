"""An item's heading as the obligation reader (:mod:`vanban.extract.obligations`) sees it: its first line(s) standing
alone over its text, a whole sentence before a label's colon, its number left out, a title that opens with its verb
and names no body, a roman section's name.

Why: whether an item names a body, a topic or a task is read first from its heading; these readers of the heading's
layout are shared by the item and section passes and tested one by one.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.text import CAPITAL


def sentence_before_label(head: str) -> bool:
    """The text before an item's first colon holds a whole sentence and the colon closes a label after it: "1. Bộ phận
    một cửa tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu hằng tuần. Giờ làm việc: sáng từ 7 giờ 30 …" (a Thông báo on a
    one-stop office's hours): the item opens with no topic, the office hours after the label are no body's task.
    A heading's topic is one phrase ("Đối với UBND các xã, phường:", "Sở Y tế:")."""
    return bool(re.search(rf"\w[.!?;]\s+[{CAPITAL}]", head))


#: an item's first line(s) standing alone over its text (a blank line after): "4. Sở Tài" / "chính" / "" / "Chủ trì …";
#: a line runs longer when the body's units follow its name in brackets ("6. Các chủ rừng (Khu bảo tồn
#: thiên nhiên …, Ban quản lý rừng phòng hộ …, Công ty TNHH MTV Lâm nghiệp …)")
ALONE_LINE = re.compile(r"[ \t*]*\n?[ \t*]*((?:[^\n]{1,120}\n(?![ \t]*\n)){0,2}(?:[^\n]{1,120}?|[^\n]{1,60}\([^\n()]{1,160}\)))"
                        r"[ \t*:]*\n[ \t]*\n")


def unnumbered(heading: str) -> str:
    """A heading without its number or letter ("III. TỔ CHỨC THỰC HIỆN" → "TỔ CHỨC THỰC HIỆN")."""
    return re.sub(r"^\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*", "", heading.strip())


def task_title(heading: str) -> bool:
    """An item's title that opens with its verb and names no body ("1. Rà soát, báo cáo chất lượng đảng viên", "2. Lập
    danh sách đề nghị tặng Huy hiệu Đảng", a18-04): a task's name, its points carried out by the body the intro above
    asks ("… đề nghị các chi bộ thực hiện một số nội dung sau:"), as a topic's "Về …" is. Only over points of its own
    (the caller): a titled paragraph ("5. Quan tâm giải quyết …" in 641-TB-VPCP's conclusions) is read as before."""
    v = Folded.of(clean_quote(heading)).view
    if W.DUTY_SECTION_HEAD.match(v) or P.IMPL_HEADING_RE.search(v):
        return False  # "8. Tổ chức thực hiện", "Phân công nhiệm vụ": the part that assigns, its bodies named below
    m = first_verb(v)
    return m is not None and m.start() == 0


def section_name(head: str) -> str:
    """A roman section's heading (folded), its number and the marks around it left out: "thanh phan, so luong dai bieu"."""
    return Folded.of(re.sub(r"^[\s*_]*[IVXL]{1,4}\.\s*", "", head)).view.strip(" *_:.")
