"""Choices before the PDF report is made: its language and its paper size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from napsurvey.gui.i18n import LANGUAGE_NAMES
from napsurvey.gui.widgets import label

#: Languages the report is written in (its fixed texts and fonts cover these).
REPORT_LANGUAGES = ("en", "fr", "ar")
PAPERS = ("a4", "letter")


class ReportOptionsDialog(QDialog):
    """Language and paper of the report; window-modal, opened with ``open()``."""

    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("ReportOptions")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.heading = label("SectionTitle")
        self.intro = label("Muted")
        form = QFormLayout()
        form.setSpacing(10)
        self.language = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.language_label = label()
        self.paper_label = label()
        form.addRow(self.language_label, self.language)
        form.addRow(self.paper_label, self.paper)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(parent.window().windowTitle() if parent is not None else "")
        self.heading.setText(self.tr("Print or save the summary report"))
        self.intro.setText(self.tr(
            "The report holds the same disclosure-controlled tables and charts as this screen, for the "
            "questionnaire and period chosen, with coverage and a methodology note. You choose where the PDF "
            "is saved next."
        ))
        self.language_label.setText(self.tr("Report language"))
        self.paper_label.setText(self.tr("Paper"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Choose where to save…"))

    def chosen_language(self) -> str:
        """The report language code."""
        return str(self.language.currentData())

    def chosen_paper(self) -> str:
        """``a4`` or ``letter``."""
        return str(self.paper.currentData())
