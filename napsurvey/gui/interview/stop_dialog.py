"""Stop the interview: keep the draft to resume later, or discard it (only a count is kept)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from napsurvey.gui.widgets import label, primary_button


class StopChoice(Enum):
    """What the monitor chose."""

    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"


class StopDialog(QDialog):
    """Asks whether to keep the draft. :attr:`choice` holds the answer after ``exec()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StopDialog")
        self.setModal(True)
        self.choice = StopChoice.CANCEL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.title: QLabel = label("SectionTitle")
        self.text: QLabel = label()
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.cancel_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("DangerButton")
        self.keep_button = primary_button(self)
        for button, choice in (
            (self.cancel_button, StopChoice.CANCEL),
            (self.discard_button, StopChoice.DISCARD),
            (self.keep_button, StopChoice.KEEP),
        ):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            row.addWidget(button)
        row.insertStretch(1, 1)
        layout.addLayout(row)
        self.keep_button.setDefault(True)
        self.setMinimumWidth(560)
        self.retranslate()

    def _choose(self, choice: StopChoice) -> None:
        self.choice = choice
        if choice is StopChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    def retranslate(self) -> None:
        """Interface texts."""
        self.setWindowTitle(self.tr("Stop interview"))
        self.title.setText(self.tr("Stop the interview?"))
        self.text.setText(
            self.tr(
                "Keep the draft to finish it later with the same respondent (it stays encrypted), "
                "or discard it: every answer is destroyed and only the fact that an interview was stopped is counted."
            )
        )
        self.cancel_button.setText(self.tr("Continue interview"))
        self.discard_button.setText(self.tr("Discard answers"))
        self.keep_button.setText(self.tr("Keep draft for later"))
