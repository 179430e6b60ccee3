"""Grammar (as data) of the lines that are a whole table cell by themselves, and of a row's number cell.

Used by :mod:`.stacked_cells` to part the cells of a table that OCR printed without the blank lines between
them. Patterns run on the folded view (``Folded.view``) of one line; each names the real OCR output it was
written for (bench/.cache/realdocs-ocr: Tesseract ``eng`` of the rendered pages, corrected; realdocs-scan:
Tesseract ``vie`` of the scanned pages).
"""

from __future__ import annotations

import re

from vanban.cellgrid import NUMBER_COL
from vanban.extract import norm_table_words as W
from vanban.extract.folded import kw

# a figure alone: "117.000.000", "2,4", "0,108", "70%", "1.000" — the amount cells of a table whose blank lines
# OCR dropped ("Cudc thi cap Chau luc ⏎ 93.000.000 ⏎ 70.000.000 ⏎ 47.000.000 ⏎ 23.000.000", 64/2025/NQ-HĐND legacy)
FIGURE_LINE_RE = re.compile(r"^[\s*_]*(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?[\s*_]*$")
# an amount with its unit alone: "3.000.000 đ", "500.000 đồng/người/buổi", "tối đa 50 triệu đồng"
_DONG = rf"(?:{kw('trieu dong')}|{kw('nghin dong')}|{kw('dong')}|d)(?![a-z])"
AMOUNT_LINE_RE = re.compile(
    rf"^[\s*_]*(?:(?:{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')})\s+)?\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?\s*{_DONG}"
    rf"(?:\s*/\s*[a-z]+(?:\s[a-z]+)?){{0,3}}[\s*_.]*$")
# a bounded share of a total alone: "Tối đa 10% tổng mức chi soạn thảo", "Tối đa 100% tổng mức chi thẩm tra" (the "Mức
# chi" column of 78/2025/NQ-HĐND Phụ lục II, scanned: from row 7 on Tesseract printed the row's cells on consecutive
# lines, "Bản đánh giá thủ tục … ⏎ Tối đa 10% tổng mức chi soạn thảo ⏎ 8. ⏎ Lấy ý kiến …", and 13 of its 20 shares were
# lost in one block) — a bound, a percentage and words naming the total, no other figure
SHARE_LINE_RE = re.compile(
    rf"^[\s*_]*(?:{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')})\s+\d{{1,3}}(?:,\d+)?\s*%\s+[a-z][a-z ,]{{0,100}}[\s*_.]*$")
# a time limit alone: "09 ngày làm việc", "05 ngày", "0,5 ngày" (the "Thời gian giải quyết" column of a procedure
# table, 2929/QĐ-UBND; its "kể từ …" tail on the next lines stays with it)
LIMIT_LINE_RE = re.compile(
    rf"^[\s*_]*\d{{1,3}}(?:,\d+)?\s+(?:{kw('ngay lam viec')}|{kw('gio lam viec')}|{kw('ngay')}|{kw('gio')})[\s*_.]*$")
# a table's unit line: "Đơn vị tính: Triệu đồng", "ĐVT: 1.000 đồng" (78/2025/NQ-HĐND: "Don vi tinh: Triéu dong ⏎ STT")
UNIT_LINE_RE = re.compile(rf"^[\s*_]*(?:{kw('don vi tinh')}|dvt)\s*:\s*[^\n]{{1,30}}$")
# a column head alone, with no figure in it: "Mức chi", "Mức hỗ trợ (đồng)", "Thời gian giải quyết", "STT" (64/2025/NQ-HĐND
# legacy: "Don vi tinh: dong ⏎ TT ⏎ Noi dung ⏎ Muc chi" is one block); the norm readers' own head grammars, and the
# number column's name as every table reader knows it ("STT", "TT", "Số TT": vanban.cellgrid)
HEAD_LINE_RES = (W.QTY_HEAD_RE, W.BARE_HEAD_CELL_RE, W.LIMIT_HEAD_RE, re.compile(rf"^[\s*_]*{NUMBER_COL}[\s*_.]*$"))
# a head's words that open a sentence, no column head: a comma or a connector at the line's end, a provision cited
# ("Mức chi cho các nhiệm vụ tại khoản này," / "Mức chi cho các nhiệm vụ quy định tại điểm" / "a và điểm b …",
# 308/2025/NĐ-CP copied flat; folded)
HEAD_PROSE_RE = re.compile(r"(?:,|\b(?:tai|diem|khoan|dieu|cac|cua|va|voi|theo|cho|ap dung))[\s*_]*$"
                           r"|\b(?:quy dinh tai|tai (?:cac )?(?:diem|khoan|dieu))\b")
# a row's number (STT) alone: "1", "12.", "2.1" (a sub-row, 78/2025/NQ-HĐND Phụ lục III), "B2" (a step, "Bước 2", of
# an internal procedure: 2904/QĐ-UBND) — a row starts there when the next cell is text (its name)
ROW_NUMBER_RE = re.compile(r"^[\s*_]*(?:(?P<sub>b|buoc\s)\s?)?(?P<n>\d{1,3})(?:\.(?P<sub2>\d{1,2}))?[.)]?[\s*_]*$")
# the cells a row's number never precedes: another figure or amount (a figure "2" among amounts is no STT)
NOT_ROW_NAME_RE = re.compile(r"^[\s*_]*[-+]?[\d.,%\s]*$")
# a heading word whose number the printed page put on the next line: "Mục ⏎ 4", "Chương ⏎ III" (39/2025/TT-BXD) —
# the number is the heading's, no cell
HEADING_WORD_RE = re.compile(rf"^[\s*_]*(?:{kw('muc')}|{kw('chuong')}|{kw('dieu')}|{kw('phan')}|{kw('phu luc')}|{kw('khoan')})[\s*_]*$")
# a line ending in a bound or a label's colon: the amount on the next line is its ("Vòng hoa tối đa ⏎ 1.500.000 đồng")
BOUND_END_RE = re.compile(rf"(?:{kw('toi da')}|{kw('khong qua')}|{kw('toi thieu')}|{kw('it nhat')}|:)[\s*_]*$")
# a line that is a unit cut after its slash (words only: "Máy nén khí 360 m3/h" is a row's name): the unit line
# below is its tail, no cell of its own ("Đồng/học ⏎
# sinh/năm ⏎⏎ 16.500.000 ⏎ 18.000.000", 48/2025/NQ-HĐND legacy: the unit read "sinh/năm" lost its "đồng")
UNIT_WRAP_END_RE = re.compile(r"^[\s*_]*[a-z]{1,8}(?:\s[a-z]{1,8})?\s*/\s*(?:[a-z]{1,8}(?:\s[a-z]{1,8})?)?[\s*_]*$")
