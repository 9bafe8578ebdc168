"""The coordinator's home: a side list of sections and a page for each.

The overview is :class:`~napsurvey.gui.coordinator_overview.CoordinatorOverview`
(it follows every import and approval); the devices, bundles and coverage pages come from
the sync screens (:func:`napsurvey.gui.sync.build_sections`) and the reports
page from the outputs screens (:func:`napsurvey.gui.coordinator.build_sections`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from napsurvey.gui import sync
from napsurvey.gui.coordinator_overview import CoordinatorOverview
from napsurvey.gui.hub.membership_page import MembershipPage
from napsurvey.gui.widgets import Page
from napsurvey.services.session import Session

#: Section keys, in the order of the side list.
SECTIONS = ("overview", "devices", "bundles", "coverage", "reports", "plan", "hub")


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
        from napsurvey.gui import coordinator, plan  # noqa: PLC0415

        overview = CoordinatorOverview(session, self.stack)
        sync_pages = sync.build_sections(session, self.stack, also=overview.refresh)
        self.pages: dict[str, QWidget] = {
            "overview": overview,
            **sync_pages,
            **coordinator.build_sections(session, self.stack),
            **plan.build_sections(session, self.stack),
            "hub": MembershipPage(session, self.stack),
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
            "plan": self.tr("National Action Plan"),
            "hub": self.tr("Hub"),
        }
        for row, key in enumerate(SECTIONS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
