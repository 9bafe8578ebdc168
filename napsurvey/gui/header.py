"""The header bar: neutral title, role, navigation, and the always-visible Hide and Lock buttons.

When the bar has no room for every button (a small screen, French or
Arabic, large text), Home and Settings fold into a menu button; Hide and
Lock always stay on the bar, and the title is shortened with "…" rather than
ever pushing them off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from napsurvey.gui.widgets import ElidedLabel, Page, label


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
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(20, 10, 20, 10)
        self.layout_.setSpacing(10)
        self.title_label: QLabel = ElidedLabel("HeaderTitle", self)
        self.role_label: QLabel = label("HeaderRole", wrap=False)
        self.layout_.addWidget(self.title_label)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.role_label)
        self.layout_.addStretch(1)
        self.home_button = self._button("HeaderButton", self.home_clicked)
        self.settings_button = self._button("HeaderButton", self.settings_clicked)
        self.menu = QMenu(self)
        self.menu.setObjectName("HeaderMenu")
        self.home_action = QAction(self.menu)
        self.home_action.triggered.connect(self.home_clicked)
        self.settings_action = QAction(self.menu)
        self.settings_action.triggered.connect(self.settings_clicked)
        self.menu.addAction(self.home_action)
        self.menu.addAction(self.settings_action)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("HeaderMenuButton")
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button = self._button("HeaderButton", self.lock_clicked)
        self.hide_button = self._button("HideButton", self.hide_clicked)
        for widget in (self.home_button, self.settings_button, self.menu_button, self.lock_button, self.hide_button):
            self.layout_.addWidget(widget)
        self._role = ""
        self._unlocked = False
        self._folded = False
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
        self.title_label.setToolTip(title)
        self._fit()

    def set_role(self, role: str) -> None:
        """Show the vault's role ('' when locked)."""
        self._role = role
        self.retranslate()

    def set_unlocked(self, unlocked: bool) -> None:
        """Show the navigation buttons only while a session is open."""
        self._unlocked = unlocked
        self.lock_button.setVisible(unlocked)
        self._fit()

    # ---- fitting -------------------------------------------------------------------------
    def _full_width(self) -> int:
        """Width the bar needs to show every button and the whole title and role."""
        margins = self.layout_.contentsMargins()
        widgets = [self.title_label, self.role_label, self.home_button, self.settings_button, self.lock_button, self.hide_button]
        spacing = self.layout_.spacing() * (len(widgets) + 1) + 12
        return margins.left() + margins.right() + spacing + sum(w.sizeHint().width() for w in widgets)

    def _fit(self) -> None:
        """Fold Home and Settings into the menu when the bar is too narrow for them (never Hide or Lock)."""
        folded = self._unlocked and self.width() < self._full_width()
        self._folded = folded
        for widget in (self.home_button, self.settings_button):
            widget.setVisible(self._unlocked and not folded)
        self.role_label.setVisible(self._unlocked and not folded)
        self.menu_button.setVisible(self._unlocked and folded)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt name)
        # The folded bar's width, whatever is shown now: the window may always shrink to it, and the
        # bar folds as it does (asking for the unfolded width would keep the window wide).
        hint = super().minimumSizeHint()
        margins = self.layout_.contentsMargins()
        kept = [self.menu_button, self.lock_button, self.hide_button] if self._unlocked else [self.hide_button]
        width = margins.left() + margins.right() + self.title_label.minimumSizeHint().width()
        width += sum(w.sizeHint().width() + self.layout_.spacing() for w in kept) + 12
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt name)
        super().resizeEvent(event)
        self._fit()

    @property
    def folded(self) -> bool:
        """True while Home and Settings are in the menu."""
        return self._folded

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Home"))
        self.settings_button.setText(self.tr("Settings"))
        self.home_action.setText(self.tr("Home"))
        self.settings_action.setText(self.tr("Settings"))
        self.menu_button.setText(self.tr("Menu") + " ▾")
        self.menu_button.setToolTip(self.tr("Home and settings"))
        self.lock_button.setText(self.tr("Lock"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Hide everything now (F12, or Esc twice)"))
        roles = {"monitor": self.tr("Monitor"), "coordinator": self.tr("Coordinator"), "hub": self.tr("Hub")}
        self.role_label.setText(roles.get(self._role, ""))
        self._fit()
