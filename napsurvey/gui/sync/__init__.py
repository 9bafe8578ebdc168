"""The sync screens: bundles to and from USB sticks, enrollment kits, device cards, receipts.

Plug-in points the shell calls:

* :func:`build_monitor_panel` (session, parent) -> the monitor home's sync card;
  its :meth:`~MonitorSyncPanel.export` is what "Export to USB stick" runs.
* :func:`build_sections` (session, parent) -> ``{"devices", "bundles",
  "coverage"}`` pages for the coordinator's home.

Long work runs through :func:`napsurvey.gui.background.run_in_background`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from napsurvey.gui.sync.monitor_panel import MonitorSyncPanel
from napsurvey.gui.sync.views import BundlesPage, CoveragePage, DevicesPage, wire
from napsurvey.services.session import Session

__all__ = ["BundlesPage", "CoveragePage", "DevicesPage", "MonitorSyncPanel", "build_monitor_panel", "build_sections"]


def build_monitor_panel(session: Session, parent: QWidget | None = None) -> MonitorSyncPanel:
    """The sync card on the monitor's home."""
    return MonitorSyncPanel(session, parent)


def build_sections(
    session: Session, parent: QWidget | None = None, *, also: Callable[[], None] | None = None
) -> dict[str, QWidget]:
    """Devices and bundles pages with their actions, and a coverage table they keep current.

    ``also`` runs too whenever an import or an approval changed the vault (the Overview refreshes).
    """
    devices = DevicesPage(session, parent)
    bundles = BundlesPage(session, parent)
    coverage = CoveragePage(session, parent)

    def follow() -> None:
        coverage.refresh()
        if also is not None:
            also()

    wire([devices, bundles], also=follow)
    return {"devices": devices, "bundles": bundles, "coverage": coverage}
