"""A figure in a task table's cell: its scope stays inside its cell (the session-18 end newcomer's ward plan, issue
#10). The Phụ lục row "2 | Vận động 100% hộ gia đình ký cam kết chấp hành pháp luật | Các tổ dân phố | Quý IV/2026"
gave the scope "chấp hành pháp luật Các tổ dân phố Quý IV/2026 3 Báo cáo kết quả …": the row's cells are one sentence
to the reader of figures, and the scope ran over the body's and the due cells into the next row.

The plan is written for this test in the style of a UBND phường's Kế hoạch (tab-separated cells, as a newcomer types
a table into a .txt); the expected scopes are read from the cells.
"""

from __future__ import annotations

from vanban.extract import extract

_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG HẢI CHÂU                                Độc lập - Tự do - Hạnh phúc

Số: 98/KH-UBND                            Hải Châu, ngày 10 tháng 11 năm 2026

KẾ HOẠCH
Triển khai phân loại rác thải tại nguồn năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức của Nhân dân trong phân loại rác thải.

II. TỔ CHỨC THỰC HIỆN
Giao các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Các tổ dân phố;                                   CHỦ TỊCH
- Lưu: VT.
                                                    Lê Văn Hùng

PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ
(Kèm theo Kế hoạch số 98/KH-UBND ngày 10/11/2026 của UBND phường Hải Châu)

STT	Nhiệm vụ	Đơn vị thực hiện	Thời hạn
1	Phát tờ rơi hướng dẫn phân loại rác tại khu dân cư	Các tổ dân phố	Trước 30/11/2026
2	Vận động 90% hộ dân ký cam kết phân loại rác thải	Các tổ dân phố	Quý IV/2026
3	Kiểm tra việc thu gom rác của các hộ kinh doanh	Phòng Kinh tế	Trước ngày 15 hằng tháng
"""


def test_a_cells_figure_takes_its_scope_from_its_cell_alone():
    scopes = [t.scope for t in extract(_PLAN).targets if t.text == "90%"]
    assert scopes == ["hộ dân ký cam kết phân loại rác thải"]
