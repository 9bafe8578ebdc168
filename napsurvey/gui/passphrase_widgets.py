"""The passphrase strength meter (set-up and passphrase change) and the passphrase change dialog.

The estimate is the services layer's (zxcvbn with a floor of 10^10 guesses,
:mod:`napsurvey.services.passphrase_policy`); here it is drawn while typing,
in the interface language: the meter, a word for the score, and what to do
about each problem, by problem code.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui.key_work import open_off_thread
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import label, primary_button, secret_field


def score_word(score: int) -> str:
    """The score (0-4) in words, in the interface language."""
    words = [
        QCoreApplication.translate("StrengthMeter", "Very weak"),
        QCoreApplication.translate("StrengthMeter", "Weak"),
        QCoreApplication.translate("StrengthMeter", "Fair"),
        QCoreApplication.translate("StrengthMeter", "Almost strong enough"),
        QCoreApplication.translate("StrengthMeter", "Strong"),
    ]
    return words[max(0, min(score, 4))]


def problem_text(code: str) -> str:
    """What to do about one problem code of the estimate, in the interface language."""
    texts = {
        "too_short": QCoreApplication.translate("StrengthMeter", "Use at least 10 characters."),
        "common": QCoreApplication.translate("StrengthMeter", "It is, or is built on, a common password, word or name."),
        "product_word": QCoreApplication.translate(
            "StrengthMeter", "It uses a word an attacker would try first here (the app's own words)."
        ),
        "pattern": QCoreApplication.translate("StrengthMeter", "It follows a keyboard row, a sequence or a repeat."),
        "date": QCoreApplication.translate("StrengthMeter", "Dates and years are among the first things tried."),
        "guessable": QCoreApplication.translate(
            "StrengthMeter", "It is still too easy to guess: add another uncommon word or two."
        ),
    }
    return texts.get(code, texts["guessable"])


class StrengthMeter(QWidget):
    """A bar (0-4) and a line: the score in words and what to change, updated while typing."""

    def __init__(self, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.text = label("Muted")
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self.acceptable = False

    def value(self) -> int:
        """The score shown (0-4)."""
        return int(self.bar.value())

    def judge(self, passphrase: str) -> None:
        """Show the estimate of ``passphrase`` (the empty string clears the meter)."""
        if passphrase:
            strength: Any = self._services.passphrase_strength(passphrase)
            score = int(strength.score)
            codes = list(strength.problem_codes)
            self.acceptable = not codes
            self.text.setText(" ".join([score_word(score) + "."] + [problem_text(c) for c in codes]))
        else:
            score, self.acceptable = 0, False
            self.text.setText("")
        self.bar.setValue(score)
        self.bar.setProperty("strength", str(score))
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)


class ChangePassphraseDialog(QDialog):
    """The current passphrase, a new one judged while typing, and the new one again; changed off the GUI thread."""

    def __init__(self, session: Any, services: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangePassphrase")
        self._session: Any | None = session
        self._services = services
        self.task: Any = None
        self.changed = False
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Change the passphrase"))
        intro = label("Muted")
        intro.setText(self.tr("The data is not re-encrypted: only the key that opens it. The recovery key stays the same."))
        self.old = secret_field(self)
        self.old.setObjectName("OldPassphrase")
        self.new = secret_field(self)
        self.new.setObjectName("NewPassphrase")
        self.confirm = secret_field(self)
        self.confirm.setObjectName("ConfirmPassphrase")
        self.meter = StrengthMeter(services, self)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("Type it again"), self.confirm)
        self.error = label("Error")
        self.error.hide()
        self.done_line = label("Muted")
        self.done_line.hide()
        self.change_button = primary_button(self)
        self.change_button.setText(self.tr("Change"))
        self.change_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.change)
        for field in (self.old, self.new, self.confirm):
            field.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.change_button)
        for widget in (heading, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_line)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _update(self) -> None:
        self.meter.judge(self.new.text())
        ready = bool(self.old.text()) and self.meter.acceptable and self.new.text() == self.confirm.text()
        self.change_button.setEnabled(ready and self.task is None)
        self.error.hide()

    def change(self) -> None:
        """Check the current passphrase and rewrap the key under the new one (Argon2: off the GUI thread)."""
        session = self._session
        if session is None or not self.change_button.isEnabled():
            return
        services = self._services
        old = services.take_passphrase(self.old.text())
        new = services.take_passphrase(self.new.text())
        for field in (self.old, self.new, self.confirm):
            field.clear()
        self.change_button.setEnabled(False)

        def work() -> bool:
            try:
                session.change_passphrase(old, new)
                return True
            finally:
                services.forget(old)
                services.forget(new)

        self.task = open_off_thread(self, work, self._changed, self._refused)

    def _changed(self, _result: object) -> None:
        self.task = None
        self.changed = True
        self.done_line.setText(self.tr("Passphrase changed. Use the new one from now on."))
        self.done_line.show()

    def _refused(self, error: NapError) -> None:
        self.task = None
        self.error.setText(error_text(error))
        self.error.show()

    def done(self, result: int) -> None:
        self._session = None
        super().done(result)
