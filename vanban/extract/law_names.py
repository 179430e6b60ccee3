"""Names of Vietnamese laws (Luật) as the Quốc hội titles them — data.

Why: a law's name may hold commas, "và", even "của" or "tại" ("Luật Quản lý,
sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Luật Phòng, chống tác hại
của rượu, bia"), and a name is often followed by the clause's own words
without any punctuation ("theo Luật Di sản văn hóa đối với …"). Where the
words after "Luật" begin one of these titles, the name is that title (the
longest that fits); other names are ended by the grammar
(``patterns.LAW_NAME_END_RE``). The list is the set of laws in force or
commonly cited in 2025 (titles without "Luật", sentence case); an unknown
law is still read by the grammar.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vanban.extract.data_rows import tsv_rows

from vanban.text import fold

LAW_TITLES = [
    "An ninh mạng", "An ninh quốc gia", "An toàn thông tin mạng", "An toàn thực phẩm", "An toàn, vệ sinh lao động",
    "Ban hành văn bản quy phạm pháp luật", "Báo chí", "Bảo hiểm tiền gửi", "Bảo hiểm xã hội", "Bảo hiểm y tế",
    "Bảo vệ bí mật nhà nước", "Bảo vệ dữ liệu cá nhân", "Bảo vệ môi trường", "Bảo vệ quyền lợi người tiêu dùng",
    "Bảo vệ và kiểm dịch thực vật", "Bảo vệ và phát triển rừng", "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Biên giới quốc gia", "Biên phòng Việt Nam",
    "Biển Việt Nam", "Bình đẳng giới", "Bưu chính", "Các tổ chức tín dụng", "Cán bộ, công chức", "Căn cước",
    "Căn cước công dân", "Cảnh sát biển Việt Nam", "Cảnh vệ", "Cạnh tranh", "Chăn nuôi",
    "Chất lượng sản phẩm, hàng hóa", "Chứng khoán", "Chuyển giao công nghệ", "Chuyển đổi số", "Công an nhân dân",
    "Công chứng", "Công đoàn", "Công nghệ cao", "Công nghệ thông tin", "Công nghiệp công nghệ số",
    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp", "Cơ yếu", "Cư trú", "Dân quân tự vệ", "Dân số",
    "Dầu khí", "Di sản văn hóa", "Doanh nghiệp", "Du lịch", "Dữ liệu", "Dự trữ quốc gia", "Dược",
    "Đa dạng sinh học", "Đặc xá", "Đất đai", "Đấu giá tài sản", "Đấu thầu", "Đầu tư", "Đầu tư công",
    "Đầu tư theo phương thức đối tác công tư", "Đê điều", "Điện ảnh", "Điện lực", "Điều ước quốc tế",
    "Địa chất và khoáng sản", "Đo đạc và bản đồ", "Đo lường", "Đường bộ", "Đường sắt", "Giá", "Giám định tư pháp",
    "Giao dịch điện tử", "Giao thông đường bộ", "Giao thông đường thủy nội địa", "Giáo dục", "Giáo dục đại học",
    "Giáo dục nghề nghiệp", "Giáo dục quốc phòng và an ninh", "Hải quan", "Hàng không dân dụng Việt Nam",
    "Hóa chất", "Hòa giải ở cơ sở", "Hòa giải, đối thoại tại Tòa án", "Hộ tịch", "Hôn nhân và gia đình",
    "Hợp tác xã", "Hỗ trợ doanh nghiệp nhỏ và vừa", "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Khám bệnh, chữa bệnh", "Khí tượng thủy văn", "Khiếu nại", "Khoa học và công nghệ",
    "Khoa học, công nghệ và đổi mới sáng tạo", "Khoáng sản", "Kiểm toán độc lập", "Kiểm toán nhà nước",
    "Kiến trúc", "Kinh doanh bảo hiểm", "Kinh doanh bất động sản", "Kế toán", "Lâm nghiệp", "Lưu trữ",
    "Lực lượng dự bị động viên", "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Lý lịch tư pháp",
    "Mặt trận Tổ quốc Việt Nam", "Ngân hàng Nhà nước Việt Nam", "Ngân sách nhà nước", "Nghĩa vụ quân sự",
    "Người cao tuổi", "Người khuyết tật", "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Nhà giáo", "Nhà ở", "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Nuôi con nuôi", "Năng lượng nguyên tử", "Phá sản", "Phí và lệ phí", "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Phòng không nhân dân", "Phòng, chống bạo lực gia đình",
    "Phòng, chống bệnh truyền nhiễm", "Phòng, chống khủng bố", "Phòng, chống ma túy", "Phòng, chống mua bán người",
    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
    "Phòng, chống rửa tiền", "Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của thuốc lá",
    "Phòng, chống tham nhũng", "Phòng, chống thiên tai", "Phòng thủ dân sự", "Phổ biến, giáo dục pháp luật",
    "Quản lý ngoại thương", "Quản lý nợ công", "Quản lý thuế", "Quản lý, sử dụng tài sản công",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp", "Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
    "Quảng cáo", "Quốc phòng", "Quốc tịch Việt Nam", "Quy hoạch", "Quy hoạch đô thị",
    "Quy hoạch đô thị và nông thôn", "Sở hữu trí tuệ", "Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Tài nguyên nước", "Tài nguyên, môi trường biển và hải đảo", "Tần số vô tuyến điện", "Thanh niên", "Thanh tra",
    "Thể dục, thể thao", "Thi đua, khen thưởng", "Thi hành án dân sự", "Thi hành án hình sự",
    "Thi hành tạm giữ, tạm giam", "Thống kê", "Thú y", "Thuế bảo vệ môi trường", "Thuế giá trị gia tăng",
    "Thuế sử dụng đất nông nghiệp", "Thuế sử dụng đất phi nông nghiệp", "Thuế thu nhập cá nhân",
    "Thuế thu nhập doanh nghiệp", "Thuế tiêu thụ đặc biệt", "Thuế tài nguyên", "Thuế xuất khẩu, thuế nhập khẩu",
    "Thủ đô", "Thủy lợi", "Thủy sản", "Thư viện", "Thương mại", "Thực hành tiết kiệm, chống lãng phí",
    "Thực hiện dân chủ ở cơ sở", "Tiếp cận thông tin", "Tiếp công dân", "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Tín ngưỡng, tôn giáo", "Tố cáo", "Tố tụng hành chính", "Tổ chức chính quyền địa phương",
    "Tổ chức Chính phủ", "Tổ chức Quốc hội", "Tổ chức Tòa án nhân dân", "Tổ chức Viện kiểm sát nhân dân",
    "Tổ chức cơ quan điều tra hình sự", "Trật tự, an toàn giao thông đường bộ", "Trẻ em", "Trí tuệ nhân tạo",
    "Trồng trọt", "Trợ giúp pháp lý", "Tư pháp người chưa thành niên", "Tương trợ tư pháp", "Viên chức",
    "Viễn thông", "Việc làm", "Xây dựng", "Xử lý vi phạm hành chính", "Xuất bản",
    "Xuất cảnh, nhập cảnh của công dân Việt Nam",
]


# (real46) Laws cited by their number alone, named as the Quốc hội titles them: an amending law is cited "Luật Ban
# hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15" (08/2025/NQ-CP,
# 105/2025/QĐ-UBND, 127/2025/TT-BQP) with no name, or named by the laws it amends, whose last one is not its name
# ("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, …, Luật Xử lý vi phạm hành chính số 56/2024/QH15"). The
# names as the real documents of ../shared/realdocs print them in full, capitalised as the Quốc hội titles them.
def _read_law_names() -> dict[str, str]:
    """``known_law_names.tsv`` (number TAB name, "#" comments): the data apart from the code, as
    ``known_documents.tsv`` holds the cited documents' dates."""
    return {number.strip().upper(): name.strip() for number, name in tsv_rows("known_law_names.tsv")}


#: symbol (upper case) → the law's full name (:func:`_read_law_names`)
LAW_NAMES_BY_NUMBER = _read_law_names()


def known_law_name(number: str | None, name: str | None) -> str | None:
    """The name of a law cited by ``number``: ``name`` as read, or the known one (``LAW_NAMES_BY_NUMBER``) where none
    was read or the read one is only the last law the amending law's name lists ("Luật Xử lý vi phạm hành chính" for
    56/2024/QH15)."""
    known = LAW_NAMES_BY_NUMBER.get((number or "").upper())
    if known is None:
        return name
    if name is None or " ".join(fold(known).split()).endswith(" ".join(fold(name).split())):
        return known
    return name


# The codes (Bộ luật) by their common abbreviations, as a court or prosecutor's circular cites them: "khoản 2 Điều 192
# BLTTDS", "theo quy định của BLHS" → the unnumbered code, named in full (matched on the original text, case kept).
CODE_ABBREVIATIONS = {
    "BLTTDS": "Bộ luật Tố tụng dân sự", "BLTTHS": "Bộ luật Tố tụng hình sự", "BLDS": "Bộ luật Dân sự",
    "BLHS": "Bộ luật Hình sự", "BLLĐ": "Bộ luật Lao động", "BLHH": "Bộ luật Hàng hải Việt Nam",
}
CODE_ABBREVIATION_RE = re.compile(r"(?<![\w/.-])(?P<abbr>" + "|".join(sorted(CODE_ABBREVIATIONS, key=len, reverse=True))
                                  + r")(?![\w/&-])")


def _title_re(title: str) -> str:
    words = [re.escape(w) for w in fold(title).replace(",", " , ").split()]
    return r"\s+".join(words).replace(r"\s+,\s+", r"\s*,\s*")


#: a known title at the start of a law's name (folded view), longest first
LAW_TITLE_RE = re.compile(
    "(?:" + "|".join(_title_re(t) for t in sorted(LAW_TITLES, key=lambda t: -len(fold(t)))) + r")(?![a-z0-9])"
)


_FOLDED_TITLES = sorted({tuple(fold(t).replace(",", " ").split()) for t in LAW_TITLES if len(t.split()) >= 4},
                        key=lambda w: -len(w))


def near_title_words(words: list[str]) -> int:
    """How many of ``words`` (folded, after "Luật") are a known title read with damaged letters:
    "Bảo vệ đi liều cá nhân" (Tesseract eng's "dữ liệu", 2623/QĐ-TTg) → 6, the words of "Bảo vệ dữ
    liệu cá nhân"; 0 when none is near (ratio ≥ 90 over a title of four words or more, so that a short
    title never captures a near word)."""
    for title in _FOLDED_TITLES:
        n = len(title)
        if len(words) >= n and fuzz.ratio(" ".join(title), " ".join(words[:n])) >= 90:
            return n
    return 0
