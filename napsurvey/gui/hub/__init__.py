"""The hub's screens: members, their bundles, coverage and gaps, the regional report and twinning.

:func:`build_sections` (session, parent) -> the pages of the hub's home, by
section key. Rows come from :mod:`napsurvey.services.hub_views`; long work
runs through :func:`napsurvey.gui.background.run_in_background`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from napsurvey.gui.hub.pages import HubBundlesPage, HubCoveragePage, MembersPage
from napsurvey.gui.hub.regional_page import RegionalPage
from napsurvey.gui.sync.views import wire
from napsurvey.services.session import Session

__all__ = ["HubBundlesPage", "HubCoveragePage", "MembersPage", "RegionalPage", "build_sections"]


def build_sections(session: Session, parent: QWidget | None = None) -> dict[str, QWidget]:
    """Members, bundles, coverage and regional pages; an import reloads the first three."""
    members = MembersPage(session, parent)
    bundles = HubBundlesPage(session, parent)
    coverage = HubCoveragePage(session, parent)
    wire([members, bundles, coverage])
    return {"members": members, "bundles": bundles, "coverage": coverage, "regional": RegionalPage(session, parent)}
