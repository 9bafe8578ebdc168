"""One two-way view of a published table, laid out as the report prints it.

Cells read ``count (percent%)`` like the PDF; a suppressed cell reads
``⊘ suppressed`` on grey, never 0. The total row and column come from the
published margins (napsurvey.reports.crosstab never adds cells up).
Nothing can be selected or copied out of the grid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from napsurvey.reports.crosstab import CrossCell, Crosstab
from napsurvey.reports.texts import SUPPRESSED_MARK

_SUPPRESSED_BG = QColor("#e4e7e6")
_SUPPRESSED_FG = QColor("#4a5558")
_TOTAL_BG = QColor("#eef3f3")


def cell_text(cell: CrossCell, suppressed_word: str) -> str:
    """What a cell shows: ``245 (18%)``, ``245``, or ``⊘ suppressed`` (never a number for a hidden count)."""
    if cell.suppressed or cell.count is None:
        return f"{SUPPRESSED_MARK} {suppressed_word}"
    if cell.percent is not None:
        return f"{cell.count} ({cell.percent:.0f}%)"
    return str(cell.count)


class CrosstabView(QTableWidget):
    """A read-only grid of one :class:`Crosstab`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("IndicatorTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setShowGrid(True)
        self.grid: Crosstab | None = None

    def show_grid(self, grid: Crosstab | None, suppressed_word: str) -> None:
        """Fill the table from ``grid`` (None empties it)."""
        self.grid = grid
        self.clear()
        if grid is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            self.setFixedHeight(0)
            return
        self.setColumnCount(len(grid.col_labels) + 1)
        self.setRowCount(len(grid.row_labels))
        self.setHorizontalHeaderLabels([grid.corner, *grid.col_labels])
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (row_label, line) in enumerate(zip(grid.row_labels, grid.cells, strict=True)):
            total_row = grid.row_codes[r] is None
            head = QTableWidgetItem(row_label)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if total_row:
                head.setFont(bold)
                head.setBackground(QBrush(_TOTAL_BG))
            self.setItem(r, 0, head)
            for c, cell in enumerate(line):
                item = QTableWidgetItem(cell_text(cell, suppressed_word))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                item.setData(Qt.ItemDataRole.UserRole, cell.suppressed)
                if cell.suppressed:
                    item.setBackground(QBrush(_SUPPRESSED_BG))
                    item.setForeground(QBrush(_SUPPRESSED_FG))
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignCenter))
                elif total_row or grid.col_codes[c] is None:
                    item.setBackground(QBrush(_TOTAL_BG))
                if total_row:
                    item.setFont(bold)
                self.setItem(r, c + 1, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(72)
        self.setFixedHeight(header.sizeHint().height() + 30 * self.rowCount() + 2 * self.frameWidth() + 2)

    def texts(self) -> list[str]:
        """Every text the grid shows (headers and cells), for tests and checks."""
        out = [self.horizontalHeaderItem(c).text() for c in range(self.columnCount()) if self.horizontalHeaderItem(c)]
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    out.append(item.text())
        return out
