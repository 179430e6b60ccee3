"""An article whose title and clauses share one printed line: who the title charges and with what.

Why: the Bộ pháp điển collection (and law texts whose line breaks a copy lost) prints an article as one line,
its code, its title and its clauses run together: "Điều 20.1.TT.7.11. Trách nhiệm của Sở Y tế 1. Chỉ đạo …
2. …", "Điều 4.2.NĐ.1.9. Nhiệm vụ và quyền hạn của Ban quản lý dự án 1. …", "Điều 9.1.TT.3.4. Cơ quan quản lý
cấp tỉnh; cơ quan chủ quản có trách nhiệm 1. …". The structure stage reads such a line as one item with no
heading (its label stops inside the code), so the "Trách nhiệm của X" titles of :mod:`vanban.extract.obligations`
never see it. This module reads the line: a duty title ("Trách nhiệm", "Nhiệm vụ, quyền hạn", "Nghĩa vụ" … "của"
X; a title that only grants powers or rights, "Quyền hạn của X", "Quyền và nghĩa vụ của X", names no duty) or a
subject with a duty marker right before the first clause ("X có trách nhiệm 1. …"). The title words and the words
that close the body's name ("… của cơ sở đào tạo | trong thực hiện chính sách …") are data in ``duty_words.tsv``.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract import duty_words as D
from vanban.extract.duty_subject import duty_subject
from vanban.extract import patterns as P
from vanban.extract.folded import Folded

__all__ = ["article_line", "article_title_end", "title_only"]

#: the rest of a Pháp điển article code the item's label left ("1.TT.7.11. "), or the whole code; an article added
#: later has a letter after its number ("4.1.NĐ.1.16b. Trách nhiệm của người tham gia đấu giá …", "NĐ.4.23e.")
CODE = re.compile(r"^\s*(?:Điều\s+)?(?:\d+\.)*\d+\.[A-ZĐ]{2,3}\.(?:\d+\.)*\d+[a-z]?\.?\s+")
#: the first clause of the article on the same line: "1. Chỉ đạo …", "a) Lập …"
CLAUSE = re.compile(r"\s+(?:\d{1,2}\.|[a-zđ]\))\s+(?=[^\W\d_])")
#: a capitalised word inside the title line: where the clause may start when it has no number
CAPITAL = re.compile(r"(?<=\s)(?=[^\W\d_])")


def article_line(own: str) -> tuple[str, str] | None:
    """(who, what) of a one-line article (``own``: the item's text after its label), or None.

    ``who`` is the body or role as printed, ``what`` the clauses after the title. Shapes read:
    "<code> Trách nhiệm của X 1. …" / "… của X Kiểm tra, giám sát …" (the first clause unnumbered: X ends before
    the capitalised verb or clause opening) and "<code> X có trách nhiệm 1. …" (X may be a list joined by ";").
    Only on one line: a title on a line of its own is the structure stage's heading."""
    line = own.lstrip(" *\t\n").split("\n", 1)[0]
    c = CODE.match(line)
    text = line[c.end():] if c else line
    v = Folded.of(text).view
    t = D.ARTICLE_TITLE.match(v)
    if t:
        body = text[t.end():]
        end = _body_end(body)
        if end is None:
            return None
        who, what = body[:end], body[end:]
        cut = D.TITLE_BODY_END.search(Folded.of(who).view)
        if cut:
            who = who[:cut.start()]
        who = who.strip(" ,.")
        if not _names_actor(who) or not _clauses(what).strip(" .:;"):
            return None
        if what.split()[:2] == who.split()[:2]:
            # the body named again as its sentence's subject: the task starts at its duty marker; with none, the
            # sentence says what the body is ("… Ủy ban công tác … là cơ chế phối hợp liên ngành …")
            again = duty_subject(what, rule=True)
            if not again[0] or not D.MARKER.match(Folded.of(again[1]).view):
                return None
            what = again[1]
        return who[:1].upper() + who[1:], _clauses(what)
    m = D.MARKER.search(v)
    if c and m and not _names_actor(text[:m.start()].strip(" ,")):
        return _title_then_duty(text)
    if c and not m and not CLAUSE.search(text):
        return _title_then_act(text)
    if not m or not _names_actor(text[:m.start()].strip(" ,")):
        return None
    after = re.match(r"[^.:;0-9]{0,40}?(?:\s*:\s*|\s+(?:\d{1,2}\.|[a-zđ]\))\s+)", text[m.end():])
    if after and not text[m.end() + after.end():][:1].isupper():
        after = None  # "X có trách nhiệm:" closing its line: a heading over clauses below, the structure stage's
    if after is None or len(text[:m.start()].split()) > 40:
        return None  # "X có trách nhiệm hướng dẫn …": a sentence, read by the sentence pass
    return text[:m.start()].strip(" ,"), text[m.start():].strip()


def article_title_end(own: str) -> int | None:
    """Where the first clause of a one-line Pháp điển article starts in ``own`` (its text after the "Điều N." label): "1.4.TT.4.7.
    Dây chuyền kiểm soát tại cửa khẩu … Nghị định số 112/2014/NĐ-CP | 1. Khi có dịch bệnh, …". The words before it are the
    article's title; None when ``own`` opens with no code or its first line holds no numbered clause."""
    line = own.split("\n", 1)[0]
    c = CODE.match(line)
    if c is None:
        return None
    clause = next((m for m in CLAUSE.finditer(line, c.end()) if line[m.end()].isupper()), None)
    return clause.start() if clause else None


def title_only(own: str) -> bool:
    """``own`` (an item's text after its "Điều N." label) is a Pháp điển article's code and title alone, on one line:
    no clause number and no sentence ended inside it, not closed by a full stop, or cut by the copy ("…").
    "Điều 18.5.NĐ.4.5. Người đứng đầu cơ quan, tổ chức cấp trên trực tiếp giải quyết … thuộc thẩm quyền … q..." names
    what the article is about; its clauses, which charge, are not on the line."""
    text = own.strip(" *\t\n")
    c = CODE.match(text)
    if c is None or "\n" in text:
        return False
    body = text[c.end():].rstrip()
    cut = body.endswith(("...", "…"))
    body = body.rstrip(".… ")
    # a capitalised word after a lowercase one may open the article's sentence ("… của các bộ, cơ quan ngang bộ | Ngoài
    # quyền hạn …") or a name ("… của Bộ Ngoại giao"): article_line reads those lines
    words = body.split()
    sentence = any(w[:1].isupper() and prev[:1].islower() for prev, w in zip(words, words[1:]))
    return bool(body) and not re.search(r"[.;:]", body) and not CLAUSE.search(body) and not sentence \
        and (cut or not text.endswith("."))


def _title_then_duty(text: str) -> tuple[str, str] | None:
    """A Pháp điển article's title, then its one sentence with no clause number, a body or role charged by a duty
    marker: "Trách nhiệm hướng dẫn thi hành | Bộ trưởng Bộ Ngoại giao và Bộ trưởng Bộ Tài chính có trách nhiệm hướng
    dẫn …". The sentence starts at a capitalised word after a lowercase one (the title is in sentence case): the first
    such word where a body and its marker start, within the title's 16 words."""
    for m in CAPITAL.finditer(text):
        before = text[:m.start()].split()
        if not text[m.start()].isupper() or not before or not before[-1][:1].islower() or len(before) > 16:
            continue
        who, what = duty_subject(text[m.start():], rule=True)
        if who and D.MARKER.match(Folded.of(what).view) and not W.CLOSING.match(W.DUTY_OPENING.sub("", Folded.of(what).view)):
            return who, what  # (not "… chịu trách nhiệm thi hành Nghị định này": the closing formula)
        # a capitalised name inside the title ("Sử dụng Giao thức truyền siêu văn bản an toàn | Các cơ quan nhà nước phải
        # sử dụng …"): the sentence starts at a later capital
    return None


def _title_then_act(text: str) -> tuple[str, str] | None:
    """A Pháp điển article's title, then its one sentence with no clause number and no duty marker, a named body doing
    a rule's act: "Danh mục sản phẩm, dịch vụ công nghiệp công nghệ thông tin | Bộ Bưu chính, Viễn thông định kỳ ban
    hành Danh mục chi tiết …", "Thủ tục thu hồi Thẻ đấu giá viên | Trong thời hạn 03 ngày làm việc, kể từ …, Sở Tư pháp
    nơi đã cấp Thẻ … quyết định thu hồi …". The sentence starts at a capitalised word after a lowercase one within the
    title's 16 words: a time limit or scope clause (the subject after its comma), or a body named past its head (a
    capital after its first word: "Bộ Bưu chính", not "Cơ quan cấp phép" nor a title's "Người đứng đầu …"). A title
    that is itself a body ("Cục Kế hoạch và Đầu tư/BQP | Phối hợp, hướng dẫn Bộ Tư lệnh …") is the subject: the
    sentence pass reads it."""
    if _names_actor(" ".join(text.split()[:12])):
        return None
    for m in CAPITAL.finditer(text):
        before = text[:m.start()].split()
        if not text[m.start()].isupper() or not before or not before[-1][:1].islower() or len(before) > 16:
            continue
        if before[-1].lower() in _TITLE_LINKS or before[-1].endswith(","):
            continue  # "… người đại diện của | Tổng công ty …", "Phối hợp với | Chi cục …": the title names it; "…, | Tổng
            # công ty …": a list's next member
        sent = text[m.start():]
        opening = bool(D.OPENING.match(Folded.of(sent[:40]).view))
        who, what = duty_subject(sent, rule=True)
        if not who:
            continue
        # the first subject found is the sentence's, or none is: a later one lies inside it; a capitalised verb inside the
        # name ("… thuộc Chính phủ | Chủ trì hoặc phối hợp …") shows the title ran into the sentence
        named = any(w[:1].isupper() for w in who.split()[1:])
        words = who.split()  # (after a lowercase word: "Bộ Thông tin và Truyền thông" is a name)
        verb_in = any(w[:1].isupper() and words[k - 1][:1].islower()
                      and P.ACTION_VERB_RE.match(Folded.of(" ".join(words[k:k + 2])).view)
                      for k, w in enumerate(words) if k)
        title_end = D.TITLE_BODY_END.search(Folded.of(who).view + " ")  # "… Ngân hàng Nhà nước chi nhánh | trong"
        return (who, what) if what and (opening or named) and not verb_in and not title_end else None
    return None


#: words after which a capitalised word goes on the title's phrase, not a sentence's subject
_TITLE_LINKS = {"của", "cho", "với", "và", "thuộc", "giữa", "trong", "tại", "qua", "ở", "đến", "từ", "về", "đối", "hoặc"}


def _body_end(body: str) -> int | None:
    """Where the body's name after "… của" ends: its first clause's number, a capitalised verb or clause opening
    ("… trực thuộc Trung ương | Kiểm tra, giám sát …", "… cơ quan ngang bộ | Ngoài quyền hạn …": after a lowercase
    word, since "Bộ Xây dựng" is a name); None when the line holds no clause."""
    clause = next((m for m in CLAUSE.finditer(body) if body[m.end()].isupper()), None)
    ends = [m.start() for m in (clause,) if m]
    name = body.split()
    for m in CAPITAL.finditer(body):
        if not body[m.start()].isupper():
            continue
        before = body[:m.start()].split()
        if not before or not before[-1][:1].islower() or before[-1] in ("và", "-") or before[-1].endswith(","):
            continue  # "Bộ Xây dựng", "Bộ Kế hoạch và Đầu tư": a capitalised word after a name's word is the name's
        w = Folded.of(body[m.start():m.start() + 40]).view
        # "Trách nhiệm của Bộ Lao động - Thương binh và Xã hội | Bộ Lao động - Thương binh và Xã hội có trách nhiệm …":
        # the title's body named again opens the article's sentence
        again = len(name) >= 2 and body[m.start():].split()[:2] == name[:2]
        if again or D.CLAUSE_OPENER.match(w) or P.ACTION_VERB_RE.match(w) or D.VERB.match(w):
            ends.append(m.start())
            break
    if not ends or re.search(r"[.:]", body[:min(ends)]):
        return None  # "Trách nhiệm của Sở Tài chính; Ủy ban⏎nhân dân …": a title that wraps, no clause on its line
    return min(ends)


def _names_actor(who: str) -> bool:
    """``who`` opens with a body's or role's head ("cơ sở đào tạo", "các Bộ, cơ quan ngang Bộ", "Sở Y tế",
    "trường"), not with a person ("công chức …") or a thing."""
    v = Folded.of(who).view
    if not v or len(who.split()) > 40:
        return False
    pos = m.end() if (m := D.PLURAL.match(v)) else 0
    head = D.ACTOR_HEAD.match(v, pos) or (D.LISTED_ANY.match(v, pos) if pos else D.LISTED_HEAD.match(v, pos)) \
        or (D.NAMED_HEAD.match(v, pos) if who[pos:pos + 1].isupper() or re.match(r"\S+\s*,", v[pos:]) else None)
    if head is None:
        return False
    return not any(x and x.end() >= head.end() for x in (D.THING_HEAD.match(v, pos), D.PERSON_HEAD.match(v, pos)))


def _clauses(what: str) -> str:
    return re.sub(r"^\s*(?:\d{1,2}\.|[a-zđ]\))\s+", "", what.strip())
