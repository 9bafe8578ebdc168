"""The coordinator's Overview: what came in, which devices need a call, which periods are still open.

Everything comes from the coordinator's status (the same model as
``status --json``). The interview counts are exact: they are for the
coordinator's eyes, on this computer; published figures come only from
releases.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from napsurvey.errors import NapError
from napsurvey.gui.messages import error_text
from napsurvey.gui.widgets import Page, card, label, scrolled_body
from napsurvey.services.coordinator_status import CoordinatorStatus, PeriodStatus, coordinator_status
from napsurvey.services.session import Session


class CoordinatorOverview(Page):
    """Bundles, devices needing attention, interviews per questionnaire and period, releases."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CoordinatorOverview")
        self._session: Session | None = session
        self.status: CoordinatorStatus | None = None
        self.problem = ""
        body = scrolled_body(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        self.title = label("PageTitle")
        self.summary_card, summary = card(body)
        self.fingerprint = label()
        self.bundles = label()
        self.releases = label()
        for widget in (self.fingerprint, self.bundles, self.releases):
            summary.addWidget(widget)

        self.devices_card, devices = card(body)
        self.devices_title = label("SectionTitle")
        self.devices_summary = label()
        self.attention = label("Warning")  # one line per late device and per missing bundle
        for widget in (self.devices_title, self.devices_summary, self.attention):
            devices.addWidget(widget)

        self.interviews_card, interviews = card(body)
        self.interviews_title = label("SectionTitle")
        self.interviews_note = label("Muted")
        self.periods = QTableWidget(0, 5, body)
        self.periods.setObjectName("OverviewPeriods")
        self.periods.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periods.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # nothing to copy out
        self.periods.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.periods.verticalHeader().setVisible(False)
        header = self.periods.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the questionnaire's title takes the rest
        self.periods.setMinimumHeight(160)
        self.no_interviews = label("Placeholder")
        for part in (self.interviews_title, self.interviews_note, self.periods, self.no_interviews):
            interviews.addWidget(part)

        self.next_steps = label("Muted")
        for section in (self.title, self.summary_card, self.devices_card, self.interviews_card, self.next_steps):
            layout.addWidget(section)
        layout.addStretch(1)
        self.refresh()

    def release(self) -> None:
        self._session = None
        self.status = None
        self.periods.setRowCount(0)

    def refresh(self) -> None:
        """Read the status again (after an import, an approval, a release) and redraw."""
        if self._session is None:
            return
        try:
            self.status = coordinator_status(self._session)
            self.problem = ""
        except NapError as exc:
            self.status, self.problem = None, error_text(exc)
        self.retranslate()

    # ---- texts ---------------------------------------------------------------------------
    def device_attention(self) -> list[str]:
        """One line per late device and per missing bundle, in the interface language."""
        lines: list[str] = []
        for device in self.status.devices if self.status is not None else []:
            name = device.label or device.device_id
            if device.late:
                lines.append(
                    self.tr("%1: late, nothing since %2 (%3 days)")
                    .replace("%1", name).replace("%2", device.last_seen_day).replace("%3", str(device.days_silent))
                )
            for number in device.missing:
                lines.append(self.tr("%1: bundle %2 missing").replace("%1", name).replace("%2", str(number)))
        return lines

    def period_state_text(self, period: PeriodStatus) -> str:
        """``open, closes 2027-01-31``, or closed and released or not yet."""
        if period.state == "open":
            return self.tr("open, closes %1").replace("%1", period.closes_day)
        if period.released_edition:
            return self.tr("closed, released (edition %1)").replace("%1", str(period.released_edition))
        return self.tr("closed, not released yet")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        status = self.status
        self.devices_title.setText(self.tr("Devices"))
        self.interviews_title.setText(self.tr("Interviews received"))
        self.interviews_note.setText(
            self.tr(
                "Exact counts from the bundles imported, for you only: they never leave this computer this way. "
                "Published figures come from releases of closed periods."
            )
        )
        self.periods.setHorizontalHeaderLabels(
            [self.tr("Questionnaire"), self.tr("Period"), self.tr("Interviews"), self.tr("Devices"), self.tr("State")]
        )
        self.next_steps.setText(
            self.tr(
                "Next steps: prepare an enrollment kit for each monitor, approve their device cards, "
                "then import the bundles they bring back."
            )
        )
        if status is None:
            self.fingerprint.setText(self.problem)
            for widget in (self.bundles, self.releases, self.devices_summary, self.attention):
                widget.setText("")
            self.periods.setRowCount(0)
            return
        self.fingerprint.setText(self.tr("This computer's fingerprint: %1").replace("%1", status.fingerprint))
        bundles = self.tr("%n bundle(s) imported", "", status.bundles.imported)
        if status.bundles.refused:
            bundles += " · " + self.tr("%n file(s) refused", "", status.bundles.refused)
        if status.last_import_day:
            bundles += " · " + self.tr("last import %1").replace("%1", status.last_import_day)
        self.bundles.setText(bundles)
        if status.releases:
            newest = max(r.day for r in status.releases)
            self.releases.setText(
                self.tr("%n release(s) made", "", len(status.releases)) + " · "
                + self.tr("last on %1").replace("%1", newest)
            )
        else:
            self.releases.setText(self.tr("No release made yet."))
        late = sum(1 for d in status.devices if d.late)
        self.devices_summary.setText(
            self.tr("%n device(s) approved", "", len(status.devices)) + " · "
            + self.tr("%n late", "", late) + " · "
            + self.tr("one bundle expected every %1 days").replace("%1", str(status.expected_interval_days))
        )
        attention = self.device_attention()
        self.attention.setText("\n".join(attention))
        self.attention.setVisible(bool(attention))
        self._fill_periods(status)
        self.next_steps.setVisible(not status.devices or status.bundles.imported == 0)

    def _fill_periods(self, status: CoordinatorStatus) -> None:
        rows = [(form, period) for form in status.forms for period in form.periods]
        language = QLocale().name().split("_")[0]  # the interface language (set with the catalogues)
        self.periods.setRowCount(len(rows))
        for r, (form, period) in enumerate(rows):
            title = form.title.get(language) or form.title.get("en") or form.form_id
            values = [title, period.period, str(period.interviews), str(period.devices),
                      self.period_state_text(period)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.periods.setItem(r, c, item)
        self.periods.setVisible(bool(rows))
        self.no_interviews.setText(self.tr("No questionnaire issued yet."))
        self.no_interviews.setVisible(not rows)
