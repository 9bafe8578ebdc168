"""ODK's ``table-list``: a battery of questions sharing one choice list, drawn as one compact grid.

Each question is a row; the shared choices are the columns, headed once at
the top; each cell is one choice (a round or square mark, no repeated text).
A row can be declined on its own. Digits answer the row that has the focus
(else the first unanswered one) and move on to the next row, as in a
field-list screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from napsurvey.gui.interview.field_messages import prompt_message
from napsurvey.gui.widgets import label
from napsurvey.interview import Prompt

SELECT_TYPES = ("select_one", "select_multiple")
_CELL_SIZE = QSize(44, 40)


def can_tabulate(prompts: Sequence[Prompt]) -> bool:
    """True when the prompts can share one grid: all selects of one kind, over the same choices."""
    if len(prompts) < 1 or any(p.type not in SELECT_TYPES for p in prompts):
        return False
    first = prompts[0]
    names = [c.name for c in first.choices]
    return bool(names) and all(p.type == first.type and [c.name for c in p.choices] == names for p in prompts)


class _CellMixin:
    """A grid cell: the whole cell is the click target; the style's own mark is drawn in its middle."""

    _indicator: QStyle.PrimitiveElement

    def paint_cell(self: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        area = self.rect().adjusted(2, 2, -2, -2)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#d68910"), 2))
            painter.setBrush(QColor("#fff6e6"))
            painter.drawRoundedRect(area, 6, 6)
        elif self.underMouse() and self.isEnabled():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eef5f5"))
            painter.drawRoundedRect(area, 6, 6)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.state |= QStyle.StateFlag.State_On if self.isChecked() else QStyle.StateFlag.State_Off
        side = 20
        option.rect = QRect(self.rect().center() - QPoint(side // 2, side // 2), QSize(side, side))
        self.style().drawPrimitive(self._indicator, option, painter, self)
        painter.end()


class RadioCell(_CellMixin, QRadioButton):
    """One choice of a single-choice row."""

    _indicator = QStyle.PrimitiveElement.PE_IndicatorRadioButton

    def __init__(self, parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, parent)
        self.setObjectName("TableCell")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802  (Qt name)
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return _CELL_SIZE

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return QSize(28, _CELL_SIZE.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        self.paint_cell()


class CheckCell(_CellMixin, QCheckBox):
    """One choice of a multiple-choice row."""

    _indicator = QStyle.PrimitiveElement.PE_IndicatorCheckBox

    def __init__(self, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self.setObjectName("TableCell")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802  (Qt name)
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return _CELL_SIZE

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return QSize(28, _CELL_SIZE.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        self.paint_cell()


@dataclass
class TableRow:
    """One question of the grid and its widgets."""

    name: str
    path: tuple[int, ...]
    prompt: Prompt
    label: QLabel
    cells: list[QAbstractButton]
    decline_button: QPushButton
    message: QLabel
    group: QButtonGroup | None = None
    names: list[str] = field(default_factory=list)

    def holds(self, widget: QWidget | None) -> bool:
        """True when ``widget`` is one of this row's cells or its decline button."""
        return widget is not None and (widget in self.cells or widget is self.decline_button)

    def target(self) -> QAbstractButton | None:
        """The cell that takes the focus: the chosen one, else the first."""
        enabled = [c for c in self.cells if c.isEnabled()]
        checked = [c for c in enabled if c.isChecked()]
        chosen = checked or enabled
        return chosen[0] if chosen else None


class TableList(QFrame):
    """The grid of one ``table-list`` screen; emits what the monitor does, like a :class:`PromptView`."""

    answered = Signal(str, tuple, object)
    decline_clicked = Signal(str, tuple)
    undecline_clicked = Signal(str, tuple)

    def __init__(self, prompts: Sequence[Prompt], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TableList")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(14, 10, 14, 12)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 3)
        first = prompts[0]
        self.multiple = first.type == "select_multiple"
        self.headers: list[QLabel] = []
        for column, choice in enumerate(first.choices, start=1):
            header = label("TableHeader")
            header.setText(choice.label)
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(header, 0, column)
            self.grid.setColumnStretch(column, 1)
            self.headers.append(header)
        self.rows: dict[str, TableRow] = {}
        for index, prompt in enumerate(prompts):
            self._add_row(prompt, 1 + 2 * index)
        self._quiet = False
        self.show_prompts(prompts)

    @property
    def keys(self) -> list[tuple[str, tuple[int, ...]]]:
        """(name, path) of the rows, in order."""
        return [(r.name, r.path) for r in self.rows.values()]

    def _add_row(self, prompt: Prompt, grid_row: int) -> None:
        text = label("TableRowLabel")
        self.grid.addWidget(text, grid_row, 0, Qt.AlignmentFlag.AlignVCenter)
        group = None if self.multiple else QButtonGroup(self)
        if group is not None:
            group.setExclusive(True)
        cells: list[QAbstractButton] = []
        for column, choice in enumerate(prompt.choices, start=1):
            cell: QAbstractButton = CheckCell(self) if self.multiple else RadioCell(self)
            cell.setProperty("choice", choice.name)
            cell.setAccessibleName(choice.label)
            cell.setToolTip(choice.label)
            cell.setCursor(Qt.CursorShape.PointingHandCursor)
            cell.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            if group is not None:
                group.addButton(cell)
            cell.clicked.connect(lambda _=False, name=prompt.name: self._clicked(name))
            self.grid.addWidget(cell, grid_row, column)
            cells.append(cell)
        decline = QPushButton(self)
        decline.setObjectName("TableDecline")
        decline.setCursor(Qt.CursorShape.PointingHandCursor)
        decline.clicked.connect(lambda _=False, name=prompt.name: self._decline_toggled(name))
        self.grid.addWidget(decline, grid_row, len(cells) + 1, Qt.AlignmentFlag.AlignVCenter)
        message = label("FieldMessage")
        message.hide()
        self.grid.addWidget(message, grid_row + 1, 0, 1, len(cells) + 2)
        self.rows[prompt.name] = TableRow(
            prompt.name, prompt.path, prompt, text, cells, decline, message, group, [c.name for c in prompt.choices]
        )

    # ---- drawing -----------------------------------------------------------------------
    def show_prompts(self, prompts: Sequence[Prompt], sender: tuple[str, tuple[int, ...]] | None = None) -> None:
        """Redraw the rows from the engine's prompts (texts follow the form language)."""
        del sender  # cells have no typed text to protect
        first = prompts[0]
        for header, choice in zip(self.headers, first.choices):
            header.setText(choice.label)
        self._quiet = True
        try:
            for prompt in prompts:
                row = self.rows.get(prompt.name)
                if row is None:
                    continue
                row.prompt = prompt
                row.label.setText(prompt.label + ("  *" if prompt.required else ""))
                chosen = set(prompt.value) if isinstance(prompt.value, list) else {prompt.value}
                if row.group is not None:
                    row.group.setExclusive(False)
                for cell, choice in zip(row.cells, prompt.choices):
                    cell.setChecked(cell.property("choice") in chosen)
                    cell.setAccessibleName(choice.label)
                    cell.setToolTip(choice.label)
                    cell.setEnabled(not (prompt.read_only or prompt.declined))
                if row.group is not None:
                    row.group.setExclusive(True)
                message = prompt_message(prompt)
                row.message.setText(message)
                row.message.setVisible(bool(message))
                row.label.setProperty("declined", "true" if prompt.declined else "false")
                row.label.style().unpolish(row.label)
                row.label.style().polish(row.label)
        finally:
            self._quiet = False
        self.retranslate()

    def set_message(self, name: str, message: str | None) -> bool:
        """Show a message under one row; False if the row is not here."""
        row = self.rows.get(name)
        if row is None:
            return False
        row.message.setText(message or "")
        row.message.setVisible(bool(message))
        return True

    def retranslate(self) -> None:
        """Interface texts (the decline toggles)."""
        for row in self.rows.values():
            declined = row.prompt.declined
            row.decline_button.setText(self.tr("Answer") if declined else self.tr("Decline"))
            row.decline_button.setToolTip(
                self.tr("Answer this question after all") if declined else self.tr("The respondent does not want to answer this question")
            )

    # ---- actions -----------------------------------------------------------------------------
    def _value(self, row: TableRow) -> object:
        chosen = [str(c.property("choice")) for c in row.cells if c.isChecked()]
        if self.multiple:
            return chosen
        return chosen[0] if chosen else ""

    def _clicked(self, name: str) -> None:
        if not self._quiet:
            row = self.rows[name]
            self.answered.emit(row.name, row.path, self._value(row))

    def _decline_toggled(self, name: str) -> None:
        row = self.rows[name]
        if row.prompt.declined:
            self.undecline_clicked.emit(row.name, row.path)
        else:
            self.decline_clicked.emit(row.name, row.path)

    def focused_row(self, widget: QWidget | None) -> TableRow | None:
        """The row holding ``widget``, if any."""
        return next((r for r in self.rows.values() if r.holds(widget)), None)

    def holds_focus(self, widget: QWidget | None) -> bool:
        """True when ``widget`` is part of the grid."""
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    def choose(self, n: int, focus: QWidget | None) -> bool:
        """A digit: the focused row (else the first unanswered) takes the n-th choice, then the next row has the focus."""
        rows = list(self.rows.values())
        row = self.focused_row(focus)
        if row is None:
            row = next((r for r in rows if r.prompt.value in ("", []) and not r.prompt.declined), None)
        if row is None or not 1 <= n <= len(row.cells) or not row.cells[n - 1].isEnabled():
            return False
        cell = row.cells[n - 1]
        if self.multiple:
            cell.setChecked(not cell.isChecked())
            cell.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            cell.setChecked(True)
        self.answered.emit(row.name, row.path, self._value(row))
        if not self.multiple:
            after = rows[rows.index(row) + 1 :]
            target = next((r.target() for r in after if r.target() is not None), None)
            (target or cell).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first(self, prefer: set[str] | None = None) -> bool:
        """Focus the first row with a problem (``prefer``), else the first unanswered, else the first."""
        rows = list(self.rows.values())
        if prefer:
            order = [r for r in rows if r.name in prefer]
        else:
            order = [r for r in rows if r.prompt.value in ("", []) and not r.prompt.declined]
        for row in [*order, *rows]:
            target = row.target()
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def wipe(self) -> None:
        """Blank every text (quick-hide)."""
        for header in self.headers:
            header.clear()
        for row in self.rows.values():
            row.label.clear()
            row.message.clear()
            row.decline_button.setText("")
            for cell in row.cells:
                cell.setToolTip("")
                cell.setAccessibleName("")
