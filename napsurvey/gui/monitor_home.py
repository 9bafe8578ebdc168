"""The monitor's home: forms to start, drafts to resume, records waiting, training status.

Everything shown comes from the session (``status()``, ``installed_forms()``,
``training()``). The interview itself lives elsewhere: this page only emits
:attr:`start_requested` / :attr:`resume_requested` / :attr:`export_requested`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from napsurvey.errors import NapError
from napsurvey.gui.messages import error_text
from napsurvey.gui.sync import MonitorSyncPanel, build_monitor_panel
from napsurvey.gui.training_dialog import TrainingDialog
from napsurvey.gui.widgets import Page, card, label, primary_button, scrolled_body
from napsurvey.gui.wrapping import WrapPushButton
from napsurvey.services import interviews
from napsurvey.services.interviews import DraftSummary
from napsurvey.services.session import Session
from napsurvey.services.status import InstalledForm, Training, VaultStatus


def pick_text(texts: dict[str, str], language: str, fallback: str = "") -> str:
    """The text in ``language``, else English, else any; ``fallback`` if empty."""
    if not texts:
        return fallback
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), fallback) or fallback


@dataclass(frozen=True)
class _KnownForm:
    """A sensitive questionnaire the app ships but no kit has brought yet (shown locked, with what it needs)."""

    form_id: str
    version: str
    title: dict[str, str]
    languages: list[str]
    sensitivity: str = "high"
    drafts: int = 0
    completed: int = 0


class FormCard(QFrame):
    """One form: title, version, languages, counts, and Start (or why it is locked, and what it needs)."""

    start_clicked = Signal(str)
    need_clicked = Signal(str)  # "kit" or "training": the monitor wants to do what the form needs

    def __init__(self, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.form = form
        self.form_id: str = form.form_id
        self.locked_reasons: list[str] = []
        self.needs: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title = label("CardTitle")
        self.meta = label("Muted")
        self.counts = label()
        self.reason = label("LockReason")
        self.needs_title = label("NeedsTitle")
        self.needs_title.hide()
        self.need_texts: dict[str, QLabel] = {}
        self.need_buttons: dict[str, WrapPushButton] = {}
        self._needs_layout = QVBoxLayout()
        self._needs_layout.setSpacing(4)
        self.start_button = primary_button(self)
        self.start_button.clicked.connect(lambda: self.start_clicked.emit(self.form_id))
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.counts)
        layout.addWidget(self.reason)
        layout.addWidget(self.needs_title)
        layout.addLayout(self._needs_layout)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)

    @property
    def locked(self) -> bool:
        """True when the form cannot be started now."""
        return bool(self.locked_reasons)

    def set_locked(self, reasons: list[str]) -> None:
        """Show the form as locked with its reasons (empty: startable)."""
        self.locked_reasons = reasons
        self.setProperty("locked", "true" if reasons else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.start_button.setEnabled(not reasons)
        self.reason.setText("\n".join(reasons))
        self.reason.setVisible(bool(reasons) and not self.needs)

    def set_needs(self, needs: tuple[str, ...], texts: dict[str, tuple[str, str]], heading: str) -> None:
        """What the form still needs, each with its explanation and a button to it (``texts``: need -> (text, button))."""
        if needs != self.needs:
            for widget in [*self.need_texts.values(), *self.need_buttons.values()]:
                self._needs_layout.removeWidget(widget)
                widget.deleteLater()
            self.need_texts, self.need_buttons = {}, {}
            for need in needs:
                text = label("NeedText")
                button = WrapPushButton(self)  # a long action wraps rather than widen the card
                button.setObjectName("NeedButton")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _=False, n=need: self.need_clicked.emit(n))
                self._needs_layout.addWidget(text)
                self._needs_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.need_texts[need], self.need_buttons[need] = text, button
            self.needs = needs
        for need in needs:
            explanation, action = texts[need]
            self.need_texts[need].setText(explanation)
            self.need_buttons[need].set_wrapped_text(action)
        self.needs_title.setText(heading)
        self.needs_title.setVisible(bool(needs))


class MonitorHome(Page):
    """Home page of a monitor's vault."""

    start_requested = Signal(str)  # form_id
    resume_requested = Signal(str, str)  # form_id, draft_id ('' when only the form is known)
    export_requested = Signal()
    training_changed = Signal()

    def __init__(self, session: Session, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._language = language
        body = scrolled_body(self)
        # Side by side while the screen has room; the side cards go below the questionnaires
        # (and the questionnaires into one column) when it has not: never wider than the screen.
        self._columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(32, 24, 32, 24)
        columns.setSpacing(24)
        self.form_columns = 2

        main = QVBoxLayout()
        main.setSpacing(14)
        self.title = label("PageTitle")
        self.forms_title = label("SectionTitle")
        self.forms_grid = QGridLayout()
        self.forms_grid.setSpacing(16)
        self.forms_grid.setColumnStretch(0, 1)
        self.forms_grid.setColumnStretch(1, 1)
        self.no_forms = label("Placeholder")
        main.addWidget(self.title)
        main.addWidget(self.forms_title)
        main.addLayout(self.forms_grid)
        main.addWidget(self.no_forms)
        main.addStretch(1)
        columns.addLayout(main, 3)

        side = QVBoxLayout()
        side.setSpacing(16)
        self.drafts_card, drafts_layout = card(body)
        self.drafts_title = label("SectionTitle")
        self.drafts_list = QVBoxLayout()
        self.drafts_list.setSpacing(6)
        self.no_drafts = label("Muted")
        drafts_layout.addWidget(self.drafts_title)
        drafts_layout.addLayout(self.drafts_list)
        drafts_layout.addWidget(self.no_drafts)

        self.export_card, export_layout = card(body)
        self.export_title = label("SectionTitle")
        self.export_text = label()
        self.export_button = QPushButton(self.export_card)
        self.export_result = label()
        self.export_result.hide()
        export_layout.addWidget(self.export_title)
        export_layout.addWidget(self.export_text)
        export_layout.addWidget(self.export_result)
        export_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.training_card, training_layout = card(body)
        self.training_title = label("SectionTitle")
        self.training_text = label()
        self.training_text.setObjectName("TrainingStatus")
        self.training_button = WrapPushButton(self.training_card)
        self.training_button.clicked.connect(self.sign_off_training)
        self.training_error = label("Error")
        self.training_error.hide()
        training_layout.addWidget(self.training_title)
        training_layout.addWidget(self.training_text)
        training_layout.addWidget(self.training_error)
        training_layout.addWidget(self.training_button, 0, Qt.AlignmentFlag.AlignLeft)

        #: The sync card (export, enrollment, receipts); "Export to USB stick" runs its export.
        self.sync_panel: MonitorSyncPanel = build_monitor_panel(session, body)
        self.sync_panel.changed.connect(self.refresh)
        self.sync_panel.export_result.connect(self.show_export_result)
        self.export_button.clicked.connect(self.export_requested)
        self.export_button.clicked.connect(self.sync_panel.export)
        self._side_panels: tuple[QWidget, ...] = (self.drafts_card, self.export_card, self.sync_panel, self.training_card)
        for panel in self._side_panels:
            side.addWidget(panel)
        side.addStretch(1)
        columns.addLayout(side, 2)

        self.form_cards: list[FormCard] = []
        self.draft_buttons: list[WrapPushButton] = []
        self._forms: list[InstalledForm] = []
        self._needs: dict[str, interviews.FormNeeds] = {}
        self._drafts: list[DraftSummary] = []
        self._status: VaultStatus | None = None
        self._training: Training | None = None
        self.refresh()

    # ---- data ------------------------------------------------------------
    def release(self) -> None:
        self._session = None
        self._forms = []
        self._drafts = []
        self._status = None
        self._training = None
        for tile in self.form_cards:
            tile.form = None
        self.form_cards = []

    def refresh(self) -> None:
        """Re-read everything from the session and redraw."""
        session = self._session
        if session is None:
            return  # released (locked or hidden): nothing is drawn again
        self._status = session.status()
        self._training = session.training()
        self._forms = list(session.installed_forms())
        self._needs = {n.form_id: n for n in interviews.sensitive_form_needs(session)}
        self._drafts = list(interviews.draft_summaries(session, self._language))
        self._build_form_cards()
        self._build_drafts()
        self.retranslate()

    def set_language(self, language: str) -> None:
        """Interface language changed: form titles follow it."""
        self._language = language
        self.retranslate()

    def _build_form_cards(self) -> None:
        for old in self.form_cards:
            self.forms_grid.removeWidget(old)
            old.deleteLater()
        self.form_cards = []
        installed = {f.form_id for f in self._forms}
        known = [
            _KnownForm(n.form_id, n.version, n.title, n.languages) for n in self._needs.values() if n.form_id not in installed
        ]
        for index, form in enumerate([*self._forms, *known]):
            tile = FormCard(form, self)
            tile.start_clicked.connect(self.start_requested)
            tile.need_clicked.connect(self._do_need)
            self.forms_grid.addWidget(tile, index // self.form_columns, index % self.form_columns)
            self.form_cards.append(tile)
        self._reflow()

    # ---- layout ---------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Two columns of questionnaires beside the side cards, one column, or the side cards below."""
        margins = self._columns.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.width() - margins.left() - margins.right() - scroll_bar  # steady whether or not it scrolls
        # A card narrower than about 22 letters breaks every line of its title: one column reads better.
        comfortable = 22 * self.fontMetrics().horizontalAdvance("M")
        card = max((c.minimumSizeHint().width() for c in self.form_cards), default=0)
        card = max(card, comfortable) if self.form_cards else 0
        side = max(p.minimumSizeHint().width() for p in self._side_panels)
        gap, grid_gap = self._columns.spacing(), self.forms_grid.horizontalSpacing()
        if width >= 2 * card + grid_gap + gap + side:
            direction, form_columns = QBoxLayout.Direction.LeftToRight, 2
        elif width >= card + gap + side:
            direction, form_columns = QBoxLayout.Direction.LeftToRight, 1
        else:
            direction, form_columns = QBoxLayout.Direction.TopToBottom, 2 if width >= 2 * card + grid_gap else 1
        if direction != self._columns.direction():
            self._columns.setDirection(direction)
        if form_columns != self.form_columns:
            self.form_columns = form_columns
            for tile in self.form_cards:
                self.forms_grid.removeWidget(tile)
            for index, tile in enumerate(self.form_cards):
                self.forms_grid.addWidget(tile, index // form_columns, index % form_columns)
            self.forms_grid.setColumnStretch(1, 1 if form_columns == 2 else 0)

    def _do_need(self, need: str) -> None:
        if need == "kit":
            self.sync_panel.enroll()
        elif need == "training":
            self.sign_off_training()

    def _build_drafts(self) -> None:
        for button in self.draft_buttons:
            self.drafts_list.removeWidget(button)
            button.deleteLater()
        self.draft_buttons = []
        titles = {f.form_id: f for f in self._forms}
        for draft in self._drafts:
            button = WrapPushButton(self.drafts_card)
            button.setObjectName("DraftButton")
            button.setProperty("form_id", draft.form_id)
            form = titles.get(draft.form_id)
            button.setProperty("form_title_texts", dict(form.title) if form is not None else {})
            button.clicked.connect(lambda _=False, f=draft.form_id, d=draft.id: self.resume_requested.emit(f, d))
            self.drafts_list.addWidget(button)
            self.draft_buttons.append(button)

    def _lock_reasons(self, form: InstalledForm) -> list[str]:
        # The services decide whether a form may start (training, kit protocol,
        # referral directory); this page only shows the answer.
        if self._session is None:
            return []
        refusal = interviews.can_start(self._session, form.form_id)
        return [error_text(refusal)] if refusal is not None else []

    def _need_texts(self, installed: bool) -> dict[str, tuple[str, str]]:
        kit = (
            self.tr("The study protocol and the referral services for your area, which come with your coordinator's kit.")
            if installed
            else self.tr("The kit from your coordinator: it brings this questionnaire with its study protocol "
                         "and the referral services for your area.")
        )
        return {
            "kit": (kit, self.tr("Enroll with a kit…")),
            "training": (
                self.tr("Your training sign-off, recorded by the supervisor who trained you."),
                self.tr("Record training sign-off…"),
            ),
        }

    def _draft_line(self, draft: DraftSummary) -> str:
        """When the draft started, how far it got, how much is answered: enough to tell drafts apart, no answer."""
        started = QDateTime.fromString(draft.started_at, "yyyy-MM-ddTHH:mm")
        if started.isValid():
            time = started.toString("HH:mm")
            when = (
                self.tr("started today at %1").replace("%1", time)
                if started.date() == QDate.currentDate()
                else self.tr("started %1 at %2").replace("%1", started.toString("yyyy-MM-dd")).replace("%2", time)
            )
        else:
            when = self.tr("started before this version of the app")
        when = when[:1].upper() + when[1:]
        parts = [when]
        if draft.section_label:
            label = draft.section_label
            parts.append(label if len(label) <= 48 else label[:46].rstrip() + "…")
        parts.append(self.tr("%n question(s) answered", "", draft.answered))
        return " · ".join(parts)

    # ---- actions -----------------------------------------------------------
    def sign_off_training(self) -> None:
        """Open the sign-off dialog and record the result in the vault."""
        dialog = TrainingDialog(self)
        accepted = dialog.exec() == TrainingDialog.DialogCode.Accepted
        # Hide or Lock while the dialog was open dropped this page and its dialog: nothing is recorded.
        if not shiboken6.isValid(dialog) or not shiboken6.isValid(self) or self._session is None:
            return
        day, code = dialog.values()
        dialog.deleteLater()
        if accepted:
            self.record_training(day, code)

    def show_export_result(self, text: str, ok: bool) -> None:
        """Show how the last export went (file name and count, or the coded refusal)."""
        self.export_result.setObjectName("Muted" if ok else "Error")
        self.export_result.style().unpolish(self.export_result)
        self.export_result.style().polish(self.export_result)
        self.export_result.setText(text)
        self.export_result.show()

    def record_training(self, day: date, supervisor_code: str) -> None:
        """Store a sign-off and redraw (the dialog calls this; tests may too)."""
        if self._session is None:
            return
        try:
            self._session.sign_off_training(day, supervisor_code)
        except NapError as exc:
            self.training_error.setText(error_text(exc))
            self.training_error.show()
            return
        self.training_error.hide()
        self.refresh()
        self.training_changed.emit()

    # ---- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._language
        self.title.setText(self.tr("Welcome back"))
        self.forms_title.setText(self.tr("Questionnaires"))
        self.no_forms.setText(self.tr("No questionnaires are installed yet. They arrive with your coordinator's kit."))
        self.no_forms.setVisible(not self.form_cards)
        for tile in self.form_cards:
            form = tile.form
            tile.title.setText(pick_text(dict(form.title), lang, form.form_id))
            languages = ", ".join(form.languages) if form.languages else "—"
            tile.meta.setText(self.tr("Version %1 · Languages: %2").replace("%1", str(form.version)).replace("%2", languages))
            tile.counts.setText(
                self.tr("Drafts: %1 · Completed: %2").replace("%1", str(form.drafts)).replace("%2", str(form.completed))
            )
            tile.counts.setVisible(not isinstance(form, _KnownForm))  # no kit has brought it: nothing to count
            tile.start_button.setText(self.tr("Start interview"))
            needs = self._needs.get(tile.form_id)
            tile.set_needs(
                needs.needs if needs is not None else (),
                self._need_texts(needs is None or needs.installed),
                self.tr("Before it can start:"),
            )
            reasons = self._lock_reasons(form) if form.form_id in {f.form_id for f in self._forms} else []
            tile.set_locked(reasons or ([self.tr("Not installed yet")] if tile.needs else []))
        self.drafts_title.setText(self.tr("Drafts to resume"))
        self.no_drafts.setText(self.tr("No unfinished interviews."))
        self.no_drafts.setVisible(not self.draft_buttons)
        for button, draft in zip(self.draft_buttons, self._drafts):
            title = pick_text(button.property("form_title_texts") or {}, lang, str(button.property("form_id")))
            button.set_wrapped_text(self.tr("Resume: %1").replace("%1", title) + "\n" + self._draft_line(draft))
        waiting = int(getattr(self._status, "not_exported", 0) or 0)
        self.export_title.setText(self.tr("Waiting for export"))
        self.export_text.setText(self.tr("%n completed interview(s) not yet exported.", "", waiting))
        self.export_button.setText(self.tr("Export to USB stick…"))
        self.export_button.setEnabled(waiting > 0)
        self.training_title.setText(self.tr("Training"))
        if self._training is None:
            self.training_text.setText(self.tr("Not signed off yet. Sensitive questionnaires stay locked."))
            self.training_button.set_wrapped_text(self.tr("Record training sign-off…"))
        else:
            day = getattr(self._training, "day", "")
            self.training_text.setText(self.tr("Signed off on %1.").replace("%1", str(day)))
            self.training_button.set_wrapped_text(self.tr("Record a new sign-off…"))
