"""The last page of an interview: completed, refused or ended kindly; referrals shown; back home."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from napsurvey.gui.interview.referral_panel import ReferralList
from napsurvey.gui.widgets import label, primary_button, scrolled_body
from napsurvey.services.interviews import Referrals


class EndingPage(QWidget):
    """Shows how the interview ended and where to get help; :attr:`home_clicked` closes the runner."""

    home_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EndingPage")
        holder = scrolled_body(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(32, 32, 32, 32)
        column = QWidget(holder)
        column.setMaximumWidth(760)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title: QLabel = label("PageTitle")
        self.message: QLabel = label("KindMessage")
        self.kept: QLabel = label("Muted")
        self.referral_title: QLabel = label("SectionTitle")
        self.referrals = ReferralList(column)
        self.home_button = primary_button(column)
        self.home_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.home_button.clicked.connect(self.home_clicked)
        for widget in (self.title, self.message, self.kept):
            layout.addWidget(widget)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)  # above the fold, whatever follows
        layout.addSpacing(8)
        layout.addWidget(self.referral_title)
        layout.addWidget(self.referrals)
        layout.addStretch(1)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        self._status = "complete"
        self.retranslate()

    def show_ending(self, status: str, message: str, referrals: Referrals) -> None:
        """Draw the ending for ``status`` with the form's kind ``message`` and the referral services."""
        self._status = status
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.referrals.set_services(referrals.intro, referrals.services, referrals.missing_area, referrals.fallback)
        self.retranslate()
        self.home_button.setFocus()

    def retranslate(self) -> None:
        """Interface texts."""
        titles = {
            "complete": self.tr("Interview completed"),
            "refused": self.tr("The respondent did not consent"),
            "ended_child": self.tr("The interview has ended"),
            "stopped": self.tr("The interview was stopped"),
        }
        kept = {
            "complete": self.tr("The answers were anonymised and saved in the encrypted vault. Names and exact dates were not kept."),
            "refused": self.tr("No answer was kept: only the fact that an interview was refused is counted."),
            "ended_child": self.tr("No answer was kept: only the fact that the interview ended is counted."),
            "stopped": self.tr("No answer was kept."),
        }
        self.title.setText(titles.get(self._status, titles["complete"]))
        self.kept.setText(kept.get(self._status, ""))
        self.referral_title.setText(self.tr("Where to get help"))
        self.home_button.setText(self.tr("Back to the start page"))
        self.referrals.retranslate()

    def wipe(self) -> None:
        """Blank every text."""
        for widget in self.findChildren(QLabel):
            widget.clear()
