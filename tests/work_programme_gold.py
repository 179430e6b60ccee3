"""Gold values of a54-10-CTr-HU (bench/gold/authored54, spent in session 56), a Ban Thường vụ Huyện ủy's Chương
trình công tác năm whose month cell is merged over the month's rows: shared by the tests that read its table from
Markdown / plain / OCR text (test_merged_group_rows56) and from borderless PDFs (test_borderless_merged_rows56)."""

#: a54-10's labels: the 26 rows' lead bodies, each due at its month's end, in the table's order
A54_10_ROWS = [
    ("Ủy ban Kiểm tra Huyện ủy", "2040-01-31"), ("Ủy ban nhân dân huyện", "2040-01-31"),
    ("Ban Chỉ huy Quân sự huyện", "2040-02-29"), ("Ban Tuyên giáo và Dân vận Huyện ủy", "2040-02-29"),
    ("Ban Tổ chức Huyện ủy", "2040-03-31"), ("Văn phòng Huyện ủy", "2040-03-31"),
    ("Văn phòng Huyện ủy", "2040-04-30"), ("Ủy ban nhân dân huyện", "2040-04-30"),
    ("Ban Tuyên giáo và Dân vận Huyện ủy", "2040-05-31"), ("Ủy ban nhân dân huyện", "2040-05-31"),
    ("Văn phòng Huyện ủy", "2040-06-30"), ("Ban Tổ chức Huyện ủy", "2040-06-30"),
    ("Ủy ban nhân dân huyện", "2040-07-31"), ("Ban Chỉ huy Quân sự huyện", "2040-07-31"),
    ("Công an huyện", "2040-08-31"), ("Ủy ban nhân dân huyện", "2040-08-31"),
    ("Ủy ban nhân dân huyện", "2040-09-30"), ("Ban Tổ chức Huyện ủy", "2040-09-30"),
    ("Ủy ban nhân dân huyện", "2040-10-31"), ("Ban Tuyên giáo và Dân vận Huyện ủy", "2040-10-31"),
    ("Văn phòng Huyện ủy", "2040-11-30"), ("Ủy ban nhân dân huyện", "2040-11-30"), ("Ban Tổ chức Huyện ủy", "2040-11-30"),
    ("Văn phòng Huyện ủy", "2040-12-31"), ("Văn phòng Huyện ủy", "2040-12-31"), ("Ban Tổ chức Huyện ủy", "2040-12-31"),
]
