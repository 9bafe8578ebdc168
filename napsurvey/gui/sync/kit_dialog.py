"""The coordinator's "Create enrollment kit" dialog.

The kit carries the installed questionnaires, a referral directory (YAML:
areas, each with services), an optional study protocol (YAML) and the
disclosure thresholds and how often a bundle is expected from each device;
it is signed and written with read-back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import OutcomeDialog, show_outcome
from napsurvey.gui.messages import error_text
from napsurvey.gui.sync.files import today
from napsurvey.gui.widgets import label, link_button, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import enrollment
from napsurvey.services import forms as forms_service
from napsurvey.services.files import suggested_name
from napsurvey.services.session import Session
from napsurvey.settings import (
    DEFAULT_EXPECTED_INTERVAL_DAYS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_THRESHOLD,
    DEFAULT_THRESHOLD_HIGH,
    MAXIMUM_GRACE_DAYS,
    MAXIMUM_INTERVAL_DAYS,
    MINIMUM_THRESHOLD,
)

_YAML = "YAML (*.yaml *.yml)"


class KitDialog(QDialog):
    """Choose referrals, protocol and thresholds; write the signed kit."""

    def __init__(self, session: Session, forms: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KitDialog")
        self._session: Session | None = session
        self.referrals_path: Path | None = None
        self.protocol_path: Path | None = None
        self.task: Task | None = None
        self.outcome: OutcomeDialog | None = None
        self.setWindowTitle(self.tr("Create enrollment kit"))
        self.setMinimumWidth(760)  # the French labels and links read whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = label("SectionTitle")
        heading.setText(self.tr("Enrollment kit for monitors"))
        self.forms = label("Muted")
        titles = [f"{f.form_id} {f.version}" for f in forms]
        self.forms.setText(self.tr("Questionnaires in the kit: %1").replace("%1", ", ".join(titles) or "—"))
        # Sensitive questionnaires reach monitors only in a kit (WHO 1): offered here, each with what it needs.
        self.high_forms: dict[str, QCheckBox] = {}
        self.high_title = label("SubTitle")
        self.high_title.setText(self.tr("Sensitive questionnaires (need a study protocol and a referral directory)"))
        high_box = QVBoxLayout()
        high_box.setSpacing(4)
        for form in enrollment.sensitive_forms():
            box = QCheckBox(self)
            title = form.title.get("en") or next(iter(form.title.values()), form.form_id)
            box.setText(self.tr("Include %1 (%2)").replace("%1", title).replace("%2", f"{form.form_id} {form.version}"))
            high_box.addWidget(box)
            self.high_forms[form.form_id] = box
        self.high_title.setVisible(bool(self.high_forms))
        grid = QFormLayout()
        grid.setSpacing(10)
        self.referrals_label = label()
        self.referrals_label.setText(self.tr("none chosen"))
        self.referrals_button = link_button(self)
        self.referrals_button.setText(self.tr("Choose referral directory…"))
        self.referrals_button.clicked.connect(self._choose_referrals)
        self.protocol_label = label()
        self.protocol_label.setText(self.tr("none chosen"))
        self.protocol_button = link_button(self)
        self.protocol_button.setText(self.tr("Choose study protocol…"))
        self.protocol_button.clicked.connect(self._choose_protocol)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(MINIMUM_THRESHOLD, 1000)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold_high = QSpinBox(self)
        self.threshold_high.setRange(MINIMUM_THRESHOLD, 1000)
        self.threshold_high.setValue(max(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_HIGH))
        grid.addRow(self.tr("Referral directory"), self._pair(self.referrals_label, self.referrals_button))
        grid.addRow(self.tr("Study protocol"), self._pair(self.protocol_label, self.protocol_button))
        grid.addRow(self.tr("Smallest count shown"), self.threshold)
        grid.addRow(self.tr("… for sensitive forms"), self.threshold_high)
        # A device quiet for longer than this is shown as late, before its next bundle reveals a gap.
        self.interval = QSpinBox(self)
        self.interval.setRange(1, MAXIMUM_INTERVAL_DAYS)
        self.interval.setValue(DEFAULT_EXPECTED_INTERVAL_DAYS)
        self.interval.setSuffix(self.tr(" days"))
        grid.addRow(self.tr("A bundle expected every"), self.interval)
        # A period may be released this long after its end: bundles of its last weeks still arrive.
        self.grace = QSpinBox(self)
        self.grace.setRange(0, MAXIMUM_GRACE_DAYS)
        self.grace.setValue(DEFAULT_GRACE_DAYS)
        self.grace.setSuffix(self.tr(" days"))
        grid.addRow(self.tr("Wait after a period ends"), self.grace)
        # Publishability before fieldwork: per questionnaire, the share of cells below the threshold.
        self.expected = QSpinBox(self)
        self.expected.setRange(0, 1_000_000)
        self.expected.setValue(100)
        self.estimate_button = link_button(self)
        self.estimate_button.setText(self.tr("Estimate"))
        self.estimate_button.clicked.connect(self.estimate)
        grid.addRow(self.tr("Interviews per reporting period"), self._pair(self.expected, self.estimate_button))
        self.outlook = QTableWidget(0, 3, self)
        self.outlook.setObjectName("KitOutlook")
        self.outlook.setHorizontalHeaderLabels([self.tr("Questionnaire"), self.tr("Below the threshold"),
                                                self.tr("Mostly blank tables")])
        self.outlook.verticalHeader().hide()
        self.outlook.horizontalHeader().setStretchLastSection(True)
        self.outlook.setMaximumHeight(150)
        self.outlook_task: Task | None = None
        self.error = label("Error")
        self.error.hide()
        self.write_button = primary_button(self)
        self.write_button.setText(self.tr("Write kit…"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.write_button.clicked.connect(self._choose_out)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.write_button)
        layout.addWidget(heading)
        layout.addWidget(self.forms)
        layout.addWidget(self.high_title)
        layout.addLayout(high_box)
        layout.addLayout(grid)
        layout.addWidget(self.outlook)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _pair(self, text: QWidget, button: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(text, 1)
        row.addWidget(button)
        return box

    def set_referrals(self, path: Path) -> None:
        """Use the referral directory at ``path``."""
        self.referrals_path = path
        self.referrals_label.setText(path.name)

    def set_protocol(self, path: Path) -> None:
        """Use the study protocol at ``path``."""
        self.protocol_path = path
        self.protocol_label.setText(path.name)

    def _choose_referrals(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the referral directory"), _YAML)
        if path:
            self.set_referrals(Path(path))

    def _choose_protocol(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the study protocol"), _YAML)
        if path:
            self.set_protocol(Path(path))

    def _choose_out(self) -> None:
        # A name that says nothing: the kit may be found on the stick.
        path = file_dialogs.save_file(self, self.tr("Save the kit"), "", suggested_name(today()))
        if path:
            self.write_to(Path(path))

    def _show_error(self, error: NapError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.write_button.setEnabled(True)

    def write_to(self, out: Path) -> Task | None:
        """Build, sign and write the kit to ``out`` in the background."""
        session = self._session
        if session is None:
            return None
        referrals_path, protocol_path = self.referrals_path, self.protocol_path
        low, high, interval = self.threshold.value(), self.threshold_high.value(), self.interval.value()
        grace = self.grace.value()
        sensitive = [form_id for form_id, box in self.high_forms.items() if box.isChecked()]
        self.error.hide()
        self.write_button.setEnabled(False)

        def work(_progress: ProgressCallback) -> enrollment.KitWritten:
            referrals = enrollment.read_referrals(referrals_path) if referrals_path else None
            protocol = enrollment.read_protocol(protocol_path) if protocol_path else None
            texts = enrollment.kit_form_texts(session, sensitive) if sensitive else None
            return enrollment.write_kit(session, out, form_texts=texts, referrals=referrals, protocol=protocol,
                                        threshold=low, threshold_high=high, expected_interval_days=interval,
                                        grace_days=grace, today=today())

        self.task = run_in_background(self, self.tr("Signing and writing the kit…"), work, self._written,
                                      on_error=self._show_error)
        return self.task

    def estimate(self) -> Task | None:
        """Fill the publishability column for the expected interviews (off the GUI thread)."""
        session = self._session
        if session is None:
            return None
        expected, low, high = self.expected.value(), self.threshold.value(), self.threshold_high.value()

        def work(_progress: ProgressCallback) -> list[forms_service.FormOutlook]:
            return forms_service.kit_outlook(session, expected, low, high)

        self.outlook_task = run_in_background(self, self.tr("Estimating…"), work, self._show_outlook,
                                              on_error=self._show_error, progress_dialog=False)
        return self.outlook_task

    def _show_outlook(self, outlooks: list[forms_service.FormOutlook]) -> None:
        self.outlook.setRowCount(len(outlooks))
        for row, outlook in enumerate(outlooks):
            shares = [o.below_share for o in outlook.indicators]
            mean = sum(shares) / len(shares) if shares else 1.0
            blank = sum(1 for s in shares if s > 0.6)
            texts = [f"{outlook.form_id} ({outlook.threshold})", f"{mean:.0%}", f"{blank} / {len(shares)}"]
            for col, text in enumerate(texts):
                self.outlook.setItem(row, col, QTableWidgetItem(text))
        self.outlook.resizeColumnsToContents()

    def _written(self, done: enrollment.KitWritten) -> None:
        path, fingerprint = done.path, done.fingerprint
        self.write_button.setEnabled(True)
        self.outcome = show_outcome(
            self,
            self.tr("Kit written"),
            [self.tr("File: %1 (sealed: it opens only with the enrollment code below)").replace("%1", path.name),
             self.tr("Give it to the monitor. When they install it, read this fingerprint aloud to them:")],
            fingerprint=fingerprint,
            code=done.code or "",
            code_caption=self.tr("Then read them this enrollment code. Say it, do not write it on the stick:"),
        )

    def done(self, result: int) -> None:
        self._session = None
        super().done(result)
