"""One two-way view of a published table, laid out as the report prints it.

Cells read ``count (percent%)`` like the PDF; a value below the threshold
reads ``< 10`` on grey, never 0. The total row and column come from the
published margins (napsurvey.reports.crosstab never adds cells up).
Nothing can be selected or copied out of the grid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from napsurvey.services.indicator_view import CrossCell, Crosstab

_SUPPRESSED_BG = QColor("#e4e7e6")
_SUPPRESSED_FG = QColor("#4a5558")
_TOTAL_BG = QColor("#eef3f3")


def cell_text(cell: CrossCell, suppressed_word: str) -> str:
    """What a cell shows: ``245 (18%)``, ``245``, or ``< 10`` (never a number for a withheld count)."""
    if cell.suppressed or cell.count is None:
        return suppressed_word
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
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Long answer labels wrap inside their cell rather than being cut.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(28)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(56)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, small.pointSizeF() * 0.92))
        self.setFont(small)
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
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, cell.suppressed)
                if cell.suppressed:
                    item.setBackground(QBrush(_SUPPRESSED_BG))
                    item.setForeground(QBrush(_SUPPRESSED_FG))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                elif total_row or grid.col_codes[c] is None:
                    item.setBackground(QBrush(_TOTAL_BG))
                if total_row:
                    item.setFont(bold)
                self.setItem(r, c + 1, item)
        self._fit()

    def _fit(self) -> None:
        # Row labels get the room they need (up to a third of the width); the counts share the rest.
        grid = self.grid
        if grid is None:
            return
        header = self.horizontalHeader()
        width = max(200, self.viewport().width())
        metrics = self.fontMetrics()
        wanted = max(metrics.horizontalAdvance(t) for t in [grid.corner, *grid.row_labels]) + 24
        first = min(wanted, width // 3)
        # A count column is never narrower than its widest cell or the longest word of its heading.
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        bold = QFontMetrics(heading_font)
        needs = []
        for c in range(1, self.columnCount()):
            cells = [self.item(r, c) for r in range(self.rowCount())]
            texts = [cell.text() for cell in cells if cell is not None]
            heading = self.horizontalHeaderItem(c)
            words = heading.text().split() if heading is not None else []
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [bold.horizontalAdvance(w) for w in words]
                         or [40])
            needs.append(widest + 22)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, first)
        fits = first + sum(needs) <= width
        for c, need in enumerate(needs, start=1):
            if fits:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
            else:  # too many columns for the width: scroll sideways rather than cut numbers
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(c, need)
        self._fit_height()

    def _fit_height(self) -> None:
        header = self.horizontalHeader()
        lines = 1
        metrics = self.fontMetrics()
        for c in range(1, self.columnCount()):
            item = self.horizontalHeaderItem(c)
            if item is not None:
                room = max(20, header.sectionSize(c) - 12)
                estimate = -(-metrics.horizontalAdvance(item.text()) // room)
                # Wrapping at word boundaries takes more lines than the plain width ratio.
                lines = max(lines, min(4, estimate + (1 if estimate > 1 else 0)))
        header.setFixedHeight(lines * metrics.lineSpacing() + 16)
        self.resizeRowsToContents()
        scroll = self.horizontalScrollBar().sizeHint().height() if header.length() > self.viewport().width() else 0
        self.setFixedHeight(header.height() + self.verticalHeader().length() + scroll + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802  (Qt name)
        super().resizeEvent(event)
        self._fit()

    def texts(self) -> list[str]:
        """Every text the grid shows (headers and cells), for tests and checks."""
        headings = [self.horizontalHeaderItem(c) for c in range(self.columnCount())]
        out = [heading.text() for heading in headings if heading is not None]
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    out.append(item.text())
        return out
