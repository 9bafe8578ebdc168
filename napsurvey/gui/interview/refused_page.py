"""Shown instead of the runner when a form cannot start (training, protocol, referrals: WHO gates)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import Page, centered_column, label, primary_button


class StartRefusedPage(Page):
    """Why the interview cannot start, in plain words, and the way back."""

    home_clicked = Signal()

    def __init__(self, error: NapError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.code = error.code
        self._error = error
        column = centered_column(self, 620)
        self.title: QLabel = label("PageTitle")
        self.reason: QLabel = label("Warning")
        self.detail: QLabel = label("Muted")
        self.home_button = primary_button(self)
        self.home_button.clicked.connect(self.home_clicked)
        for widget in (self.title, self.reason, self.detail):
            column.addWidget(widget)
        column.addWidget(self.home_button)
        self.retranslate()

    def retranslate(self) -> None:
        explanations = {
            ErrorCode.INTERVIEW_NOT_TRAINED: self.tr(
                "This questionnaire asks about sensitive matters. It opens once your supervisor has recorded "
                "your training sign-off on the start page."
            ),
            ErrorCode.INTERVIEW_NO_PROTOCOL: self.tr(
                "This questionnaire runs only under the study protocol that comes in your coordinator's kit."
            ),
            ErrorCode.INTERVIEW_NO_REFERRAL: self.tr(
                "This questionnaire needs the list of referral services for your area before it can start, so that "
                "help can be offered. It comes in your coordinator's kit."
            ),
        }
        self.title.setText(self.tr("This interview cannot start"))
        self.reason.setText(explanations.get(self.code, ""))
        self.reason.setVisible(self.code in explanations)
        self.detail.setText(error_text(self._error))
        self.home_button.setText(self.tr("Back to the start page"))

    def release(self) -> None:
        self._error = NapError(self.code)
