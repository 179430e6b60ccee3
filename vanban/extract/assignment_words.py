"""Grammar of assignments as data: cue words, body openings, verbs and stop words.

Patterns run on the folded view (``Folded.view``: lower case, no diacritics,
đ→d) unless the comment says "original"; the obligation reader
(:mod:`.obligations`) and the subject splitter (:mod:`.subjects`) use them.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.place_nouns import ADMIN_LEVEL_RE, RESIDENTIAL_UNITS
from vanban.text import CAPITAL

# "Yêu cầu và đôn đốc các doanh nghiệp …" is a task (a verb joined by "và"), not a cue naming a body
# "giao thông", "giáo dục", "giao dịch", "giao thương" … are nouns, not "Giao X" ("Giao Thường trực HĐND …" is)
# a religion's or a field's "giáo" is no cue either: "Ban Tuyên giáo Huyện ủy | tổng hợp …" lost its name to
# "giao Huyện ủy" (found by a newcomer); "Ban Tôn giáo Chính phủ", "Giáo hội Phật giáo Việt Nam", "nhà giáo …"
# … nor a meeting's "giao ban" ("Các cơ quan … thực hiện chế độ giao ban định kỳ như sau:", "Sau hội nghị giao ban, …"),
# where "Giao Ban Quản lý dự án …" assigns: the meeting's "ban" goes on with its period or closes the phrase, or the
# meeting is named before it ("cuộc họp giao ban đánh giá kết quả …", "hội nghị giao ban triển khai …", "buổi giao
# ban"): no body is handed a task there
_GIAO = r"(?<!hop )(?<!nghi )(?<!buoi )(?<!phien )(?<!tuyen )(?<!ton )(?<!phat )(?<!cong )(?<!chua )(?<!hoi )(?<!nha )giao(?!\s+(?:thong|duc|dich|luu|nhan|ket|tiep|thuong(?!\s+truc)|khoan|quyen|dat|von|hang|lien|vien|an|trinh|su|hoi|xu)\b)" \
    r"(?!\s+ban(?:\s+(?:dinh ky|thuong ky|hang|nghiep vu|cong tac|tuan|thang|quy|truc tuyen)\b|\s*[,.;:]|\s*$))"
# "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, …" (617-KH-UBND): a colon after the request
# ("Yêu cầu:" with a colon is the noun that heads a plan's requirements, not a request)
# … nor a body's own staffing: "a) Giao một công chức đầu mối làm công tác báo cáo, gửi danh sách …" (a17-10, under
# "3. Đề nghị Ủy ban nhân dân các xã, phường") names one of its people for a job, the heading's body's task
# … nor a count or share of its staff sent out: "b) Phân công 100% kiểm lâm địa bàn bám sát cơ sở …; tổng hợp tình
# hình, báo cáo nhanh …" (a Công điện's "2. Chi cục trưởng Chi cục Kiểm lâm", a21-03), "Phân công 02 cán bộ trực …":
# the heading's body deploys its own people, their count names no body
_STAFF = (r"(?!(?:mot|01|hai|02|\d{1,4}(?:[.,]\d+)?\s*%|\d{1,4})\s+(?:(?:so\s+)?(?:cong chuc|can bo|vien chuc|nguoi|dong chi"
          r"|lanh dao|thanh vien|kiem lam|chien si|nhan vien|giao vien|dang vien|doan vien|canh sat|dan quan))(?![a-z]))")
# … and a report's "Kiến nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí …" (t18-10), its request to the body above it,
# at the clause's start ("Tỉnh kiến nghị Chính phủ …" quoted in a Thông báo is the province's, no cue of the issuer)
# … nor a committee sharing out its own members: "a) Phân công chi ủy viên phụ trách từng tổ dân phố và từng đoàn thể,
# hoàn thành trước ngày 10/3/2027." under "2. Nhiệm vụ của Chi ủy" (a Chi bộ's Nghị quyết, t29-07; t20-08's "phân công
# cấp ủy viên dự, …"): the committee's own act, no body charged
# (and a standing board its own members: "- Phân công đồng chí Ủy viên Ban Thường vụ phụ trách từng cụm chi hội; …" in a
# Hội LHPN's plan, t25-04, which its labels leave uncharged; a school its own teachers: "d) Phân công giáo viên chủ
# nhiệm nắm danh sách …" among a school's tasks, a26-10)
# (and a body its own staff by their post: "4. Phân công cán bộ phụ trách công nghệ thông tin tiếp nhận Chứng thư chữ ký
# số …" among a cơ quan's duties, 165/2025/QĐ-UBND, whose labels charge the cơ quan)
# (and a forest rangers' office its rangers: "2. Đề nghị Hạt Kiểm lâm khu vực …" / "Phân công kiểm lâm địa bàn phối hợp
# hướng dẫn kỹ thuật …", a34-10: the office's own act)
# (and a board one of its own officers, named as a person by "đồng chí": "- Phân công đồng chí Phó Chủ tịch Hội phụ
# trách, theo dõi, đôn đốc các chi hội …" under "1. Ban Thường vụ Hội LHPN phường", t38-07, as t25-04's "đồng chí Ủy
# viên Ban Thường vụ": the board's own act, no obligation of the officer; only a title that names no body
# after it, or the Hội's own, with the duty next: "Phân công đồng chí Chủ tịch UBND xã chỉ đạo …", "… đồng chí Trưởng
# ban Tuyên giáo Đảng ủy hướng dẫn …" charge the officer of another body, the officer's obligation)
# (and a board or a village head the members of a team: "b) Phân công thành viên Ban Chỉ đạo … của thôn theo dõi …"
# under "7. Trưởng các thôn" — the gold of every set gives "phân công thành viên …" to the body that shares them out)
# (nor the tasks shared out: "2. Phân công nhiệm vụ cho từng thành viên; chủ trì các cuộc họp của Tổ; …" under a Quy
# chế's "Điều 3. Nhiệm vụ, quyền hạn của Tổ trưởng", t47-07 — the post's own task, no body after the cue)
# (nor a body's own leaders, named by no body of theirs, with their duty or the staff beside them next: "c) Phân công
# lãnh đạo trực Tết, gửi lịch trực về Văn phòng HĐND và UBND huyện trước ngày 30/01/2038." under "8. Ủy ban nhân dân
# các xã, thị trấn" (a Chỉ thị's body blocks, t50-04, whose labels give the date to the heading's body); the same
# wording in five more documents, each the acting body's own leaders: "phân công lãnh đạo trực chỉ huy khi xảy ra
# cháy rừng" (t47-10), "phân công lãnh đạo phụ trách từng dự án" (a19-06), "phân công lãnh đạo, chuyên viên phụ
# trách …" (a20-07), "phân công lãnh đạo, công chức chuẩn bị …" (a30-01), "Phân công Lãnh đạo cơ quan, đơn vị theo
# dõi và trả lời …" (80/2025/QĐ-UBND Bắc Ninh); "Phân công lãnh đạo Sở Y tế …" names a body and stays a cue)
_OWN_MEMBERS = (r"(?!(?:cac\s+)?(?:dong\s+chi\s+)?(?:(?:chi|cap|dang)\s+uy\s+vien|uy\s+vien\s+ban\s+thuong\s+vu"
                r"|thanh\s+vien|giao\s+vien|can\s+bo|cong\s+chuc|vien\s+chuc|kiem\s+lam|nhiem\s+vu)(?![a-z])"
                r"|lanh\s+dao(?:\s*,|\s+(?:co\s+quan|don\s+vi|truc|phu\s+trach|theo\s+doi|chi\s+dao|chi\s+huy"
                r"|don\s+doc|kiem\s+tra|tham\s+du|du)(?![a-z]))"
                r"|dong\s+chi\s+(?:pho\s+)?(?:chu\s+tich|truong\s+ban|bi\s+thu|giam\s+doc|chu\s+nhiem|truong\s+phong)"
                r"(?:\s+hoi)?\s+(?:phu\s+trach|theo\s+doi|chi\s+dao|truc\s+tiep|don\s+doc|huong\s+dan|kiem\s+tra"
                r"|dieu\s+hanh|to\s+chuc|chu\s+tri|giup|tham\s+muu|quan\s+ly|nam|du|lam)(?![a-z]))")
# (and a pilot unit chosen by its kind and name: "- Chọn chi hội Thanh Sơn tổ chức đại hội điểm trong tuần đầu tháng
# 9/2027 …" in a congress plan, t30-06: the unit chosen holds the pilot, the body charged)
# (and a Tờ trình's item that submits its request to the council it is addressed to, no issuer before it: "1. Kính trình
# Hội đồng nhân dân xã xem xét, thông qua Nghị quyết phê duyệt chủ trương đầu tư 04 dự án …" — a request to a body
# outside the issuer's line, as "Đề nghị …" is (realdocs/labeled/README.md; t45-07's labels); only with the act's object
# after "xem xét, thông qua / phê duyệt / quyết định / cho ý kiến": "Kính trình Hội đồng nhân dân xã xem xét, quyết
# định./." is the closing formula, and "Ủy ban nhân dân xã kính trình …" the issuer's own act (:data:`ISSUER_ACT`))
_SUBMIT = (r"kinh trinh(?=\s[^.;:]{3,100}?\sxem xet[,\s]+(?:va\s+)?(?:thong qua|phe duyet|quyet dinh|cho y kien|ban hanh)"
           r"\s+[a-z0-9])")
CUE = re.compile(rf"^(?:{_GIAO}|[dpb]e ngh[il1](?:\s*:)?|ki[e¢]n ngh[il1]|y[e¢]u c[a4]u|{_SUBMIT}|ph[a4]n c[o06]ng(?=\s+{_OWN_MEMBERS})"
                 rf"|(?:lua\s+)?chon(?=\s+(?:chi hoi|chi bo|chi doan|thon|to dan pho|khu pho)\s))"
                 rf"\s+(?!va\s|voi\s){_STAFF}")
# a heading that requests a body outside the issuer's line (folded): "5. Đề nghị Ủy ban nhân dân xã", "Kiến nghị …"; and
# a point under it that hands a task on ("- Giao Văn phòng HĐND và UBND xã tuyên truyền …"): the body asked gives it to
# its own office (obligations._Reader.handed_on)
REQUEST_HEAD = re.compile(r"(?:[dpb]e ngh[il1]|ki[e¢]n ngh[il1])\s")
HAND_ON = re.compile(rf"{_GIAO}\s")
CUE_ANY = re.compile(rf"(?<![a-z])(?:{_GIAO}|[dpb]e ngh[il1]|y[e¢]u c[a4]u)\s+(?!va\s|voi\s){_STAFF}")
# a request to the parties a body manages under contract (folded, right after the cue): "1. Ban Quản lý dự án đầu tư xây
# dựng …" / "- Yêu cầu các nhà thầu huy động tối đa nhân lực, máy móc …; xử lý nghiêm nhà thầu vi phạm tiến độ …" (a
# Chủ tịch's Thông báo kết luận, a24-05): the headed body's task (it demands of its contractors), no obligation of theirs
MANAGED_PARTY = re.compile(rf"^(?:{_GIAO}|[dpb]e ngh[il1]|y[e¢]u c[a4]u)\s+(?:cac\s+|nhung\s+)?(?:nha thau|don vi thi cong"
                           r"|(?:don vi )?tu van(?: thiet ke| giam sat)?|nha cung cap|doanh nghiep thi cong)\b")
# a heading in which the issuing body hands its block to another (original text): "5. Đảng ủy giao Ủy ban nhân dân xã",
# "Ban Thường vụ Đảng ủy đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã" over the tasks below (a24-02): the body after
# the cue is the one charged (subjects.body_name, when the words before the cue name a body)
GIVER_CUE = re.compile(rf"^(?:[\dIVX]{{1,4}}[.)]\s*)?(?P<giver>[^,;:()]{{2,50}}?)\s+(?:giao|đề nghị|yêu cầu)\s+(?=[{CAPITAL}])")
# the head of an office named by no unit (folded who): "người đứng đầu", "người đứng đầu trực tiếp chỉ đạo" — in a clause
# after a request to bodies, the heads of those bodies (the labels never list a bare "người đứng đầu")
BARE_HEAD_ROLE = re.compile(r"^nguoi dung dau(?:\s+(?:truc tiep|chi dao|phai|can))*\s*$")
# forces named by their kind in lower case (folded who of a clause after a ";"): "Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn
# vị …; | lực lượng biên phòng, công an kiểm soát chặt chẽ …" (t21-03's label: one entry of the ministries) — the forces
# of the bodies just charged, a part of them ("Lực lượng Công an phối hợp …" opening a sentence names its own body)
FORCE_BY_KIND = re.compile(r"^(?:cac )?luc luong\s")
# a noun "yêu cầu"/"đề nghị" ("đáp ứng yêu cầu", "theo đề nghị của"), not a request to a body
# ("đúng yêu cầu" is a noun, "Bộ Xây dựng yêu cầu" a request)
# a condition before a request in mid-sentence (folded): "Khi cần thiết X đề nghị Y …", "Trường hợp … phức tạp, …
# chủ động đề nghị Y …": the request is X's step under a rule, not the issuer's assignment to Y
CONDITIONAL_REQUEST = re.compile(r"(?:^|[\s,(])(?:khi|neu|truong hop)\s")
# … and the papers a proposal is made in: "Hồ sơ đề nghị Ban Chấp hành Trung ương Hội tặng Bằng khen … gửi về Hội LHPN
# tỉnh trước ngày 31/12/2026" (tune19's Hội LHPN Hướng dẫn), "tờ trình đề nghị", "danh sách đề nghị": the dossier asking
# for an award, no request to the body it names
CUE_AS_NOUN = re.compile(r"(?:dap ung|theo|cac|nhung|moi|(?<!xay )dung|la|co|cua|tai|thuc hien"
                         # "2. Chỉ tiêu giao bổ sung đến ngày 31/12/2027" (a BHXH letter's quota table): the quota
                         # assigned, a noun — no request to a body
                         r"|(?<![a-z])(?:ho so|to trinh|danh sach|chi tieu))\s+$")
SENT_SPLIT = re.compile(rf"(?<=[.;!?])\s+(?=[{CAPITAL}])|\n\s*\n|(?<=:)[ \t]*\n\s*(?=[{CAPITAL}])|(?<=[;,])\s+(?=(?:giao|đề nghị|yêu cầu)\s+[{CAPITAL}])"
                        # "… phải có đơn gửi Tòa án; nếu việc đề nghị là có căn cứ thì Tòa án phải gia hạn …": a case after
                        # ";" may charge a second body in the same sentence
                        r"|(?<=;)\s+(?=(?:nếu|trường hợp|trong trường hợp)\s)")
# a page break after a line's last word, before a capital (original text): OCR gives a page's text without the blank
# line that parted its last paragraph from the next page's first ("1. Tăng cường sự lãnh đạo …, nâng cao hiệu lực quản
# lý của chính" / "quyền" / "\f" / "Các cấp ủy, chi bộ quán triệt …", a28-02 as eng OCR reads it: the heading ran into
# the task and its body was lost) — a sentence break unless the line waits for its object (assignment_words' caller
# checks :data:`vanban.structure.vocab.WRAPPED_END_RE` and a trailing comma)
PAGE_BREAK_SENT = re.compile(rf"(?<=[^\W_])[ \t]*\n[ \t]*\f[ \t]*(?=[{CAPITAL}])")
# the end of a line before a capital (original text), and a line that is a whole source note of a codified text: "(Điều
# này có nội dung liên quan đến Điều 4.6.NĐ.19. …)", "(Điều 6 Thông tư số 38/2021/TT-BYT, có hiệu lực thi hành …)",
# "(Khoản này được sửa đổi …)"
# a ";" before a clause in lower case (original text): where a second body's clause may open inside one sentence, "Đoàn
# kiểm tra làm việc với tổ chức đảng được kiểm tra; | tổ chức đảng được kiểm tra có trách nhiệm chuẩn bị báo cáo …"
# (obligations._clause_bodies keeps the breaks whose clause opens with a body and its act)
#: a statement of what a thing gets, in the passive (folded): "Kinh phí thực hiện Kế hoạch | được bố trí từ nguồn …"
#: (a19-05): no body acts in it, a clause after its ";" may charge one (obligations._clause_bodies)
PASSIVE_STATEMENT = re.compile(r"^(?:kinh phi|nguon kinh phi|nguon von|von|du toan)\b[^;]{0,80}?\sduoc\s+(?:bo tri|cap|dam bao|phan bo|giao)\b")
#: a unit that pays its own way, the funding part's source and no task (folded, the clause after its subject): "Kinh
#: phí … được bố trí trong dự toán ngân sách phường …; các cơ sở | tự bảo đảm kinh phí cho hoạt động PCCC của cơ sở
#: mình" (t53-08), "…; các trường, nhóm trẻ tư thục tự bảo đảm kinh phí vệ sinh …" (a39-02), "chi hội tự cân đối kinh
#: phí đại hội chi hội" (t40-01, a30-06), "người chăn nuôi tự chi trả chi phí tiêm phòng" (a19-09): none labelled. Not
#: "tự bố trí kinh phí" (a43-03 labels "Các doanh nghiệp … | tự bố trí kinh phí …" of its own item IV.2)
SELF_FUNDED = re.compile(r"^[^,;]{0,80}?\btu (?:bao dam|dam bao|chi tra|can doi|trang trai) (?:kinh phi|chi phi)(?![a-z])")
#: the subject of a statement that is an event or the whole territory, no body (folded, the words before the verb):
#: "Lễ ra quân cấp tỉnh (tổ chức …)", "Hội thi cấp huyện", "Toàn tỉnh (ra mắt ít nhất 20 mô hình …)"
NO_BODY_SUBJECT = re.compile(r"(?:(?:le|hoi nghi|hoi thi|dot|chuong trinh|chien dich)(?:\s+[a-z]+){0,3}?"
                             r"(?:\s+cap\s+(?:tinh|huyen|xa|co so|trung uong))?"
                             r"|toan (?:tinh|thanh pho|huyen|xa|phuong|quoc|nganh|dang bo|doan))")
#: the year that closes the name of a body set up for one round (folded or printed): "Hội đồng tuyển dụng công chức năm
#: 2028", "Ban Tổ chức Hội thi năm 2029" (vanban.extract.subjects.body_name: the year is no figure of a topic)
ROUND_YEAR = re.compile(r"^((?:Hội đồng|Ban|Tổ|Đoàn|Tiểu ban)\s\D{2,80}?)\s+năm\s+20\d\d$")
#: the grassroots units of an organisation, named by their kind (folded): "cơ sở Đoàn", "cơ sở Hội", "tổ chức cơ sở
#: đảng" — "mỗi cơ sở Đoàn tổ chức …" charges each of them
GRASSROOTS_UNIT = re.compile(r"(?:to chuc )?co so (?:doan|hoi|dang)(?![a-z])")
#: the residential units of a commune or ward, named by their kind (folded, :data:`vanban.place_nouns.RESIDENTIAL_UNITS`):
#: "thôn", "tổ dân phố", "khu phố", "ấp", "bản" — "Mỗi thôn | bố trí ít nhất 02 người …" opening a sentence charges each
#: of them (subjects.actor), as the plan's "Các thôn" / "Trưởng các thôn" names them
_RESIDENTIAL = "|".join(RESIDENTIAL_UNITS)
RESIDENTIAL_UNIT = re.compile(rf"(?:{_RESIDENTIAL})(?:,\s*(?:{_RESIDENTIAL}))*(?=\s)")
#: a clause whose task is only its completion by a date (folded, after its subject): "…; các chi bộ | hoàn thành trước
#: ngày 20/01/2034", "…; UBND các xã | xong trước ngày …" — the subject is the body that does the tasks before it
BARE_COMPLETION = re.compile(r"(?:hoan thanh|xong)\s+(?:truoc|cham nhat|trong)\b[^;,]*$")
LOWER_CLAUSE_BREAK = re.compile(r"(?<=;)(?:[ \t]+|[ \t]*\n[ \t]*)(?=[a-zđà-ỹ])")  # (the line may wrap after ";")
NOTE_LINE_END = re.compile(rf"(?<=\))[ \t*]*\n\s*(?=[{CAPITAL}])")
SOURCE_NOTE = re.compile(r"\((?:Điều|Khoản|Điểm|Mục|Chương|Phụ lục)\s[^\n]*\)$")
KEEP_HEAD = re.compile(r"n[o06]i dung|nh[il1]e?m v[uw]|gi[a4]i ph[a4]p|th[uw]c h[il1][e¢]n|ph[a4]n c[o06]ng")
# task verbs the shared verb list lacks; a body name never contains them
MORE_VERBS = re.compile(r"(?<![a-z])(?:xu ly|cu the hoa|ra soat|sua doi|bo sung|de xuat|kiem soat|dieu tra|cung cap|"
                         r"bao dam|dam bao|phoi hop|thuc hien|trien khai|kien toan|nang cao|ra mat|ung dung|tap trung|"
                         # "… được phân cấp tại Quyết định này có trách nhiệm" (218-2025-QD-UBND): the document, no verb
                         r"thuc thi|xem xet|(?<!tai )(?<!theo )(?<!cua )quyet dinh(?! nay\b| so\b)|phe duyet|trao doi|hiep y|tong hop|no luc|thuc day"
                         # "Sở Khoa học và Công nghệ, UBND các xã, phường | niêm yết công khai …" (1489-QD-UBND),
                         # "Bộ Ngoại giao | hoàn tất các thủ tục …" (385-NQ-CP), "Bộ trưởng Bộ Tài chính | tiếp thu, …"
                         r"|niem yet|hoan tat|tiep thu"
                         # "Lưu trữ cơ quan | lựa chọn hồ sơ có thời hạn bảo quản vĩnh viễn …" (a records plan): choosing
                         # the things named after it, not the noun ("sự lựa chọn", "các lựa chọn")
                         # … and the topics, models or nominees a body picks: "Ban Thường trực | lựa chọn vấn đề trọng
                         # tâm để giám sát", "mỗi Hội | lựa chọn và đăng ký mô hình …" (a verb before a second one)
                         r"|(?<!su )(?<!cac )lua chon(?= (?:ho so|tai lieu|don vi|nha thau|nhan su|can bo|doi tuong"
                         r"|(?:nhom )?van de|noi dung|chu de|mo hinh|viec lam|dien hinh|tap the|ca nhan|dia diem"
                         r"|va (?:dang ky|gioi thieu|de xuat|xay dung|de cu))\b"
                         # (obl47) … or a second act after a comma: "chi ủy | lựa chọn, đăng ký với Đảng ủy …" (a45-08)
                         r"|, (?:dang ky|gioi thieu|de xuat|de cu)\b)"
                         # "Ban kiểm phiếu | phát phiếu, hướng dẫn cách ghi phiếu …" (a council's vote of confidence)
                         r"|phat (?:phieu|tai lieu|to roi|to gap)(?![a-z])"
                         # "…; Chủ tịch UBND phường | tiếp công dân định kỳ vào ngày 15 hằng tháng" (a ward's Chương trình
                         # công tác, tune20); not the body or the act named ("Ban Tiếp công dân", "công tác tiếp công dân")
                         r"|(?<!ban )(?<!tru so )(?<!ve )(?<!viec )(?<!tac )(?<!ngay )(?<!noi )(?<!buoi )(?<!lich )(?<!phong )"
                         # … and its short form, a Party rule's "Bí thư Đảng ủy | tiếp dân định kỳ ít nhất 01 ngày trong
                         # 01 tháng" (t45-08; "việc tiếp dân", "lịch tiếp dân", "sau tiếp dân" name the act)
                         r"(?<!dan )(?<!sau )tiep (?:cong )?dan(?![a-z])"
                         # the press's verb: "Đài Truyền hình Việt Nam, …, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo
                         # chí | đưa tin kịp thời về diễn biến …" (a Công điện, after t21-03); not the noun ("bài, tin đưa tin")
                         r"|dua tin(?= (?:kip thoi|day du|chinh xac|thuong xuyen|ve|nhanh)\b)"
                         # "Giao Văn phòng HĐND và UBND xã | đăng tải Nghị quyết trên Trang thông tin điện tử …" (t18-07);
                         # "đăng tải" folds like "Đảng tại" ("chủ trương của Đảng tại Nghị quyết …"): its object follows
                         r"|dang tai(?= (?:cong khai|day du|kip thoi|toan van|len|tren)\b| (?:nghi quyet|ke hoach|quyet dinh|"
                         # … or in the press ("Báo và Phát thanh, Truyền hình tỉnh | đăng tải Thông báo ít nhất 03 lần trên
                         # báo in, báo điện tử", a Thông báo tuyển dụng's "Tổ chức thực hiện")
                         r"thong bao|van ban|danh muc|thong tin)\b[^.;]{0,60}?\b(?:len|tren)\s+(?:trang|cong|he thong|website"
                         r"|bao|song|chuong trinh|cac phuong tien))"
                         # "Đề nghị Chủ tịch UBND cấp xã | cử lãnh đạo phụ trách … tham dự" (a16-10); "cử" folds like "cũ", "cụ";
                         # not "cử đại diện", which a rule's procedure asks inside its step (legal windows 1, win-08)
                         r"|cu (?:lanh dao|can bo|cong chuc|vien chuc|thanh vien)"
                         # "Các cơ quan, đơn vị, doanh nghiệp | thanh toán đầy đủ tiền lương …" (a16-03); not a payment's noun
                         # ("hệ thống thanh toán", "phương thức thanh toán")
                         r"|(?<!thong )(?<!thuc )(?<!khoan )thanh toan (?:day du|tien|cac|luong|dut diem|kip thoi|cho)"
                         # "Ủy ban nhân dân xã | sơ kết 6 tháng …", "Ban Chỉ đạo xã | nghiệm thu phiếu …", "Các thôn | thu thập
                         # thông tin …" (a newcomer's commune plans, session 13)
                         r"|so ket|tong ket|nghiem thu|thu thap"
                         # "Văn phòng Đảng ủy | dự thảo thông báo kết luận, trình ký và ban hành …" (a Quy chế làm việc's
                         # office); the noun keeps its verb before it or its own words ("gửi dự thảo", "các dự thảo",
                         # "Dự thảo Kế hoạch")
                         r"|du thao(?= (?:thong bao|ket luan|bao cao|ke hoach|nghi quyet|quyet dinh|van ban|cong van"
                         r"|to trinh|chuong trinh|quy che|de an)\b)"
                         # "Cơ quan thực hiện: Bộ Công an | tiến hành rà soát …" (2623-QD-TTg)
                         r"|tien hanh"
                         # (obl48) the record a team or board draws up: "Các đoàn kiểm tra | lập biên bản, xử lý theo thẩm
                         # quyền …" (a46-02), "Tổ bầu cử | lập biên bản kết quả bầu cử …" (no body read: the subject ran on
                         # into the verb); one of the longer list, so that "Ban kiểm phiếu | tiến hành kiểm phiếu, lập biên
                         # bản …" (a34-06) still ends at its first verb
                         r"|lap bien ban"
                         # "Các cơ sở đào tạo đại học … | mở thêm chuyên ngành …" (179-KH-UBND); not "tiên phong", which
                         # folds like the place name "Tiền Phong"
                         r"|mo them|mo rong|cau hinh"
                         # "Hợp tác xã nông nghiệp | cung ứng giống, phân bón cho nhân dân …" (a newcomer's Kế hoạch sản xuất vụ
                         # Đông, session 36); not the noun in a name or a chain ("Trung tâm Cung ứng …", "chuỗi cung ứng",
                         # "nhà cung ứng", "đơn vị cung ứng dịch vụ")
                         r"|(?<!chuoi )(?<!nha )(?<!vi )(?<!vu )(?<!ty )(?<!tam )(?<!duoc )(?<!viec )cung ung(?![a-z])"
                         # "Cấp ủy, chi bộ | đưa nội dung chuyển đổi số vào nghị quyết …" (a15-01); not "đua xe", "dừa"
                         r"|dua (?:noi dung|vao)"
                         # "Các công chức chuyên môn | dự họp giao ban …", "Trưởng các thôn | họp dân …", "Công an xã | tuần
                         # tra …", "Chi bộ | sinh hoạt chuyên đề …" (a newcomer's Chỉ thị, session 15): the meeting named, as
                         # "họp" alone folds like "hợp" (phối hợp, tổng hợp, phù hợp) and "sinh hoạt" is a noun too
                         # ("Hội đồng quản lý Quỹ | họp định kỳ …", a rule on how a council meets, is no task: legal windows 4)
                         r"|(?<!phong )(?:du )?hop (?:giao ban|dan|chi bo|so ket|tong ket)"
                         r"|sinh hoat chuyen de|(?<!cong tac )(?<!luc luong )(?<!to )(?<!doi )tuan tra (?!vien)"
                         # "Sở Công Thương | tiếp nhận văn bản thông báo …" (137-2025-QD-UBND); not in a unit's name ("Bộ phận
                         # tiếp nhận và trả kết quả", "cơ quan tiếp nhận", "cơ quan đầu mối tiếp nhận")
                         r"|(?<!bo phan )(?<!co quan )(?<!dau moi )(?<!noi )tiep nhan(?! va tra| ho so va tra| va giai quyet)"
                         # "Ủy ban Mặt trận Tổ quốc các cấp thành phố⏎Hà Nội | tham gia giám sát …" (55-2025-NQ-HDND); a bare
                         # "tham gia" closes relative clauses ("Các tổ chức, cá nhân tham gia hoạt động …")
                         r"|tham gia (?:giam sat|tuyen truyen|phoi hop|gop y|phan bien)"
                         # "Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ | hỗ trợ người dân khắc phục hậu quả" (0130-KH-UBND);
                         # not the noun of "chính sách hỗ trợ", "quỹ hỗ trợ", "mức hỗ trợ", "đối tượng được hỗ trợ"
                         r"|(?<!chinh sach )(?<!quy )(?<!muc )(?<!duoc )(?<!nguon )(?<!doi tuong )(?<!huong )(?<!nhan )(?<!nha nuoc )ho tro)(?![a-z])")
# heads of a body's or role's name the shared list lacks; "các tổ chức, cá nhân" is a body, not a verb
MORE_HEADS = re.compile(r"(?:giam doc|thu truong|nguoi dung dau|lanh dao|chanh van phong|tong giam doc|cac to chuc"
                        # heads of the central bank, the courts, the procuracy and the audit office (388-NQ-CP:
                        # "Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình …")
                        r"|thong doc|chanh an|vien truong|tong kiem toan"
                        # enterprises, investors and bodies outside the state's line a Thông báo addresses
                        r"|tap doan|tong cong ty|cong ty|chu dau tu|benh vien|hoc vien|kiem toan nha nuoc|toa an"
                        r"|vien kiem sat|thong tan xa|cang vu"
                        # an enterprise's operating unit, a body as its company is: "6. Đề nghị Xí nghiệp Khai thác công
                        # trình thủy lợi …" over its tasks in a commune's irrigation plan, "Xí nghiệp Môi trường đô thị
                        # thu gom …" ("xí nghiệp" names no verb nor thing; tune41: the request gave no body)
                        r"|xi nghiep"
                        # the power and telecom companies' local units, named by their trade and place with no "Công ty":
                        # "7. Đề nghị Điện lực Hòa Vân" over its tasks in a huyện's Chỉ thị PCCC (t47-10), "- Viễn thông Cao
                        # Bằng" (the Nơi nhận of 1948-QD-UBND …); not the trade itself ("điện lực và năng lượng", "viễn
                        # thông, công nghệ thông tin")
                        r"|dien luc (?!va |nang luong|,)|vien thong (?!va |cong nghe|tin hoc|di dong|,)"
                        # associations a plan asks to take part ("Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân
                        # tỉnh, Liên minh Hợp tác xã Tỉnh", 617-KH-UBND)
                        r"|hiep hoi|lien minh hop tac xa"
                        # the clerical office of a body: "Văn thư cơ quan có trách nhiệm bảo quản an toàn thiết bị lưu khoá
                        # bí mật …", "Điều 19. Trách nhiệm của văn thư cơ quan" (165/2025/QĐ-UBND, fresh2 gold)
                        r"|van thu co quan"
                        # its archive alike: "Lưu trữ cơ quan lựa chọn hồ sơ có thời hạn bảo quản vĩnh viễn …, giao nộp
                        # vào Lưu trữ lịch sử tỉnh" (a records plan)
                        r"|luu tru co quan"
                        # "14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ …" (0129-KH-UBND)
                        r"|doanh nghiep"
                        # "cơ quan, tổ chức quản lý trực tiếp có trách nhiệm …" after a case clause (165/2025/QĐ-UBND)
                        r"|co quan, to chuc\s"
                        # state funds ("Quỹ đầu tư phát triển Thành phố"); "quy" alone folds like quý/quy định
                        r"|quy (?:dau tu|ho tro|bao hiem|bao ve|bao lanh|phat trien|phong chong|tin dung)"
                        # "Yêu cầu từng bộ, ngành, địa phương, …": each of them
                        r"|tung (?:bo|nganh|dia phuong|co quan|don vi|can bo|cap)"
                        # "Bộ"/"Sở" as OCR reads them without their marks ("BG Xây dựng", "SG Khoa học")
                        r"|[bs][g0](?= [a-z])"
                        # a member of a Party committee as a role: "Điều 8. Ủy viên Ban Chấp hành Đảng bộ xã" over its
                        # duties (a Quy chế làm việc, t22-09), "Các đồng chí Ủy viên Ủy ban Kiểm tra | làm trưởng đoàn …"
                        # (t22-08, t18-03, t17-02, t21-05: the labels count the members charged, as the Bí thư, Phó Bí
                        # thư); not a state council's members ("Ủy viên Hội đồng …": a legal window's label, session 22)
                        # (session 30) and a member of a people's committee heading its block of a Quyết định phân công
                        # nhiệm vụ ("4. Ủy viên Ủy ban nhân dân phường - Trưởng Công an phường - ông …" over a)–c)): an
                        # office-holder of the UBND, as its Chủ tịch and Phó Chủ tịch above it are
                        r"|(?:(?:cac )?dong chi )?uy vien (?=(?:ban chap hanh|ban thuong vu|uy ban kiem tra|dang uy|chi uy"
                        r"|uy ban nhan dan|ubnd)(?:\s|$)))\b")
# "tổ chức" as a noun inside a list of bodies ("các cơ quan, tổ chức, doanh nghiệp và cá nhân phản ánh …",
# "bộ, ngành, cơ quan, tổ chức ở trung ương chủ trì …"), not the verb "to organise"
ORG_IN_LIST = re.compile(r"(?:(?<=, )|(?<=[Cc]ác ))tổ chức(?=,| và | cá nhân| doanh nghiệp| ở (?:trung ương|địa phương)| có liên quan| liên quan"
                         # "Doanh nghiệp, tổ chức khoa học và công nghệ …" (73/2025/NQ-HĐND)
                         r"| khoa học)"
                         # the pair "cơ quan, tổ chức" before its verb: "Người đứng đầu cơ quan, tổ chức | quyết định việc
                         # công bố tài liệu …" (383-QD/TW)
                         r"|(?<=[Cc]ơ quan, )tổ chức(?= (?:quyết định|phê duyệt|có trách nhiệm|chịu trách nhiệm|phải)\b)"
                         # "Cục Xuất nhập khẩu (Bộ Công Thương) và Tổ chức được Ủy ban nhân dân cấp tỉnh giao nhiệm vụ"
                         rf"|(?:(?<=và )|(?<=, ))[Tt]ổ chức(?= được (?:giao|ủy quyền|uỷ quyền|[{CAPITAL}]))"
                         # the kind of body a note in brackets after a name says it is: "Đề nghị Bưu điện văn hóa xã … (tổ
                         # chức dịch vụ thu) bố trí nhân viên thu …", "Công ty … (tổ chức tư vấn) …" — no verb of the name
                         r"|(?<=\()tổ chức(?= [^()]{1,60}\))")
ORG_NOUNS = re.compile(r"(?<=cac )to chuc(?=,| va| ca nhan)")
# ("Đây là lần đôn đốc thứ hai đối với các nhiệm vụ nêu trên", a20-04; "Đó là …"): a demonstrative opens a remark
# about the document, never a body's name
# (obl54) nor a count: "1. Số lượng, vị trí việc làm cần tuyển" over "… cụ thể như sau:" (a52-08's heading) folds "so
# luong" like "Sở Lượng", and its "cần" read as a duty marker made it the body of the whole Thông báo
NOT_BODY = re.compile(r"(?:(?:day|do) la|bo nhiem|ban giao|ban hanh|so sanh|so lieu|so luong|cac buoc|buoc|(?:cac )?(?:chuong trinh|du an|de an|vi tri|cong trinh|khu vuc"
                       r"|chinh sach|hoat dong|van de|ket qua|bao cao|ke hoach|van ban|to trinh|de xuat"
                       # the models a movement builds and the events a campaign marks: "Các mô hình phải có tên gọi, mục
                       # tiêu …", "Các sự kiện tuyên truyền trọng tâm", "Đối với các sự kiện khác: …" (a25-04, a25-05)
                       r"|mo hinh|su kien|ngay le|phan viec)"
                       # a role a procedure gives by the passive, not a body the document tasks: "Các cơ quan được lấy ý
                       # kiến có trách nhiệm trả lời …", "cơ quan được hỏi ý kiến phải …" (a25-06, a22-09, t18-02)
                       r"|(?:cac )?(?:co quan|don vi)(?:,? (?:co quan|don vi|dia phuong|to chuc))* duoc (?:lay|hoi|xin|de nghi gop) y kien"
                       # a room, not a unit: "Phòng lắp đặt các thiết bị trạm điều khiển vệ tinh … phải đảm bảo khô ráo"
                       # (68/2025/TT-BNNMT), "phòng làm việc", "phòng họp", "phòng máy chủ"
                       r"|phong (?:lap dat|dat (?:may|thiet bi)|chua|lam viec|hop|may(?: chu)?|luu tru|dieu khien)"
                       # a front of a campaign, named by its slogan in quotes: "2. Mặt trận “Mùa hè xanh vì cộng đồng”"
                       # over the activities it groups (a youth union's summer campaign): a part of the campaign, the
                       # bodies are charged in the part that assigns tasks
                       r"|mat tran\s*[\"“”«']"
                       # a span of time or a case the rule is for, after "Đối với": "Đối với các tháng có thời gian học cả
                       # tháng theo hình thức trực tiếp: Áp dụng mức …", "Đối với các ngày nghỉ lễ: …", "Đối với các
                       # trường hợp …" (a Nghị quyết HĐND's fee rules, session-43 newcomer): when the rule applies, no body
                       r"|cac (?:thang|ngay|tuan|quy|nam|nam hoc|hoc ky|ky|dot|buoi|tiet|truong hop|hinh thuc|muc)(?![a-z])"
                       # the forces and means a plan lines up, a heading over what each body stands ready with: "IV.
                       # LỰC LƯỢNG, PHƯƠNG TIỆN", "1. Lực lượng" (a forest-fire plan); "Lực lượng dân quân …" names a force
                       r"|luc luong(?:$|,? (?:va )?(?:phuong tien|vat tu|trang thiet bi|kinh phi))"
                       # (obl48) a piece of the "4 tại chỗ" motto — chỉ huy, lực lượng, phương tiện, hậu cần tại chỗ — as a
                       # subject: "Khi có lệnh sơ tán, lực lượng tại chỗ tổ chức di dời người già …" (a46-01's notes: "not a
                       # named body"); the forces on the spot of whoever the plan charges, no body of their own
                       r"|(?:cac )?(?:luc luong|chi huy|phuong tien|hau can)(?: va [a-z ]{3,30}?)? tai cho(?![a-z])"
                       # a section on how an event's organising board is set up, with the boards under it: "IV. BAN
                       # CHỈ ĐẠO VÀ CÁC TỔ GIÚP VIỆC" over the board's make-up and "a) Tiểu ban Tuyên truyền (…): …"
                       # (a festival's plan): each sub-board below is charged, the heading names their set
                       r"|ban (?:to chuc|chi dao|chi huy)(?: [a-z]+){0,4}? va (?:cac )?(?:tieu ban|to giup viec|to cong tac|bo phan giup viec)"
                       # (ob56t) a crop season, not a ministry's Vụ: "1. Vụ Đông Xuân: làm đất từ ngày 20/01/2040, gieo
                       # trồng xong trước ngày 15/02/2040 …" (a xã's planting schedule, t55-03; no spent set names a
                       # season a body, 42 of their documents name one)
                       # (the season's name alone, or with its year: "Vụ Đông Nam Á", "Vụ Chính sách …" stay bodies)
                       r"|vu (?:dong xuan|he thu|thu dong|he|mua|chiem|xuan)(?=\s*(?:$|[:,;(.]|(?:nam\s+)?\d)))\b")
# (obl47) an organising board named by a heading (folded, matched at its start): "IV. BAN TỔ CHỨC LỄ HỘI", "Ban Chỉ
# đạo …", "Hội đồng …" — the body whose set-up a plan's section may describe instead of charging it (BOARD_MAKEUP, BOARD_UNITS)
BOARD_NAME = re.compile(r"(?:ban (?:to chuc|chi dao|chi huy|dieu hanh)|hoi dong|tieu ban)(?![a-z])")
# (obl47) the items of a board's set-up (folded heading, fullmatched once stripped of " :.*"): its make-up ("1. Thành phần
# Ban Tổ chức", "Cơ cấu tổ chức", "Thành viên") and its helper units ("2. Các tiểu ban giúp việc", "Tổ giúp việc", "Các tổ
# công tác", "Bộ phận thường trực", "Tổ thư ký") — a festival's "IV. BAN TỔ CHỨC LỄ HỘI" over those two items (a45-02)
# describes the board; each sub-board under the second is charged with its own tasks, the board with none
BOARD_MAKEUP = re.compile(r"(?:thanh phan|co cau(?: to chuc)?|thanh vien|to chuc bo may)(?:\s.*)?")
BOARD_UNITS = re.compile(r"(?:cac |nhung )?(?:tieu ban|to (?:giup viec|cong tac|thu ky|chuyen mon)|bo phan (?:giup viec|thuong truc)"
                         r"|nhom (?:giup viec|cong tac))(?:\s.*)?")
# a subject closing on a relative word: the verb after it belongs to the relative clause ("Thủ trưởng cơ quan, đơn vị
# nơi | phát hiện tài liệu mật phải thông báo …", 162/2025/QĐ-UBND): the body runs on to the duty's modal
RELATIVE_END = re.compile(r"\s(?:nơi|mà)$", re.IGNORECASE)
# the role a named body was given, inside its subject (original text): "Sở Khoa học và Công nghệ được giao quản lý, vận
# hành Hệ thống thư điện tử công vụ | chịu trách nhiệm cấp mới …" (162/2025/QĐ-UBND)
GIVEN_ROLE = re.compile(r",?\s+(?:là (?:cơ quan|đơn vị) )?được giao\s")
# … and the copula alone closing the subject when the split fell on "được giao" (original text): "Bộ Xây dựng là cơ quan
# | được giao theo dõi, hướng dẫn thi hành Nghị định …"
ROLE_COPULA_END = re.compile(r"\slà\s+(?:cơ quan|đơn vị)(?:\s+được\s+(?:giao|phân công))?$")
# a lead-in announcing the answer that follows, then its legal basis (folded): "**Cục Thuế trả lời như sau:** | Căn cứ
# Điều 3, Điều 5 … Luật Thuế giá trị gia tăng …" (a Cục Thuế's reply Công văn, 5333/CT-CS): the body answering, no task
ANSWER_LEAD_END = re.compile(r"\snhu sau\s*:?$")
LEGAL_BASIS_OPEN = re.compile(r"\s*can cu\s+(?:tai\s+|theo\s+)?(?:(?:khoan|diem|dieu|muc|chuong)\s+\d|luat|nghi dinh|thong tu"
                              r"|quyet dinh|nghi quyet|van ban|cong van|bo luat|phap lenh|quy dinh)")
# a duty said after such a role (folded): "Sở Nội vụ là cơ quan | được giao …, có trách nhiệm hướng dẫn …" stays a task
ROLE_DUTY = re.compile(r"\b(?:phai|co trach nhiem|chiu trach nhiem|de nghi|yeu cau|truoc ngay|cham nhat)\b")
CUE_STOP = re.compile(r"(?<=\s)(?:to chuc(?! dang| chinh| co so| doan| hoi| thanh(?! tra)|,)|kip thoi|tich cuc|(?<!giao duc )thuong xuyen|khan truong|chu dong|tiep tuc|phat hien|xu ly|nghiem tuc|kiem diem|"
                       # ("Giám đốc các sở, …, Chủ tịch UBND các xã, phường | nghiêm túc kiểm điểm trách nhiệm …", a27-09)
                       # ("giáo dục thường xuyên" names a kind of school: "trung tâm giáo dục nghề nghiệp - giáo dục thường
                       # xuyên | xây dựng …", tune17)
                       r"chi dao|chu tri|phoi hop|thuc hien|trien khai|xay dung|tham muu(?!,? (?:giup viec|quan ly nha nuoc))|huong dan|kiem tra|"
                       # (a body named by its role: "Đề nghị các cơ quan tham mưu, giúp việc Tỉnh ủy, Thanh tra tỉnh | phối
                       # hợp …", a17-08; "cơ quan tham mưu, quản lý nhà nước về di sản văn hóa")
                       r"theo doi|bao cao|ra soat|nghien cuu|tang cuong|day manh|day nhanh|quan triet|tuyen truyen|xuat cap|bo tri|"
                       r"(?<!quan ly, )(?<!quan_ly, )giam sat"
                       # "giao Bộ Xây dựng⏎quản lý." (302/2025/NĐ-CP); not the noun of "Ban quản lý", "cơ quan quản lý";
                       # only right after a name's capitalised word (subjects.cue_subject: "thuộc diện Ban Bí thư quản lý",
                       # "hình thức quản lý" go on)
                       r"|(?<!ban )(?<!co quan )(?<!don vi )(?<!cap )(?<!bo phan )(?<!tham muu, )quan ly|thanh lap"
                       # "Đề nghị Chủ tịch UBND cấp xã | cử lãnh đạo phụ trách … tham dự" (a16-10)
                       r"|cu (?:lanh dao|can bo|cong chuc|vien chuc|thanh vien)"
                       # "Yêu cầu các Bộ, cơ quan | đổi mới phương thức, nâng cao năng lực …" (631-TB-VPCP); not "sự đổi mới"
                       r"|(?<!su )(?<!viec )(?<!tinh )doi moi(?! sang tao)"
                       # a mandate closes the body: "giao Bộ trưởng Bộ Tài chính | thừa ủy quyền Thủ tướng Chính phủ, thay
                       # mặt Chính phủ ký …" (386-NQ-CP)
                       r"|thua uy quyen|thay mat|niem yet|hoan tat|tiep thu|cau hinh|tham gia (?:giam sat|tuyen truyen|phoi hop))(?![a-z])")  # "Cục Quản lý, giám sát kế toán, kiểm toán" is a name
PARTY_BOARDS = re.compile(r"Ban Xây dựng Đảng|Ban Tuyên giáo và Dân vận|Ban Tổ chức|Ban Nội chính|Ban Dân vận"
                          # "Vụ Tổ chức - Biên chế", "Vụ Tổ chức cán bộ", "Phòng Tổ chức - Hành chính": a unit's name
                          r"|(?:(?<=Vụ )|(?<=Phòng )|(?<=Cục ))Tổ chức(?: - [A-ZĐ]\w*(?: \w+)?| cán bộ)?")
# (also after a step's label and colon, in lower case, on the list an appendix holds: "Bước 2. Lập phương án: trên cơ sở
# danh mục tại Phụ lục kèm theo, các cơ quan, đơn vị, địa phương lập phương án …", a UBND tỉnh's plan)
# (and what the task adds to, said first, before the bodies addressed as a class: "Ngoài các lớp nêu trên, các cơ quan,
# đơn vị tiếp tục cử cán bộ, công chức tham gia các lớp do các Bộ, ngành Trung ương tổ chức …", a Sở Nội vụ's training
# plan under its table of courses; "Ngoài các cuộc giám sát …, Ban Thường vụ Đảng ủy tiến hành …" is the issuer's own work)
BASIS_OPENING = re.compile(r"^(?:(?:[Cc]ăn cứ|[Tt]rên cơ sở)\s[^,]{0,80}(?:này|trên|đó|kèm theo|đính kèm)"
                           r"|[Nn]goài\s[^,]{0,80}(?:nêu trên|trên|này|đó)(?=,\s*(?:các|mỗi|từng)\s)),\s*")
#: the province or city a Thông báo kết luận of a visit addresses, named by its level alone in capitals at the opening
#: of its clause (original text): "7. Về dự án …: Tỉnh thực hiện theo chỉ đạo …; … trên cơ sở đó, Tỉnh nghiên cứu lập
#: báo cáo tiền khả thi …" (648/TB-VPCP, whose labels charge "Tỉnh Điện Biên"); a lower-case "tỉnh" is part of a name
PLACE_ITSELF = re.compile(r"(?:Tỉnh|Thành phố)\s+(?=[^\W\d_])")  # (its task verb in small letters after it: subjects)
#: a clause boundary inside a subject the verb search ran over (original text): "; " before a clause's own opening
CLAUSE_BOUNDARY = re.compile(r";\s+")
#: a linking phrase that opens a clause before its subject (original text): "đồng thời, ", "sau đó, " (the basis phrase
#: "trên cơ sở đó, " is BASIS_OPENING's)
CLAUSE_LINK = re.compile(r"^(?:đồng thời|sau đó|tiếp đó|từ đó)\s*,\s*")
# "…, trong phạm vi, trách nhiệm của mình, …": the scope of a body's duty, set off by commas
_IN_SCOPE = (r"\s*,\s*trong phạm vi(?:,? (?:chức năng|trách nhiệm|thẩm quyền|nhiệm vụ|quyền hạn)){1,3}"
             r"(?: (?:của mình|được giao))?\s*,")
BY_FUNCTION = re.compile(r"\s*,?\s*(?:căn cứ (?:vào )?)?theo chức năng,? nhiệm vụ(?:,? (?:quyền hạn|thẩm quyền))?"
                         r"(?: được (?:giao|phân công))?,?"
                         # … and without "chức năng": "Giao Phó Thủ tướng … và các Phó Thủ tướng theo nhiệm vụ được phân
                         # công | chỉ đạo, đôn đốc …" (a Công điện's closing item, 226-CD-TTg): "phân công" is no verb
                         r"|\s*,?\s*theo (?:các )?nhiệm vụ(?:,? (?:quyền hạn|thẩm quyền))? được (?:giao|phân công),?"
                         r"|" + _IN_SCOPE +
                         # without the commas: "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức
                         # năng, nhiệm vụ của mình | tổ chức triển khai …" (624-KH-UBND)
                         r"|\s+trong phạm vi(?:,? (?:chức năng|trách nhiệm|thẩm quyền|nhiệm vụ|quyền hạn)){1,3}"
                         r" (?:của mình|được giao)(?=\s)")
#: the duty as assigned, opening the task after its body (original text): "Giao Phó Thủ tướng … và các Phó Thủ tướng
#: | theo nhiệm vụ được phân công chỉ đạo, đôn đốc …" (226-CD-TTg, a Công điện's closing item; also "theo chức năng,
#: nhiệm vụ được giao"): the body ends before "theo", the "phân công"/"giao" inside is no verb of the body's
DUTY_AS_ASSIGNED = re.compile(r"\s*,?\s+theo (?:chức năng,? )?(?:các )?nhiệm vụ(?:,? (?:quyền hạn|thẩm quyền))?"
                              r" được (?:giao|phân công)(?=[\s,])", re.IGNORECASE)
#: … its body may be office holders, not a named body (folded): "Phó Thủ tướng Dương Văn Lộc và các Phó Thủ tướng",
#: "các đồng chí Bí thư", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"
OFFICE_HOLDER_HEAD = re.compile(r"^(?:(?:cac|dong chi|cac dong chi)\s+)?(?:pho\s+)?(?:thu tuong|bo truong|thu truong|chu tich"
                                r"|bi thu|giam doc|truong ban|truong phong|chanh van phong|uy vien)(?![a-z])")
# a ministry's own departments and institutes, named with a capital after the head ("6. Vụ Kế hoạch - Tài chính" /
# "Bố trí kinh phí …", "5. Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia" / "Bảo đảm năng lực …", a Bộ's Kế
# hoạch, tune20): "vụ"/"viện" folded are also "vụ việc", "vụ mùa", "đảng viên", so only the capitalised name counts
MINISTRY_UNIT = re.compile(rf"(?:Vụ|Viện|Học viện) (?:[{CAPITAL}]|[a-zđà-ỹ]+ [{CAPITAL}])")
# a comrade named with the posts they hold, heading the tasks a Thông báo phân công gives them (original text): "1. Đồng
# chí Vũ Thị Hạnh - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường" / "- Trực tiếp phụ trách …", "2. Đồng chí Cao Thị
# Huyền - Đảng ủy viên, Chánh Văn phòng Đảng ủy phường: tham mưu …" (t21-05; a16-05's "Đồng chí Lâm Thị Ngọc Hân, Ủy viên
# Ban Thường vụ, Phó Chủ tịch UBND xã"): the person with the posts is the one charged
NAMED_COMRADE = re.compile(rf"^[Đđ]ồng chí\s+(?:[{CAPITAL}][a-zà-ỹđ]*\s+){{1,4}}[{CAPITAL}][a-zà-ỹđ]*\s*[-–,]\s+"
                           r"(?P<post>(?:Phó\s+)?(?:Bí\s+thư|Chủ\s+tịch|Chủ\s+nhiệm|Trưởng|Chánh|Giám\s+đốc|Thủ\s+trưởng"
                           r"|Chỉ\s+huy\s+trưởng)|(?:Đảng|Thành|Tỉnh|Huyện)?\s*ủy\s+viên|Ủy\s+viên)\b[^;:]{0,160}$")
# openings that can only be a body's name (capitalised), used when no listed verb follows
# a named city or province as the body ("Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …"); "Thành phố
# quyết định …" without a name states a competence
STRONG_HEAD = re.compile(r"(?:Các Bộ|Bộ [A-ZĐ]|Sở [A-ZĐ]|Ủy ban|UBND|Đồng chí|Chủ tịch|Công an|Văn phòng|Thanh tra|"
                          r"Các tỉnh|Các Sở|Cục|Tổng cục|Ban Chỉ đạo|Thành phố [A-ZĐ]|Tỉnh [A-ZĐ]"
                          # "Cơ quan Kiểm lâm chủ trì phối hợp với Cơ quan Công an …" (213/2025/QĐ-UBND)
                          r"|Cơ quan (?:Kiểm lâm|Công an|Cảnh sát|Thi hành án|Thuế|Hải quan|Quân sự)|"
                          # a standing role named by its function, acting in a sentence: "Cơ quan thường trực phong trào
                          # chủ động xây dựng kế hoạch …" (a Sở Nội vụ's Hướng dẫn on thi đua, t25-05); not a heading's
                          # topic ("3. Cơ quan thường trực và Tổ giúp việc", a21-04)
                          r"Cơ quan (?:thường trực|đầu mối)\s(?!và\s)|" + MINISTRY_UNIT.pattern + ")")
# a duty after a condition or an adverbial ("Trong thời hạn 30 ngày …, cấp có thẩm quyền phải …",
# "Căn cứ …; các cấp ủy … có trách nhiệm …"): the body follows a comma or a semicolon
# "… nếu các quy định … khác với … thì Giám⏎đốc Sở Y tế có trách nhiệm chủ trì …" (2830-QD-UBND): "thì" without a comma
# "Trường hợp cá nhân nghỉ hưu, …, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thực hiện …"; "…; cơ quan, tổ chức
# nơi đến có trách nhiệm thực hiện thay đổi thông tin …" (165/2025/QĐ-UBND): a "cơ quan …" after the case clause
MUST = re.compile(r"(?:^|[,;]\s*(?:thì\s+)?|\sthì\s+)(?P<who>(?:[Cc]ác|[Cc]ấp|Ban|Bộ|Sở|Ủy ban|UBND|Người đứng đầu|Thủ trưởng"
                  r"|Giám\s+đốc|Chủ\s+tịch|[Cc]ơ quan,? tổ chức)"
                   r"[^.;:()]{2,150}?)\s+(?:phải|có trách nhiệm|chịu trách nhiệm)\s")
# what "các …" must go on with to name bodies (the shared heads list takes "các" alone as a head)
# OCR's readings of the head words "Bộ"/"Sở" (original text), restored in a body's name
OCR_HEAD = re.compile(rf"\b(?:(?P<bo>B[G0Ô]|BỘ)|(?P<so>S[G0]|SỞ))(?= [{CAPITAL}]?[a-zà-ỹđ])")
# an intro's task that only announces the items below (folded)
GENERIC_TASKS = re.compile(r"(?:tap trung |khan truong |quyet liet )*(?:thuc hien|trien khai)(?: tot| nghiem| ngay)?"
                           r" (?:mot so|cac|nhung)(?: nhiem vu| noi dung| giai phap| cong viec|,)+"
                           r"(?: trong tam| chu yeu| cu the)?(?: nhu sau| sau day| sau| duoi day)?$")
# an intro's task that ends by announcing the items below (folded): "… yêu cầu Bộ Y tế, Ban Quản lý dự án, … tiếp tục
# quyết tâm, … hoàn thành các công việc, nhiệm vụ còn lại …, trong đó lưu ý một số nội dung trọng tâm như sau" (637-TB-VPCP)
# … or by "Cụ thể:" alone after it ("… yêu cầu các cơ quan, đơn vị, địa phương tập trung cao độ, quyết liệt thực hiện, bảo
# đảm đúng quy định của Luật …. Cụ thể:" over "2.1. Ban Quản lý dự án …", t19-08's Thông báo kết luận)
# … or by a bare request whose bodies the items name ("Kiểm tra, đánh giá cuối học kỳ I … đã được các đơn vị tổ chức …. Để
# có cơ sở đánh giá chất lượng giáo dục giữa năm học, đề nghị:" over "a) Các trường trung học phổ thông …", "b) Các Trung
# tâm …", a Sở GDĐT's Công văn, a24-04: the background before it is no task of the letter's addressees)
# … or by the assigning verb before the tasks ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tập trung triển khai
# ngay Quyết định …; trong đó giao nhiệm vụ cụ thể như sau:" over "1. Sở Tài chính", "2. Sở Xây dựng", … , a Thông báo
# kết luận of a giao ban, t27-09)
ANNOUNCES_BELOW = re.compile(r"(?:mot so|cac|nhung|giao) (?:noi dung|nhiem vu|giai phap|viec|cong viec|van de)(?: [a-z]+){0,3}"
                             r" (?:nhu sau|sau day|sau|duoi day)$|(?:^|[.;]\s*)cu the$"
                             r"|[.;,]\s*(?:(?:sở|so|ubnd|ủy ban|uy ban)\s[^.;,]{0,60}\s)?(?:de nghi|yeu cau)$")
# a heading naming a body through its duties (original text): "Trách nhiệm của Sở Tài chính"
# (… or what a team does: "3. Nội dung hoạt động của Đội xung kích" over its points, in a campaign plan)
DUTY_OF = re.compile(rf"^(?:[Tt]rách nhiệm|[Nn]hiệm vụ(?: cụ thể)?|[Pp]hân công nhiệm vụ|[Nn]ội dung hoạt động) (?:của|cho)"
                     rf" (?=[{CAPITAL}a-zđ])")
# a heading or an item's opening that names a body as its topic (original text): "1. Đối với Sở Khoa học và Công nghệ:
# Chủ trì …", "2. Đối với các sở, ban, ngành cấp tỉnh:" over its tasks (the topic–comment form of an assignment)
# … and a Party body printed in lower case, as Party documents print them: "2. Đối với chi bộ, đảng ủy bộ phận" / "Báo
# cáo kết quả kiểm tra, giám sát về ủy ban kiểm tra đảng ủy cấp trên …" (an Ủy ban Kiểm tra's Hướng dẫn, a21-05)
# a level named with its bodies in brackets as an item's heading (original text): "1. Cấp chi bộ (chi bộ trực thuộc
# đảng ủy cơ sở và chi bộ cơ sở): tổ chức kiểm điểm …" (a Hướng dẫn's order of steps by level, a26-08): the bracketed
# bodies are the ones charged, the level word only groups them; group 1 is the bodies
LEVEL_BODIES = re.compile(r"^[Cc]ấp\s+[^():\n]{2,40}?\s*\(([^()\n]{3,160})\)\s*$")
TOPIC_BODY = re.compile(rf"^[Đđ]ối với (?=[{CAPITAL}]|(?:các|những) |(?:chi bộ|chi ủy|đảng ủy|đảng bộ|cấp ủy|ban thường vụ"
                        r"|ủy ban kiểm tra|tổ chức đảng|đảng đoàn|ban cán sự đảng)\b)")
# … of them, the Party bodies printed in lower case (original text): "Đối với chi bộ (…)", "Đối với đảng ủy cơ sở",
# "Đối với cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (…)" (a Hướng dẫn's tiers, a24-07)
PARTY_TOPIC = re.compile(r"^[Đđ]ối với (?:các )?(?:chi bộ|chi ủy|đảng ủy|đảng bộ|cấp ủy|ban thường vụ|ủy ban kiểm tra|tổ chức"
                         r" (?:cơ sở )?đảng|đảng đoàn|ban cán sự đảng)\b")
# the standing organ of a Party body named before the body's own words (folded): "ban thường vụ cấp ủy" of "cấp ủy cấp trên
# trực tiếp …" (a24-07's tiers: the organ acts for the tier's body)
STANDING_ORGAN = re.compile(r"^(?:ban thuong vu|ban chap hanh|thuong truc)\b")
# a sentence that opens with the bodies it is about and names them again, shortly, as the subject after the clauses
# between (original text): "Đối với cơ quan, đơn vị có số liệu cần điều chỉnh theo ý kiến của Sở Nội vụ, trong thời
# hạn 03 ngày làm việc …, cơ quan, đơn vị phải gửi lại báo cáo …" (a Sở's call for statistics, a22-03): the topic is
# the body charged (the labels' who), the short name only points back to it (vanban.extract.subjects.actor)
TOPIC_OPENING = re.compile(r"^[Đđ]ối với\s+")
# … the topic ends at the comma before a time or case clause ("…, trong thời hạn …", "…, chậm nhất …", "…, khi …")
TOPIC_CLAUSE = re.compile(r",\s*(?=(?:trong|chậm nhất|trước|sau|khi|kể từ|tính từ|định kỳ|hằng|ngay|nếu|thì)\s)",
                          re.IGNORECASE)
# … or asks them with no addressee after the cue: "Đối với 08 đảng ủy xã, phường còn lại chưa gửi báo cáo (…), đề nghị
# gửi báo cáo trước ngày 12/6/2027" (a Công văn đôn đốc) — the topic is whom the request asks (original text)
TOPIC_ASKED = re.compile(r",\s*(?:thì\s+)?(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)
# … the topic's count of its bodies ("08 đảng ủy xã, phường"): the name starts after it (folded)
TOPIC_COUNT = re.compile(r"^\d{1,3}\s+(?=\S)")
# … the words of the short name that point back besides the topic's own (folded): "các", "này", a modal before the verb
TOPIC_BACK_WORDS = frozenset(("cac", "nhung", "nay", "do", "tren", "noi", "neu", "phai", "can", "se", "cung", "deu"))
# … or the head of the bodies pointed back to, by the title that opens the short name (folded): "Đối với các chi bộ còn
# tồn đọng nhiệm vụ …, bí thư chi bộ giải trình …" (a Đảng ủy xã's letter, a22-10) → "Bí thư các chi bộ còn tồn đọng …"
TOPIC_HEAD_TITLE = re.compile(r"^(?:bi thu|pho bi thu|thu truong|nguoi dung dau|chu tich|giam doc|truong|lanh dao"
                              r"|chi uy|cap uy|thu ky)\s+")
# a part that assigns tasks (folded heading): "Tổ chức thực hiện", "Trách nhiệm (thực hiện) …", "Phân công (nhiệm vụ)"
# … and a Chương trình hành động's part by body: "III. Nhiệm vụ của các cấp ủy, tổ chức đảng" / "1. Đối với Đảng đoàn Hội
# đồng nhân dân tỉnh" (a topic heading naming the body charged)
# … and a letter's part of tasks by body: "II. NHIỆM VỤ CỤ THỂ" / "1. Đối với các bệnh viện công lập và ngoài công lập"
# / "a) Tổ chức tốt việc phân luồng …" (tune19's Công văn of a Sở Y tế: the topic headings name the units charged)
DUTY_SECTION_HEAD = re.compile(r"(?:to chuc thuc hien|trach nhiem|phan cong"
                               r"|nhiem vu (?:cu the )?cua (?:cac )?(?:cap uy|co quan|don vi|to chuc|so|ban|nganh|dia phuong))\b"
                               r"|nhiem vu cu the[\s.:]*$"
                               # … and a review plan's part on how and when each level holds it: "III. HÌNH THỨC, THỜI GIAN
                               # TỔNG KẾT" / "1. Đối với các chi bộ trực thuộc" / "- Tổ chức tổng kết …; gửi báo cáo về Đảng
                               # ủy trước ngày 25/12/2026" (a Đảng ủy xã's Kế hoạch tổng kết, t22-01: the topics name the
                               # levels charged)
                               r"|(?:hinh thuc|thoi gian|cach thuc),? (?:va )?(?:hinh thuc|thoi gian|cach thuc)"
                               r"(?: (?:to chuc|tien hanh))? (?:tong ket|so ket)\b"
                               # … and a part on the reporting regime: "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO" / "1. Đối với ủy ban
                               # kiểm tra đảng ủy các xã, phường …" / "- Báo cáo quý: gửi trước ngày 15 …", "2. Đối với chi
                               # bộ, đảng ủy bộ phận" / "Báo cáo kết quả …" (an Ủy ban Kiểm tra's Hướng dẫn, a21-05): the
                               # topics name the levels that must report
                               r"|che do (?:thong tin,? (?:va )?)?bao cao\b")
# courtesy formulas of a Công văn's closing (folded)
COURTESY = re.compile(r"(?:tran trong|xin) cam on|rat mong|tran trong thong bao")
# the issuer sending something with the letter (folded): "gửi kèm …", "xin gửi …"
SENDING = re.compile(r"(?:tran trong |xin )?gui(?: kem| den| toi)?\s"
                     # the issuer enacting the document itself: "Ủy ban nhân dân Tỉnh ban hành Kế hoạch chuyển đổi số …,
                     # với các nội dung như sau:" (617-KH-UBND, read before its header in legacy OCR)
                     r"|ban hanh (?:ke hoach|quyet dinh|chi thi|huong dan|chuong trinh|quy che|quy dinh|thong bao)"
                     r"[^.;]{0,300}?(?:nhu sau|sau day|cac noi dung sau|voi cac noi dung)\W*$")
CONDITION = re.compile(r"(?:truong hop|neu|khi|sau khi|trong truong hop)\s|.*\sthi$")
# a level by its Roman numeral (folded), no body: "khi cấp dự báo cháy rừng ở cấp I, cấp II, | phải đăng ký …" (a
# forest-fire plan's danger levels), "báo động cấp III", "cấp IV, cấp V" — read as OCR's "cấp ủy" by the body heads
LEVEL_NUMERAL = re.compile(r"cap\s+(?:i{1,3}|iv|v)(?![a-z0-9])")
PLURAL_BODY = re.compile(r"(?:co quan|don vi|dia phuong|nganh|doanh nghiep|to chuc|hoi|doan the|truong (?:dai hoc|hoc|mam non)|thanh vien ban"
                         r"|thanh vien (?:ban|hoi dong|uy ban|to)|thu truong|cap"
                         # "4. Các cơ sở sản xuất giống, NTTS thương phẩm:", "Các thành phố trực thuộc Trung ương …"
                         r"|co so|thanh pho|tinh|xa|phuong|benh vien|ngan hang|nha truong"
                         # the owners of a commune's forests as a forest-fire plan charges them: "6. Các chủ rừng (Khu bảo tồn
                         # thiên nhiên …, Công ty Lâm nghiệp …)", "Các chủ rừng, Kiểm lâm địa bàn báo cáo …"; one "Chủ rừng
                         # chịu trách nhiệm …" in a planting plan's measures is the owner household's rule (t34-10's labels)
                         r"|chu rung"
                         # the households of a trade a plan charges as a role ("7. Các hộ chăn nuôi, hộ nuôi chó", "6. Các
                         # hộ kinh doanh, cơ sở kinh doanh … trên địa bàn" over their duties; P.HOUSEHOLD_ROLE), not "các
                         # hộ nghèo" a plan helps
                         r"|ho (?:chan nuoi|kinh doanh|san xuat|trong trot|nuoi [a-z]+))\b")
# a plural of things heading an article or an item, not bodies ("Điều 5. Các quy định chung", "Các
# hành vi bị nghiêm cấm", "Các loại văn bản …", "Các tiêu chí bổ sung", "Các chứng từ liên quan")
PLURAL_TOPIC = re.compile(r"(?:cac|nhung)\s+(?:quy dinh|hanh vi|nguyen tac|loai|tieu chi|tai lieu|chung tu|moc|thanh phan"
                          r"|su co|tuyen|noi dung|truong hop|yeu cau|bien phap|giai phap|nhiem vu|chinh sach|chi tieu"
                          r"|mon|ben|thong tin|an-?ten|dieu kien|ho so|thu tuc"
                          # systems and data, not bodies (384-QD-TW): "Các trường thông tin chia sẻ do … quyết định",
                          # "Các hệ thống thông tin, cơ sở dữ liệu được xây dựng … phải bảo đảm …"
                          r"|truong (?:thong tin|du lieu)|he thong (?:thong tin|ky thuat|phan mem|du lieu)|co so du lieu"
                          r"|phan mem|nen tang|du lieu"
                          # citizens' reports, not bodies: "Các phản ánh được thống kê … được công khai" (78/2025/QĐ-UBND)
                          r"|phan anh"
                          # functions and equipment a Quy chế describes, buildings a rule concerns: "Các chức năng hỗ trợ
                          # trên Hệ thống …", "Các trang thiết bị hỗ trợ … phải đảm bảo …" (163/2025/QĐ-CTUBND), "Các thiết
                          # bị mạng đảm bảo …" (68/2025/TT-BNNMT), "Các chung cư, tập thể cũ …" (79/2025/NQ-HĐND)
                          r"|chuc nang|(?:trang )?thiet bi|chung cu"
                          # forms and ways of doing, not bodies: "Các hình thức tập huấn … được tổ chức …", "Các hình thức
                          # nộp hồ sơ"
                          r"|hinh thuc|phuong thuc|cach thuc"
                          # events named by their classifier, not bodies: "4. Các cuộc kiểm tra, giám sát chuyên đề …
                          # phải hoàn thành trước ngày 30/10/2027" (t24-07), "3. Các đợt cao điểm" heading dated spans
                          # (t24-08), "Các buổi sinh hoạt …", "Các phiên họp …", "Các hội nghị …" ("cuộc thi" too)
                          r"|cuoc|dot|buoi|phien(?: hop)?|hoi nghi|hoi thao"
                          # cases and incidents that must be reported, not bodies: "4. Các vụ việc phức tạp về an ninh, trật
                          # tự phải báo cáo ngay Lãnh đạo Công an phường" (a ward police's campaign plan, t34-05)
                          r"|vu viec|vu an|vu tai nan|diem nong)\b")
# a system or a database as the subject (folded), a thing, not a body: "Hệ thống thông tin giải quyết TTHC tỉnh
# xây dựng đảm bảo theo Điều 27 …" (163/2025/QĐ-CTUBND); "hệ thống chính trị" names the bodies together
# … and a paper a member hands in: "Bài thu hoạch nộp về chi bộ không quá 07 ngày …" (a33-01: the đảng viên's own duty,
# no body's), "Bản tự kiểm điểm gửi …"
THING_WHO = re.compile(r"^(?:he thong|phan mem|co so du lieu|nen tang|bai thu hoach|bai du thi|ban (?:tu )?kiem diem)"
                       r"(?:\s|$)(?!chinh tri)")
# a task as a topic, not a newspaper ("Báo …"): "Bảo quản, thống kê …", "Bảo dưỡng, sửa chữa" (and not
# "Bảo hiểm xã hội tỉnh", "Bảo tàng …", which are bodies)
# A steering board named by its remit and its level as a whole heading ("1. Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo
# xã" over its tasks, t33-10; "Ban Chỉ đạo xây dựng nông thôn mới xã"): the remit's verb is the board's name, no task
# (folded, fullmatched on the heading; "Ban Chỉ đạo kiểm tra các xã", "… tổ chức hội nghị tại xã": a task's object)
STEERING_BOARD_NAME = re.compile(r"ban chi dao\s+(?!.*(?<![a-z])(?:cac|tai|cho|voi|den|tren|o)(?![a-z]))[a-z ,-]{3,90}?"
                                 rf"\s{ADMIN_LEVEL_RE}")
# a list of bodies whose last part names the bodies of several levels of local government, each level after a comma
# ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các huyện, thị xã, thành phố",
# "Công an các xã, phường, thị trấn"): the level after the comma continues the part before it, no body of its own (folded)
_LEVEL = ADMIN_LEVEL_RE
LEVEL_LIST_END = re.compile(rf"(?<![a-z])(?<!co )(?<!tac ){_LEVEL}$")  # not "cơ quan", "hợp tác xã"
LEVEL_LIST_CONTINUED = re.compile(rf"(?:va\s+|hoac\s+)?{_LEVEL}(?![a-z])")
# the Government's own kinds of bodies (Luật Tổ chức Chính phủ) after a comma, continuing the head that governs them:
# "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và …" (folded; "cơ quan" alone is generic, and
# a list of the bodies themselves, "các bộ, cơ quan ngang bộ, …", gains nothing: a plan's closing paragraph under its
# heads' item stays theirs)
GOVERNMENT_BODY_KINDS = re.compile(r"co quan (?:ngang bo|thuoc chinh phu)(?![a-z])")
GOVERNMENT_HEAD = re.compile(r"(?:bo truong|thu truong)(?![a-z])")
TASK_TOPIC_WHO = re.compile(r"(?:Bảo|BẢO)\s+(?:quản|dưỡng|đảm|trì|vệ|tồn|QUẢN|DƯỠNG|ĐẢM|TRÌ|VỆ|TỒN)")
#: (obl47t) one-word heads of a body's name as they are spelled (the folded head → its spellings, lower case, NFC):
#: folded, an act reads as a body's head — "bảo tồn" as "Báo …" (a newspaper), "trùng tu" as "Trung …", "bàn giao" as
#: "Ban …", "phỏng vấn" as "Phòng …", "hỏi đáp" as "Hội …", "cục bộ" as "Cục …" — and a clause of two acts ("…; bảo
#: tồn, phát huy giá trị di tích đình làng …", t46-06) was read as a body and its task. A short subject whose head is
#: spelled otherwise names no body (:func:`vanban.extract.subjects.thing_subject`); TASK_TOPIC_WHO above is its
#: capitalised "Bảo …" case. A spelling of two words names a body or a role whose head is its first ("Bảo hiểm xã hội
#: tỉnh", "Bảo tàng tỉnh", "Phóng viên Đài …": tests/test_obligations_reports.py); a village ("bản") and a family name
#: ("Tô Văn …") are spelled so too. No "viện"/"vụ": "Viên chức thư viện" (tune39) is a role, "Vũ" a family name
HEAD_SPELLINGS = {"bao": ("báo", "bảo hiểm", "bảo tàng"), "trung": ("trung",), "ban": ("ban", "bản"),
                  "phong": ("phòng", "phóng viên"), "hoi": ("hội",), "cuc": ("cục",), "to": ("tổ", "tô"), "doan": ("đoàn",)}
WEAK_HEADS = ("cac", "nhung", "moi", "phu nu")
#: (t53dl) a subject that is only an address word or the name of a meeting's step (folded, fullmatched on the who): no
#: body. "Bước 4. Kết luận: đồng chí chủ trì tóm tắt ý kiến …", "Bước 5. Bế mạc: thông qua biên bản …" (a Hướng dẫn's
#: steps of a chi bộ's session, t53-10's labels: no obligation; "Bế" reads as an OCR'd "Bộ" in the folded view); a
#: comrade charged is named by name or office ("Đồng chí Bí thư Đảng ủy phường"), as every labelled one is
#: (ob55: legacy OCR's restoration spells that step "Bỏ mặc", t53-10's legacy form: the same step, no body)
NO_BODY_WHO = re.compile(r"(?:cac\s+)?dong\s+chi|b[eo]\s+mac|khai\s+mac")
# an intro whose subject must carry out the items after it (original text): "…, <body> cần (tập trung)
# thực hiện (tốt) (một số|các) nhiệm vụ (, giải pháp) (sau|sau đây|như sau|cụ thể sau):"
DUTY_INTRO = re.compile(r"(?P<who>[^,;:()]{2,60}?(?:,\s*[^,;:()]{2,40}?){0,6}?)\s+(?:cần|phải|có trách nhiệm|có nhiệm vụ)\s")
DUTY_INTRO_END = re.compile(r"(?:sau|sau đây|như sau|cụ thể)\s*:?\s*$|(?:có|chịu) trách nhiệm\s*:\s*$")
# a province or city as the actor ("thành phố Đà Nẵng", "tỉnh Ninh Bình"), folded
PLACE_BODY = re.compile(r"(?:thanh pho|tinh|xa|phuong)\s+[a-z]")
AUTHORITY = re.compile(r"cap co tham quyen(?: [a-z ]{0,30})?$")
# "… có trách nhiệm:" closing an intro, its duties on the lines below; not "có trách nhiệm với …" (a quality:
# "hướng tới nền thương mại điện tử thân thiện môi trường, có trách nhiệm với xã hội", 144/KH-UBND's III.3.1 k), a task
# that had become a "body" and its tail)
RESPONSIBLE = re.compile(r"\s(?:có|chịu) trách nhiệm(?:\s(?!với\s)|\s*:)")
# a singular generic body before "có trách nhiệm" (folded): "Cơ quan quản lý cấp trên có trách nhiệm rà soát …",
# "Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công có trách nhiệm cập nhật …" (82/2025/QĐ-UBND)
# (not a role a condition defines: "Cơ quan phát hiện vấn đề phát sinh có trách nhiệm …", 26-2025-QD-UBND)
# ("Cơ quan, đơn vị thực hiện nội dung chi theo Phụ lục III có trách nhiệm rà soát …", 78/2025/NQ-HĐND Điều 7)
# "…, tổ chức quản lý trực tiếp có trách nhiệm gửi văn bản đề nghị …" (79/2025/QĐ-UBND Bắc Ninh, Quy chế Điều 7.2): the
# organisation or unit that directly manages, a role a Quy chế charges
RESPONSIBLE_HEAD = re.compile(r"co quan(?:, to[ _]chuc|, don vi|\s+(?:quan ly|cap tren|chu quan|chuyen mon|thuong truc|dau moi|xu ly))\b"
                              r"|(?:to[ _]chuc|don vi)\s+(?:quan ly truc tiep|cap tren truc tiep|chu quan)\b"
                              # the Party's organisations (patterns.PARTY_ORG_NOUN): "Tổ chức đảng, đảng viên được kiểm tra"
                              r"|to[ _]chuc (?:co so )?dang(?! vien| bo| uy)\b")
# the party a check is made on, named by the participle after it (original text): "Tổ chức đảng, đảng viên | được kiểm
# tra" (a17-08's heading over that party's duties), "Đơn vị được giám sát", "Cơ quan bị thanh tra": part of the name,
# not the body's act
CHECKED_PARTY = re.compile(r"\s+(?:được|bị)\s+(?:kiểm tra|giám sát|thanh tra|kiểm toán|khảo sát)(?:,\s*(?:kiểm tra|giám sát))?$")
# … and a lower-case "thông báo" before the task's next verb: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh | thông báo, kêu gọi
# các tàu thuyền …" (a Công điện on a storm): a body's name never closes with it (the type word "Thông báo" is capitalised)
# (original or folded; one list: the notice alone, where a body's name before it is split off; with "tổ chức" where the
# subject splitter and the obligation reader cut a name that closes with an act — "…, tổ chức" may be a list's noun)
_TRAILING_NOTICE_WORDS = ("thông báo", "thong bao")
_TRAILING_ORGANISE_WORDS = ("tổ chức", "to chuc")
TRAILING_NOTICE = re.compile(rf"\s(?:{'|'.join(_TRAILING_NOTICE_WORDS)})$")
TRAILING_VERB = re.compile(rf"\s(?:{'|'.join(_TRAILING_ORGANISE_WORDS + _TRAILING_NOTICE_WORDS)})$")
# a courtesy or a modal word that ends a body's name and opens its act (folded): "Ủy ban nhân dân xã Bát Tràng |
# trân trọng báo cáo./.", "Ủy ban nhân dân xã | sẽ hoàn thành rà soát …", "Ủy ban nhân dân xã | kính trình Hội
# đồng nhân dân xã xem xét …", "Sở Tài chính | xin gửi kèm …", "Bộ … | kính đề nghị …" (a newcomer's letters and
# Tờ trình, session 15): no name holds them
COURTESY_OPENING = re.compile(r"\s(?:tran trong|kinh (?:trinh|de nghi|gui|moi|bao cao)|se|xin)(?=\s|$)")
# the issuer's own act performed by the document itself (folded), no task: "… trân trọng báo cáo./.", "… báo cáo
# như sau:", "… kính trình Hội đồng nhân dân xã xem xét, phê duyệt …" (the Tờ trình submits; the council decides)
ISSUER_ACT = re.compile(r"^(?:(?:tran trong|kinh|xin) )*(?:bao cao(?: nhu sau)?[\s:./]*$|trinh\s|de nghi[\s:./]*$)"
                        r"|^(?:(?:tran trong|xin) )?kinh trinh\s"
                        # the letter's last courtesy asking the addressees to see to it, no task of its own: "Cục Quản lý
                        # đất đai | trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm,
                        # chỉ đạo thực hiện./." (t21-07's label: no obligation)
                        r"|^(?:(?:tran trong|kinh|xin) )+de nghi\s[^.;:]{0,160}?\squan tam[,\s]+(?:(?:va|chi dao|phoi hop|tao dieu kien"
                        r"|trien khai|to chuc)[,\s]+)*thuc hien[\s./]*$")
WHO_TAIL = re.compile(r"\s+(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|co nhiem vu|co trach nhiem)$")
# the unit labels of a task, one grammar (folded): [a body noun] a role ":" — the lead's role opens its unit's label
# ("Đơn vị chủ trì:", "Cơ quan thực hiện:", bare "Chủ trì:"); the partners' ("đơn vị phối hợp:", "Phối hợp:") and the
# time's ("Thời gian hoàn thành:", "thời hạn:") labels close the lead unit's value inside its line
_LABEL_NOUN = r"[dđ]on vi|co quan"  # "Đơn vị", "Cơ quan" before the role
_LEAD_ROLE = r"chu tri|thuc hien"  # after a body noun; "chu tri" alone with its colon
_BARE_LEAD_ROLE = r"chu tri"
_PARTNER_ROLE = r"phoi hop"
_TIME_ROLE = r"thoi (?:gian|han)"
# the label may wrap ("Đơn vị chủ trì tham mưu thực⏎hiện: Sở Tư pháp"), never over a blank line
# "- Cơ quan chủ trì: Bộ Công an." / "+ Cơ quan thực hiện: …" as bullets of a plan's task (2623-QD-TTg); the
# reader leaves out the items that describe an administrative procedure (its other fields beside it)
# … or as the closing sentence of the task's own paragraph: "Rà soát … trước ngày 30/6/2027. Đơn vị chủ trì: Sở Tư
# pháp." (a Quyết định's attached Kế hoạch, its "Nhiệm vụ trọng tâm" items: each task names its unit after a stop)
# (also opening a parenthesis, "(Đơn vị chủ trì: Sở Tư pháp)", and bare "Chủ trì: Sở Nội vụ. Phối hợp: …")
UNIT_LINE = re.compile(rf"(?m)(?:^[ \t*]*(?:[-+•][ \t]*(?={_LABEL_NOUN}|{_BARE_LEAD_ROLE}))?|(?<=[.;])[ \t]+|(?<=\())"
                       rf"(?:(?:{_LABEL_NOUN})\s+(?:{_LEAD_ROLE})|{_BARE_LEAD_ROLE}(?=\s*:))(?:[^:\n]|\n(?!\s*\n)){{0,30}}:[ \t*]*")
# where a unit's value ends inside its line: the partner's or the time's label after a stop ("Đơn vị chủ trì: Sở Nội vụ;
# đơn vị phối hợp: UBND các xã", "Chủ trì: Sở Y tế. Phối hợp: …"), or the parenthesis it was opened in
_NEXT_LABEL = rf"[.;,][ \t]*(?:(?:{_LABEL_NOUN})[ \t]+)?"  # a stop, then a label's optional body noun
UNIT_VALUE_END = re.compile(rf"\)|{_NEXT_LABEL}(?:{_PARTNER_ROLE}|{_TIME_ROLE})[^:\n]{{0,30}}:")
# the partners' label after the lead unit's, inside its paragraph ("Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: UBND các
# xã, phường.", "Chủ trì: Sở Y tế. Phối hợp: Sở Tài chính."): its value to the clause's end or the closing parenthesis
PARTNERS_LABEL = re.compile(rf"{_NEXT_LABEL}{_PARTNER_ROLE}[ \t]*:[ \t*]*(?P<who>[^;:\n()]+?)[ \t]*(?=[.;)]|\n|$)")
# the partners' label on a line of its own under the lead unit's ("Đơn vị chủ trì thực hiện: Các Sở, ngành …" /
# "Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp." / "Thời gian thực hiện: Thường xuyên.", "Đơn vị phối hợp thực hiện: …",
# bare "- Phối hợp: …"): its value to the blank line or the next label line
PARTNER_LINE = re.compile(rf"(?m)^[ \t*]*(?:[-+•][ \t]*)?(?:(?:{_LABEL_NOUN})\s+)?{_PARTNER_ROLE}"
                          rf"(?:[^:\n]|\n(?!\s*\n)){{0,30}}:[ \t*]*")
# a label line of the grammar above, whatever its role: a body noun's or the time's label ("Thời ⏎gian hoàn thành:" as a
# text layer or OCR wraps it), bulleted or not
_META_LABEL = rf"[ \t*]*(?:[-+•][ \t]*)?(?:{_LABEL_NOUN}|thoi[ \t]*\n?[ \t]*(?:gian|han))\s(?:[^:\n]|\n(?!\s*\n)){{0,40}}:"
# the next label line inside a "Đơn vị chủ trì: X" value ("… UBND cấp xã.⏎Đơn vị phối hợp: …")
NEXT_META_LINE = re.compile(rf"\n{_META_LABEL}")
# a tier label before a bullet's body (folded, the text before the colon): "- Cấp xã: Chủ tịch UBND các xã, phường hoàn
# thành việc xét …" / "- Cấp tỉnh: Các sở, ban, ngành … gửi hồ sơ …" (a Sở Nội vụ's Hướng dẫn on thi đua, its dates
# for each tier), "Đối với cấp huyện:": the level the bullet speaks of, not a name list ("các xã: A, B")
TIER_LABEL = re.compile(r"[ \t*]*(?:[-+•][ \t]*)?(?:(?:doi voi|o|tai)\s+)?cap\s+(?:xa|phuong|tinh|huyen|thon|co so|trung uong|tw|thanh pho)"
                        r"(?:\s*(?:,|va)\s*(?:xa|phuong|tinh|huyen|thon|co so|trung uong|thanh pho))*[ \t*]*$")
# "Thời ⏎gian hoàn thành:" as a text layer or OCR wraps it counts too
META_LINE = re.compile(_META_LABEL)
# a step's or group's own time line among its bullets: "- Thời gian: hoàn thành trước ngày 20/12/2026.", "- Thời hạn:
# trong tháng 12/2026" after "- Chi bộ tổ chức hội nghị kiểm điểm …" (a Ban Tổ chức's Hướng dẫn, its "Bước 2"): the
# time of the tasks above it in that list, not a task (obligations.Reader.parts)
GROUP_TIME_LINE = re.compile(r"[ \t*]*(?:[-+•][ \t]*)?thoi[ \t]+(?:gian|han)(?:[ \t]+(?:hoan thanh|thuc hien))?[ \t*]*:")
# ("đánh giá" heads an assessment, "Đánh giá kết quả …", "Đánh giá chung"; not the first of acts: P.ASSESS_AS_ACT)
#: a part titled by the general requirements the work keeps (folded heading): "I. YÊU CẦU CHUNG", "1. Yêu cầu chung"
GENERAL_REQUIREMENTS = re.compile(r"(?:[ivx]{1,4}|\d{1,2})?[.)]?\s*(?:nhung\s+)?yeu cau chung$")
#: a part that states whom the plan applies to and at what rate (folded heading): "2. Đối tượng, mức đóng", "Đối tượng
#: áp dụng", "Phạm vi, đối tượng" — skipped as a whole (:data:`SKIP_HEAD`) save for a dated task a named body is given in it
SCOPE_HEAD = re.compile(r"(?:[ivx]{1,4}|\d{1,2}|[a-z])?[.)]?\s*(?:pham vi,?\s*(?:va\s+)?)?doi tuong(?:\s*(?:,|va)\s*(?:muc|pham vi)[a-z ]*|\s+ap dung)?$")
#: the personnel part of a congress plan (folded heading): "III. CÔNG TÁC NHÂN SỰ", "III. CÔNG TÁC NHÂN SỰ CHI ỦY", "4.
#: Công tác nhân sự" — the size, make-up, age and standards of the committee to be elected ("Chi ủy chi bộ thôn có đại
#: diện Trưởng thôn …", "Đối với chi bộ trường học, trạm y tế: người tham gia chi ủy phải còn đủ tuổi công tác …"):
#: rules on who may be elected, no body's task; a named body's dated task in it is one ("Tiểu ban Nhân sự … hoàn thành
#: đề án nhân sự, báo cáo Ban Thường vụ Đảng ủy xã trước ngày …"). Five plans label it so: a48-06, t48-06 (nothing from
#: the part), a30-06, t30-06, t40-01 (only the dated task of the Tiểu ban Nhân sự / Ban Thường vụ); skipped as a whole
#: (:data:`SKIP_HEAD`) save for such a task, read at any depth (``obligations._Reader.part``)
PERSONNEL_HEAD = re.compile(r"(?:c[o06]ng t[a4]c )?nh[a4]n s[uw](?: (?:ch[il1] [uw]y|c[a4]p [uw]y|ban ch[a4]p h[a4]nh"
                            r"|[dđ][a4]i h[o06]i))?$")
#: (obl50t) a part that lists who attends an event or a meeting (folded heading, the whole of it): "3.2. Thành phần" /
#: "- Đại biểu cấp tỉnh: Đại diện lãnh đạo Tỉnh ủy, …", "- Đại biểu của xã: Các đồng chí nguyên lãnh đạo xã …; Ban Chấp
#: hành Đảng bộ xã; …" of an anniversary plan (t49-06), "III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU" (t31-07), "Thành phần tham
#: dự", "Thành phần mời", "Đại biểu": the guests invited, no body charged (t49-06, t31-07, t37-05 label none there) —
#: skipped as a whole at any depth (an event's sub-part "3.2." sits deeper than SKIP_HEAD's parts) save for a dated
#: task a named body is given in it, as SCOPE_HEAD's part is ("UBND xã giao Phòng Văn hóa - Xã hội tham mưu … trước
#: ngày 20/02/2035" under a Ban Tổ chức's "1. Thành phần", t45-02). A roster's "Thành phần Ban Tổ chức", "Thành phần
#: hồ sơ" name more and are not this
PARTICIPANTS_HEAD = re.compile(r"(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-z])?[.)]?\s*(?:"
                               r"thanh phan(?:,?\s*(?:va\s+)?so luong)?(?:\s+(?:tham (?:du|gia)|moi|khach moi|dai bieu"
                               r"(?:\s+(?:tham )?du)?|du (?:le|hop|hoi nghi)))?"
                               r"|(?:so luong\s+)?dai bieu(?:\s+(?:tham )?du|\s+moi)?|khach moi)$")
SKIP_HEAD = re.compile(PERSONNEL_HEAD.pattern + r"|m[uw]c [dpb]ich|m[uw]c ti[e¢]u|y[e¢]u c[a4]u$|k[e¢]t qu[a4]"
                       r"|[dpb][a4]nh gi[a4]" + P.ASSESS_AS_ACT + r"|t[il1]nh h[il1]nh"
                        r"|quan [dpb]i[e¢]m|ch[il1] ti[e¢]u|ph[a4]m vi|[dpb][o06]i t[uw][o06]?ng|gi[a4]i th[il1]ch"
                        # "Điều 3. Phân cấp thẩm quyền ban hành tiêu chuẩn …⏎a) Các sở, ban, ngành ban hành …",
                        # "Thẩm quyền quyết định …": powers granted, not tasks (032-2025-QD-UBND, read before vanban)
                        r"|ph[a4]n c[a4]p th[a4]m quy[e¢]n|th[a4]m quy[e¢]n\s"
                        # "Điều 6. Đơn vị chủ trì quản lý tài sản quy định tại Điều 5" (123/2025/QĐ-CTUBND): which unit
                        # holds which assets, a designation of the phân cấp, not a task
                        r"|(?:[dđ][o06]n v[il1]|c[o06] quan) ch[uw] tr[il1] qu[a4]n l[yi1]\s"
                        # "Điều 2. Nguyên tắc làm việc" / "1. Sở làm việc theo chế độ thủ trưởng, bảo đảm nguyên tắc tập
                        # trung dân chủ; …" (a Quy chế làm việc, tune20), "Điều 2. Nguyên tắc phối hợp": the principles the
                        # rules follow, no body's task (no tuning label counts one under such a title)
                        r"|ngu[yi][e¢]n t[a4][c¢e](?: (?:l[a4]m vi[e¢]c|ph[o06]i h[o06]p|chung|ho[a4]t [dđ][o06]ng))?$"
                        # "Điều 3. Phương thức phối hợp" / "… trường hợp phức tạp … thì cơ quan được hỏi ý kiến phải thông
                        # báo lý do …" (a Quy chế phối hợp, a22-09): the ways bodies consult each other, set for any
                        # body asked, no body's task (a22-09's label lists none there; its Chương II names the duties)
                        r"|(?:ph[uw][o06]ng th[uw]c|h[il1]nh th[uw]c) ph[o06]i h[o06]p$"
                        # "II. THÀNH PHẦN, LỰC LƯỢNG THAM GIA" of a drill's or an event's plan: "2. Lực lượng thực binh" /
                        # "- Dân quân: 96 đồng chí", "3. Lực lượng phối hợp: Đồn Biên phòng … 01 tổ công tác" — who takes
                        # part and how many, no body's task (the tasks are given under the plan's "Tổ chức thực hiện");
                        # "3. Lực lượng, phương tiện tham gia" / "- Dân quân: 126 người …", "- Phương tiện: 04 xe ô tô …"
                        # (a32-05) the forces with their means
                        r"|(?:th[a4]nh ph[a4]n,?\s+)?(?:l[uw]c l[uw][o06]ng(?:\s*(?:,|v[a4])\s*ph[uw][o06]ng ti[e¢]n)?\s+)?tham gia$"
                        # "3. Hình thức" of a plan: how the review or the event is held ("Các chi bộ trực thuộc sơ kết
                        # lồng ghép trong sinh hoạt chi bộ thường kỳ; …"), the same work its timetable and "Tổ chức thực
                        # hiện" assign (t32-02's labels: not counted again); a "Hình thức tổ chức" over dated points
                        # ("2.2. Học tập tại các chi bộ …: a) Các chi bộ … hoàn thành trong tháng 3/2027", t24-02) assigns
                        r"|h[il1]nh th[uw]c$"
                        # … and the form with the plan's chỉ tiêu under one heading ("II. HÌNH THỨC, CHỈ TIÊU" / "- …; Bí thư
                        # Đảng ủy, Chủ tịch UBND xã chủ trì ít nhất 05 hội nghị …; mỗi Bí thư chi bộ tổ chức ít nhất 01
                        # buổi …", "III. HÌNH THỨC VÀ CHỈ TIÊU TUYÊN TRUYỀN"): how it is held and the figures to reach,
                        # as under a heading of either alone — targets, the tasks are set in the assignment part; a
                        # topic may follow ("… TUYÊN TRUYỀN"), another part joined by "và" or "," may not: "HÌNH THỨC,
                        # CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN" assigns
                        r"|h[il1]nh th[uw]c(?:\s*,\s*|\s+v[a4]\s+)ch[il1] ti[e¢]u(?:\s+(?!v[a4]\s)[^\s,;]+){0,3}\s*$")
# a day of an event's programme or a drill's scenario opening an item (folded, at its line's start): "- Ngày thứ nhất:
# Đảng ủy họp ra nghị quyết …; UBND xã triển khai các biện pháp …; Ban Chỉ huy Quân sự xã, Công an xã xử lý tình huống"
# under "3. Giai đoạn thực hành diễn tập": what each body plays on that day, a programme, not an assignment
PROGRAMME_DAY = re.compile(r"[ \t*]*(?:[-+•][ \t]*)?ngay thu (?:nhat|hai|ba|tu|nam|sau|bay|\d{1,2})[ \t*]*:")
# a subject that is no body but a time limit, a form's field or a figure (original text): "Bảy (07) ngày làm việc đối
# với các ý kiến | phối hợp liên ngành" (80/2025/QĐ-UBND Bắc Ninh), "Số | Số: /BC-" (a report form's number line)
NOT_A_BODY_WHO = re.compile(r"^(?:\S+\s*\(\d{1,3}\)|\d{1,3})\s+(?:ngày|giờ|tháng|năm)\b|^Số$"
                            # a cited document's number cut from its type by a line break: "Điều 21 Nghị định⏎⏎SỐ 62/2025/
                            # NĐ-CP ngày 04/3/2025 của Chính phủ; có trách nhiệm …" (27/2025/QĐ-UBND, legacy OCR)
                            r"|^Số\s*:?\s*\d+[/.-]"
                            # a visit's destination swallowed after the partners a clause names ("phân công cán bộ Hội
                            # phối hợp với tổ trưởng, trưởng ấp | đến từng hộ vận động trả nợ", a Hội LHPN xã's plan,
                            # a35-09): no body's name holds "đến từng / đến tận" (a team's visit is TEAM_VISIT_RE's)
                            r"|^.*?\s(?:đến|tới)\s+(?:từng|tận)\s", re.IGNORECASE)
# (a verb with its object that folds like "Ban" (a board), "Bán hồ sơ", "Bàn giao", is a thing row of duty_words.tsv,
# which duty_subject.thing_opening refuses: "Bản Nà Ca", a village, and "Bạn" stay bodies)
# beneficiaries, not bodies charged (folded task): "Doanh nghiệp, tổ chức khoa học và công nghệ đáp ứng điều kiện hỗ trợ
# …, có trụ sở tại khu công nghệ cao … được hỗ trợ, ưu đãi sau:" (73/2025/NQ-HĐND) — what they receive follows
# a case of a sanction or reward rule: a unit qualified by its result before the one who answers for it ("b) Đơn vị đạt
# dưới 80% chỉ tiêu được giao, Chủ tịch UBND xã phải kiểm điểm trách nhiệm …" under "Khen thưởng và xử lý trách nhiệm",
# a Quyết định giao chỉ tiêu): a rule's consequence, no assignment (folded who)
RESULT_CASE_WHO = re.compile(r"^(?:cac |nhung )?(?:don vi|dia phuong|xa|tap the|ca nhan|co quan|tinh)\s+"
                             r"(?:dat|khong dat|hoan thanh|khong hoan thanh|vuot|chua dat|chua hoan thanh)\s"
                             r"[^,.;\n]*(?:\d|chi tieu|ke hoach)[^,.;\n]*,")
# a size band of a body's members, the case of a rule: "- Chi bộ có từ 09 đến dưới 30 đảng viên chính thức: bầu 03 chi
# ủy viên …", "Chi bộ dưới 9 đảng viên chính thức: bầu bí thư …", "Chi bộ có trên 30 đảng viên chính thức: bầu chi ủy
# không quá 05 đồng chí" (the "Số lượng cấp ủy" of a Party cell congress plan, a35-01 and t35-01 alike: how many to
# elect, no body charged); a unit named by its result ("… các thôn đạt dưới 50%", a16-02) is no size band (folded who)
MEMBER_BAND_WHO = re.compile(r"^(?:cac |moi )?[a-z]+(?: [a-z]+)?\s+(?:co\s+)?(?:tu\s+\d+\s+(?:den\s+(?:duoi\s+)?\d+\s+)?"
                             r"|duoi\s+\d+\s+|tren\s+\d+\s+)(?:dang|hoi|doan|to|thanh)\s+vien(?:\s+chinh\s+thuc)?"
                             r"(?:\s+tro\s+len)?\s*$")
# a duty roster's line: the days a leader is on duty and nothing else ("- Chủ tịch UBND xã - Trưởng ban: trực chỉ huy thứ
# Hai, thứ Năm;" under "Ban Chỉ huy … tổ chức trực ban 24/24 giờ …, cụ thể:", a xã's plan for the flood season): a person's
# turn on the body's duty, which the body's own sentence charges — no obligation of its own (folded)
_WEEKDAY = P.WEEKDAY_WORDS
ROSTER_SHIFT = re.compile(rf"^truc(?: chi huy| ban| lanh dao)?(?: vao)?(?: cac)?(?: ngay)? {_WEEKDAY}"
                          rf"(?:\s*(?:,|va)\s*{_WEEKDAY})*(?: hang tuan)?[\s.;,]*$")
# a post's title opening a seat of a board's composition (folded): "2. Phó Trưởng ban thường trực: | Phó Chủ tịch UBND
# xã phụ trách văn hóa - xã hội.", "4. Các thành viên: | Trưởng phòng Kinh tế; Chánh Văn phòng HĐND và UBND xã; …"
# (a26-09's Quyết định thành lập Ban Chỉ đạo): who sits, not what he must do; a seat also goes to a civil servant or a
# body's delegate: "- Các thành viên: Trưởng Phòng Kinh tế xã; Phó Trưởng Công an xã; công chức Tài chính - Kế toán …;
# đại diện Ủy ban MTTQ Việt Nam xã." (a tax team's members in a commune's revenue plan, a34-03)
POST_TITLE = re.compile(r"^(?:pho\s+)?(?:chu tich|truong ban|truong phong|truong|giam doc|chanh van phong|chanh thanh tra"
                        r"|bi thu|uy vien|thu truong|tong bien tap|chi huy truong|cong chuc|dai dien)\b")
#: a seat taken in a team's composition, closing the subject (folded): "…, gồm: Phó Chủ tịch UBND xã phụ trách kinh tế
#: | làm Trưởng ban; Trưởng Công an xã làm Phó Trưởng ban; …" — who sits where (a team's members listed after "gồm"),
#: no task of the post; "làm đầu mối", "làm nòng cốt" are a part in the work, no seat
SEAT_WHO = re.compile(r"\slam\s+(?:pho\s+)?(?:truong|to truong|doi truong|chu tich|thu ky|uy vien|thanh vien|chi huy truong)"
                      r"(?:\s+(?:ban|doan|to|doi|nhom|hoi dong|thuong truc|thuong vu))*\s*$")
#: (t51do) how a body works, closing the subject (folded): "Các thành viên Ban Chỉ đạo | làm việc theo chế độ kiêm
#: nhiệm, thực hiện nhiệm vụ do Trưởng ban phân công" (t51-05), "các thành viên làm việc theo chế độ kiêm nhiệm, …"
#: (a26-09), "Quỹ … hoạt động theo chế độ kiêm nhiệm" (308/2025/NĐ-CP): a working-mode rule of a board's make-up, no
#: duty — the sets label none (t51-05, a26-09, a47-07's "1. Tổ công tác làm việc theo chế độ kiêm nhiệm, …")
WORKING_MODE_WHO = re.compile(r"\s(?:lam viec|hoat dong)\s+theo\s+(?:che do|nguyen tac)(?:\s+[a-z]+){0,4}\s*$")
BENEFIT_INTRO = re.compile(r"\bduoc (?:huong|ho tro|uu dai|mien|giam|cap)\b[^.;:]{0,60}?(?:sau|nhu sau|sau day)\s*:?\s*$")
# the heading of a part that grants powers or describes a body's functions (folded, at its start), whose items say
# who may decide or do what — statements of competence, not tasks (realdocs/labeled/README.md, "Further
# conventions"): "Điều 2. Nội dung phân cấp⏎1. Sở Tài chính⏎a) Giao tài sản …" (36/2025/QĐ-CTUBND), "Chương II⏎PHÂN
# CẤP MỘT SỐ NỘI DUNG THUỘC LĨNH VỰC XÂY DỰNG …⏎Điều 4. Cấp phép xây dựng⏎1. Ban Quản lý … cấp giấy phép …"
# (74/2025/QĐ-UBND Hà Nội), a Sở's "Điều 1. Vị trí và chức năng", "Điều 2. Nhiệm vụ và quyền hạn", "Điều 3. Cơ cấu
# tổ chức" (2979/QĐ-UBND). Not "Nhiệm vụ, quyền hạn của X" (a duty title), nor "Ủy quyền cho …" (385/NQ-CP's
# mandate to sign is a task)
# (letters OCR confuses as in SKIP_HEAD: a/4, o/0/6, e/¢, i/l/1, u/w)
COMPETENCE_HEAD = re.compile(r"^(?:n[o06][il1] [dđ]ung )?ph[a4]n c[a4]p\b(?! (?:tr[a4]ch nh[il1][e¢]m|nh[il1][e¢]m v[uw]))"
                             r"|^v[il1] tr[il1](?:,| v[a4]) ch[uw]c n[a4]ng|^ch[uw]c n[a4]ng(?:,| v[a4]) nh[il1][e¢]m v[uw]"
                             r"|^nh[il1][e¢]m v[uw](?:,| v[a4]) quy[e¢]n h[a4]n(?! c[uw][a4])|^c[o06] c[a4]u t[o06] ch[uw]c\b")
# the items a competence part may still hold that assign (folded heading): "Trách nhiệm …", "Tổ chức thực hiện", and
# an article that names the holder of its duties ("Nhiệm vụ, quyền hạn của Tổ trưởng", "Nhiệm vụ của Tổ phó thường trực
# và Tổ phó", "Nhiệm vụ của các thành viên" under a Quy chế's "Chương II. NHIỆM VỤ, QUYỀN HẠN", t47-07; the duty title
# DUTY_TITLE reads, which COMPETENCE_HEAD leaves out at its own level too)
DUTY_CHILD_HEAD = re.compile(r"^(?:trach nhiem|to chuc thuc hien)\b|^nhiem vu(?:,? (?:va )?quyen han)? cua \w")
# … and a part that opens by naming the holder of the duties it lists ("Trưởng ban có nhiệm vụ: chỉ đạo chung …", "1.
# Phó Trưởng ban thường trực có nhiệm vụ: …", "2. Lưu trữ hiện hành có nhiệm vụ:" 383-QD-TW) under a Quy chế's chapter
# of powers (folded, its label left on): a duty, as a "Nhiệm vụ của X" title is; "có nhiệm vụ, quyền hạn sau" states a
# competence and stays out
DUTY_STATED = re.compile(r"^\W*(?:(?:\d{1,2}|[a-z])[.)]\s*)?(?P<who>[a-z][^.;:()\n*]{1,100}?)\s+co (?:nhiem vu|trach nhiem)"
                         r"(?: (?:sau|nhu sau)(?: day)?)?\s*:")
# a criterion the procedure sets, a sentence of its own after a step's task (folded): "Tỷ lệ đảng viên được xếp loại
# "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số …" (a Ban Tổ chức's Hướng dẫn, the session-17 newcomer): a measure
# and its bound, no further task of the body before it (its target stays that body's)
CRITERION_SENTENCE = re.compile(r"^(?:ty le|ti le|so luong|muc|tong so)\s[^.;]{0,200}?\b(?:khong (?:vuot qua|qua|thap hon|"
                                r"duoi|it hon|cao hon)|toi da|toi thieu|it nhat|tu \d[\d.,]* ?% tro len|dat \d|tren \d|duoi \d)")
# a service's hours stated under a label, a sentence of its own after the office's task (folded): "Giờ làm việc: sáng
# từ 7 giờ 30 đến 11 giờ 30; chiều từ 13 giờ 30 đến 17 giờ" (a Thông báo on a one-stop office, the session-25
# newcomer), "Thời gian tiếp nhận hồ sơ: các ngày làm việc trong tuần", "Giờ tiếp công dân: …": when the office is
# open, no further task of the body before it ("Thời gian thực hiện: trước ngày 20/3" is the task's deadline, not this)
HOURS_SENTENCE = re.compile(r"^(?:gio (?:lam viec|mo cua|tiep nhan(?: ho so)?|tiep cong dan|hanh chinh)|"
                            r"thoi gian (?:lam viec|mo cua|tiep nhan(?: ho so)?|tiep cong dan|phuc vu)|"
                            r"ngay (?:lam viec|tiep nhan(?: ho so)?|tiep cong dan))\s*(?:trong tuan\s*)?:")
#: what follows a closing formula's "… nghiêm túc triển khai thực hiện;" (folded): the letter's "if there are difficulties,
#: report" clause ("trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo …", a19-06), or its warning of
#: sanctions ("trường hợp tiếp tục chậm trễ, Ủy ban nhân dân tỉnh sẽ xem xét, xử lý trách nhiệm người đứng đầu theo quy
#: định./.", a20-04's đôn đốc letter; "nếu không thực hiện … sẽ bị xử lý"): the document's last words, no task
#: (t22-01, t22-10, t22-06: the same clause without "nếu": "… nghiêm túc triển khai thực hiện. Quá trình thực hiện có
#: vướng mắc, phản ánh về Đảng ủy …", "…; trường hợp có khó khăn, vướng mắc, báo cáo về …"; and the notice's word on
#: itself after it: "; Thông báo này thay thế nội dung … tại Thông báo số …"). The pair "khó khăn, vướng mắc" is known
#: by its second word when legacy OCR's restoration garbled the first ("quá trình thực hiện cơ khỏe khan, vướng mắc báo
#: cáo Trưởng Công an phường …", a34-05's legacy form)
_AFTER_FORMULA = (r"(?:(?:(?:trong )?qua trinh [^.;]{0,40}?,?\s*)?(?:neu |truong hop )?co (?:phat sinh )?"
                  r"(?:kho khan|vuong mac|[a-z]{2,5} [a-z]{2,5},\s*vuong mac)[^;]{0,200}"
                  r"(?:;\s*(?:thong bao|ke hoach|van ban|cong van|chi thi|quyet dinh) nay\s[^;]{0,200})?"
                  r"|(?:truong hop|neu)\s+(?:tiep tuc\s+|van\s+|de\s+)?(?:cham tre|cham tien do|khong (?:thuc hien|hoan thanh|"
                  r"nghiem tuc)|vi pham|de xay ra)[^;]{0,160}?\b(?:xu ly|kiem diem|chiu trach nhiem)[^;]{0,120}"
                  # the warning in the other order, accountability first: "…, Chủ tịch Ủy ban nhân dân các xã, phường khẩn
                  # trương triển khai thực hiện; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra thiệt
                  # hại do chủ quan, lơ là./." (a Công văn hỏa tốc's last words, a23-04: a closing formula, the labels' note)
                  r"|(?:phai |hoan toan )?chiu trach nhiem truoc [^;]{0,100}?\b(?:neu|khi|trong truong hop)\s+(?:de\s+)?(?:xay ra|"
                  r"cham tre|cham tien do|khong (?:thuc hien|hoan thanh)|vi pham)[^;]{0,160}"
                  # the results counted in the yearly rating: "… yêu cầu các đơn vị, cá nhân có liên quan nghiêm túc thực
                  # hiện; kết quả thực hiện Kế hoạch là căn cứ đánh giá, xếp loại cán bộ, công chức năm 2032./." (a plan's
                  # last words: the formula with its stake, no task of its own)
                  r"|ket qua [^;]{0,80}?\bla (?:mot trong nhung )?(?:can cu|tieu chi|co so) (?:de )?"
                  r"(?:danh gia|xep loai|binh xet|xet thi dua|thi dua)[^;]{0,160})$")
# the manner words a letter's closing request ends on (folded): "nghiêm túc", "đầy đủ, đúng thời hạn", "kịp thời và có
# hiệu quả" — one or several, joined by commas or "và"
# (and the time kept, in the letter's words: "… quan tâm, triển khai thực hiện đảm bảo thời gian quy định./." — a Sở's
# last request to the communes it addressed, whose steps above are the tasks; tune41's labels: a formula)
_MANNER_WORD = (r"(?:nghiem tuc|tot|(?:co )?hieu qua|day du|kip thoi|dung (?:thoi han|tien do|quy dinh)"
                r"|(?:dam bao|bao dam) (?:dung )?(?:thoi gian|thoi han|tien do)(?: (?:quy dinh|de ra|yeu cau))?)")
_MANNER = rf"{_MANNER_WORD}(?:(?:,\s*|\s+va\s+|\s+){_MANNER_WORD})*"
# (with the urgency a letter closes on, as in the second alternative: "… đề nghị các cơ quan, đơn vị, địa phương | khẩn
# trương triển khai thực hiện./.", "… | chủ động tổ chức thực hiện./.")
CLOSING = re.compile(r"^(?:nghiem tuc |to chuc |trien khai |chu dong |khan truong )*(?:thuc hien|trien khai)(?: " + _MANNER
                     + r")?[\s./]*$|"
                     # (the manner after the verbs: "Trên đây là Kế hoạch …; yêu cầu các bộ phận, đơn vị liên quan |
                     # triển khai thực hiện nghiêm túc./.", t31-07's last words)
                     # the formula with the letter's "if there are difficulties, report" clause after it: "Ủy ban nhân
                     # dân tỉnh yêu cầu Thủ trưởng các sở, …, Chủ tịch Ủy ban nhân dân các xã, phường … | nghiêm túc
                     # triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo …./."
                     # (a19-06's last words: a closing formula, the labels' convention)
                     # ("Các cơ quan, đơn vị được giao nhiệm vụ | chủ động triển khai, trường hợp có khó khăn, …", t22-06)
                     # (its manner words after the verbs too: "Yêu cầu các cơ quan, đơn vị, thôn | triển khai thực hiện
                     # nghiêm túc; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo UBND xã …./.", t38-09)
                     # (t53dl) and the document named as the formula's object: "Ủy ban nhân dân phường đề nghị các đơn
                     # vị, tổ dân phố | nghiêm túc triển khai thực hiện Kế hoạch. Quá trình thực hiện nếu có vướng mắc,
                     # phản ánh về …" (t53-08's last words)
                     r"^(?:nghiem tuc |to chuc |trien khai |chu dong |khan truong )*(?:thuc hien|trien khai)(?: " + _MANNER
                     + r")?(?: (?:ke hoach|chi thi|quyet dinh|cong dien|van ban|thong bao|huong dan)(?: nay)?)?"
                     r"\s*[;,.]\s*" + _AFTER_FORMULA + r"|(?:thuc hien|trien khai) (?:nghiem tuc|nghiem|tot|co hieu qua)[^.;]{0,40}(?:ke hoach|chi thi|quyet dinh|"
                      r"cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet) nay|chiu trach nhiem thi hanh"
                      # "… có trách nhiệm thực hiện nghiêm túc Quy chế này." (165/2025/QĐ-UBND); "thực hiện tốt Quy chế
                      # này" under its own heading stays a task (26-2025-QD-UBND, review-oblig4)
                      # … "có trách nhiệm thực hiện nghiêm Quy định này; … kịp thời phản ánh về …" closing a Quy định's
                      # article on its entry into force (a18-02's label: no obligation)
                      r"|(?:thuc hien|trien khai) nghiem(?: tuc)? (?:quy che|quy dinh|thong tu) nay"
                      # "Bộ trưởng, Thủ trưởng …, Chủ tịch … | chịu trách nhiệm thực hiện Kế hoạch này." (2623-QD-TTg)
                      r"|^chiu trach nhiem (?:to chuc )?(?:thuc hien|trien khai)(?: thuc hien)? (?:ke hoach|chi thi|quyet dinh"
                      # "… Chủ tịch Ủy ban nhân dân xã, phường; các cơ quan, đơn vị và cá nhân có liên quan chịu trách
                      # nhiệm triển khai thực hiện Quy chế này." (2610/QĐ-UBND, Quy chế Điều 17 "Trách nhiệm thi hành")
                      r"|cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet|quy che|quy dinh|thong tu|nghi dinh) nay[\s./]*$"
                      # the same after its duty marker was taken off: the whole task is to carry out this document
                      r"|^(?:to chuc |trien khai )*thuc hien (?:quy che|quy dinh|thong tu|nghi dinh|quyet dinh) nay[\s./]*$"
                      # a directive's or plan's last request, its manner words taken into the bodies' list ("Yêu cầu Giám
                      # đốc các sở, …, Chủ tịch UBND các xã, phường | nghiêm túc thực hiện Chỉ thị này./."): carrying out
                      # the document is its whole task
                      # ("Ban Thường vụ … yêu cầu các chi bộ, cơ quan, đơn vị | nghiêm túc quán triệt, tổ chức thực hiện Kết
                      # luận này./.", a17-03: the members taught the document, then carrying it out, is the whole task)
                      # ("… đề nghị các cơ quan, đơn vị, tổ dân phố | quan tâm, phối hợp thực hiện tốt Kế hoạch này./.": the
                      # partners' share in carrying it out is the whole request, a formula too)
                      r"|^(?:(?:nghiem tuc|khan truong|to chuc|trien khai|quan tam|chi dao|thuc hien|quan triet|phoi hop)[\s,]+|va\s+)*"
                      r"(?:thuc hien|trien khai)(?:[\s,]+(?:nghiem tuc|tot|co hieu qua|hieu qua|day du|va))*"
                      r" (?:noi dung )?(?:ke hoach|chi thi|cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet|cong van) nay[\s./]*$"
                      r"|(?:ke hoach|chi thi|quyet dinh|thong bao) nay co hieu luc"
                      # a notice's last words sending its addressees back to the duties it assigned: "Các đồng chí Ủy viên
                      # Ban Chấp hành, các chi bộ trực thuộc, các cơ quan, đơn vị | căn cứ nhiệm vụ được phân công tổ chức
                      # thực hiện. Trong quá trình thực hiện, Ban Thường vụ … sẽ xem xét điều chỉnh …" (t21-05's label: no
                      # obligation; each duty is its own assignment above)
                      # (the duties "at this Kế hoạch and its Phụ lục", carried out "bảo đảm chất lượng, đúng tiến độ": "1. Thủ
                      # trưởng các cơ quan, đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tại Kế hoạch này và Phụ lục kèm theo,
                      # chủ động tổ chức thực hiện, bảo đảm chất lượng, đúng tiến độ.", a20-03's labels: no obligation)
                      # (… and with its manner and the document named after the verbs: "Các thành viên Hội đồng nghĩa vụ
                      # quân sự xã | căn cứ nhiệm vụ được phân công, triển khai thực hiện nghiêm túc Kế hoạch này./."
                      # closing a Kế hoạch tuyển quân, t47-05's labels; "… căn cứ nhiệm vụ được phân công triển khai thực
                      # hiện tốt Kế hoạch này." 179-KH-UBND; "… căn cứ chức năng, nhiệm vụ được giao, khẩn trương phối hợp
                      # triển khai thực hiện Kế hoạch này;" 0129-KH-UBND; its "./." read ",/." by a legacy OCR)
                      r"|^can cu (?:chuc nang,? )?nhiem vu duoc (?:giao|phan cong)(?: tai (?:ke hoach|chi thi|quyet dinh|van ban|"
                      r"thong bao|ket luan|huong dan|nghi quyet|chuong trinh) nay(?: va (?:cac )?phu luc(?: kem theo)?)?)?[\s,]+"
                      r"(?:(?:chu dong|nghiem tuc|to chuc|trien khai|khan truong|phoi hop)[\s,]+)*"
                      r"(?:thuc hien|trien khai)(?: " + _MANNER + r")?(?: (?:noi dung )?(?:ke hoach|chi thi|quyet dinh|van ban|"
                      r"thong bao|ket luan|huong dan|nghi quyet|chuong trinh|cong dien) nay)?"
                      r"(?:,\s*bao dam [^.;]{0,60})?(?:[\s.,/;]*$|\s*[.;]\s*trong qua trinh\s)"
                      # … or "on the basis of this Kế hoạch", the document itself the ground: "Các thành viên Ban Chỉ đạo,
                      # các đơn vị | căn cứ Kế hoạch này triển khai thực hiện có hiệu quả./." (a Ban Chỉ đạo's last words,
                      # a37-09's labels: a closing formula)
                      # (obl50t) … the document named without "này", and the letter's "if there are difficulties, report"
                      # clause after it: "Yêu cầu các cơ quan, đơn vị, thôn | căn cứ Kế hoạch nghiêm túc tổ chức thực hiện;
                      # quá trình thực hiện có vướng mắc báo cáo về Ủy ban nhân dân xã …./." (a drill plan's last words,
                      # t49-04's labels: a closing formula, as the README's "yêu cầu các cơ quan … tổ chức thực hiện
                      # nghiêm túc"; a dated report after the verbs is a task and keeps the line, a15-02)
                      r"|^can cu (?:ke hoach|chi thi|quyet dinh|van ban|thong bao|ket luan|huong dan|nghi quyet|chuong trinh)(?: nay)?"
                      r"[\s,]+(?:(?:chu dong|nghiem tuc|to chuc|trien khai|khan truong)\s+)*(?:thuc hien|trien khai)(?: " + _MANNER
                      + r")?(?:[\s./]*$|\s*[;,.]\s*" + _AFTER_FORMULA + r")"
                      # "… yêu cầu các cơ quan nghiêm túc thực hiện Chỉ thị này"; "Trên đây là Chỉ thị …"
                      r"|nghiem tuc (?:quan triet,? (?:va )?)?(?:thuc hien|trien khai|to chuc thuc hien)[^.;]{0,40}(?:ke hoach|chi thi|quyet dinh|"
                      r"cong dien|van ban|thong bao|ket luan|huong dan|nghi quyet) nay|^\W*tren day la\s"
                      # a letter's last request with the manner after its verbs: "Sở Y tế đề nghị Thủ trưởng các đơn vị,
                      # Chủ tịch UBND các xã, phường | quan tâm, phối hợp triển khai thực hiện nghiêm túc./." (t19-06)
                      # … or with several manner words: "… quan tâm, phối hợp thực hiện đầy đủ, đúng thời hạn./." (a Sở
                      # Nội vụ's letter asking reports, t25-09: the labels list the reports above, not this line)
                      r"|(?:^|\s)quan tam(?:,\s*|\s+)(?:phoi hop(?:,\s*|\s+))?(?:trien khai\s+)?thuc hien\s+" + _MANNER + r"[\s./]*$"
                      # a Chỉ thị's last words with no object: "Chỉ thị này được phổ biến đến chi bộ. Các cấp ủy, tổ chức
                      # đảng, cơ quan, đơn vị | tổ chức quán triệt, thực hiện nghiêm túc./." (tune20's Chỉ thị Thành ủy)
                      r"|^(?:to chuc |nghiem tuc )*(?:quan triet|pho bien)(?:,\s*|\s+va\s+|\s+)(?:to chuc )?(?:thuc hien|trien khai)"
                      r"(?:\s+(?:nghiem tuc|tot|co hieu qua))?[\s./]*$"
                      # … or that line alone, the document its subject: "Chỉ thị này được phổ biến đến chi bộ./." (a
                      # Chỉ thị of a Ban Thường vụ Tỉnh ủy, t27-08): how far the text is spread, no body's task
                      r"|^(?:chi thi|nghi quyet|ket luan|quy dinh|huong dan|thong bao|ke hoach|quyet dinh) nay (?:duoc )?"
                      r"(?:pho bien|quan triet|truyen dat) (?:den|toi)\s"
                      # "Các cơ quan, đơn vị, địa phương | căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ …"
                      # (3769-QD-UBND, read before vanban's output)
                      r"|^can cu (?:vao )?(?:noi dung )?(?:quyet dinh|ke hoach|chi thi|nghi quyet|cong dien|van ban)(?: nay)?,? de"
                      r" (?:to chuc )?(?:trien khai )?(?:thuc hien|trien khai)(?: thuc hien)? nghiem tuc"
                      # "Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định…" (the duty words stripped before the
                      # search): executing the act itself, whether "này" follows or a copy cut the line
                      r"|^thi hanh (?:luat|phap lenh|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi)\b"
                      # a letter's last line, no task named: "Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương quan tâm
                      # phối hợp thực hiện./." (t18-04); "… quan tâm, phối hợp triển khai./."
                      r"|(?:^|\s)quan tam(?:,\s*|\s+)(?:(?:phoi hop|chi dao)(?:,\s*|\s+))?(?:thuc hien|trien khai)[\s./]*$")
# a body's composition, not its task (folded): "Hội đồng tuyển chọn do Bộ trưởng … thành lập, gồm 05 (năm) thành viên:"
# over its members, "Các cơ quan, tổ chức tham gia hoạt động điều phối … gồm:" over a list of bodies
COMPOSITION_WHO = re.compile(r"\b(?:bao )?gom(?: co)?\s+(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac)?\s*(?:\([^()]{1,12}\)\s*)?"
                             # (a congress's delegates: "- Đại biểu chính thức: 125 đại biểu, gồm 13 đại biểu đương nhiên …")
                             # (a board's members by the bodies they stand for: "…; thành viên Ban Chỉ đạo gồm đại diện
                             # lãnh đạo Sở Nội vụ, Sở Tài chính, …" — 1026-KH-UBND's composition of its board)
                             r"(?:thanh vien|uy vien|nguoi|dong chi|dai bieu|dai dien)\b")
# ("… lộ trình thu gom;": "thu gom", to collect, folds like "gồm" and is a task's object)
COMPOSITION_WHAT = re.compile(r"(?<!\bthu )\b(?:bao )?gom(?: co)?[\s:.]*$")
# … but a decision that sets the team up, its members listed after it, is the task (folded, the task's opening): "Chủ
# tịch UBND phường | ban hành Quyết định kiện toàn Tổ kiểm tra trước ngày 31/12/2030, thành phần gồm:" (a ward's plan)
SETS_UP_TEAM = re.compile(r"(?:ban hanh|ky|trinh) quyet dinh (?:thanh lap|kien toan|cung co)\s")
# a negated verb inside the subject (folded): "Các đương sự không thỏa thuận lựa chọn | tổ chức thẩm định giá …" is
# a case in a list, its "tổ chức" a noun ("Cục Hàng không", "Phòng không - Không quân", "không gian" are names)
NEGATION_IN_WHO = re.compile(r"(?<!hang)(?<!phong)\skhong\s(?!gian\b|quan\b)")  # ("chưa" folds like "chữa bệnh")
# the closing request of a plan about problems met on the way (folded): "Trong quá trình thực hiện Kế hoạch này, nếu có
# khó khăn, vướng mắc, đề nghị các bộ, ngành và địa phương kịp thời phản ánh về Bộ Công an để tổng hợp, …" (2623-QD-TTg)
# (searched: a short wrapped heading may have taken "Trong quá trình thực hiện" away, leaving "Kế hoạch này, nếu …")
FEEDBACK_CLOSING = re.compile(r"(?:^\W*|,\s*)(?:trong qua trinh [^.;]{0,80}?,?\s*)?(?:neu|truong hop|khi)\s+(?:co\s+)?(?:phat sinh\s+)?"
                              r"(?:kho khan|vuong mac|van de)[^.;]{0,200}?\b(?:phan anh|bao cao|gui|lien he|trao doi|de xuat)\b")
# the short name a document gives a body once (original text): "Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi
# chung là UBND cấp xã)" (a16-10) is "UBND cấp xã", as the text goes on calling it
ALIAS = re.compile(r"\(\s*(?:sau đây|dưới đây)\s+(?:được\s+)?gọi\s+(?:chung\s+|tắt\s+)?là:?\s+([^()]{2,60}?)\s*\)", re.IGNORECASE)
# the issuers of a joint document (văn bản liên tịch) called by their count, no alias given (folded sentence): "- Hai cơ
# quan tổ chức tổng kết Kế hoạch liên tịch trong tháng 12/2027 …" in a Kế hoạch liên tịch of a Front committee and a
# provincial police (a20-06; "Hai bên", "Hai ngành", "Cả hai đơn vị" likewise): both signing bodies
JOINT_COUNT = re.compile(r"^(?:ca\s+)?(?:hai|ba)\s+(?:co quan|ben|nganh|don vi)(?![a-z])")
# an item titled by its topic (folded heading): "1. Về cập nhật cơ sở dữ liệu", "6. Về quản lý hồ sơ công chức"
TOPIC_ITEM = re.compile(r"^\W*ve\s+(?!viec\s)\S")
# the abbreviations of body names a text mixes with the full names (folded): "UBND các xã" is "Ủy ban nhân dân các xã"
NAME_ABBREVIATIONS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "ubmttq": "uy ban mat tran to quoc"}
# … its condition alone, cut from its request at ", đề nghị" (SENT_SPLIT): "Trong quá trình thực hiện, nếu có khó khăn,
# vướng mắc, | đề nghị UBND cấp xã phản ánh về Sở Nội vụ (…) để được hướng dẫn." (a16-10)
FEEDBACK_CONDITION = re.compile(r"^\W*(?:trong qua trinh [^.;]{0,80}?,?\s*)?(?:neu|truong hop|khi)\s+(?:co\s+)?(?:phat sinh\s+)?"
                                r"(?:kho khan|vuong mac|van de)[^.;:]{0,80}?,?\s*$")
# the Thông báo's closing: "Văn phòng Chính phủ (trân trọng) thông báo để các Bộ … biết, thực hiện./."
CLOSING_NOTICE = re.compile(r"^[^.;:]{0,80}\bthong bao (?:de|cho|toi)\s")
#: … and the Thông báo's last paragraph, the issuer's notice alone (folded): "Văn phòng Chính phủ xin trân trọng thông
#: báo./.", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.": the document's closing formula,
#: no task of the body the intro above the numbered tasks named (a newcomer's short Thông báo, session 40: its last
#: task ran on into "…; Văn phòng Chính phủ xin trân trọng thông báo")
NOTICE_CLOSING_PARAGRAPH = re.compile(r"^[^.;:]{0,80}?\s(?:(?:xin|tran\s+trong|kinh)\s+)*thong\s+bao"
                                      r"(?:[\s./]*$|\s+(?:de|cho|toi)\s[^.;:]{0,160}?\sbiet\b[^.;:]{0,60}?[\s./]*$)")
# … its courtesy opening the act once the body's name ends before it: "Văn phòng Chính phủ | xin thông báo để …" (the
# courtesy alone: restoration read "để" as "do" in the legacy form of 11414-VPCP-CN)
# an exhortation to pay attention, no act asked (folded task): "Đề nghị các đơn vị | quan tâm hơn đối tượng này trong
# đợt tổng kết" (what comes after it is an object, not a verb; "quan tâm, hướng dẫn, xem xét …" and "quan tâm chỉ đạo
# …" go on with the acts asked, see obligations._mere_attention)
# (only with "hơn" / "đến" / "tới" after it: "quan tâm hỗ trợ kinh phí …" asks the support, whatever verb list knows it)
MERE_ATTENTION = re.compile(r"^quan tam\s+(?:hon(?:\s+nua)?(?:\s+(?:den|toi))?|den|toi)\s+")
COURTESY_NOTICE = re.compile(r"^(?:xin|tran\s+trong|kinh)\s+thong\s+bao(?![a-z])")
# … and a reply letter's closing (folded task, after the body's name): "Cục Thuế | có ý kiến để Thuế tỉnh … được biết./.",
# "Tổng cục … | trả lời để Công ty biết./.", "Sở … | xin phúc đáp để Ủy ban nhân dân xã được biết và thực hiện./." — the
# issuer answering the one who asked, no task of its own (fresh, fresh2, fresh3: the Cục Thuế letters' labels list none)
REPLY_CLOSING = re.compile(r"^(?:(?:xin|tran\s+trong|kinh)\s+)*(?:co\s+y\s+kien|tra\s+loi|phuc\s+dap)(?:\s+(?:de|cho|toi|gui))?\s"
                           r"[^.;:]{0,120}?\b(?:duoc\s+)?biet\b")
# (real41) … and the issuer's own notice to the one who asked (folded task, the issuer its subject): "Thuế tỉnh … |
# thông báo đến Công ty … được biết và thực hiện theo đúng quy định …./." (a tax office's reply, 1539-VLO-QLDN3: its
# labels list no obligation). Said of another body it is a task ("Trưởng các thôn | thông báo cho các hộ … biết", t37-03)
ISSUER_NOTICE = re.compile(r"^(?:(?:xin|tran\s+trong|kinh)\s+)*thong\s+bao\s+(?:de|cho|toi|den)\s[^.;:]{0,120}?\b(?:duoc\s+)?biet\b")
# "Ví dụ:", "Ví dụ 2:" — a worked example in a guidance (Hướng dẫn), not an assignment
EXAMPLE = re.compile(r"^\W*vi du(?:\s*\d+)?\W*(?::|$)")
FUTURE = re.compile(r"^(?:se|sẽ)\s")
#: the course a body keeps (folded task): "Ủy ban nhân dân xã | tiếp tục xác định … là nhiệm vụ trọng tâm" — said by
#: the issuer of itself, a statement (obligations._issuer_future)
#: … or the stance it takes ("Ban Thường vụ Đảng ủy xã | xác định phong trào "Bình dân học vụ số" là nhiệm vụ chính trị
#: trọng tâm, thường xuyên, lâu dài; phấn đấu …", a Kết luận's lead into its "yêu cầu:", t25-01): naming a task what it is
OWN_COURSE = re.compile(r"^(?:tiep tuc\s|xac dinh\s[^.;:]{0,160}?\sla\s)")
#: the issuer named by its level alone after a period (original text): "Giai đoạn 2026 - 2030, | tỉnh tiếp tục ưu tiên
#: bố trí vốn …" in a UBND tỉnh's letter (a19-06)
LEVEL_SELF = re.compile(r"(tỉnh|xã|phường|thành phố)\s+(?:sẽ|tiếp tục)\s")
#: a body's name that ends with the future's "sẽ" ("Ủy ban nhân dân xã sẽ | hoàn thành …", "Văn phòng sẽ | theo dõi"):
#: the body speaks of its own future work; "sẽ" is no part of the name (deadlines, obligations)
FUTURE_TAIL = re.compile(r"\s(?:sẽ|se)$")
#: the issuer's own next step in its letter or notice (folded task, the issuer its subject): "Sở Nội vụ | tổng hợp, báo
#: cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 20/01/2027" (a22-03), "… quá thời hạn trên mà không phân bổ hết, Sở
#: Tài chính | tổng hợp, báo cáo Ủy ban nhân dân tỉnh thu hồi …" (t22-03): gathering what the addressees send and passing
#: it on, no task it assigns (the tuning labels of the seven such letters list none; a Hướng dẫn or Kế hoạch that gives
#: the issuer a part of its own, a22-08's "Ban Tổ chức Tỉnh ủy báo cáo Ban Tổ chức Trung ương …", is not a letter)
OWN_COMPILING = re.compile(r"^(?:se\s+)?tong hop(?:\s|,)")
#: legacy OCR's "sẽ" restored as "sở" after a level word (original text): "Chủ tịch Ủy ban nhân dân tỉnh sở | trực tiếp
#: kiểm tra …" (a19-03's eng form of "… tỉnh sẽ trực tiếp kiểm tra"); a body's "Sở" is capitalised, "cơ sở" has no level
#: word before it (subjects.courtesy_cut)
LEGACY_SE = re.compile(r"(?:(?<=\stỉnh)|(?<=\sxã)|(?<=\sphường)|(?<=\shuyện))\s+sở(?=\s)")
#: a report sent to a body that then acts on it with a date of its own: "Định kỳ gửi báo cáo … về Ban Xây dựng Đảng
#: trước ngày 25 tháng 11 để tổng hợp báo cáo Thường trực Đảng ủy … trước ngày 05/12 hằng năm" (13-KH/ĐU): the first
#: task's receiver (the body after "về", "cho", "tới", "đến" in a task that sends or reports, folded) does the purpose
#: clause ("để …") and keeps its date, not the senders (deadlines)
SENT_TO_BODY = re.compile(r"(?:^|\s)(?:gui|nop|bao cao)\s.*?\s(?:ve|cho|toi|den)\s+(?P<body>\S.*?)\s*$")
#: the purpose clause after the sent report's date: "để" and a verb ("để nghị", "để xuất" are OCR's "đề": no purpose)
PURPOSE_AFTER_DATE = re.compile(r"^[\s,]*de\s+(?!(?:nghi|xuat)(?![a-z]))[a-z]")
# the issuer's warning to those that fail, not a task of its own (folded, after its "sẽ"): "UBND xã sẽ kiểm điểm trách
# nhiệm tại cuộc họp giao ban tháng 12/2026 đối với Trưởng thôn, thủ trưởng đơn vị không hoàn thành." (a16-02, a Công
# văn đôn đốc; its labels: a future statement)
WARNING = re.compile(r"^(?:se|sẽ)\s+(?:(?:kiem diem|xem xet|xu ly|phe binh)(?:,\s*|\s+va\s+)?)+[^.;]{0,160}?"
                     r"\b(?:khong hoan thanh|cham tre|khong thuc hien|vi pham|khong nghiem tuc)\b")
# a working rule of office-holders, not a task (folded what): how a matter spanning several fields is settled — the one
# in charge coordinates, and "trường hợp chưa thống nhất thì báo cáo Chủ tịch xem xét, quyết định" — as a Quyết định
# phân công nhiệm vụ of a UBND states it under "Nguyên tắc, chế độ làm việc" ("Đối với những vấn đề liên quan đến nhiều
# lĩnh vực, các Phó Chủ tịch | chủ động phối hợp giải quyết; trường hợp chưa thống nhất thì báo cáo …"); the labels
# call it a working principle (t29-04 Điều 2.2, t23-07 Điều 2.6), no obligation
SETTLING_RULE = re.compile(r"^(?:chu tri,?\s+)?(?:chu dong\s+)?(?:trao doi,?\s+)?phoi hop(?:\s+(?:giai quyet|xu ly))?\s*[;,.]"
                           r"\s*(?:trong\s+)?truong hop\s+(?:co y kien\s+)?(?:chua|khong)\s+thong nhat\b")
# a report, not a duty: the who of an action done or under way ("Bộ Công an đã | tổ chức nhiều phiên
# họp …", "Bộ Nội vụ đang | xây dựng …", "Bộ KH&CN đã ban hành công văn số … | hướng dẫn …"), of a
# plan or a request received ("Cục Thuế có kế hoạch nâng cấp …", "Bộ … nhận được kiến nghị …"), of
# an assessment ("Ban Chỉ đạo … thẳng thắn chỉ ra những hạn chế"). Read on the marks as printed
# ("đang" is not "Đảng"); "đã được giao" describes the body, and so does a marker inside the who of a
# plural ("Các cơ sở đã lập hồ sơ thiết kế cải tạo | gửi cơ quan Công an …": those that have).
# a thing a relative clause describes ("các dự án đang triển khai", "các công trình đã khởi công")
THING_BEFORE = re.compile(r"(?:" + NOT_BODY.pattern + r")\s*$")
TENSE_WHO = re.compile(r"\s(?:đã|đang)(?!\s+(?:được|bị)\s)(?=\s|$)", re.IGNORECASE)
# … or an inability: "Sau khi khóa sổ, các cơ quan, tổ chức, đơn vị không thể thực hiện thao tác thêm mới …"
STATEMENT_WHO = re.compile(r"\s(?:nhận được|có kế hoạch|chỉ ra|ghi nhận|biểu dương|không thể)(?=\s|$)", re.IGNORECASE)
# a competence: "Văn phòng tỉnh ủy có chức năng | tham mưu …" (not "… được giao quản lý tài khoản có chức năng")
COMPETENCE_WHO = re.compile(r"^(?!.*\sđược giao\s).*\scó chức năng(?:\s|$)", re.IGNORECASE)
# … or the intro of a law's list of powers and duties: "Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền hạn
# sau đây: …" (quoted in 5662/CT-CS), its first clause only
POWERS_INTRO = re.compile(r"^.{0,160}\scó (?:các )?nhiệm vụ,? quyền hạn(?: (?:như )?sau(?: đây)?)?\s*$", re.IGNORECASE)
PLURAL_WHO = re.compile(r"(?:các|những|mọi)\s", re.IGNORECASE)
# a definition, not a duty: "Bản số hoá tài liệu lưu trữ có giá trị pháp lý như … khi …", "Các bên
# liên kết … được quy định cụ thể như sau:"; a copula "… là …" only after a phrase that names no
# body ("Các bên có quan hệ liên kết (…) là các bên …"): "Sở Công Thương là cơ quan chủ trì | có
# trách nhiệm …" assigns
# … and a role defined as a person: "Văn thư cơ quan là người được lãnh đạo cơ quan giao quản lý …; có trách nhiệm thực
# hiện …" (144-2025-QD-CTUBND Điều 8.3, whose review-oblig5 gold leaves the definition out)
DEFINITION_WHO = re.compile(r"\s(?:có giá trị|được quy định|là người)\s", re.IGNORECASE)
COPULA_WHO = re.compile(r"(?<!nhất)(?<!đặc biệt)(?<!tức)(?<!gọi tắt)(?<!gọi)\slà\s", re.IGNORECASE)
# a thing, not a body, as the subject: "Bộ chỉ số …", "Bộ tiêu chí đánh giá …" (a set of; a ministry is
# "Bộ" and a capital, a minister "Bộ trưởng"); a task never opens with the passive ("Các thiết bị …
# | phải được nghiệm thu …"); a clause on validity ("Các Quyết định sau đây hết hiệu lực …:",
# "Bãi bỏ các văn bản … cụ thể như sau:")
SET_OF_WHO = re.compile(r"^[Bb]ộ\s+(?!trưởng|đội|phận|ngành|,)[a-zà-ỹđ]")
PASSIVE_WHAT = re.compile(r"^(?:phai |can |se |deu )?duoc (?!giao|phan cong|uy quyen|phep|cap co tham quyen giao)")
VALIDITY = re.compile(r"\bhet hieu luc\b|^bai bo\b")
# the executing article of a Quyết định, Nghị quyết, Thông tư: "Chánh Văn phòng UBND tỉnh, Giám đốc
# Sở …, Chủ tịch UBND các xã … chịu trách nhiệm thi hành Quyết định này./." closes the document (the
# gold leaves it out), however the reader cut the list of names
EXECUTING = re.compile(r"(?:chiu|co)\s+trach\s+nhiem\s+(?:to\s+chuc\s+)?thi\s+hanh\s+(?:quyet\s+dinh|nghi\s+quyet"
                       r"|thong\s+tu|nghi\s+dinh|chi\s+thi)\s+nay\b"
                       # "Thủ trưởng các cơ quan: …; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân liên quan
                       # căn cứ Quyết định thi hành./." (471-QD-UBND, read before vanban's output)
                       r"|\bcan\s+cu\s+(?:vao\s+)?(?:quyet\s+dinh|nghi\s+quyet|thong\s+tu|nghi\s+dinh|chi\s+thi)"
                       r"(?:\s+nay)?,?\s+(?:de\s+)?(?:thi\s+hanh|thuc\s+hien)\W*$")
# a condition inside the subject: "Các đối tượng được hưởng chính sách … (Trường hợp khó | xác định thì …"
CONDITION_IN_WHO = re.compile(r"(?:^|[\s(])truong hop\s"
                              # "Tòa án giải quyết vụ án theo thủ tục rút gọn khi có đủ các điều kiện sau đây:": when a
                              # procedure applies, its items are conditions, not tasks
                              r"|\s(?:khi|neu)\s+(?:co du|dap ung|du)\s+(?:cac\s+|nhung\s+)?dieu kien\b"
                              # "Tổ chức, cá nhân sau khi được cấp hộp thư điện tử … | phải đổi mật khẩu …"
                              # (79-2025-QD-UBND): whoever is in a situation, a role the time clause defines, as "Cơ quan
                              # phát hiện …" (duty_words.tsv, event)
                              r"|\ssau khi\s")
#: a condition closing the subject with "thì" (original text; folded it is "thị", "Đô thị"): "Chi bộ, đảng bộ có tỷ lệ
#: đảng viên tham gia kiểm điểm dưới 90% thì | phải tổ chức kiểm điểm bổ sung …" (a18-08, a Hướng dẫn's notes on
#: grading): whoever meets the condition, a rule's case, no body assigned
CONDITION_CLOSE_WHO = re.compile(r"\sthì\s*$", re.IGNORECASE)
#: … or the subject qualified by what it has, up to "thì" past its first verb (original text, subject and task joined):
#: "Đảng bộ có tỷ lệ tổ chức cơ sở đảng | hoàn thành kiểm điểm dưới 95% thì phải tổ chức kiểm điểm bổ sung …"
CONDITION_HAS_THEN = re.compile(r"^[^.;:,]{0,80}?\scó\s[^.;:,]{0,150}?\sthì\s", re.IGNORECASE)
# a task clause that opens with its partners, listed up to a ";": "c) Phối hợp với Chánh Văn phòng Ủy ban nhân
# dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức niêm yết …" (2682-QD-UBND)
# a Party committee's own heading over the tasks of the body it leads (original text): "3. Đảng ủy lãnh đạo Ủy ban nhân
# dân xã" / "- Xây dựng Kế hoạch …" (a15-09, a Nghị quyết of the Đảng ủy xã): the led body carries the tasks out
LEADS_OPENING = re.compile(r"^lãnh đạo(?:,?\s*(?:và\s+)?chỉ đạo)?\s+", re.IGNORECASE)
LEADS_BODY = re.compile(r"^lãnh đạo(?:,?\s*(?:và\s+)?chỉ đạo)?\s+(?P<body>[^;:.,]{3,80}?)\s*(?:[;:.]|$)", re.IGNORECASE)
# the committee's bare names, by which its own document speaks of it (folded)
# a head title that is also a Party body's verb: alone before a task ("Lãnh đạo rà soát …") it is the verb (subjects.actor)
HEAD_VERBS = ("lanh dao", "lanh dao, chi dao")
# … and so it is before the work it leads: "3. Lãnh đạo công tác kiểm tra, giám sát và thi hành kỷ luật đảng; …" under
# "Điều 3. Trách nhiệm của Ban Chấp hành Đảng bộ xã" (a Đảng ủy xã's Quy chế làm việc, t54-08: the duty's noun, no
# leaders of a body; "Lãnh đạo các sở" names whose) (folded who)
HEAD_VERB_WORK = re.compile(r"^(?:lanh dao|chi dao)(?:,?\s*(?:va\s+)?chi dao)?\s+(?:cong tac|viec|toan dien)$")
# a Party body that leads the state and front bodies through its members (Điều lệ Đảng: đảng đoàn, ban cán sự đảng,
# đảng ủy, cấp ủy), and its intro "… lãnh đạo, chỉ đạo:" over items that name the bodies it leads ("a) Các sở, ngành
# và Ủy ban nhân dân các xã, phường … rà soát …", a Văn phòng Tỉnh ủy's Công văn, tune17): the items are its own tasks,
# the bodies in them led, not charged apart (obligations.Reader.sentences)
PARTY_LEADER = re.compile(r"(?:cac\s+)?(?:ban can su dang|dang doan|dang uy|cap uy|ban thuong vu|chi bo|chi uy"
                          r"|(?:tinh|thanh|huyen|quan|thi) uy)(?![a-z])")
PARTY_LEADS = re.compile(r"lanh dao(?:,?\s*(?:va\s+)?chi dao)?(?:\s+(?:thuc hien|trien khai))?(?:\s+(?:cac|nhung)?\s*"
                         r"(?:noi dung|nhiem vu|viec)(?:\s+sau(?:\s+day)?)?)?$")
#: the issuing Party committee's own standing body (folded who, the committee's name after it): "Thường trực Tỉnh ủy"
#: in a Chỉ thị of the Ban Thường vụ Tỉnh ủy …
# a heading that charges the mass organisations as a class (folded): "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và
# các đoàn thể chính trị - xã hội" — and a point under it that names one of them by its own name ("- Đoàn Thanh niên
# xã duy trì …; Hội Cựu chiến binh, Hội Người cao tuổi vận động …", a Kết luận of a Ban Thường vụ Đảng ủy xã, t25-01):
# that organisation's own entry (the labels: each body a point names gets its own)
MASS_ORG_CLASS = re.compile(r"\bcac (?:to chuc )?(?:hoi,? )?(?:doan the|to chuc chinh tri - xa hoi)\b")
#: … and the Mặt trận alone heading a request whose text directs that class ("7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt
#: Nam phường" / "Chỉ đạo các đoàn thể phường vận động …; Đoàn Thanh niên phường thành lập đội thanh niên tình nguyện
#: …"): the Mặt trận leads the mass organisations, one named with a task of its own is addressed separately as under
#: "… và các đoàn thể" (t38-02's labels; folded heading body)
#: (its standing board and the initials too: "Ban Thường trực UBMTTQ xã", "UBMTTQ phường")
FRONT_BODY = re.compile(r"^(?:ban thuong truc )?(?:uy ban )?(?:mat tran to quoc|mttq|ubmttq)")
# (a village's branch of one, "Chi hội Nông dân", "Chi đoàn Thanh niên", under "… và các đoàn thể thôn", is one too)
MASS_ORG = re.compile(r"(?:chi (?=hoi|doan))?(?:doan thanh nien|doan tncs|hoi (?:cuu chien binh|ccb|nong dan|lien hiep phu nu|lhpn|phu nu"
                      r"|nguoi cao tuoi|chu thap do|khuyen hoc)|cong doan)\b")
#: a request to a mass organisation by name inside another body's block (folded): "…; đề nghị Hội Liên hiệp Phụ nữ
#: phường chủ trì …" — the request addresses it separately
MASS_ORG_ASKED = re.compile(r"\bde nghi " + MASS_ORG.pattern)
#: the request word opening a clause after a ";" (original text): "…; đề nghị Hội Nông dân xã …", "…; Đề nghị …"
REQUEST_LEAD = re.compile(r"[Đđ]ề\s+nghị\s+(?=[A-ZĐ])")
#: a department of the body it serves, named without that body (folded who): "Phòng Tuyên truyền - Báo chí", "Phòng
#: Tổng hợp" under "6. Ban Tuyên giáo Tỉnh ủy" — it has no standing of its own, the heading's body acts through it (a
#: department named with another body, "Phòng Văn hóa - Xã hội xã", "Phòng … của Sở …", is that body's, not this one's)
OWN_DEPARTMENT = re.compile(r"^phong (?!.*\b(?:xa|phuong|huyen|tinh|thanh pho|so|bo|cua)\b)[a-z ,-]{3,60}$")
OWN_STANDING = re.compile(r"^(?:thuong truc|ban thuong vu|thuong vu)\s+(?P<committee>(?:tinh|thanh|huyen|dang) uy)\b")
#: … directing the document's implementation (folded task): "Ban Thường vụ Tỉnh ủy sẽ định kỳ nghe báo cáo …; Thường
#: trực Tỉnh ủy trực tiếp chỉ đạo việc thực hiện Chỉ thị." (a20-01's labels: the issuer's own standing body, no entry)
DIRECTS_DOCUMENT = re.compile(r"^(?:truc tiep\s+)?(?:lanh dao,?\s+)?chi dao\s+(?:viec\s+)?(?:to chuc\s+)?"
                              r"(?:thuc hien|trien khai)\s+(?:chi thi|nghi quyet|ket luan|ke hoach|quy dinh)(?: nay)?\W*$")
PARTY_SELF = ("dang uy", "ban chap hanh dang bo", "ban chap hanh", "ban thuong vu", "ban thuong vu dang uy", "cap uy")
# the lead a task names at its end (original text): "… do Phó Chủ tịch UBND xã chủ trì." (a newcomer's plan)
LED_BY = re.compile(r"\sdo\s+(?P<who>[^,;.()]{3,80}?)\s+chủ trì(?:\s*,\s*phối hợp[^.;]{0,120})?\s*[.;]?\s*$")
# short verbs that open a task paragraph under a body's heading line (folded, the paragraph's first words): "8. Báo và
# Phát thanh, Truyền hình Thanh Hóa⏎⏎Mở chuyên mục …" (a15-02), "6. Ủy ban Kiểm tra Đảng ủy xã⏎⏎Đưa nội dung …"
# (a15-09); too short and too common to end a body's name in running text
TASK_OPENING_SHORT = re.compile(r"(?:mo|dua|lap|giu|cu|gui|nop|dat|lam|don doc|kiem tra|chi dao|huong dan|theo doi"
                                r"|to chuc|xay dung|phoi hop|chu tri|du hop|sinh hoat|tuan tra"
                                # "3. Văn phòng HĐND và UBND xã⏎⏎Thu, nộp Quỹ đối với cán bộ …" (a16-02): the money
                                # collected, not the word "Thủ" of a "Thủ trưởng"
                                r"|thu,? nop|thu (?:hoi|thap)"
                                # "4. Sở Công Thương⏎⏎Xúc tiến thương mại, hỗ trợ …" (a16-04)
                                r"|xuc tien"
                                # "3. Chi bộ các thôn⏎⏎Tự kiểm tra, báo cáo …", "4. Tổ chức cơ sở đảng trực thuộc⏎⏎Phổ biến
                                # Hướng dẫn đến đảng viên" (an inspection Hướng dẫn's duties, written for session 18)
                                r"|tu (?:kiem tra|danh gia|ra soat|kiem diem)|pho bien"
                                # "2. Tổ công tác …⏎⏎Trực tiếp kiểm đếm …", "7. Trưởng các ấp …⏎⏎Thông báo đến từng hộ
                                # dân …", "4. Chi nhánh Trung tâm …⏎⏎Đề nghị lập phương án …" (the issuer's request to the
                                # heading's body itself): a manner word, a verb read as a noun, a cue, never a name's tail
                                r"|truc tiep|chu dong|thong bao|de nghi)[\s,]")
#: a task that opens with leading it (folded): "chủ trì phong trào …", "chủ trì, phối hợp với … tổ chức …"
LEADS = re.compile(r"chu tri(?![a-z])")
#: a member organisation's share in its class's task (folded task): "Hội Cựu chiến binh xã | tham gia tuyên truyền tại các
#: thôn" under "Đề nghị Ủy ban Mặt trận … và các tổ chức chính trị - xã hội": it takes part, no task of its own
TAKES_PART = re.compile(r"(?:tham gia|phoi hop|cung|tich cuc tham gia)(?![a-z])")
#: a ";" before a clause in lower case inside an item's first line (original text): the line is a sentence the wrap cut,
#: no title naming a body — "4. UBND tỉnh họp thường kỳ mỗi tháng một lần; trường hợp cần thiết, Chủ tịch⏎UBND tỉnh
#: quyết định họp chuyên đề …" (a Chương trình công tác's working rule); a title's list of bodies goes on in capitals
#: ("5. Sở Văn hóa, Thể thao và Du lịch; Sở Y tế")
CLAUSE_IN_LINE = re.compile(r";\s+(?:trường hợp|nếu|khi|trong trường hợp|đồng thời)\s")
#: the attendance of a meeting a Thông báo kết luận opens with (folded): "Tham dự có các đồng chí …", "Dự họp có …",
#: "Cùng dự có …", "Thành phần tham dự gồm …" — the persons and bodies listed sat at the meeting, none is charged; so
#: does a plan's line of who is invited to its conference, "- Thành phần: Ủy viên Ban Chấp hành Đảng bộ xã; …; Thường
#: trực Hội đồng nhân dân, lãnh đạo Ủy ban nhân dân xã; …" ("lãnh đạo" a noun there, no verb of the Thường trực)
ATTENDANCE = re.compile(r"^[\s*\-–+•]*(?:(?:cung )?(?:tham )?du(?: hop| cuoc hop| hoi nghi)? (?:co|gom)"
                        r"|thanh phan (?:tham du|du hop)(?: gom| co)?\s*:?"
                        r"|thanh phan(?: (?:moi|tham gia|dai bieu|hoi nghi))?(?: gom| co)?\s*:)\s")
#: the words that date the things a task handles, right before a passed date (folded): "rà soát các văn bản … ban hành
#: trước ngày 01/7/2025", "các thửa đất có nguồn gốc giao trái thẩm quyền trước ngày 01/7/2014", "sử dụng ổn định trước
#: ngày …" — a reference date, no due date of the task (obligations._passed_reference, checklist's rows)
REFERENCE_DATE_LEAD = re.compile(r"(?:ban hanh|phat sinh|co hieu luc|thanh lap|giao(?: trai tham quyen| dat)?"
                                 r"|su dung(?: on dinh)?|xay dung)\s*$")
#: an article's title run into its text with no line of its own (folded): "Điều 2. Trách nhiệm thực hiện Sở Văn hoá và
#: Thể thao, Sở Khoa học và Công nghệ; … thực hiện trách nhiệm theo …" (1498/QĐ-UBND, the session-48 newcomer) — the
#: title names the article's topic, the bodies after it are the sentence's subject (prose_sentences reads them there);
#: a title on its own line ("Điều 8. Trách nhiệm thi hành", 137/2025/QĐ-UBND) is the structure's, never in a sentence
RUN_IN_TITLE = re.compile(r"^[\s*]*(?:trach nhiem (?:thuc hien|thi hanh)|to chuc thuc hien)\s+")
PARTNER_OPENING = re.compile(r"^(?:[a-zđ]\)\s*|[-+•]\s*)?(?:chu tri,?\s+)?phoi hop(?:\s+voi)?\s+")
#: … and a clause whose body only works with another (folded task): "- Chi hội Nông dân | phối hợp xã tổ chức …" — a
#: partner's clause inside another body's block (block_bodies); a body that "chủ trì, phối hợp với …" leads the work,
#: its own clause ("- Ủy ban Mặt trận Tổ quốc xã | chủ trì phối hợp với Đảng ủy tổ chức hội nghị …" under a heading
#: naming it with the đoàn thể: its own entry, as a body that "chủ trì" alone is)
PARTNER_ONLY = re.compile(PARTNER_OPENING.pattern.replace(r"(?:chu tri,?\s+)?", ""))
# a competence, not a duty, in the rules a Quyết định, Thông tư or Nghị định lays down (the gold's
# "statements of competence (who decides what)"): "Ủy ban nhân dân cấp xã | quyết định thu hồi tài sản
# công …", "Bộ trưởng Bộ Công Thương | phê duyệt khung giá phát điện"; "Quyết định này/số …" is the noun
COMPETENCE_WHAT = re.compile(r"^(?:quyet dinh|phe duyet)(?:,)?\s(?!nay\b|so\b|de\b)")
# "Các cơ quan, đơn vị, cá nhân có thẩm quyền quyết định được phân cấp … có trách nhiệm:" (218-2025-QD-UBND):
# "có thẩm quyền quyết định" describes the bodies an intro charges, it grants no power there
# ("Người đã ra quyết định xử phạt | phải hủy quyết định đó …": the decision issued names the role, it grants none)
COMPETENCE_IN_WHO = re.compile(r"(?<!tham quyen)(?<!\sra)\s(?:quyet dinh|phe duyet)\s(?!nay\b|so\b|de\b)"
                               r"|\sduoc quyen(?:\s|$)")  # a right: "Sở Tài chính được quyền khai thác …" (82/2025/QĐ-UBND)
NORM_TYPES = ("quyet dinh", "thong tu", "nghi dinh", "quy dinh", "quy che", "van ban hop nhat", "thong tu lien tich")
REPORT_WHAT = re.compile(r"^(?:đã|đang)\s(?!được\s)", re.IGNORECASE)
# fields in the names of ministries and departments that read like verbs ("Bộ Xây dựng")
_FIELDS = (r"(?:Xây dựng|Tư pháp|Công Thương|Tài chính|Nội vụ|Y tế|Giáo dục và Đào tạo|"
           r"Khoa học và Công nghệ|Nông nghiệp và Môi trường|Ngoại giao|Quốc phòng|Công an|Dân tộc và Tôn giáo|"
           r"Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch|Tài nguyên và Môi trường|"
           r"Kế hoạch và Đầu tư|Giao thông vận tải|Thông tin và Truyền thông|Lao động - Thương binh và Xã hội)")
FIELD_NAMES = re.compile(r"(?<=Bộ |Sở |bộ |sở )" + _FIELDS)
#: (ncfix54b) the ministries a group label lists by their fields alone: "Các Bộ, cơ quan: Tài chính, Xây dựng, Nông
#: nghiệp và Môi trường, … theo chức năng, nhiệm vụ được giao khẩn trương rà soát …" (648/TB-VPCP): "Xây dựng" after the
#: list's comma is the Bộ Xây dựng, not the verb "to build", so the subject runs to the list's end. A field name counts
#: after the label's colon or a comma of the list (:data:`MINISTRY_LIST_LABEL` … up to the sentence's next ";" or ".")
LISTED_FIELD_NAMES = re.compile(r"(?:(?<=: )|(?<=, ))" + _FIELDS + r"(?=[,;.]|\s)")
MINISTRY_LIST_LABEL = re.compile(r"\b(?:[Bb]ộ|[Cc]ơ quan|[Nn]gành):\s")

# a capitalised word inside a body's name, where a verb list would read the task's verb (original text):
# "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Văn hóa - Thông tin", "Cục Quản lý thị trường": the name's words are
# capitalised, its task's verb is not. The word follows a head word that cannot end a name (also over a line break:
# "Trung tâm⏎Kiểm soát bệnh tật", hard-wrapped PDF text) or a name's hyphen; after a whole name a capitalised verb
# opens the task ("Sở Y tế Phối hợp với …", a table's cells run together)
NAME_WORD_GAP = re.compile(r"(?<![^\W\d_])(?:Trung tâm|Bộ|Sở|Phòng|Cục|Chi cục|Tổng cục|Ban|Vụ|Viện|Học viện|Văn phòng"
                           # ("Ủy ban Kiểm tra Tỉnh ủy": "Đề nghị Văn phòng Tỉnh ủy, Ủy ban | Kiểm tra …" had cut the name)
                           r"|Hội|Đoàn|Chi đoàn|Chi hội|Ủy ban|Uỷ ban|Hội đồng)[ \t]*\n?[ \t]*(?=\w\w)"
                           r"|(?<=[^\W\d_]) [-–] (?=\w\w)")  # the word's capital is checked on the match (subjects._name_verbs)

# a relative clause naming the bodies by their power, inside a subject: "Các cơ quan, đơn vị, cá nhân có thẩm
# quyền quyết định được phân cấp tại Quyết định này có trách nhiệm:" (218-2025-QD-UBND): its verb is no task
# "báo chí" (the press) one token: folded "bao chi dong" read "chí đóng" as an OCR look-alike of "chủ động" and cut
# "13. Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo | chí đóng trên địa bàn" (144/KH-UBND) in the noun
# (the space after it joined too: the look-alike needs "chí" and the next word apart)
PRESS_NOUN = re.compile(r"(?<![\w])[Bb]áo chí(?: (?=\w)|(?![\w]))")
AUTHORITY_CLAUSE = re.compile(r"(?<=\s)(?:có )?thẩm quyền (?:quyết định|phê duyệt|ban hành)(?= được\s)", re.IGNORECASE)

# units whose established names read like a task (original text): "Ban Quản lý dự án đầu tư xây dựng tỉnh lập hồ sơ …",
# "Văn phòng đăng ký đất đai tiếp nhận hồ sơ …" (88/2025/QĐ-UBND), "Trung tâm Phát triển quỹ đất tổ chức …", "Bộ phận
# tiếp nhận và trả kết quả hướng dẫn …": the name after the head noun (group "name") is guarded as one token, its
# verbs are no task; the head noun stays a word, so the head is still read as a body's
TASK_LIKE_UNIT_NAMES = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:Văn phòng |Ban |Trung tâm |Bộ phận |Quỹ )(?P<name>[Đđ]ăng ký (?:đất đai|quyền sử dụng đất)"
    r"|[Qq]uản lý (?:các )?dự án(?: đầu tư xây dựng)?(?: (?:các )?công trình(?: (?:dân dụng|giao thông|nông nghiệp))?)?"
    r"|[Qq]uản lý (?:các )?khu (?:công nghiệp|kinh tế)"
    r"|[Pp]hát triển quỹ đất|[Pp]hát triển đất|[Xx]úc tiến (?:đầu tư|thương mại)"
    r"|[Pp]hục vụ hành chính công|[Tt]iếp nhận và trả kết quả|[Mm]ột cửa)(?![\w])")

# the field a team is named by, whose noun holds a verb (original text): "Tổ kiểm tra trật tự xây dựng phường | kiểm
# tra định kỳ hằng tháng …" (a ward's plan on construction order): "trật tự xây dựng" is the order of building, no act;
# the guard joins it ("trật tự xây_dựng") so that the verb lists pass it
ORDER_FIELD = re.compile(r"(?<=[Tt]rật tự )xây dựng(?![\w])")

# a body's archive, whose name opens with a verb (original text): "Lưu trữ cơ quan lựa chọn hồ sơ …", "Lưu trữ lịch
# sử tỉnh tiếp nhận …" (the Luật Lưu trữ's names); the guard joins it, "Lưu_trữ_cơ_quan" (patterns.ORG_HEADS holds the
# joined names: no verb list reads "lưu trữ" in it, no rule on "cơ quan …" names takes it for the generic "cơ quan")
ARCHIVE_NAME = re.compile(r"(?:(?<=^)|(?<=[\s(]))Lưu trữ (?:cơ quan|lịch sử)(?![\w])")

# a note under a group's members on what they use (folded, the paragraph's opening): "Quà của các đoàn trích từ suất quà
# tại điểm a; …" after "- Đoàn số 1 …", "- Đoàn số 2 …" under "c) Các đoàn thăm hỏi của xã" (a 27/7 plan) — the teams'
# gifts, funds or cars, not a task of the group
MEMBERS_NOTE = re.compile(r"(?:qua|kinh phi|phuong tien|xe|thanh phan|lich|dia diem|thoi gian)\s+(?:cua|cho)\s+"
                          r"(?:cac\s+|moi\s+)?(?:doan|to|doi|nhom)(?![a-z])(?:\s+\S+){0,4}?\s+(?:trich|lay|do|tu|la|gom|bo tri)\b")

# a council named bare, at its own level (folded, fullmatched): "HĐND xã", "Hội đồng nhân dân phường" — not its
# Thường trực, its Ban, its đại biểu — and its acts by vote at a session (issuer_self.own_council_vote)
COUNCIL_ITSELF = re.compile(r"(?:hdnd|hoi dong nhan dan)(?:\s(?:xa|phuong|thi tran|dac khu|tinh|thanh pho|huyen))?(?:\s\S+){0,3}")
#: (obl46) the issuer deciding by its own power (folded task, matched at its start): "Đảng ủy | xem xét, quyết định kết
#: nạp theo thẩm quyền" (a44-06, the Đảng ủy's own plan), "do thôn lập danh sách, Ủy ban nhân dân xã | xem xét, quyết
#: định" (a39-04, the UBND xã's), "Ban Thường vụ | xem xét, quyết định kết nạp trong thời hạn …" (a37-08, the Đảng
#: ủy's board) — a statement of competence (the labels README), none of the three labelled; "Quyết định này/số …" is
#: the paper
# (review of session 46) a bare "phê duyệt" / "quyết định" with its object is the issuer's own task ("UBND xã phê duyệt
# danh sách hộ …, chỉ đạo các thôn"): a statement of competence says "xem xét, quyết định", "… theo thẩm quyền", or
# ends its clause on the verb ("Ủy ban nhân dân xã quyết định.")
OWN_DECISION = re.compile(r"(?:xem xet,?\s+(?:va\s+)?(?:quyet dinh|phe duyet)(?!\s+(?:nay|so)\b)(?![a-z])"
                          r"|(?:quyet dinh|phe duyet)(?:(?![a-z])[^;.]*?\stheo\s+tham\s+quyen\b|\s*(?:[;.]|$)))")
# (obl52b) the opening of a discretion (folded, the words between the clause's start and its body): "Khi cần thiết,
# Chủ tịch Ủy ban nhân dân xã điều chỉnh việc phân công …" (a50-09), "…; trường hợp cần thiết, Chủ tịch triệu tập …"
# (a30-01), "Khi cần thiết, Ban Thường vụ họp bất thường" (t23-08), "Trường hợp cần thiết, Bộ trưởng Bộ Công Thương …"
# (56/2025/TT-BCT): what the issuer may do when it sees fit, no duty
WHEN_NEEDED = re.compile(r"(?:khi|(?:trong\s+)?truong\s+hop|neu)\s+(?:xet\s+thay\s+)?can\s+thiet\s*,?\s*$")
# the head of a body named before the body's name (folded): "chu tich uy ban nhan dan xa", "bo truong bo cong thuong"
HEAD_OF = re.compile(r"(?:pho\s+)?(?:chu tich|bo truong|giam doc|truong ban|bi thu|thu truong|chanh van phong)(?:\s+(?=\S)|$)")
COUNCIL_VOTE = re.compile(r"(?:thao luan|bieu quyet|xem xet|thong qua|bau|bo phieu|thanh lap ban kiem phieu"
                          r"|ban hanh nghi quyet xac nhan|xac nhan ket qua)\b")

# the same fields as a list after "các Bộ:" (original text): "Bộ trưởng các Bộ: Xây dựng, Ngoại giao, Tư pháp, …"
BARE_FIELDS = re.compile(r"(?:(?<=: )|(?<=, )|(?<=^))(?:" + FIELD_NAMES.pattern.split(")(?:", 1)[1])
# an apposition after a body's name, naming its role (original text): "Sở Tài chính - Cơ quan thường
# trực Ban Chỉ đạo", "Bộ Xây dựng với vai trò là cơ quan thường trực Ban chỉ đạo", "…, với tư cách …"
# … or after "là" ("Văn phòng HĐND và UBND phường là đơn vị thường trực, | tổng hợp …", a newcomer's 218/KH-UBND,
# session 16; "Sở Công Thương là cơ quan chủ trì | có trách nhiệm …", 27-2025-QD-UBND): the role is no part of the name
APPOSITION = re.compile(r"\s+[-–]\s+(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]hường trực|[Cc]hủ đầu tư)\s.*$"
                        r"|\s*,?\s+với (?:vai trò|tư cách)\b.*$"
                        # ("Là đầu mối …" capitalised: the body's bold heading, its first sentence below, tune19-10)
                        r"|\s+[Ll]à (?:(?:cơ quan|đơn vị) )?(?:thường trực|đầu mối|chủ trì|chủ quản)\b[^,;]*"
                        # … and whom it serves: "Ban Xây dựng Đảng Đảng ủy xã là cơ quan thường trực, giúp Ban Thường vụ
                        # | hướng dẫn, theo dõi …" (a commune's Kế hoạch, tune17)
                        r"(?:,\s*(?:giúp|tham mưu(?: cho)?|giúp việc cho)\s[^,;]*)?$")
# a body that hands the task on, before the body charged (folded): "Đảng ủy | giao | Ủy ban nhân dân xã cụ thể hóa
# Nghị quyết …" (a newcomer's 12-NQ/ĐU, session 16): the body after the cue is the one charged
ASSIGNER_CUE = re.compile(r"\s(?:giao(?! thong| duc| dich)|yeu cau|de nghi|phan cong|chi dao)\s+(?=\S)")
# the cue as printed with its marks: a folded match of another word ("Ban Tuyên giáo Tỉnh ủy": "giáo") is no cue
ASSIGNER_CUE_PRINTED = frozenset(("giao", "yêu cầu", "đề nghị", "phân công", "chỉ đạo"))
# the verb by which the charged body directs another (printed, at the end of the words before that other body): "Ủy ban
# nhân dân tỉnh Đồng Nai: … - Về thi công: | chỉ đạo | Ban Quản lý dự án, các nhà thầu tập trung nguồn lực …" (11414/VPCP-CN,
# a newcomer's, session 53): the body directed is no body charged; the labels give the task to the one who directs
# ("chỉ đạo các đơn vị …" is the what of the body addressed, realdocs 230-CD-TTg, 09-CT-UBND)
DIRECTING_VERB = re.compile(r"(?:^|[\s:;,])(?:chỉ đạo|đôn đốc)\s+$", re.IGNORECASE)
# adverbs of manner between the body and its verb (original text): "… Bộ trưởng Bộ Xây dựng trực tiếp |
# chỉ đạo", "Ủy ban nhân dân các tỉnh …: Tuyên Quang, … quyết liệt | chỉ đạo"
# ("cơ quan, tổ chức quản lý trực tiếp", "đơn vị cấp trên trực tiếp" name a role: "trực tiếp" stays)
MANNER_TAIL = re.compile(r"\s+(?:(?<!quản lý )(?<!cấp trên )(?<!chỉ đạo )trực tiếp|quyết liệt|khẩn trương|tích cực|chủ động|kịp thời|sớm|nghiêm túc|"
                         r"tiếp tục|(?<!giáo dục )(?<!Giáo dục )thường xuyên|nỗ lực|ưu tiên)$")  # ("giáo dục thường xuyên": a school's
# kind, also in a name: "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", t18-05)
# a named member's heading in a notice assigning duties (Thông báo phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ;
# original text, the item's own text after its label): "**1. Đồng chí Vũ Thị Hạnh - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân
# dân phường**" over "- …" duties, "**1. Đồng chí Mai Văn Toàn - Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân⏎phường:**
# phụ trách …" (t21-05): the courtesy title, the person's capitalised name, a dash, the offices (over at most two more
# lines); it ends at the bold's close, a colon, a blank line or a "-" bullet line. OCR reads the en dash as an em dash
# ("Ông Hoàng Minh Tuấn — Ủy viên, Trưởng Công an xã: …", t23-07's legacy form): either dash
MEMBER_HEAD = re.compile(
    rf"[\s*]*(?P<who>(?:Đồng chí|đồng chí|Ông|Bà)\s+(?:[{CAPITAL}][^\s,:*–—-]*\s+){{1,4}}[-–—]\s+[{CAPITAL}][^\n:*]*"
    r"(?:\n(?![ \t]*(?:\n|[-+•]|\d))[^\n:*]*){0,2}?)[ \t]*(?:\*\*|:|(?=\n[ \t]*\n)|(?=\n[ \t]*[-+•])|$)")
# … and the member written with commas, the task run on after the offices: "b) Bà Nguyễn Thị Mai, Phó Chủ tịch UBND
# xã, giúp Chủ tịch theo dõi …" (a Quyết định phân công nhiệm vụ of a UBND; session 30's newcomer: nobody charged): the
# courtesy title, the capitalised name, a comma, the offices (each opening with a capital), then a comma before the
# task, which opens with a verb of a member's charge; the member as printed up to that comma. A guidance's example of a
# person ("Đồng chí Nguyễn Văn C, Chủ tịch hội quần chúng …, là cán bộ thuộc diện …", 45-HD/BTCTW) is no charge
MEMBER_COMMA_HEAD = re.compile(
    rf"[\s*]*(?P<who>(?:Đồng chí|đồng chí|Ông|Bà)\s+(?:[{CAPITAL}][^\s,:*–—-]*\s+){{1,4}}[{CAPITAL}][^\s,:*–—-]*,"
    rf"\s+[{CAPITAL}][^\n:;,*]*(?:,\s+[{CAPITAL}][^\n:;,*]*)*),\s+"
    r"(?=(?:giúp|lãnh đạo|phụ trách|chỉ đạo|theo dõi|trực tiếp|điều hành|chịu trách nhiệm|thực hiện|quản lý|tham mưu"
    r"|chủ trì|đảm nhiệm|được phân công|được giao)\b)")
# a board's or team's standing meeting after its name (original text, matched at the gap before the meeting words):
# "Tổ công tác | họp định kỳ vào ngày 28 hằng tháng để …", "Ban Chỉ đạo | họp định kỳ hằng quý, trước ngày 25 …" —
# "họp" is no task verb of the verb lists; a dated one is the body's obligation (the labels of a26-09, a35-09,
# a44-09, a47-07, t35-09; an undated rhythm, "họp định kỳ 6 tháng một lần", is none: a21-04, t47-07, a30-03; the
# issuer's own governing body "họp thường kỳ" in a working rule is none either: a23-07, t23-07)
MEETING_HELD = re.compile(r"\s+(?=(?:tổ chức\s+)?họp\s+định\s+kỳ(?![^\W\d_]))")
#: a task that is only such a meeting (folded), declined when undated: "họp định kỳ 6 tháng một lần"
MEETING_TASK = re.compile(r"\s*(?:to chuc\s+)?hop dinh ky(?![a-z])")
#: a heading naming a body's members as a class (folded, the whole name): "Các thành viên", "thành viên Ban Chỉ đạo"
MEMBERS_CLASS = re.compile(r"(?:cac\s+)?thanh vien(?:\s+(?:ban|to|hoi dong|doan)(?:\s+[a-z]+){0,4})?$")
#: (t52do3) a leader's post opening a bullet (folded, the subject whole): "Hiệu trưởng", "Phó Hiệu trưởng", "Phó Giám đốc
#: phụ trách …" — under a heading naming the board they sit on ("1. Ban Giám hiệu" / "- Hiệu trưởng chịu trách nhiệm chung
#: …" / "- Phó Hiệu trưởng giúp Hiệu trưởng theo dõi …", t52-06) each post is charged separately
LEADER_POST = re.compile(r"^(?:pho\s+)?(?:hieu truong|hieu pho|giam doc|chu tich|bi thu|truong ban|truong phong|chanh van phong"
                         r"|thu truong|tong bien tap|chi huy truong|to truong|truong khoa|ke toan truong)(?:\s|$)")
#: a heading's body joined with its members (folded): "Ban Chỉ đạo và các thành viên", "Tổ công tác và thành viên" —
#: a Quyết định thành lập's article of tasks, read item by item when its items are titled "Nhiệm vụ của …"
BODY_AND_MEMBERS = re.compile(r"\s(?:va|,)\s+(?:cac\s+)?thanh vien(?:\s+[a-z]+){0,5}$")
# a courtesy title before a person's office (original text): "đồng chí Bộ trưởng Bộ Xây dựng"
TITLE_HEAD = re.compile(rf"^(?:đồng chí|Đồng chí)\s+(?=[{CAPITAL}])")
# the means a body works through, said first, before the body (original text): "Thông qua dự sinh hoạt chi bộ, theo dõi
# hoạt động của chi bộ và đảng viên, tiếp nhận phản ánh của Mặt trận Tổ quốc, các đoàn thể và Nhân dân, | Ban Thường vụ
# Đảng ủy giám sát thường xuyên …" (a Đảng ủy's Chương trình kiểm tra, giám sát, a53-06's III.3, labelled that body's):
# the clause runs over commas, so the body is the first capitalised name after a comma that opens a named body
# (subjects.actor); "Thông qua Đại hội, phát hiện, tuyển chọn …" (an aim, t52-04) names none and stays whole
MEANS_OPENING = re.compile(r"[Tt]hông qua\s")
MEANS_CLAUSE_END = re.compile(rf",\s*(?=[{CAPITAL}])")
# a dated limit opening a sentence with no comma after it, its body capitalised right after (original text): a step of a
# timetable whose colon OCR lost ("6. Trước ngày 30 tháng 11 năm 2028 Văn phòng Đảng ủy hoàn chỉnh báo cáo, gửi …",
# a32-02's scan): the body follows the date as it does after "Trước ngày 15/12/2026, " (LEAD_OPENING)
DATED_LEAD_NO_COMMA = re.compile(rf"[\s*_\-–+•]*(?:Trước|Chậm nhất(?: là)?|Xong trước|Hoàn thành trước)\s+(?:ngày\s+)?"
                                 rf"\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}|\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s+(?=[{CAPITAL}])")
# a time or sequence adverbial opening a sentence before its body (original text): "Định kỳ (trước ngày
# 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm …", "Sau khi nhận được đề nghị …, Sở Tài chính …"
# "Đối với các nhiệm vụ triển khai trong năm 2025, các bộ, cơ quan, đơn vị, địa phương | chủ động bố trí …" (2623-QD-TTg)
LEAD_OPENING = re.compile(r"(?:Căn cứ|Trên cơ sở|Đối với|Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Hằng tháng|Hàng tháng|"
                          r"Sau khi|Ngay sau khi|Trong thời hạn|Trong vòng"
                          # a weekly or daily rhythm and its day: "Hằng tuần: sáng thứ Bảy, các tổ dân phố tổ chức dọn vệ
                          # sinh …", "Sáng thứ Bảy hằng tuần, các thôn …" (a ward's plan of clean-up rounds)
                          r"|Hằng tuần|Hàng tuần|Hằng ngày|Hàng ngày|(?:[Ss]áng|[Cc]hiều|[Tt]ối) (?:thứ|Chủ nhật)"
                          # "Sau Tết, các cơ quan, đơn vị khẩn trương ổn định tổ chức …" (a16-03, a Chỉ thị on the Tết)
                          r"|Sau Tết|Trước Tết|Trong dịp Tết|Dịp Tết"
                          # "Sau kỳ rà soát, các thôn tiếp tục theo dõi biến động hộ nghèo …, báo cáo … hằng quý" (t22-10)
                          # "Sau mỗi hội nghị Ban Thường vụ, Văn phòng Đảng ủy dự thảo thông báo kết luận …" (a Quy chế
                          # làm việc): the meeting each time, then its body
                          # ("Sau mỗi tháng, Trạm Y tế xã chọn ngẫu nhiên …": each round of the campaign's calendar)
                          # (the meeting may be named by its kind: "Sau đối thoại, trong 10 ngày làm việc Văn phòng Đảng ủy
                          # ban hành thông báo kết luận …", "Sau mỗi cuộc tiếp xúc cử tri, …", "Sau giám sát, …")
                          r"|Sau (?:(?:mỗi|từng|các) )?(?:cuộc )?(?:kỳ|đợt|hội nghị|phiên họp|cuộc họp|buổi|lần|tuần|tháng|quý"
                          r"|đối thoại|tiếp xúc|kiểm tra|giám sát)"
                          # a time limit of days or hours opening the sentence: "Trong 10 ngày làm việc, Văn phòng …"
                          r"|Trong \d{1,3} (?:ngày|giờ|tuần|tháng)(?: làm việc)?"
                          # "Từ năm 2027, các đơn vị thực hiện cập nhật số liệu … hằng năm trước ngày 15/6" (a15-04)
                          # "Kể từ tháng 01/2027, các chi bộ cập nhật biến động đảng viên …" (a18-04); "Trước ngày 15/12/2026,
                          # các chi bộ gửi …", "Trong quý I/2027, …": a start, a limit or a period opening the sentence
                          r"|(?:Kể |Bắt đầu )?[Tt]ừ (?:nay|năm|ngày|tháng|quý|học kỳ)|Trước ngày|Chậm nhất(?: là)? ngày"
                          # "Chậm nhất 15 ngày kể từ ngày kết thúc giám sát, đoàn giám sát hoàn thành báo cáo …": a time
                          # limit counted from an event, as "Trong thời hạn 15 ngày …" is
                          r"|Chậm nhất(?: là| sau)? \d{1,3} (?:ngày|giờ|tháng|tuần)"
                          r"|Trong (?:tháng|quý|năm|học kỳ) [\dIVX][^\s,]*"
                          # "Giai đoạn 2026 - 2030, Ủy ban nhân dân xã tiếp tục xác định …" (a19-08): a plan's period
                          r"|(?:Trong )?[Gg]iai đoạn (?:19|20)\d\d"
                          # "Năm 2039, các chi bộ tổ chức sinh hoạt chuyên đề mỗi quý ít nhất 01 lần, theo các chủ đề
                          # sau:" over a Hướng dẫn's table of topics (t53-10): the year, then the bodies as a class; a
                          # year's results ("Năm 2026, các cấp Hội đã vận động …", t25-04) say "đã"/"được" and stay whole
                          r"|Năm (?:19|20)\d\d(?=,\s*(?:các|mỗi|từng)\s)(?![^.;:]*?\s(?:đã|được)\s)"
                          # "Để khắc phục tình trạng chậm báo cáo, từ năm 2027, các cơ quan, đơn vị | thực hiện nghiêm chế độ
                          # báo cáo …" (a Công văn đôn đốc, tune20): a purpose clause before the body
                          # "Đồng thời với việc gửi báo cáo, các cơ quan, đơn vị, địa phương cập nhật …" (a Sở's call for
                          # statistics, a22-03), "Song song với …", "Cùng với …", "Bên cạnh đó, …", "Ngoài ra, …": a clause
                          # joining the task to another before the body ("Trong quá trình thực hiện, nếu …, Ban Thường vụ
                          # báo cáo …" is the closing formula of a Quy chế, t22-09: no lead of a task)
                          r"|Đồng thời|Song song với|Cùng với|Bên cạnh|Ngoài ra"
                          # what the body adds to: "Ngoài số máy bơm các hợp tác xã đã có, UBND xã | trang bị thêm …" (a
                          # plan's means, over its table of them): the means already there, then the body that adds
                          r"|Ngoài (?:(?:số|phần|các|những)\s)?(?:phương tiện|kinh phí|lực lượng|máy|trang thiết bị|vật tư|nguồn)"
                          # the event a report answers, or the season's end: "Khi xảy ra cháy rừng, chốt canh lửa, trưởng
                          # thôn | báo cáo nhanh …", "Kết thúc mùa khô, các cơ quan, đơn vị, thôn, làng | báo cáo kết quả …"
                          # (a forest-fire plan's reporting part): the clause before the body
                          r"|Khi|Ngay khi|Kết thúc"
                          # "Trong các tháng cao điểm (tháng 02, 3 và 4 năm 2031), Ban Chỉ huy PCCCR xã, Kiểm lâm địa bàn …
                          # | tổ chức trực 24/24 giờ": the season the duty holds in, before its bodies
                          r"|Trong (?:các|những|suốt|thời gian|dịp)"
                          r"|Để|Nhằm)[\s,]")  # "Hằng năm, trong quý I, các đảng ủy trực thuộc rà soát …" (a15-05)
#: a time limit of days or hours right before a body, after a lead's comma (original text): "Sau đối thoại, trong 10 ngày
#: làm việc Văn phòng Đảng ủy | ban hành thông báo kết luận …" — the limit, no comma, then the body (subjects.actor)
LIMIT_BEFORE_BODY = re.compile(rf"^(?:trong|Trong)\s+(?:thời hạn\s+|vòng\s+)?\d{{1,3}}\s+(?:ngày|giờ|tuần|tháng)"
                               rf"(?:\s+làm việc)?\s+(?=[{CAPITAL}])")
#: "Riêng" (for … alone) singling out one of the bodies an item charges: "2. Ủy ban nhân dân các xã, phường, đặc khu" /
#: "- Rà soát …" / "- Riêng Ủy ban nhân dân đặc khu Vân Đồn và đặc khu Cô Tô báo cáo bổ sung …, hoàn thành trong tháng
#: 12/2026." (t18-04): that body's own task and date, not the whole item's (original text, at a sentence's start)
SINGLED_OUT = re.compile(r"^[-–+•*\s]*(?:Riêng|RIÊNG)(?:\s+(?:đối với|đối với|cho))?\s+(?=\S)")


def _before_a_name(words: str) -> re.Pattern[str]:
    """A clause that opens (after a bullet) with ``words`` (a regex), then a capitalised name or capitals ("Mỗi Hội
    LHPN …", "Tập thể Ban Thường vụ …", "Lãnh đạo UBND …"): the word's end is where the name starts."""
    return re.compile(rf"^[-–+•*\s]*(?:{words})\s+(?=[{CAPITAL}][a-zà-ỹđ]*\s|[A-ZĐ]{{2,}}\b)")


#: "mỗi" (each) before a named body as a clause's subject, the body's kind charged one by one: "- Tuyên truyền … trên các
#: nền tảng số của Hội; mỗi Hội LHPN xã, phường tổ chức ít nhất 04 buổi sinh hoạt chuyên đề/năm." (a Hội LHPN tỉnh's
#: Kế hoạch, t22-04) — printed with its marks ("mới", "mời", "môi" fold alike), a capital after it
EACH_BODY = _before_a_name(r"[Mm]ỗi|MỖI")
#: a body's task of sending the reports a paragraph scheduled before it (folded task): "Các tổ | gửi báo cáo về Tổ Tổng
#: hợp để tổng hợp", "nộp báo cáo …", "gửi kết quả …" (prose_sentences.reports_sent); and the schedule it follows,
#: sentences that open with the reports and their times, no body named ("Báo cáo nhanh kết quả hằng ngày trước 15 giờ;
#: báo cáo tuần trước 16 giờ thứ Sáu …", a Công an phường's plan, a34-05)
REPORTS_SENT = re.compile(r"(?:gui|nop)\s+(?:cac\s+)?(?:bao cao|ket qua)(?![a-z])")
REPORT_SCHEDULE = re.compile(r"(?:(?:che do|thuc hien)\s+)?bao cao(?![a-z])")
#: "Tập thể" (the collective of) before a named body as a clause's subject: "- Tập thể Ban Thường vụ và cá nhân các đồng
#: chí ủy viên Ban Thường vụ kiểm điểm trong khoảng từ ngày … đến ngày …" (a Đảng ủy's review plan): the body reviewed
#: as a whole is the one charged, its name read after the word (subjects.actor) and kept with it
#: … and "Tập thể lãnh đạo" before the bodies led: "c) Tập thể lãnh đạo Thường trực HĐND, UBND phường và các tổ chức
#: chính trị - xã hội phường gửi báo cáo kiểm điểm …" (a Đảng ủy's review plan, a34-01): the leadership as a whole
COLLECTIVE_BODY = _before_a_name(r"(?:Tập thể|TẬP THỂ)(?:\s+(?:lãnh đạo|LÃNH ĐẠO))?")
#: "Lãnh đạo" (the leaders of) before the bodies they lead, capitalised, as a clause's subject: "Lãnh đạo Đảng ủy, HĐND,
#: UBND, Ủy ban MTTQ Việt Nam xã dự Ngày hội tại khu dân cư điểm" (a Ủy ban MTTQ xã's plan, a34-02): the bodies' names
#: read after the word (subjects.actor) and kept with it, when their act is the leaders' presence (PRESENCE_ACT); else
#: the word is a Party body's verb: "9. Đảng ủy Công an tỉnh" / "Lãnh đạo Công an tỉnh bảo đảm an ninh, …" (a20-01);
#: "Lãnh đạo, chỉ đạo …" (lower case after it) is the verb
LEADERS_OF = _before_a_name(r"Lãnh đạo|LÃNH ĐẠO")
#: the leaders' own presence at an event as their task (folded, at the task's start): "dự Ngày hội …", "dự, chỉ đạo
#: hội nghị …", "tham dự …", "phát biểu …", "trao quà …" — what persons do, never a body a Party committee leads
#: (only with the event or the steering after "dự": a bare "dự" opens "dự toán", "dự án", and "Du lịch" folds alike)
PRESENCE_ACT = re.compile(r"(?:(?:tham )?du(?:,? (?:va )?chi dao| (?:ngay hoi|le|hoi nghi|dai hoi|buoi|hop|chuong trinh"
                          r"|khai mac|be mac))|phat bieu|trao (?:qua|thuong)|tham,? tang qua|tang qua)(?![a-z])")
#: "Mỗi" before a body's kind in small letters ("- Mỗi chi bộ | xác định nội dung đột phá năm 2027 …", a26-01): each
#: unit of that kind, charged when a task verb follows the kind at once (subjects.actor)
#: ("Từng" as "Mỗi": "Từng chi đoàn | đăng ký …" charges each unit one by one)
EACH_KIND = re.compile(r"^[-–+•*\s]*(?:[Mm]ỗi|MỖI|[Tt]ừng|TỪNG)\s+(?=[a-zà-ỹđ])")
#: the kinds of unit a plan charges one by one in a sentence of its own (folded, after "Mỗi" / "Từng"): the branches of
#: an organisation ("chi hội", "chi bộ", "chi đoàn", "tổ hội"), a commune's Party committee ("đảng ủy xã, phường …"),
#: a school's classes and a district's schools ("lớp", "trường"), and the units of an office ("đơn vị", "cơ quan",
#: "phòng", "khoa", "tổ chuyên môn") — "Mỗi chi hội | kết nạp ít nhất …", "Từng trường | rà soát …"; a time or a
#: person ("mỗi năm", "mỗi hội viên") is none of them (subjects._kind_before_verb)
CHARGED_UNIT = re.compile(r"(?:chi hoi|chi bo|chi doan|to hoi|dang uy(?: (?:xa|phuong|thi tran|dac khu|co so))?"
                          r"|lop(?! (?:tap huan|boi duong|hoc|dao tao))|truong(?! (?:hop|doan|ban|thon|phong|khoa))"
                          r"|don vi|co quan|phong(?= (?:ban|chuyen mon)\b)|khoa|to chuyen mon)(?![a-z])")
#: a distributive apposition closing a list of bodies before their task (folded): "Hội Nông dân, Hội Phụ nữ, Đoàn
#: Thanh niên xã | mỗi đơn vị | cử 05 hội viên …", "Các chi bộ, từng tổ chức | đăng ký …" — the bodies named are the
#: subject, each charged alike (subjects.actor); the kinds are CHARGED_UNIT's and the class words of a list of bodies
EACH_AFTER_NAMES = re.compile(r",?\s+(?:moi|tung)\s+(?:" + CHARGED_UNIT.pattern + r"|hoi|doan the|to chuc|ban|nganh"
                              r"|dia phuong)\s+(?=[a-z])")
#: after such a unit (folded, up to just past its verb): what it receives or undergoes ("được cấp", "bị trừ") or a cap on
#: what it may enter ("đăng ký không quá 06 thí sinh", "tối đa 01 đội"), a rule about the units, no task of theirs
EACH_UNIT_NOT_CHARGED = re.compile(r"(?<![a-z])(?:duoc|bi|khong qua|toi da)(?![a-z])")
#: a body's agreement closing the subject (folded who): "Ban Thường vụ thống nhất | ban hành Kế hoạch kiểm điểm …" (a
#: Thông báo kết luận, t18-06), "Ban Chấp hành … đã thảo luận và thống nhất | ban hành Nghị quyết …": what was
#: decided, no task of that body
#: a council's approval verb, which the shared verb list does not end the subject at, so the subject runs on to the
#: next listed verb: "Hội đồng nhân dân tỉnh cơ bản tán thành đánh giá tình hình | thực hiện Kế hoạch …" (Điều 1 of a
#: Nghị quyết HĐND, tune20), "Hội nghị nhất trí thông qua …", "Hội đồng nhân dân tỉnh phê chuẩn …": the resolution's
#: own decision, no task of the council; … and a leadership's consent to a proposal, the body it lets act after it
#: ("Thường trực Tỉnh ủy đồng ý chủ trương cho Ủy ban nhân | dân tỉnh báo cáo …", a Thông báo of the Văn phòng Tỉnh ủy,
#: t25-07: the consent, no task; the task given after it, "; giao Ban cán sự đảng …", is read on its own)
#: … and the agreement's content read into the subject, up to the verb inside it ("Các Bộ, cơ quan thống nhất chỉ
#: có một cơ quan | chủ trì", 631/TB-VPCP: the ministries agree there is one lead body, a conclusion, no task)
AGREEING_WHO = re.compile(r"\s(?:(?:co ban|da|deu|da thao luan va)\s+)?thong nhat(?:\s+(?:voi|cao))?$"
                          r"|\s(?:(?:co ban|da|deu)\s+)?thong nhat\s+(?:chi|la|rang)\s"
                          r"|\s(?:(?:co ban|hoan toan|da|deu)\s+)?(?:tan thanh|nhat tri|phe chuan)(?:\s|$)"
                          r"|\s(?:(?:co ban|da)\s+)?dong y(?:\s+(?:ve\s+)?chu truong)?\s+(?:cho|de)\s")
#: a body under another's direction, as a rule on relations states it (folded who, or who and its task): "Đảng ủy xã chịu
#: sự | lãnh đạo, chỉ đạo trực tiếp của BTV Tỉnh ủy" (a Quy chế làm việc's "Mối quan hệ công tác"): a relation, no task
SUBJECT_TO_END = re.compile(r"(?:^|\s)chiu su$")
SUBJECT_TO_OPENING = re.compile(r"\s*chiu su\s")
#: … the relation's words closing the body's name as the subject split read it (original text)
SUBJECT_TO_TAIL = re.compile(r"\s+(?:chịu sự|chiu su)\s*$", re.IGNORECASE)
#: a rhythm or manner opening a task before its verb (folded): "định kỳ 6 tháng báo cáo …", "hằng quý làm việc …",
#: "kịp thời báo cáo …"
RHYTHM_LEAD = re.compile(r"(?:dinh ky(?:\s+(?:0?6|03|3)\s+thang|\s+hang\s+(?:thang|quy|nam))?|hang\s+(?:thang|quy|nam|tuan)"
                         r"|kip thoi|thuong xuyen)\s+")
#: how a Party body leads the state and the Front, as a Quy chế làm việc states its relations (folded task): "Đảng ủy |
#: lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam xã thông qua nghị quyết, chỉ thị và đảng
#: viên giữ chức vụ chủ chốt": the means of its leadership, no task
LEADS_THROUGH = re.compile(r"lanh dao\b[^.;]{0,200}?\sthong qua\s+(?:cac\s+)?(?:nghi quyet|chu truong|chi thi|to chuc dang"
                           r"|dang vien|dang doan|ban can su)")
#: a filing of some bodies sent on, its owner after "của" (folded): "…; hồ sơ đề nghị hỗ trợ của các xã | gửi về Sở (qua
#: Chi cục …) trước ngày 15/01/2028" (a Sở's Công văn, after "- Ủy ban nhân dân các xã cân đối ngân sách …"): the owner
#: files it (obligations._Reader.filed_by reads it as the task of the body just charged whose name ends so)
FILED_BY = re.compile(r"(?:^|;\s+)(?:ho so|bao cao|danh sach|van ban|de xuat|de nghi)\b[^.;:]{0,60}?\scua\s+"
                      r"(?P<who>[a-z]+(?:\s[a-z]+){0,5}?)\s+(?:(?:duoc|phai)\s+)?(?:gui|nop)\s+(?:ve|den|cho|toi|len)\s")
#: a body named with who sets it up, then how it is set up (folded who, folded task): "Hội đồng khám sức khỏe nghĩa vụ quân
#: sự do Chủ tịch UBND xã | quyết định thành lập, gồm cán bộ Trạm Y tế xã …" (a xã's Kế hoạch tuyển quân): the body's
#: composition, no task of it nor of the one who sets it up
CONSTITUTED_BY = re.compile(r"\sdo\s+\S")
CONSTITUTING = re.compile(r"(?:quyet dinh\s+)?(?:thanh lap|bo nhiem|kien toan|cu|chi dinh)(?:\s|,|$)")
#: a leader's consent closing a clause (folded, before a ";"): "Chủ tịch Ủy ban nhân dân tỉnh đồng ý về chủ trương",
#: "… thống nhất chủ trương", "… nhất trí với đề xuất của Sở …" (subjects._after_consent: the decision, no task)
CONSENT_END = re.compile(r"\s(?:(?:co ban|da|hoan toan)\s+)?(?:dong y|thong nhat|nhat tri|tan thanh)"
                         r"(?:\s+(?:ve\s+|voi\s+)?(?:chu truong|de xuat|de nghi|kien nghi)[^;]{0,80})?\s*$")
#: an item titled by the goals it sets (folded heading): "2. Mục tiêu đến năm 2030" / "- 100% chi bộ … đạt …" under
#: "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, … tập trung thực hiện tốt một số nội dung sau:" (t18-01): targets, no
#: task of the intro's bodies
#: an item that only sets a rate or a count to reach (folded, label dropped): "Phấn đấu tỷ lệ giải ngân … đạt từ 15% đến
#: 20%" (obligations.Reader.goal_among_named)
GOAL_ONLY = re.compile(r"^(?:\d{1,2}[.)]\s*)?phan dau\s+(?:ty le|toc do|ty trong|so luong|muc)\b[^.;]{0,160}?\bdat\b")
#: a paragraph that recalls last period's results (folded): "Kết quả năm 2026: còn 09 đơn vị giao dự toán chậm so với quy
#: định, 03 đơn vị phân bổ không đúng định mức; năm 2027 các đơn vị không để tình trạng này tái diễn." after a task (a Sở
#: Tài chính's Công văn, t22-03's label: no obligation of the bodies the letter asks); matched at the paragraph's offset
RESULTS_RECALLED = re.compile(r"\W*ket qua (?:(?:nam|ky|dot|quy|thang) [^:;.]{0,30}|(?:thuc hien|ra soat|kiem tra|giam sat) "
                              r"[^:;.]{0,40})?:\s")
#: (… and "1. Yêu cầu chung" over a letter's tasks by body, t22-10: the standards the work must meet, its heading no task
#: of the bodies the intro asks)
#: (its qualifier too: "I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU" of a Chỉ thị under "… yêu cầu các cấp ủy, … thực hiện tốt các nhiệm
#: vụ sau:", a20-01: the goals part is no task of the intro's bodies)
GOALS_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:muc tieu|chi tieu|muc dich|yeu cau chung)(?:\s*,\s*(?:chi tieu|yeu cau))?"
                        r"(?:\s+(?:chu yeu|cu the|chung|tong quat))?(?:\s+(?:den|cua|nam|giai doan)\b[^:;]{0,40})?$"
                        # … or the goal named by what it measures, no task word (KEEP_HEAD) among its words: "1. Mục tiêu
                        # giải ngân" / "- Đến ngày 31/3/2027 đạt ít nhất 20% …" under "… yêu cầu các cơ quan, đơn vị, địa
                        # phương khẩn trương thực hiện các nội dung sau:" (a Công văn on disbursement, a25-09)
                        r"|^(?:\d{1,2}[.)]\s*)?(?:muc tieu|chi tieu)(?!.*\b(?:noi dung|nhiem vu|giai phap|thuc hien|phan cong)\b)"
                        r"(?:\s+[a-z]+){1,4}$")
#: an item that tells where and when the issuer receives what it asked for (folded heading): "4. Thời gian, địa điểm nhận
#: báo cáo" / "Báo cáo bằng văn bản gửi về Sở GDĐT (Phòng Quản lý chất lượng), số 15 Trần Hưng Đạo; …" (a Sở's Công
#: văn, a24-04), "Địa chỉ liên hệ", "Đầu mối liên hệ": the issuer's address and hours, no task of the intro's bodies
RECEIPT_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?:(?:thoi gian|dia diem|dia chi|hinh thuc)(?:,\s*|\s+va\s+)?){1,3}"
                          r"\s*(?:nhan|tiep nhan|gui|nop)\b[^:;]{0,40}$|^(?:\d{1,2}[.)]\s*)?(?:dia chi|dau moi|thong tin) lien he$")
#: the charge that closes a subject (original text): "Các đồng chí ủy viên Ủy ban Kiểm tra Đảng ủy xã được phân công |
#: xây dựng kế hoạch chi tiết …" (t18-03): the members charged, their task after it
CHARGED_CLOSE = re.compile(r"\s(?:được|duoc)\s+(?:phân công|phan cong|giao)(?:\s+(?:phụ trách|theo dõi))?\s+(?=\S)")
#: (obl47) … and the unit the members charged answer for, before their task (folded, at the start of what follows "được
#: phân công phụ trách" / "theo dõi"): "Đảng ủy viên được phân công phụ trách | chi bộ | dự sinh hoạt thường kỳ …"
#: (a45-08), "Cấp ủy viên được phân công theo dõi | địa bàn | kiểm tra …" — a cell, a village, a field: part of the role
ANSWERED_UNIT = re.compile(r"(?:(?:cac|mot|tung)\s+)?(?:chi bo|dang bo|thon|ban|to dan pho|khu dan cu|khu pho|dia ban"
                          r"|linh vuc|co so|don vi|xa|phuong)(?:\s+(?:thon|khu|to|so \d+|truc thuoc|co so))?\s+(?=\S)")
#: the acts a body undergoes, listed (folded): "các chi ủy, chi bộ được | kiểm tra, giám sát | chuẩn bị báo cáo …"
UNDERGONE_ACTS = re.compile(r"^(?:kiem tra|giam sat|thanh tra|khao sat|danh gia)(?:(?:,\s*|\s+va\s+)"
                            r"(?:kiem tra|giam sat|thanh tra|khao sat|danh gia))*\s+(?=\S)")
# a time limit opening a rule's sentence before its body: "Trong thời hạn 02 ngày làm việc kể từ khi nhận được nội
# dung yêu cầu, Sở Khoa học và Công nghệ thực hiện phân loại, xử lý yêu cầu …" (79/2025/QĐ-UBND Bắc Ninh, Quy chế
# Điều 6) charges that body; inside a procedure's steps it is a step, not an assignment (PROCEDURE_TITLE)
TIME_LIMIT_OPENING = re.compile(r"^(?:Trong thời hạn|Trong vòng)\s", re.IGNORECASE)
# a lettered point's label (original text): "c) ", "đ) "
POINT_LABEL = re.compile(r"\s*[a-zđ]\)\s+")
# a rule's time limit or case opening a point (original text): "Trong thời hạn 05 ngày làm việc, …", "Trong trường hợp …"
RULE_CASE_OPENING = re.compile(r"(?:Trong thời hạn|Trong vòng|Trong (?:các |mọi )?trường hợp|Trường hợp)\s")
# the title of a part that lays out a procedure's steps (folded): "b) Trình tự, thủ tục khôi phục thiết bị lưu khóa
# bí mật" (144/2025/QĐ-CTUBND), "Quy trình tiếp nhận …", "Thủ tục cấp mới …"
PROCEDURE_TITLE = re.compile(r"^[\W\d]*(?:[a-zđ]\)\s*)?(?:trinh tu|thu tuc|quy trinh)\b")
# … save the steps of a body's own oversight (folded title): "III. QUY TRÌNH, HỒ SƠ GIÁM SÁT VÀ PHẢN BIỆN" of an MTTQ's
# Hướng dẫn, "Quy trình kiểm tra" — "Chậm nhất 15 ngày kể từ ngày kết thúc giám sát, đoàn giám sát hoàn thành báo cáo
# …" charges the team that oversees, as an inspection plan's steps charge theirs; no application handled for a citizen
# (an administrative procedure's title, "Thủ tục kiểm tra nhà nước về chất lượng …", stays a procedure's)
OVERSIGHT_PROCEDURE = re.compile(r"^(?!.*(?<![a-z])thu tuc(?![a-z])).*(?<![a-z])(?:giam sat|phan bien|kiem tra|thanh tra)"
                                 r"(?![a-z])")
# a body named by pointing back to the addressees (folded): "Các Sở Xây dựng nêu trên", "… nói trên"
BACK_REFERENCE = re.compile(r"\s+(?:neu|noi) tren$")
# the fields after "lĩnh vực" in a heading naming a body are nouns, not verbs (original text): "Các doanh
# nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, … trên địa bàn Tỉnh"
FIELD_LIST = re.compile(r"(?<=lĩnh vực )[^:;()]{2,160}?(?=\s+(?:trên địa bàn|tại|ở|thuộc)\s|\s*$)")
# a body designated to a role, not charged with a task (folded): "Ủy ban nhân dân cấp xã (nơi có dự án)
# làm chủ đầu tư dự án …"
# ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường được giao làm chủ đầu tư" over their tasks, a19-06: the role
# that picks the bodies out, a qualifier of the name, not the designation itself)
DESIGNATION = re.compile(r"(?:^|\s)(?<!duoc giao )(?<!duoc phan cong )(?:lam|la) chu dau tu(?:\s|$)")
# … and a further task after the role, in a clause of its own (original text): "Làm chủ đầu tư các công trình thuộc
# Dự án 1 được giao; khởi công các công trình trước ngày 30/6/2040 …" — the role is the first of the body's tasks
MORE_TASKS = re.compile(r"[;.]\s+\w")
# a qualifier after the body a heading names (original text): "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
# từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, …:" names the Chủ tịch
HEAD_QUALIFIER = re.compile(r",\s*(?:trong đó|nhất là|đặc biệt là|ưu tiên)\s.*$", re.S)
# an item answering a province's request (folded): "1. Về đề nghị các bộ, ngành … của địa phương: Ủy ban nhân
# dân thành phố Đà Nẵng cần …" — the request before the colon assigns nothing, the answer after it does
REQUEST_TOPIC = re.compile(r"^\W*ve (?:viec |noi dung )?(?:de nghi|kien nghi|de xuat)\s")
# an adverbial inserted between the body and its verb, closing the subject (original text): "Chủ đầu tư, trong
# phạm vi, trách nhiệm của mình, nỗ lực …", "Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu
# trên, hoàn thiện …", "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ, …"
SUBJECT_INSERT = re.compile(_IN_SCOPE + r"|\s*,?\s+(?:trên cơ sở|căn cứ(?: vào)?) (?:các )?(?:chức năng|nhiệm vụ|kết quả|quy định|nội dung)"
                            r"[^;:()]{0,80}?(?:được giao|của mình|nêu trên|quy định)\s*,")
# an adverbial of scope left at the end of a body's name (original text): "… và đại biểu Hội đồng nhân dân
# thành phố trong phạm vi, nhiệm vụ, quyền hạn | giám sát …"
WHO_SCOPE_TAIL = re.compile(r"\s*,?\s+(?:trong phạm vi|theo chức năng|căn cứ chức năng|theo nhiệm vụ)(?:[,\s]+(?:chức năng|"
                            r"nhiệm vụ|quyền hạn|thẩm quyền|trách nhiệm|của mình|được giao|được phân công|được))*\s*,?$")
# accountability, not a task (folded): "Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng, Chính phủ … về tiến
# độ …", "… chịu trách nhiệm chính trước cấp có thẩm quyền về …"
ACCOUNTABLE = re.compile(r"^(?:phai |cung )?chiu trach nhiem(?: toan dien| chinh| hoan toan| ca nhan| truc tiep)? truoc\s"
                         # (not a role's field of leadership in a Quy chế làm việc: "Phó Bí thư, Chủ tịch UBND xã chịu
                         # trách nhiệm trước Ban Chấp hành, Ban Thường vụ về lãnh đạo thực hiện nhiệm vụ kinh tế - xã hội,
                         # quốc phòng, an ninh" — the field the role leads is its duty, as "phụ trách …" is)
                         r"(?![^;]*?\bve (?:viec )?(?:lanh dao|chi dao)\b(?! (?:thuc hien |trien khai )?(?:chi thi|ke hoach|quyet dinh|cong van|nghi quyet|van ban) nay))[^;]*(?:;\s*\S{0,2}(?:luu y|u y|dong thoi phai)\b[^;]*)*"
                         # … closing with the formula: "… chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy
                         # ra cháy lớn …; tổ chức thực hiện nghiêm túc Chỉ thị này./." (a Chỉ thị of a UBND tỉnh, tune17)
                         r"(?:;\s*(?:to chuc |trien khai )*thuc hien nghiem(?: tuc)?\s+(?:chi thi|ke hoach|quyet dinh|cong van"
                         r"|thong bao|ket luan|nghi quyet|van ban|huong dan|cong dien|chuong trinh)(?: nay)?)?[.;\s/]*$"
                         # … or for the figures it reports: "Ủy ban nhân dân cấp xã có trách nhiệm thực hiện thống kê …;
                         # Chủ tịch Ủy ban nhân dân cấp xã | chịu trách nhiệm về số liệu thống kê của đơn vị mình." (t21-07),
                         # "… Chủ tịch UBND cấp xã | chịu trách nhiệm về tính chính xác của dữ liệu do địa phương mình cập
                         # nhật." (a16-10): the labels write no entry of its own (with a task after it, a15-04, it stays)
                         r"|^(?:phai |cung )?chiu trach nhiem(?: toan dien| chinh| hoan toan)? ve (?:tinh chinh xac|tinh trung thuc)?"
                         r"(?:,? (?:day du|trung thuc|kip thoi|chinh xac))*(?: cua)?\s*(?:cac |toan bo )?(?:so lieu|du lieu|thong tin)\b[^;]*"
                         # … then what the figures must be and the case of a late or wrong report: "Các đơn vị chịu trách
                         # nhiệm về tính chính xác của số liệu báo cáo; số liệu trên Hệ thống cơ sở dữ liệu ngành phải khớp
                         # với số liệu gửi bằng văn bản; Trường hợp đơn vị chậm nộp hoặc số liệu sai lệch, Sở GDĐT sẽ tổng
                         # hợp, đưa vào kết quả đánh giá thi đua …" (a Sở GDĐT's Công văn, a24-04: no entry in its labels)
                         r"(?:;\s*(?:cac |moi )?(?:so lieu|du lieu|thong tin|truong hop|neu)\b[^;]*)*$"
                         # answering for the accuracy of what one holds: "Thủ trưởng cơ quan, tổ chức, đơn vị chịu trách
                         # nhiệm toàn diện về tính chính xác, đầy đủ, kịp thời của dữ liệu tài sản …" (82/2025/QĐ-UBND)
                         # (not plainly "… chịu trách nhiệm về tính chính xác của …": the legal windows count it as a
                         # duty, a16-10's authors did not — left as a duty, session 17)
                         r"|^(?:phai |cung )?chiu trach nhiem (?:toan dien|hoan toan) ve tinh (?:chinh xac|trung thuc|hop phap)[^;]*[.;\s/]*$"
                         # answering for the outcome, with no act of its own: "Người đứng đầu cấp ủy, chính quyền | chịu
                         # trách nhiệm trực tiếp về kết quả phát triển du lịch tại địa phương mình." (a Tỉnh ủy's Nghị
                         # quyết chuyên đề, a23-06's label: a statement of personal responsibility; a19-05, a20-01, t22-02
                         # print the same "… chịu trách nhiệm về kết quả …" of the người đứng đầu and list no entry)
                         r"|^(?:phai |cung )?chiu trach nhiem(?: truc tiep| toan dien| chinh| hoan toan| ca nhan)? ve (?:ket qua|tien do|"
                         r"chat luong|hieu qua)\b[^;]*[.;\s/]*$")
# the sentence after an accountability one that opens on a year (original text, after the "; " the task joined the
# sentences with): "Thủ trưởng đơn vị dự toán, Chủ tịch Ủy ban nhân dân xã, phường chịu trách nhiệm về tính chính xác …
# của số liệu quyết toán. Năm 2025, toàn tỉnh còn 14 đơn vị … gửi báo cáo chậm …" (a Sở Tài chính's Hướng dẫn, a23-09's
# label: a statement of responsibility): the year's record and what follows it are no task of the body
YEAR_SENTENCE = re.compile(r";\s+(?:Năm|Trong năm|Qua|Đến hết năm|Tính đến năm)\s+\d{4}\b")
# a closing request in the body's last paragraph that names no task of its own (folded): "Đề nghị các sở, ban,
# ngành và địa phương khẩn trương thực hiện đúng chức năng được giao; kịp thời báo cáo … khó khăn, vướng mắc",
# "… đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, …"
# the time or manner the document set, closing a bare request (folded): "Đề nghị đồng chí bí thư các chi bộ | quan tâm,
# chỉ đạo thực hiện đúng thời gian quy định./." (a18-04): no task or date of its own
# … or the time alone: "Sở GDĐT đề nghị Ủy ban nhân dân các xã, phường, thủ trưởng các đơn vị | quan tâm, chỉ đạo thực
# hiện đúng thời hạn." (a Sở's Công văn closing its numbered requests, a24-04)
AS_SET = r"(?: (?:theo )?dung (?:(?:thoi gian|thoi han|tien do|ke hoach) )?(?:quy dinh|yeu cau|de ra)| (?:theo )?dung (?:thoi gian|thoi han|tien do))?"
CLOSING_REQUEST = re.compile(r"^(?:khan truong |nghiem tuc |kip thoi |chu dong )*(?:trien khai |to chuc )?thuc hien"
                             r" (?:theo )?dung (?:quy dinh|chuc nang|nhiem vu)"
                             # "Sở Tài chính đề nghị các đơn vị quan tâm, phối hợp thực hiện./." (a reviewer's letter,
                             # session 13): courtesy with no task of its own; so is "Đề nghị các chi bộ quan tâm thực
                             # hiện./." (the session-18 newcomer's Công văn: it was merged into the first item's task)
                             # ("Ban Thường trực … đề nghị các chi bộ, chính quyền thôn quan tâm lãnh đạo, phối hợp; …./.", a
                             # Ủy ban MTTQ xã's last words, t34-02)
                             r"|^quan tam(?:,?\s+(?:phoi hop|tao dieu kien|chi dao|lanh dao|giup do)"
                             r"(?:,? (?:phoi hop|tao dieu kien|chi dao|lanh dao|giup do))*)?"
                             r"(?: (?:de )?thuc hien)?" + AS_SET + r"[\s./]*$|^phoi hop thuc hien[\s./]*$"
                             # ("Đề nghị các cấp ủy, tổ chức đảng quan tâm triển khai thực hiện.", a20-08's last words; a
                             # letter's one request "… quan tâm triển khai thực hiện đúng thời gian quy định" stays, samples/126)
                             r"|^quan tam trien khai thuc hien[\s./]*$"
                             # the plan carried out as its whole task, named without "này": "Ủy ban nhân dân phường yêu cầu
                             # các đơn vị, khu phố | nghiêm túc triển khai thực hiện Kế hoạch./." (t34-09), "… đề nghị các cơ
                             # quan, đoàn thể, thôn | triển khai thực hiện đúng nội dung Kế hoạch./." (t34-08)
                             r"|^(?:khan truong |nghiem tuc |kip thoi |chu dong )*(?:trien khai\s+|to chuc\s+)?thuc hien"
                             r"(?:\s+nghiem tuc)?(?:\s+dung)?(?:\s+noi dung)?\s+(?:ke hoach|chi thi|cong dien|thong bao|huong dan)"
                             r"(?:\s+nay)?[\s./]*$")
# an earlier request recalled, just before the bodies it named (folded): "Tại Công văn số 980/STC-QLG ngày
# 10/3/2026, Sở Tài chính đã đề nghị | các đơn vị báo cáo trước ngày 15/4/2026" (a reminder letter): an assignment
# quoted from an earlier document, not one of this document (labels README, "Further conventions")
# … or by the earlier letter that made it: "Ngày 15/10/2026, Bộ Nội vụ có Công văn số 7640/BNV-TCBC đề nghị | Ủy ban nhân
# dân các tỉnh, thành phố … báo cáo … trước ngày 15/11/2026" (a Bộ's reminder letter, a24-10: its earlier request)
QUOTED_REQUEST = re.compile(r"\b(?:da|tung)\s+(?:de nghi|yeu cau|giao|chi dao|giao cho)\s*$"
                            r"|\b(?:(?:da|tung)\s+)?(?:co|ban\s+hanh|gui)\s+(?:cong\s+van|van\s+ban|thong\s+bao|cong\s+dien|ke\s+hoach"
                            r"|chi\s+thi)(?:\s+(?:so\s+)?\d+[^\s,;]*)?(?:\s+ngay\s+(?:[\d/.-]+|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}))?"
                            # (its date in words: "Trước đó, Ủy ban nhân dân tỉnh đã ban hành Công văn số 8764/UBND-KT ngày 20
                            # tháng 12 năm 2026 yêu cầu | các chủ đầu tư hoàn thành … trước ngày 31 tháng 12 năm 2026", a25-09)
                            # (its subject after "về việc" too: "Ngày 12/8/2036, Ủy ban nhân dân tỉnh ban hành Công văn số
                            # 4512/UBND-KT về việc rà soát, báo cáo phương án xử lý nhà, đất dôi dư …, yêu cầu | Ủy ban nhân
                            # dân các xã, phường gửi báo cáo … trước ngày 15/9/2036", t48-09's labels: recalled, no task)
                            r"(?:\s+(?:ve\s+viec|v/v)\s+[^.;:]{0,200}?,?)?"
                            r"\s+(?:de\s+nghi|yeu\s+cau|giao|chi\s+dao)\s*$")
# the same anywhere before a date of its sentence: the date the earlier request set ("… đã đề nghị các sở … báo cáo …
# trước ngày 31/10/2026"), a past due date recalled, no task of this document
RECALLED_REQUEST = re.compile(r"\b(?:da|tung)\s+(?:de nghi|yeu cau|giao|chi dao|giao cho)\b")
# a permission, not a task (folded, the end of the subject or the start of the task): "Đoàn kiểm tra có thể thực
# hiện công bố quyết định kiểm tra bằng hình thức trực tiếp hoặc trực tuyến." (56/2025/TT-BCT) — what a body may do
# is a statement of competence (realdocs/labeled/README.md, "Further conventions")
PERMISSION = re.compile(r"(?:^|\s)(?:co the|duoc phep|duoc quyen)$")
PERMISSION_WHAT = re.compile(r"^(?:co the|duoc phep|duoc quyen)\s")
# the same after a condition and the subject named again, as a rule's second sentence writes it (folded): "Trường hợp
# cần thiết, cấp có thẩm quyền có thể kéo dài thời gian nhưng không quá 15 ngày làm việc" — an extension the body may
# grant, not a second task of it (45-HD/BTCTW's readers: one duty, its limit and the allowed extension)
#: (obl51) a stand-in rule opening the subject's sentence (folded, the sentence's words before the subject): "Khi
#: một Phó Chủ tịch vắng mặt, | Phó Chủ tịch còn lại giải quyết công việc …", "Khi Chủ tịch vắng mặt, | Phó Chủ tịch
#: phụ trách kinh tế được ủy quyền điều hành …" (a phân công Quyết định's Điều 2: t50-09, t23-07 — both sets' labels
#: count no entry: who deputises, a competence the absence triggers, no task the decision sets); matched at the
#: obligation's sentence start, the subject right after it
STAND_IN_LEAD = re.compile(r"\W*(?:trong\s+)?(?:khi|truong hop|neu)\s[^.;:,\n]{1,80}?\svang mat(?:\s[^.;:,\n]{0,40})?,\s*")
CONDITIONED_PERMISSION_WHAT = re.compile(r"^(?:trong\s+)?(?:truong hop|neu|khi)\s[^,;.]{1,80},\s*(?P<rest>.*)$")
# the numbered heading an item sits under (folded, multiline): its first words tell whether the items below are
# criteria ("2. Tiêu chí về nghiên cứu khoa học …, doanh nghiệp phải đáp ứng đồng thời hai nội dung sau: a) Doanh
# nghiệp phải có bộ phận nghiên cứu …", 33/2025/TT-BKHCN): an evaluation-criteria list is no obligation
# (realdocs/labeled/README.md, "Obligations")
NUMBERED_HEADING = re.compile(r"(?m)^[ \t*]*(?:\d{1,2}[.)]|dieu \d+[.:]?)[ \t*]*(\S[^\n]{0,30})")
CRITERIA_HEAD = re.compile(r"^tieu chi\b")
# a roman section's heading line (folded, multiline: "III. NHIEM VU VA PHAN CONG THUC HIEN"): a criteria list under the
# numbered heading above it has ended there
ROMAN_HEADING = re.compile(r"(?m)^[ \t*]*[ivxl]{1,5}\.[ \t*]+\S")
# a roman section listing who attends an event ("III. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU", "THÀNH PHẦN THAM DỰ"; folded
# heading without its number): "Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND …" there are the guests, no
# bodies charged ("lãnh đạo" is a noun there, not the verb; t31-07's labels)
# … and one listing a checking team's members ("IV. THÀNH PHẦN TỔ KIỂM TRA", "THÀNH PHẦN ĐOÀN GIÁM SÁT", "Thành phần
# các Tổ công tác"): "Tổ kiểm tra số 1: đồng chí …, làm Tổ trưởng; …; phụ trách các chi bộ số 1, 2" says who sits in
# which team, no task charged (the team's duties are its block in Tổ chức thực hiện; t38-06's labels)
ATTENDEES_HEAD = re.compile(r"^thanh phan(?:,? so luong)?(?: (?:dai bieu|tham du|tham gia|moi|du))?(?:,? so luong(?: dai bieu)?)?$"
                            r"|^thanh phan (?:cac )?(?:to|doan)(?: cong tac)?(?: (?:kiem tra|giam sat|thanh tra))?"
                            r"(?: lien nganh)?$")
# individual persons whose duties a rule states (folded), not bodies assigned: "Cá nhân sử dụng hộp thư điện
# tử …", "Thuê bao có trách nhiệm: …", "Người sử dụng …" (the labelled set: duties of persons are no obligations)
# "Tổ chức, cá nhân trả thu nhập … có trách nhiệm khấu trừ thuế" (a rule quoted in 1539-VLO-QLDN3) is the rule's addressee
# ("Tổ chức kinh tế, cá nhân nước ngoài … phải nộp thuế": the list's organisation may carry a qualifier); a plural is
# persons too ("Các cá nhân được cấp hộp thư điện tử công vụ phải …", 79-2025-QD-UBND_bac-ninh)
# the asset-declaration law's declarants, "Người có nghĩa vụ kê khai" (a row's Đơn vị thực hiện of a Kế hoạch kê khai tài sản,
# thu nhập: "Kê khai và nộp bản kê khai …"), are persons too (the labels' "Nhân sự phải kê khai …")
PERSONS = re.compile(r"^(?:moi |(?:cac|nhung) (?!to chuc))?(?:to chuc(?: [a-z]+){0,3},? (?:va )?)?(?:ca nhan|thue bao|nguoi su dung(?! lao dong)|cong dan|nguoi dan|nguoi nop thue|nguoi co nghia vu ke khai)(?:\s|$)")
# a point's or clause's label opening a line of prose ("b) ", "đ) ", "a1) ", "3. "), with its leading spaces and marks
# a time limit opening a provision (original text): "Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, …",
# "Trong vòng 03 ngày làm việc …", "Chậm nhất 05 ngày …"
TIME_LIMIT_OPENING = re.compile(r"(?:Trong thời hạn|Trong vòng|Chậm nhất|Không quá)\s+(?:\d|[a-zđ]+\s*\(\d)", re.IGNORECASE)
# a point label right after an opening quote mark (original text): "“a) Trong thời hạn 07 ngày, …" — the text an
# amending document writes into another, as a paragraph of its article
QUOTED_POINT = re.compile(r"\s*[“\"][ \t*]*(?:[a-zđ]\d?\)|\d{1,2}[.)])\s")
POINT_OPENING = re.compile(r"[ \t*]*(?:[a-zđ]\d?\)|\d{1,2}[.)])[ \t*]+(?=\S)")
# a sanction, not a task (folded): "… do thiếu trách nhiệm hoặc cố ý làm trái quy định … sẽ bị xử lý kỷ luật, phải bồi
# thường thiệt hại …" (27-2025-QD-UBND Điều 12.2), "… phải bồi thường thiệt hại theo quy định của pháp luật" (the legal
# windows' labels: liability is no assignment)
# ("Không đang bị truy cứu trách nhiệm hình sự" is a condition a party meets, no sanction)
# ("thiết bị xử lý …" is equipment, no sanction: "Dự trữ hóa chất, vật tư, trang thiết bị xử lý ổ dịch", "lắp đặt thiết bị
# xử lý nước thải" — the folded "bi xu ly" inside the noun)
SANCTION = re.compile(r"(?<![a-z])(?<!khong )(?<!dang )(?<!chua )(?<!thiet )(?:(?:se )?bi (?:xu ly|xu phat|truy cuu|ky luat)"
                      r"|(?:phai|chiu trach nhiem) boi thuong)(?![a-z])")
#: the object a task is about, opened after the task's verb by its preposition or a plural (folded), with no modal of a
#: predicate ("sẽ", "thì", "đều"; "cũng" right before the "bị", no "cung cấp") after it (a clause that opens "Đối với …" names its topic, the case a
#: sanction is for): "Cung cấp thông tin về tổ chức đảng, đảng viên bị kỷ luật …", "Rà soát các trường
#: hợp bị xử phạt …", "Lập danh sách cán bộ bị kỷ luật …" — the sanction describes whom the task is about
_SANCTIONED_OBJECT = re.compile(r"(?<=[a-z] )(?:ve|doi voi|cac|nhung|danh sach|truong hop)\s"
                                r"(?:(?!(?<![a-z])(?:se|thi|deu|phai)\s|(?<![a-z])cung\s$)[^.;]){0,80}$")
#: … only in a clause that opens with a task's verb (``patterns.ACTION_VERB_RE``): "vi phạm các quy định bị xử lý",
#: "không chấp hành …", "có hành vi …" open with the breach the sanction is for, its subject the offender's (folded)
_BREACH_OPENING = re.compile(r"(?:vi pham|khong chap hanh|khong thuc hien|co hanh vi|de xay ra)(?![a-z])")


def sanction(first: str) -> bool:
    """The clause ``first`` (folded, a task's first clause) states a sanction on its subject ("… sẽ bị xử lý kỷ luật,
    phải bồi thường thiệt hại …"): a liability, no task. Why: the same words qualify the persons a task is about ("Cung
    cấp thông tin về tổ chức đảng, đảng viên bị kỷ luật … trước ngày …", a Ban Xây dựng Đảng's Hướng dẫn; "báo cáo các
    trường hợp bị xử phạt"): after a preposition or a plural that opens the task's object, the sanction is the
    object's, and the task stands — in a clause a task's verb opens, never one opened by the breach ("vi phạm các quy
    định bị xử lý …": the offender's own sanction)."""
    opening = first.lstrip(" -+•*")
    tasked = bool(P.ACTION_VERB_RE.match(opening)) and not _BREACH_OPENING.match(opening)
    return any(not (tasked and m.group().startswith("bi ") and _SANCTIONED_OBJECT.search(first, 0, m.start()))
               for m in SANCTION.finditer(first))


# a reward, as a sanction is no task (folded, the first clause of the task): "Cơ quan, đơn vị, cá nhân có thành tích
# trong thực hiện Quy chế được khen thưởng theo quy định; trường hợp …" (a Quy chế phối hợp's article "Khen thưởng, xử
# lý vi phạm", a20-09's labels: no entry); "được xét khen thưởng" alike, and a reward withheld ("Đảng bộ không đăng ký
# mô hình hoặc không gửi báo cáo đúng thời gian quy định không được xét khen thưởng phong trào năm 2040", t55-07)
REWARD = re.compile(r"(?<![a-z])(?:se )?duoc (?:xem xet,? |xet )?(?:khen thuong|bieu duong|tuyen duong)(?![a-z])")
#: … with the body that grants it named before the act (folded sentence): "Thôn hoàn thành … được UBND xã biểu dương,
#: khen thưởng" — a consequence stated, no task of the units it speaks of
REWARD_FOR = re.compile(r"(?<![a-z])duoc (?:[^;.,]{0,40}?\s)?(?:khen thuong|bieu duong|tuyen duong)(?![a-z])")
#: … or with the result made a ground of the emulation rating (folded sentence): "Kết quả … là một tiêu chí xét thi đua
#: năm …", "Kết quả thực hiện là căn cứ để đánh giá, xếp loại thi đua cuối năm" — how the work will be judged after the
#: closing formula, no task of the units it speaks of (the labels README: closing formulas are not obligations)
RATED_BY = re.compile(r"(?<![a-z])(?:la|lam|duoc (?:xem la|dung lam|coi la))\s+(?:mot\s+)?(?:trong (?:nhung|cac)\s+)?"
                      r"(?:tieu chi|tieu chuan|can cu)\s[^.;]{0,60}?\b(?:thi dua|khen thuong|danh gia|xep loai|binh xet)"
                      r"(?![a-z])")
# … and so is an award conferred, the issuer's proposal of it to the body that confers it (folded, who and task joined):
# "- Đề nghị Trung ương Hội CCB Việt Nam tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc …; đề nghị UBND tỉnh
# khen thưởng theo quy định." (a Hội CCB tỉnh's Kế hoạch thi đua, t29-06: the labels count no entry) — the khen thưởng
# procedure, not a task the plan sets
AWARD_CONFERRED = re.compile(r"(?<![a-z])(?:trao )?tang (?:thuong )?(?:bang khen|giay khen|co thi dua|huan chuong|huy chuong"
                             r"|ky niem chuong|danh hieu)(?![a-z])")
# the answer to an appeal a procedure allows, no task (folded): "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông
# báo kết quả, Hội cơ sở có quyền kiến nghị bằng văn bản; Ban Thường vụ Hội LHPN tỉnh | xem xét, trả lời trong thời hạn
# không quá 10 ngày làm việc." (a Hội LHPN's Hướng dẫn on xếp loại, t29-08: the labels count neither the right nor the
# answer, which is owed only when an appeal comes) — APPEAL_RIGHT in the paragraph before the body, APPEAL_ANSWER its task
APPEAL_RIGHT = re.compile(r"(?<![a-z])co quyen (?:kien nghi|khieu nai|de nghi (?:xem xet|phuc khao|cham lai)|phuc khao)(?![a-z])")
APPEAL_ANSWER = re.compile(r"^(?:xem xet,?\s*(?:va\s+)?)?(?:tra loi|giai quyet|tra loi,?\s*giai quyet)(?![a-z])")
# the parties a rule regulates among PERSONS (folded): organisations named with the persons ("Tổ chức, cá nhân …", "Các
# tổ chức kinh tế, cá nhân nước ngoài …") and the taxpayer ("Người nộp thuế …", an organisation or a person): in a rule
# they are a role, as fee payers are (legal windows' conventions); a letter restating the rule binds none (obligations.add)
REGULATED_ROLES = re.compile(r"^(?:(?:cac|moi)\s+)?(?:to chuc(?: [a-z]+){0,3},? (?:va )?ca nhan|nguoi nop thue|nguoi co nghia vu ke khai)(?:\s|$)")
# a closing request made only of generic verbs, with no task of its own (folded): "Sở Giáo dục và Đào tạo
# đề nghị Thủ trưởng các đơn vị | nghiêm túc thực hiện./." (5095-SGDDT-CTTTHSSV), "Bộ Tài chính trân trọng
# đề nghị UBND các tỉnh, thành phố | quan tâm, chỉ đạo triển khai thực hiện./." (17986-BTC-CT); the
# signature's stray emphasis marks ("* *") may follow
BARE_EXECUTION = re.compile(r"^(?:(?:quan tam|chi dao|to chuc|trien khai|thuc hien|nghiem tuc|khan truong|kip thoi"
                            r"|chu dong|xem xet|va)[\s,]*)+(?:(?:theo )?(?:ke hoach|cong van|van ban|chi thi"
                            r"|quyet dinh|cong dien|thong bao|huong dan) nay)?" + AS_SET + r"[\s./*]*$")
# a guidance letter's closing advice (folded): "Đề nghị Công ty | căn cứ vào tình hình thực tế của đơn vị, đối
# chiếu với các quy định tại văn bản pháp luật nêu trên để thực hiện đúng quy định." (3257-TNI-QLDN1)
# … also over a list of provisions and with "để thực hiện" alone: "Đề nghị Công ty | căn cứ quy định tại Điều 61, Điều 63
# Luật Hải quan …; Điều 83 Nghị định 08/2015/NĐ-CP …; … và thực tế hoạt động thương mại của Công ty để thực hiện." (39992/CHQ-GSQL)
APPLY_THE_LAW = re.compile(r"^(?:can cu|doi chieu|nghien cuu)\b(?:[^;]|;\s*(?:dieu|khoan|diem|muc|chuong|luat|nghi dinh|thong tu)\b)"
                           r"{0,600}?\bde (?:thuc hien|ap dung|biet va thuc hien)"
                           r"(?:(?: theo)? (?:dung )?(?:quy dinh|huong dan|phap luat)[^;]{0,40})?[\s./*…]*"
                           # the letter's last line may follow: "Thuế tỉnh … trả lời cho Công ty được biết và thực hiện …"
                           # … or names the addressee between "để" and "biết": "Cục Hải quan trả lời để Công ty biết./." (39712/CHQ-GSQL)
                           r"(?:;[^;]*\b(?:duoc biet|de biet|de [^;]{1,40}? biet)\b[^;]*"
                           # … or the usual advice: "Trường hợp vướng mắc, đề nghị liên hệ với Hải quan … để được hướng dẫn."
                           r"|;\s*truong hop (?:co )?(?:vuong mac|kho khan)\b[^;]*\bde duoc huong dan\b[^;]*)?$")
# a scope clause, not a task (folded): "Các tổng công ty, tập đoàn kinh tế thực hiện quy trình khép kín mới
# bán ra | cũng thuộc đối tượng giảm thuế …" (a Nghị định quoted in 3257-TNI-QLDN1)
IN_SCOPE_OF = re.compile(r"\b(?:cung|deu|khong) thuoc doi tuong\b|\bthuoc doi tuong (?:giam|chiu|khong chiu|duoc|ap dung)")
# the fields of an administrative procedure (thủ tục hành chính) as a Quyết định công bố TTHC prints them
# (folded, at a line's start after its label): its "Cơ quan thực hiện: Sở …", "Nơi tiếp nhận và trả kết quả:
# + Trung tâm Phục vụ hành chính công tỉnh; địa chỉ: …", "k) Yêu cầu điều kiện thực hiện thủ tục hành chính"
# describe the procedure, they assign nothing (the labelled set: a procedure's unit is no obligation)
# ("1.1. Trình tự thực hiện:", "1.4. Thời hạn giải quyết hồ sơ:": a procedure numbered inside its list, 1630/QĐ-UBND)
PROCEDURE_FIELD = re.compile(r"(?m)^[ \t*]*(?:[-+•][ \t]*|[a-zđ]\)[ \t]*|\d{1,2}(?:\.\d{1,2}){0,2}[.)][ \t]*)?(?:trinh tu thuc hien|cach thuc thuc hien"
                             r"|noi tiep nhan|thanh phan,? (?:so luong )?ho so|so luong ho so|thoi han giai quyet"
                             r"|co quan (?:thuc hien|giai quyet|co tham quyen quyet dinh)|doi tuong thuc hien"
                             r"|ket qua (?:cua viec )?thuc hien|(?:phi,? )?le phi|ten mau don|yeu cau,? dieu kien"
                             r"|can cu phap ly)\b")
# the body a check is about, a field of its plan beside "- Nội dung: …" and "- Thời gian: …" (folded item heading before
# its colon): "- Đối tượng: Chi bộ Ủy ban nhân dân phường và đảng viên là công chức phụ trách địa chính - xây dựng."
# (a UBKT's Hướng dẫn giám sát chuyên đề, t22-08: the chi bộ is supervised, no task of its own)
OBJECT_FIELD = re.compile(r"^\W*doi tuong(?: (?:duoc )?(?:giam sat|kiem tra|thanh tra))?\W*$")
# the manner of a campaign, a field of its plan (folded item heading before its colon): "4. Phương thức: tổ tiêm phòng
# gồm nhân viên Trung tâm Dịch vụ nông nghiệp xã và thú y viên thôn, tiêm tập trung tại điểm của từng thôn …" (a33-04's
# labels: how the rounds are carried out, no assignment; its bodies' tasks are their own items), "- Hình thức: …"
MANNER_FIELD = re.compile(r"^\W*(?:phuong thuc|hinh thuc|phuong phap)(?: (?:thuc hien|to chuc|trien khai))?\W*$")
# (obl47) the bodies a project's fact sheet names by their part in it (folded item heading before its colon): "3. Chủ
# đầu tư: Ủy ban nhân dân xã Yên Hòa." (a Tờ trình on chủ trương đầu tư, a45-07), "- Chủ đầu tư: Ủy ban nhân dân xã …;
# đơn vị quản lý dự án: Ban Quản lý dự án …" (t45-07) beside "Hình thức đầu tư:", "Tiến độ thực hiện:" — who holds the
# project, a designation, no task (the labels give neither line an entry); a task after the name is read as before
PROJECT_ROLE_FIELD = re.compile(r"^\W*(?:chu dau tu|dai dien chu dau tu|don vi quan ly du an|co quan chu quan"
                                r"|nha thau(?: thi cong| xay dung)?|don vi tu van(?: thiet ke| giam sat| lap du an)?)\W*$")
# the heading of an appendix that sets out the steps of handling administrative procedures (folded, line breaks
# as spaces): "PHỤ LỤC 2 QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC …" (2022-QD-UBND, 1948-QD-UBND);
# its "Bước 3 | Thụ lý giải quyết | Sở Y tế, cơ quan Công an các cấp … thực hiện việc kiểm tra …" rows say who
# handles a step of a procedure, nobody is assigned a task (like a procedure's "Cơ quan thực hiện")
PROCEDURE_FLOW_HEADING = re.compile(r"\bquy trinh\b[^|]{0,60}?\bgiai quyet\b[^|]{0,30}?(?:\bthu tuc hanh(?: chinh)?\b|\btthc\b)")
# the heading of an appendix of spending levels (folded, line breaks as spaces): "PHỤ LỤC I NỘI DUNG CHI VÀ MỨC
# CHI ĐỂ TỔ CHỨC CÁC KỲ THI …" (22/2025/NQ-HĐND Vĩnh Long): its rows "1. Ban Chỉ đạo thi | - Trưởng ban | 692 |
# người/ngày" price a board's work, nobody is assigned a task
# — also after a few words naming what is priced: "PHỤ LỤC II DANH MỤC HOẠT ĐỘNG, SẢN PHẨM VÀ KHUNG ĐỊNH MỨC CHI TRONG …"
# (78/2025/NQ-HĐND: its row "Xây dựng bản đánh giá thủ tục hành chính, việc phân cấp, thực hiện …" names an activity)
SPENDING_SCALE_HEADING = re.compile(r"^\W*phu luc(?:\s+(?:so\s+)?[ivxl\d]+)?\W*(?:[a-z]+,?\s+){0,8}?"
                                    r"(?:noi dung chi|(?:khung )?(?:dinh )?muc chi|muc ho tro|muc thu|bang muc)\b")
# the heading of an appendix listing administrative procedures (folded, line breaks as spaces): "PHỤ LỤC DANH MỤC
# THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ …" (4014/QĐ-BTC): its rows' "Cơ quan thực hiện" cell ("Cục Quản lý, giám sát kế toán,
# kiểm toán") names who handles a procedure, nobody is assigned a task
PROCEDURE_LIST_HEADING = re.compile(r"^\W*phu luc(?:\s+(?:so\s+)?[ivxl\d]+)?\W*danh muc (?:cac )?(?:thu tuc hanh chinh|tthc)\b")
# a column of a list of administrative procedures (folded header cell): "Mã số TTHC", "Tên thủ tục hành chính"
# (3361-QD-BCT: its "Cơ quan thực hiện" column names who handles a procedure, nobody is assigned)
PROCEDURE_COL = re.compile(r"\btthc\b|thu tuc hanh chinh|\bma so\b|ten thu tuc")
# a document's trích yếu about administrative procedures (folded): "… CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH VÀ PHÊ DUYỆT
# QUY TRÌNH NỘI BỘ GIẢI QUYẾT …" (2028-QD-UBND, 1948-QD-UBND, 3760-QD-UBND): its step tables ("Bước 1 | … |
# Bộ phận tiếp nhận … | 0,25 ngày") list who handles each step of a procedure (vocab.STEP_COL)
PROCEDURE_TOPIC = re.compile(r"\bthu tuc hanh chinh\b|\btthc\b|\bquy trinh noi bo\b|\bquy trinh dien tu\b")
# a head's title before the body it heads (folded): "Thủ trưởng các đơn vị" names the units
HEAD_TITLES = re.compile(r"\b(?:thu truong|lanh dao|nguoi dung dau|giam doc|chu tich|truong)\b")
# a line ending in a verb whose object must follow (folded): the body on the next line is that object, not a subject
# ("- Lập dự toán kinh phí báo cáo" / "Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền …", 235-KH-UBND)
OBJECT_VERB_END = re.compile(r"(?<![a-z])(?:bao cao|gui|gui ve|trinh|de nghi|tham muu|thong bao cho|cung cap cho|phoi hop voi"
                             r"|giup|chuyen|chuyen ve)$")
# a head's title before its body's name (folded), the body the same: "Chủ tịch Ủy ban nhân dân …", "Bộ trưởng Bộ …"
# ("Bộ trưởng các Bộ: …" keeps its list; "Thủ trưởng các cơ quan" is "các cơ quan")
LEADING_HEAD_TITLE = re.compile(r"^(?:(?:cac dong chi|dong chi)\s+)?(?:chu tich|bo truong|giam doc|thu truong|truong ban"
                                r"|chanh van phong|nguoi dung dau)\s+(?=(?:uy ban|ubnd|bo|so|cac|ban|van phong|cuc)\b)")
# a head word that names no body by itself (folded): a line that holds only "Sở" / "Bộ" / "Ủy ban" was cut by the wrap
# an activity that names no body without its level: "10. Thanh tra, kiểm tra, xử lý vi phạm về hoạt động tín
# ngưỡng …" in a list of what the bodies cooperate on (102/2025/QĐ-UBND); the body is "Thanh tra tỉnh", "Thanh
# tra Chính phủ", "Thanh tra Bộ …" (folded who)
# (so the bare kind of force a topic heading names: "2. Lực lượng kiểm tra" over the team's composition, "Lực lượng |
# kiểm tra" read as a body and its verb; the force is "Lực lượng Công an …", "Lực lượng canh phòng …")
BARE_ACTIVITY_WHO = re.compile(r"^(?:thanh tra|kiem tra|giam sat|kiem toan|luc luong)\W*$")
#: a bare kind of unit in small letters as a clause's subject (folded, the whole who): "Chậm nhất 15 ngày trước ngày đại
#: hội, chi bộ gửi dự thảo văn kiện … về Ban Thường vụ Đảng ủy", "Trong thời hạn 05 ngày làm việc sau đại hội, chi bộ
#: gửi hồ sơ …" (a48-06) — with no date of its own, a procedure's rule for any unit of that kind, no body named; a
#: dated step is that kind's task ("…; chi bộ họp xét, ra nghị quyết …, hoàn thành trước ngày 15/01/2035", t44-06's
#: labels: "Chi bộ")
BARE_KIND_WHO = re.compile(r"(?:chi bo|dang bo|chi hoi|chi doan|co so doan|to chuc dang|don vi|co quan|thon|ap|ban|"
                           r"to dan pho|khu pho|xa|phuong|truong|doanh nghiep|hop tac xa|ho gia dinh|dang vien|hoi vien)")
#: a meeting's words read into a body's name (original text, "giao ban" in small letters: a body's own "Ban" is
#: capitalised): "3. Thường trực Đảng ủy giao ban hằng tuần; giao ban với Thường trực⏎Hội đồng nhân dân, …" (the wrap
#: before a capital made the first line a heading), "Đảng ủy giao ban | hằng tuần; …" — a Quy chế làm việc's meeting
#: rule, never a body's name; no task either (the four Quy chế làm việc of a Party committee in the sets, a30-03,
#: t22-09, a48-07, t48-07, label none of their committees' meetings; a weekly one is a standing meeting,
#: :mod:`.standing_meetings`)
MEETING_IN_WHO = re.compile(r"\S\s+(?:họp\s+)?giao\s+ban(?![\wÀ-ỹ])")
BARE_HEADS = ("so", "bo", "uy ban", "ban", "cuc", "vu", "van phong", "ubnd", "chu tich", "giam doc", "bo truong", "thu truong")
# a unit's head noun that names no unit by itself (folded): what follows it is the unit's name, even when that name
# reads like a task ("Văn phòng đăng ký đất đai", "Trung tâm Phục vụ hành chính công", "Bộ phận tiếp nhận và trả kết
# quả", "Ban quản lý dự án", "Quỹ phát triển đất"): a rule's plain verb after it does not end the subject
UNIT_HEAD_ALONE = re.compile(r"^(?:cac\s+)?(?:van phong|trung tam|chi nhanh|phong|ban|cuc|chi cuc|vu|vien|bo phan|quy|to|doi"
                             r"|so|bo|uy ban|hoi dong|tong cuc|cong ty|tong cong ty|hoc vien|truong)\W*$")
# the fields only a procedure's description has (first 12 folded characters of the field's name)
PROCEDURE_CORE = {"trinh tu thu", "cach thuc th", "thoi han gia", "ten mau don", "yeu cau, die", "yeu cau dieu",
                  "can cu phap ", "doi tuong th"}
# an address after a body's name and its colon, not a task (folded): "- Trung tâm Phục vụ hành chính công tỉnh Hưng
# Yên: + Trụ sở chính: Số 2, đường Chùa Chuông, …" (1973-QD-UBND), "Tòa nhà Trung tâm hành chính, đường Lê Lợi, …"
ADDRESS_WHAT = re.compile(r"^[+\-•*\s]*(?:tru so(?: chinh)?\s*:|dia chi\s*:|co so \d+\s*:|toa nha\s|so \d+[a-z]?,?\s+(?:duong|pho|ngo)\s)")
# the colon and the first enumerator of the tasks after a body's name (original text): "Bộ trưởng Bộ Tài chính: (i)"
ENUMERATOR_TAIL = re.compile(r"\s*:\s*(?:\(?(?:[ivx]{1,4}|\d{1,2}|[a-zđ])\))?\s*$")
# an adverbial opening a sentence before its subject (original text): "Trong một số trường hợp …, Sở Công Thương có
# trách nhiệm …", "Để …, ", "Khi …, ", "Trường hợp …, "
ADVERBIAL_OPENING = re.compile(r"^(?:Trong (?:một số |các |mọi )?trường hợp|Trường hợp|Để|Khi|Nhằm)\s")
# a heading naming a body through the content it is charged with (original text): "Nội dung Công an tỉnh có
# trách nhiệm chủ trì", "Nhiệm vụ Sở Xây dựng chịu trách nhiệm thực hiện" (a Quy chế phối hợp, 26-2025-QD-UBND)
# an item that is only the title of a body's duties, its tasks the items after it (the article's
# "Điều" split from its number, so the tasks became its siblings): "Điều⏎14. Trách nhiệm của Sở Khoa học và Công
# nghệ⏎⏎1. Quản lý, hướng dẫn …⏎2. …" (144-2025-QD-CTUBND, a Quy chế after the signature, read before vanban)
# ("Nội dung hoạt động của Đội xung kích" over the team's points, a campaign plan: what it does, its tasks)
DUTY_TITLE = re.compile(r"^(?:[Tt]rách nhiệm|[Nn]hiệm vụ|[Nn]ội dung hoạt động)(?:,? (?:và )?quyền hạn)? của "
                        r"(?P<body>[^.:;\n]{3,160}?)[ .]*$")
#: a part titled by one body's oversight work (folded): "IV. CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT CỦA ỦY BAN KIỂM TRA ĐẢNG ỦY" over
#: "1. Kiểm tra tổ chức đảng cấp dưới …" / "- Thời gian: hoàn thành trong quý III/2039" (a Đảng ủy xã's Chương trình kiểm
#: tra, giám sát): the body after "của" carries out the part's items, one block as under "Trách nhiệm của X" — the two
#: such programmes of the spent sets label it so, dated by the block's earliest time (a53-06, t53-06); the part whose
#: schedule table names each row's body in a column ("III. KIỂM TRA, GIÁM SÁT CỦA BAN CHẤP HÀNH, BAN THƯỜNG VỤ ĐẢNG ỦY"
#: over "Lịch kiểm tra, giám sát" with "Chủ thể") is its rows' (PartKinds.oversight_body)
OVERSIGHT_OF_HEAD = re.compile(r"^(?:chuong trinh\s+)?kiem tra,?\s+(?:va\s+)?giam sat\s+cua\s+(?P<body>\S[^.:;]*?)[\s.:*]*$")
DUTY_HEADING = re.compile(rf"^(?:[Nn]ội dung|[Nn]hiệm vụ|[Cc]ông việc)\s+(?P<body>[{CAPITAL}].{{2,120}}?)\s+(?:có|chịu)\s+trách\s+nhiệm"
                          r"(?:\s+(?:chủ trì|phối hợp|thực hiện))?\s*[:.]?$")
# a qualification a rule requires of a role, not a task (folded): "Chủ tịch Hội đồng thành viên, Chủ tịch công ty |
# phải có kinh nghiệm ít nhất 03 năm …" (87-2025-QD-UBND_bac-ninh)
QUALIFICATION = re.compile(r"^(?:phai|can) (?:co (?:kinh nghiem|trinh do|bang|chung chi|du (?:dieu kien|tieu chuan)|nang luc|pham chat)"
                           r"|la (?:nguoi|cong dan|dang vien)|dap ung (?:cac )?(?:tieu chuan|dieu kien))")

# Đơn vị phối hợp: "… chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu …", "khẩn trương chủ trì, phối hợp với
# các sở, ngành liên quan tổ chức …", "Phối hợp UBND các xã, phường cập nhật …" at the opening of the task
# (folded). The cooperating units follow the match (vanban.extract.partners reads where they end).
# ("Sở X có trách nhiệm phối hợp Văn phòng … công khai …": the duty's words before "phối hợp" open no other task)
PARTNERS_OPENING = re.compile(
    r"^\s*(?:(?:khan truong|tiep tuc|chu dong|thuong xuyen|la co quan (?:dau moi|thuong truc)|la don vi dau moi"
    r"|co trach nhiem)"
    r"\s*,?\s*)*(?:(?:co quan\s+|don vi\s+)?chu tri\s*(?:[,;]\s*|\s+va\s+|\s+)?)?"
    r"phoi hop(?:\s+chat che|\s+thuong xuyen)*(?:\s+voi|\s+cung)?\s+"
)
# the mass organisations' whole names (folded), read as one unit wherever a partner list is cut: their lower-case
# words are no unit's words elsewhere ("đỏ", "chiến binh", "cao tuổi", "da cam", "người khuyết tật"), so "phối hợp với
# Hội Chữ thập đỏ xã tổ chức …" gave the partner "Hội Chữ thập" and the task "đỏ xã tổ chức …" (the session-34
# newcomer's plan for a blood drive). A branch ("Chi hội …", "Chi đoàn …") is the same name (partners.py reads "chi").
MASS_ORGANISATIONS = tuple(sorted((
    "hoi chu thap do", "hoi lien hiep phu nu", "hoi phu nu", "hoi cuu chien binh", "hoi nong dan", "hoi nguoi cao tuoi",
    "hoi khuyen hoc", "hoi cuu thanh nien xung phong", "hoi nan nhan chat doc da cam", "hoi nan nhan chat doc da cam/dioxin",
    "hoi bao tro nguoi khuyet tat va tre mo coi", "hoi bao tro nguoi khuyet tat", "hoi nguoi khuyet tat", "hoi nguoi mu",
    "hoi cuu giao chuc", "hoi luat gia", "hoi dong y", "hoi sinh vien", "hoi cuu tu chinh tri", "hoi doanh nhan tre",
    "hoi lien hiep thanh nien", "hoi lien hiep thanh nien viet nam", "doan thanh nien", "doan thanh nien cong san ho chi minh",
    "doi thieu nien tien phong ho chi minh", "lien doan lao dong", "cong doan", "mat tran to quoc viet nam",
    "uy ban mat tran to quoc viet nam",
), key=lambda n: -len(n.split())))
# Lower-case words of units' names ("các cơ quan, đơn vị có liên quan", "Công an thành phố", "Ủy ban nhân dân
# các xã, phường", "các tổ chức chính trị - xã hội"), folded, matched whole: any other lower-case word that does
# not go on a capitalised one ("Bộ Xây dựng", "Văn phòng") ends the units ("Công an thành phố nâng cao …").
PARTNER_NAME_WORDS = frozenset((
    "cac", "va", "cung", "moi", "so", "ban", "nganh", "bo", "tinh", "huyen", "xa", "phuong", "cap", "hoi", "doan",
    "thon", "to", "co quan", "don vi", "lien quan", "co lien quan", "dia phuong", "thanh pho", "thi tran",
    "truc thuoc", "nhan dan", "uy ban", "doan the", "to chuc", "chinh tri", "xa hoi", "luc luong", "chuc nang",
    "khu vuc", "cong an", "quan su", "mat tran", "to quoc", "trung uong", "nha thau", "doanh nghiep",
    "chu dau tu", "ban quan ly", "thanh vien", "nha truong", "co so", "kinh te", "cong nghiep",
    # units of a ward or commune named in lower case ("phối hợp với các tổ dân phố tổ chức khám …", "… với các
    # trường học trên địa bàn tuyên truyền …": a newcomer's ward plan cut them at "tổ" and "các")
    "to dan pho", "dan pho", "khu pho", "truong hoc", "tren dia ban", "dia ban", "tram y te", "y te",
    # the last of a province's kinds of district, wrapped or after the list's comma: "phối hợp với Ủy ban nhân dân các
    # huyện, thành phố, thị xã tổ chức …" (the session-17 end-of-session newcomer's Công văn: "thị xã" went to the
    # task), and the island district of the 2025 reform ("các xã, phường, đặc khu")
    "thi xa", "dac khu",
    # the Party committees and authorities of every level, named in lower case: "Phối hợp chặt chẽ với cấp ủy, chính
    # quyền các cấp, phát huy …" (0124-KH-UBND: the partner was cut to "cấp", the "ủy" read as no name's word)
    "cap uy", "chinh quyen", "cap uy dang",
    # the press: "Phối hợp cơ quan báo chí và hệ thống truyền thông thông tin kịp thời …" (0129-KH-UBND: "cơ quan")
    "bao chi",
    # the media a plan names beside the press, in lower case: "Phối hợp cơ quan báo chí và hệ thống truyền thông | thông
    # tin kịp thời …" (0129-KH-UBND: the partners were cut at "và", the row opened "Và hệ thống …")
    "he thong", "truyen thong", "truyen thanh",
    # the one-stop office's name, its lower-case words after "Trung tâm Phục vụ": "phối hợp với Trung tâm Phục vụ hành
    # chính công xã rà soát …" (a newcomer's plan, session 35: the partner was cut to "Trung tâm Phục vụ", the task
    # opened "Hành chính công xã …")
    "hanh chinh cong",
))
#: a run of :data:`PARTNER_NAME_WORDS` that is a verb, no unit's name (folded): "phối hợp | hệ thống hóa các văn bản"
PARTNER_NOT_NAME_WORDS = frozenset(("he thong hoa",))
# an item that prices a role's work, not a task (folded): "a) Mức 400.000 đồng/người/buổi áp dụng đối với Trưởng
# ban", "Mức 1.500.000 đồng/người/buổi" under "1. Ban Tổ chức (không quá 06 người)" (64/2025/NQ-HĐND Hà Nội,
# Phụ lục III): a heading naming a board over such items is a scale of spending levels, nobody is assigned a task
# (the level may follow the role it pays, before a colon: "a) Thư ký (không quá 02 người): Mức 400.000 đồng/người/buổi"
# under "3. Thư ký, người phục vụ", the same Phụ lục)
#: (fixrev49) the words before the colon are a role's, only when they bear its headcount (:data:`LEVEL_ROLE`) or no
#: verb (obligations' ``_level_item``): a task priced at its end, "- Tổ chức tập huấn …, kinh phí dự kiến: 20.000.000
#: đồng" under "1. Công chức Văn hóa - Xã hội:", is a task, its body's block no scale of spending levels
LEVEL_ITEM = re.compile(r"^\W*(?:[a-zđ]\)\s*)?(?P<pre>[^:.]{2,100}:\s*)?(?:muc\s+)?\d{1,3}(?:[.,]\d{3})+\s*(?:d|dong)\b")
#: a role with its headcount before a level's colon (folded): "thu ky (khong qua 02 nguoi):", "(toi da 05 nguoi):"
LEVEL_ROLE = re.compile(r"[^:.(]{2,60}\((?:khong qua|toi da)[^)]*\)\s*:")
# an item that names a member of a body being set up, by courtesy title, name and offices, and nothing more (original
# text): "- Ông Trần Văn An, Trưởng phòng Nội vụ;", "- Bà Lê Thị Bình - Phó Chủ tịch Hội Nông dân xã." under "4. Các Ủy
# viên:" of a Quyết định thành lập Ban / Hội đồng / Tổ công tác — its membership, not a task of the heading's members
# (their tasks are set in the Điều or the phân công table after it; a member's line with a task run on after the
# offices, MEMBER_COMMA_HEAD, is none of these)
# (an officer of the armed forces or the police is named by rank: "- Đại tá Trương Công Minh, Phó Giám đốc Công an
# tỉnh;", a21-04)
MEMBER_ONLY = re.compile(rf"^[\s*_\-–+•]*(?:Đồng chí|đồng chí|Ông|Bà|ông|bà|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|tướng))"
                         rf"\s+(?:[{CAPITAL}][^\s,:;*–—-]*\s+){{1,4}}"
                         rf"[{CAPITAL}][^\s,:;*–—-]*\s*[,–—-]\s*[^:;]{{2,160}}?[\s;.,*]*$")
# the duty words that open a task before a closing formula (folded): "có trách nhiệm | thực hiện nghiêm túc Quy chế này"
DUTY_OPENING = re.compile(r"^(?:co|chiu) trach nhiem\s+")
# a body's direction of a unit under it, opening a clause of the body's block (folded): "2. Ban cán sự đảng Ủy ban nhân
# dân tỉnh" / "- Chỉ đạo Sở Tư pháp rà soát …, báo cáo kết quả trước ngày 15 tháng 12 hằng năm" (the session-17
# end-of-session newcomer's Chương trình hành động): the body that directs is charged, the unit directed is its task's
DIRECTING_OPENING = re.compile(r"^[\s*\-–+•]*(?:(?:lanh dao|huong dan),?\s+)?chi dao(?:,\s*(?:huong dan|don doc))?\s+")
# the duty words left at the start of an obligation's task (folded): "Văn phòng Đảng ủy | có trách nhiệm theo dõi, đôn
# đốc …", "1. Công chức Văn phòng - Thống kê | có trách nhiệm xây dựng chương trình công tác năm" (the session-17
# newcomers): they say the body is charged, the task starts at its verb (obligations.Reader.add drops them only then:
# "chịu trách nhiệm về số liệu" keeps them)
DUTY_WORDS = re.compile(r"^(?:(?:co|chiu) trach nhiem|co nhiem vu)\s*:?\s+")
# what follows duty words when they are the duty itself, no verb after them (folded): "chịu trách nhiệm về tính chính
# xác …", "… trước Chủ tịch", "… chính", "… cá nhân", "… liên đới", "… của người đứng đầu"
DUTY_NOT_VERB = re.compile(r"^(?:ve|truoc|chinh|toan bo|toan dien|hoan toan|ca nhan|lien doi|phap ly|cua|doi voi|voi"
                           r"|trong|nhu|ky luat|neu|khi|la)(?![a-z])")
# an item under a body's duty title that charges other bodies (original text): "2. Các cơ quan, đơn vị nhận văn bản
# điện tử được ký số phải thực hiện đầy đủ các nội dung …" under "Trách nhiệm của Cơ quan quản lý trực tiếp"; or the
# heads of such bodies by their post: "2. Trưởng các thôn có trách nhiệm cung cấp thông tin, …" under a Quy chế's
# "Điều 5. Nhiệm vụ của các thành viên" (t47-07: the village heads' own entry), "Thủ trưởng các cơ quan, đơn vị …",
# "Người đứng đầu các …", "Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm …" (92-VBHN-BQP)
# (fixrev48) The chair's body runs to the "các …" with no verb in it: "b) Chủ tịch Ủy ban nhân dân xã chỉ đạo các thôn có
# trách nhiệm rà soát …" charges the chair, who directs the villages — the villages' duty is the chair's task, not
# another body's item (the span once ran through "chỉ đạo" and named "Chủ tịch … chỉ đạo các thôn")
_CHAIR_SPAN_VERBS = ("chỉ đạo", "giao", "yêu cầu", "đề nghị", "đôn đốc", "hướng dẫn", "phối hợp", "chủ trì", "tổ chức",
                     "thực hiện", "triển khai", "kiểm tra", "giám sát", "phân công", "quán triệt", "lãnh đạo")
_CHAIR_SPAN = r"(?:(?!(?:" + "|".join(_CHAIR_SPAN_VERBS) + r")(?![^\W\d_]))[^.;:()]){0,40}?"
OTHER_DUTY = re.compile(r"^(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?P<who>(?:(?:[Tt]hủ |[Pp]hó )?[Tt]rưởng |[Nn]gười đứng đầu "
                        r"|[Cc]hủ tịch " + _CHAIR_SPAN + r")?[Cc]ác\s[^.;:()]{3,120}?)\s+(?:phải|có trách nhiệm)\s")
# bodies named by a case clause and charged after it (original text): "Trường hợp các cơ quan nhà nước đang sử dụng chữ
# ký số công cộng thì được tiếp tục sử dụng nhưng phải chuyển sang sử dụng chữ ký số chuyên dùng công vụ trước ngày …"
# (165/2025/QĐ-UBND): the "các …" of the case is the subject of "phải"
CASE_SUBJECT_DUTY = re.compile(r"^(?:Trong\s+)?[Tt]rường hợp\s+(?P<who>(?:các|những)\s[^,;:.()]{3,120}?)\s+thì\s+"
                               r"(?:[^.;]*?\s)?phải\s+(?P<what>[^;]+)")
# a preamble line that cites the documents the text rests on or enacts it (folded), not a sentence that charges a body:
# "Căn cứ Luật Tổ chức Chính phủ …;", "Theo đề nghị của Vụ trưởng Vụ Pháp chế;", "Thực hiện Kế hoạch số …",
# "Bộ trưởng Bộ Tài chính ban hành Thông tư …" (obligations.prose_before_body reads the other prose there)
BASIS_DOCUMENT = re.compile(r"^[-+•*\s]*(?:(?:can cu|thuc hien|tiep theo)\s+(?:vao\s+)?(?:cac\s+)?(?:hien phap|bo luat|luat|phap lenh"
                            r"|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ket luan|ke hoach|cong van|van ban|thong bao"
                            r"|chuong trinh|de an|cong dien|huong dan|y kien|chi dao|so\b)|(?:theo|xet)\s+(?:de nghi|to trinh|y kien))")
ENACTING = re.compile(r"\bban\s+hanh\s+(?:thong tu|nghi dinh|quyet dinh|ke hoach|chi thi|quy che|quy dinh|huong dan|nghi quyet)\b"
                      r"|\bquyet (?:dinh|nghi)\s*:\s*$")
# a source or cross-reference note of the Bộ pháp điển (original text): "(Điều 30 Luật số 36/2018/QH14, có hiệu lực thi
# hành kể từ ngày …)", "(Điều này có nội dung liên quan đến Điều 12.1.LQ.217. Điều khoản thi hành; …)": it closes the
# article before it, it holds no task (the titles it lists, "Trách nhiệm của …", charge no one here)
SOURCE_NOTE = re.compile(r"^\s*\(\s*(?:Điều|Khoản|Điểm|Chương|Mục)\s+(?:\d|này\s+có\s+nội\s+dung)[^\n]*\)\s*$")
# the function that names bodies after a generic head (folded): "Các đơn vị | thực hiện chức năng quản lý nhà nước của
# Ban Quản lý …", "cơ quan | có chức năng quản lý …": a description, not their task
DEFINING_FUNCTION = re.compile(r"^(?:thuc hien|co|lam) (?:chuc nang|nhiem vu chuyen mon)\b")
# a role's bare head word as the whole who (folded): "Người | có trách nhiệm xác minh có các quyền, nghĩa vụ …" (a law on
# complaints: "người có trách nhiệm xác minh" names a role), "b) Người có trách nhiệm xác minh nội dung khiếu nại;" (an
# item of a decision's contents) — the marker read as a duty belongs to the role's name; no gold names a bare "Người"
# ("c) Cơ quan | trực tiếp quản lý, bảo quản hàng đặc biệt;": a list's item naming a body by its function; "Tổ chức phải
# thực hiện …" in a Thông tư on the security of information systems is the rule's defined addressee and stays)
BARE_ROLE_WHO = frozenset({"nguoi", "co quan", "don vi"})

#: (obl54) the commune's militia as the whole who (folded, from its start): "- Trung đội dân quân cơ động huấn luyện tập
#: trung tại xã từ ngày 07/3 …" (a52-07), "+ Trung đội dân quân cơ động: huấn luyện tại thao trường xã …" (t52-07), "-
#: Lực lượng dân quân cơ động của xã bố trí 30 đồng chí sẵn sàng …" (a36-06) — the force trained or standing by, its
#: men; the body charged is its command (Ban Chỉ huy Quân sự), and no open set labels a militia force as an obligation
#: (the deadlines of its training windows keep it as their who). Not "dân quân tự vệ" named by a law among the forces it
#: mobilises (legal-windows-4's win-13)
MILITIA_WHO = re.compile(r"(?:(?:luc luong|trung doi|tieu doi|khau doi)\s+)?dan quan(?!\s+tu\s+ve)(?![a-z])")
#: after MILITIA_WHO, a second body joined to the militia ("Dân quân và Công an xã", "dân quân, công an viên"): the who is
#: not the militia alone (folded)
JOINT_WHO_TAIL = re.compile(r"^[^,;]*?(?:,|\bva\b|\bcung\b|\bphoi hop\b)")

#: a clause that only points to an appendix ("Nhiệm vụ cụ thể theo Phụ lục kèm theo", "Chi tiết tại Phụ lục II"), folded:
#: the line after a plan's last item, read into its task; no task of its own
APPENDIX_POINTER = re.compile(r"^(?:(?:cac\s+)?(?:nhiem vu|noi dung|chi tieu|danh muc|phan cong)(?:\s+(?:cu the|chi tiet))?|chi tiet|cu the)"
                              r"\s+(?:theo|tai|co|nhu|o)\s+(?:cac\s+)?phu luc(?:\s+(?:so\s+)?[0-9ivx]+)?(?:\s+(?:kem theo|dinh kem))?"
                              r"(?:\s+(?:ke hoach|van ban|quyet dinh|chi thi|huong dan) nay)?\W*$")

#: a letter's contact line (folded, its start): "Thông tin chi tiết liên hệ Phòng Quản lý đất đai, Sở …, điện thoại …",
#: "Mọi vướng mắc xin liên hệ …", "Đầu mối liên hệ: …" — whom to ask, no task
CONTACT_LINE = re.compile(r"^\W*(?:(?:thong tin (?:chi tiet )?|moi (?:vuong mac|thac mac|chi tiet)[^.;]{0,30}?)(?:xin )?lien he"
                          r"|(?:dau moi )?lien he\s*:)")

#: a plan's last paragraph, "Trên đây là Kế hoạch … Đề nghị Ủy ban MTTQ xã, các đoàn thể … phối hợp triển khai thực
#: hiện./." (folded, at its line's start): the whole document's closing formula, no body's assignment even where it
#: names the bodies (t22-04's "đề nghị các ban, đơn vị và Hội LHPN các xã, phường nghiêm túc triển khai", a21-10,
#: t22-01, t20-06: the labels' notes call it a formula), nor part of the item above it when no blank line parts them
PLAN_CLOSING_LINE = re.compile(r"(?m)^[ \t*]*tren day la\s")

#: a closing formula printed on the last task's line (folded sentence): "Trong quá trình thực hiện, nếu có khó khăn,
#: vướng mắc, báo cáo về … để xem xét, giải quyết.", "Yêu cầu các đơn vị nghiêm túc thực hiện.", "Đề nghị các chi bộ
#: triển khai thực hiện nghiêm túc Kế hoạch này./." (a newcomer's commune plans, session 17): the document's own last
#: words, no task of the body before them
CLOSING_SENTENCE = re.compile(
    r"^(?:trong qua trinh [^.;]{0,80}?,?\s*)?(?:neu|truong hop|khi)\s+(?:co\s+)?(?:phat sinh\s+)?(?:kho khan|vuong mac|van de)"
    r"[^;]{0,200}?\b(?:phan anh|bao cao|gui|lien he|trao doi|de xuat)\b"
    # (the issuer may name itself first: "Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương quan tâm phối hợp thực
    # hiện./.", t18-04; "Đề nghị các chi bộ quan tâm thực hiện./.", the session-18 newcomer's Công văn of an Đảng ủy xã)
    r"|^(?:[^.;:]{0,60}?\s)?(?:yeu cau|de nghi)\s+(?:cac|toan the|moi|tat ca)\s[^.;:]{0,80}?\s(?:(?:nghiem tuc|khan truong|to chuc|trien khai|quan triet|quan tam)[\s,]+)*"
    r"(?:thuc hien|trien khai)(?:[\s,]+(?:nghiem tuc|tot|co hieu qua|day du|kip thoi|thuc hien))*"
    r"(?: (?:noi dung )?(?:ke hoach|chi thi|cong van|van ban|thong bao|ket luan|huong dan|nghi quyet|quyet dinh) nay)?\W*$"
    # … the heads it names, and the letter's "if there are difficulties, report" clause after it: "Ủy ban nhân dân tỉnh
    # yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường và các đơn vị liên quan nghiêm túc
    # triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo …./." (a19-06)
    # (t22-10: after a sentence on the task's weight, the clause with "trường hợp" for "nếu": "Đây là nhiệm vụ quan
    # trọng, liên quan trực tiếp đến …. Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, đơn vị, Trưởng thôn các thôn
    # nghiêm túc triển khai thực hiện; trường hợp có khó khăn, vướng mắc, báo cáo về …./.")
    r"|^(?:day la (?:nhiem vu|cong viec|noi dung)[^.;:]{0,200}\.\s+)?(?:[^.;:]{0,60}?\s)?(?:yeu cau|de nghi)\s+"
    r"(?:cac|thu truong|giam doc|chu tich)\s[^.;:]{0,160}?\s"
    r"(?:(?:nghiem tuc|khan truong|to chuc|trien khai)[\s,]+)*(?:thuc hien|trien khai)(?: thuc hien)?"
    # (the document named after the verb: "… nghiêm túc thực hiện Chỉ thị này; trường hợp để xảy ra …, người đứng đầu
    # … phải chịu trách nhiệm …./." — a Chỉ thị's last words, its formula and the warning)
    r"(?: (?:noi dung )?(?:ke hoach|chi thi|cong van|van ban|thong bao|ket luan|huong dan|nghi quyet|quyet dinh) nay)?\s*;\s*"
    + _AFTER_FORMULA +
    # a courtesy request closing a letter, after any bodies it names, and the feedback clause after it: "Sở GDĐT đề nghị
    # Ủy ban nhân dân các xã, phường, thủ trưởng các đơn vị quan tâm, chỉ đạo thực hiện đúng thời hạn. Trong quá trình
    # thực hiện, nếu có vướng mắc, liên hệ Phòng Quản lý chất lượng để được hướng dẫn./." (a24-04)
    r"|^(?:[^.;:]{0,60}?\s)?(?:yeu cau|de nghi)\s[^.;:]{0,200}?\squan tam(?:[\s,]+(?:chi dao|phoi hop|tao dieu kien|giup do"
    r"|to chuc|trien khai))*[\s,]+(?:de )?thuc hien" + AS_SET + r"(?:\s*[.;]\s*" + _AFTER_FORMULA + r"|\W*$)"
    # a letter's contact line: "(Thông tin chi tiết liên hệ: đồng chí …, Phòng …, điện thoại …)" (t18-04)
    r"|^\W*(?:thong tin (?:chi tiet )?)?(?:lien he|dau moi lien he)\s*:"
    # where the forms are and whom to ask: "Biểu mẫu báo cáo đăng trên Cổng thông tin điện tử Sở Tài chính. Mọi vướng
    # mắc liên hệ Phòng Quản lý ngân sách, điện thoại …" (a17-10), "Mọi thắc mắc xin liên hệ …": a letter's close
    r"|^(?:cac\s+)?(?:bieu mau|mau bieu)(?:\s+bao cao)?\s+(?:duoc\s+)?dang(?:\s+tai)?\s+(?:tren|tai)\s"
    r"|^moi\s+(?:vuong mac|thac mac|chi tiet)[^.;]{0,30}?\blien he\b"
    # the notice's own close: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã thông báo để các phòng, đơn vị, các
    # thôn và cá nhân liên quan biết, thực hiện./." (a19-08, after the last item: no task of the intro's bodies)
    r"|^[^.;:]{0,80}\bthong bao (?:de|cho|toi)\s[^.;:]{0,160}\bbiet\b")

#: a request that opens a Báo cáo's item or sentence (folded): "1. Đề nghị UBND tỉnh hỗ trợ kinh phí …", "Kiến nghị Công
#: ty Điện lực tỉnh kiểm tra …", "Kính đề nghị Sở … hướng dẫn …". A report goes up to the bodies it answers to; what it
#: asks of them is its proposal, not an assignment (review-oblig5's 2813-QD-UBND: "Kiến nghị Bộ Nông nghiệp và Môi
#: trường bãi bỏ thủ tục …" is no obligation; the labels' "(đề nghị)" entries ask bodies beside the issuer — a Mặt
#: trận, a Viện kiểm sát — in a plan that assigns)
REPORT_REQUEST = re.compile(r"^[\s*]*(?:(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]\s*)?[-+•*\s]*(?:(?:kinh|tran trong|xin)\s+)?"
                            r"(?:de nghi|kien nghi|de xuat)(?:\s*:)?\s")

#: a body's qualifier by what it has (not) done, in the words read as the body ("Trưởng các thôn, tổ dân phố chưa |
#: gửi báo cáo …", "… các xã, phường chưa giải ngân hết kế hoạch vốn | khẩn trương …"), and the urgent verb that opens the request after it ("… khẩn trương hoàn thành")
QUALIFIER = re.compile(r"\s(?:chưa|đã|không)(?:\s|$)", re.IGNORECASE)
URGENT_REQUEST = re.compile(r"(?<!\w)(?:khẩn trương|kịp thời|nhanh chóng|tiếp tục|tập trung|chủ động)(?!\w)", re.IGNORECASE)

#: a rating quoted in a rule's condition, its consequence after "thì": '… xếp loại "Không hoàn thành nhiệm vụ" thì chi bộ
#: không được xếp loại …' (a Hướng dẫn's criteria): a criterion, no task
RATING_RULE = re.compile(r"[\"“][^\"“”]{2,60}[\"”][^;.]{0,40}\sthì\s", re.IGNORECASE)

# Office verbs of a body's daily work ("Phòng Tư pháp | giải quyết …", "Sở Tư pháp | thẩm định hồ sơ …", "Sở Xây dựng |
# cấp giấy phép …", "UBND các xã | khắc phục …"). In a law they state a competence ("Tòa án giải quyết …", "Cơ quan đăng ký
# cấp giấy chứng nhận …", session 14 lost a legal window to them as shared verbs), so the obligation reader uses them only
# where the document assigns (a plan, directive or letter; a rule's "Tổ chức thực hiện" / "Trách nhiệm …" part). The
# words are read where the original writes them in lower case (a capitalised one is a name: "Phòng Thẩm định", "Cục Cấp
# phép"), never after a noun that they qualify ("thời hạn giải quyết", "hội đồng thẩm định", "cơ quan cấp giấy").
OFFICE_VERBS = re.compile(
    r"(?<![a-z])(?<!thoi han )(?<!thoi gian )(?<!ket qua )(?<!viec )(?<!tham quyen )(?<!co quan )(?<!don vi )(?<!bo phan )"
    r"(?<!hoi dong )(?<!to )(?<!doan )(?<!nguoi )(?<!quy trinh )(?<!thu tuc )(?<!trinh tu )(?<!ho so )(?<!phieu )"
    # "Bộ phận tiếp nhận và giải quyết thủ tục hành chính", "Tổ công tác giải quyết …": the unit's name goes on
    r"(?<!va )(?<!tiep nhan )(?<!cong tac )"
    r"(?:giai quyet|tham dinh|tham tra|khac phuc|don doc|thu hoi|xet duyet|cung co|chan chinh"
    r"|cap (?:moi |lai |doi )?(?:giay|phep|chung chi|chung nhan|the|ma so|tai khoan|so|van bang))(?![a-z])")

#: the act a body undergoes, read after "được"/"bị" closing a subject the verb list cut ("Các chi bộ được | kiểm tra
#: chuẩn bị báo cáo …", a Kế hoạch kiểm tra, giám sát): "được kiểm tra" names which bodies, the next verb is their
#: task (folded, at the task's start)
#: … several acts joined ("Các chi bộ, đơn vị được kiểm tra, giám sát | chuẩn bị báo cáo …", an inspection plan's units
#: under its Tổ chức thực hiện: both authors of session 41 name them so)
_UNDERGONE = r"(?:kiem tra|giam sat|thanh tra|khao sat|danh gia|lay y kien)"
UNDERGONE_ACT = re.compile(rf"\s(?:duoc|bi)\s+{_UNDERGONE}"
                           rf"(?:\s*(?:,|va)\s*{_UNDERGONE})*\s+(?=\S)")


# A scan's table rule read as a dash inside a body's fixed name (folded): "Đảng ủy Ủy - ban nhân dân xã", "Ủy ban Mặt
# trận Tổ quốc - xã" (the session-17 newcomer's scanned Kế hoạch, the cell's border between two printed lines): the
# dash splits words that are one name and goes ("Văn phòng - Thống kê", "Tài chính - Kế toán" keep theirs)
RULE_IN_NAME = re.compile(r"(?<=\buy)\s+[-–—_]+\s+(?=ban\b)|(?<=\buy ban)\s+[-–—_]+\s+(?=nhan dan\b|mat tran\b)"
                          r"|(?<=\bnhan)\s+[-–—_]+\s+(?=dan\b)|(?<=\bmat tran)\s+[-–—_]+\s+(?=to quoc\b)"
                          rf"|(?<=\bto quoc)\s+[-–—_]+\s+(?={ADMIN_LEVEL_RE}\b)"
                          rf"|(?<=\bnhan dan)\s+[-–—_]+\s+(?={ADMIN_LEVEL_RE}\b)")  # every level (đặc khu too)
# a stray quote mark a scan put before a name's first capital, closed nowhere: "'Ủy ban Mặt trận …"
STRAY_QUOTE_OPENING = re.compile(rf"^['‘’`´\"“]+\s*(?=[{CAPITAL}])")


#: the item labels in brackets a task names its part by ("Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế
#: hoạch", "tại mục (IV)(3.4)(a)", "mục (IV) (4.1) (4.2) và Phụ lục", 144/KH-UBND's part VI): the object of "mục",
#: not an aside; the task keeps them when its other brackets go (``subjects.task_phrase``)
BRACKETED_REFERENCE = re.compile(r"(?i:mục|tiểu mục|điểm|khoản|phần|tiết|điều|chương|phụ lục)\s*"
                                 r"(?:\(\s*(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*\)\s*)+")
#: Markdown emphasis marks left standing alone once their words went to another clause ("… theo quy định./. * *",
#: "**; Chủ trì …"): no words of the task
STRAY_EMPHASIS = re.compile(r"(?<![^\s;,.])\*+(?:\s+\*+)*(?![^\s;,.])")
# (real46) A right is no task: "Hội cơ sở | có quyền kiến nghị bằng văn bản" (t29-08), "Người dự tuyển | có quyền gửi đơn
# phúc khảo" (t32-07: neither labelled an obligation), "Chủ quản dữ liệu … cung cấp dữ liệu | có quyền chấm dứt …",
# "Cơ quan chủ quản dữ liệu được quyền chấm dứt kết nối …" (384-QĐ/TW). Folded; the right opens the task's first
# clause within a few words (a subject's tail may precede it), with no duty word before it.
# (review of session 46) "có quyền hạn và trách nhiệm …" names powers with duties, "có nhiệm vụ và có quyền yêu cầu …" a
# duty first, "được quyền … và phải báo cáo …" a duty after: tasks all (RIGHT_THEN_DUTY, the duty words after the right).
RIGHT_OPENING = re.compile(r"^(?:(?!phai\s|co trach nhiem|chiu trach nhiem|(?:co\s+)?nhiem vu)[^\s;.:]+\s+){0,6}?"
                           r"(?:co|duoc)\s+quyen\s(?!han\b)")
RIGHT_THEN_DUTY = re.compile(r"(?<![a-z])(?:phai|co trach nhiem|chiu trach nhiem|co nhiem vu|co nghia vu)(?![a-z])")
# (real46) The cases a rule applies in are no tasks: the rule's lead "… tạm ngừng cung cấp dịch vụ … trong trường hợp
# sau:" states when a body may act (384-QĐ/TW, Điều 15.1 and 15.2), and each lettered case after such a lead ("d) Cơ
# quan, tổ chức khai thác dữ liệu không có nhu cầu tiếp tục kết nối …", Điều 16.1) is a condition. A lead that says a
# duty ("phải", "có trách nhiệm") keeps its task; its cases stay conditions. Folded.
CASES_LEAD_END = re.compile(r"\btrong\s+(?:cac\s+|nhung\s+|mot\s+trong\s+(?:cac|nhung)\s+)?truong\s+hop\s+sau(?:\s+day)?\s*:?\s*$")
CASE_ITEM_AT = re.compile(r"[ \t*]*[a-zđ]\)\s")
