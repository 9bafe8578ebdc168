"""Small building blocks shared by the screens: a retranslatable page, cards, labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class Page(QWidget):
    """A screen whose texts are set in :meth:`retranslate` and re-set on language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    retired = False

    def retranslate(self) -> None:
        """Set every visible text; subclasses override."""

    def release(self) -> None:
        """Drop references to the session and decrypted data; subclasses override."""

    def retire(self) -> None:
        """Called when the page is dropped: never redraw texts again, let go of data."""
        for page in [self, *self.findChildren(Page)]:
            page.retired = True
            page.release()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt name)
        # A dropped page waiting for deletion must not refill its texts.
        if event.type() == QEvent.Type.LanguageChange and not self.retired:
            self.retranslate()
        super().changeEvent(event)


def label(object_name: str = "", *, wrap: bool = True) -> QLabel:
    """A plain, non-selectable label (nothing on screen can be copied)."""
    widget = QLabel()
    if object_name:
        widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def primary_button(parent: QWidget | None = None) -> QPushButton:
    """The main action of a screen (distinct colour)."""
    button = QPushButton(parent)
    button.setObjectName("Primary")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def link_button(parent: QWidget | None = None) -> QPushButton:
    """A secondary action that looks like a link."""
    button = QPushButton(parent)
    button.setObjectName("Link")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel and its layout."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    return frame, layout


def scrolled_body(page: QWidget) -> QWidget:
    """Fill ``page`` with a frameless scroll area; returns the widget inside it, to lay the page out on."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget(scroll)
    scroll.setWidget(body)
    return body


def centered_column(page: QWidget, max_width: int = 620) -> QVBoxLayout:
    """A column of fixed width centred in ``page``; returns its layout.

    The width is fixed so wrapped labels get their true height (a column that
    may shrink lets Qt squeeze wrapped text and stacked fields).
    """
    outer = QVBoxLayout(page)
    outer.setContentsMargins(32, 32, 32, 32)
    row = QHBoxLayout()
    column = QWidget(page)
    column.setFixedWidth(max_width)
    column.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(14)
    row.addStretch(1)
    row.addWidget(column)
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def secret_field(parent: QWidget | None = None) -> QLineEdit:
    """A password field: hidden echo, no context menu, nothing copied out."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    return field


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def __init__(self, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 4), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(align), text)
        painter.end()


class CurrentPageStack(QStackedWidget):
    """A stack whose size is that of the page it shows.

    QStackedWidget asks for room for its largest page, shown or not: a long
    review page kept every later question stretched to its height, and one
    wide page kept the whole window wide.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt name)
        page = self.currentWidget()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt name)
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


class FittingComboBox(QComboBox):
    """A drop-down whose list shows every item whole.

    Qt makes the list as narrow as the box: a longer item then gets a
    horizontal scroll bar, which hid the last item (Arabic, in the question
    languages). The list is widened to its longest item instead, with no
    horizontal scroll bar, and shows up to a dozen items without scrolling.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxVisibleItems(12)
        view = self.view()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)

    def showPopup(self) -> None:  # noqa: N802  (Qt name)
        view = self.view()
        frame = 2 * view.frameWidth() + 24  # the item padding of the stylesheet
        scroll = view.verticalScrollBar().sizeHint().width() if self.count() > self.maxVisibleItems() else 0
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0) + frame + scroll))
        # Tall enough for every item up to the limit: Qt's own height can come out a few pixels short,
        # and then its scroll arrows cover the last item.
        rows = min(self.count(), self.maxVisibleItems())
        view.setMinimumHeight(sum(view.sizeHintForRow(row) for row in range(rows)) + 2 * view.frameWidth())
        super().showPopup()


class PageSwitcher(QWidget):
    """Pages of which one shows, laid out as if it were alone (a box holding one visible page).

    Unlike a stacked widget it has no size of its own: the page shown gives its
    height for the width it gets (wrapped text), and hidden pages count for
    nothing - a long review left behind never stretches the next question.
    """

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:  # noqa: N802  (QStackedWidget's name)
        """Add a page (hidden unless it is the first)."""
        page.setParent(self)
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current is None:
            self.setCurrentWidget(page)
        else:
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:  # noqa: N802  (QStackedWidget's name)
        """Take a page out (it is not deleted)."""
        if page in self._pages:
            self._pages.remove(page)
            self._layout.removeWidget(page)
            if page is self._current:
                self._current = None
                if self._pages:
                    self.setCurrentWidget(self._pages[0])

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802  (QStackedWidget's name)
        """Show ``page``, hide the others."""
        if page is self._current:
            return
        for other in self._pages:
            if other is not page:
                other.hide()
        self._current = page
        page.show()
        self.current_changed.emit(self._pages.index(page))

    def currentWidget(self) -> QWidget | None:  # noqa: N802  (QStackedWidget's name)
        """The page shown."""
        return self._current

    def indexOf(self, page: QWidget) -> int:  # noqa: N802  (QStackedWidget's name)
        """The page's index, -1 if it is not here."""
        return self._pages.index(page) if page in self._pages else -1

    def count(self) -> int:
        """How many pages."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        """The page at ``index``."""
        return self._pages[index] if 0 <= index < len(self._pages) else None
