"""Metadata of the document itself, read from its Structure.

Số ký hiệu, type, issuer (with its superior body), place and date, trích
yếu, signer (all signing levels joined " / ", the signer's own title and
name) and recipients (Kính gửi items, then Nơi nhận items) all come from
the parts the structure stage found; nothing here re-reads the layout.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz, process

from vanban.extract import patterns as P
from vanban.extract.assignment_words import FIELD_NAMES
from vanban.extract.code_issuer import government_issuer
from vanban.extract.symbols import normalize_symbol
from vanban.extract.title_case import in_sentence_case
from vanban.extract.unit_initials import restored_unit_codes
from vanban.models import Metadata, SignatureBlock, Structure
from vanban.symbol_codes import ALL_CODES, JOINED_CODE_ISSUERS, TYPE_CODES
from vanban.structure.signature import garbled_deputy
from vanban.text import fold, without_markup

__all__ = ["metadata_of", "reference_date"]

# purpose annotations dropped from a recipient ("(để báo cáo)", "(b/c)", "(t/h)"; OCR's "(b/€)" too)
_PARENS = re.compile(r"\s*\(([^()]{0,30})\)")
# — each a whole word: a parenthesis naming a unit ("Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)", "(Thanh tra tỉnh)")
# starts with "ph" / "th" and is part of the addressee
_PURPOSE = re.compile(r"^\s*(?:de\b|[dpb][a-z]{1,2}o\s*c[a-z]{1,2}o|b/[c€e]?|t/h|p/h|e|thuc hien|chi dao|phoi hop|biet|th|ph|bc"
                      r"|dang tai|dua tin|dang tin|theo doi|t/d|[dpb]/b|d/b|e-?copy"
                      # what the addressee does with it, written without "để": "Sở Tư pháp (kiểm tra)" (a25-06),
                      # "(giám sát)", "(thi hành)", "(tổng hợp)", "(hướng dẫn)", "(đăng Công báo)"
                      r"|kiem tra|giam sat|thi hanh|tong hop|huong dan|dang cong bao|cong bao)(?![a-z0-9])")
# the archive note ("Lưu: VT, (TH/MT)", "Lưu VT, CTTĐT (Tân)"): its parentheses name the drafting unit or
# clerk ("TH/MT" is no "th" = thực hiện) and the number of copies, never a purpose
_ARCHIVE = re.compile(r"l[uw]u\b(?!\s+tru)")  # not "Lưu trữ …"
# the body's closing mark "./." ending a run read among the items: the body's last line, which a scan's OCR read after
# "Nơi nhận:" beside it ("- Bộ Y tế (b/c);" / "tế để được hướng dẫn, điều chỉnh kịp thời./.", a16-08 scanned); no
# addressee ends so
_BODY_CLOSE = re.compile(r"\.\s*/\s*\.?\s*$")  # also a scan's "thực hiện. /."
_LEVEL_MARK = re.compile(r"(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.\s*\S")  # a signing level as printed
_AS_ABOVE = P.RECIPIENT_AS_ABOVE_RE  # "Như trên", "Như kính gửi", "Như Điều 3" (the article naming who executes)
# "- Như trên; - Thủ tướng Chính phủ,- Phó TTg …; - Bộ Tài chính": items run on one line (a scan's
# narrow cell), OCR's "," for a ";" among them
_PARENT_CODE_TAIL = re.compile(r"[A-ZĐ][A-ZĐ&]{1,6}\s*[;.]?\s*")  # "… - BTP": a parent body's code alone
# a scan's speck before an item's dash ("~- Bộ Nội vụ"), or its dash read as a "~" ("~ Sở Nội vụ tỉnh", qd312 scanned)
_SPECK_DASH = re.compile(r"^~\s*(?:[-–]\s*)?")
_RUN_ON = re.compile(r"([;,])\s*[-–+•~]\s*(?=\S)"  # "~": a photo's OCR of the item's dash
                     # (scan47) or an item closed by its full stop, the next one's dash and a capital after it on the
                     # same line: "- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế. - Bí thư Tỉnh ủy, …" (228/CĐ-TTg
                     # scanned by the bench: the page flowed the Công điện's two addressees into one line)
                     # (not after a capital: "UBND TP. - Hà Nội" keeps its abbreviation's stop)
                     r"|(?<![A-ZĐ])(\.)\s+[-–]\s+(?=[A-ZÀ-ỸĐ])")
# how many copies a recipient gets, after its name: "TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo)" (78/2025/QĐ-UBND)
_COPIES = re.compile(r"\s*:?\s*\b\d{1,2}\s+bản\b(?:\s+(?:giấy|điện tử|chính|sao))?(?:\s*,\s*\d{1,2}\s+bản\b(?:\s+(?:giấy|điện tử|chính|sao))?)*"
                     r"(?:\s*\([^()]{0,30}\))?\s*$")
# the address printed with an addressee: "(đ/c: …)", "(Địa chỉ: …" (to the item's end), or a
# parenthesis of a street address ("(số 208, ngõ 66, phố Kim Mã Thượng, p. Cống Vị, Ba Đình, Hà Nội)")
# a ";"-piece after "Các Bộ:" / "Các Sở:" made of the fields of ministries or departments only, their head word left to
# the group label: "Các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch, Tư pháp" (65/2025/NQ-HĐND) is one recipient
_FIELD = "(?:" + FIELD_NAMES.pattern.split(")(?:", 1)[1]
_FIELD_LIST = re.compile(rf"{_FIELD}(?:\s*(?:,|và)\s*{_FIELD})*")
_ADDRESS_NOTE = re.compile(r"\s*\(\s*(?:d\s?/\s?c|dia chi)\s*:.*$")
_ADDRESS_PARENS = re.compile(r"\s*\((?=[^()]*,[^()]*,)(?=[^()]*\b(?:phuong|p\.|quan|xa|tinh|thanh pho|duong|pho|ngo|kcn)\s)[^()]*\)")


def _signature_lines(st: Structure) -> list[str]:
    """The signing levels and the signer's title as printed (capitals), longest first."""
    sig = st.signature
    marks = [re.sub(r"\s+", " ", x).strip() for x in (*(sig.levels if sig else ()), sig.title if sig else None) if x]
    return sorted((m for m in marks if sum(c.isupper() for c in m) > 0.75 * sum(c.isalpha() for c in m)), key=len, reverse=True)


def _signer_names(st: Structure) -> re.Pattern[str] | None:
    """The document's own signers' names (two words or more), where they stand in a Nơi nhận line: a text layer that
    reads the signature's cell into the list's ("- Bộ Tư pháp: …, các đơn vị thuộc, trực" | "Dương Văn Lộc" | "thuộc
    Bộ;", 24/2025/TT-BTP's text PDF, "Dương Văn Lộcthuộc Bộ;" glued). The signer never is one of the recipients
    (cases/19), so the name is dropped and the line mended around it where it stands inside the line's words."""
    sig = st.signature
    names = [re.sub(r"\s+", " ", x).strip() for x in ((sig.name,) + tuple(c.name for c in sig.co_signers) if sig else ())
             if x]
    names = [x for x in names if len(x.split()) >= 2 and all(w[:1].isupper() for w in x.split())]
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?=[^\W\d_]|\s|[;,.]|$)")


def _inside_words(raw: str, m: re.Match[str]) -> bool:
    """The signer's name ``m`` stands between two lower-case words of one line ("… trực Dương Văn Lộcthuộc Bộ"): read
    into it from the signature's cell. A name listed as an entry of its own ("VPCP: BTCN, PCN: Phạm Văn Bảo, Thư ký
    TTg", the signing deputy's copy, 631/TB-VPCP's Nơi nhận) follows a mark and stays."""
    before = raw[:m.start()].rstrip()
    after = raw[m.end():].lstrip()
    return bool(before) and before[-1:].isalpha() and before.split()[-1][:1].islower() \
        and after[:1].isalpha() and after[:1].islower()


def _recipient_items(text: str, st: Structure) -> tuple[str, ...]:
    out: list[str] = []
    marks = _signature_lines(st)
    signers = _signer_names(st)
    for part in tuple(st.addressees) + tuple(st.recipients):
        raw = without_markup(re.sub(r"\s+", " ", text[part.start:part.end]).strip())  # "- **Bộ Tài chính**;" pasted
        for mark in marks:  # "- … Thuế tỉnh" | "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" | "Lạng Sơn;" (a scan's item wrapped
            raw = raw.replace(f" {mark} ", " ")  # beside the signature, 2512/QĐ-UBND): the block's lines are no item's
            if _LEVEL_MARK.match(mark):  # a level glued to the item's last word ("… Việt NaKT. TRƯỞNG BAN …", 37691/TB-CHQ
                raw = raw.replace(mark, " ")  # scanned): a level's words never belong to an addressee
        if signers is not None:
            raw = re.sub(r"\s+", " ", signers.sub(lambda m: " " if _inside_words(raw, m) else m.group(), raw)).strip()
        raw = raw.lstrip("-–+•*_ '‘’`~|¦:").strip()  # "_ TT HĐND …": eng OCR's dash; "-'TT Đinh Văn Phúc", "~- Như Điều 4",
        # "|- Thủ tướng, …" (228/CĐ-TTg scanned): a speck (scan); ": Ủy ban MTTQ …" (a46-07 scanned): the dash read ":"
        raw = _drop_address(raw)
        raw = re.sub(r";\s*,", ",", raw)  # "- Cục CST;, Vụ PC (BTC);": a scan's speck before the printed ","
        raw = re.sub(r":\s*[-–+•]\s+", ": ", raw)  # "VPUB: + CVP, các PCVP" (1627/QĐ-UBND): the units after the colon
        for k, item in ((k, x) for run in _run_on(raw)
                        for k, x in enumerate(_split_items(run) if ";" in run.rstrip(";. ") else [run])):
            if _speck_piece(item, k > 0):
                continue  # "- Ban Pháp chế; ệ", "- Như trên; NT" (scanned): a speck or the signature's fragment
            if _BODY_CLOSE.search(item) and (item[:1].islower() or len(item.split()) >= 8):
                continue  # "… nghiêm túc thực hiện./.", "tế để được hướng dẫn, điều chỉnh kịp thời./.": the body's last line
            if not _ARCHIVE.match(fold(item)):  # "Lưu: VT, (TH/MT)": the archive note's parentheses hold unit codes
                item = _PARENS.sub(lambda m: "" if _PURPOSE.match(fold(m.group(1))) else m.group(0), item).strip()
            item = item.strip(" ,;.").strip()
            item = re.sub(r"\s+", " ", item)
            item = _SPECK_DASH.sub("", item)  # "~- Bộ Nội vụ" (71/2025/QĐ-UBND scanned): a speck before the item's dash
            if item.endswith(":") and ":" in item[:-1]:
                item = item[:-1].rstrip()  # "UBND TP: CT, các PCT:" (1597/QĐ-TTPVHCC scanned): OCR's ":" for the ";"
            if P.RECIPIENT_ARCHIVE_RE.match(item):  # "Lưu: VF CS", "Lưu: VI, XNK": OCR's reading of "VT,"
                item = P.RECIPIENT_ARCHIVE_VT_RE.sub(lambda m: m.group(1) + "VT, ", item, count=1)
            copies = _COPIES.search(item)  # "TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo)"
            item = item[:copies.start()].strip(" ,;:") if copies and copies.start() > 0 else item
            if not any(c.isalnum() for c in item) or _AS_ABOVE.match(fold(item)) or _AS_ABOVE.match(item):
                continue  # "— Nơi nhận; —" (a25-10 scanned): a speck read as a dash beside the label names no one
            if out and out[-1].endswith(":") and P.RECIPIENT_MINISTRY_RE.match(item) and P.RECIPIENT_MINISTRY_RE.match(out[-1]):
                out[-1] = out[-1][:-1]  # "- Bộ Công Thương:" / "- Bộ Tư pháp …": OCR's ":" for the ";" (scans)
            elif out and out[-1].endswith(":") and P.RECIPIENT_OFFICE_RE.fullmatch(out[-1]):
                out[-1] += " " + item  # "- VP UBND tỉnh:" / "+ LĐVP, KGVX;": the office's first sub-item is its entry
                continue
            out.append(item)
    return tuple(out)


def _speck_piece(item: str, after_semicolon: bool) -> bool:
    """(scan47) A Nơi nhận piece that names no one: one letter or digit at most ("ệ", a speck beside "- Ban Pháp chế;"
    in 5608/CT-CS scanned), or two after an item's closing ";" on its line with no mark of its own ("- Như trên; NT",
    228/CĐ-TTg scanned: the signature's "KT" bled into the list's column). A body's name, or a code a colon lists ("Các
    Bộ: TC; XD", joined to its label by :func:`_split_items` before this), is longer; a code under its own mark ("+ VC")
    is no piece after a ";"."""
    return sum(c.isalnum() for c in item) <= (2 if after_semicolon else 1)


def _run_on(raw: str) -> list[str]:
    """One Nơi nhận / Kính gửi part cut where an item mark follows a ";" (items run on one line),
    or a "," outside a colon's list of names: "… các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa" is one
    addressee, "Thủ tướng Chính phủ,-" / "Phó TTg Dương Văn Lộc" two."""
    out, start, joined = [], 0, ""
    for m in _RUN_ON.finditer(raw):
        piece = joined + raw[start:m.start()] + (m.group(2) or "")
        if m.group(1) == "," and ":" in piece:
            joined, start = piece + ", ", m.end()
            continue
        if m.group(1) == "," and _PARENT_CODE_TAIL.fullmatch(raw[m.end():]):
            # "Cục Kiểm tra văn bản QPPL, - BTP" (99/2025/QĐ-UBND scanned, printed "QPPL - BTP"): a speck read
            # as "," before the parent's code that ends the item; no second item starts there
            out.append(piece + " - " + raw[m.end():].strip(" ;."))
            return out
        out.append(piece)
        joined, start = "", m.end()
    out.append(joined + raw[start:])
    return out


def _drop_address(raw: str) -> str:
    """The addressee without its printed address (a company answered by the Cục Hải quan)."""
    m = _ADDRESS_NOTE.search(fold(raw))
    if m and m.start() > 0:
        raw = raw[:m.start()]
    for m in reversed(list(_ADDRESS_PARENS.finditer(fold(raw)))):
        if m.start() > 0:
            raw = raw[:m.start()] + raw[m.end():]
    return raw


def _split_items(raw: str) -> list[str]:
    """One Nơi nhận line cut at its ";" into recipients, except where the ";" stands for a ","
    (OCR of a scan): a bare title abbreviation before a title ("CT; các PCT UBND tỉnh" →
    "CT, các PCT UBND tỉnh", 141-KH-UBND) and the codes of the "Lưu:" note ("Lưu: VT; KGVX");
    and an office listing its own units stays one entry, ";" kept ("VPCP: BTCN, …; các Vụ: KGVX; Cổng
    TTĐTCP", as printed in 631-TB-VPCP), as does a group listing its members' codes ("Các Bộ: TC; NN&MT");
    a list of unit codes read with a ";" goes on ("Ban PC, NVT; CCT DNL", "Trung tâm TT; DL và CNS TP") and a group
    label's colon read as ";" is a colon ("Các Cục; C55, C56")."""
    if raw.rstrip().endswith(":") and ":" in raw.rstrip()[:-1]:
        raw = raw.rstrip()[:-1]  # "VPUB: PCVP(Tr); TPTH; TPKT:" (56/2025/QĐ-UBND legacy): OCR's ":" for the last ";"
    if P.RECIPIENT_ARCHIVE_RE.match(raw):
        return [re.sub(r"\s*;\s*(?=\S)", ", ", raw)]
    if P.RECIPIENT_OFFICES_RE.match(raw):
        return [raw]
    office = P.RECIPIENT_OFFICE_RE.match(raw)
    group = P.RECIPIENT_GROUP_RE.match(raw)  # "Các Bộ: TC; NN&MT"
    out: list[str] = []
    for piece in raw.split(";"):
        if out and ((office and P.RECIPIENT_OFFICE_UNIT_RE.match(piece.strip())
                     and not P.RECIPIENT_OWN_PARENT_RE.search(piece))
                    or (group and (P.RECIPIENT_MEMBER_CODE_RE.fullmatch(piece.strip()) or _FIELD_LIST.fullmatch(piece.strip())))):
            out[-1] = out[-1].rstrip() + "; " + piece.strip()  # the office's units, the group's members: one entry
        elif out and ":" in out[-1] and P.RECIPIENT_TITLE_ONLY_RE.fullmatch(piece.strip()):
            out[-1] = out[-1].rstrip() + "; " + piece.strip()  # "TTUB: CT; các PCT": the body's members
        elif out and ":" in out[-1] and "," in out[-1].split(":", 1)[1] and P.RECIPIENT_CODES_RE.fullmatch(piece.strip()):
            # "VPUBND tỉnh: Lãnh đạo, Trung tâm TT; NC" (1520/QĐ-UBND scanned, printed "TT, NC"): the units
            # its colon lists go on with a code; the ";" is OCR's for the ","
            out[-1] = out[-1].rstrip() + ", " + piece.strip()
        elif out and P.RECIPIENT_TITLE_ABBR_RE.fullmatch(out[-1].strip()) \
                and P.RECIPIENT_TITLE_NEXT_RE.match(piece.strip()):
            out[-1] = out[-1].strip() + ", " + piece.strip()
        elif out and P.RECIPIENT_ENDS_IN_CODE_RE.search(out[-1]) and P.RECIPIENT_CODES_AND_RE.fullmatch(piece.strip()):
            out[-1] = out[-1].rstrip() + ", " + piece.strip()  # "Trung tâm TT; DL và CNS TP": "A, B và C"
        elif out and P.RECIPIENT_CODE_TAIL_RE.match(out[-1]) and P.RECIPIENT_CODES_RE.fullmatch(piece.strip()):
            out[-1] = out[-1].rstrip() + ", " + piece.strip()  # "Ban PC, NVT; CCT DNL": the codes go on
        elif out and P.RECIPIENT_GROUP_LABEL_RE.fullmatch(out[-1].strip()) and "," in piece \
                and P.RECIPIENT_SHORT_NAMES_RE.fullmatch(piece.strip(" ,.")):
            out[-1] = out[-1].strip() + ": " + piece.strip()  # "Các Cục; C55, C56": the label's colon
        elif out and P.RECIPIENT_NAME_LIST_RE.search(out[-1].rstrip(" ,")) \
                and P.RECIPIENT_SHORT_NAMES_RE.fullmatch(piece.strip(" ,.")):
            out[-1] = out[-1].rstrip(" ,") + ", " + piece.strip(" ,")  # "Các Bộ: CT" / "XD": the list goes on
        elif out and piece.strip()[:1].islower() and not P.RECIPIENT_ARCHIVE_RE.match(out[-1].strip()) \
                and P.RECIPIENT_MISREAD_TITLE_RE.fullmatch(out[-1].strip()):
            # (scan48) "Cl; các PCT UBND xã" (a46-05 scanned, printed "CT, các PCT"): a title's abbreviation a scan
            # misread, then its deputies — one item, as "CT; các PCT" already is. A printed ";" before small letters
            # after longer names parts two addressees as the labels have it ("Đảng ủy các xã, phường; đảng ủy trực
            # thuộc Tỉnh ủy" a17-07, "… rừng đặc dụng; các công ty lâm nghiệp" t25-02, "Các công chức liên quan; thú
            # y viên xã" t44-05), so a scan's "Các HTX, THT; chủ thể OCOP" (t44-04, printed ",") is left split
            out[-1] = out[-1].rstrip() + ", " + piece.strip()
        else:
            out.append(piece)
    return out


def _canonical(raw: str | None, names: list[str], cutoff: float) -> str | None:
    """The canonical accented spelling of a signing level or title read from OCR text."""
    if not raw:
        return raw
    hit = process.extractOne(fold(raw), {n: fold(n) for n in names}, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit:
        return hit[2]
    # a scan's garbled middle word ("PHÓ (JRỠỞNẾ BAN", 5487/CT-CS scanned): every other word that of one
    # canonical name, the same count, and close enough on the whole ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC" is no
    # "PHÓ BÍ THƯ THƯỜNG TRỰC": three words differ)
    words = fold(raw).split()
    edges = [n for n in names if len(fold(n).split()) == len(words) >= 3
             and fold(n).split()[0] == words[0] and fold(n).split()[-1] == words[-1]
             and sum(a != b for a, b in zip(fold(n).split(), words)) == 1]
    near = process.extractOne(fold(raw), {n: fold(n) for n in edges}, scorer=fuzz.ratio, score_cutoff=cutoff - 15)
    return near[2] if near else raw


# the marker of a signing level and its kind: TM./T/M sign for a collective body (authority), KT./K/T for
# ("ký thay"), TL./T/L by order of ("thừa lệnh"), TUQ./T/U by authorisation of ("thừa ủy quyền"); Q. acting
_LEVEL_MARK_RE = re.compile(r"^\s*(?:(?P<m>tuq|[tk]\s?/\s?[mtlu]|tm|kt|tl)(?:\s*\.|\s+)|(?P<q>q)\s*\.)\s*(?P<body>.*)$", re.S)


def _level_kind(level: str | None) -> str | None:
    """The level's marker folded ("kt", "t/m", "tuq"), None when it has none."""
    m = _LEVEL_MARK_RE.match(fold(level or ""))
    return re.sub(r"\s", "", m["m"] or m["q"]) if m else None


def _level(raw: str | None) -> str | None:
    """A signing level as printed, its body's spelling mended by the canonical list only: the marker is kept
    as printed ("TM BAN BÍ THƯ", a scan's T/M without its slash, 383-QĐ/TW) and its kind never changed ("TL. GIÁM ĐỐC" is thừa lệnh, not the list's "KT. GIÁM ĐỐC"; "TM. BAN CHỈ ĐẠO" stays
    TM.). A scan's misread body ("TM. ỦY BAN NHÂN DÃN") takes the canonical body of the same words."""
    if not raw:
        return raw
    kind = _level_kind(raw)
    if kind is None and raw in P.SIGNER_TITLES:
        return raw  # (ocr45) the head's post a TM. level signs in, read whole ("TM. BAN CHỈ ĐẠO" / "TRƯỞNG BAN"): no KT.
    if kind is None:
        return _canonical(raw, P.SIGNER_AUTHORITIES, 80)
    mark_end = len(raw) - len(_LEVEL_MARK_RE.match(fold(raw))["body"])  # fold keeps the length
    mark, body = re.sub(r"\s", "", raw[:mark_end]), raw[mark_end:].strip()
    bodies = sorted({re.sub(r"^\S+\s+", "", n) for n in P.SIGNER_AUTHORITIES})
    return f"{mark} {_canonical(body, bodies, 80)}" if body else mark


def _deputy_title(title: str | None, levels) -> str | None:
    """The deputy's own title when a scan garbled it under a "KT." level: "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, …" /
    "PHÚUƯUỬẾG BẾN" (5331/CT-CS scanned) is "PHÓ TRƯỞNG BAN". Who signs for (ký thay) the principal is the
    principal's deputy, so the title is "PHÓ" + the principal's title named by the level, when the garbled line
    still opens with "PH" and no canonical title was read. A title read well, or one that opens otherwise
    ("THỨ TRƯỞNG" under "KT. BỘ TRƯỞNG"), is kept as read."""
    if not title or title in P.SIGNER_TITLES or not garbled_deputy(fold(title)):
        return title  # a title read well ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", 45-HD/BTCTW) is kept as read
    kt = next((lv for lv in reversed(levels or ()) if lv and re.match(r"^\s*k\s?/?\s?t\b", fold(lv))), None)
    if kt is None:
        return title
    body = fold(re.sub(r"^\s*[Kk]\s?/?\s?[Tt]\.?\s*", "", kt))
    principal = max((t for t in P.SIGNER_TITLES if not t.startswith("PHÓ") and body.startswith(fold(t))),
                    key=len, default=None)
    deputy = f"PHÓ {principal}" if principal else None
    if deputy in P.SIGNER_TITLES and fuzz.ratio(fold(title), fold(deputy)) >= 40:
        return deputy
    return title


def _number(raw: str | None, type_: str | None = None) -> str | None:
    """The số ký hiệu: OCR look-alikes repaired ("KH/BU" → "KH/ĐU"), the printed case kept ("CTr"),
    and a type code OCR misread one letter off the title's (:func:`_title_type_code`)."""
    if not raw:
        return None
    norm = normalize_symbol(raw)
    return _title_type_code(raw if norm and fold(norm).lower() == fold(raw).lower() else norm, type_)


def _own_number(raw: str | None, type_: str | None, text: str) -> str | None:
    """The document's số ký hiệu (:func:`_number`), its unit codes read D for Đ restored from the names the text
    prints (:func:`restored_unit_codes`) — before the repairs too: a Party body's code whose last Đ legacy OCR read D
    ("02-HD/BXDD" of the Ban Xây dựng Đảng) looks like a known code with a scan's doubled glyph ("BXD" + "D") and
    would lose a letter, where the text's "Ban Xây dựng Đảng" reads it "BXDĐ" (the evidence of the page wins over
    the guess of a glyph)."""
    return restored_unit_codes(_number(restored_unit_codes(raw, text) if raw else raw, type_), text)


#: the type code of a number: state "45/KH-UBND", "30/2020/NĐ-CP" (after the numbers), Party "12-KH/ĐU"
_TYPE_CODE_RE = re.compile(r"^(?:[\d.]+(?:/\d{4})?/(?P<state>[^\W\d_]+)(?=-)|\d+[a-z]?-(?P<party>[^\W\d_]+)(?=/))")
_CODE_OF_TYPE = {t: c for c, t in TYPE_CODES.items() if c != "QĐi"}


#: a state number whose type code and issuer's code ran together, the hyphen lost: "07/CIUBND"
_JOINED_CODES_RE = re.compile(r"^(?P<head>[\d.]+(?:/\d{4})?/)(?P<codes>[^\W\d_]{4,})$")
_JOINED_ISSUERS = {c.upper(): c for c in JOINED_CODE_ISSUERS}


def _title_type_code(number: str, type_: str | None) -> str:
    """``number`` with its type code made the title type's code when OCR read it one letter
    off and the code read is no code at all: "45/KM-UBND" under "KẾ HOẠCH" (a 150 dpi
    scan read H as M) is 45/KH-UBND; also when the hyphen after it was lost too, the rest a
    known issuer's code: "07/CIUBND" under "CHỈ THỊ" (a 200 dpi scan read "CT-" as "CI") is
    07/CT-UBND. The title and the code both point one way; a code vanban knows
    (:data:`vanban.symbol_codes.ALL_CODES`) is kept as printed."""
    want = _CODE_OF_TYPE.get(type_ or "")
    m = _TYPE_CODE_RE.match(number)
    if not want:
        return number
    if not m:
        return _joined_title_type_code(number, want)
    key = "state" if m.group("state") else "party"
    code = m.group(key)
    if not _one_letter_off(code, want):
        return number  # "QD" for QĐ is a keyboard's spelling, printed so: kept
    return number[:m.start(key)] + want + number[m.end(key):]


def _one_letter_off(code: str, want: str) -> bool:
    """``code`` is no code vanban knows and differs from the type code ``want`` in exactly one letter."""
    return code not in ALL_CODES and len(code) == len(want) \
        and sum(a != b for a, b in zip(fold(code).upper(), fold(want).upper())) == 1


def _joined_title_type_code(number: str, want: str) -> str:
    """"07/CIUBND" → "07/CT-UBND" under "CHỈ THỊ": the codes after the slash are no code as a whole, split after
    the type code's length they are a code one letter off ``want`` and a known issuer's code (``JOINED_CODE_ISSUERS``).
    A type code read right and joined ("NĐCP") is symbols' own repair; anything else stays as read."""
    m = _JOINED_CODES_RE.match(number)
    if m is None or m.group("codes").upper() in ALL_CODES:
        return number
    codes = m.group("codes")
    code, issuer = codes[:len(want)], codes[len(want):].upper()
    if issuer not in _JOINED_ISSUERS or not _one_letter_off(code, want):
        return number
    return f"{m.group('head')}{want}-{_JOINED_ISSUERS[issuer]}"


def _without_replaced(field: str | None) -> str | None:
    """A header field without the U+FFFD a damaged UTF-8 file left in it ("\ufffdĐẢNG\ufffd ỦY
    PHƯỜNG KIM MÃ" from stray Windows quotes): the text keeps them, the field names the body."""
    if not field or "\ufffd" not in field:
        return field
    return " ".join(field.replace("\ufffd", " ").split()) or None


def _without_stray_colon(title: str | None) -> str | None:
    """The trích yếu without a colon standing apart at its end: a scan's speck after the title's last word ("Về tăng
    cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ :", 09/CT-UBND scanned);
    a trích yếu names the document's matter and never announces a list."""
    if not title:
        return title
    return re.sub(r"\s+[:;]$", "", title) or title


def metadata_of(text: str, st: Structure) -> Metadata:
    """The document's Metadata from its Structure (``text``: the document text)."""
    h = st.header
    sig = st.signature
    signer = _joint_signer(sig) if sig else {}
    recipients = _recipient_items(text, st)
    number = _own_number(h.number, st.type, text)
    return Metadata(
        number=number,
        type=st.type,
        issuer=government_issuer(_without_replaced(h.issuer), number),  # a garbled issuer, the symbol's Government body
        parent_issuer=_without_replaced(h.parent_issuer),
        place=_without_replaced(h.place),
        date=h.date,
        title=in_sentence_case(_without_stray_colon(_without_replaced(st.title)), text),
        signer_authority=signer.get("authority"),
        signer_delegation=signer.get("delegation"),
        signer_title=signer.get("title"),
        signer_name=signer.get("name"),
        recipients=recipients,
    )


def _signer(sig: SignatureBlock) -> dict[str, str | None]:
    """One signature's fields. "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG": the body the deputy signs for
    is the authority, the delegation its own field, so a filter on either finds it; a lone "KT. GIÁM ĐỐC" is the
    authority only."""
    levels = [_level(lv) for lv in sig.levels]
    return {"authority": levels[0] if levels else None, "delegation": " / ".join(levels[1:]) or None,
            "title": _deputy_title(_canonical(sig.title, P.SIGNER_TITLES, 86), sig.levels), "name": sig.name}


def _joint_signer(sig: SignatureBlock) -> dict[str, str | None]:
    """The signer's fields; a joint document's signatures (``co_signers``) each field joined by "; " in reading
    order ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN; KT. GIÁM ĐỐC", "BÍ THƯ; PHÓ GIÁM ĐỐC"), as the labels write them."""
    each = [_signer(s) for s in (sig, *sig.co_signers)]
    return {k: "; ".join(x[k] for x in each if x[k]) or None for k in each[0]}


def reference_date(meta: Metadata, given: str | None) -> dt.date | None:
    """The date year-less deadlines are read against: the document's, else ``given``."""
    for s in (meta.date, given):
        try:
            if s:
                return dt.date.fromisoformat(s)
        except ValueError:
            continue
    return None
