"""Small building blocks shared by the screens: a retranslatable page, cards, labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


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
