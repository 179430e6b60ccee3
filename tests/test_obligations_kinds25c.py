"""Obligations: kinds tune25 showed (session 25, helper ob25c) — a Sở's Hướng dẫn whose dates are given tier by tier
("- Cấp xã: Chủ tịch UBND các xã, phường …" / "- Cấp tỉnh: Các sở, ban, ngành …") and a standing role named by its
function ("Cơ quan thường trực phong trào chủ động xây dựng kế hoạch …").

The document is written for these tests in the style of such guides (after the kinds of t25-05, not its sentences);
the expected bodies and dates are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions and
tune25's labels (one entry per body per block), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract


_HD = ("UBND TỈNH NINH BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 14/HD-SVHTTDL\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Ninh Bình, ngày 12 tháng 01 năm 2027\n\nHƯỚNG DẪN\n\n"
       "Bình xét, công nhận danh hiệu văn hóa năm 2027\n\n"
       "I. TRIỂN KHAI CUỘC VẬN ĐỘNG\n\n"
       "Năm 2027 tiếp tục thực hiện cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa\". Cơ quan "
       "thường trực cuộc vận động chủ động xây dựng kế hoạch, hướng dẫn các địa phương triển khai thực hiện.\n\n"
       "II. THỜI GIAN BÌNH XÉT\n\n"
       "1. Danh hiệu \"Gia đình văn hóa\", \"Thôn, tổ dân phố văn hóa\":\n\n"
       "- Cấp xã: Chủ tịch UBND các xã, phường tổ chức bình xét, ra quyết định công nhận chậm nhất ngày "
       "15/12/2027.\n\n"
       "- Cấp tỉnh: Các sở, ban, ngành, đoàn thể tỉnh gửi báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và "
       "Du lịch trước ngày 25/12/2027.\n\n"
       "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Sở để được hướng dẫn./.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn Bình\n")


def _obligations(text):
    return [(o.who, str(o.deadline.date or o.deadline.latest) if o.deadline else None)
            for o in extract(text).obligations]


def test_tier_label_before_the_body_is_no_name_list():
    """"- Cấp xã: Chủ tịch UBND …" names a tier, then the body: the colon is a topic's, not a list of communes."""
    got = _obligations(_HD)
    assert ("Chủ tịch UBND các xã, phường", "2027-12-15") in got
    assert ("Các sở, ban, ngành, đoàn thể tỉnh", "2027-12-25") in got


def test_standing_role_named_by_its_function():
    """"Cơ quan thường trực cuộc vận động chủ động xây dựng kế hoạch …": a role the guide charges, undated."""
    got = _obligations(_HD)
    assert any(w.startswith("Cơ quan thường trực") and d is None for w, d in got)


def test_bare_name_list_after_a_colon_stays_a_list():
    """"các xã: Yên Mô, Kim Sơn" lists communes; no tier, no topic."""
    from vanban.extract import subjects as S
    assert S.after_topic("Các xã: Yên Mô, Kim Sơn tổ chức bình xét trước ngày 15/12/2027.")[0] is None


_CV = ("UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\n\nSố: 215/STC-QLNS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nNinh Bình, ngày 08 tháng 01 năm 2027\n\n"
       "V/v báo cáo quyết toán ngân sách năm 2026\n\n"
       "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
       "Để có cơ sở tổng hợp quyết toán ngân sách địa phương năm 2026, Sở Tài chính đề nghị các cơ quan, đơn vị, "
       "địa phương lập báo cáo quyết toán theo Mẫu số 01, gửi về Sở Tài chính trước ngày 28/02/2027.\n\n"
       "Sở Tài chính đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện kịp thời, đầy đủ./.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLNS.\n\nGIÁM ĐỐC\n\nTrần Thị Hoa\n")


def test_closing_request_with_several_manner_words():
    """"… quan tâm, phối hợp thực hiện kịp thời, đầy đủ./." closes the letter: the report above is the one entry."""
    got = _obligations(_CV)
    assert [d for _, d in got] == ["2027-02-28"]


_KL = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ ĐÔNG TIẾN\n*\nSố 31-KL/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Đông Tiến, ngày 20 tháng 12 năm 2026\n\nKẾT LUẬN\n\n"
       "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ VỀ CÔNG TÁC PHÒNG, CHỐNG MA TÚY NĂM 2026\n\n"
       "I. NHIỆM VỤ THỜI GIAN TỚI\n\n"
       "Ban Thường vụ Đảng ủy xã xác định công tác phòng, chống ma túy là nhiệm vụ thường xuyên, lâu dài của cả hệ "
       "thống chính trị. Ban Thường vụ Đảng ủy xã yêu cầu:\n\n"
       "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội\n\n"
       "- Tuyên truyền, vận động hội viên và Nhân dân tố giác tội phạm ma túy.\n\n"
       "- Đoàn Thanh niên xã duy trì đội thanh niên xung kích phòng, chống ma túy tại các thôn; Hội Cựu chiến binh, "
       "Hội Nông dân vận động hội viên giáo dục con, cháu không sử dụng ma túy.\n\n"
       "2. Văn phòng Đảng ủy xã\n\n"
       "Tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy xã trước ngày 10/01/2027.\n\n"
       "Nơi nhận:\n- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hải\n")


def test_mass_organisation_named_under_the_class_heading():
    """"- Đoàn Thanh niên xã duy trì …; Hội Cựu chiến binh, Hội Nông dân vận động …" under "Đề nghị … các đoàn thể
    chính trị - xã hội": each organisation a point names by its own name gets its own entry."""
    who = [w for w, _ in _obligations(_KL)]
    assert "Đoàn Thanh niên xã" in who
    assert "Hội Cựu chiến binh, Hội Nông dân" in who


def test_issuer_standing_committee_stating_its_stance():
    """"Ban Thường vụ Đảng ủy xã xác định … là nhiệm vụ thường xuyên …": the issuer's stance, no entry."""
    assert not any(w.startswith("Ban Thường vụ") for w, _ in _obligations(_KL))
