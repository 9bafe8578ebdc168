"""First run: choose the role, set a passphrase, write down the recovery key.

A page flow on a QStackedWidget. The wizard only draws and collects; the
vault is made by the services layer (``create_vault``), which also judges the
passphrase (``passphrase_strength``).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui.background import Task
from napsurvey.gui.key_work import open_off_thread
from napsurvey.gui.messages import error_text
from napsurvey.gui.passphrase_widgets import StrengthMeter
from napsurvey.gui.widgets import Page, centered_column, label, primary_button, secret_field


class _RoleCard(QFrame):
    """A bordered choice: a radio button and a plain explanation; a click anywhere selects it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoleCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        self.radio = QRadioButton(self)
        self.radio.setObjectName("RoleChoice")
        self.text = label("Muted")
        self.text.setContentsMargins(30, 0, 0, 0)
        layout.addWidget(self.radio)
        layout.addWidget(self.text)
        self.radio.toggled.connect(self._restyle)

    def _restyle(self, checked: bool) -> None:
        self.setProperty("selected", "true" if checked else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802  (Qt name)
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class _RolePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = centered_column(self, 640)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.monitor_card = _RoleCard(self)
        self.coordinator_card = _RoleCard(self)
        self.monitor = self.monitor_card.radio
        self.monitor_text = self.monitor_card.text
        self.coordinator = self.coordinator_card.radio
        self.coordinator_text = self.coordinator_card.text
        self.hub_card = _RoleCard(self)
        self.hub = self.hub_card.radio
        self.hub_text = self.hub_card.text
        self.group = QButtonGroup(self)
        self.group.addButton(self.monitor)
        self.group.addButton(self.coordinator)
        self.group.addButton(self.hub)
        self.monitor.setChecked(True)
        self.next_button = primary_button(self)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addSpacing(4)
        col.addWidget(self.monitor_card)
        col.addWidget(self.coordinator_card)
        col.addWidget(self.hub_card)
        col.addSpacing(4)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        col.addLayout(row)
        self.retranslate()

    def role(self) -> str:
        if self.hub.isChecked():
            return "hub"
        return "coordinator" if self.coordinator.isChecked() else "monitor"

    def retranslate(self) -> None:
        self.title.setText(self.tr("Set up this computer"))
        self.intro.setText(self.tr("Who will use this computer? You choose once; it cannot be changed later."))
        self.monitor.setText(self.tr("Field monitor"))
        self.monitor_text.setText(
            self.tr("You fill in questionnaires with people, then take the results to your coordinator on a USB stick.")
        )
        self.coordinator.setText(self.tr("Coordinator"))
        self.coordinator_text.setText(
            self.tr("You prepare the monitors' computers, bring their results together and print the summary report.")
        )
        self.hub.setText(self.tr("Network or regional hub"))
        self.hub_text.setText(
            self.tr(
                "You bring together what several national coordinators have published, print the regional report "
                "and compare countries side by side."
            )
        )
        self.next_button.setText(self.tr("Continue"))


class _PassphrasePage(Page):
    def __init__(self, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        col = centered_column(self, 640)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.passphrase = secret_field(self)
        self.passphrase.setObjectName("Passphrase")
        self.confirm = secret_field(self)
        self.confirm.setObjectName("Confirm")
        # Judged while typing (zxcvbn, with the same floor the vault applies), in the interface language.
        self.meter = StrengthMeter(services, self)
        self.strength = self.meter.text
        self.warning = label("Warning")
        self.error = label("Error")
        self.error.hide()
        self.status = label("Muted")
        self.status.hide()
        self.busy = False
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        self.passphrase_label = QLabel(self)
        self.confirm_label = QLabel(self)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.confirm_label, self.confirm)
        self.back_button = QPushButton(self)
        self.next_button = primary_button(self)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addLayout(form)
        col.addWidget(self.warning)
        col.addWidget(self.error)
        col.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        col.addLayout(row)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.confirm.returnPressed.connect(self.next_button.click)
        self.retranslate()

    def _update(self) -> None:
        text = self.passphrase.text()
        self.meter.judge(text)
        matches = bool(text) and text == self.confirm.text()
        self.next_button.setEnabled(matches)
        self.error.hide()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        """While the vault is being made (off the GUI thread): nothing to click, a status line."""
        self.busy = busy
        # Read-only fields and a guarded Create button (not disabled ones): the keyboard focus stays put.
        for field in (self.passphrase, self.confirm):
            field.setReadOnly(busy)
        self.back_button.setEnabled(not busy)
        self.status.setVisible(busy)
        if busy:
            self.error.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a passphrase"))
        self.intro.setText(
            self.tr("Everything you collect is locked with this passphrase. Use several words that you will remember.")
        )
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Type it again"))
        self.warning.setText(
            self.tr(
                "If you forget the passphrase and lose the recovery key, nobody can open this data: "
                "not you, not your coordinator, not us."
            )
        )
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Create"))
        self.status.setText(self.tr("Preparing the encrypted storage…"))
        self._update()


class _RecoveryKeyPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = centered_column(self, 700)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.key = label("RecoveryKey")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.advice = label("Warning")
        self.written = QCheckBox(self)
        self.next_button = primary_button(self)
        self.next_button.setEnabled(False)
        self.written.toggled.connect(self.next_button.setEnabled)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addWidget(self.key)
        col.addWidget(self.advice)
        col.addWidget(self.written, 0, Qt.AlignmentFlag.AlignLeft)  # the click target is the text itself
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        col.addLayout(row)
        self.retranslate()

    def show_key(self, key: str) -> None:
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        # Two lines of groups: easier to copy by hand, and never a selectable text.
        self.key.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]) if len(groups) > 1 else key)
        self.written.setChecked(False)

    def forget_key(self) -> None:
        self.key.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your recovery key"))
        self.intro.setText(
            self.tr("This key opens the data if the passphrase is forgotten. It is shown only this once.")
        )
        self.advice.setText(
            self.tr("Write it on paper now and keep the paper somewhere safe, away from this computer.")
        )
        self.written.setText(self.tr("I have written it down"))
        self.next_button.setText(self.tr("Continue"))


class SetupWizard(Page):
    """First-run flow. Emits :attr:`finished` once the vault exists and the key was written down."""

    finished = Signal()

    def __init__(self, home: Path, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._services = services
        self._task: Task | None = None
        self.stack = QStackedWidget(self)
        self.role_page = _RolePage(self.stack)
        self.passphrase_page = _PassphrasePage(services, self.stack)
        self.key_page = _RecoveryKeyPage(self.stack)
        for page in (self.role_page, self.passphrase_page, self.key_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.role_page.next_button.clicked.connect(self._to_passphrase)
        self.passphrase_page.back_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.role_page))
        self.passphrase_page.next_button.clicked.connect(self._create)
        self.key_page.next_button.clicked.connect(self._done)

    def _to_passphrase(self) -> None:
        self.stack.setCurrentWidget(self.passphrase_page)
        self.passphrase_page.passphrase.setFocus()

    def _create(self) -> None:
        page = self.passphrase_page
        passphrase = page.passphrase.text()
        if page.busy or not passphrase or passphrase != page.confirm.text():
            return
        home, services, role = self._home, self._services, self.role_page.role()
        secret = services.take_passphrase(passphrase)  # a buffer wiped after set-up, not a str left behind
        page.set_busy(True)

        def create() -> Any:
            try:
                return services.create_vault(home, role, secret)
            finally:
                services.forget(secret)

        # Key derivation and calibration take a second or two: off the GUI thread.
        self._task = open_off_thread(self, create, self._created, self._refused)

    def _created(self, result: Any) -> None:
        page = self.passphrase_page
        page.set_busy(False)
        page.clear()
        self.key_page.show_key(result.recovery_key)
        self.stack.setCurrentWidget(self.key_page)

    def _refused(self, exc: NapError) -> None:
        self.passphrase_page.set_busy(False)
        self.passphrase_page.show_error(error_text(exc))

    @property
    def busy(self) -> bool:
        """True while the vault is being made."""
        return self.passphrase_page.busy

    def _done(self) -> None:
        if not self.key_page.written.isChecked():
            return
        self.key_page.forget_key()
        self.finished.emit()
