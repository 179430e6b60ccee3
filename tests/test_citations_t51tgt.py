"""A guidance of a central body named by its issuer and topic, without its number (t51tgt, session 52): "Thực hiện
Hướng dẫn của Tổng Liên đoàn Lao động Việt Nam về tổ chức …" (t51-01's labels: a cited document, number null, issuer
the Tổng Liên đoàn), the kind of "Quy định của Bộ Chính trị về …" (t49-10) and "Nghị quyết của Đảng ủy xã về …"
(a36-05), each labelled. The guidance in general, in lower case ("các tài liệu hướng dẫn của Ban Tuyên giáo …", a33-01,
t18-08), is no citation. Texts written here in the offices' style.
"""

from vanban.extract import extract

HEAD = ("LĐLĐ TỈNH QUẢNG TRỊ\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI LĂNG\n\nSố: 41/KH-LĐLĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Hải Lăng, ngày 06 tháng 4 năm 2037\n\nKẾ HOẠCH\n\ntổ chức Tháng Công nhân năm 2037\n\n")
TAIL = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nChăm lo đời sống đoàn viên, người lao động.\n"


def _guides(text: str) -> list:
    return [c for c in extract(text).citations if c.type == "Hướng dẫn" and not c.number]


def test_a_guidance_of_the_tong_lien_doan_named_by_topic_is_cited():
    body = ("Thực hiện Hướng dẫn của Tổng Liên đoàn Lao động Việt Nam về tổ chức Tháng Công nhân năm 2037; Kế hoạch số "
            "19/KH-LĐLĐ ngày 20/3/2037 của Ban Thường vụ Liên đoàn Lao động tỉnh, Ban Thường vụ Liên đoàn Lao động "
            "huyện xây dựng Kế hoạch như sau:" + TAIL)
    (c,) = _guides(HEAD + body)
    assert c.issuer == "Tổng Liên đoàn Lao động Việt Nam" and c.date is None


def test_a_guidance_of_a_central_ban_named_by_topic_is_cited():
    body = ("Căn cứ Hướng dẫn của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân "
            "năm 2037, Ban Thường vụ Liên đoàn Lao động huyện xây dựng Kế hoạch như sau:" + TAIL)
    (c,) = _guides(HEAD + body)
    assert c.issuer == "Ban Tổ chức Trung ương"


def test_guidance_in_general_is_no_citation():
    body = ("Ban Thường vụ Liên đoàn Lao động huyện xây dựng Kế hoạch như sau:\n\n- Tài liệu: các tài liệu hướng dẫn "
            "của Ban Tuyên giáo và Dân vận Trung ương về công tác tuyên truyền năm 2037." + TAIL)
    assert _guides(HEAD + body) == []
