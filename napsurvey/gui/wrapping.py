"""Buttons whose text wraps: a long choice or answer grows taller, never wider.

Qt's buttons draw their text on one line and ask for its whole width, so one
long French or Arabic choice used to widen the window past the screen. These
keep their text (it is read back, and announced to screen readers) but paint
without it; a child label shows it word-wrapped in the style's contents area,
and the button reports a height for each width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class _WrappedText(QLabel):
    """The text of a button, word-wrapped, drawn inside it (clicks go to the button)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ChoiceText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class WrappingText:
    """Mixin for a Qt button class: wrapped text, height for width, text drawn by a child label."""

    _contents_element: QStyle.SubElement
    _control: QStyle.ControlElement
    _qt_class: type
    _bold_when_checked = True

    def _setup_text(self: Any) -> None:
        self.wrapped = _WrappedText(self)
        # Qt's radio buttons and check boxes never shrink below their one-line width and are of fixed
        # height; these shrink to a few words' width and grow with their wrapped text (layouts read the
        # height-for-width flag from the size policy).
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Layouts ask for heights many times per pass; the style is asked once per state.
        self._margin_cache: dict[tuple[bool, bool], tuple[int, int]] = {}
        self._height_cache: dict[int, int] = {}
        self.toggled.connect(lambda _on: self._sync_text())

    def set_wrapped_text(self: Any, text: str) -> None:
        """Set the text (the button's own and the wrapped label's)."""
        if text == self.text() and text == self.wrapped.text():
            return
        self.setText(text)
        self.wrapped.setText(text)
        self._sync_text()
        self.updateGeometry()

    def _sync_text(self: Any) -> None:
        self._margin_cache.clear()
        self._height_cache.clear()
        font = QFont(self.font())
        if self._bold_when_checked and self.isChecked():
            font.setWeight(QFont.Weight.DemiBold)
        self.wrapped.setFont(font)
        self._place_text()

    def _contents(self: Any, rect: QRect) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = rect
        contents: QRect = self.style().subElementRect(self._contents_element, option, self)
        return contents

    def _margins(self: Any) -> tuple[int, int]:
        key = (bool(self.isChecked()), bool(self.hasFocus()))
        cached: tuple[int, int] | None = self._margin_cache.get(key)
        if cached is None:
            probe = QRect(0, 0, 1000, 400)
            contents = self._contents(probe)
            cached = (probe.width() - contents.width(), probe.height() - contents.height())
            self._margin_cache[key] = cached
        return cached

    def _place_text(self: Any) -> None:
        self.wrapped.setGeometry(self._contents(self.rect()))

    def _single_line(self: Any) -> QSize:
        base: QSize = self._qt_class.sizeHint(self)  # the Qt button's own size: the text on one line
        return base

    def wrap_size_hint(self: Any) -> QSize:
        width = self._single_line().width()
        return QSize(width, self.wrap_height(width))

    def wrap_minimum_size_hint(self: Any) -> QSize:
        extra_w, _extra_h = self._margins()
        metrics = self.fontMetrics()
        width = extra_w + min(metrics.horizontalAdvance(self.text()), 8 * metrics.horizontalAdvance("M"))
        return QSize(width, self._single_line().height())

    def wrap_height(self: Any, width: int) -> int:
        cached: int | None = self._height_cache.get(width)
        if cached is None:
            extra_w, extra_h = self._margins()
            text = int(self.wrapped.heightForWidth(max(1, width - extra_w))) if self.text() else 0
            cached = max(self._single_line().height(), text + extra_h)
            self._height_cache[width] = cached
        return cached

    def paint_without_text(self: Any) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the wrapped label shows the text
        painter = QStylePainter(self)
        painter.drawControl(self._control, option)
        painter.end()

    # Qt's virtual functions, shared by the three classes below.
    def sizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return self.wrap_size_hint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        return self.wrap_minimum_size_hint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt name)
        return self.wrap_height(width)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        self.paint_without_text()

    def resizeEvent(self: Any, event: QResizeEvent) -> None:  # noqa: N802  (Qt name)
        self._qt_class.resizeEvent(self, event)
        self._place_text()

    def changeEvent(self: Any, event: QEvent) -> None:  # noqa: N802  (Qt name)
        self._qt_class.changeEvent(self, event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange):
            self._sync_text()
            self.updateGeometry()  # the layout caches heights for widths: a new font changes them


class WrapRadioButton(WrappingText, QRadioButton):
    """A radio button whose text wraps."""

    _contents_element = QStyle.SubElement.SE_RadioButtonContents
    _control = QStyle.ControlElement.CE_RadioButton
    _qt_class = QRadioButton

    def __init__(self, parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, parent)
        self._setup_text()


class WrapCheckBox(WrappingText, QCheckBox):
    """A check box whose text wraps."""

    _contents_element = QStyle.SubElement.SE_CheckBoxContents
    _control = QStyle.ControlElement.CE_CheckBox
    _qt_class = QCheckBox

    def __init__(self, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self._setup_text()


class WrapPushButton(WrappingText, QPushButton):
    """A push button whose text wraps (a long answer on the review page)."""

    _contents_element = QStyle.SubElement.SE_PushButtonContents
    _control = QStyle.ControlElement.CE_PushButton
    _qt_class = QPushButton
    _bold_when_checked = False

    def __init__(self, parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, parent)
        self._setup_text()
