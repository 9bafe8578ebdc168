"""The coordinator's home: an overview and places for devices, bundles, coverage, reports.

The detailed screens come from the sync and outputs work. They plug in either
through :meth:`CoordinatorHome.set_section` or by offering, in
``napsurvey.gui.coordinator``, a function ``build_sections(session, parent)``
that returns ``{section_key: QWidget}`` for any of :data:`SECTIONS`.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from napsurvey.gui.coordinator_tables import ViewTable
from napsurvey.gui.widgets import Page, card, label
from napsurvey.services import coordinator_views

#: Section keys, in the order of the side list.
SECTIONS = ("overview", "devices", "bundles", "coverage", "reports")

#: Sections drawn as tables: the fields shown and the service that lists the rows.
_TABLES: dict[str, tuple[tuple[str, ...], Callable[[Any], Sequence[Any]]]] = {
    "devices": (
        ("label", "device_id", "approved_day", "bundles", "last_bundle_day", "missing"),
        coordinator_views.devices,
    ),
    "bundles": (("device_id", "sequence", "created_day", "imported_day"), coordinator_views.bundles),
    "coverage": (("form_id", "period", "interviews", "refused", "ended_child", "stopped", "devices"), coordinator_views.coverage),
}


def _rows(loader: Callable[[Any], Sequence[Any]], session: Any) -> Sequence[Any]:
    return loader(session)


class _Placeholder(Page):
    """A titled page saying what will appear here."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.title = label("PageTitle")
        self.text = label("Placeholder")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)


class _Overview(Page):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
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
        self._status = session.status()
        self._forms = list(session.installed_forms())
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

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
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
        self.pages: dict[str, QWidget] = {}
        for key in SECTIONS:
            page: QWidget
            if key == "overview":
                page = _Overview(session, self.stack)
            elif key in _TABLES:
                fields, loader = _TABLES[key]
                page = ViewTable(fields, functools.partial(_rows, loader, session), self.stack)
            else:
                page = _Placeholder(key, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            QListWidgetItem(self.nav).setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._plug_in()
        self.nav.setCurrentRow(0)
        self.retranslate()

    def release(self) -> None:
        self._session = None

    def _plug_in(self) -> None:
        # The sync screens (devices, bundles, coverage), then the outputs screens.
        for name in ("napsurvey.gui.sync", "napsurvey.gui.coordinator"):
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            builder = getattr(module, "build_sections", None)
            if callable(builder):
                for key, widget in dict(builder(self._session, self.stack)).items():
                    self.set_section(key, widget)

    def set_section(self, key: str, widget: QWidget) -> None:
        """Replace the page of section ``key`` (one of :data:`SECTIONS`)."""
        if key not in self.pages:
            raise KeyError(key)
        old = self.pages[key]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = widget
        if self.nav.currentRow() == index:
            self.stack.setCurrentIndex(index)

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
        texts = {
            "devices": self.tr("The monitors' computers you approved, with their last bundle and any missing ones."),
            "bundles": self.tr("The bundles you imported from USB sticks, newest first."),
            "coverage": self.tr("Interviews per questionnaire and month, and where data is missing."),
            "reports": self.tr("Disclosure-controlled tables and the printable summary report."),
        }
        headings = {
            "devices": [self.tr("Name"), self.tr("Device"), self.tr("Approved"), self.tr("Bundles"),
                        self.tr("Last bundle"), self.tr("Missing bundles")],
            "bundles": [self.tr("Device"), self.tr("Number"), self.tr("Made on"), self.tr("Imported on")],
            "coverage": [self.tr("Questionnaire"), self.tr("Month"), self.tr("Interviews"), self.tr("Refused"),
                         self.tr("Ended (child)"), self.tr("Stopped"), self.tr("Devices")],
        }
        empty = {
            "devices": self.tr("No device approved yet. Approve a monitor's device card to see it here."),
            "bundles": self.tr("No bundle imported yet."),
            "coverage": self.tr("Nothing to show until bundles are imported."),
        }
        for row, key in enumerate(SECTIONS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
            page = self.pages[key]
            if isinstance(page, _Placeholder):
                page.title.setText(names[key])
                page.text.setText(texts[key] + "\n\n" + self.tr("This screen is being prepared."))
            elif isinstance(page, ViewTable) and key in headings:
                page.set_texts(names[key], texts[key], headings[key], empty[key])
