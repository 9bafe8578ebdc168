"""Assessing a reporting period in a form view, saved inside the vault after every change.

Four tabs: the actions (status, the government's claim and civil society's
assessment side by side, each with its evidence), the indicators (value and
source; a survey-linked one names the released period instead), the money
(allocated, disbursed and what reached women's organisations, per action and
fiscal year) and the shadow report. Everything is reachable with Tab and the
arrow keys; Ctrl+S checks the period against the plan and stores it.

Evidence is typed one item a line: ``title | issuer | date | page | link``,
or the word *confidential* alone (a source that is not named).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui.dialogs import show_error
from napsurvey.gui.plan.problems import problem_lines
from napsurvey.gui.widgets import Page, label, primary_button
from napsurvey.plan.assessment import ADDRESSEES, CATEGORIES, MODALITIES, STATUSES
from napsurvey.plan.model import Plan, pick
from napsurvey.services import plans
from napsurvey.services.session import Session

CONFIDENTIAL = "confidential"
_MONEY_COLUMNS = ("allocated", "disbursed", *(f"{c}:{m}" for c in CATEGORIES for m in MODALITIES))


def _status_combo(parent: QWidget, *, allow_none: bool) -> QComboBox:
    combo = QComboBox(parent)
    if allow_none:
        combo.addItem("", None)
    for status in STATUSES:
        combo.addItem(status, status)
    return combo


def _text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(12 + lines * edit.fontMetrics().lineSpacing())
    return edit


def evidence_lines(items: list[Any]) -> str:
    """Evidence items as the lines the form view shows."""
    lines = []
    for item in items:
        if item == CONFIDENTIAL or not isinstance(item, dict):
            lines.append(CONFIDENTIAL)
            continue
        parts = [str(item.get(k, "") or "") for k in ("title", "issuer", "date", "page", "link")]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def parse_evidence(text: str, confidential_words: tuple[str, ...] = (CONFIDENTIAL,)) -> list[Any]:
    """The evidence lines back to items (a line of only *confidential* is a confidential source)."""
    items: list[Any] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.lower() in {w.lower() for w in confidential_words}:
            items.append(CONFIDENTIAL)
            continue
        parts = [p.strip() for p in line.split("|")]
        item = {k: v for k, v in zip(("title", "issuer", "date", "page", "link"), parts) if v}
        items.append(item)
    return items


def _number(text: str) -> Any:
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # kept as typed: the check names the field
    return int(value) if value.is_integer() else value


class _SideFields:
    """One side's fields (status, text, evidence) for one action."""

    def __init__(self, parent: QWidget, with_status: bool) -> None:
        self.status = _status_combo(parent, allow_none=True) if with_status else None
        self.text = _text_edit(parent, 2)
        self.evidence = _text_edit(parent, 2)

    def load(self, data: dict[str, Any] | None) -> None:
        data = data or {}
        if self.status is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(data.get("status"))))
        self.text.setPlainText(str(data.get("text", "")))
        self.evidence.setPlainText(evidence_lines(list(data.get("evidence", []))))

    def data(self, confidential: tuple[str, ...]) -> dict[str, Any] | None:
        out: dict[str, Any] = {}
        if self.status is not None and self.status.currentData():
            out["status"] = self.status.currentData()
        if self.text.toPlainText().strip():
            out["text"] = self.text.toPlainText().strip()
        evidence = parse_evidence(self.evidence.toPlainText(), confidential)
        if evidence:
            out["evidence"] = evidence
        return out or None

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.status, self.text, self.evidence) if w is not None]


class AssessView(Page):
    """The form view of one period; emits ``closed`` when the coordinator leaves it."""

    closed = Signal()
    stored = Signal(str)

    def __init__(self, session: Session, plan: Plan, key: str, data: dict[str, Any], parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("PlanAssess")
        self._session: Session | None = session
        self._plan = plan
        self._key = key
        self._language = language
        self._loading = True
        self.saves = 0  # autosaves done (for tests and the status line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = label("PageTitle")
        self.autosave = label("Muted")
        layout.addWidget(self.title)
        layout.addWidget(self.autosave)

        head = QGridLayout()  # two compact rows: the tabs below need the height
        self.period_id, self.period_label = QLineEdit(self), QLineEdit(self)
        self.start, self.end, self.assessed_on = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.head_labels = [label() for _ in range(5)]
        places = ((0, 0), (0, 2), (1, 0), (1, 2), (1, 4))
        for caption, field, (row, col) in zip(self.head_labels, (self.period_id, self.period_label, self.start,
                                                                 self.end, self.assessed_on), places):
            head.addWidget(caption, row, col)
            head.addWidget(field, row, col + 1, 1, 3 if (row, col) == (0, 2) else 1)
        layout.addLayout(head)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._rows = self._plan_money_rows(data)
        self._build_actions()
        self._build_indicators()
        self._build_money()
        self._build_shadow()

        buttons = QHBoxLayout()
        self.store_button = primary_button(self)
        self.discard_button = QPushButton(self)
        self.back_button = QPushButton(self)
        buttons.addWidget(self.store_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        self.problems = QListWidget(self)
        self.problems.setObjectName("PlanProblems")
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        self.store_button.clicked.connect(self.store)
        self.discard_button.clicked.connect(self.discard)
        self.back_button.clicked.connect(self.closed.emit)
        QShortcut(QKeySequence.StandardKey.Save, self, self.store)

        self.load(data)
        self._connect_changes()
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def tx(self, value: dict[str, str]) -> str:
        return pick(value, self._language, self._plan.plan.default_language)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    def _build_actions(self) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(10)
        self.action_status: dict[str, QComboBox] = {}
        self.government: dict[str, _SideFields] = {}
        self.civil_society: dict[str, _SideFields] = {}
        self.action_headers = [label("Muted") for _ in range(5)]
        for col, caption in enumerate(self.action_headers):
            grid.addWidget(caption, 0, col)
        row = 1
        for _, _, action in self._plan.actions():
            title = label()
            title.setText(f"{action.id}  {self.tx(action.title)}")
            status = _status_combo(inner, allow_none=True)
            status.setObjectName(f"status-{action.id}")
            gov, cs = _SideFields(inner, True), _SideFields(inner, False)
            self.action_status[action.id] = status
            self.government[action.id], self.civil_society[action.id] = gov, cs
            grid.addWidget(title, row, 0, 1, 5)
            grid.addWidget(status, row + 1, 0, Qt.AlignmentFlag.AlignTop)
            assert gov.status is not None
            grid.addWidget(gov.status, row + 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(gov.text, row + 1, 2)
            grid.addWidget(cs.text, row + 1, 3)
            grid.addWidget(gov.evidence, row + 2, 2)
            grid.addWidget(cs.evidence, row + 2, 3)
            row += 3
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        self.actions_tab = self._scroll(inner)
        self.tabs.addTab(self.actions_tab, "")

    def _build_indicators(self) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        self.values: dict[str, QLineEdit] = {}
        self.sources: dict[str, QPlainTextEdit] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.indicator_headers = [label("Muted") for _ in range(4)]
        for col, caption in enumerate(self.indicator_headers):
            grid.addWidget(caption, 0, col)
        for row, indicator in enumerate(self._plan.indicators, 1):
            title = label()
            title.setText(f"{indicator.id}  {self.tx(indicator.title)}")
            value = QLineEdit(inner)
            value.setObjectName(f"value-{indicator.id}")
            source = _text_edit(inner, 1)
            note = QLineEdit(inner)
            self.values[indicator.id], self.sources[indicator.id], self.notes[indicator.id] = value, source, note
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(source, row, 2)
            grid.addWidget(note, row, 3)
            if indicator.survey is not None:
                source.setEnabled(False)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        self.indicators_tab = self._scroll(inner)
        self.tabs.addTab(self.indicators_tab, "")

    def _money_rows(self) -> list[tuple[str, str]]:
        return self._rows

    def _plan_money_rows(self, data: dict[str, Any]) -> list[tuple[str, str]]:
        """Every costed (action, fiscal year), and any other line the period already has."""
        order = {a.id: n for n, (_, _, a) in enumerate(self._plan.actions())}
        rows = {(a.id, y) for _, _, a in self._plan.actions() for y in (a.cost.by_year if a.cost else {})}
        rows |= {(str(f.get("action")), str(f.get("fiscal_year"))) for f in data.get("finance", [])
                 if isinstance(f, dict) and f.get("action") in order}
        return sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[1]))

    def _build_money(self) -> None:
        rows = self._money_rows()
        self.money = QTableWidget(len(rows), 2 + len(_MONEY_COLUMNS), self)
        self.money.setObjectName("PlanMoney")
        for r, (action, year) in enumerate(rows):
            for c, text in enumerate((action, year)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.money.setItem(r, c, item)
            for c in range(2, 2 + len(_MONEY_COLUMNS)):
                self.money.setItem(r, c, QTableWidgetItem(""))
        self.money.resizeColumnsToContents()
        self.tabs.addTab(self.money, "")

    def _build_shadow(self) -> None:
        inner = QWidget()
        form = QFormLayout(inner)
        self.addressee = QComboBox(inner)
        for code in ADDRESSEES:
            self.addressee.addItem(code, code)
        self.summary = _text_edit(inner, 4)
        self.shadow_labels = [label(), label()]
        form.addRow(self.shadow_labels[0], self.addressee)
        form.addRow(self.shadow_labels[1], self.summary)
        self.findings: dict[str, QPlainTextEdit] = {}
        self.recommendations: dict[str, QPlainTextEdit] = {}
        self.pillar_labels: list[tuple[QLabel, QLabel, str]] = []
        for pillar in self._plan.pillars:
            f_label, r_label = label(), label()
            self.findings[pillar.id] = _text_edit(inner, 3)
            self.recommendations[pillar.id] = _text_edit(inner, 3)
            form.addRow(f_label, self.findings[pillar.id])
            form.addRow(r_label, self.recommendations[pillar.id])
            self.pillar_labels.append((f_label, r_label, pillar.id))
        self.shadow_tab = self._scroll(inner)
        self.tabs.addTab(self.shadow_tab, "")

    # -- data in and out -----------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        """Fill the fields from a period's plain data."""
        self._loading = True
        period = data.get("period", {})
        self.period_id.setText(str(period.get("id", "")))
        label_text = period.get("label", {})
        self._labels = dict(label_text) if isinstance(label_text, dict) else {}
        self.period_label.setText(self.tx(label_text) if isinstance(label_text, dict) else str(label_text or ""))
        self.start.setText(str(period.get("start", "")))
        self.end.setText(str(period.get("end", "")))
        self.assessed_on.setText(str(data.get("assessed_on", "")))
        actions = {a.get("action"): a for a in data.get("actions", []) if isinstance(a, dict)}
        for action_id, combo in self.action_status.items():
            item = actions.get(action_id, {})
            combo.setCurrentIndex(max(0, combo.findData(item.get("status"))))
            self.government[action_id].load(item.get("government"))
            self.civil_society[action_id].load(item.get("civil_society"))
        observed = {o.get("indicator"): o for o in data.get("indicators", []) if isinstance(o, dict)}
        for indicator in self._plan.indicators:
            obs = observed.get(indicator.id, {})
            shown = obs.get("survey_period") if indicator.survey is not None else obs.get("value")
            self.values[indicator.id].setText("" if shown is None else f"{shown:g}" if isinstance(shown, float)
                                              else str(shown))
            source = obs.get("source")
            self.sources[indicator.id].setPlainText(evidence_lines([source]) if source else "")
            self.notes[indicator.id].setText(str(obs.get("note", "")))
        lines = {(f.get("action"), str(f.get("fiscal_year"))): f for f in data.get("finance", []) if isinstance(f, dict)}
        for r, key in enumerate(self._money_rows()):
            line = lines.get(key, {})
            womens = {(c.get("category"), c.get("modality")): c.get("amount")
                      for c in line.get("womens_organisations", [])}
            values = [line.get("allocated"), line.get("disbursed"),
                      *(womens.get((c, m)) for c in CATEGORIES for m in MODALITIES)]
            for c, value in enumerate(values, 2):
                cell = self.money.item(r, c)
                if cell is not None:
                    cell.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))
        shadow = data.get("shadow_report") or {}
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(shadow.get("addressed_to", "parliament"))))
        self.summary.setPlainText(str(shadow.get("summary", "")))
        findings = {f.get("pillar"): f for f in shadow.get("findings", []) if isinstance(f, dict)}
        for pillar_id, edit in self.findings.items():
            finding = findings.get(pillar_id, {})
            edit.setPlainText(str(finding.get("findings", "")))
            self.recommendations[pillar_id].setPlainText("\n".join(finding.get("recommendations", [])))
        self._loading = False

    def confidential_words(self) -> tuple[str, ...]:
        return (CONFIDENTIAL, self.tr("confidential"))

    def data(self) -> dict[str, Any]:
        """The period as plain data (what is saved and checked)."""
        words = self.confidential_words()
        period: dict[str, Any] = {"id": self.period_id.text().strip(), "start": self.start.text().strip(),
                                  "end": self.end.text().strip()}
        labels = {k: v for k, v in getattr(self, "_labels", {}).items() if k != self._language}
        if self.period_label.text().strip():
            labels[self._language] = self.period_label.text().strip()
        if labels:
            period["label"] = labels  # the other languages' names are kept as they were
        actions = []
        for action_id, combo in self.action_status.items():
            gov, cs = self.government[action_id].data(words), self.civil_society[action_id].data(words)
            status = combo.currentData()
            if status is None and gov is None and cs is None:
                continue
            item: dict[str, Any] = {"action": action_id}
            if status is not None:
                item["status"] = status
            if gov is not None:
                item["government"] = gov
            if cs is not None:
                item["civil_society"] = cs
            actions.append(item)
        indicators = []
        for indicator in self._plan.indicators:
            text = self.values[indicator.id].text().strip()
            source = parse_evidence(self.sources[indicator.id].toPlainText(), words)
            note = self.notes[indicator.id].text().strip()
            if not (text or source or note):
                continue
            obs: dict[str, Any] = {"indicator": indicator.id}
            if indicator.survey is not None:
                if text:
                    obs["survey_period"] = text
            elif text:
                obs["value"] = _number(text)
            if source:
                obs["source"] = source[0]
            if note:
                obs["note"] = note
            indicators.append(obs)
        finance = []
        for r, (action, year) in enumerate(self._money_rows()):
            cells = [self.money.item(r, c) for c in range(2, 2 + len(_MONEY_COLUMNS))]
            values = [_number(cell.text()) if cell is not None else None for cell in cells]
            if all(v is None for v in values):
                continue
            line: dict[str, Any] = {"action": action, "fiscal_year": year}
            if values[0] is not None:
                line["allocated"] = values[0]
            if values[1] is not None:
                line["disbursed"] = values[1]
            womens = [{"category": c, "modality": m, "amount": v}
                      for (c, m), v in zip(((c, m) for c in CATEGORIES for m in MODALITIES), values[2:]) if v is not None]
            if womens:
                line["womens_organisations"] = womens
            finance.append(line)
        out: dict[str, Any] = {"period": period, "assessed_on": self.assessed_on.text().strip(), "actions": actions,
                               "indicators": indicators, "finance": finance}
        findings = []
        for pillar_id, edit in self.findings.items():
            recommendations = [r.strip() for r in self.recommendations[pillar_id].toPlainText().splitlines() if r.strip()]
            if edit.toPlainText().strip() or recommendations:
                findings.append({"pillar": pillar_id, "findings": edit.toPlainText().strip(),
                                 "recommendations": recommendations})
        if findings or self.summary.toPlainText().strip():
            out["shadow_report"] = {"addressed_to": self.addressee.currentData(),
                                    "summary": self.summary.toPlainText().strip(), "findings": findings}
        return out

    # -- autosave and store --------------------------------------------------------------

    def _connect_changes(self) -> None:
        changed: Callable[..., None] = self._changed
        lines: list[QLineEdit] = [self.period_id, self.period_label, self.start, self.end, self.assessed_on,
                                  *self.values.values(), *self.notes.values()]
        for line in lines:
            line.textChanged.connect(changed)
        for combo in (*self.action_status.values(), self.addressee):
            combo.currentIndexChanged.connect(changed)
        for side in (*self.government.values(), *self.civil_society.values()):
            if side.status is not None:
                side.status.currentIndexChanged.connect(changed)
            side.text.textChanged.connect(changed)
            side.evidence.textChanged.connect(changed)
        texts: list[QPlainTextEdit] = [*self.sources.values(), self.summary, *self.findings.values(),
                                       *self.recommendations.values()]
        for text in texts:
            text.textChanged.connect(changed)
        self.money.itemChanged.connect(changed)

    def _changed(self, *_: object) -> None:
        if self._loading or self._session is None:
            return
        try:
            plans.save_draft(self._session, self._key, self.data())
        except NapError as exc:
            show_error(self, exc)
            return
        self.saves += 1
        self.autosave.setText(self.tr("Saved in the vault as you type. Not stored as assessed until you check it."))

    def store(self) -> None:
        """Check the period against the plan; store it if it has no problem, else list the problems."""
        if self._session is None:
            return
        try:
            plans.save_draft(self._session, self._key, self.data())
            done = plans.store_draft(self._session, self._key)
        except NapError as exc:
            show_error(self, exc)
            return
        self.problems.clear()
        if done.problems:
            self.problems.addItems(problem_lines(done.problems))
            self.problems.setVisible(True)
            self.problems.setCurrentRow(0)
            self.autosave.setText(self.tr("Not stored: %n problem(s) to fix first. Your changes are kept.", "",
                                          len(done.problems)))
            return
        self.problems.setVisible(False)
        self.stored.emit(done.stored[0])

    def discard(self) -> None:
        """Drop the unsaved changes of this period and leave."""
        if self._session is not None:
            plans.discard_draft(self._session, self._key)
        self.closed.emit()

    @property
    def key(self) -> str:
        """The period this view edits (its draft's key in the vault)."""
        return self._key

    def release(self) -> None:
        self._session = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Assess a period"))
        if not self.saves:
            self.autosave.setText(self.tr("Every change is saved in the vault at once. Ctrl+S checks the period "
                                          "and stores it."))
        for caption, text in zip(self.head_labels, (self.tr("Period"), self.tr("Name of the period"),
                                                    self.tr("First month (YYYY-MM)"), self.tr("Last month (YYYY-MM)"),
                                                    self.tr("Assessed on (YYYY-MM-DD)"))):
            caption.setText(text)
        for caption, text in zip(self.action_headers, (self.tr("Status"), self.tr("Government's status"),
                                                       self.tr("Government's claim and its evidence"),
                                                       self.tr("Civil society's assessment and its evidence"), "")):
            caption.setText(text)
        for caption, text in zip(self.indicator_headers, (self.tr("Indicator"),
                                                          self.tr("Value (survey: released period)"),
                                                          self.tr("Source"), self.tr("Note"))):
            caption.setText(text)
        evidence_hint = self.tr("One document a line: title | issuer | date | page | link — or: confidential")
        for side in (*self.government.values(), *self.civil_society.values()):
            side.evidence.setPlaceholderText(evidence_hint)
        for source in self.sources.values():
            source.setPlaceholderText(evidence_hint)
        statuses = {"not_started": self.tr("not started"), "on_track": self.tr("on track"),
                    "delayed": self.tr("delayed"), "completed": self.tr("completed"), "dropped": self.tr("dropped")}
        for combo in [*self.action_status.values(), *(s.status for s in self.government.values() if s.status)]:
            for i in range(combo.count()):
                code = combo.itemData(i)
                combo.setItemText(i, statuses.get(code, "\u2013") if code else "\u2013")
        addressees = {"parliament": self.tr("Parliament"), "un": self.tr("The United Nations"),
                      "cedaw": self.tr("The CEDAW Committee")}
        for i in range(self.addressee.count()):
            self.addressee.setItemText(i, addressees[str(self.addressee.itemData(i))])
        self.shadow_labels[0].setText(self.tr("Addressed to"))
        self.shadow_labels[1].setText(self.tr("Summary"))
        for f_label, r_label, pillar_id in self.pillar_labels:
            pillar = self._plan.pillar(pillar_id)
            name = self.tx(pillar.title) if pillar else pillar_id
            f_label.setText(self.tr("%1: findings").replace("%1", name))
            r_label.setText(self.tr("%1: recommendations, one a line").replace("%1", name))
        headers = [self.tr("Action"), self.tr("Fiscal year"), self.tr("Allocated"), self.tr("Disbursed")]
        kinds = {"national": self.tr("national"), "local": self.tr("local"), "international": self.tr("international")}
        funding = {"core": self.tr("core"), "project": self.tr("project")}
        headers += [self.tr("Women's organisations, %1, %2").replace("%1", kinds[c]).replace("%2", funding[m])
                    for c in CATEGORIES for m in MODALITIES]
        self.money.setHorizontalHeaderLabels(headers)
        for index, text in enumerate((self.tr("Actions"), self.tr("Indicators"), self.tr("Money"),
                                      self.tr("Shadow report"))):
            self.tabs.setTabText(index, text)
        self.store_button.setText(self.tr("Check and store"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.back_button.setText(self.tr("Back to the plan"))
