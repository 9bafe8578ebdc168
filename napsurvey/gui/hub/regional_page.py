"""The hub's Regional section: the regional report and the regional tables, written in the background.

The choices are the report's language and paper, and the period (one
released period or a range, as the members released them; empty: every
period). The figures are the members' published values and their sums, or
pooled figures protected again (see the report's method page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import show_error, show_outcome
from napsurvey.gui.i18n import LANGUAGE_NAMES
from napsurvey.gui.sync.files import today
from napsurvey.gui.widgets import Page, card, label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import hub_views
from napsurvey.services.session import Session

#: The languages of the regional report (the coordinator's outputs screens, with the same list, load only with
#: a coordinator's home: importing them here would bring the report libraries into the app's start).
REPORT_LANGUAGES = ("en", "fr", "ar")


class RegionalPage(Page):
    """Choose language, paper and period; write the regional report (PDF) or the regional tables (CSV, JSON)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self.task: Task | None = None
        self.dialog: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = label("PageTitle")
        self.intro = label("Muted")
        self.panel, panel_layout = card(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        for code in REPORT_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.period = QLineEdit(self)
        self.period.setMaxLength(40)
        self.language_label, self.paper_label, self.period_label = label(), label(), label()
        form.addRow(self.language_label, self.language)
        form.addRow(self.paper_label, self.paper)
        form.addRow(self.period_label, self.period)
        panel_layout.addLayout(form)
        self.report_button = primary_button(self)
        self.csv_button = QPushButton(self)
        self.json_button = QPushButton(self)
        self.report_button.clicked.connect(self.write_report)
        self.csv_button.clicked.connect(lambda: self.write_tables("csv"))
        self.json_button.clicked.connect(lambda: self.write_tables("json"))
        row = QHBoxLayout()
        for button in (self.report_button, self.csv_button, self.json_button):
            row.addWidget(button)
        row.addStretch(1)
        # Twinning: only the members who chose to be compared are offered.
        self.twinning_panel, twinning_layout = card(self)
        self.twinning_title = label("SectionTitle")
        self.twinning_intro = label("Muted")
        self.twinning_members = QListWidget(self)
        self.twinning_members.setMaximumHeight(140)
        self.twinning_button = QPushButton(self)
        self.twinning_button.clicked.connect(self.write_twinning)
        for widget in (self.twinning_title, self.twinning_intro, self.twinning_members, self.twinning_button):
            twinning_layout.addWidget(widget)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel)
        layout.addLayout(row)
        layout.addWidget(self.twinning_panel)
        layout.addStretch(1)
        self.refresh()
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Reload the members who share twinning each time the page is shown."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """The members offered for twinning: those whose newest bundle says they share."""
        if self._session is None or self._session.locked:
            return
        self.twinning_members.clear()
        for member in hub_views.members(self._session):
            if member.twinning:
                item = QListWidgetItem(member.label or member.member_id, self.twinning_members)
                item.setData(Qt.ItemDataRole.UserRole, member.member_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

    def chosen_members(self) -> list[str]:
        """The fingerprints of the members ticked for twinning."""
        items = [self.twinning_members.item(i) for i in range(self.twinning_members.count())]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def release(self) -> None:
        self._session = None

    def _live(self) -> Session | None:
        if self._session is None or self._session.locked:
            show_error(self, NapError(ErrorCode.VAULT_CLOSED))
            return None
        return self._session

    def retranslate(self) -> None:
        self.title.setText(self.tr("Regional report"))
        self.intro.setText(self.tr(
            "The regional report and tables bring together what your members released: each member's own "
            "figures, their sums, and the gaps. Leave the period empty for every period released, or type one "
            "(2026Q3) or a range (2026Q1..2026Q4)."))
        self.language_label.setText(self.tr("Report language"))
        self.paper_label.setText(self.tr("Paper"))
        self.period_label.setText(self.tr("Period"))
        self.report_button.setText(self.tr("Write the regional report…"))
        self.csv_button.setText(self.tr("Regional tables (CSV)…"))
        self.json_button.setText(self.tr("Regional tables (JSON)…"))
        self.twinning_title.setText(self.tr("Twinning"))
        self.twinning_intro.setText(self.tr(
            "Tick two or more members to compare them side by side, each with the figures it released. Only "
            "members who chose to take part in twinning are listed."))
        self.twinning_button.setText(self.tr("Write the twinning report…"))

    def _options(self) -> tuple[str, str, str | None]:
        return str(self.language.currentData()), str(self.paper.currentData()), self.period.text().strip() or None

    def write_report(self) -> None:
        """Ask where to save the PDF, then write it."""
        path = file_dialogs.save_file(self.window(), self.tr("Save the regional report"), "PDF (*.pdf)",
                                      f"regional-report-{today()}.pdf")
        if path:
            self.write_report_to(Path(path))

    def write_report_to(self, path: Path) -> Task | None:
        """Write the regional report to ``path`` in the background."""
        session = self._live()
        if session is None:
            return None
        language, paper, period = self._options()

        def work(progress: ProgressCallback) -> Any:
            from napsurvey.services import hub_outputs  # noqa: PLC0415  (reportlab loads only when used)

            return hub_outputs.write_regional_report(session, path, today=today(), language=language, period=period,
                                                     paper=paper, progress=progress)  # type: ignore[arg-type]

        def done(result: Any) -> None:
            self.dialog = show_outcome(self, self.tr("Regional report written"), [
                self.tr("%n indicator(s).", "", int(result.sections)),
                self.tr("File: %1").replace("%1", path.name)])

        self.task = run_in_background(self, self.tr("Making the regional report…"), work, done)
        return self.task

    def write_tables(self, fmt: str) -> None:
        """Ask where to save the tables, then write them."""
        path = file_dialogs.save_file(self.window(), self.tr("Save the regional tables"), "",
                                      f"regional-tables-{today()}.{fmt}")
        if path:
            self.write_tables_to(Path(path), fmt)

    def write_tables_to(self, path: Path, fmt: str) -> Task | None:
        """Write the regional tables to ``path`` (``csv`` or ``json``) in the background."""
        session = self._live()
        if session is None:
            return None
        language, _paper, period = self._options()

        def work(_progress: ProgressCallback) -> Any:
            from napsurvey.services import hub_outputs  # noqa: PLC0415

            return hub_outputs.write_regional_tables(session, path, fmt, today=today(), period=period,
                                                     language=language)

        def done(result: Any) -> None:
            self.dialog = show_outcome(self, self.tr("Regional tables written"), [
                self.tr("%n table(s).", "", int(result.tables)), self.tr("File: %1").replace("%1", path.name)])

        self.task = run_in_background(self, self.tr("Writing the regional tables…"), work, done)
        return self.task

    def write_twinning(self) -> None:
        """Ask where to save the twinning report, then write it."""
        path = file_dialogs.save_file(self.window(), self.tr("Save the twinning report"), "PDF (*.pdf)",
                                      f"twinning-{today()}.pdf")
        if path:
            self.write_twinning_to(Path(path))

    def write_twinning_to(self, path: Path) -> Task | None:
        """Write the twinning report of the ticked members to ``path`` in the background."""
        session = self._live()
        if session is None:
            return None
        members = self.chosen_members()
        if len(members) < 2:
            show_error(self, NapError(ErrorCode.HUB_TWINNING_MEMBERS))
            return None
        language, paper, period = self._options()

        def work(progress: ProgressCallback) -> Any:
            from napsurvey.services import twinning  # noqa: PLC0415  (reportlab loads only when used)

            return twinning.write_twinning_report(session, path, members, today=today(), language=language,
                                                  period=period, paper=paper, progress=progress)  # type: ignore[arg-type]

        def done(result: Any) -> None:
            self.dialog = show_outcome(self, self.tr("Twinning report written"), [
                ", ".join(result.members), self.tr("%n indicator(s).", "", int(result.sections)),
                self.tr("File: %1").replace("%1", path.name)])

        self.task = run_in_background(self, self.tr("Making the twinning report…"), work, done)
        return self.task
