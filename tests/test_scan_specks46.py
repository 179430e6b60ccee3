"""A scan's specks and misread glyphs on the marks that make a line a type line, a Nơi nhận label, a signing level or
a Công văn's "V/v" (session 46's newcomer, real documents of ../shared/realdocs/docs rendered, rotated and noised).

Each kind is tested on the form the newcomer met (the OCR lines of its scan, copied as Tesseract printed them) and on
other forms of the same kind written in the documents' style; the values are what the documents print. The last test
renders a page of 228/CĐ-TTg's lines (tests/fixtures/render.py) and reads it with real Tesseract.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import run_cli  # noqa: E402
from fixtures.render import render_scan  # noqa: E402
from vanban.extract import extract  # noqa: E402
from vanban.ocr.correct import prepared  # noqa: E402
from vanban.ocr.level_stops import level_stops  # noqa: E402
from vanban.ocr.subject_mark import subject_marks  # noqa: E402

# the header of 228/CĐ-TTg as its scan read it (Tesseract vie), the title's specks and all
_CD_HEAD = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 228/CĐ-TTg\nHà Nội, ngày 25 tháng 11 năm 2025\n\n{type}\nVỀ VIỆC GIẢI QUYẾT "
            "CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Tài chính, Nội vụ, "
            "Bộ Y tế.\n\nCác Bộ khẩn trương thực hiện ngay./.\n\n")
_SIGN = "Nơi nhận:\n- Như trên;\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Lưu: Văn thư, KTTH.\n\n"


def _meta(text: str):
    return extract(text).metadata


# --- a type line with a speck beside it ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("CÔNG ĐIỆN -", "Công điện"),        # 228/CĐ-TTg scanned
    ("_ CHỈ THỊ", "Chỉ thị"),
    ("' QUYẾT ĐỊNH .", "Quyết định"),
    ("KẾ HOẠCH |", "Kế hoạch"),
])
def test_a_type_line_with_a_scans_speck_is_the_type(line, kind):
    assert _meta(_CD_HEAD.format(type=line) + _SIGN + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n").type == kind


def test_the_trich_yeu_runs_on_under_a_specked_type_line():
    m = _meta(_CD_HEAD.format(type="CÔNG ĐIỆN -") + _SIGN + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")
    assert m.title == "Về việc giải quyết chính sách, chi trả chế độ bảo hiểm"


# --- a signing level's stop read as a comma, specks at a signature line's ends -------------------------------------

@pytest.mark.parametrize("read, meant", [
    ("KT,THỦ\nTƯỚNG", "KT.THỦ\nTƯỚNG"),                       # 228/CĐ-TTg scanned
    ("TM, ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
    ("|TL, CỤC TRƯỞNG", "|TL. CỤC TRƯỞNG"),
])
def test_a_levels_stop_read_as_a_comma(read, meant):
    assert level_stops(read) == meant
    assert len(level_stops(read)) == len(read)


@pytest.mark.parametrize("text", ["KT, Trần Văn A đã ký", "Các đơn vị TM, KT, TL phối hợp", "TMĐT, thương mại"])
def test_no_other_comma_is_touched(text):
    assert level_stops(text) == text


@pytest.mark.parametrize("block, authority, title", [
    # 228/CĐ-TTg scanned: the narrow column wraps the level and the title, a seal's dash and a rule's bar beside
    ("KT,THỦ\nTƯỚNG -\nPHÓ THỦ\n|TƯỚNG\nDương Văn Lộc\n", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"),
    ("|KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG -\n\nNguyễn Văn Thắng\n", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"),
    ("TM. ỦY BAN NHÂN DÂN |\n|CHỦ TỊCH\n\nLê Văn Tâm\n", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
])
def test_a_signature_read_through_a_scans_specks(block, authority, title):
    text = _CD_HEAD.format(type="CÔNG ĐIỆN") + _SIGN + block
    m = extract(prepared(text, "ocr")[0]).metadata if "," in block else _meta(text)
    assert (m.signer_authority, m.signer_title) == (authority, title)
    assert m.signer_name == block.strip().splitlines()[-1]


# --- a Nơi nhận label behind a speck or with a letter misread --------------------------------------------------------

@pytest.mark.parametrize("label", ["ị Nơi nhận:", "Nơtnhận", "| Nơi nhận:", ". Nơi nhận:"])
def test_a_specked_noi_nhan_label_opens_the_recipients(label):
    m = _meta(_CD_HEAD.format(type="CÔNG ĐIỆN") + _SIGN.replace("Nơi nhận:", label)
              + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")
    assert "Thủ tướng, các Phó Thủ tướng Chính phủ" in m.recipients
    assert m.signer_name == "Dương Văn Lộc"


def test_a_sentence_about_a_place_of_receipt_is_no_label():
    body = _CD_HEAD.format(type="CÔNG ĐIỆN").replace("Các Bộ khẩn trương thực hiện ngay./.",
                                                      "Ở nơi nhận hồ sơ, các Bộ bố trí cán bộ trực./.")
    m = _meta(body + _SIGN + "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")
    assert "Thủ tướng, các Phó Thủ tướng Chính phủ" in m.recipients


# --- a Công văn's "V/v" with a slash of another code, a W for its v -----------------------------------------------

@pytest.mark.parametrize("read, meant", [
    (".V⁄W đơn giá thuê\nđất", " V/v đơn giá thuê\nđất"),             # 5608/CT-CS scanned: U+2044 and a W
    ("V∕v: triển khai công tác phòng chống", "V/v: triển khai công tác phòng chống"),
    ("'V/w hướng dẫn quyết toán", " V/v hướng dẫn quyết toán"),
    # session 47's newcomer, 9476/BNNMT-CNTY scanned: a speck between the slash and the v
    ("V⁄%v trả lời bổ sung kiến nghị của cử tri", "V/v  trả lời bổ sung kiến nghị của cử tri"),
    ("V/'v góp ý dự thảo quy chế", "V/v  góp ý dự thảo quy chế"),
])
def test_a_subject_mark_with_another_slash(read, meant):
    assert subject_marks(read) == meant
    assert len(subject_marks(read)) == len(read)


@pytest.mark.parametrize("text", ["V/W Nguyen", "VW đi", "Số 12/V/W-KT", "V/%v", "V/%W 12"])
def test_no_other_slashed_v_is_touched(text):
    assert subject_marks(text) == text


def test_the_cong_vans_trich_yeu_behind_a_damaged_mark():
    # 5608/CT-CS's header as its scan read it, the two cells' lines one under the other
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n_——\nSố: 5608/CT-CS\n.V⁄W đơn giá thuê\nđất\nCỘNG HÒA XÃ HỘI\n"
            "CHỦ NGHĨA VIỆT NAM\n._ Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 28\ntháng 11 năm 2025\n\n"
            "Kính gửi: Công ty cổ phần siêu thị Sài Gòn.\n\nCục Thuế nhận được công văn số 291/STSG-HC ngày 29/9/2025.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS (2b).\n\nTL. CỤC TRƯỞNG\nTRƯỞNG BAN CHÍNH SÁCH THUẾ\n\n"
            "Nguyễn Thị Vân\n")
    m = extract(prepared(text, "ocr")[0]).metadata
    assert m.title == "đơn giá thuê đất"


# --- a rendered page read by Tesseract ------------------------------------------------------------------------------

_CD_PAGE = """THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 228/CĐ-TTg\tHà Nội, ngày 25 tháng 11 năm 2025

CÔNG ĐIỆN
VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN, DOANH NGHIỆP BỊ ẢNH HƯỞNG BỞI MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ

THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế.
Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này./.
Nơi nhận:\tKT. THỦ TƯỚNG
- Như trên;\tPHÓ THỦ TƯỚNG
- Thủ tướng, các Phó Thủ tướng Chính phủ;\t
- Lưu: Văn thư, KTTH (2).\tDương Văn Lộc
"""


@pytest.mark.slow
def test_a_rendered_cong_dien_scan(tmp_path):
    path = render_scan(_CD_PAGE, tmp_path / "228-CD-TTg.pdf", seed=46, skew_deg=0.8)[0]
    got = run_cli("extract", str(path), "--format", "json")
    assert got.returncode == 0, got.stderr
    m = json.loads(got.stdout)
    m = m.get("metadata", m)
    assert m["type"] == "Công điện"
    assert m["signer_name"] == "Dương Văn Lộc"
    assert m["signer_title"] == "PHÓ THỦ TƯỚNG"
    assert "Thủ tướng, các Phó Thủ tướng Chính phủ" in m["recipients"]


# --- the signature column's rows joined to the Nơi nhận column's by a scan ------------------------------------------

@pytest.mark.parametrize("block, title, name", [
    # 1490/QĐ-UBND scanned: the level above the label, the title on the label's line, the name after the first item
    ("KT. CHỦ TỊCH\n\nNơi nhận: PHÓ CHỦ TỊCH\n\n- Như Điều 4; Phan Văn Nam\n- Cục KSTTHC (VP Chính phủ);\n"
     "- Lưu: VT, TTPVHCC.\n", "PHÓ CHỦ TỊCH", "Phan Văn Nam"),
    # the same kind with a scan's specks before the name (83/2025/NQ-HĐND scanned: ": Đinh Thị Quế")
    ("TM. HỘI ĐỒNG NHÂN DÂN\nNơi nhận: CHỦ TỊCH\n- Ủy ban Thường vụ Quốc hội;\n- Chính phủ; : Đinh Thị Quế\n"
     "- Lưu: VT.\n", "CHỦ TỊCH", "Đinh Thị Quế"),
    ("KT. GIÁM ĐỐC\nNơi nhận: PHÓ GIÁM ĐỐC\n- Như trên; | Trần Thị Hoa\n- Lưu: VT, KHTC.\n", "PHÓ GIÁM ĐỐC",
     "Trần Thị Hoa"),
])
def test_a_signature_column_joined_to_the_recipients(block, title, name):
    m = _meta(_CD_HEAD.format(type="QUYẾT ĐỊNH").replace("THỦ TƯỚNG CHÍNH PHỦ điện:\n\n", "") + block)
    assert (m.signer_title, m.signer_name) == (title, name)
    assert not any(name in r or r == title for r in m.recipients)


def test_a_recipient_ending_in_a_name_without_a_signature_beside_stays_an_item():
    m = _meta(_CD_HEAD.format(type="CÔNG ĐIỆN") + "Nơi nhận:\n- Như trên;\n- Đồng chí Lê Văn Tâm;\n- Lưu: VT.\n\n"
              "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")
    assert "Đồng chí Lê Văn Tâm" in m.recipients and m.signer_name == "Dương Văn Lộc"


# session 47's newcomer: 9476/BNNMT-CNTY (../shared/realdocs) rendered, scanned, OCRed — a speck inside the V/v mark
# and the motto's first line wrapped before "NAM" under the subject's last line; the trích yếu is the subject alone
SCANNED_CONG_VAN = """BỘ NÔNG NGHIỆP VÀ
MÔI TRƯỜNG
Số: 9476/BNNMT-CNTY
V⁄%v trả lời bổ sung kiến nghị của cử tri
gửi trước Kỳ họp thứ 10, Quốc hội Khóa
XV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 24 tháng 11 năm 2025

Kính gửi:
- Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh;
- Ủy ban Dân nguyện và Giám sát Quốc hội.

Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh.
"""


def test_a_subject_ends_at_the_motto_wrapped_before_its_last_word():
    from vanban.extract import extract
    m = extract(subject_marks(SCANNED_CONG_VAN)).metadata
    assert m.type == "Công văn"
    assert m.title == "trả lời bổ sung kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV"
    assert m.date == "2025-11-24"
