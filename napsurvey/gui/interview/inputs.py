"""Answer inputs, one class per question type the engine supports.

Each input shows a value the engine holds and emits :attr:`AnswerInput.edited`
with the value to store ("" clears it). A choice is handed over at once; typed
text only when the field is left (Tab, a click elsewhere, Enter, Next), never
keystroke by keystroke: half-typed values ("3" on the way from 34 to 35) must
not reach the engine, where an age of 3 fires the child protocol.

None of them can put an answer on the clipboard: no context menu, no drag,
copy/cut keys swallowed, and selections the monitor makes are dropped at once
(on X11 a selection made with the mouse or Shift+arrows is exported). The one
selection kept is the app's own select-all when a field gets the focus, which
Qt does not export; the click that gave the focus is swallowed so that its
release does not export it either.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from napsurvey.gui.wrapping import WrapCheckBox, WrappingText, WrapRadioButton
from napsurvey.interview import ChoiceView

_NO_CLIPBOARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)
#: Digits 1-9 choose the n-th choice; more choices are reached with the arrow keys or the mouse.
MAX_DIGIT_CHOICES = 9
#: The "not answered" state of a date edit sits at this sentinel minimum.
_NO_DATE = QDate(1900, 1, 1)


class SafeLineEdit(QLineEdit):
    """A line edit that never hands its text to the clipboard or the X11 selection.

    :attr:`left` says the typed text is finished: the focus left the field, or
    Enter was pressed (the key then goes on to the screen, where it means Next).
    Getting the focus selects the whole text, so a number is fixed by typing
    over it, without Backspaces.
    """

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self._own_selection = False  # True while the app itself selects all
        self._focus_click = False  # the mouse press that gave the focus: keep the selection
        self._swallow_release = False
        # Dropping a selection before Qt exports it: an empty selection copies nothing.
        self.selectionChanged.connect(self._drop_selection)

    def _drop_selection(self) -> None:
        if self.hasSelectedText() and not self._own_selection:
            self.deselect()

    def select_all_quietly(self) -> None:
        """Select the whole text the way Qt does not export (a programmatic selection)."""
        self._own_selection = True
        try:
            self.selectAll()
        finally:
            self._own_selection = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt name)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason and self.text():
            self.select_all_quietly()
            self._focus_click = event.reason() == Qt.FocusReason.MouseFocusReason

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt name)
        self._focus_click = self._swallow_release = False
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt name)
        if self._focus_click and event.button() == Qt.MouseButton.LeftButton:
            # The click that brought the focus keeps the select-all (Qt would put the cursor there);
            # its release is swallowed too, as Qt copies a selection to X11's on release.
            self._focus_click, self._swallow_release = False, True
            event.accept()
            return
        self._focus_click = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802  (Qt name)
        if self._swallow_release:
            self._swallow_release = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt name)
        if any(event.matches(key) for key in _NO_CLIPBOARD_KEYS):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.left.emit()  # the answer first; QLineEdit then passes Enter on to the screen
        super().keyPressEvent(event)


class ChoiceRadio(WrapRadioButton):
    """A radio button drawn as a full-width row: a click anywhere on the row chooses it; its text wraps."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802  (Qt name)
        return self.rect().contains(pos)


class ChoiceCheck(WrapCheckBox):
    """A check box drawn as a full-width row: a click anywhere on the row toggles it; its text wraps."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802  (Qt name)
        return self.rect().contains(pos)


def harden(widget: QWidget) -> None:
    """No context menu and no drag on a widget and its children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        child.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        child.setAcceptDrops(False)


class AnswerInput(QWidget):
    """Base: shows a value, emits :attr:`edited` (value to store) when the monitor changes it."""

    edited = Signal(object)
    #: True when the value is committed by the input itself (a click), not by typing.
    commits_on_change = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerInput")

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting :attr:`edited`."""

    def set_choices(self, choices: tuple[ChoiceView, ...]) -> None:
        """Replace the choices (select types only)."""

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse input."""
        self.setEnabled(not read_only)

    def choose(self, n: int) -> bool:
        """Select the n-th choice (1-based) as a digit key asks; False if not a choice input."""
        return False

    def commit(self) -> None:
        """Hand over what was typed and not yet handed over (typed inputs only)."""

    @property
    def pending(self) -> bool:
        """True while typed text has not reached the engine yet."""
        return False

    def focus_target(self) -> QWidget | None:
        """The widget that should get the keyboard focus."""
        return None

    def wipe(self) -> None:
        """Forget every shown value (quick-hide)."""


class TextInput(AnswerInput):
    """Free text on one line; handed over when the field is left (:attr:`committed` follows :attr:`edited`)."""

    commits_on_change = False
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = SafeLineEdit(self)
        self.edit.setObjectName("AnswerLine")
        self.edit.setMaxLength(10_000)
        self.edit.textEdited.connect(self._typed)
        self.edit.left.connect(self.commit)
        self._pending = False
        layout.addWidget(self.edit)

    def _typed(self, _text: str) -> None:
        self._pending = True

    @property
    def pending(self) -> bool:
        return self._pending

    def commit(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self.edited.emit(self._value(self.edit.text()))
        self.committed.emit()

    def _value(self, text: str) -> Any:
        return text

    def set_value(self, value: Any) -> None:
        if self._pending:
            return  # never overwrite what is being typed with the engine's older value
        text = "" if value in (None, "") else self._format(value)
        if self.edit.text() != text:
            self.edit.setText(text)

    def _format(self, value: Any) -> str:
        return str(value)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget | None:
        return self.edit

    def wipe(self) -> None:
        self._pending = False
        self.edit.clear()


class NumberInput(TextInput):
    """A whole or decimal number, typed (no spin box: the digits stay visible as typed)."""

    def __init__(self, decimal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimal = decimal
        pattern = r"^-?\d{0,12}([.,]\d{0,6})?$" if decimal else r"^-?\d{0,12}$"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.edit))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.setMaximumWidth(260)

    def _value(self, text: str) -> Any:
        # A comma is accepted as the decimal mark (as typed in French); the engine wants a dot.
        return text.replace(",", ".") if self.decimal else text

    def _format(self, value: Any) -> str:
        if isinstance(value, float) and value.is_integer() and not self.decimal:
            return str(int(value))
        return str(value)


class DateInput(AnswerInput):
    """A date with a calendar and an unambiguous format (2026-03-14); blank until set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setObjectName("AnswerDate")
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(" ")  # the sentinel minimum shows as blank: not answered
        self.edit.setDate(_NO_DATE)
        self.edit.setMinimumWidth(220)
        harden(self.edit)
        self.edit.dateChanged.connect(self._changed)
        self._quiet = False
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def _changed(self, day: QDate) -> None:
        if self._quiet:
            return
        self.edited.emit("" if day == _NO_DATE else day.toString("yyyy-MM-dd"))

    def set_value(self, value: Any) -> None:
        day = QDate.fromString(str(value), "yyyy-MM-dd") if value else _NO_DATE
        self._quiet = True
        try:
            self.edit.setDate(day if day.isValid() else _NO_DATE)
        finally:
            self._quiet = False

    def focus_target(self) -> QWidget | None:
        return self.edit

    def wipe(self) -> None:
        self.set_value("")


class _ChoiceButtons(AnswerInput):
    """Shared by single and multiple choice: a column of big buttons with their digit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.buttons: list[QAbstractButton] = []
        self.keys: list[QLabel] = []
        self.names: list[str] = []
        self._shown: tuple[ChoiceView, ...] = ()
        self._quiet = False

    def _make_button(self) -> QAbstractButton:
        raise NotImplementedError

    def set_choices(self, choices: tuple[ChoiceView, ...]) -> None:
        if choices == self._shown:
            return
        self._shown = choices
        if [c.name for c in choices] == self.names:
            for button, choice in zip(self.buttons, choices):
                _set_text(button, choice.label)  # same choices, new language
            return
        for widget in [*self.buttons, *self.keys]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.buttons, self.keys, self.names = [], [], []
        for row, choice in enumerate(choices):
            key = QLabel(str(row + 1) if row < MAX_DIGIT_CHOICES else "", self)
            key.setObjectName("ChoiceKey")
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            button = self._make_button()
            _set_text(button, choice.label)
            button.setProperty("choice", choice.name)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(button, row, 1)
            key.show()  # now, so the new choices can take the focus at once
            button.show()
            self.buttons.append(button)
            self.keys.append(key)
            self.names.append(choice.name)

    def focus_target(self) -> QWidget | None:
        for button in self.buttons:
            if button.isChecked():
                return button
        return self.buttons[0] if self.buttons else None

    def wipe(self) -> None:
        for button in self.buttons:
            _set_text(button, "")


def _set_text(button: QAbstractButton, text: str) -> None:
    if isinstance(button, WrappingText):
        button.set_wrapped_text(text)
    else:
        button.setText(text)


class SingleChoiceInput(_ChoiceButtons):
    """select_one: big radio buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(self._clicked)

    def _make_button(self) -> QAbstractButton:
        button = ChoiceRadio(self)
        button.setObjectName("ChoiceRadio")
        self.group.addButton(button)
        return button

    def set_choices(self, choices: tuple[ChoiceView, ...]) -> None:
        old = list(self.buttons)
        super().set_choices(choices)
        for button in old:
            if button not in self.buttons:
                self.group.removeButton(button)

    def _clicked(self, button: QAbstractButton) -> None:
        if not self._quiet:
            self.edited.emit(str(button.property("choice")))

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self.group.setExclusive(False)  # lets every button be unchecked when there is no answer
            for button in self.buttons:
                button.setChecked(button.property("choice") == value)
            self.group.setExclusive(True)
        finally:
            self._quiet = False

    def choose(self, n: int) -> bool:
        if not 1 <= n <= min(len(self.buttons), MAX_DIGIT_CHOICES) or not self.isEnabled():
            return False
        button = self.buttons[n - 1]
        button.setChecked(True)
        button.setFocus()
        self.edited.emit(str(button.property("choice")))
        return True


class LikertInput(SingleChoiceInput):
    """select_one with ``appearance: likert``: the scale laid out side by side, its digit above each point."""

    def set_choices(self, choices: tuple[ChoiceView, ...]) -> None:
        old_names = list(self.names)
        super().set_choices(choices)
        if self.names == old_names:
            return
        # Lay the points out in one row: digits above, the choices below, equal widths.
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, (key, button) in enumerate(zip(self.keys, self.buttons)):
            self.grid.removeWidget(key)
            self.grid.removeWidget(button)
            self.grid.addWidget(key, 0, index, Qt.AlignmentFlag.AlignHCenter)
            self.grid.addWidget(button, 1, index)
            self.grid.setColumnStretch(index, 1)
            button.setProperty("likert", True)


class MultipleChoiceInput(_ChoiceButtons):
    """select_multiple: big check boxes; a digit toggles the n-th."""

    def _make_button(self) -> QAbstractButton:
        button = ChoiceCheck(self)
        button.setObjectName("ChoiceCheck")
        button.toggled.connect(self._toggled)
        return button

    def _selected(self) -> list[str]:
        return [str(b.property("choice")) for b in self.buttons if b.isChecked()]

    def _toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self.edited.emit(self._selected())

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else ({value} if value else set())
        self._quiet = True
        try:
            for button in self.buttons:
                button.setChecked(button.property("choice") in chosen)
        finally:
            self._quiet = False

    def choose(self, n: int) -> bool:
        if not 1 <= n <= min(len(self.buttons), MAX_DIGIT_CHOICES) or not self.isEnabled():
            return False
        button = self.buttons[n - 1]
        button.setFocus()
        button.toggle()  # emits through _toggled
        return True


class AcknowledgeInput(AnswerInput):
    """acknowledge: one check box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = ChoiceCheck(self)
        self.box.setObjectName("ChoiceCheck")
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.box.toggled.connect(self._toggled)
        self._quiet = False
        layout.addWidget(self.box)

    def set_text(self, text: str) -> None:
        """The check box's own text (interface language)."""
        self.box.set_wrapped_text(text)

    def _toggled(self, checked: bool) -> None:
        if not self._quiet:
            self.edited.emit("OK" if checked else "")

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self.box.setChecked(value == "OK")
        finally:
            self._quiet = False

    def choose(self, n: int) -> bool:
        if n != 1 or not self.isEnabled():
            return False
        self.box.setFocus()
        self.box.toggle()
        return True

    def focus_target(self) -> QWidget | None:
        return self.box

    def wipe(self) -> None:
        self.box.set_wrapped_text("")


def make_input(question_type: str, parent: QWidget | None = None, appearance: str = "") -> AnswerInput | None:
    """The input for an engine question type (and its XLSForm appearance); None for notes."""
    if question_type == "text":
        return TextInput(parent)
    if question_type in ("integer", "decimal"):
        return NumberInput(question_type == "decimal", parent)
    if question_type == "date":
        return DateInput(parent)
    if question_type == "select_one":
        return LikertInput(parent) if "likert" in appearance.split() else SingleChoiceInput(parent)
    if question_type == "select_multiple":
        return MultipleChoiceInput(parent)
    if question_type == "acknowledge":
        return AcknowledgeInput(parent)
    return None
