"""The neutral screen quick-hide switches to: a blank lined notebook page.

It shows nothing but the neutral title and today's date. A small, quiet
"Open" button leads back to the unlock screen; the passphrase is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.widgets import Page, label

_LINE_SPACING = 34
_MARGIN_X = 96


class NeutralScreen(Page):
    """A lined notebook page with the neutral title."""

    open_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Neutral")
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_MARGIN_X + 16, 24, 32, 16)
        self.title_label: QLabel = label(wrap=False)
        self.title_label.setObjectName("Muted")
        self.date_label: QLabel = label(wrap=False)
        self.date_label.setObjectName("Muted")
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.date_label)
        layout.addLayout(top)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("NeutralOpen")
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(self.open_requested)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self.retranslate()

    def set_title(self, title: str) -> None:
        """Follow a changed neutral title."""
        self._title = title
        self.title_label.setText(title)

    def retranslate(self) -> None:
        self.title_label.setText(self._title)
        self.date_label.setText(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        self.open_button.setText(self.tr("Open"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fbfaf6"))
        painter.setPen(QPen(QColor("#dfe6ee"), 1))
        y = 80
        while y < self.height() - 40:
            painter.drawLine(0, y, self.width(), y)
            y += _LINE_SPACING
        painter.setPen(QPen(QColor("#efc3c0"), 2))
        margin = self.width() - _MARGIN_X if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else _MARGIN_X
        painter.drawLine(margin, 0, margin, self.height())
        painter.end()
