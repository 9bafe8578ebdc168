"""The coordinator's import dialog: choose bundle files, watch the progress, read one line per file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import show_error
from napsurvey.gui.sync.files import today
from napsurvey.gui.widgets import label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import coordinator_views, hub_import, hub_views, sync_import
from napsurvey.services.session import Session


class ImportDialog(QDialog):
    """Import bundles: each file all-or-nothing, one result line per file, then the gaps.

    At a hub the same dialog imports the members' upward bundles.
    """

    #: At least one bundle was imported (the views should reload).
    imported = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self._session: Session | None = session
        self._hub = session.role == "hub"
        self.task: Task | None = None
        self.report: sync_import.ImportReport | None = None
        self.setWindowTitle(self.tr("Import bundles"))
        self.setMinimumSize(720, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = label("SectionTitle")
        self.heading.setText(self.tr("Import bundles from USB sticks"))
        self.intro = label("Muted")
        self.intro.setText(
            self.tr(
                "Choose bundle files, or a whole USB stick or folder: every bundle in it and in its "
                "subfolders is found. Each one is checked (signature, device, content) and imported whole "
                "or not at all; a refused file changes nothing."
            )
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = label("Muted")
        # A list, not labels: a coordinator may import hundreds of files at once.
        self.results = QListWidget(self)
        self.results.setObjectName("ImportResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.results.setWordWrap(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.hide()
        self.lines: list[QListWidgetItem] = []
        self.gap_lines: list[QListWidgetItem] = []
        self.choose_button = primary_button(self)
        self.choose_button.setText(self.tr("Choose files…"))
        self.folder_button = QPushButton(self.tr("Choose a folder or stick…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.choose_button.clicked.connect(self.choose)
        self.folder_button.clicked.connect(self.choose_folder)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.choose_button)
        for widget in (self.heading, self.intro, self.progress, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def choose(self) -> None:
        """Ask for bundle files and import them."""
        paths = file_dialogs.open_files(self, self.tr("Choose the bundle files"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def choose_folder(self) -> None:
        """Ask for a folder (a USB stick) and import every bundle in it."""
        folder = file_dialogs.choose_folder(self, self.tr("Choose the folder or USB stick"))
        if folder:
            self.import_files([Path(folder)])

    def import_files(self, paths: Sequence[Path]) -> Task | None:
        """Import ``paths`` (files or folders) in the background; the bar follows the files done."""
        session = self._session
        if session is None:
            return None
        files = list(paths)
        self._clear_lines()
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing…"))
        self.choose_button.setEnabled(False)
        self.folder_button.setEnabled(False)

        hub = self._hub

        def work(progress: ProgressCallback) -> sync_import.ImportReport:
            if hub:
                return hub_import.import_member_bundles(session, files, today=today(), progress=progress)
            return sync_import.import_bundles(session, files, today=today(), progress=progress)

        self.close_button.setEnabled(False)
        self.task = run_in_background(self, self.tr("Importing bundles…"), work, self._show_report,
                                      on_error=self._failed, progress_dialog=False)
        self.task.progressed.connect(self._progress)
        return self.task

    def _progress(self, done: int, total: int) -> None:
        if self.task is None or self.task.done:
            return  # a late update must not pull the finished bar back
        self.progress.setValue(round(100 * done / max(total, 1)))

    def _failed(self, error: NapError) -> None:
        self.choose_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.status.setText("")
        show_error(self, error)

    def _clear_lines(self) -> None:
        self.results.clear()
        self.results.hide()
        self.lines, self.gap_lines = [], []

    def _add_line(self, text: str, colour: str, bold: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text, self.results)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(QBrush(QColor(colour)))
        if bold:
            font = QFont(self.results.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def line_text(self, outcome: sync_import.ImportOutcome) -> str:
        """The line shown for one file."""
        name = Path(outcome.path).name
        if outcome.status == "imported" and self._hub:
            return (
                self.tr("%1: imported bundle %2 from member %3")
                .replace("%1", name)
                .replace("%2", str(outcome.sequence))
                .replace("%3", outcome.label or outcome.device_id)
            )
        if outcome.status == "imported":
            return (
                self.tr("%1: imported bundle %2 from device %3")
                .replace("%1", name)
                .replace("%2", str(outcome.sequence))
                .replace("%3", outcome.device_id)
            )
        code = outcome.code.name if outcome.code is not None else ""
        # The service's message starts with the full path; the line shows the file name once.
        message = outcome.message
        if message.startswith(outcome.path):
            message = message[len(outcome.path) :].lstrip(": ")
        if outcome.status == "duplicate":
            return self.tr("%1: duplicate, nothing changed (%2)").replace("%1", name).replace("%2", message)
        return self.tr("%1: refused: %2 (%3)").replace("%1", name).replace("%2", message).replace("%3", code)

    def gap_texts(self, report: sync_import.ImportReport) -> list[str]:
        """Missing bundles and lateness of the devices this import brought a bundle from, once each.

        At a hub: the members' missing bundles and the periods they have not released.
        """
        if self._session is not None and self._hub:
            return self._hub_gap_texts(self._session)
        if self._session is None or not report.touched:
            return []
        try:
            views = [v for v in coordinator_views.devices(self._session) if v.device_id in report.touched]
        except NapError:
            return []
        lines = [
            self.tr("device %1: bundle %2 missing").replace("%1", v.device_id).replace("%2", str(n))
            for v in views
            for n in v.missing
        ]
        lines += [
            self.tr("device %1: late, no bundle since %2 (%3 days)")
            .replace("%1", v.device_id).replace("%2", v.last_seen_day).replace("%3", str(v.days_silent))
            for v in views
            if v.late
        ]
        return lines

    def _hub_gap_texts(self, session: Session) -> list[str]:
        try:
            items = hub_views.gap_items(session)
        except NapError:
            return []
        texts = {
            "bundle_missing": lambda i: self.tr("member %1: bundle %2 missing").replace("%1", i.member)
            .replace("%2", str(i.bundle)),
            "not_released": lambda i: self.tr("member %1: %2 %3 not released").replace("%1", i.member)
            .replace("%2", i.form_id).replace("%3", i.period),
            "nothing_yet": lambda i: self.tr("member %1: nothing received yet").replace("%1", i.member),
        }
        return [texts[item.kind](item) for item in items]

    def _show_report(self, report: sync_import.ImportReport) -> None:
        self.report = report
        self.progress.setValue(100)
        self.choose_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.close_button.setEnabled(True)
        colours = {"imported": "#1f5e2e", "duplicate": "#5b6a6e", "refused": "#8a1f11"}
        for outcome in report.outcomes:
            self.lines.append(
                self._add_line(self.line_text(outcome), colours[outcome.status], bold=outcome.status == "refused")
            )
        for gap in self.gap_texts(report):
            self.gap_lines.append(self._add_line(gap, "#7a5200", bold=True))
        self.results.setVisible(bool(self.lines or self.gap_lines))
        done = sum(1 for o in report.outcomes if o.status == "imported")
        refused = sum(1 for o in report.outcomes if o.status == "refused")
        self.status.setText(
            self.tr("%n imported", "", done) + " · " + self.tr("%n refused", "", refused)
        )
        if done:
            self.imported.emit()

    def done(self, result: int) -> None:
        self._session = None
        super().done(result)
