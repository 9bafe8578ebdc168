"""Read-only tables of the coordinator's views: devices, bundles, coverage.

The rows come from :mod:`napsurvey.services.coordinator_views`; this module
only lays them out with translated column headings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import Page, label

Loader = Callable[[], Sequence[Any]]


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) if value else "—"
    return str(value)


class ViewTable(Page):
    """A titled, read-only table with an empty-state line."""

    def __init__(self, fields: Sequence[str], loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self._loader: Loader | None = loader
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.table = QTableWidget(0, len(self.fields), self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # nothing to copy out
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.empty = label("Placeholder")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows."""
        if self._loader is None:
            return
        try:
            rows = list(self._loader())
            problem = ""
        except NapError as exc:
            rows, problem = [], error_text(exc)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, field in enumerate(self.fields):
                item = QTableWidgetItem(_cell(getattr(row, field, None)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._problem = problem

    def set_texts(self, title: str, intro: str, headings: Sequence[str], empty: str) -> None:
        """Texts in the interface language (the home page calls this on language change)."""
        self.title.setText(title)
        self.intro.setText(intro)
        self.table.setHorizontalHeaderLabels(list(headings))
        self.empty.setText(self._problem or empty)

    def release(self) -> None:
        self._loader = None
        self.table.clearContents()
        self.table.setRowCount(0)
