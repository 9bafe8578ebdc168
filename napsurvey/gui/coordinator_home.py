"""The coordinator's home: a side list of sections and a page for each.

The overview is drawn here; the devices, bundles and coverage pages come from
the sync screens (:func:`napsurvey.gui.sync.build_sections`) and the reports
page from the outputs screens (:func:`napsurvey.gui.coordinator.build_sections`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from napsurvey.gui import sync
from napsurvey.gui.widgets import Page, card, label
from napsurvey.services.session import Session
from napsurvey.services.status import InstalledForm, VaultStatus

#: Section keys, in the order of the side list.
SECTIONS = ("overview", "devices", "bundles", "coverage", "reports")


class _Overview(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("PageTitle")
        self.panel, panel_layout = card(self)
        self.fingerprint = label()
        self.imports = label()
        self.forms = label()
        self.next_steps = label("Muted")
        for widget in (self.fingerprint, self.imports, self.forms, self.next_steps):
            panel_layout.addWidget(widget)
        layout.addWidget(self.title)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self._status: VaultStatus | None = session.status()
        self._forms: list[InstalledForm] = list(session.installed_forms())
        self.retranslate()

    def release(self) -> None:
        self._session = None
        self._status = None
        self._forms = []

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.fingerprint.setText(
            self.tr("This computer's fingerprint: %1").replace("%1", str(getattr(self._status, "fingerprint", "")))
        )
        last = getattr(self._status, "last_import_day", None)
        self.imports.setText(
            self.tr("Last import: %1").replace("%1", str(last)) if last else self.tr("No bundles imported yet.")
        )
        self.forms.setText(self.tr("%n questionnaire(s) installed.", "", len(self._forms)))
        self.next_steps.setText(
            self.tr(
                "Next steps: prepare an enrollment kit for each monitor, approve their device cards, "
                "then import the bundles they bring back."
            )
        )


class CoordinatorHome(Page):
    """Side list of sections and a page for each."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(24)
        self.nav = QListWidget(self)
        self.nav.setObjectName("SideNav")
        self.nav.setFixedWidth(220)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        # Imported here: the outputs screens load the report and disclosure-control libraries,
        # which only a coordinator's home needs (the app starts without them).
        from napsurvey.gui import coordinator  # noqa: PLC0415

        self.pages: dict[str, QWidget] = {
            "overview": _Overview(session, self.stack),
            **sync.build_sections(session, self.stack),
            **coordinator.build_sections(session, self.stack),
        }
        for key in SECTIONS:
            self.stack.addWidget(self.pages[key])
            QListWidgetItem(self.nav).setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.retranslate()

    def release(self) -> None:
        self._session = None

    def show_section(self, key: str) -> None:
        """Switch to section ``key``."""
        self.nav.setCurrentRow(SECTIONS.index(key))

    def retranslate(self) -> None:
        names = {
            "overview": self.tr("Overview"),
            "devices": self.tr("Devices"),
            "bundles": self.tr("Bundles"),
            "coverage": self.tr("Coverage"),
            "reports": self.tr("Reports and tables"),
        }
        for row, key in enumerate(SECTIONS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
