"""Training sign-off: the supervisor enters the date and their code (WHO recommendation 7).

The code has a fixed form (2 to 5 letters, a hyphen, 1 to 6 digits, e.g.
SUP-07), said under the field; "Sign off" stays disabled until the code has
it. The service checks it again, for the command line too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.widgets import label, primary_button
from napsurvey.services.session import is_supervisor_code, normalise_supervisor_code


class TrainingDialog(QDialog):
    """Asks for the training date and the supervisor code; read them after ``exec()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.intro = label("Muted")
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.code = QLineEdit(self)
        self.code.setObjectName("SupervisorCode")
        self.code.setMaxLength(12)
        self.code.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.code.setPlaceholderText("SUP-07")
        self.format_hint = label("Muted")
        self.day_label = QLabel(self)
        self.code_label = QLabel(self)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.day_label, self.day)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.format_hint)
        self.cancel_button = QPushButton(self)
        self.ok_button = primary_button(self)
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(row)
        self.code.textChanged.connect(lambda text: self.ok_button.setEnabled(is_supervisor_code(text)))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.accept)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts (the dialog is short-lived; no live switch needed)."""
        self.setWindowTitle(self.tr("Training sign-off"))
        self.intro.setText(
            self.tr("To be filled in by the supervisor who trained this monitor. Sensitive forms open after sign-off.")
        )
        self.day_label.setText(self.tr("Date of training"))
        self.code_label.setText(self.tr("Supervisor code"))
        self.format_hint.setText(
            self.tr("As your supervisor gives it: 2 to 5 letters, a hyphen and 1 to 6 digits, for example SUP-07.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("Sign off"))

    def values(self) -> tuple[date, str]:
        """The chosen day and supervisor code."""
        qdate = self.day.date()
        return date(qdate.year(), qdate.month(), qdate.day()), normalise_supervisor_code(self.code.text())
