"""Đơn vị phối hợp described by a participle: "đơn vị được lựa chọn quan trắc môi trường", "các đơn vị được phân công".

A newcomer's 235-KH-UBND ("3. UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn
quan trắc môi trường triển khai Kế hoạch đã được phê duyệt; …") listed the partners "Sở Nông nghiệp và Môi trường,
đơn vị": the list stopped at "được", a lower-case word of no unit's name. A unit named by what it was chosen or
charged for keeps its description up to the task's verb ("triển khai"); after "được" + verb (the participle's own
verb, "phân công") the task's verb is the next one.
"""

from __future__ import annotations

import pytest

from vanban.extract.partners import partners_in


@pytest.mark.parametrize("what, partners", [
    ("Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường triển khai Kế hoạch đã "
     "được phê duyệt", "Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường"),
    ("chủ trì, phối hợp với các đơn vị được phân công thực hiện rà soát, tổng hợp danh sách hộ nghèo",
     "các đơn vị được phân công"),
    ("phối hợp với các tổ chức được ủy quyền thu phí thực hiện thu, nộp phí theo quy định",
     "các tổ chức được ủy quyền thu phí"),
    # no participle: the list ends at the task's verb as before
    ("phối hợp với các cơ quan liên quan tổ chức kiểm tra việc chấp hành", "các cơ quan liên quan"),
    ("chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ Đảng ủy", "Văn phòng Đảng ủy"),
])
def test_partners_described_by_a_participle(what: str, partners: str) -> None:
    assert partners_in(what) == partners
