"""A long task table printed without rules, as HTML for LibreOffice (bench/unruled_long.py)."""
import random
random.seed(52)
units = ["Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Nội vụ", "Sở Tài chính", "UBND các xã, phường"]
verbs = ["Rà soát, xây dựng, sửa đổi, bổ sung các quy định", "Tổ chức tuyên truyền, phổ biến", "Triển khai thực hiện",
         "Hướng dẫn, kiểm tra, đôn đốc việc thực hiện", "Xây dựng cơ sở dữ liệu"]
rows = []
for i in range(1, 1601):
    task = random.choice(verbs) + " nội dung số " + str(i) + " theo kế hoạch của tỉnh về chuyển đổi số"
    rows.append(f'<tr><td valign="top">{i}</td><td valign="top">{task}</td><td valign="top">{random.choice(units)}</td>'
                f'<td valign="top">Các sở, ban, ngành</td><td valign="top">2026 - 2030</td></tr>')
head = ('<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Serif";font-size:13pt}td{padding:3px;font-size:12pt}</style></head><body>'
        '<p><b>PHỤ LỤC</b></p><p>DANH MỤC NHIỆM VỤ</p><table style="border-collapse:collapse">'
        '<tr><td><b>STT</b></td><td><b>Nội dung nhiệm vụ</b></td><td><b>Đơn vị chủ trì</b></td><td><b>Đơn vị phối hợp</b></td><td><b>Thời gian thực hiện</b></td></tr>')
open("long_borderless.html", "w", encoding="utf-8").write(head + "\n".join(rows) + "</table></body></html>")
