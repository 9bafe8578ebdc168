"""The coordinator's Plan area: the imported plan, its periods, and the way to assess and print them.

Three views in one place: the overview (import a plan, load an assessments
file, choose a period to assess, print or export), the form view of a period
(:class:`~napsurvey.gui.plan.assess_view.AssessView`) and the scorecard on
screen (:class:`~napsurvey.gui.plan.scorecard_view.ScorecardView`). A plan or
assessments file with problems is refused whole, and its problems are listed
with their codes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui import file_dialogs
from napsurvey.gui.background import Task, run_in_background
from napsurvey.gui.dialogs import OutcomeDialog, show_error, show_outcome
from napsurvey.gui.plan.assess_view import AssessView
from napsurvey.gui.plan.problems import problem_lines
from napsurvey.gui.plan.scorecard_view import ScorecardView
from napsurvey.gui.widgets import Page, card, label, primary_button
from napsurvey.progress import ProgressCallback
from napsurvey.services import plans
from napsurvey.services.session import Session

NEW_PERIOD = "__new__"


class PlanArea(Page):
    """Overview, form view and scorecard of the NAP's own plan."""

    def __init__(self, session: Session, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("PlanArea")
        self._session: Session | None = session
        self._language = language
        self.task: Task | None = None
        self.outcome: OutcomeDialog | None = None
        self.assess_view: AssessView | None = None
        self.scorecard_view: ScorecardView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.overview = QWidget(self.stack)
        self.stack.addWidget(self.overview)
        box = QVBoxLayout(self.overview)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        self.title = label("PageTitle")
        self.panel, panel_layout = card(self.overview)
        self.plan_line = label("SectionTitle")
        self.counts = label()
        self.periods_line = label("Muted")
        for line in (self.plan_line, self.counts, self.periods_line):
            panel_layout.addWidget(line)
        box.addWidget(self.title)
        box.addWidget(self.panel)
        row = QHBoxLayout()
        self.import_button = primary_button(self.overview)
        self.assessments_button = QPushButton(self.overview)
        row.addWidget(self.import_button)
        row.addWidget(self.assessments_button)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        self.period_choice = QComboBox(self.overview)
        self.assess_button = QPushButton(self.overview)
        self.scorecard_button = QPushButton(self.overview)
        self.export_button = QPushButton(self.overview)
        for widget in (self.period_choice, self.assess_button, self.scorecard_button, self.export_button):
            row.addWidget(widget)
        row.addStretch(1)
        box.addLayout(row)
        self.help = label("Muted")
        box.addWidget(self.help)
        box.addStretch(1)
        self.import_button.clicked.connect(self.choose_plan_file)
        self.assessments_button.clicked.connect(self.choose_assessments_file)
        self.assess_button.clicked.connect(self.open_assessment)
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.export_button.clicked.connect(self.choose_export)
        self.refresh()

    # -- the overview ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the plan's overview again and redraw."""
        self._overview: plans.PlanOverview | None = None
        if self._session is not None:
            self._overview = plans.overview(self._session, self._language)
        has_plan = self._overview is not None
        periods = self._overview.periods if self._overview else []
        drafts = self._overview.drafts if self._overview else []
        self.period_choice.clear()
        for period in sorted(set(periods) | set(drafts)):
            self.period_choice.addItem(period, period)
        self.period_choice.addItem("", NEW_PERIOD)
        self.period_choice.setCurrentIndex(max(0, self.period_choice.count() - 2))
        for widget in (self.assessments_button, self.period_choice, self.assess_button, self.export_button):
            widget.setEnabled(has_plan)
        self.scorecard_button.setEnabled(bool(periods))
        self.retranslate()

    def _problems(self, title: str, problems: list[Any]) -> None:
        lines = problem_lines(problems)
        self.outcome = show_outcome(self, title, [*lines, self.tr("Nothing was stored.")])

    def choose_plan_file(self) -> None:
        """Ask for a plan file (YAML or the XLSX template) and import it."""
        path = file_dialogs.open_file(self, self.tr("Import a plan"), self.tr("Plan files (*.yaml *.yml *.xlsx)"))
        if path:
            self.import_plan(path)

    def import_plan(self, path: str, *, replace: bool = False) -> Task | None:
        """Import ``path`` off the GUI thread; problems are listed, nothing half-imported."""
        session = self._session
        if session is None:
            return None
        from pathlib import Path  # noqa: PLC0415

        def work(progress: ProgressCallback) -> plans.PlanImported:
            return plans.import_plan(session, Path(path), replace=replace)

        def done(result: plans.PlanImported) -> None:
            if result.problems:
                self._problems(self.tr("The plan was not imported"), list(result.problems))
                return
            self.refresh()
            lines = [self.tr("%1: %2 actions and %3 indicators in %4 pillars.").replace("%1", result.plan_id)
                     .replace("%2", str(result.actions)).replace("%3", str(result.indicators))
                     .replace("%4", str(result.pillars))]
            if result.updated:
                lines.append(self.tr("%n assessed period(s) kept.", "", result.periods_kept))
            self.outcome = show_outcome(self, self.tr("Plan imported"), lines)

        def failed(error: NapError) -> None:
            if error.code is ErrorCode.PLAN_ANOTHER_PLAN and self.confirm_replace(error):
                self.import_plan(path, replace=True)
                return
            show_error(self, error)

        self.task = run_in_background(self, self.tr("Checking the plan…"), work, done, on_error=failed)
        return self.task

    def confirm_replace(self, error: NapError) -> bool:
        """Ask before a different plan replaces the stored one and its periods."""
        answer = QMessageBox.question(
            self, self.tr("Replace the plan?"),
            self.tr("This vault holds plan %1 and its %2 assessed period(s). Replace it by %3, and drop those "
                    "periods?").replace("%1", str(error.params.get("found"))).replace("%2", str(error.params.get(
                        "periods"))).replace("%3", str(error.params.get("new"))))
        return answer == QMessageBox.StandardButton.Yes

    def choose_assessments_file(self) -> None:
        """Ask for an assessments file and store it whole."""
        path = file_dialogs.open_file(self, self.tr("Load assessments"), self.tr("Assessments (*.yaml *.yml)"))
        if path:
            self.load_assessments(path)

    def load_assessments(self, path: str) -> Task | None:
        """Store every period of ``path``, all or nothing."""
        session = self._session
        if session is None:
            return None
        from pathlib import Path  # noqa: PLC0415

        def work(progress: ProgressCallback) -> plans.Assessed:
            return plans.assess(session, Path(path))

        def done(result: plans.Assessed) -> None:
            if result.problems:
                self._problems(self.tr("The assessments were not stored"), list(result.problems))
                return
            self.refresh()
            self.outcome = show_outcome(self, self.tr("Assessments stored"),
                                        [self.tr("Periods stored: %1.").replace("%1", ", ".join(result.stored))])

        self.task = run_in_background(self, self.tr("Checking the assessments…"), work, done)
        return self.task

    def choose_export(self) -> None:
        """Export the matrix for partners (XLSX)."""
        path = file_dialogs.save_file(self, self.tr("Export the plan matrix"), self.tr("Workbook (*.xlsx);;JSON (*.json)"),
                         "plan-matrix.xlsx")
        if not path or self._session is None:
            return
        fmt = "json" if path.lower().endswith(".json") else "xlsx"
        from pathlib import Path  # noqa: PLC0415

        try:
            done = plans.export_matrix(self._session, Path(path), fmt, self._language)
        except NapError as exc:
            show_error(self, exc)
            return
        self.outcome = show_outcome(self, self.tr("Matrix exported"), [self.tr("Saved to %1.").replace("%1", path)])
        _ = done

    # -- the form view -------------------------------------------------------------------

    def open_assessment(self) -> AssessView | None:
        """Open the form view of the chosen period (its unsaved edit first, else what is stored)."""
        session = self._session
        if session is None:
            return None
        plan = plans.stored_plan(session)
        assert plan is not None
        key = str(self.period_choice.currentData())
        data: dict[str, Any] | None = None
        if key == NEW_PERIOD:
            key = self._new_period_id()
            data = {"period": {"id": key, "start": "", "end": ""}, "assessed_on": ""}
        data = plans.draft(session, key) or data or plans.period_data(session, key) or \
            {"period": {"id": key, "start": "", "end": ""}, "assessed_on": ""}
        view = AssessView(session, plan, key, data, self.stack, self._language)
        view.closed.connect(self._back)
        view.stored.connect(self._stored)
        self._replace_view("assess_view", view)
        return view

    def _new_period_id(self) -> str:
        existing = {self.period_choice.itemData(i) for i in range(self.period_choice.count())}
        n = 1
        while f"new-{n}" in existing:
            n += 1
        return f"new-{n}"

    def _stored(self, period_id: str) -> None:
        self._back()
        self.outcome = show_outcome(self, self.tr("Period stored"),
                                    [self.tr("Period %1 is stored as assessed.").replace("%1", period_id)])

    # -- the scorecard -------------------------------------------------------------------

    def open_scorecard(self) -> ScorecardView | None:
        """Show the scorecard on screen, as printed."""
        if self._session is None or self._overview is None:
            return None
        view = ScorecardView(self._session, list(self._overview.periods), self._language, self.stack)
        view.closed.connect(self._back)
        self._replace_view("scorecard_view", view)
        return view

    def _replace_view(self, name: str, view: Page) -> None:
        old = getattr(self, name)
        if old is not None:
            old.retire()
            self.stack.removeWidget(old)
            old.deleteLater()
        setattr(self, name, view)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    def _back(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.refresh()

    # -- texts and locking ---------------------------------------------------------------

    def release(self) -> None:
        self._session = None
        self._overview = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("National Action Plan"))
        overview = getattr(self, "_overview", None)
        if overview is None:
            self.plan_line.setText(self.tr("No plan imported yet."))
            self.counts.setText(self.tr("Import the plan your government adopted: its actions, responsible "
                                        "institutions, indicators, baselines, targets and costing, as a YAML file "
                                        "or the XLSX template a ministry officer fills in."))
            self.periods_line.setText("")
        else:
            self.plan_line.setText(overview.title)
            self.counts.setText(self.tr("%1 actions, %2 indicators.").replace("%1", str(overview.actions))
                                .replace("%2", str(overview.indicators)))
            self.periods_line.setText(
                self.tr("Assessed periods: %1.").replace("%1", ", ".join(overview.periods))
                if overview.periods else self.tr("No period assessed yet."))
        new_index = self.period_choice.findData(NEW_PERIOD)
        if new_index >= 0:
            self.period_choice.setItemText(new_index, self.tr("A new period…"))
        self.import_button.setText(self.tr("Import a plan…"))
        self.assessments_button.setText(self.tr("Load assessments from a file…"))
        self.assess_button.setText(self.tr("Assess this period"))
        self.scorecard_button.setText(self.tr("Scorecard"))
        self.export_button.setText(self.tr("Export the matrix…"))
        self.help.setText(self.tr("A plan names institutions, never persons: no names, phone numbers or e-mail "
                                  "addresses. Evidence is a public document, or a confidential source that is not "
                                  "named."))
