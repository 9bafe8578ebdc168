"""The unlock screen, and the recovery-key path when the passphrase is forgotten.

After a wrong passphrase the vault imposes a delay; the screen shows it and
keeps the Unlock button disabled, counting down, until the next try is allowed.
"""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.background import Task
from napsurvey.gui.key_work import open_off_thread
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import Page, centered_column, label, link_button, primary_button, secret_field


def _focus_first(window: QWidget) -> None:
    # The window stayed active while the key was checked, so the focus does not move on by
    # itself when this page goes: hand it to the first field of the page now shown.
    focused = window.focusWidget()
    if focused is None or not focused.isVisible():
        window.focusNextChild()


class UnlockPage(Page):
    """One passphrase field and an Unlock button. Emits :attr:`unlocked` with the session."""

    unlocked = Signal(object)
    recover_requested = Signal()

    def __init__(self, home: Path, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._services = services
        self._wait_left = 0
        self._last_error: NapError | None = None
        #: True while the passphrase is being checked on the worker thread.
        self.busy = False
        self._task: Task | None = None
        col = centered_column(self, 480)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.passphrase = secret_field(self)
        self.passphrase.setObjectName("Passphrase")
        self.error = label("Error")
        self.error.setObjectName("Error")
        self.error.hide()
        self.countdown = label("Muted")
        self.countdown.hide()
        self.status = label("Muted")
        self.status.setObjectName("UnlockStatus")
        self.status.hide()
        self.unlock_button = primary_button(self)
        self.forgot_button = link_button(self)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addWidget(self.passphrase)
        col.addWidget(self.error)
        col.addWidget(self.countdown)
        col.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        col.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self.recover_requested)
        self.retranslate()
        self._start_wait(self._services.seconds_until_next_attempt(self._home))

    def showEvent(self, event: Any) -> None:  # noqa: N802  (Qt name)
        super().showEvent(event)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        """Try the typed passphrase (Enter or the button); the check runs off the GUI thread."""
        if self._wait_left > 0 or self.busy or not self.passphrase.text():
            return
        home, services = self._home, self._services
        # Into a buffer wiped after the attempt: no copy of the passphrase outlives it (finding M2).
        secret = services.take_passphrase(self.passphrase.text())
        self.passphrase.clear()
        self._set_busy(True)

        def attempt() -> Any:
            try:
                return services.unlock(home, secret, front_end="GUI")
            finally:
                services.forget(secret)

        self._task = open_off_thread(self, attempt, self._opened, self._refused)

    def _opened(self, session: Any) -> None:
        self._set_busy(False)
        self._last_error = None
        self.error.hide()
        window = self.window()
        self.passphrase.clearFocus()
        self.unlocked.emit(session)
        _focus_first(window)

    def _refused(self, exc: NapError) -> None:
        self._set_busy(False)
        self._show_error(exc)
        if exc.code in (ErrorCode.VAULT_WRONG_PASSPHRASE, ErrorCode.VAULT_WAIT):
            self._start_wait(self._services.seconds_until_next_attempt(self._home))
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        # Read-only, not disabled: a disabled field would drop the keyboard focus.
        self.passphrase.setReadOnly(busy)
        self.forgot_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._wait_left == 0)
        self.status.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)  # busy, yet the window still answers
        else:
            self.unsetCursor()

    def _show_error(self, exc: NapError) -> None:
        self._last_error = exc
        self.error.setText(error_text(exc))
        self.error.show()

    def _start_wait(self, seconds: float) -> None:
        self._wait_left = max(0, math.ceil(seconds))
        if self._wait_left > 0:
            self.unlock_button.setEnabled(False)
            self._timer.start()
        self._show_countdown()

    def _tick(self) -> None:
        self._wait_left = max(0, math.ceil(self._services.seconds_until_next_attempt(self._home)))
        self._show_countdown()

    def _show_countdown(self) -> None:
        if self._wait_left > 0:
            self.countdown.setText(self.tr("You can try again in %n second(s).", "", self._wait_left))
            self.countdown.show()
        else:
            self._timer.stop()
            self.countdown.hide()
            self.unlock_button.setEnabled(not self.busy)

    @property
    def wait_seconds(self) -> int:
        """Seconds left before the next try is allowed (0: allowed now)."""
        return self._wait_left

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked"))
        self.intro.setText(self.tr("Type your passphrase to open your notes."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("I forgot my passphrase"))
        self.status.setText(self.tr("Checking the passphrase…"))
        if self._last_error is not None:
            self.error.setText(error_text(self._last_error))
        self._show_countdown()


class RecoverPage(Page):
    """Open the vault with the recovery key and set a new passphrase."""

    unlocked = Signal(object)
    cancelled = Signal()

    def __init__(self, home: Path, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._services = services
        #: True while the recovery key is being checked on the worker thread.
        self.busy = False
        self._task: Task | None = None
        col = centered_column(self, 560)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.key = QLineEdit(self)
        self.key.setObjectName("RecoveryKeyField")
        self.key.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.passphrase = secret_field(self)
        self.confirm = secret_field(self)
        self.key_label = QLabel(self)
        self.passphrase_label = QLabel(self)
        self.confirm_label = QLabel(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.key_label, self.key)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        self.error = label("Error")
        self.error.hide()
        self.status = label("Muted")
        self.status.hide()
        self.back_button = QPushButton(self)
        self.ok_button = primary_button(self)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addLayout(form)
        col.addWidget(self.error)
        col.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        col.addLayout(row)
        self.back_button.clicked.connect(self._cancel)
        self.ok_button.clicked.connect(self.try_recover)
        self.confirm.returnPressed.connect(self.ok_button.click)
        self.retranslate()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def clear(self) -> None:
        """Forget everything typed."""
        for field in (self.key, self.passphrase, self.confirm):
            field.clear()
        self.error.hide()

    def try_recover(self) -> None:
        """Check the key, set the new passphrase, open the vault (off the GUI thread)."""
        if self.busy:
            return
        if self.passphrase.text() != self.confirm.text() or not self.passphrase.text():
            self.error.setText(self.tr("The two new passphrases are not the same."))
            self.error.show()
            return
        home, services = self._home, self._services
        key, passphrase = self.key.text(), self._services.take_passphrase(self.passphrase.text())
        self._set_busy(True)
        self.error.hide()

        def attempt() -> Any:
            try:
                return services.recover(home, key, passphrase, front_end="GUI")
            finally:
                services.forget(passphrase)

        self._task = open_off_thread(self, attempt, self._opened, self._refused)

    def _opened(self, session: Any) -> None:
        self._set_busy(False)
        self.clear()
        window = self.window()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.unlocked.emit(session)
        _focus_first(window)

    def _refused(self, exc: NapError) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        # Read-only fields and a guarded OK button (not disabled ones): the keyboard focus stays put.
        for field in (self.key, self.passphrase, self.confirm):
            field.setReadOnly(busy)
        self.back_button.setEnabled(not busy)
        self.status.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Use the recovery key"))
        self.intro.setText(
            self.tr("Type the recovery key you wrote down at set-up, then choose a new passphrase.")
        )
        self.key_label.setText(self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase_label.setText(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("Type it again"))
        self.back_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("Open with the key"))
        self.status.setText(self.tr("Checking the recovery key…"))
