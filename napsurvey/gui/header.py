"""The header bar: neutral title, role, navigation, and the always-visible Hide button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from napsurvey.gui.widgets import Page, label


class Header(Page):
    """Top bar. Hide is always shown; the other buttons only once unlocked."""

    hide_clicked = Signal()
    home_clicked = Signal()
    settings_clicked = Signal()
    lock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(10)
        self.title_label: QLabel = label("HeaderTitle", wrap=False)
        self.role_label: QLabel = label("HeaderRole", wrap=False)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.role_label)
        layout.addStretch(1)
        self.home_button = self._button("HeaderButton", self.home_clicked)
        self.settings_button = self._button("HeaderButton", self.settings_clicked)
        self.lock_button = self._button("HeaderButton", self.lock_clicked)
        self.hide_button = self._button("HideButton", self.hide_clicked)
        for button in (self.home_button, self.settings_button, self.lock_button, self.hide_button):
            layout.addWidget(button)
        self._role = ""
        self.set_unlocked(False)
        self.retranslate()

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steals focus from an answer field
        button.clicked.connect(signal)
        return button

    def set_title(self, title: str) -> None:
        """Show the neutral title."""
        self.title_label.setText(title)

    def set_role(self, role: str) -> None:
        """Show the vault's role ('' when locked)."""
        self._role = role
        self.retranslate()

    def set_unlocked(self, unlocked: bool) -> None:
        """Show the navigation buttons only while a session is open."""
        for button in (self.home_button, self.settings_button, self.lock_button):
            button.setVisible(unlocked)
        self.role_label.setVisible(unlocked)

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Home"))
        self.settings_button.setText(self.tr("Settings"))
        self.lock_button.setText(self.tr("Lock"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Hide everything now (F12, or Esc twice)"))
        roles = {"monitor": self.tr("Monitor"), "coordinator": self.tr("Coordinator"), "hub": self.tr("Hub")}
        self.role_label.setText(roles.get(self._role, ""))
