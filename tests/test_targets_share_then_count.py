"""A percentage followed by "và có ít nhất N …" states two requirements: the count is a target of its own, not a class
of the things the percentage counts (issue #10 Targets; our own wording of tune29's rank condition)."""

from vanban.extract import extract

_HEAD = ("ĐOÀN THANH NIÊN\nHUYỆN BÌNH MINH\n\nSố: 07/HD-ĐTN\n\nHƯỚNG DẪN\nXếp loại chi đoàn năm 2027\n\n"
         "I. TIÊU CHUẨN\n\n")


def _got(sentence):
    return {(t.min, t.max) for t in extract(_HEAD + sentence + "\n").targets}


def test_count_after_share_and_co_is_a_target():
    got = _got("Chi đoàn vững mạnh phải có tỷ lệ đoàn viên tham gia sinh hoạt đạt từ 85% trở lên và có ít nhất "
               "02 công trình thanh niên trong năm.")
    assert (85, None) in got and (2, None) in got


def test_count_after_bare_share_and_co_is_a_target():
    got = _got("Chi đoàn khá phải có tỷ lệ đoàn viên đóng đoàn phí đạt 90% và có ít nhất 01 phần việc tình nguyện.")
    assert (1, None) in got


def test_class_of_the_shares_things_is_still_no_target():
    got = _got("Phấn đấu 100% trường học trên địa bàn huyện có ít nhất 01 câu lạc bộ kỹ năng sống.")
    assert (1, None) not in got
