"""Office formats of what vanban extracted: the checklist as Word and Excel-ready CSV.

Used by ``vanban checklist --format docx|csv`` and the document page's
downloads; both hand in :class:`vanban.extract.checklist.ChecklistItem` rows
and the plan's :class:`vanban.models.Metadata`.
"""

from .checklist_office import (COLUMNS, CSV_COLUMNS, ORDERS, checklist_csv, checklist_docx, checklist_file,
                               checklist_files, checklist_rows, with_plan_targets)
from .plan_places import PlanPlaces

__all__ = ["COLUMNS", "CSV_COLUMNS", "ORDERS", "PlanPlaces", "checklist_csv", "checklist_docx", "checklist_file",
           "checklist_files", "checklist_rows", "with_plan_targets"]
