"""The monitor's past bundles, to write a lost one again with the same id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from napsurvey.gui.widgets import label, primary_button


class ExportsDialog(QDialog):
    """A table of the bundles this device made; "Write again…" on the selected one."""

    chosen = Signal(str)  # bundle id

    def __init__(self, exports: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportsDialog")
        self.setWindowTitle(self.tr("Re-create a lost bundle"))
        self.setMinimumSize(620, 380)
        self._ids = [str(e.bundle_id) for e in reversed(list(exports))]  # newest first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Bundles made on this device"))
        intro = label("Muted")
        intro.setText(
            self.tr(
                "If a stick was lost or broken, write the same bundle again. The coordinator "
                "counts it once, even if both copies arrive."
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Made on"), self.tr("Coordinator receipt")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = list(reversed(list(exports)))
        self.table.setRowCount(len(rows))
        for r, bundle in enumerate(rows):
            ack = bundle.acknowledged_day
            receipt = str(ack) if ack else self.tr("not yet")
            if not bundle.written_day:
                receipt = self.tr("not written yet: the next export writes it")
            cells = [str(bundle.sequence), str(bundle.created_day), receipt]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.empty = label("Placeholder")
        self.empty.setText(self.tr("No bundle made yet."))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.again_button = primary_button(self)
        self.again_button.setText(self.tr("Write again…"))
        self.again_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.again_button.clicked.connect(self._choose)
        self.table.itemSelectionChanged.connect(
            lambda: self.again_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.again_button)
        for widget in (heading, intro, self.table, self.empty):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def select_row(self, row: int) -> None:
        """Select a bundle (newest is row 0)."""
        self.table.selectRow(row)

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        bundle_id = self._ids[rows[0].row()]
        self.accept()
        self.chosen.emit(bundle_id)
