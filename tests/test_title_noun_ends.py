"""A numbered title that ends in a noun folding like a connector is a heading, its paragraph's body the one charged.

Folded, "chỗ" and "chợ" read "cho", "sự cố" reads "có", "thiên tai" reads "tại", "đầu tư" reads "từ": the line read
as a sentence wrapped before its object ("… tại chỗ" / "" / "Các thôn vận động …"), so the title stayed in its item's
text and the paragraph's first sentence opened with the title's words — its body was lost (tune46's t46-01, "4. Hậu
cần tại chỗ" / "Các thôn vận động hộ gia đình dự trữ …"; t46-02, "3. Giám sát, xử lý sự cố" / "Trạm Y tế phường lấy
mẫu …"). The same kind in older sets: "1. Kiện toàn lực lượng tại chỗ" / "Ban Chỉ huy PCCCR xã phân công …" (tune36),
"3. Chế độ báo cáo trước và sau mỗi đợt thiên tai" (authored31). A line with no mark at all (legacy OCR before its
restoration) is read folded as before, and a syllable cut from its word ("3. Hồ sơ đề" / "nghị gồm: …") still wraps.

The documents below are written here in the style of a UBND xã's plans (phòng, chống thiên tai "4 tại chỗ", an toàn
thực phẩm, thu hút đầu tư); the expected bodies are read from the sentences as written.
"""

from __future__ import annotations

from conftest import carry_out, make_doc
from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.mend import mend_breaks
from vanban.structure.vocab import wrapped_end

#: the parts before the tested items, in a xã's plan against disasters
_OPENING = ("I. MỤC ĐÍCH, YÊU CẦU\n\nChủ động phòng ngừa, ứng phó kịp thời với các loại hình thiên tai.\n\n"
            'II. PHƯƠNG ÁN "4 TẠI CHỖ"\n\n')


def _doc(body: str) -> str:
    return make_doc(_OPENING + body, tail=carry_out("III"), issuer="XÃ HƯƠNG SƠN", number=118, date=(12, 7, 2031),
                    title="Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2031", signer="Lê Văn Bình",
                    recipients=("UBND tỉnh", "Lưu: VT"))


def _bodies(body: str) -> list[str]:
    return [o.who for o in extract(_doc(body)).obligations]


def test_connector_spelled_with_its_marks_wraps_a_noun_does_not():
    assert wrapped_end("1.1. Chịu trách nhiệm trước")
    assert wrapped_end("Phối hợp với")
    assert wrapped_end("căn cứ vào")
    for title in ("Hậu cần tại chỗ", "Giám sát, xử lý sự cố", "Phòng, chống thiên tai", "Quản lý chợ",
                  "Thu hút đầu tư", "Giống cây trồng", "Báo cáo đột xuất, chuyên đề"):
        assert not wrapped_end(title), title


def test_line_without_marks_is_read_folded():
    assert wrapped_end("Hau can tai cho")
    assert wrapped_end("Chiu trach nhiem truoc")


def test_title_over_its_paragraph_is_the_heading():
    text = _doc("4. Hậu cần tại chỗ\n\nCác thôn vận động hộ gia đình dự trữ lương thực, nước uống đủ dùng 07 ngày.\n")
    item = next(p for p in structure_of_text(text).body[1].children if p.label == "4.")
    assert item.heading == "Hậu cần tại chỗ"


def test_syllable_cut_from_its_word_still_wraps():
    text = _doc("3. Hồ sơ đề\n\nnghị khen thưởng gồm tờ trình và báo cáo thành tích.\n")
    item = next(p for p in structure_of_text(text).body[1].children if p.label == "3.")
    assert item.heading != "Hồ sơ đề"


def test_paragraph_under_a_four_on_the_spot_title_charges_its_body():
    body = ("1. Chỉ huy tại chỗ\n\nBan Chỉ huy phòng thủ dân sự xã phân công thành viên phụ trách từng thôn.\n\n"
            "2. Hậu cần tại chỗ\n\nCác thôn vận động hộ gia đình dự trữ lương thực, nước uống, thuốc chữa bệnh đủ dùng"
            " tối thiểu 07 ngày.\n")
    got = _bodies(body)
    assert "Ban Chỉ huy phòng thủ dân sự xã" in got
    assert "Các thôn" in got


def test_paragraph_under_an_incident_title_charges_its_body():
    body = ("3. Giám sát, xử lý sự cố\n\nTrạm Y tế xã lấy mẫu xét nghiệm nhanh; duy trì đội đáp ứng nhanh, sẵn sàng"
            " điều tra, xử lý khi có ngộ độc thực phẩm.\n")
    assert "Trạm Y tế xã" in _bodies(body)


def test_paragraph_opening_with_an_aside_under_a_title_charges_its_body():
    body = ("5. Lương thực, nước uống tại chỗ\n\nBên cạnh số hàng hóa đã nêu, Ban Chỉ huy Quân sự xã chủ trì"
            " thống kê, cất giữ gạo, nước sạch dự phòng tại hội trường thôn Trung.\n")
    assert "Ban Chỉ huy Quân sự xã" in _bodies(body)


def test_blank_line_after_a_noun_title_is_no_sentence_going_on():
    text = "2. Thu hút đầu tư\n\nPhòng Kinh tế xã chủ trì xúc tiến, kêu gọi đầu tư vào cụm công nghiệp.\n"
    assert mend_breaks(text) == text
    wrapped = "Phòng Kinh tế xã phối hợp với\n\nThuế cơ sở 3 rà soát hộ kinh doanh.\n"
    assert mend_breaks(wrapped) != wrapped


def test_scan_title_whose_last_word_lost_its_hook_stays_a_heading():
    # a scan reads "ĐẦU TƯ" as "ĐẦU TU": the title still carries marks, its last word folds like "từ" but is no "từ"
    text = "II. NỘI DUNG CHỦ TRƯƠNG ĐẦU TU\n\nUBND xã đề nghị phê duyệt chủ trương đầu tư dự án như sau:\n"
    assert mend_breaks(text) == text
    wrapped = "Phòng Văn hóa - Xã hội xã phối hợp với\n\nTrạm Y tế xã tuyên truyền phòng bệnh dại.\n"
    assert mend_breaks(wrapped) != wrapped
