"""The coordinator's outputs screens: the indicator browser with its exports and the PDF report.

Plug-in point the shell calls: :func:`build_sections` (session, parent) ->
``{"reports": IndicatorBrowser}``, the "Reports and tables" section.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from napsurvey.gui.coordinator.bar_chart import BarChart
from napsurvey.gui.coordinator.browser import IndicatorBrowser
from napsurvey.gui.coordinator.crosstab_view import CrosstabView
from napsurvey.gui.coordinator.report_dialog import ReportOptionsDialog

__all__ = ["BarChart", "CrosstabView", "IndicatorBrowser", "ReportOptionsDialog", "build_sections"]


def build_sections(session: Any, parent: QWidget | None = None) -> dict[str, QWidget]:
    """The "reports" section of the coordinator's home: the indicator browser."""
    return {"reports": IndicatorBrowser(session, parent)}
