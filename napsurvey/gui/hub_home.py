"""The hub's home: a side list of sections and a page for each (like the coordinator's).

The overview is drawn here; the members, bundles and coverage pages come
from the hub screens (:func:`napsurvey.gui.hub.build_sections`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from napsurvey.gui import hub
from napsurvey.gui.widgets import Page, card, label
from napsurvey.services import hub_views
from napsurvey.services.session import Session
from napsurvey.services.status import VaultStatus

#: Section keys, in the order of the side list.
SECTIONS = ("overview", "members", "bundles", "coverage", "regional")


class _HubOverview(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("PageTitle")
        self.panel, panel_layout = card(self)
        self.fingerprint = label()
        self.members = label()
        self.imports = label()
        self.next_steps = label("Muted")
        for widget in (self.fingerprint, self.members, self.imports, self.next_steps):
            panel_layout.addWidget(widget)
        layout.addWidget(self.title)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self._status: VaultStatus | None = session.status()
        self._members = len(hub_views.members(session))
        self.retranslate()

    def release(self) -> None:
        self._status = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.fingerprint.setText(
            self.tr("This computer's fingerprint: %1").replace("%1", str(getattr(self._status, "fingerprint", "")))
        )
        self.members.setText(self.tr("%n member(s) approved.", "", self._members))
        last = getattr(self._status, "last_import_day", None)
        self.imports.setText(
            self.tr("Last import: %1").replace("%1", str(last)) if last else self.tr("No bundles imported yet.")
        )
        self.next_steps.setText(
            self.tr(
                "Next steps: prepare a hub kit for each national coordinator, approve their device cards, "
                "then import the releases they send."
            )
        )


class HubHome(Page):
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
        self.pages: dict[str, QWidget] = {"overview": _HubOverview(session, self.stack),
                                          **hub.build_sections(session, self.stack)}
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
            "members": self.tr("Members"),
            "bundles": self.tr("Bundles"),
            "coverage": self.tr("Coverage"),
            "regional": self.tr("Regional report"),
        }
        for row, key in enumerate(SECTIONS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
