"""The scorecard on screen: the printed PDF's own pages, rendered in memory.

The PDF is made off the GUI thread by the same service that prints it, then
its pages are drawn as images; *Save as PDF…* writes those very bytes. No
file is written to show it, and the pages are dropped when the vault locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import show_error, show_outcome
from napsurvey.gui.i18n import LANGUAGE_NAMES
from napsurvey.gui.widgets import Page, label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import plans
from napsurvey.services.session import Session

REPORT_LANGUAGES = ("en", "fr", "ar")


class ScorecardView(Page):
    """Period, comparison, language and paper; the pages below."""

    closed = Signal()

    def __init__(self, session: Session, periods: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanScorecard")
        self._session: Session | None = session
        self._report: plans.PlanReport | None = None
        self.task: Task | None = None
        self.page_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = label("PageTitle")
        layout.addWidget(self.title)
        bar = QHBoxLayout()
        self.period, self.compare = QComboBox(self), QComboBox(self)
        for period in periods:
            self.period.addItem(period, period)
        self.period.setCurrentIndex(len(periods) - 1)
        self.language, self.paper = QComboBox(self), QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.captions = [label() for _ in range(4)]
        for caption, combo in zip(self.captions, (self.period, self.compare, self.language, self.paper)):
            bar.addWidget(caption)
            bar.addWidget(combo)
        bar.addStretch(1)
        layout.addLayout(bar)
        buttons = QHBoxLayout()  # a row of its own: the window may be narrow (1024 px)
        self.show_button = primary_button(self)
        self.save_button = QPushButton(self)
        self.back_button = QPushButton(self)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        self.status = label("Muted")
        layout.addWidget(self.status)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_scroll.setWidget(self.pages)
        layout.addWidget(self.page_scroll, 1)
        self.period.currentIndexChanged.connect(self._fill_compare)
        self.show_button.clicked.connect(self.show_pages)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self.closed.emit)
        self.save_button.setEnabled(False)
        self._fill_compare()
        self.retranslate()

    def _fill_compare(self, *_: object) -> None:
        chosen = self.period.currentIndex()
        self.compare.clear()
        self.compare.addItem("", None)
        for index in range(self.period.count()):
            if index != chosen:
                self.compare.addItem(self.period.itemText(index), self.period.itemData(index))
        previous = self.period.itemData(chosen - 1) if chosen > 0 else None
        self.compare.setCurrentIndex(max(0, self.compare.findData(previous)))
        self.retranslate()

    def options(self) -> dict[str, Any]:
        """The report options chosen."""
        return {"period": self.period.currentData(), "compare": self.compare.currentData(),
                "language": self.language.currentData(), "paper": self.paper.currentData()}

    def show_pages(self) -> Task | None:
        """Make the PDF and show its pages (off the GUI thread)."""
        session = self._session
        if session is None:
            return None
        options = self.options()
        compare = options.pop("compare")
        sections = plans.SECTIONS if compare else tuple(s for s in plans.SECTIONS if s != "comparison")

        def work(progress: ProgressCallback) -> tuple[plans.PlanReport, list[plans.PageImage]]:
            report = plans.report_bytes(session, compare=compare, sections=sections, progress=progress, **options)
            return report, plans.render_pages(report.pdf, scale=1.4)

        def done(result: tuple[plans.PlanReport, list[plans.PageImage]]) -> None:
            self._report, images = result
            self._show(images)

        self.task = run_in_background(self, self.tr("Preparing the scorecard…"), work, done)
        return self.task

    def _show(self, images: list[plans.PageImage]) -> None:
        self._clear()
        for image in images:
            qimage = QImage(image.pixels, image.width, image.height, image.stride, QImage.Format.Format_RGB888)
            page = QLabel(self.pages)
            page.setObjectName("PlanPage")
            page.setPixmap(QPixmap.fromImage(qimage.copy()))  # copy: the pixels' buffer is not kept
            self.pages_layout.addWidget(page)
            self.page_labels.append(page)
        self.save_button.setEnabled(self._report is not None)
        self.status.setText(self.tr("%n page(s), exactly as printed.", "", len(images)))

    def _clear(self) -> None:
        for page in self.page_labels:
            page.setParent(None)
            page.deleteLater()
        self.page_labels = []

    def save(self) -> None:
        """Write the PDF on screen where the coordinator chooses."""
        if self._report is None or self._session is None:
            return
        path = file_dialogs.save_file(self, self.tr("Save the scorecard"), self.tr("PDF (*.pdf)"), "scorecard.pdf")
        if not path:
            return
        try:
            written = plans.write_pdf(self._session, path, self._report)
        except NapError as exc:
            show_error(self, exc)
            return
        show_outcome(self, self.tr("Scorecard saved"), [self.tr("Saved to %1.").replace("%1", str(written))])

    @property
    def pdf(self) -> bytes | None:
        """The PDF on screen (what *Save as PDF…* writes)."""
        return self._report.pdf if self._report is not None else None

    def release(self) -> None:
        self._session = None
        self._report = None
        self._clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scorecard"))
        for caption, text in zip(self.captions, (self.tr("Period"), self.tr("Compared with"), self.tr("Language"),
                                                 self.tr("Paper"))):
            caption.setText(text)
        if self.compare.count():
            self.compare.setItemText(0, self.tr("no comparison"))
        self.show_button.setText(self.tr("Show"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.back_button.setText(self.tr("Back to the plan"))
        if not self.page_labels:
            self.status.setText(self.tr("Choose the period and press Show: the pages are those the PDF prints."))
